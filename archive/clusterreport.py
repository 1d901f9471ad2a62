"""Cluster reports: who republished what, and when.

Each cluster of copies (archive/clusters.py) with its canonical copy and every other
copy, each with its simhash distance to the canonical copy and the passages they share,
and the partial copies (`relations`: one document mostly inside another) of its
documents. Read-only; clusters are streamed largest first.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from typing import Any

from essaytext.fingerprint import passage_hashes, shared_passages

from .passages import unpack
from .store import Archive

# The columns reported; an archive of an older schema may lack the last two (read as NULL).
_COLUMNS = ("id", "url", "site", "title", "published", "first_fetched_at", "script", "distance")
_LATER = ("passages", "gone_at")


def has_site(archive: Archive, site: str) -> bool:
    """Whether any document is of this site (host[:port]) or sites.toml source."""
    row = archive.conn.execute(
        "SELECT 1 FROM documents WHERE site = ? OR source = ? LIMIT 1", (site, site)
    ).fetchone()
    return row is not None


def cluster_reports(
    archive: Archive, *, min_size: int = 2, site: str | None = None
) -> Iterator[dict[str, Any]]:
    """Clusters of at least `min_size` documents (with one on `site`, if given), largest first.

    One query streams the members of every cluster reported, each cluster's canonical copy
    first, then its copies earliest first (published, else first fetched).
    """
    present = archive.db["documents"].columns_dict
    columns = [f"d.{c}" for c in _COLUMNS] + [
        f"d.{c}" if c in present else f"NULL AS {c}" for c in _LATER
    ]
    where = ""
    params: dict[str, Any] = {"min_size": min_size}
    if site is not None:
        where = (
            "WHERE cluster IN (SELECT cluster FROM documents WHERE site = :site OR source = :site)"
        )
        params["site"] = site
    cursor = archive.conn.execute(
        "WITH sizes AS (SELECT cluster, COUNT(*) AS size FROM documents "
        f"{where} GROUP BY cluster HAVING COUNT(*) >= :min_size) "
        f"SELECT {', '.join(columns)}, d.cluster, d.id = c.canonical_id AS is_canonical "
        "FROM sizes s JOIN documents d ON d.cluster = s.cluster JOIN clusters c ON c.id = s.cluster "
        "ORDER BY s.size DESC, s.cluster, is_canonical DESC, "
        "coalesce(d.published, d.first_fetched_at), d.id",
        params,
    )
    names = [column[0] for column in cursor.description]
    rows = (dict(zip(names, row, strict=True)) for row in cursor)
    related = archive.conn.execute("SELECT 1 FROM relations LIMIT 1").fetchone() is not None
    for cluster_id, members in itertools.groupby(rows, key=lambda row: row["cluster"]):
        yield cluster_report(archive, cluster_id, list(members), related=related)


def cluster_report(
    archive: Archive, cluster_id: int, members: list[dict[str, Any]], *, related: bool = True
) -> dict[str, Any]:
    """One cluster from its members, canonical copy first: its copies and relations."""
    canonical, copies = members[0], members[1:]
    keys = unpack(canonical["passages"]) if copies else []
    hashes = passage_hashes(keys)
    reported = []
    for row in copies:
        theirs = unpack(row["passages"])
        reported.append(
            {
                **document_fields(row),
                "distance": row["distance"],
                "copy_in_canonical": _share(shared_passages(theirs, hashes), len(theirs)),
                "canonical_in_copy": _share(
                    shared_passages(keys, passage_hashes(theirs)), len(keys)
                ),
            }
        )
    return {
        "cluster": cluster_id,
        "size": len(members),
        "canonical": document_fields(canonical),
        "copies": reported,
        "relations": relations(archive, [row["id"] for row in members]) if related else [],
    }


def relations(archive: Archive, ids: list[int]) -> list[dict[str, Any]]:
    """The partial copies among these documents, each seen from its member of `ids`:
    `contained_in` (the member is mostly inside the other) or `contains`."""
    found: list[dict[str, Any]] = []
    for relation, member, other in (
        ("contained_in", "document_id", "other_id"),
        ("contains", "other_id", "document_id"),
    ):
        found += archive.db.query(
            f"SELECT d.url, '{relation}' AS relation, o.url AS other, o.cluster AS other_cluster, "
            "r.overlap FROM relations r "
            f"JOIN documents d ON d.id = r.{member} JOIN documents o ON o.id = r.{other} "
            f"WHERE r.{member} IN (SELECT value FROM json_each(?)) ORDER BY d.url, o.url",
            [json.dumps(ids)],
        )
    return found


def document_fields(row: dict[str, Any]) -> dict[str, Any]:
    """What a report says of one document: where, when, in which script."""
    return {
        "url": row["url"],
        "site": row["site"],
        "title": row["title"],
        "published": row["published"],
        "first_fetched_at": row["first_fetched_at"],
        "script": row["script"],
        "gone_at": row.get("gone_at"),
    }


def _share(count: int, total: int) -> float | None:
    """A share of passages, rounded; None for a document without passages."""
    return round(count / total, 3) if total else None
