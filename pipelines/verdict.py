"""VerdictPipeline: what extraction made of a page (crawler/pagework.py) is counted and learned
from; pages without an essay stop here, said why."""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.statscollectors import StatsCollector

from crawler.items import PageItem
from essaytext.verdict import LISTING
from pipelines.templates import SiteTemplates, site_templates


class VerdictPipeline:
    """Count every page's verdict, learn its site's template, keep its essays, drop the rest."""

    def __init__(self, stats: StatsCollector, templates: SiteTemplates) -> None:
        self.stats = stats
        self.templates = templates

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> VerdictPipeline:
        assert crawler.stats is not None
        return cls(crawler.stats, site_templates(crawler))

    def process_item(self, item: PageItem) -> PageItem:
        found, page = item.found, item.page
        if found is None:  # not modified or gone: the archive marks it
            return item
        self.templates.observe(page.site, page.url, found.seen)
        self.stats.inc_value(f"essays/pages/{found.kind}")
        if not found.essays:
            # Listings are the crawl's way on, not a loss: said at DEBUG, counted above.
            level = "DEBUG" if found.kind == LISTING else "INFO"
            raise DropItem(f"{found.kind} ({found.why}): {page.url}", log_level=level)
        if len(found.essays) > 1:
            self.stats.inc_value("extract/compilation_pages")
        item.essays = found.essays
        self.stats.inc_value("extract/essays", len(found.essays))
        return item
