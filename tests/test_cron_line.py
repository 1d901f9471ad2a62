"""The README's cron line, run as cron would run it (paths replaced), twice against a local site."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from demo.server import serve
from demo.web import numbered_site

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parent.parent
CRON = re.search(r"^30 2 \* \* \* (.+)$", (ROOT / "README.md").read_text(encoding="utf-8"), re.M)


def test_the_documented_cron_command_crawls_and_exports_twice(tmp_path: Path) -> None:
    assert CRON, "no cron line in the README"
    work, data = tmp_path / "essay-archive", tmp_path / "data"
    work.mkdir(), data.mkdir()
    command = (
        CRON.group(1)
        .replace("/srv/essay-archive", str(work))
        .replace("/srv/data", str(data))
        .replace(".venv/bin/", str(Path(sys.executable).parent) + "/")
    )
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "crawler.settings", "PYTHONPATH": str(ROOT)}
    with serve({"site": numbered_site(4)}, validators=True) as hosts:
        (work / "sites.toml").write_text(
            f'[sites.local]\nstart_urls = ["{hosts["site"]}/"]\n', encoding="utf-8"
        )
        runs = [
            subprocess.run(["sh", "-c", command], env=env, capture_output=True, text=True)
            for _ in range(2)
        ]
    for run in runs:
        assert run.returncode == 0, run.stderr[-2000:]
    exported = (data / "essays.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(exported) == 4 and all(json.loads(line)["version"] == 1 for line in exported)
    assert "not_modified" in (data / "crawl.log").read_text(encoding="utf-8")
    listed = subprocess.run(
        [sys.executable, "-m", "archive", "runs", "--db", str(data / "essays.db"), "--json"],
        capture_output=True, text=True, check=True, env=env,
    )  # fmt: skip
    assert [run["status"] for run in json.loads(listed.stdout)] == ["finished", "finished"]
