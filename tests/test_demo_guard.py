"""End to end: `python -m archive demo` replaces only an archive it made itself.

A crawl of a site on 127.0.0.1 looks like a demo by its hosts alone; it is still somebody's
archive, and the demo must leave it alone, as it leaves any other file it did not make.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parent.parent


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def count(db: Path) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
    finally:
        conn.close()


def demo(cwd: Path, db: Path | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "archive", "demo"] + (["--db", str(db)] if db else [])
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=120)


def crawled_archive(folder: Path, crawled: Path) -> Path:
    path = folder / "crawled.db"
    shutil.copyfile(crawled, path)
    return path


def unrelated(folder: Path, crawled: Path) -> Path:
    path = folder / "inventory.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.execute("INSERT INTO t VALUES ('一行')")
    conn.commit()
    conn.close()
    return path


def text_file(folder: Path, crawled: Path) -> Path:
    path = folder / "notes.txt"
    path.write_text("购物清单：苹果、牛奶。\n" * 20, encoding="utf-8")
    return path


NOT_THE_DEMOS: dict[str, Callable[[Path, Path], Path]] = {
    "crawled-archive": crawled_archive,
    "unrelated-sqlite": unrelated,
    "text-file": text_file,
}


@pytest.mark.parametrize("kind", list(NOT_THE_DEMOS))
def test_demo_refuses_a_file_it_did_not_make(
    tmp_path: Path, small_archive: Path, kind: str
) -> None:
    db = NOT_THE_DEMOS[kind](tmp_path, small_archive)
    before = sha256(db)
    documents = count(db) if kind == "crawled-archive" else None
    result = demo(tmp_path, db)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output[-3000:]
    assert "Traceback" not in output, output[-3000:]
    assert str(db) in output or db.name in output, output[-3000:]
    assert sha256(db) == before
    if documents is not None:
        assert count(db) == documents


@pytest.fixture(scope="module")
def default_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """`python -m archive demo` without --db in an empty folder: (the folder, the file it made)."""
    folder = tmp_path_factory.mktemp("demo")
    result = demo(folder)
    assert result.returncode == 0, (result.stdout + result.stderr)[-3000:]
    made = sorted(p for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm")))
    assert made, "the demo wrote its archive nowhere in the working directory"
    return folder, made[0]


def test_demo_without_db_leaves_the_crawls_default_file_alone(
    default_run: tuple[Path, Path],
) -> None:
    folder, made = default_run
    assert not any(p.name.startswith("archive.db") for p in folder.iterdir())
    assert count(made) > 0


def test_demo_replaces_its_own_earlier_archive(default_run: tuple[Path, Path]) -> None:
    folder, made = default_run
    documents = count(made)
    again = demo(folder, made)
    assert again.returncode == 0, (again.stdout + again.stderr)[-3000:]
    assert count(made) == documents
