"""One fetched page's work, done once: decode, parse, links to follow, essays, fingerprints.

`read_page` is a pure function of a picklable `PageJob`, so the same code runs in the
crawl's worker processes (crawler/workers.py) and in-process (EXTRACT_WORKERS=0): the
page is decoded once and parsed once, its links and pager are read from that tree before
extraction prunes it, and the essays come back fingerprinted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from urllib.parse import urljoin, urlsplit

import lxml.html
from w3lib.url import safe_url_string

from essaytext.encoding import decode_html
from essaytext.fingerprint import fingerprints
from essaytext.markup import parse_markup
from essaytext.page import PDF, PLAIN, Found, SiteRules, extract_page
from essaytext.template import NO_TEMPLATE, SiteTemplate


@dataclass(frozen=True)
class PageJob:
    """What a worker needs to read one page (its template as learned when it was sent)."""

    url: str
    body: bytes
    media_type: str  # PDF, PLAIN or text/html
    header_charset: str | None = None
    rules: SiteRules = field(default_factory=SiteRules)
    template: SiteTemplate = NO_TEMPLATE
    kind: str | None = None  # a site URL rule's verdict
    min_chars: int = 80
    ngram: int = 4
    extract: bool = True  # False: the page's links only (a stored page, not modified)


@dataclass(frozen=True)
class PageRead:
    """A page read: its charset, broken sequences kept as U+FFFD, links, pager, essays."""

    encoding: str
    replaced: int = 0
    links: tuple[str, ...] = ()
    pager: frozenset[str] = frozenset()
    found: Found | None = None  # None when only the links were asked for


def read_page(job: PageJob) -> PageRead:
    """Everything the crawl makes of one page; raises ValueError on a file that cannot be read."""
    if job.media_type == PDF:
        found = _extract(job, html=None, tree=None) if job.extract else None
        return PageRead("binary", found=found)
    html, encoding = decode_html(job.body, job.header_charset, job.rules.encoding)
    tree = parse_markup(html)
    links, pager = follow_links(tree, job.url) if tree is not None else ((), frozenset())
    # A text/plain page is extracted from its own markup, not from this tree.
    found = _extract(job, html, None if job.media_type == PLAIN else tree) if job.extract else None
    return PageRead(encoding, html.count("\ufffd"), links, pager, found)


def _extract(job: PageJob, html: str | None, tree: lxml.html.HtmlElement | None) -> Found:
    found = extract_page(
        url=job.url,
        media_type=job.media_type,
        body=job.body,
        html=html,
        tree=tree,
        rules=job.rules,
        template=job.template,
        kind=job.kind,
        min_chars=job.min_chars,
    )
    essays = [replace(e, fingerprints=fingerprints(e.text, job.ngram)) for e in found.essays]
    return replace(found, essays=essays)


# Pager links: 下一页, 下页, 尾页, next, ›, page numbers (crawler/middlewares/paging.py).
_PAGER_TEXT = re.compile(
    r"^(?:下一?页|下页|后页|尾页|末页|最后一页|next(?:\s*page)?|›|»|>>|\d{1,3}|\[\d{1,3}\])$",
    re.IGNORECASE,
)
# A URL of these characters only needs no escaping (RFC 3986 unreserved, reserved and %).
_PLAIN_URL = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*")


def follow_links(tree: lxml.html.HtmlElement, url: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """The page's <a>/<area> links as absolute http(s) URLs, once each in page order, and
    those of its pager; read before extraction prunes the tree. The tree is not changed."""
    base = url
    for element in tree.iter("base"):
        if href := (element.get("href") or "").strip():
            base = _join(url, href) or url
        break
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(base))
    found: dict[str, None] = {}
    pager: set[str] = set()
    for element in tree.iter("a", "area"):
        href = (element.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        if href.startswith(("http://", "https://")):
            target: str | None = href
        elif href.startswith("/") and not href.startswith("//") and "/." not in href:
            target = origin + href  # what urljoin gives for a path without dot segments
        else:
            target = _join(base, href)
        if target is None or not target.startswith(("http://", "https://")):
            continue
        target = target.split("#", 1)[0]
        if not _PLAIN_URL.fullmatch(target):
            target = safe_url_string(target, encoding="utf-8")
        found.setdefault(target, None)
        if element.tag == "a" and (
            "next" in (element.get("rel") or "").lower()
            or _PAGER_TEXT.match(element.text_content().strip())
        ):
            pager.add(target)
    return tuple(found), frozenset(pager)


def _join(base: str, href: str) -> str | None:
    try:
        return urljoin(base, href)
    except ValueError:  # a malformed URL (a bad IPv6 host): not followed
        return None
