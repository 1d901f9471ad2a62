"""The archive façade: one SQLite file (WAL) holding every copy of every essay with its provenance."""

from __future__ import annotations

import sqlite3
import time
from collections import Counter
from collections.abc import Collection, Iterator
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import Any

import sqlite_utils

from crawler import settings as defaults
from essaytext.essay import Essay, essay_url

from . import export, rebuild, replay, stats
from .checkpoint import Checkpointer
from .clusters import Clusters
from .connection import WriterLock, check_sound, connect, file_identity, is_fatal, tune
from .index import SimhashIndex
from .meta import set_meta
from .pages import RawPages
from .passages import PassageIndex
from .records import ArchiveError, DocumentFailed, Page, Placement, WriteFailed, check_batching
from .replay import Replay
from .schema import settle
from .search_index import PendingSearch
from .search_index import keep_current as keep_search_index
from .versions import mark_page
from .writing import NextId
from .written import Written


class Archive:
    """An archive file, as a context manager. Writes go through `add`, batched; reads stream.

    A writer holds the archive's lock (one crawl at a time), rolls a failing document
    back alone (archive/replay.py) and commits every
    `batch_size` documents or `commit_seconds`, whichever comes first. The n-gram size
    and threshold an archive was built with are kept in it: a reader reports them, a
    writer checks the n-gram size and rebuilds the index for a new threshold.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        threshold: int | None = None,
        ngram: int | None = None,
        batch_size: int = defaults.ARCHIVE_BATCH_SIZE,
        commit_seconds: float = defaults.ARCHIVE_COMMIT_SECONDS,
        readonly: bool = False,
        check: bool = True,
    ) -> None:
        self.path = Path(path)
        self.readonly = readonly
        check_batching(batch_size, commit_seconds)
        self.batch_size = batch_size
        self.commit_seconds = commit_seconds
        # stored, changed, unchanged, updated (reprocess), gone, seen: what commits made durable.
        self.committed: Counter[str] = Counter()
        self._marks: Counter[str] = Counter()
        self.written = Written()  # the documents this writer committed
        self._pending: list[Placement] = []
        self.search = PendingSearch()  # the batch's search-index changes, written at commit
        self._opened_at = 0.0
        self._lock = None if readonly else WriterLock(self.path)
        self._checkpointer: Checkpointer | None = None
        new_file = not self.path.exists()
        self.conn = connect(self.path, write=not readonly)
        self.db = sqlite_utils.Database(self.conn)
        try:
            if self._lock is not None:
                self._lock.acquire()  # before anything slow: a second crawl is refused at once
            if check:
                check_sound(self.conn, self.path)
            self._file_id = file_identity(self.path)
            self.ngram, self.threshold = settle(
                self.db, self.path, readonly=readonly, ngram=ngram, threshold=threshold
            )
            self.index = SimhashIndex(self.conn, self.threshold, held=not readonly)
            self.passages = PassageIndex(self.conn)
            self.clusters = Clusters(self.conn)
            self.pages = RawPages(self.conn)
            self.replay = Replay(self.conn)
            self.ids = NextId(self.conn)
            if not readonly:
                rebuild.refingerprint(self)
                rebuild.reindex(self)
                keep_search_index(self.db)
                tune(self.conn)
                self._checkpointer = Checkpointer(self.path, self.conn)
        except BaseException as exc:
            self._shut()
            if new_file and self.path.exists() and not self.path.stat().st_size:
                self.path.unlink()  # a refused open leaves nothing behind
            if isinstance(exc, sqlite3.Error):
                raise ArchiveError(f"cannot open {self.path}: {exc}") from exc
            raise

    # --- writing ---

    def add(self, page: Page, essay: Essay, *, place_again: bool = False) -> Placement:
        """Store one essay of a page (upsert by URL) and place it in its cluster of copies.

        A re-crawl of the same text keeps its place, unless `place_again` (reprocess).

        Raises DocumentFailed when this document alone could not be stored (it was rolled
        back, the batch goes on) and WriteFailed when writing cannot go on (disk full, I/O
        error, damage): the open batch is then rolled back, its URLs in `lost`.
        """
        if essay.fingerprints is None:
            raise DocumentFailed(f"{essay_url(page.url, essay)}: the essay has no fingerprints")
        try:
            self._begin()
            placement = replay.write(self, page, essay, place_again)
        except WriteFailed:
            raise
        except Exception as exc:
            self.pages.forget_last()
            if is_fatal(exc):
                raise WriteFailed(
                    f"cannot write {self.path} (storing {essay_url(page.url, essay)}): {exc}",
                    reason=str(exc),
                    lost=self.abandon(),
                ) from exc
            raise DocumentFailed(f"{essay_url(page.url, essay)}: {exc!r}") from exc
        self._pending.append(placement)
        if len(self._pending) >= self.batch_size:
            self.commit()
        else:
            self.commit_if_due()
        return placement

    def commit_if_due(self) -> list[Placement]:
        """Commit the open batch if it is older than `commit_seconds`."""
        if self._pending and time.monotonic() - self._opened_at >= self.commit_seconds:
            return self.commit()
        return []

    def commit(self) -> list[Placement]:
        """Commit the open batch; return what it held, now durable."""
        if self._file_id != file_identity(self.path):  # deleted or replaced under the crawl
            raise WriteFailed(
                f"{self.path} was deleted or replaced while it was being written",
                reason="the archive file is gone",
                lost=self.abandon(),
            )
        if self.conn.in_transaction:
            try:
                self.search.write(self.conn)
                self.index.merge_if_due()
                self.conn.execute("COMMIT")
                self.replay.end()
            except Exception as exc:
                raise WriteFailed(
                    f"cannot write {self.path}: {exc}", reason=str(exc), lost=self.abandon()
                ) from exc
        if self._checkpointer is not None:
            self._checkpointer.committed()
        done, self._pending = self._pending, []
        for placement in done:
            self.committed[placement.change] += 1
            self.written.add(placement.document_id)
        self.committed.update(self._marks)
        self._marks.clear()
        return done

    def abandon(self) -> tuple[str, ...]:
        """Roll the open batch back; the URLs of the documents it held."""
        lost = tuple(placement.url for placement in self._pending)
        self._pending = []
        self._marks.clear()
        self.search.clear()
        self.index.forget()
        self.ids.forget()
        self.pages.forget_last()
        self.replay.end()
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
        return lost

    def mark(self, page_url: str, at: str, *, gone: bool, keep: Collection[str] = ()) -> None:
        """A page answered "not modified" (`gone` False: its documents were seen at `at`), or
        no longer yields its documents (`gone`: all but `keep` are marked gone, never
        deleted). Counted when committed (`seen`, `gone`)."""
        self._begin()
        again = self.replay.possible()
        name, count = mark_page(self.conn, page_url, at, gone=gone, keep=keep)
        if again:
            self.replay.kept(partial(mark_page, self.conn, page_url, at, gone=gone, keep=(*keep,)))
        self._marks[name] += count

    def _begin(self) -> None:
        """Begin a batch if none is open: IMMEDIATE takes SQLite's write lock now instead of
        failing half-way."""
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
            self._opened_at = time.monotonic()
            self.replay.begin()

    def mark_created_by(self, maker: str) -> None:
        """Say who made the archive when it was not a crawl (`meta.created_by`; the demo)."""
        set_meta(self.conn, "created_by", maker)

    # --- reading ---

    def rows(self, selection: export.Selection | None = None) -> Iterator[dict[str, Any]]:
        """Archived documents (all, or a selection: sites, dates, clusters, a query) joined
        with their cluster's canonical copy, streamed in id order."""
        return export.rows(self.db, selection)

    def stats(self) -> dict[str, Any]:
        """Counts of documents, clusters and duplicates, overall and per site."""
        return stats.counts(self.db)

    # --- closing ---

    def close(self) -> None:
        """Commit what is pending and close the file (also when the commit fails)."""
        try:
            if not self.readonly:
                self.commit()
                # Now, not per batch: a later, earlier-published copy makes a canonical a copy.
                self.committed["duplicates"] = self.clusters.copies_among(self.written.chunks())
        finally:
            self._shut()

    def _shut(self) -> None:
        try:
            if self._checkpointer is not None:
                self._checkpointer.close()
            self.conn.close()
        finally:
            if self._lock is not None:
                self._lock.release()

    def __enter__(self) -> Archive:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
