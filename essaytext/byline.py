"""The byline area of a page: where its date and author are read, and its lines kept out of
the text (title repeats and byline lines at the top of the extracted text)."""

from __future__ import annotations

import functools
import html as htmllib
import re
from collections.abc import Sequence

import htmldate.extractors
from dateparser import DateDataParser
from htmldate import find_date

from .dates import (
    declared_published,
    find_issue_line,
    find_published,
    parse_chinese_date,
    parse_issue_month,
)
from .metadata import AUTHOR, AUTHOR_POSTED, find_author, find_signoff
from .names import named_alone
from .normalize import fold
from .title import clean_title, without_section_label

_BLOCK_END = re.compile(
    r"<br\s*/?>|</(?:p|div|h\d|li|tr|td|dd|dt|section|article|header|center)\s*>", re.IGNORECASE
)
_INVISIBLE = re.compile(
    r"<(head|script|style|noscript|template)\b[^>]*>.*?</\1\s*>|<!--.*?-->",
    re.IGNORECASE | re.DOTALL,
)
_TAG = re.compile(r"<[^>]+>")
# Byline lines that open an extracted text: metadata, not essay.
_BYLINE = re.compile(r"^.{0,40}(来源|作者|编辑|发布时间|时间|日期)[:]")


def visible_lines(html: str) -> list[str]:
    """The page's visible text, one line per block, for byline searches."""
    text = _TAG.sub("", _BLOCK_END.sub("\n", _INVISIBLE.sub("", html)))
    return [line.strip() for line in htmllib.unescape(text).splitlines() if line.strip()]


def byline_window(lines: list[str], title: str | None) -> list[str]:
    """Lines around the title's place on the page, where bylines and issue lines are; the
    top of the page if it is not found."""
    if title:
        for i, line in enumerate(lines):
            if title in line and len(line) <= len(title) + 30:
                return lines[max(0, i - 2) : i + 15]
    return lines[:40]


# How many lines after the text's end a closing byline may stand.
TAIL_REACH = 4


def after_text(lines: list[str], last_line: str) -> list[str]:
    """The page's lines right after the text's last line, where a closing byline may stand
    (本文来源：X 作者：Y, then 责任编辑：Z)."""
    end = last_line.strip()[-20:]
    for i, line in enumerate(lines):
        if end and end in line:
            return lines[i + 1 : i + 1 + TAIL_REACH]
    return []


# A work unit's name ends so: 公司, 运维二班, 党群工作部, 市中医院
def leading_name(lines: list[str], classed: str | None) -> str | None:
    """A name alone on one of the text's first short lines: a speech's speaker under its
    title, a diarist's name (`classed`: the page's author element's) above the note."""
    for line in lines[:4]:
        text = line.strip()
        if len(text) > 40:
            break
        if classed is not None and text == classed:
            return text
        if name := named_alone(text):
            return name
    return None


def drop_leading_bylines(
    lines: list[str], title: str | None, classed: str | None = None
) -> list[str]:
    """Remove what trafilatura keeps above the essay: everything down to the headline when
    it repeats near the top (a breadcrumb, tags, share buttons stand above it), then title
    repeats, byline lines and a name alone (see leading_name).

    Subtitles (——…) stay: they belong to the essay. Scanning stops at the first line that
    is neither, so nothing past the top is touched.
    """
    if title:
        lines = lines[below_headline(lines, title) :]
    kept: list[str] = []
    for i, line in enumerate(lines):
        if i >= 8:
            kept.extend(lines[i:])
            break
        simplified = fold(line)
        is_title = title is not None and clean_title(line.strip(" #")) == title
        named = leading_name([line], classed) is not None
        if (
            is_title
            or named
            or AUTHOR.match(simplified)
            or AUTHOR_POSTED.match(simplified)  # 周建国 发表于 2008-03-22 分类：…
            or (len(line) <= 80 and _BYLINE.match(simplified))
        ):
            continue
        if line.startswith(("——", "--", "—")) and len(line) <= 60:
            kept.append(line)
            continue
        kept.extend(lines[i:])
        break
    return kept


HEADLINE_REACH = 15


def below_headline(lines: list[str], title: str) -> int:
    """The index after the headline's repeat above the essay's first long line, or 0."""
    for i, line in enumerate(lines[:HEADLINE_REACH]):
        if len(line) > 80:
            break
        if title in (clean_title(line.strip(" #")), without_section_label(line)):
            return i + 1
    return 0


