"""What a page says of itself: the shape of its URL, and the marks of an article page
(Open Graph or schema.org types, <article>, publication-time metadata), for short items."""

from __future__ import annotations

import re

from .verdict import ARTICLE, LISTING

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
        return LISTING
    if _ARTICLE_URL.search(path):
        return ARTICLE
    return None


# What article pages say of themselves: Open Graph or schema.org types, <article>, a
# publication-time meta or byline label, a full date with a time of day.
ARTICLE_SIGNALS = re.compile(
    r"""og:type["']\s+content=["']article|"@type"\s*:\s*"\w*Article"|<article[\s>]|"""
    r"""<meta[^>]+(?:name|property)=["'](?:publishdate|pubdate|publish_?time|firstpublishedtime|article:published_time)|"""
    r"(?:发布|发表)(?:时间|日期)|(?:19|20)\d{2}[-年/]\d{1,2}[-月/]\d{1,2}日?\s*\d{1,2}:\d{2}",
    re.IGNORECASE,
)


def says_article(html: str, url: str) -> bool:
    """The page or its URL says it is an article (for short items)."""
    return url_hint(url) == ARTICLE or ARTICLE_SIGNALS.search(html) is not None
