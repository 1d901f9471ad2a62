"""Each kind of page extraction failed on, through `examine` on the served bytes, as a crawl sees it.

The pages come from demo/varied.py and demo/varied_sites.py, built around the bundled
essays, so each test knows exactly which essay a page holds (or that it holds none) and
which page furniture must stay out of the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import pytest

from crawler.settings import EXTRACT_MIN_CHARS
from demo import varied, varied_sites
from demo.essays import Essay
from demo.site import Page
from demo.varied import ESSAYS, char_f1, excerpt
from essaytext.essay import Essay as Extracted
from essaytext.page import Examination, examine

HOST = "http://127.0.0.1:8000"
_SPACE = re.compile(r"\s+")
_TABLE_ROW = re.compile(r"^\s*\|")


def run(page: Page, path: str = "/a/2025061801.html") -> Examination:
    """What the crawl makes of the page, given its bytes and the charset of its header."""
    charset = page.content_type.partition("charset=")[2] or None
    return examine(page.body, HOST + path, header_charset=charset, min_chars=EXTRACT_MIN_CHARS)


def contained(text: str, paragraphs: Sequence[str]) -> float:
    """The share of the paragraphs' characters in paragraphs found whole in the text."""
    flat = _SPACE.sub("", text)
    keys = [_SPACE.sub("", p) for p in paragraphs]
    return sum(len(k) for k in keys if k in flat) / sum(map(len, keys))


def assert_holds(text: str, paragraphs: Sequence[str], furniture: Sequence[str] = ()) -> None:
    """The text is the paragraphs (containment and character F1 ≥ 0.95), without the furniture."""
    expected = "\n".join(paragraphs)
    assert not [w for w in furniture if w in expected], "furniture word inside the essay itself"
    assert contained(text, paragraphs) >= 0.95, text[:600]
    assert char_f1(text, expected) >= 0.95, text[:600]
    assert [w for w in furniture if w in text] == []
    assert [line for line in text.splitlines() if _TABLE_ROW.match(line)] == []


def single(found: Examination) -> Extracted:
    assert found.kind == "article", found.why
    assert len(found.essays) == 1, [e.title for e in found.essays]
    return found.essays[0]


# --- a, b, c, g: articles under heavy furniture ---


def _others_first_lines(essay: Essay) -> list[str]:
    return [e.paragraphs[0][:30] for e in ESSAYS.values() if e.slug != essay.slug]


ARTICLES = {
    "a government portal under 320 menu links": (
        varied_sites.gov_article(ESSAYS["ronghe-lujing"]),
        "/col/col12/art/2025/art_1a2b3c.html",
        ESSAYS["ronghe-lujing"].paragraphs,
        (
            *varied_sites.GOV_MENU,
            *varied_sites.GOV_SECTIONS,
            *varied_sites.GOV_FOOTER,
            "来源",
            "您当前的位置",
            "网站标识码",
            "友情链接",
        ),
    ),
    "an article under a 400 KB data script": (
        varied.script_article(ESSAYS["zhengjiguan-yinling"]),
        "/2025/06/12/a10001.html",
        ESSAYS["zhengjiguan-yinling"].paragraphs,
        (
            "__INITIAL_STATE__",
            '"summary"',
            "/a/10001.html",
            *_others_first_lines(ESSAYS["zhengjiguan-yinling"]),
        ),
    ),
    "a short flipbook page": (
        varied.flipbook_page(ESSAYS["shuangxiang-ronghe"]),
        "/books/202105/page/56.html",
        (varied.flipbook_text(ESSAYS["shuangxiang-ronghe"]),),
        (*varied.FLIPBOOK_CHROME, "/ 64", "50 51", "思想理论版202105"),
    ),
    "a party portal laid out in tables": (
        varied_sites.portal_article(ESSAYS["jidian-sikao"]),
        "/dangjian/2025-06/18/content_101.html",
        ESSAYS["jidian-sikao"].paragraphs,
        (
            *varied_sites.PORTAL_FURNITURE,
            "王晓东",
            "当前位置",
            "字号",
            "党建要闻",
            "廉政建设",
            *(e.title for e in ESSAYS.values() if e.slug != "jidian-sikao"),
        ),
    ),
}


@pytest.mark.parametrize("name", list(ARTICLES))
def test_article_under_furniture_is_its_essay_alone(name: str) -> None:
    page, path, paragraphs, furniture = ARTICLES[name]
    essay = single(run(page, path))
    assert_holds(essay.text, paragraphs, furniture)


