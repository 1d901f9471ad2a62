#!/usr/bin/env python3
"""Write the `f-` pages of the fresh blind set (part F) and their gold.

Eight invented Chinese sites, four pages each: two articles and two pages that are
not an essay (gold `kind: listing`).  Standard library only, deterministic: running it
twice writes the same bytes.  Each page is encoded strictly in its own charset, so a
character the charset lacks is an error here, not a silent `?`.

    python benchmarks/fresh/make_f.py
"""
import html as _html
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGES = HERE / "pages"
GOLD = HERE / "gold"

E = _html.escape
ON = ' class="on"'
BEST = '<span class="tag-best">最佳回答</span>'


def plain(fragment):
    """The text a reader sees in an inline HTML fragment."""
    return _html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


def gold_lines(items):
    """Body items -> gold lines.

    ('p', html) paragraph, ('h', html) in-text heading, ('li', html) list item,
    ('img', src, caption) photo with caption, ('x', html) furniture inside the
    body that is not essay text.
    """
    out = []
    for it in items:
        if it[0] in ("p", "h", "li"):
            out.append(plain(it[1]))
        elif it[0] == "img" and it[2]:
            out.append(plain(it[2]))
    return out


WRITTEN = []


def emit(name, page, enc, *, url, charset, title="", author="", published="",
         items=(), listing=False):
    data = page.encode(enc)  # strict on purpose
    PAGES.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (PAGES / f"{name}.html").write_bytes(data)
    head = [f"page: {name}.html"]
    if listing:
        head.append("kind: listing")
        assert not title and not items
    head += [f"title: {title}", f"author: {author}", f"published: {published}",
             f"url: {url}", f"charset: {charset}"]
    body = [] if listing else gold_lines(items)
    text = "\n".join(head) + "\n\n" + "".join(line + "\n" for line in body)
    (GOLD / f"{name}.txt").write_text(text, encoding="utf-8")
    WRITTEN.append(name)


def num(seed, lo, hi):
    """A deterministic 'random' integer in [lo, hi] from a small seed."""
    x = (seed * 2654435761 + 97) % 4294967296
    x ^= x >> 13
    x = (x * 1274126177) % 4294967296
    return lo + x % (hi - lo + 1)


# ---------------------------------------------------------------------------
# f-finance: 汇财经, a GBK stock-news portal with quote sidebars everywhere.
# ---------------------------------------------------------------------------

FIN_HOST = "www.huicaijing.com"


def fin_head(title, kw, desc, mobile, extra=""):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{title}</title>
<meta name="keywords" content="{kw}" />
<meta name="description" content="{desc}" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta http-equiv="Cache-Control" content="no-transform" />
<meta http-equiv="Cache-Control" content="no-siteapp" />
<meta name="applicable-device" content="pc" />
<link rel="alternate" media="only screen and (max-width: 640px)" href="{mobile}" />
{extra}<link rel="shortcut icon" href="http://img.huicaijing.com/favicon.ico" />
<link rel="stylesheet" type="text/css" href="http://img.huicaijing.com/css/2019/common.css?v=20230301" />
<link rel="stylesheet" type="text/css" href="http://img.huicaijing.com/css/2019/article.css?v=20230301" />
<script type="text/javascript" src="http://img.huicaijing.com/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="http://img.huicaijing.com/js/hq/hqcommon.js?v=3.2"></script>
<script type="text/javascript">
var hcj_page = {{channel:"stock", pagetype:"{'quote' if 'quote' in mobile else 'article'}"}};
var _hmt = _hmt || [];
(function() {{
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?7c1e93b0d2f54a6e8b1c0f3a9d7e2b41";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
}})();
</script>
</head>
"""


FIN_INDEXES = [
    ("上证指数", "3,385.61", "+14.27", "+0.42%", "red"),
    ("深证成指", "11,842.09", "-21.56", "-0.18%", "green"),
    ("创业板指", "2,391.74", "-9.83", "-0.41%", "green"),
    ("沪深300", "4,102.55", "+8.11", "+0.20%", "red"),
    ("科创50", "1,068.32", "+6.49", "+0.61%", "red"),
    ("恒生指数", "20,561.18", "+178.40", "+0.88%", "red"),
]


def fin_top(cur="股票"):
    nav = ["首页", "股票", "新股", "基金", "期货", "外汇", "债券", "理财", "银行",
           "保险", "港股", "美股", "数据中心", "行情中心", "股吧", "视频"]
    lis = "".join(
        f'<li{ON if n == cur else ""}><a href="http://{FIN_HOST}/{i}/" target="_blank">{n}</a></li>'
        for i, n in enumerate(nav))
    idx = "".join(
        f'<li><a href="http://quote.huicaijing.com/zs/{k}.html" target="_blank">{n}</a> '
        f'<span class="{c}">{p}</span> <span class="{c}">{d}</span> <span class="{c}">{pc}</span></li>'
        for k, (n, p, d, pc, c) in enumerate(FIN_INDEXES))
    return f"""<body>
<div class="topbar"><div class="w1000 clearfix">
<div class="fl"><a href="http://{FIN_HOST}/">汇财经首页</a> | <a href="http://m.huicaijing.com/">手机汇财经</a> | <a href="http://app.huicaijing.com/">客户端下载</a> | <a href="http://{FIN_HOST}/weixin/">官方微信</a></div>
<div class="fr" id="loginBar"><a href="https://passport.huicaijing.com/login?ref=top">登录</a> <a href="https://passport.huicaijing.com/reg">免费注册</a> | <a href="http://my.huicaijing.com/zxg/">我的自选股</a> | <a href="http://{FIN_HOST}/sitemap.html">网站导航</a></div>
</div></div>
<div class="header w1000 clearfix">
<div class="logo"><a href="http://{FIN_HOST}/"><img src="http://img.huicaijing.com/images/logo2019.png" alt="汇财经" width="186" height="52" /></a></div>
<div class="hq_search"><form action="http://so.huicaijing.com/s" method="get" target="_blank">
<select name="t"><option value="hq">行情</option><option value="news">新闻</option><option value="bar">股吧</option></select>
<input type="text" name="q" id="hqInput" value="输入代码/名称/拼音" onfocus="if(this.value=='输入代码/名称/拼音')this.value='';" />
<input type="submit" class="btn" value="搜 索" /></form></div>
<div class="hd_ad"><a href="http://ad.huicaijing.com/c?id=1187" target="_blank" rel="nofollow"><img src="http://img.huicaijing.com/ad/2023/kh_468x60.gif" width="468" height="60" alt="" /></a></div>
</div>
<div class="nav w1000"><ul class="clearfix">{lis}</ul></div>
<div class="idxbar w1000"><ul class="clearfix">{idx}</ul><a class="more" href="http://quote.huicaijing.com/" target="_blank">行情中心&gt;&gt;</a></div>
"""


def fin_sidebar():
    inds = [("半导体", "+3.21%"), ("消费电子", "+2.64%"), ("光伏设备", "+1.87%"),
            ("白酒", "+1.02%"), ("证券", "+0.73%"), ("医疗器械", "-0.35%"),
            ("房地产开发", "-1.12%"), ("煤炭开采", "-1.48%")]
    ind_rows = "".join(
        f'<tr><td>{i + 1}</td><td><a href="http://quote.huicaijing.com/bk/{800 + i}.html">{n}</a></td>'
        f'<td class="{"red" if c.startswith("+") else "green"}">{c}</td></tr>' for i, (n, c) in enumerate(inds))
    stocks = [("华拓精密", "301268", "28.64", "-1.78%"), ("中泽电子", "002917", "16.03", "+4.22%"),
              ("启明光电", "603376", "42.18", "+2.05%"), ("海峰股份", "600981", "9.77", "+0.62%"),
              ("泰和新材", "300749", "21.45", "-0.69%"), ("润升科技", "688315", "67.90", "+5.31%"),
              ("东岭银行", "601577", "5.12", "+0.20%"), ("远航物流", "002840", "13.36", "-2.48%")]
    st_rows = "".join(
        f'<tr><td><a href="http://quote.huicaijing.com/stock/{"sh" if c[0] == "6" else "sz"}{c}.html">{n}</a></td>'
        f'<td>{p}</td><td class="{"red" if ch.startswith("+") else "green"}">{ch}</td></tr>' for n, c, p, ch in stocks)
    flows = [("贵州白酒", "12.36亿"), ("新能源车", "8.71亿"), ("半导体", "6.05亿"),
             ("人工智能", "4.92亿"), ("券商", "3.18亿")]
    fl_rows = "".join(f"<tr><td>{n}</td><td class=\"red\">{v}</td></tr>" for n, v in flows)
    hot = ["央行：保持流动性合理充裕 引导综合融资成本稳中有降",
           "多家券商上调全年盈利预测 两融余额重回高位",
           "公募一季报出炉：主动权益基金增配科技与消费",
           "北向资金连续五日净流入 重点加仓电子和家电",
           "发改委：加快推进一批重大基础设施项目建设",
           "汽车以旧换新补贴细则落地 多地车企推出配套优惠",
           "中小银行密集下调存款利率 理财收益率随之走低",
           "创业板注册制新股首日平均涨幅收窄"]
    hot_li = "".join(f'<li><em class="n{i + 1}">{i + 1}</em><a href="http://{FIN_HOST}/news/2023/04{17 - i % 5:02d}/{40810 + i * 37}.html" target="_blank">{t}</a></li>' for i, t in enumerate(hot))
    bars = ["华拓精密吧", "中泽电子吧", "上证指数吧", "创业板吧", "润升科技吧", "东岭银行吧"]
    bar_li = "".join(f'<li><a href="http://guba.huicaijing.com/list,{i}.html">{b}</a><span>{num(i, 1200, 9800)}帖</span></li>' for i, b in enumerate(bars))
    return f"""<div class="side fr">
<div class="sidebox"><div class="side_tit"><h3>大盘指数</h3><a href="http://quote.huicaijing.com/zs/" class="more">更多</a></div>
<table class="hq_tab" cellpadding="0" cellspacing="0"><tr><th>名称</th><th>最新</th><th>涨跌幅</th></tr>
{"".join(f'<tr><td>{n}</td><td class="{c}">{p}</td><td class="{c}">{pc}</td></tr>' for n, p, d, pc, c in FIN_INDEXES)}
</table></div>
<div class="side_ad"><a href="http://ad.huicaijing.com/c?id=1203" rel="nofollow" target="_blank"><img src="http://img.huicaijing.com/ad/2023/kaihu_300x250.jpg" width="300" height="250" alt="股票开户 佣金低至万1" /></a></div>
<div class="sidebox"><div class="side_tit"><h3>行业板块涨幅榜</h3></div>
<table class="hq_tab"><tr><th>排名</th><th>板块</th><th>涨跌幅</th></tr>{ind_rows}</table></div>
<div class="sidebox"><div class="side_tit"><h3>个股人气榜</h3><span class="tab"><a class="on">人气</a><a>飙升</a></span></div>
<table class="hq_tab"><tr><th>股票</th><th>最新价</th><th>涨跌幅</th></tr>{st_rows}</table></div>
<div class="sidebox"><div class="side_tit"><h3>主力资金净流入（概念）</h3></div>
<table class="hq_tab"><tr><th>概念</th><th>净流入</th></tr>{fl_rows}</table></div>
<div class="sidebox"><div class="side_tit"><h3>24小时热门文章</h3></div><ul class="rank_list">{hot_li}</ul></div>
<div class="sidebox"><div class="side_tit"><h3>热门股吧</h3></div><ul class="bar_list">{bar_li}</ul></div>
<div class="side_ad"><a href="http://ad.huicaijing.com/c?id=1211" rel="nofollow"><img src="http://img.huicaijing.com/ad/2023/app_300x120.png" width="300" height="120" alt="下载汇财经APP" /></a></div>
</div>
"""


def fin_footer():
    return """<div class="footer w1000">
<p class="flinks"><a href="http://www.huicaijing.com/about/">关于我们</a> | <a href="http://www.huicaijing.com/about/contact.html">联系我们</a> | <a href="http://www.huicaijing.com/about/ad.html">广告服务</a> | <a href="http://www.huicaijing.com/about/join.html">招聘英才</a> | <a href="http://www.huicaijing.com/about/law.html">法律声明</a> | <a href="http://www.huicaijing.com/about/privacy.html">隐私保护</a> | <a href="http://www.huicaijing.com/sitemap.html">网站地图</a> | <a href="http://www.huicaijing.com/jubao/">违法和不良信息举报</a></p>
<p>汇财经所载文章、数据仅供参考，使用前请核实，风险自负。行情数据来源于交易所，至少延时15分钟。</p>
<p>Copyright &copy; 2006-2023 huicaijing.com 汇财经 版权所有 未经许可不得转载</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">沪ICP备08031957号-2</a> 沪ICP证B2-20090117 <a href="http://www.beian.gov.cn/" target="_blank" rel="nofollow">沪公网安备 31010402004518号</a> 互联网新闻信息服务许可证编号：31120190005</p>
<p>举报电话：021-61238890 举报邮箱：jubao@huicaijing.com</p>
</div>
<script type="text/javascript" src="http://img.huicaijing.com/js/article/share.js?v=2"></script>
<script type="text/javascript">hcjStat.push(["_trackPageview"]); HQ.refresh("idxbar", 15000);</script>
</body>
</html>
"""


def fin_body(items):
    out = []
    for it in items:
        if it[0] == "p":
            out.append(f"<p>{it[1]}</p>")
        elif it[0] == "h":
            out.append(f'<p class="subtitle"><strong>{it[1]}</strong></p>')
        elif it[0] == "x":
            out.append(it[1])
    return "\n".join(out)


def fin_article(*, title, page_title, column, colpath, date, time_, source, byline,
                items, summary, editor, related, comments, url, kw, aid, extra_tail=""):
    desc = plain(summary)[:70]
    meta = (f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{title}" />\n'
            f'<meta property="og:url" content="{url}" />\n<meta property="og:site_name" content="汇财经" />\n'
            f'<meta name="publishdate" content="{date}" />\n')
    rel = "".join(f'<li><a href="http://{FIN_HOST}/{colpath}/2023/{d}/{n}.html" target="_blank">{t}</a><span>{d[:2]}-{d[2:]}</span></li>' for t, d, n in related)
    com = "".join(f'<div class="cmt_item"><div class="cmt_user"><img src="http://img.huicaijing.com/avatar/default_36.png" /><a href="http://guba.huicaijing.com/u/{num(i + aid, 100000, 999999)}">{u}</a><span>{t}</span></div><div class="cmt_txt">{c}</div><div class="cmt_op"><a>回复</a> <a>赞({z})</a></div></div>' for i, (u, t, c, z) in enumerate(comments))
    return (fin_head(page_title, kw, desc, url.replace("www.", "m."), meta) + fin_top() + f"""
<div class="w1000 main clearfix">
<div class="crumbs"><a href="http://{FIN_HOST}/">汇财经</a> &gt; <a href="http://{FIN_HOST}/stock/">股票</a> &gt; <a href="http://{FIN_HOST}/{colpath}/">{column}</a> &gt; 正文</div>
<div class="content fl">
<div class="art_header">
<h1>{title}</h1>
<div class="art_info"><span class="time">{date} {time_}</span><span class="source">来源：{source}</span><span class="author">{byline}</span>
<span class="font">字号：<a href="javascript:fontZoom(18)">大</a> <a href="javascript:fontZoom(16)">中</a> <a href="javascript:fontZoom(14)">小</a></span>
<a class="cmt_num" href="#comment">评论(<em>{len(comments)}</em>)</a></div>
</div>
<div class="art_summary"><strong>【摘要】</strong>{summary}</div>
<div class="art_context" id="artibody">
{fin_body(items)}
{extra_tail}
<p class="editor">（责任编辑：{editor}）</p>
</div>
<div class="art_disclaimer">声明：本文仅代表作者个人观点，与汇财经无关。文章内容仅供参考，不构成投资建议，投资者据此操作，风险自担。</div>
<div class="share_bar">分享到：<a class="s_wx" href="javascript:;" title="微信">微信</a><a class="s_wb" href="javascript:;" title="新浪微博">微博</a><a class="s_qq" href="javascript:;" title="QQ空间">QQ空间</a><a class="s_copy" href="javascript:;">复制链接</a>
<span class="app_tip">打开汇财经APP，查看更多实时资讯 <a href="http://app.huicaijing.com/?from=art">立即下载</a></span></div>
<div class="art_page"><p>上一篇：<a href="http://{FIN_HOST}/{colpath}/2023/{date[5:7]}{date[8:]}/{aid - 3}.html">{related[0][0]}</a></p><p>下一篇：<a href="http://{FIN_HOST}/{colpath}/2023/{date[5:7]}{date[8:]}/{aid + 5}.html">{related[1][0]}</a></p></div>
<div class="relate_news"><div class="tit"><h3>相关阅读</h3></div><ul>{rel}</ul></div>
<div class="comment" id="comment"><div class="tit"><h3>网友评论</h3><span>已有{len(comments)}条评论</span></div>
<div class="cmt_post"><textarea id="cmtText" placeholder="文明上网，理性发言"></textarea><div class="cmt_btns"><span>还可以输入500字</span><a class="btn" href="javascript:postComment({aid});">发表评论</a></div></div>
<div class="cmt_list">{com}</div>
<div class="cmt_more"><a href="http://guba.huicaijing.com/news,{aid}.html">查看全部评论&gt;&gt;</a></div></div>
</div>
""" + fin_side_wrap() + fin_footer())


def fin_side_wrap():
    return fin_sidebar() + "</div>\n"


def make_finance():
    # --- f-finance-1: news article -------------------------------------------------
    items = [
        ("p", "在经历了近两年的去库存周期之后，消费电子产业链正在出现回暖迹象。记者近日走访长三角和珠三角多家零部件企业了解到，今年一季度，不少公司的订单量较去年四季度有明显改善，部分产线已经恢复满负荷运转。"),
        ("p", "“春节后客户的备货节奏比我们预想的要快。”一家位于苏州的精密结构件企业负责人告诉记者，公司三月份的排产已经排到了五月中旬，“去年这个时候，我们还在为产线开工率不足发愁。”"),
        ("h", "库存去化接近尾声"),
        ("p", "多位受访人士认为，本轮回暖的直接原因是终端品牌的库存已经回到相对健康的水平。据行业机构统计，主要手机品牌的渠道库存周转天数已从去年年中的高点回落了近三成，笔记本电脑和平板电脑的情况也大致相似。"),
        ("p", "一位长期跟踪电子行业的券商分析师表示，消费电子的需求本身具有明显的周期性，换机周期通常在三年左右。“前几年集中购买的那一批设备，现在正逐步进入更新阶段，再叠加新机型在影像和续航上的升级，需求端的边际变化是积极的。”"),
        ("p", "不过，他也提醒，目前的回暖主要体现在补库存层面，终端零售数据的改善幅度仍然有限，“补库存带来的订单弹性往往来得快、去得也快，后续还要观察二季度的实际销售情况。”"),
        ("x", '<div class="stock_card"><a href="http://quote.huicaijing.com/stock/sz301268.html" target="_blank"><span class="name">华拓精密</span> <span class="code">301268</span> <span class="green">28.64 -1.78%</span></a> <a class="add" href="javascript:addZxg(\'301268\')">+自选</a></div>'),
        ("h", "价格压力仍未完全消除"),
        ("p", "订单回来了，利润却未必同步回来。记者在采访中发现，多数中小型零部件企业仍面临较大的价格压力。一家做连接器的企业财务负责人坦言，为了稳住大客户，公司去年下半年主动下调了部分产品的报价，“现在量起来了，但价格一时半会儿很难再涨回去。”"),
        ("p", "与此同时，原材料成本的波动也让企业不敢掉以轻心。铜、铝等金属价格今年以来有所反弹，部分企业已经开始通过签订长单、增加套期保值等方式来锁定成本。"),
        ("p", "从资本市场的表现看，投资者对这一轮回暖的态度相对谨慎。截至4月17日收盘，电子行业指数年内累计上涨约8%，涨幅在各行业中处于中游水平，板块内部个股走势分化明显。以<a href=\"http://quote.huicaijing.com/stock/sz301268.html\" target=\"_blank\" class=\"stock_link\">华拓精密</a>（301268）为例，该股一季度股价波动幅度超过40%，市场对其新产品放量节奏的分歧较大。"),
        ("h", "机构：关注结构性机会"),
        ("p", "对于后市，多家机构倾向于认为，消费电子板块更可能呈现结构性行情，而非全面反转。在产品创新方向上，折叠屏、可穿戴设备以及与人工智能相关的端侧应用被频繁提及。"),
        ("p", "“我们更看重公司在新产品上的卡位能力。”上海一家私募基金的研究总监表示，在行业整体增速放缓的背景下，能够进入新品供应链、并持续提升单机价值量的企业，才有机会走出独立行情。"),
        ("x", '<p class="hqtip">（<a href="http://app.huicaijing.com/?from=artin" target="_blank">更多实时行情与研报，请下载汇财经APP</a>）</p>'),
    ]
    title = "消费电子回暖信号初现 多家产业链公司称一季度订单改善"
    url = f"http://{FIN_HOST}/stock/ggjd/2023/0418/40921.html"
    page = fin_article(
        title=title, page_title=f"{title}_个股聚焦_汇财经", column="个股聚焦", colpath="stock/ggjd",
        date="2023-04-18", time_="07:52:36", source="汇财经", byline="记者 王晓岚", items=items,
        summary="在经历了近两年的去库存周期之后，消费电子产业链正在出现回暖迹象，但价格压力仍未完全消除。",
        editor="赵一鸣", url=url, kw="消费电子,产业链,订单,去库存,华拓精密", aid=40921,
        related=[("面板价格连续三个月上涨 行业盈利拐点或已临近", "0417", 40877),
                 ("一季度智能手机出货量降幅收窄 中高端机型表现亮眼", "0416", 40802),
                 ("半导体设备国产化提速 多家公司在手订单创新高", "0414", 40688),
                 ("可穿戴设备市场迎来新品密集期", "0412", 40571)],
        comments=[("股海老船长", "2023-04-18 09:13", "订单改善和业绩改善是两回事，等一季报吧。", 23),
                  ("价值发现者", "2023-04-18 08:47", "补库存行情一般能持续两个季度左右。", 11),
                  ("小散一枚_8812", "2023-04-18 08:21", "华拓精密被套了，希望这次能解套。", 6)])
    emit("f-finance-1", page, "gbk", url=url, charset="GBK", title=title, author="王晓岚",
         published="2023-04-18", items=items)

    # --- f-finance-2: column piece -----------------------------------------------------
    items = [
        ("p", "每年三四月份，上市公司年报集中披露，投资者的注意力往往首先落在营业收入和净利润两个数字上。利润增长了多少、是否超出预期，常常直接决定了年报公布后几个交易日的股价表现。但在我看来，比利润表更值得花时间细读的，是现金流量表。"),
        ("p", "道理并不复杂。利润是按照权责发生制算出来的，一笔货卖出去了，哪怕钱还没收回来，也可以确认为收入；而现金流量表记录的，是真金白银的流入和流出。两者之间的差距，恰恰藏着一家公司经营质量的许多秘密。"),
        ("h", "一、先看经营活动现金流"),
        ("p", "经营活动产生的现金流量净额，是观察一家公司“造血能力”的第一个窗口。一个简单的办法，是把它和净利润放在一起比较。如果一家公司连续几年净利润稳步增长，经营现金流却始终远低于利润，甚至常年为负，那就需要问一问：赚到的钱都去哪儿了？"),
        ("p", "常见的答案有两个：一是应收账款越积越多，货卖出去了，账却收不回来；二是存货不断堆高，生产出来的产品没有真正变成销售。这两种情况，在行业景气向下时都可能迅速演变成坏账和减值，最终反噬利润。"),
        ("h", "二、再看投资和筹资的节奏"),
        ("p", "投资活动现金流通常为负，这本身并不可怕，说明企业在扩产、并购或者更新设备。关键在于，这些投资的资金从哪里来。如果主要依靠自身经营产生的现金，说明扩张是可持续的；如果经营现金流本身不足，扩张几乎全靠借款和增发，那么一旦融资环境收紧，企业就可能陷入被动。"),
        ("p", "筹资活动现金流则可以帮助我们判断公司对外部资金的依赖程度。分红多、借款少的公司，往往经营相对稳健；而每年都要大量借新还旧的公司，即便账面利润可观，也值得多打几个问号。"),
        ("x", '<div class="art_ad"><a href="http://ad.huicaijing.com/c?id=1290" rel="nofollow" target="_blank"><img src="http://img.huicaijing.com/ad/2023/nianbao_640x90.jpg" width="640" height="90" alt="年报季专题：一图看懂上市公司业绩" /></a></div>'),
        ("h", "三、几个容易被忽视的细节"),
        ("p", "除了三大类现金流的总量，附注中的一些细节同样值得留意。比如，“收到其他与经营活动有关的现金”和“支付其他与经营活动有关的现金”这两个项目，如果金额异常庞大，就应当翻到附注里看看具体内容是什么。"),
        ("p", "再比如，有的公司会在年末集中催收货款、推迟支付供应商款项，让经营现金流在报表日显得格外漂亮。对比一下季度报表中的现金流数据，往往能发现这种“年底冲刺”的痕迹。"),
        ("p", "当然，现金流量表并不是万能的。不同行业的商业模式差异很大，用同一把尺子去衡量所有公司，难免失之偏颇。但对于普通投资者来说，养成把利润表和现金流量表对照阅读的习惯，至少能帮助我们避开一部分看起来很美、实则经不起推敲的公司。"),
        ("p", "利润决定了一家公司能走多快，现金流则决定了它能走多远。在年报季里，不妨多花十分钟，把这张常常被略过的报表认真读一遍。"),
        ("x", '<p class="author_note">（作者系某证券公司研究所首席策略分析师，本文仅代表个人观点。）</p>'),
    ]
    title = "年报季里读懂现金流：利润好看不等于日子好过"
    url = f"http://{FIN_HOST}/zhuanlan/2023/0328/39855.html"
    page = fin_article(
        title=title, page_title=f"{title}_汇财经专栏_汇财经网", column="汇财经专栏", colpath="zhuanlan",
        date="2023-03-28", time_="10:05:12", source="汇财经专栏", byline="作者：陈启明", items=items,
        summary="利润是按照权责发生制算出来的，而现金流量表记录的是真金白银的流入和流出，两者之间的差距藏着一家公司经营质量的许多秘密。",
        editor="孙蕾", url=url, kw="年报,现金流量表,经营现金流,财报分析", aid=39855,
        related=[("读年报先看什么？三个指标帮你快速排雷", "0321", 39610),
                 ("商誉减值季再临 哪些公司需要警惕", "0325", 39741),
                 ("分红率提升成为年报新亮点", "0326", 39790),
                 ("应收账款高企背后的行业逻辑", "0319", 39533)],
        comments=[("会计小白学炒股", "2023-03-28 12:40", "讲得很清楚，收藏了，回头对着年报练习一下。", 48),
                  ("老韭菜2008", "2023-03-28 11:02", "现金流为负还年年融资的，坚决不碰。", 31)])
    emit("f-finance-2", page, "gbk", url=url, charset="", title=title, author="陈启明",
         published="2023-03-28", items=items)

    # --- f-finance-3: stock quote page (listing) --------------------------------------
    url = "http://quote.huicaijing.com/stock/sz301268.html"
    base = 28.64
    ask = "".join(f'<tr><td>卖{5 - i}</td><td class="green">{base + 0.05 * (5 - i):.2f}</td><td>{num(i, 12, 480)}</td></tr>' for i in range(5))
    bid = "".join(f'<tr><td>买{i + 1}</td><td class="green">{base - 0.01 - 0.04 * i:.2f}</td><td>{num(i + 9, 12, 480)}</td></tr>' for i in range(5))
    ticks = "".join(
        f'<tr><td>14:{56 - i:02d}:{num(i, 0, 59):02d}</td><td class="{"red" if num(i, 0, 1) else "green"}">{base + (num(i + 3, 0, 6) - 3) * 0.01:.2f}</td>'
        f'<td>{num(i + 20, 3, 260)}</td><td>{"B" if num(i, 0, 1) else "S"}</td></tr>' for i in range(15))
    flows = [("超大单", "-862.4", "1,203.5", "2,065.9"), ("大单", "-373.9", "3,411.0", "3,784.9"),
             ("中单", "+415.2", "6,022.7", "5,607.5"), ("小单", "+821.1", "9,870.3", "9,049.2")]
    flow_rows = "".join(f'<tr><td>{a}</td><td class="{"red" if b.startswith("+") else "green"}">{b}</td><td>{c}</td><td>{d}</td></tr>' for a, b, c, d in flows)
    fin_rows = [("报告期", "2022年报", "2022三季报", "2022中报", "2022一季报"),
                ("营业总收入(亿)", "31.62", "22.48", "14.09", "6.87"),
                ("归母净利润(亿)", "2.46", "1.83", "1.12", "0.51"),
                ("基本每股收益(元)", "0.81", "0.61", "0.37", "0.17"),
                ("每股净资产(元)", "9.74", "9.52", "9.31", "9.12"),
                ("净资产收益率(%)", "8.62", "6.45", "3.98", "1.84"),
                ("毛利率(%)", "21.37", "21.05", "20.66", "19.92"),
                ("资产负债率(%)", "41.28", "42.05", "43.17", "40.86")]
    fin_tab = "".join("<tr>" + "".join(f"<{'th' if r == 0 or c == 0 else 'td'}>{v}</{'th' if r == 0 or c == 0 else 'td'}>" for c, v in enumerate(row)) + "</tr>" for r, row in enumerate(fin_rows))
    notices = ["华拓精密：2022年年度报告摘要", "华拓精密：关于2022年度利润分配预案的公告",
               "华拓精密：关于召开2022年年度股东大会的通知", "华拓精密：关于部分募投项目延期的公告",
               "华拓精密：独立董事2022年度述职报告", "华拓精密：关于获得政府补助的公告"]
    notice_li = "".join(f'<li><span>2023-04-{17 - i:02d}</span><a href="http://{FIN_HOST}/gonggao/sz301268/{880120 + i}.html">{t}</a></li>' for i, t in enumerate(notices))
    news_li = "".join(f'<li><span>04-{18 - i:02d}</span><a href="http://{FIN_HOST}/stock/ggjd/2023/04{18 - i:02d}/{40921 - i * 91}.html">{t}</a></li>' for i, t in enumerate([
        "消费电子回暖信号初现 多家产业链公司称一季度订单改善", "华拓精密：一季度营收同比增长12% 新产品进入送样阶段",
        "结构件板块午后走弱 华拓精密跌近2%", "机构调研｜华拓精密回应产能利用率问题", "精密制造赛道扩产潮：谁在加码？"]))
    minute = "".join(f"{base + ((num(i, 0, 40) - 20) / 100):.2f}," for i in range(48))
    page = (fin_head("华拓精密(301268)股票价格_行情_走势图—汇财经", "华拓精密,301268,华拓精密股票,华拓精密行情,华拓精密股价",
                     "汇财经提供华拓精密(301268)股票的实时行情、走势图、资金流向、财务数据、公司公告等信息。", url.replace("quote.", "m.quote."))
            + fin_top("行情中心") + f"""
