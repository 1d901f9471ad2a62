"""Pagination does not spend the depth budget: page 40 of a listing is still the listing.

The spider marks the links of a listing's pager (下一页, 下页, 尾页, next, ›, page numbers,
rel="next") with meta "pagination"; this depth middleware gives such a request its
listing's depth instead of one more, and counts the pages of each listing chain, which
ESSAYS_MAX_LISTING_PAGES bounds.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.spidermiddlewares.depth import DepthMiddleware

PAGINATION = "pagination"
_PAGER_TEXT = re.compile(
    r"^(?:下一?页|下页|后页|尾页|末页|最后一页|next(?:\s*page)?|›|»|>>|\d{1,3}|\[\d{1,3}\])$",
    re.IGNORECASE,
)


def pagination_links(root: HtmlElement) -> set[str]:
    """The absolute URLs of a page's pager links (call after make_links_absolute)."""
    found = set()
    for anchor in root.iter("a"):
        href = (anchor.get("href") or "").split("#", 1)[0]
        text = anchor.text_content().strip()
        if href.startswith(("http://", "https://")) and (
            _PAGER_TEXT.match(text) or "next" in (anchor.get("rel") or "").lower()
        ):
            found.add(href)
    return found


class PagingDepthMiddleware(DepthMiddleware):
    """Scrapy's depth middleware, but a listing's next pages keep the listing's depth."""

    max_listing_pages = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PagingDepthMiddleware:
        middleware: PagingDepthMiddleware = super().from_crawler(crawler)
        middleware.max_listing_pages = crawler.settings.getint("ESSAYS_MAX_LISTING_PAGES")
        return middleware

    def get_processed_request(self, request: Request, response: Response | None) -> Request | None:
        if response is None or not request.meta.get(PAGINATION):
            return super().get_processed_request(request, response)
        page = int(response.meta.get("listing_page", 1)) + 1
        if self.max_listing_pages and page > self.max_listing_pages:
            self.stats.inc_value("essays/skipped/listing_pages")
            return None
        request.meta["listing_page"] = page
        request.meta["depth"] = response.meta.get("depth", 0)
        return request
