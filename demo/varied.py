"""Pages of varied templates around the bundled essays, so tests know exactly what a page holds.

This module holds the skeleton every page shares and its helpers, and the pages where the
essay stands nearly alone: a page under a big data script, a flipbook viewer page, title
and byline variants, and pages hard at the level of characters. demo/varied_sites.py has
the pages where a site crowds the essay: portals, comment threads, forums, a calendar trap,
a compilation page. Every builder returns a served Page, its charset both in the header
and in <meta>.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from collections.abc import Sequence

import opencc

from .essays import Essay, load_essays
from .site import SPAM_KEYWORDS, Page

ESSAYS = load_essays()


def split_words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def paras(paragraphs: Sequence[str], attrs: str = "") -> str:
    return "".join(f"<p{attrs}>{esc(p)}</p>\n" for p in paragraphs)


def link_items(entries: Sequence[tuple[str, str]], wrap: str = "li") -> str:
    return "".join(f'<{wrap}><a href="{h}">{esc(name)}</a></{wrap}>' for h, name in entries)


def page(
    title: str, body: str, *, charset: str = "utf-8", head: str = "", before: str = ""
) -> Page:
    """The one skeleton of every page here; `before` goes ahead of <html> (a stray script)."""
    doc = f"""{before}<!DOCTYPE html>
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">{head}
<title>{esc(title)}</title></head>\n<body>\n{body}\n</body></html>\n"""
    return Page(doc.encode(charset, errors="xmlcharrefreplace"), f"text/html; charset={charset}")


def excerpt(essay: Essay, chars: int) -> tuple[str, ...]:
    """The essay's opening paragraphs, the last one cut after a sentence, about `chars` long."""
    kept: list[str] = []
    for paragraph in essay.paragraphs:
        cut = ""
        for sentence in re.findall(r"[^。]*。|[^。]+$", paragraph):
            if sum(map(len, kept)) + len(cut) >= chars:
                break
            cut += sentence
        if not cut:
            break
        kept.append(cut)
    return tuple(kept)


def char_f1(found: str, expected: str) -> float:
    """Character F1 (multisets of characters, whitespace ignored): 1.0 for the same text."""
    a, b = Counter(re.sub(r"\s", "", found)), Counter(re.sub(r"\s", "", expected))
    common = sum((a & b).values())
    return 2 * common / (a.total() + b.total()) if common else 0.0


def index(title: str, entries: Sequence[tuple[str, Essay]], sidebar: str = "") -> Page:
    """A listing: each essay's title linked, a date, the opening of its first paragraph."""
    rows = "".join(
        f'<li><a href="{h}">{esc(e.title)}</a> <span class="d">2025-06-{10 + i % 20:02d}</span>'
        f"<p>{esc(e.paragraphs[0][:40])}…</p></li>"
        for i, (h, e) in enumerate(entries)
    )
    return page(title, f'<div class="list"><h2>{esc(title)}</h2><ul>{rows}</ul></div>{sidebar}')


# --- b. an article under a data payload of hundreds of KB ---
def script_article(essay: Essay, kilobytes: int = 400) -> Page:
    """The essay after a <script> whose JSON state carries every bundled essay's paragraphs."""
    pool = [p for e in ESSAYS.values() for p in e.paragraphs]
    feed: list[dict[str, str]] = []
    while sum(len(item["summary"].encode()) + 40 for item in feed) < kilobytes * 1024:
        feed.append({"url": f"/a/{10000 + len(feed)}.html", "summary": pool[len(feed) % len(pool)]})
    state = json.dumps({"feed": feed, "user": None}, ensure_ascii=False).replace("</", "<\\/")
    body = f"""<script>window.__INITIAL_STATE__={state};</script>
<div class="article-main"><h1 class="article-title">{esc(essay.title)}</h1>
<div class="article-meta"><span>2025-06-12 08:00</span></div>
<div class="article-body">{paras(essay.paragraphs)}</div></div>"""
    return page(essay.title, body)


# --- c. one page of a flipbook viewer ---
FLIPBOOK_CHROME = split_words("首页 上一页 下一页 末页 目录 缩略图 全屏 下载 分享")


def flipbook_text(essay: Essay) -> str:
    """The text layer of the flipbook page: 200 to 400 characters of the essay."""
    return "".join(excerpt(essay, 200))


def flipbook_page(essay: Essay, number: int = 56) -> Page:
    """A viewer's toolbar and page strip around a text layer of absolutely placed lines."""
    text = flipbook_text(essay)
    spans = "".join(
        f'<span style="left:{60 + i % 2}px;top:{80 + 22 * i}px">{esc(text[k : k + 19])}</span>'
        for i, k in enumerate(range(0, len(text), 19))
    )
    tools = "".join(
        f'<a class="btn" href="javascript:void(0)">{name}</a>' for name in FLIPBOOK_CHROME
    )
    strip = link_items([(f"/books/202105/page/{n}.html", str(n)) for n in range(50, 63)], "span")
    body = f"""<div id="viewer"><div class="toolbar">{tools}</div>
<div class="pageContainer" data-page="{number}"><div class="textLayer">{spans}</div></div>
<div class="thumbs">{strip}</div><div class="pageinfo">{number} / 64</div></div>"""
    return page(f"第{number}页 - 思想理论版202105", body)


