# -*- coding: utf-8 -*-
"""Write the q- pages of the fresh blind set (six invented sites, 24 pages).

Stdlib only and deterministic: every run writes the same bytes.
Pages go to pages/, gold files to gold/ (relative to this file's folder).
The script ends with a self-check of every page against its gold file.
"""
import html
import os
import random
import re
import sys
from html.parser import HTMLParser

BASE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(BASE, "pages")
GOLD = os.path.join(BASE, "gold")

ALL = []  # every page written, as a dict


def esc(s):
    return html.escape(s, quote=False)


def rng(name):
    # a fixed seed per page name, so each page is stable on its own
    return random.Random(sum(ord(c) * (i + 1) for i, c in enumerate(name)))


def add(name, page, enc, header, url, title="", author="", published="",
        shown_date="", text=(), kind=None, shown_authors=None):
    """Register one page. `header` is the HTTP charset ('' = none sent)."""
    page = add_heavy_furniture(name, page)
    ALL.append(dict(name=name, page=page, enc=enc, header=header, url=url,
                    title=title, author=author, published=published,
                    shown_date=shown_date, text=list(text), kind=kind,
                    shown_authors=shown_authors))


def heavy_block(r, heading, heads, sums, srcs, n, url_prefix, more):
    """A long sidebar-style list of other articles, each with picture, summary and meta line."""
    items = []
    for i in range(n):
        t = heads[(i * 7 + r.randint(0, 3)) % len(heads)]
        s = sums[(i * 5 + r.randint(0, 3)) % len(sums)]
        items.append(
            '<li class="item"><div class="pic"><a href="%s%d.html"><img src="%s%d.jpg" alt=""></a></div>'
            '<div class="txt"><h4><a href="%s%d.html">%s</a></h4><p>%s</p>'
            '<div class="meta"><span class="cat">%s</span><span class="time">%s</span><i class="ico-eye"></i><em>%d</em><b class="hot"></b></div></div></li>\n'
            % (url_prefix, 700 + i, url_prefix, 700 + i, url_prefix, 700 + i, esc(t), esc(s),
               srcs[i % len(srcs)], "%02d-%02d" % (1 + i % 12, 1 + (i * 3) % 28), r.randint(100, 99999)))
    return '<div class="more-block"><div class="mb-hd"><h3>%s</h3><a href="%s">%s</a></div><ul>\n%s</ul></div>\n' % (
        heading, url_prefix, more, "".join(items))


def link_grid(r, heading, words, n, url_prefix):
    cells = "".join('<span><a href="%s%d/">%s</a></span>' % (url_prefix, i, esc(words[i % len(words)])) for i in range(n))
    return '<div class="link-grid"><h3>%s</h3>%s</div>\n' % (heading, cells)


# site: (marker to insert before, block heading, more text, n items, grid heading, grid size)
HEAVY = {
    "q-yuanchuanrb": ('<div id="footer">', "沅川日报网　新闻推荐", "更多&gt;&gt;", 40, "市州频道", 14),
    "q-zuowenyuan": ('<div class="footer">', "同类作文推荐", "更多作文&gt;&gt;", 36, "作文大全", 30),
    "q-jiehuoba": ('<script src="https://static.jiehuoba.com/js/vendor', "更多回答推荐", "查看更多", 40, "热门话题", 30),
    "q-lanshixian": ('<div class="footlinks', "政务动态", "更多&gt;&gt;", 38, "办事服务导航", 24),
    "q-wuchuankx": ('<footer class="m-footer">', "24小时热文", "查看更多", 40, "热门城事", 24),
    "q-weigangwc": ('<div id="footer">', "更多文章", "更多&gt;&gt;", 40, "文學活動", 12),
}


def add_heavy_furniture(name, page):
    site = name.rsplit("-", 1)[0]
    marker, heading, more, n, gh, gn = HEAVY[site]
    r = rng(name + "-heavy")
    if site == "q-weigangwc":
        block = heavy_block(r, heading, WG_HEADS, WG_SUM, ["散文", "小說", "詩歌", "評論"], n, "/wenzhang/", more)
        grid = link_grid(r, gh, ["書展講座", "文學散步", "新書發佈", "詩歌朗誦會", "寫作坊", "作家對談"], gn, "/huodong/")
    else:
        srcs = {"q-yuanchuanrb": ["要闻", "经济", "社会", "文化"], "q-zuowenyuan": ["初中", "高中", "小学", "中考"],
                "q-jiehuoba": ["教育", "社会", "历史", "城市"], "q-lanshixian": ["县直部门", "乡镇", "县政府", "公示"],
                "q-wuchuankx": ["梧川快讯", "梧川发布", "城事观察", "梧川教育"]}[site]
        block = heavy_block(r, heading, HEAD_S, SUM_S, srcs, n, "/%s/more/" % site[2:6], more)
        words = HEAD_S if site != "q-jiehuoba" else QA_TOPICS
        grid = link_grid(r, gh, [w[:6] for w in words], gn, "/%s/g/" % site[2:6])
    assert marker in page, (name, marker)
    return page.replace(marker, block + grid + marker, 1)


# ---------------------------------------------------------------------------
# shared pools of invented furniture (simplified script)
# ---------------------------------------------------------------------------
HEAD_S = [
    "全省一季度工业经济运行稳中向好", "市属国企混改试点扩围至十二家", "老城区三十个小区启动加装电梯",
    "春季植树活动在沿江生态带举行", "县域医共体建设实现全覆盖", "高校毕业生就业服务月活动启动",
    "非遗传承人走进中小学课堂", "城乡公交一体化改革提速", "夏粮收购工作有序推进",
    "滨江步道二期工程完工开放", "社区食堂让老人吃上热乎饭", "产业工人技能提升行动成效明显",
    "古村落保护利用工作座谈会召开", "首届乡村文化旅游节开幕", "重点项目建设现场推进会召开",
    "中小学课后服务实现全覆盖", "老工业基地焕发新活力", "一条老街的七十年变迁",
    "乡村教师的坚守与希望", "从田间到餐桌的“数字之旅”", "国企改革三年行动回眸",
    "青年人才驿站为毕业生提供免费住宿", "全市新增城市书房十五家", "湿地公园迎来首批越冬候鸟",
    "一座小镇的“工匠精神”", "老厂房变身创意街区", "夜间经济点亮城市烟火",
    "“家门口”的就业服务站", "少年宫暑期公益课开始报名", "图书馆延长开放时间至晚九点",
    "农村公路养护管理改革见实效", "山区学校迎来“云端课堂”", "退休老工人自费办起厂史馆",
    "小区垃圾分类从“要我分”到“我要分”", "县域商业体系建设试点获批", "国企职工书屋建设经验交流会召开",
    "老码头的新故事", "一位乡村医生的三十年", "秋收时节话丰年", "老街坊的新邻里节",
    "沿江风光带夜景提升工程启动", "职业院校与企业共建实训基地", "乡镇卫生院有了“流动医院”",
    "城市更新要留住“老味道”", "供销社改革打通农村流通“最后一公里”", "百名工匠进校园活动启动",
    "记忆中的老电影院", "阅读推广人走进乡村学校", "全民健身步道串起城乡", "石板路上的童年",
    "山间茶园迎来采摘季", "老中医的“土方子”进了社区", "一所村小的“复活”",
    "江边的晚风", "外公的自行车", "厂区里的那棵老槐树", "冬日乡村的炊烟",
    "三代人的“饭碗”", "夜读的灯", "小城的雨季",
]
SUM_S = [
    "记者近日走访发现，越来越多的年轻人选择回到家乡创业，为乡村带来新的活力。",
    "活动现场，来自各地的三百余名代表围绕城乡融合发展展开交流。",
    "据介绍，该项目总投资约四点六亿元，预计明年底全面建成投用。",
    "老人们说，有了这个去处，日子过得比以前更有盼头了。",
    "下一步，相关部门将持续优化服务流程，让群众办事更方便、更省心。",
    "从最初的几间平房到如今的现代化园区，这里见证了一代人的奋斗。",
    "专家认为，要在保护中发展、在发展中保护，让历史文脉得以延续。",
    "截至目前，已有两千余名学生报名参加，课程涵盖书法、围棋、合唱等。",
    "他说，最难忘的是当年和工友们一起抢修设备的那个雪夜。",
    "这条步道全长八公里，串联起沿线五个公园和三处历史遗迹。",
    "据统计，今年以来全市累计新增城镇就业一点二万人，完成全年目标的六成。",
    "在她看来，教书不仅是一份工作，更是一份沉甸甸的责任。",
    "夜幕降临，老街上的灯笼次第亮起，游客和街坊在小吃摊前排起长队。",
    "改革后，企业管理层级由五级压缩为三级，决策效率明显提升。",
    "村里的老人还记得，那条河从前清得能看见河底的鹅卵石。",
    "该校通过“线上+线下”结合的方式，让山里的孩子也能上到优质课程。",
    "近年来，当地坚持生态优先，湿地面积逐年扩大，鸟类种类明显增多。",
    "一张张泛黄的老照片，记录着工厂从创建到转型的每一个重要时刻。",
    "居民们自发组建志愿服务队，轮流为社区的独居老人送餐上门。",
    "这些看似平常的细节，拼出了一座城市最温暖的模样。",
]
PEOPLE_S = ["林晓岚", "周正阳", "许文澜", "苏一鸣", "黄雨桐", "陈以安", "叶知秋", "高远", "唐可欣",
            "郑明川", "吴思雨", "胡嘉禾", "罗青", "贺子航", "谭梦溪", "钱立言"]


def pick(r, pool, n):
    idx = list(range(len(pool)))
    r.shuffle(idx)
    out = []
    while len(out) < n:
        out.extend(pool[i] for i in idx)
    return out[:n]


def links_ul(items, cls="", li_cls=""):
    lis = "".join('<li%s><a href="%s" target="_blank" title="%s">%s</a></li>\n'
                  % (' class="%s"' % li_cls if li_cls else "", h, esc(t), esc(t)) for h, t in items)
    return '<ul class="%s">\n%s</ul>\n' % (cls, lis)


def calendar_table(year, month, first_wd, ndays, link, weekdays, today=None):
    """A month calendar: first_wd 0 = Sunday column."""
    rows = ["<tr>" + "".join("<th>%s</th>" % w for w in weekdays) + "</tr>"]
    cells = ["<td>&nbsp;</td>"] * first_wd
    for d in range(1, ndays + 1):
        cls = ' class="today"' if d == today else ""
        cells.append('<td%s><a href="%s">%d</a></td>' % (cls, link(d), d))
    while len(cells) % 7:
        cells.append("<td>&nbsp;</td>")
    for i in range(0, len(cells), 7):
        rows.append("<tr>" + "".join(cells[i:i + 7]) + "</tr>")
    return '<table class="calendar" cellspacing="0" cellpadding="0">\n%s\n</table>\n' % "\n".join(rows)


def render_body(paras, style="p"):
    """Paragraph list -> HTML. '##' marks a subheading, '@@' a photo caption."""
    out = []
    n = 0
    for p in paras:
        if p.startswith("##"):
            out.append('<p style="text-align:center"><strong>%s</strong></p>' % esc(p[2:]))
        elif p.startswith("@@"):
            n += 1
            out.append('<p style="text-align:center"><img src="/upload/img/%03d.jpg" border="0" alt=""></p>'
                       '\n<p class="pic-desc" style="text-align:center;color:#666">%s</p>' % (n, esc(p[2:])))
        else:
            out.append("<p>　　%s</p>" % esc(p))
    return "\n".join(out) + "\n"


def gold_lines(paras):
    return [p[2:] if p[:2] in ("##", "@@") else p for p in paras]


# ===========================================================================
# Site 1: 沅川日报 数字报 (provincial party newspaper e-paper), GBK / GB2312
# ===========================================================================
YC_BANS = ["要闻", "要闻", "综合", "时政", "深度", "经济", "区域", "社会", "文化", "体育", "国际", "沅水"]


def yc_frame(title, date_cn, date_path, ban_no, ban_name, main_html, left_html, enc_meta, r):
    ban_nav = "".join(
        '<tr><td class="ban"><a id="pageLink" href="../../../html/%s/node_%d.htm">第%02d版：%s</a></td>'
        '<td class="pdf"><a href="../../../images/%s/%02d/yc%02d.pdf" target="_blank"><img src="../../../image/pdf.gif" border="0" alt="PDF"></a></td></tr>\n'
        % (date_path, i + 1, i + 1, b, date_path, i + 1, i + 1)
        for i, b in enumerate(YC_BANS))
    y, m = int(date_path[:4]), int(date_path[5:7])
    cal = calendar_table(y, m, 1 if m == 4 else 5, 30 if m in (4, 11) else 31,
                         lambda d: "../../../html/%04d-%02d/%02d/node_1.htm" % (y, m, d),
                         ["日", "一", "二", "三", "四", "五", "六"], today=int(date_path[8:10]))
    top = pick(r, HEAD_S, 8)
    page = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%(enc)s">
<title>%(title)s--沅川日报数字报</title>
<meta name="keywords" content="沅川日报,数字报,电子版,%(ban)s">
<meta name="description" content="沅川日报数字报刊平台">
<link rel="stylesheet" type="text/css" href="../../../style/epaper.css">
<script type="text/javascript" src="../../../script/jquery-1.7.2.min.js"></script>
<script type="text/javascript">
var pageConfig = {"paper":"ycrb","date":"%(dp)s","page":"%(no)02d","pageName":"%(ban)s","total":12};
function changeFontSize(s){document.getElementById('ozoom').style.fontSize=s+'px';}
</script>
</head>
<body>
<div id="topbar">
 <table width="1000" align="center" cellpadding="0" cellspacing="0"><tr>
  <td class="logo"><a href="http://www.ycrb.com.cn/"><img src="../../../image/logo_ycrb.png" alt="沅川日报" border="0"></a></td>
  <td class="date">%(date_cn)s</td>
  <td class="toplink"><a href="http://www.ycrb.com.cn/">沅川日报网</a> | <a href="http://www.ycrb.com.cn/wb/">沅川晚报</a> | <a href="http://www.ycrb.com.cn/nc/">沅川农村报</a> | <a href="http://www.ycrb.com.cn/app/">客户端</a> | <a href="../../../html/%(dp)s/node_1.htm">首页</a> | <a href="../../../html/%(dp)s/node_%(no)d.htm">返回本版</a></td>
 </tr></table>
</div>
<div id="menubar"><ul>
 <li><a href="http://www.ycrb.com.cn/news/">新闻</a></li><li><a href="http://www.ycrb.com.cn/politics/">时政</a></li>
 <li><a href="http://www.ycrb.com.cn/economy/">经济</a></li><li><a href="http://www.ycrb.com.cn/city/">市州</a></li>
 <li><a href="http://www.ycrb.com.cn/culture/">文化</a></li><li><a href="http://www.ycrb.com.cn/edu/">教育</a></li>
 <li><a href="http://www.ycrb.com.cn/opinion/">评论</a></li><li><a href="http://www.ycrb.com.cn/photo/">图片</a></li>
 <li><a href="http://www.ycrb.com.cn/video/">视频</a></li><li><a href="http://www.ycrb.com.cn/special/">专题</a></li>
