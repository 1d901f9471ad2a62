from __future__ import annotations

import itertools

import opencc

from essaytext.fingerprint import fingerprint, hamming, shingles, simhash_of_normalized, to_hex

NGRAM, THRESHOLD = 4, 12


def test_shingles_counts_ngrams() -> None:
    assert shingles("abcab", 2) == {"ab": 2, "bc": 1, "ca": 1}
    assert shingles("ab", 4) == {"ab": 1}
    assert not shingles("", 4)


def test_empty_text_has_zero_fingerprint() -> None:
    assert simhash_of_normalized("", NGRAM) == 0


def test_fingerprint_is_64_bit_and_deterministic(essays) -> None:
    text = essays["shuangxiang-ronghe"].text
    value = fingerprint(text, NGRAM)
    assert 0 <= value < 1 << 64
    assert value == fingerprint(text, NGRAM)
    assert len(to_hex(value)) == 16 and to_hex(value) == to_hex(value).lower()


def test_traditional_copy_is_within_threshold(essays) -> None:
    text = essays["shuangxiang-ronghe"].text
    traditional = opencc.OpenCC("s2t").convert(text)
    assert traditional != text
    assert hamming(fingerprint(text, NGRAM), fingerprint(traditional, NGRAM)) <= 1


def test_distinct_essays_on_one_topic_stay_apart(essays) -> None:
    prints = {slug: fingerprint(e.text, NGRAM) for slug, e in essays.items()}
    for a, b in itertools.combinations(prints, 2):
        assert hamming(prints[a], prints[b]) > THRESHOLD, (a, b)


def test_hamming() -> None:
    assert hamming(0, (1 << 64) - 1) == 64
    assert hamming(0b1011, 0b0001) == 2
