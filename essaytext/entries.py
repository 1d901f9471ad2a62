"""A listing's entries as the page shows them: a teaser under its link title, a line inside
one of a run of short records. An essay's paragraphs are neither."""

from __future__ import annotations

import re
from itertools import islice

SENTENCE_END = re.compile(r"[。！？!?]|(?<=[\u4e00-\u9fff])\.|\.(?=\s|$)")
DATES = re.compile(r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\d{1,2}:\d{2}(?::\d{2})?)?")

# How far (in visible lines) a listing entry's teaser may stand below its link title, and
# how many teasers make a listing's entries.
TEASER_REACH = 2
MIN_TEASERS = 3
# How many visible lines ahead of the last one found an extracted line is looked for.
_LOOKAHEAD = 40


def _is_title_key(key: str, titles: frozenset[str]) -> bool:
    key = key.strip("|")
    return key in titles or "".join(DATES.sub("", key).split()).strip("|") in titles


def teasers(lines: list[str], visible: list[str], titles: frozenset[str]) -> list[bool]:
    """For each extracted line, whether the page shows it as a listing entry's teaser: right
    after a link title (on its own visible line, or a date or meta line apart, or opening
    the same line), as a listing's summaries are and an essay's paragraphs are not."""
    keys = ["".join(v.split()) for v in visible]
    title_at: dict[int, bool] = {}

    def is_title(i: int) -> bool:
        if i not in title_at:
            title_at[i] = _is_title_key(keys[i], titles)
        return title_at[i]

    found, start, reach = [], 0, len(keys)  # the first line is looked for on the whole page
    for line in lines:  # `start`: just below the previous extracted line
        key, teaser = "".join(line.split()), False
        # Extraction may have joined the entry's meta line to it: its end is found instead.
        for part in (key, key[-_TAIL:]) if len(key) > _TAIL else (key,):
            i = _find(keys, part, start, reach) if part else None
            if i is not None:
                at = keys[i].find(part) if part == key else 0
                teaser = (at > 0 and _is_title_key(keys[i][:at], titles)) or any(
                    is_title(j) for j in range(max(start, i - TEASER_REACH), i)
                )
                start, reach = i + 1, _LOOKAHEAD
                break
        found.append(teaser)
    return found


_TAIL = 16


# A summary cut off: a run of text ending in a lone ellipsis ("…", "..."), not the essay's
# own "……"; and a gallery's captions, numbered against the pictures' count (3/12).
_STOP = re.compile(r"[。！？!?；;]|…{2,}|\.{4,}")
_LONE_CUT = re.compile(r"(?<![.…])(?:…|\.{3})(?![.…])")
MIN_CUT = 15
_NUMBERED = re.compile(r"^(\d{1,3})\s*/\s*(\d{1,3})(?!\d)")


def cut_off(line: str) -> list[int]:
    """The sizes of a line's summaries cut off with a lone ellipsis (a listing's teasers,
    several of them when extraction joined them; an essay ends its sentences)."""
    key = "".join(line.split())
    ends = sorted(
        [(m.end(), False) for m in _STOP.finditer(key)]
        + [(m.end(), True) for m in _LONE_CUT.finditer(key)]
    )
    sizes, start = [], 0
    for end, cut in ends:  # one pass: a huge line without stops costs no more than its size
        if cut and end - start > MIN_CUT:
            sizes.append(end - start)
        start = end
    return sizes


def after_cuts(line: str) -> str:
    """What a line holds after its last summary cut off with a lone ellipsis (the line
    itself when it has none): the teasers before it quote other essays."""
    return _LONE_CUT.split(line)[-1]


def gallery_captions(lines: list[str]) -> list[bool]:
    """For each line, whether it is one of three or more captions numbered k/N with one N
    (a picture gallery's)."""
    found = [_NUMBERED.match(line.strip()) for line in lines]
    counts = [m.group(2) for m in found if m and int(m.group(1)) <= int(m.group(2))]
    common = max(set(counts), key=counts.count) if counts else None
    if common is None or counts.count(common) < MIN_TEASERS:
        return [False] * len(lines)
    return [bool(m and m.group(2) == common) for m in found]


def in_records(line: str, records: str, min_chars: int) -> bool:
    """Whether a line (of at least `min_chars`) lies inside one of the page's runs of short
    records (structure.short_records, a run a line)."""
    key = "".join(line.split())
    return len(key) >= min_chars and key in records


def _find(keys: list[str], part: str, start: int, reach: int) -> int | None:
    """The first of the `reach` visible lines from `start` that holds `part`."""
    return next((i for i in range(start, min(len(keys), start + reach)) if part in keys[i]), None)


# The text's last lines that the page shows apart from it: after a gap of at least
# APART_GAP visible lines that extraction left out, APART_LINKS of them holding a link title
# (a sidebar's summaries, an account's card under its comments), at most APART_SHARE of the
# text. An essay's paragraphs follow one another on the page.
APART_GAP = 8
APART_LINKS = 3
APART_SHARE = 0.3
# … or half of it when each of those lines is one short sentence (a teaser, not a paragraph).
APART_TEASERS_SHARE = 0.5
MAX_TEASER = 40


def _apart_from(sizes: list[int]) -> int:
    """The first of the last lines that may be apart from the text, by their share of it."""
    total, rest = sum(sizes), sum(sizes)
    short = len(sizes)  # the last lines from here on are all short
    while short > 0 and sizes[short - 1] <= MAX_TEASER:
        short -= 1
    for first, size in enumerate(sizes):
        if rest <= APART_SHARE * total or (first >= short and rest <= APART_TEASERS_SHARE * total):
            return first
        rest -= size
    return len(sizes)


def apart_at(lines: list[str], visible: list[str], titles: frozenset[str]) -> int:
    """Index of the first of the text's last lines that the page shows apart from the rest
    (len(lines): none)."""
    first = _apart_from([len(line) for line in lines])
    if first == len(lines):
        return first
    keys = ["".join(v.split()) for v in visible]
    before: int | None = None  # the visible line of the last line found
    start = 0
    for n in range(max(first - 1, 0), len(lines)):
        part = "".join(lines[n].split())[:_TAIL]
        at = _find(keys, part, start, len(keys)) if part else None
        if at is None:
            continue
        if before is not None and n >= first and at - before > APART_GAP:
            linked = (k for k in keys[before + 1 : at] if any(t in k for t in titles))
            if len(list(islice(linked, APART_LINKS))) == APART_LINKS:
                return n
        before = start = at
    return len(lines)
