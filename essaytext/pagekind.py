"""Article or listing page? Decided from the page's densest text container when no URL rule says.

An essay's paragraphs sit together in one container with few links among them; a listing's
summaries are spread over one container per entry, or share a container with a title link
each. So: find the element whose direct paragraph children hold the most non-link text, and
call the page an article when that text is long, has sentences, and is not link-dense.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html

from .markup import parse_markup

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
MIN_ARTICLE_TEXT = 150
TITLE_LINK_CHARS = 8
MIN_SENTENCES = 3


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


def parse_html(html: str) -> lxml.html.HtmlElement | None:
    """The page's tree, repaired; None if unparsable. Parsed once for links and page kind."""
    return parse_markup(html)


def densest_block(page: str | lxml.html.HtmlElement | None) -> Block:
    """The element whose direct paragraph children hold the most non-link text.

    Scripts, styles and navigation are dropped from a tree passed in (it is consumed).
    """
    root = parse_html(page) if isinstance(page, str) else page
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


def _is_article_block(block: Block) -> bool:
    if block.chars < MIN_ARTICLE_TEXT or block.sentences < MIN_SENTENCES:
        return False
    # A listing pairs each summary paragraph with a title link.
    return block.links <= max(3, block.paragraphs // 3)


_ARTICLE_URL = re.compile(
    r"/(?:19|20)\d{2}[-/_]?[01]\d[-/_]?[0-3]\d/|/(?:19|20)\d{2}[-/_]?[01]\d/|"  # dated paths
    r"[/_-](?:doc|art|article|content|detail|news|a)[-_]?\w*\d{4,}|"  # id-bearing article names
    r"/\d{5,}[^/]*\.s?html?$|/[a-z0-9]*\d{6,}[a-z0-9]*(?:\.s?html?)?$",
    re.IGNORECASE,
)
_LISTING_URL = re.compile(
    r"/(?:index|list|default|node|column|channel|category|tag)s?(?:[_-]\d+)?(?:\.s?html?|\.php|\.aspx?)?$|/$",
    re.IGNORECASE,
)


def url_hint(url: str) -> str | None:
    """ "article" or "listing" when the URL's shape says so (dates, long ids; index, list pages)."""
    path = url.split("?", 1)[0].split("#", 1)[0]
    if _LISTING_URL.search(path):
        return "listing"
    if _ARTICLE_URL.search(path):
        return "article"
    return None


@dataclass(frozen=True)
class PageKind:
    """Article or listing, and why: the evidence the decision rests on, in words."""

    kind: str  # "article" or "listing"
    why: str


def page_kind(html: str, url: str, root: lxml.html.HtmlElement | None = None) -> PageKind:
    """Article or listing: the content decides; an article-shaped URL tips short pages.

    `root` is the page's tree when the caller parsed it already (it is consumed).
    """
    block = densest_block(root if root is not None else html)
    evidence = (
        f"densest block {block.chars} characters, {block.sentences} sentences, "
        f"{block.links} title links, {block.paragraphs} paragraphs"
    )
    if _is_article_block(block):
        return PageKind("article", evidence)
    # A short news item: one or two paragraphs, no title links, and the page says it is an article.
    if (
        block.chars >= MIN_SHORT_ARTICLE_TEXT
        and block.sentences >= 1
        and block.links == 0
        and ARTICLE_SIGNALS.search(html)
    ):
        return PageKind("article", f"{evidence}; a short item the page marks as an article")
    if url_hint(url) == "article" and block.chars >= MIN_SHORT_ARTICLE_TEXT:
        return PageKind("article", f"{evidence}; a short item at an article-shaped URL")
    if block.chars < MIN_ARTICLE_TEXT or block.sentences < MIN_SENTENCES:
        return PageKind("listing", f"{evidence}: too little running text for an essay")
    return PageKind("listing", f"{evidence}: title links among the paragraphs, as a listing")


MIN_SHORT_ARTICLE_TEXT = 100
# What article pages say of themselves: Open Graph or schema.org types, <article>, a
# publication-time meta or byline label, a full date with a time of day.
ARTICLE_SIGNALS = re.compile(
    r"""og:type["']\s+content=["']article|"@type"\s*:\s*"\w*Article"|<article[\s>]|"""
    r"""<meta[^>]+(?:name|property)=["'](?:publishdate|pubdate|publish_?time|firstpublishedtime|article:published_time)|"""
    r"(?:发布|发表)(?:时间|日期)|(?:19|20)\d{2}[-年/]\d{1,2}[-月/]\d{1,2}日?\s*\d{1,2}:\d{2}",
    re.IGNORECASE,
)
