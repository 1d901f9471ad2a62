"""End to end: the archive writer under stress (slow sites, a full disk, two crawls, signals).

Every crawl is a real `scrapy crawl essays` subprocess on sites served from 127.0.0.1.
"""

from __future__ import annotations

import os
import random
import re
import signal
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from demo.crawl import LOOPBACK_SETTINGS, crawl_command, crawl_stat, stored
from demo.processes import wait_for
from demo.server import serve
from demo.site import Page
from demo.web import article, listing, numbered_site

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parent.parent


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db, timeout=5)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def scraped(log: Path) -> int:
    """Items through the pipelines so far, from the crawl's DEBUG log."""
    return log.read_text(errors="replace").count("DEBUG: Scraped from")


def settings(**extra: object) -> dict[str, str]:
    return {**LOOPBACK_SETTINGS, **{k: str(v) for k, v in extra.items()}}


def start(urls: list[str], db: Path, log: Path, **extra: object) -> subprocess.Popen[bytes]:
    with log.open("wb") as err:
        return subprocess.Popen(crawl_command(urls, db, settings(**extra)), cwd=ROOT, stderr=err)


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.kill()
        proc.wait(timeout=10)


def test_slow_site_commits_what_it_has_on_a_timer(tmp_path: Path) -> None:
    """A batch far from full is committed within ARCHIVE_COMMIT_SECONDS while a page hangs."""
    quick, commit_seconds = 3, 1
    # A chain, one link per page: / → /a/1 → /a/2 → /a/3 → /slow.html, which hangs for a minute.
    pages = {"/": listing(["/a/1.html"])}
    for i in range(1, quick + 1):
        following = f"/a/{i + 1}.html" if i < quick else "/slow.html"
        pages[f"/a/{i}.html"] = Page(article(i, f'<p><a href="{following}">下一篇</a></p>'))
    pages["/slow.html"] = Page(article(99), delay=60.0)
    db, log = tmp_path / "archive.db", tmp_path / "crawl.log"
    with serve({"slow": pages}) as hosts:
        crawl = start(
            [hosts["slow"] + "/"],
            db,
            log,
            ARCHIVE_BATCH_SIZE=1000,
            ARCHIVE_COMMIT_SECONDS=commit_seconds,
            DOWNLOAD_TIMEOUT=120,
            CONCURRENT_REQUESTS_PER_DOMAIN=1,
            LOG_LEVEL="DEBUG",
        )
        try:
            assert wait_for(lambda: scraped(log) >= quick or crawl.poll() is not None, 30)
            assert scraped(log) == quick, log.read_text(errors="replace")[-3000:]
            visible = wait_for(lambda: stored(db) >= quick, commit_seconds + 5)
            assert crawl.poll() is None, "the crawl ended while /slow.html still hung"
            crawl.send_signal(signal.SIGKILL)
            crawl.wait(timeout=10)
        finally:
            stop(crawl)
    assert visible, (
        f"{stored(db)} of {quick} scraped documents readable {commit_seconds + 5} s later"
    )
    assert integrity(db) == "ok"
    assert stored(db) == quick


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 600 KB tmpfs (root only)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    mount = tmp_path / "disk"
    mount.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs: {result.stderr.strip()}")
    try:
        yield mount
    finally:
        if subprocess.run(["umount", str(mount)], capture_output=True, timeout=30).returncode:
            subprocess.run(["umount", "-l", str(mount)], capture_output=True, timeout=30)


