"""Writing a batch's documents without a savepoint each, and again when one of them fails.

A savepoint costs more than its two statements: SQLite copies every page a document
first changes in it (its row, six indexes, the page, fetch, cluster and fingerprint
rows) into a journal of its own, so that the document can be rolled back alone. At a
million documents an add took about 15% longer in one. Documents fail alone very rarely,
so a writer keeps instead what the open batch did (each document's and mark's writes, as
a call that makes them again); when a document fails, the whole transaction is rolled
back and the batch's earlier writes made again, in order, from the same state: the same
ids, clusters and rows. The failing document alone is missing, as with a savepoint.

That holds only while the batch's transaction holds nothing else: a write made on the
connection besides these calls (a template, a mark that failed half-way) is seen in the
connection's change count, a change of schema (a trigger) by an authorizer that SQLite
asks when it prepares a statement (only then: the statements an add runs are prepared
once), and the rest of that batch is written a savepoint a document, as before. So is a
batch past `REPLAY_BYTES` of pages. Reading `PRAGMA schema_version` at each add took 3 µs.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from essaytext.essay import Essay

from .connection import is_fatal
from .records import Page, Placement, WriteFailed
from .writing import store_document

if TYPE_CHECKING:
    from .store import Archive

# The pages a batch keeps to write again (a crawl's batch of 50 pages holds about 5 MiB).
REPLAY_BYTES = 64 << 20
# The authorizer's actions that change the schema.
_SCHEMA_ACTIONS = frozenset(
    getattr(sqlite3, name)
    for name in dir(sqlite3)
    if name.startswith(("SQLITE_CREATE_", "SQLITE_DROP_"))
    or name in ("SQLITE_ALTER_TABLE", "SQLITE_REINDEX")
)


class Replay:
    """The open batch's writes, as calls that make them again, while they can be."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._calls: list[Callable[[], object]] = []
        self._bytes = 0
        self._state: int | None = None  # the connection's change count after the last call
        conn.set_authorizer(self._authorize)

    def begin(self) -> None:
        """A batch's transaction has begun: nothing is kept yet."""
        self._calls, self._bytes = [], 0
        self._state = self.conn.total_changes

    def end(self) -> None:
        """The batch was committed or rolled back: a transaction begun elsewhere is not ours."""
        self._calls, self._bytes, self._state = [], 0, None

    def possible(self) -> bool:
        """Whether the next write may go without a savepoint: the transaction holds only
        what the kept calls made (once not, not again until the next batch)."""
        if self._bytes > REPLAY_BYTES or self._state != self.conn.total_changes:
            self._state = None
        return self._state is not None

    def kept(self, call: Callable[[], object], size: int = 0) -> None:
        """A write was made without a savepoint: `call` makes it again (`size`: its page's bytes)."""
        self._calls.append(call)
        self._bytes += size
        if self._state is not None:  # else the schema changed meanwhile
            self._state = self.conn.total_changes

    def again(self) -> None:
        """Make the kept writes again, in order (the transaction was rolled back and begun
        again); what a call raises means the batch cannot be written."""
        calls, size = self._calls, self._bytes
        self.begin()
        for call in calls:
            call()
        self._calls, self._bytes, self._state = calls, size, self.conn.total_changes

    def _authorize(self, action: int, *_: str | None) -> int:
        if action in _SCHEMA_ACTIONS:
            self._state = None  # a schema change in the batch: not made again
        return sqlite3.SQLITE_OK


def write(archive: Archive, page: Page, essay: Essay, place_again: bool) -> Placement:
    """Store a document in the open batch so that, if it fails, it alone is rolled back:
    without a savepoint while the batch can be written again, else in one."""
    if not archive.replay.possible():
        return _in_savepoint(archive, page, essay, place_again)
    try:
        placement = store_document(archive, page, essay, place_again)
    except Exception as exc:
        if not is_fatal(exc):
            _write_again(archive)
        raise
    call = functools.partial(store_document, archive, page, essay, place_again)
    archive.replay.kept(call, len(page.body))
    return placement


def _write_again(archive: Archive) -> None:
    """Roll the batch back and make its kept writes again (a document failed among them)."""
    archive.search.clear()
    archive.index.forget()
    archive.ids.forget()
    archive.pages.forget_last()
    conn = archive.conn
    if conn.in_transaction:  # a failed statement may have ended it
        conn.execute("ROLLBACK")
    conn.execute("BEGIN IMMEDIATE")
    try:
        archive.replay.again()
    except Exception as exc:
        raise WriteFailed(
            f"cannot write {archive.path} again after a failed document: {exc}",
            reason=str(exc),
            lost=archive.abandon(),
        ) from exc


def _in_savepoint(archive: Archive, page: Page, essay: Essay, place_again: bool) -> Placement:
    """Store a document in a savepoint of its own: if it fails, it alone is rolled back.

    A fixed name: `db.atomic()`'s random ones are prepared anew (24 µs a document, not 8).
    """
    conn = archive.conn
    conn.execute("SAVEPOINT document")
    mark = archive.search.mark()
    try:
        placement = store_document(archive, page, essay, place_again)
    except BaseException:
        archive.search.undo(mark)
        archive.index.forget()
        archive.ids.forget()
        if conn.in_transaction:  # a failed statement may have ended it
            conn.execute("ROLLBACK TO document")
            conn.execute("RELEASE document")
        raise
    conn.execute("RELEASE document")
    return placement
