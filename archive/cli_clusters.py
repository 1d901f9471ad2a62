"""`python -m archive clusters`: who republished what, and when, cluster by cluster."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from .cli_support import db_option, opened, out
from .clusterreport import cluster_reports, has_site


@click.command()
@db_option
@click.option(
    "--min-size",
    type=int,
    default=2,
    show_default=True,
    help="Only clusters of at least this many documents (1: every essay).",
)
@click.option(
    "--site", help="Only clusters with a document of this site (host[:port]) or sites.toml source."
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per cluster.")
def clusters(db: Path, min_size: int, site: str | None, as_json: bool) -> None:
    """Each cluster of copies, largest first: its canonical copy, every other copy (site,
    url, title, published, first fetched, script, distance to the canonical copy or the
    passages they share) and the partial copies of its documents.

    Example: python -m archive clusters --db archive.db --site www.qstheory.cn
    """
    if min_size < 1:
        raise click.ClickException(f"--min-size must be at least 1, got {min_size}")
    count = 0
    with opened(db) as archive:
        if site is not None and not has_site(archive, site):
            raise click.ClickException(f"no documents of site or source {site!r} in {db}")
        for report in cluster_reports(archive, min_size=min_size, site=site):
            if as_json:
                out(json.dumps(report, ensure_ascii=False))
            else:
                _print(report, archive.threshold, first=count == 0)
            count += 1
    click.echo(f"{count} clusters of {min_size} or more documents", err=True)


def _print(report: dict[str, Any], threshold: int, *, first: bool) -> None:
    canonical = report["canonical"]
    if not first:
        out("")
    size = f"{report['size']} document{'s' if report['size'] > 1 else ''}"
    out(f"cluster {report['cluster']}: {size} «{canonical['title'] or ''}»")
    _print_document("canonical", canonical)
    for copy in report["copies"]:
        evidence = f"copy at distance {copy['distance']}"
        if copy["distance"] is not None and copy["distance"] > threshold:
            shares = (copy["copy_in_canonical"] or 0.0, copy["canonical_in_copy"] or 0.0)
            evidence += f", {100 * min(shares):.0f}% of passages shared both ways"
        _print_document(evidence, copy)
    for relation in report["relations"]:
        verb = "is contained in" if relation["relation"] == "contained_in" else "contains"
        out(
            f"  {relation['url']} {verb} {relation['other']} "
            f"(cluster {relation['other_cluster']}, {100 * relation['overlap']:.0f}% of the shorter)"
        )


def _print_document(role: str, document: dict[str, Any]) -> None:
    gone = f", gone since {document['gone_at']}" if document["gone_at"] else ""
    out(f"  {role}: {document['url']}  «{document['title'] or ''}»")
    out(
        f"      {document['site']}, published {document['published'] or '-'}, "
        f"first fetched {document['first_fetched_at']}, {document['script']}{gone}"
    )
