"""Full-text search that works for Chinese: an FTS5 index of character bigrams.

SQLite's default tokenizer keeps a run of Han characters as one token, and `trigram`
finds nothing for a 2-character word (政绩, 党建). Here each document's normalized text
(the fingerprints' form: simplified script, lower case, letters and digits only; see
`essaytext.normalize`) is indexed as its overlapping bigrams, and a query is mapped
through the same function into a phrase of its bigrams: a document matches exactly when
its normalized text contains the normalized query, in either script. A 1-character query
has no bigram; it falls back to a scan of the stored text for every character that
normalizes to it (both scripts), stopped at the result limit.

The table (`FTS_TABLE`) is kept by `archive/search_index.py`.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from unicodedata import is_normalized

import numpy as np

from essaytext.normalize import PINYIN_ANNOTATION, has_traditional, normalize

FTS_TABLE = "documents_fts"
T2S_TABLE = resources.files("opencc") / "dictionary" / "TSCharacters.txt"  # as normalize reads it
# bm25 reads each phrase's matches in the whole archive (its weight), and every match's
# positions and length: over 5,000 matches (before --site or --canonical-only) that takes
# longer than a search should, for a word that says little about which document is best.
# Such a query lists the latest archived first.
RANKED_AT_MOST = 5000
MARK = ("【", "】")  # around the match in a snippet
SNIPPET_CONTEXT = 30  # characters of the stored text on each side of the match
# What normalization drops between two characters: punctuation, spaces, pinyin notes.
_SKIPPED = rf"(?:[\W_]|{PINYIN_ANNOTATION.pattern})*"


@dataclass(frozen=True)
class Hit:
    """One document found: where it is, its cluster, and a snippet around the match."""

    document_id: int
    url: str
    title: str | None
    site: str
    published: str | None
    cluster: int
    snippet: str
    rank: float  # bm25, lower is better; 0.0 when not ranked (see `search`)


def has_index(conn: sqlite3.Connection) -> bool:
    """Whether the archive has its search table (a read-only open of an old one may not)."""
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (FTS_TABLE,))
    return found.fetchone() is not None


def bigrams(text: str) -> str:
    """The overlapping character bigrams of the normalized text, space-separated (as indexed).

    Made as an array of code points (each bigram's two and a space): 8 times faster than
    joining slices, which counts when a migration indexes a whole archive."""
    codes = np.frombuffer(normalize(text).encode("utf-32-le"), dtype=np.uint32)
    if len(codes) < 2:
        return ""
    triples = np.empty((len(codes) - 1, 3), dtype=np.uint32)
    triples[:, 0], triples[:, 1], triples[:, 2] = codes[:-1], codes[1:], ord(" ")
    return triples.reshape(-1)[:-1].tobytes().decode("utf-32-le")


def _words(query: str) -> list[str]:
    """The query's words (split on spaces), each normalized; words that normalize to nothing go."""
    return [word for word in map(normalize, query.split()) if word]


def match_expression(query: str) -> str | None:
    """The FTS5 MATCH string for a query: each word of 2 or more characters (normalized)
    as a phrase of its bigrams, all of them required; None when there is no such word."""
    phrases = [f'"{bigrams(word)}"' for word in _words(query) if len(word) >= 2]
    return " AND ".join(phrases) or None


def where_matching(query: str) -> tuple[str, list[object]]:
    """An SQL condition on `d` (`FROM documents d`) for the documents matching the query,
    and its parameters: the FTS table for words of 2+ characters, a scan of the stored text
    for each form of a 1-character word (both scripts). ValueError for a query without a
    letter or digit."""
    words = _words(query)
    expression = match_expression(query)
    fts = (
        [f"d.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)"] if expression else []
    )
    scans, params = _single_characters(words)
    return " AND ".join(fts + scans), ([expression] if expression else []) + params


def _single_characters(words: list[str]) -> tuple[list[str], list[object]]:
    """Conditions for the 1-character words: the stored text holds one of its forms."""
    if not words:
        raise ValueError("the query has no letter or digit to search for")
    conditions: list[str] = []
    params: list[object] = []
    for word in words:
        if len(word) == 1:
            forms = sorted(variants(word))
            conditions.append("(" + " OR ".join(["instr(d.text, ?)"] * len(forms)) + ")")
            params.extend(forms)
    return conditions, params


@lru_cache(maxsize=1)
def _normalized_from() -> dict[str, frozenset[str]]:
    """For each character, the others whose normalized form holds it: its traditional forms,
    upper case, full-width and compatibility forms (about 0.1 s, for 1-character queries)."""
    found: dict[str, set[str]] = {}
    for code in (*range(0x20, 0xD800), *range(0xE000, 0x30000)):
        char = chr(code)
        if has_traditional(char) or char.lower() != char or not is_normalized("NFKC", char):
            for norm in set(normalize(char)):
                found.setdefault(norm, set()).add(char)
    return {norm: frozenset(chars) for norm, chars in found.items()}


def variants(char: str) -> frozenset[str]:
    """The characters whose normalized form holds `char` (itself included)."""
    return _normalized_from().get(char, frozenset()) | {char}


def search(
    conn: sqlite3.Connection,
    query: str,
    *,
    site: str | None = None,
    canonical_only: bool = False,
    limit: int = 20,
) -> list[Hit]:
    """The documents matching the query, best first (bm25); the latest archived first when
    more than RANKED_AT_MOST match, and for 1-character queries (their rank is then 0.0).

    ValueError for a query without a letter or digit."""
    words = _words(query)
    expression = match_expression(query)
    conditions, params = _single_characters(words)
    source = "documents d"
    if expression is not None:  # the index drives the join, never a scan of documents
        source = f"{FTS_TABLE} f CROSS JOIN documents d ON d.id = f.rowid"
        conditions.insert(0, f"{FTS_TABLE} MATCH ?")
        params.insert(0, expression)
    if canonical_only:
        source += " JOIN clusters c ON c.id = d.cluster AND c.canonical_id = d.id"
    if site is not None:
        conditions.append("(d.site = ? OR d.source = ?)")
        params.extend((site, site))
    order = "d.id DESC"
    if expression is not None:  # bm25 weighs each phrase by its matches in the whole archive
        many = conn.execute(
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? LIMIT 1 OFFSET ?",
            (expression, RANKED_AT_MOST),
        ).fetchone()
        order = "f.rowid DESC" if many else "f.rank"
    rows = conn.execute(
        "SELECT d.id, d.url, d.title, d.site, d.published, d.cluster, d.text, "
        + ("f.rank" if order == "f.rank" else "0.0")
        + f" FROM {source} WHERE {' AND '.join(conditions)} ORDER BY {order} LIMIT ?",
        [*params, limit],
    )
    return [
        Hit(doc_id, url, title, host, published, cluster, snippet(text, words), rank)
        for doc_id, url, title, host, published, cluster, text, rank in rows
    ]


def snippet(text: str, words: list[str]) -> str:
    """The stored text (its own script) around the first of the normalized words found in
    it, marked; the text's start when none is found as it stands (a rare form)."""
    for word in words:
        found = _pattern(word).search(text)
        if found:
            start, end = found.span()
            return _oneline(
                ("…" if start > SNIPPET_CONTEXT else "")
                + text[max(0, start - SNIPPET_CONTEXT) : start]
                + f"{MARK[0]}{text[start:end]}{MARK[1]}"
                + text[end : end + SNIPPET_CONTEXT]
                + ("…" if end + SNIPPET_CONTEXT < len(text) else "")
            )
    return _oneline(text[: 2 * SNIPPET_CONTEXT]) + ("…" if len(text) > 2 * SNIPPET_CONTEXT else "")


@lru_cache(maxsize=64)
def _pattern(word: str) -> re.Pattern[str]:
    """A normalized word as it may stand in a stored text: each character in either script,
    upper case or full-width, with punctuation, spaces or pinyin notes between them."""
    classes = []
    for char in word:
        forms = {char, char.upper(), *_traditional_forms().get(char, "")}
        forms |= {chr(ord(form) + 0xFEE0) for form in forms if form.isascii()}  # full-width
        classes.append("[" + "".join(map(re.escape, sorted(forms))) + "]")
    return re.compile(_SKIPPED.join(classes))


@lru_cache(maxsize=1)
def _traditional_forms() -> dict[str, str]:
    """Each simplified character's traditional forms: OpenCC's t2s character table, inverted."""
    forms: dict[str, str] = {}
    for line in T2S_TABLE.read_text(encoding="utf-8").splitlines():
        if line.strip():
            char, candidates = line.split("\t", 1)
            simplified = candidates.split()[0]
            forms[simplified] = forms.get(simplified, "") + char
    return forms


def _oneline(text: str) -> str:
    return " ".join(text.split())
