"""Writing one document: new, seen again unchanged, or a new version of a changed page."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from essaytext.essay import Essay

from .clusters import copies
from .index import to_unsigned
from .passages import unpack
from .records import Page, Placement
from .schema import DOCUMENT_COLUMNS, document_row
from .versions import SAME_VERSION, keep_version, mark_seen

if TYPE_CHECKING:
    from .store import Archive

_EXISTING = (
    f"SELECT id, simhash, cluster, passages, version, {', '.join(SAME_VERSION)} "
    "FROM documents WHERE url = ?"
)
_NEXT_ID = "SELECT coalesce(max(id), 0) + 1 FROM documents"
# A new document is written whole: its id and cluster known.
_NEW_COLUMNS = (*DOCUMENT_COLUMNS, "first_fetched_at", "last_seen_at", "id", "cluster")
_INSERT = (
    f"INSERT INTO documents ({', '.join(_NEW_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(_NEW_COLUMNS))})"
)


class NextId:
    """The id a new document gets: one past the largest (as SQLite would give it), read
    once and then counted on, as the writer holds the archive's lock; read again after
    a rollback (`forget`). The read took 2.6 µs an add at a million documents."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._next: int | None = None

    def peek(self) -> int:
        """The id the next new document gets."""
        if self._next is None:
            self._next = int(self.conn.execute(_NEXT_ID).fetchone()[0])
        return self._next

    def used(self, doc_id: int) -> None:
        """A new document was written with this id."""
        self._next = doc_id + 1

    def forget(self) -> None:
        """After a rollback: read the largest id again."""
        self._next = None


def store_document(archive: Archive, page: Page, essay: Essay, place_again: bool) -> Placement:
    """Write one document (upsert by URL) and place it among its copies.

    A new URL is stored; the same essay fetched again is only seen again; a changed one
    keeps its earlier version in the history and is placed again; `place_again`
    (reprocess) re-places it without making a version.
    """
    row = document_row(page, essay)
    existing = archive.conn.execute(_EXISTING, (row["url"],)).fetchone()
    if existing is None:
        return _store_new(archive, page, essay, row)
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
    cluster = _place(archive, essay, doc_id, old_cluster)
    if old_cluster != cluster:
        archive.clusters.leave(old_cluster)
    # dataclasses.replace costs as much as a statement: only when the change is not the default
    return replace(archive.clusters.placement(doc_id, created=False), change=change)


def _store_new(archive: Archive, page: Page, essay: Essay, row: dict[str, Any]) -> Placement:
    """Place a new document before writing it, so its row is written once, in its cluster.

    Nothing it is placed by can see it: it has no postings yet.
    """
    assert essay.fingerprints is not None
    simhash, keys = essay.fingerprints.simhash, essay.fingerprints.passages
    archive.pages.put(page)
    clusters = archive.clusters
    # The id SQLite would give it (one past the largest), taken now to found its cluster.
    doc_id = archive.ids.peek()
    overlaps = archive.passages.overlaps(doc_id, keys)
    matches = copies(archive.index.near(simhash, exclude_id=doc_id), overlaps)
    cluster = clusters.cluster_of(matches[0]) if matches else clusters.found(doc_id)
    fetched_at = page.fetched_at
    archive.conn.execute(_INSERT, (*row.values(), fetched_at, fetched_at, doc_id, cluster))
    archive.ids.used(doc_id)
    if matches:
        clusters.joined(cluster, doc_id)
    archive.search.add(doc_id, essay.text)
    archive.passages.relate(doc_id, overlaps)
    archive.index.add(doc_id, simhash)
    archive.passages.add(doc_id, keys)
    if matches:
        return clusters.placement(doc_id, created=True)
    # Alone in a new cluster: its canonical copy.
    return Placement(doc_id, row["url"], cluster, None, None, created=True)


def _place(archive: Archive, essay: Essay, doc_id: int, old_cluster: int) -> int:
    """Place a stored document again (its text changed, or reprocess); its cluster."""
    assert essay.fingerprints is not None
    simhash, keys = essay.fingerprints.simhash, essay.fingerprints.passages
    overlaps = archive.passages.overlaps(doc_id, keys)
    near = archive.index.near(simhash, exclude_id=doc_id)
    cluster = archive.clusters.place(doc_id, near, overlaps, was_in=old_cluster)
    archive.passages.relate(doc_id, overlaps)
    archive.index.add(doc_id, simhash)
    archive.passages.add(doc_id, keys)
    return cluster
