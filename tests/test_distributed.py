"""End to end with a real redis-server: crawler nodes on a shared frontier, one archive writer.

Each test starts from an empty Redis (its own server on a free loopback port for this
module). Nodes and the writer are real subprocesses (`scrapy crawl essays -s
ESSAYS_REDIS_URL=...`, `python -m archive ingest`) over the demo's multi-host site on
127.0.0.1.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis

from demo.crawl import crawl, crawl_stat, export_rows, stored
from demo.distributed import start_node, start_writer
from demo.processes import wait_for
from demo.redisserver import NoRedis, redis_server, redis_server_path
from demo.server import Served, serve
from demo.site import build_sites
from demo.web import numbered_site

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    try:
        redis_server_path()
    except NoRedis as exc:
        pytest.skip(str(exc))
    with redis_server() as url:
        yield url


@pytest.fixture
def empty_redis(redis_url: str) -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(redis_url)
    client.flushall()
    yield client
    client.close()


def run_distributed(
    starts: list[str], db: Path, url: str, logs: Path, *, nodes: int = 2, name: str = "run"
) -> tuple[str, list[str]]:
    """Writer and nodes to the end: the writer's summary line and the nodes' logs."""
    logs.mkdir(exist_ok=True)
    writer = start_writer(db, url, logs / f"{name}-writer.log")
    crawlers = [start_node(starts, url, logs / f"{name}-node{i}.log") for i in range(nodes)]
    for node in crawlers:
        assert node.wait(timeout=300) == 0, _tail(logs, name)
    out, _ = writer.communicate(timeout=120)
    assert writer.returncode == 0, _tail(logs, name)
    node_logs = [(logs / f"{name}-node{i}.log").read_text() for i in range(nodes)]
    for log in node_logs:
        assert "Traceback" not in log
    return out.strip(), node_logs


def _tail(logs: Path, name: str) -> str:
    return "\n".join(
        p.name + ":\n" + p.read_text()[-2500:] for p in sorted(logs.glob(f"{name}-*.log"))
    )


def archive_view(db: Path) -> tuple[dict[str, tuple[Any, ...]], set[frozenset[str]]]:
    """Each document's URL → what it says; and the clusters as sets of URLs."""
    rows = export_rows(db)
    documents = {
        row["url"]: (row["title"], row["author"], row["published"], row["text"], row["script"])
        for row in rows
    }
    clusters: dict[int, set[str]] = defaultdict(set)
    for row in rows:
        clusters[row["cluster"]].add(row["url"])
    return documents, {frozenset(urls) for urls in clusters.values()}


