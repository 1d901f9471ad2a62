"""What `match` reads: the text the user holds, from a text file, a saved page or a URL
fetched once, cut into the texts to match (one per essay of a compilation page)."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from dataclasses import dataclass
from http.client import HTTPException
from pathlib import Path

from crawler.settings import DOWNLOAD_TIMEOUT, ESSAYS_MAX_PAGE_BYTES, USER_AGENT
from essaytext.essay import essay_url
from essaytext.pdf import is_pdf

# A saved page: markup of an HTML page or fragment near its start (any "<" and a letter,
# the crawl's rule for text/plain responses, is too common in binary files).
_MARKUP = re.compile(
    rb"<(?:!doctype|html|head|meta|title|body|div|p|article|section|h[1-6])\b", re.I
)
# Encodings a text file is read in, in order: GB18030 decodes most byte strings, UTF-8 few.
TEXT_ENCODINGS = ("utf-8-sig", "gb18030")
# A text file's head: at most this many lines of at most this many characters, none
# ending a sentence (a title, a subtitle, a byline, a date, a source).
MAX_HEAD_LINES = 6
HEAD_LINE = 80
_SENTENCE_END = re.compile(r"[。！？!?…]$")
# Control characters no text file holds: bytes that decode (GB18030 decodes most) are binary.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_TITLE_KEY = re.compile(r"^(?:title|标题|題目|题目)\s*[:：]\s*", re.IGNORECASE)  # "title: …"


class MatchError(Exception):
    """The input cannot be matched: its one-line message says why."""


@dataclass(frozen=True)
class Text:
    """One text to match: where it came from, its title (if known) and the text itself."""

    source: str  # the file or URL, with #essay-N for one essay of a compilation page
    title: str | None
    text: str


def read_texts(source: str, *, min_chars: int) -> list[Text]:
    """The texts to match: a text file's essay (its head lines aside), or each essay the
    crawl's extraction finds on a saved page or a fetched URL."""
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", source):
        if not source.lower().startswith(("http://", "https://")):
            raise MatchError(f"{source}: only http and https URLs can be fetched")
        body, url, charset = fetch(source)
        return page_texts(body, url, charset, source=url, min_chars=min_chars)
    path = Path(source)
    try:
        body = path.read_bytes()
    except FileNotFoundError:
        raise MatchError(f"no file {source}") from None
    except IsADirectoryError:
        raise MatchError(f"{source} is a directory, not a file") from None
    except OSError as exc:
        raise MatchError(f"cannot read {source}: {exc.strerror or exc}") from None
    if not body.strip():
        raise MatchError(f"{source} is empty")
    if is_pdf(body) or _MARKUP.search(body[:5000]):
        return page_texts(body, path.absolute().as_uri(), None, source=source, min_chars=min_chars)
    head, text = split_head(decode_text(body, source))
    if len(text) < min_chars:
        raise MatchError(
            f"{source} is too short to match: {len(text)} characters "
            f"(the crawl archives essays of {min_chars} or more)"
        )
    return [Text(source, _TITLE_KEY.sub("", head[0]) if head else None, text)]


def split_head(text: str) -> tuple[list[str], str]:
    """A text file's head lines (title, byline, date: short, not sentences) and its essay.

    The head is left out as a page's headline is: the crawl archives an essay's body, and
    a title line and a date would move the fingerprint by a few bits.
    """
    lines = [line.strip() for line in text.strip().splitlines()]
    head: list[str] = []
    for number, line in enumerate(lines):
        if len(line) > HEAD_LINE or _SENTENCE_END.search(line):
            if len(head) > MAX_HEAD_LINES:
                break
            return head, "\n".join(lines[number:])
        if line:
            head.append(line)
    return [], "\n".join(lines)  # short lines only, or too many: all of it is the text


def decode_text(body: bytes, source: str) -> str:
    """A text file's text, in UTF-8 or else GB18030; anything else (or binary) is refused."""
    for encoding in TEXT_ENCODINGS:
        try:
            text = body.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _CONTROL.search(text):
            return text
    raise MatchError(f"{source} is not UTF-8 or GB18030 text")


def fetch(url: str) -> tuple[bytes, str, str | None]:
    """One GET as the crawl identifies itself: (body, URL after redirects, header charset)."""
    try:
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        with urllib.request.urlopen(request, timeout=DOWNLOAD_TIMEOUT) as response:
            body = response.read(ESSAYS_MAX_PAGE_BYTES + 1)
            final, charset = response.geturl(), response.headers.get_content_charset()
    except urllib.error.HTTPError as exc:
        raise MatchError(f"cannot fetch {url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise MatchError(f"cannot fetch {url}: {exc.reason}") from None
    except (OSError, ValueError, HTTPException) as exc:
        raise MatchError(f"cannot fetch {url}: {exc}") from None
    if len(body) > ESSAYS_MAX_PAGE_BYTES:
        raise MatchError(f"cannot fetch {url}: larger than {ESSAYS_MAX_PAGE_BYTES} bytes")
    if not body.strip():
        raise MatchError(f"{url} is empty")
    return body, final, charset


def page_texts(
    body: bytes, url: str, charset: str | None, *, source: str, min_chars: int
) -> list[Text]:
    """Each essay the crawl's own extraction finds on a page (several on a compilation)."""
    try:
        from essaytext.page import examine  # the extraction stack: only for a page

        found = examine(body, url, header_charset=charset, min_chars=min_chars)
    except ValueError as exc:  # a broken PDF
        raise MatchError(f"cannot read {source}: {exc}") from None
    if not found.essays:
        raise MatchError(f"{source}: no essay on the page ({found.kind}: {found.why})")
    return [Text(essay_url(source, essay), essay.title, essay.text) for essay in found.essays]
