"""`python -m archive match` (archive/match.py): who republished this essay?

One real archive per session: the demo's sample web (demo/site.py) served on 127.0.0.1
and crawled by the real spider. What each served document carries is known beforehand
(`EXPECTED_DOCUMENTS`): a bundled essay's text must find exactly its own documents, and
none of the others, which share its topic (hard negatives).
"""

from __future__ import annotations

import json
import socket
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from archive.cli import cli
from demo import reposts
from demo.crawl import DemoArchive
from demo.essays import Essay, load_essays
from demo.server import serve
from demo.site import EXPECTED_DOCUMENTS, build_sites

UNRELATED = """江南春早

三月的江南，细雨如丝，柳枝刚刚抽出嫩芽。清晨走在青石板路上，能听见屋檐滴水的声音，远处的茶园笼着一层薄雾。
采茶的人背着竹篓上山，手指在茶树间飞快地移动，只摘一芽一叶。午后雨停，河面上漂着几只乌篷船，船娘唱着听不懂的小调。
傍晚时分，街边的小店飘出新茶的香气，老人们坐在门口下棋，孩子们追着一只花猫跑过石桥。这样的日子平常而安静，却让人久久难忘。
"""


def run_match(db: Path, source: str | Path, *options: str) -> Result:
    return CliRunner().invoke(cli, ["match", "--db", str(db), str(source), *options])


def found(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def urls(rows: Sequence[dict[str, Any]], kind: str) -> set[str]:
    return {row["url"] for row in rows if row["kind"] == kind}


def essay_file(folder: Path, essay: Essay, *, encoding: str = "utf-8") -> Path:
    """The essay as a user holds it: its title, a blank line, its paragraphs."""
    path = folder / f"{essay.slug}.txt"
    path.write_bytes(f"{essay.title}\n\n{essay.text}\n".encode(encoding))
    return path


BUNDLED = sorted(load_essays())
SERVED = sorted(set(BUNDLED) & set(EXPECTED_DOCUMENTS.values()))


@pytest.mark.parametrize("slug", SERVED)
def test_a_bundled_essay_finds_exactly_its_copies(
    demo_archive: DemoArchive, tmp_path: Path, slug: str
) -> None:
    essay = load_essays()[slug]
    result = run_match(demo_archive.db, essay_file(tmp_path, essay), "--json")
    assert result.exit_code == 0, result.output
    rows = found(result)
    assert urls(rows, "copy") == demo_archive.documents_of(slug)
    # A partial repost of it (an excerpt) is contained in it; no document contains it.
    assert urls(rows, "contained_in") == demo_archive.documents_of(f"{slug}-excerpt")
    assert urls(rows, "contains") == set()
    assert {row["input"] for row in rows} == {str(tmp_path / f"{slug}.txt")}
    assert {row["input_title"] for row in rows} == {essay.title}
    dates = [row["published"] or row["first_fetched_at"] for row in rows]
    assert dates == sorted(dates)  # earliest first


def test_the_compilation_page_is_among_the_copies(
    demo_archive: DemoArchive, tmp_path: Path
) -> None:
    essay = load_essays()["zhengjiguan-yinling"]
    result = run_match(demo_archive.db, essay_file(tmp_path, essay, encoding="gb18030"))
    assert result.exit_code == 0, result.output
    compilation = demo_archive.url("magazine", "/issue/2025-06/page12.html#essay-1")
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"«{essay.title}» (")
    assert f": {len(demo_archive.documents_of(essay.slug))} copies, 0 containing" in lines[0]
    assert any(line.startswith("  copy at distance ") and compilation in line for line in lines)


def test_an_excerpt_is_contained_in_the_compilation(
    demo_archive: DemoArchive, tmp_path: Path
) -> None:
    lujing = load_essays()["ronghe-lujing"]
    excerpt = reposts.excerpt(lujing, "摘编", 0.35)
    result = run_match(demo_archive.db, essay_file(tmp_path, excerpt), "--json")
    assert result.exit_code == 0, result.output
    rows = found(result)
    assert urls(rows, "contains") == demo_archive.documents_of("ronghe-lujing")
    assert urls(rows, "copy") == demo_archive.documents_of("ronghe-lujing-excerpt")
    for row in rows:
        if row["kind"] == "contains":
            assert row["text_in_document"] >= 0.8 > row["document_in_text"]


