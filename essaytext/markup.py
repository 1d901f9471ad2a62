"""Repairs to page markup that would stop an HTML parser short of the essay, and the one parser."""

from __future__ import annotations

import re

import lxml.etree
import lxml.html
from trafilatura.utils import repair_faulty_html

# Templated sites paste whole documents into pages: a stray </html> or </body> mid-page makes
# libxml2 drop everything after it (measured: a gov.cn page lost its article this way).
_EARLY_CLOSE = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# trafilatura's loader options, plus huge_tree: without it libxml2 stops at 256 levels of
# nesting and silently drops the text below (pages built of nested layout tables do that).
_OPTIONS = {
    "collect_ids": False,
    "default_doctype": False,
    "remove_comments": True,
    "remove_pis": True,
    "huge_tree": True,
}
_PARSER = lxml.html.HTMLParser(**_OPTIONS)
_BYTES_PARSER = lxml.html.HTMLParser(encoding="utf-8", **_OPTIONS)
# Every element an HtmlElement, chosen in C: lxml.html's own lookup runs a Python method for
# every element touched (for form classes we never use), 8% of a page's extraction measured.
_LOOKUP = lxml.etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)
_PARSER.set_element_class_lookup(_LOOKUP)
_BYTES_PARSER.set_element_class_lookup(_LOOKUP)


# A forum shows a recent time as 前天 10:03 and the time itself in the element's title.
_RELATIVE_TIME = re.compile(
    r"""(<(?:span|em|abbr|time|font)\b[^>]*?\btitle\s*=\s*["']"""
    r"""((?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)["'][^>]*>)"""
    r"""\s*(?:前天|昨天|今天|刚刚|半小时前|\d{1,2}\s*(?:秒|分钟|小时|天)前)(?:&nbsp;|\s)*(?:\d{1,2}:\d{2})?\s*<"""
)


def repair_markup(html: str) -> str:
    """Drop closing html/body tags (the parser closes them at the end) and control
    characters; a relative time shown (前天 10:03) gives way to the time in its title."""
    html = _RELATIVE_TIME.sub(r"\1\2<", html)
    return _CONTROL.sub("", _EARLY_CLOSE.sub("", html))


def parse_markup(html: str) -> lxml.html.HtmlElement | None:
    """A page's tree, repaired, deep nesting kept; None when nothing parses.

    Unlike trafilatura's loader it never rejects a page for what precedes <html> (a
    <script> or a comment first): the parser places them where they belong.
    """
    text = repair_faulty_html(repair_markup(html), html[:50].lower())
    try:
        return lxml.html.fromstring(text, parser=_PARSER)
    except ValueError:  # a str that declares its encoding (<?xml … encoding=…?>)
        return lxml.html.fromstring(text.encode("utf-8"), parser=_BYTES_PARSER)
    except lxml.etree.ParserError:
        return None
