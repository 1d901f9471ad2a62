"""Crawl throughput: stock Scrapy, the serial floor and our full crawl, side by side in one run.

    python benchmarks/crawl.py [--repeat 3] [--set EXTRACT_WORKERS=0 ...]
    python benchmarks/crawl.py --scale [--pages 20000] [--stock] [--set KEY=VALUE ...]

Serves demo/loadsite.py's site on 127.0.0.1 (600 essay pages on three hosts, varied clutter
and lengths, reached through the listings) and crawls it from each host's `/` with
  - stock Scrapy: `scrapy runspider` (no project settings) of a spider that follows every
    same-host link (`response.css("a::attr(href)")`, `response.follow`), nothing else;
  - the serial floor: that spider calling `trafilatura.extract(response.text)` on each page;
  - our full crawl: `scrapy crawl essays` with the project's settings into a fresh archive
    (`--set KEY=VALUE` passes `-s KEY=VALUE` to this crawl only),
all with 16 concurrent requests, 16 per host, AutoThrottle off, robots.txt obeyed (one
request per host), LOG_LEVEL INFO. Per crawl: wall seconds (process start to exit),
Scrapy's elapsed time, pages fetched (`downloader/response_count`), requests the server
answered, pages/s (fetched / wall), time ÷ stock's, CPU seconds (the crawl and all its
descendants), peak VmRSS of the crawl process and of it with all its descendants, and
their peak PSS (a pool's shared pages counted once), sampled every 0.2 s; documents
archived. A crawl that exits non-zero stops the benchmark. --repeat N: N runs each,
interleaved; medians.

--scale: the 20,000-page site, our crawl only (--stock adds stock Scrapy); every 10% of
the site's requests a row with that stretch's pages/s, CPU ms per page and peak memory
(they should stay flat; the first stretch holds the start-up, the last row the closing).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import astuple, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from demo.crawl import LOOPBACK_SETTINGS, crawl_command, crawl_stat  # noqa: E402
from demo.loadsite import HOSTS, build  # noqa: E402
from demo.server import Served, serve  # noqa: E402

COMMON = {"CONCURRENT_REQUESTS": "16", "CONCURRENT_REQUESTS_PER_DOMAIN": "16"}
COMMON |= {"AUTOTHROTTLE_ENABLED": "False", "LOG_LEVEL": "INFO"}
OURS = {**LOOPBACK_SETTINGS, **COMMON, "ESSAYS_PROGRESS_SECONDS": "5"}
STOCK = {**COMMON, "ROBOTSTXT_OBEY": "True", "TELNETCONSOLE_ENABLED": "False"}
STOCK_SPIDER = '''from urllib.parse import urlsplit
import scrapy

class FollowSpider(scrapy.Spider):
    """Follows every link on the page's host; with extract=1 runs trafilatura on each page."""
    name = "follow"

    def __init__(self, start_urls="", extract="", **kwargs):
        super().__init__(**kwargs)
        self.start_urls, self.extract = start_urls.split(","), None
        if extract:
            import trafilatura
            self.extract = trafilatura.extract

    def parse(self, response):
        if self.extract is not None:
            self.extract(response.text)
        host = urlsplit(response.url).netloc
        for href in response.css("a::attr(href)").getall():
            if urlsplit(response.urljoin(href)).netloc == host:
                yield response.follow(href, callback=self.parse)
