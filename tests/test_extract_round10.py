"""Mechanisms found missing on the untouched sites of rounds 5, 9 and 10, read after their
final measurement (the rounds are spent), each tested on a page built here from its
description, around bundled essays."""

from __future__ import annotations

from test_extract_blind import page, run
from test_extract_round9 import PLAIN, _paragraphs
from test_extract_unseen import SENTENCES

from essaytext.clutter import clutter_rule
from essaytext.metadata import find_author
from essaytext.names import is_person_name, named_alone
from essaytext.title import tidy_title


def test_bylines_in_the_forms_news_blogs_and_papers_write_them() -> None:
    lead = "【本報訊】記者鄭家朗報道：位於舊區永安里的一幢戰後唐樓，經過一年多的活化工程，日前以「街坊客廳」的新面貌重新開放，設有閱讀角和共享廚房。"
    assert find_author([lead]) == "鄭家朗"
    assert find_author(["周建国 发表于 2008-03-22 20:15:36 \xa0 分类：往事如烟"]) == "周建国"
    assert find_author(["（撰稿：周雨桐 摄影：李航 审核：孙建国）"]) == "周雨桐"
    assert find_author(["梧川快讯\u3000记者 梁思远2024-07-15 08:32+关注"]) == "梁思远"
    assert find_author(["作者：龙清源1，何晓岚2"]) == "龙清源 何晓岚"


def test_a_blog_post_s_meta_line_is_no_text_and_names_the_author() -> None:
    body = (
        f"<div class='post'><h2>{PLAIN.title}</h2>"
        "<div class='meta'>周建国 发表于 2008-03-22 20:15:36 &nbsp; 分类：往事如烟</div>"
        f"<div class='body'>{_paragraphs()}</div></div>"
    )
    (essay,) = run(page(body, title=f"{PLAIN.title} - 周建国的博客")).essays
    assert essay.author == "周建国"
    assert essay.text.splitlines() == list(PLAIN.paragraphs)


def _speech(column_heading: bool) -> str:
    """A county's 政务公开 page: the column's heading, an index table, the speech's
    headline, its speaker's post and name, the text."""
    column = "<h3>领导讲话</h3>" if column_heading else ""
    table = (
        "<table class='xxgk'><tr><td>索引号：</td><td>11341825MB1523867K/2024-00112</td>"
        "<td>发布机构：</td><td>白河县人民政府办公室</td></tr><tr><td>主题分类：</td><td>领导讲话</td>"
        "<td>发文日期：</td><td>2024-03-12</td></tr></table>"
    )
    return page(
        f"{column}{table}<h1>{PLAIN.title}</h1><p class='speaker'>县委副书记、县长\xa0\xa0宋立川</p>"
        f"<div id='zoom'>{_paragraphs()}</div>",
        title=f"{PLAIN.title}_领导讲话_白河县人民政府",
    )


def test_a_speech_under_an_index_table_is_titled_by_its_headline_and_speaker() -> None:
    for column_heading in (True, False):
        (essay,) = run(_speech(column_heading)).essays
        assert (essay.title, essay.author) == (PLAIN.title, "宋立川")


def test_bios_page_addresses_credits_and_follow_prompts_are_furniture() -> None:
    for line in (
        "【作者简介】沈青岚，江南人，中学语文教师，业余写作散文。",
        "作者简介：张三，某某大学教授。",
        "本文地址：http://www.example.cn/news/2023-03/06/content_430615.htm",
        "（圖片來源：讀者提供）",
        "点击上方蓝字 · 关注青禾观察",
    ):
        assert clutter_rule(line) is not None, line
    assert clutter_rule("本文地址在城东，离车站不远。") is None


def test_a_short_notice_s_sidebar_summaries_after_it_are_no_text() -> None:
    """A county portal's policy note of three paragraphs, then a sidebar of twelve picks
    whose one-sentence summaries add up to more than a third of the text."""
    picks = "".join(
        f'<li><a href="/a/{i}.html">{s[:10]}</a><p>{s[10:34]}。</p></li>'
        for i, s in enumerate(SENTENCES[100:112])
    )
    body = (
        f"<div class='article'><h1>{PLAIN.title}</h1>{_paragraphs_of(3)}</div>"
        f"<div class='rel'>{''.join(f'<p><a href=/r/{i}>{s[:14]}</a></p>' for i, s in enumerate(SENTENCES[80:88]))}</div>"
        f"<div class='side'><h3>图片新闻</h3><ul>{picks}</ul></div>"
    )
    (essay,) = run(page(body)).essays
    assert essay.text.splitlines() == list(PLAIN.paragraphs[:3])