</ul></div>
<table width="1000" align="center" cellpadding="0" cellspacing="0" id="mainTable"><tr>
<td width="400" valign="top" class="leftcol">
%(left)s
<div class="bannav"><div class="hd">版面导航</div>
<table width="100%%" cellpadding="0" cellspacing="0">
%(bannav)s</table></div>
<div class="oldpaper"><div class="hd">往期回顾</div>
<div class="calhead"><a href="#" onclick="return prevMonth()">&lt;&lt;</a> %(y)d年%(m)d月 <a href="#" onclick="return nextMonth()">&gt;&gt;</a></div>
%(cal)s</div>
</td>
<td width="600" valign="top" class="rightcol">
%(main)s
<div class="hotread"><div class="hd">本报今日热读</div>
%(hot)s</div>
</td>
</tr></table>
<div id="footer">
<p><a href="http://www.ycrb.com.cn/about/">关于我们</a> | <a href="http://www.ycrb.com.cn/contact/">联系我们</a> | <a href="http://www.ycrb.com.cn/ad/">广告服务</a> | <a href="http://www.ycrb.com.cn/copyright/">版权声明</a> | <a href="http://www.ycrb.com.cn/jubao/">违法和不良信息举报</a></p>
<p>沅川日报社主办 版权所有 未经书面授权禁止转载 &copy; 2024</p>
<p>互联网新闻信息服务许可证：00000000000 <a href="https://beian.miit.gov.cn/" target="_blank">沅ICP备05001234号-1</a></p>
</div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function(){var hm=document.createElement("script");hm.src="//stat.ycrb.com.cn/count.js?pid=epaper";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();
</script>
</body>
</html>
""" % dict(enc=enc_meta, title=esc(title), ban=ban_name, dp=date_path, no=ban_no, date_cn=date_cn,
           left=left_html, bannav=ban_nav, y=y, m=m, cal=cal, main=main_html,
           hot=links_ul([("../../../html/%s/content_%d.htm" % (date_path, 5100 + i), t)
                         for i, t in enumerate(top)], "hotlist"))
    return page


def yc_left(date_path, ban_no, ban_name, titles, r):
    areas = "".join('<area shape="polygon" coords="%d,%d,%d,%d,%d,%d,%d,%d" href="content_%d.htm" title="%s">\n'
                    % (20, 40 + 90 * i, 380, 40 + 90 * i, 380, 120 + 90 * i, 20, 120 + 90 * i, 6000 + ban_no * 10 + i, esc(t))
                    for i, t in enumerate(titles))
    lst = "".join('<tr><td class="dot"><img src="../../../image/dot.gif" alt=""></td><td><a href="content_%d.htm">%s</a></td></tr>\n'
                  % (6000 + ban_no * 10 + i, esc(t)) for i, t in enumerate(titles))
    return """<div class="pagepic"><div class="hd">第%02d版：%s</div>
<img src="../../../images/%s/%02d/yc%02d_b.jpg" width="380" border="0" usemap="#PagePicMap" alt="">
<map name="PagePicMap">
%s</map>
<div class="pagetools"><a href="../../../html/%s/node_%d.htm">上一版</a> <a href="../../../html/%s/node_%d.htm">下一版</a> <a href="../../../images/%s/%02d/yc%02d.pdf">PDF下载</a></div>
</div>
<div class="titlelist"><div class="hd">本版标题导航</div>
<table width="100%%" cellpadding="0" cellspacing="0">
%s</table></div>
""" % (ban_no, ban_name, date_path, ban_no, ban_no, areas, date_path, max(1, ban_no - 1), date_path,
       min(12, ban_no + 1), date_path, ban_no, ban_no, lst)


def yc_article(kicker, headline, subtitle, byline, paras, date_path, ban_no, ban_name, prev_t, next_t):
    return """<div class="article">
<table width="100%%" cellpadding="0" cellspacing="0" class="arttitle">
<tr><td class="yt" align="center">%s</td></tr>
<tr><td class="bt" align="center"><h1>%s</h1></td></tr>
<tr><td class="ft" align="center">%s</td></tr>
<tr><td class="zz" align="center">%s</td></tr>
</table>
<div class="toolbar">【字号 <a href="javascript:changeFontSize(18)">大</a> <a href="javascript:changeFontSize(16)">中</a> <a href="javascript:changeFontSize(14)">小</a>】 <a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
<div id="ozoom" style="font-size:16px">
<!--enpcontent-->
%s<!--/enpcontent-->
</div>
<div class="prevnext">
<p>上一篇：<a href="content_%d.htm">%s</a></p>
<p>下一篇：<a href="content_%d.htm">%s</a></p>
<p><a href="node_%d.htm">&lt;&lt;返回第%02d版：%s</a></p>
</div>
</div>
""" % (esc(kicker) or "&nbsp;", esc(headline), esc(subtitle) or "&nbsp;", esc(byline) or "&nbsp;",
       render_body(paras), 6000 + ban_no * 10, esc(prev_t), 6000 + ban_no * 10 + 3, esc(next_t), ban_no, ban_no, ban_name)


YC1 = [
    "清晨六点，沅川钢铁厂老厂区的汽笛早已不再响起，贺长庚还是习惯性地在这个时间醒来。他披上那件洗得发白的蓝色工装，沿着江堤走上二十分钟，就能望见当年的三号高炉。如今，高炉被改造成了工业遗址公园的观景塔，塔下是孩子们追逐嬉戏的草坪。",
    "“那时候，炉前温度五十多度，一个班下来，衣服能拧出水。”七十一岁的贺长庚站在观景塔下，用手比画着当年出铁口的位置。他十九岁进厂，从学徒干到炉长，在高炉旁站了整整三十年。",
    "##一炉钢水，半生光阴",
    "上世纪九十年代末，沅川钢铁厂遭遇了建厂以来最艰难的时期。产品积压，设备老化，工资一度只能发一半。厂里开始推行改制，减员分流、主辅分离，一项项改革措施落到每个车间。贺长庚所在的炼铁车间，三百多名职工最后留下不到一百人。",
    "“谁都舍不得走，可厂子要活下去，就得动真格的。”他记得，分流名单公布的那天晚上，车间里没有人说话，大家默默地把工具擦了一遍又一遍。有人去了新成立的物流公司，有人在厂门口开起了早餐店，也有人南下打工，从此很少回来。",
    "##老厂区长出新产业",
    "二〇一六年，沅川钢铁整体搬迁至临港工业园，老厂区的去留成了全城关注的话题。经过反复论证，市里决定保留高炉、转炉车间和铁路专用线等工业遗存，引入文化创意、科技研发等新业态。",
    "@@由三号高炉改造而成的观景塔。本报记者 陈启航 摄",
    "现在，原来的轧钢车间变成了一座书店和一家小剧场，原料堆场上建起了青年创业公寓。贺长庚的孙女在园区一家做工业设计的公司上班，每天中午，祖孙俩会在食堂门口碰面，一起吃顿饭。",
    "“我们那时候造钢铁，她们现在造点子。”说起孙女，老人笑得眯起了眼睛。他说，国企改革改的是体制机制，改不掉的是一代代钢铁人骨子里那股不服输的劲儿。",
    "傍晚时分，观景塔亮起了灯。江风吹过，贺长庚又在塔下站了很久，仿佛还能听见当年出铁时那一声声沉闷的轰响。",
]

YC2 = [
    "入冬以后，青澜江的水一天天瘦下去，江滩便露了出来。小时候，我最喜欢这个季节，因为芦花开了。",
    "我家住在江边的老码头附近，出门往东走几百步，就是一望无际的芦苇荡。秋天的芦苇还是青黄色的，到了初冬，穗子一齐炸开，白茫茫一片，风一吹，像是无数只白鸽在江滩上扑棱着翅膀。",
    "祖父是码头上的搬运工，后来码头停用了，他就在江滩上割芦苇。芦苇秆可以编席子，也可以扎扫帚，芦花则被母亲收集起来，絮进枕头里。那些年，我枕着芦花枕头入睡，梦里总有一股淡淡的青草气味。",
    "割芦苇是件苦差事。祖父天不亮就出门，腰里别一把镰刀，脚上穿着高筒胶鞋。江滩上泥泞难行，一脚踩下去，半条腿都陷进淤泥里。他割下的芦苇一捆捆码在岸边，等着收购站的拖拉机来拉。我放学后常去江滩找他，远远地就能看见他弯着腰的背影，在白茫茫的芦花里一起一伏。",
    "后来我去省城读书，又在外地工作，很多年没有在冬天回过家。听母亲说，江滩被划进了湿地保护区，芦苇不许再割了，码头旧址修成了观鸟的栈道。每到冬天，成群的白鹭和灰鹤飞来越冬，城里的人会带着相机，在栈道上一站就是半天。",
    "去年冬天，我终于得空回了一趟老家。沿着栈道往江心走，两边的芦花比记忆中更高、更密。一只灰鹤从芦苇丛中腾空而起，翅膀掠过水面，溅起细碎的浪花。我忽然想起祖父弯腰割苇的样子，想起那只散发着青草味的芦花枕头。",
    "祖父已经离开十年了。他没有见过如今的江滩，也不知道他割了半辈子的芦苇，现在成了城里人眼中最美的风景。站在栈道尽头，我对着满滩芦花，轻轻地说了一声：爷爷，芦花又白了。",
]


def site_yuanchuanrb():
    # page 1: 深度 feature with 引题 / 主题 / 副题 / 作者 cells
    r = rng("yc1")
    dp = "2024-04/18"
    titles = ["炉火三十年", "老工业基地的“二次创业”", "一张职工证里的厂史", "【记者手记】听老工人讲故事"]
    left = yc_left(dp, 5, "深度", titles, r)
    main = yc_article("从“铁饭碗”到“新赛道”——国企改革亲历者说", "炉火三十年",
                      "——沅川钢铁老炉长贺长庚和他的工厂", "本报记者　周岚　陈启航", YC1, dp, 5, "深度",
                      "全省国企改革深化提升行动推进会召开", "老工业基地的“二次创业”")
    page = yc_frame("炉火三十年", "2024年04月18日 星期四", dp, 5, "深度", main, left, "gbk", r)
    add("q-yuanchuanrb-1", page, "gbk", "gbk",
        "http://epaper.ycrb.com.cn/html/2024-04/18/content_6050.htm",
        title="炉火三十年", author="周岚 陈启航", published="2024-04-18", shown_date="2024年04月18日",
        text=["——沅川钢铁老炉长贺长庚和他的工厂"] + gold_lines(YC1))

    # page 2: 副刊 essay, GB2312 meta, no HTTP charset
    r = rng("yc2")
    dp = "2024-11/08"
    titles = ["江滩芦花白", "父亲的算盘", "秋天的信（诗歌）", "书边小记：读《沅水谣》", "乡音"]
    left = yc_left(dp, 12, "沅水", titles, r)
    main = yc_article("", "江滩芦花白", "", "许慕白", YC2, dp, 12, "沅水",
                      "深秋的稻场", "父亲的算盘")
    page = yc_frame("江滩芦花白", "2024年11月08日 星期五", dp, 12, "沅水", main, left, "gb2312", r)
    add("q-yuanchuanrb-2", page, "gb2312", "",
        "http://epaper.ycrb.com.cn/html/2024-11/08/content_6120.htm",
        title="江滩芦花白", author="许慕白", published="2024-11-08", shown_date="2024年11月08日",
        text=gold_lines(YC2))

    # page 3: a 版面 page (node): list of the page's titles, no article
    r = rng("yc3")
    dp = "2024-04/18"
    titles = ["沅川出台稳外贸十条措施", "一季度全省规上工业增加值增长百分之六点八", "临港工业园新签约项目二十一个",
              "农信系统普惠贷款余额突破千亿", "“沅字号”农产品走俏长三角", "图片新闻"]
    left = yc_left(dp, 6, "经济", titles, r)
    rows = "".join('<tr><td class="num">%d</td><td class="t"><a href="content_%d.htm">%s</a></td><td class="s">%s</td></tr>\n'
                   % (i + 1, 6060 + i, esc(t), esc(SUM_S[(i * 3) % len(SUM_S)])) for i, t in enumerate(titles))
    main = """<div class="nodelist"><div class="hd">第06版：经济　本版共%d篇稿件</div>
<table width="100%%" cellpadding="0" cellspacing="0">
%s</table>
<p class="note">点击左侧版面图中的热区或上方标题即可阅读全文。</p></div>
""" % (len(titles), rows)
    page = yc_frame("第06版：经济", "2024年04月18日 星期四", dp, 6, "经济", main, left, "gbk", r)
    add("q-yuanchuanrb-3", page, "gbk", "gbk", "http://epaper.ycrb.com.cn/html/2024-04/18/node_6.htm",
        kind="listing", published="2024-04-18", shown_date="2024年04月18日")

    # page 4: 往期回顾 archive calendar page
    r = rng("yc4")
    months = []
    for m, fw, nd in ((1, 1, 31), (2, 4, 29), (3, 5, 31), (4, 1, 30), (5, 3, 31), (6, 6, 30)):
        months.append('<div class="mon"><h3>2024年%d月</h3>\n%s</div>\n' % (m, calendar_table(
            2024, m, fw, nd, lambda d, m=m: "../html/2024-%02d/%02d/node_1.htm" % (m, d),
            ["日", "一", "二", "三", "四", "五", "六"])))
    bans = "".join('<li><a href="../html/2024-06/28/node_%d.htm">第%02d版：%s</a></li>' % (i + 1, i + 1, b)
                   for i, b in enumerate(YC_BANS))
    main = """<div class="archive"><div class="hd">沅川日报　往期回顾</div>
<form action="/search" method="get">按日期检索：<select name="y"><option>2024</option><option>2023</option><option>2022</option></select>年
<select name="m">%s</select>月 <input type="submit" value="查看"></form>
%s
<div class="latest"><div class="hd">最新一期（2024年6月28日）版面</div><ul>%s</ul></div>
</div>
""" % ("".join("<option>%d</option>" % i for i in range(1, 13)), "".join(months), bans)
    left = """<div class="pagepic"><div class="hd">报纸检索</div>
<form action="/search" method="get"><input name="q" size="20"> <input type="submit" value="搜索"></form>
<p>本数字报提供2009年1月1日以来的全部版面浏览与检索。</p></div>
"""
    page = yc_frame("往期回顾", "2024年06月28日 星期五", "2024-06/28", 1, "要闻", main, left, "gbk", r)
    add("q-yuanchuanrb-4", page, "gbk", "", "http://epaper.ycrb.com.cn/period/oldpaper.htm",
        kind="listing")


# ===========================================================================
# Site 2: 青禾作文网 (student-essay site), UTF-8
# ===========================================================================
ZW_NAV = [("/", "首页"), ("/xiaoxue/", "小学作文"), ("/chuzhong/", "初中作文"), ("/gaozhong/", "高中作文"),
          ("/zhongkao/", "中考作文"), ("/gaokao/", "高考作文"), ("/huati/", "话题作文"), ("/mingti/", "命题作文"),
          ("/sanwen/", "散文随笔"), ("/yingyu/", "英语作文"), ("/sucai/", "作文素材"), ("/zhidao/", "写作指导"),
          ("/riji/", "日记周记"), ("/duhougan/", "读后感"), ("/tougao/", "我要投稿")]
ZW_TAGS = ["家乡", "亲情", "老师", "成长", "母校", "秋天", "童年", "读书", "友谊", "感恩", "坚持", "梦想",
           "爷爷", "外婆", "春节", "大自然", "校园生活", "一件难忘的事", "我的同桌", "变化"]
ZW_TITLES = ["那一刻，我长大了", "家乡的小河", "我的语文老师", "奶奶的菜园", "雨中的校园", "妈妈的手",
             "一次难忘的运动会", "秋天的果园", "我心中的英雄", "书香伴我成长", "窗外的梧桐树", "爸爸的背影",
             "第一次做饭", "我和我的同桌", "老街的早晨", "夕阳下的操场", "那盏不灭的灯", "原来我也很了不起",
             "春天的脚步", "走进博物馆", "一堂特别的美术课", "外公的茶园", "毕业前的那个夏天", "家乡的年味"]


def zw_frame(title, crumbs, main_html, r, extra_head=""):
    nav = "".join('<li><a href="%s">%s</a></li>' % (h, t) for h, t in ZW_NAV)
    subnav = "".join('<a href="/chuzhong/%s/">%s</a>' % (k, t) for k, t in (
        ("qinianji", "七年级作文"), ("banianji", "八年级作文"), ("jiunianji", "九年级作文"), ("xieren", "写人作文"),
        ("xieshi", "记事作文"), ("xiejing", "写景作文"), ("zhuangwu", "状物作文"), ("shuoming", "说明文"),
        ("yilun", "议论文"), ("shuxin", "书信"), ("youji", "游记"), ("tonghua", "童话")))
    side_new = links_ul([("/chuzhong/%d.html" % (51000 + i), t) for i, t in enumerate(pick(r, ZW_TITLES, 12))], "sidelist")
    side_hot = "".join('<li><span class="n n%d">%d</span><a href="/gaozhong/%d.html">%s</a><p>%s</p></li>\n'
                       % (i + 1, i + 1, 52000 + i, esc(t), esc(s))
                       for i, (t, s) in enumerate(zip(pick(r, ZW_TITLES, 8), pick(r, SUM_S, 8))))
    tags = "".join('<a href="/tag/%d.html">%s</a> ' % (100 + i, t) for i, t in enumerate(ZW_TAGS))
    crumb = " &gt; ".join('<a href="%s">%s</a>' % (h, t) for h, t in crumbs)
    return """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(title)s_青禾作文网</title>
<meta name="keywords" content="作文,优秀作文,%(title)s">
<meta name="description" content="青禾作文网为中小学生提供优秀作文范文和写作指导。">
<link rel="stylesheet" href="/static/css/main.css?v=20240301">
%(extra)s
<script>var _czc=_czc||[];window.SITE={"id":"qhzw","channel":"chuzhong","adSlots":["top_banner","side_300x250","foot_728"]};</script>
</head>
<body>
<div class="topbar"><div class="w1200"><span>欢迎来到青禾作文网！</span>
<a href="/user/login.html">登录</a> | <a href="/user/reg.html">注册</a> | <a href="/app/">手机版</a> | <a href="javascript:addFav()">收藏本站</a></div></div>
<div class="header w1200"><a class="logo" href="/"><img src="/static/img/logo.png" alt="青禾作文网"></a>
<form class="search" action="/search.php" method="get"><input type="text" name="q" placeholder="请输入作文题目或关键词"><button type="submit">搜索作文</button></form>
<div class="hotwords">热搜：<a href="/search.php?q=家乡">家乡</a><a href="/search.php?q=成长">成长</a><a href="/search.php?q=老师">老师</a><a href="/search.php?q=春节">春节</a><a href="/search.php?q=母爱">母爱</a></div></div>
<div class="nav"><ul class="w1200">%(nav)s</ul></div>
<div class="subnav w1200">%(subnav)s</div>
<div class="ad w1200" id="ad_top"><a href="/ad/click?id=31" rel="nofollow"><img src="/static/ad/banner_1200x90.jpg" alt="广告"></a></div>
<div class="crumb w1200">当前位置：%(crumb)s</div>
<div class="main w1200">
<div class="left">
%(main)s
</div>
<div class="right">
<div class="box"><div class="box-hd">最新作文</div>%(new)s</div>
<div class="box ad300"><script>document.write('<div id="side_300x250"></div>');</script><img src="/static/ad/side_300x250.jpg" alt="广告"></div>
<div class="box"><div class="box-hd">热门作文排行</div><ul class="hotlist">%(hot)s</ul></div>
<div class="box"><div class="box-hd">热门标签</div><div class="tags">%(tags)s</div></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p><a href="/about/">关于我们</a> | <a href="/contact/">联系方式</a> | <a href="/tougao/">投稿须知</a> | <a href="/copyright/">版权声明</a> | <a href="/sitemap.html">网站地图</a> | <a href="/link/">友情链接</a></p>
<p>本站作文均由网友投稿或老师推荐，如有侵权请联系删除。</p>
<p>Copyright &copy; 2012-2024 青禾作文网 All Rights Reserved　<a href="https://beian.miit.gov.cn/">青ICP备12008765号-2</a></p>
</div></div>
<script src="/static/js/jquery.min.js"></script>
<script src="/static/js/common.js"></script>
<script>
(function(){var s=document.createElement("script");s.src="https://tongji.qhzw.cn/t.js?sid=88";document.body.appendChild(s);})();
</script>
</body>
</html>
""" % dict(title=esc(title), extra=extra_head, nav=nav, subnav=subnav, crumb=crumb, main=main_html,
           new=side_new, hot=side_hot, tags=tags)


ZW_E1 = [
    "外婆家在青溪镇，镇子中间有一条小河，河上横着一座石板桥。桥不长，只有七块青石板，可在我心里，它比城里任何一座大桥都要好看。",
    "每年暑假，妈妈都会送我去外婆家。车一停，我就一路小跑奔向石板桥。桥面被几百年来的脚步磨得光溜溜的，中间微微凹下去，像一弯浅浅的月牙。雨后，凹处积着一汪水，映着天上的白云。",
    "外婆说，这座桥是她的外婆的外婆那一辈人修的。那时候镇上的人凑钱买石料，请了山里的石匠，整整修了一个冬天。桥修好那天，全镇的人都来走了一遍，说是“踩桥”，图个平平安安。",
    "傍晚，外婆喜欢坐在桥头的石墩上择菜，我就趴在桥栏上看小鱼。河水清清的，小鱼一群群地游过来，又倏地散开。远处有人在喊孩子回家吃饭，炊烟从屋顶上升起来，慢慢地融进晚霞里。外婆择完菜，总要拍拍我的脑袋，说一声“回家喽”，我便跟在她身后，一步一步数着石板走下桥去。",
    "去年，镇上修了一座新的水泥桥，汽车可以直接开进镇子。可大家还是爱走那座石板桥。外婆说，老桥走着踏实。我想，踏实的也许不只是脚下的石板，还有那些一代代人走过的日子吧。",
]
ZW_E2 = [
    "星期天早上六点，我被妈妈从被窝里拽了起来，跟她去城东菜市场买菜。我揉着眼睛，心里老大不情愿。",
    "可一走进菜市场，我的瞌睡虫一下子全跑光了。这里早已热闹得像开了锅：卖菜的吆喝声、讨价还价声、剁排骨的咚咚声混在一起，比闹钟还管用。",
    "最先吸引我的是一个卖豆腐的摊子。摊主是一位头发花白的老奶奶，她的豆腐白白嫩嫩，冒着热气。老奶奶告诉我，她每天凌晨三点就起来磨豆子，已经做了四十年豆腐。有顾客用手机扫码付钱，她就眯着眼睛听手机里“收款成功”的提示音，笑得像个孩子。",
    "再往里走，是水产区。大盆里的鲫鱼活蹦乱跳，溅得地上到处是水。一位叔叔麻利地给顾客杀鱼，刮鳞、去鳃、开膛，不到一分钟就收拾干净了。我看得目瞪口呆，妈妈笑着说：“这就叫熟能生巧。”叔叔听见了，抬起头冲我眨眨眼睛，说他在这个摊位上已经站了十五年，闭着眼睛都知道哪条鱼最新鲜。",
    "买完菜出来，太阳已经升得老高。我提着一袋青菜走在妈妈身边，忽然觉得，这个普普通通的早晨是那么有滋味。菜市场里的每一个人都在认认真真地过日子，这大概就是生活最本来的样子吧。",
]
ZW_E3 = [
    "爷爷的床头柜上，放着一台红色外壳的老收音机。它比我的年纪还要大得多，外壳上的漆已经掉了好几块，天线也断了一截，用胶布缠着。",
    "听爸爸说，这台收音机是爷爷当年在县农机厂上班时，被评为先进工作者得到的奖品。那时候，一台收音机可是稀罕物，左邻右舍晚上都会聚到爷爷家，围着它听新闻、听评书。",
    "后来农机厂改制了，爷爷提前退了休，在家门口开了一间修理铺，修自行车，也修收音机。家里添了电视机，又添了电脑和智能手机，可爷爷每天早上还是要打开那台老收音机，一边喝茶一边听早间新闻。",
    "有一次，我好奇地问爷爷：“手机上什么都能听，为什么还要用这个旧家伙？”爷爷慢悠悠地转着调频旋钮，说：“这里面有我年轻时候的声音。”我当时不太明白，只觉得那沙沙的杂音有点吵。奶奶在一旁悄悄告诉我，爷爷年轻时最爱听的是厂里的广播站，那里面有他和工友们一起得奖的消息。",
    "今年寒假，收音机突然不响了。爷爷戴上老花镜，在灯下拆开后盖，一个零件一个零件地检查，整整忙了一个下午。当熟悉的声音重新从喇叭里传出来时，爷爷像孩子一样开心。那一刻，我好像懂了：爷爷修好的不只是一台收音机，还有一段舍不得放下的时光。",
]
ZW_E4 = [
    "我们高一的教室在教学楼三层的最西头，窗户朝北。开学第一天，同学们就抱怨起来：冬天晒不到太阳，夏天又闷，连黑板都比别的班显得暗一些。",
    "班主任孙老师听了，只是笑笑，说：“朝北的教室有一个好处，光线最匀，不晃眼睛。”那时候没有人把这句话当回事，大家只盼着早点升入高二，换一间向阳的教室。",
    "冬天来得很早。十一月的一个早晨，我推开教室门，发现窗台上多了几盆绿萝，叶子油亮亮的。后来才知道，是孙老师从家里搬来的。她说，朝北的屋子养绿萝正合适，它不喜欢晒，只要有光就能长。",
    "从那以后，给绿萝浇水成了值日生的一项任务。不知不觉间，绿萝的藤蔓爬满了窗框，垂下来，像一道绿色的帘子。晚自习的时候，日光灯照着那一片绿，整间教室都变得柔和起来。",
    "高一下学期，我的数学成绩一落千丈，整个人变得很消沉。一天放学后，孙老师把我留在教室里。她没有批评我，而是指着窗台上的绿萝说：“你看它，晒不到太阳，照样长得好好的。环境没法选，可怎么长，是自己说了算。”",
    "那天，我在朝北的窗前坐了很久。窗外是学校后面的小山坡，夕阳照不到这一面，山坡的轮廓却在暮色里格外清楚。我第一次觉得，这间教室其实很美。",
    "如今我已经搬进了高二的新教室，窗户朝南，阳光充足。可我常常想起那间朝北的教室，想起窗台上那一帘绿萝。有些光，不是从窗外照进来的，而是从一个人心里照出来的。",
]


def zw_paras(paras):
    return "".join("<p>%s</p>\n" % esc(p) for p in paras)


def zw_share():
    return """<div class="share">分享到：<a class="wx" href="javascript:;">微信</a><a class="qq" href="javascript:;">QQ空间</a><a class="wb" href="javascript:;">微博</a><a class="copy" href="javascript:;">复制链接</a></div>
<div class="digg"><a href="javascript:digg(1)">好文 <em>236</em></a><a href="javascript:digg(2)">一般 <em>12</em></a></div>
"""


def zw_related(r, n=10):
    return '<div class="related"><div class="box-hd">相关作文推荐</div>%s</div>\n' % links_ul(
        [("/chuzhong/%d.html" % (53000 + i), t) for i, t in enumerate(pick(r, ZW_TITLES, n))], "rel")


def site_zuowenyuan():
    # page 1: three short essays on one page
    r = rng("zw1")
    essays = [("外婆家的石板桥", "江宸市实验中学　七年级（3）班　唐一诺", "吴敏", ZW_E1),
              ("菜市场里的早晨", "江宸市城东中学　八年级（1）班　邵子涵", "黄立峰", ZW_E2),
              ("爷爷的老收音机", "青溪镇中心学校　七年级（5）班　何家乐", "孙婉清", ZW_E3)]
    parts = []
    for i, (h, grade, teacher, paras) in enumerate(essays):
        head = "<h1>%s</h1>" % h if i == 0 else '<h2 class="sub-title">%s</h2>' % h
        parts.append('<div class="essay">%s\n<p class="grade">%s</p>\n<div class="zw-con">\n%s</div>\n<p class="teacher">指导老师：%s</p>\n</div>\n'
                     % (head, grade, zw_paras(paras), teacher))
    main = """<div class="article">
<div class="info">发布时间：2024-06-03 15:20　来源：青禾作文网　栏目：<a href="/chuzhong/qinianji/">七年级作文</a>　阅读：<span id="hits">3.2万</span>次</div>
<div class="tip">编者按：本期“习作展台”选登三篇以“身边的人和事”为题材的初中生习作。</div>
%s
<div class="tags">标签：<a href="/tag/100.html">家乡</a> <a href="/tag/112.html">爷爷</a> <a href="/tag/119.html">变化</a></div>
%s
<div class="pages">上一篇：<a href="/chuzhong/50998.html">我的同桌</a>　下一篇：<a href="/chuzhong/51002.html">春天的脚步</a></div>
%s
<div class="comment"><div class="box-hd">网友评论（3）</div>
<ul><li><b>青溪小燕</b>：写得真好，我们镇上也有一座这样的老桥。<span>2024-06-04</span></li>
<li><b>读书的猫</b>：第三篇最后一句很打动人。<span>2024-06-05</span></li>
<li><b>一诺妈妈</b>：谢谢老师推荐！<span>2024-06-05</span></li></ul>
<form><textarea placeholder="说点什么吧"></textarea><button>发表评论</button></form></div>
</div>""" % ("".join(parts), zw_share(), zw_related(r))
    page = zw_frame("外婆家的石板桥", [("/", "青禾作文网"), ("/chuzhong/", "初中作文"), ("/chuzhong/qinianji/", "七年级作文")], main, r)
    text = gold_lines(ZW_E1) + ["菜市场里的早晨"] + gold_lines(ZW_E2) + ["爷爷的老收音机"] + gold_lines(ZW_E3)
    add("q-zuowenyuan-1", page, "utf-8", "utf-8", "https://www.qhzuowen.cn/chuzhong/51001.html",
        title="外婆家的石板桥", author="-", published="2024-06-03", shown_date="2024-06-03", text=text,
        shown_authors=["唐一诺", "邵子涵", "何家乐"])

    # page 2: one senior-high essay with a teacher's comment box
    r = rng("zw2")
    main = """<div class="article">
<h1>那间朝北的教室</h1>
<div class="info">作者：林语桐　学校：江宸市第二中学　年级：高二　发布时间：2024-09-10 08:45　字数：约900字</div>
<div class="ad-inline"><a href="/ad/click?id=41" rel="nofollow"><img src="/static/ad/inline_760x90.jpg" alt=""></a></div>
<div class="zw-con">
%s</div>
<p class="teacher">指导老师：周晓川</p>
<div class="comment-teacher"><div class="box-hd">教师点评</div>
<p>文章以“朝北的教室”为线索，借绿萝写人，由物及理，结尾一句点明主旨，含蓄而有力。语言朴素清新，细节真实可感。</p></div>
<div class="tags">标签：<a href="/tag/102.html">老师</a> <a href="/tag/104.html">母校</a> <a href="/tag/103.html">成长</a></div>
%s
<div class="pages">上一篇：<a href="/gaozhong/61210.html">夕阳下的操场</a>　下一篇：<a href="/gaozhong/61212.html">那盏不灭的灯</a></div>
%s
</div>""" % (zw_paras(ZW_E4), zw_share(), zw_related(r, 12))
    page = zw_frame("那间朝北的教室", [("/", "青禾作文网"), ("/gaozhong/", "高中作文"), ("/gaozhong/gaoer/", "高二作文")], main, r)
    add("q-zuowenyuan-2", page, "utf-8", "", "https://www.qhzuowen.cn/gaozhong/61211.html",
        title="那间朝北的教室", author="林语桐", published="2024-09-10", shown_date="2024-09-10",
        text=gold_lines(ZW_E4))

    # page 3: a tag page
    r = rng("zw3")
    items = "".join('<li><h3><a href="/chuzhong/%d.html">%s</a></h3><p>%s</p><span>%s　%s字　%s</span></li>\n'
                    % (54000 + i, esc(t), esc(s), g, 500 + 37 * i, "2024-%02d-%02d" % (1 + i % 9, 3 + i))
                    for i, (t, s, g) in enumerate(zip(pick(r, ZW_TITLES, 20), pick(r, SUM_S, 20),
                                                      ["七年级", "八年级", "九年级", "六年级", "高一"] * 4)))
    main = """<div class="listbox"><h1 class="tag-title">“家乡”相关作文</h1>
<p class="tag-desc">共收录与“家乡”有关的作文1268篇，以下按发布时间排序。</p>
<ul class="zwlist">%s</ul>
<div class="pager"><span class="cur">1</span><a href="/tag/100_2.html">2</a><a href="/tag/100_3.html">3</a><a href="/tag/100_4.html">4</a><a href="/tag/100_5.html">5</a>…<a href="/tag/100_64.html">64</a><a href="/tag/100_2.html">下一页</a></div>
</div>""" % items
    page = zw_frame("家乡作文", [("/", "青禾作文网"), ("/tag/", "作文标签"), ("/tag/100.html", "家乡")], main, r)
    add("q-zuowenyuan-3", page, "utf-8", "utf-8", "https://www.qhzuowen.cn/tag/100.html", kind="listing")

    # page 4: search results
    r = rng("zw4")
    items = "".join('<div class="result"><h3><a href="/gaozhong/%d.html">%s</a></h3><p>%s</p><p class="meta">%s　<a href="/gaozhong/">高中作文</a></p></div>\n'
                    % (55000 + i, esc(t).replace("老师", "<em>老师</em>"), esc(s), "2024-0%d-1%d" % (1 + i % 8, i % 10))
                    for i, (t, s) in enumerate(zip(["我的语文老师", "老师，谢谢您", "那位严厉的数学老师", "老师的一句话",
                                                     "我心中的好老师", "写给老师的一封信", "老师的手", "老师，您辛苦了",
                                                     "难忘的老师", "一位特别的老师"], pick(r, SUM_S, 10))))
    main = """<div class="searchbox"><form action="/search.php"><input name="q" value="老师"><button>搜索</button></form>
<p class="sum">找到与“<em>老师</em>”相关的作文约 4,316 篇，用时 0.08 秒</p>
%s
<div class="pager"><span class="cur">1</span><a href="/search.php?q=老师&amp;p=2">2</a><a href="/search.php?q=老师&amp;p=3">3</a><a href="/search.php?q=老师&amp;p=2">下一页</a></div>
<div class="relsearch">相关搜索：<a href="/search.php?q=感恩老师">感恩老师</a> <a href="/search.php?q=老师的爱">老师的爱</a> <a href="/search.php?q=教师节">教师节</a> <a href="/search.php?q=班主任">班主任</a></div>
</div>""" % items
    page = zw_frame("“老师”的搜索结果", [("/", "青禾作文网"), ("/search.php", "作文搜索")], main, r)
    add("q-zuowenyuan-4", page, "utf-8", "", "https://www.qhzuowen.cn/search.php?q=%E8%80%81%E5%B8%88", kind="listing")


# ===========================================================================
# Site 3: 解惑吧 (Q&A site), UTF-8
# ===========================================================================
QA_TOPICS = ["国企改革", "工厂", "童年回忆", "教育", "乡村教师", "教师", "城市", "家乡", "职业选择", "成长",
             "社会", "历史", "建筑", "下岗", "东北", "生活方式"]
QA_QS = ["在国企上班十年是一种什么体验？", "为什么很多人怀念老家属院？", "下岗潮对你们家有什么影响？",
         "老工业城市还有机会吗？", "年轻人该不该考编去乡镇？", "当老师最有成就感的瞬间是什么？",
         "有哪些正在消失的城市记忆？", "你的家乡这些年最大的变化是什么？", "如何看待老厂房改造成文创园？",
         "小时候最难忘的一顿饭是什么？", "师范生毕业后都去哪儿了？", "留守儿童最需要的是什么？",
         "你见过最有意思的老师是什么样的？", "怎样给孩子讲述父辈的故事？", "县城生活真的比大城市幸福吗？",
         "有哪些值得一去的工业遗址？", "为什么越来越多人回县城工作？", "你还记得第一次离开家乡的情景吗？"]
QA_USERS = [("铁西老周", "机械工程师"), ("小满不满", "自由撰稿人"), ("江城阿昆", "历史爱好者"), ("南风知我意", "公务员"),
            ("三更灯火", "高中物理老师"), ("白开水不加糖", "设计师"), ("木子李", "在读研究生"), ("老街坊", "退休职工")]


def qa_frame(title, main_html, side_html, r, meta=True):
    nav = "".join('<a class="nav-item" href="%s">%s</a>' % (h, t) for h, t in (
        ("/", "首页"), ("/hot", "热榜"), ("/topics", "话题"), ("/column", "专栏"), ("/live", "直播"), ("/edu", "知识课堂")))
    meta_tag = '<meta charset="utf-8">\n' if meta else ""
    state = '{"question":{"id":%d,"topics":%s},"user":null,"ab":{"feed_v2":true,"answer_fold":"B"}}' % (
        r.randint(10000000, 99999999), "[" + ",".join('"%s"' % t for t in QA_TOPICS[:5]) + "]")
    return """<!doctype html>
<html lang="zh">
<head>
%s<title>%s - 解惑吧</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="解惑吧是一个高质量的问答社区。">
<link rel="stylesheet" href="https://static.jiehuoba.com/css/app.8f3e2c.css">
<script id="js-initialData" type="text/json">%s</script>
</head>
<body>
<header class="AppHeader"><div class="AppHeader-inner">
<a class="logo" href="/">解惑吧</a>
<nav>%s</nav>
<form class="SearchBar" action="/search"><input name="q" placeholder="搜索你感兴趣的内容…"><button>搜索</button></form>
<a class="btn ask" href="/ask">提问</a>
<div class="userinfo"><a href="/signin">登录</a> / <a href="/signup">注册</a></div>
</div></header>
<div class="AppBanner"><span>打开解惑吧 App，阅读体验更好</span><a href="/app/download?from=banner">立即打开</a></div>
<main class="App-main">
<div class="main-col">
%s
</div>
<aside class="side-col">
%s
<div class="Card footer-card">
<p><a href="/about">关于解惑吧</a> · <a href="/terms">用户协议</a> · <a href="/privacy">隐私政策</a> · <a href="/help">帮助中心</a> · <a href="/jubao">侵权举报</a></p>
<p><a href="/licence">网上有害信息举报专区</a> · <a href="https://beian.miit.gov.cn/">京ICP备00000000号-3</a></p>
<p>违法和不良信息举报：010-00000000</p>
<p>&copy; 2024 解惑吧</p>
</div>
</aside>
</main>
<script src="https://static.jiehuoba.com/js/vendor.31ab.js"></script>
<script src="https://static.jiehuoba.com/js/main.app.77cd.js"></script>
</body>
</html>
""" % (meta_tag, esc(title), state, nav, main_html, side_html)


def qa_side(r, extra=""):
    rel = "".join('<li><a href="/question/%d">%s</a><span>%d 个回答</span></li>\n' % (40000000 + i * 7, esc(q), r.randint(12, 900))
                  for i, q in enumerate(pick(r, QA_QS, 10)))
    hot = "".join('<li><em>%d</em><a href="/question/%d">%s</a><p>%s</p></li>\n' % (i + 1, 41000000 + i, esc(q), esc(s))
                  for i, (q, s) in enumerate(zip(pick(r, QA_QS, 8), pick(r, SUM_S, 8))))
    return """%s<div class="Card"><div class="Card-header">相关问题</div><ul class="SimilarQuestions">%s</ul></div>
<div class="Card ad"><a href="/ad/redirect?id=905" rel="nofollow"><img src="https://static.jiehuoba.com/ad/card_300x200.jpg" alt="广告"></a><span class="ad-tag">广告</span></div>
<div class="Card"><div class="Card-header">全站热榜</div><ol class="HotList">%s</ol></div>
""" % (extra, rel, hot)


def qa_answer(user, bio, paras, date_line, votes, comments, long=False):
    body = "".join("<p>%s</p>\n" % esc(p) for p in paras)
    return """<div class="List-item"><div class="AnswerItem" data-za="answer">
<div class="AuthorInfo"><img class="Avatar" src="https://pic.jiehuoba.com/avatar/%d.jpg" alt=""><div class="AuthorInfo-content">
<a class="UserLink-link" href="/people/%s">%s</a><div class="AuthorInfo-badge">%s</div></div>
<button class="FollowButton">+ 关注</button></div>
<div class="AnswerItem-extraInfo">%d 人赞同了该回答</div>
<div class="RichContent%s"><div class="RichText">
%s</div></div>
<div class="ContentItem-time"><a href="#">%s</a></div>
<div class="ContentItem-actions">
<button class="VoteButton VoteButton--up">▲ 赞同 %d</button><button class="VoteButton VoteButton--down">▼</button>
<button class="ContentItem-action">%d 条评论</button><button class="ContentItem-action">分享</button>
<button class="ContentItem-action">收藏</button><button class="ContentItem-action">喜欢</button>
<button class="ContentItem-action">举报</button></div>
</div></div>
""" % (len(user) * 37, user, esc(user), esc(bio), votes, " is-long" if long else "", body,
       date_line, votes, comments)


QA1 = [
    "谢邀。我在北岭钢铁厂的家属区生活了十八年，从出生到考上大学离开，几乎所有的记忆都和那片厂区有关。",
    "先说一个最直观的感受：厂区就是一座小城。我们家属区有自己的医院、学校、电影院、澡堂、菜市场，甚至还有一座小小的动物园，里面养着两只孔雀和一只总是在打瞌睡的黑熊。从幼儿园到高中，我的同学几乎全是厂里职工的孩子，谁家父母在哪个车间、干什么工种，大家都一清二楚。",
    "小时候最盼望的是厂里发福利。每逢过节，父亲会从单位扛回一箱苹果或者一桶豆油，整栋楼的人都在楼道里分东西，热闹得像过年。夏天厂里发冰棍票，我们拿着票去冷饮站排队，能换到一根奶油冰棍，那是我吃过的最甜的冰棍。",
    "厂里的广播也让我印象很深。每天早上七点，喇叭里准时响起音乐，接着是厂内新闻，播报哪个车间超额完成了任务，哪位师傅获得了技术革新奖。那个年代，“先进生产者”几个字，在我们孩子眼里比什么明星都风光。",
    "当然，也有不那么美好的时候。我上初中那几年，厂里效益很差，改制、分流的消息一个接一个。有一段时间，楼里好几户人家的父母同时下岗，大人们聚在楼下抽烟，很少说话。我的同桌在初二那年跟着父母去了南方，走之前把他最喜欢的一套连环画送给了我，后来我们再也没有联系上。",
    "那几年给我最大的触动，是看到父辈们怎样重新开始。我父亲从车间调到了新组建的检修公司，四十多岁开始学电脑、考证书；楼下的王阿姨在厂门口支了一个早点摊，后来开成了一家小饭馆。厂子在变，人也在变，可那种“一个厂就是一个大家庭”的感觉一直都在。",
    "后来钢厂整体搬迁，老厂区改成了工业遗址公园。去年春节我回去走了一圈，高炉还在，铁轨还在，当年的电影院变成了一家咖啡馆。我站在曾经排队领冰棍的地方，周围全是拍照的年轻人，他们大概不会知道，这里曾经住着几万人，有过那么多平凡而热闹的日子。",
    "所以，如果你问我在国企老厂区长大是什么体验，我会说：那是一种被集体托举着长大的感觉。它给了我安稳的童年，也让我很早就懂得，再大的“铁饭碗”也会有变化的一天，而真正靠得住的，是一个人在变化里重新站起来的能力。",
]
QA2 = [
    "去年七月，我从省城的师范大学毕业，通过特岗教师招聘，来到了离县城六十多公里的石桥镇中学。到现在差不多一年了，说说我的真实感受吧。",
    "刚来的时候，落差确实很大。学校在山脚下，一栋四层的教学楼，一排平房做教师宿舍。第一个晚上，宿舍停水，我拎着桶去操场边的水龙头接水，抬头看见满天的星星，忽然就想哭。城里长大的我，从来没有见过这么亮的星空，也从来没有觉得离家这么远。",
    "学校一共十二个班，五百多个学生，一半以上是留守儿童。我带两个班的英语，还兼任一个班的班主任。开学第一周，我发现很多学生连二十六个字母都认不全，上课时低着头，不敢跟我对视。我原本准备好的教案，几乎全部作废。",
    "后来我换了一种方法。我把课本里的对话改编成小短剧，让学生分角色表演；把单词写在卡片上，课间和他们玩抢答游戏。慢慢地，教室里的笑声多了起来，有几个原本最沉默的孩子，开始在课后追着我问问题。",
    "让我印象最深的是一个叫小宇的男孩。他父母在外地打工，跟着奶奶生活，作业经常不交。有一次家访，我走了四十分钟山路才到他家，看见他正蹲在灶台前给奶奶熬药。那一刻，我忽然理解了他所有的“不听话”。从那以后，我每天放学后留他在办公室写作业，他的英语成绩从二十几分慢慢提到了七十多分。期末的时候，他偷偷在我桌上放了一张纸条，上面用歪歪扭扭的英文写着：Thank you, Miss Shen.",
    "当然，困难也不少。学校的多媒体设备经常出故障，周末回一趟县城要倒两次车，工资也比不上城里的同学。但县里这几年一直在改善乡村教师的待遇，新的教师周转房今年秋天就能住进去，学校还和城区的学校结成了对子，我们每个学期都能去听课、培训。",
    "有人问我会不会待满服务期就走。说实话，我现在还没想好。但我知道，每当早晨站在讲台上，看着台下那一双双渐渐有了光的眼睛，我就觉得，来这里是值得的。",
]


def qa_question(title, topics, detail, asked, followers, views, nans):
    tl = "".join('<a class="Tag" href="/topic/%d">%s</a>' % (19550000 + i, t) for i, t in enumerate(topics))
    return """<div class="QuestionHeader">
<div class="QuestionHeader-topics">%s</div>
<h1 class="QuestionHeader-title">%s</h1>
<div class="QuestionHeader-detail"><p>%s</p></div>
<div class="QuestionHeader-side"><div class="NumberBoard"><span>关注者</span><strong>%d</strong><span>被浏览</span><strong>%s</strong></div></div>
<div class="QuestionHeader-footer"><button class="Button--blue">关注问题</button><button class="Button">写回答</button>
<button class="Button">邀请回答</button><button class="Button">好问题 %d</button><button class="Button">分享</button><span class="asked">提问于 %s</span></div>
</div>
<div class="Question-mainColumn"><div class="List-header"><h4>%d 个回答</h4><div class="Sort">默认排序 ▾</div></div>
""" % (tl, esc(title), esc(detail), followers, views, followers // 9, asked, nans)


def site_jiehuoba():
    # page 1
    r = rng("qa1")
    title = "在国企老厂区长大是一种什么样的体验？"
    main = qa_question(title, ["国企改革", "童年回忆", "工厂", "东北", "社会"],
                       "最近看了一部讲老工业区的纪录片，很好奇在那种环境里长大的人，现在回头看是什么感受？",
                       "2023-11-30", 3187, "612,044", 214)
    main += qa_answer("顾远舟", "中学语文教师 · 北岭钢铁厂子弟", QA1, "发布于 2023-12-06 21:14", 4521, 318, long=True)
    shorts = [
        ("铁西老周", "机械工程师", ["最怀念的是厂里的澡堂，一张澡票五分钱，下了班全车间的人都泡在大池子里，什么烦心事都忘了。"], "发布于 2023-12-08 09:02", 312, 21),
        ("小满不满", "自由撰稿人", ["同样是厂区长大。最大的体会是，那时候邻里之间真的不锁门，谁家做了好吃的都会端一碗给隔壁。", "现在住在商品房里，对门住了三年还不知道姓什么。"], "编辑于 2024-01-15 22:40", 187, 9),
        ("江城阿昆", "历史爱好者", ["推荐大家去看看各地的厂史陈列馆，很多老照片和实物，比任何文字都有说服力。"], "发布于 2024-02-02 13:27", 56, 3),
    ]
    for u, b, p, d, v, c in shorts:
        main += qa_answer(u, b, p, d, v, c)
    main += '<div class="List-footer"><a class="Button" href="/question/39871102?page=2">查看全部 214 个回答</a></div>\n</div>\n'
    main += """<div class="Card"><div class="Card-header">关于作者</div><div class="AuthorCard">
<a href="/people/顾远舟">顾远舟</a><p>中学语文教师 · 北岭钢铁厂子弟</p><p>回答 86 · 文章 12 · 关注者 2.1 万</p>
<button class="FollowButton">+ 关注他</button><button>发私信</button></div></div>
"""
    page = qa_frame(title, main, qa_side(r), r)
    add("q-jiehuoba-1", page, "utf-8", "utf-8", "https://www.jiehuoba.com/question/39871102/answer/2233018877",
        title=title, author="顾远舟", published="2023-12-06", shown_date="2023-12-06", text=QA1)

    # page 2: no meta charset, the HTTP header decides
    r = rng("qa2")
    title = "刚毕业就去乡镇中学当老师，是一种怎样的体验？"
    main = qa_question(title, ["教育", "乡村教师", "教师", "职业选择", "成长"],
                       "今年考上了特岗教师，分到了一所乡镇中学，有点紧张，想听听过来人的经历。",
                       "2024-03-02", 1204, "208,517", 96)
    main += qa_answer("沈知秋", "乡村中学英语教师", QA2, "发布于 2024-03-21 20:06", 2876, 142, long=True)
    shorts = [
        ("三更灯火", "高中物理老师", ["过来人说一句：头两年最难，熬过去就好了。多跟老教师请教，他们对学生的了解比任何教参都管用。"], "发布于 2024-03-22 07:15", 241, 17),
        ("南风知我意", "公务员", ["我妈就是乡村教师，教了三十年书。她说最开心的是每年春节，总有已经当了父母的学生带着孩子来看她。"], "发布于 2024-03-25 19:48", 133, 6),
        ("木子李", "在读研究生", ["支教过一年，和答主的感受很像。孩子们的眼睛真的会发光。"], "编辑于 2024-04-01 11:30", 42, 2),
    ]
    for u, b, p, d, v, c in shorts:
        main += qa_answer(u, b, p, d, v, c)
    main += '<div class="List-footer"><a class="Button" href="/question/40213345?page=2">查看全部 96 个回答</a></div>\n</div>\n'
    page = qa_frame(title, main, qa_side(r), r, meta=False)
    add("q-jiehuoba-2", page, "utf-8", "utf-8", "https://www.jiehuoba.com/question/40213345/answer/2410062215",
        title=title, author="沈知秋", published="2024-03-21", shown_date="2024-03-21", text=QA2)

    # page 3: topic page (list of questions with answer excerpts)
    r = rng("qa3")
    feed = "".join("""<div class="TopicFeedItem"><h2><a href="/question/%d">%s</a></h2>
<div class="excerpt"><b>%s：</b>%s<a href="/question/%d/answer/%d">阅读全文 ▾</a></div>
<div class="actions"><button>▲ 赞同 %d</button><button>%d 条评论</button><button>分享</button><button>收藏</button></div></div>
""" % (42000000 + i, esc(q), esc(u[0]), esc(s), 42000000 + i, 2300000000 + i, r.randint(10, 3000), r.randint(0, 300))
        for i, (q, u, s) in enumerate(zip(pick(r, QA_QS, 15), pick(r, QA_USERS, 15), pick(r, SUM_S, 15))))
    main = """<div class="TopicHeader"><h1 class="TopicHeader-title">国企改革</h1><p>国有企业改革是指……对国有企业体制机制进行的一系列调整。</p>
<div class="NumberBoard"><span>关注者</span><strong>86,402</strong><span>问题</span><strong>5,318</strong></div><button>关注话题</button></div>
<div class="Tabs"><a class="is-active" href="/topic/19550001/hot">讨论</a><a href="/topic/19550001/top-answers">精华</a><a href="/topic/19550001/unanswered">等待回答</a></div>
<div class="TopicFeedList">%s</div>
<div class="Pagination"><button>加载更多</button></div>""" % feed
    side = '<div class="Card"><div class="Card-header">父话题</div><p><a href="/topic/1">经济</a> <a href="/topic/2">企业管理</a></p></div>\n'
    page = qa_frame("国企改革 - 话题精华", main, qa_side(r, side), r)
    add("q-jiehuoba-3", page, "utf-8", "utf-8", "https://www.jiehuoba.com/topic/19550001/hot", kind="listing")

    # page 4: the author's answer archive (column of one person)
    r = rng("qa4")
    feed = "".join("""<div class="List-item"><h2><a href="/question/%d">%s</a></h2>
<div class="excerpt">%s<a href="/question/%d/answer/%d">阅读全文 ▾</a></div>
<div class="meta">%s · 赞同 %d · 评论 %d</div></div>
""" % (43000000 + i, esc(q), esc(s), 43000000 + i, 2400000000 + i, "发布于 2024-%02d-%02d" % (1 + i % 11, 2 + i), r.randint(5, 4000), r.randint(0, 200))
        for i, (q, s) in enumerate(zip(pick(r, QA_QS, 14), pick(r, SUM_S, 14))))
    main = """<div class="ProfileHeader"><img class="Avatar" src="https://pic.jiehuoba.com/avatar/222.jpg" alt="">
<h1 class="ProfileHeader-name">顾远舟</h1><p class="ProfileHeader-headline">中学语文教师 · 北岭钢铁厂子弟</p>
<div class="ProfileHeader-info">获得 3.8 万次赞同 · 1,204 次收藏 · 关注者 2.1 万</div><button class="FollowButton">+ 关注他</button></div>
<div class="Tabs"><a href="/people/顾远舟/activities">动态</a><a class="is-active" href="/people/顾远舟/answers">回答 86</a><a href="/people/顾远舟/posts">文章 12</a><a href="/people/顾远舟/columns">专栏 1</a><a href="/people/顾远舟/collections">收藏</a></div>
<div class="List"><div class="List-header"><h4>他的回答</h4><div class="Sort">按时间排序 ▾</div></div>%s</div>
<div class="Pagination"><span class="cur">1</span><a href="?page=2">2</a><a href="?page=3">3</a><a href="?page=4">4</a><a href="?page=2">下一页</a></div>""" % feed
    side = '<div class="Card"><div class="Card-header">个人成就</div><p>优秀回答者 · 教育话题</p><p>参与 2 次公共编辑</p></div>\n'
    page = qa_frame("顾远舟的回答", main, qa_side(r, side), r)
    add("q-jiehuoba-4", page, "utf-8", "", "https://www.jiehuoba.com/people/guyuanzhou/answers", kind="listing")


# ===========================================================================
# Site 4: 岚石县人民政府 (county government portal), GB18030 / GBK
# ===========================================================================
LS_NAV = [("/", "首页"), ("/zwgk/", "政务公开"), ("/zwdt/", "政务动态"), ("/tzgg/", "通知公告"), ("/zcjd/", "政策解读"),
          ("/zmhd/", "政民互动"), ("/bsfw/", "办事服务"), ("/zjls/", "走进岚石"), ("/lswh/", "岚石文化"), ("/ztzl/", "专题专栏")]
LS_DEPTS = ["县发展和改革局", "县教育局", "县财政局", "县人力资源和社会保障局", "县自然资源局", "县住房和城乡建设局",
            "县交通运输局", "县农业农村局", "县水利局", "县文化旅游体育局", "县卫生健康局", "县市场监督管理局",
            "县应急管理局", "县医疗保障局", "县国有资产服务中心", "县融媒体中心"]
LS_TOWNS = ["城关镇", "石门镇", "岚溪镇", "白沙乡", "龙潭乡", "青峰乡", "下坪镇", "枫林乡"]
LS_NOTICES = ["关于公布2024年县级非物质文化遗产代表性项目名录的通知", "岚石县2024年公开招聘中小学教师公告",
              "关于做好2024年度城乡居民医保集中参保缴费工作的通告", "关于开展2024年春季学期中小学校园安全隐患排查工作的通知",
              "岚石县农村公路养护招标公告", "关于印发《岚石县防汛抗旱应急预案》的通知", "岚石县2024年高素质农民培育计划公示",
              "关于调整县城公交线路的公告", "岚石县第三次全国土壤普查工作方案", "关于征集2025年县政府民生实事项目建议的公告",
              "岚石县2023年度政府信息公开工作年度报告", "关于开展安全生产大检查的通知", "岚石县城区停车收费标准听证公告",
              "关于2024年耕地地力保护补贴发放情况的公示", "岚石县国有企业公开招聘工作人员公告"]
LS_JD = ["《岚石县深化县属国有企业改革三年行动实施方案》政策解读", "一图读懂岚石县2024年政府工作报告",
         "《岚石县城乡供水一体化实施方案》解读", "《关于促进县域商业高质量发展的若干措施》解读",
         "《岚石县学前教育普及普惠发展行动计划》解读", "《岚石县老旧小区改造实施意见》政策解读",
         "《岚石县乡村振兴人才支持计划》解读", "《岚石县养老服务体系建设规划》解读"]


def ls_frame(title, crumbs, main_html, r, meta_cs, heavy_side=False):
    nav = "".join('<li><a href="%s">%s</a></li>' % (h, t) for h, t in LS_NAV)
    sub = "".join('<a href="/zwgk/bm/%d/">%s</a>' % (i, d) for i, d in enumerate(LS_DEPTS))
    towns = "".join('<a href="/zwgk/xz/%d/">%s</a>' % (i, t) for i, t in enumerate(LS_TOWNS))
    crumb = " &gt; ".join('<a href="%s">%s</a>' % (h, t) for h, t in crumbs)
    side = """<div class="sidebox"><div class="st">通知公告</div>%s</div>
<div class="sidebox"><div class="st">政策解读</div>%s</div>
""" % (links_ul([("/tzgg/202403/t2024031%d_%d.html" % (i % 10, 880000 + i), t) for i, t in enumerate(pick(r, LS_NOTICES, 8))], "slist"),
       links_ul([("/zcjd/2024/t%d.html" % (770000 + i), t) for i, t in enumerate(pick(r, LS_JD, 6))], "slist"))
    if heavy_side:
        side += '<div class="sidebox"><div class="st">政务动态</div><ul class="sumlist">%s</ul></div>\n' % "".join(
            '<li><a href="/zwdt/2024/t%d.html">%s</a><p>%s</p><span>2024-0%d-%02d</span></li>\n'
            % (660000 + i, esc(t), esc(s), 1 + i % 6, 5 + i) for i, (t, s) in enumerate(zip(pick(r, HEAD_S, 12), pick(r, SUM_S, 12))))
        side += '<div class="sidebox"><div class="st">乡镇动态</div><ul class="sumlist">%s</ul></div>\n' % "".join(
            '<li><a href="/xzdt/2024/t%d.html">【%s】%s</a><p>%s</p></li>\n'
            % (550000 + i, LS_TOWNS[i % 8], esc(t), esc(s)) for i, (t, s) in enumerate(zip(pick(r, HEAD_S, 8), pick(r, SUM_S, 8))))
    else:
        side += '<div class="sidebox"><div class="st">图片新闻</div><ul class="piclist">%s</ul></div>\n' % "".join(
            '<li><a href="/zwdt/2024/t%d.html"><img src="/images/news/%d.jpg" alt=""><span>%s</span></a></li>\n'
            % (660100 + i, i, esc(t)) for i, t in enumerate(pick(r, HEAD_S, 4)))
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%(cs)s" />
<title>%(title)s_岚石县人民政府</title>
<meta name="SiteName" content="岚石县人民政府" />
<meta name="SiteDomain" content="www.lanshi.gov.cn" />
<meta name="SiteIDCode" content="0000000001" />
<meta name="ColumnName" content="%(col)s" />
<meta name="ArticleTitle" content="%(title)s" />
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery.js"></script>
<script type="text/javascript" src="/js/wza/aria.js?appid=lanshigov" charset="utf-8"></script>
</head>
<body>
<div class="top"><div class="w1100"><span class="wel">欢迎访问岚石县人民政府门户网站</span>
<a href="javascript:void(0)" id="wza">无障碍浏览</a> | <a href="javascript:void(0)" onclick="setElder()">长者模式</a> | <a href="/m/">手机版</a> | <a href="/wx/">微信</a> | <a href="/wb/">微博</a></div></div>
<div class="banner"><div class="w1100"><img src="/images/banner_logo.png" alt="岚石县人民政府" />
<form action="/search/" method="get" class="ss"><input type="text" name="searchword" value="请输入关键字" /><input type="submit" value="搜索" /></form></div></div>
<div class="nav"><ul class="w1100">%(nav)s</ul></div>
<div class="w1100 links-dept"><b>部门：</b>%(sub)s</div>
<div class="w1100 links-town"><b>乡镇：</b>%(towns)s</div>
<div class="w1100 crumb">您当前的位置：%(crumb)s</div>
<div class="w1100 mainbox">
<div class="leftbox">
%(main)s
</div>
<div class="rightbox">
%(side)s
</div>
</div>
<div class="footlinks w1100"><select onchange="window.open(this.value)"><option>国家部委网站</option><option value="#">中国政府网</option></select>
<select onchange="window.open(this.value)"><option>省市政府网站</option><option value="#">省人民政府</option><option value="#">市人民政府</option></select>
<select onchange="window.open(this.value)"><option>县直部门网站</option><option value="#">县发改局</option><option value="#">县教育局</option></select></div>
<div class="footer"><div class="w1100">
<p><a href="/about/">网站简介</a> | <a href="/sitemap/">网站地图</a> | <a href="/contact/">联系我们</a> | <a href="/statement/">免责声明</a></p>
<p>主办：岚石县人民政府办公室　承办：岚石县政务服务数据管理局　联系电话：7612000</p>
<p>网站标识码：0000000001　<a href="https://beian.miit.gov.cn/" target="_blank">岚ICP备10003456号</a>　<img src="/images/ga.png" alt="" />岚公网安备 00000000000001号</p>
<p><script type="text/javascript">document.write(unescape("%%3Cspan id='_ideConac' %%3E%%3C/span%%3E"));</script></p>
</div></div>
<script type="text/javascript">
var articleInfo = {"siteId":"lanshi","channel":"%(col)s","docId":"%(doc)d"};
$(function(){ $.get("/cms/visit?docId=" + articleInfo.docId, function(d){ $("#visits").text(d.count); }); });
</script>
</body>
</html>
""" % dict(cs=meta_cs, title=esc(title), col=crumbs[-1][1], nav=nav, sub=sub, towns=towns, crumb=crumb,
           main=main_html, side=side, doc=r.randint(100000, 999999))


def ls_article(title, source, date_line, paras, r, extra_after="", author_line=""):
    body = "".join('<p style="text-indent:2em">%s</p>\n' % esc(p) for p in paras)
    return """<div class="article">
<h1 class="arttitle">%s</h1>
<div class="artinfo">%s来源：%s　发布时间：%s　浏览次数：<span id="visits">0</span>
【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<div class="artcon" id="zoom">
%s</div>
%s
<div class="artshare">分享到：<a href="javascript:;" class="wx">微信</a> <a href="javascript:;" class="wb">微博</a> <a href="javascript:;" class="qq">QQ</a></div>
<div class="arttools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="prenext"><p>上一篇：<a href="/tzgg/t%d.html">%s</a></p><p>下一篇：<a href="/tzgg/t%d.html">%s</a></p></div>
</div>
""" % (esc(title), author_line, source, date_line, body, extra_after, r.randint(1000, 9999), esc(pick(r, LS_NOTICES, 1)[0]),
       r.randint(1000, 9999), esc(pick(r, LS_NOTICES, 2)[1]))


LS1 = [
    "各乡镇中心学校，县直各学校、幼儿园：",
    "为切实做好2024年春季学期校园安全工作，及时发现和消除各类安全隐患，保障广大师生生命财产安全，经研究，决定在全县范围内开展校园安全隐患排查工作。现将有关事项通知如下：",
    "一、排查时间",
    "2024年3月15日至4月15日。",
    "二、排查内容",
    "重点排查校舍、围墙、消防设施、食堂、饮用水、校车以及学校周边环境等方面存在的安全隐患，建立问题清单和整改台账。",
    "三、工作要求",
    "（一）各学校要成立由校长任组长的排查工作小组，明确责任分工，做到不留死角、不留盲区。",
    "（二）对排查中发现的问题，能立即整改的要立即整改；一时难以整改的，要制定整改方案，落实临时防范措施。",
    "（三）各学校于4月20日前将排查情况汇总表报送县教育局安全股，联系人：程立新，联系电话：7613052。",
    "附件：1.岚石县中小学校园安全隐患排查汇总表",
    "2.岚石县校园安全隐患整改台账（样表）",
    "岚石县教育局",
    "2024年3月12日",
]
LS2 = [
    "一、出台背景",
    "县属国有企业是全县经济社会发展的重要力量。近年来，我县国有企业在基础设施建设、城乡供水、公共交通等领域发挥了重要作用，但也存在布局分散、主业不够突出、市场化经营机制不够健全等问题。为推动县属国有企业高质量发展，县委、县政府研究制定了《岚石县深化县属国有企业改革三年行动实施方案》（以下简称《方案》）。",
    "二、主要目标",
    "《方案》提出，到2026年底，县属国有企业布局结构进一步优化，企业数量由目前的十四户整合为五户左右的骨干企业集团；现代企业制度更加健全，董事会应建尽建、外部董事占多数；企业营业收入年均增长百分之八以上，资产负债率控制在合理水平。",
    "三、重点任务",
    "（一）推进战略性重组。围绕城市建设运营、水务环保、文化旅游、农业产业化和交通物流五大板块，对业务相近的企业实施合并重组，对长期亏损、扭亏无望的“僵尸企业”依法依规退出。",
    "（二）完善公司治理。厘清党委会、董事会、经理层的权责边界，制定权责清单，推动各治理主体各司其职、协调运转。",
    "（三）健全市场化经营机制。全面推行经理层成员任期制和契约化管理，深化劳动、人事、分配三项制度改革，建立管理人员能上能下、员工能进能出、收入能增能减的机制。",
    "（四）加强国有资产监管。建立覆盖全县经营性国有资产的监管平台，强化对重大投资、重大资金运作的事前、事中、事后监督，严防国有资产流失。",
    "四、保障措施",
    "《方案》明确，成立由县政府主要负责同志任组长的改革领导小组，定期研究解决改革中的重大问题；对改革过程中涉及的职工安置问题，坚持依法依规、稳妥推进，切实维护职工合法权益。",
]
LS3 = [
    "在我童年的记忆里，岚溪镇最热闹的地方，不是镇政府，也不是中学，而是老街口那座两层青砖楼——岚溪供销社。",
    "供销社的门脸朝东，门楣上“发展经济，保障供给”八个红字，风吹雨打几十年，颜色褪成了淡淡的粉红。一进门，左边是布匹柜台，右边是副食品柜台，正对着大门的是日用百货。柜台很高，我踮着脚尖也只能看见售货员的头顶。",
    "那时候买东西要凭票。母亲攒了大半年的布票，在腊月里给我们兄妹三个各扯了一身新衣服的布料。售货员李阿姨拿着一把长长的木尺，量好布，用剪刀剪一个小口，双手一扯，“刺啦”一声，布就齐齐整整地分开了。那声音清脆好听，我至今还记得。",
    "最让孩子们着迷的，是副食品柜台上那几个大玻璃罐子，里面装着水果糖、麻饼和动物饼干。一分钱能买两颗糖，我常常攥着从牙膏皮换来的几分钱，在柜台前站上好半天，才舍得买下一颗。",
    "八十年代后期，镇上陆续开起了个体商店，供销社的生意一天天冷清下来。九十年代末，供销社改制，职工有的买断工龄回了家，有的承包了柜台自己经营。李阿姨承包了布匹柜台，后来改卖成衣，一直干到退休。",
    "前几年，老街改造，供销社的青砖楼被列为历史建筑保留了下来，一楼开了一家乡村振兴产品展销馆，卖的是本地的茶叶、笋干和土蜂蜜。我带着女儿进去转了一圈，柜台变矮了，货架上摆着二维码，可那股混合着布料、糖果和煤油的气味，好像还留在墙角的某个地方。",
    "女儿问我，以前的人都在这里买什么。我想了想，说：买一年的盼头。",
]


def site_lanshixian():
    # page 1: 通知公告, a short notice with an attachment list; GB2312 meta, no HTTP charset
    r = rng("ls1")
    title = "关于开展2024年春季学期中小学校园安全隐患排查工作的通知"
    att = """<div class="attach"><b>附件下载：</b>
<p><img src="/images/icon_xls.gif" alt="" /><a href="/tzgg/202403/P020240312533401.xls">1.岚石县中小学校园安全隐患排查汇总表.xls</a>（36KB）</p>
<p><img src="/images/icon_doc.gif" alt="" /><a href="/tzgg/202403/P020240312533402.doc">2.岚石县校园安全隐患整改台账（样表）.doc</a>（52KB）</p></div>
<div class="related"><b>相关文件：</b>%s</div>""" % links_ul(
        [("/tzgg/2023/t%d.html" % (990000 + i), t) for i, t in enumerate(["关于开展2023年秋季学期校园安全专项检查的通知",
                                                                          "岚石县校园及周边治安综合治理工作方案",
                                                                          "关于加强中小学生防溺水安全教育的紧急通知"])], "rel")
    body = []
    for p in LS1:
        body.append(p)
    main_html = ls_article(title, "县教育局", "2024-03-12 10:05", [], r, att)
    # the notice keeps its own layout: salutation flush left, signature right-aligned
    paras_html = "<p>%s</p>\n" % esc(LS1[0]) + "".join('<p style="text-indent:2em">%s</p>\n' % esc(p) for p in LS1[1:12]) + \
        '<p style="text-align:right">%s</p>\n<p style="text-align:right">%s</p>\n' % (esc(LS1[12]), esc(LS1[13]))
    main_html = main_html.replace('<div class="artcon" id="zoom">\n</div>', '<div class="artcon" id="zoom">\n%s</div>' % paras_html)
    meta_table = """<table class="xxgk" width="100%%" cellpadding="0" cellspacing="1">
<tr><th>索引号：</th><td>431000000/2024-00318</td><th>主题分类：</th><td>教育</td></tr>
<tr><th>发布机构：</th><td>岚石县教育局</td><th>成文日期：</th><td>2024-03-12</td></tr>
<tr><th>名　　称：</th><td colspan="3">%s</td></tr>
<tr><th>文　　号：</th><td>岚教发〔2024〕9号</td><th>发布日期：</th><td>2024-03-12</td></tr>
</table>
""" % esc(title)
    main_html = meta_table + main_html
    page = ls_frame(title, [("/", "首页"), ("/zwgk/", "政务公开"), ("/tzgg/", "通知公告")], main_html, r, "gb2312")
    add("q-lanshixian-1", page, "gb2312", "", "http://www.lanshi.gov.cn/tzgg/202403/t20240312_880318.html",
        title=title, author="", published="2024-03-12", shown_date="2024-03-12", text=LS1)

    # page 2: 政策解读; GB18030 in both header and meta
    r = rng("ls2")
    title = "《岚石县深化县属国有企业改革三年行动实施方案》政策解读"
    body_paras = ["##" + p if re.match("^[一二三四五六]、", p) else p for p in LS2]
    main_html = ls_article(title, "县国有资产服务中心", "2024-05-20 16:30", [], r,
                           '<div class="jdlink">原文链接：<a href="/zwgk/wj/t20240518_771002.html">岚石县人民政府办公室关于印发《岚石县深化县属国有企业改革三年行动实施方案》的通知</a></div>\n'
                           '<div class="jdcontact">解读机关：岚石县国有资产服务中心　解读人：县国资中心企业改革股　联系电话：7623018</div>')
    inner = "".join(('<p style="text-indent:2em"><strong>%s</strong></p>\n' % esc(p[2:])) if p.startswith("##")
                    else '<p style="text-indent:2em">%s</p>\n' % esc(p) for p in body_paras)
    main_html = main_html.replace('<div class="artcon" id="zoom">\n</div>', '<div class="artcon" id="zoom">\n%s</div>' % inner)
    page = ls_frame(title, [("/", "首页"), ("/zwgk/", "政务公开"), ("/zcjd/", "政策解读")], main_html, r, "gb18030")
    add("q-lanshixian-2", page, "gb18030", "gb18030", "http://www.lanshi.gov.cn/zcjd/2024/t20240520_771056.html",
        title=title, author="", published="2024-05-20", shown_date="2024-05-20", text=LS2)

    # page 3: page 2 of the 通知公告 list: 4 entries, a heavy sidebar
    r = rng("ls3")
    rows = "".join('<li><a href="/tzgg/2023/t%d.html" title="%s">%s</a><span>%s</span></li>\n' % (880100 + i, esc(t), esc(t), d)
                   for i, (t, d) in enumerate([("岚石县2023年度政府信息公开工作年度报告", "2024-01-18"),
                                               ("关于2023年度耕地地力保护补贴发放情况的公示", "2024-01-09"),
                                               ("关于调整县城公交线路的公告", "2023-12-27"),
                                               ("岚石县农村公路养护招标公告", "2023-12-20")]))
    main_html = """<div class="listbox"><div class="lt">通知公告</div>
<ul class="newslist">%s</ul>
<div class="pagebar">共 19 条　<a href="/tzgg/index.html">首页</a> <a href="/tzgg/index.html">上一页</a> <span class="cur">2</span> 下一页 尾页　第2/2页　转到 <select onchange="location.href=this.value"><option value="/tzgg/index.html">1</option><option selected="selected">2</option></select></div>
</div>""" % rows
    page = ls_frame("通知公告", [("/", "首页"), ("/zwgk/", "政务公开"), ("/tzgg/", "通知公告")], main_html, r, "gbk", heavy_side=True)
    add("q-lanshixian-3", page, "gbk", "gbk", "http://www.lanshi.gov.cn/tzgg/index_1.html", kind="listing")

    # page 4: 岚石文化 > 乡土记忆 essay with a named author
    r = rng("ls4")
    title = "岚溪旧事：镇上的供销社"
    main_html = ls_article(title, "岚石县融媒体中心", "2024-08-02 09:12", LS3, r,
                           '<div class="editor">（责任编辑：蒋晓燕）</div>', author_line="作者：方守成　")
    page = ls_frame(title, [("/", "首页"), ("/lswh/", "岚石文化"), ("/lswh/xtjy/", "乡土记忆")], main_html, r, "gb18030")
    add("q-lanshixian-4", page, "gb18030", "", "http://www.lanshi.gov.cn/lswh/xtjy/202408/t20240802_662190.html",
        title=title, author="方守成", published="2024-08-02", shown_date="2024-08-02", text=LS3)


# ===========================================================================
# Site 5: 梧川快讯 mobile site (m.), UTF-8
# ===========================================================================
WC_CH = [("/", "推荐"), ("/local/", "本地"), ("/news/", "要闻"), ("/city/", "城事"), ("/life/", "生活"), ("/food/", "美食"),
         ("/edu/", "教育"), ("/house/", "房产"), ("/car/", "汽车"), ("/video/", "视频"), ("/culture/", "文旅"), ("/health/", "健康")]


def wc_frame(title, main_html, r, meta_cs=True):
    ch = "".join('<a class="ch" href="%s">%s</a>' % (h, t) for h, t in WC_CH)
    meta = '<meta charset="utf-8">\n' if meta_cs else '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
    return """<!DOCTYPE html>
<html>
<head>
%s<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<title>%s</title>
<link rel="stylesheet" href="https://m.wuchuankx.cn/static/m/css/article.v3.css">
<script>window.__INITIAL_STATE__={"env":"m","appUrl":"wuchuankx://open","abTest":{"expand":"fold_60"},"ads":[{"pos":"top","id":7712},{"pos":"mid","id":7713},{"pos":"feed","id":7714}]};</script>
<style>.art-body.fold{max-height:1200px;overflow:hidden}.lazy{background:#f2f2f2}</style>
</head>
<body>
<div class="app-banner" id="topBanner"><img src="https://m.wuchuankx.cn/static/m/img/app_icon.png" alt=""><div class="txt"><b>梧川快讯</b><span>打开App，看更多本地好新闻</span></div><a class="open-btn" href="https://m.wuchuankx.cn/app/download?from=top">打开</a><a class="close" href="javascript:;">×</a></div>
<header class="m-header"><a class="back" href="javascript:history.back()">&lt;</a><a class="logo" href="/">梧川快讯</a><a class="search" href="/search">搜索</a><a class="my" href="/my">我的</a></header>
<nav class="channels">%s</nav>
%s
<footer class="m-footer"><p><a href="/">首页</a> | <a href="https://www.wuchuankx.cn/?pc=1">电脑版</a> | <a href="/app/download?from=foot">客户端</a> | <a href="/about">关于我们</a></p>
<p>梧川快讯 &copy; 2024　<a href="https://beian.miit.gov.cn/">梧ICP备18004321号-1</a></p></footer>
<div class="float-app"><a href="https://m.wuchuankx.cn/app/download?from=float">App内打开，阅读体验更佳</a></div>
<script src="https://m.wuchuankx.cn/static/m/js/zepto.min.js"></script>
<script>
document.addEventListener('DOMContentLoaded',function(){var imgs=document.querySelectorAll('img.lazy');for(var i=0;i<imgs.length;i++){imgs[i].src=imgs[i].getAttribute('data-src');}});
function expandArticle(){document.querySelector('.art-body').classList.remove('fold');document.querySelector('.expand').style.display='none';}
</script>
</body>
</html>
""" % (meta, esc(title), ch, main_html)


def wc_feed(r, n, base=70000):
    out = []
    for i, (t, s) in enumerate(zip(pick(r, HEAD_S, n), pick(r, SUM_S, n))):
        if i % 3 == 1:
            out.append('<li class="feed-item three"><a href="/a/%d.html"><h3>%s</h3><div class="pics">%s</div><p class="meta">%s · %d评</p></a></li>\n'
                       % (base + i, esc(t), "".join('<img class="lazy" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://img.wuchuankx.cn/f/%d_%d.jpg" alt="">' % (base + i, k) for k in range(3)),
                          r.choice(["梧川快讯", "梧川发布", "城事观察", "梧川教育"]), r.randint(0, 800)))
        else:
            out.append('<li class="feed-item"><a href="/a/%d.html"><img class="lazy" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://img.wuchuankx.cn/f/%d.jpg" alt=""><h3>%s</h3><p class="sum">%s</p><p class="meta">%s · %d评</p></a></li>\n'
                       % (base + i, base + i, esc(t), esc(s), r.choice(["梧川快讯", "梧川发布", "城事观察"]), r.randint(0, 800)))
        if i == 5:
            out.append('<li class="feed-ad"><a href="/ad/c?id=7714" rel="nofollow"><img class="lazy" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://img.wuchuankx.cn/ad/7714.jpg" alt=""><span>广告</span></a></li>\n')
    return '<ul class="feed">%s</ul>\n' % "".join(out)


def wc_article(title, source_line, date_line, paras, comments, r):
    body = []
    n = 0
    for p in paras:
        if p.startswith("@@"):
            n += 1
            body.append('<div class="img-wrap"><img class="lazy" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://img.wuchuankx.cn/a/%d_%d.jpg" alt=""></div>\n<p class="img-desc">%s</p>\n'
                        % (r.randint(100000, 999999), n, esc(p[2:])))
        else:
            body.append("<p>%s</p>\n" % esc(p))
    hot = "".join("""<div class="cmt"><img class="lazy" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://img.wuchuankx.cn/u/%d.jpg" alt="">
<div class="cmt-main"><p class="nick">%s<span class="loc">%s</span></p><p class="cmt-txt">%s</p><p class="cmt-meta">%s <a href="javascript:;">回复</a> <span class="like">%d</span></p></div></div>
""" % (i, esc(u), loc, esc(c), d, lk) for i, (u, loc, c, d, lk) in enumerate(comments))
    return """<article class="art">
<h1 class="art-title">%s</h1>
<div class="art-info"><span class="src">%s</span><span class="time">%s</span><a class="follow" href="javascript:;">+关注</a></div>
<div class="ad-top"><a href="/ad/c?id=7712" rel="nofollow"><img class="lazy" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://img.wuchuankx.cn/ad/7712.jpg" alt=""></a><span>广告</span></div>
<div class="art-body fold">
%s</div>
<div class="expand"><a href="javascript:expandArticle()">展开全文 ∨</a></div>
<div class="open-app-tip"><a href="https://m.wuchuankx.cn/app/download?from=expand">打开梧川快讯App，查看更多精彩内容</a></div>
<div class="art-statement">本文为梧川快讯原创，未经授权不得转载。</div>
<div class="art-actions"><a class="like" href="javascript:;">点赞 %d</a><a class="share-wx" href="javascript:;">微信</a><a class="share-pyq" href="javascript:;">朋友圈</a><a class="share-wb" href="javascript:;">微博</a></div>
</article>
<section class="hot-cmt"><h2>热门评论</h2>
%s<a class="more-cmt" href="https://m.wuchuankx.cn/app/download?from=comment">打开App查看全部评论</a></section>
<section class="recommend"><h2>为你推荐</h2>
%s</section>
""" % (esc(title), source_line, date_line, "".join(body), r.randint(100, 3000), hot, wc_feed(r, 24))


WC1 = [
    "清晨七点半，位于城北的原梧川第二棉纺织厂大门口，已经有年轻人拎着咖啡走进园区。这座始建于一九五八年的老厂，曾经是梧川最大的国有纺织企业，鼎盛时期有职工六千多人。",
    "@@改造后的原梧川第二棉纺织厂主厂房，锯齿形屋顶被完整保留。",
    "二〇〇三年，随着纺织行业结构调整，二棉厂实施政策性破产，大部分职工通过买断工龄、内部退养等方式分流安置。此后十多年，厂房一直闲置，院子里长满了半人高的野草。",
    "“那时候每次路过，心里都不是滋味。”六十三岁的陈秀英在细纱车间干了二十二年，她说，厂子关门那天，姐妹们在车间里抱头痛哭，“机器一停，感觉心也空了一块”。",
    "转机出现在二〇一九年。市属国有企业梧川城投集团接手老厂区，启动有机更新项目。设计团队保留了锯齿形屋顶的主厂房、红砖水塔和一段铁路专用线，在老建筑里植入了办公、展览、餐饮和演出空间。",
    "@@厂区内保留的红砖水塔，成为年轻人拍照打卡的热门地点。",
    "如今，“二棉里”文创园已经入驻企业一百二十多家，每天接待游客数千人次。园区还专门开辟了一间纺织记忆馆，陈列着当年的纺纱机、工作证和劳动模范奖状。陈秀英报名当了馆里的志愿讲解员，每周来三次。",
    "“好多小年轻问我，细纱是怎么接头的，我就当场给他们比画。”陈秀英笑着说，老厂房活过来了，她们这些老纺织工的故事也有人愿意听了。",
    "城投集团相关负责人介绍，老厂区更新坚持“留改拆”并举，不搞大拆大建，既要留住城市记忆，也要让国有资产在盘活中实现保值增值。下一步，园区将引入更多设计研发类企业，打造城北片区新的产业增长点。",
]
WC2 = [
    "夜幕降临，沙埠尾老街的灯笼一盏盏亮起来，梧川夜市又开张了。",
    "@@夜市里的海蛎煎摊位前排起了长队。",
    "夜市不长，从街头走到街尾不过三百来米，却挤着一百多个摊位。海蛎煎、沙茶面、土笋冻、花生汤……本地人耳熟能详的小吃，在这里几乎都能找到。铁板滋滋作响，油烟混着葱香升腾起来，游客和街坊挤在一起，热闹得像过节。",
    "在夜市中段，有一家开了三十多年的花生汤摊。摊主林伯今年七十岁了，从前在国营食品厂做糕点，厂子改制后，他推着一辆小车上街卖花生汤，一卖就是半辈子。他的花生汤要先泡后煮，文火熬足四个小时，花生粒入口即化，汤头清甜不腻。",
    "“以前摆摊要躲着城管，现在有了固定摊位，还有统一的水电，安心多了。”林伯一边给客人盛汤，一边乐呵呵地说。前几年，老街改造提升，区里把分散的流动摊贩集中起来，统一规划摊位、统一油烟净化，既保住了烟火气，也解决了脏乱差的问题。",
    "@@七十岁的林伯在花生汤摊前招呼客人。",
    "晚上十点，夜市的人潮依旧没有散去。一位从外地来的游客端着一碗花生汤，站在路灯下慢慢地喝。她说，来梧川之前做了很多攻略，没想到最打动她的，是这一碗不起眼的甜汤。",
]


def site_wuchuankx():
    r = rng("wc1")
    title = "老纺织厂的“二次青春”"
    cm = [("城北老梧桐", "梧川", "我妈就是二棉的挡车工，带她去看了纺织记忆馆，她在那台纺纱机前站了好久。", "07-15 10:21", 862),
          ("阿杰爱吃鱼丸", "梧川", "周末去过，水塔那里拍照确实好看，就是停车有点难。", "07-15 12:05", 341),
          ("织梦人", "泉安", "留住老厂房比推倒重建有意义多了，点赞。", "07-16 08:47", 127)]
    main = wc_article(title, "梧川快讯　记者 梁思远", "2024-07-15 08:32", WC1, cm, r)
    page = wc_frame(title + "_梧川快讯", main, r)
    add("q-wuchuankx-1", page, "utf-8", "utf-8", "https://m.wuchuankx.cn/a/20240715/183302.html",
        title=title, author="梁思远", published="2024-07-15", shown_date="2024-07-15", text=gold_lines(WC1))

    r = rng("wc2")
    title = "梧川夜市：烟火气里的老味道"
    cm = [("吃货小分队", "梧川", "林伯的花生汤喝了十几年了，味道一直没变！", "08-21 21:40", 529),
          ("海边的风", "梧川", "土笋冻才是灵魂，外地朋友来必带他们去。", "08-21 22:13", 208),
          ("过路人", "江宸", "下个月去梧川旅游，收藏了。", "08-22 07:56", 66)]
    main = wc_article(title, "梧川发布", "2024-08-21 19:45", WC2, cm, r)
    page = wc_frame(title, main, r, meta_cs=False)
    add("q-wuchuankx-2", page, "utf-8", "", "https://m.wuchuankx.cn/a/20240821/190455.html",
        title=title, author="", published="2024-08-21", shown_date="2024-08-21", text=gold_lines(WC2))

    # page 3: the 本地 channel feed
    r = rng("wc3")
    main = """<div class="focus"><a href="/a/20240901/200101.html"><img class="lazy" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://img.wuchuankx.cn/focus/1.jpg" alt=""><span>%s</span></a></div>
%s<div class="loadmore"><a href="/local/?page=2">加载更多</a></div>""" % (esc(HEAD_S[26]), wc_feed(r, 40, 80000))
    page = wc_frame("本地_梧川快讯", main, r)
    add("q-wuchuankx-3", page, "utf-8", "utf-8", "https://m.wuchuankx.cn/local/", kind="listing")

    # page 4: 热榜 (hot list)
    r = rng("wc4")
    items = "".join('<li><span class="rank r%d">%d</span><a href="/a/%d.html">%s</a><em>%d万热度</em></li>\n'
                    % (min(i + 1, 4), i + 1, 90000 + i, esc(t), r.randint(3, 180)) for i, t in enumerate(pick(r, HEAD_S, 30)))
    main = """<div class="hot-head"><h2>梧川热榜</h2><p>每10分钟更新一次</p><div class="tabs"><a class="on" href="/hot/">实时</a><a href="/hot/day">今日</a><a href="/hot/week">本周</a></div></div>
<ol class="hot-list">%s</ol>
%s""" % (items, wc_feed(r, 12, 91000))
    page = wc_frame("热榜_梧川快讯", main, r)
    add("q-wuchuankx-4", page, "utf-8", "", "https://m.wuchuankx.cn/hot/", kind="listing")


# ===========================================================================
# Site 6: 《維港文叢》 Hong Kong literature magazine, Big5, traditional script
# ===========================================================================
WG_HEADS = ["海邊的書店", "冬夜讀詩記", "舊區街市的早晨", "父親的工具箱", "雨中的電車", "一座圖書館的記憶", "離島小記",
            "唐樓天台上的夏天", "茶餐廳裡的人間", "寫給遠方的信", "老街的招牌", "山城散步", "渡海", "祖母的衣櫃",
            "風箏與少年", "閱讀的季節", "海港燈火", "搬家記", "舊相簿", "秋日的碼頭", "小城故事", "詩人與貓",
            "在圖書館過冬", "街角的鐘錶鋪", "鹹魚欄記事"]
WG_AUTH = ["林子謙", "黃詠詩", "區嘉明", "鄧志恆", "蘇曉晴", "梁浩然", "馮慧欣", "周卓文", "莫家寶", "岑綺雯"]
WG_SUM = ["作者以細膩的筆觸，寫下舊區街坊的日常與變遷。", "一篇關於記憶與告別的散文，平淡中見深情。",
          "從一件舊物出發，回望兩代人的生活。", "詩人在冬夜重讀少年時代的詩集，有所感懷。",
          "寫海，寫船，也寫城市的呼吸。", "在搬遷與重建之間，尋找一個城市的面目。"]
WG_COLS = [("/sanwen/", "散文"), ("/xiaoshuo/", "小說"), ("/shige/", "詩歌"), ("/pinglun/", "評論"), ("/fangtan/", "訪談"),
           ("/zhuanlan/", "專欄"), ("/xinrui/", "新銳"), ("/fanyi/", "翻譯")]


def wg_frame(title, crumbs, main_html, r, meta_cs="big5"):
    nav = "".join('<li><a href="%s">%s</a></li>' % (h, t) for h, t in [("/", "首頁")] + WG_COLS + [("/qikan/", "過刊"), ("/dingyue/", "訂閱")])
    crumb = " ／ ".join('<a href="%s">%s</a>' % (h, t) for h, t in crumbs)
    rec = "".join('<li><a href="/sanwen/%d.html">%s</a><span>%s</span><p>%s</p></li>\n' % (3000 + i, h, a, s)
                  for i, (h, a, s) in enumerate(zip(pick(r, WG_HEADS, 10), pick(r, WG_AUTH, 10), pick(r, WG_SUM, 10))))
    # bimonthly: issue 88 is May 2024, each earlier issue two months before
    past = "".join('<li><a href="/qikan/%d/">第%d期（%d年%d月號）</a></li>' % (
        88 - i, 88 - i, (2024 * 12 + 4 - 2 * i) // 12, (2024 * 12 + 4 - 2 * i) % 12 + 1) for i in range(12))
    authors = "".join('<a href="/zuozhe/%d/">%s</a> ' % (i, a) for i, a in enumerate(WG_AUTH))
    return """<!DOCTYPE html>
<html lang="zh-Hant-HK">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<title>%s ｜ 維港文叢</title>
<meta name="description" content="《維港文叢》是香港的文學雙月刊，刊載散文、小說、詩歌與評論。">
<link rel="stylesheet" href="/css/wgwc.css">
<script src="/js/jquery.js"></script>
<script src="/js/tongwen.js"></script>
<script>var WG={"issue":87,"lang":"zh-hant","share":["facebook","whatsapp","email"]};</script>
</head>
<body>
<div id="topbar"><div class="w"><span>香港文學雙月刊　一九九七年創刊</span>
<span class="lang"><a href="javascript:TongWen.trans2Simp()">簡體</a> ｜ <a href="javascript:TongWen.trans2Trad()" class="on">繁體</a></span>
<a href="/login/">會員登入</a> <a href="/dingyue/">訂閱本刊</a></div></div>
<div id="masthead"><div class="w"><a href="/"><img src="/img/wgwc_logo.png" alt="維港文叢"></a>
<form action="/search/" method="get"><input name="kw" placeholder="搜尋作者、篇名"><input type="submit" value="搜尋"></form></div></div>
<div id="nav"><ul class="w">%s</ul></div>
<div class="w crumb">%s</div>
<div class="w main">
<div class="col-main">
%s
</div>
<div class="col-side">
<div class="box"><h3>本期目錄</h3><a href="/qikan/87/"><img src="/img/cover87.jpg" alt="第八十七期封面"></a></div>
<div class="box"><h3>編輯推薦</h3><ul class="rec">%s</ul></div>
<div class="box"><h3>過刊</h3><ul class="past">%s</ul></div>
<div class="box"><h3>本刊作者</h3><div class="authors">%s</div></div>
<div class="box ad"><a href="/ad/bookfair"><img src="/img/ad_bookfair.jpg" alt="書展"></a></div>
</div>
</div>
<div id="footer"><div class="w">
<p><a href="/about/">關於我們</a> ｜ <a href="/tougao/">投稿須知</a> ｜ <a href="/dingyue/">訂閱</a> ｜ <a href="/contact/">聯絡我們</a> ｜ <a href="/privacy/">私隱政策</a></p>
<p>本刊文章版權屬原作者及《維港文叢》所有，未經許可，不得轉載。</p>
<p>&copy; 2024 維港文叢出版社有限公司　香港北灣道一百二十號八樓</p>
</div></div>
<script>$(function(){ $(".lang a").click(function(){ $(".lang a").removeClass("on"); $(this).addClass("on"); }); });</script>
</body>
</html>
""" % (meta_cs, esc(title), nav, crumb, main_html, rec, past, authors)


def wg_article(title, author, issue_line, col, paras, notes, r):
    body = "".join("<p>%s</p>\n" % esc(p).replace("①", "<sup>①</sup>").replace("②", "<sup>②</sup>") for p in paras)
    nts = ""
    if notes:
        nts = '<div class="notes"><h4>註釋：</h4>\n%s</div>\n' % "".join('<p class="note">%s</p>\n' % esc(n) for n in notes)
    tags = "".join('<a href="/tag/%s/">%s</a> ' % (t, t) for t in ("散文", "香港", "記憶", col))
    return """<div class="article">
<div class="art-col">%s</div>
<h1>%s</h1>
<div class="art-author">文／<a href="/zuozhe/%s/">%s</a></div>
<div class="art-issue">%s</div>
<div class="art-tools"><a href="javascript:fontSize(1)">字體：大</a> <a href="javascript:fontSize(0)">中</a> <a href="javascript:fontSize(-1)">小</a> ｜ <a href="javascript:window.print()">列印</a></div>
<div class="art-body">
%s</div>
%s<div class="author-bio"><h4>作者簡介</h4><p>%s，香港作家，著有散文集多種，現居北灣。</p></div>
<div class="art-tags">標籤：%s</div>
<div class="art-share">分享：<a href="javascript:;">Facebook</a> <a href="javascript:;">WhatsApp</a> <a href="javascript:;">電郵</a></div>
<div class="art-nav"><p>上一篇：<a href="/sanwen/%d.html">%s</a></p><p>下一篇：<a href="/sanwen/%d.html">%s</a></p></div>
<div class="art-rel"><h4>延伸閱讀</h4><ul>%s</ul></div>
</div>
""" % (col, esc(title), author, author, issue_line, body, nts, author, tags, r.randint(2000, 2999),
       pick(r, WG_HEADS, 1)[0], r.randint(2000, 2999), pick(r, WG_HEADS, 2)[1],
       "".join('<li><a href="/sanwen/%d.html">%s</a>　%s</li>' % (2500 + i, h, a) for i, (h, a) in enumerate(zip(pick(r, WG_HEADS, 6), pick(r, WG_AUTH, 6)))))


WG1 = [
    "我在北灣住了二十多年，每天上班，都要從北灣碼頭搭渡輪到對岸的紅石角①。船程不過十來分鐘，卻是我一天裡最安靜的時刻。",
    "清早的渡輪上，乘客不多。有穿著校服的中學生，低頭溫習英文生字；有提著菜籃的老婆婆，大概是過海去街市買菜；也有像我一樣的上班族，端著一杯凍奶茶，望著窗外發呆。船身輕輕搖晃，海水拍打著船舷，發出沉悶而有節奏的聲響。",
    "我常常想起小時候跟父親搭船的情景。那時候，父親在船廠做工，每逢星期日，便帶我坐渡輪去對岸的公園。他總讓我坐在靠窗的位置，指著海面上往來的貨船，告訴我哪一艘是從南洋來的，哪一艘要開往日本。七十年代的海港，船比現在多得多，汽笛聲此起彼落，像一首永遠唱不完的歌。",
    "後來海底隧道通車，過海的人越來越少坐船了。父親工作的船廠也在八十年代末遷走②，他轉行做了大廈管理員，直到退休。他晚年最大的樂趣，仍是到碼頭邊坐坐，看渡輪一班一班地靠岸、離岸。",
    "父親走後，我依然每天搭渡輪。有時候，看見窗邊坐著一對父子，孩子把臉貼在玻璃上，興奮地指著遠處的貨櫃船，我便會心一笑。海港的樣子變了，兩岸的高樓一年比一年高，可渡輪仍舊慢悠悠地來回，把一代又一代人的日子，從這一岸擺渡到那一岸。",
]
WG1N = ["① 北灣至紅石角渡輪航線於一九五零年代開辦，現每隔約二十分鐘開出一班。",
        "② 指當時位於北灣東岸的一家船塢，其舊址現已發展為住宅區。"]
WG2 = [
    "我第一次走進西營街那條舊書街，是在中學二年級的一個黃昏。那時候，學校附近還有好幾家二樓書店①，狹窄的樓梯一直通到頭頂，牆上貼滿了新書的海報。",
    "那天我在一家書店的角落，翻到一本泛黃的散文集，扉頁上有前任主人用鋼筆寫下的一行字：「給一九六八年的自己。」字跡清秀，墨色已經淡了。我站在書架前讀了很久，直到店主輕輕咳了一聲，才不好意思地掏出僅有的十塊錢，把書買了下來。",
    "從那以後，逛舊書攤成了我的習慣。每個星期六下午，我都會背著書包，從一家書店走到另一家書店。店主們大多上了年紀，話不多，卻記得每一位熟客喜歡讀甚麼。有一位姓鄺的老伯，知道我愛讀散文，每次進了好書，都會替我留在櫃台底下。",
    "九十年代以後，租金越來越貴，二樓書店一家接一家地關門。鄺伯的書店撐到了二零零三年，結業那天，他送了我一套舊版的《海隅詩鈔》②，說：「書要有人讀，才算活著。」",
    "如今我也到了當年鄺伯的年紀。西營街的街頭依舊人潮洶湧，那些窄窄的樓梯卻大多通往了按摩店和手機維修鋪。偶爾經過，我還是會抬頭望一望那些窗口，彷彿仍能看見黃昏的光，斜斜地照在一排排舊書的書脊上。",
]
WG2N = ["① 二樓書店：本港特有的書店形式，因地舖租金高昂，書店多開設於唐樓二樓或以上，盛行於七八十年代。",
        "② 《海隅詩鈔》：本港詩人梁曉峰的詩集，初版於一九五九年，今已絕版。"]
WG3 = [
    "冬天的早晨，我常常一個人走上屋後的小山。山不高，從家門口走到山頂的涼亭，不過半個鐘頭，可一到冬天，山上便起霧，整座山像是浸在一碗稀稀的米湯裡。",
    "霧濃的時候，三五步之外就看不清人影。石級濕漉漉的，兩旁的樹木只剩下模糊的輪廓，偶爾有一兩聲鳥叫，從霧的深處傳來，顯得格外清脆。我喜歡在這樣的時刻慢慢地走，聽自己的腳步聲，聽露水從葉尖滴落的聲音。",
    "母親在世的時候，也愛走這條山路。她年輕時在山腳的茶園做工，對山上的一草一木都很熟悉。她說，霧是山的呼吸，起霧的日子，山就醒著。小時候我不明白這句話，只覺得霧天走山路冷得發抖，總是催她快點回家。",
    "後來我到海外讀書、工作，十多年沒有在冬天回來。母親每次打電話，都會說起山上的霧，說今年霧特別大，說涼亭的柱子又重新漆過了。我在電話這一頭應著，心裡卻想著別的事情。",
    "前年冬天，母親走了。我搬回了老屋，每天清早依舊上山。霧還是那樣濃，石級還是那樣濕，只是身邊少了一個人。站在涼亭裡，望著白茫茫的山谷，我忽然聽懂了母親的話。霧散的時候，山谷裡的村莊、田地和遠處的海，一點一點地顯露出來，好像山在慢慢地睜開眼睛。",
]


def site_weigangwc():
    r = rng("wg1")
    main = wg_article("北灣的渡輪", "葉朗文", "第八十七期　2024年3月號", "散文", WG1, WG1N, r)
    page = wg_frame("北灣的渡輪", [("/", "首頁"), ("/sanwen/", "散文"), ("/qikan/87/", "第八十七期")], main, r)
    add("q-weigangwc-1", page, "big5", "big5", "https://www.wgwc.hk/sanwen/3187.html",
        title="北灣的渡輪", author="葉朗文", published="2024-03", shown_date="2024年3月號",
        text=WG1 + ["註釋："] + WG1N)

    r = rng("wg2")
    main = wg_article("舊書街的黃昏", "陳素心", "第八十八期　2024年5月號", "散文", WG2, WG2N, r)
    page = wg_frame("舊書街的黃昏", [("/", "首頁"), ("/sanwen/", "散文"), ("/qikan/88/", "第八十八期")], main, r)
    add("q-weigangwc-2", page, "big5", "", "https://www.wgwc.hk/sanwen/3215.html",
        title="舊書街的黃昏", author="陳素心", published="2024-05", shown_date="2024年5月號",
        text=WG2 + ["註釋："] + WG2N)

    r = rng("wg3")
    main = wg_article("山頂的霧", "何靜儀", "第八十五期　2023年11月號", "散文", WG3, [], r)
    page = wg_frame("山頂的霧", [("/", "首頁"), ("/sanwen/", "散文"), ("/qikan/85/", "第八十五期")], main, r)
    add("q-weigangwc-3", page, "big5", "big5", "https://www.wgwc.hk/sanwen/3102.html",
        title="山頂的霧", author="何靜儀", published="2023-11", shown_date="2023年11月號", text=WG3)

    # page 4: an issue's table of contents
    r = rng("wg4")
    secs = []
    k = 0
    for col, n in (("卷首語", 1), ("散文", 6), ("小說", 3), ("詩歌", 5), ("評論", 3), ("訪談", 1), ("新銳", 3)):
        lis = []
        for j in range(n):
            h = WG_HEADS[k % len(WG_HEADS)]
            a = WG_AUTH[(k * 3) % len(WG_AUTH)]
            lis.append('<li><a href="/qikan/87/%d.html">%s</a><span class="au">%s</span><span class="pg">%d</span></li>' % (3180 + k, h, a, 4 + k * 6))
            k += 1
        secs.append('<div class="toc-sec"><h3>%s</h3><ul>%s</ul></div>\n' % (col, "".join(lis)))
    main = """<div class="toc"><h2>第八十七期目錄</h2><p class="toc-date">2024年3月號　總第八十七期</p>
<div class="toc-cover"><img src="/img/cover87_l.jpg" alt=""><p>封面：〈北灣晨渡〉，油畫，區嘉明作</p></div>
%s<div class="buy"><a href="/dingyue/">訂閱全年六期</a> ｜ <a href="/shop/87/">購買本期</a> ｜ <a href="/qikan/87/pdf">電子版</a></div></div>""" % "".join(secs)
    page = wg_frame("第八十七期目錄", [("/", "首頁"), ("/qikan/", "過刊"), ("/qikan/87/", "第八十七期")], main, r)
    add("q-weigangwc-4", page, "big5", "big5", "https://www.wgwc.hk/qikan/87/", kind="listing")


# ===========================================================================
# writing and self-check
# ===========================================================================
def write_all():
    os.makedirs(PAGES, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    for p in ALL:
        data = p["page"].encode(p["enc"])  # strict: fails on any character the charset lacks
        with open(os.path.join(PAGES, p["name"] + ".html"), "wb") as f:
            f.write(data)
        head = ["page: %s.html" % p["name"], "url: %s" % p["url"], "charset: %s" % p["header"]]
        if p["kind"]:
            head.append("kind: %s" % p["kind"])
        head += ["title: %s" % p["title"], "author: %s" % p["author"], "published: %s" % p["published"]]
        body = "\n".join(head) + "\n\n" + "".join(line + "\n" for line in p["text"])
        with open(os.path.join(GOLD, p["name"] + ".txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write(body)


class Counter(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = 0
        self.links = 0

    def handle_starttag(self, tag, attrs):
        self.elements += 1
        if tag == "a" and dict(attrs).get("href"):
            self.links += 1

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)


def visible_text(raw):
    s = re.sub(r"(?is)<head\b.*?</head>", " ", raw)
    s = re.sub(r"(?is)<script\b.*?</script>", " ", s)
    s = re.sub(r"(?is)<style\b.*?</style>", " ", s)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"(?s)<[^>]*>", " ", s)
    s = html.unescape(s)
    return re.sub(r"\s+", "", s)


def read_gold(path):
    with open(path, encoding="utf-8") as f:
        txt = f.read()
    head, _, body = txt.partition("\n\n")
    meta = {}
    for line in head.split("\n"):
        k, _, v = line.partition(":")
        meta[k.strip()] = v.strip()
    return meta, [l for l in body.split("\n") if l.strip()]


def cjk(s):
    return sum(1 for c in s if "\u3400" <= c <= "\u9fff")


def self_check():
    problems = []
    names = [p["name"] for p in ALL]
    if len(names) != 24 or len(set(names)) != 24:
        problems.append("expected 24 distinct pages, got %d" % len(set(names)))
    sites = sorted({n.rsplit("-", 1)[0] for n in names})
    if len(sites) != 6:
        problems.append("expected 6 sites, got %s" % sites)
    nlist = 0
    for p in ALL:
        name = p["name"]
        if not re.match(r"^q-[a-z]+-\d+$", name):
            problems.append("%s: bad name" % name)
        with open(os.path.join(PAGES, name + ".html"), "rb") as f:
            raw = f.read()
        meta, lines = read_gold(os.path.join(GOLD, name + ".txt"))
        header = meta.get("charset", "")
        m = re.search(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_-]+)""", raw[:4096], re.I)
        mcs = m.group(1).decode("ascii") if m else ""
        if header and mcs and header.lower() != mcs.lower():
            problems.append("%s: header charset %s != meta %s" % (name, header, mcs))
        cs = header or mcs
        if not cs:
            problems.append("%s: no charset at all" % name)
            continue
        try:
            doc = raw.decode(cs, errors="strict")
        except UnicodeDecodeError as e:
            problems.append("%s: strict decode with %s failed: %s" % (name, cs, e))
            continue
        vis = visible_text(doc)
        for key in ("page", "url", "charset", "title", "author", "published"):
            if key not in meta:
                problems.append("%s: gold lacks %s:" % (name, key))
        if meta.get("page") != name + ".html":
            problems.append("%s: page: line wrong" % name)
        if meta.get("kind") == "listing":
            nlist += 1
            if meta.get("title") or lines:
                problems.append("%s: listing with a title or text" % name)
        else:
            if not meta.get("title"):
                problems.append("%s: article without title" % name)
            if re.sub(r"\s+", "", meta["title"]) not in vis:
                problems.append("%s: title not visible" % name)
            if not lines:
                problems.append("%s: article without text" % name)
        pos = 0
        for line in lines:
            needle = re.sub(r"\s+", "", line)
            i = vis.find(needle, pos)
            if i < 0:
                problems.append("%s: gold line not found in order: %s" % (name, line[:30]))
                break
            pos = i + len(needle)
        authors = p["shown_authors"] or ([] if meta.get("author") in ("", "-") else meta["author"].split())
        for a in authors:
            if a not in vis:
                problems.append("%s: author %s not visible" % (name, a))
        if meta.get("published"):
            if not re.match(r"^\d{4}-\d{2}(-\d{2})?$", meta["published"]):
                problems.append("%s: bad published" % name)
            if not p["shown_date"] or p["shown_date"] not in vis:
                problems.append("%s: shown date %r not visible" % (name, p["shown_date"]))
        c = Counter()
        c.feed(doc)
        print("%-18s %-8s header=%-8s meta=%-8s elements=%4d links=%3d chars=%5d %s"
              % (name, cs, header or "-", mcs or "-", c.elements, c.links, sum(cjk(l) for l in lines),
                 "listing" if meta.get("kind") == "listing" else meta.get("title")))
    if nlist < 5:
        problems.append("fewer than 5 listings")
    print("pages: %d, listings: %d, articles: %d" % (len(ALL), nlist, len(ALL) - nlist))
    if problems:
        print("SELF-CHECK FAILED:")
        for pr in problems:
            print("  " + pr)
        return False
    print("SELF-CHECK OK: all %d pages pass" % len(ALL))
    return True


def main():
    site_yuanchuanrb()
    site_zuowenyuan()
    site_jiehuoba()
    site_lanshixian()
    site_wuchuankx()
    site_weigangwc()
    write_all()
    return 0 if self_check() else 1


if __name__ == "__main__":
    sys.exit(main())
