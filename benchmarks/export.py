"""Export at scale: peak memory must stay flat from 10k to 1M documents.

    python benchmarks/export.py [--sizes 10000,100000,1000000] [--dir DIR] [--reuse]
                                [--no-gzip] [--keep-output]

For each size N an archive of N synthetic documents is made in DIR (default: the
system's temporary folder): the real schema (`Archive` makes the file and migrates
it), then documents, clusters of 1-4 copies and "contained in" relations inserted in
bulk (the crawl's own path would take hours at a million; the export does not care how
a row got there). `--reuse` keeps an archive already made for that size. Documents: 20
sites, 5 sites.toml sources, texts of 400-1,200 characters cut from the bundled essay,
published dates over 2020-2025 (10% none, 5% a month only), first fetched in 2026.
The search index stays empty (`--query` is `search`'s benchmark).

Then `python -m archive export` runs on each, in a child process (as a user runs it,
quick_check included), and the child's peak resident memory (`os.wait4`'s ru_maxrss),
its wall time, documents/s and the output's size are reported side by side; at the
largest size also filtered exports (`--site` + `--since`: the site index; `--since` alone:
a scan, as published dates have no index) and a `.jsonl.gz` one.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

SITES = [f"www.site{i:02d}.example.cn" for i in range(20)]
SOURCES = ["qstheory", "people", "gmw", "xinhua", "cctv"]
FILTER_SITE = SITES[3]
FILTER_SINCE = "2024-01-01"
FILTER_SINCE_ONLY = "2025-12-01"  # 1 document in 80


def _corpus(size: int = 200_000) -> str:
    """A long text of the bundled essays' sentences in a seeded random order."""
    from demo.essays import load_essays

    sentences = [
        sentence + "。"
        for essay in load_essays().values()
        for paragraph in essay.paragraphs
        for sentence in paragraph.split("。")
        if sentence
    ]
    rng, parts, length = random.Random(13), [], 0
    while length < size:
        parts.append(rng.choice(sentences))
        length += len(parts[-1])
    return "".join(parts)


def _documents(n: int, corpus: str) -> Iterator[tuple[object, ...]]:
    """Row tuples of the documents table (see `_INSERT`): clusters of 1-4 consecutive ids."""
    rng = random.Random(n)
    cluster, canonical = 0, 0
    for doc_id in range(1, n + 1):
        if doc_id > canonical + rng.choice((0, 0, 1, 2, 3)) or cluster == 0:
            cluster, canonical = cluster + 1, doc_id
        site = rng.randrange(len(SITES))
        roll = rng.random()
        day = f"{2020 + rng.randrange(6)}-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}"
        published = None if roll < 0.10 else day[:7] if roll < 0.15 else day
        fetched = f"2026-{1 + rng.randrange(6):02d}-{1 + rng.randrange(28):02d}T08:00:00+00:00"
        start, length = rng.randrange(len(corpus) - 1_200), rng.randrange(400, 1_200)
        url = f"https://{SITES[site]}/a/{doc_id}.html"
        yield (
            doc_id, url, url, SITES[site], SOURCES[site % 5] if site % 2 else "",
            f"标题{doc_id}", None, published, corpus[start : start + length], "hans",
            rng.getrandbits(63), cluster, None if doc_id == canonical else rng.randrange(6),
            fetched, fetched, 200, "utf-8", fetched,
        )  # fmt: skip


_INSERT = (
    "INSERT INTO documents (id, url, page_url, site, source, title, author, published, text, "
    "script, simhash, cluster, distance, fetched_at, first_fetched_at, status, encoding, "
    "last_seen_at) VALUES (" + ", ".join("?" * 18) + ")"
)


