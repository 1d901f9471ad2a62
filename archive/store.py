"""The archive: one SQLite file (WAL) holding every copy of every essay with its provenance."""

from __future__ import annotations

import json
import logging
import sqlite3
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from essaytext.fingerprint import (
    SCHEME,
    Passage,
    fingerprint,
    passage_hashes,
    passage_keys,
    shared_passages,
)

from .index import MASK64, Layout, to_signed, to_unsigned

logger = logging.getLogger(__name__)

SCHEMA_VERSION = 3
DEFAULT_NGRAM = 4
# Passage overlap (share of a document's passages found in another) that makes:
COPY_OVERLAP = 0.6  # both ways: a copy, even where simhash is too far (dropped paragraphs, cuts)
CONTAINED_OVERLAP = 0.8  # one way: the document is contained in the other (a compilation page)
MIN_SHARED_PASSAGES = 3
# A passage in more documents than this is boilerplate the clutter rules missed (a
# disclaimer, a slogan), not evidence of a copy, and reading its postings would make
# every lookup slower as the archive grows. A copy republished this often is still
# found by simhash and by its other passages.
MAX_POSTINGS = 1000


def judge(ours_in_it: float, its_in_ours: float) -> str | None:
    """What passage overlap says of two documents.

    "copy": most passages shared both ways. "contained" (ours in it) or "contains" (it in
    ours): most of one inside the other, not the other way round; recorded as a relation.
    "part": more than COPY_OVERLAP of one shared, but not both ways: not a copy, even when
    simhash puts the two close. None: too little shared to say.
    """
    if min(ours_in_it, its_in_ours) >= COPY_OVERLAP:
        return "copy"
    if ours_in_it >= CONTAINED_OVERLAP:
        return "contained"
    if its_in_ours >= CONTAINED_OVERLAP:
        return "contains"
    if max(ours_in_it, its_in_ours) >= COPY_OVERLAP:
        return "part"
    return None


class ArchiveError(Exception):
    """The archive file cannot be used as asked (wrong settings, not an archive)."""


@dataclass(frozen=True)
class Document:
    """What the crawl hands the archive for one essay."""

    url: str
    site: str
    title: str | None
    author: str | None
    published: str | None
    text: str
    script: str
    simhash: int
    fetched_at: str
    source: str = ""
    page_url: str = (
        ""  # the fetched page, when the document is one essay of it (url has a #fragment)
    )
    status: int = 200
    encoding: str = "utf-8"
    media_type: str = "text/html"
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""


@dataclass(frozen=True)
class Placement:
    """Where the archive put a document: its cluster, canonical copy and distance to it."""

    document_id: int
    cluster: int
    duplicate_of: str | None
    distance: int | None
    created: bool


_SCHEMA = """
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
CREATE INDEX IF NOT EXISTS relations_other ON relations(other_id);
"""


# The simhash block index: derived from documents.simhash, rebuilt when its layout changes.
# The fingerprint rides along so a lookup reads candidates without touching documents.
_INDEX_SCHEMA = """
CREATE TABLE simhash_blocks (
    block INTEGER NOT NULL,
    value INTEGER NOT NULL,
    document_id INTEGER NOT NULL,
    simhash INTEGER NOT NULL,
    PRIMARY KEY (block, value, document_id)
) WITHOUT ROWID;
"""


