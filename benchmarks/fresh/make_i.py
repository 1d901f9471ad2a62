#!/usr/bin/env python3
"""Part I of the fresh blind set: six invented sites (i-*), four pages each.

Stdlib only, deterministic. Writes pages/i-*.html and gold/i-*.txt next to this file.
"""
import os
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, "pages")
GOLD = os.path.join(HERE, "gold")


def e(s):
    return escape(s, quote=False)


def paras(block):
    return [l.strip() for l in block.strip().split("\n") if l.strip()]


def write(name, html, enc, url, charset, title="", author="", published="", text=(), listing=False):
    data = html.encode(enc)  # strict: fails on any character outside the charset
    with open(os.path.join(PAGES, name + ".html"), "wb") as f:
        f.write(data)
    head = ["page: %s.html" % name, "url: %s" % url, "charset: %s" % charset]
    if listing:
        head.append("kind: listing")
        title = author = published = ""
        text = ()
    head += ["title: %s" % title, "author: %s" % author, "published: %s" % published]
    with open(os.path.join(GOLD, name + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(head) + "\n\n" + "".join(t + "\n" for t in text))


# ---------------------------------------------------------------- 1. e-paper
EPAPER = [
    dict(kicker="国企一线的新面孔", title="十年磨一“尺”", sub="——记湖西钢铁集团轧钢厂质检班长许明川",
         byline="□ 本报记者 陈晓岚", author="陈晓岚", date=(2025, 3, 14, "星期五"), ban="01", banname="要闻",
         cap="许明川（右）在生产线上检查钢材表面质量。", credit="本报记者 陈晓岚 摄", capafter=2, id=1,
         body="""
凌晨五点，湖西钢铁集团轧钢厂的厂房里已经热气蒸腾。质检班长许明川戴好安全帽，拿起那把用了十年的卡尺，沿着冷床一根根地看过去。在他身后，刚刚出炉的螺纹钢泛着暗红色的光。
“钢材是有脾气的，温度差几十度，尺寸就差一丝。”许明川说。一丝是百分之一毫米，肉眼几乎看不出来，可对于要用在桥梁和高铁上的钢材，这一丝就是合格与否的分界线。
2015年，许明川从技校毕业进厂，最初只是一名普通的取样工。那时候厂里的检测还主要靠人工，每班要取几十个样，数据记在纸质表格上，月底再汇总。他发现，很多质量问题其实在前几个班次就有苗头，只是没人把数据连起来看。
他开始自学统计知识，下班后把每一炉的数据录进电脑，画成曲线。半年下来，他摸出了轧辊磨损和尺寸偏差之间的规律，据此提出的换辊建议被车间采纳，当年产品一次合格率提高了1.2个百分点。
在线检测
前年，厂里上线了在线激光测径系统，许明川又成了最早“吃螃蟹”的人。新系统每秒能采集上千个数据点，但报警阈值怎么设、误报怎么排除，说明书上没有现成答案。他带着班组十几个年轻人，连续三个月跟班比对，最终把误报率压到了千分之三以下。
“设备再先进，也得有人懂它。”这是许明川常挂在嘴边的一句话。如今，他所在的质检班已经培养出4名高级技师，班组总结的《轧材尺寸在线控制操作法》在集团内推广。
谈起今后的打算，许明川说，想把这些年积累的数据整理成一套培训教材，“让新来的年轻人少走点弯路”。
"""),
    dict(kicker="党建引领乡村振兴", title="山坳里的“红色议事会”", sub="",
         byline="□ 本报记者 周立平　通讯员 何玉", author="周立平 何玉", date=(2025, 3, 14, "星期五"), ban="03", banname="综合新闻",
         cap="松岭村片区党员在村民家门口召开议事会。", credit="何玉 摄", capafter=1, id=2,
         body="""
从县城出发，沿着盘山公路走一个多小时，才能到达青石镇松岭村。这个散落在三道山坳里的村子，过去因为路远人散，村里开个会都难凑齐人。
“以前通知开会，要挨家挨户去喊，喊完一圈天都黑了。”村党支部书记罗永福回忆。2021年，村党支部把全村划成7个片区，每个片区由一名党员牵头，在农户家门口设立“议事点”，大事小情先在片区里商量，再拿到支部会上定。
修路是村民议得最多的一件事。去年春天，三组到四组之间的机耕道被山洪冲断，几十户人家的茶叶运不出去。片区党员召集大家在晒谷坪上开会，有人出工、有人出料，不到二十天就把路修通了。村民杨桂兰说：“自己商量定的事，干起来心里服气。”
议事会还管起了“小事”。谁家老人独居、谁家孩子上学有困难，片区党员都记在一个本子上，每月到支部汇报一次。去年，村里依据这些记录，为12户困难家庭申请了临时救助，为5名留守儿童结对安排了帮扶党员。
议事会也让年轻人愿意回来了。在外打工多年的杨志勇去年回村，在片区议事会上提出搞茶叶直播，起初不少老人不看好。片区党员帮他联系场地、协调货源，半年下来，直播间卖出的茶叶已占合作社销量的三成。
如今，松岭村的茶叶合作社已发展到83户，年销售额突破300万元。罗永福说，下一步打算把议事点和合作社的生产小组结合起来，让党员在产业发展中也能“挑大梁”。
"""),
    dict(kicker="基层治理看一线", title="老旧小区有了“自家管家”", sub="——桂湾街道探索居民自治新路子",
         byline="□ 本报记者 梁思远", author="梁思远", date=(2025, 3, 18, "星期二"), ban="05", banname="城市",
         cap="东风社区居民在议事长廊讨论小区事务。", credit="本报记者 梁思远 摄", capafter=3, id=3,
         body="""
傍晚时分，桂湾街道东风社区的“议事长廊”里坐满了人。几位老住户正围着一张小区平面图，讨论新增的充电桩该装在哪里。
东风社区是上世纪九十年代建成的老旧小区，没有物业公司，楼道灯坏了没人修、垃圾堆在墙角没人清，一度是街道里投诉最多的社区。2022年，社区党委牵头成立居民自管会，由楼栋长、退休党员和热心居民组成，大家称之为“自家管家”。
自管会成立后的第一件事，是挨家挨户收集意见。他们发现，居民最关心的不是大工程，而是停车、晾晒、楼道杂物这些“家门口的事”。于是，自管会把这些问题列成清单，一项一项拿到议事长廊上商量，商量出结果就贴在单元门口公示。
“以前总觉得社区的事是社区干部的事，现在轮到自己当家，才知道每件事都不容易。”自管会成员、退休教师孙秀华说。她负责的3号楼，去年自发清理了堆放多年的杂物，腾出的空间改成了一个小小的休息角。
自管会也有磨合的时候。去年夏天，为了楼下空地是划停车位还是建健身角，两拨居民争得面红耳赤。自管会没有急着表决，而是请双方各出方案，又请街道规划人员现场测量，最后定下“一半停车、一半健身”的办法，大家都点了头。
小事办好了，居民的信任也慢慢回来了。去年，社区引入了“准物业”服务，由居民投票确定服务内容和收费标准，收缴率达到了92%。街道负责人介绍，东风社区的做法正在辖区内另外6个老旧小区推广。
"""),
]

BANS = [("01", "要闻"), ("02", "要闻"), ("03", "综合新闻"), ("04", "经济"), ("05", "城市"),
        ("06", "县域"), ("07", "理论"), ("08", "副刊")]


def epaper_frame(y, m, d, wd, ban, banname, main, titles):
    base = "http://epaper.hxrb.cn/html/%04d-%02d/%02d" % (y, m, d)
    nav = "\n".join('<tr><td class="ban"><a href="node_%d.htm">第%s版：%s</a></td><td><a href="../../../images/%04d-%02d/%02d/%s/pdf.pdf">PDF</a></td></tr>'
                    % (i + 1, b, n, y, m, d, b) for i, (b, n) in enumerate(BANS))
    tnav = "\n".join('<tr><td class="tnav"><img src="../../../images/dot.gif"> <a href="content_%d.htm">%s</a></td></tr>' % (k, e(t)) for k, t in titles)
    areas = "\n".join('<area shape="polygon" coords="%d,%d,%d,%d,%d,%d,%d,%d" href="content_%d.htm">'
                      % (10, 20 + 90 * i, 330, 20 + 90 * i, 330, 100 + 90 * i, 10, 100 + 90 * i, k) for i, (k, t) in enumerate(titles))
    bi = [b for b, n in BANS].index(ban)
    prev = "node_%d.htm" % bi if bi > 0 else "#"
    nxt = "node_%d.htm" % (bi + 2) if bi + 1 < len(BANS) else "#"
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{{TITLE}}</title>
<link href="../../../style/epaper.css" rel="stylesheet" type="text/css">
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="top"><img src="../../../images/logo_hxrb.gif" alt="湖西日报"> 湖西日报数字报 &nbsp; {y}年{m:02d}月{d:02d}日 {wd} &nbsp; <a href="../../../index.htm">首页</a> | <a href="../../../search.htm">检索</a> | <a href="../../../past.htm">往期回顾</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="340" valign="top">
<div class="pagetitle">第{ban}版：{banname}</div>
<div class="pagepic"><img src="../../../images/{y:04d}-{m:02d}/{d:02d}/{ban}/page_b.jpg" usemap="#PagePicMap" border="0" width="330"></div>
<map name="PagePicMap">
{areas}
</map>
<div class="pageswitch"><a href="{prev}">上一版</a> &nbsp; <a href="{nxt}">下一版</a></div>
<table class="bannav"><tr><td class="navtitle">版面导航</td></tr>
{nav}
</table>
</td>
<td width="660" valign="top">
{main}
<table class="titlenav"><tr><td class="navtitle">标题导航</td></tr>
{tnav}
</table>
</td>
</tr>
</table>
<div class="foot">湖西日报社版权所有 未经书面授权禁止复制或建立镜像<br>地址：湖西省江城市文昌路88号 邮编：430000 &nbsp; 湖ICP备05012345号</div>
</body>
</html>
"""


def make_epaper():
    site = "i-hxdaily"
    others = [(11, "全省一季度重点项目集中开工"), (12, "春耕备耕有序推进"), (13, "我省出台措施支持民营经济发展")]
    for n, a in enumerate(EPAPER, 1):
        y, m, d, wd = a["date"]
        body = paras(a["body"])
        ps = [f'<P>{e(a["byline"])}</P>']
        gold = [a["sub"]] if a["sub"] else []
        for i, p in enumerate(body):
            ps.append(f"<P>　　{e(p)}</P>")
            gold.append(p)
            if i + 1 == a["capafter"]:
                ps.append(f'<table width="100%" class="pic"><tr><td align="center"><img src="../../../images/{y:04d}-{m:02d}/{d:02d}/{a["ban"]}/p{n}.jpg"></td></tr>'
                          f'<tr><td class="caption">{e(a["cap"])}　{e(a["credit"])}</td></tr></table>')
                gold.append(a["cap"])
        ps.append("<P>　　</P>")
        sub = f'<tr><td class="font02" align="center">{e(a["sub"])}</td></tr>' if a["sub"] else '<tr><td class="font02"></td></tr>'
        main = f"""<table width="100%" class="article">
<tr><td class="font02" align="center">{e(a["kicker"])}</td></tr>
<tr><td class="font01" align="center">{e(a["title"])}</td></tr>
{sub}
<tr><td class="date" align="center">湖西日报 {y}-{m:02d}-{d:02d} 第{a["ban"]}版</td></tr>
</table>
<div id="ozoom" style="font-size:14px"><founder-content>
{chr(10).join(ps)}
</founder-content></div>
<div class="tools"><a href="javascript:window.print()">打印</a> | <a href="javascript:window.close()">关闭</a> | <a href="#">放大</a> <a href="#">缩小</a></div>"""
        titles = [(a["id"], a["title"])] + others
        html = epaper_frame(y, m, d, wd, a["ban"], a["banname"], main, titles).replace("{TITLE}", e("湖西日报数字报-" + a["title"]))
        url = "http://epaper.hxrb.cn/html/%04d-%02d/%02d/content_%d.htm" % (y, m, d, a["id"])
        write(f"{site}-{n}", html, "utf-8", url, "utf-8", a["title"], a["author"], "%04d-%02d-%02d" % (y, m, d), gold)
    # page 4: a 版面 page, titles only
    titles = [(21, "全省县域经济发展推进会召开"), (22, "以“小切口”推动“大民生”"), (23, "春季义务植树活动启动"),
              (24, "我省新增5个国家级特色小镇"), (25, "图片新闻")]
    main = '<div class="banlist"><div class="navtitle">本版标题</div>' + "".join(
        f'<div class="item"><a href="content_{k}.htm">{e(t)}</a></div>' for k, t in titles) + "</div>"
    html = epaper_frame(2025, 3, 20, "星期四", "06", "县域", main, titles).replace("{TITLE}", "湖西日报数字报-第06版：县域")
    write(f"{site}-4", html, "utf-8", "http://epaper.hxrb.cn/html/2025-03/20/node_6.htm", "utf-8", listing=True)


# ---------------------------------------------------------------- 2. document site
DOCS = [
    dict(title="乡村教师口述史访谈札记", ext="doc", head=["乡村教师口述史访谈札记", "林嘉禾"], author="林嘉禾",
         up="2023-11-02", uploader="书香满屋", id="7a31c0e5", body="""
去年暑假，我们课题组在西岭县走访了十一位从教三十年以上的乡村教师，请他们讲一讲自己的教书生涯。这篇札记记录的是其中三位老师的片段。
七十六岁的邓振华老师是1968年开始代课的。那时学校只有两间土坯房，一块黑板是用锅灰和桐油刷出来的。他说，最难的不是条件差，而是冬天学生的手冻得握不住笔，他就在教室里生一盆炭火，让孩子们轮流烤手。“一节课四十五分钟，有十分钟在烤火。”说到这里，老人自己先笑了。
刘桂英老师的故事则和一张名单有关。她在村小教了二十六年书，每一届学生的名字都抄在一个硬皮本上，至今保存完好。翻开本子，有的名字后面写着“考上师范”，有的写着“去广东打工”，还有几个名字后面什么都没写。她说，那是后来断了联系的孩子，“我常想，他们现在过得好不好”。
最年轻的受访者是五十二岁的陈立新老师。他经历了村小撤并，从一所只有三十多个学生的教学点调到镇中心小学。他坦言，刚开始很不适应，“以前一个班的孩子我都知道家住哪儿、爹妈是谁，现在一个班五十多人，叫全名字都要一个月”。
这些口述让我们意识到，乡村教育的变迁不仅体现在校舍和设备上，更体现在师生关系的细微变化中。老教师们口中反复出现的词是“熟悉”：熟悉每一个孩子，熟悉每一户人家。这种熟悉，或许正是乡村教育最珍贵、也最容易失去的东西。
"""),
    dict(title="坚持“三会一课”制度的几点体会", ext="docx", head=["坚持“三会一课”制度的几点体会", "机关第三党支部　赵文静"], author="赵文静",
         up="2024-07-15", uploader="zwj_2024", id="91bb2d04", body="""
今年以来，我所在的党支部认真落实“三会一课”制度，我作为支部组织委员，全程参与了组织和记录工作。结合这段时间的实践，谈几点粗浅的体会。
一、把学习当成习惯
过去一些党员觉得支部学习是“走过场”，读读文件、签个到就算完成任务。今年支部改变了做法，每次党课前一周把学习材料发到每个人手上，会上不再照本宣科，而是请两名党员结合本职工作谈认识。大家有准备、有话说，学习的氛围明显浓了。
二、把问题摆上桌面
组织生活会上，支部坚持开展批评和自我批评。起初大家有顾虑，说的多是“工作方法有待改进”之类的套话。支部书记带头，把自己在工作中拖延、推诿的具体事例讲出来，其他同志也逐渐放下了包袱。会后，支部把提出的十四条问题逐一建立台账，明确整改时限。
三、把成效落到工作中
“三会一课”不是为开会而开会，最终要看工作有没有改进。上半年，支部围绕群众反映较多的办事排队时间长问题，组织党员志愿者在窗口轮值，平均等候时间由四十分钟缩短到十五分钟左右。群众满意了，党员的干劲也更足了。
四、把服务送到群众身边
支部还组织党员开展“双报到”活动，每名党员到居住地社区报到，认领一项志愿服务。半年来，支部党员累计参加社区服务一百二十余人次，帮助群众解决实际问题三十多件。
实践使我认识到，制度的生命力在于执行。今后，我将继续做好支部组织工作，努力让每一次组织生活都有收获、有温度。
"""),
    dict(title="读乡土散文集《灯下的河》有感", ext="pdf", head=["读乡土散文集《灯下的河》有感"], author="",
         up="2022-05-30", uploader="旧书摊淘客", id="3fe09a72", body="""
《灯下的河》是一本薄薄的散文集，收录了作者写故乡的二十三篇短文。我是在旧书摊上偶然买到它的，书页已经泛黄，扉页上还留着前一位主人的签名。
这本书最打动我的，是它写记忆的方式。作者不写宏大的变迁，只写一盏煤油灯、一条渡船、一位卖豆腐的老人。在《渡口》一篇里，他写小时候每天清晨坐渡船去对岸上学，船工总是等到最后一个孩子跳上船才解缆。多年以后渡口修了桥，船工也不知去向，作者站在桥上，“竟有些怀念那晃荡的十分钟”。
读到这里，我想起了自己的外婆家。那里也有一条小河，河边有一棵老柳树，夏天我们在树下捉知了，外婆在河边捶衣服，棒槌的声音一下一下，传得很远。后来河道整治，柳树被砍了，河边砌起了整齐的石岸。干净是干净了，可我再回去时，总觉得少了点什么。
作者在后记里说，他写这些文字，不是为了留住过去，而是想弄明白“我们是从哪里来的”。我想，这大概也是很多人喜欢读乡土散文的原因。在城市里生活久了，人需要时常回头看看来路，才不至于在奔忙中丢掉自己。
书中还有一篇《卖豆腐的老人》，写一位每天清晨挑着担子走街串巷的老人。作者记得他的吆喝声，记得豆腐盛在竹篮里冒着热气，却不记得老人的名字。读到结尾，作者说“许多人就是这样从我们的生活里走过去的”，我心里一酸。
合上书，窗外已经暮色四合。我把它放回书架最显眼的位置，打算过些日子再读一遍。
"""),
]

RELATED_DOCS = ["乡村小学教师工作总结（精选5篇）.doc", "党支部三会一课记录本范文.docx", "读后感600字初中.doc",
                "2024年党员个人学习心得体会.docx", "口述史研究方法综述.pdf", "乡土散文阅读教学设计.ppt",
                "农村教育现状调查报告.doc", "组织委员工作职责.doc"]


def wrap(p, width=35):
    s = "　　" + p
    return [s[i:i + width] for i in range(0, len(s), width)]


def doc_frame(title_tag, main, side):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title_tag}</title>
<meta name="keywords" content="文档,范文,论文,心得体会,工作总结" />
<link rel="stylesheet" href="http://static.wenkuhai.com/css/doc.css" />
</head>
<body>
<div class="header"><a href="http://www.wenkuhai.com/" class="logo">文库海</a>
<form action="http://www.wenkuhai.com/search" method="get"><input name="q" type="text" /><button>搜索文档</button></form>
<a href="/login">登录</a> | <a href="/reg">注册</a> | <a href="/vip">开通VIP</a> | <a href="/upload">上传文档</a></div>
<div class="crumb"><a href="/">首页</a> &gt; <a href="/c/jiaoyu">教育专区</a> &gt; <a href="/c/fanwen">范文</a></div>
<div class="wrap">
<div class="main">
{main}
</div>
<div class="side">
{side}
</div>
</div>
<div class="footer">关于我们 | 联系我们 | 用户协议 | 隐私政策 | 侵权投诉<br />本站所有文档均由用户上传，仅供学习交流，如有侵权请联系删除。<br />Copyright &copy; 2012-2024 wenkuhai.com 版权所有 浙ICP备12098765号-2</div>
</body>
</html>
"""


def make_docs():
    site = "i-wenkuhai"
    for n, d in enumerate(DOCS, 1):
        body = paras(d["body"])
        lines = [("c", h) for h in d["head"]] + [("l", "")]
        for p in body:
            lines += [("l", x) for x in wrap(p)]
        per = 13
        chunks = [lines[i:i + per] for i in range(0, len(lines), per)]
        npages = len(chunks)
        shown = npages
        pages = []
        for k, ch in enumerate(chunks[:shown], 1):
            rows = []
            for kind, t in ch:
                cls = "ln c" if kind == "c" else "ln"
                rows.append(f'<div class="{cls}">{e(t) if t else "&nbsp;"}</div>')
            pages.append(f"""<div class="page" id="pageContainer{k}">
<div class="pghead">{e(d["title"])}</div>
<div class="txtlayer">
{chr(10).join(rows)}
</div>
<div class="pgnum">第 {k} 页</div>
</div>""")
        # the whole essay must be inside the shown pages
        assert shown == npages, (d["title"], npages)
        fname = f'{d["title"]}.{d["ext"]}'
        rel = "\n".join(f'<li><a href="/p-{1000 + i * 37}.html">{e(t)}</a><span>{3 + i}页</span></li>' for i, t in enumerate(RELATED_DOCS))
        main = f"""<div class="docinfo"><h1><i class="ico-{d["ext"]}"></i>{e(fname)}</h1>
<div class="meta">上传人：<a href="/u/{d["id"]}">{e(d["uploader"])}</a> &nbsp; 上传时间：{d["up"]} &nbsp; 格式：{d["ext"].upper()} &nbsp; 页数：{npages} &nbsp; 大小：{38 + n * 11}KB</div></div>
<div class="vipbar">VIP专享文档 &nbsp; 开通VIP，免费下载本文档，全站千万文档免费看 <a href="/vip">立即开通</a></div>
<div class="reader" id="reader">
{chr(10).join(pages)}
</div>
<div class="readmore">本文档共{npages}页，已全部显示 &nbsp; <a href="/down/{d["id"]}">下载文档（{n + 1}下载券）</a> &nbsp; <a href="/fav/{d["id"]}">收藏</a> &nbsp; <a href="/report/{d["id"]}">举报</a></div>
<div class="notice"><b>温馨提示：</b><ol><li>本站文档由用户上传，版权归原作者所有，下载前请先预览。</li><li>下载后如需编辑，请使用WPS或Office打开。</li><li>VIP会员每天可免费下载30篇文档，非会员需支付下载券。</li></ol></div>
<div class="related"><h3>相关文档</h3><ul>
{rel}
</ul></div>
<div class="comments"><h3>文档评论（0）</h3><p>暂无评论，<a href="/login">登录</a>后发表评论</p></div>"""
        side = f"""<div class="uploader"><img src="/avatar/{d["id"]}.jpg" /><p>{e(d["uploader"])}</p><p>文档数：{120 + n * 17} &nbsp; 粉丝：{9 * n}</p><a href="/u/{d["id"]}">进入TA的主页</a></div>
<div class="hot"><h3>热门文档</h3><ul><li><a href="/p-88.html">2024年教师资格证面试真题</a></li><li><a href="/p-89.html">入党申请书标准范文</a></li><li><a href="/p-90.html">小学生日记大全</a></li></ul></div>"""
        html = doc_frame(e(fname) + " - 文库海", main, side)
        url = "http://www.wenkuhai.com/p-%s.html" % d["id"]
        write(f"{site}-{n}", html, "gbk", url, "", d["title"], d["author"], d["up"], body)
    # page 4: search results
    res = [("乡村教师口述史访谈札记.doc", "去年暑假，我们课题组在西岭县走访了十一位从教三十年以上的乡村教师……", "2023-11-02", 3),
           ("乡村教师工作总结范文.doc", "本学期，我担任三年级语文教学工作，现将一学期来的工作总结如下……", "2022-01-11", 4),
           ("乡村教师支持计划实施方案.pdf", "为贯彻落实有关文件精神，进一步加强乡村教师队伍建设……", "2021-09-03", 12),
           ("我的乡村教师梦（演讲稿）.docx", "尊敬的各位评委、老师们：大家好！今天我演讲的题目是……", "2023-04-20", 2),
           ("乡村教师生存状况调查问卷.doc", "亲爱的老师：您好！为了解乡村教师的工作和生活状况……", "2020-06-18", 5)]
    items = "\n".join(f'<div class="sres"><h3><a href="/p-{500 + i}.html">{e(t)}</a></h3><p>{e(s)}</p><p class="info">{dt} · {pg}页 · 下载券：{i % 3 + 1}</p></div>' for i, (t, s, dt, pg) in enumerate(res))
    main = f"""<div class="searchhead">找到约 1,284 篇与“<em>乡村教师</em>”相关的文档 &nbsp; 排序：<a href="?q=乡村教师&s=1">相关度</a> <a href="?q=乡村教师&s=2">最新</a> <a href="?q=乡村教师&s=3">下载量</a></div>
<div class="filter">格式：<a href="#">全部</a> <a href="#">DOC</a> <a href="#">PDF</a> <a href="#">PPT</a> <a href="#">TXT</a></div>
{items}
<div class="pager"><span>1</span> <a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=4">4</a> <a href="?p=2">下一页</a></div>"""
    side = '<div class="hot"><h3>相关搜索</h3><ul><li>乡村教师工作总结</li><li>乡村教师演讲稿</li><li>乡村教师先进事迹</li></ul></div>'
    html = doc_frame("乡村教师_文档搜索 - 文库海", main, side)
    write(f"{site}-4", html, "gbk", "http://www.wenkuhai.com/search?q=%E4%B9%A1%E6%9D%91%E6%95%99%E5%B8%88", "", listing=True)


# ---------------------------------------------------------------- 3. magazine
MAG = [
    dict(title="外婆的缝纫机", author="苏晓禾", col="岁月留痕", pg="12", id="a1201", body="""
外婆家有一台蝴蝶牌缝纫机，是她四十岁那年用攒了两年的布票和钱换来的。机身漆成墨绿色，踏板上铸着镂空的花纹，我小时候最喜欢趴在上面，看那根针上上下下地跳。
那时候家里人的衣服，几乎都出自这台缝纫机。舅舅们的中山装、妈妈出嫁时的红罩衫、我上小学时的第一个书包，都是外婆在灯下一针一线踩出来的。她做活有个习惯，踩之前总要先用手转一转轮子，像是跟机器打个招呼。
我上初中那年，街上开了成衣店，买衣服越来越方便，缝纫机渐渐闲了下来。外婆却舍不得让它闲着，邻居家孩子的裤脚短了、窗帘的边脱了线，都拿来找她。她来者不拒，也从不收钱，只说“机器不用会锈”。
我读大学时，外婆用这台缝纫机给我做过一床被套。那是一块蓝底白花的棉布，她量了又量，生怕做小了。被套寄到学校，室友们都说手工做得比买的还细。我用了整整四年，毕业时边角都磨薄了，也舍不得扔。
外婆八十岁以后，眼睛花了，穿针要我帮忙。我把线穿过针眼递给她，她接过去，踩几下，又停下来，说：“老了，踩不匀了。”那是我记忆中她最后一次用那台缝纫机。
后来老屋拆迁，家里的旧物大多处理掉了，只有这台缝纫机被妈妈执意搬进了新家。它如今放在阳台一角，上面铺着一块外婆绣的桌布。有时候我路过，会伸手转一转那只轮子，它还能转，发出轻轻的、熟悉的声响。
"""),
    dict(title="老街尽头的图书馆", author="韩东野", col="岁月留痕", pg="14", id="a1202", body="""
我读高中的那个小县城，图书馆在老街尽头，是一栋两层的青砖楼。一楼是报刊阅览室，二楼是书库，借书要先在卡片柜里查索书号，写在借书单上，再交给柜台后面的管理员。
管理员是一位姓丁的阿姨，戴一副黑框眼镜，说话轻声细语。她记性极好，谁借过什么书、爱看哪一类，她都记得。有一回我去还《约翰·克利斯朵夫》的第一册，她顺手就把第二册递了过来，说：“我猜你会接着看。”
那几年，我几乎每个周末都泡在那里。阅览室的窗户朝西，下午的阳光斜斜地照进来，照着灰尘在空中慢慢地浮动。屋里很静，只有翻报纸的哗啦声和墙上挂钟的嘀嗒声。我在那里读完了人生中最早的一批外国小说，也第一次知道，世界远比我们那个小县城大。
丁阿姨也有严厉的时候。有一次，我把一本书的书角折了，她拿在手里看了半天，没说话，只是从抽屉里找出一张裁好的硬纸片递给我，说：“以后用这个当书签。”那张纸片我一直夹在书里，后来也不知丢到哪里去了。
高考结束后，我去图书馆还最后一批书。丁阿姨问我考到哪里，我说了学校的名字，她点点头，从抽屉里拿出一张借书证，说是帮我续了一年，“放假回来还能借”。
可我后来很少回去。前几年听说，县里建了新的文化中心，图书馆搬了进去，有了电子借阅机和自助还书箱。老街的青砖楼改成了一家茶馆。我没有去喝过茶，怕坐在那里，会忍不住抬头看墙上有没有那只挂钟。
"""),
    dict(title="一个“永”字写了一个月", author="梁静秋", col="岁月留痕", pg="16", id="a1203", body="""
小学四年级，学校开了书法课，教课的是退休返聘的周老先生。他个子不高，背有点驼，第一节课就在黑板上写了一个大大的“永”字，说：“这一个字，把笔画都包全了，你们先写一个月再说。”
我们都以为是开玩笑，结果真的写了一个月。每天描红、临摹，写得手腕发酸，周老师还是摇头，说横不平、竖不直，点像个蝌蚪。有同学偷偷抱怨，他听见了，也不生气，只是拿起那同学的毛笔，蘸了墨，在废报纸上慢慢写一横，让大家看笔锋怎样起、怎样收。
一个月后，他终于让我们写别的字了。那时我才发现，写过“永”字之后，再写其他字，手底下好像有了点分寸。周老师说，写字和做人一样，先把最基本的东西练扎实，后面的路才走得稳。
他对我们要求严，却从不吝惜夸奖。谁的字有一点进步，他就用红笔在旁边画一个圈。我至今记得，自己第一次得到三个红圈时，高兴得一路跑回家，把作业本摊在饭桌上给爸妈看。
周老师的桌上总放着一个旧砚台，据说是他年轻时一位老师送的。有一回下课，我凑过去看，他就让我磨墨，告诉我磨墨要慢，要顺着一个方向转，“心急的人，墨是磨不匀的”。
小学毕业后，我再没有系统地练过字。可每逢提笔写些什么，总会想起那个驼背的身影，想起他说的“横要平，竖要直”。这些年，我也成了一名老师，站在讲台上，常常想起周老先生。也许教育就是这样，许多年后，学生未必记得你讲了什么，却会记得你是怎样认真地教过他们。
"""),
]


def mag_frame(title_tag, main):
    toc = "\n".join(f'<li><a href="/qikan/2024-06/{a["id"]}.html">{e(a["title"])}</a> <span>{e(a["author"])}</span></li>' for a in MAG)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title_tag}</title>
