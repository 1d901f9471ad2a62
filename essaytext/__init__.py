"""Pure text work for the essay archive: decoding, extraction, normalization, fingerprints.

Nothing here imports Scrapy or SQLite: every function takes strings or bytes and
returns values, so the crawler, the archive's tools and the tests share one code path.
"""
