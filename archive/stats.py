"""Counts of an archive: documents, clusters, duplicates, overall and per site."""

from __future__ import annotations

from typing import Any

import sqlite_utils


def counts(db: sqlite_utils.Database) -> dict[str, Any]:
    """Documents, clusters, duplicates, clusters with copies, and the same per site."""
    documents, clusters, duplicates = db.execute(
        "SELECT COUNT(*), COUNT(DISTINCT d.cluster), COALESCE(SUM(d.id != c.canonical_id), 0) "
        "FROM documents d JOIN clusters c ON c.id = d.cluster"
    ).fetchone()
    (with_copies,) = db.execute(
        "SELECT COUNT(*) FROM (SELECT cluster FROM documents GROUP BY cluster HAVING COUNT(*) > 1)"
    ).fetchone()
    per_site = list(
        db.query(
            "SELECT d.site, COUNT(*) AS documents, SUM(d.id != c.canonical_id) AS duplicates "
            "FROM documents d JOIN clusters c ON c.id = d.cluster GROUP BY d.site ORDER BY d.site"
        )
    )
    return {
        "documents": documents,
        "clusters": clusters,
        "duplicates": duplicates,
        "clusters_with_copies": with_copies,
        "sites": per_site,
    }
