"""Clutter removal from an essay's extracted lines: line rules (`clutter_rules`, data),
the trailer after the essay's last sentence, the leader before its first, table cells.

Nodes removed by class before extraction are in `structure`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from .clutter_rules import LINE_PATTERNS, TAIL_MARKERS
from .names import named_alone
from .normalize import fold

MAX_CLUTTER_LINE = 320
# trafilatura writes list items as "- item".
LIST_MARKER = re.compile(r"^[-•·]\s+")

# A tail marker only cuts when it comes after this share of the text.
TAIL_START = 0.5

_KEYWORD_ITEM = re.compile(r"[^,，|\s]{1,12}")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def is_spam_keyword_line(line: str) -> bool:
    """SEO keyword lines: many short comma-separated items and no sentence."""
    # A sentence that runs over many commas ends a clause or holds a stop or a colon.
    if len(line) > 200 or re.search(r"[。!?:;]|[,、]$", line):
        return False
    # Split on commas only: 、 enumerates within an essay's own sentences (…执行、智慧、文化…).
    items = [s for s in re.split(r"[,，|]", line) if s.strip()]
    if len(items) >= 5 and all(_KEYWORD_ITEM.fullmatch(s.strip()) for s in items):
        return True
    # Or on spaces, when the words are Chinese: 最新娱乐城 体育投注 百家乐 老虎机 线上赌场
    words = line.split()
    return (
        len(words) >= 5
        and all(_KEYWORD_ITEM.fullmatch(w) for w in words)
        and sum(bool(_HAN.search(w)) for w in words) >= 0.8 * len(words)
    )


_FUNCTION_WORD = re.compile(r"[的了着也要不是就都很越把被让说到]|自己|可以")


def _is_clause_run(line: str) -> bool:
    """Clauses of running text, as a hard-wrapped line of an essay cuts them (一早，那位大爷
    自己跑到村委会，说地可以让，…): two or more of its items hold a function word, which
    keywords (国产在线一二三区, 国企改革范文) do not."""
    items = re.split(r"[,，|\s]+", line)
    return sum(1 for item in items if _FUNCTION_WORD.search(item)) >= 2


@functools.lru_cache(maxsize=8192)
def clutter_rule(line: str) -> str | None:
    """Name of the clutter rule a line matches, or None if it looks like essay text.

    Cached: a page asks again for its lines, and a site's furniture lines recur."""
    stripped = LIST_MARKER.sub("", line.strip())
    if not stripped or len(stripped) > MAX_CLUTTER_LINE:
        return None
    simplified = fold(stripped)
    if is_spam_keyword_line(simplified) and not _is_clause_run(simplified):
        return "spam_keywords"
    return next((name for name, pattern in LINE_PATTERNS if pattern.search(simplified)), None)


# The trailer: short lines holding no sentence (link lists, footers, app promotions) after
# the essay's last sentence. Cut only while it stays a small share of the text; a last
# paragraph cut short mid-sentence ("…。国有企业基层组织发挥着把方") holds one and stays.
TRAILER_LINE = 60
_WORD = re.compile(r"[^\W_]")
_CLOSING = re.compile(r"[。！？!?”」』）)…]{1,3}")
TRAILER_SHARE = 0.3
_SENTENCE_MARK = re.compile(r"[。！？!?…;；]|[”」』)）》]$")
# A short note wholly in brackets ends no sentence: （此件公开发布）, （完）.
_BRACKET_NOTE = re.compile(r"^[(（][^()（）]{1,30}[)）]$")


# A note closing a paragraph that is not the essay's: 对疾控至关重要。(本文来自澎湃新闻,更多原创资讯请下载…APP)
# … or a footnote's link back to its mark: 註1：…之說。 ↑
TRAILING_NOTE = re.compile(
    r"\s*[(（](?:本文|文章)(?:来自|来源|转自|转载自)[^()（）]{0,60}[)）]$|\s+[↑↩]\ufe0e?$"
)


