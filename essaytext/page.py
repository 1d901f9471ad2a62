"""Every essay of one fetched page: the one entry point of extraction, for crawls and reprocess."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape as html_escape

import lxml.html

from .clutter import clutter_rule
from .encoding import decode_html
from .essay import Essay
from .extract import extract_documents
from .metadata import find_author
from .pdf import extract_pdf, is_pdf
from .template import NO_SEEN, NO_TEMPLATE, Seen, SiteTemplate
from .verdict import ARTICLE, NO_ESSAY, PageKind

PDF = "application/pdf"
PLAIN = "text/plain"
_TAG = re.compile(r"<[a-zA-Z!/]")


@dataclass(frozen=True)
class SiteRules:
    """What a site's configuration adds to extraction: furniture XPaths, clutter lines, and
    the charset the site's pages are read in when it declares a wrong one."""

    prune_xpaths: tuple[str, ...] = ()
    clutter_patterns: tuple[str, ...] = ()
    encoding: str | None = None


@dataclass(frozen=True)
class Found:
    """A page's kind ("article", "listing", "no_essay", "pdf"), why, and the essays it holds."""

    kind: str
    why: str
    essays: list[Essay]
    seen: Seen = NO_SEEN  # what the page showed that may be its site's template


def extract_page(
    *,
    url: str,
    media_type: str,
    body: bytes,
    html: str | None = None,
    tree: lxml.html.HtmlElement | None = None,
    encoding: str = "utf-8",
    rules: SiteRules = SiteRules(),
    template: SiteTemplate = NO_TEMPLATE,
    kind: str | None = None,
    min_chars: int,
) -> Found:
    """The page's kind and its essays at least `min_chars` long: one, several, none.

    `html` is the page as the crawler decoded it; without it the body is decoded with
    `encoding`. `tree` is `html` as parse_markup parsed it, when the caller has it (it is
    pruned in place). `template` is what its site repeats on every page (removed). `kind` is a
    site URL rule's verdict, if any; otherwise the extracted text decides. Raises
    ValueError for a file that cannot be read (a broken PDF).
    """
    seen = NO_SEEN
    if media_type == PDF:
        pdf = extract_pdf(body)
        verdict = PageKind("pdf", "a PDF file: its text layer is the essay")
        essays = [pdf] if pdf else []
    else:
        text = html if html is not None else body.decode(encoding, errors="replace")
        plain = media_type == PLAIN or not _TAG.search(text[:5000])
        verdict, essays, seen = extract_documents(
            plain_text_as_html(text) if plain else text,
            url,
            prune_xpaths=rules.prune_xpaths,
            line_patterns=tuple(re.compile(p) for p in rules.clutter_patterns),
            template=template,
            kind=ARTICLE if plain else kind,
            tree=None if plain else tree,
        )
    kept = [essay for essay in essays if len(essay.text) >= min_chars]
    if verdict.kind in (ARTICLE, "pdf") and not kept:
        why = f"{verdict.why}; no essay of {min_chars}+ characters"
        return Found(NO_ESSAY, why, [], seen)
    return Found(verdict.kind, verdict.why, kept, seen)


MIN_PARAGRAPH_BLOCKS = 3
FULL_LINE_SHARE = 0.8


def _paragraphs_between_blanks(raw: list[str]) -> list[str]:
    """Hard-wrapped text whose paragraphs stand between blank lines, each paragraph's
    lines joined again: a full line goes on with the next, even after a sentence's end
    (a header's short lines stay apart). Other text as is."""
    blocks: list[list[str]] = [[]]
    for line in raw:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    if sum(len(block) > 1 for block in blocks) < MIN_PARAGRAPH_BLOCKS:
        return raw
    lengths = sorted(len(line) for line in raw if line)
    full = FULL_LINE_SHARE * lengths[int(0.75 * (len(lengths) - 1))]
    joined: list[str] = []
    for block in blocks:
        for i, line in enumerate(block):
            if i and len(block[i - 1]) >= full:
                joined[-1] += line
            else:
                joined.append(line)
        joined.append("")
    return joined


def plain_text_as_html(text: str) -> str:
    """A text/plain article as a page: its headline the line over its first byline (a
    print version opens with the site's name and the print time), else the last short line
    before the first sentence (a download opens with the file's name and upload date), else
    its first line; the lines over it a header, each line after it a paragraph (hard-wrapped lines are joined again by the
    reflow, as for PDF text layers)."""
    raw = _paragraphs_between_blanks([line.strip() for line in text.splitlines()])
    lines = [line for line in raw if line]
    # Lines standing alone between blank lines (a headline set apart), by their index here
    alone = {
        sum(1 for x in raw[:i] if x)
        for i, line in enumerate(raw)
        if line and (i == 0 or not raw[i - 1]) and (i + 1 == len(raw) or not raw[i + 1])
    }
    if not lines:
        return "<html><body></body></html>"
    bylines = [
        i
        for i in range(1, min(len(lines), PLAIN_HEAD_REACH))
        if clutter_rule(lines[i]) == "byline" or find_author(lines[i : i + 1])
    ]
    over = bylines[0] - 1 if bylines else 0
    if bylines and clutter_rule(lines[over]) is None and _PLAIN_HEADLINE.fullmatch(lines[over]):
        at, header = over, []  # a print version's site name and print time are cut
    else:  # the last short line before the first sentence, past a file's header
        first = next(
            (i for i, line in enumerate(lines[:PLAIN_HEAD_REACH]) if _SENTENCE.search(line)), 0
        )
        heads = [i for i in range(first) if _PLAIN_HEADLINE.fullmatch(lines[i])]
        heads = [i for i in heads if i in alone] or heads
        at = heads[-1] if heads and clutter_rule(lines[heads[-1]]) is None else 0
        header = lines[:at]  # a download's name and upload date stay on the page, not in the text
    title = html_escape(lines[at])
    head = "".join(f"<div>{html_escape(line)}</div>" for line in header)
    body = "".join(f"<p>{html_escape(line)}</p>" for line in lines[at + 1 :])
    return (
        f"<html><head><title>{title}</title></head><body><header>{head}</header>"
        f"<h1>{title}</h1>{body}</body></html>"
    )


PLAIN_HEAD_REACH = 8
# A headline: words, no label (文档名称：), no sentence's end, no rule of ====
_SENTENCE = re.compile(r"[。！？]")
_PLAIN_HEADLINE = re.compile(r"[^:：。！？=*\-_~#]{4,40}")


@dataclass(frozen=True)
class Examination:
    """What the crawl would make of one page: its kind, why, and the essays it would archive."""

    kind: str  # "article", "listing", "no_essay" or "pdf"
    why: str
    encoding: str
    essays: list[Essay]


def examine(
    body: bytes,
    url: str,
    *,
    header_charset: str | None = None,
    rules: SiteRules = SiteRules(),
    min_chars: int,
) -> Examination:
    """Decode, classify and extract one saved page as the crawl does (`python -m archive extract`)."""
    if is_pdf(body):
        found = extract_page(url=url, media_type=PDF, body=body, min_chars=min_chars)
        return Examination(found.kind, found.why, "binary", found.essays)
    html, encoding = decode_html(body, header_charset)
    found = extract_page(
        url=url, media_type="text/html", body=body, html=html, rules=rules, min_chars=min_chars
    )
    return Examination(found.kind, found.why, encoding, found.essays)
