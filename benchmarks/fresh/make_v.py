#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Blind test pages, prefix v: six invented Chinese sites, four pages each.

Writes pages/v-<site>-<n>.html and gold/v-<site>-<n>.txt next to this script,
then self-checks every page.  Deterministic, stdlib only.
"""
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, "pages")
GOLD = os.path.join(HERE, "gold")

ALL = []  # list of page dicts


def esc(s):
    return html.escape(s, quote=False)


def esc_q(s):
    """Old-CMS habit: curly quotes as named entities."""
    return esc(s).replace("\u201c", "&ldquo;").replace("\u201d", "&rdquo;")


def fill(tpl, **kw):
    for k, v in kw.items():
        tpl = tpl.replace("{{" + k + "}}", str(v))
    assert "{{" not in tpl, re.findall(r"\{\{\w+\}\}", tpl)
    return tpl


def add(site, n, *, url, body, encoding, header_charset, title="", author="",
        published="", shown_date="", lines=(), listing=False, bom=False,
        content_type="text/html"):
    ALL.append(dict(site=site, n=n, url=url, body=body, encoding=encoding,
                    header_charset=header_charset, title=title, author=author,
                    published=published, shown_date=shown_date,
                    lines=list(lines), listing=listing, bom=bom,
                    content_type=content_type))


def text_lines(paras):
    """Gold lines from a paragraph list (strings or ('img', src, caption))."""
    out = []
    for p in paras:
        if isinstance(p, tuple):
            if p[2]:
                out.append(p[2])
        else:
            out.append(p)
    return out


# ---------------------------------------------------------------------------
# Essays (all original prose)
# ---------------------------------------------------------------------------

W1 = [
    "外婆家的灶屋后面，有一排腌菜坛，大大小小七八只，一律是土黄色的釉，坛口扣着粗瓷碗，碗沿浸在一圈清水里。小时候我总以为那圈水是给坛子喝的，后来才知道，那叫“坛沿水”，隔开外面的空气，菜才不会坏。",
    "每年立冬前后，是外婆最忙的时候。门前的晒场上铺满了芥菜，一棵棵摊开晒上三四天，叶子蔫了，颜色从青翠变成暗绿，她才收回来，在大木盆里一层菜一层盐地码好，用手掌一遍遍地揉。我蹲在旁边看，她的手背裂着细口子，沾了盐，想来是疼的，可她从不吭声，只叫我离远一点，别让盐粒溅进眼睛里。",
    "揉好的菜要塞进坛子，塞得越紧越好。外婆把擀面杖倒过来，一下一下往下压，压出的菜汁泛着细细的泡沫。最后她在坛口压上一块洗净的鹅卵石，那石头是外公年轻时从河滩上捡回来的，圆滚滚的，用了几十年，磨得发亮。",
    "腌菜要等到腊月才能开坛。开坛那天，一股酸香从灶屋飘到堂屋，连隔壁的狗都要来门口转一转。外婆捞出一把，切碎了和肥肉丁一起炒，再撒一把干辣椒，那是我记忆里最下饭的菜。表哥能就着它吃三大碗，被舅妈笑话说像是从饿牢里放出来的。",
    "后来我去城里读书，每次放假回去，外婆都要给我装一罐腌菜，用塑料袋裹了三层，再塞进旅行包的最底下。宿舍里的同学起初嫌味道冲，后来却一个个端着饭盒来讨，一罐菜撑不过一个星期。",
    "外婆走后的第二年，舅舅把老屋翻修了，灶屋拆掉，那排腌菜坛也不知去向。我问起时，舅舅说大概是送人了，也可能是砸了，那些东西现在谁还要呢。我没再追问。",
    "去年冬天，我在菜市场看到有人卖芥菜，鬼使神差地买了两棵，照着记忆里的样子晒、揉、装瓶。城里的阳台晒不透，盐也放多了，开瓶的时候又咸又涩，远不是那个味道。可我还是一口一口地吃完了。",
    "我想，有些味道是跟着人走的。坛子在，手在，日子在，那味道才在。如今我能留住的，也许只有写下这些字的时候，鼻尖上那一点若有若无的酸香。",
]

W2 = [
    "早上七点二十分，老郑已经站在三号机组的平台上了。这是他在电厂工作的第三十个年头，也是他当检修班长的第十八年。再过半年，他就要退休。",
    "老郑名叫郑家福，1994年技校毕业分配进厂，那时候厂里还是两台二十万千瓦的老机组，控制室里一排排全是指针表。“那会儿查缺陷靠耳朵听、手去摸，”他说，“轴承温度高一点，手一搭就知道。”",
    "三十年里，厂子的机组换了两代，他手里的工具也从扳手、听针换成了振动分析仪和平板电脑。变化最大的是检修方式。过去是坏了再修，后来是定期大修，现在是根据设备状态提前预判。老郑说自己是班里学电脑学得最慢的那个，为了弄懂数据曲线，他五十岁那年报了夜校，每周两个晚上，一学就是一年。",
    ("img", "https://img.weixunge.com/mmbiz/2024/0305/a81f3c2e.jpg", "郑家福在三号机组平台上检查设备"),
    "班里的年轻人喜欢叫他“郑师傅”，也有人私下叫他“郑老抠”。说他抠，是因为他对工作票卡得严，一个签字不全，说什么也不让开工。前年冬天抢修一台给水泵，时间紧，有个小伙子想先干起来再补手续，被老郑当着全班的面拦了下来。事后小伙子不服气，老郑也没多解释，只是带他去看了厂史馆里的一张照片——那是1998年的一起事故，照片上的人是老郑的师傅。",
    "从那以后，那个小伙子成了班里最守规矩的人。现在，他已经是副班长了。",
    "厂里推行师带徒，老郑前后带了十一个徒弟，有四个当上了班长，一个成了厂里的技术专家。问他最得意的是什么，他想了想，说不是哪次抢修，也不是哪个奖状，而是这十八年里，他的班组没有出过一次人身伤害。",
    "采访结束时已是傍晚，老郑照例又绕着机组走了一圈。夕阳照在冷却塔上，蒸汽一团团往上涌。他说，退休以后最舍不得的，大概就是这个声音——机组运转时那种均匀、低沉的轰鸣。“听了三十年，听惯了，它一响，心里就踏实。”",
]

W3 = [
    "十二月初的一个下午，桃源镇中心小学的图书室里挤满了人。四年级的孩子们搬来小板凳，围成一个半圆，中间的长桌上摆着他们这一个月读过的书：《草房子》《城南旧事》，还有几本翻得卷了边的科普画册。",
    "这是学校本学期的第三场读书会。组织者是语文老师钟晓岚，她来这所学校刚满两年。刚来时她发现，学校的图书室其实不缺书，缺的是读书的人。书架上不少书连塑封都没拆，借阅登记本上一个月只有寥寥几条记录。",
    "钟老师没有急着布置阅读任务，而是先在班上每天读二十分钟故事。她读得慢，遇到有意思的地方就停下来问孩子们：“你猜接下来会怎样？”一开始没人接话，后来抢着回答的人越来越多，有的孩子等不及，下课就跑去图书室把书借走了。",
    "读书会上，孩子们轮流分享。一个叫小峰的男孩讲《草房子》里的秃鹤，讲着讲着红了脸，说自己也因为个子矮被人笑话过，后来就不想上学了。教室里安静了一会儿，坐在他旁边的女孩伸手拍了拍他的肩膀。钟老师说，那一刻她觉得，书里的故事真正走进了孩子的心里。",
    "现在，学校每个班都有了图书角，家长也被请进来参与“亲子共读”。不少家长在外打工，就通过视频电话给孩子讲故事。校长说，他们下一步打算把读书会开到村里去，让更多的孩子和大人坐在一起，读一读书。",
    "乡村教育的难处，人人都说得出几条。可在那个冬日的午后，看着一屋子举着手的孩子，你会相信，有些改变，正从一本书、一个愿意停下来的老师开始。",
]

F1 = [
    "每年三月中旬，老家后山的油菜花就开了。今年我特意请了两天假，带着相机回了一趟村子。",
    "从镇上到村口，原来的土路已经修成了水泥路，车子一直能开到晒谷场。下车的时候，风里全是油菜花那股甜丝丝、略带点青涩的气味，小时候闻惯了，离开十几年，一闻就认出来了。",
    ("img", "https://pics.fenghao.cn/feed/8d1c2e0a7b.jpeg", "村口的油菜花田，远处是新修的水泥路"),
    "花田沿着山坡一层层铺上去，像是谁把一匹黄绸子搭在了山上。田埂边上有几个老人在锄草，我走近了才认出来，其中一个是小学时教过我的刘老师，今年已经七十六岁了。他说现在村里种油菜的人少了，这几片田是合作社统一种的，开花的时候拍照的人多，秋天榨了油还能卖个好价钱。",
    ("img", "https://pics.fenghao.cn/feed/3f9a61bd24.jpeg", "在田埂上锄草的刘老师"),
    "我在山坡上待了一个下午。蜜蜂嗡嗡地在花间穿来穿去，几个城里来的年轻人穿着汉服拍视频，笑声传得很远。傍晚时分，太阳落到对面的山梁上，整片花田都染成了橙红色。",
    ("img", "https://pics.fenghao.cn/feed/c07e55a913.jpeg", "傍晚的油菜花田"),
    "回城的路上我翻看照片，拍了四百多张，真正满意的没有几张。可是那天下午的风、花香和刘老师的笑声，是照片装不下的。明年三月，我还想再回去看看。",
]

F2 = [
    "走进江北机械厂的二号厂房，很难把眼前的景象和“铸造车间”这几个字联系起来。地面干净得能照出人影，六台机械臂沿着流水线一字排开，工人们穿着浅灰色的工装，盯着屏幕上跳动的数据。",
    "十年前，这里还是另一番样子。车间主任杨志刚回忆，那时候一进门就是呛人的粉尘和热浪，夏天车间温度能到四十多度，工人下了班，鼻孔里都是黑的。“招不来年轻人，老师傅一个个退休，我们真担心这门手艺要断在我们手里。”",
    ("img", "https://pics.fenghao.cn/feed/51ab0e9d62.jpeg", "改造后的二号厂房生产线"),
    "转机出现在2017年。厂里决定拿出当年利润的一大半，分三期对铸造线进行智能化改造。方案刚提出来时，反对的声音不少：钱花出去了，万一效益上不来怎么办？原来的工人又往哪里去？",
    "厂里的做法是，改造和培训同步进行。每上一条新线，就从老工人里挑人去学操作和维护。五十二岁的浇注工何师傅是第一批学员，他笑着说，自己刚开始连鼠标都握不稳，现在已经能看懂设备的报警代码了。",
    ("img", "https://pics.fenghao.cn/feed/e2774c0f18.jpeg", "何师傅（右）在给新员工讲解设备操作"),
    "几年下来，厂里的产品合格率从91%提高到98.6%，单位能耗下降了近三成。更让杨志刚高兴的是，这两年车间里陆续来了二十多个大学生，平均年龄不到二十八岁。",
    "当然，转型的路并不平坦。有的设备和原来的工艺不匹配，调试了大半年；有的订单批量小、品种多，智能产线反而不如人工灵活。厂里现在的做法是“智能线做大批量，老师傅做精细活”，两条腿走路。",
    "在杨志刚看来，老国企的转型，说到底是人的转型。“机器买得来，会用机器的人买不来。把老师傅的经验和年轻人的本事拧在一起，这个厂才有后劲。”",
]

F3 = [
    "县城往西十五里，有个地方叫柳家渡。如今那里只剩下一块石碑和几级长满青苔的台阶，很少有人知道，一百年前，这里曾是方圆几十里最热闹的渡口。",
    "据县志记载，柳家渡始于明代，是连接南北两岸的要道。渡口边上原有茶馆、客栈、铁匠铺，逢三逢八还有集市。南岸的粮食、北岸的山货，都要在这里过河。老人们说，最盛的时候，渡口有十二条渡船，天不亮就有人排队。",
    ("img", "https://pics.fenghao.cn/feed/9b3e0d47aa.jpeg", "柳家渡旧址现存的石碑"),
    "渡船是平底木船，靠船工撑篙摆渡。船工大多是柳姓人家，父子相传。村里九十一岁的柳德顺老人年轻时就撑过船，他记得涨水季节最难，一篙下去探不到底，全凭经验找水路，“一船人的命都在你手里”。",
    "上世纪七十年代，上游修了一座公路桥，过河的人渐渐少了。到八十年代末，最后一条渡船也停了。客栈改成了民房，茶馆拆了，集市搬到了镇上。",
    ("img", "https://pics.fenghao.cn/feed/0c6f28e1d5.jpeg", "渡口边的老台阶"),
    "前几年，县里搞文物普查，工作人员在河滩上找到了几块刻着字的条石，据考证是清代重修渡口时留下的。现在这些条石被收进了县博物馆，石碑也重新立了起来，旁边加了一块说明牌。",
    "我去的那天是个阴天，河面很宽，水流平缓，对岸的芦苇已经白了头。站在台阶上，想象着当年船来船往、人声鼎沸的样子，不免有些恍惚。渡口没了，河还在流，只是过河的人，早已换了一种方式。",
]

# speech: ('h', text) = section heading, plain str = paragraph
L1 = [
    "同志们：",
    "今天召开全市国有企业改革发展工作会议，主要任务是总结去年以来全市国资国企工作，分析当前形势，部署今年重点任务。刚才，市国资委通报了有关情况，三家企业作了交流发言，讲得都很好，我都同意。下面，我讲三点意见。",
    ("h", "一、充分肯定成绩，进一步坚定做强做优国有企业的信心"),
    "过去一年，全市国资国企系统认真贯彻落实上级决策部署，克服困难、攻坚克难，各项工作取得了明显成效。",
    ("s", "（一）经营效益稳中有升。", "全市市属国有企业实现营业收入326亿元，同比增长8.4%；利润总额19.7亿元，同比增长11.2%，主要经济指标好于预期。"),
    ("s", "（二）改革任务扎实推进。", "国企改革深化提升行动全面启动，完成市属企业集团层面董事会规范建设，经理层成员任期制和契约化管理实现全覆盖，12户“僵尸企业”完成出清。"),
    ("s", "（三）功能作用有效发挥。", "市属企业全年完成重点项目投资105亿元，在城市更新、水务环保、交通能源等领域挑起了大梁，在保供稳价、应急保障中发挥了“压舱石”作用。"),
    "同时也要清醒看到，我市国有企业还存在一些短板和不足：有的企业主业不够突出，资产质量不高；有的企业创新能力偏弱，研发投入占比较低；有的企业管理链条过长，风险防控能力有待加强。对这些问题，我们必须高度重视，切实加以解决。",
    ("h", "二、聚焦重点任务，推动国有企业高质量发展再上新台阶"),
    ("s", "（一）在优化布局上下功夫。", "要围绕全市产业发展大局，推动国有资本向重要行业和关键领域集中，向优势企业集中。对主业不突出、长期亏损的企业，该整合的整合，该退出的退出，不搞“大而全”，不铺摊子。"),
    ("s", "（二）在科技创新上下功夫。", "要把研发投入作为硬指标，纳入企业负责人经营业绩考核，力争今年市属企业研发投入强度提高0.5个百分点。鼓励企业与高校、科研院所共建创新平台，在关键技术上争取突破。"),
    ("s", "（三）在深化改革上下功夫。", "要持续完善中国特色现代企业制度，把党的领导融入公司治理各环节，进一步厘清党委会、董事会、经理层的权责边界。要深化三项制度改革，真正做到管理人员能上能下、员工能进能出、收入能增能减。"),
    ("s", "（四）在防范风险上下功夫。", "要严控债务规模，坚决遏制违规举债；要加强投资项目全过程管理，严禁超越财务承受能力投资；要抓好安全生产，守住不发生重大事故的底线。"),
    ("h", "三、强化组织保障，确保各项任务落到实处"),
    "一要加强党的领导。各企业党委要切实履行主体责任，把方向、管大局、保落实，以高质量党建引领高质量发展。二要压实工作责任。市国资委要加强统筹协调和督促检查，各有关部门要主动靠前服务，形成工作合力。三要锻造过硬队伍。要大力弘扬企业家精神，关心关爱一线职工，营造干事创业的良好氛围。",
    "同志们，做强做优做大国有企业，责任重大、使命光荣。希望大家以更加饱满的精神状态、更加务实的工作作风，奋力开创全市国资国企改革发展新局面，为建设现代化临水作出新的更大贡献！",
]

L2 = [
    "同志们：",
    "这次会议的主要任务是，深入贯彻落实全省基层党建工作会议精神，总结交流经验，部署推进全市基层党建重点任务。刚才，五个单位作了发言，各有特色，值得大家学习借鉴。下面，我讲几点意见。",
    ("h", "一、把牢基层党建的正确方向"),
    "基层党组织是党的全部工作和战斗力的基础。各级党组织要坚持抓党建从基层抓起，树立一切工作到支部的鲜明导向，把基层党组织建设成为宣传党的主张、贯彻党的决定、领导基层治理、团结动员群众、推动改革发展的坚强战斗堡垒。",
    ("h", "二、补齐基层党建的短板弱项"),
    ("s", "（一）抓好村级组织建设。", "要开展软弱涣散村党组织集中整顿，一村一策、精准施治，确保年内整顿到位。要拓宽选人视野，注重从返乡创业人员、退役军人中选拔村党组织书记。"),
    ("s", "（二）抓好城市社区治理。", "要推动社区党组织与驻区单位、物业企业、业主委员会共建共治，把党组织的触角延伸到每一栋楼、每一户居民。"),
    ("s", "（三）抓好新兴领域党建。", "要加大在快递物流、网约配送等新就业群体中建立党组织的力度，做到哪里有党员、哪里就有党的组织，哪里有群众、哪里就有党的工作。"),
    ("h", "三、压实基层党建的工作责任"),
    "各级党组织书记要认真履行第一责任人职责，真正把党建工作放在心上、扛在肩上、抓在手上。要完善考核评价机制，把基层党建述职评议结果作为干部评先评优、选拔任用的重要依据。对工作不力、问题突出的，要严肃约谈、限期整改。",
    "同志们，抓好基层党建，是我们的分内之事、应尽之责。希望大家以只争朝夕的精神，把各项任务抓实抓细，为全市经济社会发展提供坚强组织保证！",
]


def speech_lines(paras):
    out = []
    for p in paras:
        if isinstance(p, tuple):
            out.append(p[1] if p[0] == "h" else p[1] + p[2])
        else:
            out.append(p)
    return out


T1 = [
    "海拔四千三百米，氧气含量只有平原的六成。在这里，走路快了会喘，说话多了会累，连烧开的水也只有八十多度。铁源集团输变电公司的三十七名员工，已经在这片高原上坚守了整整两个冬天。",
    "他们承建的是一条长达210公里的输电线路。线路穿越冻土带、无人区和三条季节性河流，沿线没有村庄，没有信号，最近的补给点也在一百多公里外。",
    ("img", "images/2023-06/p14_1.jpg", "施工人员在冻土带上组立铁塔"),
    "项目经理冉建国是个老高原，这已经是他第四次上高原。刚到工地的第一个月，队里有五个年轻人出现了严重的高原反应，夜里头疼得睡不着。冉建国每天晚上挨个帐篷查看，给大家测血氧、送药，自己却瘦了十几斤。",
    "冻土施工是最大的难题。土层白天化、晚上冻，基础开挖稍有不慎就会塌方。技术组的几个年轻人琢磨出一套“分层保温开挖法”，用棉被和保温板给基坑“盖被子”，把塌方率降到了最低。这项工法后来还拿了集团的科技进步奖。",
    ("img", "images/2023-06/p15_1.jpg", "技术人员在基坑旁记录冻土温度"),
    "高原上的日子单调而漫长。没有信号，大家就在营地里办起了“帐篷夜校”，轮流讲课，从电气原理讲到藏语日常用语。二十六岁的技术员卓玛是本地人，成了最受欢迎的“老师”。",
    "去年十月，线路全线贯通送电。消息传来，营地里一片欢呼，有人把安全帽抛向了天空。冉建国站在山坡上，看着远处一座座铁塔在夕阳下连成一线，久久没有说话。",
    "“这条线路通了，山那边的牧民就能用上稳定的电了。”他说，“吃再多的苦，也值。”",
]

T2 = [
    "父亲有一只工具箱，墨绿色的铁皮，边角磕掉了漆，露出里面暗红的锈。箱子不大，却沉得很，小时候我用两只手都提不动。",
    "那是父亲进厂第一年，车间发的。里面的东西，我闭着眼睛都数得出来：两把扳手，一把大一把小；一把锤子，木柄被手磨得油亮；一套螺丝刀，一卷黑胶布，还有一把游标卡尺，装在一个旧眼镜盒里，是父亲最宝贝的东西。",
    "父亲是厂里的钳工，干了一辈子。家里的桌椅板凳坏了，门锁不灵了，甚至邻居家的自行车掉了链子，都来找他。他总是不紧不慢地打开工具箱，挑出一样，三下两下就弄好了。我那时觉得，这只箱子里装着天底下所有的办法。",
    "读初中时，我有一次把父亲的游标卡尺偷偷拿去学校炫耀，结果摔坏了读数的地方。回家后我吓得不敢说，父亲发现后，没有骂我，只是拿着卡尺在灯下看了很久，然后一点点地把它修好了。那天晚上，他跟我说，工具是吃饭的家什，要像爱惜自己的手一样爱惜它。",
    "后来我也进了这家厂，成了一名技术员。父亲退休那天，把工具箱交给了我。他说，现在厂里都用数控机床了，这些老家伙怕是用不上了，留着当个念想吧。",
    "可我还是常常用到它。车间里的新设备有时会出些小毛病，我打开那只墨绿色的箱子，拿出那把磨得发亮的锤子，总觉得心里有底。",
    "前些天回家，父亲问我工具箱还在不在。我说在，就放在我工位的柜子里。他点点头，笑了。那笑容，和他当年修好那把卡尺时一模一样。",
]

T3 = [
    "在铁源集团建设公司，有一句话流传很广：“项目建到哪里，党支部就建到哪里。”近年来，公司坚持把党支部建在项目上，让党旗在一线高高飘扬。",
    "公司承建的城东综合管廊项目，工期紧、任务重，高峰时现场有一千多名工人。项目部成立临时党支部的第二天，就组建了三支党员突击队，分别负责深基坑、钢结构和机电安装三个难点工序。",
    ("img", "images/2023-06/p22_1.jpg", "党员突击队在管廊施工现场"),
    "去年七月，一场暴雨袭来，基坑周边出现积水险情。正在值班的党员突击队队长罗海东带着十几名党员第一时间冲到现场，连夜排水加固，一直干到第二天清晨。事后算账，这次抢险避免直接经济损失三百多万元。",
    "支部建在项目上，不仅是关键时刻冲得上去，更体现在日常管理的点点滴滴。项目党支部推行“党员身边无事故”承诺，每名党员划分一个责任区，负责区域内的安全巡查。一年多来，项目实现了安全生产零事故。",
    "党支部还把关心关爱职工作为重要工作。他们在工地上建起了“职工小家”，配备了洗衣机、图书角和理发工具；每逢节日，支部书记都要带着慰问品走进工人宿舍，和大家拉拉家常、听听意见。不少农民工说，在这个项目上干活，心里暖。",
    "公司党委书记说，把支部建在项目上，就是要让党建工作和生产经营同频共振。下一步，公司将总结推广这一做法，让每一个项目都成为党建工作的示范点。",
]

# forum floors: ('lz', [paras], time) or ('re', user, text, time)
H1 = [
    ("lz", [
        "我们县城的城墙，据说是明朝洪武年间修的，周长九里多，开四个城门。我小时候，东门和北门已经拆了，只剩南门和西门两段，加起来不到一里长。",
        "南门那段保存得最好。城门洞是青砖砌的拱，洞里常年阴凉，夏天的傍晚，附近的老头都搬着竹椅来这里乘凉、下象棋。城门洞上方原来有一块石匾，刻着“迎薰”两个字，后来被人凿掉了一半，只能看出一个“迎”字。",
        "西门那段就破败得多。城墙上长满了构树和野草，墙砖被附近的人家撬去垒猪圈、砌灶台，到处都是豁口。我们小孩最喜欢从豁口爬上城墙，在上面跑来跑去，大人发现了，免不了一顿打。",
    ], "2023-08-14 21:36:07"),
    ("re", "江湖夜雨灯", "沙发！楼主继续，我们那儿的城墙早拆光了。", "2023-08-14 21:52:40"),
    ("re", "北渡的猫", "迎薰门，这个名字好听。楼主是哪个县的？", "2023-08-14 22:10:13"),
    ("lz", [
        "城墙第一次被大规模拆除，是在五十年代末。听我爷爷说，当时要修公路、建工厂，城砖是现成的好材料，县里组织了几百号人，一个冬天就拆掉了大半。爷爷那时候二十出头，也去拆过城墙，他说那些砖又厚又重，上面还印着字，是当年烧砖的窑户和工匠的名字。",
        "我家老屋的后墙，就是用城砖砌的。小时候我趴在墙根下，一块一块地认砖上的字，有“某某县提调官”，有“窑匠某某”，字都是反的，要倒过来看。那时候不懂，只觉得好玩，现在想来，每一块砖都是一段六百年前的历史。",
    ], "2023-08-15 20:03:51"),
    ("re", "石头记里的石头", "城砖上有铭文的，这个很有价值啊，好些地方的城墙砖就是这样，一块砖能查到是哪个窑烧的。", "2023-08-15 20:31:09"),
    ("re", "ty_咸鱼翻身0825", "mark，晚上回来看", "2023-08-15 21:14:22"),
    ("re", "青衫旧客", "楼主文笔不错，顶一个", "2023-08-16 08:47:35"),
    ("lz", [
        "前几年，县里开始重视文物保护，把剩下的两段城墙列成了县级文物保护单位，还拨了钱修缮。西门那段的豁口用新砖补上了，城墙上的树也清理了，旁边修了一条步道，晚上亮着灯，成了散步的好去处。",
        "可我总觉得少了点什么。新砖太整齐，颜色太新，和老砖放在一起，像是打了一块补丁。城门洞里也不许下棋了，说是怕影响游客拍照。",
        "今年回老家，我特意去南门走了一趟。城门洞还是那么阴凉，只是坐在里面的人换了，换成了举着手机的年轻人。我站了一会儿，想起小时候在这里听老人讲古，讲这座城墙挡过倭寇、挡过大水，讲得唾沫横飞。那些老人，大多已经不在了。",
        "城墙能修，人和日子却修不回来。",
    ], "2023-08-16 22:18:04"),
    ("re", "北渡的猫", "写得真好，看得心里酸酸的。", "2023-08-16 22:40:57"),
    ("re", "江湖夜雨灯", "支持原创，楼主辛苦了", "2023-08-17 09:05:11"),
]

H2 = [
    ("lz", [
        "零八年大学毕业进的这家单位，一个省属国企下面的二级公司，做工程的。到今年正好十五年，从技术员干到了部门副经理。最近年底有点空，想写写这些年看到的变化，不吹不黑，就是个人感受。",
        "先说工资。刚进来的时候，一个月到手两千出头，在当地算中等。那时候奖金占大头，年底发多少全看领导心情，同一个部门的人，差好几千的都有，也没人说得清为什么。现在不一样了，绩效考核细到每个月，项目奖按节点发，拿多拿少心里都有数。",
    ], "2024-01-09 22:15:32"),
    ("re", "搬砖的老K", "同国企，感觉说得挺实在", "2024-01-09 22:31:08"),
    ("re", "雨后青苔", "两千出头？零八年我们那儿才一千五", "2024-01-09 22:47:56"),
    ("lz", [
        "再说用人。以前提拔干部，讲究熬年头、论资排辈，年轻人再能干也得排队。这几年搞了竞聘上岗，中层岗位拿出来公开竞争，我们部门去年就有一个九零后竞聘上了副经理。老同志一开始有点想法，后来看人家确实干得好，也就服气了。",
        "还有一个变化是“能下”。以前在国企，只要不犯大错，位置就是铁打的。现在任期制，干不好真的会下来。我认识的一个项目经理，连续两年考核垫底，去年就调整到了普通岗位。说实话，大家压力大了，但风气确实比以前正。",
    ], "2024-01-10 21:02:19"),
    ("re", "ty_老干妈不辣", "这个要点赞，我们单位还是老样子", "2024-01-10 21:20:44"),
    ("re", "搬砖的老K", "楼主在哪个省？", "2024-01-10 21:33:01"),
    ("lz", [
        "最后说说党建吧，可能有人觉得这个是形式主义。刚工作那几年，我也这么觉得，开会念文件，记笔记应付检查。这几年感觉实在了一些，比如我们项目上的党员先锋岗，是真的在关键工序上顶着，出了问题第一个找的就是他们。我自己前年也入了党，说实话，身上多了一份责任。",
        "当然，问题也还有不少，比如流程太多、签字太多，一个采购要跑七八个部门。但总体来说，我觉得这十五年国企是在往好的方向走。",
    ], "2024-01-11 22:40:37"),
    ("re", "晚风十里", "写得很实在，收藏了", "2024-01-11 23:02:15"),
    ("re", "ty_老干妈不辣", "顶", "2024-01-12 07:45:50"),
]


def forum_lines(floors):
    out = []
    for f in floors:
        if f[0] == "lz":
            out.extend(f[1])
    return out


S1 = [
    "我家楼下有一盏路灯，立在小区门口的拐角处。",
    "那盏灯很旧了，灯罩上积着一层灰，发出的光也是昏黄的，不像新装的那些路灯，白亮白亮的，照得人睁不开眼。可我偏偏喜欢它。",
    "上初中以后，晚自习要上到八点半。冬天天黑得早，放学时街上已经没什么人了。我每天骑车回家，远远看见那盏昏黄的灯，心里就踏实了，因为我知道，灯下一定站着一个人：我的奶奶。",
    "奶奶今年七十岁了，腿脚不太好，走路要拄拐杖。爸爸妈妈在外地工作，一年回来两三次，我一直跟着奶奶生活。从我上初中第一天起，她每天晚上都会到路灯下等我，不管刮风下雨。",
    "有一次下大雪，我想她总该不会来了吧。可是拐过街角，我还是看见了那个熟悉的身影。她撑着一把旧伞，伞上落满了雪，半边身子都白了。我跳下车跑过去，她却先把手里的保温杯塞给我，说：“快喝口热水，冻坏了吧？”杯子是热的，她的手却冰凉。",
    "那天晚上，我躺在床上很久都没有睡着。我想，奶奶在灯下站了多少个夜晚，我却从来没有问过她冷不冷、累不累。",
    "第二天，我跟奶奶说，以后不用来接我了，我已经长大了。奶奶笑着答应了。可是那天晚上回家，我还是在路灯下看到了她。她说：“我就是出来走走，顺便看看你。”",
    "后来我才明白，那盏灯之所以温暖，不是因为它的光，而是因为灯下那个等我的人。总有一天，我要走出这条街，走到更远的地方去，但我知道，无论走多远，心里都会有一盏灯为我亮着。",
]

S2 = [
    "近年来，“整本书阅读”被写进了语文课程标准，成为初中语文教学的一项重要内容。笔者结合近两年的教学实践，谈几点粗浅的体会。",
    ("h", "一、选书要兼顾经典与兴趣"),
    "教材推荐的名著大多是经典，但对于部分学生来说，读起来有一定难度。笔者的做法是“一主一辅”：每学期确定一本必读的经典作为主线，再由学生从推荐书目中自选一本作为补充。这样既保证了阅读的深度，又照顾了学生的兴趣。",
    ("h", "二、阅读要有计划更要有陪伴"),
    "整本书篇幅长，学生容易半途而废。笔者通常会和学生一起制订阅读计划，把一本书分成若干个阶段，每个阶段设计一两个有意思的问题。更重要的是，教师自己也要读，并且和学生一起读。当学生发现老师也在读同一本书，也会被书中的情节打动时，他们的阅读热情会大大提高。",
    ("h", "三、交流要给学生留足空间"),
    "读书交流课不应该变成教师的“名著讲座”。笔者尝试过小组辩论、人物访谈、续写结局等多种形式，发现学生在表达自己的观点时，往往能读出许多教师没有想到的东西。教师要做的，是倾听和引导，而不是急于给出标准答案。",
    ("h", "四、评价要重过程轻结果"),
    "整本书阅读的评价，不能只看一张试卷。笔者为每个学生建立了阅读档案，记录他们的读书笔记、批注和交流发言，期末综合评定。这种做法虽然费时费力，但能更真实地反映学生的阅读状况。",
    "整本书阅读教学还在探索之中，以上只是一些初步的做法和思考，不当之处，敬请同行批评指正。",
]

S3 = [
    "老家村口有一棵槐树，据村里的老人说，已经有三百多岁了。树干要三个大人才能合抱，树皮皴裂，像老人手背上的青筋。树身中间有个大洞，小时候我们常常钻进去捉迷藏。",
    "每年四五月间，槐花开了，一串串白色的花挂满枝头，香气能飘出半里地。这是我们小孩最盼望的时节。爬上树去摘槐花，回家让母亲拌上面粉蒸着吃，再淋一点蒜汁，那滋味，至今想起来还口舌生津。",
    "老槐树下是全村人聚会的地方。夏天的晚上，大人们摇着蒲扇在树下乘凉，讲些陈年旧事；村里开会、放电影，也都在这里。树上挂着一口铁钟，生产队的时候，队长一敲钟，大家就扛着锄头下地了。",
    "1975年夏天，一场雷雨劈断了老槐树的一根大枝。村里人都说，这树怕是活不成了。没想到第二年春天，断口旁边又冒出了新枝，长得比原来还旺。我父亲说，这树的根扎得深，轻易倒不了。",
    "后来我考上师范，离开了村子，在县城教了一辈子书。每次回老家，我都要到老槐树下站一站。村里的年轻人大多外出打工了，树下乘凉的人越来越少，可那棵老树依然枝繁叶茂，年年开花。",
    "前年，老槐树被列入了县里的古树名木保护名录，挂上了保护牌，四周还砌了一圈护栏。我站在护栏外，看着满树的槐花，忽然觉得，这树就像我们这些从村里走出去的人的根，不管走多远，它都在那里等着。",
]


def plain_lines(paras):
    return [p[1] if isinstance(p, tuple) else p for p in paras]


# ---------------------------------------------------------------------------
# Site 1: weixunge - WeChat article mirror / aggregator (微讯阁)
# ---------------------------------------------------------------------------

WX_HOT_ACCOUNTS = [
    ("青砖巷", "qingzhuanxiang"), ("国企微观察", "gqwgc2016"), ("临川教育圈", "lcjyq"),
    ("南岭夜读", "nanlingyedu"), ("老街坊", "laojiefang88"), ("职场充电站", "zccdz"),
    ("江城美食地图", "jcmsdt"), ("半亩书斋", "banmushuzhai"), ("基层党建参考", "jcdjck"),
    ("山野行记", "shanyexingji"), ("电力人家", "dianlirenjia"), ("城事观察", "chengshigc"),
]
WX_RELATED = [
    "母亲的针线笸箩", "那年冬天，父亲骑车送我上学", "老街上的修鞋匠", "一碗豆腐脑里的乡愁",
    "八千名职工的“娘家人”", "班组长的一天：从早会到交班", "县城里最后一家照相馆",
    "读书会办到了田间地头", "冬至，想起外婆的汤圆", "一位老党员的入党志愿书",
    "退休那天，他把钥匙交给了徒弟", "我们村的小卖部", "外公的竹编手艺",
]
WX_TAGS = ["乡愁", "外婆", "美食记忆", "散文", "国企", "班组建设", "工匠精神", "乡村教育",
           "阅读推广", "亲情", "老手艺", "职场故事", "电力", "基层一线"]


def wx_page(title, account, wxid, author, time_shown, paras, category, catslug,
            art_id, original, tail_html, meta_charset, prev_next):
    nav = "".join('<li><a href="/%s/">%s</a></li>' % (s, t) for s, t in [
        ("qinggan", "情感"), ("jiaoyu", "教育"), ("zhichang", "职场"), ("guoqi", "国企"),
        ("meishi", "美食"), ("lvyou", "旅游"), ("lishi", "历史"), ("jiankang", "健康"),
        ("keji", "科技"), ("caijing", "财经"), ("tiyu", "体育"), ("yule", "娱乐")])
    body = []
    body.append('<section style="margin:0px 8px;padding:0px;box-sizing:border-box;">')
    for p in paras:
        if isinstance(p, tuple):
            body.append('<section style="text-align:center;margin:10px 0px;"><img class="rich_pages wxw-img" data-ratio="0.6666667" data-type="jpeg" data-w="1080" data-src="%s" src="%s" style="width:100%%;height:auto;"></section>' % (p[1], p[1]))
            body.append('<p style="text-align:center;"><span style="font-size:12px;color:rgb(136,136,136);letter-spacing:1px;">%s</span></p>' % esc(p[2]))
        else:
            body.append('<p style="margin-bottom:0px;letter-spacing:1.5px;line-height:1.75em;text-indent:2em;"><span style="font-size:15px;color:rgb(62,62,62);font-family:mp-quote,-apple-system-font,sans-serif;" leaf="">%s</span></p>' % esc(p))
            body.append('<p style="line-height:1.75em;"><span style="font-size:15px;"><br></span></p>')
    body.append('</section>')
    body.append(tail_html)
    meta_list = []
    if original:
        meta_list.append('<span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>')
    if author:
        meta_list.append('<span class="rich_media_meta rich_media_meta_text">%s</span>' % esc(author))
    meta_list.append('<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="/gzh/%s.html" id="js_name">%s</a></span>' % (wxid, esc(account)))
    meta_list.append('<em id="publish_time" class="rich_media_meta rich_media_meta_text">%s</em>' % time_shown)
    related = "".join('<li><a href="/a/%d.html" title="%s">%s</a><span>%s</span></li>' % (
        300100 + i * 37, t, t, ["情感", "职场", "国企", "教育"][i % 4]) for i, t in enumerate(WX_RELATED[:10]))
    hot = "".join('<li><a href="/gzh/%s.html"><img src="//img.weixunge.com/head/%s.jpg" alt="%s"><span>%s</span><em>微信号：%s</em></a></li>' % (w, w, n, n, w) for n, w in WX_HOT_ACCOUNTS)
    latest = "".join('<li><span class="num">%d</span><a href="/a/%d.html">%s</a></li>' % (i + 1, 299900 + i * 11, t) for i, t in enumerate(WX_RELATED[3:13]))
    tags = " ".join('<a href="/tag/%d.html">%s</a>' % (i + 11, t) for i, t in enumerate(WX_TAGS))
    meta_tag = '<meta charset="utf-8">\n' if meta_charset else ''
    return fill(TPL_WX,
                META=meta_tag, TITLE=esc(title), ACCOUNT=esc(account), NAV=nav,
                CAT=category, CATSLUG=catslug, META_LIST="\n".join(meta_list),
                CONTENT="\n".join(body), RELATED=related, HOT=hot, LATEST=latest,
                TAGS=tags, ARTID=str(art_id), WXID=wxid, PREVNEXT=prev_next)


TPL_WX = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
{{META}}<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=no">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{{TITLE}}_{{ACCOUNT}}_微讯阁</title>
<meta name="keywords" content="{{TITLE}},{{ACCOUNT}},微信公众号文章,微讯阁">
<meta name="description" content="{{ACCOUNT}}微信公众号文章：{{TITLE}}。微讯阁收录海量优质微信公众号文章，在线阅读。">
<link rel="stylesheet" href="//static.weixunge.com/css/common.css?v=20231128">
<link rel="stylesheet" href="//static.weixunge.com/css/article.css?v=20231128">
<script src="//static.weixunge.com/js/jquery-1.12.4.min.js"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?4e1b0c9f7a2d3e6b8c5a1f0e9d7c3b2a";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</head>
<body class="page-article">
<div class="topbar"><div class="w1200"><span class="fl">微讯阁 - 发现有价值的公众号文章</span><span class="fr"><a href="/user/login.html">登录</a> | <a href="/user/reg.html">注册</a> | <a href="/submit.html">提交公众号</a></span></div></div>
<div class="header"><div class="w1200">
<a class="logo" href="/"><img src="//static.weixunge.com/img/logo.png" alt="微讯阁"></a>
<ul class="nav"><li class="on"><a href="/">首页</a></li>{{NAV}}</ul>
<form class="search" action="/search.php" method="get"><input type="text" name="q" placeholder="搜索公众号、文章"><button type="submit">搜索</button></form>
</div></div>
<div class="w1200 clearfix">
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/{{CATSLUG}}/">{{CAT}}</a> &gt; 正文</div>
<div class="main-left">
<div class="ad-banner"><script>show_ad('article_top');</script></div>
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title" id="activity-name">
{{TITLE}}
</h1>
<div id="meta_content" class="rich_media_meta_list">
{{META_LIST}}
</div>
<div class="mirror-tip"><i class="icon-info"></i>本文转载自微信公众号「{{ACCOUNT}}」，版权归原作者所有，如有侵权请联系删除。</div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: visible;">
{{CONTENT}}
</div>
<div class="qrcode-box clearfix">
<img class="fl" src="//img.weixunge.com/qrcode/{{WXID}}.jpg" alt="{{ACCOUNT}}二维码" width="120">
<div class="fl qr-txt"><p>微信扫一扫，关注公众号</p><p class="name">{{ACCOUNT}}</p><p class="wxid">微信号：{{WXID}}</p></div>
</div>
<div class="art-tool"><a href="javascript:;" class="zan" data-id="{{ARTID}}">点赞 <em>0</em></a><a href="javascript:;" class="fav">收藏</a><a href="javascript:;" class="jb">举报</a>
<div class="share">分享到：<a class="s-wx" title="微信">微信</a><a class="s-wb" title="新浪微博">微博</a><a class="s-qq" title="QQ空间">QQ空间</a></div></div>
<div class="statement">声明：本站所有文章均来自微信公众号，由程序自动采集，仅供学习交流。文章观点不代表本站立场，如涉及版权问题，请发送邮件至 kefu@weixunge.com，我们将在24小时内处理。</div>
<div class="prev-next">{{PREVNEXT}}</div>
</div>
<div class="box related"><div class="box-hd"><h3>相关文章</h3></div><ul class="list-related">{{RELATED}}</ul></div>
<div class="box"><div class="box-hd"><h3>猜你喜欢</h3></div><div class="feed-ad"><script>show_ad('article_feed');</script></div></div>
</div>
<div class="main-right">
<div class="box"><div class="box-hd"><h3>热门公众号</h3><a class="more" href="/gzh/">更多</a></div><ul class="hot-gzh">{{HOT}}</ul></div>
<div class="box"><div class="box-hd"><h3>最新文章</h3></div><ol class="rank">{{LATEST}}</ol></div>
<div class="box"><div class="box-hd"><h3>热门标签</h3></div><div class="tags">{{TAGS}}</div></div>
<div class="box ad"><script>show_ad('side_300x250');</script></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p><a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a> | <a href="/disclaimer.html">免责声明</a> | <a href="/sitemap.html">网站地图</a> | <a href="/submit.html">收录申请</a></p>
<p>Copyright &copy; 2016-2024 微讯阁 weixunge.com All Rights Reserved. <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">粤ICP备18027461号-2</a></p>
<p>本站内容来源于互联网公开的微信公众号文章，版权归原作者所有。</p>
</div></div>
<script src="//static.weixunge.com/js/article.js?v=20231128"></script>
<script>$(function(){ wxg.view({{ARTID}}); });</script>
</body>
</html>
"""

