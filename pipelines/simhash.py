"""SimhashPipeline: clean text → 64-bit simhash of its normalized character n-grams."""

from __future__ import annotations

from scrapy.crawler import Crawler

from crawler.items import EssayItem
from essaytext.fingerprint import fingerprint


class SimhashPipeline:
    """Set `item.simhash`. Matching against the archive happens where the index lives (ArchivePipeline)."""

    def __init__(self, *, ngram: int = 4) -> None:
        if ngram < 1:
            raise ValueError(f"SIMHASH_NGRAM must be at least 1, got {ngram}")
        self.ngram = ngram

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SimhashPipeline:
        return cls(ngram=crawler.settings.getint("SIMHASH_NGRAM"))

    def process_item(self, item: EssayItem) -> EssayItem:
        item.simhash = fingerprint(item.text, self.ngram)
        return item
