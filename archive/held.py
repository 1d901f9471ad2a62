"""A writer's recent fingerprints in memory, found by block value: hash chains in flat arrays.

Held as dicts of tuples (a dict per block, block value -> documents) they took about
0.3 KB a document, 20 MB at `MERGE_AT` (archive/recent.py), growing with every page a
crawl archived until the merge. Here a document takes 28 bytes (its id, its fingerprint
and a 4-byte link a block, in `array`s) and each block a fixed table of chain heads: at the
default threshold (3 blocks) 1.5 MiB, allocated once. A block value's documents are a
chain through `links`, newest first; a let-go document stays in its chains, marked gone.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator

import numpy as np

# Chain heads per block: a block's values are spread over at most this many chains
# (fewer for narrow blocks), about one document a chain at MERGE_AT.
HEAD_BITS = 17
_GONE = -1


class Held:
    """Fingerprints by block value, for blocks of the given (shift, width)."""

    def __init__(self, widths: tuple[tuple[int, int], ...]) -> None:
        self.widths = widths
        self.ids = array("q")
        self.fingerprints = array("Q")
        self.links = [array("i") for _ in widths]
        self.heads = [array("i", [_GONE]) * (1 << min(HEAD_BITS, w)) for _, w in widths]
        self.top = 0  # the greatest document id held

    def __len__(self) -> int:
        """Slots taken, let-go documents included: what the memory holds."""
        return len(self.ids)

    def hold(self, doc_id: int, simhash: int) -> None:
        """Hold a document's (unsigned) fingerprint, replacing one it had."""
        if doc_id <= self.top:
            self.let_go(doc_id)
        self.top = max(self.top, doc_id)
        slot = len(self.ids)
        self.ids.append(doc_id)
        self.fingerprints.append(simhash)
        for (shift, _), links, heads in zip(self.widths, self.links, self.heads, strict=True):
            chain = (simhash >> shift) & (len(heads) - 1)
            links.append(heads[chain])
            heads[chain] = slot

    def let_go(self, doc_id: int) -> None:
        """Forget a document (its slot stays in its chains, marked gone)."""
        ids = np.frombuffer(self.ids, dtype=np.int64)
        slots = np.flatnonzero(ids == doc_id).tolist()
        del ids  # the array may grow again
        for slot in slots:
            self.ids[slot] = _GONE

    def find(self, block: int, values: list[int]) -> Iterator[tuple[int, int]]:
        """(document id, fingerprint) of the held documents with one of the block's values."""
        shift, width = self.widths[block]
        mask = (1 << width) - 1
        heads, links = self.heads[block], self.links[block]
        ids, fingerprints = self.ids, self.fingerprints
        for value in values:
            value &= mask  # a whole 64-bit block's values come signed
            slot = heads[value & (len(heads) - 1)]
            while slot != _GONE:
                simhash = fingerprints[slot]
                if (simhash >> shift) & mask == value and ids[slot] != _GONE:
                    yield ids[slot], simhash
                slot = links[slot]
