"""Layout repair of text that comes from PDF text layers: hard-wrapped lines re-flowed."""

from __future__ import annotations

import re
from collections import Counter

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
