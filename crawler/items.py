"""The item that travels from the spider through the pipelines into the archive."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class EssayItem:
    """One fetched article page; the pipelines fill in the text, fingerprint and cluster."""

    # Set by the spider.
    url: str
    status: int
    headers: dict[str, str]
    body: bytes
    encoding: str
    fetched_at: str
    source: str
    prune_xpaths: tuple[str, ...] = ()
    clutter_patterns: tuple[str, ...] = ()
    # Set by ExtractPipeline.
    title: str | None = None
    author: str | None = None
    published: str | None = None
    text: str = ""
    script: str = "hans"
    # Set by SimhashPipeline.
    simhash: int | None = None
    # Set by ArchivePipeline, from the archive's near-duplicate index.
    cluster: int | None = None
    duplicate_of: str | None = None
    distance: int | None = None
    extra: dict[str, object] = field(default_factory=dict)
