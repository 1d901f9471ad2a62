#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""make_t.py - round-10 blind pages, prefix t-.

Writes pages/t-<site>-<n>.html and gold/t-<site>-<n>.txt next to this script,
then self-checks every page.  Deterministic, stdlib only.
Sites: t-shuying (flipbook), t-qiushui (literature magazine), t-baihe (county
government), t-kuaixun (mobile news app share page), t-donghu (university
party-committee news), t-xishan (Discuz! forum).
"""
import html
import os
import re
import sys

BASE = os.path.dirname(os.path.abspath(__file__))
PAGES = []


def P(block):
    """A text block -> list of paragraphs (one per non-empty line)."""
    return [ln.strip() for ln in block.strip().splitlines() if ln.strip()]


def esc(s):
    return html.escape(s, quote=False)


def add(name, body, enc, header_cs, url, title='', author='', published='',
        shown_date='', lines=None, kind='', meta_cs=None, ctype=''):
    """Register a page.  enc: codec used for the bytes.  header_cs: what the
    HTTP header says ('' = none).  shown_date: the date string as the page
    shows it (for the self-check)."""
    PAGES.append(dict(name=name, body=body, enc=enc, header_cs=header_cs,
                      url=url, title=title, author=author,
                      published=published, shown_date=shown_date,
                      lines=lines or [], kind=kind, meta_cs=meta_cs,
                      ctype=ctype))


# ---------------------------------------------------------------- link helpers
def links(items, fmt='<li><a href="{h}" target="_blank">{t}</a></li>'):
    return '\n'.join(fmt.format(h=h, t=esc(t)) for h, t in items)


def ipsum_list(prefix, titles, start=1000, path='/news/'):
    return [('%s%d.html' % (path, start + i * 7), t) for i, t in enumerate(titles)]


# =====================================================================
# 1. t-shuying : HTML5 flipbook reader (书影云刊) of an SOE house magazine
# =====================================================================
NO_START = '，。、；：？！”’）》」』…'


def wrap(par, width, indent=2):
    out, i, first = [], 0, True
    while i < len(par):
        w = width - (indent if first else 0)
        seg = par[i:i + w]
        i += w
        while i < len(par) and par[i] in NO_START:
            seg += par[i]
            i += 1
        out.append((first, seg))
        first = False
    return out


FLIP_THUMBS = ['封面', '目录', '卷首语'] + ['第%d页' % n for n in range(4, 49)] + ['封底']


def flip_shell(pno, doc_title, layer, head_meta, total=48):
    prev_no = max(1, pno - 1)
    next_no = min(total, pno + 1)
    thumbs = []
    for i, lab in enumerate(FLIP_THUMBS[:total], 1):
        cur = ' class="cur"' if i == pno else ''
        thumbs.append('<li%s data-page="%d"><a href="%d.html"><img src="../thumb/%d.jpg" '
                      'width="62" height="88" alt=""><em>%d</em></a></li>' % (cur, i, i, i, i))
    css_y = '\n'.join('.y%x{top:%dpx}' % (k, 40 + k * 17) for k in range(0, 64))
    return '''<!DOCTYPE html>
<html lang="zh-CN">
<head>
%s
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no">
<meta name="renderer" content="webkit">
<title>%s</title>
<meta name="keywords" content="江能人,江南能源集团,企业内刊,电子期刊,翻页杂志,书影云刊">
<meta name="description" content="《江能人》是江南能源集团有限公司主办的企业内部刊物，书影云刊提供在线翻页阅读。">
<link rel="stylesheet" href="//static.shuyingyun.com/reader/v3.4.2/css/flipbook.min.css">
<style>
body{margin:0;background:#3b3f45;font-family:"Microsoft YaHei",sans-serif}
.pf{position:relative;width:794px;height:1123px;margin:0 auto;background:#fff;overflow:hidden;box-shadow:0 0 12px rgba(0,0,0,.5)}
.pc{position:absolute;left:0;top:0;width:100%%;height:100%%}
.bi{position:absolute;left:0;top:0;width:794px;height:1123px}
.t{position:absolute;white-space:pre;transform-origin:0 100%%;line-height:1;color:#231f20}
.ff1{font-family:ff1,"SimSun"}.ff2{font-family:ff2,"SimHei"}.ff3{font-family:ff3,"KaiTi"}
.fs0{font-size:11px}.fs1{font-size:15px}.fs2{font-size:30px}.fs3{font-size:13px}.fs4{font-size:18px}
.fc1{color:#0b5aa5}.fc2{color:#8a8a8a}
.x0{left:56px}.x1{left:86px}.x2{left:414px}.x3{left:444px}.x4{left:700px}.x5{left:380px}.x6{left:120px}
%s
.fb-top{height:46px;background:#22262b;color:#ddd}.fb-tools li{float:left;list-style:none;margin:0 10px}
.fb-thumbs{position:fixed;bottom:0;left:0;right:0;height:120px;overflow-x:auto;background:#1c1f23}
</style>
<script>
var FB_CONF={bookId:"jnr202403",pageCount:%d,curPage:%d,pageW:794,pageH:1123,shareTitle:document.title,textLayer:true};
var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?6c1e0a8f3b2d4e5f";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();
</script>
</head>
<body class="fb-reader">
<div id="fbTop" class="fb-top">
  <div class="fb-logo"><a href="https://www.shuyingyun.com/" title="书影云刊"><img src="//static.shuyingyun.com/reader/img/logo-w.png" alt="书影云刊" height="28"></a></div>
  <div class="fb-bookname">江能人 2024年第3期</div>
  <ul class="fb-tools">
    <li class="t-home"><a href="https://www.shuyingyun.com/mag/jnr/"><i class="ico ico-home"></i><span>书架</span></a></li>
    <li class="t-toc"><a href="javascript:void(0);" onclick="FB.toc()"><i class="ico ico-toc"></i><span>目录</span></a></li>
    <li class="t-zoom"><a href="javascript:void(0);" onclick="FB.zoom(1)"><i class="ico ico-zoom"></i><span>缩放</span></a></li>
    <li class="t-full"><a href="javascript:void(0);" onclick="FB.fullscreen()"><i class="ico ico-full"></i><span>全屏</span></a></li>
    <li class="t-share"><a href="javascript:void(0);" onclick="FB.share()"><i class="ico ico-share"></i><span>分享</span></a></li>
    <li class="t-search"><a href="javascript:void(0);" onclick="FB.search()"><i class="ico ico-search"></i><span>搜索</span></a></li>
  </ul>
  <div class="fb-pager"><a href="1.html" class="first">首页</a><a href="%d.html" class="prev">上一页</a><input type="text" value="%d" size="3"> / %d<a href="%d.html" class="next">下一页</a><a href="%d.html" class="last">尾页</a></div>
</div>
<div id="fbStage" class="fb-stage">
<div id="pf%x" class="pf w0 h0" data-page-no="%x">
<div class="pc pc%x w0 h0">
<img class="bi x0 y0 w0 h0" alt="" src="../bg/%d.png">
%s
</div>
<div class="pi" data-data='{"ctm":[1.000000,0.000000,0.000000,1.000000,0.000000,0.000000]}'></div>
</div>
</div>
<div id="fbThumbs" class="fb-thumbs"><ul>
%s
</ul></div>
<div id="fbShare" class="fb-share" style="display:none">
  <p>分享到：</p>
  <a href="javascript:;" class="s-wx">微信</a><a href="javascript:;" class="s-wb">新浪微博</a><a href="javascript:;" class="s-qq">QQ好友</a><a href="javascript:;" class="s-qz">QQ空间</a><a href="javascript:;" class="s-copy">复制链接</a>
</div>
<div class="fb-foot">书影云刊 提供技术支持 &nbsp;|&nbsp; <a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备19023341号-2</a> &nbsp;|&nbsp; 浙公网安备 33010602011287号</div>
<script src="//static.shuyingyun.com/reader/v3.4.2/js/jquery.min.js"></script>
<script src="//static.shuyingyun.com/reader/v3.4.2/js/flipbook.min.js"></script>
<script>FB.init(FB_CONF);</script>
</body>
</html>
''' % (head_meta, doc_title, css_y, total, pno, prev_no, pno, total, next_no, total,
       pno, pno, pno, pno, layer, '\n'.join(thumbs))


def flip_layer(pno, headline, byline, paras, tail_lines, caption=None, kicker='一线风采'):
    """Text layer: running head, headline, byline, two columns, tail, caption,
    running foot.  DOM order = reading order (left column, right column)."""
    out = []
    out.append('<div class="t m0 x0 y0 ff2 fs3 fc1">江能人</div>')
    out.append('<div class="t m0 x4 y0 ff1 fs0 fc2">2024年3月 总第126期</div>')
    out.append('<div class="t m0 x0 y1 ff2 fs3 fc1">%s</div>' % esc(kicker))
    out.append('<div class="t m0 x6 y2 ff2 fs2">%s</div>' % esc(headline))
    out.append('<div class="t m0 x6 y4 ff3 fs4">%s</div>' % esc(byline))
    lines = []
    for p in paras:
        lines.extend(wrap(p, 20))
    n = len(lines)
    left_n = (n + 1) // 2 + (1 if caption else 0)
    if caption:
        left_n = min(n, left_n + 3)
    for k, (first, seg) in enumerate(lines):
        if k < left_n:
            xc, row = ('x1' if first else 'x0'), 6 + k
        else:
            xc, row = ('x3' if first else 'x2'), 6 + (k - left_n)
        out.append('<span class="t m0 %s y%x ff1 fs1 fc0 sc0 ls0 ws0">%s</span>' % (xc, row, esc(seg)))
    row = 6 + (n - left_n) + 1
    for tl in tail_lines:
        out.append('<span class="t m0 x2 y%x ff3 fs3 fc2">%s</span>' % (row, esc(tl)))
        row += 1
    if caption:
        out.append('<img class="t x2 y%x" src="../img/%d_1.jpg" width="320" height="200" alt="">' % (row + 1, pno))
        out.append('<span class="t m0 x2 y%x ff3 fs3 fc2">%s</span>' % (row + 10, esc(caption)))
    out.append('<div class="t m0 x5 y3e ff1 fs3">— %d —</div>' % pno)
    out.append('<div class="t m0 x4 y3e ff2 fs0 fc2">江能人</div>')
    return '\n'.join(out)


F_ESSAYS = [
    dict(pno=12, kicker='一线风采', title='巡线三十年', author='何青',
         unit='（作者单位：集团输电运检分公司）', editor='责任编辑：孙悦', caption=None,
         paras=P('''
凌晨五点，天还没亮透，老梁已经把巡线包背上了肩。包里的东西三十年没怎么变过：一副望远镜、一把柴刀、一个记录本、两个馒头和一壶浓茶。唯一换了的，是那支用了十几年的老式手电，去年终于换成了班组统一配发的强光头灯。
梁德顺今年五十七岁，是集团输电运检分公司青石岭巡线班的老班长。他负责的这段二百二十千伏线路，从山脚的变电站一路爬上青石岭，再翻过两道山梁，全长四十七公里，一共一百一十三基铁塔。每一基塔在哪个山坳、塔下长着什么树、雨季哪段路会塌方，他闭着眼睛都能说出来。
“巡线没有什么窍门，就是多走、多看、多记。”老梁说。刚参加工作那年，师傅带他走第一趟线，一天走了三十多里山路，回来脚底全是血泡。师傅只说了一句话：线路不会说话，人要替它说话。这句话他记了三十年，也讲给了自己带过的十一个徒弟。
这些年，巡线的方式变了不少。无人机上了山，在线监测装置装上了铁塔，班组的手机里有了巡视软件，哪基塔的螺栓松了、哪处导线挂了异物，拍照上传，后台很快就能派单。年轻人上手快，老梁就虚心跟着学，如今他也能熟练地操作无人机，还琢磨出一套“人机协同”的巡视路线，把班组的巡视效率提高了将近三成。
可他始终觉得，机器再好也替代不了人的脚步。前年夏天一场暴雨过后，无人机传回的画面一切正常，老梁还是不放心，带着两名队员徒步上山，在第八十六号塔附近发现塔基边坡出现了一道不起眼的裂缝。抢修队连夜加固，避免了一次可能的倒塔事故。
明年，老梁就要退休了。他把自己三十年的巡线笔记整理成了一本厚厚的《青石岭线路手册》，交给了接班的年轻班长。扉页上，他工工整整写着那句话：线路不会说话，人要替它说话。
''')),
    dict(pno=14, kicker='基层党建', title='把支部建在项目上', author='钟岚',
         unit='（作者单位：集团水电建设公司党委）', editor='责任编辑：孙悦', caption=None,
         paras=P('''
在集团承建的南湖抽水蓄能电站工地上，有一面鲜红的党旗常年插在施工营地的最高处。项目临时党支部书记周远航说，这面旗是项目开工第一天插上去的，风吹日晒换过三面，可从来没有降下来过。
项目地处深山，高峰时期有来自六家参建单位的一千二百多名建设者同时作业，党员分散在不同的班组和标段。“人员流动大、工期压力大、安全风险高，党建工作怎么抓？”这是项目党支部成立时大家面对的第一个问题。
支部给出的答案是：把党小组建在作业面上。引水隧洞、地下厂房、上水库大坝，每个关键作业面都成立了党小组，党员佩戴党徽上岗，在安全帽上贴出党员标识。哪里有难题，哪里就有党员突击队；哪里有风险，哪里就有党员责任区。
去年冬天，地下厂房开挖遇到断层破碎带，围岩稳定性差，施工一度停滞。党员突击队连续奋战二十三天，和技术人员一起优化支护方案，采用超前小导管注浆加固，最终安全通过了不良地质段，为后续机组安装抢回了宝贵的工期。
支部还把“主题党日”搬到了工地上。理论学习放在班前会上，组织生活放在作业面旁，党员过政治生日就在隧洞口。支部联合附近村党支部开展共建，帮助村民解决务工和农产品销售问题，工地食堂每年从周边村子采购蔬菜、禽蛋近百万元。
周远航说，项目建设是一时的，可党员在这里留下的作风会一直传下去。今年春天，电站首台机组顺利并网发电，营地最高处那面党旗下，又有三名青年技术骨干递交了入党申请书。
''')),
    dict(pno=36, kicker='职工文苑', title='老厂区的梧桐', author='沈秋白',
         unit='（作者单位：集团热电公司）', editor='责任编辑：叶知秋',
         caption='老厂区办公楼前的梧桐树，已有六十多年树龄',
         paras=P('''
集团搬进新园区已经五年了，我还是时常想起老厂区的那几排梧桐。
老厂区在城东的江边，是上世纪六十年代建起来的。听老同志说，厂房刚落成的那年春天，全厂职工利用休息日义务劳动，从苗圃拉回来两百多棵法桐树苗，沿着厂区主干道一棵一棵栽下。那时候谁也没想到，这些细得像竹竿一样的小树，后来会长成遮天蔽日的大树。
我是九十年代末进厂的。那时候厂区里的梧桐早已亭亭如盖，夏天从厂门口走到车间，一路都是浓荫，蝉鸣一阵高过一阵。午休时，工友们喜欢在树下摆开棋盘，输了的人要去食堂给大家打绿豆汤。秋天落叶铺满路面，清洁工老杨扫了一遍又一遍，嘴里念叨着“扫不完，扫不完”，脸上却总是笑着的。
梧桐树见证了老厂的许多变化。锅炉换了，生产线改了，老厂房一座座拆了又建，唯有这些树一直站在原地。厂里的老师傅说，这些树和厂子同岁，是厂里的“老职工”。
搬迁那年，集团专门请来园林专家，对老厂区的大树逐一登记保护。如今老厂区改造成了工业遗址公园，那几排梧桐被完整地保留了下来。前些天我回去看了看，树下多了几张长椅，一群孩子正在落叶堆里追逐嬉闹。阳光从枝叶间漏下来，斑斑驳驳地洒在地上，和二十多年前一模一样。
''')),
]


def site_shuying():
    base = 'https://flip.shuyingyun.com/books/jnr202403/files/page/'
    # page 1: the table of contents (magazine page 2) - listing
    toc = [
        ('卷首语', [('春风里再出发', 1)]),
        ('要闻', [('集团召开2024年工作会议暨职工代表大会', 2), ('集团与南湖市签署新能源合作框架协议', 4),
                 ('一季度安全生产形势分析会召开', 6)]),
        ('聚焦改革', [('三项制度改革这一年', 8), ('从“管企业”到“管资本”', 10)]),
        ('一线风采', [('巡线三十年', 12), ('深夜的调度台', 18), ('风电场里的“90后”', 20)]),
        ('基层党建', [('把支部建在项目上', 14), ('党员责任区里的“红色引擎”', 16), ('支部书记谈党建', 22)]),
        ('安全视窗', [('一次“没有发生”的事故', 26), ('安全帽的重量', 28)]),
        ('职工文苑', [('老厂区的梧桐', 36), ('母亲的菜园（外一首）', 38), ('书法 摄影作品选登', 40)]),
        ('光影江能', [('春到电站', 44), ('封三：青石岭的早晨', 47)]),
    ]
    lay = ['<div class="t m0 x0 y0 ff2 fs3 fc1">江能人</div>',
           '<div class="t m0 x4 y0 ff1 fs0 fc2">2024年3月 总第126期</div>',
           '<div class="t m0 x6 y2 ff2 fs2">目　录</div>',
           '<div class="t m0 x6 y3 ff1 fs0 fc2">CONTENTS</div>']
    row = 5
    for sec, items in toc:
        lay.append('<div class="t m0 x0 y%x ff2 fs4 fc1">%s</div>' % (row, esc(sec)))
        row += 1
        for t, p in items:
            lay.append('<div class="t m0 x1 y%x ff1 fs1">%s</div><div class="t m0 x4 y%x ff1 fs1">%02d</div>'
                       % (row, esc(t), row, p))
            row += 1
    lay.append('<div class="t m0 x0 y%x ff1 fs0 fc2">主办：江南能源集团有限公司　主编：吕正平　内部资料　免费交流　准印证号：（浙）0412</div>' % (row + 1))
    lay.append('<div class="t m0 x5 y3e ff1 fs3">— 2 —</div>')
    lay.append('<div class="t m0 x4 y3e ff2 fs0 fc2">江能人</div>')
    body = flip_shell(2, '目录 - 江能人2024年第3期 - 书影云刊', '\n'.join(lay),
                      '<meta charset="utf-8">\n<meta http-equiv="X-UA-Compatible" content="IE=edge">')
    add('t-shuying-1.html', body, 'utf-8', 'utf-8', base + '2.html', kind='listing')

    heads = [
        ('<meta charset="utf-8">', 'utf-8', 'utf-8', '%s_江能人2024年第3期_书影云刊'),
        ('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">', 'utf-8', '',
         '江能人2024年第3期 第{p}页 | {t} | 书影云刊在线阅读'),
        ('<meta charset="UTF-8">', 'utf-8', 'UTF-8', '{t} - 江能人 - 书影云刊'),
    ]
    for i, e in enumerate(F_ESSAYS):
        meta, enc, hcs, tfmt = heads[i]
        doc_title = tfmt.replace('{p}', str(e['pno'])).replace('{t}', e['title']) if '{' in tfmt else tfmt % e['title']
        layer = flip_layer(e['pno'], e['title'], '文/%s' % e['author'], e['paras'],
                           [e['unit'], e['editor']], e['caption'], e['kicker'])
        body = flip_shell(e['pno'], doc_title, layer, meta)
        lines = list(e['paras']) + ([e['caption']] if e['caption'] else [])
        add('t-shuying-%d.html' % (i + 2), body, enc, hcs, base + '%d.html' % e['pno'],
            title=e['title'], author=e['author'], published='2024-03', shown_date='2024年3月',
            lines=lines)


# =====================================================================
# 2. t-qiushui : 《秋水》 literature monthly, web issue pages (gb2312)
# =====================================================================
Q_ISSUE = [
    ('卷首', [('秋水长天', '本刊编辑部')]),
    ('小说', [('渡口', '谭松年'), ('老街的最后一个夏天', '简宁'), ('借火', '向东林')]),
    ('散文', [('外婆的腌菜坛（外三篇）', '许南枝 等'), ('车间三题', '韩立新 等'), ('山中访碑记', '钱亦舟'),
            ('雪落湘西', '龙翠屏')]),
    ('诗歌', [('江边书（组诗）', '祁远'), ('秋天的信', '米兰兰'), ('在高原', '卓玛次仁')]),
    ('评论', [('乡土写作的新可能', '柯文山'), ('读《渡口》札记', '夏一鸣')]),
    ('新人新作', [('毕业那年', '肖雨桐'), ('父亲的渔网', '陈小舟')]),
]


def qiushui_shell(doc_title, crumb, main_html, meta):
    side_toc = []
    for col, items in Q_ISSUE:
        side_toc.append('<dt>%s</dt>' % col)
        for t, a in items:
            side_toc.append('<dd><a href="/2023/09/%d.html" title="%s">%s</a><span>%s</span></dd>'
                            % (abs(hash_det(t)) % 900 + 100, esc(t), esc(t), esc(a)))
    hot = ['我的文学启蒙老师', '回望故园', '一棵老槐树', '在小镇上读书的日子', '稻香里的父亲', '井台',
           '那一年的雪', '祖父的旱烟袋', '江南雨巷', '听戏']
    past = ['2023年第8期', '2023年第7期', '2023年第6期', '2023年第5期', '2023年第4期', '2023年第3期']
    return '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
%s
<title>%s</title>
<meta name="keywords" content="秋水,秋水杂志,文学月刊,散文,小说,诗歌" />
<meta name="description" content="《秋水》文学月刊，湘南市文学艺术界联合会主办。" />
<link href="/templets/qs/css/style.css" rel="stylesheet" type="text/css" />
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
<style type="text/css">
.content p{line-height:200%%;font-size:14px;margin:0 0 6px 0}
.bianji{text-align:right;color:#999;padding-right:20px}
</style>
</head>
<body>
<div class="top"><div class="w960"><span class="fl">欢迎访问秋水文学网！</span><span class="fr"><a href="#" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.qiushuiwx.com');">设为首页</a> | <a href="javascript:window.external.AddFavorite('http://www.qiushuiwx.com','秋水文学网')">加入收藏</a> | <a href="/member/login.php">作者登录</a></span></div></div>
<div class="header w960"><a href="/"><img src="/templets/qs/images/logo.gif" alt="秋水文学网" width="300" height="80" border="0" /></a><img src="/templets/qs/images/banner_qs.jpg" width="640" height="80" /></div>
<div class="nav w960"><ul>
<li><a href="/">网站首页</a></li><li><a href="/about/">本刊简介</a></li><li><a href="/qikan/">期刊目录</a></li><li><a href="/xiaoshuo/">小说</a></li><li><a href="/sanwen/">散文</a></li><li><a href="/shige/">诗歌</a></li><li><a href="/pinglun/">评论</a></li><li><a href="/xinren/">新人新作</a></li><li><a href="/tougao/">投稿须知</a></li><li><a href="/dingyue/">征订</a></li>
</ul></div>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="main">
<tr>
<td width="700" valign="top" class="left">
<div class="weizhi">当前位置：%s</div>
%s
</td>
<td width="10"></td>
<td width="250" valign="top" class="right">
<div class="sbox"><div class="stit">本期目录</div><dl class="sml">
%s
</dl></div>
<div class="sbox"><div class="stit">往期回顾</div><ul>
%s
</ul></div>
<div class="sbox"><div class="stit">热门文章</div><ul>
%s
</ul></div>
<div class="sbox"><div class="stit">投稿信箱</div><p>qiushuiwx@163.com<br />来稿请注明“投稿”字样及栏目，三个月未收到用稿通知可自行处理。</p></div>
</td>
</tr>
</table>
<div class="footer w960">
<p><a href="/about/">关于我们</a> | <a href="/lianxi/">联系我们</a> | <a href="/tougao/">投稿须知</a> | <a href="/banquan/">版权声明</a> | <a href="/sitemap.html">网站地图</a></p>
<p>主管：湘南市文学艺术界联合会 &nbsp; 主办：秋水杂志社 &nbsp; 地址：湘南市文化路18号 &nbsp; 电话：0731-8456XXXX</p>
<p>Copyright &copy; 2008-2023 www.qiushuiwx.com All Rights Reserved &nbsp; <a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备08012345号</a></p>
<script type="text/javascript">var cnzz_protocol = (("https:" == document.location.protocol) ? " https://" : " http://");document.write(unescape("%%3Cspan id='cnzz_stat_icon_1000123'%%3E%%3C/span%%3E%%3Cscript src='" + cnzz_protocol + "s4.cnzz.com/stat.php%%3Fid%%3D1000123' type='text/javascript'%%3E%%3C/script%%3E"));</script>
</div>
</body>
</html>
''' % (meta, doc_title, crumb, main_html, '\n'.join(side_toc),
       links([('/qikan/%d.html' % (202308 - i), t) for i, t in enumerate(past)], '<li><a href="{h}">{t}</a></li>'),
       links([('/sanwen/%d.html' % (3120 + i * 13), t) for i, t in enumerate(hot)], '<li><a href="{h}">{t}</a></li>'))


def hash_det(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000003
    return h


QS_COMP1 = [
    ('外婆的腌菜坛', '许南枝', P('''
外婆家的灶屋角落里，常年摆着三只黑釉的腌菜坛。坛子是外婆出嫁时带来的，肚大口小，坛沿一圈水槽，扣上碗一样的盖子，往槽里添上清水，就把外面的空气隔在了外头。
每年霜降以后，芥菜长得最好。外婆把菜砍回来，在竹竿上晾两天，等叶子蔫了，再一棵棵抹上粗盐，揉得汁水淋漓，然后一层一层压进坛子里。她压得很用力，整个人几乎要探进坛口去。压满了，再用洗净的鹅卵石镇在最上面。
过了一个冬天，坛子打开，一股酸香扑鼻而来。外婆捞出一棵，切碎了和肉末一起炒，那是我童年里最下饭的菜。后来我离开家乡，吃过许多地方的腌菜，总觉得少了点什么。
外婆走后，那三只坛子被舅舅搬到了后院，坛沿的水早已干了。去年回去，我在杂草丛中看见它们，釉色依旧黑亮，像三个沉默的老人，守着一段没人再提起的时光。
''')),
    ('河埠头', '陈行舟', P('''
我们村沿河而建，家家门前都有一个河埠头。说是埠头，其实不过是几块条石从岸边一级级伸进水里，被岁月和脚板磨得光溜溜的。
清早，河埠头是女人们的。淘米的、洗菜的、捶衣裳的，棒槌声此起彼伏，东家长西家短的闲话顺着水面漂出去老远。到了傍晚，河埠头又归了孩子们，我们光着身子从石阶上扑通扑通跳进河里，把一河的晚霞搅得稀碎。
那时候河水清得能看见水底的螺蛳。母亲说，上游人家洗马桶要到下游去，这是祖祖辈辈传下来的规矩，谁也不会坏了它。
后来村里通了自来水，河埠头渐渐冷清下来。前几年村里治理河道，把坍塌的石阶重新砌好，还在岸边种了垂柳。我站在修葺一新的埠头上，河水依旧向东流，只是再也听不到那一片棒槌声了。
''')),
    ('夏夜的萤火', '邵晓岚', P('''
小时候的夏夜，是属于萤火虫的。
晚饭后，大人们把竹床搬到晒场上乘凉，摇着蒲扇说古。我们却坐不住，拿着母亲缝的纱布袋子往田埂上跑。稻田里、水沟边、竹林下，到处是一闪一闪的小灯笼，忽高忽低，忽明忽暗，好像天上的星星掉下来了。
萤火虫飞得慢，一伸手就能捉住。我们把它们装进袋子里，挂在蚊帐上，躺在床上看它们一明一灭，不知不觉就睡着了。第二天醒来，祖母早已把袋子解开，把它们放回了竹林。她说，萤火虫是给走夜路的人照亮的，关起来，它们会伤心。
如今城里的夏夜灯火通明，再也看不见萤火虫了。前些日子带女儿回乡，在老屋后的竹林边，竟又见到了几点萤光。女儿惊喜地叫起来，伸出手去，又轻轻缩了回来。
''')),
    ('晒谷场', '罗大川', P('''
村口的晒谷场，是全村最平整的一块地。
每到双抢时节，晒谷场就成了全村最热闹的地方。天刚亮，各家就把稻谷挑来摊开，用木耙推出一道道整齐的垄沟。太阳越毒，大人们越高兴，隔一个时辰就要翻一遍谷子，赤脚踩在滚烫的场地上，脚底板烫得直跳。
最怕的是午后的雷阵雨。天边一暗，全村的人都往晒谷场跑，扫的扫，装的装，挑的挑，不管是谁家的谷子，先收进仓库再说。雨点砸下来的时候，场上往往已经收拾得干干净净。
晒谷场也是我们的乐园。放露天电影，在这里；打陀螺、跳房子，在这里；夏夜里听爷爷讲三国，也在这里。如今村里的稻谷都用烘干机烘干了，晒谷场铺上了水泥，成了村民的文化广场，每天傍晚，广场舞的音乐准时响起。
''')),
]

QS_COMP2 = [
    ('夜班', '韩立新', P('''
进厂的头几年，我最怕上夜班。
零点交接班，车间里的灯亮得晃眼，机器的轰鸣声一刻不停。凌晨三四点，是人最困的时候，眼皮像灌了铅，我只好一遍遍去水池边用凉水冲脸。带班的孙师傅看我这样，就从工具箱里摸出一小包茶叶，让我泡得浓浓的，说：“熬过这一阵，天就亮了。”
孙师傅上了二十多年夜班，他有个习惯，每到整点都要把自己负责的设备挨个看一遍，摸摸轴承的温度，听听电机的声音。他说，机器也会累，夜里最容易出毛病。有一回，他听出一台风机的声音不对，停机检查，果然是轴承快磨坏了。
后来我也成了带班的师傅。夜班依旧漫长，我却渐渐喜欢上了凌晨的车间：机器平稳地运转着，窗外的天色一点点变白，早班的工友陆续走进厂门，那时心里总有一种说不出的踏实。
''')),
    ('师傅的扳手', '周敏', P('''
我的工具箱里有一把旧扳手，手柄上的镀铬早已磨没了，露出暗灰色的钢。这是师傅退休那天送给我的。
师傅姓吕，是厂里有名的钳工。他干活讲究，每拧一颗螺栓都要先用手感受松紧，再用扳手收力，从不多拧半圈。他常说，螺栓拧紧是本分，拧过了是毛病。
刚跟他学徒时，我嫌他唠叨。一次检修，我图省事少装了一个垫片，被他发现后，他二话不说让我把拆好的部件全部重装一遍。那天我加班到深夜，他就坐在旁边陪着，一句话也没说。
如今我带了自己的徒弟，也常把师傅的话挂在嘴边。徒弟们笑我唠叨，我就把那把旧扳手拿给他们看。扳手不会说话，可它记得一个老工人一辈子的认真。
''')),
    ('食堂窗口', '葛晓燕', P('''
厂里食堂的三号窗口，打菜的是王阿姨。
王阿姨手稳，一勺下去，不多不少，从不抖勺。可工友们都知道，遇上刚下夜班的，她总会悄悄多添半勺；遇上生病请假回来上班的，她会提醒一句“今天的汤清淡，多喝点”。
食堂改造那年，窗口换成了自选餐台，刷卡结账，再也不用排队等着打菜了。王阿姨调到了面点组，每天凌晨四点就来和面、蒸包子。有一次我早到，看见她正把一笼笼包子码得整整齐齐，白汽腾起来，模糊了她的脸。
上个月王阿姨退休了。她走的那天，食堂的包子格外香。有人在留言板上写了一句：谢谢王阿姨，二十年，没让我们饿过一顿。
''')),
]

QS_ALONE = ('山中访碑记', '钱亦舟', P('''
听县志办的老刘说，青峰山深处有一块明代的古碑，记着当年修路的事，我便约了两个朋友去寻访。
进山的路不好走。过了最后一个村子，水泥路变成了石板路，石板路又变成了羊肠小道。向导是村里七十多岁的吴老伯，他走在前面，拄着一根竹杖，步子比我们这些年轻人还稳。他说，这条路早年是山里人挑盐挑米出山的必经之路，少说也有几百年了。
走了约莫两个小时，在一处山坳的茶亭遗址旁，吴老伯拨开一丛藤蔓，那块碑就露了出来。碑高不过一米五，青石质地，顶部已经残缺，碑面长满了青苔。我们用清水小心地洗去苔藓，一行行字迹慢慢显现出来。
碑文记载，明万历年间，山中一位姓方的乡绅捐银三百两，招募乡民凿石铺路，历时三年，修成了这条长二十余里的石道，又在半山腰建茶亭一座，供往来行人歇脚避雨。碑的末尾，密密麻麻刻着捐资出力者的姓名，有的捐银一钱，有的出工十日，足有一百多人。
我们站在碑前，久久没有说话。四百多年过去了，那位方姓乡绅和一百多个普通山民的名字，就这样静静地留在深山里。他们大概不会想到，几百年后还会有人来读这些名字。
下山的时候，吴老伯说，小时候他常在茶亭里歇脚，那时候亭子还在，亭里有一口石缸，总有人挑满了水，放着一只竹筒，谁渴了都可以舀来喝。后来山外修了公路，走这条路的人少了，茶亭也就慢慢倒了。
回到县城，我把拓下的碑文交给了县志办。老刘说，打算把这块碑列入县级文物保护名录，再把古道修整一下，立个说明牌。我想，这或许是对那些修路人最好的纪念：路还在，记住它的人也还在。
'''))


def qs_essay_html(essays):
    out = []
    for t, a, paras in essays:
        out.append('<p><strong>%s</strong></p>' % esc(t))
        out.append('<p style="text-align:center">文/%s</p>' % esc(a))
        for p in paras:
            out.append('<p>　　%s</p>' % esc(p))
        out.append('<p>&nbsp;</p>')
    return '\n'.join(out)


def qs_main(essays, prev_next, related, hits):
    return '''<div class="qihao">《秋水》2023年9月号（总第231期）&nbsp;&nbsp;栏目：<a href="/sanwen/">散文</a></div>
<div class="content" id="zoom">
%s
</div>
<div class="bianji">（责任编辑：杜若）</div>
<div class="tool">阅读：<script src="/plus/count.php?view=yes&amp;aid=%d&amp;mid=1" type="text/javascript" language="javascript"></script>次 &nbsp; 【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】 &nbsp; <a href="javascript:window.print()">打印</a> &nbsp; <a href="javascript:window.close()">关闭</a></div>
<div class="fenxiang">分享到：<a class="bds_tsina">新浪微博</a> <a class="bds_weixin">微信</a> <a class="bds_qzone">QQ空间</a></div>
<div class="shangxia"><p>上一篇：<a href="%s">%s</a></p><p>下一篇：<a href="%s">%s</a></p></div>
<div class="xiangguan"><div class="stit">相关文章</div><ul>
%s
</ul></div>
<div class="pinglun"><div class="stit">读者留言</div><p>暂无留言。</p><form action="/plus/feedback.php" method="post"><textarea name="msg" rows="4" cols="60"></textarea><br /><input type="submit" value="发表留言" /></form></div>''' % (
        qs_essay_html(essays), hits, prev_next[0][0], esc(prev_next[0][1]), prev_next[1][0], esc(prev_next[1][1]),
        links(related, '<li><a href="{h}">{t}</a></li>'))


def site_qiushui():
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />'
    rel = [('/sanwen/3001.html', '故乡的石板路'), ('/sanwen/3017.html', '母亲的针线筐'),
           ('/sanwen/3040.html', '老屋'), ('/sanwen/3068.html', '一条河的记忆'),
           ('/sanwen/3102.html', '工厂里的青春'), ('/sanwen/3115.html', '小镇的理发店')]
    # page 1: compilation of four
    main = qs_main(QS_COMP1, [('/2023/09/612.html', '雪落湘西'), ('/2023/09/615.html', '车间三题')], rel, 615)
    body = qiushui_shell('外婆的腌菜坛（外三篇）-散文-秋水文学网',
                         '<a href="/">首页</a> &gt; <a href="/qikan/202309.html">2023年第9期</a> &gt; <a href="/sanwen/">散文</a> &gt; 故乡物事（四题）',
                         main, meta)
    lines = []
    for k, (t, a, paras) in enumerate(QS_COMP1):
        if k:
            lines.append(t)
        lines.extend(paras)
    add('t-qiushui-1.html', body, 'gb2312', '', 'http://www.qiushuiwx.com/2023/09/614.html',
        title=QS_COMP1[0][0], author='-', published='2023-09', shown_date='2023年9月', lines=lines)
    # page 2: compilation of three, title-bar style differs
    main = qs_main(QS_COMP2, [('/2023/09/614.html', '外婆的腌菜坛（外三篇）'), ('/2023/09/616.html', '山中访碑记')], rel, 616)
    body = qiushui_shell('秋水文学网 → 散文 → 车间三题',
                         '<a href="/">首页</a> &gt; <a href="/qikan/202309.html">2023年第9期</a> &gt; <a href="/sanwen/">散文</a> &gt; 车间三题',
                         main, meta)
    lines = []
    for k, (t, a, paras) in enumerate(QS_COMP2):
        if k:
            lines.append(t)
        lines.extend(paras)
    add('t-qiushui-2.html', body, 'gb2312', '', 'http://www.qiushuiwx.com/2023/09/615.html',
        title=QS_COMP2[0][0], author='-', published='2023-09', shown_date='2023年9月', lines=lines)
    # page 3: one essay alone; header says GB2312 too
    main = qs_main([QS_ALONE], [('/2023/09/615.html', '车间三题'), ('/2023/09/620.html', '江边书（组诗）')], rel, 617)
    body = qiushui_shell('山中访碑记_2023年第9期_秋水文学网',
                         '<a href="/">首页</a> &gt; <a href="/qikan/202309.html">2023年第9期</a> &gt; <a href="/sanwen/">散文</a> &gt; 正文',
                         main, meta)
    add('t-qiushui-3.html', body, 'gb2312', 'GB2312', 'http://www.qiushuiwx.com/2023/09/616.html',
        title=QS_ALONE[0], author=QS_ALONE[1], published='2023-09', shown_date='2023年9月',
        lines=list(QS_ALONE[2]))
    # page 4: the issue's table of contents - listing
    rows = []
    for col, items in Q_ISSUE:
        rows.append('<tr><td colspan="3" class="lanmu"><font color="#990000"><b>%s</b></font></td></tr>' % col)
        for t, a in items:
            rows.append('<tr><td width="20">&nbsp;</td><td><a href="/2023/09/%d.html" target="_blank">%s</a></td><td width="120" align="right">%s</td></tr>'
                        % (hash_det(t) % 900 + 100, esc(t), esc(a)))
    main = '''<div class="qihao">《秋水》2023年9月号（总第231期）</div>
<div class="mulu"><img src="/uploads/qikan/202309_fm.jpg" width="180" height="250" align="left" hspace="10" alt="封面" />
<p>主管：湘南市文学艺术界联合会<br />主办：秋水杂志社<br />出版日期：每月5日<br />国内统一刊号：CN43-1XXX/I<br />定价：15.00元</p>
<table width="100%%" border="0" cellspacing="0" cellpadding="4" class="mulu_tab">
%s
</table></div>
<div class="shangxia"><p>上一期：<a href="/qikan/202308.html">2023年第8期</a></p><p>下一期：<a href="/qikan/202310.html">2023年第10期</a></p></div>''' % '\n'.join(rows)
    body = qiushui_shell('2023年第9期目录-期刊目录-秋水文学网',
                         '<a href="/">首页</a> &gt; <a href="/qikan/">期刊目录</a> &gt; 2023年第9期', main, meta)
    add('t-qiushui-4.html', body, 'gb2312', '', 'http://www.qiushuiwx.com/qikan/202309.html', kind='listing')


# =====================================================================
# 3. t-baihe : 白河县人民政府 政务公开 (utf-8)
# =====================================================================
BH_NAV = ['首页', '走进白河', '政务公开', '政务服务', '互动交流', '专题专栏', '数据发布']
BH_XXGK = ['政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '机构职能', '政策文件', '规划信息',
           '财政预决算', '重点领域信息公开', '人事信息', '领导讲话', '政府工作报告', '建议提案办理',
           '政府信息公开年报', '依申请公开']


def bh_shell(doc_title, meta_extra, crumb, main):
    side = links([('/xxgk/%02d/' % i, t) for i, t in enumerate(BH_XXGK, 1)],
                 '<li><a href="{h}">{t}</a></li>')
    nav = links([('/%s/' % ['index', 'zjbh', 'xxgk', 'zwfw', 'hdjl', 'ztzl', 'sjfb'][i], t) for i, t in enumerate(BH_NAV)],
                '<li><a href="{h}">{t}</a></li>')
    return '''<!DOCTYPE html>
<html>
<head>
%s
<meta name="SiteName" content="白河县人民政府">
<meta name="SiteDomain" content="www.baihe.gov.cn">
<meta name="SiteIDCode" content="3408250011">
<title>%s</title>
<link rel="stylesheet" href="/images/2021/css/common.css">
<link rel="stylesheet" href="/images/2021/css/xxgk.css">
<script src="/images/2021/js/jquery-1.12.4.min.js"></script>
<script src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js" id="_jiucuo_" sitecode="3408250011"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><span class="fl" id="today"></span><span class="fr"><a href="javascript:;" id="wza">无障碍浏览</a> | <a href="javascript:;" id="zhzs">长者模式</a> | <a href="javascript:;" id="StranLink">繁體</a> | <a href="/wzdt/">网站地图</a> | <a href="https://www.ahzwfw.gov.cn/">登录</a></span></div></div>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/images/2021/logo.png" alt="白河县人民政府"></a>
<div class="search"><form action="/site/search/3408250011" method="get" target="_blank"><input type="text" name="keywords" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div></div>
<div class="nav"><ul class="w1200">
%s
</ul></div>
<div class="w1200 xxgk-box clearfix">
<div class="xxgk-left"><div class="xxgk-tit">信息公开目录</div><ul class="xxgk-menu">
%s
</ul><div class="xxgk-dept"><h4>部门信息公开</h4><select onchange="window.open(this.value)"><option>—请选择—</option><option value="/fgw/">县发展改革委</option><option value="/jyj/">县教育局</option><option value="/czj/">县财政局</option><option value="/rsj/">县人社局</option><option value="/zrzyj/">县自然资源局</option><option value="/zjj/">县住建局</option><option value="/nyj/">县农业农村局</option><option value="/scjgj/">县市场监管局</option></select></div></div>
<div class="xxgk-right">
<div class="location">您当前的位置：%s</div>
%s
</div>
</div>
<div class="footer"><div class="w1200">
<div class="flinks">政府网站：<a href="http://www.gov.cn/" target="_blank">中国政府网</a> <a href="https://www.ah.gov.cn/" target="_blank">省政府网</a> <a href="#">市政府网</a> <a href="#">周边县区</a></div>
<p><a href="/about/">关于本网</a> | <a href="/lxwm/">联系我们</a> | <a href="/wzdt/">网站地图</a></p>
<p>主办单位：白河县人民政府办公室 &nbsp; 承办单位：白河县数据资源管理局 &nbsp; 联系电话：0556-5123XXX</p>
<p>网站标识码：3408250011 &nbsp; <a href="https://beian.miit.gov.cn" target="_blank">皖ICP备05001234号-1</a> &nbsp; <img src="/images/2021/ga.png" alt="">皖公网安备 34082502000101号</p>
<p><a href="https://bszs.conac.cn/sitename?method=show&amp;id=0A1B2C3D" target="_blank"><img src="/images/2021/dzjg.png" alt="党政机关"></a> <script id="_jiucuo_2" src="/images/2021/js/jiucuo.js"></script></p>
</div></div>
<script>
var d=new Date();document.getElementById("today").innerHTML="今天是："+d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日";
function doZoom(size){document.getElementById("zoom").style.fontSize=size+"px";}
</script>
<script src="/images/2021/js/common.js"></script>
</body>
</html>
''' % (meta_extra, doc_title, nav, side, crumb, main)


def bh_article(idx, org, topic, date, wenhao, name, title, pubtime, source, hits_id, body_html, related):
    return '''<div class="xxgk-table"><table class="table_suoyin" cellpadding="0" cellspacing="0" border="1" width="100%%">
<tr><th width="13%%">索引号：</th><td width="37%%">%s</td><th width="13%%">发布机构：</th><td width="37%%">%s</td></tr>
<tr><th>主题分类：</th><td>%s</td><th>发文日期：</th><td>%s</td></tr>
<tr><th>名　　称：</th><td colspan="3">%s</td></tr>
<tr><th>文　　号：</th><td>%s</td><th>有 效 性：</th><td>有效</td></tr>
</table></div>
<div class="wzcon">
<h1 class="newstitle">%s</h1>
<div class="newsinfo clearfix"><span>发布时间：%s</span><span>来源：%s</span><span>浏览次数：<i id="hits"></i><script>$(function(){$.get("/site/label/8888?IsAjax=1&amp;dataType=html&amp;labelName=articleHits&amp;articleId=%d",function(d){$("#hits").html(d);});});</script></span>
<span class="zh">【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
<span class="ewm">扫一扫在手机打开<div class="ewm-img"><img src="/qrcode?url=%%2Fxxgk%%2F%d.html" alt=""></div></span></div>
<div class="j-fontContent newscontent" id="zoom">
%s
</div>
<div class="xgwj"><h4>相关文件：</h4><ul>
%s
</ul></div>
<div class="newsfoot clearfix"><a href="javascript:window.print();" class="print">打印本页</a><a href="javascript:window.close();" class="close">关闭窗口</a>
<div class="share">分享到：<a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="qq" href="javascript:;">QQ</a></div></div>
</div>''' % (idx, org, topic, date, esc(name), wenhao, esc(title), pubtime, source, hits_id, hits_id, body_html,
             links(related, '<li><a href="{h}" target="_blank">{t}</a></li>'))


BH_SPEECH_T = '在全县优化营商环境工作推进会上的讲话'
BH_SPEECH = P('''
同志们：
今天，我们召开全县优化营商环境工作推进会，主要任务是深入贯彻落实省、市关于优化营商环境的决策部署，总结前一阶段工作，分析当前形势，安排部署下一步重点任务。刚才，县发展改革委、县市场监管局、县政务服务中心作了发言，讲得都很好，我完全同意。下面，我再讲三点意见。
一、正视差距，切实增强优化营商环境的紧迫感
过去一年，全县上下围绕“办事不求人、审批不见面、最多跑一次”的目标，推出了一批务实管用的改革举措。企业开办时间压缩到一个工作日以内，工程建设项目审批时间较上年缩短百分之四十，全县新增市场主体三千二百余户，营商环境评价在全市排名上升了四位。
但我们也要清醒地看到，与先进地区相比，我们还有不小的差距。一些部门服务意识不强，“门好进、脸好看，事难办”的现象依然存在；部分审批事项材料多、环节多、时限长，企业反映强烈；涉企检查多头执法、重复检查的问题还没有根本解决。这些问题，必须下大力气加以解决。
二、聚焦重点，全力打好优化营商环境攻坚战
一是持续深化“放管服”改革。全面推行证明事项告知承诺制，凡是能通过部门间数据共享获取的材料，一律不再要求企业提供。年底前，县级政务服务事项全程网办率要达到百分之八十五以上。
二是着力破解企业融资难题。县财政要尽快落实五千万元的企业转贷应急资金，县城投集团、县农发公司等县属国有企业要发挥好融资担保平台作用，引导金融机构加大对中小微企业的信贷支持。
三是加快推进县属国有企业改革。要按照“管资本为主”的要求，推动县属国有企业整合重组，剥离非主业资产，清理“僵尸企业”，年底前完成县属国企三项制度改革任务，让国有企业在服务全县发展大局中当好主力军。
四是构建亲清政商关系。县级领导干部联系重点企业制度要落到实处，每位县领导每季度至少走访联系企业两次，现场解决问题，做到企业有呼、政府必应。
三、压实责任，确保各项任务落地见效
各乡镇、各部门主要负责同志是本地区、本部门优化营商环境的第一责任人，要亲自研究、亲自部署、亲自督办。县委督查室、县政府督查室要把优化营商环境纳入年度重点督查内容，对工作推进不力、企业反映强烈的，要严肃通报、严肃问责。
同志们，营商环境没有最好，只有更好。让我们以更加务实的作风、更加有力的举措，推动全县营商环境持续优化，为加快建设富裕美丽幸福新白河作出新的更大贡献！
''')

BH_REPORT_T = '白河县2023年上半年县属国有企业改革发展工作情况报告'
BH_REPORT = P('''
一、主要经营指标
今年上半年，全县8家县属国有企业实现营业收入9.6亿元，同比增长12.3%；利润总额4260万元，同比增长8.7%；上缴税费3180万元。截至6月底，县属国有企业资产总额达到186.4亿元，资产负债率控制在58.2%，较年初下降1.1个百分点。
二、重点工作推进情况
（一）整合重组稳步推进。按照县委、县政府确定的“3+N”国企布局方案，将原县交通投资公司、县水务公司整合组建县城乡建设发展集团，县旅游开发公司并入县文化旅游集团，县属一级国有企业由11家压减至8家。
（二）三项制度改革取得突破。全面推行经理层成员任期制和契约化管理，8家企业均已签订年度经营业绩责任书；公开招聘各类专业人才46名，实行末等调整和不胜任退出，全员绩效考核覆盖率达到100%。
（三）党的建设持续加强。坚持把党的领导融入公司治理各环节，8家企业全部完成“党建入章”，落实党组织前置研究讨论重大经营管理事项清单。开展“国企党建品牌”创建活动，培育了“水润白河”“城建先锋”等一批党建品牌。
（四）风险防控不断强化。建立县属国企债务风险监测预警机制，按月监测企业资金链和到期债务情况；开展投资项目专项审计，对3个停滞项目制定处置方案。
三、存在的问题
一是部分企业主业不突出，市场化经营能力不强，收入主要依赖政府性项目；二是企业债务规模偏大，短期偿债压力较重；三是专业人才特别是金融、投资类人才短缺。
四、下半年工作打算
下半年，我们将围绕提高国有资本运营效率这一核心，重点抓好以下工作：一是推动县城乡建设发展集团争取AA信用评级，拓宽市场化融资渠道；二是完成县属国有企业剩余非主业资产剥离；三是深化混合所有制改革试点，在文旅、农业板块引入战略投资者；四是加强国企领导班子和人才队伍建设，举办县属国企中层管理人员专题培训班。
''')


def bh_paras(paras, headings):
    out = []
    for p in paras:
        if p in headings:
            out.append('<p style="text-indent:2em;"><strong><span style="font-family:黑体;">%s</span></strong></p>' % esc(p))
        else:
            out.append('<p style="text-indent:2em;"><span style="font-family:仿宋_GB2312;font-size:16pt;">%s</span></p>' % esc(p))
    return '\n'.join(out)


def site_baihe():
    rel = [('/xxgk/30011.html', '白河县人民政府关于印发进一步优化营商环境若干措施的通知'),
           ('/xxgk/29877.html', '白河县2023年优化营商环境重点任务清单'),
           ('/xxgk/29514.html', '白河县涉企行政检查“综合查一次”实施办法（试行）'),
           ('/xxgk/29102.html', '白河县县级领导干部联系服务重点企业制度')]
    # page 1: speech
    body_html = ('<p style="text-align:center;"><span style="font-family:楷体_GB2312;font-size:16pt;">县委副书记、县长&nbsp;&nbsp;宋立川</span></p>\n'
                 '<p style="text-align:center;"><span style="font-family:楷体_GB2312;font-size:16pt;">（2023年6月12日）</span></p>\n'
                 + bh_paras(BH_SPEECH, [BH_SPEECH[2], BH_SPEECH[5], BH_SPEECH[10]]))
    main = bh_article('11341825MB1523867K/202306-00132', '县政府办公室', '综合政务\\其他', '2023-06-15', '',
                      BH_SPEECH_T, BH_SPEECH_T, '2023-06-15 16:30', '县政府办公室', 30184, body_html, rel)
    body = bh_shell(BH_SPEECH_T + '_领导讲话_白河县人民政府',
                    '<meta charset="utf-8">\n<meta name="ArticleTitle" content="%s">\n<meta name="PubDate" content="2023-06-15 16:30">\n<meta name="ContentSource" content="县政府办公室">\n<meta name="ColumnName" content="领导讲话">' % BH_SPEECH_T,
                    '<a href="/">首页</a> &gt; <a href="/xxgk/">政务公开</a> &gt; <a href="/xxgk/03/">法定主动公开内容</a> &gt; <a href="/xxgk/10/">领导讲话</a>',
                    main)
    add('t-baihe-1.html', body, 'utf-8', 'utf-8', 'https://www.baihe.gov.cn/xxgk/30184.html',
        title=BH_SPEECH_T, author='宋立川', published='2023-06-15', shown_date='2023-06-15', lines=BH_SPEECH)
    # page 2: work report of the state assets office (no person as author); stale gb2312 meta
    rel2 = [('/xxgk/30255.html', '白河县县属国有企业负责人经营业绩考核办法'),
            ('/xxgk/30061.html', '白河县县属国有企业投资监督管理办法（试行）'),
            ('/xxgk/29930.html', '关于进一步加强县属国有企业党的建设的实施意见')]
    heads = [BH_REPORT[0], BH_REPORT[2], BH_REPORT[7], BH_REPORT[9]]
    body_html = bh_paras(BH_REPORT, heads) + '\n<p style="text-align:right;">白河县财政局（县国资办）</p>\n<p style="text-align:right;">2023年7月18日</p>'
    main = bh_article('11341825003205561X/202307-00021', '县财政局', '国有资产监管\\其他', '2023-07-20',
                      '白财国资〔2023〕17号', BH_REPORT_T, BH_REPORT_T, '2023-07-20 09:12', '县财政局', 30302, body_html, rel2)
    body = bh_shell('白河县人民政府 信息公开 ' + BH_REPORT_T,
                    '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n<meta name="ArticleTitle" content="%s">\n<meta name="PubDate" content="2023-07-20 09:12">\n<meta name="ContentSource" content="县财政局">' % BH_REPORT_T,
                    '<a href="/">首页</a> &gt; <a href="/xxgk/">政务公开</a> &gt; <a href="/czj/">县财政局</a> &gt; <a href="/czj/gzjg/">国资监管</a>',
                    main)
    add('t-baihe-2.html', body, 'utf-8', 'UTF-8', 'https://www.baihe.gov.cn/czj/gzjg/30302.html',
        title=BH_REPORT_T, author='', published='2023-07-20', shown_date='2023-07-20', lines=BH_REPORT)
    # page 3: 政策文件 listing
    docs = [('白河县人民政府关于印发白河县2024年国民经济和社会发展计划的通知', '白政〔2024〕5号', '2024-02-26'),
            ('白河县人民政府办公室关于印发白河县城区停车管理办法的通知', '白政办〔2024〕8号', '2024-02-20'),
            ('白河县人民政府关于调整县属国有企业监管体制的通知', '白政〔2024〕3号', '2024-01-31'),
            ('白河县人民政府办公室关于做好2024年春节期间有关工作的通知', '白政办秘〔2024〕6号', '2024-01-25'),
            ('白河县人民政府关于印发进一步优化营商环境若干措施的通知', '白政〔2023〕41号', '2023-12-18'),
            ('白河县人民政府办公室关于印发白河县农村人居环境整治提升行动方案的通知', '白政办〔2023〕57号', '2023-12-06'),
            ('白河县人民政府关于公布县级行政许可事项清单（2023年版）的通知', '白政〔2023〕38号', '2023-11-22'),
            ('白河县人民政府办公室关于加强城乡居民养老保险工作的通知', '白政办〔2023〕52号', '2023-11-03'),
            ('白河县人民政府关于印发白河县国土空间总体规划实施意见的通知', '白政〔2023〕35号', '2023-10-17'),
            ('白河县人民政府办公室关于印发白河县政府投资项目管理办法的通知', '白政办〔2023〕49号', '2023-09-28'),
            ('白河县人民政府关于进一步加强安全生产工作的通知', '白政〔2023〕31号', '2023-09-11'),
            ('白河县人民政府办公室关于印发白河县防汛抗旱应急预案的通知', '白政办〔2023〕40号', '2023-06-02'),
            ('白河县人民政府关于印发白河县县属国有企业改革深化提升行动实施方案的通知', '白政〔2023〕22号', '2023-05-19'),
            ('白河县人民政府办公室关于做好2023年高校毕业生就业创业工作的通知', '白政办〔2023〕31号', '2023-04-27'),
            ('白河县人民政府关于2022年度县直单位目标管理绩效考核结果的通报', '白政〔2023〕12号', '2023-03-10')]
    rows = '\n'.join('<tr><td class="xh">%d</td><td class="bt"><a href="/xxgk/zcwj/%d.html" target="_blank" title="%s">%s</a></td><td class="wh">%s</td><td class="rq">%s</td></tr>'
                     % (i + 1, 31200 - i * 37, esc(t), esc(t), w, d) for i, (t, w, d) in enumerate(docs))
    main = '''<div class="zcwj-filter"><span class="on"><a href="/xxgk/zcwj/">全部</a></span><span><a href="/xxgk/zcwj/?type=xzgfxwj">行政规范性文件</a></span><span><a href="/xxgk/zcwj/?type=qtwj">其他文件</a></span><span><a href="/xxgk/zcwj/?type=zcjd">政策解读</a></span></div>
<div class="zcwj-search"><form action="/xxgk/zcwj/search" method="get">标题：<input type="text" name="title"> 文号：<input type="text" name="wh"> 年份：<select name="year"><option>全部</option><option>2024</option><option>2023</option><option>2022</option></select> <button>检索</button></form></div>
<table class="zcwj-list" width="100%%" cellspacing="0" cellpadding="0">
<thead><tr><th>序号</th><th>标题</th><th>文号</th><th>发布日期</th></tr></thead>
<tbody>
%s
</tbody></table>
<div class="pagination"><span>共 186 条</span> <span>1/13 页</span> <a class="cur">1</a><a href="?page=2">2</a><a href="?page=3">3</a><a href="?page=4">4</a><a href="?page=5">5</a>…<a href="?page=13">13</a> <a href="?page=2">下一页</a> <a href="?page=13">尾页</a> 跳转到<input type="text" size="2">页</div>''' % rows
    body = bh_shell('政策文件_白河县人民政府', '<meta charset="utf-8">\n<meta name="ColumnName" content="政策文件">',
                    '<a href="/">首页</a> &gt; <a href="/xxgk/">政务公开</a> &gt; <a href="/xxgk/05/">政策文件</a>', main)
    add('t-baihe-3.html', body, 'utf-8', 'utf-8', 'https://www.baihe.gov.cn/xxgk/zcwj/index.html', kind='listing')
    # page 4: a two-sentence notice with an attachment - no essay
    nt = '关于白河县政务服务中心2024年春节期间办公时间安排的通知'
    body_html = ('<p style="text-indent:2em;">根据国务院办公厅关于2024年部分节假日安排的通知精神，2024年2月10日至17日县政务服务中心暂停窗口服务，2月18日（星期日）起恢复正常办公。节日期间，企业和群众可通过“皖事通”APP或白河县网上办事大厅办理相关业务。</p>\n'
                 '<p style="text-indent:2em;">附件：<a href="/group1/M00/0A/3F/rBAKDGWxYz2AbC1dAAAsQ8kE2xs123.xls" target="_blank">春节期间各窗口应急联系电话.xls</a></p>\n'
                 '<p style="text-align:right;">白河县数据资源管理局</p>\n<p style="text-align:right;">2024年2月5日</p>')
    main = bh_article('11341825MB1D21873X/202402-00007', '县数据资源局', '综合政务\\通知公告', '2024-02-05', '',
                      nt, nt, '2024-02-05 10:41', '县数据资源局', 31377, body_html, [])
    body = bh_shell(nt + '-通知公告-白河县人民政府', '<meta charset="utf-8">',
                    '<a href="/">首页</a> &gt; <a href="/xxgk/">政务公开</a> &gt; <a href="/xxgk/tzgg/">通知公告</a>', main)
    add('t-baihe-4.html', body, 'utf-8', 'utf-8', 'https://www.baihe.gov.cn/xxgk/tzgg/31377.html', kind='listing')


# =====================================================================
# 4. t-kuaixun : 快讯头条 mobile share pages (m.kuaixuntt.com), utf-8
# =====================================================================
KX_FEED = [
    ('县城夜市烟火气回来了：一条街带火一座城', '小城烟火记', '1.2万', 'c1'),
    ('95后女孩返乡种草莓，一亩地收入三万多', '田间观察', '8632', 'c2'),
    ('老厂房变身文创园，这座城市找回了记忆', '城市旧事', '2.1万', 'c3'),
    ('央企一季度“成绩单”出炉：多项指标创新高', '财经早知道', '3.4万', 'c4'),
    ('春季养生：这三种野菜正当季', '健康生活馆', '5.6万', 'c5'),
    ('高铁开进大山里，村民的土货搭上“快车”', '江州日报', '9821', 'c6'),
    ('一位乡村教师的三十年：他把学生送出了大山', '教育那些事', '1.8万', 'c7'),
    ('刚刚！我省发布最新天气预警', '江州天气', '12万', 'c8'),
]


def kx_cards(items):
    out = []
    for i, (t, src, n, img) in enumerate(items):
        out.append('''<a class="feed-card" href="/a/%d?from=share_rec" data-ga="rec_%d">
  <div class="fc-txt"><h3 class="fc-title">%s</h3><div class="fc-meta"><span class="fc-src">%s</span><span class="fc-cmt">%s阅读</span></div></div>
  <div class="fc-img"><img src="https://p3.kxcdn.com/img/%s_%d.jpeg~tplv-resize:228:152.webp" loading="lazy" alt=""></div>
</a>''' % (7301188400 + i * 3, i, esc(t), esc(src), n, img, i))
    return '\n'.join(out)


def kx_shell(doc_title, head_extra, body_inner):
    return '''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no,viewport-fit=cover">
<meta name="format-detection" content="telephone=no">
<meta name="apple-mobile-web-app-capable" content="yes">
%s
<title>%s</title>
<link rel="stylesheet" href="https://s1.kxcdn.com/m/share/static/css/article.8f3c21a.css">
<script>!function(e){var t=e.documentElement,n=function(){var e=t.clientWidth;t.style.fontSize=(e>750?750:e)/7.5+"px"};n();window.addEventListener("resize",n)}(document);</script>
</head>
<body>
<div id="app" class="share-page">
<div class="top-banner" data-ga="top_banner"><img class="tb-logo" src="https://s1.kxcdn.com/m/share/static/img/logo-120.png" alt=""><div class="tb-txt"><p class="tb-t1">快讯头条</p><p class="tb-t2">看新闻、听热点，上快讯头条</p></div><a class="tb-btn" href="https://app.kuaixuntt.com/download?ch=share_top">立即下载</a></div>
%s
<div class="bottom-bar"><a class="bb-open" href="kuaixun://article?id=0&amp;from=share">打开快讯头条APP，查看更多精彩评论</a></div>
</div>
<script>window.__SSR_DATA__={"abTest":{"fold":"v2","openApp":"b"},"channel":"share","env":"prod"};</script>
<script src="https://s1.kxcdn.com/m/share/static/js/vendor.2c91ab0.js"></script>
<script src="https://s1.kxcdn.com/m/share/static/js/article.5d0e7f3.js"></script>
<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?a1b2c3d4e5f6";document.head.appendChild(hm)})();</script>
</body>
</html>
''' % (head_extra, doc_title, body_inner)


def kx_article(aid, title, account, acc_desc, date_shown, paras_html, comments, reads, likes):
    cm = '\n'.join('''<li class="cmt-item"><img class="cmt-avatar" src="https://p3.kxcdn.com/avatar/%d.jpg" alt=""><div class="cmt-main"><div class="cmt-user"><span class="cmt-name">%s</span><span class="cmt-loc">%s</span></div><p class="cmt-text">%s</p><div class="cmt-foot"><span class="cmt-time">%s</span><span class="cmt-reply">回复</span><span class="cmt-like"><i class="ico-like"></i>%d</span></div></div></li>'''
                   % (aid % 97 + k, esc(n), loc, esc(t), tm, lk) for k, (n, loc, t, tm, lk) in enumerate(comments))
    return '''<div class="article" id="article" data-id="%d">
<h1 class="art-title">%s</h1>
<div class="art-author"><img class="aa-avatar" src="https://p3.kxcdn.com/avatar/acc_%d.jpg" alt=""><div class="aa-info"><div class="aa-name">%s<i class="ico-v"></i></div><div class="aa-desc"><span class="aa-time">%s</span><span class="aa-intro">%s</span></div></div><a class="aa-follow" href="https://app.kuaixuntt.com/download?ch=share_follow">关注</a></div>
<div class="art-content fold" id="artContent" style="max-height:9.6rem;overflow:hidden;position:relative">
%s
<div class="fold-mask"></div>
</div>
<div class="unfold-wrap" id="unfoldBtn"><span class="unfold-btn">展开全文<i class="ico-arrow-down"></i></span></div>
<a class="open-app-read" href="kuaixun://article?id=%d&amp;from=share_fold">打开APP阅读全文</a>
<div class="art-stat"><span>阅读 %s</span><span class="art-like"><i class="ico-zan"></i>%d</span><span class="art-report">举报</span></div>
</div>
<div class="share-row"><span>分享到</span><a class="sh-wx">微信</a><a class="sh-pyq">朋友圈</a><a class="sh-wb">微博</a><a class="sh-qq">QQ</a></div>
<div class="hot-comments"><h2 class="sec-title">热门评论</h2><ul class="cmt-list">
%s
</ul><a class="cmt-more" href="kuaixun://article?id=%d&amp;tab=comment">打开APP查看全部评论</a></div>
<div class="rec-feed"><h2 class="sec-title">相关推荐</h2>
%s
<a class="feed-more" href="https://app.kuaixuntt.com/download?ch=share_feed">打开快讯头条，查看更多精彩资讯</a></div>''' % (
        aid, esc(title), aid % 50, esc(account), date_shown, esc(acc_desc), paras_html, aid, reads, likes, cm, aid,
        kx_cards(KX_FEED[aid % 3: aid % 3 + 6]))


KX1_T = '县城早餐店开了十年，她说最怕的不是起早'
KX1 = P('''
凌晨三点半，闹钟还没响，刘彩霞就醒了。
她在县城老汽车站对面开了一家早餐店，卖包子、豆浆、胡辣汤，一开就是十年。店面不大，七八张桌子，门口支着两口大蒸锅。每天三点多起床和面、剁馅、熬汤，五点半准时开门，第一拨客人是赶早班车的乡下人和环卫工人。
“起早不算苦，习惯了。”刘彩霞一边往蒸笼里码包子一边说。她最怕的，是熟客突然不来了。
店里有不少老主顾，十年来天天来吃早饭。对面修车铺的老张，每天两个肉包一碗豆浆；退休的赵老师，永远是一碗不放香菜的胡辣汤。谁哪天没来，她心里就要犯嘀咕。前年冬天，一位常来的环卫大姐连着三天没露面，刘彩霞打听了好几个人，才知道她摔伤了腿在家躺着，便让丈夫每天早上送一份早饭过去，一送就是一个多月。
这几年县城变化大，新开的连锁早餐店、外卖平台抢走了不少生意。刘彩霞也跟着变，学会了在手机上接单，给店里装了扫码点餐，还在女儿的帮助下开了短视频账号，拍自己凌晨做包子的过程，竟然也有了几千个粉丝。
有人劝她把店搬到新城区去，那边人多，房租也不算贵。她想了想，还是没搬。“老车站这边住的多是老人，搬走了，他们上哪儿吃这一口热乎的？”
天渐渐亮了，第一班公交车从店门口驶过。刘彩霞掀开蒸笼，白汽一下子涌出来，扑满了半条街。
''')

KX2_T = '焊花里的传承：一个国企焊工班的“师带徒”故事'
KX2 = P('''
在江州重型机械集团的结构件车间，焊花四溅，弧光闪烁。47岁的全国技术能手程建国蹲在一台大型挖掘机底架旁，正手把手地教徒弟调整焊枪角度。
“手腕再放低一点，速度匀一点，焊缝才能像鱼鳞一样整齐。”程建国说话不多，却句句落在要害上。他的徒弟、25岁的小伙子邓浩点点头，屏住呼吸，又焊了一道。
程建国所在的焊工班组共有32人，其中35岁以下的青年职工占了一半多。近年来，集团推行“师带徒”制度，每名技能骨干与一到两名青年职工签订师徒协议，明确带教目标和考核标准，徒弟取得技能等级证书、在技能竞赛中获奖，师傅也能拿到相应的带徒津贴。
刚进厂时，邓浩对焊工这一行并不上心，觉得又脏又累。是师傅的一件事改变了他。那年集团承接一批出口设备订单，外方对焊缝质量要求极为苛刻，一条关键焊缝连续试焊多次都没能通过探伤检测。程建国带着几个老师傅连续加班一周，反复调整工艺参数，最终一次通过检测，外方代表当场竖起了大拇指。
“那时候我就想，原来焊工也能干成这么了不起的事。”邓浩说。此后，他每天下班后都留在实训室练习，两年后拿到了高级工证书，去年又在省级职业技能大赛焊工项目中获得第三名。
如今，程建国的“技能大师工作室”已经累计培养高级工以上技能人才60多名，完成技术革新项目20余项，为企业节约成本上千万元。说起这些，程建国只是憨厚地笑笑：“手艺是师傅传给我的，我再传给他们，这是本分。”
车间的墙上，挂着一条醒目的标语：“匠心传承，焊接未来”。焊花依旧在飞，一代代焊工的青春，就这样熔进了一台台大国重器之中。
''')

KX3_T = '那些年，镇上的供销社'
KX3 = P('''
我小时候，镇上最气派的房子，就是供销社。
那是一排青砖瓦房，临街开着三道门，门楣上用红漆写着“为人民服务”五个大字。走进去，一溜长长的木头柜台，柜台后面是顶到房梁的货架，布匹、搪瓷盆、暖水瓶、解放鞋、煤油灯、火柴、肥皂，一样样码得整整齐齐。
柜台上方，横着拉了几根铁丝，铁丝上挂着夹子。售货员把钱和票据夹在夹子上，“嗖”地一推，夹子就顺着铁丝滑到收款台那头，一会儿找的零钱又滑回来。这是我童年见过的最神奇的“机器”，每次跟大人去供销社，我都要仰着头看半天。
那时候买东西，光有钱还不够，还得有票。布票、粮票、油票、糖票，母亲都用手绢包着，锁在箱底。过年前去供销社扯布，是一家人的大事，母亲总要在柜台前比来比去，算了又算，最后扯回来的布，先给我们兄妹做新衣，剩下的边角料，再给父亲缝顶帽子。
供销社的售货员，在我们眼里是了不起的人物。卖糖果的李阿姨最和气，每次都会多给我们一颗水果糖；卖五金的王师傅会修收音机，镇上谁家的收音机坏了，都拿来请他看。
后来，镇上开了个体商店，又有了超市，供销社的生意渐渐冷清了。九十年代末，那排青砖瓦房改成了农资门市部，再后来，整条街都拆了重建。
前些日子回老家，听说县供销社在镇上开了一家新的为农服务中心，卖农资、收农产品，还办起了电商服务站。我去转了转，亮堂堂的店面里，货架上摆满了本地的土特产，年轻的店员正对着手机直播带货。我站在门口，恍惚间又听见了那“嗖”的一声。
''')


def kx_paras(paras, img_after=None, img_caption=None):
    out = []
    for i, p in enumerate(paras):
        out.append('<p>%s</p>' % esc(p))
        if img_after is not None and i == img_after:
            out.append('<div class="pgc-img"><img src="https://p3.kxcdn.com/origin/pgc-image/9f1e2d3c4b5a.jpeg" data-width="1080" data-height="720" alt=""><p class="pgc-img-caption">%s</p></div>' % esc(img_caption))
    return '\n'.join(out)


def site_kuaixun():
    # page 1: account name only -> no person as author
    ph = kx_paras(KX1, 1, '凌晨五点，早餐店的蒸笼已经冒起了白汽')
    lines = KX1[:2] + ['凌晨五点，早餐店的蒸笼已经冒起了白汽'] + KX1[2:]
    inner = kx_article(7301160021, KX1_T, '小城烟火记', '记录小城里的普通人', '2024-03-20 07:45', ph,
                       [('大漠孤烟', '河南', '这样的小店才是县城的灵魂，支持老板娘！', '03-20', 2315),
                        ('用户8830172', '江苏', '看饿了，想念家门口的胡辣汤。', '03-20', 986),
                        ('清风徐来', '湖北', '给环卫大姐送了一个多月早饭，好人一生平安。', '03-21', 644),
                        ('老街坊', '河南', '老车站那家？我上学时天天去吃。', '03-21', 210)],
                       '6.8万', 3120)
    body = kx_shell(KX1_T + ' - 快讯头条',
                    '<meta name="description" content="凌晨三点半，闹钟还没响，刘彩霞就醒了。">\n<meta property="og:title" content="%s">\n<meta property="og:type" content="article">\n<meta property="article:published_time" content="2024-03-20T07:45:12+08:00">' % KX1_T,
                    inner)
    add('t-kuaixun-1.html', body, 'utf-8', 'utf-8', 'https://m.kuaixuntt.com/a/7301160021',
        title=KX1_T, author='', published='2024-03-20', shown_date='2024-03-20', lines=lines)
    # page 2: newspaper account, reporter byline inside the text
    ph = ('<p class="byline">江州日报记者 葛明远</p>\n' + kx_paras(KX2, 2, '程建国（右）在指导徒弟焊接') +
          '\n<p class="editor">（编辑：苏晴）</p>')
    lines = KX2[:3] + ['程建国（右）在指导徒弟焊接'] + KX2[3:]
    inner = kx_article(7300980112, KX2_T, '江州日报', '江州日报官方账号', '2024年03月12日 18:30', ph,
                       [('铁打的车间', '辽宁', '我也是焊工，干了十八年，看到这篇文章很感动。', '03-12', 1892),
                        ('一缕阳光', '江西', '师傅带徒弟，这个传统要传下去。', '03-13', 733),
                        ('江州老李', '湖南', '江州重机的老师傅都是这样的，实在。', '03-13', 402)],
                       '3.2万', 1560)
    body = kx_shell(KX2_T + '_快讯头条',
                    '<meta charset="utf-8">\n<meta name="description" content="在江州重型机械集团的结构件车间，焊花四溅，弧光闪烁。">\n<meta property="article:published_time" content="2024-03-12T18:30:00+08:00">',
                    inner)
    add('t-kuaixun-2.html', body, 'utf-8', 'utf-8', 'https://m.kuaixuntt.com/a/7300980112?share_token=8b2f1c&tt_from=weixin',
        title=KX2_T, author='葛明远', published='2024-03-12', shown_date='2024年03月12日', lines=lines)
    # page 3: self-media account with a 文 | name line; date shown without year
    ph = '<p><strong>文 | 林一苇</strong></p>\n' + kx_paras(KX3) + '\n<p>（本文为快讯头条原创，未经授权禁止转载）</p>'
    inner = kx_article(7301035567, KX3_T, '老城故事汇', '讲述老城里的旧时光', '03-18 09:12', ph,
                       [('岁月如歌', '安徽', '那个铁丝上滑来滑去的夹子，我也记得！', '03-18', 3021),
                        ('用户5521009', '山东', '布票粮票，现在的孩子都不知道是什么了。', '03-18', 1450),
                        ('南山', '浙江', '写得真好，一下子回到了小时候。', '03-19', 877),
                        ('供销人', '江苏', '我在供销社干了一辈子，谢谢作者还记得我们。', '03-19', 2209),
                        ('明月', '四川', '嗖的一声，太有画面感了。', '03-20', 315)],
                       '11.4万', 5240)
    body = kx_shell(KX3_T + ' - 快讯头条',
                    '<meta property="og:title" content="%s">\n<meta property="article:published_time" content="2024-03-18T09:12:40+08:00">\n<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"%s","datePublished":"2024-03-18T09:12:40+08:00","author":{"@type":"Organization","name":"老城故事汇"}}</script>' % (KX3_T, KX3_T),
                    inner)
    add('t-kuaixun-3.html', body, 'utf-8', 'utf-8', 'https://m.kuaixuntt.com/a/7301035567',
        title=KX3_T, author='林一苇', published='2024-03-18', shown_date='03-18', lines=KX3)
    # page 4: channel feed - listing
    chans = ['推荐', '本地', '热榜', '财经', '国企', '科技', '健康', '教育', '汽车', '体育']
    tabs = ''.join('<a class="ch-tab%s" href="/ch/%d">%s</a>' % (' on' if c == '本地' else '', i, c) for i, c in enumerate(chans))
    more = KX_FEED + [('江州地铁3号线最新进展来了', '江州发布', '4.5万', 'c9'),
                      ('周末去哪儿？江州十个赏花好去处', '江州玩乐', '2.3万', 'c10'),
                      ('这家开了三十年的面馆，要搬家了', '小城烟火记', '1.1万', 'c11'),
                      ('江州重机一季度订单同比增长两成', '江州日报', '7760', 'c12')]
    inner = ('<div class="ch-bar">%s<a class="ch-more">☰</a></div>\n<div class="ch-city">当前城市：江州 <a href="/city">切换</a></div>\n'
             '<div class="feed-list">\n%s\n</div>\n<div class="feed-loading">下拉加载更多…</div>\n'
             '<a class="open-app-read" href="https://app.kuaixuntt.com/download?ch=share_channel">打开APP，看更多本地新闻</a>') % (tabs, kx_cards(more))
    body = kx_shell('本地 - 江州 - 快讯头条', '<meta charset="utf-8">', inner)
    add('t-kuaixun-4.html', body, 'utf-8', 'utf-8', 'https://m.kuaixuntt.com/ch/1?city=jiangzhou', kind='listing')


# =====================================================================
# 5. t-donghu : 东湖理工大学党委宣传部 news site (VSB-style CMS)
# =====================================================================
DH_NOTICES = [('关于做好2024年寒假期间安全稳定工作的通知', '2024-01-10'),
              ('关于开展2023年度基层党组织书记抓党建述职评议考核的通知', '2023-12-20'),
              ('关于组织收看“时代楷模”发布仪式的通知', '2023-12-08'),
              ('关于征集校园文化精品项目的通知', '2023-11-27'),
              ('关于2024年元旦放假安排的通知', '2023-11-20'),
              ('关于评选2023年度优秀新闻报道的通知', '2023-11-14'),
              ('关于举办第十二届“东湖杯”校园摄影大赛的通知', '2023-11-02'),
              ('关于加强校园新媒体平台管理的通知', '2023-10-25')]


def dh_shell(doc_title, meta, column, main):
    nav = ['首页', '部门概况', '东湖要闻', '综合新闻', '学院动态', '媒体东湖', '理论学习', '校园文化', '图说东湖', '通知公告']
    navh = '\n'.join('<li><a href="../../%s.htm">%s</a></li>' % (['index', 'bmgk', 'dhyw', 'zhxw', 'xydt', 'mtdh', 'llxx', 'xywh', 'tsdh', 'tzgg'][i], t)
                     for i, t in enumerate(nav))
    notices = '\n'.join('<li><a href="../../info/1012/%d.htm" title="%s">%s</a><span>%s</span></li>'
                        % (5120 - i * 11, esc(t), esc(t if len(t) < 18 else t[:17] + '…'), d[5:]) for i, (t, d) in enumerate(DH_NOTICES[:7]))
    return '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s" />
<title>%s</title>
<meta content="IE=edge" http-equiv="X-UA-Compatible">
<meta name="pageType" content="3">
<meta name="pageTitle" content="%s">
<meta name="keywords" content="东湖理工大学,党委宣传部,新闻网">
<link type="text/css" href="../../style/style.css" rel="stylesheet">
<script type="text/javascript" src="../../js/jquery.min.js"></script>
<!--Announced by Visual SiteBuilder 9-->
<link rel="stylesheet" type="text/css" href="../../_sitegray/_sitegray_d.css" />
<script language="javascript" src="../../_sitegray/_sitegray.js"></script>
<!-- CustomerNO:77656262657232307e7a47535257544a000300064451 -->
<link rel="stylesheet" type="text/css" href="../../content.vsb.css" />
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
<script type="text/javascript">_jsq_(1010,'/content.jsp',-1,1768234561)</script>
</head>
<body>
<div class="head"><div class="w1200"><a href="../../index.htm" class="logo"><img src="../../images/logo.png" alt="东湖理工大学新闻网"></a>
<div class="toplink"><a href="http://www.dhlg.edu.cn" target="_blank">学校主页</a> | <a href="../../tgxz.htm">投稿须知</a> | <a href="../../lxwm.htm">联系我们</a></div>
<script type="text/javascript">function _nl_ys_check(){var keyword = document.getElementById('showkeycode1012').value;if(keyword==null||keyword==""){alert("请输入你要检索的内容！");return false;}return true;}</script>
<form action="../../ssjg.jsp?wbtreeid=1001" method="post" id="au1a" name="au1a" onsubmit="return _nl_ys_check()"><input type="hidden" id="lucenenewssearchkey1012" name="lucenenewssearchkey" value=""><input type="text" name="showkeycode" id="showkeycode1012" class="inp"><input type="image" src="../../images/ss.png" class="btn"></form></div></div>
<div class="nav"><ul class="w1200">
%s
</ul></div>
<div class="w1200 ny-box clearfix">
<div class="ny-left">
<div class="lm-tit"><h2>%s</h2><div class="dqwz">当前位置：<a href="../../index.htm">首页</a>&gt;&gt;<a href="../../%s.htm">%s</a>&gt;&gt;正文</div></div>
%s
</div>
<div class="ny-right">
<div class="r-box"><div class="r-tit"><h3>通知公告</h3><a href="../../tzgg.htm" class="more">更多&gt;&gt;</a></div><ul class="r-list">
%s
</ul></div>
<div class="r-box"><div class="r-tit"><h3>专题网站</h3></div><ul class="r-zt">
<li><a href="http://ztjy.dhlg.edu.cn/" target="_blank"><img src="../../images/zt1.jpg" alt="主题教育"></a></li>
<li><a href="http://xxxc.dhlg.edu.cn/" target="_blank"><img src="../../images/zt2.jpg" alt="学习宣传贯彻党的二十大精神"></a></li>
<li><a href="http://65zn.dhlg.edu.cn/" target="_blank"><img src="../../images/zt3.jpg" alt="建校65周年"></a></li></ul></div>
<div class="r-box"><div class="r-tit"><h3>新媒体矩阵</h3></div><div class="r-xmt"><img src="../../images/wx.jpg" alt=""><p>东湖理工微信</p><img src="../../images/wb.jpg" alt=""><p>东湖理工微博</p></div></div>
</div>
</div>
<div class="foot"><div class="w1200">
<p>版权所有：东湖理工大学党委宣传部 &nbsp; 地址：江州市东湖区学府大道99号 &nbsp; 邮编：430200</p>
<p>投稿邮箱：xcb@dhlg.edu.cn &nbsp; 电话：027-8765XXXX &nbsp; <a href="https://beian.miit.gov.cn/" target="_blank">鄂ICP备05003456号</a> &nbsp; 鄂公网安备42011102000321号</p>
</div></div>
</body>
</html>
''' % (meta, doc_title, doc_title, navh, column, {'东湖要闻': 'dhyw', '综合新闻': 'zhxw', '通知公告': 'tzgg'}[column], column, main, notices)


def dh_body(paras, captions):
    """captions: {index_after_which: (img, caption)}"""
    out = []
    for i, p in enumerate(paras):
        out.append('<p class="vsbcontent_start" style="text-indent:2em;line-height:1.75em;margin-bottom:10px;"><span style="font-size:16px;font-family:宋体,SimSun;">%s</span></p>' % esc(p)
                   if i == 0 else
                   '<p style="text-indent:2em;line-height:1.75em;margin-bottom:10px;"><span style="font-size:16px;font-family:宋体,SimSun;">%s</span></p>' % esc(p))
        if i in captions:
            img, cap = captions[i]
            out.append('<p style="text-align:center;"><img src="/__local/A/3F/21/%s.jpg" width="600" vwidth="600" vheight="" vurl="/_vsl/%s/tu.jpg" vsbhref="vurl" orisrc="/__local/A/3F/21/%s.jpg" class="img_vsb_content"></p>' % (img, img, img))
            out.append('<p style="text-align:center;"><span style="font-size:14px;font-family:楷体,KaiTi;">%s</span></p>' % esc(cap))
    return '\n'.join(out)


def dh_article(owner, title, zz_line, pubdate, body_html, prev, nxt, wbnewsid):
    return '''<script language="javascript" src="/system/resource/js/dynclicks.js"></script><script language="javascript" src="/system/resource/js/openlink.js"></script>
<form name="_newscontent_fromname">
<div class="nr-box">
<h1 class="nr-tit">%s</h1>
<div class="nr-info">%s<br><span class="fbsj">发布时间：%s</span>&nbsp;&nbsp;浏览次数：<span><script>_showDynClicks("wbnews", %d, %d)</script></span></div>
<div class="v_news_content" id="vsb_content">
%s
</div>
<div id="div_vote_id"></div>
</div>
<div class="nr-share">分享到：<a class="bds_weixin">微信</a> <a class="bds_tsina">微博</a> <a class="bds_qzone">QQ空间</a></div>
<div class="nr-sxp"><p>上一篇：<a href="%d.htm">%s</a></p><p>下一篇：<a href="%d.htm">%s</a></p></div>
</form>''' % (esc(title), zz_line, pubdate, owner, wbnewsid, body_html, wbnewsid + 1, esc(prev), wbnewsid - 1, esc(nxt))


DH1_T = '学校党委理论学习中心组开展专题学习'
DH1 = P('''
11月7日下午，学校党委理论学习中心组在行政楼第一会议室开展专题学习，围绕“推进教育强国建设、办好人民满意的大学”进行交流研讨。党委书记郑国平主持学习并讲话，校长何文博等校领导，党委各部门、各学院党委书记参加学习。
会上，党委常委、组织部部长赵敏领学了有关文件精神。校领导结合分管工作，围绕人才培养、科技创新、学科建设、基层党建等作了交流发言。
郑国平指出，建设教育强国，高校肩负着重要使命。全校上下要深刻把握高等教育发展的新形势新要求，坚持立德树人根本任务，把学习成果转化为推动学校高质量发展的实际行动。
郑国平强调，一要抓好人才培养这个根本，深化新工科建设，推进产教融合、科教融汇，培养更多适应区域产业发展需要的卓越工程师；二要抓好学科建设这个龙头，集中资源建设一批特色优势学科；三要抓好党建这个保障，深入实施“对标争先”建设计划，推动基层党组织全面进步、全面过硬。
何文博表示，学校将认真落实党委部署，对照年度目标任务，逐项梳理进度，确保各项工作落到实处，以优异成绩迎接建校六十五周年。
''')

DH2_T = '三尺讲台四十载 一片丹心育桃李'
DH2 = P('''
——记机械工程学院教授孟庆余
九月的校园，桂花初开。在机械工程学院的一间教室里，七十岁的孟庆余教授站在讲台上，拿着粉笔在黑板上画出一张齿轮传动示意图，线条流畅，比例精准。台下，新入学的研究生们看得目不转睛。
这是孟庆余退休后返聘的第十个年头，也是他站上讲台的第四十一个年头。
1982年，孟庆余从东北一所工科院校毕业，被分配到当时还是专科学校的东湖工学院任教。那时学校条件简陋，实验室只有几台旧机床，他就带着学生到附近的机械厂去实习，一待就是一个月。“工科学生，手上没有油泥是学不会的。”这是他常说的一句话。
四十多年里，孟庆余主讲过《机械原理》《机械设计》等七门课程，每门课的讲义都是他一字一句手写的，改了又改。学院资料室至今保存着他的十几本讲义，纸页泛黄，页边密密麻麻写满了批注。
他对学生要求严格是出了名的。作业里一个单位写错，他都要用红笔圈出来；毕业设计答辩，他的问题总是最多最细。可学生们都愿意选他的课。2006届毕业生、现任一家重型装备企业总工程师的徐振东说：“孟老师教给我们的不只是知识，更是一种对技术负责、对产品负责的态度。”
孟庆余也是一名有着三十八年党龄的老党员。他长期担任教工党支部书记，带领支部党员结对帮扶家庭困难学生，自己每年都拿出一部分工资资助学生。这些事，他从不对人提起，直到几年前一位受助学生回校看望他，大家才知道。
退休后，他本可以在家安享晚年，却主动申请返聘，继续给本科生上基础课，还担任学院青年教师导师，帮助年轻教师打磨课堂。他说：“只要学生还需要，我就一直讲下去。”
下课铃响了，孟庆余放下粉笔，拍了拍手上的粉尘。窗外阳光正好，又一批年轻人，将从这里出发。
''')

DH3_T = '我校与江州重型机械集团签署校企战略合作协议'
DH3 = P('''
12月14日上午，我校与江州重型机械集团有限公司校企战略合作签约仪式在学术交流中心举行。校长何文博，江州重型机械集团党委书记、董事长唐振华出席签约仪式并致辞。副校长王健主持仪式。
何文博在致辞中介绍了学校的办学历史、学科特色和人才培养情况。他说，江州重机是我省装备制造业的龙头企业，也是我校毕业生就业的重要基地，多年来双方在人才培养、技术攻关等方面建立了深厚友谊。此次签约，标志着双方合作迈上了新台阶。学校将发挥学科和人才优势，与企业在联合攻关、共建平台、人才培养等方面开展全方位合作，努力打造校企合作的新样板。
唐振华表示，企业发展离不开人才和技术的支撑。集团近年来引进的技术骨干中，有近三成毕业于东湖理工大学。希望双方以此次签约为契机，在智能制造、绿色焊接等领域联合开展关键技术攻关，共同建设现代产业学院，为地方经济社会发展作出更大贡献。
根据协议，双方将共建“智能装备联合研发中心”和“卓越工程师实践基地”，企业每年接收不少于200名学生开展生产实习，并在我校设立“江州重机奖学金”。仪式上，双方还为联合研发中心揭牌，并为首批12名企业兼职导师颁发了聘书。
签约仪式前，唐振华一行参观了学校机械工程实训中心和先进焊接技术实验室。学校相关职能部门、学院负责人参加活动。
''')


def with_caps(paras, caps):
    out = []
    for i, p in enumerate(paras):
        out.append(p)
        if i in caps:
            out.append(caps[i][1])
    return out


def site_donghu():
    meta_gbk = 'gbk'
    # page 1
    caps = {1: ('7C2A1E0F9B8D4A6E', '学习现场'), 3: ('0D9E8F7A6B5C4D3E', '郑国平讲话')}
    main = dh_article(1768234561, DH1_T,
                      '<span>作者：文字/胡晓 摄影/沈一鸣</span>&nbsp;&nbsp;<span>审核：许立</span>&nbsp;&nbsp;<span>编辑：陈思</span>',
                      '2023-11-08', dh_body(DH1, caps), '我校召开2023年秋季学期学生工作会议', '我校在省大学生机械创新设计大赛中获佳绩', 10386)
    body = dh_shell(DH1_T + '-东湖理工大学新闻网', meta_gbk, '东湖要闻', main)
    add('t-donghu-1.html', body, 'gbk', '', 'https://news.dhlg.edu.cn/info/1002/10386.htm',
        title=DH1_T, author='胡晓', published='2023-11-08', shown_date='2023-11-08', lines=with_caps(DH1, caps),
        meta_cs='gbk')
    # page 2
    caps = {5: ('5E4D3C2B1A0F9E8D', '孟庆余教授在指导学生进行课程设计')}
    main = dh_article(1768234561, DH2_T,
                      '<span>作者：林晓雯</span>&nbsp;&nbsp;<span>摄影：机械工程学院</span>&nbsp;&nbsp;<span>审核：许立</span>&nbsp;&nbsp;<span>编辑：王一帆</span>',
                      '2023-09-10', dh_body(DH2, caps), '我校隆重庆祝第39个教师节', '新学期第一课：校领导走进课堂听课', 10122)
    body = dh_shell(DH2_T + '-东湖理工大学新闻网', meta_gbk, '综合新闻', main)
    add('t-donghu-2.html', body, 'gbk', '', 'https://news.dhlg.edu.cn/info/1003/10122.htm',
        title=DH2_T, author='林晓雯', published='2023-09-10', shown_date='2023-09-10', lines=with_caps(DH2, caps),
        meta_cs='gbk')
    # page 3: header says gbk too
    caps = {2: ('9A8B7C6D5E4F3A2B', '签约现场'), 3: ('1B2C3D4E5F6A7B8C', '为企业兼职导师颁发聘书')}
    main = dh_article(1768234561, DH3_T,
                      '<span>作者：文/周琳 图/刘洋</span>&nbsp;&nbsp;<span>审核：许立</span>&nbsp;&nbsp;<span>编辑：陈思</span>',
                      '2023-12-15', dh_body(DH3, caps), '我校获批省级现代产业学院', '学校召开2024年度预算编制工作会', 10511)
    body = dh_shell(DH3_T + '-东湖理工大学新闻网', meta_gbk, '东湖要闻', main)
    add('t-donghu-3.html', body, 'gbk', 'GBK', 'https://news.dhlg.edu.cn/info/1002/10511.htm',
        title=DH3_T, author='周琳', published='2023-12-15', shown_date='2023-12-15', lines=with_caps(DH3, caps),
        meta_cs='gbk')
    # page 4: 通知公告 listing
    more = DH_NOTICES + [('关于开展2023年秋季学期教学检查工作的通知', '2023-10-16'),
                         ('关于举办学习贯彻党的二十大精神专题报告会的通知', '2023-10-09'),
                         ('关于2023年国庆节放假安排的通知', '2023-09-22'),
                         ('关于推荐2023年度“最美东湖人”候选人的通知', '2023-09-15'),
                         ('关于做好新生入学教育工作的通知', '2023-09-01'),
                         ('关于开展暑期“三下乡”社会实践活动总结表彰的通知', '2023-08-28')]
    lis = '\n'.join('<li id="line_u8_%d"><a href="../info/1012/%d.htm" target="_blank" title="%s">%s</a><span>%s</span></li>'
                    % (i, 5120 - i * 11, esc(t), esc(t), d) for i, (t, d) in enumerate(more))
    main = '''<div class="list-box"><ul class="news-list">
%s
</ul>
<div class="pb_sys_common pb_sys_normal pb_sys_style1"><span class="p_pages"><span class="p_first_d p_fun_d">首页</span><span class="p_prev_d p_fun_d">上页</span><span class="p_no_d">1</span><span class="p_no"><a href="tzgg/5.htm">2</a></span><span class="p_no"><a href="tzgg/4.htm">3</a></span><span class="p_no"><a href="tzgg/3.htm">4</a></span><span class="p_dot">...</span><span class="p_no"><a href="tzgg/1.htm">6</a></span><span class="p_next p_fun"><a href="tzgg/5.htm">下页</a></span><span class="p_last p_fun"><a href="tzgg/1.htm">尾页</a></span></span><span class="p_t">共84条</span><span class="p_t">1/6</span></div></div>''' % lis
    main = main
    body = dh_shell('通知公告-东湖理工大学新闻网', meta_gbk, '通知公告', main)
    add('t-donghu-4.html', body, 'gbk', '', 'https://news.dhlg.edu.cn/tzgg.htm', kind='listing', meta_cs='gbk')


# =====================================================================
# 6. t-xishan : 西山论坛 (Discuz! X3.4), GBK
# =====================================================================
def dz_head(meta_cs, title, desc):
    return '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s" />
<title>%s</title>
<meta name="keywords" content="%s" />
<meta name="description" content="%s" />
<meta name="generator" content="Discuz! X3.4" />
<meta name="author" content="Discuz! Team and Comsenz UI Team" />
<meta name="copyright" content="2001-2023 Tencent Cloud." />
<meta name="MSSmartTagsPreventParsing" content="True" />
<meta http-equiv="MSThemeCompatible" content="Yes" />
<base href="http://bbs.xishanren.net/" /><link rel="stylesheet" type="text/css" href="data/cache/style_2_common.css?Kz9" /><link rel="stylesheet" type="text/css" href="data/cache/style_2_forum_viewthread.css?Kz9" /><script type="text/javascript">var STYLEID = '2', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'Kz9', charset = 'gbk', discuz_uid = '0', cookiepre = 'xs_2132_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = 'newthread', creditnotice = '1|威望|,2|金钱|,3|贡献|', defaultstyle = '', REPORTURL = 'aHR0cDovL2Jicy54aXNoYW5yZW4ubmV0Lw==', SITEURL = 'http://bbs.xishanren.net/', JSPATH = 'data/cache/', CSSPATH = 'data/cache/style_', DYNAMICURL = '';</script>
<script src="data/cache/common.js?Kz9" type="text/javascript"></script>
<meta name="application-name" content="西山论坛" />
<script src="data/cache/forum.js?Kz9" type="text/javascript"></script>
</head>
''' % (meta_cs, title, esc(title.split(' - ')[0]), esc(desc))


DZ_TOP = '''<body id="nv_forum" class="pg_viewthread" onkeydown="if(event.keyCode==27) return false;">
<div id="append_parent"></div><div id="ajaxwaitid"></div>
<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="javascript:;" onclick="setHomepage('http://bbs.xishanren.net/');">设为首页</a><a href="http://bbs.xishanren.net/" onclick="addFavorite(this.href, '西山论坛');return false;">收藏本站</a><a href="http://www.xishanren.net/" target="_blank">西山人网</a></div>
<div class="y"><a id="switchblind" href="javascript:;" onclick="toggleBlind(this)" title="开启辅助访问" class="switchblind">开启辅助访问</a><a href="javascript:;" id="switchwidth" onclick="widthauto(this)" title="切换到宽版" class="switchwidth">切换到宽版</a></div></div></div>
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="西山论坛"><img src="static/image/common/logo_xs.png" alt="西山论坛" border="0" /></a></h2>
<script src="static/js/logging.js?Kz9" type="text/javascript"></script>
<form method="post" autocomplete="off" id="lsform" action="member.php?mod=logging&amp;action=login&amp;loginsubmit=yes&amp;infloat=yes&amp;lssubmit=yes" onsubmit="return lsSubmit();"><div class="fastlg cl"><span id="return_ls" style="display:none"></span><div class="y pns"><table cellspacing="0" cellpadding="0"><tr><td><label for="ls_username">用户名</label></td><td><input type="text" name="username" id="ls_username" class="px vm xg1" value="" /></td><td class="fastlg_l"><label for="ls_cookietime"><input type="checkbox" name="cookietime" id="ls_cookietime" class="pc" value="2592000" />自动登录</label></td><td>&nbsp;<a href="javascript:;" onclick="showWindow('login', 'member.php?mod=logging&action=login&viewlostpw=1')">找回密码</a></td></tr><tr><td><label for="ls_password">密码</label></td><td><input type="password" name="password" id="ls_password" class="px vm" autocomplete="off" /></td><td class="fastlg_l"><button type="submit" class="pn vm" style="width: 75px;"><em>登录</em></button></td><td>&nbsp;<a href="member.php?mod=register" class="xi2 xw1">立即注册</a></td></tr></table></div></div></form>
</div>
<div id="nv"><a href="javascript:;" id="qmenu" onmouseover="delayShow(this, function () {showMenu({'ctrlid':'qmenu','pos':'34!','ctrlclass':'a','duration':2});showForummenu(12);})">快捷导航</a><ul><li class="a" id="mn_forum"><a href="forum.php" hidefocus="true" title="BBS">论坛<span>BBS</span></a></li><li id="mn_forum_10"><a href="forum.php?mod=guide" hidefocus="true" title="Guide">导读<span>Guide</span></a></li><li id="mn_N0a2c"><a href="portal.php" hidefocus="true">西山资讯</a></li><li id="mn_N3e7a"><a href="forum-2-1.html" hidefocus="true">西山生活</a></li><li id="mn_N5b1f"><a href="forum-21-1.html" hidefocus="true">房产家居</a></li><li id="mn_N7a9c"><a href="forum-26-1.html" hidefocus="true">招聘求职</a></li><li id="mn_home"><a href="home.php" hidefocus="true" title="Space">家园<span>Space</span></a></li></ul></div>
<div id="scbar" class="cl"><form id="scbar_form" method="post" autocomplete="off" onsubmit="searchFocus($('scbar_txt'))" action="search.php?searchsubmit=yes" target="_blank"><input type="hidden" name="mod" id="scbar_mod" value="search" /><table cellspacing="0" cellpadding="0"><tr><td class="scbar_icon_td"></td><td class="scbar_txt_td"><input type="text" name="srchtxt" id="scbar_txt" value="" autocomplete="off" x-webkit-speech speech /></td><td class="scbar_type_td"><a href="javascript:;" id="scbar_type" class="xg1" onclick="showMenu(this.id)" hidefocus="true">搜索</a></td><td class="scbar_btn_td"><button type="submit" name="searchsubmit" id="scbar_btn" sc="1" class="pn pnc" value="true"><strong class="xi2">搜索</strong></button></td><td class="scbar_hot_td"><div id="scbar_hot"><strong class="xw1">热搜: </strong><a href="search.php?mod=forum&amp;srchtxt=%CE%F7%C9%BD%B4%BA%B2%E8&amp;formhash=1a2b3c4d&amp;searchsubmit=true&amp;source=hotsearch" target="_blank" class="xi2" sc="1">西山春茶</a><a href="search.php?mod=forum&amp;srchtxt=%D7%E2%B7%BF&amp;source=hotsearch" target="_blank" class="xi2" sc="1">租房</a><a href="search.php?mod=forum&amp;srchtxt=%C0%CF%BD%D6&amp;source=hotsearch" target="_blank" class="xi2" sc="1">老街</a></div></td></tr></table></form></div>
</div></div>
'''

DZ_FOOT = '''<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="archiver/">Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes">手机版</a><span class="pipe">|</span><a href="forum.php?mod=misc&amp;action=showdarkroom">小黑屋</a><span class="pipe">|</span><a href="http://www.xishanren.net/about.html">联系我们</a><span class="pipe">|</span><strong><a href="http://bbs.xishanren.net/" target="_blank">西山论坛</a></strong> ( <a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备10028811号-1</a> )<script src="https://s4.cnzz.com/z_stat.php?id=1261234567&amp;web_id=1261234567" language="JavaScript"></script></p><p class="xs0">GMT+8, 2024-4-26 22:18<span id="debuginfo">, Processed in 0.071268 second(s), 28 queries , Gzip On, Redis On.</span></p></div>
<div id="frt"><p>Powered by <strong><a href="https://www.discuz.vip" target="_blank">Discuz!</a></strong> <em>X3.4</em></p><p class="xs0">&copy; 2001-2023 <a href="https://code.dismall.com" target="_blank">Discuz! Team</a>.</p></div></div>
<div id="scrolltop"><span hidefocus="true"><a title="返回顶部" onclick="window.scrollTo('0','0')" class="scrolltopa"><b>返回顶部</b></a></span><span><a href="forum-12-1.html" hidefocus="true" class="returnboard" title="返回版块"><b>返回版块</b></a></span></div>
<script type="text/javascript">_attachEvent(window, 'scroll', function () { showTopLink(); });checkBlind();</script>
</body>
</html>
'''

FLOOR_NAMES = {1: '沙发', 2: '板凳', 3: '地板'}


def dz_post(pid, tid, fid, floor, user, uid, group, posts, credits, when, msg_html, sign=''):
    label = '<em>楼主</em>' if floor == 0 else ('<em>%s</em>' % FLOOR_NAMES[floor] if floor in FLOOR_NAMES else '<em>%d</em><sup>#</sup>' % (floor + 1))
    sign_html = ('<div class="sign" style="max-height:100px;maxHeightIE:100px;">%s</div>' % esc(sign)) if sign else ''
    btn = ''
    if floor == 0:
        btn = '''<div id="p_btn" class="mtw mbm hm cl"><a href="home.php?mod=spacecp&amp;ac=favorite&amp;type=thread&amp;id=%d" id="k_favorite" onclick="showWindow(this.id, this.href, 'get', 0);" title="收藏本帖"><i><img src="static/image/common/fav.gif" alt="收藏" />收藏<span id="favoritenumber">23</span></i></a><a id="recommend_add" href="forum.php?mod=misc&amp;action=recommend&amp;do=add&amp;tid=%d&amp;hash=1a2b3c4d" onclick="ajaxmenu(this, 3000, 1, 0, '43', 'recommendupdate(1)');return false;" title="顶一下"><i><img src="static/image/common/rec_add.gif" alt="支持" />支持<span id="recommendv_add">41</span></i></a><a id="recommend_subtract" href="forum.php?mod=misc&amp;action=recommend&amp;do=subtract&amp;tid=%d&amp;hash=1a2b3c4d" title="踩一下"><i><img src="static/image/common/rec_subtract.gif" alt="反对" />反对<span id="recommendv_subtract">0</span></i></a></div>
<div class="tshare cl"><strong>分享到:&nbsp;</strong><a href="javascript:void(0);" onclick="postToWb();" class="t_wb">新浪微博</a><a href="javascript:void(0);" class="t_qq">QQ好友和群</a><a href="javascript:void(0);" class="t_qzone">QQ空间</a><a href="javascript:void(0);" class="t_wx">微信</a></div>''' % (tid, tid, tid)
    return '''<div id="post_%d" >
<table id="pid%d" class="plhin" summary="pid%d" cellspacing="0" cellpadding="0">
<tr>
<td class="pls" rowspan="2">
<div id="favatar%d" class="pls favatar">
<div class="pi"><div class="authi"><a href="space-uid-%d.html" target="_blank" class="xw1">%s</a></div></div>
<div><div class="avatar"><a href="space-uid-%d.html" class="avtm" target="_blank"><img src="http://bbs.xishanren.net/uc_server/avatar.php?uid=%d&amp;size=middle" /></a></div></div>
<div class="tns xg2"><table cellspacing="0" cellpadding="0"><th><p><a href="home.php?mod=space&amp;uid=%d&amp;do=thread&amp;type=thread&amp;view=me&amp;from=space" class="xi2">%d</a></p>主题</th><th><p><a href="home.php?mod=space&amp;uid=%d&amp;do=thread&amp;type=reply&amp;view=me&amp;from=space" class="xi2">%d</a></p>帖子</th><td><p><a href="home.php?mod=space&amp;uid=%d&amp;do=profile" class="xi2">%d</a></p>积分</td></table></div>
<p><em><a href="home.php?mod=spacecp&amp;ac=usergroup&amp;gid=14" target="_blank">%s</a></em></p>
<p><span id="g_up%d" ><img src="static/image/common/star_level2.gif" alt="Rank: 6" /><img src="static/image/common/star_level1.gif" alt="Rank: 6" /></span></p>
<dl class="pil cl"><dt>积分</dt><dd><a href="home.php?mod=space&amp;uid=%d&amp;do=profile" target="_blank" class="xi2">%d</a></dd></dl>
<ul class="xl xl2 o cl"><li class="pm2"><a href="home.php?mod=spacecp&amp;ac=pm&amp;op=showmsg&amp;handlekey=showmsg_%d&amp;touid=%d&amp;pmid=0&amp;daterange=2&amp;pid=%d&amp;tid=%d" onclick="showWindow('sendpm', this.href);" title="发消息" class="xi2">发消息</a></li></ul>
</div>
</td>
<td class="plc">
<div class="pi">
<strong><a href="forum.php?mod=redirect&amp;goto=findpost&amp;ptid=%d&amp;pid=%d" id="postnum%d" onclick="setCopy(this.href, '帖子地址复制成功');return false;">%s</a></strong>
<div class="pti"><div class="pdbt"></div>
<div class="authi"><img class="authicn vm" id="authicon%d" src="static/image/common/online_member.gif" />
<em id="authorposton%d">发表于 %s</em>
<span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid=%d&amp;page=1&amp;authorid=%d" rel="nofollow">只看该作者</a>
</div></div>
</div><div class="pct"><style type="text/css">.pcb{margin-right:0}</style><div class="pcb">
<div class="t_fsz">
<table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_%d">
%s</td></tr></table>
</div>
<div id="comment_%d" class="cm">
</div>
%s
<div id="post_rate_div_%d"></div>
</div>
</div>
</td></tr>
<tr><td class="plc plm">
%s
</td>
</tr>
<tr id="_postposition%d"></tr>
<tr>
<td class="pls"></td>
<td class="plc" style="overflow:visible;">
<div class="po hin"><div class="pob cl"><em><a class="fastre" href="forum.php?mod=post&amp;action=reply&amp;fid=%d&amp;tid=%d&amp;repquote=%d&amp;extra=page%%3D1&amp;page=1" onclick="showWindow('reply', this.href)">回复</a></em>
<p><a href="javascript:;" id="mgc_post_%d" onmouseover="showMenu(this.id)" class="showmenu">使用道具</a><a href="javascript:;" onclick="showWindow('miscreport%d', 'misc.php?mod=report&rtype=post&rid=%d&tid=%d&fid=%d', 'get', -1);return false;">举报</a></p></div></div>
</td>
</tr>
<tr class="ad"><td class="pls"></td><td class="plc"></td></tr>
</table>
</div>''' % (pid, pid, pid, pid, uid, esc(user), uid, uid, uid, posts // 15 + 1, uid, posts, uid, credits, group, pid, uid, credits,
             pid, uid, pid, tid, tid, pid, pid, label, pid, pid, when, tid, uid, pid, msg_html, pid, btn, pid, sign_html, pid,
             fid, tid, pid, pid, pid, pid, tid, fid)


def dz_msg(paras, edited=None, indent=True):
    out = []
    if edited:
        out.append('<i class="pstatus"> 本帖最后由 %s 编辑 </i><br />\r\n<br />\r\n' % esc(edited))
    out.append('<font size="3"><font face="宋体">')
    sp = '&nbsp; &nbsp; &nbsp; &nbsp;' if indent else ''
    out.append('<br />\r\n<br />\r\n'.join(sp + esc(p) for p in paras))
    out.append('</font></font><br />\r\n')
    return ''.join(out)


def dz_quote(pid, tid, user, when, text):
    return ('<div class="quote"><blockquote><font size="2"><a href="forum.php?mod=redirect&amp;goto=findpost&amp;pid=%d&amp;ptid=%d" target="_blank">'
            '<font color="#999999">%s 发表于 %s</font></a><br />\r\n<font color="#999999">%s</font></font></blockquote></div><br />\r\n'
            % (pid, tid, esc(user), when, esc(text)))


def dz_thread(meta_cs, tid, fid, board, subject, typename, views, posts):
    """posts: list of (user, uid, group, nposts, credits, when, msg_html, sign)."""
    first_plain = re.sub(r'<[^>]+>|&nbsp;', '', posts[0][6])[:80].strip()
    head = dz_head(meta_cs, '%s - %s -  西山论坛 -  Powered by Discuz!' % (subject, board), first_plain)
    pgt = ('<div id="pgt" class="pgs mbm cl "><div class="pgt"></div><span class="y pgb"><a href="forum-%d-1.html">返回列表</a></span>'
           '<a id="newspecial" onmouseover="$(\'newspecial\').id = \'newspecialtmp\';this.id = \'newspecial\';showMenu({\'ctrlid\':this.id})" onclick="showWindow(\'newthread\', \'forum.php?mod=post&action=newthread&fid=%d\')" href="javascript:;" title="发新帖"><img src="static/image/common/pn_post.png" alt="发新帖" /></a>'
           '<a id="post_reply" onclick="showWindow(\'reply\', \'forum.php?mod=post&action=reply&fid=%d&tid=%d\')" href="javascript:;" title="回复"><img src="static/image/common/pn_reply.png" alt="回复" /></a></div>' % (fid, fid, fid, tid))
    typelink = ('<a href="forum.php?mod=forumdisplay&amp;fid=%d&amp;filter=typeid&amp;typeid=3">[%s]</a>' % (fid, typename)) if typename else ''
    top = '''<div id="wp" class="wp">
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">西山论坛</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum.php?gid=1">西山人家</a> <em>&rsaquo;</em> <a href="forum-%d-1.html">%s</a> <em>&rsaquo;</em> <a href="thread-%d-1-1.html">%s</a></div></div>
<div class="wp a_t"><table cellpadding="0" cellspacing="1"><tr><td><a href="plugin.php?id=ad&amp;a=12" target="_blank">西山县融媒体中心广告招商热线 0571-6412XXXX</a></td><td><a href="plugin.php?id=ad&amp;a=13" target="_blank">西山老街民宿 五一特惠</a></td></tr></table></div>
<div id="ct" class="wp cl">
%s
<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">%d</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">%d</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts">%s
<span id="thread_subject">%s</span>
</h1>
<span class="xg1"><a href="thread-%d-1-1.html" onclick="return copyThreadUrl(this, '西山论坛')" >[复制链接]</a></span></td></tr></table>
''' % (fid, board, tid, esc(subject), pgt, views, len(posts) - 1, typelink, esc(subject), tid)
    body = []
    pid0 = tid * 6 + 11
    for k, (user, uid, group, nposts, credits, when, msg, sign) in enumerate(posts):
        body.append(dz_post(pid0 + k * 3, tid, fid, k, user, uid, group, nposts, credits, when, msg, sign))
    tail = '''<div id="postlistreply" class="pl"><div id="post_new" class="viewthread_table" style="display: none"></div></div>
</div>
<div class="pgs mtm mbm cl"><span class="pgb y"><a href="forum-%d-1.html">返回列表</a></span></div>
<div id="f_pst" class="pl bm bmw"><form method="post" autocomplete="off" id="fastpostform" action="forum.php?mod=post&amp;action=reply&amp;fid=%d&amp;tid=%d&amp;extra=page%%3D1&amp;replysubmit=yes&amp;infloat=yes&amp;handlekey=fastpost"><table cellspacing="0" cellpadding="0"><tr><td class="pls"></td><td class="plc"><div class="pbt cl">您需要登录后才可以回帖 <a href="member.php?mod=logging&amp;action=login" onclick="showWindow('login', this.href)" class="xi2">登录</a> | <a href="member.php?mod=register" class="xi2">立即注册</a></div><p class="ptm pnpost"><button type="submit" name="replysubmit" id="fastpostsubmit" class="pn pnc vm" value="replysubmit" tabindex="5"><strong>发表回复</strong></button><label for="fastpostrefresh"><input id="fastpostrefresh" type="checkbox" class="pc" />回帖后跳转到最后一页</label></p></td></tr></table></form></div>
</div></div>
''' % (fid, fid, tid)
    return head + DZ_TOP + top + '\n'.join(body) + tail + DZ_FOOT


X1_T = '父亲的自行车'
X1 = P('''
父亲有一辆永久牌二八自行车，是一九七八年他进县农机厂当学徒那年买的，花了他整整三个月的工资。
那辆车又高又大，横梁粗壮，车把上的电镀亮得能照见人影。父亲宝贝得很，每个星期天都要把它擦一遍，链条上油，辐条一根根拧紧。车座后面的货架上，他用废旧内胎绑了一块木板，说是以后好驮东西。
后来那块木板上驮过很多东西。驮过一袋袋化肥和种子，驮过过年的猪肉和年画，驮过生病的我去镇上的卫生院。我上小学后，父亲每天早上骑车送我上学，我坐在横梁上，两只手抓着车把中间，风呼呼地从耳边吹过，父亲的下巴时不时碰到我的头顶。
我记得最清楚的是一个冬天的夜里。那天我发高烧，父亲用棉袄把我裹起来放在后座上，用绳子把我和他的腰绑在一起，连夜骑了十几里山路赶到县医院。路上结了冰，车子摔了两次，父亲的膝盖磕破了，却一直护着我没让我沾地。到了医院，他的眉毛和胡茬上全是白霜。
九十年代，农机厂改制，父亲下了岗。他骑着那辆自行车，走村串户修农机、修水泵，后来在镇上开了一间小小的修理铺。那几年家里最困难，可父亲从来没在我们面前叹过一口气，每天照样哼着小曲出门，天黑了才推着车回来，车把上挂着给我们买的烧饼。
再后来，我考上大学去了外地，工作、成家，一年难得回去几趟。家里买了电动车，又买了小汽车，那辆自行车就被推进了杂物间。有一年回家，我看见它靠在墙角，轮胎瘪了，链条锈了，车座裂开了口子，心里忽然一阵发酸。
去年父亲七十岁生日，我偷偷把那辆车送到城里的老师傅那里修了一遍：换了轮胎和链条，重新电镀了车把，又配了一个新车座。生日那天，我把车推到父亲面前，他愣了好半天，伸手摸了摸车把，笑着说：“还是那个老伙计。”
那天下午，父亲非要骑着它在院子里转两圈。他的腿脚早已不如从前利索，上车的时候晃了好几下，我在后面扶着车座，就像小时候他扶着我学车一样。
''')

X2_T = '西山春茶'
X2 = P('''
清明前后，西山的茶就该采了。
西山产茶，少说也有几百年的历史。县志上记载，明清时期，西山云雾茶就是进贡的名茶。我家的茶园在西山北坡的半山腰上，是爷爷那一辈开出来的，一层层梯田顺着山势铺上去，远远望去像一道道绿色的台阶。
采茶要赶早。天刚蒙蒙亮，山里雾气还没散，母亲就背着竹篓上山了。明前茶讲究一芽一叶，采的时候要用指尖轻轻一掐，不能用指甲，更不能用手捋，不然芽头受了伤，炒出来的茶就发红。一个熟练的采茶人，一天也不过采三四斤鲜叶。
鲜叶采回来，要先摊在竹匾上晾一晾，散去水汽，然后才能下锅。炒茶是父亲的活儿。一口大铁锅烧到两百多度，父亲徒手在锅里翻炒，抓、抖、压、抹，手法一套接一套，看得人眼花缭乱。我小时候也想试试，手刚伸进去就被烫得缩了回来。父亲笑着说，炒茶的手是烫出来的，没有十年功夫，炒不出一锅好茶。
杀青、揉捻、理条、提毫、烘干，一锅茶要炒上两三个小时。炒好的茶叶条索紧细，白毫显露，用山泉水一泡，叶片在杯中缓缓舒展，汤色嫩绿，满屋都是清香。
这些年，西山的茶越来越有名了。镇上建起了茶叶合作社，统一品牌、统一包装，还请了农技专家来指导。不少在外打工的年轻人回了乡，有的学炒茶，有的搞直播，把西山的茶卖到了全国各地。我家的茶园也加入了合作社，父亲被聘为炒茶技术指导，带了好几个年轻徒弟。
今年清明回家，我又跟着母亲上了一趟山。雾气在茶垄间缓缓流动，采茶人的身影时隐时现。母亲的动作还是那么麻利，只是背有些驼了。她掐下一颗芽头递给我，说：“尝尝，今年的芽头好。”我放进嘴里嚼了嚼，微苦，回甘，是记忆里的味道。
''')


def site_xishan():
    # page 1: essay thread, header GBK, meta says utf-8 (header wins)
    tid, fid = 88123, 12
    op_pid = tid * 6 + 11
    au, when = '山风过岗', '2023-4-12 21:05'
    posts = [(au, 2231, '论坛元老', 1320, 4218, when, dz_msg(X1, '山风过岗 于 2023-4-13 08:20'), '山风过岗，云在青天。')]
    replies = [
        ('西山老杨', 4410, '中级会员', 233, 512, '2023-4-12 21:30', '写得真好，看哭了。我家也有一辆二八大杠，现在还在老屋里放着。'),
        ('云淡风轻', 1876, '高级会员', 876, 1502, '2023-4-12 22:14', dz_quote(op_pid, tid, au, when, X1[0][:40] + ' ...') + '那个年代一辆自行车顶得上一件大家具了，谁家有一辆都金贵得很。'),
        ('南门小吃', 9021, '注册会员', 45, 88, '2023-4-12 22:40', '顶一个，楼主文笔好。'),
        ('青梅煮酒', 3377, '金牌会员', 1544, 2890, '2023-4-13 07:12', '最后一段看得鼻子一酸。'),
        ('江边的风', 6120, '中级会员', 310, 640, '2023-4-13 09:05', dz_quote(op_pid, tid, au, when, X1[0][:40] + ' ...') + '我爸当年也是农机厂的，说不定认识你父亲。'),
        (au, 2231, '论坛元老', 1320, 4218, '2023-4-13 12:31', '谢谢各位乡亲捧场！没想到一篇小文章勾起大家这么多回忆。祝大家的父母都身体健康！'),
        ('铁匠铺老王', 7788, '高级会员', 902, 1377, '2023-4-13 15:46', '支持原创，建议版主加精。'),
        ('小橘子', 11203, '新手上路', 8, 12, '2023-4-14 20:02', '想起我外公了。'),
        ('疏影', 1002, '版主', 5230, 12011, '2023-4-15 10:20', '已加精，感谢分享。<br />\r\n欢迎继续在西山文苑投稿原创作品。'),
    ]
    for (u, uid, g, n, c, w, m) in replies:
        posts.append((u, uid, g, n, c, w, m, ''))
    body = dz_thread('utf-8', tid, fid, '西山文苑', X1_T, '原创', 3862, posts)
    add('t-xishan-1.html', body, 'gbk', 'GBK', 'http://bbs.xishanren.net/thread-88123-1-1.html',
        title=X1_T, author=au, published='2023-04-12', shown_date='2023-4-12', lines=X1, meta_cs='utf-8')
    # page 2: essay thread with an inline image attachment; header gbk, meta gbk
    tid = 91544
    op_pid = tid * 6 + 11
    au, when = '北坡茶人', '2024-4-3 20:41'
    att = ('<br />\r\n<br />\r\n<ignore_js_op>\r\n\r\n<img id="aimg_20871" aid="20871" src="static/image/common/none.gif" zoomfile="data/attachment/forum/202404/03/203512q8x1zz1s1xqz1s8x.jpg" '
           'file="data/attachment/forum/202404/03/203512q8x1zz1s1xqz1s8x.jpg" class="zoom" onclick="zoom(this, this.src, 0, 0, 0)" width="600" id="aimg_20871" inpost="1" onmouseover="showMenu({\'ctrlid\':this.id,\'pos\':\'12\'})" />\r\n\r\n'
           '<div class="tip tip_4 aimg_tip" id="aimg_20871_menu" style="position: absolute; display: none" disautofocus="true">\r\n<div class="xs0">\r\n<p><strong>IMG_20240403_071522.jpg</strong> <em class="xg1">(286.41 KB, 下载次数: 3)</em></p>\r\n'
           '<p>\r\n<a href="forum.php?mod=attachment&amp;aid=MjA4NzF8YTFiMmMzZDR8MTcxMjE0ODAwMHwwfDkxNTQ0&amp;nothumb=yes" target="_blank">下载附件</a>\r\n\r\n</p>\r\n'
           '<p class="xg1 y">2024-4-3 20:35 上传</p>\r\n</div>\r\n<div class="tip_horn"></div>\r\n</div>\r\n\r\n</ignore_js_op>\r\n<br />\r\n')
    msg = dz_msg(X2[:3]) + att + dz_msg(X2[3:])
    posts = [(au, 3088, '金牌会员', 688, 2102, when, msg, '西山北坡 自家茶园 明前茶预订请私信')]
    replies = [
        ('西山老杨', 4410, '中级会员', 260, 560, '2024-4-3 21:02', '看饿了……不对，看渴了。'),
        ('青梅煮酒', 3377, '金牌会员', 1602, 2950, '2024-4-3 21:15', dz_quote(op_pid, tid, au, when, X2[0]) + '又到了喝新茶的时候，楼主家的茶今年什么价？'),
        ('采薇', 5560, '中级会员', 199, 402, '2024-4-3 22:30', '手工炒茶真是辛苦，烫出来的手，说得太对了。'),
        ('江边的风', 6120, '中级会员', 333, 688, '2024-4-4 08:17', '西山云雾茶是真的好，每年都买几斤寄给外地的亲戚。'),
        (au, 3088, '金牌会员', 688, 2102, '2024-4-4 09:40', '谢谢大家！今年雨水好，芽头确实不错。价格私信吧，论坛里不方便说，哈哈。'),
        ('小橘子', 11203, '注册会员', 21, 40, '2024-4-4 12:05', dz_quote(op_pid, tid, au, when, X2[0]) + '想去西山看采茶，有没有推荐的路线？'),
        ('山风过岗', 2231, '论坛元老', 1391, 4402, '2024-4-4 19:22', '好文，有茶香。'),
        ('疏影', 1002, '版主', 5410, 12380, '2024-4-5 10:08', '写得好，加精。'),
    ]
    for (u, uid, g, n, c, w, m) in replies:
        posts.append((u, uid, g, n, c, w, m, ''))
    body = dz_thread('gbk', tid, fid, '西山文苑', X2_T, '', 2417, posts)
    add('t-xishan-2.html', body, 'gbk', 'gbk', 'http://bbs.xishanren.net/forum.php?mod=viewthread&tid=91544',
        title=X2_T, author=au, published='2024-04-03', shown_date='2024-4-3', lines=X2, meta_cs='gbk')
    # page 3: forumdisplay board listing; header gbk, meta gb2312
    threads = [
        ('[公告]', '西山文苑版规（2023年修订）', '疏影', '2023-1-5', 12, 8890, True),
        ('[公告]', '“我与西山”征文活动启事', '疏影', '2024-3-1', 47, 6021, True),
        ('[原创]', '西山春茶', '北坡茶人', '2024-4-3', 8, 2417, False),
        ('[随笔]', '老街的黄昏', '采薇', '2024-3-28', 5, 988, False),
        ('[原创]', '外婆的针线盒', '江边的风', '2024-3-20', 11, 1530, False),
        ('[诗歌]', '春天的几种写法（组诗）', '青梅煮酒', '2024-3-15', 6, 702, False),
        ('[原创]', '那年我们在西山中学', '铁匠铺老王', '2024-3-9', 23, 3106, False),
        ('[转载]', '汪曾祺：端午的鸭蛋', '南门小吃', '2024-2-27', 3, 655, False),
        ('[原创]', '过年杀猪', '西山老杨', '2024-2-12', 17, 2280, False),
        ('[随笔]', '雪夜读书', '山风过岗', '2024-1-22', 9, 1044, False),
        ('[原创]', '我的师傅', '云淡风轻', '2024-1-8', 14, 1763, False),
        ('[原创]', '父亲的自行车', '山风过岗', '2023-4-12', 9, 3862, False),
        ('[求助]', '请问有没有西山老照片的收藏群？', '小橘子', '2023-12-30', 4, 410, False),
        ('[原创]', '冬至', '采薇', '2023-12-22', 7, 876, False),
    ]
    rows = []
    for i, (tp, t, u, d, r, v, top) in enumerate(threads):
        tid_i = 93001 - i * 131
        rows.append('''<tbody id="%s_%d">
<tr>
<td class="icn"><a href="thread-%d-1-1.html" title="%s" target="_blank"><img src="static/image/common/%s" /></a></td>
<th class="%s"><em>[<a href="forum.php?mod=forumdisplay&amp;fid=12&amp;filter=typeid&amp;typeid=%d">%s</a>]</em> <a href="thread-%d-1-1.html" onclick="atarget(this)" class="s xst">%s</a>%s</th>
<td class="by"><cite><a href="space-username-%s.html" c="1">%s</a></cite><em><span>%s</span></em></td>
<td class="num"><a href="thread-%d-1-1.html" class="xi2">%d</a><em>%d</em></td>
<td class="by"><cite><a href="space-username-x.html" c="1">疏影</a></cite><em><a href="forum.php?mod=redirect&amp;tid=%d&amp;goto=lastpost#lastpost">%s 22:10</a></em></td>
</tr>
</tbody>''' % ('stickthread' if top else 'normalthread', tid_i, tid_i, '全部置顶主题' if top else '有新回复 - 新窗口打开',
               'pin_3.gif' if top else 'folder_common.gif', 'common' if not top else 'new', i + 1, tp.strip('[]'), tid_i, esc(t),
               ' <img src="static/image/common/digest_1.gif" align="absmiddle" alt="digest" title="精华 1" />' if t in ('父亲的自行车', '西山春茶') else '',
               u, esc(u), d, tid_i, r, v, tid_i, d))
    lst = '''<div id="wp" class="wp">
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">西山论坛</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum.php?gid=1">西山人家</a> <em>&rsaquo;</em> <a href="forum-12-1.html">西山文苑</a></div></div>
<div class="boardnav"><div id="ct" class="wp cl">
<div class="bm bml pbn"><div class="bm_h cl"><span class="y"><a href="home.php?mod=spacecp&amp;ac=favorite&amp;type=forum&amp;id=12" id="a_favorite" class="fa_fav">收藏本版 <strong class="xi1" id="number_favorite_num">218</strong></a></span><h1 class="xs2"><a href="forum-12-1.html">西山文苑</a> <span class="xs1 xw0 i">今日: <strong class="xi1">3</strong><span class="pipe">|</span>主题: <strong class="xi1">2864</strong><span class="pipe">|</span>排名: <strong class="xi1">6</strong></span></h1></div>
<div class="bm_c cl pbn"><div>版主: <span class="xi2"><a href="space-username-%%CA%%E8%%D3%%B0.html" class="notabs" c="1">疏影</a></span></div><div class="pbn">原创散文、随笔、诗歌交流，转载请注明出处。</div></div></div>
<div id="pgt" class="bm bw0 pgs cl"><span id="fd_page_top"><div class="pg"><strong>1</strong><a href="forum-12-2.html">2</a><a href="forum-12-3.html">3</a><a href="forum-12-4.html">4</a><a href="forum-12-5.html">5</a><a href="forum-12-205.html" class="last">... 205</a><label><input type="text" name="custompage" class="px" size="2" title="输入页码，按回车快速跳转" value="1" /><span title="共 205 页"> / 205 页</span></label><a href="forum-12-2.html" class="nxt">下一页</a></div></span><a href="javascript:;" id="newspecial" title="发新帖"><img src="static/image/common/pn_post.png" alt="发新帖" /></a></div>
<div id="threadlist" class="tl bm bmw"><div class="th"><table cellspacing="0" cellpadding="0"><tr><th colspan="2"><div class="tf"><span id="atarget" class="y">新窗</span>筛选: <a id="filter_special" href="javascript:;" class="showmenu xi2">全部主题</a>&nbsp;<a href="forum.php?mod=forumdisplay&amp;fid=12&amp;filter=lastpost&amp;orderby=lastpost" class="xi2">最新</a>&nbsp;<a href="forum.php?mod=forumdisplay&amp;fid=12&amp;filter=heat&amp;orderby=heats" class="xi2">热门</a>&nbsp;<a href="forum.php?mod=forumdisplay&amp;fid=12&amp;filter=digest&amp;digest=1" class="xi2">精华</a></div></th><td class="by">作者</td><td class="num">回复/查看</td><td class="by">最后发表</td></tr></table></div>
<div class="bm_c"><form method="post" autocomplete="off" name="moderate" id="moderate" action="forum.php?mod=topicadmin&amp;action=moderate&amp;fid=12&amp;infloat=yes&amp;nopost=yes"><table summary="forum_12" cellspacing="0" cellpadding="0" id="threadlisttableid">
%s
</table></form></div></div>
<div class="bm bw0 pgs cl"><span id="fd_page_bottom"><div class="pg"><strong>1</strong><a href="forum-12-2.html">2</a><a href="forum-12-3.html">3</a><a href="forum-12-2.html" class="nxt">下一页</a></div></span><span class="pgb y"><a href="forum.php">返回首页</a></span></div>
</div></div></div>
''' % '\n'.join(rows)
    head = dz_head('gb2312', '西山文苑 -  西山论坛 -  Powered by Discuz!', '原创散文、随笔、诗歌交流 ,西山论坛')
    body = head + DZ_TOP.replace('pg_viewthread', 'pg_forumdisplay') + lst + DZ_FOOT
    add('t-xishan-3.html', body, 'gbk', 'gbk', 'http://bbs.xishanren.net/forum-12-1.html', kind='listing', meta_cs='gb2312')
    # page 4: a one-line question plus replies - no essay
    tid, fid = 92877, 2
    op_pid = tid * 6 + 11
    q = '请问西山老街那家修钟表的还开着吗？'
    au, when = '小橘子', '2024-4-18 19:52'
    posts = [(au, 11203, '注册会员', 24, 46, when, dz_msg(['家里老人有块上海牌手表不走了，记得老街以前有个修钟表的摊子，谁知道现在还在不？'], indent=False), '')]
    replies = [
        ('西山老杨', 4410, '中级会员', 270, 577, '2024-4-18 20:05', '还在，就在老邮局斜对面，老师傅姓孔，六十多了。'),
        ('江边的风', 6120, '中级会员', 340, 701, '2024-4-18 20:11', '孔师傅手艺好，我的机械表也是他修的，价钱公道。'),
        ('南门小吃', 9021, '注册会员', 52, 97, '2024-4-18 20:40', '他下午一般三点以后才出摊，上午去找不到人。'),
        ('铁匠铺老王', 7788, '高级会员', 915, 1401, '2024-4-18 21:22', dz_quote(op_pid, tid, au, when, '家里老人有块上海牌手表不走了') + '上海牌的表好修，零件孔师傅那里都有。'),
        ('采薇', 5560, '中级会员', 206, 415, '2024-4-19 08:03', '帮顶，老手艺人越来越少了。'),
        (au, 11203, '注册会员', 24, 46, '2024-4-19 09:15', '谢谢各位！周末就去找孔师傅。'),
    ]
    for (u, uid, g, n, c, w, m) in replies:
        posts.append((u, uid, g, n, c, w, m, ''))
    body = dz_thread('gbk', tid, fid, '西山生活', q, '求助', 688, posts)
    add('t-xishan-4.html', body, 'gbk', 'gbk', 'http://bbs.xishanren.net/thread-92877-1-1.html', kind='listing', meta_cs='gbk')


# =====================================================================
# writer and self-check
# =====================================================================
def visible_text(raw, cs):
    s = raw.decode(cs)  # strict
    s = re.sub(r'(?is)<head\b.*?</head>', ' ', s)
    s = re.sub(r'(?is)<script\b.*?</script>', ' ', s)
    s = re.sub(r'(?is)<style\b.*?</style>', ' ', s)
    s = re.sub(r'(?s)<!--.*?-->', ' ', s)
    s = re.sub(r'(?s)<[^>]+>', ' ', s)
    s = html.unescape(s)
    return re.sub(r'\s+', '', s)


def nows(s):
    return re.sub(r'\s+', '', s)


def meta_charset(raw):
    m = re.search(rb'<meta[^>]+charset=["\']?([A-Za-z0-9_-]+)', raw, re.I)
    return m.group(1).decode('ascii') if m else ''


def gold_text(pg):
    hdr = ['page: ' + pg['name'], 'url: ' + pg['url'], 'charset: ' + pg['header_cs']]
    if pg['ctype']:
        hdr.append('content-type: ' + pg['ctype'])
    if pg['kind']:
        hdr.append('kind: ' + pg['kind'])
    hdr += ['title: ' + pg['title'], 'author: ' + pg['author'], 'published: ' + pg['published']]
    return '\n'.join(hdr) + '\n\n' + ''.join(l + '\n' for l in pg['lines'])


def write_all():
    os.makedirs(os.path.join(BASE, 'pages'), exist_ok=True)
    os.makedirs(os.path.join(BASE, 'gold'), exist_ok=True)
    for pg in PAGES:
        raw = pg['body'].replace('\r\n', '\n').replace('\n', '\r\n' if 'xishan' in pg['name'] else '\n').encode(pg['enc'])
        pg['raw'] = raw
        with open(os.path.join(BASE, 'pages', pg['name']), 'wb') as f:
            f.write(raw)
        gname = pg['name'].rsplit('.', 1)[0] + '.txt'
        with open(os.path.join(BASE, 'gold', gname), 'w', encoding='utf-8', newline='\n') as f:
            f.write(gold_text(pg))


def self_check():
    problems = []
    stats = []
    for pg in PAGES:
        raw = pg['raw']
        mcs = meta_charset(raw)
        cs = pg['header_cs'] or mcs
        if not cs:
            problems.append('%s: no charset at all' % pg['name'])
            continue
        if pg['meta_cs'] is not None and mcs.lower() != pg['meta_cs'].lower():
            problems.append('%s: meta charset %r, expected %r' % (pg['name'], mcs, pg['meta_cs']))
        try:
            vis = visible_text(raw, cs)
        except UnicodeDecodeError as e:
            problems.append('%s: strict decode with %s failed: %s' % (pg['name'], cs, e))
            continue
        if pg['kind'] == 'listing':
            if pg['title'] or pg['lines']:
                problems.append('%s: listing with title or text' % pg['name'])
            stats.append((pg['name'], cs, 'listing', 0, 0))
            continue
        for fld in ('title', 'shown_date'):
            if not pg[fld] or nows(pg[fld]) not in vis:
                problems.append('%s: %s %r not visible' % (pg['name'], fld, pg[fld]))
        if pg['author'] and pg['author'] != '-':
            for a in pg['author'].split():
                if a not in vis:
                    problems.append('%s: author %r not visible' % (pg['name'], a))
        if not re.fullmatch(r'\d{4}-\d{2}(-\d{2})?', pg['published']):
            problems.append('%s: bad published %r' % (pg['name'], pg['published']))
        pos = 0
        for ln in pg['lines']:
            k = vis.find(nows(ln), pos)
            if k < 0:
                problems.append('%s: line not found in order: %s' % (pg['name'], ln[:30]))
                break
            pos = k + len(nows(ln))
        n_chars = sum(len(nows(l)) for l in pg['lines'])
        stats.append((pg['name'], cs, 'article', len(pg['lines']), n_chars))
    return problems, stats


NOTES_HEAD = r'''# NOTES-t — round 10, prefix `t-`

Written by `make_t.py` (stdlib only, deterministic; run `python3 make_t.py`). Six invented
sites, four pages each, 24 pages; 8 of them are `kind: listing` (no essay). All names,
places, organisations and domains are invented; all prose was written for this set.

Common rules used for every gold file (benchmarks/gold/README.md):
`charset:` is the HTTP header's charset (empty when the server sends none and the meta
decides; where header and meta disagree the header wins). `title:` is the article's own
headline as shown in the body, never the `<title>` with its site/column suffixes.
`published:` is the date the page shows (YYYY-MM for a magazine issue). Byline, editor,
作者单位, source, copyright, share/app prompts, counters, attachment tips, bare date and
signature lines are out; in-text headings, subtitles (——…) and photo captions are in.

## t-shuying — HTML5 flipbook reader (书影云刊) of an SOE house magazine 《江能人》

Domain flip.shuyingyun.com; one HTML page per magazine page, pdf2htmlEX-like markup:
`div.pf > div.pc` with a background image and a text layer of absolutely positioned
`<span class="t m0 xN yN ...">`, one span per printed line, 20 characters a line with
hard breaks mid-sentence (line-start punctuation pulled back), paragraph starts only
marked by a larger left offset (class x1 / x3). DOM order is reading order: running head
(江能人 / 2024年3月 总第126期 / column kicker), headline, 文/姓名, left column, right column,
作者单位 line, 责任编辑 line, (photo + caption), running foot (— page no — / 江能人).
Furniture: toolbar 书架 目录 缩放 全屏 分享 搜索, pager (首页 上一页 n/48 下一页 尾页),
thumbnail strip of 48 pages, hidden share panel, ICP footer, Baidu counter script.

- t-shuying-1: magazine p.2, 目录 (table of contents, columns and page numbers) — listing.
  header utf-8, `<meta charset="utf-8">`.
- t-shuying-2: p.12 「巡线三十年」 文/何青 — a line-inspection foreman of the SOE. header
  utf-8, meta utf-8. Gold: the 6 paragraphs joined from the span lines; author 何青
  (from 文/何青); 作者单位, 责任编辑, column kicker 一线风采, running head/foot out.
  published 2024-03 (the issue: 2024年3月).
- t-shuying-3: p.14 「把支部建在项目上」 文/钟岚 — party branch on a pumped-storage
  construction site. No charset in the HTTP header; `http-equiv` meta utf-8 decides.
- t-shuying-4: p.36 「老厂区的梧桐」 文/沈秋白 — memory essay; one photo with a caption in
  the right column after the 作者单位/责任编辑 lines. header `UTF-8`. Gold keeps the caption
  as the last line (reading order: left column, right column, caption last).

## t-qiushui — 《秋水》 literature monthly, web issue pages (DedeCMS-like table layout)

Domain www.qiushuiwx.com; gb2312 bytes; table layout with 700px main cell and 250px sidebar
(本期目录 with every title and author of the issue, 往期回顾, 热门文章, 投稿信箱), top bar
(设为首页/加入收藏/作者登录), nav, breadcrumb (…> 2023年第9期 > 散文 > 故乡物事（四题）),
issue line 《秋水》2023年9月号（总第231期） → published 2023-09, （责任编辑：杜若）, 阅读 counter
script, 【大 中 小】, 打印/关闭, share links, 上一篇/下一篇, 相关文章, 读者留言 form, footer with
主管/主办/address/ICP and cnzz script. Essay headlines are `<p><strong>`, not `<h*>`; each is
followed by a centred `<p>文/姓名</p>`; paragraphs start with two U+3000 spaces.

- t-qiushui-1: compilation 「外婆的腌菜坛」「河埠头」「夏夜的萤火」「晒谷场」 (four short
  hometown essays by four authors). No charset header; meta gb2312. Gold: title = first
  headline 外婆的腌菜坛, author `-`, text = all four essays in order, the 2nd–4th headlines as
  lines of their own; the 文/姓名 lines are out.
- t-qiushui-2: compilation 「夜班」「师傅的扳手」「食堂窗口」 (three workplace essays).
  `<title>` in the other order (秋水文学网 → 散文 → 车间三题). Same rules; author `-`.
- t-qiushui-3: 「山中访碑记」 文/钱亦舟 alone (a Ming stele on an old mountain road).
  header GB2312 and meta gb2312. author 钱亦舟.
- t-qiushui-4: the issue's 目录 (column → title → author table, cover image, 刊号) — listing.

## t-baihe — 白河县人民政府 政务公开 article pages

Domain www.baihe.gov.cn; utf-8. Top bar (无障碍浏览/长者模式/繁體), search, nav, left 信息公开目录
menu (14 items) and a 部门信息公开 select, breadcrumb, the 索引号 table (索引号, 发布机构,
主题分类, 发文日期, 名称, 文号, 有效性), `<h1>`, info line 发布时间/来源/浏览次数 (script)/
【字体：大 中 小】/扫一扫在手机打开 (QR), body in `div#zoom` with `<p style="text-indent:2em">`
and `<span style="font-family:仿宋_GB2312">`, 相关文件 list, 打印本页/关闭窗口, share, footer
with 主办/承办, 网站标识码, ICP, 公网安备, 党政机关 badge, 纠错 script.

- t-baihe-1: speech 「在全县优化营商环境工作推进会上的讲话」; centred lines 县委副书记、县长
  宋立川 and （2023年6月12日） before the text — out (byline and bare date line); author
  宋立川 (the speaker named in the byline). Text: 同志们： … with headings 一、二、三、 kept
  as lines and 一是…四是 paragraphs. published 2023-06-15 (发布时间 and 发文日期 agree).
  header utf-8, `<meta charset="utf-8">`.
- t-baihe-2: 「白河县2023年上半年县属国有企业改革发展工作情况报告」 by 县财政局（县国资办）:
  headings 一、…四、 and （一）…（四） paragraphs kept; the closing signature 白河县财政局（县国资办）
  and its date line 2023年7月18日 are out. No person → author empty. published 2023-07-20
  (发布时间). header `UTF-8` but a stale `<meta http-equiv ... charset=gb2312>`: the header
  wins, gold charset UTF-8.
- t-baihe-3: 政策文件 list (filter tabs, search form, 15 rows 序号/标题/文号/发布日期,
  pagination) — listing.
- t-baihe-4: 通知 on the 政务服务中心's Spring-Festival hours: two sentences plus 附件 link
  (.xls), signature and date — kind listing (no essay), as the brief asks.

## t-kuaixun — 快讯头条 mobile share pages (m.kuaixuntt.com)

utf-8 from the HTTP header; pages 1 and 3 carry no meta charset at all. Top download banner
(立即下载), `<h1>`, author block = account avatar + account name + 关注 button + time + account
intro, the full article in `div.art-content.fold` (max-height, mask), 展开全文 button,
打开APP阅读全文 link, 阅读/点赞/举报 row, share row, 热门评论 (3–5 comments with
location/time/likes, 打开APP查看全部评论), 相关推荐 feed cards with images and read counts,
bottom 打开快讯头条APP bar, SSR JSON and stats scripts.

- t-kuaixun-1: 「县城早餐店开了十年，她说最怕的不是起早」 by account 小城烟火记 (an account,
  not a person) → author empty; one image with a `pgc-img-caption` caption (kept, after the
  2nd paragraph). Time 2024-03-20 07:45.
- t-kuaixun-2: 「焊花里的传承：一个国企焊工班的“师带徒”故事」 by account 江州日报; first
  line 江州日报记者 葛明远 (reporter byline, out) → author 葛明远; a caption 程建国（右）在指导
  徒弟焊接 (kept); （编辑：苏晴） out. Time shown 2024年03月12日 18:30.
- t-kuaixun-3: 「那些年，镇上的供销社」 by account 老城故事汇; first line **文 | 林一苇** (out)
  → author 林一苇; trailing （本文为快讯头条原创，未经授权禁止转载） out. The page shows the
  date without the year, 03-18 09:12; the year comes from article:published_time /
  JSON-LD datePublished 2024-03-18.
- t-kuaixun-4: 本地 channel feed (channel tabs, city switch, 12 cards) — listing.

## t-donghu — 东湖理工大学党委宣传部 news site (VSB / 博达站群-style)

Domain news.dhlg.edu.cn; gbk bytes. No charset in the HTTP header for pages 1, 2, 4 (meta
`text/html; charset=gbk` decides); page 3's header says GBK. Markup: VSB comments,
`_jsq_` counter, `form name="_newscontent_fromname"`, `h1.nr-tit`, info line 作者/摄影/审核/编辑
in spans, `<span class="fbsj">发布时间：…</span>`, 浏览次数 via `_showDynClicks(...)` script,
`div#vsb_content.v_news_content`, images with VSB attributes followed by a centred
楷体 caption paragraph, share, 上一篇/下一篇, right column 通知公告 (7 items), 专题网站,
新媒体矩阵, footer with ICP.

- t-donghu-1: 「学校党委理论学习中心组开展专题学习」; 作者：文字/胡晓 摄影/沈一鸣, 审核, 编辑 →
  author 胡晓 (the writer; photographer, reviewer and editor are not authors); captions
  学习现场 and 郑国平讲话 kept in place. 2023-11-08.
- t-donghu-2: feature 「三尺讲台四十载 一片丹心育桃李」 with subtitle line
  ——记机械工程学院教授孟庆余 (kept as first line); 作者：林晓雯, 摄影：机械工程学院 → author
  林晓雯; one caption kept. 2023-09-10.
- t-donghu-3: 「我校与江州重型机械集团签署校企战略合作协议」; 作者：文/周琳 图/刘洋 → author
  周琳; two captions kept. 2023-12-15. header GBK.
- t-donghu-4: 通知公告 list (14 items with dates, VSB pager) — listing.

## t-xishan — 西山论坛 (Discuz! X3.4), bbs.xishanren.net

GBK bytes, CRLF line ends. Full Discuz chrome: toptb, quick-login form (用户名/密码/自动登录/
找回密码/立即注册), nav, search with 热搜, breadcrumb, ad row, 返回列表/发新帖/回复 buttons,
查看/回复 counts, `h1.ts` with a thread-type link `[原创]` before `span#thread_subject`,
each post a `table.plhin` with user card (avatar, 主题/帖子/积分, user group, stars, 发消息),
floor label (楼主, 沙发, 板凳, 地板, 5#…), `em#authorposton… 发表于 …`, 只看该作者,
`td.t_f#postmessage_…`, signature, 回复/使用道具/举报; OP has 收藏/支持/反对 and 分享到 bars;
replies quote with `div.quote > blockquote`; fast-reply form; footer (Archiver, 手机版,
小黑屋, ICP, GMT+8 time, Processed in…, Powered by Discuz!).

- t-xishan-1: thread 「父亲的自行车」 ([原创] type link, not part of the title) by 山风过岗,
  发表于 2023-4-12 21:05 → published 2023-04-12, author 山风过岗 (the thread author's name
  on the post). OP starts with `<i class="pstatus"> 本帖最后由 山风过岗 于 2023-4-13 08:20 编辑 </i>`
  (out); paragraphs separated by `<br /><br />` with `&nbsp;` indents in `<font>`; signature
  out. 9 replies: two quote the essay's first sentence (truncated "…"), one by the author
  thanking readers, a moderator's 加精 note — all out. **HTTP header GBK, meta says utf-8**:
  the header wins, gold charset GBK.
- t-xishan-2: thread 「西山春茶」 by 北坡茶人, 2024-4-3 → 2024-04-03. An inline image
  attachment between paragraphs 3 and 4 with the Discuz `ignore_js_op` tip (file name,
  286.41 KB, 下载次数, 下载附件, 2024-4-3 20:35 上传) — out; signature (明前茶预订请私信)
  out. 8 replies incl. two quoting the first sentence and the author's thanks. header gbk,
  meta gbk.
- t-xishan-3: forumdisplay of 西山文苑 (board header, 版主, 14 thread rows with type tags,
  authors, dates, reply/view counts, last poster, pagers) — listing. header gbk, meta gb2312
  (header wins).
- t-xishan-4: thread in 西山生活 「请问西山老街那家修钟表的还开着吗？」: OP is one line asking
  about a watch repairer, plus 6 replies — listing (no essay). header gbk, meta gbk.

## Self-check

For every page the script decodes the bytes strictly with the gold's charset (else the
meta charset), strips head/script/style/comments/tags, unescapes entities and removes all
whitespace; then each gold line must be found in that text in order, and the title, each
author and the date as the page shows it (e.g. 2024年3月, 2023-4-12, 03-18, 2024年03月12日) must
be found too. It also checks the meta charset it declares and that listings have no title
or text.
'''


def write_notes(problems, stats):
    rows = ['| page | decode charset | kind | gold lines | chars |', '| --- | --- | --- | --- | --- |']
    for name, cs, kind, n, c in stats:
        rows.append('| %s | %s | %s | %d | %d |' % (name, cs, kind, n, c))
    last = ('SELF-CHECK OK (%d pages, %d listings)' % (len(PAGES), sum(1 for p in PAGES if p['kind'] == 'listing'))
            if not problems else 'SELF-CHECK FAILED:\n' + '\n'.join(problems))
    txt = NOTES_HEAD + '\n### Last run\n\n```\n$ python3 make_t.py\n' + last + '\n```\n\n' + '\n'.join(rows) + '\n'
    with open(os.path.join(BASE, 'NOTES-t.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(txt)
    return last


def main():
    site_shuying()
    site_qiushui()
    site_baihe()
    site_kuaixun()
    site_donghu()
    site_xishan()
    write_all()
    problems, stats = self_check()
    last = write_notes(problems, stats)
    print(last)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
