"""Clusters of copies and the canonical rule: which copy of an essay stands for the others."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence

from .index import MASK64
from .passages import Overlap
from .records import Placement, Verdict

# The canonical rule, in one place: the earliest published (a date the page shows), then
# the earliest fetched, then the longest clean text; the lowest id settles ties, so the
# choice is stable.
CANONICAL_ORDER = "published IS NULL, published, first_fetched_at, length(text) DESC, id"
# Passage verdicts that veto a simhash match: a page holding an essay among others can sit
# near it in simhash (the essay's repeated phrases outweigh the rest).
_NOT_A_COPY = (Verdict.CONTAINED, Verdict.CONTAINS, Verdict.PART)


class Clusters:
    """Cluster membership, canonical election and distances over one connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def place(
        self,
        doc_id: int,
        near: Sequence[tuple[int, int]],
        overlaps: Sequence[Overlap],
        *,
        was_in: int | None = None,
    ) -> int:
        """Put a stored document in the cluster of its nearest copy, or a new one; return the
        cluster. A document that was alone in cluster `was_in` and is still alone keeps
        that cluster's number."""
        matches = copies(near, overlaps)
        if not matches:
            if (
                was_in is not None
                and not self.conn.execute(
                    "SELECT 1 FROM documents WHERE cluster = ? AND id != ? LIMIT 1",
                    (was_in, doc_id),
                ).fetchone()
            ):
                cluster_id = was_in
                self.conn.execute(
                    "UPDATE clusters SET canonical_id = ? WHERE id = ?", (doc_id, cluster_id)
                )
            else:
                cluster_id = self.found(doc_id)
            self.conn.execute(
                "UPDATE documents SET cluster = ?, distance = NULL WHERE id = ?",
                (cluster_id, doc_id),
            )
            return cluster_id
        cluster_id = self.cluster_of(matches[0])
        self.conn.execute("UPDATE documents SET cluster = ? WHERE id = ?", (cluster_id, doc_id))
        self.joined(cluster_id, doc_id)
        return cluster_id

    def cluster_of(self, doc_id: int) -> int:
        """The cluster a stored document is in."""
        (cluster_id,) = self.conn.execute(
            "SELECT cluster FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        return int(cluster_id)

    def found(self, canonical_id: int) -> int:
        """A new cluster with this canonical copy; its id."""
        cursor = self.conn.execute(
            "INSERT INTO clusters (canonical_id) VALUES (?)", (canonical_id,)
        )
        return int(cursor.lastrowid or 0)

    def joined(self, cluster_id: int, doc_id: int) -> None:
        """A document was put in a cluster: elect its canonical copy, or measure the newcomer."""
        if not self.elect(cluster_id):
            self.measure(cluster_id, only=doc_id)

    def leave(self, cluster_id: int) -> None:
        """After a member left a cluster: drop it if empty, else keep a canonical that is a member."""
        if self.conn.execute(
            "SELECT 1 FROM documents WHERE cluster = ? LIMIT 1", (cluster_id,)
        ).fetchone():
            self.elect(cluster_id)
        else:
            self.conn.execute("DELETE FROM clusters WHERE id = ?", (cluster_id,))

    def elect(self, cluster_id: int) -> bool:
        """Make the cluster's best copy canonical; True when the canonical copy changed."""
        (best,) = self.conn.execute(
            f"SELECT id FROM documents WHERE cluster = ? ORDER BY {CANONICAL_ORDER} LIMIT 1",
            (cluster_id,),
        ).fetchone()
        (current,) = self.conn.execute(
            "SELECT canonical_id FROM clusters WHERE id = ?", (cluster_id,)
        ).fetchone()
        if current == best:
            return False
        self.conn.execute("UPDATE clusters SET canonical_id = ? WHERE id = ?", (best, cluster_id))
        self.measure(cluster_id)
        return True

    def measure(self, cluster_id: int, *, only: int | None = None) -> None:
        """Set members' distances to the canonical copy (NULL for the canonical itself)."""
        canonical_id, head = self.conn.execute(
            "SELECT d.id, d.simhash FROM clusters c JOIN documents d ON d.id = c.canonical_id "
            "WHERE c.id = ?",
            (cluster_id,),
        ).fetchone()
        members = self.conn.execute(
            "SELECT id, simhash FROM documents WHERE cluster = ?"
            + (" AND id = ?" if only is not None else ""),
            (cluster_id, only) if only is not None else (cluster_id,),
        ).fetchall()
        self.conn.executemany(
            "UPDATE documents SET distance = ? WHERE id = ?",
            [
                (None if doc_id == canonical_id else ((value ^ head) & MASK64).bit_count(), doc_id)
                for doc_id, value in members
            ],
        )

    def placement(self, doc_id: int, *, created: bool) -> Placement:
        """Where a document sits: its cluster, the canonical copy's URL and its distance."""
        url, cluster, distance, canonical_id, canonical_url = self.conn.execute(
            "SELECT d.url, d.cluster, d.distance, c.canonical_id, canon.url FROM documents d "
            "JOIN clusters c ON c.id = d.cluster JOIN documents canon ON canon.id = c.canonical_id "
            "WHERE d.id = ?",
            (doc_id,),
        ).fetchone()
        is_canonical = canonical_id == doc_id
        return Placement(
            document_id=doc_id,
            url=url,
            cluster=cluster,
            duplicate_of=None if is_canonical else canonical_url,
            distance=None if is_canonical else distance,
            created=created,
        )

    def copies_among(self, chunks: Iterable[list[int]]) -> int:
        """How many of these documents (distinct ids, in chunks) are copies (not their
        cluster's canonical one)."""
        count = 0
        for ids in chunks:
            (found,) = self.conn.execute(
                "SELECT COUNT(*) FROM json_each(?) j JOIN documents d ON d.id = j.value "
                "JOIN clusters c ON c.id = d.cluster WHERE d.id != c.canonical_id",
                (json.dumps(ids),),
            ).fetchone()
            count += found
        return count


def copies(near: Sequence[tuple[int, int]], overlaps: Sequence[Overlap]) -> list[int]:
    """The documents a document is a copy of, best first.

    `near` are simhash neighbours (id, distance), nearest first; copies simhash cannot
    reach (a dropped paragraph, a cut) share most passages both ways.
    """
    verdicts = {o.other: o.verdict for o in overlaps}
    matches = [other for other, _ in near if verdicts.get(other) not in _NOT_A_COPY]
    matches += [
        o.other
        for o in sorted(overlaps, key=lambda o: -min(o.ours_in_it, o.its_in_ours))
        if o.verdict is Verdict.COPY
    ]
    return matches
