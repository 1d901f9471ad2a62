"""The fixed split of the real-page corpus into a tuning part and an untouched part, by site.

    python benchmarks/split.py [--corpus DIR]

Written down before any tuning of extraction against the corpus (issue 10), so that the
untouched part can judge whether a rule is general. The rule uses nothing but file names:

- A page's site is its file name up to the last "-" (`163-5.html` → `163`).
- Sites with a hand-checked gold text in `gold/real/` when the split was made were tuned on
  by earlier work; they stay in the tuning part. They are listed here (TUNED_BEFORE), so
  gold texts added later for tuning pages cannot move a site between the parts.
- Of the other sites, ordered by the SHA-256 of their name, the first ceil(n / 3) sites
  of all n sites in the corpus are untouched. Nobody looks at why an untouched page fails
  until the closing measurement; their gold texts are made from the pages alone.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "real-pages"
TUNED_BEFORE = frozenset({"163", "cjn", "ifeng", "qq", "sina", "thepaper", "toutiao", "wechat"})


def site_of(page: Path) -> str:
    """The site a corpus page comes from: its file name up to the last '-'."""
    return page.stem.rsplit("-", 1)[0]


def split(pages: list[Path]) -> tuple[set[str], set[str]]:
    """(tuning sites, untouched sites) of a corpus, by the rule above."""
    sites = {site_of(p) for p in pages}
    tuned = TUNED_BEFORE & sites
    others = sorted(sites - tuned, key=lambda s: hashlib.sha256(s.encode()).hexdigest())
    untouched = set(others[: math.ceil(len(sites) / 3)])
    return sites - untouched, untouched


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--corpus", type=Path, default=Path(os.environ.get("ESSAY_CORPUS_DIR", DEFAULT_CORPUS))
    )
    args = parser.parse_args()
    pages = sorted(args.corpus.glob("*.htm*"))
    if not pages:
        raise SystemExit(f"real-page corpus not found at {args.corpus} (set --corpus)")
    tuning, untouched = split(pages)
    for name, part in (("tuning", tuning), ("untouched", untouched)):
        chosen = [p.name for p in pages if site_of(p) in part]
        print(f"{name}: {len(part)} sites, {len(chosen)} pages: {', '.join(sorted(part))}")


if __name__ == "__main__":
    main()