<meta name="description" content="《青衫》杂志2024年第6期">
<link rel="stylesheet" href="/static/qs.css">
</head>
<body>
<header class="site"><a class="logo" href="/">青衫</a><span class="slogan">一本写给普通人的散文月刊</span>
<nav><a href="/">首页</a><a href="/qikan/">往期杂志</a><a href="/lanmu/suiyue/">岁月留痕</a><a href="/lanmu/renjian/">人间烟火</a><a href="/lanmu/shuwu/">书屋</a><a href="/tougao/">投稿须知</a><a href="/dingyue/">订阅</a></nav></header>
<div class="issuebar"><img src="/qikan/2024-06/cover_s.jpg" alt="2024年第6期封面"> 《青衫》2024年第6期（总第213期） <a href="/qikan/2024-05/">上一期</a> <a href="/qikan/2024-07/">下一期</a></div>
<div class="container">
<main>
{main}
</main>
<aside><h4>本期目录 · 岁月留痕</h4><ul>
{toc}
</ul><h4>本期其他栏目</h4><ul><li>人间烟火（7篇）</li><li>书屋（4篇）</li><li>新苗（6篇）</li></ul></aside>
</div>
<footer>《青衫》杂志社 主管：江岭省作家协会 &nbsp; 国内统一连续出版物号：CN 43-1999/I &nbsp; 邮发代号：42-88<br>本站所刊作品版权归作者及本刊所有，转载请注明出处。</footer>
</body>
</html>
"""


def make_mag():
    site = "i-qingshan"
    for n, a in enumerate(MAG, 1):
        body = paras(a["body"])
        ps = "\n".join(f"<p>{e(p)}</p>" for p in body)
        prev = MAG[n - 2] if n > 1 else None
        nxt = MAG[n] if n < len(MAG) else None
        pn = (f'<a href="/qikan/2024-06/{prev["id"]}.html">上一篇：{e(prev["title"])}</a>' if prev else "上一篇：无") + " " + \
             (f'<a href="/qikan/2024-06/{nxt["id"]}.html">下一篇：{e(nxt["title"])}</a>' if nxt else "下一篇：无")
        main = f"""<div class="crumb"><a href="/">首页</a> &gt; <a href="/qikan/2024-06/">2024年第6期</a> &gt; <a href="/lanmu/suiyue/">{a["col"]}</a></div>
