"""The title of an essay page: cleaned of site names, tags and keywords, completed from <h1>."""

from __future__ import annotations

import html as htmllib
import re

# "标题_栏目_新华网", "标题 - 新浪新闻", "标题|人民网": keep the first part when the rest is short.
TITLE_SEPARATORS = re.compile(r"\s*(?:_|\||｜|\s-\s|\s—\s)\s*")
# Flipbook viewers title a page "Page 55 - 刊名": the publication is the title.
_FLIPBOOK_PAGE = re.compile(r"^(?:Page|P\.)\s*\d+\s*[-–—]\s*", re.IGNORECASE)
# "标题-新华网", "标题-思想理论杂志": a short site name after a bare hyphen.
_SITE_SUFFIX = re.compile(
    r"(?<=\S{4})[-–](?:[^-–]{1,12}?)(?:网|报|刊|杂志|社|台|频道|新闻|文档|在线|中心|官网|平台|论坛|博客)$"
)
_TITLE_TAG = re.compile(r"^[「【\[]\s*(原创|转载|独家|推荐|精选|原創|轉載|獨家)\s*[」】\]]\s*")
# A title followed by SEO keywords in parentheses: 标题(党建工作 业务工作 双向融合)
_TITLE_KEYWORDS = re.compile(r"\s*[(](?:[^()()]{1,12}[ 　,，、]){1,}[^()()]{1,12}[)]\s*$")
_TITLE_FILE = re.compile(r"\.(?:pdf|docx?|pptx?|xlsx?|txt|wps)(?:VIP)?$", re.IGNORECASE)


def clean_title(title: str | None) -> str | None:
    """Drop a <title>'s site or section suffix, 「原创」-style tags, keyword lists and file suffixes."""
    if not title:
        return None
    title = _FLIPBOOK_PAGE.sub("", title.strip())
    for _ in range(3):  # "标题-股票频道-和讯网"
        title = _SITE_SUFFIX.sub("", title)
    parts = TITLE_SEPARATORS.split(title)
    kept = parts[0]
    if len(kept) < 4 and len(parts) > 1:
        kept = max(parts, key=len)
    kept = _TITLE_TAG.sub("", kept)
    kept = _TITLE_KEYWORDS.sub("", kept)
    kept = _TITLE_FILE.sub("", kept)
    return kept.strip() or None


_TAG = re.compile(r"<[^>]+>")
_PAGE_LABEL = re.compile(r"(?:Page|P\.)\s*\d+", re.IGNORECASE)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)


def html_title(html: str) -> str | None:
    match = _TITLE.search(html)
    return htmllib.unescape(match.group(1)).strip() if match else None


_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)


def _complete_title(title: str | None, html: str) -> str | None:
    """The <h1> or <title> that continues a cut-short title.

    Meta titles are sometimes cut at a quotation mark (og:title="标题"暗伤"…" on 163.com);
    the page's heading or <title> then holds the whole of it.
    """
    if not title:
        return title
    headings = [clean_title(htmllib.unescape(_TAG.sub("", m.group(1)))) for m in _H1.finditer(html)]
    for candidate in [*headings, clean_title(html_title(html))]:
        if (
            candidate
            and candidate != title
            and candidate.startswith(title)
            and len(candidate) <= 120
        ):
            return candidate
    return title


def page_title(meta_title: str | None, html: str) -> str | None:
    """The essay's title from trafilatura's (meta) title, the page's <title> and <h1>."""
    title = clean_title(meta_title)
    if title is None or _PAGE_LABEL.fullmatch(title):
        # trafilatura cuts "Page 55 - 刊名" at the hyphen; the <title> keeps the publication.
        title = clean_title(html_title(html)) or title
    return _complete_title(title, html)
