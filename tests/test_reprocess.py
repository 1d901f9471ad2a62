"""`python -m archive reprocess`: re-extract and re-place from stored raw pages, no network.

tests/data/archive-schema3.db is the demo crawl as the previous release (schema 3)
archived it: 15 documents of the sample site, in 8 clusters, with their raw pages.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive.cli import cli

RELEASE_3 = Path(__file__).parent / "data" / "archive-schema3.db"


def documents(db: Path) -> dict[str, tuple[str, str | None, str | None, str | None]]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        rows = conn.execute("SELECT url, text, title, author, published FROM documents")
        return {url: rest for url, *rest in rows}  # type: ignore[misc]


def partition(db: Path) -> set[frozenset[str]]:
    """The clusters as sets of URLs (cluster ids may differ; who is with whom may not)."""
    groups: dict[int, set[str]] = {}
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        for url, cluster in conn.execute("SELECT url, cluster FROM documents"):
            groups.setdefault(cluster, set()).add(url)
    return {frozenset(urls) for urls in groups.values()}


def reprocess(db: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["reprocess", "--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def release_3(tmp_path: Path) -> Path:
    db = tmp_path / "archive.db"
    shutil.copy(RELEASE_3, db)
    return db


def test_an_archive_of_the_previous_release_keeps_its_documents_and_clusters(
    release_3: Path,
) -> None:
    before_docs, before_clusters = documents(release_3), partition(release_3)
    assert len(before_docs) == 15 and len(before_clusters) == 8
    out = reprocess(release_3)
    # Today's extraction may name an essay better (a compilation's first essay now has its
    # own headline); the texts, the documents and their clusters stay.
    assert "text changed 0, cluster changed 0, unchanged 15, failed 0" in out
    texts = {url: row[0] for url, row in documents(release_3).items()}
    assert texts == {url: row[0] for url, row in before_docs.items()}
    assert partition(release_3) == before_clusters


def test_reprocess_updates_what_extraction_now_gives(release_3: Path) -> None:
    expected = documents(release_3)
    with sqlite3.connect(release_3) as conn:
        # As an older extractor left them: a furniture line kept in one text, and a copy it
        # failed to join (its own cluster).
        (url, text) = conn.execute("SELECT url, text FROM documents WHERE id = 1").fetchone()
        conn.execute("UPDATE documents SET text = ? WHERE id = 1", (text + "\n责任编辑：王五",))
        (copy_id,) = conn.execute(
            "SELECT d.id FROM documents d JOIN clusters c ON c.id = d.cluster "
            "WHERE d.id != c.canonical_id ORDER BY d.id LIMIT 1"
        ).fetchone()
        lone = conn.execute("INSERT INTO clusters (canonical_id) VALUES (?)", (copy_id,)).lastrowid
        conn.execute("UPDATE documents SET cluster = ? WHERE id = ?", (lone, copy_id))
    clusters_before = partition(release_3)
    out = reprocess(release_3)
    assert "text changed 1," in out and "failed 0" in out
    assert documents(release_3)[url] == expected[url]
    assert partition(release_3) != clusters_before and len(partition(release_3)) == 8
    # The copy rejoined its cluster: its group and each of its cluster-mates' changed.
    group_of = {url: group for group in clusters_before for url in group}
    moved = [u for group in partition(release_3) for u in group if group_of[u] != group]
    assert len(moved) >= 2 and f"cluster changed {len(moved)}," in out
    assert "text changed 0, cluster changed 0, unchanged 15" in reprocess(release_3)


def test_reprocess_of_one_site_touches_only_its_documents(release_3: Path) -> None:
    with sqlite3.connect(f"file:{release_3}?mode=ro", uri=True) as conn:
        site, count = conn.execute(
            "SELECT site, COUNT(*) FROM documents GROUP BY site ORDER BY site LIMIT 1"
        ).fetchone()
    assert f"unchanged {count}," in reprocess(release_3, "--site", site)


def test_reprocess_refuses_a_file_that_is_not_an_archive(tmp_path: Path) -> None:
    (tmp_path / "notes.db").write_text("not a database", encoding="utf-8")
    result = CliRunner().invoke(cli, ["reprocess", "--db", str(tmp_path / "notes.db")])
    assert result.exit_code == 1 and "not an SQLite file" in result.output


def placements(db: Path) -> dict[str, tuple[int, int | None, int]]:
    """Each document's cluster number, distance and canonical copy, as exported."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        rows = conn.execute(
            "SELECT d.url, d.cluster, d.distance, c.canonical_id FROM documents d "
            "JOIN clusters c ON c.id = d.cluster"
        )
        return {url: rest for url, *rest in rows}  # type: ignore[misc]


def test_reprocess_twice_changes_nothing_the_second_time(release_3: Path) -> None:
    reprocess(release_3)
    first = placements(release_3), documents(release_3)
    reprocess(release_3)
    assert (placements(release_3), documents(release_3)) == first


def test_reprocess_of_a_site_the_archive_does_not_hold_is_an_error(release_3: Path) -> None:
    result = CliRunner().invoke(cli, ["reprocess", "--db", str(release_3), "--site", "nosuch"])
    assert result.exit_code == 1 and "no documents of site or source 'nosuch'" in result.output
