"""CrawlRuns: a progress line while the crawl runs, and the crawl's row in the archive's `runs`.

Every ESSAYS_PROGRESS_SECONDS the project's own counts so far are logged at INFO. When the
spider closes, the archive pipeline has closed the archive and released its lock (Scrapy
closes the item pipelines before it sends `spider_closed`), so the run is recorded then:
the archive is opened as writer once more, the row added and committed, and a summary
of that row logged. This is tried also when the pipeline could not open the archive; a
run that cannot be recorded (another crawl holds the archive, the file is damaged or
unwritable) is one WARNING line, and the crawl goes on closing. No archive is made for a
run: a crawl whose archive was never created records nothing.
"""

from __future__ import annotations

import logging
import math
import os
import re
import sqlite3
from collections.abc import Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.settings import BaseSettings
from scrapy.statscollectors import StatsCollector
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import reactor, task

from archive import Archive, ArchiveError
from archive.runs import progress_line, read_run, record_run, summary_lines
from crawler.config import explicit

logger = logging.getLogger(__name__)

# The main counts of a run and the stats they are read from (missing stats count 0).
STATS = {
    "fetched": "downloader/response_count",
    "not_modified": "essays/pages/not_modified",
    "new": "archive/stored",
    "changed": "archive/changed",
    "unchanged": "archive/unchanged",
    "gone": "archive/gone",
    "duplicates": "archive/duplicates",
    "failed": "archive/failed",
}
NOT_DUE = "essays/revisit/not_due"
PAGES = "essays/pages/"  # pages by verdict: essays/pages/<kind>
SKIPPED = ("essays/skipped/", "offsite/")  # skipped by reason


def counts_from_stats(stats: Mapping[str, Any]) -> dict[str, Any]:
    """A run's counts from the crawl's stats: the main ones, pages by verdict, skipped by reason."""
    counts: dict[str, Any] = {key: _number(stats.get(stat)) for key, stat in STATS.items()}
    # Pages not due (revisit_days) are answered from the archive, not fetched.
    counts["not_due"] = _number(stats.get(NOT_DUE))
    counts["fetched"] -= counts["not_due"]
    main = set(STATS.values())
    counts["pages"] = {
        key.removeprefix(PAGES): _number(value)
        for key, value in sorted(stats.items())
        if key.startswith(PAGES) and key not in main
    }
    counts["skipped"] = {
        key.removeprefix(SKIPPED[0]): _number(value)
        for key, value in sorted(stats.items())
        if key.startswith(SKIPPED)
    }
    return counts


def run_settings(settings: BaseSettings, spider: Spider | None) -> dict[str, Any]:
    """The settings of a crawl that matter to its run (URLs without their user and password)."""
    chosen: dict[str, Any] = {
        "ARCHIVE_DB": settings.get("ARCHIVE_DB"),
        "DEPTH_LIMIT": settings.getint("DEPTH_LIMIT"),
    }
    for name in ("SIMHASH_THRESHOLD", "SIMHASH_NGRAM"):
        if explicit(settings, name):  # otherwise the archive's own
            chosen[name] = settings.getint(name)
    if settings.get("ESSAYS_REVISIT_DAYS") is not None:
        chosen["ESSAYS_REVISIT_DAYS"] = _number(settings.get("ESSAYS_REVISIT_DAYS"), exact=False)
    site = getattr(spider, "site_name", None)
    if site:
        chosen["site"] = site
    start_urls = getattr(spider, "start_url_arg", None)
    if start_urls:
        chosen["start_urls"] = [
            without_userinfo(u.strip()) for u in start_urls.split(",") if u.strip()
        ]
    if settings.get("LOG_FILE"):
        chosen["LOG_FILE"] = settings.get("LOG_FILE")
    return chosen


def without_userinfo(url: str) -> str:
    """The URL without `user:password@` (a run's settings never keep a password)."""
    return re.sub(r"^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@", r"\1", url)


def _number(value: Any, *, exact: bool = True) -> Any:
    """A count (0 when missing or not a number); with exact=False, a setting's number as given."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0 if exact else value
    return int(number) if number.is_integer() else number


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class CrawlRuns:
    """Progress lines during a crawl; its run recorded in the archive when it closes."""

    def __init__(self, crawler: Crawler, *, progress_seconds: float) -> None:
        assert crawler.stats is not None
        self.crawler = crawler
        self.stats: StatsCollector = crawler.stats
        self.progress_seconds = progress_seconds
        self.started_at: str | None = None
        self.timer: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlRuns:
        runs = cls(crawler, progress_seconds=crawler.settings.getfloat("ESSAYS_PROGRESS_SECONDS"))
        crawler.signals.connect(runs.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(runs.spider_closed, signal=signals.spider_closed)
        return runs

    def spider_opened(self, spider: Spider) -> None:
        self.started_at = _now()
        if 0 < self.progress_seconds < math.inf:  # 0 (or less) turns the progress lines off
            self.timer = task.LoopingCall(self.log_progress)
            self.timer.start(self.progress_seconds, now=False)

    def log_progress(self) -> None:
        """One INFO line with the project's counts so far."""
        logger.info("progress: %s", progress_line(counts_from_stats(self.stats.get_stats())))

    async def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.timer is not None and self.timer.running:
            self.timer.stop()
        # After the other spider_closed handlers, which may close connections to the archive:
        # none of this process may be open when it is opened again (connection.py reads the
        # file's header, and closing any descriptor of a file drops SQLite's locks on it).
        await maybe_deferred_to_future(task.deferLater(reactor, 0, lambda: None))
        self.record(spider, reason)

    def record(self, spider: Spider, reason: str) -> None:
        """Add the run's row to the archive and log its summary; one WARNING line if it cannot."""
        ended_at = _now()
        settings = run_settings(self.crawler.settings, spider)
        counts = counts_from_stats(self.stats.get_stats())
        path = Path(self.crawler.settings.get("ARCHIVE_DB"))
        if not (path.is_file() and path.stat().st_size):  # never make an archive for a run
            logger.warning("crawl run not recorded: no archive at %s", path)
            return
        # The crawl checked the archive when it opened it; again only when it reported an error.
        check = self.crawler.settings.getbool("ARCHIVE_QUICK_CHECK") and bool(
            self.stats.get_value("archive/error")
        )
        try:
            with Archive(path, check=check) as archive:
                archive.conn.execute("BEGIN IMMEDIATE")
                run_id = record_run(
                    archive.conn,
                    started_at=self.started_at or ended_at,
                    ended_at=ended_at,
                    status=reason,
                    pid=os.getpid(),
                    settings=settings,
                    counts=counts,
                )
                archive.commit()
                run = read_run(archive.conn, run_id)
        except (ArchiveError, sqlite3.Error, OSError) as exc:
            logger.warning("crawl run not recorded in %s: %s", path, exc)
            return
        for line in summary_lines(run) if run else ():
            logger.info("%s", line)
