"""Normalization of essay text for fingerprinting (the stored text keeps its own script)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

import opencc

# Some traditional-script sites annotate characters with pinyin: 網(wǎng), 進(jìn).
PINYIN_ANNOTATION = re.compile(r"(?<=[\u3400-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń]{1,7}\)")
# After NFKC, keep letters and digits only: punctuation, spaces and line breaks carry no identity.
NOT_WORD = re.compile(r"[\W_]+")
_HAN = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    # t2s covers the Hong Kong and Taiwan variants' characters too (hk2s/tw2s add phrases only).
    return opencc.OpenCC("t2s")


def strip_pinyin_annotations(text: str) -> str:
    """Remove `(pīnyīn)` annotations that follow Chinese characters."""
    return PINYIN_ANNOTATION.sub("", text)


@lru_cache(maxsize=1)
def _traditional_chars() -> frozenset[str]:
    """Characters OpenCC's t2s rewrites (the keys of its character table)."""
    table = resources.files("opencc") / "dictionary" / "TSCharacters.txt"
    lines = table.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("\t", 1)[0] for line in lines if line.strip())


def has_traditional(text: str) -> bool:
    """Whether t2s would change any character of the text."""
    return not _traditional_chars().isdisjoint(text)


def to_simplified(text: str) -> str:
    """Fold traditional characters to simplified with OpenCC (t2s).

    OpenCC's pure-Python converter is slow; text with no character it rewrites (most pages)
    is returned as is.
    """
    return str(_t2s().convert(text)) if has_traditional(text) else text


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
    han = _HAN.findall(text)
    if not han:
        return "hans"
    changed = sum(map(_traditional_chars().__contains__, han))
    # Even a traditional essay has most characters shared with simplified; 5% is far above
    # what simplified text shows (0%, save for rare OpenCC phrase rewrites).
    return "hant" if changed / len(han) > 0.05 else "hans"