WX_END = ('<p style="text-align:center;"><span style="font-size:14px;color:rgb(160,160,160);">- END -</span></p>\n'
          '<p style="text-align:center;"><img class="rich_pages wxw-img" data-src="https://img.weixunge.com/mmbiz/qr_%s.gif" src="https://img.weixunge.com/mmbiz/qr_%s.gif"></p>\n'
          '<p style="text-align:center;"><span style="font-size:13px;color:rgb(123,12,0);">长按识别二维码&nbsp;关注我们</span></p>\n'
          '<p style="text-align:center;"><span style="font-size:13px;color:rgb(136,136,136);">喜欢就点个“在看”吧</span></p>')


def build_weixunge():
    # 1: original, author 宋知秋
    add("weixunge", 1, url="https://www.weixunge.com/a/302417.html",
        body=wx_page("外婆的腌菜坛", "青砖巷", "qingzhuanxiang", "宋知秋", "2024-01-16 07:45",
                     W1, "情感", "qinggan", 302417, True, WX_END % ("qzx", "qzx"), True,
                     '<p>上一篇：<a href="/a/302390.html">冬至，想起外婆的汤圆</a></p><p>下一篇：<a href="/a/302455.html">老街上的修鞋匠</a></p>'),
        encoding="utf-8", header_charset="utf-8", title="外婆的腌菜坛", author="宋知秋",
        published="2024-01-16", shown_date="2024-01-16 07:45", lines=text_lines(W1))
    # 2: original, author 韩立东, no header charset (meta decides)
    tail2 = ('<p style="text-align:left;"><span style="font-size:13px;color:rgb(136,136,136);">来源：国企微观察</span></p>\n'
             '<p style="text-align:left;"><span style="font-size:13px;color:rgb(136,136,136);">责任编辑：吴蔚</span></p>\n' + WX_END % ("gq", "gq"))
    add("weixunge", 2, url="https://www.weixunge.com/a/305881.html",
        body=wx_page("一名检修班长的三十年", "国企微观察", "gqwgc2016", "韩立东", "2024-03-05 18:20",
                     W2, "国企", "guoqi", 305881, True, tail2, True,
                     '<p>上一篇：<a href="/a/305860.html">八千名职工的“娘家人”</a></p><p>下一篇：没有了</p>'),
        encoding="utf-8", header_charset="", title="一名检修班长的三十年", author="韩立东",
        published="2024-03-05", shown_date="2024-03-05 18:20", lines=text_lines(W2))
    # 3: not original, no person named; header only, no meta
    tail3 = ('<p><span style="font-size:13px;color:rgb(136,136,136);">来源：临川教育圈</span></p>\n'
             '<p><span style="font-size:13px;color:rgb(136,136,136);">编辑：小周&nbsp;|&nbsp;审核：李华</span></p>\n'
             '<p><span style="font-size:13px;color:rgb(136,136,136);">图文来源于网络，如有侵权请联系删除</span></p>\n'
             '<p style="text-align:center;"><span style="font-size:13px;">点击下方“阅读原文”，了解更多教育资讯</span></p>')
    add("weixunge", 3, url="https://www.weixunge.com/a/298036.html",
        body=wx_page("乡村学校的一场读书会", "临川教育圈", "lcjyq", "", "2023-12-08 07:30",
                     W3, "教育", "jiaoyu", 298036, False, tail3, False,
                     '<p>上一篇：<a href="/a/298001.html">读书会办到了田间地头</a></p><p>下一篇：<a href="/a/298077.html">我们村的小卖部</a></p>'),
        encoding="utf-8", header_charset="utf-8", title="乡村学校的一场读书会", author="",
        published="2023-12-08", shown_date="2023-12-08 07:30", lines=text_lines(W3))
    # 4: account's article list (listing)
    arts = [
        ("外婆的腌菜坛", "外婆家的灶屋后面，有一排腌菜坛，大大小小七八只，一律是土黄色的釉……", "2024-01-16", 302417),
        ("冬至，想起外婆的汤圆", "小时候最盼冬至，因为这一天外婆会早早起来磨糯米粉……", "2023-12-22", 302390),
        ("老街上的修鞋匠", "老街拐角的修鞋摊，一摆就是三十年。摊主姓孙，大家都叫他孙师傅……", "2023-12-09", 301877),
        ("那年冬天，父亲骑车送我上学", "那辆二八自行车，是父亲结婚那年买的……", "2023-11-27", 301502),
        ("一碗豆腐脑里的乡愁", "在外漂了十几年，吃过各种各样的早餐，最想念的还是镇上那碗豆腐脑……", "2023-11-14", 300966),
        ("县城里最后一家照相馆", "照相馆的橱窗里，还挂着八十年代的结婚照……", "2023-10-30", 300418),
        ("外公的竹编手艺", "外公的手很巧，一根竹子到了他手里，能变出筐、篮、席、篓……", "2023-10-17", 299873),
        ("我们村的小卖部", "村口的小卖部，是我童年的“百货大楼”……", "2023-10-02", 299260),
        ("母亲的针线笸箩", "母亲的针线笸箩是用高粱秆编的，边上缠着一圈蓝布……", "2023-09-18", 298745),
        ("秋天的柿子树", "院子里的柿子树，是爷爷年轻时栽下的……", "2023-09-05", 298120),
        ("夏夜，在晒谷场上看星星", "小时候的夏夜，晒谷场就是我们的天文台……", "2023-08-21", 297603),
        ("舅舅的拖拉机", "舅舅是村里第一个买拖拉机的人……", "2023-08-07", 297011),
    ]
    items = "\n".join(
        '<li class="art-item clearfix"><a class="pic fl" href="/a/%d.html"><img src="//img.weixunge.com/cover/%d.jpg" alt="%s"></a>'
        '<div class="txt"><h3><a href="/a/%d.html">%s</a></h3><p class="desc">%s</p><p class="info"><span class="time">%s</span><span class="read">阅读 %d</span></p></div></li>'
        % (aid, aid, t, aid, t, d, dt, aid % 9000 + 300) for t, d, dt, aid in arts)
    hot = "".join('<li><a href="/gzh/%s.html"><img src="//img.weixunge.com/head/%s.jpg" alt="%s"><span>%s</span></a></li>' % (w, w, n, n) for n, w in WX_HOT_ACCOUNTS)
    body4 = fill(TPL_WX_GZH, ITEMS=items, HOT=hot)
    add("weixunge", 4, url="https://www.weixunge.com/gzh/qingzhuanxiang.html",
        body=body4, encoding="utf-8", header_charset="utf-8", listing=True)


