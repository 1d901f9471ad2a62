"""End to end: a small web of varied page templates, crawled by the real spider into a real archive.

Six hosts on 127.0.0.1 (demo/varied.py's pages): a blog whose post carries a long comment
thread and whose index links a calendar trap, a party portal laid out in tables, a
magazine's compilation page in seed 000's markup, a government portal under a huge menu,
a news page under a big data script and a flipbook page, each host with its index. The
archive must hold exactly their essays, and every page fetched must get a verdict.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from demo.crawl import crawl, crawl_stat, export_rows
from demo.server import serve
from demo.site import Site
from demo.varied import (
    ESSAYS,
    char_f1,
    excerpt,
    flipbook_page,
    flipbook_text,
    index,
    script_article,
)
from demo.varied_sites import (
    COMMENTS,
    GOV_MENU,
    PORTAL_FURNITURE,
    blog_post,
    calendar_pages,
    gov_article,
    portal_article,
    seed_compilation,
)

pytestmark = pytest.mark.e2e

POST = "/2025/06/18/qingxing.html"
PORTAL = {
    "/dangjian/2025-06/18/content_101.html": "jidian-sikao",
    "/dangjian/2025-06/18/content_102.html": "shuangxiang-ronghe",
    "/dangjian/2025-06/19/content_103.html": "ronghe-lujing",
}
COMPILATION = "/issue/2025-06/page12.html"
COMPILED = ("zhengjiguan-yinling", "zhengjiguan-xingdong", "tongzhan-dongguashan")
GOV = "/art/2025/6/18/art_1229_3001.html"
NEWS = "/2025/06/12/a10001.html"
FLIPBOOK = "/books/202105/page/56.html"


def build_web() -> tuple[dict[str, Site], dict[tuple[str, str], str]]:
    """The hosts, and every document the archive must hold: (host, path[#fragment]) → its text."""
    e = ESSAYS
    xingdong, tongzhan = e["zhengjiguan-xingdong"], e["tongzhan-dongguashan"]
    calendar_link = '<div class="side"><a href="/calendar/2025-06">文章归档 2025年6月</a></div>'
    blog: Site = {
        "/": index("青松的博客", [(POST, xingdong)], sidebar=calendar_link),
        POST: blog_post(xingdong, marked=False),
        **calendar_pages(2025, 6),
    }
    portal: Site = {
        path: portal_article(e[slug], [(p, e[s].title) for p, s in PORTAL.items() if p != path])
        for path, slug in PORTAL.items()
    }
    # A home page of twelve headlines: the three articles and nine older ones no longer served.
    essays = [*e.values(), *e.values()][:9]
    older = [(f"/dangjian/2025-05/{n:02d}/content_{n}.html", x) for n, x in enumerate(essays, 1)]
    portal["/"] = index("党建网 首页", [*((p, e[s]) for p, s in PORTAL.items()), *older])
    sites: dict[str, Site] = {
        "blog": blog,
        "portal": portal,
        "magazine": {
            "/": index("思想理论 2025年第6期", [(COMPILATION, e[COMPILED[0]])]),
            COMPILATION: seed_compilation([e[s] for s in COMPILED]),
        },
        # Every menu link leads back to the home page: 344 anchors, no extra fetches.
        "gov": {
            "/": index("市人民政府门户网站", [(GOV, e["jizhi-chuangxin"])]),
            GOV: gov_article(e["jizhi-chuangxin"], href="/#col{}".format),
        },
        "news": {
            "/": index("理论频道", [(NEWS, e["zhengjiguan-yinling"])]),
            NEWS: script_article(e["zhengjiguan-yinling"]),
        },
        "flipbook": {
            "/": index("思想理论版202105", [(FLIPBOOK, tongzhan)]),
            FLIPBOOK: flipbook_page(tongzhan),
        },
    }
    expected = {
        ("blog", POST): "\n".join(excerpt(xingdong, 600)),
        **{("portal", p): e[s].text for p, s in PORTAL.items()},
        **{("magazine", f"{COMPILATION}#essay-{n}"): e[s].text for n, s in enumerate(COMPILED, 1)},
        ("gov", GOV): e["jizhi-chuangxin"].text,
        ("news", NEWS): e["zhengjiguan-yinling"].text,
        ("flipbook", FLIPBOOK): flipbook_text(tongzhan),
    }
    return sites, expected


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    db = tmp_path_factory.mktemp("varied") / "archive.db"
    sites, expected = build_web()
    with serve(sites) as hosts:
        result = crawl(
            [url + "/" for url in hosts.values()], db, {"LOG_LEVEL": "DEBUG"}, timeout=120
        )
    return {
        "result": result,
        "log": result.stderr,
        "rows": {row["url"]: row for row in export_rows(db)},
        "expected": {hosts[host] + path: text for (host, path), text in expected.items()},
        "hosts": hosts,
    }


def test_crawl_exits_cleanly(crawled: dict[str, Any]) -> None:
    assert crawled["result"].returncode == 0, crawled["log"][-3000:]
    assert "Traceback" not in crawled["log"]


def test_archive_holds_exactly_the_essays(crawled: dict[str, Any]) -> None:
    assert sorted(crawled["rows"]) == sorted(crawled["expected"])


def test_each_document_is_its_essays_text(crawled: dict[str, Any]) -> None:
    scores = {
        url: round(char_f1(crawled["rows"][url]["text"], text), 3)
        for url, text in crawled["expected"].items()
        if url in crawled["rows"]
    }
    assert {url: s for url, s in scores.items() if s < 0.95} == {}


def test_compilation_documents_have_their_titles_and_authors(crawled: dict[str, Any]) -> None:
    base = crawled["hosts"]["magazine"] + COMPILATION
    found = [crawled["rows"].get(f"{base}#essay-{n}", {}) for n in range(1, 4)]
    assert [(row.get("title"), row.get("author")) for row in found] == [
        (ESSAYS[s].title, ESSAYS[s].author) for s in COMPILED
    ]


def test_no_comment_is_archived(crawled: dict[str, Any]) -> None:
    starts = [text[:12] for text in COMMENTS]
    leaked = {url: [s for s in starts if s in row["text"]] for url, row in crawled["rows"].items()}
    assert {url: found for url, found in leaked.items() if found} == {}


def test_no_page_furniture_is_archived(crawled: dict[str, Any]) -> None:
    """No portal furniture, menu entry or markdown table row (layout tables) in any text."""
    furniture = (*PORTAL_FURNITURE, *GOV_MENU, "当前位置", "网站标识码", "友情链接")
    assert not [w for w in furniture for text in crawled["expected"].values() if w in text]
    found = {
        url: [w for w in furniture if w in row["text"]]
        + [line[:20] for line in row["text"].splitlines() if line.lstrip().startswith("|")]
        for url, row in crawled["rows"].items()
    }
    assert {url: leaked for url, leaked in found.items() if leaked} == {}


def test_calendar_trap_is_entered_but_never_archived(crawled: dict[str, Any]) -> None:
    calendar = crawled["hosts"]["blog"] + "/calendar/"
    visited = set(
        re.findall(rf"Crawled \(200\) <GET ({re.escape(calendar)}[^>]+)>", crawled["log"])
    )
    assert len(visited) >= 3, "the crawl never went into the calendar"
    assert [url for url in crawled["rows"] if url.startswith(calendar)] == []


def test_every_fetched_page_gets_a_verdict(crawled: dict[str, Any]) -> None:
    log = crawled["log"]
    verdicts = {
        kind: crawl_stat(log, f"essays/pages/{kind}") for kind in ("article", "listing", "no_essay")
    }
    fetched = crawl_stat(log, "downloader/response_status_count/200")
    skipped = sum(int(n) for n in re.findall(r"'essays/skipped/[^']+': (\d+)", log))
    assert verdicts["listing"] > 0, verdicts
    assert verdicts["article"] >= len(PORTAL) + 5, verdicts
    assert sum(verdicts.values()) == fetched - skipped, (verdicts, fetched, skipped)
