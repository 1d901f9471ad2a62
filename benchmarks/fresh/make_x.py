#!/usr/bin/env python3
# make_x.py - blind test pages, round 12, prefix x.  Stdlib only, deterministic.
# Writes pages/x-SITE-N.html|.txt and gold/x-SITE-N.txt into the directory given
# as argv[1] (default: the current directory).  All sites, names, places,
# accounts and domains are invented; all essays are original.
import html
import os
import re
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else "."
PAGES = []   # (fname, bytes, gold dict)


def esc(s, curly=False):
    s = html.escape(s, quote=False)
    if curly:
        s = s.replace("\u201c", "&ldquo;").replace("\u201d", "&rdquo;")
        s = s.replace("\u2014", "&mdash;").replace("\u2026", "&hellip;")
    return s


def emit(fname, text, enc, url, charset, title="", author="", published="",
         paras=(), kind=None, ctype=None):
    data = text.encode(enc)
    gold = {"page": fname, "url": url, "charset": charset, "ctype": ctype,
            "kind": kind, "title": title, "author": author,
            "published": published, "paras": list(paras), "enc": enc}
    PAGES.append((fname, data, gold))


def gold_text(g):
    lines = ["page: " + g["page"], "url: " + g["url"], "charset: " + g["charset"]]
    if g["ctype"]:
        lines.append("content-type: " + g["ctype"])
    if g["kind"]:
        lines.append("kind: " + g["kind"])
    lines += ["title: " + g["title"], "author: " + g["author"],
              "published: " + g["published"], ""]
    return "\n".join(lines + g["paras"]) + "\n"


# ---------------------------------------------------------------- essays --

E_NIGHTMARKET = [
    "傍晚六点半，临江路上的路灯还没全亮，摊主们已经推着三轮车陆续进场。卖凉粉的周大姐把折叠桌支开，熟练地摆上七八个调料碗；隔壁烤苕皮的小伙子正往炉子里添炭，烟一下子窜起来，引得路过的孩子直咳嗽，又忍不住回头看。",
    "这条长约六百米的街道，是青溪县今年四月重新开放的夜市。三年前，因为占道经营、油烟扰民等问题，原来的夜市被整体取缔，摊贩们散落到各个小区门口，“打一枪换一个地方”。如今，县里把这条临河的旧街划为固定的夜间经营区，统一铺设了水电接口，设置了一百二十个标准摊位。",
    "“以前最怕下雨，也怕被撵。”周大姐一边给客人打包一边说。她卖凉粉已经十一年，现在每月交两百元管理费，摊位有编号，有遮雨棚，晚上十一点收摊，垃圾倒进统一的分类桶。“心里踏实了，生意也比以前好，一晚上能卖一百多碗。”",
    "从“管得住”到“管得好”",
    "县商务局副局长何志远介绍，重开夜市之前，他们花了两个多月走访原来的一百多户摊贩，也在周边小区征求了居民意见。“居民最在意的是噪音和油烟，摊贩最在意的是稳定。”最后的方案是：夜市只在河边一侧布置，离最近的住宅楼有八十多米；所有烧烤摊必须安装油烟净化装置，由县里补贴一半费用；每晚十一点准时清场，保洁队伍半小时内完成清扫。",
    "摊位分配也尽量公开。报名的三百多户经营者中，优先照顾原夜市老摊主和低收入家庭，剩余摊位现场摇号。摇号那天，县里请了两名居民代表和一名公证员到场，全程直播。",
    "6月8日晚，青溪县临江路夜市游人如织。",
    "在夜市口的服务亭里，记者看到墙上贴着一张“摊主公约”：明码标价、不缺斤短两、不占用消防通道、不使用高音喇叭。服务亭的工作人员说，开市两个月，只接到过三起投诉，两起是关于价格，一起是有人把音箱开得太大，都在当晚处理了。",
    "年轻人也来摆摊",
    "夜市里有不少新面孔。二十六岁的邱晓蔓在省城做过三年平面设计，去年回到老家，今年在夜市租下一个摊位，卖手绘帆布包和冰箱贴。她的摊位前挂着一串小灯泡，图案大多是青溪的老街、石桥和河边的吊脚楼。“很多在外地工作的人回来探亲，会买一两个带走，说是把家乡装进包里。”",
    "邱晓蔓说，摆摊收入不算高，旺季一个月四五千元，但她更看重和人打交道的感觉。“坐在电脑前画图，一天说不了几句话；在这里，一晚上能认识好几个人。”",
    "夜里九点，夜市迎来人流高峰。河边的石阶上坐满了乘凉的人，有人端着一碗冰粉，有人举着刚出炉的烤玉米。七十岁的退休教师罗德新每天晚饭后都会来走一圈。他说，小时候这条街就是县城最热闹的地方，后来冷清了好些年，“现在又听得见吆喝声了，这才像个县城。”",
    "据统计，夜市开放以来，日均客流约一万人次，带动就业四百余人。何志远说，下一步打算在夜市旁边的空地增设一个非遗展示区，请本地的竹编、剪纸手艺人来现场展示，“让夜市不光有吃的，也有看的。”",
]
NIGHT_HEADINGS = {3, 8}
NIGHT_CAPTION = 6

E_ELEVATOR_1 = [
    "五月的一个上午，南湖街道桂园小区8号楼下，一台崭新的电梯正在进行最后的验收调试。七十八岁的张秀英拄着拐杖站在单元门口，看着电梯门开了又关、关了又开，嘴里念叨着：“盼了六年，总算盼来了。”",
    "张秀英住在这栋楼的六楼。这是一栋建于1992年的老式砖混住宅，七层，两个单元，共七十二户，没有电梯。前几年老伴做了膝关节手术，上下楼要歇三四回，后来干脆很少下楼。“买个菜，要先在家里想好几天。”",
    "一楼和七楼，想法不一样",
    "桂园小区加装电梯的想法，最早是2018年提出来的。当时楼里的几位老人联名写了申请，但很快就卡住了。按照规定，加装电梯需要本单元三分之二以上业主同意，且不能有利害关系人明确反对。一楼和二楼的住户担心采光、噪音，也觉得自己用不上，却要承担施工带来的麻烦。",
    "“说实话，换了我住一楼，我也会犹豫。”楼长刘建华说。他是退休的中学物理老师，住在五楼，这几年一直在张罗这件事。为了说服低楼层的住户，他自己画图，用手电筒在纸板模型上演示电梯井会挡住哪扇窗户、挡多久；他还请来设计单位，把电梯井的位置从楼梯间正面挪到了侧面，尽量减少对一楼住户采光的影响。",
    "最难的是出钱。按照当地的补贴政策，每台电梯政府补贴二十万元，剩下的由业主分摊。经过好几轮讨论，大家最终商定了一个“阶梯式”方案：二楼每户出八千元，楼层越高出得越多，七楼每户出三万二千元；一楼不出钱，另外由高层住户共同给一楼每户一次性补偿五千元。",
    "方案贴在楼道里，下面很快写满了意见。有人觉得三楼出得多了，有人问租户怎么办，还有人担心以后的维保费用。刘建华把这些意见一条条记在本子上，前后开了十一次楼栋会，最长的一次从晚上七点开到十一点多。",
]
E_ELEVATOR_2 = [
    "一封写给一楼邻居的信",
    "真正的转机出现在去年冬天。住在一楼的王德明起初是反对最坚决的一户，他家的小院里种着葡萄和月季，担心电梯井挡了阳光。后来，住在七楼的李阿姨给他写了一封信。信里说，自己已经两年没有下过楼，去年春节儿子背她下楼看了一回烟花，那是她两年里唯一一次站在院子里。",
    "王德明读完信，一晚上没睡着。第二天，他找到刘建华，说：“我签。不过有个条件，施工的时候别把我的葡萄架弄坏了。”施工队后来专门给葡萄架搭了保护棚，工程结束后又帮他重新修整了院子。",
    "签字的事落定之后，街道和社区接手了后续手续。社区书记陈晓琳说，过去加装电梯最耗时的是审批，要跑规划、住建、市场监管好几个部门，现在街道设了专门的窗口，“一窗受理、并联审批”，桂园8号楼从提交材料到拿到施工许可，只用了二十多天。",
    "8号楼新装的电梯井道位于楼体侧面，对一楼住户采光影响较小。",
    "电梯之后",
    "电梯投入使用后，楼里的日常悄悄发生了变化。每天早上，几位老人结伴坐电梯下楼，去小区门口的早市买菜；傍晚，楼下的石凳上又坐满了聊天的人。张秀英说，她现在每天都要下楼两趟，“腿脚没变好，可心情好多了”。",
    "电梯的维保费用由使用电梯的住户按月分摊，每户每月二十多元，由楼长统一收取、公开账目。刘建华在楼道里挂了一块小黑板，每个月把收支写在上面，一笔一笔，清清楚楚。",
    "据了解，截至目前，该市已累计为老旧小区加装电梯一千二百余台，但仍有不少楼栋因为意见难以统一，停在“商量”阶段。在刘建华看来，加装电梯看起来是工程问题，其实更多的是邻里之间怎么商量事。“钱算得清，账摆得明，心里那道坎才能过去。”",
    "采访结束时，电梯刚好停在一楼。王德明从院子里走出来，手里提着一小篮刚摘的葡萄，说要送给七楼的李阿姨尝尝。",
]
ELEV2_HEADINGS = {0, 5}
ELEV2_CAPTION = 4

E_COOKING = [
    "大学毕业那年，我一个人搬到一座陌生的城市，租了一间带小厨房的单间。第一个月，我几乎顿顿点外卖，直到月底翻账单时吓了一跳：光吃饭就花掉了工资的三分之一，而且我一点也没觉得吃得好。",
    "于是我开始学做饭。最开始只会煮挂面，后来学会了番茄炒蛋、青椒肉丝、土豆烧排骨。五六年下来，我不敢说自己厨艺多好，但有几点体会，想分享给和当年的我一样的人。",
    "一、做饭是最便宜的“自我照顾”",
    "很多人说做饭浪费时间。其实一顿简单的两菜一汤，熟练以后半小时就能搞定，和等外卖的时间差不多。更重要的是，你清楚地知道自己吃进去的是什么：油放了多少、盐放了多少、菜洗没洗干净。人在疲惫的时候，一碗自己煮的热汤面，比任何安慰都来得实在。",
    "二、做饭让你学会安排生活",
    "想做饭，就得提前想好明天吃什么、冰箱里还剩什么、周末要去菜市场买什么。这种看似琐碎的计划，慢慢会变成一种生活的节奏感。我有个朋友说，自从开始自己做饭，她连房间都收拾得比以前整齐了，因为“总不能在一堆杂物旁边吃自己辛苦做的菜”。",
    "三、几道菜就够了，不必追求花样",
    "刚开始学做饭，最容易犯的错误就是想一口吃成胖子：买一堆调料，收藏几百个菜谱，最后一道也没坚持下来。我的建议是先学会五道菜：一道蛋类、一道绿叶菜、一道肉菜、一道汤、一道主食。把这五道做熟了，再慢慢往外扩展。",
    "四、给新手的几个小建议",
    "第一，买一口好一点的不粘锅，能省去一半的挫败感。第二，刀工不好就先切小块，熟得快也入味。第三，盐宁少勿多，少了可以补，多了就救不回来了。第四，做完饭马上把灶台擦一擦，否则下次看见油污就不想开火了。",
    "最后想说，做饭不是为了成为厨师，而是为了在这个节奏很快的世界里，给自己留一块可以掌控的小地方。锅里咕嘟咕嘟冒着热气的时候，你会觉得，日子再难，总还有一碗饭是为自己做的。",
]
COOK_HEADINGS = {2, 4, 6, 8}

E_LIBRARY = [
    "三年前的一个周六，我去县图书馆还书，看到门口贴着一张招募启事：少儿阅览室招周末志愿者，要求有耐心、喜欢孩子。那段时间我刚换了工作，周末闲得发慌，就报了名。没想到这一做就是三年。",
    "少儿阅览室在图书馆二楼，不大，四排书架，十几张矮桌子。周末来的大多是附近小区的孩子，也有从乡下跟着父母进城的。志愿者的工作说起来很简单：整理归还的书，帮孩子找书，维持一下秩序，每周六下午还有一场半小时的故事会。",
    "第一次讲故事，我准备了一整晚，结果讲到一半，前排一个小男孩大声说：“这个我看过，后面是小熊自己回家了。”全场哄笑，我的脸一下子红了。后来我学乖了，每次都挑一些冷门的绘本，讲之前先问问大家有没有读过，再让读过的孩子帮我一起讲。没想到这样反而更热闹。",
    "三年里，我记住了很多孩子的名字。有个叫小雨的女孩，每周都来，每次借两本书，一本科普，一本童话，雷打不动。去年她上了初中，临走前送了我一张她自己画的书签，上面写着：谢谢你帮我找到那么多好书。",
    "也有让我难过的时候。有一个男孩总是一个人坐在角落里，从开门待到闭馆。后来我才知道，他的父母在外地打工，他跟着奶奶住，奶奶不识字，也管不了他，图书馆是他周末唯一能去的地方。我能做的不多，只是每次给他留一本新到的漫画，跟他聊几句学校里的事。",
    "做志愿者之前，我以为是我在帮助别人。后来才发现，这些周六下午也在帮助我。工作日里那些焦虑和烦躁，在一屋子翻书的沙沙声里，好像都被慢慢抚平了。",
    "有人问我，图书馆的志愿者有没有什么回报。有的：馆里每年给志愿者发一张证书，年底请大家吃一顿饭，还有就是，你可以第一个看到新到的书。对我来说，这已经足够了。",
    "如果你所在的城市也有公共图书馆，不妨去问问他们需不需要志愿者。一周只需要几个小时，但你会收获很多意想不到的东西。",
]

E_GARDEN = [
    "父亲退休那年，在老屋后面开了一块菜园。说是菜园，其实不过两分地，原先是堆放柴草和杂物的空地，碎砖头、破瓦片埋得到处都是。父亲用了整整一个冬天，一锄一锄地把地翻过来，把砖瓦捡出来堆在墙角，又从河边挑来淤泥，一担一担地铺在地里。",
    "开春以后，菜园里渐渐有了颜色。靠墙的一溜种了丝瓜和扁豆，竹竿搭成的架子歪歪扭扭，藤蔓却爬得很欢。中间几畦是青菜、蒜苗和莴笋，最里面留了一小块，种着几棵辣椒和茄子。父亲说，菜要种得杂一点，这样一年四季饭桌上都不缺。",
    "父亲种菜极认真。每天天刚亮，他就提着水桶去菜园，先看看昨天新栽的秧苗有没有活，再蹲下来拔草，一棵一棵，连最小的草芽也不放过。母亲笑他，说他上班几十年也没见这么勤快过。父亲也不辩解，只是嘿嘿一笑，手上的活不停。",
    "我在城里工作，一年回家三四次。每次回去，父亲都要领着我去菜园转一圈，指着这个说今年的蒜苗长得好，指着那个说辣椒被虫咬了。临走时，他总要给我装上一大袋菜，青菜用报纸包好，茄子、辣椒一个个码整齐，说城里的菜没味道，还是自家种的好吃。那一袋菜很沉，我提在手里，一路上换了好几次手。",
    "前年冬天，父亲生了一场病，住了一个多月的院。出院后，医生嘱咐他不能再干重活。菜园就这样荒了一季，草长得比菜还高。父亲每天站在后门口往菜园里望，一望就是半天，却什么也不说。",
    "去年春天，我请了一周假回家，把菜园重新整理了一遍。父亲坐在一张小板凳上指挥我，哪里该起垄，哪里该施肥，种子要埋多深。我笨手笨脚，弄得满身是泥，他在一旁看着，时不时摇头，又时不时笑出声来。",
    "如今，菜园又绿了。父亲干不了重活，就每天去浇浇水、拔拔草，一待就是一上午。我打电话回家，他说得最多的还是菜园：丝瓜结了十几根，吃不完，送给隔壁了；辣椒红了，母亲晒了一簸箕。",
    "我忽然明白，父亲守着的不只是一块菜地。那是他退休以后的日子，是他和这片土地之间的一种约定，也是他留给我们的一份念想。每次吃着父亲种的菜，我都觉得，那里面有阳光的味道，也有父亲的味道。",
]

E_TRAIN = [
    "我读大学的那几年，每到寒假，都要坐一趟绿皮火车回家。从学校所在的城市到我家那个小县城，一千二百多公里，火车要走二十六个小时。",
    "那时候的票很难买。放假前半个月，同学们就开始轮流去火车站排队，裹着军大衣，揣着热水袋，一排就是一整夜。能买到一张硬座已经很幸运，卧铺是想都不敢想的事。",
    "车厢里永远是满的。过道上站着人，座位底下躺着人，连两节车厢之间的连接处也挤满了行李和蹲着抽烟的男人。空气里混着泡面、橘子皮和烟草的味道，窗户上结着一层白霜，用手指一划，能看见外面飞快后退的田野和村庄。",
    "可我并不觉得苦。对面座位上的大叔是去南方打工回来的，一路上给我们讲工地上的事；旁边的大姐带着两个孩子，从包里掏出煮鸡蛋和自家腌的萝卜干，非要分给我们尝尝。夜里困了，大家就靠在一起打盹，谁也不嫌谁。",
    "最难熬的是后半夜。车厢里的灯暗下来，暖气时有时无，脚冻得发麻。我常常睁着眼睛，看窗外偶尔闪过的灯火，猜那是哪一个小站，站台上有没有人在等车。火车在夜色里哐当哐当地走，像一首永远唱不完的歌。",
    "天亮以后，车厢里又热闹起来。推着小车的乘务员一路吆喝：“花生瓜子矿泉水，啤酒饮料八宝粥，腿收一收啦！”那声音到现在我还记得。",
    "后来，家乡通了高铁，回家只要五个多小时。车厢干净明亮，座位宽敞，再也不用排队买票、站着过夜。我也早就不是那个拎着编织袋的学生了。",
    "可每到冬天，我还是会想起那趟绿皮火车，想起车窗上的霜花、对面大叔的故事和那一颗还带着体温的煮鸡蛋。那些拥挤而漫长的旅途，把我从一个地方送到另一个地方，也把一些人和事，永远留在了记忆里。",
]

