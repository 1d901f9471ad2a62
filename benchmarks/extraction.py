"""Extraction quality and speed: our extractor, plain trafilatura and GNE, side by side.

    python benchmarks/extraction.py [--corpus DIR] [--repeat 3] [--gold DIR] [--show]
                      [--part seeds|tuning|untouched|fresh-tuning|fresh-untouched] [--round N]

Five parts, each scored on its own (benchmarks/gold/ and benchmarks/fresh/, see their READMEs):
- seeds: gold/seeds/, the bundled demo site's pages of the five seed kinds, served from
  memory; always available.
- tuning: gold/real/, real pages of the sites earlier work tuned on.
- untouched: gold/untouched/, real pages of the sites held out by benchmarks/split.py.
- fresh-tuning, fresh-untouched: pages of invented sites made blind in rounds, split by site (see fresh_set.py).
The real pages are read from --corpus or ESSAY_CORPUS_DIR (default ../shared/corpus/real-pages);
without the corpus both real parts are skipped, saying so. A gold page of a site outside
its part (by split.py) stops the run.

Ours is the crawl's path: essaytext.page.examine on the page's bytes (decoding, page kind,
extraction, EXTRACT_MIN_CHARS); its text is every essay's, its metadata the first
essay's; a page without an essay (a listing, too little text) gives nothing. Trafilatura
(bare_extraction with metadata) and GNE (GeneralNewsExtractor().extract, needs
`pip install -e ".[bench]"`) run with default settings on the decoded page; ours' time
includes the decoding.

Per part and tool it prints: pages; mean character F1 against the gold text (article pages);
lines leaked (output lines mostly absent from the gold text, and every output line of a
listing page); listing pages (gold `kind: listing`) with an output under 50 characters;
title, date and author accuracy (extraction_score.py says how they are compared); the
median over pages of each page's median ms of --repeat runs; and the ratio of the tool's
ms to trafilatura's in the same run (median of per-page ratios / ratio of totals). Then
each real and fresh page's F1 per tool ("ok" or the output's length on listings).
"""

from __future__ import annotations

import argparse
import importlib
import os
import statistics
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

import fresh_set  # noqa: E402
import trafilatura  # noqa: E402
from extraction_gold import GOLD, REAL_DIRS, load_fresh, load_real, load_seeds  # noqa: E402
from extraction_score import Gold, Output, Results, char_f1, leaked_lines, report_pages, report_part  # noqa: E402

from crawler.settings import EXTRACT_MIN_CHARS  # noqa: E402
from essaytext.clutter import clutter_rule  # noqa: E402
from essaytext.page import examine  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "real-pages"
PARTS = ("seeds", "tuning", "untouched", *fresh_set.PARTS)


Tool = Callable[[Gold], Output]


def run_ours(page: Gold) -> Output:
    clutter_rule.cache_clear()  # each run cold, as a page is crawled once
    found = examine(
        page.body, page.url, header_charset=page.header_charset, min_chars=EXTRACT_MIN_CHARS
    )
    essays = found.essays  # none unless examine takes the page for an article (or a PDF)
    if not essays:
        return Output("", None, None, None, found.kind)
    first = essays[0]
    # A compilation's gold text has each later essay's headline as a line before it.
    text = "\n".join([first.text, *(f"{e.title or ''}\n{e.text}" for e in essays[1:])])
    return Output(text, first.title, first.author, first.published, found.kind)


def run_trafilatura(page: Gold) -> Output:
    doc = trafilatura.bare_extraction(page.html, url=page.url, with_metadata=True)
    if not isinstance(doc, trafilatura.settings.Document):
        return Output("", None, None, None)
    return Output(doc.text or "", doc.title, doc.author, doc.date)


def _gne() -> Tool | None:
    try:
        extractor: Any = importlib.import_module("gne").GeneralNewsExtractor()
    except ImportError:
        return None

    def run(page: Gold) -> Output:
        try:
            found = extractor.extract(page.html)
        except Exception:  # GNE raises on pages it cannot parse: an empty extraction
            return Output("", None, None, None)
        return Output(
            found.get("content") or "",
            found.get("title"),
            found.get("author"),
            found.get("publish_time"),
        )

    return run


def measure(pages: list[Gold], tools: dict[str, Tool], repeat: int) -> Results:
    results: Results = {}
    for page in pages:
        results[page.name] = {}
        for tool, run in tools.items():
            times = []
            for _ in range(repeat):  # interleaved per page: every tool sees the same machine load
                start = time.perf_counter()
                out = run(page)
                times.append((time.perf_counter() - start) * 1000)
            results[page.name][tool] = (out, statistics.median(times))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--corpus", type=Path, default=Path(os.environ.get("ESSAY_CORPUS_DIR", DEFAULT_CORPUS))
    )
    parser.add_argument("--gold", type=Path, default=GOLD, help="gold set (default: %(default)s)")
    parser.add_argument("--part", choices=PARTS, help="only this part (default: all)")
    parser.add_argument("--round", type=int, action="append", help="fresh parts: only this round")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs per page and tool (median kept)"
    )
    parser.add_argument("--show", action="store_true", help="print our leaked lines per page")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    tools: dict[str, Tool] = {"ours": run_ours, "trafilatura": run_trafilatura}
    gne = _gne()
    if gne is None:
        print('GNE not installed (pip install -e ".[bench]"): left out')
    else:
        tools["gne"] = gne
    parts = [args.part] if args.part else list(PARTS)
    if not args.corpus.is_dir() and set(parts) & set(REAL_DIRS):
        parts = [p for p in parts if p not in REAL_DIRS]
        print(
            f"skipping the real-page parts: corpus not found at {args.corpus} "
            "(set --corpus or ESSAY_CORPUS_DIR)"
        )
    for part in parts:
        if part == "seeds":
            pages, note = load_seeds(args.gold), None
        elif part in fresh_set.PARTS:
            pages, note = load_fresh(part, set(args.round) if args.round else None), None
        else:
            pages, note = load_real(args.gold, part, args.corpus)
        if not pages:
            print(f"\n{part}: {note}")
            continue
        if note:
            print(f"\n{part}: {note}")
        for run in tools.values():  # warm-up: imports, OpenCC dictionaries, lxml
            run(pages[0])
        results = measure(pages, tools, args.repeat)
        report_part(part, pages, results, list(tools))
        if part != "seeds":
            report_pages(part, pages, results, list(tools))
        if args.show:
            for page in pages:
                out = results[page.name]["ours"][0]
                leaked = leaked_lines(page.text, out.text)
                print(
                    f"{page.name}: ours F1 {char_f1(page.text, out.text):.3f}", *leaked, sep="\n  "
                )


if __name__ == "__main__":
    main()
