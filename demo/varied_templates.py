"""A county government site whose every page wears the same template (helpers: demo/varied.py).

The template's lines are ones no rule of essaytext/clutter.py knows (a slogan, a column
line, a hotline line, the site's name as a heading, a <title> suffix after "~"), and they
stand inside the article's container, where extraction keeps them: only learning the
site's template (essaytext/template.py) takes them out.
"""

from __future__ import annotations

from collections.abc import Sequence

from .essays import Essay
from .site import Page, Site
from .varied import esc, page, paras

SITE_NAME = "某某县人民政府"
TITLE_SUFFIX = f" ~ {SITE_NAME}"
SLOGAN = "坚持人民至上 建设幸福家园"
COLUMN = "当前栏目：工作动态 >> 正文"
HOTLINE = "服务热线：0358-1234567 监督电话：0358-7654321"
NOTICE = "本网站所载文章，均为政务信息公开。欢迎社会各界监督，共同建设幸福家园。"
COLUMN_HEADING = "工作动态"
# Every line of the template that reaches the extracted text of one page alone.
TEMPLATE_LINES = (SLOGAN, COLUMN, COLUMN_HEADING, HOTLINE, NOTICE)


def _frame(title: str, main: str) -> Page:
    """The site's template around `main`: masthead, the column's furniture, footer."""
    body = f"""<div class="masthead"><div class="site-title">{esc(SITE_NAME)}</div>
<ul class="menu"><li><a href="/">首页</a></li><li><a href="/#gzdt">工作动态</a></li></ul></div>
<div class="main"><div class="article">
<p class="slogan">{esc(SLOGAN)}</p>
<p class="column">{esc(COLUMN)}</p>
<h2 class="column-title">{esc(COLUMN_HEADING)}</h2>
{main}
<p class="hotline">{esc(HOTLINE)}</p>
<p class="note">{esc(NOTICE)}</p>
</div></div>
<div class="foot">主办：{esc(SITE_NAME)}办公室</div>"""
    return page(title + TITLE_SUFFIX, body)


def _essay_html(essay: Essay) -> str:
    """The headline in a bold paragraph, as many CMSs set it: no heading, no title class."""
    subtitle = f'<p class="subtitle">{esc(essay.subtitle)}</p>\n' if essay.subtitle else ""
    headline = f'<p class="bt" align="center"><strong>{esc(essay.title)}</strong></p>\n'
    return headline + subtitle + paras(essay.paragraphs)


def county_article(essay: Essay) -> Page:
    """One essay in the site's template, its <title> "headline ~ site"."""
    return _frame(essay.title, _essay_html(essay))


def county_compilation(name: str, essays: Sequence[Essay]) -> Page:
    """Several essays on one page of the site (a column's 合辑), each under its own headline
    and closed by its author's name, as seed 000 lays them out."""
    parts = (
        _essay_html(e) + f'<p style="text-align:right">{esc(e.author or "")}</p>\n' for e in essays
    )
    return _frame(name, "".join(parts))


def county_index(entries: Sequence[tuple[str, Essay]]) -> Page:
    """The column's listing, in the same template."""
    rows = "".join(
        f'<li><a href="{h}">{esc(e.title)}</a> <span>2025-06-{10 + i:02d}</span></li>'
        for i, (h, e) in enumerate(entries)
    )
    return _frame(COLUMN_HEADING, f'<ul class="list">{rows}</ul>')


def county_site(articles: dict[str, Essay], compilations: dict[str, Sequence[Essay]]) -> Site:
    """Article pages (path → essay), compilation pages (path → essays), and the index at /
    linking them all."""
    entries = [*articles.items(), *((h, es[0]) for h, es in compilations.items())]
    return {
        "/": county_index(entries),
        **{h: county_article(e) for h, e in articles.items()},
        **{h: county_compilation("工作动态合辑", es) for h, es in compilations.items()},
    }
