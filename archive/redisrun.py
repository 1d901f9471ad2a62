"""A distributed crawl's state in Redis, as the nodes and the writer share it: heartbeats
on Redis' clock, dead nodes' held requests put back, a run opened and cleared."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from typing import Any

from .wire import RUN_SECONDS, Keys

logger = logging.getLogger(__name__)
ANSWER_SECONDS = 60  # how long an answer waits for the node that asked

# Put a dead node's held requests back on the queue and forget the node, atomically (two
# nodes, or a node and the writer, noticing the same death requeue its requests once).
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


def requeue_dead(client: Any, keys: Keys, node: str) -> int:
    """Put a dead node's held requests back on the queue; how many there were."""
    return int(client.eval(_REQUEUE, 3, keys.nodes, keys.held(node), keys.requests, node))


def heartbeats(client: Any, keys: Keys) -> dict[str, tuple[float, bool]]:
    """Each node's last heartbeat: (Redis time, busy); an unreadable entry is left out."""
    beats = {}
    for node, raw in client.hgetall(keys.nodes).items():
        try:
            beat = json.loads(raw)
            beats[node.decode()] = (float(beat["at"]), bool(beat["busy"]))
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            continue
    return beats


def redis_now(client: Any) -> float:
    """Redis' clock: every machine's heartbeats are compared on it."""
    seconds, micros = client.time()
    return float(seconds) + float(micros) / 1e6


def clear_run(client: Any, keys: Keys) -> None:
    """Delete a run's keys: queue, seen-set, heartbeats, held requests, snapshot, seeding."""
    stale = list(keys.per_run())
    for pattern in (keys.held("*"), keys.seeded("*")):
        stale += [key.decode() for key in client.scan_iter(pattern)]
    client.delete(*stale)


def publish_run(
    client: Any,
    keys: Keys,
    run: str,
    validators: Iterable[tuple[str, str | None, str | None, str]],
    templates: str,
    settings: dict[str, Any],
) -> int:
    """Publish what nodes need of the archive, then open the run (nodes join it only once
    it exists); how many pages' validators were published."""
    published = 0
    batch: dict[str, str] = {}
    for url, etag, last_modified, fetched_at in validators:
        batch[url] = json.dumps([etag, last_modified, fetched_at])
        if len(batch) >= 1000:
            published += client.hset(keys.validators, mapping=batch)
            batch = {}
    if batch:
        published += client.hset(keys.validators, mapping=batch)
    client.set(keys.templates, templates)
    client.set(keys.settings, json.dumps(settings))
    client.set(keys.run, run, ex=RUN_SECONDS)
    return published


def sweep_nodes(client: Any, keys: Keys, timeout: float) -> bool:
    """Whether a node is alive; the requests held by nodes silent for `timeout` seconds
    (or held with no heartbeat at all) go back on the queue."""
    now = redis_now(client)
    beats = heartbeats(client, keys)
    prefix = keys.held("")
    held = {key.decode().removeprefix(prefix) for key in client.scan_iter(prefix + "*")}
    live = False
    for node in beats.keys() | held:
        at, _ = beats.get(node, (0.0, False))
        if at >= now - timeout:
            live = True
        elif requeued := requeue_dead(client, keys, node):
            logger.warning(
                "node %s stopped answering: %d requests it held are back on the queue",
                node,
                requeued,
            )
    return live


def answer_asks(
    client: Any, keys: Keys, stored: Callable[[str], tuple[dict[str, str], bytes] | None]
) -> None:
    """Answer nodes asking for stored pages (to follow a 304's links); an unreadable ask is
    skipped in one line."""
    for ask in client.lpop(keys.asks, 100) or ():
        try:
            url, reply = json.loads(ask)
            page = stored(str(url))
        except (ValueError, TypeError) as exc:
            logger.error("an unreadable ask for a stored page skipped: %r", exc)
            continue
        headers, body = page if page is not None else (None, b"")
        pipe = client.pipeline()
        pipe.lpush(str(reply), json.dumps(headers).encode() + b"\n" + body)
        pipe.expire(str(reply), ANSWER_SECONDS)
        pipe.execute()
