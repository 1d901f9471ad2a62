"""End to end: the crawl, `export` and `stats` on files that are not usable archives.

Each refuses with a message naming the file, without a traceback, and writes nothing into
a file that is not an archive. A sound archive on a read-only disk still exports.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from demo.crawl import LOOPBACK_SETTINGS, crawl_command
from demo.server import serve
from demo.web import numbered_site

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parent.parent
ARTICLES = 2


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tables(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM sqlite_master ORDER BY name")]
    finally:
        conn.close()


def quick_check_ok(path: Path) -> bool:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def not_sqlite(folder: Path, archive: Path) -> Path:
    path = folder / "notes.db"
    path.write_text("这不是数据库。\nnot a database at all\n" * 50, encoding="utf-8")
    return path


def corrupt(folder: Path, archive: Path) -> Path:
    """A copy of the archive with the root page of its documents table overwritten."""
    path = folder / "corrupt.db"
    shutil.copyfile(archive, path)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'documents'"
        ).fetchone()
    finally:
        conn.close()
    with path.open("r+b") as f:
        f.seek((root[0] - 1) * page_size)
        f.write(random.Random(7).randbytes(page_size))
    assert not quick_check_ok(path)
    return path


def unrelated(folder: Path, archive: Path) -> Path:
    path = folder / "inventory.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.execute("INSERT INTO t VALUES ('一行')")
    conn.commit()
    conn.close()
    return path


def directory(folder: Path, archive: Path) -> Path:
    path = folder / "shelf.db"
    path.mkdir()
    return path


def missing_folder(folder: Path, archive: Path) -> Path:
    return folder / "nowhere" / "missing.db"


BAD_FILES: dict[str, Callable[[Path, Path], Path]] = {
    "not-sqlite": not_sqlite,
    "corrupt": corrupt,
    "unrelated-sqlite": unrelated,
    "directory": directory,
    "missing-folder": missing_folder,
}


def run(tool: str, db: Path) -> subprocess.CompletedProcess[str]:
    if tool != "crawl":
        command = [sys.executable, "-m", "archive", tool, "--db", str(db)]
        return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60)
    with serve({"small": numbered_site(ARTICLES)}) as hosts:
        command = crawl_command([hosts["small"] + "/"], db, LOOPBACK_SETTINGS)  # no settings dump
        return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("tool", ["crawl", "export", "stats"])
@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_bad_archive_is_refused(tmp_path: Path, small_archive: Path, kind: str, tool: str) -> None:
    db = BAD_FILES[kind](tmp_path, small_archive)
    before = (sha256(db), tables(db)) if kind == "unrelated-sqlite" else None
    result = run(tool, db)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output[-3000:]
    assert "Traceback" not in output, output[-3000:]
    assert str(db) in output or db.name in output, output[-3000:]
    if before is not None:
        assert (sha256(db), tables(db)) == before, "the crawl wrote into an unrelated database"
    if kind == "not-sqlite":
        assert db.read_text(encoding="utf-8").startswith("这不是数据库。")
    if kind == "missing-folder":
        assert not db.parent.exists()


def test_stats_names_the_failed_check(tmp_path: Path, small_archive: Path) -> None:
    db = corrupt(tmp_path, small_archive)
    result = subprocess.run(
        [sys.executable, "-m", "archive", "stats", "--db", str(db)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert any(word in output.lower() for word in ("quick_check", "damaged", "corrupt")), output


@pytest.fixture(params=["as-closed", "wal"])
def read_only_archive(
    tmp_path: Path, small_archive: Path, request: pytest.FixtureRequest
) -> Iterator[Path]:
    """The archive where nothing can be written: as a crawl closes it, or in WAL mode as a
    killed crawl leaves it."""
    folder = tmp_path / "ro"
    folder.mkdir()
    root = os.geteuid() == 0
    if root:
        # Root writes through file modes: only a read-only mount keeps it out.
        mount = ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)]
        result = subprocess.run(mount, capture_output=True, text=True, timeout=30)
        if result.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs: {result.stderr.strip()}")
    try:
        shutil.copyfile(small_archive, folder / small_archive.name)
        if request.param == "wal":
            conn = sqlite3.connect(folder / small_archive.name)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.close()
            assert (folder / small_archive.name).read_bytes()[18:20] == b"\x02\x02"
        if root:
            remount = ["mount", "-o", "remount,ro", str(folder)]
            if subprocess.run(remount, capture_output=True, timeout=30).returncode != 0:
                pytest.skip("cannot remount the tmpfs read-only")
        else:
            (folder / small_archive.name).chmod(0o444)
            folder.chmod(0o555)
        yield folder / small_archive.name
    finally:
        if root:
            subprocess.run(["umount", str(folder)], capture_output=True, timeout=30)
        else:
            folder.chmod(0o755)


def test_read_only_archive_exports_and_counts(read_only_archive: Path) -> None:
    db = read_only_archive
    exported = subprocess.run(
        [sys.executable, "-m", "archive", "export", "--db", str(db)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert exported.returncode == 0, exported.stderr[-3000:]
    assert len([json.loads(line) for line in exported.stdout.splitlines()]) == ARTICLES
    counted = subprocess.run(
        [sys.executable, "-m", "archive", "stats", "--db", str(db), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert counted.returncode == 0, counted.stderr[-3000:]
    assert json.loads(counted.stdout)["documents"] == ARTICLES
