"""The crawl's own Scrapy middlewares."""