'''
STOCK_NAME, FLOOR_NAME = "stock Scrapy", "serial floor (stock + trafilatura)"
OURS_NAME = "our full crawl"
MB = 1024  # VmRSS and Pss are in kB
# VmRSS of the crawl process, VmRSS and Pss of it with its descendants (kB), their CPU seconds
Usage = tuple[int, int, int, float]


@dataclass
class Run:
    """One crawl's measures (RSS in kB)."""

    wall: float
    elapsed: float
    cpu: float  # user + system seconds of the crawl process and its children
    fetched: int
    served: int
    rss_main: int
    rss_all: int
    pss_all: int
    documents: int | None = None


@dataclass
class OverTime:
    """A row every 10% of `total` requests: elapsed s, requests, pages/s, peak RSS in the stretch."""

    total: int
    rows: list[tuple[float, int, float, float, int, int, int]] = field(default_factory=list)
    last: tuple[float, int, float] = (0.0, 0, 0.0)  # elapsed s, requests, CPU s at the last row
    peaks: tuple[int, int, int] = (0, 0, 0)
    cpu: float = 0.0

    def sample(self, elapsed: float, served: int, usage: Usage) -> None:
        main, everything, pss = (max(a, b) for a, b in zip(self.peaks, usage[:3], strict=True))
        # a process gone reads as 0 CPU seconds: its total so far stands
        self.peaks, self.cpu = (main, everything, pss), max(self.cpu, usage[3])
        if served >= (len(self.rows) + 1) * self.total / 10:
            self.close(elapsed, served)

    def close(self, elapsed: float, served: int) -> None:
        if served > self.last[1]:
            rate = (served - self.last[1]) / max(elapsed - self.last[0], 1e-9)
            cpu = (self.cpu - self.last[2]) * 1000 / (served - self.last[1])
            self.rows.append((elapsed, served, rate, cpu, *self.peaks))
            rss = f"RSS {self.peaks[0] // MB} MB, with children {self.peaks[1] // MB} MB (PSS {self.peaks[2] // MB})"
            print(
                f"{elapsed:4.0f} s {served:6d} requests {rate:5.1f}/s {cpu:4.0f} CPU ms each, {rss}",
                file=sys.stderr,
            )
            self.last, self.peaks = (elapsed, served, self.cpu), (0, 0, 0)


def _field(path: str, key: str) -> int:
    """The number after `key` in a /proc file (kB), 0 when the process is gone."""
    try:
        with open(path) as lines:
            return next((int(line.split()[1]) for line in lines if line.startswith(key)), 0)
    except OSError:
        return 0


def _usage(pid: int) -> Usage:
    """The memory and CPU time of a process and of all its descendants."""
    children: dict[int, list[int]] = {}
    ticks: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        try:
            with open(f"/proc/{int(entry.name)}/stat") as stat:  # pid (comm) state ppid ...
                fields = stat.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))
        ticks[int(entry.name)] = sum(map(int, fields[11:15]))  # utime stime cutime cstime
    tree, stack = [pid], list(children.get(pid, []))
    while stack:
        tree.append(stack[-1])
        stack += children.get(stack.pop(), [])
    rss = [_field(f"/proc/{p}/status", "VmRSS:") for p in tree]
    pss = sum(_field(f"/proc/{p}/smaps_rollup", "Pss:") for p in tree)
    return rss[0], sum(rss), pss, sum(ticks.get(p, 0) for p in tree) / os.sysconf("SC_CLK_TCK")


@dataclass
class Bench:
    """What every crawl of a run shares: the start URLs, the server's log, our crawl's settings."""

    starts: list[str]
    tmp: Path
    served: list[Served]
    extra: dict[str, str]
    timeout: float
    logs: Path | None = None  # each crawl's log is kept there
    count: int = 0


def measure(
    bench: Bench, command: list[str], env: dict[str, str], cwd: Path, over_time: OverTime | None
) -> Run:
    """Run a crawl, sampling its RSS and its descendants' every 0.2 s; its measures."""
    bench.served.clear()
    peaks, cpu, done = [0, 0, 0], [0.0], threading.Event()
    with tempfile.TemporaryFile("w+", encoding="utf-8") as log:
        started = time.perf_counter()
        process = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=log)

        def sample() -> None:
            while not done.wait(0.2):
                usage = _usage(process.pid)
                peaks[:] = [max(a, b) for a, b in zip(peaks, usage[:3], strict=True)]
                cpu[0] = max(cpu[0], usage[3])
                if over_time is not None:
                    over_time.sample(time.perf_counter() - started, len(bench.served), usage)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        killer = threading.Timer(bench.timeout, process.kill)
        killer.start()
        _, status, usage = os.wait4(process.pid, 0)  # its CPU time and its children's
        wall = time.perf_counter() - started
        killer.cancel()
        process.returncode = returncode = os.waitstatus_to_exitcode(status)
        done.set()
        sampler.join()
        if over_time is not None:
            over_time.close(wall, len(bench.served))
        log.seek(0)
        text = log.read()
    bench.count += 1
    if bench.logs is not None:
        bench.logs.mkdir(parents=True, exist_ok=True)
        (bench.logs / f"{bench.count:02d}-{command[3]}.log").write_text(text, encoding="utf-8")
    if returncode != 0:
        raise SystemExit(f"{command[3:5]} exited with status {returncode}; log:\n{text[-3000:]}")
    found = re.search(r"'elapsed_time_seconds': ([\d.]+)", text)
    fetched = crawl_stat(text, "downloader/response_count")
    # CPU: of the processes reaped through the crawl's tree, or as last sampled (pool workers)
    used = max(usage.ru_utime + usage.ru_stime, cpu[0])
    main, everything, pss = peaks
    elapsed = float(found.group(1)) if found else 0.0
    return Run(wall, elapsed, used, fetched, len(bench.served), main, everything, pss)


def crawl_once(bench: Bench, name: str, over_time: OverTime | None) -> Run:
    """One crawl of the site by one of the three crawlers."""
    starts = "start_urls=" + ",".join(bench.starts)
    if name == OURS_NAME:  # the project's code, that beside this file first on the path
        env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "crawler.settings"}
        env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [env.get("PYTHONPATH")])])
        db = Path(tempfile.mkdtemp(dir=bench.tmp)) / "archive.db"
        command = crawl_command(bench.starts, db, {**OURS, **bench.extra})
        run = measure(bench, command, env, ROOT, over_time)
        stats = [sys.executable, "-m", "archive", "stats", "--db", str(db), "--json"]
        found = subprocess.run(stats, env=env, cwd=ROOT, capture_output=True, text=True, check=True)
        run.documents = int(json.loads(found.stdout)["documents"])
        return run
    env = {k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE"}
    (bench.tmp / "follow_spider.py").write_text(STOCK_SPIDER, encoding="utf-8")
    command = [sys.executable, "-m", "scrapy", "runspider", "follow_spider.py", "-a", starts]
    command += ["-a", "extract=1" if name == FLOOR_NAME else "extract="]
    command += [arg for key, value in STOCK.items() for arg in ("-s", f"{key}={value}")]
    return measure(bench, command, env, bench.tmp, over_time)  # cwd: no scrapy.cfg there


def _median(runs: list[Run]) -> Run:
    columns = list(zip(*(astuple(r)[:8] for r in runs), strict=True))
    wall, elapsed, cpu = (float(statistics.median(c)) for c in columns[:3])
    fetched, served, main, everything, pss = (round(statistics.median(c)) for c in columns[3:])
    documents = [r.documents for r in runs if r.documents is not None]
    archived = round(statistics.median(documents)) if documents else None
    return Run(wall, elapsed, cpu, fetched, served, main, everything, pss, archived)


def _row(*cells: object) -> None:
    print("| " + " | ".join(map(str, cells)) + " |")


COLUMNS = "crawl;wall s;Scrapy elapsed s;CPU s;pages fetched;requests served;pages/s;time ÷ stock;peak RSS MB (main);peak RSS MB (with children);peak PSS MB (with children);documents archived"
OVER_TIME = "elapsed s;requests served;pages/s in the stretch;CPU ms per page;peak RSS MB (main);peak RSS MB (with children);peak PSS MB (with children)"


def print_table(results: dict[str, list[Run]], essays: int, pages: int) -> None:
    repeat = max(len(runs) for runs in results.values())
    how = f"medians of {repeat} runs each (interleaved)" if repeat > 1 else "one run each"
    load = "/".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"site: {essays} essay pages on 3 hosts, {pages} pages in all; {how}; load {load}\n")
    _row(*COLUMNS.split(";"))
    _row(*["---"] * 12)
    medians = {name: _median(runs) for name, runs in results.items()}
    stock = medians.get(STOCK_NAME)
    for name, r in medians.items():
        ratio = f"{r.wall / stock.wall:.2f}×" if stock else "–"
        rate, documents = f"{r.fetched / r.wall:.1f}", "–" if r.documents is None else r.documents
        times = [f"{r.wall:.1f}", f"{r.elapsed:.1f}", f"{r.cpu:.1f}"]
        _row(
            name,
            *times,
            r.fetched,
            r.served,
            rate,
            ratio,
            r.rss_main // MB,
            r.rss_all // MB,
            r.pss_all // MB,
            documents,
        )
    ours, floor = medians.get(OURS_NAME), medians.get(FLOOR_NAME)
    if ours and stock:
        print(
            f"\nour full crawl keeps {stock.wall / ours.wall:.0%} of stock Scrapy's pages/s", end=""
        )
        print(f"; the serial floor takes {floor.wall / ours.wall:.2f}× our time" if floor else "")
    for name, runs in results.items() if repeat > 1 else ():
        print(f"  {name}: wall s " + " / ".join(f"{r.wall:.1f}" for r in runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=1, help="runs of each crawl (medians)")
    parser.add_argument("--scale", action="store_true", help="the 20,000-page run, over time")
    parser.add_argument("--pages", type=int, help="essay pages (default 600; 20,000 with --scale)")
    parser.add_argument("--stock", action="store_true", help="with --scale: stock Scrapy too")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="ours")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds a crawl may take")
    parser.add_argument("--logs", type=Path, help="a folder to keep each crawl's log in")
    args = parser.parse_args()
    names = [STOCK_NAME, FLOOR_NAME, OURS_NAME] if not args.scale else [OURS_NAME]
    names[:0] = [STOCK_NAME] if args.scale and args.stock else []
    site = build(args.pages or (20000 if args.scale else 600))
    total = len(site.articles) + sum(map(len, site.listings.values())) + len(HOSTS)  # + robots.txt
    served: list[Served] = []
    results: dict[str, list[Run]] = {name: [] for name in names}
    with tempfile.TemporaryDirectory() as tmp, serve(site.sites, log=served) as hosts:
        extra = dict(item.split("=", 1) for item in args.set)
        starts = [base + "/" for base in hosts.values()]
        bench = Bench(starts, Path(tmp), served, extra, args.timeout, args.logs)
        for name in names * args.repeat:
            print(f"{name} …", file=sys.stderr)
            over_time = OverTime(total) if args.scale else None
            results[name].append(crawl_once(bench, name, over_time))
            if over_time is not None:
                print(f"\n{name}, over time (each stretch: 10% of the site's requests):\n")
                _row(*OVER_TIME.split(";"))
                _row(*["---"] * 7)
                for elapsed, count, rate, cpu, *memory in over_time.rows:
                    _row(
                        f"{elapsed:.0f}",
                        count,
                        f"{rate:.1f}",
                        f"{cpu:.0f}",
                        *(m // MB for m in memory),
                    )
    print(f"\nour crawl with {', '.join(args.set)}" if args.set else "")
    print_table(results, len(site.articles), total)


if __name__ == "__main__":
    main()
