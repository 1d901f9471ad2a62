"""Mechanisms found missing on the blind set's tuning sites (benchmarks/fresh/), each tested on
a page built here from its description, around a bundled essay, not on the set's pages.
"""

from __future__ import annotations

import html
import re

import pytest

from crawler.settings import EXTRACT_MIN_CHARS
from demo.essays import Essay, load_essays
from essaytext.clutter import clutter_rule
from essaytext.metadata import find_author
from essaytext.normalize import strip_converter_pinyin
from essaytext.page import Examination, examine

ESSAY: Essay = next(e for e in load_essays().values() if len(e.paragraphs) >= 6)
URL = "http://news.example.cn/a/2021/0305/article_1234567.html"
_SPACE = re.compile(r"\s+")


def run(page: str, url: str = URL) -> Examination:
    return examine(page.encode(), url, header_charset="utf-8", min_chars=EXTRACT_MIN_CHARS)


def paragraphs(essay: Essay = ESSAY) -> str:
    return "".join(f"<p>{html.escape(p)}</p>" for p in essay.paragraphs)


def page(body: str, *, title: str = "", head: str = "") -> str:
    nav = "".join(f'<li><a href="/c/{i}/">栏目{i}</a></li>' for i in range(12))
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>"
        f"<ul class='nav'>{nav}</ul><div class='main'>{body}</div>"
        "<div class='foot'>关于我们 | 联系我们 | 网站地图</div></body></html>"
    )


def flat(text: str) -> str:
    return _SPACE.sub("", text)


def test_a_label_between_headline_and_text_is_not_the_title() -> None:
    """WeChat: a 收录于合集 label stands between the headline (confirmed by og:title) and the text."""
    body = (
        f'<h1 class="rich_media_title">{ESSAY.title}</h1>'
        '<div class="article-tag-card__title">收录于合集</div>'
        f'<div id="js_content">{paragraphs()}</div>'
    )
    head = f'<meta property="og:title" content="{ESSAY.title}">'
    (essay,) = run(page(body, head=head)).essays
    assert essay.title == ESSAY.title


def test_headings_written_as_sections_of_spans_are_kept() -> None:
    """WeChat editors write in-text headings as nested <section>s of styled spans."""
    heading = "一、把看见变成看清的几个办法"
    styled = (
        '<section style="text-align:center"><section style="display:inline-block">'
        f"<span><strong>{heading}</strong></span></section></section>"
    )
    half = len(ESSAY.paragraphs) // 2
    content = "".join(f"<p>{p}</p>" for p in ESSAY.paragraphs[:half]) + styled
    content += "".join(f"<p>{p}</p>" for p in ESSAY.paragraphs[half:])
    (essay,) = run(page(f"<h1>{ESSAY.title}</h1><div id='js_content'>{content}</div>")).essays
    lines = essay.text.splitlines()
    assert heading in lines
    assert lines.index(heading) == half


def test_a_closing_byline_after_the_text_names_the_author() -> None:
    """A portal puts 本文来源 / 作者 / 责任编辑 after the article, not under the headline."""
    body = (
        f"<h1>{ESSAY.title}</h1><div class='time'>2021-03-05 10:20</div>"
        f"<div class='post_body'>{paragraphs()}</div>"
        "<div class='post_author'>本文来源：澄川日报　作者：许嘉言<br>责任编辑：王晓_NF5231</div>"
    )
    (essay,) = run(page(body)).essays
    assert essay.author == "许嘉言"
    assert "责任编辑" not in essay.text


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("文｜江一帆（财经评论员）", "江一帆"),
        ("作者：张三（中央党校教授）", "张三"),
        ("本文来源：澄川日报 作者：许嘉言 责任编辑：王晓", "许嘉言"),
        ("記者林佳蓉∕台中報導", "林佳蓉"),
        (
            "〔記者吳宗翰∕台北報導〕高齡駕駛換照制度上路已有數年，" + "七十五歲以上的駕駛人" * 8,
            "吳宗翰",
        ),
        ("本文仅代表作者观点，不代表本平台立场。", None),
        ("发布时间：2023-05-16 09:30 来源：临江市纪委监委 作者：吴敏 【字号：大 中 小】", "吴敏"),
        ("文/运维中心 马骁", "马骁"),
        ("作者：陈思远 市中医院 骨伤科", "陈思远"),
        ("作者：张三　李四", "张三 李四"),
        ("作者简介：张三，某大学教授。", None),
    ],
)
def test_byline_forms(line: str, author: str | None) -> None:
    assert find_author([line]) == author


def test_a_listing_whose_links_hold_their_teasers_is_a_listing() -> None:
    """Each entry is one link holding a date, a title and a teaser sentence."""
    entries = "".join(
        f'<li><a href="/info/1002/{1000 + i}.htm"><div class="date">2021-05-{i + 1:02d}</div>'
        f"<h3>{p[:18]}</h3><p>{p[:60]}。</p></a></li>"
        for i, p in enumerate(ESSAY.paragraphs * 4)
    )
    found = run(page(f"<ul class='list'>{entries}</ul>"), "http://news.example.cn/xxyw.htm")
    assert found.kind == "listing", found.why
    assert found.essays == []


def test_pinyin_a_converter_puts_after_words_is_dropped() -> None:
    lines = [
        "河底的卵石(luǎn shí)一颗一颗",
        "社会的发展(fā zhǎn)很快",
        "一条河(hé)流着",
        "数据(data)很多",
    ]
    assert strip_converter_pinyin(lines) == [
        "河底的卵石一颗一颗",
        "社会的发展很快",
        "一条河流着",
        "数据(data)很多",
    ]


