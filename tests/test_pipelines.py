"""The pipelines as Scrapy builds them: get_crawler() + build_from_crawler(), a real archive."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider, DropItem
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.spider import DefaultSpider
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

from archive import Archive, Page
from crawler.commands.crawl import failure
from crawler.config import crawl_ngram
from crawler.items import PageItem
from crawler.pagework import PageJob, read_page
from demo.essays import load_essays
from essaytext.fingerprint import fingerprints
from pipelines.archive import ArchivePipeline
from pipelines.verdict import VerdictPipeline

ESSAYS = load_essays()


def page_item(url: str, html: str, ngram: int = 4) -> PageItem:
    """A page's item as the spider yields it: read (in-process) as a worker reads it."""
    body = html.encode("utf-8")
    page = Page(url, "127.0.0.1:1", "2026-11-30T00:00:00+00:00", body=body)
    return PageItem(page, read_page(PageJob(url, body, "text/html", ngram=ngram)).found)


def article_item(
    url: str = "http://127.0.0.1:1/a/1.html", slug: str = "ronghe-lujing", ngram: int = 4
) -> PageItem:
    essay = ESSAYS[slug]
    body = "".join(f"<p>{p}</p>" for p in essay.paragraphs)
    html = f"<html><head><title>{essay.title}</title></head><body><h1>{essay.title}</h1>{body}</body></html>"
    return page_item(url, html, ngram)


@pytest.fixture
def crawler_with(tmp_path: Path, project_settings: dict[str, Any]) -> Callable[..., Crawler]:
    """Crawlers with the project's settings, the archive in tmp_path, and -s overrides."""

    def make(**overrides: Any) -> Crawler:
        # Overrides as a crawl gives them: above the project's priority (like -s NAME=VALUE).
        spider = type("Spider", (DefaultSpider,), {"custom_settings": overrides})
        crawler = get_crawler(
            spider, settings_dict={**project_settings, "ARCHIVE_DB": str(tmp_path / "a.db")}
        )
        crawler.stats.open_spider()  # type: ignore[union-attr]
        return crawler

    return make


def through(crawler: Crawler, item: PageItem) -> PageItem:
    return build_from_crawler(VerdictPipeline, crawler).process_item(item)


def test_the_verdict_keeps_the_essays_and_the_repr_stays_short(
    tmp_path: Path, crawler_with: Callable[..., Crawler]
) -> None:
    crawler = crawler_with()
    item = build_from_crawler(VerdictPipeline, crawler).process_item(article_item())
    assert [e.title for e in item.essays] == [ESSAYS["ronghe-lujing"].title]
    assert ESSAYS["ronghe-lujing"].paragraphs[1] in item.essays[0].text
    assert repr(item) == "<PageItem http://127.0.0.1:1/a/1.html essays=1>"
    assert crawler.stats.get_value("extract/essays") == 1  # type: ignore[union-attr]


def test_the_verdict_drops_a_page_without_an_essay_and_counts_it(
    tmp_path: Path, crawler_with: Callable[..., Crawler]
) -> None:
    crawler = crawler_with()
    item = page_item("http://127.0.0.1:1/a/1.html", "<html><body><p>短。</p></body></html>")
    with pytest.raises(
        DropItem, match=r"^no_essay \(main text .*\): http://127\.0\.0\.1:1/a/1\.html"
    ):
        build_from_crawler(VerdictPipeline, crawler).process_item(item)
    assert crawler.stats.get_value("essays/pages/no_essay") == 1  # type: ignore[union-attr]


def test_every_page_verdict_is_counted_and_a_listing_dropped_quietly(
    crawler_with: Callable[..., Crawler],
) -> None:
    crawler = crawler_with()
    pipeline = build_from_crawler(VerdictPipeline, crawler)
    pipeline.process_item(article_item())
    links = "".join(f'<li><a href="/a/{n}.html">第{n}篇文章的标题在这里</a></li>' for n in range(9))
    listing = page_item("http://127.0.0.1:1/", f"<html><body><ul>{links}</ul></body></html>")
    with pytest.raises(DropItem) as dropped:
        pipeline.process_item(listing)
    assert dropped.value.log_level == "DEBUG" and "links on the page" in str(dropped.value)
    stats = crawler.stats
    assert stats is not None
    assert stats.get_value("essays/pages/listing") == 1
    assert stats.get_value("essays/pages/article") == 1


def test_fingerprints_are_of_the_crawls_ngram(
    tmp_path: Path, crawler_with: Callable[..., Crawler]
) -> None:
    assert crawl_ngram(crawler_with(SIMHASH_NGRAM=3).settings) == 3
    item = through(crawler_with(), article_item(ngram=3))
    assert item.essays[0].fingerprints == fingerprints(item.essays[0].text, 3)
    crawler = crawler_with(SIMHASH_NGRAM=0)
    with pytest.raises(CloseSpider):  # validated once, where the archive records it
        build_from_crawler(ArchivePipeline, crawler).open_spider()
    assert "SIMHASH_NGRAM" in crawler.stats.get_value("archive/error")  # type: ignore[union-attr]


