"""End to end: a site's template is learned during a crawl, kept in the archive, and applied.

One host on 127.0.0.1 (demo/varied_templates.py): a county government site whose index,
six article pages and a compilation page all wear the same template, lines that no clutter
rule knows, placed where extraction keeps them, and a <title> suffix after a separator the
title code does not split at. Only learning the template takes them out: the first pages
crawled are archived with it and re-extracted when the crawl closes. A second crawl on the
same archive (same server, same host) finds a new article clean from the start, and
`python -m archive reprocess` finds nothing left to change. That second crawl changes none
of the first crawl's documents: a page crawled again is not counted again.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from crawler.settings import EXTRACT_MIN_CHARS
from demo.crawl import crawl, crawl_stat, export_rows
from demo.essays import Essay
from demo.server import serve
from demo.site import Site
from demo.varied import ESSAYS, char_f1
from demo.varied_templates import (
    HOTLINE,
    NOTICE,
    TEMPLATE_LINES,
    TITLE_SUFFIX,
    county_article,
    county_site,
)
from essaytext.clutter import clutter_rule
from essaytext.page import examine
from essaytext.template import MAX_TEMPLATE_LINE, MIN_PAGES, template_key
from essaytext.title import title_parts

pytestmark = pytest.mark.e2e

ARTICLES = {
    f"/gzdt/2025/06/{n}.html": ESSAYS[slug]
    for n, slug in enumerate(
        (
            "shuangxiang-ronghe",
            "zhengjiguan-yinling",
            "ronghe-lujing",
            "jidian-sikao",
            "tongzhan-dongguashan",
            "zhengjiguan-xingdong",
        ),
        1,
    )
}
# The first two essays again, together on one page: each is on two pages of the site.
COMPILATION = "/gzdt/2025/06/heji.html"
COMPILED = (ESSAYS["shuangxiang-ronghe"], ESSAYS["zhengjiguan-yinling"])
NEW = "/gzdt/2025/07/7.html"  # served for the second crawl only
NEW_ESSAY = ESSAYS["jizhi-chuangxin"]


def expected(base: str, *, new: bool) -> dict[str, Essay]:
    """Every document the archive must hold: URL → its essay."""
    documents = {base + path: essay for path, essay in ARTICLES.items()}
    documents |= {f"{base}{COMPILATION}#essay-{n}": e for n, e in enumerate(COMPILED, 1)}
    return documents | ({base + NEW: NEW_ESSAY} if new else {})


def reprocess(db: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "archive", "reprocess", "--db", str(db)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Two crawls of the site into one archive, the second after a new article is served,
    then `reprocess`; the server stays up throughout, so the host (with its port) is one:
    templates are kept by host[:port]."""
    db = tmp_path_factory.mktemp("templates") / "archive.db"
    site: Site = county_site(ARTICLES, {COMPILATION: COMPILED})
    with serve({"county": site}) as hosts:
        base = hosts["county"]
        first = crawl([base + "/"], db, {"LOG_LEVEL": "INFO"}, timeout=60)
        first_rows = {row["url"]: row for row in export_rows(db)}
        with closing(sqlite3.connect(db)) as conn:
            host = base.split("//", 1)[1]
            pages = conn.execute("SELECT pages FROM template_hosts WHERE host = ?", (host,))
            keys = conn.execute(
                "SELECT key FROM template_keys WHERE host = ? AND kind = 'line' AND pages >= ?",
                (host, MIN_PAGES),
            )
            learned = {"pages": pages.fetchall(), "lines": {key for (key,) in keys}}
        site.update(county_site({**ARTICLES, NEW: NEW_ESSAY}, {COMPILATION: COMPILED}))
        second = crawl([base + "/"], db, {"LOG_LEVEL": "INFO"}, timeout=60)
    rows = {row["url"]: row for row in export_rows(db)}
    with closing(sqlite3.connect(db)) as conn:
        (counted,) = conn.execute("SELECT pages FROM template_hosts WHERE host = ?", (host,))
        (distinct,) = conn.execute("SELECT COUNT(*) FROM template_pages WHERE host = ?", (host,))
    # A copy that forgets what was learned: reprocess then has no template to apply.
    forgetful = db.with_name("forgetful.db")
    shutil.copy(db, forgetful)
    with closing(sqlite3.connect(forgetful)) as conn, conn:
        conn.execute("DELETE FROM template_keys")
    return {
        "base": base,
        "first": first,
        "first_rows": first_rows,
        "learned": learned,
        "counted": (counted[0], distinct[0]),
        "second": second,
        "rows": rows,
        "reprocessed": reprocess(db),
        "reprocessed_rows": {row["url"]: row for row in export_rows(db)},
        "forgetful": reprocess(forgetful),
        "forgetful_rows": {row["url"]: row for row in export_rows(forgetful)},
    }


def furniture_in(text: str) -> list[str]:
    return [line for line in TEMPLATE_LINES if line in text]


