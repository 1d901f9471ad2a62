"""The spider's memo of URLs offered to the scheduler (crawler/scheduled.py), on a real
crawler's signals, and a crawl of a site whose every page links every other."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from scrapy import Request, signals
from scrapy.utils.test import get_crawler

from crawler.scheduled import ScheduledUrls
from demo.crawl import crawl, crawl_stat, export_rows
from demo.server import Served, serve
from demo.site import ROBOTS, Page


def _memo(limit: int = 3) -> tuple[ScheduledUrls, object]:
    crawler = get_crawler()
    memo = ScheduledUrls.from_crawler(crawler)
    memo.limit = limit
    return memo, crawler


def test_remembers_what_reached_the_scheduler_and_forgets_the_oldest() -> None:
    memo, crawler = _memo(limit=8)
    for n in range(11):
        crawler.signals.send_catch_log(  # type: ignore[attr-defined]
            signals.request_scheduled, request=Request(f"http://a.test/{n}"), spider=None
        )
        remembered = {k for k in range(n + 1) if f"http://a.test/{k}" in memo}
        # at least the newest half of the limit, never more than the limit
        assert set(range(max(n - 3, 0), n + 1)) <= remembered and len(remembered) <= 8
    assert "http://a.test/0" not in memo  # the oldest, forgotten: it would be offered again
    assert "http://a.test/11" not in memo and len(memo) <= 8


def test_requests_the_dupefilter_does_not_hold_are_not_remembered() -> None:
    memo, crawler = _memo()
    for request in (
        Request("http://a.test/start", dont_filter=True),  # a start URL, a retry
        Request("http://a.test/form", method="POST", body=b"q=1"),
    ):
        crawler.signals.send_catch_log(  # type: ignore[attr-defined]
            signals.request_scheduled, request=request, spider=None
        )
    assert len(memo) == 0


def _web(pages: int) -> dict[str, Page]:
    """Every page links every page and the home page, as a site's menu and sidebar do."""
    links = "".join(f'<li><a href="/p/{n}.html">第{n}篇</a></li>' for n in range(pages))
    paragraph = "这是一篇关于乡村教育的文章，作者回忆了自己在山村小学教书的日子。" * 6
    site = {"/robots.txt": Page(ROBOTS, "text/plain")}
    for n in range(pages):
        body = (
            f"<html><head><title>第{n}篇</title></head><body><ul>{links}</ul>"
            f"<h1>第{n}篇文章</h1><p>第{n}篇。{paragraph}</p><p>{paragraph}</p>"
            '<a href="/">首页</a></body></html>'
        )
        site[f"/p/{n}.html"] = Page(body.encode(), "text/html; charset=utf-8")
    site["/"] = Page(f"<html><body><ul>{links}</ul></body></html>".encode(), "text/html")
    return site


@pytest.mark.e2e
def test_a_crawl_fetches_each_page_once_and_makes_no_request_it_would_drop(
    tmp_path: Path,
) -> None:
    served: list[Served] = []
    with serve({"web": _web(12)}, log=served) as hosts:
        result = crawl([hosts["web"] + "/"], tmp_path / "a.db", {"LOG_LEVEL": "INFO"})
    assert result.returncode == 0, result.stderr[-2000:]
    fetched = Counter(s.path for s in served)
    # robots.txt and the 12 pages once; "/" also as a link (a start URL is not filtered)
    assert fetched == Counter({"/robots.txt": 1, "/": 2, **{f"/p/{n}.html": 1 for n in range(12)}})
    # 13 pages offer 168 links: each URL was made a request once, so the dupefilter was
    # left next to nothing to drop (without the memo: 167).
    assert crawl_stat(result.stderr, "scheduler/enqueued") == 14
    assert crawl_stat(result.stderr, "dupefilter/filtered") <= 1
    assert len(export_rows(tmp_path / "a.db")) == 12
