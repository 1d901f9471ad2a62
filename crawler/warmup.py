"""Imported once, by the server the page workers fork from (crawler/workers.py).

Extraction loads much of itself on first use: trafilatura's and justext's data, OpenCC's
dictionaries, and dateparser's locales, which htmldate's search of an undated page loads
(1.2 s in all, measured). Reading one undated essay page here does it once, before the
first worker forks, so no worker pays it and no page waits on it.
"""

from crawler.pagework import PageJob, read_page

_UNDATED = (
    "<html><head><title>預熱</title></head><body><h1>預熱頁面</h1>"
    + "<p>這是一篇用來預熱的文章，發佈於 2023 年，瀏覽 12 次。它沒有可讀的日期。</p>" * 6
    + "</body></html>"
)

read_page(PageJob("http://localhost/warmup.html", _UNDATED.encode(), "text/html"))
