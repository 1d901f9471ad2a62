"""`python -m archive serve`: browse and search an archive in Datasette, read-only."""

from __future__ import annotations

import fcntl
import os
import socket
from pathlib import Path

import click

from .cli_support import db_option, opened
from .connection import _describe as describe_holder
from .search import has_index

INSTALL_HINT = "serve needs Datasette: pip install 'essay-archive[datasette]'"
# Characters of a long cell (an essay's text) shown in a table; the row page shows it all.
TRUNCATE_CELLS = 300
# Datasette settings: suggesting facets tries every column of the documents table on each
# page (2.6 s of a 100,000-document table's 3 s; 0.4 s without).
SETTINGS = {"truncate_cells_html": str(TRUNCATE_CELLS), "suggest_facets": "off"}


def writer_of(db: Path) -> str | None:
    """Who is writing the archive now (the holder its lock names), or None.

    Only looks: a shared lock taken and dropped at once, nothing written.
    """
    try:
        fd = os.open(f"{db.resolve()}.lock", os.O_RDONLY | os.O_NOFOLLOW)
    except OSError:
        return None  # never written, or not readable: no crawl of ours holds it
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return describe_holder(os.read(fd, 4096).decode("utf-8", "replace"))
    finally:
        os.close(fd)
    return None


def check_free(host: str, port: int) -> None:
    """Refuse, in one line, an address that cannot be listened on (a port in use)."""
    try:
        with socket.create_server((host, port)):
            pass
    except OSError as exc:
        reason = os.strerror(exc.errno) if exc.errno else str(exc)
        raise click.ClickException(f"cannot listen on {host}:{port}: {reason}") from exc


@click.command()
@db_option
@click.option(
    "--port",
    type=click.IntRange(1, 65535),
    default=8001,
    show_default=True,
    help="Port to listen on.",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
def serve(db: Path, port: int, host: str) -> None:
    """Browse and search the archive in Datasette, read-only (immutable), on 127.0.0.1.

    With the archive's descriptions, facets, canned queries (search, copies of a cluster,
    essays with copies, partial copies) and a search box that takes Chinese words of any
    length in either script. Refuses an archive a crawl is writing. Needs Datasette
    (pip install 'essay-archive[datasette]').

    Example: python -m archive serve --db archive.db --port 8001
    """
    try:
        from datasette import cli as datasette_cli

        from .datasette_plugin import register
    except ImportError as exc:
        raise click.ClickException(INSTALL_HINT) from exc
    with opened(db) as archive:
        searchable = has_index(archive.conn)
    holder = writer_of(db)
    if holder is not None:  # an immutable view of a file being written is unsound
        raise click.ClickException(
            f"{db} is being written ({holder}); serve it when the crawl has finished"
        )
    if not searchable:
        click.echo(
            f"note: {db} was written by an earlier release and has no search index: "
            f"the next crawl or `python -m archive reprocess --db {db}` adds it",
            err=True,
        )
    check_free(host, port)
    register()
    settings = [word for name, value in SETTINGS.items() for word in ("--setting", name, value)]
    datasette_cli.serve.main(
        ["-i", str(db), "--host", host, "--port", str(port), *settings],
        prog_name=click.get_current_context().command_path,
        standalone_mode=False,
    )