# --- i. titles; j. bylines and dates; k. markup around the essay ---
def article(
    essay: Essay,
    *,
    title: str | None = None,
    headline: str | None = None,
    tag: str = "h1",
    byline: str = "",
    lead: str = "",
    tail: str = "",
    depth: int = 0,
    before: str = "",
) -> Page:
    """A plain article page: <title> (default the essay's), the headline in `tag` (default the
    essay's title; "" for none), a byline line, `lead` opening the first paragraph and `tail`
    closing the essay, all `depth` levels deep in layout tables (three levels a table)."""
    headline = essay.title if headline is None else headline
    paragraphs = [lead + essay.paragraphs[0], *essay.paragraphs[1:], *([tail] if tail else [])]
    inner = f"""<div class="article">{f"<{tag}>{esc(headline)}</{tag}>" if headline else ""}
<div class="info">{esc(byline)}</div><div class="text">{paras(paragraphs)}</div></div>"""
    nest = depth // 3
    body = f"""<div class="nav"><a href="/">首页</a> <a href="/theory/">理论</a></div>
{"<table><tr><td>" * nest}{inner}{"</td></tr></table>" * nest}"""
    return page(essay.title if title is None else title, body, before=before)


def wechat_article(essay: Essay, account: str, author: str) -> Page:
    """A WeChat official-account page: the author in a rich_media_meta span, no <meta name=author>."""
    body = f"""<div id="img-content" class="rich_media_wrp"><h1 class="rich_media_title" id="activity-name">{esc(essay.title)}</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">{esc(author)}</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">{esc(account)}</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2023年1月28日 09:14</em></div>
<div class="rich_media_content" id="js_content">{paras(essay.paragraphs)}</div></div>
<div class="profile_inner"><strong class="profile_nickname">{esc(account)}</strong><p class="profile_meta">微信号 gzxx2014 功能介绍 国务院国资委新闻中心官方微信</p></div>"""
    return page(essay.title, body, head=f'<meta property="og:title" content="{esc(essay.title)}">')


# --- k. characters ---
_NOTES = "國:guó 黨:dǎng 建:jiàn 業:yè 企:qǐ 發:fā 展:zhǎn 經:jīng 營:yíng 政:zhèng 績:jì 觀:guān 有:yǒu 工:gōng 作:zuò 融:róng 合:hé"
PINYIN = dict(note.split(":") for note in split_words(_NOTES))


def traditional(essay: Essay) -> tuple[str, tuple[str, ...]]:
    convert = opencc.OpenCC("s2t").convert
    return convert(essay.title), tuple(convert(p) for p in essay.paragraphs)


def pinyin_article(essay: Essay) -> Page:
    """In traditional script, a converter's pinyin after every character it knows, page-wide."""
    title, paragraphs = traditional(essay)

    def note(text: str) -> str:
        return "".join(c + (f"({PINYIN[c]})" if c in PINYIN else "") for c in text)

    body = f"""<div class="nav">{note("首頁 國內 黨建工作 企業經營 理論")}</div>
<h1>{note(title)}</h1><div class="info">{note("2025-06-01 來源：黨建網")}</div>
<div class="content">{"".join(f"<p>{note(esc(p))}</p>" for p in paragraphs)}</div>"""
    return page(note(title), body)


BROKEN_AT = ((1, 10), (4, 30))  # (paragraph, character) where a byte that is not UTF-8 sits


def broken_utf8_article(essay: Essay) -> Page:
    """Declared UTF-8 in the header and <meta>, with two bytes (0xff, 0xfe) that are not UTF-8."""
    marked = list(essay.paragraphs)
    for n, at in BROKEN_AT:
        marked[n] = marked[n][:at] + "\x00" + marked[n][at:]
    served = page(essay.title, f"<h1>{esc(essay.title)}</h1>{paras(marked)}")
    body = served.body.replace(b"\x00", b"\xff", 1).replace(b"\x00", b"\xfe", 1)
    return Page(body, served.content_type)


def plain_text_article(essay: Essay) -> Page:
    text = essay.title + "\n\n" + "\n\n".join(essay.paragraphs) + "\n"
    return Page(text.encode(), "text/plain; charset=utf-8")


LEADING_SCRIPT = (
    "<script>var _hmt = _hmt || []; window.cfg = {" + '"k": 1, ' * 300 + "};</script>\n"
)


def unpunctuated_page(megabytes: float = 2.4) -> Page:
    """One line of keywords and spaces, `megabytes` long: no sentence, no essay."""
    words = " ".join(SPAM_KEYWORDS.split(",")) + " "
    line = words * int(megabytes * 1024 * 1024 / len(words.encode()) + 1)
    return page("热门搜索", f'<div class="kw">{esc(line)}</div>')
