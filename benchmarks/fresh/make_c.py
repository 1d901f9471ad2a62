#!/usr/bin/env python3
"""Write part C of the fresh blind set: pages/c-*.html and gold/c-*.txt.

Eight invented Chinese sites, written from general knowledge of how such sites'
CMSs lay out a page; the essays are original prose written for this set.
Stdlib only, deterministic: `python benchmarks/fresh/make_c.py`.
See NOTES-c.md for the sites and the judgment calls.
"""
import datetime
import html
import json
import os
import re
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, 'pages')
GOLD = os.path.join(HERE, 'gold')

WEEKDAYS = '一二三四五六日'


def clean(s):
    """Visible text of an HTML fragment, whitespace collapsed."""
    s = re.sub(r'<[^>]+>', '', s)
    return ' '.join(html.unescape(s).split())


def attr(s):
    return html.escape(s, quote=True)


def body(text):
    """Parse an essay written one paragraph a line.

    ``## x`` / ``### x``: h2 / h3 heading; ``#b x``: heading set as a bold paragraph;
    ``> x``: quotation; ``!img src|caption``: photo with caption;
    ``-- x``: a paragraph the page shows inside the body that is not essay text
    (bylines, 作者单位, 落款, notes); everything else: a paragraph.
    """
    items = []
    for line in text.strip().split('\n'):
        line = line.strip()
        if not line:
            continue
        if line.startswith('## '):
            items.append(('h2', line[3:]))
        elif line.startswith('### '):
            items.append(('h3', line[4:]))
        elif line.startswith('#b '):
            items.append(('hb', line[3:]))
        elif line.startswith('> '):
            items.append(('quote', line[2:]))
        elif line.startswith('!img '):
            src, cap = line[5:].split('|', 1)
            items.append(('img', cap.strip(), src.strip()))
        elif line.startswith('-- '):
            items.append(('out', line[3:]))
        else:
            items.append(('p', line))
    return items


def gold_lines(items):
    out = []
    for it in items:
        if it[0] in ('p', 'h2', 'h3', 'hb', 'quote', 'img'):
            t = clean(it[1])
            if t:
                out.append(t)
    return out


def first_text(items, n=110):
    s = ''.join(clean(it[1]) for it in items if it[0] == 'p')
    return s[:n]


