"""The gold pages of benchmarks/extraction.py: the seed-kind demo pages, the real pages
(read from the corpus), and the fresh blind set, each with its gold text and fields."""

from __future__ import annotations

import sys
from pathlib import Path

import fresh_set
from extraction_score import Gold
from split import site_of, split

from demo.essays import load_essays
from demo.site import build_sites
from essaytext.encoding import decode_html

ROOT = Path(__file__).resolve().parent.parent
GOLD = Path(__file__).resolve().parent / "gold"
REAL_DIRS = {"tuning": "real", "untouched": "untouched"}


def _gold(
    name: str,
    part: str,
    body: bytes,
    charset: str | None,
    url: str,
    text: str,
    meta: dict[str, str],
) -> Gold:
    return Gold(
        name=name,
        part=part,
        body=body,
        header_charset=charset,
        html=decode_html(body, charset)[0],
        url=url,
        text=text,
        listing=meta.get("kind", "article") == "listing",
        title=meta.get("title") or None,
        author=meta.get("author") or None,
        published=meta.get("published") or None,
    )


def load_seeds(gold: Path) -> list[Gold]:
    essays = load_essays()
    sites = build_sites()
    pages = []
    for path in sorted((gold / "seeds").glob("*.txt")):
        meta, text = fresh_set.header(path.read_text(encoding="utf-8"))
        host, url_path = meta["page"].split()
        if meta.get("essays"):
            parts = [essays[slug] for slug in meta["essays"].split()]
            text = "\n".join(  # a later essay's headline stands before it, as in the fresh set
                "\n".join(
                    [
                        *([e.title] if i else []),
                        *([e.subtitle] if e.subtitle else []),
                        *e.paragraphs,
                    ]
                )
                for i, e in enumerate(parts)
            )
        page = sites[host][url_path]
        charset = page.content_type.partition("charset=")[2].strip() or None
        url = f"http://{host}.demo{url_path}"
        pages.append(_gold(path.stem, "seeds", page.body, charset, url, text, meta))
    return pages


def load_real(gold: Path, part: str, corpus: Path) -> tuple[list[Gold], str | None]:
    """A real part's gold pages, and why it is skipped or short (None when whole)."""
    folder = gold / REAL_DIRS[part]
    files = sorted(folder.glob("*.txt"))
    if not files:
        return [], f"no gold texts in {_shown(folder)}/"
    sites = dict(zip(("tuning", "untouched"), split(sorted(corpus.glob("*.htm*"))), strict=True))
    pages, missing = [], []
    for path in files:
        meta, text = fresh_set.header(path.read_text(encoding="utf-8"))
        page = corpus / meta["page"]
        if site_of(page) not in sites[part]:
            sys.exit(f"{_shown(path)}: site {site_of(page)!r} is not in the {part} part (split.py)")
        if not page.is_file():
            missing.append(page.name)
            continue
        url = f"http://corpus/{page.name}"
        pages.append(_gold(path.stem, part, page.read_bytes(), None, url, text, meta))
    return pages, f"pages missing from the corpus: {', '.join(missing)}" if missing else None


def load_fresh(part: str, rounds: set[int] | None) -> list[Gold]:
    """A part of the fresh blind set (benchmarks/fresh/, always available)."""
    pages = []
    for path in fresh_set.gold_files(part, rounds):
        meta, text = fresh_set.header(path.read_text(encoding="utf-8"))
        body = (fresh_set.FRESH / "pages" / meta["page"]).read_bytes()
        charset = meta.get("charset") or None
        pages.append(_gold(path.stem, part, body, charset, meta["url"], text, meta))
    return pages


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
