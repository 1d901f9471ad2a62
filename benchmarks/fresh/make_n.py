#!/usr/bin/env python3
"""Write the n- pages of the fresh blind set (6 invented sites, 4 pages each).

Sites: hengtai (SOE corporate news, GB2312/UTF-8 table layout), wendou (document
site, PDF text layer, one text/plain download), cuiwei (magazine flipbook, GBK),
baodao (Big5 Taiwan news), lanting (school literature society), liuping (county
government portal with a mega-menu).

Stdlib only, deterministic, no network.  `python make_n.py` writes pages/ and gold/;
`python make_n.py --check` also runs the self-check (every gold line visible in order).
"""
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, 'pages')
GOLD = os.path.join(HERE, 'gold')

E = html.escape


def wrap(text, n):
    return [text[i:i + n] for i in range(0, len(text), n)]


def save(name, text, enc, url, charset, title, author, published, paras,
         kind='', ctype=''):
    data = text.encode(enc)  # strict: fails on any character outside the charset
    with open(os.path.join(PAGES, name), 'wb') as f:
        f.write(data)
    head = ['page: ' + name, 'url: ' + url, 'charset: ' + charset]
    if ctype:
        head.append('content-type: ' + ctype)
    if kind:
        head.append('kind: ' + kind)
    head += ['title: ' + title, 'author: ' + author, 'published: ' + published]
    base = name.rsplit('.', 1)[0]
    with open(os.path.join(GOLD, base + '.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(head) + '\n\n' + ''.join(p + '\n' for p in paras))


# ---------------------------------------------------------------------------
# 1. hengtai: 恒泰矿业集团有限公司 corporate news site (old table layout)
# ---------------------------------------------------------------------------

HT_ESSAYS = {
    1: dict(
        title='深化三项制度改革 激发企业内生动力',
        source='集团人力资源部', author='李明远', date='2023-05-16', hits='1286',
        col='企业新闻', colpath='xwzx/qyxw',
        url='http://www.hengtaigroup.com.cn/xwzx/qyxw/202305/t20230516_4821.html',
        paras=[
            '今年以来，恒泰集团把深化劳动、人事、分配三项制度改革作为国企改革深化提升行动的“牛鼻子”，以“管理人员能上能下、员工能进能出、收入能增能减”为目标，在全集团十四家二级单位全面推开任期制和契约化管理，一批敢担当、善作为的年轻干部走上了关键岗位。',
            ('img', '/uploadfiles/2023/05/20230516093215871.jpg', '图为集团公司召开三项制度改革推进会。'),
            '改革首先从“签契约”开始。集团对二级单位经理层成员逐一签订岗位聘任协议和年度、任期经营业绩责任书，把利润总额、净资产收益率、全员劳动生产率等硬指标写进合同，考核结果直接与薪酬兑现和岗位去留挂钩。“过去干好干坏差别不大，现在每个人头上都有一本明白账。”机电装备公司总经理张海峰说，去年公司首次按契约兑现绩效，经理层成员之间的收入差距拉开到了一点六倍。',
            '用人机制的变化同样明显。集团打破论资排辈的惯例，对中层管理岗位实行竞聘上岗，全年共有六十三个岗位拿出来公开竞聘，其中三十五岁以下的年轻干部占到四成。对考核不称职、不胜任的管理人员，集团严格执行末等调整和不胜任退出，全年有九名中层干部改任非领导职务。',
            '在分配环节，集团推行“工资总额与效益联动”机制，向一线苦脏累险岗位、关键技术岗位和高层次人才倾斜。采掘一线职工人均收入同比增长百分之八点七，技术带头人最高可享受相当于二级单位副职的岗位津贴。',
            '集团公司党委书记、董事长周振国表示，三项制度改革没有完成时，只有进行时。下一步，集团将以市场化选聘职业经理人为突破口，进一步健全以业绩为导向的考核评价体系，让改革红利真正转化为企业高质量发展的内生动力。',
        ]),
    2: dict(
        title='老矿工的最后一个班',
        source='新庄煤矿', author='王晓岚', date='2023年8月3日', hits='2417',
        col='企业文化', colpath='qywh/whjs',
        url='http://www.hengtaigroup.com.cn/qywh/whjs/202308/t20230803_4963.html',
        paras=[
            '八月二日凌晨四点，五十九岁的刘长贵像往常一样穿好工装，戴上矿灯，走进了二号井的罐笼。这是他在井下的最后一个班。再过一天，这位在恒泰集团新庄煤矿干了整整三十八年的老矿工，就要正式退休了。',
            '一九八五年，二十一岁的刘长贵从邻县的村子里来到矿上，那时候井下还是炮采，一个班下来，人从头到脚都是黑的，只剩一口白牙。他记得第一次下井时师傅对他说的话：“在井下，眼睛要比手快，心要比眼睛细。”这句话他记了一辈子，也讲给了自己带过的二十多个徒弟。',
            '三十八年里，矿井从炮采变成了综采，又从综采变成了智能化工作面。刘长贵跟着学操作规程，学看电脑屏幕上的数据，五十岁那年还考下了采煤机司机的操作证。“机器越来越聪明，人不能越来越笨。”他笑着说。',
            '最后一个班，刘长贵被安排在综采工作面巡检。他沿着液压支架一架一架地走过去，用手电照一照立柱，用手摸一摸管路，走得比平时都慢。徒弟小马跟在他身后，一路没怎么说话。',
            '升井的时候，井口已经站满了人。工友们拉起了横幅，区队长把一束鲜花递到他手里，徒弟们轮流上来和他拥抱。刘长贵摘下安全帽，在井口站了很久，然后转身对着井架深深鞠了一躬。',
            ('img', '/uploadfiles/2023/08/20230803151044392.jpg', '刘长贵（左）在井口和徒弟们合影留念。'),
            '“这口井养活了我一家人，也让我活得有个人样。”他说，“往后孩子们接着干，我放心。”',
        ]),
    3: dict(
        title='把支部建在项目上',
        source='党群工作部', author='', date='2024-01-09 10:21:33', hits='865',
        col='党建动态', colpath='djgz/djdt',
        url='http://www.hengtaigroup.com.cn/djgz/djdt/202401/t20240109_5102.html',
        paras=[
            '——第三工程公司以党建引领重点工程建设纪实',
            '在海拔两千多米的西山隧道施工现场，一面鲜红的党旗插在洞口的值班室前，格外醒目。这里是恒泰集团第三工程公司西山隧道项目党支部所在地，也是公司推行“支部建在项目上”的一个缩影。',
            '近年来，第三工程公司承建的项目大多地处偏远山区，点多线长、人员分散，党组织活动一度难以正常开展。公司党委从实际出发，坚持项目开到哪里、党组织就建到哪里，在全部十一个在建项目成立了党支部或临时党支部，由项目经理或项目书记担任支部书记，实现了党的组织和工作全覆盖。',
            '支部建起来了，还要让它“活”起来。西山隧道项目党支部把党员示范岗设在掌子面、拌和站和质量检测室，组织党员突击队攻克了软弱围岩段施工难题，比计划提前四十二天实现隧道贯通。项目支部书记韩卫东说：“工期最紧的时候，党员带头连续上夜班，大家看在眼里，心里就有了主心骨。”',
            ('img', '/uploadfiles/2024/01/20240109101812556.jpg', '西山隧道项目党员突击队在掌子面研究施工方案。'),
            '为了解决一线党员学习难的问题，公司党委开发了“移动党校”小程序，把理论学习、支部会议、党费缴纳搬到手机上，党员利用班前班后的碎片时间就能完成学习任务。公司还每季度评选一次“红旗项目党支部”，把党建考核结果与项目评优、干部选用挂钩。',
            '一年来，公司十一个项目党支部共攻克技术难题二十三项，提出合理化建议一百一十余条，项目安全生产和工程质量均保持良好态势。公司党委负责人表示，将继续推动党建工作与生产经营深度融合，让每一个项目都成为展示国企党建成效的窗口。',
        ]),
}

HT_LIST = [
    ('2024-01-12', '集团公司党委召开2023年度基层党组织书记抓党建述职评议会'),
    ('2024-01-09', '把支部建在项目上'),
    ('2024-01-05', '机电装备公司党委开展“党员先锋岗”授牌活动'),
    ('2023-12-28', '集团公司党委理论学习中心组开展专题学习'),
    ('2023-12-22', '新庄煤矿党委组织党员赴革命纪念馆开展主题党日活动'),
    ('2023-12-19', '集团公司召开党风廉政建设和反腐败工作推进会'),
    ('2023-12-14', '物流公司党支部与驻地社区开展联学共建'),
    ('2023-12-08', '集团公司举办2023年度发展党员培训班'),
    ('2023-12-01', '第三工程公司党委召开“红旗项目党支部”评选会'),
    ('2023-11-27', '集团纪委开展廉洁文化进班组活动'),
    ('2023-11-21', '集团公司党委书记为基层党员讲专题党课'),
    ('2023-11-15', '选煤厂党支部开展“安全隐患随手拍”活动'),
    ('2023-11-09', '集团公司召开基层党建工作质量提升现场会'),
    ('2023-11-02', '化工公司党委开展青年员工座谈会'),
    ('2023-10-26', '集团团委举办“青春心向党 建功新时代”演讲比赛'),
    ('2023-10-19', '集团公司党委开展党支部标准化建设验收工作'),
]


def ht_frame(title, col, colpath, body, left_menu):
    nav = ''.join('<td class="navitem"><a href="/%s/">%s</a></td>' % (h, t) for h, t in [
        ('', '首　页'), ('jtgk', '集团概况'), ('xwzx', '新闻中心'), ('qywh', '企业文化'),
        ('djgz', '党建工作'), ('aqsc', '安全生产'), ('rlzy', '人力资源'), ('xxgk', '信息公开'),
        ('lxwm', '联系我们')])
    return '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%(cs)s" />
<title>%(title)s-恒泰矿业集团有限公司</title>
<meta name="keywords" content="恒泰集团,恒泰矿业,煤炭,国企改革,党建工作" />
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>
<script type="text/javascript">
function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}
function SetHome(obj,vrl){try{obj.style.behavior='url(#default#homepage)';obj.setHomePage(vrl);}catch(e){}}
</script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top">
  <tr>
    <td height="28" align="right" class="toplink"><a href="#" onclick="SetHome(this,'http://www.hengtaigroup.com.cn');">设为首页</a> | <a href="javascript:window.external.AddFavorite('http://www.hengtaigroup.com.cn','恒泰矿业集团有限公司')">加入收藏</a> | <a href="/oa/">办公平台</a> | <a href="/mail/">企业邮箱</a></td>
  </tr>
  <tr>
    <td><object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" width="1000" height="160"><param name="movie" value="/images/banner.swf" /><embed src="/images/banner.swf" width="1000" height="160"></embed></object></td>
  </tr>
  <tr>
    <td><table width="100%%" border="0" cellspacing="0" cellpadding="0" class="nav"><tr>%(nav)s</tr></table></td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="230" valign="top" class="left">
%(left)s
    </td>
    <td width="10"></td>
    <td width="760" valign="top">
      <table width="100%%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="position">当前位置：<a href="/">首页</a> &gt; <a href="/%(root)s/">%(rootname)s</a> &gt; <a href="/%(colpath)s/">%(col)s</a></td></tr>
      </table>
%(body)s
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="links">
  <tr><td>友情链接：<select onchange="window.open(this.value)"><option>----国资监管机构----</option><option value="#">省人民政府国有资产监督管理委员会</option><option value="#">晋川市国资委</option></select>
  <select onchange="window.open(this.value)"><option>----兄弟单位----</option><option value="#">晋川能源投资集团</option><option value="#">龙城建设集团</option></select></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="footer">
  <tr><td align="center">版权所有：恒泰矿业集团有限公司　　地址：晋川市龙城区恒泰路88号　　邮编：048000<br />
  北京办事处：北京市丰台区南四环西路266号恒泰大厦9层　　电话：0356-2286000　　传真：0356-2286011<br />
  <a href="http://beian.miit.gov.cn" target="_blank">晋ICP备08004716号-1</a>　　技术支持：晋川网联科技</td></tr>
</table>
<script type="text/javascript">var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="//hm.example-stat.cn/hm.js?8d2f";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
</body>
</html>
''' % dict(cs='%(cs)s', title=E(title), nav=nav, left=left_menu, root=colpath.split('/')[0],
           rootname={'xwzx': '新闻中心', 'qywh': '企业文化', 'djgz': '党建工作'}[colpath.split('/')[0]],
           colpath=colpath, col=col, body=body)


def ht_left(root):
    menus = {
        'xwzx': ('新闻中心', ['集团要闻', '企业新闻', '基层动态', '媒体聚焦', '图片新闻', '视频新闻']),
        'qywh': ('企业文化', ['文化理念', '文化建设', '职工风采', '文学园地', '摄影天地', '企业之歌']),
        'djgz': ('党建工作', ['党建动态', '党风廉政', '主题教育', '工会工作', '共青团', '统战工作']),
    }
    name, items = menus[root]
    lis = ''.join('<tr><td class="lmenu">&middot;<a href="#">%s</a></td></tr>' % i for i in items)
    return '''      <table width="100%%" border="0" cellspacing="0" cellpadding="0" class="lbox">
        <tr><td class="ltitle">%s</td></tr>
%s
      </table>
      <table width="100%%" border="0" cellspacing="0" cellpadding="0" class="lbox">
        <tr><td class="ltitle">专题专栏</td></tr>
        <tr><td><a href="#"><img src="/images/zt_gqgg.jpg" width="220" height="60" alt="国企改革深化提升行动" /></a></td></tr>
        <tr><td><a href="#"><img src="/images/zt_aqsc.jpg" width="220" height="60" alt="安全生产月" /></a></td></tr>
        <tr><td><a href="#"><img src="/images/zt_lzjs.jpg" width="220" height="60" alt="清廉国企建设" /></a></td></tr>
      </table>
      <table width="100%%" border="0" cellspacing="0" cellpadding="0" class="lbox">
        <tr><td class="ltitle">联系我们</td></tr>
        <tr><td class="lcontact">党群工作部：0356-2286035<br />新闻投稿：htxw@hengtaigroup.com.cn</td></tr>
      </table>''' % (name, lis)


def make_hengtai():
    for n in (1, 2, 3):
        a = HT_ESSAYS[n]
        cs = {1: 'gb2312', 2: 'gb2312', 3: 'utf-8'}[n]
        header_cs = {1: '', 2: 'gb2312', 3: 'utf-8'}[n]
        body = []
        for p in a['paras']:
            if isinstance(p, tuple):
                body.append('<p align="center"><img src="%s" width="560" border="0" /></p>\n'
                            '<p align="center" style="text-indent:0">%s</p>' % (p[1], E(p[2])))
            else:
                body.append('<p style="text-indent:2em">%s</p>' % E(p))
        info = ('来源：%s　　作者：%s　　发布时间：%s　　浏览量：<span id="hits">%s</span>'
                % (a['source'], a['author'], a['date'], a['hits']))
        body_html = '''      <table width="100%%" border="0" cellspacing="0" cellpadding="0" class="article">
        <tr><td class="atitle" align="center"><h1>%s</h1></td></tr>
        <tr><td class="ainfo" align="center">%s　　字号：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a></td></tr>
        <tr><td class="acontent"><div id="zoom">
%s
        </div></td></tr>
        <tr><td align="right" class="abtn">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】【<a href="javascript:scroll(0,0)">返回顶部</a>】</td></tr>
        <tr><td class="prenext">上一篇：<a href="#">集团公司召开2023年安全生产工作会议</a><br />下一篇：<a href="#">恒泰集团与晋川职业技术学院签订校企合作协议</a></td></tr>
      </table>
      <script type="text/javascript" src="/count.asp?id=%s&amp;type=add"></script>''' % (
            E(a['title']), info, '\n'.join(body), a['url'].rsplit('_', 1)[1][:4])
        page = ht_frame(a['title'], a['col'], a['colpath'], body_html, ht_left(a['colpath'].split('/')[0]))
        page = page.replace('%(cs)s', cs)
        date = {1: '2023-05-16', 2: '2023-08-03', 3: '2024-01-09'}[n]
        paras = [p[2] if isinstance(p, tuple) else p for p in a['paras']]
        save('n-hengtai-%d.html' % n, page, cs, a['url'], header_cs, a['title'], a['author'], date, paras)
    # 4: 党建动态 column listing
    lis = '\n'.join('          <tr><td class="lst">&middot;<a href="/djgz/djdt/%s/t%s_%d.html" target="_blank">%s</a></td><td class="lstdate" width="90">%s</td></tr>'
                    % (d[:7].replace('-', ''), d.replace('-', ''), 5120 - i * 7, E(t), d)
                    for i, (d, t) in enumerate(HT_LIST))
    body = '''      <table width="100%%" border="0" cellspacing="0" cellpadding="0" class="listbox">
        <tr><td class="listtitle" colspan="2">党建动态</td></tr>
%s
        <tr><td colspan="2" class="page" align="center">共186条记录　页次：1/12　<a href="#">首页</a> <a href="#">上一页</a> <b>1</b> <a href="index_1.html">2</a> <a href="index_2.html">3</a> <a href="index_3.html">4</a> <a href="index_4.html">5</a> <a href="index_1.html">下一页</a> <a href="index_11.html">尾页</a>　转到第<select><option>1</option><option>2</option></select>页</td></tr>
      </table>''' % lis
    page = ht_frame('党建动态', '党建动态', 'djgz/djdt', body, ht_left('djgz')).replace('%(cs)s', 'gb2312')
    page = page.replace('<title>党建动态-', '<title>党建动态-党建工作-')
    save('n-hengtai-4.html', page, 'gb2312', 'http://www.hengtaigroup.com.cn/djgz/djdt/index.html',
         'gb2312', '', '', '', [], kind='listing')


# ---------------------------------------------------------------------------
# 2. wendou: 文豆网 document-sharing site (PDF text layer, hard wraps)
# ---------------------------------------------------------------------------

WD = {
    1: dict(
        title='在平凡岗位上读懂担当', header='青年员工学习心得体会', ext='docx',
        docid='8a3f1c2d7e', uploader='东篱把酒2019', date='2022-11-07', time='20:14:33',
        views='1,203', downloads='57', price='3.00', cat='实用文档 > 心得体会',
        author='赵一鸣',
        top=[('h', '在平凡岗位上读懂担当'), ('s', '——青年员工学习心得体会'),
             ('a', '城东供电公司变电运维二班　赵一鸣')],
        paras=[
            '参加工作第三年，我第一次在班组的学习会上发言。准备发言稿的那几个晚上，我反复问自己一个问题：一个普通的变电运维工，担当究竟体现在哪里？',
            '我们班负责十二座变电站的巡视和操作，日常工作说起来很简单，无非是看表计、查设备、写记录、做倒闸操作。刚来的时候，我觉得这份工作有些枯燥，甚至有点看不上。直到前年冬天那场冻雨，我才真正明白了这份“简单”背后的分量。',
            '那天夜里十一点多，调度电话打进班里，说一座一百一十千伏变电站的线路跳闸，附近三个乡镇停电。班长老郑二话没说，带着我们三个人就出发了。路面结了冰，平时四十分钟的路开了两个小时。到站以后，我们顶着冻雨一项一项排查，手冻得握不住工具，就揣进怀里焐一焐再干。凌晨四点，最后一条线路恢复送电，老郑靠在车门上，说了一句：“老百姓家里的暖气又热起来了。”',
            '那一刻我突然觉得，担当并不是什么惊天动地的大事，而是在别人需要的时候，你在；在该你顶上去的时候，你不退。',
            '这些年我慢慢养成了几个习惯：巡视时多看一眼，记录时多写一句，操作前多核一遍。师傅们说，安全生产的账是一笔一笔攒出来的，哪一笔都不能马虎。作为青年员工，我们赶上了电网快速发展的好时候，新设备、新技术层出不穷，只有沉下心来学，把每一项基本功练扎实，才能接得住前辈们交到手里的接力棒。',
            '岗位平凡，但责任不平凡。我愿意在这个平凡的岗位上，做一个让人放心的人。',
        ]),
    2: dict(
        title='在柳湾村的六百天', header='驻村第一书记工作体会', ext='pdf',
        docid='c71e0b93a4', uploader='山月不知心底事', date='2024-02-19', time='09:41:05',
        views='3,876', downloads='214', price='5.00', cat='党建材料 > 乡村振兴',
        author='',
        top=[('h', '在柳湾村的六百天')],
        paras=[
            '二〇二一年秋天，我背着一个行李包来到柳湾村，成为这个村的驻村第一书记。车子在山路上绕了一个多小时，下车的时候，村支书老杨站在村委会门口，第一句话是：“你们城里来的干部，能待多久？”',
            '这句话我一直记着。后来我才知道，在我之前，村里来过几拨工作队，有的干得很好，也有的只在墙上留下了几块牌子。老杨问的不是我能待多久，而是我能不能真心实意地干点事。',
            '头三个月，我几乎没干别的，就是走。全村二百一十七户，我挨家挨户走了一遍，有的人家去了三四次。我把每户的人口、收入、种植情况和难处记在一个硬皮本上，本子写满了两本。走下来我发现，柳湾村并不缺资源，山上有成片的野生核桃林，沟里的水质很好，缺的是把资源变成收入的路子。',
            '第二年开春，我们和村“两委”商量，成立了核桃种植专业合作社，请县林业站的技术员来教嫁接和修剪，又跑了好几趟市里，联系上一家食品加工企业签了收购协议。第一年合作社只有十九户入社，大家心里没底，都在观望。到了秋天，入社农户每亩核桃增收六百多元，第二年入社的一下子增加到八十多户。',
            '产业有了起色，村里的人气也慢慢回来了。在外打工的年轻人小周回村办起了电商，把核桃、山蜂蜜和手工挂面放到网上卖；村里修了文化广场，晚上有老人在那里跳广场舞，孩子们在边上追着跑。',
            '六百天里，我也有过想不通的时候。为了一条产业路的占地问题，我在一户村民家的院子里坐了整整一个下午，被人家数落得抬不起头。但第二天一早，那位大爷自己跑到村委会，说地可以让，路得修宽一点，好让收核桃的大车开进来。',
            '离开柳湾村那天，老杨送我到村口，又说了一句话：“常回来看看，这儿也是你的村。”我点点头，没敢回头。乡村振兴是一篇大文章，我只是在其中写下了很短的一段，好在后面还有很多人接着写。',
        ]),
    3: dict(
        title='秋分：一年里最匀称的一天', header='节气散文', ext='doc',
        docid='3d9b5f01e8', uploader='青柠读书会', date='2023-09-23', time='16:02:47',
        views='642', downloads='18', price='', cat='文学作品 > 散文随笔',
        author='顾南星',
        top=[('h', '秋分：一年里最匀称的一天'), ('a', '文/顾南星')],
        paras=[
            '秋分这一天，太阳直射赤道，昼和夜各占一半。古人说“秋分者，阴阳相半也”，我总觉得这是一年里最匀称的一天，不偏不倚，像一杆称得刚刚好的秤。',
            '小时候在乡下，秋分是忙的。稻子黄了，一片一片压弯了腰，父亲每天天不亮就磨好镰刀，站在田埂上看天。他说秋分前后的天最要紧，晴上十天半月，稻子收进仓，一家人一年的心才算落了地。母亲则忙着在院子里晒豆子、晒辣椒，红的黄的摊了满地，连墙头上都挂着一串串玉米。',
            '那时我不懂农事，只记得秋分过后，晚饭的时候天就黑得早了。一家人围着小桌吃饭，窗外是一阵紧似一阵的虫鸣，风从门缝里钻进来，已经带着凉意。母亲会在这时候翻出压在箱底的夹衣，说一声“该添衣裳了”。',
            '后来进了城，秋分成了日历上一个安静的名字。写字楼里四季恒温，感觉不到昼夜的此消彼长，只有傍晚下班走出大门，才发现天色比前几天又暗了一些，路边的银杏开始泛黄。',
            '去年秋分，我回了一趟老家。父亲已经不种稻子了，田里改种了果树，有合作社统一管护。他还是习惯在傍晚站在田埂上，看着远处的山慢慢沉进暮色里。我站在他旁边，忽然觉得，所谓匀称，大概就是这样：一半是收获，一半是放下；一半是远方，一半是故乡。',
        ]),
}

WD4 = dict(
    title='我的母亲是一名乡村教师', uploader='qiuyue_88', date='2021-04-12',
    paras=[
        '母亲在村小教了三十一年书。那所学校只有一排平房，五个年级，最多的时候有一百多个学生，最少的时候只剩下十几个。',
        '我小时候就在母亲的班上读书。别的孩子可以喊她“李老师”，我只能跟着喊，回到家才改口叫妈。她对我比对别人严，作业写错一个字要罚写二十遍，上课走神了会被点名站起来。那时我心里很委屈，觉得她偏心，偏向别人家的孩子。',
        '后来才知道，班上有好几个孩子的父母在外地打工，一年回来一次。母亲常常把他们留下来吃饭，给他们补课，冬天还把家里的旧棉衣改小了给他们穿。有个叫小芳的女孩，母亲生病住院，是我母亲每天放学后骑着自行车去镇上给她送饭，一送就是一个多月。',
        '母亲的嗓子不好，一到冬天就咳嗽，一节课下来要喝好几杯水。她的桌上总放着一个掉了漆的搪瓷缸，缸子上印着“先进教育工作者”几个红字。那是她最看重的东西，比家里任何一件家具都宝贝。',
        '前年母亲退休，村里的学校也撤并到了镇上的中心小学。最后一天，她一个人把教室打扫得干干净净，把黑板擦了三遍，才锁上门。那天晚上她吃得很少，早早就睡了。',
        '如今她教过的学生里，有人当了医生，有人当了工程师，也有人像她一样回到乡下教书。每年教师节，家里的电话总是响个不停。母亲接电话的时候，脸上的笑容，是我见过的最好看的样子。',
    ])

WD_RELATED = ['青年员工读书心得体会（精选5篇）', '2023年度个人工作总结范文', '驻村工作队员个人总结',
              '国有企业青年干部座谈会发言稿', '关于“担当作为”的学习体会', '二十四节气散文集锦（秋季篇）',
              '变电运维岗位年度工作总结', '乡村振兴调研报告范文（通用版）']


def wd_layer(d, lines_per_page=15, width=33):
    """Return (pages_html, page_count): PDF pages with absolutely positioned line spans."""
    rows = []  # (kind, text)
    for kind, t in d['top']:
        rows.append((kind, t))
    rows.append(('gap', ''))
    for p in d['paras']:
        for i, ln in enumerate(wrap(p, width) if len(p) > width - 2 else [p]):
            rows.append(('p1' if i == 0 else 'p', ln))
    # re-wrap so that the first line of a paragraph is two characters shorter (indent)
    fixed = []
    for p in d['paras']:
        first, rest = p[:width - 2], p[width - 2:]
        fixed.append(('p1', first))
        for ln in wrap(rest, width):
            fixed.append(('p', ln))
    rows = [r for r in rows if r[0] in ('h', 's', 'a', 'gap')] + fixed
    pages = [rows[i:i + lines_per_page] for i in range(0, len(rows), lines_per_page)]
    m = len(pages)
    out = []
    for pn, pg in enumerate(pages, 1):
        spans = []
        top = 112
        for k, (kind, t) in enumerate(pg):
            if kind == 'gap':
                top += 20
                continue
            if kind == 'h':
                spans.append('<span class="t fs3 ff2" style="position:absolute;left:%dpx;top:%dpx;font-size:26px;">%s</span>'
                             % (446 - len(t) * 13, top, E(t)))
                top += 52
            elif kind in ('s', 'a'):
                spans.append('<span class="t fs1 ff1" style="position:absolute;left:%dpx;top:%dpx;font-size:17px;">%s</span>'
                             % (446 - len(t) * 8, top, E(t)))
                top += 36
            else:
                left = 146 if kind == 'p1' else 110
                if len(t) > 20 and k % 3 == 1:
                    # pdf2htmlEX often breaks one visual line into two positioned runs
                    cut = 12
                    spans.append('<span class="t fs2 ff1" style="position:absolute;left:%dpx;top:%dpx;font-size:18px;">%s</span>'
                                 '<span class="t fs2 ff1" style="position:absolute;left:%dpx;top:%dpx;font-size:18px;">%s</span>'
                                 % (left, top, E(t[:cut]), left + cut * 20, top, E(t[cut:])))
                else:
                    spans.append('<span class="t fs2 ff1" style="position:absolute;left:%dpx;top:%dpx;font-size:18px;">%s</span>'
                                 % (left, top, E(t)))
                top += 34
        out.append('''<div class="pf w0 h0" id="pf%(pn)d" data-page-no="%(pn)d" style="position:relative;width:893px;height:1263px;">
<img class="bi" alt="" src="https://img.wendou.cn/pdf/%(docid)s/bg%(pn)d.png"/>
<span class="t fs0 ff1 hdr" style="position:absolute;left:110px;top:52px;font-size:12px;color:#7f7f7f;">%(hdr)s</span>
%(spans)s
<span class="t fs0 ff1 ftr" style="position:absolute;left:396px;top:1196px;font-size:12px;color:#7f7f7f;">第 %(pn)d 页 共 %(m)d 页</span>
</div>''' % dict(pn=pn, docid=d['docid'], hdr=E(d['header']), spans='\n'.join(spans), m=m))
    return out, m


def make_wendou():
    for n in (1, 2, 3):
        d = WD[n]
        pages, m = wd_layer(d)
        mid = []
        for i, pg in enumerate(pages):
            mid.append(pg)
            if i == 0 and m > 1:
                mid.append('<div class="ad-inner"><span class="ad-tag">广告</span><a href="#"><img src="https://ad.wendou.cn/banner/vip_728x90.jpg" alt="开通VIP 海量文档免费下载"/></a></div>')
        price = d['price']
        pay = ('<span class="tag tag-vip">VIP专享</span><span class="tag tag-pay">付费文档 ¥%s</span>' % price) if price else '<span class="tag tag-free">免费文档</span>'
        page = '''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(title)s.%(ext)s - 文豆网</title>
<meta name="keywords" content="%(title)s,%(header)s,%(kw)s">
<meta name="description" content="%(desc)s">
<link rel="stylesheet" href="https://static.wendou.cn/css/doc.min.css?v=20231102">
<script>window.__DOC_INFO__ = {"docId":"%(docid)s","title":"%(title)s","ext":"%(ext)s","pageCount":%(m)d,"price":"%(price)s","isVip":%(vip)s,"uploader":{"uid":20931877,"nick":"%(uploader)s"},"createTime":"%(date)s %(time)s","category":"%(cat)s","previewPages":%(m)d};</script>
</head>
<body class="doc-page">
<div class="header"><div class="w1200"><a class="logo" href="https://www.wendou.cn/"><img src="https://static.wendou.cn/img/logo.png" alt="文豆网"></a>
<div class="search"><input type="text" placeholder="搜索海量文档"><button>搜索</button></div>
<ul class="top-nav"><li><a href="/">首页</a></li><li><a href="/vip/">VIP专区</a></li><li><a href="/upload/">上传文档</a></li><li><a href="/user/">个人中心</a></li><li><a href="/login/">登录</a> / <a href="/reg/">注册</a></li></ul></div></div>
<div class="w1200 main">
<div class="crumb"><a href="/">文豆网</a> &gt; %(crumb)s</div>
<div class="doc-left">
<div class="doc-head">
<h1 class="doc-title"><i class="ico ico-%(ext)s"></i>%(title)s.%(ext)s</h1>
<div class="doc-meta">%(pay)s<span>上传者：<a href="/u/20931877/">%(uploader)s</a></span><span>上传时间：%(date)s</span><span>页数：%(m)d页</span><span>浏览：%(views)s</span><span>下载：%(downloads)s</span><span>格式：%(EXT)s</span></div>
<div class="doc-btns"><a class="btn btn-down" href="javascript:;" onclick="doDownload('%(docid)s')">下载文档</a><a class="btn" href="javascript:;">加入收藏</a><a class="btn" href="javascript:;">分享</a><a class="btn-report" href="javascript:;">举报</a></div>
<div class="doc-intro"><b>文档简介：</b>%(desc)s</div>
</div>
<div class="vip-notice"><ul><li>1、本文档共%(m)d页，可阅读全部%(m)d页，下载后格式与原文一致。</li><li>2、VIP用户可免费下载本文档，非VIP用户需支付%(pricetxt)s。</li><li>3、文档由用户上传，仅供学习参考，如有侵权请联系客服删除。</li></ul></div>
<div id="pageContainer" class="doc-view">
%(pages)s
</div>
<div class="read-end">全文阅读已结束，如果下载本文需要使用 <b>%(pricetxt)s</b> <a class="btn btn-down" href="javascript:;">立即下载</a></div>
<div class="doc-tags">相关标签：<a href="#">%(header)s</a> <a href="#">范文</a> <a href="#">%(kw)s</a></div>
<div class="doc-comment"><h3>文档评论（0）</h3><div class="empty">还没有人评论，快来抢沙发吧！</div><textarea placeholder="发表你的评论"></textarea><button>发表评论</button></div>
</div>
<div class="doc-right">
<div class="box uploader"><img class="avatar" src="https://static.wendou.cn/avatar/20931877.jpg" alt=""><p class="nick">%(uploader)s</p><p>文档：326　粉丝：41　获赞：1.2万</p><a class="btn-follow" href="javascript:;">+ 关注</a><a href="/u/20931877/docs/">TA的文档</a></div>
<div class="box vip-ad"><p>开通VIP · 海量文档免费下载</p><p>每天仅需0.3元</p><a class="btn btn-vip" href="/vip/">立即开通</a></div>
<div class="box related"><h3>相关推荐</h3><ul>%(related)s</ul></div>
<div class="box hot"><h3>热门标签</h3><a href="#">工作总结</a> <a href="#">心得体会</a> <a href="#">述职报告</a> <a href="#">演讲稿</a> <a href="#">散文</a></div>
</div>
</div>
<div class="footer"><p><a href="#">关于我们</a> | <a href="#">用户协议</a> | <a href="#">隐私政策</a> | <a href="#">侵权投诉</a> | <a href="#">联系客服</a></p>
<p>本站所有文档均由用户上传，文豆网仅提供信息存储空间服务。</p><p>Copyright © 2015-2024 wendou.cn 版权所有　浙ICP备15038827号-3</p></div>
<script src="https://static.wendou.cn/js/doc.min.js?v=20231102"></script>
</body>
</html>
''' % dict(title=E(d['title']), ext=d['ext'], EXT=d['ext'].upper(), header=E(d['header']),
           kw=d['cat'].split(' > ')[1], desc=E(d['paras'][0][:60]) + '…', docid=d['docid'], m=m,
           price=d['price'], vip='true' if d['price'] else 'false', uploader=E(d['uploader']),
           date=d['date'], time=d['time'], cat=d['cat'],
           crumb=' &gt; '.join('<a href="#">%s</a>' % c for c in d['cat'].split(' > ')),
           pay=pay, views=d['views'], downloads=d['downloads'], pages='\n'.join(mid),
           pricetxt=('%s元' % d['price']) if d['price'] else '1积分',
           related=''.join('<li><a href="#">%s</a><span>%d页</span></li>' % (r, 2 + (i * 5) % 9)
                           for i, r in enumerate(WD_RELATED)))
        url = 'https://www.wendou.cn/p-%s.html' % d['docid']
        save('n-wendou-%d.html' % n, page, 'utf-8', url, {1: 'utf-8', 2: '', 3: 'utf-8'}[n],
             d['title'], d['author'], d['date'],
             ([t for k, t in d['top'] if k == 's']) + d['paras'])
    # 4: the site's plain-text download of a document (text/plain, hard-wrapped)
    d = WD4
    lines = ['文豆网 www.wendou.cn —— 文档TXT下载', '',
             '文档名称：%s.txt' % d['title'], '上传者：%s　　上传时间：%s　　大小：3.2KB' % (d['uploader'], d['date']),
             '=' * 56, '', d['title'], '']
    for p in d['paras']:
        seg = wrap('　　' + p, 36)
        lines += seg
    lines += ['', '=' * 56,
              '本文档由文豆网用户上传，仅供个人学习交流，请勿用于商业用途。',
              '如有侵权，请发送邮件至 kefu@wendou.cn，我们将在24小时内处理。',
              '更多精品文档请访问：https://www.wendou.cn/', '']
    save('n-wendou-4.txt', '\r\n'.join(lines), 'utf-8', 'https://dl.wendou.cn/txt/5b2e90a4c1.txt', 'utf-8',
         d['title'], '', d['date'], d['paras'], ctype='text/plain')


# ---------------------------------------------------------------------------
# 3. cuiwei: 《翠微》 magazine flipbook (two-column text layer, GBK)
# ---------------------------------------------------------------------------

CW_ISSUE = '2023年第10期'
CW_X_TITLE = '父亲的工具箱'
CW_X_AUTHOR = '沈清禾'
CW_X = [
    '父亲有一只木头工具箱，比我的年纪还大。箱子是他年轻时自己打的，榫卯结构，没用一颗钉子，四个角包着铁皮，提手是一截磨得发亮的槐木。',
    '箱子里的东西，我闭着眼睛都能数出来：一把刨子，两把锯，大大小小七八把凿子，一个墨斗，一卷皮尺，还有一只装满了各种螺丝钉的铁皮糖盒。父亲是厂里的钳工，下了班还喜欢帮左邻右舍修修补补，谁家的桌腿松了、门框歪了，喊一声“沈师傅”，他就提着箱子去了。',
    '小时候我最喜欢看他干活。他做事很慢，量一遍，想一会儿，再量一遍，才肯下锯。木屑从锯缝里簌簌地落下来，带着一股松香味。他说，手艺人最怕的不是慢，是返工，“木头锯短了，是接不回去的”。',
    '我上初中那年，厂里效益不好，父亲下了岗。那段时间他整天闷着，工具箱也很少打开。有一天我放学回家，看见他坐在阳台上，把箱子里的工具一件一件拿出来，擦干净，上好油，再一件一件放回去。他擦得那么仔细，好像那是他唯一还能做好的事情。',
    '后来父亲在街口支了个修理摊，修自行车，修锁，也修桌椅板凳。|生意不算好，但他每天按时出摊，按时收摊，像从前上班一样。那只工具箱就放在摊子旁边，风吹日晒，铁皮包角上的锈一年比一年多。',
    '我考上大学那年，父亲用那只箱子里的工具，给我做了一个小书架。书架做得很结实，漆刷了三遍，连背板都打磨得光溜溜的。他把书架搬进我的宿舍，前后看了看，说了一句“能用好些年”，就匆匆赶回去出摊了。',
    '那个书架跟着我搬了四次家，如今立在我书房的角落里，上面摆着我最常翻的几本书。父亲前年走了。整理遗物的时候，我把那只工具箱搬回了自己家。打开箱盖，里面的工具还是整整齐齐的，每一把都上过油，刨子底下压着一张纸条，是他歪歪扭扭的字：刨刃该磨了。',
    '纸条上没有日期，不知道是哪一年写的。我想，大概是他最后一次用刨子的时候，发现刃口钝了，想着下回再磨，就随手写下来压在那里。只是这个“下回”，再也没有来。',
    '我不会木工，那些工具我一件也用不好。可是每次打开箱子，闻到那股淡淡的机油和木头混在一起的气味，我就觉得父亲还在，还在阳台上慢慢地擦着他的凿子，量一遍，想一会儿，再量一遍。',
]
CW_Y_TITLE = '小站守夜人'
CW_Y_AUTHOR = '陆远舟'
CW_Y = [
    '青石岭车站很小，小到列车时刻表上只有两趟慢车在这里停靠，一趟早上七点零五分，一趟晚上九点四十。车站里只有三名职工，站长老魏，值班员小谭，还有一个负责道口的工人老葛。',
    '我去的时候是十一月，山里已经下过一场雪。站房是上世纪七十年代盖的，红砖墙，木窗框，屋里生着一只铁炉子，炉子上坐着一壶水，咕嘟咕嘟地响。老魏给我倒了一杯茶，说这里冬天最难熬的不是冷，是夜长。',
    '小站虽然停车少，但每天通过的货车有四十多趟，一趟也马虎不得。每天夜里，值班员要按时接发列车，道口工要在每趟车通过前放下栏杆，巡查道口。老葛在这个道口干了二十二年，他说自己闭着眼都能听出来车是重车还是空车，是快还是慢。',
    '半夜两点，一列运煤的重车从山口那边开过来，灯光先是一个小点，慢慢变大，铁轨开始轻轻震动。老葛提着信号灯站在栏杆旁，身板挺得笔直，一直等到最后一节车厢过去，才放下手里的灯，往手心里哈了一口气。',
    '小谭是站里最年轻的职工，二十六岁，大学毕业后主动申请来到这里。她说刚来的时候也想过走，后来慢慢喜欢上了这里的安静，喜欢早上站台上第一批赶车去镇上的老乡，他们背着竹篓，竹篓里装着鸡蛋和山货，见了她就打招呼。',
    '天亮的时候，雪又下起来了。七点零五分的慢车准时进站，站台上的老乡们跺着脚上了车。老魏站在站台上目送列车远去，转身对我说：“车站再小，也是人家出门的第一站、回家的最后一站。”',
]
CW_Y_CAPTION = '清晨，青石岭车站的职工在站台上迎接第一趟列车。'

CW_TOC = [
    ('卷首语', [('秋深时节好读书', '本刊编辑部', 1)]),
    ('散文', [('父亲的工具箱', '沈清禾', 12), ('小站守夜人', '陆远舟', 16), ('山居笔记三则', '常晚晴', 20),
              ('北方的柿子树', '杜若衡', 24)]),
    ('小说', [('渡口', '宋知白', 28), ('最后一班船', '叶朗', 36)]),
    ('诗歌', [('秋天的几种写法（组诗）', '乔木', 44), ('在高原', '白杨', 47)]),
    ('人物', [('一位乡村教师的三十年', '本刊记者 章可', 50)]),
    ('编读往来', [('读者来信选登', '', 60), ('2024年度征订启事', '', 63)]),
]


def cw_lines(paras, width=15):
    out = []
    for p in paras:
        out += wrap('　　' + p, width)
    return out


def cw_page(pno, header_right, columns, extra='', top0=96, folio=True, pre=''):
    """One magazine page of the spread: running header, two columns of positioned lines, folio."""
    left0 = 0  # text runs are positioned inside their page box
    pleft = 0 if pno % 2 == 0 else 480
    divs = ['<div class="t hd" style="left:%dpx;top:22px;font-size:9px;">翠微 CUIWEI · %s</div>' % (left0 + 36, CW_ISSUE)]
    if header_right:
        divs.append('<div class="t hd" style="left:%dpx;top:22px;font-size:9px;">%s</div>' % (left0 + 330, E(header_right)))
    divs.append(pre)  # headline, byline and photo come first in the layer's stream order
    for ci, col in enumerate(columns):
        top = col[0] if isinstance(col, tuple) else top0
        lines = col[1] if isinstance(col, tuple) else col
        for li, ln in enumerate(lines):
            divs.append('<div class="t" style="left:%dpx;top:%dpx;font-size:12.5px;">%s</div>'
                        % (left0 + 36 + ci * 212, top + li * 19, E(ln)))
    divs.append(extra)
    if folio:
        divs.append('<div class="t pn" style="left:%dpx;top:652px;font-size:10px;">%d</div>' % (left0 + (36 if pno % 2 == 0 else 420), pno))
    return '''<div class="page %s" id="page%d" data-page="%d" style="position:absolute;left:%dpx;top:0;width:480px;height:680px;">
<img class="pagebg" src="/books/cw202310/files/large/%d.jpg" width="480" height="680" alt="">
<div class="textLayer">
%s
</div>
</div>''' % ('pleft' if pno % 2 == 0 else 'pright', pno, pno, pleft, pno, '\n'.join(d for d in divs if d))


def cw_viewer(pages_html, cur, cs):
    thumbs = []
    for i in range(1, 21):
        label = {1: '封面', 2: '目录', 3: '目录'}.get(i, str(i))
        thumbs.append('<li%s><a href="?page=%d"><img src="/books/cw202310/files/thumb/%d.jpg" alt=""><span>%s</span></a></li>'
                      % (' class="cur"' if i in cur else '', i, i, label))
    return '''<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%(cs)s">
<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=no">
<title>翠微 %(issue)s 第%(pp)s页 - 翠微电子杂志</title>
<link rel="stylesheet" type="text/css" href="/books/style/flipbook.css">
<script type="text/javascript">
var bookConfig = {"bookId":"cw202310","bookTitle":"翠微 %(issue)s","totalPageCount":64,"currentPage":%(first)d,"pageWidth":480,"pageHeight":680,"largePath":"files/large/","thumbPath":"files/thumb/","searchEnable":true,"downloadEnable":false,"shareUrl":"http://read.cuiwei-mag.cn/books/cw202310/"};
</script>
<script type="text/javascript" src="/books/js/flipbook.min.js"></script>
</head>
<body>
<div id="toolbar">
<a class="logo" href="http://www.cuiwei-mag.cn/">《翠微》杂志社</a>
<span class="booktitle">翠微 %(issue)s</span>
<a class="btn" href="?page=1">首页</a><a class="btn" href="?page=%(prev)d">上一页</a>
<span class="pagenum"><input type="text" value="%(pp)s" size="5"> / 64</span>
<a class="btn" href="?page=%(next)d">下一页</a><a class="btn" href="?page=64">尾页</a>
<a class="btn" href="javascript:showToc()">目录</a><a class="btn" href="javascript:showThumbs()">缩略图</a><a class="btn" href="javascript:toggleFull()">全屏</a><a class="btn" href="javascript:search()">搜索</a><a class="btn" href="javascript:share()">分享</a>
</div>
<div id="bookwrap"><div id="book" style="position:relative;width:960px;height:680px;margin:0 auto;">
%(pages)s
</div></div>
<div id="thumbstrip"><a class="arrow prev" href="javascript:;">&lt;</a><ul>%(thumbs)s</ul><a class="arrow next" href="javascript:;">&gt;</a></div>
<div id="copyright">《翠微》杂志社 版权所有 · 主管：翠微市文学艺术界联合会 · 国内统一连续出版物号：CN 52-1187/I · 邮发代号：66-38</div>
</body>
</html>
''' % dict(cs=cs, issue=CW_ISSUE, pp='-'.join(str(c) for c in cur), first=cur[0],
           prev=max(1, cur[0] - 2), next=cur[-1] + 1, pages='\n'.join(pages_html), thumbs=''.join(thumbs))


def make_cuiwei():
    base = 'http://read.cuiwei-mag.cn/books/cw202310/index.html?page=%d'
    # 1: cover + contents (no essay)
    cover = cw_page(1, '', [], folio=False, extra='''<div class="t" style="left:40px;top:60px;font-size:64px;">翠微</div>
<div class="t" style="left:40px;top:140px;font-size:14px;">CUIWEI　文学月刊</div>
<div class="t" style="left:320px;top:140px;font-size:14px;">%s　总第286期</div>
<div class="t" style="left:40px;top:480px;font-size:16px;">父亲的工具箱　沈清禾</div>
<div class="t" style="left:40px;top:506px;font-size:16px;">小站守夜人　陆远舟</div>
<div class="t" style="left:40px;top:532px;font-size:16px;">渡口　宋知白</div>
<div class="t" style="left:40px;top:620px;font-size:11px;">定价：12.00元　ISSN 1008-3321</div>''' % CW_ISSUE)
    toc = []
    top = 100
    toc.append('<div class="t" style="left:40px;top:60px;font-size:22px;">目　录</div>')
    for sec, items in CW_TOC:
        toc.append('<div class="t" style="left:40px;top:%dpx;font-size:14px;">%s</div>' % (top, sec))
        top += 26
        for t, a, p in items:
            toc.append('<div class="t" style="left:60px;top:%dpx;font-size:12px;">%s</div><div class="t" style="left:300px;top:%dpx;font-size:12px;">%s</div><div class="t" style="left:420px;top:%dpx;font-size:12px;">%d</div>'
                       % (top, E(t), top, E(a), top, p))
            top += 21
        top += 8
    toc.append('<div class="t" style="left:40px;top:600px;font-size:10px;">主编：程远山　副主编：温岚　责任编辑：何苇　美术编辑：林一</div>')
    contents = cw_page(2, '', [], extra='\n'.join(toc))
    save('n-cuiwei-1.html', cw_viewer([contents, cover], [1, 2], 'gbk'), 'gbk', base % 1, '',
         '', '', '', [], kind='listing')

    # 2: spread 12-13, essay X begins and breaks off mid-paragraph at the end of page 13
    cut = next(i for i, p in enumerate(CW_X) if '|' in p)
    x_first = CW_X[:cut] + [CW_X[cut].split('|')[0]]
    x_rest = [CW_X[cut].split('|')[1]] + CW_X[cut + 1:]
    lines = cw_lines(x_first)
    # page 12: headline and byline on top, short columns; page 13: full columns
    caps = [13, 13, 27, 27]
    cols, i = [], 0
    for c in caps:
        cols.append(lines[i:i + c])
        i += c
    assert i >= len(lines), (i, len(lines))
    head12 = ('<div class="t tt" style="left:36px;top:70px;font-size:30px;">%s</div>\n'
              '<div class="t au" style="left:36px;top:120px;font-size:13px;">文／%s</div>\n'
              '<div class="t img" style="left:36px;top:150px;"><img src="/books/cw202310/files/img/12_1.jpg" width="408" height="200" alt=""></div>'
              % (CW_X_TITLE, CW_X_AUTHOR))
    p12 = cw_page(12, '散文 · ' + CW_X_TITLE, [(372, cols[0]), (372, cols[1])], pre=head12)
    p13 = cw_page(13, '', [(70, cols[2]), (70, cols[3])])
    save('n-cuiwei-2.html', cw_viewer([p12, p13], [12, 13], 'gbk'), 'gbk', base % 12, '',
         CW_X_TITLE, CW_X_AUTHOR, '2023-10', x_first)

    # 3: spread 14-15, the end of essay X on page 14, a subscription notice on page 15
    lines = cw_lines([x_rest[0]], 15)
    lines[0] = lines[0].replace('　　', '', 1)  # continues a paragraph: no indent
    lines += cw_lines(x_rest[1:], 15)
    half = (len(lines) + 1) // 2
    p14 = cw_page(14, '散文 · ' + CW_X_TITLE, [(70, lines[:half]), (70, lines[half:])],
                  extra='<div class="t" style="left:300px;top:%dpx;font-size:10px;">（责任编辑：何苇）</div>' % (70 + half * 19 + 10))
    notice = '''<div class="t" style="left:40px;top:70px;font-size:24px;">2024年度《翠微》征订启事</div>
<div class="t" style="left:40px;top:120px;font-size:12px;">《翠微》为月刊，每月10日出版，大16开，每期96页，</div>
<div class="t" style="left:40px;top:139px;font-size:12px;">单价12.00元，全年144.00元。</div>
<div class="t" style="left:40px;top:170px;font-size:12px;">邮发代号：66-38　全国各地邮局（所）均可订阅</div>
<div class="t" style="left:40px;top:189px;font-size:12px;">也可直接向本刊发行部汇款订阅，免收邮费。</div>
<div class="t" style="left:40px;top:220px;font-size:12px;">地址：翠微市文昌路17号《翠微》杂志社发行部</div>
<div class="t" style="left:40px;top:239px;font-size:12px;">邮编：558000　电话：0854-8213306</div>
<div class="t img" style="left:140px;top:300px;"><img src="/books/cw202310/files/img/15_qr.jpg" width="160" height="160" alt=""></div>
<div class="t" style="left:160px;top:470px;font-size:11px;">扫码关注翠微杂志公众号</div>'''
    p15 = cw_page(15, '', [], extra=notice)
    save('n-cuiwei-3.html', cw_viewer([p14, p15], [14, 15], 'gbk'), 'gbk', base % 14, 'gbk',
         CW_X_TITLE, '', '2023-10', x_rest)

    # 4: spread 16-17, essay Y with a photo caption at the foot of page 17
    lines = cw_lines(CW_Y)
    q = (len(lines) - 24 + 3) // 4
    caps = [12, 12, q + 6, q + 6]
    cols, i = [], 0
    for c in caps:
        cols.append(lines[i:i + c])
        i += c
    cols[3] += lines[i:]
    head16 = ('<div class="t tt" style="left:36px;top:70px;font-size:30px;">%s</div>\n'
              '<div class="t au" style="left:36px;top:120px;font-size:13px;">文／%s</div>\n'
              '<div class="t img" style="left:36px;top:150px;"><img src="/books/cw202310/files/img/16_1.jpg" width="408" height="210" alt=""></div>'
              % (CW_Y_TITLE, CW_Y_AUTHOR))
    p16 = cw_page(16, '散文 · ' + CW_Y_TITLE, [(392, cols[0]), (392, cols[1])], pre=head16)
    cap = ('<div class="t img" style="left:36px;top:%dpx;"><img src="/books/cw202310/files/img/17_1.jpg" width="408" height="150" alt=""></div>\n'
           '<div class="t cap" style="left:36px;top:%dpx;font-size:10px;">%s</div>'
           % (70 + (q + 6) * 19 + 40, 70 + (q + 6) * 19 + 196, CW_Y_CAPTION))
    p17 = cw_page(17, '', [(70, cols[2]), (70, cols[3])], extra=cap)
    save('n-cuiwei-4.html', cw_viewer([p16, p17], [16, 17], 'gbk'), 'gbk', base % 16, '',
         CW_Y_TITLE, CW_Y_AUTHOR, '2023-10', CW_Y + [CW_Y_CAPTION])


# ---------------------------------------------------------------------------
# 4. baodao: 寶島即時新聞網, Big5 Taiwan news with SEO-spam titles
# ---------------------------------------------------------------------------

BD = {
    1: dict(
        title='冬至前夕 老字號湯圓店排隊人潮回流', byline='記者林佩君／綜合報導', author='林佩君',
        updated='2023/12/21 14:05', date='2023-12-21', cat='生活', catpath='life', aid='4417326',
        spam='冬至湯圓,冬至吃什麼,湯圓推薦,台中美食,老字號湯圓,湯圓怎麼煮,2023冬至,冬至習俗,湯圓店排隊',
        kw=['冬至', '湯圓', '台中美食', '老字號'],
        inline_byline=False,
        paras=[
            '冬至將至，台中市區一家經營超過五十年的老字號湯圓店，這幾天從早到晚都排著長長的人龍。店家表示，今年的訂單比去年多了將近三成，為了應付人潮，全家人每天清晨四點就起床搓湯圓，一天要搓上好幾萬顆。',
            '第二代老闆娘陳秀琴說，店裡的湯圓全部手工製作，鹹湯圓用的是自家炒的紅蔥頭和後腿豬肉，甜湯圓則有芝麻、花生和紅豆三種口味。「我婆婆那時候就是這樣做的，一點都不能偷懶，機器做的就是少了那個口感。」',
            '不少客人是從小吃到大的老主顧。住在附近的李先生帶著兩個孩子來排隊，他說小時候每年冬至，阿嬤都會帶他來這裡買湯圓，現在換他帶孩子來，「吃湯圓就是長一歲，這個習慣不能斷」。',
            '也有年輕人專程從外縣市前來。在台北工作的黃小姐說，她在網路上看到這家店的介紹，特地趁著回老家的機會來買，還要帶幾盒冷凍湯圓回台北給同事嚐嚐。',
            '陳秀琴表示，近年來人工和食材成本都上漲，但店裡的價格只小幅調整，「很多客人是看著我們長大的，能讓大家吃得開心，辛苦一點也值得」。她也提醒民眾，冷凍湯圓買回家後不要退冰，直接下鍋煮，才不會黏成一團。',
        ]),
    2: dict(
        title='返鄉青年接手家中茶園 靠網路把高山烏龍賣到海外', byline='記者陳柏翰／南投報導', author='陳柏翰',
        updated='2024-04-18 09:32', date='2024-04-18', cat='地方', catpath='local', aid='4532118',
        spam='返鄉青年,茶園,高山烏龍,南投茶,烏龍茶推薦,茶葉網購,青農,鹿谷茶,台灣茶外銷',
        kw=['返鄉青年', '高山烏龍', '青農', '南投'],
        inline_byline=True,
        paras=[
            '三十二歲的林冠宇原本在新竹的科技公司擔任工程師，三年前父親生病，他決定辭職回到南投鹿谷老家，接手家裡經營了四十年的茶園。如今他不但把茶園顧得有聲有色，還透過網路把自家的高山烏龍賣到了日本、新加坡和美國。',
            '林冠宇說，剛回來的時候什麼都不懂，從採茶、萎凋、揉捻到烘焙，每一道工序都要從頭學起。「我爸做茶靠的是手感和鼻子，很多東西講不清楚，只能跟在旁邊一遍一遍看。」第一年他做壞了好幾批茶，心疼得好幾天睡不著覺。',
            '工程師出身的他，開始用筆記本記錄每一批茶的天氣、溫度、濕度和烘焙時間，慢慢整理出一套自己的製茶紀錄。他也架設了網路商店，拍影片介紹茶園的四季和製茶過程，吸引了不少海外華人和外國茶友下單。',
            '去年，林冠宇的茶在地方茶葉比賽中拿下頭等獎，父親在頒獎台下看著他，眼眶都紅了。「他從來不誇我，那天回家卻多喝了兩杯酒。」林冠宇笑著說。',
            '目前茶園每年約有三成的茶葉銷往海外。林冠宇表示，希望未來能結合茶園體驗和小旅行，讓更多年輕人認識台灣茶，也讓家鄉的茶產業有新的活力。',
        ]),
    3: dict(
        title='社區共餐據點滿十年 長輩：來這裡像回家', byline='即時新聞中心／綜合報導', author='',
        updated='2023年09月08日 17:48', date='2023-09-08', cat='社會', catpath='society', aid='4359901',
        spam='社區共餐,長照據點,長輩共餐,高雄社區,志工,銀髮族,老人關懷,共餐據點,十週年',
        kw=['社區共餐', '長照', '志工'],
        inline_byline=False,
        paras=[
            '高雄市一處社區共餐據點日前歡度成立十週年，社區志工特別準備了豬腳麵線和蛋糕，與每天來用餐的六十多位長輩一起慶祝。不少長輩說，十年來在這裡吃飯、聊天、上課，「來這裡就像回家一樣」。',
            '這個共餐據點設在社區活動中心的一樓，每週一到週五中午供餐，菜色由志工輪流設計，講究少油少鹽、軟硬適中。負責掌廚的志工王阿姨今年已經七十歲，她說自己也是長輩，最懂長輩想吃什麼，「牙口不好的，菜就切細一點，煮爛一點」。',
            '社區發展協會理事長張文雄表示，據點剛成立時只有十幾位長輩參加，很多人不好意思出門，志工就一戶一戶去敲門邀請。後來口耳相傳，來的人越來越多，還有人每天推著輪椅、拄著拐杖準時報到。',
            '除了共餐，據點也安排了健康操、唱歌、手作和防詐騙講座等活動。八十二歲的劉奶奶說，老伴過世後她一個人在家，常常一整天都說不上一句話，「現在每天有地方去，有人陪我講話，心情好很多，飯也吃得下了」。',
            '張文雄說，據點能夠走過十年，靠的是一群熱心的志工和社區居民的支持。未來希望能招募更多年輕志工加入，讓這份溫暖繼續傳下去。',
        ]),
}

BD_HOT = ['颱風動態／海上警報最快今晚發布 北部東部慎防豪雨', '油價連二漲 明起汽油每公升漲0.3元',
          '捷運新線通車首日 運量突破十萬人次', '年終獎金調查出爐 平均1.6個月', '氣象專家：週末冷氣團南下 北台灣探14度',
          '夜市攤商聯合推行動支付 消費滿額抽好禮', '國道連假疏運措施公布 高乘載管制時段一次看',
          '外送平台新制上路 消費者權益有哪些改變']
BD_REL = {1: ['冬至吃湯圓還是餃子？南北習俗大不同', '湯圓熱量驚人 營養師：四顆就等於一碗飯', '老店傳承三代 手工麻糬一天賣千顆'],
          2: ['青農返鄉創業 政府補助方案一次看', '春茶開採 茶農喜迎好價格', '烏龍茶外銷量創新高 日本市場成長最多'],
          3: ['長照據點增至千處 偏鄉仍有缺口', '銀髮志工投入社區服務 年逾八旬仍熱心', '防詐騙宣導進社區 長輩學會三招自保']}


def bd_frame(title_tag, main, desc, ldjson, cs_meta):
    cats = ['即時', '政治', '社會', '生活', '地方', '國際', '財經', '娛樂', '體育', '健康', '科技', '影音']
    nav = ''.join('<li><a href="/%s/">%s</a></li>' % (i, c) for i, c in enumerate(cats))
    hot = ''.join('<li><span class="rank">%d</span><a href="/life/2023/%d.html">%s</a></li>' % (i + 1, 4400000 + i * 37, t)
                  for i, t in enumerate(BD_HOT))
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=big5">' if cs_meta else ''
    return '''<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
%(meta)s
<title>%(t)s</title>
<meta name="description" content="%(desc)s">
<meta property="og:site_name" content="寶島即時新聞網">
<link rel="stylesheet" href="/css/main.css?v=231101">
<script async src="https://pagead.adnet-tw.example/js/adsbygoogle.js"></script>
%(ld)s
</head>
<body>
<div id="topbar"><a href="/"><img src="/images/logo.png" alt="寶島即時新聞網"></a><div class="date">今日 <span id="today"></span></div><a href="/member/login.php">會員登入</a> | <a href="/rss/">RSS</a></div>
<ul id="mainnav">%(nav)s</ul>
<div class="ad ad-top"><span class="adlabel">廣告</span><ins class="adsbygoogle" style="display:inline-block;width:970px;height:90px" data-ad-slot="3318207744"></ins></div>
<div id="wrapper">
<div id="main">
%(main)s
</div>
<div id="aside">
<div class="ad ad-side"><span class="adlabel">廣告</span><ins class="adsbygoogle" style="display:inline-block;width:300px;height:250px" data-ad-slot="7721045566"></ins></div>
<div class="box hotnews"><h3>熱門新聞</h3><ol>%(hot)s</ol></div>
<div class="box fb"><h3>追蹤我們</h3><div class="fb-page" data-href="https://www.facebook.com/baodaonews"></div></div>
<div class="ad ad-side"><span class="adlabel">廣告</span><a href="#"><img src="/ad/house_300x600.jpg" alt=""></a></div>
</div>
</div>
<div id="footer"><p><a href="/about/">關於我們</a>｜<a href="/contact/">聯絡我們</a>｜<a href="/privacy/">隱私權政策</a>｜<a href="/ad/">廣告刊登</a></p>
<p>寶島即時新聞網 版權所有 不得轉載 Copyright &copy; 2024 Baodao News. All Rights Reserved.</p></div>
<script>document.getElementById("today").innerHTML=new Date().toLocaleDateString();</script>
</body>
</html>
''' % dict(meta=meta, t=E(title_tag), desc=E(desc), ld=ldjson, nav=nav, main=main, hot=hot)


def make_baodao():
    for n in (1, 2, 3):
        a = BD[n]
        spam = a['spam']
        title_tag = '%s,%s - 寶島即時新聞網' % (spam, a['title'])
        ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"%s",'
              '"datePublished":"%sT%s:00+08:00","author":{"@type":"%s","name":"%s"},"publisher":{"@type":"Organization","name":"寶島即時新聞網"}}</script>'
              % (a['title'], a['date'], a['updated'][-5:], 'Person' if a['author'] else 'Organization',
                 a['author'] or '寶島即時新聞網'))
        body = []
        if a['inline_byline']:
            body.append('<p>%s</p>' % a['byline'])
        for i, p in enumerate(a['paras']):
            body.append('<p>%s</p>' % E(p))
            if i == 2:
                body.append('<div class="ad ad-inread"><span class="adlabel">廣告</span><ins class="adsbygoogle" style="display:block" data-ad-format="fluid" data-ad-slot="5509172230"></ins></div>')
        byline = '' if a['inline_byline'] else '<div class="reporter">%s</div>' % a['byline']
        main = '''<div class="breadcrumb"><a href="/">首頁</a> &gt; <a href="/%(cp)s/">%(cat)s</a> &gt; 新聞內文</div>
<div class="spamkw">%(spam)s</div>
<article class="news">
<h1>%(title)s</h1>
%(byline)s
<div class="newsinfo"><span class="time">更新時間：%(upd)s</span><span class="cat">分類：<a href="/%(cp)s/">%(cat)s</a></span>
<span class="share"><a href="#" class="fb">分享</a><a href="#" class="line">LINE</a><a href="#" class="copy">複製連結</a></span>
<span class="fontsize">字級：<a href="#">小</a><a href="#">中</a><a href="#">大</a></span></div>
<div class="newsbody">
%(body)s
</div>
<div class="keyword">關鍵字：%(kw)s</div>
<div class="spamkw2">%(spam2)s</div>
</article>
<div class="disclaimer"><b>免責聲明：</b>本網站所刊載之新聞內容，僅供讀者參考，不代表本網站立場。如有涉及侵權或內容錯誤，請來信告知，本站將於查證後儘速處理。</div>
<div class="ad ad-below"><span class="adlabel">廣告</span><ins class="adsbygoogle" style="display:block" data-ad-slot="6631095520"></ins></div>
<div class="related"><h3>相關新聞</h3><ul>%(rel)s</ul></div>
<div class="fbcomment"><h3>留言</h3><div class="fb-comments" data-numposts="5"></div></div>''' % dict(
            cp=a['catpath'], cat=a['cat'], spam=E(spam.replace(',', '　')), title=E(a['title']),
            byline=byline, upd=a['updated'], body='\n'.join(body),
            kw=''.join('<a href="/tag/%d/">%s</a> ' % (i, k) for i, k in enumerate(a['kw'])),
            spam2=E('、'.join(spam.split(',')[::-1])),
            rel=''.join('<li><a href="/%s/%d.html">%s</a></li>' % (a['catpath'], int(a['aid']) - 11 * (j + 1), r)
                        for j, r in enumerate(BD_REL[n])))
        desc = a['paras'][0][:70]
        page = bd_frame(title_tag, main, desc, ld, n in (2,))
        url = 'https://news.baodao-news.com.tw/%s/%s/%s.html' % (a['catpath'], a['date'].replace('-', ''), a['aid'])
        save('n-baodao-%d.html' % n, page, 'big5', url, '' if n == 2 else 'big5',
             a['title'], a['author'], a['date'], a['paras'])
    # 4: category listing of the 生活 section (no essay)
    items = []
    lst = [('冬至前夕 老字號湯圓店排隊人潮回流', '2023/12/21 14:05'),
           ('寒流來襲 醫師提醒長輩注意保暖防心血管疾病', '2023/12/21 13:40'),
           ('聖誕市集週末登場 百攤文創小物搶先看', '2023/12/21 12:58'),
           ('跨年煙火倒數 交通管制路段一次看', '2023/12/21 12:15'),
           ('超商推冬至限定商品 湯圓禮盒搶市', '2023/12/21 11:30'),
           ('年菜預購開跑 今年主打小份量', '2023/12/21 10:46'),
           ('電費夏月結束 民眾帳單少一成', '2023/12/21 10:02'),
           ('社區圖書館延長開放 寒假陪讀班開課', '2023/12/21 09:20'),
           ('公車新路線下月上路 串聯三大商圈', '2023/12/21 08:35'),
           ('流感疫苗第二階段開打 醫院門診一位難求', '2023/12/20 22:10')]
    for i, (t, tm) in enumerate(lst):
        items.append('<li class="newslist-item"><a href="/life/202312%s/%d.html"><img src="/photo/s/%d.jpg" alt=""><h3>%s</h3></a><span class="time">%s</span><p class="summary">%s</p></li>'
                     % (tm[8:10], 4417326 - i * 19, 4417326 - i * 19, t, tm, '點擊閱讀全文…'))
        if i == 4:
            items.append('<li class="ad"><span class="adlabel">廣告</span><ins class="adsbygoogle" data-ad-slot="2209981134"></ins></li>')
    main = '''<div class="breadcrumb"><a href="/">首頁</a> &gt; 生活</div>
<h2 class="catetitle">生活新聞</h2>
<ul class="newslist">%s</ul>
<div class="pagination"><a class="cur">1</a><a href="?page=2">2</a><a href="?page=3">3</a><a href="?page=4">4</a><a href="?page=5">5</a><a href="?page=2">下一頁</a></div>''' % '\n'.join(items)
    page = bd_frame('生活新聞,生活資訊,即時生活,冬至,寒流,聖誕,跨年 - 寶島即時新聞網', main, '寶島即時新聞網生活新聞', '', True)
    save('n-baodao-4.html', page, 'big5', 'https://news.baodao-news.com.tw/life/', '',
         '', '', '', [], kind='listing')


# ---------------------------------------------------------------------------
# 5. lanting: 兰亭文学社 (a school literature society), 作品选登
# ---------------------------------------------------------------------------

LT_COMP = [
    dict(title='槐花落时', sign='高一（2）班　许诺　　指导老师：方静', paras=[
        '学校后门有一棵老槐树，据说比学校的年纪还大。每年五月，槐花一开，整条小巷都是甜丝丝的香味，连上课的时候都能闻到。小巷里的孩子们常常踮起脚去够低处的花枝，被看门的大爷远远地喊住。',
        '初一那年，我常在放学后坐在槐树下等妈妈来接。那时候我刚转学过来，没有认识几个人，心里总是空落落的。有一天，一个扎马尾的女孩坐到我旁边，递给我一串刚摘下来的槐花，说：“你尝尝，是甜的。”我放进嘴里，真的是甜的，带着一点青草的味道。',
        '后来她成了我最好的朋友。我们一起背单词，一起抢食堂最后一份糖醋排骨，一起在槐树下许过很多现在想起来有些好笑的愿望。初三毕业，她跟着父母去了南方，走的那天，槐花正落，落了她一肩膀。她说到了那边会给我写信，第一年写了很多封，后来慢慢少了，但每年五月，我总能收到她寄来的一张明信片，上面只写一句话：槐花开了吗？',
        '现在我每天还是从后门走。槐花开了又落，落了又开，我常常想，她那边的城市里，有没有一棵这样的树，会不会也有人在树下，把一串槐花递给一个孤单的新同学。',
    ]),
    dict(title='外婆的菜园', sign='高一（5）班　林小满　　指导老师：方静', paras=[
        '外婆家的院子后面有一块菜园，不大，也就两分地，却被她侍弄得井井有条。春天种豆角和黄瓜，夏天有茄子和辣椒，秋天是萝卜白菜，一年四季，菜园里总是绿油油的。',
        '外婆每天早上五点就起床，先给菜浇水，再拔一遍草。她弯着腰在菜地里一待就是一个多小时，我劝她歇一歇，她总说：“菜跟人一样，你对它上心，它就对你好。”',
        '每次我们回去，外婆都要往车后备箱里塞满她种的菜，装了一袋又一袋，生怕我们在城里吃不上新鲜菜。妈妈说家里菜市场什么都有，外婆就假装没听见，继续往袋子里装。等我们的车开远了，回头还能看见她站在路口，一直朝我们挥手。',
        '去年冬天，外婆摔了一跤，腿脚不如从前灵便了。开春以后，舅舅劝她别再种菜了，她嘴上答应着，转身就让我帮她撒种子。我蹲在菜地里，学着她的样子挖坑、点种、盖土，她坐在小板凳上看着我，一会儿说深了，一会儿说浅了。',
        '那天的阳光很好，照在外婆花白的头发上，也照在刚刚翻过的泥土上。我忽然明白，外婆种的不只是菜，是她对一家人的惦记。',
    ]),
    dict(title='晨跑', sign='高二（1）班　周一航　　指导老师：韩立新', paras=[
        '高二开学第一天，我给自己定了一个目标：每天早上六点起床，绕着学校的操场跑五圈。',
        '第一周，我几乎每天都在和闹钟打架。闹钟响了，我按掉，再响，再按掉，等真正爬起来的时候，天已经大亮了。第二周，我把闹钟放到书桌上，非得下床才能关掉，又在床头贴了一张纸条，这才算勉强坚持下来。',
        '早上的操场很安静。跑道上只有几个和我一样的人，还有一位每天都来快走的宿管阿姨。天边一点一点亮起来，先是灰白，再是淡红，最后太阳从教学楼的后面探出头来，把整个操场照得暖洋洋的。偶尔有几只麻雀落在跑道边的草坪上，跳几下，又扑棱棱地飞走了。',
        '跑到第三圈的时候，腿开始发沉，呼吸也变得急促。这时候我会想起体育老师说的话：“最难的那一圈跑过去了，后面反而轻松。”我咬着牙往前跑，果然，第四圈、第五圈一圈比一圈轻快。',
        '一个学期下来，我没有缺过一天，八百米成绩从三分四十秒提高到了三分零五秒。更重要的是，我学会了一件事：很多事情不是因为容易才坚持，而是因为坚持了才变得容易。',
    ]),
]

LT_SINGLE = {
    2: dict(title='我的父亲是护林员', author='陈思远', grade='初二（3）班', date='2023-11-20', shown='发布时间：2023-11-20',
            teacher='苏晓红', aid=287,
            comment='本文以朴实的语言记叙了父亲作为护林员的日常工作，选取巡山、植树、防火期守塔等典型事例，层次清楚，情感真挚。结尾点题，水到渠成。若能在细节描写上再下些功夫，比如写一写父亲的手、父亲的脚步声，文章会更加动人。',
            paras=[
                '我的父亲是一名护林员，他守护的那片山林在我们镇的最北边，有三千多亩。',
                '每天早上，父亲背上水壶和干粮，带上一把柴刀和一部对讲机，就出发巡山了。山路很陡，有的地方根本没有路，要拽着树枝往上爬。他一走就是一整天，回到家的时候，裤腿上全是泥，胳膊上常常被荆棘划出一道道血印子。',
                '小时候我不理解父亲的工作，觉得整天在山里转来转去，有什么意思？有一年暑假，我缠着父亲带我上山。走了不到两个小时，我就累得坐在石头上不肯起来。父亲笑着把水壶递给我，指着远处说：“你看，那边是咱们去年春天种的小松树，都长这么高了。”',
                '我顺着他的手指望过去，一片嫩绿的小树苗整整齐齐地排在山坡上，像一群刚刚排好队的小学生。父亲告诉我，这片山以前被砍得光秃秃的，一下大雨就往下冲泥巴，是他们一棵一棵种回来的。',
                '最让父亲揪心的是防火期。每年秋冬季节，他几乎天天住在山上的瞭望塔里，晚上也要起来好几次，拿着望远镜四处看。有一次过年，别人家都在吃团圆饭，父亲却在山上守着，我和妈妈把饺子装在保温桶里给他送上去，一家三口就在瞭望塔里过了年。',
                '现在我长大了一些，终于明白了父亲的坚守。满山的绿色，是他用脚步一步一步量出来的。我为我的父亲骄傲。',
            ]),
    3: dict(title='雨中的公交站', author='何雨桐', grade='初一（6）班', date='2024-03-08', shown='发表于 2024.03.08',
            teacher='方静', aid=318,
            comment='小作者善于观察生活，抓住雨中公交站台上一个普通男生的几个动作，写出了平凡人身上的温暖。“湿透了后背的身影”这一细节前后呼应，耐人寻味。结尾一句议论点明主旨，简洁有力。',
            paras=[
                '那天放学的时候，天突然下起了大雨。我没带伞，只好跑到学校门口的公交站下躲雨。',
                '站台下挤满了人，有刚下班的叔叔阿姨，有背着书包的同学，还有一位提着菜篮子的老奶奶。雨越下越大，打在站台的顶棚上噼里啪啦地响，风一吹，雨丝斜着飘进来，站在边上的人衣服都湿了半边。',
                '我注意到，站在最外面的是一个穿校服的男生，他的后背已经湿透了，却一直没有往里挤。过了一会儿，老奶奶的菜篮子被风吹倒了，西红柿滚了一地，他第一个冲出去，弯着腰在雨里一个一个地捡回来，又把篮子扶正，放到奶奶脚边。',
                '老奶奶连声说谢谢，要把自己的伞借给他。男生摆摆手，说：“奶奶，您年纪大了，别淋着，我一会儿就上车了。”',
                '公交车来了，大家排着队上车。男生让老奶奶先上，自己最后一个上去。车开动的时候，我透过起雾的车窗往外看，雨还在下，可是我心里却觉得暖暖的。',
                '那个男生我后来再也没有见过，连他的名字也不知道。但每到下雨天，我总会想起那个湿透了后背的身影。原来温暖并不需要多么了不起的事情，有时候只是雨中一次弯腰。',
            ]),
    4: dict(title='回村过年，我看见了家乡的新变化', author='张子墨', grade='初一（4）班', date='', shown='',
            teacher='韩立新', aid=266,
            comment='文章按照进村、到家、参观大棚、晚上看秧歌的顺序，从道路、庭院、产业、文化生活几个方面写出了家乡的新变化，条理清楚。采摘草莓一段写得生动具体。建议结尾再展开一些，把自己的感受写得更充分。',
            paras=[
                '今年寒假，我跟着爸爸妈妈回老家过年。车子一拐进村口，我差点没认出来：原来坑坑洼洼的土路变成了平平整整的水泥路，路两边装上了太阳能路灯，每家每户的院墙都刷得雪白，上面还画着五颜六色的图画。',
                '爷爷家门口以前是一个堆满柴草的角落，现在变成了一个小花园，种着月季和冬青。爷爷骄傲地告诉我，这是村里搞“美丽庭院”评比，他们家得了一等奖。',
                '最让我惊讶的是村东头的那片荒地。以前那里杂草丛生，大人们都不让我们小孩去。现在那里盖起了一排排整齐的大棚，里面种着草莓和西红柿。大年初二，爷爷带我去大棚里摘草莓，一个个红彤彤的，咬一口，甜得直流汁。管理大棚的叔叔说，这些草莓大部分通过网络卖到了城里，村里不少人就在家门口上班，一年能多挣好几万元。',
                '晚上，村文化广场上灯火通明，锣鼓声、欢笑声连成一片。奶奶和村里的老姐妹们穿着红衣裳扭秧歌，扭得比年轻人还起劲。爸爸站在人群里看了很久，说他小时候村里过年可没有这么热闹。',
                '回城的路上，我一直望着车窗外。我想，等我长大了，也要为家乡的变化出一份力。',
            ]),
}


def lt_frame(cs, title, crumb, main):
    side_new = ''.join('<li><a href="/zpxd/%d.html">%s</a></li>' % (300 + i, t) for i, t in enumerate(
        ['槐花落时', '我的父亲是护林员', '雨中的公交站', '那一盏灯', '回村过年，我看见了家乡的新变化', '给十年后的自己', '秋天的校园']))
    return '''<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%(cs)s" />
<title>%(title)s_作品选登_兰亭文学社</title>
<link rel="stylesheet" href="/templets/lanting/css/main.css" />
<script src="/templets/lanting/js/jquery.min.js"></script>
</head>
<body>
<div class="head"><div class="logo"><img src="/templets/lanting/images/logo.png" alt="兰亭文学社" /><span>以文会友　以友辅仁</span></div></div>
<div class="menu"><ul><li><a href="/">首页</a></li><li><a href="/shjj/">社团简介</a></li><li class="on"><a href="/zpxd/">作品选登</a></li><li><a href="/zzdt/">社刊《兰亭》</a></li><li><a href="/hdjx/">活动剪影</a></li><li><a href="/zgxx/">征稿信息</a></li><li><a href="/lxwm/">联系我们</a></li></ul></div>
<div class="main">
<div class="left">
<div class="place">当前位置：<a href="/">首页</a> &gt; %(crumb)s</div>
%(main)s
</div>
<div class="right">
<div class="rbox"><h3>社团简介</h3><p>兰亭文学社成立于1998年，是我校历史最悠久的学生社团，现有社员120余人，社刊《兰亭》每学期出版两期。</p></div>
<div class="rbox"><h3>最新作品</h3><ul>%(side)s</ul></div>
<div class="rbox"><h3>征稿启事</h3><p>欢迎全校同学踊跃投稿，稿件请发送至社团邮箱，请注明班级、姓名和指导老师。</p></div>
</div>
</div>
<div class="foot"><p>Copyright &copy; 兰亭文学社 版权所有　　指导单位：校团委　语文教研组</p><p>地址：翠湖区文苑路1号　　<a href="https://beian.miit.gov.cn/">湘ICP备19011852号</a></p></div>
</body>
</html>
''' % dict(cs=cs, title=E(title), crumb=crumb, main=main, side=side_new)


def make_lanting():
    # 1: compilation of three short essays, signature line after each essay
    parts = ['<h1 class="ctitle">作品选登 · 《兰亭》第23期春季刊</h1>',
             '<div class="cinfo">本期编辑：文学社编辑部　　发布时间：2024年4月12日　　阅读：<span id="hits">521</span></div>',
             '<div class="content">',
             '<p class="intro">编者按：本期选登三篇社员习作，题材都来自身边的人和事，文字朴素，感情真挚，与大家分享。</p>']
    for i, e in enumerate(LT_COMP):
        if i:
            parts.append('<p class="divider" style="text-align:center"><img src="/uploads/allimg/line_flower.gif" alt="" /><br />～～～ ✿ ～～～ ✿ ～～～</p>')
        parts.append('<h2 style="text-align:center">%s</h2>' % E(e['title']))
        for p in e['paras']:
            parts.append('<p style="text-indent:2em">%s</p>' % E(p))
        parts.append('<p style="text-align:right">%s</p>' % E(e['sign']))
    parts.append('</div>')
    parts.append('<div class="pagebreak">上一篇：<a href="/zpxd/2024/0405/312.html">我的父亲是护林员</a>　　下一篇：<a href="/zpxd/2024/0419/321.html">给十年后的自己</a></div>')
    page = lt_frame('utf-8', LT_COMP[0]['title'], '<a href="/zpxd/">作品选登</a> &gt; 正文', '\n'.join(parts))
    page = page.replace('<title>槐花落时_', '<title>作品选登（第23期）_')
    text = []
    for i, e in enumerate(LT_COMP):
        if i:
            text.append(e['title'])
        text += e['paras']
    save('n-lanting-1.html', page, 'utf-8', 'http://www.ltwxs.net/zpxd/2024/0412/318.html', '',
         LT_COMP[0]['title'], '-', '2024-04-12', text)
    # 2-4: single essays with a teacher's comment box
    for n in (2, 3, 4):
        a = LT_SINGLE[n]
        cs = 'gbk' if n == 2 else 'utf-8'
        info = '作者：%s（%s）　　%s%s阅读：<span id="hits">%d</span>' % (
            a['author'], a['grade'], a['shown'], '　　' if a['shown'] else '', 100 + a['aid'])
        main = '''<div class="article">
<h1>%s</h1>
<div class="info">%s</div>
<div class="content">
%s
</div>
<div class="dianping"><h4>【教师点评】</h4><p>%s</p><p class="teacher" style="text-align:right">点评教师：%s</p></div>
<div class="zan"><a href="javascript:;" onclick="digg(%d)">赞一个（<span id="digg">%d</span>）</a></div>
<div class="pagebreak">上一篇：<a href="#">那一盏灯</a>　　下一篇：<a href="#">给十年后的自己</a></div>
</div>''' % (E(a['title']), info, '\n'.join('<p style="text-indent:2em">%s</p>' % E(p) for p in a['paras']),
             E(a['comment']), a['teacher'], a['aid'], a['aid'] % 37)
        page = lt_frame(cs, a['title'], '<a href="/zpxd/">作品选登</a> &gt; 正文', main)
        url = 'http://www.ltwxs.net/zpxd/%s/%d.html' % ({2: '2023/1120', 3: '2024/0308', 4: '2024/0226'}[n], a['aid'])
        save('n-lanting-%d.html' % n, page, cs, url, 'gbk' if n == 2 else '',
             a['title'], a['author'], a['date'], a['paras'])


# ---------------------------------------------------------------------------
# 6. liuping: 柳坪县人民政府 portal, 部门动态 with 信息公开 table and a mega-menu
# ---------------------------------------------------------------------------

LP = {
    1: dict(title='县农业农村局召开乡村振兴重点工作推进会', org='柳坪县农业农村局', source='县农业农村局',
            author='', date='2024-03-26', time='16:42', topic='农业、林业、水利', idx='11513425MB1A2345XK/2024-00318',
            wenhao='', aid='1186523', hits='1,047',
            attach=['2024年全县乡村振兴重点工作任务清单.docx', '一季度工作进展情况统计表.xlsx'],
            paras=[
                '3月25日，县农业农村局召开全县乡村振兴重点工作推进会，总结一季度工作进展，安排部署下一阶段重点任务。各乡镇分管负责同志、县直有关单位负责同志参加会议。',
                '会议指出，今年以来，全县上下紧扣巩固拓展脱贫攻坚成果同乡村振兴有效衔接这一主线，扎实推进防止返贫动态监测帮扶、产业就业帮扶和农村人居环境整治等工作，全县春耕备耕有序开展，已落实粮食播种面积二十一点三万亩，新建高标准农田一点二万亩，各项工作实现良好开局。',
                '会议强调，要抓实防止返贫动态监测，对排查出的风险户做到早发现、早干预、早帮扶，坚决守住不发生规模性返贫的底线。要做强乡村特色产业，围绕核桃、中药材、食用菌等主导产业，培育壮大龙头企业和农民专业合作社，完善联农带农机制，让农民更多分享产业增值收益。',
                '会议要求，要持续推进农村人居环境整治提升，以农村厕所革命、生活垃圾和污水治理为重点，因地制宜建设宜居宜业和美乡村。要加强农村基层组织建设，发挥好驻村第一书记和工作队作用，推动各项政策举措落地见效。',
                '会上，柳溪镇、石门乡、青冈镇三个乡镇作了交流发言，县农业农村局相关股室负责同志就重点工作作了具体安排。',
            ]),
    2: dict(title='县国资委推动县属国企改革提质增效', org='柳坪县国有资产监督管理委员会', source='县国资委',
            author='王瑞', date='2023-12-14', time='09:15', topic='国有资产监管', idx='11513425MB1A2391PQ/2023-01274',
            wenhao='', aid='1152207', hits='863',
            attach=[],
            paras=[
                '今年以来，县国资委聚焦县属国有企业改革深化提升行动，坚持以市场化改革为方向，以提高核心竞争力和增强核心功能为重点，推动县属国企在改革中提质、在转型中增效。',
                '在优化布局结构方面，县国资委对原有的十二家县属企业进行战略性重组整合，组建城市建设投资、交通水务、文化旅游三大集团，清理退出长期亏损、无实际经营业务的“空壳”企业五户，企业管理层级压缩至三级以内，资源配置效率明显提升。',
                '在完善公司治理方面，县属国企全面建立外部董事占多数的董事会，制定董事会授权管理办法和经理层成员任期制契约化管理实施方案，三大集团经理层成员全部签订岗位聘任协议和业绩责任书，真正做到“干部能上能下、员工能进能出、收入能增能减”。',
                '在防范经营风险方面，县国资委建立健全企业债务风险监测预警机制，按月跟踪企业资产负债率和现金流情况，严控新增隐性债务，同时强化对企业投资、担保、资金出借等重大事项的监管，推动国有资产保值增值。',
                '截至11月底，县属国有企业资产总额同比增长百分之九点二，营业收入同比增长百分之十四点六，利润总额实现扭亏为盈。县国资委负责人表示，下一步将继续深化县属国企改革，推动国有资本向基础设施、公共服务和战略性新兴产业集中，为全县经济社会高质量发展提供有力支撑。',
            ]),
    3: dict(title='县直机关工委开展“党建+志愿服务”主题活动', org='中共柳坪县直属机关工作委员会', source='县直机关工委',
            author='', date='2024-05-11', time='10:08', topic='党建工作', idx='11513425MB1A2402HC/2024-00562',
            wenhao='柳直工发〔2024〕9号', aid='1203391', hits='592',
            attach=['关于开展“党建+志愿服务”主题活动的通知.pdf'],
            paras=[
                '为深入推进党建引领基层治理，连日来，县直机关工委组织全县各机关党支部深入联系社区和村组，开展“党建+志愿服务”主题活动，引导广大党员干部亮身份、当先锋、作表率，把为民服务的实事办到群众心坎上。',
                '在城关镇东关社区，县财政局、县人社局的党员志愿者和社区网格员一起走进老旧小区，清理楼道杂物，疏通下水管道，为独居老人检查家里的用电和燃气安全。“党员干部来帮我们修修弄弄，心里踏实。”七十六岁的居民张大爷说。',
                '在石门乡红岩村，县卫健局党支部组织医疗志愿服务队开展义诊，为村民免费测量血压、血糖，讲解慢性病防治知识；县司法局党员律师现场解答土地承包、婚姻家庭、劳动报酬等方面的法律问题，发放宣传资料三百余份。',
                '在县城各主要路口，县交通运输局、县公安局的党员志愿者身穿红马甲，协助交警疏导交通，劝导行人文明出行，成为街头一道亮丽的风景线。',
                '据了解，县直机关工委已建立“机关支部+社区（村）”结对共建机制，推动六十八个机关党支部与全县社区、村组结对，常态化开展志愿服务活动。今年以来，全县机关党员累计参加志愿服务一万二千余人次，解决群众急难愁盼问题四百六十余件。',
            ]),
}

LP_DEPTS = ['县发展和改革局', '县教育局', '县科学技术局', '县工业和信息化局', '县公安局', '县民政局', '县司法局',
            '县财政局', '县人力资源和社会保障局', '县自然资源局', '县生态环境分局', '县住房和城乡建设局',
            '县交通运输局', '县水利局', '县农业农村局', '县商务局', '县文化广播电视和旅游局', '县卫生健康局',
            '县退役军人事务局', '县应急管理局', '县审计局', '县国资委', '县市场监督管理局', '县统计局',
            '县医疗保障局', '县林业局', '县乡村振兴局', '县行政审批局', '县信访局', '县数据局']
LP_DEPT_ITEMS = ['机构职能', '领导信息', '工作动态', '政策文件', '财政资金', '规划计划', '人事信息', '行政执法', '办事指南']
LP_TOWNS = ['城关镇', '柳溪镇', '青冈镇', '石门乡', '白水镇', '云台乡', '槐林镇', '河湾乡', '鹿鸣镇',
            '桃源乡', '平坝镇', '双河乡', '金竹镇', '龙洞乡']
LP_TOWN_ITEMS = ['乡镇概况', '领导之窗', '通知公告', '工作动态', '政务公开', '便民服务', '乡村振兴', '党建工作']


def lp_menu():
    """The nested-list mega-menu carried by every page of the portal (500+ links)."""
    groups = [
        ('走进柳坪', [('县情概况', ['柳坪简介', '历史沿革', '行政区划', '自然地理', '人口民族', '经济发展', '交通区位', '旅游资源']),
                      ('领导之窗', ['县委领导', '县人大领导', '县政府领导', '县政协领导']),
                      ('柳坪影像', ['图说柳坪', '视频柳坪', '柳坪风光', '非遗展示'])]),
        ('新闻中心', [('新闻资讯', ['柳坪要闻', '部门动态', '乡镇动态', '通知公告', '媒体聚焦', '视频新闻', '图片新闻', '新闻发布会'])]),
        ('政务公开', [('政府信息公开', ['政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '政府信息公开年报', '依申请公开']),
                      ('重点领域', ['财政预决算', '重大建设项目', '公共资源配置', '社会公益事业', '乡村振兴', '生态环境', '安全生产', '食品药品',
                                    '教育领域', '医疗卫生', '就业创业', '社会救助', '住房保障', '国资国企', '审计公告', '统计信息']),
                      ('政策文件', ['县政府文件', '县政府办文件', '部门文件', '规范性文件', '政策解读', '废止文件'])]),
        ('政务服务', [('办事服务', ['个人办事', '法人办事', '主题服务', '部门服务', '一件事一次办', '政务服务中心', '便民热线', '办事指南',
                                    '表格下载', '办件查询', '好差评'])]),
        ('互动交流', [('政民互动', ['县长信箱', '部门信箱', '在线访谈', '征集调查', '意见征集', '热点回应', '常见问题', '12345热线'])]),
        ('专题专栏', [('专题', ['学习贯彻党的二十大精神', '主题教育', '乡村振兴', '优化营商环境', '安全生产月', '创建文明城市',
                                '法治政府建设', '扫黑除恶', '防汛抗旱', '森林防火', '疫情防控', '民生实事'])]),
    ]
    out = ['<ul class="mega-menu" id="nav">']
    n = 0
    for top, subs in groups:
        out.append('<li class="nav-item"><a href="/%s/">%s</a><div class="nav-drop"><ul class="drop-cols">' % (len(out), top))
        for sname, items in subs:
            out.append('<li class="drop-col"><h4><a href="#">%s</a></h4><ul>' % sname)
            for it in items:
                out.append('<li><a href="/list/%d.html">%s</a></li>' % (1000 + n, it))
                n += 1
            out.append('</ul></li>')
        out.append('</ul></div></li>')
    out.append('<li class="nav-item"><a href="/bmdh/">部门导航</a><div class="nav-drop"><ul class="drop-cols">')
    for d in LP_DEPTS:
        out.append('<li class="drop-col"><h4><a href="#">%s</a></h4><ul>' % d)
        for it in LP_DEPT_ITEMS:
            out.append('<li><a href="/bm/%d.html">%s</a></li>' % (2000 + n, it))
            n += 1
        out.append('</ul></li>')
    out.append('</ul></div></li>')
    out.append('<li class="nav-item"><a href="/xzdh/">乡镇导航</a><div class="nav-drop"><ul class="drop-cols">')
    for t in LP_TOWNS:
        out.append('<li class="drop-col"><h4><a href="#">%s</a></h4><ul>' % t)
        for it in LP_TOWN_ITEMS:
            out.append('<li><a href="/xz/%d.html">%s</a></li>' % (3000 + n, it))
            n += 1
        out.append('</ul></li>')
    out.append('</ul></div></li></ul>')
    return '\n'.join(out), n


def lp_frame(cs, title, main):
    menu, n = lp_menu()
    assert menu.count('<a ') >= 500, menu.count('<a ')
    return '''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%(cs)s">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="柳坪县人民政府">
<meta name="SiteDomain" content="www.liuping.gov.cn">
<meta name="SiteIDCode" content="5134250012">
<meta name="ArticleTitle" content="%(title)s">
<title>%(title)s_柳坪县人民政府</title>
<link rel="stylesheet" href="/images/2021/css/common.css">
<script src="/images/2021/js/jquery-1.12.4.min.js"></script>
<script src="/images/2021/js/common.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><span>欢迎访问柳坪县人民政府门户网站！</span><div class="fr"><a href="javascript:;" id="wza">无障碍</a> | <a href="javascript:;" id="zhmode">长者模式</a> | <a href="javascript:;" id="StranLink">繁體</a> | <a href="/wap/">手机版</a> | <a href="/login/">登录</a></div></div></div>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/images/2021/logo.png" alt="柳坪县人民政府"></a>
<div class="search"><form action="/search/search.jsp" method="get"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form><p>热词：<a href="#">乡村振兴</a> <a href="#">营商环境</a> <a href="#">社保</a> <a href="#">招聘</a></p></div></div></div>
<div class="navbox"><div class="w1200">
%(menu)s
</div></div>
<div class="w1200 mainbox">
%(main)s
</div>
<div class="footer"><div class="w1200">
<div class="flinks"><select><option>国家部委网站</option></select><select><option>省级政府网站</option></select><select><option>县直部门网站</option></select></div>
<p><a href="#">网站地图</a> | <a href="#">关于我们</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>
<p>主办：柳坪县人民政府办公室　承办：柳坪县数据局　地址：柳坪县城关镇人民路128号　邮编：615700</p>
<p>联系电话：0834-6672001　　政府网站标识码：5134250012　　<a href="https://beian.miit.gov.cn/">蜀ICP备05012873号</a>　　<img src="/images/2021/ga.png" alt="">川公网安备 51342502000117号</p>
<p><script id="_jiucuo_" sitecode="5134250012" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>　<img src="/images/2021/dzjg.png" alt="党政机关"></p>
</div></div>
<script>$(function(){$('.nav-item').hover(function(){$(this).addClass('on')},function(){$(this).removeClass('on')});});</script>
</body>
</html>
''' % dict(cs=cs, title=E(title), menu=menu, main=main)


def make_liuping():
    for n in (1, 2, 3):
        a = LP[n]
        cs = {1: 'utf-8', 2: 'utf-8', 3: 'gbk'}[n]
        header_cs = {1: 'utf-8', 2: '', 3: ''}[n]
        attach = ''
        if a['attach']:
            attach = '<div class="fujian"><h4>相关附件：</h4><ul>%s</ul></div>' % ''.join(
                '<li><a href="/uploadfiles/%s/%d.%s">附件%d：%s</a></li>' % (a['date'][:7].replace('-', ''), 88100 + i, f.rsplit('.', 1)[1], i + 1, E(f))
                for i, f in enumerate(a['attach']))
        info = '发布时间：%s %s　　来源：%s　　%s浏览次数：<span id="visitcount">%s</span>' % (
            a['date'], a['time'], a['source'], ('作者：%s　　' % a['author']) if a['author'] else '', a['hits'])
        main = '''<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/bmdt/">部门动态</a></div>
<div class="article-box">
<table class="xxgk-table" width="100%%" border="1" cellspacing="0" cellpadding="0">
<tr><th width="12%%">索 引 号：</th><td width="38%%">%(idx)s</td><th width="12%%">主题分类：</th><td>%(topic)s</td></tr>
<tr><th>发布机构：</th><td>%(org)s</td><th>成文日期：</th><td>%(date)s</td></tr>
<tr><th>名　　称：</th><td colspan="3">%(title)s</td></tr>
<tr><th>文　　号：</th><td>%(wh)s</td><th>发布日期：</th><td>%(date)s</td></tr>
<tr><th>有 效 性：</th><td>有效</td><th>主 题 词：</th><td></td></tr>
</table>
<h1 class="art-title">%(title)s</h1>
<div class="art-info">%(info)s
<span class="fontsize">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
<span class="qr">扫一扫在手机打开<div class="qrbox"><img src="/qrcode.jsp?url=%(url)s" alt=""></div></span></div>
<div class="art-content" id="zoom">
<div class="TRS_Editor">
%(body)s
</div>
</div>
%(attach)s
<div class="art-share">分享到：<a href="#" class="wx">微信</a><a href="#" class="wb">微博</a><a href="#" class="qq">QQ空间</a></div>
<div class="art-btn">【<a href="javascript:window.print();">打印本页</a>】【<a href="javascript:window.close();">关闭窗口</a>】</div>
<div class="art-prev">上一篇：<a href="#">县市场监管局开展春季食品安全专项检查</a><br>下一篇：<a href="#">县应急管理局组织开展防汛应急演练</a></div>
</div>''' % dict(idx=a['idx'], topic=a['topic'], org=a['org'], date=a['date'], title=E(a['title']),
                 wh=E(a['wenhao']), info=info, url='http://www.liuping.gov.cn/', attach=attach,
                 body='\n'.join('<p style="text-indent:2em;">%s</p>' % E(p) for p in a['paras']))
        page = lp_frame(cs, a['title'], main)
        url = 'http://www.liuping.gov.cn/xwzx/bmdt/%s/t%s_%s.html' % (a['date'][:7].replace('-', ''), a['date'].replace('-', ''), a['aid'])
        save('n-liuping-%d.html' % n, page, cs, url, header_cs, a['title'], a['author'], a['date'], a['paras'])
    # 4: site search results (no essay)
    res = [('县农业农村局召开<em>乡村振兴</em>重点工作推进会', '3月25日，县农业农村局召开全县<em>乡村振兴</em>重点工作推进会，总结一季度工作进展……', '/xwzx/bmdt/202403/t20240326_1186523.html', '2024-03-26'),
           ('柳坪县2024年<em>乡村振兴</em>衔接资金项目计划公示', '根据《柳坪县衔接推进<em>乡村振兴</em>补助资金管理办法》，现将2024年项目计划予以公示……', '/zwgk/zdly/xczx/202402/t20240219_1179034.html', '2024-02-19'),
           ('石门乡：特色产业助力<em>乡村振兴</em>', '近年来，石门乡立足资源禀赋，大力发展核桃、食用菌等特色产业……', '/xwzx/xzdt/202401/t20240115_1170388.html', '2024-01-15'),
           ('关于印发《柳坪县<em>乡村振兴</em>驻村帮扶工作考核办法》的通知', '各乡镇人民政府，县直各部门：现将《柳坪县<em>乡村振兴</em>驻村帮扶工作考核办法》印发给你们……', '/zwgk/zcwj/202312/t20231208_1150021.html', '2023-12-08'),
           ('县委农村工作会议暨<em>乡村振兴</em>工作会议召开', '12月1日，县委农村工作会议暨<em>乡村振兴</em>工作会议召开……', '/xwzx/lpyw/202312/t20231201_1148360.html', '2023-12-01'),
           ('柳溪镇举办<em>乡村振兴</em>人才培训班', '为提升基层干部和致富带头人的能力素质，柳溪镇举办<em>乡村振兴</em>人才培训班……', '/xwzx/xzdt/202311/t20231124_1146112.html', '2023-11-24'),
           ('【政策解读】《柳坪县推进<em>乡村振兴</em>产业发展若干措施》解读', '一、出台背景　二、主要内容　三、适用范围……', '/zwgk/zcjd/202310/t20231030_1139457.html', '2023-10-30'),
           ('县乡村振兴局2023年部门预算公开', '柳坪县乡村振兴局2023年部门预算公开说明……', '/zwgk/zdly/czyjs/202303/t20230321_1096213.html', '2023-03-21')]
    items = '\n'.join('<div class="result-item"><h3><a href="%s" target="_blank">%s</a></h3><p class="summary">%s</p><p class="meta"><span class="url">http://www.liuping.gov.cn%s</span><span class="date">%s</span></p></div>'
                      % (u, t, s, u, d) for t, s, u, d in res)
    main = '''<div class="position">您当前的位置：<a href="/">首页</a> &gt; 站内搜索</div>
<div class="search-box">
<form action="/search/search.jsp" method="get"><input type="text" name="q" value="乡村振兴"><select name="scope"><option>全部</option><option>标题</option><option>正文</option></select><button type="submit">搜索</button></form>
<div class="search-tabs"><a class="on" href="#">全部（1286）</a><a href="#">新闻动态（734）</a><a href="#">政策文件（211）</a><a href="#">政府信息公开（298）</a><a href="#">办事服务（43）</a></div>
<div class="search-sort">排序：<a class="on" href="#">按相关度</a> | <a href="#">按时间</a>　　时间范围：<a href="#">全部</a> <a href="#">一周内</a> <a href="#">一月内</a> <a href="#">一年内</a></div>
<div class="search-count">找到相关结果约 1,286 条，用时 0.21 秒</div>
%s
<div class="pagination"><span class="cur">1</span><a href="?q=乡村振兴&amp;page=2">2</a><a href="?q=乡村振兴&amp;page=3">3</a><a href="?q=乡村振兴&amp;page=4">4</a><a href="?q=乡村振兴&amp;page=5">5</a>…<a href="?q=乡村振兴&amp;page=161">161</a><a href="?q=乡村振兴&amp;page=2">下一页</a></div>
<div class="search-hot">热门搜索：<a href="#">乡村振兴</a> <a href="#">社保缴费</a> <a href="#">公务员招聘</a> <a href="#">营商环境</a></div>
</div>''' % items
    page = lp_frame('utf-8', '站内搜索', main)
    save('n-liuping-4.html', page, 'utf-8',
         'http://www.liuping.gov.cn/search/search.jsp?q=%E4%B9%A1%E6%9D%91%E6%8C%AF%E5%85%B4', 'utf-8',
         '', '', '', [], kind='listing')


# ---------------------------------------------------------------------------
# self-check
# ---------------------------------------------------------------------------

def visible(raw, charset, is_txt):
    if not charset:
        m = re.search(rb'charset=["\']?([\w-]+)', raw[:2048])
        charset = m.group(1).decode() if m else 'utf-8'
    text = raw.decode(charset, errors='strict')
    if is_txt:
        return text
    text = re.sub(r'(?is)<head.*?</head>|<script.*?</script>|<style.*?</style>|<!--.*?-->|<select.*?</select>', ' ', text)
    text = re.sub(r'<[^>]+>', ' ', text)
    return html.unescape(text)


def ordered_find(hay, line, pos):
    """Find line in hay from pos; allow gaps (running headers, folios) of up to 120 chars."""
    i = hay.find(line, pos)
    if i >= 0:
        return i + len(line)
    cur, rest = pos, line
    while rest:
        # longest prefix of rest found within the next window
        lo, best = 6, None
        for k in range(len(rest), lo - 1, -1):
            j = hay.find(rest[:k], cur, cur + 120 + k)
            if j >= 0 and (cur == pos and j >= pos or j - cur <= 120):
                best = (j, k)
                break
        if best is None:
            return -1
        cur = best[0] + best[1]
        rest = rest[best[1]:]
        if 0 < len(rest) < lo:
            j = hay.find(rest, cur, cur + 120)
            if j < 0:
                return -1
            cur, rest = j + len(rest), ''
    return cur


def check():
    bad = 0
    names = sorted(f for f in os.listdir(GOLD) if f.startswith('n-'))
    for g in names:
        head, _, body = open(os.path.join(GOLD, g), encoding='utf-8').read().partition('\n\n')
        h = dict(l.split(': ', 1) for l in head.split('\n'))
        raw = open(os.path.join(PAGES, h['page']), 'rb').read()
        vis = re.sub(r'\s+', '', visible(raw, h['charset'], h['page'].endswith('.txt')))
        lines = [l for l in body.split('\n') if l]
        problems = []
        pos = 0
        for l in lines:
            l2 = re.sub(r'\s+', '', l)
            r = ordered_find(vis, l2, pos)
            if r < 0:
                problems.append('line not found in order: ' + l[:30])
            else:
                pos = r
        if h.get('kind') == 'listing':
            if lines or h['title']:
                problems.append('listing with text/title')
        else:
            if not h['title'] or re.sub(r'\s+', '', h['title']) not in vis:
                problems.append('title not visible')
            if h['author'] not in ('', '-') and h['author'] not in vis:
                problems.append('author not visible')
            if h['published']:
                y, m, *d = h['published'].split('-')
                forms = []
                if d:
                    forms = ['%s-%s-%s' % (y, m, d[0]), '%s/%s/%s' % (y, m, d[0]), '%s.%s.%s' % (y, m, d[0]),
                             '%s年%d月%d日' % (y, int(m), int(d[0])), '%s年%s月%s日' % (y, m, d[0])]
                else:
                    forms = ['%s年第%d期' % (y, int(m))]
                if not any(f in vis for f in forms):
                    problems.append('date not visible')
            n = sum(len(l) for l in lines)
            if not 400 <= n <= 1500 and h['page'] not in ('n-lanting-1.html',):
                problems.append('text length %d' % n)
        print('%-22s %-6s %5d chars %s' % (h['page'], 'OK' if not problems else 'FAIL', sum(len(l) for l in lines),
                                           '; '.join(problems)))
        bad += bool(problems)
    print('%d pages, %d failing' % (len(names), bad))
    return bad


def main():
    os.makedirs(PAGES, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    make_hengtai()
    make_wendou()
    make_cuiwei()
    make_baodao()
    make_lanting()
    make_liuping()
    if '--check' in sys.argv:
        sys.exit(1 if check() else 0)


if __name__ == '__main__':
    main()
