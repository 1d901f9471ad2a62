"""The shared frontier of a distributed crawl: scrapy-redis' scheduler, remembering what each
node holds so that no request dies with its node.

A request a node takes from the shared queue is also written to the node's "held" hash
until the node is done with it: its page sent to the writer and its links queued
(crawler/middlewares/node.py), or the request handed back to the queue as a retry or a
redirect. When a node stops sending heartbeats for ESSAYS_REDIS_NODE_TIMEOUT seconds,
another node puts everything it held back on the queue (`requeue_dead`), so a node killed
mid-crawl costs a re-fetch of at most the requests it held (about CONCURRENT_REQUESTS plus
the pages being read), never a page. A page re-fetched this way whose document had already
been sent reaches the writer twice; the archive stores it once (an upsert by URL).
"""

from __future__ import annotations

import os
import socket
import uuid
from typing import Any
from weakref import WeakKeyDictionary

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy_redis.scheduler import Scheduler

from archive.wire import Keys

_FRONTIERS: WeakKeyDictionary[Crawler, Frontier] = WeakKeyDictionary()
HELD = "essays_held"  # request.meta: the request's key in its node's held hash

# Put a dead node's held requests back on the queue and forget the node, atomically (two
# nodes noticing the same death requeue its requests once).
_REQUEUE = """
local items = redis.call('HGETALL', KEYS[2])
for i = 1, #items, 2 do
  local held = items[i + 1]
  local bar = string.find(held, '|', 1, true)
  redis.call('ZADD', KEYS[3], string.sub(held, 1, bar - 1), string.sub(held, bar + 1))
end
redis.call('DEL', KEYS[2])
redis.call('HDEL', KEYS[1], ARGV[1])
return #items / 2
"""


class Frontier(Scheduler):  # type: ignore[misc]
    """scrapy-redis' Scheduler (priority queue, shared seen-set) with held requests."""

    node: str = ""
    keys: Keys = Keys()
    counts: Any = None  # the crawl's stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Frontier:
        frontier: Frontier = super().from_crawler(crawler)
        # Counted here: scrapy-redis passes Scrapy 2.19 a deprecated `spider` argument.
        frontier.counts, frontier.stats = crawler.stats, None
        frontier.node = node_name(crawler)
        _FRONTIERS[crawler] = frontier
        return frontier

    def open(self, spider: Any) -> None:
        super().open(spider)
        self.keys = Keys(spider.name)

    def next_request(self) -> Request | None:
        request: Request | None = super().next_request()
        if request is not None:
            self.counts.inc_value("scheduler/dequeued/redis")
            request.meta[HELD] = held = uuid.uuid4().hex
            data = self.queue._encode_request(request)
            self.server.hset(self.keys.held(self.node), held, b"%d|%s" % (-request.priority, data))
        return request

    def enqueue_request(self, request: Request) -> bool:
        held = request.meta.pop(HELD, None)  # a retry or redirect of a request this node held
        added: bool = super().enqueue_request(request)
        if added:
            self.counts.inc_value("scheduler/enqueued/redis")
        if held is not None:
            self.server.hdel(self.keys.held(self.node), held)
        return added

    def release(self, request: Request) -> None:
        """The node is done with this request: its page was sent and its links queued."""
        held = request.meta.pop(HELD, None)
        if held is not None:
            self.server.hdel(self.keys.held(self.node), held)

    def close(self, reason: str) -> None:
        """A node that closes has finished what it held (Scrapy waits for it)."""
        super().close(reason)
        self.server.delete(self.keys.held(self.node))

    def requeue_dead(self, node: str) -> int:
        """Put a dead node's held requests back on the queue; how many there were."""
        keys = (self.keys.nodes, self.keys.held(node), self.queue.key)
        return int(self.server.eval(_REQUEUE, len(keys), *keys, node))


def frontier_of(crawler: Crawler) -> Frontier:
    """The crawl's frontier."""
    return _FRONTIERS[crawler]


def node_name(crawler: Crawler) -> str:
    """This node's name (host, pid and a random part), made once per crawl."""
    name = getattr(crawler, "_essays_node", None)
    if name is None:
        name = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        crawler._essays_node = name  # type: ignore[attr-defined]
    return str(name)
