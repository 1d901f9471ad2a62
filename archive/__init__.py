"""The SQLite archive of essays: the one owner of the file, its schema, index, export and CLI.

Nothing here imports Scrapy: the crawler's pipelines, `python -m archive` and the demo all
use this package's small Python API (`Archive`, `Page`, `Placement`).
"""

from .records import (
    ArchiveBusy,
    ArchiveDamaged,
    ArchiveError,
    DocumentFailed,
    NotAnArchive,
    Page,
    Placement,
    Verdict,
    WriteFailed,
)
from .store import Archive

__all__ = [
    "Archive",
    "ArchiveBusy",
    "ArchiveDamaged",
    "ArchiveError",
    "DocumentFailed",
    "NotAnArchive",
    "Page",
    "Placement",
    "Verdict",
    "WriteFailed",
]
