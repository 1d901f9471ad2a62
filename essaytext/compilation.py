"""Compilation pages and headlines inside the text: a magazine page's essays, each under
its headline and closed (or opened) by its author's name on a line."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .essay import Essay
from .layout import PARAGRAPH_START
from .names import is_person_name, named_alone
from .title import without_section_label


def _is_name_line(line: str) -> bool:
    """An author's byline alone on its line (see named_alone)."""
    return named_alone(line) is not None


_TITLE_END = re.compile(r"[。！？!?，,；;：:]$")
MIN_PART_CHARS = 300
# … or 100, each part under its own headline and closed by its author's name (a column of 小景)
MIN_TITLED_PART_CHARS = 100
# Each under its own headline and byline, an essay may be shorter (a 小品 of four paragraphs).
MIN_OPENED_PART_CHARS = 200
MIN_PART_SENTENCES = 3
_SENTENCE = re.compile(r"[。！？!?]")
MAX_TITLE_CHARS = 40


@dataclass(frozen=True)
class Part:
    """One essay of a compilation page."""

    title: str | None
    author: str | None
    lines: list[str]


def _is_title_line(line: str) -> bool:
    return len(line) <= MAX_TITLE_CHARS and not _TITLE_END.search(line) and not _is_name_line(line)


def split_compilation(lines: list[str], headline: str | None = None) -> list[Part] | None:
    """Split a magazine page holding several essays, each closed (see _split_closed) or
    opened (see _split_opened) by its author's name on a line; None when it is one essay.

    `headline`: the page's, taken out of the text as a repeat; it heads the first essay
    when the text does not open with a headline of its own."""
    headed = [headline, *lines] if headline and lines and not _is_title_line(lines[0]) else lines
    return (
        _split_numbered(lines)
        or _split_closed(headed, MIN_TITLED_PART_CHARS, titled=True)
        or _split_closed(headed)
        or _split_opened(lines)
    )


def _is_essay(part: Part, min_chars: int = MIN_PART_CHARS) -> bool:
    body = "".join(part.lines)
    return len(body) >= min_chars and len(_SENTENCE.findall(body)) >= MIN_PART_SENTENCES


def _split_opened(lines: list[str]) -> list[Part] | None:
    """Essays each under its headline and its author's name (two lines), two at least; the
    first one's headline and name may stand above the text, taken out as the page's own.
    Every part must be an essay."""
    starts = [
        i for i in range(len(lines) - 1) if _is_title_line(lines[i]) and _is_name_line(lines[i + 1])
    ]
    if len(starts) < 2:
        return None
    parts = [Part(None, None, lines[: starts[0]])] if starts[0] > 0 else []
    for start, end in zip(starts, [*starts[1:], len(lines)], strict=True):
        parts.append(Part(lines[start], named_alone(lines[start + 1]), lines[start + 2 : end]))
    return parts if all(_is_essay(part, MIN_OPENED_PART_CHARS) for part in parts) else None


# A 范文 page's pieces, numbered: 【篇一】银杏叶落的时候, 第二篇：…, 篇3
_NUMBERED = re.compile(
    r"^[【\[]?\s*(?:篇\s*[一二三四五六七八九十\d]{1,3}|第\s*[一二三四五六七八九十\d]{1,3}\s*篇)"
    r"\s*[】\]]?\s*[:：、.]?\s*(.{0,40})$"
)


def _split_numbered(lines: list[str]) -> list[Part] | None:
    """Essays each under a numbered piece heading (its title after the number, or on the
    next line), two at least, every one an essay; a few lines before the first (a site's
    lead-in) are no part. A piece's closing name line is its author."""
    heads = [
        (i, m.group(1) or None) for i, line in enumerate(lines) if (m := _NUMBERED.match(line))
    ]
    starts = [i for i, _ in heads]
    if len(starts) < 2 or sum(map(len, lines[: starts[0]])) >= MIN_OPENED_PART_CHARS:
        return None
    parts = []
    for (start, title), end in zip(heads, [*starts[1:], len(lines)], strict=True):
        body = lines[start + 1 : end]
        if title is None and len(body) > 1 and _is_title_line(body[0]):
            title, body = body[0], body[1:]
        author = named_alone(body[-1]) if body else None
        parts.append(Part(title, author, body[:-1] if author else body))
    return parts if all(_is_essay(part, MIN_OPENED_PART_CHARS) for part in parts) else None


