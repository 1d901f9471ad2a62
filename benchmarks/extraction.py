"""Extraction quality and speed: our extractor, plain trafilatura and GNE on the gold set.

    python benchmarks/extraction.py [--corpus DIR] [--repeat 3]

The gold set (benchmarks/gold/, see its README) has two parts:
- seeds/: the bundled demo site's pages of the five seed kinds (news, blog, document
  site, flipbook, magazine compilation), served from memory; always available.
- real/: hand-checked clean texts of real news pages. The pages themselves are not in
  the repository: they are read from --corpus or ESSAY_CORPUS_DIR (default
  ../shared/corpus/real-pages); without them this part is skipped, saying so.

Per tool it prints: mean character F1 against gold (longest-common-subsequence matching,
whitespace ignored), clutter lines leaked (output lines mostly absent from the gold text),
date and author accuracy, and the median milliseconds per page with the ratio to plain
trafilatura measured in the same run. GNE needs the `gne` package (`pip install -e ".[bench]"`).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

import trafilatura  # noqa: E402

from demo.essays import load_essays  # noqa: E402
from demo.site import build_sites  # noqa: E402
from essaytext.encoding import decode_html  # noqa: E402
from essaytext.extract import extract_documents  # noqa: E402
from essaytext.metadata import parse_chinese_date, parse_issue_month  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "real-pages"
# An output line is clutter when less than this share of its 4-grams occur in the gold text.
LEAK_COVERAGE = 0.5


@dataclass(frozen=True)
class Gold:
    """One gold page: where it comes from and what a clean extraction holds."""

    name: str
    part: str  # "seeds" or "real"
    html: str
    url: str
    text: str
    author: str | None  # None: the page shows no author; "-": not scored
    published: str | None


@dataclass(frozen=True)
class Output:
    text: str
    author: str | None
    published: str | None


def _header(raw: str) -> tuple[dict[str, str], str]:
    head, _, body = raw.partition("\n\n")
    meta = {}
    for line in head.splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    return meta, body.strip()


def load_gold(corpus: Path) -> tuple[list[Gold], str | None]:
    """The gold pages, and why the real part is missing (None when present)."""
    essays = load_essays()
    sites = build_sites()
    pages: list[Gold] = []
    for path in sorted((GOLD / "seeds").glob("*.txt")):
        meta, body = _header(path.read_text(encoding="utf-8"))
        host, url_path = meta["page"].split()
        if meta.get("essays"):
            parts = [essays[slug] for slug in meta["essays"].split()]
            body = "\n".join(
                "\n".join([*([e.subtitle] if e.subtitle else []), *e.paragraphs]) for e in parts
            )
        html, _ = decode_html(sites[host][url_path].body)
        pages.append(_gold(path.stem, "seeds", html, f"http://{host}.demo{url_path}", body, meta))
    missing = None
    if not corpus.is_dir():
        missing = f"real-page corpus not found at {corpus} (set --corpus or ESSAY_CORPUS_DIR)"
    else:
        for path in sorted((GOLD / "real").glob("*.txt")):
            meta, body = _header(path.read_text(encoding="utf-8"))
            page = corpus / meta["page"]
            if not page.is_file():
                missing = f"{page} missing"
                continue
            html, _ = decode_html(page.read_bytes())
            pages.append(_gold(path.stem, "real", html, f"http://corpus/{page.name}", body, meta))
    return pages, missing


def _gold(name: str, part: str, html: str, url: str, body: str, meta: dict[str, str]) -> Gold:
    return Gold(
        name=name,
        part=part,
        html=html,
        url=url,
        text=body,
        author=meta.get("author") or None,
        published=meta.get("published") or None,
    )


def run_ours(html: str, url: str) -> Output:
    docs = extract_documents(html, url)
    if not docs:
        return Output("", None, None)
    return Output("\n".join(d.text for d in docs), docs[0].author, docs[0].published)


def run_trafilatura(html: str, url: str) -> Output:
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if not isinstance(doc, trafilatura.settings.Document):
        return Output("", None, None)
    return Output(doc.text or "", doc.author, doc.date)


def _gne() -> Callable[[str, str], Output] | None:
    try:
        from gne import GeneralNewsExtractor
    except ImportError:
        return None
    extractor = GeneralNewsExtractor()

    def run(html: str, url: str) -> Output:
        try:
            found = extractor.extract(html)
        except Exception:  # GNE raises on pages it cannot parse: an empty extraction
            return Output("", None, None)
        return Output(found.get("content") or "", found.get("author"), found.get("publish_time"))

    return run


_SPACE = re.compile(r"\s+")


def _squash(text: str) -> str:
    return _SPACE.sub("", text)


def char_f1(gold: str, output: str) -> float:
    """Character F1 over the longest common subsequence of the two texts, whitespace ignored."""
    g, o = _squash(gold), _squash(output)
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
    """Output lines that are mostly not in the gold text: clutter let through."""
    g = _squash(gold)
    grams = {g[i : i + 4] for i in range(len(g) - 3)}
    leaked = []
    for line in output.splitlines():
        k = _squash(line)
        if not k or k in g:
            continue
        own = [k[i : i + 4] for i in range(len(k) - 3)]
        if not own or sum(gram in grams for gram in own) / len(own) < LEAK_COVERAGE:
            leaked.append(line.strip())
    return leaked


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


def author_ok(gold: str, found: str | None) -> bool:
    return bool(found) and _names(gold) == _names(found or "")


@dataclass
class Score:
    f1: list[float]
    leaked: int
    dates: list[bool]
    authors: list[bool]
    ms: list[float]


def measure(
    pages: list[Gold], tools: dict[str, Callable[[str, str], Output]], repeat: int
) -> dict[str, dict[str, Score]]:
    scores: dict[str, dict[str, Score]] = {
        tool: {part: Score([], 0, [], [], []) for part in ("seeds", "real")} for tool in tools
    }
    for page in pages:
        for tool, run in tools.items():
            times = []
            for _ in range(repeat):  # interleaved per page: every tool sees the same machine load
                start = time.perf_counter()
                out = run(page.html, page.url)
                times.append((time.perf_counter() - start) * 1000)
            score = scores[tool][page.part]
            score.ms.append(statistics.median(times))
            score.f1.append(char_f1(page.text, out.text))
            score.leaked += len(leaked_lines(page.text, out.text))
            if page.published != "-":
                score.dates.append(date_ok(page.published, out.published))
            if page.author and page.author != "-":
                score.authors.append(author_ok(page.author, out.author))
    return scores


def _share(values: list[bool]) -> str:
    return f"{sum(values) / len(values):.2f} ({sum(values)}/{len(values)})" if values else "n/a"


def report(scores: dict[str, dict[str, Score]], counts: dict[str, int]) -> None:
    base = scores["trafilatura"]
    for part in ("seeds", "real"):
        if not counts[part]:
            continue
        print(f"\n{part} pages: {counts[part]}")
        print(
            "| tool | mean char F1 | clutter lines leaked | date accuracy | author accuracy | median ms/page | ms ratio to trafilatura (median of pages / total) |"
        )
        print("| --- | --- | --- | --- | --- | --- | --- |")
        for tool, by_part in scores.items():
            s = by_part[part]
            ratios = [a / b for a, b in zip(s.ms, base[part].ms, strict=True)]
            print(
                f"| {tool} | {statistics.mean(s.f1):.3f} | {s.leaked} | {_share(s.dates)} | "
                f"{_share(s.authors)} | {statistics.median(s.ms):.1f} | "
                f"{statistics.median(ratios):.2f} / {sum(s.ms) / sum(base[part].ms):.2f} |"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--corpus", type=Path, default=Path(os.environ.get("ESSAY_CORPUS_DIR", DEFAULT_CORPUS))
    )
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs per page and tool (median kept)"
    )
    parser.add_argument("--show", action="store_true", help="print each page's F1 and leaked lines")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    pages, missing = load_gold(args.corpus)
    if missing:
        print(f"skipping real pages: {missing}")
    tools: dict[str, Callable[[str, str], Output]] = {
        "ours": run_ours,
        "trafilatura": run_trafilatura,
    }
    gne = _gne()
    if gne is None:
        print('GNE not installed (pip install -e ".[bench]"): left out')
    else:
        tools["gne"] = gne
    for page in pages:  # warm-up: imports, OpenCC dictionaries, lxml
        for run in tools.values():
            run(page.html, page.url)
    scores = measure(pages, tools, args.repeat)
    if args.show:
        for page in pages:
            ours = run_ours(page.html, page.url)
            print(
                f"{page.name}: F1 {char_f1(page.text, ours.text):.3f}",
                *leaked_lines(page.text, ours.text),
                sep="\n  ",
            )
    report(scores, {part: sum(p.part == part for p in pages) for part in ("seeds", "real")})


if __name__ == "__main__":
    main()
