"""How benchmarks/extraction.py scores an extraction against its gold page, and its tables.

- Text: character F1 over the longest common subsequence, whitespace ignored; output lines
  mostly absent from the gold text count as leaked clutter.
- Title: equal after folding traditional to simplified characters (OpenCC t2s), NFKC, and
  dropping whitespace, punctuation and symbols.
- Date: the same date to the gold's precision; no date when the page shows none.
- Author: the same set of names; no author when the page names none.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from opencc import OpenCC

from essaytext.dates import parse_chinese_date, parse_issue_month


@dataclass(frozen=True)
class Gold:
    """One gold page: where it comes from and what a clean extraction holds."""

    name: str
    part: str
    body: bytes
    header_charset: str | None
    html: str  # the body decoded, for trafilatura and GNE
    url: str
    text: str
    listing: bool  # a home or listing page: the right output is no essay
    title: str | None  # None: not scored
    author: str | None  # None: the page names no author; "-": not scored
    published: str | None  # None: the page shows no date; "-": not scored


@dataclass(frozen=True)
class Output:
    text: str
    title: str | None
    author: str | None
    published: str | None
    kind: str = "article"  # ours: what examine took the page for


Results = dict[str, dict[str, tuple[Output, float]]]  # page name → tool → (output, median ms)

# An output line is clutter when less than this share of its 4-grams occur in the gold text.
LEAK_COVERAGE = 0.5
# A listing page is right when the output has fewer characters (whitespace ignored) than this.
LISTING_MAX_CHARS = 50

_SPACE = re.compile(r"\s+")


def squash(text: str) -> str:
    return _SPACE.sub("", text)


def char_f1(gold: str, output: str) -> float:
    """Character F1 over the longest common subsequence of the two texts, whitespace ignored."""
    g, o = squash(gold), squash(output)
    if not g or not o:
        return float(g == o)
    matched = sum(
        block.size for block in SequenceMatcher(None, g, o, autojunk=False).get_matching_blocks()
    )
    if not matched:
        return 0.0
    precision, recall = matched / len(o), matched / len(g)
    return 2 * precision * recall / (precision + recall)


def leaked_lines(gold: str, output: str) -> list[str]:
    """Output lines that are mostly not in the gold text: clutter let through.

    Against an empty gold text (a listing page) every non-blank output line is leaked.
    """
    g = squash(gold)
    grams = {g[i : i + 4] for i in range(len(g) - 3)}
    leaked = []
    for line in output.splitlines():
        k = squash(line)
        if not k or (g and k in g):
            continue
        own = [k[i : i + 4] for i in range(len(k) - 3)]
        if not own or sum(gram in grams for gram in own) / len(own) < LEAK_COVERAGE:
            leaked.append(line.strip())
    return leaked


def listing_ok(output: str) -> bool:
    """A listing page's output is right when it is (nearly) empty: no essay on the page."""
    return len(squash(output)) < LISTING_MAX_CHARS


@lru_cache(maxsize=1)
def _t2s() -> OpenCC:
    return OpenCC("t2s")


def normalize_title(title: str) -> str:
    """Simplified characters, NFKC, no whitespace, punctuation or symbols."""
    folded = unicodedata.normalize("NFKC", _t2s().convert(title))
    return "".join(c for c in folded if not c.isspace() and unicodedata.category(c)[0] not in "PS")


def title_ok(gold: str, found: str | None) -> bool:
    return bool(found) and normalize_title(gold) == normalize_title(found or "")


_YEAR_MONTH = re.compile(r"^(?:19|20)\d{2}-\d{2}$")


def date_ok(gold: str | None, found: str | None) -> bool:
    """Same date as the gold (to the gold's precision); no date when the page shows none."""
    parsed = None
    if found:
        month = _YEAR_MONTH.match(found)
        parsed = parse_chinese_date(found) or parse_issue_month(found) or (month and month.group())
    if gold is None:
        return parsed is None
    return parsed is not None and parsed[: len(gold)] == gold


def _names(value: str) -> set[str]:
    return {n for n in re.split(r"[\s,，、;；]+", value) if n}


def author_ok(gold: str | None, found: str | None) -> bool:
    """The same names as the gold; no author at all when the page names none (gold None)."""
    if gold is None:
        return not _names(found or "")
    return _names(gold) == _names(found or "")


def _share(values: list[bool]) -> str:
    return f"{sum(values) / len(values):.2f} ({sum(values)}/{len(values)})" if values else "n/a"


def report_part(part: str, pages: list[Gold], results: Results, tools: list[str]) -> None:
    listings = sum(p.listing for p in pages)
    print(f"\n{part}: {len(pages) - listings} article pages, {listings} listing pages")
    print(
        "| tool | pages | mean char F1 | leaked lines | listings right | title accuracy "
        "| date accuracy | author accuracy | median ms/page "
        "| ms ratio to trafilatura (median of pages / total) |"
    )
    print("| --- " * 10 + "|")
    base = [results[p.name]["trafilatura"][1] for p in pages]
    for tool in tools:
        outs = [(p, results[p.name][tool][0]) for p in pages]
        ms = [results[p.name][tool][1] for p in pages]
        scored = [(p, o) for p, o in outs if not p.listing]
        f1 = [char_f1(p.text, o.text) for p, o in scored]
        leaked = sum(len(leaked_lines(p.text, o.text)) for p, o in outs)
        right = [listing_ok(o.text) for p, o in outs if p.listing]
        titles = [title_ok(p.title, o.title) for p, o in scored if p.title]
        dates = [date_ok(p.published, o.published) for p, o in scored if p.published != "-"]
        authors = [author_ok(p.author, o.author) for p, o in scored if p.author != "-"]
        ratios = [a / b for a, b in zip(ms, base, strict=True)]
        cells = [
            tool,
            str(len(pages)),
            f"{statistics.mean(f1):.3f}" if f1 else "-",
            str(leaked),
            _share(right) if listings else "-",
            _share(titles),
            _share(dates),
            _share(authors),
            f"{statistics.median(ms):.1f}",
            f"{statistics.median(ratios):.2f} / {sum(ms) / sum(base):.2f}",
        ]
        print(f"| {' | '.join(cells)} |")


def _cell(page: Gold, out: Output) -> str:
    if page.listing:
        return "ok" if listing_ok(out.text) else f"{len(squash(out.text))} chars"
    f1 = f"{char_f1(page.text, out.text):.3f}"
    return f1 if out.kind == "article" else f"{f1} ({out.kind})"


def report_pages(part: str, pages: list[Gold], results: Results, tools: list[str]) -> None:
    print(f"\n{part}, per page (char F1; listing pages: ok, or the output's length)")
    print(f"| page | gold kind | {' | '.join(tools)} |")
    print("| --- " * (len(tools) + 2) + "|")
    for page in pages:
        cells = [_cell(page, results[page.name][tool][0]) for tool in tools]
        kind = "listing" if page.listing else "article"
        print(f"| {page.name} | {kind} | {' | '.join(cells)} |")
