"""Checks of a crawl's configuration, before anything is fetched or opened."""

from __future__ import annotations

import math

from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings

from crawler import settings as defaults


def explicit(settings: BaseSettings, name: str) -> bool:
    """Whether a setting was given for this crawl (-s, the spider) rather than left at the
    project's default: the archive's kept n-gram size and threshold yield only to those."""
    return (settings.getpriority(name) or 0) > SETTINGS_PRIORITIES["project"]


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
    days = settings.get("ESSAYS_REVISIT_DAYS")
    try:
        if not 0 <= float(days) < math.inf:
            problems.append(
                f"-s ESSAYS_REVISIT_DAYS={days}: a number of days, 0 or more, is needed"
            )
    except (TypeError, ValueError):
        pass  # reported above
    return problems
