from __future__ import annotations

import pytest

from essaytext.normalize import (
    detect_script,
    normalize,
    strip_converter_pinyin,
    strip_pinyin_annotations,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("國企黨建,與生產經營。", "国企党建与生产经营"),
        ("ＡＢＣ１２３，全角", "abc123全角"),  # NFKC folds full-width forms
        ("hard\nwrapped\r\n 行", "hardwrapped行"),
        ("“引号”「括号」——破折号", "引号括号破折号"),
        ("", ""),
    ],
)
def test_normalize(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_pinyin_annotations_are_removed_only_after_han_characters() -> None:
    assert strip_pinyin_annotations("推進(jìn)改革(gé)") == "推進改革"
    assert strip_pinyin_annotations("use (this) word") == "use (this) word"


def test_traditional_and_simplified_copies_normalize_alike(essays) -> None:
    assert normalize(essays["jizhi-chuangxin"].text) == normalize(
        essays["jizhi-chuangxin"].text.replace(",", ",")
    )


@pytest.mark.parametrize(
    ("slug", "script"), [("jizhi-chuangxin", "hant"), ("shuangxiang-ronghe", "hans")]
)
def test_detect_script(essays, slug: str, script: str) -> None:
    assert detect_script(essays[slug].text) == script


def test_detect_script_without_han() -> None:
    assert detect_script("plain ascii") == "hans"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # A converter's notes throughout: removed, neutral-tone syllables (們(men)) too.
        (
            ["國有企業(yè)黨建(jiàn)工作們(men)以數據(data)為本，網(wǎng)絡。"],
            ["國有企業黨建工作們以數據(data)為本，網絡。"],
        ),
        # A gloss or two in an essay: left alone.
        (
            ["数据(data)是生产要素(yào)，算力(suàn lì)也是。"],
            ["数据(data)是生产要素(yào)，算力(suàn lì)也是。"],
        ),
    ],
)
def test_converter_pinyin_goes_only_when_systematic(lines: list[str], expected: list[str]) -> None:
    assert strip_converter_pinyin(lines) == expected
