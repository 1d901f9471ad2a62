"""The title of an essay page, chosen among candidates by their agreement with each other.

Candidates are the page's headings (h1–h3, elements classed as titles), its meta title
(og:title) and the parts of its <title>. A headline shows up in several of them, and as the
heading just above the essay's text; a site name, a column name or a line of SEO keywords
does not. So each candidate scores one point for every other kind of source that agrees
with it, and two for standing right above the text. When no source agrees with another
and none stands above the text (a <title> of the site's name alone), the headline is the
line set above the text with an info line between. Nothing here is written for a site.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .clutter import clutter_rule, is_spam_keyword_line
from .template import template_key
from .title import MAX_TITLE, MIN_TITLE, TitleSources, tidy_title, title_key, title_parts

HEADLINE_REACH = 12
# An info line between a headline and its text: 来源：… 发布时间：2024-03-05
_BYLINE_OR_DATE = re.compile(
    r"(来源|作者|发布|时间|日期|点击|浏览|编辑|字号)\s*[:：]|(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}"
)
_COLUMN_BAR = re.compile(r"\s*[|｜]\s*")


def _agreement(candidate: str, other: str) -> int:
    """2 for the same title; 1 when one holds the other (a <title> holds the headline, a meta
    title cut short at a quotation mark is the start of it); 0 otherwise."""
    if candidate == other:
        return 2
    return int(len(candidate) >= MIN_TITLE and (candidate in other or other in candidate))


def _is_candidate(candidate: str) -> bool:
    key = title_key(candidate)
    return (
        MIN_TITLE <= len(key) <= MAX_TITLE
        and not candidate.startswith(("——", "--"))  # a subtitle
        and not is_spam_keyword_line(candidate)
        and clutter_rule(candidate) is None  # 原标题, bylines, dates, breadcrumbs
    )


def choose_title(
    sources: TitleSources,
    visible: Sequence[str],
    first_line: str | None,
    site_parts: frozenset[str] = frozenset(),
) -> str | None:
    """The headline: the candidate most sources agree on, standing right above the text.

    `site_parts` are keys of title parts and headings the site repeats on its pages (its
    name, its columns): never a headline.
    """
    whole, parts = title_parts(sources.title_tag, site_parts)
    headings = [part for heading in sources.headings for part in _heading_parts(heading)]
    kinds: dict[str, list[str]] = {
        "heading": list(dict.fromkeys(headings)),
        "meta": [t for t in [tidy_title(sources.meta)] if t],
        # Before the <title>'s parts: a page's link to itself names it without the site.
        "link": [t for t in map(tidy_title, sources.own_links) if t],
        "title": parts,
    }
    keys = {kind: {title_key(c) for c in found} for kind, found in kinds.items()}
    keys["title"] |= {title_key(whole)} if whole else set()
    eligible = [  # (rank of its kind, key, candidate, points from the other kinds)
        (rank, key, candidate, _support(key, kind, keys))
        for rank, (kind, found) in enumerate(kinds.items())
        for candidate in filter(_is_candidate, found)
        if template_key(candidate, digits=False) not in site_parts
        for key in [title_key(candidate)]
    ]
    # Confirmed: another kind of source gives the very same title (a site name is only
    # ever contained in a <title>).
    confirmed = {key for _, key, _, points in eligible if points >= 2}
    above = _nearest_above(visible, first_line, set().union(*keys.values()), confirmed)
    if not any(points or (above and key in above) for _, key, _, points in eligible):
        # No source agrees with another and none stands above the text (a <title> of the
        # site's name alone): the headline is the line set right above the text.
        line = _line_above(visible, first_line)
        if line and template_key(line, digits=False) not in site_parts:
            return line
    best = max(
        eligible,
        key=lambda e: (e[3] + 3 * (above is not None and e[1] in above), -e[0], len(e[1])),
        default=None,
    )
    return best[2] if best else None


def _support(key: str, kind: str, keys: dict[str, set[str]]) -> int:
    """Points a candidate of one kind gets from every other kind of source agreeing with it."""
    return sum(
        max((_agreement(key, other) for other in found), default=0)
        for source, found in keys.items()
        if source != kind
    )


def _heading_parts(heading: str) -> list[str]:
    """A heading and, when it has a column name before a separator ("棱镜|标题"), its parts."""
    tidy = tidy_title(heading)
    if not tidy:
        return []
    return list(dict.fromkeys([tidy, *filter(None, map(tidy_title, _COLUMN_BAR.split(tidy)))]))


def _line_above(visible: Sequence[str], first_line: str | None) -> str | None:
    """The headline of a page laid out as headline, info line (source, date), text: the
    nearest line above the text's first line with an info line between them."""
    start = title_key(first_line or "")[:12]
    index = next((i for i, line in enumerate(visible) if start and start in title_key(line)), 0)
    info = False
    for above in reversed(visible[max(0, index - HEADLINE_REACH) : index]):
        if _BYLINE_OR_DATE.search(above) or clutter_rule(above) is not None:
            info = True  # a byline, a date, the page's tools
        elif not above.lstrip().startswith(("——", "--")):  # a subtitle stands between too
            return above.strip() if info and _is_candidate(above) else None
    return None


def _nearest_above(
    visible: Sequence[str], first_line: str | None, keys: set[str], confirmed: set[str]
) -> str | None:
    """The line above the text's first line that holds a candidate: the nearest that holds
    one another source confirms, else the nearest (a label such as 收录于合集 may stand between)."""
    start = title_key(first_line or "")[:12]
    if not start:
        return None
    for index, line in enumerate(visible):
        if start in title_key(line):
            held: list[tuple[bool, str]] = []
            for above in reversed(visible[max(0, index - HEADLINE_REACH) : index]):
                key = title_key(above)
                inside = {k for k in keys if k == key or (len(k) >= 8 and k in key)}
                if inside and not clutter_rule(above):
                    held.append((bool(inside & confirmed), key))
            return next((key for sure, key in held if sure), held[0][1] if held else None)
    return None
