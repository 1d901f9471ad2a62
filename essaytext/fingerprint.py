"""64-bit simhash fingerprints of normalized essay text."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from .normalize import NOT_WORD, fold_for_fingerprint

FINGERPRINT_BITS = 64
MASK64 = (1 << FINGERPRINT_BITS) - 1
# The fingerprint function's version: an archive built with another is re-fingerprinted.
SCHEME = "ngram-splitmix64-v1/passage-halves"

_FNV_PRIME = np.uint64(0x100000001B3)
_MIX_1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX_2 = np.uint64(0x94D049BB133111EB)


def ngram_hashes(normalized: str, n: int) -> npt.NDArray[np.uint64]:
    """64-bit hashes of every character n-gram of a text (of the whole text when shorter).

    FNV-1a over the n code points, then the splitmix64 finalizer so every output bit
    depends on every input bit: computed for all n-grams at once, in numpy.
    """
    codes = np.frombuffer(normalized.encode("utf-32-le"), dtype="<u4").astype(np.uint64)
    n = min(n, len(codes))
    count = len(codes) - n + 1
    h = np.full(count, 0xCBF29CE484222325, dtype=np.uint64)
    for j in range(n):
        h ^= codes[j : j + count]
        h *= _FNV_PRIME
    h ^= h >> np.uint64(30)
    h *= _MIX_1
    h ^= h >> np.uint64(27)
    h *= _MIX_2
    h ^= h >> np.uint64(31)
    return h


def simhash_of_normalized(normalized: str, n: int) -> int:
    """64-bit simhash of a normalized text's character n-grams, each weighted by its count.

    Bit i is set when more than half of the n-gram occurrences have bit i set in their hash
    (Charikar's simhash with unit weights per occurrence, as `simhash.Simhash` with counts).
    """
    if not normalized:
        return 0
    hashes = ngram_hashes(normalized, n)
    bits = np.unpackbits(hashes.astype("<u8").view(np.uint8), bitorder="little")
    ones = bits.reshape(-1, FINGERPRINT_BITS).sum(axis=0, dtype=np.int64)
    majority = np.packbits(ones * 2 > len(hashes), bitorder="little")
    return int.from_bytes(majority.tobytes(), "little")


def fingerprint(text: str, n: int) -> int:
    """64-bit simhash of a text after normalization (traditional folds to simplified)."""
    return fingerprints(text, n).simhash


def hamming(a: int, b: int) -> int:
    """Number of differing bits between two 64-bit fingerprints."""
    return (a ^ b).bit_count()


def to_hex(value: int) -> str:
    """16 lowercase hex digits, the export form of a fingerprint."""
    return f"{value & MASK64:016x}"


# Passages: the clauses between sentence and clause punctuation. Short enough that a typo
# spoils few of them (a 1% typo rate leaves about 3 in 4 intact, whole sentences about 2
# in 5), long enough to identify a text: 10 normalized characters, not 好的 or 综上所述.
MIN_PASSAGE = 10
# Not line breaks: a hard-wrapped copy breaks lines mid-sentence. After NFKC "," and "."
# also split half-width copies.
_PASSAGE_END = re.compile(r"[。！？!?；;.，,、：:]+")


Passage = tuple[int, int]


def _signed_hash(text: str) -> int:
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


@dataclass(frozen=True)
class Fingerprints:
    """What the archive matches an essay by: its simhash and its passages' half hashes."""

    simhash: int
    passages: tuple[Passage, ...]


def fingerprints(text: str, n: int) -> Fingerprints:
    """Simhash of the character n-grams and the passage keys, from one normalization."""
    folded = fold_for_fingerprint(text)
    return Fingerprints(
        simhash=simhash_of_normalized(NOT_WORD.sub("", folded), n),
        passages=tuple(_passage_keys(folded)),
    )


def passage_keys(text: str) -> list[Passage]:
    """(head, tail) signed 64-bit hashes of each distinct normalized passage of a text."""
    return _passage_keys(fold_for_fingerprint(text))


def _passage_keys(folded: str) -> list[Passage]:
    """(head, tail) signed 64-bit hashes of each distinct normalized passage of a folded text.

    Passages survive what moves a simhash: a dropped paragraph, truncation, an added
    editor's note, or the essay sitting inside a longer page. Each half is hashed on its
    own and a passage counts as shared when either half is found: a typo, or a character
    two scripts fold differently, spoils one half, rarely both (at a 3% typo rate 80% or
    more of an essay's passages still match; whole passages, about 40%).
    """
    keys: dict[str, Passage] = {}
    for passage in _PASSAGE_END.split(folded):
        normalized = NOT_WORD.sub("", passage)
        if len(normalized) >= MIN_PASSAGE and normalized not in keys:
            middle = len(normalized) // 2
            keys[normalized] = (
                _signed_hash(normalized[:middle]),
                _signed_hash(normalized[middle:]),
            )
    return list(keys.values())


def passage_hashes(keys: Sequence[Passage]) -> set[int]:
    """The half hashes a document's passages are indexed under."""
    return {half for key in keys for half in key}


def shared_passages(keys: Sequence[Passage], found: set[int]) -> int:
    """How many of a document's passages have a half among `found` hashes."""
    return sum(head in found or tail in found for head, tail in keys)
