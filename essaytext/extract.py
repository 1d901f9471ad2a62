"""Main text and metadata of an essay page: trafilatura for the main block, then Chinese rules."""

from __future__ import annotations

import html as htmllib
import re
from collections.abc import Sequence
from dataclasses import replace

import lxml.html
import trafilatura
from htmldate import find_date

from .clutter import clutter_rule, prune_furniture, strip_clutter
from .essay import Essay
from .layout import deinterleave_columns, reflow, split_compilation
from .markup import parse_markup, repair_markup
from .metadata import (
    AUTHOR,
    clean_author,
    find_author,
    find_published,
    parse_chinese_date,
    parse_issue_month,
)
from .normalize import detect_script, fold, strip_converter_pinyin
from .pagekind import MIN_ARTICLE_TEXT, densest_block
from .title import clean_title, page_title

_BLOCK_END = re.compile(
    r"<br\s*/?>|</(?:p|div|h\d|li|tr|td|dd|dt|section|article|header|center)\s*>", re.IGNORECASE
)
_INVISIBLE = re.compile(
    r"<(head|script|style|noscript|template)\b[^>]*>.*?</\1\s*>|<!--.*?-->",
    re.IGNORECASE | re.DOTALL,
)
_TAG = re.compile(r"<[^>]+>")
# Byline lines that open an extracted text: metadata, not essay.
_BYLINE = re.compile(r"^.{0,40}(来源|作者|编辑|发布时间|时间|日期)[:]")


# Below this many characters, trafilatura's text is checked against the densest block.
FALLBACK_BELOW = 1000


def visible_lines(html: str) -> list[str]:
    """The page's visible text, one line per block, for byline searches."""
    text = _TAG.sub("", _BLOCK_END.sub("\n", _INVISIBLE.sub("", html)))
    return [line.strip() for line in htmllib.unescape(text).splitlines() if line.strip()]


def _byline_window(lines: list[str], title: str | None) -> list[str]:
    """Lines from the title's place on the page on, where bylines are; the top if not found."""
    if title:
        for i, line in enumerate(lines):
            if title in line and len(line) <= len(title) + 30:
                return lines[i : i + 15]
    return lines[:40]


def _drop_leading_bylines(lines: list[str], title: str | None) -> list[str]:
    """Remove title repeats and byline lines that trafilatura keeps at the top of the text.

    Subtitles (——…) stay: they belong to the essay. Scanning stops at the first line that
    is neither, so nothing past the top is touched.
    """
    kept: list[str] = []
    for i, line in enumerate(lines):
        if i >= 8:
            kept.extend(lines[i:])
            break
        simplified = fold(line)
        is_title = title is not None and clean_title(line.strip(" #")) == title
        if is_title or AUTHOR.match(simplified) or (len(line) <= 80 and _BYLINE.match(simplified)):
            continue
        if line.startswith(("——", "--", "—")) and len(line) <= 60:
            kept.append(line)
            continue
        kept.extend(lines[i:])
        break
    return kept


def _run_trafilatura(
    html: str, url: str | None, prune: Sequence[str], precision: bool
) -> trafilatura.settings.Document | None:
    tree = parse_markup(html)
    if tree is None:
        return None
    prune_furniture(tree, prune)
    result = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=precision,
        deduplicate=False,  # its cache is per process and empties texts that repeat
        # Our byline date comes first; htmldate's extensive text search is the costliest
        # part of trafilatura and its guesses there are the ones we distrust (2026-01-01).
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    return result if isinstance(result, trafilatura.settings.Document) else None


