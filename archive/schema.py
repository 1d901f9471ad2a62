"""The archive's tables, their migrations, and the settings an archive keeps in `meta`."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import sqlite_utils
from sqlite_utils.migrations import Migrations

from crawler import settings as defaults
from essaytext.essay import Essay
from essaytext.page import essay_url

from .connection import APPLICATION_ID, connect
from .index import to_signed
from .passages import pack
from .records import ArchiveDamaged, ArchiveError, NotAnArchive, Page

SCHEMA_VERSION = 6

_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS clusters (
    id INTEGER PRIMARY KEY,
    canonical_id INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    page_url TEXT NOT NULL,
    site TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    title TEXT,
    author TEXT,
    published TEXT,
    text TEXT NOT NULL,
    script TEXT NOT NULL,
    simhash INTEGER NOT NULL,
    cluster INTEGER NOT NULL REFERENCES clusters(id),
    distance INTEGER,
    fetched_at TEXT NOT NULL,
    first_fetched_at TEXT NOT NULL,
    status INTEGER NOT NULL,
    encoding TEXT NOT NULL,
    media_type TEXT NOT NULL DEFAULT 'text/html',
    passage_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS documents_cluster ON documents(cluster);
CREATE INDEX IF NOT EXISTS documents_site ON documents(site);
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY,
    headers TEXT NOT NULL,
    body BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS passages (
    hash INTEGER NOT NULL,
    document_id INTEGER NOT NULL,
    PRIMARY KEY (hash, document_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS relations (
    document_id INTEGER NOT NULL,  -- contained in
    other_id INTEGER NOT NULL,     -- this longer document
    overlap REAL NOT NULL,         -- share of document_id's passages found in other_id
    PRIMARY KEY (document_id, other_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS relations_other ON relations(other_id)
"""

migrations = Migrations("essay-archive")


@migrations()
def m001_tables(db: sqlite_utils.Database) -> None:
    """The tables of schema 3; an archive of schema 1 or 2 gets its passage column."""
    for statement in _TABLES.split(";"):
        db.execute(statement)
    columns = db.table("documents").columns_dict
    if "sentences" in columns:  # schema 2
        db.execute("ALTER TABLE documents RENAME COLUMN sentences TO passage_count")
    elif "passage_count" not in columns:  # schema 1
        db.execute("ALTER TABLE documents ADD COLUMN passage_count INTEGER NOT NULL DEFAULT 0")
        db.execute("DELETE FROM meta WHERE key = 'fingerprint_scheme'")
    db.execute("DROP INDEX IF EXISTS passages_document")  # re-crawls delete by key


@migrations()
def m002_stored_passages(db: sqlite_utils.Database) -> None:
    """Each document keeps its passage keys, so a re-crawl removes its postings without
    recomputing them; the archive is re-fingerprinted once to fill them in."""
    if "passages" not in db.table("documents").columns_dict:
        db.execute("ALTER TABLE documents ADD COLUMN passages BLOB")
    db.execute("DELETE FROM meta WHERE key = 'fingerprint_scheme'")


