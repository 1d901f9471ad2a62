"""Full-text search for Chinese (archive/search.py, `python -m archive search`).

Every result set is checked against a `LIKE` scan over the normalized texts: the
definition of a match is "the normalized text contains each normalized word".
"""

from __future__ import annotations

import json
import random
import re
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import opencc
import pytest
from click.testing import CliRunner

from archive import Archive, Page
from archive.cli import cli
from archive.search import FTS_TABLE, bigrams, match_expression, search, where_matching
from demo.essays import Essay as DemoEssay
from essaytext.essay import Essay
from essaytext.fingerprint import Fingerprints, fingerprints
from essaytext.normalize import detect_script, normalize, to_simplified

DATA = Path(__file__).parent / "data"
S2T = opencc.OpenCC("s2t")
NEWS, TAIWAN = "news.example", "tw.example"


def page(url: str, site: str) -> Page:
    return Page(url, site, "2026-01-01T00:00:00+00:00", site)


def essay(text: str, title: str, published: str, simhash: int | None = None) -> Essay:
    """An essay with its real fingerprints, or a given simhash and no passages (fast)."""
    prints = fingerprints(text, 4) if simhash is None else Fingerprints(simhash, ())
    return Essay(title, None, published, text, detect_script(text), fingerprints=prints)


