"""JSONL export: one object per archived document, in the contract's fields (see README)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

import sqlite_utils

from .index import to_unsigned

# The contract's fields, in order; more may follow, these keep their names and meaning.
CONTRACT_FIELDS = (
    "url",
    "site",
    "title",
    "author",
    "published",
    "text",
    "script",
    "simhash",
    "cluster",
    "duplicate_of",
    "distance",
    "fetched_at",
)


_ROWS = (
    "SELECT d.*, c.canonical_id, canon.url AS canonical_url, "
    "(SELECT json_group_array(json_object('url', o.url, 'overlap', r.overlap)) "
    " FROM relations r JOIN documents o ON o.id = r.other_id WHERE r.document_id = d.id)"
    " AS contained_in, "
    "(SELECT json_group_array(json_object('url', o.url, 'overlap', r.overlap)) "
    " FROM relations r JOIN documents o ON o.id = r.document_id WHERE r.other_id = d.id)"
    " AS contains "
    "FROM documents d "
    "JOIN clusters c ON c.id = d.cluster JOIN documents canon ON canon.id = c.canonical_id"
)


def rows(db: sqlite_utils.Database, *, canonical_only: bool = False) -> Iterator[dict[str, Any]]:
    """Archived documents joined with their cluster's canonical copy, streamed in id order."""
    where = " WHERE d.id = c.canonical_id" if canonical_only else ""
    yield from db.query(_ROWS + where + " ORDER BY d.id")


def export_row(row: dict[str, Any]) -> dict[str, Any]:
    """The export object of one archive row (as yielded by `rows`)."""
    is_canonical = row["id"] == row["canonical_id"]
    return {
        "url": row["url"],
        "site": row["site"],
        "title": row["title"],
        "author": row["author"],
        "published": row["published"],
        "text": row["text"],
        "script": row["script"],
        "simhash": f"{to_unsigned(row['simhash']):016x}",
        "cluster": row["cluster"],
        "duplicate_of": None if is_canonical else row["canonical_url"],
        "distance": None if is_canonical else row["distance"],
        "fetched_at": row["fetched_at"],
        # Extensions beyond the contract.
        "source": row["source"],
        "first_fetched_at": row["first_fetched_at"],
        "encoding": row["encoding"],
        "media_type": row["media_type"],
        # Versions: the number of this one (earlier ones: `python -m archive versions`), when
        # the page was last fetched or revalidated, and when it stopped yielding the essay.
        # (read-only, an archive of an older schema has no such columns yet)
        "version": row.get("version", 1),
        "last_seen_at": row.get("last_seen_at", row["fetched_at"]),
        "gone_at": row.get("gone_at"),
        # Partial copies: [{"url": …, "overlap": share of the shorter one's sentences}].
        "contained_in": json.loads(row.get("contained_in") or "[]"),
        "contains": json.loads(row.get("contains") or "[]"),
    }


def write_jsonl(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """Write export objects as UTF-8 JSON lines (no \\u escapes); return how many."""
    count = 0
    for row in rows:
        out.write(json.dumps(export_row(row), ensure_ascii=False))
        out.write("\n")
        count += 1
    return count
