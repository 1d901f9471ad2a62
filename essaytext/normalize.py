"""Normalization of essay text for fingerprinting (the stored text keeps its own script)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

# Some traditional-script sites annotate characters with pinyin: 網(wǎng), 進(jìn).
PINYIN_ANNOTATION = re.compile(r"(?<=[\u3400-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń]{1,7}\)")
# After NFKC, keep letters and digits only: punctuation, spaces and line breaks carry no identity.
NOT_WORD = re.compile(r"[\W_]+")


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    # t2s covers the Hong Kong and Taiwan variants' characters too (hk2s/tw2s add phrases only).
    return opencc.OpenCC("t2s")


def strip_pinyin_annotations(text: str) -> str:
    """Remove `(pīnyīn)` annotations that follow Chinese characters."""
    return PINYIN_ANNOTATION.sub("", text)


def to_simplified(text: str) -> str:
    """Fold traditional characters to simplified with OpenCC (t2s)."""
    return str(_t2s().convert(text))


# Full-width ASCII forms (：，（）０-９Ａ-Ｚ) and the ideographic space, folded one to one.
_HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def fold(text: str) -> str:
    """The form rules are matched in: simplified script, ASCII punctuation, same length.

    Clutter, byline and date rules are written once in this form, so they match traditional
    pages and full-width punctuation (：（）) alike, and a match's span is the original's.
    """
    return to_simplified(text.translate(_HALF_WIDTH))


def normalize(text: str) -> str:
    """Return the fingerprinting form: NFKC, no pinyin notes, simplified, lower case, words only."""
    text = unicodedata.normalize("NFKC", text)
    text = strip_pinyin_annotations(text)
    text = to_simplified(text)
    return NOT_WORD.sub("", text).lower()


def detect_script(text: str) -> str:
    """Return "hant" when the text is mostly traditional characters, else "hans"."""
    han = "".join(ch for ch in text if "\u4e00" <= ch <= "\u9fff")
    if not han:
        return "hans"
    changed = sum(1 for a, b in zip(han, to_simplified(han), strict=False) if a != b)
    # Even a traditional essay has most characters shared with simplified; 5% is far above
    # what simplified text shows (0%, save for rare OpenCC phrase rewrites).
    return "hant" if changed / len(han) > 0.05 else "hans"
