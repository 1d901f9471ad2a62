from __future__ import annotations

import itertools
from collections import Counter

import opencc

from essaytext.fingerprint import (
    MASK64,
    fingerprint,
    hamming,
    ngram_hashes,
    passage_hashes,
    passage_keys,
    shared_passages,
    simhash_of_normalized,
    to_hex,
)
from essaytext.normalize import normalize

NGRAM, THRESHOLD = 4, 12


def _reference_hash(gram: str) -> int:
    """FNV-1a over code points, then splitmix64's finalizer: one n-gram at a time, in Python."""
    h = 0xCBF29CE484222325
    for char in gram:
        h = ((h ^ ord(char)) * 0x100000001B3) & MASK64
    h = ((h ^ (h >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
    h = ((h ^ (h >> 27)) * 0x94D049BB133111EB) & MASK64
    return h ^ (h >> 31)


def _reference_simhash(normalized: str, n: int) -> int:
    grams = Counter(normalized[i : i + n] for i in range(max(len(normalized) - n + 1, 1)))
    total = sum(grams.values())
    value = 0
    for bit in range(64):
        ones = sum(count for gram, count in grams.items() if _reference_hash(gram) >> bit & 1)
        value |= (ones * 2 > total) << bit
    return value


def test_vectorized_hashes_match_the_one_gram_at_a_time_reference() -> None:
    text = "中文abc，𠀀混合"  # a character outside the BMP too
    assert [int(h) for h in ngram_hashes(text, 3)] == [
        _reference_hash(text[i : i + 3]) for i in range(len(text) - 2)
    ]
    assert [int(h) for h in ngram_hashes("短", 4)] == [_reference_hash("短")]


def test_simhash_is_the_count_weighted_majority_of_ngram_hash_bits(essays) -> None:
    for text in ("abcab", normalize(essays["jidian-sikao"].text)[:300]):
        assert simhash_of_normalized(text, NGRAM) == _reference_simhash(text, NGRAM)


def test_ngram_hash_bits_are_balanced(essays) -> None:
    hashes = [int(h) for e in essays.values() for h in ngram_hashes(normalize(e.text), NGRAM)]
    assert len(hashes) > 10_000
    for bit in range(64):
        share = sum(h >> bit & 1 for h in hashes) / len(hashes)
        assert 0.47 < share < 0.53, (bit, share)


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


def test_passages_are_clauses_of_ten_or_more_normalized_characters() -> None:
    keys = passage_keys("坚持党的全面领导不动摇，好的。推進國有企業高質量發展！ＡＢＣ")
    assert len(keys) == 2  # 好的 and ABC are too short to identify a text
    assert keys[1] == passage_keys("推进国有企业高质量发展")[0]  # folded to simplified


def test_a_typo_spoils_one_half_of_a_passage_not_both() -> None:
    original = passage_keys("国有企业党建工作与生产经营深度融合。")
    head_typo = passage_keys("国有企叶党建工作与生产经营深度融合。")
    both_typos = passage_keys("国有企叶党建工作与生产经莹深度融合。")
    assert shared_passages(head_typo, passage_hashes(original)) == 1
    assert shared_passages(both_typos, passage_hashes(original)) == 0
