"""End to end: a listing paginated only by 下一页 is archived whole with default settings, and
redirects or meta refreshes that leave the crawl's hosts archive nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from demo.crawl import crawl, crawl_stat, export_rows
from demo.server import serve
from demo.site import Page
from demo.web import article

pytestmark = pytest.mark.e2e

PER_PAGE, LISTING_PAGES = 5, 20


def paginated_site() -> dict[str, Page]:
    """/list/1.html … /list/20.html, five articles each, linked on only by 下一页."""
    pages: dict[str, Page] = {}
    for n in range(1, LISTING_PAGES + 1):
        first = (n - 1) * PER_PAGE + 1
        items = "".join(
            f'<li><a href="/a/{i}.html">第{i}篇文章</a></li>'
            for i in range(first, first + PER_PAGE)
        )
        pager = f'<a href="/list/{n + 1}.html">下一页</a>' if n < LISTING_PAGES else ""
        pages[f"/list/{n}.html"] = Page(
            f"<html><body><ul>{items}</ul>{pager}</body></html>".encode()
        )
        for i in range(first, first + PER_PAGE):
            pages[f"/a/{i}.html"] = Page(article(i))
    return pages


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    db = tmp_path_factory.mktemp("scope") / "archive.db"
    elsewhere = {"/a/1.html": Page(article(901)), "/a/2.html": Page(article(902))}
    with serve({"elsewhere": elsewhere}) as other:
        away = other["elsewhere"]
        site = paginated_site()
        refresh = f'<html><head><meta http-equiv="refresh" content="0; url={away}/a/2.html"></head></html>'
        site["/moved.html"] = Page(b"", redirect=f"{away}/a/1.html")
        site["/refresh.html"] = Page(refresh.encode())
        site["/list/1.html"] = Page(
            site["/list/1.html"].body.replace(
                b"</ul>",
                b'<li><a href="/moved.html">moved</a></li><li><a href="/refresh.html">r</a></li></ul>',
            )
        )
        with serve({"site": site}) as hosts:
            result = crawl([hosts["site"] + "/list/1.html"], db, {"LOG_LEVEL": "INFO"})
    return {"result": result, "rows": export_rows(db), "away": away, "db": Path(db)}


def test_the_crawl_succeeds(crawled: dict[str, Any]) -> None:
    assert crawled["result"].returncode == 0, crawled["result"].stderr[-2000:]


def test_a_listing_paginated_by_next_page_links_is_archived_whole(crawled: dict[str, Any]) -> None:
    paths = {row["url"].split("/", 3)[3] for row in crawled["rows"]}
    assert paths == {f"a/{i}.html" for i in range(1, PER_PAGE * LISTING_PAGES + 1)}


def test_redirects_off_the_crawls_hosts_archive_nothing(crawled: dict[str, Any]) -> None:
    assert not [row for row in crawled["rows"] if row["url"].startswith(crawled["away"])]
    assert crawl_stat(crawled["result"].stderr, "essays/skipped/offsite_redirect") == 2
