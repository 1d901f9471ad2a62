"""The archive's record types: a fetched page, where a document was placed, copy verdicts, errors."""

from __future__ import annotations

import enum
import math
from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Page:
    """A fetched page and its provenance: what the archive keeps besides the essays found on it."""

    url: str  # after redirects
    site: str  # host[:port]
    fetched_at: str  # ISO 8601, UTC
    source: str = ""  # the sites.toml entry (or host) the page was crawled for
    status: int = 200
    encoding: str = "utf-8"  # the charset the page was decoded with; "binary" for a PDF
    media_type: str = "text/html"
    headers: Mapping[str, str] = field(default_factory=dict, repr=False)
    body: bytes = field(default=b"", repr=False)


@dataclass(frozen=True)
class Placement:
    """Where the archive put a document: its cluster, canonical copy and distance to it."""

    document_id: int
    url: str
    cluster: int
    duplicate_of: str | None
    distance: int | None
    created: bool  # a new URL, not a re-crawl
    # What the write was: "stored" (new), "changed" (a new version), "unchanged" (seen
    # again), "updated" (re-placed by reprocess).
    change: str = "stored"


class Verdict(enum.Enum):
    """What shared passages say of two documents."""

    COPY = "copy"  # most passages shared both ways
    CONTAINED = "contained"  # most of ours inside the other, not the other way round
    CONTAINS = "contains"  # most of the other inside ours
    PART = "part"  # much of one inside the other, not enough for either verdict above


class ArchiveError(Exception):
    """The archive file cannot be used as asked: its one-line message says why."""


class NotAnArchive(ArchiveError):
    """The file is not an essay archive (not SQLite, another program's database, a folder)."""


class ArchiveDamaged(ArchiveError):
    """SQLite reports the archive file as damaged."""


class ArchiveBusy(ArchiveError):
    """Another crawl holds the archive for writing."""


class WriteFailed(ArchiveError):
    """A write error that will repeat (disk full, I/O error, damage): writing must stop.

    The documents of the open batch were rolled back with it: `lost` holds their URLs.
    """

    def __init__(self, message: str, *, reason: str, lost: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.reason = reason
        self.lost = lost


class DocumentFailed(ArchiveError):
    """One document could not be stored; it alone was rolled back."""


def check_batching(batch_size: int, commit_seconds: float) -> None:
    """Refuse a batch size below 1 or a commit interval that is not above 0 (nan too)."""
    if batch_size < 1 or not 0 < commit_seconds < math.inf:
        raise ArchiveError(
            "ARCHIVE_BATCH_SIZE must be at least 1 and ARCHIVE_COMMIT_SECONDS above 0, "
            f"got {batch_size} and {commit_seconds}"
        )
