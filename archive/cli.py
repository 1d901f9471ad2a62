"""`python -m archive`: export, stats and the offline demo."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from .export import write_jsonl
from .store import Archive, ArchiveError

db_option = click.option(
    "--db",
    type=click.Path(path_type=Path),
    default=Path("archive.db"),
    show_default=True,
    help="Archive file.",
)


@click.group()
@click.version_option(package_name="essay-archive")
def cli() -> None:
    """The essay archive's tool: export it, count it, or run the offline demo.

    Example: python -m archive export --db archive.db -o essays.jsonl
    """


def _open_readonly(db: Path) -> Archive:
    try:
        return Archive(db, readonly=True)
    except ArchiveError as exc:
        raise click.ClickException(str(exc)) from exc


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
def export(db: Path, output: Path, canonical_only: bool) -> None:
    """Export the archive as JSON Lines, one object per document (UTF-8, streamed).

    Example: python -m archive export --db archive.db -o essays.jsonl --canonical-only
    """
    archive = _open_readonly(db)
    try:
        rows = archive.rows(canonical_only=canonical_only)
        if str(output) == "-":
            count = write_jsonl(rows, sys.stdout)
        else:
            # Write beside the target and rename, so a reader never sees half an export.
            partial = output.with_name(output.name + ".partial")
            with partial.open("w", encoding="utf-8") as out:
                count = write_jsonl(rows, out)
            partial.replace(output)
    finally:
        archive.close()
    click.echo(f"exported {count} documents", err=True)


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
def stats(db: Path, as_json: bool) -> None:
    """Count documents, clusters and duplicates, overall and per site.

    Example: python -m archive stats --db archive.db
    """
    archive = _open_readonly(db)
    try:
        counts = archive.stats()
    finally:
        archive.close()
    if as_json:
        click.echo(json.dumps(counts, ensure_ascii=False, indent=2))
        return
    click.echo(
        f"documents: {counts['documents']}  clusters: {counts['clusters']}  duplicates: {counts['duplicates']}  "
        f"clusters with copies: {counts['clusters_with_copies']}"
    )
    for site in counts["sites"]:
        click.echo(
            f"  {site['site']}: {site['documents']} documents, {site['duplicates']} duplicates"
        )


@cli.command()
@click.option(
    "--db",
    type=click.Path(path_type=Path),
    default=Path("archive.db"),
    show_default=True,
    help="Archive file to (re)create.",
)
@click.option("--verbose", is_flag=True, help="Show the crawl's log.")
def demo(db: Path, verbose: bool) -> None:
    """Serve the bundled sample site on 127.0.0.1, crawl it into the archive and report copies.

    Fully offline. Replaces an earlier demo archive at --db; refuses to touch any other archive.

    Example: python -m archive demo --db /tmp/demo.db
    """
    from .demo import LOOPBACK_SETTINGS, run_crawl
    from .demo.report import demo_report, is_demo_archive
    from .demo.server import serve
    from .demo.site import build_sites

    if db.exists():
        if not is_demo_archive(db):
            raise click.ClickException(
                f"{db} holds a crawled archive; choose another file with --db"
            )
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
    started = time.monotonic()
    with serve(build_sites()) as hosts:
        click.echo(
            "serving the sample site: " + ", ".join(f"{name} {url}" for name, url in hosts.items())
        )
        settings = dict(LOOPBACK_SETTINGS, LOG_LEVEL="INFO" if verbose else "WARNING")
        code = run_crawl([url + "/" for url in hosts.values()], db, settings, quiet=not verbose)
    if code != 0:
        raise click.ClickException(f"the crawl failed (exit {code})")
    archive = _open_readonly(db)
    try:
        click.echo(demo_report(archive, {url: name for name, url in hosts.items()}))
    finally:
        archive.close()
    click.echo(
        f"done in {time.monotonic() - started:.1f} s; export with: python -m archive export --db {db}"
    )
