#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""make_w.py - blind test pages, prefix w (six invented sites, 24 pages).

Stdlib only, deterministic. Writes pages/w-SITE-N.html and gold/w-SITE-N.txt
into the current directory or the directory given as argv[1], then self-checks.
All essays, names, places, accounts and domains are invented.
"""
import html
import os
import re
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else '.'
PAGES = []   # (filename, bytes, goldtext, check-info)


def esc(s):
    return html.escape(s, quote=False)


def q_ent(s):
    """escape and write curly quotes as named entities (CMS style)"""
    return esc(s).replace('\u201c', '&ldquo;').replace('\u201d', '&rdquo;')


def enc(text, cs):
    return text.encode(cs, 'xmlcharrefreplace')


def gold(name, url, charset, title, author, published, paras, kind=None, ctype=None):
    lines = ['page: ' + name, 'url: ' + url, 'charset: ' + charset]
    if ctype:
        lines.append('content-type: ' + ctype)
    if kind:
        lines.append('kind: ' + kind)
    lines += ['title: ' + title, 'author: ' + author, 'published: ' + published, '']
    lines += paras
    return '\n'.join(lines) + '\n'


def add(name, url, header_cs, meta_cs, body_cs, text, title, author, published, paras,
        kind=None, shown_date=None, rejoined=()):
    data = enc(text, body_cs)
    g = gold(name, url, header_cs, title, author, published, paras, kind)
    PAGES.append((name, data, g, dict(header=header_cs, meta=meta_cs, body=body_cs,
                                      title=title, author=author, kind=kind,
                                      shown=shown_date, paras=paras,
                                      rejoined=set(rejoined))))


# ======================================================================
# Essays
# ======================================================================

# ---------- juwendang (document sharing, simplified) ----------
JWD1_TITLE = '我的阅读史：从连环画到电子书'
JWD1 = [
    '我最早的阅读记忆，是和一摞连环画连在一起的。那时候镇上的供销社旁边有一个小书摊，摊主是个瘸腿的老伯，他把几百本小人书用木夹子夹在一根根铁丝上，像晾衣服一样挂满了半面墙。看一本两分钱，坐在他摆好的小板凳上看，不许带走。我每天放学都要在那里蹲上半个钟头，把口袋里攒下的硬币一枚一枚交出去。',
    '《三国演义》的连环画有六十册，我是一册一册跟着看完的。有时候手头紧，就站在别的孩子身后蹭着看，老伯看见了也不赶，只是咳嗽一声，意思是别挡着光。后来我才知道，他年轻时在县剧团里画过布景，那些连环画里的人物，他闭着眼都能说出是谁画的。',
    '上了初中，学校图书室开放了。说是图书室，其实只是一间堆杂物的屋子隔出来的一半，两排书架，一张登记桌。管理员是教地理的刘老师，她借书给我们有个规矩：还书的时候要说出书里你最喜欢的一句话。说不出来的，下次就只能借薄一点的。为了能借到厚书，我养成了一边读一边往小本子上抄句子的习惯，这个习惯一直保留到今天。',
    '真正让我着迷的，是高中时从一位同学家里借来的一套旧杂志。那是他父亲订了十几年的文学期刊，用牛皮纸包着封面，按年份码在纸箱里。我一期一期往回翻，读到了许多后来才知道很有名的小说，也读到了许多再也没有人提起的作者。那些泛黄的纸页有一股樟脑丸的味道，我至今闻到樟脑还会想起那个夏天。',
    '工作以后，读书的时间被切成了碎片。通勤的地铁上，午饭后的二十分钟，睡前的半小时。纸书带着不方便，我就开始用手机读，后来又买了一台电子阅读器。起初我很不习惯，总觉得少了翻页的手感，也记不住读到了哪里，因为屏幕上的每一页都长得一样。',
]
JWD2_TITLE = '夜班公交车上的人们'
JWD2 = [
    '我住的地方离单位远，加班晚了，就只能坐最后一班公交车回家。这趟车晚上十点四十分从总站发车，穿过大半个城区，终点站在城北的一片老厂区。坐久了，我发现车上总是那么几张熟悉的面孔。',
    '最常见的是一位穿保洁服的阿姨。她总是在第三站上车，手里拎着一个褪了色的帆布袋，袋子里露出一截保温杯。她一上车就坐到后门边的位置，把袋子抱在怀里，靠着窗户打盹。有一次车猛地一刹，她的保温杯滚到了我脚边，我捡起来递给她，她连声道谢，说自己在商场做夜班保洁，十点下班，回家还得给孙子热牛奶。',
    '还有一个戴眼镜的年轻人，背着双肩包，一路都在看一本厚厚的书。我偷偷瞄过书名，是一本注册会计师考试的教材，书页边上贴满了彩色的便利贴。他从不玩手机，到站前五分钟准时合上书，把书签夹好，像是给自己定了闹钟。',
    '司机师傅姓贺，五十来岁，说话带着外地口音。车上人少的时候，他会把车里的灯调暗一些，说这样大家睡得踏实。遇到有人在站台外跑着追车，他总会多等几秒。有人劝他别这样，耽误了时间要扣钱，他笑笑说，最后一班车了，落下了人家就只能走回去。',
    '深夜的公交车很安静，只有报站的声音和发动机的轰鸣。窗外的路灯一盏一盏地往后退，车厢里的人各自沉默着，却好像有一种说不出的默契。谁在哪一站下车，大家心里都有数；哪天谁没有出现，心里还会隐隐惦记。',
    '后来我换了工作，不再需要坐那趟末班车了。可每当深夜经过公交站，看到一辆亮着灯的空车缓缓驶过，我总会想起那些素不相识的同路人。城市那么大，我们在同一辆车上坐过几百个夜晚，却连彼此的名字都不知道。也许正是这些陌生人的陪伴，让漫长的回家路变得不那么孤单。',
]
JWD3_TITLE = '关于家庭旧物整理的几点体会'
JWD3 = [
    '去年冬天，母亲搬进了我们家，她住了三十多年的老房子要腾出来。整理那套房子，前前后后花了我们一个多月。这段经历让我对“旧物”这两个字有了许多新的体会，写下来，也许对有同样打算的朋友有些用处。',
    '一、先分类，再决定',
    '刚开始，我们一进门就想着扔，结果每拿起一件东西都要争论半天，一个下午只收拾了一个抽屉。后来换了办法：先不做决定，只分类。衣物一堆，书报一堆，厨具一堆，证件票据单独放进一个纸箱。分完类再看，很多东西的去留就一目了然了，比如十几个一模一样的搪瓷缸子，留两个就足够。',
    '二、给老人留出说话的时间',
    '母亲对每件东西都有话要说。一把缺了口的剪刀，是她出嫁时外婆给的；一摞旧挂历，背面记着我小时候每次生病的日子。起初我嫌她啰嗦，后来才明白，整理旧物对老人来说，其实是一次告别。我们索性每天留出一个钟头，什么也不干，就听她讲。讲完了，她自己会说：“这个留着也没用了，拿走吧。”',
    '三、能用的东西找到下家',
    '还能用的家具和电器，我们没有当废品卖，而是在小区群里发了消息，谁需要谁来搬。一张五斗柜被楼下刚结婚的小两口搬走了，一台缝纫机送给了社区的裁缝铺。母亲听说那台缝纫机还在给人做衣服，高兴了好几天。',
    '四、留下一些“看得见”的纪念',
    '最难处理的是照片和信件。我们花了几个晚上把老照片扫描进电脑，按年份建了文件夹，原件挑了五十多张放进一本新相册。信件只留下父亲写给母亲的那几封，其余的在征得母亲同意后处理掉了。',
]

# ---------- haojing (Big5 newspaper supplement, traditional) ----------
HJ1_TITLE = '舊區的涼茶舖'
HJ1 = [
    '沙梨頭那一帶的街巷，我小時候常走。前些日子路過，發現街口那家涼茶舖還開著，門口的銅葫蘆擦得發亮，櫃檯上一字排開的瓷碗蓋著玻璃片，和三十年前幾乎一模一樣。',
    '老闆還是那位陳伯，只是背更彎了。我要了一碗廿四味，他用長柄勺從大銅壺裡舀出來，顏色深得像墨。我皺著眉喝了一口，苦得舌頭發麻，陳伯在一旁笑：「苦就對了，不苦不去火。」這句話，他大概對每個客人都說過，我小時候聽過，現在又聽了一遍。',
    '從前的涼茶舖不只是賣涼茶的地方。街坊放工回來，在這裡坐一坐，聽收音機裡的賽馬和粵曲，交換一下誰家的孩子考上了大學、誰家的老人入了醫院。店裡有一台黑白電視，放在高高的架子上，一到晚上總擠滿了看劇集的人，凳子不夠，就站著看。',
    '如今店裡的電視換成了平板，放在收銀機旁邊，陳伯的孫女在上面接外賣訂單。她告訴我，現在年輕人喜歡買樽裝的，拍照放上網，說是「懷舊」。生意沒有從前熱鬧，但也還過得去。陳伯不大懂這些，他只管每天清早四點起身煲茶，一煲就是幾個鐘頭，火候一點也不肯馬虎。',
    '臨走時，陳伯塞給我一包甘草欖，說是送給「老街坊」的。我已經不住在這一區很多年了，他居然還記得我。走出店門，回頭看那塊褪色的招牌，忽然覺得，城市變得再快，總還有一些東西是慢的。那一碗苦茶，就是這座城市慢下來的地方。',
]
HJ2_TITLE = '搭巴士的學問'
HJ2 = [
    '在這座小城搭巴士，是一門學問。路線彎彎曲曲，同一個站名可能有兩個站牌，一個在街這邊，一個在街那邊，開往的方向卻完全不同。初來的朋友常常搭錯，坐了半個鐘頭，發現車又繞回了原地。',
    '老居民自有一套辦法。他們不看站牌，看司機。哪條線的司機喜歡開快車，哪條線在某個路口總要等很久的紅燈，大家心裡清清楚楚。我家樓下的李太，每天早上搭同一班車去街市買餸，她說連司機今天心情好不好，看他怎樣關門就知道了。',
    '巴士上也有它的規矩。上車要排隊，這是不用說的；老人家上車，坐在前面的年輕人會自動讓座。有一回我見到一個小學生，背著比他還大的書包，一上車就被幾個阿姨圍著問長問短，問他讀哪間學校、成績好不好，他紅著臉一一作答，到站時幾乎是逃下車去的。',
    '繁忙時間的巴士擠得像沙甸魚罐頭，但也有溫情的一面。車子一轉彎，大家一起往一邊倒，誰踩了誰的腳，說聲「唔好意思」，對方也只是笑笑。下雨天，有人把濕漉漉的雨傘小心地收在身前，不讓它碰到旁人的褲腳。',
    '這些年城裡多了輕軌，很多人說巴士終會被取代。我倒不這樣想。輕軌快是快，卻少了一點人間煙火。巴士慢慢地穿過舊街，停停走走，車窗外是茶餐廳、五金舖和曬著衣服的騎樓。搭巴士，其實是用最便宜的方法，把這座城市從頭到尾讀一遍。',
]
HJ3_TITLE = '雨天的書報攤'
HJ3 = [
    '梅雨季節一到，街角的書報攤就要搭起一塊藍色的帆布。攤主何姑娘把雜誌一本本套上透明膠袋，報紙用石頭壓著，免得被風吹走。雨下大了，她便縮在帆布下面，抱著一個暖水壺，看來往的行人。',
    '這個書報攤是她父親留下來的。她說父親在這裡擺了四十年，從只賣幾份報紙，到後來加上馬經、漫畫和明星雜誌，最旺的時候，一天能賣出幾百份報紙。現在呢，一天賣不到五十份，買的大多是上了年紀的街坊。',
    '我問她為甚麼不轉行。她指了指攤子旁邊的一張小木凳，說那是留給陳婆婆的。陳婆婆八十多歲了，每天早上十點準時來，買一份報紙，坐在凳子上慢慢看完，再把報紙疊好帶回家。「如果我收了攤，她去哪裡坐？」何姑娘說得很輕鬆，我卻聽得心裡一熱。',
    '雨天的生意最差，卻是我最喜歡經過的時候。雨水順著帆布邊緣流下來，像一道透明的簾子，把書報攤和外面的世界隔開。簾子裡面，紙張的氣味和雨水的氣味混在一起，何姑娘的收音機低聲播著天氣報告。',
    '有人說，紙媒已經是夕陽行業。可是在這個小小的書報攤前，我看到的不只是報紙和雜誌，還有一種守候。城市裡總需要一些這樣的角落，讓走得慢的人，有一個可以停下來的地方。',
]

# ---------- qingtan (county site, GBK) ----------
QT1_TITLE = '老茶山上来了年轻人'
QT1 = [
    '五月的青潭县白岩乡，漫山的茶园一片新绿。清晨六点，云雾还没有散尽，28岁的吴思源已经背着竹篓走进了茶垄。这位从省城回乡的大学生，如今是白岩乡茶叶专业合作社的技术员。',
    '“小时候最怕上山采茶，没想到现在天天离不开这座山。”吴思源一边熟练地采下一芽一叶，一边笑着说。三年前，他辞去了在省城一家食品企业的工作，回到老家。那时村里的老茶园大多荒着，年轻人外出打工，留下的老人采不动茶，茶叶也卖不上价。',
    '回乡后，吴思源和几个同学一起，挨家挨户做工作，把零散的茶园流转到合作社统一管理。他们请来县农业农村局的专家指导修剪、施肥，又在村里建起了小型加工车间。',
    '吴思源（右）在茶园里向村民讲解春茶采摘标准。',
    '光把茶种好还不够，还得卖出去。合作社的几个年轻人开起了网店，每天在茶园里做直播，从采茶、摊青讲到杀青、揉捻。“很多网友第一次知道，一杯茶要经过这么多道工序。”负责直播的杨小蔓说。去年，合作社通过网络卖出干茶一万二千多斤，销售额比三年前翻了两番。',
    '年轻人的到来，也让老茶农们有了新的盼头。63岁的村民周德厚把自家的八亩茶园交给了合作社，自己在合作社打工，每年除了土地流转费，还能拿到三万多元工资。“以前是一个人守着山，现在是一群人围着山转。”周德厚说。',
    '白岩乡茶叶加工车间内，工人正在对鲜叶进行摊晾。',
    '目前，白岩乡已有二十多名外出青年返乡创业，发展茶园面积四千余亩。乡党委负责人表示，下一步将依托茶产业发展茶旅融合，建设茶文化体验点，让更多年轻人愿意回来、留得下来。',
]
QT2_TITLE = '《青潭县城乡生活垃圾分类管理办法》政策解读'
QT2 = [
    '近日，《青潭县城乡生活垃圾分类管理办法》（以下简称《办法》）正式印发，自2024年7月1日起施行。为便于广大群众了解《办法》的主要内容，现解读如下。',
    '一、出台背景',
    '近年来，随着我县城镇化进程加快和居民生活水平提高，生活垃圾产生量逐年增加，部分乡镇存在垃圾随意堆放、混装混运等问题。为推动生活垃圾减量化、资源化、无害化处理，改善城乡人居环境，县住房和城乡建设局在深入调研、广泛征求意见的基础上，起草了《办法》。',
    '二、主要内容',
    '《办法》共六章三十二条，明确了生活垃圾分为可回收物、有害垃圾、厨余垃圾和其他垃圾四类，规定了各类垃圾的投放、收集、运输和处理要求。',
    '（一）明确责任主体。机关、企事业单位的办公和经营场所，由本单位负责管理；住宅小区实行物业服务的，由物业服务企业负责；未实行物业服务的，由所在村（居）民委员会负责。',
    '（二）规范投放行为。居民应当按照分类标准将生活垃圾投放到相应的收集容器内，大件垃圾和装修垃圾应当预约收运，不得随意丢弃。',
    '（三）推行农村分类。各乡镇应当结合实际，推行“户分类、村收集、镇转运、县处理”的农村生活垃圾处理模式，鼓励村民将厨余垃圾就地堆肥。',
    '三、激励与监督',
    '《办法》提出，对分类工作成效明显的小区、村庄和个人，由县人民政府给予表扬；鼓励社区开展积分兑换等活动。对违反分类投放规定的，由综合行政执法部门先行劝导，拒不改正的依法处理。',
    '四、咨询方式',
    '市民对《办法》有疑问的，可在工作日拨打县住房和城乡建设局城市管理股电话（0758）6632415咨询。',
]

# ---------- haozuowen (essay site) ----------
HZW1_TITLE = '关于秋天的作文600字（精选3篇）'
HZW1_ESSAYS = [
    ('【篇一】银杏叶落的时候', [
        '我们学校的操场边有一排银杏树，每到十月，叶子就一片一片地黄了。起初只是叶尖带一点黄，像被谁用毛笔轻轻点了一下；过不了几天，整棵树就变成了金灿灿的一团，远远望去，好像一把把撑开的黄伞。',
        '课间的时候，我最喜欢和同桌跑到树下去捡叶子。银杏叶的形状很特别，像一把小扇子，叶脉一条一条从叶柄散开，整整齐齐。同桌说，要挑最完整、颜色最匀的那一片，夹在语文书里，等到冬天再拿出来，它就变成了一枚书签。',
        '有一天刮起了大风，银杏叶像下雨一样纷纷落下。我站在树下，仰着头，叶子落在我的头发上、肩膀上，还有一片正好落进了我的衣领里，凉凉的，痒痒的。那一刻，我觉得秋天就在我身边，伸手就能抓住。',
        '打扫卫生的王爷爷却有些发愁，他说叶子落得太多，一天要扫好几遍。放学后，我们班的几个同学主动拿起扫帚帮他，把落叶扫成一堆一堆的小山。王爷爷笑着说，这些叶子不会浪费，可以堆起来做肥料，明年春天再还给大树。',
        '我忽然明白，落叶并不是秋天的结束，而是另一种开始。银杏树把最美的颜色留给了秋天，又把自己的叶子还给了泥土。我想，这大概就是秋天想告诉我们的道理吧。',
    ]),
    ('【篇二】外婆家的秋收', [
        '国庆假期，爸爸妈妈带我回了乡下的外婆家。一下车，我就闻到了一股稻谷的清香。村口的田野里，金黄的稻穗低着头，风一吹，掀起一层层稻浪。',
        '外婆早早地等在门口，手里还拿着一把镰刀。她说今年雨水好，稻子长得壮，正赶上收割。我吵着要跟去田里，外婆拗不过我，给我戴了一顶草帽，又叮嘱我别被稻叶划了手。',
        '田里已经有好几户人家在忙活了。有的用收割机，轰隆隆地开过去，一大片稻子就倒下了；外婆家的田在坡上，收割机开不上去，只能用手割。舅舅弯着腰，左手抓住一把稻秆，右手的镰刀一拉，“唰”的一声，稻子就整整齐齐地躺在了地上。我也学着割了几把，没一会儿就腰酸背痛，手心还磨红了。',
        '中午，我们坐在田埂上吃外婆送来的饭菜。青菜是园子里刚摘的，鸡蛋是自家鸡下的，就连米饭也是去年的新米煮的，香得我一连吃了两碗。外婆看着我，笑得眼睛眯成了一条缝。',
        '傍晚回家的路上，夕阳把整片田野染成了橘红色。我回头看着那一捆捆码好的稻子，心里忽然对“粒粒皆辛苦”这句诗有了新的理解。原来，我们碗里的每一粒米，都藏着这么多的汗水。',
    ]),
    ('【篇三】秋夜听虫', [
        '城里的秋天总是来得悄无声息，直到有一天晚上，我在阳台上听见了虫鸣，才发现秋天已经到了。',
        '那声音是从楼下的花坛里传来的，“唧唧——唧唧——”，时断时续，像有人在远处拉着一把细细的胡琴。我趴在栏杆上听了很久，想找出它藏在哪里，可花坛里黑乎乎的，什么也看不见。',
        '爸爸走过来，说那是蟋蟀在叫。他告诉我，蟋蟀是靠翅膀摩擦发出声音的，只有雄蟋蟀才会叫。小时候他住在平房里，一到秋天，墙根下、砖缝里到处都是蟋蟀，晚上睡觉，就像有一支小乐队在窗外演奏。',
        '我问爸爸，为什么现在城里的虫子这么少。爸爸想了想说，楼房多了，草地少了，虫子就没有地方住了。听了这话，我心里有点难过。第二天，我和妈妈一起在阳台的花盆里多种了几株草，还放了一小块湿润的泥土。我想，说不定哪一天，也会有一只蟋蟀住进我们家。',
        '秋夜的虫鸣很轻，却让我的心一下子安静下来。在这个到处都是汽车声和喇叭声的城市里，能听见一只小虫子的歌唱，真是一件幸福的事。',
    ]),
]
HZW2_TITLE = '我的外公是个修车匠'
HZW2 = [
    '在我们小区门口的梧桐树下，有一个小小的修车摊，摊主就是我的外公。一张旧木桌，一个装满工具的铁皮箱，一只盛着水的脸盆，再加上一块写着“修车 打气”的硬纸板，这就是外公的全部家当。',
    '外公修车已经有二十多年了。他年轻时在自行车厂当过钳工，退休后闲不住，就在这里摆起了摊。来修车的大多是附近的老邻居，还有赶着上学的学生。谁的车链掉了、谁的车胎扎了，只要推到外公面前，不出十分钟，保准修得好好的。',
    '我最爱看外公补车胎。他先把轮胎从车圈上撬下来，抽出内胎，打上气，然后把内胎一段一段地按进水盆里。哪里冒出一串小气泡，哪里就是漏气的地方。他用粉笔在那里画个圈，再用锉刀把四周锉毛，抹上胶水，贴上一块圆圆的胶皮，用小锤子轻轻敲几下。整个过程不紧不慢，像是在完成一件艺术品。',
    '外公收费很便宜，补一次胎只要五块钱，打气从来不要钱。有一次，一个初中生的车坏在半路，身上没带钱，急得快哭了。外公二话不说帮他修好，还摆摆手说：“快去上学吧，别迟到了。”第二天，那个男孩特意跑来，把钱塞进外公的铁皮箱里，还送了外公一瓶矿泉水。外公逢人就说起这件事，高兴得像个孩子。',
    '冬天的早晨特别冷，外公的手上裂开了一道道口子，贴满了胶布。妈妈劝他别干了，在家歇着，外公却说：“大家都习惯了到这儿来修车，我不来，他们找谁去？”',
    '现在，街上的共享单车越来越多，来修车的人少了，可外公的修车摊还在那棵梧桐树下。每次放学经过，我都会远远地喊一声“外公”，他抬起头，冲我笑笑，手里的活却一刻也没停。我想，外公守着的不只是一个修车摊，更是一份对邻里的责任和温暖。',
]
HZW3_TITLE = '读《槐花巷》有感'
HZW3 = [
    '寒假里，我读完了顾南星的小说《槐花巷》。合上书的那一刻，窗外正飘着细细的雪，我的心里也好像落了一层薄薄的霜，说不出是温暖还是惆怅。',
    '这本书是通过一个叫小满的女孩的眼睛，来看一条老巷子里的生活的。小满好奇心很强，看什么都新鲜，问什么都要问到底。她和巷口修伞的哑巴叔叔交上了朋友，和总在槐树下晒太阳的孤老太太说过知心话，也和家里请来的保姆桂姨一起度过了许多个日夜。在大人们眼里，这些人或可怜，或古怪，或只是一个保姆，可在小满眼里，他们都是和她一样有血有肉、有喜有悲的人。',
    '最让我难忘的是修伞的哑巴叔叔。他不会说话，却会用旧伞骨给小满扎小风车。巷子里的孩子都躲着他，大人们也说他脾气怪，只有小满知道，他每天收摊以后，都要把捡来的破伞一把一把修好，送给下雨天没带伞的学生。后来巷子要拆了，哑巴叔叔搬走的那天，小满追到巷口，只看见他留在墙根下的一把蓝伞。读到这里，我忍不住停了下来，想了很久。我们平时总喜欢凭外表去判断一个人，可真实的世界哪有那么简单呢？',
    '书里的每一个故事，结尾都是分离。老太太被儿子接走了，桂姨回了老家，哑巴叔叔不知去向，最后，那条槐花巷也不在了。小满站在一片废墟前对自己说：“槐花落了，我也长大了。”这句话读起来很平静，却让我的眼眶一下子湿了。成长，大概就是在一次次的离别中，慢慢学会承担吧。',
    '读完这本书，我开始留心身边那些不起眼的人：小区门口卖烤红薯的大爷，学校里每天早早来开门的保安叔叔，还有楼下总是笑眯眯的快递员。他们也有自己的故事，只是我们很少停下来听一听。我想，像小满那样用一颗单纯而善良的心去看世界，也许就是这本书留给我最珍贵的礼物。',
]

# ---------- tingyu (traditional blog) ----------
TY1_TITLE = '菜市場裡的老秤'
TY1 = [
    '家附近的傳統市場要改建了，公告貼在入口的柱子上，說是明年春天動工。那天去買菜，我特意多繞了幾圈，好像要把這個地方記在心裡。',
    '市場最裡面有一個賣豆腐的攤位，老闆娘姓邱，六十多歲，嗓門很大。她的攤子上一直擺著一桿老秤，黑色的秤桿已經磨得發亮，秤砣用紅繩繫著。旁邊明明就有一台電子秤，是市場管理處統一發的，她卻很少用。',
    '我問她為什麼不用電子秤，她說電子秤會跳，看得人心慌；老秤不一樣，秤桿一平，斤兩就清清楚楚，買的人放心，賣的人也安心。說著，她把兩塊板豆腐放進秤盤，手指輕輕一撥秤砣，秤桿穩穩地平了。「一斤二兩，算你一斤。」她把豆腐裝進塑膠袋，又順手塞了一把蔥。',
    '在這個市場裡，像這樣「算你一斤」的事情每天都在發生。賣魚的阿伯會幫你把魚鱗刮乾淨，順便教你怎麼煎才不會黏鍋；賣菜的阿姨知道你一個人住，會把一把青菜分成兩半，只收你一半的錢。這些人情，是超市的條碼和收銀機算不出來的。',
    '當然，傳統市場也有它的問題。地面總是濕漉漉的，夏天悶熱，冬天漏風，攤商們也常抱怨生意一年不如一年。改建之後，這裡會變成乾淨明亮的新大樓，有冷氣，有停車場，應該是好事。只是我不知道，那桿老秤會不會也一起搬進去。',
    '回家的路上，我提著豆腐和蔥，想起小時候跟著外婆上市場的情景。外婆買東西從不看秤，她說做生意的人要看臉，臉上笑的，秤就不會短。那時候我不懂，現在好像有點懂了。秤量的是東西的重量，而人心的重量，要靠彼此的信任來量。',
]
TY2_TITLE = '陽台上的番茄'
TY2 = [
    '去年秋天搬到現在的住處，最讓我滿意的是那個朝南的小陽台。陽台不大，放兩張椅子就滿了，可是陽光很好，從早上九點一直曬到下午三點。搬進來的第二個星期，我就去花市買了幾個塑膠盆和一袋培養土，決定種番茄。',
    '說是決定，其實一點把握也沒有。我從小在公寓長大，連蔥都沒種活過。花市的老闆看我一臉茫然，推薦我買小番茄的苗，說比大番茄好養，結果也快。我挑了四株看起來最壯的，小心翼翼地抱回家。',
    '頭一個月幾乎是在手忙腳亂中度過的。澆水太多，葉子發黃；澆水太少，葉子又捲起來。我在網路上查了許多資料，才知道番茄喜歡「乾透澆透」，土表乾了再一次澆足，不能天天澆一點點。我在陽台的牆上貼了一張紙，記下每次澆水的日期，像在照顧一個新生兒。',
    '冬天過去，番茄苗長到了半人高，開出了一簇簇小黃花。可是花開了又落，就是不結果。樓下的鄰居張太太看見了，笑著告訴我，陽台上沒有蜜蜂，要自己幫它授粉。她教我在中午的時候，用手指輕輕彈一彈花枝，讓花粉落下來。我半信半疑地照做，一個星期後，花謝的地方真的冒出了一顆綠色的小果子，只有綠豆那麼大。',
    '從那以後，我每天早上起床第一件事，就是去陽台數番茄。一顆、兩顆、五顆、十二顆……果子一天天變大，顏色從青綠轉成淡黃，再轉成橘紅。上個週末，我終於摘下了第一顆完全熟透的番茄，放進嘴裡，酸甜的汁水一下子湧出來，那是任何超市買來的番茄都比不上的味道。',
    '我把一小碗番茄送給張太太，謝謝她的指點。她說，種東西最好的地方，不是吃到果子，而是讓人學會等待。這句話我記住了。在這個什麼都講求快的時代，能有一個陽台，讓我每天慢慢地看一株植物長大，已經是很奢侈的事了。',
]

# ---------- moyuan (magazine reader, simplified) ----------
MY1_TITLE = '修表的人'
MY1 = [
    '老街拐角有一间修表铺，门脸只有一米来宽，玻璃柜台里摆着几块旧表，柜台后面坐着一个戴单眼放大镜的老人。我路过那里许多年，从没见他抬过头。',
    '第一次走进去，是因为父亲留下的一块手表停了。那块表跟了父亲三十多年，表蒙子上有一道细细的划痕，表带换过好几回。父亲走后，我把它收在抽屉里，有一天拿出来，发现指针停在四点十分，再也不走了。',
    '老人接过表，翻来覆去看了一会儿，说：“机芯没坏，是油干了。”他用一把极小的螺丝刀打开后盖，露出里面密密麻麻的齿轮。那些齿轮比米粒还小，在台灯下闪着淡淡的金光。他用镊子一个一个取下来，放进一个盛着清洗液的小碟子里，动作轻得像在给婴儿洗澡。',
    '我站在柜台外等着，铺子里很安静，只有墙上十几只挂钟各自走着，嘀嗒声此起彼伏，却又奇怪地和谐。老人说，这些钟都是别人送来修了以后没来取的，有的一放就是十几年。他舍不得扔，就挂在墙上，每天上一遍弦。',
    '一个多小时后，表修好了。老人把它贴在耳边听了听，递给我：“走得准着呢，比你我都准。”我问多少钱，他说二十块。我觉得太少，他摆摆手：“这表是老物件，修它是缘分。”',
    '后来我常去那间铺子坐坐。老人话不多，偶尔会讲起他年轻时在钟表厂的日子。他说修表最要紧的不是手艺，是耐心，“时间这东西，你急它也不快，你慢它也不等。”如今父亲的表戴在我的手腕上，每天清晨，我都会给它上弦。指针走动的声音很轻，像是有人在耳边，不紧不慢地说着话。',
]
MY2_TITLE = '河堤上的晨跑'
MY2 = [
    '我开始晨跑，是在三十五岁生日那天。那天早上照镜子，发现自己的脸圆了一圈，眼睛下面挂着两片青黑，忽然就有些害怕。吃过早饭，我翻出一双很久没穿的运动鞋，下了楼。',
    '小区后面是一条河，河堤修成了步道，两旁种着柳树。第一天我只跑了不到一公里，就喘得像拉风箱，只好扶着栏杆走回家。第二天腿疼得下不了楼梯，我咬咬牙，还是去了。',
    '跑得多了，便认识了河堤上的“老面孔”。有一位白发的老先生，每天六点准时出现，倒着走，一边走一边拍手；有一对中年夫妻，总是一前一后地跑，丈夫跑在前面，隔一会儿就回头看看；还有一个穿校服的女孩，大概是高中生，跑完步就坐在长椅上背英语单词，声音很小，嘴唇却动得飞快。',
    '我们从不交谈，只在擦肩而过时点点头。有一回下了一夜的雨，河堤上积了水，我以为不会有人来，可到了那里，老先生照样在倒着走，那对夫妻撑着伞慢慢地跑，女孩坐在亭子里，膝盖上摊着单词本。我忽然觉得，自己并不是一个人在坚持。',
    '半年过去，我能一口气跑完五公里了。体重减了一些，但更大的变化在别处。以前我总是失眠，夜里翻来覆去想工作上的事；现在跑完步，脑子像被河风吹过一样清爽，心里那些乱糟糟的念头，也慢慢沉了下去。',
    '前些天，那个穿校服的女孩没有再来。我猜她大概是高考结束了，去了别的城市。那天我跑过那张长椅，不知怎么放慢了脚步。河水还是那样流着，柳枝垂到水面上，一切都和往常一样，又好像少了点什么。',
    '人到中年，能坚持下来的事情不多。晨跑算一件。它没有让我变成更好的人，却让我在每天最早的那段时光里，和这条河、这些陌生人，安安静静地待在一起。',
]
MY3_TITLE = '一碗阳春面'
MY3 = [
    '我们镇上最好吃的阳春面，在老桥头的徐记面馆。面馆没有招牌，只在门口挂一块蓝布帘子，布帘上用白漆写着一个“面”字，风吹日晒，那个字已经淡得快看不清了。',
    '徐师傅每天凌晨四点起来熬汤。汤是用猪骨和鳝骨一起熬的，熬足三个钟头，清得能照见人影。面是他自己擀的，擀好后切得细细的，下锅煮上一分钟就捞起，放进早已调好酱油、猪油和葱花的碗里，再浇上一勺滚烫的清汤。一碗面端上来，葱花浮在汤面上，绿得发亮。',
    '小时候，阳春面是我最盼望的早饭。那时候一碗面一角五分，母亲每个星期天才舍得给我一碗的钱。我总是先喝一口汤，再小心地把面一根一根挑起来吃，吃到最后，连碗底的葱花也要用筷子夹干净。',
    '后来我去外地读书、工作，吃过很多地方的面，有的浇头丰盛，有的汤底浓厚，却总觉得少了点什么。每次回老家，第一件事就是去徐记吃一碗阳春面。徐师傅老了，擀面的活交给了儿子，可汤还是他亲自熬。他认得我，每次都会在我的碗里多放一勺猪油，说：“在外头吃不到这个味道吧？”',
    '今年春节回去，面馆门口排起了长队，有许多拿着手机拍照的年轻人。徐师傅的儿子说，前些日子有人把面馆拍成视频放到网上，一下子来了好多外地人。我有些担心，怕热闹会改变这碗面的味道。可是端上来一尝，还是那口清汤，还是那把细面，还是那一撮翠绿的葱花。',
    '一碗阳春面，没有什么复杂的东西，不过是面、汤和一点葱花。可正是这样的简单，让人在走了很远的路之后，还想回来。',
]
MY3_CAPTION = '清晨六点，老桥头的面馆已经坐满了客人'


# ======================================================================
# Site 1: juwendang - document sharing site (聚文档)
# ======================================================================
JWD_HOST = 'https://www.juwendang.com'


NOSTART = '，。、；：？！”’）》」…'


def wrap(text, width, indent=True):
    """hard-wrap a paragraph like a PDF text layer; first line indented by two ideographic spaces"""
    s = ('\u3000\u3000' + text) if indent else text
    out, i = [], 0
    while i < len(s):
        j = i + width
        while j < len(s) and s[j] in NOSTART:   # no line starts with closing punctuation
            j += 1
        out.append(s[i:j])
        i = j
    return out


def jwd_related(items):
    out = []
    for i, (t, pg, sc) in enumerate(items):
        out.append('      <li><i class="ico ico-%s"></i><a href="/p-%d.html" target="_blank" title="%s">%s</a>'
                   '<span class="meta">%d页 · %s</span></li>' % (
                       'pdf' if i % 3 else 'doc', 71034520 + i * 7919, esc(t), esc(t), pg, sc))
    return '\n'.join(out)


def jwd_page(n, meta_cs, title, ext, doc_id, uploader, uid, up_date, total, shown, blocks, free,
             cat, tags, views, downs, size, related, other_docs):
    """blocks: list of pages, each a list of (kind, text); kind 'title','by','p','h','pc' (para continues)"""
    meta = ('<meta charset="%s">' % meta_cs) if meta_cs == 'utf-8' else \
        '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % meta_cs
    pages_html = []
    for pi, blk in enumerate(blocks, 1):
        lines = []
        top = 72
        for kind, text in blk:
            if kind == 'title':
                lines.append('<div class="t fs22 c" style="top:%dpx;left:0;width:100%%">%s</div>' % (top, esc(text)))
                top += 44
                continue
            if kind == 'by':
                lines.append('<div class="t fs14 c" style="top:%dpx;left:0;width:100%%">%s</div>' % (top, esc(text)))
                top += 36
                continue
            if kind == 'h':
                lines.append('<div class="t fs15 b" style="top:%dpx;left:86px">%s</div>' % (top, esc(text)))
                top += 30
                continue
            for ln in wrap(text, 34, indent=(kind == 'p')):
                lines.append('<div class="t fs15" style="top:%dpx;left:86px">%s</div>' % (top, esc(ln)))
                top += 27
        pages_html.append('''    <div class="page-item" id="pageContainer%d" data-page="%d">
     <div class="page-inner" style="width:794px;height:1123px;position:relative;background:#fff">
      <!-- text layer generated by converter v3.2 -->
      %s
     </div>
     <div class="page-num">第%d页 / 共%d页</div>
    </div>''' % (pi, pi, '\n      '.join(lines), pi, total))
    rest = total - shown
    if free:
        tail = '''    <div class="read-end">
     <p>文档已全部加载完毕</p>
     <a class="btn-down" href="javascript:;" onclick="Doc.download(%d)">免费下载本文档</a>
    </div>''' % doc_id
    else:
        tail = '''    <div class="vip-mask" id="vipMask">
     <div class="mask-shadow"></div>
     <p class="remain">剩余%d页未读，继续阅读需开通VIP</p>
     <p class="sub">开通VIP会员，海量文档免费下载，享受无广告阅读</p>
     <a class="btn-vip" href="/vip/?from=doc_%d">立即开通VIP</a>
     <a class="btn-down" href="javascript:;" onclick="Doc.download(%d)">下载文档（3积分）</a>
    </div>''' % (rest, doc_id, doc_id)
    tags_html = ' '.join('<a href="/tag/%s/">%s</a>' % (esc(t), esc(t)) for t in tags)
    others = '\n'.join('       <li><a href="/p-%d.html">%s</a></li>' % (68000001 + i * 331, esc(t))
                       for i, t in enumerate(other_docs))
    return '''<!DOCTYPE html>
<html lang="zh-CN">
<head>
%s
<meta name="renderer" content="webkit">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>%s%s - 聚文档</title>
<meta name="keywords" content="%s">
<meta name="description" content="%s%s - 聚文档，在线阅读与下载。%s">
<link rel="stylesheet" href="//static.juwendang.com/css/doc-view.8c1f2e.css">
<link rel="canonical" href="%s/p-%d.html">
<script>
var pageConfig = {"docId":%d,"uid":"%s","title":"%s","format":"%s","totalPage":%d,"previewPage":%d,"isFree":%s,"price":3,"uploadTime":"%s","cat":"%s"};
</script>
<script src="//static.juwendang.com/js/jquery-1.12.4.min.js"></script>
</head>
<body class="doc-view">
<div class="top-bar">
 <div class="w1200">
  <span class="welcome">欢迎来到聚文档！</span>
  <a href="/login/">登录</a> | <a href="/reg/">免费注册</a> | <a href="/vip/" class="vip">开通VIP</a> | <a href="/upload/">上传文档赚收益</a> | <a href="/help/">帮助中心</a>
 </div>
</div>
<div class="header w1200">
 <a class="logo" href="/"><img src="//static.juwendang.com/img/logo.png" alt="聚文档"></a>
 <form class="search" action="/search/" method="get"><input type="text" name="q" placeholder="搜索海量文档"><button type="submit">搜索</button></form>
</div>
<div class="nav"><div class="w1200">
 <a href="/">首页</a><a href="/c/jiaoyu/">教育资源</a><a href="/c/bangong/">办公文档</a><a href="/c/hangye/">行业资料</a><a href="/c/wenxue/" class="on">文学作品</a><a href="/c/shenghuo/">生活休闲</a><a href="/jingpin/">精品文档</a><a href="/vip/">VIP专区</a>
</div></div>
<div class="w1200 clearfix">
 <div class="crumb"><a href="/">聚文档</a> &gt; <a href="/c/wenxue/">文学作品</a> &gt; <a href="/c/wenxue/sanwen/">%s</a> &gt; <span>正文</span></div>
 <div class="main-left">
  <div class="doc-head">
   <h1 class="doc-title"><i class="icon-%s"></i>%s.%s%s</h1>
   <div class="doc-info">
    <span>上传人：<a href="/u/%s/">%s</a></span>
    <span>上传时间：%s</span>
    <span>格式：%s</span>
    <span>页数：%d</span>
    <span>浏览：%s</span>
    <span>下载：%d</span>
    <span>大小：%s</span>
   </div>
   <div class="doc-btns">
    <a class="btn-download" href="javascript:;" onclick="Doc.download(%d)">下载文档</a>
    <a class="btn-fav" href="javascript:;" onclick="Doc.fav(%d)">收藏</a>
    <a class="btn-share" href="javascript:;">分享</a>
    <a class="btn-report" href="/report/?id=%d">举报</a>
   </div>
  </div>
  <!-- doc reader -->
  <div class="doc-reader" id="docReader">
%s
%s
  </div>
  <div class="doc-foot">
   <div class="tags">标签：%s</div>
   <div class="disclaimer">
    <p>1、本文档由用户上传，聚文档仅提供信息存储空间，仅对用户上传内容的表现方式做保护处理，对上载内容本身不做任何修改或编辑。</p>
    <p>2、如文档侵犯您的权益，请联系客服反馈，我们将尽快处理。</p>
   </div>
   <div class="comments"><h3>文档评论（0）</h3><div class="empty">暂无评论，快来抢沙发吧～</div>
    <textarea placeholder="发表评论需登录"></textarea><button>发表</button></div>
   <div class="related">
    <h3>相关文档</h3>
    <ul>
%s
    </ul>
   </div>
  </div>
 </div>
 <div class="main-right">
  <div class="uploader-card">
   <img class="avatar" src="//img.juwendang.com/avatar/%s.jpg" alt="">
   <div class="uname"><a href="/u/%s/">%s</a> <i class="lv">LV5</i></div>
   <div class="ustat"><span>文档 <b>126</b></span><span>粉丝 <b>58</b></span><span>获赞 <b>341</b></span></div>
   <a class="btn-follow" href="javascript:;">+ 关注</a>
   <div class="uother"><h4>TA的其他文档</h4>
    <ul>
%s
    </ul>
   </div>
  </div>
  <div class="side-ad"><a href="/vip/"><img src="//static.juwendang.com/img/vip-side.png" alt="开通VIP 海量文档免费下"></a></div>
 </div>
</div>
<div class="footer">
 <p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/agreement/">用户协议</a> | <a href="/copyright/">版权申诉</a> | <a href="/help/">帮助中心</a></p>
 <p>Copyright &copy; 2016-2024 juwendang.com 版权所有 苏ICP备17058213号-2 苏公网安备32010502010477号</p>
</div>
<script>
var _hmt = _hmt || [];
(function() { var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?3f2e0b9d1c"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();
</script>
<script src="//static.juwendang.com/js/doc-view.5a7d.js"></script>
</body>
</html>
''' % (meta, esc(title), '.' + ext, esc(' '.join(tags)), esc(title), '.' + ext, esc(blocks[0][2][1][:40]),
       JWD_HOST, doc_id, doc_id, uid, title, ext, total, shown, 'true' if free else 'false', up_date, cat,
       esc(cat), ext, esc(title), ext, '' if free else '<span class="vip-tag">VIP</span>',
       uid, esc(uploader), up_date, ext.upper(), total, views, downs, size, doc_id, doc_id, doc_id,
       '\n'.join(pages_html), tail, tags_html, jwd_related(related), uid, uid, esc(uploader), others)


def build_juwendang():
    other = ['散文随笔：老街的黄昏.doc', '童年的夏天（散文）.pdf', '读书笔记十二则.pdf', '关于读书的名言警句汇编.doc',
             '家乡的河.pdf', '初中语文散文阅读训练题（含答案）.doc']
    # page 1: 5 pages, 2 shown, VIP bar; paragraph 3 crosses the page break
    p3a, p3b = JWD1[2][:96], JWD1[2][96:]
    blocks = [
        [('title', JWD1_TITLE), ('by', '文／杜文涛'), ('p', JWD1[0]), ('p', JWD1[1]), ('p', p3a)],
        [('pc', p3b), ('p', JWD1[3]), ('p', JWD1[4])],
    ]
    rel = [('我的读书故事（散文）', 3, '4.6分'), ('阅读史与个人成长的关系研究', 12, '4.2分'), ('连环画的黄金年代', 6, '4.8分'),
           ('从纸质阅读到数字阅读的转变', 9, '4.1分'), ('关于阅读的作文范文五篇', 5, '3.9分'), ('书店记忆：一个小镇青年的阅读', 4, '4.5分'),
           ('电子书与纸质书的利弊分析', 7, '4.0分'), ('我的读书生活（演讲稿）', 2, '4.3分')]
    t = jwd_page(1, 'utf-8', JWD1_TITLE, 'pdf', 71258804, '书山有路2019', 'shushan2019', '2024-02-18', 5, 2, blocks,
                 False, '散文随笔', ['阅读', '散文', '随笔', '成长'], '1,284', 37, '312KB', rel, other)
    add('w-juwendang-1.html', JWD_HOST + '/p-71258804.html', 'utf-8', 'utf-8', 'utf-8', t, JWD1_TITLE, '杜文涛',
        '2024-02-18', JWD1, shown_date='2024-02-18', rejoined=[JWD1[2]])
    # page 2: free, 3 pages all shown, no byline in the document
    p4a, p4b = JWD2[3][:70], JWD2[3][70:]
    blocks = [
        [('title', JWD2_TITLE), ('p', JWD2[0]), ('p', JWD2[1])],
        [('p', JWD2[2]), ('p', p4a)],
        [('pc', p4b), ('p', JWD2[4]), ('p', JWD2[5])],
    ]
    rel = [('末班车（小小说）', 2, '4.4分'), ('城市公共交通夜间线路调研报告', 18, '4.0分'), ('深夜食堂读后感', 3, '3.8分'),
           ('关于陌生人的散文三篇', 6, '4.6分'), ('公交车上的温暖瞬间（作文）', 2, '4.1分'), ('我们这座城市的夜晚', 5, '4.5分')]
    t = jwd_page(2, 'utf-8', JWD2_TITLE, 'pdf', 70993117, '城市漫游者', 'cityroamer', '2023-11-26', 3, 3, blocks,
                 True, '散文随笔', ['城市', '散文', '公交'], '862', 54, '208KB', rel,
                 ['地铁站口的早餐摊.pdf', '雨夜出租车.pdf', '城中村的猫.doc', '菜场笔记.pdf'])
    add('w-juwendang-2.html', JWD_HOST + '/p-70993117.html', '', 'utf-8', 'utf-8', t, JWD2_TITLE, '',
        '2023-11-26', JWD2, shown_date='2023-11-26', rejoined=[JWD2[3]])
    # page 3: header utf-8, meta gbk (bytes utf-8); 4 pages, 3 shown
    blocks = [
        [('title', JWD3_TITLE), ('by', '作者：韩晓梅'), ('p', JWD3[0]), ('h', JWD3[1]), ('p', JWD3[2])],
        [('h', JWD3[3]), ('p', JWD3[4]), ('h', JWD3[5])],
        [('p', JWD3[6]), ('h', JWD3[7]), ('p', JWD3[8])],
    ]
    rel = [('断舍离读书笔记', 4, '4.2分'), ('家庭收纳整理技巧大全', 15, '4.7分'), ('老人搬家注意事项', 3, '4.0分'),
           ('旧物改造创意方案', 8, '4.3分'), ('整理师职业入门指南', 22, '4.1分'), ('关于旧物的散文随笔', 5, '4.6分'),
           ('老照片数字化保存方法', 6, '4.4分'), ('社区闲置物品交换活动方案', 7, '3.9分'), ('陪伴老人的十个建议', 3, '4.5分'),
           ('搬家清单（完整版）', 2, '4.0分')]
    t = jwd_page(3, 'gbk', JWD3_TITLE, 'docx', 71402256, '暖阳小筑', 'nuanyang88', '2024-03-30', 4, 3, blocks,
                 False, '生活随笔', ['整理', '收纳', '家庭', '老人'], '2,017', 88, '95KB', rel,
                 ['家庭年夜饭菜单.docx', '亲子阅读打卡表.pdf', '周末家务分工表.docx'])
    add('w-juwendang-3.html', JWD_HOST + '/p-71402256.html', 'utf-8', 'gbk', 'utf-8', t, JWD3_TITLE, '韩晓梅',
        '2024-03-30', JWD3, shown_date='2024-03-30')
    # page 4: uploader's document list (listing)
    docs = [('我的阅读史：从连环画到电子书.pdf', 5, '2024-02-18', '1,284'), ('小镇书摊往事.pdf', 4, '2024-02-02', '903'),
            ('读书笔记十二则.pdf', 12, '2024-01-20', '2,311'), ('散文随笔：老街的黄昏.doc', 3, '2024-01-06', '417'),
            ('童年的夏天（散文）.pdf', 4, '2023-12-28', '688'), ('关于读书的名言警句汇编.doc', 8, '2023-12-15', '5,420'),
            ('家乡的河.pdf', 3, '2023-12-01', '372'), ('初中语文散文阅读训练题（含答案）.doc', 16, '2023-11-19', '7,065'),
            ('图书馆里的一个下午.pdf', 2, '2023-11-03', '251'), ('我的语文老师.doc', 3, '2023-10-22', '1,137'),
            ('秋天的散步（读后感）.pdf', 2, '2023-10-09', '498'), ('名家散文摘抄三十段.doc', 21, '2023-09-25', '3,982'),
            ('旧书市场见闻.pdf', 4, '2023-09-10', '356'), ('写给十年后的自己.doc', 2, '2023-08-30', '829'),
            ('高中语文课外阅读书目推荐.pdf', 6, '2023-08-14', '4,476'), ('夏夜乘凉记.pdf', 3, '2023-07-31', '310')]
    rows = '\n'.join('''   <li class="doc-row">
    <i class="icon-%s"></i><a class="dt" href="/p-%d.html" target="_blank">%s</a>
    <span class="dp">%d页</span><span class="dd">%s</span><span class="dv">浏览 %s</span>%s
   </li>''' % (d[0].rsplit('.', 1)[1], 71258804 - i * 40113, esc(d[0]), d[1], d[2], d[3],
               '<span class="vip-tag">VIP</span>' if i % 3 == 0 else '<span class="free-tag">免费</span>')
                     for i, d in enumerate(docs))
    t = '''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>书山有路2019的个人主页 - 聚文档</title>
<meta name="keywords" content="书山有路2019,文档,上传">
<meta name="description" content="书山有路2019在聚文档共上传126篇文档，欢迎阅读下载。">
<link rel="stylesheet" href="//static.juwendang.com/css/user.3b9e1a.css">
<script>var userConfig = {"uid":"shushan2019","docCount":126,"page":1,"pageSize":16};</script>
</head>
<body class="user-home">
<div class="top-bar"><div class="w1200"><span class="welcome">欢迎来到聚文档！</span>
 <a href="/login/">登录</a> | <a href="/reg/">免费注册</a> | <a href="/vip/" class="vip">开通VIP</a> | <a href="/upload/">上传文档赚收益</a></div></div>
<div class="header w1200"><a class="logo" href="/"><img src="//static.juwendang.com/img/logo.png" alt="聚文档"></a>
 <form class="search" action="/search/" method="get"><input type="text" name="q" placeholder="搜索海量文档"><button type="submit">搜索</button></form></div>
<div class="nav"><div class="w1200"><a href="/">首页</a><a href="/c/jiaoyu/">教育资源</a><a href="/c/bangong/">办公文档</a><a href="/c/hangye/">行业资料</a><a href="/c/wenxue/">文学作品</a><a href="/c/shenghuo/">生活休闲</a><a href="/jingpin/">精品文档</a><a href="/vip/">VIP专区</a></div></div>
<div class="w1200 clearfix">
 <div class="user-banner">
  <img class="avatar" src="//img.juwendang.com/avatar/shushan2019.jpg" alt="">
  <div class="uinfo"><h2>书山有路2019 <i class="lv">LV5</i> <i class="auth">认证用户</i></h2>
   <p class="sign">个人签名：读书、抄书、分享书。</p>
   <p class="ustat">文档 <b>126</b> ｜ 粉丝 <b>58</b> ｜ 获赞 <b>341</b> ｜ 总浏览 <b>86,902</b> ｜ 注册于 2019-04-11</p>
  </div>
  <a class="btn-follow" href="javascript:;">+ 关注</a> <a class="btn-msg" href="/msg/?to=shushan2019">私信</a>
 </div>
 <div class="user-tabs"><a class="on" href="/u/shushan2019/">TA的文档</a><a href="/u/shushan2019/fav/">TA的收藏</a><a href="/u/shushan2019/follow/">关注</a><a href="/u/shushan2019/fans/">粉丝</a></div>
 <div class="sort">排序：<a class="on" href="?sort=new">最新上传</a> <a href="?sort=hot">最多浏览</a> <a href="?sort=down">最多下载</a></div>
 <ul class="doc-list">
%s
 </ul>
 <div class="pager"><span class="cur">1</span><a href="?page=2">2</a><a href="?page=3">3</a><a href="?page=4">4</a><span>…</span><a href="?page=8">8</a><a href="?page=2">下一页</a> 共126篇</div>
</div>
<div class="footer">
 <p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/agreement/">用户协议</a> | <a href="/copyright/">版权申诉</a></p>
 <p>Copyright &copy; 2016-2024 juwendang.com 版权所有 苏ICP备17058213号-2</p>
</div>
<script src="//static.juwendang.com/js/user.1d0c.js"></script>
</body>
</html>
''' % rows
    add('w-juwendang-4.html', JWD_HOST + '/u/shushan2019/', 'utf-8', 'utf-8', 'utf-8', t, '', '', '', [],
        kind='listing')


# ======================================================================
# Site 2: haojing - Big5 Macau newspaper supplement column (濠鏡日報 副刊)
# ======================================================================
HJ_HOST = 'https://www.haojing.com'
HJ_COLS = {
    'jiedeng': ('街燈下', '麥綺雯', '麥綺雯，土生土長的老街坊，做過十年中學教師，現為自由撰稿人。專欄逢週四刊出。'),
    'chahua': ('半島茶話', '梁振邦', '梁振邦，退休公務員，愛搭巴士、愛飲茶、愛寫字。專欄逢週四刊出。'),
}
HJ_SAME = {
    'jiedeng': ['雨天的書報攤', '舊區的涼茶舖', '騎樓下的午後', '一盞街燈', '街市的早晨', '舊信箱', '修鞋的阿叔', '天台上的月光'],
    'chahua': ['搭巴士的學問', '茶樓的水滾茶靚', '老照相館', '颱風天', '街坊會', '阿婆的菜籃'],
}


def hj_head(meta_cs, doc_title):
    if meta_cs:
        m = '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n' % meta_cs
    else:
        m = ''
    return '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
%s<title>%s</title>
<meta name="keywords" content="濠鏡日報,副刊,專欄,澳門" />
<link href="/css/style2012.css" rel="stylesheet" type="text/css" />
<link href="/css/fukan.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery.min.js"></script>
<script type="text/javascript" src="/js/tw_cn.js"></script>
<script type="text/javascript">
var defaultEncoding = 1; /* 1:繁 2:简 */
function doZoom(size){ document.getElementById('artcontent').style.fontSize = size + 'px'; }
</script>
</head>
''' % (m, esc(doc_title))


def hj_top(date_str, week):
    return '''<body>
<div id="topbar">
 <div class="tb-left">%s %s</div>
 <div class="tb-right"><a href="javascript:StranBody(1)" id="translateLink">繁體</a> | <a href="javascript:StranBody(2)">简体</a> | <a href="/epaper/">電子報</a> | <a href="/rss/">RSS</a> | <a href="/contact/">聯絡我們</a></div>
</div>
<div id="header">
 <a href="/"><img src="/images/logo_hj.gif" width="320" height="72" alt="濠鏡日報" border="0" /></a>
 <div class="hd-ad"><script type="text/javascript">document.write('<iframe src="/ad/top_728x90.html" width="728" height="90" frameborder="0" scrolling="no"></iframe>');</script></div>
</div>
<div id="mainnav">
 <ul>
  <li><a href="/">首頁</a></li><li><a href="/macau/">澳聞</a></li><li><a href="/hk/">港聞</a></li><li><a href="/china/">兩岸</a></li>
  <li><a href="/world/">國際</a></li><li><a href="/sports/">體育</a></li><li><a href="/finance/">經濟</a></li>
  <li class="cur"><a href="/fukan/">副刊</a></li><li><a href="/ent/">娛樂</a></li><li><a href="/special/">專題</a></li>
 </ul>
</div>
<div id="subnav">副刊：<a href="/fukan/xinyuandi/">新園地</a> ‧ <a href="/fukan/jinghai/">鏡海</a> ‧ <a href="/fukan/column/" class="on">專欄</a> ‧ <a href="/fukan/duzhe/">讀者來鴻</a> ‧ <a href="/fukan/yishu/">藝文</a></div>
''' % (date_str, week)


def hj_foot():
    return '''<div id="footer">
 <p><a href="/about/">關於本報</a> | <a href="/ad/">廣告查詢</a> | <a href="/sub/">訂閱報紙</a> | <a href="/privacy/">私隱政策</a> | <a href="/contact/">聯絡我們</a></p>
 <p>濠鏡日報有限公司 版權所有 &copy; 2024 未經許可 不得轉載</p>
 <p>地址：澳門南灣大馬路新城大廈十二樓　電話：(853) 2833 6120</p>
</div>
<script type="text/javascript">
var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-2817735-1']); _gaq.push(['_trackPageview']);
</script>
</body>
</html>
'''


def hj_article(col, title, date, week, paras, edition, photo=None):
    cname, author, intro = HJ_COLS[col]
    body = []
    for i, p in enumerate(paras):
        body.append('<p>%s</p>' % esc(p))
        if photo and i == photo[0]:
            body.append('<div class="pic"><img src="%s" width="420" alt="" /></div>' % photo[1])
    same = '\n'.join('  <li><a href="/fukan/column/%s/%d.html">%s</a></li>' % (col, 30112 - i * 97, esc(t))
                     for i, t in enumerate(HJ_SAME[col]) if t != title)
    return hj_head_placeholder + hj_top(date.replace('-', '年', 1).replace('-', '月') + '日', week) + '''<div id="location">現在位置：<a href="/">首頁</a> &gt; <a href="/fukan/">副刊</a> &gt; <a href="/fukan/column/">專欄</a> &gt; <a href="/fukan/column/%s/">%s</a></div>
<div id="container">
<div id="leftside">
 <!-- column header -->
 <div class="col-head">
  <img src="/fukan/column/img/%s.jpg" width="80" height="80" alt="%s" class="col-photo" />
  <div class="col-title">專欄：<a href="/fukan/column/%s/">%s</a></div>
  <div class="col-author">%s</div>
  <div class="col-intro">%s</div>
 </div>
 <div class="art">
  <h1 class="arttitle">%s</h1>
  <div class="artinfo">%s　%s　<span class="fontsize">字體大小：<a href="javascript:doZoom(14)">小</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(19)">大</a></span></div>
  <div id="artcontent" style="font-size:16px;line-height:1.9">
%s
  </div>
  <div class="artnote">〔本專欄逢週四刊出，文章僅代表作者個人觀點〕</div>
  <div class="arttool"><a href="javascript:window.print()">列印</a> | <a href="/mail/?url=%s">電郵給朋友</a> | <a href="javascript:;" class="share-fb">分享到Facebook</a> | <a href="#top">返回頁首</a></div>
 </div>
 <div class="samecol"><h3>「%s」其他文章</h3>
 <ul>
%s
 </ul></div>
</div>
<div id="rightside">
 <div class="box"><h3>副刊熱門</h3><ol>
  <li><a href="/fukan/xinyuandi/30088.html">外婆的木屐</a></li><li><a href="/fukan/jinghai/30071.html">海邊的燈塔</a></li>
  <li><a href="/fukan/column/chahua/30020.html">茶樓的水滾茶靚</a></li><li><a href="/fukan/yishu/30015.html">看一場粵劇</a></li>
  <li><a href="/fukan/duzhe/30002.html">給老師的一封信</a></li></ol></div>
 <div class="box"><h3>本版專欄</h3><ul>
  <li><a href="/fukan/column/jiedeng/">街燈下　麥綺雯</a></li><li><a href="/fukan/column/chahua/">半島茶話　梁振邦</a></li>
  <li><a href="/fukan/column/haifeng/">海風集　譚文傑</a></li><li><a href="/fukan/column/shuzhai/">書齋閒筆　歐陽慧</a></li></ul></div>
 <div class="box ad"><script type="text/javascript">document.write('<iframe src="/ad/side_300x250.html" width="300" height="250" frameborder="0"></iframe>');</script></div>
</div>
</div>
''' % (col, esc(cname), col, esc(author), col, esc(cname), esc(author), esc(intro), esc(title), date, edition,
       '\n'.join(body), col, esc(cname), same) + hj_foot()


hj_head_placeholder = ''


def build_haojing():
    global hj_head_placeholder
    specs = [
        (1, 'jiedeng', HJ1_TITLE, '2024-04-18', '星期四', HJ1, 'big5', 'big5', 'C7 新園地', None, 30112),
        (2, 'chahua', HJ2_TITLE, '2024-05-02', '星期四', HJ2, '', 'big5', 'C6 新園地', None, 30187),
        (3, 'jiedeng', HJ3_TITLE, '2024-06-13', '星期四', HJ3, 'big5', 'utf-8', 'C7 新園地',
         (1, '/fukan/pic/2024/0613/c7_01.jpg'), 30315),
    ]
    for n, col, title, date, week, paras, hcs, mcs, ed, photo, aid in specs:
        cname, author, _ = HJ_COLS[col]
        hj_head_placeholder = hj_head(mcs, '濠鏡日報 - 副刊 - %s：%s' % (cname, title))
        t = hj_article(col, title, date, week, paras, ed, photo)
        add('w-haojing-%d.html' % n, '%s/fukan/column/%s/%d.html' % (HJ_HOST, col, aid), hcs, mcs, 'big5', t,
            title, author, date, paras, shown_date=date)
    # 4: column index (listing)
    items = [('雨天的書報攤', '2024-06-13'), ('騎樓下的午後', '2024-06-06'), ('一盞街燈', '2024-05-30'),
             ('街市的早晨', '2024-05-23'), ('舊信箱', '2024-05-16'), ('修鞋的阿叔', '2024-05-09'),
             ('天台上的月光', '2024-04-25'), ('舊區的涼茶舖', '2024-04-18'), ('放學的鐘聲', '2024-04-11'),
             ('清明', '2024-04-04'), ('三月的木棉', '2024-03-28'), ('舊戲院', '2024-03-21'),
             ('車衣女工', '2024-03-14'), ('阿媽的醬油雞', '2024-03-07'), ('窗台上的盆栽', '2024-02-29')]
    rows = '\n'.join('  <tr><td class="d">%s</td><td><a href="/fukan/column/jiedeng/%d.html">%s</a></td><td class="a">麥綺雯</td></tr>'
                     % (d, 30315 - i * 29, esc(t)) for i, (t, d) in enumerate(items))
    t = hj_head('big5', '濠鏡日報 - 副刊 - 專欄：街燈下') + hj_top('2024年6月14日', '星期五') + '''<div id="location">現在位置：<a href="/">首頁</a> &gt; <a href="/fukan/">副刊</a> &gt; <a href="/fukan/column/">專欄</a> &gt; 街燈下</div>
<div id="container">
<div id="leftside">
 <div class="col-head big">
  <img src="/fukan/column/img/jiedeng.jpg" width="120" height="120" alt="麥綺雯" class="col-photo" />
  <div class="col-title">專欄：街燈下</div>
  <div class="col-author">麥綺雯</div>
  <div class="col-intro">%s</div>
 </div>
 <table class="collist" width="100%%" cellpadding="4" cellspacing="0">
  <tr><th width="110">刊出日期</th><th>題目</th><th width="80">作者</th></tr>
%s
 </table>
 <div class="pages">第 1 / 6 頁　<a href="/fukan/column/jiedeng/index_2.html">下一頁</a>　<a href="/fukan/column/jiedeng/index_6.html">最後一頁</a></div>
</div>
<div id="rightside">
 <div class="box"><h3>本版專欄</h3><ul>
  <li><a href="/fukan/column/jiedeng/">街燈下　麥綺雯</a></li><li><a href="/fukan/column/chahua/">半島茶話　梁振邦</a></li>
  <li><a href="/fukan/column/haifeng/">海風集　譚文傑</a></li><li><a href="/fukan/column/shuzhai/">書齋閒筆　歐陽慧</a></li></ul></div>
</div>
</div>
''' % (esc(HJ_COLS['jiedeng'][2]), rows) + hj_foot()
    add('w-haojing-4.html', HJ_HOST + '/fukan/column/jiedeng/', 'big5', 'big5', 'big5', t, '', '', '', [],
        kind='listing')


# ======================================================================
# Site 3: qingtan - county government / 融媒体中心 site, GBK, tables (青潭县人民政府)
# ======================================================================
QT_HOST = 'https://www.qingtan.gov.cn'


def qt_head(meta_cs, doc_title, extra_meta=''):
    return '''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE8">
<title>%s</title>
<meta name="SiteName" content="青潭县人民政府">
<meta name="SiteDomain" content="www.qingtan.gov.cn">
<meta name="SiteIDCode" content="3307260014">
%s<link href="/images/qt_style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/script/jquery-1.8.3.min.js"></script>
<script language="javascript" src="/script/common.js"></script>
<style type="text/css">
.title{font-size:22px;font-weight:bold;color:#b40000;line-height:40px}
.xxgk td{border:1px solid #d9d9d9;padding:4px 8px;font-size:12px}
</style>
</head>
''' % (meta_cs, doc_title, extra_meta)


QT_TOP = '''<body topmargin="0" leftmargin="0">
<!-- 头部开始 -->
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="30" class="top_links">&nbsp;<script language="javascript">showDate();</script>&nbsp;&nbsp;<a href="/">首页</a> | <a href="javascript:AddFavorite();">加入收藏</a> | <a href="/wza/">无障碍</a> | <a href="/mobile/">手机版</a> | <a href="/rss/">RSS</a></td>
  </tr>
  <tr>
    <td height="150" background="/images/banner_2024.jpg"><img src="/images/logo_qt.png" width="520" height="90" alt="青潭县人民政府"></td>
  </tr>
  <tr>
    <td height="42" class="nav"><a href="/">首&nbsp;&nbsp;页</a><span>|</span><a href="/col/col1801/">走进青潭</a><span>|</span><a href="/col/col1802/">政务公开</a><span>|</span><a href="/col/col1803/">政务服务</a><span>|</span><a href="/col/col1804/">互动交流</a><span>|</span><a href="/col/col1805/">融媒青潭</a><span>|</span><a href="/col/col1806/">专题专栏</a></td>
  </tr>
  <tr>
    <td height="36"><form action="/search/" method="get">站内搜索：<input type="text" name="q" size="24"> <input type="submit" value="搜 索"></form></td>
  </tr>
</table>
<!-- 头部结束 -->
'''

QT_FOOT = '''<!-- 底部开始 -->
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
  <tr><td height="36" align="center">
    <select onchange="window.open(this.value)"><option>--国家部委网站--</option><option value="http://www.gov.cn/">中国政府网</option></select>
    <select onchange="window.open(this.value)"><option>--县级部门网站--</option><option value="/col/col1902/">县发改局</option><option value="/col/col1903/">县住建局</option><option value="/col/col1904/">县农业农村局</option></select>
    <select onchange="window.open(this.value)"><option>--乡镇街道网站--</option><option value="/col/col1951/">白岩乡</option><option value="/col/col1952/">潭口镇</option></select>
  </td></tr>
  <tr><td align="center" style="line-height:24px">
    主办：青潭县人民政府办公室&nbsp;&nbsp;承办：青潭县融媒体中心&nbsp;&nbsp;联系电话：（0758）6621003<br>
    网站标识码：3307260014&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备05021877号-1</a>&nbsp;&nbsp;<img src="/images/ga.png">浙公网安备 33072602000118号<br>
    <script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/33/000/0000/40412317/CA330000000404123170003.js' type='text/javascript'%3E%3C/script%3E"));</script>
    <a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3307260014" target="_blank"><img src="/images/jiucuo.png" alt="政府网站找错"></a>
  </td></tr>
</table>
</body>
</html>
'''


def qt_left(cur):
    items = ['机构概况', '政策文件', '政策解读', '通知公告', '人事信息', '财政信息', '规划计划', '统计信息',
             '重点领域', '建议提案', '青潭要闻', '部门动态']
    rows = '\n'.join('        <tr><td height="30" class="%s">&middot;<a href="/col/col%d/">%s</a></td></tr>' % (
        'on' if it == cur else 'lm', 1820 + i, it) for i, it in enumerate(items))
    return '''      <table width="220" border="0" cellspacing="0" cellpadding="0" class="left_lm">
        <tr><td height="40" class="lm_title">政务公开</td></tr>
%s
        <tr><td height="80"><a href="/col/col1804/"><img src="/images/xzxx.jpg" width="210" alt="县长信箱"></a></td></tr>
        <tr><td height="80"><a href="/col/col1841/"><img src="/images/12345.jpg" width="210" alt="12345政务服务热线"></a></td></tr>
      </table>''' % rows


def qt_article(meta_cs, title, colname, colid, idx, org, date, time_, topic, docno, body_html, attach, aid):
    meta_tbl = '''          <table width="100%%" border="0" cellspacing="0" cellpadding="0" class="xxgk">
            <tr><td width="13%%" bgcolor="#f5f5f5">索 引 号：</td><td width="37%%">%s</td><td width="13%%" bgcolor="#f5f5f5">主题分类：</td><td width="37%%">%s</td></tr>
            <tr><td bgcolor="#f5f5f5">发布机构：</td><td>%s</td><td bgcolor="#f5f5f5">成文日期：</td><td>%s</td></tr>
            <tr><td bgcolor="#f5f5f5">文　　号：</td><td>%s</td><td bgcolor="#f5f5f5">发布日期：</td><td>%s</td></tr>
            <tr><td bgcolor="#f5f5f5">名　　称：</td><td colspan="3">%s</td></tr>
          </table>''' % (idx, topic, org, date, docno, date, q_ent(title))
    return qt_head(meta_cs, q_ent(title) + '_' + colname + '_青潭县人民政府',
                   '<meta name="ArticleTitle" content="%s">\n<meta name="PubDate" content="%s %s">\n<meta name="ContentSource" content="%s">\n'
                   % (q_ent(title), date, time_, org)) + QT_TOP + '''<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="36" class="location">您当前的位置：<a href="/">首页</a> &gt; <a href="/col/col1802/">政务公开</a> &gt; <a href="/col/col%d/">%s</a></td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="230" valign="top">
%s
    </td>
    <td width="770" valign="top">
      <table width="100%%" border="0" cellspacing="0" cellpadding="0">
        <tr><td style="padding:10px 0">
%s
        </td></tr>
        <tr><td align="center" class="title">%s</td></tr>
        <tr><td align="center" height="32" class="info" style="border-bottom:1px dashed #ccc">发布时间：%s %s&nbsp;&nbsp;&nbsp;来源：%s&nbsp;&nbsp;&nbsp;浏览次数：<script language="javascript" src="/module/visitcount/articlehits.jsp?aid=%d"></script>&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</td></tr>
        <tr><td style="padding:20px 30px;font-size:16px;line-height:32px">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart"><div id="zoom">
%s
</div><meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
        </td></tr>
%s
        <tr><td align="right" height="40" style="padding-right:30px">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
        <tr><td align="center"><img src="/module/qrcode/qr.jsp?aid=%d" width="100" height="100"><br>扫一扫在手机打开当前页</td></tr>
        <tr><td height="30" class="xg_title">相关链接</td></tr>
        <tr><td>
          <table width="100%%" border="0" cellspacing="0" cellpadding="0">
            <tr><td height="26">&middot;<a href="/art/2024/5/17/art_1830_902211.html">县政府召开常务会议研究部署夏季农业生产工作</a></td><td width="90">2024-05-17</td></tr>
            <tr><td height="26">&middot;<a href="/art/2024/5/12/art_1830_901987.html">我县开展“百名干部进百村”走访活动</a></td><td>2024-05-12</td></tr>
            <tr><td height="26">&middot;<a href="/art/2024/5/6/art_1830_901533.html">潭口镇：小小积分卡激活乡村治理“一池春水”</a></td><td>2024-05-06</td></tr>
          </table>
        </td></tr>
      </table>
    </td>
  </tr>
</table>
''' % (colid, colname, qt_left(colname), meta_tbl, q_ent(title), date, time_, org, aid, body_html, attach, aid) + QT_FOOT


def build_qingtan():
    # 1: 融媒体 feature with two photos, reporter byline
    b = ['<p style="text-indent:2em">记者&nbsp;&nbsp;罗志远</p>']
    for i, p in enumerate(QT1):
        if i == 3:
            b.append('<p align="center"><img src="/picture/0/2405201035118842.jpg" width="600" border="0"></p>')
            b.append('<p align="center" style="font-size:14px;color:#555">%s</p>' % q_ent(p))
        elif i == 6:
            b.append('<p align="center"><img src="/picture/0/2405201036227017.jpg" width="600" border="0"></p>')
            b.append('<p align="center" style="font-size:14px;color:#555">%s</p>' % q_ent(p))
        else:
            b.append('<p style="text-indent:2em">%s</p>' % q_ent(p))
    b.append('<p style="text-align:right">（责任编辑：朱婧　审核：陈卫东）</p>')
    t = qt_article('gb2312', QT1_TITLE, '青潭要闻', 1830, '00312045X/2024-01873', '青潭县融媒体中心', '2024-05-20',
                   '09:35', '综合政务/其他', '', '\n'.join(b), '', 903126)
    add('w-qingtan-1.html', QT_HOST + '/art/2024/5/20/art_1830_903126.html', 'gbk', 'gb2312', 'gbk', t, QT1_TITLE,
        '罗志远', '2024-05-20', QT1, shown_date='2024-05-20')
    # 2: 政策解读, bold headings, attachments, no person named
    b = []
    for p in QT2:
        if p[:2] in ('一、', '二、', '三、', '四、'):
            b.append('<p style="text-indent:2em"><strong>%s</strong></p>' % q_ent(p))
        elif p.startswith('（'):
            k = p.index('。') + 1
            b.append('<p style="text-indent:2em"><strong>%s</strong>%s</p>' % (q_ent(p[:k]), q_ent(p[k:])))
        else:
            b.append('<p style="text-indent:2em">%s</p>' % q_ent(p))
    attach = '''        <tr><td style="padding:0 30px;line-height:28px">附件：<br>
          <a href="/module/download/downfile.jsp?classid=0&amp;filename=2406051012.doc"><img src="/images/doc.gif" border="0"> 1.青潭县城乡生活垃圾分类管理办法.doc</a><br>
          <a href="/module/download/downfile.jsp?classid=0&amp;filename=2406051013.pdf"><img src="/images/pdf.gif" border="0"> 2.青潭县生活垃圾分类指导目录.pdf</a>
        </td></tr>
        <tr><td style="padding:0 30px;line-height:28px">相关文件：<a href="/art/2024/6/3/art_1824_904410.html">青潭县人民政府关于印发《青潭县城乡生活垃圾分类管理办法》的通知</a></td></tr>'''
    t = qt_article('gbk', QT2_TITLE, '政策解读', 1822, '00312061Y/2024-00412', '青潭县住房和城乡建设局',
                   '2024-06-05', '16:20', '城乡建设、环境保护/其他', '', '\n'.join(b), attach, 904562)
    add('w-qingtan-2.html', QT_HOST + '/art/2024/6/5/art_1822_904562.html', '', 'gbk', 'gbk', t, QT2_TITLE, '',
        '2024-06-05', QT2, shown_date='2024-06-05')
    # 3: 通知公告 list with pagination (listing)
    items = [('关于2024年青潭县事业单位公开招聘工作人员拟聘用人员的公示', '2024-06-18'),
             ('青潭县2024年夏季森林防火期禁火令', '2024-06-14'),
             ('关于开展2024年度城乡居民医疗保险集中参保缴费工作的通告', '2024-06-12'),
             ('关于青潭大桥维修期间实行交通管制的通告', '2024-06-07'),
             ('青潭县人民政府关于征收白岩乡集体土地的预公告', '2024-06-03'),
             ('关于公布2024年第一批县级非物质文化遗产代表性项目名录的通知', '2024-05-29'),
             ('关于举办2024年青潭县农民丰收节系列活动的公告', '2024-05-24'),
             ('青潭县2024年高考期间噪声管控的通告', '2024-05-21'),
             ('关于2024年县级财政预算公开的说明', '2024-05-16'),
             ('关于调整城区部分公交线路的公告', '2024-05-10'),
             ('青潭县关于开展第五次全国经济普查登记工作的公告', '2024-05-08'),
             ('关于公开征求《青潭县城乡生活垃圾分类管理办法（征求意见稿）》意见的公告', '2024-04-26'),
             ('关于2024年春季学期义务教育阶段招生工作的通知', '2024-04-19'),
             ('青潭县防汛防台应急预案修订公示', '2024-04-12'),
             ('关于做好2024年清明节期间文明祭扫工作的通告', '2024-03-29')]
    rows = '\n'.join('            <tr><td height="32" class="lb">&middot;&nbsp;<a href="/art/%s/art_1823_%d.html" target="_blank" title="%s">%s</a></td><td width="100" align="right">%s</td></tr>'
                     % (d.replace('-0', '/').replace('-', '/'), 905100 - i * 117, q_ent(tt), q_ent(tt), d)
                     for i, (tt, d) in enumerate(items))
    t = qt_head('gb2312', '通知公告_青潭县人民政府') + QT_TOP + '''<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="36" class="location">您当前的位置：<a href="/">首页</a> &gt; <a href="/col/col1802/">政务公开</a> &gt; <a href="/col/col1823/">通知公告</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="230" valign="top">
%s
    </td>
    <td width="770" valign="top">
      <table width="100%%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="40" class="col_title">通知公告</td></tr>
        <tr><td>
          <!--列表开始-->
          <table width="100%%" border="0" cellspacing="0" cellpadding="0">
%s
          </table>
          <!--列表结束-->
        </td></tr>
        <tr><td height="50" align="center" class="pager">共180条记录&nbsp;&nbsp;页次：1/12&nbsp;&nbsp;<a href="#">首页</a>&nbsp;<a href="#">上一页</a>&nbsp;<a href="/col/col1823/index_2.html">下一页</a>&nbsp;<a href="/col/col1823/index_12.html">尾页</a>&nbsp;&nbsp;转到<input type="text" size="3" value="1">页 <input type="button" value="GO"></td></tr>
      </table>
    </td>
  </tr>
</table>
''' % (qt_left('通知公告'), rows) + QT_FOOT
    add('w-qingtan-3.html', QT_HOST + '/col/col1823/index.html', 'gb2312', 'gb2312', 'gb2312', t, '', '', '', [],
        kind='listing')
    # 4: 专题 page (listing)
    subs = [
        ('产业兴旺', [('白岩乡：老茶山上来了年轻人', '2024-05-20'), ('潭口镇高山蔬菜喜获丰收', '2024-05-14'),
                  ('我县新增三家省级农业龙头企业', '2024-04-30'), ('青潭红薯粉丝走俏长三角市场', '2024-04-22')]),
        ('生态宜居', [('青潭县城乡生活垃圾分类管理办法政策解读', '2024-06-05'), ('溪源村：昔日臭水沟变身亲水步道', '2024-05-27'),
                  ('全县完成农村卫生厕所改造1.2万户', '2024-05-09'), ('美丽庭院评选结果揭晓', '2024-04-18')]),
        ('乡风文明', [('“村晚”唱响新时代乡村新风尚', '2024-05-31'), ('积分超市兑出文明新风', '2024-05-06'),
                  ('青潭县表彰一批“最美家庭”', '2024-04-25'), ('乡村图书室里的读书声', '2024-04-08')]),
        ('治理有效', [('“百名干部进百村”走访活动全面启动', '2024-05-12'), ('村务公开栏有了“二维码”', '2024-04-29'),
                  ('矛盾纠纷调处化解“一站式”服务', '2024-04-16'), ('白岩乡开展村规民约修订工作', '2024-04-02')]),
    ]
    blocks = []
    for k, (name, lst) in enumerate(subs):
        rows = '\n'.join('              <tr><td height="28">&middot;<a href="/art/2024/%d/%d/art_1906_%d.html">%s</a></td><td width="86" align="right">%s</td></tr>'
                         % (int(d[5:7]), int(d[8:]), 906000 + k * 50 + j, q_ent(tt), d[5:])
                         for j, (tt, d) in enumerate(lst))
        blocks.append('''          <td width="50%%" valign="top" style="padding:8px">
            <table width="100%%" border="0" cellspacing="0" cellpadding="0">
              <tr><td class="zt_sub" height="34"><b>%s</b></td><td align="right"><a href="/col/col19%02d/">更多&gt;&gt;</a></td></tr>
%s
            </table>
          </td>''' % (name, 61 + k, rows))
    t = qt_head('gbk', '乡村振兴 青潭在行动_专题专栏_青潭县人民政府') + QT_TOP + '''<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="36" class="location">您当前的位置：<a href="/">首页</a> &gt; <a href="/col/col1806/">专题专栏</a> &gt; <a href="/col/col1906/">乡村振兴 青潭在行动</a></td></tr>
  <tr><td><img src="/images/zt/xczx_banner.jpg" width="1000" height="200" alt="乡村振兴 青潭在行动"></td></tr>
  <tr><td style="padding:12px;background:#fff8ee;line-height:26px;font-size:14px">【专题导读】全面推进乡村振兴，青潭在行动。本专题集中展示全县在产业兴旺、生态宜居、乡风文明、治理有效等方面的工作动态。</td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
%s
  </tr>
  <tr>
%s
  </tr>
</table>
''' % ('\n'.join(blocks[:2]), '\n'.join(blocks[2:])) + QT_FOOT
    add('w-qingtan-4.html', QT_HOST + '/col/col1906/index.html', '', 'gbk', 'gbk', t, '', '', '', [],
        kind='listing')


# ======================================================================
# Site 4: haozuowen - student essay / 范文 site (好作文网)
# ======================================================================
HZW_HOST = 'https://www.haozuowen.com'


def hzw_head(meta_cs, doc_title, kw, desc):
    return '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s" />
<title>%s</title>
<meta name="keywords" content="%s" />
<meta name="description" content="%s" />
<meta name="mobile-agent" content="format=html5;url=https://m.haozuowen.com/" />
<link href="/skin/css/main.css?v=20231102" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/skin/js/jquery.js"></script>
<script type="text/javascript" src="/skin/js/ads.js"></script>
</head>
''' % (meta_cs, esc(doc_title), esc(kw), esc(desc))


HZW_TOP = '''<body>
<div class="topbar"><div class="wrap"><span>好作文网 - 中小学生作文大全</span><span class="r"><a href="/user/login.php">登录</a> | <a href="/user/reg.php">注册</a> | <a href="/tougao/">我要投稿</a> | <a href="javascript:;" onclick="SetHome(this)">设为首页</a></span></div></div>
<div class="header wrap">
 <div class="logo"><a href="/"><img src="/skin/images/logo.gif" alt="好作文网" /></a></div>
 <div class="search"><form action="/plus/search.php" method="get" target="_blank"><input type="text" name="q" class="kw" value="请输入作文关键词" /><input type="submit" value="搜索" class="btn" /></form>
  <div class="hotkw">热门搜索：<a href="/tag/qiutian/">秋天作文</a> <a href="/tag/muqin/">母爱作文</a> <a href="/tag/duhougan/">读后感</a> <a href="/tag/chengzhang/">成长作文</a></div></div>
</div>
<div class="nav wrap"><ul>
 <li><a href="/">首页</a></li><li><a href="/xiaoxue/">小学作文</a></li><li><a href="/chuzhong/">初中作文</a></li><li><a href="/gaozhong/">高中作文</a></li>
 <li><a href="/huati/">话题作文</a></li><li><a href="/duhougan/">读后感</a></li><li><a href="/riji/">日记</a></li><li><a href="/sucai/">作文素材</a></li><li><a href="/fanwen/">范文大全</a></li>
</ul></div>
<div class="wrap"><script type="text/javascript">ads_show('top_960');</script></div>
'''

HZW_SIDE = '''<div class="side">
 <div class="sbox"><h3>热门作文排行</h3><ol>
  <li><a href="/chuzhong/chuyi/24881.html">我的母亲作文600字</a></li><li><a href="/xiaoxue/wunianji/24702.html">难忘的一件事</a></li>
  <li><a href="/chuzhong/chuer/24650.html">那一次，我真后悔</a></li><li><a href="/gaozhong/24611.html">以坚持为话题的作文800字</a></li>
  <li><a href="/duhougan/24590.html">《西游记》读后感500字</a></li><li><a href="/riji/24533.html">周末日记300字</a></li>
  <li><a href="/chuzhong/chusan/24507.html">我的青春我做主</a></li><li><a href="/xiaoxue/sannianji/24482.html">我的好朋友</a></li></ol></div>
 <div class="sbox"><h3>作文标签</h3><p class="tags"><a href="/tag/qiutian/">秋天</a> <a href="/tag/xiejing/">写景</a> <a href="/tag/jishi/">记事</a> <a href="/tag/xieren/">写人</a> <a href="/tag/duhougan/">读后感</a> <a href="/tag/chengzhang/">成长</a> <a href="/tag/qinqing/">亲情</a> <a href="/tag/jiaxiang/">家乡</a></p></div>
 <div class="sbox ad"><script type="text/javascript">ads_show('side_300');</script></div>
</div>
'''

HZW_FOOT = '''<div class="footer">
 <p><a href="/about/">关于我们</a> | <a href="/tougao/">投稿须知</a> | <a href="/copyright/">版权声明</a> | <a href="/sitemap.html">网站地图</a> | <a href="/contact/">联系我们</a></p>
 <p>Copyright &copy; 2012-2024 好作文网 www.haozuowen.com All Rights Reserved. <a href="https://beian.miit.gov.cn/" rel="nofollow">闽ICP备13009127号-3</a></p>
</div>
<script type="text/javascript">
(function(){var bp=document.createElement('script');bp.src='https://zz.bdstatic.com/linksubmit/push.js';var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(bp,s);})();
</script>
<script src="https://s96.cnzz.com/z_stat.php?id=1279044132&amp;web_id=1279044132" language="JavaScript"></script>
</body>
</html>
'''


def hzw_article(meta_cs, title, crumbs, info, kwline, content, aid, related, prevnext, tail_note=True):
    rel = '\n'.join('   <li><a href="/%s.html" target="_blank">%s</a></li>' % (u, esc(t)) for u, t in related)
    down = '''  <div class="downbox"><a href="/plus/download.php?aid=%d" class="btn-down" rel="nofollow">下载本文</a> <a href="/plus/word.php?aid=%d" class="btn-word" rel="nofollow">下载Word文档</a> <a href="javascript:window.print()">打印本文</a></div>''' % (aid, aid)
    note = '  <div class="tougao">本文由用户投稿上传，若侵权请联系删除。如发现本站有涉嫌抄袭侵权/违法违规的内容，请发送邮件至 jubao@haozuowen.com 举报，一经查实，本站将立刻删除。</div>\n' if tail_note else ''
    return '''<div class="wrap main">
<div class="left">
 <div class="place">当前位置：%s &gt; 正文</div>
 <div class="article">
  <h1>%s</h1>
  <div class="info">%s</div>
  <div class="kw">%s</div>
  <script type="text/javascript">ads_show('content_top');</script>
  <div class="content" id="content">
%s
  </div>
%s%s
  <div class="prevnext">%s</div>
  <div class="xgwz"><h3>【%s】相关文章：</h3><ul>
%s
  </ul></div>
  <div class="pinglun"><h3>网友评论</h3><div class="pl-empty">还没有人评论，快来说两句吧！</div></div>
 </div>
</div>
''' % (crumbs, esc(title), info, kwline, content, note, down, prevnext, esc(title), rel)


def build_haozuowen():
    # 1: three essays in one page, <br>-separated paragraphs inside one div
    intro = '在平凡的学习、工作、生活中，大家都跟作文打过交道吧，作文是通过文字来表达一个主题意义的记叙方法。那么一般作文是怎么写的呢？下面是小编精心整理的关于秋天的作文600字（精选3篇），欢迎大家分享。'
    parts = ['　　' + esc(intro) + '<br />']
    gold_lines = []
    for k, (head, paras) in enumerate(HZW1_ESSAYS):
        parts.append('<br />\n<strong>%s</strong><br />' % esc(head))
        if k > 0:
            gold_lines.append(head)
        for p in paras:
            parts.append('　　' + esc(p) + '<br />')
            gold_lines.append(p)
        if k == 1:
            parts.append('<script type="text/javascript">ads_show(\'content_mid\');</script>')
    content = '\n'.join(parts)
    rel = [('chuzhong/chuyi/%d' % (23811 - i * 31), t) for i, t in enumerate(
        ['秋天的作文600字（通用5篇）', '描写秋天的作文（精选6篇）', '关于秋天的初一作文', '秋天来了作文400字',
         '秋天的校园作文600字', '家乡的秋天作文（精选4篇）', '秋雨作文600字', '关于秋天的作文800字'])]
    body = HZW_TOP + hzw_article(
        'gbk', HZW1_TITLE,
        '<a href="/">好作文网</a> &gt; <a href="/chuzhong/">初中作文</a> &gt; <a href="/chuzhong/chuyi/">初一作文</a>',
        '时间：2023-10-18 08:21:07&nbsp;&nbsp;来源：好作文网&nbsp;&nbsp;作者：佚名&nbsp;&nbsp;<a href="/tougao/">我要投稿</a>',
        '<b>关键词：</b><a href="/tag/qiutian/">秋天作文</a> <a href="/tag/600zi/">600字作文</a> <a href="/tag/chuyi/">初一作文</a> <a href="/tag/xiejing/">写景作文</a>',
        content, 23842, rel,
        '上一篇：<a href="/chuzhong/chuyi/23841.html">我的同桌作文600字</a>　下一篇：<a href="/chuzhong/chuyi/23843.html">难忘的运动会</a>') + HZW_SIDE + '</div>\n' + HZW_FOOT
    t = hzw_head('gbk', HZW1_TITLE + '_初一作文_好作文网', '秋天作文,600字作文,初一作文',
                 intro[:60]) + body
    add('w-haozuowen-1.html', HZW_HOST + '/chuzhong/chuyi/23842.html', 'gbk', 'gbk', 'gbk', t, HZW1_TITLE, '',
        '2023-10-18', gold_lines, shown_date='2023-10-18')

    # 2: single student essay with author line; header utf-8, meta gb2312, bytes utf-8
    content = '\n'.join('   <p>%s</p>' % esc(p) for p in HZW2)
    rel = [('chuzhong/chuer/%d' % (24120 - i * 17), t) for i, t in enumerate(
        ['我的外公作文600字', '外公的手', '写人作文：我的爷爷', '那个修鞋的老人', '身边的平凡人作文800字'])]
    body = HZW_TOP + hzw_article(
        'gb2312', HZW2_TITLE,
        '<a href="/">好作文网</a> &gt; <a href="/chuzhong/">初中作文</a> &gt; <a href="/chuzhong/chuer/">初二作文</a>',
        '作者：周子墨&nbsp;&nbsp;&nbsp;年级：初二&nbsp;&nbsp;&nbsp;字数：800字&nbsp;&nbsp;&nbsp;时间：2024-03-07',
        '<b>关键词：</b><a href="/tag/xieren/">写人作文</a> <a href="/tag/qinqing/">亲情作文</a> <a href="/tag/800zi/">800字作文</a>',
        content + '\n   <p class="teacher">老师点评：文章选材贴近生活，补胎一段描写细致，结尾点题自然。</p>', 24136, rel,
        '上一篇：<a href="/chuzhong/chuer/24135.html">我们班的“开心果”</a>　下一篇：<a href="/chuzhong/chuer/24137.html">春游记</a>') + HZW_SIDE + '</div>\n' + HZW_FOOT
    t = hzw_head('gb2312', HZW2_TITLE + '_初二作文_好作文网', '我的外公,写人作文,初二作文', HZW2[0][:60]) + body
    add('w-haozuowen-2.html', HZW_HOST + '/chuzhong/chuer/24136.html', 'utf-8', 'gb2312', 'utf-8', t, HZW2_TITLE,
        '周子墨', '2024-03-07', HZW2, shown_date='2024-03-07')

    # 3: 读后感, no author; no header, meta gb2312 (bytes gb2312); a mid-text link line
    ps = []
    for i, p in enumerate(HZW3):
        ps.append('<p>　　%s</p>' % esc(p))
        if i == 2:
            ps.append('<p class="hzw-tip">更多精彩读后感请访问 <a href="/duhougan/">好作文网读后感频道</a></p>')
    rel = [('duhougan/%d' % (24410 - i * 13), t) for i, t in enumerate(
        ['读书心得800字', '寒假读书笔记', '一本好书的读后感600字', '读小说有感（精选3篇）', '读后感怎么写（附范文）', '成长类小说读后感'])]
    body = HZW_TOP + hzw_article(
        'gb2312', HZW3_TITLE,
        '<a href="/">好作文网</a> &gt; <a href="/duhougan/">读后感</a>',
        '时间：2024-01-11&nbsp;&nbsp;来源：网友投稿&nbsp;&nbsp;阅读：<script type="text/javascript" src="/plus/count.php?aid=24431&amp;mid=0"></script>次',
        '<b>关键词：</b><a href="/tag/duhougan/">读后感</a> <a href="/tag/800zi/">800字</a> <a href="/tag/hanjia/">寒假作文</a>',
        '\n'.join(ps), 24431, rel,
        '上一篇：<a href="/duhougan/24430.html">《小王子》读后感</a>　下一篇：<a href="/duhougan/24432.html">读书使我快乐</a>') + HZW_SIDE + '</div>\n' + HZW_FOOT
    t = hzw_head('gb2312', HZW3_TITLE + '_读后感_好作文网', '读后感,小说读后感,800字', HZW3[0][:60]) + body
    add('w-haozuowen-3.html', HZW_HOST + '/duhougan/24431.html', '', 'gb2312', 'gb2312', t, HZW3_TITLE, '',
        '2024-01-11', HZW3, shown_date='2024-01-11')

    # 4: tag page (listing)
    items = [('关于秋天的作文600字（精选3篇）', '2023-10-18', '在平凡的学习、工作、生活中，大家都跟作文打过交道吧……'),
             ('秋天的作文600字（通用5篇）', '2023-10-15', '秋天悄悄地来了，它迈着轻盈的脚步……'),
             ('描写秋天的作文（精选6篇）', '2023-10-12', '秋天是一个收获的季节，也是一个多彩的季节……'),
             ('家乡的秋天作文（精选4篇）', '2023-10-09', '我的家乡在一个美丽的小山村，一到秋天……'),
             ('秋天来了作文400字', '2023-10-05', '一阵秋风吹过，树叶沙沙地响……'),
             ('秋天的校园作文600字', '2023-09-30', '走进校园，桂花的香味扑面而来……'),
             ('秋雨作文600字', '2023-09-26', '一场秋雨一场寒，昨夜的雨……'),
             ('关于秋天的作文800字', '2023-09-22', '如果说春天是一首诗，那么秋天就是一幅画……'),
             ('秋天的果园作文300字', '2023-09-18', '星期天，爸爸带我去果园摘苹果……'),
             ('秋天的树叶作文500字', '2023-09-14', '小区门口的梧桐树叶慢慢变黄了……'),
             ('秋游作文（精选5篇）', '2023-09-10', '今天，学校组织我们去西山秋游……'),
             ('秋天的夜晚作文400字', '2023-09-06', '秋天的夜晚，月亮又大又圆……')]
    rows = '\n'.join('''  <li><h3><a href="/chuzhong/chuyi/%d.html" target="_blank">%s</a></h3><p>%s</p><span class="date">%s</span></li>'''
                     % (23842 - i * 29, esc(tt), esc(s), d) for i, (tt, d, s) in enumerate(items))
    body = HZW_TOP + '''<div class="wrap main">
<div class="left">
 <div class="place">当前位置：<a href="/">好作文网</a> &gt; <a href="/tag/">作文标签</a> &gt; 秋天作文</div>
 <div class="taghead"><h1>秋天作文</h1><p>共有 <b>326</b> 篇与“秋天作文”相关的作文</p></div>
 <ul class="taglist">
%s
 </ul>
 <div class="dede_pages"><ul class="pagelist"><li class="thisclass">1</li><li><a href="/tag/qiutian/2/">2</a></li><li><a href="/tag/qiutian/3/">3</a></li><li><a href="/tag/qiutian/4/">4</a></li><li><a href="/tag/qiutian/2/">下一页</a></li><li><a href="/tag/qiutian/28/">末页</a></li></ul></div>
</div>
''' % rows + HZW_SIDE + '</div>\n' + HZW_FOOT
    t = hzw_head('gbk', '秋天作文_秋天作文大全_好作文网', '秋天作文,秋天作文大全', '好作文网为您整理了秋天作文大全。') + body
    add('w-haozuowen-4.html', HZW_HOST + '/tag/qiutian/', 'gbk', 'gbk', 'gbk', t, '', '', '', [], kind='listing')


# ======================================================================
# Site 5: tingyu - personal blog, traditional script, UTF-8 (聽雨小築)
# ======================================================================
TY_HOST = 'https://www.tingyu.com'
TY_ARCH = [('2024年6月', 3), ('2024年5月', 4), ('2024年4月', 5), ('2024年3月', 4), ('2024年2月', 2), ('2024年1月', 3),
           ('2023年12月', 4), ('2023年11月', 2)]
TY_RECENT = [('陽台上的番茄', '/2024/03/27/balcony-tomato/'), ('菜市場裡的老秤', '/2024/03/12/old-scale/'),
             ('三月的第一場雨', '/2024/03/05/march-rain/'), ('在二手書店找到的明信片', '/2024/03/01/postcard/'),
             ('週末的早午餐', '/2024/02/24/brunch/')]


def ty_head(meta, doc_title, extra):
    return '''<!DOCTYPE html>
<html lang="zh-TW">
<head>
%s<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
%s<link rel="stylesheet" id="twentysixteen-style-css" href="https://www.tingyu.com/wp-content/themes/tingyu-child/style.css?ver=6.4.3" media="all">
<script>window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/","ext":".png","source":{"concatemoji":"https:\\/\\/www.tingyu.com\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.4.3"}};</script>
<style id="wp-custom-css">.entry-more[hidden]{display:none}.read-more-btn{border:1px solid #999;background:none;padding:4px 14px;cursor:pointer}</style>
</head>
''' % (meta, esc(doc_title), extra)


def ty_header(body_class):
    return '''<body class="%s">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">跳至主要內容</a>
<header id="masthead" class="site-header">
 <div class="site-branding">
  <p class="site-title"><a href="https://www.tingyu.com/" rel="home">聽雨小築</a></p>
  <p class="site-description">在城市的縫隙裡，慢慢生活</p>
 </div>
 <nav id="site-navigation" class="main-navigation" aria-label="主選單">
  <ul id="menu-main" class="primary-menu"><li><a href="/">首頁</a></li><li><a href="/category/daily/">日常</a></li><li><a href="/category/reading/">閱讀</a></li><li><a href="/category/travel/">旅行</a></li><li><a href="/about/">關於我</a></li></ul>
 </nav>
</header>
<div id="content" class="site-content">
''' % body_class


def ty_calendar(year, month, days_with_posts, first_wd, ndays, cur_link=True):
    cells = ['<td colspan="%d" class="pad">&nbsp;</td>' % first_wd] if first_wd else []
    rows = []
    wd = first_wd
    for d in range(1, ndays + 1):
        if d in days_with_posts:
            cells.append('<td><a href="/%d/%02d/%02d/" aria-label="文章發佈於 %d年%d月%d日">%d</a></td>' % (year, month, d, year, month, d, d))
        else:
            cells.append('<td>%d</td>' % d)
        wd += 1
        if wd == 7:
            rows.append('<tr>' + ''.join(cells) + '</tr>')
            cells, wd = [], 0
    if cells:
        cells.append('<td class="pad" colspan="%d">&nbsp;</td>' % (7 - wd))
        rows.append('<tr>' + ''.join(cells) + '</tr>')
    return '''<table id="wp-calendar" class="wp-calendar-table">
 <caption>%d 年 %d 月</caption>
 <thead><tr><th scope="col" title="星期日">日</th><th scope="col" title="星期一">一</th><th scope="col" title="星期二">二</th><th scope="col" title="星期三">三</th><th scope="col" title="星期四">四</th><th scope="col" title="星期五">五</th><th scope="col" title="星期六">六</th></tr></thead>
 <tbody>
 %s
 </tbody>
</table>
<nav aria-label="上個月及下個月" class="wp-calendar-nav"><span class="wp-calendar-nav-prev"><a href="/%d/%02d/">« %d 月</a></span> <span class="wp-calendar-nav-next"><a href="/%d/%02d/">%d 月 »</a></span></nav>''' % (
        year, month, '\n '.join(rows), year, month - 1, month - 1, year, month + 1, month + 1)


def ty_sidebar(cal):
    arch = '\n'.join('   <li><a href="/%s/%02d/">%s</a>&nbsp;(%d)</li>' % (
        a[:4], int(a[5:-1]), a, c) for a, c in TY_ARCH)
    recent = '\n'.join('   <li><a href="%s">%s</a></li>' % (u, esc(t)) for t, u in TY_RECENT)
    return '''<aside id="secondary" class="sidebar widget-area">
 <section class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">搜尋關鍵字：</span><input type="search" class="search-field" placeholder="搜尋…" name="s"></label><button type="submit" class="search-submit">搜尋</button></form></section>
 <section class="widget widget_recent_entries"><h2 class="widget-title">近期文章</h2><ul>
%s
 </ul></section>
 <section class="widget widget_calendar"><h2 class="widget-title">月曆</h2><div id="calendar_wrap" class="calendar_wrap">%s</div></section>
 <section class="widget widget_archive"><h2 class="widget-title">彙整</h2><ul>
%s
 </ul></section>
 <section class="widget widget_categories"><h2 class="widget-title">分類</h2><ul><li><a href="/category/daily/">日常</a> (41)</li><li><a href="/category/reading/">閱讀</a> (17)</li><li><a href="/category/travel/">旅行</a> (9)</li></ul></section>
 <section class="widget widget_tag_cloud"><h2 class="widget-title">標籤</h2><div class="tagcloud"><a href="/tag/market/" style="font-size:14pt">市場</a> <a href="/tag/garden/" style="font-size:12pt">種菜</a> <a href="/tag/daily/" style="font-size:20pt">日常</a> <a href="/tag/neighbors/" style="font-size:11pt">鄰居</a> <a href="/tag/rain/" style="font-size:9pt">雨</a> <a href="/tag/books/" style="font-size:16pt">舊書</a></div></section>
</aside>
''' % (recent, cal, arch)


TY_FOOT = '''</div><!-- .site-content -->
<footer id="colophon" class="site-footer">
 <div class="site-info">© 2016–2024 聽雨小築 · 本站文字採用 <a href="https://creativecommons.org/licenses/by-nc-nd/4.0/deed.zh_TW" rel="license">CC BY-NC-ND 4.0</a> 授權 · 由 <a href="https://wordpress.org/">WordPress</a> 強力驅動</div>
</footer>
</div><!-- #page -->
<script src="https://www.tingyu.com/wp-includes/js/comment-reply.min.js?ver=6.4.3" id="comment-reply-js" async></script>
<script src="https://www.tingyu.com/wp-content/themes/tingyu-child/js/fold.js?ver=1.2" id="fold-js"></script>
</body>
</html>
'''


def ty_comment(cid, name, date, time_, text, children=(), owner=False):
    ch = ''
    if children:
        ch = '\n<ol class="children">\n%s\n</ol>' % '\n'.join(ty_comment(*c) for c in children)
    return '''<li id="comment-%d" class="comment%s">
 <article id="div-comment-%d" class="comment-body">
  <footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/%08x?s=42&amp;d=mm" class="avatar" height="42" width="42"><b class="fn">%s</b>%s <span class="says">表示:</span></div>
  <div class="comment-metadata"><a href="#comment-%d"><time datetime="%sT%s:00+08:00">%s %s</time></a></div></footer>
  <div class="comment-content"><p>%s</p></div>
  <div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-%d" data-commentid="%d">回覆</a></div>
 </article>%s
</li>''' % (cid, ' bypostauthor' if owner else '', cid, cid * 2654435761 % 0xffffffff, esc(name),
            ' <span class="post-author-badge">版主</span>' if owner else '', cid, date, time_,
            date.replace('-', '/'), time_, esc(text), cid, cid, ch)


def ty_post(pid, slug, title, date, time_, cat, tags, content_html, comments_html, ncomments, prev, nxt, meta_tag):
    d = date.split('-')
    shown = '%d年%d月%d日' % (int(d[0]), int(d[1]), int(d[2]))
    tags_html = '、'.join('<a href="/tag/%s/" rel="tag">%s</a>' % (s, esc(t)) for s, t in tags)
    extra = '''<meta property="og:type" content="article">
<meta property="og:title" content="%s">
<meta property="og:site_name" content="聽雨小築">
<meta property="article:published_time" content="%sT%s:00+00:00">
<link rel="canonical" href="https://www.tingyu.com/%s/%s/%s/%s/">
''' % (esc(title), date, time_, d[0], d[1], d[2], slug)
    cal = ty_calendar(2024, 3, {1, 5, 12, 27}, 5, 31)
    return ty_head(meta_tag, title + ' – 聽雨小築', extra) + ty_header(
        'post-template-default single single-post postid-%d single-format-standard' % pid) + '''<main id="main" class="site-main">
<article id="post-%d" class="post-%d post type-post status-publish format-standard hentry category-daily">
 <header class="entry-header"><h1 class="entry-title">%s</h1></header>
 <div class="entry-meta"><span class="byline">由 <span class="author vcard"><a class="url fn n" href="/author/yuting/">林雨亭</a></span></span> 發表於 <span class="posted-on"><time class="entry-date published" datetime="%sT%s:00+08:00">%s</time></span> · <span class="cat-links"><a href="/category/daily/" rel="category tag">%s</a></span> · <span class="comments-link"><a href="#comments">%d 則留言</a></span></div>
 <div class="entry-content">
%s
 </div>
 <footer class="entry-footer">
  <span class="tags-links">標籤：%s</span>
  <div class="sharedaddy"><h3 class="sd-title">分享此文：</h3><a class="share-facebook" href="?share=facebook">Facebook</a> <a class="share-line" href="?share=line">LINE</a> <a class="share-print" href="#print">列印</a></div>
  <div class="author-info"><div class="author-avatar"><img src="https://secure.gravatar.com/avatar/77aa01?s=60" alt=""></div><div class="author-description"><h2 class="author-title">關於 林雨亭</h2><p class="author-bio">白天在出版社做校對，晚上寫字。喜歡菜市場、舊書和下雨天。</p></div></div>
 </footer>
</article>
<nav class="navigation post-navigation" aria-label="文章"><div class="nav-links"><div class="nav-previous"><a href="%s" rel="prev"><span class="meta-nav">上一篇</span> <span class="post-title">%s</span></a></div><div class="nav-next"><a href="%s" rel="next"><span class="meta-nav">下一篇</span> <span class="post-title">%s</span></a></div></div></nav>
<div id="comments" class="comments-area">
 <h2 class="comments-title">〈%s〉有 %d 則留言</h2>
 <ol class="comment-list">
%s
 </ol>
 <div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">發表迴響</h3>
  <form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">你的電子郵件地址並不會被公開。必填欄位標示為 *</p>
  <p class="comment-form-comment"><label for="comment">留言</label><textarea id="comment" name="comment" cols="45" rows="6"></textarea></p>
  <p class="comment-form-author"><label for="author">顯示名稱 *</label><input id="author" name="author" type="text"></p>
  <p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="發佈留言"><input type="hidden" name="comment_post_ID" value="%d"></p></form>
 </div>
</div>
</main>
''' % (pid, pid, esc(title), date, time_, shown, cat, ncomments, content_html, tags_html, prev[1], esc(prev[0]),
       nxt[1], esc(nxt[0]), esc(title), ncomments, comments_html, pid) + ty_sidebar(cal) + TY_FOOT


def build_tingyu():
    # 1: long comment thread with nested replies
    content = '\n'.join('<p>%s</p>' % esc(p) for p in TY1)
    content = content.replace('<p>%s</p>' % esc(TY1[2]),
                              '<figure class="wp-block-image size-large"><img src="https://www.tingyu.com/wp-content/uploads/2024/03/tofu-scale-1024x683.jpg" alt="" width="640" height="427"></figure>\n<p>%s</p>' % esc(TY1[2]))
    cm = [
        (3101, '阿凱', '2024-03-12', '22:05', '看完好想念小時候的市場，我們那邊的也早就改成超市了。', [
            (3104, '林雨亭', '2024-03-12', '22:31', '改建前記得多去走走，拍些照片留念。', [
                (3110, '阿凱', '2024-03-13', '08:02', '好，週末就帶小孩去。', ()),
            ], True),
        ]),
        (3102, '綠豆湯', '2024-03-12', '23:17', '「算你一斤」這四個字太有畫面了！我家巷口賣菜的阿姨也常這樣。', [
            (3105, '林雨亭', '2024-03-13', '07:44', '對呀，這種小小的人情最讓人捨不得。', (), True),
        ]),
        (3103, '小蝸牛', '2024-03-13', '09:26', '請問是哪個市場呀？想趁改建前去看看那桿老秤。', [
            (3106, '林雨亭', '2024-03-13', '12:10', '不方便寫出來啦，不過台北的老市場大多都還有類似的攤子，可以多逛逛。', (), True),
            (3111, '小蝸牛', '2024-03-13', '12:35', '了解～謝謝版主！', ()),
        ]),
        (3107, 'Vivian', '2024-03-14', '10:48', '最後一段寫得好好，秤量重量，信任量人心。', ()),
        (3108, '老張', '2024-03-14', '21:03', '我以前在市場擺過攤，電子秤確實有時候會跳，老秤用久了反而準。', [
            (3112, '林雨亭', '2024-03-14', '21:40', '原來如此！謝謝老張的專業補充。', (), True),
            (3113, '綠豆湯', '2024-03-14', '22:15', '長知識了。', ()),
        ]),
        (3109, '讀者小魚', '2024-03-15', '13:20', '每次看版主寫市場都覺得很溫暖，期待下一篇。', ()),
        (3114, 'momo', '2024-03-16', '18:47', '外婆那句「臉上笑的，秤就不會短」我要抄下來。', ()),
        (3115, '路過的人', '2024-03-18', '11:02', '改建之後希望能保留一些老攤位，不然真的很可惜。', [
            (3116, '林雨亭', '2024-03-18', '20:30', '聽說會保留原來的攤商，只是位置要重新抽籤。', (), True),
        ]),
    ]

    def mk(c):
        if len(c) == 6:
            cid, name, dt, tm, txt, ch = c
            owner = False
        else:
            cid, name, dt, tm, txt, ch, owner = c
        return ty_comment(cid, name, dt, tm, txt, [tuple(x) for x in ch], owner)
    comments = '\n'.join(mk(c) for c in cm)
    t = ty_post(482, 'old-scale', TY1_TITLE, '2024-03-12', '21:14', '日常',
                [('market', '市場'), ('daily', '日常'), ('neighbors', '鄰居')], content, comments, 18,
                ('三月的第一場雨', '/2024/03/05/march-rain/'), ('陽台上的番茄', '/2024/03/27/balcony-tomato/'),
                '<meta charset="UTF-8">\n')
    add('w-tingyu-1.html', TY_HOST + '/2024/03/12/old-scale/', 'utf-8', 'utf-8', 'utf-8', t, TY1_TITLE, '林雨亭',
        '2024-03-12', TY1, shown_date='2024年3月12日')
    # 2: 閱讀更多 fold; no header charset
    content = '\n'.join('<p>%s</p>' % esc(p) for p in TY2[:2]) + '''
<span id="more-503"></span>
<div class="read-more-fold"><button class="read-more-btn" type="button" onclick="document.getElementById('entry-more-503').hidden=false;this.parentNode.style.display='none';">閱讀更多 ▾</button></div>
<div class="entry-more" id="entry-more-503" hidden>
''' + '\n'.join('<p>%s</p>' % esc(p) for p in TY2[2:]) + '\n</div>'
    cm = [
        (3201, '番茄控', '2024-03-27', '22:40', '我也在陽台種小番茄，彈花枝授粉這招太實用了！', [
            (3203, '林雨亭', '2024-03-28', '07:15', '真的有效，祝你豐收～', (), True),
        ]),
        (3202, '阿凱', '2024-03-28', '12:02', '張太太說得真好，學會等待。', ()),
        (3204, 'Rita', '2024-03-29', '09:31', '請問用的是什麼土？', [
            (3205, '林雨亭', '2024-03-29', '21:18', '花市買的一般培養土，加了一點珍珠石。', (), True),
        ]),
    ]
    comments = '\n'.join(mk(c) for c in cm)
    t = ty_post(503, 'balcony-tomato', TY2_TITLE, '2024-03-27', '20:36', '日常',
                [('garden', '種菜'), ('daily', '日常')], content, comments, 5,
                ('菜市場裡的老秤', '/2024/03/12/old-scale/'), ('四月的清晨', '/2024/04/02/april-morning/'),
                '<meta charset="utf-8">\n')
    add('w-tingyu-2.html', TY_HOST + '/2024/03/27/balcony-tomato/', '', 'utf-8', 'utf-8', t, TY2_TITLE, '林雨亭',
        '2024-03-27', TY2, shown_date='2024年3月27日')

    # listings: excerpt cards
    def card(pid, slug, date, title, excerpt, ncom):
        d = date.split('-')
        return '''<article id="post-%d" class="post-%d post type-post status-publish hentry">
 <header class="entry-header"><h2 class="entry-title"><a href="/%s/%s/%s/%s/" rel="bookmark">%s</a></h2></header>
 <div class="entry-meta"><time class="entry-date published" datetime="%sT20:00:00+08:00">%d年%d月%d日</time> · <a href="/%s/%s/%s/%s/#comments">%d 則留言</a></div>
 <div class="entry-summary"><p>%s</p><p><a class="more-link" href="/%s/%s/%s/%s/#more-%d">閱讀更多 <span class="meta-nav">»</span></a></p></div>
</article>''' % (pid, pid, d[0], d[1], d[2], slug, esc(title), date, int(d[0]), int(d[1]), int(d[2]),
                 d[0], d[1], d[2], slug, ncom, esc(excerpt), d[0], d[1], d[2], slug, pid)
    tag_items = [(503, 'balcony-tomato', '2024-03-27', TY2_TITLE, TY2[0][:70] + '……', 5),
                 (482, 'old-scale', '2024-03-12', TY1_TITLE, TY1[0] + '……', 18),
                 (471, 'march-rain', '2024-03-05', '三月的第一場雨', '下午三點，窗外忽然暗了下來。我放下手邊的校對稿，聽見雨點打在冷氣機上的聲音……', 7),
                 (455, 'brunch', '2024-02-24', '週末的早午餐', '週六睡到自然醒，是一週裡最奢侈的事。我煎了兩顆蛋，烤了一片吐司……', 4),
                 (431, 'laundry', '2024-01-20', '自助洗衣店的四十分鐘', '家裡的洗衣機壞了，只好抱著一袋衣服去巷口的自助洗衣店……', 9),
                 (418, 'winter-solstice', '2023-12-22', '冬至的湯圓', '冬至那天下班回家，樓下的鄰居端來一碗湯圓……', 11)]
    cards = '\n'.join(card(*x) for x in tag_items)
    t = ty_head('<meta charset="UTF-8">\n', '日常 彙整 – 聽雨小築', '<meta name="robots" content="noindex, follow">\n') + ty_header(
        'archive tag tag-daily tag-27') + '''<main id="main" class="site-main">
<header class="page-header"><h1 class="page-title">標籤：<span>日常</span></h1><div class="taxonomy-description"><p>生活裡的小事。</p></div></header>
%s
<nav class="navigation pagination" aria-label="文章分頁"><div class="nav-links"><span aria-current="page" class="page-numbers current">1</span> <a class="page-numbers" href="/tag/daily/page/2/">2</a> <a class="page-numbers" href="/tag/daily/page/3/">3</a> <a class="next page-numbers" href="/tag/daily/page/2/">下一頁</a></div></nav>
</main>
''' % cards + ty_sidebar(ty_calendar(2024, 3, {1, 5, 12, 27}, 5, 31)) + TY_FOOT
    add('w-tingyu-3.html', TY_HOST + '/tag/daily/', 'utf-8', 'utf-8', 'utf-8', t, '', '', '', [], kind='listing')
    # 4: month archive with calendar
    mar = [(503, 'balcony-tomato', '2024-03-27', TY2_TITLE, TY2[0][:70] + '……', 5),
           (482, 'old-scale', '2024-03-12', TY1_TITLE, TY1[0] + '……', 18),
           (471, 'march-rain', '2024-03-05', '三月的第一場雨', '下午三點，窗外忽然暗了下來。我放下手邊的校對稿，聽見雨點打在冷氣機上的聲音……', 7),
           (466, 'postcard', '2024-03-01', '在二手書店找到的明信片', '那張明信片夾在一本舊詩集裡，郵戳是一九八七年的……', 6)]
    cards = '\n'.join(card(*x) for x in mar)
    t = ty_head('<meta charset="utf-8">\n', '2024 年 3 月 – 聽雨小築', '<meta name="robots" content="noindex, follow">\n') + ty_header(
        'archive date') + '''<main id="main" class="site-main">
<header class="page-header"><h1 class="page-title">月份：<span>2024 年 3 月</span></h1></header>
<div class="archive-calendar">%s</div>
%s
<nav class="navigation posts-navigation"><div class="nav-links"><div class="nav-previous"><a href="/2024/02/">較舊的文章</a></div><div class="nav-next"><a href="/2024/04/">較新的文章</a></div></div></nav>
</main>
''' % (ty_calendar(2024, 3, {1, 5, 12, 27}, 5, 31), cards) + ty_sidebar(ty_calendar(2024, 3, {1, 5, 12, 27}, 5, 31)) + TY_FOOT
    add('w-tingyu-4.html', TY_HOST + '/2024/03/', 'utf-8', 'utf-8', 'utf-8', t, '', '', '', [], kind='listing')


# ======================================================================
# Site 6: moyuan - HTML5 magazine reader (墨苑期刊网 在线阅读), 《溪畔》2024年第5期
# ======================================================================
MY_HOST = 'https://www.moyuan.com'
MY_RH = '溪畔　2024年第5期 · 散文'
COLW = 17          # characters per column line
LH = 19            # line height px


def my_lines(paras):
    """flatten paragraphs to column lines: (text, is_first_line_of_para)"""
    out = []
    for p in paras:
        first = True
        i = 0
        while i < len(p):
            j = i + (COLW - 2 if first else COLW)
            while j < len(p) and p[j] in NOSTART:
                j += 1
            out.append((p[i:j], first))
            i = j
            first = False
    return out


def my_page(num, lines, caps, top0, title=None, author=None, figure=None, even=True):
    """one magazine page: text layer of absolutely positioned line divs in two columns.
    caps = (left column line count, right column line count)"""
    divs = []
    if title:
        divs.append('<div class="tl ttl" style="left:60px;top:78px;font-size:26px;font-family:\'FZXiaoBiaoSong\'">%s</div>' % esc(title))
        divs.append('<div class="tl au" style="left:62px;top:122px;font-size:13px">%s</div>' % esc(author))
    if figure:
        divs.append('<img class="fig" src="%s" style="position:absolute;left:%dpx;top:%dpx;width:%dpx;height:%dpx" alt="">' % figure[0])
    used = 0
    for col, cap in enumerate(caps):
        x = 60 if col == 0 else 312
        y = top0[col]
        for k in range(cap):
            if used >= len(lines):
                break
            txt, first = lines[used]
            used += 1
            divs.append('<div class="tl" style="left:%dpx;top:%dpx">%s</div>' % (
                x + (26 if first else 0), y + k * LH, esc(txt)))
    if figure and figure[1]:
        divs.append('<div class="tl cap" style="left:%dpx;top:%dpx;font-size:11px;color:#555">%s</div>' % (
            figure[0][1], figure[0][2] + figure[0][4] + 6, esc(figure[1])))
    # running head and folio last in the layer, as the converter emits them
    divs.append('<div class="tl rh" style="left:%s;top:30px;font-size:10px;color:#888">%s</div>' % (
        '60px' if even else '330px', esc(MY_RH)))
    divs.append('<div class="tl pn" style="left:%s;top:800px;font-size:11px">%d</div>' % ('60px' if even else '522px', num))
    html_ = '''  <div class="bk-page %s" id="page-%d" data-page="%d" style="position:relative;width:595px;height:842px">
   <img class="pg-bg" src="//img.moyuan.com/qk/xipan/2024/05/bg/%03d.jpg" width="595" height="842" alt="">
   <div class="text-layer" style="position:absolute;left:0;top:0;width:595px;height:842px;font-size:13px;line-height:%dpx">
    %s
   </div>
  </div>''' % ('even' if even else 'odd', num, num, num, LH, '\n    '.join(divs))
    return html_, lines[used:]


def my_reader(doc_title, meta, pages_html, cur, art_title, next_prev, aid):
    toc = '\n'.join('     <li%s><a href="/reader/xipan202405/%s.html">%s<span>%s</span></a></li>' % (
        ' class="cur"' if t == art_title else '', u, esc(t), p) for t, p, u in MY_TOC_SHORT)
    return '''<!DOCTYPE html>
<html lang="zh-CN">
<head>
%s<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>%s</title>
<meta name="keywords" content="溪畔,2024年第5期,期刊在线阅读,墨苑期刊网">
<link rel="stylesheet" href="//static.moyuan.com/reader/css/reader.min.css?v=3.4.1">
<style>.text-layer .tl{position:absolute;white-space:pre;color:transparent}.bk-page{margin:0 auto 16px;box-shadow:0 2px 8px rgba(0,0,0,.25)}</style>
<script>var READER_CONF = {qk:"xipan",issue:"202405",aid:%d,pages:%s,total:64,mode:"single",textLayer:true};</script>
</head>
<body class="reader">
<div class="rd-toolbar">
 <a class="rd-logo" href="/"><img src="//static.moyuan.com/img/logo-w.png" alt="墨苑期刊网"></a>
 <span class="rd-issue">《溪畔》2024年第5期</span>
 <button class="rd-btn" data-act="toc">目录</button><button class="rd-btn" data-act="thumb">缩略图</button>
 <button class="rd-btn" data-act="zoomin">放大</button><button class="rd-btn" data-act="zoomout">缩小</button><button class="rd-btn" data-act="full">全屏</button>
 <span class="rd-pager"><a href="%s">上一篇</a> <input type="text" value="%s" size="3"> / 64 <a href="%s">下一篇</a></span>
 <a class="rd-buy" href="/order/?qk=xipan&amp;issue=202405">订阅本刊</a>
</div>
<div class="rd-drawer" id="tocDrawer" style="display:none">
 <h3>本期目录</h3>
 <ul>
%s
 </ul>
</div>
<div class="rd-stage" id="stage">
%s
</div>
<div class="rd-foot">
 <p>《溪畔》文学月刊 2024年第5期 · 本刊已许可墨苑期刊网以数字化方式传播</p>
 <p>&copy; 2024 墨苑期刊网 www.moyuan.com 京ICP备16027334号 | <a href="/about/">关于我们</a> | <a href="/copyright/">版权声明</a></p>
</div>
<script src="//static.moyuan.com/reader/js/reader.min.js?v=3.4.1"></script>
<script>Reader.init(READER_CONF);</script>
</body>
</html>
''' % (meta, esc(doc_title), aid, cur.replace('-', ','), next_prev[0], cur, next_prev[1], toc, '\n'.join(pages_html))


MY_TOC_SHORT = [('修表的人', '12', '12'), ('河堤上的晨跑', '26', '26-27'), ('一碗阳春面', '33', '33')]
MY_TOC = [
    ('卷首语', [('五月的河流', '本刊编辑部', 1)]),
    ('小说', [('江边的灯', '韦一川', 2), ('借住', '沈木樨', 7)]),
    ('散文', [('修表的人', '程远舟', 12), ('山中来信', '邵晴川', 16), ('外婆的菜地', '马凌霄', 21),
            ('河堤上的晨跑', '苏映雪', 26), ('一碗阳春面', '汪海生', 33)]),
    ('诗歌', [('春天的几种写法（组诗）', '覃远', 37), ('车站', '林沫', 41)]),
    ('评论', [('在日常中打捞诗意——读程远舟的散文', '胡子衡', 44)]),
    ('新人新作', [('我的十七岁', '许若溪', 50), ('操场', '贺一鸣', 54)]),
]


def build_moyuan():
    # 1: one page, two columns, title block on top
    lines = my_lines(MY1)
    half = (len(lines) + 1) // 2
    pg, rest = my_page(12, lines, (half, len(lines) - half), (170, 170), MY1_TITLE, '程远舟', even=True)
    assert not rest
    pg = pg.replace('<div class="tl pn"', '<div class="tl ed" style="left:312px;top:%dpx;font-size:10px">（责任编辑：叶青）</div>\n    <div class="tl pn"' % (170 + (len(lines) - half) * LH + 12), 1)
    t = my_reader('修表的人-《溪畔》2024年第5期-墨苑期刊网', '<meta charset="utf-8">\n', [pg], '12', MY1_TITLE,
                  ('/reader/xipan202405/7.html', '/reader/xipan202405/16.html'), 880412)
    add('w-moyuan-1.html', MY_HOST + '/reader/xipan202405/12.html', 'utf-8', 'utf-8', 'utf-8', t, MY1_TITLE, '程远舟',
        '2024-05', MY1, shown_date='2024年第5期')
    # 2: essay over two pages; an illustration takes the top of page 26
    lines = my_lines(MY2)
    p26, rest = my_page(26, lines, (15, 15), (500, 500), MY2_TITLE, '苏映雪',
                        figure=(('//img.moyuan.com/qk/xipan/2024/05/fig/26-1.jpg', 60, 160, 475, 310), ''), even=True)
    half = (len(rest) + 1) // 2
    p27, rest2 = my_page(27, rest, (half, len(rest) - half), (80, 80), even=False)
    assert not rest2
    t = my_reader('河堤上的晨跑-《溪畔》2024年第5期-墨苑期刊网', '<meta charset="utf-8">\n', [p26, p27], '26-27',
                  MY2_TITLE, ('/reader/xipan202405/21.html', '/reader/xipan202405/33.html'), 880419)
    # which paragraph crosses the page break?
    n26 = 30
    acc, cross = 0, None
    for p in MY2:
        nl = len(my_lines([p]))
        if acc < n26 < acc + nl:
            cross = p
        acc += nl
    add('w-moyuan-2.html', MY_HOST + '/reader/xipan202405/26-27.html', 'utf-8', 'utf-8', 'utf-8', t, MY2_TITLE, '苏映雪',
        '2024-05', MY2, shown_date='2024年第5期', rejoined=[cross] if cross else [])
    # 3: one page with a photo and caption; header utf-8, no meta
    lines = my_lines(MY3)
    half = (len(lines) + 1) // 2
    pg, rest = my_page(33, lines, (half, len(lines) - half), (170, 170), MY3_TITLE, '汪海生',
                       figure=(('//img.moyuan.com/qk/xipan/2024/05/fig/33-1.jpg', 312, 624, 225, 150), MY3_CAPTION),
                       even=False)
    assert not rest
    t = my_reader('一碗阳春面-《溪畔》2024年第5期-墨苑期刊网', '', [pg], '33', MY3_TITLE,
                  ('/reader/xipan202405/26-27.html', '/reader/xipan202405/37.html'), 880425)
    add('w-moyuan-3.html', MY_HOST + '/reader/xipan202405/33.html', 'utf-8', '', 'utf-8', t, MY3_TITLE, '汪海生',
        '2024-05', MY3 + [MY3_CAPTION], shown_date='2024年第5期')
    # 4: table of contents (listing)
    secs = []
    for sec, arts in MY_TOC:
        lis = '\n'.join('     <li><a href="/reader/xipan202405/%d.html"><span class="t">%s</span><span class="a">%s</span><span class="p">%d</span></a></li>'
                        % (p, esc(tt), esc(a), p) for tt, a, p in arts)
        secs.append('   <div class="toc-sec"><h3>%s</h3>\n    <ul>\n%s\n    </ul></div>' % (sec, lis))
    t = '''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>《溪畔》2024年第5期目录-墨苑期刊网</title>
<link rel="stylesheet" href="//static.moyuan.com/css/issue.min.css?v=3.4.1">
</head>
<body class="issue">
<div class="top"><a href="/"><img src="//static.moyuan.com/img/logo.png" alt="墨苑期刊网"></a>
 <nav><a href="/">首页</a><a href="/qk/wenxue/">文学</a><a href="/qk/wenhua/">文化</a><a href="/qk/jiaoyu/">教育</a><a href="/qk/shenghuo/">生活</a><a href="/vip/">会员</a></nav></div>
<div class="crumb"><a href="/">墨苑期刊网</a> &gt; <a href="/qk/wenxue/">文学</a> &gt; <a href="/qk/xipan/">溪畔</a> &gt; 2024年第5期</div>
<div class="issue-head">
 <img class="cover" src="//img.moyuan.com/qk/xipan/2024/05/cover.jpg" width="180" alt="溪畔2024年第5期封面">
 <div class="ih-info"><h1>溪畔</h1><p>2024年第5期（总第413期）</p><p>主管：江宁市文学艺术界联合会　主办：江宁市作家协会</p><p>刊期：月刊　CN 32-1287/I</p>
  <a class="btn-read" href="/reader/xipan202405/1.html">在线阅读</a> <a class="btn-sub" href="/order/?qk=xipan">订阅本刊</a></div>
</div>
<div class="toc">
  <h2>本期目录</h2>
%s
</div>
<div class="past"><h3>往期回顾</h3><a href="/qk/xipan/202404/">2024年第4期</a> <a href="/qk/xipan/202403/">2024年第3期</a> <a href="/qk/xipan/202402/">2024年第2期</a> <a href="/qk/xipan/202401/">2024年第1期</a></div>
<div class="foot"><p>&copy; 2024 墨苑期刊网 www.moyuan.com 京ICP备16027334号</p></div>
<script src="//static.moyuan.com/js/issue.min.js?v=3.4.1"></script>
</body>
</html>
''' % '\n'.join(secs)
    add('w-moyuan-4.html', MY_HOST + '/qk/xipan/202405/', 'utf-8', 'utf-8', 'utf-8', t, '', '', '', [], kind='listing')


# ======================================================================
# main: write, then self-check
# ======================================================================
def visible(data, cs):
    t = data.decode(cs)  # strict
    t = re.sub(r'(?is)<head\b.*?</head>', ' ', t)
    t = re.sub(r'(?is)<script\b.*?</script>', ' ', t)
    t = re.sub(r'(?is)<style\b.*?</style>', ' ', t)
    t = re.sub(r'(?s)<!--.*?-->', ' ', t)
    t = re.sub(r'(?s)<[^>]+>', ' ', t)
    t = html.unescape(t)
    return re.sub(r'\s+', '', t)


def main():
    for b in (build_juwendang, build_haojing, build_qingtan, build_haozuowen, build_tingyu, build_moyuan):
        b()
    os.makedirs(os.path.join(OUT, 'pages'), exist_ok=True)
    os.makedirs(os.path.join(OUT, 'gold'), exist_ok=True)
    for name, data, g, _ in PAGES:
        with open(os.path.join(OUT, 'pages', name), 'wb') as f:
            f.write(data)
        with open(os.path.join(OUT, 'gold', name.rsplit('.', 1)[0] + '.txt'), 'w', encoding='utf-8', newline='\n') as f:
            f.write(g)
    # self-check
    problems, missing, rejoined_n, listings = [], 0, 0, 0
    sites = set()
    for name, data, g, info in PAGES:
        sites.add(name.rsplit('-', 1)[0])
        cs = info['header'] or info['meta']
        try:
            vis = visible(data, cs)
        except UnicodeDecodeError as e:
            problems.append('%s: does not decode as %s: %s' % (name, cs, e))
            continue
        if info['meta'] and info['meta'] != cs:
            note = ' (meta %s disagrees, header wins)' % info['meta']
        else:
            note = ''
        nchar = 0
        pos = 0
        miss_here = 0
        for line in info['paras']:
            k = re.sub(r'\s+', '', line)
            nchar += len(k)
            i = vis.find(k, pos)
            if i < 0:
                if line in info['rejoined']:
                    rejoined_n += 1
                    continue
                miss_here += 1
                problems.append('%s: gold line not in page: %s' % (name, line[:30]))
            else:
                pos = i + len(k)
        missing += miss_here
        if info['kind'] == 'listing':
            listings += 1
            if info['title'] or info['paras']:
                problems.append('%s: listing with title or text' % name)
        else:
            if info['title'] not in vis:
                problems.append('%s: title not visible' % name)
            for a in info['author'].split():
                if a != '-' and a not in vis:
                    problems.append('%s: author %s not visible' % (name, a))
            if info['shown'] and info['shown'] not in vis:
                problems.append('%s: shown date %s not visible' % (name, info['shown']))
            if nchar < 400:
                problems.append('%s: short essay %d' % (name, nchar))
        print('%-22s %-7s %-7s %-8s %5d%s' % (name, info['header'] or '-', info['meta'] or '-',
                                          info['kind'] or 'article', nchar, note))
    print('pages: %d, listings: %d, sites: %d' % (len(PAGES), listings, len(sites)))
    print('gold lines missing from visible text: %d (plus %d deliberately re-joined across a page break)'
          % (missing, rejoined_n))
    for p in problems:
        print('PROBLEM', p)
    print('SELF-CHECK OK' if not problems and len(PAGES) == 24 and listings >= 8 else 'SELF-CHECK FAILED')


if __name__ == '__main__':
    main()
