"""The shared frontier of a distributed crawl: scrapy-redis' scheduler, remembering what each
node holds so that no request dies with its node.

A request a node takes from the shared queue is also written to the node's "held" hash
until the node is done with it: its page sent to the writer and its links queued
(crawler/middlewares/node.py), or the request handed back to the queue as a retry or a
redirect. Taking and holding, and marking seen and queueing, are each one Lua step, so a
kill between them loses nothing. When a node stops sending heartbeats for
ESSAYS_REDIS_NODE_TIMEOUT seconds, another node (or the writer) puts everything it held back
on the queue (archive/wire.py `requeue_dead`), so a node killed mid-crawl costs a re-fetch
of what it held (about CONCURRENT_REQUESTS plus the pages being read, and the requests that
failed in its downloader, which stay held until it closes), never a page. A page fetched
again whose document had been sent reaches the writer twice and is stored once (an upsert
by URL).
"""

from __future__ import annotations

import contextlib
import os
import socket
import uuid
from typing import Any
from weakref import WeakKeyDictionary

import redis
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy_redis.scheduler import Scheduler

from archive.redisrun import requeue_dead
from archive.wire import Keys
from crawler.node import fail_node

_FRONTIERS: WeakKeyDictionary[Crawler, Frontier] = WeakKeyDictionary()
HELD = "essays_held"  # request.meta: the request's key in its node's held hash

# Take the first request of the queue and hold it, in one step: a node killed between
# the two would lose the request. KEYS: queue, held hash; ARGV: held id.
_TAKE = """
local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #first == 0 then return false end
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, 0)
redis.call('HSET', KEYS[2], ARGV[1], first[2] .. '|' .. first[1])
return first[1]
"""
# Mark a request seen and queue it (and let go of the request it replaces), in one step:
# a node killed between them would leave a URL seen and never fetched. KEYS: seen-set,
# queue, held hash; ARGV: fingerprint ('' when not filtered), score, request, held id.
_PUT = """
if ARGV[1] ~= '' and redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
if ARGV[4] ~= '' then redis.call('HDEL', KEYS[3], ARGV[4]) end
return 1
"""


class Frontier(Scheduler):  # type: ignore[misc]
    """scrapy-redis' Scheduler (priority queue, shared seen-set) with held requests."""

    node: str = ""
    keys: Keys = Keys()
    counts: Any = None  # the crawl's stats
    crawler: Crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Frontier:
        frontier: Frontier = super().from_crawler(crawler)
        # Counted here: scrapy-redis passes Scrapy 2.19 a deprecated `spider` argument.
        frontier.counts, frontier.stats = crawler.stats, None
        frontier.node = node_name(crawler)
        frontier.crawler = crawler
        _FRONTIERS[crawler] = frontier
        return frontier

    def open(self, spider: Any) -> None:
        super().open(spider)
        self.keys = Keys(spider.name)

    def next_request(self) -> Request | None:
        held = uuid.uuid4().hex
        try:
            keys = (self.queue.key, self.keys.held(self.node))
            data = self.server.eval(_TAKE, 2, *keys, held)
        except redis.RedisError as exc:
            fail_node(self.crawler, f"lost Redis: {exc}")
            return None
        if data is None:
            return None
        request: Request = self.queue._decode_request(data)
        request.meta[HELD] = held
        self.counts.inc_value("scheduler/dequeued/redis")
        return request

    def enqueue_request(self, request: Request) -> bool:
        """Queue a request unless seen (and let go of the one it replaces: a retry or a
        redirect of a request this node held)."""
        held = request.meta.pop(HELD, "")
        seen = "" if request.dont_filter else self.df.request_fingerprint(request)
        keys = (self.df.key, self.queue.key, self.keys.held(self.node))
        try:
            data = self.queue._encode_request(request)
            added = bool(self.server.eval(_PUT, 3, *keys, seen, -request.priority, data, held))
        except redis.RedisError as exc:
            fail_node(self.crawler, f"lost Redis (a request not queued: {request.url}): {exc}")
            return False
        if added:
            self.counts.inc_value("scheduler/enqueued/redis")
        else:
            self.df.log(request, self.spider)
        return added

    def has_pending_requests(self) -> bool:
        try:
            return bool(super().has_pending_requests())
        except redis.RedisError as exc:
            fail_node(self.crawler, f"lost Redis: {exc}")
            return False

    def release(self, request: Request) -> None:
        """The node is done with this request: its page was sent and its links queued."""
        held = request.meta.pop(HELD, None)
        if held is not None:
            try:
                self.server.hdel(self.keys.held(self.node), held)
            except redis.RedisError as exc:
                fail_node(self.crawler, f"lost Redis: {exc}")

    def close(self, reason: str) -> None:
        """A node that closes has finished what it held (Scrapy waits for it)."""
        with contextlib.suppress(redis.RedisError):  # said when it was lost
            super().close(reason)
            self.server.delete(self.keys.held(self.node))

    def requeue_dead(self, node: str) -> int:
        """Put a dead node's held requests back on the queue; how many there were."""
        return requeue_dead(self.server, self.keys, node)


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
