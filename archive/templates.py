"""Site templates kept in the archive: on how many of each host's pages each short line and
each title part was seen (essaytext/template.py), so that scheduled crawls go on learning."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from essaytext.idset import IdSet
from essaytext.template import LINE, TITLE, HostCounts


def load_counts(conn: sqlite3.Connection) -> dict[str, HostCounts]:
    """Every host's counts (none in an archive of an older schema opened read-only)."""
    try:
        hosts = {
            host: HostCounts(pages)
            for host, pages in conn.execute("SELECT host, pages FROM template_hosts")
        }
        rows = conn.execute("SELECT host, kind, key, pages FROM template_keys").fetchall()
    except sqlite3.OperationalError:  # no template tables yet
        return {}
    for host, kind, key, pages in rows:
        if host in hosts and kind in (LINE, TITLE):
            hosts[host].counts[kind][key] = pages
    return hosts


def was_counted(conn: sqlite3.Connection, host: str, page: int) -> bool:
    """Whether the host's page was counted by an earlier crawl (read here, not held: up to
    MAX_PAGES a host)."""
    found = conn.execute(
        "SELECT 1 FROM template_pages WHERE host = ? AND page = ?", (host, page)
    ).fetchone()
    return found is not None


def save_counts(
    conn: sqlite3.Connection, counts: dict[str, HostCounts], hosts: Iterable[str]
) -> None:
    """Replace the stored counts of these hosts, and add the pages they counted (inside the
    caller's transaction)."""
    for host in hosts:
        conn.execute("DELETE FROM template_keys WHERE host = ?", (host,))
        learned = counts[host]
        conn.execute(
            "INSERT OR REPLACE INTO template_hosts (host, pages) VALUES (?, ?)",
            (host, learned.pages),
        )
        conn.executemany(
            "INSERT OR IGNORE INTO template_pages (host, page) VALUES (?, ?)",
            ((host, page) for page in learned.counted),
        )
        conn.executemany(
            "INSERT INTO template_keys (host, kind, key, pages) VALUES (?, ?, ?, ?)",
            (
                (host, kind, key, pages)
                for kind, keyed in learned.counts.items()
                for key, pages in keyed.items()
            ),
        )


def dump_counts(conn: sqlite3.Connection, counts: dict[str, HostCounts]) -> str:
    """Every host's counts as JSON, with every page counted (stored, and since): the snapshot
    crawler nodes learn from, so that they count no page again either."""
    stored: dict[str, list[int]] = {}
    for host, page in conn.execute("SELECT host, page FROM template_pages"):
        stored.setdefault(host, []).append(page)
    return json.dumps(
        {
            host: {
                "pages": c.pages,
                "counts": c.counts,
                "counted": sorted({*c.counted, *stored.get(host, ())}),
            }
            for host, c in counts.items()
        },
        ensure_ascii=False,
    )


def parse_counts(text: str) -> dict[str, HostCounts]:
    """`dump_counts` read back."""
    return {
        host: HostCounts(
            row["pages"],
            {kind: dict(row["counts"].get(kind, {})) for kind in (LINE, TITLE)},
            IdSet(row["counted"]),
        )
        for host, row in json.loads(text).items()
    }
