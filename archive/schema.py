"""The archive's tables, their migrations, and the settings an archive keeps in `meta`."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import sqlite_utils

from crawler import settings as defaults
from essaytext.essay import Essay, essay_url

from .connection import connect
from .index import to_signed
from .meta import get_meta, set_meta
from .migrations import migrate
from .passages import pack
from .records import ArchiveDamaged, ArchiveError, NotAnArchive, Page


def settle(
    db: sqlite_utils.Database,
    path: Path,
    *,
    readonly: bool,
    ngram: int | None,
    threshold: int | None,
) -> tuple[int, int]:
    """Read (and for a writer, migrate and record) an archive's schema and fingerprint settings.

    The settings are checked before anything is migrated: a refused open leaves the file
    as it was.
    """
    if readonly and get_meta(db.conn, "schema_version") is None:
        raise NotAnArchive(f"{path} is not an essay archive (no schema version)")
    chosen = fingerprint_settings(db.conn, path, ngram=ngram, threshold=threshold)
    if not readonly:
        db.enable_wal()
        migrate(db)
        set_meta(db.conn, "simhash_ngram", str(chosen[0]))
        set_meta(db.conn, "simhash_threshold", str(chosen[1]))
    return chosen


def fingerprint_settings(
    conn: sqlite3.Connection, path: object, *, ngram: int | None, threshold: int | None
) -> tuple[int, int]:
    """The n-gram size and threshold to use: what the archive keeps, or what a writer asks.

    The n-gram size is fixed when an archive is made; a writer may change the threshold
    (the index is then rebuilt). Both are kept in `meta`, so readers report them; a new
    archive without either takes the project's default (crawler/settings.py).
    """
    stored_ngram, stored_threshold = _stored_settings(conn)
    if ngram is not None and stored_ngram is not None and ngram != stored_ngram:
        raise ArchiveError(
            f"{path} holds fingerprints of {stored_ngram}-grams; crawl with "
            f"SIMHASH_NGRAM={stored_ngram} (got {ngram}), or start a new archive"
        )
    if ngram is not None and ngram < 1:
        raise ArchiveError(f"the n-gram size (SIMHASH_NGRAM) must be at least 1, got {ngram}")
    if threshold is not None and not 0 <= threshold <= 63:
        raise ArchiveError(
            f"the threshold (SIMHASH_THRESHOLD) must be between 0 and 63, got {threshold}"
        )
    chosen_ngram = stored_ngram or ngram or defaults.SIMHASH_NGRAM
    chosen_threshold = next(
        t for t in (threshold, stored_threshold, defaults.SIMHASH_THRESHOLD) if t is not None
    )
    return chosen_ngram, chosen_threshold


def _stored_settings(conn: sqlite3.Connection) -> tuple[int | None, int | None]:
    """The n-gram size and threshold an archive keeps; schema 3 kept only the index layout."""
    ngram, threshold = get_meta(conn, "simhash_ngram"), get_meta(conn, "simhash_threshold")
    layout = get_meta(conn, "simhash_index")  # "mih-3x1": 3 blocks probed within 1 bit
    if threshold is None and layout and layout.startswith("mih-"):
        blocks, radius = (int(part) for part in layout[4:].split("x"))
        threshold = str(2 * blocks - 1 if radius else blocks - 1)
    return (int(ngram) if ngram else None), (int(threshold) if threshold else None)


# The documents table's columns that `document_row` fills, in its order.
DOCUMENT_COLUMNS = (
    "url", "page_url", "site", "source", "title", "author", "published", "text", "script",
    "simhash", "fetched_at", "status", "encoding", "media_type", "passage_count", "passages",
)  # fmt: skip


def document_row(page: Page, essay: Essay) -> dict[str, Any]:
    """The documents table's columns for one essay of a page (its fingerprints included)."""
    assert essay.fingerprints is not None
    simhash, keys = essay.fingerprints.simhash, essay.fingerprints.passages
    values = (
        essay_url(page.url, essay), page.url, page.site, page.source, essay.title,
        essay.author, essay.published, essay.text, essay.script, to_signed(simhash),
        page.fetched_at, page.status, page.encoding, page.media_type, len(keys), pack(keys),
    )  # fmt: skip
    return dict(zip(DOCUMENT_COLUMNS, values, strict=True))


def peek(path: Path) -> dict[str, str]:
    """An archive's meta table, read without leaving a trace where it can.

    A closed archive is read as an immutable file (no -wal/-shm files made); one with a
    write-ahead log (a crawl running, or killed) is read through it, so what the log
    holds counts. Empty for a missing file or a new one; ArchiveError for a file that is
    not an archive or is damaged.
    """
    if not path.exists():
        return {}
    conn = connect(path, write=False, peek=not Path(f"{path}-wal").exists())
    try:
        return dict(conn.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):  # a new, empty database
            return {}
        raise ArchiveError(f"cannot read {path}: {exc}") from exc
    except sqlite3.DatabaseError as exc:
        raise ArchiveDamaged(f"{path} is damaged: {exc}") from exc
    finally:
        conn.close()
