"""The SQLite archive of essays: schema, near-duplicate index, queries, export and CLI.

Nothing here imports Scrapy: the crawler's pipelines and `python -m archive` both use
this package's small Python API (`archive.store.Archive`).
"""
