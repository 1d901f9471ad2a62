"""Scrapy settings of the essay archive. Every custom setting is defined here, once.

Custom settings carry the prefix of the component that reads them (ESSAYS_, EXTRACT_,
SIMHASH_, ARCHIVE_) and are listed in the README's settings table (a test keeps it complete).
"""

import os

BOT_NAME = "essay-archive"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# An honest User-Agent: who we are and where to read about us.
USER_AGENT = "essay-archive/0.1 (archiving crawler for Chinese essays; +https://pypi.org/project/essay-archive/)"
ROBOTSTXT_OBEY = True

# Politeness: AutoThrottle adapts the delay to each host's latency.
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
CONCURRENT_REQUESTS = 16
# A callback's output (one item and the page's links) is handled by this many asyncio tasks
# per response; our pipelines are synchronous, so Scrapy's 100 only cost the reactor time
# (68,705 tasks made for 657 pages, measured by cProfile on benchmarks/crawl.py's site).
CONCURRENT_ITEMS = 4
# Bytes of responses waiting for their callback (for a page worker) before Scrapy stops
# fetching: the pool's backpressure. Scrapy's 5 MB let ~125 essay pages pile up unread.
SCRAPER_SLOT_MAX_ACTIVE_SIZE = 1_000_000
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DEPTH_LIMIT = 4
DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 2
# Huge pages are cut off rather than loaded whole (essay pages are well under 2 MB).
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
# Scrapy 2.19's remote control runs Python sent to a local HTTP port: off, as the telnet console.
REMOTE_CONTROL_ENABLED = False
LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"
# `scrapy crawl` exits non-zero when the archive lost or refused anything (crawler/commands/).
COMMANDS_MODULE = "crawler.commands"

# Each crawl's run (counts, settings, status) recorded in the archive's `runs` when it closes,
# and a progress line every ESSAYS_PROGRESS_SECONDS (crawler/extensions/runs.py).
EXTENSIONS = {"crawler.extensions.runs.CrawlRuns": 500}

# Pages are read (decoded, parsed, extracted, fingerprinted) by worker processes
# (crawler/workers.py), awaited in the spider; the pipelines keep what they found.
ITEM_PIPELINES = {
    "pipelines.verdict.VerdictPipeline": 100,
    "pipelines.archive.ArchivePipeline": 300,
}

# Scrapy's request filter at 8 to 16 bytes a request instead of about 80 (crawler/seen.py).
DUPEFILTER_CLASS = "crawler.seen.SeenRequests"

# Stored pages are revalidated (ETag / Last-Modified) or, when fresh, not fetched at all.
DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.conditional.ConditionalFetch": 560,
    # robots.txt failing (5xx, unreachable) closes its host instead of opening it.
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.middlewares.robots.StrictRobotsTxtMiddleware": 100,
}
# A listing's next pages do not spend the depth budget (crawler/middlewares/paging.py).
SPIDER_MIDDLEWARES = {
    "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
    "crawler.middlewares.paging.PagingDepthMiddleware": 900,
}

# --- essays spider ---
# Site configuration file (relative to the working directory); unused with -a start_urls.
ESSAYS_SITES_FILE = "sites.toml"
# Pages larger than this (bytes) are skipped with a counted reason instead of extracted.
ESSAYS_MAX_PAGE_BYTES = 8 * 1024 * 1024
# Seconds between the crawl's progress lines (its own counts so far, at INFO); 0 turns them off.
ESSAYS_PROGRESS_SECONDS = 30.0
# An article page fetched less than this many days ago is not fetched again (a site's
# revisit_days in sites.toml overrides it). 0: every stored article is revalidated on
# every run with a conditional request, which costs a 304 when nothing changed.
ESSAYS_REVISIT_DAYS = 0.0
# Pages of one listing followed through its pager (下一页 …); 0: no bound.
ESSAYS_MAX_LISTING_PAGES = 500

# --- distributed crawl (crawler/node.py) ---
# With a Redis URL (redis://host:port/db) this crawl is one node of a distributed crawl:
# the frontier is in Redis (scrapy-redis) and pages go to `python -m archive ingest`.
ESSAYS_REDIS_URL = ""
# A node stops when the shared queue has been empty, and no other node busy, this long.
ESSAYS_REDIS_IDLE_SECONDS = 10.0
# A node silent this long is taken for dead: its held requests go back on the queue.
ESSAYS_REDIS_NODE_TIMEOUT = 30.0
# How long a node waits at start for the writer to publish a run.
ESSAYS_REDIS_WAIT_SECONDS = 60.0
# Pages waiting for the writer beyond which nodes pause (bounds Redis' memory).
ESSAYS_REDIS_MAX_WAITING = 5000
ADDONS = {"crawler.node.NodeMode": 0}

# --- extraction ---
# Extracted texts shorter than this (characters) are dropped as "no essay on the page".
EXTRACT_MIN_CHARS = 80
# Worker processes that read pages off the reactor: one per core this crawl may run on.
# 0 reads pages in the crawl's own process (for debugging: one core, no timeout).
EXTRACT_WORKERS = (
    len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
)
# Seconds a worker may spend on one page; a page that takes longer is counted and logged
# (extract/dropped/timeout), its worker replaced, and the crawl goes on.
EXTRACT_TIMEOUT = 60.0

# --- near-duplicate fingerprints ---
# Character n-gram size of the simhash features (chosen in benchmarks/threshold.py).
SIMHASH_NGRAM = 4
# Largest Hamming distance at which two fingerprints are copies of one essay. Copies
# further apart are found by shared passages (benchmarks/copy_detection.py).
SIMHASH_THRESHOLD = 5

# --- archive ---
# SQLite archive file.
ARCHIVE_DB = "archive.db"
# Documents written per transaction; the open batch is also committed every
# ARCHIVE_COMMIT_SECONDS and when the crawl closes.
ARCHIVE_BATCH_SIZE = 50
ARCHIVE_COMMIT_SECONDS = 5.0
# PRAGMA quick_check when a crawl opens the archive; off for very large archives (it reads
# the whole file).
ARCHIVE_QUICK_CHECK = True