def extract(
    html: str,
    url: str | None = None,
    *,
    prune_xpaths: Sequence[str] = (),
    line_patterns: Sequence[re.Pattern[str]] = (),
) -> Essay | None:
    """Extract the essay of a page, or None when the page holds no main text."""
    html = repair_markup(html)
    # Precision mode loses most of the essay on many Chinese news pages (measured on the
    # real-page corpus: 261 of 4,638 characters on a 163.com article); the default mode
    # keeps it, and our line rules remove what clutter it lets through.
    document = _run_trafilatura(html, url, prune_xpaths, precision=False)
    if document is None:
        return None
    raw_lines = (
        _column_layer_lines(html)
        or _fallback_lines(html, document.text or "")
        or (document.text or "").splitlines()
    )
    title = page_title(document.title, html)
    # Decided over the whole page: a converter annotates the headline and the text alike.
    title_line, *raw_lines = strip_converter_pinyin([title or "", *raw_lines])
    title = title_line or None
    lines = reflow(strip_clutter(raw_lines, tuple(line_patterns)))
    lines = _drop_leading_bylines(lines, title)
    if not lines:
        return None
    window = _byline_window(visible_lines(html), title)
    published = (
        find_published(window)
        or parse_issue_month(" ".join(window[:5]))
        or _trafilatura_date(document.date)
        # Only now the costly search of the whole page (dates in scripts: WeChat's ct).
        or _trafilatura_date(find_date(html, extensive_search=True, original_date=True))
    )
    author = (
        find_author(window)
        or find_author(raw_lines[:3])
        or _confirmed_author(clean_author(document.author), window, html)
    )
    text = "\n".join(lines)
    return Essay(
        title=title,
        author=author,
        published=published,
        text=text,
        script=detect_script(text),
    )


_PRE = re.compile(r"<pre\b[^>]*>(.*?)</pre\s*>", re.IGNORECASE | re.DOTALL)
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _column_layer_lines(html: str) -> list[str] | None:
    """A flipbook or PDF text layer (<pre>, spacing kept) in two columns, put back in reading order."""
    layers = [htmllib.unescape(_TAG.sub("", m.group(1))) for m in _PRE.finditer(html)]
    if not layers:
        return None
    layer = max(layers, key=len)
    visible = re.sub(r"\s+", "", layer)
    # Only Chinese prose: code blocks with aligned comments are not columns.
    if len(visible) < MIN_ARTICLE_TEXT or len(_HAN.findall(visible)) < len(visible) / 2:
        return None
    return deinterleave_columns(
        layer, is_furniture=lambda segment: clutter_rule(segment) is not None
    )


def _fallback_lines(html: str, text: str) -> list[str] | None:
    """The densest block's lines when trafilatura missed most of the essay (e.g. WeChat pages)."""
    if len(text) >= FALLBACK_BELOW:
        return None
    block = densest_block(html)
    if block.element is None or block.chars < 2 * len(text) or block.chars < MIN_ARTICLE_TEXT:
        return None
    return visible_lines(lxml.html.tostring(block.element, encoding="unicode"))


_META_AUTHOR = re.compile(
    r"<meta\s[^>]*name=[\"']?(?:author|article:author)[\"']?[^>]*content=[\"']([^\"']+)",
    re.IGNORECASE,
)


def _confirmed_author(author: str | None, window: list[str], html: str) -> str | None:
    """trafilatura's author, if the page shows it by the title or declares it in <meta>.

    Otherwise it is often a commenter's name picked up from the comment box (163.com).
    """
    if not author:
        return None
    declared = " ".join(_META_AUTHOR.findall(html))
    return author if author in " ".join(window) or author in declared else None


def _trafilatura_date(value: str | None) -> str | None:
    # htmldate falls back to January 1st when it only finds a year: keep null rather than wrong.
    if not value or value.endswith("-01-01"):
        return None
    return parse_chinese_date(value)


def extract_documents(
    html: str,
    url: str | None = None,
    *,
    prune_xpaths: Sequence[str] = (),
    line_patterns: Sequence[re.Pattern[str]] = (),
) -> list[Essay]:
    """Every essay of a page: one, or one per essay of a magazine compilation page."""
    page = extract(html, url, prune_xpaths=prune_xpaths, line_patterns=line_patterns)
    if page is None:
        return []
    parts = split_compilation(page.text.splitlines())
    if parts is None:
        return [page]
    return [
        replace(
            page,
            title=part.title or page.title,
            author=part.author,
            text="\n".join(part.lines),
            script=detect_script("\n".join(part.lines)),
            fragment=f"essay-{number}",
        )
        for number, part in enumerate(parts, 1)
    ]