def leaked(rows: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """The documents holding template lines, with the lines."""
    found = {url: furniture_in(row["text"]) for url, row in rows.items()}
    return {url: lines for url, lines in found.items() if lines}


def long_sentences(essay: Essay) -> list[str]:
    """The essay's sentences longer than any template line may be."""
    sentences = (s for p in essay.paragraphs for s in re.findall(r"[^。！？]+[。！？]?", p))
    return [s for s in sentences if len(s) > MAX_TEMPLATE_LINE]


def test_only_learning_can_clean_the_site() -> None:
    """Preconditions: no rule knows the template, and one page alone keeps what stands below
    its headline (what stands above it, the slogan and the column line, goes without
    learning: extraction starts the text at the headline's repeat)."""
    assert {line: clutter_rule(line) for line in TEMPLATE_LINES} == dict.fromkeys(TEMPLATE_LINES)
    essays = [*ARTICLES.values(), NEW_ESSAY]
    assert [line for line in TEMPLATE_LINES for e in essays if line in e.text] == []
    essay = ESSAYS["ronghe-lujing"]
    title = essay.title + TITLE_SUFFIX
    assert title_parts(title) == (title, [title])  # "~" is no separator the title code knows
    page = county_article(essay)
    (alone,) = examine(page.body, "http://127.0.0.1/a.html", min_chars=EXTRACT_MIN_CHARS).essays
    assert furniture_in(alone.text) == [HOTLINE, NOTICE]
    assert alone.title != essay.title, alone.title
    assert all(s in alone.text for s in long_sentences(essay))


def test_crawls_exit_cleanly(crawled: dict[str, Any]) -> None:
    for crawl_run in (crawled["first"], crawled["second"]):
        assert crawl_run.returncode == 0, crawl_run.stderr[-3000:]
        assert "Traceback" not in crawl_run.stderr


def test_first_crawl_archives_every_essay_without_the_template(crawled: dict[str, Any]) -> None:
    rows, documents = crawled["first_rows"], expected(crawled["base"], new=False)
    assert sorted(rows) == sorted(documents)
    assert leaked(rows) == {}
    assert {url: row["title"] for url, row in rows.items()} == {
        url: e.title for url, e in documents.items()
    }
    scores = {url: round(char_f1(rows[url]["text"], e.text), 3) for url, e in documents.items()}
    assert {url: s for url, s in scores.items() if s < 0.95} == {}


def test_first_crawl_reextracted_the_pages_archived_before_learning(
    crawled: dict[str, Any],
) -> None:
    log = crawled["first"].stderr
    assert crawl_stat(log, "templates/reextracted/text_changed") > 0
    assert crawl_stat(log, "templates/reextracted/failed") == 0
    learned = crawled["learned"]
    assert learned["pages"] and learned["pages"][0][0] >= len(ARTICLES), learned
    assert {template_key(line) for line in TEMPLATE_LINES} <= learned["lines"], learned


def test_an_essay_on_two_pages_keeps_its_sentences_on_both(crawled: dict[str, Any]) -> None:
    base, rows = crawled["base"], crawled["first_rows"]
    for n, essay in enumerate(COMPILED, 1):
        single = next(path for path, e in ARTICLES.items() if e is essay)
        sentences = long_sentences(essay)
        assert len(sentences) >= 3, essay.slug
        compiled = f"{base}{COMPILATION}#essay-{n}"
        for url in (base + single, compiled):
            assert [s[:20] for s in sentences if s not in rows[url]["text"]] == [], url
        assert rows[compiled]["author"] == essay.author


def test_second_crawl_applies_the_stored_template_from_the_start(crawled: dict[str, Any]) -> None:
    rows = crawled["rows"]
    new = rows[crawled["base"] + NEW]
    assert furniture_in(new["text"]) == []
    assert new["title"] == NEW_ESSAY.title
    assert char_f1(new["text"], NEW_ESSAY.text) >= 0.95
    assert crawl_stat(crawled["second"].stderr, "templates/reextracted/text_changed") == 0
    assert leaked(rows) == {}


def test_a_page_crawled_again_is_counted_once(crawled: dict[str, Any]) -> None:
    """The pages an earlier crawl counted are looked up in the archive, not held."""
    (first_pages,) = crawled["learned"]["pages"][0]
    pages, distinct = crawled["counted"]
    assert pages == distinct > first_pages  # the new article counted, nothing twice


def test_crawling_the_same_pages_again_changes_no_document(crawled: dict[str, Any]) -> None:
    first, rows = crawled["first_rows"], crawled["rows"]
    assert sorted(rows) == sorted(expected(crawled["base"], new=True))
    changed = [url for url, row in first.items() if rows.get(url, {}).get("text") != row["text"]]
    assert changed == []


def test_reprocess_applies_the_stored_template(crawled: dict[str, Any]) -> None:
    """Reprocess finds nothing to change, and it is the stored template that keeps the text
    clean: a copy of the archive without it gets the site's furniture back."""
    out = crawled["reprocessed"]
    assert re.search(r"\btext changed 0\b", out), out
    assert re.search(r"\bunchanged [1-9]", out), out
    assert leaked(crawled["reprocessed_rows"]) == {}
    forgot = crawled["forgetful"]
    assert re.search(r"\btext changed [1-9]", forgot), forgot
    articles = {crawled["base"] + path for path in [*ARTICLES, NEW]}
    assert articles <= leaked(crawled["forgetful_rows"]).keys()
