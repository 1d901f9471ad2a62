"""Near-duplicate lookup at scale, and fingerprinting speed and quality, in one run.

    python benchmarks/dedup.py [--sizes 10000,100000,1000000] [--queries 1000] [--threshold 5]
                               [--engines archive,simhash,brute] [--repeat 5] [--no-fingerprints]

Index part: for each size N, N random 64-bit fingerprints go into
  - the archive: `Archive.add` of a synthetic document per fingerprint (the crawl's own
    path: a document row, its placement lookup, its index rows), then `Archive.near`;
  - `simhash.SimhashIndex` (in memory, the library's k+1 blocks) with the same k;
  - a brute-force scan: numpy XOR and popcount over all N fingerprints.
Each engine and size runs in its own process, so memory (resident memory over the
process's baseline, after the lookups) is its own. `--engines archive` times the
archive alone (the other engines take minutes at a million); `--no-fingerprints` skips
the fingerprint part. Lookups: half are stored fingerprints with up to k bits
flipped, half random; every engine must return the same documents. Reported: insert
rate, lookup p50 and p99, memory, and ratios against the archive.

Fingerprint part: our `fingerprint(text, 4)` against `simhash.Simhash(text)` with its
defaults on the same texts (the labelled copy set: bundled essays, real-page texts when
the corpus is found, and their copies), median of runs; and the quality of both 64-bit
outputs on that set: bit balance, copy and distinct-pair distances, pairs within k.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from archive import Archive, Page
from demo.copies import COMPILATION, corpus_dir, make_copies, real_sources, seed_sources
from essaytext.essay import Essay
from essaytext.fingerprint import Fingerprints, fingerprint, hamming, simhash_of_normalized
from essaytext.normalize import normalize

ENGINES = ("archive", "simhash", "brute")


def _fingerprints(n: int, queries: int, threshold: int) -> tuple[list[int], list[int]]:
    """N stored fingerprints and the lookups: near copies of stored ones, and random ones."""
    rng = np.random.default_rng(20261121)
    stored = [int(v) for v in rng.integers(0, 2**64, size=n, dtype=np.uint64)]
    lookups = []
    for i in range(queries):
        if i % 2:
            lookups.append(int(rng.integers(0, 2**64, dtype=np.uint64)))
            continue
        value = stored[int(rng.integers(0, n))]
        for bit in rng.choice(64, size=int(rng.integers(0, threshold + 1)), replace=False):
            value ^= 1 << int(bit)
        lookups.append(value)
    return stored, lookups


def _rss_kib() -> int:
    """The process's resident memory now (Linux), else its peak."""
    gc.collect()
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS")))


def _time_lookups(lookup: Any, lookups: list[int]) -> tuple[list[int], list[frozenset[int]]]:
    times, results = [], []
    for value in lookups:
        started = time.perf_counter_ns()
        found = lookup(value)
        times.append(time.perf_counter_ns() - started)
        results.append(frozenset(found))
    return times, results