def test_full_disk_stops_the_crawl_with_a_sound_archive(tmp_path: Path, small_disk: Path) -> None:
    pages_count = 150
    # Raw pages are stored compressed: random hex still takes ~20 KB per page.
    pads = [random.Random(i).randbytes(20_000).hex() for i in range(1, pages_count + 1)]
    pages = {f"/a/{i}.html": Page(article(i, f"<!-- {pad} -->")) for i, pad in enumerate(pads, 1)}
    pages["/"] = listing(list(pages))
    db = small_disk / "archive.db"
    with serve({"big": pages}) as hosts:
        result = subprocess.run(
            crawl_command(
                [hosts["big"] + "/"], db, settings(ARCHIVE_BATCH_SIZE=5, LOG_LEVEL="INFO")
            ),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
    err = result.stderr
    assert result.returncode != 0, err[-3000:]
    assert "Traceback" not in err, err[-3000:]
    assert len(err.encode()) < 200_000, f"{len(err.encode())} bytes of log"
    assert not any(pad[:64] in err for pad in pads), "a page's body was logged"
    assert "full" in err.lower(), err[-3000:]
    full_lines = [line for line in err.splitlines() if "full" in line.lower()]
    assert any(hosts["big"] in line for line in full_lines), (
        "no line names a failing document's URL with the full disk:\n" + "\n".join(full_lines)
    )
    # Check a copy: the tmpfs has no room for a checker's own files.
    copy = tmp_path / "copy.db"
    for suffix in ("", "-wal"):
        if Path(f"{db}{suffix}").exists():
            Path(f"{copy}{suffix}").write_bytes(Path(f"{db}{suffix}").read_bytes())
    assert integrity(copy) == "ok"
    assert "Dumping Scrapy stats" in err, err[-3000:]
    committed, failed = crawl_stat(err, "archive/stored"), crawl_stat(err, "archive/failed")
    assert committed == stored(copy)
    assert committed < pages_count
    # Stopped at the first repeating write error, not after failing every later document:
    # only the pages already fetched then (in flight, or waiting for a page worker within
    # Scrapy's bound on responses in progress) are counted as not stored.
    assert 1 <= failed <= (pages_count - committed) // 2, (committed, failed)


def test_a_second_crawl_into_a_busy_archive_is_refused(tmp_path: Path) -> None:
    articles = 10
    db, log = tmp_path / "archive.db", tmp_path / "a.log"
    with serve({"slow": numbered_site(articles, delay=0.5), "other": numbered_site(2)}) as hosts:
        first = start([hosts["slow"] + "/"], db, log, CONCURRENT_REQUESTS_PER_DOMAIN=1)
        try:
            assert wait_for(lambda: db.exists() or first.poll() is not None, 30)
            assert first.poll() is None, log.read_text(errors="replace")[-3000:]
            try:
                second = subprocess.run(
                    crawl_command([hosts["other"] + "/"], db, settings()),
                    cwd=ROOT,
                    capture_output=True,
                    text=True,
                    timeout=20,
                )
            except subprocess.TimeoutExpired:
                pytest.fail("the second crawl waited on the busy archive instead of exiting")
            first_running = first.poll() is None
            assert second.returncode != 0, second.stderr[-3000:]
            assert re.search(rf"\b{first.pid}\b", second.stderr), second.stderr[-3000:]
            assert "Traceback" not in second.stderr, second.stderr[-3000:]
            assert first_running, "the first crawl was over before the second was refused"
            assert first.wait(timeout=60) == 0, log.read_text(errors="replace")[-3000:]
        finally:
            stop(first)
    assert stored(db) == articles


def test_a_killed_crawl_leaves_no_lock_behind(tmp_path: Path) -> None:
    articles = 5
    db = tmp_path / "archive.db"
    with serve({"slow": numbered_site(articles, delay=0.4)}) as hosts:
        url = hosts["slow"] + "/"
        crawl = start(
            [url],
            db,
            tmp_path / "killed.log",
            ARCHIVE_BATCH_SIZE=1,
            CONCURRENT_REQUESTS_PER_DOMAIN=1,
        )
        try:
            assert wait_for(lambda: stored(db) >= 1 or crawl.poll() is not None, 30)
            crawl.send_signal(signal.SIGKILL)
            crawl.wait(timeout=10)
        finally:
            stop(crawl)
        assert 1 <= stored(db) < articles
        again = subprocess.run(
            crawl_command([url], db, settings(LOG_LEVEL="INFO")),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert again.returncode == 0, again.stderr[-3000:]
    assert stored(db) == articles


@pytest.mark.parametrize("interrupts", [1, 2], ids=["graceful", "forced"])
def test_an_interrupted_crawl_exits_non_zero(tmp_path: Path, interrupts: int) -> None:
    articles = 20
    db, log = tmp_path / "archive.db", tmp_path / "crawl.log"
    with serve({"slow": numbered_site(articles, delay=0.5)}) as hosts:
        crawl = start(
            [hosts["slow"] + "/"],
            db,
            log,
            ARCHIVE_BATCH_SIZE=1,
            # One request at a time: a graceful stop has a single download to wait for.
            CONCURRENT_REQUESTS=1,
            LOG_LEVEL="INFO",
        )
        try:
            assert wait_for(lambda: stored(db) >= 1 or crawl.poll() is not None, 30)
            for i in range(interrupts):
                if i:
                    time.sleep(1.0)
                crawl.send_signal(signal.SIGINT)
            code = crawl.wait(timeout=30)
        finally:
            stop(crawl)
    text = log.read_text(errors="replace")
    assert code != 0, text[-3000:]
    assert integrity(db) == "ok"
    if interrupts == 1:
        # Graceful: what was archived is committed, and the crawl did not finish.
        assert 1 <= stored(db) < articles
        if "Dumping Scrapy stats" in text:
            assert crawl_stat(text, "archive/stored") == stored(db)


def test_a_clean_crawl_exits_zero_and_counts_what_it_stored(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    with serve({"small": numbered_site(5)}) as hosts:
        result = subprocess.run(
            crawl_command([hosts["small"] + "/"], db, settings(LOG_LEVEL="INFO")),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    assert crawl_stat(result.stderr, "archive/stored") == stored(db) == 5
    assert crawl_stat(result.stderr, "archive/failed") == 0
