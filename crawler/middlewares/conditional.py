"""Conditional re-fetches: stored article pages are revalidated, fresh ones not fetched at all.

For a page the archive holds, the request carries the stored validators (If-None-Match,
If-Modified-Since). A 304 answer is handed to the spider as "not modified" with the stored
body, so the spider follows the stored page's links and discovery goes on. A page fetched
less than its site's `revisit_days` ago is not requested: the same "not modified" answer
comes from the archive. Scrapy's HTTP cache is not used: it would hand the cached body
back as a fresh 200 and keep a second copy of every page.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Protocol
from weakref import WeakKeyDictionary

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.statscollectors import StatsCollector

from archive import Archive

NOT_MODIFIED = "not_modified"
NOT_DUE = "not_due"  # not requested at all: fetched within the site's revisit_days


class Stored(Protocol):
    """Where stored pages are looked up: the archive, or (on a node) the writer via Redis."""

    def validators(self, url: str) -> tuple[str | None, str | None, str] | None: ...

    async def get(self, url: str) -> tuple[dict[str, str], bytes] | None: ...


class ArchiveStored:
    """Stored pages looked up through the writer's own connection (no second one keeps a
    WAL open)."""

    def __init__(self, archive: Archive) -> None:
        self.pages = archive.pages

    def validators(self, url: str) -> tuple[str | None, str | None, str] | None:
        return self.pages.validators(url)

    async def get(self, url: str) -> tuple[dict[str, str], bytes] | None:
        return self.pages.get(url)


_STORED: WeakKeyDictionary[Crawler, Stored] = WeakKeyDictionary()


def share_stored(crawler: Crawler, stored: Stored | None) -> None:
    """Hand this middleware where to look stored pages up (None when it is closed)."""
    if stored is None:
        _STORED.pop(crawler, None)
    else:
        _STORED[crawler] = stored


def share_archive(crawler: Crawler, archive: Archive | None) -> None:
    """The archive pipeline hands its open archive to this middleware (None when closed)."""
    share_stored(crawler, None if archive is None else ArchiveStored(archive))


class ConditionalFetch:
    """Downloader middleware: validators on requests for stored pages; 304s and fresh pages
    answered with the stored body (status 304, flag "not_modified")."""

    def __init__(self, crawler: Crawler, revisit_days: float, stats: StatsCollector) -> None:
        self.crawler = crawler
        self.revisit_days = revisit_days
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalFetch:
        assert crawler.stats is not None
        return cls(crawler, crawler.settings.getfloat("ESSAYS_REVISIT_DAYS"), crawler.stats)

    async def process_request(self, request: Request) -> Response | None:
        source = _STORED.get(self.crawler)
        if source is None or request.method != "GET" or request.meta.get("dont_revalidate"):
            return None
        stored = source.validators(request.url)
        if stored is None:
            return None
        etag, last_modified, fetched_at = stored
        days = self._revisit_days(request)
        if days > 0 and _age_days(fetched_at) < days:
            self.stats.inc_value("essays/revisit/not_due")
            return await self._from_archive(request, NOT_DUE)
        if etag:
            request.headers.setdefault("If-None-Match", etag)
        if last_modified:
            request.headers.setdefault("If-Modified-Since", last_modified)
        if etag or last_modified:
            self.stats.inc_value("essays/revisit/conditional")
        return None

    async def process_response(self, request: Request, response: Response) -> Response:
        if response.status == 304 and not request.meta.get(NOT_MODIFIED):
            return await self._from_archive(request) or response
        return response

    async def _from_archive(self, request: Request, flag: str = NOT_MODIFIED) -> Response | None:
        source = _STORED.get(self.crawler)
        stored = await source.get(request.url) if source is not None else None
        if stored is None:
            return None
        headers, body = stored
        kept = {k: v for k, v in headers.items() if k.lower() == "content-type"}
        request.meta[NOT_MODIFIED] = True
        return Response(
            request.url,
            status=304,
            headers=kept,
            body=body,
            request=request,
            flags=[NOT_MODIFIED, flag],
        )

    def _revisit_days(self, request: Request) -> float:
        site = request.cb_kwargs.get("site")
        days = getattr(site, "revisit_days", None)
        return self.revisit_days if days is None else float(days)


def _age_days(fetched_at: str) -> float:
    try:
        then = datetime.fromisoformat(fetched_at)
    except ValueError:
        return float("inf")
    if then.tzinfo is None:
        then = then.replace(tzinfo=timezone.utc)
    return (datetime.now(timezone.utc) - then).total_seconds() / 86400
