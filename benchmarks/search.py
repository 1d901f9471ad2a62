"""Search at scale: the bigram FTS index against a LIKE scan, side by side, in one run.

    python benchmarks/search.py [--docs 100000] [--db FILE] [--reuse] [--queries 40]
                                [--full-scans 10] [--seed 13]

Builds an archive of --docs documents with `Archive.add` (the crawl's own write path,
the search index kept in step as a crawl keeps it), or with --reuse takes the one at
--db when it holds that many. The texts are the bundled essays' sentences cut and
recombined (10 to 80 sentences, about 2,300 characters), a quarter in traditional script
(OpenCC s2t); each document gets a random simhash and no passages, so copy detection
costs nothing here. The corpus is repetitive (700 sentences in 100,000 documents), the
hard case for an index: most queries match a large share of the archive.

Queries are cut from stored texts (2, 3, and 4 to 6 characters, and "rare" ones of 4 to
6 that span two sentences; half of them asked in traditional script) and timed warm,
each once, as `python -m archive search` runs them:
  - search: `archive.search.search(conn, query, limit=20)`: both scripts, snippets
    included; bm25-ranked when at most RANKED_AT_MOST documents match (column "ranked"),
    else the latest first;
  - LIKE, first 20: `WHERE text LIKE '%q%' LIMIT 20` over the stored text (one script,
    unranked: it stops at the 20th match);
  - LIKE, all: `SELECT COUNT(*) ... WHERE text LIKE '%q%'`, the full scan that complete
    or ranked results need (over the first --full-scans queries of each class: slow).
Reported: median and p95 per class and engine, the median number of documents matched,
and the file's size with and without the search table (SQLite's dbstat).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import opencc

from archive import Archive, Page
from archive.search import FTS_TABLE, RANKED_AT_MOST, match_expression, search
from demo.essays import load_essays
from essaytext.essay import Essay
from essaytext.fingerprint import Fingerprints
from essaytext.normalize import normalize

RARE = "4-6 rare"
CLASSES = {"2 chars": (2, 2), "3 chars": (3, 3), "4-6 chars": (4, 6), RARE: (4, 6)}
SITES = 20


def texts(count: int, seed: int) -> Iterator[tuple[str, str]]:
    """(text, script) of `count` documents recombined from the bundled essays' sentences."""
    sentences = sorted(
        {
            sentence
            for essay in load_essays().values()
            for paragraph in essay.paragraphs
            for sentence in re.findall(r"[^。！？]+[。！？]?", paragraph)
        }
    )
    s2t = opencc.OpenCC("s2t")
    traditional = [s2t.convert(sentence) for sentence in sentences]
    rng = random.Random(seed)
    for _ in range(count):
        hant = rng.random() < 0.25
        pool = traditional if hant else sentences
        parts = [pool[i] for i in rng.choices(range(len(pool)), k=rng.randint(10, 80))]
        text = "\n".join("".join(parts[i : i + 5]) for i in range(0, len(parts), 5))
        yield text, "hant" if hant else "hans"


