"""Fingerprints added since the block index was last merged: appended, then merged in key order.

A fingerprint's block rows land at random places in `simhash_blocks`: at a million
documents each add dirtied three leaves of a 70 MB B-tree, each written to the log at
commit and again by the checkpoint. Instead an add appends one row to `simhash_recent`
(keyed by document id: always the table's last leaf), and a writer also holds those
fingerprints in memory by block value. Once `MERGE_AT` are held, the commit inserts their
block rows in key order (each leaf written once) and empties the table, in the batch's
transaction. A document's fingerprint is in exactly one of the two tables.

Readers scan the table besides probing the blocks (at most `MERGE_AT` rows, read as one
string and compared in numpy). A writer's memory is read from the table at its first
lookup and again after a rollback (`forget`), so it never holds what was rolled back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import numpy as np

from .held import Held

if TYPE_CHECKING:
    from .index import Layout

TABLE = """
CREATE TABLE IF NOT EXISTS simhash_recent (
    document_id INTEGER PRIMARY KEY,
    simhash INTEGER NOT NULL
)"""
# Fingerprints held before a commit merges them into the block index: at a million
# documents a merge writes each of the index's 18,000 leaves once, where as many adds
# wrote 200,000 leaves one at a time. A writer holds them in under 2 MiB (archive/held.py).
MERGE_AT = 1 << 16


class Recent:
    """The `simhash_recent` table over one connection, and a writer's memory of it."""

    def __init__(self, conn: sqlite3.Connection, layout: Layout, *, held: bool) -> None:
        self.conn = conn
        self.layout = layout
        self._held = held
        self._memory: Held | None = None  # a writer's, read from the table at its first lookup
        self._absent: bool | None = None  # whether a reader's archive lacks the table

    def add(self, doc_id: int, simhash: int, signed: int) -> None:
        """Append a document's fingerprint (its own row; replaced when it is there)."""
        self.conn.execute(
            "INSERT OR REPLACE INTO simhash_recent (document_id, simhash) VALUES (?, ?)",
            (doc_id, signed),
        )
        if self._memory is not None:
            self._memory.hold(doc_id, simhash)

    def remove(self, doc_id: int) -> bool:
        """Delete a document's fingerprint; whether it was here (else it is in the blocks)."""
        cursor = self.conn.execute("DELETE FROM simhash_recent WHERE document_id = ?", (doc_id,))
        if self._memory is not None and cursor.rowcount > 0:
            self._memory.let_go(doc_id)
        return cursor.rowcount > 0

    def near(self, simhash: int, probes: list[list[int]], within: int) -> Iterator[tuple[int, int]]:
        """(document id, fingerprint) of held documents: a writer's that the probes reach,
        from memory; a reader's within `within` bits, from every row."""
        if not self._held:
            yield from self._scan(simhash, within)
            return
        memory = self._memory if self._memory is not None else self._load()
        for block, values in enumerate(probes):
            yield from memory.find(block, values)

    def due(self) -> bool:
        """Whether enough fingerprints are held to merge them (a writer's count of slots:
        with those let go, which still take memory)."""
        return self._memory is not None and len(self._memory) >= MERGE_AT

    def merge(self) -> None:
        """Move every held fingerprint into the block index, block by block in key order.

        SQLite splits and sorts the rows itself: made in Python, they took 0.8 s of a
        1.4 s merge at a million documents."""
        for block, (shift, width) in enumerate(self.layout.widths):
            mask = (1 << width) - 1  # a whole 64-bit block is the (signed) fingerprint
            self.conn.execute(
                "INSERT OR IGNORE INTO simhash_blocks (block, value, document_id, simhash) "
                "SELECT ?, (simhash >> ?) & ?, document_id, simhash FROM simhash_recent "
                "ORDER BY 2, 3",
                (block, shift, mask - (1 << 64) if mask >> 63 else mask),
            )
        self.conn.execute("DELETE FROM simhash_recent")
        self._memory = Held(self.layout.widths)

    def clear(self) -> None:
        """Forget every fingerprint (the block index is being rebuilt from the documents)."""
        self.conn.execute("DELETE FROM simhash_recent")
        self._memory = None

    def forget(self) -> None:
        """Drop the writer's memory: read the table again at the next lookup (after a rollback)."""
        self._memory = None

    def block_rows(self, documents: Iterable[tuple[int, int]]) -> Iterator[tuple[int, ...]]:
        """The (block, value, document id, signed fingerprint) rows of (id, unsigned) pairs."""
        for doc_id, simhash in documents:
            signed = simhash - (1 << 64) if simhash >> 63 else simhash
            for block, value in enumerate(self.layout.split(simhash)):
                yield block, value, doc_id, signed

    def _fingerprints(self) -> list[tuple[int, int]]:
        rows = self.conn.execute("SELECT document_id, simhash FROM simhash_recent")
        return [(doc_id, value & ((1 << 64) - 1)) for doc_id, value in rows]

    def _scan(self, simhash: int, within: int) -> Iterator[tuple[int, int]]:
        if self._absent is None:  # an archive of an earlier release, read as it is
            self._absent = not self.conn.execute(
                "SELECT 1 FROM sqlite_master WHERE name = 'simhash_recent'"
            ).fetchone()
        if self._absent:
            return
        (ids, values) = self.conn.execute(
            "SELECT group_concat(document_id), group_concat(simhash) FROM simhash_recent"
        ).fetchone()
        if ids:
            found = np.fromstring(values, dtype=np.int64, sep=",").view(np.uint64)
            close = np.bitwise_count(found ^ np.uint64(simhash)) <= within
            doc_ids = np.fromstring(ids, dtype=np.int64, sep=",")[close]
            yield from zip(doc_ids.tolist(), found[close].tolist(), strict=True)

    def _load(self) -> Held:
        self._memory = memory = Held(self.layout.widths)
        for doc_id, simhash in self._fingerprints():
            memory.hold(doc_id, simhash)
        return memory
