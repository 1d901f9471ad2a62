"""Pages read off the reactor: a pool of worker processes (pebble), one page at a time each.

EXTRACT_WORKERS processes (default: one per core; 0 reads pages in the crawl's own process,
for debugging). At most two pages per worker are in flight; a page that waits for a slot
holds its response, so Scrapy stops fetching until one frees up (its scraper's memory
bound). A page that takes longer than EXTRACT_TIMEOUT seconds, or whose worker dies, is
counted and logged for that page alone: pebble replaces the worker (or, when it gives up
the whole pool, a new pool reads the pages that were waiting) and the crawl goes on.
The pool is closed when the spider closes (Ctrl-C closes the spider first); workers ignore
SIGINT so that a Ctrl-C in a terminal does not kill them under the pages they hold.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import multiprocessing
import multiprocessing.forkserver
import os
import signal
from concurrent.futures.process import BrokenProcessPool

from pebble import ProcessExpired, ProcessPool
from scrapy import signals
from scrapy.crawler import Crawler

from crawler.pagework import PageJob, PageRead, read_page

logger = logging.getLogger(__name__)
# Seconds the pool's close waits for its workers to exit before stopping them.
_JOIN_SECONDS = 10.0


# Reasons a page was not read that are not the page's doing (crawler/commands/crawl.py).
LOST = ("worker_died", "closed")


class PageFailed(Exception):
    """A page could not be read: `reason` is "timeout", "worker_died" or "error"."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason

    @property
    def lost(self) -> bool:
        """Not the page's doing (its worker died, the pool was closed): the crawl lost it."""
        return self.reason in LOST


class Pool(ProcessPool):
    """pebble's pool, stopping its workers before it unlinks their channel's locks.

    pebble 5.2.3 unlinks the locks first (its fix for leaked semaphores), so a worker
    still starting when the pool stops dies unpickling them and prints a traceback.
    """

    def _stop_pool(self) -> None:
        manager_loop = getattr(self, "_pool_manager_loop", None)
        if manager_loop is not None:
            manager_loop.join()  # no worker is started after this
        workers = getattr(getattr(self, "_pool_manager", None), "worker_manager", None)
        if workers is not None:
            workers.force_stop_workers()
        super()._stop_pool()  # type: ignore[no-untyped-call]


class PageWorkers:
    """Where a crawl's pages are read: in `workers` processes, or in-process when 0."""

    def __init__(self, workers: int, timeout: float) -> None:
        self.workers, self.timeout = workers, timeout
        self.pool: ProcessPool | None = None
        self.started: asyncio.Future[None] | None = None  # the pool's workers are up
        self.closed = False
        self.slots = asyncio.Semaphore(2 * max(1, workers))

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PageWorkers:
        settings = crawler.settings
        pool = cls(settings.getint("EXTRACT_WORKERS"), settings.getfloat("EXTRACT_TIMEOUT"))
        crawler.signals.connect(pool.open, signal=signals.spider_opened)
        crawler.signals.connect(pool.close, signal=signals.spider_closed)
        return pool

    def open(self) -> None:
        """Start the server the workers fork from: it loads and warms extraction once
        (crawler/warmup.py, a few seconds) while the reactor fetches the first pages."""
        if self.workers > 0:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["crawler.warmup"])
            multiprocessing.forkserver.ensure_running()  # returns at once

    async def read(self, job: PageJob) -> PageRead:
        """The page read by a worker (or here); PageFailed when it could not be."""
        if self.workers <= 0:
            try:
                return read_page(job)
            except Exception as exc:  # a malformed page must not stop the crawl
                raise PageFailed("error", f"{exc!r}"[:300]) from exc
        async with self.slots:
            # pebble gives up a whole pool when a worker dies with no page in it (its
            # "All workers expired"): the page is read again, once, by a new pool.
            for _ in range(2):
                pool = await self._running()
                try:
                    future = pool.schedule(read_page, args=(job,), timeout=self.timeout)
                except RuntimeError:  # "the pool is not active": it broke down
                    self._replace(pool)
                    continue
                try:
                    return await asyncio.wrap_future(future)
                except BrokenProcessPool:
                    self._replace(pool)
                except concurrent.futures.TimeoutError:
                    raise PageFailed("timeout", f"took more than {self.timeout:g} s") from None
                except ProcessExpired as exc:
                    raise PageFailed("worker_died", f"its worker died ({exc})") from None
                except Exception as exc:
                    raise PageFailed("error", f"{exc!r}"[:300]) from exc
            raise PageFailed("worker_died", "the page workers broke down twice")

    async def _running(self) -> ProcessPool:
        """The pool, started with the first page (and again after a breakdown): its
        workers fork once the server is warm, in a thread, so the reactor goes on."""
        if self.closed:
            raise PageFailed("closed", "the page workers were closed")
        if self.pool is None or self.started is None:
            self.pool = Pool(
                max_workers=self.workers,
                initializer=_ignore_sigint,
                context=multiprocessing.get_context("forkserver"),
            )
            self.started = asyncio.get_event_loop().run_in_executor(None, _start, self.pool)
        pool = self.pool
        try:
            await self.started
        except Exception:
            self._replace(pool)
            raise PageFailed("worker_died", "the page workers could not start") from None
        return pool

    def _replace(self, pool: ProcessPool) -> None:
        """Drop a broken pool (once, whichever page saw it first); the next page starts
        a new one. Its survivors are stopped in a thread (pebble takes seconds)."""
        if self.pool is pool:
            logger.warning("page workers: the pool broke down (a worker died); starting anew")
            self.pool, self.started = None, None
            asyncio.get_event_loop().run_in_executor(None, _stop, pool)

    def close(self) -> None:
        """Let the workers finish and exit; stop those that do not within a few seconds."""
        self.closed = True
        pool, self.pool = self.pool, None
        if pool is None:  # no page was read: no worker was started
            return
        pool.close()  # type: ignore[no-untyped-call]
        try:
            pool.join(timeout=_JOIN_SECONDS)
        except TimeoutError:
            logger.warning("page workers did not exit within %g s: stopped", _JOIN_SECONDS)
            _stop(pool)


def _start(pool: ProcessPool) -> None:
    """Start the pool's workers (pebble starts them with its first task) and wait for them."""
    pool.schedule(os.getpid).result()


def _stop(pool: ProcessPool) -> None:
    pool.stop()  # type: ignore[no-untyped-call]
    pool.join()


def _ignore_sigint() -> None:
    """A worker ignores Ctrl-C: the crawl closes the pool when it has its pages back."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
