"""`python -m archive ingest`: the one writer of a distributed crawl (pipelines/ingest.py)."""

from __future__ import annotations

import logging
import signal
import sys
from pathlib import Path
from types import FrameType

import click

from .cli_support import db_option
from .records import ArchiveError, WriteFailed
from .store import Archive


@click.command()
@db_option
@click.option("--redis", "redis_url", required=True, help="The nodes' Redis: redis://host:port/db")
@click.option(
    "--until-idle",
    type=click.FloatRange(min=0),
    help="Stop, ending the run, once no node is alive and nothing is queued for this many seconds.",
)
@click.option(
    "--end-idle",
    type=click.FloatRange(min=0.5),
    default=120.0,
    show_default=True,
    help="Without --until-idle: end each run (clearing its Redis keys) once idle this long "
    "after a node took part, then open the next.",
)
@click.option(
    "--node-timeout",
    type=click.FloatRange(min=1),
    default=30.0,
    show_default=True,
    help="A node silent this long is dead: its held requests go back on the queue.",
)
@click.option(
    "--prefix", default="essays", show_default=True, help="Redis key prefix (the spider's name)."
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=200,
    show_default=True,
    help="Documents per transaction.",
)
def ingest(
    db: Path,
    redis_url: str,
    until_idle: float | None,
    end_idle: float,
    node_timeout: float,
    prefix: str,
    batch_size: int,
) -> None:
    """Write the pages crawler nodes send (`scrapy crawl essays -s ESSAYS_REDIS_URL=URL`)
        into the archive: one writer for any number of nodes. Exits 1 if a page was not stored,
    or the run was left unfinished (requests left, no node alive to crawl them).

        Example: python -m archive ingest --db archive.db --redis redis://127.0.0.1:6379/0 --until-idle 30
    """
    import redis

    from archive.wire import Keys
    from pipelines.ingest import Ingester, IngestError

    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s: %(message)s"
    )
    try:
        archive = Archive(db, batch_size=batch_size)
    except (ArchiveError, OSError) as exc:
        raise click.ClickException(str(exc)) from exc
    with archive:
        ingester = Ingester(
            archive,
            redis.Redis.from_url(redis_url, socket_timeout=30),
            Keys(prefix),
            until_idle=until_idle,
            end_idle=end_idle,
            node_timeout=node_timeout,
        )

        def stop(signum: int, frame: FrameType | None) -> None:
            ingester.stopping = True

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        try:
            ingester.serve()
        except (IngestError, WriteFailed) as exc:
            raise click.ClickException(str(exc)) from exc
        except redis.RedisError as exc:  # what was taken stays queued for the next writer
            raise click.ClickException(f"lost Redis at {redis_url}: {exc}") from exc
        committed = archive.committed
    click.echo(
        f"ingested: {committed['stored']} new, {committed['changed']} changed, "
        f"{committed['unchanged']} unchanged, {committed['seen']} not modified, "
        f"{ingester.counts['failed']} failed"
    )
    if ingester.counts["stranded"]:
        click.echo(
            f"ingest: the run is not finished: {ingester.counts['stranded']} requests left with"
            " no node to crawl them (start nodes and the writer again to finish it)",
            err=True,
        )
    if ingester.counts["failed"] or ingester.counts["stranded"]:
        sys.exit(1)