<div class="w1000 main clearfix">
<div class="crumbs"><a href="http://{FIN_HOST}/">汇财经</a> &gt; <a href="http://quote.huicaijing.com/">行情中心</a> &gt; <a href="http://quote.huicaijing.com/sz/">深市</a> &gt; 华拓精密(301268)</div>
<div class="quote_main fl">
<div class="q_header clearfix"><h2 class="q_name">华拓精密 <span>301268</span></h2>
<div class="q_price green"><strong>28.64</strong> <span>-0.52</span> <span>-1.78%</span></div>
<div class="q_status">已收盘 2023-04-18 15:00:03 北京时间 <a href="javascript:addZxg('301268')" class="add">+加自选</a> <a href="http://guba.huicaijing.com/list,301268.html">进入股吧</a></div></div>
<table class="q_detail" cellpadding="0" cellspacing="0">
<tr><td>今开：<span class="red">29.30</span></td><td>最高：<span class="red">29.58</span></td><td>成交量：8.62万手</td><td>换手率：4.37%</td><td>市盈率(TTM)：35.21</td></tr>
<tr><td>昨收：29.16</td><td>最低：<span class="green">28.41</span></td><td>成交额：2.48亿</td><td>振幅：4.01%</td><td>市净率：2.94</td></tr>
<tr><td>涨停：34.99</td><td>跌停：23.33</td><td>总市值：86.51亿</td><td>流通市值：56.83亿</td><td>量比：1.36</td></tr>
<tr><td>52周最高：36.80</td><td>52周最低：21.15</td><td>总股本：3.02亿</td><td>流通股：1.98亿</td><td>每股收益：0.81</td></tr>
</table>
<div class="q_chart"><ul class="chart_tab"><li class="on">分时</li><li>五日</li><li>日K</li><li>周K</li><li>月K</li></ul>
<div id="chartBox" data-minute="{minute}"><img src="http://image.huicaijing.com/chart/min/sz301268.png?t=20230418150003" width="560" height="300" alt="华拓精密分时图" /></div></div>
<div class="q_comment"><h3>盘面点评</h3><p>今日该股高开低走，午后一度跌逾2%，全天成交额较前一交易日放大约三成。从资金面看，主力资金净流出1236万元，短线关注20日均线附近的支撑力度。</p><p class="q_tip">以上内容由系统根据行情数据自动生成，不构成投资建议。</p></div>
<div class="q_box"><div class="tit"><h3>资金流向（万元）</h3></div>
<table class="q_tab"><tr><th>类型</th><th>净流入</th><th>流入</th><th>流出</th></tr>{flow_rows}</table></div>
<div class="q_box"><div class="tit"><h3>主要财务指标</h3><a href="http://f10.huicaijing.com/301268/cwzb.html" class="more">更多</a></div>
<table class="q_tab">{fin_tab}</table></div>
<div class="q_box half fl"><div class="tit"><h3>公司公告</h3><a class="more" href="http://{FIN_HOST}/gonggao/sz301268/">更多</a></div><ul class="q_list">{notice_li}</ul></div>
<div class="q_box half fr"><div class="tit"><h3>个股新闻</h3><a class="more" href="http://{FIN_HOST}/stock/s/301268/">更多</a></div><ul class="q_list">{news_li}</ul></div>
</div>
<div class="quote_side fr">
<div class="sidebox"><div class="side_tit"><h3>五档盘口</h3></div>
<table class="pankou"><tbody>{ask}</tbody><tbody class="mid"><tr><td colspan="3">委比：-18.62% 委差：-331</td></tr></tbody><tbody>{bid}</tbody></table></div>
<div class="sidebox"><div class="side_tit"><h3>分时成交</h3><a class="more" href="http://quote.huicaijing.com/fscj/sz301268.html">更多</a></div>
<table class="hq_tab"><tr><th>时间</th><th>价格</th><th>手数</th><th></th></tr>{ticks}</table></div>
<div class="sidebox"><div class="side_tit"><h3>所属板块</h3></div><p class="bk"><a>消费电子</a> <a>精密结构件</a> <a>专精特新</a> <a>创业板综</a> <a>江苏板块</a></p></div>
</div>
""" + fin_side_wrap() + fin_footer())
    emit("f-finance-3", page, "gbk", url=url, charset="GBK", listing=True)

    # --- f-finance-4: news archive by date (listing) ----------------------------------
    pool = [
        "央行开展200亿元逆回购操作 维护月末流动性平稳", "两市成交额连续第十个交易日突破万亿", "北向资金午后加速流入 全天净买入逾50亿元",
        "证监会：进一步优化再融资制度安排", "一季度GDP数据公布在即 机构预测增速回升", "多地出台楼市新政 公积金贷款额度上调",
        "新能源车企四月交付数据陆续出炉", "银行板块全线走强 国有大行领涨", "人民币中间价上调112个基点",
        "沪深交易所发布年报审核关注要点", "券商一季度自营收入大幅回暖", "国常会：部署加快发展先进制造业集群",
        "原油期货夜盘收涨2% 能源股有望受益", "黄金价格创近一年新高", "公募基金发行回暖 权益类产品占比提升",
        "光伏产业链价格持续下行 组件企业承压", "A股一季报预告：超六成公司预喜", "数字经济板块掀涨停潮",
        "统计局：3月社会消费品零售总额同比增长", "科创板两家公司今日申购", "半导体设备股集体走强",
        "财政部：前三月新增专项债发行提速", "汽车消费政策加码 经销商库存压力缓解", "港股收评：恒指涨近1% 科技股反弹",
        "美联储会议纪要释放鸽派信号", "保险资金加大权益资产配置力度", "医药板块分化 创新药企受资金追捧",
        "二手房挂牌量上升 成交周期拉长", "大宗商品价格普遍回落", "信托业务分类新规正式实施",
        "ETF份额周内增长超百亿份", "上市公司回购金额创年内新高", "电力板块午后拉升 多股涨停",
        "外汇局：一季度跨境资金流动总体平稳", "猪肉价格连续回落 养殖企业亏损扩大", "深市主板新股首日表现平稳",
    ]
    days = ["2023-04-18", "2023-04-17", "2023-04-14", "2023-04-13", "2023-04-12", "2023-04-11"]
    week = {"2023-04-18": "星期二", "2023-04-17": "星期一", "2023-04-14": "星期五", "2023-04-13": "星期四",
            "2023-04-12": "星期三", "2023-04-11": "星期二"}
    blocks = []
    k = 0
    for d in days:
        lis = []
        for j in range(6):
            t = pool[k % len(pool)]
            hh, mm = 20 - j * 2 - num(k, 0, 1), num(k + 5, 0, 59)
            lis.append(f'<li><span class="tm">{hh:02d}:{mm:02d}</span><a href="http://{FIN_HOST}/news/2023/{d[5:7]}{d[8:]}/{40000 + k * 13}.html" target="_blank">{t}</a></li>')
            k += 1
        blocks.append(f'<div class="arc_day"><h3 class="arc_date">{d[:4]}年{int(d[5:7])}月{int(d[8:])}日 {week[d]}</h3><ul class="arc_list">{"".join(lis)}</ul></div>')
    cal = "".join(f'<a href="http://{FIN_HOST}/news/archive/2023-04-{i:02d}.html"{ON if i == 18 else ""}>{i}</a>' for i in range(1, 19))
    url = f"http://{FIN_HOST}/news/archive/202304.html"
    page = (fin_head("新闻回顾_2023年4月_汇财经", "财经新闻,新闻回顾,历史新闻,汇财经",
                     "汇财经新闻回顾频道，按日期浏览2023年4月的财经新闻。", url.replace("www.", "m."))
            + fin_top("首页") + f"""
<div class="w1000 main clearfix">
<div class="crumbs"><a href="http://{FIN_HOST}/">汇财经</a> &gt; <a href="http://{FIN_HOST}/news/">新闻</a> &gt; 新闻回顾</div>
<div class="content fl">
<div class="arc_head"><h2>新闻回顾</h2><form class="arc_pick" action="http://{FIN_HOST}/news/archive/" method="get">选择日期：<select name="y"><option>2023</option><option>2022</option><option>2021</option></select>年 <select name="m"><option selected="selected">4</option><option>3</option><option>2</option><option>1</option></select>月 <input type="submit" value="查看" /></form></div>
<div class="arc_cal"><span>2023年4月：</span>{cal}</div>
{"".join(blocks)}
<div class="pages"><a href="http://{FIN_HOST}/news/archive/202304_2.html">下一页</a> <a href="http://{FIN_HOST}/news/archive/202303.html">上个月</a></div>
</div>
""" + fin_side_wrap() + fin_footer())
    emit("f-finance-4", page, "gbk", url=url, charset="", listing=True)


# ---------------------------------------------------------------------------
# f-phpwind: 汉风军史论坛, phpwind 8.7, GBK.  Posts are <br />-separated text.
# ---------------------------------------------------------------------------

PW_HOST = "bbs.hanfengjs.com"


def pw_head(title, kw, desc, url):
    return f"""<!doctype html>
<html>
<head>
<meta charset="gbk" />
<title>{title}</title>
<meta name="generator" content="phpwind 8.7" />
<meta name="description" content="{desc}" />
<meta name="keywords" content="{kw}" />
<link rel="canonical" href="{url}" />
<base id="headbase" href="http://{PW_HOST}/" />
<link rel="stylesheet" href="images/pw_core.css?20120412" />
<link rel="stylesheet" href="images/wind/style.css?20120412" />
<style type="text/css">
.tpc_content{{font-size:14px;line-height:1.8em;}} .f14{{font-size:14px}} .read_h1{{font-size:16px;font-weight:700;margin:0 0 10px}}
.signature{{height:auto!important;max-height:100px;overflow:hidden}} .sigline{{background:url(images/wind/read/sigline.gif) no-repeat;height:9px;margin:10px 0}}
</style>
<!--[if IE 6]><script type="text/javascript" src="js/util/DD_belatedPNG.js"></script><![endif]-->
<script type="text/javascript" src="js/core/core.js?20120412"></script>
<script type="text/javascript" src="js/pw_ajax.js?20120412"></script>
<script type="text/javascript">
var imgpath = 'images';
var verifyhash = '6b1f0c9e';
var modeimg = '';
var modeBase = '';
var winduid = '';
var windid	= '';
var groupid	= 'guest';
var basename = '';
var temp_basename = '';
var db_shiftstyle = '0';
</script>
</head>
<body>
<div id="wrap">
<div id="top"><div class="top cc">
<div class="fr"><form action="login.php?" method="post" name="login_FORM"><input type="hidden" name="forward" value="" /><input type="hidden" name="jumpurl" value="{url}" /><input type="hidden" name="step" value="2" />
<span>用户名：</span><input type="text" class="input" name="pwuser" size="12" /> <span>密码：</span><input type="password" class="input" name="pwpwd" size="12" /> <span class="btn2"><span><button type="submit">登录</button></span></span> <a href="register.php">注册</a> | <a href="sendpwd.php">找回密码</a></form></div>
<ul class="top_nav"><li><a href="http://{PW_HOST}/">汉风军史论坛首页</a></li><li><a href="m/index.php">手机版</a></li><li><a href="javascript:;" onclick="addfavor()">收藏本站</a></li></ul>
</div></div>
<div id="header"><div class="header cc">
<div id="logo"><a href="index.php"><img src="images/wind/logo.png" alt="汉风军史论坛" /></a></div>
<div class="header_ad"><a href="http://{PW_HOST}/job.php?action=ad&amp;id=18" target="_blank"><img src="attachment/adv/banner_hf_2019.jpg" width="468" height="60" alt="" /></a></div>
</div>
<div id="navA"><div class="navA cc"><ul class="cc">
<li class="current"><a href="index.php">论坛</a></li><li><a href="portal.php">门户</a></li><li><a href="apps.php?q=group">圈子</a></li><li><a href="apps.php?q=photos">相册</a></li><li><a href="hack.php?H_name=bank">银行</a></li><li><a href="search.php">搜索</a></li><li><a href="faq.php">帮助</a></li>
</ul></div></div>
<div id="navB"><div class="navB cc"><ul class="cc">
<li><a href="thread-htm-fid-12.html">历史长河</a></li><li><a href="thread-htm-fid-15.html">近现代战史</a></li><li><a href="thread-htm-fid-21.html">兵器装备</a></li><li><a href="thread-htm-fid-33.html">军史图片</a></li><li><a href="thread-htm-fid-40.html">读书交流</a></li><li><a href="thread-htm-fid-7.html">站务公告</a></li>
</ul></div></div>
</div>
<div id="main">
"""


def pw_foot():
    return f"""</div>
<div id="footer" class="cc">
<div class="bottom"><ul class="cc"><li><a href="http://{PW_HOST}/">汉风军史论坛</a></li><li><a href="simple/">无图版</a></li><li><a href="m/index.php">手机浏览</a></li><li><a href="thread-htm-fid-7.html">联系我们</a></li><li><a href="#" onclick="scroll(0,0);return false;">返回顶部</a></li></ul></div>
<p>Powered by <a href="http://www.phpwind.net/" target="_blank" rel="nofollow">phpwind v8.7</a> Certificate Copyright Time now is:11-26 22:31<br />
&copy;2003-2019 汉风军史论坛 版权所有 Gzip enabled <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">豫ICP备10027816号-1</a></p>
<p>本站言论纯属发布者个人意见，不代表本站立场。请勿发布涉及时政的不当言论。</p>
</div>
</div>
<script type="text/javascript" src="js/pw_lwd.js"></script>
<script type="text/javascript">var onlineUpdate = setTimeout(function(){{ajax.send('job.php?action=online','',function(){{}});}}, 60000);</script>
</body>
</html>
"""


def pw_user(name, uid, level, posts, wm, money, reg, last, online=False):
    return f"""<td class="floot_left"><div class="readName b"><a href="u.php?uid={uid}" target="_blank">{name}</a></div>
<div class="floot_leftdiv"><a href="u.php?uid={uid}" class="userCard face_img"><img class="pic" src="attachment/upload/middle/{uid % 97}/{uid}.jpg" width="120" height="120" border="0" /></a>
<div class="{'user-online' if online else 'user-offline'}">{'在线' if online else '离线'}</div>
<div class="readUser"><p>级别: <span class="s5">{level}</span></p><p><img src="images/wind/level/{len(level)}.gif" alt="" /></p>
<p>UID: {uid}</p><p>精华: {uid % 7}</p><p>发帖: {posts}</p><p>威望: {wm} 点</p><p>金钱: {money} 铜币</p><p>贡献值: {uid % 113} 点</p><p>注册时间: {reg}</p><p>最后登录: {last}</p></div></div></td>"""


def pw_floor(fl_name, pid, user, when, content, sign="", edit=""):
    sig = f'<div class="sigline"></div><div class="signature" style="max-height:100px;maxHeight:100px;overflow:hidden;">{sign}</div>' if sign else ""
    content_id = "read_tpc" if pid == "tpc" else f"read_{pid}"
    return f"""<div class="t5 t2"><table width="100%" style="table-layout:fixed;" class="floot"><tr class="vt">
{user}
<td class="floot_right" id="td_{pid}">
<div class="tipTop s6"><span class="fr"><a href="javascript:;" onclick="sendmsg('pw_ajax.php?action=report&amp;pid={pid}','',this.id)">举报</a> | <a href="javascript:;">只看该作者</a></span><a class="s2 b cp" title="复制此楼地址" onclick="copyFloor('{pid}')">{fl_name}</a>&nbsp;&nbsp;<span title="{when}">发表于: {when}</span></div>
<div class="tpc_content"><div class="f14 mb10" id="{content_id}">{content}</div>{edit}</div>
{sig}
<div class="tipBottom cc"><div class="fl readbot"><a class="r-quote" href="post.php?action-quote-fid-12-tid-{pid}.html" title="引用">引用</a><a class="r-reply" href="javascript:;" title="回复此楼">回复</a></div></div>
</td></tr></table></div>
"""


def pw_text(items):
    """A phpwind post body: paragraphs separated by blank lines, bold headings, images."""
    parts = []
    for it in items:
        if it[0] == "p":
            parts.append(f"&nbsp; &nbsp; &nbsp; &nbsp;{it[1]}")
        elif it[0] == "h":
            parts.append(f"<b>{it[1]}</b>")
        elif it[0] == "img":
            aid = it[3]
            parts.append(f'<span id="att_{aid}"><b>图片:</b>IMG_{aid % 10000:04d}.JPG<br /><img src="attachment/Mon_2106/33_{aid}_5c1f0a8e2b.jpg" border="0" onclick="if(this.parentNode.tagName!=\'A\'&amp;&amp;this.width&gt;=700) window.open(\'attachment/Mon_2106/33_{aid}_5c1f0a8e2b.jpg\');" onload="if(this.offsetWidth&gt;\'700\')this.width=\'700\';" /></span><br />{it[2]}')
        elif it[0] == "x":
            parts.append(it[1])
    return "<br /><br />".join(parts)


PW_REPLIERS = [("北府兵", 20871), ("横刀立马", 33412), ("大明锦衣卫", 11983), ("长河落日", 45021),
               ("铁血丹心007", 51233), ("青史留名", 8742), ("燕云十六骑", 39910), ("老兵不死", 2219),
               ("读书破万卷", 60112), ("汉家烽火", 17764), ("一骑绝尘", 27730), ("雪夜入蔡州", 14458)]
PW_LEVELS = ["伍长", "什长", "百夫长", "千夫长", "校尉", "都尉"]


def pw_replier(i, day):
    n, uid = PW_REPLIERS[i % len(PW_REPLIERS)]
    return pw_user(n, uid, PW_LEVELS[uid % 6], num(uid, 80, 6200), num(uid, 3, 900), num(uid, 200, 20000),
                   f"20{10 + uid % 9}-{1 + uid % 12:02d}-{1 + uid % 27:02d}", day)


def pw_thread_page(*, fid_name, tid, title, title_tag, kw, desc, op_user, op_when, op_html,
                   replies, total_replies, views, sign="", edit=""):
    url = f"http://{PW_HOST}/read-htm-tid-{tid}.html"
    floors = ["楼主", "沙发", "板凳", "地板"] + [f"{i}楼" for i in range(4, 60)]
    head = pw_head(f"{title_tag}{title}|{fid_name} - 汉风军史论坛 - Powered by phpwind", kw, desc, url)
    body = f"""<div id="breadCrumb" class="cc"><img src="images/wind/thread/home.gif" alt="forumlogo" class="breadHome" /><em class="breadEm"></em><a href="index.php" title="汉风军史论坛">汉风军史论坛</a><em>&gt;</em><a href="thread-htm-fid-12.html">{fid_name}</a><em>&gt;</em><a href="read-htm-tid-{tid}.html" title="{title}">{title}</a></div>