E_MARKET = [
    "搬到老城区以后，我养成了一个新习惯：每周六早上去菜市场。",
    "那个菜市场离我家步行十分钟，是一栋有些年头的两层小楼，一楼卖菜和肉，二楼是裁缝铺、修鞋摊和几家卖干货的小店。",
    "刚开始去，我总是匆匆忙忙，列好清单，直奔摊位，买完就走。后来有一次，我在一个卖青菜的摊子前等找零，摊主阿婆一边数钱一边跟我说：“姑娘，今天的菠菜是我儿子早上四点去地里摘的，你回去清炒，别放太多油。”",
    "那一刻我忽然觉得，自己好像错过了很多东西。",
    "从那以后，我开始放慢脚步。卖豆腐的大叔会告诉我，哪天的豆腐是用新豆子做的；卖鱼的姐姐会帮我把鱼鳞刮得干干净净，还顺手送一把葱；卖鸡蛋的老爷爷记性不太好，但每次都能认出我，笑着问：“还是要十个？”🥚",
    "菜市场里的时间，好像比外面走得慢一些。人们在这里讨价还价，也在这里聊家常。谁家的孩子考上了大学，谁家的老人住院了，谁家门口的桂花开了，消息都是从这里传开的。",
    "我也慢慢学会了挑菜。叶子挺括、根部带泥的青菜最新鲜；西红柿要挑蒂头发绿、摸上去有点硬的；买排骨要看骨头的颜色，偏红的是新鲜的。这些知识，手机上也能查到，但从摊主们嘴里听来，总觉得更亲切一些。",
    "周六早上的菜市场，阿婆的青菜摊前总是围着几位老主顾。",
    "有时候什么也不买，我也会去转一转。看看当季的蔬菜，闻闻刚出锅的油条香，听听此起彼伏的吆喝声，一周的疲惫好像就散了。",
    "我们总是急着赶路，急着把事情做完，却很少停下来看看身边的人。菜市场教会我的，大概就是这一点：生活不只有效率，还有温度。🌿",
]
MARKET_CAPTION = 7

E_PICTUREBOOK = [
    "今天是我给女儿读绘本的第一千天。",
    "说来惭愧，最初开始给她读书，并不是出于什么教育理念，而是因为她晚上不肯睡觉。那时候她两岁半，每天晚上都要闹到十一点，我和她爸爸轮番上阵，哄、讲道理、假装睡着，都不管用。一个朋友送了我几本绘本，说试试睡前读书，也许有用。",
    "第一天读的是一本讲小兔子找妈妈的书。我读得干巴巴的，女儿也没什么兴趣，翻了几页就跑去玩积木了。第二天、第三天，情况也差不多。我差点就放弃了。",
    "转机出现在第二周。有天晚上，我读到小兔子躲在大树后面，故意压低了声音，女儿突然安静下来，瞪大眼睛看着我。那之后，她每天晚上都会抱着书来找我，说：“妈妈，再读一遍。”😂",
    "一千天里，我们读了四百多本绘本。有些书读了几十遍，书页都翻烂了，用胶带粘了又粘；有些书只读了一次，就被她塞到了书架最里面。我慢慢发现，孩子喜欢什么，是没有办法强迫的，我们能做的，就是把书放在她够得着的地方。",
    "读书也让我们之间多了很多话题。去超市看到西兰花，她会说像书里的小树；下雨天出门，她会问我小青蛙是不是也在打伞。有一次她发烧住院，在病床上还让我给她讲那本讲月亮的书，讲完她说：“妈妈，月亮会陪着我的。”",
    "现在女儿五岁半了，已经认识不少字，有时候会反过来给我读。她读得磕磕绊绊，遇到不认识的字就自己编，编得比原文还有意思，我常常笑得停不下来。",
    "有人问我，坚持一千天难不难。说实话，有很多个晚上，我累得只想倒头就睡，根本不想拿起书。可每次看到她抱着书站在床边的样子，我就没办法拒绝。",
    "后来我想，这一千天，与其说是我在陪她读书，不如说是她在陪我，把每一个普通的夜晚，都过成了值得记住的日子。📚",
]

E_HARVEST = [
    "国庆假期，我没有出去旅游，而是回了一趟老家，帮父亲收玉米。",
    "我们村在北方平原上，家家户户都种玉米。每年九月底十月初，是一年里最忙的时候。村里的年轻人大多在外地打工，留在家里的多是五六十岁的人，一到秋收，人手就显得格外紧张。",
    "父亲今年六十三岁，种着七亩多地。前几年村里来了收割机，大部分地块都能机收，可我家有两块地在坡上，地块小、坡度大，收割机上不去，只能靠人工。",
    "天刚蒙蒙亮，我们就下了地。玉米秆比人还高，叶子边缘像锯齿一样，划在胳膊上火辣辣地疼。父亲教我，掰玉米要一手握住玉米棒，一手抓住秆子，手腕往下一压，“咔嚓”一声就下来了。我试了几次，不是掰不下来，就是连秆子一起拽倒了。父亲在一旁看着直笑。",
    "到了中午，太阳晒得人发晕。我们坐在地头，啃着母亲送来的馒头和咸菜，喝着凉白开。父亲掰着手指头给我算账：今年雨水好，一亩地能收一千二百斤左右，按现在的价格，除去种子、化肥和农药，一亩地能挣几百块钱。",
    "我问他，这么辛苦，挣得又不多，为什么还要种？父亲想了想说：“地不种就荒了，荒了可惜。再说，种了一辈子地，不种心里不踏实。”",
    "干了三天，两块坡地总算收完了。玉米棒子堆在院子里，金灿灿的一大片。晚上，一家人坐在院子里剥玉米皮，母亲挑出几个嫩一点的放进锅里煮，满院子都是香味。",
    "假期结束，我回到城里，胳膊上的划痕还没好。同事问我去哪儿玩了，我说回家掰玉米了，他们都觉得很新鲜。可我知道，对父亲那一辈人来说，这只是再平常不过的一个秋天。",
]

E_BOOKSTALL = [
    "城西桥头有一个旧书摊，摆了快十年了。摊主姓袁，五十来岁，瘦高个，戴一副断了腿、用胶布缠着的眼镜。他的摊子说是摊子，其实只是在人行道边上铺两块塑料布，书一摞一摞地码在上面，风一吹，书页哗哗地响。",
    "我第一次去他的书摊，是一九八五年的春天。那时我刚参加工作，每月工资四十来块，除了吃饭，剩下的钱差不多都花在了书上。新华书店的书贵，我就常常到旧书摊去淘。袁师傅的摊上什么书都有：缺了封面的小说，发黄的字帖，七十年代的农业技术手册，还有不知从哪里收来的线装书，用麻绳捆着，一捆一捆地堆在角落里。",
    "袁师傅话不多，你翻书，他也不催，只坐在一张小马扎上抽烟，偶尔抬头看你一眼。要是你拿起一本书问价钱，他会先接过去翻一翻，想一想，再报一个数。那数字往往低得让人不好意思还价。",
    "时间长了，我们渐渐熟了。他知道我喜欢看散文和笔记，收到这一类的书，就单独放在一边，等我去了再拿出来。有一回，他从一个旧木箱里摸出一本民国时期印的游记，纸张脆得一碰就掉渣，他用旧报纸包了好几层递给我，说：“这本你拿去，不要钱。放在我这里，早晚被雨淋坏了。”",
    "我问他为什么摆书摊。他说，年轻时在县里的印刷厂当排字工，一辈子和铅字打交道，后来厂子不景气，他就出来摆摊。“别的不会，就认得几个字，和书待在一起，心里舒坦。”",
    "这几年，城里新开了好几家书店，装修得漂亮，书也新。去旧书摊的人越来越少了。袁师傅的摊子还在桥头，只是书少了些，人也老了些。冬天风大，他就在摊子旁边生一个小煤炉，一边烤手，一边看书。",
    "前些日子我路过桥头，又在他的摊前蹲了一会儿。他认出了我，笑着说：“好久没来了。”我买了两本旧杂志，临走时他叮嘱我：“书要常翻，不翻就死了。”",
    "我把这句话记在了心里。",
]

E_SUMMERNIGHT = [
    "小时候没有空调，连电扇也少见。一到夏天，整条巷子的人都在等太阳落山。",
    "傍晚时分，各家各户先往门前的青石板上泼几盆井水，暑气“嗤”地一声冒起来，过一会儿，石板就凉了。孩子们早早地把竹床、竹椅搬出来，占好位置。大人们吃过晚饭，摇着蒲扇，三三两两地出来，巷子里一下子热闹起来。",
    "纳凉的地方，以巷口那棵老槐树下最好。树冠大，风从河面上吹过来，带着一点水汽。王家阿公总坐在树下那块磨得发亮的石头上，一把蒲扇，一壶粗茶，一讲就是一晚上。他讲的多是古时候的事，什么书生赶考、狐仙报恩，我们听得入了迷，连蚊子叮了也顾不上拍。",
    "母亲们则坐在一起，手里不闲着，纳鞋底的纳鞋底，择菜的择菜，嘴里说着家长里短。父亲们喜欢下象棋，围着一盘棋，下棋的两个人不说话，看棋的人倒吵得面红耳赤。",
    "夜深了，巷子里渐渐安静下来。我躺在竹床上，看天上的星星，一颗，两颗，怎么也数不完。母亲坐在旁边，一下一下地给我扇着扇子，扇着扇着，我就睡着了。醒来时，已经躺在屋里的床上，身上盖着一条薄薄的毛巾被。",
    "如今，老巷子早已拆了，盖起了高楼。家家装了空调，夏夜关起门来，凉快是凉快了，却再也听不到那些故事，也看不到满天的星星了。前些日子遇见儿时的玩伴陈䶮，他说起王家阿公讲的那些故事，竟然一个一个都还记得。我们站在街边说了很久，说着说着，好像又闻到了那年夏夜的槐花香。",
]

E_SEWINGBASKET = [
    "母亲有一个针线笸箩，是外婆给她的陪嫁。笸箩是用柳条编的，圆圆的，边上包着一圈蓝布，年头久了，蓝布洗得发白，柳条也被摩挲得油亮。",
    "笸箩里的东西，我小时候一样一样都数过：几团各色的棉线，一个铜顶针，大大小小十几根针插在一块红绒布上，一把剪刀，一块画粉，还有一小盒扣子，有木头的，有骨头的，也有从旧衣服上拆下来的有机玻璃扣。",
    "那时候家里孩子多，衣服总是大的穿了小的穿，破了补，补了再穿。每天晚上，母亲把笸箩放在膝盖上，就着一盏十五瓦的灯泡，缝缝补补，一直到深夜。我常常一觉醒来，还看见她低着头，一针一线地缝着，影子印在墙上，很大很大。",
    "过年前那一个月，是母亲最忙的时候。她要给我们兄妹四个每人做一双新布鞋。先打袼褙，再剪鞋样，然后一层一层地纳鞋底。纳鞋底最费力气，针要先用顶针顶进去，再用牙咬着拔出来。母亲的手指上，常年有几道裂口，贴着胶布。",
    "大年初一的早上，我们穿上新鞋，在院子里跑来跑去。母亲倚在门口看着，脸上是笑，眼睛却红红的。那时我不懂，后来才知道，那是累的。",
    "我们兄妹几个陆续长大，离开了家。母亲的针线活渐渐少了，笸箩也不常拿出来了。可每次回家，我都会看见它放在母亲床头的柜子上，里面的东西还是那些，整整齐齐。",
    "去年冬天，我的一件毛衣袖口脱了线，母亲看见了，非要给我补。她戴上老花镜，穿了好几次针都没穿进去，最后还是我帮她穿上的。她补得很慢，针脚也不如从前匀称了。我站在一旁看着，忽然很想哭。",
    "那个笸箩，装的不只是针头线脑，还有母亲的大半辈子。",
]

E_FURNACE = [
    "我第一次走进炼钢车间，是十年前的夏天。热浪扑面而来，电弧炉里钢水翻滚，火花四溅，震耳的轰鸣声让我几乎听不见师傅在说什么。那一刻我有些害怕，也有些兴奋。",
    "师傅姓丁，是车间里有名的“老炉长”，干了三十多年炼钢。他看钢水的颜色就能估出温度，差不了二十度。我问他有什么诀窍，他说：“没有诀窍，就是多看、多记、多琢磨。”",
    "从那以后，我每天比别人早到半小时，把前一天的炉次记录翻一遍；每一炉钢出来，都跑去化验室问成分。笔记本记满了一本又一本。三年后，我第一次独立当班，那一炉钢的成分全部合格，丁师傅拍着我的肩膀，只说了一句：“行，没给我丢人。”",
    "去年，公司承接了一批大型锻件订单，对钢水纯净度的要求比以往高出一大截。我们班组连续攻关两个多月，改进了精炼工艺，最终把有害元素含量降到了标准以下。交货那天，看着锻件吊装上车，我在车间门口站了很久。",
    "十年过去，炉火依旧。我常想，所谓青春，也许就是把一件事做好，再做得更好一点。",
]
E_CALIPER = [
    "我的工具柜里放着一把旧游标卡尺，是我进厂时师傅送的。卡尺的刻度已经有些模糊，尺框上有几道划痕，可我一直舍不得换。",
    "做质检工作，每天和数字打交道。零点零一毫米的误差，放在别处不值一提，放在我们这里，可能就意味着一个部件报废，甚至一台设备出问题。师傅常说，质检员手里的尺子，量的是产品，也是良心。",
    "记得有一次，一批轴类零件送检，我在复检时发现其中一件的尺寸处在公差边缘。按规定可以判合格，但我总觉得不放心，又用三坐标测量仪复测了一遍，发现它的圆度超差。后来查明，是机床主轴出现了轻微磨损。及时更换后，避免了后面一整批零件的质量问题。",
    "如今，检测中心已经用上了很多智能设备，测量又快又准。但我还是习惯把那把旧卡尺放在手边。它提醒我，再先进的仪器，也需要一双认真的眼睛。",
]
E_NIGHTSHIFT = [
    "我是物流保障部的一名叉车司机，上的是三班倒。夜班从晚上十一点开始，到第二天早上七点结束。",
    "很多人觉得夜班辛苦，其实夜里的厂区别有一番样子。路灯把主干道照得通亮，车间的窗户里透出一片片灯光，机器的声音远远传来，低沉而有节奏，像是这座工厂的心跳。",
    "凌晨两点是最困的时候。这时候，我就把车窗摇下来，让冷风吹一吹，再从口袋里摸出一颗薄荷糖。对讲机里，调度员的声音准时响起：“三号库，钢板两垛，送二车间。”我应一声，踩下油门。",
    "有一年冬天下大雪，二车间急需一批原材料。路面结了冰，叉车打滑，我和同事们拿着铁锹一边铲雪一边往前挪，八百米的路走了一个多小时。材料送到时，车间主任递过来一杯热茶，我的手冻得连杯子都握不住。",
    "天快亮的时候，东边的天空一点点变白，早班的工友们陆续走进厂门。我把叉车停回原位，擦干净，交接完毕，骑上电动车回家。路上，太阳升起来了。",
]

E_MASTER = [
    "老秦是我的师傅，大名秦永福，今年五十八岁，还有两年退休。车间里的年轻人都叫他秦师傅，只有几个老工友喊他“老秦”。",
    "我刚进厂那年，被分到老秦的班组学习数控加工。第一天见面，他没跟我说几句话，只是递给我一块抹布，让我把机床擦干净。我擦了整整一上午，他过来看了一眼，用手指在导轨缝里一抹，指尖黑了一片。他什么也没说，我却脸红到了耳根。",
    "后来我才知道，老秦对机床的爱护在全车间是出了名的。他那台用了十几年的老设备，精度比很多新机床还高。他说，机床跟人一样，你对它好，它就对你好。",
    "老秦的技术好，脾气却倔。有一回，一批零件的图纸有问题，按图纸加工出来肯定装不上。技术员说先按图做，有问题再改。老秦不干，拿着图纸跑了三趟技术科，硬是把图纸改了过来。事后技术员专门来找他道谢，他摆摆手说：“都是为了活儿好。”",
    "这些年，老秦带出了二十多个徒弟，有的成了技术骨干，有的当上了班组长。他总说，手艺不能带进棺材里，能教给年轻人多少就教多少。他把自己几十年的操作心得整理成了一本小册子，用钢笔一笔一笔写成，复印了发给班组里的每一个人。",
    "去年，车间引进了一条智能化生产线，很多老师傅都觉得不适应。老秦却主动报名参加培训，跟着二十出头的小伙子们一起学编程。下了班，他还戴着老花镜在宿舍里翻说明书。没过多久，他就成了生产线上最熟练的操作员之一。",
    "有人问他，都快退休了，还这么拼干什么。老秦笑笑说：“干一天就要像一天的样子。”",
    "这句话，我一直记着。",
]

E_POTHOS = [
    "我们车间的窗台上，有一盆绿萝。",
    "说不清是谁最先把它搬来的。有人说是前几年退休的李班长，也有人说是一个实习的大学生，走的时候忘了带。总之，它就在那里了，靠着东边的第三扇窗户，每天能晒到两三个小时的太阳。",
    "车间里的环境并不适合养花。夏天闷热，冬天干燥，空气里总飘着一股机油的味道。可这盆绿萝偏偏长得很好，藤蔓从花盆里垂下来，顺着窗框爬了半圈，叶子油绿油绿的，在灰扑扑的车间里格外显眼。",
    "照顾它的人很多。早班的老周每天上班第一件事，是用自己的水杯给它浇点水；质检员小林隔一段时间会给它擦擦叶子上的灰；到了冬天，不知道是谁找来一块旧纸板，挡在窗户缝上，怕它冻着。没有人安排，也没有人说起，大家就这么默默地照顾着它。",
    "去年夏天，车间搞设备改造，窗台要临时拆掉。施工前一天，好几个人跑来问绿萝怎么办。最后，班长把它搬进了休息室，放在饮水机旁边。改造持续了一个多月，那段时间大家都很忙，可绿萝一天也没缺过水。",
    "改造完成后，绿萝又回到了窗台上。新换的窗户更大更亮，阳光照进来，它好像一下子又长高了一截。",
    "我常常在休息的间隙，站在窗边看看它。它不名贵，也不娇气，给点水就能活，有点阳光就能长。我想，我们车间的这些人，大概也像这盆绿萝一样吧，在平凡的岗位上，安安静静地生长着。",
]

# ============================================================ 1. tianxun ==
# 天讯网 www.tianxun.com - national news portal, UTF-8.

