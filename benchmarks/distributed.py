"""Distributed crawl: one process against 1, 2, 4 … nodes and the writer, side by side in one run.

    python benchmarks/distributed.py [--nodes 1,2,4] [--repeat 1] [--pages 600] [--logs DIR]

Starts a throwaway redis-server (demo/redisserver.py) and serves demo/loadsite.py's site on
127.0.0.1 as benchmarks/crawl.py does (600 essay pages on three hosts), its pages carrying
an ETag and a Last-Modified date (so that a re-crawl revalidates them). Crawls it from each
host's `/` with benchmarks/crawl.py's settings for our crawl (16 concurrent requests, 16 per
host, AutoThrottle off, LOG_LEVEL INFO):
  - single process: `scrapy crawl essays` into a fresh archive, no Redis (the baseline);
  - N nodes, for each N of --nodes: a fresh archive, `python -m archive ingest --db A
    --redis URL --until-idle 3` started first, then N `scrapy crawl essays` nodes with
    `-s ESSAYS_REDIS_URL=URL -s ESSAYS_REDIS_IDLE_SECONDS=2`;
  - 1 node, re-crawl: the 1-node case again over its own archive (every stored page's
    validators published to Redis; every essay page answered 304, its body asked of the writer).
Per run: wall seconds (first process started to the ingester's exit: every document
committed), crawl seconds (to the last node's exit), pages fetched (`downloader/response_count`,
summed over the nodes, and each node's share), pages/s (fetched / wall) and its ratio to the
single process', documents archived (rows of `documents`; each must equal the single
process' count, else a MISMATCH line and exit status 1). Redis, sampled every 0.2 s while
the nodes run and once after they exit (before the ingester ends the run, clearing its keys):
peak `used_memory` above the empty server's (at the run's start), per 10,000 URLs seen (SCARD of
essays:dupefilter), and the peak of pages waiting for the writer (LLEN essays:documents);
below the table, the bytes per URL of the dupefilter set and of the validators hash, per
queued request (`MEMORY USAGE … SAMPLES 0` at its peak ÷ its members), and the peak of the
writer's uncommitted pages (essays:documents:taken), which with the queue makes most of the
peak at this size and does not grow with the URLs seen. --repeat N: N rounds, interleaved;
medians. Any process exiting non-zero (or running past --timeout) stops the benchmark with
status 1; every child (each in its own process group) and redis are killed on exit or Ctrl-C.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import redis

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.crawl import OURS  # noqa: E402
from demo.crawl import crawl_command, crawl_stat, stored  # noqa: E402
from demo.loadsite import build  # noqa: E402
from demo.redisserver import redis_server  # noqa: E402
from demo.server import serve  # noqa: E402

ENV = {**os.environ, "SCRAPY_SETTINGS_MODULE": "crawler.settings"}
ENV["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])
SINGLE, RECRAWL, MB = "single process", "1 node, re-crawl", 1024 * 1024
CHILDREN: list[subprocess.Popen[bytes]] = []


@dataclass
class Result:
    """One run's measures; Redis' (bytes, counts) are peaks over the run."""

    wall: float
    crawl: float
    fetched: list[int]  # per node
    documents: int
    # Redis' peaks: used_memory above the server's at the run's start (its keys cleared),
    # SCARD and MEMORY USAGE of the dupefilter, HLEN and MEMORY USAGE of the validators
    # hash, pages waiting for the writer (LLEN essays:documents), MEMORY USAGE of the
    # writer's uncommitted pages (essays:documents:taken), ZCARD and MEMORY USAGE of the queue
    peaks: dict[str, int] = field(default_factory=dict)


class Sampler:
    """Samples Redis every 0.2 s in a thread, and once more when stopped; Result's peaks."""

    def __init__(self, url: str) -> None:
        self.redis: Any = redis.Redis.from_url(url)
        self.base = int(self.redis.info("memory")["used_memory"])
        self.peaks: dict[str, int] = {}
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._loop, daemon=True)
        self.thread.start()

    def _loop(self) -> None:
        while not self.done.wait(0.2):
            self.sample()

    def sample(self) -> None:
        r = self.redis
        now = {
            "memory": int(r.info("memory")["used_memory"]) - self.base,
            "urls": r.scard("essays:dupefilter"),
            "backlog": r.llen("essays:documents"),
            "dupefilter": r.memory_usage("essays:dupefilter", samples=0) or 0,
            "validators": r.memory_usage("essays:validators", samples=0) or 0,
            "validator_urls": r.hlen("essays:validators"),
            "queue": r.memory_usage("essays:requests", samples=0) or 0,
            "pending": r.zcard("essays:requests"),
            "taken": r.memory_usage("essays:documents:taken", samples=0) or 0,
        }
        self.peaks = {k: max(v, self.peaks.get(k, 0)) for k, v in now.items()}

    def stop(self) -> dict[str, int]:
        self.done.set()
        self.thread.join()
        self.sample()
        self.redis.close()
        return self.peaks


