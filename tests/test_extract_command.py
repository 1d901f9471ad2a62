"""`python -m archive extract FILE`: what a crawl would archive from one saved page, and why."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from archive.cli import cli
from demo.essays import load_essays
from demo.site import build_sites

SITES = build_sites()
ESSAYS = load_essays()


def extract(tmp_path: Path, host: str, path: str) -> dict[str, Any]:
    saved = tmp_path / "page"
    saved.write_bytes(SITES[host][path].body)
    url = f"http://127.0.0.1:1{path}"
    result = CliRunner().invoke(cli, ["extract", str(saved), "--url", url, "--json"])
    assert result.exit_code == 0, result.output
    found: dict[str, Any] = json.loads(result.output)
    return found


def test_an_article_gives_its_essay(tmp_path: Path) -> None:
    found = extract(tmp_path, "blog", "/p/1003.html")  # GBK, charset in <meta> only
    assert (found["kind"], found["encoding"]) == ("article", "gb18030")
    (document,) = found["documents"]
    essay = ESSAYS["tongzhan-dongguashan"]
    assert document["title"] == essay.title and essay.paragraphs[1] in document["text"]


def test_a_compilation_page_gives_each_essay(tmp_path: Path) -> None:
    found = extract(tmp_path, "magazine", "/issue/2025-06/page12.html")
    assert [d["url"].rsplit("#", 1)[1] for d in found["documents"]] == [
        f"essay-{n}" for n in range(1, 5)
    ]


@pytest.mark.parametrize(("host", "path"), [("magazine", "/"), ("news", "/sxll/index.html")])
def test_a_listing_gives_nothing_and_says_why(tmp_path: Path, host: str, path: str) -> None:
    found = extract(tmp_path, host, path)
    assert found["kind"] == "listing" and found["documents"] == []
    assert "main text" in found["why"] and "links on the page" in found["why"]


def test_a_pdf_gives_its_text_layer(tmp_path: Path) -> None:
    found = extract(tmp_path, "docs", "/download/2023091512345678.pdf")
    assert found["kind"] == "pdf" and found["documents"][0]["title"] == ESSAYS["jidian-sikao"].title


def test_the_text_report_names_the_kind_and_the_documents(tmp_path: Path) -> None:
    saved = tmp_path / "page.html"
    saved.write_bytes(SITES["magazine"]["/articles/2025061201.html"].body)
    result = CliRunner().invoke(cli, ["extract", str(saved)])
    assert result.exit_code == 0
    assert ": article (main text" in result.output and "document 1: file://" in result.output