TX_RANK = ["多地发布高温预警 专家提醒注意防暑", "暑期出游高峰来临 铁路部门加开列车", "教育部门：严禁以任何形式举办重点班",
           "新能源汽车下乡活动启动 覆盖百余县市", "一图读懂今年个税汇算新变化", "“村超”再度火爆 小县城迎来八方客",
           "全国夏粮收购进度过半", "多家银行下调存款利率", "城市更新如何留住“老味道”", "高校毕业生就业服务月活动启动"]
TX_HOT = ["【热点】老旧小区改造进入“精细化”阶段", "【热点】社区食堂如何办得长久", "【热点】县域商业体系建设观察",
          "【热点】乡村医生队伍稳定调查", "【热点】“一老一小”服务清单来了", "【热点】夜间经济的县城样本",
          "【热点】青年返乡创业新动向", "【热点】适老化改造走进千家万户"]


def tx_head(title, col, desc, pubtime, extra_meta=""):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<title>{esc(title)}_{col}_天讯网</title>
<meta name="keywords" content="{col},天讯网,新闻">
<meta name="description" content="{esc(desc)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="天讯网">
<meta name="publishdate" content="{pubtime[:10]}">
{extra_meta}<link rel="stylesheet" href="//static.tianxun.com/css/common.v3.2.css">
<link rel="stylesheet" href="//static.tianxun.com/css/article.v3.2.css">
<script src="//static.tianxun.com/js/jquery-1.12.4.min.js"></script>
<script>
  var ARTICLE_CONFIG = {{"channel":"{col}","pubtime":"{pubtime}","comment":true,"ad":["tx_art_r1","tx_art_b1"]}};
  (function(){{var s=document.createElement('script');s.src='//tj.tianxun.com/tj.js?v=3';document.head.appendChild(s);}})();
</script>
</head>
"""


def tx_top(col):
    on = ' class="on"'
    nav = "".join(f'<li{on if c == col else ""}><a href="https://www.tianxun.com/{p}/">{c}</a></li>'
                  for c, p in [("首页", ""), ("时政", "politics"), ("国际", "world"), ("社会", "society"),
                               ("财经", "finance"), ("科技", "tech"), ("教育", "edu"), ("健康", "health"),
                               ("文旅", "culture"), ("视频", "video"), ("专题", "special"), ("评论", "opinion")])
    return f"""<body>
<div class="tx-topbar"><div class="w1200"><span class="fl">天讯网——权威 · 及时 · 温度</span>
<span class="fr"><a href="https://app.tianxun.com/">客户端下载</a> | <a href="https://passport.tianxun.com/login">登录</a> | <a href="https://passport.tianxun.com/reg">注册</a></span></div></div>
<div class="tx-header w1200 clearfix">
  <a class="logo" href="https://www.tianxun.com/"><img src="//static.tianxun.com/img/logo.png" alt="天讯网"></a>
  <form class="search" action="https://search.tianxun.com/" method="get"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form>
</div>
<div class="tx-nav"><ul class="w1200">{nav}</ul></div>
"""


def tx_side():
    rank = "\n".join(f'<li><em class="n{i + 1}">{i + 1}</em><a href="https://www.tianxun.com/society/2024/06/1{i}/{70321 + i * 17}.html">{t}</a></li>'
                     for i, t in enumerate(TX_RANK))
    hot = "\n".join(f'<li><a href="https://www.tianxun.com/special/hot{i}.html">{t}</a></li>' for i, t in enumerate(TX_HOT))
    return f"""<div class="main-right">
  <div class="side-box rank"><div class="side-tit"><h3>点击排行</h3><span class="tab"><a class="on">24小时</a><a>一周</a></span></div>
  <ol>
{rank}
  </ol></div>
  <div class="side-ad"><script>txAd.show('tx_art_r1');</script></div>
  <div class="side-box hot"><div class="side-tit"><h3>热点</h3></div><ul>
{hot}
  </ul></div>
  <div class="side-box app"><img src="//static.tianxun.com/img/app_qr.png" alt=""><p>扫码下载天讯新闻客户端</p></div>
</div>
"""


def tx_foot():
    return """<div class="tx-footer">
  <div class="w1200">
    <p><a href="https://www.tianxun.com/about/">关于我们</a> | <a href="https://www.tianxun.com/about/contact.html">联系我们</a> | <a href="https://www.tianxun.com/about/ad.html">广告服务</a> | <a href="https://www.tianxun.com/about/jubao.html">违法和不良信息举报</a> | <a href="https://www.tianxun.com/about/copyright.html">版权声明</a></p>
    <p>互联网新闻信息服务许可证：10120170098 &nbsp; 京ICP备17034521号-1 &nbsp; 京公网安备 11010502037755号</p>
    <p>Copyright &copy; 2008-2024 天讯网 All Rights Reserved &nbsp; 举报电话：010-56781234</p>
  </div>
</div>
<!-- /footer -->
<script src="//static.tianxun.com/js/article.v3.2.js"></script>
<script>txShare.init({wx:true,wb:true,qzone:true});</script>
</body>
</html>
"""


def tx_body_paras(paras, headings, captions, imgs):
    out = []
    for i, p in enumerate(paras):
        if i in captions:
            out.append(f'<p class="pic" style="text-align:center"><img src="{imgs[i]}" alt="" width="600"></p>\n'
                       f'<p class="pic-info" style="text-align:center;color:#666;font-size:14px">{esc(p)}</p>')
        elif i in headings:
            out.append(f'<p class="subtitle"><strong>{esc(p)}</strong></p>')
        else:
            out.append(f'<p>{esc(p)}</p>')
    return "\n".join(out)


def tx_article(url, title, col, pubtime, author_line, body, pager="", related=(), video="", desc=""):
    rel = "\n".join(f'<li><a href="{u}">{esc(t)}</a><span>{d}</span></li>' for t, u, d in related)
    return (tx_head(title, col, desc, pubtime) + tx_top(col) + f"""<div class="crumb w1200">当前位置：<a href="https://www.tianxun.com/">首页</a> &gt; <a href="https://www.tianxun.com/society/">{col}</a> &gt; 正文</div>
<div class="w1200 clearfix">
<div class="main-left">
  <div class="article-head">
    <h1 class="article-title">{esc(title)}</h1>
    <div class="article-info">
      <span class="time">{pubtime}</span>
      <span class="source">来源：天讯网</span>
      <span class="author">{author_line}</span>
      <span class="fontsize">字号：<a href="javascript:;" class="big">大</a> <a href="javascript:;" class="mid">中</a> <a href="javascript:;" class="small">小</a></span>
    </div>
  </div>
  <div class="share-bar" id="shareTop">分享到：<a class="wx" title="微信">微信</a><a class="wb" title="微博">微博</a><a class="qz" title="QQ空间">QQ空间</a><a class="cp" title="复制链接">复制链接</a></div>
  <!-- 正文开始 -->
  <div class="article-content" id="artibody">
{video}{body}
  </div>
  <!-- 正文结束 -->
{pager}  <div class="editor-line" style="text-align:right;color:#888">（编辑：黄一帆　责编：孙铭）</div>
  <div class="copyright-note">本文为天讯网原创，转载请注明出处。</div>
  <div class="share-bar bottom">
    <a class="like" href="javascript:;">点赞 <span id="likeNum">0</span></a>
    <span>分享到：</span><a class="wx">微信</a><a class="wb">微博</a><a class="qz">QQ空间</a>
  </div>
  <div class="related"><h3>相关新闻</h3><ul>
{rel}
  </ul></div>
  <div class="comment-box" id="comment"><h3>网友评论</h3><textarea placeholder="文明上网，理性发言"></textarea><button>发表评论</button><p class="tip">已有 <em>0</em> 条评论，<a href="https://comment.tianxun.com/">查看全部</a></p></div>
  <div class="bottom-ad"><script>txAd.show('tx_art_b1');</script></div>
</div>
{tx_side()}</div>
""" + tx_foot())


def build_tianxun():
    # -- page 1: night market, video placeholder
    url = "https://www.tianxun.com/society/2024/06/12/70288.html"
    title = "夜市回来了：一座县城的烟火气"
    video = """<div class="video-box" id="txPlayer_70288" data-vid="v20240611093" style="width:640px;height:360px;margin:0 auto 20px;background:#000;position:relative">
  <img class="poster" src="//img.tianxun.com/video/2024/06/v20240611093.jpg" alt="" width="640" height="360">
  <span class="play-btn"></span>
  <p class="video-tip" style="color:#fff">视频加载中，请稍候……</p>
  <div class="ctrl"><span class="cur">00:00</span> / <span class="dur">02:36</span></div>
  <noscript>您的浏览器不支持视频播放，请升级浏览器。</noscript>
</div>
<p class="video-credit" style="text-align:center;color:#999;font-size:12px">视频制作：天讯网视频中心 王楠</p>
"""
    imgs = {NIGHT_CAPTION: "//img.tianxun.com/2024/06/12/70288_1.jpg"}
    body = tx_body_paras(E_NIGHTMARKET, NIGHT_HEADINGS, {NIGHT_CAPTION}, imgs)
    body = body.replace(f'<p class="pic-info" style="text-align:center;color:#666;font-size:14px">{esc(E_NIGHTMARKET[NIGHT_CAPTION])}</p>',
                        f'<p class="pic-info" style="text-align:center;color:#666;font-size:14px">{esc(E_NIGHTMARKET[NIGHT_CAPTION])}</p>\n'
                        '<p class="pic-credit" style="text-align:center;color:#999;font-size:12px">图片来源：天讯网记者 郑雨桐 摄</p>')
    related = [("县域商业体系建设观察：小城消费新活力", "https://www.tianxun.com/finance/2024/06/03/69811.html", "2024-06-03"),
               ("夜间经济如何“亮”得更久", "https://www.tianxun.com/opinion/2024/05/28/69530.html", "2024-05-28"),
               ("多地出台措施规范流动摊贩经营", "https://www.tianxun.com/society/2024/05/19/69102.html", "2024-05-19"),
               ("返乡青年：在老家开一家小店", "https://www.tianxun.com/society/2024/05/06/68577.html", "2024-05-06")]
    page = tx_article(url, title, "社会", "2024-06-12 08:35:21", "天讯网记者 郑雨桐", body,
                      related=related, video=video, desc="青溪县临江路夜市今年四月重新开放。")
    emit("x-tianxun-1.html", page, "utf-8", url, "utf-8", title, "郑雨桐", "2024-06-12", E_NIGHTMARKET)

    # -- pages 2 and 3: one article over two pages
    title = "老楼装上了电梯：一栋楼七十二户人家的协商账"
    url2 = "https://www.tianxun.com/society/2024/05/27/69877.html"
    url3 = "https://www.tianxun.com/society/2024/05/27/69877_2.html"
    rel = [("老旧小区加装电梯有了“全流程”指引", "https://www.tianxun.com/society/2024/04/11/67702.html", "2024-04-11"),
           ("适老化改造走进千家万户", "https://www.tianxun.com/special/hot7.html", "2024-03-30"),
           ("社区议事会：小事大家商量着办", "https://www.tianxun.com/society/2024/03/02/66120.html", "2024-03-02")]
    pager1 = """  <div class="page-nav" id="pageNav"><span class="cur">1</span><a href="69877_2.html">2</a><a class="next" href="69877_2.html">下一页</a></div>
"""
    pager2 = """  <div class="page-nav" id="pageNav"><a class="prev" href="69877.html">上一页</a><a href="69877.html">1</a><span class="cur">2</span></div>
"""
    body2 = tx_body_paras(E_ELEVATOR_1, {2}, set(), {})
    body3 = tx_body_paras(E_ELEVATOR_2, ELEV2_HEADINGS, {ELEV2_CAPTION},
                          {ELEV2_CAPTION: "//img.tianxun.com/2024/05/27/69877_2.jpg"})
    p2 = tx_article(url2, title, "社会", "2024-05-27 07:10:05", "天讯网记者 陆清扬", body2, pager=pager1,
                    related=rel, desc="一栋没有电梯的老楼，七十二户人家商量了六年。")
    p3 = tx_article(url3, title, "社会", "2024-05-27 07:10:05", "天讯网记者 陆清扬", body3, pager=pager2,
                    related=rel, desc="一栋没有电梯的老楼，七十二户人家商量了六年。")
    p3 = p3.replace(f"<title>{title}_社会_天讯网</title>", f"<title>{title}(2)_社会_天讯网</title>")
    emit("x-tianxun-2.html", p2, "utf-8", url2, "utf-8", title, "陆清扬", "2024-05-27", E_ELEVATOR_1)
    emit("x-tianxun-3.html", p3, "utf-8", url3, "utf-8", title, "陆清扬", "2024-05-27", E_ELEVATOR_2)

    # -- page 4: 专题 page (listing)
    url = "https://www.tianxun.com/special/2024jiuye/"
    secs = [("最新动态", ["高校毕业生就业服务月活动启动", "百日千万招聘专项行动推出岗位超千万个", "多地开展“就业护航”专项行动",
                         "国有企业今年计划招聘高校毕业生规模稳中有增", "基层服务项目招募工作陆续开始", "人社部门提醒：警惕求职陷阱"]),
            ("政策解读", ["一图读懂毕业生就业创业扶持政策", "灵活就业人员社保怎么缴？权威解答来了", "见习补贴、一次性扩岗补助如何申领",
                         "专家解读：毕业生档案去哪儿了"]),
            ("就业故事", ["从实验室到车间：一名硕士的“车间一年”", "回到县城当老师，她说不后悔", "三次转行之后，他找到了自己的方向",
                         "毕业生在社区：小岗位里的大课堂", "给家乡的茶叶开一家网店"]),
            ("评论", ["让每一份努力都有回报", "就业观念需要与时俱进", "别让“慢就业”变成“懒就业”"])]
    blocks = []
    for k, (name, items) in enumerate(secs):
        lis = "\n".join(f'<li><a href="https://www.tianxun.com/edu/2024/06/{10 + j:02d}/{71000 + k * 40 + j}.html" target="_blank">{t}</a><span class="date">06-{10 + j:02d}</span></li>'
                        for j, t in enumerate(items))
        blocks.append(f'<div class="zt-sec" id="sec{k}"><div class="zt-sec-tit"><h2>{name}</h2><a class="more" href="list_{k}.html">更多&gt;&gt;</a></div><ul class="zt-list">\n{lis}\n</ul></div>')
    pics = "\n".join(f'<li><a href="https://www.tianxun.com/photo/2024/06/{p}.html"><img src="//img.tianxun.com/zt/2024jiuye/p{i}.jpg" alt=""><p>{t}</p></a></li>'
                     for i, (t, p) in enumerate([("招聘会现场人头攒动", "88120"), ("毕业生在企业开放日参观", "88131"),
                                                 ("直播带岗走进校园", "88145"), ("基层岗位上的年轻面孔", "88152")]))
    page = tx_head("2024高校毕业生就业季", "专题", "天讯网专题：2024高校毕业生就业季", "2024-06-10 00:00:00") + tx_top("专题") + f"""<div class="zt-banner" style="background:url(//img.tianxun.com/zt/2024jiuye/banner.jpg) center top no-repeat;height:320px">
  <h1 class="zt-title">2024高校毕业生就业季</h1>
</div>
<div class="w1200 zt-intro"><strong>导语：</strong>今年高校毕业生规模预计达1179万人。天讯网推出专题，关注政策、服务与年轻人的选择。</div>
<div class="w1200 zt-pics"><h2>图说</h2><ul>
{pics}
</ul></div>
<div class="w1200 clearfix zt-main">
{chr(10).join(blocks)}
</div>
<div class="w1200 zt-share">分享专题：<a class="wx">微信</a><a class="wb">微博</a><a class="qz">QQ空间</a></div>
""" + tx_foot()
    emit("x-tianxun-4.html", page, "utf-8", url, "utf-8", kind="listing")

# ============================================================= 2. zhiwen ==
# 知问 www.zhiwen.com - Q&A platform with 专栏 (columns), UTF-8, SSR React page.
import json


def zw_head(title, desc, extra=""):
    return f"""<!doctype html>
<html lang="zh" data-hairline="true" data-theme="light"><head><meta charSet="utf-8"/><title data-rh="true">{esc(title)} - 知问</title><meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1"/><meta name="renderer" content="webkit"/><meta name="force-rendering" content="webkit"/><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/><meta data-rh="true" name="description" content="{esc(desc)}"/>{extra}<link rel="shortcut icon" href="https://static.zhiwen.com/heifetz/favicon.ico"/><link href="https://static.zhiwen.com/column/main.app.4f1c2a9e.css" crossorigin="" rel="stylesheet"/><link href="https://static.zhiwen.com/column/main.richtext.77d0be13.css" crossorigin="" rel="stylesheet"/><script nonce="a1b2c3" data-web-reporter-config="{{&quot;platform&quot;:&quot;web&quot;,&quot;project&quot;:&quot;column&quot;}}">!function(){{window.__zw_perf=Date.now()}}();</script></head>
"""


def zw_header(colname, colslug):
    return f"""<body><div id="root"><div class="App"><div class="ColumnPageHeader-Wrapper"><div><div class="Sticky ColumnPageHeader"><div class="ColumnPageHeader-content"><a href="https://www.zhiwen.com/" aria-label="知问"><svg viewBox="0 0 64 30" fill="#1772F6" width="64" height="30"><path d="M29.05 4.582H16.733V25.94h3.018l.403 2.572 4.081-2.572h4.815V4.582z"></path></svg></a><i class="ColumnPageHeader-Line"></i><div class="ColumnPageHeader-Title"><div class="css-zyehvu"><span class="css-1dvq6r9">首发于</span><a class="ColumnLink ColumnPageHeader-TitleColumn" href="https://www.zhiwen.com/column/{colslug}">{colname}</a></div></div><div class="ColumnPageHeader-Button"><button type="button" class="Button ColumnPageHeader-WriteButton FEfUrdfMIKpQDJDqkjte Button--blue">写文章</button><button type="button" class="Button css-1x8qj4a">登录/注册</button></div></div></div></div></div>
