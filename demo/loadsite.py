"""A generated site for load benchmarks: N essay pages with varied clutter, on three hosts.

`build(pages)`: `pages` essay pages (600 side by side, 20,000 for the scale run) over three
hosts in three styles (a news site, a blog, a portal laid out in tables), each with a home
page `/` and eight sections whose listings link 20 essays a page under a pager (page
numbers, 下一页, 尾页): following links from `/` reaches every essay. Every link leads to a
page of its host. Each essay page draws (seeded) its clutter: navigation (9 links, or a
menu of up to 129), breadcrumb, spam keywords, 责任编辑, 版权声明, 上一篇/下一篇, 相关阅读 and a
热点排行 sidebar (other essays of its host), comments, footer, and tens of KB of inline
style and script as real pages carry. Texts of ~300 to ~6,000 characters are runs of
paragraphs from several bundled essays, their Chinese characters remapped by two of many
seeded tables, so texts and passages differ from page to page; about 5% of the pages
republish another page's essay word for word, under other clutter. Sites of more than
LAZY_ABOVE essay pages render those pages when they are asked for.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from .chrome import chrome
from .essays import Essay
from .site import ROBOTS, SPAM_KEYWORDS, Page, Site
from .varied import ESSAYS, esc, link_items, page, paras, split_words
from .varied_sites import GOV_MENU, comment

HOSTS = ("news", "blog", "portal")
_SLUGS = split_words("lilun pinglun dangjian jingji wenhua shehui keji renwu")
SECTIONS = tuple(zip(_SLUGS, split_words("理论 评论 党建 经济 文化 社会 科技 人物"), strict=True))
SITE_NAMES = {"news": "晋中新闻网", "blog": "学习园地", "portal": "市国资委门户网站"}
CLUTTER = split_words("nav crumb spam editor disclaimer prevnext related sidebar comments footer")
PER_LISTING, COPY_SHARE, LAZY_ABOVE = 20, 0.05, 2000
MIN_CHARS, MAX_CHARS = 300, 6000
TABLES = 251  # character remapping tables: a page's text is remapped by two of them
NAMES = split_words("王建国 李明 张华 刘洋 陈静 杨帆 赵磊 黄蕾 周强 吴敏 孙立 郑文")
DISCLAIMER = "版权声明：本网注明来源的作品，版权均属原作者所有，转载请注明出处。如涉及作品内容、版权等问题，请在三十日内与本网联系。"
# Inline style and script: each page carries a prefix of each (1 to 16 KB, 2 to 48 KB).
STYLE = "".join(
    f".m{i} a{{margin:{i % 9}px {i % 5}px;color:#{i * 40503 % 4096:03x}}}\n" for i in range(700)
)
SCRIPT = "".join(
    f'window.cfg{i}={{"id":{i * 7919},"ab":"{i % 97}","on":{i % 2}}};\n' for i in range(1400)
)

# Per style: the markup of each part, and the order of the parts (text: the essay's paragraphs).
_NEWS = {
    "nav": '<div class="nav">{links}</div>',
    "crumb": '<div class="crumb">您的位置：<a href="/">首页</a> &gt; {section} &gt; 正文</div>',
    "spam": '<div class="kw">{spam}</div>',
    "head": '<div class="article"><h1>{title}</h1><div class="info">{date} 来源：{site} 作者：{author}</div><div class="content">',
    "editor": '<p class="editor">（责任编辑：{editor}）</p>',
    "end": "</div></div>",
    "disclaimer": '<div class="statement">{disclaimer}</div>',
    "prevnext": '<div class="pn"><p>上一篇：{prev}</p><p>下一篇：{next}</p></div>',
    "related": '<div class="related"><h3>相关阅读</h3><ul>{related}</ul></div>',
    "sidebar": '<div class="side"><h3>热点排行</h3><ol>{hot}</ol></div>',
    "comments": '<div class="comment-box"><h3>网友评论（{count}）</h3>{comments}<textarea></textarea></div>',
    "footer": '<div class="footer"><p>版权所有 {site} 晋ICP备05001234号</p><a href="/">返回首页</a></div>',
    "order": "nav crumb spam head text editor end disclaimer prevnext related sidebar comments footer",
}
_BLOG = {
    **_NEWS,
    "nav": "<header><nav>{links}</nav></header>",
    "spam": "<p>{spam}</p>",
    "head": '<main><article class="post"><h1 class="entry-title">{title}</h1><div class="entry-meta">{author} 发表于 {date}</div><div class="entry-content">',
    "editor": "<p>(责任编辑 {editor})</p>",
    "disclaimer": "<p>{disclaimer}</p>",
    "prevnext": "<p>上一篇 {prev}</p><p>下一篇 {next}</p>",
    "end": "</div></article>",
    "related": '<aside class="widget"><h3>相关阅读</h3><ul>{related}</ul></aside>',
    "sidebar": '<aside class="widget"><h3>热门文章</h3><ul>{hot}</ul></aside>',
    "comments": '<section id="comments"><h3>{count} 条评论</h3>{comments}</section>',
    "footer": '<footer><p>© 2025 {site} · <a href="/">首页</a></p></footer></main>',
    "order": "nav spam head text editor disclaimer prevnext end related sidebar comments footer",
}
_PORTAL = {
    **_NEWS,
    "nav": '<table class="menu"><tr>{links}</tr></table>',
    "crumb": '<table><tr><td class="pos">当前位置：<a href="/">首页</a> &gt;&gt; {section}</td></tr></table>',
    "head": '<table class="xl_tab" width="100%"><tr><td class="xl_title"><h1>{title}</h1></td></tr><tr><td class="xl_info">发布时间：{date} 来源：{site}</td></tr><tr><td id="zoom">',
    "end": "</td></tr></table>",
    "editor": '<table><tr><td class="bj">【责任编辑：{editor}】</td><td><a href="/">打印本页</a></td></tr></table>',
    "sidebar": '<table class="rank"><tr><td>{hot}</td></tr></table>',
    "footer": '<table class="foot"><tr><td>主办：{site} 网站标识码：1400000001</td></tr></table>',
    "order": "sidebar nav crumb head text end editor spam disclaimer prevnext related comments footer",
}
STYLES = {"news": _NEWS, "blog": _BLOG, "portal": _PORTAL}


@dataclass(frozen=True)
class Article:
    """One essay page: where it is, its essay, its clutter, the page whose essay it republishes."""

    host: str
    section: str
    number: int
    path: str
    title: str
    text: str
    copy_of: tuple[str, str] | None = None
    clutter: frozenset[str] = frozenset()


class Pages(dict[str, Page]):
    """A host's pages by path; `render` makes the pages not stored when they are asked for."""

    def __init__(self, render: Callable[[str], Page | None]) -> None:
        super().__init__()
        self.render = render

    def get(self, path: str, default: Any = None) -> Any:
        found = super().get(path)
        return found if found is not None else (self.render(path) or default)


