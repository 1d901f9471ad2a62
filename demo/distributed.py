"""Running a distributed crawl on local hosts: the writer (`python -m archive ingest`) and
crawler nodes (`scrapy crawl essays -s ESSAYS_REDIS_URL=...`), for the tests and benchmarks."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from .crawl import LOOPBACK_SETTINGS, crawl_command


def start_writer(
    db: Path,
    redis_url: str,
    log: Path,
    *,
    until_idle: float | None = 3.0,
    options: Sequence[str] = (),
) -> subprocess.Popen[str]:
    """`python -m archive ingest` (and `options`) in its own session, its log in `log`, its
    summary on stdout."""
    command = [sys.executable, "-m", "archive", "ingest", "--db", str(db), "--redis", redis_url]
    if until_idle is not None:
        command += ["--until-idle", str(until_idle)]
    command += options
    with log.open("w") as err:
        return subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=err, text=True, start_new_session=True
        )


def start_node(
    start_urls: Sequence[str],
    redis_url: str,
    log: Path,
    settings: dict[str, str] | None = None,
) -> subprocess.Popen[str]:
    """A crawler node (`scrapy crawl essays`) in its own session, its log in `log`."""
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "crawler.settings"}
    node_settings = {
        **LOOPBACK_SETTINGS,
        "LOG_LEVEL": "INFO",
        "ESSAYS_REDIS_URL": redis_url,
        "ESSAYS_REDIS_IDLE_SECONDS": "2",
        **(settings or {}),
    }
    # A node writes no archive: ARCHIVE_DB points nowhere it could create one.
    command = crawl_command(start_urls, log.with_suffix(".no-archive.db"), node_settings)
    with log.open("w") as err:
        return subprocess.Popen(
            command,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=err,
            text=True,
            start_new_session=True,
        )
