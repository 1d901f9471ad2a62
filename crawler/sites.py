"""Site configuration: which hosts to crawl and how, read from sites.toml."""

from __future__ import annotations

import base64
import math
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

from lxml import etree

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


class SiteConfigError(ValueError):
    """A sites.toml entry is missing something or has a value of the wrong kind."""


@dataclass(frozen=True)
class Site:
    """One source: where to start, which links are articles or listings, what to prune."""

    name: str
    start_urls: tuple[str, ...]
    hosts: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()  # XML sitemaps (or sitemap indexes) listing article URLs
    feeds: tuple[str, ...] = ()  # RSS or Atom feeds whose items are articles
    article_patterns: tuple[str, ...] = ()
    listing_patterns: tuple[str, ...] = ()
    deny_patterns: tuple[str, ...] = ()
    prune_xpaths: tuple[str, ...] = ()
    clutter_patterns: tuple[str, ...] = ()
    encoding: str | None = None
    revisit_days: float | None = None  # None: ESSAYS_REVISIT_DAYS
    # "Basic …" for a start URL given with user:password@, which is taken out of the URL so
    # that it never reaches a log, a document's source or a run's settings.
    authorization: str | None = field(default=None, repr=False)
    _compiled: dict[str, tuple[re.Pattern[str], ...]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        if not self.start_urls:
            raise SiteConfigError(f"site {self.name!r}: start_urls is empty")
        if not self.hosts:
            object.__setattr__(
                self, "hosts", tuple(dict.fromkeys(urlsplit(u).netloc for u in self.start_urls))
            )
        for key in ("article_patterns", "listing_patterns", "deny_patterns", "clutter_patterns"):
            try:
                self._compiled[key] = tuple(re.compile(p) for p in getattr(self, key))
            except re.error as exc:
                raise SiteConfigError(f"site {self.name!r}: bad regex in {key}: {exc}") from exc
        for xpath in self.prune_xpaths:
            try:
                etree.XPath(xpath)
            except etree.XPathSyntaxError as exc:
                raise SiteConfigError(
                    f"site {self.name!r}: bad XPath in prune_xpaths: {xpath!r} ({exc})"
                ) from exc

    def patterns(self, key: str) -> tuple[re.Pattern[str], ...]:
        """Compiled regexes of one pattern list."""
        return self._compiled[key]

    def is_own_host(self, url: str) -> bool:
        """True when a URL is on one of the site's hosts (host[:port], or a subdomain of one)."""
        netloc = urlsplit(url).netloc.lower()
        host = netloc.split(":")[0]
        return any(
            netloc == h or (":" not in h and (host == h or host.endswith("." + h)))
            for h in self.hosts
        )

    def classify(self, url: str) -> str | None:
        """ "article", "listing" or "deny" by the site's URL rules; None when they do not say."""
        if any(p.search(url) for p in self.patterns("deny_patterns")):
            return "deny"
        if any(p.search(url) for p in self.patterns("article_patterns")):
            return "article"
        if any(p.search(url) for p in self.patterns("listing_patterns")):
            return "listing"
        return None


_LIST_KEYS = (
    "start_urls",
    "sitemaps",
    "feeds",
    "hosts",
    "article_patterns",
    "listing_patterns",
    "deny_patterns",
    "prune_xpaths",
    "clutter_patterns",
)


def site_from_mapping(name: str, entry: dict[str, Any]) -> Site:
    """Build a Site from one [sites.NAME] table, checking every value."""
    unknown = set(entry) - {*_LIST_KEYS, "encoding", "revisit_days"}
    if unknown:
        raise SiteConfigError(f"site {name!r}: unknown keys {sorted(unknown)}")
    values: dict[str, Any] = {}
    for key in _LIST_KEYS:
        raw = entry.get(key, [])
        if isinstance(raw, str):
            raw = [raw]
        if not isinstance(raw, list) or not all(isinstance(v, str) for v in raw):
            raise SiteConfigError(f"site {name!r}: {key} must be a list of strings")
        values[key] = tuple(raw)
    encoding = entry.get("encoding")
    if encoding is not None and not isinstance(encoding, str):
        raise SiteConfigError(f"site {name!r}: encoding must be a string")
    revisit = entry.get("revisit_days")
    if revisit is not None and (
        isinstance(revisit, bool)
        or not isinstance(revisit, int | float)
        or not 0 <= revisit < math.inf
    ):
        raise SiteConfigError(f"site {name!r}: revisit_days must be a number of days, 0 or more")
    split = [split_credentials(url) for url in values["start_urls"]]
    values["start_urls"] = tuple(url for url, _ in split)
    authorization = next((auth for _, auth in split if auth), None)
    return Site(
        name=name, encoding=encoding, revisit_days=revisit, authorization=authorization, **values
    )


def load_sites(path: Path) -> dict[str, Site]:
    """All sites of a sites.toml file, by name."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise SiteConfigError(f"sites file not found: {path}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise SiteConfigError(f"{path}: {exc}") from exc
    sites = data.get("sites", {})
    if not isinstance(sites, dict):
        raise SiteConfigError(f"{path}: [sites.NAME] tables expected")
    return {name: site_from_mapping(name, entry) for name, entry in sites.items()}


def sites_from_start_urls(urls: Iterable[str]) -> list[Site]:
    """One ad-hoc site per host of the given URLs: follow links on that host only, classify pages by content."""
    by_host: dict[str, list[str]] = {}
    auth: dict[str, str] = {}
    for url in urls:
        url = url.strip()
        if not url:
            continue
        clean, authorization = split_credentials(url)
        host = urlsplit(clean).netloc
        if authorization:
            auth[host] = authorization
        by_host.setdefault(host, []).append(clean)
    return [
        Site(name=host, start_urls=tuple(found), hosts=(host,), authorization=auth.get(host))
        for host, found in by_host.items()
    ]


def split_credentials(url: str) -> tuple[str, str | None]:
    """An http(s) URL without its user:password@ (lower-case host), and the Basic
    Authorization they make; SiteConfigError for a URL that is not one."""
    parts = urlsplit(url)
    try:
        parts.port  # noqa: B018  (raises on a port out of range)
    except ValueError as exc:
        raise SiteConfigError(f"bad port in URL: {_without_password(url)!r}") from exc
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SiteConfigError(f"not an http(s) URL: {_without_password(url)!r}")
    host = parts.netloc.rsplit("@", 1)[-1].lower()
    authorization = None
    if parts.username is not None:
        secret = f"{unquote(parts.username)}:{unquote(parts.password or '')}"
        authorization = "Basic " + base64.b64encode(secret.encode("utf-8")).decode("ascii")
    return urlunsplit(parts._replace(netloc=host)), authorization


def _without_password(url: str) -> str:
    return re.sub(r"//[^/@]*@", "//", url)


def sites_for(
    sites_file: Path, *, site: str | None = None, start_urls: str | None = None
) -> list[Site]:
    """The sites a crawl covers: ad-hoc ones for `start_urls` (comma-separated), else one
    named site of the sites file, else all of them."""
    if start_urls is not None:  # given, even empty: never every site of the sites file
        ad_hoc = sites_from_start_urls(start_urls.split(","))
        if not ad_hoc:
            raise SiteConfigError("start_urls is empty: give at least one http(s) URL")
        return ad_hoc
    sites = load_sites(sites_file)
    if site is None:
        return list(sites.values())
    if site not in sites:
        raise SiteConfigError(f"no site {site!r} in {sites_file} (have: {', '.join(sites)})")
    return [sites[site]]
