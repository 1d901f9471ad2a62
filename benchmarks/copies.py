"""The labelled copy set, generated deterministically (fixed seed).

Sources are the bundled seed essays and, when the real-page corpus is present, the texts
our extractor takes from those pages. Every source gets one copy per transformation,
each modelling how a republished essay differs from its original, and a few
combinations. "compilation" embeds the essay between two other sources on one page: that
page is not a copy but must be recorded as containing the essay. Every two distinct
sources are a negative pair; the seed essays share one topic, so they are hard negatives.

Used by `benchmarks/threshold.py` (n-gram size, threshold) and
`benchmarks/copy_detection.py` (precision and recall through a real archive).
"""

from __future__ import annotations

import os
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive.demo.essays import load_essays  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "real-pages"
SEED = 20261121
# Real pages whose extracted text is shorter than this are news briefs, not essays.
MIN_REAL_CHARS = 400

Transform = Callable[[list[str], random.Random], list[str]]

_CONVERTERS = {name: opencc.OpenCC(name) for name in ("s2t", "s2hk", "s2tw")}


@dataclass(frozen=True)
class Source:
    """An original text of the labelled set."""

    slug: str
    origin: str  # "seed" or "real"
    paragraphs: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


@dataclass(frozen=True)
class Copy:
    """A labelled document: a source's original or one transformation of it."""

    slug: str
    transform: str  # "original", a TRANSFORMS name, a combination or "compilation"
    text: str
    embedded: tuple[str, ...] = ()  # a compilation: the slugs of the other sources on the page


def _script(config: str) -> Transform:
    return lambda ps, _rng: [_CONVERTERS[config].convert(p) for p in ps]


def editor_note(ps: list[str], _rng: random.Random) -> list[str]:
    return [
        "编者按:本文原载于某理论刊物,现经作者同意转载,文字略有改动。",
        *ps,
        "(本文转载自网络,仅供学习交流)",
    ]


def drop_paragraph(ps: list[str], rng: random.Random) -> list[str]:
    longest = max(range(len(ps)), key=lambda i: len(ps[i]) + rng.random())
    return ps[:longest] + ps[longest + 1 :]


def truncate(keep: float) -> Transform:
    def cut(ps: list[str], _rng: random.Random) -> list[str]:
        text = "\n".join(ps)
        return text[: int(len(text) * keep)].split("\n")

    return cut


def typos(rate: float) -> Transform:
    def mistype(ps: list[str], rng: random.Random) -> list[str]:
        out = []
        for p in ps:
            chars = list(p)
            for i in range(len(chars)):
                if rng.random() < rate:
                    chars[i] = chr(0x4E00 + rng.randrange(0x5000))
            out.append("".join(chars))
        return out

    return mistype


def hard_wrap(ps: list[str], _rng: random.Random) -> list[str]:
    return [p[i : i + 23] for p in ps for i in range(0, len(p), 23)]


def half_width(ps: list[str], _rng: random.Random) -> list[str]:
    table = str.maketrans("，。：；！？（）“”", ',.:;!?()""')
    return [p.translate(table) for p in ps]


def chain(*steps: Transform) -> Transform:
    def apply(ps: list[str], rng: random.Random) -> list[str]:
        for step in steps:
            ps = step(ps, rng)
        return ps

    return apply


TRANSFORMS: dict[str, Transform] = {
    "traditional": _script("s2t"),
    "hongkong": _script("s2hk"),
    "taiwan": _script("s2tw"),
    "editor_note": editor_note,
    "drop_paragraph": drop_paragraph,
    "truncate_90": truncate(0.9),
    "truncate_80": truncate(0.8),
    "typos_1pct": typos(0.01),
    "hard_wrap": hard_wrap,
    "half_width": half_width,
    "traditional+hard_wrap+half_width": chain(_script("s2t"), hard_wrap, half_width),
    "taiwan+editor_note+typos_1pct": chain(_script("s2tw"), editor_note, typos(0.01)),
    "hongkong+drop_paragraph+truncate_90": chain(
        _script("s2hk"), drop_paragraph, truncate(0.9)
    ),
}
COMPILATION = "compilation"


def seed_sources() -> list[Source]:
    """The bundled essays (cut from the five seed documents)."""
    return [Source(e.slug, "seed", e.paragraphs) for e in load_essays().values()]


def corpus_dir(option: str | None = None) -> Path:
    """The real-page corpus: the option, else ESSAY_CORPUS_DIR, else ../shared/corpus/real-pages."""
    return Path(option or os.environ.get("ESSAY_CORPUS_DIR") or DEFAULT_CORPUS)


def real_sources(corpus: Path) -> tuple[list[Source], str | None]:
    """The essay texts of the real pages, as our extractor cleans them, and why none (or None)."""
    if not corpus.is_dir():
        return [], f"real-page corpus not found at {corpus} (set --corpus or ESSAY_CORPUS_DIR)"
    from essaytext.encoding import decode_html
    from essaytext.extract import extract_documents

    sources = []
    for page in sorted(corpus.glob("*.htm*")):
        html, _ = decode_html(page.read_bytes())
        for i, doc in enumerate(extract_documents(html, f"http://corpus/{page.name}")):
            paragraphs = tuple(p for p in doc.text.split("\n") if p.strip())
            if sum(map(len, paragraphs)) >= MIN_REAL_CHARS:
                sources.append(Source(f"{page.stem}#{i}", "real", paragraphs))
    return sources, None


def make_copies(sources: list[Source], seed: int = SEED) -> list[Copy]:
    """Every source's original, one copy per transformation, and one compilation page."""
    rng = random.Random(seed)
    labelled = []
    for source in sources:
        labelled.append(Copy(source.slug, "original", source.text))
        for name, transform in TRANSFORMS.items():
            labelled.append(Copy(source.slug, name, "\n".join(transform(list(source.paragraphs), rng))))
        # A compilation of its own kind: seed essays with seed essays, news with news.
        others = rng.sample([s for s in sources if s.origin == source.origin and s != source], 2)
        page = [*others[0].paragraphs, *source.paragraphs, *others[1].paragraphs]
        labelled.append(
            Copy(source.slug, COMPILATION, "\n".join(page), tuple(o.slug for o in others))
        )
    return labelled
