"""End to end: the article URLs of a site's sitemap (through a sitemap index) and feeds are
crawled, also when no page links them."""

from __future__ import annotations

from pathlib import Path

import pytest

from demo.crawl import crawl, export_rows
from demo.server import serve
from demo.site import Page
from demo.web import article

pytestmark = pytest.mark.e2e


def test_sitemap_and_feed_articles_are_crawled(tmp_path: Path) -> None:
    site = {f"/a/{n}.html": Page(article(n)) for n in range(1, 7)}
    site["/"] = Page(b"<html><body><p>nothing linked here</p></body></html>")
    with serve({"site": site}) as hosts:
        base = hosts["site"]
        urls = "".join(f"<url><loc>{base}/a/{n}.html</loc></url>" for n in (1, 2, 3))
        site["/sitemap-1.xml"] = Page(
            f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode(),
            "application/xml",
        )
        site["/sitemap.xml"] = Page(
            f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>{base}/sitemap-1.xml</loc></sitemap></sitemapindex>'.encode(),
            "application/xml",
        )
        items = "".join(
            f"<item><title>t{n}</title><link>{base}/a/{n}.html</link></item>" for n in (4, 5)
        )
        site["/rss.xml"] = Page(
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>c</title><link>{base}/</link>{items}</channel></rss>'.encode(),
            "application/rss+xml",
        )
        (tmp_path / "sites.toml").write_text(
            f'[sites.local]\nstart_urls = ["{base}/"]\nsitemaps = ["{base}/sitemap.xml"]\n'
            f'feeds = ["{base}/rss.xml"]\n',
            encoding="utf-8",
        )
        result = crawl([], tmp_path / "a.db", {"ESSAYS_SITES_FILE": str(tmp_path / "sites.toml")})
    assert result.returncode == 0, result.stderr[-2000:]
    paths = sorted(row["url"].removeprefix(base) for row in export_rows(tmp_path / "a.db"))
    assert paths == [f"/a/{n}.html" for n in range(1, 6)]  # /a/6.html is listed nowhere
