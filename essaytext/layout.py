"""Layout repair of text that comes from PDF text layers: hard-wrapped lines re-flowed."""

from __future__ import annotations

import html as htmllib
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from .names import is_person_name

# A sentence ends at its punctuation, or at a closing quote or bracket right after it.
_SENTENCE_END = re.compile(r"[。！？!?：:；;…][」』”\"’）)]?$")
# Lines that open a paragraph whatever came before: numbered headings and list items.
PARAGRAPH_START = re.compile(
    r"^(?:\d+(?:\.\d+)*\s*[\u4e00-\u9fff]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|"
    r"第[一二三四五六七八九十\d]+[章节部分条]|摘要|关键词|参考文献|——)"
)
MIN_WRAP_WIDTH = 12
MIN_WRAPPED_LINES = 6
# Share of lines that must sit at the wrap width for a text to count as hard-wrapped.
WRAPPED_SHARE = 0.5
# A ragged wrap's width is the length its longer lines reach (this quantile), and its
# full lines are at least this share of it.
RAGGED_WIDTH_AT = 0.75
RAGGED_SHARE = 0.8
_CUT_INSIDE = re.compile(r"[\u4e00-\u9fff\d,，、]$")


def _wrapping(lines: list[str]) -> tuple[int, int] | None:
    """(width, shortest full line) of a hard-wrapped text, or None. Lines wrapped at one
    width vary by a character or two (punctuation, Latin digits); a text layer wrapped by
    glyph widths varies more (31 to 38), around a width its longer lines reach."""
    lengths = [len(line) for line in lines if line and not line.startswith("|")]
    if len(lengths) < MIN_WRAPPED_LINES:
        return None
    # Wrapped lines are cut mid-sentence, inside a word or after a comma; a listing's
    # lines of equal length end in a link's ">>" or a teaser's "……". (Shares of the text,
    # so that headings and running headers weigh by their size.)
    if sum(len(line) for line in lines if _CUT_INSIDE.search(line)) < WRAPPED_SHARE * sum(lengths):
        return None
    width = max(Counter(lengths).items(), key=lambda item: (item[1], item[0]))[0]
    near = sum(1 for n in lengths if width - 2 <= n <= width + 2)
    if width >= MIN_WRAP_WIDTH and near / len(lengths) >= WRAPPED_SHARE:
        return width, width - 2
    width = sorted(lengths)[int(RAGGED_WIDTH_AT * (len(lengths) - 1))]
    shortest = int(width * RAGGED_SHARE)
    near = sum(n for n in lengths if shortest <= n <= width + 2)
    if width >= MIN_WRAP_WIDTH and near >= WRAPPED_SHARE * sum(lengths):
        return width, shortest
    return None


def wrap_width(lines: list[str]) -> int | None:
    """The width a text was hard-wrapped at, or None when it does not look hard-wrapped."""
    found = _wrapping(lines)
    return found[0] if found else None


