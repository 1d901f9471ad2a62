#!/usr/bin/env python3
"""make_y.py - blind test pages, prefix y (six invented sites, 24 pages). stdlib only, deterministic.
Usage: python3 make_y.py [OUTDIR]   (writes OUTDIR/pages and OUTDIR/gold, then self-checks)"""
import sys, os, json, html, re, random, hashlib

OUT = sys.argv[1] if len(sys.argv) > 1 else '.'
PAGES = []   # (name, bytes, goldtext, meta)

def esc(s):
    return html.escape(s, quote=False)

def add(name, body_str, charset_bytes, gold):
    """gold: dict with url, charset, content-type, kind, title, author, published, lines"""
    data = body_str.encode(charset_bytes, errors='strict')
    if gold.get('bom'):
        data = b'\xef\xbb\xbf' + data
    PAGES.append((name, data, gold, charset_bytes))

def gold_text(name, g):
    h = ['page: ' + name, 'url: ' + g['url'], 'charset: ' + g['charset']]
    if g.get('ctype'):
        h.append('content-type: ' + g['ctype'])
    if g.get('kind'):
        h.append('kind: ' + g['kind'])
    h.append('title: ' + g.get('title', ''))
    h.append('author: ' + g.get('author', ''))
    h.append('published: ' + g.get('published', ''))
    lines = g.get('lines', [])
    return '\n'.join(h) + '\n\n' + ''.join(l + '\n' for l in lines)

def txt(p):
    """paragraph item -> gold text"""
    return p[1] if isinstance(p, tuple) else p

# ---------------------------------------------------------------- essays
# Items: plain str = paragraph; ('h', s) = in-text heading; ('cap', s, img) = photo caption

J1 = dict(
 title='《江屿省农村客运高质量发展三年行动方案（2024-2026年）》政策解读',
 paras=[
 ('h', '一、出台背景'),
 '农村客运是农民群众出行的基本保障，也是城乡融合发展的重要纽带。近年来，我省建制村通客车率保持在百分之百，但部分线路客流下降、车辆老化、运营主体经营困难等问题逐渐显现，一些偏远村组出现了“通而不畅”“开而难稳”的情况。为巩固建制村通客车成果，推动农村客运由“有没有”向“好不好”转变，省交通运输厅会同省发展改革委、省财政厅等部门研究制定了《行动方案》。',
 ('h', '二、主要目标'),
 '《行动方案》提出，到2026年底，全省农村客运服务网络进一步优化，县域内城乡客运一体化发展水平达到AAAA级以上的县（市、区）占比超过百分之八十；预约响应、定制客运等灵活服务模式在山区县实现全覆盖；农村客运车辆安全技术状况全部达标，群众出行满意度稳步提高。',
 ('h', '三、重点任务'),
 '一是优化线路网络。各地要结合人口分布和出行需求变化，对现有农村客运线路进行全面梳理，对客流稳定的线路实行公交化改造，对客流较少的线路推行片区经营、隔日班、周末班等方式，做到“一线一策”。',
 '二是创新服务模式。鼓励运营企业开通电话预约、小程序预约服务，在学生上下学、赶集日、节假日等时段加密班次，探索“客运+邮政快递”“客运+农产品运输”融合发展，提高车辆利用效率。',
 '三是夯实安全基础。严格落实客运企业安全生产主体责任，加快淘汰超过规定年限的车辆，推广安装智能视频监控装置，加强农村公路临水临崖路段安全防护设施建设。',
 '四是提升站亭设施。结合乡镇综合运输服务站建设，完善候车亭、招呼站牌等设施，在站点醒目位置公布班次时刻和预约电话，方便群众查询出行信息。',
 ('h', '四、保障措施'),
 '《行动方案》明确，各市、县（市、区）人民政府是农村客运发展的责任主体，要建立稳定的运营补贴机制，将农村客运纳入政府购买服务范围。省级将统筹成品油税费改革转移支付等资金，对工作成效明显的地区给予奖补。各级交通运输部门要加强督促指导，定期开展服务质量评价，评价结果与补贴资金挂钩。',
 ])

J2 = dict(
 title='春耕时节访田间：智能农机进村来',
 paras=[
 '清晨六点，东湾县石桥镇下垄村的田埂上已经有了动静。村民吴长根站在自家承包的四十多亩水田边，看着一台插秧机沿着北斗导航规划好的路线来回作业，秧苗一排排整齐地落进泥水里。“以前插这么多田，要请十几个人干上好几天，现在一台机器一天就能干完。”他说。',
 '今年春耕，江屿省持续推进农业生产全程机械化，各地农机合作社把无人驾驶插秧机、植保无人机、智能育秧设备送到田间地头。据省农业农村厅统计，截至3月底，全省已投入春耕生产的各类农机具超过四十万台套，早稻机插秧面积比去年同期增加了百分之十二。',
 ('cap', '石桥镇下垄村，农机手正在操作无人驾驶插秧机进行早稻插秧作业。', '/images/2024/04/chunggeng01.jpg'),
 '在石桥镇农机专业合作社的育秧工厂里，一排排秧盘整齐地码放在育秧架上，温度、湿度都由电脑自动控制。合作社负责人蒋海平告诉记者，去年合作社为周边农户提供育秧服务八千多亩，今年订单已经排到了一万亩以上。“集中育秧出苗整齐，农户省心，粮食产量也更有保障。”',
 '机械多了，会操作的人也要跟上。今年以来，东湾县农业农村局组织开展了十多期农机手培训班，邀请农机企业的技术人员现场讲解设备操作和日常维护。三十五岁的返乡青年龚小伟就是学员之一，他去年贷款买了两架植保无人机，一个季度下来为周边农户打药一万多亩。“种田也能成为一门技术活，年轻人回来一样有奔头。”',
 '县农业农村局有关负责人介绍，下一步将继续加大农机购置补贴力度，推动丘陵山区适用小型机械研发推广，同时整合农机、农资、农技服务资源，让更多小农户分享到现代农业发展的成果。',
 ])

X1 = dict(
 title='夜跑团里的城市：一群年轻人和一条江堤',
 paras=[
 '晚上八点，江堤公园的路灯次第亮起。三十多个穿着荧光色背心的年轻人在入口处的广场上集合，有人在拉伸，有人在调整运动手表。领跑的曾一帆拍了拍手：“今天还是老路线，五公里，配速六分半，跑不动的别硬撑。”',
 '这支名叫“江堤夜跑团”的队伍成立于三年前。最初只是几个住在附近的同事下班后相约跑步，后来在社交平台上发了几张照片，陆续有人找来加入。如今团里有两百多名成员，每周二、四、六晚上固定出发，风雨无阻。',
 ('cap', '夜跑团成员沿江堤慢跑，身后是城市的灯火。', 'https://img.xinruinews.com/2024/06/14/a81f.jpg'),
 '成员里有程序员、护士、快递站站长，也有刚毕业的大学生。在一家设计公司工作的何雯说，加入之前她每天下班就是躺在沙发上刷手机，“跑完步出一身汗，反而睡得特别好”。一年下来，她从跑一公里就喘，到去年秋天完成了人生第一个半程马拉松。',
 '跑团也慢慢有了自己的规矩：新人第一次跑步必须有老队员陪跑；夏天出发前统一提醒补水；跑完后大家一起沿江堤捡一袋垃圾再散。曾一帆说，最初定下“捡垃圾”这一条只是觉得应该做，没想到后来不少散步的市民也跟着一起捡。',
 '江堤公园管理处的工作人员告诉记者，近几年晚上来公园锻炼的人越来越多，管理处在沿线增设了饮水点和照明设施，还专门划出了跑步道。“有了这些年轻人，晚上的江边热闹了，也更安全了。”',
 '九点过后，队伍跑完最后一圈回到广场。有人合影，有人分享刚刚的配速，也有人约好下周一起去参加城郊的越野赛。江风吹过来，带着一点湿润的凉意。对这些年轻人来说，夜跑不只是锻炼，也是在一座忙碌的城市里，找到一群可以并肩同行的人。',
 ])

X2 = dict(
 title='老街修鞋铺的三十年',
 paras=[
 '在南门老街拐角处，有一间不到六平方米的修鞋铺。门口挂着一块褪了色的木牌，上面用红漆写着“修鞋、配钥匙、换拉链”。铺子的主人叫谭国富，今年六十三岁，已经在这里守了整整三十年。',
 '铺子里的东西不多：一台老式补鞋机，一个装满各色鞋钉的铁盒，墙上挂着大大小小的鞋楦和几卷麻线。谭师傅坐在小板凳上，腿上垫着一块旧皮围裙，手里的锥子在鞋底上一扎一拉，动作又快又稳。',
 '“刚开始那几年，生意好得不得了。”谭师傅回忆，上世纪九十年代，街坊们的皮鞋、布鞋坏了都舍不得扔，排队等着修，他常常从早上七点忙到天黑。后来大家的日子好起来了，鞋子坏了多半直接换新的，来修鞋的人少了，他就学着配钥匙、修箱包、换拉链，铺子一直没有关。',
 '老街上的老住户都认得他。谁家孩子放学路上鞋带断了，跑到铺子里，他顺手就给换上一根，从不收钱。住在对面楼里的陈阿姨说，谭师傅修过的鞋，穿上几年都不会开胶，“他做事实在，从来不糊弄人”。',
 '这两年，老街改造后来了不少游客，有年轻人专门拿着旧皮鞋找过来，说是在网上看到了他的故事。谭师傅有些不好意思，又有些高兴：“现在的年轻人也知道东西要爱惜了，这是好事。”',
 '问他打算干到什么时候，谭师傅笑着说：“只要手还稳，眼睛还看得清，就一直干下去。这条街上的人需要我，我也离不开这条街。”',
 ])

X3 = dict(
 title='入秋换季，过敏性鼻炎怎么防？医生给出几点建议',
 paras=[
 '进入九月，早晚温差逐渐加大，不少市民出现了打喷嚏、流清涕、鼻子发痒等症状。市第二人民医院耳鼻咽喉科门诊的接诊量比八月份增加了近三成，其中相当一部分是过敏性鼻炎患者。',
 ('h', '过敏性鼻炎不是“感冒”'),
 '该院耳鼻咽喉科主任医师许文涛介绍，很多人把过敏性鼻炎当成感冒，随便吃点感冒药了事，结果症状反反复复。两者的区别在于：感冒通常伴有发热、全身酸痛，病程一般在一周左右；而过敏性鼻炎以阵发性喷嚏、大量清水样鼻涕、鼻痒和鼻塞为主要表现，往往在接触过敏原后突然发作，持续时间较长。',
 ('h', '秋季的主要过敏原有哪些'),
 '许文涛说，秋季空气中的花粉主要来自蒿草、葎草等植物，此外尘螨、霉菌在这一时期也比较活跃。天气干燥，鼻黏膜的防御能力下降，更容易受到刺激。',
 ('h', '日常预防做好这几点'),
 '一是减少接触。花粉浓度较高的时段尽量减少户外活动，外出时佩戴口罩，回家后及时清洗面部和鼻腔。二是保持室内清洁。床单被罩定期用热水清洗，少用地毯和毛绒玩具，保持室内适宜的湿度。三是规范用药。症状明显的患者应在医生指导下使用鼻喷激素或抗组胺药物，不要自行长期使用减充血剂类滴鼻液，以免引起药物性鼻炎。',
 '许文涛提醒，如果鼻炎症状反复发作，或者同时出现胸闷、咳嗽、喘息等情况，应及时到医院就诊，必要时进行过敏原检测，以便对症治疗。',
 ])

L1 = dict(
 title='楼下的早点摊',
 paras=[
 '搬到这个小区快两年了，每天早上下楼，第一眼看到的总是街角那个早点摊。',
 '摊主是一对中年夫妻，男的负责炸油条，女的守着一口大锅煮豆浆、卖包子。天还没亮他们就出摊了，炉火映着两张红扑扑的脸。我问过老板娘几点起床，她笑着说三点多，“习惯了，睡不着”。',
 '我每天都要两根油条、一碗咸豆浆。时间长了，还没走到摊前，老板就已经把油条夹进纸袋里了。有一次我出差一个星期，回来那天早上，老板娘特意问我是不是生病了，说好几天没看见我。那一刻心里暖暖的，在这座城市里，原来也有人记得你。',
 '冬天最冷的那几天，摊子前面支起一块塑料棚，棚里挤满了赶着上班的人，大家捧着热豆浆，哈着白气，互相不认识，却都觉得亲切。有个上学的小姑娘总是把包子掰一半喂路边的流浪猫，老板看见了，就多给她塞一个。',
 '老板话不多，但算账从来不含糊，一块五就是一块五，碰上没带零钱的老人，他总摆摆手说明天再给。有人说他傻，他说街坊邻居的，天天见面，还能跑了不成。这样的小摊，撑起的不只是一条街的早饭，还有一点人情味。',
 '前几天听说这条街要改造，早点摊可能要搬走。我有点舍不得，想写下来，记住这些热气腾腾的早晨。',
 ])

L2 = dict(
 title='第一次学做红烧肉',
 paras=[
 '说来惭愧，三十岁的人了，一直不太会做饭。以前住在家里有妈妈做，后来工作了不是吃食堂就是叫外卖。上个周末心血来潮，决定学做一道红烧肉，给自己一点挑战。',
 '周六一早去菜市场，按照妈妈电话里教的，挑了一块三层分明的五花肉，肥瘦差不多各一半。卖肉的大叔听说我是第一次做，热心地帮我切成了大小均匀的方块，还叮嘱我一定要先焯水。',
 '回到家，先把肉块冷水下锅，加几片姜和一点料酒，煮开后撇去浮沫，捞出来用温水洗干净。接下来是最关键的炒糖色。我在锅里放了一点油，倒进冰糖，用小火慢慢熬。糖先是化开，然后冒起小泡，颜色一点点变成琥珀色。妈妈说过，这个时候要马上下肉，不然就苦了。我手忙脚乱地把肉倒进去，油星溅到手背上，疼得直甩手。',
 '肉块裹上糖色以后，加入生抽、老抽、八角、桂皮和葱段，再倒进没过肉的开水，盖上锅盖转小火炖。接下来的一个小时，厨房里的香味一点点浓起来，我隔一会儿就掀开锅盖看一眼，生怕烧干了。',
 '最后大火收汁，汤汁变得浓稠发亮，一块块红烧肉在锅里微微颤动。我夹起一块尝了尝，肥而不腻，入口即化，虽然比不上妈妈做的，但也有七八分的样子了。',
 '吃饭的时候给妈妈打了个视频电话，让她看看我的成果。她在那头笑得合不拢嘴，说下次回家要考考我。放下电话，我突然明白，做饭这件事，学的不只是手艺，还有那份把日子过好的心思。',
 ])

L3 = dict(
 title='周末去了趟梅岭水库',
 paras=[
 '五一假期人多，一直没出门。这个周末天气好，约了两个老同学，骑车去城北的梅岭水库转了转。',
 '从城里出发，沿着新修的环湖公路骑了一个多小时。路两边是成片的茶园，采茶的妇女戴着斗笠，在茶垄间慢慢移动。空气里有一股青草和茶叶混在一起的味道，吸一口，整个人都清爽了。',
 '到了水库大坝上，眼前一下子开阔起来。水面很平，远处的山一层叠着一层，颜色由深到浅，最远的几座几乎和天连在了一起。坝下有几个老人在钓鱼，一坐就是一上午，也不见他们着急。',
 '我们在坝边的农家饭馆吃了午饭，点了一条水库鱼、一盘炒野菜和一碗土鸡汤。老板说鱼是早上刚从水库里捞上来的，红烧以后肉质很嫩，没有一点泥腥味。',
 '下午沿着库边的小路走了一段，路旁开满了不知名的小黄花。老同学说，小时候春游来过这里，那时候还是土路，坐拖拉机颠了半天才到。一晃二十年，路变宽了，人也都老了一点。',
 '回城的时候太阳已经偏西，晚霞把整个水面染成了橘红色。骑在车上，风吹过来，忽然觉得，日子虽然忙，偶尔停下来看看山水，也是很好的。',
 ])

