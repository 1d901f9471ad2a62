"""Site template counts kept in the archive (archive/templates.py, pipelines/templates.py): the
pages earlier crawls counted are looked up there, never loaded, yet counted once, and the
snapshot crawler nodes learn from still names every counted page."""

from __future__ import annotations

import json
from pathlib import Path

from archive import Archive
from archive.templates import dump_counts
from essaytext.page import SiteRules
from essaytext.template import Seen, page_id
from pipelines.templates import SiteTemplates

HOST = "a.cn"
LINE = frozenset({"本站热线"})


def crawl(archive: Archive, urls: list[str]) -> SiteTemplates:
    """One crawl's templates: loaded, the pages observed, the counts kept."""
    templates = SiteTemplates()
    templates.load(archive)
    for url in urls:
        templates.observe(HOST, url, Seen(LINE))
    templates.finish(archive, rules_for=lambda source: SiteRules(), min_chars=80)
    return templates


def test_pages_counted_by_an_earlier_crawl_are_not_held_nor_counted_again(tmp_path: Path) -> None:
    with Archive(tmp_path / "a.db") as archive:
        crawl(archive, [f"http://{HOST}/{n}" for n in range(3)])
    with Archive(tmp_path / "a.db") as archive:
        again = SiteTemplates()
        again.load(archive)
        assert again.counts[HOST].pages == 3 and not again.counts[HOST].counted
        for n in range(5):  # three pages again, two new
            again.observe(HOST, f"http://{HOST}/{n}", Seen(LINE))
        assert again.counts[HOST].pages == 5
        assert again.counts[HOST].counts["line"]["本站热线"] == 5
        snapshot = json.loads(dump_counts(archive.conn, again.counts))
        assert snapshot[HOST]["counted"] == sorted(page_id(f"http://{HOST}/{n}") for n in range(5))
