"""The block index of 64-bit simhash fingerprints: multi-index hashing in SQLite.

Manku, Jain and Das Sarma (WWW 2007) split a fingerprint into k+1 blocks: two
fingerprints within Hamming distance k agree exactly on one block (pigeonhole). With
k+1 short blocks every probe matches a large share of the archive (k=5: 6 blocks of
10-11 bits, 1 document in 2,000 per probe). Multi-index hashing (Norouzi, Punjani and
Fleet, CVPR 2012) uses fewer, longer blocks and probes each within a small radius: with
m blocks and radius 1, two fingerprints within k <= 2m-1 bits have one block within
1 bit. For k=5 that is 3 blocks of 21-22 bits, 22 probes each, and about one candidate
in 100,000 documents per probe. A lookup is a few indexed SQLite range reads, and its
cost grows far slower than the archive. Each probe is still a B-tree descent, which at a
million documents no longer fits the CPU's caches or SQLite's page cache: a writer first
asks its in-memory `BlockFilter` which probes can lead anywhere (about 2 of 67 there).
New fingerprints wait in `simhash_recent` (archive/recent.py) and are merged in batches.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from .blockfilter import BlockFilter
from .recent import Recent

MASK64 = (1 << 64) - 1


@dataclass(frozen=True)
class Layout:
    """How fingerprints are cut into indexed blocks, and the radius each block is probed in."""

    blocks: int
    radius: int

    @classmethod
    def for_threshold(cls, threshold: int) -> Layout:
        """The fewest blocks that radius 1 allows: m = k // 2 + 1 (k <= 2m - 1)."""
        if not 0 <= threshold <= 63:
            raise ValueError(f"threshold must be between 0 and 63, got {threshold}")
        return cls(blocks=threshold // 2 + 1, radius=min(threshold, 1))

    def describe(self) -> str:
        """The form kept in the archive's meta table: a change of layout rebuilds the index."""
        return f"mih-{self.blocks}x{self.radius}"

    @cached_property
    def widths(self) -> tuple[tuple[int, int], ...]:
        """(shift, width) of each block, widths as even as 64 bits allow."""
        base, extra = divmod(64, self.blocks)
        layout, shift = [], 0
        for i in range(self.blocks):
            width = base + (1 if i < extra else 0)
            layout.append((shift, width))
            shift += width
        return tuple(layout)

    def split(self, value: int) -> list[int]:
        """The block values of a fingerprint, signed so a 64-bit block fits SQLite's INTEGER."""
        return [to_signed((value >> shift) & ((1 << width) - 1)) for shift, width in self.widths]

    @cached_property
    def flips(self) -> tuple[tuple[int, int, tuple[int, ...]], ...]:
        """(shift, mask, XOR masks of the values probed) of each block."""
        return tuple(
            (shift, (1 << width) - 1, (0, *(1 << bit for bit in range(width) if self.radius)))
            for shift, width in self.widths
        )

    def probes(self, value: int) -> list[list[int]]:
        """For each block: the block values within `radius` bits of the fingerprint's own."""
        out = []
        for shift, mask, flips in self.flips:
            own = (value >> shift) & mask
            near = [own ^ flip for flip in flips]
            # Only a whole 64-bit block (threshold 0 or 1) can exceed SQLite's signed INTEGER.
            out.append([to_signed(v) for v in near] if mask == MASK64 else near)
        return out


# Derived from documents.simhash and rebuilt when the layout changes. The fingerprint
# rides along so a lookup reads candidates without touching documents.
_TABLE = """
CREATE TABLE simhash_blocks (
    block INTEGER NOT NULL,
    value INTEGER NOT NULL,
    document_id INTEGER NOT NULL,
    simhash INTEGER NOT NULL,
    PRIMARY KEY (block, value, document_id)
) WITHOUT ROWID
"""


class SimhashIndex:
    """The block index over one connection: add, remove, find within the threshold, rebuild.

    A writer (`held=True`: the connection that holds the archive's lock, so nobody else
    adds rows) keeps a `BlockFilter` of what the index holds, read at its first lookup,
    and reads only the probes the filter leaves. Adds go to `Recent`, merged by `merge_if_due`.
    """

    def __init__(self, conn: sqlite3.Connection, threshold: int, *, held: bool = False) -> None:
        self.conn = conn
        self.threshold = threshold
        self.layout = Layout.for_threshold(threshold)
        self.recent = Recent(conn, self.layout, held=held)
        self._held = held
        self._filter: BlockFilter | None = None  # read at the first lookup

    def add(self, doc_id: int, simhash: int) -> None:
        self.recent.add(doc_id, simhash, to_signed(simhash))
        if self._filter is not None:
            self._filter.mark(simhash)

    def remove(self, doc_id: int, simhash: int) -> None:
        """Delete a document's fingerprint: its recent row, or its block rows found by key."""
        if self.recent.remove(doc_id):
            return
        self.conn.executemany(
            "DELETE FROM simhash_blocks WHERE block = ? AND value = ? AND document_id = ?",
            [(i, value, doc_id) for i, value in enumerate(self.layout.split(simhash))],
        )

    def near(self, simhash: int, *, exclude_id: int | None = None) -> list[tuple[int, int]]:
        """(document id, distance) of fingerprints within the threshold, nearest first.

        One indexed read per block, over the block values within the layout's radius
        (a writer's: those its filter cannot rule out), and the recent fingerprints.
        """
        found: dict[int, int] = {}
        probes = self._probes(simhash)
        for block, values in enumerate(probes):
            if not values:
                continue
            rows = self.conn.execute(_select(len(values)), [block, *values])
            for doc_id, value in rows:
                if doc_id not in found:
                    found[doc_id] = ((value ^ simhash) & MASK64).bit_count()
        for doc_id, value in self.recent.near(simhash, probes, self.threshold):
            found[doc_id] = ((value ^ simhash) & MASK64).bit_count()
        if exclude_id is not None:
            found.pop(exclude_id, None)
        return sorted(
            ((doc_id, d) for doc_id, d in found.items() if d <= self.threshold),
            key=lambda pair: (pair[1], pair[0]),
        )

    def merge_if_due(self) -> None:
        """Merge the recent fingerprints into the blocks once enough are held (at a commit)."""
        if self.recent.due():
            self.recent.merge()

    def forget(self) -> None:
        """After a rollback: what is held in memory is read again at the next lookup."""
        self.recent.forget()

    def _probes(self, simhash: int) -> list[list[int]]:
        if not self._held:
            return self.layout.probes(simhash)
        if self._filter is None or self._filter.crowded():
            (rows,) = self.conn.execute(
                "SELECT (SELECT COUNT(*) FROM simhash_blocks) "
                f"+ {self.layout.blocks} * (SELECT COUNT(*) FROM simhash_recent)"
            ).fetchone()
            self._filter = BlockFilter(self.layout, self.threshold, rows)
            self._filter.load(self.conn)
        return self._filter.probes(simhash)

    def rebuild(self, documents: Iterable[tuple[int, int]]) -> None:
        """Drop the table and index every (document id, signed simhash) again."""
        self._filter = None  # read again at the next lookup
        self.conn.execute("DROP TABLE IF EXISTS simhash_blocks")
        self.conn.execute(_TABLE)
        self.recent.clear()
        rows = self.recent.block_rows((doc_id, to_unsigned(value)) for doc_id, value in documents)
        self.conn.executemany(
            "INSERT OR IGNORE INTO simhash_blocks (block, value, document_id, simhash) "
            "VALUES (?, ?, ?, ?)",
            sorted(rows),
        )


@functools.cache
def _select(count: int) -> str:
    """The lookup of `count` values of one block (made once for each count)."""
    return (
        "SELECT document_id, simhash FROM simhash_blocks WHERE block = ? AND value IN "
        f"({','.join('?' * count)})"
    )


def to_signed(value: int) -> int:
    """Two's-complement signed form of an unsigned 64-bit value (what SQLite INTEGER holds)."""
    value &= MASK64
    return value - (1 << 64) if value >= 1 << 63 else value


def to_unsigned(value: int) -> int:
    """Unsigned 64-bit value of a signed SQLite INTEGER."""
    return value & MASK64