def _split_closed(
    lines: list[str], min_chars: int = MIN_PART_CHARS, *, titled: bool = False
) -> list[Part] | None:
    """Split a magazine page holding several essays, each closed by its author's name on a line.

    The seed page (000) reads: title, paragraphs, author name; title, subtitle, paragraphs,
    author name; … Only on strong evidence, so that a single essay is never cut and comments
    or replies never become essays: at least two parts, each an essay (MIN_PART_CHARS
    characters and MIN_PART_SENTENCES sentences) closed by a name line, at least two of them
    opening with a headline (the first one's is often the page's, taken out as a repeat),
    and nothing long after the last name line. `titled`: shorter parts (小景 of a few
    paragraphs, `min_chars`), every one under its headline, each name line followed by
    the next headline.
    """
    parts: list[Part] = []
    current: list[str] = []
    for i, line in enumerate(lines):
        if _is_name_line(line) and sum(len(x) for x in current) >= min_chars:
            if titled and i + 1 < len(lines) and not _is_title_line(lines[i + 1]):
                return None  # a name line not followed by a headline: not this layout
            parts.append(_make_part(current, line))
            current = []
        else:
            current.append(line)
    if len(parts) < 2 or sum(len(x) for x in current) >= min_chars:
        # Text after the last author line is an essay without a byline: not a compilation we can trust.
        return None
    if sum(part.title is not None for part in parts) < (len(parts) if titled else 2):
        # News digests close sections with short headings (国际资讯): essays open with titles.
        return None
    return parts if all(_is_essay(part, min_chars) for part in parts) else None


# Above a part's headline: a kicker (【一等奖】) or the last part's unit line (单位：…).
_LEAD = re.compile(r"^(?:【[^】]{1,10}】|(?:作者)?单位\s*[:：].{1,40})$")


def _make_part(lines: list[str], name: str) -> Part:
    while len(lines) > 2 and _LEAD.match(lines[0]):
        lines = lines[1:]
    title = lines[0] if len(lines) > 1 and _is_title_line(lines[0]) else None
    body = lines[1:] if title else lines
    return Part(title=title, author=named_alone(name), lines=body)


# A byline line under a headline: a name alone, 文/X or X/文.
_CREDIT = re.compile(r"^(?:文\s*[/／|｜]\s*)?(\S{2,4}?)(?:\s*[/／]\s*文)?$")
# A periodical's issue (2021年第9期, 2022.04, 202105): names the magazine, not an essay.
_ISSUE = re.compile(
    r"(?:19|20)\d{2}\s*年?\s*第\s*\d{1,3}\s*期|(?:19|20)\d{2}[.\-/]?(?:0[1-9]|1[0-2])$"
    r"|《[^》]{1,12}》\s*第\s*\d{1,3}\s*期"  # 作品选登 · 《兰亭》第23期春季刊
)
HEADLINE_REACH = 4


def is_issue_label(title: str) -> bool:
    """A title naming a periodical's issue (企业潮2021年第9期, 《兰亭》第23期), as a
    flipbook's page or a magazine's column page does."""
    return _ISSUE.search("".join(title.split())) is not None


def text_headline(lines: list[str], bare: bool) -> str | None:
    """The headline standing at the top of the text, as a magazine page or a flipbook's
    text layer sets it: a short line that ends no sentence, over its author's byline (a
    name alone, 文/X, X/文) within the first lines; or, when `bare` (the page offers no
    other headline), the first line of that kind over a paragraph. Running headers (the
    magazine and its issue) and section labels above it are passed over."""
    for i, line in enumerate(lines[:HEADLINE_REACH]):
        if i + 1 >= len(lines) or not _is_title_line(line) or line.startswith("—"):
            continue
        if PARAGRAPH_START.match(line):
            continue  # a numbered heading (0引言, 一、) or a paper's 摘要 line
        if is_issue_label(line):
            continue  # a running header: the magazine and its issue
        credit = _CREDIT.match(lines[i + 1].strip())
        if credit and is_person_name(credit.group(1)):
            return line
        if bare and _SENTENCE.search(lines[i + 1]):
            return without_section_label(line)
    return None


def without_signature(essay: Essay) -> Essay:
    """A single essay without its closing name line (a signature): the name is its author
    (when no byline said), not its text. (A compilation's name lines split it first.)"""
    *body, last = essay.text.splitlines() or [""]
    if not body or not (_is_name_line(last.strip()) or last.strip() == essay.author):
        return essay
    return replace(essay, text="\n".join(body), author=essay.author or named_alone(last))
