"""The archive in Datasette: the shipped metadata, the plugin's Chinese search, and `serve`.

A real archive of the bundled essays (one copied in traditional script on another site,
two bundled in a compilation) is opened read-only through Datasette's own test client,
and `python -m archive serve` is started on a free 127.0.0.1 port.
"""

from __future__ import annotations

import asyncio
import importlib.metadata
import json
import socket
import sqlite3
import subprocess
import sys
import textwrap
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from datasette.app import Datasette
from opencc import OpenCC

from archive import Archive, Page
from archive.cli import cli
from archive.connection import WriterLock
from archive.datasette_plugin import register
from archive.search import search, where_matching
from demo.essays import load_essays
from essaytext.essay import Essay
from essaytext.fingerprint import fingerprints
from essaytext.normalize import detect_script

register()  # a no-op when the package's entry point loaded it
COPIED = "zhengjiguan-yinling"  # republished in traditional script on tw.example
BUNDLED = ("jidian-sikao", "tongzhan-dongguashan")  # both in one compilation page
HIDDEN = {
    "meta",
    "template_hosts",
    "template_keys",
    "template_pages",
    "simhash_blocks",
    "simhash_recent",
    "passages",
    "_sqlite_migrations",
    "documents_fts",
}
SHOWN = {"documents", "clusters", "relations", "versions", "pages", "runs"}


def _add(archive: Archive, url: str, title: str, published: str | None, text: str) -> None:
    site = urllib.parse.urlsplit(url).netloc
    essay = Essay(
        title,
        None,
        published,
        text,
        detect_script(text),
        fingerprints=fingerprints(text, archive.ngram),
    )
    archive.add(Page(url, site, "2026-03-01T00:00:00+00:00", body=text.encode()), essay)


@pytest.fixture(scope="module")
def essays_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed archive named essays.db (Datasette calls it `essays`)."""
    path = tmp_path_factory.mktemp("datasette") / "essays.db"
    essays = load_essays()
    s2t = OpenCC("s2t")
    with Archive(path) as archive:
        for slug, essay in essays.items():
            _add(
                archive,
                f"http://news.example/{slug}.html",
                essay.title,
                essay.published,
                essay.text,
            )
        copied = essays[COPIED]
        _add(
            archive,
            "http://tw.example/a.html",
            s2t.convert(copied.title),
            None,
            s2t.convert(copied.text),
        )
        bundle = "\n".join(essays[slug].text for slug in BUNDLED)
        _add(archive, "http://mag.example/issue.html", "合订本", "2025-07", bundle)
        archive.commit()
    return path


def _query(db: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return conn.execute(sql, params).fetchall()


def _get(*paths: str, files: list[Path]) -> list[Any]:
    """GET each path from Datasette serving the files read-only; the JSON bodies."""

    async def fetch() -> list[Any]:
        datasette = Datasette([], immutables=[str(f) for f in files])
        bodies = []
        for path in paths:
            response = await datasette.client.get(path)
            assert response.status_code == 200, (path, response.text[:500])
            bodies.append(response.json())
        return bodies

    return asyncio.run(fetch())


def test_the_plugin_is_installed_as_a_datasette_entry_point() -> None:
    plugins = importlib.metadata.entry_points(group="datasette")
    assert "archive.datasette_plugin" in {plugin.value for plugin in plugins}


def test_register_loads_the_plugin_where_it_is_not_installed(essays_db: Path) -> None:
    """As `serve` does: Datasette's own plugins are loaded first, and the archive's
    escape_fts must still replace theirs."""
    code = f"""
        import asyncio, sys
        sys._called_from_test = True  # Datasette then loads no entry point
        from datasette.app import Datasette
        from datasette.plugins import pm
        from archive.datasette_plugin import register
        assert "essay-archive" not in dict(pm.list_name_plugin())
        register()
        datasette = Datasette([], immutables=[{str(essays_db)!r}])
        path = "/essays/documents.json?_search=政绩观&_shape=objects&_col=url"
        print(asyncio.run(datasette.client.get(path)).text)
    """
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert _urls(json.loads(done.stdout)["rows"]) == _matching(essays_db, "政绩观") != set()


def test_documents_table_sorted_by_published_with_facets_and_labels(essays_db: Path) -> None:
    (body,) = _get(
        "/essays/documents.json?_shape=objects&_size=max&_col=published"
        "&_col=site&_col=script&_col=cluster&_labels=on",
        files=[essays_db],
    )
    rows = body["rows"]
    expected = _query(essays_db, "SELECT published FROM documents ORDER BY published DESC, id")
    assert [row["published"] for row in rows] == [p for (p,) in expected]
    assert body["human_description_en"] == "sorted by published descending"
    for facet in ("site", "script", "cluster"):
        counts = {r["value"]: r["count"] for r in body["facet_results"][facet]["results"]}
        assert counts == dict(
            _query(essays_db, f"SELECT {facet}, COUNT(*) FROM documents GROUP BY {facet}")
        ), facet
    assert all(row["cluster"]["label"] == row["cluster"]["value"] for row in rows)  # label: id


def test_label_columns(essays_db: Path) -> None:
    async def labels() -> tuple[str | None, str | None]:
        db = Datasette([], immutables=[str(essays_db)]).get_database("essays")
        return (
            await db.label_column_for_table("documents"),
            await db.label_column_for_table("clusters"),
        )

    assert asyncio.run(labels()) == ("title", "id")


def test_internal_tables_are_hidden(essays_db: Path) -> None:
    (body,) = _get("/essays.json", files=[essays_db])
    hidden = {t["name"] for t in body["tables"] if t["hidden"]}
    shown = {t["name"] for t in body["tables"] if not t["hidden"]}
    assert hidden >= HIDDEN and shown >= SHOWN
    assert not shown & HIDDEN and not any(name.startswith("documents_fts") for name in shown)
    assert {"search", "copies", "essays_with_copies", "partial_copies"} <= {
        q["name"] for q in body["queries"]
    }


def _urls(rows: list[dict[str, Any]]) -> set[str]:
    return {row["url"] for row in rows}


def _matching(db: Path, query: str) -> set[str]:
    """What archive.search's own condition finds, straight from SQLite."""
    condition, params = where_matching(query)
    found = _query(db, f"SELECT d.url FROM documents d WHERE {condition}", tuple(params))
    return {url for (url,) in found}


