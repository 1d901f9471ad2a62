"""The bundled sample site: five hosts modelled on the five kinds of page in the seeds.

- news:      a local news site's 思想理论 section in traditional script (Big5), spam keywords,
             breadcrumb, □ byline, date/來源/編輯 line (seed 003)
- blog:      a repost blog, 「原创」 titles, 作者 line, 责任编辑, 版权声明, like counter,
             上一篇/下一篇, 相关推荐 (seed 001); served as GBK with the charset in <meta> only
- docs:      a document-sharing site, file name with .pdfVIP, VIP notice list, hard-wrapped
             PDF lines, 文档评论, uploader profile, 相关文档 (seed 004)
- flipbook:  a magazine viewer page whose text layer interleaves two columns (seed 002)
- magazine:  a journal site with a compilation page of several essays (seed 000) and
             single-essay pages

Republished copies: the blog's essay in traditional script on the news site, the news
site's essay in simplified script on the blog, a magazine essay wrapped in heavy clutter
on the docs site, the compilation page's essays on their own pages, and the blog's
reposts (demo/reposts.py): re-titled, trimmed, cut short, and an excerpt. The other essays
share the topic but are distinct (EXPECTED_DOCUMENTS lists which is which).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from importlib import resources

import opencc

from . import reposts
from .essays import Essay, flipbook_page, load_essays


@dataclass(frozen=True)
class Page:
    """A served resource."""

    body: bytes
    content_type: str = "text/html; charset=utf-8"
    delay: float = 0.0  # seconds before answering (tests of slow hosts and interrupted crawls)
    redirect: str | None = None  # answered 302 to this URL instead
    status: int = 200  # answered with this status (a robots.txt that fails: 500)


Site = dict[str, Page]

ROBOTS = b"User-agent: *\nDisallow: /admin/\n"
SPAM_KEYWORDS = (
    "国产在线一二三区,午夜精品亚洲,男草女视频,一级毛片a,国产精彩视频一区,国产第91页,黄色av毛片"
)


def _t(text: str) -> str:
    return html.escape(text, quote=True)


def _paragraphs(paragraphs: tuple[str, ...] | list[str]) -> str:
    return "\n".join(f"<p>{_t(p)}</p>" for p in paragraphs)


def _document(title: str, body: str, *, charset: str = "utf-8", meta: str = "") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="{charset}">\n{meta}'
        f"<title>{_t(title)}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def _listing(
    title: str, entries: list[tuple[str, str, str]], *, charset: str = "utf-8", head: str = ""
) -> str:
    items = "\n".join(
        f'<li><a href="{href}">{_t(name)}</a><span class="summary">{_t(summary[:36])}…</span></li>'
        for href, name, summary in entries
    )
    return _document(
        title,
        f'{head}<div class="list"><h1>{_t(title)}</h1>\n<ul>\n{items}\n</ul></div>',
        charset=charset,
    )


def _essay_or_converted(essay: Essay, config: str | None) -> Essay:
    if config is None:
        return essay
    convert = opencc.OpenCC(config).convert
    return Essay(
        slug=essay.slug,
        title=convert(essay.title),
        author=convert(essay.author) if essay.author else None,
        published=essay.published,
        subtitle=convert(essay.subtitle) if essay.subtitle else None,
        paragraphs=tuple(convert(p) for p in essay.paragraphs),
    )


def _news_article(essay: Essay, date: str, source: str) -> str:
    body = f"""<div class="topbar">{_t(SPAM_KEYWORDS)}</div>
<div class="breadcrumb"><a href="/">呂梁新聞網首頁</a> &gt; <a href="/sxll/index.html">思想理論</a></div>
<div class="article">
<h1>{_t(essay.title)}</h1>
<div class="byline"><p>□ {_t(essay.author or "本網")}</p>
<p>{date} 來源:{_t(source)} 編輯:成柏</p></div>
<div class="content">
{_paragraphs(essay.paragraphs)}
{f"<p>(作者單位:{_t(essay.affiliation)})</p>" if essay.affiliation else ""}
</div>
</div>
<div class="footer"><p>版權所有 呂梁新聞網 晉ICP備05001234號</p></div>"""
    return _document(f"{essay.title}_思想理論_呂梁新聞網", body, charset="big5")


def _blog_article(essay: Essay, tags: str, prev_next: tuple[str, str]) -> str:
    subtitle = f"<h2>{_t(essay.subtitle)}</h2>" if essay.subtitle else ""
    body = f"""<nav><a href="/">首页</a> <a href="/tag/dangjian/">党建</a></nav>
