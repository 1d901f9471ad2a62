"""Pages where a site crowds the essay, around the bundled essays (helpers: demo/varied.py).

A government portal under a menu of 320 links, a blog post above a long comment thread, a
forum thread, a calendar that links months forever, a compilation page in seed 000's
markup, and a party portal laid out in tables.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .essays import Essay
from .site import Page
from .varied import ESSAYS, esc, excerpt, link_items, page, paras, split_words

# --- a. a government portal under a menu of 320 links ---
GOV_SECTIONS = split_words(
    "政务公开 政策文件 办事服务 互动交流 走进本市 新闻中心 专题专栏 数据发布"
)
GOV_TOPICS = split_words(
    "机构职能 领导信息 规划计划 财政资金 人事信息 统计数据 应急管理 建议提案 政策解读 行政许可 行政处罚 公共服务 教育信息 医疗卫生 社会保障 就业创业 住房保障 生态环境 安全生产 食品药品 价格收费 公共资源 重大项目 招商引资 农业农村 交通运输 文化旅游 市场监管 审计结果 政府采购 人大代表 政协委员 营商环境 乡村振兴 城市建设 水利工程 科技创新 民族宗教 信访工作 新闻发布"
)
GOV_MENU = tuple(f"{s}{t}" for s in GOV_SECTIONS for t in GOV_TOPICS)
_CITIES = "太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁 郑州 洛阳 开封 安阳 新乡 焦作 许昌 南阳 信阳"
GOV_FOOTER = (
    *(f"{c}人民政府门户网站" for c in split_words(_CITIES)),
    *split_words("网站地图 联系我们 隐私声明 无障碍浏览"),
)


def gov_article(essay: Essay, href: Callable[[int], str] = "/col/col{}/index.html".format) -> Page:
    """The essay in a table under nested ul/li menus of 320 links and a footer of 24 more."""
    menu = "".join(
        f'<li class="nav-item"><a href="{href(i * 100)}">{s}</a><ul class="sub">'
        f"{link_items([(href(i * 100 + j + 1), s + t) for j, t in enumerate(GOV_TOPICS)])}</ul></li>"
        for i, s in enumerate(GOV_SECTIONS)
    )
    footer = link_items([(href(900 + i), name) for i, name in enumerate(GOV_FOOTER)], "span")
    body = f"""<div class="head"><a href="{href(0)}">市人民政府门户网站</a><ul class="nav">{menu}</ul></div>
<div class="pos">您当前的位置：<a href="{href(1)}">首页</a> &gt; <a href="{href(2)}">政务公开</a></div>
<table class="xl_tab" width="100%"><tr><td class="xl_title"><h1>{esc(essay.title)}</h1></td></tr>
<tr><td class="xl_info">发布时间：2025-06-18 09:30 来源：市政府办公室 字号：大 中 小</td></tr>
<tr><td id="zoom" class="xl_con">{paras(essay.paragraphs, ' style="text-indent:2em"')}</td></tr></table>
<div class="foot"><div class="yqlj">友情链接：{footer}</div>
<p>主办：市人民政府办公室 承办：市大数据中心 网站标识码：1400000001 晋ICP备05001234号</p></div>"""
    return page(f"{essay.title}_政务公开_市人民政府门户网站", body, charset="gbk")


# --- d. a blog post above a long comment thread; h. a forum thread ---
COMMENTS = (
    "写得很实在，我们单位今年也在搞党建和业务融合，基层最大的难处还是考核指标怎么落地，希望作者以后能多写写具体的操作办法。",
    "收藏了，周五支部学习正好用得上。",
    "文章第二段讲的问题我们车间也遇到过：活动搞了不少，台账做了一大摞，真正解决生产难题的没几个。后来我们换了个思路，把党员责任区直接划到班组的难点工序上，每个月对着产量和质量数据复盘一次，谁的责任区指标没改善就在支部会上讲原因，半年下来效果明显，大家也不再觉得党建是额外的负担了。",
    "说得好！",
    "楼上说的办法不错，请问责任区的考核是怎么和绩效工资挂钩的？我们这边一挂钩就有人说不公平，因为各个工序的难度差别太大，最后只好按平均数打分，又回到老路上去了。",
    "转发给同事们看看。",
    "作为一名入党不到两年的年轻党员，读完很受触动。以前总觉得政绩离自己很远，其实把手头每一件小事做扎实，就是在为企业的长远发展打基础。感谢作者的分享，也希望编辑多推一些来自一线的文章，少一些空话套话。",
    "支持一下，期待下一篇。",
    "有没有完整版的课件可以分享？邮箱已私信。",
    "个人觉得文章有点理想化了，基层人手本来就紧，很多要求说起来容易做起来难，上面的考核一层层加码，最后都压到了班组长身上。建议在减负方面也多提一些办法，否则再好的理念也很难真正落地生根。",
    "赞同楼上，减负才是关键。",
    "好文，已推荐到我们公司的内网学习园地。",
)
NAMES = split_words(
    "晨曦 老党员王师傅 青松挺立 安全生产第一 小蜜蜂 一线工人老刘 云淡风轻 追梦人2019 山那边 矿山小李 清风徐来 红色引擎"
)


def comment(i: int) -> tuple[str, str, str]:
    """Comment i: writer, time and text; from the 13th on, each answers the one before."""
    text = (
        COMMENTS[i] if i < len(COMMENTS) else f"回复 {NAMES[(i - 1) % 12]}：{COMMENTS[5 * i % 12]}"
    )
    return NAMES[i % 12], f"2025-06-{18 + i // 8:02d} {8 + i % 12:02d}:{7 * i % 60:02d}", text


def blog_post(essay: Essay, *, marked: bool, comments: int = 24) -> Page:
    """A ~600-character post and its comments: `marked`, in a box of its own whose class names
    say "comment"; otherwise in plain divs and paragraphs in the one container with the post."""
    item, words = ("comment", "comment-content") if marked else ("entry", "words")
    thread = "".join(
        f"""<div class="{item}" id="{item}-{i}"><div class="nick"><a href="/u/{i}">{esc(who)}</a> <span class="when">{when}</span></div>