def reflow(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines back into paragraphs; text that is not hard-wrapped is returned as is.

    A full line that does not end a sentence continues on the next line, unless the next
    line opens a numbered heading or list item.
    """
    found = _wrapping(lines)
    if found is None:
        return lines
    paragraphs: list[str] = []
    open_paragraph = False
    for line in lines:
        row = line.startswith("|")  # a table's row is never wrapped text
        if open_paragraph and not row and not PARAGRAPH_START.match(line):
            paragraphs[-1] += line
        else:
            paragraphs.append(line)
        open_paragraph = not row and len(line) >= found[1] and not _SENTENCE_END.search(line)
    return paragraphs


def drop_running_headers(lines: list[str], title: str | None) -> list[str]:
    """Without a document viewer's running headers: the title where it repeats on two or
    more lines (a compilation names each of its essays once), and in hard-wrapped text any
    short line that repeats and is neither a sentence nor a name (a journal's name and
    issue at the top of each page). The headline between two paragraphs goes too."""
    keys = ["".join(line.split()) for line in lines]
    title_key = "".join((title or "").split())
    counts = Counter(keys)
    wrapped = wrap_width(lines) is not None

    def running(key: str) -> bool:
        if counts[key] < 2 or not key:
            return False
        if key == title_key:
            return True
        short = len(key) <= MAX_RUNNING_HEADER and not _ENDS_SENTENCE.search(key)
        return wrapped and short and not is_person_name(key)

    def amid_text(i: int) -> bool:  # extraction put the <h1> between two paragraphs
        around = lines[i - 1 : i + 2 : 2] if 0 < i < len(lines) - 1 else []
        return bool(around) and all(
            len(x) >= MIN_PARAGRAPH and _ENDS_SENTENCE.search(x) for x in around
        )

    return [
        line
        for i, (line, key) in enumerate(zip(lines, keys, strict=True))
        if not running(key) and not (key == title_key and amid_text(i))
    ]


MAX_RUNNING_HEADER = 40
MIN_PARAGRAPH = 60
_ENDS_SENTENCE = re.compile(r"[。！？!?；;]")


# --- two-column text layers (flipbook and PDF viewers) ---

_SEGMENT = re.compile(r"\S+(?:[ \u00a0]{1,3}\S+)*")
# Spaces a PDF text layer leaves between CJK characters: 党建品牌创建 , 要 / 2020 年
_CJK = "[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef“”‘’]"
_CJK_GAP = re.compile(rf"(?<={_CJK})[ \u00a0]+(?![A-Za-z])|(?<![A-Za-z])[ \u00a0]+(?={_CJK})")
MIN_TWO_COLUMN_LINES = 6
INDENT = 3


def _width(text: str) -> int:
    """Display width: CJK characters take two columns, as in a text layer laid out in monospace."""
    return sum(
        2 if ch >= "\u1100" and unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text
    )


@dataclass(frozen=True)
class _Segment:
    row: int
    start: int
    end: int
    text: str


def _segments(text: str) -> list[_Segment]:
    found = []
    for row, line in enumerate(text.expandtabs().splitlines()):
        for match in _SEGMENT.finditer(line):
            start = _width(line[: match.start()])
            found.append(_Segment(row, start, start + _width(match.group()), match.group()))
    return found


def _column_paragraphs(column: list[_Segment]) -> list[str]:
    """Join a column's lines into paragraphs: a new one where a line is indented from both neighbours,
    or where the previous line ended a sentence short of the column's width."""
    if not column:
        return []
    full = sorted(s.end - s.start for s in column)[len(column) * 3 // 4]
    paragraphs: list[str] = []
    for i, seg in enumerate(column):
        before = column[i - 1] if i else None
        after = column[i + 1] if i + 1 < len(column) else None
        indented = (before is None or seg.start >= before.start + INDENT) and (
            after is None or seg.start >= after.start + INDENT
        )
        # A paragraph ends with a sentence; then the next line is indented or the last one short.
        ended = before is not None and _SENTENCE_END.search(before.text) is not None
        short = before is not None and before.end - before.start < full * 0.8
        if not paragraphs or (ended and (indented or short)):
            paragraphs.append(seg.text)
        else:
            paragraphs[-1] += seg.text
    return [_CJK_GAP.sub("", p) for p in paragraphs]


def deinterleave_columns(
    text: str, is_furniture: Callable[[str], bool] = lambda _: False
) -> list[str] | None:
    """Put a two-column text layer back in reading order: the left column, then the right one,
    then captions that span the columns. None when the text is not laid out in two columns.

    Positions come from the text's own spacing (display width, CJK counting two), so this
    works on whitespace-preserving text layers (<pre>, PDF-to-text output).
    """
    segments = [s for s in _segments(text) if not is_furniture(s.text)]
    by_row: dict[int, list[_Segment]] = {}
    for seg in segments:
        by_row.setdefault(seg.row, []).append(seg)
    pairs = [row for row in by_row.values() if len(row) == 2]
    if len(pairs) < MIN_TWO_COLUMN_LINES:
        return None
    left_end = sorted(row[0].end for row in pairs)[len(pairs) // 2]
    right_start = sorted(row[1].start for row in pairs)[len(pairs) // 2]
    if right_start - left_end < 4:
        return None
    split = (left_end + right_start) // 2
    left_start = sorted(row[0].start for row in pairs)[len(pairs) // 2]
    left_width = left_end - left_start
    left: list[_Segment] = []
    right: list[_Segment] = []
    captions: list[_Segment] = []
    in_caption = False
    for seg in segments:
        if seg.start < left_start - INDENT:
            continue  # running headers, page strips: outside the columns
        if seg.start < split < seg.end - INDENT:
            captions.append(seg)  # spans both columns: a photo caption or its credit
            in_caption = True
        elif seg.start >= split:
            right.append(seg)
        elif in_caption and seg.end - seg.start < left_width * 0.8:
            captions.append(seg)  # a caption's short last line, before the column resumes
        else:
            in_caption = False
            left.append(seg)
    caption_text = [_CJK_GAP.sub("", "".join(s.text for s in captions))] if captions else []
    left_paragraphs, right_paragraphs = _column_paragraphs(left), _column_paragraphs(right)
    if left_paragraphs and right_paragraphs and not _SENTENCE_END.search(left_paragraphs[-1]):
        left_paragraphs[-1] += right_paragraphs.pop(0)  # a sentence running on into the next column
    return left_paragraphs + right_paragraphs + caption_text


_TAG = re.compile(r"<[^>]+>")
MIN_LAYER_TEXT = 150
_PRE = re.compile(r"<pre\b[^>]*>(.*?)</pre\s*>", re.IGNORECASE | re.DOTALL)
_HAN = re.compile(r"[\u4e00-\u9fff]")


def column_layer_lines(html: str, is_furniture: Callable[[str], bool]) -> list[str] | None:
    """A flipbook or PDF text layer (<pre>, spacing kept) in two columns, put back in reading order."""
    layers = [htmllib.unescape(_TAG.sub("", m.group(1))) for m in _PRE.finditer(html)]
    if not layers:
        return None
    layer = max(layers, key=len)
    visible = re.sub(r"\s+", "", layer)
    # Only Chinese prose: code blocks with aligned comments are not columns.
    if len(visible) < MIN_LAYER_TEXT or len(_HAN.findall(visible)) < len(visible) / 2:
        return None
    return deinterleave_columns(layer, is_furniture=is_furniture)