@migrations()
def m003_site_templates(db: sqlite_utils.Database) -> None:
    """What each host repeats on its pages (archive/templates.py), kept between crawls."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS template_hosts (host TEXT PRIMARY KEY, pages INTEGER NOT NULL)"
    )
    db.execute(
        "CREATE TABLE IF NOT EXISTS template_keys (host TEXT NOT NULL, kind TEXT NOT NULL, "
        "key TEXT NOT NULL, pages INTEGER NOT NULL, PRIMARY KEY (host, kind, key)) WITHOUT ROWID"
    )
    db.execute(  # the pages counted, so that a re-crawl counts nothing twice
        "CREATE TABLE IF NOT EXISTS template_pages (host TEXT NOT NULL, page INTEGER NOT NULL, "
        "PRIMARY KEY (host, page)) WITHOUT ROWID"
    )


@migrations()
def m004_versions_and_runs(db: sqlite_utils.Database) -> None:
    """Scheduled crawls: each document's version, when it was last seen and when it went;
    earlier versions in a history; each page's validators; each crawl run a row."""
    documents = db.table("documents").columns_dict
    for column, kind in (("version", "INTEGER NOT NULL DEFAULT 1"), ("gone_at", "TEXT"),
                         ("last_seen_at", "TEXT")):  # fmt: skip
        if column not in documents:
            db.execute(f"ALTER TABLE documents ADD COLUMN {column} {kind}")
    db.execute("UPDATE documents SET last_seen_at = fetched_at WHERE last_seen_at IS NULL")
    db.execute("CREATE INDEX IF NOT EXISTS documents_page ON documents(page_url)")
    pages = db.table("pages").columns_dict
    for column in ("etag", "last_modified", "fetched_at"):
        if column not in pages:
            db.execute(f"ALTER TABLE pages ADD COLUMN {column} TEXT")
    db.execute(  # validators of the pages stored before (Scrapy title-cases header names)
        "UPDATE pages SET etag = json_extract(headers, '$.Etag'), "
        "last_modified = json_extract(headers, '$.\"Last-Modified\"') WHERE etag IS NULL"
    )
    db.execute(
        "UPDATE pages SET fetched_at = (SELECT MAX(d.fetched_at) FROM documents d "
        "WHERE d.page_url = pages.url) WHERE fetched_at IS NULL"
    )
    db.execute(
        "CREATE TABLE IF NOT EXISTS versions (document_id INTEGER NOT NULL, "
        "version INTEGER NOT NULL, title TEXT, author TEXT, published TEXT, text TEXT NOT NULL, "
        "fetched_at TEXT NOT NULL, replaced_at TEXT NOT NULL, headers TEXT, body BLOB, "
        "PRIMARY KEY (document_id, version)) WITHOUT ROWID"
    )
    db.execute(
        "CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, "
        "ended_at TEXT, status TEXT NOT NULL, pid INTEGER NOT NULL, settings TEXT NOT NULL, "
        "counts TEXT NOT NULL)"
    )


def migrate(db: sqlite_utils.Database) -> None:
    """Bring an archive (new, or of an older release) to SCHEMA_VERSION."""
    stored = get_meta(db.conn, "schema_version")
    if stored is not None and int(stored) > SCHEMA_VERSION:
        raise ArchiveError(
            f"the archive has schema {stored}, newer than this release's {SCHEMA_VERSION}: "
            "upgrade essay-archive to write it"
        )
    # First: a file killed half-way through its first migration is still known as ours.
    if db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.apply(db)
    if stored != str(SCHEMA_VERSION):
        set_meta(db.conn, "schema_version", str(SCHEMA_VERSION))


def get_meta(conn: sqlite3.Connection, key: str) -> str | None:
    """A value of the meta table, or None (also when there is no meta table yet)."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    except sqlite3.OperationalError:
        return None
    return str(row[0]) if row else None


def set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    """Set a value of the meta table (inside the caller's transaction, if any)."""
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))


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


def document_row(page: Page, essay: Essay) -> dict[str, Any]:
    """The documents table's columns for one essay of a page (its fingerprints included)."""
    assert essay.fingerprints is not None
    simhash, keys = essay.fingerprints.simhash, essay.fingerprints.passages
    return {
        "url": essay_url(page.url, essay),
        "page_url": page.url,
        "site": page.site,
        "source": page.source,
        "title": essay.title,
        "author": essay.author,
        "published": essay.published,
        "text": essay.text,
        "script": essay.script,
        "simhash": to_signed(simhash),
        "fetched_at": page.fetched_at,
        "status": page.status,
        "encoding": page.encoding,
        "media_type": page.media_type,
        "passage_count": len(keys),
        "passages": pack(keys),
    }


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
