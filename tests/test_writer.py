"""The archive as a writer: savepoints, batches on a timer, fatal errors, the lock, kept settings."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from archive import Archive, ArchiveBusy, ArchiveError, DocumentFailed, Page, WriteFailed
from archive.schema import peek
from crawler.settings import SIMHASH_NGRAM, SIMHASH_THRESHOLD
from essaytext.essay import Essay
from essaytext.fingerprint import fingerprints


def page(n: int) -> Page:
    return Page(f"http://a/{n}", "a", "2026-11-21T00:00:00+00:00", body=b"<html>x</html>" * 50)


def essay(n: int, **changes: object) -> Essay:
    text = f"第{n}篇文章讲的是国有企业党建与生产经营深度融合的第{n}个方面。" * (n % 7 + 3)
    fields: dict[str, object] = {"title": "标题", "author": None, "published": None}
    fields.update(changes)
    return Essay(text=text, script="hans", fingerprints=fingerprints(text, 4), **fields)  # type: ignore[arg-type]


def count(path: Path) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])


def new(path: Path, **options: object) -> Archive:
    return Archive(path, threshold=5, ngram=4, **options)  # type: ignore[arg-type]


def test_a_failing_document_is_rolled_back_alone(tmp_path: Path) -> None:
    with new(tmp_path / "a.db", batch_size=10) as archive:
        archive.add(page(1), essay(1))
        with pytest.raises(DocumentFailed, match="http://a/2"):
            archive.add(page(2), essay(2, title=["not", "text"]))  # SQLite cannot bind a list
        archive.add(page(3), essay(3))
        assert [p.url for p in archive.commit()] == ["http://a/1", "http://a/3"]
        assert archive.committed["stored"] == 2
    assert count(tmp_path / "a.db") == 2


def test_counts_are_of_committed_documents_only(tmp_path: Path) -> None:
    archive = new(tmp_path / "a.db", batch_size=3, commit_seconds=3600)
    for n in range(4):
        archive.add(page(n), essay(n))
    assert archive.committed["stored"] == 3 == count(tmp_path / "a.db")
    archive.close()
    assert count(tmp_path / "a.db") == 4


def test_open_batch_is_committed_when_due(tmp_path: Path) -> None:
    archive = new(tmp_path / "a.db", batch_size=100, commit_seconds=3600)
    archive.add(page(1), essay(1))
    assert archive.commit_if_due() == [] and count(tmp_path / "a.db") == 0
    archive.commit_seconds = 0.0
    assert [p.url for p in archive.commit_if_due()] == ["http://a/1"]
    assert count(tmp_path / "a.db") == 1
    archive.close()


def test_a_full_disk_stops_writing_and_loses_only_the_open_batch(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    archive = new(path, batch_size=4)
    archive.add(page(0), essay(0))
    archive.commit()
    (pages,) = archive.conn.execute("PRAGMA page_count").fetchone()
    archive.conn.execute(f"PRAGMA max_page_count = {pages + 3}")  # as if the disk were full
    attempted = 0
    with pytest.raises(WriteFailed, match="full") as failed:
        for n in range(1, 40):
            attempted += 1
            archive.add(page(n), essay(n))
    stored, lost, last = archive.committed["stored"], failed.value.lost, f"http://a/{attempted}"
    # Every document is accounted for: committed, lost with the open batch, or the failing one
    # (named); a batch whose commit hit the full disk holds the last document too.
    failing = last not in lost
    assert stored + len(lost) + failing == 1 + attempted and attempted < 39
    assert not failing or last in str(failed.value)
    archive.close()
    assert count(path) == stored
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_one_writer_at_a_time_and_readers_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    writer = new(path)
    writer.add(page(1), essay(1))
    writer.commit()
    with pytest.raises(ArchiveBusy, match=r"pid \d+"):
        new(path)
    with Archive(path, readonly=True) as reader:
        assert reader.stats()["documents"] == 1
    writer.close()
    new(path).close()  # the lock went with the writer


def test_the_archive_keeps_its_settings_and_readers_report_them(tmp_path: Path) -> None:
    Archive(tmp_path / "a.db", threshold=8, ngram=3).close()
    with Archive(tmp_path / "a.db", readonly=True) as reader:
        assert (reader.threshold, reader.ngram) == (8, 3)
    with Archive(tmp_path / "a.db") as writer:  # a writer with no settings keeps the archive's
        assert (writer.threshold, writer.ngram) == (8, 3)
    with Archive(tmp_path / "new.db") as fresh:  # a new archive takes the project's defaults
        assert (fresh.threshold, fresh.ngram) == (SIMHASH_THRESHOLD, SIMHASH_NGRAM)


def test_an_archive_of_a_newer_release_is_refused(tmp_path: Path) -> None:
    new(tmp_path / "a.db").close()
    with sqlite3.connect(tmp_path / "a.db") as conn:
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(ArchiveError, match="newer"):
        new(tmp_path / "a.db")


def test_the_maker_of_an_archive_is_kept(tmp_path: Path) -> None:
    with new(tmp_path / "a.db") as archive:
        assert "created_by" not in peek(tmp_path / "a.db")
        archive.mark_created_by("demo")
    assert peek(tmp_path / "a.db")["created_by"] == "demo"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.db", "a.db.lock"]  # no trace


def test_a_refused_open_leaves_an_older_archive_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(Path(__file__).parent / "data" / "archive-schema3.db", path)
    before = path.read_bytes()
    with pytest.raises(ArchiveError, match="SIMHASH_NGRAM=4"):
        Archive(path, threshold=5, ngram=3)
    assert path.read_bytes() == before


def test_file_names_are_names_not_uris(tmp_path: Path) -> None:
    path = tmp_path / "essays#2026%41.db"
    new(path).close()
    with Archive(path, readonly=True) as reader:
        assert reader.stats()["documents"] == 0
    # Nothing opened under a name cut at '#' or decoded from '%41'.
    assert all(p.name.startswith(path.name) for p in tmp_path.iterdir())


def test_what_an_open_writer_keeps_is_seen_through_its_log(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    writer = Archive(path, threshold=7, ngram=3)  # its settings are in the WAL until it closes
    assert (peek(path)["simhash_ngram"], peek(path)["simhash_threshold"]) == ("3", "7")
    writer.close()


def test_a_damaged_file_is_named_by_a_peek(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    new(path).close()
    with path.open("r+b") as file:
        file.seek(100)
        file.write(b"\0" * 200)
    with pytest.raises(ArchiveError, match="damaged"):
        peek(path)


@pytest.mark.parametrize(
    ("commit_seconds", "batch_size"), [(float("nan"), 10), (0.0, 10), (-1.0, 10), (5.0, 0)]
)
def test_batch_settings_out_of_range_are_refused_leaving_nothing(
    tmp_path: Path, commit_seconds: float, batch_size: int
) -> None:
    with pytest.raises(ArchiveError, match="ARCHIVE_"):
        new(tmp_path / "a.db", commit_seconds=commit_seconds, batch_size=batch_size)
    with pytest.raises(ArchiveError, match="SIMHASH_NGRAM"):
        Archive(tmp_path / "a.db", threshold=5, ngram=0)
    assert list(tmp_path.iterdir()) == [tmp_path / "a.db.lock"] or not list(tmp_path.iterdir())


def test_the_lock_file_is_never_written_through_nor_over_another_file(tmp_path: Path) -> None:
    victim = tmp_path / "notes.txt"
    victim.write_text("keep me", encoding="utf-8")
    (tmp_path / "a.db.lock").symlink_to(victim)
    with pytest.raises(ArchiveError, match=r"a\.db\.lock"):
        new(tmp_path / "a.db")
    (tmp_path / "a.db.lock").unlink()
    shutil.copy(Path(__file__).parent / "data" / "archive-schema3.db", tmp_path / "b.db.lock")
    with pytest.raises(ArchiveError, match="not an archive lock"):
        new(tmp_path / "b.db")
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert (tmp_path / "b.db.lock").read_bytes()[:15] == b"SQLite format 3"


def test_two_names_of_one_archive_share_its_lock(tmp_path: Path) -> None:
    new(tmp_path / "real.db").close()
    (tmp_path / "link.db").symlink_to(tmp_path / "real.db")
    with new(tmp_path / "real.db"), pytest.raises(ArchiveBusy):
        new(tmp_path / "link.db")


def test_an_archive_deleted_under_the_writer_stops_it(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    writer = new(path, batch_size=100)
    writer.add(page(1), essay(1))
    writer.commit()
    path.unlink()
    writer.add(page(2), essay(2))
    with pytest.raises(WriteFailed, match="deleted or replaced") as failed:
        writer.commit()
    assert failed.value.lost == ("http://a/2",)
    with pytest.raises(WriteFailed):  # and so does closing it: the crawl must not exit 0
        writer.close()
