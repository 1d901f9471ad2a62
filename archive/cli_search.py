"""`python -m archive search`: the documents that contain a text, in either script, ranked."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import click

from .cli_support import db_option, opened, out
from .search import Hit, has_index
from .search import search as find


@click.command()
@db_option
@click.argument("query")
@click.option("--site", help="Only the documents of this site (host[:port]) or sites.toml source.")
@click.option("--canonical-only", is_flag=True, help="Only each cluster's canonical copy.")
@click.option(
    "--limit", type=click.IntRange(min=1), default=20, show_default=True, help="At most this many."
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object a line.")
@click.option(
    "--build-index",
    is_flag=True,
    help="Build the search index first if the archive has none (an archive made by an "
    "older release; this opens it for writing, as a crawl does).",
)
def search(
    db: Path,
    query: str,
    site: str | None,
    canonical_only: bool,
    limit: int,
    as_json: bool,
    build_index: bool,
) -> None:
    """Find the documents whose text contains QUERY, best first.

    Matching ignores script (simplified finds traditional and the other way round), case,
    punctuation and spaces inside a word; words separated by spaces must all occur. Each
    hit shows its title, site, published date, cluster, url and the text around the match.
    Ranked by bm25; a query that more than 5,000 documents match, or of 1 character,
    lists the latest archived first.

    Example: python -m archive search --db archive.db 政绩观 --limit 5
    """
    if build_index:
        with opened(db, readonly=False):
            pass  # a writer's open migrates the archive, which builds the index
    with opened(db) as archive:
        if not has_index(archive.conn):
            raise click.ClickException(
                f"{db} has no search index yet (made by an older release): build it with "
                f"python -m archive search --db {db} --build-index QUERY"
            )
        try:
            hits = find(archive.conn, query, site=site, canonical_only=canonical_only, limit=limit)
        except ValueError as exc:
            raise click.ClickException(str(exc)) from exc
    for hit in hits:
        out(json.dumps(dataclasses.asdict(hit), ensure_ascii=False) if as_json else _text(hit))
    if not hits and not as_json:
        click.echo(f"no document matches {query!r}", err=True)


def _text(hit: Hit) -> str:
    """Three lines: title with site, date and cluster; url; snippet."""
    return (
        f"{hit.title or '(untitled)'}  [{hit.site}, {hit.published or 'undated'}, "
        f"cluster {hit.cluster}]\n  {hit.url}\n  {hit.snippet}"
    )
