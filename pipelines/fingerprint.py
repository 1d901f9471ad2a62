"""FingerprintPipeline: clean text → simhash and passage keys, from one normalization."""

from __future__ import annotations

from dataclasses import replace

from scrapy.crawler import Crawler

from crawler.items import PageItem
from essaytext.fingerprint import fingerprints


class FingerprintPipeline:
    """Fingerprint each essay; matching happens where the index lives (ArchivePipeline)."""

    def __init__(self, *, ngram: int) -> None:
        self.ngram = ngram  # validated where the archive records it (one place)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FingerprintPipeline:
        return cls(ngram=crawler.settings.getint("SIMHASH_NGRAM"))

    def process_item(self, item: PageItem) -> PageItem:
        item.essays = [
            replace(essay, fingerprints=fingerprints(essay.text, self.ngram))
            for essay in item.essays
        ]
        return item
