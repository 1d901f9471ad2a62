"""Decoding pages whose declared charset is wrong, missing, or right but with broken bytes."""

from __future__ import annotations

import pytest

from demo.essays import load_essays
from essaytext.encoding import decode_html

ESSAY = load_essays()["ronghe-lujing"]


def page(charset: str | None) -> str:
    meta = f"<meta charset='{charset}'>" if charset else ""
    body = "".join(f"<p>{p}</p>" for p in ESSAY.paragraphs)
    return f"<html><head>{meta}<title>{ESSAY.title}</title></head><body>{body}</body></html>"


def test_a_declared_utf8_page_with_two_broken_sequences_stays_utf8() -> None:
    # A short news item: two broken sequences are more than 0.2% of it.
    head, tail = ESSAY.paragraphs[0][:60], ESSAY.paragraphs[0][60:200]
    raw = f"<html><head><meta charset='utf-8'></head><body><p>{head}</p><p>{tail}</p></body></html>"
    encoded = raw.encode("utf-8")
    cut = encoded.index(tail.encode("utf-8"))
    end = encoded.index(b"</p></body>")
    broken = encoded[:cut] + b"\xff" + encoded[cut:end] + b"\xc3" + encoded[end:]
    text, encoding = decode_html(broken, "utf-8")
    assert encoding == "utf-8" and text.count("\ufffd") == 2
    assert head in text and tail in text


@pytest.mark.parametrize(
    ("raw", "header", "expected"),
    [
        (page(None).encode("gbk"), None, "gb18030"),  # no charset anywhere: detected
        (page(None).encode("gbk"), "utf-8", "gb18030"),  # a header that lies
        (page("big5").encode("big5", errors="ignore"), None, "big5hkscs"),  # <meta> only
    ],
)
def test_wrong_or_missing_charsets(raw: bytes, header: str | None, expected: str) -> None:
    assert decode_html(raw, header)[1] == expected