<div class="{words}"><p>{esc(text)}</p></div><a class="op" href="javascript:;">回复</a> <span>赞({i % 7})</span></div>\n"""
        for i, (who, when, text) in enumerate(map(comment, range(comments)))
    )
    board = f'<div class="{"comments" if marked else "board"}"><h3>网友留言（{comments}）</h3>{thread}</div>'
    body = f"""<div class="wrap"><div class="post-box"><h1 class="post-title">{esc(essay.title)}</h1>
<div class="meta">2025-06-18 07:50 · 阅读 1024</div>{paras(excerpt(essay, 600))}
{"" if marked else board}</div>{board if marked else ""}
<div class="say-box"><textarea></textarea><button>发表</button></div></div>"""
    return page(f"{essay.title} - 青松的博客", body)


def forum_thread(essay: Essay, replies: int = 12) -> Page:
    """A Discuz-style thread: the essay as the opening post, then numbered floors of replies."""
    floors = ["楼主", "沙发", "板凳", "地板", *(f"{n}#" for n in range(5, replies + 2))]
    posts = [(essay.author or "党建园丁", "<br />\n<br />\n".join(map(esc, essay.paragraphs)))]
    posts += [(who, esc(text)) for who, _, text in map(comment, range(replies))]
    tables = "".join(
        f"""<table id="pid{100 + n}" class="plhin"><tr><td class="pls"><div class="authi"><a class="xw1" href="/space-uid-{n}.html">{esc(who)}</a></div>
