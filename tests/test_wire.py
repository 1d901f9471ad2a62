"""What nodes send the writer (archive/wire.py): read back whole, damage refused in one line."""

from __future__ import annotations

import zlib

import pytest

from archive.records import Page
from archive.wire import BadMessage, PageMessage, decode, encode
from essaytext.essay import Essay
from essaytext.fingerprint import fingerprints
from essaytext.page import SiteRules
from essaytext.template import Seen

TEXT = "堅持以人民為中心的發展思想，把人民對美好生活的嚮往作為奮鬥目標。" * 4


def message(essays: tuple[Essay, ...]) -> PageMessage:
    page = Page(
        url="http://127.0.0.1:8000/a/1.html",
        site="127.0.0.1:8000",
        fetched_at="2026-12-01T05:00:00+00:00",
        source="news",
        status=200,
        encoding="gb18030",
        headers={"Content-Type": "text/html; charset=gb18030", "ETag": '"x1"'},
        body="<html>正文</html>".encode("gb18030") + b"\xff\x00\n\n",
    )
    return PageMessage(
        page=page,
        essays=essays,
        seen=Seen(frozenset({"上一篇"}), frozenset({"新聞網"})),
        rules=SiteRules(("//div[@id='nav']",), ("^責任編輯",), "gb18030"),
    )


def test_a_page_with_its_essays_is_read_back_whole() -> None:
    essay = Essay(
        title="題目",
        author="作者",
        published="2026-11-30",
        text=TEXT,
        script="traditional",
        fragment="essay-2",
        fingerprints=fingerprints(TEXT, 4),
    )
    sent = message((essay,))
    assert decode(encode(sent)) == sent


def test_a_page_without_essays_travels_without_its_body() -> None:
    sent = message(())
    got = decode(encode(sent))
    assert got.page.body == b"" and got.page.url == sent.page.url and got.seen == sent.seen


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not zlib",
        zlib.compress(b"{}\n"),
        zlib.compress(b'{"v": 99}\n'),
        zlib.compress(b"[1]\n"),
    ],
)
def test_a_damaged_message_is_refused(data: bytes) -> None:
    with pytest.raises(BadMessage):
        decode(data)
