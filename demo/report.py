"""The demo's printed report: what was archived, which documents are copies of which, and
what to try next on that archive."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from archive import Archive


def _label(row: dict[str, Any], hosts: dict[str, str]) -> str:
    base = row["url"].split("/", 3)
    name = hosts.get("/".join(base[:3]), row["site"])
    title = (row["title"] or "(no title)")[:28]
    script = "  [traditional script]" if row["script"] == "hant" else ""
    return f"{name}{'/' + base[3] if len(base) > 3 else ''}  «{title}»{script}"


def _how(member: dict[str, Any], threshold: int) -> str:
    distance = member["distance"]
    if distance is not None and distance > threshold:
        return f"copy at distance {distance:>2} (beyond {threshold} bits: found by shared passages)"
    return f"copy at distance {distance:>2}"


def next_steps(db: Path) -> list[str]:
    """The commands that show what the archive the demo made can do."""
    return [
        "try it on this archive:",
        f"  python -m archive search --db {db} 政绩观          # Chinese full-text search, either script",
        f"  python -m archive match --db {db} demo/essays/jidian-sikao.txt   # who republished it?",
        f"  python -m archive clusters --db {db}              # each essay's copies, earliest first",
        f"  python -m archive export --db {db} --query 政绩观 -o zhengjiguan.jsonl.gz  # filtered",
        f"  python -m archive warc --db {db} -o demo.warc.gz  # the pages as fetched, for replay",
        f"  python -m archive serve --db {db}                 # browse it in Datasette",
    ]


def demo_report(archive: Archive, hosts: dict[str, str]) -> str:
    """Pages archived, then each cluster (canonical copy first, copies with distances), partial
    copies, and the essays with no copy."""
    clusters: dict[int, list[dict[str, Any]]] = defaultdict(list)
    by_url: dict[str, dict[str, Any]] = {}
    for row in archive.rows():
        row.pop("text", None)
        clusters[row["cluster"]].append(row)
        by_url[row["url"]] = row
    counts = archive.stats()
    lines = [
        f"archived {counts['documents']} documents in {counts['clusters']} clusters; "
        f"{counts['duplicates']} flagged as copies (threshold {archive.threshold} bits)",
        "",
        "copies:",
    ]
    for members in clusters.values():
        if len(members) < 2:
            continue
        canonical = next(m for m in members if m["id"] == m["canonical_id"])
        lines.append(f"  cluster {canonical['cluster']}: {_label(canonical, hosts)}  (canonical)")
        for member in members:
            if member is not canonical:
                lines.append(f"      {_how(member, archive.threshold)}: {_label(member, hosts)}")
    partial = [
        (row, by_url[other["url"]], other["overlap"])
        for row in by_url.values()
        for other in json.loads(row.get("contained_in") or "[]")
        if other["url"] in by_url
    ]
    if partial:
        lines += ["", "partial copies (one essay inside another, not a copy of it):"]
        for row, whole, overlap in partial:
            lines.append(f"  {_label(row, hosts)}")
            lines.append(f"      {overlap:.0%} of it is in: {_label(whole, hosts)}")
    lines += ["", "distinct essays (no copy found):"]
    for members in clusters.values():
        if len(members) == 1:
            lines.append(f"  cluster {members[0]['cluster']}: {_label(members[0], hosts)}")
    return "\n".join(lines)
