"""Crawl runs: each crawl a row in the archive's `runs`, listed by `python -m archive runs`,
with counts equal to the crawl's own stats; progress lines while a crawl runs."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, cast

import pytest
from click.testing import CliRunner
from scrapy import Spider
from scrapy.settings import Settings

from archive.cli_runs import runs
from crawler import settings as project_settings
from crawler.extensions.runs import STATS, counts_from_stats, run_settings, without_userinfo
from demo.crawl import LOOPBACK_SETTINGS, crawl, crawl_command, crawl_stat
from demo.server import serve
from demo.site import Page
from demo.web import listing, numbered_site

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
INFO = {"LOG_LEVEL": "INFO"}


def archive_runs(db: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "archive", "runs", "--db", str(db), *options],
        capture_output=True,
        text=True,
        check=False,
    )


def runs_json(db: Path) -> list[dict[str, Any]]:
    result = archive_runs(db, "--json")
    assert result.returncode == 0, result.stderr
    found: list[dict[str, Any]] = json.loads(result.stdout)
    return found


def logged(log: str, prefix: str) -> dict[str, int]:
    """Every counter under `prefix` in the stats a crawl dumps when it closes."""
    return {key: int(n) for key, n in re.findall(rf"'({re.escape(prefix)}[^']+)': (\d+)", log)}


def assert_counts_match(run: dict[str, Any], log: str) -> None:
    """The run's counts are the crawl's stats, every one of them."""
    assert "Dumping Scrapy stats" in log, log[-3000:]
    counts = run["counts"]
    assert {key: counts[key] for key in STATS} == {
        key: crawl_stat(log, stat) for key, stat in STATS.items()
    }
    pages = logged(log, "essays/pages/")
    pages.pop("essays/pages/not_modified", None)
    assert counts["pages"] == {key.removeprefix("essays/pages/"): n for key, n in pages.items()}
    skipped = {**logged(log, "essays/skipped/"), **logged(log, "offsite/")}
    assert counts["skipped"] == {
        key.removeprefix("essays/skipped/"): n for key, n in skipped.items()
    }


def site_with_a_skipped_page(articles: int) -> dict[str, Page]:
    pages = numbered_site(articles)
    pages["/picture.html"] = Page(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "image/png")
    pages["/"] = listing([p for p in pages if p != "/"])
    return pages


@pytest.mark.e2e
def test_two_crawls_are_two_runs_newest_first_with_the_crawls_counts(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    with serve({"site": site_with_a_skipped_page(3)}) as hosts:
        start = hosts["site"] + "/"
        first = crawl([start], db, INFO, timeout=120)
        second = crawl([start], db, INFO, timeout=120)
    for result in (first, second):
        assert result.returncode == 0, result.stderr[-3000:]
        assert "progress:" not in result.stderr  # every 30 s by default: none in a short crawl
    newest, oldest = found = runs_json(db)
    assert len(found) == 2
    assert newest["id"] > oldest["id"]
    assert newest["started_at"] >= oldest["ended_at"] >= oldest["started_at"]
    assert [run["status"] for run in found] == ["finished", "finished"]
    assert_counts_match(oldest, first.stderr)
    assert_counts_match(newest, second.stderr)
    assert oldest["counts"]["new"] == 3 and newest["counts"]["new"] == 0
    assert oldest["counts"]["fetched"] > 0 and oldest["counts"]["skipped"] == {"not_html": 1}
    assert oldest["settings"]["ARCHIVE_DB"] == str(db)
    assert oldest["settings"]["start_urls"] == [start]
    # The summary at the end of each crawl is its row.
    for run, result in ((oldest, first), (newest, second)):
        assert f"run {run['id']}: finished" in result.stderr
        assert f"pid {run['pid']}" in result.stderr
        assert f"{run['counts']['new']} new, " in result.stderr

    table = archive_runs(db)
    assert table.returncode == 0, table.stderr
    header, *lines = table.stdout.splitlines()
    assert header.split()[:5] == ["id", "started", "(UTC)", "ended", "status"]
    assert [line.split()[0] for line in lines] == [str(newest["id"]), str(oldest["id"])]
    assert all("finished" in line for line in lines)


@pytest.mark.e2e
def test_a_crawl_refused_by_a_busy_archive_leaves_the_runs_table_sound(tmp_path: Path) -> None:
    articles = 24  # 12 s of slow pages: the second crawl and a reader run meanwhile, even on a loaded machine
    db, log = tmp_path / "archive.db", tmp_path / "first.log"
    settings = {**LOOPBACK_SETTINGS, **INFO, "CONCURRENT_REQUESTS_PER_DOMAIN": "1"}
    sites = {"slow": numbered_site(articles, delay=0.5), "other": numbered_site(2)}
    with serve(sites) as hosts, log.open("wb") as err:
        first = subprocess.Popen(
            crawl_command([hosts["slow"] + "/"], db, settings), cwd=ROOT, stderr=err
        )
        try:
            deadline = time.monotonic() + 30
            while not db.exists() and first.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
            assert first.poll() is None, log.read_text(errors="replace")[-3000:]
            second = crawl([hosts["other"] + "/"], db, INFO, timeout=60)
            beside = runs_json(db)  # read beside the running crawl
            running = first.poll() is None
            assert first.wait(timeout=60) == 0, log.read_text(errors="replace")[-3000:]
        finally:
            if first.poll() is None:
                first.kill()
                first.wait()
    assert running, "the first crawl was over before the second was refused"
    assert second.returncode == 1, second.stderr[-3000:]
    assert "Traceback" not in second.stderr, second.stderr[-3000:]
    assert re.search(r"WARNING: crawl run not recorded in .*being written", second.stderr)
    assert beside == []
    (only,) = runs_json(db)
    assert (only["status"], only["pid"], only["counts"]["new"]) == ("finished", first.pid, articles)
    assert_counts_match(only, log.read_text(errors="replace"))
    with sqlite3.connect(db) as conn:  # the refused crawl took nothing from the first
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == articles


@pytest.mark.e2e
def test_a_refused_archive_is_not_made_for_the_run(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    with serve({"site": numbered_site(1)}) as hosts:
        result = crawl([hosts["site"] + "/"], db, {**INFO, "SIMHASH_THRESHOLD": "99"}, timeout=60)
    assert result.returncode == 1, result.stderr[-3000:]
    assert "WARNING: crawl run not recorded: no archive at" in result.stderr, result.stderr[-3000:]
    assert not db.exists()


@pytest.mark.e2e
def test_progress_lines_with_the_projects_counts_while_a_crawl_runs(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    with serve({"slow": numbered_site(4, delay=0.5)}) as hosts:
        result = crawl(
            [hosts["slow"] + "/"],
            db,
            {**INFO, "ESSAYS_PROGRESS_SECONDS": "0.2", "CONCURRENT_REQUESTS_PER_DOMAIN": "1"},
            timeout=120,
        )
    assert result.returncode == 0, result.stderr[-3000:]
    progress = re.findall(
        r"INFO: progress: fetched (\d+) \(\d+ not modified\); pages: [^;]+; "
        r"documents: (\d+) new, .*; skipped \d+",
        result.stderr,
    )
    assert len(progress) >= 3, result.stderr[-3000:]
    fetched = [int(f) for f, _ in progress]
    assert fetched == sorted(fetched) and fetched[0] < fetched[-1]
    assert fetched[-1] <= crawl_stat(result.stderr, "downloader/response_count")
    assert max(int(new) for _, new in progress) <= crawl_stat(result.stderr, "archive/stored") == 4


def test_runs_of_an_archive_older_than_runs_are_none(tmp_path: Path) -> None:
    db = tmp_path / "archive-schema3.db"
    shutil.copy(DATA / "archive-schema3.db", db)
    before = db.read_bytes()
    as_json = CliRunner().invoke(runs, ["--db", str(db), "--json"])
    as_text = CliRunner().invoke(runs, ["--db", str(db)])
    assert as_json.exit_code == as_text.exit_code == 0, as_json.output + as_text.output
    assert json.loads(as_json.stdout) == []
    assert as_text.stdout == ""
    assert "no crawl runs recorded" in as_text.stderr
    assert db.read_bytes() == before  # read-only: not migrated
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive-schema3.db"]


def test_counts_from_stats_missing_count_zero() -> None:
    counts = counts_from_stats(
        {
            "archive/stored": 2,
            "essays/pages/article": 2,
            "essays/pages/not_modified": 5,
            "essays/skipped/empty": 1,
            "offsite/filtered": 3,
            "robotstxt/forbidden": 1,
        }
    )
    assert counts["new"] == 2 and counts["not_modified"] == 5
    assert counts["fetched"] == counts["changed"] == counts["gone"] == counts["failed"] == 0
    assert counts["pages"] == {"article": 2}
    assert counts["skipped"] == {"empty": 1, "offsite/filtered": 3}


def test_run_settings_keep_no_password_and_only_given_fingerprint_settings() -> None:
    settings = Settings()
    settings.setmodule(project_settings, priority="project")
    settings.set("SIMHASH_THRESHOLD", "7", priority="cmdline")
    spider = cast(
        Spider,
        type(
            "S",
            (),
            {"site_name": None, "start_url_arg": "http://me:secret@a.cn:81/x, https://b.cn/"},
        ),
    )
    chosen = run_settings(settings, spider)
    assert chosen["start_urls"] == ["http://a.cn:81/x", "https://b.cn/"]
    assert "secret" not in json.dumps(chosen)
    assert chosen["SIMHASH_THRESHOLD"] == 7 and "SIMHASH_NGRAM" not in chosen
    assert chosen["ARCHIVE_DB"] == project_settings.ARCHIVE_DB and "site" not in chosen
    assert without_userinfo("https://u:p@w@h.cn/a@b") == "https://h.cn/a@b"
