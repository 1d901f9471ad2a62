"""Crawl runs kept in the archive (`runs`, schema 6): one row per crawl, with its counts.

A row holds when the crawl started and ended (ISO 8601, UTC), its status (Scrapy's close
reason: finished, shutdown, closespider_*, archive_failed, …), its process id, the settings
that matter and its counts (`COUNTS`, plus `pages` by verdict and `skipped` by reason).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from typing import Any

# The main counts of a run, in the order they are shown, with their labels.
COUNTS = {
    "fetched": "fetched",
    "not_modified": "not modified",
    "not_due": "not due (revisit_days)",
    "new": "new",
    "changed": "changed",
    "unchanged": "unchanged",
    "gone": "gone",
    "duplicates": "duplicates flagged",
    "failed": "failed",
}


def record_run(
    conn: sqlite3.Connection,
    *,
    started_at: str,
    ended_at: str | None,
    status: str,
    pid: int,
    settings: dict[str, Any],
    counts: dict[str, Any],
) -> int:
    """Add a run's row (inside the caller's transaction); its id."""
    cursor = conn.execute(
        "INSERT INTO runs (started_at, ended_at, status, pid, settings, counts) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (
            started_at,
            ended_at,
            status,
            pid,
            json.dumps(settings, ensure_ascii=False, sort_keys=True),
            json.dumps(counts, ensure_ascii=False, sort_keys=True),
        ),
    )
    return int(cursor.lastrowid or 0)


def list_runs(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every run, newest first ([] in an archive of an older schema opened read-only)."""
    return _select(conn, "ORDER BY id DESC")


def read_run(conn: sqlite3.Connection, run_id: int) -> dict[str, Any] | None:
    """One run by its id, or None."""
    found = _select(conn, "WHERE id = ?", (run_id,))
    return found[0] if found else None


def _select(
    conn: sqlite3.Connection, where: str, args: tuple[Any, ...] = ()
) -> list[dict[str, Any]]:
    try:
        rows = conn.execute(
            f"SELECT id, started_at, ended_at, status, pid, settings, counts FROM runs {where}",
            args,
        ).fetchall()
    except sqlite3.OperationalError:  # no runs table yet
        return []
    return [
        {
            "id": run_id,
            "started_at": started,
            "ended_at": ended,
            "status": status,
            "pid": pid,
            "settings": json.loads(settings),
            "counts": json.loads(counts),
        }
        for run_id, started, ended, status, pid, settings, counts in rows
    ]


# --- how runs read ---


def progress_line(counts: dict[str, Any]) -> str:
    """A crawl's counts so far, in one line (the crawl's progress log)."""
    pages = _listed(counts.get("pages", {}))
    return (
        f"fetched {counts.get('fetched', 0)} ({counts.get('not_modified', 0)} not modified); "
        f"pages: {pages or 'none yet'}; documents: {_documents(counts)}; "
        f"skipped {sum(counts.get('skipped', {}).values())}"
    )


def summary_lines(run: dict[str, Any]) -> list[str]:
    """A run in a few lines: the end-of-crawl summary."""
    counts, settings = run["counts"], run["settings"]
    took = duration(run["started_at"], run["ended_at"])
    where = [f"archive {settings.get('ARCHIVE_DB')}"]
    if settings.get("site"):
        where.append(f"site {settings['site']}")
    if settings.get("start_urls"):
        where.append("start URLs " + ", ".join(settings["start_urls"]))
    if settings.get("LOG_FILE"):
        where.append(f"log {settings['LOG_FILE']}")
    return [
        f"run {run['id']}: {run['status']}, {run['started_at']} to {run['ended_at']}"
        f"{f' ({took})' if took else ''}, pid {run['pid']}",
        f"  fetched {counts.get('fetched', 0)} ({counts.get('not_modified', 0)} not modified), "
        f"{counts.get('not_due', 0)} not due; pages: {_listed(counts.get('pages', {})) or 'none'}",
        f"  documents: {_documents(counts)}",
        f"  skipped: {_listed(counts.get('skipped', {})) or 'none'}",
        "  " + "; ".join(where),
    ]


def duration(started: str, ended: str | None) -> str:
    """How long a run took ('1 h 2 min', '3 min 4 s', '5 s'); '' when unknown."""
    try:
        seconds = round(
            (datetime.fromisoformat(ended or "") - datetime.fromisoformat(started)).total_seconds()
        )
    except (TypeError, ValueError):
        return ""
    hours, rest = divmod(max(seconds, 0), 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes} min"
    return f"{minutes} min {seconds} s" if minutes else f"{seconds} s"


def _documents(counts: dict[str, Any]) -> str:
    return ", ".join(
        f"{counts.get(key, 0)} {label}"
        for key, label in COUNTS.items()
        if key not in ("fetched", "not_modified", "not_due")
    )


def _listed(counted: dict[str, int]) -> str:
    """'3 article, 2 listing' — largest first."""
    return ", ".join(
        f"{n} {name}" for name, n in sorted(counted.items(), key=lambda kv: (-kv[1], kv[0]))
    )