@pytest.mark.parametrize("query", ["政绩", "政績", "政绩观", "高质量 发展", "党建"])
def test_search_box_finds_both_scripts_as_archive_search_does(essays_db: Path, query: str) -> None:
    (body,) = _get(
        f"/essays/documents.json?_search={query}&_shape=objects&_col=url&_size=max",
        files=[essays_db],
    )
    assert _urls(body["rows"]) == _matching(essays_db, query) != set()


def test_search_box_takes_a_single_character(essays_db: Path) -> None:
    (body,) = _get(
        "/essays/documents.json?_search=觀&_shape=objects&_col=url&_size=max", files=[essays_db]
    )
    found = _urls(body["rows"])
    # Where a letter or digit follows the character: all but a text's very last one.
    assert "http://tw.example/a.html" in found and found <= _matching(essays_db, "观")


@pytest.mark.parametrize("query", ["政绩", "观", "國有 企业"])
def test_search_query_ranks_as_archive_search(essays_db: Path, query: str) -> None:
    (body,) = _get(f"/essays/search.json?query={query}&_shape=objects", files=[essays_db])
    with sqlite3.connect(f"file:{essays_db}?mode=ro", uri=True) as conn:
        hits = search(conn, query, limit=100)
    assert [row["id"] for row in body["rows"]] == [hit.document_id for hit in hits] != []
    assert [row["snippet"] for row in body["rows"]] == [hit.snippet for hit in hits]
    traditional = [row for row in body["rows"] if row["url"] == "http://tw.example/a.html"]
    assert traditional and traditional[0]["canonical"] == 0


def test_search_query_with_an_empty_form_finds_nothing(essays_db: Path) -> None:
    (empty, punctuation) = _get(
        "/essays/search.json?query=&_shape=objects",
        "/essays/search.json?query=，。&_shape=objects",
        files=[essays_db],
    )
    assert empty["rows"] == [] == punctuation["rows"] and empty["error"] is None


def test_copies_of_a_cluster(essays_db: Path) -> None:
    [(cluster,)] = _query(
        essays_db, "SELECT cluster FROM documents WHERE url = ?", ("http://tw.example/a.html",)
    )
    (copies, biggest) = _get(
        f"/essays/copies.json?cluster={cluster}&_shape=objects",
        "/essays/essays_with_copies.json?_shape=objects",
        files=[essays_db],
    )
    rows = copies["rows"]
    assert [(r["url"], r["script"], r["canonical"]) for r in rows] == [
        (f"http://news.example/{COPIED}.html", "hans", 1),
        ("http://tw.example/a.html", "hant", 0),
    ]
    assert biggest["rows"][0]["cluster"] == cluster and biggest["rows"][0]["copies"] == 2
    assert biggest["rows"][0]["title"] == load_essays()[COPIED].title