TPL_WX_GZH = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>青砖巷公众号_微信号qingzhuanxiang_最新文章 - 微讯阁</title>
<meta name="keywords" content="青砖巷,青砖巷公众号,qingzhuanxiang,青砖巷微信文章">
<meta name="description" content="青砖巷微信公众号最新文章列表：记录乡土记忆与寻常烟火。">
<link rel="stylesheet" href="//static.weixunge.com/css/common.css?v=20231128">
<script src="//static.weixunge.com/js/jquery-1.12.4.min.js"></script>
</head>
<body class="page-gzh">
<div class="topbar"><div class="w1200"><span class="fl">微讯阁 - 发现有价值的公众号文章</span><span class="fr"><a href="/user/login.html">登录</a> | <a href="/user/reg.html">注册</a></span></div></div>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="//static.weixunge.com/img/logo.png" alt="微讯阁"></a>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/qinggan/">情感</a></li><li><a href="/jiaoyu/">教育</a></li><li><a href="/zhichang/">职场</a></li><li><a href="/guoqi/">国企</a></li><li><a href="/meishi/">美食</a></li><li><a href="/lishi/">历史</a></li></ul>
<form class="search" action="/search.php"><input type="text" name="q" placeholder="搜索公众号、文章"><button>搜索</button></form></div></div>
<div class="w1200 clearfix">
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/gzh/">公众号</a> &gt; 青砖巷</div>
<div class="main-left">
<div class="gzh-card clearfix">
<img class="avatar fl" src="//img.weixunge.com/head/qingzhuanxiang.jpg" alt="青砖巷">
<div class="gzh-info fl"><h1>青砖巷</h1><p>微信号：qingzhuanxiang</p><p>功能介绍：记录乡土记忆与寻常烟火，一砖一瓦皆是故乡。</p><p>认证：个人公众号（未认证）</p></div>
<div class="gzh-qr fr"><img src="//img.weixunge.com/qrcode/qingzhuanxiang.jpg" width="100"><p>扫码关注</p></div>
</div>
<div class="tab-hd"><a class="on" href="javascript:;">最新文章</a><a href="javascript:;">热门文章</a></div>
<ul class="art-list">
{{ITEMS}}
</ul>
<div class="pages"><span class="cur">1</span><a href="/gzh/qingzhuanxiang_2.html">2</a><a href="/gzh/qingzhuanxiang_3.html">3</a><a href="/gzh/qingzhuanxiang_4.html">4</a><a href="/gzh/qingzhuanxiang_2.html">下一页</a><a href="/gzh/qingzhuanxiang_9.html">尾页</a></div>
</div>
<div class="main-right">
<div class="box"><div class="box-hd"><h3>热门公众号</h3></div><ul class="hot-gzh">{{HOT}}</ul></div>
<div class="box ad"><script>show_ad('side_300x250');</script></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p><a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a> | <a href="/disclaimer.html">免责声明</a></p>
<p>Copyright &copy; 2016-2024 微讯阁 weixunge.com <a href="https://beian.miit.gov.cn/" rel="nofollow">粤ICP备18027461号-2</a></p>
</div></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Site 2: fenghao - self-media platform (凤号), Baijiahao-like
# ---------------------------------------------------------------------------