<div class="post">
<h1>「原创」{_t(essay.title)}({_t(tags)})</h1>
<div class="entry-content">
<p>{_t(essay.title)}</p>
{subtitle}
<p>作者 {_t(essay.author or "佚名")}</p>
{_paragraphs(essay.paragraphs)}
<p>(责任编辑 苏宇箫)</p>
<p>版权声明:本文内容由互联网用户自发贡献,该文观点仅代表作者本人。本站仅提供信息存储空间服务,不拥有所有权,不承担相关法律责任。如发现本站有涉嫌抄袭侵权/违法违规的内容, 请发送邮件至 举报,一经查实,本站将立刻删除。</p>
<p class="like">(1)</p>
<p>上一篇 {prev_next[0]}</p>
<p>下一篇 {prev_next[1]}</p>
</div></div>
<div class="related"><h3>相关推荐</h3><ul><li><a href="/">国企党建工作要点汇编</a></li><li><a href="/">基层党支部建设经验交流</a></li></ul></div>"""
    return _document(f"「原创」{essay.title}", body, charset="gbk")


VIP_NOTICES = (
    "1、本文档共4页,可阅读全部内容。",
    "2、本网站文档一经付费(服务费),不意味着购买了该文档的版权,仅供个人/单位学习、研究之用,不得用于商业用途,未经授权,严禁复制、发行、汇编、翻译或者网络传播等,侵权必究。",
    "3、本站所有内容均由合作方或网友上传,本站不对文档的完整性、权威性及其观点立场正确性做任何保证或承诺!文档内容仅供研究参考,付费前请自行鉴别。",
    "4、如文档侵犯商业秘密、侵犯著作权、侵犯人身权等,请点击“版权申诉”(推荐),也可以打举报电话:400-050-0827(电话支持时间:9:00-18:30)。",
    "5、该文档为VIP文档,如果想要下载,成为VIP会员后,下载免费。",
    "6、成为VIP后,下载本文档将扣除1次下载权益。下载后,不支持退款、换文档。如有疑问请联系我们",
)


def _docs_article(essay: Essay, wrap: int | None, spam: bool, uploaded: str) -> str:
    lines: list[str] = []
    for paragraph in essay.paragraphs:
        if wrap:
            lines.extend(paragraph[i : i + wrap] for i in range(0, len(paragraph), wrap))
        else:
            lines.append(paragraph)
    notices = "\n".join(f"<li>{_t(n)}</li>" for n in VIP_NOTICES)
    spam_line = f'<div class="kw">{_t(SPAM_KEYWORDS)}</div>' if spam else ""
    body = f"""{spam_line}<div class="doc-title"><h1>{_t(essay.title)}.pdfVIP</h1></div>
<div class="doc-header"><p>{_t(essay.title)}.pdf</p><p class="upload">上传时间:{uploaded}</p>
<ol class="notice">{notices}</ol><a class="more" href="#">查看更多</a></div>
<div class="doc-body">
<p>{_t(essay.title)}</p>
{_paragraphs(lines)}
</div>
<p class="download"><a href="/download/2023091512345678.pdf">下载PDF原文</a></p>
<div class="doc-comment"><p>文档评论(0)</p></div>
<div class="uploader"><p>133****8893 + 关注</p><p>实名认证</p><p>文档贡献者</p><p>该用户很懒,什么也没介绍</p></div>
<div class="relate"><p>相关文档</p><ul><li><a href="/">国有企业党建工作总结范文</a></li></ul></div>"""
    return _document(f"{essay.title}.pdf-原创力文档", body)


def _flipbook(text: str) -> str:
    # The viewer's text layer keeps the PDF's spacing: two columns side by side on each line.
    body = f"""<div class="viewer-header">Page 55 - 实践理论版202105</div>
<div class="page"><pre class="textLayer">{_t(text)}</pre></div>
<div class="pager">50 51 52 53 54 55 56 57 58 59 60</div>"""
    return _document("Page 55 - 实践理论版202105", body)


def _magazine_article(essay: Essay) -> str:
    subtitle = f"<h2>{_t(essay.subtitle)}</h2>" if essay.subtitle else ""
    body = f"""<div class="crumb"><a href="/">首页</a> &gt; 2025年第6期</div>
