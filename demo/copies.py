"""The labelled copy set, generated deterministically (fixed seed).

Sources are the bundled seed essays and, when the real-page corpus is present, the texts
our extractor takes from those pages. Every source gets one copy per transformation,
each modelling how a republished essay differs from its original, and a few
combinations. "compilation" puts the essay on one page with other sources of its kind
(see `_compilation_partners`): that page is not a copy but must be recorded as
containing the essay. Every two distinct
sources are a negative pair; the seed essays share one topic, so they are hard negatives.

Used by `benchmarks/threshold.py` (n-gram size, threshold) and
`benchmarks/copy_detection.py` (precision and recall through a real archive).
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import opencc

from archive import Archive, Page
from demo.essays import load_essays
from essaytext.essay import Essay
from essaytext.fingerprint import fingerprints

ROOT = Path(__file__).resolve().parent.parent

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "real-pages"
SEED = 20261121
# Real pages whose extracted text is shorter than this are news briefs, not essays.
MIN_REAL_CHARS = 400

Transform = Callable[[list[str], random.Random], list[str]]

_CONVERTERS = {name: opencc.OpenCC(name) for name in ("s2t", "s2hk", "s2tw", "s2twp")}


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
    """Drop the longest paragraph that is at most a quarter of the text.

    Longer "paragraphs" are pages an extractor did not split (guancha), not an essay's.
    """
    total = sum(map(len, ps))
    fits = [i for i in range(len(ps)) if len(ps[i]) <= total / 4] or [
        min(range(len(ps)), key=lambda i: len(ps[i]))
    ]
    longest = max(fits, key=lambda i: len(ps[i]) + rng.random())
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
    "hongkong+drop_paragraph+truncate_90": chain(_script("s2hk"), drop_paragraph, truncate(0.9)),
}
COMPILATION = "compilation"


def shuffle_paragraphs(ps: list[str], rng: random.Random) -> list[str]:
    shuffled = list(ps)
    rng.shuffle(shuffled)
    return shuffled


def punctuation_to_spaces(ps: list[str], _rng: random.Random) -> list[str]:
    table = str.maketrans("，。：；！？、“”（）", " " * 11)
    return [p.translate(table) for p in ps]


def advertisements(ps: list[str], _rng: random.Random) -> list[str]:
    ad = "【广告】扫码关注公众号，领取更多学习资料，限时免费！"
    return [x for i, p in enumerate(ps) for x in ([p, ad] if i % 3 == 2 else [p])]


# Harder or other edits, outside the labelled set: a check on copies no setting was chosen
# for. Cuts to 60% and 50% are meant to end up as contained_in relations, not copies.
STRESS: dict[str, Transform] = {
    "typos_3pct": typos(0.03),
    "taiwan_phrases": _script("s2twp"),
    "paragraphs_shuffled": shuffle_paragraphs,
    "punctuation_to_spaces": punctuation_to_spaces,
    "advertisements": advertisements,
    "traditional+typos_2pct+advertisements": chain(_script("s2t"), typos(0.02), advertisements),
    "truncate_60": truncate(0.6),
    "truncate_50": truncate(0.5),
}


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
        for i, doc in enumerate(extract_documents(html, f"http://corpus/{page.name}")[1]):
            paragraphs = tuple(p for p in doc.text.split("\n") if p.strip())
            if sum(map(len, paragraphs)) >= MIN_REAL_CHARS:
                sources.append(Source(f"{page.stem}#{i}", "real", paragraphs))
    return sources, None


def _dominated(essays: list[Source]) -> bool:
    """Whether one essay is more than half of a page holding them all."""
    sizes = [len(e.text) for e in essays]
    return max(sizes) * 2 > sum(sizes)


def _compilation_partners(sources: list[Source], rng: random.Random) -> dict[str, list[Source]]:
    """For each source, the others its compilation page holds.

    Sources of one origin sit on a seeded cycle; source i shares its page with i+1 and
    i+3. The differences {1, 2, 3} are distinct, so two pages share at most one essay: two
    pages holding the same two essays would be copies of each other, not negatives. More
    sources (i+5, i+7, ...) join while one essay is more than half of the page: a
    compilation holds several essays; one essay with a little added is a copy.
    """
    partners: dict[str, list[Source]] = {}
    for origin in sorted({s.origin for s in sources}):
        ring = [s for s in sources if s.origin == origin]
        rng.shuffle(ring)
        for i, source in enumerate(ring):
            others = [ring[(i + 1) % len(ring)], ring[(i + 3) % len(ring)]]
            step = 5
            while _dominated([source, *others]) and step < len(ring):
                others.append(ring[(i + step) % len(ring)])
                step += 2
            partners[source.slug] = others
    return partners


def _transformed(
    source: Source, transforms: dict[str, Transform], rng: random.Random
) -> list[Copy]:
    """A source's original and one copy per transformation."""
    return [Copy(source.slug, "original", source.text)] + [
        Copy(source.slug, name, "\n".join(transform(list(source.paragraphs), rng)))
        for name, transform in transforms.items()
    ]


def make_copies(sources: list[Source], seed: int = SEED) -> list[Copy]:
    """Every source's original, one copy per transformation, and one compilation page."""
    rng = random.Random(seed)
    partners = _compilation_partners(sources, rng)
    labelled = []
    for source in sources:
        labelled += _transformed(source, TRANSFORMS, rng)
        first, *rest = partners[source.slug]
        page = [*first.paragraphs, *source.paragraphs, *(p for o in rest for p in o.paragraphs)]
        labelled.append(
            Copy(source.slug, COMPILATION, "\n".join(page), tuple(o.slug for o in (first, *rest)))
        )
    return labelled


def make_stress_copies(sources: list[Source], seed: int = SEED) -> list[Copy]:
    """Every source's original and one copy per STRESS transformation."""
    rng = random.Random(seed)
    return [c for source in sources for c in _transformed(source, STRESS, rng)]


def add_to_archive(archive: Archive, labelled: list[Copy]) -> None:
    """Add the labelled documents in order, as http://copies/0, 1, …, fingerprinted as a crawl."""
    for i, c in enumerate(labelled):
        page = Page(
            url=f"http://copies/{i}",
            site="copies",
            fetched_at=f"2026-01-01T00:00:{i % 60:02d}+00:00",
        )
        essay = Essay(title=c.slug, author=None, published=None, text=c.text, script="hans")
        archive.add(page, replace(essay, fingerprints=fingerprints(c.text, archive.ngram)))
