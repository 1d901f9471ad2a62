"""A writer's recent fingerprints in memory (archive/held.py): every held document a probe
reaches is found, nothing else, in every block layout; a document let go or held again is
found once, with its latest fingerprint."""

from __future__ import annotations

import random

import pytest

from archive.held import Held
from archive.index import Layout


def reached(layout: Layout, fingerprints: dict[int, int], simhash: int) -> set[tuple[int, int]]:
    """By brute force: the documents sharing a probed value of some block with `simhash`."""
    found = set()
    for block, values in enumerate(layout.probes(simhash)):
        shift, width = layout.widths[block]
        wanted = {value & ((1 << width) - 1) for value in values}
        for doc_id, other in fingerprints.items():
            if (other >> shift) & ((1 << width) - 1) in wanted:
                found.add((doc_id, other))
    return found


def found(held: Held, layout: Layout, simhash: int) -> list[tuple[int, int]]:
    return [
        hit
        for block, values in enumerate(layout.probes(simhash))
        for hit in held.find(block, values)
    ]


@pytest.mark.parametrize("threshold", [0, 1, 3, 5, 9, 40])
def test_a_probe_finds_exactly_the_held_documents_sharing_its_block_values(threshold: int) -> None:
    layout = Layout.for_threshold(threshold)
    rng = random.Random(threshold)
    held, fingerprints = Held(layout.widths), {}
    bases = [rng.getrandbits(64) for _ in range(40)]
    for doc_id in range(1, 3001):  # clusters of near fingerprints, so probes meet
        simhash = rng.choice(bases) ^ (1 << rng.randrange(64)) ^ (1 << rng.randrange(64))
        held.hold(doc_id, simhash)
        fingerprints[doc_id] = simhash
    for _ in range(60):
        query = rng.choice(bases) ^ (1 << rng.randrange(64))
        hits = found(held, layout, query)
        assert len(set(hits)) == len({doc_id for doc_id, _ in hits})  # each document once a block
        assert set(hits) == reached(layout, fingerprints, query)


def test_a_document_let_go_or_held_again_is_found_once_with_its_latest_fingerprint() -> None:
    layout = Layout.for_threshold(5)
    held = Held(layout.widths)
    first, second = 0x0123_4567_89AB_CDEF, 0xFEDC_BA98_7654_3210
    held.hold(7, first)
    held.hold(9, first ^ 1)
    held.hold(7, second)  # replaced: the old fingerprint no longer leads to it
    assert set(found(held, layout, first)) == {(9, first ^ 1)}
    assert {doc for doc, _ in found(held, layout, second)} == {7}
    held.let_go(9)
    assert found(held, layout, first) == []
    assert len(held) == 3  # slots stay taken until the merge empties the memory
