"""The fetch log: each fetch of a stored page, with its time, status and payload digest.

A WARC is written from it (archive/warc.py). The first fetch of a payload (a body new
for its URL) keeps the payload's headers. The bytes stay where the archive already
keeps them: the pages table holds each page's current payload, versions the payloads of
its documents' earlier versions. Only a payload that nothing else keeps (a page whose
bytes changed while its essays did not) moves into the log when a new one replaces it.
A page revalidated by a 304 is logged with the payload it confirmed.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from http import HTTPStatus

from .records import Page

TABLE = """
CREATE TABLE IF NOT EXISTS fetches (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    status INTEGER NOT NULL,
    digest TEXT NOT NULL,  -- of the payload, as WARC-Payload-Digest writes it
    headers TEXT,          -- JSON: on the first fetch of a payload
    body BLOB,             -- zlib: a replaced payload that no other table keeps
    UNIQUE (url, fetched_at)
)"""


_B32_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32_PAIRS = [a + b for a in _B32_DIGITS for b in _B32_DIGITS]


def payload_digest(body: bytes) -> str:
    """The SHA-1 of a payload as WARC records write it: `sha1:` and base 32 (RFC 4648).

    Its 160 bits are read as 16 pairs of base-32 digits from a table: 2.7 µs a digest,
    where `base64.b32encode` (pure Python in 3.11) took 3.7."""
    bits = int.from_bytes(hashlib.sha1(body).digest())
    return "sha1:" + "".join([_B32_PAIRS[(bits >> shift) & 0x3FF] for shift in range(150, -1, -10)])


def log_stored(conn: sqlite3.Connection, page: Page, headers_json: str) -> None:
    """Log a page fetched whole (its headers as JSON); call it before its pages row is
    replaced. A page stored again with a time not after its last fetch (reprocess) is no
    fetch."""
    last = conn.execute(
        "SELECT digest, fetched_at FROM fetches WHERE url = ? ORDER BY fetched_at DESC LIMIT 1",
        (page.url,),
    ).fetchone()
    if last is not None and page.fetched_at <= last[1]:
        return
    digest = payload_digest(page.body)
    before = last[0] if last is not None else None
    new = before != digest
    if new and before is not None:
        _keep_replaced(conn, page.url, before)
        # Back to a payload the log kept: the pages row holds it again.
        conn.execute(
            "UPDATE fetches SET body = NULL WHERE url = ? AND digest = ? AND body IS NOT NULL",
            (page.url, digest),
        )
    conn.execute(
        "INSERT OR IGNORE INTO fetches (url, fetched_at, status, digest, headers) "
        "VALUES (?, ?, ?, ?, ?)",
        (
            page.url,
            page.fetched_at,
            page.status,
            digest,
            headers_json if new else None,
        ),
    )


def log_revalidated(conn: sqlite3.Connection, url: str, at: str) -> None:
    """Log a 304: the page's stored payload was confirmed at `at`."""
    conn.execute(
        "INSERT OR IGNORE INTO fetches (url, fetched_at, status, digest) "
        "SELECT url, ?, ?, digest FROM fetches WHERE url = ? ORDER BY fetched_at DESC LIMIT 1",
        (at, HTTPStatus.NOT_MODIFIED.value, url),
    )


def _keep_replaced(conn: sqlite3.Connection, url: str, digest: str) -> None:
    """Move the page's stored body into its payload's first fetch, unless a version of
    one of its documents keeps it (versions copy the pages row's blob as it is)."""
    conn.execute(
        "UPDATE fetches SET body = (SELECT body FROM pages WHERE url = :url) "
        "WHERE id = (SELECT id FROM fetches WHERE url = :url AND digest = :digest "
        "AND headers IS NOT NULL ORDER BY fetched_at LIMIT 1) AND NOT EXISTS ("
        "SELECT 1 FROM versions v JOIN documents d ON d.id = v.document_id "
        "WHERE d.page_url = :url AND v.body = (SELECT body FROM pages WHERE url = :url))",
        {"url": url, "digest": digest},
    )


def payload(
    conn: sqlite3.Connection, url: str, digest: str
) -> tuple[int, dict[str, str], bytes] | None:
    """A payload's status, headers (JSON) and body, from its first fetch and wherever its
    bytes are kept; None when the archive no longer holds them."""
    first = conn.execute(
        "SELECT status, headers FROM fetches WHERE url = ? AND digest = ? "
        "AND headers IS NOT NULL ORDER BY fetched_at LIMIT 1",
        (url, digest),
    ).fetchone()
    if first is None:
        return None
    for (stored,) in conn.execute(  # kept by the log, the pages row, or a version
        "SELECT body FROM fetches WHERE url = :url AND body IS NOT NULL "
        "UNION SELECT body FROM pages WHERE url = :url UNION SELECT v.body FROM versions v "
        "JOIN documents d ON d.id = v.document_id WHERE d.page_url = :url AND v.body IS NOT NULL",
        {"url": url},
    ):
        body = zlib.decompress(stored)
        if payload_digest(body) == digest:
            return first[0], json.loads(first[1]), body
    return None


def fill(conn: sqlite3.Connection) -> None:
    """Make the log of an archive written before it, from what the archive holds: each
    distinct body of its documents' earlier versions (fetched when that version was),
    the current page, and a 304 when its documents were seen after it was fetched."""
    conn.execute(TABLE)
    for (url,) in conn.execute("SELECT url FROM pages WHERE fetched_at IS NOT NULL"):
        fetched_at, headers, body, status, seen = conn.execute(
            "SELECT p.fetched_at, p.headers, p.body, MAX(d.status), MAX(d.last_seen_at) "
            "FROM pages p LEFT JOIN documents d ON d.page_url = p.url WHERE p.url = ?",
            (url,),
        ).fetchone()
        earlier = conn.execute(
            "SELECT v.fetched_at, v.headers, v.body FROM versions v "
            "JOIN documents d ON d.id = v.document_id "
            "WHERE d.page_url = ? AND v.body IS NOT NULL AND v.fetched_at < ? "
            "ORDER BY v.fetched_at",
            (url, fetched_at),
        ).fetchall()
        last = None
        for at, kept_headers, kept in [*earlier, (fetched_at, headers, body)]:
            digest = payload_digest(zlib.decompress(kept))
            conn.execute(
                "INSERT OR IGNORE INTO fetches (url, fetched_at, status, digest, headers) "
                "VALUES (?, ?, ?, ?, ?)",
                (url, at, status or 200, digest, kept_headers if digest != last else None),
            )
            last = digest
        if seen and seen > fetched_at:
            log_revalidated(conn, url, seen)
