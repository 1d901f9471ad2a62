"""The page workers' pool stops cleanly even while one of its workers is still starting.

pebble 5.2.3 unlinks its channel's named semaphores before it stops the workers, so a
worker still unpickling its start-up data then dies with a FileNotFoundError traceback on
the crawl's stderr (seen on quick CI crawls). `crawler.workers.Pool` stops them first.
The slow start is made certain here: one worker waits, while unpickling its arguments,
until the pool is being closed (and a second more), ignoring SIGTERM meanwhile, as if the
stop had come a moment before the worker was up.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

SLOW = '''
import os, signal, time

class SlowOnce:
    """Unpickles at once in the first worker; the others wait until the pool is closing."""

    def __init__(self, path):
        self.path = path

    def __reduce__(self):
        return (arrive, (self.path,))

def arrive(path):
    try:
        os.close(os.open(path + ".first", os.O_CREAT | os.O_EXCL))
    except FileExistsError:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        open(path + ".starting", "w").close()
        while not os.path.exists(path + ".closing"):
            time.sleep(0.05)
        time.sleep(1.0)
    return SlowOnce(path)

def init(_):
    pass
'''

RUN = """
import multiprocessing, os, sys, time
sys.path.insert(0, {here!r})
from slow import SlowOnce, init
from {module} import {name} as Pool

if __name__ == "__main__":
    context = multiprocessing.get_context("forkserver")
    mark = os.path.join({here!r}, "mark")
    pool = Pool(max_workers=2, initializer=init, initargs=(SlowOnce(mark),), context=context)
    pool.schedule(os.getpid).result()  # one worker is up, the other still starting
    while not os.path.exists(mark + ".starting"):
        time.sleep(0.05)
    open(mark + ".closing", "w").close()
    pool.close()
    pool.join()
    print("closed")
"""


def stop_while_starting(tmp_path: Path, module: str, name: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "slow.py").write_text(textwrap.dedent(SLOW), encoding="utf-8")
    script = tmp_path / "run.py"
    script.write_text(RUN.format(here=str(tmp_path), module=module, name=name), encoding="utf-8")
    return subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=60, check=False
    )


def test_a_worker_still_starting_is_stopped_without_a_traceback(tmp_path: Path) -> None:
    done = stop_while_starting(tmp_path, "crawler.workers", "Pool")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "closed"
    assert "Traceback" not in done.stderr, done.stderr


def test_pebbles_own_pool_shows_the_race(tmp_path: Path) -> None:
    """The check above can fail: pebble's pool, stopped the same way, prints the traceback.
    (If a pebble release stops its workers first, this fails: drop `Pool` then.)"""
    done = stop_while_starting(tmp_path, "pebble", "ProcessPool")
    assert "SemLock._rebuild" in done.stderr
