"""The crawl's record of requests seen: Scrapy's RFPDupeFilter, at 8 bytes a request.

Scrapy's filter keeps each request's 20-byte fingerprint as a bytes object in a set, about
80 bytes a request, each a small object allocated among the pages' short-lived ones (which
keeps the allocator from giving their memory back). Here a request is a 64-bit id in one
array (essaytext/idset.py): 8 to 16 bytes a request, one allocation that doubles. Two requests
are taken for one when their 64-bit hashes meet: about once in 40 million crawls of a
million requests (Heritrix remembers URLs by 64-bit fingerprints too).

With JOBDIR the requests seen are written to, and read back from, Scrapy's own
`requests.seen` (Scrapy 2.19's 2-byte length and fingerprint a request; an earlier
Scrapy's hex lines are read too), so a paused crawl resumes with either filter. A
distributed crawl uses scrapy-redis' filter instead (crawler/node.py).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from scrapy import Request
from scrapy.dupefilters import RFPDupeFilter
from scrapy.utils.request import RequestFingerprinterProtocol

from essaytext.idset import IdSet

_LENGTH_BYTES = 2  # requests.seen: each fingerprint after its big-endian length


def key(fingerprint: bytes) -> int:
    """A request fingerprint as a non-zero 64-bit id (any fingerprinter's bytes)."""
    digest = hashlib.blake2b(fingerprint, digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True) or 1


def _read(data: bytes) -> Iterator[bytes]:
    """The fingerprints of a `requests.seen` file: Scrapy 2.19's (a 2-byte length, then the
    fingerprint), or an earlier Scrapy's (one hex fingerprint a line)."""
    if data[:1].isalnum():
        yield from (bytes.fromhex(line.decode("ascii")) for line in data.split())
        return
    at = 0
    while at + _LENGTH_BYTES <= len(data):
        size = int.from_bytes(data[at : at + _LENGTH_BYTES], "big")
        at += _LENGTH_BYTES
        yield data[at : at + size]
        at += size


class SeenRequests(RFPDupeFilter):
    """Scrapy's request filter (same fingerprints, JOBDIR file and log) holding 8 bytes a request."""

    def __init__(
        self,
        path: str | None = None,
        debug: bool = False,
        *,
        fingerprinter: RequestFingerprinterProtocol | None = None,
    ) -> None:
        super().__init__(None, debug, fingerprinter=fingerprinter)
        self.seen = IdSet()
        if path:
            self.file = Path(path, "requests.seen").open("a+b")  # noqa: SIM115 (closed by close())
            self.file.seek(0)
            for fingerprint in _read(self.file.read()):
                self.seen.add(key(fingerprint))

    def request_seen(self, request: Request) -> bool:
        """Whether the request was seen before (and, when it was not, remember it)."""
        fingerprint = self.fingerprinter.fingerprint(request)
        if not self.seen.add(key(fingerprint)):
            return True
        if self.file:
            self.file.write(len(fingerprint).to_bytes(_LENGTH_BYTES, "big") + fingerprint)
        return False