def test_flipbook_page_strip_is_not_text() -> None:
    essay = single(run(varied.flipbook_page(ESSAYS["shuangxiang-ronghe"]), "/books/p/56.html"))
    assert not [line for line in essay.text.splitlines() if re.fullmatch(r"[\d\s/]+", line)]


# --- d, h: one essay above many other people's texts ---

COMMENT_STARTS = [text[:12] for text in varied_sites.COMMENTS]


@pytest.mark.parametrize("marked", [False, True], ids=["plain divs", "comment class names"])
def test_blog_post_is_one_essay_without_its_comments(marked: bool) -> None:
    xingdong = ESSAYS["zhengjiguan-xingdong"]
    found = run(varied_sites.blog_post(xingdong, marked=marked), "/2025/06/18/qingxing.html")
    essay = single(found)
    assert essay.title == xingdong.title
    assert_holds(essay.text, excerpt(xingdong, 600), ("网友留言", "回复", "阅读 1024", "发表"))
    assert [s for s in COMMENT_STARTS if s in essay.text] == []
    assert [n for n in varied_sites.NAMES if n in essay.text] == []


def test_forum_thread_is_its_opening_post() -> None:
    lujing = ESSAYS["ronghe-lujing"]
    essay = single(run(varied_sites.forum_thread(lujing), "/thread-8812-1-1.html"))
    assert essay.title == lujing.title
    assert_holds(essay.text, lujing.paragraphs, ("楼主", "沙发", "板凳", "积分", "发表于", "举报"))
    assert [s for s in COMMENT_STARTS if s in essay.text] == []


# --- e, and pages that hold no essay ---

NO_ESSAY = {
    "calendar month": (
        varied_sites.calendar_month(2025, 6),
        "/calendar/2025-06",
        ("listing", "no_essay"),
    ),
    "listing of fourteen entries": (
        varied.index(
            "理论学习", [(f"/a/{i}.html", e) for i, e in enumerate([*ESSAYS.values()] * 2)]
        ),
        "/list/2/",
        ("listing",),
    ),
    "2.4 MB on one line without punctuation": (
        varied.unpunctuated_page(2.4),
        "/search/hot.html",
        ("no_essay",),
    ),
}


@pytest.mark.parametrize("name", list(NO_ESSAY))
def test_page_without_essay_says_why(name: str) -> None:
    page, path, kinds = NO_ESSAY[name]
    found = run(page, path)
    assert (found.kind, found.essays) in [(kind, []) for kind in kinds], found.why
    assert found.why.strip()


def test_calendar_months_are_never_articles() -> None:
    kinds = {
        run(page, path).kind for path, page in varied_sites.calendar_pages(2025, 6, span=3).items()
    }
    assert kinds <= {"listing", "no_essay"}


# --- f: a compilation page in seed 000's markup ---


def test_compilation_in_seed_markup_is_three_essays() -> None:
    essays = [
        ESSAYS[s] for s in ("zhengjiguan-yinling", "zhengjiguan-xingdong", "tongzhan-dongguashan")
    ]
    found = run(varied_sites.seed_compilation(essays), "/issue/2025-06/page12.html")
    assert found.kind == "article", found.why
    assert [(e.title, e.author, e.fragment) for e in found.essays] == [
        (e.title, e.author, f"essay-{n}") for n, e in enumerate(essays, 1)
    ]
    names = [e.author or "" for e in essays]
    for got, essay in zip(found.essays, essays, strict=True):
        others = [p[:30] for e in essays if e is not essay for p in e.paragraphs]
        assert_holds(got.text, essay.paragraphs, [*names, "— 12 —", *others])


# --- i: titles ---

YINLING = ESSAYS["zhengjiguan-yinling"]
HEADLINE = YINLING.title
SITE_TITLES = {  # the <title> forms of the issue: 标题-站名财经, 标题--站名, 站名--栏目--标题, …
    "headline-site": f"{HEADLINE}-新浪财经",
    "headline--site": f"{HEADLINE}--党建网",
    "site--column--headline": f"党建网--理论学习--{HEADLINE}",
    "headline_column_site": f"{HEADLINE}_理论学习_党建网",
    "topic: headline": f"主题: {HEADLINE}",
    "column| headline": f"理论学习| {HEADLINE}",
}
TITLE_CASES = {
    **{f"{name}, with <h1>": (title, HEADLINE, "h1") for name, title in SITE_TITLES.items()},
    **{f"{name}, <title> only": (title, "", "h1") for name, title in SITE_TITLES.items()},
    "SEO keyword line, headline in <h1>": (
        "国企党建 党建与生产经营深度融合 国有企业党建工作,党建论文,党建范文,心得体会,党课讲稿",
        HEADLINE,
        "h1",
    ),
    "site name only, headline in <h1>": ("某某集团党建网", HEADLINE, "h1"),
    "board name only, headline in <h2>": ("党建园地 - 职工之家论坛", HEADLINE, "h2"),
    "private-use characters": (
        f"\ue6a1{HEADLINE[:6]}\uf8ff{HEADLINE[6:]}_党建网",
        f"\ue6a1{HEADLINE[:6]}\ue000{HEADLINE[6:]}",
        "h1",
    ),
}


