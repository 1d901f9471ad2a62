"""A writer's memory of its block index: which block values are held, and a tag of the rest.

A lookup probes 67 block values (threshold 5); in a large archive each probe is a B-tree
descent that misses the CPU's caches and often SQLite's page cache too, and about a third
of the values are held by some document (at a million documents). This filter rules out,
in memory, the probes that cannot lead to a fingerprint within the threshold: a value no
document holds, or one whose only holder differs from the fingerprint in more bits next
to the block than the threshold leaves. What is left is read from SQLite.

One 32-bit slot per block value (threshold 5: 2^23 slots, 32 MiB at most), or fewer
slots that values share while the index is small (eight per row when read, read again
in twice the slots when a quarter are used): 0 when empty, `_MANY` when three rows or
more (or removed ones and others) share it, else one or two tags of 16 bits, each
`_HELD` | 15 bits of a holder's fingerprint just past the block. Those 15 bits lie
outside the block, so a holder within k bits of the fingerprint differs in at most
k - (bits the probe flips) of them. Two tags a slot, not one: at a million documents
one block value in twenty is held twice, and those probes were most of the 5 of 67 left
(about 2 are left now). The filter may keep a probe it could have ruled out (removed or
rolled-back rows stay), never the other way round.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from .index import Layout

_SLOTS = 1 << 23  # at most
_FEWEST = 1 << 16
_HELD = 0x8000
_MANY = 0xFFFFFFFF
_TAG = 0xFFFF  # one tag of a slot (its lower half; the upper half holds a second)
_TAG_BITS = 15
_LOAD_CHUNKS_LOG2 = 4  # each block read in 16 ranges of values


class BlockFilter:
    """The slots of one index layout, read from the table once and kept up by `mark`."""

    def __init__(self, layout: Layout, threshold: int, rows: int) -> None:
        # A power of two (see `probes`): five blocks or more share a few slots even when largest.
        total = 1 << (sum(1 << width for _, width in layout.widths).bit_length() - 1)
        self._size = min(total, _SLOTS, max(_FEWEST, 1 << (8 * rows).bit_length()))
        self._largest = min(total, _SLOTS)
        self.marked = 0
        tag_mask = (1 << min(_TAG_BITS, 64 - max(width for _, width in layout.widths))) - 1
        self._tag_mask = tag_mask
        blocks, offset, wrap = [], 0, self._size - 1
        for (shift, width), (_, mask, flips) in zip(layout.widths, layout.flips, strict=True):
            # (flip, its bits within a slot number, how many bits the other 15 may differ by)
            allowed = tuple((flip, flip & wrap, threshold - flip.bit_count()) for flip in flips)
            blocks.append((shift, mask, offset, (shift + width) % 64, allowed))
            offset += 1 << width
        self._blocks = tuple(blocks)
        self._array = np.zeros(self._size, dtype=np.uint32)  # pages are touched as used
        self._slots = self._array.data  # a memoryview: fast single-slot access from Python

    def crowded(self) -> bool:
        """Whether a quarter of the slots are used and more would be allowed."""
        return self._size < self._largest and self.marked > self._size // 4

    def _tag(self, simhash: int, rot: int) -> int:
        return _HELD | (((simhash >> rot) | (simhash << (64 - rot))) & self._tag_mask)

    def mark(self, simhash: int) -> None:
        """A document with this (unsigned) fingerprint was added to every block."""
        slots, size = self._slots, self._size
        self.marked += len(self._blocks)
        for shift, mask, offset, rot, _ in self._blocks:
            slot = (offset + ((simhash >> shift) & mask)) % size
            slots[slot] = _with(slots[slot], self._tag(simhash, rot))

    def probes(self, simhash: int) -> list[list[int]]:
        """For each block: the probed values (as stored) that may hold a near fingerprint.

        A value's slot is (offset + value) % size. Each block's offset is a multiple of
        its number of values (widths never grow), and the size a power of two, so the slot
        of a flipped value is the slot of the fingerprint's own, flipped: one XOR a probe.
        """
        slots, wrap, tag_mask = self._slots, self._size - 1, self._tag_mask
        out = []
        for shift, mask, offset, rot, allowed in self._blocks:
            own = (simhash >> shift) & mask
            at = (offset + own) & wrap
            tag = _HELD | (((simhash >> rot) | (simhash << (64 - rot))) & tag_mask)
            kept = [
                own ^ flip
                for flip, slot_flip, room in allowed
                if (held := slots[at ^ slot_flip])
                and (
                    held == _MANY
                    or ((held & _TAG) ^ tag).bit_count() <= room
                    or (held > _TAG and ((held >> 16) ^ tag).bit_count() <= room)
                )
            ]
            # Only a whole 64-bit block (threshold 0 or 1) can exceed SQLite's signed INTEGER.
            out.append([v - (1 << 64) if v >> 63 else v for v in kept] if mask >> 63 else kept)
        return out

    def load(self, conn: sqlite3.Connection) -> None:
        """Fill the slots from the table, a range of block values at a time: its
        fingerprints in one string, parsed by numpy (a million documents in about a
        second, in a few MiB; a row at a time takes four seconds); then the recent
        fingerprints (archive/recent.py), in every block."""
        (recent,) = conn.execute("SELECT group_concat(simhash) FROM simhash_recent").fetchone()
        for block, (shift, mask, offset, rot, _) in enumerate(self._blocks):
            if recent:
                self._fill(np.fromstring(recent, dtype=np.int64, sep=",").view(np.uint64),
                           shift, mask, offset, rot)  # fmt: skip
            step = (mask >> _LOAD_CHUNKS_LOG2) + 1
            for start in range(0, mask + 1, step):
                low, high = start, start + step - 1
                if mask >> 63:  # a whole 64-bit block is stored signed
                    low, high = (v - (1 << 64) if v >> 63 else v for v in (low, high))
                (joined,) = conn.execute(
                    "SELECT group_concat(simhash) FROM simhash_blocks "
                    "WHERE block = ? AND value BETWEEN ? AND ?",
                    (block, low, high),
                ).fetchone()
                if joined:
                    self._fill(np.fromstring(joined, dtype=np.int64, sep=",").view(np.uint64),
                               shift, mask, offset, rot)  # fmt: skip

    def _fill(
        self, hashes: npt.NDArray[np.uint64], shift: int, mask: int, offset: int, rot: int
    ) -> None:
        array = self._array
        self.marked += len(hashes)
        values = (hashes >> np.uint64(shift)) & np.uint64(mask)
        slots = ((values + np.uint64(offset)) % np.uint64(self._size)).astype(np.int64)
        rotated = (hashes >> np.uint64(rot)) | (hashes << np.uint64((64 - rot) % 64))
        tags = (np.uint64(_HELD) | (rotated & np.uint64(self._tag_mask))).astype(np.int64)
        touched = np.unique(slots)
        now = array[touched].astype(np.int64)
        # Every (slot, tag) pair once: the new tags, and the tags the slots hold already.
        pairs = np.unique(np.concatenate([slots << 16 | tags, touched << 16 | (now & _TAG),
                                          touched << 16 | (now >> 16)]))  # fmt: skip
        pairs = pairs[(pairs & _TAG) != 0]  # not an empty half
        # Sorted by slot, then tag (each touched slot has a new one): its first two tags
        # and how many it has.
        _, first, counts = np.unique(pairs >> 16, return_index=True, return_counts=True)
        second = pairs[np.minimum(first + 1, len(pairs) - 1)] & _TAG
        value = (pairs[first] & _TAG) | np.where(counts == 2, second << 16, 0)
        array[touched] = np.where((counts > 2) | (now == _MANY), _MANY, value)


def _with(held: int, tag: int) -> int:
    """A slot's value once a holder with this tag is added: a third tag makes it `_MANY`."""
    low, high = held & _TAG, held >> 16
    if held == _MANY or tag in (low, high):
        return held
    if not low:
        return tag
    return held | tag << 16 if not high else _MANY
