"""Site templates learned during a crawl (essaytext/template.py), shared by the pipelines.

The extraction pipeline asks for a host's template before it extracts a page and counts
what the page showed after; the archive pipeline loads the counts when it opens the archive
and, when the crawl closes, stores them and re-extracts the pages archived before their
host's template was learned (through `reprocess`).
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from weakref import WeakKeyDictionary

from scrapy.crawler import Crawler

from archive import Archive
from archive.reprocess import RulesFor, reprocess
from archive.templates import load_counts, save_counts, was_counted
from essaytext.template import HostCounts, Seen, SiteTemplate, page_id
from essaytext.title import names_site

logger = logging.getLogger(__name__)


class SiteTemplates:
    """Per host: the counts learned so far and the template they give."""

    def __init__(self) -> None:
        self.counts: dict[str, HostCounts] = {}
        self.observed: set[str] = set()  # hosts counted in this crawl
        self.archive: Archive | None = None  # what earlier crawls counted (`load`)

    def template(self, host: str) -> SiteTemplate:
        """The host's template as learned so far."""
        learned = self.counts.get(host)
        return learned.template() if learned else SiteTemplate()

    def observe(self, host: str, url: str, seen: Seen) -> None:
        """Count what one page of the host showed (once per page, however often crawled)."""
        page = page_id(url)
        if self.archive is not None and was_counted(self.archive.conn, host, page):
            return
        self.counts.setdefault(host, HostCounts()).observe(page, seen)
        self.observed.add(host)

    def load(self, archive: Archive) -> None:
        """Take up what the archive learned in earlier crawls (its pages counted are looked
        up there, page by page)."""
        self.archive = archive
        for host, learned in load_counts(archive.conn).items():
            self.counts.setdefault(host, learned)

    def finish(
        self, archive: Archive, *, since: int = 0, rules_for: RulesFor, min_chars: int
    ) -> Counter[str]:
        """Store the counts, then re-extract the pages of the documents written from the
        archive's `since`-th on (this crawl's) whose stored text holds template lines."""
        save_counts(archive.conn, self.counts, sorted(self.observed))
        archive.commit()
        for host in self.observed:  # now looked up in the archive
            self.counts[host].counted.clear()
        stale = self._stale_pages(archive, since)
        if not stale:
            return Counter({"pages": 0})
        logger.info(
            "templates: re-extracting %d pages archived before their site's template", len(stale)
        )
        counts = reprocess(
            archive, stale, rules_for=rules_for, template_for=self.template, min_chars=min_chars
        )
        counts["pages"] = len(stale)
        return counts

    def _stale_pages(self, archive: Archive, since: int) -> list[str]:
        """The pages of the documents that have a template line, or a title the site repeats."""
        stale: set[str] = set()
        for ids in archive.written.chunks(since):
            rows = archive.conn.execute(
                "SELECT page_url, site, title, text FROM documents "
                "WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(ids),),
            )
            for page_url, site, title, text in rows:
                template = self.template(site)
                if template.holds(text.splitlines()) or (title and names_site(title, template)):
                    stale.add(page_url)
        return sorted(stale)


_SHARED: WeakKeyDictionary[Crawler, SiteTemplates] = WeakKeyDictionary()


def site_templates(crawler: Crawler) -> SiteTemplates:
    """The crawl's one SiteTemplates, shared by its pipelines."""
    return _SHARED.setdefault(crawler, SiteTemplates())
