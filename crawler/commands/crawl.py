"""`scrapy crawl`, exiting non-zero when anything scraped was not archived.

Scrapy's own command exits 0 whatever happened to the items. A scheduler running
`scrapy crawl essays && python -m archive export …` needs to know, so this subclass reads
the crawl's stats when it ends and exits 1, with one line on stderr saying why, when a
document failed to be stored, a fetched page was not read because its worker process
died, the archive could not be opened or written (including when another crawl holds
it), or the crawl did not finish (a signal stopped it). A page that is bad input (its
extraction raised, or took over EXTRACT_TIMEOUT) is a counted, logged skip.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.crawler import Crawler

from crawler.config import setting_problems
from crawler.sites import SiteConfigError, sites_for
from crawler.workers import LOST

# Finish reasons of a crawl that ran to its end (CLOSESPIDER_* limits are asked for).
_FINISHED = ("finished", "closespider_")


def failure(stats: Mapping[str, Any]) -> str | None:
    """Why a crawl with these stats failed, in one line; None when all it scraped is stored."""
    reason = stats.get("finish_reason")
    if stats.get("archive/error"):
        return f"the archive failed: {stats['archive/error']}"
    if stats.get("node/error"):
        return f"this node could not take part: {stats['node/error']}"
    if stats.get("node/unanswered"):
        return (
            f"{stats['node/unanswered']} revalidated pages' stored links were not followed:"
            " the writer did not send them in time (node/unanswered)"
        )
    if stats.get("node/unsent"):
        return f"{stats['node/unsent']} documents could not be sent to the writer (node/unsent)"
    if stats.get("archive/failed"):
        return f"{stats['archive/failed']} documents could not be stored (archive/failed)"
    unread = sum(stats.get(f"extract/dropped/{reason}", 0) for reason in LOST)
    if unread:  # fetched, but their worker died: not the pages' doing, so a loss
        return f"{unread} pages were not read: their worker process died; see the log"
    # Scrapy 2.19 counts each error twice: spider_exceptions/count and /<its type>.
    errors = stats.get("spider_exceptions/count") or sum(
        v for k, v in stats.items() if k.startswith("spider_exceptions/")
    )
    if errors:
        return f"{errors} pages raised an error in the spider (spider_exceptions); see the log"
    if reason is None:
        return (
            "the crawl was forced to stop before it could close (documents not committed are lost)"
        )
    if not str(reason).startswith(_FINISHED):
        return f"the crawl did not finish (finish_reason: {reason}); what it scraped is committed"
    return None


def redis_problems(url: str) -> list[str]:
    """Why a node cannot use this Redis (unreachable, a bad URL), checked before it starts."""
    import redis

    from crawler.node import client

    try:
        client(url).ping()
    except (redis.RedisError, ValueError) as exc:
        return [f"cannot reach Redis at {url} (ESSAYS_REDIS_URL): {exc}"]
    return []


class Command(ScrapyCrawl):
    """Scrapy's crawl command; the exit status says whether everything scraped was archived."""

    def _create_crawler(self, *args: Any, **kwargs: Any) -> Crawler:
        crawler: Crawler = super()._create_crawler(*args, **kwargs)
        self.crawler = crawler
        return crawler

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.settings is not None
        problems = setting_problems(self.settings)
        try:
            sites_for(
                Path(self.settings.get("ESSAYS_SITES_FILE")),
                site=opts.spargs.get("site"),
                start_urls=opts.spargs.get("start_urls"),
            )
        except SiteConfigError as exc:
            problems.append(str(exc))
        if self.settings.get("ESSAYS_REDIS_URL"):
            problems += redis_problems(self.settings.get("ESSAYS_REDIS_URL"))
        if problems:  # one line each, before anything is fetched or opened
            for problem in problems:
                print(f"scrapy crawl: {problem}", file=sys.stderr)
            self.exitcode = 1
            return
        super().run(args, opts)
        crawler = getattr(self, "crawler", None)
        if self.exitcode or crawler is None or crawler.stats is None:
            self.exitcode = self.exitcode or 1
            return
        why = failure(crawler.stats.get_stats())
        if why is not None:
            print(f"scrapy crawl: {why}", file=sys.stderr)
            self.exitcode = 1
