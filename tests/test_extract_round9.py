"""Mechanisms found missing on the blind set's round 9 tuning sites (benchmarks/fresh/),
each tested on a page built here from its description, around bundled essays."""

from __future__ import annotations

from test_extract_blind import page, run
from test_extract_unseen import SENTENCES

from demo.essays import load_essays
from essaytext.clutter import clutter_rule
from essaytext.dates import parse_issue_month
from essaytext.metadata import find_author
from essaytext.names import named_alone
from essaytext.title import clean_title

ESSAYS = load_essays()
PLAIN = ESSAYS["zhengjiguan-xingdong"]


def _paragraphs() -> str:
    return "".join(f"<p>{p}</p>" for p in PLAIN.paragraphs)


def _recommended(n: int = 10) -> str:
    """A sidebar's picks: each a link title, its author, a one-sentence summary."""
    items = "".join(
        f'<li><a href="/a/{i}.html">{s[:9]}</a><span>作者{i}</span><p>{s}。</p></li>'
        for i, s in enumerate(SENTENCES[40 : 40 + n])
    )
    return f'<div class="box"><h3>编辑推荐</h3><ul class="rec">{items}</ul></div>'


def _links(n: int, path: str = "/x") -> str:
    return "".join(
        f'<p><a href="{path}/{i}.html">{s[:14]}</a></p>' for i, s in enumerate(SENTENCES[:n])
    )


def test_a_sidebar_s_summaries_after_the_text_are_no_text() -> None:
    """A magazine's article: the text, then tags, share, 延伸阅读 links, and a sidebar of
    picks whose summaries are sentences; extraction appends the summaries to the text."""
    body = (
        f"<div class='article'><h1>{PLAIN.title}</h1><div class='body'>{_paragraphs()}</div>"
        f"<div class='rel'><h4>延伸阅读</h4>{_links(8)}</div></div>"
        f"<div class='side'>{_recommended()}</div>"
    )
    (essay,) = run(page(body, title=f"{PLAIN.title}｜某某文丛")).essays
    assert essay.text.splitlines() == list(PLAIN.paragraphs)


def test_an_account_s_card_under_its_comments_is_no_text() -> None:
    """A WeChat-like page: the text, recommended links, selected comments, the closing
    note under them and the account's card."""
    comments = "".join(
        f"<li class='discuss_item'><div class='user_info'><img src='/a{i}.png'>"
        f"<strong class='nickname'>网友{i}</strong><span class='like'><em>{9 * i}</em></span></div>"
        f"<div class='discuss_message'>{s}</div><div class='discuss_extra_info'>{i}天前</div></li>"
        for i, s in enumerate(SENTENCES[60:65], 1)
    )
    body = (
        f"<h1>{PLAIN.title}</h1><div id='js_content'>{_paragraphs()}</div>"
        f"<section class='rec'>{_links(8, '/s')}</section>"
        f"<div class='discuss'><h3>精选留言</h3><ul>{comments}</ul>"
        "<p class='discuss_more'>以上留言由公众号筛选后显示</p></div>"
        "<div class='profile_card'><strong>某某集团</strong>"
        "<p>某某集团有限公司官方公众号，发布集团新闻和企业文化资讯。</p></div>"
    )
    (essay,) = run(page(body)).essays
    assert essay.text.splitlines() == list(PLAIN.paragraphs)


def test_an_issue_month_in_traditional_script_dates_the_essay() -> None:
    assert parse_issue_month("第八十七期　2024年3月號") == "2024-03"
    assert parse_issue_month("2024年3月5日") is None
    body = (
        f"<div class='crumb'><a href='/'>首頁</a> ／ <a href='/q/87/'>第八十七期</a></div>"
        f"<h1>{PLAIN.title}</h1><div>文／<a href='/au/1'>葉朗文</a></div>"
        f"<div>第八十七期　2024年3月號</div><div class='body'>{_paragraphs()}</div>"
    )
    (essay,) = run(page(body)).essays
    assert essay.published == "2024-03"


