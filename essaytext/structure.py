"""Page structures that hide or imitate an essay, undone on the tree before extraction.

- Furniture by name: nodes whose tag, class token or id names furniture (share, comment,
  related, footer …) and a site's XPaths are removed.
- Short records: a listing's entries, a page's comments or answers (threads of dated
  replies are removed in `threads`).
- Layout tables: pages laid out in <table>s (portals, forums) put whole articles in a
  cell, which an extractor renders as one table row. A table whose cells hold blocks or
  long text is layout, and becomes plain blocks; a data table keeps its rows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lxml.html import HtmlElement

from .posts import text_size
from .threads import sibling_groups

# A listing's entries, a page's comments or answers: at least this many sibling containers
# alike, each of two or more parts (title and teaser, name and comment) and short.
MIN_ITEMS = 5
MAX_ITEM = 200


def short_records(tree: HtmlElement) -> str:
    """The texts (whitespace removed) of the page's runs of short records, a run a line,
    its records run together as extraction may run them: sibling containers alike, each
    holding two or more parts with text. An essay's paragraphs are leaves, not records."""
    found: list[str] = []
    for _, groups in sibling_groups(tree, MIN_ITEMS):
        for members in groups:
            texts = [re.sub(r"\s+", "", m.text_content()) for m in members]
            parted = [sum(1 for part in m if _is_part(part)) for m in members]
            items = [
                t for t, n in zip(texts, parted, strict=True) if n >= 2 and 0 < len(t) <= MAX_ITEM
            ]
            if len(items) >= MIN_ITEMS and len(items) >= 0.8 * len(members):
                found.append("".join(items))
    return "\n".join(found)


# Inline formatting without a class (WeChat sets a paragraph in styled spans) is the
# paragraph's own text, not a part of a record (a comment's classed name and date are).
_FORMATTING = frozenset(("span", "font", "b", "strong", "em", "i", "u"))


def _is_part(element: HtmlElement) -> bool:
    if not isinstance(element.tag, str) or not element.text_content().strip():
        return False
    return element.tag not in _FORMATTING or element.get("class") is not None


_BLOCKS = ("p", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "br", "section", "article")
_TABLE_PARTS = ("table", "tbody", "thead", "tfoot", "tr", "td", "th")
LONG_CELL = 200


def _is_layout(table: HtmlElement) -> bool:
    for cell in table.iter("td", "th"):
        if text_size(cell) >= LONG_CELL:
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


def captions_as_paragraphs(tree: HtmlElement) -> int:
    """Make photo captions plain paragraphs (<figure> a <div>, <figcaption> a <p>, no
    "caption" class or id, an image out of its link); returns how many. A caption is the
    essay's text, and trafilatura drops figures, elements named as captions and captions
    beside linked images along with the images."""
    found = 0
    for element in tree.iter("figure", "figcaption", "p", "div", "span", "a"):
        if element.tag == "a":
            if _linked_image_with_caption(element):
                element.drop_tag()  # trafilatura drops a caption beside a linked image
            continue
        if element.tag == "figure":
            element.tag = "div"
        elif element.tag == "figcaption":
            element.tag, found = "p", found + 1
        for name in ("class", "id"):
            if "caption" in (element.get(name) or "").lower():
                element.set(name, "pic-text")
                found += name == "class"
    return found


def _linked_image_with_caption(link: HtmlElement) -> bool:
    """A link around an image alone, in a box that holds only it and one short line."""
    parent = link.getparent()
    if link.find("img") is None or link.text_content().strip() or parent is None:
        return False
    others = [child for child in parent if child is not link and isinstance(child.tag, str)]
    return (
        len(others) == 1
        and others[0].tag in ("p", "span", "div", "em", "i")
        and 0 < len(others[0].text_content().strip()) <= MAX_CAPTION
        and len(others[0]) == 0
    )


MAX_CAPTION = 80


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
    "sign",  # a forum poster's signature under each post
    "signature",
    "user-info",
    "doc-info",
    "footer",
    "icp",
)
FURNITURE_CLASSES = frozenset(_FURNITURE)
FURNITURE_TAGS = frozenset({"nav", "footer", "aside", "script", "style"})


# Hidden text longer than this may be the essay's folded rest (展开全文): it stays.
MAX_HIDDEN = 200
_HIDDEN = re.compile(r"display\s*:\s*none", re.IGNORECASE)


def _hidden(element: HtmlElement) -> bool:
    style = element.get("style")
    return bool(style and _HIDDEN.search(style))


def _hidden_and_short(element: HtmlElement) -> bool:
    """Hidden, short, and not one of siblings alike (tag and class) of which one shows: a
    document viewer's pages past the fold, a gallery's slides, are the page's own text."""
    if not _hidden(element) or len(element.text_content()) > MAX_HIDDEN:
        return False
    parent, classes = element.getparent(), element.get("class")
    return parent is None or not any(
        s.tag == element.tag and s.get("class") == classes and not _hidden(s) for s in parent
    )


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
    """Remove furniture nodes in place: by tag, class token or id, by a site's XPaths, and
    short hidden ones (a popup menu, an attachment's tip: a reader never sees them).

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
            or _hidden_and_short(element)
        ):
            doomed.append(element)
    for xpath in xpaths:
        doomed.extend(tree.xpath(xpath))
    for element in doomed:
        _remove_keeping_tail(element)
