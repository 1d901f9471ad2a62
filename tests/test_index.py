from __future__ import annotations

import random

import pytest

from archive.index import block_layout, split_blocks, to_signed, to_unsigned


@pytest.mark.parametrize("blocks", [1, 4, 7, 13, 64])
def test_block_layout_covers_64_bits(blocks: int) -> None:
    layout = block_layout(blocks)
    assert len(layout) == blocks
    assert sum(width for _, width in layout) == 64
    assert [shift for shift, _ in layout] == sorted(shift for shift, _ in layout)


def test_block_layout_rejects_bad_counts() -> None:
    with pytest.raises(ValueError):
        block_layout(0)


def test_blocks_reassemble_the_fingerprint() -> None:
    value = 0xFEDCBA9876543210
    rebuilt = sum(
        part << shift
        for part, (shift, _) in zip(split_blocks(value, 13), block_layout(13), strict=True)
    )
    assert rebuilt == value


@pytest.mark.parametrize("k", [3, 8, 12])
def test_pigeonhole_every_pair_within_k_shares_a_block(k: int) -> None:
    rng = random.Random(k)
    for _ in range(500):
        a = rng.getrandbits(64)
        b = a
        for bit in rng.sample(range(64), rng.randint(0, k)):
            b ^= 1 << bit
        assert any(
            x == y for x, y in zip(split_blocks(a, k + 1), split_blocks(b, k + 1), strict=True)
        )


@pytest.mark.parametrize("value", [0, 1, (1 << 63) - 1, 1 << 63, (1 << 64) - 1])
def test_signed_round_trip(value: int) -> None:
    signed = to_signed(value)
    assert -(1 << 63) <= signed < 1 << 63
    assert to_unsigned(signed) == value