@pytest.mark.parametrize("line", ["廣告", "广告", "本文为“南窗下”原创，转载请后台联系授权。"])
def test_ad_labels_and_reprint_notices_are_furniture(line: str) -> None:
    assert clutter_rule(line) is not None


def test_a_document_viewer_s_running_headers_and_page_numbers_leave_the_text() -> None:
    """A document site's text layer: hard-wrapped lines, the title atop each viewer page, a
    page number under it; a paragraph runs on across the page break."""
    flowing = "".join(ESSAY.paragraphs[1:4])
    wrapped = [flowing[i : i + 34] for i in range(0, len(flowing), 34)]
    layer = []
    for page_no, start in enumerate(range(0, len(wrapped), 12), 1):
        layer += [
            ESSAY.title,
            *wrapped[start : start + 12],
            f"第 {page_no} 页 共 5 页",
            f"- {page_no} -",
        ]
    body = f"<h1>{ESSAY.title}</h1><div class='reader'>" + "".join(
        f"<p class='word-layer'>{line}</p>" for line in layer
    )
    (essay,) = run(page(body + "</div>")).essays
    assert flat(flowing) in flat(essay.text)
    assert "第 1 页" not in essay.text and "- 1 -" not in essay.text
    assert ESSAY.title not in essay.text


def test_a_speech_s_speaker_and_date_lines_are_its_byline() -> None:
    """A government portal's speech: subtitle, the speaker's name alone, the date in brackets."""
    body = (
        f"<h1>{ESSAY.title}</h1><p>——在全县工作会议上的讲话</p><p>周建国</p>"
        f"<p>（2021年3月4日）</p>{paragraphs()}"
    )
    (essay,) = run(page(body)).essays
    assert essay.author == "周建国"
    assert essay.text.splitlines()[0] == "——在全县工作会议上的讲话"
    assert "周建国" not in essay.text and "2021年3月4日" not in essay.text


def test_a_closing_signature_block_with_a_bracketed_note_is_trailer() -> None:
    body = f"<h1>{ESSAY.title}</h1>{paragraphs()}<p>某某市人民政府办公室</p><p>（此件公开发布）</p>"
    (essay,) = run(page(body)).essays
    assert essay.text.splitlines()[-1] == ESSAY.paragraphs[-1]


def test_a_listing_with_teasers_outside_their_links_is_a_listing() -> None:
    """A blog's archive: each entry a linked title, a meta line, its excerpt, 阅读全文."""
    entries = "".join(
        f'<div class="item"><h3><a href="/p/{1000 + i}.html">{p[:16]}</a></h3>'
        f'<div class="meta">2021-03-05 | 阅读(12)</div><p class="excerpt">{p[16:70]}。</p>'
        f'<a href="/p/{1000 + i}.html">阅读全文»</a></div>'
        for i, p in enumerate(ESSAY.paragraphs * 3)
    )
    found = run(page(entries), "http://blog.example.cn/archives/202103.html")
    assert found.kind == "listing", found.why


def test_menus_with_a_motto_and_a_few_comments_are_no_essay() -> None:
    """Site furniture alone (menus, a profile, a motto and two short comments) is no essay,
    however much of it there is."""
    menus = "".join(
        f"<div>{word}</div>"
        for word in ["首页", "文章", "相册", "留言板", "关于我", "登录", "注册"] * 5
    )
    said = "<p>日子是一页一页过的，字也是一个一个写的。</p><p>湖畔：写得真好。</p><p>老陈：春分快乐。</p>"
    found = run(page(menus + said))
    assert found.kind != "article", found.why


def test_the_declared_publication_time_wins_over_another_date_by_the_title() -> None:
    """A travel note shows its departure date by the headline; the page declares when it
    was published."""
    head = '<meta property="article:published_time" content="2023-01-15T21:08:00+08:00">'
    body = f"<h1>{ESSAY.title}</h1><ul><li>出发时间/2023-01-09</li><li>出行天数/5 天</li></ul>"
    (essay,) = run(page(body + paragraphs(), head=head)).essays
    assert essay.published is not None and essay.published.startswith("2023-01-15")


def test_a_page_of_letters_and_short_replies_is_no_essay() -> None:
    """A 信箱: fifteen records alike, each a question, a short reply and a date, and no
    essay among them, however many sentences they hold together."""
    sentences = [
        s + "。"
        for e in load_essays().values()
        for p in e.paragraphs
        for s in p.split("。")
        if 20 <= len(s) <= 70
    ]
    letters = "".join(
        f'<div class="letter"><p class="q">{sentences[i]}</p><p class="a">{sentences[i + 1]}</p>'
        f'<span class="date">2023-10-{i + 1:02d}</span></div>'
        for i in range(0, 30, 2)
    )
    found = run(page(f"<div class='mailbox'>{letters}</div>"), "http://lz.example.cn/xx/")
    assert found.kind != "article", found.why


def test_an_essay_in_one_container_per_paragraph_is_still_an_essay() -> None:
    """Paragraphs each wrapped in a <div> are leaves, not records."""
    body = "".join(f'<div class="para"><p>{p}</p></div>' for p in ESSAY.paragraphs)
    (essay,) = run(page(f"<h1>{ESSAY.title}</h1><div class='content'>{body}</div>")).essays
    assert flat(ESSAY.paragraphs[-1]) in flat(essay.text)
