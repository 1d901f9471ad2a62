"""What the commands of `python -m archive` share: the --db option, opening, printing."""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from crawler.settings import ARCHIVE_DB

from .records import ArchiveError
from .store import Archive

db_option = click.option(
    "--db",
    type=click.Path(path_type=Path),
    default=Path(ARCHIVE_DB),
    show_default=True,
    help="Archive file.",
)


def out(text: str) -> None:
    """Print to standard output; a full disk or a closed pipe there is one line, not a traceback."""
    try:
        click.echo(text)
        sys.stdout.flush()
    except OSError as exc:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing left to flush
        raise click.ClickException(f"cannot write standard output: {exc.strerror or exc}") from exc


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


def is_sqlite(path: Path) -> bool:
    """Whether the file starts as an SQLite database (an -o given where --db was meant)."""
    try:
        with path.open("rb") as file:
            return file.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False
