"""The demo blog's reposts are the kinds of copy demo/reposts.py says they are."""

from __future__ import annotations

from archive.passages import judge
from archive.records import Verdict
from crawler.settings import SIMHASH_NGRAM, SIMHASH_THRESHOLD
from demo import reposts
from demo.essays import Essay, load_essays
from essaytext.fingerprint import fingerprints, hamming, passage_hashes, shared_passages

ESSAYS = load_essays()


def _compare(original: Essay, repost: Essay) -> tuple[int, Verdict | None]:
    """Simhash distance, and what passage overlap says of the repost against the original."""
    ours, theirs = (
        fingerprints(repost.text, SIMHASH_NGRAM),
        fingerprints(original.text, SIMHASH_NGRAM),
    )
    shared = shared_passages(ours.passages, passage_hashes(theirs.passages))
    verdict = judge(shared / len(ours.passages), shared / len(theirs.passages))
    return hamming(ours.simhash, theirs.simhash), verdict


def test_a_retitled_repost_is_a_near_copy() -> None:
    essay = ESSAYS["jidian-sikao"]
    distance, verdict = _compare(essay, reposts.retitled(essay, "另一个标题"))
    assert 0 < distance <= SIMHASH_THRESHOLD and verdict is Verdict.COPY


def test_a_trimmed_repost_is_further_but_within_the_threshold() -> None:
    essay = ESSAYS["tongzhan-dongguashan"]
    distance, verdict = _compare(essay, reposts.trimmed(essay, 1))
    assert 2 < distance <= SIMHASH_THRESHOLD and verdict is Verdict.COPY


def test_a_repost_cut_short_is_beyond_simhash_and_found_by_its_passages() -> None:
    essay = ESSAYS["zhengjiguan-xingdong"]
    distance, verdict = _compare(essay, reposts.cut(essay, 8))
    assert distance > SIMHASH_THRESHOLD and verdict is Verdict.COPY


def test_an_excerpt_is_contained_not_a_copy() -> None:
    essay = ESSAYS["ronghe-lujing"]
    distance, verdict = _compare(essay, reposts.excerpt(essay, "摘编", 0.35))
    assert distance > SIMHASH_THRESHOLD and verdict is Verdict.CONTAINED
