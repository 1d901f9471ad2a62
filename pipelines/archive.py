"""ArchivePipeline: store each essay in the SQLite archive and set its cluster from the index."""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapy.crawler import Crawler
from scrapy.statscollectors import StatsCollector

from archive.store import Archive, Document
from crawler.items import EssayItem


class ArchivePipeline:
    """One archive connection per crawl; documents are committed in batches and on close."""

    def __init__(
        self,
        stats: StatsCollector,
        *,
        path: str,
        threshold: int,
        ngram: int,
        batch_size: int,
        commit_seconds: float,
    ) -> None:
        self.stats = stats
        self.path = path
        self.options = {
            "threshold": threshold,
            "ngram": ngram,
            "batch_size": batch_size,
            "commit_seconds": commit_seconds,
        }
        self.archive: Archive | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
        settings = crawler.settings
        assert crawler.stats is not None
        return cls(
            crawler.stats,
            path=settings.get("ARCHIVE_DB"),
            threshold=settings.getint("SIMHASH_THRESHOLD"),
            ngram=settings.getint("SIMHASH_NGRAM"),
            batch_size=settings.getint("ARCHIVE_BATCH_SIZE"),
            commit_seconds=settings.getfloat("ARCHIVE_COMMIT_SECONDS"),
        )

    def open_spider(self) -> None:
        self.archive = Archive(self.path, **self.options)  # type: ignore[arg-type]

    def close_spider(self) -> None:
        if self.archive is not None:
            self.archive.close()
            self.archive = None

    def process_item(self, item: EssayItem) -> EssayItem:
        assert self.archive is not None
        for essay in item.essays:
            assert essay.simhash is not None
            placement = self.archive.add(
                Document(
                    url=essay.url,
                    page_url=item.url,
                    site=urlsplit(item.url).netloc,
                    source=item.source,
                    title=essay.title,
                    author=essay.author,
                    published=essay.published,
                    text=essay.text,
                    script=essay.script,
                    simhash=essay.simhash,
                    fetched_at=item.fetched_at,
                    status=item.status,
                    encoding=item.encoding,
                    media_type=item.media_type,
                    headers=item.headers,
                    body=item.body,
                )
            )
            essay.cluster = placement.cluster
            essay.duplicate_of = placement.duplicate_of
            essay.distance = placement.distance
            self.stats.inc_value("archive/stored" if placement.created else "archive/updated")
            if placement.duplicate_of is not None:
                self.stats.inc_value("archive/duplicates")
        return item