def test_a_saved_compilation_page_matches_each_of_its_essays(
    demo_archive: DemoArchive, tmp_path: Path
) -> None:
    saved = tmp_path / "page12.html"
    saved.write_bytes(build_sites()["magazine"]["/issue/2025-06/page12.html"].body)
    result = run_match(demo_archive.db, saved, "--json")
    assert result.exit_code == 0, result.output
    rows = found(result)
    fragments = {
        p.split("#")[1]: slug
        for (host, p), slug in EXPECTED_DOCUMENTS.items()
        if p.startswith("/issue/2025-06/page12.html#")
    }
    assert {row["input"] for row in rows} == {f"{saved}#{f}" for f in fragments}
    for fragment, slug in fragments.items():
        mine = [row for row in rows if row["input"] == f"{saved}#{fragment}"]
        assert urls(mine, "copy") == demo_archive.documents_of(slug)


def test_a_saved_big5_page_in_traditional_script(demo_archive: DemoArchive, tmp_path: Path) -> None:
    path = "/sxll/2026-02/08/content_10071.html"
    saved = tmp_path / "news.html"
    saved.write_bytes(build_sites()["news"][path].body)
    result = run_match(demo_archive.db, saved, "--json")
    assert result.exit_code == 0, result.output
    rows = found(result)
    assert urls(rows, "copy") == demo_archive.documents_of(EXPECTED_DOCUMENTS[("news", path)])
    assert {row["script"] for row in rows} == {"hans", "hant"}
    assert {row["distance"] for row in rows if row["url"] == demo_archive.url("news", path)} == {0}


def test_a_url_fetched_once(demo_archive: DemoArchive) -> None:
    """The blog's cut repost (GBK, charset in <meta> only), served anew: beyond simhash's
    threshold from the full essay's copies, found by their shared passages."""
    path = "/p/1006.html"
    with serve(build_sites()) as hosts:
        result = run_match(demo_archive.db, hosts["blog"] + path, "--json")
    assert result.exit_code == 0, result.output
    rows = found(result)
    assert urls(rows, "copy") == demo_archive.documents_of(EXPECTED_DOCUMENTS[("blog", path)])
    assert {row["via"] for row in rows} >= {"simhash", "passages"}
    assert all(row["input"] == hosts["blog"] + path for row in rows)


def test_an_unrelated_essay_finds_nothing(demo_archive: DemoArchive, tmp_path: Path) -> None:
    text = tmp_path / "jiangnan.txt"
    text.write_text(UNRELATED, encoding="utf-8")
    result = run_match(demo_archive.db, text)
    assert result.exit_code == 1, result.output
    assert "0 copies, 0 containing it, 0 contained in it" in result.stdout
    assert run_match(demo_archive.db, text, "--json").stdout == ""
    # Bundled essays that the sample web does not carry share its topic: hard negatives.
    for slug in sorted(set(BUNDLED) - set(SERVED)):
        essay = load_essays()[slug]
        assert run_match(demo_archive.db, essay_file(tmp_path, essay)).exit_code == 1, slug


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "no file "),
        (lambda d: (d / "empty.txt").write_text("  \n") and d / "empty.txt", " is empty"),
        (lambda d: (d / "short.txt").write_text("一句话。") and d / "short.txt", "too short"),
        (lambda d: (d / "b.bin").write_bytes(bytes(range(256)) * 8) and d / "b.bin", "not UTF-8"),
        (lambda d: d, "is a directory"),
        (lambda d: f"http://127.0.0.1:{free_port()}/essay.html", "cannot fetch "),
        (lambda d: "ftp://127.0.0.1/essay.txt", "only http and https"),
    ],
)
def test_a_bad_input_is_one_line_and_exit_2(
    demo_archive: DemoArchive, tmp_path: Path, make: Any, message: str
) -> None:
    result = run_match(demo_archive.db, make(tmp_path))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and message in result.stderr, result.stderr


def test_a_page_without_an_essay(demo_archive: DemoArchive, tmp_path: Path) -> None:
    saved = tmp_path / "listing.html"
    saved.write_bytes(build_sites()["blog"]["/"].body)
    result = run_match(demo_archive.db, saved)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "no essay on the page (listing" in result.stderr


@pytest.mark.parametrize("db", ["README.md", "missing.db"])
def test_not_an_archive(tmp_path: Path, db: str) -> None:
    text = tmp_path / "jiangnan.txt"
    text.write_text(UNRELATED, encoding="utf-8")
    not_archive = Path(__file__).parent.parent / db if db == "README.md" else tmp_path / db
    result = run_match(not_archive, text)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and str(not_archive) in result.stderr
    assert not (tmp_path / "missing.db").exists()