FH_FEED = [
    ("乡下老家的菜园子，一年四季都不闲着", "种菜是母亲一辈子的爱好，院子后面那块地，春天种豆，夏天种瓜……", "乡野笔记", "2.3万阅读"),
    ("国企改革三年，这家老厂的账本变了", "营收、利润、研发投入，几组数字背后是一场静悄悄的变革……", "工业观察者", "5.1万阅读"),
    ("县城的老茶馆，还剩几家？", "一壶茶、一张方桌，几个老人从早坐到晚，这样的茶馆越来越少了……", "河西闲话", "1.8万阅读"),
    ("春耕时节，合作社里的年轻人", "90后返乡青年小谭，带着无人机回到了村里……", "三农快讯", "3.6万阅读"),
    ("一座老桥的百年往事", "桥还在，当年修桥的人早已不在了，桥头那块碑上的字也模糊了……", "河西闲话", "9876阅读"),
    ("车间里的“大国工匠”：误差不超过一根头发丝", "他在数控机床前一站就是二十年……", "工业观察者", "7.2万阅读"),
    ("清明前后，去山里挖一篮春笋", "雨后的竹林里，笋尖顶破泥土，一夜能长一尺……", "乡野笔记", "1.1万阅读"),
    ("退休老师办起乡村图书馆", "三间旧瓦房，两千多册书，成了村里孩子们放学后最爱去的地方……", "教育那些事儿", "4.4万阅读"),
]


def fh_feed():
    out = []
    for i, (t, s, a, r) in enumerate(FH_FEED):
        out.append('<div class="feed-card" data-rid="%d"><a class="fc-link" href="https://www.fenghao.cn/s?id=17%016d&amp;from=rec"><div class="fc-img"><img src="https://pics.fenghao.cn/feed/rec%02d.jpeg"></div><div class="fc-body"><div class="fc-title">%s</div><div class="fc-abs">%s</div><div class="fc-info"><span class="fc-author">%s</span><span class="fc-read">%s</span></div></div></a></div>' % (i, 8123456789012 + i * 7919, i, t, s, a, r))
    return "\n".join(out)


def fh_article(title, account, fans, field, date_shown, time_shown, iso, paras,
               byline, loc, aid, meta_charset, fans_str):
    body = []
    if byline:
        body.append('<div class="index-module_textWrap_3ygOc"><p>%s</p></div>' % esc(byline))
    for p in paras:
        if isinstance(p, tuple):
            body.append('<div class="index-module_mediaWrap_213jB"><div class="_1NCGf"><img src="%s" width="640" class="_1g4Ex _1i_Oe" alt=""></div></div>' % p[1])
            body.append('<div class="index-module_textWrap_3ygOc"><p class="image-caption" style="text-align:center;color:#999;font-size:14px">%s</p></div>' % esc(p[2]))
        else:
            body.append('<div class="index-module_textWrap_3ygOc"><p>%s</p></div>' % esc(p))
    meta = '<meta charset="utf-8">\n' if meta_charset else ''
    return fill(TPL_FH, META=meta, TITLE=esc(title), ACCOUNT=esc(account), FANS=fans_str,
                FIELD=field, DATE=date_shown, TIME=time_shown, ISO=iso,
                BODY="\n".join(body), FEED=fh_feed(), LOC=loc, AID=aid,
                DESC=esc(text_lines(paras)[0][:60]))


TPL_FH = """<!DOCTYPE html>
<html>
<head>
{{META}}<meta name="viewport" content="width=device-width,minimum-scale=1.0,maximum-scale=1.0,user-scalable=no">
<title>{{TITLE}}</title>
<meta name="description" content="{{DESC}}">
<meta itemprop="name" content="{{TITLE}}">
<meta itemprop="datePublished" content="{{ISO}}">
<meta property="og:type" content="article">
<meta property="og:release_date" content="{{ISO}}">
<link rel="shortcut icon" href="//www.fenghao.cn/favicon.ico">
<link rel="stylesheet" href="https://fh-static.fenghao.cn/fe/pc/static/css/main.8c1f2a.css">
<script>window.__firstScreenTime = Date.now();</script>
<script type="application/ld+json">{"@context":"https://ziyuan.fenghao.cn/contexts/cambrian.jsonld","@id":"https://www.fenghao.cn/s?id={{AID}}","appid":"1574402211033882","title":"{{TITLE}}","pubDate":"{{ISO}}"}</script>
</head>
<body>
<div id="header" class="_2cuOS"><div class="_3Ebl0"><a href="https://www.fenghao.cn/" class="_1MKsN"><img src="https://fh-static.fenghao.cn/fe/pc/static/img/logo.png" alt="凤号"></a>
<div class="_2jsIn"><a href="https://www.fenghao.cn/">首页</a><a href="https://www.fenghao.cn/channel/news">资讯</a><a href="https://www.fenghao.cn/channel/video">视频</a><a href="https://www.fenghao.cn/author">作者</a><a href="https://mp.fenghao.cn/">创作者平台</a></div>
<form class="_1Tz7r" action="https://www.fenghao.cn/search"><input name="word" placeholder="搜索你感兴趣的内容"><button type="submit">搜索</button></form>
<div class="_2C7H4"><a href="https://passport.fenghao.cn/login">登录</a></div></div></div>
<div id="ssr-content">
<div class="_1ocxx">
<div class="_2Nf3J author-card">
<a class="_3sJLb" href="https://author.fenghao.cn/home?app_id=15744022"><img class="_1ih-r" src="https://pics.fenghao.cn/avatar/15744022.jpeg" alt=""></a>
<div class="_3HDQ3"><a class="_2gGWi" href="https://author.fenghao.cn/home?app_id=15744022" data-testid="author-name">{{ACCOUNT}}</a>
<span class="_2D4Yv">{{FIELD}}</span>
<div class="_1Ya_X"><span class="_2RgIf">{{FANS}}</span>粉丝</div></div>
<div class="_1FCsQ follow-btn"><span>+ 关注</span></div>
</div>
<div class="_1Ugo5 article-title"><h2 class="sKHSJ">{{TITLE}}</h2></div>
<div class="_2tB73 article-source">
<span class="_2kCxD">{{ACCOUNT}}</span>
<span class="date">发布时间:{{DATE}}</span><span class="time">{{TIME}}</span>
<span class="_2k3fD">{{LOC}}</span>
<span class="_2D4Yv">{{FIELD}}</span>
</div>
<div class="_18p7x article-content" data-testid="article">
{{BODY}}
</div>
<div class="_3K6vH"><span class="_1d5qs">举报/反馈</span></div>
<div class="_2yKZa statement">本文内容由作者自行发布，不代表凤号平台观点。</div>
<div class="_3wx8n interact"><span class="like">赞</span><span class="share-btn">分享</span><span class="fav">收藏</span></div>
</div>
<div class="_2V0cH recommend">
<div class="_3fG2O"><span>相关推荐</span></div>
{{FEED}}
<div class="_38i8V load-more">换一换</div>
</div>
</div>
<div id="footer" class="_1mLqa"><p>&copy;2024 Fenghao <a href="https://www.fenghao.cn/agreement.html">使用凤号前必读</a> <a href="https://www.fenghao.cn/privacy.html">隐私政策</a> <a href="https://beian.miit.gov.cn/" rel="nofollow">京ICP证170633号</a> <a href="http://www.beian.gov.cn/" rel="nofollow">京公网安备11000002000133号</a></p></div>
<script>
window.jsonData = {"bsData":{"superlanding":[{"itemType":"article","itemData":{"header":"{{TITLE}}","author":{"name":"{{ACCOUNT}}","fansNum":"{{FANS}}"},"publishTime":"{{ISO}}"}}]},"isMobile":false,"pageType":"article"};
</script>
<script src="https://fh-static.fenghao.cn/fe/pc/static/js/main.7f3c21.js" async></script>
</body>
</html>
"""


