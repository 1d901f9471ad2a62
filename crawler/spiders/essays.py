"""The essays spider: follows links on configured hosts and yields every page to the pipelines, which judge it."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Collection, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlsplit

import scrapy
from scrapy.crawler import Crawler
from scrapy.http import Response

from archive.records import Page
from crawler.config import crawl_ngram
from crawler.discovery import feed_urls, sitemap_urls
from crawler.items import GONE, PageItem
from crawler.middlewares.conditional import NOT_DUE, NOT_MODIFIED
from crawler.middlewares.paging import PAGINATION
from crawler.pagework import PageJob, PageRead
from crawler.scheduled import ScheduledUrls
from crawler.sites import Site, sites_for
from crawler.workers import PageFailed, PageWorkers
from essaytext.encoding import content_type_charset
from essaytext.page import PDF, PLAIN, SiteRules
from essaytext.pdf import is_pdf
from essaytext.verdict import LISTING
from pipelines.templates import SiteTemplates, site_templates

# Content types that may hold an essay page; anything else is skipped and counted.
HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "")
# Types under which servers send PDFs besides application/pdf (checked by the file's magic).
PDF_TYPES = ("application/octet-stream", "application/x-pdf", "binary/octet-stream", "")
# fmt: off
_SKIPPED_EXTENSIONS = (
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".css", ".js", ".zip", ".rar",
    ".7z", ".gz", ".mp3", ".mp4", ".avi", ".flv", ".exe", ".apk", ".doc", ".docx", ".xls", ".xlsx",
)
# fmt: on


class EssaysSpider(scrapy.Spider):
    """Crawl essays from sites.toml (-a site=NAME picks one) or from -a start_urls=URL1,URL2."""

    name = "essays"
    # 304: not modified (the stored page comes back, crawler/middlewares/conditional.py);
    # 404 / 410: the page is gone, and so are its documents.
    handle_httpstatus_list: ClassVar[list[int]] = [304, 404, 410]

    def __init__(
        self, *args: Any, site: str | None = None, start_urls: str | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.site_name = site
        self.start_url_arg = start_urls
        self.sites: list[Site] = []
        # From the crawler's settings, in from_crawler:
        self.max_page_bytes = 0
        self.min_chars = 0
        self.ngram = 0
        self.workers = PageWorkers(0, 0.0)
        self.templates = SiteTemplates()
        self.scheduled = ScheduledUrls()

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> EssaysSpider:
        spider: EssaysSpider = super().from_crawler(crawler, *args, **kwargs)
        spider.sites = sites_for(
            Path(crawler.settings.get("ESSAYS_SITES_FILE")),
            site=spider.site_name,
            start_urls=spider.start_url_arg,
        )
        settings = crawler.settings
        spider.max_page_bytes = settings.getint("ESSAYS_MAX_PAGE_BYTES")
        spider.min_chars = settings.getint("EXTRACT_MIN_CHARS")
        spider.ngram = crawl_ngram(settings)
        spider.workers = PageWorkers.from_crawler(crawler)
        spider.templates = site_templates(crawler)
        spider.scheduled = ScheduledUrls.from_crawler(crawler)
        return spider

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for site in self.sites:
            for url in site.sitemaps:
                yield _request(url, site, self.parse_sitemap)
            for url in site.feeds:
                yield _request(url, site, self.parse_feed, dont_filter=True)
            for url in site.start_urls:
                yield _request(url, site, self.parse, dont_filter=True)

    def parse_sitemap(self, response: Response, site: Site) -> Iterator[scrapy.Request]:
        """A sitemap's pages are crawled; a sitemap index's sitemaps are read in turn."""
        pages, sitemaps = sitemap_urls(response.body)
        for url in sitemaps:
            if site.is_own_host(url):
                yield _request(url, site, self.parse_sitemap)
        yield from self._follow(pages, site)

    def parse_feed(self, response: Response, site: Site) -> Iterator[scrapy.Request]:
        """A feed's items are crawled."""
        yield from self._follow(feed_urls(response.body), site)

    def _skip(self, reason: str, response: Response) -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(f"essays/skipped/{reason}")
        self.logger.info("skipped %s: %s", response.url, reason)

    async def parse(
        self, response: Response, site: Site
    ) -> AsyncIterator[PageItem | scrapy.Request]:
        """Yield the page as an item (extraction judges it), and follow its links on the site's hosts."""
        if not site.is_own_host(response.url):  # a redirect or meta refresh led off the site
            self._skip("offsite_redirect", response)
            return
        assert self.crawler.stats is not None
        if response.status in (404, 410):
            self.crawler.stats.inc_value(f"essays/pages/gone_{response.status}")
            yield self._item(response, site, kind=GONE)
            return
        if NOT_MODIFIED in response.flags and NOT_DUE not in response.flags:
            # Revalidated: its documents are seen now (not so when it was not requested).
            self.crawler.stats.inc_value("essays/pages/not_modified")
            yield self._item(response, site, kind=NOT_MODIFIED)
        job = self._job(response, site)
        if job is None:
            return
        try:
            read = await self.workers.read(job)
        except PageFailed as exc:
            self.crawler.stats.inc_value(f"extract/dropped/{exc.reason}")
            # Bad input (an error, a timeout) is a skip; a worker that died is a loss.
            level = logging.ERROR if exc.lost else logging.WARNING
            self.logger.log(level, "page not read (%s): %s: %s", exc.reason, response.url, exc)
            return
        if read.replaced and NOT_MODIFIED not in response.flags:  # kept as U+FFFD, counted
            self.crawler.stats.inc_value("essays/decode/replaced_sequences", read.replaced)
        if read.found is not None:
            yield self._item(response, site, read, job.media_type)
        for request in self._follow(read.links, site, read.pager):
            yield request

    def _job(self, response: Response, site: Site) -> PageJob | None:
        """What a worker is to make of the page: its essays and links, or its links only
        (a stored page not modified, a listing by the site's URL rule); None: nothing."""
        raw_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        content_type = raw_type.split(";")[0].strip().lower()
        body = response.body
        if NOT_MODIFIED in response.flags:  # stored: its links are followed, nothing extracted
            media_type, kind, extract = PDF if is_pdf(body) else "text/html", None, False
        elif (skipped := self._unreadable(content_type, body)) is not None:
            self._skip(skipped, response)
            return None
        else:
            media_type, kind = _media_type(content_type, body), site.classify(response.url)
            if kind == "deny":
                self._skip("denied", response)
                return None
            extract = kind != LISTING
            if not extract:  # a site's URL rule settles it: links only
                assert self.crawler.stats is not None
                self.crawler.stats.inc_value("essays/pages/listing")
                self.logger.debug("listing (the site's URL patterns): %s", response.url)
        if media_type == PDF and not extract:
            return None
        return PageJob(
            url=response.url,
            body=body,
            media_type=media_type,
            header_charset=content_type_charset(raw_type),
            rules=SiteRules(site.prune_xpaths, site.clutter_patterns, site.encoding),
            template=self.templates.template(urlsplit(response.url).netloc),
            kind=kind,
            min_chars=self.min_chars,
            ngram=self.ngram,
            extract=extract,
        )

    def _unreadable(self, content_type: str, body: bytes) -> str | None:
        """Why a fetched body is not read (counted and logged by reason), or None."""
        if not body.strip():
            return "empty"
        if len(body) > self.max_page_bytes:
            return "too_large"
        if content_type == PDF or (content_type in PDF_TYPES and is_pdf(body)):
            return None  # document sites serve essays as PDF
        if content_type not in HTML_TYPES:
            return "not_html"
        if b"\x00" in body[:4096] and not body.startswith((b"\xff\xfe", b"\xfe\xff")):
            return "binary"
        return None

    def _item(
        self,
        response: Response,
        site: Site,
        read: PageRead | None = None,
        media_type: str = PDF,
        *,
        kind: str | None = None,
    ) -> PageItem:
        """The page's item: what a worker read of it, or what a page without a body to
        read means (`kind`: NOT_MODIFIED or GONE)."""
        page = Page(
            url=response.url,
            site=urlsplit(response.url).netloc,
            fetched_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
            source=site.name,
            status=response.status,
            encoding=read.encoding if read is not None else "binary",
            media_type=media_type,
            headers={
                k.decode("latin-1"): b", ".join(v).decode("latin-1")
                for k, v in response.headers.items()
            },
            body=response.body,
        )
        return PageItem(page, read.found if read is not None else None, kind)

    def _follow(
        self, links: Collection[str], site: Site, pager: Collection[str] = frozenset()
    ) -> Iterator[scrapy.Request]:
        for target in links:
            if target in self.scheduled:  # offered already: the dupefilter would drop it
                continue
            if not site.is_own_host(target) or target.lower().split("?")[0].endswith(
                _SKIPPED_EXTENSIONS
            ):
                continue
            if site.classify(target) == "deny":
                continue
            meta = {PAGINATION: True} if target in pager else {}
            yield _request(target, site, self.parse, meta=meta)


def _media_type(content_type: str, body: bytes) -> str:
    """How a readable body is read: as a PDF, as plain text or as HTML."""
    if content_type == PDF or (content_type in PDF_TYPES and is_pdf(body)):
        return PDF
    return PLAIN if content_type == PLAIN else "text/html"


def _request(url: str, site: Site, callback: Any, **kwargs: Any) -> scrapy.Request:
    """A request of a site's page, with the Authorization of a start URL given with
    user:password@ (its hosts only)."""
    headers = {"Authorization": site.authorization} if site.authorization else {}
    return scrapy.Request(
        url, callback=callback, cb_kwargs={"site": site}, headers=headers, **kwargs
    )
