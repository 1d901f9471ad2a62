"""The documents a writer committed (archive/written.py): each once, in order, in chunks,
from a given commit on."""

from __future__ import annotations

import pytest

from archive import written as written_module
from archive.written import Written


def test_chunks_hold_each_document_once_in_order_from_the_given_commit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(written_module, "CHUNK", 3)
    written = Written()
    for doc_id in (5, 2, 9, 2, 7, 11, 5, 1):
        written.add(doc_id)
    assert len(written) == 8
    assert list(written.chunks()) == [[1, 2, 5], [7, 9, 11]]
    assert list(written.chunks(since=4)) == [[1, 5, 7], [11]]
    assert list(Written().chunks()) == []


def test_settled_each_document_is_once_and_the_next_run_starts_after_them() -> None:
    written = Written()
    for doc_id in (3, 1, 3, 2, 1):
        written.add(doc_id)
    written.settle()
    since = len(written)
    written.add(1)
    assert since == 3 and list(written.chunks()) == [[1, 2, 3]]
    assert list(written.chunks(since)) == [[1]]