"""


def zw_paras(paras, headings):
    out = []
    for i, p in enumerate(paras):
        pid = "p" + format((i * 7919 + 104729) % 65536, "04x")
        if i in headings:
            out.append(f'<h2>{esc(p)}</h2>')
        else:
            out.append(f'<p data-pid="{pid}">{esc(p)}</p>')
    return "".join(out)


def zw_comments(items, total):
    out = []
    for name, when, text, likes, folded in items:
        sub = f'<div class="css-1kwt8l8"><button type="button" class="Button css-1ebi7xf">展开其余 {folded} 条回复</button></div>' if folded else ""
        out.append(f'<div class="css-18ld3w0" data-id="{abs(hash_s(name)) % 10 ** 10}"><div class="css-jp43l4"><img class="Avatar css-1vgs3lq" src="https://pic1.zhiwenimg.com/v2-{hash_s(name) % 99991:05d}_l.jpg" alt=""/><div class="css-14nvvry"><div class="css-swj9d4"><a class="css-10u695f" href="https://www.zhiwen.com/people/u{hash_s(name) % 99991}">{name}</a></div><div class="CommentContent css-1jpzztt">{esc(text)}</div><div class="css-140jo2"><span class="css-12cl38p">{when}</span><button class="Button css-1vd72tl">回复</button><button class="Button css-1vd72tl">喜欢 {likes}</button></div></div></div>{sub}</div>')
    return (f'<div class="Comments-container css-plbgu"><div class="css-1onritu"><div class="css-u76jt1">评论 {total}</div><div class="css-1k10w8f"><button class="Button css-1ay0t5e">默认</button><button class="Button css-1ay0t5e">最新</button></div></div>'
            + "".join(out) + f'<div class="css-wu78cf"><button type="button" class="Button css-1ebi7xf">点击查看全部评论</button></div><div class="css-1i12cbe"><div class="InputLike css-1n0wjv3" placeholder="理性发言，友善互动">理性发言，友善互动</div></div></div>')


def hash_s(s):
    h = 5381
    for ch in s:
        h = (h * 33 + ord(ch)) & 0x7FFFFFFF
    return h


def zw_article(url, aid, title, author, badge, colname, colslug, paras, headings, votes, top_time, bottom_time,
               topics, comments, ncomm, recs, pub_iso, mod_iso):
    body_html = zw_paras(paras, headings)
    init = {"initialState": {"entities": {"articles": {str(aid): {
        "id": aid, "title": title, "type": "article", "created": pub_iso, "updated": mod_iso,
        "voteupCount": votes, "commentCount": ncomm, "author": {"name": author, "headline": badge},
        "column": {"title": colname, "id": colslug}, "excerpt": paras[0][:60] + "…"}}}},
        "subAppName": "column", "spanName": "Post"}
    init_js = json.dumps(init, ensure_ascii=False).replace("</", "<\\/")
    extra = (f'<meta data-rh="true" property="og:title" content="{esc(title)}"/>'
             f'<meta data-rh="true" property="og:url" content="{url}"/><meta data-rh="true" property="og:type" content="article"/>'
             f'<meta data-rh="true" itemProp="datePublished" content="{pub_iso}"/><meta data-rh="true" itemProp="dateModified" content="{mod_iso}"/>')
    toptime = f'<div class="Post-Header-time css-1gvsmgz">{top_time}</div>' if top_time else ""
    tops = "".join(f'<div class="Tag Topic css-1s3a4zw"><a class="TopicLink" href="https://www.zhiwen.com/topic/{190000 + hash_s(t) % 9999}">{t}</a></div>' for t in topics)
    rec = "".join(f'<div class="PostItem css-12x5ynj"><a href="https://www.zhiwen.com/p/{pid}"><h3 class="PostItem-title">{esc(t)}</h3><p class="PostItem-summary">{esc(s)}</p></a></div>' for t, pid, s in recs)
    return zw_head(title, paras[0][:80], extra) + zw_header(colname, colslug) + f"""<main role="main" class="App-main"><div class="Post-content" data-zop-usertoken="{{&quot;userToken&quot;:&quot;&quot;}}" data-zop="{{&quot;authorName&quot;:&quot;{author}&quot;,&quot;itemId&quot;:{aid},&quot;title&quot;:&quot;{esc(title)}&quot;,&quot;type&quot;:&quot;article&quot;}}"><div class="Post-Row-Content"><div class="Post-Row-Content-left"><article class="Post-Main Post-NormalMain" tabindex="-1"><header class="Post-Header"><h1 class="Post-Title">{esc(title)}</h1><div class="Post-Author"><div class="AuthorInfo" itemProp="author" itemscope="" itemType="http://schema.org/Person"><meta itemProp="name" content="{author}"/><span class="UserLink AuthorInfo-avatarWrapper"><img class="Avatar Avatar--round AuthorInfo-avatar" width="38" height="38" src="https://pic2.zhiwenimg.com/v2-{hash_s(author) % 99991:05d}_l.jpg" alt="{author}"/></span><div class="AuthorInfo-content"><div class="AuthorInfo-head"><span class="UserLink AuthorInfo-name"><a class="UserLink-link" href="https://www.zhiwen.com/people/u{hash_s(author) % 99991}">{author}</a></span></div><div class="AuthorInfo-detail"><div class="AuthorInfo-badge"><div class="ztext AuthorInfo-badgeText css-14ur8a8">{badge}</div></div></div></div><button type="button" class="Button FollowButton FEfUrdfMIKpQDJDqkjte Button--primary Button--blue">关注</button></div></div><div class="LabelContainer-wrapper"></div><div><span class="Voters"><button type="button" class="Button FEfUrdfMIKpQDJDqkjte Button--plain">{votes:,} 人赞同了该文章</button></span></div>{toptime}</header><div class="Post-RichTextContainer"><div class="css-376mun"><div class="RichText ztext Post-RichText css-1g0fqss" options="[object Object]">{body_html}</div></div></div><div class="ContentItem-time">{bottom_time}</div><div class="Post-topicsAndReviewer"><div class="TopicList Post-Topics">{tops}</div></div><div class="RichContent-actions is-fixed is-bottom"><div class="ContentItem-actions"><span><button aria-label="赞同 {votes}" type="button" class="Button VoteButton VoteButton--up">赞同 {votes:,}</button><button aria-label="反对" type="button" class="Button VoteButton VoteButton--down"></button></span><button type="button" class="Button BottomActions-CommentBtn Button--plain">{ncomm} 条评论</button><div class="Popover ShareMenu"><button type="button" class="Button Button--plain">分享</button></div><button type="button" class="Button Button--plain">喜欢</button><button type="button" class="Button Button--plain">收藏</button><button type="button" class="Button Button--plain">申请转载</button></div></div></article></div></div><div class="Post-Sub Post-NormalSub">{zw_comments(comments, ncomm)}<div class="PostIndex-Contributions"><h3 class="BlockTitle">文章被以下专栏收录</h3><div class="ContentItem Column-ColumnItem"><a href="https://www.zhiwen.com/column/{colslug}"><div class="ContentItem-title">{colname}</div></a><div class="ContentItem-meta">{colname}的专栏</div></div></div><div class="Recommendations-Main"><h3 class="BlockTitle Recommendations-BlockTitle">推荐阅读</h3><div class="Recommendations-List">{rec}</div></div></div></div></main></div></div><script id="js-clientConfig" type="text/json">{{"host":"zhiwen.com","protocol":"https:","fetchRoot":{{"www":"https://www.zhiwen.com","api":"https://api.zhiwen.com"}}}}</script><script id="js-initialData" type="text/json">{init_js}</script><script src="https://static.zhiwen.com/column/runtime.app.a2f8e1.js" defer=""></script><script src="https://static.zhiwen.com/column/main.app.8c3d77.js" defer=""></script></body></html>"""


def zw_listing(title, url_head, header_html, items):
    lis = "".join(f'<div class="List-item"><div class="ContentItem ArticleItem"><h2 class="ContentItem-title"><a href="https://www.zhiwen.com/p/{pid}" target="_blank">{esc(t)}</a></h2><div class="RichContent is-collapsed"><div class="RichContent-inner"><span class="RichText ztext CopyrightRichText-richText">{esc(who)}：{esc(s)}</span><button type="button" class="Button ContentItem-more Button--plain">阅读全文<span>​</span></button></div><div class="ContentItem-actions"><button class="Button VoteButton VoteButton--up">赞同 {v}</button><button class="Button Button--plain">{c} 条评论</button><span class="ContentItem-time">{d}</span></div></div></div></div>'
                  for t, pid, who, s, v, c, d in items)
    return zw_head(title, title) + f"""<body><div id="root"><div class="App"><header role="banner" class="AppHeader"><div class="AppHeader-inner"><a href="https://www.zhiwen.com/" aria-label="知问">知问</a><ul role="navigation" class="Tabs AppHeader-Tabs"><li class="Tabs-item"><a class="Tabs-link" href="https://www.zhiwen.com/">首页</a></li><li class="Tabs-item"><a class="Tabs-link" href="https://www.zhiwen.com/explore">发现</a></li><li class="Tabs-item"><a class="Tabs-link" href="https://www.zhiwen.com/question/waiting">等你来答</a></li></ul><div class="SearchBar"><input type="text" class="Input" placeholder="搜索你感兴趣的内容…"/><button class="Button SearchBar-askButton">提问</button></div></div></header><main role="main" class="App-main">{header_html}<div class="List"><div class="List-header"><h4 class="List-headerText">文章</h4></div>{lis}<div class="Pagination"><button class="Button PaginationButton PaginationButton--current">1</button><button class="Button PaginationButton">2</button><button class="Button PaginationButton">3</button><button class="Button PaginationButton PaginationButton-next">下一页</button></div></div></main><footer class="Footer"><span>&copy; 2024 知问</span> <a href="https://www.zhiwen.com/term/privacy">隐私政策</a> <a href="https://www.zhiwen.com/jubao">举报中心</a> <span>京ICP证180231号</span></footer></div></div><script src="https://static.zhiwen.com/column/main.app.8c3d77.js" defer=""></script></body></html>"""


def build_zhiwen():
    url = "https://www.zhiwen.com/p/661803452"
    title = "为什么我建议每个人都学会做几道家常菜"
    comments = [("阿柚", "2023-11-03", "第三点太真实了，我收藏了两百多个菜谱，一个都没做过。", 312, 12),
                ("南风知我意", "2023-11-02", "不粘锅那条必须顶一下，新手用铁锅真的会崩溃。", 187, 5),
                ("陈小木", "2023-11-04", "看完去超市买了西红柿和鸡蛋。", 96, 0)]
    recs = [("独居三年，我学会的十件小事", "662015587", "一个人住，最先学会的是给自己做一顿像样的早饭……"),
            ("一周备菜清单：上班族也能吃好", "659903214", "周日花两个小时，工作日每天十五分钟开饭……"),
            ("厨房小白常犯的七个错误", "657781920", "油温不够就下锅，是很多人炒菜不香的原因……")]
    page = zw_article(url, 661803452, title, "许乔木", "美食爱好者 / 独居生活记录者", "一个人的厨房", "c_1298331",
                      E_COOKING, COOK_HEADINGS, 1236, "", "发布于 2023-11-02 10:15・IP 属地浙江",
                      ["烹饪", "独居生活", "家常菜"], comments, 86, recs,
                      "2023-11-02T10:15:42+08:00", "2023-11-02T10:15:42+08:00")
    emit("x-zhiwen-1.html", page, "utf-8", url, "utf-8", title, "许乔木", "2023-11-02", E_COOKING)

    url = "https://www.zhiwen.com/p/688214530"
    title = "在县图书馆做了三年周末志愿者"
    comments = [("书虫一只", "2024-02-18", "那个坐在角落里的男孩，看得我鼻子一酸。", 458, 23),
                ("老猫", "2024-02-17", "我们这里的图书馆也在招，周末去问问。", 201, 3),
                ("林间小路", "2024-02-20", "请问志愿者需要什么资格吗？", 34, 2)]
    recs = [("县城的公共文化生活，正在悄悄变化", "687330141", "图书馆、文化馆、城市书房……"),
            ("给孩子选绘本，我踩过的那些坑", "684412097", "不是所有获奖绘本都适合你的孩子……")]
    page = zw_article(url, 688214530, title, "温言", "公务员 / 业余读书人", "小城日常", "c_1410027",
                      E_LIBRARY, set(), 3517, "发布于 2024-02-17 20:11",
                      "编辑于 2024-02-19 21:03・IP 属地湖南", ["志愿服务", "公共图书馆", "阅读"], comments, 142, recs,
                      "2024-02-17T20:11:09+08:00", "2024-02-19T21:03:55+08:00")
    emit("x-zhiwen-2.html", page, "utf-8", url, "utf-8", title, "温言", "2024-02-17", E_LIBRARY)

    # -- page 3: the column's index (listing)
    url = "https://www.zhiwen.com/column/c_1298331"
    items = [("为什么我建议每个人都学会做几道家常菜", "661803452", "许乔木", "大学毕业那年，我一个人搬到一座陌生的城市，租了一间带小厨房的单间……", "1,236", 86, "2023-11-02"),
             ("独居三年，我学会的十件小事", "662015587", "许乔木", "一个人住，最先学会的是给自己做一顿像样的早饭……", "2,104", 131, "2023-10-15"),
             ("一口不粘锅的自我修养", "655120348", "许乔木", "锅具这件事，我走过的弯路比菜谱还多……", "487", 39, "2023-09-02"),
             ("冬天的一锅萝卜炖牛腩", "650019744", "许乔木", "萝卜要切滚刀块，牛腩要冷水下锅……", "912", 57, "2023-01-08"),
             ("给自己过生日的那碗长寿面", "646810223", "许乔木", "那年生日，我第一次给自己擀了面……", "1,530", 104, "2022-11-20"),
             ("菜市场里的节气", "643377120", "许乔木", "春分的香椿，立夏的蚕豆，处暑的鸭子……", "766", 48, "2022-09-23")]
    header = """<div class="ColumnHome"><div class="ColumnHome-Top"><img class="Avatar ColumnHome-Avatar" src="https://pic3.zhiwenimg.com/v2-c1298331_xl.jpg" alt=""/><div class="ColumnHome-Title">一个人的厨房</div><div class="ColumnHome-Description">一个人，也要好好吃饭。</div><div class="ColumnHome-Stats">8,712 人关注 · 36 篇文章</div><div class="ColumnHome-Authors">作者：许乔木</div><button class="Button FollowButton Button--primary Button--blue">关注专栏</button></div></div>"""
    page = zw_listing("一个人的厨房", url, header, items)
    emit("x-zhiwen-3.html", page, "utf-8", url, "utf-8", kind="listing")

    # -- page 4: an author's profile, 文章 tab (listing)
    url = "https://www.zhiwen.com/people/wenyan-77/posts"
    items = [("在县图书馆做了三年周末志愿者", "688214530", "温言", "三年前的一个周六，我去县图书馆还书，看到门口贴着一张招募启事……", "3,517", 142, "2024-02-17"),
             ("小城的早餐地图", "681120935", "温言", "县城的早晨是从一笼包子开始的……", "1,208", 77, "2023-12-30"),
             ("我为什么不再熬夜了", "675550218", "温言", "戒掉熬夜的第一周，我每天九点半就困了……", "640", 51, "2023-11-11"),
             ("在县城考公的第五年", "669013846", "温言", "很多人问我，在小城当公务员是什么体验……", "5,931", 608, "2023-08-26"),
             ("父亲的自行车", "662801377", "温言", "那辆二八自行车在我家车棚里放了二十年……", "823", 40, "2023-06-18")]
    header = """<div class="ProfileHeader"><div class="ProfileHeader-main"><img class="Avatar Avatar--large UserAvatar-inner" src="https://pic1.zhiwenimg.com/v2-wenyan77_xl.jpg" alt="温言"/><h1 class="ProfileHeader-title"><span class="ProfileHeader-name">温言</span><span class="ProfileHeader-headline">公务员 / 业余读书人</span></h1><div class="ProfileHeader-info">居住在 湖南 · 所在行业 政府</div><div class="ProfileHeader-buttons"><button class="Button FollowButton Button--primary Button--blue">关注她</button><button class="Button Button--grey">发私信</button></div></div><ul class="Tabs ProfileMain-tabs"><li class="Tabs-item"><a class="Tabs-link" href="/people/wenyan-77">动态</a></li><li class="Tabs-item"><a class="Tabs-link" href="/people/wenyan-77/answers">回答 128</a></li><li class="Tabs-item"><a class="Tabs-link" href="/people/wenyan-77/asks">提问 6</a></li><li class="Tabs-item is-active"><a class="Tabs-link" href="/people/wenyan-77/posts">文章 23</a></li><li class="Tabs-item"><a class="Tabs-link" href="/people/wenyan-77/columns">专栏 1</a></li></ul></div><div class="Profile-sideColumn"><div class="Card"><div class="Card-header">个人成就</div><div class="Profile-sideColumnItem">获得 4.1 万次赞同</div><div class="Profile-sideColumnItem">获得 2,371 次喜欢，6,020 次收藏</div></div><div class="NumberBoard"><a href="/people/wenyan-77/following">关注了 212</a><a href="/people/wenyan-77/followers">关注者 9,836</a></div></div>"""
    page = zw_listing("温言", url, header, items)
    emit("x-zhiwen-4.html", page, "utf-8", url, "utf-8", kind="listing")

# ============================================================ 3. moxiang ==
# 墨香文学论坛 www.moxiang.com - Discuz! X3.4, GBK.


def mx_head(title, meta_cs, desc, kw):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={meta_cs}" />
<title>{title} -  墨香文学论坛 -  Powered by Discuz!</title>

<meta name="keywords" content="{kw}" />
<meta name="description" content="{esc(desc)} ,墨香文学论坛" />
<meta name="generator" content="Discuz! X3.4" />
<meta name="author" content="Discuz! Team and Comsenz UI Team" />
<meta name="copyright" content="2001-2021 Tencent Cloud." />
<meta name="MSSmartTagsPreventParsing" content="True" />
<meta http-equiv="MSThemeCompatible" content="Yes" />
<base href="https://www.moxiang.com/" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?Ktz" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_forum_viewthread.css?Ktz" /><script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'Ktz', charset = 'gbk', discuz_uid = '0', cookiepre = 'mx_2132_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = 'newthread', creditnotice = '1|威望|,2|墨币|,3|文采|', defaultstyle = '', REPORTURL = 'aHR0cHM6Ly93d3cubW94aWFuZy5jb20v', SITEURL = 'https://www.moxiang.com/', JSPATH = 'data/cache/', CSSPATH = 'data/cache/style_', DYNAMICURL = '';</script>
<script src="data/cache/common.js?Ktz" type="text/javascript"></script>
<meta name="application-name" content="墨香文学论坛" />
<meta name="msapplication-tooltip" content="墨香文学论坛" />
<script src="data/cache/forum.js?Ktz" type="text/javascript"></script>
</head>
"""


