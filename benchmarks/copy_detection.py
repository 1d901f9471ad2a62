"""Copy detection on the labelled copy set, through a real SQLite archive.

    python benchmarks/copy_detection.py [--threshold 12]

Every bundled essay and every labelled copy of it (benchmarks/copies.py: fixed seed) is
added to a fresh archive in a shuffled, seeded order. Two documents are judged copies
when the archive put them in one cluster. Prints precision and recall over document
pairs, recall per transformation, and the distinct essays merged (all share one topic).
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from copies import make_copies

from archive.demo.essays import load_essays
from archive.store import Archive, Document
from essaytext.fingerprint import fingerprint

NGRAM = 4


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--threshold", type=int, default=12)
    args = parser.parse_args()
    essays = list(load_essays().values())
    labelled = [(e.slug, "original", e.text) for e in essays] + make_copies(essays)
    random.Random(7).shuffle(labelled)
    with tempfile.TemporaryDirectory() as folder:
        archive = Archive(Path(folder) / "copies.db", threshold=args.threshold, ngram=NGRAM)
        for i, (slug, transform, text) in enumerate(labelled):
            archive.add(
                Document(
                    url=f"http://copies/{i}#{slug}/{transform}",
                    site="copies",
                    title=slug,
                    author=None,
                    published=None,
                    text=text,
                    script="hans",
                    simhash=fingerprint(text, NGRAM),
                    fetched_at=f"2026-01-01T00:00:{i % 60:02d}+00:00",
                )
            )
        archive.flush()
        cluster = {row["url"]: row["cluster"] for row in archive.rows()}
        archive.close()
    docs = [(f"http://copies/{i}#{s}/{t}", s, t) for i, (s, t, _) in enumerate(labelled)]
    tp = fp = fn = 0
    per_transform: dict[str, list[bool]] = {}
    merged: set[tuple[str, str]] = set()
    for (url_a, slug_a, t_a), (url_b, slug_b, t_b) in itertools.combinations(docs, 2):
        same = cluster[url_a] == cluster[url_b]
        if slug_a == slug_b:
            tp += same
            fn += not same
            if "original" in (t_a, t_b):
                per_transform.setdefault(t_b if t_a == "original" else t_a, []).append(same)
        elif same:
            fp += 1
            merged.add(tuple(sorted((slug_a, slug_b))))  # type: ignore[arg-type]
    print(f"{len(essays)} essays, {len(docs) - len(essays)} copies, threshold {args.threshold}")
    print(f"pairs: precision {tp / max(tp + fp, 1):.3f}, recall {tp / max(tp + fn, 1):.3f}")
    print("recall of each transformation against its original:")
    for name, hits in sorted(per_transform.items()):
        print(f"  {name:36} {sum(hits) / len(hits):.2f} ({sum(hits)}/{len(hits)})")
    print(f"distinct essays merged: {len(merged)} {sorted(merged) if merged else ''}")


if __name__ == "__main__":
    main()
