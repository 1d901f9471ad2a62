"""`python -m archive` commands that re-run extraction: `reprocess` (an archive's stored
pages) and `extract` (one saved page)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from crawler.settings import EXTRACT_MIN_CHARS
from essaytext.essay import essay_url
from essaytext.template import NO_TEMPLATE, SiteTemplate

from .cli_support import db_option, opened, out

if TYPE_CHECKING:
    from essaytext.page import SiteRules


@click.command()
@db_option
@click.option("--site", help="Only the documents of this site (host[:port]) or sites.toml source.")
@click.option(
    "--sites",
    "sites_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Site configuration whose prune_xpaths and clutter_patterns apply "
    "(default: sites.toml, if there is one here).",
)
def reprocess(db: Path, site: str | None, sites_file: Path | None) -> None:
    """Re-extract, re-fingerprint and re-place documents from their stored raw pages.

    No network. Commits as it goes: safe to stop and run again. Prints how many documents
    changed text, changed cluster, stayed unchanged or failed.

    Example: python -m archive reprocess --db archive.db --site qstheory
    """
    from .reprocess import pages_to_reprocess
    from .reprocess import reprocess as run
    from .templates import load_counts

    rules_for = _site_rules(sites_file or Path("sites.toml"))
    with opened(db, readonly=False, check=True) as archive:
        pages = pages_to_reprocess(archive, site)
        if site is not None and not pages:
            raise click.ClickException(f"no documents of site or source {site!r} in {db}")
        learned = load_counts(archive.conn)  # the site templates crawls have learned

        def template_for(host: str) -> SiteTemplate:
            return learned[host].template() if host in learned else NO_TEMPLATE

        def run_over(progress: Callable[[Sequence[str]], Iterable[str]]) -> Counter[str]:
            return run(
                archive,
                pages,
                rules_for=rules_for,
                template_for=template_for,
                min_chars=EXTRACT_MIN_CHARS,
                progress=progress,
            )

        if sys.stderr.isatty():
            with click.progressbar(pages, label="re-processing pages", file=sys.stderr) as bar:
                counts = run_over(lambda _: bar)
        else:
            counts = run_over(iter)
    out(
        f"re-processed {len(pages)} pages: "
        + ", ".join(f"{name.replace('_', ' ')} {counts[name]}" for name in counts)
    )
    if counts["failed"]:
        raise click.ClickException(f"{counts['failed']} documents could not be re-processed")


def _site_rules(sites_file: Path) -> Callable[[str], SiteRules]:
    """Each sources's extraction rules from the site configuration, when there is one."""
    from crawler.sites import SiteConfigError, load_sites
    from essaytext.page import SiteRules

    if not sites_file.exists():
        return lambda source: SiteRules()
    try:
        sites = load_sites(sites_file)
    except SiteConfigError as exc:
        raise click.ClickException(str(exc)) from exc
    rules = {
        name: SiteRules(s.prune_xpaths, s.clutter_patterns, s.encoding) for name, s in sites.items()
    }
    return lambda source: rules.get(source, SiteRules())


@click.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--url", help="The page's URL (default: the file's); it can tip short pages.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as one JSON object.")
def extract(file: Path, url: str | None, as_json: bool) -> None:
    """What a crawl would archive from one saved page, and why (no archive, no network).

    Prints the page's kind and the evidence for it, then each document it yields (title,
    author, published, text), or why it yields none.

    Example: python -m archive extract saved-page.html --url https://example.cn/a/1.html
    """
    page_url = url or file.absolute().as_uri()
    from essaytext.page import examine

    found = examine(file.read_bytes(), page_url, min_chars=EXTRACT_MIN_CHARS)
    documents = [
        {
            "url": essay_url(page_url, essay),
            "title": essay.title,
            "author": essay.author,
            "published": essay.published,
            "script": essay.script,
            "text": essay.text,
        }
        for essay in found.essays
    ]
    why = found.why
    if as_json:
        result = {"url": page_url, "kind": found.kind, "why": why, "encoding": found.encoding}
        out(json.dumps({**result, "documents": documents}, ensure_ascii=False))
        return
    out(f"{page_url}: {found.kind} ({why}); decoded as {found.encoding}")
    for number, document in enumerate(documents, 1):
        out(f"\ndocument {number}: {document['url']}")
        for key in ("title", "author", "published"):
            out(f"  {key}: {document[key]}")
        text = str(document["text"])
        out(f"  text ({len(text)} characters):\n{text}")
    if not documents:
        out("nothing would be archived")
