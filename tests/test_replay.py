"""A batch written without a savepoint a document (archive/replay.py): a failing document
is still rolled back alone, the batch written again exactly as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_recent import essay, indexed, simhash

from archive import Archive, DocumentFailed, Page
from archive.search import search
from essaytext.essay import Essay
from essaytext.fingerprint import fingerprints


def page(n: int, at: str = "2026-11-21T00:00:00+00:00") -> Page:
    return Page(f"http://a/{n}", "a", at, body=f"<html>{n}</html>".encode())


def refuse(archive: Archive, doc_id: int) -> None:
    """Make the document given this id fail after its row, cluster and page were written."""
    archive.conn.execute(
        f"CREATE TRIGGER fail BEFORE INSERT ON passages WHEN NEW.document_id = {doc_id} "
        "BEGIN SELECT RAISE(ABORT, 'refused'); END"
    )


def rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(path) as conn:
        return {
            table: conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in ("documents", "clusters", "pages", "fetches", "relations")
        }


def test_a_failing_document_among_others_is_rolled_back_alone(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    with Archive(path, threshold=5, ngram=4, batch_size=10) as archive:
        archive.conn.execute(  # before the batch: the batch is written without savepoints
            "CREATE TRIGGER fail BEFORE INSERT ON documents WHEN NEW.url = 'http://a/3' "
            "BEGIN SELECT RAISE(ABORT, 'refused'); END"
        )
        placed = [archive.add(page(n), essay(n % 2)) for n in range(3)]  # 2 copies 0
        for _ in range(2):
            assert archive.replay.possible()
            with pytest.raises(DocumentFailed, match="refused"):
                archive.add(page(3), essay(3))
            assert archive.index.near(simhash(3)) == []
            assert archive.index.near(simhash(0)) == [(1, 0), (3, 0)]
        later = archive.add(page(4), essay(4))
        assert later.document_id == 4 and later.duplicate_of is None
        assert archive.replay.possible()  # still: the batch was written again as it was
        done = archive.commit()
        assert done == [*placed, later]
        assert archive.committed["stored"] == 4
    assert indexed(path) == [1, 2, 3, 4]
    assert len(rows(path)["pages"]) == len(rows(path)["fetches"]) == 4
    with Archive(path, readonly=True) as reader:
        assert [r.url for r in search(reader.conn, essay(0).text[:12])] == [
            "http://a/0",
            "http://a/2",
        ]


def test_a_batch_written_again_is_the_batch_written_once(tmp_path: Path) -> None:
    """The same rows, ids and clusters as the same documents written without the failure:
    new ones, a copy, a re-crawl that changed (a version) and a page seen again."""

    def fill(archive: Archive, fail: bool) -> None:
        archive.add(page(1), essay(1))
        archive.add(page(2), essay(2))
        archive.commit()
        if fail:
            refuse(archive, 4)  # between batches: the next is written without savepoints
        later = "2026-11-22T00:00:00+00:00"
        archive.add(page(3), essay(1))  # a copy of 1
        archive.add(page(2, later), essay(5))  # 2 changed: a version
        archive.mark("http://a/1", later, gone=False)
        if fail:
            assert archive.replay.possible()
            with pytest.raises(DocumentFailed):
                archive.add(page(9), essay(9))
            archive.conn.execute("DROP TRIGGER fail")
        archive.add(page(4), essay(4))
        archive.commit()

    paths = []
    for fail in (False, True):
        paths.append(tmp_path / f"{fail}.db")
        with Archive(paths[-1], threshold=5, ngram=4, batch_size=100) as archive:
            fill(archive, fail)
            assert archive.committed == {"stored": 4, "changed": 1, "seen": 1}
    assert rows(paths[0]) == rows(paths[1])
    assert indexed(paths[0]) == indexed(paths[1])


def test_a_write_besides_the_documents_keeps_savepoints_for_the_batch(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    with Archive(path, threshold=5, ngram=4, batch_size=10) as archive:
        archive.add(page(1), essay(1))
        archive.mark_created_by("a test")  # not written again: the batch keeps savepoints
        assert not archive.replay.possible()
        with pytest.raises(DocumentFailed, match="http://a/2"):
            archive.add(page(2), Essay(["not", "text"], None, None, "x", "hans",  # type: ignore[arg-type]
                                       fingerprints=fingerprints("x", 4)))  # fmt: skip
        archive.add(page(3), essay(3))
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'created_by'").fetchone() == (
            "a test",
        )
    assert indexed(path) == [1, 2]
