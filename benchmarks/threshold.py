"""Choose the n-gram size and the default simhash distance threshold by measurement.

For each n, prints the Hamming distance of every labelled copy to its original (per
transformation: max over essays) and the closest pair of distinct essays. All the
essays share one topic, so distinct pairs are hard negatives.

    python benchmarks/threshold.py
"""

from __future__ import annotations

import itertools
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copies import TRANSFORMS, make_copies

from archive.demo.essays import load_essays
from essaytext.fingerprint import fingerprint, hamming


def main() -> None:
    essays = list(load_essays().values())
    copies = make_copies(essays)
    names = [*TRANSFORMS, "traditional+hard_wrap+half_width"]
    print(
        f"{len(essays)} essays, {len(copies)} copies, {len(essays) * (len(essays) - 1) // 2} distinct pairs"
    )
    header = f"{'transformation':34}" + "".join(f"  n={n:<3}" for n in range(1, 7))
    print(header)
    by_n = {}
    for n in range(1, 7):
        original = {e.slug: fingerprint(e.text, n) for e in essays}
        dist: dict[str, list[int]] = {name: [] for name in names}
        for slug, name, text in copies:
            dist[name].append(hamming(original[slug], fingerprint(text, n)))
        distinct = [
            hamming(original[a.slug], original[b.slug])
            for a, b in itertools.combinations(essays, 2)
        ]
        by_n[n] = (dist, distinct)
    for name in names:
        print(f"{name + ' (max)':34}" + "".join(f"  {max(by_n[n][0][name]):<5}" for n in by_n))
    print(
        f"{'all copies (max)':34}"
        + "".join(f"  {max(max(v) for v in by_n[n][0].values()):<5}" for n in by_n)
    )
    print(
        f"{'all copies (median)':34}"
        + "".join(
            f"  {statistics.median(x for v in by_n[n][0].values() for x in v):<5}" for n in by_n
        )
    )
    print(f"{'distinct essays (min)':34}" + "".join(f"  {min(by_n[n][1]):<5}" for n in by_n))
    print(
        f"{'distinct essays (median)':34}"
        + "".join(f"  {statistics.median(by_n[n][1]):<5}" for n in by_n)
    )


def recall_table(ns: tuple[int, ...] = (3, 4, 5), seeds: range = range(5)) -> None:
    """Recall of copies within k bits, and distinct pairs within k, over several copy seeds."""
    essays = list(load_essays().values())
    print(
        f"\nrecall over copies (all transformations, {len(seeds)} seeds) and distinct pairs merged, by k"
    )
    print(f"{'n':>3} " + "".join(f"  k={k:<4}" for k in range(3, 17)))
    for n in ns:
        original = {e.slug: fingerprint(e.text, n) for e in essays}
        d = [
            hamming(original[s], fingerprint(t, n))
            for seed in seeds
            for s, _, t in make_copies(essays, seed)
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