@pytest.mark.parametrize("name", list(TITLE_CASES))
def test_title_is_the_headline(name: str) -> None:
    title, headline, tag = TITLE_CASES[name]
    page = varied.article(YINLING, title=title, headline=headline, tag=tag)
    essay = single(run(page, "/theory/1.html"))
    assert essay.title == HEADLINE


# --- j: bylines and dates ---


def test_author_and_date_from_one_byline_line() -> None:
    page = varied.article(ESSAYS["zhengjiguan-xingdong"], byline="作者：张三 发布时间：2021-05-06")
    essay = single(run(page))
    assert (essay.author, essay.published) == ("张三", "2021-05-06")


def test_wechat_author_is_the_writer_not_the_account() -> None:
    shuangxiang = ESSAYS["shuangxiang-ronghe"]
    page = varied.wechat_article(shuangxiang, account="国资小新", author="陈晓玲")
    assert b'name="author"' not in page.body
    essay = single(run(page, "/s/Xa1b2C3d4E5f6G7h8"))
    assert essay.author == "陈晓玲"
    assert_holds(essay.text, shuangxiang.paragraphs, ("国资小新", "微信号", "功能介绍"))


def test_us_style_timestamp_is_the_date() -> None:
    essay = single(run(varied.article(ESSAYS["jidian-sikao"], byline="9/17/2004 5:54:13 AM")))
    assert (essay.published or "")[:10] == "2004-09-17"


def test_issue_line_at_the_end_dates_the_essay_and_leaves_the_text() -> None:
    lujing = ESSAYS["ronghe-lujing"]
    essay = single(run(varied.article(lujing, tail="——《思想理论》1998年3月号")))
    assert essay.published == "1998-03"
    assert_holds(essay.text, lujing.paragraphs, ("《思想理论》", "1998年3月号"))


def test_page_timestamp_wins_over_a_dateline_in_the_body() -> None:
    page = varied.article(
        ESSAYS["zhengjiguan-yinling"],
        byline="2024-03-06 08:30 来源：人民日报",
        lead="本报北京3月5日电（记者 王某）",
    )
    essay = single(run(page))
    assert (essay.published or "")[:10] == "2024-03-06"


# --- k: characters and markup ---


def test_converter_pinyin_throughout_the_page_is_dropped() -> None:
    title, paragraphs = varied.traditional(ESSAYS["ronghe-lujing"])
    essay = single(run(varied.pinyin_article(ESSAYS["ronghe-lujing"])))
    assert (essay.title, essay.text) == (title, "\n".join(paragraphs))


def test_declared_utf8_with_two_broken_bytes_stays_utf8() -> None:
    tongzhan = ESSAYS["tongzhan-dongguashan"]
    page = varied.broken_utf8_article(tongzhan)
    assert page.body.count(b"\xff") + page.body.count(b"\xfe") == 2
    found = run(page)
    expected = list(tongzhan.paragraphs)
    for n, at in varied.BROKEN_AT:
        expected[n] = expected[n][:at] + "\ufffd" + expected[n][at:]
    assert found.encoding.lower().replace("-", "") == "utf8"
    assert single(found).text == "\n".join(expected)


MARKUP: dict[str, Callable[[Essay], Page]] = {
    "tables 300 deep": lambda e: varied.article(e, depth=300),
    "text/plain": varied.plain_text_article,
    "script before <html>": lambda e: varied.article(e, before=varied.LEADING_SCRIPT),
}


@pytest.mark.parametrize("name", list(MARKUP))
def test_the_essay_survives_the_markup(name: str) -> None:
    sikao = ESSAYS["jidian-sikao"]
    essay = single(run(MARKUP[name](sikao), "/a/2025061802.html"))
    assert (essay.title, essay.text) == (sikao.title, sikao.text)
