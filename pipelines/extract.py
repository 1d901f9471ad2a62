"""ExtractPipeline: raw page → clean essays with title, author, date (essaytext.extract)."""

from __future__ import annotations

import re

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.statscollectors import StatsCollector

from crawler.items import EssayItem, EssayText
from essaytext.extract import extract_documents
from essaytext.pdf import extract_pdf


class ExtractPipeline:
    """Fill an item's essays; drop pages without an essay (counted in stats)."""

    def __init__(self, stats: StatsCollector, *, min_chars: int = 80) -> None:
        self.stats = stats
        self.min_chars = min_chars

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractPipeline:
        assert crawler.stats is not None
        return cls(crawler.stats, min_chars=crawler.settings.getint("EXTRACT_MIN_CHARS"))

    def process_item(self, item: EssayItem) -> EssayItem:
        try:
            if item.media_type == "application/pdf":
                found = extract_pdf(item.body)
                documents = [found] if found else []
            else:
                documents = extract_documents(
                    item.body.decode(item.encoding, errors="replace"),
                    item.url,
                    prune_xpaths=item.prune_xpaths,
                    line_patterns=tuple(re.compile(p) for p in item.clutter_patterns),
                )
        except Exception as exc:  # a malformed page must not stop the crawl
            self.stats.inc_value("extract/dropped/error")
            raise DropItem(f"extraction failed on {item.url}: {exc!r}") from exc
        documents = [d for d in documents if len(d.text) >= self.min_chars]
        if not documents:
            self.stats.inc_value("extract/dropped/no_text")
            raise DropItem(f"no essay text on {item.url}")
        if len(documents) > 1:
            self.stats.inc_value("extract/compilation_pages")
        item.essays = [
            EssayText(
                url=f"{item.url.split('#', 1)[0]}#{d.fragment}" if d.fragment else item.url,
                title=d.title,
                author=d.author,
                published=d.published,
                text=d.text,
                script=d.script,
            )
            for d in documents
        ]
        self.stats.inc_value("extract/essays", len(documents))
        return item
