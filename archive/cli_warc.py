"""`python -m archive warc`: the stored pages as a WARC 1.1 file, for replay tools."""

from __future__ import annotations

import contextlib
from datetime import datetime, timezone
from pathlib import Path

import click

from .cli_support import db_option, is_sqlite, opened
from .store import Archive
from .warc import write_warc


@click.command()
@db_option
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    required=True,
    help="WARC file to write (gzipped per record when it ends in .gz).",
)
@click.option("--site", help="Only the pages of this site (host[:port], as `stats` lists them).")
@click.option(
    "--since", help="Only the fetches from this time on (YYYY-MM-DD or ISO 8601; UTC if no zone)."
)
def warc(db: Path, output: Path, site: str | None, since: str | None) -> None:
    """Write the stored pages as WARC 1.1: each fetch's request and response, and each
    fetch of an unchanged page as a revisit of the response it repeats.

    Example: python -m archive warc --db archive.db -o essays.warc.gz --since 2026-06-01
    """
    start = _utc(since) if since is not None else None
    if output.is_dir():
        raise click.ClickException(f"cannot write {output}: it is a directory")
    if is_sqlite(output):  # -o where --db was meant
        raise click.ClickException(f"refusing to overwrite {output}: it is an SQLite database")
    with opened(db) as archive:
        current = _has_fetch_log(archive)
    if not current:  # an archive of an older release: its fetch log is made once
        with opened(db, readonly=False):
            pass
    with opened(db) as archive:
        if site is not None and not _has_site(archive, site):
            raise click.ClickException(f"{db} holds no pages of site {site}")
        # Written beside the target and renamed, so a reader never sees half a file.
        partial = output.with_name(output.name + ".partial")
        try:
            with partial.open("wb") as out:
                counts = write_warc(
                    archive.conn,
                    out,
                    filename=output.name,
                    site=site,
                    since=start,
                    compress=output.name.endswith(".gz"),
                )
            partial.replace(output)
        except OSError as exc:  # a missing or read-only folder, a full disk
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from exc
    missing = f", {counts['missing']} payloads no longer held" if counts["missing"] else ""
    click.echo(
        f"wrote {counts['responses']} responses and {counts['revisits']} revisits "
        f"to {output}{missing}",
        err=True,
    )


def _utc(text: str) -> str:
    """A date or time given on the command line, as the archive writes times (UTC)."""
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise click.ClickException(
            f"--since: {text!r} is not a date (give YYYY-MM-DD or an ISO 8601 time)"
        ) from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.astimezone(timezone.utc).isoformat(timespec="seconds")


def _has_fetch_log(archive: Archive) -> bool:
    return "fetches" in archive.db.table_names()


def _has_site(archive: Archive, site: str) -> bool:
    found = archive.conn.execute("SELECT 1 FROM documents WHERE site = ? LIMIT 1", (site,))
    return found.fetchone() is not None
