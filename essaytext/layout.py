"""Layout repair of text that comes from PDF text layers: hard-wrapped lines re-flowed."""

from __future__ import annotations

import html as htmllib
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from .metadata import is_person_name

# A sentence ends at its punctuation, or at a closing quote or bracket right after it.
_SENTENCE_END = re.compile(r"[。！？!?：:；;…][」』”\"’）)]?$")
# Lines that open a paragraph whatever came before: numbered headings and list items.
_PARAGRAPH_START = re.compile(
    r"^(?:\d+(?:\.\d+)*\s*[\u4e00-\u9fff]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|"
    r"第[一二三四五六七八九十\d]+[章节部分条]|摘要|关键词|参考文献|——)"
)
MIN_WRAP_WIDTH = 12
MIN_WRAPPED_LINES = 6
# Share of lines that must sit at the wrap width for a text to count as hard-wrapped.
WRAPPED_SHARE = 0.5


def wrap_width(lines: list[str]) -> int | None:
    """The width a text was hard-wrapped at, or None when it does not look hard-wrapped."""
    lengths = [len(line) for line in lines if line]
    if len(lengths) < MIN_WRAPPED_LINES:
        return None
    width = max(Counter(lengths).items(), key=lambda item: (item[1], item[0]))[0]
    # Justified PDF lines vary by a character or two (punctuation, Latin digits).
    near = sum(1 for n in lengths if width - 2 <= n <= width + 2)
    if width < MIN_WRAP_WIDTH or near / len(lengths) < WRAPPED_SHARE:
        return None
    return width


def reflow(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines back into paragraphs; text that is not hard-wrapped is returned as is.

    A line at the wrap width that does not end a sentence continues on the next line,
    unless the next line opens a numbered heading or list item.
    """
    width = wrap_width(lines)
    if width is None:
        return lines
    paragraphs: list[str] = []
    open_paragraph = False
    for line in lines:
        if open_paragraph and not _PARAGRAPH_START.match(line):
            paragraphs[-1] += line
        else:
            paragraphs.append(line)
        open_paragraph = len(line) >= width - 2 and not _SENTENCE_END.search(line)
    return paragraphs


_BY = re.compile(r"^文\s*[/／]\s*")


def _is_name_line(line: str) -> bool:
    """An author's name alone on its line (文/ before it allowed)."""
    return is_person_name(_BY.sub("", line))


_TITLE_END = re.compile(r"[。！？!?，,；;：:]$")
MIN_PART_CHARS = 300
MIN_PART_SENTENCES = 3
_SENTENCE = re.compile(r"[。！？!?]")
MAX_TITLE_CHARS = 40


@dataclass(frozen=True)
class Part:
    """One essay of a compilation page."""

    title: str | None
    author: str | None
    lines: list[str]


def _is_title_line(line: str) -> bool:
    return len(line) <= MAX_TITLE_CHARS and not _TITLE_END.search(line) and not _is_name_line(line)


def split_compilation(lines: list[str]) -> list[Part] | None:
    """Split a magazine page holding several essays, each closed by its author's name on a line.

    The seed page (000) reads: title, paragraphs, author name; title, subtitle, paragraphs,
    author name; … Only on strong evidence, so that a single essay is never cut and comments
    or replies never become essays: at least two parts, each an essay (MIN_PART_CHARS
    characters and MIN_PART_SENTENCES sentences) closed by a name line, at least two of them
    opening with a headline (the first one's is often the page's, taken out as a repeat),
    and nothing long after the last name line.
    """
    parts: list[Part] = []
    current: list[str] = []
    for line in lines:
        if _is_name_line(line) and sum(len(x) for x in current) >= MIN_PART_CHARS:
            parts.append(_make_part(current, line))
            current = []
        else:
            current.append(line)
    if len(parts) < 2 or sum(len(x) for x in current) >= MIN_PART_CHARS:
        # Text after the last author line is an essay without a byline: not a compilation we can trust.
        return None
    if sum(part.title is not None for part in parts) < 2:
        # News digests close sections with short headings (国际资讯): essays open with titles.
        return None
    if any(len(_SENTENCE.findall("".join(part.lines))) < MIN_PART_SENTENCES for part in parts):
        return None
    return parts


def _make_part(lines: list[str], name: str) -> Part:
    title = lines[0] if len(lines) > 1 and _is_title_line(lines[0]) else None
    body = lines[1:] if title else lines
    author = _BY.sub("", name)
    return Part(title=title, author=author, lines=body)


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
