"""A page's work done once (crawler/pagework.py): links from the one parse, then extraction."""

from __future__ import annotations

import pickle
from importlib import resources

import lxml.html
from w3lib.url import safe_url_string

from crawler.pagework import PageJob, follow_links, read_page
from demo.essays import load_essays
from essaytext.fingerprint import fingerprints

ESSAY = load_essays()["ronghe-lujing"]
URL = "http://news.test/a/b/page.html"


def links_of(html: str, url: str = URL) -> tuple[tuple[str, ...], frozenset[str]]:
    return follow_links(lxml.html.fromstring(html), url)


def article(nav: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in ESSAY.paragraphs)
    return (
        f"<html><head><title>{ESSAY.title}</title></head><body><div class='nav'>{nav}</div>"
        f"<h1>{ESSAY.title}</h1>{body}</body></html>"
    )


def test_links_resolve_as_a_browser_does_once_each_in_page_order() -> None:
    links, _ = links_of(
        '<a href="/x.html">1</a><a href="../y.html#top">2</a><a href="z.html">3</a>'
        '<a href="//cdn.test/w.html">4</a><a href="https://other.test/">5</a>'
        '<a href="/x.html#again">6</a><a href="javascript:void(0)">7</a>'
        '<a href="mailto:a@b.test">8</a><a href="#top">9</a><area href="/map.html">'
        '<a href="/./dot/../v.html">10</a>'
    )
    assert links == (
        "http://news.test/x.html",
        "http://news.test/a/y.html",
        "http://news.test/a/b/z.html",
        "http://cdn.test/w.html",
        "https://other.test/",
        "http://news.test/map.html",
        "http://news.test/v.html",
    )


def test_a_base_href_and_non_ascii_urls_are_honoured() -> None:
    links, _ = links_of(
        '<html><head><base href="/root/"></head><body><a href="文章 1.html">x</a>'
        '<a href="q?k=党建">y</a></body></html>'
    )
    assert links == (
        safe_url_string("http://news.test/root/文章 1.html", encoding="utf-8"),
        safe_url_string("http://news.test/root/q?k=党建", encoding="utf-8"),
    )
    assert all(link.isascii() and " " not in link for link in links)


def test_the_pager_is_the_next_page_links_by_text_or_rel() -> None:
    links, pager = links_of(
        '<a href="/list_2.html">下一页</a><a href="/list_3.html"> 3 </a>'
        '<a href="/more.html" rel="next">更多</a><a href="/a/1.html">第一篇文章</a>'
    )
    assert pager == {
        "http://news.test/list_2.html",
        "http://news.test/list_3.html",
        "http://news.test/more.html",
    }
    assert "http://news.test/a/1.html" in links


def test_a_page_is_read_once_links_before_its_furniture_is_pruned() -> None:
    nav = '<a href="/sxll/index.html">思想理论栏目首页</a>'
    job = PageJob(URL, article(nav).encode(), "text/html", ngram=3)
    read = read_page(job)
    assert "http://news.test/sxll/index.html" in read.links
    assert read.encoding == "utf-8" and read.replaced == 0
    assert read.found is not None and read.found.kind == "article"
    (essay,) = read.found.essays
    assert essay.title == ESSAY.title and "思想理论栏目首页" not in essay.text
    assert essay.fingerprints == fingerprints(essay.text, 3)
    assert pickle.loads(pickle.dumps(read)) == read  # it travels back from a worker


def test_links_only_for_a_stored_page_and_no_links_in_a_pdf() -> None:
    read = read_page(
        PageJob(URL, article('<a href="/x.html">x</a>').encode(), "text/html", extract=False)
    )
    assert read.found is None and read.links == ("http://news.test/x.html",)
    pdf = (resources.files("demo") / "jidian-sikao.pdf").read_bytes()
    read = read_page(PageJob("http://docs.test/d.pdf", pdf, "application/pdf"))
    assert read.encoding == "binary" and read.links == ()
    assert read.found is not None and read.found.kind == "pdf" and read.found.essays


def test_broken_sequences_are_counted() -> None:
    body = article().encode("utf-8").replace("融合".encode(), b"\xe8\x9e", 1)
    read = read_page(PageJob(URL, body, "text/html", header_charset="utf-8"))
    assert read.replaced >= 1
