"""End to end: pages read by worker processes (crawler/workers.py), in real `scrapy crawl` runs.

The archive is the same whether pages are read in the crawl's own process or by workers;
a page that takes too long, or whose worker is killed, is counted and the crawl goes on.
(Ctrl-C and kill -9 of a crawl: tests/test_crawl_shutdown.py.)
"""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from demo.crawl import crawl, crawl_stat, export_rows, started_crawl, stored
from demo.processes import forkserver_and_workers, wait_for, wait_for_workers
from demo.server import Served, serve
from demo.site import EXPECTED_DOCUMENTS, Page, Site, build_sites
from demo.varied import unpunctuated_page
from demo.web import article, listing

pytestmark = pytest.mark.e2e
INFO = {"LOG_LEVEL": "INFO"}
SLOW = "/search/hot.html"  # 2.4 MB of keywords on one line: ~8.6 s to read, no essay
ARTICLES = [f"/a/{i}.html" for i in range(1, 4)]
DIED = "pages were not read: their worker process died; see the log"


def urls(rows: list[dict[str, Any]]) -> set[str]:
    return {row["url"] for row in rows}


# --- 1. the same archive whether pages are read in-process or by workers ---

FIELDS = ("site", "title", "author", "published", "text", "script", "simhash", "media_type")


@pytest.fixture(scope="module")
def both_ways(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, Any]]]:
    """The sample site (all its hosts) crawled with EXTRACT_WORKERS=0 and =2 at the same
    time, each into its own archive: the exports, by EXTRACT_WORKERS."""
    folder = tmp_path_factory.mktemp("both-ways")

    def run(workers: str) -> list[dict[str, Any]]:
        db = folder / f"workers-{workers}.db"
        result = crawl(
            [url + "/" for url in hosts.values()],
            db,
            {**INFO, "EXTRACT_WORKERS": workers},
            timeout=240,
        )
        log = f"EXTRACT_WORKERS={workers}:\n" + result.stderr[-3000:]
        assert result.returncode == 0, log
        assert "Traceback" not in result.stderr, log
        dropped = [k for k in ("timeout", "worker_died", "error") if crawl_stat(result.stderr, f"extract/dropped/{k}")]  # fmt: skip
        assert dropped == [], log
        return export_rows(db)

    with serve(build_sites()) as hosts, ThreadPoolExecutor(2) as pool:
        return dict(zip(("0", "2"), pool.map(run, ("0", "2")), strict=True))


def copy_sets(rows: list[dict[str, Any]]) -> set[frozenset[str]]:
    """The documents grouped as copies of each other (clusters of two or more), by URL."""
    clusters: dict[int, set[str]] = defaultdict(set)
    for row in rows:
        clusters[row["cluster"]].add(row["url"])
    return {frozenset(members) for members in clusters.values() if len(members) > 1}


def partial_copies(rows: list[dict[str, Any]]) -> set[tuple[str, str, float]]:
    return {(row["url"], c["url"], c["overlap"]) for row in rows for c in row["contained_in"]}


def test_both_archives_hold_the_sample_sites_documents_and_copies(
    both_ways: dict[str, list[dict[str, Any]]],
) -> None:
    """The comparison below can fail: every document of the sample site, copies among them."""
    for rows in both_ways.values():
        assert len(rows) == len(EXPECTED_DOCUMENTS)
        assert all(row["text"].strip() and row["simhash"] for row in rows)
        assert any(row["media_type"] == "application/pdf" for row in rows)
        assert any("#essay-" in row["url"] for row in rows)  # the compilation page's essays
        assert len(copy_sets(rows)) >= 3


def test_workers_archive_the_same_documents_as_the_crawls_own_process(
    both_ways: dict[str, list[dict[str, Any]]],
) -> None:
    in_process, in_workers = (
        {row["url"]: {f: row[f] for f in FIELDS} for row in both_ways[w]} for w in ("0", "2")
    )
    assert sorted(in_workers) == sorted(in_process)
    differ = {url: (in_process[url], row) for url, row in in_workers.items() if row != in_process[url]}  # fmt: skip
    assert differ == {}


def test_workers_find_the_same_copies(both_ways: dict[str, list[dict[str, Any]]]) -> None:
    assert copy_sets(both_ways["2"]) == copy_sets(both_ways["0"])
    assert partial_copies(both_ways["2"]) == partial_copies(both_ways["0"])


