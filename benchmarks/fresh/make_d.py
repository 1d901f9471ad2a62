#!/usr/bin/env python3
"""Write part D of the fresh blind set: pages/d-*.html and gold/d-*.txt.

Eight invented Chinese sites (an old GBK forum, a diary/note site, a provincial
party-paper e-paper, a county government portal, a self-media platform, a Taiwan
blog, a document-sharing site, and a city portal's listings and crawler traps).
Every essay is original prose written for this set.  Stdlib only, deterministic:
running it twice writes the same bytes.

    python benchmarks/fresh/make_d.py
"""

import html
import os

BASE = os.path.dirname(os.path.abspath(__file__))
PAGES_DIR = os.path.join(BASE, "pages")
GOLD_DIR = os.path.join(BASE, "gold")

WRITTEN = []


def E(s):
    """Escape text for an element body."""
    return html.escape(s, quote=False)


def A(s):
    """Escape text for an attribute value."""
    return html.escape(s, quote=True)


def gold_lines(items):
    """The essay's clean lines from a list of ('p'|'h'|'img'|'poem', ...) items."""
    out = []
    for it in items:
        kind = it[0]
        if kind in ("p", "h"):
            out.append(it[1])
        elif kind == "img":
            if it[2]:
                out.append(it[2])
        elif kind == "poem":
            out.extend(it[1])
        elif kind in ("credit", "skip"):
            pass
        else:
            raise ValueError(kind)
    return out


