"""Article or listing page? Decided from the page's densest text container when no URL rule says.

An essay's paragraphs sit together in one container with few links among them; a listing's
summaries are spread over one container per entry, or share a container with a title link
each. So: find the element whose direct paragraph children hold the most non-link text, and
call the page an article when that text is long, has sentences, and is not link-dense.
"""

from __future__ import annotations

import re

import lxml.html

_SKIP = (
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "select",
    "option",
    "textarea",
)
_PARAGRAPH_TAGS = frozenset(
    (
        "p",
        "div",
        "span",
        "font",
        "strong",
        "b",
        "em",
        "i",
        "u",
        "section",
        "blockquote",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "pre",
        "br",
    )
)
_SENTENCE_END = re.compile(r"[。！？!?]")
MIN_ARTICLE_TEXT = 150
TITLE_LINK_CHARS = 8
MIN_SENTENCES = 3


def _text_len(text: str | None) -> int:
    return len(re.sub(r"\s+", "", text)) if text else 0


def _is_title_link(anchor: lxml.html.HtmlElement) -> int:
    # Keyword links inside an essay are a word or two; a listing's links are whole titles.
    return int(_text_len(anchor.text_content()) >= TITLE_LINK_CHARS)


def densest_block(html: str) -> tuple[int, int, int, int]:
    """(non-link characters, sentences, title links, paragraphs) of the page's densest text container."""
    try:
        root = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return 0, 0, 0, 0
    for node in root.xpath("|".join(f"//{tag}" for tag in _SKIP)):
        node.drop_tree()
    best = (0, 0, 0, 0)
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
            elif child.tag in _PARAGRAPH_TAGS:
                anchors = child.findall(".//a")
                links += sum(map(_is_title_link, anchors))
                content = child.text_content()
                for anchor in anchors:
                    content = content.replace(anchor.text_content(), "", 1)
                texts.append(content)
                paragraphs += 1
        joined = "".join(texts)
        chars = _text_len(joined)
        if chars > best[0]:
            best = (chars, len(_SENTENCE_END.findall(joined)), links, paragraphs)
    return best


def looks_like_article(html: str) -> bool:
    """True when the page carries an essay rather than a list of links to essays."""
    chars, sentences, links, paragraphs = densest_block(html)
    if chars < MIN_ARTICLE_TEXT or sentences < MIN_SENTENCES:
        return False
    # A listing pairs each summary paragraph with a title link.
    return links <= max(3, paragraphs // 3)


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


def page_kind(html: str, url: str) -> str:
    """ "article" or "listing": the content decides; an article-shaped URL tips short pages."""
    if looks_like_article(html):
        return "article"
    if url_hint(url) == "article" and densest_block(html)[0] >= MIN_SHORT_ARTICLE_TEXT:
        return "article"
    return "listing"


MIN_SHORT_ARTICLE_TEXT = 100