def test_partial_copies_name_both_documents(essays_db: Path) -> None:
    (body,) = _get("/essays/partial_copies.json?_shape=objects", files=[essays_db])
    titles = {essay.title for slug, essay in load_essays().items() if slug in BUNDLED}
    assert {row["title"] for row in body["rows"]} == titles
    assert {row["in_title"] for row in body["rows"]} == {"合订本"}
    assert all(0.8 <= row["overlap"] <= 1 for row in body["rows"])


def test_essay_match_serves_sql_of_ones_own(essays_db: Path) -> None:
    sql = urllib.parse.quote(
        "select url from documents where id in "
        "(select rowid from documents_fts where documents_fts match essay_match(:q))"
    )
    (rows,) = _get(f"/essays.json?sql={sql}&q=政績觀&_shape=array", files=[essays_db])
    assert _urls(rows) == _matching(essays_db, "政绩观") != set()


def test_other_databases_keep_datasette_as_it_is(essays_db: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE meta (key TEXT)")
    (listing, escaped) = _get(
        "/other.json",
        "/other.json?sql=select+escape_fts('政绩 观')&_shape=array",
        files=[essays_db, other],
    )
    assert listing["queries"] == [] and not listing["tables"][0]["hidden"]
    assert list(escaped[0].values()) == ['"政绩" "观"']  # Datasette's own escaping


# --- python -m archive serve ---


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _serve(db: Path, *args: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "archive", "serve", "--db", str(db), *args]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _poll(url: str, server: subprocess.Popen[str], timeout: float = 60) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert server.poll() is None, server.communicate()
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return json.load(response)
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.2)
    raise AssertionError(f"no answer from {url} in {timeout} s")


def _stop(server: subprocess.Popen[str]) -> str:
    server.terminate()
    _, stderr = server.communicate(timeout=30)
    return stderr


def test_serve_answers_on_localhost(essays_db: Path) -> None:
    port = _free_port()
    server = _serve(essays_db, "--port", str(port))
    try:
        query = urllib.parse.quote("政绩")
        rows = _poll(
            f"http://127.0.0.1:{port}/essays/search.json?query={query}&_shape=array", server
        )
        settings = _poll(f"http://127.0.0.1:{port}/-/settings.json", server)
    finally:
        stderr = _stop(server)
    assert "http://tw.example/a.html" in {row["url"] for row in rows}
    assert settings["suggest_facets"] is False and settings["truncate_cells_html"] == 300
    assert f"http://127.0.0.1:{port}" in stderr


def test_serve_notes_an_archive_of_an_earlier_release(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    old.write_bytes((Path(__file__).parent / "data" / "archive-schema3.db").read_bytes())
    port = _free_port()
    server = _serve(old, "--port", str(port))
    try:
        body = _poll(f"http://127.0.0.1:{port}/old/documents.json?_shape=objects", server)
    finally:
        stderr = _stop(server)
    assert body["rows"] and "has no search index" in stderr
    assert old.read_bytes() == (Path(__file__).parent / "data" / "archive-schema3.db").read_bytes()


def _refused(args: list[str]) -> str:
    result = CliRunner().invoke(cli, ["serve", *args])
    assert result.exit_code == 1, result.output
    assert result.output.startswith("Error: ") and result.output.count("\n") == 1, result.output
    return result.output


def test_serve_refuses_bad_archives_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not an archive")
    with sqlite3.connect(tmp_path / "other.db") as conn:
        conn.execute("CREATE TABLE things (x)")
    assert "no archive at" in _refused(["--db", str(tmp_path / "missing.db")])
    assert "not an SQLite file" in _refused(["--db", str(tmp_path / "notes.txt")])
    assert "not an essay archive" in _refused(["--db", str(tmp_path / "other.db")])
    assert "is a directory" in _refused(["--db", str(tmp_path)])


def test_serve_refuses_a_busy_port_and_an_archive_being_written(essays_db: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = str(taken.getsockname()[1])
        assert "cannot listen on 127.0.0.1:" in _refused(["--db", str(essays_db), "--port", port])
    lock = WriterLock(essays_db)
    lock.acquire()
    try:
        assert "is being written (pid" in _refused(["--db", str(essays_db), "--port", "1"])
    finally:
        lock.release()
    assert "Usage" in CliRunner().invoke(cli, ["serve", "--port", "0"]).output


def test_serve_without_datasette_says_how_to_install_it(essays_db: Path) -> None:
    code = (
        "import sys; sys.modules['datasette'] = None; from archive.cli import cli; "
        f"cli(['serve', '--db', {str(essays_db)!r}])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 1
    assert result.stderr == "Error: serve needs Datasette: pip install 'essay-archive[datasette]'\n"