def test_an_archive_keeps_its_settings_unless_the_crawl_gives_them(
    tmp_path: Path, crawler_with: Callable[..., Crawler]
) -> None:
    Archive(tmp_path / "a.db", threshold=7, ngram=3).close()
    plain = crawler_with()  # no -s: the archive's own 3-grams and threshold 7
    archive = build_from_crawler(ArchivePipeline, plain)
    archive.open_spider()
    assert crawl_ngram(plain.settings) == 3 and archive.archive is not None
    assert (archive.archive.ngram, archive.archive.threshold) == (3, 7)
    archive.close_spider()
    given = build_from_crawler(ArchivePipeline, crawler_with(SIMHASH_THRESHOLD=4))
    given.open_spider()
    assert given.archive is not None and given.archive.threshold == 4
    given.close_spider()


def test_archive_stores_and_counts_only_what_it_committed(
    tmp_path: Path, crawler_with: Callable[..., Crawler]
) -> None:
    crawler = crawler_with(ARCHIVE_BATCH_SIZE=2)
    pipeline = build_from_crawler(ArchivePipeline, crawler)
    pipeline.open_spider()
    stats = crawler.stats
    assert stats is not None
    pipeline.process_item(through(crawler, article_item()))
    assert stats.get_value("archive/stored") is None  # pending in the open batch
    copy = article_item("http://127.0.0.1:1/a/2.html")
    pipeline.process_item(through(crawler, copy))
    assert stats.get_value("archive/stored") == 2
    pipeline.process_item(
        through(crawler, article_item("http://127.0.0.1:1/a/3.html", "jidian-sikao"))
    )
    pipeline.close_spider()
    assert stats.get_value("archive/stored") == 3 and stats.get_value("archive/duplicates") == 1
    with sqlite3.connect(tmp_path / "a.db") as conn:
        assert conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 3
    assert failure(stats.get_stats() | {"finish_reason": "finished"}) is None


def test_an_unusable_archive_closes_the_spider_with_one_line(
    tmp_path: Path, crawler_with: Callable[..., Crawler]
) -> None:
    (tmp_path / "a.db").mkdir()
    crawler = crawler_with()
    pipeline = build_from_crawler(ArchivePipeline, crawler)
    with pytest.raises(CloseSpider):
        pipeline.open_spider()
    error = crawler.stats.get_value("archive/error")  # type: ignore[union-attr]
    assert error == f"{tmp_path / 'a.db'} is a directory, not an archive file"
    pipeline.close_spider()


@pytest.mark.parametrize(
    ("stats", "why"),
    [
        ({"finish_reason": "finished"}, None),
        ({"finish_reason": "closespider_itemcount"}, None),
        ({"finish_reason": "finished", "archive/failed": 2}, "2 documents could not be stored"),
        ({"finish_reason": "archive_failed", "archive/error": "disk full"}, "disk full"),
        ({"finish_reason": "shutdown"}, "did not finish"),
        ({"finish_reason": "finished", "spider_exceptions/KeyError": 1}, "1 pages raised"),
        (
            {"finish_reason": "finished", "spider_exceptions/count": 1, "spider_exceptions/E": 1},
            "1 pages raised",
        ),
        ({"finish_reason": "finished", "extract/dropped/worker_died": 2}, "2 pages were not"),
        ({"finish_reason": "finished", "extract/dropped/timeout": 2}, None),
        ({}, "forced to stop"),
    ],
)
def test_the_crawl_exit_status_says_what_was_lost(stats: dict[str, Any], why: str | None) -> None:
    said = failure(stats)
    assert said is None if why is None else (said is not None and why in said)


def test_a_full_disk_counts_every_document_not_stored_once(
    tmp_path: Path, crawler_with: Callable[..., Crawler]
) -> None:
    crawler = crawler_with(ARCHIVE_BATCH_SIZE=2)
    pipeline = build_from_crawler(ArchivePipeline, crawler)
    pipeline.open_spider()
    assert pipeline.archive is not None
    pipeline.process_item(through(crawler, article_item()))
    (pages,) = pipeline.archive.conn.execute("PRAGMA page_count").fetchone()
    pipeline.archive.conn.execute(f"PRAGMA max_page_count = {pages}")  # no room left
    slugs = ["jidian-sikao", "jizhi-chuangxin", "tongzhan-dongguashan"]
    for n, slug in enumerate(slugs, 2):
        pipeline.process_item(
            through(crawler, article_item(f"http://127.0.0.1:1/a/{n}.html", slug))
        )
    pipeline.close_spider()
    stats = crawler.stats
    assert stats is not None and "full" in stats.get_value("archive/error")
    with sqlite3.connect(tmp_path / "a.db") as conn:
        present = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    assert stats.get_value("archive/stored", 0) == present
    assert stats.get_value("archive/failed") == 1 + len(slugs) - present


def test_an_error_in_any_pipeline_counts_as_not_stored(
    crawler_with: Callable[..., Crawler],
) -> None:
    crawler = crawler_with()
    pipeline = build_from_crawler(ArchivePipeline, crawler)
    item = through(crawler, article_item())
    pipeline.item_error(item, Failure(ValueError("a bug")))
    assert crawler.stats.get_value("archive/failed") == 1  # type: ignore[union-attr]