<div class="cc mb10">
<span class="fr"><a href="read-htm-tid-{tid - 1}.html" class="s4">上一主题</a> | <a href="read-htm-tid-{tid + 1}.html" class="s4">下一主题</a></span>
<span class="bt2 fl"><span><button type="button" onclick="location.href='post-htm-fid-12.html'">发帖</button></span></span>
<span class="bt fl"><span><button type="button" onclick="location.href='post.php?action-reply-fid-12-tid-{tid}.html'">回复</button></span></span>
<div class="pages" style="margin-left:10px;"><ul><li class="pagesone"><span>Pages: 1/{max(1, (total_replies + 24) // 25)}</span></li><li><b>1</b></li>{"".join(f'<li><a href="read-htm-tid-{tid}-page-{p}.html">{p}</a></li>' for p in range(2, min(5, (total_replies + 24) // 25 + 1)))}</ul></div>
</div>
<div class="t5 t2 readTop"><div class="readTop_title cc"><span class="fr">阅读:{views}回复:{total_replies}</span>
<h1 id="subject_tpc" class="read_h1"><a href="thread-htm-fid-12-type-{1 if title_tag else 0}.html" class="s5">{title_tag}</a>{title}</h1></div></div>
"""
    body += pw_floor("楼主", "tpc", op_user, op_when, op_html, sign, edit)
    body += f"""<div class="t5 t2 readad"><a href="http://{PW_HOST}/job.php?action=ad&amp;id=21" target="_blank"><img src="attachment/adv/read_mid_760x90.jpg" width="760" height="90" alt="" /></a></div>
"""
    for i, (who, when, text) in enumerate(replies):
        user = who if isinstance(who, str) else pw_replier(who, when[:10])
        body += pw_floor(floors[i + 1], str(tid * 10 + i + 3), user, when, text)
    body += f"""<div class="cc mt10"><div class="pages"><ul><li class="pagesone"><span>Pages: 1/{max(1, (total_replies + 24) // 25)}</span></li><li><b>1</b></li></ul></div>
<span class="fr"><a href="thread-htm-fid-12.html">返回列表</a></span></div>
<div class="t5 t2" id="fastpost"><h4 class="h">快速回复</h4><div class="p10"><p class="s6">限100 字节 您目前还是游客，请 <a href="login.php">登录</a> 或 <a href="register.php">注册</a></p>
<form name="FORM" method="post" action="post.php?"><input type="hidden" name="action" value="reply" /><input type="hidden" name="tid" value="{tid}" /><textarea name="atc_content" rows="6" style="width:98%"></textarea>
<p><span class="btn"><span><button type="submit">提 交</button></span></span> <label><input type="checkbox" name="atc_anonymous" value="1" />匿名帖</label></p></form></div></div>
"""
    return url, head + body + pw_foot()


def make_phpwind():
    # --- f-phpwind-1: essay thread --------------------------------------------------
    items = [
        ("p", "最近在坛子里看到好几位朋友讨论明朝中后期军队战斗力的问题，不少人把原因归结为“文官压制武将”。这个说法有一定道理，但我觉得还不够。要理解明军的变化，绕不开卫所制度本身的兴衰。下面说说个人的一点粗浅看法，欢迎拍砖。"),
        ("h", "一、卫所制度的设计初衷"),
        ("p", "明初的卫所制度，大体上是把军队按照“卫”和“所”两级编制，分驻在全国各地的要害之处。军士有专门的军籍，世代为兵，平时屯田自给，战时听从调遣。朱元璋曾经颇为自得地说过，他养兵百万，却不费百姓一粒米，说的就是屯田养兵这一套。"),
        ("p", "从设计上看，这套制度有几个明显的好处：兵源稳定，不必年年征募；军粮大部分由屯田解决，减轻了财政负担；卫所分布广泛，地方上有事可以就近应对。在开国之初人口凋敝、百废待兴的情况下，这确实是一种相当务实的安排。"),
        ("h", "二、问题是怎么出现的"),
        ("p", "然而，制度的优点往往也埋着隐患。世袭军籍意味着当兵不是一种职业选择，而是一种身份负担。军户子弟不能轻易脱籍，日子过得好的想方设法离开，过得不好的更是一逃了之。到明中期，不少卫所的实际兵额已经远远低于编制，所谓“册上有名，营中无人”。"),
        ("p", "屯田的问题同样严重。随着时间推移，大量屯田被卫所军官和地方豪强侵占，军士反倒成了替长官种地的佃户。屯粮收不上来，军饷就要靠朝廷另外拨付，原本“不费民粮”的设想也就名存实亡了。"),
        ("p", "再加上承平日久，训练松弛，卫所军中老弱充数、以役代训的现象相当普遍。一些卫所的军士常年被拉去修城、运粮、做工，真正拿起兵器操练的时间少得可怜。"),
        ("p", "还有一个常被忽略的问题是班军。明代中期以后，内地卫所的军士要轮番到京城和边镇服役，称为“班军”。本意是以内地之兵补边防之缺，但长途往返、盘缠自理，军士苦不堪言，到了地方又常被当作劳力使用。很多人宁愿逃亡，也不愿上班。班军越往后越难维持，反过来又加速了卫所的空虚。"),
        ("p", "京营的情况也差不多。永乐以后京师有三大营，号称精锐，可土木堡之变中京营主力损失惨重，此后虽经多次整顿，始终没能恢复元气。京营军士被权贵占役、替人做工的记载屡见不鲜，朝中大臣也屡屡上疏，说京营的兵额和实有人数对不上。"),
        ("h", "三、募兵制的兴起"),
        ("p", "卫所兵靠不住，朝廷只能另想办法。嘉靖年间东南沿海倭患严重，地方官员和将领开始大规模招募兵勇，其中最有名的当然是戚继光的戚家军。这些募兵拿饷银吃饭，训练严格、赏罚分明，战斗力远胜同期的卫所兵。"),
        ("p", "这里顺便说一句，戚家军之所以能打，除了募兵本身，更在于戚继光对兵源的挑选和对训练的执着。他专门挑选朴实肯吃苦的乡野之人，不要油滑的城市游民；训练上从队形、号令到兵器配合，都有一整套细致的规矩，这些在他自己的兵书里写得很清楚。可以说，戚家军是一套完整的练兵体系，而不仅仅是“花钱雇人”那么简单。"),
        ("p", "募兵制的好处显而易见，但它也带来了新的问题：兵要花钱养，而且越养越贵。到了明末，辽东战事连年不断，军饷成为朝廷财政最沉重的负担之一，加派饷银又进一步激化了社会矛盾。从这个角度看，卫所制度的崩坏，和明朝后期的财政困局是连在一起的。"),
        ("h", "四、几点小结"),
        ("p", "说卫所制度“一无是处”，我是不同意的。它在明初稳定边防、恢复生产方面起过实实在在的作用。它的问题在于，制度设计过于依赖身份的固化和土地的稳定，而这两样东西恰恰是最经不起时间消磨的。"),
        ("p", "对比一下同时代的其他制度也挺有意思。清代的八旗同样是世袭兵制，同样面临人口日繁、生计艰难的问题，到了后期战斗力也大不如前，最后不得不倚重绿营和湘淮勇营。可见世袭兵制的困境并不是明朝独有的，而是这一类制度的通病。"),
        ("p", "一项制度能管用多久，不光看它设计得是否精巧，更要看它能不能随着社会变化而调整。明朝在这一点上做得并不好，往往是问题积重难返了才被动补救。这或许比“文官压制武将”更值得我们琢磨。"),
        ("p", "以上只是读书时的一些零散想法，很多地方说得不够严谨，还请各位方家指正。"),
    ]
    op = pw_user("戍边老卒", 9127, "千夫长", 2875, 863, 10521, "2011-04-08", "2019-11-26", online=True)
    replies = [
        (0, "2019-11-23 22:05", "好文，先顶再看。"),
        (1, "2019-11-23 22:31", "屯田被侵占这一点说到根子上了，土地问题才是核心。"),
        (2, "2019-11-24 08:10", '<div class="blockquote"><h6 class="quote">引用楼主戍边老卒于2019-11-23 21:47发表的 浅谈明代卫所制度的兴衰 :</h6>说卫所制度“一无是处”，我是不同意的。</div>同意，明初的卫所兵打蒙古还是很能打的。'),
        (3, "2019-11-24 09:46", "楼主可以再写写九边的情况，期待续篇。"),
        (4, "2019-11-24 13:20", "收藏了，顺便推荐一下《明代卫所制度研究》这类专著，资料更系统。"),
        (5, "2019-11-25 20:02", "募兵贵这个问题，其实清代的绿营后来也遇到了。"),
    ]
    url, page = pw_thread_page(
        fid_name="历史长河", tid=1563321, title="浅谈明代卫所制度的兴衰", title_tag="[原创]",
        kw="明代,卫所制度,屯田,募兵制,戚继光", desc="最近在坛子里看到好几位朋友讨论明朝中后期军队战斗力的问题，不少人把原因归结为文官压制武将。",
        op_user=op, op_when="2019-11-23 21:47", op_html=pw_text(items), replies=replies,
        total_replies=36, views=2874,
        sign='<font color="#666666">—— 读史使人明智，读兵书使人谨慎 ——</font><br />个人文集：<a href="u.php?uid=9127&amp;a=article" target="_blank">戍边老卒的历史随笔</a>',
        edit='<div class="tips" style="width:auto">[ 此帖被戍边老卒在2019-11-24 09:12重新编辑 ]</div>')
    emit("f-phpwind-1", page, "gbk", url=url, charset="GBK", title="浅谈明代卫所制度的兴衰",
         author="戍边老卒", published="2019-11-23", items=items)

    # --- f-phpwind-2: photo essay thread -------------------------------------------
    items = [
        ("p", "上周末终于抽出时间去了一趟军博，距离上次去已经过去快十年了。馆里改造之后变化很大，这次主要看了兵器馆一层的装甲车辆和火炮展区，顺手拍了些照片，发上来和大家分享一下。手机拍的，光线不太好，大家凑合着看。"),
        ("p", "一进展区最先看到的是一排早期的坦克，个头都不算大，但站在跟前还是很有压迫感。履带和负重轮上的锈迹被处理得很干净，涂装应该是后来重新做过的。"),
        ("img", "a", "展区入口处的坦克阵列，参观的人不少，很难拍到没有人的画面", 30712),
        ("p", "让我印象最深的是几门老式野战炮。以前在书上看参数，总觉得只是一串数字，真正站在炮旁边，才能感受到炮管的长度和炮架的粗壮。想象一下当年炮兵们在泥地里拖着这些大家伙转移阵地，真是不容易。"),
        ("img", "b", "野战炮的炮闩部分，可以看到机械结构相当精密", 30713),
        ("p", "展区里还有不少带着孩子来的家长，小朋友们对坦克的兴趣明显比对说明牌大得多。旁边一位老大爷看上去是老兵，一直在给身边的年轻人讲火炮的操作要领，我在旁边蹭听了十几分钟，收获比看展板还多。"),
        ("img", "c", "一位老同志在给年轻人讲解，可惜没好意思上前多聊几句", 30714),
        ("p", "说几点个人感受。第一，展品的说明牌比以前详细多了，很多都标注了服役年代和主要参战经历，对普通观众很友好。第二，部分展品可以近距离观看内部结构，这对装备爱好者来说非常难得。第三，人实在太多，周末去的话最好早上开馆就进场。"),
        ("p", "最后放一张出馆时拍的夕阳，算是给这次参观画个句号。下次打算专门去看航空展区，到时候再来发帖。"),
        ("img", "d", "出馆时正赶上傍晚，广场上的光线很好", 30715),
    ]
    op = pw_user("铁甲洪流1943", 28816, "百夫长", 1342, 215, 4630, "2014-09-17", "2021-06-14")
    replies = [
        (6, "2021-06-12 20:33", "照片不错，那门野战炮我也拍过，炮闩那块确实做得精细。"),
        (7, "2021-06-12 21:10", "老兵讲解最有意思，可惜我去的时候没碰上。"),
        (8, "2021-06-13 07:55", "军博周末人太多了，建议工作日请假去<img src=\"images/post/smile/default/11.gif\" align=\"absbottom\" />"),
        (9, "2021-06-13 11:42", "坐等航空展区的帖子！"),
        (10, "2021-06-13 16:08", "楼主手机是什么型号？逆光下拍得还挺清楚。"),
    ]
    url, page = pw_thread_page(
        fid_name="军史图片", tid=1807715, title="周末逛军博装备展区的一点随记（多图）", title_tag="[原创]",
        kw="军事博物馆,坦克,野战炮,参观", desc="上周末终于抽出时间去了一趟军博，这次主要看了兵器馆一层的装甲车辆和火炮展区。",
        op_user=op, op_when="2021-06-12 19:26", op_html=pw_text(items), replies=replies,
        total_replies=18, views=1106,
        sign='装甲兵永远的粉丝 | 收集各国坦克模型中，欢迎交流',
        edit='<div class="tips" style="width:auto">[ 此帖被铁甲洪流1943在2021-06-13 10:02重新编辑 ]</div>')
    page = page.replace('<a href="thread-htm-fid-12.html">军史图片</a>', '<a href="thread-htm-fid-33.html">军史图片</a>')
    emit("f-phpwind-2", page, "gbk", url=url, charset="", title="周末逛军博装备展区的一点随记（多图）",
         author="铁甲洪流1943", published="2021-06-12", items=items)

    # --- f-phpwind-3: board page (listing) ------------------------------------------
    threads = [
        ("[讨论]", "汉代的边塞屯田到底能养活多少兵？"), ("", "宋代禁军为何“冗而不精”"),
        ("[原创]", "浅谈明代卫所制度的兴衰"), ("[求助]", "求推荐几本讲唐代府兵制的书"),
        ("", "戚继光的鸳鸯阵在北方为什么用得少？"), ("[资料]", "清代绿营兵饷数字整理（附表）"),
        ("", "三国时期的弩到底有多厉害"), ("", "蒙古西征的后勤是怎么解决的"),
        ("[讨论]", "说说你心目中被低估的古代将领"), ("[原创]", "从《武经总要》看北宋的城防器械"),
        ("", "古代行军一天能走多远？"), ("", "明末关宁铁骑的真实战斗力"),
        ("[图文]", "参观西北一处古城墙遗址的几张照片"), ("[求助]", "岳家军的编制问题，求大神解答"),
        ("", "淝水之战的兵力数字可信吗"), ("[讨论]", "唐代安西都护府的驻军规模"),
        ("", "古代的烽燧传讯速度有多快"), ("", "北洋水师的训练水平到底如何"),
        ("[原创]", "读《明史·兵志》笔记（一）"), ("", "古人怎么给战马钉马掌"),
        ("", "汉匈战争中的骑兵装备对比"), ("", "为什么说“兵马未动，粮草先行”"),
        ("[讨论]", "如果你是诸葛亮，会怎么北伐"), ("", "宋代的神臂弓复原有靠谱的吗"),
        ("", "清军入关前的八旗兵力估算"), ("[资料]", "历代兵制简表（整理中，欢迎补充）"),
        ("", "古代军队怎么处理伤兵"), ("", "郑成功收复台湾的海战细节"),
        ("", "隋炀帝三征高句丽失败原因浅析"), ("[求助]", "有没有人研究过古代的军旗制度"),
    ]
    authors = [n for n, _ in PW_REPLIERS] + ["戍边老卒", "铁甲洪流1943", "孤城遥望", "白马义从"]
    rows = []
    for i, (tag, t) in enumerate(threads):
        tid = 1563321 if t == "浅谈明代卫所制度的兴衰" else 1563000 + 411 - i * 7
        a = authors[(i * 5) % len(authors)]
        la = authors[(i * 3 + 2) % len(authors)]
        rep = num(i, 0, 120)
        views = rep * num(i + 50, 18, 60) + num(i, 30, 300)
        day = 26 - i // 5
        post_day = max(1, day - num(i, 0, 9))
        tag_html = f'<a href="thread-htm-fid-12-type-{1 + i % 4}.html" class="s5">{tag}</a> ' if tag else ""
        img_html = '&nbsp;<img src="images/wind/file/img.gif" align="absmiddle" title="图片帖" />' if tag == "[图文]" else ""
        icon = "topichot" if rep > 60 else "topicnew" if i < 6 else "topicnomal"
        rows.append(
            f'<tr class="tr3 t_one"><td class="icon tar" width="30"><a href="read-htm-tid-{tid}.html" title="开放主题" target="_blank"><img src="images/wind/thread/{icon}.gif" align="absmiddle" /></a></td>'
            f'<td class="subject" id="td_{tid}">{tag_html}'
            f'<a href="read-htm-tid-{tid}.html" name="readlink" id="a_ajax_{tid}" class="subject_t f14">{t}</a>'
            f'{img_html}</td>'
            f'<td class="author"><a href="u.php?username={a}" class="_cardshow" data-card-url="pw_ajax.php?action=smallcard&amp;type=showcard&amp;username={a}">{a}</a><p>2019-11-{post_day:02d}</p></td>'
            f'<td class="num"><em>{rep}</em>/{views}</td>'
            f'<td class="author"><a href="read-htm-tid-{tid}-page-e.html#a" title="{la}">by: {la}</a><p><a href="read-htm-tid-{tid}-page-e.html#a">2019-11-{day:02d} {num(i, 8, 23):02d}:{num(i + 7, 0, 59):02d}</a></p></td></tr>')
    tops = [("本版版规及发帖须知（2019年修订）", "孤城遥望", "2019-01-03", 3, 18220),
            ("【公告】关于规范历史类帖子标题格式的通知", "孤城遥望", "2019-06-15", 12, 6031),
            ("【精华汇总】历史长河版优秀原创帖索引", "青史留名", "2018-12-30", 41, 30552)]
    top_rows = "".join(
        f'<tr class="tr3 t_one"><td class="icon tar"><img src="images/wind/thread/headtopic_3.gif" alt="置顶帖标志" /></td>'
        f'<td class="subject"><a href="read-htm-tid-{900100 + i}.html" class="subject_t f14"><b><font color="#CC0000">{t}</font></b></a></td>'
        f'<td class="author"><a href="u.php?username={a}">{a}</a><p>{d}</p></td><td class="num"><em>{r}</em>/{v}</td>'
        f'<td class="author"><a>by: {a}</a><p><a>{d} 10:00</a></p></td></tr>' for i, (t, a, d, r, v) in enumerate(tops))
    url = f"http://{PW_HOST}/thread-htm-fid-12.html"
    page = pw_head("历史长河 - 汉风军史论坛 - Powered by phpwind", "历史长河,古代军事,兵制,战史,汉风军史论坛",
                   "历史长河版块：讨论中国古代军事制度、战争史与军事人物。", url) + f"""<div id="breadCrumb" class="cc"><img src="images/wind/thread/home.gif" alt="forumlogo" class="breadHome" /><em class="breadEm"></em><a href="index.php" title="汉风军史论坛">汉风军史论坛</a><em>&gt;</em><a href="thread-htm-fid-12.html">历史长河</a></div>
<div class="t5 t2 forumInfo cc"><div class="fl"><h2 class="f14 b">历史长河</h2><p class="s6">讨论中国古代军事制度、战争史与军事人物。原创首发请加[原创]标签。</p></div>
<div class="fr"><p>今日: <span class="s1">27</span> | 主题: 18,462 | 帖子: 402,137</p><p>版主: <a href="u.php?username=孤城遥望">孤城遥望</a> <a href="u.php?username=青史留名">青史留名</a></p></div></div>
<div class="cc mb10"><span class="bt2 fl"><span><button type="button" onclick="location.href='post-htm-fid-12.html'">发帖</button></span></span>
<div class="pages"><ul><li class="pagesone"><span>Pages: 1/616</span></li><li><b>1</b></li><li><a href="thread-htm-fid-12-page-2.html">2</a></li><li><a href="thread-htm-fid-12-page-3.html">3</a></li><li><a href="thread-htm-fid-12-page-4.html">4</a></li><li><a href="thread-htm-fid-12-page-5.html">5</a></li><li><a href="thread-htm-fid-12-page-616.html">&raquo;</a></li></ul></div></div>
<div class="t5 t2"><div class="threadCommon"><div class="typeList cc"><a href="thread-htm-fid-12.html" class="current">全部</a><a href="thread-htm-fid-12-type-1.html">原创</a><a href="thread-htm-fid-12-type-2.html">讨论</a><a href="thread-htm-fid-12-type-3.html">资料</a><a href="thread-htm-fid-12-type-4.html">求助</a><a href="thread-htm-fid-12-digest-1.html">精华</a></div>
<table width="100%" id="ajaxtable" class="z"><tr class="tr2 thread_sort"><td colspan="2" class="tac">文章</td><td class="author">作者</td><td class="num">回复/人气</td><td class="author">最后发表</td></tr>
<tbody style="table-layout:fixed;">{top_rows}<tr class="tr2"><td colspan="5" class="tac">普通主题</td></tr>
{"".join(rows)}</tbody></table></div></div>
<div class="cc mb10"><div class="pages"><ul><li class="pagesone"><span>Pages: 1/616</span></li><li><b>1</b></li><li><a href="thread-htm-fid-12-page-2.html">2</a></li><li><a href="thread-htm-fid-12-page-616.html">&raquo;</a></li></ul></div>
<form class="fr" action="thread.php" method="get"><input type="hidden" name="fid" value="12" />排序：<select name="orderway"><option value="lastpost">最后回复</option><option value="postdate">发帖时间</option><option value="replies">回复数</option></select> <button type="submit">确定</button></form></div>
<div class="t5 t2"><h4 class="h">在线用户</h4><p class="p10">本版共有 <b>68</b> 人在线，其中会员 12 人，游客 56 人。</p></div>
""" + pw_foot()
    emit("f-phpwind-3", page, "gbk", url=url, charset="GBK", listing=True)

    # --- f-phpwind-4: one-sentence question + 20 replies (listing) ------------------
    q = "最近在看清代军事史，想系统了解一下绿营的编制和兵饷，求各位推荐几本靠谱的书或者论文。"
    ans = [
        "首推罗尔纲先生的《绿营兵志》，虽然年代早，但基本框架都在里面。",
        "同意楼上，入门必读。",
        "《清史稿·兵志》也可以翻一翻，不过要和档案对照着看。",
        "兵饷问题可以找找研究清代财政史的论文，里面有不少数字。",
        "知网上搜“绿营”加“兵饷”，能出来一大堆，挑被引用多的看。",
        "建议先看通论性质的军事史，再去啃专著，不然容易看不下去。",
        "绿营的编制各省差异挺大的，最好挑一个省份深入看。",
        "楼主是做研究还是业余兴趣？业余的话不用太深。",
        "顶一下，我也想知道。",
        "以前坛子里有人整理过绿营兵饷的表格，可以搜搜资料区。",
        "对，在历史长河版的资料贴里，标题带“绿营兵饷”的就是。",
        "谢谢楼上，我也去找找。",
        "地方志里也有不少驻防和营制的记载，就是比较零散。",
        "可以关注一下各地档案馆出版的档案汇编。",
        "《清会典》和《清会典事例》里的相关卷次也值得一看。",
        "英文的研究也有一些，不过国内不太好找。",
        "马克一下，回头一起看。",
        "其实很多问题在台湾学者的著作里讨论得也很细。",
        "新手建议别一上来就看档案，先建立整体框架。",
        "感谢各位，书单已经记下了，先从《绿营兵志》开始看。",
    ]
    op = pw_user("白马义从", 71288, "伍长", 37, 4, 315, "2020-05-19", "2020-07-06")
    replies = [(i, f"2020-07-{3 + i // 6:02d} {num(i, 8, 23):02d}:{num(i + 3, 0, 59):02d}", a) for i, a in enumerate(ans)]
    replies[-1] = (op, replies[-1][1], replies[-1][2])  # the asker thanks everyone
    url, page = pw_thread_page(
        fid_name="历史长河", tid=1688204, title="有没有讲清代绿营编制的好书推荐？", title_tag="[求助]",
        kw="清代,绿营,兵饷,书单", desc=q, op_user=op, op_when="2020-07-03 09:12", op_html=q,
        replies=replies, total_replies=20, views=731)
    emit("f-phpwind-4", page, "gbk", url=url, charset="", listing=True)


# ---------------------------------------------------------------------------
# f-edu: 智学范文网, a DedeCMS 范文/文库 site.  Meta says gb2312, bytes are GBK.
# ---------------------------------------------------------------------------

EDU_HOST = "www.zhixuefanwen.com"


def edu_head(title, kw, desc, mobile):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title}</title>
<meta name="keywords" content="{kw}" />
<meta name="description" content="{desc}" />
<meta http-equiv="mobile-agent" content="format=html5;url={mobile}" />
<meta http-equiv="mobile-agent" content="format=xhtml;url={mobile}" />
<link rel="alternate" media="only screen and(max-width:640px)" href="{mobile}" />
<link href="/templets/zhixue/css/style.css" rel="stylesheet" type="text/css" />
<link href="/templets/zhixue/css/article.css?v=2.3" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/templets/zhixue/js/jquery.min.js"></script>
<script type="text/javascript" src="/templets/zhixue/js/common.js"></script>
<script type="text/javascript">if(/AppleWebKit.*Mobile/i.test(navigator.userAgent)||/Android|iPhone|Windows Phone/i.test(navigator.userAgent)){{try{{if(/\\?pc=1/.test(location.href))throw 1;window.location.href="{mobile}";}}catch(e){{}}}}</script>
</head>
<body>
<div class="top"><div class="wrap"><span class="fl">欢迎来到智学范文网！海量范文，一站搞定</span>
<span class="fr"><a href="http://{EDU_HOST}/member/login.php">登录</a> | <a href="http://{EDU_HOST}/member/reg_new.php">注册</a> | <a href="http://{EDU_HOST}/vip/" class="vip">开通VIP</a> | <a href="javascript:addFav();">加入收藏</a></span></div></div>
<div class="header wrap"><div class="logo"><a href="http://{EDU_HOST}/"><img src="/templets/zhixue/images/logo.png" alt="智学范文网" /></a></div>
<div class="search"><form action="/plus/search.php" name="formsearch"><input type="hidden" name="kwtype" value="0" /><input name="q" type="text" class="search-keyword" value="请输入关键词" onfocus="if(this.value=='请输入关键词'){{this.value='';}}" /><button type="submit" class="search-submit">搜索</button></form>
<p class="hotkw">热搜：<a href="/tags/gongzuozongjie/">工作总结</a> <a href="/tags/xindetihui/">心得体会</a> <a href="/tags/shuzhibaogao/">述职报告</a> <a href="/tags/yanjianggao/">演讲稿</a> <a href="/tags/jiaoan/">教案</a></p></div></div>
<div class="nav"><ul class="wrap">
<li><a href="http://{EDU_HOST}/">首页</a></li><li><a href="/gongzuozongjie/">工作总结</a></li><li><a href="/gongzuojihua/">工作计划</a></li><li><a href="/xindetihui/">心得体会</a></li><li><a href="/shuzhibaogao/">述职报告</a></li><li><a href="/yanjianggao/">演讲稿</a></li><li><a href="/jiaoan/">教案</a></li><li><a href="/kaoshi/">考试资料</a></li><li><a href="/wenku/">文库</a></li><li><a href="/top/">排行榜</a></li>
</ul></div>
<div class="wrap ad960"><script type="text/javascript">s("header_960");</script></div>
"""


EDU_HOT = ["2023年党员个人年度总结范文", "教师个人工作总结（精选15篇）", "大学生社会实践心得体会",
           "新员工入职培训心得体会范文", "2023年个人工作计划怎么写", "班主任工作总结简短",
           "护士年终述职报告", "读书心得体会800字", "安全生产月活动总结", "幼儿园教师随笔"]


def edu_side():
    hot = "".join(f'<li><i class="n{i + 1}">{i + 1}</i><a href="/hot/{52100 + i * 17}.html" title="{t}">{t}</a></li>' for i, t in enumerate(EDU_HOT))
    new = "".join(f'<li><a href="/new/{53000 + i}.html">{t}</a></li>' for i, t in enumerate(
        ["初中数学教学反思范文", "2023年团支部工作计划", "医院实习心得体会", "村干部述职述廉报告",
         "开学典礼校长致辞", "暑期社会实践报告", "销售部年度工作总结", "小学科学教案设计"]))
    return f"""<div class="right">
<div class="vipbox"><a href="/vip/"><img src="/templets/zhixue/images/vip_280.png" alt="开通VIP会员 全站文档免费下载" /></a></div>
<div class="rbox"><h3>热门范文</h3><ul class="ranklist">{hot}</ul></div>
<div class="rbox ad"><script type="text/javascript">s("right_280");</script></div>
<div class="rbox"><h3>最新更新</h3><ul class="list">{new}</ul></div>
<div class="rbox"><h3>栏目导航</h3><p class="lm"><a href="/gongzuozongjie/jiaoshi/">教师工作总结</a> <a href="/gongzuozongjie/geren/">个人工作总结</a> <a href="/xindetihui/peixun/">培训心得体会</a> <a href="/xindetihui/dushu/">读书心得</a> <a href="/shuzhibaogao/">述职报告</a></p></div>
</div>
"""


def edu_foot():
    return f"""<div class="footer"><div class="wrap">
<p><a href="/about/">关于我们</a> | <a href="/about/contact.html">联系方式</a> | <a href="/about/copyright.html">版权声明</a> | <a href="/about/vip.html">会员服务</a> | <a href="/sitemap.html">网站地图</a></p>
<p>本站部分文章来源于网络及网友投稿，仅供学习参考，如有侵权请联系我们删除。</p>
<p>Copyright &copy; 2012-2023 智学范文网 {EDU_HOST} All Rights Reserved. <a href="https://beian.miit.gov.cn/" rel="nofollow" target="_blank">苏ICP备13041822号-3</a></p>
</div></div>
<script type="text/javascript" src="/templets/zhixue/js/tj.js"></script>
<script type="text/javascript">s("fudong");</script>
</body>
</html>
"""


def edu_article(*, title, page_title, col, colpath, aid, date, author_line, hits, daoyu, body, after, prev, next_, related, kw, mobile):
    rel = "".join(f'<li><a href="/{colpath}/{aid - 40 + i * 9}.html" title="{t}">{t}</a><span>{date[5:]}</span></li>' for i, t in enumerate(related))
    return edu_head(page_title, kw, plain(daoyu)[:80], mobile) + f"""<div class="wrap main">
<div class="left">
<div class="position">当前位置：<a href="http://{EDU_HOST}/">首页</a> &gt; <a href="/{colpath.split('/')[0]}/">{'工作总结' if colpath.startswith('gongzuo') else '心得体会'}</a> &gt; <a href="/{colpath}/">{col}</a> &gt; 正文</div>
<div class="article">
<h1>{title}</h1>
<div class="info"><span>时间：{date}</span> <span>{author_line}</span> <span>来源：智学范文网</span> <span>栏目：<a href="/{colpath}/">{col}</a></span> <span>阅读：<script src="/plus/count.php?view=yes&amp;aid={aid}&amp;mid=1" type="text/javascript" language="javascript"></script>{hits}次</span></div>
<div class="daoyu"><strong>【导语】</strong>{daoyu}</div>
<div class="ad640"><script type="text/javascript">s("content_top");</script></div>
<div class="content" id="content">
{body}
</div>
{after}
<div class="fenxiang">分享到：<a class="bds_qzone" title="分享到QQ空间">QQ空间</a> <a class="bds_tsina" title="分享到新浪微博">新浪微博</a> <a class="bds_weixin" title="分享到微信">微信</a> <a class="bds_copy">复制网址</a></div>
<div class="url">本文地址：http://{EDU_HOST}/{colpath}/{aid}.html</div>
<div class="prenext"><p>上一篇：<a href="/{colpath}/{aid - 1}.html">{prev}</a></p><p>下一篇：<a href="/{colpath}/{aid + 1}.html">{next_}</a></p></div>
</div>
<div class="xgwz"><h3>相关范文</h3><ul>{rel}</ul></div>
<div class="xgwz tags"><h3>热门标签</h3><p><a href="/tags/jiaoshi/">教师</a> <a href="/tags/zongjie/">总结</a> <a href="/tags/peixun/">培训</a> <a href="/tags/xinde/">心得</a> <a href="/tags/xiaoxue/">小学</a> <a href="/tags/yuwen/">语文</a></p></div>
</div>
""" + edu_side() + "</div>\n" + edu_foot()


def edu_p(items):
    out = []
    for it in items:
        if it[0] == "p":
            out.append(f"<p>　　{it[1]}</p>")
        elif it[0] == "h":
            out.append(f"<p><strong>　　{it[1]}</strong></p>")
        elif it[0] == "x":
            out.append(it[1])
    return "\n".join(out)


def make_edu():
    # --- f-edu-1: 工作总结 范文, full text + VIP download box ------------------------------
    items = [
        ("p", "时光荏苒，转眼间一个学年又接近尾声。本学年，我担任四年级两个班的语文教学工作，并兼任四（2）班班主任。回顾一年来的工作，有收获也有不足。现将本学年的工作情况总结如下，以便今后更好地开展工作。"),
        ("h", "一、思想方面"),
        ("p", "本人始终坚持把立德树人作为教育教学工作的根本任务，积极参加学校组织的各项政治学习和师德师风教育活动，认真学习新修订的课程标准，不断更新自己的教育理念。在工作中，我时刻提醒自己以身作则，关爱每一位学生，努力做学生成长道路上的引路人。"),
        ("h", "二、教育教学方面"),
        ("p", "1．认真备课，精心设计每一堂课。备课时，我不仅研读教材和教参，还注意结合学生的实际情况设计教学环节。对于重点课文，我会提前一周准备，并与年级组的老师集体研讨，力求做到目标明确、重点突出。"),
        ("p", "2．注重课堂效率，激发学生学习兴趣。课堂上，我尽量采用小组合作、情境表演、朗读比赛等多种形式，让学生动起来、说起来。对于阅读教学，我注重引导学生抓住关键词句体会文章情感，逐步提高他们的理解能力。"),
        ("x", '<p class="tuijian">相关推荐：<a href="/gongzuozongjie/jiaoshi/51802.html" target="_blank">小学语文教师工作总结（精选10篇）</a></p>'),
        ("p", "3．重视阅读积累，培养良好习惯。本学年，我在班级里开展了“每日一读”活动，每天利用课前十分钟让学生分享自己读过的好词好句。学期末统计，全班学生人均课外阅读量达到十二本以上，部分学生的写作水平有了明显提高。"),
        ("p", "4．做好培优辅差工作。对于学习有困难的学生，我利用课后服务时间进行个别辅导，从字词基础抓起，多鼓励、少批评；对于学有余力的学生，则推荐适合的课外读物，鼓励他们参加学校的作文比赛和朗诵活动。"),
        ("h", "三、班主任工作方面"),
        ("p", "作为班主任，我注重班级常规管理和班风建设。开学初，我和学生一起制定了班级公约，实行班干部轮换制度，让更多的学生有机会参与班级管理。同时，我经常通过电话、家访和家长会等方式与家长沟通，及时了解学生在家的情况，形成家校共育的合力。"),
        ("x", '<div class="ad640"><script type="text/javascript">s("content_mid");</script></div>'),
        ("h", "四、存在的不足及今后努力方向"),
        ("p", "回顾一年的工作，我也清醒地认识到自己还存在一些不足：一是对教育科研的投入不够，理论水平有待进一步提高；二是对个别后进生的关注还不够持续，转化效果不够明显；三是作业设计的分层还不够科学。"),
        ("p", "在今后的工作中，我将继续加强业务学习，积极参加各级各类教研活动，认真反思自己的教学实践，努力提高教育教学水平，争取在新的学年里取得更好的成绩。"),
    ]
    title = "2022年小学语文教师个人工作总结"
    after = """<div class="vipdown"><div class="vd-l"><img src="/templets/zhixue/images/word.png" alt="" /><p class="vd-t">2022年小学语文教师个人工作总结.doc</p><p class="vd-i">本文共约 1,400 字 | 共 3 页 | Word 文档</p></div>
<div class="vd-r"><a class="btn-down" href="/plus/download.php?aid=51837" rel="nofollow">下载Word文档</a><p>VIP会员免费下载，非会员每篇3元</p></div>
<p class="vd-tip">温馨提示：范文仅供参考学习，请结合自身实际情况修改使用，切勿照搬照抄。</p></div>"""
    page = edu_article(
        title=title, page_title=f"{title}_教师工作总结_智学范文网", col="教师工作总结", colpath="gongzuozongjie/jiaoshi",
        aid=51837, date="2022-07-02", author_line="作者：佚名", hits=1523,
        daoyu="工作总结是对一段时间内工作的全面回顾和检查。以下是智学范文网小编为大家整理的《2022年小学语文教师个人工作总结》，仅供参考，欢迎阅读！",
        body=edu_p(items), after=after, prev="2022年初中数学教师工作总结", next_="小学语文教师期末工作总结（通用5篇）",
        related=["小学语文教师个人工作总结（精选10篇）", "2022年教师年度考核个人总结", "四年级语文教学工作总结",
                 "小学班主任工作总结范文", "语文教研组工作总结", "青年教师成长总结"],
        kw="小学语文教师,个人工作总结,教师工作总结", mobile=f"http://m.zhixuefanwen.com/gongzuozongjie/jiaoshi/51837.html")
    emit("f-edu-1", page, "gbk", url=f"http://{EDU_HOST}/gongzuozongjie/jiaoshi/51837.html", charset="gb2312",
         title=title, author="", published="2022-07-02", items=items)

    # --- f-edu-2: 心得体会, only the free part is served; a VIP wall ends it ----------------
    items = [
        ("p", "八月下旬，我作为今年新招聘的教师之一，参加了区教育局组织的为期五天的新入职教师岗前培训。培训内容涵盖师德规范、课堂教学、班级管理、心理健康教育等多个方面，既有专家讲座，也有名师示范课和分组研讨。五天时间虽然不长，却让我对“教师”这份职业有了更深的理解。"),
        ("h", "一、教师首先是一种责任"),
        ("p", "培训第一天，一位从教三十多年的老校长给我们做了师德专题报告。他没有讲太多大道理，而是讲了几个自己带过的学生的故事。其中一个孩子因为家庭变故一度厌学，是班主任一次次家访、一次次谈心，才把他重新拉回课堂。老校长说：“你们面对的不是一个班级，而是几十个家庭的希望。”这句话让我久久不能平静。"),
        ("p", "在此之前，我对教师工作的理解更多停留在“把课上好”的层面。听完报告后我意识到，教书和育人从来都是分不开的。一个老师的一句话、一个眼神，都可能在学生心里留下很深的印记。"),
        ("h", "二、好课是磨出来的"),
        ("p", "培训的第三天，我们观摩了三节示范课。让我印象最深的是一节三年级数学课，授课老师用学生熟悉的分水果情境引出分数的概念，整节课节奏紧凑，学生参与度非常高。课后交流时，这位老师告诉我们，这节课她前后试讲了不下十次，每一个提问的措辞都反复推敲过。"),
        ("p", "这让我明白，一堂看似行云流水的好课，背后是大量的准备和打磨。作为新教师，我在教学经验上还有很大差距，更需要沉下心来，认真研究教材、研究学生，多听课、多请教，在实践中不断改进。"),
    ]
    title = "参加新入职教师岗前培训心得体会"
    after = """<div class="vip-wall"><div class="vw-mask"></div>
<p class="vw-more">……</p>
<p class="vw-left">剩余 1,246 字未显示，开通VIP会员即可阅读全文并下载Word文档</p>
<p><a class="btn-vip" href="/vip/?from=article&amp;aid=53318" rel="nofollow">开通VIP 阅读全文</a> <a class="btn-buy" href="/plus/buy.php?aid=53318" rel="nofollow">单篇购买 &yen;2.00</a></p>
<p class="vw-num">已有 8,612 位老师开通了会员</p></div>"""
    page = edu_article(
        title=title, page_title=f"智学范文网-{title}", col="培训心得体会", colpath="xindetihui/peixun",
        aid=53318, date="2023-09-06", author_line="投稿：周玥", hits=986,
        daoyu="心得体会是我们在学习、工作中有所收获后写下的感悟。下面是小编为大家带来的新入职教师岗前培训心得体会，希望对大家有所帮助。",
        body=edu_p(items), after=after, prev="暑期教师师德培训心得体会", next_="班主任培训心得体会（精选8篇）",
        related=["新教师岗前培训心得体会（通用10篇）", "教师培训心得体会800字", "新入职教师培训总结",
                 "骨干教师培训心得", "师德师风学习心得体会", "青年教师座谈会发言稿"],
        kw="新入职教师,岗前培训,心得体会", mobile=f"http://m.zhixuefanwen.com/xindetihui/peixun/53318.html")
    emit("f-edu-2", page, "gbk", url=f"http://{EDU_HOST}/xindetihui/peixun/53318.html", charset="",
         title=title, author="周玥", published="2023-09-06", items=items)

    # --- f-edu-3: 文库 category page, 20 documents (listing) -------------------------------
    docs = [
        ("2023年上半年个人工作总结", "doc", 4, "2023年上半年，在领导的关心和同事们的帮助下，我认真履行岗位职责，较好地完成了各项工作任务。现将半年来的工作情况总结如下："),
        ("财务部门年度工作总结及明年工作思路", "doc", 6, "一年来，财务部在公司领导班子的正确领导下，围绕年度经营目标，扎实做好会计核算、资金管理和预算控制等各项工作。"),
        ("社区网格员个人工作总结", "docx", 3, "自担任社区网格员以来，我始终坚持以居民需求为导向，认真做好网格内人口信息采集、矛盾纠纷排查和政策宣传等工作。"),
        ("小学教师年度考核个人总结（精选）", "doc", 5, "本年度，我担任五年级数学教学工作。在教学中，我认真钻研教材，积极参加教研活动，努力提高课堂教学质量。"),
        ("医院护士长年终工作总结", "pdf", 7, "2022年，护理部在院领导的指导下，以提升护理质量为核心，持续推进优质护理服务，圆满完成了全年各项护理工作目标。"),
        ("销售人员第三季度工作总结", "doc", 3, "第三季度是全年销售的关键期。本季度我共拜访客户86家，新签合同12份，完成季度销售任务的108%。"),
        ("乡镇安全生产工作总结", "doc", 5, "今年以来，我镇始终把安全生产放在突出位置，坚持安全第一、预防为主、综合治理的方针，全镇安全生产形势总体平稳。"),
        ("大学生暑期社会实践总结", "docx", 4, "今年暑假，我参加了学院组织的“三下乡”社会实践活动，来到一个偏远山村开展为期两周的支教和调研。"),
        ("党支部年度工作总结范文", "doc", 8, "一年来，党支部坚持以党的建设为统领，认真落实“三会一课”制度，不断加强党员教育管理，充分发挥战斗堡垒作用。"),
        ("幼儿园中班下学期工作总结", "doc", 4, "本学期，我班共有幼儿32名。在园领导的支持和家长的配合下，两位老师分工合作，顺利完成了本学期的保教工作。"),
        ("人事行政部年终总结", "docx", 6, "2022年，人事行政部围绕公司发展战略，重点做好人员招聘、员工培训、绩效考核和后勤保障等工作。"),
        ("试用期转正工作总结", "doc", 2, "三个月的试用期即将结束。在这段时间里，我在部门领导和同事们的帮助下，逐步熟悉了岗位职责和工作流程。"),
        ("初中班主任工作总结（通用版）", "doc", 4, "本学期我担任初二（3）班班主任。班级共有学生45人，学生整体学习态度端正，但个体之间差异较大。"),
        ("环保局年度工作总结", "pdf", 9, "今年以来，我局紧紧围绕改善生态环境质量这一核心任务，扎实推进大气、水、土壤污染防治各项工作。"),
        ("仓库管理员个人年终总结", "doc", 3, "一年来，我严格按照公司仓库管理制度，认真做好物资的入库、保管和出库工作，全年账实相符率保持在99%以上。"),
        ("图书馆志愿服务活动总结", "doc", 2, "本学期，我校青年志愿者协会组织了12次图书馆志愿服务活动，累计参与志愿者160余人次。"),
        ("银行柜员年度工作总结", "docx", 4, "在过去的一年里，我在支行领导的带领下，立足柜面岗位，认真办理各项业务，全年累计办理业务两万余笔，未发生差错事故。"),
        ("工会工作总结及下一步打算", "doc", 5, "今年以来，公司工会以服务职工为宗旨，积极开展职工关爱、文体活动和劳动竞赛等工作，增强了职工的凝聚力。"),
        ("项目部质量管理工作总结", "pdf", 6, "本年度，项目部认真贯彻公司质量管理体系要求，强化过程控制，工程质量一次验收合格率达到100%。"),
        ("疫情防控志愿者个人总结", "doc", 2, "作为一名社区志愿者，我参与了核酸检测点的秩序维护和信息登记工作，在平凡的岗位上贡献了自己的一份力量。"),
    ]
    users = ["文档小能手", "zhixue_0211", "青禾老师", "办公室笔杆子", "wenku_8827", "清风徐来"]
    lis = []
    for i, (t, ext, pages, pre) in enumerate(docs):
        did = 61200 + i * 23
        cut = len(pre) * 2 // 3
        lis.append(
            f'<li class="doc-item"><div class="doc-ico ico-{ext}"></div><div class="doc-info">'
            f'<h3><a href="/wenku/{did}.html" target="_blank" title="{t}">{t}</a></h3>'
            f'<p class="doc-pre">{pre[:cut]}<br />{pre[cut:]}…</p>'
            f'<p class="doc-meta"><span>{pages}页</span><span>{num(i, 120, 9800)}次下载</span><span>上传者：{users[i % len(users)]}</span><span>2023-0{1 + i % 8}-{10 + i:02d}</span>'
            f'</p></div>'
            f'<a class="doc-down" href="/plus/download.php?did={did}" rel="nofollow">下载</a></li>')
    for k in range(0, 20, 3):
        lis[k] = lis[k].replace('</span></p></div>', '</span><span class="vip">VIP专享</span></p></div>', 1)
    url = f"http://{EDU_HOST}/wenku/gongzuozongjie/list_12_3.html"
    page = edu_head("工作总结文档_工作总结范文下载_第3页_智学范文网文库", "工作总结,工作总结范文,工作总结下载,文库",
                    "智学范文网文库工作总结分类，提供个人工作总结、年终总结、部门工作总结等各类Word文档下载。",
                    "http://m.zhixuefanwen.com/wenku/gongzuozongjie/list_12_3.html") + f"""<div class="wrap main">
<div class="left">
<div class="position">当前位置：<a href="http://{EDU_HOST}/">首页</a> &gt; <a href="/wenku/">文库</a> &gt; <a href="/wenku/gongzuozongjie/">工作总结</a></div>
<div class="wk-cate"><h2>工作总结</h2><p class="wk-sub"><a class="on" href="/wenku/gongzuozongjie/">全部</a> <a href="/wenku/gongzuozongjie/geren/">个人总结</a> <a href="/wenku/gongzuozongjie/nianzhong/">年终总结</a> <a href="/wenku/gongzuozongjie/bumen/">部门总结</a> <a href="/wenku/gongzuozongjie/jiaoshi/">教师总结</a> <a href="/wenku/gongzuozongjie/dangjian/">党建总结</a></p>
<div class="wk-sort">排序：<a class="on">最新上传</a> <a>下载最多</a> <a>评分最高</a> | 格式：<a class="on">全部</a> <a>DOC</a> <a>PDF</a> <span class="wk-total">共 2,846 份文档</span></div></div>
<ul class="doc-list">{"".join(lis)}</ul>
<div class="pagelist"><a href="/wenku/gongzuozongjie/list_12_1.html">首页</a> <a href="/wenku/gongzuozongjie/list_12_2.html">上一页</a> <a href="/wenku/gongzuozongjie/list_12_1.html">1</a> <a href="/wenku/gongzuozongjie/list_12_2.html">2</a> <span class="thisclass">3</span> <a href="/wenku/gongzuozongjie/list_12_4.html">4</a> <a href="/wenku/gongzuozongjie/list_12_5.html">5</a> <a href="/wenku/gongzuozongjie/list_12_4.html">下一页</a> <a href="/wenku/gongzuozongjie/list_12_143.html">末页</a> <span class="pageinfo">共 <strong>143</strong>页<strong>2846</strong>条</span></div>
</div>
""" + edu_side() + "</div>\n" + edu_foot()
    emit("f-edu-3", page, "gbk", url=url, charset="", listing=True)

    # --- f-edu-4: 排行榜 (listing) -----------------------------------------------------------
    week = ["2023年教师个人工作总结范文（精选12篇）", "入党积极分子思想汇报2023年", "大学生职业生涯规划书范文",
            "新员工入职培训心得体会", "2023年安全生产月活动总结", "国旗下讲话稿：珍惜时间", "幼儿园大班保育员工作总结",
            "个人述职报告范文（通用版）", "参加新入职教师岗前培训心得体会", "读《乡土中国》有感1000字", "医院实习自我鉴定",
            "2023年团支部工作计划", "开学第一课观后感", "毕业生登记表自我鉴定", "家长会班主任发言稿",
            "社区党支部书记述职报告", "初中语文教学反思", "学生会竞选演讲稿", "转正申请书范文", "暑假社会实践报告"]
    month = ["2023年上半年工作总结（精选10篇）", "党员民主评议个人总结", "教师师德师风自查报告",
             "2022年小学语文教师个人工作总结", "主题教育心得体会（通用5篇）", "年度考核个人总结", "会计实习报告3000字",
             "中秋节活动策划方案", "家访记录表范文", "初中数学说课稿", "护士个人述职报告", "企业年会主持词",
             "学习新思想心得体会", "教学工作计划", "个人简历自我评价", "大学生入党申请书", "应急演练总结",
             "小学生国庆手抄报内容", "销售工作计划书", "读书分享会发言稿"]

    def rank(lst, off):
        trs = []
        for i, t in enumerate(lst):
            trs.append(f'<tr><td class="rk{" top3" if i < 3 else ""}">{i + 1}</td><td class="tl"><a href="/top/{off + i * 11}.html" target="_blank">{t}</a></td>'
                       f'<td>{["工作总结", "心得体会", "思想汇报", "演讲稿", "述职报告"][num(i + off, 0, 4)]}</td><td class="hot">{num(i + off, 1200, 9900) * (20 - i) // 10}</td>'
                       f'<td class="{"up" if num(i, 0, 2) else "down"}">{"↑" if num(i, 0, 2) else "↓"}{num(i + 3, 1, 9)}</td></tr>')
        return "".join(trs)
    url = f"http://{EDU_HOST}/top/week.html"
    page = edu_head("范文排行榜_本周热门范文_智学范文网", "范文排行榜,热门范文,范文大全",
                    "智学范文网范文排行榜，按周、月统计最受欢迎的工作总结、心得体会、演讲稿等范文。",
                    "http://m.zhixuefanwen.com/top/week.html") + f"""<div class="wrap main">
<div class="left">
<div class="position">当前位置：<a href="http://{EDU_HOST}/">首页</a> &gt; <a href="/top/">排行榜</a> &gt; 本周热门</div>
<div class="top-tabs"><a class="on" href="/top/week.html">周榜</a><a href="/top/month.html">月榜</a><a href="/top/all.html">总榜</a><a href="/top/down.html">下载榜</a><span class="upd">更新时间：2023-09-11 00:00</span></div>
<div class="toplist"><h2>本周热门范文 TOP20</h2>
<table class="rank-tab" cellspacing="0"><tr><th>排名</th><th>标题</th><th>栏目</th><th>热度</th><th>变化</th></tr>{rank(week, 70000)}</table></div>
<div class="toplist"><h2>本月热门范文 TOP20</h2>
<table class="rank-tab" cellspacing="0"><tr><th>排名</th><th>标题</th><th>栏目</th><th>热度</th><th>变化</th></tr>{rank(month, 50000)}</table></div>
<p class="top-note">说明：排行榜根据近7日/30日的浏览量与下载量综合计算，每日零点更新。</p>
</div>
""" + edu_side() + "</div>\n" + edu_foot()
    emit("f-edu-4", page, "gbk", url=url, charset="gb2312", listing=True)


# ---------------------------------------------------------------------------
# f-travel: 途游记, a 马蜂窝-like travel community, UTF-8.
# ---------------------------------------------------------------------------

TR_HOST = "www.tuyouji.com"


def tr_head(title, kw, desc, url, og_img, extra=""):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="keywords" content="{kw}">
<meta name="description" content="{desc}">
<meta property="og:site_name" content="途游记">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{og_img}">
<meta property="og:description" content="{desc}">
{extra}<link rel="canonical" href="{url}">
<link rel="stylesheet" href="https://css.tyjcdn.com/pc/common.3f9a1c.css">
<link rel="stylesheet" href="https://css.tyjcdn.com/pc/note-detail.b71e20.css">
<script>window.TYJ_ENV = {{"uid":0,"page":"{'note' if '/i/' in url else 'list'}","cdn":"https://p.tyjcdn.com"}};</script>
<script src="https://js.tyjcdn.com/pc/vendor.91c2e4.js" defer></script>
<script src="https://js.tyjcdn.com/pc/note.44d0f1.js" defer></script>
</head>
<body>
<header class="tyj-header"><div class="wrapper">
<a class="logo" href="https://{TR_HOST}/" title="途游记">途游记</a>
<nav class="nav"><ul><li><a href="https://{TR_HOST}/">首页</a></li><li><a href="https://{TR_HOST}/mdd/">目的地</a></li><li class="on"><a href="https://{TR_HOST}/yj/">游记</a></li><li><a href="https://{TR_HOST}/gonglve/">攻略</a></li><li><a href="https://{TR_HOST}/wenda/">问答</a></li><li><a href="https://{TR_HOST}/hotel/">酒店</a></li><li><a href="https://{TR_HOST}/sales/">自由行</a></li></ul></nav>
<div class="head-search"><input type="text" placeholder="搜目的地/攻略/游记/酒店"><button type="button">搜索</button></div>
<div class="login-info"><a href="https://passport.tuyouji.com/login">登录</a><span>|</span><a href="https://passport.tuyouji.com/register">注册</a><a class="app" href="https://{TR_HOST}/app/">下载App</a></div>
</div></header>
"""


def tr_foot():
    return f"""<footer class="tyj-footer"><div class="wrapper">
<div class="ft-links"><a href="https://{TR_HOST}/about/">关于途游记</a><a href="https://{TR_HOST}/about/join.html">加入我们</a><a href="https://{TR_HOST}/about/contact.html">联系我们</a><a href="https://{TR_HOST}/about/agreement.html">用户协议</a><a href="https://{TR_HOST}/about/privacy.html">隐私政策</a><a href="https://{TR_HOST}/sitemap/">网站地图</a></div>
<div class="ft-app"><img src="https://p.tyjcdn.com/pc/qr_app.png" alt="扫码下载途游记App" width="90" height="90"><p>扫码下载途游记App</p></div>
<p class="copyright">&copy; 2023 Tuyouji.com <a href="https://beian.miit.gov.cn/" rel="nofollow" target="_blank">京ICP备16052713号-1</a> <a href="http://www.beian.gov.cn/" rel="nofollow" target="_blank">京公网安备11010502038791号</a> 营业执照 违法和不良信息举报电话：010-53261188</p>
</div></footer>
<div class="back-top" title="回到顶部"></div>
</body>
</html>
"""


def tr_body(items):
    out = []
    for it in items:
        if it[0] == "p":
            out.append(f'<p class="_j_note_content _j_seqitem">{it[1]}</p>')
        elif it[0] == "h":
            out.append(f'<div class="article_title _j_anchorcnt _j_seqitem" data-anchor="{plain(it[1])[:6]}"><div class="_j_note_content"><h2><span class="head_title">{it[1]}</span></h2></div></div>')
        elif it[0] == "img":
            src, cap, tag = it[1], it[2], it[3]
            out.append(f'<div class="add_pic _j_anchorcnt _j_seqitem"><a href="https://{TR_HOST}/photo/{src}.html" target="_blank">'
                       f'<img class="_j_lazyload" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="https://p.tyjcdn.com/s20/M00/{src}.jpeg?imageMogr2%2Fthumbnail%2F%21690x370r%2Fstrip%2Fquality%2F90" alt="" width="690"></a>'
                       f'<span class="pic_tag"><em>{tag}</em></span></div><p class="pic-desc _j_seqitem">{cap}</p>')
        elif it[0] == "x":
            out.append(it[1])
    return "\n".join(out)


def tr_note(*, nid, title, page_title, mdd, mdd_id, author, uid, level, when, meta_date, views, likes,
            travel, items, words, pics, revised, comments, related, kw, extra_meta=""):
    url = f"https://{TR_HOST}/i/{nid}.html"
    desc = plain(items[0][1])[:90]
    toc = "".join(f'<li><a href="#anchor{i}">{plain(it[1])}</a></li>' for i, it in enumerate(x for x in items if x[0] == "h"))
    com = "".join(
        f'<div class="mfw-cmt _j_reply_item"><div class="mcmt-photo"><img src="https://p.tyjcdn.com/avatar/{num(i, 1000, 9999)}.jpg" width="48" height="48" alt=""></div>'
        f'<div class="mcmt-info"><a class="name" href="https://{TR_HOST}/u/{num(i + nid, 10000000, 99999999)}.html">{u}</a><span class="level">LV.{num(i, 1, 12)}</span></div>'
        f'<div class="mcmt-con"><div class="mcmt-word"><p>{c}</p></div><div class="mcmt-tag"><span class="time">{t}</span><a class="_j_reply">回复</a></div></div></div>' for i, (u, t, c) in enumerate(comments))
    rel = "".join(f'<li><a href="https://{TR_HOST}/i/{n}.html" target="_blank"><img src="https://p.tyjcdn.com/cover/{n}.jpg" width="220" height="140" alt=""><h3>{t}</h3><p>{a}</p></a></li>' for t, n, a in related)
    trav = "".join(f'<li class="{c}">{k}<span>/</span>{v}</li>' for c, k, v in travel)
    cover = f"https://p.tyjcdn.com/s20/M00/cover/{nid}.jpeg"
    meta = f'<meta property="og:type" content="article">\n{extra_meta}'
    return url, tr_head(page_title, kw, desc, url, cover, meta) + f"""<div class="crumb wrapper"><a href="https://{TR_HOST}/">途游记</a> &gt; <a href="https://{TR_HOST}/mdd/{mdd_id}.html">{mdd}</a> &gt; <a href="https://{TR_HOST}/yj/{mdd_id}/">{mdd}游记</a> &gt; <span>正文</span></div>
<div class="main">
<div class="set_bg _j_load_cover" style="background-image:url({cover}?imageMogr2%2Fthumbnail%2F%211920x720r)">
<div class="view_info"><div class="vi_con"><h1 class="headtext lh80">{title}</h1></div></div>
<div class="set_btns"><a class="_j_do_fav" href="javascript:;" title="收藏"><i></i><span>收藏</span></a><a class="_j_do_share" href="javascript:;" title="分享"><i></i><span>分享</span></a></div>
</div>
<div class="view_title clearfix"><div class="vt_center"><div class="person">
<a class="per_pic" href="https://{TR_HOST}/u/{uid}.html" target="_blank"><img src="https://p.tyjcdn.com/avatar/{uid}.jpg" width="120" height="120" alt="{author}"></a>
<strong><a class="per_name" href="https://{TR_HOST}/u/{uid}.html" title="{author}">{author}</a></strong><a class="per_grade" href="https://{TR_HOST}/rank/lt.html">LV.{level}</a>
<a class="per_attention" href="javascript:;">+关注</a>
<div class="vc_time"><span class="time">{when}</span><span class="ico_view">{views}</span><span class="ico_like">{likes}</span></div>
</div></div></div>
<div class="view clearfix">
<div class="view_con">
<div class="tarvel_dir_list clearfix"><ul>{trav}</ul></div>
<div class="_j_content_box">
{tr_body(items)}
</div>
<div class="vc_total">本篇游记共计包含文字{words}字，图片{pics}张。该游记最后由 <a href="https://{TR_HOST}/u/{uid}.html">{author}</a> 修订于{revised}</div>
<div class="ding-bar"><a class="up_act" href="javascript:;">顶 <em>{likes}</em></a><a class="fav_act" href="javascript:;">收藏</a>
<div class="bdsharebuttonbox">分享到：<a class="bds_weixin" title="分享到微信">微信</a><a class="bds_tsina" title="分享到新浪微博">微博</a><a class="bds_qzone" title="分享到QQ空间">QQ空间</a></div></div>
<div class="copyright-tip">本游记著作权归{author}所有，任何形式转载请联系作者</div>
<div class="_j_reply_list mfw-cmt-wrap"><h2 class="cmt-title">评论（{len(comments) + 17}）</h2>
<div class="cmt-post"><textarea placeholder="说点什么吧…"></textarea><a class="btn-submit" href="javascript:;">发表</a></div>
{com}
<div class="m-pagination"><span class="count">共<span>2</span>页 / <span>{len(comments) + 17}</span>条</span><span class="pg-current">1</span><a class="pi" href="javascript:;" data-page="2">2</a><a class="pi pg-next" href="javascript:;" data-page="2">后一页</a></div></div>
</div>
<div class="view_side">
<div class="side-box catalog _j_catalog"><h3>目录</h3><ul>{toc}</ul></div>
<div class="side-box mdd-card"><a href="https://{TR_HOST}/mdd/{mdd_id}.html"><img src="https://p.tyjcdn.com/mdd/{mdd_id}.jpg" width="240" height="120" alt="{mdd}"><strong>{mdd}</strong></a><p><a href="https://{TR_HOST}/gonglve/mdd-{mdd_id}.html">{mdd}攻略</a> <a href="https://{TR_HOST}/hotel/{mdd_id}/">{mdd}酒店</a> <a href="https://{TR_HOST}/wenda/area-{mdd_id}.html">{mdd}问答</a></p></div>
<div class="side-box sales"><h3>当地玩乐</h3><ul><li><a href="https://{TR_HOST}/sales/{mdd_id}01.html">{mdd}一日包车 司机兼向导</a><span>&yen;480起</span></li><li><a href="https://{TR_HOST}/sales/{mdd_id}02.html">{mdd}摄影跟拍 含精修</a><span>&yen;699起</span></li></ul></div>
</div>
</div>
<div class="related-notes wrapper"><h2>相关游记</h2><ul>{rel}</ul></div>
</div>
""" + tr_foot()


def make_travel():
    # --- f-travel-1 ---------------------------------------------------------------------
    items = [
        ("p", "第一次听说霞浦，是在朋友的摄影作品里：金色的滩涂上插满竹竿，渔民撑着小船穿过晨雾，像一幅还没干透的水墨画。今年国庆终于凑齐了假期，约上两个大学同学，开启了这趟说走就走的旅行。"),
        ("p", "先说结论：霞浦适合慢慢走，不适合赶行程。这里的好风景大多和潮汐、光线绑定在一起，去之前最好查好潮汐表，日出日落的机位也要提前打听。"),
        ("h", "Day 1 抵达霞浦，先去看日落"),
        ("p", "我们从福州坐动车到霞浦站，不到一个小时就到了。出站后直接打车去提前订好的民宿，放下行李稍微休息了一会儿，就赶去了北岐看日落。"),
        ("p", "北岐的滩涂面积很大，退潮时露出大片泥滩，夕阳斜照下来，水洼里全是亮闪闪的光。岸边已经架满了三脚架，很多摄影爱好者下午三四点就来占位置了。我们来得晚，只能在靠边的地方找了个空档。"),
        ("img", "5A/0C/wKgB3Fxx_beiqi", "北岐滩涂的日落，退潮后的水洼把天空切成了一块一块", "北岐"),
        ("h", "Day 2 凌晨四点起床拍日出"),
        ("p", "为了拍东壁的日出，我们凌晨四点就爬了起来。包车师傅很有经验，一路上给我们讲哪个位置能拍到渔船进港，哪里适合拍人像。到达观景台时天还没亮，海面上只有零星几点渔火。"),
        ("p", "大约五点半，东边的云层开始泛红，渔船陆续出海，在海面上划出一道道白色的水痕。那一刻周围很安静，只听得见快门声和海浪声。说实话，照片怎么拍都比不上亲眼看到的震撼。"),
        ("img", "5A/0D/wKgB3Fxx_dongbi", "东壁观景台的日出，出海的渔船正好经过", "东壁"),
        ("p", "上午回民宿补觉，下午去了附近的渔村闲逛。村里的阿姨在门口晒紫菜和海带，看到我们拿着相机也不介意，还热情地招呼我们尝刚蒸好的海蛎饼。"),
        ("img", "5A/0E/wKgB3Fxx_yucun", "渔村门口晾晒的紫菜，空气里全是海的味道", "沙江村"),
        ("h", "Day 3 杨家溪与古榕群"),
        ("p", "第三天换了换口味，去了杨家溪。这里以古榕树闻名，树龄最长的据说有八百多年，枝干盘根错节，像一座绿色的小城堡。秋天的溪边芦苇正好开花，风一吹，白茫茫一片。"),
        ("p", "杨家溪的游客比滩涂少很多，我们在溪边坐了快一个小时，看着竹筏从上游慢慢漂下来，什么也没做，却觉得特别放松。"),
        ("img", "5A/0F/wKgB3Fxx_yangjiaxi", "杨家溪边的古榕，树下有村民在喝茶聊天", "杨家溪"),
        ("h", "Day 4—5 吃吃逛逛，返程"),
        ("p", "最后两天没有安排太满，主要是在霞浦县城里吃吃逛逛。这里的海鲜价格比大城市便宜不少，我们每顿都点了一大桌，花蛤、海蛎、跳跳鱼轮番上阵。推荐大家去菜市场附近的小店，味道地道，分量也足。"),
        ("p", "晚上我们去了县城的夜市，一条不长的街上挤满了小吃摊。海蛎煎、鱼丸汤、炸五香，每样都想尝一口。旁边摊位的老板听说我们是来拍照的，还热心地拿出手机给我们看他自己拍的滩涂照片，说最美的时候其实是冬天的清晨，雾大、人少，“你们下次冬天再来”。"),
        ("p", "返程那天早上，我们又去了一趟北岐。没有日落，也没有什么游客，滩涂上只有几位渔民在收网。站在岸边看了一会儿，突然觉得这几天一直在追光、追潮，反倒很少有机会像现在这样，什么都不等，只是看着。"),
        ("h", "几点实用小贴士"),
        ("p", "一、一定要提前查潮汐表，滩涂的景色和潮位关系很大；二、建议包车出行，很多机位公共交通很难到达，师傅也能帮忙推荐拍摄点；三、凌晨和傍晚海边风大，记得带件外套；四、拍摄时尊重渔民的劳作，不要为了取景随意踩踏养殖区。"),
        ("p", "霞浦的美，不在于某一个具体的景点，而在于光、水和人之间那种不经意的相遇。如果你也喜欢慢节奏的旅行，不妨给自己留几天时间，在这里等一次潮起潮落。"),
    ]
    title = "霞浦五日：在滩涂与光影之间慢慢走"
    url, page = tr_note(
        nid=17283945, title=title, page_title=f"{title} | 途游记", mdd="霞浦", mdd_id=10623,
        author="阿朵在路上", uid=52108834, level=9, when="2022-10-08 19:42", meta_date="2022-10-08",
        views="18,412", likes=236,
        travel=[("time", "出发时间", "2022-10-01"), ("day", "出行天数", "5 天"), ("people", "人物", "和朋友"), ("cost", "人均费用", "2800RMB")],
        items=items, words="1,642", pics=48, revised="2022-10-09 10:21",
        comments=[("海边的小石头", "2022-10-08 21:03", "照片太美了！请问包车师傅可以推荐一下吗？"),
                  ("阿朵在路上", "2022-10-08 21:15", "回复海边的小石头：私信你啦～"),
                  ("慢慢走的蜗牛", "2022-10-09 08:41", "收藏了，明年春天去。"),
                  ("Leo_旅行日记", "2022-10-09 12:30", "东壁的日出真的绝，我也是凌晨四点起的。")],
        related=[("霞浦三日游｜摄影党必看机位合集", 17102288, "光影收集者"), ("第一次去霞浦，这些坑别踩", 16890012, "小鹿乱撞"),
                 ("从福州出发，霞浦+太姥山四日行", 17244501, "周末去哪儿"), ("霞浦滩涂：一场光与潮汐的约会", 16577320, "北纬26度")],
        kw="霞浦游记,霞浦旅游,霞浦攻略,北岐,东壁,杨家溪",
        extra_meta='<meta property="article:published_time" content="2022-10-08T19:42:00+08:00">\n')
    emit("f-travel-1", page, "utf-8", url=url, charset="utf-8", title=title, author="阿朵在路上",
         published="2022-10-08", items=items)

    # --- f-travel-2: date shown without the year --------------------------------------------
    items = [
        ("p", "在南方长大的人，对东北的冬天总有一种执念。今年元旦后请了年假，一个人飞去了哈尔滨。出发前朋友问我最想去哪儿，我想了想说：冰雪大世界当然要去，但最重要的，是好好吃一顿铁锅炖。"),
        ("h", "初到冰城：零下二十五度是什么感觉"),
        ("p", "下飞机的时候是傍晚，手机显示室外温度零下二十三度。走出航站楼的一瞬间，冷空气直接往鼻子里灌，吸进去的每一口气都像带着冰碴。好在出发前做足了功课，羽绒服、保暖内衣、雪地靴一样不落，整体还能扛得住。"),
        ("p", "最神奇的是头发和睫毛，在外面站上十来分钟就会结一层白霜。我在中央大街拍了张自拍，看上去像一下子老了二十岁。"),
        ("img", "6B/21/wKgC4Gyy_zhongyang", "中央大街的傍晚，街边的冰雕已经亮起了灯", "中央大街"),
        ("h", "铁锅炖：一口大锅围坐一桌人"),
        ("p", "第一顿铁锅炖是在民宿老板推荐的一家老店吃的。店里一进门就是一排大灶台，每张桌子中间都嵌着一口大铁锅，锅里炖着大鹅、排骨和土豆，锅沿上贴一圈玉米面饼子。"),
        ("p", "服务员会在锅开以后盖上木头锅盖，让我们等四十分钟。这段时间里，屋里的热气和香味越来越浓，窗户上结满了水汽。揭开锅盖的那一刻，我承认我拍照的手都在抖。鹅肉炖得软烂入味，锅边的饼子一面焦脆一面吸饱了汤汁，是整顿饭里我最喜欢的部分。"),
        ("img", "6B/22/wKgC4Gyy_tieguodun", "刚揭开锅盖的铁锅炖，锅边一圈玉米面饼子", "铁锅炖"),
        ("h", "冰雪大世界：晚上去才对"),
        ("p", "冰雪大世界建议下午三点以后再去，天黑以后所有冰建筑都会亮灯，和白天完全是两种感觉。园区很大，走一圈下来至少三个小时，中途可以去室内的暖房里喝杯热饮缓一缓。"),
        ("p", "排队最长的是超长冰滑梯，我排了将近一个小时，滑下来只用了不到一分钟。但说实话，值得。"),
        ("img", "6B/23/wKgC4Gyy_bingxue", "夜晚的冰雪大世界，冰建筑在灯光下通体透亮", "冰雪大世界"),
        ("h", "写在最后"),
        ("p", "这趟旅行一共五天，花费大约四千元，其中交通占了一半。如果你也是第一次去哈尔滨，我的建议是：衣服宁可多带，不要逞强；行程不要排太满，给自己留出在暖和的馆子里发呆的时间。冬天的东北很冷，但人和食物都是热的。"),
    ]
    title = "冬天去哈尔滨，我只想好好吃一顿铁锅炖"
    url, page = tr_note(
        nid=17630218, title=title, page_title=f"{title} - 哈尔滨游记攻略【途游记】", mdd="哈尔滨", mdd_id=10099,
        author="胖虎爱旅行", uid=60217745, level=6, when="01-15 21:08", meta_date="2023-01-15",
        views="6,930", likes=88,
        travel=[("time", "出发时间", "2023-01-09"), ("day", "出行天数", "5 天"), ("people", "人物", "一个人"), ("cost", "人均费用", "4000RMB")],
        items=items, words="1,021", pics=26, revised="01-16 09:30",
        comments=[("南方小土豆", "01-15 22:10", "看饿了，铁锅炖是哪家店呀？"),
                  ("冰城土著", "01-16 08:02", "欢迎来哈尔滨！下次可以试试锅包肉。"),
                  ("一只路过的猫", "01-16 13:47", "零下二十多度真的扛得住吗，我有点怕冷。")],
        related=[("哈尔滨三日｜冰雪大世界保姆级攻略", 17599130, "冬日暖阳"), ("第一次去东北，哈尔滨+雪乡五日行", 17588412, "行走的饭团"),
                 ("中央大街吃吃吃：本地人推荐的12家老店", 17610077, "吃货在路上"), ("零下30度的浪漫：哈尔滨跨年记", 17541966, "北方有雪")],
        kw="哈尔滨游记,铁锅炖,冰雪大世界,中央大街,哈尔滨攻略",
        extra_meta='<meta property="article:published_time" content="2023-01-15T21:08:00+08:00">\n<meta itemprop="datePublished" content="2023-01-15">\n')
    emit("f-travel-2", page, "utf-8", url=url, charset="", title=title, author="胖虎爱旅行",
         published="2023-01-15", items=items)

    # --- f-travel-3: 游记 list with covers and two-sentence excerpts (listing) ----------------
    notes = [
        ("霞浦五日：在滩涂与光影之间慢慢走", 17283945, "阿朵在路上", "第一次听说霞浦，是在朋友的摄影作品里。今年国庆终于凑齐了假期，约上两个大学同学出发了。"),
        ("霞浦三日游｜摄影党必看机位合集", 17102288, "光影收集者", "这篇整理了我三次去霞浦踩过的所有机位。每个机位都标注了最佳拍摄时间和潮位。"),
        ("第一次去霞浦，这些坑别踩", 16890012, "小鹿乱撞", "去之前做了很多功课，到了还是踩了不少坑。写下来给后来的朋友做个参考。"),
        ("从福州出发，霞浦+太姥山四日行", 17244501, "周末去哪儿", "福州出发的话，霞浦和太姥山完全可以串成一条线。四天时间刚刚好，不会太累。"),
        ("霞浦滩涂：一场光与潮汐的约会", 16577320, "北纬26度", "滩涂上的光影每分钟都在变化。我在同一个机位守了三个傍晚，才拍到想要的画面。"),
        ("带着爸妈游霞浦，节奏慢一点也很好", 17011835, "小满同学", "这次旅行是给爸妈的结婚纪念日礼物。行程安排得很松，老人家也玩得很开心。"),
        ("霞浦吃货指南：海鲜、海蛎饼和糟菜", 16920477, "吃货在路上", "去霞浦不吃海鲜等于白去。这篇只讲吃，顺便附上几家小店的位置。"),
        ("冬天的霞浦，人少景美", 16432906, "一个人的旅行", "很多人只在秋天去霞浦，其实冬天也很好。游客少了一大半，滩涂上的雾气更浓。"),
        ("霞浦自驾两日｜海岸线公路一路向北", 17190563, "方向盘上的诗", "沿着海边的公路开车，一侧是山，一侧是海。两天时间跑了六个观景点。"),
        ("在霞浦渔村住了一周", 16755118, "慢生活家", "这次没有赶任何机位，只是在渔村里住下来。每天跟着房东阿姨去赶海，晚上听她讲村里的故事。"),
        ("霞浦｜杨家溪的秋天", 16998072, "芦苇荡", "杨家溪的芦苇在十月底最美。古榕树下的茶摊，是我这次旅行最喜欢的地方。"),
        ("霞浦+福鼎白茶之旅", 17055640, "茶与远方", "霞浦离福鼎很近，我们顺路去看了白茶的制作。从滩涂到茶园，一趟旅行看了两种风景。"),
    ]
    lis = []
    for i, (t, n, a, ex) in enumerate(notes):
        lis.append(
            f'<li class="tn-item clearfix"><div class="tn-image"><a href="/i/{n}.html" target="_blank"><img src="https://p.tyjcdn.com/cover/{n}.jpg?imageMogr2%2Fthumbnail%2F%21220x150r" width="220" height="150" alt="{t}"></a></div>'
            f'<div class="tn-wrapper"><dl><dt><a href="/i/{n}.html" target="_blank">{t}</a></dt><dd><a href="/i/{n}.html" target="_blank">{ex}</a></dd></dl>'
            f'<div class="tn-extra"><span class="tn-ding"><em>{num(i, 20, 400)}</em></span><span class="tn-place"><i></i>霞浦</span>'
            f'<span class="tn-user"><a href="/u/{num(n, 1000000, 9999999)}.html"><img src="https://p.tyjcdn.com/avatar/{num(n, 1000, 9999)}.jpg" width="16" height="16" alt="">{a}</a></span>'
            f'<span class="tn-nums">{num(i + 7, 800, 30000)}/{num(i + 3, 2, 90)}</span></div></div></li>')
    url = f"https://{TR_HOST}/yj/10623/1-0-2.html"
    page = tr_head("霞浦游记_霞浦旅游攻略_霞浦自助游 - 途游记", "霞浦游记,霞浦旅游,霞浦攻略,霞浦自助游",
                   "途游记霞浦游记频道，汇集了数千篇霞浦旅游游记，带你了解霞浦的滩涂、日出和海鲜。", url,
                   "https://p.tyjcdn.com/mdd/10623.jpg") + f"""<div class="crumb wrapper"><a href="https://{TR_HOST}/">途游记</a> &gt; <a href="https://{TR_HOST}/mdd/10623.html">霞浦</a> &gt; <span>霞浦游记</span></div>
<div class="wrapper mdd-head"><h1>霞浦</h1><ul class="mdd-nav"><li><a href="/mdd/10623.html">首页</a></li><li><a href="/gonglve/mdd-10623.html">攻略</a></li><li class="on"><a href="/yj/10623/">游记</a></li><li><a href="/wenda/area-10623.html">问答</a></li><li><a href="/hotel/10623/">酒店</a></li></ul></div>
<div class="wrapper clearfix">
<div class="_notelist">
<div class="tn-nav"><a class="on" href="/yj/10623/1-0-1.html">热门游记</a><a href="/yj/10623/2-0-1.html">最新发表</a><span class="tn-count">共有 <em>3,218</em> 篇游记</span></div>
<ul class="tn-list">{"".join(lis)}</ul>
<div class="m-pagination"><a class="pi pg-prev" href="/yj/10623/1-0-1.html">上一页</a><a class="pi" href="/yj/10623/1-0-1.html">1</a><span class="pg-current">2</span><a class="pi" href="/yj/10623/1-0-3.html">3</a><a class="pi" href="/yj/10623/1-0-4.html">4</a><span>…</span><a class="pi" href="/yj/10623/1-0-268.html">268</a><a class="pi pg-next" href="/yj/10623/1-0-3.html">下一页</a></div>
</div>
<div class="view_side">
<div class="side-box"><h3>霞浦旅游攻略</h3><p><a href="/gonglve/mdd-10623.html"><img src="https://p.tyjcdn.com/gl/10623.jpg" width="240" height="160" alt="霞浦攻略"></a></p><p>已有 12.6万 人下载</p></div>
<div class="side-box"><h3>霞浦热门问答</h3><ul><li><a href="/wenda/detail-1428835.html">国庆去霞浦人会很多吗？住县城还是住北岐方便？</a></li><li><a href="/wenda/detail-1419902.html">霞浦包车一天大概多少钱？</a></li><li><a href="/wenda/detail-1401176.html">霞浦几月份去最好？</a></li></ul></div>
<div class="side-box"><a href="https://{TR_HOST}/sales/1062301.html"><img src="https://p.tyjcdn.com/ad/xiapu_240x200.jpg" width="240" height="200" alt="霞浦摄影包车"></a></div>
</div>
</div>
""" + tr_foot()
    emit("f-travel-3", page, "utf-8", url=url, charset="utf-8", listing=True)

    # --- f-travel-4: Q&A page with many short answers (listing) -----------------------------
    answers = [
        ("Leo_旅行日记", "国庆人肯定多，热门机位要提前占位。住县城吃饭方便，包车去各个点都不远。", 56),
        ("阿朵在路上", "我们国庆去的，北岐日落人很多，东壁日出稍微好一点。", 41),
        ("北纬26度", "建议住县城，北岐那边民宿少，价格还贵。", 33),
        ("光影收集者", "想拍日出的话住东壁附近的民宿，能多睡一个小时。", 29),
        ("小鹿乱撞", "国庆房价会翻倍，最好提前一个月订。", 24),
        ("霞浦本地人阿明", "县城到北岐打车二十分钟左右，住县城完全没问题。", 22),
        ("慢慢走的蜗牛", "人多但是景区面积大，不至于挤不动。", 15),
        ("方向盘上的诗", "自驾的话住哪里都行，停车也方便。", 12),
        ("海边的小石头", "别住太偏的地方，晚上打不到车。", 11),
        ("一个人的旅行", "错峰的话可以十月五号以后去，人会少很多。", 9),
        ("芦苇荡", "杨家溪国庆人不多，可以安排一天去那边避避人潮。", 8),
        ("周末去哪儿", "住县城，性价比最高。", 6),
        ("小满同学", "带老人的话推荐住县城，生活配套齐全。", 5),
        ("茶与远方", "国庆期间包车要提前约，临时找很难找到。", 4),
        ("Momo在路上", "同问，我也打算国庆去。", 1),
    ]
    ans_html = "".join(
        f'<li class="answer-item _j_answer_item"><div class="user-bar"><a class="_j_filter_click avatar" href="/u/{num(i, 1000000, 9999999)}.html"><img src="https://p.tyjcdn.com/avatar/{num(i + 40, 1000, 9999)}.jpg" width="48" height="48" alt=""></a>'
        f'<a class="name" href="/u/{num(i, 1000000, 9999999)}.html">{u}</a><span class="level">LV.{num(i, 2, 14)}</span>{BEST if i == 0 else ""}</div>'
        f'<div class="_j_answer_html answer-content">{c}</div>'
        f'<div class="answer-side"><span class="time">2022-09-{12 + i // 3:02d}</span><a class="btn-zan _j_support" href="javascript:;">有用 <em>{z}</em></a><a class="btn-cmt" href="javascript:;">评论</a></div></li>'
        for i, (u, c, z) in enumerate(answers))
    url = f"https://{TR_HOST}/wenda/detail-1428835.html"
    page = tr_head("国庆去霞浦人会很多吗？住县城还是住北岐方便？ - 途游记问答", "霞浦,国庆,住宿,问答",
                   "国庆去霞浦人会很多吗？住县城还是住北岐方便？已有15个回答。", url,
                   "https://p.tyjcdn.com/mdd/10623.jpg") + f"""<div class="crumb wrapper"><a href="https://{TR_HOST}/">途游记</a> &gt; <a href="https://{TR_HOST}/wenda/">问答</a> &gt; <a href="https://{TR_HOST}/wenda/area-10623.html">霞浦问答</a> &gt; <span>问题详情</span></div>
<div class="wrapper clearfix">
<div class="q-main">
<div class="q-detail"><div class="q-title"><h1>国庆去霞浦人会很多吗？住县城还是住北岐方便？</h1></div>
<div class="q-desc">三个人，打算十月二号到五号，主要想拍日出日落。</div>
<div class="q-info"><a class="location" href="/wenda/area-10623.html"><i></i>霞浦</a><span class="tag"><a href="/wenda/tag-88.html">住宿</a><a href="/wenda/tag-12.html">国庆</a></span>
<span class="user">提问者：<a href="/u/58830214.html">Momo在路上</a></span><span class="time">2022-09-11 22:47</span><span class="view">浏览 3,482</span></div>
<div class="q-op"><a class="btn-answer" href="javascript:;">我来回答</a><a class="btn-follow" href="javascript:;">关注问题</a><a class="btn-share" href="javascript:;">分享</a></div></div>
<div class="answer-list"><div class="al-head"><span class="al-num">15个回答</span><span class="al-sort"><a class="on">按热度</a> | <a>按时间</a></span></div>
<ul>{ans_html}</ul></div>
<div class="q-related"><h3>相关问题</h3><ul><li><a href="/wenda/detail-1419902.html">霞浦包车一天大概多少钱？</a><span>8个回答</span></li><li><a href="/wenda/detail-1401176.html">霞浦几月份去最好？</a><span>21个回答</span></li><li><a href="/wenda/detail-1388820.html">霞浦滩涂需要门票吗？</a><span>6个回答</span></li></ul></div>
</div>
<div class="view_side">
<div class="side-box"><h3>霞浦问答达人</h3><ul><li><a href="/u/52108834.html">阿朵在路上</a> 回答 132</li><li><a href="/u/41200877.html">北纬26度</a> 回答 98</li><li><a href="/u/39022816.html">光影收集者</a> 回答 77</li></ul></div>
<div class="side-box"><h3>去霞浦之前</h3><p><a href="/gonglve/mdd-10623.html">下载霞浦攻略</a></p><p><a href="/yj/10623/">看霞浦游记</a></p></div>
</div>
</div>
""" + tr_foot()
    emit("f-travel-4", page, "utf-8", url=url, charset="utf-8", listing=True)


# ---------------------------------------------------------------------------
# f-health: 康健家, a 健康科普 site with doctor bylines and reviewers, UTF-8.
# ---------------------------------------------------------------------------

HE_HOST = "www.kangjianjia.com"


def he_head(title, kw, desc, url, extra=""):
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="renderer" content="webkit" />
<title>{title}</title>
<meta name="keywords" content="{kw}" />
<meta name="description" content="{desc}" />
<meta property="og:site_name" content="康健家" />
<meta property="og:url" content="{url}" />
{extra}<link rel="stylesheet" href="https://static.kangjianjia.com/pc/css/base.css?v=20221101" />
<link rel="stylesheet" href="https://static.kangjianjia.com/pc/css/kepu.css?v=20221101" />
<script src="https://static.kangjianjia.com/pc/js/jquery-3.6.0.min.js"></script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"WebPage","name":"{title}","url":"{url}","publisher":{{"@type":"Organization","name":"康健家"}}}}</script>
</head>
<body>
<div class="kj-top"><div class="w1200"><span>康健家——医生写给你的健康科普</span><div class="kj-top-r"><a href="https://{HE_HOST}/doctor/join.html">医生入驻</a><a href="https://{HE_HOST}/user/login.html">登录</a><a href="https://{HE_HOST}/user/reg.html">注册</a><a href="https://{HE_HOST}/app/">APP下载</a></div></div></div>
<div class="kj-header w1200"><a class="kj-logo" href="https://{HE_HOST}/"><img src="https://static.kangjianjia.com/pc/img/logo.png" alt="康健家" /></a>
<form class="kj-search" action="https://{HE_HOST}/search/" method="get"><input name="kw" placeholder="搜疾病、症状、医生、科普文章" /><button type="submit">搜索</button></form>
<a class="kj-ask" href="https://{HE_HOST}/ask/">免费问医生</a></div>
<div class="kj-nav"><ul class="w1200"><li><a href="https://{HE_HOST}/">首页</a></li><li><a href="https://{HE_HOST}/jibing/">疾病百科</a></li><li><a href="https://{HE_HOST}/zhengzhuang/">症状自查</a></li><li class="cur"><a href="https://{HE_HOST}/kepu/">健康科普</a></li><li><a href="https://{HE_HOST}/yaopin/">用药指南</a></li><li><a href="https://{HE_HOST}/yisheng/">找医生</a></li><li><a href="https://{HE_HOST}/ask/">问答</a></li><li><a href="https://{HE_HOST}/video/">科普视频</a></li></ul></div>
"""


def he_foot():
    return f"""<div class="kj-footer"><div class="w1200">
<p><a href="https://{HE_HOST}/about/">关于我们</a> | <a href="https://{HE_HOST}/about/team.html">专家团队</a> | <a href="https://{HE_HOST}/about/review.html">内容审核机制</a> | <a href="https://{HE_HOST}/about/contact.html">联系我们</a> | <a href="https://{HE_HOST}/about/privacy.html">隐私政策</a></p>
<p>本站内容仅供健康科普参考，不能代替执业医师的面对面诊断和治疗，如有不适请及时就医。</p>
<p>&copy; 2015-2023 kangjianjia.com 康健家 版权所有 <a href="https://beian.miit.gov.cn/" rel="nofollow" target="_blank">浙ICP备15038841号-2</a> 浙公网安备 33010602009127号 互联网药品信息服务资格证书：（浙）-非经营性-2019-0087</p>
</div></div>
<script src="https://static.kangjianjia.com/pc/js/common.js?v=20221101"></script>
<script>var _czc = _czc || []; _czc.push(["_setAccount", "1279833401"]);</script>
</body>
</html>
"""


def he_side():
    docs = [("刘雅琴", "主治医师", "呼吸与危重症医学科", "省人民医院"), ("陈思远", "副主任医师", "骨伤科", "市中医院"),
            ("黄立新", "主任医师", "心血管内科", "市第一人民医院"), ("吴佳敏", "主治医师", "儿科", "妇幼保健院")]
    dl = "".join(f'<li><img src="https://static.kangjianjia.com/doctor/{i + 101}.jpg" width="50" height="50" alt="{n}" /><p><a href="/yisheng/{2201 + i}.html">{n}</a> {t}</p><p>{h} {d}</p><a class="btn-ask" href="/ask/?doc={2201 + i}">咨询</a></li>' for i, (n, t, d, h) in enumerate(docs))
    hot = ["体检报告上的“结节”都需要担心吗", "孩子反复咳嗽，可能不是感冒", "血压偏高，先别急着吃药",
           "睡不好觉的人，可以试试这几个方法", "幽门螺杆菌阳性，全家都要查吗", "春季过敏高发，如何分辨过敏和感冒"]
    hl = "".join(f'<li><span class="n">{i + 1}</span><a href="/kepu/{5700 + i * 13}.html">{t}</a></li>' for i, t in enumerate(hot))
    return f"""<div class="kj-side">
<div class="side-box"><h3>推荐医生</h3><ul class="doc-list">{dl}</ul></div>
<div class="side-box ad"><a href="https://{HE_HOST}/ask/?from=side"><img src="https://static.kangjianjia.com/ad/ask_300x200.png" width="300" height="200" alt="三甲医生在线解答" /></a></div>
<div class="side-box"><h3>热门科普</h3><ul class="hot-list">{hl}</ul></div>
<div class="side-box"><h3>关注康健家公众号</h3><img src="https://static.kangjianjia.com/pc/img/qr_mp.png" width="120" height="120" alt="公众号二维码" /><p>每天一条靠谱健康知识</p></div>
</div>
"""


def he_body(items):
    out = []
    for it in items:
        if it[0] == "p":
            out.append(f"<p>{it[1]}</p>")
        elif it[0] == "h":
            out.append(f"<h2>{it[1]}</h2>")
        elif it[0] == "li":
            out.append(f"<li>{it[1]}</li>")
        elif it[0] == "img":
            out.append(f'<p class="img"><img src="https://img.kangjianjia.com/kepu/{it[1]}.jpg" alt="{plain(it[2])}" /></p><p class="img-note">{it[2]}</p>')
        elif it[0] == "x":
            out.append(it[1])
    html = "\n".join(out)
    html = re.sub(r"((?:<li>.*?</li>\n?)+)", lambda m: "<ul>\n" + m.group(1).rstrip("\n") + "\n</ul>\n", html)
    return html


def he_article(*, aid, title, page_title, col, colpath, author, author_title, reviewer, date, reads, items, tags, related, kw):
    url = f"https://{HE_HOST}/kepu/{date[:4]}/{date[5:7]}{date[8:]}/{aid}.html"
    desc = plain(items[0][1])[:80]
    extra = (f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{title}" />\n'
             f'<meta property="og:description" content="{desc}" />\n<meta property="article:published_time" content="{date}T08:00:00+08:00" />\n'
             f'<meta property="article:author" content="{author}" />\n')
    rel = "".join(f'<li><a href="/kepu/{aid - 17 * (i + 1)}.html">{t}</a><span>{d}</span></li>' for i, (t, d) in enumerate(related))
    tg = "".join(f'<a href="/tag/{t}/">{t}</a>' for t in tags)
    return url, he_head(page_title, kw, desc, url, extra) + f"""<div class="w1200 kj-main clearfix">
<div class="kj-crumb">您的位置：<a href="https://{HE_HOST}/">首页</a> &gt; <a href="https://{HE_HOST}/kepu/">健康科普</a> &gt; <a href="https://{HE_HOST}/kepu/{colpath}/">{col}</a> &gt; <span>正文</span></div>
<div class="kj-left">
<div class="kp-article">
<h1 class="kp-title">{title}</h1>
<div class="kp-author"><img class="av" src="https://static.kangjianjia.com/doctor/{aid % 97}.jpg" width="44" height="44" alt="" />
<div class="kp-author-info"><p><span class="lbl">作者：</span><a href="/yisheng/{aid % 1000 + 2000}.html" class="name">{author}</a> <span class="title">{author_title}</span></p>
<p class="kp-meta"><span class="date">{date}</span><span class="reads">{reads}人阅读</span></p></div>
<div class="kp-review"><i class="ico-check"></i>审核专家：{reviewer}</div></div>
<div class="kp-content" id="kpContent">
{he_body(items)}
</div>
<div class="kp-tags">相关标签：{tg}</div>
<div class="kp-disclaimer">温馨提示：本文内容仅供健康科普参考，不能替代医生的面诊意见，具体诊疗请遵医嘱。</div>
<div class="kp-actions"><a class="btn-like" href="javascript:;">有帮助 <em>{reads // 40}</em></a><a class="btn-fav" href="javascript:;">收藏</a>
<span class="share">分享：<a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="qq" href="javascript:;">QQ</a></span></div>
<div class="kp-ask-box"><p>还有疑问？<a href="/ask/?doc={aid % 1000 + 2000}">向{author}医生提问</a>，一般24小时内回复。</p></div>
</div>
<div class="kp-related"><h3>相关科普</h3><ul>{rel}</ul></div>
</div>
""" + he_side() + "</div>\n" + he_foot()


def make_health():
    # --- f-health-1 --------------------------------------------------------------------------
    items = [
        ("p", "每到秋冬季节，医院呼吸科门诊的人数都会明显增加，其中相当一部分是流感患者。很多人把流感当成“重一点的感冒”，觉得扛一扛就过去了；也有人一听说流感来了，就赶紧去药店囤药。其实，这两种做法都不太可取。"),
        ("h", "流感和普通感冒有什么不同？"),
        ("p", "普通感冒大多由鼻病毒等引起，症状以鼻塞、流涕、打喷嚏、咽喉不适为主，发热一般不高，全身症状较轻，通常一周左右自行好转。"),
        ("p", "流感则是由流感病毒引起的急性呼吸道传染病，起病往往比较急，常见高热，体温可达39℃以上，同时伴有明显的头痛、肌肉酸痛和乏力。部分人群，尤其是老年人、婴幼儿、孕妇和患有慢性基础疾病的人，感染后更容易出现肺炎等并发症。"),
        ("h", "接种疫苗是最有效的预防手段"),
        ("p", "接种流感疫苗是预防流感最经济、最有效的方法之一。由于流感病毒容易发生变异，疫苗成分每年都会根据流行情况进行调整，因此建议每年接种一次，最好在流感季到来之前完成。"),
        ("p", "以下人群尤其建议优先接种："),
        ("li", "60岁及以上的老年人；"),
        ("li", "6月龄至5岁的儿童；"),
        ("li", "患有慢性心肺疾病、糖尿病等基础疾病的人群；"),
        ("li", "医务人员及养老机构等集体场所的工作人员。"),
        ("h", "日常防护做好这几点"),
        ("p", "<strong>勤洗手。</strong>用流动水和肥皂或洗手液洗手，时间不少于20秒，外出回家、饭前便后都要洗。"),
        ("p", "<strong>注意咳嗽礼仪。</strong>咳嗽或打喷嚏时用纸巾或手肘遮住口鼻，避免用手直接捂嘴。"),
        ("p", "<strong>保持室内通风。</strong>即使天气寒冷，每天也应开窗通风两到三次，每次不少于30分钟。"),
        ("p", "<strong>少去人群密集场所。</strong>流感高发期尽量减少到人群密集、通风不良的场所，必要时佩戴口罩。"),
        ("x", '<div class="kp-inline-card"><a href="/jibing/liugan/"><img src="https://static.kangjianjia.com/icon/jb.png" width="24" height="24" alt="" /><span>疾病百科：流行性感冒</span><em>查看症状、病因、治疗 &gt;</em></a></div>'),
        ("h", "抗病毒药不是“保险药”"),
        ("p", "有些人习惯在家里备一些抗流感病毒的药物，一有发热就吃。需要提醒的是，这类药物属于处方药，应在医生指导下使用。是否需要用药、用哪种药、用多长时间，都要根据病情判断，不建议自行服用，更不能当作预防药长期吃。"),
        ("p", "如果出现持续高热不退、呼吸困难、胸闷胸痛、精神萎靡等情况，应及时到医院就诊，千万不要在家硬扛。"),
    ]
    title = "秋冬流感高发，这几件事比囤药更重要"
    url, page = he_article(
        aid=5831, title=title, page_title=f"{title}_呼吸科普_康健家", col="呼吸科普", colpath="huxi",
        author="刘雅琴", author_title="省人民医院 呼吸与危重症医学科 主治医师", reviewer="王建国 主任医师",
        date="2022-11-08", reads=12406, items=items, tags=["流感", "流感疫苗", "感冒", "呼吸道感染"],
        related=[("孩子发烧到39℃，什么时候该去医院", "2022-11-02"), ("咳嗽老不好，要不要拍个胸片", "2022-10-27"),
                 ("秋冬干燥，鼻子出血怎么办", "2022-10-19")],
        kw="流感,流感疫苗,流感和感冒的区别,流感预防")
    emit("f-health-1", page, "utf-8", url=url, charset="utf-8", title=title, author="刘雅琴",
         published="2022-11-08", items=items)

    # --- f-health-2 --------------------------------------------------------------------------
    items = [
        ("p", "早上九点坐进工位，中午点外卖在桌前解决，下午开会、写材料，一抬头天已经黑了——这是很多上班族的日常。时间一长，腰酸背痛几乎成了“标配”。门诊中，因为腰痛前来就诊的年轻人越来越多，其中不少人的问题都和久坐有关。"),
        ("h", "为什么久坐伤腰？"),
        ("p", "人体的腰椎就像一根承重的柱子，椎间盘则是柱子各节之间的“减震垫”。研究表明，坐姿时腰椎间盘承受的压力明显高于站立时，如果坐姿不正确，比如弯腰驼背、身体前倾，压力还会进一步增加。"),
        ("p", "长时间保持同一个姿势，腰背部的肌肉持续紧张，得不到放松，容易出现劳损。久而久之，椎间盘的退变也会加快，严重时可能发展为腰椎间盘突出，出现腰痛、下肢麻木等症状。"),
        ("h", "坐，也要坐对"),
        ("p", "正确的坐姿应当是：臀部尽量坐满椅面，腰背贴靠椅背，必要时在腰后放一个小靠垫，保持腰椎的自然弧度；双脚平放在地面上，膝关节约呈90度；电脑屏幕的上缘与视线大致平齐，避免长时间低头或仰头。"),
        ("img", "2023/0321/zuozi", "正确的坐姿：腰背有支撑，双脚平放，屏幕与视线平齐"),
        ("x", '<p class="img-source">图片来源：康健家制图</p>'),
        ("h", "每隔半小时，动一动"),
        ("p", "再正确的坐姿，也不宜保持太久。建议每坐30到45分钟就站起来活动几分钟，可以倒杯水、走一走，也可以做几个简单的伸展动作，比如双手叉腰、缓慢后仰，或者站立位轻轻转动腰部。"),
        ("p", "平时还可以有意识地加强腰背部和腹部核心肌群的锻炼，例如小燕飞、平板支撑、游泳等。肌肉力量增强了，对腰椎的保护作用也会更好。需要注意的是，锻炼应循序渐进，已经有腰痛症状的人，最好先咨询医生，再选择适合自己的运动方式。"),
        ("h", "这些情况要及时就医"),
        ("p", "如果腰痛持续两周以上没有缓解，或者出现一侧或双侧下肢的放射痛、麻木、无力，甚至大小便异常，一定要及时到医院就诊，明确病因后再进行针对性治疗。"),
    ]
    title = "久坐一族，你的腰椎还好吗？"
    url, page = he_article(
        aid=6207, title=title, page_title=f"【骨科】{title}-康健家", col="骨科科普", colpath="guke",
        author="陈思远", author_title="市中医院 骨伤科 副主任医师", reviewer="赵明德 主任医师",
        date="2023-03-21", reads=8853, items=items, tags=["腰痛", "腰椎间盘突出", "久坐", "坐姿"],
        related=[("腰椎间盘突出一定要手术吗", "2023-03-12"), ("颈椎病的早期信号，你中了几条", "2023-03-05"),
                 ("小燕飞怎么做才正确", "2023-02-26")],
        kw="久坐,腰痛,腰椎,坐姿,腰椎间盘突出")
    emit("f-health-2", page, "utf-8", url=url, charset="", title=title, author="陈思远",
         published="2023-03-21", items=items)

    # --- f-health-3: 栏目 list, teaser in its own element (listing) -----------------------------
    entries = [
        ("秋冬流感高发，这几件事比囤药更重要", "2022-11-08", "流感不是重一点的感冒，囤药也不是好办法。接种疫苗和日常防护才是关键。"),
        ("孩子发烧到39℃，什么时候该去医院", "2022-11-02", "体温高低并不是判断病情轻重的唯一标准。精神状态和伴随症状同样重要。"),
        ("咳嗽老不好，要不要拍个胸片", "2022-10-27", "咳嗽超过三周就要提高警惕。医生告诉你哪些情况需要进一步检查。"),
        ("秋冬干燥，鼻子出血怎么办", "2022-10-19", "仰头止血是常见误区。正确的做法其实很简单。"),
        ("哮喘患者如何安全度过换季", "2022-10-11", "换季时哮喘容易发作，规律用药是控制病情的基础。"),
        ("慢阻肺早期信号：活动后气短别忽视", "2022-09-28", "很多人把气短当成年纪大了的正常现象。其实这可能是慢阻肺的早期表现。"),
        ("戒烟后咳嗽反而加重了，正常吗", "2022-09-20", "戒烟初期咳嗽增多是气道在自我修复。一般几周后会逐渐好转。"),
        ("肺结节体检查出来，先别慌", "2022-09-13", "绝大多数肺结节是良性的。定期随访比过度焦虑更有意义。"),
        ("雾霾天出门，口罩怎么选", "2022-09-05", "普通医用外科口罩对颗粒物的防护有限。需要时可选择符合标准的防护口罩。"),
        ("过敏性鼻炎，一到秋天就犯怎么办", "2022-08-29", "避开过敏原是第一步。症状明显时可以在医生指导下规范用药。"),
        ("打鼾也是病？聊聊睡眠呼吸暂停", "2022-08-22", "打鼾并不代表睡得香。如果伴有憋醒和白天嗜睡，需要到医院做睡眠监测。"),
        ("肺功能检查，到底查什么", "2022-08-15", "肺功能检查无创、简单，是诊断慢阻肺和哮喘的重要手段。"),
        ("老人得了肺炎，为什么症状不典型", "2022-08-08", "老年人肺炎可能没有发热和咳嗽。食欲下降、精神变差也可能是信号。"),
        ("家用制氧机，谁需要用", "2022-08-01", "并不是所有呼吸科患者都需要在家吸氧。是否需要、吸多久，要听医生的。"),
        ("夏天空调房里，为什么总是咳嗽", "2022-07-25", "冷空气刺激和空调清洁不到位都可能引起咳嗽。定期清洗滤网很有必要。"),
    ]
    lis = "".join(
        f'<li class="kp-item"><a class="thumb" href="/kepu/{5831 - i * 23}.html"><img src="https://img.kangjianjia.com/kepu/thumb/{5831 - i * 23}.jpg" width="160" height="100" alt="" /></a>'
        f'<div class="kp-item-r"><h3><a href="/kepu/{5831 - i * 23}.html" target="_blank">{t}</a></h3><p class="summary">{s}</p>'
        f'<div class="meta"><span class="date">{d}</span><span class="doc">{["刘雅琴", "吴佳敏", "周立群", "刘雅琴", "黄立新"][i % 5]}</span><span class="reads">{num(i, 900, 15000)}阅读</span></div></div></li>'
        for i, (t, d, s) in enumerate(entries))
    url = f"https://{HE_HOST}/kepu/huxi/list_3_2.html"
    page = he_head("呼吸科普_第2页_康健家", "呼吸科普,呼吸道疾病,感冒,流感,哮喘,慢阻肺",
                   "康健家呼吸科普栏目，由呼吸科医生撰写的感冒、流感、哮喘、慢阻肺等疾病科普文章。", url) + f"""<div class="w1200 kj-main clearfix">
<div class="kj-crumb">您的位置：<a href="https://{HE_HOST}/">首页</a> &gt; <a href="https://{HE_HOST}/kepu/">健康科普</a> &gt; <span>呼吸科普</span></div>
<div class="kj-left">
<div class="col-head"><h2>呼吸科普</h2><p class="col-desc">由呼吸科医生撰写，每篇均经副主任医师以上专家审核。</p>
<div class="col-tabs"><a href="/kepu/">全部</a><a class="on" href="/kepu/huxi/">呼吸</a><a href="/kepu/xinxueguan/">心血管</a><a href="/kepu/guke/">骨科</a><a href="/kepu/erke/">儿科</a><a href="/kepu/xiaohua/">消化</a><a href="/kepu/pifu/">皮肤</a></div></div>
<ul class="kp-list">{lis}</ul>
<div class="pager"><a href="/kepu/huxi/list_3_1.html">上一页</a><a href="/kepu/huxi/list_3_1.html">1</a><span class="cur">2</span><a href="/kepu/huxi/list_3_3.html">3</a><a href="/kepu/huxi/list_3_4.html">4</a><span>…</span><a href="/kepu/huxi/list_3_19.html">19</a><a href="/kepu/huxi/list_3_3.html">下一页</a></div>
</div>
""" + he_side() + "</div>\n" + he_foot()
    emit("f-health-3", page, "utf-8", url=url, charset="utf-8", listing=True)

    # --- f-health-4: 最新文章, full first paragraphs + 阅读全文 (listing) ---------------------------
    latest = [
        ("久坐一族，你的腰椎还好吗？", "陈思远", "2023-03-21", 6207,
         "早上九点坐进工位，中午点外卖在桌前解决，下午开会、写材料，一抬头天已经黑了——这是很多上班族的日常。时间一长，腰酸背痛几乎成了“标配”。门诊中，因为腰痛前来就诊的年轻人越来越多，其中不少人的问题都和久坐有关。"),
        ("春季过敏高发，如何分辨过敏和感冒", "吴佳敏", "2023-03-20", 6201,
         "春天一到，不少人开始打喷嚏、流鼻涕，以为自己感冒了，吃了几天感冒药却不见好。其实，这很可能是过敏性鼻炎在作怪。两者的症状有相似之处，但处理方法并不一样。"),
        ("体检报告上的“结节”都需要担心吗", "黄立新", "2023-03-18", 6188,
         "拿到体检报告，看到“甲状腺结节”“肺结节”“乳腺结节”等字样，很多人第一反应是紧张。实际上，结节只是一个影像学描述，绝大多数是良性的。关键在于看清楚它的大小、形态和医生给出的随访建议。"),
        ("幽门螺杆菌阳性，全家都要查吗", "周立群", "2023-03-16", 6175,
         "幽门螺杆菌可以通过共餐等方式在家庭成员之间传播。如果家里有人检测出阳性，其他成员是否需要检查，要结合年龄、症状和家族病史来综合判断。盲目全家一起吃药，并不是一个好主意。"),
        ("血压偏高，先别急着吃药", "黄立新", "2023-03-14", 6160,
         "偶尔一次测量血压偏高，并不能直接诊断为高血压。情绪紧张、刚运动完、喝了咖啡，都可能让血压暂时升高。正确的做法是在安静状态下多次、不同日测量，再由医生判断是否需要治疗。"),
        ("孩子反复咳嗽，可能不是感冒", "吴佳敏", "2023-03-12", 6149,
         "不少家长发现，孩子的咳嗽总是好了又犯，尤其在夜间和清晨更明显。这种情况除了反复感冒，还要警惕咳嗽变异性哮喘和过敏等原因。及时就医明确诊断，比反复吃止咳药更重要。"),
        ("腰椎间盘突出一定要手术吗", "陈思远", "2023-03-12", 6120,
         "一听说腰椎间盘突出，很多人就担心要开刀。事实上，大部分患者通过休息、药物、理疗和功能锻炼等保守治疗，症状都能得到明显缓解。只有少数保守治疗无效或出现神经损害的患者，才需要考虑手术。"),
        ("睡不好觉的人，可以试试这几个方法", "刘雅琴", "2023-03-10", 6133,
         "失眠困扰着很多人，有人躺下一两个小时都睡不着，有人半夜醒来就再难入睡。在考虑用药之前，调整作息和睡眠习惯往往是第一步。固定起床时间、睡前远离手机，是最简单也最容易被忽视的两条。"),
        ("胃里反酸烧心，生活中要注意什么", "周立群", "2023-03-08", 6102,
         "饭后反酸、胸口烧灼感，是胃食管反流的常见表现。除了按医嘱用药，生活方式的调整同样关键。少吃多餐、睡前三小时不进食、适当抬高床头，都能在一定程度上减轻症状。"),
        ("颈椎病的早期信号，你中了几条", "陈思远", "2023-03-05", 6087,
         "脖子僵硬、肩膀酸痛、手指发麻，很多人以为只是累了，休息一下就好。如果这些症状反复出现，就要考虑颈椎是否出了问题。早发现、早调整，能避免病情进一步发展。"),
    ]
    arts = "".join(
        f'<div class="feed-item"><h2 class="feed-title"><a href="/kepu/{n}.html" target="_blank">{t}</a></h2>'
        f'<div class="feed-meta"><span class="doc">{a}</span><span class="date">{d}</span></div>'
        f'<div class="feed-body"><p>{p}</p></div>'
        f'<p class="feed-more"><a href="/kepu/{n}.html" target="_blank">阅读全文 &gt;&gt;</a></p></div>' for t, a, d, n, p in latest)
    url = f"https://{HE_HOST}/latest/"
    page = he_head("最新文章 - 康健家", "健康科普,最新文章,医生科普", "康健家最新发布的医生科普文章。", url,
                   f'<link rel="alternate" type="application/rss+xml" title="康健家最新文章" href="https://{HE_HOST}/rss/latest.xml" />\n') + f"""<div class="w1200 kj-main clearfix">
<div class="kj-crumb">您的位置：<a href="https://{HE_HOST}/">首页</a> &gt; <span>最新文章</span></div>
<div class="kj-left">
<div class="col-head"><h2>最新文章</h2><p class="col-desc">按发布时间排序 · <a href="https://{HE_HOST}/rss/latest.xml">RSS订阅</a></p></div>
<div class="feed-list">{arts}</div>
<div class="pager"><span class="cur">1</span><a href="/latest/2.html">2</a><a href="/latest/3.html">3</a><a href="/latest/2.html">下一页</a></div>
</div>
""" + he_side() + "</div>\n" + he_foot()
    emit("f-health-4", page, "utf-8", url=url, charset="", listing=True)


# ---------------------------------------------------------------------------
# f-twblog: 墨林部落格, a Taiwanese blog platform (痞客邦-like), Big5, 繁體.
# ---------------------------------------------------------------------------

TW_PLAT = "www.molin.com.tw"
TW_BLOG = "yuxiang.molin.com.tw"


TW_BANNER = f'<div id="banner"><h1><a href="http://{TW_BLOG}/blog">雨巷慢讀</a></h1><h2>在城市的縫隙裡，撿拾一些慢慢的字。</h2></div>'


def tw_head(title, desc, url, extra="", banner=TW_BANNER):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-TW" lang="zh-TW">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5" />
<meta http-equiv="Content-Language" content="zh-TW" />
<title>{title}</title>
<meta name="description" content="{desc}" />
<meta property="og:site_name" content="墨林部落格" />
<meta property="og:title" content="{title}" />
<meta property="og:description" content="{desc}" />
<meta property="og:url" content="{url}" />
<meta property="og:locale" content="zh_TW" />
{extra}<link rel="canonical" href="{url}" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="http://{TW_BLOG}/blog/feed/rss" />
<link rel="stylesheet" type="text/css" href="http://s.molin.com.tw/blog/theme/rainyday/style.css?v=1546" />
<link rel="stylesheet" type="text/css" href="http://s.molin.com.tw/blog/css/common.css?v=1546" />
<script type="text/javascript" src="http://s.molin.com.tw/js/jquery-1.12.4.min.js"></script>
<script type="text/javascript">
var molin = molin || {{}};
molin.blog = {{"site":"yuxiang","blogName":"\\u96e8\\u5df7\\u6162\\u8b80","theme":"rainyday","ads":true}};
</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-1198273-4"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'UA-1198273-4');</script>
</head>
<body class="blog-body">
<div id="molin-bar"><div class="bar-inner"><a class="bar-logo" href="http://{TW_PLAT}/">墨林部落格</a>
<ul class="bar-links"><li><a href="http://{TW_PLAT}/">首頁</a></li><li><a href="http://{TW_PLAT}/hot">熱門文章</a></li><li><a href="http://{TW_PLAT}/category/literature">文學創作</a></li><li><a href="http://{TW_PLAT}/event">活動</a></li></ul>
<div class="bar-user"><a href="https://member.molin.com.tw/login">登入</a> <a href="https://member.molin.com.tw/signup">註冊</a></div></div></div>
<div id="container"><div id="container2"><div id="container3">
{banner}
<div id="main">
"""


def tw_side():
    cats = [("散文", 42), ("書與閱讀", 27), ("城市散步", 19), ("旅行手記", 11), ("日常碎語", 35)]
    cl = "".join(f'<li><a href="http://{TW_BLOG}/blog/category/{4410 + i}">{c} ({n})</a></li>' for i, (c, n) in enumerate(cats))
    recent = ["溫州街的舊書店", "颱風夜的蠟燭", "母親的針線盒", "在淡水線上讀完一本小說", "外婆的灶腳", "冬至的湯圓"]
    rl = "".join(f'<li><a href="http://{TW_BLOG}/blog/post/{228390000 + i * 977}">{t}</a></li>' for i, t in enumerate(recent))
    return f"""<div id="links"><div id="links-row-1">
<div class="box" id="about-me"><h3 class="box-title">關於我</h3><div class="box-body"><img src="http://pic.molin.com.tw/yuxiang/avatar_120.jpg" width="120" height="120" alt="雨巷" /><p class="user-name">雨巷</p><p><a href="http://{TW_BLOG}/profile">個人資訊</a> | <a href="http://{TW_BLOG}/blog/feed/rss">訂閱</a></p></div></div>
<div class="box" id="category"><h3 class="box-title">文章分類</h3><div class="box-body"><ul>{cl}</ul></div></div>
<div class="box" id="recent"><h3 class="box-title">最新文章</h3><div class="box-body"><ul>{rl}</ul></div></div>
<div class="box" id="comment-recent"><h3 class="box-title">最新留言</h3><div class="box-body"><ul><li><a>小麥：好懷念小時候的灶腳…</a></li><li><a>阿凱：溫州街那間我也去過！</a></li><li><a>路過的讀者：寫得好溫柔</a></li></ul></div></div>
<div class="box" id="search"><h3 class="box-title">文章搜尋</h3><div class="box-body"><form action="http://{TW_BLOG}/blog/search" method="get"><input type="text" name="q" /><input type="submit" value="搜尋" /></form></div></div>
<div class="box" id="ad-side"><div class="box-body"><script type="text/javascript">molin.ads.show("sidebar-300x250");</script></div></div>
<div class="box" id="visitor"><h3 class="box-title">參觀人氣</h3><div class="box-body"><ul><li>本日人氣：<span>57</span></li><li>累積人氣：<span>214,830</span></li></ul></div></div>
</div></div>
"""


TW_OWNER = "<p>雨巷慢讀 &copy; 2012-2021 本部落格文字與圖片著作權屬作者所有，轉載請先來信取得同意。</p>"


def tw_foot(owner=TW_OWNER):
    return f"""<div id="footer"><div id="footer-inner">
{owner}
<p>Powered by <a href="http://{TW_PLAT}/">墨林部落格 MOLIN</a> | <a href="http://{TW_PLAT}/terms">服務條款</a> | <a href="http://{TW_PLAT}/privacy">隱私權政策</a> | <a href="http://{TW_PLAT}/report">檢舉</a></p>
</div></div>
</div></div></div>
<script type="text/javascript" src="http://s.molin.com.tw/blog/js/blog.js?v=1546"></script>
</body>
</html>
"""


def tw_post(*, pid, title, cat, cat_id, dt, items, tags, hits, comments, prev, next_):
    y, m, d, wk, tm = dt
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    url = f"http://{TW_BLOG}/blog/post/{pid}"
    body = "\n<p>&nbsp;</p>\n".join(f"<p>{it[1]}</p>" for it in items if it[0] == "p")
    tg = "".join(f'<a rel="tag" href="http://{TW_BLOG}/blog/tag/{t}">{t}</a>' for t in tags)
    com = "".join(f'<li class="post-comment" id="comment-{pid % 100000 + i}"><div class="comment-head"><span class="comment-name">{n}</span> 於 {t} 回覆</div><div class="comment-text"><p>{c}</p></div></li>' for i, (n, t, c) in enumerate(comments))
    desc = plain(items[0][1])[:70]
    extra = (f'<meta property="og:type" content="article" />\n<meta property="og:image" content="http://pic.molin.com.tw/yuxiang/{pid}_cover.jpg" />\n'
             f'<meta property="article:published_time" content="{y}-{m:02d}-{d:02d}T{tm}:00+08:00" />\n<meta property="article:author" content="http://{TW_BLOG}" />\n')
    return url, tw_head(f"{title} @ 雨巷慢讀 :: 墨林部落格 ::", desc, url, extra) + f"""<div id="content"><div class="inner-box article" id="article-{pid}">
<ul class="article-head">
<li class="publish"><span class="month">{months[m - 1]}</span> <span class="date">{d}</span> <span class="day">{wk}</span> <span class="year">{y}</span> <span class="time">{tm}</span></li>
<li class="title" data-site-category="文學創作"><h2><a href="{url}">{title}</a></h2></li>
<li class="public"><a href="http://{TW_BLOG}/blog/category/{cat_id}" class="category">個人分類：{cat}</a></li>
</ul>
<div class="article-body">
<div class="article-content"><div class="article-content-inner" id="article-content-inner">
{body}
</div></div>
<div class="tag-container-parent"><div class="tag-container"><span class="tag-text">文章標籤</span>{tg}</div></div>
<div class="article-keyword">全站熱搜 <a href="http://{TW_PLAT}/search?q=散文">散文</a> <a href="http://{TW_PLAT}/search?q=生活">生活</a></div>
<div class="ad-in-article"><script type="text/javascript">molin.ads.show("article-bottom-728x90");</script></div>
<div class="author-profile"><div class="author-profile__header">創作者介紹</div><img class="author-profile__avatar" src="http://pic.molin.com.tw/yuxiang/avatar_60.jpg" width="60" height="60" alt="" /><p class="author-profile__name">雨巷</p><p class="author-profile__blog"><a href="http://{TW_BLOG}/blog">雨巷慢讀</a></p><a class="author-profile__follow" href="javascript:;">追蹤</a></div>
</div>
<ul class="article-footer"><li class="author">雨巷 發表在 <a href="http://{TW_PLAT}/">墨林部落格</a> <a href="#comments">留言({len(comments)})</a> <a class="hits">人氣({hits})</a></li></ul>
<ul class="refer"><li><a href="javascript:;" class="share-fb">分享至 Facebook</a></li><li><a href="javascript:;" class="share-line">分享至 LINE</a></li><li><a href="javascript:;" class="share-plurk">分享至 Plurk</a></li></ul>
<div class="article-nav"><span class="previous">&laquo; 上一篇：<a href="http://{TW_BLOG}/blog/post/{pid - 1613}">{prev}</a></span> <span class="next">下一篇：<a href="http://{TW_BLOG}/blog/post/{pid + 2081}">{next_}</a> &raquo;</span></div>
<div id="comments"><h4>留言列表 ({len(comments)})</h4><ul class="comment-list">{com}</ul>
<div class="comment-form"><p>發表留言</p><form action="http://{TW_BLOG}/blog/post/{pid}/comment" method="post"><p>暱稱 <input type="text" name="name" /></p><p>標題 <input type="text" name="title" /></p><p><textarea name="body" rows="6" cols="50"></textarea></p><p><label><input type="checkbox" name="secret" /> 悄悄話</label> <input type="submit" value="送出留言" /></p></form></div></div>
</div></div>
""" + tw_side() + "</div>\n" + tw_foot()


def make_twblog():
    # --- f-twblog-1 -------------------------------------------------------------------------
    items = [
        ("p", "外婆家的灶腳在老厝的最後面，要穿過兩道門檻才到得了。小時候每年寒假回鄉下，我最喜歡的地方不是曬穀場，也不是村口的雜貨店，而是那間終年瀰漫著柴煙味的廚房。"),
        ("p", "灶是用紅磚砌的，上面嵌著兩口大鐵鍋，一口煮飯，一口炒菜。灶口旁邊堆著劈好的龍眼木，外婆說龍眼木火旺、煙少，燒出來的飯特別香。我常常蹲在灶口前幫忙添柴，火光把臉烤得發燙，外婆就在一旁笑我是「小灶神」。"),
        ("p", "過年前那幾天是灶腳最熱鬧的時候。外婆要蒸年糕、炊蘿蔔糕、滷一大鍋豬腳，還要準備拜拜用的三牲。蒸籠一層一層疊上去，白色的蒸氣從縫隙裡竄出來，整間廚房像籠罩在霧裡。我和表弟妹們擠在門口，等著第一塊剛出爐的年糕，燙得在兩手之間拋來拋去也捨不得放下。"),
        ("p", "外婆話不多，做事卻極有條理。哪個罐子裝鹽，哪個罐子裝糖，醬油要用哪一家的，她從來不需要看就伸手拿得到。我問她怎麼記得那麼清楚，她說：「東西放久了，就會自己認得路。」那時候我聽不懂，只覺得外婆在說玄話。"),
        ("p", "後來老厝改建，紅磚灶被拆掉了，換成了瓦斯爐和流理台。外婆嘴上說這樣方便多了，卻常常一個人站在新廚房裡發呆，好像在找什麼。有一年我回去，看見她把一個舊鐵鍋洗得乾乾淨淨，收在櫥櫃最底層，說是捨不得丟。"),
        ("p", "外婆走了以後，舅舅把那口鐵鍋給了我。它現在放在我台北小公寓的廚房裡，太大了，幾乎派不上用場。偶爾我把它拿出來擦一擦，手指摸過鍋底那層洗不掉的黑，彷彿又聞到了龍眼木燃燒的味道。"),
        ("p", "原來東西放久了，真的會自己認得路。它認得的，是回家的路。"),
    ]
    url, page = tw_post(pid=228391045, title="外婆的灶腳", cat="散文", cat_id=4410, dt=(2019, 3, 14, "Thu", "22:15"),
                        items=items, tags=["外婆", "灶腳", "散文", "過年"], hits="1,204",
                        comments=[("小麥", "2019/03/15 08:21", "好懷念小時候的灶腳，我阿嬤也是用龍眼木。"),
                                  ("阿凱", "2019/03/15 12:47", "最後兩句好溫柔。"),
                                  ("雨巷", "2019/03/15 21:30", "謝謝你們讀到最後。")],
                        prev="冬至的湯圓", next_="在淡水線上讀完一本小說")
    emit("f-twblog-1", page, "big5", url=url, charset="big5", title="外婆的灶腳", author="雨巷",
         published="2019-03-14", items=items)

    # --- f-twblog-2 -------------------------------------------------------------------------
    items = [
        ("p", "溫州街巷子裡有一間小小的舊書店，招牌褪色得幾乎看不出字，不仔細找很容易錯過。我第一次走進去是大學時代的某個雨天，原本只是想躲雨，結果在裡面待了整整一個下午。"),
        ("p", "店裡的書堆得很滿，從地板一路疊到天花板，走道窄得只容一個人側身通過。老闆是個頭髮花白的伯伯，總是坐在門口的藤椅上讀報，客人進來也不招呼，只在結帳的時候抬起頭，從老花眼鏡上方看你一眼。"),
        ("p", "舊書最迷人的地方，是它們都帶著前一位主人的痕跡。有人在扉頁寫下購書的日期和地點，有人在書頁間夾了一張電影票根，也有人用鉛筆在某一段文字旁邊畫了淡淡的線。我曾經買到一本詩集，內頁夾著一張泛黃的便條紙，上面寫著：「等你回來，我們再去看一次海。」沒有署名，也沒有日期。"),
        ("p", "那張紙條我一直留著。我常常想，寫下這句話的人後來有沒有等到對方？他們最後去看海了嗎？這本詩集又是怎麼從他們的書架上，一路流轉到這間小店，再來到我手裡的？"),
        ("p", "這幾年，身邊的獨立書店一間一間收掉，網路書店的折扣越來越低，連我自己也越來越少走進實體書店。去年秋天，我特地繞回溫州街，發現那間舊書店還在，只是門口的藤椅空著。店裡換成一位年輕人顧店，他說伯伯身體不好，已經很少來了。"),
        ("p", "我在店裡待了一會兒，買了兩本書。結帳時年輕人幫我把書包好，順手在裡面夾了一張書籤，上面印著店名和一句話：「每一本書，都在等它的下一個讀者。」"),
        ("p", "走出店門的時候，天又下起了雨。我把書抱在懷裡，忽然覺得，那些在舊書頁間流轉的字句和心事，大概也是一種等待吧──等著被某個陌生人在某個下雨的午後，輕輕翻開。"),
    ]
    url, page = tw_post(pid=228402118, title="溫州街的舊書店", cat="書與閱讀", cat_id=4411, dt=(2020, 6, 2, "Tue", "23:40"),
                        items=items, tags=["舊書店", "溫州街", "台北", "閱讀"], hits="2,871",
                        comments=[("阿凱", "2020/06/03 09:02", "溫州街那間我也去過！老闆真的都不說話。"),
                                  ("路過的讀者", "2020/06/03 22:16", "寫得好溫柔，想去找那張紙條的主人。"),
                                  ("書蟲阿曼", "2020/06/05 14:33", "獨立書店真的要多支持。"),
                                  ("雨巷", "2020/06/05 23:01", "謝謝大家，有空一起去逛逛。")],
                        prev="颱風夜的蠟燭", next_="母親的針線盒")
    emit("f-twblog-2", page, "big5", url=url, charset="", title="溫州街的舊書店", author="雨巷",
         published="2020-06-02", items=items)

    # --- f-twblog-3: 作者主頁, a two-sentence bio and the author's articles (listing) --------
    posts = [
        ("溫州街的舊書店", "2020-06-02", 228402118, "一間招牌褪色的舊書店，和一張夾在詩集裡的便條紙。"),
        ("颱風夜的蠟燭", "2020-04-18", 228400505, "停電的夜裡，一家人圍著一根蠟燭說話。"),
        ("母親的針線盒", "2020-02-09", 228398871, "針線盒裡收著的，是母親沒說出口的日子。"),
        ("在淡水線上讀完一本小說", "2019-10-21", 228393126, "從台北車站到淡水，剛好是一本中篇小說的長度。"),
        ("外婆的灶腳", "2019-03-14", 228391045, "紅磚灶、龍眼木和一口捨不得丟的舊鐵鍋。"),
        ("冬至的湯圓", "2018-12-22", 228389432, "搓湯圓的時候，廚房裡總是特別吵。"),
        ("巷口的修鞋攤", "2018-09-30", 228385210, "修鞋的阿伯說，好鞋子是走出來的。"),
        ("九份的霧", "2018-06-17", 228381977, "霧來的時候，整座山城都安靜了下來。"),
        ("一個人的早餐店", "2018-03-05", 228378604, "每天早上七點，同一個位子，同一份蛋餅。"),
        ("父親的腳踏車", "2017-11-11", 228374332, "那台腳踏車載過我上學，也載過父親最後一次去市場。"),
        ("關於雨的十個片段", "2017-06-06", 228370190, "台北的雨，總是在你沒帶傘的時候落下。"),
        ("舊相簿", "2017-01-28", 228366815, "翻開相簿，才發現自己早就忘了那些人的名字。"),
    ]
    lis = "".join(
        f'<li class="profile-post"><h3><a href="http://{TW_BLOG}/blog/post/{p}">{t}</a></h3><p class="post-date">{d.replace("-", "/")}</p>'
        f'<p class="post-summary">{s}</p><p class="post-stat">人氣({num(p, 300, 4000):,}) 留言({num(p, 0, 12)})</p></li>' for t, d, p, s in posts)
    url = f"http://{TW_BLOG}/profile"
    page = tw_head("雨巷的個人資訊 @ 雨巷慢讀 :: 墨林部落格 ::", "雨巷，寫散文的人，住在台北。", url) + f"""<div id="content"><div class="inner-box profile-page">
<div class="profile-card"><img src="http://pic.molin.com.tw/yuxiang/avatar_120.jpg" width="120" height="120" alt="雨巷" />
<h2 class="profile-name">雨巷</h2><p class="profile-id">yuxiang</p>
<div class="profile-bio"><p>寫散文的人，白天在出版社當編輯，晚上在這裡寫一點自己的字。喜歡下雨天、舊書店和慢慢走路的城市。</p></div>
<ul class="profile-meta"><li>所在地：台北市</li><li>加入時間：2012/04/09</li><li>文章：134 篇</li><li>追蹤者：1,086</li></ul>
<p class="profile-act"><a class="btn-follow" href="javascript:;">追蹤</a> <a class="btn-msg" href="http://{TW_BLOG}/guestbook">留言板</a></p></div>
<div class="profile-posts"><h3 class="box-title">雨巷的文章</h3><ul>{lis}</ul>
<div class="page-nav"><span class="current">1</span> <a href="http://{TW_BLOG}/profile?page=2">2</a> <a href="http://{TW_BLOG}/profile?page=3">3</a> <a href="http://{TW_BLOG}/profile?page=2">下一頁 &raquo;</a></div></div>
</div></div>
""" + tw_side() + "</div>\n" + tw_foot()
    emit("f-twblog-3", page, "big5", url=url, charset="big5", listing=True)

    # --- f-twblog-4: 文學獎報名表 form (listing) --------------------------------------------
    url = f"http://{TW_PLAT}/event/2021essay/signup"
    ev_banner = f'<div id="banner" class="platform-banner"><h1><a href="http://{TW_PLAT}/event">墨林活動專區</a></h1><h2>寫作、閱讀與分享的每一場相遇。</h2></div>'
    ev_side = f"""<div id="links"><div id="links-row-1">
<div class="box"><h3 class="box-title">進行中的活動</h3><div class="box-body"><ul><li><a href="http://{TW_PLAT}/event/2021essay">第五屆墨林散文獎</a></li><li><a href="http://{TW_PLAT}/event/2021reading">夏日共讀計畫</a></li><li><a href="http://{TW_PLAT}/event/2021photo">城市散步攝影徵件</a></li></ul></div></div>
<div class="box"><h3 class="box-title">歷屆得獎作品</h3><div class="box-body"><ul><li><a href="http://{TW_PLAT}/event/2020essay/winners">第四屆得獎名單</a></li><li><a href="http://{TW_PLAT}/event/2019essay/winners">第三屆得獎名單</a></li></ul></div></div>
</div></div>
"""
    page = tw_head("第五屆墨林散文獎 線上報名 :: 墨林部落格 ::", "第五屆墨林散文獎徵件開跑，即日起至2021年8月31日止受理線上報名。", url, banner=ev_banner) + f"""<div id="content"><div class="inner-box event-page">
<div class="event-banner"><img src="http://s.molin.com.tw/event/2021essay/banner_760x240.jpg" width="760" height="240" alt="第五屆墨林散文獎" /></div>
<h2 class="event-title">第五屆墨林散文獎 線上報名表</h2>
<p class="event-period">收件期間：2021/06/01 至 2021/08/31 23:59</p>
<ul class="event-rules"><li>題材不限，須為未曾公開發表之中文散文創作。</li><li>字數以一千五百字至三千字為限。</li><li>每人限投一篇，請勿一稿多投。</li><li>首獎一名，獎金新台幣三萬元。</li></ul>
<form class="signup-form" action="http://{TW_PLAT}/event/2021essay/submit" method="post" enctype="multipart/form-data">
<input type="hidden" name="csrf_token" value="7f3a9c0e51b2" />
<table class="form-table">
<tr><th><label for="f-name">真實姓名 <span class="req">*</span></label></th><td><input type="text" id="f-name" name="realname" size="30" /></td></tr>
<tr><th><label for="f-pen">筆名</label></th><td><input type="text" id="f-pen" name="penname" size="30" /></td></tr>
<tr><th><label>性別</label></th><td><label><input type="radio" name="gender" value="f" /> 女</label> <label><input type="radio" name="gender" value="m" /> 男</label> <label><input type="radio" name="gender" value="o" /> 不便透露</label></td></tr>
<tr><th><label for="f-birth">出生年月日 <span class="req">*</span></label></th><td><input type="text" id="f-birth" name="birth" placeholder="例：1990/01/01" /></td></tr>
<tr><th><label for="f-mail">電子郵件 <span class="req">*</span></label></th><td><input type="text" id="f-mail" name="email" size="40" /></td></tr>
<tr><th><label for="f-tel">聯絡電話 <span class="req">*</span></label></th><td><input type="text" id="f-tel" name="tel" /></td></tr>
<tr><th><label for="f-addr">通訊地址</label></th><td><select name="city"><option>請選擇縣市</option><option>台北市</option><option>新北市</option><option>桃園市</option><option>台中市</option><option>台南市</option><option>高雄市</option><option>其他</option></select> <input type="text" id="f-addr" name="address" size="40" /></td></tr>
<tr><th><label for="f-title">作品題目 <span class="req">*</span></label></th><td><input type="text" id="f-title" name="work_title" size="40" /></td></tr>
<tr><th><label for="f-words">作品字數 <span class="req">*</span></label></th><td><input type="text" id="f-words" name="words" size="8" /> 字</td></tr>
<tr><th><label for="f-file">上傳作品 <span class="req">*</span></label></th><td><input type="file" id="f-file" name="work_file" /><p class="hint">限 .doc / .docx / .pdf 檔，大小不超過 5MB，檔案內請勿出現姓名。</p></td></tr>
<tr><th><label for="f-bio">作者簡介</label></th><td><textarea id="f-bio" name="bio" rows="4" cols="50"></textarea><p class="hint">一百字以內。</p></td></tr>
<tr><th><label>得知活動管道</label></th><td><label><input type="checkbox" name="from" value="blog" /> 墨林部落格</label> <label><input type="checkbox" name="from" value="fb" /> Facebook</label> <label><input type="checkbox" name="from" value="friend" /> 親友介紹</label> <label><input type="checkbox" name="from" value="other" /> 其他</label></td></tr>
<tr><th></th><td><label><input type="checkbox" name="agree" value="1" /> 我已詳閱並同意<a href="http://{TW_PLAT}/event/2021essay/rules" target="_blank">徵件辦法</a>及<a href="http://{TW_PLAT}/privacy" target="_blank">個人資料蒐集聲明</a></label></td></tr>
</table>
<p class="form-submit"><input type="submit" value="確認送出" /> <input type="reset" value="重新填寫" /></p>
</form>
<p class="event-contact">活動洽詢：墨林部落格編輯部 event@molin.com.tw（週一至週五 10:00-18:00）</p>
</div></div>
""" + ev_side + "</div>\n" + tw_foot("<p>&copy; 2021 MOLIN 墨林部落格 版權所有</p>")
    emit("f-twblog-4", page, "big5", url=url, charset="", listing=True)


# ---------------------------------------------------------------------------
# f-gov: 东岭省人民政府 (invented province), a TRS WCM portal, UTF-8.
# ---------------------------------------------------------------------------

GOV_HOST = "www.dongling.gov.cn"


def gov_head(title, metas, rel="../../.."):
    m = "".join(f'<meta name="{k}" content="{v}">\n' for k, v in metas)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<title>{title}</title>
<meta name="SiteName" content="东岭省人民政府">
<meta name="SiteDomain" content="{GOV_HOST}">
<meta name="SiteIDCode" content="5800000012">
{m}<link href="{rel}/images/dl_common.css" rel="stylesheet" type="text/css" />
<link href="{rel}/images/dl_article.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="{rel}/images/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="{rel}/images/dl_common.js"></script>
<script type="text/javascript" src="https://assist.dongling.gov.cn/aria/aria.js?appid=dl2019" charset="utf-8" defer></script>
</head>
<body>
<div class="dl-topbar"><div class="w1200"><span class="dl-date" id="curDate"></span><script>document.getElementById("curDate").innerHTML = new Date().toLocaleDateString();</script>
<div class="dl-topbar-r"><a href="javascript:;" id="assistOpen">无障碍</a> | <a href="javascript:;" id="elderMode">长者模式</a> | <a href="javascript:;" id="toFt">繁體</a> | <a href="http://en.dongling.gov.cn/">English</a> | <a href="https://zwfw.dongling.gov.cn/login">登录</a></div></div></div>
<div class="dl-header"><div class="w1200"><a class="dl-logo" href="http://{GOV_HOST}/"><img src="{rel}/images/dl_logo.png" alt="东岭省人民政府" /></a>
<div class="dl-search"><form action="http://so.dongling.gov.cn/search" method="get" target="_blank"><input type="text" name="q" placeholder="请输入关键词" /><input type="hidden" name="siteCode" value="5800000012" /><button type="submit">搜索</button></form></div></div></div>
<div class="dl-nav"><ul class="w1200"><li><a href="http://{GOV_HOST}/">首页</a></li><li><a href="http://{GOV_HOST}/ywdt/">要闻动态</a></li><li class="on"><a href="http://{GOV_HOST}/zwgk/">政务公开</a></li><li><a href="https://zwfw.dongling.gov.cn/">政务服务</a></li><li><a href="http://{GOV_HOST}/hdjl/">互动交流</a></li><li><a href="http://{GOV_HOST}/zjdl/">走进东岭</a></li></ul></div>
"""


def gov_foot(rel="../../.."):
    return f"""<div class="dl-links"><div class="w1200"><span>相关链接：</span><select onchange="if(this.value)window.open(this.value)"><option value="">国务院部门网站</option><option value="http://www.gov.cn/">中国政府网</option></select> <select onchange="if(this.value)window.open(this.value)"><option value="">省直部门网站</option><option value="http://fgw.dongling.gov.cn/">省发展改革委</option><option value="http://ybj.dongling.gov.cn/">省医疗保障局</option></select> <select><option>市州政府网站</option></select></div></div>
<div class="dl-footer"><div class="w1200">
<div class="dl-footer-l"><a href="http://bszs.conac.cn/sitename?method=show&amp;id=5800000012" target="_blank"><img src="{rel}/images/red.png" alt="党政机关" /></a> <a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=5800000012" target="_blank"><img src="{rel}/images/jiucuo.png" alt="政府网站找错" /></a></div>
<div class="dl-footer-c"><p><a href="http://{GOV_HOST}/wzdt/">网站地图</a> | <a href="http://{GOV_HOST}/lxwm/">联系我们</a> | <a href="http://{GOV_HOST}/wzsm/">网站声明</a></p>
<p>主办：东岭省人民政府办公厅 承办：东岭省大数据中心</p>
<p>网站标识码：5800000012 <a href="https://beian.miit.gov.cn/" target="_blank">东ICP备05007712号</a> <a href="http://www.beian.gov.cn/" target="_blank">东公网安备 58010202000137号</a></p>
<p>建议使用1366×768分辨率 IE10以上版本浏览器</p></div>
</div></div>
<script type="text/javascript">var _maq = _maq || []; _maq.push(['_setAccount', 'dlszf']); (function(){{var ma=document.createElement('script');ma.src='https://tj.dongling.gov.cn/ma.js';document.body.appendChild(ma);}})();</script>
</body>
</html>
"""


def gov_article(*, title, page_title, col, colpath, date, time_, source, body_html, docpath, related, tail, kw):
    url = f"http://{GOV_HOST}/{colpath}/{docpath}.html"
    metas = [("ColumnName", col), ("ColumnDescription", f"东岭省人民政府{col}"), ("ColumnKeywords", col),
             ("ColumnType", col), ("ArticleTitle", title), ("PubDate", f"{date} {time_}"),
             ("ContentSource", source), ("Keywords", kw), ("Author", source), ("Description", title),
             ("Url", url)]
    rel = "".join(f'<li><a href="{u}" target="_blank">{t}</a></li>' for t, u in related)
    return url, gov_head(page_title, metas) + f"""<div class="w1200 dl-main">
<div class="dl-position">当前位置：<a href="http://{GOV_HOST}/">首页</a> &gt; <a href="http://{GOV_HOST}/zwgk/">政务公开</a> &gt; <a href="http://{GOV_HOST}/{colpath}/">{col}</a></div>
<div class="dl-article">
<h1 class="dl-article-title">{title}</h1>
<div class="dl-article-info"><span>发布时间：{date} {time_}</span><span>来源：{source}</span><span>浏览次数：<script language="javascript" src="http://{GOV_HOST}/trs/count.jsp?docid={docpath[-7:]}"></script></span>
<span class="dl-font">字号：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span></div>
<div class="dl-article-content" id="zoom">
<!--<$[信息内容]>begin-->{body_html}<!--<$[信息内容]>end-->
</div>
{tail}
<div class="dl-related"><h3>相关文件</h3><ul>{rel}</ul></div>
<div class="dl-article-tools"><span class="share">分享到：<a class="wx" href="javascript:;">微信</a> <a class="wb" href="javascript:;">微博</a></span>
<a href="http://{GOV_HOST}/{colpath}/{docpath}_print.html" target="_blank">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
</div>
""" + gov_foot()


def make_gov():
    # --- f-gov-1: 政策解读 in the old TRS_Editor markup; <title> is only the site name ------------
    items = [
        ("p", "近日，省人民政府办公厅印发《东岭省关于进一步支持中小微企业纾困发展的若干措施》（以下简称《若干措施》）。为便于社会各界准确理解和把握政策内容，现就有关情况解读如下。"),
        ("h", "一、出台背景"),
        ("p", "中小微企业是稳增长、保就业、促创新的重要力量。当前，受市场需求不足、原材料价格波动、融资成本偏高等多重因素影响，我省部分中小微企业生产经营面临较大困难。为帮助企业渡过难关、恢复元气，省发展改革委会同省工业和信息化厅、省财政厅等部门，在深入调研、广泛征求意见的基础上，研究起草了《若干措施》，经省政府同意后印发实施。"),
        ("h", "二、主要内容"),
        ("p", "《若干措施》共五个方面十八条，主要内容包括："),
        ("p", "（一）加大财税支持力度。对符合条件的小型微利企业，落实好国家各项减税降费政策；省级财政统筹安排专项资金，对吸纳就业人数较多、稳岗效果明显的中小微企业给予一次性奖补。"),
        ("p", "（二）强化金融服务保障。引导银行业金融机构加大对中小微企业的信贷投放，力争全年普惠型小微企业贷款增速不低于各项贷款平均增速；扩大省级政府性融资担保业务规模，担保费率原则上不超过1%。"),
        ("p", "（三）降低企业经营成本。对生产经营困难的中小微企业，可申请缓缴社会保险费；国有房屋出租方对承租的小微企业和个体工商户，可按规定减免部分租金。"),
        ("p", "（四）帮助企业开拓市场。支持中小微企业参加各类展会，对参展费用给予一定比例补贴；在政府采购中，进一步提高面向中小企业的预留份额。"),
        ("p", "（五）优化涉企服务环境。建立健全常态化政企沟通机制，畅通企业诉求反映渠道；严格规范涉企检查，坚决防止和纠正拖欠中小企业账款问题。"),
        ("h", "三、适用对象"),
        ("p", "《若干措施》的适用对象为在我省依法登记注册、符合国家中小企业划型标准的中小微企业，部分条款同时适用于个体工商户。具体适用范围以各条款表述为准。"),
        ("h", "四、申报方式"),
        ("p", "企业可通过“东岭政务服务网”或各地政务服务中心窗口了解和申报相关政策。各市、县（区）相关部门将在《若干措施》印发之日起一个月内，制定出台具体实施细则，明确申报条件、办理流程和兑现时限。"),
        ("h", "五、实施期限"),
        ("p", "《若干措施》自印发之日起施行，有效期至2024年12月31日。国家出台相关支持政策的，从其规定。"),
    ]
    body = ['<div class=TRS_Editor><STYLE type=text/css>\n.TRS_Editor P{margin-top:0px;margin-bottom:12px;line-height:2;font-family:仿宋_GB2312;font-size:16pt;}.TRS_Editor DIV,.TRS_Editor TD,.TRS_Editor TH,.TRS_Editor SPAN{line-height:2;font-family:仿宋_GB2312;font-size:16pt;}\n</STYLE>']
    for it in items:
        if it[0] == "p":
            body.append(f'<P style="TEXT-JUSTIFY: inter-ideograph; TEXT-ALIGN: justify; TEXT-INDENT: 2em">{it[1]}</P>')
        else:
            body.append(f'<P style="TEXT-JUSTIFY: inter-ideograph; TEXT-ALIGN: justify; TEXT-INDENT: 2em"><STRONG><FONT face=黑体>{it[1]}</FONT></STRONG></P>')
    body.append("</div>")
    title = "《东岭省关于进一步支持中小微企业纾困发展的若干措施》政策解读"
    tail = """<div class="dl-jd-info"><p>解读机关：东岭省发展和改革委员会</p><p>解读人：省发展改革委中小企业服务处</p><p>联系电话：0581-87052316</p></div>"""
    url, page = gov_article(
        title=title, page_title="东岭省人民政府", col="政策解读", colpath="zwgk/zcjd",
        date="2023-06-12", time_="16:30", source="省发展改革委", body_html="\n".join(body),
        docpath="202306/t20230612_4823019", tail=tail, kw="中小微企业,纾困,若干措施,政策解读",
        related=[("东岭省人民政府办公厅关于印发《东岭省关于进一步支持中小微企业纾困发展的若干措施》的通知", f"http://{GOV_HOST}/zwgk/zcwj/szfbgtwj/202306/t20230609_4822871.html"),
                 ("一图读懂｜支持中小微企业纾困发展十八条", f"http://{GOV_HOST}/zwgk/zcjd/202306/t20230613_4823140.html")])
    emit("f-gov-1", page, "utf-8", url=url, charset="utf-8", title=title, author="",
         published="2023-06-12", items=items)

    # --- f-gov-2: 问答式解读 in TRS_UEDITOR markup ------------------------------------------
    items = [
        ("p", "2023年11月，省医疗保障局、省财政厅联合印发《东岭省城乡居民基本医疗保险实施办法》（以下简称《办法》），自2024年1月1日起施行。围绕群众关心的热点问题，现将有关政策解答如下。"),
        ("h", "问：哪些人可以参加城乡居民基本医疗保险？"),
        ("p", "答：除职工基本医疗保险应参保人员以外的其他所有城乡居民，均可参加城乡居民基本医疗保险，包括农村居民、城镇非从业居民、在校学生、未成年人等。持有居住证的非本省户籍人员，可以在居住地参保。"),
        ("h", "问：参保缴费时间是怎么规定的？"),
        ("p", "答：城乡居民医保实行年度缴费制度，集中缴费期一般为每年9月1日至12月31日，缴费后享受次年1月1日至12月31日的医保待遇。新生儿、退役军人等特殊人群可在规定时间内随时参保。"),
        ("h", "问：《办法》在待遇保障方面有哪些变化？"),
        ("p", "答：《办法》进一步统一了全省普通门诊、门诊慢特病和住院的待遇政策。其中，参保人员在基层医疗机构住院的，政策范围内费用报销比例不低于80%；同时将门诊慢特病病种统一为40种，实现全省范围内病种名称和认定标准的统一。"),
        ("h", "问：跨市就医如何报销？"),
        ("p", "答：参保人员在省内跨市就医，无需办理备案手续，直接持医保电子凭证或社会保障卡就医结算，执行与参保地相同的报销政策。到省外就医的，应按规定办理异地就医备案。"),
        ("h", "问：断缴后重新参保有什么影响？"),
        ("p", "答：为鼓励连续参保，《办法》规定，未在集中缴费期内参保或中断缴费的，重新参保后设置一定的待遇等待期，等待期内发生的医疗费用医保基金不予支付。具体等待期长短，按照国家和省有关规定执行。"),
    ]
    body = ['<div class="view TRS_UEDITOR trs_paper_default trs_web">']
    for it in items:
        if it[0] == "p":
            body.append(f'<p style="text-indent: 2em; text-align: justify;">{it[1]}</p>')
        else:
            body.append(f'<p style="text-indent: 2em; text-align: justify;"><strong>{it[1]}</strong></p>')
    body.append('<p style="text-align: right;"><span style="font-family: 仿宋_GB2312;">（省医疗保障局）</span></p></div>')
    title = "关于《东岭省城乡居民基本医疗保险实施办法》的政策问答"
    url, page = gov_article(
        title=title, page_title=f"{title}_政策解读_东岭省人民政府", col="政策解读", colpath="zwgk/zcjd",
        date="2023-11-30", time_="09:15", source="省医疗保障局", body_html="\n".join(body),
        docpath="202311/t20231130_4861122", tail="", kw="城乡居民医保,实施办法,政策问答",
        related=[("东岭省医疗保障局 东岭省财政厅关于印发《东岭省城乡居民基本医疗保险实施办法》的通知", f"http://{GOV_HOST}/zwgk/zcwj/bmwj/202311/t20231128_4860907.html")])
    emit("f-gov-2", page, "utf-8", url=url, charset="", title=title, author="",
         published="2023-11-30", items=items)

    # --- f-gov-3: 政策文件库 (listing) ---------------------------------------------------------
    docs = [
        ("东政发〔2023〕18号", "东岭省人民政府关于印发东岭省国土空间规划（2021—2035年）的通知", "2023-11-02"),
        ("东政发〔2023〕17号", "东岭省人民政府关于加快建设现代化产业体系的实施意见", "2023-10-16"),
        ("东政发〔2023〕16号", "东岭省人民政府关于调整全省最低工资标准的通知", "2023-09-28"),
        ("东政办发〔2023〕41号", "东岭省人民政府办公厅关于进一步优化营商环境降低市场主体制度性交易成本的通知", "2023-09-12"),
        ("东政办发〔2023〕39号", "东岭省人民政府办公厅关于印发东岭省数字政府建设三年行动方案的通知", "2023-08-30"),
        ("东政发〔2023〕15号", "东岭省人民政府关于公布第三批省级非物质文化遗产代表性项目名录的通知", "2023-08-18"),
        ("东政办发〔2023〕36号", "东岭省人民政府办公厅关于促进养老托育服务健康发展的实施意见", "2023-08-04"),
        ("东政办发〔2023〕33号", "东岭省人民政府办公厅关于加强新时代高技能人才队伍建设的实施意见", "2023-07-21"),
        ("东政发〔2023〕14号", "东岭省人民政府关于表彰2022年度全省科学技术奖获奖者的决定", "2023-07-10"),
        ("东政办发〔2023〕30号", "东岭省人民政府办公厅关于印发东岭省关于进一步支持中小微企业纾困发展的若干措施的通知", "2023-06-09"),
        ("东政办发〔2023〕28号", "东岭省人民政府办公厅关于做好2023年普通高校毕业生就业创业工作的通知", "2023-05-26"),
        ("东政发〔2023〕12号", "东岭省人民政府关于加强耕地保护和改进占补平衡的实施意见", "2023-05-15"),
        ("东政办发〔2023〕25号", "东岭省人民政府办公厅关于印发东岭省城市更新行动实施方案的通知", "2023-04-28"),
        ("东政办发〔2023〕22号", "东岭省人民政府办公厅关于推进县域商业体系建设的实施意见", "2023-04-14"),
        ("东政发〔2023〕10号", "东岭省人民政府关于2023年度省级重点建设项目计划的通知", "2023-03-31"),
        ("东政办发〔2023〕19号", "东岭省人民政府办公厅关于加快发展保障性租赁住房的实施意见", "2023-03-17"),
        ("东政办发〔2023〕15号", "东岭省人民政府办公厅关于印发东岭省气象高质量发展规划的通知", "2023-03-03"),
        ("东政发〔2023〕7号", "东岭省人民政府关于取消和调整一批行政许可事项的决定", "2023-02-20"),
        ("东政办发〔2023〕9号", "东岭省人民政府办公厅关于做好2023年春季农业生产工作的通知", "2023-02-08"),
        ("东政发〔2023〕3号", "东岭省人民政府关于印发2023年省政府工作报告重点工作责任分工的通知", "2023-01-30"),
    ]
    rows = "".join(
        f'<tr><td class="xh">{i + 41}</td><td class="wh">{wh}</td><td class="bt"><a href="http://{GOV_HOST}/zwgk/zcwj/szfwj/{d[:4]}{d[5:7]}/t{d.replace("-", "")}_{4862000 - i * 1733}.html" target="_blank" title="{t}">{t}</a></td><td class="rq">{d}</td></tr>'
        for i, (wh, t, d) in enumerate(docs))
    url = f"http://{GOV_HOST}/zwgk/zcwj/szfwj/index_2.html"
    page = gov_head("省政府文件_政策文件库_东岭省人民政府", [
        ("ColumnName", "省政府文件"), ("ColumnDescription", "东岭省人民政府政策文件库"), ("ColumnKeywords", "政策文件,省政府文件"),
        ("ColumnType", "政策文件")]) + f"""<div class="w1200 dl-main">
<div class="dl-position">当前位置：<a href="http://{GOV_HOST}/">首页</a> &gt; <a href="http://{GOV_HOST}/zwgk/">政务公开</a> &gt; <a href="http://{GOV_HOST}/zwgk/zcwj/">政策文件库</a> &gt; <a href="http://{GOV_HOST}/zwgk/zcwj/szfwj/">省政府文件</a></div>
<div class="dl-zcwj">
<div class="dl-zcwj-side"><h3>政策文件库</h3><ul><li class="on"><a href="http://{GOV_HOST}/zwgk/zcwj/szfwj/">省政府文件</a></li><li><a href="http://{GOV_HOST}/zwgk/zcwj/szfbgtwj/">省政府办公厅文件</a></li><li><a href="http://{GOV_HOST}/zwgk/zcwj/bmwj/">部门文件</a></li><li><a href="http://{GOV_HOST}/zwgk/zcwj/gfxwj/">行政规范性文件</a></li><li><a href="http://{GOV_HOST}/zwgk/zcwj/yfzfwj/">已废止文件</a></li></ul></div>
<div class="dl-zcwj-main">
<form class="dl-zcwj-search" action="http://so.dongling.gov.cn/zcwj" method="get"><label>标题：<input type="text" name="title" /></label> <label>文号：<input type="text" name="wh" /></label> <label>成文年份：<select name="year"><option value="">全部</option><option>2023</option><option>2022</option><option>2021</option></select></label> <button type="submit">检索</button> <button type="reset">重置</button></form>
<table class="dl-zcwj-table" cellspacing="0" cellpadding="0"><thead><tr><th>序号</th><th>文号</th><th>标题</th><th>发布日期</th></tr></thead>
<tbody>{rows}</tbody></table>
<div class="dl-page"><script type="text/javascript">createPageHTML(9, 2, "index", "html");</script><a href="index.html">首页</a> <a href="index_1.html">上一页</a> <span class="cur">3</span> <a href="index_3.html">下一页</a> <a href="index_8.html">尾页</a> 共9页</div>
</div></div>
</div>
""" + gov_foot()
    emit("f-gov-3", page, "utf-8", url=url, charset="utf-8", listing=True)

    # --- f-gov-4: print preview whose content never loaded (listing) ---------------------------
    url = f"http://{GOV_HOST}/zwgk/zcjd/202311/t20231130_4861122_print.html"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>打印预览_东岭省人民政府</title>
<meta name="SiteName" content="东岭省人民政府">
<meta name="SiteDomain" content="{GOV_HOST}">
<meta name="SiteIDCode" content="5800000012">
<meta name="ColumnName" content="政策解读">
<meta name="ArticleTitle" content="关于《东岭省城乡居民基本医疗保险实施办法》的政策问答">
<meta name="PubDate" content="2023-11-30 09:15">
<link href="../../../images/dl_print.css" rel="stylesheet" type="text/css" media="all" />
<script type="text/javascript" src="../../../images/jquery-1.11.3.min.js"></script>
<script type="text/javascript">
$(function () {{
  var src = "./t20231130_4861122.html";
  $.get(src, function (html) {{
    var box = $(html).find("#zoom");
    $("#printContent").html(box.html());
    $("#printLoading").hide();
  }});
}});
</script>
</head>
<body class="print-page">
<div class="print-bar"><a href="javascript:window.print()">打印</a> | <a href="javascript:window.close()">关闭</a></div>
<div class="print-wrap">
<div class="print-head"><img src="../../../images/dl_logo_print.png" alt="东岭省人民政府" /></div>
<h1 class="print-title">关于《东岭省城乡居民基本医疗保险实施办法》的政策问答</h1>
<div class="print-info">发布时间：2023-11-30 09:15 来源：省医疗保障局</div>
<div class="print-content" id="printContent"><p id="printLoading" class="loading">正在加载…</p></div>
<div class="print-foot">东岭省人民政府 http://{GOV_HOST}/</div>
</div>
</body>
</html>
"""
    emit("f-gov-4", page, "utf-8", url=url, charset="utf-8", listing=True)


# ---------------------------------------------------------------------------
# f-book: 闲读读书, a 豆瓣读书-like site, UTF-8.  Books and people are invented.
# ---------------------------------------------------------------------------

BK_HOST = "book.xiandu.net"
BOOK1 = dict(sid=35218765, name="候鸟的方向", author="程远舟", press="南岭文艺出版社", producer="青橙文化",
             year="2020-9", pages=352, price="52.00元", binding="平装", isbn="9787536091842", rating="8.4", votes="6,218")
BOOK2 = dict(sid=35907113, name="一座城市的水", author="许远山", press="江城人民出版社", producer="拾光人文",
             year="2022-3", pages=416, price="78.00元", binding="精装", isbn="9787216104557", rating="8.1", votes="2,905")


def bk_head(title, kw, desc, url, extra=""):
    return f"""<!DOCTYPE html>
<html lang="zh-CN" class="ua-windows ua-webkit book-new-nav">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="renderer" content="webkit">
<meta name="referrer" content="always">
<meta name="google-site-verification" content="ok0wCgT20tBBgo9_zat2iAcimtN4Ftf5ccsh092Xeyw" />
<title>{title}</title>
<meta name="keywords" content="{kw}">
<meta name="description" content="{desc}">
<meta property="og:site_name" content="闲读读书">
<meta property="og:url" content="{url}">
{extra}<link rel="canonical" href="{url}">
<script>var _head_start = new Date();</script>
<link href="https://img1.xdcdn.net/f/vendors/shire/css/core.b8e0c1.css" rel="stylesheet" type="text/css">
<link href="https://img1.xdcdn.net/f/book/css/book_base.4f61d3.css" rel="stylesheet" type="text/css">
<script src="https://img1.xdcdn.net/f/vendors/shire/js/jquery.min.3a9a5f.js"></script>
<script src="https://img1.xdcdn.net/f/book/js/do.33c1e0.js" data-cfg-autoload="false"></script>
</head>
<body>
<script type="text/javascript">var _body_start = new Date();</script>
<div id="xd-global-nav"><div class="bd">
<div class="top-nav-info"><a href="https://accounts.xiandu.net/passport/login?source=book" class="nav-login" rel="nofollow">登录/注册</a></div>
<div class="top-nav-doubanapp"><a href="https://www.xiandu.net/app" class="lnk-doubanapp">下载闲读客户端</a></div>
<div class="global-nav-items"><ul><li><a href="https://www.xiandu.net">闲读</a></li><li class="on"><a href="https://{BK_HOST}">读书</a></li><li><a href="https://movie.xiandu.net">电影</a></li><li><a href="https://music.xiandu.net">音乐</a></li><li><a href="https://www.xiandu.net/group">小组</a></li><li><a href="https://www.xiandu.net/location">同城</a></li></ul></div>
</div></div>
<div id="xd-nav-book" class="nav"><div class="nav-wrap"><div class="nav-primary">
<div class="nav-logo"><a href="https://{BK_HOST}">闲读读书</a></div>
<div class="nav-search"><form action="https://search.xiandu.net/book/subject_search" method="get"><fieldset><legend>搜索：</legend><label for="inp-query"></label><div class="inp"><input id="inp-query" name="search_text" size="22" maxlength="60" placeholder="书名、作者、ISBN" value=""></div><div class="inp-btn"><input type="submit" value="搜索"></div><input type="hidden" name="cat" value="1001" /></fieldset></form></div>
</div></div>
<div class="nav-secondary"><div class="nav-items"><ul><li><a href="https://{BK_HOST}/cart/">购书单</a></li><li><a href="https://read.xiandu.net/ebooks/">电子图书</a></li><li><a href="https://{BK_HOST}/annual/2022">2022年度榜单</a></li><li><a href="https://{BK_HOST}/tag/">标签</a></li><li><a href="https://{BK_HOST}/review/best/">书评</a></li></ul></div></div></div>
<div id="wrapper">
"""


def bk_foot():
    return """</div>
<div id="footer"><span id="icp" class="fleft gray-link">&copy; 2008－2023 xiandu.net, all rights reserved 北京闲读网络科技有限公司 <a href="https://beian.miit.gov.cn/" target="_blank">京ICP备12035911号-2</a> 京网文[2021]0887-143号 京公网安备11010502001732号</span>
<span class="fright"><a href="https://www.xiandu.net/about">关于闲读</a> · <a href="https://www.xiandu.net/jobs">在闲读工作</a> · <a href="https://www.xiandu.net/about?topic=contactus">联系我们</a> · <a href="https://www.xiandu.net/about/legal">法律声明</a> · <a href="https://help.xiandu.net/?app=book">帮助中心</a> · <a href="https://www.xiandu.net/mobile/">移动应用</a></span></div>
<script type="text/javascript">var _paq = window._paq || []; _paq.push(['trackPageView']);</script>
</body>
</html>
"""


def bk_subject_aside(b):
    return f"""<div class="aside">
<div class="subject-card"><a href="https://{BK_HOST}/subject/{b['sid']}/"><img src="https://img2.xdcdn.net/view/subject/s/public/s{b['sid'] % 1000000 + 33000000}.jpg" width="100" alt="{b['name']}" /></a>
<div class="subject-info"><p><a href="https://{BK_HOST}/subject/{b['sid']}/">{b['name']}</a></p><p>作者: {b['author']}</p><p>出版社: {b['press']}</p><p>出版年: {b['year']}</p>
<p class="rating">闲读评分 <strong>{b['rating']}</strong> ({b['votes']}人评价)</p></div></div>
<div class="mod"><h2>在哪儿买这本书 · · · · · ·</h2><ul class="buylinks"><li><a href="https://{BK_HOST}/link2/?type=buy&amp;sid={b['sid']}&amp;s=1" rel="nofollow">当当网</a> <span class="price">&yen;{float(b['price'][:-1]) * 0.7:.2f}</span></li><li><a href="https://{BK_HOST}/link2/?type=buy&amp;sid={b['sid']}&amp;s=2" rel="nofollow">京东商城</a> <span class="price">&yen;{float(b['price'][:-1]) * 0.72:.2f}</span></li></ul></div>
<div class="mod"><h2>以下豆列推荐 · · · · · ·</h2><ul><li><a href="https://www.xiandu.net/doulist/1420873/">那些写故乡的小说</a></li><li><a href="https://www.xiandu.net/doulist/1187702/">2020年读过的好书</a></li><li><a href="https://www.xiandu.net/doulist/1573016/">城市、河流与记忆</a></li></ul></div>
<div class="mod ad"><div id="dale_book_subject_top_right"></div></div>
</div>
"""


def bk_review(*, rid, b, title, who, who_id, stars, star_word, when, items, useful, useless, responses, others):
    url = f"https://{BK_HOST}/review/{rid}/"
    body = "\n".join(
        f'<p data-page="0">{it[1]}</p>' if it[0] == "p" else f'<p data-page="0"><strong>{it[1]}</strong></p>' for it in items)
    ld = ('{"@context": "http://schema.org", "@type": "Review", "name": "' + title + '", "author": {"@type": "Person", "name": "' + who +
          '"}, "datePublished": "' + when[:10] + '", "itemReviewed": {"@type": "Book", "name": "' + b["name"] + '"}, "reviewRating": {"@type": "Rating", "ratingValue": "' + str(stars) + '"}, "url": "' + url + '"}')
    extra = (f'<meta property="og:title" content="{title}">\n<meta property="og:type" content="article">\n'
             f'<meta property="og:description" content="{plain(items[0][1])[:60]}">\n<script type="application/ld+json">{ld}</script>\n')
    resp = "".join(
        f'<div class="comment-item" id="{rid * 10 + i}"><div class="pic"><a href="https://www.xiandu.net/people/{num(i + rid, 10000000, 99999999)}/"><img src="https://img1.xdcdn.net/icon/u{num(i + rid, 10000000, 99999999)}-3.jpg" width="48" height="48" alt=""></a></div>'
        f'<div class="content report-comment"><div class="header"><a href="https://www.xiandu.net/people/{num(i + rid, 10000000, 99999999)}/">{n}</a><span>{t}</span></div><p class="comment-text">{c}</p>'
        f'<div class="op-lnks"><a href="javascript:;" class="lnk-reply">回应</a></div></div></div>' for i, (n, t, c) in enumerate(responses))
    oth = "".join(f'<li><a href="https://{BK_HOST}/review/{rid - 1000 * (i + 1) - 37}/">{t}</a> <span class="gray">({bk})</span></li>' for i, (t, bk) in enumerate(others))
    return url, bk_head(f"{title}（{b['name']}）书评", f"{b['name']},{b['author']},书评", plain(items[0][1])[:100], url, extra) + f"""<div id="content">
<div class="grid-16-8 clearfix">
<div class="article">
<div class="review-article" id="review-{rid}">
<h1><span property="v:summary">{title}</span></h1>
<header class="main-hd">
<a href="https://www.xiandu.net/people/{who_id}/" class="avatar author-avatar left"><img width="24" height="24" src="https://img1.xdcdn.net/icon/u{who_id}-5.jpg"></a>
<a href="https://www.xiandu.net/people/{who_id}/" class="name"><span>{who}</span></a>
<span class="main-title-hide">评论</span> <a href="https://{BK_HOST}/subject/{b['sid']}/">{b['name']}</a>
<span class="allstar{stars}0 main-title-rating" title="{star_word}"></span>
<span content="{when[:10]}" class="main-meta">{when}</span>
</header>
<div class="main-bd">
<div id="link-report">
<div class="review-content clearfix" data-author="{who}" data-url="{url}" data-original="1">
{body}
</div>
</div>
<div class="copyright">&copy; 本文版权归作者 <a href="https://www.xiandu.net/people/{who_id}/">{who}</a> 所有，任何形式转载请联系作者。</div>
<div class="main-panel-useful" data-rid="{rid}"><button class="btn useful_count a_show_login" data-rid="{rid}">有用 {useful}</button> <button class="btn useless_count a_show_login" data-rid="{rid}">没用 {useless}</button></div>
<div class="review-panel"><a class="react-btn">回应</a> <a class="react-btn">推荐</a> <a class="react-btn">喜欢</a> <a class="react-btn">收藏</a> <a class="react-btn share-btn">分享</a> <span class="report"><a href="javascript:;">举报</a></span></div>
</div>
</div>
<div id="comments" class="comment-list"><h2>回应 ({len(responses)})</h2>{resp}
<div class="comment-form"><p>你的回应 · · · · · ·</p><textarea name="rv_comment" rows="4"></textarea><span class="bn-flat"><input type="submit" value="加上去"></span></div></div>
<div class="mod"><h2>{who}的其他书评 · · · · · ·</h2><ul>{oth}</ul></div>
<div class="mod"><h2>更多{b['name']}的书评 · · · · · ·</h2><p><a href="https://{BK_HOST}/subject/{b['sid']}/reviews">全部书评</a></p></div>
</div>
""" + bk_subject_aside(b) + "</div>\n</div>\n" + bk_foot()


def make_book():
    # --- f-book-1 -------------------------------------------------------------------------------
    items = [
        ("p", "读《候鸟的方向》花了我差不多两个星期。这不是一本难读的书，相反，它的语言干净、节奏舒缓，几乎没有什么阅读门槛。读得慢，是因为每读完一章，我都忍不住要停下来想一想自己的事。"),
        ("p", "小说讲的是一个叫林禾的年轻人，从西北小县城来到南方沿海城市打工、读夜校、结婚生子，又在中年时回到故乡的故事。情节并不复杂，甚至可以说有些平淡，没有大起大落的戏剧冲突，更多的是日常生活里细碎的选择和妥协。"),
        ("h", "离开与回去"),
        ("p", "书名里的“候鸟”是一个很明显的隐喻。林禾和他身边的很多人，都像候鸟一样，在城市和故乡之间往返。但作者高明的地方在于，他没有把“离开”简单地写成追求梦想，也没有把“回去”写成失败后的退守。离开有离开的代价，回去也有回去的不甘，两者都不是答案。"),
        ("p", "书中有一个细节让我印象很深：林禾第一次从南方回家过年，母亲给他铺了一床新被子，他却怎么也睡不着，因为被子里的棉花味道太陌生了。他在城里住了三年的出租屋，反倒成了更熟悉的地方。那一刻他意识到，自己已经回不去了，可城市也并没有真正接纳他。"),
        ("p", "这种两头落空的感觉，我想很多在外地工作的人都体会过。"),
        ("h", "克制的写法"),
        ("p", "作者的叙述非常克制。全书几乎没有大段的抒情，情绪都藏在对话和动作里。比如写林禾父亲去世那一章，通篇没有一个“悲伤”的字眼，只写他在灵堂前一遍遍整理父亲的旧棉袄，把每一颗扣子都扣好。读到这里，我在地铁上红了眼眶。"),
        ("p", "当然，这种写法也有它的局限。后半部分节奏明显放缓，有些章节显得拖沓，几个次要人物的命运交代得也比较草率。如果能再精炼一些，整本书的完成度会更高。"),
        ("h", "写在最后"),
        ("p", "合上书的时候，我想起自己每年春节前挤在火车站的样子。我们这一代人，大概都有过这样的时刻：站在两个地方之间，不知道哪里才算是家。《候鸟的方向》没有给出答案，但它让我觉得，这种迷茫本身，也值得被认真地写下来。"),
        ("p", "四星，推荐给所有在异乡生活的人。"),
    ]
    url, page = bk_review(
        rid=13567902, b=BOOK1, title="一本关于离开的书", who="南方有嘉木", who_id=61823409, stars=4, star_word="推荐",
        when="2021-05-12 14:23:11", items=items, useful=326, useless=12,
        responses=[("晚风与猫", "2021-05-12 18:40:02", "被子那段我也印象很深，写得太准了。"),
                   ("南方有嘉木", "2021-05-12 19:03:55", "是啊，那种陌生感一下子就戳中了。"),
                   ("阿福不吃香菜", "2021-05-14 09:27:31", "看完书评去买了，期待。")],
        others=[("小城的黄昏", "春天的县城"), ("读完这本书，我给母亲打了个电话", "母亲的厨房")])
    emit("f-book-1", page, "utf-8", url=url, charset="utf-8", title="一本关于离开的书", author="南方有嘉木",
         published="2021-05-12", items=items)

    # --- f-book-2 -------------------------------------------------------------------------------
    items = [
        ("p", "如果不是读了这本书，我大概永远不会认真想一想：每天早上拧开水龙头，流出来的水是从哪里来的？"),
        ("p", "《一座城市的水》是一本关于城市供水史的非虚构作品。作者以一座南方城市为样本，从明清时期的水井、水塘写起，一直写到当代的自来水厂、污水处理厂和海绵城市建设，时间跨度长达数百年。"),
        ("h", "把“看不见的系统”写清楚"),
        ("p", "供水系统是典型的“看不见的基础设施”，平时运转良好的时候，没有人会注意到它；一旦出了问题，才会被所有人关心。作者的功力在于，他把这样一个专业、枯燥的话题写得既清楚又好读。书里有大量的历史档案、老照片和口述材料，比如二十世纪初第一批自来水进入城市时，很多市民担心“洋水”有毒，宁可继续挑井水喝。读到这些细节，会心一笑之余，也能感受到技术变革与日常生活之间的张力。"),
        ("p", "我尤其喜欢书中关于“挑水工”的一章。在自来水普及之前，城市里有一个专门以挑水为生的群体，他们熟悉每一口井的水质，知道哪家茶馆要哪口井的水。随着自来水管网的延伸，这个行当逐渐消失了。作者找到几位老人做了访谈，那些关于扁担、水桶和清晨街巷的回忆，读来让人感慨。"),
        ("h", "几点不足"),
        ("p", "这本书也有一些遗憾。后半部分涉及当代水务管理的章节，数据和政策引用偏多，可读性明显下降，有点像工作报告。另外，书中的地图和示意图印刷得比较模糊，对理解管网的演变帮助有限，希望再版时能够改进。"),
        ("p", "总的来说，这是一本值得一读的城市史著作。它提醒我们，城市不仅仅是高楼和街道，还有埋在地下、默默运转的管道和水流。下次拧开水龙头的时候，也许你会和我一样，多想一秒。"),
    ]
    url, page = bk_review(
        rid=14620388, b=BOOK2, title="我们每天拧开的水龙头背后", who="慢读的猫", who_id=50377216, stars=4, star_word="推荐",
        when="2022-08-20 22:07:45", items=items, useful=158, useless=4,
        responses=[("城市漫游者", "2022-08-21 08:12:19", "挑水工那章确实好看。"),
                   ("Rain", "2022-08-22 13:40:07", "同感，后半部分有点劝退。")],
        others=[("一本讲菜市场的书", "菜市场里的城市"), ("关于桥的十个故事", "桥")])
    emit("f-book-2", page, "utf-8", url=url, charset="", title="我们每天拧开的水龙头背后", author="慢读的猫",
         published="2022-08-20", items=items)

    # --- f-book-3: book page with metadata, a 3-sentence 内容简介 and 20 短评 (listing) ----------
    b = BOOK1
    shorts = [
        ("晚风与猫", 5, "被子里的棉花味道那一段，看哭了。"),
        ("阿福不吃香菜", 4, "写给所有在异乡过年的人。"),
        ("南方有嘉木", 4, "克制的好处和坏处都在这本书里。"),
        ("一只鲸鱼", 3, "前半本很好，后半本有点拖。"),
        ("Sunny", 5, "今年读到的最好的中文小说之一。"),
        ("老陈读书", 4, "像一部不动声色的纪录片。"),
        ("橘子汽水", 4, "结尾那场雪写得太好了。"),
        ("山川", 2, "太平淡了，没读下去。"),
        ("Kiki", 5, "推荐给爸妈看了，他们也很喜欢。"),
        ("木木夕", 4, "每个人都是自己的候鸟。"),
        ("过客", 3, "中规中矩，语言不错。"),
        ("北漂第七年", 5, "读到林禾在出租屋里煮面那段，想起了自己。"),
        ("青柠", 4, "作者很会写沉默。"),
        ("大鱼", 4, "比作者上一本成熟很多。"),
        ("小满", 3, "人物太多，有几个没写透。"),
        ("阿绿", 5, "一本让人想给家里打电话的书。"),
        ("蓝色星期五", 4, "父亲那一章是全书的高峰。"),
        ("莫莫", 4, "书名起得真好。"),
        ("慢读的猫", 4, "读完想去看看西北的小县城。"),
        ("Leo", 3, "适合在火车上读。"),
    ]
    stars_word = {5: "力荐", 4: "推荐", 3: "还行", 2: "较差", 1: "很差"}
    sh = "".join(
        f'<li class="comment-item" data-cid="{3100000000 + i * 7919}"><div class="comment"><h3>'
        f'<span class="comment-vote"><span class="vote-count">{num(i, 0, 400)}</span> <a href="javascript:;" class="j a_show_login">有用</a></span>'
        f'<span class="comment-info"><a href="https://www.xiandu.net/people/{num(i + 77, 10000000, 99999999)}/">{n}</a> <span class="user-stars allstar{s}0 rating" title="{stars_word[s]}"></span> '
        f'<a class="comment-time" href="https://{BK_HOST}/comment/{3100000000 + i * 7919}/">{2020 + (i % 3)}-{1 + i % 12:02d}-{1 + (i * 3) % 28:02d}</a></span></h3>'
        f'<p class="comment-content"><span class="short">{c}</span></p></div></li>' for i, (n, s, c) in enumerate(shorts))
    url = f"https://{BK_HOST}/subject/{b['sid']}/"
    ld = ('{"@context":"http://schema.org","@type":"Book","workExample":[],"name":"' + b["name"] + '","author":[{"@type":"Person","name":"' + b["author"] +
          '"}],"url":"' + url + '","isbn":"' + b["isbn"] + '","sameAs":"' + url + '"}')
    page = bk_head(f"{b['name']} (闲读)", f"{b['name']},{b['author']},{b['press']},{b['year']},简介,作者,书评,论坛,推荐,二手",
                   f"{b['name']}，作者：{b['author']}，出版社：{b['press']}，出版年：{b['year']}，ISBN：{b['isbn']}。", url,
                   f'<meta property="og:type" content="book">\n<meta property="book:author" content="{b["author"]}">\n<meta property="book:isbn" content="{b["isbn"]}">\n<script type="application/ld+json">{ld}</script>\n') + f"""<div id="content">
<h1><span property="v:itemreviewed">{b['name']}</span></h1>
<div class="grid-16-8 clearfix">
<div class="article">
<div class="indent"><div class="subjectwrap clearfix"><div class="subject clearfix">
<div id="mainpic"><a class="nbg" href="https://img2.xdcdn.net/view/subject/l/public/s33218765.jpg" title="{b['name']}"><img src="https://img2.xdcdn.net/view/subject/s/public/s33218765.jpg" title="点击看大图" alt="{b['name']}" rel="v:photo" style="width: 135px;max-height: 200px;"></a></div>
<div id="info">
<span><span class="pl"> 作者</span>: <a href="https://{BK_HOST}/author/4561208">{b['author']}</a></span><br/>
<span class="pl">出版社:</span> <a href="https://{BK_HOST}/press/2871">{b['press']}</a><br/>
<span class="pl">出品方:</span> <a href="https://{BK_HOST}/producers/1093">{b['producer']}</a><br/>
<span class="pl">出版年:</span> {b['year']}<br/>
<span class="pl">页数:</span> {b['pages']}<br/>
<span class="pl">定价:</span> {b['price']}<br/>
<span class="pl">装帧:</span> {b['binding']}<br/>
<span class="pl">ISBN:</span> {b['isbn']}<br/>
</div></div>
<div id="interest_sectl"><div class="rating_wrap clearbox" rel="v:rating"><div class="rating_logo">闲读评分</div>
<div class="rating_self clearfix"><strong class="ll rating_num" property="v:average">{b['rating']}</strong><div class="rating_right"><div class="ll bigstar40"></div><div class="rating_sum"><a href="https://{BK_HOST}/subject/{b['sid']}/comments" class="rating_people"><span property="v:votes">{b['votes']}</span>人评价</a></div></div></div>
<span class="stars5 starstop">5星</span><div class="power" style="width:48px"></div><span class="rating_per">31.6%</span><br/>
<span class="stars4 starstop">4星</span><div class="power" style="width:64px"></div><span class="rating_per">45.2%</span><br/>
<span class="stars3 starstop">3星</span><div class="power" style="width:28px"></div><span class="rating_per">18.7%</span><br/>
<span class="stars2 starstop">2星</span><div class="power" style="width:5px"></div><span class="rating_per">3.6%</span><br/>
<span class="stars1 starstop">1星</span><div class="power" style="width:1px"></div><span class="rating_per">0.9%</span><br/>
</div></div></div></div>
<div id="interest_sect_level" class="clearfix"><a href="javascript:;" class="collect_btn colbutt ll" name="pbtn-{b['sid']}-wish"><span>想读</span></a><a href="javascript:;" class="collect_btn colbutt ll" name="pbtn-{b['sid']}-do"><span>在读</span></a><a href="javascript:;" class="collect_btn colbutt ll" name="pbtn-{b['sid']}-collect"><span>读过</span></a>
<div class="ll j a_stars">评价: <span id="rating"><span id="stars" data-solid="https://img1.xdcdn.net/f/shire/star_solid.png"></span></span></div></div>
<div class="gtleft"><ul class="ul_subject_menu bicelink color_gray pt6 clearfix"><li><a href="https://{BK_HOST}/annotation/write?sid={b['sid']}" rel="nofollow">写笔记</a></li><li><a href="https://{BK_HOST}/subject/{b['sid']}/new_review" rel="nofollow">写书评</a></li><li><span class="rr"><a href="javascript:;" class="lnk-sharing">分享到</a></span></li></ul></div>
<div class="related_info">
<h2><span>内容简介</span> · · · · · ·</h2>
<div class="indent" id="link-report"><div class=""><div class="intro"><p>林禾十九岁那年离开西北小县城，来到南方一座沿海城市，在工厂、夜校和出租屋之间度过了自己的青年时代。二十年后，父亲的一场病让他重新踏上回乡的路，也让他开始追问自己究竟属于哪里。这是一部关于离开与归来、关于一代人在城乡之间迁徙的长篇小说。</p></div></div></div>
<h2><span>作者简介</span> · · · · · ·</h2>
<div class="indent"><div class=""><div class="intro"><p>程远舟，1982年生于甘肃，现居广州，著有小说集《夜班车》。</p></div></div></div>
<h2><span>目录</span> · · · · · ·</h2>
<div class="indent" id="dir_{b['sid']}_short">第一章 出发<br/>第二章 夜校<br/>第三章 出租屋<br/>第四章 雪<br/>第五章 归途<br/> · · · · · · (<a href="javascript:$('#dir_{b['sid']}_short').hide();void(0);">更多</a>)</div>
<div id="db-tags-section" class="blank20"><h2><span>闲读成员常用的标签(共{num(3, 200, 900)}个)</span> · · · · · ·</h2><div class="indent"><span><a class="tag" href="/tag/小说">小说</a></span> <span><a class="tag" href="/tag/故乡">故乡</a></span> <span><a class="tag" href="/tag/中国当代文学">中国当代文学</a></span> <span><a class="tag" href="/tag/成长">成长</a></span> <span><a class="tag" href="/tag/2020">2020</a></span></div></div>
<div id="db-rec-section" class="block5 subject_show knnlike"><h2><span>喜欢读"{b['name']}"的人也喜欢</span> · · · · · ·</h2><div class="content clearfix">
<dl><dt><a href="https://{BK_HOST}/subject/34811209/"><img src="https://img2.xdcdn.net/view/subject/s/public/s31811209.jpg" alt="夜班车" /></a></dt><dd><a href="https://{BK_HOST}/subject/34811209/">夜班车</a></dd></dl>
<dl><dt><a href="https://{BK_HOST}/subject/35907113/"><img src="https://img2.xdcdn.net/view/subject/s/public/s33907113.jpg" alt="一座城市的水" /></a></dt><dd><a href="https://{BK_HOST}/subject/35907113/">一座城市的水</a></dd></dl>
<dl><dt><a href="https://{BK_HOST}/subject/35002716/"><img src="https://img2.xdcdn.net/view/subject/s/public/s32002716.jpg" alt="春天的县城" /></a></dt><dd><a href="https://{BK_HOST}/subject/35002716/">春天的县城</a></dd></dl>
</div></div>
<div id="comment-list-wrapper" class="indent"><div class="mod-hd"><h2><span>短评</span> · · · · · ·<span class="pl">&nbsp;(<a href="https://{BK_HOST}/subject/{b['sid']}/comments/">全部 1,874 条</a>)</span></h2><a class="redbutt j a_show_login rr" href="javascript:;" rel="nofollow"><span>我来说两句</span></a></div>
<div class="nav-tab"><span class="tabs"><a class="on" href="javascript:;">热门</a> / <a href="javascript:;">最新</a> / <a href="javascript:;">好友</a></span></div>
<div id="comments" class="comment-list hot show"><ul>{sh}</ul></div>
<p class="pl">&gt; <a href="https://{BK_HOST}/subject/{b['sid']}/comments/">更多短评 1,874 条</a></p></div>
<section class="reviews mod book-content"><header><h2>{b['name']}的书评 · · · · · · <span class="pl">( <a href="https://{BK_HOST}/subject/{b['sid']}/reviews">全部 128 条</a> )</span></h2></header>
<div class="review-list"><div class="review-item"><header class="main-hd"><a class="name" href="https://www.xiandu.net/people/61823409/">南方有嘉木</a> <span class="allstar40 main-title-rating" title="推荐"></span> <span class="main-meta">2021-05-12 14:23:11</span></header>
<div class="main-bd"><h2><a href="https://{BK_HOST}/review/13567902/">一本关于离开的书</a></h2><div class="review-short"><div class="short-content">读《候鸟的方向》花了我差不多两个星期。这不是一本难读的书，相反，它的语言干净、节奏舒缓…&nbsp;(<a href="javascript:;" class="unfold">展开</a>)</div></div></div></div></div>
<p class="pl">&gt; <a href="https://{BK_HOST}/subject/{b['sid']}/reviews">更多书评 128篇</a></p></section>
</div>
</div>
""" + bk_subject_aside(b) + "</div>\n</div>\n" + bk_foot()
    emit("f-book-3", page, "utf-8", url=url, charset="utf-8", listing=True)

    # --- f-book-4: the book's review list, two-sentence excerpts + (展开) (listing) -------------
    revs = [
        ("一本关于离开的书", "南方有嘉木", 4, "2021-05-12 14:23:11", 13567902, "读《候鸟的方向》花了我差不多两个星期。读得慢，是因为每读完一章，我都忍不住要停下来想一想自己的事。", 326),
        ("候鸟不是逃兵", "北漂第七年", 5, "2021-01-08 23:51:02", 13201774, "很多人把离开故乡写成一种背叛，这本书没有。林禾的每一次出发和每一次回去，都是一个普通人的正当选择。", 211),
        ("克制到近乎冷淡", "一只鲸鱼", 3, "2020-12-19 10:05:40", 13122608, "我理解作者想要的克制，但有些地方克制得过了头。读到后半部分，我已经很难再为人物的命运动容。", 97),
        ("父亲的旧棉袄", "蓝色星期五", 5, "2021-03-30 20:14:33", 13466015, "父亲去世那一章，我反复读了三遍。作者一个字都没写悲伤，可整页纸都是悲伤。", 188),
        ("我们这代人的迁徙史", "老陈读书", 4, "2020-11-26 16:42:18", 13058431, "这本书可以当作一代打工者的社会史来读。工厂、夜校、城中村，这些空间在书里都有很准确的呈现。", 145),
        ("读给母亲听", "阿绿", 5, "2021-02-11 21:37:50", 13299087, "过年回家的时候，我把其中几章读给母亲听。她听完说，这写的不就是你舅舅吗。", 133),
        ("关于结尾那场雪", "橘子汽水", 4, "2021-04-03 09:18:26", 13478320, "很多读者不喜欢开放式结尾，我倒觉得那场雪恰到好处。它什么都没有回答，却让人安静下来。", 76),
        ("一部被低估的长篇", "Sunny", 5, "2020-10-15 12:26:09", 12977354, "这本书出版时几乎没有什么宣传。希望有更多人能读到它。", 64),
        ("太平淡了", "山川", 2, "2021-06-20 18:03:44", 13702295, "我承认语言不错，但故事实在太平了。读到一半就很难坚持下去。", 38),
        ("夜校那几章最好看", "青柠", 4, "2021-07-04 22:45:12", 13755018, "林禾在夜校认识小周的那几章，是全书最有生气的部分。可惜后面小周就很少出现了。", 29),
    ]
    sw = {5: "力荐", 4: "推荐", 3: "还行", 2: "较差"}
    items_html = "".join(
        f'<div data-cid="{rid}"><div class="main review-item" id="{rid}"><header class="main-hd">'
        f'<a href="https://www.xiandu.net/people/{num(rid, 10000000, 99999999)}/" class="avator"><img width="24" height="24" src="https://img1.xdcdn.net/icon/u{num(rid, 10000000, 99999999)}-2.jpg"></a>'
        f'<a href="https://www.xiandu.net/people/{num(rid, 10000000, 99999999)}/" class="name">{who}</a> <span class="allstar{s}0 main-title-rating" title="{sw[s]}"></span> <span content="{when[:10]}" class="main-meta">{when}</span></header>'
        f'<div class="main-bd"><h2><a href="https://{BK_HOST}/review/{rid}/">{t}</a></h2>'
        f'<div id="review_{rid}_short" class="review-short" data-rid="{rid}"><div class="short-content">{ex}&nbsp;(<a href="javascript:;" id="toggle-{rid}-copy" class="unfold" title="展开">展开</a>)</div></div>'
        f'<div class="action"><a href="javascript:;" class="action-btn up" data-rid="{rid}" title="有用"><img src="https://img1.xdcdn.net/f/zerkalo/pics/up.png" /><span id="r-useful_count-{rid}">{u}</span></a>'
        f'<a href="javascript:;" class="action-btn down" data-rid="{rid}" title="没用"><img src="https://img1.xdcdn.net/f/zerkalo/pics/down.png" /><span id="r-useless_count-{rid}">{num(rid, 0, 9)}</span></a>'
        f'<a href="https://{BK_HOST}/review/{rid}/#comments" class="reply">{num(rid, 0, 40)}回应</a></div></div></div></div>'
        for t, who, s, when, rid, ex, u in revs)
    url = f"https://{BK_HOST}/subject/{b['sid']}/reviews?start=20"
    page = bk_head(f"{b['name']}的书评 (128)", f"{b['name']},书评", f"{b['name']}的书评，共128篇。", url) + f"""<div id="content">
<h1>{b['name']}的书评 (128)</h1>
<div class="grid-16-8 clearfix">
<div class="article">
<div class="sort-bar"><a class="on" href="?sort=hotest">最受欢迎</a> <a href="?sort=time">最新发布</a> <span class="droplist">评价：<a href="?rating=">全部</a> <a href="?rating=5">力荐</a> <a href="?rating=4">推荐</a> <a href="?rating=3">还行</a></span></div>
<div class="review-list chart">{items_html}</div>
<div class="paginator"><span class="prev">&lt;<a href="?start=0">前页</a></span> <a href="?start=0">1</a> <span class="thispage">2</span> <a href="?start=40">3</a> <a href="?start=60">4</a> <span class="break">...</span> <a href="?start=120">7</a> <span class="next"><a href="?start=40">后页</a>&gt;</span> <span class="count">(共128条)</span></div>
</div>
""" + bk_subject_aside(b) + "</div>\n</div>\n" + bk_foot()
    emit("f-book-4", page, "utf-8", url=url, charset="", listing=True)


def main():
    make_finance()
    make_phpwind()
    make_edu()
    make_travel()
    make_health()
    make_twblog()
    make_gov()
    make_book()
    print(f"wrote {len(WRITTEN)} pages: {', '.join(WRITTEN)}")


if __name__ == "__main__":
    main()
