"""Article URLs a site lists outside its pages: XML sitemaps (and sitemap indexes) and
RSS/Atom feeds named in sites.toml (Scrapy's sitemap reader; lxml for feeds)."""

from __future__ import annotations

from lxml import etree
from scrapy.utils.sitemap import Sitemap


def sitemap_urls(body: bytes) -> tuple[list[str], list[str]]:
    """(page URLs, further sitemap URLs) of a sitemap or sitemap index; ([], []) if unreadable."""
    try:
        sitemap = Sitemap(body)
    except (etree.XMLSyntaxError, ValueError):
        return [], []
    urls = [entry["loc"] for entry in sitemap if entry.get("loc")]
    return ([], urls) if sitemap.type == "sitemapindex" else (urls, [])


def feed_urls(body: bytes) -> list[str]:
    """The item links of an RSS or Atom feed, in feed order."""
    try:
        root = etree.fromstring(body, parser=etree.XMLParser(recover=True, resolve_entities=False))
    except etree.XMLSyntaxError:
        return []
    if root is None:
        return []
    found: list[str] = []
    for element in root.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        name = tag.rsplit("}", 1)[-1]
        if name == "link":
            href = element.get("href") or (element.text or "").strip()
            parent = element.getparent()
            parent_name = parent.tag.rsplit("}", 1)[-1] if parent is not None else ""
            if (
                href
                and parent_name in ("item", "entry")
                and element.get("rel", "alternate") == "alternate"
            ):
                found.append(href)
    return found
