"""Shared fixtures: the bundled essays and the demo site's pages."""

from __future__ import annotations

import pytest

from demo.essays import Essay, load_essays
from demo.site import Site, build_sites


@pytest.fixture(scope="session")
def essays() -> dict[str, Essay]:
    return load_essays()


@pytest.fixture(scope="session")
def sites() -> dict[str, Site]:
    return build_sites()
