from __future__ import annotations

import random
import sqlite3

import pytest

from archive import blockfilter, recent
from archive.index import _TABLE, Layout, SimhashIndex, to_signed, to_unsigned
from archive.recent import TABLE as RECENT_TABLE


@pytest.mark.parametrize("threshold", [0, 1, 3, 5, 6, 12, 63])
def test_layout_blocks_cover_64_bits(threshold: int) -> None:
    layout = Layout.for_threshold(threshold)
    widths = layout.widths
    assert len(widths) == layout.blocks == threshold // 2 + 1
    assert sum(width for _, width in widths) == 64
    assert [shift for shift, _ in widths] == sorted(shift for shift, _ in widths)


@pytest.mark.parametrize("threshold", [-1, 64])
def test_layout_rejects_bad_thresholds(threshold: int) -> None:
    with pytest.raises(ValueError):
        Layout.for_threshold(threshold)


def test_blocks_reassemble_the_fingerprint() -> None:
    layout = Layout.for_threshold(12)
    value = 0xFEDCBA9876543210
    rebuilt = sum(
        to_unsigned(part) << shift
        for part, (shift, _) in zip(layout.split(value), layout.widths, strict=True)
    )
    assert rebuilt == value


def test_probes_are_the_block_and_its_one_bit_neighbours() -> None:
    layout = Layout.for_threshold(5)
    probes = layout.probes(0)
    assert [len(p) for p in probes] == [width + 1 for _, width in layout.widths]
    assert probes[0][:3] == [0, 1, 2]
    assert Layout.for_threshold(0).probes(1 << 63) == [[to_signed(1 << 63)]]


@pytest.mark.parametrize("k", [0, 1, 2, 3, 5, 6, 12])
def test_every_pair_within_k_meets_in_a_probed_block(k: int) -> None:
    layout = Layout.for_threshold(k)
    rng = random.Random(k)
    for _ in range(500):
        a = rng.getrandbits(64)
        b = a
        for bit in rng.sample(range(64), k):  # exactly k bits: the hardest case
            b ^= 1 << bit
        stored = layout.split(b)
        assert any(value in probed for value, probed in zip(stored, layout.probes(a), strict=True))


def test_a_pair_beyond_the_guarantee_can_be_missed() -> None:
    # k=1 is one 64-bit block probed within 1 bit: 2 bits apart is never found.
    layout = Layout.for_threshold(1)
    assert layout.split(0b11)[0] not in layout.probes(0)[0]


@pytest.mark.parametrize("value", [0, 1, (1 << 63) - 1, 1 << 63, (1 << 64) - 1])
def test_signed_round_trip(value: int) -> None:
    signed = to_signed(value)
    assert -(1 << 63) <= signed < 1 << 63
    assert to_unsigned(signed) == value


@pytest.mark.parametrize("merge_at", [1 << 16, 300])
@pytest.mark.parametrize("fewest", [1 << 16, 64])
@pytest.mark.parametrize("k", [0, 1, 3, 5, 12])
def test_a_writers_filter_finds_what_reading_every_probe_finds(
    k: int, fewest: int, merge_at: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The writer's in-memory filter leaves out probes, never a fingerprint within k:
    loaded half-way, kept up by adds, with removed rows, read afresh, and (64 slots at
    first) with values sharing slots and read again into more slots as it fills; with
    recent fingerprints held in memory, merged into the blocks every 300 or never."""
    monkeypatch.setattr(blockfilter, "_FEWEST", fewest)
    monkeypatch.setattr(recent, "MERGE_AT", merge_at)
    conn = sqlite3.connect(":memory:")
    conn.execute(_TABLE)
    conn.execute(RECENT_TABLE)
    writer, plain = SimhashIndex(conn, k, held=True), SimhashIndex(conn, k)
    rng = random.Random(k)
    bases = [rng.getrandbits(64) for _ in range(200)]
    stored: dict[int, int] = {}
    for doc_id in range(1, 2001):
        value = rng.choice(bases)
        for bit in rng.sample(range(64), rng.randint(0, k + 2)):
            value ^= 1 << bit
        stored[doc_id] = value
        writer.add(doc_id, value)
        writer.merge_if_due()
        if doc_id == 1000:
            writer.near(0)  # the filter is read from the table here, then kept up
    for doc_id in rng.sample(sorted(stored), 300):
        writer.remove(doc_id, stored.pop(doc_id))
    queries = [rng.getrandbits(64) for _ in range(100)]
    kept = sorted(stored.values())
    queries += rng.sample(kept, 100) + [v ^ (1 << rng.randrange(64)) for v in rng.sample(kept, 100)]
    fresh = SimhashIndex(conn, k, held=True)
    found = 0
    for query in queries:
        expected = plain.near(query)
        assert writer.near(query) == expected == fresh.near(query)
        found += len(expected)
    assert found >= 100  # copies were there to find
