"""Article, listing or no essay: decided from what extraction found on the page.

An essay is running text: sentences, few of its lines being the titles of links on the
page. A listing's extracted text is mostly link titles (with dates and summaries between);
a page whose main text holds neither is "no essay", with the reason. The decision rests on
the same text the archive would store, so the verdict and the extraction cannot disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml.html import HtmlElement

from .entries import (
    DATES,
    MIN_TEASERS,
    SENTENCE_END,
    after_cuts,
    cut_off,
    gallery_captions,
    in_records,
    teasers,
)

ARTICLE = "article"
LISTING = "listing"
NO_ESSAY = "no_essay"

MIN_ARTICLE_TEXT = 150
MIN_SENTENCES = 3
MIN_SHORT_ARTICLE_TEXT = 100
# A listing line is a link title; an essay may link a word or two, never whole lines.
MIN_LINK_TITLE = 6
MAX_LINKED_SHARE = 0.4
# A page is a listing, not merely empty, when it links this many titles.
LISTING_LINKS = 1
# Running text has sentence ends; a megabyte without one is data or spam, not an essay.
MAX_CHARS_PER_SENTENCE = 1000
_SPACE = re.compile(r"\s+")
_LIST_MARK = re.compile(r"^(?:[-•·*]\s+|\|\s*)")
_TEASER_END = re.compile(r"(?:…|\.{3}|。。。)$")
_DATE_TAIL = re.compile(r"[\s|(\[【]*\d{2,4}[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?.*$")


@dataclass(frozen=True)
class PageKind:
    """Article, listing or no essay, and why: the evidence the decision rests on, in words."""

    kind: str
    why: str


def text_key(text: str) -> str:
    return _SPACE.sub("", text)


@dataclass(frozen=True)
class Links:
    """The page's links: how many have text, and the texts long enough to be titles."""

    count: int
    titles: frozenset[str]
    records: str = ""  # the texts of its runs of short records (structure.short_records)


def page_links(tree: HtmlElement) -> Links:
    """The links of a page's tree (whitespace removed from their texts)."""
    texts = [text_key(anchor.text_content()) for anchor in tree.iter("a")]
    texts = [t for t in texts if t]
    return Links(len(texts), frozenset(t for t in texts if len(t) >= MIN_LINK_TITLE))


def _is_link_line(line: str, titles: frozenset[str], anchors: str) -> bool:
    """A line that is a link's title, or all inside one link's text (`anchors`: the page's
    link texts, a line each), as a listing entry's teaser within its link is."""
    key = text_key(_LIST_MARK.sub("", line))
    if key in titles or text_key(_DATE_TAIL.sub("", key)) in titles:
        return True
    if len(key) >= MIN_LINK_TITLE and key in anchors:
        return True
    # A listing entry with its teaser: a link title, then the start of the text, cut off.
    if _TEASER_END.search(key) and any(key.startswith(t) for t in titles if len(t) < len(key)):
        return True
    # A markdown table row of link cells: every cell a link title or short.
    row = line.strip().strip("|").split("|") if line.startswith("|") else []
    cells = [text_key(c.strip().lstrip("•·")) for c in row]
    short = [len(c) < MIN_LINK_TITLE for c in cells]
    titled = [c in titles for c in cells]
    if len(cells) > 1 and (all(short) or (len(cells) <= 3 and titled[0])):
        return True  # menu cells, or an entry: its title, then its teaser or date
    return any(titled) and all(t or s for t, s in zip(titled, short, strict=True))


def is_link_title(line: str, titles: frozenset[str]) -> bool:
    """A line that is one of the page's link titles (or a row of them, or inside one)."""
    return _is_link_line(line, titles, "\n".join(titles))


LINK_BLOB_SHARE = 0.6


def is_link_blob(line: str, titles: frozenset[str]) -> bool:
    """A line run together from several link titles (a related list flattened into one line):
    two or more of the page's link titles cover most of it, dates aside."""
    key = DATES.sub("", text_key(line))
    if len(key) < 2 * MIN_LINK_TITLE:
        return False
    found = [t for t in titles if t in key]
    if len(found) >= 2 and sum(map(len, found)) >= LINK_BLOB_SHARE * len(key):
        return True
    return _entry_run(line, titles)


def _entry_run(line: str, titles: frozenset[str]) -> bool:
    """A line run together from a list's entries, each a link title with its summary, dates
    between them: most of its three or more dated parts open with a link title."""
    parts = [part for part in DATES.split(text_key(line)) if part]
    if len(parts) < MIN_TEASERS:
        return False
    led = sum(any(part.startswith(t) for t in titles) for part in parts)
    return led >= LINK_BLOB_SHARE * len(parts)


