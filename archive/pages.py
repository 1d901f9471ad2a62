"""Raw pages: each fetched page's headers and body, compressed, kept for re-processing."""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterator

from .fetchlog import log_stored
from .records import Page

_to_json = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps makes one each call


class RawPages:
    """The pages table over one connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._last: tuple[str, str] | None = None
        # The row the last put replaced: a compilation page's later essays keep it as their
        # earlier version's raw page, after the first essay's put has replaced it.
        self._replaced: tuple[str, str, tuple[str, bytes] | None] | None = None

    def put(self, page: Page) -> None:
        """Store a page; the essays of one compilation page share it, so it is written once."""
        if self._last == (page.url, page.fetched_at):
            return
        headers_json = _to_json(dict(page.headers))
        log_stored(self.conn, page, headers_json)  # before the row it may replace
        old = self.conn.execute("SELECT headers, body FROM pages WHERE url = ?", (page.url,))
        self._replaced = (page.url, page.fetched_at, old.fetchone())
        headers = {name.lower(): value for name, value in page.headers.items()}
        self.conn.execute(
            "INSERT OR REPLACE INTO pages (url, headers, body, etag, last_modified, fetched_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                page.url,
                headers_json,
                zlib.compress(page.body, 6),
                headers.get("etag"),
                headers.get("last-modified"),
                page.fetched_at,
            ),
        )
        self._last = (page.url, page.fetched_at)

    def forget_last(self) -> None:
        """Write the next page even if it is the last one (its write was rolled back)."""
        self._last = self._replaced = None

    def replaced(self, url: str, fetched_at: str) -> tuple[str, bytes] | None:
        """The stored headers and (compressed) body that this fetch of the page replaced,
        when it has already replaced them; None before, or for another fetch."""
        if self._replaced is None or self._replaced[:2] != (url, fetched_at):
            return None
        return self._replaced[2]

    def validators(self, url: str) -> tuple[str | None, str | None, str] | None:
        """The stored page's ETag, Last-Modified and when it was fetched, or None (also when
        all its documents are gone: a page that comes back is fetched whole, not as a 304)."""
        row = self.conn.execute(
            "SELECT etag, last_modified, fetched_at FROM pages WHERE url = ? AND EXISTS "
            "(SELECT 1 FROM documents d WHERE d.page_url = pages.url AND d.gone_at IS NULL)",
            (url,),
        ).fetchone()
        return (row[0], row[1], row[2] or "") if row else None

    def all_validators(self) -> Iterator[tuple[str, str | None, str | None, str]]:
        """URL, ETag, Last-Modified and fetch time of every page `validators` answers for."""
        for url, etag, last_modified, fetched_at in self.conn.execute(
            "SELECT url, etag, last_modified, fetched_at FROM pages WHERE EXISTS "
            "(SELECT 1 FROM documents d WHERE d.page_url = pages.url AND d.gone_at IS NULL)"
        ):
            yield url, etag, last_modified, fetched_at or ""

    def get(self, url: str) -> tuple[dict[str, str], bytes] | None:
        """The stored headers and body of a page (a document URL's #fragment is ignored)."""
        row = self.conn.execute(
            "SELECT headers, body FROM pages WHERE url = ?", (url.split("#", 1)[0],)
        ).fetchone()
        if row is None:
            return None
        return json.loads(row[0]), zlib.decompress(row[1])
