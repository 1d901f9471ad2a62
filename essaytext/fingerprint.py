"""64-bit simhash fingerprints of normalized essay text."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter

from simhash import Simhash

from .normalize import normalize

FINGERPRINT_BITS = 64
MASK64 = (1 << FINGERPRINT_BITS) - 1


def shingles(normalized: str, n: int) -> Counter[str]:
    """Count the character n-grams of a normalized text (the whole text when shorter than n)."""
    if len(normalized) <= n:
        return Counter([normalized]) if normalized else Counter()
    return Counter(normalized[i : i + n] for i in range(len(normalized) - n + 1))


def simhash_of_normalized(normalized: str, n: int) -> int:
    """64-bit simhash of a normalized text's weighted character n-grams."""
    features = shingles(normalized, n)
    if not features:
        return 0
    return int(Simhash(list(features.items()), f=FINGERPRINT_BITS).value) & MASK64


def fingerprint(text: str, n: int) -> int:
    """64-bit simhash of a text after normalization (traditional folds to simplified)."""
    return simhash_of_normalized(normalize(text), n)


def hamming(a: int, b: int) -> int:
    """Number of differing bits between two 64-bit fingerprints."""
    return (a ^ b).bit_count()


def to_hex(value: int) -> str:
    """16 lowercase hex digits, the export form of a fingerprint."""
    return f"{value & MASK64:016x}"


# Sentences shorter than this (normalized) are too common to identify a text: 好的, 综上所述.
MIN_SENTENCE = 12
# Not line breaks: a hard-wrapped copy breaks lines mid-sentence. "." after NFKC: half-width copies.
_SENTENCE_END = re.compile(r"[。！？!?；;.]+")


def sentence_hashes(text: str) -> frozenset[int]:
    """Signed 64-bit hashes of a text's normalized sentences, for partial-copy detection.

    Sentences survive what moves a simhash: a dropped paragraph, truncation, an added
    editor's note, or the essay sitting inside a longer page.
    """
    hashes = set()
    for sentence in _SENTENCE_END.split(unicodedata.normalize("NFKC", text)):
        normalized = normalize(sentence)
        if len(normalized) >= MIN_SENTENCE:
            digest = hashlib.blake2b(normalized.encode("utf-8"), digest_size=8).digest()
            hashes.add(int.from_bytes(digest, "big", signed=True))
    return frozenset(hashes)