class LikeScan:
    """The documents whose normalized text contains every normalized word: a LIKE scan
    over a table of the archive's texts, normalized."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.scan = sqlite3.connect(":memory:")
        self.scan.execute("CREATE TABLE norm (id INTEGER PRIMARY KEY, text TEXT)")
        self.scan.executemany(
            "INSERT INTO norm VALUES (?, ?)",
            ((i, normalize(t)) for i, t in conn.execute("SELECT id, text FROM documents")),
        )

    def __call__(self, query: str) -> set[int]:
        words = [w for w in map(normalize, query.split()) if w]
        where = " AND ".join(["text LIKE ?"] * len(words))
        return {
            i
            for (i,) in self.scan.execute(
                f"SELECT id FROM norm WHERE {where}", [f"%{w}%" for w in words]
            )
        }


def like_scan(conn: sqlite3.Connection, query: str) -> set[int]:
    return LikeScan(conn)(query)


def found_by_search(conn: sqlite3.Connection, query: str) -> set[int]:
    return {hit.document_id for hit in search(conn, query, limit=10**6)}


def found_by_condition(conn: sqlite3.Connection, query: str) -> set[int]:
    condition, params = where_matching(query)
    return {i for (i,) in conn.execute(f"SELECT d.id FROM documents d WHERE {condition}", params)}


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["search", *args])
    return result.exit_code, result.output


# --- the mapping ---


def test_bigrams_fold_script_case_and_punctuation() -> None:
    assert bigrams("政績觀，引領 AB") == "政绩 绩观 观引 引领 领a ab"
    assert bigrams("党") == "" and bigrams("") == ""
    assert match_expression("政績觀") == '"政绩 绩观"'
    assert match_expression("政绩 党建") == '"政绩" AND "党建"'
    assert match_expression("党") is None and match_expression("，。") is None


# --- a small archive: each bundled essay simplified, and its traditional copy ---


@pytest.fixture(scope="module")
def essay_archive(tmp_path_factory: pytest.TempPathFactory, essays: dict[str, DemoEssay]) -> Path:
    db = tmp_path_factory.mktemp("search") / "essays.db"
    converter = opencc.OpenCC("t2s")
    with Archive(db) as archive:
        for n, (slug, item) in enumerate(sorted(essays.items()), 1):
            simplified = converter.convert(item.text)
            archive.add(
                page(f"http://{NEWS}/{slug}", NEWS),
                essay(simplified, converter.convert(item.title), f"2025-01-{n:02d}"),
            )
            archive.add(
                page(f"http://{TAIWAN}/{slug}", TAIWAN),
                essay(S2T.convert(simplified), S2T.convert(item.title), f"2025-02-{n:02d}"),
            )
    return db


@pytest.fixture
def conn(essay_archive: Path) -> Iterator[sqlite3.Connection]:
    with Archive(essay_archive, readonly=True) as archive:
        yield archive.conn


@pytest.mark.parametrize(
    "query", ["政绩", "政績", "党建", "黨建", "国有企业", "國有企業", "政绩 党建"]
)
def test_either_script_finds_both_copies(conn: sqlite3.Connection, query: str) -> None:
    hits = search(conn, query, limit=100)
    sites = {hit.site for hit in hits}
    assert sites == {NEWS, TAIWAN}
    assert {hit.document_id for hit in hits} == like_scan(conn, query)
    for hit in hits:  # the snippet is the stored text's own script, the match marked
        marked = re.search("【(.+?)】", hit.snippet)
        assert marked is not None and normalize(marked.group(1)) == normalize(query.split()[0])
        assert (marked.group(1) != to_simplified(marked.group(1))) == (hit.site == TAIWAN)
    ranks = [hit.rank for hit in hits]
    assert ranks == sorted(ranks)  # bm25: lower is better


@pytest.mark.parametrize("query", ["党", "黨", "观", "觀", "绩", "1", "党 政绩"])
def test_one_character_queries(conn: sqlite3.Connection, query: str) -> None:
    expected = like_scan(conn, query)
    assert expected and found_by_search(conn, query) == expected
    assert found_by_condition(conn, query) == expected


@pytest.mark.parametrize("query", ["量子纠缠", "鑫", "政绩 量子"])
def test_no_match(conn: sqlite3.Connection, essay_archive: Path, query: str) -> None:
    assert found_by_search(conn, query) == set() == found_by_condition(conn, query)
    code, output = run("--db", str(essay_archive), query)
    assert code == 0 and f"no document matches {query!r}" in output


def test_command_options(essay_archive: Path, conn: sqlite3.Connection) -> None:
    db = str(essay_archive)
    code, output = run("--db", db, "政绩观", "--json", "--limit", "100")
    every = [json.loads(line) for line in output.splitlines()]
    assert code == 0 and len(every) == len(like_scan(conn, "政绩观")) > 2
    assert set(every[0]) == {
        "document_id",
        "url",
        "title",
        "site",
        "published",
        "cluster",
        "snippet",
        "rank",
    }
    _, limited = run("--db", db, "政绩观", "--json", "--limit", "2")
    assert [json.loads(line) for line in limited.splitlines()] == every[:2]
    _, taiwan = run("--db", db, "政绩观", "--json", "--site", TAIWAN)
    assert [hit["url"] for hit in map(json.loads, taiwan.splitlines())] == [
        hit["url"] for hit in every if hit["site"] == TAIWAN
    ]
    _, canonical = run("--db", db, "政绩观", "--json", "--canonical-only")
    canonical_ids = {i for (i,) in conn.execute("SELECT canonical_id FROM clusters")}
    expected = [hit["url"] for hit in every if hit["document_id"] in canonical_ids]
    assert [hit["url"] for hit in map(json.loads, canonical.splitlines())] == expected
    assert len(expected) < len(every)  # the traditional copies are in their clusters
    code, text = run("--db", db, "政绩观", "--limit", "1")
    title, url, snippet = text.splitlines()
    assert code == 0 and every[0]["url"] == url.strip() and "【政绩观】" in snippet
    assert title.startswith(f"{every[0]['title']}  [{every[0]['site']}, {every[0]['published']}")


def test_many_matches_come_latest_first(
    conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    every = {hit.document_id: hit for hit in search(conn, "国有企业", limit=100)}
    assert all(hit.rank < 0 for hit in every.values())  # ranked: fewer than RANKED_AT_MOST
    monkeypatch.setattr("archive.search.RANKED_AT_MOST", 4)
    for site in (None, TAIWAN):  # more than 4 match, before the site is chosen
        matching = sorted((i for i, hit in every.items() if site in (None, hit.site)), reverse=True)
        hits = search(conn, "国有企业", site=site, limit=3)
        assert len(every) > 4 and [hit.document_id for hit in hits] == matching[:3]
        assert all(hit.rank == 0.0 for hit in hits)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["，。"], "no letter or digit"),
        (["政绩", "--limit", "0"], "--limit"),
        (["x", "--db", "/nonexistent.db"], ""),
    ],
)
def test_bad_input_is_one_line(essay_archive: Path, args: list[str], message: str) -> None:
    code, output = run("--db", str(essay_archive), *args)
    assert code != 0 and "Traceback" not in output and message in output


# --- keeping the index in step ---


def check_index(db: Path, queries: list[str]) -> None:
    """Each query finds what a LIKE scan finds (a stale entry, or a missing one, would show)."""
    with Archive(db, readonly=True) as archive:
        scan = LikeScan(archive.conn)
        for query in queries:
            assert found_by_search(archive.conn, query) == scan(query), query


def test_a_changed_document_is_indexed_again(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        archive.add(
            page("http://a/1", NEWS), essay("坚持党的领导，树立正确政绩观。", "甲", "2025-01-01", 1)
        )
        archive.add(page("http://a/2", NEWS), essay("國企黨建工作。", "乙", "2025-01-02", 2**40))
    with Archive(db) as archive:  # the page changed: the old words go, the new ones come
        archive.add(page("http://a/1", NEWS), essay("深化國有企業改革。", "甲", "2025-01-01", 1))
    check_index(db, ["政绩", "党", "国有企业", "改革", "党建", "国企"])
    with Archive(db, readonly=True) as archive:
        assert found_by_search(archive.conn, "政绩观") == set()
        assert found_by_search(archive.conn, "国有企业") == {1}


def test_reprocess_keeps_the_index_in_step(tmp_path: Path) -> None:
    db = tmp_path / "old.db"  # its extraction kept mojibake and a third of an essay
    shutil.copy(DATA / "archive-pre10.db", db)
    with Archive(db) as archive:  # the migration builds the index from the old texts
        before = dict(archive.conn.execute("SELECT id, text FROM documents"))
    result = CliRunner().invoke(cli, ["reprocess", "--db", str(db)])
    assert result.exit_code == 0, result.output
    with Archive(db, readonly=True) as archive:
        after = dict(archive.conn.execute("SELECT id, text FROM documents"))
    changed = [i for i in before if before[i] != after.get(i)]
    assert changed, "reprocess changed no text: this test checks nothing"
    words = {normalize(before[i])[k : k + n] for i in changed for k in (0, 40, 200) for n in (2, 4)}
    check_index(db, sorted(words))


def test_migration_builds_the_index_of_an_old_archive(tmp_path: Path) -> None:
    for name in ("archive-schema3.db", "archive-pre10.db"):
        db = tmp_path / name
        shutil.copy(DATA / name, db)
        code, output = run("--db", str(db), "国有企业")  # read-only: no index yet, and said so
        assert code == 1 and "--build-index" in output and len(output.strip().splitlines()) == 1
        code, output = run("--db", str(db), "--build-index", "国有企业", "--json")
        assert code == 0 and output
        check_index(db, ["国有企业", "政绩", "國企", "党", "改革开放"])


def test_index_rebuilt_when_normalization_changes(essay_archive: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(essay_archive, db)
    with Archive(db) as archive:
        archive.conn.execute("UPDATE meta SET value = 'older' WHERE key = 'search_index'")
        archive.conn.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('delete-all')")
    with Archive(db) as archive:
        assert archive.conn.execute(
            "SELECT value FROM meta WHERE key = 'search_index'"
        ).fetchone() != ("older",)
    check_index(db, ["政绩", "国有企业"])


# --- exactly a LIKE scan, on 10,000 documents ---


def texts(essays: dict[str, DemoEssay], count: int, seed: int) -> Iterator[str]:
    """Texts cut from the bundled essays' sentences and recombined; about one in four
    traditional (OpenCC s2t, converted once a sentence), with now and then Latin letters
    and full-width digits."""
    sentences = sorted(
        {
            s
            for e in essays.values()
            for p in e.paragraphs
            for s in re.findall(r"[^。！？]+[。！？]?", p)
        }
    )
    traditional = [S2T.convert(s) for s in sentences]
    extras = ["GDP增长", "ＡＩ时代", "２０２５年", "5G网络", "Ｅ-mail"]
    rng = random.Random(seed)
    for _ in range(count):
        chosen = rng.choices(range(len(sentences)), k=rng.randint(3, 25))
        hant = rng.random() < 0.25
        pool = traditional if hant else sentences
        parts = [pool[i] for i in chosen]
        if rng.random() < 0.1:
            parts.insert(rng.randrange(len(parts)), rng.choice(extras))
        yield "\n".join("".join(parts[i : i + 4]) for i in range(0, len(parts), 4))


@pytest.fixture(scope="module")
def big_archive(tmp_path_factory: pytest.TempPathFactory, essays: dict[str, DemoEssay]) -> Path:
    db = tmp_path_factory.mktemp("search-10k") / "10k.db"
    with Archive(db, batch_size=1000) as archive:
        for n, text in enumerate(texts(essays, 10_000, seed=13)):
            site = f"site{n % 7}.example"
            archive.add(
                page(f"http://{site}/{n}", site),
                essay(
                    text,
                    f"第{n}篇",
                    f"2025-{n % 12 + 1:02d}-01",
                    simhash=random.Random(n).getrandbits(64),
                ),
            )
    return db


def queries(conn: sqlite3.Connection, count: int, seed: int) -> list[str]:
    """Queries of 1 to 6 characters: cut from stored texts (as stored, in either script,
    and normalized) and random characters (mostly found nowhere)."""
    rng = random.Random(seed)
    stored = [t for (t,) in conn.execute("SELECT text FROM documents WHERE id % 50 = 0")]
    chosen = []
    for n in range(count):
        text = rng.choice(stored)
        source = normalize(text) if n % 3 == 0 else text
        length = rng.randint(1, 6)
        start = rng.randrange(max(1, len(source) - length))
        chosen.append(source[start : start + length])
        if n % 4 == 0:
            chosen.append(
                "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(rng.randint(1, 3)))
            )
    return [q for q in chosen if normalize(q)]


def test_search_is_exactly_a_like_scan_at_10k(big_archive: Path) -> None:
    with Archive(big_archive, readonly=True) as archive:
        conn = archive.conn
        assert conn.execute("SELECT COUNT(*) FROM documents").fetchone() == (10_000,)
        lengths, orders = set(), set()
        scan = LikeScan(conn)
        for query in queries(conn, 100, seed=7):
            expected = scan(query)
            assert found_by_condition(conn, query) == expected, query
            hits = search(conn, query, limit=30)  # snippets of thousands of hits would take long
            found = [hit.document_id for hit in hits]
            if hits and hits[0].rank == 0.0:  # not ranked (1 character, or many matches)
                assert found == sorted(expected, reverse=True)[:30], query
            orders.add(hits[0].rank == 0.0 if hits else None)
            assert set(found) <= expected and len(found) == min(30, len(expected)), query
            lengths.add(min(len(normalize(query)), 6))
        assert lengths == set(range(1, 7)) and orders == {True, False, None}
