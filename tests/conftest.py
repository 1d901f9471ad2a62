"""Shared fixtures: the bundled essays, the demo site's pages, the project's Scrapy settings."""

from __future__ import annotations

from typing import Any

import pytest

from crawler import settings
from demo.essays import Essay, load_essays
from demo.site import Site, build_sites


@pytest.fixture(scope="session")
def essays() -> dict[str, Essay]:
    return load_essays()


@pytest.fixture(scope="session")
def sites() -> dict[str, Site]:
    return build_sites()


@pytest.fixture
def project_settings() -> dict[str, Any]:
    """The project's Scrapy settings (crawler/settings.py), for get_crawler(settings_dict=...)."""
    return {name: value for name, value in vars(settings).items() if name.isupper()}
