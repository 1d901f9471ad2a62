"""Re-extract, re-fingerprint and re-place every archived page from its stored raw page.

This is how an archive picks up better extraction without a re-crawl. It reads nothing
from the network, commits page by page in the archive's batches (safe to kill: a second
run carries on, and what is already current stays unchanged), and tells what changed.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from typing import TypeVar

from essaytext.encoding import content_type_charset, decode_html
from essaytext.essay import Essay, essay_url
from essaytext.fingerprint import fingerprints
from essaytext.page import PDF, SiteRules, extract_page
from essaytext.template import NO_TEMPLATE, SiteTemplate

from .records import DocumentFailed, Page
from .store import Archive

logger = logging.getLogger(__name__)
_T = TypeVar("_T")
RulesFor = Callable[[str], SiteRules]
TemplateFor = Callable[[str], SiteTemplate]  # by host
# Counts reported: documents whose text changed, whose cluster of copies changed, that
# stayed as they were, that failed; essays found that were not archived before, and
# archived documents their page no longer yields (left as they are).
OUTCOMES = ("text_changed", "cluster_changed", "unchanged", "failed", "new", "not_found_again")


def pages_to_reprocess(archive: Archive, site: str | None = None) -> list[str]:
    """The archived pages (of one site or source, or all), in archive order."""
    return [
        url
        for (url,) in archive.conn.execute(
            "SELECT page_url FROM documents WHERE ?1 IS NULL OR site = ?1 OR source = ?1 "
            "GROUP BY page_url ORDER BY MIN(id)",
            (site,),
        )
    ]


def reprocess(
    archive: Archive,
    page_urls: Sequence[str],
    *,
    rules_for: RulesFor = lambda source: SiteRules(),
    template_for: TemplateFor = lambda site: NO_TEMPLATE,
    min_chars: int,
    progress: Callable[[Sequence[str]], Iterable[str]] = iter,
) -> Counter[str]:
    """Re-place the documents of these pages (gone through as `progress` shows them);
    counts by OUTCOMES.

    A document counts under text_changed and cluster_changed when both changed, and as
    unchanged when neither did. Holds the clusters of these pages' documents in memory to
    compare (not the archive's: a crawl re-extracts a few pages of a large archive).
    """
    before = _groups(archive, page_urls)
    outcomes: dict[str, str] = {}
    for page_url in progress(page_urls):
        outcomes.update(_reprocess_page(archive, page_url, rules_for, template_for, min_chars))
    archive.commit()
    after = _groups(archive, page_urls)
    counts: Counter[str] = Counter({name: 0 for name in OUTCOMES})
    for url, outcome in outcomes.items():
        moved = url in before and url in after and before[url] != after[url]
        counts["cluster_changed"] += moved
        if outcome == "kept":
            outcome = "cluster_changed" if moved else "unchanged"
            counts[outcome] += outcome == "unchanged"
        else:
            counts[outcome] += 1
    return counts


def _reprocess_page(
    archive: Archive,
    page_url: str,
    rules_for: RulesFor,
    template_for: TemplateFor,
    min_chars: int,
) -> Iterator[tuple[str, str]]:
    stored = archive.conn.execute(
        "SELECT url, text, site, source, fetched_at, status, encoding, media_type "
        "FROM documents WHERE page_url = ? ORDER BY id",
        (page_url,),
    ).fetchall()
    raw = archive.pages.get(page_url)
    if raw is None:
        yield from ((row[0], "failed") for row in stored)
        return
    headers, body = raw
    _, _, site, source, fetched_at, status, encoding, media_type = stored[0]
    rules = rules_for(source)
    html = None
    if media_type != PDF:  # decoded again: decoding improves as well as extraction
        charset = content_type_charset(headers.get("Content-Type", ""))
        html, encoding = decode_html(body, charset, rules.encoding)
    page = Page(page_url, site, fetched_at, source, status, encoding, media_type, headers, body)
    try:
        essays: list[Essay] = extract_page(
            url=page_url,
            media_type=media_type,
            body=body,
            html=html,
            rules=rules,
            template=template_for(site),
            min_chars=min_chars,
        ).essays
    except Exception:  # an unreadable file or an extraction bug: this page's documents
        logger.exception("reprocess: extraction failed on %s", page_url)
        yield from ((row[0], "failed") for row in stored)
        return
    old_text = {row[0]: row[1] for row in stored}
    for essay in essays:
        url = essay_url(page_url, essay)
        try:
            archive.add(
                page,
                replace(essay, fingerprints=fingerprints(essay.text, archive.ngram)),
                place_again=True,
            )
        except DocumentFailed:
            yield url, "failed"
            continue
        if url not in old_text:
            yield url, "new"
        elif old_text.pop(url) != essay.text:
            yield url, "text_changed"
        else:
            yield url, "kept"
    yield from ((url, "not_found_again") for url in old_text)


def _groups(archive: Archive, page_urls: Sequence[str]) -> dict[str, frozenset[str]]:
    """Each document of these pages: its cluster of copies, as the set of its members' URLs."""
    cluster_of: dict[str, int] = {}
    for urls in _chunks(page_urls):
        cluster_of.update(_select(archive, "url, cluster", "page_url", urls))
    members: dict[int, set[str]] = {}
    for clusters in _chunks(sorted(set(cluster_of.values()))):
        for cluster, url in _select(archive, "cluster, url", "cluster", clusters):
            members.setdefault(cluster, set()).add(url)
    frozen = {cluster: frozenset(urls) for cluster, urls in members.items()}
    return {url: frozen[cluster] for url, cluster in cluster_of.items()}


def _select(
    archive: Archive, columns: str, column: str, values: Sequence[object]
) -> sqlite3.Cursor:
    """The documents' `columns` whose `column` is one of the values."""
    return archive.conn.execute(
        f"SELECT {columns} FROM documents WHERE {column} IN (SELECT value FROM json_each(?))",
        (json.dumps(values),),
    )


def _chunks(values: Sequence[_T], size: int = 10_000) -> Iterator[Sequence[_T]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]