def _signs(lines: list[str], at: int) -> bool:
    """A name at `at` signs the essay: it follows the essay's last sentence (a column's
    name such as 管理视野 in a list of columns does not)."""
    return (
        at == 0 or bool(_SENTENCE_MARK.search(lines[at - 1])) or len(lines[at - 1]) >= TRAILER_LINE
    )


def trailer_start(lines: list[str]) -> int:
    """Index of the first line of the page trailer, or len(lines) when there is none.

    The share bound protects a last paragraph cut short; a table's rows after the essay's
    last sentence (a portal's navigation, a sidebar's quotes) are never its text."""
    start = len(lines)
    while start > 0:
        line = lines[start - 1]
        row = line.startswith("|") and line.endswith("|")
        if not row and (
            len(line) >= TRAILER_LINE or (named_alone(line) and _signs(lines, start - 1))
        ):
            break
        if not row and _SENTENCE_MARK.search(line) and not _BRACKET_NOTE.match(line):
            break
        start -= 1
    if start == len(lines):
        return start
    # Shares of text, not of markup: a table row's bars and padding are no text.
    words = [0 if line.startswith("|") else len(_WORD.findall(line)) for line in lines]
    return start if start > 0 and sum(words[start:]) <= sum(words) * TRAILER_SHARE else len(lines)


def _table_row(line: str, extra: tuple[re.Pattern[str], ...]) -> str:
    """A markdown table row without its furniture cells ("" when none is left)."""
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
    kept = [c for c in cells if c and not clutter_rule(c) and not any(p.search(c) for p in extra)]
    return f"| {' | '.join(kept)} |" if kept else ""


def strip_clutter(lines: list[str], extra_patterns: tuple[re.Pattern[str], ...] = ()) -> list[str]:
    """Drop clutter lines from an essay's extracted lines (list markers too), and all from a
    trailer marker (上一篇, 相关推荐 …) on."""
    total = sum(len(line) for line in lines)
    seen = 0
    kept: list[str] = []
    for line in lines:
        stripped = LIST_MARKER.sub("", line.strip())
        if total and seen >= total * TAIL_START and TAIL_MARKERS.match(fold(stripped[:8])):
            break
        seen += len(line)
        if stripped.startswith("|") and stripped.endswith("|"):
            stripped = _table_row(stripped, extra_patterns)
        if kept and _CLOSING.fullmatch(stripped):  # a wrapped sentence's last stop
            kept[-1] += stripped
            continue
        if (
            not _WORD.search(stripped)  # a lone "-" or ">": no text
            or clutter_rule(stripped)
            or any(p.search(stripped) for p in extra_patterns)
        ):
            continue
        kept.append(TRAILING_NOTE.sub("", stripped))
    return kept


def cut_leader(lines: list[str], is_link: Callable[[str], bool]) -> list[str]:
    """The lines without a leader before the essay's first sentence: table rows and the
    titles of the page's links (an e-paper's title navigation, a tool bar in a table)."""
    start = 0
    for line in lines:
        if len(line) >= TRAILER_LINE and not line.startswith("|"):
            break  # a row of menu cells may run long
        if not is_link(line) and (_SENTENCE_MARK.search(line) or not line.startswith("|")):
            break  # a link title cut off with "…" is still no sentence
        start += 1
    return lines[start:] if start < len(lines) else lines


def cut_trailer(lines: list[str]) -> list[str]:
    """The lines without the page trailer (after hard-wrapped lines are joined again, so the
    last fragment of a wrapped paragraph is part of it, not a short trailer line)."""
    return lines[: trailer_start(lines)]


def first_paragraph(lines: list[str]) -> str | None:
    """The text's first paragraph: a line of 30 characters or more, not furniture nor a
    table's row (an index table of 索引号 and 发布机构 stands above a 政务公开 page's headline)."""
    return next(
        (
            x
            for x in lines
            if len(x.strip()) >= 30 and not x.startswith("|") and not clutter_rule(x)
        ),
        None,
    )
