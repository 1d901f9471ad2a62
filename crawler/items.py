"""The item that travels from the spider through the pipelines into the archive."""

from __future__ import annotations

from dataclasses import dataclass, field

from archive.records import Page
from essaytext.essay import Essay
from essaytext.page import Found

GONE = "gone"


@dataclass(repr=False)
class PageItem:
    """One fetched page and what a worker read of it (crawler/pagework.py); the verdict
    pipeline keeps its essays.

    Its repr is short (URL and essay count): Scrapy logs items it drops, and a log line
    must never carry the page.
    """

    page: Page
    found: Found | None = None  # the page's kind, why, and its essays, fingerprinted
    # What a page without a body to read means: NOT_MODIFIED (its stored documents were
    # seen) or GONE (404/410); None for a page that was read.
    kind: str | None = None
    essays: list[Essay] = field(default_factory=list)

    def __repr__(self) -> str:
        return f"<PageItem {self.page.url} essays={len(self.essays)}>"