S1 = dict(
 title='港邊的修網人',
 paras=[
 '小時候住在漁港旁的巷子裡，每天放學回家，總要經過一整排曬漁網的空地。午後的陽光把網子曬得發燙，空氣裡混著海水、柴油和魚腥的味道，那是我記憶中港口最真實的氣息。',
 '空地盡頭坐著一位修網的阿伯，大家都叫他「網仔伯」。他的手指粗短，關節腫大，卻靈巧得不可思議。一根竹製的網梭在他手裡上下翻飛，破了洞的漁網不一會兒就補得嚴嚴實實。我常蹲在旁邊看，他偶爾抬頭，用台語問我：「功課寫完了嗎？」[註1]',
 '網仔伯年輕時也是討海人，跟著船出海捕鯖魚，一去就是十幾天。後來一次颱風，船翻了，他在海上漂了一夜才被救起，從此再也不上船。他說，海給人飯吃，也會把人收回去，「留在岸上補網，也算是替出海的人顧著一條命」。',
 '那時我不懂這句話的份量。直到長大後讀到一篇關於漁業的報導，才知道一張網若有一處破口沒補好，整網的漁獲就可能在起網時流失，船員的一趟辛苦便白費了。修網的人，其實是漁船出航前最後一道安心。',
 '上了國中以後，我搬離了港邊，很少再回去。前年返鄉，特地繞到那片空地，才發現那裡已經蓋起了觀光魚市，遊客拿著手機拍照，攤販大聲叫賣。曬網的地方不見了，網仔伯也不在了。聽附近雜貨店的老闆娘說，他在幾年前過世，走之前還在補最後一張網。[註2]',
 '我站在魚市門口，想起那根翻飛的網梭，想起他抬頭問我功課的樣子。港口還在，船也還在出海，只是那些在岸上默默補網的人，已經漸漸被時間帶走了。或許每一座港口都有這樣的人，他們不被寫進任何紀錄，卻實實在在地守著一代又一代出海的人。',
 ('h', '註釋'),
 '註1：「功課寫完了嗎」，台語讀作「功課寫了矣未」，是港邊長輩最常對孩子說的一句話。',
 '註2：據當地漁會資料，該處曬網場於二○一六年前後改建為觀光魚市。',
 ])

S2 = dict(
 title='山城雨季',
 paras=[
 '山城的雨季總是來得毫無預兆。前一刻天還藍著，下一刻山頭就壓下一片灰雲，雨點打在鐵皮屋頂上，劈哩啪啦，像有人在上面撒豆子。',
 '我在這座山城教書的第一年，最不習慣的就是雨。衣服晾了三天還是潮的，書本的紙頁微微捲起，連教室黑板上的粉筆字都顯得濕漉漉的。學生們卻一點也不在意，下課鐘一響，就穿著雨鞋衝進操場，在水窪裡踩得水花四濺。',
 '班上有個叫阿凱的男孩，家住在半山腰的茶園。雨季時山路泥濘，他每天要走一個多小時才能到學校，褲管總是沾滿黃泥。有一次我問他累不累，他聳聳肩說：「下雨天茶葉長得好，阿嬤說這是老天在幫忙。」[註1]',
 '那句話讓我愣了很久。我只看見雨帶來的不便，孩子們卻早已學會從雨裡看見希望。山城的人似乎天生就懂得與天氣相處，雨來了就收衣服、關窗、煮一壺熱茶，雨停了就出門做事，從不抱怨。',
 '後來我也慢慢愛上了雨季。傍晚改完作業，我會泡一杯學生家長送來的高山茶，坐在宿舍的走廊上聽雨。雨水順著屋簷滴落，遠處的山在霧裡若隱若現，整座山城安靜得只剩下雨聲。',
 '如今離開山城已經五年，每到梅雨時節，我還是會想起那些潮濕的日子，想起阿凱沾滿黃泥的褲管。原來，有些地方的雨，會一直下在心裡。',
 ('h', '註釋'),
 '註1：當地茶農俗諺有「春雨貴如油，一場雨一季茶」之說。',
 ])

S3 = dict(
 title='在市場學會的數學',
 paras=[
 '我的數學不是在教室裡學會的，而是在母親的菜攤前。',
 '母親在傳統市場賣了二十多年的菜。小學三年級那年暑假，她把我帶到攤位上，讓我負責收錢找錢。第一天我手忙腳亂，一把青菜三十五元，客人給了一百元，我站在那裡算了半天，客人笑著自己把錢找了。母親沒有罵我，只是晚上收攤後，拿出一疊零錢，陪我一遍又一遍地練習。',
 '漸漸地，我學會了心算。兩斤番茄加半斤蔥，再抹掉零頭，數字在腦子裡自己就排好了隊。市場裡的阿姨們都誇我算得比計算機還快，我心裡得意，算得更起勁了。[註1]',
 '但市場教我的，不只是加減乘除。有一位常來買菜的老奶奶，每次都只買一點點，付錢時總是在小錢包裡翻很久。有一天她少了十元，母親擺擺手說：「下次再給就好。」後來老奶奶再也沒有出現，那十元也沒有還。我替母親抱不平，母親卻說：「人家若是有，就不會欠了。」',
 '那時候我才明白，有些帳是不能用數字去算的。母親的攤位上，秤總是給得足一些，熟客買多了會順手送一把蔥，遇到颱風天菜價飛漲，她也只是小漲一點。她說，做生意做的是人情，帳算得太精，人就走遠了。',
 '後來我讀了大學，又到銀行工作，每天和數字打交道。每當面對一筆筆冰冷的報表，我常常想起市場裡那些嘈雜而溫暖的清晨，想起母親在秤桿上多給出去的那一點點。那是我學過最難，也最重要的一門數學。',
 ('h', '註釋'),
 '註1：當時市場攤商多半不用電子秤，而以桿秤計重，找零全靠心算。',
 ])

K1 = dict(
 title='小区里开了家“共享工具屋”，邻居们借还全靠自觉',
 paras=[
 '电钻、梯子、打气筒、水管扳手……在城东街道桂香园小区的一间架空层里，整整齐齐地摆放着一百多件家用工具。这间由居民自发建起来的“共享工具屋”，开张半年多来，已经累计借出工具一千二百多次。',
 '工具屋的发起人是小区居民蔡建华。他说，去年家里装窗帘需要打孔，专门买了一把电钻，用完一次就一直放在柜子里。“我问了几个邻居，家家都有类似的情况，一年用不了一两回的工具，买了占地方，不买又不方便。”于是他在业主群里提议，大家把闲置的工具拿出来共享。',
 '提议一出，响应的人比预想的多。不到一个星期，邻居们就捐出了八十多件工具。社区居委会腾出一间闲置的架空层，物业帮忙装了货架和照明，几位退休的老师傅还主动承担起整理和维修工作。',
 ('cap', '居民在“共享工具屋”登记借用工具。', 'https://img.kuaidu.com/m/2024/0703/gjw02.jpg'),
 '借工具的规则很简单：在门口的本子上写下姓名、门牌号和借用物品，用完后三天内归还。工具屋不收押金，也没有专人看守，全凭自觉。让蔡建华欣慰的是，半年下来，没有一件工具丢失，不少邻居还车的时候顺手把工具擦得干干净净，有人还往里面添了新工具。',
 '七十岁的退休钳工龙师傅几乎每天都会来工具屋坐一坐，帮忙修修坏了的工具，也教年轻人怎么换水龙头、修插座。“以前住了好几年都不认识对门，现在借个工具，一来二去就熟了。”他说。',
 '桂香园社区党支部书记谢敏表示，下一步社区准备把工具屋的经验推广到周边小区，同时开设“邻里维修课堂”，让更多居民参与到社区的共建共享中来。',
 ])

K2 = dict(
 title='高温下的外卖骑手：一天跑六十单，最怕的是电梯坏了',
 paras=[
 '中午十二点，地面温度接近五十摄氏度。外卖骑手邱志强把电动车停在写字楼门口，拎起两份午餐一路小跑进了大厅。这是他今天上午送的第二十七单。',
 '今年三十二岁的邱志强送外卖已经四年了。每天早上九点出门，晚上九点多收工，高峰时段一小时要跑七八单。他的电动车车把上挂着一个大水壶，脚踏板上放着一条湿毛巾，“一天下来要喝四五升水，衣服湿了干、干了湿，后背上全是白花花的汗碱”。',
 '对骑手来说，最难熬的是午高峰。订单集中，商家出餐慢，顾客又催得急，一耽误就可能超时。邱志强说，他最怕遇到老小区没有电梯，或者写字楼的电梯坏了，“提着餐爬十几层楼，下来腿都是软的”。',
 '不过，今年夏天他也感受到了一些变化。他常去的几个商圈都设立了“骑手驿站”，可以免费接水、充电、休息，有的还准备了绿豆汤和防暑药品。平台也根据天气调整了配送时间，极端高温时段会自动延长预计送达时间。“顾客的理解也多了，有的会在备注里写‘不着急，注意安全’，看到这句话心里就挺暖的。”',
 '下午两点，订单少了一些，邱志强终于在驿站里坐下来，吃上了一份盒饭。他说，自己的女儿今年上小学一年级，暑假在老家跟着爷爷奶奶，“等过段时间接她来城里玩几天，带她去吃一顿好的”。',
 '吃完饭，休息了不到二十分钟，手机又响起了新订单的提示音。他戴上头盔，骑上车，又汇入了炽热的车流中。',
 ])

K3 = dict(
 title='一座县城图书馆的“深夜自习室”',
 paras=[
 '晚上十一点，永安县图书馆三楼的自习室里依然坐得满满当当。灯光下，有人埋头刷题，有人对着电脑写材料，也有人安静地翻着一本小说。这间自习室从去年秋天开始延长开放到凌晨一点，成了县城里最晚熄灯的地方之一。',
 '延长开放的想法，来自读者的一条留言。图书馆馆长韦立群介绍，以前自习室晚上九点就关门，不少备考的年轻人只好去奶茶店、快餐店看书。“有位读者在留言簿上写，县城里想找个安静看书的地方，比找工作还难。看到这句话，我们心里挺不是滋味的。”',
 '经过调研，图书馆决定把三楼自习室改造成独立区域，单独设置出入口和门禁，晚上由志愿者和值班人员轮流值守。改造后的自习室有八十个座位，每个座位都配了台灯和插座，还添置了饮水机和微波炉。',
 '在县城一家企业做会计的黄佳怡是这里的常客。她正在准备中级会计师考试，每天下班后吃完饭就来，一直学到十二点。“家里孩子小，根本静不下心。这里氛围好，看着身边的人都在学，自己也不好意思偷懒。”',
 '自习室里还有不少返乡青年和在职备考的人。有人考上了研究生，有人拿到了教师资格证，大家把好消息写在门口的一块留言板上，密密麻麻贴了一整面墙。',
 '韦立群说，接下来图书馆打算在自习室旁边开设一个小型阅览区，把新书和期刊放进去，“希望来这里的人，除了备考，也能顺手读几本好书”。',
 ])

W1 = dict(
 title='秋天的菜园',
 paras=[
 '老家的院子后面有一块菜园，不大，约莫两分地，是母亲一锄一锄开出来的。每到秋天，这块菜园就成了全家最热闹的地方。',
 '立秋一过，母亲就开始忙着种秋菜。她先把夏天的茄子、豆角秧拔掉，翻地、施肥、起垄，再把白菜、萝卜、菠菜的种子一行一行撒下去。种子落地以后，她每天傍晚都要挑两桶水来浇，一边浇一边念叨：“早点出来，早点出来。”',
 '过不了几天，地里就冒出了嫩绿的小芽。白菜的叶子圆圆的，像一把把小扇子；萝卜苗细细长长，挤在一起，风一吹就齐齐地点头。母亲蹲在地里间苗，把长得密的拔掉一些，拔下来的小苗也不浪费，洗干净下面条，满口都是清香。',
 '到了深秋，菜园里已经是另一番景象。白菜长得又高又壮，外面的叶子包着里面嫩黄的菜心；萝卜露出半截红红的身子，用手一拔，带着泥土就出来了。母亲会挑几棵最好的白菜，用稻草捆住菜头，让它慢慢包心，说是这样过冬时才好吃。',
 '菜园边上还种着几棵辣椒，秋天结出的辣椒红得发亮。母亲把它们摘下来，用线串成一串一串，挂在屋檐下。阳光照过来，整面墙都红彤彤的，像挂了一排小灯笼。',
 '后来我离开家乡，到城里工作，吃的菜都是从超市里买来的，整整齐齐地包在保鲜膜里，却总觉得少了点什么。前些日子给母亲打电话，她说今年的萝卜又长得很好，给我留了一袋，等我回去拿。挂了电话，我仿佛又看见那块秋天的菜园，看见母亲弯着腰，在夕阳里慢慢地浇水。',
 ])

W2 = dict(
 title='幸福里社区“邻里书角”志愿服务活动总结',
 paras=[
 '为丰富社区居民的精神文化生活，营造全民阅读的良好氛围，2023年幸福里社区依托新时代文明实践站，开展了“邻里书角”志愿服务活动。一年来，在街道党工委的指导和广大志愿者的共同努力下，活动取得了较好成效，现将有关情况总结如下。',
 ('h', '一、基本情况'),
 '社区在党群服务中心一楼设立了“邻里书角”，面积约四十平方米，配备书架六组、阅读桌椅二十套。通过居民捐赠、街道配送和区图书馆流动借阅等方式，书角现有图书两千三百余册，涵盖少儿绘本、文学、生活百科、健康养生等类别。全年共接待居民阅读三千六百余人次，借出图书一千一百余册。',
 ('h', '二、主要做法'),
 '（一）组建志愿服务队伍。社区面向辖区居民招募志愿者，组建了一支由退休教师、在校大学生和青年党员组成的三十二人志愿服务队，实行排班值守，保证书角每天开放八小时，周末不休息。',
 '（二）开展主题阅读活动。结合传统节日和寒暑假，组织开展“亲子共读”“故事妈妈讲绘本”“读书分享会”等活动二十四场，参与居民九百余人次。其中，暑期开设的“小小图书管理员”体验活动深受孩子们欢迎。',
 '（三）推动图书流动共享。在小区门岗、老年活动室设立图书漂流点五处，居民可以随借随还；为行动不便的老年人提供送书上门服务，全年送书一百六十余次。',
 ('h', '三、存在的不足'),
 '一是图书结构还不够合理，适合青少年和中青年居民的新书相对较少；二是活动形式比较单一，对年轻上班族的吸引力不够；三是志愿者队伍稳定性有待加强，部分时段存在人手紧张的情况。',
 ])

# ---------------------------------------------------------------- helpers
def ent_quotes(s):
    s = esc(s)
    return s.replace('“', '&ldquo;').replace('”', '&rdquo;')

def rng(seed):
    return random.Random(seed)

SYL = list('安宝昌大东丰福高广和华嘉建江金康乐林龙茂明南宁平清庆荣瑞山尚石顺泰桃天通万文西祥新兴阳永玉元云长正中')

def place_names(r, n, suffix):
    out, seen = [], set()
    while len(out) < n:
        nm = r.choice(SYL) + r.choice(SYL)
        if nm[0] == nm[1] or nm in seen:
            continue
        seen.add(nm); out.append(nm + suffix)
    return out

NEWS_A = ['全省', '我省', '省政府', '多地', '省内各地', '江屿']
NEWS_B = ['召开', '部署', '推进', '启动', '开展', '通报', '召开专题会议研究', '印发']
NEWS_C = ['安全生产', '春季农业生产', '营商环境优化', '城乡居民医保', '义务教育均衡发展', '农村人居环境整治', '防汛抗旱', '就业创业服务',
          '数字政府建设', '生态环境保护', '文旅消费提振', '老旧小区改造', '乡村振兴', '科技创新', '交通基础设施建设', '养老服务体系建设',
          '食品药品安全', '森林防火', '社会救助', '公共法律服务']
NEWS_D = ['工作', '工作会议', '专项行动', '重点任务', '有关工作', '试点工作', '工作推进会', '百日攻坚行动']

def gen_titles(seed, n):
    r = rng(seed)
    out = []
    for i in range(n):
        out.append(r.choice(NEWS_A) + r.choice(NEWS_B) + r.choice(NEWS_C) + r.choice(NEWS_D))
    return out

def gen_dates(seed, n, start=(2024, 3, 28)):
    r = rng(seed)
    y, m, d = start
    out = []
    for i in range(n):
        out.append('%04d-%02d-%02d' % (y, m, d))
        d -= r.choice([0, 1, 1, 2, 3])
        if d < 1:
            m -= 1; d += 28
            if m < 1:
                m = 12; y -= 1
    return out

# ================================================================ site 1: jiangyu (provincial portal)
JY_DEPTS = ['省发展改革委', '省教育厅', '省科技厅', '省工业和信息化厅', '省民族宗教委', '省公安厅', '省民政厅', '省司法厅', '省财政厅',
            '省人力资源社会保障厅', '省自然资源厅', '省生态环境厅', '省住房城乡建设厅', '省交通运输厅', '省水利厅', '省农业农村厅',
            '省商务厅', '省文化和旅游厅', '省卫生健康委', '省退役军人事务厅', '省应急管理厅', '省审计厅', '省外办', '省国资委',
            '省市场监管局', '省广电局', '省体育局', '省统计局', '省医保局', '省林业局', '省机关事务管理局', '省地方金融管理局',
            '省乡村振兴局', '省能源局', '省粮食和储备局', '省药监局', '省知识产权局', '省信访局', '省数据局', '省人防办', '省地震局', '省气象局']