@dataclass(frozen=True)
class LoadSite:
    """The hosts (name → pages), every essay page, and the listings (host → paths)."""

    sites: dict[str, Site]
    articles: list[Article]
    listings: dict[str, list[str]]


Table = npt.NDArray[np.uint16]
CJK = 0x4E00  # tables map the characters U+4E00 to U+9FFF, by their offset from U+4E00


def _tables(rng: random.Random) -> list[Table]:
    """Tables remapping three quarters of the essays' Chinese characters to others of them."""
    chars = {ord(c) - CJK for e in ESSAYS.values() for c in e.text if "\u4e00" <= c <= "\u9fff"}
    offsets = np.array(sorted(chars), dtype=np.uint16)
    generator = np.random.default_rng(rng.getrandbits(64))
    tables = []
    for _ in range(TABLES):
        table = np.arange(0xA000 - CJK, dtype=np.uint16)
        chosen = generator.choice(offsets, len(offsets) * 3 // 4, replace=False)
        table[chosen] = generator.choice(offsets, len(chosen))
        tables.append(table)
    return tables


def _remap(text: str, first: Table, second: Table) -> str:
    """The text with its Chinese characters remapped by one table, then the other."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).copy()
    cjk = (codes >= CJK) & (codes < 0xA000)
    codes[cjk] = second[first[codes[cjk] - CJK]].astype(np.uint32) + CJK
    return codes.tobytes().decode("utf-32-le")


_SENTENCE = re.compile(r"[^。！？]*[。！？]|[^。！？]+$")


def _paragraphs(rng: random.Random, essays: list[Essay], target: int) -> list[str]:
    """Runs of 1 to 4 paragraphs from several essays, the last cut after a sentence at `target`."""
    kept: list[str] = []
    while (total := sum(map(len, kept))) < target:
        essay = rng.choice(essays)
        start = rng.randrange(len(essay.paragraphs))
        kept += essay.paragraphs[start : start + rng.randint(1, 4)]
    while total - len(kept[-1]) >= target:
        total -= len(kept.pop())
    sentences, total = _SENTENCE.findall(kept[-1]), total - len(kept[-1])
    kept[-1] = ""
    while total + len(kept[-1]) < target:
        kept[-1] += sentences.pop(0)
    return kept


# Per host: where an essay lives, and where its section's listing pages live.
ESSAY_PATHS = {
    "news": "/{s}/2025-{m:02d}/{d:02d}/content_{n}.html",
    "blog": "/{s}/p/{n}.html",
    "portal": "/{s}/art/2025/art_{n}.html",
}
LISTING_PREFIXES = {"news": "/{s}/index", "blog": "/tag/{s}/index", "portal": "/col/{s}/index"}


def _listing_path(host: str, section: str, k: int) -> str:
    """Page k (from 1) of a section's listing."""
    return LISTING_PREFIXES[host].format(s=section) + (".html" if k == 1 else f"_{k}.html")


def _date(n: int) -> str:
    return f"2025-{n % 12 + 1:02d}-{n % 28 + 1:02d} {8 + n % 10:02d}:{n % 60:02d}"


def _weighted(
    host: str, rng: random.Random, title: str, body: str, menu: int, essays: list[Article]
) -> Page:
    """A page of the host with its navigation (9 links, then `menu` more), a real portal's
    chrome around it (sidebar widgets of `essays`, demo/chrome.py), style and script."""
    targets = [("/", "首页"), *((_listing_path(host, s, 1), name) for s, name in SECTIONS)]
    teasers = [(a.path, a.title, a.text[:60]) for a in essays]
    above, below = chrome(rng, targets[1:], teasers)
    entries = targets + [(targets[i % 9][0], GOV_MENU[i]) for i in range(menu)]
    links = link_items(entries, "td" if host == "portal" else "span")
    nav = STYLES[host]["nav"].format(links=links)
    style, script = STYLE[: rng.randint(1, 16) * 1024], SCRIPT[: rng.randint(2, 48) * 1024]
    head = f"<style>{style}</style><script>{script}</script>"
    return page(title, above + body.replace("{nav}", nav, 1) + below, head=head)


def _article_page(
    article: Article, rng: random.Random, around: dict[str, str], others: list[Article]
) -> Page:
    """The essay inside its host's style, with the parts of clutter the page drew."""
    host, number, section = article.host, article.number, dict(SECTIONS)[article.section]
    first, count = rng.randrange(40), rng.randint(2, 10)
    comments = "".join(
        f'<div class="cmt"><span class="who">{esc(who)} {when}</span><p>{esc(text)}</p></div>'
        for who, when, text in map(comment, range(first, first + count))
    )
    values = {
        **dict(section=section, spam=esc(SPAM_KEYWORDS), disclaimer=DISCLAIMER),
        **dict(title=esc(article.title), date=_date(number), site=SITE_NAMES[host]),
        **dict(author=NAMES[number % 12], editor=NAMES[number // 7 % 12], links="{nav}"),
        **dict(count=str(count), comments=comments, **around),
    }
    parts = [
        paras(article.text.split("\n")) if part == "text" else STYLES[host][part].format(**values)
        for part in STYLES[host]["order"].split()
        if part in article.clutter or part in ("head", "text", "end")
    ]
    menu = rng.choice((0, 0, 0, 30, 60, 120)) if "nav" in article.clutter else 0
    title = f"{article.title}_{section}_{SITE_NAMES[host]}"
    return _weighted(host, rng, title, "".join(parts), menu, others)


def _listing_page(host: str, section: str, k: int, last: int, entries: list[Article]) -> Page:
    """Page k of a section's listing: titles, dates, a line of summary, and the pager."""
    rows = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">{_date(a.number)[:10]}</span>'
        f"<p>{esc(re.split('[。！？，]', a.text, maxsplit=1)[0][:28])}</p></li>"
        for a in entries
    )
    pager = [(n, str(n)) for n in range(max(1, k - 4), min(last, k + 4) + 1) if n != k]
    pager += [(k + 1, "下一页"), (last, "尾页")] if k < last else []
    links = link_items([(_listing_path(host, section, n), text) for n, text in pager], "span")
    name, rng = dict(SECTIONS)[section], random.Random(f"{host}:{section}:{k}")
    body = f'{{nav}}<div class="list"><h2>{name}</h2><ul>{rows}</ul></div><div class="pager">{links}</div>'
    return _weighted(host, rng, f"{name}_{SITE_NAMES[host]}", body, 40, entries)


def _essays(pages: int, rng: random.Random) -> list[Article]:
    """Every essay page's place, clutter and essay: new texts, and about 5% republished."""
    essays, tables = list(ESSAYS.values()), _tables(rng)
    articles: list[Article] = []
    originals: list[Article] = []
    for i in range(pages):
        host, section = HOSTS[i % len(HOSTS)], SECTIONS[(i // len(HOSTS)) % len(SECTIONS)][0]
        clutter = frozenset(c for c in CLUTTER if rng.random() < 0.6)
        n = 10000 + i
        path = ESSAY_PATHS[host].format(s=section, m=n % 12 + 1, d=n % 28 + 1, n=n)
        place = (host, section, n, path)
        if i >= 20 and rng.random() < COPY_SHARE:
            source = rng.choice(originals)
            copy_of = (source.host, source.path)
            articles.append(Article(*place, source.title, source.text, copy_of, clutter))
            continue
        target = round(math.exp(rng.uniform(math.log(MIN_CHARS), math.log(MAX_CHARS))))
        # Two tables of many, so no two pages' texts (or titles) are remapped alike.
        first, second = rng.sample(tables, 2)
        text = _remap("\n".join(_paragraphs(rng, essays, target)), first, second)
        title = _remap(rng.choice(essays).title, second, first)
        originals.append(Article(*place, title, text, None, clutter))
        articles.append(originals[-1])
    return articles


def _renderer(own: list[Article], seed: int) -> Callable[[str], Page | None]:
    """Essay pages of one host, made from their articles (the same page at every call)."""
    where = {article.path: j for j, article in enumerate(own)}

    def render(path: str) -> Page | None:
        if (j := where.get(path)) is None:
            return None
        rng = random.Random(f"{seed}:{own[j].number}")
        picks = [own[(j + rng.randrange(1, max(2, len(own)))) % len(own)] for _ in range(40)]
        around = {
            "prev": _link(own[j - 1]) if j else "没有了",
            "next": _link(own[j + 1]) if j + 1 < len(own) else "没有了",
            "related": link_items([(a.path, a.title) for a in picks[: rng.randint(3, 8)]]),
            "hot": link_items([(a.path, a.title) for a in picks[8 : 8 + rng.randint(5, 10)]]),
        }
        return _article_page(own[j], rng, around, picks[18:])

    return render


def build(pages: int = 600, seed: int = 20260612, lazy: bool | None = None) -> LoadSite:
    """The load site with `pages` essay pages, the same for the same pages and seed. Its essay
    pages are stored, or rendered when asked for when `lazy` (default: above LAZY_ABOVE)."""
    articles = _essays(pages, random.Random(seed))
    sites: dict[str, Site] = {}
    listings: dict[str, list[str]] = {host: ["/"] for host in HOSTS}
    for host in HOSTS:
        own = [a for a in articles if a.host == host]
        sites[host] = pages_of = Pages(_renderer(own, seed))
        pages_of["/robots.txt"] = Page(ROBOTS, "text/plain")
        by_section = {s: [a for a in own if a.section == s] for s, _ in SECTIONS}
        blocks = "".join(
            f'<div class="block"><h2><a href="{_listing_path(host, s, 1)}">{name}</a></h2><ul>'
            f"{link_items([(a.path, a.title) for a in by_section[s][:5]])}</ul></div>"
            for s, name in SECTIONS
        )
        home = random.Random(host)
        pages_of["/"] = _weighted(host, home, SITE_NAMES[host], "{nav}" + blocks, 40, own[:40])
        for section, entries in by_section.items():
            last = max(1, math.ceil(len(entries) / PER_LISTING))
            for k in range(1, last + 1):
                chunk = entries[(k - 1) * PER_LISTING : k * PER_LISTING]
                listings[host].append(_listing_path(host, section, k))
                pages_of[listings[host][-1]] = _listing_page(host, section, k, last, chunk)
        if not (pages > LAZY_ABOVE if lazy is None else lazy):
            pages_of.update({a.path: pages_of.get(a.path) for a in own})
    return LoadSite(sites, articles, listings)


def _link(article: Article) -> str:
    return f'<a href="{article.path}">{esc(article.title)}</a>'
