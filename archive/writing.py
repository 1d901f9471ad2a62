"""Writing one document: new, seen again unchanged, or a new version of a changed page."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from essaytext.essay import Essay

from .index import to_unsigned
from .passages import unpack
from .records import Page, Placement
from .schema import document_row
from .versions import SAME_VERSION, keep_version, mark_seen

if TYPE_CHECKING:
    from .store import Archive


def store_document(archive: Archive, page: Page, essay: Essay, place_again: bool) -> Placement:
    """Write one document (upsert by URL) and place it among its copies.

    A new URL is stored; the same essay fetched again is only seen again; a changed one
    keeps its earlier version in the history and is placed again; `place_again`
    (reprocess) re-places it without making a version.
    """
    assert essay.fingerprints is not None
    simhash, keys = essay.fingerprints.simhash, essay.fingerprints.passages
    row = document_row(page, essay)
    existing = archive.conn.execute(
        "SELECT id, simhash, cluster, passages, version, "
        + ", ".join(SAME_VERSION)
        + " FROM documents WHERE url = ?",
        (row["url"],),
    ).fetchone()
    change = "stored"
    if existing is not None:
        doc_id, old_simhash, old_cluster, old_passages, version, *before = existing
        same = before == [row[column] for column in SAME_VERSION]
        if same and not place_again:  # fetched again, unchanged: only "last seen"
            archive.pages.put(page)
            mark_seen(archive.conn, doc_id, page.fetched_at, page.status)
            archive.clusters.elect(old_cluster)
            return replace(archive.clusters.placement(doc_id, created=False), change="unchanged")
        change = "updated" if place_again else "changed"
        if change == "changed":  # the earlier version (and its raw page) go to history
            before_page = archive.pages.replaced(page.url, page.fetched_at)
            version = keep_version(archive.conn, doc_id, page.fetched_at, before_page)
            row.update(last_seen_at=page.fetched_at, gone_at=None)
        row["version"] = version
        archive.pages.put(page)
        assignments = ", ".join(f"{column} = ?" for column in row)
        archive.conn.execute(
            f"UPDATE documents SET {assignments} WHERE id = ?", [*row.values(), doc_id]
        )
        archive.search.change(doc_id, before[0], essay.text)  # before[0]: the old text
        if before[0] == essay.text and not place_again:
            archive.clusters.elect(old_cluster)
            return replace(archive.clusters.placement(doc_id, created=False), change=change)
        archive.index.remove(doc_id, to_unsigned(old_simhash))
        archive.passages.remove(doc_id, unpack(old_passages))
    else:
        archive.pages.put(page)
        row.update(
            first_fetched_at=page.fetched_at,
            last_seen_at=page.fetched_at,
            cluster=0,
            distance=None,
        )
        cursor = archive.conn.execute(
            f"INSERT INTO documents ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()),
        )
        doc_id, old_cluster = int(cursor.lastrowid or 0), None
        archive.search.add(doc_id, essay.text)
    overlaps = archive.passages.overlaps(doc_id, keys)
    near = archive.index.near(simhash, exclude_id=doc_id)
    cluster = archive.clusters.place(doc_id, near, overlaps, was_in=old_cluster)
    archive.passages.relate(doc_id, overlaps)
    archive.index.add(doc_id, simhash)
    archive.passages.add(doc_id, keys)
    if old_cluster is not None and old_cluster != cluster:
        archive.clusters.leave(old_cluster)
    placement = archive.clusters.placement(doc_id, created=existing is None)
    # dataclasses.replace costs as much as a statement: only when the change is not the default
    return placement if placement.change == change else replace(placement, change=change)