JY_SERV = {
 '个人办事': ['生育收养', '户籍办理', '民族宗教', '教育科研', '入伍服役', '就业创业', '设立变更', '准营准办', '抵押质押', '职业资格',
          '行政缴费', '婚姻登记', '优待抚恤', '规划建设', '住房保障', '社会保障', '证件办理', '交通出行', '旅游观光', '出境入境',
          '消费维权', '公共安全', '司法公证', '知识产权', '环保绿化', '文化体育', '公用事业', '医疗卫生', '离职退休', '死亡殡葬'],
 '法人办事': ['设立变更', '准营准办', '资质认证', '年检年审', '税收财务', '人力资源', '社会保障', '投资审批', '融资信贷', '抵押质押',
          '商务贸易', '招标拍卖', '海关口岸', '涉外服务', '农林牧渔', '国土和规划建设', '交通运输', '环保绿化', '应对气候变化', '水务气象',
          '医疗卫生', '科技创新', '文体教育', '知识产权', '质量技术', '检验检疫', '安全生产', '公安消防', '司法公证', '破产注销'],
 '特色服务': ['一件事一次办', '跨省通办', '省内通办', '秒批秒办', '免证办', '好差评', '政务服务地图', '12345热线', '惠企政策直达', '帮办代办'],
}

def jy_megamenu():
    r = rng('jiangyu-menu')
    cities = ['屿州市', '南湾市', '青岚市', '东临市', '石城市', '望江市', '丰源市', '清河口市', '白沙市', '宁远市', '梅川市', '玉溪坪市']
    h = ['<div class="mega-menu" id="megaMenu" style="display:none">']
    h.append('<div class="mega-col mega-depts"><h4>省政府部门</h4><ul>')
    for i, d in enumerate(JY_DEPTS):
        h.append('<li><a href="https://www.jiangyu.gov.cn/bm/%03d/" target="_blank">%s</a></li>' % (i + 1, d))
    h.append('</ul></div>')
    h.append('<div class="mega-col mega-cities"><h4>市县政府</h4>')
    for ci, c in enumerate(cities):
        counties = place_names(r, r.randint(7, 11), '')
        h.append('<dl class="city"><dt><a href="https://www.%s.gov.cn/" target="_blank">%s</a></dt><dd>' % ('c%02d' % ci, c))
        for k, cn in enumerate(counties):
            suf = r.choice(['县', '县', '区', '市'])
            h.append('<a href="https://www.%s%02d.gov.cn/" target="_blank">%s%s</a>' % ('c%02d' % ci, k, cn, suf))
        h.append('</dd></dl>')
    h.append('</div>')
    for cat, items in JY_SERV.items():
        h.append('<div class="mega-col mega-serv"><h4>%s</h4><ul>' % cat)
        for i, it in enumerate(items):
            h.append('<li><a href="https://zwfw.jiangyu.gov.cn/%s/%02d.html">%s</a></li>' % ('grbs' if cat == '个人办事' else 'frbs' if cat == '法人办事' else 'tsfw', i, it))
        h.append('</ul></div>')
    h.append('<div class="mega-col mega-sx"><h4>高频办事事项</h4>')
    objs = ['营业执照', '食品经营许可证', '道路运输经营许可证', '建筑业企业资质', '排污许可证', '医师执业证书', '教师资格', '不动产权证书', '取水许可',
            '药品经营许可证', '出版物经营许可证', '人力资源服务许可证', '危险化学品经营许可证', '特种设备使用登记', '民办学校办学许可', '导游证']
    acts = ['核发', '变更', '延续', '注销', '补办', '查询', '预约', '进度查询']
    for i, o in enumerate(objs):
        h.append('<dl><dt>%s</dt><dd>' % o)
        for j, a in enumerate(acts):
            h.append('<a href="https://zwfw.jiangyu.gov.cn/item/%02d%02d.html">%s%s</a>' % (i, j, o, a))
        h.append('</dd></dl>')
    h.append('</div>')
    h.append('<div class="mega-col mega-gk"><h4>政府信息公开</h4><ul>')
    for i, it in enumerate(['政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '政府信息公开年报', '依申请公开', '省政府文件', '省政府办公厅文件',
                            '政策解读', '规范性文件', '人事信息', '财政预决算', '重点领域信息公开', '建议提案办理', '新闻发布会', '政府常务会议',
                            '重大行政决策', '统计数据', '权责清单', '招考录用', '审计结果公告']):
        h.append('<li><a href="/col/col%d/index.html">%s</a></li>' % (1100 + i, it))
    h.append('</ul></div></div>')
    return '\n'.join(h)

JY_MEGA = jy_megamenu()

def jy_head(title, col, pubdate, source, charset_meta, extra_meta=''):
    return f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
{charset_meta}
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)}_{col}_江屿省人民政府门户网站</title>
<meta name="SiteName" content="江屿省人民政府门户网站">
<meta name="SiteDomain" content="www.jiangyu.gov.cn">
<meta name="SiteIDCode" content="3600000011">
<meta name="ColumnName" content="{col}">
<meta name="ColumnType" content="{col}">
{extra_meta}<meta name="Keywords" content="江屿省人民政府,江屿,{col}">
<link rel="stylesheet" href="/images/2023/css/common.css?v=20231108">
<link rel="stylesheet" href="/images/2023/css/article.css?v=20231108">
<script type="text/javascript" src="/images/2023/js/jquery-1.12.4.min.js"></script>
<script type="text/javascript" src="/images/2023/js/common.js"></script>
<!--[if lt IE 9]><script src="/images/2023/js/html5shiv.min.js"></script><![endif]-->
</head>
<body>
<!-- 头部开始 -->
<div class="top-bar"><div class="w1200">
 <div class="fl">今天是：<span id="today"></span><script>document.getElementById("today").innerHTML=new Date().toLocaleDateString();</script></div>
 <div class="fr"><a href="javascript:;" id="cniil_wza">无障碍</a> | <a href="javascript:;" class="oldman">长者模式</a> | <a href="/en/">English</a> | <a href="https://tyrz.jiangyu.gov.cn/login">登录</a> | <a href="https://www.jiangyu.gov.cn/m/">手机版</a></div>
</div></div>
<div class="header"><div class="w1200">
 <div class="logo"><a href="/"><img src="/images/2023/logo.png" alt="江屿省人民政府门户网站"></a></div>
 <div class="search-box"><form action="https://search.jiangyu.gov.cn/search" method="get" target="_blank"><input type="text" name="q" placeholder="请输入关键词"><input type="hidden" name="siteCode" value="3600000011"><button type="submit">搜索</button></form>
 <div class="hot-words">热搜：<a href="#">社保查询</a><a href="#">公积金</a><a href="#">营业执照</a><a href="#">不动产登记</a></div></div>
</div></div>
<div class="main-nav"><div class="w1200"><ul class="nav-list">
 <li class="nav-item"><a href="/">首页</a></li>
 <li class="nav-item"><a href="/col/col1000/index.html">要闻动态</a></li>
 <li class="nav-item has-mega"><a href="/col/col1001/index.html">政务公开</a></li>
 <li class="nav-item has-mega"><a href="https://zwfw.jiangyu.gov.cn/">政务服务</a></li>
 <li class="nav-item"><a href="/col/col1003/index.html">互动交流</a></li>
 <li class="nav-item"><a href="/col/col1004/index.html">走进江屿</a></li>
 <li class="nav-item"><a href="/col/col1005/index.html">专题专栏</a></li>
</ul>
{JY_MEGA}
</div></div>
<!-- 头部结束 -->
'''

JY_FOOT = '''<!-- 底部开始 -->
<div class="footer-links"><div class="w1200">
 <select onchange="if(this.value)window.open(this.value)"><option value="">中央政府网站</option><option value="http://www.gov.cn">中国政府网</option></select>
 <select onchange="if(this.value)window.open(this.value)"><option value="">省政府部门网站</option><option value="/bm/001/">省发展改革委</option><option value="/bm/002/">省教育厅</option></select>
 <select onchange="if(this.value)window.open(this.value)"><option value="">市县政府网站</option><option value="#">屿州市</option><option value="#">南湾市</option></select>
</div></div>
<div class="footer"><div class="w1200">
 <div class="dzjg"><script id="_jiucuo_" sitecode="3600000011" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>
 <p><a href="/col/col2001/index.html">关于本网</a> | <a href="/col/col2002/index.html">网站地图</a> | <a href="/col/col2003/index.html">联系我们</a> | <a href="/col/col2004/index.html">隐私声明</a></p>
 <p>主办：江屿省人民政府办公厅　承办：江屿省大数据中心　版权所有：江屿省人民政府</p>
 <p>网站标识码：3600000011　<a href="https://beian.miit.gov.cn/" target="_blank">屿ICP备05003071号</a>　<img src="/images/2023/ga.png" alt="">屿公网安备 36010202000163号</p>
 <p>建议使用1366*768分辨率，IE10以上版本浏览器访问本网站</p>
 <div class="dzjg-img"><a href="http://bszs.conac.cn/sitename?method=show&amp;id=0F1A2B" target="_blank"><img src="/images/2023/red.png" alt="党政机关"></a></div>
