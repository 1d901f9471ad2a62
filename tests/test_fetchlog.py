"""The fetch log: each fetch of a stored page logged once, each payload's bytes kept once."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from archive import Archive, Page
from archive.fetchlog import payload, payload_digest
from essaytext.essay import Essay
from essaytext.fingerprint import Fingerprints, passage_keys

URL = "http://127.0.0.1:1/a/1.html"
TEXT = "第一段正文，讲的是政绩观。第二段正文，讲的是党建。"
HEADERS = {"Content-Type": "text/html; charset=utf-8", "Etag": '"v1"'}


def fetch(at: str, body: bytes, text: str = TEXT) -> tuple[Page, Essay]:
    page = Page(URL, "127.0.0.1:1", f"2026-11-2{at}T00:00:00+00:00", headers=HEADERS, body=body)
    prints = Fingerprints(0x1234, tuple(passage_keys(text)))
    return page, Essay("标题", None, None, text, "hans", fingerprints=prints)


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with Archive(tmp_path / "a.db") as opened:
        yield opened


def log(archive: Archive) -> list[tuple[str, int, str, bool, bytes | None]]:
    rows = archive.conn.execute(
        "SELECT fetched_at, status, digest, headers IS NOT NULL, body FROM fetches "
        "WHERE url = ? ORDER BY fetched_at",
        (URL,),
    )
    return [
        (at[8:10], status, d, h, body and zlib.decompress(body)) for at, status, d, h, body in rows
    ]


def test_fetches_are_logged_and_a_replaced_payload_is_kept_once(archive: Archive) -> None:
    first, other, third = b"<html>one</html>", b"<html>one<!-- ad --></html>", b"<html>3</html>"
    archive.add(*fetch("1", first))
    archive.add(*fetch("2", first))  # the same bytes again
    archive.mark(URL, "2026-11-23T00:00:00+00:00", gone=False)  # a 304
    archive.add(*fetch("4", other))  # other bytes, the same essay: nothing else keeps `first`
    archive.add(*fetch("5", third, TEXT + "新的一段。"))  # a new version keeps `other`
    archive.commit()
    one, two, three = (payload_digest(b) for b in (first, other, third))
    assert log(archive) == [
        ("21", 200, one, True, first),
        ("22", 200, one, False, None),
        ("23", 304, one, False, None),
        ("24", 200, two, True, None),
        ("25", 200, three, True, None),
    ]
    for body in (first, other, third):
        assert payload(archive.conn, URL, payload_digest(body)) == (200, HEADERS, body)
    assert payload(archive.conn, URL, payload_digest(b"never fetched")) is None


def test_a_payload_that_comes_back_is_kept_by_the_pages_row_alone(archive: Archive) -> None:
    first, other = b"<html>one</html>", b"<html>one<!-- ad --></html>"
    for at, body in (("1", first), ("2", other), ("3", first)):
        archive.add(*fetch(at, body))
    archive.commit()
    assert [row[4] for row in log(archive)] == [None, other, None]
    assert payload(archive.conn, URL, payload_digest(first)) == (200, HEADERS, first)


def test_storing_a_page_again_without_fetching_it_logs_nothing(archive: Archive) -> None:
    archive.add(*fetch("2", b"<html>one</html>"))
    archive.add(*fetch("1", b"<html>one</html>"), place_again=True)  # as reprocess does
    archive.add(*fetch("2", b"<html>one</html>"), place_again=True)
    archive.commit()
    assert [row[0] for row in log(archive)] == ["22"]
