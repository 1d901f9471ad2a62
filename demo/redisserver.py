"""A throwaway `redis-server` on a free loopback port, for the distributed crawl's tests,
benchmarks and demo (Debian's redis-server package; .ci/run installs it when missing)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager


class NoRedis(RuntimeError):
    """redis-server is not installed here."""


def redis_server_path() -> str:
    """Where redis-server is; NoRedis (with how to install it) when it is not."""
    found = shutil.which("redis-server")
    if found is None:
        raise NoRedis("redis-server is not installed (Debian: apt-get install redis-server)")
    return found


@contextmanager
def redis_server() -> Iterator[str]:
    """Start redis-server on 127.0.0.1 (no persistence); yield its URL; stop it."""
    path = redis_server_path()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    workdir = tempfile.mkdtemp(prefix="essays-redis-")
    command = [path, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    proc = subprocess.Popen(
        [*command, "--dir", workdir], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5) as conn:
                    conn.sendall(b"PING\r\n")
                    if conn.recv(16).startswith(b"+PONG"):
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"redis-server did not start on port {port}")
            time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        shutil.rmtree(workdir, ignore_errors=True)
