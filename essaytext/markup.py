"""Repairs to page markup that would stop an HTML parser short of the essay."""

from __future__ import annotations

import re

# Templated sites paste whole documents into pages: a stray </html> or </body> mid-page makes
# libxml2 drop everything after it (measured: a gov.cn page lost its article this way).
_EARLY_CLOSE = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def repair_markup(html: str) -> str:
    """Drop closing html/body tags (the parser closes them at the end) and control characters."""
    return _CONTROL.sub("", _EARLY_CLOSE.sub("", html))
