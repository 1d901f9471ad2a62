"""Dates as Chinese pages write them: full dates, US-style timestamps, magazine issues."""

from __future__ import annotations

import re
from datetime import datetime

from .normalize import fold

# 2026年02月08日 10:07:11 / 2026-02-08 10:07 / 2026/2/8 / 2026.02.08
DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:年|-|/|\.)\s*(?P<m>\d{1,2})\s*(?:月|-|/|\.)\s*(?P<d>\d{1,2})(?!\d)\s*日?"
    r"(?:\s*(?P<H>\d{1,2})[:：](?P<M>\d{2})(?:[:：](?P<S>\d{2}))?)?"
)
# A US-style timestamp some Chinese CMSs print: 9/17/2004 5:54:13 AM
US_DATE = re.compile(
    r"(?<![\d/])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>(?:19|20)\d{2})(?!\d)"
    r"(?:\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?\s*(?P<half>[AaPp][Mm])?)?"
)
# A magazine issue: 2021·5, 2021年第5期, 2024年3月号, 2024年3月 总第126期 → its month.
ISSUE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:(?:·|年第)\s*(?P<m>\d{1,2})(?:\s*期)?(?![\d.·-])"
    r"|年\s*(?P<month>\d{1,2})\s*月(?:号|\s*[（(]?\s*总?第\s*\d+\s*期))"
)
# A reprint's source line at the end of an essay: ——《刊名》1998年3月号, (原载《刊名》2019年第3期)
ISSUE_LINE = re.compile(
    r"^[—\-(（\s]*(?:本文|原文)?(?:原载于?|摘自|选自|转自|刊于|刊载于|载于|发表于|载)?\s*《[^》]{1,30}》\s*"
    r"(?P<y>(?:19|20)\d{2})\s*年\s*(?:第\s*)?(?P<m>\d{1,2})\s*(?:月号|月|期)"
)
# A document's 成文日期 (when it was signed) is not when the page published it.
LABELLED = re.compile(r"(?:发布|发表|更新|出版)(?:时间|日期|于)|时间[:：]|(?<!成文)日期[:：]")


def _date_iso(parts: dict[str, int]) -> str | None:
    try:
        moment = datetime(
            parts["y"],
            parts["m"],
            parts["d"],
            parts.get("H", 0),
            parts.get("M", 0),
            parts.get("S", 0),
        )
    except ValueError:
        return None
    return moment.isoformat() if "H" in parts else moment.date().isoformat()


def parse_chinese_date(text: str) -> str | None:
    """First valid full date in a string as ISO 8601 (date, or local date-time without zone)."""
    matches = sorted([*DATE.finditer(text), *US_DATE.finditer(text)], key=lambda m: m.start())
    for match in matches:
        parts = match.groupdict()
        half = (parts.pop("half", None) or "").lower()
        values = {k: int(v) for k, v in parts.items() if v is not None}
        if "H" in values and half:  # 12-hour clock: 12 AM is midnight, 5 PM is 17
            values["H"] = values["H"] % 12 + (12 if half == "pm" else 0)
        found = _date_iso(values)
        if found:
            return found
    return None


def parse_issue_month(text: str) -> str | None:
    """A magazine issue's year and month (2021·5 → 2021-05), or None."""
    match = ISSUE.search(fold(text))
    month = match and int(match.group("m") or match.group("month"))
    if match and month and 1 <= month <= 12:
        return f"{match.group('y')}-{month:02d}"
    return None


def find_issue_line(lines: list[str]) -> str | None:
    """The issue month of a reprint's source line among the last lines of an essay."""
    for line in reversed(lines[-5:]):
        match = ISSUE_LINE.match(fold(line.strip()))
        if match and 1 <= int(match.group("m")) <= 12:
            return f"{match.group('y')}-{int(match.group('m')):02d}"
    return None


def find_published(lines: list[str], max_lines: int = 40, *, labelled: bool = False) -> str | None:
    """Publication date from the byline area: a labelled date first, then (unless `labelled`)
    the first dated line."""
    window = [line for line in lines[:max_lines] if len(line) <= 120]
    for line in window:
        label = LABELLED.search(fold(line))
        if label:
            found = parse_chinese_date(line[label.start() :])
            if found:
                return found
    if labelled:
        return None
    for line in window:
        found = parse_chinese_date(line)
        if found:
            return found
    return None


_META = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_PUBLISHED_META = re.compile(
    r"""(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|datePublished|"""
    r"""publishdate|pubdate|publish_?time)["']""",
    re.IGNORECASE,
)
_CONTENT = re.compile(r"""content\s*=\s*["']([^"']+)["']""", re.IGNORECASE)


def declared_published(html: str) -> str | None:
    """The publication time the page declares in a meta tag (article:published_time,
    datePublished, publishdate)."""
    for tag in _META.findall(html[:30000]):
        content = _CONTENT.search(tag)
        if content and _PUBLISHED_META.search(tag):
            return parse_chinese_date(content.group(1))
    return None
