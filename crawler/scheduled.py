"""The URLs the scheduler was last offered, so the spider builds no request it would drop.

A page links a few hundred URLs, nearly all of them offered already by earlier pages (the
menu, the sidebar, the listing). Scrapy's dupefilter drops them, but only after each has
been made a Request, passed the spider middlewares, been signalled, canonicalised and
hashed: on a site of real pages that was most of the crawl's own time. The spider asks
here first. Only URLs that reached the scheduler past every middleware are remembered,
and a URL offered again would be dropped by the dupefilter (the same URL, method GET, no
body: the same fingerprint), so the crawl fetches exactly what it fetched before; the
dupefilter stays the authority (and, with scrapy-redis, the shared one). Bounded: the
oldest URLs are forgotten first, and a forgotten URL is simply offered again.
"""

from __future__ import annotations

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler

# URLs remembered (about 200 bytes each); a forgotten one costs one dropped request.
LIMIT = 100_000


class ScheduledUrls:
    """The most recent URLs offered to the scheduler (requests that may be filtered)."""

    def __init__(self, limit: int = LIMIT) -> None:
        self.limit = limit
        self._urls: dict[str, None] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ScheduledUrls:
        memo = cls()
        crawler.signals.connect(memo.request_scheduled, signal=signals.request_scheduled)
        return memo

    def request_scheduled(self, request: Request, spider: Spider) -> None:
        if request.dont_filter or request.method != "GET" or request.body:
            return  # the dupefilter does not hold it (or it is not a plain link)
        self._urls[request.url] = None
        if len(self._urls) > self.limit:
            del self._urls[next(iter(self._urls))]

    def __contains__(self, url: str) -> bool:
        return url in self._urls

    def __len__(self) -> int:
        return len(self._urls)
