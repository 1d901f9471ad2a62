"""Site templates: what a host repeats on its pages is learned and removed; essays are not."""

from __future__ import annotations

import itertools

from demo.essays import load_essays
from essaytext import template
from essaytext.page import extract_page
from essaytext.template import (
    HostCounts,
    Seen,
    SiteTemplate,
    line_keys,
    page_id,
    template_key,
)

ESSAY = load_essays()["ronghe-lujing"]
FURNITURE = ["坚持人民至上 建设幸福家园", "服务热线：0358-1234567"]


ESSAYS = list(load_essays().values())


def page(number: int) -> str:
    paragraphs = ESSAYS[number].paragraphs
    body = "".join(f"<p>{p}</p>" for p in (FURNITURE[0], *paragraphs, FURNITURE[1]))
    headline = ESSAYS[number].title
    return (
        f"<html><head><title>{headline} ~ 某县人民政府</title></head>"
        f"<body><div class='article'><h1>{headline}</h1>{body}</div></body></html>"
    )


_PAGES = itertools.count()


def visit(counts: HostCounts, what: Seen) -> None:
    """Count a page never seen before."""
    counts.observe(page_id(f"http://a.cn/{next(_PAGES)}.html"), what)


def seen(lines: list[str], titles: tuple[str, ...] = ()) -> Seen:
    return Seen(line_keys(lines), frozenset(map(template_key, titles)))


def test_a_line_on_three_pages_is_template_and_digits_do_not_matter() -> None:
    counts = HostCounts()
    for n in range(2):
        visit(counts, seen([f"浏览次数：{n}", f"正文第{n}段，独有的内容。"]))
    assert not counts.template().lines
    visit(counts, seen(["浏览次数：77"]))
    assert counts.template().lines == {template_key("浏览次数：0")}


def test_long_lines_are_never_template() -> None:
    sentence = max(ESSAY.paragraphs, key=len)
    assert len(sentence) > template.MAX_TEMPLATE_LINE
    counts = HostCounts()
    for _ in range(5):
        visit(counts, seen([sentence]))
    assert counts.template() == SiteTemplate()
    assert SiteTemplate(frozenset({template_key(sentence)})).strip([sentence]) == [sentence]


def test_a_line_must_be_on_a_share_of_a_large_sites_pages() -> None:
    counts = HostCounts()
    for n in range(200):
        visit(counts, seen(["某个页面都有的一行"] + (["只在三页上的一句话"] if n < 3 else [])))
    assert counts.template().lines == {template_key("某个页面都有的一行")}


def test_counts_stay_bounded() -> None:
    counts = HostCounts()
    for n in range(3 * template.MAX_KEYS):
        visit(counts, seen([f"独一无二的第{chr(0x4E00 + n)}行"]))
    assert len(counts.counts[template.LINE]) <= template.MAX_KEYS


def test_extraction_drops_template_lines_and_never_titles_a_page_by_the_site_name() -> None:
    counts = HostCounts()
    for n in range(3):
        found = extract_page(
            url=f"http://a.cn/{n}.html",
            media_type="text/html",
            body=b"",
            html=page(n),
            min_chars=80,
        )
        (essay,) = found.essays
        assert FURNITURE[0] in essay.text  # nothing learned yet
        visit(counts, found.seen)
    learned = counts.template()
    assert ">" + template_key("某县人民政府", digits=False) in learned.titles
    (essay,) = extract_page(
        url="http://a.cn/9.html",
        media_type="text/html",
        body=b"",
        html=page(4),
        template=learned,
        min_chars=80,
    ).essays
    assert essay.title == ESSAYS[4].title
    assert not any(line in essay.text for line in FURNITURE)
    assert essay.text.splitlines() == list(ESSAYS[4].paragraphs)


def test_an_essay_heading_shared_by_reports_stays_between_paragraphs() -> None:
    long = [p for p in ESSAY.paragraphs if len(p) > template.MAX_TEMPLATE_LINE]
    counts = HostCounts()
    for n in range(3):
        visit(counts, seen(["网站首页的一行", long[n], "一、基本情况", long[n + 1]]))
    learned = counts.template()
    assert template_key("一、基本情况") in learned.lines
    text = ["网站首页的一行", long[0], "一、基本情况", long[1]]
    assert learned.strip(text) == text[1:]


def test_a_page_crawled_again_is_not_counted_again() -> None:
    counts = HostCounts()
    for _ in range(5):
        counts.observe(page_id("http://a.cn/same.html"), seen(["同一页上的一行"]))
    counts.observe(page_id("http://a.cn/other.html"), seen(["同一页上的一行"]))
    assert counts.pages == 2 and not counts.template().lines
