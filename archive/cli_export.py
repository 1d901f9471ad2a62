"""`python -m archive export`: the archive, or a selection of it, as JSON Lines."""

from __future__ import annotations

import contextlib
import errno
import gzip
import os
import sys
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

import click

from .cli_support import db_option, is_sqlite, opened
from .export import Selection, contradictory, missing, write_jsonl
from .search import has_index

# gzip's own default level: Python's 9 took 1.3 times as long for a file 1% smaller
# (a 27 MiB export).
GZIP_LEVEL = 6


@click.command()
@db_option
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, allow_dash=True),
    default="-",
    help="JSONL file, gzip-compressed when its name ends in .gz (default: stdout, plain).",
)
@click.option("--canonical-only", is_flag=True, help="Only the canonical copy of each cluster.")
@click.option(
    "--site",
    "sites",
    multiple=True,
    metavar="S",
    help="Only the documents of this site (host[:port]) or sites.toml source; repeatable.",
)
@click.option(
    "--since",
    metavar="DATE",
    help="Only documents dated on or after DATE (YYYY-MM-DD or an ISO 8601 timestamp).",
)
@click.option(
    "--until",
    metavar="DATE",
    help="Only documents dated on or before DATE (a YYYY-MM-DD includes that whole day).",
)
@click.option(
    "--by",
    default="published",
    show_default=True,
    metavar="published|fetched",
    help="The date --since/--until compare: published (the date the page shows, a month as "
    "its first day; a document without one is left out) or fetched (when the document was "
    "first fetched, UTC; a timestamp without a zone is UTC).",
)
@click.option(
    "--cluster",
    "clusters",
    multiple=True,
    metavar="N",
    help="Only the documents of cluster N (every copy of one essay); repeatable.",
)
@click.option("--query", metavar="Q", help="Only documents whose text matches Q (as `search`).")
@click.option(
    "--skip-check", is_flag=True, help="Skip PRAGMA quick_check first (very large archives)."
)
def export(
    db: Path,
    output: Path,
    canonical_only: bool,
    sites: tuple[str, ...],
    since: str | None,
    until: str | None,
    by: str,
    clusters: tuple[str, ...],
    query: str | None,
    skip_check: bool,
) -> None:
    """Export the archive as JSON Lines, one object per document (UTF-8, streamed in id order).

    The filters combine: a document is exported when it passes all of them. A damaged
    archive is refused (SQLite's quick_check) rather than exported in part.

    Example: python -m archive export --db archive.db -o essays.jsonl.gz --site qstheory
    --since 2025-01-01 --until 2025-06-30 --canonical-only
    """
    if by not in ("published", "fetched"):
        raise click.ClickException(f"--by must be published or fetched, got {by!r}")
    selection = Selection(
        canonical_only=canonical_only,
        sites=sites,
        clusters=tuple(_cluster(value) for value in clusters),
        since=_when("--since", since),
        until=_when("--until", until),
        by="fetched" if by == "fetched" else "published",
        query=query,
    )
    if contradictory(selection):
        raise click.ClickException(f"--since {since} is after --until {until}")
    if str(output) != "-" and is_sqlite(output):  # -o where --db was meant
        raise click.ClickException(f"refusing to overwrite {output}: it is an SQLite database")
    with opened(db, check=not skip_check) as archive:
        problem = missing(archive.db, selection)
        if problem is not None:
            raise click.ClickException(f"{db}: {problem}")
        if query is not None and not has_index(archive.conn):
            raise click.ClickException(
                f"{db} has no search index yet (made by an older release): build it with "
                f"python -m archive search --db {db} --build-index QUERY"
            )
        try:
            rows = archive.rows(selection)
        except ValueError as exc:  # a query without a letter or digit
            raise click.ClickException(f"--query {query!r}: {exc}") from exc
        count = _write(rows, output)
    click.echo(f"exported {count} documents", err=True)


def _write(rows: Iterable[dict[str, Any]], output: Path) -> int:
    """Write the rows to the output; a file is written beside it and renamed when complete."""
    if str(output) == "-":
        try:
            count = write_jsonl(rows, sys.stdout)
            sys.stdout.flush()
        except OSError as exc:
            if exc.errno == errno.EPIPE:  # the reader stopped (| head): click exits quietly
                raise
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing to flush
            raise click.ClickException(f"cannot write standard output: {exc.strerror}") from exc
        return count
    # Written beside the target and renamed, so a reader never sees half an export.
    partial = output.with_name(output.name + ".partial")
    try:
        with _open(partial, gzipped=output.name.endswith(".gz")) as out:
            count = write_jsonl(rows, out)
        partial.replace(output)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        if isinstance(exc, OSError):  # a missing or read-only folder, a directory, a full disk
            raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from exc
        raise
    return count


def _open(path: Path, *, gzipped: bool) -> IO[str]:
    if gzipped:
        return gzip.open(path, "wt", encoding="utf-8", compresslevel=GZIP_LEVEL)
    return path.open("w", encoding="utf-8")


def _when(option: str, value: str | None) -> date | None:
    """A date (YYYY-MM-DD) or an ISO 8601 timestamp; one line for anything else."""
    if value is None:
        return None
    for parse in (date.fromisoformat, datetime.fromisoformat):
        with contextlib.suppress(ValueError):  # Python 3.10's fromisoformat knows no "Z"
            return parse(value[:-1] + "+00:00" if value.endswith("Z") else value)
    raise click.ClickException(
        f"{option} {value!r} is not a date: give YYYY-MM-DD or an ISO 8601 timestamp "
        "(2025-06-30T08:00:00+08:00)"
    )


def _cluster(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise click.ClickException(f"--cluster expects a cluster number, got {value!r}")
    return int(value)
