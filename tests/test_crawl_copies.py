"""End to end through real crawls: canonical changes, re-crawled changed pages, partial copies.

Three crawls of pages on 127.0.0.1 into one archive:
1. a reprint site only: its copy is the first and so the canonical;
2. the original site (an earlier publication date) and a page bundling two essays: the
   original takes over as canonical, the reprint now points at it, and the bundle records
   that it contains both;
3. the reprint page again, now carrying another essay: it leaves the cluster.
"""

from __future__ import annotations

import subprocess
from typing import Any

import pytest

from demo.crawl import crawl, export_rows
from demo.essays import load_essays
from demo.server import serve
from demo.site import Page

pytestmark = pytest.mark.e2e
ESSAYS = load_essays()


def _page(title: str, date: str, paragraphs: tuple[str, ...]) -> Page:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<h1>{title}</h1><p>发布时间：{date}</p><div class='content'>{body}</div></body></html>"
    )
    return Page(html.encode("utf-8"))


def _index(*paths: str) -> Page:
    links = "".join(f'<li><a href="{p}">文章{i}</a></li>' for i, p in enumerate(paths))
    return Page(f"<html><body><ul>{links}</ul></body></html>".encode())


@pytest.fixture(scope="module")
def crawls(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    yinling, xingdong = ESSAYS["zhengjiguan-yinling"], ESSAYS["zhengjiguan-xingdong"]
    tongzhan = ESSAYS["tongzhan-dongguashan"]
    reprint = {
        "/": _index("/r/1.html"),
        "/r/1.html": _page(yinling.title, "2025-09-01 08:00", yinling.paragraphs),
    }
    original = {
        "/": _index("/o/1.html", "/o/bundle.html"),
        "/o/1.html": _page(yinling.title, "2025-06-01 08:00", yinling.paragraphs),
        # Two essays run together under one heading: not a compilation the splitter knows.
        "/o/bundle.html": _page(
            "政绩观学习资料汇编", "2025-10-01 08:00", yinling.paragraphs + xingdong.paragraphs
        ),
    }
    db = tmp_path_factory.mktemp("copies") / "archive.db"
    results: dict[str, Any] = {}
    with serve({"reprint": reprint, "original": original}) as hosts:
        results["hosts"] = hosts
        results["first"] = crawl([hosts["reprint"] + "/"], db)
        results["rows1"] = {r["url"]: r for r in export_rows(db)}
        results["second"] = crawl([hosts["original"] + "/"], db)
        results["rows2"] = {r["url"]: r for r in export_rows(db)}
        reprint["/r/1.html"] = _page(tongzhan.title, "2025-09-02 08:00", tongzhan.paragraphs)
        results["third"] = crawl([hosts["reprint"] + "/"], db)
        results["rows3"] = {r["url"]: r for r in export_rows(db)}
    return results


def _ok(run: subprocess.CompletedProcess[str]) -> None:
    assert run.returncode == 0, run.stderr[-3000:]
    assert "Traceback" not in run.stderr


def test_crawls_succeed(crawls: dict[str, Any]) -> None:
    for name in ("first", "second", "third"):
        _ok(crawls[name])


def test_earlier_published_original_takes_over_as_canonical(crawls: dict[str, Any]) -> None:
    reprint = crawls["hosts"]["reprint"] + "/r/1.html"
    original = crawls["hosts"]["original"] + "/o/1.html"
    assert crawls["rows1"][reprint]["duplicate_of"] is None
    after = crawls["rows2"]
    assert after[original]["duplicate_of"] is None and after[original]["distance"] is None
    assert after[reprint]["duplicate_of"] == original
    assert after[reprint]["cluster"] == after[original]["cluster"]
    assert after[reprint]["distance"] == 0


def test_bundle_page_contains_the_essay(crawls: dict[str, Any]) -> None:
    rows = crawls["rows2"]
    bundle = crawls["hosts"]["original"] + "/o/bundle.html"
    reprint = crawls["hosts"]["reprint"] + "/r/1.html"
    original = crawls["hosts"]["original"] + "/o/1.html"
    contained = {c["url"]: c["overlap"] for c in rows[bundle]["contains"]}
    assert set(contained) == {reprint, original}
    assert all(overlap >= 0.95 for overlap in contained.values())
    assert [c["url"] for c in rows[original]["contained_in"]] == [bundle]
    assert rows[bundle]["cluster"] != rows[original]["cluster"]


def test_changed_page_is_reclustered_and_relations_follow(crawls: dict[str, Any]) -> None:
    rows = crawls["rows3"]
    reprint = crawls["hosts"]["reprint"] + "/r/1.html"
    original = crawls["hosts"]["original"] + "/o/1.html"
    bundle = crawls["hosts"]["original"] + "/o/bundle.html"
    assert rows[reprint]["title"] == ESSAYS["tongzhan-dongguashan"].title
    assert rows[reprint]["cluster"] != rows[original]["cluster"]
    assert rows[reprint]["duplicate_of"] is None and rows[reprint]["contained_in"] == []
    assert {c["url"] for c in rows[bundle]["contains"]} == {original}
    assert len(rows) == len(crawls["rows2"])  # a re-crawl adds no document