class Archive:
    """An archive file. Writes go through `add`, batched in transactions; reads stream."""

    def __init__(
        self,
        path: str | Path,
        *,
        threshold: int = 5,
        ngram: int | None = None,
        batch_size: int = 50,
        commit_seconds: float = 5.0,
        readonly: bool = False,
    ) -> None:
        self.path = Path(path)
        if readonly and not self.path.exists():
            raise ArchiveError(f"no archive at {self.path}")
        if not 0 <= threshold <= 63:
            raise ArchiveError(f"threshold must be between 0 and 63, got {threshold}")
        if readonly:
            # Readers never take the write lock: exports run beside a crawl under WAL.
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=30)
            self.db = sqlite_utils.Database(conn)
        else:
            self.db = sqlite_utils.Database(self.path)
        self.db.execute("PRAGMA busy_timeout = 30000")
        self.threshold = threshold
        self.layout = Layout.for_threshold(threshold)
        self.batch_size = max(1, batch_size)
        self.commit_seconds = commit_seconds
        self._pending = 0
        self._opened_at = 0.0
        self._last_page: str | None = None
        if readonly:
            self._check_is_archive()
            return
        self.db.enable_wal()
        # IF NOT EXISTS: on an older archive this adds the new tables; _migrate the columns.
        self.db.executescript(_SCHEMA)
        self._migrate()
        if self._meta("schema_version") != str(SCHEMA_VERSION):
            self._set_meta("schema_version", str(SCHEMA_VERSION))
        self._check_ngram(ngram)
        self._refingerprint()
        if self._meta("simhash_index") != self.layout.describe():
            self._reindex()

    # --- set-up ---

    def _meta(self, key: str) -> str | None:
        rows = list(self.db.query("SELECT value FROM meta WHERE key = ?", [key]))
        return str(rows[0]["value"]) if rows else None

    def _set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])
        self.db.conn.commit()

    def _check_is_archive(self) -> None:
        if "documents" not in self.db.table_names():
            raise ArchiveError(f"{self.path} is not an essay archive (no documents table)")

    def _check_ngram(self, ngram: int | None) -> None:
        stored = self._meta("simhash_ngram")
        if ngram is None:
            return
        if stored is None:
            self._set_meta("simhash_ngram", str(ngram))
        elif int(stored) != ngram:
            raise ArchiveError(
                f"{self.path} holds fingerprints of {stored}-grams; crawl with SIMHASH_NGRAM={stored} "
                f"(got {ngram}), or start a new archive"
            )

    def _migrate(self) -> None:
        """Bring an older archive's columns up to date (version 1: none; version 2: renamed).

        The new tables exist already (executescript would commit half-way); the passages
        themselves are written by `_refingerprint`, which an older archive always needs.
        """
        columns = self.db.table("documents").columns_dict
        if "passage_count" in columns:
            return
        with self.db.atomic():
            if "sentences" in columns:
                self.db.execute("ALTER TABLE documents RENAME COLUMN sentences TO passage_count")
            else:
                self.db.execute(
                    "ALTER TABLE documents ADD COLUMN passage_count INTEGER NOT NULL DEFAULT 0"
                )
            self.db.execute("DROP INDEX IF EXISTS passages_document")  # re-crawls delete by key
            self.db.execute("DELETE FROM meta WHERE key = 'fingerprint_scheme'")

    def _refingerprint(self) -> None:
        """Recompute fingerprints and passages from the stored texts after a scheme change.

        Clusters stay as they are (they were verified when formed); distances to each
        canonical copy are measured again. One transaction, then the index is rebuilt.
        """
        if self._meta("fingerprint_scheme") == SCHEME:
            return
        ngram = int(self._meta("simhash_ngram") or DEFAULT_NGRAM)
        with self.db.atomic():
            self.db.execute("DELETE FROM passages")
            rows = self.db.conn.execute("SELECT id, text FROM documents").fetchall()
            if rows:
                logger.info("%s: re-fingerprinting %d documents (%s)", self.path, len(rows), SCHEME)
            for doc_id, text in rows:
                keys = passage_keys(text)
                self._write_passages(doc_id, keys)
                self.db.execute(
                    "UPDATE documents SET simhash = ?, passage_count = ? WHERE id = ?",
                    [to_signed(fingerprint(text, ngram)), len(keys), doc_id],
                )
            for (cluster_id,) in self.db.conn.execute("SELECT id FROM clusters").fetchall():
                self._measure_distances(cluster_id)
            self.db.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('fingerprint_scheme', ?)",
                [SCHEME],
            )
            self.db.execute("DELETE FROM meta WHERE key = 'simhash_index'")

    def _reindex(self) -> None:
        """Rebuild the block index for the current layout (the threshold or layout changed)."""
        with self.db.atomic():
            self.db.execute("DROP TABLE IF EXISTS simhash_blocks")
            self.db.execute(_INDEX_SCHEMA)
            for doc_id, value in self.db.conn.execute("SELECT id, simhash FROM documents"):
                self._write_blocks(doc_id, to_unsigned(value))
            self.db.execute("DELETE FROM meta WHERE key = 'simhash_blocks'")  # version 2's key
            self.db.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('simhash_index', ?)",
                [self.layout.describe()],
            )

    # --- writing ---

    def _begin(self) -> None:
        if not self.db.conn.in_transaction:
            # IMMEDIATE takes the write lock now, waiting on busy_timeout, instead of failing later.
            self.db.execute("BEGIN IMMEDIATE")
            self._opened_at = time.monotonic()

    def flush(self) -> None:
        """Commit the open batch, if any."""
        if self.db.conn.in_transaction:
            self.db.conn.commit()
        self._pending = 0

    def close(self) -> None:
        """Commit what is pending and close the file."""
        self.flush()
        self.db.close()

    def add(self, doc: Document) -> Placement:
        """Store a document (upsert by URL) and place it in its near-duplicate cluster."""
        self._begin()
        try:
            placement = self._add(doc)
        except BaseException:
            self.db.conn.rollback()
            self._pending = 0
            raise
        self._pending += 1
        if (
            self._pending >= self.batch_size
            or time.monotonic() - self._opened_at >= self.commit_seconds
        ):
            self.flush()
        return placement

    def _add(self, doc: Document) -> Placement:
        existing = self._first(
            "SELECT id, simhash, cluster, first_fetched_at, text FROM documents WHERE url = ?",
            [doc.url],
        )
        row: dict[str, Any] = {
            "url": doc.url,
            "page_url": doc.page_url or doc.url,
            "site": doc.site,
            "source": doc.source,
            "title": doc.title,
            "author": doc.author,
            "published": doc.published,
            "text": doc.text,
            "script": doc.script,
            "simhash": to_signed(doc.simhash),
            "fetched_at": doc.fetched_at,
            "status": doc.status,
            "encoding": doc.encoding,
            "media_type": doc.media_type,
        }
        keys = passage_keys(doc.text)
        row["passage_count"] = len(keys)
        if existing is not None and existing["text"] == doc.text:
            # A re-crawl of the same text keeps its place.
            doc_id = existing["id"]
            self.db.table("documents").update(doc_id, row)
            self._write_page(doc)
            self._elect_canonical(existing["cluster"])
            return self._placement(doc_id, created=False)
        if existing is None:
            row.update(first_fetched_at=doc.fetched_at, cluster=0, distance=None)
            # Plain SQL on the hot path: Table.insert costs half of an add in Python alone.
            columns = ", ".join(row)
            cursor = self.db.conn.execute(
                f"INSERT INTO documents ({columns}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
            doc_id = int(cursor.lastrowid or 0)
            old_cluster = None
        else:
            doc_id = existing["id"]
            old_cluster = existing["cluster"]
            self.db.table("documents").update(doc_id, row)
            # Its old index rows, found by key: no per-document index to keep up.
            self._delete_blocks(doc_id, to_unsigned(existing["simhash"]))
            self.db.conn.executemany(
                "DELETE FROM passages WHERE hash = ? AND document_id = ?",
                [(value, doc_id) for value in passage_hashes(passage_keys(existing["text"]))],
            )
            self.db.execute(
                "DELETE FROM relations WHERE document_id = ? OR other_id = ?", [doc_id, doc_id]
            )
        overlaps = self._overlaps(doc_id, keys)
        self._assign_cluster(doc_id, doc.simhash, overlaps)
        self._record_containment(doc_id, overlaps)
        self._write_blocks(doc_id, doc.simhash)
        self._write_passages(doc_id, keys)
        self._write_page(doc)
        if old_cluster is not None:
            self._repair_cluster(old_cluster)
        return self._placement(doc_id, created=existing is None)

    def _overlaps(self, doc_id: int, keys: list[Passage]) -> list[tuple[int, float, float]]:
        """(other id, share of ours in it, share of its in ours) for documents sharing passages.

        Half hashes held by more than MAX_POSTINGS documents are skipped: counting at most
        MAX_POSTINGS + 1 of their rows bounds what one lookup reads.
        """
        if len(keys) < MIN_SHARED_PASSAGES:
            return []
        rows = self.db.conn.execute(
            "SELECT p.document_id, p.hash FROM json_each(?) AS j "
            "JOIN passages p ON p.hash = j.value "
            "WHERE p.document_id != ? AND (SELECT COUNT(*) FROM "
            " (SELECT 1 FROM passages q WHERE q.hash = j.value LIMIT ?)) <= ?",
            (json.dumps(sorted(passage_hashes(keys))), doc_id, MAX_POSTINGS + 1, MAX_POSTINGS),
        )
        found_in: dict[int, set[int]] = {}
        for other, value in rows:
            found_in.setdefault(other, set()).add(value)
        found = []
        for other, hashes in found_in.items():
            if len(hashes) < MIN_SHARED_PASSAGES:
                continue  # each shared passage brings one or two of these
            count = shared_passages(keys, hashes)
            if count < MIN_SHARED_PASSAGES:
                continue
            theirs = self.db.conn.execute(
                "SELECT passage_count FROM documents WHERE id = ?", (other,)
            ).fetchone()[0]
            found.append((other, count / len(keys), count / max(theirs, count)))
        return found

    def _record_containment(self, doc_id: int, overlaps: list[tuple[int, float, float]]) -> None:
        """Partial copies: one document's passages mostly inside a longer one, not both ways."""
        for other, ours_in_it, its_in_ours in overlaps:
            kind = judge(ours_in_it, its_in_ours)
            if kind == "contained":
                pair = (doc_id, other, round(ours_in_it, 3))
            elif kind == "contains":
                pair = (other, doc_id, round(its_in_ours, 3))
            else:
                continue
            self.db.execute(
                "INSERT OR REPLACE INTO relations (document_id, other_id, overlap) VALUES (?, ?, ?)",
                list(pair),
            )

    def _write_passages(self, doc_id: int, keys: list[Passage]) -> None:
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO passages (hash, document_id) VALUES (?, ?)",
            [(value, doc_id) for value in passage_hashes(keys)],
        )

    def _assign_cluster(
        self, doc_id: int, simhash: int, overlaps: list[tuple[int, float, float]]
    ) -> None:
        kinds = {other: judge(ours, theirs) for other, ours, theirs in overlaps}
        # A page holding an essay among others can sit near it in simhash (the essay's
        # repeated phrases outweigh the rest): passages show a part, not a copy.
        matches = [
            doc
            for doc, _ in self.near(simhash, exclude_id=doc_id)
            if kinds.get(doc) not in ("contained", "contains", "part")
        ]
        # Copies simhash cannot reach (a dropped paragraph, a cut) share most passages both ways.
        matches += [
            other
            for other, ours, theirs in sorted(overlaps, key=lambda o: -min(o[1], o[2]))
            if kinds[other] == "copy"
        ]
        if matches:
            nearest_id = matches[0]
            cluster = self._first("SELECT cluster FROM documents WHERE id = ?", [nearest_id])
            assert cluster is not None
            cluster_id = cluster["cluster"]
            canonical = self._first(
                "SELECT d.simhash FROM clusters c JOIN documents d ON d.id = c.canonical_id WHERE c.id = ?",
                [cluster_id],
            )
            assert canonical is not None
            distance = (to_unsigned(canonical["simhash"]) ^ simhash).bit_count()
            self.db.execute(
                "UPDATE documents SET cluster = ?, distance = ? WHERE id = ?",
                [cluster_id, distance, doc_id],
            )
            self._elect_canonical(cluster_id)
        else:
            cursor = self.db.conn.execute(
                "INSERT INTO clusters (canonical_id) VALUES (?)", (doc_id,)
            )
            cluster_id = int(cursor.lastrowid or 0)
            self.db.execute(
                "UPDATE documents SET cluster = ?, distance = NULL WHERE id = ?",
                [cluster_id, doc_id],
            )

    def _repair_cluster(self, cluster_id: int) -> None:
        """After a member left a cluster: drop it if empty, else keep a canonical that is a member."""
        members = list(
            self.db.query(
                "SELECT id, simhash FROM documents WHERE cluster = ? ORDER BY id", [cluster_id]
            )
        )
        if not members:
            self.db.execute("DELETE FROM clusters WHERE id = ?", [cluster_id])
            return
        self._elect_canonical(cluster_id)

    def _elect_canonical(self, cluster_id: int) -> None:
        """Make the cluster's best copy canonical and measure every member's distance to it.

        Best: the earliest published (a date the page shows), then the earliest fetched,
        then the longest clean text; the lowest id settles ties, so the choice is stable.
        """
        best = self._first(
            "SELECT id, simhash FROM documents WHERE cluster = ? "
            "ORDER BY published IS NULL, published, first_fetched_at, length(text) DESC, id LIMIT 1",
            [cluster_id],
        )
        assert best is not None
        current = self._first("SELECT canonical_id FROM clusters WHERE id = ?", [cluster_id])
        assert current is not None
        if current["canonical_id"] == best["id"]:
            return
        self.db.execute(
            "UPDATE clusters SET canonical_id = ? WHERE id = ?", [best["id"], cluster_id]
        )
        self._measure_distances(cluster_id)

    def _measure_distances(self, cluster_id: int) -> None:
        """Set every member's distance to its cluster's canonical copy (NULL for the canonical)."""
        canonical_id, head = self.db.conn.execute(
            "SELECT d.id, d.simhash FROM clusters c JOIN documents d ON d.id = c.canonical_id "
            "WHERE c.id = ?",
            (cluster_id,),
        ).fetchone()
        members = self.db.conn.execute(
            "SELECT id, simhash FROM documents WHERE cluster = ?", (cluster_id,)
        ).fetchall()
        self.db.conn.executemany(
            "UPDATE documents SET distance = ? WHERE id = ?",
            [
                (None if doc_id == canonical_id else ((value ^ head) & MASK64).bit_count(), doc_id)
                for doc_id, value in members
            ],
        )

    def _write_blocks(self, doc_id: int, simhash: int) -> None:
        signed = to_signed(simhash)
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO simhash_blocks (block, value, document_id, simhash) "
            "VALUES (?, ?, ?, ?)",
            [(i, value, doc_id, signed) for i, value in enumerate(self.layout.split(simhash))],
        )

    def _delete_blocks(self, doc_id: int, simhash: int) -> None:
        self.db.conn.executemany(
            "DELETE FROM simhash_blocks WHERE block = ? AND value = ? AND document_id = ?",
            [(i, value, doc_id) for i, value in enumerate(self.layout.split(simhash))],
        )

    def _write_page(self, doc: Document) -> None:
        page_url = doc.page_url or doc.url
        if page_url == self._last_page:
            return  # the essays of one compilation page share its raw page
        self._last_page = page_url
        self.db.execute(
            "INSERT OR REPLACE INTO pages (url, headers, body) VALUES (?, ?, ?)",
            [page_url, json.dumps(doc.headers, ensure_ascii=False), zlib.compress(doc.body, 6)],
        )

    # --- reading ---

    def _first(self, sql: str, params: list[Any]) -> dict[str, Any] | None:
        return next(iter(self.db.query(sql, params)), None)

    def near(self, simhash: int, *, exclude_id: int | None = None) -> list[tuple[int, int]]:
        """(document id, distance) of archived fingerprints within the threshold, nearest first.

        One indexed read per block, over the block values within the layout's radius.
        """
        found: dict[int, int] = {}
        for block, values in enumerate(self.layout.probes(simhash)):
            rows = self.db.conn.execute(
                "SELECT document_id, simhash FROM simhash_blocks WHERE block = ? AND value IN "
                f"({','.join('?' * len(values))})",
                [block, *values],
            )
            for doc_id, value in rows:
                if doc_id not in found:
                    found[doc_id] = ((value ^ simhash) & MASK64).bit_count()
        found.pop(exclude_id, None)  # type: ignore[arg-type]
        return sorted(
            ((doc_id, d) for doc_id, d in found.items() if d <= self.threshold),
            key=lambda pair: (pair[1], pair[0]),
        )

    def _placement(self, doc_id: int, *, created: bool) -> Placement:
        row = self._first(
            "SELECT d.cluster, d.distance, c.canonical_id, canon.url AS canonical_url FROM documents d "
            "JOIN clusters c ON c.id = d.cluster JOIN documents canon ON canon.id = c.canonical_id WHERE d.id = ?",
            [doc_id],
        )
        assert row is not None
        is_canonical = row["canonical_id"] == doc_id
        return Placement(
            document_id=doc_id,
            cluster=row["cluster"],
            duplicate_of=None if is_canonical else row["canonical_url"],
            distance=None if is_canonical else row["distance"],
            created=created,
        )

    def rows(self, *, canonical_only: bool = False) -> Iterator[dict[str, Any]]:
        """Archived documents joined with their cluster's canonical copy, streamed in id order."""
        sql = (
            "SELECT d.*, c.canonical_id, canon.url AS canonical_url, "
            "(SELECT json_group_array(json_object('url', o.url, 'overlap', r.overlap)) "
            " FROM relations r JOIN documents o ON o.id = r.other_id WHERE r.document_id = d.id)"
            " AS contained_in, "
            "(SELECT json_group_array(json_object('url', o.url, 'overlap', r.overlap)) "
            " FROM relations r JOIN documents o ON o.id = r.document_id WHERE r.other_id = d.id)"
            " AS contains "
            "FROM documents d "
            "JOIN clusters c ON c.id = d.cluster JOIN documents canon ON canon.id = c.canonical_id"
        )
        if canonical_only:
            sql += " WHERE d.id = c.canonical_id"
        yield from self.db.query(sql + " ORDER BY d.id")

    def raw_page(self, url: str) -> tuple[dict[str, str], bytes] | None:
        """The stored headers and body of a document's page."""
        row = self._first("SELECT headers, body FROM pages WHERE url = ?", [url.split("#", 1)[0]])
        if row is None:
            return None
        return json.loads(row["headers"]), zlib.decompress(row["body"])

    def stats(self) -> dict[str, Any]:
        """Counts: documents, clusters, duplicates, clusters with copies, and the same per site."""
        one = (
            self._first(
                "SELECT COUNT(*) AS documents, COUNT(DISTINCT d.cluster) AS clusters, "
                "SUM(d.id != c.canonical_id) AS duplicates FROM documents d JOIN clusters c ON c.id = d.cluster",
                [],
            )
            or {}
        )
        multi = (
            self._first(
                "SELECT COUNT(*) AS n FROM (SELECT cluster FROM documents GROUP BY cluster HAVING COUNT(*) > 1)",
                [],
            )
            or {}
        )
        per_site = list(
            self.db.query(
                "SELECT d.site, COUNT(*) AS documents, SUM(d.id != c.canonical_id) AS duplicates "
                "FROM documents d JOIN clusters c ON c.id = d.cluster GROUP BY d.site ORDER BY d.site"
            )
        )
        return {
            "documents": one.get("documents") or 0,
            "clusters": one.get("clusters") or 0,
            "duplicates": one.get("duplicates") or 0,
            "clusters_with_copies": multi.get("n") or 0,
            "sites": per_site,
        }