def emit(name, *, url, charset, encoding, page, title='', author='', published='',
         lines=(), listing=False):
    data = page.encode(encoding, 'xmlcharrefreplace')
    with open(os.path.join(PAGES, name + '.html'), 'wb') as f:
        f.write(data)
    head = ['page: %s.html' % name, 'url: %s' % url, 'charset: %s' % charset]
    if listing:
        head.append('kind: listing')
    head += ['title: %s' % title, 'author: %s' % author, 'published: %s' % published]
    text = '\n'.join(head) + '\n\n' + ''.join(l + '\n' for l in lines)
    with open(os.path.join(GOLD, name + '.txt'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)
    WRITTEN.append(name)


WRITTEN = []


def cn_date(d):
    y, m, dd = map(int, d.split('-'))
    return datetime.date(y, m, dd)


def li_links(items, href, cls=None, date=False):
    out = []
    for i, it in enumerate(items):
        if date:
            t, d = it
            out.append('<li><a href="%s" target="_blank">%s</a><span>%s</span></li>' % (href(i), t, d))
        else:
            out.append('<li><a href="%s" target="_blank">%s</a></li>' % (href(i), it))
    return '\n'.join(out)


# ---------------------------------------------------------------------------
# 1. c-guoxin: national news portal (人民网 style), GB2312 label, GBK bytes
# ---------------------------------------------------------------------------

GUOXIN_NAV = ['首页', '时政', '国际', '财经', '社会', '理论', '文化', '教育', '科技',
              '健康', '体育', '汽车', '房产', '视频', '图片', '评论', '地方', '英文']

GUOXIN_HOT = [
    '多地出台措施稳就业 重点群体就业保持稳定',
    '全国春运发送旅客人次同比回升',
    '“十四五”开局之年，这些民生实事值得期待',
    '国家统计局：前两个月国民经济开局良好',
    '一图读懂：今年以来减税降费成效',
    '高校毕业生就业：这些岗位需求增长明显',
    '“银发经济”升温 适老化改造提速',
    '多省份公布最新城乡居民医保缴费标准',
    '从“一张图”看城市更新的新变化',
    '新能源汽车下乡活动启动 覆盖二十余省份',
]

GUOXIN_PICS = ['春风十里 花开满城', '航拍大美湿地', '长江边的候鸟', '古村落里的新生活']


def guoxin_page(a):
    cat = a['catalog']
    related = li_links(a['related'], lambda i: 'http://%s.guoxinwang.cn/n1/2021/%s/c%s-3204%04d.html'
                       % (a['chan_host'], a['mmdd'], cat, 1200 + 37 * i), date=True)
    hot = '\n'.join('<li><span class="num n%d">%d</span><a href="http://www.guoxinwang.cn/n1/2021/0%d1%d/c1001-3203%04d.html" target="_blank">%s</a></li>'
                    % (i + 1, i + 1, 3 + i % 5, i % 9, 4411 + 53 * i, t) for i, t in enumerate(GUOXIN_HOT))
    pics = '\n'.join('<li><a href="http://pic.guoxinwang.cn/n1/2021/0%d2%d/c1016-320%05d.html" target="_blank"><img src="http://pic.guoxinwang.cn/NMediaFile/2021/0%d2%d/GX2021%06d.jpg" width="130" height="90" alt="" /><span>%s</span></a></li>'
                     % (3 + i, i, 31200 + 88 * i, 3 + i, i, 410000 + 93 * i, t) for i, t in enumerate(GUOXIN_PICS))
    nav = ' '.join('<a href="http://%s.guoxinwang.cn/" target="_blank">%s</a>' % (h, t) for h, t in
                   zip(['www', 'politics', 'world', 'finance', 'society', 'theory', 'culture', 'edu', 'scitech',
                        'health', 'sports', 'auto', 'house', 'tv', 'pic', 'opinion', 'local', 'en'], GUOXIN_NAV))
    paras = []
    for it in a['items']:
        if it[0] == 'p':
            paras.append('<p style="text-indent: 2em;">　　%s</p>' % it[1])
        elif it[0] == 'hb':
            paras.append('<p style="text-indent: 2em;">　　<strong>%s</strong></p>' % it[1])
        elif it[0] == 'out':
            paras.append('<p style="text-indent: 2em;">　　%s</p>' % it[1])
        elif it[0] == 'img':
            paras.append('<p style="text-align: center;"><img src="%s" alt="" /></p>\n<p class="pictext" style="text-align: center;">%s</p>' % (it[2], it[1]))
    body_html = '\n'.join(paras)
    if a.get('pager'):
        pager = ('<div class="page_n clearfix"><span>1</span><a href="%s">2</a><a href="%s" class="next">下一页</a></div>\n'
                 '<div class="zdfy_more"><a href="%s" target="_self">点击查看更多</a></div>') % ((a['page2'],) * 3)
    else:
        pager = ''
    sub_tag = a.get('sub_tag', 'h4')
    sub_html = '<%s class="sub">%s</%s>' % (sub_tag, a.get('sub', ''), sub_tag)
    author_span = ('<span class="author">作者：%s</span><span class="sep">|</span>' % a['author_line']) if a.get('author_line') else ''
    return '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="content-type" content="text/html;charset=GB2312"/>
<meta http-equiv="Content-Language" content="zh-CN" />
<meta content="all" name="robots" />
<title>{title}--{channel}--国信网</title>
<meta name="keywords" content="{keywords}" />
<meta name="description" content="{desc}" />
<meta name="filetype" content="0" />
<meta name="publishedtype" content="1" />
<meta name="pagetype" content="1" />
<meta name="catalogs" content="{cat}" />
<meta name="contentid" content="{cid}" />
<meta name="publishdate" content="{pubdate}" />
<meta name="author" content="{authorid}" />
<meta name="editor" content="" />
<meta name="source" content="来源：{source}" />
<meta name="sourcetype" content="10" />
<meta property="og:type" content="article" />
<meta property="og:site_name" content="国信网" />
<meta property="og:title" content="{title}--国信网" />
<meta property="og:description" content="{desc}" />
<meta property="og:image" content="http://www.guoxinwang.cn/img/2020gx/images/share_logo.png" />
<meta property="og:url" content="{url}" />
<meta name="viewport" content="width=device-width,initial-scale=1.0,minimum-scale=1.0,maximum-scale=1.0" />
<link href="/img/2020gx/css/page.css" type="text/css" rel="stylesheet" media="all" />
<link href="/img/2020gx/css/share.min.css" type="text/css" rel="stylesheet" />
<script src="/img/2020gx/js/jquery-1.12.4.min.js" type="text/javascript"></script>
<script src="/img/2020gx/js/jquery.share.min.js" type="text/javascript"></script>
<script type="text/javascript">
var cmsPage = {{contentid:"{cid}", catalogs:"{cat}", pubtime:"{pubdate} {time}:00", pagecount:"{pagecount}"}};
var _hmt = _hmt || [];
(function() {{
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?7b1a2c6e4d0f93b8e5a1c2d3e4f5a6b7";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
}})();
</script>
</head>
<body>
<!--top_nav begin-->
<div class="w1200 top_nav cf">
  <div class="fl"><a href="http://www.guoxinwang.cn/" target="_blank">国信网首页</a>|<a href="http://m.guoxinwang.cn/" target="_blank">手机看新闻</a>|<a href="http://app.guoxinwang.cn/" target="_blank">国信网客户端</a></div>
  <div class="fr"><a href="http://passport.guoxinwang.cn/login" target="_blank">登录</a>|<a href="http://passport.guoxinwang.cn/register" target="_blank">注册</a></div>
</div>
<div class="w1200 header cf">
  <div class="logo fl"><a href="http://www.guoxinwang.cn/" target="_blank"><img src="/img/2020gx/images/logo.png" alt="国信网" /></a></div>
  <div class="channel_logo fl"><a href="http://{chan_host}.guoxinwang.cn/" target="_blank">{channel}</a></div>
  <div class="search fr"><form action="http://search.guoxinwang.cn/s" method="get" target="_blank"><input type="text" name="keyword" class="inp" value="" /><input type="submit" value="搜索" class="btn" /></form></div>
</div>
<div class="w1200 nav cf">{nav}</div>
<!--top_nav end-->
<div class="w1200 ad01"><a href="http://ad.guoxinwang.cn/c/2021/0301/a1.html" target="_blank"><img src="http://ad.guoxinwang.cn/NMediaFile/2021/0301/GX_ad_1200x90.jpg" width="1200" height="90" alt="" /></a></div>
<div class="layout rm_txt cf">
  <div class="col col-1 fl">
    <div class="channel cf"><a href="http://www.guoxinwang.cn/" target="_blank" class="clink">国信网</a>&gt;&gt;<a href="http://{chan_host}.guoxinwang.cn/" target="_blank" class="clink">{channel}</a></div>
    <h3 class="pre">{pre}</h3>
    <h1>{title}</h1>
    {sub_html}
    <div class="col-1-1 box01 cf">
      <div class="fl"><span class="date">{datestr}</span><span class="sep">|</span><span class="source">来源：<a href="http://www.guoxinwang.cn/" target="_blank">{source}</a></span><span class="sep">|</span>{author_span}<span class="editor">责任编辑：{editor1}</span></div>
      <div class="fr"><div class="share-box"><span class="share-title">分享到：</span><div class="social-share" data-sites="wechat,weibo,qzone,qq"><a class="icon-wechat" href="javascript:;">微信</a><a class="icon-weibo" href="javascript:;">微博</a><a class="icon-qzone" href="javascript:;">QQ空间</a><a class="icon-qq" href="javascript:;">QQ好友</a></div></div></div>
    </div>
    <div class="rm_txt_con cf">
<!--正文开始-->
{body}
<!--正文结束-->
{pager}
      <div class="edit cf">{zebian}</div>
    </div>
    <div class="box_share cf"><span>分享让更多人看到</span><div class="social-share" data-sites="wechat,weibo,qzone"></div></div>
    <div class="rm_relevant cf">
      <div class="title"><h3>相关新闻</h3></div>
      <ul class="list_16 mt10">
{related}
      </ul>
    </div>
    <div class="rm_comment cf"><div class="title"><h3>网友评论</h3></div><div id="comment_box">登录后才能评论，<a href="http://passport.guoxinwang.cn/login">立即登录</a></div></div>
  </div>
  <div class="col col-2 fr">
    <div class="ad02"><a href="http://ad.guoxinwang.cn/c/2021/0301/a2.html" target="_blank"><img src="http://ad.guoxinwang.cn/NMediaFile/2021/0301/GX_ad_300x250.jpg" width="300" height="250" alt="" /></a></div>
    <div class="ph_list">
      <div class="title"><h3>热点推荐</h3></div>
      <ul>
{hot}
      </ul>
    </div>
    <div class="pic_list"><div class="title"><h3>图片新闻</h3></div><ul>
{pics}
    </ul></div>
  </div>
</div>
<div class="w1200 footer">
  <p><a href="http://www.guoxinwang.cn/about/" target="_blank">关于国信网</a>|<a href="http://www.guoxinwang.cn/about/bsgk.html" target="_blank">报社概况</a>|<a href="http://hr.guoxinwang.cn/" target="_blank">招聘英才</a>|<a href="http://ad.guoxinwang.cn/" target="_blank">广告服务</a>|<a href="http://www.guoxinwang.cn/about/hzjm.html" target="_blank">合作加盟</a>|<a href="http://www.guoxinwang.cn/about/gg.html" target="_blank">供稿服务</a>|<a href="http://www.guoxinwang.cn/about/sm.html" target="_blank">网站声明</a>|<a href="http://www.guoxinwang.cn/map/" target="_blank">网站地图</a>|<a href="http://liuyan.guoxinwang.cn/" target="_blank">留言反馈</a></p>
  <p>国信网版权所有，未经书面授权禁止使用</p>
  <p>Copyright &copy; 1997-2021 by www.guoxinwang.cn. all rights reserved</p>
  <p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP证000317号</a>　<a href="http://www.beian.gov.cn/" target="_blank">京公网安备11000002000107号</a>　互联网新闻信息服务许可证10120170016</p>
</div>
<script src="/img/2020gx/js/page.js" type="text/javascript"></script>
<script type="text/javascript">$(".social-share").share({{sites: ["wechat","weibo","qzone","qq"]}});</script>
</body>
</html>
'''.format(title=a['title'], channel=a['channel'], keywords=a['keywords'], desc=attr(a['desc']), cat=cat,
           cid=a['cid'], pubdate=a['date'], time=a['time'], authorid=a['authorid'], source=a['source'],
           url=a['url'], pagecount=2 if a.get('pager') else 1, chan_host=a['chan_host'], nav=nav,
           pre=a.get('pre', ''), sub_html=sub_html,
           datestr='%s年%s月%s日%s' % (a['date'][:4], a['date'][5:7], a['date'][8:], a['time']),
           author_span=author_span, editor1=a['editor1'], body=body_html, pager=pager, zebian=a['zebian'],
           related=related, hot=hot, pics=pics)


GUOXIN = [
    dict(
        name='c-guoxin-1', charset='GB2312',
        url='http://finance.guoxinwang.cn/n1/2021/0315/c1004-32050123.html',
        page2='http://finance.guoxinwang.cn/n1/2021/0315/c1004-32050123-2.html', pager=True,
        channel='经济·科技', chan_host='finance', catalog='1004', cid='32050123', mmdd='0315',
        date='2021-03-15', time='08:22', authorid='104',
        pre='科技赋能 春耕更“智慧”',
        title='北方麦区春管进入关键期 无人机植保作业面积同比增长四成',
        keywords='春耕,小麦,无人机,植保,墒情监测',
        source='国信网－经济日报', author_line='记者 王晓林', author='王晓林',
        editor1='赵一鸣', zebian='(责编：赵一鸣、孙雯)',
        related=[('春灌用水高峰来临 多地加强水资源调度', '2021-03-14'),
                 ('农机合作社“托管”服务覆盖面持续扩大', '2021-03-12'),
                 ('惊蛰时节 各地抢抓农时开展春耕备耕', '2021-03-06'),
                 ('种粮大户算收入账：规模经营效益显现', '2021-03-02'),
                 ('高标准农田建设新增任务分解下达', '2021-02-27')],
        text='''
惊蛰过后，黄淮海平原气温回升明显，冬小麦陆续进入返青期。在鲁西北的一片万亩麦田里，十几架植保无人机正沿着预设航线低空飞行，雾状的叶面肥均匀地落在麦苗上。“以前一个人背着药桶一天最多打二三十亩，现在一架无人机一天能作业六七百亩，还不用下地踩苗。”种粮大户刘广胜一边盯着手机上的作业轨迹一边说。
记者从农业农村部门了解到，今年春季麦田管理中，无人机飞防、墒情监测、水肥一体化等技术的应用范围进一步扩大。在北方几个小麦主产省，植保无人机的作业面积同比增长约四成，不少合作社已经把“看天种地”变成了“看数据种地”。
#b 土壤墒情有了“千里眼”
在县农业技术推广中心的大屏幕上，全县二百多个墒情监测点的数据实时跳动。每个监测点埋设着不同深度的传感器，土壤含水量、地温等信息每隔半小时上传一次。技术员张海燕告诉记者，过去判断要不要浇返青水，主要靠农技人员下田挖土、用手攥一攥，“现在哪块地缺水、缺多少，系统会自动标出来，农户在手机上就能收到提醒。”
精准的数据带来了实实在在的节约。据测算，按需灌溉比传统大水漫灌每亩可节水三十立方米左右，化肥用量也能减少一成以上。对于连片经营上千亩的种粮大户来说，这是一笔不小的账。
!img http://finance.guoxinwang.cn/NMediaFile/2021/0315/GX1615771200345.jpg|3月12日，植保无人机在麦田上空进行叶面肥喷施作业。
#b 社会化服务让小农户用得上
新技术是不是只有大户用得起？在一些地方，答案正在改变。当地一家农机专业合作社负责人介绍，合作社采取“托管服务”的方式，为周边小农户提供从播种、植保到收获的全程服务，农户按亩付费，每亩植保费用比自己雇人打药还低几块钱。“去年我们服务了四千多户，今年春管开始后，预约的电话就没断过。”
不过，记者在采访中也发现，部分地区仍存在飞手数量不足、作业标准不统一等问题。一些农户反映，个别服务组织为了赶进度，飞行高度和速度控制不严，影响了防治效果。
'''),
    dict(
        name='c-guoxin-2', charset='GB2312',
        url='http://society.guoxinwang.cn/n1/2021/0605/c1008-32123456.html',
        channel='社会·法治', chan_host='society', catalog='1008', cid='32123456', mmdd='0605',
        date='2021-06-05', time='06:41', authorid='211',
        pre='', sub_tag='h2', sub='——长江中游临江市十年生态修复见闻',
        title='一江碧水向东流',
        keywords='长江,生态修复,岸线,禁渔,河长制',
        source='国信网－国信日报', author_line='记者 刘畅 周青', author='刘畅 周青',
        editor1='杨帆', zebian='(责编：杨帆、黄子健)',
        related=[('长江禁渔一周年：江豚频现 鱼类资源逐步恢复', '2021-01-01'),
                 ('沿江化工企业搬迁改造进入攻坚阶段', '2021-05-28'),
                 ('世界环境日：一组数据看生态环境质量变化', '2021-06-05'),
                 ('湿地公园成为城市居民的“绿色客厅”', '2021-05-19'),
                 ('退捕渔民转产就业：从“捕鱼人”到“护鱼人”', '2021-04-23')],
        text='''
清晨六点，临江市江滩公园里已经有不少晨练的市民。沿着新铺的步道往下游走，芦苇丛中不时有白鹭起落。五十八岁的退休工人陈建国在这里住了大半辈子，他指着不远处的一排柳树说：“十年前这里是一片砂石码头，灰大得晾不了衣服，谁能想到现在成了全家散步的地方。”
临江市地处长江中游，江岸线长一百余公里。上世纪九十年代以来，沿江一带先后建起了化工、建材和砂石加工企业，“临江不见江”一度是当地人的无奈调侃。
#b 拆码头，先算“长远账”
二〇一六年起，临江市对沿江一公里范围内的企业和码头进行全面排查，先后关停、搬迁砂石码头四十七个、化工企业十九家。市生态环境局一位负责人坦言，拆除之初压力不小：“有的企业一年上缴税收几千万元，说关就关，不少人想不通。”
转变从算账开始。当地组织专家测算，仅沿江污染带来的水厂深度处理成本、渔业资源损失和群众健康支出，每年就超过这些企业创造的税收。“算清了这笔账，大家心里就有了底。”
#b 还岸线，也还给百姓
腾退出来的岸线怎么用？临江市没有急于招商，而是先请生态专家“把脉”。在原来污染最重的一段江岸，施工人员清运了二十多万立方米的废渣，再用本地的芦苇、菖蒲等植物恢复湿地。如今，这一段江滩已经成为市民公园，周末游客量上万人次。
生态好了，江里的鱼也多了。长江“十年禁渔”实施以后，原来的渔民大多上岸转产。曾经打了三十年鱼的王德水如今是一名护渔员，每天驾驶巡护船在辖区江段巡查。“去年秋天，我们在江面上看到了一群江豚，有六七头，大家激动得直拍照。”
守护一江碧水，难在坚持。市里把岸线保护纳入干部考核，建立了市、县、乡三级河湖长体系，并邀请沿江居民担任民间河长。在当地干部看来，生态修复没有终点，“前十年是还旧账，今后是守住底线、提高成色。”
'''),
    dict(
        name='c-guoxin-3', charset='',
        url='http://theory.guoxinwang.cn/n1/2021/0914/c40531-32226789.html',
        channel='理论', chan_host='theory', catalog='40531', cid='32226789', mmdd='0914',
        date='2021-09-14', time='09:05', authorid='376',
        title='以“小切口”推动基层治理能力提升',
        keywords='基层治理,协商共治,制度建设,理论',
        source='国信网－国信日报', author_line='陈喆', author='陈喆',
        editor1='吴琼', zebian='(责编：吴琼、王卫东)',
        related=[('把握新时代基层治理的实践要求', '2021-09-10'),
                 ('以数字化改革提升社区服务效能', '2021-09-03'),
                 ('在为民办实事中践行初心使命', '2021-08-27'),
                 ('推动治理重心向基层下移', '2021-08-20'),
                 ('健全城乡社区协商机制的若干思考', '2021-08-13')],
        text='''
基层是国家治理的“最后一公里”，也是联系服务群众的“最前沿”。近年来，各地在推进基层治理的实践中，越来越多地从群众身边的具体问题入手，以“小切口”撬动“大治理”，积累了不少行之有效的经验。如何把这些零散的经验上升为可复制、可推广的制度安排，是提升基层治理能力需要认真回答的课题。
#b 一、从群众“急难愁盼”中找准切口
基层治理千头万绪，抓什么、从哪里抓，直接关系治理成效。实践表明，找准切口的关键在于坚持问题导向，把群众反映最强烈、最集中的问题作为工作的出发点。老旧小区加装电梯、农村人居环境整治、“一老一小”照护服务等事项，看似琐碎，却牵动着千家万户的日常生活。抓住这些事情，就抓住了群众最关心的利益，也就找到了凝聚人心的着力点。
找准切口还要注重调查研究。一些地方在推进工作时习惯于“拍脑袋”定任务、“一刀切”下指标，结果事情没少干，群众却不买账。只有深入村组、社区，走进楼栋、院落，听听群众怎么说、看看群众怎么做，才能把准问题的症结，避免治理“空转”。
#b 二、在协商共治中凝聚各方力量
“小切口”能否撬动“大治理”，很大程度上取决于能否把各方面力量组织起来。基层事务往往涉及多方利益，单靠党委政府“包打天下”既不现实，也难以持久。一些地方推行的“议事会”“院坝会”“楼栋长”等做法，把协商搬到群众家门口，让居民从旁观者变成参与者，许多长期协调不下来的难题因此得到化解。
推进协商共治，要处理好引导与自治的关系。一方面，要发挥基层党组织的领导作用，在议题设置、程序规范、结果落实等环节把好方向；另一方面，要尊重群众的首创精神，给居民自治留出足够空间，防止协商流于形式、“议而不决”。
#b 三、以制度建设巩固治理成果
治理经验如果停留在个别典型、个别干部身上，就容易出现“人走政息”的问题。把“小切口”的成功做法固定下来，需要加强制度建设。一是及时总结提炼，把行之有效的做法转化为村规民约、居民公约和工作规程；二是完善考核评价，把群众满意度作为衡量基层治理成效的重要标准；三是强化资源保障，推动人财物向基层倾斜，为基层减负松绑，让基层干部有更多时间和精力服务群众。
同时，也要看到，不同地区的经济社会条件差异较大，基层治理不能简单照搬照抄。推广经验应当重在把握其中的规律和方法，结合本地实际进行再创造，防止出现“形似而神不似”的现象。
基层治理能力的提升非一日之功。从具体问题入手、以群众满意为标尺、用制度巩固成果，一步一个脚印地往前走，基层治理的“最后一公里”才能真正走实走通。
-- （作者单位：江淮大学马克思主义学院）
'''),
]


def make_guoxin():
    for a in GUOXIN:
        a['items'] = body(a['text'])
        a['desc'] = first_text(a['items'], 100)
        lines = gold_lines(a['items'])
        if a.get('sub'):
            # the ——subtitle under the headline is essay text (gold README: subtitles (——…) are in)
            lines = [a['sub']] + lines
        emit(a['name'], url=a['url'], charset=a['charset'], encoding='gbk', page=guoxin_page(a),
             title=a['title'], author=a['author'], published=a['date'], lines=lines)


# ---------------------------------------------------------------------------
# 2. c-zhida: 知乎-style Q&A answer page, UTF-8
# ---------------------------------------------------------------------------

def zhida_rich(items):
    out = []
    pid = 0
    for it in items:
        pid += 1
        key = 'p%04x' % (pid * 7919 % 65536)
        if it[0] == 'p':
            out.append('<p data-pid="%s">%s</p>' % (key, it[1]))
        elif it[0] == 'h2':
            out.append('<h2>%s</h2>' % it[1])
        elif it[0] == 'h3':
            out.append('<h3>%s</h3>' % it[1])
        elif it[0] == 'hb':
            out.append('<p data-pid="%s"><b>%s</b></p>' % (key, it[1]))
        elif it[0] == 'quote':
            out.append('<blockquote data-pid="%s">%s</blockquote>' % (key, it[1]))
    return ''.join(out)


def zhida_author(name, slug, badge):
    badge_html = ('<div class="AuthorInfo-detail"><div class="AuthorInfo-badge"><div class="ztext AuthorInfo-badgeText">%s</div></div></div>' % badge) if badge else ''
    if name == '匿名用户':
        return ('<div class="AuthorInfo AnswerItem-authorInfo" itemprop="author" itemscope="" itemtype="http://schema.org/Person">'
                '<meta itemprop="name" content="匿名用户"/><span class="UserLink AuthorInfo-avatarWrapper"><img class="Avatar AuthorInfo-avatar" width="38" height="38" src="https://pic1.zhidaimg.com/v2-anonymous_l.jpg" alt="匿名用户"/></span>'
                '<div class="AuthorInfo-content"><div class="AuthorInfo-head"><span class="UserLink AuthorInfo-name">匿名用户</span></div></div></div>')
    return ('<div class="AuthorInfo AnswerItem-authorInfo" itemprop="author" itemscope="" itemtype="http://schema.org/Person">'
            '<meta itemprop="name" content="{n}"/><meta itemprop="url" content="https://www.zhida.com/people/{s}"/>'
            '<span class="UserLink AuthorInfo-avatarWrapper"><div class="css-1gomreu"><a href="//www.zhida.com/people/{s}" target="_blank" class="UserLink-link" data-za-detail-view-element="true">'
            '<img class="Avatar AuthorInfo-avatar" width="38" height="38" src="https://pic2.zhidaimg.com/v2-{s}_l.jpg" alt="{n}"/></a></div></span>'
            '<div class="AuthorInfo-content"><div class="AuthorInfo-head"><span class="UserLink AuthorInfo-name"><div class="css-1gomreu">'
            '<a href="//www.zhida.com/people/{s}" target="_blank" class="UserLink-link" data-za-detail-view-element="true">{n}</a></div></span></div>{b}</div></div>'
            ).format(n=name, s=slug, b=badge_html)


def zhida_actions(votes, comments):
    return ('<div class="ContentItem-actions RichContent-actions"><span><button aria-label="赞同 {v} " type="button" class="Button VoteButton VoteButton--up">'
            '<span style="display:inline-flex;align-items:center">​<svg width="10" height="10" viewBox="0 0 24 24" class="Zi Zi--TriangleUp VoteButton-TriangleUp" fill="currentColor"><path d="M2 18.242c0-.326.088-.532.237-.896l7.98-13.203C10.572 3.57 11.086 3 12 3c.915 0 1.429.571 1.784 1.143l7.98 13.203c.15.364.236.57.236.896 0 1.386-.875 1.9-1.955 1.9H3.955c-1.08 0-1.955-.517-1.955-1.9z" fill-rule="evenodd"></path></svg></span>赞同 {v}</button>'
            '<button aria-label="反对" type="button" class="Button VoteButton VoteButton--down"><span style="display:inline-flex;align-items:center">​<svg width="10" height="10" viewBox="0 0 24 24" class="Zi Zi--TriangleDown" fill="currentColor"><path d="M20.044 3H3.956C2.876 3 2 3.517 2 4.9c0 .326.087.533.236.896L10.216 19c.355.571.87 1.143 1.784 1.143s1.429-.572 1.784-1.143l7.98-13.204c.149-.363.236-.57.236-.896 0-1.386-.876-1.9-1.956-1.9z" fill-rule="evenodd"></path></svg></span></button></span>'
            '<button type="button" class="Button ContentItem-action Button--plain Button--withIcon Button--withLabel">​{c} 条评论</button>'
            '<div class="Popover ShareMenu ContentItem-action"><button type="button" class="Button Button--plain Button--withIcon Button--withLabel">​分享</button></div>'
            '<button type="button" class="Button ContentItem-action Button--plain Button--withIcon Button--withLabel">​收藏</button>'
            '<button type="button" class="Button ContentItem-action Button--plain Button--withIcon Button--withLabel">​喜欢</button>'
            '<button type="button" class="Button ContentItem-action Button--plain Button--withIcon Button--iconOnly" aria-label="更多"></button></div>'
            ).format(v=votes, c=comments)


def zhida_page(q):
    a = q['answer']
    items = q['items']
    rich = zhida_rich(items)
    others = []
    for o in q['others']:
        if o.get('collapsed'):
            content = ('<div class="RichContent is-collapsed"><div class="RichContent-inner" style="max-height:400px"><span class="RichText ztext CopyrightRichText-richText" itemprop="text">%s</span></div>'
                       '<button type="button" class="Button ContentItem-more Button--plain">展开阅读全文​</button></div>') % o['text']
        else:
            content = '<div class="RichContent"><div class="RichContent-inner"><span class="RichText ztext CopyrightRichText-richText" itemprop="text"><p data-pid="o%s">%s</p></span></div>' % (o['id'], o['text'])
            content += '<div class="ContentItem-time"><a target="_blank" href="/question/%s/answer/%s"><span data-tooltip="发布于 %s">发布于 %s</span></a></div>%s</div>' % (
                q['qid'], o['id'], o['date'], o['date'], zhida_actions(o['votes'], o['comments']))
        others.append('<div class="List-item" tabindex="0"><div class="ContentItem AnswerItem" data-za-index="%d" name="%s" itemprop="answer" itemscope="" itemtype="http://schema.org/Answer">'
                      '<div class="ContentItem-meta">%s<div class="LabelContainer-wrapper"></div><div class="AnswerItem-extraInfo"><span class="Voters"><button type="button" class="Button Button--plain">%s 人赞同了该回答</button></span></div></div>%s</div></div>'
                      % (len(others) + 1, o['id'], zhida_author(o['name'], o['slug'], o.get('badge', '')), o['votes'], content))
    related = '\n'.join('<div class="SimilarQuestions-item"><div class="css-1gomreu"><a target="_blank" href="/question/%d">%s</a></div><span class="SimilarQuestions-count">%s 个回答</span></div>'
                        % (q['qid'] + 911 * (i + 1), t, n) for i, (t, n) in enumerate(q['related']))
    topics = ''.join('<div class="Tag QuestionTopic css-1s3a4zw" data-za-detail-view-path-module="TopicItem"><span class="Tag-content"><a class="TopicLink" href="//www.zhida.com/topic/%d" target="_blank"><div class="css-1gomreu">%s</div></a></span></div>'
                     % (19550000 + 137 * i, t) for i, t in enumerate(q['topics']))
    created = int(datetime.datetime.strptime(a['date'], '%Y-%m-%d %H:%M').replace(tzinfo=datetime.timezone(datetime.timedelta(hours=8))).timestamp())
    initial = {
        'initialState': {
            'entities': {
                'questions': {str(q['qid']): {'id': q['qid'], 'title': q['title'], 'answerCount': q['answer_count'],
                                              'followerCount': q['followers'], 'visitCount': q['views'], 'type': 'question'}},
                'answers': {str(a['id']): {'id': a['id'], 'type': 'answer', 'createdTime': created, 'updatedTime': created,
                                           'voteupCount': a['votes_n'], 'commentCount': a['comments'],
                                           'excerpt': first_text(items, 90) + '…',
                                           'author': {'name': a['name'], 'urlToken': a['slug'], 'headline': a['badge']},
                                           'question': {'id': q['qid'], 'title': q['title']}}},
            },
            'currentUser': None,
        },
        'subAppName': 'main',
    }
    init_json = json.dumps(initial, ensure_ascii=False, separators=(',', ':')).replace('</', '<\\/')
    return '''<!doctype html>
<html lang="zh" data-hairline="true" data-theme="light"><head><meta charSet="utf-8"/><title data-react-helmet="true">{title} - 知答</title><meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1"/><meta name="renderer" content="webkit"/><meta name="force-rendering" content="webkit"/><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/><meta name="google-site-verification" content="QqV3iA2nVbX0mS7tq_9c4nEoK4mZ0J1oG2aWtZr3yL8"/><meta data-react-helmet="true" name="keywords" content="{kw}"/><meta data-react-helmet="true" name="description" property="og:description" content="{desc}"/><meta data-react-helmet="true" property="og:title" content="{title}"/><meta data-react-helmet="true" property="og:url" content="{url}"/><meta data-react-helmet="true" property="og:type" content="article"/><meta data-react-helmet="true" property="og:image" content="https://static.zhidaimg.com/heifetz/assets/apple-touch-icon-152.a53ae37b.png"/><meta data-react-helmet="true" property="og:site_name" content="知答专栏"/><link data-react-helmet="true" rel="canonical" href="{url}"/><link rel="shortcut icon" type="image/x-icon" href="https://static.zhidaimg.com/heifetz/favicon.ico"/><link rel="search" type="application/opensearchdescription+xml" href="https://static.zhidaimg.com/static/search.xml" title="知答"/><link rel="dns-prefetch" href="//static.zhidaimg.com"/><link rel="dns-prefetch" href="//pic1.zhidaimg.com"/><link href="https://static.zhidaimg.com/heifetz/main.app.216a26f4a3c5b7d91e0f.css" rel="stylesheet"/><link href="https://static.zhidaimg.com/heifetz/main.question-routes.c3e1b9d2a7f0548e6b11.css" rel="stylesheet"/><script nonce="2c1e3b7a-8f4d-4c2e-9a1b-5d6e7f8a9b0c">!function(){{"use strict";!function(e,n){{var r=[];function t(e){{return function(){{r.push([e,arguments])}}}}n.Raven={{captureException:t("captureException"),captureMessage:t("captureMessage"),captureBreadcrumb:t("captureBreadcrumb")}};var a,o,c,i,s,u="undefined"!=typeof DOMError;function d(e){{var n=e instanceof Error||e instanceof ErrorEvent||u&&e instanceof DOMError||e instanceof DOMException;Raven.captureException(n?e:new Error(e.message||e.reason))}}n.addEventListener("unhandledrejection",d),n.addEventListener("error",d,!0)}}(document,window)}}();</script></head><body><div id="root"><div><div class="LoadingBar"></div><div><header role="banner" class="Sticky AppHeader" data-za-module="TopNavBar"><div class="AppHeader-inner css-11p8nt5"><a href="//www.zhida.com" aria-label="知答"><svg viewBox="0 0 64 30" fill="#1772F6" width="64" height="30"><path d="M29.05 4.582H16.733V25.94h3.018l.403 2.572 4.081-2.572h4.815V4.582zm-5.207 18.69l-2.396 1.509-.235-1.508h-1.724V7.574h6.78v15.698h-2.425zM14.46 14.27h-4.96l.153-1.893h5.08V9.39H4.21v2.986h5.068L9.11 14.27H3.1v2.987h5.764l-.45 5.555-2.56-.012-.65 2.946 1.99 1.232 1.92-.02 3.1-4.456h.52l.89 4.21 3.39.01-.56-4.21 1.4-2.456v-.84H14.46v-2.987z"></path></svg></a><ul role="navigation" class="Tabs AppHeader-Tabs"><li role="tab" class="Tabs-item AppHeader-Tab Tabs-item--noMeta"><a class="Tabs-link AppHeader-TabsLink" href="//www.zhida.com/" data-za-not-track-link="true">首页</a></li><li role="tab" class="Tabs-item AppHeader-Tab Tabs-item--noMeta"><a class="Tabs-link AppHeader-TabsLink" href="//www.zhida.com/explore" data-za-not-track-link="true">发现</a></li><li role="tab" class="Tabs-item AppHeader-Tab Tabs-item--noMeta"><a class="Tabs-link AppHeader-TabsLink" href="//www.zhida.com/question/waiting" data-za-not-track-link="true">等你来答</a></li></ul><div class="SearchBar" role="search" data-za-module="PresetWordItem"><form class="SearchBar-tool"><div><div class="Popover"><div class="SearchBar-input Input-wrapper Input-wrapper--grey"><input type="text" maxLength="100" value="" autoComplete="off" role="combobox" aria-expanded="false" aria-autocomplete="list" class="Input" placeholder="{hotsearch}"/></div></div></div></form><button type="button" class="Button SearchBar-askButton css-1b0cabo">提问</button></div><div class="AppHeader-userInfo"><div class="AppHeader-profile"><div><button type="button" class="Button AppHeader-login Button--blue">登录</button><button type="button" class="Button Button--primary Button--blue">加入知答</button></div></div></div></div></header></div><main role="main" class="App-main"><div class="QuestionPage" itemscope="" itemType="http://schema.org/Question"><meta itemProp="name" content="{title}"/><meta itemProp="url" content="https://www.zhida.com/question/{qid}"/><meta itemProp="keywords" content="{kw}"/><meta itemProp="answerCount" content="{answer_count}"/><meta itemProp="commentCount" content="{qcomments}"/><meta itemProp="dateCreated" content="{qcreated}"/><meta itemProp="zhihu:followerCount" content="{followers_n}"/><div data-zop-question="{{&quot;title&quot;:&quot;{title}&quot;,&quot;id&quot;:{qid}}}"><div class="QuestionHeader"><div class="QuestionHeader-content"><div class="QuestionHeader-main"><div class="QuestionHeader-tags"><div class="QuestionHeader-topics">{topics}</div></div><h1 class="QuestionHeader-title">{title}</h1><div><div class="QuestionHeader-detail"><div class="QuestionRichText QuestionRichText--expandable QuestionRichText--collapsed"><div><span class="RichText ztext css-hnrfcf" itemProp="text">{detail}</span><button type="button" class="Button QuestionRichText-more Button--plain">显示全部 ​</button></div></div></div></div></div><div class="QuestionHeader-side"><div class="QuestionHeader-follow-status"><div class="QuestionFollowStatus"><div class="NumberBoard QuestionFollowStatus-counts NumberBoard--divider"><div class="NumberBoard-item"><div class="NumberBoard-itemInner"><div class="NumberBoard-itemName">关注者</div><strong class="NumberBoard-itemValue" title="{followers_n}">{followers}</strong></div></div><div class="NumberBoard-item"><div class="NumberBoard-itemInner"><div class="NumberBoard-itemName">被浏览</div><strong class="NumberBoard-itemValue" title="{views_n}">{views}</strong></div></div></div></div></div></div></div><div class="QuestionHeader-footer"><div class="QuestionHeader-footer-inner"><div class="QuestionHeader-main QuestionHeader-footer-main"><div class="QuestionButtonGroup"><button type="button" class="Button FollowButton Button--primary Button--blue">关注问题</button><button type="button" class="Button Button--blue Button--withIcon Button--withLabel">​写回答</button></div><div class="QuestionHeaderActions"><div class="QuestionHeader-Comment"><button type="button" class="Button Button--plain Button--withIcon Button--withLabel">​{qcomments} 条评论</button></div><div class="Popover ShareMenu"><button type="button" class="Button Button--plain Button--withIcon Button--withLabel">​分享</button></div><button type="button" class="Button Button--plain Button--withIcon Button--withLabel">​邀请回答</button><button type="button" class="Button Button--plain Button--withIcon Button--iconOnly" aria-label="更多"></button></div></div></div></div></div></div><div class="Question-main"><div class="ListShortcut"><div class="Question-mainColumn" data-zop-questionanswerlist="true"><a class="QuestionMainAction ViewAll-QuestionMainAction" data-za-detail-view-element="true" href="/question/{qid}">查看全部 {answer_count} 个回答</a><div class="Card AnswerCard css-0"><div class="QuestionAnswer-content" tabindex="0"><div class="ContentItem AnswerItem" data-za-index="0" data-zop="{{&quot;authorName&quot;:&quot;{aname}&quot;,&quot;itemId&quot;:{aid},&quot;title&quot;:&quot;{title}&quot;,&quot;type&quot;:&quot;answer&quot;}}" name="{aid}" itemprop="acceptedAnswer" itemType="http://schema.org/Answer" itemscope=""><div class="ContentItem-meta">{author}<div class="LabelContainer-wrapper"></div><div class="AnswerItem-extraInfo"><span class="Voters"><button type="button" class="Button Button--plain">{votes} 人赞同了该回答</button></span></div></div><meta itemProp="image"/><meta itemProp="upvoteCount" content="{votes_n}"/><meta itemProp="url" content="https://www.zhida.com/question/{qid}/answer/{aid}"/><meta itemProp="dateCreated" content="{adate_iso}"/><meta itemProp="dateModified" content="{adate_iso}"/><meta itemProp="commentCount" content="{acomments}"/><div class="RichContent RichContent--unescapable"><span><div class="RichContent-inner"><span class="RichText ztext CopyrightRichText-richText css-hnrfcf" options="[object Object]" itemProp="text">{rich}</span></div></span><div><div class="ContentItem-time"><a target="_blank" href="/question/{qid}/answer/{aid}"><span data-tooltip="发布于 {adate}">发布于 {adate}</span></a></div></div><div class="Reward"><div><div class="Reward-tagline">真诚赞赏，手留余香</div><button class="Reward-rewardBtn">赞赏</button></div><div class="Reward-countZero">还没有人赞赏，快来当第一个赞赏的人吧！</div></div>{actions}</div></div></div></div><div class="Card MoreAnswers"><div class="List"><div class="List-header"><h4 class="List-headerText">更多回答</h4></div><div>{others}</div></div><a class="QuestionMainAction" href="/question/{qid}">查看全部 {answer_count} 个回答</a></div></div><div class="Question-sideColumn Question-sideColumn--sticky"><div class="Card AnswerAuthor"><div class="Card-header AnswerAuthor-title"><div class="Card-headerText">关于作者</div></div><div class="Card-section"><div class="AnswerAuthor-user"><div class="AnswerAuthor-user-avatar"><img class="Avatar Avatar--large" width="60" height="60" src="https://pic2.zhidaimg.com/v2-{aslug}_xl.jpg" alt="{aname}"/></div><div class="AnswerAuthor-user-content"><div class="AnswerAuthor-user-name"><a class="UserLink-link" href="//www.zhida.com/people/{aslug}">{aname}</a></div><div class="AnswerAuthor-user-headline"><div class="ztext">{abadge}</div></div></div></div></div><div class="Card-section"><div class="AnswerAuthor-counts"><div class="NumberBoard"><a class="Button NumberBoard-item Button--plain" href="/people/{aslug}/answers"><div class="NumberBoard-itemInner"><div class="NumberBoard-itemName">回答</div><strong class="NumberBoard-itemValue">{a_answers}</strong></div></a><a class="Button NumberBoard-item Button--plain" href="/people/{aslug}/posts"><div class="NumberBoard-itemInner"><div class="NumberBoard-itemName">文章</div><strong class="NumberBoard-itemValue">{a_posts}</strong></div></a><a class="Button NumberBoard-item Button--plain" href="/people/{aslug}/followers"><div class="NumberBoard-itemInner"><div class="NumberBoard-itemName">关注者</div><strong class="NumberBoard-itemValue">{a_followers}</strong></div></a></div></div><div class="MemberButtonGroup AnswerAuthor-buttons"><button type="button" class="Button FollowButton Button--primary Button--blue">​关注他</button><button type="button" class="Button Button--grey Button--withIcon Button--withLabel">​发私信</button></div></div></div><div class="Card"><div class="Card-header SimilarQuestions-title"><div class="Card-headerText">相关问题</div></div><div class="Card-section SimilarQuestions-list">{related}</div></div><div class="Card"><div class="Pc-card Card"><a href="https://ad.zhidaimg.com/c?aid=7731&amp;pos=side" target="_blank"><img class="Banner-image" src="https://pic3.zhidaimg.com/v2-ad-side-7731.jpg" alt=""/></a><span class="Pc-card-tag">广告</span></div></div><footer role="contentinfo" class="Footer"><a class="Footer-item" target="_blank" href="https://liukanshan.zhida.com/">刘看山</a><span class="Footer-dot"></span><a class="Footer-item" target="_blank" href="/question/19581624">知答指南</a><span class="Footer-dot"></span><a class="Footer-item" target="_blank" href="/term/zhida-terms">知答协议</a><span class="Footer-dot"></span><a class="Footer-item" target="_blank" href="/term/privacy">知答隐私保护指引</a><br/><a class="Footer-item" target="_blank" href="/app">应用</a><span class="Footer-dot"></span><a class="Footer-item" target="_blank" href="https://app.mokahr.com/apply/zhida">工作</a><span class="Footer-dot"></span><a class="Footer-item" target="_blank" href="https://zhuanlan.zhida.com/p/51068775">侵权举报</a><br/><a class="Footer-item" target="_blank" href="https://beian.miit.gov.cn/">京 ICP 证 110745 号</a><span class="Footer-dot"></span><a class="Footer-item" target="_blank" href="https://beian.miit.gov.cn/">京 ICP 备 13052560 号 - 1</a><br/><a class="Footer-item" target="_blank" href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010802020088"><img src="https://pic3.zhidaimg.com/v2-d0289dc0a46fc5b15b3363ffa78cf6c7.png" alt=""/>京公网安备 11010802020088 号</a><br/><span class="Footer-item">违法和不良信息举报：010-82716601</span><br/><a class="Footer-item" target="_blank" href="/contact">联系我们</a><span> © 2021 知答</span></footer></div></div></div></div></main></div></div><script id="js-clientConfig" type="text/json">{{"host":"zhida.com","protocol":"https:","wwwHost":"www.zhida.com","fetchRoot":{{"www":"https:\\/\\/www.zhida.com","api":"https:\\/\\/api.zhida.com"}}}}</script><script id="js-initialData" type="text/json">{initial}</script><script src="https://static.zhidaimg.com/heifetz/vendor.b0d1e7a9f3c25a6e4c88.js"></script><script src="https://static.zhidaimg.com/heifetz/main.app.1f7e5c9b0a3d28e4f6a7.js"></script><script src="https://static.zhidaimg.com/heifetz/main.question-routes.8a2d4c6e1b3f5a7c9e0d.js"></script></body></html>
'''.format(title=q['title'], kw=attr(','.join(q['topics'])), desc=attr(q['detail_text']), url=q['url'], qid=q['qid'],
           hotsearch=q['hotsearch'], answer_count=q['answer_count'], qcomments=q['qcomments'], qcreated=q['qcreated'],
           followers_n=q['followers'], followers='{:,}'.format(q['followers']), views_n=q['views'],
           views='{:,}'.format(q['views']), topics=topics, detail=q['detail'], aname=a['name'], aid=a['id'],
           aslug=a['slug'], abadge=a['badge'], author=zhida_author(a['name'], a['slug'], a['badge']),
           votes='{:,}'.format(a['votes_n']), votes_n=a['votes_n'], adate=a['date'],
           adate_iso=a['date'].replace(' ', 'T') + ':00.000Z', acomments=a['comments'], rich=rich,
           actions=zhida_actions('{:,}'.format(a['votes_n']), a['comments']), others=''.join(others),
           a_answers=a['n_answers'], a_posts=a['n_posts'], a_followers=a['n_followers'], related=related,
           initial=init_json)


ZHIDA = [
    dict(
        name='c-zhida-1', qid=41235678, url='https://www.zhida.com/question/41235678/answer/1568234091',
        title='为什么很多人工作以后才开始真正喜欢读书？',
        topics=['阅读', '读书', '个人成长', '职场'], hotsearch='一年读一百本书是什么体验',
        detail='<p>上学的时候被要求读书，总觉得是任务；工作几年后反而会主动找书看。这种变化是怎么发生的？是因为有了阅历，还是只是因为有了自由？</p>',
        answer_count=1286, qcomments=37, qcreated='2020-10-21T09:12:44.000Z', followers=24518, views=6203771,
        related=[('成年人如何重新培养阅读习惯？', '326'), ('有哪些适合在通勤路上读的书？', '1,028'),
                 ('为什么说“读书无用”是一种错觉？', '211'), ('一年读一百本书是一种怎样的体验？', '745'),
                 ('工作后还有必要读“无用”的书吗？', '158')],
        answer=dict(name='周慕白', slug='zhou-mu-bai-61', badge='中学语文教师，业余写作者', id=1568234091, votes_n=2341,
                    comments=156, date='2020-11-02 18:24', n_answers=213, n_posts=18, n_followers='5,678'),
        others=[
            dict(name='林间白鹭', slug='lin-jian-bai-lu', badge='互联网从业者', id=1561877300, votes='856', comments=42,
                 date='2020-10-28 23:10', text='因为上学时读书是为了考试，工作以后读书是为了不被生活打倒。前者是别人给你的目标，后者是你自己找到的理由。'),
            dict(name='阿木', slug='a-mu-77', id=1570032214, votes='312', comments=58, collapsed=True,
                 text='<p data-pid="x1">说个可能不太好听的答案：很多人工作以后也没有真正喜欢读书，只是开始喜欢“买书”和“收藏读书笔记”了。</p><p data-pid="x2">我自己书架上有一半的书连塑封都没拆……</p>'),
            dict(name='匿名用户', slug='', id=1566610928, votes='97', comments=12, date='2020-11-01 12:37',
                 text='有钱了。学生时代买一本书要犹豫好几天，现在看到喜欢的直接下单。'),
            dict(name='陈小舟', slug='chen-xiao-zhou-3', badge='出版社编辑', id=1559203347, votes='1,204', comments=87, collapsed=True,
                 text='<p data-pid="x3">作为一个在出版社工作了八年的编辑，我观察到一个很有意思的现象：我们的读者画像里，二十五到三十五岁的读者占比这几年一直在上升……</p>'),
        ],
        text='''
谢邀。这个问题我想了很久，因为我自己就是这样的人。
读书的时候，我的书包里永远有一本“必读书目”。老师布置了《平凡的世界》，我就读《平凡的世界》；要求写读后感，我就在书页上画满波浪线，好在作文里引用几句。那时候读书像是在完成一份看不见尽头的作业，读完一本，下一本已经在排队。
真正的变化发生在工作第三年。
## 一、读书第一次和“自己的问题”有关
那一年我在单位里负责一个很难推进的项目，每天都被各种人际关系搞得焦头烂额。有天晚上加完班，在地铁站旁边的书店里随手翻到一本讲组织行为的小书，站着读了半个小时，忽然觉得有人把我说不清楚的困惑一条一条写了出来。
那是我第一次体会到，书不是挂在墙上的标准答案，而是一个比你先走过这段路的人，在路边给你留的字条。上学时我们读书，问题是别人提出来的；工作以后读书，问题是生活逼出来的。带着问题去读，哪怕是一句话，也会读得格外用力。
## 二、时间变少了，反而更珍惜
很多人会说，工作以后哪有时间读书。其实恰恰相反。学生时代的时间看起来很多，但都被安排好了；工作以后的时间是碎的，却是自己的。
我后来养成了一个习惯：通勤路上读四十分钟，睡前读二十分钟。一年下来，竟然读完了三十多本。因为每一段时间都来之不易，所以挑书会更谨慎，读的时候也更专注。那些读不下去的书，我会毫不犹豫地放下，再也不像学生时代那样为了“读完”而硬撑。
## 三、阅历是一把钥匙
有一本书我在高中读过，工作后又重读了一遍，那就是《红楼梦》。十几岁时只记得宝黛的眼泪和大观园的热闹，三十岁再读，却看见了王熙凤管家的辛苦、贾府入不敷出的账本，还有那些小丫鬟们各自的命运。
书没有变，变的是读书的人。阅历就像一把钥匙，打开了原来一直锁着的门。很多书不是年轻时读不懂，而是那时还没有被生活问到相应的问题。
## 四、没有人逼你，才是真正的开始
最后想说的是自由。工作以后再也没有人检查你读了多少，也没有人给你的读后感打分。读什么、怎么读、读多读少，全凭自己。这种自由一开始让人松懈，时间久了，反而会让人对读书生出一种亲近感：它不再是任务，而是自己给自己的一份礼物。
所以，与其说工作以后才开始喜欢读书，不如说是工作以后，我们才第一次用自己的方式去读书。
如果你也正处在那个“想读却读不进去”的阶段，不妨从一个让你困惑的问题开始，去书里找一找答案。哪怕只找到半句，也算是一个好的开头。
'''),
    dict(
        name='c-zhida-2', qid=30567812, url='https://www.zhida.com/question/30567812/answer/1690457723',
        title='在小城市开一家独立书店是一种怎样的体验？',
        topics=['书店', '创业', '县城生活', '实体店'], hotsearch='县城的年轻人都去哪了',
        detail='<p>最近在考虑回老家县城开一家小书店，兼卖咖啡。想听听真正开过店的人怎么说，收入能不能维持？</p>',
        answer_count=412, qcomments=21, qcreated='2018-06-03T14:20:05.000Z', followers=8733, views=2145093,
        related=[('县城的年轻人都在做什么工作？', '2,310'), ('开一家咖啡店前需要想清楚哪些事？', '967'),
                 ('实体书店还有未来吗？', '1,452'), ('回老家创业是一种怎样的体验？', '3,018'),
                 ('有哪些让你念念不忘的小书店？', '589')],
        answer=dict(name='许秋禾', slug='xu-qiu-he', badge='县城书店店主', id=1690457723, votes_n=5127,
                    comments=342, date='2021-01-17 22:05', n_answers=36, n_posts=5, n_followers='12,904'),
        others=[
            dict(name='南方的雨', slug='nan-fang-de-yu-12', badge='独立书店爱好者', id=1688120931, votes='445', comments=19,
                 date='2021-01-15 08:41', text='去过很多县城书店，能活下来的都有一个共同点：老板本人就是这家店最大的招牌。'),
            dict(name='陆一鸣', slug='lu-yi-ming-88', badge='连锁书店运营', id=1679235510, votes='1,876', comments=203, collapsed=True,
                 text='<p data-pid="y1">从运营的角度泼一点冷水。独立书店的毛利主要来自非图书业务，图书本身的折扣空间被电商压得很低……</p>'),
            dict(name='匿名用户', slug='', id=1692004417, votes='63', comments=8, date='2021-01-19 19:02',
                 text='我们县城那家开了两年就关了，现在变成奶茶店了。'),
            dict(name='书虫小满', slug='shu-chong-xiao-man', id=1695581102, votes='218', comments=11, date='2021-01-21 10:16',
                 text='每次回老家都会去县里的那家小书店坐坐，店主记得我上次买了什么书，这种感觉网上给不了。'),
        ],
        text='''
开了四年，去年冬天刚刚续签了第二份租约。说几点真实的感受，不劝进，也不劝退。
### 先说钱
这是大家最关心的。我的店在县城老街，六十平方米，月租两千八。头一年几乎每个月都在亏，最惨的时候一天只卖出去一本书、两杯柠檬水。后来慢慢调整，现在大概是这样的结构：图书销售占四成，饮品占三成，剩下的是读书会、手作课和帮学校代订教辅。
扣掉房租、水电和进货，一个月能给自己开四五千块钱工资，在我们县城算是过得去。但如果把我和爱人两个人的工时算进去，其实是远低于上班的。开书店之前最好想清楚：你是想赚钱，还是想过某种生活。
### 小城市的读者在哪里
很多人觉得小地方没人看书，这是一种误解。我的常客里有退休的中学老师，有在外地读大学、寒暑假回来的学生，也有带着孩子来的年轻妈妈。他们不是不读书，而是过去县城里除了卖教辅的书店，没有一个能坐下来慢慢翻书的地方。
有一位七十多岁的老先生，每周三下午准时来，点一杯热茶，读两个小时的地方志。他说年轻时在县文化馆工作，那时候馆里的书都被他翻遍了。后来文化馆搬迁，书也不知去向。他在我这儿订了好几套本地文史资料，每到一套都会拿来跟我讲半天。
### 选书是最难的功课
大城市的书店可以靠品类取胜，小书店只能靠眼光。架子就这么几排，放什么、不放什么，每一次都是取舍。我给自己定了个规矩：畅销书只放最经典的几本，大部分位置留给那些我自己读过、愿意推荐的书。每本书旁边都夹一张手写的卡片，写上为什么推荐它。
没想到，这些卡片成了店里最受欢迎的东西。有顾客说，在网上买书很便宜，但没有人会告诉他哪本值得读。
### 一些你可能没想到的事
书会受潮。南方的梅雨季节，新书放两个月封皮就会起皱，除湿机一年四季都不能停。
孩子是最好的顾客，也是最难管的顾客。周末的绘本区总是一片狼藉，但也正是这些孩子，让我觉得这家店真的有意义。
你会成为半个“社区服务中心”。帮人收快递、给老人教手机、替学生打印资料，这些都不赚钱，却让店和这条街真正长在了一起。
### 最后
如果你只是向往“书店加咖啡”的画面，我建议先去别人的店里打一个月工。如果干完一个月还想开，那就去开吧。县城需要这样的地方，哪怕它很小，哪怕它赚得不多。
'''),
    dict(
        name='c-zhida-3', qid=45120983, url='https://www.zhida.com/question/45120983/answer/1823345610',
        title='阳台种菜有哪些新手容易踩的坑？',
        topics=['阳台种菜', '园艺', '家庭园艺', '生活技巧'], hotsearch='阳台种什么菜最容易活',
        detail='<p>家里有个朝南的封闭阳台，大概五平米，想种点小番茄和青菜。网上教程太多反而不知道从哪开始。</p>',
        answer_count=287, qcomments=9, qcreated='2021-03-30T20:45:10.000Z', followers=3902, views=871204,
        related=[('阳台种什么菜最容易成活？', '1,147'), ('小番茄总是只开花不结果怎么办？', '203'),
                 ('家里的绿植总是长虫怎么办？', '664'), ('有哪些适合新手的阳台植物？', '2,085'),
                 ('自己配营养土有什么讲究？', '132')],
        answer=dict(name='钟一禾', slug='zhong-yi-he-92', badge='阳台种菜第五年', id=1823345610, votes_n=1893,
                    comments=97, date='2021-04-09 07:48', n_answers=58, n_posts=11, n_followers='3,217'),
        others=[
            dict(name='绿手指', slug='lv-shou-zhi', badge='园艺师', id=1820091276, votes='1,530', comments=66, collapsed=True,
                 text='<p data-pid="z1">补充一点关于盆器的：新手很容易选好看的陶瓷盆，但很多陶瓷盆底部没有排水孔，或者孔太小……</p>'),
            dict(name='番茄炒蛋', slug='fan-qie-chao-dan-5', id=1825520018, votes='88', comments=14, date='2021-04-10 13:22',
                 text='我的坑是种了一阳台的薄荷，后来发现家里根本没人吃薄荷。'),
            dict(name='王大锤', slug='wang-da-chui-2021', id=1826004452, votes='302', comments=25, date='2021-04-10 21:55',
                 text='一定要买个小喷壶和一把小铲子，别用汤勺挖土，别问我怎么知道的。'),
            dict(name='匿名用户', slug='', id=1827781930, votes='41', comments=3, date='2021-04-11 09:30',
                 text='封闭阳台夏天温度能到四十多度，小心把菜闷死。'),
        ],
        text='''
种了五年阳台菜，前两年交的学费比收的菜还多。把自己踩过的坑按时间顺序列一下，希望能帮你少走点弯路。
#b 坑一：土随便挖一点就行
第一年我从小区绿化带里挖了两桶土，结果种什么死什么。后来才知道，这种土板结、透气性差，还可能带着虫卵和病菌。阳台种菜最好用配好的营养土，或者自己按泥炭、椰糠、珍珠岩大致六比三比一的比例混合。土是一切的基础，这笔钱不能省。
#b 坑二：浇水越勤越好
新手最常见的死因不是干死，而是淹死。封闭阳台通风差，盆土干得慢，天天浇水会让根系泡在水里烂掉。正确的做法是“见干见湿”：用手指插进土里两个指节，感觉干了再一次浇透，直到盆底流出水来。
#b 坑三：阳台朝南就一定光照够
朝南阳台确实是最好的，但封闭阳台的玻璃会挡掉一部分光，如果楼层低、对面又有楼，实际的直射时间可能只有三四个小时。小番茄、辣椒这类果菜每天至少需要六小时的直射光，光照不够就只长叶子不结果。光照一般的话，不如先种生菜、小油菜、香葱这类耐阴的叶菜。
#b 坑四：一次种太多
五平米的阳台，我第一年塞了二十多个盆，结果通风更差，白粉病、蚜虫轮番上阵。后来精简到八九个大盆，产量反而更高。植物之间留出空间，比多种几棵重要得多。
#b 坑五：看见虫子才想起来防
蚜虫、红蜘蛛、白粉虱是阳台的三大常客，一旦大面积爆发就很难收拾。我的经验是每天花五分钟看看叶子背面，发现零星的虫子直接用湿纸巾擦掉；也可以在阳台挂几张黄色粘虫板。预防永远比治疗省事。
#b 最后说点心态上的
阳台种菜很难真正“省菜钱”，算上土、盆、种子和肥料，一棵小番茄的成本可能比超市里买一斤还高。但每天早上起来看看它们又长高了一点，周末摘一把自己种的生菜下面条，那种满足感是买不来的。
别一开始就追求丰收，先种活一盆，再种好一盆，慢慢你就会找到自己阳台的节奏。
'''),
]


def make_zhida():
    for q in ZHIDA:
        q['items'] = body(q['text'])
        q['detail_text'] = clean(q['detail'])
        a = q['answer']
        emit(q['name'], url=q['url'], charset='utf-8', encoding='utf-8', page=zhida_page(q),
             title=q['title'], author=a['name'], published=a['date'][:10], lines=gold_lines(q['items']))


# ---------------------------------------------------------------------------
# 3. c-shujia: 360doc-style 个人图书馆 reposting site, GBK
# ---------------------------------------------------------------------------

SHUJIA_GUESS = [
    ('二十四节气歌的由来与释义', '国学小院'), ('春分：昼夜平分，燕子归来', '墨香斋主'),
    ('古人怎样过清明？这些习俗你知道几个', '闲云野鹤6789'), ('《诗经》里的春天，美得让人心醉', '书香满径'),
    ('一组老照片，看百年前的农家生活', '老街故事'), ('中医说春季养肝，这几样食物要多吃', '健康百科馆'),
    ('汪曾祺笔下的家常菜，读着就饿了', '云水禅心2018'), ('宋词里最美的十个春日意象', '一叶知秋LK'),
    ('徽州古村落：时光深处的白墙黛瓦', '行走的风景'), ('苏轼的朋友圈：那些陪他走过低谷的人', '读史札记'),
    ('王阳明龙场悟道：人生低谷的智慧', '国学小院'), ('为什么古人把立春看得这么重？', '墨香斋主'),
    ('民间谚语里的气象学', '田园牧歌'), ('江南四月：去看一场油菜花海', '行走的风景'),
    ('林语堂：人生不过如此，且行且珍惜', '一叶知秋LK'), ('惊蛰吃梨的讲究，原来是这样', '健康百科馆'),
    ('古诗词中的二十四节气（收藏版）', '书香满径'), ('一代文豪的美食清单', '老街故事'),
    ('唐宋八大家，你真的了解吗？', '国学小院'), ('读书的三重境界', '云水禅心2018'),
]


def shujia_render(items):
    out = []
    for it in items:
        k = it[0]
        if k == 'p':
            out.append('<p style="margin: 0px 0px 15px; line-height: 1.75em; text-indent: 2em;"><span style="font-size: 16px; font-family: 宋体, SimSun;">%s</span></p>' % it[1])
        elif k == 'out':
            out.append('<p style="margin: 0px 0px 15px; line-height: 1.75em;"><span style="font-size: 14px; color: rgb(136, 136, 136);">%s</span></p>' % it[1])
        elif k in ('hb', 'h2', 'h3'):
            out.append('<p style="margin: 20px 0px 15px; line-height: 1.75em;"><strong><span style="font-size: 17px; color: rgb(171, 25, 66);">%s</span></strong></p>' % it[1])
        elif k == 'img':
            out.append('<p style="text-align: center;"><img src="%s" style="max-width:100%%;" /></p><p style="text-align: center; line-height: 1.5em;"><span style="font-size: 13px; color: rgb(127, 127, 127);">%s</span></p>' % (it[2], it[1]))
        elif k == 'quote':
            out.append('<blockquote><p>%s</p></blockquote>' % it[1])
    return '\n'.join(out)


def shujia_page(a):
    guess = '\n'.join('<li><a href="http://www.shujia360.com/content/21/0%d%02d/%02d/%d_%d.shtml" target="_blank">%s</a><span class="g_user">%s</span></li>'
                      % (3 + i % 5, 1 + (i * 7) % 28, (i * 5) % 24, 3000000 + 1931 * i, 960000000 + 477311 * i, t, u)
                      for i, (t, u) in enumerate(SHUJIA_GUESS[a['guess_offset']:] + SHUJIA_GUESS[:a['guess_offset']]))
    d = a['date']
    return '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{title}</title>
<meta name="keywords" content="{title},{kw}" />
<meta name="description" content="{desc}" />
<meta http-equiv="Cache-Control" content="no-transform" />
<meta http-equiv="Cache-Control" content="no-siteapp" />
<link rel="canonical" href="{url}" />
<link href="http://www.shujia360.com/css/article_new2020.css?t=20210301" rel="stylesheet" type="text/css" />
<link href="http://www.shujia360.com/css/common.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="http://www.shujia360.com/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">
var artid = "{artid}"; var userid = "{userid}"; var artusername = "{user}";
var saveDate = "{date}"; var arttitle = "{title}"; var isLogin = 0; var cid = "{cid}";
</script>
</head>
<body>
<div class="header_new">
  <div class="header_con">
    <div class="logo"><a href="http://www.shujia360.com/"><img src="http://www.shujia360.com/images/logo_2020.png" alt="书架网个人图书馆" /></a></div>
    <ul class="nav"><li><a href="http://www.shujia360.com/">首页</a></li><li><a href="http://www.shujia360.com/reading/">阅览室</a></li><li><a href="http://www.shujia360.com/guanyou/">馆友</a></li><li><a href="http://www.shujia360.com/my/">我的图书馆</a></li></ul>
    <div class="search_box"><input type="text" id="searchinput" value="" placeholder="搜文章 找馆友" /><a href="javascript:void(0)" class="search_btn">搜索</a></div>
    <div class="login_box"><a href="http://www.shujia360.com/login.aspx">登录</a><a href="http://www.shujia360.com/register.aspx">注册</a></div>
  </div>
</div>
<div class="article_container">
  <div class="a_left">
    <div class="article_showall">
      <div class="a_title"><h2 id="titiletext">{title}</h2></div>
      <div class="a_from">来自：<a href="http://www.shujia360.com/userhome/{userid}" target="_blank" class="a_username">{user}</a>&nbsp;&gt;&nbsp;《<a href="http://www.shujia360.com/userhome.aspx?userid={userid}&amp;cid={cid}" target="_blank">{column}</a>》</div>
      <div class="a_info">
        <span class="a_date">{date}</span><span class="a_read">阅读&nbsp;{reads}</span><span class="a_zc">转藏&nbsp;{saves}</span>
        <span class="a_share"><a href="javascript:void(0)">分享</a></span><span class="a_jubao"><a href="javascript:void(0)">举报</a></span>
      </div>
      <div class="a_toolbar">
        <a href="javascript:void(0)" class="zc_btn" id="zcbtn_top">转藏到我的图书馆</a>
        <a href="javascript:void(0)" class="xh_btn">献花({flowers})</a>
        <a href="javascript:void(0)" class="fx_btn">分享：</a><a class="fx_wx" href="javascript:void(0)">微信</a><a class="fx_qq" href="javascript:void(0)">QQ好友</a><a class="fx_wb" href="javascript:void(0)">微博</a>
      </div>
      <div class="article_body" id="artContent">
{body}
      </div>
      <div class="a_toolbar a_toolbar_bottom">
        <a href="javascript:void(0)" class="zc_btn" id="zcbtn_bottom">转藏到我的图书馆</a>
        <a href="javascript:void(0)" class="xh_btn">献花({flowers})</a><span class="xh_add">+1</span>
        <a href="javascript:void(0)" class="fx_btn">分享</a>
      </div>
      <div class="a_disclaim">本站是提供个人知识管理的网络存储空间，所有内容均由用户发布，不代表本站观点。请注意甄别内容中的联系方式、诱导购买等信息，谨防诈骗。如发现有害或侵权内容，请<a href="http://www.shujia360.com/report.aspx?artid={artid}" target="_blank">点击一键举报</a>。</div>
      <div class="a_prenext">
        <p>上一篇：<a href="http://www.shujia360.com/content/{prev_url}" target="_blank">{prev}</a></p>
        <p>下一篇：<a href="http://www.shujia360.com/content/{next_url}" target="_blank">{next}</a></p>
      </div>
    </div>
    <div class="guess_like">
      <div class="gl_title"><h3>猜你喜欢</h3><a href="javascript:void(0)" class="gl_change">换一换</a></div>
      <ul class="gl_list">
{guess}
      </ul>
    </div>
    <div class="a_comment">
      <div class="c_title"><h3>发表评论：</h3></div>
      <div class="c_box"><textarea disabled="disabled">请 登录 后发表评论，请遵守用户 评论公约</textarea><a class="c_submit" href="javascript:void(0)">发表</a></div>
      <div class="c_empty">类似文章&nbsp;<a href="http://www.shujia360.com/search.aspx?word={kw1}" target="_blank">更多</a></div>
    </div>
  </div>
  <div class="a_right">
    <div class="user_card">
      <a href="http://www.shujia360.com/userhome/{userid}" target="_blank"><img src="http://userimage.shujia360.com/{userid}_60.jpg" width="60" height="60" alt="{user}" /></a>
      <p class="uc_name"><a href="http://www.shujia360.com/userhome/{userid}" target="_blank">{user}</a></p>
      <p class="uc_num"><span>馆藏&nbsp;{holdings}</span><span>粉丝&nbsp;{fans}</span></p>
      <a href="javascript:void(0)" class="uc_follow">关注</a><a href="javascript:void(0)" class="uc_msg">发消息</a>
    </div>
    <div class="r_box"><h3>TA的最新馆藏</h3><ul>{latest}</ul></div>
    <div class="r_box r_ad"><a href="http://ad.shujia360.com/click.aspx?id=4417" target="_blank"><img src="http://ad.shujia360.com/img/2021/4417_300x250.jpg" width="300" height="250" alt="" /></a><span class="ad_tag">广告</span></div>
    <div class="r_box"><h3>喜欢该文的人也喜欢</h3><ul>{alsolike}</ul></div>
  </div>
</div>
<div class="footer">
  <p><a href="http://www.shujia360.com/about/">关于我们</a> | <a href="http://www.shujia360.com/about/contact.html">联系我们</a> | <a href="http://www.shujia360.com/help/">帮助中心</a> | <a href="http://www.shujia360.com/about/copyright.html">版权声明</a> | <a href="http://www.shujia360.com/report.aspx">侵权举报</a></p>
  <p>&copy; 2006-2021 书架网个人图书馆 shujia360.com 版权所有</p>
  <p><a href="https://beian.miit.gov.cn/" target="_blank">苏ICP备07021836号-1</a>　苏公网安备 32010202000613号　增值电信业务经营许可证 苏B2-20110082</p>
</div>
<script type="text/javascript" src="http://www.shujia360.com/js/article_2020.js?t=20210301"></script>
<script type="text/javascript">var _hmt = _hmt || []; (function(){{var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?a1b2c3d4e5f60718293a4b5c6d7e8f90";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);}})();</script>
</body>
</html>
'''.format(title=a['title'], kw=a['kw'], kw1=a['kw'].split(',')[0], desc=attr(a['desc']), url=a['url'], artid=a['artid'],
           userid=a['userid'], user=a['user'], date=d, cid=a['cid'], column=a['column'], reads=a['reads'],
           saves=a['saves'], flowers=a['flowers'], body=shujia_render(a['items']), prev=a['prev'], next=a['next'],
           prev_url=a['prev_url'], next_url=a['next_url'], guess=guess, holdings=a['holdings'], fans=a['fans'],
           latest=''.join('<li><a href="javascript:void(0)">%s</a></li>' % t for t in a['latest']),
           alsolike=''.join('<li><a href="javascript:void(0)">%s</a></li>' % t for t in a['alsolike']))


SHUJIA = [
    dict(name='c-shujia-1', charset='gbk', url='http://www.shujia360.com/content/21/0305/07/7209581_965432108.shtml',
         title='惊蛰：一声春雷唤醒万物', kw='惊蛰,二十四节气,民俗', artid='965432108', userid='7209581', user='墨香斋主',
         date='2021-03-05', cid='41', column='节气民俗', reads='1523', saves='87', flowers='12', holdings='5623', fans='318',
         prev='雨水：草木萌动，春雨贵如油', prev_url='21/0218/08/7209581_962211037.shtml',
         next='春分：昼夜平分，燕子归来', next_url='21/0320/09/7209581_967781245.shtml', guess_offset=0,
         latest=['春分：昼夜平分，燕子归来', '古人的春天里有多少花信', '一张图读懂二十四节气'],
         alsolike=['二十四节气歌的由来与释义', '民间谚语里的气象学', '惊蛰吃梨的讲究，原来是这样'],
         author='',
         text='''
惊蛰，是二十四节气中的第三个节气。每年公历三月五日或六日，太阳到达黄经三百四十五度时，便进入了惊蛰。
“惊蛰”古称“启蛰”。蛰，是藏的意思，指动物入冬藏伏土中，不饮不食。古人认为，到了这个时候，天上的春雷开始响动，惊醒了蛰伏在泥土里越冬的虫类，于是称之为“惊蛰”。实际上，昆虫出土主要是因为气温回升、地温升高，并不是真的被雷声惊醒，但这个名字里藏着古人对自然细致入微的观察和浪漫的想象。
#b 一、三候之说
古人将惊蛰分为三候：“一候桃始华，二候仓庚鸣，三候鹰化为鸠。”意思是说，惊蛰时节，桃花开始绽放；仓庚，也就是黄鹂，开始鸣叫；天上的鹰悄悄隐去，斑鸠多了起来。古人误以为是鹰变成了鸠，其实是候鸟迁徙和季节交替造成的景象。
短短十几个字，写出了一幅色彩、声音和动态兼备的早春图景。
#b 二、春耕由此开始
农谚说：“到了惊蛰节，锄头不停歇。”惊蛰一到，我国大部分地区进入春耕季节。北方的麦田开始返青，南方的早稻准备育秧。过去农家有在惊蛰日翻地的习俗，认为这一天把土翻松了，一年的庄稼都会长得好。
惊蛰前后天气多变，时冷时热，所以又有“冷惊蛰，暖春分”的说法。老人们常常根据这一天是否打雷来推测一年的年景：“惊蛰闻雷，谷米贱似泥”，意思是惊蛰打雷，预示着风调雨顺、五谷丰登。
#b 三、民间习俗
惊蛰时节，各地流传着许多有趣的习俗。
祭白虎。在一些地方，人们认为白虎是口舌是非之神，每到惊蛰要用纸绘白虎，以猪血和生肉“喂”之，祈求一年之中不遭小人口舌。
打小人。岭南一带有“惊蛰打小人”的风俗，人们用鞋底拍打纸人，借以驱赶霉运。如今，这更多成了一种带有娱乐色彩的民俗表演。
吃梨。北方一些地方有惊蛰吃梨的习惯。此时乍暖还寒，气候干燥，容易口干舌燥，吃梨可以润肺生津。也有人说，“梨”与“离”谐音，吃梨寓意远离害虫、远离病痛。
#b 四、养生提示
惊蛰之后，万物生发，人体的阳气也随之升发。饮食上宜清淡，多吃些时令蔬菜，如春笋、菠菜、荠菜等；起居上要早睡早起，适当增加户外活动，舒展筋骨。同时，早晚温差较大，不宜过早减去厚衣，所谓“春捂秋冻”，正是这个道理。
春雷一响，万物复苏。在这个充满生机的时节，不妨走出家门，去看看桃花初开，听听黄鹂啼鸣，感受大自然苏醒的力量。
'''),
    dict(name='c-shujia-2', charset='', url='http://www.shujia360.com/content/21/0328/19/3312765_969812345.shtml',
         title='婺源的春天，是从一场雨开始的', kw='婺源,油菜花,游记,江岭,篁岭', artid='969812345', userid='3312765', user='云水禅心2018',
         date='2021-03-28', cid='7', column='旅游攻略', reads='4086', saves='213', flowers='35', holdings='12980', fans='1024',
         prev='徽州古村落：时光深处的白墙黛瓦', prev_url='21/0325/20/3312765_969233108.shtml',
         next='江南四月：去看一场油菜花海', next_url='21/0330/07/3312765_970012876.shtml', guess_offset=7,
         latest=['江南四月：去看一场油菜花海', '一个人的旅行，走过的那些小城', '最适合春天去的十个古镇'],
         alsolike=['徽州古村落：时光深处的白墙黛瓦', '江南四月：去看一场油菜花海', '行走在皖南的山水之间'],
         author='韩子墨',
         text='''
-- 文/图 韩子墨
到婺源的那天，下了一整天的雨。
原本计划好的行程全被打乱。在客栈的屋檐下坐了一个下午，看雨水顺着青瓦一串一串地落下来，打在天井的石板上，溅起细小的水花。老板娘端来一碗热茶，说：“别急，婺源的春天，就是从一场雨开始的。”
第二天清晨，雨停了。推开木窗，整个村子泡在一层薄薄的雾里，远处的山只露出淡淡的轮廓，近处的油菜花却黄得耀眼。
!img http://image.shujia360.com/DownloadImg/2021/03/2819/215530118_1_20210328070412345.jpg|雨后的江岭，油菜花梯田层层叠叠地铺向山脚。
#b 江岭的梯田
江岭是婺源看油菜花最有名的地方。沿着盘山公路一路向上，梯田一层一层铺展开来，金黄色的花海中间点缀着几座白墙黛瓦的老房子。站在观景台上往下看，田埂的线条弯弯曲曲，像是谁用毛笔在山坡上随手画出来的。
当地的一位大爷在田边卖煮鸡蛋，他说这些梯田都是祖辈一锄头一锄头开出来的，过去种的是水稻，油菜只是轮作。后来来看花的人多了，油菜倒成了村里的“招牌”。
#b 篁岭晒秋
从江岭出来，我们去了篁岭。篁岭的房子建在陡峭的山坡上，因为村里平地少，村民们世世代代都把农作物放在屋顶的竹匾里晾晒，这就是有名的“晒秋”。
!img http://image.shujia360.com/DownloadImg/2021/03/2819/215530118_2_20210328070415678.jpg|篁岭村民在屋顶晾晒的竹匾，即使在春天也能看到辣椒和菜干。
虽然不是秋天，但屋顶上仍有一些晾晒的辣椒和菜干，红红绿绿的竹匾挂在黑瓦白墙之间，比明信片上还要好看。
#b 李坑的夜
最后一晚住在李坑。这是一个小桥流水的村子，一条小溪穿村而过，两岸都是明清时期的老宅。晚上游客散去以后，村子安静下来，只有溪水哗哗地响。
!img http://image.shujia360.com/DownloadImg/2021/03/2819/215530118_3_20210328070419012.jpg|夜色中的李坑，溪边人家亮起了灯。
我在溪边的石凳上坐了很久。想起第一天那场让人懊恼的雨，忽然觉得，如果没有那场雨，也许就不会有第二天清晨那样的雾，也不会在客栈的屋檐下，听老板娘讲那么多关于这座村子的故事。
旅行大概就是这样，总有一些意外，最后成了最难忘的部分。
'''),
    dict(name='c-shujia-3', charset='', url='http://www.shujia360.com/content/21/0712/21/5580124_986543210.shtml',
         title='苏轼在黄州：一个人如何从低谷中走出来', kw='苏轼,黄州,东坡,赤壁赋,乌台诗案', artid='986543210', userid='5580124', user='书香满径',
         date='2021-07-12', cid='15', column='文史哲', reads='9731', saves='655', flowers='48', holdings='30417', fans='2876',
         prev='王阳明龙场悟道：人生低谷的智慧', prev_url='21/0709/22/5580124_985901223.shtml',
         next='苏轼的朋友圈：那些陪他走过低谷的人', next_url='21/0714/06/5580124_986990013.shtml', guess_offset=13,
         latest=['苏轼的朋友圈：那些陪他走过低谷的人', '唐宋八大家，你真的了解吗？', '读书的三重境界'],
         alsolike=['苏轼的朋友圈：那些陪他走过低谷的人', '林语堂：人生不过如此，且行且珍惜', '一代文豪的美食清单'],
         author='许之远',
         text='''
-- 作者 | 许之远
-- 来源 | 读史札记（ID：dushizhaji）
元丰三年（1080年）二月，一个寒冷的早晨，苏轼在御史台的监狱里关押了一百多天之后，终于被押送到了黄州。
这一年，他四十五岁。此前，他是名满天下的大才子，做过好几个州的知州；此后，他的身份是“黄州团练副使，本州安置，不得签书公事”——一个没有实权、不能离开、还受地方官监视的闲职。
这场变故史称“乌台诗案”。几首诗、几句牢骚，被人断章取义地罗织成罪名，差点要了他的命。
#b 初到黄州：寂寞沙洲冷
刚到黄州的苏轼，几乎没有住处，只能寄居在一座叫定惠院的寺庙里。他白天睡觉，晚上才出来散步，不愿意见人，也不敢给朋友写信——怕连累别人。
这一时期，他写下了那首著名的《卜算子》：“缺月挂疏桐，漏断人初静。谁见幽人独往来，缥缈孤鸿影。”一只被惊起、不肯栖息的孤雁，几乎就是他当时的自画像。
#b 躬耕东坡：从文人到农夫
真正的转折，来自一块荒地。
苏轼的俸禄微薄，一家二十多口人的生计成了问题。老朋友马正卿替他向官府申请了城东一块废弃的营地，大约五十亩。这块地坡陡土瘠，满是瓦砾荆棘，苏轼就带着家人一点一点开垦，种上了麦子和蔬菜。
他给这块地起名“东坡”，并自号“东坡居士”。从此，中国历史上多了一个最响亮的名号。
在东坡劳作的日子里，苏轼学会了看天时、辨土性，和当地的农夫、渔夫、樵夫交上了朋友。他发现猪肉在黄州很便宜，富人不屑吃，穷人不会做，便琢磨出“慢著火，少著水，火候足时它自美”的炖肉方法。后人所说的“东坡肉”，据说就源于此。
#b 赤壁之下：一蓑烟雨任平生
元丰五年，是苏轼在黄州的第三年，也是他创作的巅峰之年。
这一年春天，他在沙湖道中遇雨，同行的人都狼狈不堪，只有他不慌不忙，吟出“竹杖芒鞋轻胜马，谁怕？一蓑烟雨任平生”。
这一年秋冬，他两次泛舟赤壁，写下了前后《赤壁赋》和《念奴娇·赤壁怀古》。在《赤壁赋》里，他借主客问答，把人生短暂的悲哀，化成了“惟江上之清风，与山间之明月”的旷达。
从“缥缈孤鸿影”到“一蓑烟雨任平生”，不过短短两年。外在的处境几乎没有改变，改变的是他看待处境的方式。
#b 低谷里的光
林语堂说苏轼是“不可救药的乐天派”。但黄州时期的苏轼告诉我们，乐观并不是天生的，而是在痛苦中一点一点练出来的。
他没有假装痛苦不存在，而是承认它、消化它，然后在一块荒地里、一碗炖肉里、一场不期而至的雨里，重新找到生活的滋味。
人生总有低谷。愿我们在自己的“黄州”里，也能找到那片属于自己的“东坡”。
-- —— END ——
-- 本文来源于网络，版权归原作者所有，如有侵权请联系删除。
'''),
]


def make_shujia():
    for a in SHUJIA:
        a['items'] = body(a['text'])
        a['desc'] = first_text(a['items'], 120)
        emit(a['name'], url=a['url'], charset=a['charset'], encoding='gbk', page=shujia_page(a),
             title=a['title'], author=a['author'], published=a['date'], lines=gold_lines(a['items']))


# ---------------------------------------------------------------------------
# 4. c-zwgk: 政府信息公开 page of an invented city government, UTF-8
# ---------------------------------------------------------------------------

def zwgk_render(items):
    out = []
    for it in items:
        k = it[0]
        if k == 'p':
            out.append('<p style="text-indent: 2em; line-height: 2em; font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">%s</p>' % it[1])
        elif k == 'hb':
            out.append('<p style="text-indent: 2em; line-height: 2em; font-family: 黑体; font-size: 16pt;">%s</p>' % it[1])
        elif k == 'h3':
            out.append('<p style="text-align: center; line-height: 2em; font-family: 方正小标宋简体; font-size: 20pt;"><strong>%s</strong></p>' % it[1])
        elif k == 'out':
            t = it[1]
            if t.startswith('R:'):
                out.append('<p style="text-align: right; line-height: 2em; font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">%s</p>' % t[2:])
            elif t.startswith('A:'):
                out.append('<p style="text-indent: 2em; line-height: 2em; font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">附件：<a href="%s" target="_blank">%s</a></p>' % tuple(t[2:].split('|')))
            else:
                out.append('<p style="text-indent: 2em; line-height: 2em; font-family: 仿宋_GB2312, 仿宋; font-size: 16pt;">%s</p>' % t)
    return '\n'.join(out)


ZWGK_NAV = [('首页', '/'), ('政务公开', '/col/col1229012001/'), ('政务服务', '/col/col1229012002/'),
            ('互动交流', '/col/col1229012003/'), ('数据开放', '/col/col1229012004/'), ('走进江澜', '/col/col1229012005/')]


def zwgk_page(a):
    nav = ''.join('<li><a href="http://www.jianglan.gov.cn%s" target="_blank">%s</a></li>' % (u, t) for t, u in ZWGK_NAV)
    attach = ''.join('<li><a href="http://www.jianglan.gov.cn/module/download/downfile.jsp?classid=0&amp;filename=%s" target="_blank">%s</a></li>' % (f, t)
                     for t, f in a['attach'])
    related = ''.join('<li><a href="http://www.jianglan.gov.cn/art/%s" target="_blank">%s</a><span>%s</span></li>' % (u, t, d)
                      for t, u, d in a['related'])
    return '''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>江澜市人民政府</title>
<meta name="SiteName" content="江澜市人民政府">
<meta name="SiteDomain" content="www.jianglan.gov.cn">
<meta name="SiteIDCode" content="4390000015">
<meta name="ColumnName" content="{column}">
<meta name="ColumnDescription" content="{column}">
<meta name="ColumnKeywords" content="政府信息公开,{column}">
<meta name="ColumnType" content="政府文件">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{date} {time}">
<meta name="ContentSource" content="{org}">
<meta name="Keywords" content="{kw}">
<meta name="Description" content="{desc}">
<meta name="Url" content="{url}">
<link rel="stylesheet" type="text/css" href="/static/css/base.css">
<link rel="stylesheet" type="text/css" href="/static/css/xxgk_detail.css">
<script type="text/javascript" src="/static/js/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="/static/js/common.js"></script>
<script id="_trs_ta_js" src="//ta.trs.cn/c/js/ta.js?mpid=4471" async="async" defer="defer"></script>
</head>
<body>
<div class="topbar">
  <div class="w1200">
    <span class="welcome">欢迎访问江澜市人民政府门户网站</span>
    <div class="topbar-r"><a href="javascript:void(0)" id="wza">无障碍</a><a href="javascript:void(0)" id="zhmode">长者模式</a><a href="javascript:void(0)" id="jianfan">繁體</a><a href="http://www.jianglan.gov.cn/en/" target="_blank">English</a><a href="http://www.jianglan.gov.cn/wap/" target="_blank">移动版</a><a href="http://sso.jianglan.gov.cn/login" target="_blank">登录</a><a href="http://sso.jianglan.gov.cn/register" target="_blank">注册</a></div>
  </div>
</div>
<div class="header">
  <div class="w1200">
    <div class="logo"><a href="http://www.jianglan.gov.cn/"><img src="/static/images/logo.png" alt="江澜市人民政府"></a></div>
    <div class="search"><form action="http://search.jianglan.gov.cn/jsearchfront/search.do" method="get" target="_blank"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div>
  </div>
</div>
<div class="nav"><ul class="w1200">{nav}</ul></div>
<div class="w1200 main">
  <div class="position">您当前的位置：<a href="http://www.jianglan.gov.cn/">首页</a> &gt; <a href="http://www.jianglan.gov.cn/col/col1229012001/">政务公开</a> &gt; <a href="http://www.jianglan.gov.cn/col/col1229012100/">政府信息公开</a> &gt; <a href="http://www.jianglan.gov.cn/col/col1229012345/">{column}</a></div>
  <div class="xxgk-detail">
    <table class="xxgk-table" cellspacing="0" cellpadding="0" width="100%">
      <tr><th>索&nbsp;&nbsp;引&nbsp;&nbsp;号：</th><td>{index}</td><th>信息分类：</th><td>{cls}</td></tr>
      <tr><th>发布机构：</th><td>{org}</td><th>发文日期：</th><td>{date}</td></tr>
      <tr><th>名　　称：</th><td colspan="3">{title}</td></tr>
      <tr><th>文　　号：</th><td>{wh}</td><th>主&nbsp;&nbsp;题&nbsp;&nbsp;词：</th><td>{ztc}</td></tr>
    </table>
    <div class="article">
      <h1 class="article-title">{title}</h1>
      <div class="article-wh">{wh}</div>
      <div class="article-tool"><span>【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span><span><a href="javascript:window.print()">打印</a></span></div>
      <div class="article-content" id="zoom">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
{body}
<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
      </div>
      <div class="article-fj"><div class="fj-title">附件：</div><ul>{attach}</ul></div>
      <div class="article-jd">【政策解读】<a href="http://www.jianglan.gov.cn/art/{jd_url}" target="_blank">{jd}</a></div>
      <div class="article-foot">
        <div class="qrcode"><div id="qrcode"><img src="/static/images/qrcode_placeholder.png" alt=""></div><p>扫一扫在手机打开当前页</p></div>
        <div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
      </div>
      <div class="article-related"><h4>相关文件</h4><ul>{related}</ul></div>
    </div>
  </div>
</div>
<div class="footer">
  <div class="w1200">
    <div class="footer-links"><a href="http://www.jianglan.gov.cn/col/col1229013001/" target="_blank">网站地图</a>|<a href="http://www.jianglan.gov.cn/col/col1229013002/" target="_blank">联系我们</a>|<a href="http://www.jianglan.gov.cn/col/col1229013003/" target="_blank">网站声明</a>|<a href="http://www.jianglan.gov.cn/col/col1229013004/" target="_blank">隐私保护</a></div>
    <p>主办单位：江澜市人民政府办公室　承办单位：江澜市大数据发展管理中心</p>
    <p>网站标识码：4390000015　<a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备05003817号</a>　<img src="/static/images/gongan.png" alt="">湘公网安备 43010202000198号</p>
    <p>联系电话：0731-86660000（工作日 9:00-17:00）　建议使用1280×800以上分辨率浏览</p>
    <div class="footer-icons"><a href="http://bszs.conac.cn/sitename?method=show&amp;id=2F9A0B1C2D3E4F50" target="_blank"><img src="/static/images/dzjg.png" alt="党政机关"></a><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=4390000015" target="_blank"><img src="/static/images/jiucuo.png" alt="政府网站找错"></a></div>
  </div>
</div>
<script type="text/javascript" src="/static/js/qrcode.min.js"></script>
<script type="text/javascript">
$(function () {{ new QRCode(document.getElementById("qrcode"), {{ text: window.location.href, width: 100, height: 100 }}); }});
function doZoom(size) {{ document.getElementById("zoom").style.fontSize = size + "px"; }}
</script>
</body>
</html>
'''.format(column=a['column'], title=a['title'], date=a['date'], time=a['time'], org=a['org'], kw=a['kw'],
           desc=attr(a['desc']), url=a['url'], nav=nav, index=a['index'], cls=a['cls'], wh=a['wh'], ztc=a['ztc'],
           body=zwgk_render(a['items']), attach=attach, jd=a['jd'], jd_url=a['jd_url'], related=related)


ZWGK = [
    dict(name='c-zwgk-1', url='http://www.jianglan.gov.cn/art/2021/2/26/art_1229012345_1765432.html',
         column='市政府办公室文件', title='江澜市人民政府办公室关于做好2021年春季森林防火工作的通知',
         date='2021-02-26', time='16:30', org='江澜市人民政府办公室', kw='森林防火,通知',
         index='114301007256483127/2021-00031', cls='综合政务 / 通知', wh='江政办发〔2021〕8号', ztc='森林防火 通知',
         attach=[('江澜市2021年春季森林防火重点区域名单.docx', '20210226163012345.docx')],
         jd='一图读懂《关于做好2021年春季森林防火工作的通知》', jd_url='2021/2/27/art_1229012399_1765510.html',
         related=[('江澜市人民政府办公室关于印发江澜市森林火灾应急预案的通知', '2020/11/3/art_1229012345_1731008.html', '2020-11-03'),
                  ('江澜市应急管理局关于发布森林火险预警信号的公告', '2021/2/20/art_1229012377_1764001.html', '2021-02-20'),
                  ('江澜市人民政府办公室关于做好2020年秋冬季森林防火工作的通知', '2020/10/15/art_1229012345_1728877.html', '2020-10-15')],
         text='''
各区、县（市）人民政府，市政府各部门、各直属单位：
当前正值春季森林防火关键时期，我市气温回升、降水偏少，加之清明祭扫、春耕备耕等野外用火活动增多，森林火灾风险明显上升。为切实做好今年春季森林防火工作，保障人民群众生命财产安全和森林资源安全，经市政府同意，现就有关事项通知如下：
#b 一、提高思想认识，压实防火责任
（一）落实属地管理责任。各区、县（市）要严格落实森林防火行政首长负责制，主要负责同志要亲自研究部署、亲自督促检查，层层签订责任书，把防火责任落实到山头地块和具体责任人。
（二）落实部门监管责任。应急管理、林业、公安、民政、文化旅游等部门要按照职责分工，加强协调配合，形成齐抓共管的工作合力。
（三）落实经营主体责任。林区内的企事业单位、景区、农家乐等经营主体要建立健全防火制度，配备必要的扑救器材，确保责任落实到岗到人。
#b 二、突出防控重点，严管野外火源
（一）加强重点时段管控。清明节前后要组织干部、护林员加强巡山护林，在重点林区入口、墓地集中区域设立临时检查站，严防火种进山。
（二）推行文明祭扫方式。民政部门要会同各区、县（市）广泛宣传倡导鲜花祭扫、网络祭扫等文明方式，林区内公墓要落实专人值守，严禁在林区内焚香烧纸、燃放鞭炮。
（三）规范生产性用火。春耕期间农业生产用火须严格履行审批手续，实行“定时、定点、定人、定责”管理，严禁在高火险天气条件下野外用火。
#b 三、强化隐患排查，夯实基础保障
各地要组织开展森林火灾隐患排查整治专项行动，重点检查输配电线路、林区施工作业场所、林区内居民点等区域，对排查出的隐患建立台账、限期整改。要加强专业扑火队伍建设，做好扑火物资储备，确保一旦发生火情能够拉得出、用得上。
#b 四、加强值班值守，做好应急处置
防火期内，各级森林防火指挥机构要严格执行24小时值班和领导带班制度，保持通信畅通。发生森林火情，要按照“打早、打小、打了”的原则科学组织扑救，严禁动员老人、儿童、孕妇和残疾人参与扑火。重大火情要在30分钟内报告市森林防火指挥部办公室，不得迟报、漏报、瞒报。
#b 五、严格督导检查，强化责任追究
市森林防火指挥部将组织督查组对各地春季森林防火工作开展明察暗访。对工作不力、措施不落实导致发生森林火灾的，依法依规严肃追究有关单位和人员责任。
-- A:http://www.jianglan.gov.cn/module/download/downfile.jsp?classid=0&amp;filename=20210226163012345.docx|江澜市2021年春季森林防火重点区域名单
-- R:江澜市人民政府办公室
-- R:2021年2月26日
-- （此件公开发布）
'''),
    dict(name='c-zwgk-2', url='http://www.jianglan.gov.cn/art/2021/4/12/art_1229012346_1778899.html',
         column='市政府文件', title='江澜市人民政府关于推进社区居家养老服务高质量发展的实施意见',
         date='2021-04-12', time='10:15', org='江澜市人民政府', kw='养老服务,社区居家养老,实施意见',
         index='114301007256483127/2021-00102', cls='民政、扶贫、救灾 / 意见', wh='江政发〔2021〕5号', ztc='养老服务 意见',
         attach=[('江澜市人民政府关于推进社区居家养老服务高质量发展的实施意见.pdf', '20210412101500217.pdf')],
         jd='《关于推进社区居家养老服务高质量发展的实施意见》政策解读', jd_url='2021/4/13/art_1229012399_1779004.html',
         related=[('江澜市民政局关于开展2021年老年食堂建设工作的通知', '2021/3/18/art_1229012377_1771230.html', '2021-03-18'),
                  ('江澜市养老服务设施布局专项规划（2020—2035年）', '2020/12/8/art_1229012346_1743321.html', '2020-12-08'),
                  ('江澜市人民政府办公室关于加快发展智慧健康养老产业的意见', '2020/9/21/art_1229012345_1724456.html', '2020-09-21')],
         text='''
各区、县（市）人民政府，市政府各部门、各直属单位：
为积极应对人口老龄化，加快构建居家社区机构相协调、医养康养相结合的养老服务体系，更好满足老年人多层次、多样化的养老服务需求，结合我市实际，现提出如下实施意见。
#b 一、总体要求
坚持以人民为中心的发展思想，坚持政府主导、社会参与、市场运作，以社区为依托、居家为基础，着力补齐社区养老服务设施短板，提升服务质量和水平。到2023年底，全市街道综合养老服务中心实现全覆盖，社区居家养老服务站覆盖率达到95%以上；到2025年底，基本建成“十五分钟养老服务圈”。
#b 二、主要任务
（一）完善设施布局。新建住宅小区按照每百户不少于20平方米的标准配套建设养老服务用房，与住宅同步规划、同步建设、同步验收、同步交付。老旧小区通过购置、置换、租赁等方式，逐步补足养老服务设施。鼓励利用闲置的厂房、学校、办公用房等改建养老服务设施。
（二）丰富服务内容。依托社区居家养老服务站，为老年人提供助餐、助洁、助浴、助医、助急等服务。重点发展老年食堂，到2023年底，每个街道至少建成2个老年食堂，并推动向农村地区延伸。
（三）推进医养结合。推动社区卫生服务中心与养老服务机构签约合作，为居家老年人提供健康管理、家庭医生签约和上门巡诊服务。支持有条件的养老机构内设医务室、护理站。
（四）发展智慧养老。建设全市统一的智慧养老服务平台，整合老年人基本信息和服务需求，为高龄、独居、失能老年人配置紧急呼叫设备，推动线上下单、线下服务。
（五）加强人才队伍建设。将养老护理员纳入职业技能提升行动，对取得相应职业技能等级证书并在本市养老服务机构从业的人员，按规定给予补贴。鼓励高校和职业院校开设养老服务相关专业。
#b 三、保障措施
（一）加强组织领导。各地要将社区居家养老服务纳入经济社会发展规划，建立由政府负责同志牵头的工作协调机制，定期研究解决重大问题。
（二）强化资金保障。市、区两级财政要安排专项资金支持社区居家养老服务设施建设和运营，福利彩票公益金用于养老服务的比例不低于55%。
（三）落实优惠政策。社区养老服务机构用电、用水、用气、用热按居民生活类价格执行，符合条件的依法享受税费减免政策。
（四）加强监督管理。建立养老服务质量评价制度，定期开展服务质量检查，评价结果向社会公开，作为政府购买服务、发放运营补贴的重要依据。
本实施意见自印发之日起施行。
-- R:江澜市人民政府
-- R:2021年4月12日
'''),
    dict(name='c-zwgk-3', url='http://www.jianglan.gov.cn/art/2021/5/20/art_1229012345_1789012.html',
         column='市政府办公室文件', title='江澜市人民政府办公室关于印发江澜市老旧小区改造三年行动方案（2021—2023年）的通知',
         date='2021-05-20', time='17:02', org='江澜市人民政府办公室', kw='老旧小区改造,行动方案,通知',
         index='114301007256483127/2021-00147', cls='城乡建设、环境保护 / 通知', wh='江政办发〔2021〕21号', ztc='城乡建设 老旧小区 方案',
         attach=[('江澜市2021年老旧小区改造计划项目表.xlsx', '20210520170233981.xlsx')],
         jd='图解：江澜市老旧小区改造三年行动方案', jd_url='2021/5/21/art_1229012399_1789100.html',
         related=[('江澜市住房和城乡建设局关于公布2020年老旧小区改造完成情况的通告', '2021/1/12/art_1229012377_1752213.html', '2021-01-12'),
                  ('江澜市既有住宅加装电梯实施办法', '2020/7/6/art_1229012346_1712990.html', '2020-07-06'),
                  ('江澜市人民政府办公室关于加强住宅小区物业管理的实施意见', '2020/4/28/art_1229012345_1698876.html', '2020-04-28')],
         text='''
各区、县（市）人民政府，市政府各部门、各直属单位：
《江澜市老旧小区改造三年行动方案（2021—2023年）》已经市政府同意，现印发给你们，请认真组织实施。
-- R:江澜市人民政府办公室
-- R:2021年5月20日
-- （此件公开发布）
### 江澜市老旧小区改造三年行动方案（2021—2023年）
为改善城镇居民居住条件，提升城市品质，根据国家和省关于全面推进城镇老旧小区改造工作的部署要求，结合我市实际，制定本方案。
#b 一、改造范围
本方案所称老旧小区，是指我市城区范围内建成于2000年底前、失养失修失管、市政配套设施不完善、社会服务设施不健全、居民改造意愿强烈的住宅小区。重点改造建成年代较早、基础设施老化问题突出的小区。
#b 二、目标任务
2021年至2023年，全市计划改造老旧小区312个，涉及居民4.6万户。其中，2021年改造98个，2022年改造110个，2023年改造104个。到2023年底，基本完成2000年底前建成的需改造老旧小区改造任务。
#b 三、改造内容
（一）基础类。主要包括供水、排水、供电、燃气、道路、消防、安防、生活垃圾分类等设施的改造提升，以及建筑物屋面、外墙、楼梯等公共部位的维修。
（二）完善类。主要包括拆除违法建设，整治小区及周边绿化、照明等环境，改造或建设小区及周边适老设施、无障碍设施、停车库（场）、电动自行车及汽车充电设施，有条件的楼栋加装电梯。
（三）提升类。主要包括在小区及周边建设或改造社区综合服务设施、卫生服务站、养老托育、便民市场等公共服务设施，丰富社区服务供给。
#b 四、实施步骤
（一）摸底调查。各区、县（市）对辖区内老旧小区进行全面排查，建立改造项目库，做到“一小区一档案”。
（二）居民议事。坚持“居民自愿、先民生后提升”的原则，通过入户走访、居民议事会等形式充分征求居民意见，改造内容和方案须经小区三分之二以上居民同意。
（三）组织实施。各地按照年度计划组织项目设计、招标和施工，施工期间要合理安排工序，最大限度减少对居民生活的影响。
（四）长效管理。改造完成后，同步建立物业管理或社区托管机制，防止“改造—失修—再改造”的循环。
#b 五、保障措施
市住房城乡建设局牵头负责老旧小区改造工作的统筹协调，市发展改革委、市财政局等部门按职责做好资金争取、项目审批等工作。各区、县（市）政府是老旧小区改造的责任主体，要建立工作专班，确保按期完成改造任务。市政府将老旧小区改造工作纳入年度目标考核。
'''),
]


def make_zwgk():
    for a in ZWGK:
        a['items'] = body(a['text'])
        a['desc'] = first_text(a['items'], 120)
        emit(a['name'], url=a['url'], charset='UTF-8', encoding='utf-8', page=zwgk_page(a),
             title=a['title'], author='', published=a['date'], lines=gold_lines(a['items']))


# ---------------------------------------------------------------------------
# 5. c-shizi: 简书-style writing platform, UTF-8
# ---------------------------------------------------------------------------

SHIZI_COMMENT_NAMES = ['晚风拂柳', '一只热爱生活的猫', '南屿', '木子李', '是阿青呀', '山川湖海', '橙子不加冰',
                       '陌上花开7', '北岛以北', '拾光者', '小鹿乱撞', '周周周周', '青衫', '何处是归程']


def shizi_render(items):
    out = []
    for it in items:
        k = it[0]
        if k == 'p':
            out.append('<p>%s</p>' % it[1])
        elif k == 'h2':
            out.append('<h2>%s</h2>' % it[1])
        elif k == 'h3':
            out.append('<h3>%s</h3>' % it[1])
        elif k == 'hb':
            out.append('<p><b>%s</b></p>' % it[1])
        elif k == 'quote':
            out.append('<blockquote>\n<p>%s</p>\n</blockquote>' % it[1])
        elif k == 'img':
            out.append('<div class="image-package">\n<div class="image-container" style="max-width: 700px; max-height: 467px;">\n<div class="image-view" data-width="1080" data-height="720"><img data-original-src="%s" data-original-width="1080" data-original-height="720" data-original-format="image/jpeg"></div>\n</div>\n<div class="image-caption">%s</div>\n</div>' % (it[2], it[1]))
    return '\n'.join(out)


def shizi_page(a):
    comments = []
    for i, (who, text, likes) in enumerate(a['comments']):
        floor = i + 2
        comments.append('''<div id="comment-%d" class="comment">
<div><div class="author"><div data-v-f3bf5228="" class="v-tooltip-container" style="z-index: 0;"><div class="v-tooltip-content"><a href="/u/%s" target="_blank" class="avatar"><img src="//upload.shizi.cc/users/upload_avatars/%d/avatar.jpg?imageMogr2/auto-orient/strip|imageView2/1/w/114/h/114/format/webp"></a></div></div>
<div class="info"><a href="/u/%s" target="_blank" class="name">%s</a><div class="meta"><span>%d楼 · %s</span></div></div></div>
<div class="comment-wrap"><p>%s</p><div class="tool-group"><a class="like-button"><span>%s</span></a><a class=""><i class="iconfont ic-comment"></i><span>回复</span></a></div></div></div>
</div>''' % (40551000 + 17 * i, '%012x' % (0x5a3c1e000000 + 9973 * i), 9000000 + 3301 * i, '%012x' % (0x5a3c1e000000 + 9973 * i),
            who, floor, a['comment_times'][i], text, ('%d人赞' % likes) if likes else '赞'))
    recs = '\n'.join('<li><a class="title" href="/p/%s" target="_blank">%s</a><p class="abstract">%s</p><div class="meta"><span class="read">阅读 %s</span></div></li>'
                     % ('%012x' % (0x7c0d00000000 + 104729 * i + a['seed']), t, s, r) for i, (t, s, r) in enumerate(a['recs']))
    page_data = {
        'user_signed_in': False, 'locale': 'zh-CN', 'os': 'windows', 'read_mode': 'day', 'read_font': 'font2',
        'note_show': {'is_author': False, 'is_following_author': False, 'is_liked_note': False, 'follow_state': 0, 'uuid': a['uuid']},
        'note': {'id': a['id'], 'slug': a['slug'], 'user_id': a['user_id'], 'notebook_id': a['notebook_id'], 'commentable': True,
                 'likes_count': a['likes'], 'views_count': a['views'], 'public_wordage': a['wordage'],
                 'comments_count': len(a['comments']) + a['extra_comments'], 'total_rewards_count': a['rewards'],
                 'is_author': False, 'paid_type': 'free', 'paid': False, 'paid_content_accessible': False},
    }
    return '''<!DOCTYPE html>
<!--[if IE 6]><html class="ie lt-ie8"><![endif]-->
<!--[if IE 7]><html class="ie lt-ie8"><![endif]-->
<!--[if IE 8]><html class="ie ie8"><![endif]-->
<!--[if IE 9]><html class="ie ie9"><![endif]-->
<!--[if !IE]><!--> <html> <!--<![endif]-->
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=Edge">
  <meta name="viewport" content="width=device-width, initial-scale=1.0,user-scalable=no">
  <meta name="apple-mobile-web-app-capable" content="yes">
  <meta name="360-site-verification" content="9a1b2c3d4e5f60718293a4b5c6d7e8f9" />
  <meta property="wb:webmaster" content="294ec9de89e7fadb" />
  <meta property="qc:admins" content="104102651453316562112116375" />
  <meta property="og:type" content="article" />
  <meta property="og:title" content="{title}" />
  <meta property="og:url" content="https://www.shizi.cc/p/{slug}" />
  <meta property="og:image" content="https://upload.shizi.cc/users/upload_avatars/{user_id}/avatar.jpg" />
  <meta property="og:description" content="{desc}" />
  <meta property="og:site_name" content="拾字" />
  <meta name="description" content="{desc}">
  <title>{title} - 拾字</title>
  <meta name="csrf-param" content="authenticity_token" />
  <meta name="csrf-token" content="q7X2kPz9mJ4hLr3w0uYbVt6cNs1eAi8oGdFxZ5jKlQy=" />
  <link rel="stylesheet" media="all" href="//cdn2.shizi.cc/assets/web-2f6e0c9a4b8d1e3f5a7c.css" />
  <link rel="stylesheet" media="all" href="//cdn2.shizi.cc/assets/web/pages/notes/show/entry-8c4e2a6b0d1f3e5a7c9b.css" />
  <link href="//cdn2.shizi.cc/assets/favicons/favicon-e743bfb1821442341c3ab15bdbe804f7ad97676bd07a770ccc9483473aa76f06.ico" rel="icon">
  <script>
    var noteInfo = {{ id: {id}, slug: "{slug}", author: "{author}", pubTime: "发布时间：{date}", wordage: {wordage} }};
  </script>
</head>
<body lang="zh-CN" class="reader-black-font">
<nav class="navbar navbar-default navbar-fixed-top" role="navigation">
  <div class="width-limit">
    <a class="logo" href="/"><img src="//cdn2.shizi.cc/assets/web/nav-logo-4c7bbafe27adc892f3046e6978459bac.png" alt="拾字" /></a>
    <a class="btn write-btn" target="_blank" href="/writer#/"><i class="iconfont ic-write"></i>写文章</a>
    <a class="btn sign-up" id="sign_up" href="/sign_up">注册</a>
    <a class="btn log-in" id="sign_in" href="/sign_in">登录</a>
    <div class="container">
      <div class="collapse navbar-collapse" id="menu">
        <ul class="nav navbar-nav">
          <li class=""><a href="/"><span class="menu-text">首页</span><i class="iconfont ic-navigation-discover menu-icon"></i></a></li>
          <li><a class="app-download-btn" href="/apps?utm_medium=desktop&amp;utm_source=navbar-apps"><span class="menu-text">下载App</span><i class="iconfont ic-navigation-download menu-icon"></i></a></li>
          <li class="search"><form target="_blank" action="/search" accept-charset="UTF-8" method="get"><input name="utf8" type="hidden" value="&#x2713;" /><input type="text" name="q" id="q" value="" autocomplete="off" placeholder="搜索" class="search-input" /><a class="search-btn" href="javascript:void(null)"><i class="iconfont ic-search"></i></a></form></li>
        </ul>
      </div>
    </div>
  </div>
</nav>
<div class="note">
  <div id="note-fixed-ad-container"><div id="fixed-ad-container"><div id="write-notes-ad"></div></div></div>
  <div class="post">
    <div class="article">
      <h1 class="title">{title}</h1>
      <div class="author">
        <a class="avatar" href="/u/{user_slug}"><img src="//upload.shizi.cc/users/upload_avatars/{user_id}/avatar.jpg?imageMogr2/auto-orient/strip|imageView2/1/w/96/h/96" alt="96" /></a>
        <div class="info">
          <span class="name"><a href="/u/{user_slug}">{author}</a></span>
          <img class="badge-icon" data-toggle="tooltip" title="拾字作者" src="//upload.shizi.cc/image_badge/avatar_badge.png" alt="0" />
          <a class="btn btn-success follow"><i class="iconfont ic-follow"></i><span>关注</span></a>
          <div class="meta">
            <span class="jsd-meta"><i class="iconfont ic-paid1"></i> {diamond}</span>
            <span class="publish-time" data-toggle="tooltip" data-placement="bottom" title="{tooltip}">{shown_date}</span>
            <span class="wordage">字数 {wordage}</span>
            <span class="views-count">阅读 {views}</span>
            <span class="comments-count">评论 {ncomments}</span>
            <span class="likes-count">喜欢 {likes}</span>
          </div>
        </div>
      </div>
      <div data-note-content class="show-content">
        <div class="show-content-free">
{body}
        </div>
      </div>
    </div>
    <div class="show-foot">
      <a class="notebook" href="/nb/{notebook_id}"><i class="iconfont ic-search-notebook"></i><span>{notebook}</span></a>
      <div class="copyright" data-toggle="tooltip" data-html="true" data-original-title="转载请联系作者获得授权，并标注“拾字作者”。">&copy; 著作权归作者所有</div>
      <div class="modal-wrap" data-report-note><a id="report-modal">举报文章</a></div>
    </div>
    <div class="follow-detail">
      <div class="info">
        <a class="avatar" href="/u/{user_slug}"><img src="//upload.shizi.cc/users/upload_avatars/{user_id}/avatar.jpg?imageMogr2/auto-orient/strip|imageView2/1/w/96/h/96" alt="96" /></a>
        <a class="btn btn-success follow"><i class="iconfont ic-follow"></i><span>关注</span></a>
        <a class="title" href="/u/{user_slug}">{author}</a>
        <p>写了 {total_words} 字，被 {followers} 人关注，获得了 {total_likes} 个喜欢</p>
      </div>
      <div class="signature">{signature}</div>
    </div>
    <div class="support-author"><p>如果觉得我的文章对您有用，请随意赞赏。您的支持将鼓励我继续创作！</p><div class="btn btn-pay">赞赏支持</div><ul class="support-list">{rewarders}</ul></div>
    <div class="meta-bottom">
      <div class="btn like-group"><div class="btn-like"><a>喜欢</a></div><div class="modal-wrap"><a>{likes}</a></div></div>
      <div class="share-group"><a class="share-circle" data-action="weixin-share" data-toggle="tooltip" data-original-title="分享到微信"><i class="iconfont ic-wechat"></i></a><a class="share-circle" data-toggle="tooltip" href="javascript:void((function(s,d,e,r,l,p,t,z,c){{}})(screen,document,encodeURIComponent,'','','','','utf-8'));" data-original-title="分享到微博"><i class="iconfont ic-weibo"></i></a><a class="share-circle more-share" tabindex="0" data-toggle="popover" data-placement="top" data-html="true" data-trigger="focus" href="javascript:void(0);" data-content="">更多分享</a></div>
    </div>
    <div id="vue_comment"></div>
    <div id="comment-list" class="comment-list">
      <div><form class="new-comment"><a class="avatar"><img src="//cdn2.shizi.cc/assets/default_avatar/avatar_default.png"></a><div class="sign-container"><a href="/sign_in" class="btn btn-sign">登录</a><span>后发表评论</span></div></form></div>
      <div id="normal-comment-list" class="normal-comment-list">
        <div><div class="top-title"><span>{ncomments}条评论</span><a class="author-only">只看作者</a><div class="pull-right"><a class="active">按喜欢排序</a><a class="">按时间正序</a><a class="">按时间倒序</a></div></div></div>
{comments}
        <div class="more-comment"><a class="add-comment-btn">查看更多评论</a></div>
      </div>
    </div>
  </div>
  <div class="vue-side-tool"><div class="side-tool"><ul><li data-placement="left" data-toggle="tooltip" data-container="body" data-original-title="回到顶部"><a class="function-button"><i class="iconfont ic-backtop"></i></a></li></ul></div></div>
</div>
<div class="note-bottom">
  <div class="js-included-collections"><div class="include-collection"><div class="title">被以下专题收入，发现更多相似内容</div>{collections}</div></div>
  <div class="recommend-note">
    <div class="meta"><div class="title">推荐阅读</div><a href="/">更多精彩内容</a></div>
    <ul class="list">
{recs}
    </ul>
  </div>
</div>
<footer class="container"><div class="row"><div class="col-xs-17 main">
  <a target="_blank" href="/c/about">关于拾字</a><em> · </em><a target="_blank" href="/contact">联系我们</a><em> · </em><a target="_blank" href="/c/jobs">加入我们</a><em> · </em><a target="_blank" href="/p/help">拾字出版</a><em> · </em><a target="_blank" href="/p/guide">用户指南</a><em> · </em><a target="_blank" href="/c/rules">社区公约</a><em> · </em><a target="_blank" href="/p/report">侵权举报</a>
  <div class="icp">&copy;2012-2021 上海拾字信息科技有限公司 / 拾字 / <a target="_blank" href="https://beian.miit.gov.cn/">沪ICP备11018329号-5</a> / <a target="_blank" href="http://www.beian.gov.cn/">沪公网安备31010402002252号</a> / 举报电话：021-34770013 / 亲爱的市民朋友，上海警方反诈劝阻电话“962110”系专门针对避免您财产被骗受损而设，请您一旦收到来电，立即接听。</div>
</div></div></footer>
<script type="application/json" data-name="page-data">{page_data}</script>
<script src="//cdn2.shizi.cc/assets/babel-polyfill-676833c6a8b9e8d4e5c2.js"></script>
<script src="//cdn2.shizi.cc/assets/web-base-9c5e3a7b1d0f2e4a6c8b.js"></script>
<script src="//cdn2.shizi.cc/assets/web-a7b3d5e1f0c2a4b6d8e0.js"></script>
<script src="//cdn2.shizi.cc/assets/web/pages/notes/show/entry-1e3a5c7b9d0f2a4c6e8b.js"></script>
</body>
</html>
'''.format(title=a['title'], slug=a['slug'], user_id=a['user_id'], desc=attr(a['desc']), id=a['id'], author=a['author'],
           date=a['date'], wordage=a['wordage'], user_slug=a['user_slug'], diamond=a['diamond'], tooltip=a['tooltip'],
           shown_date=a['shown_date'], views=a['views'], ncomments=len(a['comments']) + a['extra_comments'], likes=a['likes'],
           body=shizi_render(a['items']), notebook_id=a['notebook_id'], notebook=a['notebook'], total_words=a['total_words'],
           followers=a['followers'], total_likes=a['total_likes'], signature=a['signature'],
           rewarders=''.join('<li><a class="avatar"><img src="//upload.shizi.cc/users/upload_avatars/%d/avatar.jpg"></a></li>' % (7000000 + 13 * i) for i in range(a['rewards'])),
           comments='\n'.join(comments),
           collections=''.join('<a class="item" target="_blank" href="/c/%s"><div class="name">%s</div></a>' % ('%012x' % (0x1d2c3b4a5000 + i * 7777), c) for i, c in enumerate(a['collections'])),
           recs=recs, page_data=json.dumps(page_data, ensure_ascii=False, separators=(',', ':')))


def shizi_comments(texts, start_day, start_time, crawled=None):
    """Comment floor times: one every few hours after the article; relative when the
    page was fetched within days of it (the site then shows 'N天前' / 'N小时前')."""
    d0 = datetime.datetime.strptime(start_day + ' ' + start_time, '%Y-%m-%d %H:%M')
    out = []
    for i in range(len(texts)):
        t = d0 + datetime.timedelta(minutes=97 * (i + 1) + 13 * i * i)
        if crawled:
            delta = crawled - t
            out.append('%d天前' % delta.days if delta.days >= 1 else '%d小时前' % (delta.seconds // 3600))
        else:
            out.append(t.strftime('%Y.%m.%d %H:%M'))
    return out


SHIZI = [
    dict(name='c-shizi-1', title='在一座城市里慢慢走', author='林晚', user_slug='8f3c2a7d1e90', user_id=4417820,
         id=71823064, slug='3a7f9c2e1b4d', uuid='c2b7e1a4-93d0-4e55-8a1f-6b2d0c9e7f31', notebook_id=20881734, notebook='城市笔记',
         date='2020-06-18', time='21:07', shown_date='2020.06.18 21:07', tooltip='最后编辑于 2020.06.18 21:07',
         wordage=1562, views='2,451', likes=96, rewards=3, diamond='5.6', extra_comments=4, seed=11,
         total_words='21.3万', followers='1,208', total_likes='3,964', signature='在城市的缝隙里，写一些慢下来的东西。',
         collections=['城市漫步', '散文', '生活家'],
         comments=[('晚风拂柳', '“我熟悉它的地下，却对它的地上一无所知”，这句太戳了。', 23),
                   ('一只热爱生活的猫', '看完决定这个周末不坐地铁了，走路去上班试试（虽然要走一个半小时）。', 11),
                   ('南屿', '那家每天只卖两百碗的面馆，求地址！', 8),
                   ('木子李', '写得真好，让我想起刚来这座城市的时候。', 5),
                   ('是阿青呀', '用红笔在纸质地图上描路线，这个习惯好浪漫。', 14),
                   ('山川湖海', '城市是走出来的，同意。', 2),
                   ('橙子不加冰', '修鞋大叔那段，我们小区门口也有一位，前年搬走了，很想念。', 6),
                   ('陌上花开7', '已关注，期待作者写更多城市里的人。', 0),
                   ('北岛以北', '每小时五公里，刚好能看清一座城市的细节。记下了。', 9),
                   ('拾光者', '所谓边缘，也是别人的中心。', 17),
                   ('小鹿乱撞', '读完很平静，谢谢分享。', 1)],
         recs=[('周末去哪儿：城市里的十条散步路线', '不用出远门，也能在城市里找到一条安静的路……', '3,812'),
               ('一个人在大城市生活的第五年', '我学会了一个人吃火锅、一个人看电影，也学会了……', '12,047'),
               ('老街消失之前', '拆迁通知贴出来的那天，巷口的理发店照常开门……', '5,530'),
               ('我在菜市场里认识了这座城市', '要了解一座城市，就去它的菜市场……', '8,916'),
               ('写给地铁上的陌生人', '每天早上八点十二分，我都会在同一节车厢遇见她……', '2,274')],
         text='''
搬到这座城市的第四年，我才开始真正认识它。
以前的我习惯了地铁。从家到公司，十二站，换乘一次，四十分钟。地面上的城市对我来说只是一个个站名：这一站人多，那一站出口在商场里。我熟悉它的地下，却对它的地上一无所知。
改变是从一次偶然的步行开始的。
## 一次迷路
那天地铁故障，我决定走回家。手机导航给出的路线有七公里，我想着走一段就打车，结果一走就是两个小时。
我穿过了一条从未听说过的老街，街边的理发店还在用那种红白蓝旋转的灯箱；路过一所中学，放学的孩子们推着自行车，把整条人行道挤得满满当当；在一个不起眼的路口，我闻到了烤红薯的味道，那是我离开家乡以后再也没有闻到过的气味。
那天回到家，腿很酸，心里却有一种很久没有过的充实。
## 步行的速度
后来我开始有意识地步行。周末不定目的地，只选一个方向，走到累了就坐公交回来。
步行的速度大概每小时五公里，这个速度刚好能让人看清一座城市的细节。坐车的时候，窗外的一切都是流动的背景；走路的时候，每一扇门、每一块招牌、每一个坐在门口晒太阳的老人，都会变成具体的存在。
我认识了街角修鞋的大叔，他在那里摆摊二十多年，见证了这条街从平房变成高楼；我发现了一家开在居民楼一层的小面馆，老板每天只卖两百碗，卖完就关门；我还在一座公园的角落里，遇到一群每周日下午都来唱越剧的退休老人。
这些人和地方，不会出现在任何一份城市指南里，却构成了这座城市真正的肌理。
## 城市是走出来的
有人说，认识一座城市最好的方式，是在那里生活。我想补充一句：是用脚在那里生活。
地图告诉我们哪里是中心、哪里是边缘，但只有走过之后才知道，所谓边缘，也是别人的中心。那些我们匆匆路过的街区，每天都有人在那里醒来、工作、争吵、和好，过着和我们一样完整的生活。
## 写在最后
现在，我已经用步行的方式走过了这座城市大约一半的街道。我在一张纸质地图上把走过的路线用红笔描出来，它看起来像一张慢慢长大的网。
我不知道什么时候能把它描满，也许永远不会。但这并不重要。重要的是，当我再一次坐上地铁、穿行在城市的地下时，我知道头顶上的那些街道是什么样子，知道那里有烤红薯的香味，有修鞋的大叔，有唱越剧的老人。
这座城市，终于不只是一串站名了。
'''),
    dict(name='c-shizi-2', title='我为什么不再给孩子报那么多兴趣班', author='陈十一', user_slug='b2e94f0c6a13', user_id=9920315,
         id=86100542, slug='e51d7a0c93f2', uuid='7d0e4c2b-1a9f-4b36-b8e2-0f5a6c3d9e14', notebook_id=30519022, notebook='育儿随笔',
         date='2021-03-05', time='22:40', shown_date='3天前', tooltip='3天前',
         crawled=datetime.datetime(2021, 3, 8, 23, 10),
         wordage=1318, views='6,930', likes=412, rewards=7, diamond='31.2', extra_comments=9, seed=23,
         total_words='8.7万', followers='3,552', total_likes='9,810', signature='一个普通妈妈，记录和女儿一起长大的日子。',
         collections=['育儿', '亲子时光', '生活家'],
         comments=[('山川湖海', '“都还行”三个字，看得我心里一紧。', 56),
                   ('周周周周', '我家也是五个班，看完陷入沉思。', 31),
                   ('青衫', '留白这个比喻太好了。孩子需要发呆的时间。', 27),
                   ('木子李', '可是不报的话，升学的时候怎么办呢？真的很纠结。', 12),
                   ('晚风拂柳', '作为一个小时候被报了七个班的人，支持作者。', 40),
                   ('是阿青呀', '女儿画的那个躺在草地上的小人，好心疼。', 22),
                   ('何处是归程', '减法比加法难多了，需要勇气。', 15),
                   ('南屿', '我们去年也停了两个，孩子明显开心了。', 9),
                   ('橙子不加冰', '养多肉、记录生长，这才是真正的兴趣吧。', 7),
                   ('北岛以北', '转给我老婆看了。', 3),
                   ('拾光者', '比起学会更多东西，更希望她知道自己喜欢什么。认同。', 18),
                   ('一只热爱生活的猫', '写得真诚，谢谢。', 0)],
         recs=[('双减之后，我们家的周末变了', '以前的周末是在各个培训班之间奔波，现在……', '15,302'),
               ('陪孩子发呆的一个下午', '她躺在沙发上看天花板，我忍住了没有催她写作业……', '4,781'),
               ('兴趣班到底该怎么选？一个过来人的建议', '先看孩子愿不愿意，再看家里的时间和钱……', '21,566'),
               ('女儿说她想当一名园丁', '她说园丁可以每天和花说话，比当科学家好玩……', '3,109'),
               ('不焦虑的妈妈，是怎样炼成的', '我曾经是一个看到家长群就心慌的人……', '9,457')],
         text='''
女儿上二年级的时候，一周要上五个兴趣班：周一钢琴，周三英语，周五晚上画画，周六上午舞蹈，下午围棋。
我曾经为这张课表感到安心。看着她在各种课堂之间奔波，我觉得自己是一个尽职的妈妈，没有让她输在任何一条起跑线上。
直到去年冬天的一个晚上。
### 一个问题
那天上完围棋课，回家的路上她一直很安静。快到小区门口的时候，她突然问我：“妈妈，我什么时候可以什么都不干？”
我愣住了，随口说：“你现在不就在休息吗？”
她说：“不是，我是说，什么都不干，就是发呆。”
那天晚上我翻看她的作业本，发现她在一页草稿纸的角落里画了一个小人，躺在草地上，旁边写着四个字：“我想睡觉。”
### 重新算一笔账
我开始认真地算一笔账。不是钱的账，是时间的账。
五个兴趣班，加上路上的时间，每周大概要占去她十四个小时。再加上学校的作业、我额外布置的练习，她每周真正属于自己的时间，可能不到五个小时。
一个八岁的孩子，一周只有五个小时可以自己决定做什么。想到这里，我有些难过。
更让我不安的是，当我问她最喜欢哪个兴趣班时，她想了很久，说：“都还行。”
“都还行”，意味着没有一样是真正热爱的。
### 做减法
和孩子爸爸商量之后，我们决定做减法。
我们让女儿自己选，只留两个。她几乎没有犹豫就选了画画，然后又想了一会儿，留下了舞蹈。钢琴、英语和围棋都停了。
说实话，刚停课的那段时间我很焦虑。家长群里每天都有人晒孩子的考级证书，我总担心她会落后。有一次我甚至偷偷打听了新的钢琴老师。
但女儿的变化让我慢慢放下了焦虑。她开始在周末的下午自己看书，一看就是一两个小时；她在阳台上养了两盆多肉，每天记录它们长了多少；她画画也比以前投入了，会因为一朵云的颜色调了半天。
### 留白
中国画讲究留白。一幅画如果被填得满满当当，反而失去了意境。
孩子的时间大概也是这样。那些看起来“什么都没干”的时间，其实是她在消化、在想象、在慢慢长成她自己的样子。
我不再给她报那么多兴趣班了。不是因为兴趣班不好，而是我终于明白，比起学会更多东西，我更希望她知道自己喜欢什么。
'''),
    dict(name='c-shizi-3', title='外婆的腌菜坛子', author='阿禾', user_slug='4d7a0e3b9c25', user_id=1305877,
         id=56210987, slug='9b04e6d2c7a1', uuid='3f8a2d6e-55c1-4d0b-9e27-a1b4c6d8e0f2', notebook_id=12077431, notebook='旧时光',
         date='2019-11-23', time='10:15', shown_date='2019.11.23 10:15', tooltip='最后编辑于 2019.11.24 08:02',
         wordage=1204, views='3,874', likes=218, rewards=5, diamond='12.4', extra_comments=2, seed=37,
         total_words='14.6万', followers='2,031', total_likes='6,702', signature='写食物，写故乡，写那些回不去的日子。',
         collections=['故乡', '美食', '散文'],
         comments=[('陌上花开7', '看哭了。我外婆也会腌菜，现在再也吃不到了。', 64),
                   ('青衫', '“菜和人一样，要压一压才有味道。”', 38),
                   ('何处是归程', '白粥配腌菜，是童年的味道。', 19),
                   ('木子李', '坛口那圈水是给坛子喝的，哈哈哈太可爱了。', 25),
                   ('周周周周', '想问问作者，芥菜要晒几天比较合适？', 4),
                   ('小鹿乱撞', '有些味道，是要经过时间压一压，才能慢慢出来的。', 31),
                   ('晚风拂柳', '文字很干净，喜欢。', 2),
                   ('南屿', '读到外婆说“比她腌的还好”，鼻子一酸。', 27),
                   ('山川湖海', '我们那边叫雪里蕻，做法差不多。', 6),
                   ('橙子不加冰', '已收藏，打算今年冬天也试着腌一坛。', 3)],
         recs=[('奶奶的手擀面', '奶奶擀面的时候从来不看擀面杖，眼睛一直盯着我……', '6,205'),
               ('故乡的冬天，是从一锅腊肉开始的', '每年腊月，家家户户的屋檐下都挂满了腊肉……', '4,413'),
               ('那些年我们在灶台边等饭的日子', '灶膛里的火一明一暗，锅里的饭香慢慢飘出来……', '2,968'),
               ('写给外公的一封信', '外公，您走了快三年了，院子里的桂花今年又开了……', '7,731'),
               ('一碗白粥的讲究', '熬粥要用砂锅，米要提前泡半个小时……', '1,845')],
         text='''
外婆家的厨房角落里，常年摆着一排腌菜坛子。
那是一种肚子大、口子小的陶坛，外面上着深褐色的釉，坛口有一圈水槽，盖子扣上去，槽里再注满清水，空气就进不去了。小时候我总以为那圈水是给坛子喝的，外婆听了笑得直不起腰。
每年立冬前后，是外婆腌菜的日子。她会提前几天去集上挑芥菜，要叶子宽、梗子厚的，一挑就是几十斤。菜买回来先洗净，一棵一棵挂在院子里的竹竿上晾晒，晒到叶子发软、表面起皱才收回来。
腌菜那天，外婆会把堂屋的八仙桌擦得干干净净，把晒好的菜切碎，放进大木盆里，一层菜撒一层盐，用手反复揉搓，直到菜汁被揉出来。我在一旁帮忙，揉不了几下手就被盐刺得发疼，外婆的手却好像感觉不到似的，一揉就是一个上午。
揉好的菜要一把一把地塞进坛子里，每塞一层就用拳头压实。外婆说，压得越紧，腌出来的菜越香，“菜和人一样，要压一压才有味道。”
那时候我不懂这句话的意思。
> 冬天的早晨，一碗白粥，一碟腌菜，淋几滴香油，就是我记忆里最好吃的早饭。
腌菜在坛子里要待上一两个月。过年前开坛，一股酸香味扑面而来，整个厨房都是那种味道。外婆用筷子夹出一小碟，让我先尝。那味道咸中带酸，酸里又有一点回甘，嚼起来咯吱咯吱地响。
后来我去外地读书、工作，每次回家，外婆都会给我装上一大瓶腌菜，用好几层塑料袋包好，塞进行李箱的角落。同事们尝过之后都说好吃，问我在哪里买的，我说买不到，这是我外婆腌的。
外婆八十五岁那年，手开始发抖，再也揉不动菜了。那一年冬天，她坐在院子里，看着我和妈妈照着她的样子腌菜，时不时提醒一句：“盐少了”“再压紧一点”。
我们腌出来的菜，味道总是差了一点。外婆尝了，却说好，说比她腌的还好。
外婆是前年冬天走的。她走以后，那排腌菜坛子一直放在老房子的厨房里。今年立冬，我从集上买了芥菜，晒了三天，学着外婆的样子，一层菜一层盐，一拳一拳地压实。
揉菜的时候，手又被盐刺得发疼。我忽然明白了外婆那句话。有些味道，是要经过时间压一压，才能慢慢出来的。
'''),
    dict(name='c-shizi-4', title='读《额尔古纳河右岸》：一个民族的黄昏，一个人的絮语', author='苏北北', user_slug='e07b3c9d5f48', user_id=6624019,
         id=78045213, slug='c4f1a08e2d6b', uuid='a9c3e5f7-0b2d-4468-8ace-13579bdf0246', notebook_id=25531096, notebook='读书笔记',
         date='2020-09-02', time='14:36', shown_date='2020.09.02 14:36', tooltip='最后编辑于 2020.09.02 14:36',
         wordage=1489, views='5,102', likes=187, rewards=2, diamond='9.8', extra_comments=1, seed=41,
         total_words='33.9万', followers='4,760', total_likes='12,355', signature='读书，写字，偶尔发呆。',
         collections=['读书', '书评', '文学'],
         comments=[('拾光者', '这本书我读了两遍，第二遍才读懂妮浩。', 45),
                   ('一只热爱生活的猫', '“一种生活方式的消失，往往是无声的。”', 29),
                   ('北岛以北', '被种草了，今晚就开始读。', 11),
                   ('何处是归程', '迟子建的文字真的干净，像雪。', 16),
                   ('青衫', '“清晨、正午、黄昏、尾声”，结构本身就是一首诗。', 21),
                   ('是阿青呀', '作者写得很克制，很好。', 3),
                   ('小鹿乱撞', '读到妮浩那一段，我也停下来很久。', 19),
                   ('陌上花开7', '推荐也读一读《群山之巅》。', 8),
                   ('木子李', '看完书评去查了驯鹿的资料，好想去根河看看。', 5),
                   ('南屿', '文学的意义之一：让那些即将被遗忘的声音，再被听见一次。', 24)],
         recs=[('重读《呼兰河传》：寂寞的童年与热闹的小城', '萧红写呼兰河，写的是一座小城的四季……', '7,034'),
               ('《平凡的世界》为什么值得每个年轻人读一遍', '孙少平在煤矿的那些夜晚……', '18,220'),
               ('我的2020书单：这十本书陪我度过了漫长的一年', '今年读得不多，但每一本都印象很深……', '9,886'),
               ('读《瓦尔登湖》：两年零两个月的独居', '梭罗在湖边盖了一间小木屋……', '4,157'),
               ('为什么我们需要读小说', '小说不能解决任何现实问题，但它能……', '6,612')],
         text='''
读完《额尔古纳河右岸》的那个晚上，我关了灯，在黑暗里坐了很久。
这是一本不太容易读快的小说。迟子建用一位九十多岁鄂温克族老人的口吻，讲述了她的部族近百年的故事。老人没有名字，她只是在一个雨天的晚上，守着一堆火，把一生慢慢说给雨和火听。
## 清晨、正午、黄昏、尾声
小说分为四个部分：“清晨”“正午”“黄昏”和“尾声”。这既是一天的时间，也是一个人的一生，更是一个民族在山林中的命运。
“清晨”里，是老人的童年。驯鹿在林间吃苔藓，父亲带着猎枪出门，母亲在希楞柱里缝制衣服。那是一种和自然紧紧贴在一起的生活，每一棵树、每一条河都有自己的名字和性格。
到了“黄昏”，山外的世界越来越近。伐木工人进了山，森林一片片消失，驯鹿能吃的苔藓越来越少，年轻人一个个下山定居。老人没有愤怒，只是平静地讲述着这一切，而正是这份平静，让人读得心里发紧。
## 萨满的歌
书中最打动我的人物，是萨满妮浩。
作为萨满，她能为族人治病、祈福，可每救活一个别人的孩子，她自己就要失去一个孩子。她明知如此，却从不拒绝。每一次跳神之后，她都会唱一支悲伤的歌，为自己逝去的孩子送行。
我读到这些段落时常常停下来。这不是一个关于神秘力量的故事，而是一个关于选择和承担的故事。妮浩用自己的方式回答了一个古老的问题：一个人能为别人付出多少。
## 文字里的山林
迟子建的语言有一种干净的质感。她写雪，写风，写月光下的驯鹿，没有华丽的修辞，却让人仿佛闻得到松脂的香气，听得见河水在冰层下流动的声音。
她写死亡也很平静。在这部小说里，死亡不断发生——被雷电击中，被熊伤害，在风雪中迷路——但每一次死亡都被安放在自然的循环里，像一片叶子落进了河水。
## 合上书以后
合上书以后，我查了很多关于鄂温克族驯鹿部落的资料，知道他们中的很多人后来搬到了山下的定居点，那片森林里的生活方式已经很难再延续下去。
一种生活方式的消失，往往是无声的。没有人会为它发布公告，也很少有人会为它停下脚步。迟子建所做的，是在它彻底远去之前，用文字替它留下了一个背影。
我想，这大概就是文学的意义之一：让那些即将被遗忘的声音，再被听见一次。
'''),
]


def make_shizi():
    for a in SHIZI:
        a['items'] = body(a['text'])
        a['desc'] = first_text(a['items'], 100)
        a['comment_times'] = shizi_comments(a['comments'], a['date'], a['time'], a.get('crawled'))
        emit(a['name'], url='https://www.shizi.cc/p/' + a['slug'], charset='utf-8', encoding='utf-8', page=shizi_page(a),
             title=a['title'], author=a['author'], published=a['date'], lines=gold_lines(a['items']))


# ---------------------------------------------------------------------------
# 6. c-gangdao: Hong Kong daily (明報 style), traditional script, big5 label,
#    Big5-HKSCS bytes (Cantonese characters such as 劏 嘅 咗 are HKSCS)
# ---------------------------------------------------------------------------

GANGDAO_SECTIONS = [('要聞', 'gaa'), ('港聞', 'gao'), ('經濟', 'gba'), ('娛樂', 'gca'), ('社評', 'mra'),
                    ('觀點', 'faa'), ('中國', 'caa'), ('國際', 'taa'), ('體育', 'spa'), ('副刊', 'dda')]

GANGDAO_INSTANT = [
    ('14:52', '天文台：明日氣溫回升 本港大致天晴'), ('14:31', '港鐵觀塘綫早上一度延誤 現已回復正常'),
    ('14:05', '恒指半日升168點 科指表現跑贏大市'), ('13:48', '衞生署呼籲市民接種季節性流感疫苗'),
    ('13:20', '立法會財委會今日續審撥款申請'), ('12:57', '大埔公路車禍 兩人受傷送院'),
    ('12:33', '教育局公布新學年小一派位時間表'), ('12:10', '西九文化區新展覽下月開幕'),
]

GANGDAO_HOT = ['港鐵加價方案出爐 月票維持不變', '樓市淡靜 二手成交創半年新低', '長者二元乘車優惠研擴至60歲',
               '中學文憑試下月開考 考生人數再跌', '多區舊樓失修 屋宇署加強巡查', '本地旅遊業界盼內地旅客回升']


def gangdao_render(items):
    upper, lower, cur = [], [], None
    out = []
    for it in items:
        k = it[0]
        if k == 'p':
            out.append('<p>%s</p>' % it[1])
        elif k == 'hb':
            out.append('<p><strong>%s</strong></p>' % it[1])
        elif k == 'img':
            out.append('</div>\n<figure class="inline-pic"><a href="%s" class="fancybox"><img src="%s" alt="%s"></a><figcaption>%s</figcaption></figure>\n<div id="lower">'
                       % (it[2], it[2], attr(it[1]), it[1]))
        elif k == 'out':
            out.append('<p class="authorinfo">%s</p>' % it[1])
    return '<div id="upper">\n' + '\n'.join(out) + '\n</div>'


def gangdao_page(a):
    d = cn_date(a['date'])
    datestr = '%d年%d月%d日 星期%s' % (d.year, d.month, d.day, WEEKDAYS[d.weekday()])
    ymd = d.strftime('%Y%m%d')
    nav = ''.join('<li%s><a href="https://news.gangdaodaily.com.hk/pns/%s/section/%s/%s">%s</a></li>'
                  % (' class="active"' if t == a['section'] else '', urllib.parse.quote(t), ymd, c, t) for t, c in GANGDAO_SECTIONS)
    related = ''.join('<li><a href="https://news.gangdaodaily.com.hk/pns/%s/article/%s/s000%02d/%d">%s</a></li>'
                      % (urllib.parse.quote(a['section']), ymd, 3 + i, 1551700000000 + 86400000 * i + 31337, t) for i, t in enumerate(a['related']))
    instant = ''.join('<li><span class="time">%s</span><a href="https://news.gangdaodaily.com.hk/ins/instantnews/web_tc/article/%s/s00001/%d">%s</a></li>'
                      % (tm, ymd, 1551760000000 + 3600000 * i, t) for i, (tm, t) in enumerate(GANGDAO_INSTANT))
    hot = ''.join('<li><span class="rank">%d</span><a href="https://news.gangdaodaily.com.hk/pns/hot/%d">%s</a></li>' % (i + 1, 9000 + i, t)
                  for i, t in enumerate(GANGDAO_HOT))
    byline = ('<div class="reporter">%s</div>' % a['byline']) if a.get('byline') else ''
    column = ('<div class="column-name">%s</div>' % a['column']) if a.get('column') else ''
    title_tag = '%s - %s - %s - %s - 港島日報新聞網' % (a['section'], a['title'], ymd, '每日報章')
    return '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:fb="http://ogp.me/ns/fb#" lang="zh-HK">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{title_tag}</title>
<meta name="keywords" content="{kw}" />
<meta name="description" content="{desc}" />
<meta property="og:title" content="{title}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:image" content="{ogimg}" />
<meta property="og:site_name" content="港島日報新聞網" />
<meta property="og:description" content="{desc}" />
<meta property="fb:app_id" content="160418877433120" />
<meta name="section" content="{section}" />
<link rel="stylesheet" type="text/css" href="https://news.gangdaodaily.com.hk/css/main_v3.css?v=20190301" />
<link rel="stylesheet" type="text/css" href="https://news.gangdaodaily.com.hk/css/article_v3.css?v=20190301" />
<script type="text/javascript" src="https://news.gangdaodaily.com.hk/js/jquery-1.9.1.min.js"></script>
<script type="text/javascript">
var NEWS_DATE = "{ymd}"; var SECTION_CODE = "{code}"; var ARTICLE_ID = "{artid}";
var googletag = googletag || {{}}; googletag.cmd = googletag.cmd || [];
</script>
<script async="async" src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script type="text/javascript">
googletag.cmd.push(function() {{
  googletag.defineSlot('/21776154/GD_PNS_{code}_LB', [[728, 90], [970, 90]], 'div-gpt-ad-lb').addService(googletag.pubads());
  googletag.defineSlot('/21776154/GD_PNS_{code}_LREC', [300, 250], 'div-gpt-ad-lrec').addService(googletag.pubads());
  googletag.enableServices();
}});
</script>
</head>
<body>
<div id="topbar">
  <div class="wrap">
    <a href="https://news.gangdaodaily.com.hk/" class="logo"><img src="https://news.gangdaodaily.com.hk/image/logo_gd.png" alt="港島日報新聞網" /></a>
    <ul class="topmenu"><li><a href="https://news.gangdaodaily.com.hk/">首頁</a></li><li><a href="https://news.gangdaodaily.com.hk/ins/instantnews/web_tc/main">即時新聞</a></li><li class="active"><a href="https://news.gangdaodaily.com.hk/pns/dailynews/web_tc/main">每日報章</a></li><li><a href="https://news.gangdaodaily.com.hk/video/">影片</a></li><li><a href="https://news.gangdaodaily.com.hk/epaper/">電子報</a></li></ul>
    <div class="topsearch"><form action="https://news.gangdaodaily.com.hk/search" method="get"><input type="text" name="q" value="" /><input type="submit" value="搜尋" /></form></div>
  </div>
</div>
<div id="sectionnav"><ul class="wrap">{nav}</ul></div>
<div class="ad-leaderboard"><div id="div-gpt-ad-lb"><script>googletag.cmd.push(function() {{ googletag.display('div-gpt-ad-lb'); }});</script></div></div>
<div id="main" class="wrap">
  <div id="maincontent">
    <div class="breadcrumb"><a href="https://news.gangdaodaily.com.hk/pns/dailynews/web_tc/main">每日報章</a> &gt; <a href="https://news.gangdaodaily.com.hk/pns/{section_q}/section/{ymd}/{code}">{section}</a></div>
    <div id="blockcontent">
      {column}
      <h1>{title}</h1>
      <div class="date">{datestr}</div>
      {byline}
      <div class="articletools">
        <div class="fontsize">字體：<a href="javascript:setFont(14)">小</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(18)">大</a></div>
        <div class="sharebtns"><a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={url_q}" target="_blank">Facebook 分享</a><a class="wa" href="whatsapp://send?text={url_q}">WhatsApp</a><a class="mail" href="mailto:?subject={ymd}&amp;body={url_q}">電郵</a><a class="print" href="javascript:window.print()">列印</a></div>
      </div>
      <article class="txt4">
{body}
      </article>
      <div class="fbcomment"><div class="fb-comments" data-href="{url}" data-numposts="5" data-width="100%"></div></div>
      <div class="relatednews"><h2>相關新聞</h2><ul>{related}</ul></div>
      <div class="prevnext"><a href="https://news.gangdaodaily.com.hk/pns/{section_q}/article/{ymd}/s00{prev_no}/prev">上一篇：{prev}</a><a href="https://news.gangdaodaily.com.hk/pns/{section_q}/article/{ymd}/s00{next_no}/next">下一篇：{next}</a></div>
    </div>
  </div>
  <div id="sidebar">
    <div class="ad-lrec"><div id="div-gpt-ad-lrec"><script>googletag.cmd.push(function() {{ googletag.display('div-gpt-ad-lrec'); }});</script></div></div>
    <div class="sidebox instantnews"><h3>即時新聞</h3><ul>{instant}</ul><a class="more" href="https://news.gangdaodaily.com.hk/ins/instantnews/web_tc/main">更多即時新聞</a></div>
    <div class="sidebox hotnews"><h3>24小時熱門</h3><ol>{hot}</ol></div>
  </div>
</div>
<div id="footer">
  <div class="wrap">
    <ul class="footerlinks"><li><a href="https://news.gangdaodaily.com.hk/about/">關於我們</a></li><li><a href="https://news.gangdaodaily.com.hk/contact/">聯絡我們</a></li><li><a href="https://news.gangdaodaily.com.hk/ad/">廣告查詢</a></li><li><a href="https://news.gangdaodaily.com.hk/privacy/">私隱政策</a></li><li><a href="https://news.gangdaodaily.com.hk/disclaimer/">免責聲明</a></li><li><a href="https://news.gangdaodaily.com.hk/jobs/">加入我們</a></li></ul>
    <p class="copyright">港島日報新聞網 &copy; 2019 港島日報有限公司 版權所有 不得轉載</p>
  </div>
</div>
<script type="text/javascript">
function setFont(s) {{ $("article.txt4").css("font-size", s + "px"); }}
(function(d, s, id) {{ var js, fjs = d.getElementsByTagName(s)[0]; if (d.getElementById(id)) return; js = d.createElement(s); js.id = id; js.src = "//connect.facebook.net/zh_HK/sdk.js#xfbml=1&version=v3.2"; fjs.parentNode.insertBefore(js, fjs); }}(document, 'script', 'facebook-jssdk'));
</script>
</body>
</html>
'''.format(title_tag=title_tag, kw=a['kw'], desc=attr(a['desc']), title=a['title'], url=a['url'],
           url_q=urllib.parse.quote(a['url'], safe=''), ogimg=a['ogimg'], section=a['section'],
           section_q=urllib.parse.quote(a['section']), ymd=ymd, code=a['code'], artid=a['artid'], nav=nav,
           column=column, datestr=datestr, byline=byline, body=gangdao_render(a['items']), related=related,
           prev=a['prev'], next=a['next'], prev_no=a['prev_no'], next_no=a['next_no'], instant=instant, hot=hot)


GANGDAO = [
    dict(name='c-gangdao-1', section='港聞', code='gao', date='2019-03-05', artid='s00002',
         url='https://news.gangdaodaily.com.hk/pns/dailynews/web_tc/article/20190305/s00002/1551722400123',
         ogimg='https://fs.gangdaodaily.com.hk/pns/20190305/gao_p01_01.jpg',
         title='劏房租金五年升三成 基層家庭開支百上加斤', kw='劏房,租金,基層,過渡性房屋,公屋',
         author='', prev='公屋輪候時間再創新高', prev_no='001', next='區議會促加快舊區重建', next_no='003',
         related=['過渡性房屋計劃首批單位年中入伙', '團體促設劏房租金管制', '公屋輪候時間再創新高', '深水埗舊樓火警 多名住戶疏散'],
         text='''
【港島日報專訊】本港劏房租金持續攀升。一個關注基層住屋的團體昨日公布調查，發現過去五年劏房平均呎租上升約三成，不少受訪家庭的租金開支已佔家庭收入四成以上，有家庭為應付租金而削減膳食及子女補習開支。團體促請政府盡快規管劏房租金，並增加過渡性房屋供應。
調查於去年十一月至今年一月進行，成功訪問了居於深水埗、油尖旺及觀塘等區的三百二十個劏房住戶。結果顯示，受訪住戶居住面積中位數約為一百一十平方呎，每月租金中位數為五千二百元，以呎租計算約為四十七元，較團體五年前同類調查上升約三成。
#b 逾半家庭輪候公屋超過五年
受訪者中，約六成為有兒童的家庭，逾半已輪候公屋超過五年。有受訪者表示，居住的單位沒有窗戶，夏天室內溫度經常超過三十三度，孩子只能在床上做功課。
!img https://fs.gangdaodaily.com.hk/pns/20190305/gao_p01_01.jpg|深水埗一帶唐樓林立，不少單位被分間成劏房出租。
現年四十二歲的陳太與丈夫及兩名子女居於深水埗一個約九十平方呎的劏房，月租四千八百元。丈夫從事裝修工作，收入不穩定，她本人則做兼職清潔。她說，每月交租後所剩無幾，「以前星期日會帶小朋友去飲茶，而家一個月都唔捨得去一次。」
#b 團體促設租金管制
團體負責人指出，劏房租戶議價能力低，業主經常在續租時大幅加租，亦有業主以「電費」「水費」名義向租戶收取高於實際用量的費用。他認為政府應參考海外經驗，研究為劏房設立租金管制及租務保障，並加快推出過渡性房屋，紓緩基層住戶的壓力。
運輸及房屋局回覆查詢時表示，政府一直關注劏房住戶的居住情況，會繼續研究不同團體提出的建議，並透過多種途徑增加過渡性房屋供應。
'''),
    dict(name='c-gangdao-2', section='經濟', code='gba', date='2019-03-08', artid='s00004',
         url='https://news.gangdaodaily.com.hk/pns/dailynews/web_tc/article/20190308/s00004/1551981600456',
         ogimg='https://fs.gangdaodaily.com.hk/pns/20190308/gba_p02_01.jpg',
         title='茶餐廳租金人工齊升 老字號拓外賣求存', kw='茶餐廳,租金,外賣,飲食業,老字號',
         byline='記者 何嘉欣', author='何嘉欣',
         prev='零售業總銷貨價值連跌兩月', prev_no='003', next='港股成交回落 散戶觀望氣氛濃', next_no='005',
         related=['飲食業界：今年或有更多小型食肆結業', '外賣平台佣金惹關注 商戶盼透明收費', '零售業總銷貨價值連跌兩月'],
         text='''
【港島日報專訊】本港食肆經營成本持續上升，不少老字號茶餐廳面臨租金和人工「雙重夾擊」。有經營逾四十年的茶餐廳近月開始拓展外賣及網上訂餐業務，又把部分座位改為外賣取餐區，希望以薄利多銷維持生意。業界估計，今年全港或有更多小型食肆結業。
位於油麻地的一間茶餐廳由現任東主的父親於七十年代創辦，以菠蘿油及奶茶見稱。東主黃先生表示，店舖租約去年續簽時，業主把月租由十二萬元加至十四萬元，加幅約一成七；同時，廚房及樓面員工的工資過去三年累計上升約一成半，「食材又貴，人工又貴，租又貴，點計都係蝕。」
#b 外賣佔營業額兩成
為增加收入，茶餐廳去年開始與網上外賣平台合作，並自行設立電話訂餐服務。黃先生說，外賣業務現時已佔營業額約兩成，雖然平台收取的佣金不低，但有助善用廚房在非繁忙時段的產能，「下晝兩點到五點本來冇乜客，而家外賣單可以頂住。」
不過，他坦言外賣難以完全取代堂食。「茶餐廳嘅精神係坐低傾偈，一杯奶茶坐成個鐘。外賣可以幫到手，但如果冇咗堂食，呢間舖都唔係以前嗰間舖。」
#b 業界料結業潮持續
飲食業界人士指出，近年本港零售及食肆租金雖較高峰期有所回落，但小型食肆的利潤空間依然十分有限，加上人手短缺，年輕人入行意欲低，不少老店面對「無人接手」的困境。
有學者認為，政府可考慮為具歷史價值的老店提供租金或宣傳上的支援，例如把它們納入旅遊推廣路線，讓本地飲食文化得以延續。
'''),
    dict(name='c-gangdao-3', section='社評', code='mra', date='2019-03-14', artid='s00001',
         url='https://news.gangdaodaily.com.hk/pns/dailynews/web_tc/article/20190314/s00001/1552500000789',
         ogimg='https://news.gangdaodaily.com.hk/image/og_default.jpg',
         title='長者醫療券應更貼近基層需要', kw='社評,長者醫療券,基層醫療,人口老化',
         column='社評', author='',
         prev='社評：交通政策須以人為本', prev_no='000', next='社評：教育改革不能只靠撥款', next_no='002',
         related=['社評：交通政策須以人為本', '社評：基層醫療改革刻不容緩', '社評：安老服務需要長遠規劃'],
         text='''
政府早前宣布增加長者醫療券金額，並把合資格年齡維持在六十五歲。措施原意是鼓勵長者善用基層醫療服務，減輕公立醫院負擔，方向值得肯定。然而，醫療券推行十年，使用模式出現偏差，當局在加碼之餘，更應檢討制度設計，讓資源真正用得其所。
根據當局數字，醫療券的使用有相當部分流向中醫、牙科及視光服務，其中視光服務的平均每次申領金額明顯高於其他類別。有長者反映，個別店舖以配眼鏡為名，鼓勵長者一次過用盡醫療券額度。這些情況未必違規，卻顯然偏離了推動預防性基層醫療的原意。
醫療券之所以受長者歡迎，是因為它讓長者在公營系統以外多了選擇。但選擇多了，並不代表長者有足夠資訊作出明智決定。不少獨居或教育程度較低的長者，對醫療券的用途、結餘以至服務價格都一知半解，容易在不知不覺間花光額度，到真正需要看醫生時反而無券可用。
本報認為，當局可從三方面着手。第一，加強資訊透明度，要求參與計劃的服務提供者清楚展示收費，並讓長者可透過手機或郵寄方式定期收到醫療券使用紀錄。第二，研究為不同服務類別設立合理的使用上限，避免額度過度集中於單一項目。第三，把醫療券與地區康健中心等基層醫療設施更緊密地結合，鼓勵長者定期進行身體檢查及慢性病管理。
人口老化是本港未來二十年最嚴峻的挑戰之一。醫療券只是基層醫療政策的一環，若不能與社區支援、醫護人手及公營醫療改革配合，單靠增加金額，恐怕只會事倍功半。政府在增撥資源的同時，亦應拿出更長遠的藍圖，讓長者老有所醫，而不只是手上多了一張券。
'''),
    dict(name='c-gangdao-4', section='觀點', code='faa', date='2019-03-21', artid='s00012',
         url='https://news.gangdaodaily.com.hk/pns/dailynews/web_tc/article/20190321/s00012/1553104800321',
         ogimg='https://news.gangdaodaily.com.hk/image/og_default.jpg',
         title='城市需要更多「無目的」的公共空間', kw='觀點,公共空間,城市規劃,海濱,社區',
         column='筆陣', author='梁靜宜',
         prev='從學生減壓說起', prev_no='011', next='人工智能時代的教育想像', next_no='013',
         related=['海濱長廊開放一年 市民：終於有地方散步', '公園「防瞓」扶手惹爭議', '從學生減壓說起'],
         text='''
在香港，找一個可以坐下來、不用消費、也不會被趕走的地方，並不容易。
商場有冷氣，有座椅，但座椅愈來愈少，而且大多設在食肆門口，暗示你最好買點甚麼。公園有長椅，但不少長椅中間加了扶手，防止有人躺下；球場和休憩處有開放時間，晚上十一時後便要關門。我們的城市很有效率，每一寸空間都有清楚的用途，唯獨缺少那些「沒有目的」的地方。
所謂「無目的」的公共空間，是指那些不需要理由便可以逗留的地方。人們在那裏可以坐着發呆、看書、聊天，甚至甚麼都不做。城市研究者常說，一個好的公共空間，不在於設計得多漂亮，而在於有多少人願意停留。
#b 停留的價值
停留看似沒有生產力，卻是社區關係形成的起點。街坊在樓下的長椅上碰面，由點頭之交變成互相照應的鄰居；長者在公園裏下棋，建立起一個不需要組織的社交網絡；年輕人在海濱坐一個下午，找到在狹小居所裏得不到的喘息空間。這些看似零碎的互動，正是一個城市韌性的來源。
近年，部分海濱長廊開放後，吸引了大量市民在傍晚散步、跑步和野餐。不少人說，那是他們第一次覺得香港有屬於自己的「後花園」。這說明市民對公共空間的渴求一直存在，只是過去供應太少。
#b 管理思維需要改變
然而，開放之後的管理同樣重要。一些新開放的公共空間，很快便貼滿了「不准踏單車」「不准玩球」「不准餵飼動物」的告示。當然，管理者要考慮安全和衞生，但若規則過多，公共空間便會變成另一個需要「守規矩」的場所，失去了讓人自在的意義。
外國不少城市採用「共同管理」的模式，讓附近居民和團體參與公共空間的規劃和日常管理，例如決定擺放甚麼設施、舉辦甚麼活動。這種做法不但能令空間更貼近使用者的需要，也能培養居民對社區的歸屬感。
香港地少人多，要大規模增加公共空間並不容易。但在重建舊區、規劃新發展區時，政府可以預留更多不設商業用途的休憩空間；在管理現有公園和廣場時，亦可以多一點彈性和信任。
一個城市是否宜居，不只看樓價和收入，也要看市民在工作以外，有沒有一個可以安心停留的地方。
-- 文：梁靜宜
-- 作者為香港城市大學公共政策學系副教授
'''),
]


def make_gangdao():
    for a in GANGDAO:
        a['items'] = body(a['text'])
        a['desc'] = first_text(a['items'], 100)
        emit(a['name'], url=a['url'], charset='', encoding='big5hkscs', page=gangdao_page(a),
             title=a['title'], author=a['author'], published=a['date'], lines=gold_lines(a['items']))


# ---------------------------------------------------------------------------
# 7. c-zhongzhi: CNKI-like journal database, UTF-8. Page 1 is the detail page
#    (abstract and metadata only: no essay); pages 2 and 3 are HTML reading pages.
# ---------------------------------------------------------------------------

ZZ_HEADER = '''<div class="header">
  <div class="header-inner">
    <a class="logo" href="https://www.zhongzhiwang.net/"><img src="https://piccache.zhongzhiwang.net/kdn/index/kns8/nimages/logo.png" alt="中知网"></a>
    <ul class="topnav"><li><a href="https://www.zhongzhiwang.net/">首页</a></li><li><a href="https://navi.zhongzhiwang.net/knavi/journals/index">学术期刊</a></li><li><a href="https://kns.zhongzhiwang.net/kns8s/defaultresult/index?classid=LSTPFY1C">学位论文</a></li><li><a href="https://kns.zhongzhiwang.net/kns8s/defaultresult/index?classid=JUP3MUPD">会议</a></li><li><a href="https://kns.zhongzhiwang.net/kns8s/defaultresult/index?classid=MPMFIG1A">报纸</a></li><li><a href="https://kns.zhongzhiwang.net/kns8s/defaultresult/index?classid=HHCPM1F8">年鉴</a></li></ul>
    <div class="user"><a href="https://login.zhongzhiwang.net/login/?platform=kns">个人登录</a><a href="https://login.zhongzhiwang.net/login/?platform=kns&amp;type=org">机构登录</a><a href="https://my.zhongzhiwang.net/recharge">充值中心</a></div>
  </div>
  <div class="search-box"><select><option>主题</option><option>篇关摘</option><option>篇名</option><option>关键词</option><option>作者</option><option>作者单位</option></select><input type="text" placeholder="中文文献、外文文献"><button>检索</button><a href="https://kns.zhongzhiwang.net/kns8s/AdvSearch">高级检索</a></div>
</div>'''

ZZ_FOOTER = '''<div class="footer">
  <ul><li><a href="https://www.zhongzhiwang.net/about/">关于我们</a></li><li><a href="https://www.zhongzhiwang.net/contact/">联系我们</a></li><li><a href="https://help.zhongzhiwang.net/">帮助中心</a></li><li><a href="https://www.zhongzhiwang.net/copyright/">版权声明</a></li><li><a href="https://www.zhongzhiwang.net/privacy/">隐私政策</a></li></ul>
  <p>&copy; 1998-2021 中知网（ZZNET）版权所有　<a href="https://beian.miit.gov.cn/" target="_blank">京ICP证040431号</a>　京公网安备11010802020460号　出版物经营许可证 新出发京批字第直0595号</p>
  <p>服务热线：400-810-9888　在线咨询：help.zhongzhiwang.net</p>
</div>'''


def zz_detail_page(a):
    authors = ''.join('<span><a href="https://kns.zhongzhiwang.net/kcms/detail/knetsearch.aspx?sfield=au&amp;skey=%s" target="_blank">%s<sup>%s</sup></a></span>'
                      % (urllib.parse.quote(n), n, s) for n, s in a['authors'])
    orgs = ''.join('<span><a class="author" href="https://kns.zhongzhiwang.net/kcms/detail/knetsearch.aspx?sfield=in&amp;skey=%s" target="_blank">%d.%s</a></span>'
                   % (urllib.parse.quote(o), i + 1, o) for i, o in enumerate(a['orgs']))
    kws = ''.join('<a href="https://kns.zhongzhiwang.net/kcms/detail/knetsearch.aspx?sfield=kw&amp;skey=%s" target="_blank">%s;</a>'
                  % (urllib.parse.quote(k), k) for k in a['kw'])
    sims = ''.join('<li><a href="https://kns.zhongzhiwang.net/kcms/detail/detail.aspx?dbcode=CJFD&amp;filename=%s" target="_blank">%s</a><span>[J]. %s</span></li>'
                   % (f, t, j) for t, j, f in a['similar'])
    refs = ''.join('<li>[%d] %s</li>' % (i + 1, r) for i, r in enumerate(a['refs']))
    return '''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<title>{title} - 中知网</title>
<meta name="keywords" content="{kws_plain}" />
<meta name="description" content="{abstract}" />
<link rel="stylesheet" href="https://piccache.zhongzhiwang.net/kdn/kcms8/detail/css/detail.min.css?v=2.7.1">
<script src="https://piccache.zhongzhiwang.net/kdn/kcms8/detail/js/jquery-1.12.4.min.js"></script>
<script>var DbCode = "CJFD"; var DbName = "{dbname}"; var FileName = "{filename}"; var vl = "";</script>
</head>
<body>
{header}
<div class="wrapper">
  <div class="top-tip"><span><a href="https://navi.zhongzhiwang.net/knavi/journals/{jcode}/detail" target="_blank">{journal}</a>. {year},({issue})&nbsp;&nbsp;&nbsp;&nbsp;</span><div class="top-tip-badges"><a class="type">北大核心</a><a class="type">CSSCI</a></div></div>
  <div class="doc">
    <div class="doc-top">
      <div class="brief">
        <div class="wx-tit">
          <h1>{title}</h1>
          <h3 id="authorpart">{authors}</h3>
          <h3>{orgs}</h3>
        </div>
        <div class="row"><span class="rowtit">摘要：</span><span class="abstract-text" id="ChDivSummary">{abstract}</span></div>
        <div class="row"><span class="rowtit">关键词：</span><p class="keywords">{kws}</p></div>
        <div class="row"><span class="rowtit">基金资助：</span><p class="funds"><span><a href="javascript:void(0)">{fund}</a></span></p></div>
        <ul class="info-list clearfix">
          <li class="top-space"><span class="rowtit">DOI：</span><p>{doi}</p></li>
          <li class="top-space"><span class="rowtit">专辑：</span><p>{zhuanji}</p></li>
          <li class="top-space"><span class="rowtit">专题：</span><p>{zhuanti}</p></li>
          <li class="top-space"><span class="rowtit">分类号：</span><p>{clc}</p></li>
        </ul>
        <div class="total-inform"><span>下载：<b>{downloads}</b></span><span>页码：{pages}</span><span>页数：{npages}</span><span>大小：{size}</span></div>
      </div>
      <div class="operate-btn">
        <ul>
          <li class="btn-dlpdf"><a id="pdfDown" href="https://kns.zhongzhiwang.net/download?filename={filename}&amp;dflag=pdfdown" target="_blank"><i></i>PDF下载</a></li>
          <li class="btn-dlcaj"><a id="cajDown" href="https://kns.zhongzhiwang.net/download?filename={filename}&amp;dflag=nhdown" target="_blank"><i></i>CAJ下载</a></li>
          <li class="btn-html"><a href="https://kns.zhongzhiwang.net/KXReader/Detail?dbcode=CJFD&amp;filename={filename}" target="_blank"><i></i>HTML阅读</a></li>
          <li class="btn-online"><a href="https://kns.zhongzhiwang.net/reader/flowpdf?filename={filename}" target="_blank"><i></i>在线阅读</a></li>
          <li class="btn-ai"><a href="javascript:void(0)"><i></i>AI辅助阅读</a></li>
        </ul>
        <div class="tool"><a href="javascript:void(0)">引用</a><a href="javascript:void(0)">收藏</a><a href="javascript:void(0)">分享</a><a href="javascript:void(0)">打印</a><a href="javascript:void(0)">创作</a></div>
      </div>
    </div>
    <div class="doc-bottom">
      <div class="tab-nav"><a class="cur">参考文献</a><a>引证文献</a><a>相似文献</a><a>读者推荐</a></div>
      <div class="essayBox"><div class="dbTitle">参考文献 <b>[{nrefs}]</b></div><ul class="ebBd">{refs}</ul></div>
      <div class="essayBox"><div class="dbTitle">相似文献</div><ul class="ebBd">{sims}</ul></div>
    </div>
  </div>
</div>
{footer}
<script src="https://piccache.zhongzhiwang.net/kdn/kcms8/detail/js/min/detail.min.js?v=2.7.1"></script>
</body>
</html>
'''.format(title=a['title'], kws_plain=attr(','.join(a['kw'])), abstract=a['abstract'], dbname=a['dbname'],
           filename=a['filename'], header=ZZ_HEADER, jcode=a['jcode'], journal=a['journal'], year=a['year'],
           issue=a['issue'], authors=authors, orgs=orgs, kws=kws, fund=a['fund'], doi=a['doi'], zhuanji=a['zhuanji'],
           zhuanti=a['zhuanti'], clc=a['clc'], downloads=a['downloads'], pages=a['pages'], npages=a['npages'],
           size=a['size'], nrefs=len(a['refs']), refs=refs, sims=sims, footer=ZZ_FOOTER)


def zz_reader_page(a):
    toc = []
    parts = []
    sec = 0
    for it in a['items']:
        k = it[0]
        if k == 'h3':
            sec += 1
            toc.append('<li class="lv1"><a href="#sec%d">%s</a></li>' % (sec, it[1]))
            parts.append('<h3 class="h3" id="sec%d">%s</h3>' % (sec, it[1]))
        elif k == 'hb':
            sec += 1
            toc.append('<li class="lv2"><a href="#sec%d">%s</a></li>' % (sec, it[1]))
            parts.append('<h4 class="h4" id="sec%d">%s</h4>' % (sec, it[1]))
        elif k == 'p':
            parts.append('<div class="p1"><p>%s</p></div>' % it[1])
    authors = ' '.join('<a href="https://kns.zhongzhiwang.net/kcms/detail/knetsearch.aspx?sfield=au&amp;skey=%s" target="_blank">%s</a>'
                       % (urllib.parse.quote(n), n) for n in a['author_names'])
    refs = ''.join('<p class="ref"><a id="ref%d"></a>[%d] %s</p>' % (i + 1, i + 1, r) for i, r in enumerate(a['refs']))
    kws = '；'.join(a['kw'])
    return '''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - 中知网HTML阅读</title>
<meta name="keywords" content="{kw_attr}">
<meta name="description" content="{abstract_attr}">
<meta name="citation_title" content="{title}">
{cit_authors}
<meta name="citation_journal_title" content="{journal}">
<meta name="citation_publication_date" content="{year}/{issue}">
<link rel="stylesheet" href="https://piccache.zhongzhiwang.net/kdn/kxreader/css/reader.min.css?v=3.1.0">
<script src="https://piccache.zhongzhiwang.net/kdn/kxreader/js/jquery.min.js"></script>
<script>var readerConfig = {{ fileName: "{filename}", dbCode: "CJFD", pageCount: {npages}, free: false }};</script>
</head>
<body class="reader">
{header}
<div class="reader-toolbar">
  <div class="tb-left"><a class="tb-btn" href="https://kns.zhongzhiwang.net/kcms/detail/detail.aspx?dbcode=CJFD&amp;filename={filename}">返回详情页</a><a class="tb-btn" href="https://kns.zhongzhiwang.net/download?filename={filename}&amp;dflag=pdfdown">下载PDF</a><a class="tb-btn" href="https://kns.zhongzhiwang.net/download?filename={filename}&amp;dflag=nhdown">下载CAJ</a></div>
  <div class="tb-right"><span>字号</span><a href="javascript:void(0)">A-</a><a href="javascript:void(0)">A+</a><a href="javascript:void(0)" class="tb-btn">引用</a><a href="javascript:void(0)" class="tb-btn">笔记</a><a href="javascript:void(0)" class="tb-btn">划词翻译</a></div>
</div>
<div class="reader-main">
  <div class="catalog" id="catalog">
    <div class="catalog-title">文章目录</div>
    <ul>{toc}<li class="lv1"><a href="#refs">参考文献</a></li></ul>
  </div>
  <div class="content" id="mainArea">
    <div class="journal-info"><a href="https://navi.zhongzhiwang.net/knavi/journals/{jcode}/detail">{journal_full}</a>　{year}年第{issue_n}期　第{pages}页</div>
    <h1 class="title">{title}</h1>
    <div class="authors">{authors}</div>
    <div class="orgs">{orgs}</div>
    <div class="summary"><b>摘　要：</b>{abstract}</div>
    <div class="keywords"><b>关键词：</b>{kws}</div>
    <div class="fund"><b>基金：</b>{fund}</div>
    <div class="clc"><b>中图分类号：</b>{clc}　<b>文献标识码：</b>A　<b>文章编号：</b>{artno}</div>
    <div class="received"><b>收稿日期：</b>{received}</div>
    <div class="main-body">
{body}
    </div>
    <div class="references" id="refs">
      <h3 class="h3">参考文献</h3>
{refs}
    </div>
    <div class="author-intro"><b>作者简介：</b>{intro}</div>
  </div>
  <div class="reader-side">
    <div class="side-box"><h4>相关推荐</h4><ul>{related}</ul></div>
    <div class="side-box"><a href="https://www.zhongzhiwang.net/app" target="_blank"><img src="https://piccache.zhongzhiwang.net/kdn/kxreader/images/app_qr.png" alt="">扫码下载中知网App</a></div>
  </div>
</div>
{footer}
<script src="https://piccache.zhongzhiwang.net/kdn/kxreader/js/reader.min.js?v=3.1.0"></script>
</body>
</html>
'''.format(title=a['title'], kw_attr=attr(','.join(a['kw'])), abstract_attr=attr(a['abstract']),
           cit_authors='\n'.join('<meta name="citation_author" content="%s">' % n for n in a['author_names']),
           journal=a['journal'], journal_full='《%s》' % a['journal'], year=a['year'], issue=a['issue'],
           issue_n=int(a['issue']), filename=a['filename'], npages=a['npages'], header=ZZ_HEADER,
           toc=''.join(toc), jcode=a['jcode'], pages=a['pages'], authors=authors,
           orgs='；'.join(a['orgs']), abstract=a['abstract'], kws=kws, fund=a['fund'], clc=a['clc'],
           artno=a['artno'], received=a['received'], body='\n'.join(parts), refs=refs, intro=a['intro'],
           related=''.join('<li><a href="javascript:void(0)">%s</a></li>' % t for t in a['related']), footer=ZZ_FOOTER)


ZZ_DETAIL = dict(
    name='c-zhongzhi-1', url='https://kns.zhongzhiwang.net/kcms/detail/detail.aspx?dbcode=CJFD&dbname=CJFDLAST2021&filename=TSLS202103012',
    title='社区图书馆志愿服务的激励机制研究——基于长三角地区12个社区的调查', dbname='CJFDLAST2021', filename='TSLS202103012',
    journal='图书馆理论与服务', jcode='TSLS', year='2021', issue='03',
    authors=[('孙悦然', '1'), ('郑启明', '1,2'), ('方晓', '3')],
    orgs=['华东文理大学公共管理学院', '华东文理大学图书馆', '临安市图书馆'],
    abstract='志愿服务是社区图书馆弥补人力不足、拓展服务内容的重要途径。本文基于对长三角地区12个社区图书馆的问卷调查和深度访谈，从需求满足、组织支持和社会认同三个维度分析志愿者参与的激励因素。研究发现，志愿者的持续参与更多地受到成长机会和归属感的影响，物质激励的作用相对有限；而服务内容单一、培训不足和反馈缺位是导致志愿者流失的主要原因。据此，本文提出构建分层分类的志愿岗位体系、完善培训与认证机制、建立多元化的荣誉激励制度等建议。',
    kw=['社区图书馆', '志愿服务', '激励机制', '公共文化服务', '长三角'],
    fund='国家社会科学基金青年项目“基层公共文化服务志愿者队伍建设研究”（19CTQ027）',
    doi='10.13266/j.issn.1672-0000.2021.03.012', zhuanji='电子技术及信息科学', zhuanti='图书情报与数字图书馆',
    clc='G258.2', downloads='326', pages='68-74', npages='7', size='1156K',
    refs=['周晓岚. 公共图书馆志愿服务的现状与对策[J]. 图书馆工作研究, 2018(6): 33-38.',
          '王力行. 志愿者动机的多维结构与测量[J]. 社会服务评论, 2017(2): 51-60.',
          '陈思远. 社区公共文化空间的治理逻辑[M]. 上海: 东方学林出版社, 2019.',
          '刘敏, 何一帆. 基层图书馆人力资源困境与出路[J]. 图书馆理论与服务, 2019(11): 20-25.',
          '赵冉. 志愿服务中的荣誉激励及其效果[J]. 公益研究, 2020(4): 77-85.'],
    similar=[('公共图书馆志愿者管理模式比较研究', '图书馆工作研究. 2019', 'TSGZ201905007'),
             ('大学生参与社区图书馆志愿服务的动机分析', '高校图书馆学刊. 2020', 'GXTS202002011'),
             ('社区图书馆服务效能评价指标体系构建', '图书馆理论与服务. 2020', 'TSLS202009004'),
             ('基层公共文化服务志愿者队伍建设的困境与路径', '文化发展研究. 2021', 'WHFZ202101015')],
)

ZZ_READERS = [
    dict(name='c-zhongzhi-2', url='https://kns.zhongzhiwang.net/KXReader/Detail?dbcode=CJFD&filename=WHFZ202103008', charset='utf-8',
         title='乡村振兴背景下村史馆的功能定位与建设路径', filename='WHFZ202103008', journal='文化发展研究', jcode='WHFZ',
         year='2021', issue='03', pages='52-58', npages='7', artno='1008-0000(2021)03-0052-07', received='2020-11-16',
         author_names=['李文斌', '王清'], orgs=['江淮大学社会学院', '江淮大学乡村振兴研究院'],
         abstract='村史馆是乡村公共文化服务体系的重要组成部分。本文在梳理村史馆记忆保存、文化教育和社区凝聚三重功能的基础上，结合对中部地区若干村史馆的实地调研，指出当前村史馆建设中存在村民参与不足、展陈内容同质化和运营机制缺位等问题，并从坚持村民主体、挖掘地方特色、健全运营机制三个方面提出建设路径。',
         kw=['乡村振兴', '村史馆', '乡村记忆', '公共文化服务'],
         fund='江淮省哲学社会科学规划项目“乡村公共文化空间的再造研究”（AHSK2019D041）', clc='G127',
         intro='李文斌（1978—），男，江淮大学社会学院副教授，博士，研究方向为乡村社会学；王清（1993—），女，江淮大学社会学院硕士研究生。',
         refs=['周晓岚. 乡村公共文化空间的再生产[J]. 乡土文化评论, 2019(4): 45-53.',
               '孙立平. 城镇化进程中的乡村文化变迁[M]. 北京: 东方学林出版社, 2017.',
               '陈默. 乡村记忆工程的实践与反思[J]. 文化发展研究, 2020(2): 30-36.',
               '黄一鸣, 许静. 村史馆建设的地方经验[J]. 乡村治理, 2020(8): 12-17.',
               '刘晓春. 口述史方法在乡村文化研究中的运用[J]. 民俗学刊, 2018(5): 66-74.'],
         related=['乡村公共文化空间的再生产', '乡村记忆工程的实践与反思', '村史馆建设的地方经验', '新时代乡村文化振兴的路径选择'],
         text='''
### 一、问题的提出
村史馆是以村庄为单位，系统收集、整理和展示村落历史沿革、生产生活、民俗文化和人物事迹的公共文化设施。近年来，随着乡村振兴战略的深入实施，各地村史馆建设数量迅速增长，成为乡村公共文化服务体系的重要组成部分。据不完全统计，仅在东部某省，已建成的村史馆就超过两千家。
然而，在数量快速增长的同时，村史馆建设也暴露出一些值得关注的问题：部分村史馆建成后长期闭馆，沦为“摆设”；一些村史馆内容同质化严重，“千馆一面”；还有的村史馆重建设、轻运营，缺乏持续的资金和人员保障。这些问题的存在，根源在于对村史馆的功能定位认识不清。本文在梳理村史馆功能的基础上，结合对中部地区若干村史馆的实地调研，分析其建设中存在的问题，并提出相应的建设路径。
本研究的资料主要来自2019年至2020年间课题组在中部两省六个县开展的实地调研。调研共走访村史馆二十三家，访谈乡镇干部、村干部、村史馆管理人员和普通村民共八十余人，并收集了部分村史馆的建设方案、展陈大纲和参观登记资料。在选择调研对象时，我们兼顾了不同经济发展水平和不同建设年代的村庄，以尽可能反映村史馆建设的整体面貌。
### 二、村史馆的功能定位
#b （一）记忆保存功能
村史馆首先是乡村记忆的“储存器”。在城镇化进程中，大量传统村落发生了深刻变化，一些老物件、老照片、老手艺正在快速消失。村史馆通过实物征集、口述访谈、影像记录等方式，将散落在村民手中的历史资料集中保存起来，为乡村留下了可以追溯的“根”。
#b （二）文化教育功能
村史馆是开展乡土教育的重要场所。对于在村庄中成长的青少年而言，村史馆所展示的家族迁徙、先贤事迹和村规民约，是课本中难以获得的乡土知识。许多地方将村史馆作为中小学生的社会实践基地，使其在潜移默化中增强对家乡的认同感。
#b （三）社区凝聚功能
村史馆还是村民公共生活的空间。在调研中我们发现，运营较好的村史馆往往同时承担着村民议事、节庆活动和文化展演等功能。外出务工人员返乡时，也常常到村史馆参观，寻找共同的记忆。村史馆由此成为联结在村村民与外出村民的情感纽带。
### 三、当前村史馆建设中存在的问题
#b （一）建设主体单一，村民参与不足
多数村史馆由乡镇政府或村“两委”主导建设，展陈内容往往由外聘的设计公司完成，村民更多是被动的“观众”，而不是主动的“讲述者”。在一个村史馆的访谈中，一位老人告诉我们，馆里展出的老照片中有他年轻时参加修水库的场景，但直到开馆那天他才知道这些照片被拿去展览，“也没人来问问当时是怎么回事”。
#b （二）展陈内容同质化
不少村史馆照搬统一模板，展品以农具和生活器具为主，展板内容多为村庄概况、发展成就和荣誉称号的罗列，缺少能够体现本村特色的内容。我们调研的二十三家村史馆中，有十七家的展陈结构基本相同，参观者很难从中看出这个村与邻村有什么不同。
#b （三）运营机制缺位
村史馆建成后缺少专人管理，开放时间不固定，日常维护经费没有着落，部分展品因保管不善而损坏。有的村史馆平时大门紧锁，只有在上级检查或接待参观时才临时开门，钥匙由村干部保管，村民想进去看看也不方便。
### 四、推进村史馆建设的路径
#b （一）坚持村民主体，讲好“自己的故事”
村史馆的内容应当来自村民、服务村民。可以通过组织老人讲村史、家家捐老物件、青年人参与记录等方式，让村民成为村史的书写者。在调研的一个村庄中，村史馆的大部分展品是村民自愿捐赠的，每件展品旁都附有捐赠者的讲述，参观者反响热烈。
#b （二）挖掘地方特色，避免“千馆一面”
每个村庄都有独特的历史和文化。村史馆建设应在充分调研的基础上，提炼本村最具代表性的文化元素，如特色产业、传统技艺、重要人物或历史事件，形成有辨识度的主题。
#b （三）健全运营机制，实现可持续发展
可将村史馆纳入县级公共文化服务体系，由县级文化馆、图书馆提供业务指导；探索“村史馆＋”模式，将其与乡村旅游、研学教育、非遗展示等相结合，增强自我造血能力；同时，建立村史馆管理员制度，从本村热心公益的老党员、退休教师中选聘管理人员。
### 五、结语
村史馆不仅是陈列过去的场所，更是连接乡村过去、现在与未来的文化空间。只有准确把握其功能定位，坚持村民主体地位，健全长效运营机制，村史馆才能真正“活”起来，在乡村文化振兴中发挥应有的作用。
'''),
    dict(name='c-zhongzhi-3', url='https://kns.zhongzhiwang.net/KXReader/Detail?dbcode=CJFD&filename=TQYJ202011005', charset='',
         title='数字阅读环境下大学生深度阅读能力的培养', filename='TQYJ202011005', journal='图书情报研究', jcode='TQYJ',
         year='2020', issue='11', pages='31-36', npages='6', artno='1009-0000(2020)11-0031-06', received='2020-07-02',
         author_names=['赵明远'], orgs=['东海师范大学图书馆'],
         abstract='数字阅读在为大学生获取信息带来便利的同时，也导致了阅读的碎片化和浅表化。本文分析了数字阅读环境对大学生深度阅读的影响，认为注意力分散、阅读方式改变和阅读内容同质化是深度阅读能力弱化的主要原因，并从营造沉浸式阅读空间、开展经典阅读推广、将深度阅读融入课程教学和提升数字素养四个方面提出培养策略。',
         kw=['数字阅读', '深度阅读', '大学生', '高校图书馆', '阅读推广'],
         fund='东海师范大学教育教学改革研究项目（JG2019-117）', clc='G252.17',
         intro='赵明远（1985—），男，东海师范大学图书馆馆员，硕士，研究方向为阅读推广与信息素养教育。',
         refs=['方卓. 移动互联网时代的浅阅读现象研究[J]. 新闻与传播评论, 2018(3): 88-95.',
               '何清. 深度阅读的认知机制[M]. 南京: 江东教育出版社, 2016.',
               '杨帆, 周佳. 高校图书馆阅读推广的实践与思考[J]. 图书情报研究, 2019(7): 40-45.',
               '李晨. 信息茧房与算法推荐[J]. 传媒观察, 2020(1): 15-21.'],
         related=['高校图书馆阅读推广的实践与思考', '移动互联网时代的浅阅读现象研究', '大学生阅读行为调查报告（2019）', '经典阅读与通识教育'],
         text='''
### 一、引言
随着智能手机和移动互联网的普及，数字阅读已经成为大学生获取信息的主要方式。与纸质阅读相比，数字阅读具有便捷、即时、海量的特点，但也带来了碎片化、浅表化的问题。越来越多的研究者注意到，大学生“读得多、读得浅”的现象日益突出，深度阅读能力面临弱化的风险。
深度阅读是指读者在较长时间内保持专注，对文本进行理解、分析、评价和反思的阅读过程。它不仅是获取知识的途径，更是培养批判性思维和独立思考能力的重要方式。在数字阅读环境下，如何帮助大学生重建深度阅读的习惯和能力，是高校图书馆和教育工作者需要共同面对的课题。
### 二、数字阅读环境对深度阅读的影响
#b （一）注意力的分散
数字设备集阅读、社交、娱乐等多种功能于一体，频繁弹出的消息通知不断打断阅读过程。笔者对本校三百余名本科生的问卷调查显示，超过七成的学生在使用手机阅读时会在十分钟内切换到其他应用，能够连续阅读半小时以上的学生不足两成。
#b （二）阅读方式的改变
网页和移动端的文本多采用短段落、大标题、配图丰富的呈现方式，读者习惯于“扫描式”阅读，快速浏览关键词和标题，而较少逐字逐句地精读。这种阅读方式适合获取信息，却不利于理解结构复杂、论证严密的长篇文本。
#b （三）阅读内容的同质化
推荐算法根据用户的浏览记录推送内容，在提高阅读效率的同时，也容易使读者陷入“信息茧房”，接触的观点和题材越来越单一，缺少与不同思想碰撞的机会。
### 三、培养大学生深度阅读能力的策略
#b （一）营造沉浸式阅读空间
高校图书馆可以设置“静读区”“无手机阅读角”等专门空间，通过环境设计减少外界干扰，为学生提供专注阅读的条件。有条件的图书馆还可以延长夜间开放时间，满足学生在安静时段集中阅读的需求。
#b （二）开展经典阅读推广活动
以经典著作为核心，组织读书会、共读计划和阅读分享会，引导学生围绕一本书进行持续数周的阅读和讨论。实践表明，有同伴陪伴和教师引导的共读活动，能够有效延长学生的阅读时长，提高阅读的深度。
#b （三）将深度阅读融入课程教学
深度阅读能力的培养不能只靠图书馆的活动，更需要融入日常教学。教师可以在课程中布置整本书阅读任务，要求学生撰写读书报告或参与课堂研讨，把阅读从“课外”引入“课内”。
#b （四）提升数字素养
数字阅读本身并不是深度阅读的对立面。图书馆应开设数字素养课程，指导学生合理使用数字工具，例如利用电子书的批注功能做读书笔记、使用专注类应用管理阅读时间、学会辨别和筛选高质量的数字资源，从而让数字技术成为深度阅读的助力。
### 四、结语
在数字阅读时代，深度阅读能力的培养既是挑战，也是机遇。高校图书馆应当主动适应读者阅读方式的变化，在空间、资源、活动和课程等方面协同发力，帮助大学生在海量信息中保持专注和思考，真正做到“读得进、读得懂、读得深”。
'''),
]


def make_zhongzhi():
    a = ZZ_DETAIL
    emit(a['name'], url=a['url'], charset='utf-8', encoding='utf-8', page=zz_detail_page(a), listing=True)
    for a in ZZ_READERS:
        a['items'] = body(a['text'])
        emit(a['name'], url=a['url'], charset=a['charset'], encoding='utf-8', page=zz_reader_page(a),
             title=a['title'], author=' '.join(a['author_names']), published='%s-%s' % (a['year'], a['issue']),
             lines=gold_lines(a['items']))


# ---------------------------------------------------------------------------
# 8. c-dushi: a city portal's pages that are not essays (all `kind: listing`),
#    GB2312 label, GBK bytes
# ---------------------------------------------------------------------------

DUSHI_CHANNELS = [('新闻', 'news'), ('财经', 'finance'), ('房产', 'house'), ('汽车', 'auto'), ('教育', 'edu'),
                  ('健康', 'health'), ('旅游', 'travel'), ('美食', 'food'), ('图片', 'pic'), ('视频', 'v'), ('论坛', 'bbs')]

DUSHI_HOT = ['地铁5号线南延段开通时间确定', '本周末全市气温回升 最高将达22℃', '城南樱花进入盛花期 赏花攻略来了',
             '全市中小学春季开学安排公布', '老旧小区加装电梯 今年计划完成300台', '新一批人才公寓开始申请',
             '市民热线：小区停车难如何破解', '这家开了三十年的老面馆要搬家了', '高铁新城规划公示 将建三所学校',
             '清明节期间祭扫预约通道开启']


def dushi_shell(title, kw, desc, main, side, canonical, extra_head=''):
    nav = ''.join('<li><a href="http://%s.dushiol.cn/" target="_blank">%s</a></li>' % (h, t) for t, h in DUSHI_CHANNELS)
    return '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title}</title>
<meta name="keywords" content="{kw}" />
<meta name="description" content="{desc}" />
<link rel="canonical" href="{canonical}" />
<link rel="stylesheet" type="text/css" href="http://www.dushiol.cn/css/global_2019.css" />
<link rel="stylesheet" type="text/css" href="http://www.dushiol.cn/css/list_2019.css" />
<script type="text/javascript" src="http://www.dushiol.cn/js/jquery-1.7.2.min.js"></script>
{extra_head}
</head>
<body>
<div id="topbar"><div class="w1000"><span class="fl">都市在线 &middot; 城市生活门户</span><span class="fr"><a href="http://passport.dushiol.cn/login.php">登录</a> | <a href="http://passport.dushiol.cn/reg.php">注册</a> | <a href="http://m.dushiol.cn/">手机版</a> | <a href="http://www.dushiol.cn/app/">客户端</a></span></div></div>
<div id="header" class="w1000"><a class="logo" href="http://www.dushiol.cn/"><img src="http://www.dushiol.cn/images/logo_2019.png" alt="都市在线" /></a>
<div class="hsearch"><form action="http://search.dushiol.cn/search" method="get" accept-charset="gbk"><input type="text" name="q" class="ipt" value="" /><input type="submit" class="btn" value="搜索" /></form></div></div>
<div id="nav" class="w1000"><ul><li class="home"><a href="http://www.dushiol.cn/">首页</a></li>{nav}</ul></div>
<div class="w1000 ad_banner"><a href="http://ad.dushiol.cn/click.php?id=1187" target="_blank"><img src="http://ad.dushiol.cn/upload/2021/1187_1000x80.jpg" width="1000" height="80" alt="" /></a></div>
<div id="container" class="w1000">
<div id="main">
{main}
</div>
<div id="side">
{side}
</div>
</div>
<div id="footer">
<p><a href="http://www.dushiol.cn/about/">关于我们</a> | <a href="http://www.dushiol.cn/about/ad.html">广告服务</a> | <a href="http://www.dushiol.cn/about/contact.html">联系我们</a> | <a href="http://www.dushiol.cn/about/map.html">网站地图</a> | <a href="http://www.dushiol.cn/about/copyright.html">版权声明</a> | <a href="http://www.dushiol.cn/about/jubao.html">违法和不良信息举报</a></p>
<p>Copyright &copy; 2003-2021 www.dushiol.cn All Rights Reserved. 都市在线 版权所有</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">苏ICP备09031225号</a>　苏公网安备 32050202000871号　增值电信业务经营许可证：苏B2-20090188　互联网新闻信息服务许可证：32120190011</p>
</div>
<script type="text/javascript" src="http://www.dushiol.cn/js/global.js"></script>
<script type="text/javascript">var _hmt = _hmt || []; (function() {{ var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); }})();</script>
</body>
</html>
'''.format(title=title, kw=kw, desc=attr(desc), canonical=canonical, extra_head=extra_head, nav=nav, main=main, side=side)


def dushi_hot_box(title='热门文章', n=10):
    return '<div class="sbox"><h3>%s</h3><ol>%s</ol></div>' % (title, ''.join(
        '<li><em>%d</em><a href="http://news.dushiol.cn/2021/03%02d/content_33%05d.shtml" target="_blank">%s</a></li>'
        % (i + 1, 1 + i * 2, 41000 + 377 * i, t) for i, t in enumerate(DUSHI_HOT[:n])))


DUSHI_SEARCH = [
    ('垃圾分类新规实施满一年 居民投放准确率明显提升', '记者从市城管局了解到，新规实施一年来，全市居民小区生活垃圾分类投放准确率已超过八成。', '2021-03-02', '新闻'),
    ('小区垃圾分类“积分兑换”受欢迎 一瓶洗洁精激发参与热情', '在城东一个老小区，居民每次正确投放都能攒积分，积分可以在楼下的便民点兑换日用品。', '2021-02-25', '新闻'),
    ('垃圾分类督导员：每天早晚守在桶边的人', '早上七点到九点、晚上六点到八点，是督导员老周最忙的时候。', '2021-02-19', '新闻'),
    ('厨余垃圾怎么分？一张图看懂', '骨头算不算厨余？奶茶杯该怎么扔？这份图解告诉你答案。', '2021-02-10', '新闻'),
    ('我市启动垃圾分类进校园活动 中小学生当起“小小宣传员”', '活动将覆盖全市两百余所中小学，通过课堂教学和社会实践普及分类知识。', '2021-01-28', '教育'),
    ('两会代表建议：垃圾分类应更注重源头减量', '有代表提出，应从快递包装、外卖餐盒等方面入手，减少一次性用品的使用。', '2021-01-22', '新闻'),
    ('定时定点投放引争议 上班族：回家太晚赶不上', '部分居民反映投放时间与下班时间冲突，街道表示将研究设立延时投放点。', '2021-01-15', '新闻'),
    ('垃圾分类处理中心探访：一袋厨余垃圾的“旅行”', '从小区的收集桶到处理中心的发酵罐，厨余垃圾最终变成了有机肥。', '2021-01-08', '新闻'),
    ('物业公司不履行分类责任 被罚款两万元', '执法人员检查发现，该小区垃圾桶混装混运问题突出，物业公司多次整改不到位。', '2020-12-30', '新闻'),
    ('农村垃圾分类试点扩大至三十个行政村', '试点村采取“户分类、村收集、镇转运”的模式，由保洁员上门收集。', '2020-12-21', '新闻'),
    ('垃圾分类智能回收箱进社区 扫码投放可领红包', '智能回收箱可以自动称重，居民投放可回收物后即可获得相应的奖励。', '2020-12-14', '财经'),
    ('专家解读：垃圾分类为何要“干湿分开”', '干湿分开是分类的关键一步，厨余垃圾混入其他垃圾会大大增加处理难度。', '2020-12-07', '新闻'),
    ('有害垃圾有哪些？过期药品、废电池别乱扔', '过期药品、废旧电池、废荧光灯管等都属于有害垃圾，需要投放到专门的收集容器。', '2020-11-30', '健康'),
    ('餐饮企业垃圾分类检查启动 后厨成重点', '此次检查重点关注餐饮单位后厨的厨余垃圾和油脂的分类收集情况。', '2020-11-23', '美食'),
    ('垃圾分类立法征求意见 拒不分类个人最高罚两百元', '草案明确了个人、单位和收运企业的分类责任，并设置了相应的处罚条款。', '2020-11-16', '新闻'),
    ('网友热议：垃圾分类后你家多了几个垃圾桶？', '有网友晒出厨房里整齐排列的四个垃圾桶，也有人吐槽空间不够用。', '2020-11-09', '论坛'),
    ('再生资源回收站点布局优化 今年新增一百个', '新增站点主要分布在新建小区和城乡接合部，方便居民就近交投可回收物。', '2020-11-02', '财经'),
    ('垃圾分类志愿者招募启动 首批五百人已上岗', '志愿者主要在投放高峰时段协助居民分类，并开展入户宣传。', '2020-10-26', '新闻'),
    ('楼道撤桶一年后 这个小区变干净了', '撤掉楼道垃圾桶之初不少居民不习惯，如今楼道里的异味和蚊虫明显减少。', '2020-10-19', '房产'),
    ('垃圾分类知识竞赛决赛举行 社区代表队夺冠', '比赛设置了必答、抢答和情景题等环节，吸引了上千名居民到场观看。', '2020-10-12', '新闻'),
]

DUSHI_TAG = [
    ('老旧小区改造启动 今年首批42个小区进场施工', '改造内容包括管网更新、外墙修缮和加装电梯等，预计年底前完工。'),
    ('改造后的老小区，停车位多了一倍', '通过拆除违建、优化道路布局，小区新增停车位一百余个。'),
    ('加装电梯“最后一公里”：低层住户的顾虑如何化解', '协调会开了五次，最终一楼住户在补偿方案上签了字。'),
    ('老旧小区改造，居民说了算', '改什么、怎么改，先由居民投票决定，再由设计单位出方案。'),
    ('一栋八十年代老楼的“逆生长”', '外墙翻新、楼道亮化、增设扶手，住了三十年的老人说像换了个地方。'),
    ('老旧小区改造中发现文物建筑 施工方案紧急调整', '施工队在拆除违建时发现一处民国时期的门楼，文物部门已介入保护。'),
    ('改造资金从哪来？政府补一点、居民出一点、企业投一点', '多元筹资模式在三个试点小区落地，居民出资比例约为一成。'),
    ('小区改造后物业费要涨？街道：将召开业主大会表决', '部分居民对物业费调整存在疑问，街道表示将严格履行程序。'),
    ('适老化改造让老人出门更方便', '坡道、扶手和休息座椅成为改造中最受老年居民欢迎的项目。'),
    ('施工扰民问题突出 市住建局发布改造工地管理规范', '规范要求午休和夜间时段禁止高噪声作业，并设立居民投诉电话。'),
    ('老旧小区里建起“口袋公园”', '一块闲置多年的空地，如今成了居民散步、孩子玩耍的好去处。'),
    ('改造后如何长效管理？这个小区选出了“楼长”', '十二位热心居民担任楼长，负责收集意见和日常巡查。'),
    ('管网改造解决了困扰居民多年的“水压低”问题', '高层住户终于不用再半夜接水了。'),
    ('老旧小区改造满意度调查结果公布', '受访居民中超过九成对改造效果表示满意，停车和绿化仍是主要诉求。'),
    ('明年老旧小区改造计划征求意见', '市民可通过热线、网站等渠道提出小区改造需求和建议。'),
]

DUSHI_GALLERY = [
    '清晨的城南公园，樱花在薄雾中次第开放。', '一位摄影爱好者蹲在花树下，寻找最合适的拍摄角度。',
    '孩子们在落满花瓣的草坪上追逐嬉戏。', '游客在樱花大道上合影留念，不少人特意穿上了汉服。',
    '湖边的一株垂枝樱倒映在水中，引来许多人驻足。', '志愿者在入口处引导游客有序入园，提醒大家不要攀折花枝。',
    '午后阳光正好，几位老人坐在长椅上赏花聊天。', '一只白头鹎停在枝头，啄食花蜜。',
    '园艺工人正在为樱花树修剪枯枝，保证游览安全。', '傍晚时分，夕阳给樱花林镀上了一层金色。',
    '夜幕降临，园内的景观灯亮起，夜樱别有一番韵味。', '市民带着宠物在花下散步，享受春日的惬意时光。',
]


def make_dushi():
    q = '垃圾分类'
    q_gbk = urllib.parse.quote(q.encode('gbk'))
    results = ''.join('''<div class="result">
<h3 class="r-title"><a href="http://%s.dushiol.cn/%s/%s/content_%d.shtml" target="_blank">%s</a></h3>
<p class="r-abs">%s</p>
<div class="r-meta"><span class="r-src">都市在线-%s频道</span><span class="r-time">%s</span></div>
</div>''' % (dict((t, h) for t, h in DUSHI_CHANNELS).get(ch, 'news'), d[:4], d[5:7] + d[8:], 3300000 + 4177 * i,
             t.replace(q, '<em>%s</em>' % q), s.replace(q, '<em>%s</em>' % q), ch, d) for i, (t, s, d, ch) in enumerate(DUSHI_SEARCH))
    main = '''<div class="search-top"><form action="http://search.dushiol.cn/search" method="get" accept-charset="gbk"><input type="text" name="q" class="s-ipt" value="%s" /><input type="submit" value="搜索" class="s-btn" /></form>
<div class="s-tabs"><a class="cur" href="javascript:void(0)">全部</a><a href="http://search.dushiol.cn/search?q=%s&amp;c=news">新闻</a><a href="http://search.dushiol.cn/search?q=%s&amp;c=pic">图片</a><a href="http://search.dushiol.cn/search?q=%s&amp;c=v">视频</a><a href="http://search.dushiol.cn/search?q=%s&amp;c=bbs">论坛</a></div>
<div class="s-sort">排序：<a class="cur" href="javascript:void(0)">按相关度</a> | <a href="http://search.dushiol.cn/search?q=%s&amp;sort=time">按时间</a></div></div>
<div class="search-info">找到相关结果约 1,286 条，用时 0.032 秒</div>
<div class="results">
%s
</div>
<div class="pages"><span class="cur">1</span><a href="http://search.dushiol.cn/search?q=%s&amp;p=2">2</a><a href="http://search.dushiol.cn/search?q=%s&amp;p=3">3</a><a href="http://search.dushiol.cn/search?q=%s&amp;p=4">4</a><a href="http://search.dushiol.cn/search?q=%s&amp;p=5">5</a><span>…</span><a href="http://search.dushiol.cn/search?q=%s&amp;p=2">下一页</a></div>''' % (
        q, q_gbk, q_gbk, q_gbk, q_gbk, q_gbk, results, q_gbk, q_gbk, q_gbk, q_gbk, q_gbk)
    side = '<div class="sbox"><h3>相关搜索</h3><ul class="rel-words">%s</ul></div>%s' % (
        ''.join('<li><a href="http://search.dushiol.cn/search?q=%s">%s</a></li>' % (urllib.parse.quote(w.encode('gbk')), w)
                for w in ['垃圾分类标准', '厨余垃圾', '垃圾分类积分', '有害垃圾', '垃圾分类处罚', '可回收物']),
        dushi_hot_box('搜索热榜'))
    url = 'http://search.dushiol.cn/search?q=' + q_gbk
    emit('c-dushi-1', url=url, charset='gb2312', encoding='gbk', listing=True,
         page=dushi_shell('%s_搜索结果_都市在线' % q, q, '都市在线搜索：%s' % q, main, side, url))

    tag_days = [datetime.date(2021, 3, 28) - datetime.timedelta(days=5 * i + i * i // 3) for i in range(len(DUSHI_TAG))]
    items = ''.join('''<div class="tag-item">
<h2><a href="http://news.dushiol.cn/%s/content_%d.shtml" target="_blank">%s</a></h2>
<div class="ti-info"><span>来源：都市在线</span><span>%s</span></div>
<p class="ti-summary">%s</p><a class="ti-more" href="http://news.dushiol.cn/%s/content_%d.shtml" target="_blank">阅读全文&gt;&gt;</a>
</div>''' % (d.strftime('%Y/%m%d'), 3350000 - 911 * i, t, d.isoformat(), s, d.strftime('%Y/%m%d'), 3350000 - 911 * i)
                    for i, ((t, s), d) in enumerate(zip(DUSHI_TAG, tag_days)))
    main = '''<div class="crumb">当前位置：<a href="http://www.dushiol.cn/">首页</a> &gt; <a href="http://www.dushiol.cn/tag/">标签</a> &gt; 老旧小区改造</div>
<div class="tag-head"><h1>标签：老旧小区改造</h1><p>共有 <b>87</b> 篇相关文章</p><div class="tag-related">相关标签：<a href="http://www.dushiol.cn/tag/jiazhuangdianti/">加装电梯</a> <a href="http://www.dushiol.cn/tag/chengshigengxin/">城市更新</a> <a href="http://www.dushiol.cn/tag/wuyeguanli/">物业管理</a></div></div>
<div class="tag-list">
%s
</div>
<div class="pages"><span class="cur">1</span><a href="http://www.dushiol.cn/tag/laojiuxiaoqu/2.html">2</a><a href="http://www.dushiol.cn/tag/laojiuxiaoqu/3.html">3</a><a href="http://www.dushiol.cn/tag/laojiuxiaoqu/4.html">4</a><a href="http://www.dushiol.cn/tag/laojiuxiaoqu/5.html">5</a><a href="http://www.dushiol.cn/tag/laojiuxiaoqu/6.html">6</a><a href="http://www.dushiol.cn/tag/laojiuxiaoqu/2.html">下一页</a></div>''' % items
    side = '<div class="sbox"><h3>热门标签</h3><div class="hot-tags">%s</div></div>%s' % (
        ' '.join('<a href="http://www.dushiol.cn/tag/%s/">%s</a>' % (s, t) for t, s in
                 [('垃圾分类', 'lajifenlei'), ('地铁', 'ditie'), ('樱花', 'yinghua'), ('学区', 'xuequ'), ('人才公寓', 'rencaigongyu'), ('加装电梯', 'jiazhuangdianti')]),
        dushi_hot_box())
    url = 'http://www.dushiol.cn/tag/laojiuxiaoqu/'
    emit('c-dushi-2', url=url, charset='gb2312', encoding='gbk', listing=True,
         page=dushi_shell('老旧小区改造_标签_都市在线', '老旧小区改造', '都市在线“老旧小区改造”标签下的相关文章', main, side, url))

    photos = ''.join('''<li class="photo-item" id="p%d">
<div class="pic"><a href="http://pic.dushiol.cn/2021/0326/tuji_128765_%d.shtml"><img src="http://img.dushiol.cn/pic/2021/0326/128765_%02d.jpg" alt="%s" /></a></div>
<p class="pic-desc"><span class="pic-no">%d/12</span>%s</p>
</li>''' % (i + 1, i + 1, i + 1, attr(c), i + 1, c) for i, c in enumerate(DUSHI_GALLERY))
    main = '''<div class="crumb">当前位置：<a href="http://www.dushiol.cn/">首页</a> &gt; <a href="http://pic.dushiol.cn/">图片</a> &gt; <a href="http://pic.dushiol.cn/city/">城市影像</a></div>
<div class="gallery-head"><h1>图集：城南樱花进入盛花期</h1><div class="g-info"><span>2021-03-26 10:42</span><span>来源：都市在线</span><span>摄影：周立言</span></div>
<div class="g-tools"><a href="javascript:void(0)" class="g-play">自动播放</a><a href="javascript:void(0)" class="g-list cur">列表模式</a><a href="javascript:void(0)" class="g-share">分享</a></div></div>
<ul class="gallery-list">
%s
</ul>
<div class="g-more"><h3>更多图集</h3><ul>%s</ul></div>''' % (photos, ''.join(
        '<li><a href="http://pic.dushiol.cn/2021/03%02d/tuji_1287%02d.shtml"><img src="http://img.dushiol.cn/pic/2021/03%02d/1287%02d_cover.jpg" alt="" /><span>%s</span></a></li>'
        % (10 + i * 3, 10 + i, 10 + i * 3, 10 + i, t) for i, t in enumerate(['运河夜景', '春日菜花田', '老街新貌', '地铁站里的春天'])))
    side = dushi_hot_box('图片排行', 6)
    url = 'http://pic.dushiol.cn/2021/0326/tuji_128765.shtml'
    emit('c-dushi-3', url=url, charset='gb2312', encoding='gbk', listing=True,
         page=dushi_shell('图集：城南樱花进入盛花期_图片频道_都市在线', '樱花,城南公园,图集', '城南公园樱花进入盛花期，吸引众多市民前来观赏。', main, side, url))

    main = '''<div class="err-box">
<div class="err-img"><img src="http://www.dushiol.cn/images/404.png" alt="404" /></div>
<h2>很抱歉，您要访问的页面不存在</h2>
<p>可能的原因：</p>
<ul class="err-reason"><li>1. 网址输入有误，请检查后重新输入；</li><li>2. 该页面已被删除或移动到其他位置；</li><li>3. 该内容已过期。</li></ul>
<p class="err-back"><span id="sec">5</span> 秒后自动返回<a href="http://www.dushiol.cn/">都市在线首页</a>，您也可以<a href="javascript:history.back()">返回上一页</a>。</p>
</div>
<div class="sitemap">
<h3>网站导航</h3>
%s
</div>
<div class="err-hot">
<h3>热门文章</h3>
<ul>%s</ul>
</div>''' % (''.join('<dl><dt><a href="http://%s.dushiol.cn/">%s</a></dt><dd>%s</dd></dl>' % (h, t, ' '.join(
        '<a href="http://%s.dushiol.cn/%s/">%s</a>' % (h, s, n) for s, n in subs)) for (t, h), subs in zip(DUSHI_CHANNELS, [
        [('sz', '时政'), ('sh', '社会'), ('gn', '国内'), ('gj', '国际')], [('gs', '公司'), ('lc', '理财'), ('gp', '股市')],
        [('xf', '新房'), ('esf', '二手房'), ('zx', '装修')], [('xc', '新车'), ('yc', '用车'), ('pc', '评测')],
        [('zk', '中考'), ('gk', '高考'), ('xq', '学前')], [('ys', '养生'), ('jb', '疾病'), ('yl', '医疗')],
        [('zb', '周边游'), ('gl', '攻略')], [('tj', '探店'), ('cp', '菜谱')], [('cs', '城市影像'), ('ms', '民生')],
        [('xw', '新闻视频'), ('zb', '直播')], [('lt', '城市论坛'), ('hd', '活动')]])),
        ''.join('<li><a href="http://news.dushiol.cn/2021/03%02d/content_33%05d.shtml">%s</a><span>03-%02d</span></li>'
                % (1 + i * 2, 41000 + 377 * i, t, 1 + i * 2) for i, t in enumerate(DUSHI_HOT)))
    extra = '<script type="text/javascript">var s = 5; setInterval(function(){ s--; if (s <= 0) { location.href = "http://www.dushiol.cn/"; } document.getElementById("sec").innerHTML = s; }, 1000);</script>'
    emit('c-dushi-4', url='http://news.dushiol.cn/2021/0311/content_3345678.shtml', charset='', encoding='gbk', listing=True,
         page=dushi_shell('页面不存在_都市在线', '都市在线', '都市在线', main, dushi_hot_box(), 'http://www.dushiol.cn/', extra))


def main():
    os.makedirs(PAGES, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    make_guoxin()
    make_zhida()
    make_shujia()
    make_zwgk()
    make_shizi()
    make_gangdao()
    make_zhongzhi()
    make_dushi()
    print('wrote %d pages: %s' % (len(WRITTEN), ' '.join(WRITTEN)))


if __name__ == '__main__':
    main()
