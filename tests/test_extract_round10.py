"""Mechanisms found missing on the untouched sites of rounds 5, 9 and 10, read after their
final measurement (the rounds are spent), each tested on a page built here from its
description, around bundled essays."""

from __future__ import annotations

from test_extract_blind import page, run
from test_extract_round9 import PLAIN
from test_extract_unseen import SENTENCES

from essaytext.clutter import clutter_rule
from essaytext.metadata import find_author


def _paragraphs() -> str:
    return "".join(f"<p>{p}</p>" for p in PLAIN.paragraphs)


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
    return "".join(f"<p>{p}</p>" for p in PLAIN.paragraphs[:n])


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
