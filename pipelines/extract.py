"""ExtractPipeline: a fetched page → its clean essays with title, author, date (essaytext.page)."""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.statscollectors import StatsCollector

from crawler.items import GONE, PageItem
from crawler.middlewares.conditional import NOT_MODIFIED
from essaytext.page import extract_page
from essaytext.verdict import LISTING
from pipelines.templates import SiteTemplates, site_templates


class ExtractPipeline:
    """Fill an item's essays; count every page's verdict; drop pages without an essay (said why)."""

    def __init__(self, stats: StatsCollector, *, min_chars: int, templates: SiteTemplates) -> None:
        self.stats = stats
        self.min_chars = min_chars
        self.templates = templates

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractPipeline:
        assert crawler.stats is not None
        return cls(
            crawler.stats,
            min_chars=crawler.settings.getint("EXTRACT_MIN_CHARS"),
            templates=site_templates(crawler),
        )

    def process_item(self, item: PageItem) -> PageItem:
        page = item.page
        if item.kind in (NOT_MODIFIED, GONE):  # nothing to extract: the archive marks it
            return item
        try:
            found = extract_page(
                url=page.url,
                media_type=page.media_type,
                body=page.body,
                html=item.html,
                encoding=page.encoding,
                rules=item.rules,
                template=self.templates.template(page.site),
                kind=item.kind,
                min_chars=self.min_chars,
            )
        except Exception as exc:  # a malformed page must not stop the crawl
            self.stats.inc_value("extract/dropped/error")
            raise DropItem(f"extraction failed on {page.url}: {exc!r}"[:500]) from exc
        self.templates.observe(page.site, page.url, found.seen)
        self.stats.inc_value(f"essays/pages/{found.kind}")
        essays = found.essays
        if not essays:
            # Listings are the crawl's way on, not a loss: said at DEBUG, counted above.
            level = "DEBUG" if found.kind == LISTING else "INFO"
            raise DropItem(f"{found.kind} ({found.why}): {page.url}", log_level=level)
        if len(essays) > 1:
            self.stats.inc_value("extract/compilation_pages")
        item.essays = essays
        self.stats.inc_value("extract/essays", len(essays))
        return item
