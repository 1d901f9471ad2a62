"""A set of 64-bit ids in one array: 8 to 16 bytes an id, where Python's set of ints takes
about 60, each id a small object among a crawl's short-lived ones.

Open addressing with linear probing over a signed 64-bit `array`, at most half full, the
array doubled when it would be more. 0 marks an empty slot, so it is not an id: callers
hash into the non-zero numbers (`or 1`). Used for the requests a crawl has seen
(crawler/seen.py), the links it offered (crawler/scheduled.py) and the pages it counted
for site templates (essaytext/template.py).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator


class IdSet:
    """Non-zero signed 64-bit numbers; add-only but for `clear`."""

    def __init__(self, ids: Iterable[int] = (), capacity: int = 512) -> None:
        self._empty(1 << (max(capacity, 1) * 2 - 1).bit_length())
        for number in ids:
            self.add(number)

    def _empty(self, size: int) -> None:
        self._slots = array("q", bytes(8 * size))
        self._mask, self._count = size - 1, 0

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[int]:
        return (number for number in self._slots if number)

    def __contains__(self, number: int) -> bool:
        return number != 0 and self._slots[self._slot(number)] == number

    def add(self, number: int) -> bool:
        """Hold `number`; False when it was already held."""
        if number == 0:
            raise ValueError("0 is not an id: it marks an empty slot")
        i = self._slot(number)
        if self._slots[i]:
            return False
        self._slots[i] = number
        self._count += 1
        if self._count * 2 > len(self._slots):
            self._grow()
        return True

    def clear(self) -> None:
        """Hold nothing (and let the array go)."""
        self._empty(1024)

    def _slot(self, number: int) -> int:
        """The slot that holds `number`, or the empty one where it would go."""
        slots, mask, i = self._slots, self._mask, number & self._mask
        while slots[i] and slots[i] != number:
            i = (i + 1) & mask
        return i

    def _grow(self) -> None:
        held = self._slots
        self._empty(2 * len(held))
        for number in held:
            if number:
                self.add(number)
