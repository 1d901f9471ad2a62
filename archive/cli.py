"""`python -m archive`: export, stats, reprocess, and the offline demo."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .cli_clusters import clusters
from .cli_export import export
from .cli_ingest import ingest
from .cli_match import match
from .cli_pages import extract, reprocess
from .cli_runs import runs
from .cli_search import search
from .cli_serve import serve
from .cli_support import db_option, opened, out
from .cli_versions import versions
from .cli_warc import warc
from .connection import quick_check


@click.group()
@click.version_option(package_name="essay-archive")
def cli() -> None:
    """The essay archive's tool: export it, count it, re-process it, or run the offline demo.

    Example: python -m archive export --db archive.db -o essays.jsonl
    """


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
def stats(db: Path, as_json: bool) -> None:
    """Count documents, clusters and duplicates, overall and per site; check the file.

    Exits non-zero when SQLite's quick_check finds the archive damaged.

    Example: python -m archive stats --db archive.db
    """
    with opened(db) as archive:
        check = quick_check(archive.conn)
        counts = archive.stats() if check == "ok" else {}
        settings = {"simhash_ngram": archive.ngram, "simhash_threshold": archive.threshold}
    if check != "ok":
        raise click.ClickException(f"{db} is damaged (quick_check: {check})")
    if as_json:
        out(json.dumps({**counts, **settings, "check": check}, ensure_ascii=False, indent=2))
        return
    out(
        f"documents: {counts['documents']}  clusters: {counts['clusters']}  "
        f"duplicates: {counts['duplicates']}  clusters with copies: {counts['clusters_with_copies']}"
    )
    out(
        f"fingerprints: {settings['simhash_ngram']}-grams, threshold {settings['simhash_threshold']} "
        f"bits; quick_check: {check}"
    )
    for site in counts["sites"]:
        out(f"  {site['site']}: {site['documents']} documents, {site['duplicates']} duplicates")


@cli.command()
@click.option(
    "--db",
    type=click.Path(path_type=Path),
    default=Path("demo.db"),
    show_default=True,
    help="The demo's own archive file (made by the demo, never another archive).",
)
@click.option("--verbose", is_flag=True, help="Show the crawl's log.")
def demo(db: Path, verbose: bool) -> None:
    """Serve the bundled sample site on 127.0.0.1, crawl it into a demo archive, report copies.

    Fully offline. Replaces an archive an earlier demo made; refuses any other file.

    Example: python -m archive demo --db /tmp/demo.db
    """
    from demo.run import DemoError, run_demo

    try:
        run_demo(db, verbose=verbose, echo=click.echo)
    except DemoError as exc:
        raise click.ClickException(str(exc)) from exc


cli.add_command(export)
cli.add_command(ingest)
cli.add_command(search)
cli.add_command(match)
cli.add_command(clusters)
cli.add_command(warc)
cli.add_command(serve)
cli.add_command(reprocess)
cli.add_command(extract)
cli.add_command(versions)
cli.add_command(runs)
