"""The one record of an essay, from extraction to the archive."""

from __future__ import annotations

from dataclasses import dataclass

from .fingerprint import Fingerprints


@dataclass(frozen=True)
class Essay:
    """One essay found on a page: extraction fills the text and metadata, fingerprinting the rest.

    A compilation page holds several essays; each has a `fragment` (essay-1, essay-2, …)
    that makes its URL distinct from the page's.
    """

    title: str | None
    author: str | None
    published: str | None
    text: str
    script: str
    fragment: str | None = None
    fingerprints: Fingerprints | None = None


def essay_url(page_url: str, essay: Essay) -> str:
    """The URL an essay is archived under: the page's, with `#essay-N` on a compilation page."""
    base = page_url.split("#", 1)[0]
    return f"{base}#{essay.fragment}" if essay.fragment else page_url
