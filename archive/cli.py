"""`python -m archive`: export, stats, reprocess, and the offline demo."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from crawler.settings import ARCHIVE_DB
from essaytext.page import SiteRules

from .connection import quick_check
from .export import write_jsonl
from .records import ArchiveError
from .store import Archive

db_option = click.option(
    "--db",
    type=click.Path(path_type=Path),
    default=Path(ARCHIVE_DB),
    show_default=True,
    help="Archive file.",
)


@click.group()
@click.version_option(package_name="essay-archive")
def cli() -> None:
    """The essay archive's tool: export it, count it, re-process it, or run the offline demo.

    Example: python -m archive export --db archive.db -o essays.jsonl
    """


@contextmanager
def opened(db: Path, *, readonly: bool = True, check: bool = False) -> Iterator[Archive]:
    """The archive, closed afterwards; any archive or SQLite error becomes one clear line."""
    if not readonly and not (db.is_file() and db.stat().st_size):  # never make an archive
        raise click.ClickException(f"no archive at {db}")
    try:
        with Archive(db, readonly=readonly, check=check) as archive:
            yield archive
    except ArchiveError as exc:
        raise click.ClickException(str(exc)) from exc
    except sqlite3.Error as exc:
        raise click.ClickException(f"{db}: {exc}") from exc


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
        click.echo(json.dumps({**counts, **settings, "check": check}, ensure_ascii=False, indent=2))
        return
    click.echo(
        f"documents: {counts['documents']}  clusters: {counts['clusters']}  "
        f"duplicates: {counts['duplicates']}  clusters with copies: {counts['clusters_with_copies']}"
    )
    click.echo(
        f"fingerprints: {settings['simhash_ngram']}-grams, threshold {settings['simhash_threshold']} "
        f"bits; quick_check: {check}"
    )
    for site in counts["sites"]:
        click.echo(
            f"  {site['site']}: {site['documents']} documents, {site['duplicates']} duplicates"
        )


@cli.command()
@db_option
@click.option("--site", help="Only the documents of this site (host[:port]) or sites.toml source.")
@click.option(
    "--sites",
    "sites_file",
    type=click.Path(path_type=Path),
    default=Path("sites.toml"),
    show_default=True,
    help="Site configuration whose prune_xpaths and clutter_patterns apply (if the file exists).",
)
def reprocess(db: Path, site: str | None, sites_file: Path) -> None:
    """Re-extract, re-fingerprint and re-place documents from their stored raw pages.

    No network. Commits as it goes: safe to stop and run again. Prints how many documents
    changed text, changed cluster, stayed unchanged or failed.

    Example: python -m archive reprocess --db archive.db --site qstheory
    """
    from crawler.settings import EXTRACT_MIN_CHARS

    from .reprocess import pages_to_reprocess
    from .reprocess import reprocess as run

    rules_for = _site_rules(sites_file)
    with opened(db, readonly=False, check=True) as archive:
        pages = pages_to_reprocess(archive, site)
        if site is not None and not pages:
            raise click.ClickException(f"no documents of site or source {site!r} in {db}")
        if sys.stderr.isatty():
            with click.progressbar(pages, label="re-processing pages", file=sys.stderr) as bar:
                counts = run(archive, bar, rules_for=rules_for, min_chars=EXTRACT_MIN_CHARS)
        else:
            counts = run(archive, pages, rules_for=rules_for, min_chars=EXTRACT_MIN_CHARS)
    click.echo(
        f"re-processed {len(pages)} pages: "
        + ", ".join(f"{name.replace('_', ' ')} {counts[name]}" for name in counts)
    )
    if counts["failed"]:
        raise click.ClickException(f"{counts['failed']} documents could not be re-processed")


def _site_rules(sites_file: Path) -> Callable[[str], SiteRules]:
    """Each sources's extraction rules from the site configuration, when there is one."""
    from crawler.sites import SiteConfigError, load_sites

    if not sites_file.exists():
        return lambda source: SiteRules()
    try:
        sites = load_sites(sites_file)
    except SiteConfigError as exc:
        raise click.ClickException(str(exc)) from exc
    rules = {name: SiteRules(s.prune_xpaths, s.clutter_patterns) for name, s in sites.items()}
    return lambda source: rules.get(source, SiteRules())


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--url", help="The page's URL (default: the file's); it can tip short pages.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as one JSON object.")
def extract(file: Path, url: str | None, as_json: bool) -> None:
    """What a crawl would archive from one saved page, and why (no archive, no network).

    Prints the page's kind and the evidence for it, then each document it yields (title,
    author, published, text), or why it yields none.

    Example: python -m archive extract saved-page.html --url https://example.cn/a/1.html
    """
    from crawler.settings import EXTRACT_MIN_CHARS
    from essaytext.page import essay_url, examine

    page_url = url or file.absolute().as_uri()
    found = examine(file.read_bytes(), page_url, min_chars=EXTRACT_MIN_CHARS)
    documents = [
        {
            "url": essay_url(page_url, essay),
            "title": essay.title,
            "author": essay.author,
            "published": essay.published,
            "script": essay.script,
            "text": essay.text,
        }
        for essay in found.essays
    ]
    if found.kind in ("article", "pdf") and not documents:
        why = f"no essay of {EXTRACT_MIN_CHARS}+ characters found in the main text"
    else:
        why = found.why
    if as_json:
        result = {"url": page_url, "kind": found.kind, "why": why, "encoding": found.encoding}
        click.echo(json.dumps({**result, "documents": documents}, ensure_ascii=False))
        return
    click.echo(f"{page_url}: {found.kind} ({why}); decoded as {found.encoding}")
    for number, document in enumerate(documents, 1):
        click.echo(f"\ndocument {number}: {document['url']}")
        for key in ("title", "author", "published"):
            click.echo(f"  {key}: {document[key]}")
        text = str(document["text"])
        click.echo(f"  text ({len(text)} characters):\n{text}")
    if not documents:
        click.echo("nothing would be archived")


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
