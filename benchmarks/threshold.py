"""Choose the n-gram size and the default simhash distance threshold by measurement.

For each n, prints the Hamming distance of every labelled copy to its original (per
transformation: max over essays) and the closest pair of distinct essays. All the
essays share one topic, so distinct pairs are hard negatives.

    python benchmarks/threshold.py
"""

from __future__ import annotations

import itertools
import statistics

from demo.copies import TRANSFORMS, Copy, make_copies, seed_sources
from essaytext.fingerprint import fingerprint, hamming


def _copies(seed: int | None = None) -> list[Copy]:
    """The seed essays' copies under every transformation (not the compilations: not copies)."""
    labelled = make_copies(seed_sources()) if seed is None else make_copies(seed_sources(), seed)
    return [c for c in labelled if c.transform in TRANSFORMS]


def main() -> None:
    essays = seed_sources()
    copies = _copies()
    names = list(TRANSFORMS)
    print(
        f"{len(essays)} essays, {len(copies)} copies, {len(essays) * (len(essays) - 1) // 2} distinct pairs"
    )
    header = f"{'transformation':44}" + "".join(f"  n={n:<3}" for n in range(1, 7))
    print(header)
    by_n = {}
    for n in range(1, 7):
        original = {e.slug: fingerprint(e.text, n) for e in essays}
        dist: dict[str, list[int]] = {name: [] for name in names}
        for c in copies:
            dist[c.transform].append(hamming(original[c.slug], fingerprint(c.text, n)))
        distinct = [
            hamming(original[a.slug], original[b.slug])
            for a, b in itertools.combinations(essays, 2)
        ]
        by_n[n] = (dist, distinct)
    for name in names:
        print(f"{name + ' (max)':44}" + "".join(f"  {max(by_n[n][0][name]):<5}" for n in by_n))
    print(
        f"{'all copies (max)':44}"
        + "".join(f"  {max(max(v) for v in by_n[n][0].values()):<5}" for n in by_n)
    )
    print(
        f"{'all copies (median)':44}"
        + "".join(
            f"  {statistics.median(x for v in by_n[n][0].values() for x in v):<5}" for n in by_n
        )
    )
    print(f"{'distinct essays (min)':44}" + "".join(f"  {min(by_n[n][1]):<5}" for n in by_n))
    print(
        f"{'distinct essays (median)':44}"
        + "".join(f"  {statistics.median(by_n[n][1]):<5}" for n in by_n)
    )


def recall_table(ns: tuple[int, ...] = (3, 4, 5), seeds: range = range(5)) -> None:
    """Recall of copies within k bits, and distinct pairs within k, over several copy seeds."""
    essays = seed_sources()
    print(
        f"\nrecall over copies (all transformations, {len(seeds)} seeds) and distinct pairs merged, by k"
    )
    print(f"{'n':>3} " + "".join(f"  k={k:<4}" for k in range(3, 17)))
    for n in ns:
        original = {e.slug: fingerprint(e.text, n) for e in essays}
        d = [
            hamming(original[c.slug], fingerprint(c.text, n))
            for seed in seeds
            for c in _copies(seed)
        ]
        distinct = [
            hamming(original[a.slug], original[b.slug])
            for a, b in itertools.combinations(essays, 2)
        ]
        print(
            f"{n:>3} " + "".join(f"  {sum(x <= k for x in d) / len(d):<6.3f}" for k in range(3, 17))
        )
        print(f"{'':>3} " + "".join(f"  {sum(x <= k for x in distinct):<6}" for k in range(3, 17)))


if __name__ == "__main__":
    main()
    recall_table()
