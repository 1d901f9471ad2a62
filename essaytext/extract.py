"""Main text and metadata of an essay page: trafilatura for the main block, then Chinese rules."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

import lxml.html
import trafilatura

from .beside import essay_beside_entries
from .byline import (
    HEAD_LINES,
    after_text,
    byline_window,
    drop_leading_bylines,
    read_author,
    read_published,
    under_headline,
    visible_lines,
)
from .clutter import clutter_rule, cut_leader, cut_trailer, first_paragraph, strip_clutter
from .compilation import is_issue_label, split_compilation, text_headline, without_signature
from .entries import apart_at
from .essay import Essay
from .headings import html_title, meta_title, own_links, page_headings, title_author, with_subtitle
from .headline import choose_title
from .layout import column_layer_lines, drop_running_headers, reflow
from .markup import parse_markup, repair_markup
from .metadata import classed_author, meta_author
from .normalize import detect_script, strip_converter_pinyin
from .pagekind import fallback_lines
from .signals import says_article
from .structure import (
    captions_as_paragraphs,
    prune_furniture,
    short_records,
    text_sections_as_paragraphs,
    unwrap_layout_tables,
)
from .template import NO_SEEN, NO_TEMPLATE, Seen, SiteTemplate, line_keys
from .threads import drop_reply_records
from .title import TitleSources, clean_title
from .verdict import (
    ARTICLE,
    MAX_LINKED_SHARE,
    Evidence,
    Links,
    PageKind,
    evidence,
    is_link_blob,
    is_link_title,
    judge,
    page_links,
    text_key,
)


@dataclass(frozen=True)
class _Parsed:
    """A page parsed once: trafilatura's document, the links, the title sources, the tree."""

    document: trafilatura.settings.Document | None
    links: Links
    titles: TitleSources
    author: str | None  # named by an element classed as the author
    tree: lxml.html.HtmlElement | None
    poster: str | None = None  # a forum thread's, whose opening post is kept
    shown: frozenset[str] = frozenset()  # link titles of the whole page, furniture's too


def _run_trafilatura(
    html: str,
    url: str | None,
    prune: Sequence[str],
    precision: bool,
    tree: lxml.html.HtmlElement | None = None,
) -> _Parsed:
    """Parse the page (unless given its tree), undo its furniture and structures, and run
    trafilatura on it."""
    tree = parse_markup(html) if tree is None else tree
    if tree is None:
        return _Parsed(None, Links(0, frozenset()), TitleSources(None, None, ()), None, None)
    own = own_links(tree, url)  # before the lists holding them are pruned
    shown = page_links(tree).titles
    prune_furniture(tree, prune)
    poster = drop_reply_records(tree)
    links = replace(page_links(tree), records=short_records(tree))
    unwrap_layout_tables(tree)
    text_sections_as_paragraphs(tree)
    captions_as_paragraphs(tree)
    titles = TitleSources(html_title(html), meta_title(tree), page_headings(tree), own)
    author = classed_author(tree) or meta_author(tree)  # taken when the byline shows it
    result = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=False,  # titles, dates and authors are read by our own means
        include_comments=False,
        include_tables=True,
        favor_precision=precision,
        deduplicate=False,  # its cache is per process and empties texts that repeat
        # Our byline date comes first; htmldate's extensive text search is the costliest
        # part of trafilatura and its guesses there are the ones we distrust (2026-01-01).
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    document = result if isinstance(result, trafilatura.settings.Document) else None
    return _Parsed(document, links, titles, author, tree, poster, shown)


def extract(
    html: str,
    url: str | None = None,
    *,
    prune_xpaths: Sequence[str] = (),
    line_patterns: Sequence[re.Pattern[str]] = (),
) -> Essay | None:
    """Extract the main text of a page as an essay, or None when it holds no main text."""
    return extract_main(html, url, prune_xpaths=prune_xpaths, line_patterns=line_patterns).essay


@dataclass(frozen=True)
class MainText:
    """A page's main text as an essay (None: no text), the evidence of the page's kind, and
    what the page showed that may be its site's template."""

    essay: Essay | None
    evidence: Evidence
    seen: Seen = NO_SEEN


