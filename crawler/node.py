"""A crawl as one node of a distributed crawl: `-s ESSAYS_REDIS_URL=redis://host:port/db`.

The add-on `NodeMode` turns the crawl into a node: the frontier (request queue and seen-set)
is scrapy-redis' in Redis, shared by every node (crawler/frontier.py); pages are read and
fingerprinted here as in a single-process crawl, and then sent to the archive's one writer
(`python -m archive ingest`) through a Redis list instead of being written to SQLite
(crawler/middlewares/node.py). What a node needs of the archive (validators of stored pages,
their bodies for a 304, the sites' templates) comes from the writer through Redis.
Run, seeding, heartbeats, recovery and stopping: crawler/extensions/node.py.
"""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from typing import Any

import redis
import redis.asyncio
from scrapy.crawler import Crawler
from scrapy.settings import Settings
from scrapy.statscollectors import StatsCollector
from scrapy.utils.defer import deferred_from_coro

from archive.wire import Keys

logger = logging.getLogger(__name__)
# Seconds a node waits for a stored page's body from the writer before giving up on it.
ASK_SECONDS = 30.0


class NodeMode:
    """Scrapy add-on: with ESSAYS_REDIS_URL set, this crawl is a node (nothing changes without)."""

    def update_settings(self, settings: Settings) -> None:
        url = settings.get("ESSAYS_REDIS_URL")
        if not url:
            return
        settings.set("REDIS_URL", url, "addon")
        settings.set("SCHEDULER", "crawler.frontier.Frontier", "addon")
        # At the project's priority: it replaces settings.py's filter (a -s one still wins).
        settings.set("DUPEFILTER_CLASS", "scrapy_redis.dupefilter.RFPDupeFilter", "project")
        # Nodes come and go: one closing must not clear the shared frontier (the writer
        # clears it when a new run starts).
        settings.set("SCHEDULER_PERSIST", True, "addon")
        settings["ITEM_PIPELINES"]["pipelines.archive.ArchivePipeline"] = None
        settings["EXTENSIONS"]["crawler.extensions.runs.CrawlRuns"] = None
        settings["EXTENSIONS"]["crawler.extensions.node.Node"] = 500
        settings["SPIDER_MIDDLEWARES"]["crawler.middlewares.node.NodeOutput"] = 10


def fail_node(crawler: Crawler, message: str, reason: str = "redis_lost") -> None:
    """This node cannot go on: one ERROR line (the first time), `node/error` (the crawl
    exits 1 saying it), and the spider closed."""
    stats = crawler.stats
    assert stats is not None
    if stats.get_value("node/error"):
        return
    logger.error("node: %s", message)
    stats.set_value("node/error", message)
    engine: Any = crawler.engine
    if engine is not None:
        asyncio.get_event_loop().call_soon(
            lambda: deferred_from_coro(engine.close_spider_async(reason=reason))
        )


def client(url: str) -> Any:
    """A Redis client of the crawl's URL (bytes in, bytes out; redis-py's types are loose)."""
    return redis.Redis.from_url(url, socket_timeout=30, health_check_interval=30)


class RedisStored:
    """Stored pages as a node sees them: validators from the writer's snapshot, bodies asked
    of the writer (crawler/middlewares/conditional.py asks this instead of the archive)."""

    def __init__(self, url: str, keys: Keys, stats: StatsCollector) -> None:
        self.stats = stats
        self.sync = client(url)
        self.aio: Any = redis.asyncio.Redis.from_url(url, socket_timeout=ASK_SECONDS + 5)
        self.keys = keys

    def validators(self, url: str) -> tuple[str | None, str | None, str] | None:
        raw = self.sync.hget(self.keys.validators, url)
        if raw is None:
            return None
        etag, last_modified, fetched_at = json.loads(raw)
        return etag, last_modified, fetched_at

    async def get(self, url: str) -> tuple[dict[str, str], bytes] | None:
        """The stored page's headers and body, from the writer; None if it did not answer."""
        reply = f"{self.keys.asks}:{uuid.uuid4().hex}"
        await self.aio.lpush(self.keys.asks, json.dumps([url, reply]))
        answer: Any = await self.aio.blpop([reply], timeout=ASK_SECONDS)
        if answer is None:  # the 304 stays unanswered: its stored links are not followed
            self.stats.inc_value("node/unanswered")
            logger.warning("node: the writer did not send the stored page %s in time", url)
            return None
        head, _, body = answer[1].partition(b"\n")
        headers = json.loads(head)
        return (headers, body) if headers is not None else None

    async def close(self) -> None:
        await self.aio.aclose()
        self.sync.close()
