"""Where a page's title may come from: its <title>, og:title (or twitter:title), its
headings (h1–h3, elements classed as titles) and its links to itself, read as the page
shows them; and what stands by the headline: its subtitle, a blog owner the <title> names."""

from __future__ import annotations

import html as htmllib
import re
from collections.abc import Sequence
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from .clutter import clutter_rule
from .names import is_person_name
from .normalize import fold
from .title import MAX_TITLE, MIN_TITLE, TITLE_SEPARATORS, title_key

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


def with_subtitle(
    lines: list[str], window: list[str], title: str | None, headings: Sequence[str] = ()
) -> list[str]:
    """The text with the headline's subtitle first, where the page shows one right under
    the headline and extraction left it out: a line of ——…, or a heading element of its own
    (an <h2> or <h3> beside the <h1>) right below it."""
    keys = ["".join(line.split()) for line in window]
    headline = "".join((title or "").split())
    at = next((i for i, k in enumerate(keys) if headline and k == headline), None)
    for offset, line in enumerate(window[at + 1 : at + 3] if at is not None else []):
        sub = line.strip()
        heading = (
            offset == 0
            and sub in headings
            and title_key(sub) != title_key(title or "")
            and not _AFFILIATED.search(sub)
            and clutter_rule(sub) is None
        )
        if (sub.startswith("—") or heading) and len(sub) <= MAX_SUBTITLE:
            key = "".join(sub.split())
            if all("".join(x.split()) != key for x in lines[:3]):
                return [sub, *lines]
            break
    return lines


MAX_SUBTITLE = 80
# A paper's authors with their affiliation marks: 孙悦然1郑启明1,2方晓3
_AFFILIATED = re.compile(r"[\u4e00-\u9fff]\d+(?:,\d+)*(?=[\u4e00-\u9fff]|$)")


def title_author(
    title_tag: str | None, headline: str | None, visible: list[str], text: str
) -> str | None:
    """A blog's owner named in its <title> between the headline and the site (标题_岑远舟_
    某某博客), when the page shows the name at the start of a line (its profile box) and
    neither the essay nor a breadcrumb uses it (a column named like a person: 文化)."""
    parts = [p.strip() for p in TITLE_SEPARATORS.split(title_tag or "")]
    if len(parts) < 3 or fold(parts[0]) != fold(headline or ""):
        return None
    name = parts[1]
    if not is_person_name(name) or name in text:
        return None
    crumb = re.compile(rf"[>»＞→/]\s*{re.escape(name)}\s*$")  # a section: 华夏网>>文化
    if any(crumb.search(line) for line in visible):
        return None
    return name if any(line.startswith(name) for line in visible) else None
