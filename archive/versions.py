"""Versions of documents, for scheduled crawls.

A page fetched again with the same essay changes nothing but when it was last seen. A
page whose essay changed keeps its earlier version (text, metadata and raw page) in the
`versions` table before the new one replaces it. A page that answers 404 or 410, or a
compilation page that now holds fewer essays, marks the documents it no longer yields as
gone: they stay in the archive and in the export, with `gone_at`.
"""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Collection
from typing import Any

from .fetchlog import log_revalidated

# What makes two fetches the same version of an essay.
SAME_VERSION = ("text", "title", "author", "published")


def keep_version(
    conn: sqlite3.Connection,
    doc_id: int,
    replaced_at: str,
    replaced_page: tuple[str, bytes] | None = None,
) -> int:
    """Copy a document's current version (and its stored raw page) into the history;
    return the number the next version gets.

    `replaced_page`: the page's stored headers and body when this fetch has already
    replaced them (another essay of the same compilation page was written first).
    """
    if replaced_page is None:
        conn.execute(
            "INSERT OR REPLACE INTO versions (document_id, version, title, author, published, "
            "text, fetched_at, replaced_at, headers, body) "
            "SELECT d.id, d.version, d.title, d.author, d.published, d.text, d.fetched_at, ?, "
            "p.headers, p.body FROM documents d LEFT JOIN pages p ON p.url = d.page_url "
            "WHERE d.id = ?",
            (replaced_at, doc_id),
        )
    else:
        conn.execute(
            "INSERT OR REPLACE INTO versions (document_id, version, title, author, published, "
            "text, fetched_at, replaced_at, headers, body) "
            "SELECT id, version, title, author, published, text, fetched_at, ?, ?, ? "
            "FROM documents WHERE id = ?",
            (replaced_at, *replaced_page, doc_id),
        )
    (version,) = conn.execute("SELECT version FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return int(version) + 1


def mark_seen(conn: sqlite3.Connection, doc_id: int, at: str, status: int) -> None:
    """The document was fetched again, unchanged: only when it was last seen changes."""
    conn.execute(
        "UPDATE documents SET last_seen_at = ?, status = ?, gone_at = NULL WHERE id = ?",
        (at, status, doc_id),
    )


def seen_again(conn: sqlite3.Connection, page_url: str, at: str) -> int:
    """A page answered "not modified": its documents were seen; how many."""
    return conn.execute(
        "UPDATE documents SET last_seen_at = ? WHERE page_url = ? AND gone_at IS NULL",
        (at, page_url),
    ).rowcount


def mark_gone(conn: sqlite3.Connection, page_url: str, at: str, keep: Collection[str] = ()) -> int:
    """Mark the page's documents gone (all, or all but the URLs in `keep`); how many."""
    marks = ",".join("?" * len(keep))
    return conn.execute(
        "UPDATE documents SET gone_at = ? WHERE page_url = ? AND gone_at IS NULL"
        + (f" AND url NOT IN ({marks})" if keep else ""),
        (at, page_url, *keep),
    ).rowcount


def history(conn: sqlite3.Connection, url: str) -> list[dict[str, Any]]:
    """A document's versions, newest first: the current one, then the kept ones (an archive
    from before versions were kept, read as it is, has only its current one)."""
    try:
        current = conn.execute(
            "SELECT id, version, title, author, published, text, fetched_at, last_seen_at, "
            "gone_at FROM documents WHERE url = ?",
            (url,),
        ).fetchone()
    except sqlite3.OperationalError:
        current = conn.execute(
            "SELECT id, 1, title, author, published, text, fetched_at, fetched_at, NULL "
            "FROM documents WHERE url = ?",
            (url,),
        ).fetchone()
        return [] if current is None else _current(current)
    if current is None:
        return []
    found = _current(current)
    for row in conn.execute(
        "SELECT version, title, author, published, text, fetched_at, replaced_at, body "
        "FROM versions WHERE document_id = ? ORDER BY version DESC",
        (current[0],),
    ):
        *kept, replaced_at, body = row
        found.append(
            {**dict(zip(_NAMES, kept, strict=True)), "replaced_at": replaced_at,
             "page_bytes": len(zlib.decompress(body)) if body else None, "current": False}
        )  # fmt: skip
    return found


_NAMES = ("version", "title", "author", "published", "text", "fetched_at")


def _current(row: tuple[Any, ...]) -> list[dict[str, Any]]:
    _, *fields = row
    return [
        {
            **dict(zip(_NAMES, fields[:6], strict=True)),
            "last_seen_at": fields[6],
            "gone_at": fields[7],
            "current": True,
        }
    ]


def mark_page(
    conn: sqlite3.Connection, page_url: str, at: str, *, gone: bool, keep: Collection[str]
) -> tuple[str, int]:
    """A page answered "not modified" (its documents seen at `at`, the fetch logged) or no
    longer yields its documents (all but `keep` marked gone): the count's name and value."""
    if gone:
        return "gone", mark_gone(conn, page_url, at, keep)
    log_revalidated(conn, page_url, at)
    return "seen", seen_again(conn, page_url, at)
