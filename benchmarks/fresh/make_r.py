#!/usr/bin/env python3
"""Round r of the fresh blind set: six invented Chinese sites, four pages each.

Stdlib only and deterministic (fixed seeds).  Writes pages/r-*.html and gold/r-*.txt
next to this script and self-checks every page against its gold file at the end.
"""
import html
import os
import random
import re
import sys

BASE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(BASE, 'pages')
GOLD = os.path.join(BASE, 'gold')
RECORDS = []


def P(s):
    return [ln.strip() for ln in s.strip().split('\n') if ln.strip()]


def esc(s):
    return html.escape(s, quote=False)


def ent(s):
    """Escape and write curly quotes as named entities (as many CMSs do)."""
    return esc(s).replace('“', '&ldquo;').replace('”', '&rdquo;')


def emit(name, url, header_cs, meta_cs, page, kind='', title='', author='',
         date='', shown='', paras=(), authors_shown=None):
    enc = meta_cs or header_cs
    data = page.encode(enc)  # strict: every character must exist in the charset
    with open(os.path.join(PAGES, name + '.html'), 'wb') as f:
        f.write(data)
    lines = ['page: %s.html' % name, 'url: %s' % url, 'charset: %s' % header_cs]
    if kind:
        lines.append('kind: %s' % kind)
    lines += ['title: %s' % title, 'author: %s' % author, 'published: %s' % date, '']
    lines += list(paras)
    with open(os.path.join(GOLD, name + '.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(ln.rstrip() for ln in lines) + '\n')
    RECORDS.append(dict(name=name, header=header_cs, kind=kind, title=title,
                        author=author, date=date, shown=shown, paras=list(paras)))


def titles(rng, subjects, actions, n):
    out, seen = [], set()
    while len(out) < n:
        t = rng.choice(subjects) + rng.choice(actions)
        if t not in seen:
            seen.add(t)
            out.append(t)
    return out


# ---------------------------------------------------------------- shared pools
SUBJ_JH = ['泾河新区', '东关街道', '市第二中学', '城南社区', '高新区', '泾纺公司', '河西镇', '市图书馆',
           '北塬村', '市公交集团', '滨河公园', '市人民医院', '西郊工业园', '市总工会', '南关菜市场',
           '泾河大桥', '市职业技术学院', '老城区', '市文化馆', '市供热公司']
ACT_JH = ['启动老旧小区改造第二批项目', '举办秋季职工运动会', '新增三条夜间公交线路', '开展防汛应急演练',
          '完成年度供暖管网检修', '推出十项便民服务举措', '举行新入职员工培训', '迎来首批研学团队',
          '开设社区老年课堂', '上线线上预约服务', '召开安全生产工作会议', '举办非遗展演周',
          '改造完成重新开放', '签约三个产业项目', '表彰一批技术能手', '组织志愿者清理河道',
          '试点垃圾分类积分兑换', '开展义诊进社区活动', '发布年度民生实事清单', '启动读书月活动']
FILL_JH = ['记者了解到，相关工作将在年底前全部完成。', '不少市民表示，变化就在身边，看得见摸得着。',
           '据介绍，此次活动共吸引两千余人次参与。', '下一步，相关部门将持续跟踪落实情况。',
           '负责人表示，将进一步提升服务的精细化水平。', '活动现场气氛热烈，参与者纷纷点赞。']


def summaries(rng, heads, fills):
    return [(h, h.replace('启动', '近日启动') + '。' + rng.choice(fills)) for h in heads]


# ================================================================ site 1: 泾河网
JH_HOST = 'http://www.jinghewang.com.cn'
JH_CHANNELS = ['首页', '泾河新闻', '时政', '社会', '民生', '经济', '国企', '教育', '文旅', '健康', '房产',
               '汽车', '视频', '图片', '专题', '评论', '副刊', '县区', '法治', '科技', '体育', '公益',
               '数字报', '问政']


def jh_head(title, cs, extra=''):
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n'
            '<title>%s_泾河网</title>\n'
            '<meta name="keywords" content="泾河网,泾河新闻,泾河日报" />\n'
            '<meta name="description" content="泾河网是泾河市重点新闻网站" />\n'
            '<link rel="stylesheet" href="/css/global.css" type="text/css" />\n'
            '<style>.nav li{float:left}.content p{text-indent:2em;line-height:1.9}</style>\n'
            '%s</head>\n' % (cs, esc(title), extra))


def jh_top(rng):
    out = ['<div class="topbar"><div class="w1000"><span class="fl">今天是<span id="today"></span>'
           '&nbsp;<span id="weather">泾河 多云 8℃~15℃</span></span><span class="fr">'
           '<a href="%s/member/login.php">登录</a> | <a href="%s/member/reg.php">注册</a> | '
           '<a href="http://m.jinghewang.com.cn/">手机版</a> | <a href="javascript:void(0)" '
           'onclick="SetHome(this)">设为首页</a> | <a href="javascript:void(0)">加入收藏</a></span></div></div>'
           % (JH_HOST, JH_HOST)]
    out.append('<div class="header w1000"><a href="%s/" class="logo"><img src="/images/logo.png" '
               'alt="泾河网" width="260" height="70" /></a><div class="ad_top"><a href="%s/ad/c.php?id=71" '
               'target="_blank"><img src="/uploads/ad/2022/banner_jnbank.gif" width="680" height="80" alt="" />'
               '</a></div></div>' % (JH_HOST, JH_HOST))
    drop = ['要闻', '图说', '专题']
    out.append('<div class="nav"><ul>' + ''.join(
        '<li class="item"><a href="%s/channel_%d/">%s</a>%s</li>' % (JH_HOST, i + 1, c, (
            '<div class="drop"><ul>' + ''.join('<li><a href="%s/channel_%d/%d.htm"><span>%s%s</span></a></li>'
                                               % (JH_HOST, i + 1, k, c, d) for k, d in enumerate(drop)) + '</ul></div>')
            if 1 <= i <= 12 else '') for i, c in enumerate(JH_CHANNELS)) + '</ul></div>')
    subs = ['本地', '国内', '国际', '图说泾河', '泾河时评', '县区动态', '部门动态', '网络问政', '泾河发布', '便民查询']
    out.append('<div class="subnav"><div class="search"><form action="%s/search.php" method="get">'
               '<input type="text" name="q" value="" /><input type="submit" value="搜索" /></form></div>'
               % JH_HOST + ' '.join('<a href="%s/list_%d.htm">%s</a>' % (JH_HOST, 300 + i, s)
                                   for i, s in enumerate(subs)) + '</div>')
    return '\n'.join(out)


def jh_sidebar(rng):
    heads = titles(rng, SUBJ_JH, ACT_JH, 30)
    out = ['<div class="side">']
    out.append('<div class="box"><h3>热点排行</h3><ol>' + ''.join(
        '<li><em>%d</em><a href="%s/news/2022-11/%02d/content_%d.htm" title="%s">%s</a></li>'
        % (i + 1, JH_HOST, rng.randint(1, 28), rng.randint(400000, 420000), h, h)
        for i, h in enumerate(heads[:10])) + '</ol></div>')
    out.append('<div class="box"><h3>图片新闻</h3><ul class="pic">' + ''.join(
        '<li><a href="%s/tupian/%d.htm"><img src="/uploads/pic/2022/%d.jpg" width="130" height="90" alt="%s" />'
        '<p>%s</p></a></li>' % (JH_HOST, 9000 + i, 51000 + i, h, h[:10]) for i, h in enumerate(heads[10:16]))
        + '</ul></div>')
    out.append('<div class="box"><h3>推荐阅读</h3><ul class="sum">' + ''.join(
        '<li><a href="%s/news/2022-10/%02d/content_%d.htm"><b>%s</b></a><p>%s</p></li>'
        % (JH_HOST, rng.randint(1, 30), rng.randint(390000, 410000), h, s)
        for h, s in summaries(rng, heads[16:24], FILL_JH)) + '</ul></div>')
    out.append('<div class="box"><h3>专题</h3><ul>' + ''.join(
        '<li><a href="%s/zhuanti/%s/"><img src="/uploads/zt/%s.jpg" alt="%s" width="300" height="70" /></a></li>'
        % (JH_HOST, k, k, v) for k, v in [('ershida', '奋进新时代'), ('guoqi', '国企改革三年行动'),
                                          ('wenming', '创建全国文明城市'), ('xiangcun', '乡村振兴在泾河')]) + '</ul></div>')
    out.append('<div class="box"><h3>泾河视频</h3><div class="vgrid">' + ''.join(
        '<div class="vitem"><div class="thumb"><a href="%s/video/%d.htm"><img src="/uploads/video/%d.jpg" alt="" />'
        '<i class="play"></i><span class="dur">0%d:%02d</span></a></div><div class="vtxt"><h4>%s</h4>'
        '<p><span class="views">%d次播放</span></p></div></div>' % (JH_HOST, 7700 + i, 7700 + i, rng.randint(1, 9),
                                                               rng.randint(0, 59), h, rng.randint(300, 9000))
        for i, h in enumerate(heads[24:30])) + '</div></div>')
    out.append('<div class="box ad"><script type="text/javascript">var cpro_id="u48812";'
               '(window["cproStyleApi"]=window["cproStyleApi"]||{})[cpro_id]={at:"3",rsi0:"300",rsi1:"250"};'
               '</script><script src="//cpro.baidustatic.com/cpro/ui/c.js" type="text/javascript"></script></div>')
    out.append('</div>')
    return '\n'.join(out)


def jh_footer():
    links = ['关于我们', '联系我们', '广告服务', '版权声明', '网站地图', '招聘信息', '投稿须知', '违法和不良信息举报']
    friends = ['泾河日报', '泾河晚报', '泾河广播电视台', '泾河市政府网', '泾河文明网', '泾河发布', '泾河党建网',
               '泾河教育网', '泾河文旅网', '泾河新区网', '河西在线', '北塬网', '泾河交通网', '泾河气象']
    groups = [('新闻', ['本地', '国内', '国际', '评论']), ('民生', ['教育', '健康', '房产', '交通']),
              ('经济', ['国企', '金融', '产业', '消费']), ('文旅', ['旅游', '副刊', '非遗', '美食']),
              ('县区', ['河西', '北塬', '东关', '新区']), ('服务', ['问政', '招聘', '天气', '公告'])]
    mega = ('<div class="mega w1000">' + ''.join(
        '<div class="col"><h4><a href="%s/%d/">%s</a></h4><ul>%s</ul></div>' % (JH_HOST, i, g, ''.join(
            '<li><a href="%s/%d/%d.htm">%s</a></li>' % (JH_HOST, i, j, x) for j, x in enumerate(xs)))
        for i, (g, xs) in enumerate(groups)) + '</div>\n')
    return (mega + '<div class="friend w1000"><b>友情链接：</b>' + ' '.join(
        '<a href="http://www.%s.cn/" target="_blank">%s</a>' % ('jh%02d' % i, f) for i, f in enumerate(friends))
        + '</div>\n<div class="footer w1000"><p>' + ' | '.join(
            '<a href="%s/about/%d.htm">%s</a>' % (JH_HOST, i, l) for i, l in enumerate(links)) + '</p>'
        '<p>泾河网版权所有 未经书面授权禁止转载 Copyright &copy; 2008-2023 www.jinghewang.com.cn All Rights Reserved</p>'
        '<p>主办：泾河日报社 &nbsp; <a href="https://beian.miit.gov.cn/" target="_blank">晋ICP备09004127号-1</a> '
        '&nbsp; 互联网新闻信息服务许可证：14120180027 &nbsp; 违法和不良信息举报电话：0358-2261100</p>'
        '<p><a href="http://www.beian.gov.cn/"><img src="/images/ga.png" alt="" />晋公网安备 14110202000318号</a></p>'
        '</div>\n<script type="text/javascript">var _hmt=_hmt||[];(function(){var hm=document.createElement("script");'
        'hm.src="https://hm.baidu.com/hm.js?3f2c81a0e6d9";var s=document.getElementsByTagName("script")[0];'
        's.parentNode.insertBefore(hm,s);})();</script>\n')


JH_ESSAY_P1 = P('''
初冬的清晨，泾河东岸的风里已经带着河水的凉意。沿着纺织路往北走，一排红砖厂房静静立在梧桐树后面，墙上“泾河第三棉纺织厂”几个水泥大字掉了半边漆，却依然看得清楚。十年前，这里还是全市职工最多的国营企业之一，三班倒的机器声能传到对岸的菜地里。
2012年，三棉厂被列入全市第一批国企改制名单。那一年，厂里的账面上压着两亿多元的债务，纺机大多是上世纪八十年代的老设备，一吨纱的成本比沿海的民营厂高出近三成。“不改是等死，改了至少还有一条路。”当时的厂长周伯年回忆说。
改制方案前后讨论了十一稿。最难的不是资产评估，也不是引进投资方，而是四千二百名职工的去留。厂里在每个车间贴出政策解读，工会干部挨家挨户上门算账：内退的能拿多少，买断工龄的能拿多少，愿意留下的要重新签什么样的合同。
细纱车间的挡车工刘桂芝那年四十六岁。她记得自己在车间门口的公示栏前站了整整一个中午，“手心里全是汗，看不进去几个字”。最后她选择留下，跟着新公司转岗去学数控络筒机。“我女儿说，妈，你连手机都玩不明白，还学电脑？我说，学不会再说。”
转岗培训安排在老食堂里，几十张旧课桌拼成一排。授课的是从外地请来的技术员，比学员们小了二十多岁。头一个月，刘桂芝每天下班后还要在操作台前多站一个小时，把参数一条条抄在烟盒纸上带回家背。
''')
JH_ESSAY_P2 = P('''
新的车间，新的规矩
2014年春天，改制后的泾纺公司完成了第一期设备更新，原来的三个细纱车间合并成一个，用工从一千多人减到三百多人。车间里装上了空调和除尘系统，过去夏天动辄四十度的“火炉”成了恒温恒湿的厂房。
变化不只是机器。计件工资代替了过去的“大锅饭”，班组长由工人推选，质量问题要追到具体的机台和人。有老职工一时不适应，私下抱怨“不像个国营厂了”。周伯年的回答很直接：“厂还是那个厂，饭碗得靠自己端。”
那些离开的人也各有去处。有人用买断工龄的钱在厂区对面开了面馆，有人去了开发区的电子厂，还有几十位老师傅被返聘回来带徒弟。厂里专门在老办公楼一层留了一间屋子，挂着“退休职工之家”的牌子，每逢周三下午总有人来下棋、喝茶。
如今，泾纺公司的产品有一半销往东南亚，去年的营业收入是改制前的两倍多。刘桂芝已经是络筒车间的技术骨干，明年就要退休。她说，这十年最大的收获不是工资涨了多少，而是“知道自己还能学会新东西”。
傍晚时分，下班的铃声响起，年轻的工人骑着电动车从厂门口涌出来。门卫室旁边那棵老槐树还在，树下的石凳被几代人磨得发亮。
''')
JH_PRINT = P('''
泾河老城的南关菜市场，开了快四十年了。天刚蒙蒙亮，卖豆腐的老孟就推着三轮车到了，车斗里的木板上码着一方方还冒热气的豆腐。他在这里摆摊二十六年，熟客不用开口，他就知道该切多大一块。
菜市场是城市最诚实的地方。冬天的白菜一块钱三斤，春天头茬的香椿要卖到三十块一斤，价签上写着节气的变化。卖菜的大姐会顺手塞给你两根葱，买肉的大爷会跟摊主争论哪一块适合包饺子，吵着吵着就笑了。
前年市场改造，有人担心老摊位会被赶走。改造后的市场换了新顶棚，地面铺了防滑砖，每个摊位都有了电子秤和收款码，可摊主大多还是原来那些人。老孟的豆腐摊挪了两米，招牌却没换，还是那块写着“孟记”的旧木板。
年轻人也开始回到菜市场。周末的上午，常能看到拿着手机边拍边逛的小情侣，也有带孩子来认蔬菜的年轻父母。一个小姑娘指着一筐带泥的土豆问妈妈：“它们为什么是脏的？”卖土豆的大叔哈哈一笑：“刚从地里出来的，都这样。”
超市和外卖越来越方便，菜市场却没有消失。也许是因为人们在这里买的不只是菜，还有讨价还价的热闹、邻里之间的问候，以及那种实实在在活着的感觉。
''')


def jh_comments(rng):
    users = ['泾河网友', '纺织路老住户', '河东小王', '泾河网友', '北塬人', '退休老三棉']
    texts = ['我爸就是三棉厂的，看哭了。', '那几年确实难，好在都熬过来了。', '老槐树还在就好。',
             '希望多写写这些普通工人。', '周厂长是个实在人。', '去年回去看过，厂门口变化很大。']
    return ('<div class="comment"><h3>网友评论<span>（已有%d条评论）</span></h3>' % len(texts)
            + '<form action="%s/comment/post.php" method="post"><textarea name="msg"></textarea>'
            '<input type="submit" value="发表评论" /><label><input type="checkbox" name="anonymous" />匿名</label>'
            '</form><ul>' % JH_HOST + ''.join(
                '<li><div class="u"><img src="/images/avatar.gif" alt="" /><span class="name">%s</span><span class="ip">'
                '<i class="icon-loc"></i>泾河</span><em>2022-11-%d %02d:%02d</em></div>'
                '<div class="c"><p>%s</p></div><div class="op"><a href="javascript:;" class="zan"><i></i>顶(%d)</a> '
                '<a href="javascript:;"><i></i>回复</a> <a href="javascript:;"><i></i>举报</a></div></li>'
                % (users[i], 14 + i // 3, rng.randint(9, 22), rng.randint(0, 59), t, rng.randint(0, 40))
                for i, t in enumerate(texts)) + '</ul><a href="%s/comment/list.php?id=418827">查看全部评论&gt;&gt;</a></div>' % JH_HOST)


def jh_article(rng, name, url, header_cs, title, paras, shown, pageno, other_url):
    heads = titles(rng, SUBJ_JH, ACT_JH, 12)
    body = ''.join('<p>&nbsp;&nbsp;&nbsp;&nbsp;%s</p>\n' % ent(p) for p in paras)
    if pageno == 2:
        body = body.replace('<p>&nbsp;&nbsp;&nbsp;&nbsp;新的车间，新的规矩</p>',
                            '<p style="text-align:center"><strong>新的车间，新的规矩</strong></p>')
    else:
        body = body.replace('</p>\n', '</p>\n<p style="text-align:center"><img src="/uploads/image/2022/1114/'
                            '6380410277.jpg" alt="" width="600" /></p>\n', 1)
    pager = ('<div class="page_nav" id="pages">%s<a href="%s"%s>第1页</a> <a href="%s"%s>第2页</a> %s</div>'
             % ('<a href="%s">上一页</a> ' % other_url if pageno == 2 else '',
                url if pageno == 1 else other_url, ' class="cur"' if pageno == 1 else '',
                url if pageno == 2 else other_url, ' class="cur"' if pageno == 2 else '',
                '<a href="%s">下一页</a>' % other_url if pageno == 1 else ''))
    share = ('<div class="share bdsharebuttonbox"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" '
             'title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a>'
             '<a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a><a href="#" class="bds_more" '
             'data-cmd="more"></a></div>')
    related = ('<div class="related"><h3>相关新闻</h3><ul>' + ''.join(
        '<li><a href="%s/news/2022-%02d/%02d/content_%d.htm">%s</a><span>2022-%02d-%02d</span></li>'
        % (JH_HOST, m, d, rng.randint(380000, 418000), h, m, d)
        for h, m, d in [(h, rng.randint(6, 11), rng.randint(1, 28)) for h in heads[:8]]) + '</ul></div>')
    page = (jh_head(title, 'gbk') + '<body>\n' + jh_top(rng) +
            '\n<div class="position w1000">您当前的位置：<a href="%s/">首页</a> &gt; <a href="%s/channel_2/">泾河新闻</a>'
            ' &gt; <a href="%s/list_300.htm">本地</a> &gt; 正文</div>\n' % (JH_HOST, JH_HOST, JH_HOST) +
            '<div class="main w1000"><div class="left">\n<div class="article">\n<h1>%s</h1>\n' % esc(title) +
            '<div class="info"><span>%s</span>&nbsp;&nbsp;<span>来源：泾河日报</span>&nbsp;&nbsp;<span>作者：记者 韩立秋</span>'
            '&nbsp;&nbsp;<span>编辑：王蕾</span>&nbsp;&nbsp;<span>点击数：<script src="%s/count.php?id=418827"></script>'
            '</span>&nbsp;&nbsp;<a href="%s/print.php?contentid=418827" target="_blank">【打印】</a>'
            '&nbsp;<a href="javascript:doZoom(16)">【字号 大 中 小】</a></div>\n' % (shown, JH_HOST, JH_HOST) + share +
            '\n<div class="content" id="text">\n' + body + '</div>\n' + pager +
            '\n<div class="editor">【责任编辑：王蕾】</div>\n' + share + '\n' + related + '\n' + jh_comments(rng) +
            '\n</div></div>\n' + jh_sidebar(rng) + '\n</div>\n' + jh_footer() + '</body>\n</html>\n')
    emit(name, url, header_cs, 'gbk', page, title=title, author='韩立秋', date='2022-11-14',
         shown=shown, paras=paras)


def site_jinghewang():
    rng = random.Random(9101)
    t = '一座老棉纺厂的改制十年'
    u1 = JH_HOST + '/news/2022-11/14/content_418827.htm'
    u2 = JH_HOST + '/news/2022-11/14/content_418827_2.htm'
    jh_article(rng, 'r-jinghewang-1', u1, 'gbk', t, JH_ESSAY_P1, '2022-11-14 08:30', 1, u2)
    jh_article(rng, 'r-jinghewang-2', u2, '', t, JH_ESSAY_P2, '2022-11-14 08:30', 2, u1)

    # print version of another article
    t3 = '菜市场里的烟火气'
    u3 = JH_HOST + '/print.php?contentid=430615'
    body = ''.join('<p>%s</p>\n' % ent(p) for p in JH_PRINT)
    page = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=gbk">\n'
            '<title>%s - 打印本页 - 泾河网</title>\n<style>body{font-size:14px;width:700px;margin:0 auto}'
            '.noprint{text-align:right}@media print{.noprint{display:none}}</style>\n</head>\n<body>\n'
            '<div class="noprint"><a href="javascript:window.print()">打印本页</a> | '
            '<a href="javascript:window.close()">关闭窗口</a></div>\n'
            '<table width="100%%"><tr><td><img src="/images/logo_print.gif" alt="泾河网"></td>'
            '<td align="right">www.jinghewang.com.cn</td></tr></table><hr>\n'
            '<h2 align="center">%s</h2>\n<p align="center" class="info">发布时间：2023年03月06日 10:15 &nbsp; '
            '来源：泾河晚报 &nbsp; 作者：记者 苏念</p>\n<div id="printcontent">\n%s</div>\n'
            '<p>（责任编辑：杜文静）</p>\n<hr>\n<p>本文地址：%s/news/2023-03/06/content_430615.htm</p>\n'
            '<p align="center">Copyright &copy; 泾河网 版权所有 晋ICP备09004127号-1</p>\n'
            '<script>document.title=document.title;</script>\n</body>\n</html>\n' % (esc(t3), esc(t3), body, JH_HOST))
    emit('r-jinghewang-3', u3, 'gbk', 'gbk', page, title=t3, author='苏念', date='2023-03-06',
         shown='2023年03月06日10:15', paras=JH_PRINT)

    # section list (listing)
    heads = titles(rng, SUBJ_JH, ACT_JH, 25)
    items = ''.join('<li><span class="date">2023-03-%02d</span><a href="%s/news/2023-03/%02d/content_%d.htm" '
                    'target="_blank">%s</a><p>%s</p></li>\n'
                    % (d, JH_HOST, d, 431000 - i * 37, h, s)
                    for i, ((h, s), d) in enumerate(zip(summaries(rng, heads[:20], FILL_JH),
                                                         [20 - k // 2 for k in range(20)])))
    pager = ('<div class="pages"><a href="%s/list_300.htm">首页</a> <a href="%s/list_300_2.htm">上一页</a> '
             % (JH_HOST, JH_HOST) + ' '.join('<a href="%s/list_300_%d.htm">%d</a>' % (JH_HOST, k, k) for k in range(1, 11))
             + ' <a href="%s/list_300_4.htm">下一页</a> <a href="%s/list_300_86.htm">尾页</a> 共86页</div>' % (JH_HOST, JH_HOST))
    page = (jh_head('本地', 'gbk') + '<body>\n' + jh_top(rng) +
            '\n<div class="position w1000">您当前的位置：<a href="%s/">首页</a> &gt; <a href="%s/channel_2/">泾河新闻</a>'
            ' &gt; 本地</div>\n<div class="main w1000"><div class="left"><div class="list"><h2>本地</h2><ul>\n'
            % (JH_HOST, JH_HOST) + items + '</ul>' + pager + '</div></div>\n' + jh_sidebar(rng) + '\n</div>\n'
            + jh_footer() + '</body>\n</html>\n')
    emit('r-jinghewang-4', JH_HOST + '/list_300_3.htm', 'gbk', 'gbk', page, kind='listing')


# ================================================================ site 2: 柘川史志网 (GB2312)
XZ_HOST = 'http://www.zcxzg.cn'
SUBJ_XZ = ['柘川县', '石门村', '西乡', '县城老街', '柘川一中', '东岳庙', '青龙桥', '县志办', '北山茶场', '白沙镇',
           '柘水河', '南门城墙', '县供销社', '老火车站']
ACT_XZ = ['历代沿革考略', '旧事拾遗', '地名由来', '民国时期的商号', '抗战时期的一段往事', '碑刻整理记',
          '口述史访谈录', '旧照片里的变迁', '建国初期的农业合作社', '五十年代的扫盲运动', '老艺人访谈',
          '水利工程的兴建', '民俗调查报告', '族谱中的移民史', '历史人物小传', '方言词汇辑录']
FILL_XZ = ['本文依据档案和走访材料整理而成。', '文中所记多为亲历者口述，可补志书之阙。',
           '作者查阅了大量旧报刊与档案资料。', '此文曾刊于《柘川史志》内部刊物。']


def xz_shell(title, cs, inner, rng, counter):
    chans = ['网站首页', '机构概况', '工作动态', '志鉴编纂', '柘川概览', '地情资料', '史海钩沉', '人物春秋',
             '乡土文化', '旧志整理', '年鉴在线', '图片柘川', '政策法规', '留言板']
    nav = ''.join('<td align="center"><a href="%s/Article/ShowClass.asp?ClassID=%d" class="nav">%s</a></td>'
                  % (XZ_HOST, i + 1, c) for i, c in enumerate(chans))
    notice = titles(rng, SUBJ_XZ, ACT_XZ, 8)
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n<title>%s--柘川史志网</title>\n'
            '<link href="/Skin/DefaultSkin.css" rel="stylesheet" type="text/css">\n'
            '<script language="JavaScript" src="/js/menu.js"></script>\n</head>\n'
            '<body leftmargin="0" topmargin="0">\n'
            '<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
            '<td><img src="/Images/top_banner.jpg" width="960" height="120" alt="柘川史志网"></td></tr></table>\n'
            '<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="navbg"><tr>%s</tr></table>\n'
            '<table width="960" border="0" align="center"><tr><td class="gonggao"><marquee scrollamount="3" '
            'onmouseover="this.stop()" onmouseout="this.start()">%s</marquee></td></tr></table>\n'
            '%s\n'
            '<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom"><tr><td align="center">'
            '<a href="%s/About.asp">关于我们</a> | <a href="%s/Contact.asp">联系方式</a> | <a href="%s/Guestbook/">留言板</a>'
            ' | <a href="%s/Admin/Login.asp">管理登录</a><br>主办：柘川县地方志编纂委员会办公室 &nbsp; 地址：柘川县城关镇府前路18号'
            ' &nbsp; 电话：0746-5512038<br>柘川史志网 版权所有 &nbsp; <a href="https://beian.miit.gov.cn">湘ICP备06011482号</a>'
            '<br>您是本站第 <font color="red">%s</font> 位访问者 &nbsp; 建议使用1024&times;768分辨率浏览'
            '</td></tr></table>\n<script language="javascript" src="/Count/Counter.asp?Style=none"></script>\n'
            '</body>\n</html>\n' % (esc(title), nav, ' &nbsp; '.join(
                '<a href="%s/Article/ShowArticle.asp?ArticleID=%d">%s</a>' % (XZ_HOST, 1100 + i * 7, h)
                for i, h in enumerate(notice)), inner, XZ_HOST, XZ_HOST, XZ_HOST, XZ_HOST, counter))


def xz_left(rng, with_summaries=False):
    heads = titles(rng, SUBJ_XZ, ACT_XZ, 40)
    boxes = []
    boxes.append('<table width="100%" class="box"><tr><td class="boxtitle">栏目导航</td></tr>' + ''.join(
        '<tr><td>&middot; <a href="%s/Article/ShowClass.asp?ClassID=%d">%s</a></td></tr>' % (XZ_HOST, 20 + i, c)
        for i, c in enumerate(['县情概况', '大事记', '自然地理', '建置沿革', '经济社会', '教育文化', '名胜古迹',
                               '民俗风情', '方言俗语', '史料考证', '回忆文章', '志书目录'])) + '</table>')
    boxes.append('<table width="100%" class="box"><tr><td class="boxtitle">热门文章</td></tr>' + ''.join(
        '<tr><td>&middot; <a href="%s/Article/ShowArticle.asp?ArticleID=%d" title="%s">%s</a></td></tr>'
        % (XZ_HOST, rng.randint(600, 1300), h, h) for h in heads[:12]) + '</table>')
    if with_summaries:
        boxes.append('<table width="100%" class="box"><tr><td class="boxtitle">推荐阅读</td></tr>' + ''.join(
            '<tr><td><a href="%s/Article/ShowArticle.asp?ArticleID=%d"><b>%s</b></a><br>'
            '<span class="gray">%s%s</span></td></tr>'
            % (XZ_HOST, rng.randint(600, 1300), h, h + '。', rng.choice(FILL_XZ)) for h in heads[12:26]) + '</table>')
    boxes.append('<table width="100%" class="box"><tr><td class="boxtitle">最新更新</td></tr>' + ''.join(
        '<tr><td>&middot; <a href="%s/Article/ShowArticle.asp?ArticleID=%d">%s</a> <font color="#999">%d-%d</font>'
        '</td></tr>' % (XZ_HOST, 1290 - i, h, rng.randint(1, 12), rng.randint(1, 28)) for i, h in enumerate(heads[26:38]))
        + '</table>')
    towns = ['城关镇', '白沙镇', '石门乡', '西乡镇', '北山乡', '柘水镇', '青龙乡', '南岭乡', '东岳镇', '花桥乡', '大坪乡', '龙潭镇']
    depts = ['县政府办', '县发改局', '县教育局', '县财政局', '县档案馆', '县文旅局', '县民政局', '县统计局', '县住建局',
             '县农业农村局', '县自然资源局', '县水利局', '县卫健委', '县融媒体中心', '县图书馆', '县博物馆']
    boxes.append('<table width="100%" class="box"><tr><td class="boxtitle">乡镇史志</td></tr><tr><td><table width="100%">'
                 + ''.join('<tr>' + ''.join('<td><a href="%s/Article/ShowClass.asp?ClassID=%d">%s</a></td>'
                                           % (XZ_HOST, 60 + i + j, towns[i + j]) for j in range(2)) + '</tr>'
                           for i in range(0, len(towns), 2)) + '</table></td></tr></table>')
    boxes.append('<table width="100%" class="box"><tr><td class="boxtitle">图片柘川</td></tr><tr><td><table width="100%">'
                 + ''.join('<tr>' + ''.join('<td align="center"><a href="%s/Photo/ShowPhoto.asp?PhotoID=%d"><img src="/UploadFiles/'
                                           'photo/%d.jpg" width="100" height="75" border="0"></a><br>%s</td>'
                                           % (XZ_HOST, 300 + i + j, 300 + i + j, h[:6]) for j, h in enumerate(heads[38 - i:40 - i]))
                           + '</tr>' for i in range(0, 6, 2)) + '</table></td></tr></table>')
    boxes.append('<table width="100%" class="box"><tr><td class="boxtitle">相关链接</td></tr><tr><td>'
                 '<select onchange="window.open(this.value)"><option>--县直部门--</option>' + ''.join(
                     '<option value="http://www.zc%02d.gov.cn/">%s</option>' % (i, d) for i, d in enumerate(depts)) +
                 '</select><br><select onchange="window.open(this.value)"><option>--兄弟史志网站--</option>' + ''.join(
                     '<option value="http://sz%02d.example.cn/">%s史志网</option>' % (i, t) for i, t in enumerate(
                         ['临沅', '澧阳', '石潭', '永平', '溆江', '麻阳', '辰溪', '会安', '新晃', '芷水', '靖南', '通江']))
                 + '</select></td></tr></table>')
    boxes.append('<table width="100%" class="box"><tr><td class="boxtitle">站内搜索</td></tr><tr><td>'
                 '<form action="/Article/Search.asp" method="post"><input name="keyword" size="14">'
                 '<select name="field"><option value="Title">标题</option><option value="Content">内容</option>'
                 '</select><input type="submit" value="搜索"></form></td></tr></table>')
    return '\n'.join(boxes)


XZ_SHIMEN = P('''
柘川县城往西二十里，有个地方叫石门渡。两座石山夹着一段河道，水到这里忽然收窄，流得又急又深，老辈人说像是从石门里挤出来的，渡口便因此得名。
据旧县志记载，石门渡在清乾隆年间就设了官渡，有渡船两只，渡夫四名，由县里拨给口粮。到了民国，官渡废弛，改由附近石门村的几户人家轮流摆渡，过一次河收两个铜板，遇上挑担赶集的穷苦人，常常就不要钱了。
我第一次过石门渡，是一九六三年跟着父亲去西乡看外婆。那时的渡船是一条木板船，能坐十来个人，船头拴着一根粗麻绳，绳子另一头系在对岸的大石桩上。摆渡的老汉姓向，大家都叫他向爹，他不用篙也不用桨，两只手拉着绳子，一把一把把船拽过河去。
向爹话不多，只有一样爱好，喜欢听人讲城里的新鲜事。船到河心的时候，他常会停下手问一句：“县里的电影院又放什么片子了？”有人讲上几句，他就点点头，接着拉绳子。那条河不宽，一趟下来不过一袋烟的工夫，我却觉得走了很远。
一九七八年，石门渡上游修起了一座钢筋水泥桥，渡船从此停了。向爹把那条船拖上岸，翻过来搁在自家屋后，后来听说被人拆了当柴烧。再往后，村里的年轻人都出去打工，石门村只剩下几十户老人。
前几年我回去过一次。桥已经加宽过两回，汽车一辆接一辆地开过去，谁也不会在桥上停下来。我在桥头站了很久，想找当年那根石桩，终于在一丛芦苇后面看见它，上面还留着一道道被麻绳磨出来的凹痕。
修志的人讲究“述而不作”，只记事实，不发议论。可有些事情，写进志书里只是一行字，落在人的心上，却是一辈子。
''')
XZ_ZHONG = P('''
柘川一中的前身是柘川县立中学，创办于一九二一年，到今年已经整整九十九年了。校园里有一口铜钟，挂在老教学楼前的两棵柏树之间，比学校里任何一位老师的年纪都大。
这口钟是建校第三年由本县乡绅集资铸造的，钟身上铸着“柘川县立中学校钟”八个字，还有捐资人的名字。每天清早六点，值日的校工拉动钟绳，钟声能传到半个县城。许多老柘川人说，他们不是听着闹钟长大的，是听着一中的钟声长大的。
我一九六六年考进一中，第二年学校就停了课。那段时间，钟也不响了，钟绳被人割断，只剩下光秃秃的一口钟挂在树上。有一回刮大风，钟自己晃起来，发出几声闷响，正在操场上的几个同学都愣住了，谁也没说话。
一九七七年恢复高考，学校重新开学，第一件事就是找人把钟绳接上。那天早上，老校长亲自去拉钟，钟声响起的时候，不少老师站在教室门口抹眼泪。那一年，一中有十一名学生考上了大学，是全县最多的。
后来学校装了电铃，再后来换成了广播，铜钟不再每天敲响，只在开学典礼和毕业典礼上由校长敲三下。二○○五年老教学楼翻修，有人提议把钟挪进校史馆，最后还是留在了原处，只是在下面加了一圈石栏杆。
我退休前在一中教了二十九年语文。每年新生入学，我都会带他们到钟下面站一站，讲讲这口钟的来历。孩子们听得认真，有的伸手去摸钟身上的字。我想，一所学校的传统，大概就是这样一代一代摸过来、传下去的。
''')


def xz_article(rng, name, aid, header_cs, title, author, shown, date, paras, style, prev, nxt, hits, counter):
    if style == 'br':
        body = ('<td class="content" style="font-size:14px;line-height:200%">&nbsp;&nbsp;&nbsp;&nbsp;'
                + '<br><br>&nbsp;&nbsp;&nbsp;&nbsp;'.join(ent(p) for p in paras) + '</td>')
    else:
        body = '<td class="content">' + ''.join(
            '<p style="text-indent:2em">%s</p>' % esc(p) for p in paras) + '</td>'
    bc = ('<table width="100%%"><tr><td class="position">您现在的位置： <a href="%s/">柘川史志网</a> &gt;&gt; '
          '<a href="%s/Article/Index.asp">史志文章</a> &gt;&gt; <a href="%s/Article/ShowClass.asp?ClassID=7">回忆文章</a>'
          ' &gt;&gt; 正文</td></tr></table>' % (XZ_HOST, XZ_HOST, XZ_HOST))
    art = ('<table width="100%%" border="0" cellpadding="6" class="article">'
           '<tr><td align="center" class="title"><font size="4"><b>%s</b></font></td></tr>'
           '<tr><td align="center" class="info">作者：%s &nbsp; 文章来源：柘川史志 &nbsp; 点击数：%d &nbsp; '
           '更新时间：%s &nbsp; 【<a href="javascript:window.print()">打印此文</a>】 【<a href="javascript:window.close()">'
           '关闭窗口</a>】</td></tr>'
           '<tr>%s</tr>'
           '<tr><td align="right">【字体：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> '
           '<a href="javascript:fontZoom(12)">小</a>】</td></tr></table>'
           % (esc(title), author, hits, shown, body))
    pn = ('<table width="100%%" class="prevnext" border="0"><tr><td>上一篇：<a href="%s/Article/ShowArticle.asp?ArticleID=%d">'
          '%s</a></td></tr><tr><td>下一篇：<a href="%s/Article/ShowArticle.asp?ArticleID=%d">%s</a></td></tr></table>'
          % (XZ_HOST, aid - 1, prev, XZ_HOST, aid + 1, nxt))
    rel = titles(rng, SUBJ_XZ, ACT_XZ, 8)
    relt = ('<table width="100%" class="box"><tr><td class="boxtitle">相关文章</td></tr>' + ''.join(
        '<tr><td>&middot; <a href="%s/Article/ShowArticle.asp?ArticleID=%d">%s</a></td></tr>'
        % (XZ_HOST, rng.randint(700, 1300), h) for h in rel) + '</table>')
    cmt = ('<table width="100%" class="box"><tr><td class="boxtitle">网友评论：（只显示最新5条。评论内容只代表网友观点，'
           '与本站立场无关！）</td></tr><tr><td>没有任何评论</td></tr><tr><td><a href="/Article/Comment.asp">发表评论</a>'
           '</td></tr></table>')
    inner = ('<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
             '<td width="230" valign="top">%s</td><td width="10"></td><td valign="top">%s%s%s%s%s</td></tr></table>'
             % (xz_left(rng), bc, art, pn, relt, cmt))
    url = XZ_HOST + '/Article/ShowArticle.asp?ArticleID=%d' % aid
    emit(name, url, header_cs, 'gb2312', xz_shell(title, 'gb2312', inner, rng, counter), title=title,
         author=author, date=date, shown=shown, paras=paras)


def site_xianzhiguan():
    rng = random.Random(9202)
    xz_article(rng, 'r-xianzhiguan-1', 1276, '', '石门渡旧事', '余守仁', '2018-7-23', '2018-07-23', XZ_SHIMEN,
               'br', '柘水河上的老木桥', '西乡方言词汇辑录（三）', 1843, '0318276')
    xz_article(rng, 'r-xianzhiguan-2', 1522, 'gb2312', '县立中学的百年钟声', '陈秀英', '2020年4月9日', '2020-04-09',
               XZ_ZHONG, 'p', '民国时期柘川的私塾', '白沙镇老街的三家商号', 967, '0402155')

    # second page of a section list: only 4 entries, heavy sidebar with summaries
    entries = [('柘水河上的老木桥', '余守仁', '2018-7-22'), ('父亲的扫盲课本', '刘金凤', '2018-6-30'),
               ('北山茶场的知青岁月', '唐建国', '2018-5-17'), ('南门城墙拆除前后', '向德明', '2018-4-02')]
    lst = ('<table width="100%%"><tr><td class="position">您现在的位置： <a href="%s/">柘川史志网</a> &gt;&gt; '
           '<a href="%s/Article/Index.asp">史志文章</a> &gt;&gt; 回忆文章</td></tr></table>'
           '<table width="100%%" class="list">' % (XZ_HOST, XZ_HOST) + ''.join(
               '<tr><td>&middot; <a href="%s/Article/ShowArticle.asp?ArticleID=%d">%s</a></td><td>%s</td><td>%s</td></tr>'
               % (XZ_HOST, 1270 - i * 9, t, a, d) for i, (t, a, d) in enumerate(entries)) +
           '</table><table width="100%%"><tr><td align="center">共 24 篇文章 &nbsp; <a href="%s/Article/ShowClass.asp?ClassID=7&page=1">'
           '首页</a> <a href="%s/Article/ShowClass.asp?ClassID=7&page=1">上一页</a> 下一页 尾页 &nbsp; 页次：<b>2</b>/2页 '
           '&nbsp; 20篇文章/页</td></tr></table>' % (XZ_HOST, XZ_HOST))
    inner = ('<table width="960" border="0" align="center"><tr><td width="230" valign="top">%s</td><td valign="top">%s'
             '<table width="100%%" class="box"><tr><td class="boxtitle">本栏推荐</td></tr>%s</table></td></tr></table>'
             % (xz_left(rng, True), lst, ''.join(
                 '<tr><td><a href="%s/Article/ShowArticle.asp?ArticleID=%d"><b>%s</b></a><br><span class="gray">%s</span>'
                 '</td></tr>' % (XZ_HOST, rng.randint(700, 1200), h, h + '。' + rng.choice(FILL_XZ))
                 for h in titles(rng, SUBJ_XZ, ACT_XZ, 10))))
    emit('r-xianzhiguan-3', XZ_HOST + '/Article/ShowClass.asp?ClassID=7&page=2', '', 'gb2312',
         xz_shell('回忆文章', 'gb2312', inner, rng, '0318277'), kind='listing')

    # calendar / archive page
    cal = ['<table class="calendar" border="1" cellspacing="0"><caption>二○二○年四月</caption><tr>'
           + ''.join('<th>%s</th>' % d for d in '日一二三四五六') + '</tr>']
    day, cells = 1, ['<td></td>'] * 3
    posted = {2, 9, 16, 21, 27}
    while day <= 30:
        cells.append('<td><a href="%s/Article/Archive.asp?d=2020-4-%d">%d</a></td>' % (XZ_HOST, day, day)
                     if day in posted else '<td>%d</td>' % day)
        day += 1
    for i in range(0, len(cells), 7):
        cal.append('<tr>' + ''.join(cells[i:i + 7]) + '</tr>')
    cal.append('</table>')
    months = ''.join('<li><a href="%s/Article/Archive.asp?y=%d&m=%d">%d年%d月</a> (%d)</li>'
                     % (XZ_HOST, y, m, y, m, rng.randint(2, 14)) for y in (2020, 2019) for m in range(12, 0, -1)
                     if not (y == 2020 and m > 4))
    alist = [('县立中学的百年钟声', '2020-4-9'), ('民国时期柘川的私塾', '2020-4-2'), ('白沙镇老街的三家商号', '2020-4-16'),
             ('青龙桥碑刻整理记', '2020-4-21'), ('东岳庙会的兴衰', '2020-4-27'), ('柘川县志办二○二○年工作要点', '2020-4-9')]
    inner = ('<table width="960" border="0" align="center"><tr><td width="230" valign="top">%s</td><td valign="top">'
             '<table width="100%%"><tr><td class="position">您现在的位置： <a href="%s/">柘川史志网</a> &gt;&gt; 文章归档'
             ' &gt;&gt; 2020年4月</td></tr></table>%s<ul class="archive">%s</ul><h4>按月归档</h4><ul class="months">%s</ul>'
             '</td></tr></table>' % (xz_left(rng, True), XZ_HOST, ''.join(cal), ''.join(
                 '<li><a href="%s/Article/ShowArticle.asp?ArticleID=%d">%s</a> <span>%s</span></li>'
                 % (XZ_HOST, 1520 + i, t, d) for i, (t, d) in enumerate(alist)), months))
    emit('r-xianzhiguan-4', XZ_HOST + '/Article/Archive.asp?y=2020&m=4', 'gb2312', 'gb2312',
         xz_shell('2020年4月文章归档', 'gb2312', inner, rng, '0402160'), kind='listing')


# ================================================================ site 3: 南灣非遺資料館 (Big5)
NW_HOST = 'https://www.nwfeiyi.org'
SUBJ_NW = ['南灣舊墟', '東涌漁村', '大嶺圍', '西灣天后廟', '北角村', '資料館', '南灣墟市', '沙頭角祠堂', '石排灣', '青衣里']
ACT_NW = ['太平清醮籌備紀實', '麒麟舞傳承人專訪', '客家山歌採錄', '紙紮工藝展覽開幕', '涼茶配方口述整理', '龍舟競渡今昔',
          '舊式婚嫁禮俗', '中秋綵燈工作坊', '手寫招牌調查', '茶果製作示範', '花牌紮作技藝', '漁歌整理計劃',
          '傳統木船修造', '神功戲演出紀錄', '圍村食俗研究', '竹棚搭建技藝']


def nw_shell(title, inner, rng, crumbs):
    nav = ['首頁', '關於本館', '非遺名錄', '傳承人', '專題文章', '影像資料', '教育活動', '展覽', '出版刊物', '聯絡我們']
    subnav = ['口頭傳統', '表演藝術', '社會實踐', '節慶活動', '傳統手工藝', '傳統醫藥', '飲食文化', '民間知識']
    heads = titles(rng, SUBJ_NW, ACT_NW, 24)
    side = ('<aside class="sidebar"><section class="widget"><h3>最新文章</h3><ul>' + ''.join(
        '<li><a href="%s/zh-hk/article/%d">%s</a><time>%d-%02d-%02d</time></li>'
        % (NW_HOST, 2300 - i * 3, h, 2023, rng.randint(1, 9), rng.randint(1, 28)) for i, h in enumerate(heads[:10]))
        + '</ul></section><section class="widget"><h3>熱門標籤</h3><div class="tags">' + ' '.join(
            '<a href="%s/zh-hk/tag/%d" class="tag">%s</a>' % (NW_HOST, 40 + i, t) for i, t in enumerate(
                ['傳統飲食', '竹紮', '節慶', '圍村', '漁村', '口述歷史', '手工藝', '宗族', '天后誕', '客家', '涼茶', '燈籠',
                 '麒麟舞', '山歌', '祠堂', '木船'])) +
        '</div></section><section class="widget"><h3>延伸閱讀</h3><ul class="cards">' + ''.join(
            '<li><a href="%s/zh-hk/article/%d"><img src="/media/thumb/%d.jpg" alt="%s"><strong>%s</strong></a>'
            '<p>%s。本館研究人員實地走訪記錄。</p></li>' % (NW_HOST, 2100 + i, 700 + i, h, h, h)
            for i, h in enumerate(heads[10:18])) +
        '</ul></section><section class="widget newsletter"><h3>訂閱電子通訊</h3><form action="/subscribe" method="post">'
        '<input type="email" name="email" placeholder="電郵地址"><button type="submit">訂閱</button></form></section></aside>')
    foot_cols = [('關於本館', ['館長的話', '本館簡介', '組織架構', '年報', '招聘']),
                 ('參觀資訊', ['開放時間', '交通', '導賞服務', '無障礙設施', '場地租用']),
                 ('資源', ['非遺名錄', '影像資料庫', '口述歷史', '教材下載', '出版刊物']),
                 ('支持我們', ['成為會員', '捐款', '義工招募', '企業合作', '聯絡我們'])]
    foot = ('<footer class="site-footer"><div class="cols">' + ''.join(
        '<div class="col"><h4>%s</h4><ul>%s</ul></div>' % (h, ''.join(
            '<li><a href="%s/zh-hk/page/%s">%s</a></li>' % (NW_HOST, j, x)
            for j, x in enumerate(items))) for h, items in foot_cols) +
        '</div><p class="copy">&copy; 2023 南灣非物質文化遺產資料館 版權所有。未經許可，不得轉載本網站內容。</p>'
        '<p><a href="%s/zh-hk/privacy">私隱政策</a> | <a href="%s/zh-hk/terms">使用條款</a> | '
        '<a href="%s/zh-hk/sitemap">網站地圖</a> | <a href="%s/zh-cn/">簡體</a> | <a href="%s/en/">English</a></p>'
        '</footer>' % (NW_HOST, NW_HOST, NW_HOST, NW_HOST, NW_HOST))
    return ('<!DOCTYPE html>\n<html lang="zh-Hant-HK">\n<head>\n<meta charset="big5">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s | 南灣非物質文化遺產資料館</title>\n<link rel="stylesheet" href="/static/css/main.css">\n'
            '<script async src="https://www.googletagmanager.com/gtag/js?id=G-NW2381"></script>\n'
            '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}'
            'gtag("js",new Date());gtag("config","G-NW2381");</script>\n</head>\n<body class="zh-hk">\n'
            '<div class="access"><a href="#main">跳到主要內容</a> <a href="javascript:fs(1)">A</a> '
            '<a href="javascript:fs(2)">A+</a> <a href="javascript:fs(3)">A++</a></div>\n'
            '<header class="site-header"><a href="%s/zh-hk/" class="logo"><img src="/static/img/logo.svg" '
            'alt="南灣非物質文化遺產資料館"></a><nav class="main-nav"><ul>%s</ul></nav>'
            '<nav class="sub-nav"><ul>%s</ul></nav><form class="search" action="%s/zh-hk/search"><input name="q">'
            '<button>搜尋</button></form></header>\n<div class="breadcrumb">%s</div>\n'
            '<div class="container"><main id="main">%s</main>\n%s</div>\n%s\n%s\n</body>\n</html>\n'
            % (esc(title), NW_HOST, ''.join('<li><a href="%s/zh-hk/%d">%s</a></li>' % (NW_HOST, i, n)
                                            for i, n in enumerate(nav)),
               ''.join('<li><a href="%s/zh-hk/category/%d">%s</a></li>' % (NW_HOST, 10 + i, n)
                       for i, n in enumerate(subnav)), NW_HOST,
               ' &gt; '.join('<a href="%s%s">%s</a>' % (NW_HOST, u, t) for u, t in crumbs[:-1]) + ' &gt; ' + crumbs[-1][1],
               inner, side, foot, nw_offcanvas(nav, subnav, rng)))


def nw_offcanvas(nav, subnav, rng):
    ev = [('週六工作坊：竹篾燈籠入門', '每月第二個星期六'), ('講座：圍村食俗與宗族社會', '10月14日'),
          ('導賞：東涌漁村文化徑', '逢星期日'), ('展覽：紙紮的世界', '即日起至12月31日'), ('親子活動：學唱漁歌', '11月4日')]
    return ('<div class="events"><h3>活動預告</h3>' + ''.join(
        '<div class="event"><div class="ev-date"><span>%s</span></div><div class="ev-body"><h4><a href="%s/zh-hk/event/%d">'
        '%s</a></h4><p><i class="icon-pin"></i>南灣非遺資料館</p></div></div>' % (d, NW_HOST, 50 + i, t, ) for i, (t, d) in
        enumerate(ev)) + '<a href="%s/zh-hk/events" class="more">所有活動</a></div>\n' % NW_HOST +
        '<div id="offcanvas" class="offcanvas" aria-hidden="true"><button class="close">關閉</button><ul>' + ''.join(
            '<li><a href="%s/zh-hk/%d">%s</a></li>' % (NW_HOST, i, n) for i, n in enumerate(nav)) + '</ul><ul>' + ''.join(
            '<li><a href="%s/zh-hk/category/%d">%s</a></li>' % (NW_HOST, 10 + i, n) for i, n in enumerate(subnav)) +
        '</ul><div class="social"><a href="https://www.facebook.com/nwfeiyi">Facebook</a> '
        '<a href="https://www.instagram.com/nwfeiyi">Instagram</a> <a href="https://www.youtube.com/@nwfeiyi">YouTube</a></div></div>')


NW_DENG = [
    ('img', 'dl01.jpg', '圖一：師傅先把新砍的毛竹剖成寬窄一致的竹條。'),
    ('p', '在南灣舊墟的一條窄巷裡，黎振邦師傅的燈籠鋪已經開了五十多年。鋪面不足十平方米，牆上掛滿了大大小小的竹燈籠骨架，空氣裡總有一股竹子被火烤過的清香。黎師傅今年七十三歲，是本地竹篾燈籠製作技藝的第三代傳人。'),
    ('img', 'dl02.jpg', '圖二：竹條要用小刀反覆刮薄，薄到可以透光。'),
    ('p', '做一盞燈籠，第一步是選竹。黎師傅只用三年生的毛竹，太嫩的容易變形，太老的又不夠柔韌。竹子砍回來要先泡水半個月，再劈成竹條，用刀一點一點刮薄。他說，刮竹是最見功夫的一步，手上輕一分重一分，燈籠的樣子就不一樣了。'),
    ('img', 'dl03.jpg', '圖三：紮骨架時，每一個交接點都要用細竹絲綁緊。'),
    ('p', '紮骨架全憑手感，不用圖紙。一盞圓形的大燈籠需要四十多根竹條，彎成弧形後用細竹絲綁在一起，交接的地方要抹上自製的糯米漿。骨架紮好後，要放在炭火旁慢慢烤乾定型，這個過程急不得，有時要烤上一整天。'),
    ('img', 'dl04.jpg', '圖四：糊上紗紙之後，再由黎師傅親手題字繪花。'),
    ('p', '最後一步是糊紙和上色。過去用的是本地出產的紗紙，現在也有人改用綢布。黎師傅年輕時學過幾年書法，燈籠上的「福」字和花鳥，都是他一筆一筆畫上去的。一盞手工燈籠從選竹到完工，前後要九十九道工序，所以行內有句老話：「一燈百工」。'),
    ('p', '這些年，買燈籠的人少了，塑膠燈籠和電子燈又便宜又耐用。黎師傅的兒子在銀行工作，沒有接手的打算。去年起，資料館在每個月的第二個星期六請黎師傅開設工作坊，來學的多是附近學校的孩子。他說，只要還有人願意學，這門手藝就不算斷。'),
]
NW_PENCAI = P('''
每年農曆新年前後，村裡的祠堂門口就會擺出幾十張圓桌，每張桌子中間放著一個大木盆，這就是我們圍村人的盆菜。小時候，我最盼望的不是紅包，而是吃盆菜的那一天。
盆菜講究層次。最底下鋪蘿蔔、枝竹和豬皮，中間是炆豬肉、魷魚和門鱔乾，最上面放雞、大蝦和冬菇。吃的時候由上往下，越吃越入味，底下的蘿蔔吸飽了湯汁，往往是最先被搶光的。
做盆菜是全村的事。年二十八，男人們在祠堂後面架起大鑊，女人們圍坐在一起洗菜、切肉。我祖母是村裡炆豬肉最好的人，她用的南乳和片糖都是自己挑的，火候全靠眼睛看、鼻子聞。她常說，豬肉要炆到筷子一夾就開，才算對得起客人。
祖母過世以後，這門手藝傳給了我母親，後來又傳給了我的妻子。每一代人做出來的味道都有一點不同，可那股南乳的香氣始終沒變。村裡的年輕人大多搬到了市區，每到吃盆菜的日子，還是會帶著孩子回來，坐滿整個祠堂門口。
今年的盆菜宴，我第一次讓十二歲的女兒幫忙洗蘿蔔。她一邊洗一邊問我，為甚麼不直接去酒樓訂一盆。我想了想，告訴她，酒樓的盆菜也好吃，可是沒有人會在祠堂門口等你回來。
前年，盆菜製作技藝被列入區級非物質文化遺產名錄。有人問我，一道家常菜為甚麼也算文化遺產？我想，它留住的不只是一種做法，還有一村人圍著一個盆吃飯的那份親近。
''')
NW_LIANGCHA = P('''
在南灣東涌漁村的碼頭旁邊，有一間沒有招牌的涼茶鋪，鋪子只擺得下兩張摺檯。老闆何伯今年八十一歲，每天清晨四點起身煲茶，六點開門，賣完即止。
何伯的涼茶方子是父親傳下來的，一共有二十四味藥材，其中幾味要到山上採摘。他說，漁民出海辛苦，風吹日曬，最容易上火，從前每條漁船回港，第一件事就是到鋪裡喝一碗「廿四味」。
煲涼茶用的是一隻銅煲，已經用了六十多年，煲底被火燒得發黑。何伯堅持用炭火，說瓦斯火太猛，藥材的味道出不來。一鍋涼茶要煲足三個小時，中間不能離人，要不時撇去浮沫。
熟客都知道，何伯的涼茶鋪有兩條規矩：一是不賒賬，二是小孩子只能喝半碗。問他為甚麼，他說廿四味太苦，細路仔喝多了會怕，以後就不肯再來了。說完又從抽屜裡摸出幾顆陳皮梅，分給站在門口的孩子。
隨著漁業式微，村裡出海的人越來越少，涼茶鋪的客人也從漁民變成了行山客和遊客。有人建議何伯把涼茶裝瓶出售，他搖搖頭：「涼茶要趁熱飲，裝進樽裡就不是那個味道了。」
去年，本館為何伯的涼茶製作過程做了完整的影像記錄，並整理了他口述的藥材知識。何伯看過片子之後只說了一句：「原來我煲了一世茶，就是這個樣子。」鋪子裡的銅煲還在灶上冒著熱氣，碼頭邊的老人們照舊每天清早來喝上一碗，再慢慢走回家去。
''')


def nw_article(rng, name, aid, header_cs, title, cat, byline, author, shown, date, blocks, tags):
    body = []
    paras = []
    for b in blocks:
        if b[0] == 'img':
            body.append('<figure class="ich-figure"><img src="/media/article/%d/%s" alt="%s" loading="lazy">'
                        '<figcaption>%s</figcaption></figure>' % (aid, b[1], esc(b[2][4:]), esc(b[2])))
            paras.append(b[2])
        else:
            body.append('<p>%s</p>' % esc(b[1]))
            paras.append(b[1])
    heads = titles(rng, SUBJ_NW, ACT_NW, 6)
    inner = ('<article class="post"><header><span class="cat"><a href="%s/zh-hk/category/%d">%s</a></span>'
             '<h1 class="post-title">%s</h1><div class="meta"><span class="byline">%s</span> <time datetime="%s">%s</time>'
             ' <span class="views">瀏覽次數：%d</span></div></header>'
             '<div class="share"><span>分享：</span><a href="https://www.facebook.com/sharer/sharer.php?u=%s/zh-hk/article/%d">'
             'Facebook</a> <a href="https://api.whatsapp.com/send?text=%s">WhatsApp</a> <a href="javascript:;" '
             'class="copy-link">複製連結</a> <a href="javascript:window.print()">列印</a></div>'
             '<div class="post-body">%s</div>'
             '<div class="post-tags">標籤：%s</div>'
             '<div class="post-note">本文版權屬南灣非物質文化遺產資料館所有，轉載請註明出處。</div>'
             '<nav class="post-nav"><a href="%s/zh-hk/article/%d" class="prev">&laquo; 上一篇：%s</a>'
             '<a href="%s/zh-hk/article/%d" class="next">下一篇：%s &raquo;</a></nav>'
             '<section class="related"><h3>相關文章</h3><ul>%s</ul></section></article>'
             % (NW_HOST, 14, cat, esc(title), byline, date, shown, rng.randint(300, 4000), NW_HOST, aid, NW_HOST,
                ''.join(body), ' '.join('<a href="%s/zh-hk/tag/%d">%s</a>' % (NW_HOST, 40 + i, t) for i, t in enumerate(tags)),
                NW_HOST, aid - 1, heads[0], NW_HOST, aid + 1, heads[1],
                ''.join('<li><a href="%s/zh-hk/article/%d"><img src="/media/thumb/%d.jpg" alt="">%s</a></li>'
                        % (NW_HOST, 1900 + i, 800 + i, h) for i, h in enumerate(heads[2:]))))
    crumbs = [('/zh-hk/', '首頁'), ('/zh-hk/4', '專題文章'), ('/zh-hk/category/14', cat), ('', title)]
    page = nw_shell(title, inner, rng, crumbs)
    emit(name, NW_HOST + '/zh-hk/article/%d' % aid, header_cs, 'big5', page, title=title, author=author,
         date=date, shown=shown, paras=paras)


def site_nanwanfeiyi():
    rng = random.Random(9303)
    nw_article(rng, 'r-nanwanfeiyi-1', 2187, 'big5', '竹篾燈籠：一根竹子的九十九道工序', '傳統手工藝',
               '文／梁靜宜　攝影／羅子健', '梁靜宜', '2022年09月18日', '2022-09-18', NW_DENG, ['竹紮', '燈籠', '手工藝'])
    nw_article(rng, 'r-nanwanfeiyi-2', 2040, '', '圍村盆菜的記憶', '飲食文化', '作者：鄧國樑', '鄧國樑',
               '2021-02-11', '2021-02-11', [('p', x) for x in NW_PENCAI], ['傳統飲食', '圍村', '節慶'])
    nw_article(rng, 'r-nanwanfeiyi-3', 2265, 'big5', '漁村涼茶鋪的最後一位師傅', '傳統醫藥', '本館研究部', '',
               '2023/06/02', '2023-06-02', [('p', x) for x in NW_LIANGCHA], ['涼茶', '漁村', '口述歷史'])

    # tag page (listing)
    entries = [('圍村盆菜的記憶', '2021-02-11', '每年農曆新年前後，村裡的祠堂門口就會擺出幾十張圓桌……'),
               ('漁村涼茶鋪的最後一位師傅', '2023-06-02', '在南灣東涌漁村的碼頭旁邊，有一間沒有招牌的涼茶鋪……')]
    heads = titles(rng, SUBJ_NW, ACT_NW, 10)
    entries += [(h, '20%d-%02d-%02d' % (rng.randint(19, 23), rng.randint(1, 12), rng.randint(1, 28)),
                 h + '，本館整理了相關的文字與影像資料……') for h in heads]
    inner = ('<h1 class="page-title">標籤：傳統飲食</h1><p class="count">共 %d 篇文章</p><ul class="post-list">' % len(entries)
             + ''.join('<li><a href="%s/zh-hk/article/%d"><img src="/media/thumb/%d.jpg" alt=""><h2>%s</h2></a>'
                       '<time>%s</time><p>%s</p></li>' % (NW_HOST, 2000 + i * 11, 900 + i, t, d, s)
                       for i, (t, d, s) in enumerate(entries)) +
             '</ul><div class="pagination"><span class="current">1</span> <a href="%s/zh-hk/tag/40?page=2">2</a> '
             '<a href="%s/zh-hk/tag/40?page=2">下一頁 &rsaquo;</a></div>' % (NW_HOST, NW_HOST))
    emit('r-nanwanfeiyi-4', NW_HOST + '/zh-hk/tag/40', 'big5', 'big5',
         nw_shell('標籤：傳統飲食', inner, rng, [('/zh-hk/', '首頁'), ('', '標籤：傳統飲食')]), kind='listing')


# ================================================================ site 4: 聚里吧 (Tieba-like forum, UTF-8)
JL_HOST = 'https://jl.julibar.com'
JL_USERS = ['钢城小卒', '北岭老焦', '炉前一只猫', 'x丶风起', '焦化二代', '路过看看123', '北岭子弟', '老钳工王',
            '安平土著', '檐下听雨', '不吃香菜的阿凯', '槐树街七号', 'momo要努力', '南城旧事', '吧务小秘书']
JL_HOT = ['有没有北岭钢厂的子弟，出来聊聊', '厂区老澡堂要拆了，最后去洗一次', '求助：退休工龄认定怎么查档案',
          '晒晒我爸当年的劳模奖状', '安平一中今年录取分数线出来了', '老火车站那家牛肉面还开着吗',
          '钢厂集团今年招聘什么时候开始', '当年技校的同学还有联系的吗', '槐树街拆迁补偿标准有人知道吗',
          '周末去北山徒步，有一起的吗', '厂医院改成社区医院了', '八十年代的厂报谁家还留着', '老家属区装电梯了',
          '新开的商场停车怎么收费', '谁还记得厂里的露天电影']


def jl_shell(title, inner, rng, bar, pdata, right_extra=''):
    hot = ''.join('<li><span class="rank">%d</span><a href="%s/p/%d" title="%s">%s</a><em>%d</em></li>'
                  % (i + 1, JL_HOST, 8800000000 + i * 7919, t, t, rng.randint(2000, 90000))
                  for i, t in enumerate(JL_HOT))
    bars = ['北岭钢厂吧', '安平吧', '钢铁吧', '国企吧', '退休吧', '焦化吧', '技校吧', '老照片吧', '安平一中吧', '怀旧吧']
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="UTF-8">\n<title>%s【%s】_聚里吧</title>\n'
            '<meta name="keywords" content="%s,%s">\n<link rel="stylesheet" href="//static.julibar.com/css/pb.css">\n'
            '<script>var PageData = %s;</script>\n</head>\n<body>\n'
            '<div class="u_menu"><a href="%s/">聚里吧首页</a> <a href="%s/f/index/forumclass">进吧</a> '
            '<a href="%s/i/msg">消息<span class="num">3</span></a> <a href="%s/home/main">我的i贴吧</a> '
            '<a href="%s/app">下载客户端</a> <a href="%s/passport/login">登录</a> <a href="%s/passport/reg">注册</a></div>\n'
            '<div class="search_top"><a href="%s/" class="logo"><img src="//static.julibar.com/img/logo.png" alt="聚里吧"></a>'
            '<form action="%s/f/search/res"><input name="qw"><button>进入吧</button><button name="act" value="all">全吧搜索</button>'
            '</form></div>\n<div class="card_head"><img src="//img.julibar.com/forum/%s.jpg" alt=""><a href="%s/f?kw=%s" '
            'class="card_title">%s</a><a href="javascript:;" class="focus_btn">+关注</a><span>关注：<em>%d</em></span>'
            '<span>贴子：<em>%d</em></span></div>\n'
            '<ul class="nav_list"><li><a href="%s/f?kw=%s">看贴</a></li><li><a href="%s/f?kw=%s&tab=album">图片</a></li>'
            '<li><a href="%s/f?kw=%s&tab=good">精品</a></li><li><a href="%s/f?kw=%s&tab=video">视频</a></li>'
            '<li><a href="%s/bawu2?kw=%s">吧务</a></li></ul>\n'
            '<div class="content_wrap"><div class="left_section">%s</div>\n'
            '<div class="right_section"><div class="region"><h4>%s 吧务团队</h4><ul><li><a href="%s/home/main?un=%s">%s</a> 吧主'
            '</li><li><a href="%s/home/main?un=x">北岭子弟</a> 小吧主</li></ul></div>%s'
            '<div class="region"><h4>聚里吧热议榜</h4><ol>%s</ol></div>'
            '<div class="region app"><img src="//static.julibar.com/img/app_qr.png" alt=""><p>扫二维码下载聚里吧客户端</p>'
            '<p><a href="/app/ios">iPhone版</a> <a href="/app/android">Android版</a></p></div>'
            '<div class="region"><h4>相关的吧</h4><ul>%s</ul></div>'
            '<div class="region ad"><a href="%s/ad/click?id=5521"><img src="//img.julibar.com/ad/5521.jpg" alt="广告"></a>'
            '<span>广告</span></div></div></div>\n'
            '<div class="footer">&copy;2024 Julibar <a href="%s/about">关于聚里吧</a> <a href="%s/protocol">使用协议</a> '
            '<a href="%s/privacy">隐私政策</a> <a href="%s/help">帮助中心</a> <a href="%s/report">违规信息举报</a> '
            '京ICP证071203号 京网文〔2022〕0917-031号</div>\n'
            '<script src="//static.julibar.com/js/pb.js"></script>\n</body>\n</html>\n'
            % (esc(title), bar, bar, title, pdata, JL_HOST, JL_HOST, JL_HOST, JL_HOST, JL_HOST, JL_HOST, JL_HOST,
               JL_HOST, JL_HOST, bar, JL_HOST, bar, bar + '吧', rng.randint(3000, 90000), rng.randint(50000, 900000),
               JL_HOST, bar, JL_HOST, bar, JL_HOST, bar, JL_HOST, bar, JL_HOST, bar, inner, bar, JL_HOST, '钢城小卒', '钢城小卒',
               JL_HOST, right_extra, hot, ''.join('<li><a href="%s/f?kw=%s">%s</a></li>' % (JL_HOST, b[:-1], b) for b in bars),
               JL_HOST, JL_HOST, JL_HOST, JL_HOST, JL_HOST, JL_HOST))


def jl_floor(user, level, no, time, paras, op, lzl, client='来自Android客户端'):
    content = '<br>'.join(esc(p) for p in paras) if op else esc(paras[0])
    lz = ''
    if lzl:
        lz = '<div class="lzl_wrap"><ul>' + ''.join(
            '<li class="lzl_single_post"><a href="%s/home/main?un=%s" class="lzl_p_p"><img src="//img.julibar.com/u/%d.jpg" '
            'alt=""></a><div class="lzl_cnt"><a href="%s/home/main?un=%s" class="j_user_card">%s</a>:<span class="lzl_content_main">'
            '%s</span><div class="lzl_content_reply"><span class="lzl_time">%s</span><a href="#">回复</a></div></div></li>'
            % (JL_HOST, u, abs(len(u) * 97), JL_HOST, u, u, esc(t), tm) for u, t, tm in lzl) + \
            '</ul><div class="lzl_more">还有%d条回复，<a href="#">点击查看</a></div><a href="#" class="lzl_link">我也说一句</a></div>' % (len(lzl) + 2)
    badge = '<span class="louzhubiaoshi">楼主</span>' if op else ''
    return ('<div class="l_post j_l_post" data-field=\'{"author":{"user_name":"%s"},"content":{"post_no":%d}}\'>'
            '<div class="d_author"><div class="icon"><img src="//img.julibar.com/portrait/%s.jpg" alt="%s"></div>%s'
            '<ul class="p_author"><li class="d_name"><a href="%s/home/main?un=%s" class="p_author_name">%s</a></li>'
            '<li class="l_badge"><span class="d_badge_title">%s</span><span class="d_badge_lv">%d</span></li></ul></div>'
            '<div class="d_post_content_main"><div class="d_post_content j_d_post_content">%s</div>'
            '<div class="core_reply_tail"><span class="tail-info">%s</span><span class="tail-info">%d楼</span>'
            '<span class="tail-info">%s</span><a href="#" class="lzl_link_unfold">回复</a></div>%s</div></div>\n'
            % (user, no, abs(hash_s(user)), user, badge, JL_HOST, user, user, '钢铁侠' if level > 9 else '初级粉丝',
               level, content, client, no, time, lz))


def hash_s(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000003
    return h


JL_F1 = P('''
先说一句，这帖子是写给自己看的，也写给当年一起在焦化车间干过活的老伙计们。字多，看不下去的可以直接划走。
1988年我技校毕业，分到北岭钢铁厂焦化车间，那年十九岁。报到那天下着小雨，我背着铺盖卷从厂门口走到车间，走了四十分钟。厂子大得吓人，光是铁路专用线就有好几条，火车拉着煤一列一列地进来。
焦炉上的活又脏又热。夏天炉顶的温度有六七十度，穿着胶鞋站一会儿鞋底就软了。师傅教我的第一件事不是怎么干活，而是怎么看风向，“站在上风口，别让煤气把你熏倒了”。那时候车间里的老工人都是从五十年代干过来的，说话嗓门大，喝酒厉害，但手把手教徒弟的时候一点不含糊。
''')
JL_F2 = P('''
九十年代中期，厂里的日子开始不好过。钢材卖不出去，工资从按月发变成两三个月发一次。车间里有人停薪留职去南方，也有人在厂门口摆摊卖烟卖水果。我媳妇在厂幼儿园当老师，那几年我们家最大的开销是孩子的奶粉，账本上记得密密麻麻。
1998年厂里搞减员增效，我们车间要分流三分之一的人。名单公布的前一天晚上，班长请我们几个喝酒，喝到一半他哭了，说名单上有他自己。第二天他笑着把工具箱交给我，说：“小焦，以后这一摊子就是你的了。”
那几年是真难。可说句实话，也正是那几年，厂里开始下决心淘汰老焦炉，上干熄焦，搞余热发电。我们这帮留下来的人，白天上班，晚上去夜校学自动化，四十岁的人跟二十岁的小年轻坐在一个教室里考试。
''')
JL_F3 = P('''
2010年以后，北岭钢铁和省里另外两家钢厂重组，成了集团的一个子公司。老焦炉全部拆了，新炉子是全封闭的，控制室里一排电脑屏幕，年轻人坐在空调房里就能把整个流程看得清清楚楚。我当了八年的车间主任，前年退下来。
退休那天，我一个人在老焦炉的旧址上转了一圈。那里现在是一片草坪，立着一块石碑，写着“焦化车间旧址”。碑后面种了一排银杏，秋天黄得好看。我想起我师傅，想起那个哭着交工具箱的班长，想起那些年一起在炉顶上流汗的人。
有人说国企改革是一代人的牺牲，也有人说是一代人的新生。我觉得都对，也都不全对。对我们这些人来说，它就是过日子，一天一天过过来的。写到这里吧，谢谢愿意看完的吧友。
''')
JL_JIE = P('''
听说槐树街月底就要拆了，今天下班特意绕过去走了一趟。
槐树街不长，从头走到尾也就三百来步。街两边是两层的老木楼，楼下开铺子，楼上住人。我小时候住在街尾的二十七号，隔壁是修钟表的王爷爷，对门是卖糖画的刘奶奶。夏天傍晚，家家户户把竹床搬到街上，大人摇着蒲扇聊天，小孩在竹床之间钻来钻去，一直闹到月亮升得老高。
今天去的时候，大半的门已经贴上了封条，有几户的窗户被拆掉了，黑洞洞的。王爷爷的钟表铺早就关了，门楣上还挂着半块“修理钟表”的牌子。只有街口的杂货铺还开着，老板娘坐在门口剥毛豆，说她也住不了几天了，新房子分在城东，离这里十几公里。
我在街口那棵老槐树下站了一会儿。树是街名的由来，据说有一百多年了，树干要两个大人才抱得过来。小时候我们在树下跳皮筋、拍画片，谁家孩子考上了大学，家里人就在树底下放一挂鞭炮。听说这棵树会保留下来，可树下的街没了，它一个人站在那里，不知道会不会孤单。
我知道城市总要往前走，老房子住着也确实不方便，漏雨、没有暖气、上厕所要去街口的公厕。可是想到以后再也不能带孩子来这里，告诉他爸爸小时候在哪棵树下捉过知了，心里还是空落落的。
走的时候拍了几张照片，放在下面吧。有在槐树街住过的吧友，出来说说话。
''')


def jl_thread(rng, name, tid, header_cs, bar, title, op, floors, pdate):
    pool = ['顶', '写得真实，支持', '马一下，回头细看', '看完心里挺不是滋味的', '我家也是这样过来的', '楼主文笔不错',
            '同是厂里子弟，握手', '已转给我爸看了', '这才是真正的好帖', '那时候的人是真能吃苦', '怀念', '收藏了',
            '想起了小时候', '希望多一些这样的帖子']
    last = floors[-1][2]
    extra = []
    for k in range(10):
        u = rng.choice([x for x in JL_USERS if x != op])
        extra.append((u, rng.randint(1, 12), last + 1 + k, '%s %02d:%02d' % (floors[-1][3].split()[0], rng.randint(14, 23),
                                                                       rng.randint(0, 59)),
                      [rng.choice(pool)], False, []))
    floors = list(floors) + extra
    posts = []
    for f in floors:
        posts.append(jl_floor(*f))
    pager = ('<div class="l_thread_info"><span>%d</span>回复贴，共<span>2</span>页 <a href="%s/p/%d?pn=2">2</a> '
             '<a href="%s/p/%d?pn=2">下一页</a> <a href="%s/p/%d?pn=2">尾页</a> 跳到 <input size="3"> 页 '
             '<button>确定</button></div>' % (rng.randint(40, 90), JL_HOST, tid, JL_HOST, tid, JL_HOST, tid))
    inner = ('<div class="core_title_wrap"><h3 class="core_title_txt" title="%s">%s</h3><ul class="core_title_btns">'
             '<li><a href="%s/p/%d?see_lz=1">只看楼主</a></li><li><a href="javascript:;">收藏</a></li>'
             '<li><a href="#editor">回复</a></li></ul></div>%s<div class="p_postlist">%s</div>%s'
             '<div class="editor" id="editor"><h4>发表回复</h4><div class="tb_rich_poster">'
             '<textarea placeholder="发帖请遵守聚里吧协议及“七条底线”"></textarea><button>发 表</button></div></div>'
             % (esc(title), esc(title), JL_HOST, tid, pager, ''.join(posts), pager))
    pdata = '{"forum":{"name":"%s","id":%d},"thread":{"thread_id":%d,"title":"%s","author":"%s","reply_num":%d},' \
            '"user":{"is_login":0}}' % (bar, 2000 + len(bar), tid, title.replace('"', ''), op, rng.randint(40, 90))
    emit(name, JL_HOST + '/p/%d' % tid, header_cs, 'utf-8', jl_shell(title, inner, rng, bar, pdata),
         title=title, author=op, date=pdate[:10] if len(pdate.split()[0]) == 10 else norm_date(pdate),
         shown=pdate, paras=[p for f in floors if f[5] for p in f[4]])


def norm_date(s):
    y, m, d = re.match(r'(\d{4})\D(\d{1,2})\D(\d{1,2})', s).groups()
    return '%s-%02d-%02d' % (y, int(m), int(d))


def site_juliba():
    rng = random.Random(9404)
    op = '北岭老焦'
    floors = [
        (op, 11, 1, '2024-01-07 21:35', JL_F1, True,
         [('焦化二代', '前排，我爸也是焦化车间的', '2024-1-7 21:40'), ('x丶风起', '楼主继续，在听', '2024-1-7 21:52'),
          ('北岭老焦', '回复 焦化二代 :你爸叫啥，说不定我认识', '2024-1-7 21:58')]),
        (op, 11, 2, '2024-01-07 21:48', JL_F2, True,
         [('老钳工王', '98年那次我也在名单上，后来去了南方，一晃二十多年', '2024-1-7 22:15'),
          ('北岭子弟', '看得鼻子发酸', '2024-1-7 22:31')]),
        (op, 11, 3, '2024-01-07 22:06', JL_F3, True,
         [('炉前一只猫', '写得真好，建议加精', '2024-1-7 22:40'), ('钢城小卒', '已加精，感谢楼主分享', '2024-1-8 08:12')]),
        ('焦化二代', 7, 4, '2024-01-07 22:20', ['看完了，想起我爸每天下班身上那股煤焦油的味道。'], False, []),
        ('路过看看123', 3, 5, '2024-01-07 22:47', ['收藏了，慢慢看'], False, []),
        ('老钳工王', 9, 6, '2024-01-08 07:03', ['当年夜校的张老师还记得吗？教电工的那个，去年走了。'], False,
         [('北岭老焦', '记得，张老师人特别好，唉', '2024-1-8 07:30')]),
        ('北岭子弟', 12, 7, '2024-01-08 09:15', ['银杏那块地方我常去遛弯，原来以前是焦炉。'], False, []),
        ('x丶风起', 5, 8, '2024-01-08 12:44', ['顶一下，让更多人看到'], False, []),
        ('momo要努力', 2, 9, '2024-01-09 19:02', ['我是九零后，我爸也是那年分流的，谢谢楼主写出来。'], False, []),
    ]
    jl_thread(rng, 'r-juliba-1', 8867204513, 'utf-8', '北岭钢厂', '【原创】我在钢厂的三十年（长文慎入）', op, floors,
              '2024-01-07 21:35')

    op2 = '檐下听雨'
    floors2 = [
        (op2, 8, 1, '2023-8-19 22:10', JL_JIE, True,
         [('槐树街七号', '我家是七号！刘奶奶的糖画我吃了整个童年', '2023-8-19 22:31')]),
        ('安平土著', 10, 2, '2023-8-19 22:25', ['王爷爷修表的手艺是真好，我爸的上海表就是他修的。'], False, []),
        ('槐树街七号', 6, 3, '2023-8-19 22:33', ['照片呢？楼主快发'], False,
         [('檐下听雨', '图片在审核，稍等', '2023-8-19 22:40')]),
        ('南城旧事', 9, 4, '2023-8-20 08:02', ['城东那个安置小区我去看过，条件还行，就是远。'], False, []),
        ('不吃香菜的阿凯', 4, 5, '2023-8-20 10:18', ['上周刚去拍过，街口那棵槐树据说要保留。'], False, []),
        ('安平土著', 10, 6, '2023-8-20 13:45', ['城市发展是好事，但老街的记忆要有人记下来，支持楼主。'], False, []),
    ]
    jl_thread(rng, 'r-juliba-2', 8534177002, 'utf-8', '安平', '写给即将拆迁的槐树街', op2, floors2, '2023-8-19 22:10')

    # search results (listing)
    res = [('【原创】我在钢厂的三十年（长文慎入）', '北岭钢厂', '北岭老焦', '2024-01-07 21:35',
            '1988年我技校毕业，分到北岭钢铁厂焦化车间……九十年代中期，厂里的日子开始不好过……'),
           ('国企改制那几年，你家是怎么过来的', '国企', 'x丶风起', '2023-11-02 10:14', '想听听大家的故事，我家是02年买断的……'),
           ('有人知道北岭钢铁改制时的安置政策吗', '北岭钢厂', '焦化二代', '2023-06-15 16:40', '我爸说当年有三种选择，内退、买断和转岗……'),
           ('改制后第一批自主竞聘，我落选了', '钢铁', '老钳工王', '2022-12-28 09:33', '说说我的经历，给后来人提个醒……'),
           ('安平纺织厂改制老照片分享', '老照片', '南城旧事', '2022-09-03 20:21', '整理家里相册翻出来的，九十年代厂门口……'),
           ('国企改制后工龄怎么算？求懂的吧友', '退休', '路过看看123', '2022-05-11 11:05', '买断之后再交社保，之前的工龄还算吗……'),
           ('讨论：国企改革三年行动对普通职工有什么影响', '国企', '钢城小卒', '2021-10-19 14:27', '任期制契约化、混改……'),
           ('重组之后，厂里的年轻人越来越多了', '北岭钢厂', '北岭子弟', '2021-03-08 18:50', '今年又进来一批大学生……')]
    inner = ('<div class="s_nav">全吧搜索 <b>国企改制</b> 的结果：<span>共找到相关结果约 1,286 个</span> '
             '<a href="%s/f/search/res?qw=国企改制&sm=1">按时间倒序</a> <a href="%s/f/search/res?qw=国企改制&sm=2">按相关性</a>'
             '</div><div class="s_post_list">' % (JL_HOST, JL_HOST) + ''.join(
                 '<div class="s_post"><span class="p_title"><a href="%s/p/%d" class="bluelink"><em>%s</em></a></span>'
                 '<div class="p_content">%s</div>贴吧：<a href="%s/f?kw=%s" class="p_forum">%s</a> 作者：'
                 '<a href="%s/home/main?un=%s">%s</a> <font class="p_date">%s</font></div>'
                 % (JL_HOST, 8000000000 + i * 10007, esc(t), esc(s), JL_HOST, b, b, JL_HOST, a, a, d)
                 for i, (t, b, a, d, s) in enumerate(res)) +
             '</div><div class="pager">' + ' '.join('<a href="%s/f/search/res?qw=国企改制&pn=%d">%d</a>' % (JL_HOST, k, k)
                                                   for k in range(1, 11)) + ' <a href="#">下一页&gt;</a> <a href="#">尾页</a></div>')
    emit('r-juliba-3', JL_HOST + '/f/search/res?ie=utf-8&qw=%E5%9B%BD%E4%BC%81%E6%94%B9%E5%88%B6', '', 'utf-8',
         jl_shell('全吧搜索', inner, rng, '北岭钢厂', '{"search":{"qw":"国企改制","total":1286}}'), kind='listing')

    # forum front page: thread list (listing)
    threads = [('【吧规】北岭钢厂吧发帖须知（2024修订）', '钢城小卒', 12, True)] + [
        (t, rng.choice(JL_USERS), rng.randint(0, 300), False) for t in JL_HOT] + [
        ('【原创】我在钢厂的三十年（长文慎入）', '北岭老焦', 86, False), ('厂里那台老蒸汽机车还在吗', '北岭子弟', 23, False),
        ('焦化车间的老照片，认出自己的来', '焦化二代', 57, False), ('今天路过二号门，保安换成年轻人了', 'x丶风起', 9, False)]
    inner = ('<div class="thread_list_header"><a href="#">全部</a> <a href="#">精品</a> <a href="#">图片</a> '
             '<button>发帖</button></div><ul id="thread_list">' + ''.join(
                 '<li class="j_thread_list"><span class="threadlist_rep_num">%d</span>%s<a href="%s/p/%d" class="j_th_tit">%s</a>'
                 '<span class="tb_icon_author"><a href="%s/home/main?un=%s">%s</a></span>'
                 '<div class="threadlist_abs">%s</div><span class="threadlist_reply_date">%d:%02d</span></li>'
                 % (n, '<i class="icon-top">置顶</i>' if top else '', JL_HOST, 8700000000 + i * 4391, esc(t), JL_HOST, u, u,
                    esc(t[:8]) + '……', rng.randint(0, 23), rng.randint(0, 59))
                 for i, (t, u, n, top) in enumerate(threads)) +
             '</ul><div class="pagination">' + ' '.join('<a href="%s/f?kw=北岭钢厂&pn=%d">%d</a>' % (JL_HOST, k * 50, k + 1)
                                                      for k in range(10)) + ' <a href="#">下一页&gt;</a></div>')
    emit('r-juliba-4', JL_HOST + '/f?kw=%E5%8C%97%E5%B2%AD%E9%92%A2%E5%8E%82&ie=utf-8', 'utf-8', 'utf-8',
         jl_shell('北岭钢厂吧', inner, rng, '北岭钢厂', '{"forum":{"name":"北岭钢厂","id":2004}}',
                  '<div class="region"><h4>吧简介</h4><p>北岭钢厂职工、子弟和家属的交流园地。</p></div>'), kind='listing')


# ================================================================ site 5: 文苑阁 (SEO essay site, GB18030)
WY_HOST = 'https://www.wenyuange.net'
WY_CATS = ['散文精选', '抒情散文', '写景散文', '叙事散文', '哲理散文', '情感日志', '优美句子', '读后感', '作文大全',
           '诗歌', '随笔', '名家散文', '短篇小说', '心情日记', '经典语录']
WY_KEYS = ['故乡的散文', '写秋天的散文', '关于亲情的散文', '优美散文摘抄', '散文精选300字', '回忆童年的散文',
           '写景散文800字', '抒情散文欣赏', '关于奶奶的散文', '经典散文名篇', '描写乡村的散文', '高中散文阅读',
           '怀念亲人的散文', '散文随笔大全', '写树的散文']
WY_SUBJ = ['故乡', '秋天', '母亲', '童年', '老屋', '小巷', '月光', '雨夜', '炊烟', '山村', '父亲', '外婆', '春天', '江南',
           '落叶', '时光', '青春', '雪夜', '那条河', '旧书']
WY_SUFF = ['的记忆', '散文', '随想', '的味道', '（散文）', '印象', '的声音', '里的温暖', '小记', '之美']


def wy_page(rng, title, inner, keywords):
    sitemap_heads = titles(rng, WY_SUBJ, WY_SUFF, 160)
    nav = ''.join('<li><a href="%s/%s/">%s</a></li>' % (WY_HOST, 'c%02d' % i, c) for i, c in enumerate(WY_CATS))
    side_heads = titles(rng, WY_SUBJ, WY_SUFF, 36)
    side = ('<div class="sidebar"><div class="sbox"><h3>热门散文</h3><ul>' + ''.join(
        '<li><a href="%s/sanwen/%d.html">%s</a></li>' % (WY_HOST, 30000 + i * 13, h) for i, h in enumerate(side_heads[:12]))
        + '</ul></div><div class="sbox"><h3>最新文章</h3><ul>' + ''.join(
            '<li><a href="%s/sanwen/%d.html">%s</a><p>%s，作者用细腻的笔触写出了%s的点点滴滴……</p></li>'
            % (WY_HOST, 41000 + i * 3, h, h, h[:2]) for i, h in enumerate(side_heads[12:22])) +
        '</ul></div><div class="sbox"><h3>推荐专题</h3><ul>' + ''.join(
            '<li><a href="%s/zt/%d.html">%s</a></li>' % (WY_HOST, 200 + i, k + '专题') for i, k in enumerate(WY_KEYS[:8]))
        + '</ul></div><div class="sbox ad"><script>document.write(\'<a href="https://ad.wenyuange.net/go?id=33">'
        '<img src="https://ad.wenyuange.net/img/33.jpg"></a>\');</script></div></div>')
    seo = ('<div class="seo-tags"><b>相关搜索：</b>' + ' '.join(
        '<a href="%s/tag/%d.html" target="_blank">%s</a>' % (WY_HOST, 500 + i, k) for i, k in enumerate(keywords)) + '</div>')
    smap_cols = ''.join('<dl><dt><a href="%s/%s/">%s</a></dt>%s</dl>' % (
        WY_HOST, 'c%02d' % i, c, ''.join('<dd><a href="%s/sanwen/%d.html">%s</a></dd>' % (WY_HOST, 10000 + i * 400 + j, h)
                                         for j, h in enumerate(sitemap_heads[i * 10:i * 10 + 10])))
        for i, c in enumerate(WY_CATS[:14])) + '<dl><dt>热门标签</dt>' + ''.join(
        '<dd><a href="%s/tag/%d.html">%s</a></dd>' % (WY_HOST, 500 + i, k) for i, k in enumerate(WY_KEYS)) + '</dl>' + \
        '<dl><dt>专题</dt>' + ''.join('<dd><a href="%s/zt/%d.html">%s</a></dd>' % (WY_HOST, 300 + j, h + '专题')
                                     for j, h in enumerate(sitemap_heads[140:160])) + '</dl>'
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=gb18030">\n'
            '<title>%s_%s_散文精选_文苑阁</title>\n<meta name="keywords" content="%s">\n'
            '<meta name="description" content="%s。文苑阁为您提供优美散文、经典散文、散文精选欣赏。">\n'
            '<meta name="mobile-agent" content="format=html5;url=https://m.wenyuange.net/">\n'
            '<link href="%s/static/style.css" rel="stylesheet">\n'
            '<script>var _hmt=_hmt||[];var cnzz_protocol=("https:"==document.location.protocol)?"https://":"http://";</script>\n'
            '</head>\n<body>\n<div class="top"><span>文苑阁 - 优美散文欣赏网</span> <a href="%s/">首页</a> '
            '<a href="https://m.wenyuange.net/">手机版</a> <a href="%s/tougao/">投稿</a> <a href="%s/login.php">登录</a></div>\n'
            '<div class="header"><a href="%s/" class="logo"><img src="%s/static/logo.gif" alt="文苑阁"></a>'
            '<form action="%s/search.php"><input name="q" placeholder="输入关键词搜索散文"><button>搜索</button></form></div>\n'
            '<div class="nav"><ul>%s</ul></div>\n<div class="wrap"><div class="main">%s%s</div>%s</div>\n'
            '<div class="sitemap"><h3>网站地图</h3>%s</div>\n'
            '<div class="footer"><p><a href="%s/about.html">关于本站</a> | <a href="%s/contact.html">联系我们</a> | '
            '<a href="%s/mianze.html">免责声明</a> | <a href="%s/sitemap.xml">网站地图</a> | <a href="%s/rss.xml">RSS</a></p>'
            '<p>本站部分文章来源于网络，版权归原作者所有，如有侵权请联系删除。</p>'
            '<p>Copyright &copy; 2014-2023 文苑阁 wenyuange.net 版权所有 <a href="https://beian.miit.gov.cn/">粤ICP备15082233号-2</a></p>'
            '</div>\n<script src="https://s4.cnzz.com/z_stat.php?id=1279812&web_id=1279812"></script>\n</body>\n</html>\n'
            % (esc(title), keywords[0], ','.join(keywords[:5]), esc(title), WY_HOST, WY_HOST, WY_HOST, WY_HOST, WY_HOST,
               WY_HOST, WY_HOST, nav, inner, seo, side, smap_cols, WY_HOST, WY_HOST, WY_HOST, WY_HOST, WY_HOST))


WY_SHI = P('''
老家的院子里有一棵柿子树，是爷爷年轻时栽下的。每到深秋，叶子落尽，满树的柿子红得像一盏盏小灯笼，远远就能看见。
小时候，我总盼着柿子快点熟。奶奶却不让摘，说要等下过霜才甜。霜降那天一早，她搬来梯子，用一根绑着网兜的长竹竿，一个一个把柿子够下来，放在窗台上排成一排。熟透的柿子软得像一包蜜，轻轻撕开一个小口，就能吸出甜甜的汁水来，常常弄得满手满脸都是。
树顶上总要留几个不摘。奶奶说，那是留给过冬的鸟儿的。冬天下雪的时候，常有几只喜鹊落在枝头，啄着冻硬的柿子，叫声清脆。奶奶说，做人也要这样，好东西不能一个人占尽。
后来我到城里读书、工作，很少回家。前年爷爷奶奶相继去世，老屋空了下来。今年秋天回去，那棵柿子树依旧挂满了果子，没人摘，熟透了就掉在地上。我摘了几个带回城里，放在窗台上，看着它们一天天变软，好像又看见奶奶站在梯子上的样子。
''')
WY_DENG = P('''
读中学的时候，家里还没有通电，晚上写作业靠的是一盏煤油灯。灯罩是玻璃的，用久了会熏黑，母亲每天傍晚都要拿旧报纸仔细擦一遍。擦干净的灯罩透亮透亮的，像一只盛着光的瓶子。
煤油贵，母亲总是把灯芯捻得很小，火苗只有黄豆那么大。我趴在桌上写字，鼻尖几乎要碰到纸面。冬天屋里冷，母亲就坐在我旁边纳鞋底，时不时伸手把灯芯往上拨一拨，说：“别把眼睛熬坏了。”
后来村里通了电，煤油灯被收进了柜子。再后来我考上大学，在图书馆明亮的日光灯下读了很多书，却再也没有那样专心过。图书馆里的灯太亮了，亮得让人觉得时间很多，可以慢慢来；而那盏煤油灯下的每一个字，都是母亲省下来的。
去年整理老屋，我在柜子深处找到了那盏灯，灯罩上还留着一圈淡淡的黑印。我把它带回城里，摆在书架上。夜里读书读累了，抬头看一眼，就觉得心里安静了许多，仿佛母亲还坐在灯旁。
''')
WY_SHIJIE = P('''
我住的这座小城依山而建，城里的路一半是石阶。从江边的码头到山顶的老城门，一共有三百六十八级，本地人叫它“一年梯”。
石阶是用青石板铺的，年头久了，中间被踩出一道浅浅的凹槽，下雨天积着水，映着两旁人家的屋檐。清早有挑着担子的菜农一步一步往上走，扁担吱呀作响；傍晚放学的孩子从上面一路蹦跳着下来，书包在背后一颠一颠。雨后的石阶最好看，青石板被洗得发亮，缝里长出细细的青苔。
石阶两旁开着许多小店，卖凉粉的、补鞋的、理发的，门面都不大，一家挨着一家。店主们坐在门口的竹椅上，跟过往的熟人打招呼，一天下来，整条街的人差不多都认识。谁家娶媳妇，谁家添了孙子，不出半天，石阶上下就都知道了。
这几年城里修了盘山公路，也通了公交，走石阶的人少了。可我还是喜欢走，一级一级往上爬，累了就停下来回头看看江水，看看对岸的山，觉得日子也像这石阶，慢慢走，总能走到头。
''')


def wy_article(rng, name, aid, header_cs, title, cat, byline, author, shown, date, paras, keys):
    prev_next = titles(rng, WY_SUBJ, WY_SUFF, 10)
    inner = ('<div class="place">当前位置：<a href="%s/">文苑阁</a> &gt; <a href="%s/c00/">散文精选</a> &gt; '
             '<a href="%s/c02/">%s</a> &gt; 正文</div>'
             '<div class="article"><h1>%s</h1><div class="info">%s　发布时间：%s　阅读：<span id="hits">%d</span>次　'
             '<a href="javascript:;" onclick="addfav()">收藏本文</a></div>'
             '<div class="adbox"><script>ads("art_top");</script></div>'
             '<div class="abstract"><b>导读：</b>%s……</div>'
             '<div class="content">%s</div>'
             '<div class="adbox"><script>ads("art_bottom");</script></div>'
             '<div class="statement">本文标题：%s，本文链接：%s/sanwen/%d.html，转载请注明出处。</div>'
             '<div class="prenext"><p>上一篇：<a href="%s/sanwen/%d.html">%s</a></p><p>下一篇：<a href="%s/sanwen/%d.html">%s</a></p></div>'
             '<div class="xgwz"><h3>相关文章</h3><ul>%s</ul></div></div>'
             % (WY_HOST, WY_HOST, WY_HOST, cat, esc(title), byline, shown, rng.randint(1000, 30000), esc(paras[0][:40]),
                ''.join('<p>%s</p>' % esc(p) for p in paras), esc(title), WY_HOST, aid, WY_HOST, aid - 1, prev_next[0],
                WY_HOST, aid + 1, prev_next[1], ''.join('<li><a href="%s/sanwen/%d.html">%s</a></li>'
                                                        % (WY_HOST, aid - 50 + i * 11, h) for i, h in enumerate(prev_next[2:]))))
    emit(name, WY_HOST + '/sanwen/%d.html' % aid, header_cs, 'gb18030', wy_page(rng, title, inner, keys),
         title=title, author=author, date=date, shown=shown, paras=paras)


def site_wenyuange():
    rng = random.Random(9505)
    k1 = ['故乡的柿子树', '柿子树散文', '写柿子的散文', '关于奶奶的散文', '故乡的散文', '写秋天的散文', '霜降散文',
          '怀念亲人的散文', '散文精选300字', '优美散文摘抄', '回忆童年的散文', '描写乡村的散文']
    wy_article(rng, 'r-wenyuange-1', 46218, 'gb18030', '故乡的柿子树', '抒情散文', '作者：林晚秋', '林晚秋',
               '2021-10-26', '2021-10-26', WY_SHI, k1)
    k2 = ['煤油灯散文', '夜读的灯', '关于母亲的散文', '母爱散文', '回忆童年的散文', '关于读书的散文', '经典散文名篇',
          '散文精选300字', '怀念亲人的散文', '高中散文阅读', '抒情散文欣赏']
    wy_article(rng, 'r-wenyuange-2', 47790, '', '夜读的灯', '叙事散文', '来源：网络整理', '',
               '2022-03-14 15:02:33', '2022-03-14', WY_DENG, k2)
    k3 = ['山城的石阶', '写景散文', '写景散文800字', '小城散文', '描写家乡的散文', '关于石阶的散文', '优美散文摘抄',
          '散文随笔大全', '故乡的散文', '经典散文名篇', '描写小巷的散文']
    wy_article(rng, 'r-wenyuange-3', 44351, 'gb18030', '山城的石阶', '写景散文', '作者：周远帆', '周远帆',
               '2020-08-05', '2020-08-05', WY_SHIJIE, k3)

    # author column archive (listing)
    arts = [('故乡的柿子树', '2021-10-26'), ('外婆的腌菜坛', '2021-08-12'), ('秋夜听雨', '2021-06-30'),
            ('老屋后面的那条河', '2021-03-18'), ('童年的露天电影', '2020-12-05'), ('写给十年后的自己', '2020-09-21'),
            ('落叶的声音', '2020-07-14'), ('奶奶的针线筐', '2020-04-02'), ('江南的雨', '2019-11-26'), ('小巷里的早点铺', '2019-08-09')]
    inner = ('<div class="place">当前位置：<a href="%s/">文苑阁</a> &gt; <a href="%s/zuojia/">作家专栏</a> &gt; 林晚秋</div>'
             '<div class="author-card"><img src="%s/uploads/avatar/lwq.jpg" alt="林晚秋"><h1>林晚秋的专栏</h1>'
             '<p>本站签约作者，已发表文章 %d 篇。</p></div><ul class="artlist">' % (WY_HOST, WY_HOST, WY_HOST, len(arts)) + ''.join(
                 '<li><a href="%s/sanwen/%d.html">%s</a><span>%s</span><p>%s……</p></li>'
                 % (WY_HOST, 46218 - i * 173, t, d, t + '，是林晚秋写于' + d[:4] + '年的一篇散文') for i, (t, d) in enumerate(arts))
             + '</ul><div class="pages"><span>1</span> <a href="%s/zuojia/lwq_2.html">2</a> <a href="%s/zuojia/lwq_2.html">'
             '下一页</a></div>' % (WY_HOST, WY_HOST))
    emit('r-wenyuange-4', WY_HOST + '/zuojia/lwq.html', '', 'gb18030',
         wy_page(rng, '林晚秋的专栏', inner, ['林晚秋散文', '林晚秋作品集'] + WY_KEYS[:9]), kind='listing')


# ================================================================ site 6: 金川航运 (SOE WeChat-style H5, static)
JC_HOST = 'https://h5.jinchuanshipping.com'


def jc_page(rng, title, inner, art_id, extra_json):
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0">\n'
            '<meta property="og:title" content="%s">\n<meta property="og:site_name" content="金川航运">\n'
            '<title>%s</title>\n<style>body{margin:0;background:#f5f5f5}#js_content section{line-height:1.75;'
            'font-size:15px;color:#333}.rich_media_area_primary{max-width:677px;margin:0 auto;background:#fff;padding:20px 16px}'
            '.sec-title img{width:100%%}</style>\n'
            '<script>var msg_title="%s";var biz="MzI4NTc3OTAxNQ==";var mid="%d";var idx="1";'
            'window.__INITIAL_DATA__=%s;</script>\n</head>\n<body id="activity-detail" class="zh_CN">\n'
            '<div class="rich_media_area_primary"><div class="rich_media_content">%s</div></div>\n'
            '<div class="qr_code_pc"><img src="/static/img/qrcode.jpg" alt=""><p>微信扫一扫<br>关注该公众号</p></div>\n'
            '<script src="/static/js/h5.min.js"></script>\n</body>\n</html>\n'
            % (esc(title), esc(title), title, 2247480000 + art_id, extra_json, inner))


def jc_recommend(rng, exclude):
    pool = ['改革三年，码头换了模样', '一位老船长的航海日志', '江心岛上的支教日子', '集团召开2023年年中工作会议',
            '“金川号”完成首航', '东港区自动化堆场投用一周年', '青年突击队：台风来临前的二十四小时',
            '集团与三所高校签订校企合作协议', '一图读懂集团“十四五”发展规划', '劳模工作室里的“金点子”',
            '航运安全月｜这些知识要记牢', '集团职工书画摄影作品展开展', '西港区党支部开展主题党日活动',
            '我们的节日·端午｜码头上的粽子香', '新船员入职培训纪实']
    items = [t for t in pool if t != exclude]
    return ('<section class="recommend"><h3>往期推荐</h3>' + ''.join(
        '<section class="rec-item"><a href="%s/s/%s.html"><img src="/static/upload/cover/%d.jpg" alt="">'
        '<span>%s</span></a></section>' % (JC_HOST, 'a%04d' % (3000 + i * 17), 600 + i, esc(t))
        for i, t in enumerate(items[:8])) + '</section>')


def jc_comments(rng):
    cs = [('海风', '为老港点赞！'), ('东港小李', '智慧调度中心确实厉害，去年去参观过。'), ('江上行', '老船长的日志太珍贵了'),
          ('水手之家', '支持青年志愿者，江心岛的孩子们加油'), ('金川人', '身为金川航运的一员，很自豪'),
          ('西港调度', '一目了然，说得太对了'), ('晚潮', '希望多推送这样有温度的文章')]
    pick = rng.sample(cs, 5)
    return ('<div class="discuss"><h3>精选留言</h3><ul>' + ''.join(
        '<li class="discuss_item"><div class="user_info"><img src="/static/img/avatar%d.png" alt=""><strong class="nickname">%s'
        '</strong><span class="discuss_like"><i class="icon_praise"></i><em>%d</em></span></div>'
        '<div class="discuss_message"><div class="discuss_message_content">%s</div></div>'
        '<div class="discuss_extra_info">%s</div></li>' % (i, n, rng.randint(1, 60), esc(t), '%d天前' % rng.randint(1, 9))
        for i, (n, t) in enumerate(pick)) + '</ul><p class="discuss_more">以上留言由公众号筛选后显示</p></div>')


def jc_menu():
    menu = [('走进金川', ['集团简介', '组织架构', '发展历程', '企业文化']), ('新闻中心', ['集团要闻', '基层动态', '媒体聚焦', '视频']),
            ('服务指南', ['船期查询', '港口费率', '在线客服', '联系我们'])]
    return ('<div class="profile_card"><img src="/static/img/logo.png" alt=""><strong>金川航运</strong>'
            '<p>金川航运集团有限公司官方公众号，发布集团新闻和企业文化资讯。</p></div>'
            '<nav class="h5-menu"><ul>' + ''.join(
                '<li><span>%s</span><ul>%s</ul></li>' % (g, ''.join('<li><a href="%s/m/%d%d.html">%s</a></li>'
                                                                   % (JC_HOST, i, j, x) for j, x in enumerate(xs)))
                for i, (g, xs) in enumerate(menu)) + '</ul></nav>')


def jc_article(rng, name, aid, header_cs, title, byline, author, shown, date, blocks):
    body, paras = [], []
    for b in blocks:
        if b[0] == 'h':
            body.append('<section class="sec-title" style="text-align:center;margin:24px 0 12px">'
                        '<img data-src="/static/upload/%d/h%d.png" src="/static/upload/%d/h%d.png" alt="%s" '
                        'style="width:100%%"></section>' % (aid, len(body), aid, len(body), esc(b[1])))
        elif b[0] == 'img':
            body.append('<section style="text-align:center"><img src="/static/upload/%d/p%d.jpg" alt="图片" '
                        'style="width:100%%"></section>' % (aid, len(body)))
        else:
            body.append('<section style="margin-bottom:16px;text-align:justify"><span style="font-size:15px;'
                        'letter-spacing:1px">%s</span></section>' % esc(b[1]))
            paras.append(b[1])
    inner = ('<h1 class="rich_media_title" id="activity-name">%s</h1>'
             '<div class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">%s</span> '
             '<span class="rich_media_meta rich_media_meta_nickname"><a href="javascript:void(0);" id="js_name">金川航运</a>'
             '</span> <em id="publish_time" class="rich_media_meta rich_media_meta_text">%s</em></div>'
             '<div class="rich_media_content" id="js_content"><section style="text-align:center">'
             '<img src="/static/img/banner_top.gif" alt=""></section>%s'
             '<section style="text-align:center;margin-top:30px"><img src="/static/img/end.png" alt=""></section>'
             '<section class="editor-note" style="font-size:12px;color:#888"><p>来源：金川航运集团</p>'
             '<p>编辑：刘思敏　审核：郑国华</p></section>%s'
             '<section class="follow" style="text-align:center"><img src="/static/img/qrcode.jpg" alt="二维码">'
             '<p>长按识别二维码 关注我们</p></section></div>'
             '<div class="rich_media_tool"><a href="javascript:;" id="js_read_area">阅读 <span>%d</span></a> '
             '<a href="javascript:;" class="like">赞 <span>%d</span></a> <a href="javascript:;">在看 <span>%d</span></a> '
             '<a href="javascript:;">分享</a> <a href="javascript:;">写留言</a></div>%s%s'
             % (esc(title), byline, shown, ''.join(body), jc_recommend(rng, title), rng.randint(800, 9000),
                rng.randint(20, 300), rng.randint(5, 90), jc_comments(rng), jc_menu()))
    data = '{"article":{"id":"a%04d","title":"%s","account":"金川航运","publish_time":"%s","cover":"/static/upload/%d/cover.jpg"}}' % (
        aid, title.replace('"', ''), date, aid)
    emit(name, JC_HOST + '/s/a%04d.html' % aid, header_cs, 'utf-8', jc_page(rng, title, inner, aid, data),
         title=title, author=author, date=date, shown=shown, paras=paras)


JC_GAIGE = [
    ('p', '三年前，金川航运集团启动新一轮国企改革。三年来，集团围绕主责主业，推进港口资源整合、经营机制转换和数字化转型，老码头一步步换了新模样。'),
    ('h', '一、港口资源整合：从“各自为战”到“一盘棋”'),
    ('p', '改革之初，集团下属的五个港区各自经营，泊位重复建设、货源相互争抢的问题十分突出。集团成立港口运营中心，对五个港区统一调度、统一定价、统一揽货，同一条航线上的船舶不再“撞车”。'),
    ('p', '整合后的第一年，全港泊位利用率提高了十二个百分点，船舶平均在港时间缩短了近一天。西港区的老调度员张建平说：“过去一天要打几十个电话协调船期，现在系统里一目了然。”'),
    ('img',),
    ('h', '二、经营机制转换：让“能上能下”成为常态'),
    ('p', '集团在二级公司全面推行经理层成员任期制和契约化管理，签订年度和任期经营业绩责任书，薪酬与业绩挂钩，“能上能下”不再是一句口号。三年来，共有十一名经理层成员因考核不达标调整了岗位。'),
    ('p', '与此同时，集团拿出一批重点项目面向全体职工公开竞聘，一批三十岁出头的年轻人走上了项目负责人岗位。'),
    ('h', '三、数字化转型：老港区装上“智慧大脑”'),
    ('p', '走进东港区的智慧调度中心，大屏幕上实时显示着每一台岸桥、每一辆集卡的位置和作业状态。去年投用的自动化堆场，让集装箱装卸效率提高了三成，夜间作业的安全事故实现了“零发生”。'),
    ('img',),
    ('p', '改革没有终点。集团负责人表示，下一步将继续深化混合所有制改革，推动港航物流一体化发展，让这座有着六十年历史的老港焕发新的活力。'),
]
JC_RIZHI = [('p', x) for x in P('''
在金川航运集团的档案室里，收藏着四十二本航海日志，它们都属于同一个人——已经退休十五年的老船长许长河。
日志的封皮大多已经磨得发白，里面的字迹却工工整整。从1971年他第一次以三副身份登船，到2008年最后一次以船长身份靠港，每一个航次的天气、航速、货物和船员情况，都记得清清楚楚。
翻开1983年的一本，有一页只写了两行字：“台风过境，锚链断一根，全船无人员伤亡。”许长河说，那天夜里他在驾驶台上站了十四个小时，眼睛都不敢眨一下。“记日志的时候手还在抖，写不了几个字。”
他的日志里也有温情的记录。某年除夕，船在海上过年，他写道：“炊事员包了饺子，每人二十个，大副多吃了五个，记账。”说到这里，老人自己先笑了起来。
许长河的老伴说，他在家里也改不了记日志的习惯。退休后的第一年，他每天都在一个小本子上写下当天的天气和风向，写着写着，自己也笑了：“没有船开了，还记这些干啥。”可第二天一早，他又拿起了笔。
退休以后，许长河把日志全部捐给了集团。他说，这些本子记的不只是他一个人的航程，也是一条船、一家企业几十年的航程。如今，集团每年都会组织新入职的船员来档案室看一看这些日志，年轻人总是翻得很慢，看得很仔细。
''')]
JC_ZHIJIAO = [('p', x) for x in P('''
今年暑假，我作为集团青年志愿者，到江心岛小学支教了二十天。
江心岛是金川江上的一个小岛，岛上三百多户人家，大多以种菜和打鱼为生。岛上的小学只有四个年级、五十多个学生，三位老师，年纪最轻的也快五十岁了。孩子们上学不用坐船，可要去城里读初中，每天就得坐一个小时的渡轮。
我带的是三年级的数学，还兼着音乐和美术。第一堂音乐课，我教孩子们唱《让我们荡起双桨》，唱到“小船儿推开波浪”，一个男孩举手说：“老师，我爸的船就是这样的。”全班都笑了。
支教的日子并不轻松。岛上没有快递，没有外卖，晚上九点以后，整座岛就安静得只剩下江水声。我住在学校后面的一间小屋里，每天晚上备完课，就坐在门口听江上的汽笛声，数着今天又有几条船经过。
岛上的孩子对江的熟悉，远远超过我。他们知道哪一段水急、哪一片滩上有螃蟹，知道什么时候涨水、什么时候退水。有一天放学，几个学生带我去看集团的货船从岛边驶过，他们能一眼认出船的名字，还告诉我哪一艘是去年新下水的。
离岛那天，孩子们送了我一幅画，画上是一艘大船，船头站着一个小人，旁边写着“陈老师”。我把这幅画带回了单位，贴在工位上。每次加班累了，看一眼，就会想起那片江水，和江水中间那些亮晶晶的眼睛。
''')]


def site_jinchuanhy():
    rng = random.Random(9606)
    jc_article(rng, 'r-jinchuanhy-1', 3117, '', '改革三年，码头换了模样', '集团党委宣传部', '', '2023-06-30',
               '2023-06-30', JC_GAIGE)
    jc_article(rng, 'r-jinchuanhy-2', 3092, '', '一位老船长的航海日志', '文/周海燕', '周海燕', '2023年5月19日',
               '2023-05-19', JC_RIZHI[:1] + [('img',)] + JC_RIZHI[1:])
    jc_article(rng, 'r-jinchuanhy-3', 2874, 'utf-8', '江心岛上的支教日子', '文/图 陈思远', '陈思远', '2022-09-10 18:20',
               '2022-09-10', JC_ZHIJIAO[:2] + [('img',)] + JC_ZHIJIAO[2:4] + [('img',)] + JC_ZHIJIAO[4:])

    # archive of past issues (listing)
    months = [('2023年6月', ['改革三年，码头换了模样', '集团召开2023年年中工作会议', '我们的节日·端午｜码头上的粽子香']),
              ('2023年5月', ['一位老船长的航海日志', '航运安全月｜这些知识要记牢', '“金川号”完成首航', '劳模工作室里的“金点子”']),
              ('2023年4月', ['东港区自动化堆场投用一周年', '集团职工书画摄影作品展开展', '新船员入职培训纪实']),
              ('2023年3月', ['一图读懂集团“十四五”发展规划', '西港区党支部开展主题党日活动', '集团与三所高校签订校企合作协议']),
              ('2022年9月', ['江心岛上的支教日子', '青年突击队：台风来临前的二十四小时'])]
    k = 0
    secs = []
    for m, ts in months:
        items = []
        for t in ts:
            items.append('<section class="arc-item"><a href="%s/s/a%04d.html"><img src="/static/upload/cover/%d.jpg" alt="">'
                         '<section class="arc-txt"><p class="arc-title">%s</p><p class="arc-date">%s</p></section></a></section>'
                         % (JC_HOST, 3120 - k * 7, 700 + k, esc(t), m))
            k += 1
        secs.append('<section class="arc-month"><h2>%s</h2>%s</section>' % (m, ''.join(items)))
    inner = ('<section class="arc-head"><img src="/static/img/logo.png" alt="金川航运"><h1>金川航运 · 往期回顾</h1>'
             '<p>共 %d 篇</p></section>%s<section class="arc-more"><a href="%s/archive/2.html">加载更多</a></section>'
             % (k, ''.join(secs), JC_HOST))
    emit('r-jinchuanhy-4', JC_HOST + '/archive/index.html', 'utf-8', 'utf-8',
         jc_page(rng, '往期回顾', inner, 0, '{"list":{"page":1,"total":%d}}' % k), kind='listing')


# ================================================================ self-check
def visible(raw, cs):
    t = raw.decode(cs, 'strict')
    t = re.sub(r'(?is)<head\b.*?</head>', ' ', t)
    t = re.sub(r'(?is)<script\b.*?</script>', ' ', t)
    t = re.sub(r'(?is)<style\b.*?</style>', ' ', t)
    t = re.sub(r'(?s)<!--.*?-->', ' ', t)
    t = re.sub(r'(?s)<[^>]*>', ' ', t)
    t = html.unescape(t)
    return re.sub(r'\s+', '', t)


def nows(s):
    return re.sub(r'\s+', '', s)


def self_check():
    errors = []
    for r in RECORDS:
        name = r['name']
        raw = open(os.path.join(PAGES, name + '.html'), 'rb').read()
        m = re.search(rb'<meta[^>]+charset=["\']?([A-Za-z0-9_-]+)', raw[:2048], re.I)
        meta = m.group(1).decode('ascii').lower() if m else ''
        hdr = r['header'].lower()
        if hdr and meta and hdr != meta:
            errors.append('%s: header %s != meta %s' % (name, hdr, meta))
        cs = hdr or meta
        if not cs:
            errors.append('%s: no charset' % name)
            continue
        try:
            vis = visible(raw, cs)
        except UnicodeDecodeError as e:
            errors.append('%s: decode %s' % (name, e))
            continue
        g = open(os.path.join(GOLD, name + '.txt'), encoding='utf-8').read()
        head, _, text = g.partition('\n\n')
        hd = dict(ln.split(': ', 1) if ': ' in ln else (ln.rstrip(':'), '') for ln in head.split('\n'))
        lines = [ln for ln in text.split('\n') if ln.strip()]
        if r['kind'] == 'listing':
            if hd.get('title') or lines or hd.get('kind') != 'listing':
                errors.append('%s: listing must have empty title and no text' % name)
        else:
            if not lines:
                errors.append('%s: article without text' % name)
            pos = 0
            for ln in lines:
                i = vis.find(nows(ln), pos)
                if i < 0:
                    errors.append('%s: line not found in order: %s' % (name, ln[:30]))
                    break
                pos = i + len(nows(ln))
            for what in [hd.get('title', '')] + hd.get('author', '').split() + [r['shown']]:
                if not what or nows(what) not in vis:
                    errors.append('%s: not visible: %r' % (name, what))
            if not re.fullmatch(r'\d{4}-\d\d-\d\d', hd.get('published', '')):
                errors.append('%s: bad date %r' % (name, hd.get('published')))
            n = sum(len(nows(ln)) for ln in lines)
            r['chars'] = n
        r['elements'] = len(re.findall(rb'<[a-zA-Z]', raw))
        r['links'] = len(re.findall(rb'<a\s', raw, re.I))
    return errors


def main():
    os.makedirs(PAGES, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    site_jinghewang()
    site_xianzhiguan()
    site_nanwanfeiyi()
    site_juliba()
    site_wenyuange()
    site_jinchuanhy()
    errors = self_check()
    for r in RECORDS:
        print('%-20s %-8s %-8s el=%4d links=%3d chars=%s' % (r['name'], r['header'] or '-', r['kind'] or 'article',
                                                          r['elements'], r['links'], r.get('chars', '-')))
    if errors:
        print('\n'.join(errors))
        print('SELF-CHECK FAILED: %d problem(s)' % len(errors))
        sys.exit(1)
    print('SELF-CHECK OK: %d pages, all gold lines found in order' % len(RECORDS))


if __name__ == '__main__':
    main()