def extract_main(
    html: str,
    url: str | None = None,
    *,
    prune_xpaths: Sequence[str] = (),
    line_patterns: Sequence[re.Pattern[str]] = (),
    template: SiteTemplate = NO_TEMPLATE,
    tree: lxml.html.HtmlElement | None = None,
) -> MainText:
    """The page's main text with its metadata, without its site's template lines (`tree`:
    the page already parsed by parse_markup; it is pruned in place)."""
    html = repair_markup(html)
    # Precision mode loses most of the essay on many Chinese news pages (measured on the
    # real-page corpus: 261 of 4,638 characters on a 163.com article); the default mode
    # keeps it, and our line rules remove what clutter it lets through.
    parsed = _run_trafilatura(html, url, prune_xpaths, precision=False, tree=tree)
    document, links, sources = parsed.document, parsed.links, parsed.titles
    if document is None or parsed.tree is None:
        return MainText(None, evidence([], links))
    raw_lines = (
        column_layer_lines(html, lambda segment: clutter_rule(segment) is not None)
        or fallback_lines(parsed.tree, document.text or "")
        or (document.text or "").splitlines()
    )
    visible = visible_lines(html)
    first = first_paragraph(raw_lines)
    title = choose_title(sources, visible, first, template.titles) or clean_title(sources.title_tag)
    # A flipbook's page is named by its issue; its essay, by the headline atop its text.
    bare = title is None or is_issue_label(title)
    # Decided over the whole page: a converter annotates the headline and the text alike.
    title_line, *raw_lines = strip_converter_pinyin([title or "", *raw_lines])
    title = title_line or None
    kept = [
        line
        for line in strip_clutter(raw_lines, tuple(line_patterns))
        if not is_link_blob(line, links.titles)
    ]
    seen = Seen(line_keys(kept), sources.keys())
    unwrapped = cut_leader(
        reflow(drop_running_headers(template.strip(kept), title)),
        lambda line: is_link_title(line, links.titles),
    )
    # A magazine page or a flipbook's layer sets its headline at the top of the text.
    title = text_headline(unwrapped, bare=bare) or title
    top = cut_trailer(unwrapped)
    lines = drop_leading_bylines(top, title, parsed.author or parsed.poster)
    # The headline may be a link too (the page in its own "hot" list): no listing entry.
    links = replace(links, titles=links.titles - {text_key(title or "")})
    found = evidence(lines, links, visible)
    if found.linked > MAX_LINKED_SHARE and (
        block := essay_beside_entries(lines, links.titles, visible, links.records)
    ):
        lines, found = block, evidence(block, links, visible)
    if not lines:
        return MainText(None, found, seen)
    lines = lines[: apart_at(lines, visible, parsed.shown)]
    window = byline_window(visible, title)
    tail = after_text(visible, lines[-1])
    published = read_published(window, raw_lines, html, url, tail, visible[:HEAD_LINES])
    under = under_headline(top, window, visible, title, lines[0])
    text = "\n".join(with_subtitle(lines, window, title, sources.headings))
    author = read_author(
        window, raw_lines, parsed.author, tail, parsed.poster, under
    ) or title_author(sources.title_tag, title, visible, text)
    essay = Essay(
        title=title, author=author, published=published, text=text, script=detect_script(text)
    )
    return MainText(essay, found, seen)


def extract_documents(
    html: str,
    url: str | None = None,
    *,
    prune_xpaths: Sequence[str] = (),
    line_patterns: Sequence[re.Pattern[str]] = (),
    template: SiteTemplate = NO_TEMPLATE,
    kind: str | None = None,
    tree: lxml.html.HtmlElement | None = None,
) -> tuple[PageKind, list[Essay], Seen]:
    """The page's kind, its essays (one, one per essay of a compilation page, or none), and
    what it showed of its site's template.

    The kind is judged from the extracted text unless `kind` (a site's URL rule) says.
    """
    main = extract_main(
        html,
        url,
        prune_xpaths=prune_xpaths,
        line_patterns=line_patterns,
        template=template,
        tree=tree,
    )
    page, found, seen = main.essay, main.evidence, main.seen
    verdict = (
        PageKind(kind, f"the site's URL patterns; {found}")
        if kind
        else judge(found, says_article(html, url or ""))
    )
    if page is None or verdict.kind != ARTICLE:
        return verdict, [], seen
    parts = split_compilation(page.text.splitlines(), page.title)
    if parts is None:
        return verdict, [without_signature(page)], seen
    # The page's headline (above the text) heads its first essay, whose own title line was
    # taken out of the text as a repeat; a later essay without one is known by the page's name.
    page_name = clean_title(html_title(html))
    return (
        verdict,
        [
            replace(
                page,
                title=part.title or (page.title if number == 1 else page_name),
                author=part.author or (page.author if number == 1 else None),
                text="\n".join(part.lines),
                script=detect_script("\n".join(part.lines)),
                fragment=f"essay-{number}",
            )
            for number, part in enumerate(parts, 1)
        ],
        seen,
    )
