"""Opening an archive file: what it is, whether it is sound, and who may write it."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import socket
import sqlite3
import sys
from datetime import datetime, timezone
from pathlib import Path

from .records import ArchiveBusy, ArchiveDamaged, ArchiveError, NotAnArchive

# PRAGMA application_id of an essay archive ("ESSA"): set on every archive this release writes.
APPLICATION_ID = 0x45535341
_SQLITE_HEADER = b"SQLite format 3\x00"
# Tables that mark an archive written before application_id was set.
_LEGACY_TABLES = {"documents", "clusters", "meta"}
# SQLite result codes (primary) of errors that will repeat for every later write.
_FATAL_CODES = {
    3,  # SQLITE_PERM
    8,  # SQLITE_READONLY
    10,  # SQLITE_IOERR
    11,  # SQLITE_CORRUPT
    13,  # SQLITE_FULL
    14,  # SQLITE_CANTOPEN
    26,  # SQLITE_NOTADB
}
# A writer's page cache (KiB; SQLite's default is 2 MiB). A large archive's indexes outgrow
# any cache a crawler can spare, but 16 MiB holds the upper levels of every B-tree and the
# pages being appended to: at a million documents, 7% more adds a second than 2 MiB and as
# many as 32 or 64 MiB (benchmarks/dedup.py).
CACHE_KIB = 16384
_FATAL_WORDS = ("disk is full", "disk i/o error", "malformed", "readonly", "not a database")


def is_fatal(exc: BaseException) -> bool:
    """Whether a write error will repeat (disk full, I/O error, damage) rather than hit one row."""
    if not isinstance(exc, sqlite3.Error):
        return False
    code = getattr(exc, "sqlite_errorcode", None)  # Python 3.11+
    if code is not None:
        return code & 0xFF in _FATAL_CODES
    return any(word in str(exc).lower() for word in _FATAL_WORDS)


def file_identity(path: Path) -> tuple[int, int] | None:
    """Which file a path names now (device, inode), or None when there is none."""
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_dev, found.st_ino


def _check_path(path: Path, *, write: bool) -> None:
    if path.is_dir():
        raise NotAnArchive(f"{path} is a directory, not an archive file")
    if not path.parent.is_dir():
        raise ArchiveError(f"cannot open {path}: folder {path.parent} does not exist")
    if not path.exists():
        if not write:
            raise ArchiveError(f"no archive at {path}")
        return
    # Never open() the file here: closing any descriptor of a file drops every POSIX lock
    # this process holds on it, those of an SQLite connection already open on it included
    # (a crawl's writer), and SQLite may then take its write-ahead log for abandoned.
    if not path.stat().st_size and not write:
        raise NotAnArchive(f"{path} is an empty file, not an essay archive")


def _not_sqlite(path: Path) -> bool:
    """Whether a file SQLite refused lacks SQLite's header (read only after that refusal:
    SQLite holds no lock on a file it could not read)."""
    with path.open("rb") as file:
        header = file.read(len(_SQLITE_HEADER))
    return bool(header) and header != _SQLITE_HEADER


def _check_archive(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a database that is not an archive; an empty one is a new archive."""
    if conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID:
        return
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if tables and not tables >= _LEGACY_TABLES:
        shown = ", ".join(sorted(tables)[:5])
        raise NotAnArchive(
            f"{path} is an SQLite database but not an essay archive (tables: {shown}); "
            "nothing was written to it"
        )


