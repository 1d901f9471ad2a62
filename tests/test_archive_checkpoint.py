"""The writer's write-ahead log is copied into the file on a thread, and kept short."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from archive import Archive, Page
from archive import checkpoint as checkpoint_module
from essaytext.essay import Essay
from essaytext.fingerprint import Fingerprints


def page(n: int) -> Page:
    return Page(f"http://a/{n}", "a", "2026-11-21T00:00:00+00:00", body=bytes(range(256)) * 8)


def essay(n: int) -> Essay:
    prints = Fingerprints(simhash=(n * 0x9E3779B97F4A7C15) % 2**64, passages=())
    return Essay(None, None, None, f"第{n}篇。" * 50, "hans", fingerprints=prints)


def wal_frames(path: Path) -> int:
    size = Path(f"{path}-wal").stat().st_size
    return max(0, size - 32) // (4096 + 24)


def test_the_log_is_copied_beside_the_writer_and_started_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(checkpoint_module, "LOG_LIMIT", 40)
    monkeypatch.setattr(checkpoint_module, "PAUSE", 0.0)
    path = tmp_path / "a.db"
    archive = Archive(path, threshold=5, ngram=4, batch_size=20)
    assert archive.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
    largest = 0
    for n in range(600):
        archive.add(page(n), essay(n))
        largest = max(largest, wal_frames(path))
    # Without checkpoints the log would hold every page written (hundreds of frames);
    # it is started over once it passes the limit, and a file cut back to the limit.
    assert largest < 200
    reader = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    assert reader.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 600
    reader.close()
    archive.close()
    assert not Path(f"{path}-wal").exists()  # the last connection merged it
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        indexed = "SELECT (SELECT COUNT(*) FROM simhash_blocks) / 3 + (SELECT COUNT(*) FROM simhash_recent)"
        assert conn.execute(indexed).fetchone()[0] == 600


def test_a_failed_background_checkpoint_hands_checkpoints_back_to_the_writer(
    tmp_path: Path,
) -> None:
    path = tmp_path / "a.db"
    with Archive(path, threshold=5, ngram=4, batch_size=5) as archive:
        checkpointer = archive._checkpointer
        assert checkpointer is not None
        checkpointer.failed = True  # as after a full disk
        for n in range(6):
            archive.add(page(n), essay(n))
        assert archive.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 6


def test_a_reader_has_no_checkpoint_thread(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    Archive(path, threshold=5, ngram=4).close()
    reader = Archive(path, readonly=True)
    assert reader._checkpointer is None
    reader.close()
