"""Node: one crawler node's part in a distributed run (crawler/node.py).

At open the node joins the run the writer published (`essays:run`, waiting up to
ESSAYS_REDIS_WAIT_SECONDS for a writer), takes the sites' templates from the writer's
snapshot, and seeds the start URLs if it is the run's first node (SET NX). Every second it
sends a heartbeat (and whether it is busy), keeps the run alive, puts back the requests of
nodes silent for ESSAYS_REDIS_NODE_TIMEOUT seconds (crawler/frontier.py), and wakes its
engine when the shared queue has requests. It stops when the queue has been empty, and no
other node busy, for ESSAYS_REDIS_IDLE_SECONDS.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from typing import Any
from weakref import WeakKeyDictionary

import redis
from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider
from twisted.internet import task

from archive.redisrun import heartbeats, redis_now
from archive.templates import parse_counts
from archive.wire import RUN_SECONDS, Keys
from crawler.frontier import frontier_of, node_name
from crawler.middlewares.conditional import share_stored
from crawler.node import RedisStored, client, fail_node
from pipelines.templates import site_templates

logger = logging.getLogger(__name__)
_NODES: WeakKeyDictionary[Crawler, Node] = WeakKeyDictionary()
ERROR = "node/error"


def node_of(crawler: Crawler) -> Node:
    """The crawl's Node extension."""
    return _NODES[crawler]


class Node:
    """Joins the run, seeds it once, beats, rescues dead nodes' requests, stops when done."""

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.url: str = settings.get("ESSAYS_REDIS_URL")
        self.idle_seconds = settings.getfloat("ESSAYS_REDIS_IDLE_SECONDS")
        self.node_timeout = settings.getfloat("ESSAYS_REDIS_NODE_TIMEOUT")
        self.wait_seconds = settings.getfloat("ESSAYS_REDIS_WAIT_SECONDS")
        self.redis = client(self.url)
        self.name = node_name(crawler)
        self.keys = Keys()
        self.run: str | None = None
        self.seeds = False
        self.joined: asyncio.Future[None] | None = None
        self.idle_since: float | None = None
        self.stored: RedisStored | None = None
        self.beat = task.LoopingCall(self._beat)
        _NODES[crawler] = self

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Node:
        node = cls(crawler)
        crawler.signals.connect(node.opened, signal=signals.spider_opened)
        crawler.signals.connect(node.idle, signal=signals.spider_idle)
        crawler.signals.connect(node.closed, signal=signals.spider_closed)
        return node

    def wait_joined(self) -> asyncio.Future[None]:
        if self.joined is None:
            self.joined = asyncio.get_event_loop().create_future()
        return self.joined

    async def opened(self, spider: Spider) -> None:
        self.keys = Keys(spider.name)
        try:
            await self._join()
        except redis.RedisError as exc:
            fail_node(self.crawler, f"lost Redis: {exc}")
        finally:
            self.wait_joined().set_result(None)

    async def _join(self) -> None:
        deadline = time.monotonic() + self.wait_seconds
        while (run := self.redis.get(self.keys.run)) is None:
            if time.monotonic() > deadline:
                message = (
                    f"no archive writer serves {self.url} (no run after {self.wait_seconds:g} s):"
                    " start `python -m archive ingest --db A --redis URL` first"
                )
                self._fail(message)
                return
            await asyncio.sleep(0.5)
        self.run = run.decode()
        self.seeds = bool(self.redis.set(self.keys.seeded(self.run), self.name, nx=True))
        kept = json.loads(self.redis.get(self.keys.settings) or "{}")
        spider: Any = self.crawler.spider
        if kept.get("simhash_ngram") and spider is not None:
            spider.ngram = int(kept["simhash_ngram"])  # the archive's own
        snapshot = self.redis.get(self.keys.templates)
        if snapshot:
            site_templates(self.crawler).counts.update(parse_counts(snapshot.decode("utf-8")))
        assert self.crawler.stats is not None
        self.stored = RedisStored(self.url, self.keys, self.crawler.stats)
        share_stored(self.crawler, self.stored)
        logger.info(
            "node %s joined run %s%s", self.name, self.run, " and seeds it" if self.seeds else ""
        )
        self._beat()
        self.beat.start(1.0, now=False)

    def _fail(self, message: str) -> None:
        fail_node(self.crawler, message, reason="no_writer")

    def _beat(self) -> None:
        try:
            self._beat_once()
        except redis.RedisError as exc:
            fail_node(self.crawler, f"lost Redis: {exc}")

    def _beat_once(self) -> None:
        engine: Any = self.crawler.engine
        try:
            busy = not engine.spider_is_idle()
        except RuntimeError:  # closing
            busy = False
        now = redis_now(self.redis)
        if self.redis.get(self.keys.run) != (self.run or "").encode():
            fail_node(self.crawler, f"run {self.run} was ended by its writer", reason="run_ended")
            return
        self.redis.hset(self.keys.nodes, self.name, json.dumps({"at": now, "busy": busy}))
        self.redis.expire(self.keys.run, int(RUN_SECONDS))
        for node, (at, _) in heartbeats(self.redis, self.keys).items():
            if node != self.name and at < now - self.node_timeout:
                requeued = frontier_of(self.crawler).requeue_dead(node)
                logger.warning(
                    "node %s stopped answering: %d requests it held are back on the queue",
                    node,
                    requeued,
                )
                assert self.crawler.stats is not None
                self.crawler.stats.inc_value("node/requeued", requeued)
        slot = getattr(engine, "_slot", None)
        if slot is not None:  # new requests, or idleness, seen now, not at the engine's 5-s beat
            slot.nextcall.schedule()

    def idle(self) -> None:
        """Stay while the queue has requests or another node may add some."""
        stats = self.crawler.stats
        if self.run is None or (stats is not None and stats.get_value(ERROR)):
            return
        try:
            now = redis_now(self.redis)
            others_busy = any(
                busy and at >= now - self.node_timeout
                for node, (at, busy) in heartbeats(self.redis, self.keys).items()
                if node != self.name
            )
            queued = self.redis.zcard(self.keys.requests)
        except redis.RedisError as exc:
            fail_node(self.crawler, f"lost Redis: {exc}")
            return
        if queued or others_busy:
            self.idle_since = None
            raise DontCloseSpider
        self.idle_since = self.idle_since or now
        if now - self.idle_since < self.idle_seconds:
            raise DontCloseSpider
        logger.info(
            "node %s: the frontier has been empty for %g s: stopping", self.name, self.idle_seconds
        )

    async def closed(self) -> None:
        if self.beat.running:
            self.beat.stop()
        share_stored(self.crawler, None)
        with contextlib.suppress(redis.RedisError):  # said when it was lost
            self.redis.hdel(self.keys.nodes, self.name)
            if self.stored is not None:
                await self.stored.close()
        self.redis.close()
