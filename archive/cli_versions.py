"""`python -m archive versions`: what one document said when, newest first."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .cli_support import db_option, opened, out
from .versions import history


@click.command()
@db_option
@click.argument("url")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON array of objects.")
def versions(db: Path, url: str, as_json: bool) -> None:
    """A document's stored versions, newest first: version, when fetched, title, size.

    Example: python -m archive versions --db archive.db https://example.cn/a/1.html
    """
    with opened(db) as archive:
        found = history(archive.conn, url)
    if not found:
        raise click.ClickException(f"no document {url} in {db}")
    if as_json:
        out(json.dumps(found, ensure_ascii=False))
        return
    for version in found:
        state = "current" if version["current"] else f"replaced {version['replaced_at']}"
        gone = f", gone {version['gone_at']}" if version.get("gone_at") else ""
        out(
            f"version {version['version']}: fetched {version['fetched_at']} ({state}{gone}), "
            f"{len(version['text'])} characters: {version['title']}"
        )
