"""Mechanisms found missing on the blind set's round 6 tuning sites (benchmarks/fresh/),
each tested on a page built here from its description, around a bundled essay."""

from __future__ import annotations

from test_extract_blind import page, run

from demo.essays import load_essays
from essaytext.clutter import clutter_rule
from essaytext.metadata import find_author

PLAIN = load_essays()["zhengjiguan-xingdong"]
SHORT = [s + "。" for s in "".join(PLAIN.paragraphs).split("。") if 30 <= len(s) <= 90][:7]
URL = "http://epaper.example.cn/html/2023-09/21/content_4998.htm"


def _paragraphs() -> str:
    return "".join(f"<p>{p}</p>" for p in PLAIN.paragraphs)


def test_an_e_paper_s_headline_is_the_title_its_own_page_links_to() -> None:
    """An e-paper page: <title> is the paper's name, no heading element, the 版面 labels
    classed as titles, and the headline in a plain cell; the page's list of titles links
    to the page itself under its headline."""
    titles = "".join(
        f'<tr><td class="default"><a href="content_{n}.htm">{t}</a></td></tr>'
        for n, t in ((4998, PLAIN.title), (4999, "全市重点项目建设推进会召开"))
    )
    body = (
        '<table><tr><td class="bantitle">第A02版：要闻 <a href="node_1.htm">上一版</a></td></tr>'
        '<tr><td class="navtitle">版面导航</td></tr></table>'
        f'<table class="article"><tr><td class="font01">{PLAIN.title}</td></tr>'
        f'<tr><td class="byline">本报记者　周　敏</td></tr><tr><td id="ozoom">{_paragraphs()}</td></tr></table>'
        f'<table class="titlelist"><tr><td class="navtitle">本版标题导航</td></tr>{titles}</table>'
    )
    (essay,) = run(page(body, title="沅河晨报"), URL).essays
    assert essay.title == PLAIN.title
    assert essay.author == "周敏"  # a two-character name set with a space between


def test_a_bracketed_reporter_line_is_a_byline() -> None:
    """Taiwan news: 【記者X／Y報導】 as the first paragraph, and a photo credit."""
    body = f"<h1>{PLAIN.title}</h1><p>（記者林佳蓉攝）</p><p>【記者黃志明／花蓮報導】</p>{_paragraphs()}"
    (essay,) = run(page(body)).essays
    assert essay.author == "黃志明"
    assert "報導" not in essay.text and "攝" not in essay.text


def test_a_photo_credit_names_no_author() -> None:
    assert find_author(["（記者林佳蓉攝）"]) is None
    assert find_author(["本报记者　韩松　摄"]) is None
    assert clutter_rule("| 罗佳 摄 |") == "byline" and clutter_rule("如何拍摄") is None


def test_a_menu_item_after_a_wen_is_no_byline() -> None:
    """文 | X only names an author where 文 stands alone (党政公文 | 实用范文 is a menu)."""
    assert find_author(["首页 | 党政公文 | 实用范文 | 论文"]) is None
    assert find_author(["文 | 李明"]) == "李明"


def test_a_document_s_co_authors_and_unit_under_its_title_are_no_text() -> None:
    """A document site's text layer: the title, the co-authors' names on one line, their
    unit in parentheses, then the text; a VIP notice above it all."""
    body = (
        '<div class="vip-tip">本文档需要5下载券下载，VIP用户可免费下载。温馨提示：在线预览仅显示前2页。</div>'
        f'<div class="page"><div class="tl">{PLAIN.title}</div><div class="au">陈立新　刘珊</div>'
        f'<div class="au">（某省国有资产管理研究中心）</div>{_paragraphs()}</div>'
    )
    (essay,) = run(page(body, title=f"{PLAIN.title}.doc - 档库网")).essays
    assert essay.author == "陈立新 刘珊"
    assert essay.text.splitlines()[0] == PLAIN.paragraphs[0]


def test_paragraphs_set_in_styled_spans_are_no_records() -> None:
    """WeChat sets each paragraph in several styled spans; six such paragraphs are an
    essay, not a run of short records (a listing's entries)."""
    styled = "".join(
        f'<p><span style="font-size:15px">{p[: len(p) // 2]}</span>'
        f'<span style="color:#333">{p[len(p) // 2 :]}</span></p>'
        for p in SHORT
    )
    body = f'<h1 class="rich_media_title">{PLAIN.title}</h1><div id="js_content">{styled}</div>'
    links = "".join(f'<li><a href="/s/{i}">往期推荐文章第{i}篇</a></li>' for i in range(2))
    found = run(page(body + f"<ul>{links}</ul>"))
    assert found.kind == "article", found.why


def test_a_left_column_of_cut_off_link_titles_is_no_text() -> None:
    """An old party portal: a table's left column lists the latest articles, each title
    cut off with "…" after a bullet, in a row of its own, before the essay's cell."""
    rows = "".join(
        f'<tr><td class="list">&nbsp;&middot;<a href="/Article/{i}.asp" title="{s}">{s[:14]}…</a></td></tr>'
        for i, s in enumerate(SHORT[:7])
    )
    body = (
        f'<table><tr><td width="250"><table class="box"><tr><td>最新文章</td></tr>{rows}</table>'
        '<table class="box"><tr><td>专题专栏</td></tr><tr><td>&nbsp;&middot;<a href="/zt/">12380举报网站</a></td></tr></table></td>'
        f'<td><table><tr><td class="arttitle"><strong>{PLAIN.title}</strong></td></tr>'
        '<tr><td class="artinfo">来源：石桥镇党委 作者：周晓岚 发布时间：2022-09-15 16:42:08</td></tr>'
        f'<tr><td class="artcontent">{_paragraphs()}</td></tr></table></td></tr></table>'
    )
    (essay,) = run(page(body)).essays
    assert essay.text.splitlines()[0] == PLAIN.paragraphs[0]


def test_wechat_s_follow_prompt_and_role_credits_are_no_text() -> None:
    assert clutter_rule("点击上方蓝字 关注我们") == "app_promo"
    assert clutter_rule("文 | 沈砚秋 编辑 | 周南") == "byline"
    assert clutter_rule("文｜程望舒 审核｜中国科普作家协会会员 方立言") == "byline"