def pages(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT COUNT(DISTINCT page_url) FROM documents").fetchone()[0])


def versions(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM versions").fetchone()[0])


def test_two_nodes_and_a_writer_make_the_archive_one_crawl_makes(
    tmp_path: Path, redis_url: str, empty_redis: redis.Redis
) -> None:
    served: list[Served] = []
    with serve(build_sites(), validators=True, log=served) as hosts:
        starts = [base + "/" for base in hosts.values()]
        single = crawl(starts, tmp_path / "single.db")
        assert single.returncode == 0, single.stderr[-3000:]
        db = tmp_path / "distributed.db"
        summary, node_logs = run_distributed(starts, db, redis_url, tmp_path / "logs")
        assert archive_view(db) == archive_view(tmp_path / "single.db")
        documents = len(archive_view(db)[0])
        assert summary.startswith(f"ingested: {documents} new, 0 changed"), summary
        # One node seeded the run; the frontier's seen-set kept every page to one fetch.
        assert sum("and seeds it" in log for log in node_logs) == 1
        assert not (tmp_path / "logs" / "run-node0.no-archive.db").exists()  # nodes write none
        # The run ended: nothing of it is left in Redis.
        time.sleep(0.5)
        assert empty_redis.dbsize() == 0, empty_redis.keys()

        # A second run of the unchanged site is as incremental as a single-process one.
        served.clear()
        summary, _ = run_distributed(starts, db, redis_url, tmp_path / "logs", name="again")
        assert summary.startswith(
            f"ingested: 0 new, 0 changed, 0 unchanged, {documents} not modified"
        ), summary
        distributed_again = sorted((s.path, s.status) for s in served if s.conditional)
        served.clear()
        assert crawl(starts, tmp_path / "single.db").returncode == 0
        single_again = sorted((s.path, s.status) for s in served if s.conditional)
        assert distributed_again == single_again
        assert len(distributed_again) == pages(db) and {s for _, s in distributed_again} == {304}
        assert versions(db) == 0
        assert archive_view(db) == archive_view(tmp_path / "single.db")


def test_a_node_and_the_writer_killed_mid_crawl_lose_nothing(
    tmp_path: Path, redis_url: str, empty_redis: redis.Redis
) -> None:
    """kill -9 of a node and of the writer mid-batch; the survivors and a new writer finish."""
    logs = tmp_path / "logs"
    logs.mkdir()
    site = {"one": numbered_site(60, delay=0.2), "two": numbered_site(60, delay=0.2)}
    slow = {"CONCURRENT_REQUESTS_PER_DOMAIN": "1", "ESSAYS_REDIS_NODE_TIMEOUT": "3"}
    db = tmp_path / "distributed.db"
    with serve(site) as hosts:
        starts = [base + "/" for base in hosts.values()]
        writer = start_writer(db, redis_url, logs / "writer.log", until_idle=None)
        doomed = start_node(starts, redis_url, logs / "doomed.log", slow)
        survivor = start_node(starts, redis_url, logs / "survivor.log", slow)
        taken = lambda: empty_redis.llen("essays:documents:taken")  # noqa: E731
        assert wait_for(lambda: stored(db) >= 3 and taken() >= 2, 60)
        os.killpg(writer.pid, signal.SIGKILL)  # mid-batch: pages taken, not committed
        writer.communicate(timeout=10)
        assert wait_for(lambda: holds(empty_redis, doomed.pid), 60)
        os.killpg(doomed.pid, signal.SIGKILL)  # with requests held and pages being read
        doomed.wait(timeout=10)
        writer = start_writer(db, redis_url, logs / "writer2.log", until_idle=3)
        assert survivor.wait(timeout=300) == 0, (logs / "survivor.log").read_text()[-3000:]
        out, _ = writer.communicate(timeout=120)
        assert writer.returncode == 0, (logs / "writer2.log").read_text()[-3000:]
        assert out.strip().endswith(" 0 failed"), out
        single = crawl(starts, tmp_path / "single.db")
        assert single.returncode == 0
    survivor_log = (logs / "survivor.log").read_text()
    assert "stopped answering" in survivor_log and crawl_stat(survivor_log, "node/requeued") > 0
    rows = export_rows(db)
    urls = [row["url"] for row in rows]
    assert len(urls) == len(set(urls)) == 120
    assert set(urls) == {row["url"] for row in export_rows(tmp_path / "single.db")}
    assert versions(db) == 0  # pages sent twice were stored once


def sent(client: redis.Redis) -> int:
    """Pages sent to the writer and not yet committed."""
    return int(client.llen("essays:documents") + client.llen("essays:documents:taken"))


def holds(client: redis.Redis, pid: int) -> bool:
    """Whether the node of this process holds requests."""
    return any(client.hlen(key) for key in client.keys(f"essays:held:*:{pid}:*"))


def test_a_node_without_a_writer_says_so_and_fails(
    tmp_path: Path, redis_url: str, empty_redis: redis.Redis
) -> None:
    node = start_node(
        ["http://127.0.0.1:9/"],
        redis_url,
        tmp_path / "node.log",
        {"ESSAYS_REDIS_WAIT_SECONDS": "1"},
    )
    assert node.wait(timeout=120) == 1
    log = (tmp_path / "node.log").read_text()
    assert "no archive writer serves" in log and "python -m archive ingest" in log
    assert "Traceback" not in log


def test_the_writer_refuses_an_unreachable_redis_and_a_second_writer(
    tmp_path: Path, redis_url: str, empty_redis: redis.Redis
) -> None:
    db = tmp_path / "a.db"
    gone = subprocess.run(
        ["python", "-m", "archive", "ingest", "--db", str(db), "--redis", "redis://127.0.0.1:9/0"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert gone.returncode == 1 and "cannot reach Redis" in gone.stderr
    assert "Traceback" not in gone.stderr
    first = start_writer(db, redis_url, tmp_path / "first.log", until_idle=None)
    try:
        assert wait_for(lambda: empty_redis.exists("essays:run") == 1, 60)
        second = subprocess.run(
            [
                "python",
                "-m",
                "archive",
                "ingest",
                "--db",
                str(tmp_path / "b.db"),
                "--redis",
                redis_url,
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert second.returncode == 1 and "another writer serves" in second.stderr
    finally:
        first.send_signal(signal.SIGTERM)
        first.communicate(timeout=60)
    assert first.returncode == 0


def test_the_last_node_dying_leaves_the_run_open_and_a_new_node_finishes_it(
    tmp_path: Path, redis_url: str, empty_redis: redis.Redis
) -> None:
    """No node is left to take a dead node's requests: the writer puts them back, says the
    run is unfinished (exit 1), and the next writer and node finish it."""
    logs = tmp_path / "logs"
    logs.mkdir()
    db = tmp_path / "distributed.db"
    slow = {"CONCURRENT_REQUESTS_PER_DOMAIN": "1"}
    with serve({"one": numbered_site(30, delay=0.2)}) as hosts:
        starts = [hosts["one"] + "/"]
        writer = start_writer(
            db, redis_url, logs / "writer.log", until_idle=2, options=["--node-timeout", "2"]
        )
        node = start_node(starts, redis_url, logs / "node.log", slow)
        assert wait_for(lambda: holds(empty_redis, node.pid) and stored(db) >= 2, 60)
        os.killpg(node.pid, signal.SIGKILL)
        node.wait(timeout=10)
        writer.communicate(timeout=120)
        err = (logs / "writer.log").read_text()
        assert writer.returncode == 1, err[-3000:]
        assert "the run is not finished" in err and "Traceback" not in err
        assert "back on the queue" in err
        assert empty_redis.exists("essays:run") and empty_redis.zcard("essays:requests") > 0

        _summary, node_logs = run_distributed(starts, db, redis_url, logs, nodes=1, name="finish")
        assert "and seeds it" not in node_logs[0]  # the open run was joined, not seeded again
    urls = [row["url"] for row in export_rows(db)]
    assert len(urls) == len(set(urls)) == 30


def test_a_node_with_an_unreachable_redis_says_so_in_one_line(tmp_path: Path) -> None:
    result = crawl(
        ["http://127.0.0.1:9/"], tmp_path / "a.db", {"ESSAYS_REDIS_URL": "redis://127.0.0.1:9/0"}
    )
    assert result.returncode == 1
    assert "cannot reach Redis at redis://127.0.0.1:9/0" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_long_running_writer_ends_each_run_and_opens_the_next(
    tmp_path: Path, redis_url: str, empty_redis: redis.Redis
) -> None:
    """Without --until-idle (a service): each night's run is cleared from Redis when it
    ends, and the next night's nodes seed a new run that is as incremental as ever."""
    logs = tmp_path / "logs"
    logs.mkdir()
    db = tmp_path / "distributed.db"
    served: list[Served] = []
    with serve({"one": numbered_site(5)}, validators=True, log=served) as hosts:
        starts = [hosts["one"] + "/"]
        writer = start_writer(
            db, redis_url, logs / "writer.log", until_idle=None, options=["--end-idle", "2"]
        )
        try:
            runs = []
            for night in range(2):
                assert wait_for(lambda: empty_redis.exists("essays:run") == 1, 60)
                runs.append(empty_redis.get("essays:run"))
                node = start_node(starts, redis_url, logs / f"night{night}.log")
                assert node.wait(timeout=300) == 0, (logs / f"night{night}.log").read_text()
                assert "and seeds it" in (logs / f"night{night}.log").read_text()
                # The run ends; the next one is opened with nothing of this one left.
                assert wait_for(lambda: empty_redis.get("essays:run") not in (None, runs[-1]), 60)
                assert not empty_redis.exists("essays:dupefilter", "essays:requests")
                assert not empty_redis.keys("essays:held:*") and not empty_redis.keys(
                    "essays:seeded:*"
                )
        finally:
            writer.send_signal(signal.SIGTERM)
            out, _ = writer.communicate(timeout=120)
        err = (logs / "writer.log").read_text()
        assert writer.returncode == 0, err[-3000:]
    assert runs[0] != runs[1]
    assert sorted(s.status for s in served if s.conditional) == [304] * 5  # night 2: all 304
    assert len(export_rows(db)) == 5 and versions(db) == 0
    with sqlite3.connect(db) as conn:
        statuses = [row[0] for row in conn.execute("SELECT status FROM runs ORDER BY id")]
    assert statuses[:2] == ["finished", "finished"]
    assert "Traceback" not in err and out.startswith("ingested: 5 new")