def build_fenghao():
    add("fenghao", 1, url="https://www.fenghao.cn/s?id=1793725561402837516",
        body=fh_article("春天去看油菜花", "乡野笔记", "", "优质三农领域创作者", "03-18", "09:30",
                        "2024-03-18T09:30:00+08:00", F1, "", "湖南", "1793725561402837516", True, "1.2万"),
        encoding="utf-8", header_charset="utf-8", title="春天去看油菜花", author="",
        published="2024-03-18", shown_date="03-18", lines=text_lines(F1))
    add("fenghao", 2, url="https://www.fenghao.cn/s?id=1799624038815270941",
        body=fh_article("一家老国企的转型：从铸造车间到智能产线", "工业观察者", "", "财经领域创作者",
                        "昨天", "10:12", "2024-05-21T10:12:00+08:00", F2, "文/周建平", "江苏",
                        "1799624038815270941", False, "8.7万"),
        encoding="utf-8", header_charset="utf-8", title="一家老国企的转型：从铸造车间到智能产线",
        author="周建平", published="2024-05-21", shown_date="昨天", lines=text_lines(F2))
    add("fenghao", 3, url="https://www.fenghao.cn/s?id=1781930274661058302",
        body=fh_article("古渡口的变迁", "河西闲话", "", "历史领域爱好者", "11-07", "14:22",
                        "2023-11-07T14:22:00+08:00", F3, "", "江西", "1781930274661058302", True, "3568"),
        encoding="utf-8", header_charset="utf-8", title="古渡口的变迁", author="",
        published="2023-11-07", shown_date="11-07", lines=text_lines(F3))
    items = [
        ("春天去看油菜花", "每年三月中旬，老家后山的油菜花就开了。今年我特意请了两天假……", "03-18", "1.6万"),
        ("乡下老家的菜园子，一年四季都不闲着", "种菜是母亲一辈子的爱好，院子后面那块地……", "03-09", "2.3万"),
        ("清明前后，去山里挖一篮春笋", "雨后的竹林里，笋尖顶破泥土，一夜能长一尺……", "03-02", "1.1万"),
        ("腊月里，村里杀年猪", "杀年猪是村里过年前最热闹的事，一家杀猪，半个村子来帮忙……", "2023-12-28", "3.9万"),
        ("老屋门前的那口井", "那口井比老屋还老，井沿上的石头被绳子磨出了一道道深槽……", "2023-12-14", "8622"),
        ("冬天的红薯窖", "小时候家家都有红薯窖，挖在屋后的土坡上……", "2023-12-01", "1.4万"),
        ("秋收：晒场上的金黄", "稻子收回来，要在晒场上晒三五个太阳……", "2023-10-19", "2.7万"),
        ("村小的最后一届学生", "那所村小只剩下七个学生、一位老师……", "2023-09-22", "5.5万"),
        ("赶集", "逢五逢十赶集，是乡下人最重要的社交……", "2023-09-06", "9103"),
        ("夏天的池塘", "池塘里的荷叶铺满了水面，蜻蜓落在荷苞上……", "2023-08-15", "6741"),
    ]
    cards = "\n".join('<div class="_2Q9m4 art-card"><a href="https://www.fenghao.cn/s?id=17%016d"><div class="_1pj3s"><img src="https://pics.fenghao.cn/feed/home%02d.jpeg"></div><div class="_3Y0Q0"><div class="_3Y0Q0-t">%s</div><div class="_3Y0Q0-a">%s</div><div class="_3Y0Q0-i"><span>%s</span><span>%s阅读</span><span>评论</span></div></div></a></div>' % (9300000000000 - i * 131071, i, t, s, d, r) for i, (t, s, d, r) in enumerate(items))
    body4 = fill(TPL_FH_HOME, CARDS=cards)
    add("fenghao", 4, url="https://author.fenghao.cn/home?app_id=15744022",
        body=body4, encoding="utf-8", header_charset="utf-8", listing=True)


TPL_FH_HOME = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>乡野笔记的凤号主页</title>
<meta name="description" content="乡野笔记，优质三农领域创作者，记录乡村四季与田间烟火。">
<link rel="stylesheet" href="https://fh-static.fenghao.cn/fe/author/static/css/main.2b9e0d.css">
</head>
<body>
<div id="header" class="_2cuOS"><a href="https://www.fenghao.cn/"><img src="https://fh-static.fenghao.cn/fe/pc/static/img/logo.png" alt="凤号"></a><a href="https://passport.fenghao.cn/login">登录</a></div>
<div class="_3kW5h author-header">
<img class="_1ih-r" src="https://pics.fenghao.cn/avatar/15744022.jpeg">
<div class="_2Lp8q"><h1>乡野笔记</h1><p class="_3mYuN">优质三农领域创作者</p><p class="_1X0gK">记录乡村四季与田间烟火</p>
<div class="_7aQ1e"><span><b>1.2万</b>粉丝</span><span><b>236</b>关注</span><span><b>48.6万</b>获赞</span></div></div>
<div class="_1FCsQ follow-btn"><span>+ 关注</span></div><span class="_1d5qs">举报</span>
</div>
<div class="_1eQ2x tabs"><a class="on">文章</a><a>视频</a><a>动态</a></div>
<div class="_3zGk4 list">
{{CARDS}}
</div>
<div class="_38i8V load-more">加载更多</div>
<div id="footer" class="_1mLqa"><p>&copy;2024 Fenghao <a href="https://beian.miit.gov.cn/" rel="nofollow">京ICP证170633号</a></p></div>
<script>window.__AUTHOR__ = {"app_id":"15744022","name":"乡野笔记","fans":12034};</script>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Site 3: linshui - city government portal (临水市人民政府), 领导讲话
# ---------------------------------------------------------------------------

LS_NAV = [("首页", "/"), ("走进临水", "/zjls/"), ("政务公开", "/zwgk/"), ("政务服务", "/zwfw/"),
          ("政民互动", "/zmhd/"), ("专题专栏", "/ztzl/"), ("数据开放", "/sjkf/")]
LS_SIDE = [("市长", "/zwgk/ldzc/sz/"), ("常务副市长", "/zwgk/ldzc/cwfsz/"), ("副市长", "/zwgk/ldzc/fsz/"),
           ("秘书长", "/zwgk/ldzc/msz/"), ("领导活动", "/zwgk/ldhd/"), ("领导讲话", "/zwgk/ldjh/"),
           ("政府常务会议", "/zwgk/cwhy/"), ("政府文件", "/zwgk/zfwj/"), ("人事任免", "/zwgk/rsrm/"),
           ("政策解读", "/zwgk/zcjd/"), ("规划计划", "/zwgk/ghjh/"), ("财政信息", "/zwgk/czxx/")]


def ls_frame(title_tag, crumb, main_html, meta_charset):
    nav = "".join('<td class="nav_td"><a href="%s">%s</a></td><td class="nav_sep">|</td>' % (u, t) for t, u in LS_NAV)
    side = "".join('<tr><td class="side_li" height="32">&middot;&nbsp;<a href="%s">%s</a></td></tr>' % (u, t) for t, u in LS_SIDE)
    meta = ('<meta http-equiv="Content-Type" content="text/html; charset=%s">\n' % meta_charset) if meta_charset else ""
    return fill(TPL_LS, META=meta, TITLETAG=title_tag, NAV=nav, SIDE=side, CRUMB=crumb, MAIN=main_html)


