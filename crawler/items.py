"""The item that travels from the spider through the pipelines into the archive."""

from __future__ import annotations

from dataclasses import dataclass, field

from archive.records import Page
from essaytext.essay import Essay
from essaytext.page import SiteRules

GONE = "gone"


@dataclass(repr=False)
class PageItem:
    """One fetched page: decoded once by the spider; the pipelines add its essays.

    Its repr is short (URL and essay count): Scrapy logs items it drops, and a log line
    must never carry the page.
    """

    page: Page
    html: str | None  # the decoded page; None for a PDF
    rules: SiteRules = field(default_factory=SiteRules)
    # A site URL rule's verdict (None: the extracted text decides), or what a page without a
    # body to extract means: NOT_MODIFIED (its stored documents were seen) or GONE (404/410).
    kind: str | None = None
    essays: list[Essay] = field(default_factory=list)

    def __repr__(self) -> str:
        return f"<PageItem {self.page.url} essays={len(self.essays)}>"
