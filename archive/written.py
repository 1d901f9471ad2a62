"""The documents a writer committed, in order: 8 bytes each, a crawl's only record of them
in memory. At the close the copies among them are counted and their pages checked against
the site templates learned meanwhile (pipelines/templates.py), a chunk of ids at a time."""

from __future__ import annotations

from array import array
from collections.abc import Iterator

import numpy as np

CHUNK = 10_000


class Written:
    """Document ids as committed (a document written twice is there twice)."""

    def __init__(self) -> None:
        self.ids = array("q")

    def __len__(self) -> int:
        return len(self.ids)

    def add(self, doc_id: int) -> None:
        self.ids.append(doc_id)

    def settle(self) -> None:
        """Keep each document once (a writer serving run after run adds them again)."""
        self.ids = array("q", np.unique(np.frombuffer(self.ids, dtype=np.int64)).tobytes())

    def chunks(self, since: int = 0) -> Iterator[list[int]]:
        """The distinct ids from the `since`-th on, in order, CHUNK at a time."""
        distinct = np.unique(np.frombuffer(self.ids, dtype=np.int64)[since:])
        for start in range(0, len(distinct), CHUNK):
            yield distinct[start : start + CHUNK].tolist()
