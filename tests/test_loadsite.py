"""The crawl benchmark's generated site (demo/loadsite.py), walked in memory: no crawl."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from demo.loadsite import CLUTTER, HOSTS, MAX_CHARS, MIN_CHARS, LoadSite, build
from demo.varied import esc

_HREF = re.compile(rb'href="([^"]*)"')


@pytest.fixture(scope="module")
def site() -> LoadSite:
    return build(600)


def _links(body: bytes) -> list[str]:
    """The page's links to pages of its host (friend links and ads lead off the site)."""
    hrefs = [href.decode() for href in _HREF.findall(body)]
    return [h for h in hrefs if not h.startswith(("http://", "javascript:"))]


def test_every_essay_is_reached_from_the_home_page_through_listings(site: LoadSite) -> None:
    essays = {(a.host, a.path) for a in site.articles}
    assert len(essays) == 600
    for host in HOSTS:
        pages = site.sites[host]
        seen, queue, reached = {"/"}, ["/"], set()
        while queue:  # follow the links of listing pages only
            for href in _links(pages[queue.pop()].body):
                assert href.startswith("/"), href
                if (host, href) in essays:
                    reached.add(href)
                elif href not in seen:
                    seen.add(href)
                    queue.append(href)
        assert reached == {path for h, path in essays if h == host}
        assert seen == set(site.listings[host])


def test_every_link_leads_to_a_page_of_its_host(site: LoadSite) -> None:
    for host, pages in site.sites.items():
        for path, page in pages.items():
            assert all(href in pages for href in _links(page.body)), (host, path)


def test_texts_are_distinct_but_the_deliberate_copies(site: LoadSite) -> None:
    by_place = {(a.host, a.path): a for a in site.articles}
    copies = [a for a in site.articles if a.copy_of is not None]
    originals = [a for a in site.articles if a.copy_of is None]
    assert 0.03 * 600 <= len(copies) <= 0.07 * 600
    assert len({a.text for a in originals}) == len(originals)
    for copy in copies:
        assert copy.copy_of is not None
        source = by_place[copy.copy_of]
        assert source.copy_of is None and copy.text == source.text
        assert copy.clutter != source.clutter or copy.host != source.host
    for article in site.articles:  # the essay is on its page, paragraph by paragraph
        body = site.sites[article.host][article.path].body.decode()
        assert all(f"<p>{esc(p)}</p>" in body for p in article.text.split("\n"))


def test_pages_weigh_what_real_news_pages_weigh(site: LoadSite) -> None:
    """Real Chinese news pages: a median of 953 elements and 173 links (demo/chrome.py)."""
    weights = []
    for article in site.articles[:100]:
        body = site.sites[article.host][article.path].body
        weights.append((body.count(b"<") - body.count(b"</"), body.count(b"<a ")))
    elements, links = (sorted(w)[50] for w in zip(*weights, strict=True))
    assert 600 < elements < 1300 and 120 < links < 260
    assert len({w for w in weights}) > 90  # and vary from page to page


def test_lengths_and_clutter_vary(site: LoadSite) -> None:
    lengths = sorted(len(a.text) for a in site.articles)
    assert MIN_CHARS <= lengths[0] < 400 and 5000 < lengths[-1] <= MAX_CHARS * 1.1
    assert 1000 < lengths[len(lengths) // 2] < 2500
    combinations = Counter(a.clutter for a in site.articles)
    assert len(combinations) > 200 and max(combinations.values()) < 10
    assert all(sum(c in a.clutter for a in site.articles) > 200 for c in CLUTTER)


def test_the_same_site_for_the_same_seed_stored_or_rendered_when_asked_for() -> None:
    first, again, lazy = build(30), build(30), build(30, lazy=True)
    assert [a.text for a in first.articles] == [a.text for a in again.articles]
    assert first.sites == again.sites
    for host, pages in first.sites.items():
        assert len(lazy.sites[host]) == len(pages) - 10  # the essay pages are not stored
        for path, page in pages.items():
            assert lazy.sites[host].get(path) == page
        assert lazy.sites[host].get("/missing.html") is None
