"""A re-crawled compilation page: each changed essay's earlier version keeps the page as it was."""

from __future__ import annotations

import sqlite3
import zlib
from pathlib import Path

import pytest

from archive import Archive, Page
from crawler.settings import SIMHASH_NGRAM
from demo.essays import load_essays
from essaytext.essay import Essay
from essaytext.fingerprint import fingerprints

ESSAYS = list(load_essays().values())
URL = "http://127.0.0.1:1/issue/page12.html"


def _essay(n: int, text: str) -> Essay:
    return Essay(
        f"第{n}篇", None, None, text, "hans", f"essay-{n}", fingerprints(text, SIMHASH_NGRAM)
    )


def _crawl(db: Path, at: str, body: bytes, texts: list[str]) -> None:
    page = Page(URL, "127.0.0.1:1", at, headers={"Content-Type": "text/html"}, body=body)
    with Archive(db) as archive:
        for n, text in enumerate(texts, 1):
            archive.add(page, _essay(n, text))


@pytest.mark.parametrize("changed", [(1, 2), (2,), (1,)])
def test_each_changed_essay_keeps_the_page_it_came_from(
    tmp_path: Path, changed: tuple[int, ...]
) -> None:
    db = tmp_path / "archive.db"
    before = [ESSAYS[0].text, ESSAYS[1].text]
    after = [t + "\n编者按:本文有更新。" if n in changed else t for n, t in enumerate(before, 1)]
    _crawl(db, "2026-01-01T00:00:00+00:00", b"<html>first issue</html>", before)
    _crawl(db, "2026-02-01T00:00:00+00:00", b"<html>second issue</html>", after)
    with sqlite3.connect(db) as conn:
        kept = conn.execute(
            "SELECT d.url, v.body FROM versions v JOIN documents d ON d.id = v.document_id"
        ).fetchall()
    assert sorted(url for url, _ in kept) == [f"{URL}#essay-{n}" for n in changed]
    assert {zlib.decompress(body) for _, body in kept} == {b"<html>first issue</html>"}
