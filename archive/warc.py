"""The archive as a WARC 1.1 file, written with warcio from the fetch log (archive/fetchlog.py).

A warcinfo record first; then, page by page in the order each was fetched, a request and
a response record for each fetch that brought a payload new for its URL, and an
`identical-payload-digest` revisit record, pointing at that response, for each fetch
that brought the same payload again (a 200 with the same bytes, or a 304). A revisit
carries no HTTP headers of its own, so a replay tool serves the response it refers to:
a 304's headers would replay as an empty page. The first fetch of a payload within the
selection (`site`, `since`) is written as its response, so every revisit refers to a
record of the same file.

The body is the one the crawl stored: Scrapy has removed the content and transfer
encodings it decoded (and their headers) but kept Content-Length as sent, so the
headers written describe the body written: Content-Length is its length, and no
Transfer-Encoding is claimed.
"""

from __future__ import annotations

import io
import sqlite3
from collections import Counter
from datetime import datetime, timezone
from http import HTTPStatus
from importlib.metadata import PackageNotFoundError, version
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders  # type: ignore[import-untyped]
from warcio.warcwriter import WARCWriter  # type: ignore[import-untyped]

from .fetchlog import payload

SPEC = "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"
# Headers of the wire form of a body that the stored body no longer has (Content-Length
# is written anew).
_WIRE_HEADERS = {"transfer-encoding", "content-length"}


def write_warc(
    conn: sqlite3.Connection,
    out: BinaryIO,
    *,
    filename: str,
    site: str | None = None,
    since: str | None = None,
    compress: bool = True,
) -> Counter[str]:
    """Write the stored fetches (of `site`, from `since`, an ISO time in UTC) to `out`;
    count the `responses`, `revisits` and `missing` payloads (no longer held)."""
    writer = WARCWriter(out, gzip=compress, warc_version="1.1")
    writer.write_record(writer.create_warcinfo_record(filename, _info(site, since)))
    counts: Counter[str] = Counter(responses=0, revisits=0, missing=0)
    page = ""
    originals: dict[str, tuple[str, str]] = {}  # this page's payloads: digest -> (id, date)
    for url, fetched_at, digest in _fetches(conn, site, since):
        if url != page:
            page, originals = url, {}
        date = _warc_date(fetched_at)
        if digest in originals:
            record_id, original_date = originals[digest]
            revisit = writer.create_revisit_record(
                url,
                digest,
                url,
                original_date,
                warc_headers_dict={"WARC-Date": date, "WARC-Refers-To": record_id},
            )
            writer.write_record(revisit)
            counts["revisits"] += 1
            continue
        found = payload(conn, url, digest)
        if found is None:
            counts["missing"] += 1
            continue
        response = _response(writer, url, date, digest, *found)
        writer.write_request_response_pair(_request(writer, url), response)
        originals[digest] = (response.rec_headers.get_header("WARC-Record-ID"), date)
        counts["responses"] += 1
    return counts


def _fetches(conn: sqlite3.Connection, site: str | None, since: str | None) -> sqlite3.Cursor:
    """The logged fetches selected, page by page (constant memory), each page's in order."""
    where, args = [], []
    if site is not None:
        where.append("url IN (SELECT page_url FROM documents WHERE site = ?)")
        args.append(site)
    if since is not None:
        where.append("fetched_at >= ?")
        args.append(since)
    clause = f"WHERE {' AND '.join(where)} " if where else ""
    return conn.execute(
        f"SELECT url, fetched_at, digest FROM fetches {clause}ORDER BY url, fetched_at", args
    )


def _response(
    writer: WARCWriter,
    url: str,
    date: str,
    digest: str,
    status: int,
    headers: dict[str, str],
    body: bytes,
) -> Any:
    kept = [(name, value) for name, value in headers.items() if name.lower() not in _WIRE_HEADERS]
    http_headers = StatusAndHeaders(
        f"{status} {_reason(status)}".strip(),
        [*kept, ("Content-Length", str(len(body)))],
        protocol="HTTP/1.1",
    )
    return writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(body),
        length=len(body),
        http_headers=http_headers,
        warc_headers_dict={"WARC-Date": date, "WARC-Payload-Digest": digest},
    )


def _request(writer: WARCWriter, url: str) -> Any:
    """A GET of the URL (the archive keeps no request headers: only Host is written)."""
    parts = urlsplit(url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    http_headers = StatusAndHeaders(
        f"GET {target} HTTP/1.1", [("Host", parts.netloc)], is_http_request=True
    )
    return writer.create_warc_record(url, "request", http_headers=http_headers)


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _warc_date(fetched_at: str) -> str:
    """An archive time (ISO 8601) as a WARC-Date (UTC, `Z`)."""
    when = datetime.fromisoformat(fetched_at)
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:  # run from a source tree that was not installed
        return "unknown"


def _info(site: str | None, since: str | None) -> dict[str, str]:
    selected = ", ".join(
        part for part in (site and f"site {site}", since and f"fetched from {since}") if part
    )
    return {
        "software": f"essay-archive/{_version('essay-archive')} warcio/{_version('warcio')}",
        "format": "WARC File Format 1.1",
        "conformsTo": SPEC,
        "description": "pages stored by an essay archive" + (f" ({selected})" if selected else ""),
    }