</div></div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() { var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?5c1e9b0b7a9d4c7b8e2f1a3c4d5e6f70"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();
</script>
<!-- 底部结束 -->
</body>
</html>
'''

def jy_left(col, items):
    h = ['<div class="left-side"><div class="side-title"><h3>%s</h3></div><ul class="side-list">' % col]
    for i, it in enumerate(items):
        h.append('<li%s><a href="/col/col%d/index.html">%s</a></li>' % (' class="on"' if it == col else '', 1200 + i, it))
    h.append('</ul></div>')
    return '\n'.join(h)

def jy_article(n, art, col, colid, url, pubdt, source, author, meta_table, charset_meta, header_cs, bytes_cs, related, img=False):
    title = art['title']
    extra = f'<meta name="ArticleTitle" content="{esc(title)}">\n<meta name="PubDate" content="{pubdt}">\n<meta name="ContentSource" content="{source}">\n'
    if author:
        extra += f'<meta name="Author" content="{author}">\n'
    h = [jy_head(title, col, pubdt, source, charset_meta, extra)]
    h.append(f'<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1001/index.html">政务公开</a> &gt; <a href="/col/col{colid}/index.html">{col}</a></div>')
    h.append('<div class="w1200 article-wrap">')
    if meta_table:
        rows = meta_table
        h.append('<table class="xxgk-table" cellpadding="0" cellspacing="0" border="0"><tbody>')
        for i in range(0, len(rows), 2):
            h.append('<tr>' + ''.join('<th>%s：</th><td>%s</td>' % (k, esc(v)) for k, v in rows[i:i + 2]) + '</tr>')
        h.append('</tbody></table>')
    h.append(f'<div class="article-title"><h1 class="title">{esc(title)}</h1></div>')
    info = f'<span>来源：{source}</span>'
    if author:
        info += f'<span>作者：{author}</span>'
    info += (f'<span>发布时间：{pubdt}</span><span>浏览次数：<em id="hits"><script>document.write(Math.floor(Math.random()*1000)+1200)</script></em></span>'
             '<span class="fontsize">字号：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span>'
             '<span class="share-btns"><a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a></span>')
    h.append(f'<div class="article-info">{info}</div>')
    h.append('<!--正文开始--><div class="article-content" id="zoom">')
    for p in art['paras']:
        if isinstance(p, tuple) and p[0] == 'h':
            h.append(f'<p style="text-indent:2em;"><strong>{ent_quotes(p[1])}</strong></p>')
        elif isinstance(p, tuple) and p[0] == 'cap':
            h.append(f'<p style="text-align:center;"><img src="{p[2]}" border="0" alt="" width="600"></p>\n<p style="text-align:center;font-family:楷体;">{ent_quotes(p[1])}</p>')
        else:
            h.append(f'<p style="text-indent:2em;">{ent_quotes(p)}</p>')
    h.append('</div><!--正文结束-->')
    if n == 1:
        h.append('<div class="fujian">附件：<a href="/art/2024/3/22/art_1207_889012/fj/xdfa.pdf">江屿省农村客运高质量发展三年行动方案（2024-2026年）.pdf</a></div>')
    h.append('<div class="article-btns"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a> <a href="javascript:;" onclick="addFav()">【收藏】</a></div>')
    h.append('<div class="qr-box"><img src="/images/2023/qrcode.png" alt=""><p>扫一扫在手机打开当前页</p></div>')
    h.append('<div class="related"><div class="related-title">相关链接</div><ul>')
    for t, d in related:
        h.append(f'<li><a href="/art/{d.replace("-", "/")}/art_{colid}_{abs(hash_int(t)) % 900000 + 100000}.html" target="_blank">{esc(t)}</a><span>{d}</span></li>')
    h.append('</ul></div></div>')
    h.append(JY_FOOT)
    return '\n'.join(h)

def hash_int(s):
    return int(hashlib.md5(s.encode('utf-8')).hexdigest()[:8], 16)

def build_jiangyu():
    base = 'https://www.jiangyu.gov.cn'
    # page 1: policy interpretation with 信息公开 metadata
    rel = list(zip(['《江屿省交通运输领域“十四五”发展规划》解读', '一图读懂：全省城乡客运一体化示范创建', '省交通运输厅关于做好2024年春运工作的通知',
                    '《关于加快农村公路高质量发展的实施意见》政策问答', '农村客运班线补贴资金管理办法解读'],
                   ['2024-02-28', '2024-01-16', '2024-01-08', '2023-12-19', '2023-11-30']))
    mt = [('索引号', '003071020/2024-00418'), ('主题分类', '交通运输'), ('发布机构', '江屿省交通运输厅'), ('成文日期', '2024-03-18'),
          ('名　　称', J1['title']), ('文　　号', ''), ('发布日期', '2024-03-22'), ('有 效 性', '有效')]
    url = base + '/art/2024/3/22/art_1207_889012.html'
    s = jy_article(1, J1, '政策解读', 1207, url, '2024-03-22 10:15', '省交通运输厅', '', mt,
                   '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">', 'utf-8', 'utf-8', rel)
    add('y-jiangyu-1.html', s, 'utf-8', dict(url=url, charset='utf-8', title=J1['title'], author='', published='2024-03-22',
                                              lines=[txt(p) for p in J1['paras']]))
    # page 2: news, no header charset, photo
    rel2 = list(zip(['全省春季农业生产现场推进会在东湾县召开', '省农业农村厅发布2024年农机购置补贴实施方案', '我省早稻集中育秧面积创新高',
                     '江屿：植保无人机飞进千家万户', '省政府召开全省耕地保护和粮食安全工作会议', '东湾县：返乡青年成新型职业农民', '春耕备耕农资供应总体充足'],
                    ['2024-04-01', '2024-03-29', '2024-03-26', '2024-03-20', '2024-03-15', '2024-03-11', '2024-03-05']))
    url2 = base + '/art/2024/4/2/art_1001_891337.html'
    s = jy_article(2, J2, '江屿要闻', 1001, url2, '2024-04-02 08:30', '江屿日报', '方启明 钟岚', None,
                   '<meta charset="utf-8">', '', 'utf-8', rel2, img=True)
    add('y-jiangyu-2.html', s, 'utf-8', dict(url=url2, charset='', title=J2['title'], author='方启明 钟岚', published='2024-04-02',
                                              lines=[txt(p) for p in J2['paras']]))
    # page 3: column listing with pagination
    titles = gen_titles('jy-col', 20)
    titles = ['《' + t.replace('我省', '').replace('全省', '').replace('省政府', '') + '实施方案》政策解读' if i % 3 == 0 else t + '政策问答' if i % 3 == 1 else '一图读懂：' + t
              for i, t in enumerate(titles)]
    dates = gen_dates('jy-col-d', 20, (2024, 3, 27))
    h = [jy_head('政策解读', '政策解读', '', '', '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">')]
    h.append('<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1001/index.html">政务公开</a> &gt; <a href="/col/col1207/index.html">政策解读</a></div>')
    h.append('<div class="w1200 list-wrap">')
    h.append(jy_left('政策解读', ['省政府文件', '省政府办公厅文件', '规范性文件', '政策解读', '新闻发布会', '人事信息', '财政预决算', '建议提案办理']))
    h.append('<div class="right-list"><div class="list-title"><span>政策解读</span></div><ul class="news-list">')
    for i, (t, d) in enumerate(zip(titles, dates)):
        h.append(f'<li><a href="/art/{d[:4]}/{int(d[5:7])}/{int(d[8:])}/art_1207_{889011 - i * 37}.html" target="_blank" title="{esc(t)}">{esc(t)}</a><span class="date">{d}</span></li>')
    h.append('</ul>')
    h.append('''<div class="pagination" id="page_1207"><script type="text/javascript">
var currentPage = 1; var countPage = 15; var recordCount = 291;
function createPageHTML(n,c,p,s){var h="";for(var i=1;i<=Math.min(n,7);i++){h+=(i==c?"<span class=cur>"+i+"</span>":"<a href='"+p+(i==1?"":"_"+(i-1))+"."+s+"'>"+i+"</a>");}document.write(h);}
</script>
<span class="total">共291条记录</span> <a href="index.html">首页</a> <a href="javascript:;" class="disabled">上一页</a> <span class="cur">1</span> <a href="index_1.html">2</a> <a href="index_2.html">3</a> <a href="index_3.html">4</a> <a href="index_4.html">5</a> ... <a href="index_14.html">15</a> <a href="index_1.html">下一页</a> <a href="index_14.html">尾页</a> 跳转到 <input type="text" size="3" id="gopage"> 页 <button onclick="goPage()">GO</button>
</div></div></div>''')
    h.append(JY_FOOT)
    url3 = base + '/col/col1207/index.html'
    add('y-jiangyu-3.html', '\n'.join(h), 'utf-8', dict(url=url3, charset='utf-8', kind='listing', title='', author='', published='', lines=[]))
    # page 4: 专题 page (listing)
    h = [jy_head('优化营商环境', '专题专栏', '', '', '<meta charset="UTF-8">')]
    h.append('<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1005/index.html">专题专栏</a> &gt; <a href="/col/col3310/index.html">优化营商环境</a></div>')
    h.append('<div class="zt-banner" style="background:url(/images/zt/yshj/banner.jpg) no-repeat center;height:260px"><h2 style="display:none">优化营商环境 打造一流发展环境</h2></div>')
    h.append('<div class="w1200 zt-wrap">')
    h.append('<div class="zt-focus"><div class="swiper-container"><div class="swiper-wrapper">')
    for i, cap in enumerate(['省政务服务中心“一件事一次办”专区正式启用', '屿州市开展惠企政策宣讲进园区活动', '南湾市企业开办实现全程网办“零见面”']):
        h.append(f'<div class="swiper-slide"><a href="/art/2024/3/{20 - i * 4}/art_3311_{7781 + i}.html"><img src="/images/zt/yshj/pic{i + 1}.jpg" alt=""><p>{esc(cap)}</p></a></div>')
    h.append('</div><div class="swiper-pagination"></div></div></div>')
    secs = [('工作动态', 3311, 'yshj-dt'), ('政策文件', 3312, 'yshj-zc'), ('政策解读', 3313, 'yshj-jd'), ('典型案例', 3314, 'yshj-al'), ('媒体聚焦', 3315, 'yshj-mt')]
    for sec, cid, seed in secs:
        ts = gen_titles(seed, 8)
        ds = gen_dates(seed + 'd', 8, (2024, 3, 25))
        h.append(f'<div class="zt-sec"><div class="zt-sec-hd"><h3>{sec}</h3><a class="more" href="/col/col{cid}/index.html">更多&gt;&gt;</a></div><ul>')
        for t, d in zip(ts, ds):
            if sec == '政策文件':
                t = '江屿省人民政府办公厅关于' + t.replace('我省', '').replace('全省', '').replace('省政府', '') + '的通知'
            h.append(f'<li><a href="/art/{d.replace("-", "/")}/art_{cid}_{hash_int(t) % 90000 + 10000}.html" title="{esc(t)}">{esc(t)}</a><span>{d[5:]}</span></li>')
        h.append('</ul></div>')
    h.append('<div class="zt-entry"><a href="https://zwfw.jiangyu.gov.cn/">江屿政务服务网</a><a href="#">营商环境投诉举报</a><a href="#">惠企政策兑现平台</a><a href="#">12345企业服务专线</a></div>')
    h.append('</div>')
    h.append(JY_FOOT)
    url4 = base + '/col/col3310/index.html'
    add('y-jiangyu-4.html', '\n'.join(h), 'utf-8', dict(url=url4, charset='utf-8', kind='listing', title='', author='', published='', lines=[]))

# ================================================================ site 2: xinrui (SSR news, __INITIAL_STATE__)
FEED_SUBJ = ['社区食堂', '老旧小区加装电梯', '城市绿道', '夜间经济', '非遗手艺人', '高校毕业生', '地铁新线', '菜市场改造', '宠物医院', '校园足球',
             '乡村民宿', '共享单车', '快递驿站', '养老驿站', '博物馆夜场', '防汛演练', '骑行热', '露营经济', '二手书店', '街头篮球', '社区医院',
             '公交线路调整', '高温作业', '台风过境', '校外培训', '旧物改造', '城市书房', '口袋公园', '跨江大桥', '农贸市场']
FEED_VERB = ['火了', '背后的故事', '有了新变化', '如何破解难题', '记者实地探访', '居民怎么说', '迎来新进展', '开放首日人气旺', '三年之变', '让生活更便利']
FEED_S1 = ['记者近日走访发现，', '据了解，', '近年来，', '今年以来，', '连日来，', '从有关部门获悉，', '一项最新调查显示，', '走进现场可以看到，']
FEED_S2 = ['越来越多的市民开始关注这一话题，', '相关部门陆续出台了多项配套措施，', '不少年轻人把这里当成了周末的好去处，',
           '这一变化正在悄然改变着人们的日常生活，', '周边居民的出行和购物更加方便了，', '一些老问题也随之浮出水面，', '参与其中的志愿者越来越多，']
FEED_S3 = ['业内人士建议，应进一步完善管理和服务。', '受访者普遍表示期待后续有更多改进。', '有关负责人表示，下一步将继续加大投入力度。',
           '不少网友在评论区分享了自己的经历。', '专家认为，这一模式值得在更大范围推广。', '记者将持续关注后续进展。']
NAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高']
GIVEN = ['晓', '明', '海', '婷', '思', '雨', '子', '一', '文', '静', '宇', '佳', '欣', '浩', '若', '嘉', '志', '春', '立', '安']

def feed_items(seed, n, year=2024):
    r = rng(seed)
    out = []
    for i in range(n):
        subj = r.choice(FEED_SUBJ)
        t = subj + r.choice(FEED_VERB)
        if r.random() < 0.3:
            t = r.choice(['城事｜', '民生观察｜', '现场｜', '关注｜']) + t
        s2a, s2b = r.sample(FEED_S2, 2)
        summ = r.choice(FEED_S1) + subj + r.choice(['成为不少人关注的话题，', '的变化引人注目，', '备受关注，']) + s2a + s2b + r.choice(FEED_S3)
        mo = r.randint(1, 12); d = r.randint(1, 28)
        out.append(dict(id=str(8800000 + r.randint(0, 999999)), title=t, summary=summ,
                        author=r.choice(NAMES) + r.choice(GIVEN) + r.choice(GIVEN), time='%d-%02d-%02d %02d:%02d' % (year, mo, d, r.randint(6, 23), r.randint(0, 59)),
                        comments=r.randint(0, 3000), cover='https://img.xinruinews.com/%d/%02d/%02d/%s.jpg' % (year, mo, d, hashlib.md5(t.encode()).hexdigest()[:8]),
                        tags=[subj, r.choice(['民生', '城市', '社会', '生活'])]))
    return out

def hx(name, salt):
    return name + '_' + salt + '__' + hashlib.sha1((name + salt).encode()).hexdigest()[:5]

def xr_state(page, art=None, channel=None):
    st = {
        'app': {'env': 'production', 'version': '4.12.3', 'buildId': 'b7c19e2', 'locale': 'zh-CN', 'isMobile': False, 'abTests': {'feedStyle': 'B', 'commentV2': True}},
        'user': {'isLogin': False, 'uid': None, 'nickname': '', 'avatar': '', 'vip': 0},
        'nav': {'channels': [{'id': c, 'name': nm, 'path': '/channel/' + c} for c, nm in
                             [('home', '首页'), ('city', '城市'), ('society', '社会'), ('tech', '科技'), ('health', '健康'), ('culture', '文化'), ('sports', '体育'), ('video', '视频')]]},
        'ads': {'slots': [{'id': 'sidebar_%d' % i, 'type': 'image', 'src': 'https://ad.xinruinews.com/s/%d.jpg' % i, 'link': 'https://ad.xinruinews.com/c/%d' % i} for i in range(6)]},
    }
    if art:
        st['article'] = art
    if channel:
        st['channel'] = channel
    st['feed'] = {'recommend': feed_items(page + '-rec', 620), 'hot': feed_items(page + '-hot', 120), 'cursor': 'eyJwIjoyLCJ0cyI6MTcxODM2NDI2MH0=', 'hasMore': True}
    st['comments'] = {'total': 0, 'list': [], 'loading': False}
    return json.dumps(st, ensure_ascii=False, separators=(',', ':')).replace('</', '<\\/')

def xr_page(name, url, title, head_meta, body_main, state, side_items):
    c = lambda n: hx(n, 'xr')
    side = ['<aside class="%s"><div class="%s"><h3 class="%s">24小时热榜</h3><ol>' % (c('Sidebar_side'), c('HotList_box'), c('HotList_title'))]
    for i, it in enumerate(side_items):
        side.append('<li class="%s"><span class="%s">%d</span><a href="/article/%s">%s</a></li>' % (c('HotList_item'), c('HotList_rank'), i + 1, it['id'], esc(it['title'])))
    side.append('</ol></div><div class="%s"><img src="https://ad.xinruinews.com/s/0.jpg" alt="广告"><span>广告</span></div></aside>' % c('AdSlot_wrap'))
    return f'''<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width,initial-scale=1"/><title>{esc(title)}</title>{head_meta}<link rel="preload" href="https://static.xinruinews.com/web/_next/static/chunks/main-8d2f1a.js" as="script"/><link rel="stylesheet" href="https://static.xinruinews.com/web/_next/static/css/3f9a1c2e.css" data-n-g=""/><style data-emotion="css 1x8k2ab 9q0jzl">.css-1x8k2ab{{display:flex;align-items:center}}.css-9q0jzl{{color:#999;font-size:12px}}</style></head><body><div id="root"><div class="{c('App_app')}"><header class="{c('Header_header')}"><div class="{c('Header_inner')}"><a class="{c('Header_logo')}" href="/"><img src="https://static.xinruinews.com/web/logo.svg" alt="新锐新闻"/></a><nav class="{c('Header_nav')}"><a href="/">首页</a><a href="/channel/city">城市</a><a href="/channel/society">社会</a><a href="/channel/tech">科技</a><a href="/channel/health">健康</a><a href="/channel/culture">文化</a><a href="/channel/sports">体育</a><a href="/channel/video">视频</a></nav><div class="{c('Header_right')}"><a href="/download" class="css-1x8k2ab">下载APP</a><button class="{c('Header_login')}">登录</button></div></div></header><div class="{c('Layout_container')}">{body_main}{''.join(side)}</div><footer class="{c('Footer_footer')}"><p><a href="/about">关于我们</a> | <a href="/contact">联系我们</a> | <a href="/join">加入我们</a> | <a href="/privacy">隐私政策</a> | <a href="/report">违法和不良信息举报</a></p><p>新锐新闻 版权所有 Copyright © 2016-2024 Xinrui News. All Rights Reserved.</p><p>互联网新闻信息服务许可证：44120230017 <a href="https://beian.miit.gov.cn/">粤ICP备16088213号-2</a> 举报电话：020-12345678</p></footer></div></div><script>window.__INITIAL_STATE__={state};(function(){{var s;window.__PRELOADED__=true}})();</script><script id="__LOADABLE_REQUIRED_CHUNKS__" type="application/json">[512,87,"article"]</script><script src="https://static.xinruinews.com/web/_next/static/chunks/webpack-2c1f.js" async=""></script><script src="https://static.xinruinews.com/web/_next/static/chunks/framework-9a0b.js" async=""></script><script src="https://static.xinruinews.com/web/_next/static/chunks/main-8d2f1a.js" async=""></script><script src="https://static.xinruinews.com/web/_next/static/chunks/pages/article-61e3.js" async=""></script></body></html>'''

def build_xinrui():
    base = 'https://www.xinruinews.com'
    c = lambda n: hx(n, 'xr')
    arts = [
        (X1, '8831207', '2024-06-14', '20:31', '新锐新闻', '唐思远', 'meta', '城市', '曾一帆'),
        (X2, '8826540', '2024-05-20', '09:05', '新锐新闻', '柯雨桐', 'body', '城市', ''),
        (X3, '8690113', '2023-09-28', '16:47', '新锐健康', '', '', '健康', ''),
    ]
    for k, (art, aid, d, tm, src, author, where, chan, _) in enumerate(arts, 1):
        body_html = []
        if where == 'body':
            body_html.append(f'<p class="{c("ArticleBody_p")}">文/{author}</p>')
        for p in art['paras']:
            if isinstance(p, tuple) and p[0] == 'h':
                body_html.append(f'<h2 class="{c("ArticleBody_h2")}">{esc(p[1])}</h2>')
            elif isinstance(p, tuple) and p[0] == 'cap':
                body_html.append(f'<figure class="{c("ArticleBody_figure")}"><div class="{c("LazyImage_wrap")}" style="padding-bottom:66.6%"><img src="{p[2]}" alt="" loading="lazy"/></div><figcaption class="{c("ArticleBody_caption")}">{esc(p[1])}</figcaption></figure>')
            else:
                body_html.append(f'<p class="{c("ArticleBody_p")}">{esc(p)}</p>')
        editor = ['刘畅', '孟可', '许知远'][k - 1]
        byl = f'<span class="{c("ArticleMeta_author")}">记者 {author}</span>' if where == 'meta' else ''
        main = (f'<main class="{c("ArticlePage_main")}"><div class="{c("Breadcrumb_crumb")}"><a href="/">首页</a><span>/</span><a href="/channel/{"city" if chan == "城市" else "health"}">{chan}</a><span>/</span><span>正文</span></div>'
                f'<article class="{c("ArticlePage_article")}"><h1 class="{c("ArticlePage_title")}">{esc(art["title"])}</h1>'
                f'<div class="{c("ArticleMeta_meta")}"><span class="{c("ArticleMeta_source")}">{src}</span>{byl}<time class="{c("ArticleMeta_time")}" dateTime="{d}T{tm}:00+08:00">{d} {tm}</time><span class="css-9q0jzl">阅读 {1200 + k * 3371}</span></div>'
                f'<div class="{c("ArticleBody_body")}" data-testid="article-body">{"".join(body_html)}</div>'
                f'<div class="{c("ArticleFoot_editor")}">责任编辑：{editor}</div>'
                f'<div class="{c("ArticleFoot_copyright")}">本文为新锐新闻原创，未经授权不得转载。</div>'
                f'<div class="{c("ShareBar_bar")}"><button>微信</button><button>微博</button><button>QQ空间</button><button>复制链接</button><span class="{c("ShareBar_like")}">点赞 {k * 57}</span></div>'
                f'</article><section class="{c("Related_box")}"><h3 class="{c("Related_title")}">相关推荐</h3>')
        for it in feed_items('xr-rel-%d' % k, 6 + k * 2):
            main += (f'<div class="{c("FeedCard_card")}"><a href="/article/{it["id"]}"><img class="{c("FeedCard_cover")}" src="{it["cover"]}" alt=""/><div class="{c("FeedCard_info")}">'
                     f'<h4 class="{c("FeedCard_title")}">{esc(it["title"])}</h4><p class="{c("FeedCard_summary")}">{esc(it["summary"])}</p><span class="css-9q0jzl">{it["author"]} · {it["comments"]}评论</span></div></a></div>')
        main += f'</section><section class="{c("Comment_box")}"><h3>评论</h3><div class="{c("Comment_empty")}">暂无评论，快来抢沙发吧</div><textarea placeholder="写下你的评论..."></textarea><button>发布</button></section></main>'
        content_html = ''.join(body_html)
        artstate = {'id': aid, 'title': art['title'], 'source': src, 'author': author, 'editor': editor, 'publishTime': d + ' ' + tm,
                    'channel': chan, 'content': content_html, 'summary': txt(art['paras'][0])[:60] + '……', 'wordCount': sum(len(txt(p)) for p in art['paras']),
                    'images': [p[2] for p in art['paras'] if isinstance(p, tuple) and p[0] == 'cap'], 'commentCount': 0, 'likeCount': k * 57}
        url = f'{base}/article/{aid}.html'
        head_meta = (f'<meta name="description" content="{esc(txt(art["paras"][0])[:70])}"/><meta property="og:title" content="{esc(art["title"])}"/>'
                     f'<meta property="og:type" content="article"/><meta property="article:published_time" content="{d}T{tm}:00+08:00"/><link rel="canonical" href="{url}"/>')
        s = xr_page('y-xinrui-%d' % k, url, art['title'] + '_新锐新闻', head_meta, main, xr_state('xr%d' % k, art=artstate), feed_items('xr-side-%d' % k, 10))
        add('y-xinrui-%d.html' % k, s, 'utf-8', dict(url=url, charset='utf-8', title=art['title'], author=author, published=d,
                                                     lines=[txt(p) for p in art['paras']]))
    # channel page
    items = feed_items('xr-channel-city', 30)
    main = [f'<main class="{c("ChannelPage_main")}"><div class="{c("ChannelHeader_head")}"><h1 class="{c("ChannelHeader_name")}">城市</h1><p>城市里的新鲜事，身边人的真故事</p></div>',
            f'<div class="{c("Banner_banner")}"><a href="/article/{items[0]["id"]}"><img src="{items[0]["cover"]}" alt=""/><h2>{esc(items[0]["title"])}</h2></a></div><div class="{c("FeedList_list")}">']
    for it in items[1:]:
        main.append(f'<div class="{c("FeedCard_card")}"><a href="/article/{it["id"]}"><img class="{c("FeedCard_cover")}" src="{it["cover"]}" alt=""/><div class="{c("FeedCard_info")}">'
                    f'<h3 class="{c("FeedCard_title")}">{esc(it["title"])}</h3><p class="{c("FeedCard_summary")}">{esc(it["summary"])}</p><span class="css-9q0jzl">{it["author"]} · {it["time"]} · {it["comments"]}评论</span></div></a></div>')
    main.append(f'</div><div class="{c("FeedList_more")}"><button>加载更多</button></div></main>')
    url = base + '/channel/city'
    s = xr_page('y-xinrui-4', url, '城市_新锐新闻', '<meta name="description" content="新锐新闻城市频道"/>', ''.join(main),
                xr_state('xr4', channel={'id': 'city', 'name': '城市', 'list': items, 'page': 1}), feed_items('xr-side-4', 10))
    add('y-xinrui-4.html', s, 'utf-8', dict(url=url, charset='utf-8', kind='listing', title='', author='', published='', lines=[]))

# ================================================================ site 3: lanyue (old GB2312 blog)
LY_NICKS = ['青青河边草', '老街坊', '半夏微凉', '风过无痕', '木子李', '淡定的猫', '小鱼儿', '江南烟雨', '东篱把酒', '路人甲', '西瓜太郎', '梧桐细雨',
            '山里人家', '阿紫', '听风的人', '一叶知秋', '老王头', '茉莉花开', '北方的狼', '云淡风轻', '蓝色天空', '糖糖妈', '大眼睛', '夜来香',
            '布衣', '岁月静好', '小草', '望月', '石头', '向日葵', '清风徐来', '晴川', '竹林深处', '新浪网友', '匿名网友']
LY_C1 = [
 '沙发！', '好文，顶一个。', '写得真好，看得我都饿了。', '哈哈，我也天天在楼下买油条。', '读完心里暖暖的。', '支持博主，常来看看。',
 '这样的早点摊现在越来越少了。', '想起了小时候家门口的豆浆摊，五分钱一碗。', '咸豆浆是正宗吗？我们这里都喝甜的。', '回访博主，文章很有生活气息。',
 '拆了就可惜了，希望能给他们找个新地方。', '博主文笔越来越好了。', '老板娘三点起床，太辛苦了。', '路过，留个脚印。', '看饿了，明天早上也去吃油条。',
 '我们单位门口也有一家，老板还会记得每个人要什么。', '同感，城市里的人情味都在这些小地方。', '喂猫的小姑娘好可爱。', '收藏了。', '写得很朴实，喜欢。',
]
LY_LONG = [
 '看了博主的文章，想起我刚来这个城市打工的时候，租的房子楼下也有一个早点摊。那时候工资低，每天早上只舍得买一个馒头，老板看我瘦，常常多给一碗稀饭，说不要钱。后来我换了工作搬走了，再回去的时候，摊子已经没有了。到现在我还记得老板的样子，可惜连他姓什么都不知道。',
 '城市改造是好事，但是这些小摊小贩真的是一条街的灵魂。我们这边前年也改造过一次，路修宽了，树也种上了，可原来那些卖早点、修自行车、配钥匙的都不见了，早上想吃口热乎的要走好远。建议有关部门在规划的时候，也给这些小摊留个位置。',
 '我家就在博主说的那条街附近，应该是同一个摊子吧？老板姓胡，油条炸得特别脆，豆浆是自己磨的。听说他们家儿子考上了大学，学费都是这么一根一根油条攒出来的。真心希望他们能搬到一个好地方继续开下去。',
 '每次看博主写这些身边的小事，都觉得特别亲切。现在网上到处都是大道理，反倒是这样的文字更让人愿意读下去。一碗豆浆两根油条，写出了一个城市的温度。期待博主多写写，也祝博主工作顺利，天天有热乎乎的早饭吃。',
 '说句实在话，我以前还嫌这些早点摊不卫生，总是绕着走。后来有一次赶时间在路边买了一回，老板用的都是干净的油，面也是当天现和的，比很多店里的还放心。人不能光看外表，小摊也是一样。看了博主的文章更有感触了。',
]
LY_QUOTE = [
 ('有一次我出差一个星期，回来那天早上，老板娘特意问我是不是生病了，说好几天没看见我。', '这一段看哭了，有人惦记的感觉真好。'),
 ('这样的小摊，撑起的不只是一条街的早饭，还有一点人情味。', '说得太对了！这句话我要抄下来。'),
 ('我有点舍不得，想写下来，记住这些热气腾腾的早晨。', '写下来就不会忘了。支持博主多记录。'),
 ('棚里挤满了赶着上班的人，大家捧着热豆浆，哈着白气，互相不认识，却都觉得亲切。', '画面感很强，好像我也站在那个棚子里。'),
]

def ly_comments(seed, n, post_title):
    r = rng(seed)
    out = []
    pool = list(LY_C1)
    r.shuffle(pool)
    longs = list(LY_LONG) if n > 10 else []
    quotes = list(LY_QUOTE) if n > 10 else []
    y, mo, d, hh, mi = 2011, 3, 12, 9, 3
    for i in range(n):
        kind = 'short'
        if longs and i in (4, 11, 19, 27, 36):
            kind = 'long'
        elif quotes and i in (7, 15, 23, 31):
            kind = 'quote'
        nick = LY_NICKS[(i * 7 + r.randint(0, 3)) % len(LY_NICKS)]
        mi += r.randint(5, 95)
        while mi >= 60:
            mi -= 60; hh += 1
        while hh >= 24:
            hh -= 24; d += 1
        ts = '%d-%d-%d %02d:%02d' % (y, mo, d, hh, mi)
        if kind == 'long':
            body = esc(longs.pop(0))
        elif kind == 'quote':
            q, c = quotes.pop(0)
            body = '<div class="quote">引用原文：<br>%s</div>%s' % (esc(q), esc(c))
        else:
            body = esc(pool[i % len(pool)]) if i < len(pool) * 2 else esc(r.choice(pool))
            if i >= len(pool):
                body += esc(r.choice(['', '', '博主周末愉快！', '已转载。', '(^_^)', '加油！']))
        reply = ''
        if i in (2, 9, 19, 30):
            reply = '<div class="SG_revert_Answer"><span class="SG_revert_Answer_Tit">博主回复：</span>%s</div>' % esc(r.choice(['谢谢来访！', '哈哈，欢迎常来。', '是啊，希望他们能继续开下去。', '同感，谢谢留言。']))
        out.append((nick, ts, body, reply, n - i))
    return out

def ly_page(k, post, date_s, tags, cat, reads, comments, prevnext, extra_body=None, br_style=False):
    title = post['title']
    h = [f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{esc(title)}_苏晚_揽月博客</title>
<meta name="keywords" content="{esc(title)},{','.join(tags)},苏晚,揽月博客" />
<meta name="description" content="{esc(title)}_苏晚_揽月博客" />
<link href="http://simg.lanyue.com.cn/blog7style/css/conf/blog/article.css" type="text/css" rel="stylesheet" />
<link href="http://simg.lanyue.com.cn/blog7style/css/module/common/blog.css" type="text/css" rel="stylesheet" />
<script type="text/javascript">
var scope = {{ $uid:"1765208831", $PRODUCT_NAME:"blog7", $pageid:"article", $articleid:"68d3a0ff0100{k:04d}", $blogname:"苏晚的小院", $isCommentAllow:1 }};
</script>
<style type="text/css">.SG_revert_Cont {{ line-height:22px; }} .quote {{ background:#f7f7f7; border:1px dashed #ccc; padding:4px; color:#666 }}</style>
</head>
<body>
<!--$sinatopbar-->
<div class="lytopbar"><div class="lytopbar_inner"><a href="http://www.lanyue.com.cn/">揽月网首页</a> <a href="http://blog.lanyue.com.cn/">揽月博客</a> <a href="http://blog.lanyue.com.cn/register.php">注册</a> <a href="http://blog.lanyue.com.cn/login.php">登录</a> <a href="javascript:;">发博文</a></div></div>
<!--$end sinatopbar-->
<div class="sinablogbody" id="sinablogbody">
<div id="sinablogHead" class="sinabloghead"><div class="blogtitle"><span><a href="http://blog.lanyue.com.cn/suwan1982" class="blognamespan"><strong>苏晚的小院</strong></a></span><p class="blogsubtitle">一盏茶，一本书，记些平常日子</p></div>
<div class="blognav" id="blognav"><div class="blognavBg"><a href="http://blog.lanyue.com.cn/suwan1982">首页</a> <a href="http://blog.lanyue.com.cn/s/articlelist_1765208831_0_1.html">博文目录</a> <a href="http://photo.lanyue.com.cn/suwan1982">图片</a> <a href="http://blog.lanyue.com.cn/s/profile_1765208831.html">关于我</a></div></div></div>
<div class="sinablogbd"><table class="blog_table" width="100%" cellspacing="0" cellpadding="0"><tr>
<td class="SG_colW21 SG_colFirst" valign="top">
<div class="SG_conn" id="module_901"><div class="SG_connHead"><span class="title">个人资料</span></div><div class="SG_connBody">
<div class="info"><div class="info_img"><img src="http://portrait.lanyue.com.cn/1765208831/blog/180" width="180" height="180" alt="苏晚" /></div>
<div class="info_nm"><span>苏晚</span></div><div class="info_btn"><a href="javascript:;">加好友</a> <a href="javascript:;">发纸条</a> <a href="javascript:;">写留言</a> <a href="javascript:;">加关注</a></div>
<ul class="info_list"><li>博客等级：<img src="http://simg.lanyue.com.cn/blog7style/images/common/sg_trans.gif" class="SG_dj" alt="" /> 12</li><li>博客积分：2871</li><li>博客访问：<strong>186,442</strong></li><li>关注人气：<strong>517</strong></li></ul></div></div></div>
<div class="SG_conn" id="module_3"><div class="SG_connHead"><span class="title">博文分类</span></div><div class="SG_connBody"><ul class="list_009">
<li><a href="http://blog.lanyue.com.cn/s/articlelist_1765208831_0_1.html">全部博文</a>(126)</li><li><a href="#">随笔</a>(58)</li><li><a href="#">厨房</a>(21)</li><li><a href="#">出游</a>(30)</li><li><a href="#">读书</a>(17)</li></ul></div></div>
<div class="SG_conn" id="module_7"><div class="SG_connHead"><span class="title">最新评论</span></div><div class="SG_connBody"><ul class="list_010">
<li><a href="#">布衣</a>：写得真好，看得我都饿了。</li><li><a href="#">晴川</a>：回访博主，文章很有生活气息。</li><li><a href="#">阿紫</a>：收藏了。</li></ul></div></div>
<div class="SG_conn" id="module_8"><div class="SG_connHead"><span class="title">访客</span></div><div class="SG_connBody"><ul class="list_visitor"><li>江南烟雨</li><li>老王头</li><li>茉莉花开</li><li>石头</li><li>小鱼儿</li><li>望月</li></ul></div></div>
</td>
<td class="SG_colW73" valign="top">
<div class="SG_conn" id="module_920"><div class="SG_connHead"><span class="title">正文</span><span class="edit"><a href="#">字体大小：<span class="big">大</span> <span class="middle">中</span> <span class="small">小</span></a></span></div>
<div class="SG_connBody"><div class="articalTitle"><h2 id="t_68d3a0ff0100{k:04d}" class="titName SG_txta">{esc(title)}</h2><span class="time SG_txtc">({date_s})</span><div class="turnBoxzz"><a href="javascript:;">转载</a>&#9660;</div></div>
<div class="articalTag" id="sina_keyword_ad_area"><table><tr><td class="blog_tag"><h3>标签：</h3>{' '.join('<a target="_blank" href="#">%s</a>' % t for t in tags)}</td><td class="blog_class"><h3>分类：</h3><a target="_blank" href="#">{cat}</a></td></tr></table></div>
<!-- 正文开始 -->
<div id="sina_keyword_ad_area2" class="articalContent   newfont_family">''']
    if br_style:
        parts = []
        for p in post['paras']:
            parts.append('&nbsp;&nbsp;&nbsp; ' + esc(txt(p)))
            if extra_body and txt(p) in extra_body:
                parts.append(extra_body[txt(p)])
        h.append('<div>' + '<br />\n<br />\n'.join(parts) + '<br /></div>')
    else:
        for p in post['paras']:
            h.append(f'<p style="text-indent:2em;"><font style="font-size:14px;">{esc(txt(p))}</font></p>')
    h.append('''</div>
<!-- 正文结束 -->
<div class="shareUp"><div class="share SG_txtb">分享到：<a href="javascript:;" class="sina">揽月微博</a> <a href="javascript:;" class="qzone">QQ空间</a> <a href="javascript:;" class="renren">人人网</a> <a href="javascript:;" class="kaixin">开心网</a></div>''')
    h.append(f'<div class="IL"><span id="r_68d3a0ff0100{k:04d}" class="SG_txtb">阅读</span><em>({reads})</em> <span class="SG_txtb">┊</span> <a href="#commonComment">评论</a> <em>({len(comments)})</em> <span class="SG_txtb">┊</span> <a href="javascript:;">收藏</a><em>(0)</em> <span class="SG_txtb">┊</span> <a href="javascript:;">转载</a><em>({len(comments) // 6})</em> <span class="SG_txtb">┊</span> <a href="javascript:;">喜欢</a><span class="SG_txtb">&#9660;</span> <span class="SG_txtb">┊</span> <a href="javascript:window.print();">打印</a> <span class="SG_txtb">┊</span> <a href="javascript:;">举报</a></div></div>')
    pv, nx = prevnext
    h.append(f'<div class="articalfrontback SG_j_linedot1 clearfix" id="new_nextprev_68d3a0ff0100{k:04d}"><div><span class="SG_txtb">前一篇：</span><a href="#">{esc(pv)}</a></div><div><span class="SG_txtb">后一篇：</span><a href="#">{esc(nx)}</a></div></div>')
    h.append('</div></div>')
    h.append('<div class="SG_conn" id="module_928"><div class="SG_connHead"><span class="title">评论</span><span class="edit"><a href="#">重要提示：警惕虚假中奖信息</a></span></div><div class="SG_connBody"><a name="commonComment"></a><ul class="SG_cmp_revert" id="article_comment_list">')
    if not comments:
        h.append('<li class="SG_j_linedot1"><p class="noCmt">还没有评论，快来抢沙发吧！</p></li>')
    for nick, ts, body, reply, floor in comments:
        h.append(f'<li class="SG_j_linedot1"><div class="SG_revert_Cont"><p><span class="SG_revert_Tit"><a href="#" target="_blank">{esc(nick)}</a></span><span class="SG_revert_Time"><em class="SG_txtc">{ts}</em></span></p>'
                 f'<div class="SG_revert_Inner SG_txtb">{body}</div>{reply}<p class="myReFrom"><a href="javascript:;">回复</a> <a href="javascript:;">删除</a> <a href="javascript:;">举报</a></p></div></li>')
    h.append('</ul><div class="SG_page"><span>共' + str(len(comments)) + '条评论</span></div>')
    h.append('''<div class="writeComm"><div class="allComm"><div class="allCommTit"><strong>发评论</strong></div><textarea id="commentArea" style="width:440px;height:100px"></textarea>
<p><img src="http://simg.lanyue.com.cn/blog7style/images/common/sg_trans.gif" alt="" /> 验证码：<input type="text" size="6" /> <a href="javascript:;">看不清</a></p><p><input type="checkbox" checked="checked" /> 匿名评论 <input type="button" value="发评论" /></p>
<p class="SG_txtc">以上网友发言只代表其个人观点，不代表揽月网的观点或立场。</p></div></div></div></div>
</td></tr></table></div>
<div id="diggerFla"></div>
<div class="sinablogfooter" id="sinablogfooter"><p class="SG_linka"><a href="#" target="_blank">揽月BLOG意见反馈留言板</a> 电话：4008-220-113 提示音后按1键（按当地市话标准计费） 欢迎批评指正</p>
<p class="SG_linka"><a href="#">揽月简介</a> | <a href="#">About Lanyue</a> | <a href="#">广告服务</a> | <a href="#">联系我们</a> | <a href="#">招聘信息</a> | <a href="#">网站律师</a> | <a href="#">会员注册</a> | <a href="#">产品答疑</a></p>
<p class="copyright SG_linka">Copyright &copy; 1998 - 2011 LANYUE Corporation, All Rights Reserved</p></div></div>
<script type="text/javascript" src="http://simg.lanyue.com.cn/blog7/js/blog_article.js"></script>
<script type="text/javascript">var _s_acc="blog_article"; document.write('<img src="http://count.lanyue.com.cn/c.gif?r='+Math.random()+'" width=0 height=0>');</script>
</body>
</html>''')
    return '\n'.join(h)

def build_lanyue():
    base = 'http://blog.lanyue.com.cn/s/blog_68d3a0ff0100%04d.html'
    c1 = ly_comments('ly1', 46, L1['title'])
    s = ly_page(1, L1, '2011-03-12 07:58:41', ['早点', '街坊', '随笔', '杂谈'], '随笔', 3862, c1, ('春天的第一场雨', '第一次学做红烧肉'))
    add('y-lanyue-1.html', s, 'gb2312', dict(url=base % 1, charset='', title=L1['title'], author='苏晚', published='2011-03-12', lines=[txt(p) for p in L1['paras']]))
    c2 = [('糖糖妈', '2011-4-2 21:15', esc('看着就好吃！糖色那一步我也总是炒糊。'), '<div class="SG_revert_Answer"><span class="SG_revert_Answer_Tit">博主回复：</span>小火慢慢来，多试几次就好啦。</div>', 3),
          ('老街坊', '2011-4-3 08:02', esc('妈妈的味道学不来的，不过七八分已经很厉害了。'), '', 2),
          ('匿名网友', '2011-4-5 13:40', esc('下次试试加点腐乳汁，更香。'), '', 1)]
    s = ly_page(2, L2, '2011-04-02 20:37:15', ['红烧肉', '厨房', '美食', '妈妈'], '厨房', 905, c2, ('楼下的早点摊', '周末去了趟梅岭水库'))
    add('y-lanyue-2.html', s, 'gbk', dict(url=base % 2, charset='gbk', title=L2['title'], author='苏晚', published='2011-04-02', lines=[txt(p) for p in L2['paras']]))
    pics = {L3['paras'][1]: '<br />\n<a href="http://photo.lanyue.com.cn/showpic.html#blogid=68d3a0ff0100&amp;url=http://s3.lanyue.com.cn/orignal/68d3a0ffg9a1" target="_blank"><img src="http://s3.lanyue.com.cn/middle/68d3a0ffg9a1&amp;690" title="周末去了趟梅岭水库" alt="周末去了趟梅岭水库" real_src="http://s3.lanyue.com.cn/middle/68d3a0ffg9a1&amp;690" /></a>',
            L3['paras'][2]: '<br />\n<a href="http://photo.lanyue.com.cn/showpic.html#blogid=68d3a0ff0100&amp;url=http://s9.lanyue.com.cn/orignal/68d3a0ffg9b3" target="_blank"><img src="http://s9.lanyue.com.cn/middle/68d3a0ffg9b3&amp;690" title="周末去了趟梅岭水库" alt="周末去了趟梅岭水库" /></a>'}
    c3 = ly_comments('ly3', 6, L3['title'])
    s = ly_page(3, L3, '2011-05-08 22:10:03', ['梅岭', '水库', '骑行', '出游'], '出游', 1544, c3, ('第一次学做红烧肉', '母亲节给妈妈写的信'), extra_body=pics, br_style=True)
    add('y-lanyue-3.html', s, 'gb2312', dict(url=base % 3, charset='gb2312', title=L3['title'], author='苏晚', published='2011-05-08', lines=[txt(p) for p in L3['paras']]))
    # 博文目录
    r = rng('ly-list')
    titles = ['母亲节给妈妈写的信', '周末去了趟梅岭水库', '第一次学做红烧肉', '楼下的早点摊', '春天的第一场雨', '读《城南旧事》', '元宵节的汤圆', '年夜饭',
              '腊月里的老街', '一个人的冬至', '给阳台的花换盆', '去乡下看外婆', '秋天的桂花糕', '重读《围城》', '国庆在家', '中秋月', '路边的修车师傅',
              '八月的雷雨', '学游泳记', '一本旧相册', '夏天的西瓜', '毕业十年聚会', '老房子的阁楼', '母校的梧桐', '初夏']
    cats = ['随笔', '出游', '厨房', '随笔', '随笔', '读书', '厨房', '随笔', '随笔', '随笔', '随笔', '出游', '厨房', '读书', '随笔', '随笔', '随笔', '随笔', '随笔', '随笔', '厨房', '随笔', '随笔', '随笔', '随笔']
    dates = ['2011-05-08 08:20', '2011-05-08 22:10', '2011-04-02 20:37', '2011-03-12 07:58']
    y, m, d = 2011, 2, 27
    for i in range(21):
        dates.append('%d-%02d-%02d %02d:%02d' % (y, m, d, r.randint(7, 23), r.randint(0, 59)))
        d -= r.randint(3, 12)
        if d < 1:
            m -= 1; d += 28
            if m < 1:
                m = 12; y -= 1
    lines = []
    for i, t in enumerate(titles):
        lines.append(f'<div class="articleCell SG_j_linedot1"><p class="atc_main SG_dot"><span class="atc_ic_b"></span><span class="atc_title"><a title="" target="_blank" href="http://blog.lanyue.com.cn/s/blog_68d3a0ff0100{(25 - i) * 3:04d}.html">{esc(t)}</a></span></p>'
                     f'<p class="atc_info"><span class="atc_data" id="count_{i}">({r.randint(0, 60)}/{r.randint(80, 4000)})</span><span class="atc_tm SG_txtc">{dates[i]}</span><span class="atc_set"><a href="#">{cats[i]}</a></span></p></div>')
    shell = ly_page(4, dict(title='博文目录', paras=[]), '', [], '', 0, [], ('', ''))
    start = shell.index('<div class="SG_conn" id="module_920">')
    end = shell.index('<div id="diggerFla"></div>')
    listing = ('<div class="SG_conn" id="module_920"><div class="SG_connHead"><span class="title">博文</span><span class="edit">[<a href="#">订阅</a>][<a href="#">手机订阅</a>]</span></div><div class="SG_connBody"><div class="article_blk"><div class="articleList">'
               + '\n'.join(lines) + '</div><div class="SG_page"><ul class="SG_pages"><span>共5页</span><li class="SG_pgon">1</li><li><a href="#">2</a></li><li><a href="#">3</a></li><li><a href="#">4</a></li><li><a href="#">5</a></li><li class="SG_pgnext"><a href="#">下一页&gt;</a></li></ul></div></div></div></div>\n</td></tr></table></div>\n')
    s = shell[:start] + listing + shell[end:]
    s = s.replace('<title>博文目录_苏晚_揽月博客</title>', '<title>博文目录_苏晚的小院_揽月博客</title>')
    add('y-lanyue-4.html', s, 'gb2312', dict(url='http://blog.lanyue.com.cn/s/articlelist_1765208831_0_1.html', charset='', kind='listing', title='', author='', published='', lines=[]))

# ================================================================ site 4: shanfeng (Big5 Taiwan literary magazine)
SF_BIO = {
 '林以澄': '林以澄，一九八一年生於基隆，曾任報社編輯，現專事寫作。著有散文集《潮間帶》《鹹水巷》，曾獲海洋文學獎散文首獎。',
 '陳品蓁': '陳品蓁，花蓮人，國小教師，業餘從事散文與兒童文學創作，作品散見各報副刊。',
 '許雅涵': '許雅涵，臺中人，金融業從業者，週末在社區大學教授寫作課。本文為其首次於本刊發表作品。',
}

def sf_page(k, art, author, issue_no, issue_label, charset_meta, related, prevnext, img=None):
    title = art['title']
    h = [f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
{charset_meta}
<title>{esc(title)}｜{author}｜山風文學誌</title>
<meta name="keywords" content="山風,文學,散文,{esc(title)},{author}">
<meta name="description" content="《山風》{issue_label}散文：{esc(title)}（{author}）">
<link rel="stylesheet" type="text/css" href="/css/style.css">
<script language="JavaScript" src="/js/menu.js"></script>
<script language="JavaScript">
<!--
function MM_swapImgRestore() {{ var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }}
function fontZoom(size) {{ document.getElementById('content').style.fontSize=size+'px'; }}
//-->
</script>
</head>
<body bgcolor="#F4F1EA" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<!-- header -->
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="110" background="/images/top_bg.jpg"><a href="/"><img src="/images/logo.gif" width="320" height="90" border="0" alt="山風文學誌"></a></td>
<td align="right" valign="bottom" class="top_link"><a href="/subscribe.asp">訂閱雜誌</a>｜<a href="/contribute.asp">投稿須知</a>｜<a href="/member/login.asp">會員登入</a>｜<a href="/en/">English</a></td></tr>
<tr><td colspan="2" bgcolor="#5B4A3A" height="32" class="menu">
<a href="/">首頁</a>　<a href="/issue/current.asp">最新一期</a>　<a href="/issue/list.asp">過刊目錄</a>　<a href="/cat.asp?c=1">散文</a>　<a href="/cat.asp?c=2">小說</a>　<a href="/cat.asp?c=3">新詩</a>　<a href="/cat.asp?c=4">評論</a>　<a href="/cat.asp?c=5">人物專訪</a>　<a href="/event.asp">文學活動</a>　<a href="/about.asp">關於我們</a>
</td></tr></table>
<!-- /header -->
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2" class="path" height="30">　目前位置：<a href="/">首頁</a> &gt; <a href="/issue/{issue_no}.asp">第{issue_no}期</a> &gt; <a href="/cat.asp?c=1">散文</a></td></tr>
<tr>
<td width="700" valign="top" style="padding:10px 25px">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td><font color="#8B5A2B" size="2">【散文】</font></td></tr>
<tr><td class="art_title" style="font-size:26px;font-weight:bold;padding:8px 0">{esc(title)}</td></tr>
<tr><td class="art_author" style="padding-bottom:4px">文／<a href="/author.asp?name={hashlib.md5(author.encode('utf-8')).hexdigest()[:6]}">{author}</a></td></tr>
<tr><td class="art_issue"><font color="#999999" size="2">《山風》{issue_label}</font>　<span class="zoom">字級：<a href="javascript:fontZoom(18)">大</a> <a href="javascript:fontZoom(16)">中</a> <a href="javascript:fontZoom(14)">小</a></span></td></tr>
<tr><td><hr size="1" color="#D8CFC0" noshade></td></tr>
<tr><td id="content" class="content" style="font-size:16px;line-height:200%">''']
    notes_started = False
    for i, p in enumerate(art['paras']):
        if isinstance(p, tuple) and p[0] == 'h':
            notes_started = True
            h.append('<div class="footnote" style="margin-top:20px;padding-top:8px;border-top:1px dotted #999;font-size:13px;color:#555">')
            h.append(f'<p><b>{esc(p[1])}</b></p>')
            continue
        t = esc(p)
        t = re.sub(r'\[註(\d)\]', r'<sup><a href="#fn\1" name="ref\1">[註\1]</a></sup>', t)
        if notes_started:
            num = re.match(r'註(\d)', p).group(1)
            h.append(f'<p><a name="fn{num}"></a>{t} <a href="#ref{num}">↑</a></p>')
        else:
            h.append(f'<p>　　{t}</p>')
            if img and i == img[0]:
                h.append(f'<p align="center"><img src="{img[1]}" width="560" border="0" alt=""></p>')
    if notes_started:
        h.append('</div>')
    h.append(f'''</td></tr>
<tr><td><table width="100%" border="0" cellpadding="8" cellspacing="0" bgcolor="#F7F3EA" style="border:1px solid #E2D8C4;margin-top:18px">
<tr><td width="90" valign="top"><img src="/upload/author/{hashlib.md5(author.encode('utf-8')).hexdigest()[:6]}.jpg" width="80" height="80" alt=""></td>
<td valign="top"><font color="#8B5A2B"><b>作者簡介</b></font><br>{SF_BIO[author]}</td></tr></table></td></tr>
<tr><td style="padding-top:12px"><font size="2">本文刊登於《山風》{issue_label}，轉載請先取得本刊及作者同意。</font></td></tr>
<tr><td style="padding-top:12px"><a href="javascript:window.print()">列印本文</a>｜<a href="/sendmail.asp">轉寄好友</a>｜<a href="javascript:;" onclick="shareFB()">分享到Facebook</a>｜<a href="javascript:;">LINE</a></td></tr>
<tr><td style="padding-top:16px"><table width="100%" border="0" cellpadding="3" cellspacing="0"><tr><td colspan="2" class="sub_title"><b>延伸閱讀</b></td></tr>''')
    for t, a in related:
        h.append(f'<tr><td width="12">·</td><td><a href="/article.asp?id={hash_int(t) % 9000 + 1000}">{esc(t)}</a>／{a}</td></tr>')
    h.append(f'''</table></td></tr>
<tr><td style="padding:14px 0" class="prevnext">上一篇：<a href="#">{esc(prevnext[0])}</a><br>下一篇：<a href="#">{esc(prevnext[1])}</a></td></tr>
</table>
</td>
<td width="260" valign="top" bgcolor="#FAF8F3" style="padding:10px">
<table width="100%" border="0" cellpadding="4" cellspacing="0"><tr><td class="side_title"><b>本期封面</b></td></tr>
<tr><td align="center"><a href="/issue/{issue_no}.asp"><img src="/upload/cover/{issue_no}.jpg" width="180" border="0" alt="第{issue_no}期封面"></a><br>{issue_label}<br><a href="/subscribe.asp"><b>立即訂閱</b></a></td></tr>
<tr><td class="side_title"><b>熱門文章</b></td></tr>
<tr><td><a href="#">·給二十年後的自己</a><br><a href="#">·島嶼的南端</a><br><a href="#">·外公的木工房</a><br><a href="#">·夜行列車</a><br><a href="#">·一座城市的雨聲</a></td></tr>
<tr><td class="side_title"><b>文學活動</b></td></tr>
<tr><td><a href="#">·第十屆山風散文獎徵稿開始</a><br><a href="#">·春季文學講座：散文的聲音</a><br><a href="#">·青年寫作營報名中</a></td></tr>
</table></td></tr></table>
<!-- footer -->
<table width="960" border="0" align="center" cellpadding="10" cellspacing="0" bgcolor="#5B4A3A"><tr><td align="center"><font color="#EEEEEE" size="2">
山風文學雜誌社　地址：臺北市中正區汀州路三段二八○巷六號二樓　電話：(02)2365-7788<br>
本刊獲國家文化藝術基金會補助　Copyright &copy; 2003-2024 Shanfeng Literary Magazine. All Rights Reserved.</font></td></tr></table>
<script type="text/javascript">
var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-3318202-1']); _gaq.push(['_trackPageview']);
</script>
</body>
</html>''')
    return '\n'.join(h)

def build_shanfeng():
    base = 'https://www.shanfeng.com.tw/article.asp?id=%d'
    s = sf_page(1, S1, '林以澄', 42, '第42期．2024年3月號', '<meta http-equiv="Content-Type" content="text/html; charset=big5">',
                [('潮間帶的早晨', '林以澄'), ('漁村少年', '吳宗翰'), ('燈塔守夜人', '蔡明哲'), ('鹽的記憶', '黃淑惠')], ('山城雨季', '祖父的書桌'),
                img=(1, '/upload/2024/03/gangbian01.jpg'))
    add('y-shanfeng-1.html', s, 'big5', dict(url=base % 4211, charset='big5', title=S1['title'], author='林以澄', published='2024-03', lines=[txt(p) for p in S1['paras']]))
    s = sf_page(2, S2, '陳品蓁', 42, '第42期．2024年3月號', '<meta http-equiv="Content-Type" content="text/html; charset=big5">',
                [('山中教室', '陳品蓁'), ('茶園的孩子', '王詩雅'), ('梅雨季的信', '劉家瑋')], ('夜行列車', '港邊的修網人'))
    add('y-shanfeng-2.html', s, 'big5', dict(url=base % 4208, charset='', title=S2['title'], author='陳品蓁', published='2024-03', lines=[txt(p) for p in S2['paras']]))
    s = sf_page(3, S3, '許雅涵', 43, '第43期．2024年6月號', '<meta http-equiv="Content-Type" content="text/html; charset=big5">',
                [('母親的菜籃', '周美玲'), ('黃昏市場', '鄭國棟'), ('一本帳簿', '林佩君'), ('秤', '張文彬'), ('阿嬤的零錢包', '謝宜蓉')], ('外公的木工房', '給二十年後的自己'))
    add('y-shanfeng-3.html', s, 'utf-8', dict(url=base % 4302, charset='utf-8', title=S3['title'], author='許雅涵', published='2024-06', lines=[txt(p) for p in S3['paras']]))
    # issue TOC (listing)
    toc = [('卷首語', [('春天的門檻', '編輯部', 4)]),
           ('專題：海的回聲', [('港邊的修網人', '林以澄', 6), ('潮汐表', '郭建宏', 12), ('燈塔守夜人', '蔡明哲', 18), ('訪談：寫海的人', '本刊編輯室', 24)]),
           ('散文', [('山城雨季', '陳品蓁', 32), ('夜行列車', '賴俊良', 38), ('祖父的書桌', '蘇怡君', 44), ('給二十年後的自己', '黃昱翔', 50)]),
           ('小說', [('漂流木', '張凱文', 56), ('第七號月台', '李欣怡', 70)]),
           ('新詩', [('島嶼的南端（外二首）', '楊子瑜', 84), ('雨的練習曲', '施雅婷', 88)]),
           ('評論', [('散文中的地方感', '何志明', 92)])]
    h = [sf_page(4, dict(title='第42期目錄', paras=[]), '林以澄', 42, '第42期．2024年3月號', '<meta http-equiv="Content-Type" content="text/html; charset=big5">', [], ('', ''))]
    s = h[0]
    a = s.index('<td width="700" valign="top"')
    b = s.index('<td width="260" valign="top"')
    rows = ['<td width="700" valign="top" style="padding:10px 25px">',
            '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td width="200" valign="top"><img src="/upload/cover/42.jpg" width="180" alt="第42期封面"></td>',
            '<td valign="top"><font size="5"><b>《山風》第42期</b></font><br>2024年3月號．春季號<br>本期專題：海的回聲<br>定價：新臺幣280元<br><a href="/subscribe.asp">訂閱本刊</a>｜<a href="/buy.asp?issue=42">單本購買</a></td></tr></table>',
            '<table width="100%" border="0" cellspacing="0" cellpadding="5" class="toc" style="margin-top:16px">']
    for sec, items in toc:
        rows.append(f'<tr><td colspan="3" bgcolor="#EFE7D8"><b>{sec}</b></td></tr>')
        for t, au, pg in items:
            rows.append(f'<tr><td><a href="/article.asp?id={hash_int(t) % 9000 + 1000}">{esc(t)}</a></td><td width="120">{au}</td><td width="60" align="right">{pg}</td></tr>')
    rows.append('</table><p style="font-size:13px;color:#777">發行人：高文淵　總編輯：鄭雅琪　執行編輯：陳立安、莊詠晴　美術設計：吳思穎</p></td>\n')
    s = s[:a] + '\n'.join(rows) + s[b:]
    s = s.replace('<title>第42期目錄｜林以澄｜山風文學誌</title>', '<title>第42期目錄｜山風文學誌</title>')
    s = re.sub(r'<meta name="keywords"[^>]*>\n<meta name="description"[^>]*>', '<meta name="keywords" content="山風,文學,第42期,目錄,海的回聲">\n<meta name="description" content="《山風》第42期．2024年3月號目錄：專題「海的回聲」">', s)
    s = s.replace('&gt; <a href="/cat.asp?c=1">散文</a></td>', '&gt; 本期目錄</td>')
    add('y-shanfeng-4.html', s, 'big5', dict(url='https://www.shanfeng.com.tw/issue/42.asp', charset='big5', kind='listing', title='', author='', published='', lines=[]))

# ================================================================ site 5: kuaidu (mobile AMP-like news)
def kd_feed(seed, n):
    items = feed_items(seed, n)
    r = rng(seed + 'src')
    out = []
    for it in items:
        src = r.choice(['快读新闻', '城市晚报', '江东都市报', '新锐新闻', '民生频道', '晨光网'])
        out.append((it['id'], it['title'], it['summary'][:48] + '…', src, r.randint(0, 999), it['cover']))
    return out

def kd_feed_html(items):
    h = []
    for i, (iid, t, summ, src, cm, cov) in enumerate(items):
        if i % 5 == 4:
            h.append('<div class="feed-ad"><amp-ad width="360" height="100" type="adsense" data-ad-client="ca-pub-0000" data-ad-slot="%d"></amp-ad><span class="ad-tag">广告</span></div>' % (7700 + i))
        h.append(f'<a class="feed-item" href="https://m.kuaidu.com/a/{iid}.html"><div class="feed-txt"><h3 class="feed-title">{esc(t)}</h3><p class="feed-summary">{esc(summ)}</p>'
                 f'<div class="feed-meta"><span>{src}</span><span>{cm}评</span></div></div><amp-img class="feed-pic" src="{cov}" width="112" height="74" layout="fixed"></amp-img></a>')
    return '\n'.join(h)

KD_STYLE = '''<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>
<style amp-custom>
body{margin:0;font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;background:#fff}
.top-bar{position:fixed;top:0;left:0;right:0;height:44px;background:#e60012;color:#fff;z-index:9;display:flex;align-items:center}
.article{padding:56px 16px 0}.art-title{font-size:22px;line-height:1.4;margin:0 0 10px}
.art-meta{font-size:13px;color:#999}.art-body{font-size:17px;line-height:1.8;color:#222}
.art-body.fold{max-height:640px;overflow:hidden;position:relative}
.unfold-mask{position:relative;margin-top:-80px;height:80px;background:linear-gradient(rgba(255,255,255,0),#fff)}
.unfold-btn{display:block;text-align:center;color:#e60012;font-size:15px;padding:10px 0}
.open-app{display:block;margin:8px 16px;height:40px;line-height:40px;text-align:center;border-radius:20px;background:#e60012;color:#fff}
.feed-item{display:flex;padding:12px 16px;border-bottom:1px solid #f0f0f0;text-decoration:none;color:#222}
.feed-title{font-size:16px;margin:0 0 6px}.feed-summary{font-size:13px;color:#888;margin:0}.feed-meta{font-size:12px;color:#aaa}
.caption{font-size:14px;color:#888;text-align:center}
</style>'''

def kd_shell(title, canonical, head_extra, body):
    return f'''<!doctype html>
<html ⚡ lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<link rel="canonical" href="{canonical}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<meta name="apple-itunes-app" content="app-id=1188800123">
{head_extra}
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-list" src="https://cdn.ampproject.org/v0/amp-list-0.1.js"></script>
<script async custom-element="amp-bind" src="https://cdn.ampproject.org/v0/amp-bind-0.1.js"></script>
{KD_STYLE}
</head>
<body>
<amp-analytics type="baiduanalytics" id="analytics1"><script type="application/json">{{"vars":{{"token":"8f2a1c0d9e7b6a5f4e3d2c1b0a998877"}},"triggers":{{"trackPageview":{{"on":"visible","request":"pageview"}}}}}}</script></amp-analytics>
<header class="top-bar"><a class="logo" href="https://m.kuaidu.com/"><amp-img src="https://s.kuaidu.com/m/logo-w.png" width="72" height="24" alt="快读"></amp-img></a><nav class="top-nav"><a href="https://m.kuaidu.com/">推荐</a><a href="https://m.kuaidu.com/c/local">本地</a><a href="https://m.kuaidu.com/c/society">社会</a><a href="https://m.kuaidu.com/c/video">视频</a></nav><a class="dl-btn" href="https://app.kuaidu.com/dl?from=m_top">打开APP</a></header>
{body}
<footer class="m-foot"><p><a href="https://www.kuaidu.com/?pc=1">电脑版</a> | <a href="https://m.kuaidu.com/about">关于快读</a> | <a href="https://m.kuaidu.com/feedback">意见反馈</a></p><p>&copy; 2024 快读 kuaidu.com 京ICP备19033018号-1</p></footer>
</body>
</html>'''

def build_kuaidu():
    arts = [
        (K1, '24070312803', '2024-07-03', '07:41', '快读新闻', '马晓禾', 'reporter', 'y-kuaidu-1'),
        (K2, '24071609155', '2024-07-16', '18:22', '城市晚报', '', 'none', 'y-kuaidu-2'),
        (K3, '24010900417', '2024-01-09', '08:12', '快读新闻', '郑思琪', 'wentu', 'y-kuaidu-3'),
    ]
    for k, (art, aid, d, tm, src, author, style, name) in enumerate(arts, 1):
        url = f'https://m.kuaidu.com/a/{aid}.html'
        shown = f'{d[5:]} {tm}' if k == 3 else f'{d} {tm}'
        body = [f'<article class="article"><h1 class="art-title">{esc(art["title"])}</h1>',
                f'<div class="art-meta"><span class="src">{src}</span> <span class="time">{shown}</span>' + (' <span class="follow" role="button" tabindex="0">+关注</span>' if k != 2 else '') + '</div>',
                f'<div class="art-body fold" id="artBody" [class]="unfolded ? \'art-body\' : \'art-body fold\'">']
        if style == 'reporter':
            body.append(f'<p class="byline">快读新闻记者 {author}</p>')
        elif style == 'wentu':
            body.append(f'<p>文/图 {author}</p>')
        for p in art['paras']:
            if isinstance(p, tuple) and p[0] == 'cap':
                body.append(f'<figure><amp-img src="{p[2]}" width="640" height="427" layout="responsive" alt=""></amp-img><figcaption class="caption">{esc(p[1])}</figcaption></figure>')
            elif isinstance(p, tuple):
                body.append(f'<p><strong>{esc(p[1])}</strong></p>')
            else:
                body.append(f'<p>{esc(p)}</p>')
        if k == 2:
            body.append('<p class="source-note">（来源：城市晚报）</p>')
        body.append('</div>')
        body.append('<div class="unfold-mask" [hidden]="unfolded"><span class="unfold-btn" role="button" tabindex="0" on="tap:AMP.setState({unfolded: true})">展开全文 ∨</span></div>')
        body.append('<a class="open-app" href="https://app.kuaidu.com/dl?from=m_article&amp;id=%s">打开APP阅读全文</a>' % aid)
        body.append('<div class="art-foot"><p class="statement">本文为快读号作者或机构上传发布，仅代表作者观点，不代表快读立场。</p>' if k == 2 else '<div class="art-foot">')
        body.append('<div class="act-bar"><span>赞 %d</span><span>分享</span><span>收藏</span><span>举报</span></div></div></article>' % (30 + k * 41))
        body.append('<section class="feed"><h2 class="feed-hd">推荐</h2><div id="feedList">')
        body.append(kd_feed_html(kd_feed('kd-art-%d' % k, 20 + k * 4)))
        body.append('</div><amp-list id="moreFeed" layout="fixed-height" height="0" src="https://m.kuaidu.com/api/feed?cursor=2&amp;from=article" binding="no" load-more="auto" load-more-bookmark="next"><template type="amp-mustache"><a class="feed-item" href="{{url}}"><h3 class="feed-title">{{title}}</h3></a></template><div fallback>加载中…</div></amp-list></section>')
        ld = json.dumps({'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': art['title'], 'datePublished': f'{d}T{tm}:00+08:00',
                         'author': {'@type': 'Person', 'name': author} if author else {'@type': 'Organization', 'name': src},
                         'publisher': {'@type': 'Organization', 'name': '快读'}}, ensure_ascii=False)
        head = f'<meta name="description" content="{esc(txt(art["paras"][0])[:60])}">\n<meta property="article:published_time" content="{d}T{tm}:00+08:00">\n<script type="application/ld+json">{ld}</script>'
        s = kd_shell(art['title'] + ' - 快读', f'https://www.kuaidu.com/a/{aid}.html', head, '\n'.join(body))
        add(name + '.html', s, 'utf-8', dict(url=url, charset='utf-8' if k != 2 else '', title=art['title'], author=author, published=d,
                                             lines=[txt(p) for p in art['paras']]))
    # feed page (listing)
    body = ['<div class="channel-tabs" style="padding-top:44px"><a class="on" href="/">推荐</a><a href="/c/local">本地</a><a href="/c/society">社会</a><a href="/c/ent">娱乐</a><a href="/c/sports">体育</a><a href="/c/video">视频</a><a href="/c/tech">科技</a></div>',
            '<div class="hot-banner"><a href="https://m.kuaidu.com/hot">快读热榜 &gt;</a></div>', '<section class="feed"><div id="feedList">',
            kd_feed_html(kd_feed('kd-home', 36)), '</div><amp-list layout="fixed-height" height="0" src="https://m.kuaidu.com/api/feed?cursor=2" binding="no" load-more="auto"><template type="amp-mustache"><a class="feed-item" href="{{url}}"><h3 class="feed-title">{{title}}</h3></a></template><div fallback>加载中…</div></amp-list>',
            '<div class="load-more">上拉加载更多</div></section>']
    s = kd_shell('快读 - 每天读点好新闻', 'https://www.kuaidu.com/', '<meta name="description" content="快读，每天读点好新闻">', '\n'.join(body))
    add('y-kuaidu-4.html', s, 'utf-8', dict(url='https://m.kuaidu.com/', charset='utf-8', kind='listing', title='', author='', published='', lines=[]))

# ================================================================ site 6: wendian (document sharing)
WD_HEAD = '''<div class="wd-top"><div class="wrap"><a href="https://www.wendian.com/" class="logo"><img src="https://static.wendian.com/pc/img/logo.png" alt="文典网"></a>
<form class="search" action="https://www.wendian.com/search" method="get"><select name="type"><option>全部</option><option>DOC</option><option>PDF</option><option>PPT</option><option>XLS</option><option>TXT</option></select><input name="q" value="%s" placeholder="搜索海量文档"><button type="submit">搜索</button></form>
<div class="user-area"><a href="https://www.wendian.com/vip/?from=top" class="vip-entry">开通VIP</a><a href="https://www.wendian.com/upload/" class="upload">上传文档</a><a href="javascript:;" class="login">登录</a> | <a href="javascript:;">注册</a></div></div></div>
<div class="wd-nav"><div class="wrap"><a href="/">首页</a><a href="/c/jiaoyu/">教育专区</a><a href="/c/fanwen/">实用文档</a><a href="/c/zhichang/">职场办公</a><a href="/c/hangye/">行业资料</a><a href="/c/kaoshi/">考试资料</a><a href="/c/wenxue/">文学作品</a><a href="/c/shenghuo/">生活休闲</a><a href="/vip/" class="hot">VIP专享</a></div></div>'''

WD_FOOT = '''<div class="wd-foot"><div class="wrap"><p><a href="/about.html">关于文典</a> | <a href="/help.html">帮助中心</a> | <a href="/agreement.html">用户协议</a> | <a href="/copyright.html">版权申诉</a> | <a href="/contact.html">联系客服</a></p>
<p>本站所有文档均由用户上传，仅供学习交流使用。如发现侵权内容，请点击“版权申诉”，我们将在24小时内处理。</p>
<p>Copyright &copy; 2014-2024 wendian.com 文典网 版权所有　<a href="https://beian.miit.gov.cn/">沪ICP备14027731号-3</a>　增值电信业务经营许可证：沪B2-20150088</p></div></div>
<script src="https://static.wendian.com/pc/js/jquery.min.js"></script><script src="https://static.wendian.com/pc/js/doc-view.js?v=3.8.1"></script>
<script>var docInfo = {docId:"%s", pageCount:%d, freePage:%d, score:%d, isVip:%s, format:"%s"}; DocView.init(docInfo);</script>'''

READMORE = '<div class="read-more" id="readMore"><div class="mask"></div><p class="remain">剩余%d页未读，<a href="javascript:;" onclick="DocView.more()">继续阅读</a></p><p class="vip-tip">开通VIP，免费阅读全文，畅享海量文档下载 <a href="/vip/?from=readmore">立即开通</a></p></div>'

def wd_doc_page(doc, q, docid, fmt, badges_html, upload_date, uploader, score, pages, shown_pages, author_line, views, dls, size, hidden_from=None, remain=0, related=None, charset_meta=''):
    title = doc['title']
    h = [f'''<!DOCTYPE html>
<html>
<head>
{charset_meta}
<title>{esc(title)}.{fmt} - 文典网</title>
<meta name="keywords" content="{esc(title)},{fmt},文档下载">
<meta name="description" content="{esc(txt(doc['paras'][0])[:80])}">
<link rel="stylesheet" href="https://static.wendian.com/pc/css/doc.css?v=3.8.1">
</head>
<body class="doc-detail">
{WD_HEAD % ''}
<div class="wrap crumbs"><a href="/">文典网</a> &gt; <a href="/c/{q[0]}/">{q[1]}</a> &gt; <a href="/c/{q[0]}/{q[2]}/">{q[3]}</a></div>
<div class="wrap doc-main"><div class="doc-left">
<div class="doc-hd"><h1 class="doc-title">{badges_html}<span class="title-txt">{esc(title)}</span><span class="ext">.{fmt}</span></h1>
<div class="doc-info"><span class="uploader">上传者：<a href="/u/{hash_int(uploader) % 90000000 + 10000000}/">{esc(uploader)}</a></span><span>上传时间：{upload_date}</span><span>页数：{pages}页</span><span>大小：{size}</span><span>浏览：{views}次</span><span>下载：{dls}次</span><span class="score">下载积分：<b>{score}</b></span></div>
<div class="doc-tools"><a href="javascript:;" class="btn-dl">立即下载</a><a href="javascript:;" class="btn-vip">VIP免积分下载</a><a href="javascript:;">收藏</a><a href="javascript:;">分享</a><a href="javascript:;">举报</a></div></div>
<div class="doc-view" id="docView">''']
    for pi, paras in enumerate(shown_pages, 1):
        hid = ' style="display:none"' if hidden_from and pi >= hidden_from else ''
        if hidden_from and pi == hidden_from and remain:
            h.append(READMORE % remain)
        h.append(f'<div class="page-box" id="page{pi}" data-page="{pi}"{hid}><div class="page-content" style="width:794px;min-height:1123px;padding:96px 113px;background:#fff">')
        for p in paras:
            if p == '__TITLE__':
                h.append(f'<p class="txt" style="text-align:center;font-size:22px;font-weight:bold;font-family:黑体">{esc(title)}</p>')
            elif p == '__AUTHOR__':
                h.append(f'<p class="txt" style="text-align:center;font-family:楷体">{esc(author_line)}</p>')
            elif isinstance(p, tuple) and p[0] == 'h':
                h.append(f'<p class="txt" style="font-weight:bold;font-family:黑体">{esc(p[1])}</p>')
            else:
                h.append(f'<p class="txt" style="text-indent:2em;line-height:28px">{esc(p)}</p>')
        h.append(f'</div><div class="page-num">第 {pi} 页 / 共 {pages} 页</div></div>')
        if pi == 1:
            h.append('<div class="doc-ad-bar"><span>下载文档到电脑，查找使用更方便</span><a href="javascript:;" class="btn-dl-s">' + str(score) + '积分 下载</a><span class="tip">还剩' + str(pages - 1) + '页未读，继续阅读</span></div>')
    if remain and not hidden_from:
        h.append(READMORE % remain)
    h.append('</div>')
    h.append('<div class="doc-statement"><h4>文档声明</h4><p>1. 本站所有资源如无特殊说明，都需要本地电脑安装OFFICE2007及以上版本和PDF阅读器。<br>2. 文档由用户上传，内容的真实性、准确性由上传者负责，本站仅提供存储空间。<br>3. 下载前请仔细阅读文档内容，确认文档内容符合您的需求后进行下载，若出现内容与标题不符可向本站投诉处理。</p></div>')
    h.append('<div class="doc-comment"><h4>文档评论（0）</h4><div class="empty">暂无评论</div><textarea placeholder="说点什么吧..."></textarea></div>')
    h.append('</div><div class="doc-right"><div class="user-card"><img src="https://static.wendian.com/avatar/default.png" alt=""><p class="nm">%s</p><p>文档数：%d　粉丝：%d</p><a href="javascript:;">+关注</a></div>' % (esc(uploader), 200 + hash_int(uploader) % 800, hash_int(uploader) % 3000))
    h.append('<div class="side-box"><h4>相关文档</h4><ul>')
    for t, f, pg in related:
        h.append(f'<li><i class="ico-{f}"></i><a href="/p-{hash_int(t) % 900000000 + 100000000}.html">{esc(t)}</a><span>{pg}页</span></li>')
    h.append('</ul></div><div class="side-box"><h4>猜你喜欢</h4><ul><li><a href="#">【精品】2024年社区工作计划范文（10篇）</a></li><li><a href="#">VIP 读后感写作技巧大全</a></li><li><a href="#">小学生优秀作文选：我的家乡</a></li><li><a href="#">志愿服务活动方案模板</a></li></ul></div></div></div>')
    h.append(WD_FOOT % (docid, pages, len(shown_pages) if not hidden_from else hidden_from - 1, score, 'false', fmt))
    h.append('</body>\n</html>')
    return '\n'.join(h)

def build_wendian():
    # doc 1: essay, all pages in HTML, page 3 hidden behind 继续阅读
    P = W1['paras']
    pages1 = [['__TITLE__', '__AUTHOR__'] + P[0:3], P[3:5], P[5:]]
    s = wd_doc_page(W1, ('wenxue', '文学作品', 'sanwen', '散文随笔'), 'a83f0c21d9', 'docx',
                    '<span class="badge badge-jp">【精品】</span>', '2023-10-21', '蔓草青青', 3, 3, pages1, '文/许蔓', 2841, 113, '24.6KB',
                    hidden_from=3, remain=1,
                    related=[('秋天的菜园阅读答案', 'doc', 4), ('【精品】写母亲的散文五篇', 'docx', 12), ('故乡的菜园（散文）', 'doc', 2), ('初中语文散文阅读训练：秋', 'pdf', 8), ('菜园里的四季', 'docx', 3)],
                    charset_meta='<meta charset="utf-8">')
    add('y-wendian-1.html', s, 'utf-8', dict(url='https://www.wendian.com/p-a83f0c21d9.html', charset='utf-8', title=W1['title'], author='许蔓', published='2023-10-21',
                                              lines=[txt(p) for p in P]))
    P = W2['paras']
    pages2 = [['__TITLE__'] + P[0:4], P[4:]]
    s = wd_doc_page(W2, ('fanwen', '实用文档', 'zongjie', '工作总结'), 'c5d1e07b42', 'doc',
                    '<i class="vip-icon" title="VIP专享">VIP</i><span class="badge badge-tj">【推荐】</span>', '2024-01-18', '社区工作者小周', 8, 4, pages2, '', 1207, 64, '41.0KB',
                    remain=2,
                    related=[('社区读书角活动总结', 'doc', 3), ('【推荐】2023年社区志愿服务工作总结', 'docx', 5), ('新时代文明实践站工作总结范文', 'doc', 6),
                             ('VIP 全民阅读活动方案', 'doc', 4), ('社区图书室管理制度', 'doc', 2), ('“书香社区”创建工作汇报', 'docx', 7)],
                    charset_meta='<meta http-equiv="Content-Type" content="text/html; charset=gbk">')
    add('y-wendian-2.html', s, 'gbk', dict(url='https://www.wendian.com/p-c5d1e07b42.html', charset='gbk', title=W2['title'], author='', published='2024-01-18',
                                            lines=[txt(p) for p in P]))
    # search results (listing)
    r = rng('wd-search')
    kw = '读书角 总结'
    res = []
    bases = ['社区读书角活动总结', '校园读书角建设工作总结', '班级读书角管理总结', '“邻里书角”志愿服务总结', '读书角创建活动总结范文', '农家书屋与读书角工作总结',
             '幼儿园读书角活动总结', '读书角志愿者工作总结', '2023年读书角运行情况总结', '机关读书角建设总结', '书香读书角活动总结', '小区读书角共建总结',
             '图书角管理员工作总结', '读书角活动方案及总结', '企业职工读书角总结']
    for i, b in enumerate(bases):
        badge = r.choice(['【精品】', '【推荐】', 'VIP', '', ''])
        fmt = r.choice(['doc', 'docx', 'docx', 'pdf'])
        snippet = '为丰富居民精神文化生活，营造全民阅读氛围，' + b.replace('总结', '') + '自开展以来，共接待读者' + str(r.randint(300, 5000)) + '人次，开展主题阅读活动' + str(r.randint(5, 40)) + '场……'
        res.append((badge, b, fmt, snippet, r.randint(1, 12), '%d-%02d-%02d' % (r.choice([2022, 2023, 2024]), r.randint(1, 12), r.randint(1, 28)), r.randint(0, 10), r.randint(100, 9000)))
    h = [f'<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=gbk">\n<title>{kw}_文档搜索 - 文典网</title>\n<link rel="stylesheet" href="https://static.wendian.com/pc/css/search.css?v=3.8.1">\n</head>\n<body class="search-page">',
         WD_HEAD % esc(kw),
         '<div class="wrap filter"><dl><dt>格式：</dt><dd><a class="on" href="#">全部</a><a href="#">DOC</a><a href="#">PDF</a><a href="#">PPT</a><a href="#">XLS</a><a href="#">TXT</a></dd></dl><dl><dt>页数：</dt><dd><a class="on" href="#">不限</a><a href="#">1-5页</a><a href="#">6-20页</a><a href="#">20页以上</a></dd></dl><dl><dt>排序：</dt><dd><a class="on" href="#">综合</a><a href="#">最新</a><a href="#">下载最多</a></dd></dl></div>',
         f'<div class="wrap result-info">为您找到约 <b>3,862</b> 篇与“<em>{esc(kw)}</em>”相关的文档</div><div class="wrap"><ul class="result-list">']
    for badge, b, fmt, sn, pg, d, sc, v in res:
        hl = b.replace('读书角', '<em>读书角</em>').replace('总结', '<em>总结</em>')
        bhtml = f'<span class="badge">{badge}</span>' if badge else ''
        h.append(f'<li class="result-item"><h3><i class="ico-{fmt}"></i>{bhtml}<a href="/p-{hash_int(b) % 9000000000:010x}.html" target="_blank">{hl}.{fmt}</a></h3><p class="summary">{esc(sn).replace("读书角", "<em>读书角</em>")}</p><p class="meta"><span>{pg}页</span><span>{d}</span><span>下载积分：{sc}</span><span>浏览{v}次</span></p></li>')
    h.append('</ul><div class="pager"><span class="cur">1</span><a href="?q=%s&amp;p=2">2</a><a href="?p=3">3</a><a href="?p=4">4</a><a href="?p=5">5</a>…<a href="?p=2">下一页</a></div></div>' % esc(kw))
    h.append('<div class="wrap hot-search">热门搜索：<a href="#">工作总结</a><a href="#">述职报告</a><a href="#">心得体会</a><a href="#">读后感</a><a href="#">活动方案</a></div>')
    h.append(WD_FOOT % ('', 0, 0, 0, 'false', '') + '\n</body>\n</html>')
    add('y-wendian-3.html', '\n'.join(h), 'utf-8', dict(url='https://www.wendian.com/search?q=%E8%AF%BB%E4%B9%A6%E8%A7%92+%E6%80%BB%E7%BB%93', charset='utf-8', kind='listing', title='', author='', published='', lines=[]))
    # uploader page (listing)
    r = rng('wd-user')
    docs = ['【精品】秋天的菜园', '【精品】外婆的灶台', '冬夜读书记', '【推荐】初中语文散文阅读训练二十篇', '老屋的门槛', 'VIP 七年级作文指导：写景散文', '母亲的手擀面',
            '故乡的河', '【精品】春天的田埂', '散文写作中的细节描写', '父亲的自行车', '雨中的小镇']
    h = ['<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>蔓草青青的文档 - 文典网</title>\n<link rel="stylesheet" href="https://static.wendian.com/pc/css/user.css?v=3.8.1">\n</head>\n<body class="user-page">',
         WD_HEAD % '',
         '<div class="wrap user-hd"><img src="https://static.wendian.com/avatar/default.png" alt=""><div class="info"><h2>蔓草青青</h2><p>认证：文学爱好者　文档：286　粉丝：1,942　获赞：6,310</p><p class="intro">喜欢写点小文章，分享一些散文和语文教学资料。</p><a href="javascript:;" class="follow">+关注</a></div></div>',
         '<div class="wrap user-tabs"><a class="on" href="#">全部文档</a><a href="#">精品文档</a><a href="#">专辑</a><a href="#">动态</a></div><div class="wrap"><ul class="user-docs">']
    for i, t in enumerate(docs):
        fmt = r.choice(['doc', 'docx'])
        h.append(f'<li><i class="ico-{fmt}"></i><a href="/p-{hash_int(t) % 9000000000:010x}.html">{esc(t)}</a><span class="pg">{r.randint(1, 20)}页</span><span class="dt">{2023 - i // 6}-{12 - i:02d}-{r.randint(1, 28):02d}</span><span class="v">{r.randint(50, 6000)}阅读</span></li>')
    h.append('</ul><div class="pager"><span class="cur">1</span><a href="?p=2">2</a><a href="?p=3">3</a>…<a href="?p=24">24</a><a href="?p=2">下一页</a></div></div>')
    h.append(WD_FOOT % ('', 0, 0, 0, 'false', '') + '\n</body>\n</html>')
    add('y-wendian-4.html', '\n'.join(h), 'utf-8', dict(url='https://www.wendian.com/u/53817226/', charset='', kind='listing', title='', author='', published='', lines=[]))

# ================================================================ main + self-check
def meta_charset(data):
    m = re.search(rb'charset\s*=\s*["\']?([A-Za-z0-9_-]+)', data[:3000])
    return m.group(1).decode().lower() if m else None

def visible(s):
    s = re.sub(r'(?is)<head\b.*?</head>', ' ', s)
    s = re.sub(r'(?is)<!--.*?-->', ' ', s)
    s = re.sub(r'(?is)<(script|style|template)\b.*?</\1>', ' ', s)
    s = re.sub(r'(?s)<[^>]+>', ' ', s)
    s = html.unescape(s)
    return re.sub(r'\s+', '', s)

def main():
    build_jiangyu(); build_xinrui(); build_lanyue(); build_shanfeng(); build_kuaidu(); build_wendian()
    os.makedirs(os.path.join(OUT, 'pages'), exist_ok=True)
    os.makedirs(os.path.join(OUT, 'gold'), exist_ok=True)
    for name, data, g, cs in PAGES:
        with open(os.path.join(OUT, 'pages', name), 'wb') as f:
            f.write(data)
        with open(os.path.join(OUT, 'gold', name.rsplit('.', 1)[0] + '.txt'), 'w', encoding='utf-8', newline='\n') as f:
            f.write(gold_text(name, g))
    # self-check
    bad = 0; missing_lines = 0; listings = 0
    names = set()
    for name, data, g, cs in PAGES:
        problems = []
        site = name.rsplit('-', 1)[0]
        names.add(site)
        dec = g['charset'] or meta_charset(data)
        raw = data[3:] if data.startswith(b'\xef\xbb\xbf') else data
        try:
            text = raw.decode(dec, errors='strict')
        except Exception as e:
            problems.append('decode %s: %s' % (dec, e)); text = raw.decode(dec, errors='replace')
        if dec != cs and not (dec in ('gbk', 'gb2312') and cs in ('gbk', 'gb2312')):
            problems.append('charset mismatch %s vs bytes %s' % (dec, cs))
        if cs == 'gbk' and dec == 'gb2312':
            try:
                raw.decode('gb2312')
            except Exception:
                problems.append('declared gb2312 but bytes need gbk')
        vis = visible(text)
        pos = 0
        n_chars = 0
        if g.get('kind') == 'listing':
            listings += 1
            if g.get('title') or g.get('lines'):
                problems.append('listing with title/text')
        else:
            if re.sub(r'\s+', '', g['title']) not in vis:
                problems.append('title not visible')
            for a in g['author'].split():
                if a not in vis:
                    problems.append('author %s not visible' % a)
            for line in g['lines']:
                l = re.sub(r'\s+', '', line)
                n_chars += len(l)
                i = vis.find(l, pos)
                if i < 0:
                    missing_lines += 1
                    problems.append('line missing/out of order: ' + line[:30])
                else:
                    pos = i + len(l)
        print('%-22s %-7s %-8s %5d %7d bytes %s' % (name, g['charset'] or '-', g.get('kind') or 'article', n_chars, len(data), '; '.join(problems) if problems else 'ok'))
        if problems:
            bad += 1
    print('pages: %d, listings: %d, sites: %d, gold lines missing: %d' % (len(PAGES), listings, len(names), missing_lines))
    print('SELF-CHECK ' + ('OK' if bad == 0 and len(PAGES) == 24 and listings >= 8 else 'FAILED (%d pages)' % bad))

if __name__ == '__main__':
    main()
