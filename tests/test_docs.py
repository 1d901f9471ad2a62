"""The README documents every project setting and every CLI command."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from archive.cli import cli
from crawler import settings

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
PROJECT_SETTINGS = [
    name for name in vars(settings) if re.match(r"(ESSAYS|EXTRACT|SIMHASH|ARCHIVE)_", name)
]


def test_there_are_project_settings() -> None:
    assert len(PROJECT_SETTINGS) >= 6


# Defaults computed on the machine the crawl runs on, and how the README says them.
COMPUTED = {"EXTRACT_WORKERS": ("the number of cores", len(os.sched_getaffinity(0)))}


@pytest.mark.parametrize("name", PROJECT_SETTINGS)
def test_setting_is_in_the_readme_table_with_its_default(name: str) -> None:
    said, value = COMPUTED.get(name, (None, getattr(settings, name)))
    row = re.search(rf"^\| `{name}` \| (`[^`]*`|[^|`]+) \|", README, re.MULTILINE)
    assert row, f"{name} missing from the README's settings table"
    assert row.group(1).strip() == (said if said else f"`{value}`")
    assert getattr(settings, name) == value


@pytest.mark.parametrize("command", sorted(cli.commands))  # type: ignore[attr-defined]
def test_command_is_in_the_readme(command: str) -> None:
    assert f"python -m archive {command}" in README
