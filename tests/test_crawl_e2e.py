"""End to end: the real spider and pipelines crawl the sample site on 127.0.0.1 into a real archive.

The crawl runs as `scrapy crawl essays` in a subprocess from the project directory, exactly
as a user runs it; a Twisted reactor cannot be restarted inside one test process.
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

import pytest

from demo.crawl import crawl as run_scrapy
from demo.crawl import crawl_stat, export_rows
from demo.essays import load_essays
from demo.server import serve
from demo.site import EXPECTED_DOCUMENTS, Page, build_sites
from essaytext.fingerprint import hamming

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parent.parent
ESSAYS = load_essays()


def _article(title: str, paragraphs: tuple[str, ...], head: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head>{head}<title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>"
    )


def bad_input_site() -> dict[str, Page]:
    """Pages every crawler meets sooner or later, linked from one listing."""
    lujing, tongzhan, xingdong = (
        ESSAYS["ronghe-lujing"],
        ESSAYS["tongzhan-dongguashan"],
        ESSAYS["zhengjiguan-xingdong"],
    )
    malformed = (
        "<html><body><div><h1>"
        + xingdong.title
        + "<p>"
        + "<p><b>".join(xingdong.paragraphs)
        + "</div></span></table>"
    )
    pages = {
        # GBK with no charset anywhere: detection must find it.
        "/a/2026010101.html": Page(
            _article(lujing.title, lujing.paragraphs).encode("gbk"), "text/html"
        ),
        # GBK bytes under a header that claims UTF-8 (a copy of the blog's essay 1003).
        "/a/2026010102.html": Page(
            _article(tongzhan.title, tongzhan.paragraphs).encode("gbk"), "text/html; charset=utf-8"
        ),
        "/a/2026010103.html": Page(b"", "text/html; charset=utf-8"),
        "/a/2026010104.html": Page(
            b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "application/pdf"
        ),
        "/a/2026010105.html": Page(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "image/png"),
        "/a/2026010106.html": Page(b"\x00\x01\x02\x03" + bytes(range(256)) * 8, "text/html"),
        # Unclosed and misnested tags around a copy of the magazine's second essay.
        "/a/2026010107.html": Page(malformed.encode("utf-8"), "text/html; charset=utf-8"),
        # Larger than the crawl's ESSAYS_MAX_PAGE_BYTES below.
        "/a/2026010108.html": Page(
            _article("巨大的页面", ("很长的段落。" * 40_000,)).encode("utf-8")
        ),
    }
    links = "".join(f'<li><a href="{path}">条目 {path}</a></li>' for path in pages)
    pages["/"] = Page(f"<html><body><ul>{links}</ul></body></html>".encode())
    return pages


def run_crawl(urls: list[str], db: Path) -> subprocess.CompletedProcess[str]:
    return run_scrapy(urls, db, {"ESSAYS_MAX_PAGE_BYTES": "200000", "LOG_LEVEL": "INFO"})


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    db = tmp_path_factory.mktemp("crawl") / "archive.db"
    sites = {**build_sites(), "bad": bad_input_site()}
    with serve(sites) as hosts:
        first = run_crawl([url + "/" for url in hosts.values()], db)
        rows_first = export_rows(db)
        second = run_crawl([url + "/" for url in hosts.values()], db)
    return {
        "db": db,
        "hosts": hosts,
        "sites": sites,
        "first": first,
        "second": second,
        "rows": {r["url"]: r for r in rows_first},
        "rows_again": {r["url"]: r for r in export_rows(db)},
    }


def url(crawl: dict[str, Any], host: str, path: str) -> str:
    return crawl["hosts"][host] + path


def test_crawl_exits_cleanly(crawl: dict[str, Any]) -> None:
    assert crawl["first"].returncode == 0, crawl["first"].stderr[-3000:]
    assert "Traceback" not in crawl["first"].stderr


def test_every_article_present_and_no_listing_pages(crawl: dict[str, Any]) -> None:
    expected = {url(crawl, host, path) for host, path in EXPECTED_DOCUMENTS}
    archived_demo = {u for u in crawl["rows"] if not u.startswith(crawl["hosts"]["bad"])}
    assert archived_demo == expected


def test_robots_txt_is_obeyed(crawl: dict[str, Any]) -> None:
    assert url(crawl, "news", "/admin/drafts.html") not in crawl["rows"]
    assert crawl_stat(crawl["first"].stderr, "robotstxt/forbidden") == 1


def test_copies_share_a_cluster_and_distinct_essays_do_not(crawl: dict[str, Any]) -> None:
    cluster_of_essay: dict[str, set[int]] = {}
    for (host, path), slug in EXPECTED_DOCUMENTS.items():
        cluster_of_essay.setdefault(slug, set()).add(
            crawl["rows"][url(crawl, host, path)]["cluster"]
        )
    assert all(len(clusters) == 1 for clusters in cluster_of_essay.values()), cluster_of_essay
    assert len({next(iter(c)) for c in cluster_of_essay.values()}) == len(cluster_of_essay)


def test_copies_point_at_their_canonical_with_its_distance(crawl: dict[str, Any]) -> None:
    flagged = [row for row in crawl["rows"].values() if row["duplicate_of"] is not None]
    assert len(flagged) >= len(EXPECTED_DOCUMENTS) - len(set(EXPECTED_DOCUMENTS.values()))
    for row in flagged:
        canonical = crawl["rows"][row["duplicate_of"]]
        assert canonical["duplicate_of"] is None and canonical["cluster"] == row["cluster"]
        # Passage-verified copies may lie beyond the simhash threshold; the distance is exact.
        assert row["distance"] == hamming(int(row["simhash"], 16), int(canonical["simhash"], 16))


def test_compilation_page_is_split_with_titles_and_authors(crawl: dict[str, Any]) -> None:
    first = crawl["rows"][url(crawl, "magazine", "/issue/2025-06/page12.html#essay-1")]
    third = crawl["rows"][url(crawl, "magazine", "/issue/2025-06/page12.html#essay-3")]
    assert (first["title"], first["author"]) == (ESSAYS["zhengjiguan-yinling"].title, "李祝贺")
    assert (third["title"], third["author"]) == (ESSAYS["tongzhan-dongguashan"].title, "甘芳芳")
    assert (
        "李祝贺" not in first["text"]
        and ESSAYS["zhengjiguan-xingdong"].paragraphs[0] not in first["text"]
    )


def test_traditional_copy_keeps_its_script(crawl: dict[str, Any]) -> None:
    row = crawl["rows"][url(crawl, "news", "/sxll/2026-02/15/content_10135.html")]
    assert row["script"] == "hant" and "黨建" in row["text"]


def test_contract_fields_are_well_formed(crawl: dict[str, Any]) -> None:
    # ISO 8601: a date-time, a date, or a year and month (a magazine issue such as 2021·5).
    iso = re.compile(r"^\d{4}-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)?)?)?$")
    by_url = crawl["rows"]
    for row in by_url.values():
        assert row["url"].startswith("http://127.0.0.1:")
        assert row["site"] == row["url"].split("/")[2]
        assert isinstance(row["title"], str) and row["title"]
        assert row["author"] is None or isinstance(row["author"], str)
        assert row["published"] is None or iso.match(row["published"])
        assert row["text"] and "\n" in row["text"] and row["text"] == row["text"].strip()
        assert row["script"] in ("hans", "hant")
        assert re.fullmatch(r"[0-9a-f]{16}", row["simhash"])
        assert isinstance(row["cluster"], int)
        assert row["fetched_at"].endswith("+00:00") and iso.match(row["fetched_at"])
        if row["duplicate_of"] is None:
            assert row["distance"] is None
        else:
            canonical = by_url[row["duplicate_of"]]
            assert canonical["duplicate_of"] is None and canonical["cluster"] == row["cluster"]
            assert row["distance"] == bin(
                int(row["simhash"], 16) ^ int(canonical["simhash"], 16)
            ).count("1")


def test_bad_charsets_are_decoded(crawl: dict[str, Any]) -> None:
    no_charset = crawl["rows"][url(crawl, "bad", "/a/2026010101.html")]
    assert ESSAYS["ronghe-lujing"].paragraphs[1] in no_charset["text"]
    wrong_header = crawl["rows"][url(crawl, "bad", "/a/2026010102.html")]
    assert ESSAYS["tongzhan-dongguashan"].paragraphs[0] in wrong_header["text"]
    assert wrong_header["cluster"] == crawl["rows"][url(crawl, "blog", "/p/1003.html")]["cluster"]


def test_the_blogs_reposts_are_placed_by_the_kind_of_copy_each_is(crawl: dict[str, Any]) -> None:
    rows = crawl["rows"]
    retitled = rows[url(crawl, "blog", "/p/1004.html")]
    assert retitled["title"] != ESSAYS["jidian-sikao"].title and retitled["duplicate_of"]
    cut = rows[url(crawl, "blog", "/p/1006.html")]  # beyond simhash's threshold
    assert cut["duplicate_of"] and cut["distance"] > 5
    excerpt = rows[url(crawl, "blog", "/p/1007.html")]
    whole = url(crawl, "magazine", "/issue/2025-06/page12.html#essay-4")
    assert excerpt["duplicate_of"] is None
    assert whole in [r["url"] for r in excerpt["contained_in"]]
    assert rows[whole]["title"] == ESSAYS["ronghe-lujing"].title


def test_malformed_page_is_archived(crawl: dict[str, Any]) -> None:
    row = crawl["rows"][url(crawl, "bad", "/a/2026010107.html")]
    assert (
        row["cluster"]
        == crawl["rows"][url(crawl, "magazine", "/articles/2025061202.html")]["cluster"]
    )


def test_unusable_responses_are_skipped_and_counted(crawl: dict[str, Any]) -> None:
    log = crawl["first"].stderr
    for path in (
        "/a/2026010103.html",
        "/a/2026010104.html",
        "/a/2026010105.html",
        "/a/2026010106.html",
        "/a/2026010108.html",
    ):
        assert url(crawl, "bad", path) not in crawl["rows"]
    assert crawl_stat(log, "essays/skipped/empty") == 1
    assert crawl_stat(log, "essays/skipped/not_html") == 1  # the PNG; PDFs go to extraction
    assert crawl_stat(log, "extract/dropped/error") == 1  # the broken PDF
    assert crawl_stat(log, "essays/skipped/binary") == 1
    assert crawl_stat(log, "essays/skipped/too_large") == 1


def test_archive_file_is_sound(crawl: dict[str, Any]) -> None:
    conn = sqlite3.connect(crawl["db"])
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_recrawl_updates_without_new_duplicates(crawl: dict[str, Any]) -> None:
    assert crawl["second"].returncode == 0
    first, again = crawl["rows"], crawl["rows_again"]
    assert set(again) == set(first)
    for u, row in again.items():
        assert row["duplicate_of"] != u
        assert (row["cluster"], row["duplicate_of"], row["simhash"]) == (
            first[u]["cluster"],
            first[u]["duplicate_of"],
            first[u]["simhash"],
        )
    # Fetched again unchanged: no new version, only "last seen" moves.
    assert crawl_stat(crawl["second"].stderr, "archive/unchanged") == len(first)
    assert crawl_stat(crawl["second"].stderr, "archive/changed") == 0
    assert crawl_stat(crawl["second"].stderr, "archive/stored") == 0
    for u, row in again.items():
        assert (row["version"], row["fetched_at"]) == (1, first[u]["fetched_at"])
        assert row["last_seen_at"] >= first[u]["last_seen_at"]
