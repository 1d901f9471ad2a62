"""An essay beside a listing's entries: a short article under a sidebar of teasers."""

from __future__ import annotations

import re

from .entries import SENTENCE_END
from .verdict import MIN_SENTENCES, entry_lines, text_key

_TEASER_END = re.compile(r"(?<![.…])(?:…|\.{3})\s*$")

# An essay beside a listing's entries (a short article under a sidebar of teasers): its
# lines run together, free of entries, and hold most of the page's own running text.
MIN_BESIDE_ENTRIES = 200
BESIDE_SHARE = 0.6


def essay_beside_entries(
    lines: list[str], titles: frozenset[str], visible: list[str] | None, records: str = ""
) -> list[str] | None:
    """The run of lines that is an essay among a page's link titles and teasers, or None."""
    links, under, cuts = entry_lines(lines, titles, visible, records)
    free = [
        not (a or b or c or _TEASER_END.search(line))  # a summary cut off, however short
        for line, a, b, c in zip(lines, links, under, cuts, strict=True)
    ]
    sizes = [len(text_key(line)) if SENTENCE_END.search(line) else 0 for line in lines]
    best, start = (0, 0, 0), None
    for i, is_free in enumerate([*free, False]):
        if is_free and start is None:
            start = i
        elif not is_free and start is not None:
            best = max(best, (sum(sizes[start:i]), start, i))
            start = None
    running, first, end = best
    block = lines[first:end]
    total = sum(s for s, f in zip(sizes, free, strict=True) if f)
    if (
        running < MIN_BESIDE_ENTRIES
        or running < BESIDE_SHARE * total
        or len(SENTENCE_END.findall("".join(block))) < MIN_SENTENCES
    ):
        return None
    return block
