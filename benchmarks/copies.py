"""Labelled copies of the bundled essays, generated deterministically (fixed seed).

Each transformation models how a republished essay differs from its original. Used by
`benchmarks/threshold.py` to choose the n-gram size and the default distance threshold.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import opencc

from archive.demo.essays import Essay

Transform = Callable[[list[str], random.Random], list[str]]

_CONVERTERS = {name: opencc.OpenCC(name) for name in ("s2t", "s2hk", "s2tw")}


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
    table = str.maketrans(",。:;!?()“”", ',.:;!?()""')
    return [p.translate(table) for p in ps]


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
}


def make_copies(essays: list[Essay], seed: int = 20261121) -> list[tuple[str, str, str]]:
    """(essay slug, transformation name, copy text) for every essay and transformation."""
    rng = random.Random(seed)
    copies = []
    for essay in essays:
        for name, transform in TRANSFORMS.items():
            copies.append((essay.slug, name, "\n".join(transform(list(essay.paragraphs), rng))))
        combo = half_width(hard_wrap(_script("s2t")(list(essay.paragraphs), rng), rng), rng)
        copies.append((essay.slug, "traditional+hard_wrap+half_width", "\n".join(combo)))
    return copies