# --- 2, 3. a page that takes too long; workers killed (three crawls at once) ---

LATE = "/late.html"  # an article the server holds back until the workers are killed


def with_slow_page(*held: str) -> Site:
    """Three essay articles and the slow page (and articles at `held`), linked from /."""
    pages = {path: Page(article(n)) for n, path in enumerate([*ARTICLES, *held], 1)}
    pages[SLOW] = unpunctuated_page(2.4)
    pages["/"] = listing(list(pages))
    return pages


class HeldSite(dict[str, Page]):
    """A site whose pages at `held` are answered only once `release` is set."""

    def __init__(self, pages: Site, held: set[str], release: threading.Event) -> None:
        super().__init__(pages)
        self.held, self.release = held, release

    def get(self, key: str, default: Any = None) -> Any:
        if key in self.held:
            self.release.wait(60)
        return super().get(key, default)


def finished(proc: subprocess.Popen[bytes], db: Path, log: Path, base: str) -> dict[str, Any]:
    """What a crawl left: its exit status, log and export."""
    proc.wait(timeout=120)
    return {
        "returncode": proc.returncode,
        "log": log.read_text(errors="replace"),
        "base": base,
        "rows": export_rows(db),
    }


def timeout_crawl(folder: Path) -> dict[str, Any]:
    """EXTRACT_TIMEOUT=2: the slow page times out."""
    db = folder / "timeout.db"
    settings = {**INFO, "EXTRACT_WORKERS": "2", "EXTRACT_TIMEOUT": "2"}
    with serve({"site": with_slow_page()}) as hosts:
        result = crawl([hosts["site"] + "/"], db, settings, timeout=180)
    return {
        "returncode": result.returncode,
        "log": result.stderr,
        "base": hosts["site"],
        "rows": export_rows(db),
    }


# Commits every 0.2 s, so what was read before a kill is seen stored.
KILL_SETTINGS = {
    **INFO,
    "EXTRACT_WORKERS": "2",
    "EXTRACT_TIMEOUT": "60",
    "ARCHIVE_COMMIT_SECONDS": "0.2",
}


def killed_under_the_slow_page_crawl(folder: Path) -> dict[str, Any]:
    """Both workers SIGKILLed (not the forkserver) once one has been reading the slow page
    for a while and the articles are stored; then the server answers /late.html."""
    db, log = folder / "killed.db", folder / "killed.log"
    release, served = threading.Event(), list[Served]()
    site = HeldSite(with_slow_page(LATE), {LATE}, release)
    with serve({"site": site}, log=served) as hosts:
        try:
            with started_crawl([hosts["site"] + "/"], db, log, KILL_SETTINGS) as proc:
                wait_for_workers(proc, log)
                wait_for(lambda: any(s.path == SLOW for s in served) or proc.poll() is not None, 90)
                assert proc.poll() is None, gone(proc, log)
                slow_served = time.monotonic()
                cpu = {p.pid: p.cpu for p in forkserver_and_workers(proc.pid)[1]}

                def reading_the_slow_page() -> bool:
                    return time.monotonic() - slow_served >= 1 and any(
                        p.cpu - cpu.get(p.pid, 0.0) >= 0.5
                        for p in forkserver_and_workers(proc.pid)[1]
                    )

                assert wait_for(reading_the_slow_page, 30), "no worker took the slow page"
                assert wait_for(lambda: stored(db) >= len(ARTICLES), 30), f"{stored(db)} stored"
                server, workers = forkserver_and_workers(proc.pid)
                assert proc.poll() is None and server and len(workers) == 2, gone(proc, log)
                for worker in workers:
                    os.kill(worker.pid, signal.SIGKILL)
                release.set()
                return finished(proc, db, log, hosts["site"])
        finally:
            release.set()


