"""Copies of a text the user holds (read by archive/match_input.py): fingerprint
it as the crawl does and answer from the archive's own simhash and passage indexes.

A document is a copy when simhash puts it within the archive's threshold and shared
passages do not say otherwise, or when most passages are shared both ways (the crawl's
rule, archive/clusters.py); it contains the text, or is contained in it, when shared
passages say so (archive/passages.py `judge`). The other members of a copy's cluster are
copies too: the crawl placed them with it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from essaytext.fingerprint import SCHEME, fingerprints

from .clusterreport import document_fields
from .index import MASK64, to_unsigned
from .match_input import MatchError, Text, read_texts
from .meta import get_meta
from .passages import Overlap
from .records import Verdict
from .store import Archive

__all__ = ["Match", "MatchError", "Text", "check_fingerprints", "match_text", "read_texts"]


@dataclass(frozen=True)
class Match:
    """An archived document and what it is to the text.

    `kind`: "copy", "contains" (the document contains the text) or "contained_in" (the
    document is contained in the text); `via`: "simhash", "passages" or "cluster" (in the
    cluster of a copy). The overlaps are shares of passages, None when fewer than
    MIN_SHARED_PASSAGES are shared.
    """

    kind: str
    via: str
    distance: int
    text_in_document: float | None
    document_in_text: float | None
    document: dict[str, Any]

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "via": self.via,
            "distance": self.distance,
            "text_in_document": _rounded(self.text_in_document),
            "document_in_text": _rounded(self.document_in_text),
            **self.document,
        }


# --- reading the input ---


# --- matching ---


def check_fingerprints(archive: Archive) -> None:
    """Refuse an archive fingerprinted by another scheme: its answers would be wrong."""
    stored = get_meta(archive.conn, "fingerprint_scheme")
    if stored is not None and stored != SCHEME:
        raise MatchError(
            f"{archive.path} holds fingerprints of another scheme ({stored}); "
            f"run python -m archive reprocess --db {archive.path} first"
        )


def match_text(archive: Archive, text: str) -> list[Match]:
    """Every archived copy of a text, every document containing it or contained in it,
    earliest first (published, else first fetched)."""
    found = fingerprints(text, archive.ngram)
    # No document has id 0: nothing of ours is excluded.
    overlaps = {o.other: o for o in archive.passages.overlaps(0, found.passages)}
    how: dict[int, tuple[str, str]] = {}
    for doc_id, _ in archive.index.near(found.simhash):
        verdict = overlaps[doc_id].verdict if doc_id in overlaps else None
        if verdict in (None, Verdict.COPY):  # shared passages may veto a simhash match
            how[doc_id] = ("copy", "simhash")
    kinds = {Verdict.COPY: "copy", Verdict.CONTAINED: "contains", Verdict.CONTAINS: "contained_in"}
    for overlap in overlaps.values():
        if overlap.verdict in kinds and overlap.other not in how:
            how[overlap.other] = (kinds[overlap.verdict], "passages")
    copies = [doc_id for doc_id, (kind, _) in how.items() if kind == "copy"]
    for (doc_id,) in archive.conn.execute(
        "SELECT id FROM documents WHERE cluster IN "
        "(SELECT DISTINCT cluster FROM documents WHERE id IN (SELECT value FROM json_each(?)))",
        (json.dumps(copies),),
    ):
        how.setdefault(doc_id, ("copy", "cluster"))
    matches = [
        _match(row, how[row["id"]], found.simhash, overlaps.get(row["id"]))
        for row in _documents(archive, list(how))
    ]
    matches.sort(
        key=lambda m: (
            m.document["published"] or m.document["first_fetched_at"] or "",
            m.document["url"],
        )
    )
    return matches


def _documents(archive: Archive, ids: list[int]) -> list[dict[str, Any]]:
    return list(
        archive.db.query(
            "SELECT d.*, d.id = c.canonical_id AS is_canonical FROM documents d "
            "JOIN clusters c ON c.id = d.cluster WHERE d.id IN (SELECT value FROM json_each(?))",
            (json.dumps(ids),),
        )
    )


def _match(
    row: dict[str, Any], how: tuple[str, str], simhash: int, overlap: Overlap | None
) -> Match:
    return Match(
        kind=how[0],
        via=how[1],
        distance=((to_unsigned(row["simhash"]) ^ simhash) & MASK64).bit_count(),
        text_in_document=overlap.ours_in_it if overlap else None,
        document_in_text=overlap.its_in_ours if overlap else None,
        document={
            **document_fields(row),
            "cluster": row["cluster"],
            "canonical": bool(row["is_canonical"]),
        },
    )


def _rounded(share: float | None) -> float | None:
    return None if share is None else round(share, 3)
