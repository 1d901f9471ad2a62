"""What a crawler node sends the archive's writer through Redis: one fetched page, compressed.

A message holds what the single-process pipelines would have handed the archive: the page
(its provenance, headers and raw body), what the page workers found on it (kind, essays
with their fingerprints, the template keys it showed) and the site's rules (for re-reading
pages once the site's template is known). It is JSON and the raw body, zlib-compressed;
no pickle, so a message cannot run code in the writer.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import asdict, dataclass, field
from typing import Any

from essaytext.essay import Essay
from essaytext.fingerprint import Fingerprints
from essaytext.page import SiteRules
from essaytext.template import Seen

from .records import Page

VERSION = 1
# Seconds a run outlives its last heartbeat (a node's or the writer's): a writer restarted
# within this resumes the run; after it, the next writer starts a new one.
RUN_SECONDS = 120


class BadMessage(ValueError):
    """A message that cannot be read (damaged, or from an incompatible version)."""


@dataclass(frozen=True)
class PageMessage:
    """One page as a node saw it: `kind` is not_modified / gone for a page without a body
    to read, else None; `seen` is None when the page was not read."""

    page: Page
    kind: str | None = None
    essays: tuple[Essay, ...] = ()
    seen: Seen | None = None
    rules: SiteRules = field(default_factory=SiteRules)


def encode(message: PageMessage) -> bytes:
    """The message as compressed bytes (the body only when an essay will be stored)."""
    page = message.page
    head = {
        "v": VERSION,
        "page": {k: v for k, v in asdict(page).items() if k not in ("body", "headers")},
        "headers": dict(page.headers),
        "kind": message.kind,
        "essays": [_essay(essay) for essay in message.essays],
        "seen": None
        if message.seen is None
        else {"lines": sorted(message.seen.lines), "titles": sorted(message.seen.titles)},
        "rules": asdict(message.rules),
    }
    body = page.body if message.essays else b""
    return zlib.compress(json.dumps(head, ensure_ascii=False).encode("utf-8") + b"\n" + body, 3)


def decode(data: bytes) -> PageMessage:
    """The message back; BadMessage when it cannot be read."""
    try:
        raw = zlib.decompress(data)
        head_bytes, _, body = raw.partition(b"\n")
        head = json.loads(head_bytes)
        if head.get("v") != VERSION:
            raise BadMessage(f"a message of version {head.get('v')!r}, not {VERSION}")
        page = Page(**head["page"], headers=head["headers"], body=body)
        seen = head["seen"]
        rules = head["rules"]
        return PageMessage(
            page=page,
            kind=head["kind"],
            essays=tuple(_read_essay(e) for e in head["essays"]),
            seen=None
            if seen is None
            else Seen(frozenset(seen["lines"]), frozenset(seen["titles"])),
            rules=SiteRules(
                tuple(rules["prune_xpaths"]), tuple(rules["clutter_patterns"]), rules["encoding"]
            ),
        )
    except BadMessage:
        raise
    except (zlib.error, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadMessage(f"unreadable message: {exc!r}"[:200]) from exc


def _essay(essay: Essay) -> dict[str, Any]:
    fingerprints = essay.fingerprints
    row = {k: v for k, v in asdict(essay).items() if k != "fingerprints"}
    if fingerprints is not None:
        row["simhash"] = fingerprints.simhash
        row["passages"] = [list(p) for p in fingerprints.passages]
    return row


def _read_essay(row: dict[str, Any]) -> Essay:
    simhash, passages = row.pop("simhash", None), row.pop("passages", None)
    fingerprints = (
        None
        if simhash is None
        else Fingerprints(simhash=simhash, passages=tuple((a, b) for a, b in passages))
    )
    return Essay(**row, fingerprints=fingerprints)


@dataclass(frozen=True)
class Keys:
    """The Redis keys of one distributed crawl (scrapy-redis' own are `<spider>:requests`
    and `<spider>:dupefilter`; ours share its prefix, the spider's name)."""

    prefix: str = "essays"

    @property
    def requests(self) -> str:
        return f"{self.prefix}:requests"

    @property
    def dupefilter(self) -> str:
        return f"{self.prefix}:dupefilter"

    @property
    def run(self) -> str:  # the current run's id, kept alive while nodes or the writer run
        return f"{self.prefix}:run"

    def seeded(self, run: str) -> str:  # which node seeded the run (deleted with the run)
        return f"{self.prefix}:seeded:{run}"

    @property
    def nodes(self) -> str:  # node -> its last heartbeat (JSON: at, busy)
        return f"{self.prefix}:nodes"

    def held(self, node: str) -> str:  # the requests a node took and has not finished
        return f"{self.prefix}:held:{node}"

    @property
    def documents(self) -> str:  # pages sent to the writer
        return f"{self.prefix}:documents"

    @property
    def taken(self) -> str:  # pages the writer took and has not committed
        return f"{self.prefix}:documents:taken"

    @property
    def validators(self) -> str:  # url -> [etag, last_modified, fetched_at], from the archive
        return f"{self.prefix}:validators"

    @property
    def templates(self) -> str:  # the sites' template counts, from the archive
        return f"{self.prefix}:templates"

    @property
    def settings(self) -> str:  # the archive's own settings the nodes follow (n-gram size)
        return f"{self.prefix}:settings"

    @property
    def asks(self) -> str:  # nodes asking the writer for a stored page's body
        return f"{self.prefix}:asks"

    @property
    def writer(self) -> str:  # the one ingester's lock
        return f"{self.prefix}:writer"

    def per_run(self) -> tuple[str, ...]:
        """What a new run starts without (held-request and seeded keys: by pattern)."""
        return (
            self.requests,
            self.dupefilter,
            self.nodes,
            self.asks,
            self.validators,
            self.templates,
            self.settings,
        )
