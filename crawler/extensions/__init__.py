"""Scrapy extensions of the project (EXTENSIONS in crawler/settings.py): crawl runs and progress."""
