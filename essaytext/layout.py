"""Layout repair of text that comes from PDF text layers: hard-wrapped lines re-flowed."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_SENTENCE_END = re.compile(r"[。！？!?：:；;」』”\"）)]$")
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


_NAME_LINE = re.compile(r"^(?:文\s*[/／]\s*)?[\u4e00-\u9fff·]{2,4}$")
_TITLE_END = re.compile(r"[。！？!?，,；;：:]$")
MIN_PART_CHARS = 300
MAX_TITLE_CHARS = 40


@dataclass(frozen=True)
class Part:
    """One essay of a compilation page."""

    title: str | None
    author: str | None
    lines: list[str]


def _is_title_line(line: str) -> bool:
    return (
        len(line) <= MAX_TITLE_CHARS and not _TITLE_END.search(line) and not _NAME_LINE.match(line)
    )


def split_compilation(lines: list[str]) -> list[Part] | None:
    """Split a magazine page holding several essays, each closed by its author's name on a line.

    The seed page (000) reads: title, paragraphs, author name; title, subtitle, paragraphs,
    author name; … Returns None unless at least two parts of MIN_PART_CHARS characters each
    are found, at least two of them titled, and nothing long follows the last author line,
    so a single essay is never cut.
    """
    parts: list[Part] = []
    current: list[str] = []
    for line in lines:
        if _NAME_LINE.match(line) and sum(len(x) for x in current) >= MIN_PART_CHARS:
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
    return parts


def _make_part(lines: list[str], name: str) -> Part:
    title = lines[0] if len(lines) > 1 and _is_title_line(lines[0]) else None
    body = lines[1:] if title else lines
    author = re.sub(r"^文\s*[/／]\s*", "", name)
    return Part(title=title, author=author, lines=body)