<article>
<div class="col">{a["col"]}</div>
<h1>{e(a["title"])}</h1>
<div class="au">{e(a["author"])}</div>
<div class="text">
{ps}
</div>
<p class="from">（本文刊于《青衫》2024年第6期 第{a["pg"]}页）</p>
</article>
<div class="pn">{pn}</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>"""
        html = mag_frame(f'{e(a["title"])}_《青衫》2024年第6期', main)
        write(f"{site}-{n}", html, "utf-8", f'http://www.qingshanzz.cn/qikan/2024-06/{a["id"]}.html', "",
              a["title"], a["author"], "2024-06", body)
    # page 4: the column's compilation page (all three essays on one page)
    parts, gold = [], []
    for i, a in enumerate(MAG):
        body = paras(a["body"])
        parts.append(f'<h2>{e(a["title"])}</h2>')
        parts += [f"<p>{e(p)}</p>" for p in body]
        parts.append(f'<p class="author">{e(a["author"])}</p>')
        parts.append(f'<p class="pgno">·{a["pg"]}·</p>')
        if i:
            gold.append(a["title"])
        gold += body
    main = f"""<div class="crumb"><a href="/">首页</a> &gt; <a href="/qikan/2024-06/">2024年第6期</a> &gt; 栏目全文</div>
