"""The demo's essays: clean texts cut from the project's seed pages, with their metadata."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class Essay:
    """One essay of the demo corpus."""

    slug: str
    title: str
    author: str | None
    published: str | None
    subtitle: str | None
    paragraphs: tuple[str, ...]
    affiliation: str | None = None  # 作者单位: shown under the essay, not part of its text

    @property
    def text(self) -> str:
        """Paragraphs joined by newlines, the archive's text form."""
        return "\n".join(self.paragraphs)


def parse_essay(slug: str, raw: str) -> Essay:
    """Parse an essay file: `key: value` header lines, a blank line, blank-line separated paragraphs."""
    head, _, body = raw.partition("\n\n")
    meta: dict[str, str] = {}
    for line in head.splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    paragraphs = tuple(p.strip() for p in body.split("\n\n") if p.strip())
    return Essay(
        slug=slug,
        title=meta["title"],
        author=meta.get("author") or None,
        published=meta.get("published") or None,
        subtitle=meta.get("subtitle") or None,
        paragraphs=paragraphs,
        affiliation=meta.get("affiliation") or None,
    )


def load_essays() -> dict[str, Essay]:
    """All bundled essays by slug."""
    folder = resources.files("demo") / "essays"
    essays = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".txt"):
            slug = entry.name.removesuffix(".txt")
            essays[slug] = parse_essay(slug, entry.read_text(encoding="utf-8"))
    return essays


def flipbook_page() -> str:
    """The text layer of a flipbook magazine page (two columns interleaved), as the viewer shows it."""
    return (resources.files("demo") / "flipbook-page55.txt").read_text(encoding="utf-8")
