"""NodeOutput: a node's pages go to the archive's writer through Redis (crawler/node.py).

The outermost spider middleware (the others have judged each output first). Each PageItem
the spider yields is sent (archive/wire.py) onto the writer's list, then
passes on to the verdict pipeline (counts, templates); when the page's callback is done,
its links are queued and the node lets go of the request (crawler/frontier.py). Only the
run's seeding node yields the start requests. When the writer falls behind by more than
ESSAYS_REDIS_MAX_WAITING pages, the node waits.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

import redis
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response

from archive.wire import PageMessage, encode
from crawler.extensions.node import node_of
from crawler.frontier import frontier_of
from crawler.items import PageItem
from crawler.node import client
from essaytext.page import SiteRules

logger = logging.getLogger(__name__)
UNSENT = "node/unsent"  # pages whose document could not be sent: the crawl fails


class NodeOutput:
    """Spider middleware of a node: seeds once, sends pages, releases finished requests."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.redis = client(crawler.settings.get("ESSAYS_REDIS_URL"))
        self.max_waiting = crawler.settings.getint("ESSAYS_REDIS_MAX_WAITING")
        self.sent = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NodeOutput:
        return cls(crawler)

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        node = node_of(self.crawler)
        await node.wait_joined()
        if node.seeds:
            async for request in start:
                yield request

    def process_spider_output(self, response: Response, result: Iterable[Any]) -> Iterator[Any]:
        for output in result:
            if not self._queued(output):
                self._send(output, response)
                yield output
        self._release(response)

    async def process_spider_output_async(
        self, response: Response, result: AsyncIterator[Any]
    ) -> AsyncIterator[Any]:
        async for output in result:
            if self._queued(output):
                continue
            if self._send(output, response):
                await self._wait_for_writer()
            yield output
        self._release(response)

    def _queued(self, output: Any) -> bool:
        """Queue a request now, as Scrapy would after reading ahead: the node lets go of the
        page's own request only once every link it yielded is on the shared queue."""
        if not isinstance(output, Request):
            return False
        engine: Any = self.crawler.engine
        engine.crawl(output)
        return True

    def _release(self, response: Response) -> None:
        if response.request is not None:
            frontier_of(self.crawler).release(response.request)

    def _send(self, output: Any, response: Response) -> bool:
        """Send a page to the writer; whether it was one."""
        if not isinstance(output, PageItem):
            return False
        stats = self.crawler.stats
        assert stats is not None
        found = output.found
        site = response.request.cb_kwargs.get("site") if response.request else None
        message = PageMessage(
            page=output.page,
            kind=output.kind,
            essays=tuple(found.essays) if found else (),
            seen=found.seen if found else None,
            rules=SiteRules(site.prune_xpaths, site.clutter_patterns, site.encoding)
            if site is not None
            else SiteRules(),
        )
        try:
            self.redis.lpush(node_of(self.crawler).keys.documents, encode(message))
        except redis.RedisError as exc:
            stats.inc_value(UNSENT, max(1, len(message.essays)))
            logger.error("node: not sent to the writer: %s: %s", output.page.url, exc)
            return True
        stats.inc_value("node/sent")
        self.sent += 1
        return True

    async def _wait_for_writer(self) -> None:
        if self.sent % 50:
            return
        key = node_of(self.crawler).keys.documents
        while self.redis.llen(key) > self.max_waiting:
            logger.info("node: the writer is %d pages behind: waiting", self.redis.llen(key))
            await asyncio.sleep(1.0)