def mx_top(crumbs):
    cr = " <em>&rsaquo;</em> ".join(f'<a href="{u}">{t}</a>' for t, u in crumbs)
    return f"""<body id="nv_forum" class="pg_viewthread" onkeydown="if(event.keyCode==27) return false;">
<div id="append_parent"></div><div id="ajaxwaitid"></div>
<div id="toptb" class="cl">
<div class="wp">
<div class="z"><a href="javascript:;"  onclick="setHomepage('https://www.moxiang.com/');">设为首页</a><a href="https://www.moxiang.com/"  onclick="addFavorite(this.href, '墨香文学论坛');return false;">收藏本站</a></div>
<div class="y"><a id="switchblind" href="javascript:;" onclick="toggleBlind(this)" title="开启辅助访问" class="switchblind">开启辅助访问</a></div>
</div>
</div>
<div id="hd">
<div class="wp">
<div class="hdc cl"><h2><a href="./" title="墨香文学论坛"><img src="static/image/common/logo.png" alt="墨香文学论坛" border="0" /></a></h2><script src="static/js/logging.js?Ktz" type="text/javascript"></script>
<form method="post" autocomplete="off" id="lsform" action="member.php?mod=logging&amp;action=login&amp;loginsubmit=yes&amp;infloat=yes&amp;lssubmit=yes" onsubmit="return lsSubmit();">
<div class="fastlg cl"><span id="return_ls" style="display:none"></span><div class="y pns"><table cellspacing="0" cellpadding="0"><tr><td><label for="ls_username">帐号</label></td><td><input type="text" name="username" id="ls_username" class="px vm xg1" value="用户名/Email" /></td><td class="fastlg_l"><label for="ls_cookietime"><input type="checkbox" name="cookietime" id="ls_cookietime" class="pc" value="2592000" />自动登录</label></td><td>&nbsp;<a href="javascript:;" onclick="showWindow('login', 'member.php?mod=logging&action=login&viewlostpw=1')">找回密码</a></td></tr><tr><td><label for="ls_password">密码</label></td><td><input type="password" name="password" id="ls_password" class="px vm" autocomplete="off" /></td><td class="fastlg_l"><button type="submit" class="pn vm" style="width: 75px;"><em>登录</em></button></td><td>&nbsp;<a href="member.php?mod=register" class="xi2 xw1">立即注册</a></td></tr></table></div></div>
</form>
</div>
<div id="nv">
<a href="javascript:;" id="qmenu" onmouseover="delayShow(this, function () {{showMenu({{'ctrlid':'qmenu','pos':'34!','ctrlclass':'a','duration':2}});showForummenu(0);}})">快捷导航</a>
<ul><li id="mn_portal" ><a href="portal.php" hidefocus="true" title="Portal"  >首页<span>Portal</span></a></li><li class="a" id="mn_forum" ><a href="forum.php" hidefocus="true" title="BBS"  >论坛<span>BBS</span></a></li><li id="mn_N1a2b" ><a href="forum-2-1.html" hidefocus="true"  >散文</a></li><li id="mn_N3c4d" ><a href="forum-3-1.html" hidefocus="true"  >诗歌</a></li><li id="mn_N5e6f" ><a href="forum-4-1.html" hidefocus="true"  >小说</a></li><li id="mn_N7a8b" ><a href="forum-9-1.html" hidefocus="true"  >征文</a></li><li id="mn_home" ><a href="home.php" hidefocus="true" title="Space"  >家园<span>Space</span></a></li><li id="mn_N12a7" ><a href="misc.php?mod=ranklist" hidefocus="true" title="Ranklist"  >排行榜<span>Ranklist</span></a></li></ul>
</div>
<div class="p_pop h_pop" id="mn_userapp_menu" style="display: none"></div><div id="mu" class="cl">
</div><div id="scbar" class="cl">
<form id="scbar_form" method="post" autocomplete="off" onsubmit="searchFocus($('scbar_txt'))" action="search.php?searchsubmit=yes" target="_blank">
<input type="hidden" name="mod" id="scbar_mod" value="search" />
<table cellspacing="0" cellpadding="0"><tr><td class="scbar_icon_td"></td><td class="scbar_txt_td"><input type="text" name="srchtxt" id="scbar_txt" value="请输入搜索内容" autocomplete="off" x-webkit-speech speech /></td><td class="scbar_type_td"><a href="javascript:;" id="scbar_type" class="xg1" onclick="showMenu(this.id)" hidefocus="true">搜索</a></td><td class="scbar_btn_td"><button type="submit" name="searchsubmit" id="scbar_btn" sc="1" class="pn pnc" value="true"><strong class="xi2">搜索</strong></button></td><td class="scbar_hot_td"><div id="scbar_hot"><strong class="xw1">热搜: </strong><a href="search.php?mod=forum&amp;srchtxt=%B8%B8%C7%D7&amp;formhash=3f2a1b9c&amp;searchsubmit=true&amp;source=hotsearch" target="_blank" class="xi2" sc="1">父亲</a><a href="search.php?mod=forum&amp;srchtxt=%B9%CA%CF%E7&amp;formhash=3f2a1b9c&amp;searchsubmit=true&amp;source=hotsearch" target="_blank" class="xi2" sc="1">故乡</a><a href="search.php?mod=forum&amp;srchtxt=%D5%F7%CE%C4&amp;formhash=3f2a1b9c&amp;searchsubmit=true&amp;source=hotsearch" target="_blank" class="xi2" sc="1">征文</a></div></td></tr></table>
</form>
</div>
</div>
</div>

<div id="wp" class="wp">
<div id="pt" class="bm cl">
<div class="z">
<a href="./" class="nvhm" title="首页">墨香文学论坛</a> <em>&raquo;</em> {cr}
</div>
</div>
"""


def mx_foot():
    return """</div>
<div id="ft" class="wp cl">
<div id="flk" class="y">
<p>
<a href="forum.php?mod=misc&action=showdarkroom" >小黑屋</a><span class="pipe">|</span><a href="forum.php?mobile=yes" >手机版</a><span class="pipe">|</span><a href="archiver/" >Archiver</a><span class="pipe">|</span><strong><a href="https://www.moxiang.com/" target="_blank">墨香文学论坛</a></strong>
( <a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备13021457号-2</a> )
</p>
<p class="xs0">
GMT+8, 2024-3-2 22:41<span id="debuginfo">
, Processed in 0.071903 second(s), 26 queries
.
</span>
</p>
</div>
<div id="frt">
<p>Powered by <strong><a href="https://www.discuz.vip/" target="_blank">Discuz!</a></strong> <em>X3.4</em></p>
<p class="xs0">Copyright &copy; 2001-2021, Tencent Cloud.</p>
</div></div>
<div id="scrolltop">
<span hidefocus="true"><a title="返回顶部" onclick="window.scrollTo('0','0')" class="scrolltopa" ><b>返回顶部</b></a></span>
<span>
<a href="forum-2-1.html" hidefocus="true" class="returnlist" title="返回列表"><b>返回列表</b></a>
</span>
</div>
<script type="text/javascript">_attachEvent(window, 'scroll', function () { showTopLink(); });checkBlind();</script>
</body>
</html>
"""


def mx_post(pid, floor_label, floor_no, user, uid, group, credits, posttime, message_html, rate_html="", sign=""):
    signhtml = f'<div class="sign" style="max-height:100px;maxHeightIE:100px;">{sign}</div>' if sign else ""
    return f"""<div id="post_{pid}" ><table id="pid{pid}" class="plhin" summary="pid{pid}" cellspacing="0" cellpadding="0">
<tr>
<td class="pls" rowspan="2">
<div id="favatar{pid}" class="pls favatar">
<div class="pi">
<div class="authi"><a href="home.php?mod=space&amp;uid={uid}" target="_blank" class="xw1">{user}</a>
</div>
</div>
<div class="p_pop blk bui card_gender_0" id="userinfo{pid}" style="display: none; margin-top: -11px;"></div>
<div>
<div class="avatar" onmouseover="showauthor(this, 'userinfo{pid}')"><a href="home.php?mod=space&amp;uid={uid}" class="avtm" target="_blank"><img src="https://www.moxiang.com/uc_server/avatar.php?uid={uid}&size=middle" /></a></div>
</div>
<div class="tns xg2"><table cellspacing="0" cellpadding="0"><th><p><a href="home.php?mod=space&uid={uid}&do=thread&type=thread&view=me&from=space" class="xi2">{credits[0]}</a></p>主题</th><th><p><a href="home.php?mod=space&uid={uid}&do=thread&type=reply&view=me&from=space" class="xi2">{credits[1]}</a></p>帖子</th><td><p><a href="home.php?mod=space&uid={uid}&do=profile" class="xi2">{credits[2]}</a></p>积分</td></table></div>
<p><em><a href="home.php?mod=spacecp&amp;ac=usergroup&amp;gid=12" target="_blank">{group}</a></em></p>
</div>
</td>
<td class="plc">
<div class="pi">
<strong>
<a href="forum.php?mod=redirect&ptid=88412&pid={pid}" id="postnum{pid}" onclick="setCopy(this.href, '帖子地址复制成功');return false;">
{floor_label}</a>
</strong>
<div class="pti">
<div class="pdbt">
</div>
<div class="authi">
<img class="authicn vm" id="authicon{pid}" src="static/image/common/online_member.gif" />
<em id="authorposton{pid}">发表于 {posttime}</em>
<span class="pipe">|</span>
<a href="forum.php?mod=viewthread&amp;tid=88412&amp;page=1&amp;authorid={uid}" rel="nofollow">只看该作者</a>
</div>
</div>
</div><div class="pct"><style type="text/css">.pcb{{margin-right:0}}</style><div class="pcb">
 
<div class="t_fsz">
<table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{pid}">
{message_html}</td></tr></table>


</div>
<div id="comment_{pid}" class="cm">
</div>
{rate_html}
<div id="post_rate_div_{pid}"></div>
</div>
</div>

</td></tr>
<tr><td class="plc plm">
{signhtml}
</td>
</tr>
<tr id="_postposition{pid}"></tr>
<tr>
<td class="pls"></td>
<td class="plc" style="overflow:visible;">
<div class="po hin">
<div class="pob cl">
<em>
<a class="fastre" href="forum.php?mod=post&amp;action=reply&amp;fid=2&amp;tid=88412&amp;reppost={pid}&amp;extra=page%3D1&amp;page=1" onclick="showWindow('reply', this.href)">回复</a>
<a class="replyadd" href="forum.php?mod=misc&amp;action=postreview&amp;do=support&amp;tid=88412&amp;pid={pid}&amp;hash=3f2a1b9c"  onclick="showWindow('login', this.href)" onmouseover="this.title = ($('review_support_{pid}').innerHTML ? $('review_support_{pid}').innerHTML : 0) + ' 人 支持'">支持 <span id="review_support_{pid}"></span></a>
</em>
<p>
<a href="javascript:;" onclick="showWindow('miscreport{pid}', 'misc.php?mod=report&rtype=post&rid={pid}&tid=88412&fid=2', 'get', -1);return false;">举报</a>
</p>
</div>
</div>
</td>
</tr>
<tr class="ad">
<td class="pls">
</td>
<td class="plc">
</td>
</tr>
</table>
</div>
"""


def mx_opening(paras, editor_note):
    # Discuz renders the opening post as "&nbsp; &nbsp; " indented lines with <br /> breaks
    body = "<br />\r\n<br />\r\n".join("&nbsp; &nbsp; " + esc(p) for p in paras)
    return f'<i class="pstatus"> {editor_note} </i><br />\r\n<br />\r\n{body}<br />\r\n'


def mx_rate(pid, n, total, rows):
    trs = "\n".join(f'<tr id="rate_{pid}_{i}"><td><a href="home.php?mod=space&amp;uid={u}" target="_blank">{who}</a></td><td class="xi1"> + {pts}</td><td class="xg1">{why}</td></tr>'
                    for i, (who, u, pts, why) in enumerate(rows))
    return f"""<h3 class="psth xs1"><span class="icon_ring vm"></span>评分</h3>
<dl id="ratelog_{pid}" class="rate">
<dd style="margin:0">
<div id="post_rate_{pid}"></div>
<table class="ratl">
<tr>
<th class="xw1" width="120"><a href="forum.php?mod=misc&amp;action=viewratings&amp;tid=88412&amp;pid={pid}" title="查看全部评分" onclick="showWindow('viewratings', this.href)"> 参与人数 <span class="xi1">{n}</span></a>
</th>
<th class="xw1" width="80">文采 <i><span class="xi1">+{total}</span></i>
</th>
<th>
<a href="javascript:;" onclick="toggleRatelogCollapse('ratelog_{pid}', this);" class="y xi2 op">收起</a>
<i class="txt_h">理由</i>
</th>
</tr>
<tbody class="ratl_l">
{trs}
</tbody>
</table>
<p class="ratc">
<a href="forum.php?mod=misc&amp;action=viewratings&amp;tid=88412&amp;pid={pid}" title="查看全部评分" onclick="showWindow('viewratings', this.href)" class="xi2">查看全部评分</a>
</p>
</dd>
</dl>
"""


FLOOR_NAMES = {2: "沙发", 3: "板凳", 4: "地板"}


def mx_thread(title, typ, tid, author, uid, posttime, editor_note, paras, rate, sign, views, replies_list, meta_cs):
    first_pid = tid * 10 + 1
    posts = [mx_post(first_pid, "楼主", 1, author, uid, "版主" if uid < 2000 else "墨香秀才", (46, 1203, 5821),
                     posttime, mx_opening(paras, editor_note),
                     mx_rate(first_pid, len(rate), sum(r[2] for r in rate), rate), sign)]
    for k, (u, ui, t, msg, sg) in enumerate(replies_list):
        fl = k + 2
        label = FLOOR_NAMES.get(fl, f"{fl}<sup>#</sup>")
        posts.append(mx_post(first_pid + fl * 3, label, fl, u, ui, "墨香童生", (3 + k, 88 + k * 13, 210 + k * 37),
                             t, esc(msg).replace("\n", "<br />\r\n"), "", sg))
    head = mx_head(f"{title} - 原创散文", meta_cs, paras[0][:70], title)
    top = mx_top([("论坛", "forum.php"), ("原创文学", "forum.php?gid=1"), ("原创散文", "forum-2-1.html"),
                  (title, f"thread-{tid}-1-1.html")])
    return head + top + f"""
<style id="diy_style" type="text/css"></style>
<div class="wp">
<!--[diy=diy1]--><div id="diy1" class="area"></div><!--[/diy]-->
</div>

<div id="ct" class="wp cl">
<div id="pgt" class="pgs mbm cl ">
<div class="pgt"><div class="pg"><strong>1</strong><a href="thread-{tid}-2-1.html">2</a><label><input type="text" name="custompage" class="px" size="2" title="输入页码，按回车快速跳转" value="1" onkeydown="if(event.keyCode==13) {{window.location='forum.php?mod=viewthread&tid={tid}&extra=page%3D1&page='+this.value;; doane(event);}}" /><span title="共 2 页"> / 2 页</span></label><a href="thread-{tid}-2-1.html" class="nxt">下一页</a></div></div>
<span class="y pgb" id="visitedforums"><a href="forum-2-1.html">返回列表</a></span>
<a id="newspecial" onmouseover="$('newspecial').id = 'newspecialtmp';this.id = 'newspecial';showMenu({{'ctrlid':this.id}})" onclick="showWindow('newthread', 'forum.php?mod=post&action=newthread&fid=2')" href="javascript:;" title="发新帖"><img src="static/image/common/pn_post.png" alt="发新帖" /></a>
</div>

<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0">
<tr>
<td class="pls ptn pbn">
<div class="hm ptn">
<span class="xg1">查看:</span> <span class="xi1">{views}</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">{len(replies_list) + 5}</span>
</div>
</td>
<td class="plc ptm pbn vwthd">
<div class="y">
<a href="forum.php?mod=viewthread&amp;action=printable&amp;tid={tid}" title="打印" target="_blank"><img src="static/image/common/print.png" alt="打印" class="vm" /></a>
<a href="forum.php?mod=redirect&amp;goto=nextoldset&amp;tid={tid}" title="上一主题"><img src="static/image/common/thread-prev.png" alt="上一主题" class="vm" /></a>
<a href="forum.php?mod=redirect&amp;goto=nextnewset&amp;tid={tid}" title="下一主题"><img src="static/image/common/thread-next.png" alt="下一主题" class="vm" /></a>
</div>
<h1 class="ts">
<a href="forum.php?mod=forumdisplay&amp;fid=2&amp;filter=typeid&amp;typeid=5">[{typ}]</a>
<span id="thread_subject">{title}</span>
</h1>
<span class="xg1">
<a href="forum.php?mod=viewthread&amp;tid={tid}" onclick="return copyThreadUrl(this, '墨香文学论坛')" >[复制链接]</a>
</span>
</td>
</tr>
</table>

<table cellspacing="0" cellpadding="0" class="ad">
<tr>
<td class="pls">
</td>
<td class="plc">
</td>
</tr>
</table>{"".join(posts)}<div id="postlistreply" class="pl"><div id="post_new" class="viewthread_table" style="display: none"></div></div>
</div>

<div class="pgs mtm mbm cl">
<div class="pg"><strong>1</strong><a href="thread-{tid}-2-1.html">2</a><a href="thread-{tid}-2-1.html" class="nxt">下一页</a></div>
<span class="pgb y"><a href="forum-2-1.html">返回列表</a></span>
</div>

<div id="f_pst" class="pl bm bmw">
<form method="post" autocomplete="off" id="fastpostform" action="forum.php?mod=post&amp;action=reply&amp;fid=2&amp;tid={tid}&amp;extra=page%3D1&amp;replysubmit=yes&amp;infloat=yes&amp;handlekey=fastpost" onSubmit="return fastpostvalidate(this)">
<div class="pt hm">您需要登录后才可以回帖 <a href="member.php?mod=logging&amp;action=login" onclick="showWindow('login', this.href)" class="xi2">登录</a> | <a href="member.php?mod=register" class="xi2">立即注册</a></div>
</form>
</div>
</div>
""" + mx_foot()


