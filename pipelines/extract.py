"""ExtractPipeline: raw page → clean essay text, title, author, date (essaytext.extract)."""

from __future__ import annotations

import re

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.statscollectors import StatsCollector

from crawler.items import EssayItem
from essaytext.extract import extract


class ExtractPipeline:
    """Fill an item's text and metadata; drop pages without an essay (counted in stats)."""

    def __init__(self, stats: StatsCollector, *, min_chars: int = 80) -> None:
        self.stats = stats
        self.min_chars = min_chars

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractPipeline:
        assert crawler.stats is not None
        return cls(crawler.stats, min_chars=crawler.settings.getint("EXTRACT_MIN_CHARS"))

    def process_item(self, item: EssayItem) -> EssayItem:
        html = item.body.decode(item.encoding, errors="replace")
        try:
            result = extract(
                html,
                item.url,
                prune_xpaths=item.prune_xpaths,
                line_patterns=tuple(re.compile(p) for p in item.clutter_patterns),
            )
        except Exception as exc:  # a malformed page must not stop the crawl
            self.stats.inc_value("extract/dropped/error")
            raise DropItem(f"extraction failed on {item.url}: {exc!r}") from exc
        if result is None or len(result.text) < self.min_chars:
            self.stats.inc_value("extract/dropped/no_text")
            raise DropItem(f"no essay text on {item.url}")
        item.title = result.title
        item.author = result.author
        item.published = result.published
        item.text = result.text
        item.script = result.script
        self.stats.inc_value("extract/extracted")
        return item
