from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from archive import Archive, ArchiveError, Page
from archive.export import export_row
from archive.migrations import SCHEMA_VERSION
from essaytext.essay import Essay
from essaytext.fingerprint import Fingerprints, fingerprint, hamming, passage_keys


def doc(
    url: str,
    simhash: int,
    text: str = "正文",
    *,
    published: str | None = None,
    fetched_at: str = "2026-11-21T00:00:00+00:00",
    body: bytes = b"<html>raw</html>",
    headers: dict[str, str] | None = None,
) -> tuple[Page, Essay]:
    """A page and its essay, fingerprinted with the given simhash and the text's passages."""
    page = Page(url, "127.0.0.1:1", fetched_at, body=body, headers=headers or {})
    prints = Fingerprints(simhash, tuple(passage_keys(text)))
    return page, Essay("标题", None, published, text, "hans", fingerprints=prints)


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    a = Archive(tmp_path / "a.db", threshold=3, ngram=4, batch_size=100)
    yield a
    a.close()


HIGH = 0xF000_0000_0000_0000  # above 2**63: must survive SQLite's signed INTEGER


def test_first_copy_is_canonical_and_near_copy_joins_its_cluster(archive: Archive) -> None:
    first = archive.add(*doc("http://a/1", HIGH))
    copy = archive.add(*doc("http://b/1", HIGH ^ 0b111))
    other = archive.add(*doc("http://c/1", HIGH ^ 0xFFFF))
    assert first.duplicate_of is None and first.distance is None
    assert (copy.cluster, copy.duplicate_of, copy.distance) == (first.cluster, "http://a/1", 3)
    assert other.cluster != first.cluster and other.duplicate_of is None


def test_recrawl_updates_and_is_never_its_own_duplicate(archive: Archive) -> None:
    first = archive.add(*doc("http://a/1", HIGH))
    again = archive.add(*doc("http://a/1", HIGH, fetched_at="2026-11-22T00:00:00+00:00"))
    assert again.document_id == first.document_id and not again.created
    assert again.duplicate_of is None and again.cluster == first.cluster
    assert archive.stats()["documents"] == 1


def test_changed_canonical_leaves_and_cluster_gets_a_new_canonical(archive: Archive) -> None:
    archive.add(*doc("http://a/1", HIGH))
    archive.add(*doc("http://b/1", HIGH ^ 1))
    archive.add(*doc("http://c/1", HIGH ^ 3))
    moved = archive.add(
        *doc("http://a/1", 0x0F0F_0F0F_0F0F_0F0F, text="另一篇文章")
    )  # the page changed to another essay
    rows = {r["url"]: r for r in archive.rows()}
    assert moved.duplicate_of is None
    assert rows["http://b/1"]["canonical_url"] == "http://b/1"
    assert (
        rows["http://c/1"]["canonical_url"] == "http://b/1" and rows["http://c/1"]["distance"] == 1
    )
    assert rows["http://a/1"]["cluster"] != rows["http://b/1"]["cluster"]


def test_near_finds_everything_within_threshold_and_nothing_beyond(archive: Archive) -> None:
    base = 0x0123_4567_89AB_CDEF
    for bits in range(8):
        archive.add(*doc(f"http://x/{bits}", base ^ ((1 << bits) - 1)))
    found = {d for _, d in archive.index.near(base)}
    assert found == {0, 1, 2, 3}


