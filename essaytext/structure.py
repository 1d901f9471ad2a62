"""Page structures that hide or imitate an essay, undone on the tree before extraction.

- Furniture by name: nodes whose tag, class token or id names furniture (share, comment,
  related, footer …) and a site's XPaths are removed.
- Reply records: comments under a post, replies in a forum thread, dated entries of a feed.
  They are runs of sibling elements built alike (same tag and class), each carrying a
  short dated line (a name and a time). None of them is the essay, except in a forum
  thread, where the opening post is the first record and the longest by far.
- Layout tables: pages laid out in <table>s (portals, forums) put whole articles in a
  cell, which an extractor renders as one table row. A table whose cells hold blocks or
  long text is layout, and becomes plain blocks; a data table keeps its rows.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from lxml.html import HtmlElement

# A date with a time of day: 2025-06-18 09:30, 2025年6月18日 9:30, 6-18 09:30, 9/17/2004 5:54.
_DATETIME = re.compile(
    r"(?:(?:19|20)\d{2}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d{2}|"
    r"\d{1,2}/\d{1,2}/(?:19|20)\d{2}\s+\d{1,2}:\d{2}|\d+\s*(?:分钟|小时)前"
)
MIN_RECORDS = 3
# The dated line of a record is short: a name, a time, a floor number, a reply link.
MAX_STAMP_LINE = 60
# A forum's opening post outweighs every reply by this factor.
OPENING_POST_WEIGHT = 2
MIN_OPENING_POST = 200


def _signature(element: HtmlElement) -> tuple[str, str]:
    return element.tag, re.sub(r"\d+", "", element.get("class", "")).strip()


def _is_dated_record(element: HtmlElement) -> bool:
    """The element carries a short dated line among other content (a record's header)."""
    if len(element) < 1 or not _DATETIME.search(element.text_content()):
        return False
    for node in element.iter():
        if node is element:
            continue
        if not isinstance(node.tag, str):
            continue
        own = (node.text or "") + "".join(child.tail or "" for child in node)
        line = node.text_content() if len(node) and len(own) < MAX_STAMP_LINE else own
        if len(line.strip()) <= MAX_STAMP_LINE and _DATETIME.search(line):
            return True
    return False


def _text_size(element: HtmlElement) -> int:
    return len(re.sub(r"\s+", "", element.text_content()))


def drop_reply_records(tree: HtmlElement) -> int:
    """Remove runs of dated sibling records (comments, replies); keep a forum's opening post.

    Returns how many records were removed.
    """
    removed = 0
    for parent in list(tree.iter()):
        if not isinstance(parent.tag, str) or len(parent) < MIN_RECORDS:
            continue
        groups: dict[tuple[str, str], list[HtmlElement]] = defaultdict(list)
        for child in parent:
            if isinstance(child.tag, str):
                groups[_signature(child)].append(child)
        for members in groups.values():
            if len(members) < MIN_RECORDS:
                continue
            dated = [m for m in members if _is_dated_record(m)]
            if len(dated) < MIN_RECORDS or len(dated) < len(members) * 0.6:
                continue
            sizes = [_text_size(m) for m in dated]
            first, rest = sizes[0], max(sizes[1:])
            if first >= MIN_OPENING_POST and first >= OPENING_POST_WEIGHT * rest:
                dated = dated[1:]  # the thread's opening post stays
            for record in dated:
                if record.getparent() is parent:
                    parent.remove(record)
                    removed += 1
    return removed


# A listing's entries, a page's comments or answers: at least this many sibling containers
# alike, each of two or more parts (title and teaser, name and comment) and short.
MIN_ITEMS = 5
MAX_ITEM = 200


def short_records(tree: HtmlElement) -> str:
    """The texts (whitespace removed, a line each) of the page's runs of short records:
    sibling containers alike, each holding two or more parts with text. An essay's
    paragraphs are leaves, not records."""
    found: list[str] = []
    for parent in tree.iter():
        if not isinstance(parent.tag, str) or len(parent) < MIN_ITEMS:
            continue
        groups: dict[tuple[str, str], list[HtmlElement]] = defaultdict(list)
        for child in parent:
            if isinstance(child.tag, str):
                groups[_signature(child)].append(child)
        for members in groups.values():
            texts = [re.sub(r"\s+", "", m.text_content()) for m in members]
            parted = [
                sum(1 for part in m if isinstance(part.tag, str) and part.text_content().strip())
                for m in members
            ]
            items = [
                t for t, n in zip(texts, parted, strict=True) if n >= 2 and 0 < len(t) <= MAX_ITEM
            ]
            if len(items) >= MIN_ITEMS and len(items) >= 0.8 * len(members):
                found.extend(items)
    return "\n".join(found)


_BLOCKS = ("p", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "br", "section", "article")
_TABLE_PARTS = ("table", "tbody", "thead", "tfoot", "tr", "td", "th")
LONG_CELL = 200


def _is_layout(table: HtmlElement) -> bool:
    for cell in table.iter("td", "th"):
        if _text_size(cell) >= LONG_CELL:
            return True
        if any(isinstance(e.tag, str) and e.tag in _BLOCKS for e in cell.iterdescendants()):
            return True
    return False


def unwrap_layout_tables(tree: HtmlElement) -> int:
    """Turn layout tables into plain blocks (their rows and cells <div>s); returns how many.

    A data table inside a layout cell keeps its rows.
    """
    layout = [table for table in tree.iter("table") if _is_layout(table)]
    own_parts = [
        part
        for table in layout
        for part in table.iterdescendants(*_TABLE_PARTS[1:])
        if next(part.iterancestors("table")) is table
    ]
    for part in [*layout, *own_parts]:
        part.tag = "div"
    return len(layout)


def text_sections_as_paragraphs(tree: HtmlElement) -> int:
    """Make each <section> that holds text but no block a <p>; returns how many.

    Editors of WeChat-style pages write headings and paragraphs as nested sections of
    styled spans, which trafilatura passes over as empty containers.
    """
    leaves = [
        section
        for section in tree.iter("section")
        if not any(isinstance(e.tag, str) and e.tag in _BLOCKS for e in section.iterdescendants())
        and (section.text_content() or "").strip()
    ]
    for section in leaves:
        section.tag = "p"
    return len(leaves)


# Node classes/ids of page furniture; matched as whole class tokens where possible.
_FURNITURE = (
    "breadcrumb",
    "crumb",
    "share",
    "bdsharebuttonbox",
    "social-share",
    "comment",
    "comments",
    "related",
    "recommend",
    "relate",
    "hot-news",
    "copyright",
    "disclaimer",
    "statement",
    "pager",
    "pagination",
    "prev-next",
    "prevnext",
    "uploader",
    "user-info",
    "doc-info",
    "footer",
    "icp",
)
FURNITURE_CLASSES = frozenset(_FURNITURE)
FURNITURE_TAGS = frozenset({"nav", "footer", "aside", "script", "style"})


def _remove_keeping_tail(element: HtmlElement) -> None:
    parent = element.getparent()
    if parent is None:
        return
    if element.tail and element.tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def prune_furniture(tree: HtmlElement, xpaths: Sequence[str] = ()) -> None:
    """Remove furniture nodes in place: by tag, class token or id, and by a site's XPaths.

    One walk over the tree: as XPath expressions the class rules cost more than
    trafilatura's own extraction on large pages (measured: +25 ms a page).
    """
    doomed = []
    for element in tree.iter():
        classes = element.get("class")
        if (
            element.tag in FURNITURE_TAGS
            or element.get("id") in FURNITURE_CLASSES
            or (classes and not FURNITURE_CLASSES.isdisjoint(classes.split()))
        ):
            doomed.append(element)
    for xpath in xpaths:
        doomed.extend(tree.xpath(xpath))
    for element in doomed:
        _remove_keeping_tail(element)
