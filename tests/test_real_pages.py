"""The real Chinese news pages of the shared corpus go through a real crawl.

The pages are not part of the repository: their folder comes from the ESSAY_CORPUS_DIR
environment variable (default ../shared/corpus/real-pages beside the project); the test
is skipped, saying so, when it is absent.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from demo.crawl import LOOPBACK_SETTINGS, crawl_command
from demo.server import serve
from demo.site import Page

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("ESSAY_CORPUS_DIR", ROOT.parent / "shared" / "corpus" / "real-pages"))


@pytest.fixture(scope="module")
def corpus_pages() -> dict[str, bytes]:
    if not CORPUS.is_dir():
        pytest.skip(f"real-page corpus not found at {CORPUS} (set ESSAY_CORPUS_DIR)")
    pages = {path.name: path.read_bytes() for path in sorted(CORPUS.glob("*.html"))}
    if not pages:
        pytest.skip(f"no .html pages in {CORPUS}")
    return pages


def test_every_real_page_is_archived_with_text_and_title(
    corpus_pages: dict[str, bytes], tmp_path: Path
) -> None:
    # Served without a charset in the header, and under neutral URLs: the content decides.
    site = {f"/pages/{name}": Page(body, "text/html") for name, body in corpus_pages.items()}
    links = "".join(f'<li><a href="/pages/{name}">{name}</a></li>' for name in corpus_pages)
    site["/"] = Page(f"<html><body><ul>{links}</ul></body></html>".encode())
    db = tmp_path / "real.db"
    with serve({"corpus": site}) as hosts:
        settings = {**LOOPBACK_SETTINGS, "LOG_LEVEL": "INFO", "DEPTH_LIMIT": "1"}
        crawl = subprocess.run(
            crawl_command([hosts["corpus"] + "/"], db, settings),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=600,
        )
    assert crawl.returncode == 0, crawl.stderr[-3000:]
    assert not re.search(r"'log_count/ERROR': \d+", crawl.stderr), crawl.stderr[-3000:]
    exported = subprocess.run(
        [sys.executable, "-m", "archive", "export", "--db", str(db)],
        capture_output=True,
        text=True,
        check=True,
    )
    rows = {
        json.loads(line)["url"].rsplit("/", 1)[-1]: json.loads(line)
        for line in exported.stdout.splitlines()
    }
    missing = sorted(set(corpus_pages) - set(rows))
    assert not missing, f"not archived: {missing}"
    for name, row in rows.items():
        assert row["title"] and len(row["text"]) >= 80, name