def under_headline(
    top: list[str], window: list[str], visible: list[str], title: str | None, text_start: str
) -> list[list[str]]:
    """Where a byline may stand under the headline: the text's top (its notices gone), the
    page's lines under the headline's repeat by the byline, and those between the headline
    right above the text and the text."""
    under = [top[below_headline(top, title) if title else 0 :][:4]]
    if title:
        under += [window[at:][:4] for at in [below_headline(window, title)] if at]
        under.append(between_headline_and_text(visible, title, text_start))
    return under


def between_headline_and_text(lines: list[str], title: str, text_start: str) -> list[str]:
    """The page's lines between the headline and the text's first line, where the headline
    stands right above the text (an e-paper lists its page's titles higher up too)."""
    start = "".join(text_start.split())[:16]
    at = next((i for i, line in enumerate(lines) if start and start in line), None)
    if at is None:
        return []
    above = lines[max(0, at - HEADLINE_REACH) : at]
    heads = [i for i, line in enumerate(above) if title == clean_title(line.strip(" #"))]
    return above[heads[-1] + 1 :][:4] if heads else []


# The lines atop a page where a magazine's running head names its issue.
HEAD_LINES = 20


def read_published(
    window: list[str],
    raw_lines: list[str],
    html: str,
    url: str | None = None,
    tail: Sequence[str] = (),
    head: Sequence[str] = (),
) -> str | None:
    """The date: a labelled byline's, the page's declared one, a labelled one just after
    the text (an answer's 发布于 under it), the byline's, an issue's (by the headline, or in
    the running head atop the page), a reprint line's, then htmldate's (meta tags and the
    URL's date path first)."""
    return (
        find_published(window, labelled=True)
        or declared_published(html)
        or find_published(list(tail), labelled=True)
        or find_published(window)
        or parse_issue_month(" ".join(window[:5]))
        or parse_issue_month(" ".join(head))
        or find_issue_line(raw_lines)
        or _htmldate(find_date(html, url=url, extensive_search=False, original_date=True))
        # Only now the costly search of the whole page (dates in scripts: WeChat's ct).
        or _htmldate(find_date(html, url=url, extensive_search=True, original_date=True))
    )


def read_author(
    window: list[str],
    raw_lines: list[str],
    classed: str | None,
    tail: list[str],
    poster: str | None = None,
    under: Sequence[list[str]] = (),
) -> str | None:
    """The author: a byline by the title, at the top of the text, in an element classed as
    the author and shown by the title, a name alone at the top or `under` the headline, a
    sign-off at the end (采写：记者 X), or a byline just after the text (`tail`). In a forum
    thread, a byline atop the text (a repost's), else the thread's `poster`: the bylines
    by the title are its replies' headers there."""
    if poster:
        return find_author(raw_lines[:3]) or poster
    return (
        find_author(window)
        or find_author(raw_lines[:3])
        or (classed if classed and classed in " ".join(window) else None)
        or leading_name(raw_lines, classed)
        or next(
            filter(None, (leading_name(lines, classed) or find_author(lines) for lines in under)),
            None,
        )
        or find_signoff(raw_lines)
        or find_author(tail)
    )


def _chinese_and_english_dates() -> DateDataParser:
    """htmldate's dateparser, for Chinese and English only: with every language (its default)
    the first undated string loads all 200-odd locales, 3.6 s in every process measured,
    0.4 s for these two; its other settings are htmldate's own."""
    return DateDataParser(
        languages=["zh", "en"],
        settings={
            "NORMALIZE": True,
            "PARSERS": ["custom-formats", "absolute-time"],
            "PREFER_DATES_FROM": "past",
            "PREFER_LOCALE_DATE_ORDER": True,
            "RETURN_AS_TIMEZONE_AWARE": False,
            "STRICT_PARSING": True,
        },
    )


# htmldate has no parameter for its parser; it looks this function up on each call.
htmldate.extractors.get_external_parser = functools.lru_cache(maxsize=1)(_chinese_and_english_dates)


def _htmldate(value: str | None) -> str | None:
    # htmldate falls back to January 1st when it only finds a year: keep null rather than wrong.
    if not value or value.endswith("-01-01"):
        return None
    return parse_chinese_date(value)
