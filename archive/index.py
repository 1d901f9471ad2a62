"""The block index of 64-bit simhash fingerprints (Manku, Jain and Das Sarma, WWW 2007).

Split a fingerprint into k+1 blocks: two fingerprints within Hamming distance k agree
exactly on at least one block (pigeonhole), so a lookup is k+1 exact probes on indexed
(block number, block value) pairs, then an exact distance check on the few candidates.
"""

from __future__ import annotations

MASK64 = (1 << 64) - 1


def block_layout(blocks: int) -> list[tuple[int, int]]:
    """(shift, width) of each block, widths as even as 64 bits allow."""
    if not 1 <= blocks <= 64:
        raise ValueError(f"blocks must be between 1 and 64, got {blocks}")
    base, extra = divmod(64, blocks)
    layout, shift = [], 0
    for i in range(blocks):
        width = base + (1 if i < extra else 0)
        layout.append((shift, width))
        shift += width
    return layout


def split_blocks(value: int, blocks: int) -> list[int]:
    """The block values of a fingerprint, one per block of `block_layout(blocks)`.

    Signed, so that a single 64-bit block (threshold 0) fits SQLite's INTEGER.
    """
    return [
        to_signed((value >> shift) & ((1 << width) - 1)) for shift, width in block_layout(blocks)
    ]


def to_signed(value: int) -> int:
    """Two's-complement signed form of an unsigned 64-bit value (what SQLite INTEGER holds)."""
    value &= MASK64
    return value - (1 << 64) if value >= 1 << 63 else value


def to_unsigned(value: int) -> int:
    """Unsigned 64-bit value of a signed SQLite INTEGER."""
    return value & MASK64
