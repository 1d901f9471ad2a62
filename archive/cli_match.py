"""`python -m archive match`: who republished this essay? Copies of a text the user holds."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import click

from crawler.settings import EXTRACT_MIN_CHARS

from .cli_support import db_option, opened, out
from .match import Match, MatchError, Text, check_fingerprints, match_text, read_texts


class MatchFailed(click.ClickException):
    """An error of `match`: exit status 2, as grep's (1 means nothing was found)."""

    exit_code = 2


@click.command()
@db_option
@click.argument("source", metavar="FILE|URL")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per document found.")
def match(db: Path, source: str, as_json: bool) -> None:
    """Archived copies of an essay you hold: every copy, every document that contains it and
    every document it contains, earliest first.

    FILE is the essay as text (UTF-8 or GB18030) or a saved page (HTML or PDF: each essay
    the crawl would find on it is matched); URL is a page fetched once. The text is
    fingerprinted as the crawl does and looked up in the archive's own indexes. Exit
    status as grep's: 0 when something was found, 1 when nothing, 2 on an error.

    Example: python -m archive match --db archive.db our-essay.txt
    """
    try:
        with opened(db) as archive:
            check_fingerprints(archive)
            texts = read_texts(source, min_chars=EXTRACT_MIN_CHARS)
            results = [(text, match_text(archive, text.text)) for text in texts]
        for text, matches in results:
            if as_json:
                for found in matches:
                    row = {"input": text.source, "input_title": text.title, **found.as_json()}
                    out(json.dumps(row, ensure_ascii=False))
            else:
                _print(text, matches)
    except MatchError as exc:
        raise MatchFailed(str(exc)) from exc
    except click.ClickException as exc:  # opened() and out(): not an archive, a closed pipe
        raise MatchFailed(exc.message) from exc
    if not any(matches for _, matches in results):
        raise SystemExit(1)


def _print(text: Text, matches: list[Match]) -> None:
    counts = Counter(found.kind for found in matches)
    out(
        f"«{text.title or 'untitled'}» ({text.source}, {len(text.text)} characters): "
        f"{counts['copy']} {'copy' if counts['copy'] == 1 else 'copies'}, "
        f"{counts['contains']} containing it, "
        f"{counts['contained_in']} contained in it"
    )
    for found in matches:
        doc = found.document
        gone = f", gone since {doc['gone_at']}" if doc["gone_at"] else ""
        out(f"  {_verdict(found)}: {doc['url']}  «{doc['title'] or ''}»")
        out(
            f"      {doc['site']}, published {doc['published'] or '-'}, first fetched "
            f"{doc['first_fetched_at']}, {doc['script']}, cluster {doc['cluster']}"
            f"{' (canonical)' if doc['canonical'] else ''}{gone}"
        )


def _verdict(found: Match) -> str:
    """What the document is to the text, and the evidence: distance or passage overlap."""
    if found.kind == "contains":
        return f"contains the text ({_share(found.text_in_document)} of its passages)"
    if found.kind == "contained_in":
        return f"contained in the text ({_share(found.document_in_text)} of its own passages)"
    evidence = f"copy at distance {found.distance}"
    if found.via == "passages":
        shares = (found.text_in_document, found.document_in_text)
        evidence += f", {_share(min(s or 0.0 for s in shares))} of passages shared both ways"
    elif found.via == "cluster":
        evidence += ", in the cluster of a copy"
    return evidence


def _share(value: float | None) -> str:
    return f"{100 * (value or 0.0):.0f}%"
