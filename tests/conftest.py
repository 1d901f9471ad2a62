"""Shared fixtures: the bundled essays, the demo site's pages, the project's Scrapy settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from crawler import settings
from demo.crawl import DemoArchive, crawl
from demo.essays import Essay, load_essays
from demo.server import serve
from demo.site import Site, build_sites
from demo.web import numbered_site


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


@pytest.fixture(scope="session")
def small_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real archive: `scrapy crawl` of a 2-article site on 127.0.0.1, closed (copy to change)."""
    db = tmp_path_factory.mktemp("small-archive") / "archive.db"
    with serve({"small": numbered_site(2)}) as hosts:
        result = crawl([hosts["small"] + "/"], db, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    return db


@pytest.fixture(scope="session")
def demo_archive(tmp_path_factory: pytest.TempPathFactory) -> DemoArchive:
    """The demo's sample web (demo/site.py) crawled once per session by the real spider."""
    db = tmp_path_factory.mktemp("demo-web-archive") / "archive.db"
    with serve(build_sites()) as hosts:
        result = crawl([url + "/" for url in hosts.values()], db, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    return DemoArchive(db, hosts)
