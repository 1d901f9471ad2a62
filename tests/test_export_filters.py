"""`python -m archive export` filters: sites, dates, clusters, a query, .jsonl.gz, bad options."""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive import Archive, Page
from archive.cli import cli
from archive.export import Selection, statement
from essaytext.essay import Essay
from essaytext.fingerprint import Fingerprints, passage_keys

A1, B1, B2 = "http://a.cn/1", "http://b.cn:8080/1", "http://b.cn:8080/2"
C1, C2, D1 = "http://c.cn/1", "http://c.cn/2", "http://d.cn/1"
ALL = [A1, B1, B2, C1, C2, D1]
FAR = 0x0F0F_0F0F_0F0F_0F0F  # simhashes of different essays: far apart

# url, site, source, published, first fetched, simhash, text, script
DOCUMENTS = [
    (A1, "a.cn", "qstheory", "2025-06-01", "2026-01-05T10:00:00+00:00", 0, "以正确政绩观引领发展", "hans"),
    (B1, "b.cn:8080", "", "2025-06-30T23:30:00", "2026-01-06T00:30:00+00:00", 0, "以正确政绩观引领发展", "hans"),
    (B2, "b.cn:8080", "", "2025-07-01", "2026-01-07T00:00:00+00:00", FAR, "國企黨建的機制創新", "hant"),
    (C1, "c.cn", "qstheory", None, "2026-01-07T12:00:00+00:00", FAR ^ 1, "国企党建的机制创新", "hans"),
    (C2, "c.cn", "people", "2025-06", "2026-02-01T00:00:00+00:00", ~FAR & (2**64 - 1), "秋天的田野", "hans"),
    (D1, "d.cn", "", "2024-12-31", "2025-12-31T23:59:59+00:00", 0xFFFF_0000_FFFF_0000, "城市的夜晚", "hans"),
]  # fmt: skip


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """The archive of DOCUMENTS, and each document's cluster number as the archive gave it."""
    path = tmp_path_factory.mktemp("filters") / "a.db"
    clusters = {}
    with Archive(path, threshold=3, ngram=4) as archive:
        for url, site, source, published, fetched, simhash, text, script in DOCUMENTS:
            prints = Fingerprints(simhash, tuple(passage_keys(text)))
            essay = Essay("标题", None, published, text, script, fingerprints=prints)
            clusters[url] = archive.add(Page(url, site, fetched, source), essay).cluster
    return path, clusters


def export(db: Path, *options: str) -> list[str]:
    """The urls exported with these options, checking the count line against them."""
    result = CliRunner().invoke(cli, ["export", "--db", str(db), *options])
    assert result.exit_code == 0, result.output
    urls = [json.loads(line)["url"] for line in result.stdout.splitlines()]
    assert result.stderr == f"exported {len(urls)} documents\n"
    return urls


def test_the_clusters_are_as_written(archive: tuple[Path, dict[str, int]]) -> None:
    _, clusters = archive
    assert clusters[A1] == clusters[B1] and clusters[B2] == clusters[C1]
    assert len({clusters[A1], clusters[B2], clusters[C2], clusters[D1]}) == 4


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ((), ALL),
        (("--site", "a.cn"), [A1]),
        (("--site", "b.cn:8080"), [B1, B2]),
        (("--site", "qstheory"), [A1, C1]),  # a sites.toml source
        (("--site", "qstheory", "--site", "d.cn"), [A1, C1, D1]),
        (("--site", "b.cn:8080", "--site", "c.cn"), [B1, B2, C1, C2]),
        # published: a month counts as its first day; no date, left out
        (("--since", "2025-06-01"), [A1, B1, B2, C2]),
        (("--until", "2025-06-30"), [A1, B1, C2, D1]),  # the whole day: B1 at 23:30
        (("--since", "2025-06-02", "--until", "2025-06-30"), [B1]),
        (("--until", "2025-06-30T12:00:00"), [A1, C2, D1]),
        (("--since", "2025-06-30T23:30:00"), [B1, B2]),
        # fetched: when first fetched, in UTC
        (("--by", "fetched", "--since", "2026-01-06", "--until", "2026-01-07"), [B1, B2, C1]),
        (("--by", "fetched", "--until", "2025-12-31"), [D1]),
        (("--by", "fetched", "--since", "2026-01-06T08:00:00+08:00"), [B1, B2, C1, C2]),
        (("--by", "fetched", "--since", "2026-01-06T09:00:00+08:00"), [B2, C1, C2]),
        (("--by", "fetched", "--until", "2026-01-06T00:30:00Z"), [A1, B1, D1]),
        (("--by", "fetched", "--since", "2026-01-07T00:00:00"), [B2, C1, C2]),  # naive: UTC
        # search: 2 characters, either script
        (("--query", "政绩"), [A1, B1]),
        (("--query", "党建"), [B2, C1]),
        (("--query", "黨建"), [B2, C1]),
        (("--query", "夜"), [D1]),  # one character: the LIKE fallback
        (("--query", "党建 机制"), [B2, C1]),
        (("--query", "政绩 党建"), []),
        # combined
        (("--canonical-only",), [A1, B2, C2, D1]),
        (("--site", "b.cn:8080", "--since", "2025-07-01"), [B2]),
        (("--site", "qstheory", "--by", "fetched", "--until", "2026-01-06"), [A1]),
        (("--query", "党建", "--site", "c.cn"), [C1]),
        (("--query", "党建", "--canonical-only"), [B2]),
        (("--site", "c.cn", "--since", "2025-01-01"), [C2]),
        (("--site", "d.cn", "--query", "政绩"), []),
    ],
)
def test_filters(
    archive: tuple[Path, dict[str, int]], options: tuple[str, ...], expected: list[str]
) -> None:
    assert export(archive[0], *options) == expected