TPL_LS = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{{META}}<title>{{TITLETAG}}</title>
<meta name="SiteName" content="临水市人民政府">
<meta name="SiteDomain" content="www.linshui.gov.cn">
<meta name="SiteIDCode" content="3310000021">
<link href="/images/css/style.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/js/jquery.min.js"></script>
<script type="text/javascript">
function doZoom(size){ document.getElementById('zoom').style.fontSize = size + 'px'; }
</script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top_bg">
<tr><td height="36" class="top_link">今天是：<script>document.write(new Date().toLocaleDateString());</script>&nbsp;&nbsp;<a href="/wza/">无障碍浏览</a>&nbsp;|&nbsp;<a href="/ydb/">移动版</a>&nbsp;|&nbsp;<a href="http://www.linshui.gov.cn/english/">English</a>&nbsp;|&nbsp;<a href="#" onclick="SetHome(this)">设为首页</a></td></tr>
<tr><td height="140"><img src="/images/banner.jpg" width="1000" height="140" alt="临水市人民政府"></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="nav_bg"><tr>{{NAV}}<td class="nav_search"><form action="/search/" method="get"><input name="q" type="text" value="请输入关键字" class="s_input"><input type="submit" value="搜索" class="s_btn"></form></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="36" class="weizhi">您当前的位置：{{CRUMB}}</td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="220" valign="top" class="left_bg">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="left_title">政务公开</td></tr>{{SIDE}}</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" style="margin-top:10px"><tr><td><a href="/zmhd/szxx/"><img src="/images/szxx.jpg" width="220" alt="市长信箱"></a></td></tr><tr><td><a href="/zmhd/12345/"><img src="/images/12345.jpg" width="220" alt="12345政务服务便民热线"></a></td></tr></table>
</td>
<td width="15">&nbsp;</td>
<td valign="top" class="right_bg">
{{MAIN}}
</td>
</tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot_link"><tr><td align="center" height="40">
<select onchange="window.open(this.value)"><option>--国家部委网站--</option><option value="http://www.gov.cn/">中国政府网</option></select>
<select onchange="window.open(this.value)"><option>--省内市县网站--</option><option value="#">东阳湖市</option><option value="#">白石县</option><option value="#">青峪县</option></select>
<select onchange="window.open(this.value)"><option>--市级部门网站--</option><option value="#">市发改委</option><option value="#">市国资委</option><option value="#">市教育局</option></select>
</td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
<tr><td width="120" align="center"><a href="http://bszs.conac.cn/" target="_blank"><img src="/images/dzjg.png" width="50" alt="党政机关"></a></td>
<td class="foot_txt">
<a href="/about/">关于本网</a> | <a href="/sitemap/">网站地图</a> | <a href="/contact/">联系我们</a> | <a href="/privacy/">隐私声明</a><br>
主办：临水市人民政府办公室&nbsp;&nbsp;承办：临水市大数据发展中心<br>
网站标识码：3310000021&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备05012876号</a>&nbsp;&nbsp;<img src="/images/ga.png">浙公网安备 33100202000118号<br>
联系电话：0576-88012345&nbsp;&nbsp;建议使用1366*768分辨率浏览
</td>
<td width="120" align="center"><script id="_jiucuo_" sitecode="3310000021" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></td></tr>
</table>
<script type="text/javascript">var _trackDataType='web';var _trackData=_trackData||[];</script>
<script type="text/javascript" src="/js/count.js"></script>
</body>
</html>
"""


def ls_speech(paras):
    out = []
    for p in paras:
        if isinstance(p, tuple) and p[0] == "h":
            out.append('<p style="text-indent:2em;"><font face="黑体">%s</font></p>' % esc_q(p[1]))
        elif isinstance(p, tuple):
            out.append('<p style="text-indent:2em;"><strong>%s</strong>%s</p>' % (esc_q(p[1]), esc_q(p[2])))
        elif p == "同志们：":
            out.append('<p>%s</p>' % p)
        else:
            out.append('<p style="text-indent:2em;">%s</p>' % esc_q(p))
    return "\n".join(out)


def ls_article(title, source, date, counter_id, speaker_line, date_line, paras, related):
    rel = "".join('<tr><td height="28" class="rel_li">&middot; <a href="%s" target="_blank">%s</a></td><td width="90" class="rel_date">%s</td></tr>' % (u, t, d) for t, u, d in related)
    return fill(TPL_LS_ART, TITLE=esc(title), SOURCE=source, DATE=date, CID=counter_id,
                SPEAKER=speaker_line, DATELINE=date_line, CONTENT=ls_speech(paras), REL=rel)


TPL_LS_ART = """<table width="100%" border="0" cellspacing="0" cellpadding="0" class="con_box">
<tr><td class="con_title" align="center">{{TITLE}}</td></tr>
<tr><td class="con_info" align="center">来源：{{SOURCE}}&nbsp;&nbsp;&nbsp;&nbsp;发布时间：{{DATE}}&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits"><script src="/count/hits.jsp?id={{CID}}"></script></span>&nbsp;&nbsp;&nbsp;&nbsp;字号：[<a href="javascript:doZoom(18)">大</a>&nbsp;<a href="javascript:doZoom(16)">中</a>&nbsp;<a href="javascript:doZoom(14)">小</a>]</td></tr>
<tr><td class="con_line"></td></tr>
<tr><td class="con_text"><div id="zoom">
<p align="center" style="text-align:center;"><font face="楷体_GB2312">{{SPEAKER}}</font></p>
<p align="center" style="text-align:center;"><font face="楷体_GB2312">{{DATELINE}}</font></p>
{{CONTENT}}
</div></td></tr>
<tr><td class="con_tool" align="right"><a href="javascript:window.print()">【打印本页】</a>&nbsp;&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></td></tr>
<tr><td class="con_ewm" align="center"><div id="qrcode"></div><script>jQuery('#qrcode').qrcode({width:100,height:100,text:location.href});</script><p>扫一扫在手机上查看当前页面</p></td></tr>
<tr><td class="rel_title">相关链接</td></tr>
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0">{{REL}}</table></td></tr>
</table>"""


def build_linshui():
    rel1 = [("市国资委召开2024年全市国资国企工作会议", "/zwgk/bmdt/202402/t20240223_41702.html", "2024-02-23"),
            ("临水市国企改革深化提升行动实施方案政策解读", "/zwgk/zcjd/202401/t20240118_41355.html", "2024-01-18"),
            ("陈立衡调研市属国有企业重点项目建设", "/zwgk/ldhd/202402/t20240207_41560.html", "2024-02-07"),
            ("2023年临水市市属国有企业经济运行情况", "/zwgk/tjxx/202402/t20240202_41498.html", "2024-02-02")]
    main1 = ls_article("陈立衡在全市国有企业改革发展工作会议上的讲话", "市政府办公室", "2024-02-26",
                       "41781", "市长&nbsp;&nbsp;陈立衡", "（2024年2月26日）", L1, rel1)
    crumb = '<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/zwgk/">政务公开</a>&nbsp;&gt;&nbsp;<a href="/zwgk/ldjh/">领导讲话</a>&nbsp;&gt;&nbsp;正文'
    add("linshui", 1, url="http://www.linshui.gov.cn/zwgk/ldjh/202402/t20240226_41781.html",
        body=ls_frame("陈立衡在全市国有企业改革发展工作会议上的讲话 - 领导讲话 - 临水市人民政府", crumb, main1, "gb2312"),
        encoding="gbk", header_charset="gbk",
        title="陈立衡在全市国有企业改革发展工作会议上的讲话", author="陈立衡",
        published="2024-02-26", shown_date="2024-02-26", lines=speech_lines(L1))

    rel2 = [("全市基层党建工作推进会召开", "/zwgk/ldhd/202404/t20240412_42650.html", "2024-04-12"),
            ("临水市2024年基层党建工作要点", "/zwgk/zfwj/202403/t20240315_42201.html", "2024-03-15"),
            ("孟德彰到东城街道调研社区治理工作", "/zwgk/ldhd/202403/t20240327_42418.html", "2024-03-27")]
    main2 = ls_article("孟德彰在全市基层党建工作推进会上的讲话", "临水日报", "2024-04-12",
                       "42655", "市委书记&nbsp;&nbsp;孟德彰", "（2024年4月12日）", L2, rel2)
    add("linshui", 2, url="http://www.linshui.gov.cn/zwgk/ldjh/202404/t20240415_42655.html",
        body=ls_frame("临水市人民政府_领导讲话_孟德彰在全市基层党建工作推进会上的讲话", crumb, main2, "gb2312"),
        encoding="gb2312", header_charset="",
        title="孟德彰在全市基层党建工作推进会上的讲话", author="孟德彰",
        published="2024-04-12", shown_date="2024-04-12", lines=speech_lines(L2))

    acts = [
        ("陈立衡调研城东片区城市更新项目", "2024-05-20"), ("孟德彰会见来临水考察的客商代表", "2024-05-17"),
        ("陈立衡主持召开市政府第三十一次常务会议", "2024-05-15"), ("许文博督导防汛备汛工作", "2024-05-13"),
        ("陈立衡检查安全生产工作", "2024-05-10"), ("孟德彰出席临水港开港十周年座谈会", "2024-05-08"),
        ("叶晓宁调研职业教育产教融合工作", "2024-05-06"), ("陈立衡走访慰问劳动模范代表", "2024-04-29"),
        ("许文博调研市属国企一季度经营情况", "2024-04-25"), ("陈立衡率队赴东阳湖市考察学习", "2024-04-22"),
        ("叶晓宁检查中小学校园安全工作", "2024-04-18"), ("孟德彰出席全市基层党建工作推进会", "2024-04-12"),
        ("陈立衡调研乡村振兴示范带建设", "2024-04-09"), ("许文博主持召开重点项目推进会", "2024-04-03"),
        ("陈立衡参加义务植树活动", "2024-03-29"),
    ]
    rows = "\n".join('<tr><td class="list_li" height="32">&middot;&nbsp;<a href="/zwgk/ldhd/%s/t%s_%d.html" target="_blank" title="%s">%s</a></td><td class="list_date" width="100">%s</td></tr>' % (d[:7].replace("-", ""), d.replace("-", ""), 42900 - i * 23, t, t, d) for i, (t, d) in enumerate(acts))
    main3 = ('<table width="100%" border="0" cellspacing="0" cellpadding="0" class="list_box"><tr><td class="list_title">领导活动</td></tr><tr><td>'
             '<table width="100%" border="0" cellspacing="0" cellpadding="0">' + rows + '</table></td></tr>'
             '<tr><td class="page" align="center" height="50">共238条&nbsp;&nbsp;每页15条&nbsp;&nbsp;页次：1/16&nbsp;&nbsp;<a href="#">首页</a>&nbsp;<a href="#">上一页</a>&nbsp;<a href="index_1.html">下一页</a>&nbsp;<a href="index_15.html">尾页</a>&nbsp;&nbsp;转到第<select onchange="location.href=this.value"><option>1</option><option value="index_1.html">2</option><option value="index_2.html">3</option></select>页</td></tr></table>')
    crumb3 = '<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/zwgk/">政务公开</a>&nbsp;&gt;&nbsp;领导活动'
    add("linshui", 3, url="http://www.linshui.gov.cn/zwgk/ldhd/index.html",
        body=ls_frame("领导活动 - 临水市人民政府", crumb3, main3, "gb2312"),
        encoding="gb2312", header_charset="gb2312", listing=True)

    main4 = ('<table width="100%" border="0" cellspacing="0" cellpadding="0" class="con_box">'
             '<tr><td class="con_title" align="center">临水市人民政府办公室关于公布2024年市级重点建设项目名单的通知</td></tr>'
             '<tr><td class="con_info" align="center">来源：市发展改革委&nbsp;&nbsp;&nbsp;&nbsp;发布时间：2024-03-06&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits"><script src="/count/hits.jsp?id=42077"></script></span>&nbsp;&nbsp;&nbsp;&nbsp;字号：[<a href="javascript:doZoom(18)">大</a>&nbsp;<a href="javascript:doZoom(16)">中</a>&nbsp;<a href="javascript:doZoom(14)">小</a>]</td></tr>'
             '<tr><td class="con_text"><div id="zoom">'
             '<p>各县（区）人民政府，市政府各部门、各直属单位：</p>'
             '<p style="text-indent:2em;">现将2024年市级重点建设项目名单予以公布，请各地各部门按照职责分工，加强要素保障，全力推进项目建设。具体项目名单详见附件。</p>'
             '<p style="text-align:right;">临水市人民政府办公室</p><p style="text-align:right;">2024年3月5日</p>'
             '</div></td></tr>'
             '<tr><td class="con_fj">附件：<br>'
             '<a href="/zwgk/zfwj/202403/P020240306512873410291.xls">1.2024年临水市市级重点建设项目名单.xls</a><br>'
             '<a href="/zwgk/zfwj/202403/P020240306512873420556.doc">2.2024年临水市市级重点前期项目名单.doc</a></td></tr>'
             '<tr><td class="con_tool" align="right"><a href="javascript:window.print()">【打印本页】</a>&nbsp;&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></td></tr>'
             '<tr><td class="con_ewm" align="center"><div id="qrcode"></div><p>扫一扫在手机上查看当前页面</p></td></tr>'
             '</table>')
    crumb4 = '<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/zwgk/">政务公开</a>&nbsp;&gt;&nbsp;<a href="/zwgk/zfwj/">政府文件</a>&nbsp;&gt;&nbsp;正文'
    add("linshui", 4, url="http://www.linshui.gov.cn/zwgk/zfwj/202403/t20240306_42077.html",
        body=ls_frame("临水市人民政府办公室关于公布2024年市级重点建设项目名单的通知", crumb4, main4, "GB2312"),
        encoding="gb2312", header_charset="", listing=True)


# ---------------------------------------------------------------------------
# Site 4: tieyuan - enterprise magazine 《铁源》, one HTML page per article
# ---------------------------------------------------------------------------

TY_TOC = [
    ("卷首语", "以奋斗者为本", "本刊编辑部", "01"),
    ("要闻", "集团召开2023年年中工作会议", "本刊记者", "02-03"),
    ("要闻", "铁源集团与两所高校签署战略合作协议", "严可", "04-05"),
    ("特别策划", "高原上的电力人", "易晓峰", "14-15"),
    ("特别策划", "一条管廊里的“工匠课堂”", "汪若愚", "16-17"),
    ("经营管理", "精益管理如何落到班组", "申建华", "18-19"),
    ("党建园地", "把支部建在项目上", "何一鸣", "22-23"),
    ("党建园地", "“三会一课”里的新变化", "童佳", "24-25"),
    ("职工文苑", "父亲的工具箱", "林静怡", "40-41"),
    ("职工文苑", "夜班", "贺小满", "42"),
    ("职工文苑", "诗二首", "邵北辰", "43"),
    ("摄影", "镜头里的铁源人", "马骁 等", "46-48"),
]


def ty_thumbs(cur):
    pages = ["01", "02-03", "04-05", "06-07", "08-09", "10-11", "12-13", "14-15", "16-17", "18-19",
             "20-21", "22-23", "24-25", "26-27", "28-29", "30-31", "32-33", "34-35", "36-37",
             "38-39", "40-41", "42-43", "44-45", "46-48"]
    return "".join('<li%s><a href="p%s.html"><img src="thumbs/p%s.jpg" width="60" height="80"><span>P%s</span></a></li>' % (
        ' class="cur"' if p == cur else "", p.split("-")[0], p.split("-")[0], p) for p in pages)


def ty_body(paras):
    out = []
    for p in paras:
        if isinstance(p, tuple):
            out.append('<table class="pic" align="center" border="0" cellpadding="0" cellspacing="0"><tr><td align="center"><img src="%s" width="480" border="0"></td></tr><tr><td class="pic_txt" align="center"><font color="#666666" size="2">%s</font></td></tr></table>' % (p[1], esc_q(p[2])))
        else:
            out.append('<p>&nbsp;&nbsp;&nbsp;&nbsp;%s</p>' % esc_q(p))
    return "\n".join(out)


def ty_page(title, kicker, credit, unit_line, paras, cur, prev_p, next_p, meta_charset, art_id):
    meta = ('<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n' % meta_charset) if meta_charset else ""
    return fill(TPL_TY, META=meta, TITLE=esc(title), KICKER=kicker, CREDIT=credit, UNIT=unit_line,
                BODY=ty_body(paras), THUMBS=ty_thumbs(cur), CUR=cur, PREV=prev_p, NEXT=next_p,
                PREVN=prev_p.split("-")[0], NEXTN=next_p.split("-")[0], AID=art_id)


TPL_TY = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{{META}}<title>《铁源》2023年第6期 - {{TITLE}}</title>
<meta name="keywords" content="铁源,铁源集团,企业内刊,电子杂志">
<link rel="stylesheet" type="text/css" href="../../css/emag.css" />
<script type="text/javascript" src="../../js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="../../js/emag.js"></script>
<style type="text/css">
.runhead{background:#8b0000;color:#fff;height:40px;line-height:40px}
.thumbs li{float:left;margin:0 4px;list-style:none}
.thumbs li.cur img{border:2px solid #c00}
.art_text p{font-size:15px;line-height:30px;margin:0 0 12px 0}
</style>
</head>
<body onkeydown="emagKey(event)">
<div class="runhead"><div class="w980"><span class="mag_name"><a href="../../index.html">《铁源》</a></span><span class="mag_issue">2023年第6期（总第86期）</span><span class="mag_date">2023年6月出版</span><span class="mag_host">铁源集团有限公司主办</span><span class="mag_links"><a href="index.html">本期目录</a> | <a href="../../past.html">往期回顾</a> | <a href="../../pdf/2023-06.pdf">PDF下载</a></span></div></div>
<div class="w980 pagebar">
<a class="prev" href="p{{PREVN}}.html" title="上一页">&lt;&lt; 上一页：P{{PREV}}</a>
<span class="curpage">当前：P{{CUR}}</span>
<a class="next" href="p{{NEXTN}}.html" title="下一页">下一页：P{{NEXT}} &gt;&gt;</a>
</div>
<div class="w980 thumbs_wrap"><a class="tl" href="javascript:;">&lsaquo;</a><ul class="thumbs">{{THUMBS}}</ul><a class="tr" href="javascript:;">&rsaquo;</a></div>
<div class="w980 art_wrap">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="lanmu"><font color="#8b0000"><b>{{KICKER}}</b></font></td></tr>
<tr><td class="art_title" align="center"><h2>{{TITLE}}</h2></td></tr>
<tr><td class="art_author" align="center">{{CREDIT}}</td></tr>
<tr><td class="art_text">
{{BODY}}
{{UNIT}}
</td></tr>
<tr><td class="art_foot" align="right">P{{CUR}}</td></tr>
</table>
</div>
<div class="w980 pagebar">
<a class="prev" href="p{{PREVN}}.html">&lt;&lt; 上一页：P{{PREV}}</a>
<a class="next" href="p{{NEXTN}}.html">下一页：P{{NEXT}} &gt;&gt;</a>
</div>
<div class="footer">
<p>《铁源》编辑部&nbsp;&nbsp;地址：滨江市经开区铁源路88号&nbsp;&nbsp;邮编：315800&nbsp;&nbsp;电话：0574-86271234&nbsp;&nbsp;投稿邮箱：tyzz@tieyuangroup.com</p>
<p>内部资料&nbsp;&nbsp;免费交流&nbsp;&nbsp;准印证号：（浙）0623号&nbsp;&nbsp;Copyright&copy;2023 铁源集团有限公司&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/">浙ICP备10037215号-3</a></p>
</div>
<script type="text/javascript">emagInit({issue:"2023-06",page:"{{CUR}}",aid:{{AID}}});</script>
<script type="text/javascript">var _czc = _czc || [];_czc.push(["_setAccount", "1279034521"]);</script>
<script src="https://s4.cnzz.com/z_stat.php?id=1279034521&web_id=1279034521" language="JavaScript"></script>
</body>
</html>
"""


def build_tieyuan():
    base = "http://emag.tieyuangroup.com/tieyuan/2023-06/"
    add("tieyuan", 1, url=base + "p14.html",
        body=ty_page("高原上的电力人", "特别策划", "文/易晓峰&nbsp;&nbsp;&nbsp;&nbsp;图/马骁", "", T1,
                     "14-15", "12-13", "16-17", "gbk", 860614),
        encoding="gbk", header_charset="gbk", title="高原上的电力人", author="易晓峰",
        published="2023-06", shown_date="2023年6月", lines=text_lines(T1))
    add("tieyuan", 2, url=base + "p40.html",
        body=ty_page("父亲的工具箱", "职工文苑", "文/林静怡",
                     '<p align="right"><font size="2">（作者单位：铁源集团机械制造公司）</font></p>', T2,
                     "40-41", "38-39", "42-43", "gb2312", 860640),
        encoding="utf-8", header_charset="utf-8", title="父亲的工具箱", author="林静怡",
        published="2023-06", shown_date="2023年6月", lines=text_lines(T2))
    add("tieyuan", 3, url=base + "p22.html",
        body=ty_page("把支部建在项目上", "党建园地", "文/何一鸣",
                     '<p align="right"><font size="2">（作者单位：铁源集团建设公司党委）</font></p><p align="right"><font size="2">责任编辑：童佳</font></p>', T3,
                     "22-23", "20-21", "24-25", "gb2312", 860622),
        encoding="gbk", header_charset="gbk", title="把支部建在项目上", author="何一鸣",
        published="2023-06", shown_date="2023年6月", lines=text_lines(T3))
    rows = []
    last = None
    for col, t, a, p in TY_TOC:
        if col != last:
            rows.append('<tr><td colspan="3" class="toc_col"><font color="#8b0000"><b>%s</b></font></td></tr>' % col)
            last = col
        rows.append('<tr><td class="toc_t"><a href="p%s.html">%s</a></td><td class="toc_a">%s</td><td class="toc_p" align="right">P%s</td></tr>' % (p.split("-")[0], esc_q(t), a, p))
    toc = fill(TPL_TY_TOC, ROWS="\n".join(rows), THUMBS=ty_thumbs(""))
    add("tieyuan", 4, url=base + "index.html", body=toc, encoding="gbk", header_charset="", listing=True)


TPL_TY_TOC = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>铁源电子期刊_《铁源》2023年第6期_目录</title>
<link rel="stylesheet" type="text/css" href="../../css/emag.css" />
<script type="text/javascript" src="../../js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div class="runhead"><div class="w980"><span class="mag_name"><a href="../../index.html">《铁源》</a></span><span class="mag_issue">2023年第6期（总第86期）</span><span class="mag_date">2023年6月出版</span><span class="mag_links"><a href="index.html">本期目录</a> | <a href="../../past.html">往期回顾</a> | <a href="../../pdf/2023-06.pdf">PDF下载</a></span></div></div>
<div class="w980 pagebar"><a class="prev" href="../2023-05/index.html">&lt;&lt; 上一期</a><a class="next" href="p01.html">开始阅读：P01 &gt;&gt;</a></div>
<div class="w980 thumbs_wrap"><ul class="thumbs">{{THUMBS}}</ul></div>
<div class="w980">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="320" valign="top"><img src="../../cover/2023-06.jpg" width="300" alt="《铁源》2023年第6期封面"><p>封面：雪域银线&nbsp;&nbsp;摄影/马骁</p></td>
<td valign="top"><h2 class="toc_head">目&nbsp;&nbsp;录</h2>
<table width="100%" border="0" cellspacing="0" cellpadding="4" class="toc">
{{ROWS}}
</table>
<p class="toc_staff">主编：申建华&nbsp;&nbsp;副主编：童佳&nbsp;&nbsp;编辑：汪若愚 严可&nbsp;&nbsp;美编：马骁</p>
</td></tr></table>
</div>
<div class="footer"><p>内部资料&nbsp;&nbsp;免费交流&nbsp;&nbsp;准印证号：（浙）0623号&nbsp;&nbsp;Copyright&copy;2023 铁源集团有限公司&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/">浙ICP备10037215号-3</a></p></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Site 5: wanghai - long-thread forum (望海社区), Tianya-like
# ---------------------------------------------------------------------------

WH_BOARDS = [("煮酒论史", "154"), ("职场天地", "763"), ("闲聊杂谈", "free"), ("情感天地", "feel"),
             ("舞文弄墨", "culture"), ("旅游休闲", "travel"), ("经济论坛", "develop"), ("家有儿女", "family"),
             ("百姓声音", "828"), ("房产观澜", "house")]


def wh_floor_host(paras):
    return "<br>\n<br>\n".join("　　" + esc(p) for p in paras)


