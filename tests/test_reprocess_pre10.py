"""`python -m archive reprocess` brings an archive crawled before issue 10 up to date.

tests/data/archive-pre10.db was crawled by commit 64f9d98, the last before issue 10's
extraction work (tests/data/README.md says how). Three of its five documents hold what
that code made of pages it read wrongly: a script converter's pinyin after every
character, a page declared UTF-8 with two broken byte sequences read as GB18030
mojibake, and an essay whose paragraphs under 300 levels of nesting were lost. The two
others are plain pages. The site's text/plain article was dropped then, so the archive
does not hold it and reprocess cannot add it (no stored page).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import opencc
import pytest

from demo.essays import load_essays

ROOT = Path(__file__).resolve().parent.parent
PRE10 = ROOT / "tests" / "data" / "archive-pre10.db"
ESSAYS = load_essays()
TRADITIONAL = opencc.OpenCC("s2t").convert
# A converter's note after a Han character: 國(guó).
PINYIN_NOTE = re.compile(r"[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")

PINYIN = "/a/2026060101.html"  # jizhi-chuangxin in traditional script, pinyin after each character
BROKEN = "/a/2026060102.html"  # ronghe-lujing's first 4 paragraphs, UTF-8 with 2 broken sequences
DEEP = "/a/2026060103.html"  # zhengjiguan-xingdong, paragraphs 4 on under 300 nested <div>s
UNTOUCHED = {
    "/a/2026060105.html": "zhengjiguan-yinling",
    "/a/2026060106.html": "shuangxiang-ronghe",
}

# (title, text) each changed document should have: the bundled essay's.
EXPECTED = {
    PINYIN: (
        TRADITIONAL(ESSAYS["jizhi-chuangxin"].title),
        "\n".join(TRADITIONAL(p) for p in ESSAYS["jizhi-chuangxin"].paragraphs),
    ),
    BROKEN: (ESSAYS["ronghe-lujing"].title, "\n".join(ESSAYS["ronghe-lujing"].paragraphs[:4])),
    DEEP: (ESSAYS["zhengjiguan-xingdong"].title, ESSAYS["zhengjiguan-xingdong"].text),
}


def archive_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """`python -m archive ARGS` from the project directory, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "archive", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def exported(db: Path) -> dict[str, dict[str, Any]]:
    """The archive's export, each document by its URL's path."""
    result = archive_cli("export", "--db", str(db))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    return {urlsplit(row["url"]).path: row for row in rows}


@pytest.fixture(scope="module")
def reprocessed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The pre-issue-10 archive's export, reprocess's output, and the export after it."""
    db = tmp_path_factory.mktemp("pre10") / "archive.db"
    shutil.copy(PRE10, db)
    before = exported(db)
    result = archive_cli("reprocess", "--db", str(db))
    return {"before": before, "result": result, "after": exported(db)}


def test_the_archive_holds_what_the_old_extraction_made(reprocessed: dict[str, Any]) -> None:
    """The fixture is the pre-change archive: every later assertion fails on it."""
    before = reprocessed["before"]
    assert set(before) == {PINYIN, BROKEN, DEEP, *UNTOUCHED}
    assert len(PINYIN_NOTE.findall(before[PINYIN]["text"])) > 1000
    assert before[BROKEN]["encoding"] == "gb18030"
    assert ESSAYS["ronghe-lujing"].paragraphs[0] not in before[BROKEN]["text"]
    assert before[DEEP]["text"] == "\n".join(ESSAYS["zhengjiguan-xingdong"].paragraphs[:3])
    for path, (title, text) in EXPECTED.items():
        assert (before[path]["title"], before[path]["text"]) != (title, text), path


def test_reprocess_counts_the_three_changed_texts(reprocessed: dict[str, Any]) -> None:
    result = reprocessed["result"]
    assert result.returncode == 0, result.stdout + result.stderr
    assert (
        "re-processed 5 pages: text changed 3, cluster changed 0, unchanged 2, failed 0, "
        "new 0, not found again 0"
    ) in result.stdout


def test_the_converters_pinyin_is_gone(reprocessed: dict[str, Any]) -> None:
    row = reprocessed["after"][PINYIN]
    assert not PINYIN_NOTE.search(row["text"]) and not PINYIN_NOTE.search(row["title"])
    assert (row["title"], row["text"]) == EXPECTED[PINYIN]


def test_the_broken_utf8_page_is_read_as_utf8(reprocessed: dict[str, Any]) -> None:
    row = reprocessed["after"][BROKEN]
    assert (row["title"], row["text"]) == EXPECTED[BROKEN]


def test_the_deeply_nested_paragraphs_are_back(reprocessed: dict[str, Any]) -> None:
    row = reprocessed["after"][DEEP]
    assert (row["title"], row["text"]) == EXPECTED[DEEP]


def test_the_untouched_documents_are_unchanged(reprocessed: dict[str, Any]) -> None:
    before, after = reprocessed["before"], reprocessed["after"]
    assert set(after) == set(before)
    for path, slug in UNTOUCHED.items():
        assert after[path] == before[path], path
        assert after[path]["text"] == ESSAYS[slug].text, path