def test_an_answer_is_dated_by_its_own_line_under_it_not_by_the_question() -> None:
    """A Q&A page: the question asked on one day, the long answer, then 发布于 its day (too
    far below the headline for the byline window)."""
    long_answer = "".join(f"<p>{p}</p>" for e in list(ESSAYS.values())[:2] for p in e.paragraphs)
    body = (
        f"<h1>{PLAIN.title}？</h1><div class='q'>提问于 2023-11-30</div>"
        f"<div class='author'>顾远舟</div><div class='answer'>{long_answer}</div>"
        "<div class='time'>发布于 2023-12-06 21:14</div><div>赞同 4521　评论 120</div>"
    )
    (essay,) = run(page(body)).essays
    assert (essay.published or "")[:10] == "2023-12-06"


def test_a_page_of_student_essays_each_under_a_school_grade_and_name_line() -> None:
    """Three essays, each a headline, a 学校 年级班 姓名 line and its text."""
    assert named_alone("江宸市实验中学　七年级（3）班　唐一诺") == "唐一诺"
    assert named_alone("这是一个句子，不是署名") is None
    picked = [ESSAYS[k] for k in sorted(ESSAYS)[:3]]
    lines = (
        "某某市实验中学　七年级（3）班　唐一诺",
        "某某县城东中学　八年级（1）班　邵子涵",
        "青溪镇中心学校　七年级（5）班　何家乐",
    )
    body = "".join(
        f"<{'h1' if n == 0 else 'h2'}>{e.title}</{'h1' if n == 0 else 'h2'}>"
        f"<p class='grade'>{line}</p><div>{''.join(f'<p>{p}</p>' for p in e.paragraphs)}</div>"
        for n, (e, line) in enumerate(zip(picked, lines, strict=True))
    )
    found = run(
        page(f"<div class='tip'>编者按：本期选登三篇习作。</div>{body}", title=picked[0].title)
    )
    assert [(e.title, e.author) for e in found.essays] == [
        (e.title, line.split("　")[-1]) for e, line in zip(picked, lines, strict=True)
    ]
    assert [e.text.splitlines() for e in found.essays] == [list(e.paragraphs) for e in picked]


def test_a_text_the_page_holds_twice_is_still_an_essay() -> None:
    """A page carrying its text twice (a second copy for another layout): repeated
    sentences are no sign of a listing (a site's filler text repeats one, too)."""
    body = f"<h1>{PLAIN.title}</h1><div class='pc'>{_paragraphs()}</div><div class='m'>{_paragraphs()}</div>"
    found = run(page(body))
    assert found.kind == "article", found.why


def test_an_e_paper_page_s_table_of_titles_and_summaries_is_a_listing() -> None:
    rows = "".join(
        f"<tr><td>{i}</td><td><a href='content_{i}.htm'>{s[:14]}</a></td><td>{s}。</td></tr>"
        for i, s in enumerate(SENTENCES[:6], 1)
    )
    body = f"<div class='hd'>第06版：经济　本版共6篇稿件</div><table>{rows}</table>"
    found = run(page(body, title="第06版：经济"), "http://epaper.example.cn/html/node_6.htm")
    assert found.kind == "listing" and not found.essays, found.why


def test_a_tag_page_whose_entries_extraction_runs_together_is_a_listing() -> None:
    """Each entry a heading link with a short title, a summary and a meta span."""
    items = "".join(
        f"<li><h3><a href='/z/{i}.html'>{s[:5]}</a></h3><p>{s}。</p>"
        f"<span>七年级　{500 + i}字　2024-01-{1 + i:02d}</span></li>"
        for i, s in enumerate(SENTENCES[:20])
    )
    body = f"<h1>“家乡”相关作文</h1><p>共收录作文1268篇，以下按发布时间排序。</p><ul>{items}</ul>"
    found = run(page(body, title="家乡作文_作文网"), "http://www.example.cn/tag/100.html")
    assert found.kind == "listing" and not found.essays, found.why


