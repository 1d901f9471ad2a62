from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from archive import Archive, Page
from archive.cli import cli
from archive.export import CONTRACT_FIELDS, write_jsonl
from essaytext.essay import Essay
from essaytext.fingerprint import Fingerprints, passage_keys


def _archive(path: Path) -> None:
    with Archive(path, threshold=3, ngram=4) as a:
        for url, value, text in [
            ("http://a/1", 1 << 63, "繁體正文"),
            ("http://b/1", (1 << 63) | 1, "繁体正文"),
            ("http://c/1", 0xFFFF00, "别的"),
        ]:
            page = Page(url, url.split("/")[2], "2026-11-21T00:00:00+00:00")
            prints = Fingerprints(value, tuple(passage_keys(text)))
            a.add(page, Essay("标题", None, None, text, "hant", fingerprints=prints))


def test_rows_carry_the_contract_fields(tmp_path: Path) -> None:
    _archive(tmp_path / "a.db")
    out = io.StringIO()
    archive = Archive(tmp_path / "a.db", readonly=True)
    assert write_jsonl(archive.rows(), out) == 3
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert all(list(row)[: len(CONTRACT_FIELDS)] == list(CONTRACT_FIELDS) for row in rows)
    first, copy, other = rows
    assert first["simhash"] == "8000000000000000" and re.fullmatch(
        r"[0-9a-f]{16}", other["simhash"]
    )
    assert (
        copy["duplicate_of"] == "http://a/1"
        and copy["distance"] == 1
        and copy["cluster"] == first["cluster"]
    )
    assert first["duplicate_of"] is None and first["distance"] is None
    assert "繁體正文" in out.getvalue()  # UTF-8, not \u escapes


def test_cli_export_to_file_and_canonical_only(tmp_path: Path) -> None:
    _archive(tmp_path / "a.db")
    runner = CliRunner()
    result = runner.invoke(
        cli,
        [
            "export",
            "--db",
            str(tmp_path / "a.db"),
            "-o",
            str(tmp_path / "out.jsonl"),
            "--canonical-only",
        ],
    )
    assert result.exit_code == 0, result.output
    urls = [
        json.loads(line)["url"]
        for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert urls == ["http://a/1", "http://c/1"]
    assert not (tmp_path / "out.jsonl.partial").exists()


def test_cli_stats(tmp_path: Path) -> None:
    _archive(tmp_path / "a.db")
    result = CliRunner().invoke(cli, ["stats", "--db", str(tmp_path / "a.db"), "--json"])
    counts = json.loads(result.output)
    assert (
        counts["documents"],
        counts["clusters"],
        counts["duplicates"],
        counts["clusters_with_copies"],
    ) == (3, 2, 1, 1)
    assert {s["site"] for s in counts["sites"]} == {"a", "b", "c"}


def test_cli_missing_archive_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["export", "--db", str(tmp_path / "nope.db")])
    assert result.exit_code == 1 and "no archive at" in result.output


def test_cli_export_to_an_unwritable_place_is_one_line(tmp_path: Path) -> None:
    _archive(tmp_path / "a.db")
    target = tmp_path / "missing" / "out.jsonl"
    result = CliRunner().invoke(cli, ["export", "--db", str(tmp_path / "a.db"), "-o", str(target)])
    assert result.exit_code == 1 and f"cannot write {target}" in result.output
    assert not (tmp_path / "missing").exists()


def test_cli_export_onto_a_directory_leaves_nothing_behind(tmp_path: Path) -> None:
    _archive(tmp_path / "a.db")
    (tmp_path / "out").mkdir()
    result = CliRunner().invoke(
        cli, ["export", "--db", str(tmp_path / "a.db"), "-o", str(tmp_path / "out")]
    )
    assert result.exit_code == 1 and "Is a directory" in result.output
    assert not (tmp_path / "out.partial").exists()


def test_cli_export_never_overwrites_an_sqlite_file(tmp_path: Path) -> None:
    _archive(tmp_path / "a.db")
    before = (tmp_path / "a.db").read_bytes()
    result = CliRunner().invoke(
        cli, ["export", "--db", str(tmp_path / "a.db"), "-o", str(tmp_path / "a.db")]
    )
    assert result.exit_code == 1 and "refusing to overwrite" in result.output
    assert (tmp_path / "a.db").read_bytes() == before


def test_cli_stats_onto_a_full_device_is_one_line(tmp_path: Path) -> None:
    _archive(tmp_path / "a.db")
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "archive", "stats", "--db", str(tmp_path / "a.db")],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip() == "Error: cannot write standard output: No space left on device"
