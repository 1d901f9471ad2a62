"""A forum thread's posts: which of the opening poster's floors go on the essay, and how
they are made one text (its replies are found and removed in `threads`).

A poster's later floor is known by its name, or by the 楼主 badge a forum puts on it; it
goes on the essay unless it answers another poster. Replies nested under a floor (楼中楼)
are not its text, nor is the signature under each floor. An extractor takes one block of
a page, so the later floors' text is moved into the opening post's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import lxml.html
from lxml.html import HtmlElement

# A date with a time of day: 2025-06-18 09:30, 2025年6月18日 9:30, 6-18 09:30, 9/17/2004 5:54.
DATETIME = re.compile(
    r"(?:(?:19|20)\d{2}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d{2}|"
    r"\d{1,2}/\d{1,2}/(?:19|20)\d{2}\s+\d{1,2}:\d{2}|\d+\s*(?:分钟|小时)前"
)
_NO_DIGITS = str.maketrans("", "", "0123456789")
# The badge a forum sets on the opening poster's floors.
HOST_BADGE = frozenset(("楼主", "樓主"))


def signature(element: HtmlElement) -> tuple[str, str]:
    """An element's tag and class, numbers aside: siblings built alike share it."""
    return element.tag, element.get("class", "").translate(_NO_DIGITS).strip()


def text_size(element: HtmlElement) -> int:
    """Characters of an element's text, whitespace aside."""
    return len(re.sub(r"\s+", "", element.text_content()))


def has_host_badge(parts: list[HtmlElement]) -> bool:
    """A floor marked as the opening poster's: an element of it reads 楼主 alone."""
    return any(
        (node.text_content() or "").strip() in HOST_BADGE
        for part in parts
        for node in part.iter()
        if isinstance(node.tag, str)
    )


def addresses(body: HtmlElement, names: set[str]) -> bool:
    """The floor quotes or answers another poster (names one): a reply, not more essay.
    Replies nested under the floor (楼中楼: a poster's name linked, a time) are not its text."""
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


def _kind(element: HtmlElement) -> tuple[str, str]:
    """Tag and first class: the opening post's block may carry one class more."""
    classes = element.get("class", "").split()
    return element.tag, classes[0] if classes else ""


def join_floors(floors: list[HtmlElement], names: set[str]) -> None:
    """Make the poster's floors one text: their signatures and nested replies removed, the
    later floors' text moved into the opening post's text block."""
    _drop_signature(floors)
    for floor in floors:
        for element in [e for e in floor.iter() if e is not floor and _is_nested_reply(e, names)]:
            if element.getparent() is not None:
                element.getparent().remove(element)
    block = _text_block(floors[0])
    for later in floors[1:]:
        text = _text_block(later)
        if _kind(text) != _kind(block) or later.getparent() is None:
            continue
        gap = lxml.html.Element("br")
        gap.tail = text.text
        block.append(gap)
        block.extend(list(text))
        later.getparent().remove(later)


def _is_nested_reply(element: HtmlElement, names: set[str]) -> bool:
    content = element.text_content()
    return (
        len(content) <= MAX_NESTED_REPLY
        and DATETIME.search(content) is not None
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