def quick_check(conn: sqlite3.Connection) -> str:
    """SQLite's quick_check: "ok", or its first complaint, on one line."""
    try:
        found = str(conn.execute("PRAGMA quick_check(1)").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        found = str(exc)
    return " ".join(found.replace("***", "").split())


def connect(path: Path, *, write: bool, peek: bool = False) -> sqlite3.Connection:
    """A connection to an archive file, refused with one clear line when it is not one.

    Nothing is written here. A reader opens read-only; on a read-only folder or medium,
    where SQLite cannot make the WAL's shared-memory file, it opens the file as immutable
    (sound when the crawl closed cleanly: its WAL was merged). `peek` opens it immutable
    at once, leaving no -wal/-shm files beside it (a glance at its meta table).
    """
    _check_path(path, write=write)
    try:
        conn = _open(path, write=write, peek=peek)
        _check_archive(conn, path)
    except sqlite3.OperationalError as exc:
        if write and not (os.access(path.parent, os.W_OK) and os.access(path, os.W_OK)):
            raise ArchiveError(f"cannot write {path}: the file or its folder is read-only") from exc
        raise ArchiveError(f"cannot open {path}: {exc}") from exc
    except sqlite3.DatabaseError as exc:
        if _not_sqlite(path):
            raise NotAnArchive(f"{path} is not an SQLite file, so not an essay archive") from exc
        raise ArchiveDamaged(f"{path} is damaged or not an archive: {exc}") from exc
    return conn


def check_sound(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse an archive that SQLite's quick_check finds damaged."""
    problem = quick_check(conn)
    if problem != "ok":
        conn.close()
        raise ArchiveDamaged(f"{path} is damaged (quick_check: {problem})")


def tune(conn: sqlite3.Connection) -> None:
    """A writer's page cache (CACHE_KIB of SQLite pages; the default is 2 MiB), and its
    temporary files in memory.

    A document may be written in a savepoint of its own (archive/replay.py), and SQLite keeps the page a
    savepoint first changes in a journal of its own: in memory up to 64 KiB, then in a
    temporary file. A document changes a dozen pages or more (its row, six indexes, the
    block index, its page and fetch rows), so every add wrote and read a temporary file;
    in memory the journal is dropped at RELEASE. An add at 300,000 documents took 278 µs
    instead of 316 (benchmarks/dedup.py's adds). Sorts go to memory too: the largest a
    writer makes (reprocess's list of pages) is a list it then holds in Python anyway.
    """
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute("PRAGMA temp_store = MEMORY")


def _open(path: Path, *, write: bool, peek: bool) -> sqlite3.Connection:
    if peek:
        return sqlite3.connect(f"{_uri(path)}?mode=ro&immutable=1", uri=True, isolation_level=None)
    if write:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 5000")
        return conn
    try:
        conn = sqlite3.connect(f"{_uri(path)}?mode=ro", uri=True, isolation_level=None)
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        wal = Path(f"{path}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise ArchiveError(
                f"cannot read {path}: its write-ahead log {wal.name} holds unmerged changes "
                "and the folder is read-only; open it once where it can be written"
            ) from None
        return sqlite3.connect(f"{_uri(path)}?mode=ro&immutable=1", uri=True, isolation_level=None)


def _uri(path: Path) -> str:
    """The file's URI, escaped: a '#' or '%' in a file name is part of the name."""
    return path.absolute().as_uri()


class WriterLock:
    """One writer per archive: an exclusive lock on `ARCHIVE.lock`, released by the OS on exit.

    The lock file names its holder (pid, host, start time, command), so a second crawl can
    say who holds the archive. A crawl killed with SIGKILL holds nothing: the kernel drops
    its lock with the process.
    """

    def __init__(self, path: Path) -> None:
        # Beside the file itself: two names of one archive (a symlink) share one lock.
        self.archive = path.resolve()
        self.path = Path(f"{self.archive}.lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        try:  # never through a symlink: the lock file is written
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
        except OSError as exc:
            raise ArchiveError(f"cannot write beside the archive ({self.path}): {exc}") from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 4096).decode("utf-8", "replace")
            os.close(fd)
            raise ArchiveBusy(
                f"{self.archive} is being written by another process "
                f"({_describe(holder)}); wait for it to finish"
            ) from None
        found = os.read(fd, 4096)
        if found and not found.startswith(b'{"pid": '):  # another program's file: keep out
            os.close(fd)
            raise ArchiveError(
                f"{self.path} exists and is not an archive lock; move it away to write {self.archive}"
            )
        self._fd = fd
        with contextlib.suppress(OSError):  # naming the holder is a courtesy (a full disk)
            os.ftruncate(fd, 0)
            os.pwrite(fd, json.dumps(_holder()).encode("utf-8"), 0)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the lock
            self._fd = None


def _holder() -> dict[str, object]:
    return {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "started": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        # A password given in a URL (user:password@) is never written down.
        "command": re.sub(r"//[^/@\s]*@", "//", _command_line())[:300],
    }


def _command_line() -> str:
    """This process's command line as it was started (Scrapy pops its command from argv)."""
    try:
        raw = Path("/proc/self/cmdline").read_bytes()
        return " ".join(part.decode("utf-8", "replace") for part in raw.split(b"\0") if part)
    except OSError:
        return " ".join(sys.argv)


def _describe(holder: str) -> str:
    try:
        info = json.loads(holder)
        return f"pid {info['pid']} on {info['host']}, since {info['started']}: {info['command']}"
    except (ValueError, KeyError, TypeError):
        return "holder unknown"
