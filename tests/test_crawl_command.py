"""`scrapy crawl essays`: configuration checked up front, one line and exit 1 when wrong."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from scrapy.settings import Settings

from crawler import settings as project
from crawler.config import setting_problems
from demo.crawl import crawl_command

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("overrides", "problem"),
    [
        ({"SIMHASH_NGRAM": "abc"}, "-s SIMHASH_NGRAM=abc: an integer is needed"),
        ({"ARCHIVE_QUICK_CHECK": "maybe"}, "-s ARCHIVE_QUICK_CHECK=maybe: True or False is needed"),
        ({"ARCHIVE_COMMIT_SECONDS": "soon"}, "-s ARCHIVE_COMMIT_SECONDS=soon: a number is needed"),
        ({"SIMHASH_NGRAM": "3"}, None),
        (
            {"ESSAYS_REVISIT_DAYS": "-1"},
            "-s ESSAYS_REVISIT_DAYS=-1: a number of days, 0 or more, is needed",
        ),
        (
            {"ESSAYS_REVISIT_DAYS": "inf"},
            "-s ESSAYS_REVISIT_DAYS=inf: a number of days, 0 or more, is needed",
        ),
        ({"ESSAYS_REVISIT_DAYS": "2.5"}, None),
        ({"EXTRACT_WORKERS": "two"}, "-s EXTRACT_WORKERS=two: an integer is needed"),
        ({"EXTRACT_WORKERS": "-1"}, "-s EXTRACT_WORKERS=-1: 0 or more worker processes is needed"),
        ({"EXTRACT_WORKERS": "0"}, None),
        ({"EXTRACT_TIMEOUT": "0"}, "-s EXTRACT_TIMEOUT=0: a number of seconds above 0 is needed"),
        ({"EXTRACT_TIMEOUT": "2.5"}, None),
    ],
)
def test_settings_of_the_wrong_type_are_named(
    overrides: dict[str, str], problem: str | None
) -> None:
    settings = Settings({k: v for k, v in vars(project).items() if k.isupper()})
    settings.setdict(overrides, priority="cmdline")
    assert setting_problems(settings) == ([problem] if problem else [])


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["-a", "site=nosuch"], "scrapy crawl: no site 'nosuch' in"),
        (["-s", "ESSAYS_SITES_FILE=missing.toml"], "scrapy crawl: sites file not found"),
        (["-s", "SIMHASH_NGRAM=abc"], "scrapy crawl: -s SIMHASH_NGRAM=abc"),
        (["-s", "EXTRACT_WORKERS=-1"], "scrapy crawl: -s EXTRACT_WORKERS=-1: 0 or more"),
        (["-s", "EXTRACT_TIMEOUT=0"], "scrapy crawl: -s EXTRACT_TIMEOUT=0: a number of seconds"),
    ],
)
def test_a_wrong_configuration_is_one_line_before_anything_runs(
    tmp_path: Path, args: list[str], says: str
) -> None:
    result = subprocess.run(
        [*crawl_command([], tmp_path / "a.db"), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith(says), result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "a.db").exists()  # nothing opened
