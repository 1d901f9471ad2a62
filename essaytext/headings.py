"""Where a page's title may come from: its <title>, og:title (or twitter:title), its
headings (h1–h3, elements classed as titles) and its links to itself, read as the page
shows them."""

from __future__ import annotations

import html as htmllib
import re
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from .title import MAX_TITLE, MIN_TITLE

_SPACE = re.compile(r"\s+")
_HEADING_CLASS = re.compile(r"title|headline|biaoti|heading", re.IGNORECASE)


def page_headings(tree: HtmlElement) -> tuple[str, ...]:
    """Texts of the page's headings and title-classed elements without blocks, in page order."""
    found: list[str] = []
    for element in tree.iter("h1", "h2", "h3", "div", "p", "span", "td", "strong"):
        if element.tag not in ("h1", "h2", "h3"):
            named = f"{element.get('class', '')} {element.get('id', '')}"
            if not _HEADING_CLASS.search(named) or element.find(".//div") is not None:
                continue
        text = _SPACE.sub(" ", element.text_content()).strip()
        if MIN_TITLE <= len(text) <= MAX_TITLE:
            found.append(text)
    return tuple(found)


def meta_title(tree: HtmlElement) -> str | None:
    """The page's og:title (or twitter:title)."""
    for value in tree.xpath(
        "//meta[@property='og:title' or @name='og:title' or @name='twitter:title']/@content"
    ):
        if str(value).strip():
            return str(value).strip()
    return None


_TITLE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)


def html_title(html: str) -> str | None:
    """The page's <title> text."""
    match = _TITLE.search(html)
    return htmllib.unescape(match.group(1)).strip() if match else None


def own_links(tree: HtmlElement, url: str | None) -> tuple[str, ...]:
    """Texts of the page's links to itself: an e-paper's or a blog's list of titles, a
    breadcrumb, a permalink name the page among others (read before furniture is pruned)."""
    if not url:
        return ()
    own = urlsplit(url)
    last = own.path.rstrip("/").rsplit("/", 1)[-1]
    if not last:
        return ()
    found: list[str] = []
    for anchor in tree.iter("a"):
        href = (anchor.get("href") or "").split("#", 1)[0].strip()
        if not href or last not in href:
            continue  # cheaply not this page
        try:
            target = urlsplit(urljoin(url, href))
        except ValueError:
            continue
        if (target.netloc, target.path, target.query) == (own.netloc, own.path, own.query):
            text = _SPACE.sub(" ", anchor.text_content()).strip()
            if MIN_TITLE <= len(text) <= MAX_TITLE:
                found.append(text)
    return tuple(dict.fromkeys(found))
