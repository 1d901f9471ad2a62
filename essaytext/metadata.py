"""Chinese bylines: publication dates and authors, read before trafilatura's guesses."""

from __future__ import annotations

import re
from datetime import datetime

from .normalize import to_simplified

# 2026年02月08日 10:07:11 / 2026-02-08 10:07 / 2026/2/8 / 2026.02.08
DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:年|-|/|\.)\s*(?P<m>\d{1,2})\s*(?:月|-|/|\.)\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?P<H>\d{1,2})[:：](?P<M>\d{2})(?:[:：](?P<S>\d{2}))?)?"
)
PUBLISHED_LABEL = re.compile(r"(发布|发表|更新|时间|日期)[::]?\s*$")
AUTHOR = re.compile(
    r"^(?:[((]?\s*)?(?:作者|文|撰文|记者|□|■)\s*[::/|]?\s*"
    r"(?P<name>[\u4e00-\u9fff·]{2,4}(?:[ 、,，][\u4e00-\u9fff·]{2,4}){0,3})\s*[))]?$"
)
NOT_A_NAME = {"编辑", "来源", "作者", "记者", "本文", "本报", "通讯员"}


def parse_chinese_date(text: str) -> str | None:
    """First valid date in a string as ISO 8601 (date, or local date-time without zone)."""
    for match in DATE.finditer(text):
        try:
            parts = {k: int(v) for k, v in match.groupdict().items() if v is not None}
            moment = datetime(
                parts["y"],
                parts["m"],
                parts["d"],
                parts.get("H", 0),
                parts.get("M", 0),
                parts.get("S", 0),
            )
        except ValueError:
            continue
        if "H" in parts:
            return moment.isoformat()
        return moment.date().isoformat()
    return None


def find_published(lines: list[str], max_lines: int = 40) -> str | None:
    """Publication date from the byline area: the first dated line among the first lines."""
    for line in lines[:max_lines]:
        if len(line) > 120:
            continue
        found = parse_chinese_date(line)
        if found:
            return found
    return None


def find_author(lines: list[str], max_lines: int = 40) -> str | None:
    """Author from a short byline (作者 X, 文/X, □ X, 记者 X) among the first lines."""
    for line in lines[:max_lines]:
        stripped = to_simplified(line.strip())
        if len(stripped) > 40:
            continue
        match = AUTHOR.match(stripped)
        if match and match.group("name") not in NOT_A_NAME:
            # Report the name as the page writes it (traditional stays traditional).
            start = match.start("name")
            return line.strip()[start : start + len(match.group("name"))]
    return None