def _paragraphs_of(n: int) -> str:
    return "".join(f"<p>{p}</p>" for p in PLAIN.paragraphs[:n])  # the first n of _paragraphs()


def test_a_tieba_essay_over_three_floors_with_replies_nested_under_them() -> None:
    """The opening post's essay goes on in the poster's 2楼 and 3楼; under each floor a few
    replies by others (楼中楼), then reply floors by others."""
    parts = [PLAIN.paragraphs[0:3], PLAIN.paragraphs[3:5], PLAIN.paragraphs[5:]]

    def floor(name: str, number: int, text: str, nested: str = "") -> str:
        return (
            f"<div class='l_post'><div class='d_author'><a href='/u?{name}' class='name'>{name}</a>"
            f"</div><div class='d_post_content'>{text}</div><div class='tail'>"
            f"<span>{number}楼</span><span>2024-01-07 21:{30 + number:02d}</span></div>{nested}</div>"
        )

    def nested(names: tuple[str, str]) -> str:
        items = "".join(
            f"<li><a href='/u?{n}'>{n}</a>:<span>{s[:20]}</span><span>2024-1-7 22:{10 + i}</span></li>"
            for i, (n, s) in enumerate(zip(names, SENTENCES[60:62], strict=True))
        )
        return f"<div class='lzl'><ul>{items}</ul><a href='#'>我也说一句</a></div>"

    others = ("老钳工王", "北岭子弟", "炉前一只猫", "焦化二代")
    floors = [
        floor("北岭老焦", n + 1, "<br>".join(part), nested(others[n % 2 : n % 2 + 2]))
        for n, part in enumerate(parts)
    ]
    floors += [floor(name, 4 + i, f"{SENTENCES[70 + i][:30]}。") for i, name in enumerate(others)]
    body = f"<h1>{PLAIN.title}</h1><div id='j_p_postlist'>{''.join(floors)}</div>"
    (essay,) = run(page(body, title=f"{PLAIN.title}_北岭钢厂吧_聚里吧")).essays
    assert essay.author == "北岭老焦"
    assert essay.text.splitlines() == list(PLAIN.paragraphs)


# Round 11's tuning sites (u-, v-), read after its first measurement.


def test_a_long_thread_s_essay_over_the_host_s_floors_with_replies_between() -> None:
    """A Tianya-like thread: the opening floor set apart (a class more, no header), later
    floors with 作者/时间 headers, the host's marked 楼主; short replies between them."""
    parts = [PLAIN.paragraphs[0:3], PLAIN.paragraphs[3:5], PLAIN.paragraphs[5:]]

    def floor(name: str, number: int, text: str) -> str:
        badge = "<span class='host'>楼主</span>" if name == "老屋檐下" else ""
        return (
            f"<div class='atl-item'><div class='atl-head'><span>作者：<a href='/p/{number}'>"
            f"{name}</a></span>{badge} <span>时间：2023-08-1{number % 9} 21:{10 + number}:07</span></div>"
            f"<div class='atl-content'><div class='bbs-content'>{text}</div>"
            f"<div class='atl-reply'><span>{number}楼</span> <a href='#'>回复</a></div></div></div>"
        )

    opening = (
        "<div class='atl-item host-item'><div class='atl-content'>"
        f"<div class='bbs-content clearfix'>{'<br><br>'.join(parts[0])}</div>"
        "<div class='atl-reply'><a href='#'>举报</a> | <a href='#'>回复</a></div></div></div>"
    )
    replies = [f"{s[:24]}。" for s in SENTENCES[50:56]]
    floors = [
        floor("江湖夜雨灯", 2, replies[0]),
        floor("北渡的猫", 3, replies[1]),
        floor("老屋檐下", 4, "<br><br>".join(parts[1])),
        floor("石头记里的石头", 5, replies[2]),
        floor("青衫旧客", 6, replies[3]),
        floor("老屋檐下", 7, "<br><br>".join(parts[2])),
        floor("北渡的猫", 8, replies[4]),
    ]
    body = (
        f"<div class='atl-head'><h1>{PLAIN.title}</h1><div class='atl-info'>楼主：<a href='/p/0'>"
        "老屋檐下</a> 时间：2023-08-14 21:36:07 点击：12853 回复：236</div></div>"
        f"<div class='atl-main'>{opening}{''.join(floors)}</div>"
    )
    (essay,) = run(page(body, title=f"{PLAIN.title}_煮酒论史_望海社区")).essays
    assert essay.author == "老屋檐下"
    assert essay.text.splitlines() == list(PLAIN.paragraphs)


