"""Threads: comments under a post, replies in a forum, dated entries of a feed.

A thread is a run of sibling records built alike (same tag and class), each carrying a
short dated line (a name and a time). Old forums (天涯, 猫扑) write a record flat, as a
dated header followed by its body: the bodies are the run, each after its header. None
of the records is the essay, except in a forum thread, where the opening post is the
first record and the longest by far, and its poster may go on writing it in later floors.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

import lxml.html
from lxml.html import HtmlElement

# A date with a time of day: 2025-06-18 09:30, 2025年6月18日 9:30, 6-18 09:30, 9/17/2004 5:54.
_DATETIME = re.compile(
    r"(?:(?:19|20)\d{2}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d{2}|"
    r"\d{1,2}/\d{1,2}/(?:19|20)\d{2}\s+\d{1,2}:\d{2}|\d+\s*(?:分钟|小时)前"
)
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

    def parts(self) -> list[HtmlElement]:
        return [self.body] if self.header is None else [self.header, self.body]

    def poster(self) -> str:
        """The first named link of the record (its header first): who wrote it."""
        for part in self.parts():
            for anchor in part.iter("a"):
                name = "".join(anchor.text_content().split())
                if name:
                    return name
        return ""


_NO_DIGITS = str.maketrans("", "", "0123456789")


def signature(element: HtmlElement) -> tuple[str, str]:
    """An element's tag and class, numbers aside: siblings built alike share it."""
    return element.tag, element.get("class", "").translate(_NO_DIGITS).strip()


def _is_dated(element: HtmlElement) -> bool:
    """The element carries a short dated line among other content (a record's header)."""
    if len(element) < 1 or not _DATETIME.search(element.text_content()):
        return False
    for node in element.iter():
        if node is element or not isinstance(node.tag, str):
            continue
        own = (node.text or "") + "".join(child.tail or "" for child in node)
        line = node.text_content() if len(node) and len(own) < MAX_STAMP_LINE else own
        if len(line.strip()) <= MAX_STAMP_LINE and _DATETIME.search(line):
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


def text_size(element: HtmlElement) -> int:
    """Characters of an element's text, whitespace aside."""
    return len(re.sub(r"\s+", "", element.text_content()))


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
    own = [bool(poster) and r.poster() == poster for r in records]
    others = [s for s, mine in zip(sizes[1:], own[1:], strict=True) if not mine]
    if sizes[0] < MIN_OPENING_POST or sizes[0] < OPENING_POST_WEIGHT * max(others, default=0):
        return records
    floor = max(MIN_LATER_FLOOR, max(others, default=0) + 1)
    names = {r.poster() for r, mine in zip(records, own, strict=True) if not mine} - {""}
    return [
        r
        for r, size, mine in zip(records[1:], sizes[1:], own[1:], strict=True)
        if not (mine and size >= floor and not _addresses(r, names))
    ]


def _addresses(record: _Record, names: set[str]) -> bool:
    """The floor quotes or answers another poster (names one): a reply, not more essay.
    Replies nested under the floor (楼中楼: a poster's name linked, a time) are not its text."""
    body = record.body
    text = body.text_content()
    for element in body.iter():
        if element is not body and _is_nested_reply(element, names):
            text = text.replace(element.text_content(), "")
    return any(name in text for name in names)


MAX_NESTED_REPLY = 300
# A floor's text block holds this share of its text (the rest: name, badges, time, tools).
TEXT_BLOCK_SHARE = 0.6


def _text_block(floor: HtmlElement) -> HtmlElement:
    """The innermost element of a floor holding most of its text."""
    block, size = floor, text_size(floor)
    while len(block):
        child = max(block, key=text_size)
        if text_size(child) < TEXT_BLOCK_SHARE * size:
            break
        block = child
    return block


def _join_floors(floors: list[HtmlElement]) -> None:
    """Move the text of the poster's later floors into the opening post's text block (an
    extractor takes one block of a thread: the essay is all of them), then remove them."""
    block = _text_block(floors[0])
    for later in floors[1:]:
        text = _text_block(later)
        if signature(text) != signature(block) or later.getparent() is None:
            continue
        gap = lxml.html.Element("br")
        gap.tail = text.text
        block.append(gap)
        block.extend(list(text))
        later.getparent().remove(later)


def _drop_nested_replies(floors: list[HtmlElement], names: set[str]) -> None:
    """Remove the replies nested under the kept floors (楼中楼), which stand between an
    essay's floors."""
    for floor in floors:
        for element in [e for e in floor.iter() if e is not floor and _is_nested_reply(e, names)]:
            if element.getparent() is not None:
                element.getparent().remove(element)


def _is_nested_reply(element: HtmlElement, names: set[str]) -> bool:
    content = element.text_content()
    return (
        len(content) <= MAX_NESTED_REPLY
        and _DATETIME.search(content) is not None
        and any("".join(a.text_content().split()) in names for a in element.iter("a"))
    )


MAX_SIGNATURE = 60
_SENTENCE = re.compile(r"[。！？!?]")


def _texts(floor: HtmlElement) -> Iterator[str]:
    """The floor's text nodes, stripped (its own tail is not its text)."""
    for node in floor.iter():
        yield (node.text or "").strip()
        if node is not floor:
            yield (node.tail or "").strip()


def _drop_signature(floors: list[HtmlElement]) -> None:
    """Blank the short sentences every one of a poster's floors repeats (a signature under
    each, 出门在外，照顾好自己。); an essay's floors share no sentence."""
    if len(floors) < 2:
        return
    texts = [set(_texts(f)) for f in floors]
    repeated = {
        x for x in set.intersection(*texts) if len(x) <= MAX_SIGNATURE and _SENTENCE.search(x)
    }
    for floor in floors if repeated else []:
        for node in floor.iter():
            if (node.text or "").strip() in repeated:
                node.text = ""
            if node is not floor and (node.tail or "").strip() in repeated:
                node.tail = ""


def _holds_date(parent: HtmlElement) -> bool:
    return _DATETIME.search(parent.text_content()) is not None  # else no record is dated


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
            replies = {id(r.body) for r in _replies(run)}
            if id(run[0].body) not in replies:
                poster = poster or run[0].poster() or None
                kept = [r.body for r in run if id(r.body) not in replies]
                _drop_signature(kept)
                _drop_nested_replies(kept, {r.poster() for r in run} - {run[0].poster(), ""})
                _join_floors(kept)
            for record in run:  # a kept floor's header (name, time, floor) goes too
                doomed = record.parts() if id(record.body) in replies else [record.header]
                for part in doomed:
                    if part is not None and part.getparent() is parent:
                        parent.remove(part)
    return poster
