"""robots.txt as RFC 9309 reads it: a server error, or no answer after the retries, means
"disallow all" for that host, never "allow all" (Scrapy's own middleware allows all then).
A 4xx answer (no robots.txt) still allows all.
"""

from __future__ import annotations

import logging

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.http import Request, Response, TextResponse
from twisted.internet.defer import Deferred

logger = logging.getLogger(__name__)
DISALLOW_ALL = b"User-agent: *\nDisallow: /\n"


class StrictRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, closed to a host whose robots.txt fails."""

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        if response.status >= 500:
            self._closed(netloc, f"robots.txt answered {response.status}")
            response = TextResponse(response.url, body=DISALLOW_ALL, encoding="utf-8")
        await super()._parse_robots(response, netloc, request)

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        self._closed(netloc, f"robots.txt unreachable ({exc.__class__.__name__})")
        parser = self._parserimpl.from_crawler(self.crawler, DISALLOW_ALL)
        deferred = self._parsers[netloc]
        self._parsers[netloc] = parser
        if isinstance(deferred, Deferred):
            deferred.callback(parser)

    def _closed(self, netloc: str, why: str) -> None:
        self._stats.inc_value("essays/robots/disallow_all")
        logger.warning("%s: %s, so nothing on it is fetched (RFC 9309)", netloc, why)