<article class="column">
<div class="col">岁月留痕 · 栏目全文阅读</div>
{chr(10).join(parts)}
<p class="editor">本栏责编：罗明</p>
</article>"""
    html = mag_frame("岁月留痕（栏目全文）_《青衫》2024年第6期", main)
    write(f"{site}-4", html, "utf-8", "http://www.qingshanzz.cn/qikan/2024-06/suiyue.html", "",
          MAG[0]["title"], "-", "2024-06", gold)


# ---------------------------------------------------------------- 4. Big5 Hong Kong news
HKNEWS = [
    dict(title="舊區唐樓活化變身「街坊客廳」", author="鄭家朗", date="2025-07-03",
         datestr="2025年7月3日 星期四", charset="big5", tt="港城日報,香港新聞,港聞,即時新聞,六合彩,樓市,股票,娛樂新聞,馬經,天氣",
         id="0703/gw001", body="""
位於舊區永安里的一幢戰後唐樓，經過一年多的活化工程，日前以「街坊客廳」的新面貌重新開放。這幢樓齡超過六十年的建築，如今設有閱讀角、共享廚房和長者活動室，成為區內居民聚腳的新去處。
項目負責人、社區組織幹事何詠欣表示，活化工作最困難的是在保留舊建築特色與符合現代安全標準之間取得平衡。團隊保留了原有的水磨石樓梯和鐵閘，同時加建了升降機，方便行動不便的長者使用。
「以前每天買菜都經過這裡，沒想到有一天可以進來坐坐、喝杯茶。」在區內住了四十多年的陳婆婆說。她現在每星期都會來參加兩次手工班，和街坊一起做布藝。
社區客廳開放首月，已接待訪客逾三千人次。中心亦與附近兩間小學合作，在放學後為學童提供功課輔導。何詠欣說，不少家長在外工作到晚上，孩子放學後無處可去，「有個安全、有人照看的地方，家長會安心很多」。
有關注城市發展的學者指出，舊區活化不應只著眼於建築本身，更要讓原區居民受惠。今次項目由居民參與設計，從選擇傢具到決定開放時間，都經過多次街坊會議討論，做法值得參考。
區議員林浩文亦表示，區內類似的舊樓仍有不少，希望政府可以簡化活化項目的審批程序，並提供更多資助，讓更多舊建築可以重新為社區所用。
據悉，營運團隊計劃明年在同區再活化一幢唐樓，重點發展長者日間照顧服務。
"""),
    dict(title="中學生自製氣象站 數據助社區防暑", author="梁曉彤", date="2025-07-08",
         datestr="【2025-07-08】", charset="big5", tt=None, id="0708/gw014", body="""
