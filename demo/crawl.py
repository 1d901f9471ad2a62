"""Running the real `scrapy crawl essays` on local hosts: for the demo, the tests and benchmarks."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path


def crawl_command(
    start_urls: Sequence[str], db: Path, settings: dict[str, str] | None = None
) -> list[str]:
    """The `scrapy crawl essays` command line for a set of start URLs and an archive file."""
    command = [
        sys.executable,
        "-m",
        "scrapy",
        "crawl",
        "essays",
        "-a",
        "start_urls=" + ",".join(start_urls),
    ]
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


# Loopback needs no politeness delay: AutoThrottle stays on, starting from no delay.
LOOPBACK_SETTINGS = {
    "AUTOTHROTTLE_START_DELAY": "0",
    "AUTOTHROTTLE_MAX_DELAY": "1",
    "LOG_LEVEL": "WARNING",
}
