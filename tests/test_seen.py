"""The crawl's compact request filter (crawler/seen.py) against Scrapy's own RFPDupeFilter,
on a real crawler's fingerprinter and JOBDIR file."""

from __future__ import annotations

import random
from pathlib import Path

from scrapy import Request
from scrapy.dupefilters import RFPDupeFilter
from scrapy.utils.misc import load_object
from scrapy.utils.project import get_project_settings
from scrapy.utils.test import get_crawler

from crawler.node import NodeMode
from crawler.seen import SeenRequests


def _urls(n: int) -> list[str]:
    rng = random.Random(3)
    urls = [f"http://a.test/p/{rng.randrange(400)}.html?b={rng.randrange(3)}&a=1" for _ in range(n)]
    # the same requests once canonicalised: query order, fragment
    return urls + [url.replace("?b=", "#x?b=").split("#")[0] for url in urls[:50]]


def test_decides_as_scrapys_filter_on_the_crawlers_fingerprints() -> None:
    crawler = get_crawler(settings_dict={"DUPEFILTER_CLASS": "crawler.seen.SeenRequests"})
    ours = SeenRequests.from_crawler(crawler)
    stock = RFPDupeFilter.from_crawler(crawler)
    requests = [Request(url) for url in _urls(1500)]
    requests += [
        Request("http://a.test/form", method="POST", body=body) for body in (b"1", b"2", b"1")
    ]
    decisions = [(ours.request_seen(r), stock.request_seen(r)) for r in requests]
    assert all(mine == theirs for mine, theirs in decisions)
    assert 0 < sum(seen for seen, _ in decisions) < len(requests)


def test_a_paused_crawl_resumes_with_either_filter(tmp_path: Path) -> None:
    first, second = ([Request(url) for url in _urls(300)[i::2]] for i in (0, 1))
    ours = SeenRequests(str(tmp_path))
    assert not any(ours.request_seen(r) for r in {r.url: r for r in first}.values())
    ours.close("shutdown")
    stock = RFPDupeFilter(str(tmp_path))  # Scrapy reads the file ours wrote, and adds to it
    assert all(stock.request_seen(r) for r in first)
    fresh = {r.url: r for r in second if r.url not in {f.url for f in first}}
    assert fresh and not any(stock.request_seen(r) for r in fresh.values())
    stock.close("shutdown")
    again = SeenRequests(str(tmp_path))  # and ours reads Scrapy's
    assert all(again.request_seen(r) for r in first + second)
    assert not again.request_seen(Request("http://a.test/never.html"))
    again.close("finished")


def test_reads_the_hex_lines_of_an_earlier_scrapy(tmp_path: Path) -> None:
    crawler = get_crawler()
    requests = [Request(url) for url in _urls(40)]
    lines = "".join(crawler.request_fingerprinter.fingerprint(r).hex() + "\n" for r in requests)
    (tmp_path / "requests.seen").write_text(lines, encoding="ascii")
    resumed = SeenRequests(str(tmp_path), fingerprinter=crawler.request_fingerprinter)
    assert all(resumed.request_seen(r) for r in requests)
    assert not resumed.request_seen(Request("http://a.test/never.html"))
    resumed.close("finished")


def test_is_the_crawls_filter_and_a_distributed_crawl_keeps_scrapy_redis() -> None:
    settings = get_project_settings()
    assert load_object(settings["DUPEFILTER_CLASS"]) is SeenRequests
    settings.set("ESSAYS_REDIS_URL", "redis://127.0.0.1:1/0")
    NodeMode().update_settings(settings)
    assert settings["DUPEFILTER_CLASS"] == "scrapy_redis.dupefilter.RFPDupeFilter"