<p>积分 {37 * n + 5}</p><p>帖子 {n + 3}</p></td><td class="plc"><div class="pi"><strong><a href="#pid{100 + n}">{floors[n]}</a></strong>
<em>发表于 2025-6-18 {9 + n // 6}:{10 + n:02d}</em></div><div class="pct"><table><tr><td class="t_f" id="postmessage_{100 + n}">{content}</td></tr></table></div>
<div class="po"><a class="fastre" href="/post.php?reply={100 + n}">回复</a> <a href="#">支持</a> <a href="#">举报</a></div></td></tr></table>\n"""
        for n, (who, content) in enumerate(posts)
    )
    body = f"""<div id="pt"><a href="/">论坛首页</a> › <a href="/forum-12-1.html">党建园地</a></div>
<h1><span id="thread_subject">{esc(essay.title)}</span></h1><div class="hm">查看: 2345 | 回复: {replies}</div>
<div id="postlist">{tables}</div>"""
    return page(f"{essay.title} - 党建园地 - 职工之家论坛", body)


# --- e. a calendar that links months forever ---
def calendar_month(year: int, month: int) -> Page:
    """A month grid of day links, the months before and after, and a line of text."""
    (py, pm), (ny, nm) = divmod(year * 12 + month - 2, 12), divmod(year * 12 + month, 12)
    days = "".join(
        f'{"<tr>" if d % 7 == 1 else ""}<td><a href="/calendar/{year}-{month:02d}/{d:02d}/">{d}</a></td>'
        for d in range(1, 31)
    )
    body = f"""<div class="calendar"><h2>{year}年{month}月</h2>
<a href="/calendar/{py}-{pm + 1:02d}">« {py}年{pm + 1}月</a> <a href="/calendar/{ny}-{nm + 1:02d}">{ny}年{nm + 1}月 »</a>
<table><tr><th>日</th><th>一</th><th>二</th><th>三</th><th>四</th><th>五</th><th>六</th>{days}</table>
<p>{year}年{month}月共有文章0篇。本月暂无归档文章，请浏览其他月份。</p></div>"""
    return page(f"文章归档 {year}年{month}月 - 青松的博客", body)


def calendar_pages(year: int, month: int, span: int = 120) -> dict[str, Page]:
    """/calendar/YYYY-MM for `span` months each side: further than any crawl's depth reaches."""
    at = (divmod(year * 12 + month - 1 + k, 12) for k in range(-span, span + 1))
    return {f"/calendar/{y}-{m + 1:02d}": calendar_month(y, m + 1) for y, m in at}


# --- f. a compilation page as seed 000: headline, paragraphs, the author's name alone ---
def seed_compilation(essays: Sequence[Essay]) -> Page:
    parts = "".join(
        f'<p style="text-align:center"><strong>{esc(e.title)}</strong></p>\n'
        + (f'<p style="text-align:center">{esc(e.subtitle)}</p>\n' if e.subtitle else "")
        + paras(e.paragraphs, ' style="text-indent:2em"')
        + f'<p style="text-align:right">{esc(e.author or "")}</p>\n'
        for e in essays
    )
    body = f"""<div class="top"><a href="/">思想理论</a> | 2025年第6期 | 第12页</div>
<div class="TRS_Editor" id="zoom">{parts}</div><div class="pageno">— 12 —</div>"""
    return page("思想理论 2025年第6期 第12页", body)


# --- g. a party portal laid out in tables ---
PORTAL_FURNITURE = split_words("责任编辑 来源 打印本页 关闭窗口 相关阅读 今日推荐 相关报道")
PORTAL_NAV = split_words(
    "首页 党建要闻 理论学习 基层党建 廉政建设 组织工作 宣传思想 群团工作 专题专栏 党建视频"
)


def portal_article(essay: Essay, related: Sequence[tuple[str, str]] = ()) -> Page:
    """Layout tables, the essay in a <td>, link tables beside and below it (GBK)."""
    others = [e.title for e in ESSAYS.values() if e.slug != essay.slug]
    related = related or [(f"/dangjian/{i}.html", title) for i, title in enumerate(others)]
    nav = "".join(
        f'<td class="nav"><a href="/list/{i}/">{n}</a></td>' for i, n in enumerate(PORTAL_NAV)
    )
    rows = "".join(
        f'<tr><td><a href="{h}">{esc(t)}</a></td><td>06-{10 + i:02d}</td></tr>'
        for i, (h, t) in enumerate(related)
    )
    body = f"""<table width="1000" align="center" class="top"><tr><td><img src="/img/logo.gif" alt="党建网"></td><td>2025年6月18日 星期三</td></tr></table>
<table width="1000" align="center"><tr>{nav}</tr></table>
<table width="1000" align="center"><tr><td class="wz">当前位置：<a href="/">首页</a> &gt; <a href="/list/2/">理论学习</a> &gt; 正文</td></tr></table>
<table width="1000" align="center"><tr><td width="700" valign="top"><table width="100%">
<tr><td class="bt" align="center"><b>{esc(essay.title)}</b></td></tr>
<tr><td class="xx" align="center">来源：中国共产党新闻网　　发布时间：2025-06-18 09:30　　【字号：大 中 小】</td></tr>
<tr><td class="nr">{paras(essay.paragraphs)}</td></tr>
<tr><td align="right">责任编辑：王晓东</td></tr>
<tr><td align="center"><a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></td></tr>
<tr><td class="xgyd"><b>相关阅读：</b><ul>{link_items(related)}</ul></td></tr></table></td>
<td width="280" valign="top"><table width="100%"><tr><td class="tt" colspan="2">今日推荐</td></tr>{rows}</table>
<table width="100%"><tr><td class="tt" colspan="2">相关报道</td></tr>{rows}</table></td></tr></table>
<table width="1000" align="center" class="foot"><tr><td>主办：中共某市委组织部 版权所有 未经授权禁止复制</td></tr></table>"""
    return page(f"{essay.title}--理论学习--党建网", body, charset="gbk")