def wh_thread(board, bid, tid, title, host, floors, clicks, replies, meta_charset):
    items = []
    floor_no = 0
    for f in floors:
        floor_no += 1
        if f[0] == "lz":
            user, text, t = host, wh_floor_host(f[1]), f[2]
            hostmark = '<span class="host">楼主</span>'
        else:
            user, text, t = f[1], "　　" + esc(f[2]), f[3]
            hostmark = ""
        if floor_no == 1:
            items.append(
                '<div class="atl-item host-item" _host="%s" js_username="%s" js_restime="%s">\n'
                '<div class="atl-content"><div class="atl-con-hd clearfix"></div>\n'
                '<div class="atl-con-bd clearfix"><div class="bbs-content clearfix">\n%s\n</div>\n'
                '<div class="atl-reply" id="alt_reply"><a class="reportme a-link" href="javascript:void(0);">举报</a> | <a class="a-link-2 ir-shang" href="javascript:void(0);">打赏</a> | <a class="a-link-2 reply" href="#fabu_anchor" title="引用回复">回复</a> | <a class="a-link-2 ir-remark" href="javascript:void(0);">评论</a> | <a class="a-link-2" href="javascript:void(0);">赞</a></div>\n'
                '</div></div></div>' % (host, user, t, text))
        else:
            items.append(
                '<div class="atl-item" _host="%s" id="%d" replyid="%d" js_username="%s" js_restime="%s">\n'
                '<div class="atl-head"><div class="atl-head-reply"></div><div class="atl-info">%s<span>作者：<a class="js-vip-check" href="http://www.wanghai.net/people/%d" target="_blank" uname="%s">%s</a></span>&nbsp;<span>时间：%s</span></div></div>\n'
                '<div class="atl-content"><div class="atl-con-bd clearfix"><div class="bbs-content">\n%s\n</div>\n'
                '<div class="atl-reply"><span>%d楼</span>&nbsp;<a class="reportme a-link" href="javascript:void(0);">举报</a> | <a class="a-link-2 reply" href="#fabu_anchor" title="引用回复">回复</a> | <a class="a-link-2" href="javascript:void(0);">赞</a></div>\n'
                '</div></div></div>' % (host, floor_no, 3000000 + tid % 9973 * 10 + floor_no, user, t, hostmark,
                                          (sum(map(ord, user)) * 7919) % 90000000 + 10000000, user, user, t, text, floor_no))
    nav = "".join('<li><a href="/list-%s-1.shtml">%s</a></li>' % (b, n) for n, b in WH_BOARDS)
    hot = "".join('<li><a href="/post-%s-%d-1.shtml">%s</a></li>' % (b, 2000000 + i * 1733, t) for i, (t, b) in enumerate([
        ("我爷爷那一辈人的抗战记忆（连载）", "154"), ("县志里的一桩旧案", "154"), ("在体制内待了十年，聊聊我的真实感受", "763"),
        ("三十五岁被裁员之后", "763"), ("你们老家过年还放鞭炮吗", "free"), ("聊聊你吃过最难忘的一顿饭", "free"),
        ("江南古镇十日游记", "travel"), ("老城区拆迁，该不该签字？", "828")]))
    meta = ('<meta http-equiv="Content-Type" content="text/html; charset=%s">\n' % meta_charset) if meta_charset else ""
    first_time = floors[0][2]
    return fill(TPL_WH, META=meta, TITLE=esc(title), BOARD=board, BID=bid, TID=str(tid), HOST=host,
                FIRST=first_time, CLICKS=str(clicks), REPLIES=str(replies), ITEMS="\n".join(items),
                NAV=nav, HOT=hot)


TPL_WH = """<!DOCTYPE html>
<html>
<head>
{{META}}<title>{{TITLE}}_{{BOARD}}_论坛_望海社区</title>
<meta name="keywords" content="{{TITLE}},{{BOARD}},望海社区,望海论坛">
<meta name="description" content="{{TITLE}}（楼主：{{HOST}}）">
<link rel="stylesheet" href="http://static.wanghai.net/bbs/css/post.css?v=20180912">
<script src="http://static.wanghai.net/global/js/jquery-1.7.2.min.js"></script>
<script>var bbsGlobal = {item:"{{BID}}",artId:"{{TID}}",activityUserName:"{{HOST}}",isSlave:false,page:1,pageCount:1};</script>
</head>
<body class="bbs-post">
<div id="header"><div class="hd-inner"><a class="logo" href="http://www.wanghai.net/"><img src="http://static.wanghai.net/img/logo.gif" alt="望海社区"></a>
<ul class="top-nav"><li><a href="http://www.wanghai.net/">首页</a></li><li><a href="http://bbs.wanghai.net/">论坛</a></li><li><a href="http://blog.wanghai.net/">博客</a></li><li><a href="http://groups.wanghai.net/">部落</a></li><li><a href="http://wenxue.wanghai.net/">文学</a></li></ul>
<div class="user"><a href="http://passport.wanghai.net/login">登录</a> | <a href="http://passport.wanghai.net/register">注册</a></div></div></div>
<div id="bd">
<div class="layout">
<div class="board-nav"><ul>{{NAV}}</ul></div>
<div id="doc" class="clearfix">
<div class="location"><a href="http://bbs.wanghai.net/">望海论坛</a> &gt; <a href="/list-{{BID}}-1.shtml">{{BOARD}}</a> &gt; 帖子详情</div>
<div class="atl-head" id="post_head">
<h1 class="atl-title"><span class="s_title"><span style="font-weight:400;">{{TITLE}}</span></span></h1>
<div class="atl-info clearfix"><span>楼主：<a class="js-vip-check" href="http://www.wanghai.net/people/{{TID}}" target="_blank" uname="{{HOST}}">{{HOST}}</a></span>&nbsp;<span>时间：{{FIRST}}</span>&nbsp;<span>点击：{{CLICKS}}</span>&nbsp;<span>回复：{{REPLIES}}</span></div>
<div class="atl-menu clearfix"><a href="javascript:;" class="onlylz">只看楼主</a> <a href="javascript:;">最新回复</a> <a href="javascript:;">收藏</a> <a href="javascript:;">分享</a> <a href="javascript:;">打赏</a></div>
</div>
<div class="atl-main">
{{ITEMS}}
</div>
<div class="atl-pages"><span>共1页</span> <strong>1</strong></div>
<div class="post-relate"><h3>{{BOARD}}热帖</h3><ul>{{HOT}}</ul></div>
<div id="fabu_anchor" class="fabu"><p>回复本帖请先<a href="http://passport.wanghai.net/login">登录</a>或<a href="http://passport.wanghai.net/register">注册</a></p><textarea name="content" disabled></textarea></div>
</div></div></div>
<div id="footer"><p><a href="/about">关于望海</a> | <a href="/help">帮助中心</a> | <a href="/law">法律声明</a> | <a href="/jubao">违法和不良信息举报</a></p>
<p>望海社区 &copy; 2004-2024 wanghai.net <a href="https://beian.miit.gov.cn/">琼ICP备07004321号</a> 琼公网安备46010802000215号 互联网新闻信息服务许可证</p></div>
<script src="http://static.wanghai.net/bbs/js/post.js?v=20180912"></script>
</body>
</html>
"""


def build_wanghai():
    add("wanghai", 1, url="http://bbs.wanghai.net/post-154-2713468-1.shtml",
        body=wh_thread("煮酒论史", "154", 2713468, "说说我们县城的老城墙", "老屋檐下", H1, 12853, 236, "gbk"),
        encoding="gbk", header_charset="gbk", title="说说我们县城的老城墙", author="老屋檐下",
        published="2023-08-14", shown_date="2023-08-14 21:36:07", lines=forum_lines(H1))
    add("wanghai", 2, url="http://bbs.wanghai.net/post-763-2790155-1.shtml",
        body=wh_thread("职场天地", "763", 2790155, "在国企干了十五年，说说我看到的变化", "南山松", H2, 30516, 418, ""),
        encoding="gbk", header_charset="gbk", title="在国企干了十五年，说说我看到的变化", author="南山松",
        published="2024-01-09", shown_date="2024-01-09 22:15:32", lines=forum_lines(H2))
    # 3: board listing
    threads = [
        ("【公告】煮酒论史版规（2023年修订）", "版主_青灯", 8812, 40, "2023-01-03"),
        ("说说我们县城的老城墙", "老屋檐下", 12853, 236, "2023-08-14"),
        ("我爷爷那一辈人的抗战记忆（连载）", "守拙斋主", 287114, 3561, "2023-08-13"),
        ("县志里的一桩旧案", "白鹿原下", 45820, 612, "2023-08-12"),
        ("明代的驿站是怎么运转的", "石头记里的石头", 9611, 88, "2023-08-12"),
        ("从族谱看一个家族的三百年迁徙", "北渡的猫", 22075, 304, "2023-08-11"),
        ("宋代的茶，和今天喝的茶是一回事吗", "青衫旧客", 6738, 57, "2023-08-10"),
        ("老照片里的小城（多图）", "江湖夜雨灯", 33902, 421, "2023-08-09"),
        ("聊聊古代的科举考场", "闲云野鹤2019", 5126, 39, "2023-08-09"),
        ("我们村的祠堂和祠堂里的规矩", "ty_咸鱼翻身0825", 14480, 176, "2023-08-08"),
        ("三国到底是谁的天下", "一壶浊酒", 7702, 263, "2023-08-07"),
        ("外婆讲的那些旧事", "南山松", 11390, 145, "2023-08-06"),
    ]
    rows = "\n".join('<tr class="%s"><td class="td-title"><span class="face"></span><a href="/post-154-%d-1.shtml" target="_blank">%s</a></td><td><a class="author" href="http://www.wanghai.net/people/%d" target="_blank">%s</a></td><td>%d</td><td>%d</td><td title="%s">%s</td></tr>' % (
        "bg" if i % 2 else "", 2713468 - i * 977, t, 10000000 + i * 313, a, c, r, d, d[5:]) for i, (t, a, c, r, d) in enumerate(threads))
    body3 = fill(TPL_WH_LIST, ROWS=rows, NAV="".join('<li><a href="/list-%s-1.shtml">%s</a></li>' % (b, n) for n, b in WH_BOARDS))
    add("wanghai", 3, url="http://bbs.wanghai.net/list-154-1.shtml", body=body3,
        encoding="gb2312", header_charset="", listing=True)
    # 4: chit-chat thread, no essay
    chat = [
        ("lz", ["天气这么好，大家周末都去哪儿了？我在家躺了两天，感觉浪费了大好时光。"], "2024-04-14 20:12:45"),
        ("re", "晚风十里", "带娃去公园放风筝了，人山人海", "2024-04-14 20:20:03"),
        ("re", "搬砖的老K", "加班，哪儿也没去", "2024-04-14 20:25:31"),
        ("re", "雨后青苔", "去郊区摘草莓了，五十块一斤，贵得离谱，不过挺好吃", "2024-04-14 20:41:17"),
        ("re", "ty_老干妈不辣", "楼上哪里摘的？求地址", "2024-04-14 20:58:40"),
        ("re", "雨后青苔", "东郊那边，导航搜草莓采摘园就有好几家", "2024-04-14 21:03:22"),
        ("re", "江湖夜雨灯", "在家追剧，追完一整季", "2024-04-14 21:30:09"),
        ("re", "北渡的猫", "爬山，腿现在还是软的", "2024-04-14 22:01:55"),
        ("re", "青衫旧客", "钓鱼，空军", "2024-04-15 07:12:48"),
        ("re", "晚风十里", "楼上哈哈哈，空军是常态", "2024-04-15 08:30:26"),
    ]
    add("wanghai", 4, url="http://bbs.wanghai.net/post-free-6408812-1.shtml",
        body=wh_thread("闲聊杂谈", "free", 6408812, "周末大家都去哪儿玩了？", "一叶知秋88", chat, 3316, 58, "gbk"),
        encoding="gbk", header_charset="gbk", listing=True)


TPL_WH_LIST = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>煮酒论史_论坛_望海社区</title>
<meta name="keywords" content="煮酒论史,历史,望海论坛">
<link rel="stylesheet" href="http://static.wanghai.net/bbs/css/list.css?v=20180912">
<script src="http://static.wanghai.net/global/js/jquery-1.7.2.min.js"></script>
</head>
<body>
<div id="header"><div class="hd-inner"><a class="logo" href="http://www.wanghai.net/"><img src="http://static.wanghai.net/img/logo.gif" alt="望海社区"></a>
<ul class="top-nav"><li><a href="http://www.wanghai.net/">首页</a></li><li><a href="http://bbs.wanghai.net/">论坛</a></li><li><a href="http://blog.wanghai.net/">博客</a></li></ul>
<div class="user"><a href="http://passport.wanghai.net/login">登录</a> | <a href="http://passport.wanghai.net/register">注册</a></div></div></div>
<div id="bd"><div class="layout">
<div class="board-nav"><ul>{{NAV}}</ul></div>
<div class="location"><a href="http://bbs.wanghai.net/">望海论坛</a> &gt; 煮酒论史</div>
<div class="board-info"><h2>煮酒论史</h2><p>版主：<a href="#">版主_青灯</a> <a href="#">守拙斋主</a>&nbsp;&nbsp;今日：126&nbsp;&nbsp;主题：185372</p><p class="intro">以史为鉴，煮酒论英雄。</p></div>
<div class="mt5"><a class="btn-fabu" href="/compose-154.shtml">发帖</a></div>
<table class="tab-bbs-list" cellspacing="0" cellpadding="0">
<thead><tr><th>标题</th><th>作者</th><th>点击</th><th>回复</th><th>回复时间</th></tr></thead>
<tbody>
{{ROWS}}
</tbody></table>
<div class="links"><a href="/list-154-1.shtml" class="cur">1</a> <a href="/list-154-2.shtml">2</a> <a href="/list-154-3.shtml">3</a> <a href="/list-154-2.shtml">下一页</a></div>
</div></div>
<div id="footer"><p>望海社区 &copy; 2004-2024 wanghai.net <a href="https://beian.miit.gov.cn/">琼ICP备07004321号</a></p></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Site 6: shuxiang - Word "Save as Web Page" documents on a school site
#          (临江县实验中学 书香校园)
# ---------------------------------------------------------------------------

SONG = "font-size:12.0pt;line-height:150%;font-family:宋体;mso-ascii-font-family:\"Times New Roman\";mso-hansi-font-family:\"Times New Roman\""
ENUS = "font-size:12.0pt;line-height:150%"


def word_wrap(s, width=36):
    """Word's HTML writer breaks long source lines; mimic it inside CJK text."""
    out = []
    while len(s) > width:
        out.append(s[:width])
        s = s[width:]
    out.append(s)
    return "\r\n".join(out)


def word_runs(text, style=SONG):
    parts = re.split(r"([0-9A-Za-z.%]+)", text)
    out = []
    for i, part in enumerate(parts):
        if not part:
            continue
        if i % 2:
            out.append("<span lang=EN-US style='%s'>%s</span>" % (ENUS, part))
        else:
            out.append("<span style='%s'>%s</span>" % (style, word_wrap(esc(part))))
    return "".join(out)


def word_para(text):
    return ("<p class=MsoNormal style='text-indent:24.0pt;mso-char-indent-count:2.0;\r\nline-height:150%%'>%s<span lang=EN-US style='%s'><o:p></o:p></span></p>"
            % (word_runs(text), ENUS))


def word_heading(text):
    return ("<p class=MsoNormal style='text-indent:24.0pt;mso-char-indent-count:2.0;\r\nline-height:150%%'><b style='mso-bidi-font-weight:normal'>%s<span lang=EN-US style='%s'><o:p></o:p></span></b></p>"
            % (word_runs(text, "font-size:12.0pt;line-height:150%;font-family:黑体;mso-hansi-font-family:\"Times New Roman\""), ENUS))


def word_empty():
    return "<p class=MsoNormal style='line-height:150%'><span lang=EN-US style='font-size:12.0pt;\r\nline-height:150%'><o:p>&nbsp;</o:p></span></p>"


