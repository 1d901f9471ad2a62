"""The one writer of a distributed crawl: pages from the nodes' Redis list into the archive.

`python -m archive ingest --db A --redis URL [--until-idle S]` (archive/cli_ingest.py).
Each page goes through the same code as in a single-process crawl (the verdict's template
counts, `Archive.add`, `mark_page`, the templates' re-reading at the end). A reliable queue:
a page is moved (BLMOVE) from `documents` to `taken` and dropped from `taken` only once the
batch that holds it is committed, so a killed writer loses nothing; the next one puts
`taken` back first. A page applied twice is stored once (an upsert by URL).

The writer owns the run: it starts one when none is alive (clearing what an earlier run
left in Redis and publishing the archive's validators and templates for the nodes), answers
nodes asking for stored pages' bodies, and, with --until-idle, ends the run (clearing its
Redis keys) once no node is alive and nothing is queued for that many seconds.
"""

from __future__ import annotations

import logging
import os
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import redis

from archive import Archive, DocumentFailed, WriteFailed
from archive.redisrun import answer_asks, clear_run, publish_run, sweep_nodes
from archive.runs import record_run
from archive.templates import dump_counts
from archive.wire import RUN_SECONDS, BadMessage, Keys, decode
from essaytext.page import SiteRules
from pipelines.archive import mark_page, needs_mark
from pipelines.templates import SiteTemplates

logger = logging.getLogger(__name__)
_LOCK_SECONDS = 10  # the writer lock lapses this long after its writer stopped


# How a run's ingest ended (Ingester._loop).
ENDED, STRANDED, STOPPED = "ended", "stranded", "stopped"


class IngestError(Exception):
    """The writer cannot serve this Redis (unreachable, or another writer serves it)."""


