"""Generated sites for tests and benchmarks: numbered articles of essay paragraphs under a listing."""

from __future__ import annotations

from .essays import load_essays
from .site import Page

# Paragraphs long enough that a page of three reads as an article by its content.
_PARAGRAPHS = [p for e in load_essays().values() for p in e.paragraphs if len(p) >= 150]


def article(n: int, extra: str = "") -> bytes:
    """Article n: three long paragraphs, each opening with a sentence of its own (distinct texts)."""
    title = f"第{n}篇文章"
    paragraphs = (
        f"这是第{n}篇文章的第{i}段。" + _PARAGRAPHS[(7 * n + i) % len(_PARAGRAPHS)]
        for i in range(3)
    )
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<h1>{title}</h1>{body}{extra}</body></html>"
    ).encode()


def listing(paths: list[str]) -> Page:
    """A listing page linking the given paths."""
    links = "".join(f'<li><a href="{p}">文章{i}</a></li>' for i, p in enumerate(paths, 1))
    return Page(f"<html><body><ul>{links}</ul></body></html>".encode())


def numbered_site(n: int, delay: float = 0.0) -> dict[str, Page]:
    """A listing at / linking n articles /a/1.html … /a/n.html, each answered after `delay` s."""
    pages = {f"/a/{i}.html": Page(article(i), delay=delay) for i in range(1, n + 1)}
    pages["/"] = listing(list(pages))
    return pages