# Round 10's tuning sites (s-, t-), read after its first measurement.


def test_a_forum_post_with_an_attachment_s_hidden_tip_keeps_its_text() -> None:
    """A Discuz post in a layout table: paragraphs in <font> with <br>s, an inline image
    whose hidden popup names the file, more paragraphs, the poster's signature."""
    first, *rest = PLAIN.paragraphs
    tip = (
        "<ignore_js_op><img src='none.gif' class='zoom'><div class='tip tip_4' "
        "style='position: absolute; display: none'><p><strong>IMG_0715.jpg</strong> "
        "<em>(286.41 KB, 下载次数: 3)</em></p><p><a href='/att?aid=1'>下载附件</a></p>"
        "<p>2024-4-3 20:35 上传</p></div></ignore_js_op>"
    )
    text = "<br><br>".join(rest)
    post = (
        f"<table><tr><td class='t_f' id='postmessage_1'><font size='3'>{first}</font><br><br>"
        f"{tip}<br><font size='3'>{text}</font></td></tr>"
        "<tr><td><div class='sign'>山风过岗，云在青天。</div></td></tr></table>"
    )
    body = f"<h1><span id='thread_subject'>{PLAIN.title}</span></h1>{post}"
    (essay,) = run(page(body, title=f"{PLAIN.title} - 西山文苑 - 西山论坛")).essays
    assert essay.text.splitlines() == list(PLAIN.paragraphs)


def test_a_writer_s_role_before_the_name_is_no_name() -> None:
    assert find_author(["作者：文字/胡晓 摄影/沈一鸣"]) == "胡晓"
    assert find_author(["作者：文字：王明 图片：李四"]) == "王明"


def test_a_title_naming_the_first_of_several_pieces_gives_its_headline() -> None:
    """标题（外三篇）-栏目-站名: the note and the column after a bracket are no headline."""
    assert clean_title("外婆的腌菜坛（外三篇）-散文-秋水文学网") == "外婆的腌菜坛"
    assert parse_issue_month("2024年3月 总第126期") == "2024-03"
    assert parse_issue_month("2024年3月5日 第3期") is None


def test_a_page_of_short_essays_each_under_its_headline_and_byline_is_split() -> None:
    """A literature monthly's page: short pieces (four paragraphs, about 250 characters),
    each a bold headline, a 文/姓名 line and its text."""
    titles, names = ("外婆的腌菜坛", "河埠头", "夏夜的萤火"), ("许南枝", "陈行舟", "邵晓岚")
    texts = [SENTENCES[k : k + 4] for k in (0, 4, 8)]
    body = "".join(
        f"<p><strong>{title}</strong></p><p style='text-align:center'>文/{name}</p>"
        + "".join(f"<p>{s}。</p>" for s in text)
        + "<p>&nbsp;</p>"
        for title, name, text in zip(titles, names, texts, strict=True)
    )
    found = run(
        page(f"<div id='zoom'>{body}</div>", title="外婆的腌菜坛（外两篇）-散文-某某文学网")
    )
    assert [(e.title, e.author) for e in found.essays] == list(zip(titles, names, strict=True))
    assert [e.text for e in found.essays] == ["\n".join(f"{s}。" for s in t) for t in texts]


def test_a_document_site_s_notice_and_a_font_size_button_are_furniture() -> None:
    for line in (
        "温馨提示：",
        "本站文档由用户上传，版权归原作者所有，下载前请先预览。",
        "下载后如需编辑，请使用WPS或Office打开。",
        "小字号",
    ):
        assert clutter_rule(line) is not None, line
    for line in ("温馨提示：本文共5页", "下载后的第二天，我们出发了。"):
        assert clutter_rule(line) is None, line
