"""The essays spider as Scrapy builds it (get_crawler), fed the sample site's responses.

Pages are read in-process here (EXTRACT_WORKERS=0); the crawl tests run the worker pool.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from crawler.items import PageItem
from crawler.spiders.essays import EssaysSpider
from demo.essays import load_essays
from demo.site import build_sites

SITES = build_sites()
BASE = "http://127.0.0.1:1"


@pytest.fixture
def spider(project_settings: dict[str, Any]) -> EssaysSpider:
    settings = {**project_settings, "ESSAYS_MAX_PAGE_BYTES": 100_000, "EXTRACT_WORKERS": 0}
    crawler = get_crawler(EssaysSpider, settings)
    built: EssaysSpider = EssaysSpider.from_crawler(crawler, start_urls=BASE + "/")
    crawler.stats.open_spider()  # type: ignore[union-attr]
    return built


def run(spider: EssaysSpider, response: HtmlResponse) -> list[Any]:
    """What the spider's (async) callback yields for a response."""

    async def collect() -> list[Any]:
        return [o async for o in spider.parse(response, spider.sites[0])]

    return asyncio.run(collect())


def parse(spider: EssaysSpider, host: str, path: str) -> tuple[list[PageItem], list[Request]]:
    page = SITES[host][path]
    response = HtmlResponse(
        url=BASE + path, body=page.body, headers={"Content-Type": page.content_type}
    )
    out = run(spider, response)
    return [o for o in out if isinstance(o, PageItem)], [o for o in out if isinstance(o, Request)]


def test_an_article_is_decoded_once_and_its_links_followed(spider: EssaysSpider) -> None:
    # Big5 with the charset in <meta> only.
    items, requests = parse(spider, "news", "/sxll/2026-02/15/content_10135.html")
    (item,) = items
    assert item.page.encoding == "big5hkscs" and item.found is not None
    (essay,) = item.found.essays
    assert "黨建" in essay.text and essay.fingerprints is not None  # read and fingerprinted
    assert item.page.site == "127.0.0.1:1" and item.page.source == "127.0.0.1:1"
    assert requests and all(r.url.startswith(BASE) for r in requests)


def test_a_listing_is_followed_and_judged_by_what_extraction_finds(spider: EssaysSpider) -> None:
    (item,), requests = parse(spider, "magazine", "/")
    assert item.found is not None and item.found.kind == "listing" and len(requests) >= 3


def test_a_site_url_rule_settles_the_kind(project_settings: dict[str, Any], tmp_path: Any) -> None:
    sites = tmp_path / "sites.toml"
    sites.write_text(
        f'[sites.mag]\nstart_urls = ["{BASE}/"]\nlisting_patterns = ["/$"]\n'
        'article_patterns = ["/articles/"]\n',
        encoding="utf-8",
    )
    settings = {**project_settings, "ESSAYS_SITES_FILE": str(sites), "EXTRACT_WORKERS": 0}
    crawler = get_crawler(EssaysSpider, settings)
    built: EssaysSpider = EssaysSpider.from_crawler(crawler, site="mag")
    crawler.stats.open_spider()  # type: ignore[union-attr]
    items, _ = parse(built, "magazine", "/")
    (article,), _ = parse(built, "magazine", "/articles/2025061201.html")
    assert items == [] and article.found is not None and article.found.kind == "article"
    assert crawler.stats.get_value("essays/pages/listing") == 1  # type: ignore[union-attr]


def test_a_pdf_goes_to_extraction_undecoded(spider: EssaysSpider) -> None:
    (item,), _ = parse(spider, "docs", "/download/2023091512345678.pdf")
    assert item.page.media_type == "application/pdf" and item.page.encoding == "binary"
    assert item.found is not None and item.found.kind == "pdf" and item.found.essays


def test_a_page_over_the_size_limit_is_skipped_and_counted(spider: EssaysSpider) -> None:
    big = HtmlResponse(url=BASE + "/big.html", body=b"<p>" + b"x" * 200_000 + b"</p>")
    assert run(spider, big) == []
    assert spider.crawler.stats.get_value("essays/skipped/too_large") == 1  # type: ignore[union-attr]


def test_a_plain_text_article_is_archived_as_such(spider: EssaysSpider) -> None:
    essay = load_essays()["ronghe-lujing"]
    body = (essay.title + "\n\n" + "\n\n".join(essay.paragraphs)).encode("utf-8")
    response = HtmlResponse(
        url=BASE + "/a/1.txt", body=body, headers={"Content-Type": "text/plain; charset=utf-8"}
    )
    (item,) = [o for o in run(spider, response) if isinstance(o, PageItem)]
    assert item.page.media_type == "text/plain" and item.found is not None
    assert [e.title for e in item.found.essays] == [essay.title]
