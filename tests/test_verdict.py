from __future__ import annotations

import pytest

from crawler.settings import EXTRACT_MIN_CHARS
from demo.site import build_sites
from essaytext.page import examine
from essaytext.signals import url_hint
from essaytext.verdict import linked_share

SITES = build_sites()
PAGES = [(host, path) for host, pages in SITES.items() for path in pages if path != "/robots.txt"]
LISTINGS = {"/", "/sxll/index.html"}


@pytest.mark.parametrize(("host", "path"), PAGES)
def test_demo_pages_are_told_apart_by_content(host: str, path: str) -> None:
    charset = "big5" if host == "news" else None
    # Judge by content alone: a neutral URL, so the URL hint cannot decide.
    found = examine(
        SITES[host][path].body,
        "http://127.0.0.1:1/page",
        header_charset=charset,
        min_chars=EXTRACT_MIN_CHARS,
    )
    expected = "listing" if path in LISTINGS else "pdf" if path.endswith(".pdf") else "article"
    assert found.kind == expected, found.why


@pytest.mark.parametrize(
    ("url", "hint"),
    [
        ("http://a.cn/", "listing"),
        ("http://a.cn/news/index_2.html", "listing"),
        ("http://a.cn/c/2019-11-25/doc-iihnzahi3275702.shtml", "article"),
        ("http://a.cn/n1/2026/0208/c40531-40123456.html", "article"),
        ("http://a.cn/about.html", None),
    ],
)
def test_url_hint(url: str, hint: str | None) -> None:
    assert url_hint(url) == hint


def test_a_listing_of_titles_with_teasers_is_link_lines_and_an_essay_is_not() -> None:
    titles = frozenset({"推进党建与业务工作双向融合", "以正确政绩观引领国有企业高质量发展"})
    entries = [
        "推进党建与业务工作双向融合党建工作与业务工作是国有企业发展的两翼,必须…",
        "以正确政绩观引领国有企业高质量发展树立和践行正确政绩观,是推动高质量...",
    ]
    assert linked_share(entries, titles) == (1.0, 2)
    # An essay's paragraph may open with a linked phrase; it is running text, not a teaser.
    essay = ["推进党建与业务工作双向融合,是新时代国有企业党建工作的必然要求。我们要坚持不懈。"]
    assert linked_share(essay, titles) == (0.0, 0)
