"""Copying a writer's write-ahead log into the archive file beside it, on a thread of its own.

SQLite's automatic checkpoint runs inside the COMMIT that grows the log past 1,000
pages: the writer stops to copy every page its batch changed into the file and to wait
for that file's fsync. In a large archive a batch changes thousands of scattered index
pages, and that stop was a third of the time of an add. Here a thread with a connection
of its own copies committed pages while the writer goes on (SQLite allows one checkpoint
beside one writer; both are plain SQLite, so a crash is as safe as ever).

The log is only started again from its beginning by a commit that began after a
checkpoint had copied all of it, which a thread running behind the writer never quite
achieves: so once the log holds `LOG_LIMIT` frames, the writer copies the last batch
itself (all else is already copied) and the log starts over.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

logger = logging.getLogger(__name__)

# Frames (pages) in the log before the writer checkpoints itself: at most 64 MiB of log.
LOG_LIMIT = 16384
# Seconds between background checkpoints at most: small batches are copied together.
PAUSE = 0.5


class Checkpointer:
    """A background checkpoint of one archive file, woken after each commit.

    If a checkpoint fails (a full disk), the thread stops and the writer checkpoints as
    SQLite does by default.
    """

    def __init__(self, path: Path, writer: sqlite3.Connection) -> None:
        self.writer = writer
        self.frames = 0  # frames in the log at the last checkpoint
        self.failed = False
        self._wake = threading.Event()
        self._closing = threading.Event()
        self._copying = threading.Lock()  # one checkpoint at a time: none is refused as busy
        self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._conn.execute("PRAGMA busy_timeout = 5000")
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        # A log started over is cut back to this size (it keeps its largest size otherwise).
        writer.execute(f"PRAGMA journal_size_limit = {LOG_LIMIT * 4096}")
        self._thread = threading.Thread(target=self._run, name="archive-checkpoint", daemon=True)
        self._thread.start()

    def committed(self) -> None:
        """After a commit: wake the thread; start the log over once it is long."""
        try:
            if self.failed:
                self.writer.execute("PRAGMA wal_autocheckpoint = 1000")
            elif self.frames >= LOG_LIMIT:
                with self._copying:  # after the thread's copy: only this batch is left
                    (busy,) = self.writer.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[:1]
                if not busy:  # all copied: the next commit starts the log over
                    self.frames = 0
        except sqlite3.Error as exc:  # the commit is durable; the next write reports the disk
            logger.warning("checkpoint failed: %s", exc)
        self._wake.set()

    def _run(self) -> None:
        while not self._closing.is_set():
            self._wake.wait()
            self._wake.clear()
            if self._closing.is_set():
                return
            try:
                with self._copying:
                    busy, frames, _ = self._conn.execute(
                        "PRAGMA wal_checkpoint(PASSIVE)"
                    ).fetchone()
            except sqlite3.Error as exc:
                logger.warning("background checkpoint stopped: %s", exc)
                self.failed = True
                return
            if not busy:
                self.frames = frames
            self._closing.wait(PAUSE)

    def close(self) -> None:
        """Stop the thread and close its connection (the writer's close then checkpoints)."""
        self._closing.set()
        self._wake.set()
        self._thread.join()
        self._conn.close()
