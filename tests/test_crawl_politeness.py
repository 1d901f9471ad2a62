"""End to end: robots.txt that fails closes its host (RFC 9309), and a password given in a
start URL is sent as HTTP authentication but never written anywhere."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from pathlib import Path

import pytest

from demo.crawl import crawl, crawl_stat, export_rows
from demo.server import Served, serve
from demo.site import Page
from demo.web import numbered_site

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parent.parent
SECRET = "s3cret-pw"


def test_a_robots_txt_answering_500_disallows_the_whole_host(tmp_path: Path) -> None:
    site = numbered_site(3)
    site["/robots.txt"] = Page(b"oops", "text/plain", status=500)
    log: list[Served] = []
    with serve({"site": site}, log=log) as hosts:
        result = crawl([hosts["site"] + "/"], tmp_path / "a.db", {"LOG_LEVEL": "INFO"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert {s.path for s in log} == {"/robots.txt"}  # retried, then nothing else
    assert crawl_stat(result.stderr, "essays/robots/disallow_all") == 1
    assert "RFC 9309" in result.stderr


def test_a_password_in_a_start_url_is_used_but_never_written(tmp_path: Path) -> None:
    log: list[Served] = []
    db = tmp_path / "a.db"
    with serve({"site": numbered_site(3)}, log=log) as hosts:
        url = hosts["site"].replace("http://", f"http://reader:{SECRET}@") + "/"
        result = crawl([url], db, {"LOG_LEVEL": "DEBUG"})
    assert result.returncode == 0, result.stderr[-2000:]
    expected = "Basic " + base64.b64encode(f"reader:{SECRET}".encode()).decode()
    articles = [s for s in log if s.path.startswith("/a/")]
    assert len(articles) == 3 and all(s.authorization == expected for s in articles)
    assert SECRET not in result.stderr and SECRET not in result.stdout
    assert SECRET not in db.with_name(db.name + ".lock").read_text(encoding="utf-8")
    assert SECRET not in json.dumps(export_rows(db), ensure_ascii=False)
    runs = subprocess.run(
        [sys.executable, "-m", "archive", "runs", "--db", str(db), "--json"],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    assert SECRET not in runs.stdout and len(json.loads(runs.stdout)) == 1


def test_an_unreachable_robots_txt_is_retried_then_disallows_the_host(tmp_path: Path) -> None:
    site = numbered_site(3)
    site["/robots.txt"] = Page(b"User-agent: *\nDisallow:\n", "text/plain", delay=3.0)
    log: list[Served] = []
    with serve({"site": site}, log=log) as hosts:
        result = crawl(
            [hosts["site"] + "/"],
            tmp_path / "a.db",
            {"LOG_LEVEL": "INFO", "DOWNLOAD_TIMEOUT": "1", "RETRY_TIMES": "1"},
        )
    assert result.returncode == 0, result.stderr[-2000:]
    assert [s.path for s in log] == ["/robots.txt", "/robots.txt"]  # retried, then nothing
    assert crawl_stat(result.stderr, "essays/robots/disallow_all") == 1