def entry_lines(
    lines: list[str], titles: frozenset[str], visible: list[str] | None, records: str
) -> tuple[list[bool], list[bool], list[list[int]]]:
    """Per line: a link title?, a listing entry's teaser?, and the sizes of the summaries cut
    off in it (counted only when the text holds enough of them to be a listing's)."""
    anchors = "\n".join(titles)
    # A line run together from link titles (joined by extraction or reflow) is a link line;
    # a paragraph of sentences without a date is not looked into (it costs a scan of titles).
    links = [
        _is_link_line(line, titles, anchors)
        or ((DATES.search(line) or not SENTENCE_END.search(line)) and is_link_blob(line, titles))
        for line in lines
    ]
    under = teasers(lines, visible, titles) if visible else [False] * len(lines)
    if records:  # an entry, comment or answer of a run of short records
        under = [
            u or in_records(line, records, MIN_LINK_TITLE)
            for u, line in zip(under, lines, strict=True)
        ]
    under = [u or c for u, c in zip(under, gallery_captions(lines), strict=True)]
    if sum(u and not link for u, link in zip(under, links, strict=True)) < MIN_TEASERS:
        under = [False] * len(lines)  # a paragraph under a linked video is no listing
    cuts = [cut_off(line) for line in lines]
    if sum(len(c) for c in cuts) < MIN_TEASERS:  # summaries cut off, as a listing's
        cuts = [[] for _ in lines]
    return links, under, cuts


def linked_share(
    lines: list[str], titles: frozenset[str], visible: list[str] | None = None, records: str = ""
) -> tuple[float, int]:
    """The share of the text's characters on lines that are link titles or listing entries
    (teasers under titles in the page's `visible` lines, short records, summaries cut off,
    numbered gallery captions), and how many lines are link titles."""
    return _share(lines, *entry_lines(lines, titles, visible, records))


def _share(
    lines: list[str], links: list[bool], under: list[bool], cuts: list[list[int]]
) -> tuple[float, int]:
    total = linked = count = 0
    for line, link, teaser, sizes in zip(lines, links, under, cuts, strict=True):
        size = len(text_key(line))
        total += size
        if link:
            linked += size
            count += 1
        elif teaser:
            linked += size
        else:
            linked += sum(sizes)
    return (linked / total if total else 0.0), count


@dataclass(frozen=True)
class Evidence:
    """What a page's extracted text shows: its size, sentences, and how much of it is links."""

    chars: int
    sentences: int
    linked: float
    linked_lines: int
    page_links: int
    running: int  # characters on lines that end a sentence: running text, not menus
    stops: int  # sentence ends in the whole text, teasers and titles included

    def __str__(self) -> str:
        return (
            f"main text {self.chars} characters ({self.running} in sentences), "
            f"{self.sentences} sentences, "
            f"{self.linked:.0%} of it on {self.linked_lines} link-title lines; "
            f"{self.page_links} links on the page"
        )


def evidence(lines: list[str], links: Links, visible: list[str] | None = None) -> Evidence:
    """The evidence of a page's extracted lines against the links (and the visible lines)
    of the page. Sentences are counted on the text's own lines: not on link titles,
    listing entries, or summaries cut off (a sidebar's teasers quote other essays)."""
    flags = entry_lines(lines, links.titles, visible, links.records)
    share, count = _share(lines, *flags)
    own = [
        after_cuts(line) if sizes else line
        for line, link, teaser, sizes in zip(lines, *flags, strict=True)
        if not (link or teaser)
    ]
    running = sum(len(text_key(line)) for line in own if SENTENCE_END.search(line))
    sentences = len(SENTENCE_END.findall("".join(own)))
    text = "".join(lines)
    stops = len(SENTENCE_END.findall(text))
    return Evidence(len(text_key(text)), sentences, share, count, links.count, running, stops)


def judge(found: Evidence, short_article: bool) -> PageKind:
    """The page's kind from its evidence; `short_article`: the page says it is an article."""
    if found.chars > MAX_CHARS_PER_SENTENCE * max(found.stops, 1):
        return PageKind(NO_ESSAY, f"{found}: text without sentences, not an essay")
    kind = LISTING if found.page_links >= LISTING_LINKS else NO_ESSAY
    essay_like = found.linked <= MAX_LINKED_SHARE
    if essay_like and found.running >= MIN_ARTICLE_TEXT and found.sentences >= MIN_SENTENCES:
        return PageKind(ARTICLE, str(found))
    if (
        essay_like
        and short_article
        and found.running >= MIN_SHORT_ARTICLE_TEXT
        and found.sentences >= 1
        and found.linked_lines == 0
    ):
        return PageKind(ARTICLE, f"{found}; a short item the page marks as an article")
    if not essay_like:
        return PageKind(kind, f"{found}: mostly link titles and their teasers, as a listing")
    if not found.chars:
        return PageKind(kind, f"{found}: no main text")
    return PageKind(kind, f"{found}: too little running text for an essay")
