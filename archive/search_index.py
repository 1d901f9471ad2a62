"""Keeping the search index (archive/search.py) in step with the documents.

The table is contentless (`content=''`): it stores the index only, no second copy of
the text. An external-content table would not store one either, but it must name a
column of `documents` holding what is indexed, and the bigrams are not a column (storing
them would take more room than the texts); sqlite-utils' `enable_fts` indexes a stored
column as it stands, which finds nothing in Chinese. This SQLite (3.40) has no
`contentless_delete` (3.43), so a document's old bigrams are made again from its old
text to delete them: the normalization they were made with is kept in `meta`
(`search_index`), and a writer rebuilds the index when it changes.
"""

from __future__ import annotations

import logging
import sqlite3
import unicodedata
import zlib

import sqlite_utils

from .meta import get_meta, set_meta
from .search import FTS_TABLE, T2S_TABLE, bigrams

logger = logging.getLogger(__name__)
# The ascii tokenizer splits on ASCII spaces and punctuation only: every bigram (letters
# and digits of any script) is one token, kept as it is (unicode61 would fold diacritics).
_CREATE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} "
    "USING fts5(bigrams, content='', tokenize='ascii')"
)


def scheme() -> str:
    """What the indexed bigrams depend on: their form, Unicode's tables, OpenCC's t2s table."""
    digest = zlib.crc32(T2S_TABLE.read_bytes())
    return f"bigrams-v1/unicode-{unicodedata.unidata_version}/t2s-{digest:08x}"


class PendingSearch:
    """The open batch's index changes, written when it commits.

    FTS5 writes its in-memory terms out at every savepoint, and a document may be written in
    a savepoint of its own (archive/replay.py): indexed there, a document of 2,000
    characters took 1.5 ms instead of 0.5. A document rolled back alone takes its changes
    with it (`undo`); a batch rolled back, all of them (`clear`).
    """

    def __init__(self) -> None:
        self._changes: list[tuple[int, str | None, str]] = []  # (id, old text or None, text)

    def add(self, doc_id: int, text: str) -> None:
        """A new document's text."""
        self._changes.append((doc_id, None, text))

    def change(self, doc_id: int, old_text: str, text: str) -> None:
        """A document's text changed: its old bigrams out, the new ones in."""
        if old_text != text:
            self._changes.append((doc_id, old_text, text))

    def mark(self) -> int:
        """Where the changes stand before a document (for `undo`)."""
        return len(self._changes)

    def undo(self, mark: int) -> None:
        """Forget the changes of a document rolled back alone."""
        del self._changes[mark:]

    def clear(self) -> None:
        """Forget every change (the batch was rolled back)."""
        self._changes.clear()

    def write(self, conn: sqlite3.Connection) -> None:
        """Write the changes, in order, in the batch's transaction (outside any savepoint)."""
        for doc_id, old_text, text in self._changes:
            if old_text is not None:
                conn.execute(
                    f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, bigrams) "
                    "VALUES ('delete', ?, ?)",
                    (doc_id, bigrams(old_text)),
                )
            conn.execute(
                f"INSERT INTO {FTS_TABLE} (rowid, bigrams) VALUES (?, ?)", (doc_id, bigrams(text))
            )
        self._changes.clear()


def build(conn: sqlite3.Connection) -> None:
    """Create the table if need be and index every document anew (in the caller's transaction).

    About 2 ms a document of 2,000 characters (half of it FTS5's, half normalizing)."""
    conn.execute(_CREATE)
    conn.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('delete-all')")
    (count,) = conn.execute("SELECT COUNT(*) FROM documents").fetchone()
    if count:
        logger.info("building the search index of %d documents", count)
    rows = conn.execute("SELECT id, text FROM documents")  # streamed: constant memory
    conn.executemany(
        f"INSERT INTO {FTS_TABLE} (rowid, bigrams) VALUES (?, ?)",
        ((doc_id, bigrams(text)) for doc_id, text in rows),
    )
    conn.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('optimize')")
    set_meta(conn, "search_index", scheme())


def keep_current(db: sqlite_utils.Database) -> None:
    """Rebuild the index when the normalization it was made with changed (writers, on open)."""
    if get_meta(db.conn, "search_index") != scheme():
        with db.atomic():
            build(db.conn)
