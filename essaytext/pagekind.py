"""The page's densest text container: where an essay's paragraphs sit when extraction misses them.

An essay's paragraphs sit together in one container with few links among them; the element
whose direct paragraph children hold the most non-link text is that container (WeChat pages,
<div>-per-paragraph sites), and its paragraphs are read when trafilatura finds too little.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html

from .byline import visible_lines
from .markup import parse_markup
from .verdict import MIN_ARTICLE_TEXT

# Never <form>: ASP.NET sites wrap the whole page in one.
_SKIP = (
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "select",
    "option",
    "textarea",
)
# Children read as paragraphs of their parent; div/section/li/td only when they hold no blocks.
_PARAGRAPH_TAGS = frozenset(
    ("p", "span", "font", "strong", "b", "em", "i", "u", "blockquote", "pre", "br")
)
_PARAGRAPH_TAGS |= frozenset(("h2", "h3", "h4", "h5", "h6"))
_LEAF_CONTAINERS = frozenset(("div", "section", "li", "td"))
_BLOCKS = frozenset(
    ("div", "p", "ul", "ol", "table", "section", "article", "li", "h1", "h2", "h3", "dl")
)
_SENTENCE_END = re.compile(r"[。！？!?]")
TITLE_LINK_CHARS = 8


def _text_len(text: str | None) -> int:
    return len(re.sub(r"\s+", "", text)) if text else 0


def _is_leaf(element: lxml.html.HtmlElement) -> bool:
    # A div holding only text and inline markup reads as a paragraph (flipbook text layers,
    # <div>-per-paragraph sites); one holding blocks is a container of its own.
    return not any(isinstance(e.tag, str) and e.tag in _BLOCKS for e in element.iterdescendants())


def _is_title_link(anchor: lxml.html.HtmlElement) -> int:
    # Keyword links inside an essay are a word or two; a listing's links are whole titles.
    return int(_text_len(anchor.text_content()) >= TITLE_LINK_CHARS)


@dataclass(frozen=True)
class Block:
    """The page's densest text container and what it holds."""

    element: lxml.html.HtmlElement | None
    chars: int = 0
    sentences: int = 0
    links: int = 0
    paragraphs: int = 0


def densest_block(page: str | lxml.html.HtmlElement | None) -> Block:
    """The element whose direct paragraph children hold the most non-link text.

    Scripts, styles and navigation are dropped from a tree passed in (it is consumed).
    """
    root = parse_markup(page) if isinstance(page, str) else page
    if root is None:
        return Block(None)
    for node in root.xpath("|".join(f"//{tag}" for tag in _SKIP)):
        node.drop_tree()
    best = Block(None)
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        texts = [element.text or ""]
        links = paragraphs = 0
        for child in element:
            texts.append(child.tail or "")
            if not isinstance(child.tag, str):
                continue
            if child.tag == "a":
                links += _is_title_link(child)
            elif child.tag in _PARAGRAPH_TAGS or (
                child.tag in _LEAF_CONTAINERS and _is_leaf(child)
            ):
                anchors = child.findall(".//a")
                links += sum(map(_is_title_link, anchors))
                content = child.text_content()
                for anchor in anchors:
                    content = content.replace(anchor.text_content(), "", 1)
                texts.append(content)
                paragraphs += 1
        joined = "".join(texts)
        chars = _text_len(joined)
        if chars > best.chars:
            best = Block(element, chars, len(_SENTENCE_END.findall(joined)), links, paragraphs)
    return best


# Below this many characters, trafilatura's text is checked against the densest block.
FALLBACK_BELOW = 1000


def fallback_lines(tree: lxml.html.HtmlElement, text: str) -> list[str] | None:
    """The densest block's lines when trafilatura missed most of the essay (e.g. WeChat pages).

    When trafilatura found a text of its own, only a block that holds it: one beside it
    (a comment thread under a short post) is another text, not more of the essay.
    """
    if len(text) >= FALLBACK_BELOW:
        return None
    block = densest_block(tree)
    if block.element is None or block.chars < 2 * len(text) or block.chars < MIN_ARTICLE_TEXT:
        return None
    lines = visible_lines(lxml.html.tostring(block.element, encoding="unicode"))
    found = [line.strip() for line in text.splitlines() if len(line.strip()) >= 8]
    size = sum(map(len, found))
    held = "".join(lines)
    if size >= MIN_ARTICLE_TEXT and sum(len(x) for x in found if x in held) < 0.8 * size:
        return None
    return lines
