"""Processes as /proc shows them: a crawl's descendants (its forkserver and page workers),
their memory, and waiting on a condition. For the tests and benchmarks (Linux)."""

from __future__ import annotations

import os
import subprocess
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

TICKS = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Proc:
    """One process: its pid and parent, state, start time and CPU used."""

    pid: int
    ppid: int
    state: str  # R, S, Z, …
    started: int  # clock ticks after boot: with the pid, names one process (pids are reused)
    cpu: float  # seconds of CPU used


def processes() -> dict[int, Proc]:
    """Every process now running."""
    found = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:  # gone meanwhile
            continue
        fields = stat[stat.rindex(")") + 2 :].split()  # after "pid (comm) "
        pid = int(entry.name)
        cpu = (int(fields[11]) + int(fields[12])) / TICKS
        found[pid] = Proc(pid, int(fields[1]), fields[0], int(fields[19]), cpu)
    return found


def descendants(pid: int) -> dict[int, Proc]:
    """The processes below `pid` (children, their children, …)."""
    table = processes()
    children: dict[int, list[int]] = defaultdict(list)
    for proc in table.values():
        children[proc.ppid].append(proc.pid)
    found: dict[int, Proc] = {}
    queue = list(children[pid])
    while queue:
        child = queue.pop()
        found[child] = table[child]
        queue += children[child]
    return found


def command_line(pid: int) -> str:
    """The process's command line (its first 160 characters), "?" when it is gone."""
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()[:160]
    except OSError:
        return "?"


def forkserver_and_workers(crawl_pid: int) -> tuple[Proc | None, list[Proc]]:
    """The crawl's multiprocessing forkserver (its child) and the workers forked from it."""
    below = descendants(crawl_pid)
    server = next(
        (
            p
            for p in below.values()
            if p.ppid == crawl_pid and "multiprocessing.forkserver" in command_line(p.pid)
        ),
        None,
    )
    if server is None:
        return None, []
    return server, [p for p in below.values() if p.ppid == server.pid and p.state != "Z"]


def still_running(recorded: dict[int, Proc]) -> list[str]:
    """Those of the recorded processes still running (a zombie has exited), ps-like."""
    now = processes()
    return [
        f"{pid} ppid={now[pid].ppid} {now[pid].state} {command_line(pid)}"
        for pid, proc in recorded.items()
        if pid in now and now[pid].started == proc.started and now[pid].state != "Z"
    ]


def wait_for(condition: Callable[[], bool], seconds: float) -> bool:
    """Whether the condition held within `seconds` (checked every 50 ms)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def wait_for_workers(proc: subprocess.Popen[bytes], log: Path, count: int = 2) -> None:
    """Once the crawl has `count` page workers up; fails with its log if it ended first."""
    up = wait_for(
        lambda: len(forkserver_and_workers(proc.pid)[1]) >= count or proc.poll() is not None,
        90,
    )
    assert up and proc.poll() is None, log.read_text(errors="replace")[-3000:]