def idle_worker_killed_crawl(folder: Path) -> dict[str, Any]:
    """One worker SIGKILLed while no page is being read (the crawl waits on /late.html, held
    by the server, and the slow page is not linked); then the server answers /late.html."""
    db, log = folder / "idle.db", folder / "idle.log"
    release = threading.Event()
    pages = with_slow_page(LATE)
    del pages[SLOW]
    pages["/"] = listing(list(pages))
    with serve({"site": HeldSite(pages, {LATE}, release)}) as hosts:
        try:
            with started_crawl([hosts["site"] + "/"], db, log, KILL_SETTINGS) as proc:
                wait_for_workers(proc, log)
                assert wait_for(lambda: stored(db) >= len(ARTICLES), 30), gone(proc, log)
                _, workers = forkserver_and_workers(proc.pid)
                assert proc.poll() is None and len(workers) == 2, gone(proc, log)
                killed, kept = workers
                os.kill(killed.pid, signal.SIGKILL)
                # Reaped by the forkserver, so the pool sees it gone; then a moment for the
                # pool to start a new worker (it may also start one with the next page).
                assert wait_for(lambda: not Path(f"/proc/{killed.pid}").exists(), 10)
                wait_for(
                    lambda: bool({p.pid for p in forkserver_and_workers(proc.pid)[1]} - {kept.pid}),
                    2,
                )
                release.set()
                return finished(proc, db, log, hosts["site"])
        finally:
            release.set()


def gone(proc: subprocess.Popen[bytes], log: Path) -> str:
    state = "running" if proc.poll() is None else f"exited {proc.returncode}"
    return f"the crawl ({state}):\n" + log.read_text(errors="replace")[-3000:]


@pytest.fixture(scope="module")
def slow_page_crawls(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """The three crawls above, run at the same time."""
    folder = tmp_path_factory.mktemp("slow-page")
    scenarios = {
        "timeout": timeout_crawl,
        "killed": killed_under_the_slow_page_crawl,
        "idle": idle_worker_killed_crawl,
    }
    with ThreadPoolExecutor(len(scenarios)) as pool:
        running = {name: pool.submit(run, folder) for name, run in scenarios.items()}
        return {name: future.result() for name, future in running.items()}


@pytest.fixture(scope="module")
def timed_out(slow_page_crawls: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return slow_page_crawls["timeout"]


@pytest.fixture(scope="module")
def worker_killed(slow_page_crawls: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return slow_page_crawls["killed"]


@pytest.fixture(scope="module")
def idle_worker_killed(slow_page_crawls: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return slow_page_crawls["idle"]


def test_a_page_that_takes_too_long_is_a_counted_skip(timed_out: dict[str, Any]) -> None:
    log = timed_out["log"]
    assert timed_out["returncode"] == 0, log[-3000:]
    assert crawl_stat(log, "extract/dropped/timeout") == 1, log[-3000:]
    assert crawl_stat(log, "extract/dropped/worker_died") == 0
    # A skip, not an error: logged as a warning that names the page.
    assert f"WARNING: page not read (timeout): {timed_out['base']}{SLOW}: took more than 2 s" in log


def test_the_other_pages_are_archived_after_a_timeout(timed_out: dict[str, Any]) -> None:
    assert urls(timed_out["rows"]) == {timed_out["base"] + path for path in ARTICLES}
    assert "Traceback" not in timed_out["log"]


def test_a_worker_that_dies_is_counted_and_fails_the_crawl(worker_killed: dict[str, Any]) -> None:
    log = worker_killed["log"]
    assert worker_killed["returncode"] == 1, log[-3000:]
    assert crawl_stat(log, "extract/dropped/worker_died") == 1, log[-3000:]
    assert f"ERROR: page not read (worker_died): {worker_killed['base']}{SLOW}: " in log
    assert log.strip().splitlines()[-1] == f"scrapy crawl: 1 {DIED}"


def test_the_crawl_goes_on_with_new_workers(worker_killed: dict[str, Any]) -> None:
    expected = [*ARTICLES, LATE]  # LATE was only served after the kill
    assert urls(worker_killed["rows"]) == {worker_killed["base"] + path for path in expected}
    assert "Traceback" not in worker_killed["log"]


def test_an_idle_worker_that_dies_is_replaced_and_costs_no_page(
    idle_worker_killed: dict[str, Any],
) -> None:
    log = idle_worker_killed["log"]
    expected = [*ARTICLES, LATE]  # LATE was only served after the kill
    assert urls(idle_worker_killed["rows"]) == {idle_worker_killed["base"] + p for p in expected}
    assert idle_worker_killed["returncode"] == 0, log[-3000:]
    assert "extract/dropped/" not in log and "spider_exceptions/" not in log, log[-3000:]
