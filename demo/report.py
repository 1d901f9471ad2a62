"""The demo's printed report: what was archived, and which documents are copies of which."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from archive import Archive


def _label(row: dict[str, Any], hosts: dict[str, str]) -> str:
    base = row["url"].split("/", 3)
    name = hosts.get("/".join(base[:3]), row["site"])
    title = (row["title"] or "(no title)")[:28]
    return f"{name}{'/' + base[3] if len(base) > 3 else ''}  «{title}»"


def demo_report(archive: Archive, hosts: dict[str, str]) -> str:
    """Pages archived per host, then each cluster: canonical copy first, copies with distances."""
    clusters: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in archive.rows():
        row.pop("text", None)
        clusters[row["cluster"]].append(row)
    counts = archive.stats()
    lines = [
        f"archived {counts['documents']} pages in {counts['clusters']} clusters; "
        f"{counts['duplicates']} flagged as copies (threshold {archive.threshold} bits)"
    ]
    lines.append("")
    lines.append("copies:")
    for members in clusters.values():
        if len(members) < 2:
            continue
        canonical = next(m for m in members if m["id"] == m["canonical_id"])
        lines.append(f"  cluster {canonical['cluster']}: {_label(canonical, hosts)}  (canonical)")
        for member in members:
            if member is not canonical:
                lines.append(
                    f"      copy at distance {member['distance']:>2}: {_label(member, hosts)}"
                )
    lines.append("")
    lines.append("distinct essays (no copy found):")
    for members in clusters.values():
        if len(members) == 1:
            lines.append(f"  cluster {members[0]['cluster']}: {_label(members[0], hosts)}")
    return "\n".join(lines)
