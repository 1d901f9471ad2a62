"""Browsing a large archive (Datasette's documents page): sorted by date and counted by
script from indexes, never by reading every row with its text."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from archive import Archive

DATA = Path(__file__).parent / "data"
QUERIES = {
    "SELECT id, title FROM documents ORDER BY published DESC LIMIT 101": "documents_published",
    "SELECT script, COUNT(*) FROM documents GROUP BY script": "documents_script",
}


def _plan(db: Path, sql: str) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql)]


@pytest.mark.parametrize("name", ["archive-pre10.db", "archive-schema3.db"])
def test_an_older_archive_gains_the_indexes_and_queries_use_them(tmp_path: Path, name: str) -> None:
    db = tmp_path / name
    shutil.copy(DATA / name, db)
    by_date = next(iter(QUERIES))
    assert any("TEMP B-TREE" in step for step in _plan(db, by_date))  # sorted row by row
    Archive(db).close()  # a writer's open migrates
    for sql, index in QUERIES.items():
        plan = _plan(db, sql)
        assert any(index in step for step in plan), plan
        assert not any("TEMP B-TREE" in step for step in plan), plan
