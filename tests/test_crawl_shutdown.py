"""End to end: neither Ctrl-C nor `kill -9` of a crawl leaves a page worker (or the server
they fork from) behind, and a Ctrl-C keeps what the crawl stored."""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import pytest

from demo.crawl import export_rows, started_crawl, stored
from demo.processes import (
    descendants,
    forkserver_and_workers,
    processes,
    still_running,
    wait_for,
    wait_for_workers,
)
from demo.server import serve
from demo.web import numbered_site

pytestmark = pytest.mark.e2e
INFO = {"LOG_LEVEL": "INFO"}


@dataclass(frozen=True)
class Running:
    proc: subprocess.Popen[bytes]
    db: Path
    log: Path


@pytest.fixture(scope="module")
def running_crawls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Running]]:
    """Two crawls, "ctrl_c" and "kill_9", of 100 pages each answered after 1 s, four at a
    time (so a Ctrl-C waits for four at most), started at once and left running for the
    tests to stop; yielded when both have their workers up and have stored a document."""
    folder = tmp_path_factory.mktemp("running")
    settings = {
        **INFO,
        "EXTRACT_WORKERS": "2",
        "ARCHIVE_COMMIT_SECONDS": "0.2",
        "CONCURRENT_REQUESTS": "4",
    }
    names = ("ctrl_c", "kill_9")
    with ExitStack() as stack:
        hosts = stack.enter_context(serve({name: numbered_site(100, delay=1.0) for name in names}))
        crawls = {}
        for name in names:
            db, log = folder / f"{name}.db", folder / f"{name}.log"
            proc = stack.enter_context(started_crawl([hosts[name] + "/"], db, log, settings))
            crawls[name] = Running(proc, db, log)
        for crawl in crawls.values():
            ready(crawl)
        yield crawls


def ready(crawl: Running) -> None:
    """Once the crawl has its workers up and has stored a document (or 5 s later)."""
    wait_for_workers(crawl.proc, crawl.log)
    wait_for(lambda: stored(crawl.db) >= 1 or crawl.proc.poll() is not None, 5)


def test_ctrl_c_stops_the_crawl_and_its_workers(running_crawls: dict[str, Running]) -> None:
    crawl = running_crawls["ctrl_c"]
    below = descendants(crawl.proc.pid)
    server, workers = forkserver_and_workers(crawl.proc.pid)
    assert crawl.proc.poll() is None and server is not None and len(workers) == 2
    os.killpg(crawl.proc.pid, signal.SIGINT)  # a terminal's Ctrl-C: the whole process group
    try:
        crawl.proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        running = still_running({**below, crawl.proc.pid: processes()[crawl.proc.pid]})
        pytest.fail("no exit within 30 s of Ctrl-C; running:\n" + "\n".join(running))
    assert wait_for(lambda: not still_running(below), 5), still_running(below)
    log = crawl.log.read_text(errors="replace")
    assert "Traceback" not in log, log[-3000:]
    assert crawl.proc.returncode == 1, log[-3000:]
    last = log.strip().splitlines()[-1]
    assert last.startswith("scrapy crawl: the crawl did not finish (finish_reason: shutdown)")
    assert 1 <= len(export_rows(crawl.db)) < 100


def test_kill_9_of_the_crawl_leaves_no_worker_behind(running_crawls: dict[str, Running]) -> None:
    crawl = running_crawls["kill_9"]
    below = descendants(crawl.proc.pid)
    server, workers = forkserver_and_workers(crawl.proc.pid)
    assert crawl.proc.poll() is None and server is not None and len(workers) == 2
    crawl.proc.send_signal(signal.SIGKILL)  # the crawl alone, not its process group
    crawl.proc.wait(timeout=10)
    assert wait_for(lambda: not still_running(below), 10), still_running(below)