<article><h1>{_t(essay.title)}</h1>{subtitle}
<p class="author">文/{_t(essay.author or "")}</p>
<p class="date">发布时间:2025年06月01日</p>
{_paragraphs(essay.paragraphs)}
</article>"""
    return _document(f"{essay.title}-思想理论杂志", body)


def _compilation(essays: list[Essay]) -> str:
    parts = []
    for essay in essays:
        heading = f"<h2>{_t(essay.title)}</h2>"
        subtitle = f"<h3>{_t(essay.subtitle)}</h3>" if essay.subtitle else ""
        parts.append(
            f"{heading}{subtitle}\n{_paragraphs(essay.paragraphs)}\n<p>{_t(essay.author or '')}</p>"
        )
    body = f'<div class="crumb"><a href="/">首页</a> &gt; 2025年第6期</div>\n<div class="content">{"".join(parts)}<p>12</p></div>'
    return _document("2025年第6期 第12页-思想理论杂志", body)


def _page(text: str, charset: str = "utf-8", header_charset: bool = True) -> Page:
    content_type = f"text/html; charset={charset}" if header_charset else "text/html"
    return Page(text.encode(charset, errors="xmlcharrefreplace"), content_type)


def build_sites() -> dict[str, Site]:
    """Every host of the sample site: host name → path → page."""
    essays = load_essays()
    jizhi, shuangxiang = essays["jizhi-chuangxin"], essays["shuangxiang-ronghe"]
    yinling, xingdong = essays["zhengjiguan-yinling"], essays["zhengjiguan-xingdong"]
    tongzhan, sikao, lujing = (
        essays["tongzhan-dongguashan"],
        essays["jidian-sikao"],
        essays["ronghe-lujing"],
    )

    news_articles = {
        "/sxll/2026-02/08/content_10071.html": (jizhi, "2026年02月08日 10:07:11", "呂梁新聞網"),
        "/sxll/2026-02/15/content_10135.html": (
            _essay_or_converted(shuangxiang, "s2t"),
            "2026年02月15日 09:30:00",
            "國資委網站",
        ),
    }
    news: Site = {"/robots.txt": Page(ROBOTS, "text/plain")}
    for path, (essay, date, source) in news_articles.items():
        news[path] = _page(_news_article(essay, date, source), "big5")
    entries = [(p, e.title, e.paragraphs[0]) for p, (e, _, _) in news_articles.items()]
    news["/sxll/index.html"] = _page(_listing("思想理論", entries, charset="big5"), "big5")
    home = [
        ("/sxll/index.html", "思想理論欄目", "理論文章 評論 觀點 學習"),
        ("/admin/drafts.html", "編輯部草稿箱", "僅限編輯"),
    ]
    # The drafts page is disallowed by robots.txt: a polite crawler never fetches it.
    news["/"] = _page(_listing("呂梁新聞網", home, charset="big5"), "big5")
    news["/admin/drafts.html"] = _page(
        _news_article(_essay_or_converted(xingdong, "s2t"), "2026年03月01日", "草稿"), "big5"
    )

    blog_articles = {
        "/p/1001.html": (
            shuangxiang,
            "党建工作 业务工作 双向融合",
            ("2023年1月28日 上午9:14", "2023年1月28日 上午9:30"),
        ),
        "/p/1002.html": (
            _essay_or_converted(jizhi, "t2s"),
            "国企党建 生产经营",
            ("2026年2月8日 上午10:14", "2026年2月9日 上午8:00"),
        ),
        "/p/1003.html": (
            tongzhan,
            "统战工作 国有企业",
            ("2025年6月2日 上午9:00", "2025年6月3日 上午9:00"),
        ),
        # Reposts as republishers edit them (demo/reposts.py).
        "/p/1004.html": (
            reposts.retitled(sikao, "基层党建怎样融入生产经营?一位国企书记的几点思考"),
            "基层党建 经验交流",
            ("2025年7月1日 上午8:00", "2025年7月2日 上午8:00"),
        ),
        "/p/1005.html": (
            reposts.trimmed(tongzhan, 1),
            "统战工作 转载",
            ("2025年7月3日 上午8:00", "2025年7月4日 上午8:00"),
        ),
        "/p/1006.html": (
            reposts.cut(xingdong, 8),
            "政绩观 转载",
            ("2025年7月5日 上午8:00", "2025年7月6日 上午8:00"),
        ),
        "/p/1007.html": (
            reposts.excerpt(lujing, "摘编:国企党建与生产经营融合的路径", 0.35),
            "党建 摘编",
            ("2025年7月7日 上午8:00", "2025年7月8日 上午8:00"),
        ),
    }
    blog: Site = {"/robots.txt": Page(ROBOTS, "text/plain")}
    for path, (essay, tags, prev_next) in blog_articles.items():
        # GBK with the charset in <meta> only: the header says nothing.
        blog[path] = _page(_blog_article(essay, tags, prev_next), "gbk", header_charset=False)
    blog["/"] = _page(
        _listing(
            "党建学习博客",
            [(p, e.title, e.paragraphs[0]) for p, (e, _, _) in blog_articles.items()],
        )
    )

    docs_articles = {
        "/doc/2023091512345678.html": (sikao, 23, False, "2023-09-15"),
        "/doc/2025061887654321.html": (yinling, None, True, "2025-06-18"),
    }
    docs: Site = {"/robots.txt": Page(ROBOTS, "text/plain")}
    for path, (essay, wrap, spam, uploaded) in docs_articles.items():
        docs[path] = _page(_docs_article(essay, wrap, spam, uploaded))
    docs["/"] = _page(
        _listing(
            "党建文档", [(p, e.title, e.paragraphs[0]) for p, (e, *_) in docs_articles.items()]
        )
    )
    # The same document as the site's PDF download.
    docs["/download/2023091512345678.pdf"] = Page(
        (resources.files("demo") / "jidian-sikao.pdf").read_bytes(), "application/pdf"
    )

    flipbook: Site = {
        "/robots.txt": Page(ROBOTS, "text/plain"),
        "/": _page(
            _listing(
                "实践理论版202105",
                [("/books/sxll202105/55.html", "第55页", "党建品牌创建 坚持以党建引领企业发展")],
            )
        ),
        "/books/sxll202105/55.html": _page(_flipbook(flipbook_page())),
    }

    magazine_articles = {
        "/articles/2025061201.html": yinling,
        "/articles/2025061202.html": xingdong,
    }
    magazine: Site = {"/robots.txt": Page(ROBOTS, "text/plain")}
    for path, essay in magazine_articles.items():
        magazine[path] = _page(_magazine_article(essay))
    magazine["/issue/2025-06/page12.html"] = _page(
        _compilation([yinling, xingdong, tongzhan, lujing])
    )
    entries = [(p, e.title, e.paragraphs[0]) for p, e in magazine_articles.items()]
    entries.append(
        (
            "/issue/2025-06/page12.html",
            "2025年第6期 第12页(合集)",
            "以正确政绩观引领国有企业高质量发展 等四篇",
        )
    )
    magazine["/"] = _page(_listing("思想理论杂志 2025年第6期", entries))

    return {"news": news, "blog": blog, "docs": docs, "flipbook": flipbook, "magazine": magazine}


# Every document the sample site holds, by (host, path[#fragment]), with the essay it carries:
# documents of one essay are copies of each other; documents of different essays are distinct.
EXPECTED_DOCUMENTS: dict[tuple[str, str], str] = {
    ("news", "/sxll/2026-02/08/content_10071.html"): "jizhi-chuangxin",
    ("news", "/sxll/2026-02/15/content_10135.html"): "shuangxiang-ronghe",
    ("blog", "/p/1001.html"): "shuangxiang-ronghe",
    ("blog", "/p/1002.html"): "jizhi-chuangxin",
    ("blog", "/p/1003.html"): "tongzhan-dongguashan",
    ("blog", "/p/1004.html"): "jidian-sikao",  # re-titled
    ("blog", "/p/1005.html"): "tongzhan-dongguashan",  # a paragraph dropped
    ("blog", "/p/1006.html"): "zhengjiguan-xingdong",  # cut short: beyond simhash's threshold
    ("blog", "/p/1007.html"): "ronghe-lujing-excerpt",  # contained in the magazine's essay
    ("docs", "/doc/2023091512345678.html"): "jidian-sikao",
    ("docs", "/doc/2025061887654321.html"): "zhengjiguan-yinling",
    ("docs", "/download/2023091512345678.pdf"): "jidian-sikao",
    ("flipbook", "/books/sxll202105/55.html"): "flipbook-page55",
    ("magazine", "/articles/2025061201.html"): "zhengjiguan-yinling",
    ("magazine", "/articles/2025061202.html"): "zhengjiguan-xingdong",
    ("magazine", "/issue/2025-06/page12.html#essay-1"): "zhengjiguan-yinling",
    ("magazine", "/issue/2025-06/page12.html#essay-2"): "zhengjiguan-xingdong",
    ("magazine", "/issue/2025-06/page12.html#essay-3"): "tongzhan-dongguashan",
    ("magazine", "/issue/2025-06/page12.html#essay-4"): "ronghe-lujing",
}
