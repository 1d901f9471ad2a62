"""Essays served as PDF (document-sharing sites): text layer → clean, re-flowed essay."""

from __future__ import annotations

import io
import logging
import re
from collections import Counter

import pypdf

from .clutter import cut_trailer, strip_clutter
from .dates import find_published
from .essay import Essay
from .layout import reflow
from .metadata import clean_author, find_author
from .normalize import detect_script
from .title import clean_title

PDF_MAGIC = b"%PDF-"
# Page numbers as PDF footers print them: 1, - 1 -, 第1页, 1/12, Page 1
_PAGE_NUMBER = re.compile(
    r"^(?:[-—–\s]*\d{1,4}[-—–\s]*|第\s*\d{1,4}\s*页(?:\s*共\s*\d+\s*页)?|\d{1,4}\s*/\s*\d{1,4}|Page\s*\d+)$"
)
# Authors that PDF producers write for everyone.
_PLACEHOLDER_AUTHORS = {
    "administrator",
    "admin",
    "user",
    "owner",
    "microsoft",
    "unknown",
    "lenovo",
    "dell",
}
MAX_PAGES = 200


def is_pdf(body: bytes) -> bool:
    """True when the bytes start like a PDF file (some servers send PDFs as octet-stream)."""
    return body.lstrip()[:5] == PDF_MAGIC


def pdf_pages(body: bytes) -> tuple[dict[str, str], list[list[str]]]:
    """(metadata, each page's text lines). Raises ValueError for a file pypdf cannot read."""
    try:
        reader = pypdf.PdfReader(io.BytesIO(body))
        if reader.is_encrypted:
            reader.decrypt("")
        metadata = {k.lstrip("/").lower(): str(v) for k, v in (reader.metadata or {}).items()}
        pages = []
        for page in reader.pages[:MAX_PAGES]:
            text = page.extract_text() or ""
            pages.append([line.strip() for line in text.splitlines() if line.strip()])
    except (
        pypdf.errors.PdfReadError,
        pypdf.errors.DependencyError,
        KeyError,
        ValueError,
        TypeError,
    ) as exc:
        raise ValueError(f"unreadable PDF: {exc}") from exc
    return metadata, pages


def drop_page_furniture(pages: list[list[str]]) -> list[str]:
    """Join pages, dropping page numbers and lines repeated on most pages (watermarks, running heads)."""
    counts = Counter(line for page in pages for line in set(page))
    repeated = {
        line for line, n in counts.items() if len(pages) >= 2 and n >= max(2, len(pages) * 0.6)
    }
    return [
        line
        for page in pages
        for line in page
        if line not in repeated and not _PAGE_NUMBER.match(line)
    ]


def extract_pdf(body: bytes) -> Essay | None:
    """The essay of a PDF, or None when it has no text layer (a scan)."""
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # it warns on every odd font
    metadata, pages = pdf_pages(body)
    lines = cut_trailer(reflow(strip_clutter(drop_page_furniture(pages))))
    if not lines:
        return None
    title = clean_title(metadata.get("title"))
    if lines and title and lines[0] == title:
        lines = lines[1:]
    elif lines and not title:
        title = clean_title(lines[0])
        lines = lines[1:]
    if not lines:
        return None
    meta_author = metadata.get("author", "")
    author = find_author(lines[:10]) or (
        clean_author(meta_author)
        if meta_author.strip().lower() not in _PLACEHOLDER_AUTHORS
        else None
    )
    text = "\n".join(lines)
    return Essay(
        title=title,
        author=author,
        published=find_published(lines[:10]),
        text=text,
        script=detect_script(text),
    )
