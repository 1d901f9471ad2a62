"""A crawl killed half-way leaves a sound archive, and the next crawl completes it."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from demo.crawl import LOOPBACK_SETTINGS, crawl_command
from demo.server import serve
from demo.site import EXPECTED_DOCUMENTS, build_sites

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parent.parent
EXPECTED = sum(host == "magazine" for host, _ in EXPECTED_DOCUMENTS)


def magazine_crawl(url: str, db: Path) -> list[str]:
    settings = {
        **LOOPBACK_SETTINGS,
        "ARCHIVE_BATCH_SIZE": "1",
        "CONCURRENT_REQUESTS_PER_DOMAIN": "1",
    }
    return crawl_command([f"{url}/"], db, settings)


def committed(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def test_killed_crawl_leaves_a_sound_archive_and_the_next_run_completes_it(tmp_path: Path) -> None:
    # The magazine host, with slow article pages so the crawl can be killed between them.
    site = {path: replace(page, delay=0.5 if path.startswith(("/articles", "/issue")) else 0.0)
            for path, page in build_sites()["magazine"].items()}  # fmt: skip
    db = tmp_path / "archive.db"
    with serve({"magazine": site}) as hosts:
        crawl = subprocess.Popen(
            magazine_crawl(hosts["magazine"], db), cwd=ROOT, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 60
        while committed(db) < 1 and time.monotonic() < deadline and crawl.poll() is None:
            time.sleep(0.05)
        crawl.send_signal(signal.SIGKILL)
        crawl.wait()
        done_before_kill = committed(db)
        assert 1 <= done_before_kill < EXPECTED

        with sqlite3.connect(db) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        exported = subprocess.run([sys.executable, "-m", "archive", "export", "--db", str(db)],
                                  capture_output=True, text=True, check=True)  # fmt: skip
        assert len([json.loads(line) for line in exported.stdout.splitlines()]) == done_before_kill

        finish = subprocess.run(
            magazine_crawl(hosts["magazine"], db),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert finish.returncode == 0, finish.stderr[-2000:]
    with sqlite3.connect(db) as conn:
        urls = [row[0] for row in conn.execute("SELECT url FROM documents")]
    assert len(urls) == len(set(urls)) == EXPECTED
