"""`python -m archive clusters` (archive/clusterreport.py), checked against the export.

The archive is the session's crawl of the demo's sample web (tests/conftest.py): what
the report says of each cluster (members, canonical copy, distances, relations) must be
what `export` says of its documents.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from archive import Archive
from archive.cli import cli
from archive.export import export_row
from archive.passages import COPY_OVERLAP
from demo.crawl import DemoArchive
from demo.site import EXPECTED_DOCUMENTS


@pytest.fixture(scope="session")
def exported(demo_archive: DemoArchive) -> list[dict[str, Any]]:
    with Archive(demo_archive.db, readonly=True) as archive:
        return [export_row(row) for row in archive.rows()]


def run_clusters(db: Path, *options: str) -> Result:
    return CliRunner().invoke(cli, ["clusters", "--db", str(db), *options])


def reports(db: Path, *options: str) -> list[dict[str, Any]]:
    result = run_clusters(db, "--json", *options)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def by_cluster(rows: list[dict[str, Any]]) -> dict[int, list[dict[str, Any]]]:
    clusters: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        clusters[row["cluster"]].append(row)
    return clusters


def expected_relations(members: list[dict[str, Any]]) -> set[tuple[str, str, str, float]]:
    """The partial copies of these documents, as the export states them."""
    return {
        (m["url"], relation, other["url"], other["overlap"])
        for m in members
        for relation in ("contained_in", "contains")
        for other in m[relation]
    }


@pytest.mark.parametrize("min_size", [1, 2, 3])
def test_each_cluster_is_what_the_export_says(
    demo_archive: DemoArchive, exported: list[dict[str, Any]], min_size: int
) -> None:
    options = () if min_size == 2 else ("--min-size", str(min_size))  # 2 is the default
    listed = reports(demo_archive.db, *options)
    clusters = by_cluster(exported)
    assert {r["cluster"] for r in listed} == {c for c, m in clusters.items() if len(m) >= min_size}
    assert [r["size"] for r in listed] == sorted((r["size"] for r in listed), reverse=True)
    fields = ("url", "site", "title", "published", "first_fetched_at", "script")
    for report in listed:
        members = {m["url"]: m for m in clusters[report["cluster"]]}
        assert report["size"] == len(members) == 1 + len(report["copies"])
        canonical = report["canonical"]
        assert members[canonical["url"]]["duplicate_of"] is None
        assert {f: canonical[f] for f in fields} == {
            f: members[canonical["url"]][f] for f in fields
        }
        for copy in report["copies"]:
            member = members[copy["url"]]
            assert member["duplicate_of"] == canonical["url"]
            assert {f: copy[f] for f in ("distance", *fields)} == {
                f: member[f] for f in ("distance", *fields)
            }
        dates = [c["published"] or c["first_fetched_at"] for c in report["copies"]]
        assert dates == sorted(dates)  # earliest first
        assert {
            (r["url"], r["relation"], r["other"], r["overlap"]) for r in report["relations"]
        } == expected_relations(list(members.values()))


def test_every_essay_is_one_cluster(demo_archive: DemoArchive) -> None:
    """Who republished what: the documents of one essay, and only they, share a cluster."""
    essay = {demo_archive.url(h, p): slug for (h, p), slug in EXPECTED_DOCUMENTS.items()}
    listed = reports(demo_archive.db, "--min-size", "1")
    slugs = [{essay[d["url"]] for d in (r["canonical"], *r["copies"])} for r in listed]
    assert all(len(s) == 1 for s in slugs)
    assert len(slugs) == len(set(essay.values()))


def test_copies_beyond_the_threshold_share_their_passages(demo_archive: DemoArchive) -> None:
    with Archive(demo_archive.db, readonly=True) as archive:
        threshold = archive.threshold
    copies = [c for r in reports(demo_archive.db) for c in r["copies"]]
    far = [c for c in copies if c["distance"] > threshold]
    assert far, "the sample web has a copy beyond simhash's threshold"
    for copy in far:
        assert min(copy["copy_in_canonical"], copy["canonical_in_copy"]) >= COPY_OVERLAP
    near = [c for c in copies if c["distance"] == 0]
    assert near and all(c["copy_in_canonical"] > 0.9 for c in near)


def test_relations_appear_on_both_sides(demo_archive: DemoArchive) -> None:
    relations = [
        r for report in reports(demo_archive.db, "--min-size", "1") for r in report["relations"]
    ]
    assert relations, "the sample web has a partial copy"
    sides = {(r["url"], r["relation"], r["other"]) for r in relations}
    for url, relation, other in sides:
        mirror = "contains" if relation == "contained_in" else "contained_in"
        assert (other, mirror, url) in sides


def test_site_keeps_the_clusters_with_a_document_there(
    demo_archive: DemoArchive, exported: list[dict[str, Any]]
) -> None:
    clusters = by_cluster(exported)
    for site in sorted({row["site"] for row in exported}):
        listed = reports(demo_archive.db, "--site", site)
        assert {r["cluster"] for r in listed} == {
            c for c, m in clusters.items() if len(m) >= 2 and site in {d["site"] for d in m}
        }


def test_plain_text_is_one_block_per_cluster(demo_archive: DemoArchive) -> None:
    result = run_clusters(demo_archive.db, "--min-size", "1")
    assert result.exit_code == 0, result.output
    listed = reports(demo_archive.db, "--min-size", "1")
    blocks = result.stdout.strip().split("\n\n")
    assert len(blocks) == len(listed)
    assert f"{len(listed)} clusters of 1 or more documents" in result.stderr
    for block, report in zip(blocks, listed, strict=True):
        lines = block.splitlines()
        assert lines[0].startswith(f"cluster {report['cluster']}: {report['size']} document")
        assert lines[1].startswith(f"  canonical: {report['canonical']['url']}  «")
        for copy in report["copies"]:
            assert any(
                line.startswith(f"  copy at distance {copy['distance']}") and copy["url"] in line
                for line in lines
            )
        for relation in report["relations"]:
            assert any(relation["url"] in line and relation["other"] in line for line in lines)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (("--site", "nowhere.example"), "no documents of site or source 'nowhere.example'"),
        (("--min-size", "0"), "--min-size must be at least 1"),
    ],
)
def test_a_bad_option_is_one_line(
    demo_archive: DemoArchive, options: tuple[str, ...], message: str
) -> None:
    result = run_clusters(demo_archive.db, *options)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and message in result.stderr, result.stderr


def test_not_an_archive(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not an archive\n", encoding="utf-8")
    result = run_clusters(text)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "not an SQLite file" in result.stderr


def test_an_archive_of_schema_3_is_reported_as_it_is(tmp_path: Path) -> None:
    """Read-only: an older archive (no stored passage keys) is reported, not changed."""
    db = tmp_path / "archive.db"
    db.write_bytes((Path(__file__).parent / "data" / "archive-schema3.db").read_bytes())
    before = db.read_bytes()
    with Archive(db, readonly=True) as archive:
        clusters = by_cluster([export_row(row) for row in archive.rows()])
    listed = reports(db, "--min-size", "1")
    assert {r["cluster"]: r["size"] for r in listed} == {c: len(m) for c, m in clusters.items()}
    assert all(c["copy_in_canonical"] is None for r in listed for c in r["copies"])
    assert db.read_bytes() == before