def build_moxiang():
    # -- page 1
    tid = 88412
    title = "父亲的菜园"
    url = f"https://www.moxiang.com/thread-{tid}-1-1.html"
    rate = [("听雨轩主", 1021, 5, "写得真好，有画面感"), ("半坡闲人", 3377, 3, "朴实动人"), ("江枫", 1560, 2, "结尾升华略显用力，整体很好")]
    replies = [("半坡闲人", 3377, "2023-9-17 21:02", "沙发！读到父亲站在后门口往菜园里望，眼睛一热。", "闲来读书，懒得写字。"),
               ("江枫", 1560, "2023-9-17 21:40", "细节扎实，“换了好几次手”那一句最好。", ""),
               ("小石头", 4410, "2023-9-17 22:15", "想起我爷爷的那块地了。", "做一个温暖的人"),
               ("听雨轩主", 1021, "2023-9-18 08:03", "加精。建议把第五段和第六段之间再过渡一下。", "听雨轩，一盏茶，一本书。"),
               ("落叶知秋", 5102, "2023-9-18 09:27", "父爱如山，默默无言。", ""),
               ("墨韵", 2288, "2023-9-18 10:44", "拜读，问好老师！", "墨韵书香"),
               ("竹林深处", 6630, "2023-9-18 12:19", "很有生活气息，学习了。", ""),
               ("阿木", 7011, "2023-9-18 14:50", "丝瓜吃不完送隔壁，我们那也是这样，哈哈。", ""),
               ("秋水长天", 3920, "2023-9-18 19:36", "欣赏佳作，周末愉快。", "秋水共长天一色"),
               ("青衫", 2875, "2023-9-18 22:08", "文字干净，情感克制，好文。", ""),
               ("野草", 7390, "2023-9-19 07:45", "顶一个。", ""),
               ("云朵朵", 7552, "2023-9-19 11:12", "看哭了，给我爸打了个电话。", "愿你被这个世界温柔以待")]
    page = mx_thread(title, "散文", tid, "青苔", 1312, "2023-9-17 20:33", "本帖最后由 青苔 于 2023-9-18 21:07 编辑",
                     E_GARDEN, rate, "一蓑烟雨任平生。<br />欢迎来我的空间坐坐。", 3521, replies, "gb2312")
    emit("x-moxiang-1.html", page, "gbk", url, "gbk", title, "青苔", "2023-09-17", E_GARDEN)

    # -- page 2 (no header charset; meta gbk)
    tid = 90275
    title = "冬天的绿皮火车"
    url = f"https://www.moxiang.com/forum.php?mod=viewthread&tid={tid}&extra=page%3D1"
    rate = [("江枫", 1560, 3, "好文"), ("听雨轩主", 1021, 4, "年代感很强")]
    replies = [("小石头", 4410, "2024-1-6 20:31", "沙发，我也坐过二十多个小时的硬座。", "做一个温暖的人"),
               ("野草", 7390, "2024-1-6 20:47", "花生瓜子矿泉水，腿收一收啦，太有画面了！", ""),
               ("云朵朵", 7552, "2024-1-6 21:15", "煮鸡蛋那里好暖。", "愿你被这个世界温柔以待"),
               ("秋水长天", 3920, "2024-1-6 22:02", "现在的孩子体会不到了。", "秋水共长天一色"),
               ("墨韵", 2288, "2024-1-7 08:30", "问好北岸老师，新年快乐！", "墨韵书香"),
               ("半坡闲人", 3377, "2024-1-7 09:12", "结尾稍显平淡，可以再收一收。", "闲来读书，懒得写字。"),
               ("竹林深处", 6630, "2024-1-7 10:40", "拜读了。", ""),
               ("落叶知秋", 5102, "2024-1-7 13:25", "记得那时候车厢连接处冷得要命。", ""),
               ("阿木", 7011, "2024-1-7 16:08", "顶！", ""),
               ("青衫", 2875, "2024-1-7 21:51", "写出了一代人的记忆。", ""),
               ("江南雨", 7713, "2024-1-8 09:03", "我当年是站着回家的，站了十九个小时。", "")]
    page = mx_thread(title, "散文", tid, "北岸听风", 2406, "2024-1-6 20:12", "本帖最后由 北岸听风 于 2024-1-6 20:25 编辑",
                     E_TRAIN, rate, "北岸听风，南山采薇。", 2087, replies, "gbk")
    emit("x-moxiang-2.html", page, "gbk", url, "", title, "北岸听风", "2024-01-06", E_TRAIN)

    # -- page 3: board thread list (listing)
    url = "https://www.moxiang.com/forum-2-1.html"
    rows = [("散文", "父亲的菜园", 88412, "青苔", "2023-9-17", 17, 3521, "云朵朵", "2023-9-19 11:12", True),
            ("散文", "冬天的绿皮火车", 90275, "北岸听风", "2024-1-6", 16, 2087, "江南雨", "2024-1-8 09:03", False),
            ("随笔", "雪落在老院子里", 90311, "竹林深处", "2024-1-9", 7, 540, "青衫", "2024-1-10 20:18", False),
            ("散文", "外婆的灶台", 90198, "落叶知秋", "2024-1-2", 12, 988, "墨韵", "2024-1-5 08:44", False),
            ("游记", "三月，去看一场油菜花", 90102, "江南雨", "2023-12-28", 9, 612, "阿木", "2023-12-30 14:02", False),
            ("散文", "小镇上的理发店", 89977, "阿木", "2023-12-20", 21, 1730, "半坡闲人", "2023-12-26 21:13", True),
            ("随笔", "读书笔记：重读老舍", 89930, "青衫", "2023-12-17", 5, 344, "江枫", "2023-12-18 07:31", False),
            ("散文", "母亲的腌菜坛子", 89851, "云朵朵", "2023-12-12", 14, 1022, "小石头", "2023-12-15 19:50", False),
            ("散文", "冬至夜", 89802, "秋水长天", "2023-12-09", 8, 471, "野草", "2023-12-10 10:05", False),
            ("随笔", "一个人的车站", 89760, "野草", "2023-12-05", 6, 398, "落叶知秋", "2023-12-06 22:40", False),
            ("散文", "河边的老柳树", 89714, "小石头", "2023-12-01", 10, 655, "竹林深处", "2023-12-03 16:27", False),
            ("游记", "山里的一夜", 89699, "墨韵", "2023-11-29", 4, 287, "青苔", "2023-11-30 09:12", False)]
    trs = "\n".join(f"""<tbody id="normalthread_{t}">
<tr>
<td class="icn"><a href="thread-{t}-1-1.html" title="新窗口打开" target="_blank"><img src="static/image/common/folder_common.gif" /></a></td>
<th class="common">
<em>[<a href="forum.php?mod=forumdisplay&fid=2&amp;filter=typeid&amp;typeid=5">{ty}</a>]</em> <a href="thread-{t}-1-1.html" onclick="atarget(this)" class="s xst">{ti}</a>{' <img src="static/image/common/digest_1.gif" align="absmiddle" alt="digest" title="精华 1" />' if dig else ''}
</th>
<td class="by"><cite><a href="home.php?mod=space&amp;username={au}" c="1">{au}</a></cite><em><span>{d}</span></em></td>
<td class="num"><a href="thread-{t}-1-1.html" class="xi2">{r}</a><em>{v}</em></td>
<td class="by"><cite><a href="home.php?mod=space&username={lu}" c="1">{lu}</a></cite><em><a href="forum.php?mod=redirect&tid={t}&goto=lastpost#lastpost">{lt}</a></em></td>
</tr>
</tbody>""" for ty, ti, t, au, d, r, v, lu, lt, dig in rows)
    page = mx_head("原创散文", "gbk", "原创散文、随笔、游记发表专区", "原创散文") + mx_top([("论坛", "forum.php"), ("原创文学", "forum.php?gid=1"), ("原创散文", "forum-2-1.html")]).replace('class="pg_viewthread"', 'class="pg_forumdisplay"') + f"""
<div id="ct" class="wp cl">
<div class="mn">
<div class="bm bml pbn">
<div class="bm_h cl">
<span class="y"><a href="home.php?mod=spacecp&amp;ac=favorite&amp;type=forum&amp;id=2&amp;handlekey=favoriteforum" id="a_favorite" class="fa_fav" onclick="showWindow(this.id, this.href, 'get', 0);">收藏本版 <strong class="xi1" id="number_favorite" >(318)</strong></a></span>
<h1 class="xs2"><a href="forum-2-1.html">原创散文</a> <span class="xs1 xw0 i">今日: <strong class="xi1">6</strong><span class="pipe">|</span>主题: <strong class="xi1">8823</strong><span class="pipe">|</span>排名: <strong class="xi1" title="上次排名:2">2</strong></span></h1>
</div>
<div class="bm_c cl pbn"><div>版主: <span class="xi2"><a href="home.php?mod=space&username=青苔" class="notabs" c="1">青苔</a>, <a href="home.php?mod=space&username=听雨轩主" class="notabs" c="1">听雨轩主</a></span></div><div class="pbn">版规：原创首发，禁止转载抄袭；每人每日发帖不超过两篇。</div></div>
</div>
<ul id="thread_types" class="ttp bm cl"><li id="ttp_all" class="xw1 a"><a href="forum-2-1.html">全部</a></li><li><a href="forum.php?mod=forumdisplay&fid=2&filter=typeid&typeid=5">散文<span class="xg1 num">6120</span></a></li><li><a href="forum.php?mod=forumdisplay&fid=2&filter=typeid&typeid=6">随笔<span class="xg1 num">1988</span></a></li><li><a href="forum.php?mod=forumdisplay&fid=2&filter=typeid&typeid=7">游记<span class="xg1 num">715</span></a></li></ul>
<div id="threadlist" class="tl bm bmw">
<div class="th"><table cellspacing="0" cellpadding="0"><tr><th colspan="2"><div class="tf">筛选: <a href="javascript:;" id="filter_special" class="showmenu xi2">全部主题</a>&nbsp;<a href="forum.php?mod=forumdisplay&fid=2&filter=lastpost&orderby=lastpost" class="xi2">最新</a>&nbsp;<a href="forum.php?mod=forumdisplay&fid=2&filter=heat&orderby=heats" class="xi2">热门</a>&nbsp;<a href="forum.php?mod=forumdisplay&fid=2&filter=digest&digest=1" class="xi2">精华</a></div></th><td class="by">作者</td><td class="num">回复/查看</td><td class="by">最后发表</td></tr></table></div>
<div class="bm_c">
<table summary="forum_2" cellspacing="0" cellpadding="0" id="threadlisttableid">
{trs}
</table>
</div>
</div>
<div class="bm bw0 pgs cl"><span id="fd_page_bottom"><div class="pg"><strong>1</strong><a href="forum-2-2.html">2</a><a href="forum-2-3.html">3</a><a href="forum-2-4.html">4</a><a href="forum-2-5.html">5</a><a href="forum-2-442.html" class="last">... 442</a><a href="forum-2-2.html" class="nxt">下一页</a></div></span><span class="pgb y"><a href="forum.php">返回首页</a></span></div>
</div>
</div>
""" + mx_foot()
    emit("x-moxiang-3.html", page, "gbk", url, "gbk", kind="listing")

    # -- page 4: forum home (listing)
    url = "https://www.moxiang.com/forum.php"
    groups = [("原创文学", [("原创散文", 2, "原创散文、随笔、游记发表专区", 8823, 101277, "冬天的绿皮火车"),
                           ("原创诗歌", 3, "现代诗、古体诗词", 12040, 88512, "春夜听雨（外二首）"),
                           ("原创小说", 4, "短篇、中篇、长篇连载", 3312, 40219, "【连载】河湾往事（十七）")]),
              ("交流园地", [("评论赏析", 5, "读书笔记、作品评论", 1502, 9877, "重读《边城》的几点感想"),
                           ("征文活动", 9, "本坛及合作单位征文", 620, 8314, "第十二届“故乡”征文获奖名单"),
                           ("茶馆闲聊", 6, "灌水、聊天、交朋友", 20931, 301556, "今天下雪了，大家那里呢")])]
    blocks = []
    for gi, (gname, fs) in enumerate(groups):
        trs = "\n".join(f'<tr><td class="fl_icn"><a href="forum-{fid}-1.html"><img src="static/image/common/forum_new.gif" alt="{n}" /></a></td><td><h2><a href="forum-{fid}-1.html">{n}</a><em class="xw0 xi1" title="今日"> (6)</em></h2><p class="xg2">{d}</p></td><td class="fl_i"><span class="xi2">{t}</span><span class="xg1"> / {p}</span></td><td class="fl_by"><div><a href="forum.php?mod=redirect&tid=9{fid}001&goto=lastpost#lastpost" class="xi2">{last}</a> <cite>2024-1-8 09:03</cite></div></td></tr>'
                        for n, fid, d, t, p, last in fs)
        blocks.append(f'<div class="bm bmw  flg cl"><div class="bm_h cl"><h2><a href="forum.php?gid={gi + 1}">{gname}</a></h2></div><div id="category_{gi + 1}" class="bm_c"><table cellspacing="0" cellpadding="0" class="fl_tb">\n{trs}\n</table></div></div>')
    page = mx_head("墨香文学论坛", "gbk", "墨香文学论坛，原创文学交流社区", "墨香,文学,论坛,散文,诗歌") + mx_top([("论坛", "forum.php")]).replace('class="pg_viewthread"', 'class="pg_index"') + f"""
<div id="ct" class="wp cl">
<div id="chart" class="bm bw0 cl"><p class="chart z">今日: <em>47</em><span class="pipe">|</span>昨日: <em>103</em><span class="pipe">|</span>帖子: <em>560381</em><span class="pipe">|</span>会员: <em>21377</em><span class="pipe">|</span>欢迎新会员: <em><a href="home.php?mod=space&amp;username=江南雨" target="_blank" class="xi2">江南雨</a></em></p></div>
<div class="bm"><div class="bm_h"><h2>公告</h2></div><div class="bm_c"><a href="forum.php?mod=announcement&id=31">关于开展第十三届“墨香杯”散文征文的通知</a> <span class="xg1">2024-1-2</span></div></div>
{chr(10).join(blocks)}
<div id="online" class="bm oll"><div class="bm_h"><h3><strong><a href="home.php?mod=space&do=friend&view=online&type=member">在线会员</a></strong><span class="xs1">- 共 <strong>236</strong> 人在线 - <strong>18</strong> 会员, <strong>218</strong> 位游客 - 最高记录是 <strong>1902</strong> 于 <strong>2021-5-4</strong>.</span></h3></div></div>
<div class="bm lk"><div class="bm_h"><h3>友情链接</h3></div><div class="bm_c"><ul class="x mbm cl"><li><a href="https://www.shiwenlou.net/" target="_blank">诗文楼</a></li><li><a href="https://www.xiangyunwx.com/" target="_blank">湘云文学网</a></li><li><a href="https://www.qiuyecao.org/" target="_blank">秋叶草</a></li></ul></div></div>
</div>
""" + mx_foot()
    emit("x-moxiang-4.html", page, "gbk", url, "gbk", kind="listing")

# ============================================================= 4. souwei ==
# 搜微 www.souwei.com - a search engine's cache of WeChat official-account articles, UTF-8.

SW_CSS = """<style>
body{margin:0;background:#f6f6f6;font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif}
.sw-snap{background:#fffbe6;border-bottom:1px solid #f0e0a0;font-size:13px;color:#8a6d3b;padding:8px 16px}
.rich_media{max-width:677px;margin:0 auto;background:#fff;padding:20px 16px 40px}
.rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px}
.rich_media_meta_list{font-size:15px;color:rgba(0,0,0,.3);margin-bottom:22px}
.rich_media_meta_nickname a{color:#576b95}
#js_content{font-size:17px;line-height:1.75;color:#333}
.sw-recommend li{padding:6px 0;border-bottom:1px solid #eee}
</style>
"""


def sw_head(title, desc, account, ct):
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta name="referrer" content="no-referrer">
<title>{esc(title)}</title>
<meta property="og:title" content="{esc(title)}">
<meta property="og:description" content="{esc(desc)}">
<meta property="twitter:card" content="summary">
<meta name="description" content="{esc(desc)}">
<link rel="canonical" href="https://www.souwei.com/a/{ct}">
{SW_CSS}<script>
var biz = "MzA{ct % 99991}NjM0MQ==", mid = "{ct % 1000000007}", idx = "1";
var nickname = "{account}";
var msg_title = "{esc(title)}".html(false);
var ct = "{ct}";
var msg_desc = "{esc(desc)}";
</script>
</head>
"""


def sw_snap(ct_str):
    return f"""<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg">
<div class="sw-snap" id="swSnapBar">
  <a href="https://www.souwei.com/" class="sw-logo"><img src="https://www.souwei.com/static/img/logo_s.png" alt="搜微" height="18"></a>
  您正在查看的是 搜微 保存的公众号文章快照，快照时间：{ct_str}。原文可能已被作者修改或删除，内容以原文为准。
  <a href="https://www.souwei.com/" class="sw-back">返回搜索结果</a> · <a href="javascript:;" onclick="swReport()">举报</a>