一群中學生利用課餘時間，在校園天台搭建了一套自製氣象站，每十分鐘記錄一次氣溫、濕度和風速，並把數據公開在網上，供附近居民參考。
這個項目由中四學生組成的科學學會負責。學會主席黃子軒說，去年夏天學校附近有長者在戶外暈倒，同學們討論後，希望做一些實際的事，「天文台的數據是整個地區的，我們想知道自己這條街到底有多熱」。
製作過程並不順利。第一代氣象站的感應器放在鐵皮箱內，結果量到的溫度比實際高出好幾度。同學們翻查資料，又請教大學的研究人員，才改用百葉箱設計，讓空氣自然流通。前後花了四個多月，數據才穩定下來。
負責指導的物理科老師蘇嘉敏表示，學生在過程中學到的，不只是電子和編程知識，「更重要的是學會面對失敗，一次又一次地找出問題所在」。
目前，氣象站的數據已接入區內一間長者中心的顯示屏。當氣溫超過三十三度，屏幕會顯示提示，提醒長者減少外出。中心職員說，不少長者每天出門前都會先看一看，「比聽收音機還準」。
參與項目的中四學生陳曉欣說，最難忘的是深夜在天台檢查線路，「我們輪流帶電筒上去，一邊查一邊記錄，雖然辛苦，但看到數據終於正常的時候，大家都很興奮」。她表示，將來希望修讀環境科學。
另外，學會亦把收集到的數據整理成報告，提交予區議會參考，建議在巴士站等長者聚集的地方加裝遮陰設施。
學會計劃下學年在另外兩間學校加設測量點，建立一個小型的社區氣溫網絡。
"""),
    dict(title="社區飯堂十元一餐 街坊互助暖人心", author="馮志強", date="2025-07-15",
         datestr="更新時間：2025/07/15 05:00", charset="", tt="即時新聞 香港新聞 港聞 財經 地產 樓盤 股票 基金 外匯 娛樂 明星 體育 足球 賽馬 貼士 港城日報",
         id="0715/gw007", body="""
每天上午十一時半，位於舊街市二樓的社區飯堂已排起長龍。這間由街坊互助會營運的飯堂，為區內長者提供十元一餐的午飯，兩菜一湯，白飯任添。
互助會主席羅美玲說，飯堂三年前開辦時，每天只煮三十份飯，如今已增至一百五十份。食材部分來自附近街市商戶捐出的蔬菜和肉類，其餘由互助會籌款購買。廚房由六名義工輪班，當中最年長的已經七十二歲。
「我們不只是賣飯，更想讓獨居的長者多出來走走。」羅美玲表示，不少長者平日獨自在家，三餐隨便吃點麵包了事。來到飯堂，大家坐在一起吃飯聊天，有人會互相留意對方的身體狀況，誰今天沒來，義工就會打電話問候。
八十歲的李伯是飯堂的常客。他說自己不太會做飯，以前常吃即食麵，「現在每天有熱飯熱湯，還有人陪著說話，日子好過很多」。
除了午飯，飯堂逢星期三下午還會舉辦健康講座，邀請附近診所的護士為長者量血壓、講解飲食知識。義工陳姑娘說，不少長者起初不願意檢查，後來見到街坊都參加，也就慢慢接受了。
飯堂的義工大多是區內的退休人士，亦有部分是放暑假的大學生。二十歲的義工小何說，每天幫手洗菜切菜，聽長者講以前的故事，「比在家裡看電話有意思得多」。
不過，飯堂亦面對不少困難。近年食材價格上升，加上場地租約明年到期，互助會正積極尋求政府和慈善基金的資助。羅美玲坦言，只要街坊仍然需要，「無論多難都會撐下去」。
"""),
]

HK_RELATED = ["九龍城舊樓重建計劃諮詢展開", "長者醫療券使用範圍擴大", "暑期活動報名反應熱烈",
              "港鐵新線下月試車", "小學派位結果公布", "颱風季前各區清理渠道"]


def hk_frame(title_tag, main):
    menu = " | ".join(f'<a href="/{k}/">{v}</a>' for k, v in [("", "首頁"), ("gw", "港聞"), ("cj", "財經"), ("dc", "地產"), ("gj", "國際"), ("yl", "娛樂"), ("ty", "體育"), ("mj", "馬經"), ("fk", "副刊")])
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>{title_tag}</title>
<meta name="keywords" content="港城日報,香港新聞,港聞,即時新聞,財經,娛樂,體育">
</head>
<body bgcolor="#FFFFFF">
<table width="980" align="center"><tr><td><a href="/"><img src="/img/gclogo.gif" alt="港城日報"></a></td>
<td align="right"><div class="adlabel">廣告</div><a href="http://ad.gcdaily.com.hk/click?id=311"><img src="/ad/banner_728x90.gif"></a></td></tr></table>
<div class="menu">{menu}</div>
<table width="980" align="center"><tr>
<td width="680" valign="top">
{main}
</td>
<td width="300" valign="top" class="side">
<div class="adlabel">廣告</div><a href="http://ad.gcdaily.com.hk/click?id=312"><img src="/ad/box_300x250.gif"></a>
<div class="hot"><b>熱門新聞</b><ol><li><a href="/news/0714/gw003.htm">天文台發出酷熱天氣警告</a></li><li><a href="/news/0714/cj002.htm">恆指半日升二百點</a></li><li><a href="/news/0713/yl010.htm">新戲開拍 男星減磅二十磅</a></li></ol></div>
<div class="adlabel">廣告</div><a href="http://ad.gcdaily.com.hk/click?id=313"><img src="/ad/box_300x600.gif"></a>
</td></tr></table>
<div class="foot">港城日報有限公司 版權所有 不得轉載 &nbsp; <a href="/about.htm">關於我們</a> | <a href="/ad.htm">廣告查詢</a> | <a href="/privacy.htm">私隱政策</a><br>Copyright &copy; 2025 Gangcheng Daily Ltd. All rights reserved.</div>
</body>
</html>
"""


def make_hk():
    site = "i-gcdaily"
    for n, a in enumerate(HKNEWS, 1):
        body = paras(a["body"])
        lead = f"【本報訊】記者{a['author']}報道：" if n != 2 else f"【本報訊】（記者{a['author']}報道）"
        ps = [f"<p>{e(lead + body[0])}</p>"] + [f"<p>{e(p)}</p>" for p in body[1:]]
        ps.insert(3, '<p class="ad"><span class="adlabel">廣告</span><br><a href="http://ad.gcdaily.com.hk/click?id=3%d"><img src="/ad/inread.gif"></a></p>' % n)
        rel = "".join(f'<li><a href="/news/07{10 + i:02d}/gw0{20 + i}.htm">{e(t)}</a></li>' for i, t in enumerate(HK_RELATED[n - 1:n + 3]))
        main = f"""<div class="crumb"><a href="/">首頁</a> &gt; <a href="/gw/">港聞</a></div>
<div id="news">
<h1>{e(a["title"])}</h1>
<div class="ndate">{e(a["datestr"])}</div>
<div id="newscontent">
{chr(10).join(ps)}
<p>（責任編輯：區永健）</p>
<div class="related"><b>相關新聞：</b><ul>{rel}</ul></div>
<div class="adlabel">廣告</div><a href="http://ad.gcdaily.com.hk/click?id=40{n}"><img src="/ad/bottom.gif"></a>
</div>
<div class="tool"><a href="#">列印</a> | <a href="#">電郵</a> | <a href="#">字體：大 中 小</a></div>
</div>"""
        tt = a["tt"] if a["tt"] else a["title"] + "_港城日報_香港新聞_即時新聞_樓市_股票_馬經_六合彩"
        html = hk_frame(e(tt), main)
        write(f"{site}-{n}", html, "big5", f'http://www.gcdaily.com.hk/news/{a["id"]}.htm', a["charset"],
              a["title"], a["author"], a["date"], body)
    # page 4: the 港聞 section index
    items = ["舊區唐樓活化變身「街坊客廳」", "中學生自製氣象站 數據助社區防暑", "社區飯堂十元一餐 街坊互助暖人心"] + HK_RELATED
    lst = "\n".join(f'<li><span class="d">07-{15 - i:02d}</span> <a href="/news/07{15 - i:02d}/gw0{i + 1:02d}.htm">{e(t)}</a></li>' for i, t in enumerate(items))
    main = f"""<div class="crumb"><a href="/">首頁</a> &gt; 港聞</div>
<h2 class="sec">港聞</h2>
<ul class="newslist">
{lst}
</ul>
<div class="adlabel">廣告</div><a href="http://ad.gcdaily.com.hk/click?id=500"><img src="/ad/list.gif"></a>
<div class="pager"><a href="/gw/index_2.htm">下一頁</a> <a href="/gw/index_10.htm">尾頁</a></div>"""
    html = hk_frame("港聞 - 港城日報 香港新聞 即時新聞 六合彩 馬經 樓市 股票", main)
    write(f"{site}-4", html, "big5", "http://www.gcdaily.com.hk/gw/", "", listing=True)


