"""Item pipelines: thin Scrapy adapters around essaytext (pure text work) and archive (SQLite)."""
