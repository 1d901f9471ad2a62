"""`python -m archive warc`: the archive's fetches as WARC 1.1, checked with warcio and replayed by pywb.

One archive, crawled twice by the real spider: the demo's sample web, served with
validators (the second crawl is answered 304 throughout), and a plain host without
them, on which between the crawls one article's text changes and another article's
bytes change but not its essay (an HTML comment), while a third stays the same.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator

from archive import Archive
from archive.cli import cli
from demo.crawl import crawl
from demo.server import serve
from demo.site import Page, build_sites
from demo.web import article, numbered_site

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
# pywb lives in a virtualenv of its own: it requires brotlipy, which shadows the brotli module
# Scrapy decodes `Content-Encoding: br` with. `.ci/run` makes it; PYWB_BIN points elsewhere.
PYWB_BIN = Path(
    os.environ.get("PYWB_BIN", Path(__file__).resolve().parent.parent / ".venv-pywb/bin")
)
CHANGED, COMMENTED, SAME = "/a/3.html", "/a/2.html", "/a/1.html"
PROFILE = "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"


@dataclass(frozen=True)
class Crawled:
    db: Path
    plain: str  # the plain host's base URL
    served: tuple[dict[str, bytes], dict[str, bytes]]  # each crawl's URL -> bytes served
    between: str  # a WARC-Date after the first crawl and before the second


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Crawled:
    db = tmp_path_factory.mktemp("warc") / "archive.db"
    sites, plain = build_sites(), numbered_site(3)
    served: list[dict[str, bytes]] = []
    with serve(sites, validators=True) as hosts, serve({"plain": plain}) as plain_host:
        by_base = {
            **{hosts[name]: site for name, site in sites.items()},
            plain_host["plain"]: plain,
        }
        start = [base + "/" for base in by_base]
        for run in range(2):
            if run:
                time.sleep(1.1)  # archive times are in whole seconds
                between = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
                time.sleep(1.1)
                plain[CHANGED] = Page(article(3, extra="<p>这是第3篇文章改写后新加的一段。</p>"))
                plain[COMMENTED] = Page(article(2, extra="<!-- 只改了注释 -->"))
            served.append(
                {
                    base + path: page.body
                    for base, site in by_base.items()
                    for path, page in site.items()
                }
            )
            result = crawl(start, db)
            assert result.returncode == 0, result.stderr[-3000:]
    return Crawled(db, plain_host["plain"], (served[0], served[1]), between)


def write(db: Path, out: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "archive", "warc", "--db", str(db), "-o", str(out), *options],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip


def records(path: Path) -> list[dict[str, Any]]:
    """Each record's type, WARC headers and HTTP status, and a response's body as stored."""
    found = []
    with path.open("rb") as file:
        for record in ArchiveIterator(file):
            header = record.rec_headers.get_header
            found.append(
                {
                    "type": record.rec_type,
                    "id": header("WARC-Record-ID"),
                    "uri": header("WARC-Target-URI"),
                    "date": header("WARC-Date"),
                    "digest": header("WARC-Payload-Digest"),
                    "length": int(header("Content-Length")),
                    "profile": header("WARC-Profile"),
                    "refers_to": header("WARC-Refers-To"),
                    "refers_to_uri": header("WARC-Refers-To-Target-URI"),
                    "refers_to_date": header("WARC-Refers-To-Date"),
                    "concurrent_to": header("WARC-Concurrent-To"),
                    "status": record.http_headers.get_statuscode() if record.http_headers else None,
                    "body": record.raw_stream.read() if record.rec_type == "response" else None,
                }
            )
    return found


@pytest.fixture(scope="module")
def full(crawled: Crawled, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("full") / "archive.warc.gz"
    result = write(crawled.db, out)
    assert result.returncode == 0, result.stderr
    return out


def crawl_of(crawled: Crawled, date: str) -> int:
    return 0 if date < crawled.between else 1


def fetches(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in found if r["type"] in ("response", "revisit")]


def digest(body: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode()


def stored_pages(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {url for (url,) in conn.execute("SELECT url FROM pages")}


def test_warcio_check_and_index_read_every_record(full: Path) -> None:
    checked = subprocess.run([BIN / "warcio", "check", "-v", full], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout[-2000:]
    assert "digest pass" in checked.stdout and "fail" not in checked.stdout
    index = subprocess.run(
        [BIN / "warcio", "index", "-f", "warc-type,warc-target-uri", full],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    indexed = [json.loads(line) for line in index.stdout.splitlines()]
    assert [i["warc-type"] for i in indexed] == [r["type"] for r in records(full)]


def test_warcinfo_first_then_request_beside_each_response(full: Path) -> None:
    found = records(full)
    assert found[0]["type"] == "warcinfo"
    assert [r["type"] for r in found].count("warcinfo") == 1
    for at, record in enumerate(found):
        if record["type"] == "response":
            request = found[at + 1]
            assert request["type"] == "request" and request["uri"] == record["uri"]
            assert request["concurrent_to"] == record["id"]
    assert len([r for r in found if r["type"] == "request"]) == len(
        [r for r in found if r["type"] == "response"]
    )


def test_each_stored_page_has_both_fetches_and_each_new_payload_as_served(
    crawled: Crawled, full: Path
) -> None:
    found = fetches(records(full))
    assert {r["uri"] for r in found} == stored_pages(crawled.db)
    for url in stored_pages(crawled.db):
        runs = [crawl_of(crawled, r["date"]) for r in found if r["uri"] == url]
        assert runs == [0, 1], url
    for response in (r for r in found if r["type"] == "response"):
        body = response["body"]
        assert body == crawled.served[crawl_of(crawled, response["date"])][response["uri"]]
        assert response["digest"] == digest(body) and response["status"] == "200"
    new = {
        (url, digest(served[url])) for served in crawled.served for url in stored_pages(crawled.db)
    }
    assert {(r["uri"], r["digest"]) for r in found if r["type"] == "response"} == new


def test_unchanged_refetches_and_304s_are_revisits_of_the_response(
    crawled: Crawled, full: Path
) -> None:
    found = records(full)
    responses = {r["id"]: r for r in found if r["type"] == "response"}
    revisits = [r for r in found if r["type"] == "revisit"]
    changed = {crawled.plain + CHANGED, crawled.plain + COMMENTED}
    assert {r["uri"] for r in revisits} == stored_pages(crawled.db) - changed
    assert crawled.plain + SAME in {r["uri"] for r in revisits}  # a 200 with the same bytes
    for revisit in revisits:
        original = responses[revisit["refers_to"]]
        assert revisit["profile"] == PROFILE
        assert revisit["refers_to_uri"] == original["uri"] == revisit["uri"]
        assert revisit["refers_to_date"] == original["date"] < revisit["date"]
        assert revisit["digest"] == original["digest"]
        assert revisit["length"] == 0 and revisit["status"] is None  # never a 304 to replay


def test_site_keeps_one_hosts_pages(crawled: Crawled, tmp_path: Path) -> None:
    out = tmp_path / "plain.warc.gz"
    site = crawled.plain.removeprefix("http://")
    result = write(crawled.db, out, "--site", site)
    assert result.returncode == 0, result.stderr
    found = fetches(records(out))
    assert {r["uri"] for r in found} == {crawled.plain + p for p in (SAME, COMMENTED, CHANGED)}
    assert [r["type"] for r in found].count("revisit") == 1
    assert "wrote 5 responses and 1 revisits" in result.stderr


def test_since_keeps_the_later_fetches_each_page_opening_with_its_response(
    crawled: Crawled, tmp_path: Path
) -> None:
    out = tmp_path / "since.warc"  # not gzipped: the name says so
    since = crawled.between.removesuffix("Z") + "+00:00"
    assert write(crawled.db, out, "--since", since).returncode == 0
    assert out.read_bytes().startswith(b"WARC/1.1\r\n")
    found = fetches(records(out))
    assert {r["uri"] for r in found} == stored_pages(crawled.db)
    assert all(r["type"] == "response" and r["date"] > crawled.between for r in found)
    for response in found:
        assert response["body"] == crawled.served[1][response["uri"]]


@pytest.mark.skipif(
    not (PYWB_BIN / "wayback").exists(),
    reason=f"pywb is not installed in {PYWB_BIN} (python3 -m venv .venv-pywb && "
    ".venv-pywb/bin/pip install 'pywb>=2.8,<3', or set PYWB_BIN)",
)
def test_pywb_replays_every_capture_byte_for_byte(
    crawled: Crawled, full: Path, tmp_path: Path
) -> None:
    for step in (["init", "essays"], ["add", "essays", str(full)]):
        subprocess.run(
            [PYWB_BIN / "wb-manager", *step], cwd=tmp_path, capture_output=True, check=True
        )
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [PYWB_BIN / "wayback", "-p", str(port), "-b", "127.0.0.1", "-d", str(tmp_path)]
    with (tmp_path / "wayback.log").open("wb") as log:
        wayback = subprocess.Popen(command, stdout=log, stderr=log)
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # 127.0.0.1 only
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                opener.open(f"http://127.0.0.1:{port}/", timeout=5).close()
                break
            except OSError:
                assert wayback.poll() is None and time.monotonic() < deadline, "pywb did not start"
                time.sleep(0.3)
        for capture in fetches(records(full)):
            stamp = "".join(c for c in capture["date"] if c.isdigit())
            url = f"http://127.0.0.1:{port}/essays/{stamp}id_/{capture['uri']}"
            with opener.open(url, timeout=30) as replay:
                body, status = replay.read(), replay.status
                memento = parsedate_to_datetime(replay.headers["Memento-Datetime"])
            assert status == 200, url
            assert body == crawled.served[crawl_of(crawled, capture["date"])][capture["uri"]]
            assert memento.strftime("%Y-%m-%dT%H:%M:%SZ") == capture["date"]  # this capture's
    finally:
        wayback.terminate()
        wayback.wait(timeout=30)


def test_an_older_archive_gets_its_fetch_log_from_pages_and_versions(
    crawled: Crawled, full: Path, tmp_path: Path
) -> None:
    older = tmp_path / "older.db"
    source, conn = sqlite3.connect(crawled.db), sqlite3.connect(older)
    source.backup(conn)
    source.close()
    with conn:  # as the release before the fetch log left it
        conn.execute("DROP TABLE fetches")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm006_fetch_log'")
    conn.close()
    out = tmp_path / "older.warc.gz"
    result = write(older, out)
    assert result.returncode == 0, result.stderr
    assert subprocess.run([BIN / "warcio", "check", out], capture_output=True).returncode == 0

    def captures(path: Path) -> set[tuple[str, str, str, str]]:
        return {(r["type"], r["uri"], r["date"], r["digest"]) for r in fetches(records(path))}

    # Kept alike: 304s and changed essays. Lost before the log: a page fetched again
    # whole keeps only its last fetch (its first, or its first bytes, were replaced).
    lost = {crawled.plain + SAME, crawled.plain + COMMENTED}
    made, live = captures(out), captures(full)
    assert {c for c in made if c[1] not in lost} == {c for c in live if c[1] not in lost}
    for url in lost:
        again = [c for c in made if c[1] == url]
        assert len(again) == 1 and again[0][0] == "response"
        assert again[0][2] > crawled.between


def test_a_schema_4_archive_is_migrated_and_written(tmp_path: Path) -> None:
    db = tmp_path / "pre10.db"
    shutil.copy(ROOT / "tests/data/archive-pre10.db", db)
    out = tmp_path / "pre10.warc.gz"
    result = write(db, out)
    assert result.returncode == 0, result.stderr
    found = fetches(records(out))
    with Archive(db, readonly=True) as archive:
        urls = [url for (url,) in archive.conn.execute("SELECT url FROM pages")]
        stored = {url: archive.pages.get(url) for url in urls}
    assert len(urls) == 5 and sorted(r["uri"] for r in found) == sorted(urls)
    for response in found:
        raw = stored[response["uri"]]
        assert raw is not None and response["body"] == raw[1]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--since", "last tuesday"], "is not a date"),
        (["-o", "{tmp}/no/such/folder/x.warc.gz"], "cannot write"),
        (["-o", "{tmp}"], "it is a directory"),
        (["-o", "{db}"], "it is an SQLite database"),
        (["--db", "{tmp}/notes.txt"], "not an SQLite file"),
        (["--db", "{tmp}/missing.db"], "no archive at"),
        (["--site", "nowhere.example"], "holds no pages of site nowhere.example"),
    ],
)
def test_bad_input_is_one_line(
    small_archive: Path, tmp_path: Path, options: list[str], message: str
) -> None:
    (tmp_path / "notes.txt").write_text("not an archive\n")
    db = tmp_path / "a.db"
    shutil.copy(small_archive, db)
    given = [o.format(tmp=tmp_path, db=db) for o in options]
    defaults = ["--db", str(db), "-o", str(tmp_path / "out.warc.gz")]
    result = CliRunner().invoke(cli, ["warc", *defaults, *given])
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and message in lines[0], lines
    assert not list(tmp_path.glob("*.partial")) and not (tmp_path / "out.warc.gz").exists()
