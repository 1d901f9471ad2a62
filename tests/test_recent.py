"""Recent fingerprints (archive/recent.py): found at once, merged in batches, never lost,
never held twice, and undone with what is rolled back."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from archive import Archive, DocumentFailed, Page, WriteFailed
from archive import recent as recent_module
from essaytext.essay import Essay
from essaytext.fingerprint import fingerprints

ROOT = Path(__file__).resolve().parent.parent


def page(n: int) -> Page:
    return Page(f"http://a/{n}", "a", "2026-11-21T00:00:00+00:00", body=b"<html>x</html>")


def essay(topic: int) -> Essay:
    """An essay of its own topic: far from every other topic in simhash and passages."""
    words = "".join(chr(0x4E00 + (topic * 7919 + i * 104729) % 20000) for i in range(400))
    text = "。".join(words[i : i + 20] for i in range(0, 400, 20)) + "。"
    return Essay("标题", None, None, text, "hans", fingerprints=fingerprints(text, 4))


def simhash(topic: int) -> int:
    prints = essay(topic).fingerprints
    assert prints is not None
    return prints.simhash


def indexed(path: Path) -> list[int]:
    """Each stored document's id, as many times as the index holds its fingerprint."""
    with sqlite3.connect(path) as conn:
        return sorted(
            [row[0] for row in conn.execute("SELECT document_id FROM simhash_recent")]
            + [
                row[0]
                for row in conn.execute("SELECT document_id FROM simhash_blocks WHERE block = 0")
            ]
        )


def test_an_add_is_found_at_once_and_after_merges_by_writer_and_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(recent_module, "MERGE_AT", 4)
    path = tmp_path / "a.db"
    with Archive(path, threshold=5, ngram=4, batch_size=3) as archive:
        for n in range(20):
            placed = archive.add(page(n), essay(n % 8))  # topics 0-7, then copies of them
            assert placed.document_id in {d for d, _ in archive.index.near(simhash(n % 8))}
            assert (placed.duplicate_of is None) == (n < 8)
        merged = archive.conn.execute("SELECT COUNT(*) FROM simhash_blocks").fetchone()[0]
        assert merged >= 3 * 12  # merges happened, and some fingerprints wait
        writer = [archive.index.near(simhash(t)) for t in range(9)]
    assert indexed(path) == list(range(1, 21))
    with Archive(path, readonly=True) as reader:
        assert [reader.index.near(simhash(t)) for t in range(9)] == writer
    assert [len(found) for found in writer] == [3, 3, 3, 3, 2, 2, 2, 2, 0]


def test_a_document_rolled_back_alone_takes_its_fingerprint_and_cluster_with_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / "a.db"
    with Archive(path, threshold=5, ngram=4, batch_size=10) as archive:
        archive.add(page(1), essay(1))
        archive.index.near(0)  # the writer's memory is read now, then kept up
        # A failure after the document's row, cluster and fingerprint were written.
        archive.conn.execute(
            "CREATE TRIGGER fail BEFORE INSERT ON passages WHEN NEW.document_id = 2 "
            "BEGIN SELECT RAISE(ABORT, 'refused'); END"
        )
        with pytest.raises(DocumentFailed, match="refused"):
            archive.add(page(2), essay(2))
        assert archive.index.near(simhash(2)) == []
        archive.conn.execute("DROP TRIGGER fail")
        other = archive.add(page(3), essay(3))  # the id the failed one was given
        again = archive.add(page(4), essay(2))
        assert (other.document_id, again.document_id) == (2, 3)
        assert again.duplicate_of is None and again.cluster != other.cluster
        assert archive.index.near(simhash(2)) == [(3, 0)]
        archive.commit()
        clusters = archive.conn.execute("SELECT id, canonical_id FROM clusters").fetchall()
    assert sorted(canonical for _, canonical in clusters) == [1, 2, 3]
    assert indexed(path) == [1, 2, 3]


def test_a_failed_commit_after_a_merge_loses_only_the_open_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(recent_module, "MERGE_AT", 3)
    path = tmp_path / "a.db"
    archive = Archive(path, threshold=5, ngram=4, batch_size=2)
    archive.add(page(0), essay(0))
    archive.commit()
    (pages,) = archive.conn.execute("PRAGMA page_count").fetchone()
    archive.conn.execute(f"PRAGMA max_page_count = {pages + 4}")  # as if the disk were full
    with pytest.raises(WriteFailed, match="full"):
        for n in range(1, 60):
            archive.add(page(n), essay(n))
    stored = archive.committed["stored"]
    archive.close()
    assert indexed(path) == list(range(1, stored + 1))
    with Archive(path, threshold=5, ngram=4) as reopened:
        for n in range(stored):
            assert reopened.index.near(simhash(n)) == [(n + 1, 0)]


_CRASH = """
import os, sys
sys.path.insert(0, sys.argv[2])
from archive import Archive, recent
from tests.test_recent import essay, page
recent.MERGE_AT = 4
archive = Archive(sys.argv[1], threshold=5, ngram=4, batch_size=3)
for n in range(17):
    archive.add(page(n), essay(n))
os._exit(0)  # as if killed: the open batch is never committed
"""


def test_a_writer_killed_between_commits_keeps_what_it_committed(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-c", _CRASH, str(path), str(ROOT)], check=True, env=env)
    assert indexed(path) == list(range(1, 16))  # five batches of three committed
    with Archive(path, threshold=5, ngram=4) as reopened:
        assert reopened.add(page(15), essay(15)).document_id == 16
        for n in range(16):
            assert reopened.index.near(simhash(n)) == [(n + 1, 0)]


def test_a_reader_of_an_archive_without_the_table_reads_the_blocks(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    with Archive(path, threshold=5, ngram=4) as archive:
        archive.add(page(1), essay(1))
        archive.index.rebuild(
            [(1, archive.conn.execute("SELECT simhash FROM documents").fetchone()[0])]
        )
    with sqlite3.connect(path) as conn:  # as an earlier release left it
        conn.execute("DROP TABLE simhash_recent")
        conn.execute("UPDATE meta SET value = '7' WHERE key = 'schema_version'")
    with Archive(path, readonly=True) as reader:
        assert reader.index.near(simhash(1)) == [(1, 0)]