def test_cluster_filters(archive: tuple[Path, dict[str, int]]) -> None:
    db, clusters = archive
    copies, party = str(clusters[A1]), str(clusters[C1])
    assert export(db, "--cluster", copies) == [A1, B1]
    assert export(db, "--cluster", party, "--cluster", copies) == [A1, B1, B2, C1]
    assert export(db, "--cluster", party, "--canonical-only") == [B2]
    assert export(db, "--cluster", party, "--site", "qstheory") == [C1]
    assert export(db, "--cluster", copies, "--since", "2025-06-15", "--query", "政绩") == [B1]


def test_gzip_output_is_the_plain_export_compressed(
    archive: tuple[Path, dict[str, int]], tmp_path: Path
) -> None:
    db = str(archive[0])
    runner = CliRunner()
    plain = runner.invoke(cli, ["export", "--db", db, "--site", "b.cn:8080"])  # stdout: plain
    for name in ("essays.jsonl.gz", "essays.jsonl"):
        options = ["--site", "b.cn:8080", "-o", str(tmp_path / name)]
        result = runner.invoke(cli, ["export", "--db", db, *options])
        assert result.exit_code == 0 and result.stderr == "exported 2 documents\n"
    written = (tmp_path / "essays.jsonl.gz").read_bytes()
    assert written[:2] == b"\x1f\x8b"  # gzip's magic number
    assert gzip.decompress(written) == plain.stdout_bytes
    assert (tmp_path / "essays.jsonl").read_bytes() == plain.stdout_bytes
    assert [json.loads(line)["url"] for line in plain.stdout.splitlines()] == [B1, B2]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["essays.jsonl", "essays.jsonl.gz"]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (("--since", "2025-13-01"), "--since '2025-13-01' is not a date"),
        (("--until", "last week"), "--until 'last week' is not a date"),
        (("--since", ""), "--since '' is not a date"),
        (("--by", "modified", "--since", "2025-01-01"), "--by must be published or fetched"),
        (("--cluster", "x"), "--cluster expects a cluster number, got 'x'"),
        (("--cluster", "0"), "--cluster expects a cluster number, got '0'"),
        (("--cluster", "999"), "no cluster 999"),
        (("--site", "nowhere.cn"), "no documents of site or source 'nowhere.cn'"),
        (("--site", "a.cn", "--site", "a.cn:81"), "no documents of site or source 'a.cn:81'"),
        (("--since", "2025-07-01", "--until", "2025-06-30"), "is after --until"),
        (("--since", "2025-06-30T12:00:01", "--until", "2025-06-30T12:00"), "is after --until"),
        (("--query", "!!"), "--query '!!': the query has no letter or digit"),
    ],
)
def test_bad_options_are_one_line(
    archive: tuple[Path, dict[str, int]], tmp_path: Path, options: tuple[str, ...], message: str
) -> None:
    target = tmp_path / "out.jsonl.gz"
    result = CliRunner().invoke(
        cli, ["export", "--db", str(archive[0]), "-o", str(target), *options]
    )
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and result.output.count("\n") == 1
    assert message in result.output
    assert list(tmp_path.iterdir()) == []  # neither the file nor its .partial


def test_a_query_on_an_archive_without_a_search_index_is_one_line(tmp_path: Path) -> None:
    old = tmp_path / "schema3.db"  # read-only opens do not migrate: no search table
    shutil.copy(Path(__file__).parent / "data" / "archive-schema3.db", old)
    result = CliRunner().invoke(cli, ["export", "--db", str(old), "--query", "党建"])
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert "no search index yet" in result.output
    # The other filters work on it: its two documents published in 2026.
    urls = export(old, "--since", "2026-01-01")
    assert [url.split("/", 3)[3] for url in urls] == [
        "sxll/2026-02/15/content_10135.html",
        "sxll/2026-02/08/content_10071.html",
    ]


@pytest.mark.parametrize(
    ("selection", "index"),
    [
        (Selection(sites=("a.cn", "c.cn")), "documents_site"),
        (
            Selection(sites=("b.cn:8080",), since=date(2025, 1, 1), canonical_only=True),
            "documents_site",
        ),
        (Selection(clusters=(1, 2)), "documents_cluster"),
    ],
)
def test_filters_read_an_index_and_never_sort_whole_rows(
    archive: tuple[Path, dict[str, int]], selection: Selection, index: str
) -> None:
    """The rows stream in id order: no sort before the first row comes out (a sort holds or
    spills the selected texts), and the filter reads its index, not the whole table."""
    with Archive(archive[0], readonly=True) as opened:
        sql, params = statement(opened.db, selection)
        plan = [row[3] for row in opened.conn.execute("EXPLAIN QUERY PLAN " + sql, params)]
    assert not any("TEMP B-TREE" in step for step in plan), plan
    assert f"SEARCH documents USING COVERING INDEX {index}" in " | ".join(plan), plan
    assert "SCAN d" not in plan, plan


def test_export_onto_a_full_device_is_one_line(archive: tuple[Path, dict[str, int]]) -> None:
    command = [sys.executable, "-m", "archive", "export", "--db", str(archive[0]), "--site", "a.cn"]
    with open("/dev/full", "w") as full:
        done = subprocess.run(command, stdout=full, stderr=subprocess.PIPE, text=True, check=False)
    assert done.returncode == 1
    assert done.stderr == "Error: cannot write standard output: No space left on device\n"
