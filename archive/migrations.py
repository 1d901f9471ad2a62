"""The archive's tables and their migrations (sqlite_utils `Migrations`), in order."""

from __future__ import annotations

import sqlite_utils
from sqlite_utils.migrations import Migrations

from .connection import APPLICATION_ID
from .fetchlog import fill as fill_fetch_log
from .meta import get_meta, set_meta
from .recent import TABLE as RECENT_TABLE
from .records import ArchiveError
from .search_index import build as build_search_index

SCHEMA_VERSION = 8

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


@migrations()
def m005_search_index(db: sqlite_utils.Database) -> None:
    """Full-text search for Chinese: every document's bigrams in an FTS5 table (archive/search.py)."""
    build_search_index(db.conn)


@migrations()
def m006_fetch_log(db: sqlite_utils.Database) -> None:
    """Each fetch of a stored page, for WARC export (archive/fetchlog.py); an existing
    archive's log is made from its pages and versions."""
    fill_fetch_log(db.conn)


@migrations()
def m007_browsing_indexes(db: sqlite_utils.Database) -> None:
    """Indexes for browsing (Datasette sorts documents by date and counts them by script):
    without them both read every row, texts included."""
    db.execute("CREATE INDEX IF NOT EXISTS documents_published ON documents(published)")
    db.execute("CREATE INDEX IF NOT EXISTS documents_script ON documents(script)")


@migrations()
def m008_recent_fingerprints(db: sqlite_utils.Database) -> None:
    """New fingerprints wait in a table of their own and are merged into the block index
    in batches (archive/recent.py); an existing archive's are all in the index."""
    db.execute(RECENT_TABLE)


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
