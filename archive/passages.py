"""Passage postings: which documents hold which passages, and what sharing them means."""

from __future__ import annotations

import json
import sqlite3
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from essaytext.fingerprint import Passage, passage_hashes, shared_passages

from .records import Verdict

# Passage overlap (share of a document's passages found in another) that makes:
COPY_OVERLAP = 0.6  # both ways: a copy, even where simhash is too far (dropped paragraphs, cuts)
CONTAINED_OVERLAP = 0.8  # one way: the document is contained in the other (a compilation page)
MIN_SHARED_PASSAGES = 3
# A passage in more documents than this is boilerplate the clutter rules missed (a
# disclaimer, a slogan), not evidence of a copy, and reading its postings would make
# every lookup slower as the archive grows. A copy republished this often is still
# found by simhash and by its other passages.
MAX_POSTINGS = 1000


def judge(ours_in_it: float, its_in_ours: float) -> Verdict | None:
    """What passage overlap says of two documents; None: too little shared to say."""
    if min(ours_in_it, its_in_ours) >= COPY_OVERLAP:
        return Verdict.COPY
    if ours_in_it >= CONTAINED_OVERLAP:
        return Verdict.CONTAINED
    if its_in_ours >= CONTAINED_OVERLAP:
        return Verdict.CONTAINS
    if max(ours_in_it, its_in_ours) >= COPY_OVERLAP:
        return Verdict.PART
    return None


@dataclass(frozen=True)
class Overlap:
    """Another document sharing passages with ours, and the shares each way."""

    other: int
    ours_in_it: float
    its_in_ours: float

    @property
    def verdict(self) -> Verdict | None:
        return judge(self.ours_in_it, self.its_in_ours)


def pack(keys: Sequence[Passage]) -> bytes:
    """A document's passage keys as stored in `documents.passages` (signed 64-bit pairs)."""
    return array("q", [half for key in keys for half in key]).tobytes()


def unpack(blob: bytes | None) -> list[Passage]:
    """The passage keys of `pack`."""
    values = array("q")
    values.frombytes(blob or b"")
    return list(zip(values[::2], values[1::2], strict=True))


class PassageIndex:
    """The postings table over one connection, and the containment relations it yields."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def add(self, doc_id: int, keys: Sequence[Passage]) -> None:
        if not keys:
            return
        self.conn.executemany(
            "INSERT OR IGNORE INTO passages (hash, document_id) VALUES (?, ?)",
            [(value, doc_id) for value in passage_hashes(keys)],
        )

    def remove(self, doc_id: int, keys: Sequence[Passage]) -> None:
        """Delete a document's postings and relations, found by key."""
        self.conn.executemany(
            "DELETE FROM passages WHERE hash = ? AND document_id = ?",
            [(value, doc_id) for value in passage_hashes(keys)],
        )
        self.conn.execute(
            "DELETE FROM relations WHERE document_id = ? OR other_id = ?", (doc_id, doc_id)
        )

    def overlaps(self, doc_id: int, keys: Sequence[Passage]) -> list[Overlap]:
        """Documents sharing at least MIN_SHARED_PASSAGES passages with ours.

        Half hashes held by more than MAX_POSTINGS documents are skipped: counting at most
        MAX_POSTINGS + 1 of their rows bounds what one lookup reads.
        """
        if len(keys) < MIN_SHARED_PASSAGES:
            return []
        rows = self.conn.execute(
            "SELECT p.document_id, p.hash FROM json_each(?) AS j "
            "JOIN passages p ON p.hash = j.value "
            "WHERE p.document_id != ? AND (SELECT COUNT(*) FROM "
            " (SELECT 1 FROM passages q WHERE q.hash = j.value LIMIT ?)) <= ?",
            (json.dumps(sorted(passage_hashes(keys))), doc_id, MAX_POSTINGS + 1, MAX_POSTINGS),
        )
        found_in: dict[int, set[int]] = {}
        for other, value in rows:
            found_in.setdefault(other, set()).add(value)
        found = []
        for other, hashes in found_in.items():
            if len(hashes) < MIN_SHARED_PASSAGES:
                continue  # each shared passage brings one or two of these
            count = shared_passages(keys, hashes)
            if count < MIN_SHARED_PASSAGES:
                continue
            theirs = self.conn.execute(
                "SELECT passage_count FROM documents WHERE id = ?", (other,)
            ).fetchone()[0]
            found.append(Overlap(other, count / len(keys), count / max(theirs, count)))
        return found

    def relate(self, doc_id: int, overlaps: Sequence[Overlap]) -> None:
        """Record partial copies: one document mostly inside a longer one, not both ways."""
        for overlap in overlaps:
            if overlap.verdict is Verdict.CONTAINED:
                pair = (doc_id, overlap.other, round(overlap.ours_in_it, 3))
            elif overlap.verdict is Verdict.CONTAINS:
                pair = (overlap.other, doc_id, round(overlap.its_in_ours, 3))
            else:
                continue
            self.conn.execute(
                "INSERT OR REPLACE INTO relations (document_id, other_id, overlap) VALUES (?, ?, ?)",
                pair,
            )
