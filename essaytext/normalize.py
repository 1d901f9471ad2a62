"""Normalization of essay text for fingerprinting (the stored text keeps its own script)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

# Some traditional-script sites annotate characters with pinyin: 網(wǎng), 進(jìn).
_LETTERS = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń"
# ... or words: 发展(fā zhǎn); in full-width brackets too: 食堂（táng）.
PINYIN_ANNOTATION = re.compile(
    rf"(?<=[\u3400-\u9fff])[(（][{_LETTERS}]{{1,7}}(?: [{_LETTERS}]{{1,7}}){{0,3}}[)）]"
)
# After NFKC, keep letters and digits only: punctuation, spaces and line breaks carry no identity.
NOT_WORD = re.compile(r"[\W_]+")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def strip_pinyin_annotations(text: str) -> str:
    """Remove `(pīnyīn)` annotations that follow Chinese characters."""
    return PINYIN_ANNOTATION.sub("", text)


_VOWELS = "aeiouüvāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# One pinyin syllable: an initial, a run of vowels, a final n, ng or r (men, yè, zhuàng).
_SYLLABLE = re.compile(rf"(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?[{_VOWELS}]+(?:ng|n|r)?")
_TONE_MARK = re.compile(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜń]")
# A script converter annotates characters throughout a page; a writer glosses a word now
# and then. Below this many tone-marked notes, annotations are left alone.
MIN_CONVERTER_NOTES = 3


def strip_converter_pinyin(lines: list[str]) -> list[str]:
    """Remove the pinyin a site's script converter puts after characters (國有企業(yè)).

    Only when the text is annotated throughout (MIN_CONVERTER_NOTES tone-marked notes),
    and only syllables: a word glossed in Latin letters (数据(data)) stays.
    """
    notes = [m.group() for line in lines for m in PINYIN_ANNOTATION.finditer(line)]
    if sum(bool(_TONE_MARK.search(note)) for note in notes) < MIN_CONVERTER_NOTES:
        return lines

    def drop(match: re.Match[str]) -> str:
        syllables = match.group()[1:-1].split(" ")
        return "" if all(_SYLLABLE.fullmatch(s) for s in syllables) else match.group()

    return [PINYIN_ANNOTATION.sub(drop, line) for line in lines]


@lru_cache(maxsize=1)
def _t2s_table() -> dict[int, str]:
    """OpenCC's t2s character table: each traditional character to its first simplified form.

    Covers the Hong Kong and Taiwan variants' characters too (hk2s/tw2s add phrases only).
    """
    table = resources.files("opencc") / "dictionary" / "TSCharacters.txt"
    mapping = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        if line.strip():
            char, candidates = line.split("\t", 1)
            mapping[ord(char)] = candidates.split()[0]
    return mapping


@lru_cache(maxsize=1)
def _traditional_chars() -> frozenset[str]:
    """Characters OpenCC's t2s rewrites (the keys of its character table)."""
    return frozenset(map(chr, _t2s_table()))


def has_traditional(text: str) -> bool:
    """Whether the text holds a character of OpenCC's t2s table."""
    return not _traditional_chars().isdisjoint(text)


def to_simplified(text: str) -> str:
    """Fold traditional characters to simplified, one to one, with OpenCC's t2s character table.

    Character by character rather than OpenCC's phrase-level converter: for fingerprints and
    rule matching both fold copies alike (on the bundled essays, s2t then fold differs from
    the original at 2 characters in 14,788, OpenCC's converter at 1), and `str.translate`
    is about a hundred times faster than the pure-Python converter. Length never changes.
    """
    return text.translate(_t2s_table())


# Full-width ASCII forms (：，（）０-９Ａ-Ｚ) and the ideographic space, folded one to one.
_HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


@lru_cache(maxsize=8192)  # the same lines are folded by the clutter, title and template rules
def fold(text: str) -> str:
    """The form rules are matched in: simplified script, ASCII punctuation, same length.

    Clutter, byline and date rules are written once in this form, so they match traditional
    pages and full-width punctuation (：（）) alike, and a match's span is the original's.
    """
    return to_simplified(text.translate(_HALF_WIDTH))


def fold_for_fingerprint(text: str) -> str:
    """NFKC, no pinyin notes, simplified, lower case: `normalize` before punctuation goes."""
    text = unicodedata.normalize("NFKC", text)
    return to_simplified(strip_pinyin_annotations(text)).lower()


def normalize(text: str) -> str:
    """Return the fingerprinting form: NFKC, no pinyin notes, simplified, lower case, words only."""
    return NOT_WORD.sub("", fold_for_fingerprint(text))


def detect_script(text: str) -> str:
    """Return "hant" when the text is mostly traditional characters, else "hans"."""
    han = _HAN.findall(text)
    if not han:
        return "hans"
    changed = sum(map(_traditional_chars().__contains__, han))
    # Even a traditional essay has most characters shared with simplified; 5% is far above
    # what simplified text shows (0%, save for rare OpenCC phrase rewrites).
    return "hant" if changed / len(han) > 0.05 else "hans"
