"""Derived data rebuilt from what an archive stores: fingerprints after a scheme change, the index."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from essaytext.fingerprint import SCHEME, fingerprints

from .index import to_signed
from .meta import get_meta, set_meta
from .passages import pack

if TYPE_CHECKING:
    from .store import Archive

logger = logging.getLogger(__name__)


def refingerprint(archive: Archive) -> None:
    """Recompute fingerprints from the stored texts after a scheme change or a migration.

    Clusters stay as they are (they were verified when formed); distances to each
    canonical copy are measured again. One transaction; the index is rebuilt after it.
    """
    conn = archive.conn
    if get_meta(conn, "fingerprint_scheme") == SCHEME:
        return
    with archive.db.atomic():
        conn.execute("DELETE FROM passages")
        rows = conn.execute("SELECT id, text FROM documents").fetchall()
        if rows:
            logger.info("%s: re-fingerprinting %d documents (%s)", archive.path, len(rows), SCHEME)
        for doc_id, text in rows:
            found = fingerprints(text, archive.ngram)
            archive.passages.add(doc_id, found.passages)
            conn.execute(
                "UPDATE documents SET simhash = ?, passage_count = ?, passages = ? WHERE id = ?",
                (to_signed(found.simhash), len(found.passages), pack(found.passages), doc_id),
            )
        for (cluster_id,) in conn.execute("SELECT id FROM clusters").fetchall():
            archive.clusters.measure(cluster_id)
        set_meta(conn, "fingerprint_scheme", SCHEME)
        conn.execute("DELETE FROM meta WHERE key = 'simhash_index'")


def reindex(archive: Archive) -> None:
    """Rebuild the block index when its layout is not the threshold's (or it is missing)."""
    layout = archive.index.layout.describe()
    if get_meta(archive.conn, "simhash_index") == layout:
        return
    with archive.db.atomic():
        archive.index.rebuild(archive.conn.execute("SELECT id, simhash FROM documents").fetchall())
        archive.conn.execute("DELETE FROM meta WHERE key = 'simhash_blocks'")  # schema 2's key
        set_meta(archive.conn, "simhash_index", layout)
