"""The compact set of 64-bit ids (essaytext/idset.py) against Python's set."""

from __future__ import annotations

import random

import pytest

from essaytext.idset import IdSet


def test_holds_what_a_set_holds_through_every_growth() -> None:
    rng = random.Random(12)
    table, truth = IdSet(capacity=4), set()
    # signed ids, and ids with the same low bits: long probe runs that wrap around the array
    numbers = [rng.randrange(-(1 << 63), 1 << 63) or 1 for _ in range(3000)]
    numbers += [n << 20 for n in range(-250, 250) if n]  # all in the first slot, and
    numbers += [(n << 20) | 0xFFFFF for n in range(-250, 250)]  # in the last: they wrap
    for number in rng.choices(numbers, k=6000):
        assert table.add(number) is (number not in truth)
        truth.add(number)
    assert len(table) == len(truth) and sorted(table) == sorted(truth)
    assert all(number in table for number in truth)
    assert not any(rng.randrange(-(1 << 63), 1 << 63) in table for _ in range(2000))


def test_cleared_it_holds_nothing_and_takes_ids_again() -> None:
    table = IdSet([5, -7, 1 << 62])
    assert len(table) == 3 and -7 in table
    table.clear()
    assert len(table) == 0 and not list(table) and -7 not in table
    assert table.add(-7) and -7 in table


def test_zero_is_not_an_id() -> None:
    table = IdSet()
    assert 0 not in table
    with pytest.raises(ValueError, match="empty slot"):
        table.add(0)