# ---------------------------------------------------------------- 5. 2008-style GBK blog
BLOG = [
    dict(title="想起当年的三班倒", time="2008-03-22 20:15:36", cat="往事如烟", id="1000c2e8", ncom=15, charset="gbk", read=1873, body="""
我父亲是国棉二厂的保全工，母亲是细纱车间的挡车工。我从小在厂区的家属院里长大，对“三班倒”这个词熟悉得就像自己的名字。
所谓三班倒，就是早班、中班、夜班轮着上，一个星期一换。父母要是排在同一个班还好，要是错开了，家里就总有一个人在睡觉。我们兄妹几个从小就学会了轻手轻脚，放学回家先看门口的鞋，要是父亲的布鞋在，就知道他刚下夜班，连说话都压低嗓门。
那时的厂子就是一个小社会。有子弟学校、有职工医院、有澡堂和大食堂，逢年过节还在俱乐部放电影。母亲常说，进了厂门，生老病死都有人管。她这话说得很自豪，因为全车间的挡车工里，她是连续八年的“无疵布”能手。
我记得最清楚的，是冬天半夜去给母亲送饭。细纱车间里棉絮飞扬，机器声震得人耳朵发麻，母亲在一排排纱锭间来回走，一个班下来要走三四十里路。她接过饭盒，顾不上说话，扒几口又回到车前去了。
厂里的大食堂我至今难忘。一毛钱一份的红烧茄子，五分钱一个的大馒头，逢年过节还有炸丸子。父亲下了夜班，常常从食堂带两个肉包子回来，用手帕包着，放在我们枕头边，我们醒来第一件事就是找包子。
九十年代后期，厂子改制，父母先后办了内退。老厂房前几年拆了，原址上盖起了商品楼。前些天路过那里，只剩下门口那棵老槐树还在。我站在树下想，那些轰鸣的机器、那些在车间里走了一辈子的人，总该有人记下来才好。
"""),
    dict(title="第一次上讲台", time="2008-04-06 21:03:11", cat="教书生涯", id="1000c3a1", ncom=7, charset="gbk", read=956, body="""
1978年秋天，我被分配到离家四十里的杨树沟小学教书。报到那天，我背着铺盖卷走了大半天山路，到学校一看，只有三间瓦房，一间做教室，一间做办公室，另一间就是我的宿舍。
学校一共二十几个学生，分成三个年级，全在一间教室里上课。这叫复式教学，我在师范里学过，可真到了讲台上，才知道有多难。给一年级讲拼音的时候，得让三年级做算术；给三年级讲课文的时候，又得让一年级描字。一节课下来，嗓子哑了，头也昏了。
第一次上讲台那天，我准备了一整夜的教案，结果一开口就紧张得忘了词。台下坐着的孩子们也不出声，一双双眼睛直直地看着我。后来还是一个扎着羊角辫的小姑娘举手说：“老师，你先喝口水。”全班都笑了，我也笑了，那堂课就这样顺顺当当地讲了下去。
在杨树沟的五年，我学会了生炉子、修桌椅、给学生理发，也学会了怎样跟山里的家长打交道。有的孩子农忙时不来上学，我就一家一家去找，坐在田埂上跟家长拉家常，拉着拉着，孩子就回来了。
山里的冬天来得早，教室的窗户没有玻璃，只糊着一层塑料布，北风一吹哗啦啦地响。孩子们从家里带来柴火，一人一根，堆在墙角，上课前我先把炉子生旺。那几年，我的手上总有洗不掉的烟灰。
如今我退休了，那个让我喝水的小姑娘，听说已经在县城当了中学老师。有时候想想，人这一辈子能做成的事不多，教过一些孩子，看着他们长大，也算是没有白过。
"""),
    dict(title="庙会上的一台戏", time="2008-05-03 19:47:52", cat="往事如烟", id="1000c4f0", ncom=4, charset="", read=612, body="""
小时候最盼的，是每年三月三的庙会。庙会上有卖糖人的、耍猴的、卖农具的，但最吸引人的，还是戏台上的那台大戏。
戏台搭在老庙前的空场上，用木板和竹竿扎成，顶上蒙着帆布。戏班子是从邻县请来的，唱的是我们这一带流行的梆子戏。开锣前，台下早就挤满了人，有的扛着板凳，有的干脆爬到树上。我个子小，就骑在父亲的脖子上看。
那时我听不懂唱词，只看个热闹。红脸的是好人，白脸的是奸臣，穿蟒袍的是大官，扎靠旗的是将军。父亲一边看一边给我讲，讲《铡美案》里的包公怎样不怕权贵，讲《穆桂英挂帅》里的女将怎样披甲出征。这些故事，我后来在书上也读到过，可总觉得不如父亲讲的好听。
最热闹的是武戏。锣鼓点一紧，演员一连翻十几个跟头，台下叫好声一片。有一回，一个演小兵的年轻人翻跟头时滑了一下，差点摔下台来，他站稳后冲台下拱拱手，观众反倒给了他最响的掌声。
散戏以后，我总舍不得走，跑到后台去看演员卸妆。那个刚才还威风凛凛的将军，洗掉油彩，原来是个瘦瘦的中年人，蹲在台阶上捧着一碗面条吃得正香。我看得呆了，觉得戏里戏外真是两个世界。
这些年，庙会还在办，戏台也换成了水泥的，可来看戏的人越来越少，多是些上了年纪的老人。前年回老家，我在台下坐了一下午，身边的座位空了一大半。台上的演员唱得很卖力，我忽然有些难过，又有些感动。
"""),
]

COMMENTS = [
    ("老棉纺", "写得真好！我也是纺织厂子弟，看得眼睛都湿了。"),
    ("江南一叶", "三班倒，这个词好久没听到了。我妈当年也是挡车工。"),
    ("游客", "顶一个，支持周老师多写点。"),
    ("小林子", "沙发没抢到，板凳也行。"),
    ("晚风", "“进了厂门，生老病死都有人管”，那个年代的人真是这样想的。"),
    ("青青河边草", "博主文笔朴实，读起来很亲切。已收藏。"),
    ("老槐树下", "那棵老槐树我也记得！原来我们是一个厂的。"),
    ("路人甲", "路过，学习了。"),
    ("田野", "现在的年轻人很难想象那种生活了，应该多记录一些。"),
    ("冬冬妈", "我家那位也是保全工，一身机油味，洗都洗不掉。"),
    ("游客", "好文章，转走了，注明出处。"),
    ("石头", "改制那几年，多少家庭不容易啊。"),
    ("雨后", "周老师，能不能多写写子弟学校的事？"),
    ("周建国", "谢谢各位朋友，子弟学校的事以后一定写。"),
    ("一苇", "期待下一篇。"),
]


def blog_frame(title_tag, main, extra_head=""):
    arch = "".join(f'<li><a href="/zhoujianguo/archive/2008{m:02d}.html">2008年{m:02d}月</a>({c})</li>' for m, c in [(5, 3), (4, 6), (3, 9), (2, 4), (1, 7)])
    cats = "".join(f"<li><a href=\"/zhoujianguo/category/{i}.html\">{c}</a>({k})</li>" for i, (c, k) in enumerate([("往事如烟", 18), ("教书生涯", 11), ("读书随笔", 6), ("默认分类", 3)]))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title_tag}</title>
<link href="http://blog.yuntai8.com/skin/default/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="http://blog.yuntai8.com/js/common.js"></script>
{extra_head}</head>
<body>
<div id="topbar"><a href="http://www.yuntai8.com/">云台网首页</a> | <a href="http://blog.yuntai8.com/">云台博客</a> | <a href="http://bbs.yuntai8.com/">论坛</a> | <a href="http://blog.yuntai8.com/login.asp">登录</a> | <a href="http://blog.yuntai8.com/reg.asp">注册博客</a></div>
<div id="blogtitle"><h2><a href="/zhoujianguo/">周建国的博客</a></h2><div class="desc">退休教师，写点往事，与朋友们分享。</div><div class="url">http://blog.yuntai8.com/zhoujianguo</div></div>
<div id="nav"><a href="/zhoujianguo/">首页</a> <a href="/zhoujianguo/articles.html">博文目录</a> <a href="/zhoujianguo/album.html">相册</a> <a href="/zhoujianguo/guestbook.html">留言板</a> <a href="/zhoujianguo/profile.html">关于我</a></div>
<table id="layout" width="960" border="0" cellspacing="0" cellpadding="0"><tr>
<td id="sidebar" width="220" valign="top">
<div class="mod"><div class="modtitle">博主</div><div class="modbody"><img src="/upload/avatar/zhoujianguo.jpg" width="120" /><br /><b>周建国</b><br />等级：<img src="/img/lv6.gif" /><br />积分：3862<br />访问：128,406<br />博文：47 &nbsp; 关注：35<br /><a href="/zhoujianguo/guestbook.html">给我留言</a> <a href="/msg.asp?to=zhoujianguo">发纸条</a> <a href="/friend.asp?add=zhoujianguo">加好友</a></div></div>
<div class="mod"><div class="modtitle">文章分类</div><ul>{cats}</ul></div>
<div class="mod"><div class="modtitle">文章存档</div><ul>{arch}</ul></div>
<div class="mod"><div class="modtitle">最新评论</div><ul><li>一苇：期待下一篇。</li><li>老棉纺：写得真好！</li><li>晚风：那个年代的人真是这样想的。</li></ul></div>
<div class="mod"><div class="modtitle">友情链接</div><ul><li><a href="/laomianfang/">老棉纺的博客</a></li><li><a href="/jiangnanyiye/">江南一叶</a></li><li><a href="/tianye/">田野的空间</a></li></ul></div>
<div class="mod"><div class="modtitle">访问统计</div>今日：86 &nbsp; 总计：128406</div>
</td>
<td id="main" valign="top">
{main}
</td></tr></table>
<div id="footer">云台博客 版权所有 &copy; 2005-2008 yuntai8.com &nbsp; 京ICP证080123号</div>
</body>
</html>
"""


def make_blog():
    site = "i-yuntai"
    order = [(a["title"], a["id"]) for a in BLOG]
    for n, a in enumerate(BLOG, 1):
        body = paras(a["body"])
        ps = "\n".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{e(p)}</p>" for p in body)
        coms = []
        for i in range(a["ncom"]):
            who, txt = COMMENTS[(i + 3 * (n - 1)) % len(COMMENTS)] if n > 1 else COMMENTS[i]
            hh = 20 + (i * 37) // 60 % 4
            mm = (i * 37 + 11) % 60
            day = int(a["time"][8:10]) + 1 + i // 6
            coms.append(f'<div class="comment"><div class="chead">{i + 1}楼 <b>{e(who)}</b> 发表于 2008-{a["time"][5:7]}-{day:02d} {hh:02d}:{mm:02d} <a href="#reply">回复</a></div><div class="cbody">{e(txt)}</div></div>')
        prev = order[n - 2] if n > 1 else None
        nxt = order[n] if n < len(order) else None
        pn = (f'上一篇：<a href="/zhoujianguo/article/{prev[1]}.html">{e(prev[0])}</a>' if prev else "上一篇：没有了") + "<br />" + \
             (f'下一篇：<a href="/zhoujianguo/article/{nxt[1]}.html">{e(nxt[0])}</a>' if nxt else "下一篇：没有了")
        main = f"""<div class="post">
