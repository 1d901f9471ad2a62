"""ArchivePipeline: the single writer. Each essay is stored in the archive and placed in its cluster.

Nothing lost, nothing silent: a document that fails is rolled back alone, counted
(`archive/failed`) and logged in one line; the open batch is committed on a timer;
`archive/stored` and `archive/updated` count what was committed; a write error that will
repeat (disk full, I/O error, damage) stops the crawl at once.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Sequence
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider
from scrapy.statscollectors import StatsCollector
from scrapy.utils.defer import deferred_from_coro
from twisted.internet import reactor, task
from twisted.python.failure import Failure

from archive import Archive, ArchiveError, DocumentFailed, WriteFailed
from archive.records import Page
from crawler.config import explicit
from crawler.items import GONE, PageItem
from crawler.middlewares.conditional import NOT_MODIFIED, share_archive
from essaytext.essay import Essay, essay_url
from essaytext.page import SiteRules
from pipelines.templates import site_templates

logger = logging.getLogger(__name__)
# What makes a crawl fail: see crawler/commands/crawl.py.
FAILED = "archive/failed"
ERROR = "archive/error"


def needs_mark(kind: str | None, essays: Sequence[Essay]) -> bool:
    """Whether a page marks its stored documents (see `mark_page`)."""
    return kind in (NOT_MODIFIED, GONE) or bool(essays)


def mark_page(archive: Archive, page: Page, kind: str | None, essays: Sequence[Essay]) -> bool:
    """Seen again (304), gone (404/410), or, for a page whose essays are being stored, its
    other documents gone (a compilation that now holds fewer essays); False if it failed
    (said in one line; a disk error stops the writer at the next commit)."""
    keep = [essay_url(page.url, essay) for essay in essays]
    try:
        archive.mark(page.url, page.fetched_at, gone=kind != NOT_MODIFIED, keep=keep)
    except Exception as exc:
        logger.error("archive: could not mark %s: %s", page.url, exc)
        return False
    return True


class ArchivePipeline:
    """One archive connection per crawl, held under the archive's writer lock."""

    def __init__(
        self,
        crawler: Crawler,
        *,
        path: str,
        threshold: int | None,
        ngram: int | None,
        batch_size: int,
        commit_seconds: float,
        quick_check: bool,
        min_chars: int,
    ) -> None:
        assert crawler.stats is not None
        self.crawler = crawler
        self.stats: StatsCollector = crawler.stats
        self.path = path
        self.threshold, self.ngram, self.batch_size = threshold, ngram, batch_size
        self.commit_seconds = commit_seconds
        self.quick_check = quick_check
        self.archive: Archive | None = None
        self.timer: task.LoopingCall | None = None
        self.templates = site_templates(crawler)
        self.min_chars = min_chars

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
        settings = crawler.settings
        pipeline = cls(
            crawler,
            path=settings.get("ARCHIVE_DB"),
            # Unless given for this crawl, the archive's own (a new one takes the defaults).
            threshold=(
                settings.getint("SIMHASH_THRESHOLD")
                if explicit(settings, "SIMHASH_THRESHOLD")
                else None
            ),
            ngram=settings.getint("SIMHASH_NGRAM") if explicit(settings, "SIMHASH_NGRAM") else None,
            batch_size=settings.getint("ARCHIVE_BATCH_SIZE"),
            commit_seconds=settings.getfloat("ARCHIVE_COMMIT_SECONDS"),
            quick_check=settings.getbool("ARCHIVE_QUICK_CHECK"),
            min_chars=settings.getint("EXTRACT_MIN_CHARS"),
        )
        crawler.signals.connect(pipeline.item_error, signal=signals.item_error)
        return pipeline

    def item_error(self, item: PageItem, failure: Failure) -> None:
        """A pipeline raised on this page (Scrapy logged it): its essays were not stored."""
        self.stats.inc_value(FAILED, max(1, len(getattr(item, "essays", ()))))

    def open_spider(self) -> None:
        try:
            self.archive = Archive(
                self.path,
                threshold=self.threshold,
                ngram=self.ngram,
                batch_size=self.batch_size,
                commit_seconds=self.commit_seconds,
                check=self.quick_check,
            )
        except (ArchiveError, OSError) as exc:
            self._record_error(str(exc))
            raise CloseSpider("archive_unusable") from None
        self.templates.load(self.archive)
        share_archive(self.crawler, self.archive)
        # Readers see documents, and a kill loses at most, this window (plus one tick):
        # committed on a timer whether or not items arrive.
        self.timer = task.LoopingCall(self._commit_if_due)
        self.timer.start(max(0.05, min(1.0, self.commit_seconds / 4)), now=False)

    def process_item(self, item: PageItem) -> PageItem:
        if needs_mark(item.kind, item.essays):
            self._mark(item)
        for essay in item.essays:
            if self.archive is None:  # the archive failed: the crawl is stopping
                self.stats.inc_value(FAILED)
                logger.info("archive: not stored (the archive failed earlier): %s", item.page.url)
                continue
            try:
                self.archive.add(item.page, essay)
            except DocumentFailed as exc:
                self.stats.inc_value(FAILED)
                logger.error("archive: not stored: %s", exc)
                continue
            except WriteFailed as exc:
                if essay_url(item.page.url, essay) not in exc.lost:  # failed before joining
                    self.stats.inc_value(FAILED)
                self._stop(exc)
        self._count()
        return item

    def _mark(self, item: PageItem) -> None:
        if self.archive is not None and not mark_page(
            self.archive, item.page, item.kind, item.essays
        ):
            self.stats.inc_value(FAILED)

    def close_spider(self) -> None:
        share_archive(self.crawler, None)
        self.templates.archive = None  # closed below: the template counts stay in memory
        if self.timer is not None and self.timer.running:
            self.timer.stop()
        # Every item is in: the page workers are done. Free them before the close's own
        # work (re-extraction here), which grows this process (the spider closes them too).
        workers = getattr(self.crawler.spider, "workers", None)
        if workers is not None:
            workers.close()
        if self.archive is not None:
            try:
                self._finish_templates(self.archive)
                self.archive.close()
            except WriteFailed as exc:
                self._failed(exc)
            self._count()
            self.archive = None

    def _finish_templates(self, archive: Archive) -> None:
        """Keep what the crawl learned of its sites' templates; re-extract pages archived
        before their site's template was known."""
        sites = getattr(self.crawler.spider, "sites", [])
        rules = {s.name: SiteRules(s.prune_xpaths, s.clutter_patterns, s.encoding) for s in sites}
        counts = self.templates.finish(
            archive,
            rules_for=lambda source: rules.get(source, SiteRules()),
            min_chars=self.min_chars,
        )
        for outcome, number in counts.items():
            self.stats.set_value(f"templates/reextracted/{outcome}", number)

    def _commit_if_due(self) -> None:
        if self.archive is None:
            return
        try:
            self.archive.commit_if_due()
        except WriteFailed as exc:
            self._stop(exc)
        self._count()

    def _count(self) -> None:
        """Stats from what the archive committed: never more than is stored."""
        if self.archive is not None:
            for key, value in self.archive.committed.items():
                self.stats.set_value(f"archive/{key}", value)

    def _record_error(self, message: str) -> None:
        logger.error("archive: %s", message)
        self.stats.set_value(ERROR, message)

    def _failed(self, exc: WriteFailed, then: str = "") -> None:
        """Count and name the documents a failed write rolled back (at most one batch)."""
        self.stats.inc_value(FAILED, len(exc.lost))
        self._record_error(f"{exc}{then}; {len(exc.lost)} uncommitted documents rolled back")
        for url in exc.lost:  # one error line above; what to crawl again, at INFO
            logger.info("archive: not stored, rolled back with its batch (%s): %s", exc.reason, url)

    def _stop(self, exc: WriteFailed) -> None:
        """Writing cannot go on: close the archive and stop the crawl, once."""
        assert self.archive is not None
        self._count()
        self._failed(exc, "; stopping the crawl")
        share_archive(self.crawler, None)
        self.templates.archive = None
        with contextlib.suppress(ArchiveError):  # it failed; the open batch was rolled back
            self.archive.close()
        self.archive = None
        # Later, not from inside process_item: closing waits for the items in progress.
        clock: Any = reactor
        clock.callLater(0, self._close_spider)

    def _close_spider(self) -> None:
        engine = self.crawler.engine
        deferred_from_coro(engine.close_spider_async(reason="archive_failed"))