def build(path: Path, n: int) -> None:
    """An archive of n synthetic documents (the real schema, rows inserted in bulk)."""
    from archive import Archive

    for stale in (path, *(Path(f"{path}{end}") for end in ("-wal", "-shm", ".lock"))):
        stale.unlink(missing_ok=True)
    with Archive(path):
        pass  # the schema, migrated, and the archive's meta
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    conn.executemany(_INSERT, _documents(n, _corpus()))
    conn.execute(
        "INSERT INTO clusters (id, canonical_id) SELECT cluster, MIN(id) FROM documents "
        "GROUP BY cluster"
    )
    # 1 document in 100 is contained in the one 50 ids on (partial copies).
    conn.execute(
        "INSERT INTO relations (document_id, other_id, overlap) "
        "SELECT id, id + 50, 0.9 FROM documents WHERE id % 100 = 0 AND id + 50 <= ?",
        (n,),
    )
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('benchmark_documents', ?)", (n,))
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _built(path: Path, n: int) -> bool:
    if not path.exists():
        return False
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'benchmark_documents'").fetchone()
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return row is not None and int(row[0]) == n


def run_export(db: Path, output: Path, *options: str) -> dict[str, object]:
    """`python -m archive export` in a child process: its peak RSS, time, count, output size."""
    command = [sys.executable, "-m", "archive", "export", "--db", str(db), "-o", str(output)]
    started = time.perf_counter()
    child = subprocess.Popen([*command, *options], stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    assert child.stderr is not None
    message = child.stderr.read().strip()
    if status != 0:
        raise SystemExit(f"export failed: {message}")
    count = int(message.split()[1])  # "exported N documents"
    return {
        "documents": count,
        "peak_rss_mib": usage.ru_maxrss / 1024,
        "seconds": seconds,
        "documents_per_s": count / seconds,
        "output_mib": output.stat().st_size / 2**20,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--reuse", action="store_true", help="Keep archives already made.")
    parser.add_argument("--no-gzip", action="store_true", help="Skip the .jsonl.gz export.")
    parser.add_argument("--keep-output", action="store_true", help="Keep the JSONL files.")
    parser.add_argument("--build", nargs=2, metavar=("N", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        build(Path(args.build[1]), int(args.build[0]))
        return
    sizes = [int(size) for size in args.sizes.split(",")]
    args.dir.mkdir(parents=True, exist_ok=True)
    results: list[tuple[str, dict[str, object]]] = []
    for n in sizes:
        db = args.dir / f"export-bench-{n}.db"
        if not (args.reuse and _built(db, n)):
            started = time.perf_counter()
            # In a child: this process stays small, as a child's ru_maxrss counts the
            # memory it was forked with (Linux records the parent's peak at exec).
            subprocess.run([sys.executable, __file__, "--build", str(n), str(db)], check=True)
            size = db.stat().st_size / 2**20
            print(f"built {db} in {time.perf_counter() - started:.0f} s ({size:.0f} MiB)")
        runs = [(f"{n:,} all", ())]
        if n == max(sizes):
            runs.append((f"{n:,} --site --since", ("--site", FILTER_SITE, "--since", FILTER_SINCE)))
            runs.append((f"{n:,} --since", ("--since", FILTER_SINCE_ONLY)))  # no index: a scan
            if not args.no_gzip:
                runs.append((f"{n:,} all, .gz", ()))
        for label, options in runs:
            output = args.dir / (f"export-bench-{n}.jsonl" + (".gz" if ".gz" in label else ""))
            results.append((label, run_export(db, output, *options)))
            print(_line(label, results[-1][1]), flush=True)
            if not args.keep_output:
                output.unlink()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n(this process, which starts the exports: {own:.1f} MiB at its peak)")
    print("export                   documents  peak RSS   seconds  documents/s   output")
    for label, result in results:
        print(_line(label, result))


def _line(label: str, r: dict[str, object]) -> str:
    return (
        f"{label:<24} {r['documents']:>9,}  {r['peak_rss_mib']:>5.1f} MiB  {r['seconds']:>7.1f}"
        f"  {r['documents_per_s']:>11,.0f}  {r['output_mib']:>7.1f} MiB"
    )


if __name__ == "__main__":
    main()
