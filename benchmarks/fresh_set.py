"""The fresh blind set (benchmarks/fresh/, see its README): its split by site and its pages.

    python benchmarks/fresh_set.py      # which sites are tuning, which untouched

A page's site is its name up to the last "-"; a site's round is its first letter's pair
(a-, b-: round 1; c-, d-: round 2). Within each round, sites ordered by the SHA-256 of
their name, the first ceil(n / 2) are untouched. Fixed before any page of a round was
scored, so a later round never moves an earlier round's sites.
"""

from __future__ import annotations

import hashlib
import math
from pathlib import Path

FRESH = Path(__file__).resolve().parent / "fresh"
PARTS = {"fresh-tuning": False, "fresh-untouched": True}  # part → untouched?


def site_of(name: str) -> str:
    """A fresh page's site: its name up to the last '-' (`a-govportal-2` → `a-govportal`)."""
    return name.rsplit("-", 1)[0]


def round_of(name: str) -> int:
    """A site's (or page's) round: a-, b- → 1; c-, d- → 2; …"""
    return (ord(name[0]) - ord("a")) // 2 + 1


def split(names: list[str]) -> tuple[set[str], set[str]]:
    """(tuning sites, untouched sites) of the fresh set's page names, round by round."""
    sites = {site_of(n) for n in names}
    untouched: set[str] = set()
    for number in {round_of(s) for s in sites}:
        ordered = sorted(
            (s for s in sites if round_of(s) == number),
            key=lambda s: hashlib.sha256(s.encode()).hexdigest(),
        )
        untouched.update(ordered[: math.ceil(len(ordered) / 2)])
    return sites - untouched, untouched


def header(raw: str) -> tuple[dict[str, str], str]:
    """A gold file's `key: value` header lines and its text."""
    head, _, body = raw.partition("\n\n")
    meta = {}
    for line in head.splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    return meta, body.strip()


def gold_files(part: str, rounds: set[int] | None = None, fresh: Path = FRESH) -> list[Path]:
    """The gold files of one fresh part, by the split (of these rounds; None: all)."""
    files = sorted((fresh / "gold").glob("*.txt"))
    tuning, untouched = split([f.stem for f in files])
    sites = untouched if PARTS[part] else tuning
    return [
        f
        for f in files
        if site_of(f.stem) in sites and (rounds is None or round_of(f.stem) in rounds)
    ]


def main() -> None:
    names = [f.stem for f in sorted((FRESH / "gold").glob("*.txt"))]
    if not names:
        raise SystemExit(f"no gold texts in {FRESH / 'gold'}")
    for label, sites in zip(("tuning", "untouched"), split(names), strict=True):
        for number in sorted({round_of(s) for s in sites}):
            chosen = sorted(s for s in sites if round_of(s) == number)
            pages = [n for n in names if site_of(n) in chosen]
            print(
                f"round {number} {label}: {len(chosen)} sites, {len(pages)} pages: {', '.join(chosen)}"
            )


if __name__ == "__main__":
    main()
