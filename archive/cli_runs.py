"""`python -m archive runs`: the crawls an archive has seen, newest first, with their counts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from .cli_support import db_option, opened, out
from .runs import COUNTS, list_runs

# Column headers of the text table (the main counts, then skipped pages).
_HEADERS = {
    **{key: key.replace("_", "-") for key in COUNTS},
    "not_modified": "not-mod",
    "duplicates": "dupes",
    "skipped": "skipped",
}


@click.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the runs as one JSON array.")
def runs(db: Path, as_json: bool) -> None:
    """List the archive's crawl runs, newest first: start, end, status and counts.

    Times are UTC. Reads beside a running crawl; an archive older than runs lists none.

    Example: python -m archive runs --db archive.db --json
    """
    with opened(db) as archive:
        found = list_runs(archive.conn)
    if as_json:
        out(json.dumps(found, ensure_ascii=False, indent=2))
        return
    if not found:
        click.echo(f"no crawl runs recorded in {db}", err=True)
        return
    for line in table(found):
        out(line)


def table(found: list[dict[str, Any]]) -> list[str]:
    """One line per run under a header, columns aligned."""
    rows = [["id", "started (UTC)", "ended", "status", *_HEADERS.values()]]
    for run in found:
        counts = run["counts"]
        rows.append(
            [
                str(run["id"]),
                _time(run["started_at"]),
                _ended(run["started_at"], run["ended_at"]),
                run["status"],
                *(str(counts.get(key, 0)) for key in COUNTS),
                str(sum(counts.get("skipped", {}).values())),
            ]
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    text_columns = (1, 2, 3)  # left-aligned; ids and counts are right-aligned
    return [
        "  ".join(
            cell.ljust(width) if i in text_columns else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in rows
    ]


def _time(stamp: str | None) -> str:
    """'2026-05-01T02:30:00+00:00' → '2026-05-01 02:30:00'."""
    return (stamp or "-")[:19].replace("T", " ")


def _ended(started: str, ended: str | None) -> str:
    """The end's time of day when the run ended on the day it started, else date and time."""
    if ended and ended[:10] == started[:10]:
        return _time(ended)[11:]
    return _time(ended)
