"""A Datasette plugin for essay archives: Chinese search, and the shipped metadata.

On the connections of every database that is an essay archive (its `application_id`) it
registers SQL functions:

- `essay_match(query)`: the FTS5 MATCH expression of `documents_fts` for a query (its
  words of 2 or more characters as phrases of bigrams), or null;
- `essay_search(query)`: the best `SEARCH_LIMIT` documents as `python -m archive search`
  finds and ranks them, as a JSON array of `{"id", "snippet"}` (the `search` canned query);
- `escape_fts(query)`, replacing Datasette's own on archives only: the documents table's
  search box (`?_search=`) goes through the same bigram mapping, so any query of 2 or
  more characters works in either script. A 1-character word becomes an FTS5 prefix
  query on the bigrams: it matches where a letter or digit follows the character, which
  is everywhere but at the very end of a text (the `search` query is exact).

It also gives every archive database the shipped metadata (archive/datasette/metadata.json:
descriptions, facets, sort, labels, hidden tables, canned queries), under its own name.
Installed with the package, Datasette finds it through the `datasette` entry point;
`register()` loads it where it is not installed (`python -m archive serve`, tests).
"""

from __future__ import annotations

import copy
import json
import sqlite3
import sys
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from datasette import hookimpl
from datasette.plugins import pm
from datasette.utils import escape_fts

from essaytext.normalize import normalize

from .connection import APPLICATION_ID
from .search import match_expression, search

SEARCH_LIMIT = 100  # rows of the `search` canned query
_SHIPPED_NAME = "archive"  # the database name the shipped file describes (archive.db)


def register() -> None:
    """Load this plugin into Datasette, unless its entry point already did."""
    module = sys.modules[__name__]
    if not pm.is_registered(module):
        pm.register(module, name="essay-archive")


@cache
def shipped_metadata() -> dict[str, Any]:
    """The metadata file shipped with the package, as Datasette reads it."""
    text = (resources.files("archive") / "datasette" / "metadata.json").read_text("utf-8")
    metadata: dict[str, Any] = json.loads(text)
    return metadata


def is_archive(conn: sqlite3.Connection) -> bool:
    """Whether a connection's database is an essay archive."""
    return bool(conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID)


@cache
def _is_archive_file(path: str, immutable: bool) -> bool:
    """Whether a database file is an essay archive, opened as Datasette opens it."""
    mode = "immutable=1" if immutable else "mode=ro"
    try:
        conn = sqlite3.connect(f"{Path(path).absolute().as_uri()}?{mode}", uri=True)
    except sqlite3.Error:
        return False
    try:
        return is_archive(conn)
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def search_json(conn: sqlite3.Connection, query: str) -> str:
    """`essay_search`: the hits of `archive search` for the query, as JSON (none for a
    query without a letter or digit, such as the canned query's empty form)."""
    try:
        hits = search(conn, query or "", limit=SEARCH_LIMIT)
    except ValueError:
        hits = []
    return json.dumps(
        [{"id": h.document_id, "snippet": h.snippet} for h in hits], ensure_ascii=False
    )


def search_box_expression(query: str) -> str:
    """`escape_fts` on an archive: the bigram phrases of the query's longer words, and a
    prefix query for each 1-character word; Datasette's own escaping for a query without
    a letter or digit (it matches nothing in the bigram index)."""
    singles = [f'"{word}"*' for word in map(normalize, (query or "").split()) if len(word) == 1]
    terms = [term for term in (match_expression(query or ""), *singles) if term]
    return " AND ".join(terms) or str(escape_fts(query or ""))


# Last, after Datasette's own plugins (loaded after entry points): our escape_fts wins.
@hookimpl(trylast=True)  # type: ignore[untyped-decorator]
def prepare_connection(conn: sqlite3.Connection) -> None:
    """The search functions, on the connections of essay archives only."""
    if not is_archive(conn):
        return
    conn.create_function(
        "essay_match", 1, lambda query: match_expression(query or ""), deterministic=True
    )
    conn.create_function("escape_fts", 1, search_box_expression, deterministic=True)
    conn.create_function("essay_search", 1, lambda query: search_json(conn, query))


@hookimpl  # type: ignore[untyped-decorator]
def get_metadata(datasette: Any) -> dict[str, Any]:
    """The shipped metadata, under the name of each archive Datasette serves."""
    names = [
        name
        for name, db in datasette.databases.items()
        if db.path and not db.is_memory and _is_archive_file(db.path, not db.is_mutable)
    ]
    if not names:
        return {}
    shipped = copy.deepcopy(shipped_metadata())  # Datasette merges into what it is given
    described = shipped.pop("databases")[_SHIPPED_NAME]
    return {**shipped, "databases": {name: copy.deepcopy(described) for name in names}}
