from __future__ import annotations

from pathlib import Path

import pytest

from crawler.sites import (
    SiteConfigError,
    load_sites,
    site_from_mapping,
    sites_for,
    sites_from_start_urls,
)

ROOT = Path(__file__).resolve().parent.parent


def test_shipped_sites_file_loads() -> None:
    sites = load_sites(ROOT / "sites.toml")
    assert len(sites) >= 3
    assert all(site.start_urls for site in sites.values())


def test_site_rules_classify_urls(tmp_path: Path) -> None:
    (tmp_path / "s.toml").write_text(
        "[sites.x]\nstart_urls = [\"http://x.cn/\"]\narticle_patterns = ['/a/\\d+']\n"
        "listing_patterns = ['/list/']\ndeny_patterns = ['/login']\n",
        encoding="utf-8",
    )
    site = load_sites(tmp_path / "s.toml")["x"]
    assert [
        site.classify(u)
        for u in ("http://x.cn/a/12", "http://x.cn/list/", "http://x.cn/login", "http://x.cn/z")
    ] == [
        "article",
        "listing",
        "deny",
        None,
    ]
    assert site.is_own_host("http://x.cn/any") and site.is_own_host("http://m.x.cn/")
    assert not site.is_own_host("http://y.cn/")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[sites.x]\nstart_urls = []\n", "start_urls is empty"),
        ('[sites.x]\nstart_urls = ["http://x/"]\nbogus = 1\n', "unknown keys"),
        ('[sites.x]\nstart_urls = ["http://x/"]\narticle_patterns = ["("]\n', "bad regex"),
        ('[sites.x]\nstart_urls = ["http://x/"]\nprune_xpaths = ["//div[@"]\n', "bad XPath"),
        ("not toml [", "sites.toml"),
    ],
)
def test_bad_sites_files_are_clear_errors(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "sites.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SiteConfigError, match=message):
        load_sites(path)


def test_start_urls_make_one_site_per_host_and_port() -> None:
    sites = sites_from_start_urls(
        ["http://127.0.0.1:8001/", "http://127.0.0.1:8002/a", "http://127.0.0.1:8001/b"]
    )
    assert [s.hosts for s in sites] == [("127.0.0.1:8001",), ("127.0.0.1:8002",)]
    assert not sites[0].is_own_host("http://127.0.0.1:8002/")
    with pytest.raises(SiteConfigError):
        sites_from_start_urls(["ftp://x/"])


def test_sites_for_a_crawl(tmp_path: Path) -> None:
    path = tmp_path / "sites.toml"
    path.write_text('[sites.a]\nstart_urls = ["http://a/"]\n', encoding="utf-8")
    assert [s.name for s in sites_for(path)] == ["a"]
    assert [s.name for s in sites_for(path, start_urls="http://b:1/x,http://b:1/y")] == ["b:1"]
    with pytest.raises(SiteConfigError, match="start_urls is empty"):
        sites_for(path, start_urls=" ,")
    with pytest.raises(SiteConfigError, match="no site 'z'"):
        sites_for(path, site="z")
    with pytest.raises(SiteConfigError, match="not found"):
        sites_for(tmp_path / "missing.toml")


def test_a_password_in_a_sites_file_start_url_becomes_authentication() -> None:
    site = site_from_mapping("s", {"start_urls": ["http://alice:pw@Example.cn:8080/x"]})
    assert site.start_urls == ("http://example.cn:8080/x",)
    assert site.hosts == ("example.cn:8080",) and site.authorization == "Basic YWxpY2U6cHc="
    assert "pw" not in repr(site)


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ({"start_urls": ["http://u:pw@127.0.0.1:99999/x"]}, "bad port"),
        ({"start_urls": ["http://a.cn/"], "revisit_days": float("inf")}, "revisit_days"),
        ({"start_urls": ["http://a.cn/"], "revisit_days": -1}, "revisit_days"),
    ],
)
def test_bad_start_urls_and_revisit_days_are_refused(
    entry: dict[str, object], problem: str
) -> None:
    with pytest.raises(SiteConfigError, match=problem) as refused:
        site_from_mapping("s", entry)
    assert "pw" not in str(refused.value)