def test_an_e_magazine_s_running_head_dates_the_article_by_its_issue() -> None:
    body = (
        "<div class='top'>《铁源》2023年第6期（总第86期）2023年6月出版 铁源集团有限公司主办</div>"
        "<div class='nav'><a href='14.html'>上一页</a> <a href='18.html'>下一页</a></div>"
        f"<div class='kicker'>一线风采</div><h2>{PLAIN.title}</h2><div>文/易晓峰 图/马骁</div>"
        f"<div class='con'>{_paragraphs()}</div>"
    )
    (essay,) = run(page(body), "http://emag.example.cn/2023-06/p14.html").essays
    assert essay.published == "2023-06"


def test_bracketed_and_translator_bylines() -> None:
    assert find_author(["【作者】何立新\u3000梁晓燕"]) == "何立新 梁晓燕"
    assert find_author(["編譯 陳思妤／綜合外電報導 2024-03-15 08:20 瀏覽數 --"]) == "陳思妤"
    assert clutter_rule("（圖／記者林佩君攝）") == "byline"


# Round 11's untouched sites, read after their final measurement (the round is spent).


def test_names_alone_under_a_headline_and_in_brackets_after_it() -> None:
    assert named_alone("韩雪梅1\u3000杜志远2") == "韩雪梅 杜志远"  # a paper's affiliation marks
    assert named_alone("临江县实验中学语文组\u3000王雅琴") == "王雅琴"
    assert tidy_title("整本书阅读教学的几点思考（王雅琴）") == "整本书阅读教学的几点思考"
    assert tidy_title("怀念（外婆）") == "怀念（外婆）"
    # A poster's IP location shown alone is no name.
    assert not is_person_name("江西") and is_person_name("江小白")


def test_a_paper_s_record_fields_bio_and_source_address_are_furniture() -> None:
    """Round 11's journal and online-library pages, read after their final measurement."""
    for line in (
        "【分类号】G623.2 【DOI】10.19xxx/j.cnki.scjy.2023.05.012",
        "【基金项目】某省教育科学规划课题“乡村小学整本书阅读教学策略研究”",
        "基金项目：国家社会科学基金一般项目（21BKS001）",
        "收稿日期：2023-04-11",
        "韩雪梅（1979—），女，某某师范大学文学院副教授，主要研究方向为语文课程与教学论。",
        "原文地址：http://blog.example.com/u/someone/2019/0412.html",
        "出处：www.example.cn/a/1.html",
        "·12·",
    ):
        assert clutter_rule(line) is not None, line
    for line in (
        "原文地址在老城区，如今已是一片绿地。",
        "韩雪梅（1979年生）回到家乡，在小学教了二十年书。",
    ):
        assert clutter_rule(line) is None, line


def test_a_menu_row_of_many_links_in_a_layout_table_is_no_text() -> None:
    """A county news site in layout tables: a menu of twelve links set apart by "|" in one
    cell, which extraction gives as a long table row above the text."""
    menu = "&nbsp;|&nbsp;".join(f'<a href="/lm{i}/" class="nav">栏目{i}名称</a>' for i in range(12))
    body = (
        f"<table width='980'><tr><td height='34' align='center'><font>{menu}</font></td></tr></table>"
        f"<table width='980'><tr><td width='700'><h1>{PLAIN.title}</h1>"
        f"<div class='zw'>{_paragraphs()}</div></td><td width='280'>热点</td></tr></table>"
    )
    (essay,) = run(page(body)).essays
    assert essay.text.splitlines() == list(PLAIN.paragraphs)