def start(command: list[str], log: Path) -> subprocess.Popen[bytes]:
    """A child in its own process group (Ctrl-C reaches us only), stdout and stderr in `log`."""
    with log.open("wb") as out:
        proc = subprocess.Popen(
            command, env=ENV, cwd=ROOT, stdout=out, stderr=out, start_new_session=True
        )
    CHILDREN.append(proc)
    return proc


def finish(proc: subprocess.Popen[bytes], log: Path, deadline: float) -> str:
    """Wait for a child; its log. Stops the benchmark if it fails or outlives the deadline."""
    try:
        status = proc.wait(timeout=max(deadline - time.monotonic(), 0.1))
    except subprocess.TimeoutExpired:
        raise SystemExit(f"{log.name}: still running at the timeout") from None
    text = log.read_text(encoding="utf-8", errors="replace")
    if status != 0:
        raise SystemExit(f"{log.name} exited with status {status}; log:\n{text[-3000:]}")
    return text


def kill_children() -> None:
    """Kill every child's process group (its workers too, should any outlive it)."""
    for proc in CHILDREN:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


@dataclass
class Bench:
    starts: list[str]
    redis_url: str
    logs: Path
    timeout: float
    count: int = 0

    def log(self, label: str) -> Path:
        self.count += 1
        return self.logs / f"{self.count:02d}-{label}.log"

    def single(self, db: Path) -> Result:
        log, started = self.log("single"), time.monotonic()
        text = finish(start(crawl_command(self.starts, db, OURS), log), log, started + self.timeout)
        wall = time.monotonic() - started
        return Result(wall, wall, [crawl_stat(text, "downloader/response_count")], stored(db))

    def distributed(self, nodes: int, db: Path) -> Result:
        settings = {**OURS, "ESSAYS_REDIS_URL": self.redis_url, "ESSAYS_REDIS_IDLE_SECONDS": "2"}
        sampler, started = Sampler(self.redis_url), time.monotonic()
        deadline = started + self.timeout
        ingest = [sys.executable, "-m", "archive", "ingest", "--db", str(db)]
        ingest += ["--redis", self.redis_url, "--until-idle", "3"]
        writer_log = self.log(f"{nodes}nodes-ingest")
        writer = start(ingest, writer_log)
        logs = [self.log(f"{nodes}nodes-node{i}") for i in range(nodes)]
        unused = db.with_name("node-unused.db")  # nodes write no archive
        procs = [start(crawl_command(self.starts, unused, settings), log) for log in logs]
        texts = [finish(proc, log, deadline) for proc, log in zip(procs, logs, strict=True)]
        crawl = time.monotonic() - started
        peaks = sampler.stop()  # the run's keys are still there: the ingester waits 3 s idle
        finish(writer, writer_log, deadline)
        wall = time.monotonic() - started
        fetched = [crawl_stat(text, "downloader/response_count") for text in texts]
        return Result(wall, crawl, fetched, stored(db), peaks)