def worker(engine: str, n: int, queries: int, threshold: int) -> dict[str, Any]:
    """Build one engine over N fingerprints and time its lookups (run in a fresh process)."""
    stored, lookups = _fingerprints(n, queries, threshold)
    baseline = _rss_kib()
    extra: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        if engine == "archive":
            path = Path(folder) / "dedup.db"
            archive = Archive(path, threshold=threshold, ngram=4, batch_size=1000)
            for i, value in enumerate(stored):
                page = Page(f"http://synthetic/{i}", "synthetic", "2026-01-01T00:00:00+00:00")
                prints = Fingerprints(simhash=value, passages=())
                archive.add(page, Essay(None, None, None, "", "hans", fingerprints=prints))
            archive.commit()
            build = time.perf_counter() - started
            # Ids are 1-based in insertion order: report 0-based positions like the others.
            times, results = _time_lookups(
                lambda v: (doc_id - 1 for doc_id, _ in archive.index.near(v)), lookups
            )
            extra["memory_kib"] = _rss_kib() - baseline
            archive.close()
            extra["file_mib"] = round(
                sum(p.stat().st_size for p in Path(folder).iterdir()) / 2**20, 1
            )
        elif engine == "simhash":
            from simhash import Simhash, SimhashIndex

            index = SimhashIndex([], k=threshold)
            for i, value in enumerate(stored):
                index.add(str(i), Simhash(value))
            build = time.perf_counter() - started
            times, results = _time_lookups(
                lambda v: map(int, index.get_near_dups(Simhash(v))), lookups
            )
            extra["memory_kib"] = _rss_kib() - baseline
        else:
            array = np.array(stored, dtype=np.uint64)
            build = time.perf_counter() - started
            times, results = _time_lookups(
                lambda v: np.flatnonzero(
                    np.bitwise_count(array ^ np.uint64(v)) <= threshold
                ).tolist(),
                lookups,
            )
            extra["memory_kib"] = _rss_kib() - baseline
    times.sort()
    return {
        "insert_per_s": n / build,
        "p50_us": times[len(times) // 2] / 1000,
        "p99_us": times[min(len(times) - 1, int(len(times) * 0.99))] / 1000,
        "memory_mib": extra.pop("memory_kib") / 1024,
        "found": sum(map(len, results)),
        "digest": hash(tuple(sorted(map(tuple, map(sorted, results))))),
        **extra,
    }


def run_worker(engine: str, n: int, queries: int, threshold: int) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--worker", engine, str(n), str(queries), str(threshold)],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def index_part(sizes: list[int], queries: int, threshold: int, engines: list[str]) -> None:
    print(f"## Index: lookups within k={threshold} ({queries} lookups per size)\n")
    print(
        "| N | engine | insert /s | lookup p50 µs | lookup p99 µs | memory MiB | "
        "p50 ratio to archive | results |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    p50: dict[tuple[str, int], float] = {}
    for n in sizes:
        rows = {engine: run_worker(engine, n, queries, threshold) for engine in engines}
        ours = rows.get("archive", next(iter(rows.values())))
        for engine, r in rows.items():
            p50[engine, n] = r["p50_us"]
            memory = f"{r['memory_mib']:.0f}"
            if "file_mib" in r:
                memory += f" (+ file {r['file_mib']:.0f})"
            agree = "same" if r["digest"] == ours["digest"] else "DIFFERENT"
            print(
                f"| {n:,} | {engine} | {r['insert_per_s']:,.0f} | {r['p50_us']:,.0f} | "
                f"{r['p99_us']:,.0f} | {memory} | {r['p50_us'] / ours['p50_us']:.1f} | "
                f"{agree} ({r['found']} found) |"
            )
    if len(sizes) > 1:
        first, last = sizes[0], sizes[-1]
        print(f"\nGrowth of lookup p50 from N={first:,} to N={last:,} ({last // first}× the data):")
        for engine in engines:
            print(f"- {engine}: {p50[engine, last] / p50[engine, first]:.2f}×")


def _median_seconds(fn: Any, texts: list[str], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        for text in texts:
            fn(text)
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def fingerprint_part(repeat: int, threshold: int, corpus: str | None) -> None:
    from simhash import Simhash

    sources = seed_sources() + real_sources(corpus_dir(corpus))[0]
    labelled = [c for c in make_copies(sources) if c.transform != COMPILATION]
    texts = [c.text for c in labelled]
    normalized = [normalize(t) for t in texts]
    chars = sum(map(len, texts))
    print(
        f"\n## Fingerprinting: {len(texts)} texts ({chars / len(texts):,.0f} characters on "
        f"average), median of {repeat} runs\n"
    )
    print("| what | ms per text | speed-up |")
    print("| --- | --- | --- |")
    base = _median_seconds(Simhash, texts, repeat)
    rows = [
        ("`simhash.Simhash(text)`, defaults", base),
        (
            "ours: `fingerprint(text, 4)` (normalization included)",
            _median_seconds(lambda t: fingerprint(t, 4), texts, repeat),
        ),
        ("`simhash.Simhash(normalized)`", _median_seconds(Simhash, normalized, repeat)),
        (
            "ours: `simhash_of_normalized(normalized, 4)`",
            _median_seconds(lambda t: simhash_of_normalized(t, 4), normalized, repeat),
        ),
    ]
    for name, seconds in rows:
        print(f"| {name} | {seconds / len(texts) * 1000:.3f} | {base / seconds:.1f}× |")

    print("\nQuality of the 64-bit output on the labelled set (same normalized texts):\n")
    print(
        "| function | copy distance to original, median / max | distinct documents, "
        f"min / mean ± sd (ideal 32 ± 4) | copies within {threshold} | distinct within {threshold} |"
    )
    print("| --- | --- | --- | --- | --- |")
    functions: dict[str, Callable[[str], int]] = {
        "ours (numpy, FNV-1a + splitmix64)": lambda t: simhash_of_normalized(t, 4),
        "`simhash.Simhash` (md5 features)": lambda t: int(Simhash(t).value),
    }
    for name, fn in functions.items():
        values = [fn(t) for t in normalized]
        original = {c.slug: values[i] for i, c in enumerate(labelled) if c.transform == "original"}
        copies = [
            hamming(values[i], original[c.slug])
            for i, c in enumerate(labelled)
            if c.transform != "original"
        ]
        distinct = [
            hamming(values[i], values[j])
            for i, j in itertools.combinations(range(len(labelled)), 2)
            if labelled[i].slug != labelled[j].slug
        ]
        print(
            f"| {name} | {statistics.median(copies)} / {max(copies)} | {min(distinct)} / "
            f"{statistics.mean(distinct):.1f} ± {statistics.stdev(distinct):.1f} | "
            f"{sum(d <= threshold for d in copies) / len(copies):.3f} | "
            f"{sum(d <= threshold for d in distinct)} of {len(distinct):,} |"
        )


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        engine, n, queries, threshold = sys.argv[2], *map(int, sys.argv[3:6])
        print(json.dumps(worker(engine, n, queries, threshold)))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--threshold", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=5, help="fingerprinting runs")
    parser.add_argument("--corpus", help="real-page corpus (default: ESSAY_CORPUS_DIR)")
    parser.add_argument("--engines", default=",".join(ENGINES), help="index engines to time")
    parser.add_argument("--no-fingerprints", action="store_true", help="skip fingerprinting")
    args = parser.parse_args()
    engines = args.engines.split(",")
    if not engines or set(engines) - set(ENGINES):
        parser.error(f"--engines takes some of {','.join(ENGINES)}")
    if not args.no_fingerprints:
        fingerprint_part(args.repeat, args.threshold, args.corpus)
        print()
    index_part([int(s) for s in args.sizes.split(",")], args.queries, args.threshold, engines)


if __name__ == "__main__":
    main()
