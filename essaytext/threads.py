"""Threads: comments under a post, replies in a forum, dated entries of a feed.

A thread is a run of sibling records built alike (same tag and class), each carrying a
short dated line (a name and a time). Old forums (天涯, 猫扑) write a record flat, as a
dated header followed by its body: the bodies are the run, each after its header. None
of the records is the essay, except in a forum thread, where the opening post is the
first record and the longest by far, and its poster may go on writing it in later floors.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from lxml.html import HtmlElement

from .posts import DATETIME, addresses, has_host_badge, join_floors, signature, text_size

MIN_RECORDS = 3
DATED_SHARE = 0.6
# The dated line of a record is short: a name, a time, a floor number, a reply link.
MAX_STAMP_LINE = 60
# A forum's opening post outweighs every other poster's reply by this factor.
OPENING_POST_WEIGHT = 2
MIN_OPENING_POST = 200
# The poster's later floor goes on the essay when it outweighs every other poster's reply
# and has this many characters (a thanks to the readers has fewer).
MIN_LATER_FLOOR = 100


@dataclass(frozen=True)
class _Record:
    """A record of a thread: its body, and its header when written flat before it."""

    body: HtmlElement
    header: HtmlElement | None = None
    opening: bool = False  # an opening post set apart from the run (no header, a class more)

    @property
    def hosted(self) -> bool:
        """Written by the thread's opening poster, as the forum marks it (楼主)."""
        return self.opening or has_host_badge(self.parts())

    def parts(self) -> list[HtmlElement]:
        return [self.body] if self.header is None else [self.header, self.body]

    def poster(self) -> str:
        """The first named link of the record (its header first): who wrote it (not known
        for an opening post set apart without a header: its links are its text's)."""
        for part in self.parts() if not self.opening else []:
            for anchor in part.iter("a"):
                name = "".join(anchor.text_content().split())
                if name:
                    return name
        return ""


def _is_dated(element: HtmlElement) -> bool:
    """The element carries a short dated line among other content (a record's header)."""
    if len(element) < 1 or not DATETIME.search(element.text_content()):
        return False
    for node in element.iter():
        if node is element or not isinstance(node.tag, str):
            continue
        own = (node.text or "") + "".join(child.tail or "" for child in node)
        line = node.text_content() if len(node) and len(own) < MAX_STAMP_LINE else own
        if len(line.strip()) <= MAX_STAMP_LINE and DATETIME.search(line):
            return True
    return False


def sibling_groups(
    tree: HtmlElement, least: int
) -> Iterator[tuple[HtmlElement, list[list[HtmlElement]]]]:
    """Each element of at least `least` children, with its children grouped by signature
    (the tree may be changed between steps: the walk is over a list taken first)."""
    for parent in list(tree.iter()):
        if not isinstance(parent.tag, str) or len(parent) < least:
            continue
        groups: dict[tuple[str, str], list[HtmlElement]] = defaultdict(list)
        for child in parent:
            if isinstance(child.tag, str):
                groups[signature(child)].append(child)
        yield parent, list(groups.values())


def _previous_element(element: HtmlElement) -> HtmlElement | None:
    node = element.getprevious()
    while node is not None and not isinstance(node.tag, str):
        node = node.getprevious()
    return node


def _records(members: list[HtmlElement]) -> list[_Record]:
    """The run's records: the members that are dated, or else, when their headers stand
    flat before them, each member after its dated header (none: no thread)."""
    dated = [_Record(m) for m in members if _is_dated(m)]
    if len(dated) >= MIN_RECORDS and len(dated) >= len(members) * DATED_SHARE:
        return dated
    headed = [(_previous_element(m), m) for m in members]
    flat = [_Record(m, h) for h, m in headed if h is not None and _is_dated(h)]
    if len(flat) >= MIN_RECORDS and len(flat) >= len(members) * DATED_SHARE:
        return flat
    return []


def _replies(records: list[_Record]) -> list[_Record]:
    """The records that are not the essay: all, or all but the opening post and its
    poster's later floors of the same weight when it outweighs every other poster's."""
    poster = records[0].poster()
    sizes = [text_size(r.body) for r in records]
    own = [(bool(poster) and r.poster() == poster) or r.hosted for r in records]
    others = [s for s, mine in zip(sizes[1:], own[1:], strict=True) if not mine]
    if sizes[0] < MIN_OPENING_POST or sizes[0] < OPENING_POST_WEIGHT * max(others, default=0):
        return records
    floor = max(MIN_LATER_FLOOR, max(others, default=0) + 1)
    names = {r.poster() for r, mine in zip(records, own, strict=True) if not mine} - {""}
    return [
        r
        for r, size, mine in zip(records[1:], sizes[1:], own[1:], strict=True)
        if not (mine and size >= floor and not addresses(r.body, names))
    ]


def _with_opening(run: list[_Record]) -> list[_Record]:
    """The run with the opening post before it, when the forum sets that one apart: an
    element just before the first record, undated, of the records' kind and a class more
    (atl-item host-item before atl-item)."""
    first = run[0].parts()[0]
    before = _previous_element(first)
    classes = set(first.get("class", "").split())
    if (
        before is None
        or before.tag != first.tag
        or not classes
        or not classes < set(before.get("class", "").split())
        or _is_dated(before)
        or text_size(before) < MIN_OPENING_POST
    ):
        return run
    return [_Record(before, opening=True), *run]


def _holds_date(parent: HtmlElement) -> bool:
    return DATETIME.search(parent.text_content()) is not None  # else no record is dated


def drop_reply_records(tree: HtmlElement) -> str | None:
    """Remove runs of dated sibling records (comments, replies); keep a forum's opening
    post and its poster's later floors. Returns the opening post's poster (a forum user's
    name is the essay's author), or None when no thread kept one."""
    poster = None
    for parent, groups in sibling_groups(tree, MIN_RECORDS):
        alike = [m for m in groups if len(m) >= MIN_RECORDS]
        if not alike or not _holds_date(parent):
            continue  # no run of records, or none of them dated
        runs = [_records(m) for m in alike]
        headers = {id(r.header) for run in runs for r in run if r.header is not None}
        for run in runs:
            if not run or all(id(r.body) in headers for r in run):
                continue  # the headers of flat records go with their bodies
            run = _with_opening(run)
            replies = {id(r.body) for r in _replies(run)}
            if id(run[0].body) not in replies:
                poster = poster or run[0].poster() or None
                kept = [r.body for r in run if id(r.body) not in replies]
                join_floors(kept, {r.poster() for r in run} - {run[0].poster(), ""})
            for record in run:  # a kept floor's header (name, time, floor) goes too
                doomed = record.parts() if id(record.body) in replies else [record.header]
                for part in doomed:
                    if part is not None and part.getparent() is parent:
                        parent.remove(part)
    return poster
