"""End to end: scheduled re-crawls revalidate, keep versions and mark what is gone.

A site of 20 articles under one listing, served with ETag and Last-Modified and answering
304 to a conditional request for an unchanged page. Three crawls on one archive: the
first stores everything; the second, of the unchanged site, revalidates every article
and creates no version; before the third, one article's text changes and one article
is removed (404).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from demo.crawl import crawl, crawl_stat, export_rows
from demo.essays import load_essays
from demo.server import Served, serve
from demo.site import Page
from demo.varied_sites import seed_compilation
from demo.web import article, listing, numbered_site

pytestmark = pytest.mark.e2e

ARTICLES = 20
CHANGED, REMOVED, COMPILATION = "/a/3.html", "/a/7.html", "/issue/1.html"
THREE = [
    load_essays()[slug]
    for slug in ("zhengjiguan-yinling", "zhengjiguan-xingdong", "tongzhan-dongguashan")
]
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def crawls(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    db = tmp_path_factory.mktemp("revisits") / "archive.db"
    site = numbered_site(ARTICLES)
    site[COMPILATION] = seed_compilation(THREE)
    site["/"] = listing([*site, COMPILATION])
    log: list[Served] = []
    found: dict[str, Any] = {}
    with serve({"site": site}, validators=True, log=log) as hosts:
        start = [hosts["site"] + "/"]
        for run in ("first", "second"):
            log.clear()
            found[run] = crawl(start, db, {"LOG_LEVEL": "INFO"})
            found[f"{run}_served"] = list(log)
            found[f"{run}_rows"] = {row["url"]: row for row in export_rows(db)}
        site[CHANGED] = Page(
            article(3, extra="<p>这是第3篇文章改写后新加的一段，内容与原文不同。</p>")
        )
        del site[REMOVED]
        site[COMPILATION] = seed_compilation(THREE[:2])
        log.clear()
        found["third"] = crawl(start, db, {"LOG_LEVEL": "INFO"})
        found["third_served"] = list(log)
        found["third_rows"] = {row["url"]: row for row in export_rows(db)}
        fresh = db.with_name("fresh.db")
        for run in ("fresh_first", "fresh_second"):
            log.clear()
            found[run] = crawl(start, fresh, {"ESSAYS_REVISIT_DAYS": "1", "LOG_LEVEL": "INFO"})
            found[f"{run}_served"] = list(log)
    found["base"] = hosts["site"]
    found["db"] = db
    return found


def articles(served: list[Served]) -> list[Served]:
    return [s for s in served if s.path.startswith("/a/")]


def test_crawls_exit_cleanly(crawls: dict[str, Any]) -> None:
    for run in ("first", "second", "third", "fresh_first", "fresh_second"):
        assert crawls[run].returncode == 0, crawls[run].stderr[-2000:]


def test_second_crawl_of_an_unchanged_site_revalidates_and_changes_nothing(
    crawls: dict[str, Any],
) -> None:
    served = articles(crawls["second_served"])
    assert len(served) == ARTICLES
    assert sum(s.conditional for s in served) >= 0.9 * len(served)
    assert all(s.status == 304 for s in served)
    log = crawls["second"].stderr
    assert crawl_stat(log, "essays/pages/not_modified") == ARTICLES + 1  # and the compilation
    assert crawl_stat(log, "archive/changed") == crawl_stat(log, "archive/stored") == 0
    first, second = crawls["first_rows"], crawls["second_rows"]
    assert set(first) == set(second)
    for url, row in second.items():
        before = {k: v for k, v in first[url].items() if k != "last_seen_at"}
        assert {k: v for k, v in row.items() if k != "last_seen_at"} == before
        assert row["last_seen_at"] >= first[url]["last_seen_at"]


def test_a_changed_page_gets_exactly_one_new_version(crawls: dict[str, Any]) -> None:
    base, rows = crawls["base"], crawls["third_rows"]
    changed = rows[base + CHANGED]
    assert changed["version"] == 2 and "改写后新加的一段" in changed["text"]
    assert [r["url"] for r in rows.values() if r["version"] != 1] == [base + CHANGED]
    assert crawl_stat(crawls["third"].stderr, "archive/changed") == 1
    listed = subprocess.run(
        [sys.executable, "-m", "archive", "versions", "--db", str(crawls["db"]),
         base + CHANGED, "--json"],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    versions = json.loads(listed.stdout)
    assert [v["version"] for v in versions] == [2, 1]
    assert "改写后新加的一段" not in versions[1]["text"]
    assert versions[1]["text"] == crawls["first_rows"][base + CHANGED]["text"]


def test_a_page_turned_404_is_marked_gone_and_still_exported(crawls: dict[str, Any]) -> None:
    base, rows = crawls["base"], crawls["third_rows"]
    gone = rows[base + REMOVED]
    assert (
        gone["gone_at"] is not None and gone["text"] == crawls["first_rows"][base + REMOVED]["text"]
    )
    third = base + COMPILATION + "#essay-3"
    assert sorted(u for u, r in rows.items() if r["gone_at"]) == sorted([base + REMOVED, third])
    assert crawl_stat(crawls["third"].stderr, "archive/gone") == 2


def test_a_compilation_holding_fewer_essays_marks_the_extra_one_gone(
    crawls: dict[str, Any],
) -> None:
    base, first, rows = crawls["base"], crawls["first_rows"], crawls["third_rows"]
    urls = [base + COMPILATION + f"#essay-{n}" for n in (1, 2, 3)]
    assert all(url in first and first[url]["gone_at"] is None for url in urls)
    assert [rows[url]["gone_at"] is not None for url in urls] == [False, False, True]
    assert rows[urls[2]]["text"] == first[urls[2]]["text"]


def test_revisit_days_skips_articles_fetched_within_them(crawls: dict[str, Any]) -> None:
    assert len(articles(crawls["fresh_first_served"])) == ARTICLES
    # Only the removed article is requested again: it was never stored.
    assert [s.path for s in articles(crawls["fresh_second_served"])] == [REMOVED]
    assert (
        crawl_stat(crawls["fresh_second"].stderr, "essays/revisit/not_due") == ARTICLES
    )  # less /a/7, plus the compilation
