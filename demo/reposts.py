"""Reposts on the demo's blog: the kinds of copy a near-duplicate store must still recognise.

Each is made from a bundled essay by an edit republishers really make. The distances
(64-bit simhash of 4-grams, the demo's threshold of 5 bits) were measured when these were
chosen; `tests/test_demo_reposts.py` keeps them true.

- re-titled:      a new headline and an editor's note appended (a copy, distance ~2)
- trimmed:        one short paragraph dropped (a copy at a larger distance, ~4)
- cut:            the last two paragraphs dropped: simhash is beyond the threshold (~9),
                  the copy is found because most of its passages are the original's
- excerpt:        the opening third of a longer essay: not a copy of it but contained in
                  it (a `contained_in` relation, its own cluster)
"""

from __future__ import annotations

from dataclasses import replace

from .essays import Essay

EDITOR_NOTE = "编者按:本文原载于《思想理论》杂志,转载时标题为编者所加,内容略有删节。"


def retitled(essay: Essay, title: str) -> Essay:
    """The essay under another headline, with the reposting editor's note at the end."""
    return replace(essay, title=title, subtitle=None, paragraphs=(*essay.paragraphs, EDITOR_NOTE))


def trimmed(essay: Essay, drop: int) -> Essay:
    """The essay without its paragraph number `drop` (0-based)."""
    paragraphs = essay.paragraphs[:drop] + essay.paragraphs[drop + 1 :]
    return replace(essay, paragraphs=paragraphs)


def cut(essay: Essay, keep: int) -> Essay:
    """The essay's first `keep` paragraphs: a repost that stops before the end."""
    return replace(essay, paragraphs=essay.paragraphs[:keep])


def excerpt(essay: Essay, title: str, share: float) -> Essay:
    """The opening `share` of the essay's paragraphs, presented as a post of its own."""
    keep = max(3, round(len(essay.paragraphs) * share))
    return replace(essay, title=title, subtitle=None, paragraphs=essay.paragraphs[:keep])
