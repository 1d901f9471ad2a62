"""Running the real `scrapy crawl essays` on local hosts: for the demo, the tests and benchmarks."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any


def crawl_command(
    start_urls: Sequence[str], db: Path, settings: dict[str, str] | None = None
) -> list[str]:
    """The `scrapy crawl essays` command line for start URLs (none: sites.toml) and an archive."""
    command = [sys.executable, "-m", "scrapy", "crawl", "essays"]
    if start_urls:
        command += ["-a", "start_urls=" + ",".join(start_urls)]
    merged = {"ARCHIVE_DB": str(db), **(settings or {})}
    for key, value in merged.items():
        command += ["-s", f"{key}={value}"]
    return command


def run_crawl(
    start_urls: Sequence[str],
    db: Path,
    settings: dict[str, str] | None = None,
    *,
    quiet: bool = True,
) -> int:
    """Run the real spider and pipelines in a subprocess (a Twisted reactor cannot restart in-process)."""
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "crawler.settings"}
    result = subprocess.run(
        crawl_command(start_urls, db, settings),
        env=env,
        stdout=subprocess.DEVNULL if quiet else None,
        stderr=subprocess.PIPE if quiet else None,
        text=True,
        check=False,
    )
    if result.returncode != 0 and quiet and result.stderr:
        sys.stderr.write(result.stderr[-4000:])
    return result.returncode


@contextmanager
def started_crawl(
    start_urls: Sequence[str], db: Path, log: Path, settings: dict[str, str]
) -> Iterator[subprocess.Popen[bytes]]:
    """`scrapy crawl essays` running in its own session (as from a terminal), its log in
    `log`; killed with its process group if still running when the block ends."""
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "crawler.settings"}
    command = crawl_command(start_urls, db, {**LOOPBACK_SETTINGS, **settings})
    with log.open("wb") as err:
        proc = subprocess.Popen(command, env=env, stderr=err, start_new_session=True)
    try:
        yield proc
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


def stored(db: Path) -> int:
    """Documents committed, as a reader sees them while a crawl runs (0 before the table)."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0


def crawl(
    start_urls: Sequence[str],
    db: Path,
    settings: dict[str, str] | None = None,
    *,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    """Run the crawl in a subprocess and capture its output (the log is on stderr)."""
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "crawler.settings"}
    return subprocess.run(
        crawl_command(start_urls, db, {**LOOPBACK_SETTINGS, **(settings or {})}),
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def export_rows(db: Path) -> list[dict[str, Any]]:
    """The archive's export, through `python -m archive export`, one dict per document."""
    result = subprocess.run(
        [sys.executable, "-m", "archive", "export", "--db", str(db)],
        capture_output=True,
        text=True,
        check=True,
    )
    return [json.loads(line) for line in result.stdout.splitlines()]


def crawl_stat(log: str, key: str) -> int:
    """A counter from the stats a crawl logs when it closes (0 when absent)."""
    match = re.search(rf"'{re.escape(key)}': (\d+)", log)
    return int(match.group(1)) if match else 0


# Loopback needs no politeness delay: AutoThrottle stays on, starting from no delay.
LOOPBACK_SETTINGS = {
    "AUTOTHROTTLE_START_DELAY": "0",
    "AUTOTHROTTLE_MAX_DELAY": "1",
    "LOG_LEVEL": "WARNING",
}


@dataclass(frozen=True)
class DemoArchive:
    """An archive crawled from the demo's sample web, and the base URL each host was served at."""

    db: Path
    hosts: dict[str, str]

    def url(self, host: str, path: str) -> str:
        return self.hosts[host] + path

    def documents_of(self, slug: str) -> set[str]:
        """The archived URLs of the served documents carrying this essay (demo/site.py)."""
        from .site import EXPECTED_DOCUMENTS

        return {self.url(h, p) for (h, p), s in EXPECTED_DOCUMENTS.items() if s == slug}