<div class="posttitle"><h1>{e(a["title"])}</h1></div>
<div class="postinfo">周建国 发表于 {a["time"]} &nbsp; 分类：<a href="/zhoujianguo/category/0.html">{a["cat"]}</a></div>
<div class="postbody">
{ps}
<p>&nbsp;</p>
<p><font color="#999999">（原创文章，转载请注明出处：周建国的博客）</font></p>
</div>
<div class="postfoot">阅读({a["read"]}) | 评论({a["ncom"]}) | <a href="#">推荐</a> | <a href="#">收藏</a> | <a href="#">引用通告</a></div>
<div class="prenext">{pn}</div>
</div>
<div id="comments"><div class="modtitle">网友评论（{a["ncom"]}条）</div>
{chr(10).join(coms)}
</div>
<div id="postcomment"><div class="modtitle">发表评论</div><form action="/comment.asp" method="post">昵称：<input name="nick" /> 验证码：<input name="code" size="4" /><img src="/code.asp" /><br /><textarea name="body" cols="60" rows="6"></textarea><br /><input type="submit" value="发表评论" /></form></div>"""
        html = blog_frame(f'{e(a["title"])} - 周建国的博客 - 云台博客', main)
        write(f"{site}-{n}", html, "gbk", f'http://blog.yuntai8.com/zhoujianguo/article/{a["id"]}.html', a["charset"],
              a["title"], "周建国", a["time"][:10], body)
    # page 4: 博文目录
    more = [("“四月天”里话清明", "2008-04-04"), ("子弟学校的孙校长", "2008-03-29"), ("父亲的工具箱", "2008-03-15"),
            ("读《平凡的世界》有感", "2008-03-02"), ("春节回老家", "2008-02-10")]
    rows = [(a["title"], a["time"][:10]) for a in reversed(BLOG)] + more
    rows.sort(key=lambda r: r[1], reverse=True)
    lst = "\n".join(f'<tr><td><a href="/zhoujianguo/article/{2000 + i}.html">{e(t)}</a></td><td>{d}</td><td>阅读({300 + 71 * i % 900})</td></tr>' for i, (t, d) in enumerate(rows))
    main = f"""<div class="modtitle">博文目录（共47篇）</div>
<table class="artlist" width="100%">
<tr><th>标题</th><th>发表时间</th><th>阅读</th></tr>
{lst}
</table>
<div class="pager">共5页 <b>1</b> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">下一页</a></div>"""
    html = blog_frame("博文目录 - 周建国的博客 - 云台博客", main)
    write(f"{site}-4", html, "gbk", "http://blog.yuntai8.com/zhoujianguo/articles.html", "", listing=True)


# ---------------------------------------------------------------- 6. county government portal
GOV = [
    dict(title="县城投集团完成市场化转型 实体经营收入占比过半", org="县国资局", src="县国资局", au="吴海涛", author="吴海涛",
         date="2024-09-10", time="2024-09-10 10:21:35", idx="11430999MB1234567X/2024-00231", cls="国有资产监管", id="202409/t20240910_318842", body="""
近日，记者从县国资局获悉，青崖县城市建设投资集团有限公司经过三年改革，已基本完成从融资平台向市场化经营主体的转型，今年上半年实体经营收入占营业收入的比重达到54%。
改革之前，县城投集团的业务主要集中在基础设施代建和政府融资，自身造血能力较弱。2021年起，县里按照“剥离、整合、提升”的思路，对集团下属的19家子公司进行梳理，注销空壳企业7家，合并同类业务公司5家，组建了建设工程、水务环境、文旅运营三个业务板块。
在经营机制上，集团全面推行经理层成员任期制和契约化管理，与中层以上管理人员签订年度目标责任书，薪酬与经营业绩直接挂钩。集团负责人介绍，去年有3名未完成考核目标的中层干部被调整岗位，“干多干少不一样，在企业里形成了共识”。
党建工作与生产经营深度融合是此次改革的另一重点。集团党委把党支部建在项目上，在县城污水管网改造等重点项目中设立党员先锋岗，项目平均工期缩短了约两个月。
在文旅运营板块，集团接手了县城老街和青崖山景区的运营，通过引入专业团队、盘活闲置房产，今年上半年接待游客同比增长37%，实现经营收入4100余万元，成为集团新的增长点。
下一步，县国资局将继续推动国有资本向公共服务和优势产业集中，力争到2026年，县属国有企业实体经营收入占比提高到70%以上。
"""),
    dict(title="“小网格”织密基层治理“大网络”", org="中共青崖县委政法委员会", src="县委政法委", au="", author="",
         date="2024-09-26", time="2024/09/26", idx="11430999MB7654321Y/2024-00417", cls="政法、公安", id="202409/t20240926_319377", body="""
今年以来，我县深化网格化服务管理，将全县14个乡镇（街道）划分为386个综合网格，配备专职网格员412名，推动基层治理力量向一线下沉。
网格员的主要职责是“四员合一”：既是信息采集员，也是矛盾调解员、政策宣传员和便民服务员。各网格员每天入户走访，通过手机终端上报发现的问题，能当场解决的当场解决，不能解决的逐级流转到相关部门办理。
在城关镇南门社区，网格员曹丽娟负责的网格有住户六百余户。今年6月，她在走访中发现一栋居民楼外墙瓷砖松动，当即拍照上报，并在楼下拉起警戒线。社区联系维修单位，当天就完成了排险。“网格员就像社区的眼睛，问题发现得早，处理起来就主动。”社区党支部书记说。
为提升网格员的履职能力，县里组织开展了分批次业务培训，内容涵盖矛盾纠纷化解、应急处置、政策法规等方面，今年已累计培训1200余人次。同时，建立网格员星级评定制度，评定结果与绩效报酬挂钩，激发了网格员的工作积极性。
各乡镇还结合实际探索特色做法。黄坪镇推行“网格+调解”模式，在每个村设立调解室，由网格员和老党员、乡贤共同参与化解邻里纠纷；河口街道则依托网格建立独居老人联系台账，定期上门探访，及时解决老人生活中的困难。
据统计，今年1至8月，全县网格员共上报各类事件9800余件，办结率达到98.6%，一批群众身边的急难愁盼问题得到了及时解决。
"""),
    dict(title="县教育局开展“名师送教下乡”活动", org="青崖县教育局", src="县教育局", au="宋雅婷 杨帆", author="宋雅婷 杨帆",
         date="2024-10-22", time="2024年10月22日 16:05", idx="11430999MB2468024Z/2024-00562", cls="教育", id="202410/t20241022_320915", body="""
为促进城乡教育均衡发展，10月中旬，县教育局组织县城学校的23名骨干教师，分赴6个乡镇的中小学开展“名师送教下乡”活动。
此次活动涵盖语文、数学、英语、物理、音乐、美术等学科，采取“示范课+评课+专题讲座”的形式进行。在黄坪镇中心小学，县实验小学语文教师郑慧老师执教了一堂阅读课《秋天的雨》，她引导学生边读边画，用彩笔把课文中的颜色画在纸上，课堂气氛十分活跃。课后，郑老师与当地教师围绕“如何激发低年级学生的阅读兴趣”进行了交流。
“平时很少有机会近距离观摩名师上课，这次收获很大。”黄坪镇中心小学的青年教师刘佳说，送教老师的很多做法简单实用，回去就能用在自己的课堂上。
除课堂示范外，送教团队还走进乡村学校的教研活动，针对学校提出的作业设计、课后服务等问题开展专题研讨。部分学校还与送教教师结成了帮扶对子，约定通过线上方式常态化开展听课评课。
在石桥镇初级中学，县一中物理教师开设了“生活中的物理”专题讲座，用矿泉水瓶、气球等简单材料演示物理原理，引得学生们争相上台动手尝试。该校校长表示，希望这样的活动能多一些，让乡村的孩子也能感受到科学的乐趣。
据了解，“名师送教下乡”活动已连续开展五年，累计送教300余节次，受益教师2000余人次。县教育局相关负责人表示，下一步将进一步完善城乡学校结对帮扶机制，推动优质教育资源更多向乡村倾斜。
"""),
]

