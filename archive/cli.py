"""`python -m archive`: export, stats, reprocess, and the offline demo."""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path

import click

from .cli_pages import extract, reprocess
from .cli_runs import runs
from .cli_support import db_option, opened, out
from .cli_versions import versions
from .connection import quick_check
from .export import write_jsonl


@click.group()
@click.version_option(package_name="essay-archive")
def cli() -> None:
    """The essay archive's tool: export it, count it, re-process it, or run the offline demo.

    Example: python -m archive export --db archive.db -o essays.jsonl
    """


@cli.command()
@db_option
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, allow_dash=True),
    default="-",
    help="JSONL file (default: stdout).",
)
@click.option("--canonical-only", is_flag=True, help="Only the canonical copy of each cluster.")
@click.option(
    "--skip-check", is_flag=True, help="Skip PRAGMA quick_check first (very large archives)."
)
def export(db: Path, output: Path, canonical_only: bool, skip_check: bool) -> None:
    """Export the archive as JSON Lines, one object per document (UTF-8, streamed).

    A damaged archive is refused (SQLite's quick_check) rather than exported in part.

    Example: python -m archive export --db archive.db -o essays.jsonl --canonical-only
    """
    if str(output) != "-" and _is_sqlite(output):  # -o where --db was meant
        raise click.ClickException(f"refusing to overwrite {output}: it is an SQLite database")
    with opened(db, check=not skip_check) as archive:
        rows = archive.rows(canonical_only=canonical_only)
        target = "standard output" if str(output) == "-" else str(output)
        # Written beside the target and renamed, so a reader never sees half an export.
        partial = output.with_name(output.name + ".partial")
        try:
            if str(output) == "-":
                count = write_jsonl(rows, sys.stdout)
                sys.stdout.flush()
            else:
                with partial.open("w", encoding="utf-8") as out:
                    count = write_jsonl(rows, out)
                partial.replace(output)
        except OSError as exc:  # a missing or read-only folder, a directory, a full disk
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            raise click.ClickException(f"cannot write {target}: {exc.strerror or exc}") from exc
    click.echo(f"exported {count} documents", err=True)


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


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


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


cli.add_command(reprocess)
cli.add_command(extract)
cli.add_command(versions)
cli.add_command(runs)
