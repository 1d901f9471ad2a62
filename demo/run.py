"""`python -m archive demo`: serve the sample site, crawl it into the demo's own archive, report.

The demo marks the archive it makes (`meta.created_by = demo`) and replaces only an
archive so marked: never a crawl's archive, another program's database or any other file.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from archive import Archive, ArchiveError
from archive.connection import WriterLock
from archive.schema import peek
from crawler import settings

from .crawl import LOOPBACK_SETTINGS, run_crawl
from .report import demo_report, next_steps
from .server import serve
from .site import build_sites

MARK = "demo"


class DemoError(Exception):
    """The demo cannot run as asked (its file is not its own, or the crawl failed)."""


def prepare(db: Path) -> None:
    """A new, empty demo archive at `db`, replacing only one an earlier demo made.

    The old file is removed under the archive's writer lock, so a demo or crawl writing it
    at that moment is never disturbed.
    """
    if db.exists() or db.is_symlink():
        try:
            if peek(db).get("created_by") != MARK:
                raise DemoError(
                    f"refusing to replace {db}: it holds an archive the demo did not make; "
                    "choose another file with --db"
                )
            lock = WriterLock(db)
            lock.acquire()
            try:
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{db}{suffix}").unlink(missing_ok=True)
            finally:
                lock.release()
        except ArchiveError as exc:
            raise DemoError(f"refusing to replace {db}: {exc}") from None
    try:
        with Archive(db, threshold=settings.SIMHASH_THRESHOLD, ngram=settings.SIMHASH_NGRAM) as new:
            new.mark_created_by(MARK)
    except ArchiveError as exc:
        raise DemoError(str(exc)) from None


def run_demo(db: Path, *, verbose: bool, echo: Callable[[str], object] = print) -> None:
    """Serve the sample hosts, crawl them into `db` with the real spider, print the report."""
    started = time.monotonic()
    prepare(db)
    with serve(build_sites()) as hosts:
        echo("serving the sample site: " + ", ".join(f"{n} {u}" for n, u in hosts.items()))
        crawl_settings = dict(LOOPBACK_SETTINGS, LOG_LEVEL="INFO" if verbose else "WARNING")
        code = run_crawl(
            [url + "/" for url in hosts.values()], db, crawl_settings, quiet=not verbose
        )
    if code != 0:
        raise DemoError(f"the crawl failed (exit {code})")
    with Archive(db, readonly=True, check=False) as archive:
        echo(demo_report(archive, {url: name for name, url in hosts.items()}))
    echo(f"done in {time.monotonic() - started:.1f} s\n")
    echo("\n".join(next_steps(db)))