def build(db: Path, count: int, seed: int) -> float:
    """Write the archive; the seconds it took."""
    for leftover in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        leftover.unlink(missing_ok=True)
    rng = random.Random(seed)
    started = time.perf_counter()
    with Archive(db, batch_size=5000) as archive:
        for n, (text, script) in enumerate(texts(count, seed)):
            site = f"site{n % SITES}.example"
            published = f"20{rng.randint(15, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            essay = Essay(text[:20], None, published, text, script,
                          fingerprints=Fingerprints(rng.getrandbits(64), ()))  # fmt: skip
            archive.add(Page(f"http://{site}/{n}.html", site, "2026-01-01T00:00:00+00:00"), essay)
            if n and n % 10_000 == 0:
                print(f"  {n} documents, {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return time.perf_counter() - started


def queries(archive: Archive, per_class: int, seed: int) -> dict[str, list[str]]:
    """Queries of each class cut from stored texts (every other one in traditional script);
    the rare ones span two sentences, which few documents hold side by side."""
    rng = random.Random(seed)
    s2t = opencc.OpenCC("s2t")
    (count,) = archive.conn.execute("SELECT MAX(id) FROM documents").fetchone()
    chosen: dict[str, list[str]] = {name: [] for name in CLASSES}
    for name, (shortest, longest) in CLASSES.items():
        while len(chosen[name]) < per_class:
            (text,) = archive.conn.execute(
                "SELECT text FROM documents WHERE id = ?", (rng.randint(1, count),)
            ).fetchone()
            length = rng.randint(shortest, longest)
            if name == RARE:
                ends = [m.end() for m in re.finditer("[。！？]", text[:-length])]
                start = rng.choice(ends or [length]) - length // 2
                query = normalize(text[start : start + length + 1])
            else:
                norm = normalize(text)
                start = rng.randrange(len(norm) - length)
                query = norm[start : start + length]
            chosen[name].append(s2t.convert(query) if len(chosen[name]) % 2 else query)
    return chosen


def timed(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return (time.perf_counter() - started) * 1000


def measure(archive: Archive, chosen: dict[str, list[str]], full_scans: int) -> None:
    """Each engine's median and p95 per class (the full LIKE scan over `full_scans` queries)."""
    conn = archive.conn
    engines: dict[str, Callable[[str], object]] = {
        "search": lambda q: search(conn, q, limit=20),
        "LIKE, first 20": lambda q: conn.execute(
            "SELECT id, url, title FROM documents WHERE text LIKE ? LIMIT 20", (f"%{q}%",)
        ).fetchall(),
        "LIKE, all": lambda q: conn.execute(
            "SELECT COUNT(*) FROM documents WHERE text LIKE ?", (f"%{q}%",)
        ).fetchone(),
    }
    for query in (q for qs in chosen.values() for q in qs):  # warm the caches
        engines["search"](query)
    print(
        f"{'query':>12} {'matches':>8} {'ranked':>6}"
        + "".join(f" {name + ' p50/p95 ms':>26}" for name in engines)
    )
    for name, group in chosen.items():
        matches = [
            conn.execute(
                f"SELECT COUNT(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?",
                (match_expression(q),),
            ).fetchone()[0]
            for q in group
        ]
        ranked = sum(m <= RANKED_AT_MOST for m in matches)
        cells = []
        for engine, run in engines.items():
            asked = group[:full_scans] if engine == "LIKE, all" else group
            times = sorted(timed(partial(run, q)) for q in asked)
            p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
            cells.append(f"{statistics.median(times):.1f} / {p95:.1f}")
        print(
            f"{name:>12} {statistics.median(matches):>8.0f} {ranked:>3}/{len(group):<2}"
            + "".join(f" {cell:>26}" for cell in cells)
        )


def sizes(archive: Archive) -> None:
    total = os.path.getsize(archive.path)
    (fts,) = archive.conn.execute(
        "SELECT COALESCE(SUM(pgsize), 0) FROM dbstat WHERE name LIKE ?", (f"{FTS_TABLE}%",)
    ).fetchone()
    (text,) = archive.conn.execute(
        "SELECT SUM(LENGTH(CAST(text AS BLOB))) FROM documents"
    ).fetchone()
    mb = 1024 * 1024
    print(
        f"file {total / mb:.0f} MB with the search table, {(total - fts) / mb:.0f} MB without "
        f"(the table {fts / mb:.0f} MB; the stored texts {text / mb:.0f} MB)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None, help="default: /tmp/search-bench-DOCS.db")
    parser.add_argument(
        "--reuse", action="store_true", help="Reuse --db if it holds --docs documents."
    )
    parser.add_argument("--queries", type=int, default=40, help="Queries per class.")
    parser.add_argument(
        "--full-scans", type=int, default=10, help="Queries per class for the full LIKE scan."
    )
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    db = args.db or Path(f"/tmp/search-bench-{args.docs}.db")
    held = 0
    if args.reuse and db.exists():
        with Archive(db, readonly=True) as archive:
            (held,) = archive.conn.execute("SELECT COUNT(*) FROM documents").fetchone()
    if held == args.docs:
        print(f"reusing {db} ({held} documents)")
    else:
        seconds = build(db, args.docs, args.seed)
        print(
            f"built {db}: {args.docs} documents in {seconds:.0f} s ({args.docs / seconds:.0f} a second)"
        )
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    with Archive(db, readonly=True) as archive:
        measure(archive, queries(archive, args.queries, args.seed), args.full_scans)
        sizes(archive)


if __name__ == "__main__":
    main()