def print_table(results: dict[str, list[Result]], essays: int, repeat: int) -> None:
    load = "/".join(f"{x:.1f}" for x in os.getloadavg())
    how = f"medians of {repeat} rounds (interleaved)" if repeat > 1 else "one run each"
    print(f"machine: {os.cpu_count()} CPUs, shared and noisy (load {load} now): timings vary")
    print("the nodes, the writer, redis-server and the site's server all share this machine")
    print(f"site: {essays} essay pages on 3 hosts; {how}\n")
    header = "run;wall s;crawl s;pages;pages/s;× single;documents;pages per node"
    rows = [(header + ";Redis peak MB;MB per 10k URLs;URLs seen;peak backlog").split(";")]
    base = 0.0
    for name, runs in results.items():

        def med(measure: Callable[[Result], float], runs: list[Result] = runs) -> float:
            return float(statistics.median(measure(r) for r in runs))

        rate = med(lambda r: sum(r.fetched) / r.wall)
        base = base or rate  # the single process' row comes first
        cells = [name, f"{med(lambda r: r.wall):.1f}", f"{med(lambda r: r.crawl):.1f}"]
        cells += [f"{med(lambda r: sum(r.fetched)):.0f}", f"{rate:.1f}", f"{rate / base:.2f}"]
        cells += [f"{med(lambda r: r.documents):.0f}"]
        cells += [" ; ".join("/".join(map(str, r.fetched)) for r in runs)]
        if name == SINGLE:
            rows.append([*cells, "–", "–", "–", "–"])
            continue
        urls, memory = med(lambda r: r.peaks["urls"]), med(lambda r: r.peaks["memory"])
        cells += [f"{memory / MB:.1f}", f"{memory / max(urls, 1) * 10_000 / MB:.1f}"]
        rows.append([*cells, f"{urls:.0f}", f"{med(lambda r: r.peaks['backlog']):.0f}"])
    widths = [max(map(len, column)) for column in zip(*rows, strict=True)]
    for row in rows:
        cells = [
            c.rjust(w) if i else c.ljust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        print("  ".join(cells))
    first = [r for name, runs in results.items() if name not in (SINGLE, RECRAWL) for r in runs]
    if filters := [r.peaks["dupefilter"] / r.peaks["urls"] for r in first if r.peaks["urls"]]:
        print(f"\ndupefilter set: {statistics.median(filters):.0f} bytes per URL", end="")
        print(" (MEMORY USAGE ÷ SCARD, at its peak, first crawls)")
        queued = statistics.median(r.peaks["queue"] / max(r.peaks["pending"], 1) for r in first)
        taken = statistics.median(r.peaks["taken"] for r in first) / MB
        print(f"request queue: ≈{queued:.0f} bytes per queued request (peak MEMORY USAGE ÷ ZCARD)")
        print(f"writer's uncommitted pages (essays:documents:taken): peak {taken:.1f} MB; it and")
        print("the queue, in the peak above, follow the batch size and the crawl's width, not URLs")
    if again := [r.peaks for r in results.get(RECRAWL, []) if r.peaks["validator_urls"]]:
        each = statistics.median(p["validators"] / p["validator_urls"] for p in again)
        print(f"validators hash: {each:.0f} bytes per URL", end="")
        print(f" (re-crawl: {again[0]['validator_urls']} URLs published)")


def run_round(bench: Bench, counts: list[int], folder: Path) -> list[tuple[str, Result]]:
    """The single process, then each node count (and the 1-node re-crawl), in fresh archives."""
    print(f"{SINGLE} …", file=sys.stderr)
    folder.mkdir()
    runs = [(SINGLE, bench.single(folder / "single.db"))]
    for n in counts:
        name, db = f"{n} node{'s' * (n > 1)}", folder / f"{n}nodes" / "archive.db"
        print(f"{name} …", file=sys.stderr)
        db.parent.mkdir()
        runs.append((name, bench.distributed(n, db)))
        if n == 1:
            print(f"{RECRAWL} …", file=sys.stderr)
            runs.append((RECRAWL, bench.distributed(1, db)))
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nodes", default="1,2,4", help="node counts, comma-separated")
    parser.add_argument("--repeat", type=int, default=1, help="rounds (medians)")
    parser.add_argument("--pages", type=int, default=600, help="essay pages")
    parser.add_argument("--timeout", type=float, default=900, help="seconds a run may take")
    parser.add_argument("--logs", type=Path, help="a folder to keep every process' log in")
    args = parser.parse_args()
    counts = [int(n) for n in args.nodes.split(",")]
    results: dict[str, list[Result]] = {SINGLE: []}
    mismatches: list[str] = []
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(143))
    site = build(args.pages)
    with tempfile.TemporaryDirectory() as tmp, redis_server() as url:
        try:
            with serve(site.sites, validators=True) as hosts:
                logs = args.logs or Path(tmp)
                logs.mkdir(parents=True, exist_ok=True)
                bench = Bench([base + "/" for base in hosts.values()], url, logs, args.timeout)
                for round_ in range(1, args.repeat + 1):
                    runs = run_round(bench, counts, Path(tmp) / f"round{round_}")
                    for name, run in runs:
                        results.setdefault(name, []).append(run)
                        if run.documents != runs[0][1].documents:
                            mismatches.append(
                                f"MISMATCH: {name} (round {round_}) archived {run.documents}"
                                f" documents, the single process {runs[0][1].documents}"
                            )
        except KeyboardInterrupt:
            raise SystemExit(130) from None
        finally:
            kill_children()
    print_table(results, len(site.articles), args.repeat)
    print("", *mismatches, sep="\n")
    if mismatches:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
