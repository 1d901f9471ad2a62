"""The essays spider: follows links on configured hosts and yields every page to the pipelines, which judge it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Collection, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlsplit

import lxml.html
import scrapy
from scrapy.crawler import Crawler
from scrapy.http import Response
from w3lib.url import safe_url_string

from archive.records import Page
from crawler.discovery import feed_urls, sitemap_urls
from crawler.items import GONE, PageItem
from crawler.middlewares.conditional import NOT_DUE, NOT_MODIFIED
from crawler.middlewares.paging import PAGINATION, pagination_links
from crawler.sites import Site, sites_for
from essaytext.encoding import content_type_charset, decode_html
from essaytext.markup import parse_markup
from essaytext.page import PDF, PLAIN, SiteRules
from essaytext.pdf import is_pdf
from essaytext.verdict import LISTING

# Content types that may hold an essay page; anything else is skipped and counted.
HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "")
# Types under which servers send PDFs besides application/pdf (checked by the file's magic).
PDF_TYPES = ("application/octet-stream", "application/x-pdf", "binary/octet-stream", "")
_SKIPPED_EXTENSIONS = (
    ".jpg",
    ".jpeg",
    ".png",
    ".gif",
    ".webp",
    ".svg",
    ".ico",
    ".css",
    ".js",
    ".zip",
    ".rar",
    ".7z",
    ".gz",
    ".mp3",
    ".mp4",
    ".avi",
    ".flv",
    ".exe",
    ".apk",
    ".doc",
    ".docx",
    ".xls",
    ".xlsx",
)


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
        self.max_page_bytes = 0  # from ESSAYS_MAX_PAGE_BYTES, in from_crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> EssaysSpider:
        spider: EssaysSpider = super().from_crawler(crawler, *args, **kwargs)
        spider.sites = sites_for(
            Path(crawler.settings.get("ESSAYS_SITES_FILE")),
            site=spider.site_name,
            start_urls=spider.start_url_arg,
        )
        spider.max_page_bytes = crawler.settings.getint("ESSAYS_MAX_PAGE_BYTES")
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

    def parse(self, response: Response, site: Site) -> Iterator[PageItem | scrapy.Request]:
        """Yield the page as an item (extraction judges it), and follow its links on the site's hosts."""
        if not site.is_own_host(response.url):  # a redirect or meta refresh led off the site
            self._skip("offsite_redirect", response)
            return
        if response.status in (404, 410):
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value(f"essays/pages/gone_{response.status}")
            yield self._item(response, site, None, encoding="binary", kind=GONE)
            return
        if NOT_MODIFIED in response.flags:
            yield from self._not_modified(response, site)
            return
        raw_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        content_type = raw_type.split(";")[0].strip().lower()
        body = response.body
        if not body.strip():
            self._skip("empty", response)
            return
        if len(body) > self.max_page_bytes:
            self._skip("too_large", response)
            return
        if content_type == PDF or (content_type in PDF_TYPES and is_pdf(body)):
            # Document sites serve essays as PDF: every PDF on a followed host is a candidate.
            yield self._item(response, site, None, encoding="binary")
            return
        if content_type not in HTML_TYPES:
            self._skip("not_html", response)
            return
        if b"\x00" in body[:4096] and not body.startswith((b"\xff\xfe", b"\xfe\xff")):
            self._skip("binary", response)
            return
        html, encoding = decode_html(body, content_type_charset(raw_type), site.encoding)
        assert self.crawler.stats is not None
        if replaced := html.count("\ufffd"):  # broken sequences kept as U+FFFD, counted
            self.crawler.stats.inc_value("essays/decode/replaced_sequences", replaced)
        root = parse_markup(html)
        links = page_links(root, response.url) if root is not None else []
        pager = pagination_links(root) if root is not None else set()
        # Article or not is the extraction pipeline's verdict, from what it finds; a site's
        # URL rule can settle it beforehand.
        kind = site.classify(response.url)
        if kind == "deny":
            self._skip("denied", response)
        elif kind == LISTING:
            self.crawler.stats.inc_value("essays/pages/listing")
            self.logger.debug("listing (the site's URL patterns): %s", response.url)
        else:
            yield self._item(
                response, site, html, encoding=encoding, plain=content_type == PLAIN, kind=kind
            )
        yield from self._follow(links, site, pager)

    def _not_modified(self, response: Response, site: Site) -> Iterator[PageItem | scrapy.Request]:
        """A stored page, not modified: its documents were seen; its stored links are followed."""
        assert self.crawler.stats is not None
        if NOT_DUE not in response.flags:  # revalidated: seen now (not so when not requested)
            self.crawler.stats.inc_value("essays/pages/not_modified")
            yield self._item(response, site, None, encoding="binary", kind=NOT_MODIFIED)
        if not is_pdf(response.body):
            raw_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
            html, _ = decode_html(response.body, content_type_charset(raw_type), site.encoding)
            root = parse_markup(html)
            yield from self._follow(
                page_links(root, response.url) if root is not None else [], site
            )

    def _item(
        self,
        response: Response,
        site: Site,
        html: str | None,
        *,
        encoding: str,
        plain: bool = False,
        kind: str | None = None,
    ) -> PageItem:
        page = Page(
            url=response.url,
            site=urlsplit(response.url).netloc,
            fetched_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
            source=site.name,
            status=response.status,
            encoding=encoding,
            media_type=PDF if html is None else PLAIN if plain else "text/html",
            headers={
                k.decode("latin-1"): b", ".join(v).decode("latin-1")
                for k, v in response.headers.items()
            },
            body=response.body,
        )
        rules = SiteRules(site.prune_xpaths, site.clutter_patterns, site.encoding)
        return PageItem(page, html, rules, kind)

    def _follow(
        self, links: list[str], site: Site, pager: Collection[str] = frozenset()
    ) -> Iterator[scrapy.Request]:
        for target in links:
            if not site.is_own_host(target) or target.lower().split("?")[0].endswith(
                _SKIPPED_EXTENSIONS
            ):
                continue
            if site.classify(target) == "deny":
                continue
            meta = {PAGINATION: True} if target in pager else {}
            yield _request(target, site, self.parse, meta=meta)


def page_links(root: lxml.html.HtmlElement, url: str) -> list[str]:
    """Absolute http(s) URLs of a page's <a>/<area> links, once each, in page order.

    From our own decoding of the page, so pages with a wrong charset still give theirs.
    """
    root.make_links_absolute(url, resolve_base_href=True, handle_failures="discard")
    found: dict[str, None] = {}
    for element in root.iter("a", "area"):
        href = (element.get("href") or "").strip()
        if href.startswith(("http://", "https://")):
            found.setdefault(safe_url_string(href.split("#", 1)[0], encoding="utf-8"), None)
    return list(found)


def _request(url: str, site: Site, callback: Any, **kwargs: Any) -> scrapy.Request:
    """A request of a site's page, with the Authorization of a start URL given with
    user:password@ (its hosts only)."""
    headers = {"Authorization": site.authorization} if site.authorization else {}
    return scrapy.Request(
        url, callback=callback, cb_kwargs={"site": site}, headers=headers, **kwargs
    )
