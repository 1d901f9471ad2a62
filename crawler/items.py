"""The item that travels from the spider through the pipelines into the archive."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class EssayText:
    """One essay found on a page (a compilation page holds several, each with a #fragment URL)."""

    url: str
    title: str | None
    author: str | None
    published: str | None
    text: str
    script: str
    # Set by SimhashPipeline.
    simhash: int | None = None
    # Set by ArchivePipeline, from the archive's near-duplicate index.
    cluster: int | None = None
    duplicate_of: str | None = None
    distance: int | None = None


@dataclass
class EssayItem:
    """One fetched article page; the pipelines fill in its essays, fingerprints and clusters."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes
    encoding: str
    fetched_at: str
    source: str
    media_type: str = "text/html"  # or "application/pdf"
    prune_xpaths: tuple[str, ...] = ()
    clutter_patterns: tuple[str, ...] = ()
    # Set by ExtractPipeline.
    essays: list[EssayText] = field(default_factory=list)