</div>
<div class="sw-search"><form action="https://www.souwei.com/search" method="get"><input type="text" name="q" placeholder="搜公众号文章"><button type="submit">搜文章</button><button type="submit" name="type" value="1">搜公众号</button></form></div>
"""


def sw_p(text, style="margin:0 0 24px;text-indent:0;letter-spacing:1px"):
    return f'<p style="{style}"><span style="font-size:16px;color:rgb(62,62,62)" leaf="">{esc(text)}</span></p>'


def sw_article(title, account, author, original, pubtime, ip, paras, captions, content_tail, after_content, ct, desc,
               wxid, intro):
    parts = []
    for i, p in enumerate(paras):
        if i in captions:
            parts.append(f'<p style="text-align:center"><img class="rich_pages wxw-img" data-src="https://img.souwei.com/mmbiz_jpg/{ct}_{i}.jpg" data-ratio="0.75" data-w="1080" style="width:100%"></p>')
            parts.append(f'<p style="text-align:center;margin-bottom:24px"><span style="font-size:12px;color:rgb(136,136,136)" leaf="">{esc(p)}</span></p>')
        else:
            parts.append(sw_p(p))
        if i % 3 == 2:
            parts.append('<p><br></p>')
    meta = []
    if original:
        meta.append('<span id="copyright_logo" class="rich_media_meta icon_appmsg_tag appmsg_title_tag">原创</span>')
    if author:
        meta.append(f'<span class="rich_media_meta rich_media_meta_text">{author}</span>')
    meta.append(f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">{account}</a></span>')
    meta.append(f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{pubtime}</em>')
    meta.append(f'<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">发表于{ip}</em>')
    ct_str = pubtime[:10] + " 23:" + f"{ct % 60:02d}"
    return sw_head(title, desc, account, ct) + sw_snap(ct_str) + f"""<div id="js_article" class="rich_media">
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title" id="activity-name">
{esc(title)}
</h1>
<div id="meta_content" class="rich_media_meta_list">
{chr(10).join(meta)}
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: visible;">
<section style="padding:0 8px;box-sizing:border-box">
{chr(10).join(parts)}
</section>
{content_tail}
</div>
<div class="rich_media_tool" id="js_toobar3">
<a id="js_view_source" class="media_tool_meta meta_primary" href="javascript:void(0);">阅读原文</a>
<div class="media_tool_meta tips_global meta_primary">阅读 <span id="readNum3">{ct % 9000 + 1000}</span></div>
<span class="media_tool_meta meta_extra meta_praise"><i class="icon_praise_gray"></i><span class="praise_num">{ct % 300 + 20}</span></span>
<span class="media_tool_meta meta_extra">在看 <span>{ct % 90 + 5}</span></span>
</div>
</div>
{after_content}
<div class="sw-profile" id="js_profile_card">
<img src="https://img.souwei.com/head/{wxid}.jpg" alt="" width="48">
<div><strong>{account}</strong><p>微信号：{wxid}</p><p>功能介绍：{intro}</p></div>
<a class="sw-follow" href="https://www.souwei.com/gzh/{wxid}">查看该公众号全部文章</a>
</div>
</div>
</div>
</div>
</div>
<div class="sw-foot">&copy; 2024 搜微 souwei.com　快照内容来自公开网络，版权归原作者所有　京ICP备19022674号-3<br><a href="https://www.souwei.com/about">关于搜微</a> · <a href="https://www.souwei.com/help/remove">快照删除申请</a></div>
<script src="https://www.souwei.com/static/js/snap.min.js?v=20240315"></script>
<script>var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?5f3e8c0a1b2d";document.getElementsByTagName("head")[0].appendChild(hm);}})();</script>
</body>
</html>
"""


def sw_recommend(items, inside):
    lis = "\n".join(f'<li><a href="https://www.souwei.com/a/{u}" target="_blank">{esc(t)}</a></li>' for t, u in items)
    if inside:
        return ('<section style="margin-top:32px"><p style="text-align:center"><span style="font-size:15px;color:#d4a373;font-weight:bold" leaf="">— 往期推荐 —</span></p>\n'
                + "\n".join(f'<p><a href="https://www.souwei.com/a/{u}" target="_blank" style="font-size:14px;color:#576b95">{esc(t)}</a></p>' for t, u in items)
                + '</section>')
    return f'<div class="sw-recommend" id="js_related_area"><h3>往期推荐</h3><ul>\n{lis}\n</ul></div>'


def build_souwei():
    # -- page 1: 原创 with author; 往期推荐 inside the content; platform ad after
    ct = 1713655800
    title = "在菜市场学会慢下来"
    url = f"https://www.souwei.com/a/{ct}?src=11&key=cnxj"
    tail = """<p style="text-align:center"><span style="font-size:14px;color:#999" leaf="">- END -</span></p>
<p style="text-align:center"><span style="font-size:13px;color:#999" leaf="">文字｜方知夏　配图｜城南小记</span></p>
""" + sw_recommend([("老城区的一棵桂花树", 1712400012), ("裁缝铺里的周师傅", 1711190733), ("春天的第一把香椿", 1710011928)], True) + """
<p style="text-align:center;margin-top:20px"><img data-src="https://img.souwei.com/mmbiz_png/qr_cnxj.png" style="width:160px"></p>
<p style="text-align:center"><span style="font-size:13px;color:#999" leaf="">👇点击关注，和我们一起慢慢生活</span></p>
<p style="text-align:center"><span style="font-size:13px;color:#999" leaf="">点个“在看”，把温暖传下去❤️</span></p>"""
    ad = """<div class="sw-ad" id="swAdBottom" data-ad="snap_bottom_1"><span class="sw-ad-tag">广告</span>
<a href="https://ad.souwei.com/c?aid=88103" target="_blank" rel="nofollow"><img src="https://img.souwei.com/ad/88103.jpg" alt=""><div class="sw-ad-title">春季焕新季｜全屋家电以旧换新，至高补贴1500元</div><div class="sw-ad-desc">青禾电器官方旗舰店</div><span class="sw-ad-btn">去看看</span></a></div>"""
    page = sw_article(title, "城南小记", "方知夏", True, "2024-04-21 07:30", "浙江", E_MARKET, {MARKET_CAPTION}, tail, ad,
                      ct, "每周六早上，我都会去老城区的菜市场。", "chengnanxiaoji", "记录老城区的日常与人情")
    emit("x-souwei-1.html", page, "utf-8", url, "utf-8", title, "方知夏", "2024-04-21", E_MARKET)

    # -- page 2: 原创 with author; an in-article advertisement at the end; 往期推荐 outside
    ct = 1724972400
    title = "给孩子读绘本的第一千天"
    url = f"https://www.souwei.com/a/{ct}?src=11&key=yhqz"
    tail = """<p><br></p>
<section style="border:1px solid #eee;border-radius:8px;padding:12px;margin-top:28px" class="mp_ad_box">
<p style="font-size:12px;color:#b2b2b2;margin:0" leaf="">广告</p>
<p style="margin:6px 0"><span style="font-size:15px;color:#333" leaf="">【开学季】萤火童书馆 精选绘本礼盒 限时8折 ，3-6岁宝宝睡前必备📖</span></p>
<p style="margin:0"><span style="font-size:13px;color:#576b95" leaf="">点击下方小程序立即抢购 ▼</span></p>
<mp-common-miniprogram data-miniprogram-appid="wx8f2c01ab9e" data-miniprogram-title="萤火童书馆"></mp-common-miniprogram>
</section>
<p style="text-align:center"><span style="font-size:13px;color:#999" leaf="">作者：唐小满，两个孩子的妈妈，亲子阅读推广人</span></p>
<p style="text-align:center"><span style="font-size:13px;color:#999" leaf="">本文为萤火亲子共读原创，转载请后台联系授权</span></p>"""
    after = sw_recommend([("睡前故事怎么讲，孩子才爱听？", 1724108822), ("0-3岁绘本书单（2024版）", 1723300151),
                          ("孩子总让你重复读同一本书，是好事", 1722611540), ("我家的“无屏幕周末”", 1721798307)], False)
    page = sw_article(title, "萤火亲子共读", "唐小满", True, "2024-08-30 06:50", "江苏", E_PICTUREBOOK, set(), tail, after,
                      ct, "一千个夜晚，四百多本绘本。", "yinghuogongdu", "陪孩子读好书，做温柔的父母")
    emit("x-souwei-2.html", page, "utf-8", url, "utf-8", title, "唐小满", "2024-08-30", E_PICTUREBOOK)

    # -- page 3: not 原创, no person named: the meta line has only the account
    ct = 1696764720
    title = "秋收，回村帮父亲掰玉米"
    url = f"https://www.souwei.com/a/{ct}?src=11&key=xtz"
    tail = """<p><br></p>
<p style="text-align:left"><span style="font-size:13px;color:#999" leaf="">编辑：小禾　审核：老田</span></p>
<p style="text-align:left"><span style="font-size:13px;color:#999" leaf="">图片来源于网络，如有侵权请联系删除</span></p>
<p style="text-align:center"><span style="font-size:13px;color:#999" leaf="">🌾 关注乡土志，看见真实的乡村 🌾</span></p>"""
    after = sw_recommend([("村口的小卖部关门了", 1695900310), ("种了一辈子地的人", 1694411265), ("麦收时节的一顿午饭", 1686102944)], False) + """
<div class="sw-ad" id="swAdBottom" data-ad="snap_bottom_2"><span class="sw-ad-tag">广告</span>
<a href="https://ad.souwei.com/c?aid=87311" target="_blank" rel="nofollow"><div class="sw-ad-title">丰收节助农：产地直发新鲜玉米 10根装 包邮</div><div class="sw-ad-desc">田园优选</div><span class="sw-ad-btn">立即购买</span></a></div>"""
    page = sw_article(title, "乡土志", "", False, "2023-10-08 19:32", "河北", E_HARVEST, set(), tail, after,
                      ct, "国庆假期，我没有出去旅游，而是回了一趟老家。", "xiangtuzhi2016", "记录乡村，记录土地上的人")
    emit("x-souwei-3.html", page, "utf-8", url, "", title, "", "2023-10-08", E_HARVEST)

    # -- page 4: search results for 散文 (listing)
    url = "https://www.souwei.com/search?q=%E6%95%A3%E6%96%87&type=2&page=1"
    res = [("周末<em>散文</em>｜在菜市场学会慢下来", "城南小记", "2024-4-21", "搬到老城区以后，我养成了一个新习惯：每周六早上去菜市场……", 1713655800),
           ("<em>散文</em>：外婆的蒲扇", "南窗书简", "2024-4-18", "外婆的蒲扇是用了十几年的旧物，扇边用布条缝过三次……", 1713402211),
           ("乡土<em>散文</em>｜秋收，回村帮父亲掰玉米", "乡土志", "2023-10-8", "国庆假期，我没有出去旅游，而是回了一趟老家，帮父亲收玉米……", 1696764720),
           ("美文欣赏：冬日的暖阳（<em>散文</em>）", "晚风读书会", "2024-1-12", "冬天的太阳是吝啬的，可一旦晒到身上……", 1705030945),
           ("每日一读｜<em>散文</em>《父亲的背影》读后", "语文小课堂", "2024-3-5", "第一次读这篇文章是在初中……", 1709600071),
           ("原创<em>散文</em>｜小城的雨", "江城文艺", "2024-5-2", "小城的雨总是来得突然……", 1714610399),
           ("<em>散文</em>｜老屋", "山月文学", "2024-2-20", "老屋是爷爷年轻时亲手盖的，土坯墙，青瓦顶……", 1708390544),
           ("名家<em>散文</em>精选十篇，值得收藏", "书香伴读", "2024-4-1", "本期为大家精选了十篇经典散文……", 1711930008),
           ("<em>散文</em>：一个人的旅行", "行走笔记", "2024-3-28", "我喜欢一个人出发，没有目的地……", 1711587730),
           ("高考语文：<em>散文</em>阅读答题技巧汇总", "语文小课堂", "2024-5-10", "散文阅读是现代文阅读中的重点……", 1715301452)]
    lis = "\n".join(f'<li id="sw_res_{i}"><div class="txt-box"><h3><a target="_blank" href="https://www.souwei.com/a/{c}">{t}</a></h3><p class="txt-info">{s}</p><div class="s-p"><a class="account" href="https://www.souwei.com/gzh?q={a}">{a}</a><span class="s2">{d}</span></div></div></li>'
                    for i, (t, a, d, s, c) in enumerate(res))
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>散文的相关微信公众号文章 – 搜微</title>
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<link rel="stylesheet" href="https://www.souwei.com/static/css/search.v4.css">
</head>
<body class="sw-search-page">
<div class="header"><a href="https://www.souwei.com/" class="logo"><img src="https://www.souwei.com/static/img/logo.png" alt="搜微"></a>
<form action="https://www.souwei.com/search" method="get"><input type="text" name="q" value="散文"><input type="hidden" name="type" value="2"><button type="submit">搜文章</button><button type="submit" name="type" value="1">搜公众号</button></form></div>
<div class="tab"><a href="https://www.souwei.com/search?q=%E6%95%A3%E6%96%87&type=1">公众号</a><a class="cur">文章</a></div>
<div class="wrapper"><div class="main-left">
<p class="search-info">找到约 86,200 条结果 <a href="javascript:;" class="time-filter">全部时间 ▾</a></p>
<ul class="news-list">
{lis}
</ul>
<div class="p-fy" id="pagebar_container"><span>1</span><a href="?q=%E6%95%A3%E6%96%87&type=2&page=2">2</a><a href="?q=%E6%95%A3%E6%96%87&type=2&page=3">3</a><a href="?q=%E6%95%A3%E6%96%87&type=2&page=4">4</a><a href="?q=%E6%95%A3%E6%96%87&type=2&page=2" class="np">下一页</a></div>
</div>
<div class="main-right"><div class="hot-words"><h4>搜索热词</h4><ol><li>早安心语</li><li>高考作文</li><li>立秋</li><li>亲子阅读</li><li>家常菜做法</li></ol></div></div>
</div>
<div class="footer">&copy; 2024 搜微 souwei.com　京ICP备19022674号-3</div>
<script src="https://www.souwei.com/static/js/search.min.js?v=20240315"></script>
</body>
</html>
"""
    emit("x-souwei-4.html", page, "utf-8", url, "utf-8", kind="listing")

# ============================================================= 5. wencun ==
# 燕川大学图书馆 特藏部 "九十年代散文文存" www.wencun.com (old static site).
# .txt files served as text/plain; charset=gb18030, .htm pages in GB2312.


def wrap_cn(par, width, indent="\u3000\u3000"):
    s = indent + par
    return [s[i:i + width] for i in range(0, len(s), width)]


