"""Mechanisms found missing on the blind set's round 12 tuning sites (benchmarks/fresh/),
each tested on a page built here from its description, around bundled essays."""

from __future__ import annotations

from test_extract_blind import page, run

from demo.essays import load_essays
from essaytext.clutter import clutter_rule
from essaytext.metadata import find_author
from essaytext.page import examine

ESSAYS = load_essays()
PIECES = [ESSAYS[k] for k in ("jidian-sikao", "shuangxiang-ronghe", "tongzhan-dongguashan")]
AUTHORS = ("王振宇", "刘晓楠", "赵明")


def _contest_page(pieces: int) -> str:
    """An SOE culture site's 征文 page: each winning essay under a prize label and its
    headline, then its author's and unit's lines, right-aligned."""
    essays = "".join(
        f"<p class='prize'>【{'一二三'[i]}等奖】</p><h3 align='center'>{essay.title}</h3>"
        + "".join(f"<p>{p}</p>" for p in essay.paragraphs[:4])
        + f"<p align='right'>作者：{AUTHORS[i]}</p><p align='right'>单位：第{i + 1}分公司</p>"
        for i, essay in enumerate(PIECES[:pieces])
    )
    return page(f"<h1>主题征文获奖作品选登</h1><div class='content'>{essays}</div>")


def test_a_contest_page_s_essays_under_prize_labels_each_signed_with_a_unit() -> None:
    found = run(_contest_page(3)).essays
    assert [(e.title, e.author) for e in found] == [
        (p.title, a) for p, a in zip(PIECES, AUTHORS, strict=True)
    ]
    for essay, piece in zip(found, PIECES, strict=True):
        assert essay.text.splitlines() == list(piece.paragraphs[:4])


def test_one_essay_signed_with_author_and_unit_lines_keeps_them_out_of_its_text() -> None:
    (essay,) = run(_contest_page(1)).essays
    assert essay.author == AUTHORS[0]
    assert essay.text.splitlines() == list(PIECES[0].paragraphs[:4])


def test_a_fanwen_page_s_numbered_pieces_are_essays_each_under_its_own_title() -> None:
    """A 范文 site: the site's lead-in (下面是小编…欢迎大家分享), three pieces under
    【篇一】 headings, then a 更多…请访问 line."""
    pieces = "".join(
        f"<p><strong>【篇{'一二三'[i]}】{essay.title}</strong></p>"
        + "".join(f"<p>{p}</p>" for p in essay.paragraphs[-3:])
        for i, essay in enumerate(PIECES)
    )
    body = (
        "<h1>关于党建工作的范文（精选3篇）</h1><div class='content'>"
        "<p>在日常工作中，大家都写过心得体会吧。下面是小编精心整理的关于党建工作的范文（精选3篇），"
        f"欢迎大家分享。</p>{pieces}<p>更多精彩范文请访问 某某范文网党建频道</p></div>"
    )
    found = run(page(body)).essays
    assert [e.title for e in found] == [p.title for p in PIECES]
    for essay, piece in zip(found, PIECES, strict=True):
        assert essay.text.splitlines() == list(piece.paragraphs[-3:])


def _wrapped(paragraph: str, width: int) -> list[str]:
    text = "\u3000\u3000" + paragraph
    return [text[i : i + width] for i in range(0, len(text), width)]


def test_a_plain_text_essay_wrapped_with_paragraphs_between_blank_lines() -> None:
    """An archive's .txt: a header of short lines, then paragraphs indented and
    hard-wrapped, blank lines between; a full line may end a sentence mid-paragraph."""
    essay = ESSAYS["zhengjiguan-xingdong"]

    def ends_a_sentence_inside(width: int) -> bool:
        return any(x.endswith("。") for p in essay.paragraphs for x in _wrapped(p, width)[:-1])

    width = next(w for w in range(26, 44) if ends_a_sentence_inside(w))
    blocks = ["\u3000" * 8 + essay.title, "作者：宋樵\n出处：《江岸》1994年3月号", "-" * 60]
    blocks += ["\n".join(_wrapped(p, width)) for p in essay.paragraphs]
    body = "\r\n\r\n".join(blocks).replace("\n", "\r\n").encode("gb18030")
    found = examine(
        body, "http://lib.example.edu.cn/wc/1.txt", header_charset="gb18030", min_chars=200
    )
    (kept,) = found.essays
    assert (kept.title, kept.author) == (essay.title, "宋樵")
    assert kept.text.splitlines() == list(essay.paragraphs)


def test_an_author_index_link_names_no_author() -> None:
    assert find_author(["首页 | 散文目录 | 作者索引 | 关于文存"]) is None
    assert find_author(["作者专栏"]) is None
    assert find_author(["作者：叶晚村\u3000\u3000出处：《燕川文艺》1996年5月号"]) == "叶晚村"


def test_archive_credits_notes_and_player_text_are_furniture() -> None:
    for line in (
        "录入：燕川大学图书馆特藏部",
        "视频制作：天讯网视频中心 王楠",
        "视频加载中，请稍候……",
        "分类：散文·乡土记忆",
        "【录入说明】原载报纸版面，个别字迹不清处已据作者手稿校补。",
        "本文仅供校内教学与研究使用，版权归原作者所有，请勿用于商业用途。",
    ):
        assert clutter_rule(line) is not None, line
    assert clutter_rule("分类：我把书按年代分好，一摞一摞码在架子上。") is None
