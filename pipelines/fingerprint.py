"""FingerprintPipeline: clean text → simhash and passage keys, from one normalization."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from scrapy.crawler import Crawler

from archive import ArchiveError
from archive.schema import peek
from crawler.config import explicit
from crawler.items import PageItem
from essaytext.fingerprint import fingerprints


class FingerprintPipeline:
    """Fingerprint each essay; matching happens where the index lives (ArchivePipeline).

    The n-gram size is the archive's own (it keeps the one it was built with), unless
    SIMHASH_NGRAM is given for this crawl; the archive checks the two agree.
    """

    def __init__(self, *, ngram: int, archive: Path | None = None) -> None:
        self.ngram = ngram
        self.archive = archive

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FingerprintPipeline:
        settings = crawler.settings
        given = explicit(settings, "SIMHASH_NGRAM")
        archive = None if given else Path(settings.get("ARCHIVE_DB"))
        return cls(ngram=settings.getint("SIMHASH_NGRAM"), archive=archive)

    def open_spider(self) -> None:
        if self.archive is not None:
            try:
                kept = peek(self.archive).get("simhash_ngram")
            except ArchiveError:
                kept = None  # ArchivePipeline refuses the file and closes the spider
            self.ngram = int(kept) if kept else self.ngram

    def process_item(self, item: PageItem) -> PageItem:
        item.essays = [
            replace(essay, fingerprints=fingerprints(essay.text, self.ngram))
            for essay in item.essays
        ]
        return item