def test_uncommitted_batch_is_invisible_and_archive_stays_whole(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    writer = Archive(path, threshold=3, ngram=4, batch_size=2, commit_seconds=3600)
    writer.add(*doc("http://a/1", 1))
    writer.add(*doc("http://a/2", 2))  # batch of two: committed
    writer.add(*doc("http://a/3", 3))  # pending, as if the crawl were killed now
    reader = sqlite3.connect(path)
    assert reader.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 2
    assert reader.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    writer.close()
    assert reader.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 3


def test_changing_the_threshold_rebuilds_the_index(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    a = Archive(path, threshold=3, ngram=4)
    a.add(*doc("http://a/1", 0))
    a.close()
    b = Archive(path, threshold=10, ngram=4)
    assert b.add(*doc("http://a/2", (1 << 9) - 1)).duplicate_of == "http://a/1"
    b.close()


def test_ngram_mismatch_is_a_clear_error(tmp_path: Path) -> None:
    Archive(tmp_path / "a.db", threshold=3, ngram=4).close()
    with pytest.raises(ArchiveError, match="SIMHASH_NGRAM=4"):
        Archive(tmp_path / "a.db", threshold=3, ngram=3)


def test_readonly_open_of_missing_or_foreign_file(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError, match="no archive"):
        Archive(tmp_path / "missing.db", readonly=True)
    sqlite3.connect(tmp_path / "other.db").execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(ArchiveError, match="not an essay archive"):
        Archive(tmp_path / "other.db", readonly=True)


def test_raw_page_is_stored_compressed_and_returned_whole(archive: Archive) -> None:
    body = "<html>正文</html>".encode("gb18030") * 100
    archive.add(*doc("http://a/1", 5, body=body, headers={"Content-Type": "text/html"}))
    headers, stored = archive.pages.get("http://a/1")  # type: ignore[misc]
    assert stored == body and headers == {"Content-Type": "text/html"}
    raw_size = archive.db.execute("SELECT length(body) FROM pages").fetchone()[0]
    assert raw_size < len(body) / 5


def test_earlier_published_copy_arriving_later_becomes_canonical(archive: Archive) -> None:
    first = archive.add(*doc("http://a/1", HIGH, published="2026-02-08"))
    copy = archive.add(*doc("http://b/1", HIGH ^ 0b1, published="2026-03-01"))
    assert copy.duplicate_of == "http://a/1"
    original = archive.add(*doc("http://c/1", HIGH ^ 0b11, published="2025-06-01"))
    assert original.cluster == first.cluster
    assert original.duplicate_of is None and original.distance is None
    rows = {r["url"]: r for r in archive.rows()}
    assert rows["http://a/1"]["canonical_url"] == "http://c/1"
    assert rows["http://a/1"]["distance"] == 2 and rows["http://b/1"]["distance"] == 1


def test_canonical_ties_go_to_earliest_fetched_then_longest(archive: Archive) -> None:
    archive.add(*doc("http://a/1", HIGH, text="短", fetched_at="2026-11-21T02:00:00+00:00"))
    archive.add(*doc("http://b/1", HIGH ^ 1, text="短", fetched_at="2026-11-21T01:00:00+00:00"))
    rows = {r["url"]: r for r in archive.rows()}
    assert rows["http://a/1"]["canonical_url"] == "http://b/1"
    archive.add(
        *doc("http://c/1", HIGH ^ 2, "长得多的正文", fetched_at="2026-11-21T01:00:00+00:00")
    )
    rows = {r["url"]: r for r in archive.rows()}
    assert rows["http://a/1"]["canonical_url"] == "http://c/1"
    # An undated copy never outranks a dated one.
    archive.add(*doc("http://d/1", HIGH ^ 4, published="2026-01-01"))
    assert {r["canonical_url"] for r in archive.rows()} == {"http://d/1"}


def _sentences(prefix: str, count: int) -> list[str]:
    # The prefix in both halves of the passage: sentences of two prefixes share no half.
    return [
        f"{prefix}第{i}句讲的是国有企业党建与生产经营融合的第{i}个{prefix}方面。"
        for i in range(count)
    ]


def test_essay_inside_a_longer_page_is_recorded_as_contained(archive: Archive) -> None:
    essay = "".join(_sentences("甲", 10))
    page = essay + "".join(_sentences("乙", 30))
    archive.add(*doc("http://a/essay", HIGH, text=essay))
    archive.add(*doc("http://b/page", HIGH ^ 0xFFFF_FFFF, text=page))
    rows = {r["url"]: export_row(r) for r in archive.rows()}
    assert rows["http://a/essay"]["contained_in"] == [{"url": "http://b/page", "overlap": 1.0}]
    assert rows["http://b/page"]["contains"] == [{"url": "http://a/essay", "overlap": 1.0}]
    assert rows["http://a/essay"]["cluster"] != rows["http://b/page"]["cluster"]
    # Changed so it no longer quotes the essay: the relation goes.
    archive.add(*doc("http://b/page", HIGH ^ 0xFFFF_FFFF, text="".join(_sentences("丙", 30))))
    rows = {r["url"]: export_row(r) for r in archive.rows()}
    assert rows["http://a/essay"]["contained_in"] == [] and rows["http://b/page"]["contains"] == []


def test_copy_beyond_simhash_reach_joins_by_shared_passages(archive: Archive) -> None:
    original = _sentences("甲", 20)
    first = archive.add(*doc("http://a/1", HIGH, text="".join(original)))
    # 75% of the essay: simhash far apart (threshold 3 here), passages mostly shared both ways.
    cut = archive.add(*doc("http://b/1", HIGH ^ 0xFF, text="".join(original[:15])))
    assert cut.cluster == first.cluster and cut.duplicate_of == "http://a/1"
    # A distinct essay sharing two sentences (two passages each) stays apart.
    other = archive.add(
        *doc("http://c/1", HIGH ^ 0xFF00, text="".join(original[:2] + _sentences("丁", 18)))
    )
    assert other.cluster != first.cluster


def test_threshold_zero_stores_whole_fingerprints_as_one_block(tmp_path: Path) -> None:
    exact = Archive(tmp_path / "exact.db", threshold=0, ngram=4)
    exact.add(*doc("http://a/1", HIGH))
    assert exact.index.near(HIGH) != [] and exact.index.near(HIGH ^ 1) == []
    exact.close()


def test_version_1_archive_gains_passage_fingerprints(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    old = Archive(path, threshold=3, ngram=4)
    old.add(*doc("http://a/essay", HIGH, text="".join(_sentences("甲", 10))))
    old.close()
    conn = sqlite3.connect(path)  # what a version 1 archive looked like
    conn.executescript(
        "DROP TABLE _sqlite_migrations; ALTER TABLE documents DROP COLUMN passages; "
        "ALTER TABLE documents DROP COLUMN passage_count; DROP TABLE passages; "
        "DROP TABLE relations; DELETE FROM meta WHERE key = 'fingerprint_scheme';"
    )
    conn.close()
    upgraded = Archive(path, threshold=3, ngram=4)
    page = "".join(_sentences("甲", 10) + _sentences("乙", 30))
    upgraded.add(*doc("http://b/page", HIGH ^ 0xFFFF_FFFF, text=page))
    rows = {r["url"]: export_row(r) for r in upgraded.rows()}
    assert rows["http://b/page"]["contains"] == [{"url": "http://a/essay", "overlap": 1.0}]
    upgraded.close()


def test_version_2_archive_is_refingerprinted_and_reindexed(tmp_path: Path) -> None:
    path = tmp_path / "v2.db"
    essay, copy = "".join(_sentences("甲", 10)), "".join(_sentences("甲", 10)) + "编者按。"
    old = Archive(path, threshold=3, ngram=4)
    old.add(*doc("http://a/1", HIGH, text=essay))
    old.add(*doc("http://b/1", HIGH ^ 1, text=copy))
    old.close()
    conn = sqlite3.connect(path)  # version 2: other column name, fingerprints, index layout
    conn.executescript(
        "DROP TABLE _sqlite_migrations; ALTER TABLE documents DROP COLUMN passages;"
        "ALTER TABLE documents RENAME COLUMN passage_count TO sentences;"
        "DROP TABLE simhash_blocks;"
        "CREATE TABLE simhash_blocks (block INTEGER NOT NULL, value INTEGER NOT NULL,"
        " document_id INTEGER NOT NULL, PRIMARY KEY (block, value, document_id)) WITHOUT ROWID;"
        "INSERT INTO simhash_blocks VALUES (0, 1, 1);"
        "DELETE FROM meta WHERE key IN ('fingerprint_scheme', 'simhash_index');"
        "INSERT OR REPLACE INTO meta VALUES ('simhash_blocks', '4'), ('schema_version', '2');"
    )
    conn.close()
    upgraded = Archive(path, threshold=3, ngram=4)
    rows = {r["url"]: r for r in upgraded.rows()}
    assert rows["http://a/1"]["simhash"] & ((1 << 64) - 1) == fingerprint(essay, 4)
    # The longer copy is canonical; the essay's distance is measured again.
    assert rows["http://a/1"]["distance"] == hamming(fingerprint(essay, 4), fingerprint(copy, 4))
    assert rows["http://b/1"]["passage_count"] == len(passage_keys(copy))
    assert upgraded.index.near(fingerprint(essay, 4))[0] == (1, 0)  # the index holds the new values
    assert upgraded.index.near(fingerprint(copy, 4))[0] == (2, 0)
    assert upgraded.conn.execute(
        "SELECT value FROM meta WHERE key = 'schema_version'"
    ).fetchone() == (str(SCHEMA_VERSION),)
    upgraded.close()


def test_passages_in_too_many_documents_are_not_evidence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    boilerplate = "".join(_sentences("版权声明", 3))  # a footer the clutter rules missed

    def two_short_pages(archive: Archive) -> set[int]:
        for i, prefix in enumerate(["甲", "乙", "丙"]):  # essays carrying the footer
            text = "".join(_sentences(prefix, 10)) + boilerplate
            archive.add(*doc(f"http://essay/{i}", HIGH ^ (0xFFFF << 16 * i), text=text))
        short = [boilerplate + _sentences(prefix, 1)[0] for prefix in ("丁", "戊")]
        far = (0, 0xFFFF_FFFF)  # simhash far apart: only passages could join the two
        return {
            archive.add(*doc(f"http://short/{i}", far[i], text=t)).cluster
            for i, t in enumerate(short)
        }

    # Three of their four passages shared both ways: copies, unless those are boilerplate.
    assert len(two_short_pages(Archive(tmp_path / "a.db", threshold=3, ngram=4))) == 1
    monkeypatch.setattr("archive.passages.MAX_POSTINGS", 2)
    assert len(two_short_pages(Archive(tmp_path / "b.db", threshold=3, ngram=4))) == 2