def emit(name, page, encoding, *, url, charset, title="", author="", published="",
         lines=(), listing=False):
    """Write pages/<name>.html in `encoding` and gold/<name>.txt in UTF-8."""
    if encoding == "gb2312":
        # Browsers decode the gb2312 label as GBK (so A1AA is U+2014 '—', not Python's
        # gb2312 codec's U+2015); write GBK bytes but only from the GB2312 zone.
        data = page.encode("gbk")
        for ch in set(page):
            if ord(ch) > 127:
                b = ch.encode("gbk")
                assert len(b) == 2 and (0xA1 <= b[0] <= 0xA9 or 0xB0 <= b[0] <= 0xF7) and b[1] >= 0xA1, (name, ch)
    else:
        data = page.encode(encoding)  # strict: every character must exist in the charset
    os.makedirs(PAGES_DIR, exist_ok=True)
    os.makedirs(GOLD_DIR, exist_ok=True)
    with open(os.path.join(PAGES_DIR, name + ".html"), "wb") as f:
        f.write(data)
    head = ["page: %s.html" % name]
    if listing:
        head.append("kind: listing")
        assert not title and not lines
    head += [
        "title: " + title,
        "author: " + author,
        "published: " + published,
        "url: " + url,
        "charset: " + charset,
    ]
    body = "\n".join(lines)
    text = "\n".join(h.rstrip() for h in head) + "\n\n" + (body + "\n" if body else "")
    with open(os.path.join(GOLD_DIR, name + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    WRITTEN.append(name)

# ---------------------------------------------------------------------------
# 1. d-bbs: 青石论坛, an old (2009-2013) GBK forum in table layout.  The opening
#    poster writes a long essay over several floors; other users reply between.
# ---------------------------------------------------------------------------

BBS_THREADS = [
    {
        "name": "d-bbs-1",
        "url": "http://bbs.qingshi8.com/publicforum/content/chaguan/1/284731.shtml",
        "charset": "",
        "board": "青石茶馆",
        "board_id": "chaguan",
        "title": "县城电影院的最后一场电影",
        "poster": "老魏不是老卫",
        "date": "2009-11-14 21:37:00",
        "visits": "3862",
        "sign": "",
        "floors": [
            ("OP", [
                "我们县城的电影院是一九五八年盖的，苏式的门脸，四根方柱子撑着一个三角顶，顶上原来有一颗五角星，后来掉了，留下一块比周围颜色浅的印子。我小时候一直以为那块印子是故意画上去的。",
                "八十年代是电影院最好的时候。一张票一毛五，后来涨到两毛、三毛。售票口开得很低，大人要弯下腰才能看见里面那双手。卖票的是个胖阿姨，姓邱，谁家孩子想混进去，她隔着玻璃一眼就能认出来，说你爸是东街修车的，回去拿钱。",
                "那时候放正片之前要先放加片，多半是新闻简报，讲哪里的水稻丰收了、哪里的工厂投产了。我们不爱看，就趴在座位底下找别人掉的瓜子。放映室在最后面，墙上开着两个小方孔，光从孔里射出来，烟在光柱里慢慢翻滚，比银幕上的东西还好看。",
            ]),
            ("晴川一鹤", "2009-11-14 21:45:12", ["沙发！楼主是哪个县的？我们那边的电影院也是这个样子。"]),
            ("蓝调子", "2009-11-14 22:03:40", ["坐等更新。邱阿姨这个写得太像了，每个县城都有一个邱阿姨。"]),
            ("OP", [
                "九十年代中间，电影院开始不行了。家家有了电视，后来又有了录像厅。录像厅就在电影院斜对面，门口挂一块黑板，用粉笔写着当天放的片子，港片居多，字写得歪歪扭扭，一天换三回。",
                "电影院为了留住人，也放过录像，也办过舞会。有一年夏天把前面几排椅子拆了，改成旱冰场，轮子在水磨石地上轰隆隆地响，放映室的小方孔里再也没有光射出来。我那时读初中，跟同学去滑过两次，摔得屁股疼，就再也没去了。",
                "邱阿姨还在，只是不卖票了，坐在门口收旱冰鞋的押金。她胖了一些，也老了一些，见了我还是那句话，你是东街修车家的。",
            ]),
            ("一只咸鱼2009", "2009-11-14 22:31:05", ["楼主文笔不错，顶一个。"]),
            ("晴川一鹤", "2009-11-14 22:40:19", ["录像厅！门口那块黑板我记得，还有“本场加映”四个字，你懂的。"]),
            ("路过的猫", "2009-11-14 23:02:56", ["mark，回头慢慢看"]),
            ("OP", [
                "二〇〇三年，县里说要改造老城，电影院在拆迁范围里。拆之前放了最后一场电影，不要钱，门口贴了一张红纸通知。我那天刚好回家，吃过晚饭跟我爸去了。",
                "来的人不少，多是四五十岁的，也有抱着孩子的。放的是一部老片子，《小花》，胶片有划痕，声音时断时续，演到一半还断了一次片。灯亮起来，大家也不急，就坐着聊天，等放映员把片子接好。我爸说，他和我妈头一回看电影，看的就是这一部。我从来不知道这件事。",
                "散场的时候已经快十点了。邱阿姨站在门口，跟每一个出来的人点头。我走过去叫了她一声，她看了我半天，说，你是东街修车家的，都这么大了。",
                "后来那里盖了一座商场，一楼卖手机，二楼卖衣服，顶楼据说有一个小放映厅，我一次也没进去过。每次回县城从那里经过，我总要抬头看一眼，好像那颗五角星的印子还在上面。",
            ]),
            ("蓝调子", "2009-11-15 08:12:33", ["看哭了。楼主写得真好。"]),
            ("无名小卒A", "2009-11-15 09:26:47", ["顶，好帖要让更多人看到"]),
        ],
        "op_times": ["2009-11-14 21:37:00", "2009-11-14 22:15:21", "2009-11-15 00:48:09"],
    },
    {
        "name": "d-bbs-2",
        "url": "http://bbs.qingshi8.com/publicforum/content/dagong/1/517209.shtml",
        "charset": "gbk",
        "board": "打工一族",
        "board_id": "dagong",
        "title": "在深圳打工的第七年",
        "poster": "阿杰在宝安",
        "date": "2011-06-03 23:12:45",
        "visits": "12907",
        "sign": "出门在外，照顾好自己。",
        "floors": [
            ("OP", [
                "今年是我来深圳的第七年。七年前我十九岁，背一个蛇皮袋，从老家坐了二十六个小时的硬座，到罗湖火车站的时候是早上六点，天刚亮，出站口的人多得像蚂蚁。",
                "第一份工作在龙华一家电子厂，给手机外壳喷油。车间里全是油漆味，戴两层口罩也挡不住。一天十二个小时，两班倒，一个月下来一千二百块，扣了伙食费住宿费，能寄回家八百。那时候我觉得自己挺了不起的，八百块，我爸在家种一年地也剩不下这么多。",
                "宿舍八个人一间，上下铺，床板上贴满了前面住过的人留下的贴画，有明星，有美女，还有一张世界地图，被人用圆珠笔在上面画了一条线，从深圳一直画到澳大利亚。我不知道是谁画的，也不知道他后来去了没有。",
            ]),
            ("宝安小李", "2011-06-03 23:20:31", ["兄弟我也在龙华待过，那边的厂子一到晚上灯火通明的。"]),
            ("海边的风", "2011-06-03 23:41:02", ["同是天涯沦落人，顶楼主"]),
            ("OP", [
                "第三年我换了厂，去了宝安一家做模具的小厂，老板是潮汕人，厂里二十几个人。老板说，你要是肯学，我让师傅带你。我就跟着一个湖南师傅学开铣床，学看图纸。师傅脾气不好，骂人很难听，可是教东西从来不藏着。他说，手艺是自己的，厂子是老板的，你要分清楚。",
                "那两年我晚上去上夜校，学电脑制图。下了班骑四十分钟自行车过去，上完课再骑回来，到宿舍已经十一点多。有一回下暴雨，我在路边一个公交站躲了一个钟头，雨水漫过了脚脖子，旁边站着一个送外卖的小伙子，我们俩谁也没说话，就那么看着雨。",
            ]),
            ("一只咸鱼2009", "2011-06-04 00:15:44", ["学手艺是对的，支持楼主"]),
            ("海边的风", "2011-06-04 00:22:18", ["后来呢后来呢"]),
            ("OP", [
                "现在我是厂里的技术员，工资涨到了四千多，在西乡和人合租一个两房，一个月房租六百。去年我妈来深圳看我，在我那儿住了十天。她说城里楼太高，晚上看不见星星，又说菜太贵，一把青菜要两块钱，在家里都是随手摘的。",
                "走的那天我送她去火车站。进站之前她回头跟我说，你要是累了就回来，家里有地，饿不着。我说知道了。她进去以后，我在广场上站了很久，想起七年前我就是从这里出来的，那时候天刚亮，现在天快黑了。",
                "我还不知道自己会不会一直留在这里。有时候坐公交车路过那些高楼，玻璃上映出车里的人，一个挨一个，都很累的样子。我想，这座城市是我们这样的人一砖一瓦盖起来的，它记不记得我们，我不知道，可我记得它。",
            ]),
            ("蓝调子", "2011-06-04 09:03:27", ["最后一句，说得好。"]),
            ("深南大道", "2011-06-04 10:48:55", ["支持，在外面的都不容易，顶上去"]),
        ],
        "op_times": ["2011-06-03 23:12:45", "2011-06-04 00:08:10", "2011-06-04 01:30:52"],
    },
    {
        "name": "d-bbs-3",
        "url": "http://bbs.qingshi8.com/publicforum/content/chaguan/1/903356.shtml",
        "charset": "",
        "board": "青石茶馆",
        "board_id": "chaguan",
        "title": "我的高考，一九九八",
        "poster": "梧桐树下的老陈",
        "date": "2013-06-07 09:05:12",
        "visits": "7420",
        "sign": "",
        "floors": [
            ("OP", [
                "今天又是高考。早上送女儿上学，路过一中门口，看见拉起了警戒线，家长们站在树荫底下，手里拿着水和扇子。我忽然想起十五年前的自己，想写一点东西，写到哪里算哪里。",
                "我是一九九八年参加的高考。那一年我们县一中有六个毕业班，三百多个学生，能考上本科的，往年不过二三十个。我的成绩在年级里排四十名上下，不好不坏，班主任说，再往前冲一冲，就有希望。",
                "我们那时候住校，一个宿舍十二个人，晚上十点熄灯。熄灯以后，走廊尽头的厕所里还亮着一盏灯，总有人端着书蹲在里面背。冬天冷，大家就裹着被子坐在床上，用手电筒照着做题，宿舍里此起彼伏，都是一小团一小团的光。",
            ]),
            ("晴川一鹤", "2013-06-07 09:21:36", ["九八年的飘过，那年的作文题现在还记得，写得一塌糊涂。"]),
            ("小鱼儿不吐泡泡", "2013-06-07 09:40:02",
             ["@quote:宿舍里此起彼伏，都是一小团一小团的光。", "太有画面感了，我们宿舍也是这样。"]),
            ("OP", [
                "考试那三天，县城热得出奇。考场设在二中，离一中有三里路，学校包了几辆中巴车送我们过去。车上没人说话，只有一个同学一直在背化学方程式，背得很小声，像念经。",
                "第一门考语文。作文写到一半，我的钢笔没水了，手心里全是汗。我举手，监考老师走过来，从自己口袋里掏出一支笔递给我，什么也没说。那支笔是英雄牌的，笔杆上缠着一圈胶布。考完我想还给他，他已经去收别的卷子了。这件事我记了十五年，却一直不知道那位老师姓什么。",
                "数学考得不好，最后一道大题只写了一半。出考场的时候，我看见我爸站在马路对面，手里拎着一个网兜，里面是两个西瓜。他没问我考得怎么样，只说，天热，吃瓜。",
            ]),
            ("一只咸鱼2009", "2013-06-07 10:12:50", ["你爸真好，我爸当年就问了一句，考砸了没"]),
            ("OP", [
                "分数出来那天，我在地里帮我妈摘棉花。村长骑着自行车过来，老远就喊，说县里打电话来了，你考上了。我跑回家，在堂屋里转了好几圈，不知道该干什么，最后坐在门槛上哭了。我妈在后面拍我的背，说哭什么，考上了还哭。",
                "后来我去省城读了一所普通的师范学院，毕业后回到县里教书，一教就是十一年。我带过的学生里，有考上清华的，也有没考上就去打工的。每年六月，我都跟他们站在考场外面，像当年我爸站在马路对面一样。",
                "我常跟学生说，高考很重要，可它也只是一场考试。你们走进去的时候是什么样的人，走出来还是什么样的人。那些熬过的夜，做过的题，会在很多年以后，以你想不到的方式，回到你身上。",
            ]),
            ("蓝调子", "2013-06-07 11:35:08", ["楼主是老师啊，难怪写得这么好"]),
            ("考神附体2013", "2013-06-07 12:02:41", ["今天也在考场外面等，看到这个帖子眼眶湿了"]),
        ],
        "op_times": ["2013-06-07 09:05:12", "2013-06-07 09:58:47", "2013-06-07 10:44:19"],
    },
]


def bbs_floor(idx, who, when, paras, is_op, sign):
    """One floor: a header table with poster and date, then the post body."""
    if is_op:
        label = ('<font color="#FF0000">[楼主]</font>' if idx > 1 else "")
        datelabel = "提交日期" if idx == 1 else "回复日期"
    else:
        label = ""
        datelabel = "回复日期"
    body_parts = []
    for p in paras:
        if p.startswith("@quote:"):
            q = p[len("@quote:"):]
            body_parts.append('<TABLE class=quote width="96%%" border=0 cellSpacing=1 cellPadding=4 bgColor=#cccccc><TR><TD bgColor=#f5f5f5><FONT color=#666666>引用楼主 %s ：<br>%s</FONT></TD></TR></TABLE>' % (E(BBS_CUR["poster"]), E(q)))
        else:
            body_parts.append("\u3000\u3000" + E(p))
    body = "<br>\n<br>\n".join(body_parts)
    sign_html = ""
    if is_op and sign:
        sign_html = ('\n<DIV class=sign><FONT color=#999999>----------------------------<br>%s</FONT></DIV>' % E(sign))
    floorno = "楼主" if idx == 1 else "%d楼" % idx
    return """
<A name=floor%(idx)d></A>
<TABLE cellSpacing=0 cellPadding=0 width="100%%" border=0 bgColor=#f5f9fa class=floorhead>
<TR>
<TD width=100 align=right vAlign=bottom></TD>
<TD vAlign=bottom align=center width="*"><FONT color=green size=-1><br>作者：<A href="http://my.qingshi8.com/user/%(uq)s" target=_blank>%(who)s</A> %(label)s %(dl)s：%(when)s</FONT></TD>
<TD width=100 align=right vAlign=bottom><FONT color=#999999 size=-1>%(floorno)s</FONT></TD>
</TR>
</TABLE>
<DIV class=content style="WORD-WRAP: break-word">
%(body)s%(sign)s
</DIV>
<TABLE cellSpacing=0 cellPadding=0 width="100%%" border=0><TR><TD align=right><FONT size=-1><A href="javascript:replyFloor(%(idx)d)">回复此楼</A> | <A href="javascript:reportPost(%(idx)d)">举报</A></FONT></TD></TR></TABLE>
<HR color=#cccccc SIZE=1>
""" % {"idx": idx, "uq": A(who), "who": E(who), "label": label, "dl": datelabel,
       "when": when, "floorno": floorno, "body": body, "sign": sign_html}


BBS_CUR = {}


def make_bbs():
    for t in BBS_THREADS:
        BBS_CUR.clear()
        BBS_CUR.update(t)
        floors_html = []
        gold = []
        op_i = 0
        replies = 0
        for i, fl in enumerate(t["floors"], start=1):
            if fl[0] == "OP":
                when = t["op_times"][op_i]
                op_i += 1
                floors_html.append(bbs_floor(i, t["poster"], when, fl[1], True, t["sign"]))
                gold.extend(fl[1])
            else:
                replies += 1
                floors_html.append(bbs_floor(i, fl[0], fl[1], fl[2], False, ""))
        desc = t["floors"][0][1][0][:60]
        page = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
<META http-equiv=Content-Type content="text/html; charset=gbk">
<TITLE>%(title)s_%(board)s_青石论坛</TITLE>
<META name=keywords content="%(title)s,%(board)s,青石论坛,青石社区">
<META name=description content="%(desc)s">
<LINK href="http://static.qingshi8.com/css/bbs2008.css" type=text/css rel=stylesheet>
<STYLE type=text/css>
BODY {FONT-SIZE: 14px; MARGIN: 0px; FONT-FAMILY: 宋体}
.content {FONT-SIZE: 14px; LINE-HEIGHT: 24px; PADDING: 8px 20px}
.sign {MARGIN-TOP: 10px; FONT-SIZE: 12px}
.quote {MARGIN: 6px 0px}
</STYLE>
<SCRIPT language=javascript src="http://static.qingshi8.com/js/common_v3.js"></SCRIPT>
<SCRIPT language=javascript>
var strItem = "%(board_id)s"; var idArticle = "%(artid)s"; var chrAuthorName = "%(poster)s";
function replyFloor(n){ document.getElementById('replyBox').focus(); }
function reportPost(n){ window.open('/report.asp?item='+strItem+'&id='+idArticle+'&floor='+n,'','width=400,height=300'); }
</SCRIPT>
</HEAD>
<BODY bgColor=#ffffff leftMargin=0 topMargin=0>
<TABLE cellSpacing=0 cellPadding=0 width=960 align=center border=0 id=top>
<TR>
<TD width=200><A href="http://www.qingshi8.com/"><IMG src="http://static.qingshi8.com/img/logo_qs.gif" width=180 height=60 border=0 alt="青石社区"></A></TD>
<TD align=center><A href="http://www.qingshi8.com/">首页</A> | <A href="http://bbs.qingshi8.com/">论坛</A> | <A href="http://blog.qingshi8.com/">博客</A> | <A href="http://photo.qingshi8.com/">相册</A> | <A href="http://bbs.qingshi8.com/search.asp">搜索</A></TD>
<TD align=right><FORM name=loginform action="http://passport.qingshi8.com/login.asp" method=post style="MARGIN:0">用户名<INPUT size=10 name=vwriter> 密码<INPUT type=password size=10 name=vpassword> <INPUT type=submit value=登录> <A href="http://passport.qingshi8.com/reg.asp">注册</A></FORM></TD>
</TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=960 align=center border=0>
<TR><TD height=90 align=center><SCRIPT language=javascript>show_ad('bbs_top_960x90');</SCRIPT><NOSCRIPT><A href="http://ad.qingshi8.com/c.asp?id=1032"><IMG src="http://ad.qingshi8.com/img/960x90_1032.gif" width=960 height=90 border=0></A></NOSCRIPT></TD></TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=4 width=960 align=center border=0 bgColor=#e8f0f5>
<TR><TD><FONT size=-1>您的位置：<A href="http://bbs.qingshi8.com/">青石论坛</A> &gt;&gt; <A href="http://bbs.qingshi8.com/publicforum/articleslist/0/%(board_id)s.shtml">%(board)s</A> &gt;&gt; 浏览帖子</FONT></TD>
<TD align=right><FONT size=-1><A href="http://bbs.qingshi8.com/publicforum/articleslist/0/%(board_id)s.shtml">返回列表</A> | <A href="http://bbs.qingshi8.com/new.asp?item=%(board_id)s">发新帖</A></FONT></TD></TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=960 align=center border=0>
<TR><TD>
<TABLE cellSpacing=0 cellPadding=6 width="100%%" border=0>
<TR>
<TD align=center><H1 style="FONT-SIZE: 20px; MARGIN: 10px 0px">%(title)s</H1></TD>
</TR>
<TR>
<TD align=center><FONT color=#666666 size=-1>访问：%(visits)s　回复：%(replies)d　<A href="?onlyauthor=1">[只看楼主]</A>　<A href="javascript:window.external.AddFavorite(location.href,document.title)">[收藏本帖]</A>　<A href="javascript:window.print()">[打印]</A></FONT></TD>
</TR>
</TABLE>
%(floors)s
<TABLE cellSpacing=0 cellPadding=4 width="100%%" border=0 bgColor=#f0f0f0>
<TR><TD><FONT size=-1>共1页　[1]　<A href="http://bbs.qingshi8.com/publicforum/articleslist/0/%(board_id)s.shtml">返回%(board)s</A></FONT></TD>
<TD align=right><FONT size=-1><A href="#top">回到顶部</A></FONT></TD></TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=6 width="100%%" border=0>
<TR><TD>
<FORM name=replyform action="/publicforum/reply.asp" method=post style="MARGIN:0">
<INPUT type=hidden name=item value="%(board_id)s"><INPUT type=hidden name=id value="%(artid)s">
<FONT size=-1><B>快速回复</B>（请遵守<A href="http://www.qingshi8.com/rule.htm" target=_blank>《青石社区用户守则》</A>，文明发言）</FONT><BR>
<TEXTAREA id=replyBox name=content rows=6 cols=90></TEXTAREA><BR>
<INPUT type=submit value="发表回复"> <INPUT type=reset value="清除">
</FORM>
</TD></TR>
</TABLE>
</TD></TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=960 align=center border=0>
<TR><TD height=90 align=center><SCRIPT language=javascript>show_ad('bbs_bottom_960x90');</SCRIPT></TD></TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=8 width=960 align=center border=0 style="BORDER-TOP: #cccccc 1px solid">
<TR><TD align=center><FONT color=#666666 size=-1>
<A href="http://www.qingshi8.com/about.htm">关于我们</A> | <A href="http://www.qingshi8.com/contact.htm">联系方式</A> | <A href="http://www.qingshi8.com/ad.htm">广告服务</A> | <A href="http://www.qingshi8.com/help.htm">帮助中心</A> | <A href="http://www.qingshi8.com/law.htm">法律声明</A><BR>
本站帖子仅代表作者本人观点，与青石社区立场无关<BR>
Copyright &copy; 2004-2013 青石社区 All Rights Reserved　琼ICP备05003127号　增值电信业务经营许可证：琼B2-20060018
</FONT></TD></TR>
</TABLE>
<SCRIPT language=javascript src="http://count.qingshi8.com/stat.js?item=%(board_id)s"></SCRIPT>
</BODY>
</HTML>
""" % {"title": E(t["title"]), "board": E(t["board"]), "board_id": t["board_id"],
       "desc": A(desc), "artid": t["url"].rsplit("/", 1)[1].split(".")[0],
       "poster": E(t["poster"]), "visits": t["visits"], "replies": replies,
       "floors": "".join(floors_html)}
        emit(t["name"], page.replace("\n", "\r\n"), "gbk", url=t["url"], charset=t["charset"],
             title=t["title"], author=t["poster"], published=t["date"][:10], lines=gold)


# ---------------------------------------------------------------------------
# 2. d-diary: 谷粒社, a note (日记) site in the style of 豆瓣日记.  UTF-8.
# ---------------------------------------------------------------------------

DIARY_NOTES = [
    {
        "name": "d-diary-1",
        "id": "798216534",
        "url": "https://www.gulishe.com/note/798216534/",
        "charset": "utf-8",
        "title": "在菜市场学会慢下来",
        "user": "阿梨",
        "uid": "alipear",
        "date": "2021-03-05 22:13:07",
        "counts": (236, 41, 15),
        "items": [
            ("p", "搬到这个小区两年，我才第一次走进后门那个菜市场。以前总觉得菜市场又脏又挤，买菜都在手机上下单，第二天一早放在门口，连塑料袋都不用自己拆。"),
            ("p", "那天是因为快递员打电话说送不到，我只好自己出门。菜市场的门是一块褪了色的塑料帘子，掀开就是一股湿漉漉的气味，鱼腥、泥土、葱姜，还有不知道谁家在炸的油条。"),
            ("p", "卖豆腐的是一对老夫妻，豆腐放在木板上，盖着一块白纱布。老太太切豆腐不用秤，一刀下去，说一块五，拿起来一称，不多不少。我问她怎么做到的，她笑着说，切了三十年了，手知道。"),
            ("p", "隔壁卖菜的年轻人把青菜码得整整齐齐，每一把都用稻草扎着。他告诉我，早上五点去批发市场进货，挑的都是本地的，外地的菜好看，不好吃。我买了一把菠菜，他又塞给我两根小葱，说炒蛋的时候放一点。"),
            ("p", "我在那里转了将近一个小时，什么也没急着买，只是看。看人家怎么挑西红柿，怎么跟鱼贩子讨价还价，怎么一边称肉一边聊孩子的成绩。我突然发现，自己很久没有这样慢慢地看过别人过日子了。"),
            ("p", "后来我每个周六都去。卖豆腐的老太太认得我了，远远就喊，姑娘，今天要嫩的还是老的。我说嫩的。她就挑一块最方正的给我，用塑料袋兜住，再套一层，怕我路上碰坏了。"),
            ("p", "我知道手机上买菜更方便，也知道这样的菜市场迟早会被拆掉，改成一个亮堂堂的生鲜超市。可是在它还在的时候，我想多去几次。一座城市里总要有一些地方，让人不必赶时间。"),
        ],
        "others": ["冬天的第一锅萝卜汤", "给楼下的流浪猫起了名字", "二〇二〇年读过的十二本书", "周末去看了一场话剧", "关于失眠的几点经验"],
        "doulists": [("城市里的小日子", "小满"), ("值得一读的日记", "江南雨"), ("菜市场文学", "喵了个咪"), ("生活的质感", "Echo"), ("我收藏的温暖文字", "一棵树")],
        "replies": [
            ("小满", "2021-03-05 22:40:11", "切了三十年了，手知道。这句太好了。"),
            ("江南雨", "2021-03-05 22:51:37", "我家楼下的菜市场去年拆了，现在很后悔没多去几次。"),
            ("Echo", "2021-03-05 23:05:02", "看完想明天早上就去逛菜市场"),
            ("喵了个咪", "2021-03-05 23:18:45", "卖菜小哥送葱是全国统一的温柔吗哈哈哈"),
            ("阿梨", "2021-03-05 23:20:13", "@喵了个咪 好像是的，我妈说她那边也送"),
            ("一棵树", "2021-03-06 00:02:29", "写得很舒服，收藏了。"),
            ("北方的狼", "2021-03-06 07:31:54", "菜市场是一个城市最有烟火气的地方"),
            ("不吃香菜", "2021-03-06 08:15:20", "最后一句戳到我了"),
            ("momo", "2021-03-06 09:42:08", "我们这边的菜市场改成了生鲜超市，干净是干净了，没有人跟你聊天了。"),
            ("豆子", "2021-03-06 10:26:33", "想起小时候跟外婆去买菜"),
            ("lalala", "2021-03-06 12:08:47", "推荐了"),
            ("远山淡影", "2021-03-06 14:55:16", "好喜欢这种慢慢的文字"),
            ("Sunny", "2021-03-06 19:37:02", "嫩豆腐还是老豆腐，这是个问题"),
            ("小鹿乱撞", "2021-03-07 09:12:40", "楼主在哪个城市呀"),
            ("阿梨", "2021-03-07 10:03:58", "@小鹿乱撞 在杭州，城西这边"),
        ],
    },
    {
        "name": "d-diary-2",
        "id": "799450127",
        "url": "https://www.gulishe.com/note/799450127/",
        "charset": "",
        "title": "祖父的诗",
        "user": "北窗",
        "uid": "beichuang1987",
        "date": "2021-03-12 21:46:30",
        "counts": (518, 97, 15),
        "items": [
            ("p", "整理老房子的时候，在祖父的樟木箱底翻出一个牛皮纸本子。本子的边角已经卷起来了，封面上用毛笔写着“杂记”两个字，里面大多是账目：某年某月买化肥多少，卖猪多少，借给某人多少，还了多少。"),
            ("p", "翻到最后几页，字迹变了，不再是记账的样子，一行一行写得很短。我看了半天才明白，那是一首诗。没有题目，落款是一九七九年春。"),
            ("p", "祖父只读过三年私塾，一辈子在地里干活。我从来不知道他写过诗，父亲也不知道。我把它抄在这里："),
            ("poem", [
                "河水涨了又落",
                "岸上的柳树换了三回颜色",
                "我把种子撒进田里",
                "像把话说给土地听",
                "它不回答",
                "到了秋天却都还给我",
                "儿子问我累不累",
                "我说你看那片稻子",
                "风一吹",
                "它们都在点头",
            ]),
            ("p", "一九七九年，父亲十二岁。那一年发生了什么，我打电话去问他。他想了很久，说那年分了自留地，家里头一回吃饱了饭。又说，他记得有一天下午，祖父在田埂上坐了很久，他以为祖父累了，叫他回家，祖父说，你看那片稻子。"),
            ("p", "父亲说到这里停住了。过了一会儿，他说，原来是这样。"),
            ("p", "我不懂诗，不知道这算不算好诗。可是我读了很多遍，每一遍都能看见一个人坐在田埂上，不说话，看着风从稻子上走过去。他这一辈子说过的话不多，留下来的字也不多，这十行大概是他对这个世界说得最长的一段话了。"),
            ("p", "本子我带回了城里，放在书架最上面。偶尔想起来，就拿下来翻一翻，翻到最后几页，停一会儿，再放回去。"),
        ],
        "others": ["老房子要拆了", "父亲学会了用微信", "春分", "一把旧锄头", "回乡偶记"],
        "doulists": [("家人们的故事", "秋刀鱼"), ("素人写诗", "苇岸"), ("看哭了的日记", "Jenny"), ("关于祖辈", "林间"), ("乡土记忆", "老K")],
        "replies": [
            ("秋刀鱼", "2021-03-12 22:03:15", "风一吹，它们都在点头。读到这里鼻子一酸。"),
            ("苇岸", "2021-03-12 22:19:48", "这是真正的诗，比很多诗人写得都好。"),
            ("Jenny", "2021-03-12 22:37:02", "“原来是这样”，父亲这一句比诗还动人"),
            ("林间", "2021-03-12 23:11:29", "土地是会回答的，只是要等到秋天"),
            ("老K", "2021-03-13 00:05:51", "想起我爷爷，他也在本子上记账，可惜没有诗"),
            ("北窗", "2021-03-13 00:20:36", "@老K 也许有的，可以再翻翻"),
            ("半夏", "2021-03-13 07:44:10", "推荐给了我爸"),
            ("不二", "2021-03-13 08:30:27", "好久没有在谷粒看到这么好的日记了"),
            ("南瓜粥", "2021-03-13 09:15:03", "樟木箱子的味道好像都能闻到"),
            ("Yuki", "2021-03-13 11:02:44", "那本子一定要好好保存"),
            ("北窗", "2021-03-13 11:30:18", "@Yuki 嗯，已经用自封袋装起来了"),
            ("清风徐来", "2021-03-13 14:26:39", "像把话说给土地听"),
            ("大鱼", "2021-03-13 20:48:05", "看了三遍"),
            ("七月", "2021-03-14 08:13:57", "一九七九年，家里头一回吃饱了饭。短短一句，什么都说了。"),
            ("长安", "2021-03-15 10:41:22", "转给了在老家的表哥"),
        ],
    },
    {
        "name": "d-diary-3",
        "id": "800733905",
        "url": "https://www.gulishe.com/note/800733905/",
        "charset": "utf-8",
        "title": "三月，搬家记",
        "user": "木木夕",
        "uid": "mumuxi",
        "date": "2021-03-21 16:02:44",
        "counts": (189, 26, 15),
        "items": [
            ("h", "一、纸箱"),
            ("p", "决定搬家是在春节后。房东说要卖房，给了我们一个月。我和室友在网上看了二十多套房子，跑了九个小区，最后在城东租下一个一室一厅，离公司远了四站地铁，可是有一扇朝南的窗。"),
            ("p", "收拾东西花了整整三个晚上。我一直以为自己东西不多，打包的时候才发现，五年里攒下的杂物装了二十三个纸箱。有一箱全是书，有一箱是没拆封的快递，还有一箱，我到现在也说不清里面装的是什么，只记得封箱的时候在上面写了两个字：杂物。"),
            ("p", "最难处理的是那些舍不得扔又用不上的东西：大学时的课本，第一份工作的工牌，一只断了表带的手表。我把它们摆在地板上，一件一件地看，看完了，又一件一件地装回去。"),
            ("h", "二、钥匙"),
            ("p", "交房那天，房东来收钥匙。她是个和气的阿姨，五年里只涨过一次房租。她在屋里走了一圈，摸了摸我钉在墙上的挂钩，说这个留着吧，下一个人也用得上。"),
            ("p", "我把钥匙放进她手心的时候，忽然有点舍不得。这把钥匙我用了五年，开过无数次门，有加班到半夜的，有喝多了摸半天找不到锁眼的，也有过年回来推开门闻到一屋子灰尘味的。门开了，就是家。现在它是别人的了。"),
            ("h", "三、新窗户"),
            ("p", "新家的窗户很大，早上七点阳光就照到床上。搬进来的第一个周末，我什么也没干，就坐在窗边，看楼下的人遛狗、晒被子、骑车去买早点。"),
            ("p", "二十三个纸箱拆了一个星期才拆完。那箱写着“杂物”的，我最后才打开，里面是一盆早就枯了的绿萝、一沓电影票根、一本没写完的日记。我把电影票根夹进日记本里，把绿萝的花盆洗干净，换了新土，插上一枝从朋友家剪来的枝条。"),
            ("p", "现在它活了，长出了三片新叶子。我每天早上给它浇一点水，它不说话，就是一点一点地长。我想，搬家大概也是这样，把根从一个地方拔出来，换一盆土，慢慢地，总会活过来的。"),
        ],
        "others": ["租房五年，我学会的几件事", "一个人的年夜饭", "通勤路上的四十分钟", "周末去了植物园", "给二十五岁的自己"],
        "doulists": [("租房生活指南", "一只鹅"), ("独居日记", "小土豆"), ("好好生活", "Miya"), ("城市漂流", "阿青"), ("写给自己的信", "橘子汽水")],
        "replies": [
            ("一只鹅", "2021-03-21 16:30:12", "二十三个纸箱，我上次搬家是二十七个，懂了"),
            ("小土豆", "2021-03-21 16:48:59", "门开了，就是家。好喜欢这句。"),
            ("Miya", "2021-03-21 17:22:31", "绿萝真的很好养，祝它长得茂盛"),
            ("阿青", "2021-03-21 18:05:47", "朝南的窗户值得多走四站地铁"),
            ("橘子汽水", "2021-03-21 19:13:20", "看到写着杂物的箱子笑了，每个人都有这么一箱"),
            ("木木夕", "2021-03-21 19:40:08", "@橘子汽水 而且永远是最后一个拆的"),
            ("Leo", "2021-03-21 21:02:55", "遇到好房东真的是福气"),
            ("花卷", "2021-03-21 22:37:14", "写得好温柔"),
            ("一叶", "2021-03-22 07:58:40", "正在准备搬家，看完心里好受多了"),
            ("小白", "2021-03-22 09:21:06", "绿萝后来长了几片叶子了？"),
            ("木木夕", "2021-03-22 12:10:33", "@小白 现在五片啦"),
            ("凉风", "2021-03-22 13:44:29", "把根从一个地方拔出来，换一盆土。说的是我们这些在外面租房的人啊"),
            ("蓝莓", "2021-03-22 20:05:51", "已推荐"),
            ("Ada", "2021-03-23 08:36:17", "好想要一扇朝南的大窗户"),
            ("十一", "2021-03-24 22:19:02", "收藏了，搬家前再看一遍"),
        ],
    },
]


def diary_body(items):
    out = []
    for it in items:
        if it[0] == "p":
            out.append('<p data-align="">%s</p>' % E(it[1]))
        elif it[0] == "h":
            out.append('<h2>%s</h2>' % E(it[1]))
        elif it[0] == "poem":
            out.append('<blockquote><p data-align="center">%s</p></blockquote>' % "<br>".join(E(x) for x in it[1]))
    return "\n                ".join(out)


def make_diary():
    for n in DIARY_NOTES:
        likes, shares, replies = n["counts"]
        first = n["items"][0][1] if n["items"][0][0] == "p" else n["items"][1][1]
        reply_html = []
        for i, (who, when, text) in enumerate(n["replies"]):
            cid = int(n["id"]) * 3 + 1000 + i * 37
            reply_html.append("""            <div class="comment-item" id="%(cid)d" data-cid="%(cid)d">
              <div class="pic"><a href="https://www.gulishe.com/people/u%(cid)d/"><img src="https://img2.gulishe.com/icon/u%(cid)d-1.jpg" width="48" height="48" alt="%(whoa)s"></a></div>
              <div class="content report-comment">
                <div class="author"><a href="https://www.gulishe.com/people/u%(cid)d/">%(who)s</a> <span class="pubtime">%(when)s</span></div>
                <p class="comment-text">%(text)s</p>
                <div class="op-lnks"><a href="javascript:void(0);" class="comment-reply">回应</a> <a href="javascript:void(0);" class="comment-vote">赞</a> <a href="javascript:void(0);" class="comment-report">举报</a></div>
              </div>
            </div>""" % {"cid": cid, "who": E(who), "whoa": A(who), "when": when, "text": E(text)})
        others = "\n".join('            <li><a href="https://www.gulishe.com/note/%d/">%s</a></li>' % (int(n["id"]) - 9173 * (i + 1), E(t)) for i, t in enumerate(n["others"]))
        doulists = "\n".join('            <li><a href="https://www.gulishe.com/doulist/%d/">%s</a> <span class="pl">(%s)</span></li>' % (4102233 + 311 * i + int(n["id"]) % 97, E(t), E(u)) for i, (t, u) in enumerate(n["doulists"]))
        page = """<!DOCTYPE html>
<html lang="zh-cmn-Hans" class="ua-windows ua-webkit">
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
    <meta name="renderer" content="webkit">
    <meta name="referrer" content="always">
    <title>
    %(title)s
</title>
    <meta http-equiv="Pragma" content="no-cache">
    <meta http-equiv="Expires" content="Sun, 6 Mar 2005 01:00:00 GMT">
    <meta name="keywords" content="%(title)s,%(user)s,谷粒日记">
    <meta name="description" content="%(desc)s">
    <meta property="og:title" content="%(title)s" />
    <meta property="og:description" content="%(desc)s" />
    <meta property="og:site_name" content="谷粒" />
    <meta property="og:url" content="%(url)s" />
    <meta property="og:type" content="article" />
    <meta property="article:author" content="https://www.gulishe.com/people/%(uid)s/" />
    <link rel="canonical" href="%(url)s">
    <link href="https://img1.gulishe.com/f/shire/3b5e3a4c/css/guli.css" rel="stylesheet" type="text/css">
    <link href="https://img1.gulishe.com/f/note/9a1e0c22/css/note/note.css" rel="stylesheet" type="text/css">
    <script type="text/javascript">var _head_start = new Date();</script>
    <script src="https://img1.gulishe.com/f/shire/72ced6df/js/jquery.min.js"></script>
    <script>var _USER_ABNORMAL = false; var _NOTE_ID = "%(id)s";</script>
    <style type="text/css">
      .note-container .note p { margin: 0 0 1.2em; line-height: 1.9; }
      .note-container blockquote { color: #555; border-left: 3px solid #ddd; padding-left: 16px; }
    </style>
</head>
<body>
  <div id="db-global-nav" class="global-nav">
    <div class="bd">
      <div class="top-nav-info"><a href="https://accounts.gulishe.com/passport/login" class="nav-login" rel="nofollow">登录/注册</a></div>
      <div class="top-nav-doubanapp"><a href="https://www.gulishe.com/doubanapp/app" class="lnk-doubanapp">下载谷粒客户端</a></div>
      <div class="global-nav-items">
        <ul>
          <li class="on"><a href="https://www.gulishe.com">谷粒</a></li>
          <li><a href="https://book.gulishe.com" target="_blank">读书</a></li>
          <li><a href="https://movie.gulishe.com" target="_blank">电影</a></li>
          <li><a href="https://music.gulishe.com" target="_blank">音乐</a></li>
          <li><a href="https://www.gulishe.com/group" target="_blank">小组</a></li>
          <li><a href="https://www.gulishe.com/location" target="_blank">同城</a></li>
        </ul>
      </div>
    </div>
  </div>
  <div id="db-nav-sns" class="nav">
    <div class="nav-wrap">
      <div class="nav-primary">
        <div class="nav-logo"><a href="https://www.gulishe.com">谷粒社区</a></div>
        <div class="nav-search">
          <form action="https://www.gulishe.com/search" method="get"><input type="text" name="q" size="22" maxlength="60" placeholder="搜索你感兴趣的内容和人..." autocomplete="off"><input type="submit" value="搜索"></form>
        </div>
        <div class="nav-items">
          <ul>
            <li><a href="https://www.gulishe.com/">首页</a></li>
            <li><a href="https://www.gulishe.com/mine/">我的谷粒</a></li>
            <li><a href="https://www.gulishe.com/explore/">浏览发现</a></li>
            <li><a href="https://www.gulishe.com/gallery/">话题广场</a></li>
          </ul>
        </div>
      </div>
    </div>
  </div>
  <div id="wrapper">
    <div id="content">
      <div class="grid-16-8 clearfix">
        <div class="article">
          <div class="note-container" id="note-%(id)s" data-url="%(url)s" data-author="%(user)s">
            <div class="note-header note-header-container">
              <h1>%(title)s</h1>
              <div>
                <a href="https://www.gulishe.com/people/%(uid)s/" class="note-author">%(user)s</a>
                <span class="pub-date">%(date)s</span>
              </div>
            </div>
            <div id="link-report" class="note">
                %(body)s
            </div>
            <div class="copyright-claim original">&copy; 本文版权归 %(user)s 所有，任何形式转载请联系作者。</div>
            <div class="sns-bar" id="sep">
              <div class="sns-bar-fav">
                <span class="fav-num"><a href="#">%(likes)d人喜欢</a></span>
                <a href="javascript:void(0);" class="btn-fav fav-add" title="标为喜欢？">喜欢</a>
              </div>
              <div class="sns-bar-rec">
                <a href="javascript:void(0);" class="lnk-sharing" data-name="%(title)s">转发</a> <span class="rec-num">%(shares)d</span>
                <a href="javascript:void(0);" class="lnk-doulist-add">+加入豆列</a>
              </div>
              <div class="sns-bar-reply"><a href="#comments">回应</a> <span class="reply-num">%(replies)d</span></div>
            </div>
          </div>
          <div id="comments" class="comment-list">
            <div class="section-header"><h2>回应 &nbsp; (%(replies)d)</h2></div>
%(reply_html)s
          </div>
          <div class="comment-form">
            <p class="pl">你的回应 · · · · · ·</p>
            <p>请先 <a href="https://accounts.gulishe.com/passport/login">登录</a> 或 <a href="https://accounts.gulishe.com/passport/register">注册</a> 后发表回应</p>
          </div>
        </div>
        <div class="aside">
          <div class="mod">
            <div class="pic"><a href="https://www.gulishe.com/people/%(uid)s/"><img src="https://img2.gulishe.com/icon/ul%(id)s-2.jpg" alt="%(user)s"></a></div>
            <p><a href="https://www.gulishe.com/people/%(uid)s/">%(user)s</a></p>
          </div>
          <div class="mod">
            <h2>%(user)s的日记 · · · · · · <span class="pl">&nbsp;(<a href="https://www.gulishe.com/people/%(uid)s/notes">全部</a>)</span></h2>
            <ul class="note-list">
%(others)s
            </ul>
          </div>
          <div class="mod">
            <h2>推荐这篇日记的豆列 · · · · · · <span class="pl">&nbsp;(<a href="https://www.gulishe.com/note/%(id)s/doulists">全部</a>)</span></h2>
            <ul class="doulist-list">
%(doulists)s
            </ul>
          </div>
          <div class="mod">
            <h2>热门话题 · · · · · ·</h2>
            <ul class="hot-topics">
              <li><a href="https://www.gulishe.com/gallery/topic/201734/">春天里的第一顿野餐</a> <span class="pl">12.6万次浏览</span></li>
              <li><a href="https://www.gulishe.com/gallery/topic/201588/">你最近一次被陌生人温暖是什么时候</a> <span class="pl">8.3万次浏览</span></li>
              <li><a href="https://www.gulishe.com/gallery/topic/201412/">记录一道家常菜</a> <span class="pl">5.1万次浏览</span></li>
            </ul>
          </div>
        </div>
      </div>
    </div>
    <div id="footer">
      <span id="icp" class="fleft gray-link">&copy; 2005－2021 gulishe.com, all rights reserved 杭州谷粒网络科技有限公司</span>
      <a href="https://beian.miit.gov.cn" target="_blank">浙ICP备11031276号</a>
      <span class="fright">
        <a href="https://www.gulishe.com/about">关于谷粒</a> · <a href="https://www.gulishe.com/jobs">在谷粒工作</a> · <a href="https://www.gulishe.com/about?topic=contactus">联系我们</a> · <a href="https://www.gulishe.com/about/legal">法律声明</a> · <a href="https://help.gulishe.com/">帮助中心</a> · <a href="https://www.gulishe.com/doubanapp/">移动应用</a>
      </span>
      <p class="gray-link">浙公网安备 33010602011237号　网络文化经营许可证：浙网文〔2019〕1208-065号</p>
    </div>
  </div>
  <script type="text/javascript" src="https://img1.gulishe.com/f/note/2d5c1e98/js/note/note_detail.js"></script>
  <script type="text/javascript">var _paq = window._paq || []; _paq.push(['trackPageView']);</script>
</body>
</html>
""" % {"title": E(n["title"]), "desc": A(first[:70]), "url": n["url"], "uid": n["uid"],
       "user": E(n["user"]), "id": n["id"], "date": n["date"], "body": diary_body(n["items"]),
       "likes": likes, "shares": shares, "replies": replies,
       "reply_html": "\n".join(reply_html), "others": others, "doulists": doulists}
        assert len(n["replies"]) == 15
        emit(n["name"], page, "utf-8", url=n["url"], charset=n["charset"], title=n["title"],
             author=n["user"], published=n["date"][:10], lines=gold_lines(n["items"]))


# ---------------------------------------------------------------------------
# 3. d-epaper: 云江日报 (a provincial party paper) e-paper reading page, Founder
#    style: table layout, page image with <map><area>, 版次/版名, 标题导航,
#    肩题/主题/副题, □ byline.  UTF-8.
# ---------------------------------------------------------------------------

EP_PAGES = {
    ("2021-03-05", "03"): {
        "name": "要闻", "node": "51237",
        "titles": [
            ("2203816", "龙泉县二十万亩早稻进入育秧期"),
            ("2203817", "云雾山茶农的“新三样”"),
            ("2203818", "省政府召开全省春季农业生产电视电话会议"),
            ("2203819", "我省启动第二批高标准农田建设项目"),
            ("2203820", "全省春运客流平稳有序"),
            ("2203821", "平安县：村级便民服务站实现全覆盖"),
        ],
    },
    ("2021-03-08", "06"): {
        "name": "视觉", "node": "51302",
        "titles": [
            ("2204530", "油菜花开 春色满园"),
            ("2204531", "春回大地 候鸟北归"),
            ("2204532", "植树添绿正当时"),
            ("2204533", "古城夜色"),
        ],
    },
    ("2021-03-12", "08"): {
        "name": "云江副刊", "node": "51391",
        "titles": [
            ("2205377", "江边的渡口"),
            ("2205378", "春日读书记"),
            ("2205379", "一碗米线里的乡愁"),
            ("2205380", "三月的山冈（外一首）"),
            ("2205381", "书法作品选登"),
        ],
    },
}

EP_SECTIONS = ["要闻", "要闻", "要闻", "综合", "经济", "视觉", "理论", "云江副刊"]

EP_ARTICLES = [
    {
        "name": "d-epaper-1", "date": "2021-03-05", "ban": "03", "art": "2203816", "charset": "utf-8",
        "kicker": "抢抓农时 不误春耕",
        "title": "龙泉县二十万亩早稻进入育秧期",
        "subtitle": "——“智慧农机”下田 “科技特派员”进村",
        "byline": "□ 本报记者 何思远 通讯员 杨凯",
        "author": "何思远 杨凯",
        "items": [
            ("p", "惊蛰刚过，龙泉县的田野上已是一派繁忙景象。3月4日，记者在该县石门镇高桥村看到，村集体新建的育秧工厂里，一排排秧盘整齐码放在育秧架上，播种流水线正在运转，覆土、洒水、叠盘一气呵成。"),
            ("p", "“以前育秧靠人工，一个人一天最多弄两百盘，现在这条线一小时就能出一千盘。”育秧工厂负责人陈国华告诉记者，今年工厂承接了周边四个村的育秧任务，可满足一万两千亩大田的栽插需求。"),
            ("p", "今年，龙泉县计划种植早稻二十万亩，比去年增加一点二万亩。为确保春耕生产顺利推进，县里提早谋划，统筹调运种子、化肥、农药等农资，目前已到位早稻种子四十二万公斤、化肥一点八万吨，农资供应充足、价格平稳。"),
            ("p", "在农机装备上，该县今年新增插秧机、植保无人机等各类农机具三百余台（套），全县水稻耕种收综合机械化率预计达到百分之八十五以上。在石门镇的一块示范田里，一架植保无人机正按照预设航线来回作业，十多分钟就完成了二十亩田的药剂喷洒。"),
            ("p", "科技服务也同步下沉。县农业农村局组织六十名科技特派员和农技人员组成服务小分队，分片包干、进村入户，开展育秧技术、病虫害防治等现场指导。“有专家在田头指导，心里踏实多了。”种粮大户刘建平说，他今年流转了六百多亩地，全部种上早稻。"),
            ("p", "据了解，龙泉县还将继续落实耕地地力保护补贴、稻谷目标价格补贴等惠农政策，对集中育秧、统防统治给予专项补助，充分调动农民种粮积极性，确保全年粮食面积和产量稳定。"),
        ],
    },
    {
        "name": "d-epaper-2", "date": "2021-03-05", "ban": "03", "art": "2203817", "charset": "",
        "kicker": "小茶叶做成大产业",
        "title": "云雾山茶农的“新三样”",
        "subtitle": "——直播间、合作社、茶园民宿",
        "byline": "□ 本报记者 孙晓 杜明阳",
        "author": "孙晓 杜明阳",
        "items": [
            ("p", "三月初的云雾山，茶树刚冒出新芽，山腰上的茶园里已经有了采茶人的身影。在海拔九百多米的岭头村，茶农吴小燕一边采茶，一边举着手机对着镜头介绍：“这是今年第一批明前茶，芽头小，香气足。”"),
            ("h", "直播间里卖春茶"),
            ("p", "吴小燕今年三十二岁，前几年在外地打工，2019年回村接手了家里的十几亩茶园。“以前茶叶都是等贩子上门来收，价格人家说了算。”她说，去年她开始在网上直播，一年下来卖出干茶八百多斤，收入比往年翻了一番。"),
            ("p", "在岭头村，像吴小燕这样做直播的茶农已经有二十多人。村里专门腾出一间旧校舍改成直播间，请来电商老师上课，从怎么布光、怎么讲解，到怎么打包发货，手把手地教。"),
            ("h", "合作社里抱团闯市场"),
            ("p", "单打独斗终究有限。2018年，岭头村牵头成立茶叶专业合作社，统一品种、统一标准、统一品牌，目前已带动农户一百六十多户，茶园面积扩大到三千二百亩。合作社理事长罗德明说，统一收购、统一加工以后，茶叶品质稳定了，去年合作社茶叶平均售价每斤提高了六十元。"),
            ("h", "茶园边上开起民宿"),
            ("p", "茶园美了，游客也来了。沿着新修的旅游公路，村里陆续开起了七家民宿，游客可以上山采茶、跟着师傅学炒茶，晚上住在茶园边。去年全村接待游客两万多人次，旅游收入三百余万元。"),
            ("p", "“一片叶子富了一方百姓。”云雾山镇党委书记黄志强说，下一步，镇里将加快低产茶园提质改造，推动茶产业与乡村旅游深度融合，让更多茶农在家门口增收致富。"),
        ],
    },
    {
        "name": "d-epaper-3", "date": "2021-03-08", "ban": "06", "art": "2204530", "charset": "utf-8",
        "kicker": "",
        "title": "油菜花开 春色满园",
        "subtitle": "",
        "byline": "记者 方磊 摄影 谭小雨",
        "author": "方磊",
        "items": [
            ("p", "连日来，随着气温回升，我省各地的油菜花陆续进入盛花期。从江畔的梯田到山间的村落，大片金黄铺展开来，与青瓦白墙、远山近水相映成趣，吸引不少市民游客前往踏青赏花。"),
            ("p", "在清河县桃源村，两千多亩油菜花沿着山势层层铺开。村里修了观景步道和停车场，周末每天接待游客三四千人次。“花一开，人就来了，我家的农家乐这几天都要提前订位。”村民赵桂英一边招呼客人一边说。"),
            ("p", "在江川县的万亩梯田景区，当地依托油菜花海推出了“花海骑行”“田园音乐会”等体验项目，并开通了从县城到景区的旅游专线。景区负责人介绍，花期以来，景区日均接待游客一万余人次，带动周边农户户均增收两千多元。"),
            ("img", "16151853210981.jpg", "3月7日，游客在清河县桃源村的油菜花田中拍照留念。"),
            ("img", "16151853211436.jpg", "航拍下的梯田油菜花层层叠叠，与山脚下的村落相映成景。"),
            ("img", "16151853212077.jpg", "村民在花田边摆起农产品摊位，土鸡蛋、腊肉、笋干成了游客的“伴手礼”。"),
            ("img", "16151853212590.jpg", "孩子们在油菜花田间的小路上奔跑嬉戏。"),
            ("p", "据省文化和旅游厅介绍，今年全省推出了五十余条春季赏花乡村旅游线路，各地还将陆续举办油菜花节、踏青节等活动，带动农家乐、民宿和农产品销售，让“美丽风景”变成“美丽经济”。"),
            ("p", "不少游客表示，赏花之余，还能品尝农家菜、采买土特产，感受乡村的新变化。“每年春天都带孩子出来看看花，让他们知道菜籽油是从哪里来的。”来自省城的游客周女士说。"),
        ],
    },
    {
        "name": "d-epaper-4", "date": "2021-03-12", "ban": "08", "art": "2205377", "charset": "",
        "kicker": "",
        "title": "江边的渡口",
        "subtitle": "",
        "byline": "□ 沈默",
        "author": "沈默",
        "items": [
            ("p", "我家住在江的这一边，学校在江的那一边。从小学到初中，我每天都要坐两趟渡船。"),
            ("p", "渡口在镇子东头，一道青石台阶伸进水里，台阶被踩得发亮，靠水的几级长着青苔，滑得很。渡船是木头的，能坐二十来个人，船老大姓龚，我们叫他龚伯。龚伯个子不高，胳膊却粗得很，撑起篙来，船就像一片叶子滑出去。"),
            ("p", "早上头一班船是六点半。冬天的时候，江面上起雾，对岸什么也看不见，船行到江心，四面都是白茫茫的，只听得见篙子入水的声音。我们几个孩子挤在船舱里，把手揣在袖子里，谁也不说话，好像一出声，雾就会散了似的。"),
            ("p", "涨水的季节，江水浑黄，流得又急，龚伯就不让我们坐船头。他说，江是有脾气的，你不惹它，它就不惹你。有一年夏天发大水，渡船停了三天，我们就在家里待了三天，站在台阶顶上看江水一级一级地往上爬，爬到第七级，停住了。"),
            ("p", "龚伯的渡船不收孩子的钱。大人过江两毛，挑担子的三毛，赶集的日子人多，他一天要来回几十趟。收来的钱他装在一个铁皮饼干盒里，盒盖上的画早就磨没了。有一次我问他，撑了一辈子船，烦不烦。他笑笑说，江那边有人等，江这边也有人等，怎么会烦。"),
            ("p", "后来江上修了大桥，渡口就没了。龚伯把船拖上岸，翻过来扣在老柳树底下，船底朝天，慢慢长满了青苔。他自己在桥头摆了个小摊，卖烟卖水，碰到从前坐过他船的人，还是笑呵呵地打招呼。"),
            ("p", "前年回镇上，我特地去江边走了走。青石台阶还在，只是下面几级淹在水里，看不见了。大桥上车来车往，几分钟就到了对岸。我站在台阶上，忽然很想再坐一次那条慢吞吞的船，在雾里，听篙子一下一下地点着水。"),
        ],
    },
]

EP_WEEK = {"2021-03-05": "星期五", "2021-03-08": "星期一", "2021-03-12": "星期五"}


def ep_body(items, date):
    out = []
    ymd = date.replace("-", "")
    for it in items:
        if it[0] == "p":
            out.append("<P>\u3000\u3000%s</P>" % E(it[1]))
        elif it[0] == "h":
            out.append("<P><B>\u3000\u3000%s</B></P>" % E(it[1]))
        elif it[0] == "img":
            out.append('<TABLE cellSpacing=0 cellPadding=0 align=center border=0><TR><TD align=center><IMG src="../../../res/1/%s/%s" width=560 border=0></TD></TR><TR><TD class=font6 align=center style="PADDING: 4px 0px 12px">%s</TD></TR></TABLE>' % (ymd, it[1], E(it[2])))
    return "\n".join(out)


def make_epaper():
    for a in EP_ARTICLES:
        date, ban = a["date"], a["ban"]
        pg = EP_PAGES[(date, ban)]
        ym, dd = date[:7], date[8:]
        node = pg["node"]
        url = "http://epaper.yjdaily.cn/html/%s/%s/content_%s_%s.htm" % (ym, dd, node, a["art"])
        areas = []
        nav = []
        n = len(pg["titles"])
        for i, (aid, t) in enumerate(pg["titles"]):
            y0 = 40 + i * (620 // n)
            y1 = y0 + (620 // n) - 8
            x0, x1 = (18, 452) if i % 3 != 2 else (18, 230)
            areas.append('<AREA shape=polygon coords="%d,%d,%d,%d,%d,%d,%d,%d" href="content_%s_%s.htm" target="_self">' % (x0, y0, x1, y0, x1, y1, x0, y1, node, aid))
            cur = ' style="COLOR: #c00000"' if aid == a["art"] else ""
            nav.append('<TR><TD class=px12 height=24><IMG src="../../../image/dot.gif" width=8 height=8 border=0> <A href="content_%s_%s.htm"%s>%s</A></TD></TR>' % (node, aid, cur, E(t)))
        idx = [aid for aid, _ in pg["titles"]].index(a["art"])
        prev_a = pg["titles"][idx - 1][0] if idx > 0 else None
        next_a = pg["titles"][idx + 1][0] if idx + 1 < n else None
        sections = []
        for i, s in enumerate(EP_SECTIONS, start=1):
            sections.append('<TR><TD class=px12 height=22><A id=pageLink href="node_%d.htm">第%02d版：%s</A></TD><TD align=right><A href="../../../page/1/%s/%s/%02d/%s%02d_pdf.pdf"><IMG src="../../../image/pdf.gif" border=0></A></TD></TR>' % (51230 + i, i, s, ym, dd, i, date.replace("-", ""), i))
        title_rows = []
        if a["kicker"]:
            title_rows.append('<TR><TD class=font01 align=center>%s</TD></TR>' % E(a["kicker"]))
        title_rows.append('<TR><TD class=font02 align=center style="PADDING: 6px 0px">%s</TD></TR>' % E(a["title"]))
        if a["subtitle"]:
            title_rows.append('<TR><TD class=font01 align=center>%s</TD></TR>' % E(a["subtitle"]))
        title_rows.append('<TR><TD class=font03 align=center style="PADDING: 6px 0px 10px">%s</TD></TR>' % E(a["byline"]))
        y, m, d = date.split("-")
        enp = ("<!--enpproperty <articleid>%s</articleid><date>%s</date><author></author><title>%s</title>"
               "<keyword></keyword><subtitle>%s</subtitle><introtitle>%s</introtitle><siteid>1</siteid>"
               "<nodeid>%s</nodeid><nodename>%s</nodename><nodesearchname></nodesearchname>/enpproperty-->"
               % (a["art"], date, E(a["title"]), E(a["subtitle"]), E(a["kicker"]), node, pg["name"]))
        gold = ([a["subtitle"]] if a["subtitle"] else []) + gold_lines(a["items"])
        page = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML><HEAD><TITLE>%(title)s--云江日报</TITLE>
<META http-equiv=Content-Type content="text/html; charset=utf-8">
<META name=keywords content="云江日报,数字报,电子版,%(pname)s">
<META name=description content="云江日报数字报刊平台">
<LINK href="../../../style/ep.css" type=text/css rel=stylesheet>
<SCRIPT language=javascript src="../../../script/jquery-1.4.2.min.js"></SCRIPT>
<SCRIPT language=javascript src="../../../script/zoom.js"></SCRIPT>
<STYLE type=text/css>
.font01 {FONT-SIZE: 14px; COLOR: #333333; LINE-HEIGHT: 24px}
.font02 {FONT-WEIGHT: bold; FONT-SIZE: 24px; COLOR: #000000; LINE-HEIGHT: 34px}
.font03 {FONT-SIZE: 13px; COLOR: #555555}
.font6 {FONT-SIZE: 13px; COLOR: #1a4d8f}
#ozoom P {FONT-SIZE: 15px; LINE-HEIGHT: 28px; MARGIN: 0px 0px 8px}
</STYLE>
</HEAD>
<BODY leftMargin=0 topMargin=0>
%(enp)s
<TABLE cellSpacing=0 cellPadding=0 width=1000 align=center border=0 background="../../../image/top_bg.jpg">
<TR>
<TD width=320 height=86><A href="http://epaper.yjdaily.cn/"><IMG src="../../../image/logo.gif" width=300 height=70 border=0 alt="云江日报"></A></TD>
<TD class=px12 vAlign=bottom>%(y)s年%(m)s月%(d)s日 %(week)s　|　<A href="../../../html/%(ym)s/%(dd)s/node_51231.htm">返回首页</A>　|　<A href="../../../html/period.htm">往期回顾</A>　|　<A href="http://www.yjdaily.cn/" target=_blank>云江网</A>　|　<A href="http://epaper.yjdaily.cn/yjwb/">云江晚报</A></TD>
</TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=1000 align=center border=0>
<TR>
<TD vAlign=top width=490>
<TABLE cellSpacing=0 cellPadding=0 width="100%%" border=0>
<TR><TD class=px12 height=30 bgColor=#e9eef5>　第%(ban)s版：%(pname)s　　<A href="node_%(prevnode)d.htm">上一版</A>　<A href="node_%(nextnode)d.htm">下一版</A></TD></TR>
<TR><TD align=center><IMG src="../../../page/1/%(ym)s/%(dd)s/%(ban)s/%(ymd)s%(ban)s_pdf.jpg" width=470 height=680 border=0 useMap=#PagePicMap></TD></TR>
</TABLE>
<MAP name=PagePicMap>
%(areas)s
</MAP>
<TABLE cellSpacing=0 cellPadding=0 width="100%%" border=0>
<TR><TD class=px12 height=26 bgColor=#e9eef5 colSpan=2>　版面导航</TD></TR>
%(sections)s
</TABLE>
</TD>
<TD width=10></TD>
<TD vAlign=top width=500>
<TABLE cellSpacing=0 cellPadding=0 width="100%%" border=0>
<TR><TD class=px12 height=30 bgColor=#e9eef5>　标题导航</TD></TR>
%(nav)s
</TABLE>
<TABLE cellSpacing=0 cellPadding=0 width="100%%" border=0 style="MARGIN-TOP: 12px; BORDER-TOP: #1a4d8f 2px solid">
%(title_rows)s
<TR><TD>
<DIV id=ozoom style="ZOOM: 100%%">
<!--enpcontent--><founder-content>
%(body)s
</founder-content><!--/enpcontent-->
</DIV>
</TD></TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=4 width="100%%" border=0 style="MARGIN-TOP: 10px">
<TR><TD class=px12>%(prevlink)s</TD><TD class=px12 align=right>%(nextlink)s</TD></TR>
<TR><TD class=px12 colSpan=2 align=center><A href="javascript:doZoom(120)">放大</A> <A href="javascript:doZoom(100)">默认</A> <A href="javascript:doZoom(90)">缩小</A>　|　<A href="node_%(node)s.htm">返回目录</A>　|　<A href="javascript:window.print()">打印本文</A></TD></TR>
</TABLE>
</TD>
</TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=8 width=1000 align=center border=0 style="MARGIN-TOP: 16px; BORDER-TOP: #cccccc 1px solid">
<TR><TD class=px12 align=center>
云江日报社版权所有　未经书面授权，不得复制或建立镜像<BR>
地址：云江市北京路218号　邮编：650051　新闻热线：0871-64123456<BR>
<A href="https://beian.miit.gov.cn" target=_blank>滇ICP备05000317号-1</A>　互联网新闻信息服务许可证：53120170001　技术支持：方正电子
</TD></TR>
</TABLE>
<SCRIPT language=javascript src="../../../script/count.js?art=%(art)s"></SCRIPT>
</BODY></HTML>
""" % {"title": E(a["title"]), "pname": E(pg["name"]), "enp": enp, "y": y, "m": m, "d": d,
       "week": EP_WEEK[date], "ym": ym, "dd": dd, "ban": ban, "ymd": date.replace("-", ""),
       "prevnode": int(node) - 1, "nextnode": int(node) + 1, "areas": "\n".join(areas),
       "sections": "\n".join(sections), "nav": "\n".join(nav), "title_rows": "\n".join(title_rows),
       "body": ep_body(a["items"], date), "node": node, "art": a["art"],
       "prevlink": ('<A href="content_%s_%s.htm">上一篇</A>' % (node, prev_a)) if prev_a else "上一篇",
       "nextlink": ('<A href="content_%s_%s.htm">下一篇</A>' % (node, next_a)) if next_a else "下一篇"}
        emit(a["name"], page, "utf-8", url=url, charset=a["charset"], title=a["title"],
             author=a["author"], published=date, lines=gold)


# ---------------------------------------------------------------------------
# 4. d-gov: 青溪县人民政府 portal, 领导讲话 pages.  GB2312.
# ---------------------------------------------------------------------------

GOV_SPEECHES = [
    {
        "name": "d-gov-1",
        "url": "http://www.qingxi.gov.cn/art/2021/3/5/art_1328_284306.html",
        "charset": "",
        "title": "凝心聚力抓落实 奋力开创乡村振兴新局面",
        "title_tag": None,
        "subtitle": "——在全县农业农村工作会议上的讲话",
        "speaker": "周建国",
        "dateline": "（2021年3月4日）",
        "pubtime": "2021-03-05 10:20:33",
        "pubmeta": "publishdate",
        "source": "县政府办公室",
        "items": [
            ("p", "同志们："),
            ("p", "今天召开全县农业农村工作会议，主要任务是贯彻落实中央和省、市农村工作会议精神，总结2020年全县农业农村工作，安排部署2021年重点任务。刚才，县农业农村局通报了去年工作情况，三个乡镇作了交流发言，讲得都很好，我都同意。下面，我再讲三点意见。"),
            ("h", "一、充分肯定成绩，进一步增强做好“三农”工作的信心"),
            ("p", "过去的一年，面对新冠肺炎疫情冲击和严重洪涝灾害的双重考验，全县上下坚持农业农村优先发展，扎实做好“六稳”工作、全面落实“六保”任务，农业农村发展保持了稳中向好的态势。"),
            ("p", "一是粮食生产再获丰收。全年粮食播种面积稳定在四十六万亩，总产量达到十八点三万吨，连续六年保持增长。生猪产能加快恢复，年末存栏达到十二万头，超额完成市里下达的目标任务。"),
            ("p", "二是脱贫攻坚圆满收官。全县现行标准下农村贫困人口全部脱贫，三十二个贫困村全部出列，“两不愁三保障”全面实现。我们建立了防止返贫监测和帮扶机制，对一千二百余户监测户落实了针对性帮扶措施。"),
            ("p", "三是农村改革持续深化。农村承包地确权登记颁证工作全面完成，农村集体产权制度改革整县推进，全县一百八十六个村全部成立股份经济合作社，村级集体经济收入全部达到五万元以上。"),
            ("p", "四是人居环境明显改善。新改建农村户用厕所八千六百户，农村生活垃圾收运处置体系实现全覆盖，创建省级美丽乡村示范村五个，农村面貌焕然一新。"),
            ("p", "五是农民收入稳步增长。全年农村常住居民人均可支配收入达到一万七千六百元，同比增长百分之八点二，增速高于城镇居民一点九个百分点。农村电商快速发展，全县农产品网络零售额突破三亿元。"),
            ("p", "在肯定成绩的同时，我们也要清醒地看到，全县农业产业链条短、附加值低，农民持续增收的基础还不牢固，农村基础设施和公共服务还有不少短板，这些问题必须下大力气加以解决。"),
            ("p", "特别是要看到，当前农业农村发展面临的外部环境依然复杂，极端天气多发频发，农产品市场价格波动较大，稳产保供和农民增收的压力不小。对此，我们必须保持清醒头脑，增强忧患意识，切实把困难估计得更充分一些，把措施考虑得更周全一些。"),
            ("h", "二、突出工作重点，全力推动乡村全面振兴"),
            ("p", "今年是“十四五”开局之年，也是巩固拓展脱贫攻坚成果同乡村振兴有效衔接的起步之年。全县农业农村工作要重点抓好以下五个方面。"),
            ("p", "（一）稳住粮食生产基本盘。严格落实粮食安全党政同责，确保粮食播种面积稳定在四十六万亩以上、产量稳定在十八万吨以上。坚决遏制耕地“非农化”、防止“非粮化”，今年新建高标准农田三万亩，让更多的“望天田”变成“丰产田”。"),
            ("p", "（二）巩固拓展脱贫攻坚成果。保持主要帮扶政策总体稳定，严格落实“四个不摘”要求，健全防止返贫动态监测和帮扶机制，做到早发现、早干预、早帮扶，坚决守住不发生规模性返贫的底线。要加强对脱贫人口和监测对象的产业就业帮扶，全县脱贫人口务工规模稳定在一万二千人以上，扶贫车间、公益性岗位要继续发挥好兜底作用。"),
            ("p", "（三）做大做强特色产业。围绕茶叶、油茶、中药材、生态养殖四大主导产业，培育壮大龙头企业和农民合作社，推进农产品精深加工和品牌建设。今年要新增市级以上农业产业化龙头企业三家，新认证绿色、有机农产品十个以上。要加快建设县农产品加工园区，引导企业向园区集聚，推动农业由卖原料向卖产品、卖品牌转变。"),
            ("p", "（四）扎实推进乡村建设。以农村人居环境整治提升为抓手，继续推进农村改厕、生活污水治理和村庄清洁行动，加快补齐农村道路、供水、电网、物流等基础设施短板，让农村具备更好的生产生活条件。今年要完成五十个行政村的生活污水治理任务，新改建农村公路一百二十公里，城乡供水一体化覆盖率达到百分之八十五以上。"),
            ("p", "（五）深化农村各项改革。稳妥推进农村宅基地制度改革试点，探索闲置农房和宅基地盘活利用的有效途径。发展壮大新型农村集体经济，今年全县村级集体经济经营性收入十万元以上的村要达到百分之六十。深化农业水价综合改革和集体林权制度改革，不断激发农村发展活力。"),
            ("h", "三、强化组织保障，确保各项任务落地见效"),
            ("p", "一要压紧压实责任。各乡镇党委书记要当好乡村振兴的“一线总指挥”，县直各部门要按照职责分工，主动对接、密切配合，形成上下联动、齐抓共管的工作格局。"),
            ("p", "二要强化要素投入。坚持把农业农村作为一般公共预算优先保障领域，提高土地出让收益用于农业农村的比例，引导金融资本和社会资本更多投向农业农村。"),
            ("p", "三要加强督查考核。县委、县政府督查室要把乡村振兴重点任务纳入年度督查计划，定期调度、通报进展，对工作不力、进度滞后的，要严肃问责。县里将把乡村振兴实绩作为乡镇党政领导班子和领导干部综合考核评价的重要内容，考核结果与干部选拔任用、评先评优直接挂钩。"),
            ("p", "四要锻造过硬队伍。加强乡村振兴干部队伍建设，选优配强村党组织书记，继续选派优秀干部到村任第一书记。大力培育高素质农民，今年要培训新型职业农民一千人以上，鼓励外出务工人员、大中专毕业生返乡创业，为乡村振兴提供人才支撑。"),
            ("p", "五要注重宣传引导。充分利用广播电视、政务新媒体等平台，大力宣传乡村振兴政策和各地的好经验、好做法，及时总结推广基层创造的典型案例，激发广大农民群众参与乡村振兴的积极性和主动性。"),
            ("p", "同志们，做好今年的农业农村工作，任务艰巨、责任重大。全县上下要坚定信心、真抓实干，奋力开创青溪乡村振兴新局面，以优异成绩庆祝中国共产党成立100周年！"),
        ],
    },
    {
        "name": "d-gov-2",
        "url": "http://www.qingxi.gov.cn/art/2021/2/23/art_1328_281977.html",
        "charset": "gb2312",
        "title": "坚守安全底线 压实安全责任 全力维护全县安全稳定大局",
        "title_tag": None,
        "subtitle": "——在全县安全生产工作会议上的讲话",
        "speaker": "刘志明",
        "dateline": "（2021年2月23日）",
        "pubtime": "2021-02-23 16:42:07",
        "pubmeta": "PubDate",
        "source": "县应急管理局",
        "items": [
            ("p", "同志们："),
            ("p", "今天我们召开全县安全生产工作会议，主要任务是认真贯彻落实全国、全省、全市安全生产电视电话会议精神，回顾总结2020年全县安全生产工作，分析当前面临的形势，安排部署今年的重点工作。刚才，县应急管理局通报了去年全县安全生产情况，县交通运输局、住建局和两个乡镇作了表态发言，县政府与各乡镇、县直有关部门签订了安全生产目标责任书。希望大家认真抓好落实。下面，我讲三点意见。"),
            ("h", "一、清醒认识当前安全生产面临的严峻形势"),
            ("p", "2020年，全县各级各部门坚持人民至上、生命至上，统筹抓好疫情防控和安全生产，全县未发生较大以上生产安全事故，事故起数和死亡人数同比分别下降百分之十八和百分之二十二，安全生产形势总体平稳。"),
            ("p", "成绩来之不易，但我们必须清醒地看到，全县安全生产基础依然薄弱，风险隐患依然较多。一是道路交通安全压力大。全县公路里程长，农村道路弯多坡陡，部分路段安全防护设施不完善，电动自行车、低速货车违法载人等问题时有发生。二是重点行业领域隐患多。全县现有非煤矿山十四座、危险化学品经营企业二十三家，部分企业安全投入不足，从业人员安全意识不强。三是自建房和人员密集场所风险不容忽视。城乡结合部自建房改作经营场所的情况较为普遍，消防通道被占用、电线私拉乱接等问题屡禁不止。四是汛期和地质灾害防范任务重。我县山区面积占全县总面积的七成以上，地质灾害隐患点多面广，去年汛期全县共发生小型地质灾害十一起，虽然没有造成人员伤亡，但教训深刻。"),
            ("p", "从全国、全省情况看，近期一些地方接连发生建筑施工、燃气爆炸等事故，教训十分惨痛。事故背后暴露出来的安全责任不落实、隐患排查不彻底、监管执法不严格等问题，在我县同样不同程度地存在，我们必须引以为戒、举一反三。"),
            ("p", "对这些问题，我们一定要保持高度警惕，决不能有丝毫的松懈和侥幸心理。"),
            ("h", "二、突出重点，全面抓好今年安全生产各项工作"),
            ("p", "（一）深入开展专项整治三年行动。今年是专项整治三年行动的攻坚之年，各牵头部门要对照任务清单，逐项对账销号。要聚焦危险化学品、非煤矿山、消防、道路交通、建筑施工等重点行业领域，集中开展隐患排查整治，做到排查不留死角、整改不留后患。对排查出的重大隐患，要实行挂牌督办，明确整改责任、整改措施、整改资金、整改时限和应急预案，整改不到位的决不放过。"),
            ("p", "（二）加强道路交通安全管理。公安、交通运输部门要加大对超载超限、酒后驾驶、无证驾驶等违法行为的查处力度，抓好农村客运、校车和“两客一危”车辆的动态监管。要加强对电动自行车的规范管理，开展佩戴安全头盔专项行动，减少交通事故伤亡。今年要完成三十处农村公路危险路段的安全生命防护工程建设。"),
            ("p", "（三）抓好重点时段安全防范。当前正值春季复工复产，各类企业陆续开工，要督促企业在复工前开展全面安全检查，对设备设施逐一检修，对从业人员进行复工安全教育，坚决防止“开工即出事”。清明节前后是森林火灾的高发期，各乡镇要落实护林员巡山和野外用火管控，严防森林火灾发生。五一、国庆等节假日和重大活动期间，要加强对人员密集场所、旅游景区的安全检查，严防拥挤踩踏等事故发生。"),
            ("p", "（四）提升应急处置能力。要加快完善县、乡两级应急预案体系，今年每个乡镇至少组织开展一次综合性应急演练。要加强应急物资储备，建好用好乡镇应急救援队伍，健全应急值守制度，严格落实二十四小时值班和领导带班制度，确保信息报送及时准确，确保一旦发生险情，能够拉得出、冲得上、打得赢。"),
            ("p", "（五）加强安全宣传教育。要深入开展“安全生产月”和安全宣传进企业、进农村、进社区、进学校、进家庭活动，普及安全知识，提升全民安全素质。要畅通举报渠道，落实举报奖励制度，鼓励群众和企业职工举报安全隐患和违法行为，形成全社会共同关注安全生产的良好氛围。各乡镇、各部门要结合实际，有针对性地开展应急演练和安全培训，切实提高群众的自救互救能力。"),
            ("h", "三、压紧压实责任，确保安全生产措施落到实处"),
            ("p", "一是落实党政领导责任。各乡镇、各部门主要负责同志是本地区本行业安全生产的第一责任人，要亲自研究部署、亲自检查督促，分管负责同志要具体抓、抓具体。要把安全生产纳入本地区经济社会发展总体规划，与经济工作同研究、同部署、同检查。"),
            ("p", "二是落实部门监管责任。严格按照“管行业必须管安全、管业务必须管安全、管生产经营必须管安全”的要求，厘清监管职责，消除监管盲区，决不允许出现推诿扯皮的现象。"),
            ("p", "三是落实企业主体责任。要督促企业建立健全全员安全生产责任制，加大安全投入，加强员工培训。对隐患整改不到位、拒不执行监管指令的企业，要依法从严处罚，该停产的停产，该关闭的关闭。"),
            ("p", "四是严格考核问责。县安委会办公室要加强督查检查，对工作不力、隐患整改不到位的，要及时通报、限期整改；对发生生产安全事故的，要严格按照“四不放过”原则，严肃追究有关人员责任。对安全生产工作成绩突出的单位和个人，要给予表彰奖励。"),
            ("p", "五是夯实基层基础。要推进乡镇应急管理机构规范化建设，配齐配强专职工作人员，确保基层安全监管有人员、有装备、有经费，打通安全生产监管的“最后一公里”。"),
            ("p", "同志们，安全生产责任重于泰山。我们要以对人民群众生命财产安全高度负责的态度，坚持以防为主、关口前移，扎实做好各项工作，为全县经济社会高质量发展创造良好的安全环境，以优异成绩庆祝中国共产党成立100周年！"),
        ],
    },
    {
        "name": "d-gov-3",
        "url": "http://www.qingxi.gov.cn/art/2021/3/17/art_1328_285112.html",
        "charset": "",
        "title": "以更优营商环境激发高质量发展新活力",
        # the site's 简繁 converter left the <title> in traditional script
        "title_tag": "以更優營商環境激發高質量發展新活力 - 領導講話 - 青溪縣人民政府",
        "subtitle": "——在全县优化营商环境工作推进会上的讲话",
        "speaker": "王海燕",
        "dateline": "（2021年3月16日）",
        "pubtime": "2021-03-17 09:05:41",
        "pubmeta": "PubDate",
        "source": "县发展改革委",
        "items": [
            ("p", "同志们："),
            ("p", "营商环境就是生产力、竞争力。今天召开全县优化营商环境工作推进会，目的就是进一步统一思想、明确任务、压实责任，推动全县营商环境持续改善。刚才，县发展改革委通报了全县营商环境评价情况，县行政审批局、税务局作了交流发言，几家企业代表提出了很好的意见建议，请有关部门认真研究、逐条回应。下面，我讲三个方面的意见。"),
            ("h", "一、正视差距，切实增强优化营商环境的紧迫感"),
            ("p", "近年来，全县上下围绕“放管服”改革做了大量工作，企业开办时间压缩到一个工作日以内，工程建设项目审批时间压缩到六十个工作日以内，“一网通办”事项覆盖率达到百分之九十以上，营商环境有了明显改善。"),
            ("p", "去年，面对疫情冲击，我们出台了支持企业复工复产的二十条措施，累计为企业减税降费四点六亿元，发放纾困贷款十二亿元，帮助一百多家中小企业渡过了难关。全县市场主体总量突破五万户，同比增长百分之十一点三。"),
            ("p", "但是也要看到，在去年全市营商环境评价中，我县排名仍处于中游，部分指标还比较靠后。有的窗口服务态度生硬，“门好进、脸好看”了，“事难办”的问题依然存在；有的部门之间数据不共享，企业办一件事还要在几个部门之间来回跑；有的政策出台了，却没有配套细则，企业看得见、摸不着；还有的干部怕担责任，能办的事拖着办，能快办的事慢慢办。这些问题，企业有意见，群众有感受，我们必须正视，下决心加以解决。"),
            ("p", "我们还要清醒认识到，区域之间的竞争，说到底是营商环境的竞争。周边县市都在比拼服务、比拼效率，我们慢一步，项目就可能落到别人家里；我们退一步，企业就可能用脚投票。对此，大家一定要有紧迫感和危机感。"),
            ("h", "二、聚焦重点，全力打造一流营商环境"),
            ("p", "（一）在提升政务服务效率上下功夫。全面推行“一窗受理、集成服务”，今年年底前实现企业和群众办事“最多跑一次”事项占比达到百分之九十五以上。推行项目审批“容缺受理”“告知承诺”等制度，对符合条件的重大项目实行“拿地即开工”。全面推广“企业开办一件事”“项目审批一件事”等集成服务，推动更多事项“掌上办”“一次办”。要加快推进政务服务向乡镇、村延伸，让群众在家门口就能办成事。"),
            ("p", "（二）在减轻企业负担上下功夫。全面落实国家和省、市减税降费政策，确保应享尽享、直达快享，今年新增减税降费一亿元以上。规范涉企收费，全面推行涉企收费目录清单制度，清单之外一律不得收费，坚决查处各类乱收费、乱罚款、乱摊派行为。政府部门和国有企业要带头清理拖欠民营企业和中小企业账款，做到应付尽付。"),
            ("p", "（三）在破解融资难题上下功夫。建立银企对接常态化机制，每季度至少举办一次银企对接会。用好县级政府性融资担保机构和应急转贷资金，降低中小企业融资成本。鼓励银行机构开发适合小微企业和个体工商户的信贷产品，推广“信用贷”“税易贷”等无抵押贷款，让企业贷得到、贷得快、贷得起。今年力争全县普惠小微企业贷款余额增长百分之二十以上。"),
            ("p", "（四）在营造公平法治环境上下功夫。依法平等保护各类市场主体产权和合法权益，全面推行“双随机、一公开”监管，对企业轻微违法行为依法不予处罚或者减轻处罚，做到既有力度又有温度。要加强知识产权保护，严厉打击侵权假冒行为，为企业创新发展保驾护航。"),
            ("p", "（五）在构建亲清政商关系上下功夫。建立县领导联系重点企业制度，定期走访企业、召开企业家座谈会，面对面听取意见、点对点解决难题。各级干部要坦荡真诚地同企业家打交道，既要“亲”，主动靠前服务，又要“清”，守住纪律底线。要建立政务诚信监测机制，政府作出的承诺必须兑现，决不能“新官不理旧账”。"),
            ("p", "（六）在强化人才支撑上下功夫。落实人才引进和激励政策，帮助企业引进急需紧缺的技术人才和管理人才，在住房、子女入学、配偶就业等方面提供保障。深化校企合作，支持县职业技术学校围绕主导产业开设专业，为企业培养更多用得上、留得住的技能人才。"),
            ("h", "三、强化保障，确保各项举措落地见效"),
            ("p", "一要加强组织领导。县优化营商环境工作领导小组要发挥统筹协调作用，定期研究解决重大问题。各牵头部门要对照全市营商环境评价指标，逐项制定提升方案，明确时间表、路线图和责任人。县级领导要带头领办营商环境重点改革事项，一级抓一级、层层抓落实。"),
            ("p", "二要强化监督考核。把优化营商环境工作纳入全县综合考核，加大考核权重。畅通“12345”政务服务便民热线等投诉渠道，对企业反映的问题实行台账管理、限时办结，办理结果要向企业反馈。每半年开展一次营商环境第三方评估，评估结果向社会公开。"),
            ("p", "三要严肃追责问责。县纪委监委要把损害营商环境的突出问题作为监督执纪的重点，对慢作为、不作为、乱作为的，发现一起、查处一起、通报一起，绝不姑息。"),
            ("p", "四要营造良好氛围。要加大对优化营商环境政策措施和典型经验的宣传力度，及时曝光反面典型，在全社会形成“人人都是营商环境、处处都是营商环境”的浓厚氛围。"),
            ("p", "五要健全长效机制。要及时总结优化营商环境的好经验、好做法，把行之有效的措施上升为制度规范，推动营商环境建设制度化、常态化、长效化。"),
            ("p", "同志们，优化营商环境只有进行时，没有完成时。全县各级各部门要以“等不起”的紧迫感、“慢不得”的危机感、“坐不住”的责任感，把优化营商环境各项任务抓实抓细，让企业在青溪安心投资、放心经营、专心发展，为全县高质量发展注入新的活力！"),
        ],
    },
]

GOV_LINKS = [
    ("http://www.gov.cn/", "中国政府网"),
    ("http://www.zj.gov.cn/", "浙江省人民政府"),
    ("http://www.lishui.gov.cn/", "丽水市人民政府"),
    ("http://www.lqs.gov.cn/", "龙泉市人民政府"),
    ("http://www.qingtian.gov.cn/", "青田县人民政府"),
    ("http://www.yunhe.gov.cn/", "云和县人民政府"),
    ("http://www.qingyuan.gov.cn/", "庆元县人民政府"),
    ("http://www.jnx.gov.cn/", "缙云县人民政府"),
    ("http://www.suichang.gov.cn/", "遂昌县人民政府"),
    ("http://www.songyang.gov.cn/", "松阳县人民政府"),
]

GOV_SIDE = ["领导讲话", "政府文件", "政策解读", "人事任免", "规划计划", "财政预决算", "重点领域信息公开", "政府信息公开年报"]


def gb_entities(s, enc="gb2312"):
    """Characters the page's charset lacks become numeric references, as the CMS writes them."""
    return "".join(c if c.encode(enc, "ignore") else "&#%d;" % ord(c) for c in s)


def make_gov():
    for i, g in enumerate(GOV_SPEECHES):
        title_tag = g["title_tag"] or "%s - 领导讲话 - 青溪县人民政府" % g["title"]
        if g["pubmeta"] == "publishdate":
            datemeta = '<meta name="publishdate" content="%s">' % g["pubtime"][:10]
        else:
            datemeta = '<meta name="PubDate" content="%s">' % g["pubtime"][:16]
        body = []
        body.append('<p style="text-align: center;">%s</p>' % E(g["subtitle"]))
        body.append('<p style="text-align: center;">%s</p>' % E(g["speaker"]))
        body.append('<p style="text-align: center;">%s</p>' % E(g["dateline"]))
        for it in g["items"]:
            if it[0] == "h":
                body.append('<p style="text-indent: 2em;"><strong>%s</strong></p>' % E(it[1]))
            elif it[1] == "同志们：":
                body.append('<p>%s</p>' % E(it[1]))
            else:
                body.append('<p style="text-indent: 2em;">%s</p>' % E(it[1]))
        others = [s for s in GOV_SPEECHES if s is not g]
        prev_t = others[0]["title"]
        next_t = others[1]["title"]
        links = "\n".join('<li><a href="%s" target="_blank">%s</a></li>' % (u, E(t)) for u, t in GOV_LINKS)
        side = "\n".join('<li%s><a href="/col/col%d/index.html">%s</a></li>' % (' class="on"' if k == 0 else "", 1328 + k, E(t)) for k, t in enumerate(GOV_SIDE))
        desc = g["items"][1][1][:60]
        page = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>%(title_tag)s</title>
<meta name="SiteName" content="青溪县人民政府">
<meta name="SiteDomain" content="www.qingxi.gov.cn">
<meta name="SiteIDCode" content="3311290001">
<meta name="ColumnName" content="领导讲话">
<meta name="ColumnType" content="领导讲话">
<meta name="ArticleTitle" content="%(title)s">
%(datemeta)s
<meta name="ContentSource" content="%(source)s">
<meta name="Keywords" content="%(title)s">
<meta name="Description" content="%(desc)s">
<link href="/images/1328/css/public.css" rel="stylesheet" type="text/css" />
<link href="/images/1328/css/article.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/module/jslib/jquery/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/images/1328/js/fanti.js"></script>
<script type="text/javascript">
function doZoom(size){ document.getElementById('zoom').style.fontSize = size + 'px'; }
</script>
</head>
<body>
<div class="topbar">
  <div class="w1000">
    <span class="fl" id="today"><script type="text/javascript">var d=new Date();document.write('今天是：'+d.getFullYear()+'年'+(d.getMonth()+1)+'月'+d.getDate()+'日');</script></span>
    <span class="fr"><a href="javascript:void(0);" id="StranLink" onclick="StranBody()">繁&#39636;版</a> | <a href="javascript:void(0);" onclick="aria.start()">无障碍</a> | <a href="http://m.qingxi.gov.cn/">手机版</a> | <a href="http://weibo.com/qingxifb" target="_blank">政务微博</a> | <a href="/col/col1301/index.html">政务微信</a></span>
  </div>
</div>
<div class="header">
  <div class="w1000">
    <a href="/" class="logo"><img src="/images/1328/images/logo.png" alt="青溪县人民政府" /></a>
    <form class="search" action="/jrobot/search.do" method="get" target="_blank"><input type="hidden" name="webid" value="1" /><input type="text" name="q" class="txt" value="请输入关键字" /><input type="submit" class="btn" value="搜索" /></form>
  </div>
</div>
<div class="nav">
  <ul class="w1000">
    <li><a href="/">首页</a></li>
    <li><a href="/col/col1290/index.html">走进青溪</a></li>
    <li class="on"><a href="/col/col1300/index.html">政务公开</a></li>
    <li><a href="/col/col1350/index.html">政务服务</a></li>
    <li><a href="/col/col1370/index.html">互动交流</a></li>
    <li><a href="/col/col1390/index.html">专题专栏</a></li>
  </ul>
</div>
<div class="w1000 main">
  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1300/index.html">政务公开</a> &gt; <a href="/col/col1328/index.html">领导讲话</a></div>
  <div class="left">
    <div class="side-title">政务公开</div>
    <ul class="side-list">
%(side)s
    </ul>
  </div>
  <div class="right">
    <div class="article">
      <h1 class="title">%(title)s</h1>
      <div class="info">发布时间：%(pubtime)s　来源：%(source)s　浏览次数：<span id="hits"><script type="text/javascript" src="/module/visitcount/articlehits.jsp?colid=1328&artid=%(artid)s"></script></span>　【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
      <div class="content" id="zoom">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
%(body)s
<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
      </div>
      <div class="print">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.opener=null;window.close();">关闭</a>】</div>
      <div class="prenext">
        <p>上一篇：<a href="/art/2021/3/1/art_1328_283001.html">%(prev)s</a></p>
        <p>下一篇：<a href="/art/2021/3/9/art_1328_284457.html">%(next)s</a></p>
      </div>
    </div>
  </div>
</div>
<div class="w1000 links">
  <div class="links-title">相关链接</div>
  <ul class="links-list">
%(links)s
  </ul>
</div>
<div class="footer">
  <div class="w1000">
    <div class="dzjg"><script type="text/javascript">document.write(unescape("%%3Cspan id='_ideConac' %%3E%%3C/span%%3E%%3Cscript src='http://dcs.conac.cn/js/13/000/0000/40613543/CA130000000406135430001.js' type='text/javascript'%%3E%%3C/script%%3E"));</script></div>
    <p><a href="/col/col1395/index.html">网站地图</a> | <a href="/col/col1396/index.html">联系我们</a> | <a href="/col/col1397/index.html">隐私声明</a></p>
    <p>主办单位：青溪县人民政府办公室　承办单位：青溪县大数据发展中心　联系电话：0578-6123456</p>
    <p>网站标识码：3311290001　<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备05021876号-1</a>　<img src="/images/1328/images/ga.png" /> 浙公网安备 33112902000106号</p>
    <p><script id="_jiucuo_" sitecode="3311290001" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3311290001&url=%(urlq)s" target="_blank">政府网站找错</a></p>
  </div>
</div>
</body>
</html>
""" % {"title_tag": gb_entities(title_tag), "title": E(g["title"]), "datemeta": datemeta,
       "source": E(g["source"]), "desc": A(desc), "side": side, "pubtime": g["pubtime"],
       "artid": g["url"].rsplit("_", 1)[1].split(".")[0], "body": "\n".join(body),
       "prev": E(prev_t), "next": E(next_t), "links": links,
       "urlq": g["url"].replace(":", "%3A").replace("/", "%2F")}
        gold = [g["subtitle"]] + gold_lines(g["items"])
        emit(g["name"], page, "gb2312", url=g["url"], charset=g["charset"], title=g["title"],
             author=g["speaker"], published=g["pubtime"][:10], lines=gold)


# ---------------------------------------------------------------------------
# 5. d-selfmedia: 搜狐号-style self-media article pages.  UTF-8.
# ---------------------------------------------------------------------------

SM_FEED = [
    ("这座小城的夜市，凭一碗糖水火了三十年", "老板说，糖水要用井水熬，这是他父亲传下来的规矩。"),
    ("春天去哪儿？这五个小众赏花地人少景美", "不用挤景区，周末开车一小时就能到。"),
    ("70岁老人每天骑行30公里，医生却这样提醒", "运动虽好，老年人还要注意心率和补水。"),
    ("一个老钳工的最后一天", "他把用了三十年的工具擦得干干净净，交给了徒弟。"),
    ("县城的年轻人，都在忙些什么？", "有人开网店，有人回乡种果树，也有人还在犹豫。"),
    ("菜市场里的“老字号”，你家附近还有吗", "一家卤味摊，一个修鞋铺，撑起了一条街的记忆。"),
    ("那些年我们用过的铁皮文具盒", "打开盖子，里面是整个童年。"),
    ("油菜花开了，这个村子的人却在发愁", "游客多了，垃圾也多了，村里想了一个办法。"),
    ("退休后学书法，这三个误区要避开", "很多初学者一上来就临名帖，其实不一定合适。"),
    ("外婆的腌菜坛子", "每年冬天，她都要腌上满满两坛，一直吃到开春。"),
    ("一条老街的重生：从破败到热门只用了两年", "改造没有拆一栋老房子，这是怎么做到的。"),
    ("为什么老一辈人总舍不得扔东西", "一只旧搪瓷杯背后，是一代人的生活方式。"),
    ("在山区小学支教的一年", "孩子们最喜欢的不是新书包，而是每周一次的音乐课。"),
    ("消失的供销社", "玻璃柜台、算盘和一捆捆花布，你还记得吗。"),
    ("老火车站改成了图书馆，周末一座难求", "候车大厅的长椅还在，只是换了一批等待的人。"),
    ("一碗阳春面里的讲究", "看起来清汤寡水，功夫全在那一勺猪油里。"),
    ("父亲的老式自行车", "二十八寸，永久牌，后座上载过我整个童年。"),
    ("回老家过年，发现村里的路都变了", "泥巴路变成了水泥路，路灯一直亮到村口。"),
    ("小城公园里的“相亲角”，家长比孩子还着急", "一张张写着条件的纸片，挂满了整排栏杆。"),
    ("一位乡村邮递员的三十年", "他走过的山路，加起来能绕地球两圈。"),
    ("春季养生，老中医推荐这几样家常菜", "不用花大钱，菜市场里就能买到。"),
    ("县城的电影院又热闹起来了", "春节档过后，小城观众的热情依旧不减。"),
    ("我的母亲是一名赤脚医生", "她的药箱里，装着一个村子的健康。"),
    ("老茶馆里的一天", "早上五点开门，来的都是几十年的老茶客。"),
    ("那些藏在巷子里的手艺人", "修钟表的、补瓷器的、做竹编的，越来越少了。"),
    ("一座水库边的小镇，正在悄悄变美", "环湖绿道修通以后，骑行的人一年比一年多。"),
    ("小时候的露天电影", "一块白布两根竹竿，全村人搬着板凳去占位置。"),
    ("给父母装智能手机，这几个设置一定要做", "字体调大，拦截骚扰电话，还有一个功能很多人不知道。"),
    ("老街上的裁缝铺，还在坚持手工做衣服", "老师傅说，量体裁衣，一寸都不能差。"),
    ("在景德镇学做陶瓷的年轻人", "他们从全国各地来，有人一待就是五年。"),
    ("雨后进山挖春笋", "要看准土里的裂缝，一锄头下去，笋就出来了。"),
    ("一家开了四十年的照相馆", "墙上挂着的老照片，记录了一座小城的变迁。"),
    ("为什么越来越多年轻人爱逛菜市场", "比起超市，这里多了一点人情味。"),
    ("回不去的故乡，吃不够的家乡菜", "一道梅干菜扣肉，是多少游子的乡愁。"),
    ("奶奶学会了视频通话", "她每次都把镜头对着自己的额头，我们却舍不得提醒她。"),
    ("这座古镇的石板路，走了六百年", "每一块石板上，都留着无数人的脚印。"),
    ("乡村学校的篮球赛，比职业联赛还精彩", "场边的加油声，整个山坳都听得见。"),
    ("春耕时节，山里的梯田美成了一幅画", "放水、犁田、插秧，农人们又忙起来了。"),
    ("一个修了五十年钢笔的老人", "他说，只要还有人用钢笔，他就一直修下去。"),
    ("小城的早市，藏着最地道的烟火气", "天不亮就开张，八点钟就收摊，去晚了就什么都没有了。"),
]

SM_ACCOUNTS = ["老街旧事", "城乡笔记", "慢生活志", "地方风物", "乡土中国观察", "一城一味"]

SM_ARTICLES = [
    {
        "name": "d-selfmedia-1",
        "url": "https://www.sohu.com/a/454730112_121056387",
        "charset": "utf-8",
        "account": "江南食单", "acc_id": "121056387", "acc_stats": ("文章 612", "总阅读 1873万"),
        "title": "一座小城的早餐，藏着它全部的脾气",
        "tags": ("早餐", "面馆", "包子铺"),
        "time": "2021-03-06 08:30",
        "byline": "文 | 沈青禾",
        "author": "沈青禾",
        "reads": 23518,
        "items": [
            ("p", "如果只有一个早上认识一座小城，我会去它的早餐铺子。"),
            ("p", "在浙南的一个县城，我住过半个月。每天早上六点多，街口那家没有招牌的小店就开门了。灶台支在门外，一口大铁锅里翻滚着骨头汤，案板上堆着刚擀好的面。老板是一对中年夫妻，男的下面，女的收钱，两个人一天说不了十句话，配合得却像一个人。"),
            ("img", "v2-7c1b5e0a3d.jpeg", "清晨六点，街口的面馆已经坐满了人。"),
            ("p", "这里的人吃早餐不讲究排场。一碗面，一碟咸菜，有时再加一个荷包蛋。来吃的多是熟客，进门不用开口，老板娘就知道你要什么：老张要宽面多放葱，李老师不吃辣，菜市场卖鱼的阿强要两碗，一碗当早饭，一碗当午饭。"),
            ("p", "我问老板娘，每天这么早起，累不累。她说习惯了，她公公那一辈就在这条街上卖面，到她家已经是第三代。店面换过两回，锅换过不知道多少口，汤的味道没有变过。"),
            ("img", "v2-9a44d2e871.jpeg", "骨头汤要熬足四个小时，这是老板坚持了二十年的规矩。"),
            ("p", "吃完面，往前走两百米是一家包子铺。包子铺门口永远排着队，排队的人手里拿着手机，也有人拿着报纸。一笼小笼包八个，皮薄，汁多，咬一口要先吸一下，不然烫嘴。排在我前面的一位老先生说，他每天早上来买一笼，吃了十几年了，孩子们都在外地，每次打电话回来，第一句话问的是：包子铺还开着吗？"),
            ("p", "我后来想，一座小城的脾气，大概就藏在这些早餐里。它不着急，不张扬，一碗面可以煮几十年，一笼包子可以等你十几年。大城市的早餐是为了赶路，小城的早餐是为了过日子。"),
            ("img", "v2-2f08be61c4.jpeg", "包子铺门口排队的街坊，多半彼此认识。"),
            ("p", "离开那天，我又去吃了一碗面。老板娘照例多给我加了一勺汤，说路上远，喝饱了好赶车。我端着碗，看着门外的街慢慢热闹起来，忽然有点不想走了。"),
        ],
    },
    {
        "name": "d-selfmedia-2",
        "url": "https://www.sohu.com/a/455392061_120987254",
        "charset": "",
        "account": "夕阳红学堂", "acc_id": "120987254", "acc_stats": ("文章 1038", "总阅读 3562万"),
        "title": "退休后，我在老年大学学会了画画",
        "tags": ("老年大学", "国画", "退休生活"),
        "time": "2021-03-09 15:12",
        "byline": "",
        "author": "",
        "reads": 8764,
        "items": [
            ("p", "六十岁那年，我从单位退了下来。头一个月，天天在家看电视，看得眼睛发花，老伴说我像一尊菩萨，坐在沙发上就不动了。"),
            ("p", "女儿给我报了老年大学的国画班。我起初不想去，觉得一把年纪了，拿起毛笔手都抖，画出来让人笑话。女儿说，您就当去交朋友。我拗不过她，就去了。"),
            ("p", "第一堂课，老师让我们画竹子。一根竹竿分三节，每节要一笔下来，中间留白。我画了一下午，纸用了二十多张，竹竿不是歪的就是粗细不匀，像一截截甘蔗。坐我旁边的老周比我大五岁，以前是钳工，他画得也不好，我们俩互相看了一眼，都笑了。"),
            ("img", "v2-55e0c91d2b.jpeg", "老年大学国画班的课堂，最年长的学员已经七十八岁。"),
            ("p", "后来我才知道，班上的同学什么人都有，有退休的教师，有从工厂下来的，也有种了一辈子地、跟着儿女进城的。大家在这里不问从前做过什么，只比谁的竹子画得直，谁的梅花点得好看。"),
            ("p", "画画是磨性子的事。墨要慢慢研，水要一点一点调，急了就洇成一团。我年轻时脾气急，在单位和人吵过不少架，这两年画下来，老伴说我说话都慢了。"),
            ("img", "v2-b3a7710e96.jpeg", "笔者的习作《墨竹》。"),
            ("p", "去年秋天，学校办了一次学员作品展，我的一幅《墨竹》挂在了走廊里。那天我带老伴去看，她站在画前看了很久，说，还真像那么回事。我心里比当年评上先进还高兴。"),
            ("p", "现在我每个星期去上两次课，其余时间在家里练。阳台改成了画室，摆了一张旧书桌，桌上压着毛毡，笔筒里插满了大大小小的毛笔。早上起来先画一张，画好了就拍照发到班级群里，大家互相点评，热闹得很。"),
            ("p", "有人问我，学这个有什么用，又不能卖钱。我说，人老了，总得有一件事，让你每天早上醒来有点盼头。对我来说，这件事就是画画。"),
        ],
    },
    {
        "name": "d-selfmedia-3",
        "url": "https://www.sohu.com/a/456601978_121188530",
        "charset": "utf-8",
        "account": "铁道往事", "acc_id": "121188530", "acc_stats": ("文章 287", "总阅读 906万"),
        "title": "那条消失的小铁路",
        "tags": ("林区铁路", "小火车", "老车站"),
        "time": "2021-03-14 20:47",
        "byline": "",
        "author": "",
        "reads": 15201,
        "items": [
            ("p", "在我老家，曾经有一条窄轨小铁路，从县城通到山里的林场，全长六十多公里。它修于上世纪五十年代，最早是为了把山里的木头运出来，后来也拉人。2002年，这条铁路正式停运，铁轨陆续被拆除，如今只剩下几段路基和一座老车站，隐没在荒草里。"),
            ("h", "会喘气的小火车"),
            ("p", "小时候，我们管那列火车叫“小火车”。车头是蒸汽机车，个头只有普通火车的一半，拉着七八节车厢，跑起来呼哧呼哧的，像一个爬坡的老人。车厢是木头的，座椅是两排长条凳，冬天车厢中间生一个铁炉子，乘客围着炉子烤火，烤红薯的香味能飘满整节车厢。"),
            ("img", "v2-0d6e4a88f1.jpeg", "上世纪八十年代行驶在林区的小火车。"),
            ("credit", "图片来源：网络"),
            ("p", "小火车跑得很慢，最快也就每小时二十公里，从县城到林场要走四个多钟头。路上要停十几个站，有的站只有一块木牌子，连个房子都没有。但它是山里人出门的唯一指望：卖山货的、看病的、走亲戚的、进城读书的，都要坐它。"),
            ("h", "一个小站的四十年"),
            ("p", "铁路中间有一个小站叫石门站，站长姓杨，在那里干了四十年。车站只有两间平房，一间售票，一间住人。杨站长一个人管售票、扳道、打铃，还要在站台边上种菜。"),
            ("p", "我读中学的时候，每个周末都从石门站上车回家。杨站长认得每一个常坐车的学生，谁没带钱，他就先把票赊给你，说下回再给。他有一个小本子，上面记着谁欠了几毛钱，字写得很工整。铁路停运那年，他把那个本子烧了，说，都是孩子，算了。"),
            ("img", "v2-61fb3c27d0.jpeg", "石门站旧址，站房如今已经无人居住。"),
            ("h", "铁路走了以后"),
            ("p", "铁路停运以后，公路修进了山里，坐汽车到县城只要一个多小时。山里人出门方便了，小火车也就没有人再提起。"),
            ("p", "前几年，县里把石门站的旧站房修缮了一下，挂了一块“林区铁路遗址”的牌子，还在旁边铺了一小段铁轨，放了一节旧车厢。周末偶尔有人开车来拍照，站在车厢前比个手势，拍完就走了。"),
            ("p", "我也去过一次。站房的门锁着，窗户玻璃上蒙着灰，我趴在窗口往里看，墙上还挂着一块小黑板，上面用粉笔写着发车时刻，字迹已经淡得快看不清了。我站了很久，好像还能听见远处传来那一声熟悉的汽笛。"),
        ],
    },
    {
        "name": "d-selfmedia-4",
        "url": "https://www.sohu.com/a/457488215_120733916",
        "charset": "",
        "account": "县城青年观察", "acc_id": "120733916", "acc_stats": ("文章 455", "总阅读 1204万"),
        "title": "在县城开书店的第五年",
        "tags": ("书店", "县城", "读书会"),
        "time": "2021-03-19 11:06",
        "byline": "作者：周小北",
        "author": "周小北",
        "reads": 31877,
        "items": [
            ("p", "五年前，我从省城辞职回到县城，在老街上开了一家书店。朋友们都说我疯了：大城市的书店都在关门，你跑到县城去开，能撑几个月？"),
            ("p", "书店不大，六十多平方米，原来是一家裁缝铺。我把墙刷成白色，沿墙钉了一圈书架，中间摆了两张长桌，角落里放一台咖啡机。开业那天，来了不少人，大多是来看热闹的，转一圈，问一句“这书能借吗”，就走了。"),
            ("p", "头一年几乎没有赚钱。县城的人买书，要么在网上买，要么去新华书店买教辅，很少有人会专门来一家小书店。我每天坐在柜台后面，看着门口来来往往的人，有时候一整天只卖出两本书。"),
            ("img", "v2-c81d09a4e5.jpeg", "书店原来是一家裁缝铺，门口的老招牌一直没有摘。"),
            ("p", "转机是从一群中学生开始的。县一中离书店不远，有几个高一的孩子放学后常来，坐在长桌边写作业，写完了就翻翻书架上的小说。我没有赶他们，还给他们倒白开水。后来他们带来了同学，同学又带来了家长。"),
            ("p", "第二年，我在店里办了一个读书会，每个月一次，选一本书，大家坐在一起聊。第一次只来了五个人，后来慢慢多了起来，有中学老师，有医院的护士，有在超市上班的年轻人，还有一位七十多岁的退休干部，每次都坐在最前面，拿着笔记本，记得比谁都认真。"),
            ("img", "v2-4e29fa61b7.jpeg", "每月一次的读书会，最多的时候来了四十多个人。"),
            ("p", "现在，书店勉强能够维持。卖书的钱不多，一半的收入靠咖啡和文具，还有一部分来自给学校做的阅读活动。我没有发财，但也没有像朋友们说的那样撑不过几个月。"),
            ("p", "有人问我，在县城开书店，图什么。我想了想，大概是图一个地方吧。一个孩子放学后可以安安静静待着的地方，一个大人下了班不想回家时可以坐一坐的地方。县城里有很多饭馆、很多超市、很多奶茶店，总该有一家书店。"),
            ("p", "前几天，一个已经考上大学的孩子回来看我。她是当年最早来写作业的那几个学生之一。她说，在大学里第一次参加读书会，发现自己一点也不怯场，因为高中的时候就在这里练过了。她说这话的时候，我正在给她煮咖啡，手抖了一下，洒了一点在桌子上。"),
        ],
    },
]

SM_AGO = ["3小时前", "5小时前", "昨天", "2天前", "1小时前", "6小时前", "3天前", "4小时前"]


def sm_body(a):
    ymd = a["time"][:10].replace("-", "")
    out = ['<p data-role="original-title" style="display:none">原标题：%s</p>' % E(a["title"])]
    if a["byline"]:
        out.append('<p><span style="color: #999999;">%s</span></p>' % E(a["byline"]))
    for it in a["items"]:
        if it[0] == "p":
            out.append("<p>%s</p>" % E(it[1]))
        elif it[0] == "h":
            out.append('<p><strong><span style="font-size: 18px;">%s</span></strong></p>' % E(it[1]))
        elif it[0] == "img":
            out.append('<p style="text-align: center;"><img src="//p%d.itc.cn/q_70/images03/%s/%s" max-width="600"></p>' % (len(it[1]) % 9, ymd, it[1]))
            out.append('<p style="text-align: center;"><span style="font-size: 14px; color: #888888;">%s</span></p>' % E(it[2]))
        elif it[0] == "credit":
            out.append('<p style="text-align: center;"><span style="font-size: 12px; color: #aaaaaa;">%s</span></p>' % E(it[1]))
    out.append('<p><a href="//www.sohu.com/?strategyid=00001 " target="_blank" title="点击进入搜狐首页" id="backsohucom" style="white-space: nowrap;"><span class="backword"><i class="backsohu"></i>返回搜狐，查看更多</span></a></p>')
    out.append('<p data-role="editor-name">责任编辑：<span></span></p>')
    return "\n".join(out)


def make_selfmedia():
    for k, a in enumerate(SM_ARTICLES):
        start = k * 7
        feed = []
        for j in range(25):
            t, teaser = SM_FEED[(start + j) % len(SM_FEED)]
            aid = 454000000 + (k * 25 + j) * 41117 % 3900000
            feed.append("""        <div data-role="news-item" class="news-box clear">
          <div class="pic img-do left"><a href="//www.sohu.com/a/%(aid)d_%(acc)d?scm=1002.44003c.fe017c.PC_ARTICLE_REC&spm=smpc.content.fd-d.%(j)d" target="_blank"><img src="//p%(p)d.itc.cn/q_70/c_zoom,w_220,h_146/images03/20210305/%(aid)x.jpeg" alt=""></a></div>
          <h4><a href="//www.sohu.com/a/%(aid)d_%(acc)d?scm=1002.44003c.fe017c.PC_ARTICLE_REC&spm=smpc.content.fd-d.%(j)d" target="_blank">%(t)s</a></h4>
          <p class="feed-summary">%(teaser)s</p>
          <div class="other"><span class="name"><a href="//mp.sohu.com/profile?xpt=%(acc)d" target="_blank">%(an)s</a></span><span class="dot">·</span><span class="time">%(ago)s</span><span class="com"><i class="icon-comment"></i>%(c)d</span></div>
        </div>""" % {"aid": aid, "acc": 120000000 + (k * 31 + j * 997) % 1200000, "j": j + 1, "p": (j % 9) + 1,
                     "t": E(t), "teaser": E(teaser), "an": E(SM_ACCOUNTS[(k + j) % len(SM_ACCOUNTS)]),
                     "ago": SM_AGO[(k + j) % len(SM_AGO)], "c": (j * 37 + k * 11) % 300})
        first = [it[1] for it in a["items"] if it[0] == "p"][0]
        title_tag = "%s_%s_%s" % (a["title"], a["tags"][0], a["tags"][1])
        page = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
<meta http-equiv="X-UA-Compatible" content="IE=Edge"/>
<meta name="viewport" content="width=device-width, initial-scale=1.0"/>
<title>%(title_tag)s</title>
<meta name="keywords" content="%(kw)s"/>
<meta name="description" content="%(desc)s"/>
<meta property="og:type" content="news"/>
<meta property="og:title" content="%(title_a)s"/>
<meta property="og:description" content="%(desc)s"/>
<meta property="og:image" content="https://p5.itc.cn/q_70/images03/%(ymd)s/%(img0)s"/>
<meta property="og:url" content="%(url)s"/>
<meta property="og:release_date" content="%(time)s"/>
<meta itemprop="dateUpdate" content="%(time)s"/>
<meta itemprop="datePublished" content="%(time)s"/>
<meta name="mediaid" content="%(account)s"/>
<meta property="og:site_name" content="搜狐"/>
<link rel="canonical" href="%(url)s"/>
<link rel="stylesheet" href="//statics.itc.cn/mptc-pc/article/20210302/css/main.css"/>
<script>
var article_config = {channel_id:"24", category_id:"1213", media_id:"%(acc_id)s", news_id:"%(nid)s", is_original:"false", publish_time:"%(time)s"};
</script>
<script src="//statics.itc.cn/mptc-pc/common/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="wrapper-box">
<header id="main-header" class="main-header">
  <div class="area">
    <div class="head-nav left">
      <ul>
        <li class="index"><a href="//www.sohu.com/"><span class="sohu-logo"></span>搜狐首页</a></li>
        <li><a href="//news.sohu.com/">新闻</a></li><li><a href="//sports.sohu.com/">体育</a></li><li><a href="//auto.sohu.com/">汽车</a></li><li><a href="//house.sohu.com/">房产</a></li><li><a href="//travel.sohu.com/">旅游</a></li><li><a href="//learning.sohu.com/">教育</a></li><li><a href="//fashion.sohu.com/">时尚</a></li><li><a href="//it.sohu.com/">科技</a></li><li><a href="//business.sohu.com/">财经</a></li><li><a href="//yule.sohu.com/">娱乐</a></li>
        <li class="more-nav"><a href="javascript:void(0)">更多</a></li>
      </ul>
    </div>
    <div class="head-right right"><a href="//mp.sohu.com/mpfe/v3/login" class="login-sohu">登录</a> <a href="//mp.sohu.com/" class="write-btn">我要发布</a></div>
  </div>
</header>
<div class="location-without-nav"></div>
<div class="area clearfix" id="article-container">
  <div class="column left">
    <div class="user-info" id="user-info" data-role="info-box">
      <div class="user-pic"><a href="//mp.sohu.com/profile?xpt=%(acc_id)s" target="_blank"><img src="//p1.itc.cn/mpbp/pro/20200811/avatar_%(acc_id)s.jpeg" alt=""></a></div>
      <h4><a href="//mp.sohu.com/profile?xpt=%(acc_id)s" target="_blank">%(account)s</a></h4>
      <ul class="user-num"><li>%(st0)s</li><li>%(st1)s</li></ul>
      <div class="user-more"><a href="//mp.sohu.com/profile?xpt=%(acc_id)s" target="_blank">查看TA的文章&gt;</a></div>
      <a class="attention-btn" href="javascript:void(0)" data-role="follow">关注</a>
    </div>
  </div>
  <div class="left main">
    <div class="text">
      <div class="text-title">
        <h1>%(title)s<span class="article-tag"></span></h1>
        <div class="article-info">
          <span class="time" id="news-time" data-val="%(ts)s">%(time)s</span>
          <span data-role="original-link"> 来源: <a href="//mp.sohu.com/profile?xpt=%(acc_id)s" target="_blank">%(account)s</a></span>
        </div>
      </div>
      <article class="article" id="mp-editor">
<!-- 政务账号添加来源标示处理 -->
%(body)s
      </article>
      <div id="articleTransfer"><div class="statement">声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div></div>
      <div class="article-oper clearfix">
        <span class="read-num">阅读 (<em data-role="pv">%(reads)d</em>)</span>
        <span class="like" data-role="like"><i class="icon-like"></i>点赞</span>
        <span class="share" data-role="share">分享到：<a class="weixin" href="javascript:void(0)" title="微信"></a><a class="weibo" href="javascript:void(0)" title="微博"></a><a class="qq" href="javascript:void(0)" title="QQ空间"></a></span>
      </div>
    </div>
    <div id="comment_area" class="comment">
      <div class="c-header"><span class="c-title">我来说两句</span><span class="c-num"><em>0</em>人参与，<em>0</em>条评论</span></div>
      <div class="c-input"><textarea placeholder="来说两句吧..."></textarea><a href="javascript:void(0)" class="c-btn">发表</a></div>
      <div class="c-empty">还没有评论，快来抢沙发吧！</div>
    </div>
    <div class="more-article">
      <a href="//www.sohu.com/?spm=smpc.content.content-foot.1" target="_blank" class="more-link"><span>返回搜狐，查看更多</span></a>
    </div>
    <div class="god-article" id="god-article"></div>
    <div id="feed-wrapper" class="feed-wrapper">
      <div class="news-title"><h3>相关推荐</h3></div>
      <div class="news-list" data-role="news-list">
%(feed)s
      </div>
      <div class="load-more"><a href="javascript:void(0)" data-role="load-more">加载更多</a></div>
    </div>
  </div>
  <div class="sidebar right" id="right-side-bar">
    <div class="ad-box" id="ad-right-1"><!-- ad --></div>
    <div class="hot-article"><h3>24小时热文</h3><ul data-role="hot-list"></ul></div>
  </div>
</div>
<footer id="foot" class="foot">
  <div class="area">
    <p><a href="//www.sohu.com/about/" target="_blank">关于搜狐</a> | <a href="//www.sohu.com/about/contact" target="_blank">联系方式</a> | <a href="//www.sohu.com/about/law" target="_blank">版权声明</a> | <a href="//www.sohu.com/about/privacy" target="_blank">隐私保护</a> | <a href="//www.12377.cn/" target="_blank">网上有害信息举报专区</a></p>
    <p>Copyright &copy; 2021 Sohu All Rights Reserved　搜狐公司 版权所有　<a href="https://beian.miit.gov.cn/" target="_blank">京ICP证030367号</a>　京公网安备11000002000010号</p>
  </div>
</footer>
</div>
<script src="//statics.itc.cn/mptc-pc/article/20210302/js/main.js"></script>
</body>
</html>
""" % {"title_tag": E(title_tag), "kw": A(",".join(a["tags"])), "desc": A(first[:60]),
       "title_a": A(a["title"]), "title": E(a["title"]), "ymd": a["time"][:10].replace("-", ""),
       "img0": [it[1] for it in a["items"] if it[0] == "img"][0], "url": a["url"], "time": a["time"],
       "account": E(a["account"]), "acc_id": a["acc_id"], "nid": a["url"].rsplit("/", 1)[1].split("_")[0],
       "st0": a["acc_stats"][0], "st1": a["acc_stats"][1],
       "ts": "%d" % (1614990600000 + k * 300000000), "body": sm_body(a), "reads": a["reads"],
       "feed": "\n".join(feed)}
        emit(a["name"], page, "utf-8", url=a["url"], charset=a["charset"], title=a["title"],
             author=a["author"], published=a["time"][:10], lines=gold_lines(a["items"]))


# ---------------------------------------------------------------------------
# 6. d-twblog: 米亞的慢遊筆記, a Taiwan blog (traditional script, UTF-8) on a
#    Pixnet-like platform: 文章分類, 標籤, 全站熱搜, 留言.
# ---------------------------------------------------------------------------

TW_POSTS = [
    {
        "name": "d-twblog-1", "id": "225318841", "charset": "utf-8",
        "title": "池上，一個讓時間變慢的地方",
        "when": ("Mar", "05", "Fri", "2021", "10:20"), "iso": "2021-03-05",
        "cat": "台東旅行", "tags": ["池上", "台東", "伯朗大道", "腳踏車", "池上便當"],
        "views": "1,287",
        "items": [
            ("p", "到池上的時候是下午三點，火車站小小的，一出站就聞到一股稻草的味道。三月的池上還沒有金黃的稻浪，田裡剛插完秧，一格一格的水田映著天空，像一面一面攤開的鏡子。"),
            ("p", "我在車站前租了一台腳踏車，老闆娘是個爽朗的阿姨，幫我把座椅調低，又塞給我一張手繪地圖，說沿著伯朗大道騎，看到那棵樹就停下來，大家都在那裡拍照。"),
            ("img", "1614910850-2231872215.jpg", "剛插完秧的水田，倒映著整片天空。"),
            ("p", "伯朗大道其實就是田中間的一條小路，沒有電線桿，也沒有房子，兩邊都是田，遠處是中央山脈，山頂上還掛著幾朵雲。騎在上面，風從田那頭吹過來，帶著水氣和泥土味，我忍不住放慢速度，最後乾脆停下來，坐在田埂上發呆。"),
            ("p", "那棵很有名的茄苳樹果然圍了一群人，大家輪流站到樹下擺姿勢。我沒有排隊，遠遠拍了一張就往前騎。比起那棵樹，我更喜歡路邊一間小小的土地公廟，廟前有一張長椅，一位阿伯坐在那裡剝花生，看到我經過，招手叫我過去吃。"),
            ("img", "1614910851-3307715592.jpg", "路邊的土地公廟，阿伯說這間廟比他的年紀還大。"),
            ("p", "阿伯說他在池上種了一輩子的米，年輕時也去過台北做工，做了三年就回來了。我問他為什麼，他指指眼前的田說，台北沒有這個。他說得很平淡，好像那是再明白不過的道理。"),
            ("p", "傍晚我去吃了車站旁的便當。池上便當用木片盒子裝，飯粒一顆一顆很有彈性，配菜簡單，一塊滷排骨、半顆滷蛋、幾樣青菜，吃完連盒子都還有米香。"),
            ("img", "1614910853-1180964427.jpg", "木片盒裝的池上便當，是很多人對池上的第一印象。"),
            ("p", "晚上住在一間民宿，老闆養了一隻黃狗，整晚趴在門口。關了燈，窗外只有青蛙的叫聲，一聲接著一聲，像有人在田裡數數。我想起出發前一週的自己，每天加班到十點，在捷運上連滑手機的力氣都沒有。"),
            ("p", "在池上的兩天，我什麼景點也沒有趕，只是騎車、吃飯、看田。回程的火車上，我把那張手繪地圖夾進筆記本裡。秋天稻子熟的時候，我想再來一次。"),
        ],
        "comments": [
            ("小瑜", "2021/03/05 11:02", "好療癒的文章！看完好想馬上請假去池上", "謝謝小瑜～真的很推薦平日去，人少很多"),
            ("Ken", "2021/03/05 12:37", "阿伯那句「台北沒有這個」好有力量", ""),
            ("旅行的貓", "2021/03/05 14:15", "請問腳踏車是在哪一家租的呢？", "車站出來右手邊第二家，阿姨人很好喔"),
            ("Amy", "2021/03/05 18:40", "池上便當真的是回憶的味道", ""),
            ("阿凱", "2021/03/05 21:08", "秋天的稻浪更美，一定要再去！", "好！已經排進行事曆了"),
            ("Joanne", "2021/03/06 08:51", "照片好美，請問是用什麼相機拍的？", "都是手機拍的喔，沒什麼修圖"),
            ("路人甲", "2021/03/06 13:22", "加班到十點那段太真實了QQ", ""),
            ("小米媽媽", "2021/03/06 20:17", "帶小孩去適合嗎？", "很適合！騎親子腳踏車很安全"),
            ("Wei", "2021/03/07 09:30", "去年去過，看到這篇又想回去了", ""),
            ("慢活的人", "2021/03/08 22:04", "喜歡妳的文字，已訂閱", "謝謝～會繼續努力寫的"),
        ],
    },
    {
        "name": "d-twblog-2", "id": "225297604", "charset": "",
        "title": "阿嬤的灶腳",
        "when": ("Feb", "14", "Sun", "2021", "21:05"), "iso": "2021-02-14",
        "cat": "生活散文", "tags": ["阿嬤", "灶腳", "三合院", "彰化", "散文"],
        "views": "2,903",
        "items": [
            ("p", "小時候最喜歡的地方，是阿嬤家的灶腳。"),
            ("p", "阿嬤家在彰化鄉下，一間紅磚三合院，灶腳在護龍的最裡面。那是一個光線不太好的房間，牆壁被煙燻得黑黑的，角落堆著木柴和稻草，一口大灶佔了半面牆，灶上嵌著兩只大鼎，一只煮飯，一只炒菜。"),
            ("p", "阿嬤每天天還沒亮就起床生火。我常常是被柴火劈啪的聲音吵醒的，揉著眼睛走過去，她就叫我坐在灶前的小板凳上幫忙顧火。火太大了要抽一根柴出來，火太小了要拿竹管吹一吹。我吹得滿臉是灰，她在旁邊笑，說這個孫仔以後一定很會煮飯。"),
            ("p", "阿嬤煮的東西都很簡單。菜脯蛋、地瓜粥、滷肉、炒高麗菜，偶爾殺一隻雞，就是過年一樣的大事。她煮菜從來不量，鹽抓一把，醬油倒一圈，問她放多少，她說「差不多」。我長大以後照著她的「差不多」煮了好多次，從來沒有煮出一樣的味道。"),
            ("p", "灶腳裡有一個木頭碗櫥，紗門上破了一個洞，用膠布貼著。碗櫥裡永遠有一罐豬油、一罐鹹冬瓜，還有一個鐵盒子，裝著她捨不得吃的餅乾，要等我們回來才拿出來。那些餅乾常常已經軟了，可是我們還是吃得很高興。"),
            ("p", "後來阿嬤年紀大了，搬去和叔叔住，三合院空了下來。前幾年過年回去，灶腳的屋頂塌了一角，陽光從破洞照進來，照在那口積滿灰塵的大灶上。我站在門口看了很久，好像還能看見一個瘦小的背影，彎著腰，往灶裡添柴。"),
            ("p", "阿嬤今年九十一歲了，已經不太記得人。上個月去看她，她拉著我的手，問我吃飽沒。我說吃飽了。她點點頭，說那就好，那就好。"),
            ("p", "我想，對阿嬤來說，一輩子最重要的事，大概就是讓每一個回家的人都吃飽吧。"),
        ],
        "comments": [
            ("阿珍", "2021/02/14 21:40", "看到最後哭了，想起我阿嬤", "抱抱，阿嬤們都一樣疼孫"),
            ("Tina", "2021/02/14 22:13", "「差不多」真的是阿嬤料理的最高境界", ""),
            ("小傑", "2021/02/15 00:05", "菜脯蛋配地瓜粥，好懷念", ""),
            ("嘉嘉", "2021/02/15 08:47", "我阿嬤的鐵盒子裡也都是軟掉的餅乾哈哈", "哈哈哈全台灣的阿嬤都有那個鐵盒"),
            ("陳先生", "2021/02/15 11:30", "寫得很有畫面，三合院的灶腳現在很少見了", ""),
            ("Momo", "2021/02/15 15:02", "新年快樂，祝阿嬤身體健康", "謝謝Momo，也祝妳新年快樂"),
            ("雨天", "2021/02/16 09:18", "問我吃飽沒，那就好，那就好……看了好幾遍", ""),
            ("Lulu", "2021/02/16 20:44", "分享給我媽看了", ""),
            ("阿德", "2021/02/17 12:09", "我們家以前也是大灶，顧火是小孩的工作", "對！而且一定會被燻得滿臉黑"),
            ("小花", "2021/02/20 23:36", "好溫柔的文章", ""),
        ],
    },
    {
        "name": "d-twblog-3", "id": "225281930", "charset": "utf-8",
        "title": "金瓜石的雨",
        "when": ("Jan", "23", "Sat", "2021", "16:42"), "iso": "2021-01-23",
        "cat": "北台灣散步", "tags": ["金瓜石", "黃金博物館", "陰陽海", "新北", "雨天"],
        "views": "1,654",
        "items": [
            ("p", "去金瓜石那天，天氣預報說會下雨，果然一出瑞芳車站，雨就落了下來。"),
            ("p", "公車沿著山路一直往上繞，窗外是一片灰濛濛的海，基隆山的輪廓時隱時現。車上只有我和兩位背著相機的阿伯，司機開得很穩，轉彎的時候還會回頭看我們一眼。"),
            ("p", "金瓜石以前是採金的礦山，日治時期最熱鬧的時候住了上萬人。礦坑關閉以後，人一批一批搬走，留下一棟一棟日式宿舍，安安靜靜地立在山坡上。"),
            ("img", "1611390102-1046612879.jpg", "雨中的日式宿舍群，屋頂是黑色的油毛氈。"),
            ("p", "我撐著傘沿著石階往上走。雨不大，細細的，落在傘上沒有聲音，只有石階旁的水溝裡，水嘩啦嘩啦地往山下流。路邊的牆上長滿了青苔，有一隻貓縮在屋簷下，看著我走過去，一動也不動。"),
            ("p", "黃金博物館裡有一塊兩百二十公斤的大金磚，可以伸手進玻璃櫃裡摸一摸。排隊的人很多，大家摸完都笑著說沾一點財氣。我也摸了一下，金磚冰冰涼涼的，比想像中普通。"),
            ("img", "1611390104-2950133761.jpg", "本山五坑的坑道入口，戴上安全帽就可以進去體驗。"),
            ("p", "比起金磚，我更喜歡坑道。本山五坑開放了一小段給遊客走，裡面很窄，燈光昏黃，牆壁上滲著水。導覽的大哥說，以前礦工一天要在裡面待十幾個小時，下工出來，眼睛要閉好一陣子才能適應外面的光。我在坑道裡站了一會兒，聽著頭頂滴滴答答的水聲，忽然覺得外面的雨聲很親切。"),
            ("p", "下午雨停了一陣子，雲散開一點，可以看見遠處的陰陽海，一半藍、一半黃，界線清清楚楚。山上的風很大，把我的傘吹翻了兩次。"),
            ("img", "1611390107-3381205546.jpg", "從山上遠眺陰陽海，黃色的海水是礦物沉積造成的。"),
            ("p", "回程的公車上，又下起雨來。我把額頭靠在車窗上，看著山一點一點退到雨裡。金瓜石大概就是要在雨天來的吧，晴天的時候它是一個景點，下雨的時候，它才像一座真正住過人的山城。"),
        ],
        "comments": [
            ("阿諾", "2021/01/23 17:30", "雨天的金瓜石真的很有味道", ""),
            ("Vivian", "2021/01/23 19:12", "請問坑道要另外買票嗎？", "要喔，現場買就可以，記得帶外套"),
            ("小綠", "2021/01/23 22:45", "最後一段寫得好好", ""),
            ("背包客阿明", "2021/01/24 08:03", "陰陽海那張拍得很清楚耶", "運氣好剛好雲散開"),
            ("Sandy", "2021/01/24 10:58", "下次去要記得帶雨衣不要帶傘XD", ""),
            ("Peter", "2021/01/24 14:26", "摸金磚有沒有發財啊哈哈", "目前還沒有，再等等看"),
            ("蘋果", "2021/01/25 09:40", "那隻貓好可愛", ""),
            ("阿芬", "2021/01/25 21:17", "金瓜石的日式宿舍好有氣氛", ""),
            ("Leo", "2021/01/26 12:33", "公車是哪一線呢？", "瑞芳火車站搭往金瓜石的公車就可以"),
            ("雲朵", "2021/01/28 20:05", "收藏起來下次去", ""),
        ],
    },
    {
        "name": "d-twblog-4", "id": "225339517", "charset": "",
        "title": "巷口的洗衣店",
        "when": ("Mar", "20", "Sat", "2021", "22:31"), "iso": "2021-03-20",
        "cat": "生活散文", "tags": ["洗衣店", "巷口", "老店", "散文"],
        "views": "846",
        "items": [
            ("p", "我家巷口有一間洗衣店，開了快三十年。"),
            ("p", "店面很窄，一進門就是一張木頭櫃檯，後面掛滿了用塑膠套罩著的衣服，一排一排，像在排隊。櫃檯上放著一本厚厚的登記簿，老闆娘用原子筆一筆一筆記下每個人的名字和衣服件數，字跡工整得像在寫書法。"),
            ("p", "老闆娘姓陳，大家都叫她陳姐。陳姐記性很好，來過兩次的客人她就記得，知道誰的襯衫領口要多上一點漿，誰的西裝褲不能燙出摺線。有時候我忘了拿衣服，她會在我下班經過的時候叫住我，說妳的外套洗好一個禮拜了，再不拿要收保管費喔，說完自己先笑起來。"),
            ("p", "店裡總是有一股溫溫的、乾淨的味道，混著蒸氣和洗衣粉的香。冬天的晚上，我喜歡在那裡多站一會兒，看陳姐的先生在後面燙衣服。他燙衣服很慢，先噴一點水，再用熨斗一寸一寸壓過去，燙好的襯衫掛起來，挺得像有人穿著一樣。"),
            ("p", "去年夏天，巷子對面開了一家二十四小時的自助洗衣店，亮晶晶的，一排滾筒洗衣機，手機掃碼就能用。年輕人都去那邊了，陳姐的店冷清了不少。我問她會不會擔心，她說不會啦，有些衣服，機器洗不來的。"),
            ("p", "前陣子，我把一件穿了很多年的毛衣拿去給她。毛衣的袖口脫線了，我本來想丟掉，她翻來翻去看了一下，說可以補。一個禮拜以後去拿，袖口已經補好了，看不出一點痕跡。她沒有多收錢，只說，這件毛衣質料很好，要好好穿。"),
            ("p", "我抱著毛衣走出店門，巷子裡的路燈剛亮起來。我想，一條巷子裡有這樣一間店，有一個記得妳名字的人，大概就是所謂的「住在這裡」吧。"),
        ],
        "comments": [
            ("小慧", "2021/03/20 23:05", "我家附近也有一間這樣的洗衣店！", ""),
            ("阿傑", "2021/03/21 00:12", "有些衣服，機器洗不來的。好有哲理", "陳姐說的時候很自然，我卻想了很久"),
            ("Yvonne", "2021/03/21 09:26", "好喜歡妳寫的生活小事", ""),
            ("老王", "2021/03/21 11:48", "這種老店要好好支持", ""),
            ("Cindy", "2021/03/21 14:30", "燙好的襯衫挺得像有人穿著一樣，形容得好傳神", ""),
            ("米粒", "2021/03/21 20:03", "補毛衣那段好暖", "真的，那件毛衣現在更捨不得穿了"),
            ("Hank", "2021/03/22 08:15", "住在這裡的感覺，說得真好", ""),
            ("芳芳", "2021/03/22 12:52", "想去認識陳姐", ""),
            ("阿寶", "2021/03/23 19:37", "自助洗衣店真的取代不了老店的人情味", ""),
            ("Nina", "2021/03/25 22:18", "每篇都看完了，期待下一篇", "謝謝Nina！"),
        ],
    },
]

TW_CATS = [("台東旅行", 12), ("北台灣散步", 23), ("生活散文", 41), ("日本慢慢走", 18), ("吃吃喝喝", 35), ("讀書筆記", 9)]
TW_HOT = [
    "【台中美食】隱身巷弄的老宅早午餐，假日要排隊",
    "【宜蘭】三天兩夜親子行程懶人包",
    "【食譜】電鍋就能做的滷肉飯",
    "【花蓮】七星潭看日出攻略",
    "【台南】在地人才知道的十家小吃",
    "【開箱】無線吸塵器使用三個月心得",
    "【日本】京都紅葉季住宿推薦",
    "【新竹】內灣老街一日遊",
    "【高雄】駁二藝術特區散步路線",
    "【理財】小資族記帳的五個習慣",
]
TW_RECENT = [("225339517", "巷口的洗衣店"), ("225318841", "池上，一個讓時間變慢的地方"),
             ("225297604", "阿嬤的灶腳"), ("225281930", "金瓜石的雨"), ("225266012", "二〇二〇年的最後一天")]


def tw_body(items, iso):
    out = []
    ym = iso[:7].replace("-", "")
    for it in items:
        if it[0] == "p":
            out.append("<p>%s</p>" % E(it[1]))
        elif it[0] == "img":
            out.append('<p style="text-align: center;"><img title="%s" src="https://pic.loblog.tw/miyaslow/%s/%s" alt="%s" border="0" /></p>' % (A(it[1].split(".")[0]), ym, it[1], A(it[1].split(".")[0])))
            out.append('<p style="text-align: center;"><span style="color: #808080; font-size: 10pt;">%s</span></p>' % E(it[2]))
    return "\n".join(out)


def make_twblog():
    for k, p in enumerate(TW_POSTS):
        mon, dd, wd, yy, hm = p["when"]
        url = "https://miyaslow.loblog.tw/blog/post/%s" % p["id"]
        comments = []
        for j, (who, when, text, reply) in enumerate(p["comments"], start=1):
            r = ""
            if reply:
                rt = "%s/%s/%s" % (when[:4], when[5:7], when[8:10])
                r = ('\n          <div class="single-post-reply"><div class="reply-author"><span class="user-name">米亞</span> 於 %s 回覆</div><div class="reply-content"><p>%s</p></div></div>'
                     % (rt + " " + ("%02d:%s" % (min(int(when[11:13]) + 1, 23), "59" if int(when[11:13]) >= 23 else when[14:16])), E(reply)))
            comments.append("""        <li class="single-post" id="comment-%(cid)d">
          <div class="single-post-author"><span class="floor">#%(j)d</span> <span class="user-name">%(who)s</span> 於 <span class="post-time">%(when)s</span> 回覆</div>
          <div class="single-post-content"><p>%(text)s</p></div>%(r)s
        </li>""" % {"cid": int(p["id"]) % 100000 * 10 + j, "j": j, "who": E(who), "when": when, "text": E(text), "r": r})
        cats = "\n".join('          <li><a href="https://miyaslow.loblog.tw/blog/category/%d">%s</a> <span class="count">(%d)</span></li>' % (4570101 + i, E(c), n) for i, (c, n) in enumerate(TW_CATS))
        hot = "\n".join('          <li><a href="https://www.loblog.tw/blog/hot/%d" target="_blank">%s</a></li>' % (88100 + i * 7 + k, E(h)) for i, h in enumerate(TW_HOT))
        recent = "\n".join('          <li><a href="https://miyaslow.loblog.tw/blog/post/%s">%s</a></li>' % (i, E(t)) for i, t in TW_RECENT)
        tags_inline = "\n".join('            <a href="https://miyaslow.loblog.tw/blog/tag/%s" class="tag" rel="tag">%s</a>' % (A(t), E(t)) for t in p["tags"])
        first = p["items"][0][1]
        others = [q for q in TW_POSTS if q["cat"] == p["cat"] and q is not p]
        same_cat = ('此分類上一篇：<a href="https://miyaslow.loblog.tw/blog/post/%s">%s</a>' % (others[0]["id"], E(others[0]["title"]))) if others else "此分類上一篇：無"
        page = """<!DOCTYPE html>
<html lang="zh-TW">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>米亞的慢遊筆記 | %(title)s</title>
<meta name="description" content="%(desc)s">
<meta name="keywords" content="%(kw)s">
<meta property="og:title" content="%(title_a)s">
<meta property="og:site_name" content="米亞的慢遊筆記">
<meta property="og:type" content="article">
<meta property="og:url" content="%(url)s">
<meta property="og:description" content="%(desc)s">
<meta property="og:locale" content="zh_TW">
<meta property="article:published_time" content="%(iso)sT%(hm)s:00+08:00">
<meta property="article:author" content="https://www.loblog.tw/pcard/miyaslow">
<link rel="canonical" href="%(url)s">
<link rel="stylesheet" type="text/css" href="https://s.loblog.tw/blog/theme/sky-2/main.css?v=20210218">
<script type="text/javascript">
window.lob = window.lob || {}; lob.blog = {user: "miyaslow", articleId: "%(id)s", category: "%(cat)s"};
</script>
<script async src="https://s.loblog.tw/js/lob-stat.min.js"></script>
</head>
<body class="article-page">
<div id="lob-header">
  <div class="lob-header__inner">
    <a class="lob-logo" href="https://www.loblog.tw/">樂部落</a>
    <a href="https://www.loblog.tw/blog">部落格</a> <a href="https://www.loblog.tw/album">相簿</a> <a href="https://www.loblog.tw/hot">熱門</a>
    <span class="lob-header__right"><a href="https://member.loblog.tw/login">登入</a> | <a href="https://member.loblog.tw/signup">註冊</a></span>
  </div>
</div>
<div id="container">
  <div id="banner">
    <h1><a href="https://miyaslow.loblog.tw/blog">米亞的慢遊筆記</a></h1>
    <h2>慢慢走，慢慢看，慢慢寫。</h2>
  </div>
  <div id="main">
    <div id="content">
      <div class="article" id="article-%(id)s">
        <ul class="article-head">
          <li class="publish"><span class="month">%(mon)s</span> <span class="date">%(dd)s</span> <span class="day">%(wd)s</span> <span class="year">%(yy)s</span> <span class="time">%(hm)s</span></li>
          <li class="title"><h2><a href="%(url)s">%(title)s</a></h2></li>
          <li class="refer">文章分類：<a href="https://miyaslow.loblog.tw/blog/category/%(catid)d">%(cat)s</a></li>
        </ul>
        <div class="article-body">
          <div class="article-content">
            <div class="article-content-inner" id="article-content-inner">
%(body)s
            </div>
          </div>
          <div class="article-footer">
            <div class="tag__main">
            <span class="tag__title">標籤：</span>
%(tags)s
            </div>
            <div class="article-keyword">全站分類：<a href="https://www.loblog.tw/blog/cat/travel">旅遊日誌</a>　個人分類：<a href="https://miyaslow.loblog.tw/blog/category/%(catid)d">%(cat)s</a></div>
            <div class="article-prev-next">%(same_cat)s</div>
            <div class="article-share">分享：<a href="javascript:void(0)" class="share-fb">Facebook</a> <a href="javascript:void(0)" class="share-line">LINE</a> <a href="javascript:void(0)" class="share-tw">Twitter</a>　<span class="views">(%(views)s) 人氣</span></div>
          </div>
          <div class="author-profile">
            <div class="author-profile__header">創作者介紹</div>
            <div class="author-profile__content"><img src="https://pic.loblog.tw/miyaslow/avatar.jpg" alt=""><p class="author-profile__name">米亞</p><p class="author-profile__blog">米亞的慢遊筆記</p><p>台北上班族，週末背包客。喜歡慢慢走路，也喜歡慢慢寫字。</p></div>
            <a class="author-profile__subscribe" href="javascript:void(0)">訂閱</a>
          </div>
          <div class="ad-article-bottom"><ins class="adsbygoogle" data-ad-slot="7301926645"></ins></div>
        </div>
      </div>
      <div id="comments" class="comments">
        <h3 class="comments-title">留言列表 (%(ncom)d)</h3>
        <ul class="comment-list">
%(comments)s
        </ul>
        <div class="comment-form"><h4>發表留言</h4><p>暱稱：<input type="text" name="name"></p><p><textarea name="body" rows="6" cols="60"></textarea></p><p><input type="checkbox" name="secret"> 悄悄話　<input type="submit" value="送出"></p></div>
      </div>
    </div>
    <div id="links">
      <div class="box" id="recent-articles">
        <h3>最新文章</h3>
        <ul>
%(recent)s
        </ul>
      </div>
      <div class="box" id="categories">
        <h3>文章分類</h3>
        <ul>
%(cats)s
        </ul>
      </div>
      <div class="box" id="hot-search">
        <h3>全站熱搜</h3>
        <ol>
%(hot)s
        </ol>
      </div>
      <div class="box" id="counter"><h3>參觀人氣</h3><ul><li>本日人氣：<span>156</span></li><li>累積人氣：<span>412,083</span></li></ul></div>
    </div>
  </div>
  <div id="footer">
    <p>本部落格所有文字與照片均為米亞所有，請勿任意轉載。</p>
    <p>&copy; 2021 樂部落 LOBLOG ｜ <a href="https://www.loblog.tw/terms">服務條款</a> ｜ <a href="https://www.loblog.tw/privacy">隱私權政策</a> ｜ <a href="https://www.loblog.tw/report">檢舉</a></p>
  </div>
</div>
</body>
</html>
""" % {"title": E(p["title"]), "title_a": A(p["title"]), "desc": A(first[:60]), "kw": A(",".join(p["tags"])),
       "url": url, "iso": p["iso"], "hm": hm, "id": p["id"], "cat": E(p["cat"]),
       "catid": 4570101 + [c for c, _ in TW_CATS].index(p["cat"]),
       "mon": mon, "dd": dd, "wd": wd, "yy": yy, "body": tw_body(p["items"], p["iso"]),
       "tags": tags_inline, "same_cat": same_cat, "views": p["views"], "ncom": len(p["comments"]),
       "comments": "\n".join(comments), "recent": recent, "cats": cats, "hot": hot}
        assert len(p["comments"]) == 10
        emit(p["name"], page, "utf-8", url=url, charset=p["charset"], title=p["title"],
             author="米亞", published=p["iso"], lines=gold_lines(p["items"]))


# ---------------------------------------------------------------------------
# 7. d-wenku: 易知文库, a document-sharing site in the style of 百度文库/豆丁.
#    The document is shown in a viewer as 3 of 5 pages, text hard-wrapped as
#    extracted from a PDF, with a running header (the title) and footer
#    (page number) in each page's text layer.  UTF-8.
# ---------------------------------------------------------------------------

WK_DOCS = [
    {
        "name": "d-wenku-1", "id": "3f9c1a0e6b2d4e88a1c7", "charset": "utf-8",
        "title": "2021年寒假教师培训心得体会",
        "uploader": "春晓教育", "date": "2021-03-05", "reads": "1.3万", "score": "4.6",
        "cat": ("实用文档", "心得体会"), "width": 36, "footer": "第 {n} 页 共 5 页",
        "byline": "", "author": "",
        "items": [
            ("p", "今年寒假，我参加了县教育局组织的为期五天的中小学教师全员培训。培训采取专家讲座、案例研讨和线上学习相结合的方式，内容涵盖师德师风、课堂教学改革、作业设计和学生心理健康等多个方面。几天下来，我收获很大，也对自己过去的教学工作有了一些新的反思。现将主要体会总结如下。"),
            ("h", "一、师德是教师的立身之本"),
            ("p", "培训第一天，一位从教三十多年的老校长给我们讲了他的故事。他说，他刚参加工作时在一所村小教书，全校只有三个老师，他一个人教四个年级的语文。那时候条件艰苦，冬天教室漏风，他就把自己的棉衣披在学生身上。讲到这里，他停顿了一下，说：“教师这个职业，说到底是一个良心活。”"),
            ("p", "这句话让我想了很久。平时工作忙，备课、上课、批改作业、应付各种检查，有时候难免心浮气躁，对学生缺少耐心。听了老校长的讲述，我意识到，一个教师对学生的影响，往往不在于讲了多少知识，而在于他用什么样的态度对待每一个孩子。"),
            ("h", "二、课堂要把学生放在中间"),
            ("p", "在课堂教学改革的专题中，专家展示了几段优秀课例的视频。让我印象最深的是一节初中数学课，老师几乎没有站在讲台上讲，而是把问题抛给学生，让学生分组讨论、上台讲解，老师只在关键处点拨一两句。整节课学生都很投入，连平时不爱发言的孩子也举起了手。"),
            ("p", "对照这节课，我反思自己的课堂，发现自己讲得太多、太满，总担心学生听不懂，一节课四十分钟恨不得讲满四十分钟。这样做看似稳妥，实际上剥夺了学生思考的机会。今后我要学会“少讲”，把更多的时间留给学生，让他们在尝试和犯错中真正学会。"),
            ("h", "三、作业设计要减量提质"),
            ("p", "如何设计作业是这次培训中大家讨论最热烈的话题。培训老师提出，作业不在多，而在精，要分层布置，让不同水平的学生都能“跳一跳，够得着”。她还展示了一些有意思的实践性作业，比如让学生记录一周的家庭用电量、采访家里的老人了解家乡的变化等。"),
            ("p", "我过去布置作业，常常是“一刀切”，练习册上的题目从头做到尾，学生负担重，效果却不一定好。新学期，我打算尝试分层作业，基础题人人必做，提高题和拓展题让学生自主选择，同时每个月设计一次实践性作业，让学习和生活结合起来。"),
            ("h", "四、关注学生的心理健康"),
            ("p", "心理健康专题讲座中，专家提到，近年来中小学生的焦虑、厌学等问题呈上升趋势，很多孩子的心理困扰被老师和家长忽视了。她提醒我们，要学会观察学生情绪的细微变化，一个孩子突然变得沉默，成绩突然下滑，背后可能都有原因。"),
            ("p", "这让我想起班上的一个学生。上学期他经常不交作业，我批评过他好几次，却从来没有问过他为什么。现在想来，我应该多找他谈谈心，了解他生活中遇到了什么困难。教育不只是教书，更是育人，走进孩子的内心，才能真正帮助他们成长。"),
        ],
        "related": ["教师寒假培训心得体会范文（精选10篇）", "2021年教师师德师风学习心得体会", "“双减”背景下作业设计的几点思考", "小学教师网络研修总结", "班主任工作心得体会", "新教师岗前培训心得体会"],
    },
    {
        "name": "d-wenku-2", "id": "8d21b7c04e5f4a39b6e2", "charset": "",
        "title": "关于桐山县农村居家养老服务情况的调研报告",
        "uploader": "tsxzx2021", "date": "2021-03-10", "reads": "2641", "score": "4.3",
        "cat": ("党政相关", "调研报告"), "width": 33, "footer": "- {n} -",
        "byline": "作者：周文斌\u3000李晓燕", "author": "周文斌 李晓燕",
        "items": [
            ("p", "为深入了解我县农村居家养老服务现状，推动农村养老服务体系建设，今年1月至2月，县政协社会和法制委员会组成调研组，采取实地走访、座谈交流、问卷调查等方式，先后深入8个乡镇、21个行政村，走访农村老年人家庭136户，发放调查问卷400份，收回有效问卷372份。现将调研情况报告如下。"),
            ("h", "一、基本情况"),
            ("p", "截至2020年底，全县60周岁以上老年人口8.6万人，占总人口的21.3%，其中农村老年人口5.9万人，占老年人口总数的68.6%。农村独居、空巢老年人约1.7万人，失能、半失能老年人约4200人，农村人口老龄化程度明显高于城镇。"),
            ("p", "近年来，县委、县政府高度重视农村养老服务工作，先后出台了加快养老服务体系建设的实施意见等政策文件。目前，全县已建成乡镇敬老院12所、村级居家养老服务站87个，开设农村老年食堂34个，初步形成了以居家为基础、社区为依托、机构为补充的养老服务格局。"),
            ("h", "二、存在的主要问题"),
            ("p", "（一）服务设施利用率不高。调研发现，部分村级居家养老服务站建成后缺乏日常运营经费和专门管理人员，只在上级检查时开门，平时大门紧锁，成了“空架子”。问卷显示，仅有31.5%的受访老人表示经常去村里的养老服务站。"),
            ("p", "（二）服务内容较为单一。现有的农村养老服务主要集中在助餐和简单的文体活动，老年人最需要的助医、助浴、康复护理等服务供给不足。在受访的失能、半失能老人家庭中，有超过六成表示最大的困难是“看病难、护理难”。"),
            ("p", "（三）专业人才严重缺乏。全县农村养老服务人员中，50岁以上的占比超过七成，大多没有接受过系统的护理培训。由于待遇偏低、工作辛苦，年轻人普遍不愿从事这一行业，队伍青黄不接的问题突出。"),
            ("p", "（四）资金保障渠道单一。农村养老服务资金主要依靠财政投入，村集体经济薄弱的村难以配套，社会资本参与的积极性不高，可持续运营面临较大压力。"),
            ("h", "三、对策建议"),
            ("p", "（一）盘活现有设施资源。建议对全县村级居家养老服务站开展一次全面摸底，对使用率低的站点，采取“以奖代补”的方式引入专业机构运营，或者与村卫生室、老年食堂整合设置，提高设施的实际使用效率。"),
            ("p", "（二）丰富服务供给内容。依托乡镇卫生院和村卫生室，推进医养结合，为农村老年人提供定期上门巡诊、健康管理等服务。探索发展互助式养老，组织低龄健康老人为高龄、失能老人提供结对帮扶，形成“老帮老、邻帮邻”的互助氛围。"),
        ],
        "related": ["农村养老服务体系建设调研报告", "关于我市居家养老服务工作的调查与思考", "政协委员调研报告范文", "农村互助养老模式探索", "养老服务中心运营方案", "关于加强农村留守老人关爱服务的建议"],
    },
    {
        "name": "d-wenku-3", "id": "c57e03a9d18b4f62a0f4", "charset": "utf-8",
        "title": "读《平凡的世界》心得体会",
        "uploader": "青柠读书", "date": "2021-03-02", "reads": "5836", "score": "4.8",
        "cat": ("实用文档", "读后感"), "width": 38, "footer": "{n}",
        "byline": "", "author": "",
        "items": [
            ("p", "这个寒假，我利用空闲时间重读了路遥的《平凡的世界》。第一次读这本书是在高中，那时候只顾着看故事，为孙少平和田晓霞的爱情唏嘘不已。十多年后再读，我的目光更多地停留在那些平凡人的日常上，读出了很多当年没有读出来的东西。"),
            ("p", "小说以孙少安、孙少平兄弟为中心，描写了上世纪七十年代中期到八十年代中期黄土高原上普通人的生活。书里没有惊天动地的英雄，有的只是在土地上劳作、在矿井下挥汗、在生活的重压下挣扎着向前的普通人。正是这些普通人，构成了一个时代最真实的面貌。"),
            ("p", "孙少安是让我最感动的人物之一。他十三岁就辍学回家种地，为了养活一家人，放弃了读书的机会，也放弃了自己心爱的姑娘。他办砖场，几经起落，一度赔得倾家荡产，却从来没有怨天尤人，而是咬着牙重新站起来。他身上有一种黄土地一样的品格：沉默、坚韧、厚重。"),
            ("p", "与哥哥不同，孙少平选择了走出去。他在县城读高中时，每天只能吃最便宜的黑面馍，却如饥似渴地读书；高中毕业后，他到城里揽工，后来又下井挖煤。生活给了他无数的苦难，他却始终没有放弃对精神世界的追求。他相信，生活不能等待别人来安排，要自己去争取和奋斗。这句话，我抄在了笔记本的第一页。"),
            ("p", "读这本书的时候，我常常想起自己的父辈。我的父亲也是农民出身，年轻时在外面打过工、做过小生意，吃过很多苦，却很少在我们面前提起。他们这一代人，就像书里的孙少安一样，用自己的肩膀扛起了一个家，也扛起了一个时代。"),
            ("p", "作为一名基层工作者，我每天面对的也是平凡的工作和平凡的人。以前我有时会觉得自己的工作琐碎、没有意义，读完这本书，我有了不同的看法。每一个平凡的人都有自己的世界，每一种平凡的生活都值得尊重。我想，把平凡的事情做好，本身就是不平凡。"),
            ("p", "书中还有一个细节让我久久难忘。孙少平在矿上受伤以后，脸上留下了一道伤疤，他却依然选择回到矿山，回到师傅留下的妻儿身边。有人说他傻，放着更好的出路不要，偏要回到那个又苦又累的地方。可我觉得，这正是他最可贵的地方：他知道自己要什么，也知道自己该为谁"),
        ],
        "related": ["《平凡的世界》读后感3000字", "读《平凡的世界》有感（精选5篇）", "路遥《人生》读后感", "《平凡的世界》人物形象分析", "党员读书心得体会范文", "寒假读书笔记摘抄及感悟"],
    },
]

WK_NO_START = "，。、；：？！”’）》」』…—％%"


def wk_wrap(text, width, indent=True):
    """Hard-wrap a paragraph as a PDF text layer does, keeping closing punctuation off line starts."""
    s = ("\u3000\u3000" if indent else "") + text
    lines = []
    while s:
        cut = min(width, len(s))
        while cut < len(s) and s[cut] in WK_NO_START:
            cut += 1
        lines.append(s[:cut])
        s = s[cut:]
    return lines


def make_wenku():
    for k, d in enumerate(WK_DOCS):
        body_lines = []  # (kind, text) kind: 'line' body line, 'title', 'byline', 'blank'
        body_lines.append(("title", d["title"]))
        if d["byline"]:
            body_lines.append(("byline", d["byline"]))
        for it in d["items"]:
            if it[0] == "h":
                body_lines.append(("line", it[1]))
            else:
                for ln in wk_wrap(it[1], d["width"]):
                    body_lines.append(("line", ln))
        per = -(-len(body_lines) // 3)
        chunks = [body_lines[i * per:(i + 1) * per] for i in range(3)]
        assert all(chunks), d["name"]
        pages = []
        for n, chunk in enumerate(chunks, start=1):
            rows = []
            top = 40
            rows.append('<p class="reader-word-layer" style="top:%dpx;left:300px;font-size:12px;color:#666">%s</p>' % (top, E(d["title"])))
            top += 48
            for kind, text in chunk:
                if kind == "title":
                    rows.append('<p class="reader-word-layer" style="top:%dpx;left:150px;font-size:22px;font-weight:bold">%s</p>' % (top, E(text)))
                    top += 52
                elif kind == "byline":
                    rows.append('<p class="reader-word-layer" style="top:%dpx;left:280px;font-size:15px">%s</p>' % (top, E(text)))
                    top += 40
                else:
                    rows.append('<p class="reader-word-layer" style="top:%dpx;left:72px;font-size:16px">%s</p>' % (top, E(text)))
                    top += 30
            rows.append('<p class="reader-word-layer" style="top:1080px;left:380px;font-size:12px;color:#666">%s</p>' % E(d["footer"].format(n=n)))
            pages.append("""        <div class="reader-page" id="pageNo-%(n)d" data-page-no="%(n)d" style="width:826px;height:1168px">
          <div class="reader-pic-layer"><img src="https://wkbjcloudbos.yizhiwenku.com/v1/docconvert/%(id)s/%(n)d.png?responseCacheControl=max-age%%3D3888000" alt=""></div>
          <div class="reader-txt-layer">
            %(rows)s
          </div>
          <div class="page-count"><span class="page-no">%(n)d/5</span></div>
        </div>""" % {"n": n, "id": d["id"], "rows": "\n            ".join(rows)})
        gold = gold_lines(d["items"])
        related = "\n".join('          <li><a href="https://www.yizhiwenku.com/view/%x.html" target="_blank">%s</a><span class="rel-info">%d页 · %s阅读</span></li>' % (0x5a1e3b70 + k * 977 + i * 131, E(t), 3 + (i * 2 + k) % 6, ["1.1万", "8732", "2.4万", "3306", "9145", "6120"][(i + k) % 6]) for i, t in enumerate(d["related"]))
        desc = d["items"][0][1][:70]
        page = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>%(title)s - 易知文库</title>
<meta name="keywords" content="%(title)s,%(cat1)s,易知文库">
<meta name="description" content="%(desc)s">
<meta property="og:title" content="%(title)s">
<meta property="og:type" content="document">
<meta property="og:site_name" content="易知文库">
<meta property="og:url" content="https://www.yizhiwenku.com/view/%(id)s.html">
<link rel="canonical" href="https://www.yizhiwenku.com/view/%(id)s.html">
<link rel="stylesheet" href="https://wkstatic.yizhiwenku.com/static/wkview/pkg/view_a8c31e2.css">
<script>
window.pageData = {docId: "%(id)s", title: "%(title_js)s", docType: "doc", totalPageNum: 5, freePageNum: 3, uploader: "%(uploader_js)s", createTime: "%(date)s"};
</script>
<script src="https://wkstatic.yizhiwenku.com/static/common/lib/jquery-1.12.4_a9f1c34.js"></script>
</head>
<body>
<div id="hd" class="header">
  <div class="hd-inner">
    <a href="https://www.yizhiwenku.com/" class="logo" title="易知文库">易知文库</a>
    <form class="search-form" action="https://www.yizhiwenku.com/search" method="get"><input type="text" name="word" class="search-input" placeholder="搜索文档、课件、范文"><button type="submit">搜索文档</button></form>
    <div class="user-bar"><a href="https://passport.yizhiwenku.com/login">登录</a> <a href="https://www.yizhiwenku.com/vip" class="vip-entry">开通VIP</a> <a href="https://www.yizhiwenku.com/upload" class="upload-entry">上传文档</a></div>
  </div>
</div>
<div id="bd" class="body">
  <div class="crumbs"><a href="https://www.yizhiwenku.com/">易知文库</a> &gt; <a href="https://www.yizhiwenku.com/list/%(c1)d">%(cat1)s</a> &gt; <a href="https://www.yizhiwenku.com/list/%(c2)d">%(cat2)s</a></div>
  <div class="main">
    <div class="doc-header">
      <h1 class="doc-title"><i class="ic-doc"></i>%(title)s</h1>
      <div class="doc-info">
        <span class="uploader">上传者：<a href="https://www.yizhiwenku.com/u/%(uploader_u)s">%(uploader)s</a></span>
        <span class="upload-time">%(date)s上传</span>
        <span class="read-count">%(reads)s次阅读</span>
        <span class="page-total">共5页</span>
        <span class="doc-score">%(score)s分</span>
      </div>
      <div class="doc-tags">文档格式：.doc　文档大小：%(size)s</div>
    </div>
    <div class="reader-wrap" id="reader-container">
%(pages)s
    </div>
    <div class="continue-read" id="continue-read">
      <p class="remain">剩余2页未读，<a href="javascript:void(0);" class="btn-continue">继续阅读</a></p>
    </div>
    <div class="doc-tool-bar">
      <a href="javascript:void(0);" class="btn-download"><i class="ic-download"></i>下载文档</a>
      <a href="javascript:void(0);" class="btn-collect">收藏</a>
      <a href="javascript:void(0);" class="btn-share">分享</a>
      <a href="javascript:void(0);" class="btn-print">打印</a>
      <span class="doc-price">VIP免费下载</span>
    </div>
    <div class="doc-copyright">本文档由用户上传，版权归属用户，易知文库仅提供信息存储空间服务，不拥有所有权，不承担相关法律责任。如有侵权请联系删除。</div>
    <div class="doc-comment"><h3>文档评论（0）</h3><p class="empty">暂无评论，快来抢沙发吧</p></div>
  </div>
  <div class="aside">
    <div class="uploader-card"><img src="https://wkstatic.yizhiwenku.com/avatar/%(uploader_u)s.png" alt=""><p class="name">%(uploader)s</p><p class="stat">上传文档 %(updocs)d　|　粉丝 %(fans)d</p><a href="javascript:void(0)" class="btn-follow">+关注</a></div>
    <div class="related-docs">
      <h3>相关文档</h3>
      <ul>
%(related)s
      </ul>
    </div>
    <div class="ad-side"><a href="https://www.yizhiwenku.com/vip?from=side"><img src="https://wkstatic.yizhiwenku.com/ad/vip_300x250.png" alt="开通VIP，海量文档免费下载"></a></div>
  </div>
</div>
<div id="ft" class="footer">
  <p>&copy;2021 Yizhi　<a href="https://www.yizhiwenku.com/agreement">使用易知前必读</a> | <a href="https://www.yizhiwenku.com/copyright">文库协议</a> | <a href="https://www.yizhiwenku.com/sitemap">网站地图</a> | <a href="https://www.yizhiwenku.com/help">帮助中心</a></p>
  <p><a href="https://beian.miit.gov.cn/" target="_blank">粤ICP备17093312号-2</a>　粤公网安备44030502004718号</p>
</div>
<script src="https://wkstatic.yizhiwenku.com/static/wkview/pkg/view_c17d9b2.js"></script>
</body>
</html>
""" % {"title": E(d["title"]), "title_js": d["title"].replace('"', '\\"'), "cat1": E(d["cat"][0]), "cat2": E(d["cat"][1]),
       "c1": 1000 + k, "c2": 1100 + k * 7, "desc": A(desc), "id": d["id"], "uploader": E(d["uploader"]),
       "uploader_js": d["uploader"], "uploader_u": "u%05d" % (31337 + k * 4111), "date": d["date"], "reads": d["reads"],
       "score": d["score"], "size": ["36.5KB", "41.0KB", "29.8KB"][k], "pages": "\n".join(pages),
       "related": related, "updocs": [128, 37, 264][k], "fans": [512, 19, 1043][k]}
        emit(d["name"], page, "utf-8", url="https://www.yizhiwenku.com/view/%s.html" % d["id"], charset=d["charset"],
             title=d["title"], author=d["author"], published=d["date"], lines=gold)


# ---------------------------------------------------------------------------
# 8. d-portal: 东湖网, a city portal (GBK).  Pages that are not an article and
#    must give nothing: a 栏目 listing with teasers outside the links, a blog
#    archive with excerpts, a calendar crawler trap, and a 专题 hub.
# ---------------------------------------------------------------------------

PORTAL_NAV = [("首页", "/"), ("新闻", "/news/"), ("政务", "/gov/"), ("财经", "/finance/"), ("房产", "/house/"),
              ("汽车", "/auto/"), ("教育", "/edu/"), ("旅游", "/travel/"), ("论坛", "http://bbs.donghu.net/"),
              ("博客", "http://blog.donghu.net/"), ("专题", "/zt/")]


def portal_head(title, keywords, description, extra_css=""):
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>%s</title>
<meta name="keywords" content="%s" />
<meta name="description" content="%s" />
<link rel="stylesheet" type="text/css" href="http://www.donghu.net/skin/2019/css/global.css" />
<style type="text/css">%s</style>
<script type="text/javascript" src="http://www.donghu.net/skin/2019/js/jquery-1.7.2.min.js"></script>
</head>
""" % (E(title), A(keywords), A(description), extra_css)


def portal_top():
    nav = " ".join('<li><a href="%s">%s</a></li>' % (u if u.startswith("http") else "http://www.donghu.net" + u, E(t)) for t, u in PORTAL_NAV)
    return """<div class="topbar"><div class="w1000"><span class="fl">东湖网 - 东湖第一门户网站</span><span class="fr"><a href="http://member.donghu.net/login.php">登录</a> | <a href="http://member.donghu.net/reg.php">注册</a> | <a href="http://m.donghu.net/">手机版</a> | <a href="http://www.donghu.net/rss/">RSS</a></span></div></div>
<div class="header w1000"><a href="http://www.donghu.net/" class="logo"><img src="http://www.donghu.net/skin/2019/images/logo.gif" alt="东湖网" /></a>
<form class="search" action="http://search.donghu.net/" method="get"><input type="text" name="q" /><input type="submit" value="搜 索" /></form>
<div class="ad-top"><script type="text/javascript" src="http://ad.donghu.net/show.php?id=12"></script></div></div>
<div class="nav"><ul class="w1000">%s</ul></div>
""" % nav


def portal_foot():
    return """<div class="footer">
<p><a href="http://www.donghu.net/about/">关于我们</a> | <a href="http://www.donghu.net/about/ad.html">广告服务</a> | <a href="http://www.donghu.net/about/contact.html">联系我们</a> | <a href="http://www.donghu.net/about/law.html">法律声明</a> | <a href="http://www.donghu.net/sitemap.html">网站地图</a></p>
<p>东湖网 版权所有 Copyright &copy; 2005-2021 donghu.net All Rights Reserved</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">鄂ICP备06004215号</a>　互联网新闻信息服务许可证：42120190012　违法和不良信息举报电话：0716-8123110</p>
</div>
<script type="text/javascript" src="http://tongji.donghu.net/count.js"></script>
</body>
</html>
"""


PORTAL_NEWS = [
    ("东湖大道快速化改造工程全面复工", "2021-03-05", "工程预计今年年底前实现主线通车，届时市区至高铁站的车程将缩短一半。"),
    ("我市新增三条公交线路 方便市民出行", "2021-03-05", "新线路覆盖城东新区和滨湖片区的多个新建小区。"),
    ("东湖中学学生在全国青少年科技创新大赛中获奖", "2021-03-04", "获奖作品是一套利用太阳能驱动的湖面垃圾收集装置。"),
    ("市区部分路段本周六起实行交通管制", "2021-03-04", "管制期间，途经车辆请提前绕行，具体路段以交警部门通告为准。"),
    ("滨湖公园樱花进入最佳观赏期", "2021-03-04", "园方提醒游客文明赏花，不要攀折花枝。"),
    ("全市春季招聘会提供岗位一万余个", "2021-03-03", "招聘会持续至本月底，求职者可通过线上平台预约面试。"),
    ("城东菜市场完成改造重新开业", "2021-03-03", "改造后的菜市场增设了智慧秤和农残快检室。"),
    ("我市启动2021年城乡居民医保集中参保缴费", "2021-03-03", "参保居民可通过手机银行、微信等多种渠道缴费。"),
    ("东湖湿地越冬候鸟开始北迁", "2021-03-02", "观鸟爱好者在湿地记录到白鹤、白琵鹭等多种珍稀鸟类。"),
    ("市图书馆推出“你选书 我买单”活动", "2021-03-02", "读者在合作书店选购的新书，可直接办理借阅手续。"),
    ("老旧小区改造今年计划惠及一万二千户", "2021-03-02", "改造内容包括加装电梯、更新管网、增设停车位等。"),
    ("市消防救援支队开展高层建筑灭火演练", "2021-03-01", "演练模拟了二十层住宅楼发生火灾时的人员疏散和扑救。"),
    ("东湖至临江城际公交正式开通", "2021-03-01", "全程约五十分钟，票价十二元，每半小时发一班。"),
    ("全市中小学春季学期开学", "2021-03-01", "各校落实晨午检制度，确保师生健康安全返校。"),
    ("我市发布春耕生产气象服务专报", "2021-02-28", "气象部门提醒农户关注近期可能出现的倒春寒天气。"),
    ("城西污水处理厂二期工程投入运行", "2021-02-27", "新增日处理能力五万吨，将有效改善城西片区水环境。"),
    ("元宵灯会吸引市民游客二十余万人次", "2021-02-27", "灯会以“湖光春色”为主题，共展出大型灯组四十余组。"),
    ("市中心医院开设夜间门诊", "2021-02-26", "夜间门诊开放时间为每天十七时三十分至二十一时。"),
    ("东湖籍运动员在全国锦标赛上夺冠", "2021-02-26", "她在女子五千米比赛中跑出了个人最好成绩。"),
    ("我市开展节后安全生产大检查", "2021-02-25", "检查组共排查企业一百三十余家，督促整改隐患二百多处。"),
]

PORTAL_BLOG = [
    ("春天的最后一场雨", "2021-03-31 21:08", "傍晚下起了雨，不大，细细密密的。我站在阳台上看了很久，楼下的玉兰花落了一地。"),
    ("给女儿的第十封信", "2021-03-29 22:40", "亲爱的小满，今天是你十岁的生日。妈妈想了很久，不知道该送你什么礼物，最后决定还是给你写一封信。"),
    ("去乡下看油菜花", "2021-03-27 19:15", "周末和几个朋友开车去了城南的一个小村子。油菜花开得正好，整个山坡都是金黄的。"),
    ("读《额尔古纳河右岸》", "2021-03-25 23:02", "这本书放在床头很久了，这个月终于读完。合上书的那一刻，窗外正好起风。"),
    ("菜场里的春天", "2021-03-23 12:31", "这几天菜场里的春菜多起来了。香椿、荠菜、马兰头，一样买一点，回家能做一桌子。"),
    ("春分", "2021-03-20 08:47", "今天春分，昼夜平分。早上出门的时候，天已经大亮了，不像冬天那样黑沉沉的。"),
    ("父亲的老收音机", "2021-03-19 20:26", "回老家收拾东西，在柜子顶上找到了父亲的那台老收音机。擦掉上面的灰，插上电，居然还能响。"),
    ("加班的夜晚", "2021-03-17 22:55", "又是加班到九点多。走出办公楼的时候，街上已经没什么人了，只有路灯一盏一盏地亮着。"),
    ("学做青团", "2021-03-15 16:10", "跟楼下的阿姨学做青团。艾草要先焯水，再和糯米粉揉在一起，揉到颜色均匀为止。"),
    ("一个人去看电影", "2021-03-13 23:38", "很久没有一个人去电影院了。买了一桶爆米花，坐在最后一排，看完一场不太热闹的文艺片。"),
    ("女儿的作文", "2021-03-11 21:19", "女儿的作文题目是《我的妈妈》。她写我每天晚上都在厨房里忙，写我做的红烧肉是全世界最好吃的。"),
    ("湖边散步", "2021-03-09 20:04", "晚饭后沿着东湖走了一圈。湖边的柳树已经绿了，风吹过来，带着一点水腥味。"),
    ("整理旧照片", "2021-03-07 15:52", "把手机里几千张照片导到电脑上，一张一张地整理。翻到几年前的照片，才发现自己变了很多。"),
    ("惊蛰", "2021-03-05 07:30", "今天惊蛰，早上听到了第一声雷。小时候奶奶说，惊蛰一到，地下的虫子都要醒了。"),
    ("新学期", "2021-03-02 09:12", "女儿开学了，早上送她到校门口，看着她背着书包跑进去。她头也没回，我却在门口站了好一会儿。"),
]

PORTAL_ZT = [
    ("要闻速递", ["东湖市第十六届人大五次会议隆重开幕", "政协东湖市第十二届委员会第五次会议开幕",
              "市人大五次会议举行第二次全体会议", "市政协十二届五次会议闭幕", "市人大五次会议胜利闭幕",
              "市领导参加代表团审议"]),
    ("政府工作报告解读", ["一图读懂2021年东湖市政府工作报告", "今年我市经济社会发展主要预期目标",
                  "2021年将办好十件民生实事", "报告中的这些“新词”你读懂了吗", "数说“十三五”：五年来东湖的变化",
                  "部门负责人解读政府工作报告"]),
    ("代表委员风采", ["人大代表陈建华：为乡村教师发声", "政协委员李文静：让老旧小区焕发新生",
                "一位基层代表的“履职笔记”", "委员提案聚焦“一老一小”", "代表建议：加快城东新区配套建设",
                "青年委员谈创新创业"]),
    ("网友建言", ["网友留言：希望增加公交班次", "网友建议：湖边步道增设照明", "关于规范停车收费的建议",
              "网友关注：中小学课后服务", "建议在新建小区配建幼儿园", "网友呼吁：加强农贸市场管理"]),
    ("图说两会", ["【图集】代表委员抵达驻地报到", "【图集】大会开幕现场", "【图集】代表团分组审议",
              "【图集】委员们认真阅读会议文件", "【图集】会场外的志愿者", "【图集】两会闭幕瞬间"]),
]


def make_portal():
    # 1. 栏目 listing
    items = []
    for i, (t, d, s) in enumerate(PORTAL_NEWS):
        ym, dd = d[:7].replace("-", ""), d[8:]
        items.append('<li><a href="http://www.donghu.net/news/local/%s/%s/%d.html" target="_blank">%s</a><span class="date">%s</span><p class="summary">%s</p></li>'
                     % (ym, dd, 118340 - i * 13, E(t), d, E(s)))
    page = portal_head("本地新闻_新闻中心_东湖网", "东湖新闻,本地新闻,东湖网", "东湖网本地新闻频道，及时报道东湖本地新闻。",
                       ".list li{padding:10px 0;border-bottom:1px dashed #ddd}.list .date{float:right;color:#999}.list .summary{color:#666;margin-top:4px}")
    page += "<body>\n" + portal_top() + """<div class="w1000 main">
<div class="position">当前位置：<a href="http://www.donghu.net/">东湖网</a> &gt; <a href="http://www.donghu.net/news/">新闻中心</a> &gt; 本地新闻</div>
<div class="left">
<div class="col-title"><h2>本地新闻</h2></div>
<ul class="list">
%s
</ul>
<div class="pages"><span class="cur">1</span> <a href="list_2.html">2</a> <a href="list_3.html">3</a> <a href="list_4.html">4</a> <a href="list_5.html">5</a> ... <a href="list_86.html">86</a> <a href="list_2.html">下一页</a> <a href="list_86.html">尾页</a> 共1712条</div>
</div>
<div class="right">
<div class="box"><h3>热点排行</h3><ol><li><a href="http://www.donghu.net/news/local/202103/05/118340.html">东湖大道快速化改造工程全面复工</a></li><li><a href="http://www.donghu.net/news/local/202103/02/118223.html">老旧小区改造今年计划惠及一万二千户</a></li><li><a href="http://www.donghu.net/news/local/202103/01/118184.html">全市中小学春季学期开学</a></li></ol></div>
<div class="box"><h3>新闻栏目</h3><ul><li><a href="http://www.donghu.net/news/local/">本地新闻</a></li><li><a href="http://www.donghu.net/news/china/">国内新闻</a></li><li><a href="http://www.donghu.net/news/world/">国际新闻</a></li><li><a href="http://www.donghu.net/news/society/">社会万象</a></li><li><a href="http://www.donghu.net/news/photo/">图片新闻</a></li></ul></div>
<div class="ad-right"><script type="text/javascript" src="http://ad.donghu.net/show.php?id=27"></script></div>
</div>
</div>
""" % "\n".join(items) + portal_foot()
    emit("d-portal-1", page, "gbk", url="http://www.donghu.net/news/local/", charset="gbk", listing=True)

    # 2. blog archive
    posts = []
    for i, (t, when, ex) in enumerate(PORTAL_BLOG):
        pid = 9917 - i * 3
        posts.append("""<div class="archive-item">
<h3 class="post-title"><a href="http://blog.donghu.net/lanxin/article/%(pid)d.html">%(t)s</a></h3>
<div class="post-meta">%(when)s | 分类：<a href="http://blog.donghu.net/lanxin/category/2.html">随笔</a> | 阅读(%(r)d) | 评论(%(c)d)</div>
<div class="post-excerpt"><p>%(ex)s</p></div>
<div class="post-more"><a href="http://blog.donghu.net/lanxin/article/%(pid)d.html">阅读全文&raquo;</a></div>
</div>""" % {"pid": pid, "t": E(t), "when": when, "r": 60 + (i * 37) % 300, "c": (i * 7) % 11, "ex": E(ex)})
    page = portal_head("兰心的博客 - 2021年3月 - 东湖博客", "兰心,随笔,东湖博客", "兰心的博客，记录生活中的点点滴滴。",
                       ".archive-item{margin-bottom:24px}.post-meta{color:#999;font-size:12px}.post-more{text-align:right}")
    page += "<body>\n" + portal_top() + """<div class="w1000 blog-head"><h1><a href="http://blog.donghu.net/lanxin/">兰心的博客</a></h1><p class="blog-desc">日子是一页一页过的，字也是一个一个写的。</p>
<div class="blog-nav"><a href="http://blog.donghu.net/lanxin/">首页</a> | <a href="http://blog.donghu.net/lanxin/articles/">文章</a> | <a href="http://blog.donghu.net/lanxin/album/">相册</a> | <a href="http://blog.donghu.net/lanxin/guestbook/">留言板</a> | <a href="http://blog.donghu.net/lanxin/profile/">关于我</a></div></div>
<div class="w1000 main">
<div class="left">
<div class="archive-head"><h2>归档：2021年3月</h2><span>共15篇</span></div>
%s
<div class="pages">共15篇　<a href="http://blog.donghu.net/lanxin/archive/202102.html">&laquo; 2021年2月</a>　<a href="http://blog.donghu.net/lanxin/archive/202104.html">2021年4月 &raquo;</a></div>
</div>
<div class="right">
<div class="box profile"><img src="http://blog.donghu.net/avatar/lanxin.jpg" alt="兰心" /><p><b>兰心</b></p><p>等级：<img src="http://blog.donghu.net/images/level5.gif" alt="" />　积分：3086</p><p>访问：218,406　文章：1,034</p><p><a href="http://blog.donghu.net/msg.php?to=lanxin">发纸条</a> <a href="http://blog.donghu.net/friend.php?add=lanxin">加好友</a></p></div>
<div class="box"><h3>文章分类</h3><ul><li><a href="http://blog.donghu.net/lanxin/category/2.html">随笔</a>(612)</li><li><a href="http://blog.donghu.net/lanxin/category/3.html">读书</a>(148)</li><li><a href="http://blog.donghu.net/lanxin/category/4.html">旅行</a>(97)</li><li><a href="http://blog.donghu.net/lanxin/category/5.html">亲子</a>(177)</li></ul></div>
<div class="box"><h3>文章归档</h3><ul><li><a href="http://blog.donghu.net/lanxin/archive/202103.html">2021年3月</a>(15)</li><li><a href="http://blog.donghu.net/lanxin/archive/202102.html">2021年2月</a>(12)</li><li><a href="http://blog.donghu.net/lanxin/archive/202101.html">2021年1月</a>(14)</li><li><a href="http://blog.donghu.net/lanxin/archive/202012.html">2020年12月</a>(16)</li></ul></div>
<div class="box"><h3>最新评论</h3><ul><li>湖畔：写得真好，想起了我父亲。</li><li>小雨点：青团看着好好吃！</li><li>老陈：春分快乐。</li></ul></div>
</div>
</div>
""" % "\n".join(posts) + portal_foot()
    emit("d-portal-2", page, "gbk", url="http://blog.donghu.net/lanxin/archive/202103.html", charset="", listing=True)

    # 3. calendar crawler trap: April 2019 (1 April 2019 is a Monday)
    rows = []
    cells = [""] * 1 + [str(d) for d in range(1, 31)]
    while len(cells) % 7:
        cells.append("")
    for r in range(0, len(cells), 7):
        tds = []
        for c in cells[r:r + 7]:
            if c:
                tds.append('<td><a href="calendar.php?year=2019&amp;month=4&amp;day=%s">%s</a></td>' % (c, c))
            else:
                tds.append('<td>&nbsp;</td>')
        rows.append("<tr>" + "".join(tds) + "</tr>")
    page = portal_head("新闻日历 2019年4月 - 东湖网", "新闻日历,往期新闻,东湖网", "东湖网新闻日历，按日期浏览往期新闻。",
                       ".cal{width:100%;border-collapse:collapse}.cal td,.cal th{border:1px solid #ddd;text-align:center;height:48px}")
    page += "<body>\n" + portal_top() + """<div class="w1000 main">
<div class="position">当前位置：<a href="http://www.donghu.net/">东湖网</a> &gt; <a href="http://www.donghu.net/news/">新闻中心</a> &gt; 新闻日历</div>
<div class="calendar-box">
<div class="cal-nav"><a href="calendar.php?year=2018&amp;month=4">&laquo; 上一年</a>　<a href="calendar.php?year=2019&amp;month=3">&lsaquo; 2019年3月</a>　<b>2019年4月</b>　<a href="calendar.php?year=2019&amp;month=5">2019年5月 &rsaquo;</a>　<a href="calendar.php?year=2020&amp;month=4">下一年 &raquo;</a></div>
<form action="calendar.php" method="get" class="cal-jump"><select name="year"><option>2017</option><option>2018</option><option selected="selected">2019</option><option>2020</option><option>2021</option></select>年 <select name="month"><option>1</option><option>2</option><option>3</option><option selected="selected">4</option><option>5</option><option>6</option><option>7</option><option>8</option><option>9</option><option>10</option><option>11</option><option>12</option></select>月 <input type="submit" value="查看" /></form>
<table class="cal">
<tr><th>日</th><th>一</th><th>二</th><th>三</th><th>四</th><th>五</th><th>六</th></tr>
%s
</table>
<p class="cal-tip">请点击日期查看当日新闻</p>
</div>
</div>
""" % "\n".join(rows) + portal_foot()
    emit("d-portal-3", page, "gbk", url="http://www.donghu.net/news/calendar.php?year=2019&month=4", charset="gbk", listing=True)

    # 4. 专题 hub
    secs = []
    for si, (name, titles) in enumerate(PORTAL_ZT):
        lis = "\n".join('<li><a href="http://www.donghu.net/zt/2021lh/%d/%d.html" target="_blank">%s</a></li>' % (si + 1, 3301 + si * 10 + j, E(t)) for j, t in enumerate(titles))
        secs.append('<div class="zt-sec" id="sec%d"><div class="zt-sec-title"><h3>%s</h3><a class="more" href="http://www.donghu.net/zt/2021lh/%d/">更多&gt;&gt;</a></div>\n<ul>\n%s\n</ul></div>' % (si + 1, E(name), si + 1, lis))
    page = portal_head("聚焦2021东湖两会_专题_东湖网", "2021东湖两会,人大,政协,政府工作报告", "东湖网2021东湖两会专题报道。",
                       ".zt-banner img{width:1000px;height:220px}.zt-intro{padding:16px;background:#f7f3ea;line-height:26px}.zt-sec{width:490px;float:left;margin:10px 5px}")
    page += "<body>\n" + portal_top() + """<div class="w1000 zt">
<div class="zt-banner"><img src="http://www.donghu.net/zt/2021lh/images/banner.jpg" alt="聚焦2021东湖两会" /></div>
<div class="zt-intro"><b>导语：</b>2021年3月，东湖市第十六届人民代表大会第五次会议和政协东湖市第十二届委员会第五次会议相继召开。东湖网推出专题报道，全方位展示两会盛况，倾听代表委员的声音。</div>
%s
<div class="clear"></div>
<div class="zt-msg"><a href="http://www.donghu.net/zt/2021lh/msg.php">我为两会建言 &gt;&gt;</a></div>
</div>
""" % "\n".join(secs) + portal_foot()
    emit("d-portal-4", page, "gbk", url="http://www.donghu.net/zt/2021lh/", charset="", listing=True)



def main():
    make_bbs()
    make_diary()
    make_epaper()
    make_gov()
    make_selfmedia()
    make_twblog()
    make_wenku()
    make_portal()
    print("wrote %d pages: %s" % (len(WRITTEN), " ".join(WRITTEN)))


if __name__ == "__main__":
    main()