@dataclass
class Ingester:
    """Pops pages, writes them in batches, acknowledges what was committed."""

    archive: Archive
    redis: Any  # redis.Redis (redis-py's types are loose)
    keys: Keys = field(default_factory=Keys)
    until_idle: float | None = None
    end_idle: float = float(RUN_SECONDS)  # without until_idle: a run's idle time that ends it
    node_timeout: float = 30.0
    min_chars: int = 80
    counts: Counter[str] = field(default_factory=Counter)
    stopping: bool = False
    templates: SiteTemplates = field(default_factory=SiteTemplates)
    rules: dict[str, SiteRules] = field(default_factory=dict)
    first_written: int = 0  # the run's first document in `archive.written`
    name: str = field(default_factory=lambda: uuid.uuid4().hex)
    run: str = ""
    before: Counter[str] = field(default_factory=Counter)  # committed when the run opened
    took_part: bool = False  # a node or a page was seen in this run

    def serve(self) -> None:
        """Ingest run after run until stopped; with `until_idle`, until the run ends."""
        self._lock()
        self.templates.load(self.archive)
        try:
            self._recover()
            while not self.stopping:
                started = _now()
                self._open_run()
                outcome = self._loop()
                self._finish(started, outcome)
                if self.until_idle is not None:  # else a stranded run stays open, served
                    break
        finally:
            self.redis.delete(self.keys.writer)

    def _lock(self) -> None:
        """Become the one writer: a lock that lapses _LOCK_SECONDS after its writer stops
        refreshing it, so a killed writer's successor waits that long at most."""
        deadline = time.monotonic() + _LOCK_SECONDS + 1
        try:
            while not self.redis.set(self.keys.writer, self.name, nx=True, ex=_LOCK_SECONDS):
                if time.monotonic() > deadline:
                    raise IngestError(
                        f"another writer serves this Redis ({self.keys.writer} is held)"
                    )
                logger.info("ingest: waiting for the writer lock (another writer holds it)")
                time.sleep(1.0)
        except redis.RedisError as exc:
            raise IngestError(f"cannot reach Redis: {exc}") from exc

    def _recover(self) -> None:
        """Put back what a killed writer had taken but not committed."""
        moved = 0
        while self.redis.lmove(self.keys.taken, self.keys.documents, "LEFT", "RIGHT"):
            moved += 1
        if moved:
            logger.info("ingest: %d pages taken by an earlier writer are queued again", moved)

    def _open_run(self) -> None:
        self.archive.written.settle()
        self.first_written, self.took_part = len(self.archive.written), False
        self.before = Counter(self.archive.committed) + Counter(failed=self.counts["failed"])
        run = self.redis.get(self.keys.run)
        if run is not None:
            self.run = run.decode()
            logger.info("ingest: resuming run %s", self.run)
            return
        self.run = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S") + "-" + self.name[:6]
        clear_run(self.redis, self.keys)
        published = publish_run(
            self.redis,
            self.keys,
            self.run,
            self.archive.pages.all_validators(),
            dump_counts(self.archive.conn, self.templates.counts),
            {"simhash_ngram": self.archive.ngram},
        )
        logger.info(
            "ingest: run %s started (%d stored pages' validators published)", self.run, published
        )

    def _loop(self) -> str:
        """How the run went: ENDED when idle for `until_idle` seconds (without it, for
        `end_idle` once some node took part, so that every nightly run starts clean);
        STRANDED when requests are left that no live node will crawl; else STOPPED."""
        idle_for = self.until_idle if self.until_idle is not None else self.end_idle
        idle_since = beat = time.monotonic()
        while not self.stopping:
            if time.monotonic() - beat >= 1.0:
                beat = time.monotonic()
                self.redis.expire(self.keys.writer, _LOCK_SECONDS)
                self.redis.expire(self.keys.run, RUN_SECONDS)
            self._answer()
            raw = self.redis.blmove(self.keys.documents, self.keys.taken, 0.2, "RIGHT", "LEFT")
            if raw is not None:
                self.took_part = True
                self._apply(raw)
            elif self.archive.conn.in_transaction:
                self.archive.commit()
            if not self.archive.conn.in_transaction:
                self.redis.delete(self.keys.taken)  # all it held is committed
            if raw is not None or self._busy():
                idle_since = time.monotonic()
            elif time.monotonic() - idle_since >= idle_for and (
                self.until_idle is not None or self.took_part
            ):
                return STRANDED if self.redis.zcard(self.keys.requests) else ENDED
        return STOPPED

    def _busy(self) -> bool:
        """Whether the run may still send pages: pages queued, or a live node (the requests
        of nodes that died go back on the queue, as a live node would put them)."""
        if self.redis.llen(self.keys.documents):
            return True
        live = sweep_nodes(self.redis, self.keys, self.node_timeout)
        self.took_part = self.took_part or live
        return live

    def _answer(self) -> None:
        """Answer nodes asking for stored pages (to follow a 304's links)."""
        answer_asks(self.redis, self.keys, self.archive.pages.get)

    def _apply(self, raw: bytes) -> None:
        try:
            message = decode(raw)
        except BadMessage as exc:
            self.counts["failed"] += 1
            logger.error("ingest: a page could not be read: %s", exc)
            return
        page = message.page
        if message.seen is not None:  # read by a node's workers: the verdict pipeline's count
            self.templates.observe(page.site, page.url, message.seen)
            self.rules[page.source] = message.rules
        essays = message.essays
        if needs_mark(message.kind, essays) and not mark_page(
            self.archive, page, message.kind, essays
        ):
            self.counts["failed"] += 1
        for essay in essays:
            try:
                self.archive.add(page, essay)
            except DocumentFailed as exc:
                self.counts["failed"] += 1
                logger.error("archive: not stored: %s", exc)
            except WriteFailed:
                self.redis.delete(self.keys.writer)
                raise  # taken stays in Redis: the next writer puts it back

    def _finish(self, started: str, outcome: str) -> None:
        """End the run first (a node arriving now waits for the next), then commit, keep the
        templates (re-reading pages stored before them) and record the run."""
        if outcome == ENDED:
            self.redis.delete(self.keys.run)
            clear_run(self.redis, self.keys)
            logger.info("ingest: run %s ended; its keys cleared from Redis", self.run)
        elif outcome == STRANDED:
            left = int(self.redis.zcard(self.keys.requests))
            self.counts["stranded"] += left
            logger.error(
                "ingest: run %s is not finished: %d requests are left with no node to crawl"
                " them; it stays open: start nodes to finish it",
                self.run,
                left,
            )
        self.archive.commit()
        self.redis.delete(self.keys.taken)
        reextracted = self.templates.finish(
            self.archive,
            since=self.first_written,
            rules_for=lambda source: self.rules.get(source, SiteRules()),
            min_chars=self.min_chars,
        )
        self.counts.update({f"templates/{k}": v for k, v in reextracted.items()})
        committed = Counter(self.archive.committed)
        committed.subtract(self.before)
        counts = {
            "new": committed["stored"],
            "changed": committed["changed"],
            "unchanged": committed["unchanged"],
            "not_modified": committed["seen"],
            "gone": committed["gone"],
            "failed": self.counts["failed"] - self.before["failed"],
            "stranded": self.counts["stranded"],
        }
        self.archive.conn.execute("BEGIN IMMEDIATE")
        record_run(
            self.archive.conn,
            started_at=started,
            ended_at=_now(),
            status={ENDED: "finished", STRANDED: "unfinished"}.get(outcome, "stopped"),
            pid=os.getpid(),
            settings={"ingest_run": self.run, "redis_prefix": self.keys.prefix},
            counts=counts,
        )
        self.archive.commit()


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
