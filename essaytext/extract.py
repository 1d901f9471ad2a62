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
from .pagekind import densest_block
from .title import (
    TitleSources,
    choose_title,
    clean_title,
    html_title,
    meta_title,
    page_headings,
)
from .verdict import (
    ARTICLE,
    MIN_ARTICLE_TEXT,
    Evidence,
    Links,
    PageKind,
    evidence,
    judge,
    page_links,
    says_article,
)

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
    """Lines around the title's place on the page, where bylines and issue lines are; the
    top of the page if it is not found."""
    if title:
        for i, line in enumerate(lines):
            if title in line and len(line) <= len(title) + 30:
                return lines[max(0, i - 2) : i + 15]
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
) -> tuple[trafilatura.settings.Document | None, Links, TitleSources]:
    """trafilatura's document of the pruned page, the page's links and its title sources."""
    tree = parse_markup(html)
    if tree is None:
        return None, Links(0, frozenset()), TitleSources(None, None, ())
    prune_furniture(tree, prune)
    links = page_links(tree)
    titles = TitleSources(html_title(html), meta_title(tree), page_headings(tree))
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
    return (result if isinstance(result, trafilatura.settings.Document) else None), links, titles


def extract(
    html: str,
    url: str | None = None,
    *,
    prune_xpaths: Sequence[str] = (),
    line_patterns: Sequence[re.Pattern[str]] = (),
) -> Essay | None:
    """Extract the main text of a page as an essay, or None when it holds no main text."""
    return extract_main(html, url, prune_xpaths=prune_xpaths, line_patterns=line_patterns)[0]


def extract_main(
    html: str,
    url: str | None = None,
    *,
    prune_xpaths: Sequence[str] = (),
    line_patterns: Sequence[re.Pattern[str]] = (),
) -> tuple[Essay | None, Evidence]:
    """The page's main text with its metadata (None: no text), and the evidence of its kind."""
    html = repair_markup(html)
    # Precision mode loses most of the essay on many Chinese news pages (measured on the
    # real-page corpus: 261 of 4,638 characters on a 163.com article); the default mode
    # keeps it, and our line rules remove what clutter it lets through.
    document, links, sources = _run_trafilatura(html, url, prune_xpaths, precision=False)
    if document is None:
        return None, evidence([], links)
    raw_lines = (
        _column_layer_lines(html)
        or _fallback_lines(html, document.text or "")
        or (document.text or "").splitlines()
    )
    visible = visible_lines(html)
    first = next((line for line in raw_lines if len(line.strip()) >= 30), None)
    title = choose_title(sources, visible, first) or clean_title(document.title)
    # Decided over the whole page: a converter annotates the headline and the text alike.
    title_line, *raw_lines = strip_converter_pinyin([title or "", *raw_lines])
    title = title_line or None
    lines = reflow(strip_clutter(raw_lines, tuple(line_patterns)))
    lines = _drop_leading_bylines(lines, title)
    found = evidence(lines, links)
    if not lines:
        return None, found
    window = _byline_window(visible, title)
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
    essay = Essay(
        title=title, author=author, published=published, text=text, script=detect_script(text)
    )
    return essay, found


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
    """The densest block's lines when trafilatura missed most of the essay (e.g. WeChat pages).

    When trafilatura found a text of its own, only a block that holds it: one beside it
    (a comment thread under a short post) is another text, not more of the essay.
    """
    if len(text) >= FALLBACK_BELOW:
        return None
    block = densest_block(html)
    if block.element is None or block.chars < 2 * len(text) or block.chars < MIN_ARTICLE_TEXT:
        return None
    lines = visible_lines(lxml.html.tostring(block.element, encoding="unicode"))
    found = [line.strip() for line in text.splitlines() if len(line.strip()) >= 8]
    size = sum(map(len, found))
    held = "".join(lines)
    if size >= MIN_ARTICLE_TEXT and sum(len(x) for x in found if x in held) < 0.8 * size:
        return None
    return lines


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
    kind: str | None = None,
) -> tuple[PageKind, list[Essay]]:
    """The page's kind and its essays: one, one per essay of a compilation page, or none.

    The kind is judged from the extracted text unless `kind` (a site's URL rule) says.
    """
    page, found = extract_main(html, url, prune_xpaths=prune_xpaths, line_patterns=line_patterns)
    verdict = (
        PageKind(kind, f"the site's URL patterns; {found}")
        if kind
        else judge(found, says_article(html, url or ""))
    )
    if page is None or verdict.kind != ARTICLE:
        return verdict, []
    parts = split_compilation(page.text.splitlines())
    if parts is None:
        return verdict, [page]
    # An essay without a headline of its own is known by the page's name, not a neighbour's.
    page_name = clean_title(html_title(html))
    return verdict, [
        replace(
            page,
            title=part.title or page_name,
            author=part.author,
            text="\n".join(part.lines),
            script=detect_script("\n".join(part.lines)),
            fragment=f"essay-{number}",
        )
        for number, part in enumerate(parts, 1)
    ]
