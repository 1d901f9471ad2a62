"""Mechanisms found missing on the blind set's round 12 tuning sites (benchmarks/fresh/),
each tested on a page built here from its description, around bundled essays."""

from __future__ import annotations

from test_extract_blind import page, run

from demo.essays import load_essays

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