def build_wencun():
    # -- page 1: text/plain, GB18030, hard-wrapped at 38 characters, CRLF
    url = "https://www.wencun.com/sanwen90/txt/sw0412.txt"
    title = "旧书摊"
    lines = ["", "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000旧书摊", "",
             "作者：宋樵", "出处：《江岸》1994年3月号", "录入：燕川大学图书馆特藏部", "",
             "-" * 60, ""]
    for p in E_BOOKSTALL:
        lines += wrap_cn(p, 38)
        lines.append("")
    lines += ["-" * 60, "（全文完）", "",
              "本文存仅供校内教学与研究使用，版权归原作者所有，请勿用于商业用途。",
              "燕川大学图书馆特藏部　一九九九年十一月录入　二〇〇三年五月校订", ""]
    text = "\r\n".join(lines)
    emit("x-wencun-1.txt", text, "gb18030", url, "gb18030", title, "宋樵", "1994-03", E_BOOKSTALL, ctype="text/plain")

    # -- page 2: text/plain, GB18030 (one character outside GBK), one paragraph per line, LF
    url = "https://www.wencun.com/sanwen90/txt/sw0388.txt"
    title = "夏夜纳凉"
    lines = ["标题：夏夜纳凉", "作者：钟慕白", "出处：《燕川日报》1993年7月24日 第四版", "分类：散文·乡土记忆", "", ""]
    for p in E_SUMMERNIGHT:
        lines.append("\u3000\u3000" + p)
        lines.append("")
    lines += ["", "【录入说明】原载报纸版面，个别字迹不清处已据作者手稿校补。", ""]
    text = "\n".join(lines)
    emit("x-wencun-2.txt", text, "gb18030", url, "gb18030", title, "钟慕白", "1993-07-24", E_SUMMERNIGHT, ctype="text/plain")

    # -- page 3: HTML, GB2312, no header charset (meta decides); FrontPage-era layout
    url = "https://www.wencun.com/sanwen90/sw0455.htm"
    title = "母亲的针线笸箩"
    body = "<br>\r\n<br>\r\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + esc(p, curly=False) for p in E_SEWINGBASKET)
    page = f"""<html>

<head>
<meta http-equiv="Content-Language" content="zh-cn">
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta name="GENERATOR" content="Microsoft FrontPage 4.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<title>母亲的针线笸箩--九十年代散文文存</title>
<style>
<!--
td {{ font-size: 10.5pt; line-height: 160% }}
a:link {{ color: #003399; text-decoration: none }}
a:hover {{ color: #CC0000; text-decoration: underline }}
-->
</style>
</head>

<body bgcolor="#FFFFF0" topmargin="8" leftmargin="0">
<!-- #BeginLibraryItem "/Library/top.lbi" -->
<table border="0" width="640" align="center" cellspacing="0" cellpadding="0">
  <tr>
    <td width="100%" align="center"><img border="0" src="../images/wencun_logo.gif" width="400" height="60" alt="九十年代散文文存"><br>
    <font size="2" color="#666666">燕川大学图书馆特藏部 编</font></td>
  </tr>
  <tr>
    <td width="100%" align="center" bgcolor="#E8E0C8"><font size="2"><a href="../index.htm">首页</a> | <a href="index.htm">散文目录</a> | <a href="author.htm">作者索引</a> | <a href="../about.htm">关于文存</a> | <a href="../guestbook/">留言簿</a></font></td>
  </tr>
</table>
<!-- #EndLibraryItem -->
<hr size="1" color="#808080" width="640">
<table border="0" width="640" align="center" cellspacing="0" cellpadding="6">
  <tr>
    <td width="100%">
      <p align="center"><font size="5" color="#800000" face="黑体"><b>母亲的针线笸箩</b></font></p>
      <p align="center"><font size="2" color="#333333">作者：叶晚村　　出处：《燕川文艺》1996年5月号</font></p>
      <font size="3" face="宋体">
{body}
      </font>
      <p align="right"><font size="2" color="#666666">（录入：特藏部 周敏　校对：刘一苇）</font></p>
    </td>
  </tr>
</table>
<hr size="1" color="#808080" width="640">
<p align="center"><font size="2">[<a href="sw0454.htm">上一篇</a>] [<a href="index.htm">返回目录</a>] [<a href="sw0456.htm">下一篇</a>]</font></p>
<p align="center"><font size="2" color="#999999">本文存仅供校内教学研究使用，版权归原作者所有<br>
燕川大学图书馆 1999-2003　建议使用IE5.0以上版本、800×600分辨率浏览</font></p>
<!-- counter -->
<p align="center"><img src="/cgi-bin/counter.cgi?df=sw0455.dat" border="0" alt=""></p>
</body>

</html>
"""
    emit("x-wencun-3.html", page, "gb2312", url, "", title, "叶晚村", "1996-05", E_SEWINGBASKET)

    # -- page 4: the directory index (listing), header gb2312
    url = "https://www.wencun.com/sanwen90/index.htm"
    rows = [("sw0301", "htm", "故乡的石板路", "何秋池", "《燕川文艺》1991年2月号"),
            ("sw0317", "htm", "雨中登山", "梁晓溪", "《江岸》1991年第4期"),
            ("sw0350", "txt", "父亲的烟斗", "叶晚村", "《燕川日报》1992年10月3日"),
            ("sw0366", "htm", "冬天的炉火", "宋樵", "《江岸》1992年12月号"),
            ("sw0388", "txt", "夏夜纳凉", "钟慕白", "《燕川日报》1993年7月24日"),
            ("sw0401", "htm", "小城书店", "罗一平", "《燕川文艺》1993年11月号"),
            ("sw0412", "txt", "旧书摊", "宋樵", "《江岸》1994年3月号"),
            ("sw0427", "htm", "水乡的桥", "何秋池", "《燕川文艺》1994年8月号"),
            ("sw0439", "txt", "山村小学", "方慎之", "《燕川日报》1995年9月10日"),
            ("sw0455", "htm", "母亲的针线笸箩", "叶晚村", "《燕川文艺》1996年5月号"),
            ("sw0468", "htm", "老街的早晨", "梁晓溪", "《江岸》1997年第1期"),
            ("sw0480", "txt", "送别", "钟慕白", "《燕川日报》1998年4月18日"),
            ("sw0493", "htm", "读书的灯", "罗一平", "《燕川文艺》1999年6月号")]
    trs = "\n".join(f"""  <tr bgcolor="{'#FFFFFF' if i % 2 else '#F5F0E0'}">
    <td align="center">{i + 1}</td>
    <td><a href="{('txt/' if ext == 'txt' else '') + code}.{ext}">{t}</a>{' <font size="1" color="#999999">[TXT]</font>' if ext == 'txt' else ''}</td>
    <td align="center">{a}</td>
    <td>{src}</td>
  </tr>""" for i, (code, ext, t, a, src) in enumerate(rows))
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta name="GENERATOR" content="Microsoft FrontPage 4.0">
<title>九十年代散文文存--目录</title>
</head>
<body bgcolor="#FFFFF0">
<table border="0" width="640" align="center"><tr><td align="center"><img src="../images/wencun_logo.gif" alt="九十年代散文文存"><br><font size="2">燕川大学图书馆特藏部 编</font></td></tr></table>
<p align="center"><font size="4"><b>散文目录（按发表时间排列）</b></font></p>
<p align="center"><font size="2">共收录一九九○年至一九九九年间散文作品 412 篇，本页列出第 1 至 13 篇。标有[TXT]者为纯文本格式。</font></p>
<table border="1" width="640" align="center" cellspacing="0" cellpadding="4" bordercolor="#C0B090" style="border-collapse: collapse">
  <tr bgcolor="#E8E0C8">
    <td align="center" width="40"><b>序号</b></td>
    <td align="center"><b>篇名</b></td>
    <td align="center" width="90"><b>作者</b></td>
    <td align="center" width="220"><b>出处</b></td>
  </tr>
{trs}
</table>
<p align="center"><font size="2">[首页] [上一页] <b>1</b> <a href="index2.htm">2</a> <a href="index3.htm">3</a> ... <a href="index32.htm">32</a> [<a href="index2.htm">下一页</a>] [<a href="index32.htm">尾页</a>]</font></p>
<hr size="1" width="640">
<p align="center"><font size="2" color="#999999">燕川大学图书馆 1999-2003　建议使用IE5.0以上版本、800×600分辨率浏览<br>
联系：特藏部 电话 (0731)8821xxxx</font></p>
</body>
</html>
"""
    emit("x-wencun-4.html", page, "gb2312", url, "gb2312", kind="listing")

# ============================================================ 6. beizhong ==
# 北方重型装备集团有限公司 企业文化 www.beizhong.com/qywh/ (TRS-like CMS).

BZ_SUBNAV = [("文化理念", "whln"), ("文化活动", "whhd"), ("职工文苑", "zgwy"), ("征文选登", "zwxd"),
             ("先进典型", "xjdx"), ("视频展播", "spzb")]


def bz_page(meta_cs, title_tag, cur_sub, crumbs, main_html, desc=""):
    sub = "\n".join(f'<li{" class=cur" if c == cur_sub else ""}><a href="https://www.beizhong.com/qywh/{s}/">{n}</a></li>'
                    for n, s in BZ_SUBNAV for c in [s])
    cr = " &gt; ".join(f'<a href="{u}">{t}</a>' for t, u in crumbs)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={meta_cs}" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{title_tag}</title>
<meta name="SiteName" content="北方重型装备集团有限公司" />
<meta name="SiteDomain" content="www.beizhong.com" />
<meta name="ColumnName" content="企业文化" />
<meta name="Description" content="{desc}" />
<link href="/images/bz_common.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/images/jquery.min.js"></script>
<script type="text/javascript" src="/images/bz_nav.js"></script>
</head>
<body>
<div class="topbar"><div class="w1100"><span class="fl">欢迎访问北方重型装备集团有限公司官方网站</span><span class="fr"><a href="https://www.beizhong.com/">中文</a> | <a href="https://en.beizhong.com/">English</a> | <a href="https://mail.beizhong.com/">企业邮箱</a> | <a href="https://oa.beizhong.com/">内网门户</a></span></div></div>
<div class="header w1100"><a href="https://www.beizhong.com/" class="logo"><img src="/images/bz_logo.png" alt="北方重型装备集团有限公司" /></a>
<div class="search"><form action="https://www.beizhong.com/was5/web/search" method="get" target="_blank"><input type="text" name="searchword" value="请输入关键字" onfocus="if(this.value=='请输入关键字')this.value='';" /><input type="submit" value="搜索" /></form></div></div>
<div class="nav"><ul class="w1100">
<li><a href="https://www.beizhong.com/">首页</a></li><li><a href="https://www.beizhong.com/jtgk/">集团概况</a></li><li><a href="https://www.beizhong.com/xwzx/">新闻中心</a></li><li><a href="https://www.beizhong.com/cpyfw/">产品与服务</a></li><li><a href="https://www.beizhong.com/kjcx/">科技创新</a></li><li><a href="https://www.beizhong.com/djgz/">党建工作</a></li><li class="on"><a href="https://www.beizhong.com/qywh/">企业文化</a></li><li><a href="https://www.beizhong.com/shzr/">社会责任</a></li><li><a href="https://www.beizhong.com/rlzy/">人力资源</a></li>
</ul></div>
<div class="banner-sub"><img src="/images/banner_qywh.jpg" alt="" width="1100" height="180" /></div>
<div class="w1100 clearfix main">
<div class="left-side">
<div class="side-title">企业文化</div>
<ul class="side-nav">
{sub}
</ul>
<div class="side-img"><a href="https://www.beizhong.com/ztzl/xxgc/"><img src="/images/zt_xxgc.jpg" alt="专题专栏" width="240" /></a></div>
</div>
<div class="right-main">
<div class="position">您现在的位置：{cr}</div>
{main_html}
</div>
</div>
<div class="footer">
<div class="w1100">
<p><a href="https://www.beizhong.com/wzdt/">网站地图</a> | <a href="https://www.beizhong.com/lxwm/">联系我们</a> | <a href="https://www.beizhong.com/flsm/">法律声明</a></p>
<p>版权所有：北方重型装备集团有限公司　地址：河朔市经济技术开发区重装大道88号　邮编：045100</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">晋ICP备05006218号-1</a>　<img src="/images/gaba.png" alt="" /> 晋公网安备 14070202000316号</p>
</div>
</div>
<script type="text/javascript">
var _trsTracker = _trsTracker || [];
(function(){{var t=document.createElement('script');t.src='https://ta.beizhong.com/bzta.js';document.body.appendChild(t);}})();
</script>
</body>
</html>
"""


def bz_p(text):
    return f'<p style="text-indent:2em; line-height:2em; font-family:宋体; font-size:12pt">{esc(text, curly=True)}</p>'


def bz_article(title, pubtime, source, author_shown, content, prev_next, related, hits_id):
    rel = "\n".join(f'<li><a href="https://www.beizhong.com/qywh/{u}" target="_blank">{t}</a><span>{d}</span></li>' for t, u, d in related)
    return f"""<div class="article">
<h1 class="art-title">{esc(title, curly=True)}</h1>
<div class="art-info">发布时间：{pubtime}　　来源：{source}　　{('作者：' + author_shown + '　　') if author_shown is not None else ''}浏览次数：<span id="hits_{hits_id}"><script type="text/javascript">document.write(getHits('{hits_id}'));</script></span>　　【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</div>
<div class="art-content" id="zoom">
<div class="TRS_Editor">
{content}
</div>
</div>
<div class="art-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="prev-next">{prev_next}</div>
<div class="related-list"><h3>相关文章</h3><ul>
{rel}
</ul></div>
</div>"""


def build_beizhong():
    crumbs = [("首页", "https://www.beizhong.com/"), ("企业文化", "https://www.beizhong.com/qywh/"),
              ("征文选登", "https://www.beizhong.com/qywh/zwxd/")]
    # -- page 1: contest page, three prize-winning essays
    url = "https://www.beizhong.com/qywh/zwxd/202407/t20240715_58231.html"
    title = "“匠心筑梦 奋斗有我”主题征文获奖作品选登"
    essays = [("一等奖", "炉火映红的青春", E_FURNACE, "王振宇", "铸锻分公司炼钢车间"),
              ("二等奖", "一把游标卡尺", E_CALIPER, "刘晓楠", "质量检测中心"),
              ("三等奖", "夜班路上", E_NIGHTSHIFT, "赵敏", "物流保障部")]
    content = []
    gold = []
    for k, (prize, head, paras, who, unit) in enumerate(essays):
        content.append(f'<p style="text-align:center; line-height:2em"><font color="#cc0000"><strong>【{prize}】</strong></font></p>')
        content.append(f'<p style="text-align:center; line-height:2em; font-size:14pt"><strong>{esc(head, curly=True)}</strong></p>')
        content += [bz_p(p) for p in paras]
        content.append(f'<p style="text-align:right; line-height:2em; font-family:楷体_GB2312">作者：{who}</p>')
        content.append(f'<p style="text-align:right; line-height:2em; font-family:楷体_GB2312">单位：{unit}</p>')
        if k < 2:
            content.append('<p>&nbsp;</p>')
        if k:
            gold.append(head)
        gold += paras
    related = [("集团公司“匠心筑梦 奋斗有我”主题征文活动圆满收官", "whhd/202407/t20240710_58102.html", "2024-07-10"),
               ("关于开展“匠心筑梦 奋斗有我”主题征文活动的通知", "whhd/202403/t20240312_55417.html", "2024-03-12"),
               ("2023年度职工文艺作品征集获奖名单公布", "zwxd/202312/t20231228_53090.html", "2023-12-28")]
    pn = '上一篇：<a href="t20240620_57664.html">我的师傅老秦</a><br />下一篇：没有了'
    main = bz_article(title, "2024-07-15 09:30", "党委宣传部（企业文化部）", None, "\n".join(content), pn, related, "58231")
    page = bz_page("utf-8", f"{title}-北方重型装备集团有限公司", "zwxd", crumbs, main, "征文获奖作品选登")
    emit("x-beizhong-1.html", page, "utf-8", url, "utf-8", title, "-", "2024-07-15", gold)

    # -- page 2: single essay, GBK
    url = "https://www.beizhong.com/qywh/zwxd/202405/t20240520_57664.html"
    title = "我的师傅老秦"
    content = "\n".join(bz_p(p) for p in E_MASTER)
    content += '\n<p style="text-align:right; line-height:2em">（作者单位：北重集团装备制造公司数控车间）</p>'
    related = [("“最美工匠”秦永福：三十八年守一台机床", "xjdx/202310/t20231019_51288.html", "2023-10-19"),
               ("装备制造公司举办师带徒结对仪式", "whhd/202403/t20240305_55210.html", "2024-03-05")]
    pn = '上一篇：<a href="t20240511_57402.html">车间窗台上的那盆绿萝</a><br />下一篇：<a href="../202407/t20240715_58231.html">“匠心筑梦 奋斗有我”主题征文获奖作品选登</a>'
    main = bz_article(title, "2024-05-20 15:12", "装备制造公司", "孙海涛", content, pn, related, "57664")
    page = bz_page("gbk", f"{title}-北方重型装备集团有限公司", "zwxd", crumbs, main, title)
    emit("x-beizhong-2.html", page, "gbk", url, "gbk", title, "孙海涛", "2024-05-20", E_MASTER)

    # -- page 3: single essay, no author named; header utf-8, meta gbk (bytes utf-8)
    url = "https://www.beizhong.com/qywh/zgwy/202403/t20240311_55390.html"
    title = "车间窗台上的那盆绿萝"
    content = "\n".join(bz_p(p) for p in E_POTHOS)
    content = content.replace(bz_p(E_POTHOS[5]), bz_p(E_POTHOS[5]) + '\n<p style="text-align:center"><img src="/qywh/zgwy/202403/W020240311553901.jpg" width="500" alt="" oldsrc="W020240311553901.jpg" /></p>')
    related = [("动力分公司开展“绿色车间”创建活动", "whhd/202404/t20240418_56120.html", "2024-04-18")]
    pn = '上一篇：<a href="t20240302_55108.html">春天的第一场雨</a><br />下一篇：<a href="t20240320_55633.html">写给十年后的自己</a>'
    main = bz_article(title, "2024-03-11 10:05", "动力分公司", "", content, pn, related, "55390")
    crumbs3 = crumbs[:2] + [("职工文苑", "https://www.beizhong.com/qywh/zgwy/")]
    page = bz_page("gbk", f"{title}-北方重型装备集团有限公司", "zgwy", crumbs3, main, title)
    emit("x-beizhong-3.html", page, "utf-8", url, "utf-8", title, "", "2024-03-11", E_POTHOS)

    # -- page 4: the 征文选登 column (listing); no header charset, meta utf-8
    url = "https://www.beizhong.com/qywh/zwxd/"
    items = [("“匠心筑梦 奋斗有我”主题征文获奖作品选登", "202407/t20240715_58231.html", "2024-07-15"),
             ("我的师傅老秦", "202405/t20240520_57664.html", "2024-05-20"),
             ("一线“追光者”", "202405/t20240508_57318.html", "2024-05-08"),
             ("在高原上架起钢铁脊梁", "202404/t20240426_56902.html", "2024-04-26"),
             ("我和我的班组", "202404/t20240415_56041.html", "2024-04-15"),
             ("写给十年后的自己", "202403/t20240320_55633.html", "2024-03-20"),
             ("2023年度职工文艺作品征集获奖名单公布", "202312/t20231228_53090.html", "2023-12-28"),
             ("重装人的一天", "202312/t20231215_52711.html", "2023-12-15"),
             ("父亲的安全帽", "202311/t20231130_52288.html", "2023-11-30"),
             ("焊花里的青春", "202311/t20231117_51960.html", "2023-11-17"),
             ("一封家书", "202310/t20231026_51402.html", "2023-10-26"),
             ("我的入党故事", "202310/t20231009_51003.html", "2023-10-09")]
    lis = "\n".join(f'<li><span class="date">{d}</span><a href="{u}" target="_blank" title="{t}">{esc(t, curly=True)}</a></li>' for t, u, d in items)
    main = f"""<div class="list-box">
<div class="list-title"><h2>征文选登</h2></div>
<ul class="news-list">
{lis}
</ul>
<div class="page-bar"><script type="text/javascript">
var currentPage = 0;var countPage = 4;
createPageHTML(countPage, currentPage, "index", "html");
</script>共4页 &nbsp;<a href="index_1.html">下一页</a> &nbsp;<a href="index_3.html">尾页</a></div>
</div>"""
    page = bz_page("utf-8", "征文选登-北方重型装备集团有限公司", "zwxd", crumbs, main, "征文选登")
    emit("x-beizhong-4.html", page, "utf-8", url, "", kind="listing")


# ================================================================ main ==

def visible(g, data):
    text = data.decode(g["enc"], errors="strict")
    if g["ctype"] == "text/plain":
        return re.sub(r"\s+", "", text)
    t = re.sub(r"(?is)<head\b.*?</head>", " ", text)
    t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", t)
    t = re.sub(r"(?s)<!--.*?-->", " ", t)
    t = re.sub(r"(?s)<[^>]+>", " ", t)
    t = html.unescape(t)
    return re.sub(r"\s+", "", t)


def meta_charset(data):
    m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', data[:3000], re.I)
    return m.group(1).decode().lower() if m else ""


def self_check():
    bad = 0
    listings = 0
    print(f"{'page':24} {'header':8} {'meta':8} {'kind':8} chars  missing")
    for fname, data, g in PAGES:
        vis = visible(g, data)
        meta = meta_charset(data) if g["ctype"] != "text/plain" else "-"
        hdr = g["charset"] or "-"
        if g["charset"] and g["charset"] != g["enc"]:
            print("  charset mismatch", fname); bad += 1
        if not g["charset"] and meta != g["enc"]:
            print("  no header and meta != bytes", fname); bad += 1
        miss = 0
        pos = 0
        for line in g["paras"]:
            key = re.sub(r"\s+", "", line)
            i = vis.find(key, pos)
            if i < 0:
                miss += 1
                print("    MISSING:", fname, line[:40])
            else:
                pos = i + len(key)
        if g["kind"] == "listing":
            listings += 1
            if g["title"] or g["paras"]:
                print("  listing with title/text", fname); bad += 1
        else:
            if re.sub(r"\s+", "", html.unescape(g["title"])) not in vis:
                print("  title not visible", fname); bad += 1
            for a in g["author"].split():
                if a != "-" and a not in vis:
                    print("  author not visible", fname, a); bad += 1
        bad += miss
        n = sum(len(re.sub(r"\s+", "", p)) for p in g["paras"])
        print(f"{fname:24} {hdr:8} {meta:8} {g['kind'] or 'article':8} {n:5}  {miss}")
    print(f"pages: {len(PAGES)}, listings: {listings}, sites: {len(set(p[0].rsplit('-', 1)[0] for p in PAGES))}")
    print("SELF-CHECK", "OK" if bad == 0 and len(PAGES) == 24 and listings >= 8 else f"FAILED ({bad})")
    return bad


def main():
    build_tianxun()
    build_zhiwen()
    build_moxiang()
    build_souwei()
    build_wencun()
    build_beizhong()
    os.makedirs(os.path.join(OUT, "pages"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold"), exist_ok=True)
    for fname, data, g in PAGES:
        with open(os.path.join(OUT, "pages", fname), "wb") as f:
            f.write(data)
        gname = fname.rsplit(".", 1)[0] + ".txt"
        with open(os.path.join(OUT, "gold", gname), "w", encoding="utf-8", newline="\n") as f:
            f.write(gold_text(g))
    self_check()


if __name__ == "__main__":
    main()
