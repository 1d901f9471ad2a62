"""Re-crawl cost: a first and a second crawl of an unchanged site, side by side.

    python benchmarks/recrawl.py [--articles 2000]

Serves a generated site (one listing linking N articles, demo/web.py) on 127.0.0.1 with
ETag and Last-Modified, answering 304 to a conditional request for an unchanged page,
and crawls it three times into one archive: the first crawl, a second one with the
defaults (every stored article revalidated), and a third with ESSAYS_REVISIT_DAYS=1
(articles fetched within a day not requested). Prints requests, bytes received, pages
answered 304 and wall time of each, from the crawls' own stats.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from demo.crawl import crawl, crawl_stat  # noqa: E402
from demo.server import Served, serve  # noqa: E402
from demo.web import numbered_site  # noqa: E402

FAST = {
    "LOG_LEVEL": "INFO",
    "AUTOTHROTTLE_ENABLED": "False",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    log: list[Served] = []
    rows = []
    with (
        tempfile.TemporaryDirectory() as tmp,
        serve({"site": numbered_site(args.articles)}, validators=True, log=log) as hosts,
    ):
        db = Path(tmp) / "archive.db"
        for name, extra in (
            ("first", {}),
            ("second (revalidate)", {}),
            ("third (revisit_days=1)", {"ESSAYS_REVISIT_DAYS": "1"}),
        ):
            log.clear()
            started = time.perf_counter()
            result = crawl([hosts["site"] + "/"], db, {**FAST, **extra}, timeout=3600)
            wall = time.perf_counter() - started
            if result.returncode != 0:
                raise SystemExit(f"{name} crawl failed:\n{result.stderr[-2000:]}")
            stat = result.stderr
            rows.append(
                (
                    name,
                    len(log),
                    sum(s.conditional for s in log),
                    sum(s.status == 304 for s in log),
                    crawl_stat(stat, "downloader/response_bytes"),
                    crawl_stat(stat, "archive/stored") + crawl_stat(stat, "archive/changed"),
                    wall,
                )
            )
    print(f"site: 1 listing + {args.articles} articles, served with ETag and Last-Modified\n")
    print(
        "| crawl | requests served | conditional | answered 304 | response bytes (from the network or the archive) | documents written | wall s |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name, served, conditional, not_modified, size, written, wall in rows:
        print(
            f"| {name} | {served} | {conditional} | {not_modified} | {size:,} | {written} | {wall:.1f} |"
        )


if __name__ == "__main__":
    main()