def word_doc(title, doc_title, under_lines, paras, end_lines, author_meta, created, saved, charset, words, chars):
    parts = []
    parts.append("<p class=MsoNormal align=center style='text-align:center;line-height:150%%'><b\r\nstyle='mso-bidi-font-weight:normal'><span style='font-size:22.0pt;line-height:150%%;\r\nfont-family:黑体;mso-hansi-font-family:\"Times New Roman\"'>%s</span></b><b\r\nstyle='mso-bidi-font-weight:normal'><span lang=EN-US style='font-size:22.0pt;\r\nline-height:150%%'><o:p></o:p></span></b></p>" % esc(title))
    for ul in under_lines:
        parts.append("<p class=MsoNormal align=center style='text-align:center;line-height:150%%'>%s<span\r\nlang=EN-US style='%s'><o:p></o:p></span></p>" % (
            word_runs(ul, "font-size:12.0pt;line-height:150%;font-family:楷体_GB2312;mso-ascii-font-family:\"Times New Roman\""), ENUS))
    parts.append(word_empty())
    for p in paras:
        if isinstance(p, tuple):
            parts.append(word_heading(p[1]))
        else:
            parts.append(word_para(p))
    for el in end_lines:
        parts.append(word_empty())
        parts.append("<p class=MsoNormal align=right style='text-align:right;line-height:150%%'>%s<span\r\nlang=EN-US style='%s'><o:p></o:p></span></p>" % (word_runs(el), ENUS))
    return fill(TPL_WORD, CHARSET=charset, DOCTITLE=esc(doc_title), AUTHOR=author_meta,
                CREATED=created, SAVED=saved, BODY="\r\n\r\n".join(parts), WORDS=str(words), CHARS=str(chars))


TPL_WORD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset={{CHARSET}}">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="{{DOCTITLE}}.files/filelist.xml">
<title>{{DOCTITLE}}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>{{AUTHOR}}</o:Author>
  <o:LastAuthor>Administrator</o:LastAuthor>
  <o:Revision>3</o:Revision>
  <o:TotalTime>18</o:TotalTime>
  <o:Created>{{CREATED}}</o:Created>
  <o:LastSaved>{{SAVED}}</o:LastSaved>
  <o:Pages>2</o:Pages>
  <o:Words>{{WORDS}}</o:Words>
  <o:Characters>{{CHARS}}</o:Characters>
  <o:Company>Microsoft</o:Company>
  <o:Lines>11</o:Lines>
  <o:Paragraphs>3</o:Paragraphs>
  <o:CharactersWithSpaces>{{CHARS}}</o:CharactersWithSpaces>
  <o:Version>15.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<link rel=themeData href="{{DOCTITLE}}.files/themedata.thmx">
<link rel=colorSchemeMapping href="{{DOCTITLE}}.files/colorschememapping.xml">
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>
  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>
  <w:DisplayVerticalDrawingGridEvery>2</w:DisplayVerticalDrawingGridEvery>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>
  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>
  <w:Compatibility>
   <w:SpaceForUL/>
   <w:BalanceSingleByteDoubleByteWidth/>
   <w:DoNotLeaveBackslashAlone/>
   <w:ULTrailSpace/>
   <w:DoNotExpandShiftReturn/>
   <w:AdjustLineHeightInTable/>
   <w:UseFELayout/>
  </w:Compatibility>
  <w:BrowserLevel>MicrosoftInternetExplorer4</w:BrowserLevel>
 </w:WordDocument>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:LatentStyles DefLockedState="false" DefUnhideWhenUsed="false"
  DefSemiHidden="false" DefQFormat="false" DefPriority="99"
  LatentStyleCount="371">
  <w:LsdException Locked="false" Priority="0" QFormat="true" Name="Normal"/>
  <w:LsdException Locked="false" Priority="9" QFormat="true" Name="heading 1"/>
 </w:LatentStyles>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;
	mso-font-alt:SimSun;
	mso-font-charset:134;
	mso-generic-font-family:auto;
	mso-font-pitch:variable;
	mso-font-signature:3 680460288 22 0 262145 0;}
@font-face
	{font-family:黑体;
	panose-1:2 1 6 9 6 1 1 1 1 1;
	mso-font-alt:SimHei;
	mso-font-charset:134;
	mso-generic-font-family:modern;
	mso-font-pitch:fixed;
	mso-font-signature:-2147482945 953122042 22 0 262159 0;}
@font-face
	{font-family:楷体_GB2312;
	mso-font-alt:楷体;
	mso-font-charset:134;
	mso-generic-font-family:modern;
	mso-font-pitch:fixed;
	mso-font-signature:1 135135232 16 0 262144 0;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0cm;
	margin-bottom:.0001pt;
	text-align:justify;
	text-justify:inter-ideograph;
	mso-pagination:none;
	font-size:10.5pt;
	mso-bidi-font-size:12.0pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:宋体;
	mso-font-kerning:1.0pt;}
.MsoChpDefault
	{mso-style-type:export-only;
	mso-default-props:yes;
	font-size:10.0pt;
	mso-ansi-font-size:10.0pt;
	mso-bidi-font-size:10.0pt;
	mso-ascii-font-family:"Times New Roman";
	mso-hansi-font-family:"Times New Roman";
	mso-font-kerning:0pt;}
 /* Page Definitions */
 @page
	{mso-page-border-surround-header:no;
	mso-page-border-surround-footer:no;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:72.0pt 90.0pt 72.0pt 90.0pt;
	mso-header-margin:42.55pt;
	mso-footer-margin:49.6pt;
	mso-paper-source:0;
	layout-grid:15.6pt;}
div.WordSection1
	{page:WordSection1;}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:普通表格;
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin:0cm;
	mso-para-margin-bottom:.0001pt;
	mso-pagination:widow-orphan;
	font-size:10.0pt;
	font-family:"Times New Roman",serif;}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="1026"/>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="1"/>
 </o:shapelayout></xml><![endif]-->
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:15.6pt'>

{{BODY}}

</div>

</body>

</html>
"""


def build_shuxiang():
    add("shuxiang", 1, url="http://www.ljsyzx.cn/shuxiang/UploadFiles/2023/11/20231120153741856.htm",
        body=word_doc("那一盏灯", "那一盏灯", ["初二（3）班　林小雨", "指导教师：周文华"], S1, [],
                      "User", "2023-11-18T02:11:00Z", "2023-11-20T07:36:00Z", "gb2312", 236, 1347),
        encoding="gb2312", header_charset="", title="那一盏灯", author="林小雨",
        published="", shown_date="", lines=plain_lines(S1))
    add("shuxiang", 2, url="http://www.ljsyzx.cn/shuxiang/UploadFiles/2023/10/20231016092215330.htm",
        body=word_doc("整本书阅读教学的几点思考", "整本书阅读教学的几点思考（王雅琴）",
                      ["临江县实验中学语文组　王雅琴"], S2, ["2023年10月12日"],
                      "王雅琴", "2023-10-12T06:40:00Z", "2023-10-16T01:20:00Z", "utf-8", 221, 1262),
        encoding="utf-8", header_charset="utf-8", bom=True, title="整本书阅读教学的几点思考",
        author="王雅琴", published="2023-10-12", shown_date="2023年10月12日", lines=plain_lines(S2))
    add("shuxiang", 3, url="http://www.ljsyzx.cn/shuxiang/UploadFiles/2024/05/20240508104402117.htm",
        body=word_doc("家乡的老槐树", "家乡的老槐树", ["赵德明", "（临江县实验中学退休教师）"], S3, [],
                      "Administrator", "2024-05-06T08:02:00Z", "2024-05-08T02:44:00Z", "utf-8", 168, 958),
        encoding="utf-8", header_charset="", bom=True, title="家乡的老槐树", author="赵德明",
        published="", shown_date="", lines=plain_lines(S3))
    docs = [
        ("家乡的老槐树", "赵德明", "2024-05-08", 412, "20240508104402117"),
        ("春日里的一场足球赛", "初一（5）班 许沐阳", "2024-04-22", 287, "20240422170519004"),
        ("我的语文老师", "初三（2）班 田雨桐", "2024-03-28", 530, "20240328112047362"),
        ("那一盏灯", "初二（3）班 林小雨", "2023-11-20", 961, "20231120153741856"),
        ("整本书阅读教学的几点思考", "王雅琴", "2023-10-16", 344, "20231016092215330"),
        ("秋游记", "初一（1）班 孔令泽", "2023-10-09", 218, "20231009141155290"),
        ("写给十年后的自己", "初三（6）班 沈佳琪", "2023-09-25", 608, "20230925083318771"),
        ("初中作文教学中的生活化写作探索", "蒋晓红", "2023-06-14", 275, "20230614100923541"),
        ("外公的菜园", "初二（1）班 欧阳晨", "2023-05-31", 322, "20230531162240118"),
        ("校园里的玉兰花开了", "初一（4）班 黎安然", "2023-04-06", 451, "20230406091537663"),
        ("班主任工作中的倾听艺术", "邓立群", "2023-03-20", 199, "20230320144806205"),
        ("我读《朝花夕拾》", "初一（2）班 顾晨曦", "2023-01-05", 377, "20230105100211879"),
    ]
    rows = "\n".join('<tr><td class="list_t"><img src="/images/doc.gif" align="absmiddle">&nbsp;<a href="/shuxiang/UploadFiles/%s/%s/%s.htm" target="_blank">%s</a></td><td class="list_a">%s</td><td class="list_d">%s</td><td class="list_c">%d</td></tr>' % (
        f[:4], f[4:6], f, t, a, d, c) for t, a, d, c, f in docs)
    body4 = fill(TPL_SX_LIST, ROWS=rows)
    add("shuxiang", 4, url="http://www.ljsyzx.cn/shuxiang/list.asp?ClassID=12", body=body4,
        encoding="gb2312", header_charset="gb2312", listing=True)


TPL_SX_LIST = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>临江县实验中学--书香校园--师生作品</title>
<link href="/skin/default.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/menu.js"></script>
</head>
<body leftmargin="0" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top.jpg" width="960" height="120"></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#1f5f9f"><tr>
<td height="34" align="center"><a href="/" class="menu">学校首页</a></td><td align="center"><a href="/xxgk/" class="menu">学校概况</a></td><td align="center"><a href="/news/" class="menu">校园新闻</a></td><td align="center"><a href="/jyjx/" class="menu">教育教学</a></td><td align="center"><a href="/dyzc/" class="menu">德育之窗</a></td><td align="center"><a href="/shuxiang/" class="menu">书香校园</a></td><td align="center"><a href="/jsfc/" class="menu">教师风采</a></td><td align="center"><a href="/xzzx/" class="menu">下载中心</a></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="220" valign="top" bgcolor="#f3f7fb">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="left_t">书香校园</td></tr>
<tr><td class="left_li"><a href="list.asp?ClassID=11">读书活动</a></td></tr><tr><td class="left_li"><a href="list.asp?ClassID=12">师生作品</a></td></tr><tr><td class="left_li"><a href="list.asp?ClassID=13">好书推荐</a></td></tr><tr><td class="left_li"><a href="list.asp?ClassID=14">文学社</a></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="left_t">站内搜索</td></tr><tr><td><form action="/search.asp" method="post"><input name="keyword" size="16"><input type="submit" value="搜索"></form></td></tr></table>
</td>
<td width="10"></td>
<td valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="weizhi">您现在的位置：<a href="/">临江县实验中学</a> &gt;&gt; <a href="/shuxiang/">书香校园</a> &gt;&gt; 师生作品</td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="4" class="list">
<tr class="list_h"><td>标题</td><td>作者</td><td>日期</td><td>点击</td></tr>
{{ROWS}}
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td align="center" height="40">共 86 篇&nbsp;&nbsp;首页 上一页 <a href="list.asp?ClassID=12&amp;page=2">下一页</a> <a href="list.asp?ClassID=12&amp;page=8">尾页</a>&nbsp;&nbsp;页次：1/8&nbsp;&nbsp;12篇/页</td></tr></table>
</td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#1f5f9f"><tr><td align="center" height="70" class="foot">
版权所有：临江县实验中学&nbsp;&nbsp;地址：临江县城南路26号&nbsp;&nbsp;电话：0796-5312020<br>
<a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备09004518号</a>&nbsp;&nbsp;技术支持：临江县教育信息中心&nbsp;&nbsp;您是第<script src="/count.asp"></script>位访客
</td></tr></table>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Writing and self-check
# ---------------------------------------------------------------------------

def page_name(p):
    ext = ".txt" if p["content_type"] == "text/plain" else ".html"
    return "v-%s-%d%s" % (p["site"], p["n"], ext)


def gold_text(p):
    head = ["page: " + page_name(p), "url: " + p["url"], "charset: " + p["header_charset"]]
    if p["content_type"] != "text/html":
        head.append("content-type: " + p["content_type"])
    if p["listing"]:
        head.append("kind: listing")
        head += ["title: ", "author: ", "published: "]
        return "\n".join(h.rstrip() for h in head) + "\n\n"
    head += ["title: " + p["title"], "author: " + p["author"], "published: " + p["published"]]
    return "\n".join(h.rstrip() for h in head) + "\n\n" + "\n".join(p["lines"]) + "\n"


def write_all():
    os.makedirs(PAGES, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    for p in ALL:
        data = p["body"].encode(p["encoding"])  # strict: fails on unencodable text
        if p["bom"]:
            data = b"\xef\xbb\xbf" + data
        with open(os.path.join(PAGES, page_name(p)), "wb") as f:
            f.write(data)
        with open(os.path.join(GOLD, "v-%s-%d.txt" % (p["site"], p["n"])), "w", encoding="utf-8", newline="\n") as f:
            f.write(gold_text(p))


def visible(raw, charset):
    s = raw.decode(charset, errors="strict")
    s = re.sub(r"(?is)<script\b.*?</script>", " ", s)
    s = re.sub(r"(?is)<style\b.*?</style>", " ", s)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"(?is)<head\b.*?</head>", " ", s)
    s = re.sub(r"(?s)<[^>]*>", "", s)
    s = html.unescape(s)
    return re.sub(r"\s+", "", s)


def nows(s):
    return re.sub(r"\s+", "", s)


def self_check():
    problems = []
    for p in ALL:
        name = page_name(p)
        with open(os.path.join(PAGES, name), "rb") as f:
            raw = f.read()
        cs = p["header_charset"]
        if not cs:
            m = re.search(r'charset=["\']?([\w-]+)', raw[:4096].decode("latin-1"), re.I)
            if not m:
                problems.append(name + ": no charset anywhere")
                continue
            cs = m.group(1).lower()
        try:
            vis = visible(raw, cs)
        except UnicodeDecodeError as e:
            problems.append("%s: strict decode with %s failed: %s" % (name, cs, e))
            continue
        if p["listing"]:
            if p["lines"] or p["title"]:
                problems.append(name + ": listing with text/title")
            continue
        for field in ("title", "author", "shown_date"):
            val = p[field]
            for part in (val.split() if field == "author" else [val]):
                if part and nows(part) not in vis:
                    problems.append("%s: %s %r not visible" % (name, field, part))
        if not p["title"]:
            problems.append(name + ": article without title")
        pos = 0
        for ln in p["lines"]:
            k = vis.find(nows(ln), pos)
            if k < 0:
                problems.append("%s: line not found in order: %s" % (name, ln[:30]))
            else:
                pos = k + len(nows(ln))
        n = sum(len(nows(x)) for x in p["lines"])
        if not 400 <= n <= 2600:
            problems.append("%s: essay length %d" % (name, n))
    return problems


def main():
    build_weixunge()
    build_fenghao()
    build_linshui()
    build_tieyuan()
    build_wanghai()
    build_shuxiang()
    write_all()
    problems = self_check()
    listings = sum(1 for p in ALL if p["listing"])
    for p in ALL:
        n = sum(len(nows(x)) for x in p["lines"])
        print("%-22s %-7s %-8s %s" % (page_name(p), p["header_charset"] or "-", "listing" if p["listing"] else "article", n))
    print("pages: %d, listings: %d, sites: %d" % (len(ALL), listings, len({p["site"] for p in ALL})))
    if problems:
        for pr in problems:
            print("PROBLEM:", pr)
        print("SELF-CHECK FAILED")
        sys.exit(1)
    print("SELF-CHECK OK")


if __name__ == "__main__":
    main()
