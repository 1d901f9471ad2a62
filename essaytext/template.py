"""Site templates: what a site repeats on its pages is furniture; an essay is not repeated.

Every page a site serves shows its navigation remnants, its 打印本页 / 关闭窗口 cells, its
slogans, the same <title> suffix and logo heading. Counting, per host, on how many pages
each short line and each title part appears finds them without a rule written for the site.
Long lines are never template: an essay's sentences stay even when the same essay is on
two pages of one site (a compilation and its single-essay page).

`HostCounts` is the learning (bounded: at most MAX_KEYS keys of each kind per host);
`SiteTemplate` is what extraction applies. Both are plain data: the crawl keeps the counts
and the archive stores them, so scheduled crawls go on learning.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .idset import IdSet
from .normalize import fold

# Lines longer than this are essay sentences (or disclaimers, which rules catch): never template.
MAX_TEMPLATE_LINE = 80
# A line is template once it is on this many pages of its host, and on this share of them.
MIN_PAGES = 3
MIN_SHARE = 0.05
# Between an essay's paragraphs stand its own headings, and reports share headings (一、基本
# 情况): there a line is template only when it is on most pages of a site well seen.
MIDDLE_SHARE = 0.5
MIDDLE_PAGES = 10
MAX_KEYS = 4000
# A page counts once however often it is crawled; past this many pages a host's template is
# settled and further pages are not counted (the table of counted pages stays bounded).
MAX_PAGES = 50_000
_NOT_KEY = re.compile(r"[\W_]+")
_DIGITS = re.compile(r"\d+")
LINE, TITLE = "line", "title"


def template_key(text: str, *, digits: bool = True) -> str:
    """A line or title part as counted: simplified, no spaces or punctuation, and (for lines,
    whose counters and dates change from page to page) digits as 0."""
    key = _NOT_KEY.sub("", fold(text))
    return _DIGITS.sub("0", key) if digits else key


def line_keys(lines: Iterable[str]) -> frozenset[str]:
    """The keys of the short lines of a page's text (the ones that may be template)."""
    keys = (template_key(line) for line in lines if len(line.strip()) <= MAX_TEMPLATE_LINE)
    return frozenset(key for key in keys if key)


@dataclass(frozen=True)
class SiteTemplate:
    """A host's template: keys of its recurring lines (`middle`: those recurring on most of
    its pages) and of its recurring title parts."""

    lines: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()
    middle: frozenset[str] = frozenset()

    def strip(self, lines: list[str]) -> list[str]:
        """The lines that are not the site's template: recurring lines above the essay's first
        long line or below its last; between them, only lines on most of the site's pages."""
        if not self.lines:
            return lines
        long = [i for i, line in enumerate(lines) if len(line.strip()) > MAX_TEMPLATE_LINE]
        first, last = (long[0], long[-1]) if long else (len(lines), -1)
        return [
            line
            for i, line in enumerate(lines)
            if len(line.strip()) > MAX_TEMPLATE_LINE
            or template_key(line) not in (self.middle if first < i < last else self.lines)
        ]

    def holds(self, lines: list[str]) -> bool:
        """Whether any of these lines is template (text extracted before it was learned)."""
        return len(self.strip(lines)) < len(lines)


NO_TEMPLATE = SiteTemplate()


@dataclass(frozen=True)
class Seen:
    """What one page showed that may be its site's template: short-line and title-part keys."""

    lines: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()


NO_SEEN = Seen()


def page_id(url: str) -> int:
    """A page's URL as a signed 64-bit number (how counted pages are remembered)."""
    digest = hashlib.blake2b(url.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True) or 1  # 0 is not an id (idset.py)


@dataclass
class HostCounts:
    """On how many of a host's pages each short line and title part was seen."""

    pages: int = 0
    counts: dict[str, dict[str, int]] = field(default_factory=lambda: {LINE: {}, TITLE: {}})
    # page_id of each page counted since the counts were read (the archive keeps the rest)
    counted: IdSet = field(default_factory=IdSet)

    def observe(self, page: int, seen: Seen) -> None:
        """Count one page's (`page_id`) line keys and title-part keys (each once), the first
        time the page is seen: a re-crawl counts nothing again."""
        if page in self.counted or self.pages >= MAX_PAGES:
            return
        self.counted.add(page)
        self.pages += 1
        for kind, keys in ((LINE, seen.lines), (TITLE, seen.titles)):
            counts = self.counts[kind]
            for key in keys:
                counts[key] = counts.get(key, 0) + 1
            if len(counts) > MAX_KEYS:
                self._prune(counts)

    @staticmethod
    def _prune(counts: dict[str, int]) -> None:
        # Lossy counting: forget the rarest keys (seen once, then twice …) until under the bound.
        floor = 1
        while len(counts) > MAX_KEYS * 3 // 4:
            for key in [k for k, n in counts.items() if n <= floor]:
                del counts[key]
            floor += 1

    def template(self) -> SiteTemplate:
        """The keys seen on enough of the host's pages to be its template."""

        def recurring(kind: str, share: float, pages: int = MIN_PAGES) -> frozenset[str]:
            if self.pages < pages:
                return frozenset()
            least = max(MIN_PAGES, int(self.pages * share))
            return frozenset(k for k, n in self.counts[kind].items() if n >= least)

        return SiteTemplate(
            recurring(LINE, MIN_SHARE),
            recurring(TITLE, MIN_SHARE),
            recurring(LINE, MIDDLE_SHARE, MIDDLE_PAGES),
        )
