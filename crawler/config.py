"""Checks of a crawl's configuration, before anything is fetched or opened."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings

from archive import ArchiveError
from archive.schema import peek
from crawler import settings as defaults


def explicit(settings: BaseSettings, name: str) -> bool:
    """Whether a setting was given for this crawl (-s, the spider) rather than left at the
    project's default: the archive's kept n-gram size and threshold yield only to those."""
    return (settings.getpriority(name) or 0) > SETTINGS_PRIORITIES["project"]


def crawl_ngram(settings: BaseSettings) -> int:
    """The fingerprints' n-gram size: the archive's own (it keeps the one it was built with),
    unless SIMHASH_NGRAM is given for this crawl; the archive checks the two agree."""
    if not explicit(settings, "SIMHASH_NGRAM"):
        try:
            kept = peek(Path(settings.get("ARCHIVE_DB"))).get("simhash_ngram")
        except ArchiveError:
            kept = None  # the archive pipeline refuses the file and closes the spider
        if kept:
            return int(kept)
    return settings.getint("SIMHASH_NGRAM")


def setting_problems(settings: BaseSettings) -> list[str]:
    """Project settings whose value is not of their default's type (checked once, up front).

    Ranges are checked where each value is used (the archive checks its own).
    """
    problems = []
    for name, default in vars(defaults).items():
        if not name.isupper() or not name.startswith(
            ("ESSAYS_", "EXTRACT_", "SIMHASH_", "ARCHIVE_")
        ):
            continue
        getter = {bool: settings.getbool, int: settings.getint, float: settings.getfloat}.get(
            type(default)
        )
        try:
            if getter is not None:
                getter(name)
        except ValueError:
            needed = {bool: "True or False", int: "an integer", float: "a number"}[type(default)]
            problems.append(f"-s {name}={settings.get(name)!s}: {needed} is needed")
    problems += _range_problems(settings)
    return problems


def _range_problems(settings: BaseSettings) -> list[str]:
    """Numbers of the crawl's own settings outside their range (their type checked first)."""
    problems = []
    ranges: tuple[tuple[str, str, Callable[[float], bool]], ...] = (
        ("ESSAYS_REVISIT_DAYS", "a number of days, 0 or more,", lambda v: 0 <= v < math.inf),
        ("EXTRACT_WORKERS", "0 or more worker processes", lambda v: v >= 0),
        ("EXTRACT_TIMEOUT", "a number of seconds above 0", lambda v: 0 < v < math.inf),
    )
    for name, needed, holds in ranges:
        try:
            if not holds(float(settings.get(name))):
                problems.append(f"-s {name}={settings.get(name)}: {needed} is needed")
        except (TypeError, ValueError):
            pass  # reported by setting_problems
    return problems
