"""Scrapy project of the essay archive: settings, items, site configuration and spiders."""
