"""Decoding of fetched pages whose declared charset may be wrong or missing."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
# Decoders that read their common subsets correctly: GB2312 and GBK pages use GB18030
# characters often; Big5 pages often use HKSCS extensions.
SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "big5": "big5hkscs",
    "cp950": "big5hkscs",
}
# A page may carry a few broken bytes (truncated ads, bad copy-paste): tolerate up to this share.
MAX_BAD_SHARE = 0.002
# ... or, in the charset the page declares, up to this many broken sequences whatever its
# length: a short page declared UTF-8 with two bad sequences is UTF-8, not GB18030.
MAX_BAD_DECLARED = 16


def canonical_encoding(name: str | None) -> str | None:
    """Python codec name for a declared charset, widened to its superset; None if unknown."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None
    return SUPERSETS.get(codec, codec)


def declared_meta_charset(body: bytes) -> str | None:
    """The charset a page's <meta> declares in its first 4 KB, if any."""
    match = META_CHARSET.search(body[:4096])
    return match.group(1).decode("ascii") if match else None


_CHARSET = re.compile(r"charset=[\"']?([\w.:-]+)", re.IGNORECASE)


def content_type_charset(content_type: str) -> str | None:
    """The charset a Content-Type header names, if any."""
    match = _CHARSET.search(content_type)
    return match.group(1) if match else None


def decode_html(
    body: bytes, header_charset: str | None = None, site_encoding: str | None = None
) -> tuple[str, str]:
    """Decode a page, returning (text, encoding used).

    Order: a site's configured encoding, a BOM, then the first of UTF-8, the header's
    charset and the meta charset that decodes cleanly, then detection. UTF-8 is tried
    before the declared charsets because GB18030 accepts most UTF-8 byte sequences
    without error, while UTF-8 rejects GBK and Big5 almost at once.
    """
    forced = canonical_encoding(site_encoding)
    if forced:
        return body.decode(forced, errors="replace"), forced
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if body.startswith(bom):
            return body.decode(name, errors="replace"), name
    declared = {
        c
        for c in (
            canonical_encoding(header_charset),
            canonical_encoding(declared_meta_charset(body)),
        )
        if c
    }
    for encoding in dict.fromkeys(["utf-8", *sorted(declared)]):
        text = body.decode(encoding, errors="replace")
        bad = text.count("\ufffd")
        # What the page declares holds despite a few broken sequences (a truncated ad, a
        # bad paste); undeclared, UTF-8 must be almost clean to be believed.
        if bad / max(len(text), 1) <= MAX_BAD_SHARE or (
            encoding in declared and bad <= MAX_BAD_DECLARED
        ):
            return text, encoding
    best = from_bytes(body[:200_000]).best()
    encoding = canonical_encoding(best.encoding if best else None) or "gb18030"
    return body.decode(encoding, errors="replace"), encoding