GOV_MENU = [
    ("首页", []),
    ("走进青崖", ["青崖概况", "历史沿革", "行政区划", "自然资源", "人口民族", "青崖名片", "旅游景点", "特色物产", "青崖年鉴", "统计公报"]),
    ("政务公开", ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开", "政策文件", "政策解读", "规划计划", "财政预决算", "重大项目", "人事信息", "建议提案办理", "审计信息", "统计信息", "应急管理", "公共资源配置"]),
    ("新闻中心", ["青崖要闻", "部门动态", "乡镇动态", "通知公告", "图片新闻", "视频新闻", "媒体聚焦", "专题专栏"]),
    ("政务服务", ["个人办事", "法人办事", "部门服务", "乡镇服务", "办事指南", "表格下载", "便民服务", "好差评"]),
    ("互动交流", ["县长信箱", "书记信箱", "咨询投诉", "在线访谈", "征集调查", "常见问题", "留言选登"]),
    ("专题专栏", ["乡村振兴", "优化营商环境", "安全生产", "疫情防控", "扫黑除恶", "创文创卫", "河长制", "双拥工作", "普法宣传", "民生实事"]),
]
GOV_DEPTS = ["县发展和改革局", "县教育局", "县科技和工业信息化局", "县公安局", "县民政局", "县司法局", "县财政局", "县人力资源和社会保障局",
             "县自然资源局", "县生态环境分局", "县住房和城乡建设局", "县交通运输局", "县水利局", "县农业农村局", "县商务局", "县文化旅游广电体育局",
             "县卫生健康局", "县退役军人事务局", "县应急管理局", "县审计局", "县国资局", "县市场监督管理局", "县统计局", "县医疗保障局",
             "县林业局", "县城市管理局", "县行政审批服务局", "县信访局", "县乡村振兴局", "县数据局"]
GOV_TOWNS = ["城关镇", "黄坪镇", "石桥镇", "青龙镇", "白沙镇", "梅溪镇", "杨柳乡", "东山乡", "西岭乡", "南冲乡", "红岩乡", "竹园乡", "河口街道", "桂湾街道"]
GOV_SERVICES = ["生育收养", "户籍办理", "民族宗教", "教育科研", "入伍服役", "就业创业", "设立变更", "准营准办", "抵押质押", "职业资格",
                "行政缴费", "婚姻登记", "优待抚恤", "规划建设", "住房保障", "社会保障", "证件办理", "交通出行", "旅游观光", "出境入境",
                "消费维权", "公共安全", "司法公证", "知识产权", "环保绿化", "文化体育", "公用事业", "医疗卫生", "死亡殡葬", "其他",
                "企业开办", "投资审批", "工程建设", "税费缴纳", "融资信贷", "商务贸易", "质量技术", "安全生产", "检验检疫", "破产注销",
                "农林牧渔", "水利水务", "国土和规划建设", "交通运输", "科技创新", "医疗卫生（法人）", "法律服务", "人力资源", "环境保护", "年检年审"]
GOV_LINKS = ["中国政府网", "国务院部门网站", "江岭省人民政府", "江岭省发展改革委", "江岭省教育厅", "江岭省财政厅", "江岭省人社厅", "江岭省自然资源厅",
             "沅阳市人民政府", "沅阳市发展改革委", "沅阳市教育局", "沅阳市财政局", "沅阳市公安局", "沅阳市民政局", "沅阳市卫健委", "沅阳市国资委",
             "邻县：石门县人民政府", "邻县：桃溪县人民政府", "邻县：安平县人民政府", "邻县：永宁县人民政府"]


def gov_frame(title_tag, crumb, main):
    menu = []
    for i, (sec, subs) in enumerate(GOV_MENU):
        sub = "".join(f'<li><a href="/{i}/{j}/">{s}</a></li>' for j, s in enumerate(subs))
        menu.append(f'<li class="m"><a href="/{i}/">{sec}</a><ul class="sub">{sub}</ul></li>')
    depts = "".join(f'<li><a href="/bm/{i}/">{d}</a></li>' for i, d in enumerate(GOV_DEPTS))
    towns = "".join(f'<li><a href="/xz/{i}/">{t}</a></li>' for i, t in enumerate(GOV_TOWNS))
    links = "".join(f'<option value="http://link{i}.example.gov.cn/">{l}</option>' for i, l in enumerate(GOV_LINKS))
    links2 = "".join(f'<li><a href="http://link{i}.example.gov.cn/">{l}</a></li>' for i, l in enumerate(GOV_LINKS))
    svc = "".join(f'<li><a href="/4/svc/{i}/">{t}</a></li>' for i, t in enumerate(GOV_SERVICES))
    tops = "".join(f'<a href="/svc/{i}/">{s}</a> ' for i, s in enumerate(["无障碍", "长者模式", "English", "繁體", "手机版", "政务微博", "政务微信", "登录", "注册"]))
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="SiteName" content="青崖县人民政府">
<meta name="SiteDomain" content="www.qingya.gov.cn">
<meta name="SiteIDCode" content="4309990001">
<meta name="ArticleTitle" content="{{ATITLE}}">
<meta name="PubDate" content="{{PUBDATE}}">
<title>{title_tag}</title>
<link rel="stylesheet" href="/images/gov2024.css">
</head>
<body>
<div class="topbar">欢迎访问青崖县人民政府门户网站 {tops}</div>
<div class="banner"><img src="/images/banner.jpg" alt="青崖县人民政府"><form action="/search/"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div>
<div class="nav"><ul class="menu">{"".join(menu)}</ul></div>
<div class="quick"><b>主题服务：</b><ul class="svc">{svc}</ul><b>部门网站：</b><ul>{depts}</ul><b>乡镇（街道）：</b><ul>{towns}</ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; {crumb}</div>
<div class="content">
{main}
</div>
<div class="flinks"><select onchange="window.open(this.value)"><option>—— 政府网站 ——</option>{links}</select><ul class="linklist">{links2}</ul></div>
<div class="footer"><p><a href="/about/">关于本站</a> | <a href="/map/">网站地图</a> | <a href="/contact/">联系我们</a> | <a href="/statement/">免责声明</a></p>
<p>主办：青崖县人民政府办公室 &nbsp; 承办：青崖县数据局 &nbsp; 地址：青崖县城关镇人民路1号</p>
<p>网站标识码：4309990001 &nbsp; 湘ICP备05009876号 &nbsp; 湘公网安备 43099902000123号</p>
<p><img src="/images/jiucuo.png" alt="政府网站找错"> <img src="/images/dzjg.png" alt="党政机关"></p></div>
</body>
</html>
"""


def make_gov():
    site = "i-qingya"
    for n, a in enumerate(GOV, 1):
        body = paras(a["body"])
        ps = "\n".join(f'<p style="text-indent:2em;">{e(p)}</p>' for p in body)
        meta = f"""<table class="xxgk_meta" width="100%" border="1" cellspacing="0">
<tr><td>索引号：</td><td>{a["idx"]}</td><td>主题分类：</td><td>{a["cls"]}</td></tr>
<tr><td>发布机构：</td><td>{e(a["org"])}</td><td>发文日期：</td><td>{a["date"]}</td></tr>
<tr><td>文　　号：</td><td></td><td>有 效 性：</td><td>有效</td></tr>
<tr><td>名　　称：</td><td colspan="3">{e(a["title"])}</td></tr>
</table>"""
        au = f' &nbsp; 作者：{e(a["au"])}' if a["au"] else ""
        related = [g["title"] for g in GOV if g is not a] + ["县政府召开常务会议研究部署近期重点工作", "关于公布2024年县级民生实事项目的通知"]
        rel = "".join(f'<li><a href="/0/{k}/">{e(t)}</a></li>' for k, t in enumerate(related))
        main = f"""{meta}
<div class="article">
<h1 class="arttitle">{e(a["title"])}</h1>
<div class="artinfo">发布时间：{a["time"]} &nbsp; 来源：{e(a["src"])}{au} &nbsp; 浏览次数：<span id="hits">{800 + 137 * n}</span> &nbsp; 【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="TRS_Editor" id="zoom">
{ps}
</div>
<div class="artfoot">【<a href="javascript:window.print()">打印本页</a>】 【<a href="javascript:window.close()">关闭窗口</a>】 【<a href="#top">返回顶部</a>】</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="xglj"><h3>相关链接</h3><ul>{rel}</ul></div>
</div>"""
        html = gov_frame(e(a["title"]) + "_部门动态_青崖县人民政府", '<a href="/3/">新闻中心</a> &gt; <a href="/3/1/">部门动态</a>', main)
        html = html.replace("{ATITLE}", e(a["title"])).replace("{PUBDATE}", a["date"])
        write(f"{site}-{n}", html, "utf-8", f'http://www.qingya.gov.cn/xwzx/bmdt/{a["id"]}.html', "utf-8",
              a["title"], a["author"], a["date"], body)
    # page 4: 通知公告 list
    notes = [("关于2024年县直机关公开遴选公务员拟遴选人员的公示", "2024-10-25"), ("青崖县2024年秋冬季森林防火工作的通告", "2024-10-18"),
             ("关于开展2024年度城乡居民医保集中参保缴费工作的通知", "2024-10-09"), ("县人民政府关于调整部分行政许可事项的公告", "2024-09-30"),
             ("关于征集2025年县级民生实事项目的公告", "2024-09-20"), ("青崖县城区部分路段临时交通管制的通告", "2024-09-12"),
             ("关于公布县级政务服务事项目录（2024年版）的通知", "2024-09-03"), ("2024年青崖县公开招聘教师面试公告", "2024-08-27")]
    lst = "\n".join(f'<li><a href="/xwzx/tzgg/2024{d[5:7]}/t{d.replace("-", "")}_{400 + i}.html" title="{e(t)}">{e(t)}</a><span>{d}</span></li>' for i, (t, d) in enumerate(notes))
    main = f"""<div class="listtitle">通知公告</div>
<ul class="newslist">
{lst}
</ul>
<div class="page">共 126 条 &nbsp; 首页 上一页 <b>1</b> <a href="index_1.html">2</a> <a href="index_2.html">3</a> 下一页 尾页</div>"""
    html = gov_frame("通知公告_青崖县人民政府", '<a href="/3/">新闻中心</a> &gt; 通知公告', main)
    html = html.replace("{ATITLE}", "通知公告").replace("{PUBDATE}", "")
    write(f"{site}-4", html, "utf-8", "http://www.qingya.gov.cn/xwzx/tzgg/", "utf-8", listing=True)


if __name__ == "__main__":
    os.makedirs(PAGES, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    make_epaper()
    make_docs()
    make_mag()
    make_hk()
    make_blog()
    make_gov()
