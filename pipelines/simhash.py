"""SimhashPipeline: clean text → 64-bit simhash of its normalized character n-grams."""

from __future__ import annotations

from scrapy.crawler import Crawler

from crawler.items import EssayItem
from essaytext.fingerprint import fingerprint


class SimhashPipeline:
    """Fingerprint each essay; matching happens where the index lives (ArchivePipeline)."""

    def __init__(self, *, ngram: int = 4) -> None:
        if ngram < 1:
            raise ValueError(f"SIMHASH_NGRAM must be at least 1, got {ngram}")
        self.ngram = ngram

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SimhashPipeline:
        return cls(ngram=crawler.settings.getint("SIMHASH_NGRAM"))

    def process_item(self, item: EssayItem) -> EssayItem:
        for essay in item.essays:
            essay.simhash = fingerprint(essay.text, self.ngram)
        return item
