"""Copy detection on the labelled copy set, through a real SQLite archive.

    python benchmarks/copy_detection.py [--thresholds 3,5,8,12] [--corpus DIR]

Every source (the bundled essays, and the real pages' texts when the corpus is found) and
every labelled copy of it (demo/copies.py, fixed seed) goes into a fresh archive,
in a shuffled, seeded order, once per threshold. Two documents are judged copies when
the archive put them in one cluster. Prints, per threshold: precision and recall over
document pairs, recall of each transformation against its original, how many
compilation pages were recorded as containing their essay, and the distinct sources
merged into one cluster (the seed essays share one topic: hard negatives). Then, at the
default threshold, copies under STRESS transformations that no setting was chosen on.
"""

from __future__ import annotations

import argparse
import itertools
import random
import tempfile
import time
from pathlib import Path

from archive import Archive
from archive.export import export_row
from crawler.settings import SIMHASH_NGRAM, SIMHASH_THRESHOLD
from demo.copies import (
    COMPILATION,
    Copy,
    add_to_archive,
    corpus_dir,
    make_copies,
    make_stress_copies,
    real_sources,
    seed_sources,
)


def cluster_archive(labelled: list[Copy], threshold: int) -> tuple[list[dict[str, object]], float]:
    """Add every labelled document to a fresh archive; its exported rows in labelled order."""
    with tempfile.TemporaryDirectory() as folder:
        archive = Archive(Path(folder) / "copies.db", threshold=threshold, ngram=SIMHASH_NGRAM)
        started = time.perf_counter()
        add_to_archive(archive, labelled)
        archive.commit()
        elapsed = time.perf_counter() - started
        rows = [export_row(r) for r in archive.rows()]
        archive.close()
    return sorted(rows, key=lambda r: int(str(r["url"]).rsplit("/", 1)[1])), elapsed


def score(labelled: list[Copy], rows: list[dict[str, object]], seeds: set[str]) -> None:
    """Print pair precision and recall, recall per transformation, compilations and merges."""
    cluster = [r["cluster"] for r in rows]
    url_of = [r["url"] for r in rows]
    tp = fp = fn = 0
    per_transform: dict[str, list[bool]] = {}
    merged: set[tuple[str, str]] = set()
    for (i, a), (j, b) in itertools.combinations(enumerate(labelled), 2):
        same = cluster[i] == cluster[j]
        copies = a.slug == b.slug and COMPILATION not in (a.transform, b.transform)
        if copies:
            tp += same
            fn += not same
            if "original" in (a.transform, b.transform):
                name = b.transform if a.transform == "original" else a.transform
                per_transform.setdefault(name, []).append(same)
        elif same:
            fp += 1
            merged.add(
                (min(a.slug, b.slug), max(a.slug, b.slug))
                if a.slug != b.slug
                else (a.slug, "its compilation")
            )
    original = {c.slug: i for i, c in enumerate(labelled) if c.transform == "original"}
    contained = []
    for i, c in enumerate(labelled):
        if c.transform == COMPILATION:
            holds = {str(x["url"]) for x in rows[i]["contains"]}  # type: ignore[attr-defined]
            contained.append(url_of[original[c.slug]] in holds)
    precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    print(
        f"  pairs: precision {precision:.3f}, recall {recall:.3f} ({tp} found, {fn} missed, {fp} wrong)"
    )
    print("  recall of each transformation against its original:")
    for name, hits in per_transform.items():
        print(f"    {name:38} {sum(hits) / len(hits):.3f} ({sum(hits)}/{len(hits)})")
    print(
        f"    {'compilation (recorded as contains)':38} "
        f"{sum(contained) / len(contained):.3f} ({sum(contained)}/{len(contained)})"
    )
    seed_merges = [pair for pair in merged if pair[0] in seeds and pair[1] in seeds]
    print(f"  distinct sources merged: {len(merged)} {sorted(merged) if merged else ''}")
    print(f"  distinct seed essays merged: {len(seed_merges)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--thresholds", default="3,5,8,12", help="comma-separated k values")
    parser.add_argument("--corpus", help="real-page corpus (default: ESSAY_CORPUS_DIR)")
    args = parser.parse_args()
    sources = seed_sources()
    real, missing = real_sources(corpus_dir(args.corpus))
    sources += real
    labelled = make_copies(sources)
    random.Random(7).shuffle(labelled)
    seeds = {s.slug for s in sources if s.origin == "seed"}
    print(
        f"{len(sources)} sources ({len(seeds)} seed essays, {len(real)} real-page texts), "
        f"{len(labelled) - len(sources)} labelled copies and compilations"
    )
    if missing:
        print(f"real pages skipped: {missing}")
    for threshold in (int(k) for k in args.thresholds.split(",")):
        rows, elapsed = cluster_archive(labelled, threshold)
        print(
            f"\nthreshold k={threshold} ({len(labelled) / elapsed:.0f} documents/s into the archive)"
        )
        score(labelled, rows, seeds)

    stress = make_stress_copies(sources)
    rows, _ = cluster_archive(stress, SIMHASH_THRESHOLD)
    print(f"\nstress transformations (not in the labelled set), k={SIMHASH_THRESHOLD}:")
    print("  copy in its original's cluster / recorded as contained_in it:")
    original = {c.slug: i for i, c in enumerate(stress) if c.transform == "original"}
    outcome: dict[str, list[tuple[bool, bool]]] = {}
    for i, c in enumerate(stress):
        if c.transform != "original":
            mine, theirs = rows[i], rows[original[c.slug]]
            inside = {str(x["url"]) for x in mine["contained_in"]}  # type: ignore[attr-defined]
            outcome.setdefault(c.transform, []).append(
                (mine["cluster"] == theirs["cluster"], str(theirs["url"]) in inside)
            )
    for name, results in outcome.items():
        copies, parts = sum(a for a, _ in results), sum(b for _, b in results)
        print(f"    {name:38} {copies / len(results):.3f} / {parts / len(results):.3f}")
    merged = {
        tuple(sorted({stress[i].slug for i, r in enumerate(rows) if r["cluster"] == cluster}))
        for cluster in {r["cluster"] for r in rows}
    }
    print(f"  clusters holding two sources: {sum(len(m) > 1 for m in merged)}")


if __name__ == "__main__":
    main()
