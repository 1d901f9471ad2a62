#!/usr/bin/env python3
"""Write the p- pages of the fresh blind set (six invented sites, four pages each).

Stdlib only, deterministic (every random choice comes from a Random seeded with a
SHA-256 of the page name).  Writes pages/p-*.html|.txt and gold/p-*.txt, then
self-checks every page against its gold file.  See NOTES-p.md.
"""
import hashlib
import html
import json
import os
import random
import re
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, "pages")
GOLD = os.path.join(HERE, "gold")
os.makedirs(PAGES, exist_ok=True)
os.makedirs(GOLD, exist_ok=True)

RECS = []


def rng(name):
    return random.Random(int(hashlib.sha256(name.encode("utf-8")).hexdigest()[:16], 16))


def hn(s):
    return int(hashlib.md5(s.encode("utf-8")).hexdigest()[:8], 16)


def e(s):
    return html.escape(s, quote=True)


def save(stem, ext, doc, enc, header, url, title, author, published, lines,
         kind=None, shown=(), ctype=None, pinyin=False):
    if enc == "gb2312":
        doc = doc.replace("\u2014", "\u2015").replace("\u00b7", "\u30fb")  # GB2312 A1AA / A1A4
    raw = doc.encode(enc)  # strict: every character must exist in the page's charset
    with open(os.path.join(PAGES, stem + ext), "wb") as f:
        f.write(raw)
    g = ["page: " + stem + ext, "url: " + url, "charset: " + (header or "")]
    if ctype:
        g.append("content-type: " + ctype)
    if kind:
        g.append("kind: " + kind)
    g += ["title: " + title, "author: " + author, "published: " + published, ""]
    g += lines
    with open(os.path.join(GOLD, stem + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(g) + "\n")
    RECS.append(dict(stem=stem, ext=ext, header=header, title=title, author=author,
                     published=published, lines=list(lines), kind=kind, shown=list(shown),
                     ctype=ctype, pinyin=pinyin))


def plain(paras):
    """Gold lines from essay paragraphs (markers ## subheading, @@ caption removed)."""
    return [p[2:] if p[:2] in ("##", "@@") else p for p in paras]


# ---------------------------------------------------------------------------
# Essays (written for this set; all people and places invented)
# ---------------------------------------------------------------------------

E_RENCAI = [
    "##一、问题的提出",
    "近年来，混合所有制改革已经成为国有企业改革的重要突破口。引入非公有资本，不仅是为了补充资金，更是为了引入灵活的经营机制。但在基层调研中我们发现，许多企业完成了股权层面的调整，内部的用人和分配方式却几乎没有改变，干部还是那批干部，薪酬还是按照职级发放，改革的活力并没有真正传导到员工身上。",
    "##二、激励不足的几种表现",
    "一是薪酬结构单一，岗位工资占比过高，绩效部分难以拉开差距，干多干少差别不大。二是职业通道狭窄，技术人员除了走管理岗位，很难获得相应的待遇和认可。三是中长期激励缺位，员工持股、项目跟投等做法要么没有开展，要么停留在少数高管层面，普通骨干感受不到企业成长与个人利益之间的联系。",
    "##三、几点建议",
    "首先，要把市场化选聘和契约化管理落到实处，经理层成员签订任期合同，考核结果与薪酬、去留直接挂钩。其次，要建立管理和技术双通道，让愿意钻研业务的人也能获得体面的收入和地位。再次，可以在条件成熟的子公司试点骨干员工持股，坚持增量分享、风险共担，防止变成新的福利。最后，激励必须与约束同步，信息公开、审计监督都要跟上，避免国有资产在改革中流失。",
    "##四、结语",
    "人才激励不是混改的附属工作，而是决定混改成败的关键一环。只有让真正干事的人得到回报，股权结构的变化才能转化为企业持续发展的内生动力。",
]

E_XIANGCUN = [
    "一九九六年秋天，我从师范学校毕业，背着一只帆布包，坐了四个小时的班车，来到大石岭村小学报到。学校只有三间瓦房，一间做办公室，两间做教室，操场是一块压平的黄土地，下雨天一脚踩下去，鞋就拔不出来。",
    "全校四十七个学生，分成四个年级，由我和另外两位老师包班上课。老校长姓蒋，五十多岁，说话带着很重的口音。他把一盒粉笔和一本泛黄的点名册交给我，说：“孩子们认得字，就能走出这道山梁。”那时我并不完全懂这句话的分量。",
    "冬天最难熬。教室的窗户糊着塑料布，风一吹就哗哗作响。孩子们从家里带来干柴，早上先在炉子里生火，手暖和了才能握笔。有个叫小芳的女孩，每天要走一个多小时山路，到校时头发上结着一层白霜，可她的作业总是写得最工整。",
    "我教他们念课文，也教他们唱歌。学校没有风琴，我就用口琴给他们起调。每到傍晚放学，歌声顺着山坡飘下去，村里的老人说，听见这声音，就知道学校还在。",
    "后来村里修了公路，学校合并到了镇上，那三间瓦房也被改成了村里的仓库。前几年我回去过一次，墙上的黑板还在，只是已经看不清上面的字。站在门口，我好像又听见那一阵阵读书声。",
    "二十多年过去，当年的学生有的当了医生，有的在城里开了店，小芳成了镇中学的英语老师。每年教师节，她都会给我发来一条短信。我常想，所谓教育，也许就是把一点点光亮，传给下一个人。",
]

E_XIAOHE = [
    "我的家乡在江南一个不大的镇子上，镇子东头有一条小河，没有正式的名字，大家都叫它东河。河面不宽，站在这边喊一声，对岸的人就能听见。",
    "小时候，东河是我们的乐园。春天，河边的柳树冒出嫩芽，我们折下柳枝做成柳笛，吹得呜呜响。夏天，男孩子们从石桥上跳下去，溅起一片水花；女孩子们就坐在埠头上，把脚泡在凉凉的水里，看小鱼啄自己的脚趾。",
    "河边住着许多人家，每天清晨，洗衣服的棒槌声此起彼伏。母亲也常在那里洗菜淘米，一边干活，一边和邻居们聊着家长里短。那时候的河水清得能看见水底的鹅卵石，谁家做饭缺了水，拎着木桶去河里一舀就是。",
    "上初中那年，镇上办起了几家小工厂，河水渐渐变了颜色，夏天还会散发出难闻的气味。再也没有人在河里游泳，埠头上的青苔也越积越厚。大人们叹着气说，东河病了。",
    "前几年，镇里下决心整治，关停了污染的作坊，清理了河道，又在两岸种上了花草，修了一条步行的小路。去年回家，我沿着河岸慢慢走，发现河水又清了，几个孩子蹲在岸边，正用网兜捞小虾。",
    "夕阳落在水面上，泛起一层细碎的金光。我站在石桥上看了很久。原来一条河也会生病，也会痊愈，只要有人记得它原来的样子。",
]

E_LAOCHANG = [
    "周末陪父亲回了一趟城北的老厂区。",
    "这里曾是青溪机械厂的所在地，鼎盛时期有三千多名职工，厂里有自己的医院、子弟学校和电影院。父亲十八岁进厂当学徒，在这里干了整整二十六年。",
    "如今，厂房大多拆掉了，只剩下一座红砖的水塔和几排老宿舍。父亲站在水塔下面，指着一片空地说，那里原来是二车间，他就是在那儿学会开车床的。",
    "说起一九九八年的改制，父亲沉默了一会儿。那一年，厂子连续亏损，工资发不出来，上级决定把厂子改成股份制公司，一部分职工买断工龄，自谋出路。父亲拿着一万多块钱的补偿金回了家，整整一个星期没怎么说话。",
    "“那时候心里不服气，觉得自己一辈子都交给厂里了。”父亲说，“可后来想想，厂子那样拖下去，谁也好不了。”",
    "离开工厂以后，父亲和几个老同事合伙开了一家小小的机修铺，给附近的农机和货车修零件。靠着在车间里练出来的手艺，铺子的生意慢慢好了起来，还供我读完了大学。",
    "改制后的青溪机械也没有倒下。新公司甩掉了包袱，转做汽车配件，几年前还搬进了城南的工业园，新厂房宽敞明亮，用上了自动化生产线。父亲去参观过一次，回来说，现在的车间，干净得像医院。",
    "我们在老宿舍楼下遇见了父亲当年的师傅，已经八十多岁了，坐在门口晒太阳。两位老人握着手，说了很久的话，说的都是车间里的旧事。",
    "回去的路上，父亲说，那一代人吃过的苦，不必再让年轻人吃一遍，但也不该被忘记。我把这句话记了下来。",
]

E_DOUHUA = [
    "早上六点，望川县城的早市就热闹起来了。",
    "早市设在老汽车站后面的一条窄街上，长不过三百米，两边挤满了摊位。卖菜的、卖鱼的、卖竹编筐子的，还有从乡下挑着担子进城的老人，把自家种的青菜、鸡蛋摆在一块塑料布上，一边吆喝，一边和熟客打招呼。",
    "街口有一家豆花摊，摊主是一对五十多岁的夫妇。男人负责推磨、点浆，女人负责招呼客人。一口大铁锅架在煤炉上，雪白的豆花在锅里微微颤动，舀一碗出来，浇上红油、花生碎、葱花和一小勺酱油，热气腾腾地端到面前。",
    "一碗豆花三块钱，十多年没涨过价。问起原因，老板娘笑着说，来吃的都是街坊，涨一块钱，心里不好意思。",
    "常来吃豆花的，有赶早班的环卫工人，有送孩子上学的母亲，也有退休后每天来这里“报到”的老人。大家围坐在几张矮桌旁，说说天气，聊聊菜价，谁家孩子考上了大学，很快全街都知道了。",
    "前两年县里改造老街，有人担心早市会被取消。后来规划出来，早市保留了，地面铺上了防滑砖，还搭起了雨棚。摊主们说，这下下雨天也不怕了。",
    "城市越来越大，生活越来越快，可总有一些地方，让人愿意慢下来。对很多望川人来说，早市上的这一碗豆花，就是一天开始的味道。",
]

E_XIAOXUE = [
    "十年前，我第一次走进南塘镇桂花村小学的时候，学校只有六十多个学生、七位老师。今年九月，这所学校迎来了第十个新学年，学生数变成了一百二十人。",
    "##从“留不住”到“回得来”",
    "桂花村小学曾经面临和许多乡村学校一样的困境：年轻老师待不长，家长想方设法把孩子送进县城。老校长曾经告诉我，最困难的一年，一学期走了三位老师。",
    "转机出现在二〇一六年前后。县里推行教师周转宿舍建设，学校里盖起了一栋两层小楼，每位老师都有了独立的房间。乡村教师补贴提高以后，愿意留下来的年轻人多了起来。",
    "@@桂花村小学的新教学楼，前面的空地是孩子们的“小农场”",
    "##课堂之外的课堂",
    "学校没有条件建大型的实验室，老师们就因地制宜，在校园后面开辟了一块“小农场”。孩子们在这里种玉米、种向日葵，记录它们每天的生长，科学课和作文课都有了现成的素材。",
    "音乐老师小吴是本村人，大学毕业后回到母校任教。她组建了一支竹笛队，队员们在县里的艺术节上拿了一等奖。那天，不少家长专门请了假，坐车去县城看演出。",
    "##仍然存在的难题",
    "当然，困难并没有完全消失。学校里留守儿童的比例仍然接近一半，心理辅导老师至今只能由班主任兼任。一些家长常年在外打工，和老师的沟通主要靠手机。",
    "校长说，下一步打算和镇卫生院合作，定期请专业人员来给孩子们上心理健康课。",
    "十年时间，对一所学校来说并不算长。可对于从这里走出去的孩子们来说，这十年，就是他们的整个童年。",
]

E_GUOQI_T = [
    "自三年前啟動國有企業改革以來，鳳溪縣先後完成了十二家縣屬國有企業的整合重組，組建了城市建設、交通水務和農業發展三大集團，企業數量減少了近一半，資產總額卻增長了百分之四十。",
    "在改革之初，縣屬國企普遍存在規模小、負債高、主業不清等問題。有的企業同時經營酒店、運輸和房地產，每一塊業務都做不大；有的企業多年沒有盈利，靠財政補貼維持運轉。縣國資中心負責人表示，整合的目的，就是讓每一家企業都有清晰的主業，把有限的資源集中起來。",
    "在用人制度上，三大集團全面推行經理層任期制和契約化管理，今年上半年，共有二十一名中層管理人員通過公開競聘走上新崗位，另有六人因考核不達標被調整。交通水務集團一位職工說，以前大家覺得進了國企就是鐵飯碗，現在每個人都有了壓力，也有了盼頭。",
    "改革也給普通市民帶來了看得見的變化。農業發展集團收購了鎮上閒置的糧庫，改造成冷鏈物流中心，附近農戶的柑橘可以直接在這裡分揀、冷藏、裝車，每斤價格比過去提高了兩三角錢。城市建設集團則承接了老城區管網改造工程，困擾居民多年的雨天積水問題有了明顯改善。",
    "據介紹，下一步鳳溪縣將繼續推進國有資本向基礎設施、公共服務和特色產業集中，同時加強審計監督，防止國有資產流失，讓改革成果更多地惠及全縣群眾。",
]
PY_GUOQI = {"業": "yè", "組": "zǔ", "債": "zhài", "糧": "liáng", "聘": "pìn", "橘": "jú"}

E_MATOU_T = [
    "鳳溪碼頭在縣城西門外，緊挨著溪水轉彎的地方。老人們說，這座碼頭最早建於清朝末年，那時候山裡的木材、茶葉和竹器，都要從這裡裝船，順流而下運到府城去。",
    "我小時候住在碼頭邊的老街上。街面鋪著青石板，兩旁是木板門面的鋪子，有打鐵的、賣油的、做秤的，還有一家茶館，從早到晚坐滿了船工和挑夫。茶館門口擺著一口大水缸，誰口渴了都可以舀一瓢水喝。",
    "每到傍晚，貨船陸續靠岸，船工們吆喝著號子，把一捆捆貨物扛上岸來。我和小夥伴們喜歡蹲在石階上看熱鬧，有時候船家會扔給我們幾顆從下游帶來的糖果，那是我們一整天最開心的時刻。",
    "後來公路修通了，汽車比船快得多，碼頭漸漸冷清下來。鋪子一家接一家關了門，年輕人都搬進了新城區，老街上只剩下一些老人守著舊屋。有好幾年，碼頭的石階上長滿了雜草，連本地人都很少來了。",
    "前年，縣裡對老街進行了修繕，拆掉了後來搭建的違章棚屋，按照舊時的樣子恢復了幾間鋪面，碼頭也重新整修，立起了一塊刻著歷史沿革的石碑。週末的時候，不少人帶著孩子來這裡散步、拍照。",
    "我常常一個人坐在碼頭的石階上，看溪水慢慢流過。水還是那條水，只是看水的人換了一代又一代。那些號子聲、打鐵聲，如今只留在我們這些老街孩子的記憶裡了。",
]
PY_MATOU = {"鋪": "pù", "秤": "chèng", "棚": "péng", "碑": "bēi", "吆": "yāo"}

E_DAOTIAN = [
    "国庆假期回到老家，正赶上稻子成熟的时节。",
    "站在村口的土坡上往下看，整片田野都是金黄的颜色，一直铺到远处的山脚下。风一吹，稻穗起起伏伏，发出沙沙的声响，像是谁在低声说话。空气里有一股稻谷特有的香味，淡淡的，却怎么也闻不够。",
    "小时候，秋收是一年里最忙的日子。天还没亮，父亲就磨好了镰刀，母亲蒸好一锅馒头，全家人一起下田。割稻子要弯着腰，一割就是大半天，我常常累得直不起身子，父亲却像不知道疲倦似的，一垄接一垄往前割。",
    "最热闹的是打谷。那时候村里只有一台脚踏的打谷机，几户人家轮流使用。大人们踩着踏板，把稻把子往滚筒上一按，谷粒就哗啦啦地落进木斗里。我们小孩子负责把割好的稻子抱过来，稻芒扎在胳膊上，又痒又疼。",
    "如今，村里的稻田大多由合作社统一种植，收割用的是联合收割机，一块田不到半小时就收完了，稻谷直接装袋运走。父亲年纪大了，早已不再下田，但每年这个时候，他还是喜欢到田边走一走，看一看。",
    "那天傍晚，我陪父亲沿着田埂散步。他弯下腰，捋下一把稻穗，放在手心里搓了搓，吹掉谷壳，露出饱满的米粒。他看了很久，说，今年的稻子好。",
    "夕阳落山的时候，田野被染成了橘红色。我忽然明白，父亲舍不得的，不只是这片稻田，还有他在这片土地上度过的大半辈子。",
]

E_JIAOSHI = [
    "二〇〇三年八月，我被分配到县城第三中学教初一语文，同时担任一个班的班主任。那一年，我二十二岁，比我的学生大不了几岁。",
    "开学第一天，我在讲台上站了整整一节课，手心里全是汗。提前写好的教案，讲到一半就不知道该怎么往下说了。下课铃响的时候，后排一个男生大声说：“老师，你是不是紧张了？”全班哄堂大笑，我的脸一下子红到了耳根。",
    "那个男生叫小刚，是班上出了名的调皮鬼。上课喜欢插嘴，作业经常不交，好几位任课老师都来找我告状。我找他谈过好几次话，他总是低着头，一句话也不说。",
    "有一次家访，我才知道他的父母都在外地打工，他跟着年迈的奶奶生活，放学后还要帮着做饭、喂鸡。那天回来的路上，我想了很久。第二天，我没有再批评他，而是请他当了班上的图书管理员。",
    "没想到，这个小小的职务让他变了一个人。他把图书角整理得整整齐齐，还自己动手做了借阅登记本。慢慢地，他开始在课堂上举手发言，作文也写得越来越好。期末的时候，他的一篇作文被选进了学校的优秀作文集。",
    "一年下来，我学会了很多教科书上没有的东西：怎样听孩子说话，怎样在批评之前先弄清原因，怎样在一个孩子身上看到还没有显露出来的光。",
    "如今我已经教了十几年书，带过很多届学生。可每当新学期开始，站上讲台的那一刻，我总会想起那个紧张得手心冒汗的自己，想起后排那个大声说话的男孩。",
]

E_LAOJING = [
    "外婆家的院子外面，有一口老井。",
    "井口是用整块青石凿成的，圆圆的，边沿被绳子磨出了一道道深深的凹痕。外婆说，这口井比她的年纪还大，村里好几代人都是喝这口井里的水长大的。",
    "井水冬暖夏凉。夏天的时候，外婆会把西瓜装进竹篮，用绳子吊着放进井里，等到下午再提上来，切开一看，瓜瓤又凉又甜。冬天的早晨，井口会冒出一缕缕白气，像是井在呼吸。",
    "每天清早，挑水的人在井边排起队来。扁担吱呀吱呀地响，水桶碰在井沿上叮当作响，大家一边等一边说话，谁家的母鸡下了双黄蛋，谁家的儿子要娶媳妇，都是在井边传开的。",
    "我七八岁的时候，最喜欢趴在井沿上往下看。井很深，水面上映着一小块圆圆的天空，还有我自己的脸。我对着井口喊一声，井里就传来嗡嗡的回音。外婆每次看见，都要赶紧把我拉开，说井里住着井神，小孩子不能吵。",
    "后来村里通了自来水，挑水的人越来越少，老井也渐渐被冷落了。再后来，为了安全，有人在井口盖上了一块水泥板。",
    "外婆去世以后，我很少再回那个村子。去年清明回去扫墓，我特意绕到老院子外面，看见那口井还在，水泥板上落满了枯叶。我蹲下来，用手摸了摸井沿上的绳痕，凉凉的，滑滑的，就像小时候外婆的手。",
]

E_SANXIANG = [
    "今年以来，金石钢铁集团以三项制度改革为抓手，在干部能上能下、员工能进能出、收入能增能减上持续发力，企业内部活力明显增强。一季度，集团实现钢产量一百六十二万吨，同比增长百分之七，吨钢成本下降四十一元。",
    "##管理人员竞争上岗",
    "“过去讲资历、论辈分，现在看能力、比业绩。”集团人力资源部负责人这样概括改革带来的变化。去年底，集团对二级单位中层岗位实行全员起立、竞聘上岗，一百三十多个岗位全部公开竞聘，一批年轻骨干脱颖而出，中层管理人员平均年龄下降了四岁。",
    "同时，集团建立了任期考核和末等调整机制，年度考核排名靠后的管理人员要进行诫勉谈话，连续两年不合格的予以调整，真正让“能下”成为常态。",
    "##薪酬分配向一线倾斜",
    "在炼钢厂，转炉炉长的收入已经超过了部分科室负责人。集团打破按身份定薪的做法，推行岗位价值评估和绩效工资制度，收入与产量、质量、成本指标直接挂钩。一线关键岗位的人均收入比去年同期增长了百分之十二。",
    "“多劳多得，干得好就能拿得多，大家的积极性一下子就上来了。”炼钢厂一位年轻工人说。",
    "##人才通道更加畅通",
    "针对技术人才发展空间不足的问题，集团设立了首席技师、高级技师等技能职务序列，技能人才可以享受与管理人员相当的待遇。今年以来，已有二十八名一线职工被聘为各级技师。",
    "集团主要负责人表示，改革没有完成时，下一步将继续深化市场化经营机制，让想干事、能干事、干成事的人有舞台、有回报。",
]

E_HANGONG = [
    "清晨七点，五十三岁的焊工赵建国已经换好工作服，走进了金石钢铁集团设备检修中心的车间。从一九九三年进厂算起，这是他在焊接岗位上的第三十个年头。",
    "赵建国是土生土长的金石人，父亲也是厂里的老职工。十八岁那年，他从技校毕业，跟着师傅学电焊。那时候车间条件简陋，夏天温度高达四十多度，一天下来，工作服能拧出水来。“师傅说，焊缝就是焊工的脸面，一点都马虎不得。”这句话，他记了三十年。",
    "@@图为赵建国在检修现场进行焊接作业。",
    "九十年代末，企业经历了最困难的时期，不少同事离开了工厂。赵建国也犹豫过，但最终还是留了下来。“我就会干这个，也喜欢干这个。”他说。后来企业改制重组，引进了新的生产线，他又从头学起，考取了多项高级焊接资格证书。",
    "在同事们眼里，赵建国是个“难题终结者”。有一年，高炉热风管道出现裂纹，如果停炉检修，损失将超过千万元。赵建国带着两名徒弟，在高温环境下连续作业十多个小时，硬是完成了带压焊补，保证了高炉正常生产。",
    "这些年，他先后带出了三十多名徒弟，其中有七人成长为技师。二〇二一年，集团以他的名字命名成立了技能大师工作室。工作室的墙上贴满了各种焊接工艺的总结，都是他一笔一画写下的。",
    "@@图为赵建国（右）向青年职工讲解焊接要领。",
    "再过几年，赵建国就要退休了。问他最大的心愿是什么，他想了想说，希望把手上的这点本事，都留给年轻人。",
]

E_DUSHUJIAO = [
    "走进金石钢铁集团轧钢厂的休息室，靠墙摆着两排书架，上面整齐地放着三百多本书，有技术手册，有文学作品，也有历史和科普读物。这就是职工们口中的“车间读书角”。",
    "读书角是去年春天建起来的。起初，书架上只有工会送来的几十本书，后来职工们纷纷把自家的书拿来，数量越来越多。每本书的扉页上都贴着一张小小的借阅卡，谁借了、什么时候还，写得清清楚楚。",
    "轧钢厂实行四班三倒，交接班前后常常有一段空闲时间。以前，大家不是看手机，就是坐着聊天。有了读书角以后，越来越多的人愿意拿起一本书翻一翻。操作工小孙说，他在这里读完了三本关于轧钢工艺的书，还用学到的知识提出了一条合理化建议，被厂里采纳了。",
    "读书角还办起了每月一次的读书分享会。职工们轮流上台，讲讲自己最近读了什么书，有什么收获。有一次，一位快退休的老师傅讲起了他年轻时读《钢铁是怎样炼成的》的经历，讲着讲着，眼圈红了，台下的年轻人听得格外认真。",
    "工会负责人介绍，今年计划在全集团推广这一做法，在各个生产单位建设二十个职工书屋，并开通电子阅读平台，让一线职工随时随地都能读书学习。",
    "一排书架，一盏台灯，在机器的轰鸣声中，为职工们留出了一方安静的天地。",
]

E_HUAIHUA = [
    "每年五月，北方小城的槐花就开了。",
    "我们家住的那条胡同里，有三棵老槐树，树干粗得两个孩子都合抱不过来。槐花开的时候，满树都是一串一串白色的花，风一吹，香气能飘出好几条街去。",
    "母亲最会做槐花饭。她让我爬上树去，用一根绑着铁钩的竹竿，把开得正好的花枝勾下来。她把槐花择干净，用清水洗过，拌上面粉，放在笼屉里蒸。出锅以后，浇上蒜汁和香油，那个味道，我到现在也忘不了。",
    "那几年日子过得紧，家里很少吃肉。槐花饭对我们来说，就是春天里最好的一顿饭。母亲总是把最多的一碗留给父亲，说他在厂里干的是力气活。父亲却总要拨一半给我和妹妹，说小孩子正长身体。",
    "胡同里的孩子们都爱槐树。我们在树下跳房子、弹玻璃球，夏天的晚上，大人们搬着小板凳坐在树下乘凉，摇着蒲扇讲古。我第一次听说牛郎织女的故事，就是在那棵最大的槐树底下。",
    "后来我离开小城去外地读书、工作，一晃就是十几年。前年回去，胡同已经拆了，盖起了一片新楼房。我找了很久，才在小区的花坛边上找到一棵槐树，不知道是不是当年那三棵中的一棵。",
    "那天正好是五月，槐花开得很盛。我站在树下，深深地吸了一口气，好像又闻到了母亲蒸槐花饭的香味。",
]

E_SHANCHENG = [
    "到山城的第一天，就下起了雨。",
    "山城的雨和别处不同。它不是一下子倾盆而下，而是细细密密的，像一张看不见的网，从早到晚罩在城市上空。走在街上，不打伞也不会淋得太湿，可过不了多久，头发和衣服就都潮乎乎的了。",
    "山城的街道是沿着山坡修的，高高低低，弯弯曲曲。下雨的时候，石阶上的水顺着台阶一级一级往下流，汇成一条条细小的溪流。路边的黄葛树被雨水洗得发亮，叶子绿得像要滴下来。",
    "我住的旅馆在半山腰，推开窗户，能看见江对岸的房子一层一层叠上去，隐没在雨雾里。江面上有轮渡慢慢驶过，汽笛声在雨中显得格外悠长。",
    "雨天最好的去处是茶馆。随便找一家走进去，竹椅、盖碗茶，一坐就是一个下午。邻桌的几位老人在下象棋，旁边围着一圈看客，谁走了一步好棋，大家就一起叫好。茶馆的老板拎着长嘴铜壶，在桌子之间穿来穿去，给客人续水。",
    "我在山城住了一个星期，雨几乎没有停过。离开的那天早晨，雨终于停了，太阳从云缝里透出来，整座城市像刚刚洗过一样干净。坐在开往火车站的公交车上，我竟有些舍不得。",
    "后来我去过很多城市，见过很多场雨，可总觉得，最好的雨，还是下在山城的那一场。",
]

E_DUCHUAN = [
    "我的父亲是一个摆渡人。",
    "我们村在河的东岸，学校、集市和乡政府都在西岸。那时候河上没有桥，来往全靠一条木船。父亲从二十多岁开始摆渡，一摆就是三十年。",
    "渡船不大，能坐十来个人。父亲站在船尾，用一根长长的竹篙撑船，一篙下去，船就往前滑出好远。河水平静的时候，过一趟河只要十几分钟；到了汛期，河水暴涨，水流又急又浑，父亲就得格外小心，有时候要绕很大一个弯才能靠岸。",
    "每天天不亮，父亲就去河边等着，第一班渡船要送赶早集的人和上学的孩子。我上小学的那几年，每天都坐父亲的船。别的孩子在船上说说笑笑，我却总是盯着父亲的背影看，看他一下一下地撑着篙，汗水把衣服湿透了一大片。",
    "摆渡的钱很少，一个人一趟五分钱，后来涨到两毛。遇到没带钱的老人和孩子，父亲从来不收。母亲有时候会埋怨几句，父亲就说，都是乡里乡亲的，谁还没有个难处。",
    "一九九五年，河上修起了一座水泥大桥。通车那天，全村人都去看热闹，父亲也去了。他站在桥头看了很久，回来以后一句话也没说，把渡船拖上岸，翻过来扣在了院子里。",
    "那条船后来一直放在那里，风吹日晒，慢慢地朽坏了。父亲去世那年，我把船板拆下来，做成了一张小桌子，放在书房里。每天坐在桌前写字，我总觉得，父亲还在那条河上，一篙一篙地撑着船。",
]

# ---------------------------------------------------------------------------
# Furniture pools
# ---------------------------------------------------------------------------

S_PLACES = ["城东", "城西", "南塘", "北溪", "青溪", "望川", "桂花村", "石岭镇", "河湾",
            "柳林", "枫桥", "白沙", "松岗", "龙门", "清水", "东坪", "下湾"]
S_TOPICS = ["社区食堂开张", "老旧小区改造启动", "秋季运动会举行", "职工技能比武落幕",
            "乡村图书室投用", "春耕备耕有序推进", "志愿服务队走进敬老院", "河道清淤工程完工",
            "非遗传承人进校园", "夜市经济焕发活力", "青年创业沙龙举办", "文明实践站揭牌",
            "教师读书分享会举行", "安全生产月活动开展", "老年大学新学期开课", "农产品展销会开幕",
            "乡村振兴讲堂开讲", "城市书房延长开放时间"]
S_SOE = ["召开一季度经济活动分析会", "开展安全生产大检查", "举办青年职工技能竞赛",
         "完成高炉大修工程", "签订节能降耗责任书", "开展质量月活动", "召开职代会",
         "冷轧产线实现达产", "举办新员工入职培训", "开展“师带徒”结对仪式",
         "获评省级绿色工厂", "举行安全知识竞赛", "推进数字化转型工作", "召开党风廉政建设会议",
         "成功研发新型耐候钢"]
S_SUMS = ["活动现场气氛热烈，参与群众纷纷表示收获很大。", "据了解，该项目总投资约一千二百万元，预计年底前完工。",
          "下一步，相关部门将继续做好跟踪服务，确保各项措施落到实处。", "此次活动共吸引了三百余人参加。",
          "会议总结了前一阶段的工作，部署了下一阶段的重点任务。", "不少居民表示，家门口的变化看得见、摸得着。",
          "近年来，当地坚持问题导向，持续改善群众生产生活条件。", "与会人员围绕发展中遇到的难点问题进行了深入交流。",
          "该负责人表示，将把好事办实、把实事办好。", "活动期间还开展了政策宣传和现场咨询。",
          "据统计，今年以来已累计完成投资四亿元。", "现场还设置了互动体验区，吸引了不少孩子驻足。",
          "参赛选手来自基层一线的各个岗位。", "整个过程井然有序，受到了各方好评。"]

T_PLACES = ["城關鎮", "鳳溪", "白石鄉", "下洋鎮", "溪口村", "東坑", "龍潭", "新橋", "上坪", "石門", "雲山"]
T_TOPICS = ["召開安全生產工作會議", "舉辦農民豐收節活動", "老舊小區改造全面啟動", "開展防汛應急演練",
            "新建鄉村圖書室投入使用", "柑橘喜獲豐收", "舉行重點項目集中開工儀式", "開展義診進社區活動",
            "召開優化營商環境座談會", "舉辦青年人才招聘會", "推進垃圾分類工作", "開展非遺文化進校園活動",
            "舉辦全民健身運動會", "完成河道清淤整治", "舉行退役軍人座談會", "茶園迎來採摘季"]
T_SUMS = ["活動現場氣氛熱烈，參與群眾紛紛表示收穫很大。", "據了解，該項目總投資約一千二百萬元，預計年底前完工。",
          "下一步，相關部門將繼續做好跟蹤服務，確保各項措施落到實處。", "此次活動共吸引了三百餘人參加。",
          "會議總結了前一階段的工作，部署了下一階段的重點任務。", "不少居民表示，家門口的變化看得見、摸得著。",
          "近年來，當地堅持問題導向，持續改善群眾生產生活條件。", "與會人員圍繞發展中遇到的難點問題進行了深入交流。",
          "活動期間還開展了政策宣傳和現場諮詢。", "據統計，今年以來已累計完成投資四億元。"]

LIT_TITLES = ["冬夜读信", "祖母的针线筐", "远去的汽笛", "小镇的黄昏", "一棵柿子树", "北窗", "旧书摊",
              "雪落无声", "那年的露天电影", "炊烟", "故乡的桥", "麦收时节", "老屋的门槛", "灯下",
              "走过那片白杨林", "春水", "夏夜的萤火", "石板路", "外公的烟斗", "站台", "河边的芦苇",
              "母亲的手擀面", "山那边", "一封没有寄出的信", "腊月", "蝉声", "阁楼", "渡口", "晒秋",
              "旧照片", "月光下的打谷场", "南方的冬天", "草帽", "檐下听雨"]
LIT_SUMS = ["那些年的日子虽然清苦，却总有一些温暖的片段让人记到今天。", "作者用平实的笔调，写出了一代人对故乡的眷恋。",
            "时间带走了很多东西，却带不走记忆里的那一缕炊烟。", "文字里有风，有雨，也有一个少年慢慢长大的背影。",
            "这是一篇写给母亲的文章，读来令人动容。", "小城的街巷、老人的絮语，都在作者笔下一一复活。",
            "一件旧物，牵出了一段尘封多年的往事。", "在远行与归来之间，作者找到了自己与土地的联系。"]


def titles(r, places, topics, n, extra=()):
    pool = [p + t for p in places for t in topics] + list(extra)
    r.shuffle(pool)
    return pool[:n]


def rdate(r, y0, y1, fmt="{y}-{m:02d}-{d:02d}"):
    return fmt.format(y=r.randint(y0, y1), m=r.randint(1, 12), d=r.randint(1, 28))


def summ(r, pool, k=2):
    return "".join(r.sample(pool, k))


def sitemap(groups, base, cls="sitemap"):
    o = [f"<div class=\"{cls}\">"]
    for gi, (g, subs) in enumerate(groups):
        o.append(f"<dl><dt><a href=\"{base}/{gi:02d}/\">{g}</a></dt>")
        for si, t in enumerate(subs):
            o.append(f"<dd><a href=\"{base}/{gi:02d}/{si:02d}/\">{t}</a></dd>")
        o.append("</dl>")
    o.append("</div>\n")
    return "".join(o)


def wrap(p, width, indent="　　"):
    lines, s = [], indent + p
    while s:
        lines.append(s[:width])
        s = s[width:]
    return lines


CSS_GENERIC = """
*{margin:0;padding:0}body{font:14px/1.8 "Microsoft YaHei",SimSun,sans-serif;color:#333;background:#f5f5f5}
a{color:#333;text-decoration:none}a:hover{color:#c00}ul,li{list-style:none}.clearfix:after{content:"";display:block;clear:both}
.w1200{width:1200px;margin:0 auto}.fl{float:left}.fr{float:right}.hide{display:none}
"""

# ===========================================================================
# Site 1: duwendang — document-sharing site (读文档)
# ===========================================================================

DW_HOST = "https://www.duwendang.com"
DW_CATS = ["首页", "教育专区", "高等教育", "行业资料", "党团工作", "实用文档", "工作总结", "心得体会",
           "范文大全", "论文", "考试资料", "PPT模板", "资格考试", "文学作品", "生活休闲", "VIP专区"]
DW_DOCS = ["国企改革三年行动心得体会", "混合所有制改革实施方案（模板）", "关于深化国有企业改革的调研报告",
           "国有企业薪酬制度改革研究", "经理层成员任期制和契约化管理工作方案", "乡村教师支教工作总结",
           "我的教育故事演讲稿", "班主任工作心得体会", "乡土散文精选二十篇", "家乡的变化作文",
           "国有资产监督管理办法解读", "员工持股计划管理办法", "三项制度改革工作总结", "企业文化建设方案",
           "新入职教师培训心得", "师德师风学习心得", "写给母校的一封信", "关于家乡河流治理的调查报告",
           "乡村振兴战略学习体会", "中层干部竞聘演讲稿", "国企党建与生产经营深度融合的思考",
           "职工代表大会工作报告", "记忆中的老街（散文）", "优秀教师事迹材料", "企业年度工作计划",
           "绩效考核管理制度", "初中语文教学反思", "秋天的散文（精选）", "国企改革政策汇编",
           "学校安全工作总结", "劳动模范先进事迹", "关于人才激励机制的思考", "小学语文教案全册"]


def dw_head(title):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n"
            f"<title>{e(title)} - 读文档</title>\n"
            f"<meta name=\"keywords\" content=\"{e(title)},文档,范文,下载\">\n"
            f"<meta name=\"description\" content=\"{e(title)}，读文档网在线阅读与下载。\">\n"
            "<link rel=\"stylesheet\" href=\"https://static.duwendang.com/css/reader.8a1c2.css\">\n"
            "<style>" + CSS_GENERIC + ".reader-page{background:#fff;width:820px;margin:12px auto;padding:60px 70px;box-shadow:0 1px 4px #ccc}"
            ".reader-word-layer{font-size:16px;line-height:28px;white-space:pre}.vip-tag{background:#f60;color:#fff;font-size:12px;padding:0 4px}"
            "</style>\n"
            "<script>var _hmt=_hmt||[];(function(){var hm=document.createElement('script');hm.src='https://hm.duwendang.com/hm.js?3f9c';"
            "var s=document.getElementsByTagName('script')[0];s.parentNode.insertBefore(hm,s);})();</script>\n</head>\n")


def dw_top(r):
    out = ["<body>\n<div class=\"top-bar\"><div class=\"w1200 clearfix\"><div class=\"fl\">"
           "<a href=\"/\">读文档首页</a><span>|</span><a href=\"/app\">客户端下载</a><span>|</span>"
           "<a href=\"/help\">帮助中心</a></div><div class=\"fr\"><a href=\"/login\">登录</a><a href=\"/reg\">注册</a>"
           "<a class=\"vip\" href=\"/vip\">开通VIP</a><a href=\"/upload\">上传文档</a><a href=\"/ucenter\">个人中心</a></div></div></div>\n"]
    out.append("<div class=\"header w1200 clearfix\"><a class=\"logo fl\" href=\"/\"><img src=\"https://static.duwendang.com/img/logo.png\" alt=\"读文档\"></a>"
               "<form class=\"search fl\" action=\"/search\"><input name=\"word\" placeholder=\"搜索海量文档\"><button type=\"submit\">搜索</button></form>"
               "<div class=\"hot-words fl\">热搜：")
    for w in ["工作总结", "心得体会", "述职报告", "国企改革", "教案", "作文"]:
        out.append(f"<a href=\"/search?word={urllib.parse.quote(w)}\">{w}</a>")
    out.append("</div></div>\n<div class=\"nav\"><ul class=\"w1200 clearfix\">")
    for i, c in enumerate(DW_CATS):
        out.append(f"<li><a href=\"/c/{i + 100}/\">{c}</a></li>")
    out.append("</ul></div>\n")
    subs = ["工作总结", "心得体会", "述职报告", "调研报告", "实施方案", "演讲稿", "讲话稿", "教案", "论文", "试题", "课件", "合同", "散文", "作文"]
    groups = [(c, [subs[(i * 3 + j) % len(subs)] for j in range(5)]) for i, c in enumerate(DW_CATS[1:13])]
    out.append(sitemap(groups, "/c", "cat-menu hide w1200"))
    return "".join(out)


def dw_foot():
    hot = DW_DOCS[::-1]
    out = ["<div class=\"hot-all w1200\"><h3>大家都在看</h3><ul>"]
    for i, t in enumerate(hot[:30]):
        out.append(f"<li><a href=\"/p-{hn(t) * 7 % 10 ** 10}.html\">{t}</a><span>{hn(t) % 40 + 2}页</span></li>")
    out.append("</ul></div>\n<div class=\"footer\"><div class=\"w1200\"><div class=\"links\">")
    for t in ["关于我们", "联系我们", "用户协议", "隐私政策", "版权声明", "侵权投诉", "加入我们", "帮助中心", "网站地图", "VIP会员协议"]:
        out.append(f"<a href=\"/about/{len(out)}\">{t}</a>")
    out.append("</div><p>本站所有文档均由用户上传，仅供学习交流，如有侵权请联系删除。</p>"
               "<p>Copyright © 2015-2024 duwendang.com 杭州读文档网络科技有限公司 版权所有</p>"
               "<p><a href=\"https://beian.miit.gov.cn/\">浙ICP备18033712号-2</a> <img src=\"/img/ga.png\" alt=\"\">浙公网安备 33010602011377号</p>"
               "</div></div>\n<div class=\"fix-tools\"><a href=\"#\">返回顶部</a><a href=\"/feedback\">意见反馈</a><a href=\"/kf\">在线客服</a></div>\n")
    return "".join(out)


def dw_doc_page(n, title, ext, pid, uploader, updated, pages, layer, essay_gold, author, width):
    stem = f"p-duwendang-{n}"
    r = rng(stem)
    url = f"{DW_HOST}/p-{pid}.html"
    o = [dw_head(title + ext), dw_top(r)]
    o.append("<div class=\"crumbs w1200\"><a href=\"/\">读文档</a> &gt; <a href=\"/c/103/\">行业资料</a> &gt; "
             f"<a href=\"/c/103/qygl/\">{'企业管理' if n == 1 else '文学作品'}</a> &gt; <span>{e(title)}</span></div>\n")
    o.append("<div class=\"main w1200 clearfix\"><div class=\"doc-main fl\">\n")
    o.append(f"<div class=\"doc-title\"><i class=\"icon-{ext[1:]}\"></i><h1>{e(title)}<span class=\"ext\">{ext}</span></h1>"
             "<span class=\"vip-tag\">VIP</span></div>\n")
    o.append(f"<div class=\"doc-info\"><span class=\"uploader\">上传者：<a href=\"/u/{hn((uploader)) % 1000000}\">{e(uploader)}</a></span>"
             f"<span class=\"time\">{updated} 上传</span><span>{pages}页</span><span>{r.randint(1200, 38000)}次浏览</span>"
             f"<span>{r.randint(20, 900)}次下载</span><span class=\"score\">评分 {r.choice(['4.5', '4.7', '4.8', '4.2'])}</span>"
             "<span>下载券：2</span></div>\n")
    o.append("<div class=\"vip-notice\"><ul><li>VIP专享文档，开通VIP可免费下载全文</li><li>非VIP用户需消耗 2 下载券</li>"
             "<li>文档格式可编辑，下载后可直接使用</li><li>如需代写或定制，请联系客服</li></ul>"
             "<a class=\"btn-vip\" href=\"/vip?from=doc\">开通VIP 免费下载</a><a class=\"btn-down\" href=\"/down/" + pid + "\">立即下载</a></div>\n")
    o.append("<div class=\"reader-container\" id=\"reader-container\">\n")
    pg = 1
    o.append(f"<div class=\"reader-page\" data-page-no=\"{pg}\">\n")
    top = 60
    for item in layer:
        if item == "<PAGE>":
            pg += 1
            o.append(f"</div>\n<div class=\"page-count\">第 {pg - 1} 页 / 共 {pages} 页</div>\n<div class=\"reader-page\" data-page-no=\"{pg}\">\n")
            top = 60
            continue
        o.append(f"<p class=\"reader-word-layer\" style=\"top:{top}px;left:70px;\">{e(item)}</p>\n")
        top += 28
    o.append(f"</div>\n<div class=\"page-count\">第 {pg} 页 / 共 {pages} 页</div>\n")
    o.append(f"<div class=\"read-more\"><p>剩余 {pages - pg} 页未读，<a href=\"/vip?from=more\">开通VIP继续阅读</a></p>"
             "<p class=\"tip\">本文档由用户上传，内容仅供参考，如有侵权请联系删除。</p></div>\n</div>\n")
    o.append("<div class=\"doc-tools\"><a href=\"#\">收藏</a><a href=\"#\">分享</a><a href=\"#\">举报</a><a href=\"#\">打印</a>"
             "<a href=\"#\">全屏阅读</a></div>\n")
    o.append("<div class=\"doc-comment\"><h3>文档评论（" + str(r.randint(3, 9)) + "）</h3><ul>")
    for u, c in [("用户7731", "写得很实在，借鉴一下，谢谢分享。"), ("夏天的风2019", "格式很规范，可以直接用。"),
                 ("静水流深", "内容不错，就是下载券有点贵。"), ("wk_0921", "收藏了，感谢上传者。")]:
        o.append(f"<li><img src=\"/img/avatar.png\" alt=\"\"><a href=\"/u/{r.randint(10000, 99999)}\">{u}</a><p>{c}</p>"
                 f"<span>{rdate(r, 2021, 2024)}</span><a href=\"#\">回复</a><a href=\"#\">赞</a></li>")
    o.append("</ul></div>\n")
    o.append("<div class=\"related-docs\"><h3>相关文档</h3><ul class=\"clearfix\">")
    for t in r.sample(DW_DOCS, 24):
        o.append(f"<li><i class=\"icon-{r.choice(['doc', 'docx', 'pdf', 'ppt'])}\"></i><a href=\"/p-{r.randint(10 ** 9, 10 ** 10)}.html\">{t}</a>"
                 f"<span>{r.randint(2, 40)}页</span><span class=\"vip-tag\">VIP</span><span>{r.randint(100, 9000)}人阅读</span></li>")
    o.append("</ul></div>\n<div class=\"guess\"><h3>猜你喜欢</h3><ul>")
    for t in r.sample(DW_DOCS, 12):
        o.append(f"<li><a href=\"/p-{r.randint(10 ** 9, 10 ** 10)}.html\"><img src=\"https://img.duwendang.com/thumb/{r.randint(1000, 9999)}.jpg\" alt=\"\"><p>{t}</p></a></li>")
    o.append("</ul></div>\n</div>\n<div class=\"doc-side fr\">\n")
    o.append(f"<div class=\"uploader-card\"><img src=\"/img/avatar.png\" alt=\"\"><h4><a href=\"/u/home\">{e(uploader)}</a></h4>"
             f"<p>文档数：{r.randint(300, 3000)}　粉丝：{r.randint(20, 900)}　获赞：{r.randint(100, 9000)}</p>"
             "<p>认证：<span>文库达人</span></p><p class=\"intro\">专注分享各类实用文档，欢迎关注。</p>"
             "<a class=\"follow\" href=\"#\">+关注</a><a href=\"#\">TA的文档</a></div>\n")
    o.append("<div class=\"side-box\"><h3>该用户的其他文档</h3><ul>")
    for t in r.sample(DW_DOCS, 10):
        o.append(f"<li><a href=\"/p-{r.randint(10 ** 9, 10 ** 10)}.html\">{t}</a><span>{r.randint(2, 30)}页</span></li>")
    o.append("</ul></div>\n<div class=\"side-box\"><h3>热门文档</h3><ol>")
    for t in r.sample(DW_DOCS, 15):
        o.append(f"<li><em>{r.randint(1, 99)}</em><a href=\"/p-{r.randint(10 ** 9, 10 ** 10)}.html\">{t}</a></li>")
    o.append("</ol></div>\n<div class=\"side-ad\"><a href=\"/vip?from=side\"><img src=\"https://img.duwendang.com/ad/vip_300x250.jpg\" alt=\"开通VIP\"></a></div>\n")
    o.append("<div class=\"side-box\"><h3>精选专题</h3><ul>")
    for t in ["国企改革专题", "教师节专题", "乡村振兴专题", "散文精选专题", "工作总结大全", "心得体会大全", "演讲稿大全", "述职报告大全"]:
        o.append(f"<li><a href=\"/zt/{r.randint(100, 999)}\">{t}</a></li>")
    o.append("</ul></div>\n</div></div>\n")
    o.append(dw_foot())
    o.append("<script>window.__DOC__={\"docId\":\"" + pid + "\",\"title\":" + json.dumps(title, ensure_ascii=False) +
             ",\"ext\":\"" + ext[1:] + "\",\"pageCount\":" + str(pages) + ",\"freePage\":" + str(pg) +
             ",\"isVip\":1,\"price\":2,\"uid\":\"" + str(r.randint(10 ** 6, 10 ** 7)) + "\"};</script>\n"
             "<script src=\"https://static.duwendang.com/js/reader.3b7e1.js\"></script>\n</body>\n</html>\n")
    return stem, url, "".join(o)


def site_duwendang():
    # 1: docx, hard-wrapped, author inside the document
    layer = ["浅谈国有企业混合所有制改革中的人才激励", "韩立群", "（青州市国有资本投资运营有限公司）",
             "摘要：本文结合基层调研，分析了混改企业在人才激励方面存在的问题，", "并提出了相应的对策建议。",
             "关键词：国有企业；混合所有制改革；人才激励", ""]
    for i, p in enumerate(E_RENCAI):
        if i == 4:
            layer.append("<PAGE>")
        if p.startswith("##"):
            layer.append(p[2:])
        else:
            layer += wrap(p, 33)
    stem, url, doc = dw_doc_page(1, "浅谈国有企业混合所有制改革中的人才激励", ".docx", "6a1f3c0e9b2d",
                                 "wk_8812", "2021-06-18", 6, layer, None, "韩立群", 33)
    save(stem, ".html", doc, "utf-8", "utf-8", url, "浅谈国有企业混合所有制改革中的人才激励", "韩立群",
         "2021-06-18", plain(E_RENCAI), shown=["2021-06-18"])
    # 2: pdf, hard-wrapped, no author (only the uploader)
    layer = ["我的乡村教学记忆", ""]
    for i, p in enumerate(E_XIANGCUN):
        if i == 3:
            layer.append("<PAGE>")
        layer += wrap(p, 31)
    stem, url, doc = dw_doc_page(2, "我的乡村教学记忆", ".pdf", "0d77e21b5a40", "雨后青山2018", "2020-09-10", 3,
                                 layer, None, "", 31)
    save(stem, ".html", doc, "utf-8", "utf-8", url, "我的乡村教学记忆", "", "2020-09-10", plain(E_XIANGCUN),
         shown=["2020-09-10"])
    # 4: docx with 文/ line
    layer = ["家乡的小河", "文/苏晓岚", ""]
    for i, p in enumerate(E_XIAOHE):
        if i == 3:
            layer.append("<PAGE>")
        layer += wrap(p, 35)
    stem, url, doc = dw_doc_page(4, "家乡的小河", ".docx", "c4e90a2f71d8", "教研资料库", "2022-03-27", 2,
                                 layer, None, "苏晓岚", 35)
    save(stem, ".html", doc, "utf-8", "utf-8", url, "家乡的小河", "苏晓岚", "2022-03-27", plain(E_XIAOHE),
         shown=["2022-03-27"])
    # 3: search results (listing), no HTTP charset
    stem = "p-duwendang-3"
    r = rng(stem)
    q = "国企改革 心得"
    url = f"{DW_HOST}/search?word={urllib.parse.quote(q)}&pn=1"
    o = [dw_head(q + " - 搜索结果"), dw_top(r)]
    o.append("<div class=\"search-main w1200 clearfix\"><div class=\"fl result-box\">")
    o.append("<div class=\"filter\"><span>格式：</span><a class=\"on\" href=\"#\">全部</a><a href=\"#\">DOC</a><a href=\"#\">PDF</a>"
             "<a href=\"#\">PPT</a><a href=\"#\">TXT</a><span>页数：</span><a href=\"#\">1-5页</a><a href=\"#\">6-20页</a><a href=\"#\">20页以上</a>"
             "<span>排序：</span><a href=\"#\">相关度</a><a href=\"#\">最新</a><a href=\"#\">下载量</a></div>")
    o.append(f"<p class=\"count\">为您找到相关结果约 {r.randint(20000, 90000)} 个</p><ul class=\"result-list\">")
    for t in r.sample(DW_DOCS, 20):
        t2 = t.replace("国企", "<em>国企</em>").replace("改革", "<em>改革</em>").replace("心得", "<em>心得</em>")
        o.append(f"<li><h3><i class=\"icon-{r.choice(['doc', 'pdf', 'docx'])}\"></i><a href=\"/p-{r.randint(10 ** 9, 10 ** 10)}.html\">{t2}</a></h3>"
                 f"<p class=\"abs\">{summ(r, S_SUMS)}</p><p class=\"meta\"><span>{r.randint(2, 40)}页</span><span>{rdate(r, 2019, 2024)}</span>"
                 f"<span>上传者：<a href=\"/u/{r.randint(1000, 9999)}\">wk_{r.randint(1000, 9999)}</a></span><span>{r.randint(50, 9000)}人阅读</span>"
                 "<span class=\"vip-tag\">VIP</span></p></li>")
    o.append("</ul><div class=\"pager\"><span class=\"cur\">1</span>")
    for i in range(2, 11):
        o.append(f"<a href=\"/search?word={urllib.parse.quote(q)}&pn={i}\">{i}</a>")
    o.append("<a href=\"#\">下一页</a></div></div><div class=\"fr search-side\"><div class=\"side-box\"><h3>相关搜索</h3><ul>")
    for w in ["国企改革心得体会", "国企改革三年行动总结", "混改心得", "国企改革学习体会", "深化改革心得", "国企改革演讲稿",
              "三项制度改革心得", "国企党建心得"]:
        o.append(f"<li><a href=\"/search?word={urllib.parse.quote(w)}\">{w}</a></li>")
    o.append("</ul></div><div class=\"side-box\"><h3>热门文档</h3><ol>")
    for t in r.sample(DW_DOCS, 15):
        o.append(f"<li><a href=\"/p-{r.randint(10 ** 9, 10 ** 10)}.html\">{t}</a></li>")
    o.append("</ol></div></div></div>\n")
    o.append(dw_foot() + "</body>\n</html>\n")
    save(stem, ".html", "".join(o), "utf-8", "", url, "", "", "", [], kind="listing")


# ===========================================================================
# Site 2: mpweixin — WeChat official-account articles
# ===========================================================================

WX_CSS = ("body{margin:0;background:#fff;-webkit-text-size-adjust:100%}.rich_media_area_primary{padding:20px 16px 12px;max-width:677px;margin:0 auto}"
          ".rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px}.rich_media_meta{display:inline-block;margin:0 10px 10px 0;color:rgba(0,0,0,.3)}"
          ".rich_media_meta_nickname a{color:#576b95}.rich_media_content{overflow:hidden;color:rgba(0,0,0,.9);font-size:17px}"
          "#js_pc_qr_code{display:none}.weui-dialog{display:none}")


def wx_script(r, title, desc, nick, ct):
    big = {"appmsg_type": 9, "msg_link": "http://mp.weixin.qq.com/s?__biz=" + "MzI" + str(r.randint(10 ** 9, 10 ** 10)),
           "related_tags": [{"tag": t, "id": r.randint(1000, 9999)} for t in ["生活", "记忆", "教育", "县城", "家乡"]],
           "reward": {"total": r.randint(0, 60), "avatars": ["http://wx.qlogo.cn/mmopen/" + hashlib.md5(str(i).encode()).hexdigest() for i in range(20)]}}
    return ("<script nonce=\"" + str(r.randint(10 ** 8, 10 ** 9)) + "\">\nvar biz = \"MzI1NjA4ODk0Mg==\" || \"\";\nvar sn = \"" +
            hashlib.md5(title.encode()).hexdigest() + "\" || \"\";\nvar mid = \"" + str(r.randint(10 ** 9, 10 ** 10)) + "\" || \"\";\nvar idx = \"1\";\n"
            "var msg_title = '" + title + "'.html(false);\nvar msg_desc = htmlDecode(\"" + desc + "\");\nvar nickname = htmlDecode(\"" + nick + "\");\n"
            "var ct = \"" + str(ct) + "\";\nvar user_name = \"gh_" + hashlib.md5(nick.encode()).hexdigest()[:12] + "\";\n"
            "var round_head_img = \"http://mmbiz.qpic.cn/mmbiz_png/" + hashlib.sha1(nick.encode()).hexdigest() + "/0?wx_fmt=png\";\n"
            "var msg_cdn_url = \"http://mmbiz.qpic.cn/mmbiz_jpg/" + hashlib.sha1(title.encode()).hexdigest() + "/0?wx_fmt=jpeg\";\n"
            "window.__appmsg_ext__ = " + json.dumps(big, ensure_ascii=False) + ";\n"
            "function htmlDecode(str){return str.replace(/&#39;/g,\"'\").replace(/<br\\/>/g,\"\\n\").replace(/&quot;/g,'\"');}\n</script>\n")


def wx_page(n, title, nick, author, shown, ct, paras, desc, is_original, slug):
    stem = f"p-mpweixin-{n}"
    r = rng(stem)
    url = f"https://mp.weixin.qq.com/s/{slug}"
    o = ["<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover\">\n"
         f"<meta property=\"og:title\" content=\"{e(title)}\">\n<meta property=\"og:url\" content=\"{url}\">\n"
         f"<meta property=\"og:description\" content=\"{e(desc)}\">\n<meta property=\"og:site_name\" content=\"微信公众平台\">\n"
         f"<meta name=\"author\" content=\"{e(author)}\">\n<title>{e(title)}</title>\n<style>{WX_CSS}</style>\n"
         "<link rel=\"stylesheet\" href=\"//res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/assets/appmsg.6d3b2f.css\">\n"
         "<script>var __INLINE_SCRIPT__=1;window.logs={pagetime:{page_begin:Date.now()}};</script>\n</head>\n"
         "<body id=\"activity-detail\" class=\"zh_CN wx_wap_page mm_appmsg comment_feature discuss_tab appmsg_style_default\">\n"
         "<div id=\"js_article\" class=\"rich_media\"><div id=\"js_top_ad_area\" class=\"top_banner\"></div>\n"
         "<div class=\"rich_media_inner\"><div id=\"page-content\" class=\"rich_media_area_primary\"><div class=\"rich_media_area_primary_inner\">\n"]
    o.append(wx_script(r, title, desc, nick, ct))
    o.append(f"<h1 class=\"rich_media_title\" id=\"activity-name\">\n{e(title)}\n</h1>\n")
    o.append("<div id=\"meta_content\" class=\"rich_media_meta_list\">")
    if is_original:
        o.append("<span id=\"copyright_logo\" class=\"wx_tap_link js_wx_tap_highlight rich_media_meta icon_appmsg_tag appmsg_title_tag weui-wa-hotarea\">原创</span>")
    if author:
        o.append(f"<span class=\"rich_media_meta rich_media_meta_text\">{e(author)}</span>")
    o.append(f"<span class=\"rich_media_meta rich_media_meta_nickname\" id=\"profileBt\"><a href=\"javascript:void(0);\" class=\"wx_tap_link js_wx_tap_highlight weui-wa-hotarea\" id=\"js_name\">{e(nick)}</a>"
             "<div id=\"js_profile_qrcode\" class=\"profile_container\" style=\"display:none;\"><div class=\"profile_inner\">"
             f"<strong class=\"profile_nickname\">{e(nick)}</strong><img class=\"profile_avatar\" id=\"js_profile_qrcode_img\" src=\"\" alt=\"\">"
             "<p class=\"profile_meta\"><label class=\"profile_meta_label\">微信号</label><span class=\"profile_meta_value\">" +
             "gh_" + hashlib.md5(nick.encode()).hexdigest()[:12] + "</span></p><p class=\"profile_meta\"><label class=\"profile_meta_label\">功能介绍</label>"
             "<span class=\"profile_meta_value\">记录身边的人和事，讲述普通人的故事。</span></p></div></div></span>")
    o.append(f"<span class=\"rich_media_meta rich_media_meta_text\"><em id=\"publish_time\" class=\"rich_media_meta rich_media_meta_text\">{shown}</em></span>"
             f"<em id=\"js_ip_wording_wrp\" class=\"rich_media_meta rich_media_meta_text\"><span id=\"js_ip_wording\">{r.choice(['浙江', '江西', '湖南', '四川'])}</span></em></div>\n")
    o.append("<div class=\"rich_media_content js_underline_content autoTypeSetting24psection\" id=\"js_content\" style=\"visibility: visible;\">\n"
             "<section style=\"margin:0 8px;\"><section style=\"text-align:center;\"><img class=\"rich_pages wxw-img\" data-ratio=\"0.5625\" "
             "data-src=\"https://mmbiz.qpic.cn/mmbiz_jpg/" + hashlib.md5(slug.encode()).hexdigest() + "/640?wx_fmt=jpeg\" data-type=\"jpeg\" data-w=\"1080\" style=\"width:100%;\"></section>\n")
    colors = ["rgb(62, 62, 62)", "rgb(51, 51, 51)", "rgba(0, 0, 0, 0.9)"]
    for p in paras:
        if p.startswith("##"):
            o.append("<section style=\"margin:24px 0 12px;border-left:4px solid rgb(0, 128, 96);padding-left:10px;\"><p><strong>"
                     f"<span style=\"font-size:17px;color:rgb(0, 128, 96);\">{e(p[2:])}</span></strong></p></section>\n")
        elif p.startswith("@@"):
            o.append("<section style=\"text-align:center;margin:12px 0;\"><img class=\"rich_pages wxw-img\" data-ratio=\"0.75\" data-src=\"https://mmbiz.qpic.cn/mmbiz_jpg/" +
                     hashlib.md5(p.encode()).hexdigest() + "/640?wx_fmt=jpeg\" data-w=\"1080\"></section>"
                     f"<p style=\"text-align:center;\"><span style=\"font-size:13px;color:rgb(136, 136, 136);\">{e(p[2:])}</span></p>\n")
        else:
            cut = [0] + sorted(r.sample(range(5, max(6, len(p) - 5)), min(2, max(0, len(p) - 12)))) + [len(p)]
            spans = []
            for a, b in zip(cut, cut[1:]):
                seg = e(p[a:b])
                if r.random() < 0.25:
                    spans.append(f"<strong><span style=\"font-size:15px;color:rgb(0, 128, 96);letter-spacing:1px;\">{seg}</span></strong>")
                else:
                    spans.append(f"<span style=\"font-size:15px;color:{r.choice(colors)};letter-spacing:1px;\">{seg}</span>")
            o.append("<p style=\"margin-bottom:16px;line-height:1.75em;text-align:justify;\">" + "".join(spans) + "</p>\n")
    o.append("<p style=\"text-align:center;\"><span style=\"color:rgb(178, 178, 178);font-size:12px;\">— END —</span></p>\n"
             "<section style=\"text-align:center;\"><p><span style=\"font-size:14px;\">文字 | " + (e(author) if author else "小编") + "</span></p>"
             "<p><span style=\"font-size:14px;\">图片 | 网络（侵删）</span></p><p><span style=\"font-size:14px;\">编辑 | " + r.choice(["小溪", "阿禾", "木木"]) + "</span></p>"
             "<p><span style=\"font-size:14px;\">审核 | 陈默</span></p></section>\n"
             "<section style=\"text-align:center;\"><img class=\"rich_pages wxw-img\" data-src=\"https://mmbiz.qpic.cn/mmbiz_gif/qrcode/640?wx_fmt=gif\">"
             "<p><span style=\"font-size:13px;color:rgb(0, 128, 96);\">长按识别二维码 关注" + e(nick) + "</span></p>"
             "<p><span style=\"font-size:13px;\">点个“在看”，你最好看</span></p></section>\n</section>\n</div>\n")
    o.append("<div class=\"ct_mpda_wrp\" id=\"js_sponsor_ad_area\" style=\"display:none;\"></div>\n"
             f"<div id=\"js_read_original\" class=\"original_area_primary\"><a class=\"original_primary_link\" id=\"js_view_source\" href=\"https://mp.weixin.qq.com/s/{slug}?from=original\">阅读原文</a></div>\n"
             "<div class=\"reward_area tc\" id=\"js_preview_reward_author\"><p class=\"reward_tips\">喜欢作者</p><a class=\"reward_button\" href=\"#\">赞赏</a>"
             f"<p class=\"reward_user_tips\">{r.randint(2, 40)}人喜欢</p></div>\n"
             "<div id=\"js_tags\" class=\"article-tag__list\"><span class=\"article-tag__item\">#家乡</span><span class=\"article-tag__item\">#记忆</span>"
             f"<span class=\"article-tag__item\">#{e(nick)}原创</span></div>\n")
    o.append("<div class=\"rich_media_tool\" id=\"js_toobar3\"><div class=\"media_tool_meta\"><span id=\"js_read_area3\">阅读 "
             f"<span id=\"readNum3\">{r.randint(800, 30000)}</span></span></div>"
             f"<a class=\"media_tool_meta like_btn\" id=\"like3\"><span class=\"praise_num\" id=\"likeNum3\">{r.randint(10, 500)}</span>点赞</a>"
             f"<a class=\"media_tool_meta sns_opr_btn\" id=\"js_like_btn\">在看 <span>{r.randint(3, 120)}</span></a>"
             "<a class=\"media_tool_meta share_btn\" href=\"#\">分享</a><a href=\"#\">收藏</a></div>\n")
    o.append("<div class=\"function_mod js_related_area\" id=\"js_related_container\"><div class=\"mod_title_context\"><strong>喜欢此内容的人还喜欢</strong></div><ul>")
    for t in titles(r, S_PLACES, S_TOPICS, 10):
        o.append(f"<li class=\"relate_article_item\"><a href=\"https://mp.weixin.qq.com/s/{hashlib.md5(t.encode()).hexdigest()[:22]}\"><div class=\"relate_article_title\">{t}</div>"
                 f"<div class=\"relate_article_info\"><span>{e(nick)}</span><span>阅读 {r.randint(100, 9999)}</span></div>"
                 "<img class=\"relate_article_cover\" data-src=\"https://mmbiz.qpic.cn/mmbiz_jpg/x/300\"></a></li>")
    o.append("</ul></div>\n<div class=\"discuss_container\" id=\"js_cmt_area\"><div class=\"mod_title_context\"><strong>留言</strong>"
             "<a href=\"#\">写留言</a></div><ul class=\"discuss_list\" id=\"js_cmt_list\">")
    for nm, c in [("山间小路", "看完眼眶湿了，想起了自己的父亲。"), ("一颗橙子", "写得真好，很有画面感。"), ("老街坊", "这个地方我也去过，还是老样子。"),
                  ("Mia", "转给家里人看了。"), ("青禾", "期待更多这样的文章。"), ("守望", "平凡人的故事最动人。"), ("大川", "小编辛苦了！"),
                  ("晚风", "一口气读完了。"), ("木子", "好怀念那个年代。"), ("安然", "已转发朋友圈。"), ("石头", "文字很朴实，喜欢。"),
                  ("小鹿", "每期都在看。"), ("清欢", "看哭了。"), ("远方", "写出了我们这代人的心声。")]:
        o.append(f"<li class=\"js_comment_item discuss_item\"><div class=\"user_info\"><img class=\"avatar\" src=\"http://wx.qlogo.cn/mmopen/{r.randint(10 ** 6, 10 ** 7)}/96\">"
                 f"<strong class=\"nickname\">{nm}</strong><span class=\"discuss_ip\">{r.choice(['浙江', '江苏', '上海', '广东', '四川'])}</span></div>"
                 f"<div class=\"discuss_message\"><div class=\"discuss_message_content\">{c}</div></div>"
                 f"<div class=\"discuss_extra_info\"><span class=\"like_num\">{r.randint(1, 90)}</span><a href=\"#\" class=\"discuss_opr\">赞</a></div></li>")
    o.append("</ul></div>\n</div></div></div>\n")
    o.append("<div id=\"js_pc_qr_code\" class=\"qr_code_pc_outer\"><div class=\"qr_code_pc_inner\"><div class=\"qr_code_pc\">"
             "<img id=\"js_pc_qr_code_img\" class=\"qr_code_pc_img\" src=\"\"><p>微信扫一扫<br>关注该公众号</p></div></div></div>\n"
             "<div class=\"weui-dialog\" id=\"js_alert\"><div class=\"weui-dialog__bd\">轻点两下取消在看</div><div class=\"weui-dialog__ft\"><a href=\"#\">知道了</a></div></div>\n"
             "<div id=\"js_minipro_dialog\" style=\"display:none\"><p>微信扫一扫可打开此内容，使用完整服务</p></div>\n"
             "</div>\n<script src=\"//res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/appmsg/index.7a81a0.js\"></script>\n"
             "<script>var real_show_page_time=+new Date();if(!window.__second_open__){window.__report_time__=1;}</script>\n</body>\n</html>\n")
    return stem, url, "".join(o)


def site_mpweixin():
    stem, url, doc = wx_page(1, "在老厂区，听父亲讲那些年的改制", "青溪日常", "周敏", "2023-05-14 07:30", 1684020600,
                             E_LAOCHANG, "厂房拆了，水塔还在。", True, "Xq3vT0bKp9JmL2aR7cW1zA")
    save(stem, ".html", doc, "utf-8", "utf-8", url, "在老厂区，听父亲讲那些年的改制", "周敏", "2023-05-14",
         plain(E_LAOCHANG), shown=["2023-05-14 07:30"])
    stem, url, doc = wx_page(2, "县城早市，一碗豆花的温度", "望川生活", "", "2022年11月3日 06:45", 1667429100,
                             E_DOUHUA, "三块钱一碗，十多年没涨过价。", False, "Rk8dW2nYv5HsE0pQ4uB6gC")
    save(stem, ".html", doc, "utf-8", "utf-8", url, "县城早市，一碗豆花的温度", "", "2022-11-03",
         plain(E_DOUHUA), shown=["2022年11月3日 06:45"])
    stem, url, doc = wx_page(3, "一所乡村小学的十年", "南塘教育观察", "林书远", "2021-09-10 18:02", 1631268120,
                             E_XIAOXUE, "十年，就是孩子们的整个童年。", True, "Bn1cF7tZe3LwY9xJ5oM0sD")
    save(stem, ".html", doc, "utf-8", "utf-8", url, "一所乡村小学的十年", "林书远", "2021-09-10",
         plain(E_XIAOXUE), shown=["2021-09-10 18:02"])
    # 4: the account's message history (listing)
    stem = "p-mpweixin-4"
    r = rng(stem)
    url = "https://mp.weixin.qq.com/mp/profile_ext?action=home&__biz=MzI1NjA4ODk0Mg==&scene=124#wechat_redirect"
    o = ["<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width,initial-scale=1.0\">\n"
         "<title>青溪日常</title>\n<style>" + WX_CSS + ".msg_item{padding:12px 16px;border-bottom:1px solid #eee}</style>\n</head>\n<body class=\"zh_CN profile_ext\">\n"]
    o.append("<div class=\"profile_info_area\"><img class=\"profile_avatar\" src=\"http://wx.qlogo.cn/mmhead/qingxi/132\"><h2 class=\"profile_nickname\">青溪日常</h2>"
             "<p class=\"profile_desc\">记录身边的人和事，讲述普通人的故事。</p><p>" + str(r.randint(80, 300)) + "篇原创内容</p>"
             "<a class=\"btn_follow\" href=\"#\">关注公众号</a><a href=\"#\">发消息</a></div>\n"
             "<div class=\"profile_tab\"><a class=\"on\" href=\"#\">消息</a><a href=\"#\">服务</a><a href=\"#\">视频号</a></div>\n<div id=\"js_msg_list\">")
    msgs = titles(r, S_PLACES, S_TOPICS, 26, ["在老厂区，听父亲讲那些年的改制", "外婆的菜园", "老城墙根下的修鞋摊"])
    for i, t in enumerate(msgs):
        if i % 5 == 0:
            o.append(f"<div class=\"weui_msg_card_hd\">{rdate(r, 2022, 2023, '{y}年{m}月{d}日')}</div>")
        o.append(f"<div class=\"msg_item weui_media_box appmsg\"><span class=\"weui_media_hd\" style=\"background-image:url(https://mmbiz.qpic.cn/mmbiz_jpg/{i}/300)\"></span>"
                 f"<div class=\"weui_media_bd\"><h4 class=\"weui_media_title\"><a href=\"https://mp.weixin.qq.com/s/{hashlib.md5(t.encode()).hexdigest()[:22]}\">{e(t)}</a></h4>"
                 f"<p class=\"weui_media_desc\">{summ(r, S_SUMS, 1)}</p><p class=\"weui_media_extra_info\">原创 阅读 {r.randint(300, 9000)}</p></div></div>")
    o.append("</div>\n<div class=\"loadmore\"><a href=\"#\">加载更多</a></div><div class=\"tips\">已无更多</div>\n"
             "<script>var msgList = '" + json.dumps({"list": [{"title": t, "id": i} for i, t in enumerate(msgs)]}, ensure_ascii=False).replace("'", "\\'") + "';"
             "var can_msg_continue='1';var is_ok='1';</script>\n</body>\n</html>\n")
    save(stem, ".html", "".join(o), "utf-8", "utf-8", url, "", "", "", [], kind="listing")


# ===========================================================================
# Site 3: fengxixian — county news, Big5 gateway version (traditional script)
# ===========================================================================

FX_HOST = "http://big5.fxxww.cn/gate/big5/www.fxxww.cn"
FX_NAV = ["網站首頁", "時政要聞", "鳳溪新聞", "鄉鎮動態", "部門動態", "社會民生", "經濟發展", "文化教育", "圖片新聞",
          "視頻新聞", "專題專欄", "鳳溪文藝", "政務公開", "網上問政", "鳳溪旅遊", "電子報"]


def py_annotate(text_html, table):
    for ch, py in table.items():
        ent = "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in py)
        text_html = text_html.replace(ch, f"{ch}({ent})")
    return text_html


def fx_head(title, charset_meta="big5"):
    return ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
            "<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n"
            f"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset_meta}\" />\n"
            f"<title>{e(title)}_鳳溪新聞網</title>\n<meta name=\"keywords\" content=\"鳳溪,鳳溪新聞,鳳溪縣\" />\n"
            "<link href=\"/gate/big5/www.fxxww.cn/images/style.css\" rel=\"stylesheet\" type=\"text/css\" />\n"
            "<style>body{font-size:12px;font-family:PMingLiU,\"宋体\";background:#fff}.w{width:1000px;margin:0 auto}"
            ".content p{text-indent:2em;font-size:16px;line-height:30px}.py{font-size:10px;color:#888}</style>\n"
            "<script type=\"text/javascript\" src=\"/gate/big5/www.fxxww.cn/js/jquery-1.8.3.min.js\"></script>\n</head>\n")


def fx_top(r):
    o = ["<body>\n<div class=\"topbar w\"><span class=\"fl\">今天是：<script>document.write(new Date().toLocaleDateString());</script></span>"
         "<span class=\"fr\"><a href=\"http://www.fxxww.cn/\">簡體版</a> | <a href=\"#\">繁體版</a> | <a href=\"#\">無障礙瀏覽</a> | "
         "<a href=\"#\">設為首頁</a> | <a href=\"#\">加入收藏</a></span></div>\n"
         "<div class=\"banner w\"><img src=\"/gate/big5/www.fxxww.cn/images/banner.jpg\" alt=\"鳳溪新聞網\" /></div>\n<div class=\"nav w\"><ul>"]
    for i, t in enumerate(FX_NAV):
        o.append(f"<li><a href=\"{FX_HOST}/col{i:02d}/index.html\">{t}</a></li>")
    o.append("</ul></div>\n<div class=\"subnav w\"><ul>")
    for t in ["城關鎮", "下洋鎮", "白石鄉", "東坑鄉", "龍潭鎮", "新橋鎮", "上坪鄉", "石門鄉", "雲山鎮", "溪口鎮"]:
        o.append(f"<li><a href=\"{FX_HOST}/xz/{hn((t)) % 100}/\">{t}</a></li>")
    o.append("</ul><form class=\"search\" action=\"/search\"><input type=\"text\" name=\"q\" value=\"\" /><input type=\"submit\" value=\"搜索\" /></form></div>\n")
    return "".join(o)


def fx_side(r, heavy=False):
    o = ["<div class=\"right fr\">"]
    o.append("<div class=\"box\"><h3>熱點排行</h3><ol>")
    for t in titles(r, T_PLACES, T_TOPICS, 10):
        o.append(f"<li><a href=\"{FX_HOST}/fxxw/{rdate(r, 2021, 2022, '{y}{m:02d}')}/t{r.randint(10 ** 7, 10 ** 8)}.html\">{t}</a></li>")
    o.append("</ol></div>")
    o.append("<div class=\"box\"><h3>圖片新聞</h3><ul class=\"pic\">")
    for t in titles(r, T_PLACES, T_TOPICS, 6):
        o.append(f"<li><a href=\"{FX_HOST}/tpxw/t{r.randint(10 ** 7, 10 ** 8)}.html\"><img src=\"/gate/big5/www.fxxww.cn/pic/{r.randint(100, 999)}.jpg\" alt=\"\" /><span>{t}</span></a></li>")
    o.append("</ul></div>")
    o.append("<div class=\"box\"><h3>鄉鎮動態</h3><ul class=\"sum\">")
    for t in titles(r, T_PLACES[2:], T_TOPICS, 10):
        o.append(f"<li><a href=\"{FX_HOST}/xzdt/t{r.randint(10 ** 7, 10 ** 8)}.html\">{t}</a><p>{summ(r, T_SUMS, 1)}</p><span class=\"date\">{rdate(r, 2021, 2022)}</span></li>")
    o.append("</ul></div>")
    n_sum = 16 if heavy else 8
    o.append("<div class=\"box\"><h3>推薦閱讀</h3><ul class=\"sum\">")
    for t in titles(r, T_PLACES, T_TOPICS, n_sum):
        o.append(f"<li><h4><a href=\"{FX_HOST}/fxxw/t{r.randint(10 ** 7, 10 ** 8)}.html\">{t}</a></h4><p>{summ(r, T_SUMS, 3)}</p>"
                 f"<span class=\"date\">{rdate(r, 2021, 2022)}</span></li>")
    o.append("</ul></div>")
    o.append("<div class=\"box\"><h3>最新更新</h3><ul>")
    for t in titles(r, T_PLACES, T_TOPICS, 15):
        o.append(f"<li><a href=\"{FX_HOST}/fxxw/t{r.randint(10 ** 7, 10 ** 8)}.html\">{t}</a><span class=\"date\">{rdate(r, 2022, 2022, '{m:02d}-{d:02d}')}</span></li>")
    o.append("</ul></div>")
    o.append("<div class=\"box\"><h3>專題專欄</h3><ul>")
    for t in ["學習宣傳專題", "鄉村振興在鳳溪", "文明城市創建", "國企改革進行時", "優化營商環境", "平安鳳溪"]:
        o.append(f"<li><a href=\"{FX_HOST}/zt/{hn((t)) % 1000}/\"><img src=\"/gate/big5/www.fxxww.cn/zt/{len(t)}.jpg\" alt=\"{t}\" /></a></li>")
    o.append("</ul></div></div>\n")
    return "".join(o)


def fx_foot():
    tsubs = ["工作動態", "通知公告", "政策解讀", "圖片新聞", "視頻", "專題", "綜合", "數據發布"]
    groups = [(g, [tsubs[(i + j) % len(tsubs)] for j in range(6)]) for i, g in enumerate(FX_NAV[1:11])]
    o = [sitemap(groups, FX_HOST, "sitemap w"), "<div class=\"links w\"><h4>友情鏈接：</h4><select><option>縣直部門網站</option>"]
    for t in ["縣人民政府", "縣發改局", "縣教育局", "縣國資中心", "縣文旅局", "縣農業農村局", "縣衛健委", "縣交通運輸局"]:
        o.append(f"<option value=\"{hn((t)) % 1000}\">{t}</option>")
    o.append("</select></div>\n<div class=\"footer w\"><p><a href=\"#\">關於我們</a> | <a href=\"#\">聯繫我們</a> | <a href=\"#\">網站地圖</a> | "
             "<a href=\"#\">版權聲明</a></p><p>主辦：中共鳳溪縣委宣傳部　承辦：鳳溪縣融媒體中心</p>"
             "<p>版權所有：鳳溪新聞網　未經授權禁止轉載、摘編、複製或建立鏡像</p>"
             "<p><a href=\"https://beian.miit.gov.cn\">閩ICP備12004567號-1</a>　互聯網新聞信息服務許可證：35120190011</p>"
             "<p>舉報電話：0598-7321110　舉報郵箱：fxxww@163.com</p></div>\n"
             "<script type=\"text/javascript\">var _bdhmProtocol=((\"https:\"==document.location.protocol)?\" https://\":\" http://\");"
             "document.write(unescape(\"%3Cscript src='\"+_bdhmProtocol+\"hm.baidu.com/h.js%3F5d2a9f' type='text/javascript'%3E%3C/script%3E\"));</script>\n</body>\n</html>\n")
    return "".join(o)


def fx_article(n, title, paras, table, col, colname, src, author_line, editor, shown, hits, meta, sub=""):
    stem = f"p-fengxixian-{n}"
    r = rng(stem)
    ym = shown[:7].replace("-", "")
    url = f"{FX_HOST}/{col}/{ym}/t{shown[:10].replace('-', '')}_{r.randint(100000, 999999)}.html"
    o = [fx_head(title, meta), fx_top(r)]
    o.append(f"<div class=\"position w\">當前位置：<a href=\"{FX_HOST}/\">首頁</a> &gt;&gt; <a href=\"{FX_HOST}/{col}/\">{colname}</a> &gt;&gt; 正文</div>\n")
    o.append("<div class=\"main w\"><div class=\"left fl\">\n<div class=\"article\">")
    o.append(f"<h1 class=\"title\">{e(title)}</h1>")
    if sub:
        o.append(f"<h3 class=\"subtitle\">{e(sub)}</h3>")
    o.append(f"<div class=\"info\">來源：{src}　{author_line}　編輯：{editor}　發布時間：{shown}　點擊數：<span id=\"hits\">{hits}</span>"
             "<span class=\"font\">字號：<a href=\"#\">大</a> <a href=\"#\">中</a> <a href=\"#\">小</a></span></div>\n")
    o.append("<div class=\"content\" id=\"zoom\">\n<!--<$[信息內容]>begin-->\n")
    for p in paras:
        o.append("<p>" + py_annotate(e(p), table) + "</p>\n")
    o.append("<!--<$[信息內容]>end-->\n</div>\n")
    o.append(f"<div class=\"editor\">【責任編輯：{editor}】</div>\n")
    o.append("<div class=\"share\">分享到：<a href=\"#\" class=\"wx\">微信</a><a href=\"#\" class=\"wb\">新浪微博</a><a href=\"#\" class=\"qz\">QQ空間</a>"
             "<a href=\"#\">列印本頁</a><a href=\"javascript:window.close()\">關閉窗口</a></div>\n")
    o.append(f"<div class=\"prenext\"><p>上一篇：<a href=\"{FX_HOST}/{col}/t1.html\">{titles(r, T_PLACES, T_TOPICS, 1)[0]}</a></p>"
             f"<p>下一篇：<a href=\"{FX_HOST}/{col}/t2.html\">{titles(r, T_PLACES, T_TOPICS, 1)[0]}</a></p></div>\n")
    o.append("<div class=\"related\"><h3>相關新聞</h3><ul>")
    for t in titles(r, T_PLACES, T_TOPICS, 30):
        o.append(f"<li><a href=\"{FX_HOST}/fxxw/t{r.randint(10 ** 7, 10 ** 8)}.html\">{t}</a><span>{rdate(r, 2021, 2022)}</span></li>")
    o.append("</ul></div>\n<div class=\"ad\"><a href=\"#\"><img src=\"/gate/big5/www.fxxww.cn/ad/wenming_700x90.jpg\" alt=\"創建全國文明城市\" /></a></div>\n"
             "<div class=\"comment\"><h3>網友評論</h3><p>請文明上網，理性發言。</p><textarea></textarea><input type=\"button\" value=\"提交\" /></div>\n")
    o.append("</div></div>\n" + fx_side(r) + "</div>\n")
    o.append(fx_foot())
    return stem, url, "".join(o)


def fx_list(n, colname, col, entries, page_no, total_pages, meta, heavy):
    stem = f"p-fengxixian-{n}"
    r = rng(stem)
    url = f"{FX_HOST}/{col}/index" + (f"_{page_no - 1}" if page_no > 1 else "") + ".html"
    o = [fx_head(colname, meta), fx_top(r)]
    o.append(f"<div class=\"position w\">當前位置：<a href=\"{FX_HOST}/\">首頁</a> &gt;&gt; <a href=\"{FX_HOST}/{col}/\">{colname}</a></div>\n")
    o.append(f"<div class=\"main w\"><div class=\"left fl\"><div class=\"list\"><h2>{colname}</h2><ul>")
    for t, d in entries:
        o.append(f"<li><span class=\"date\">{d}</span><a href=\"{FX_HOST}/{col}/{d[:7].replace('-', '')}/t{r.randint(10 ** 7, 10 ** 8)}.html\" target=\"_blank\">{t}</a></li>")
    o.append("</ul><div class=\"page\">")
    o.append(f"<script>createPageHTML({total_pages}, {page_no - 1}, \"index\", \"html\");</script>"
             f"<span>共{total_pages}頁</span><a href=\"index.html\">首頁</a>")
    if page_no > 1:
        o.append(f"<a href=\"index{'_' + str(page_no - 2) if page_no > 2 else ''}.html\">上一頁</a>")
    o.append(f"<span class=\"cur\">{page_no}</span>")
    if page_no < total_pages:
        o.append(f"<a href=\"index_{page_no}.html\">下一頁</a>")
    o.append(f"<a href=\"index_{total_pages - 1}.html\">尾頁</a></div></div></div>\n" + fx_side(r, heavy) + "</div>\n")
    o.append(fx_foot())
    return stem, url, "".join(o)


def site_fengxixian():
    stem, url, doc = fx_article(1, "鳳溪縣國有企業改革三年見成效", E_GUOQI_T, PY_GUOQI, "fxxw", "鳳溪新聞", "鳳溪日報",
                                "作者：記者 陳家豪", "林曉", "2022-08-15 09:32", 1286, "big5",
                                sub="十二家縣屬國企整合為三大集團")
    save(stem, ".html", doc, "big5", "big5", url, "鳳溪縣國有企業改革三年見成效", "陳家豪", "2022-08-15",
         ["十二家縣屬國企整合為三大集團"] + E_GUOQI_T, shown=["2022-08-15 09:32"], pinyin=True)
    stem, url, doc = fx_article(2, "老街記憶：鳳溪碼頭的百年變遷", E_MATOU_T, PY_MATOU, "fxwy", "鳳溪文藝", "本站原創",
                                "作者：吳秋蘭", "黃敏", "2021-04-02 16:05", 873, "big5")
    save(stem, ".html", doc, "big5", "", url, "老街記憶：鳳溪碼頭的百年變遷", "吳秋蘭", "2021-04-02",
         E_MATOU_T, shown=["2021-04-02 16:05"], pinyin=True)
    r = rng("fx-list")
    ents = [(t, rdate(r, 2022, 2022)) for t in titles(r, T_PLACES, T_TOPICS, 25)]
    ents.sort(key=lambda x: x[1], reverse=True)
    ents.insert(3, ("鳳溪縣國有企業改革三年見成效", "2022-08-15"))
    stem, url, doc = fx_list(3, "鳳溪新聞", "fxxw", ents, 1, 9, "big5", False)
    save(stem, ".html", doc, "big5", "big5", url, "", "", "", [], kind="listing")
    ents = [("老街記憶：鳳溪碼頭的百年變遷", "2021-04-02"), ("溪口的春茶", "2021-03-18"),
            ("外婆的竹編籃", "2021-01-07"), ("雲山看雪記", "2020-12-21")]
    stem, url, doc = fx_list(4, "鳳溪文藝", "fxwy", ents, 2, 2, "big5", True)
    save(stem, ".html", doc, "big5", "", url, "", "", "", [], kind="listing")


# ===========================================================================
# Site 4: chunwenben — literature text archive (.txt downloads and html pages)
# ===========================================================================

CW_HOST = "http://www.chunwenben.net"


def cw_txt(title, author, shown, paras, source_note):
    o = [title, "", "作者：" + author, "日期：" + shown, ""]
    o += ["　　" + p for p in paras]
    o += ["", "（完）", "", "-" * 40, source_note, "本文由纯文本文学档案收录整理，仅供个人阅读，转载请注明作者及出处。",
          "更多作品请访问 www.chunwenben.net", "-" * 40, ""]
    return "\r\n".join(o)


def cw_head(title, meta):
    return ("<!DOCTYPE html>\n<html>\n<head>\n" + f"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={meta}\">\n"
            f"<title>{e(title)} - 纯文本文学档案</title>\n<link rel=\"stylesheet\" href=\"/static/cw.css\">\n"
            "<style>" + CSS_GENERIC + ".art p{text-indent:2em;margin:1em 0;font-size:17px}</style>\n</head>\n")


def cw_top():
    o = ["<body>\n<div class=\"head w1200\"><a href=\"/\" class=\"logo\">纯文本文学档案</a><span class=\"slogan\">只收文字，不收喧嚣</span>"
         "<form action=\"/s\"><input name=\"q\"><button>搜索</button></form><a href=\"/login\">登录</a> <a href=\"/reg\">注册</a></div>\n<div class=\"nav\"><ul class=\"w1200\">"]
    for t in ["首页", "散文", "随笔", "小说", "诗歌", "杂文", "回忆录", "乡土", "教育", "游记", "书评", "作者", "标签", "TXT下载", "投稿"]:
        o.append(f"<li><a href=\"/{urllib.parse.quote(t)}/\">{t}</a></li>")
    o.append("</ul></div>\n")
    return "".join(o)


def cw_side(r, n_sum=8):
    o = ["<div class=\"side fr\"><div class=\"box\"><h3>本周热读</h3><ol>"]
    for t in r.sample(LIT_TITLES, 12):
        o.append(f"<li><a href=\"/sanwen/{r.randint(1000, 9999)}.html\">{t}</a><span>{r.randint(100, 5000)}</span></li>")
    o.append("</ol></div><div class=\"box\"><h3>编辑推荐</h3><ul>")
    for t in r.sample(LIT_TITLES, n_sum):
        o.append(f"<li><a href=\"/sanwen/{r.randint(1000, 9999)}.html\">{t}</a><p>{r.choice(LIT_SUMS)}</p></li>")
    o.append("</ul></div><div class=\"box\"><h3>最新作品</h3><ul>")
    for t in r.sample(LIT_TITLES, 20):
        o.append(f"<li><a href=\"/sanwen/{r.randint(1000, 9999)}.html\">{t}</a><a class=\"au\" href=\"/author/{r.randint(10, 99)}/\">{r.choice(['柳岸', '石上青', '陈北', '叶未央', '老周'])}</a><span>{rdate(r, 2020, 2023, '{m:02d}-{d:02d}')}</span></li>")
    o.append("</ul></div><div class=\"box\"><h3>热门标签</h3><p class=\"tags\">")
    for t in ["乡土", "亲情", "童年", "故乡", "教育", "父亲", "母亲", "老屋", "秋天", "雨", "河流", "工厂", "记忆", "旅行", "读书", "小城"]:
        o.append(f"<a href=\"/tag/{urllib.parse.quote(t)}/\">{t}</a> ")
    o.append("</p></div><div class=\"box\"><h3>活跃作者</h3><ul>")
    for a in ["梁振华", "何素琴", "邓一鸣", "柳岸", "石上青", "陈北", "叶未央", "老周", "南山客"]:
        o.append(f"<li><a href=\"/author/{urllib.parse.quote(a)}/\">{a}</a></li>")
    o.append("</ul></div></div>\n")
    return "".join(o)


def cw_foot():
    groups = [(g, [g + x for x in ["精选", "新作", "排行", "专题", "征文"]]) for g in ["散文", "随笔", "小说", "诗歌", "杂文", "回忆录", "乡土", "教育", "游记", "书评"]]
    o = [sitemap(groups, "/map", "sitemap w1200"), "<div class=\"foot\"><p>"]
    for t in ["关于本站", "投稿须知", "版权说明", "联系我们", "友情链接", "网站地图"]:
        o.append(f"<a href=\"/about/{urllib.parse.quote(t)}\">{t}</a> | ")
    o.append("</p><p>纯文本文学档案 &copy; 2008-2023 chunwenben.net 作品版权归原作者所有</p><p><a href=\"https://beian.miit.gov.cn\">苏ICP备09031177号</a></p></div>\n"
             "<script>(function(){var s=document.createElement('script');s.src='https://s.cnzz-like.net/stat.js?id=1270031';document.body.appendChild(s);})();</script>\n</body>\n</html>\n")
    return "".join(o)


def site_chunwenben():
    note1 = "原载：个人文集《稻香》，作者授权收录"
    txt = cw_txt("秋天的稻田", "梁振华", "2019年10月12日", E_DAOTIAN, note1)
    save("p-chunwenben-1", ".txt", txt, "utf-8", "utf-8", CW_HOST + "/txt/2019/1012_3391.txt", "秋天的稻田", "梁振华",
         "2019-10-12", E_DAOTIAN, ctype="text/plain", shown=["2019年10月12日"])
    txt = cw_txt("我当教师的第一年", "何素琴", "2016-09-01", E_JIAOSHI, "来源：作者投稿")
    save("p-chunwenben-2", ".txt", txt, "gb18030", "gb18030", CW_HOST + "/txt/2016/0901_1187.txt", "我当教师的第一年", "何素琴",
         "2016-09-01", E_JIAOSHI, ctype="text/plain", shown=["2016-09-01"])
    # 3: html article page (GBK)
    stem = "p-chunwenben-3"
    r = rng(stem)
    url = CW_HOST + "/sanwen/2020/0405_2718.html"
    o = [cw_head("外婆家的老井", "gbk"), cw_top()]
    o.append("<div class=\"crumb w1200\">当前位置：<a href=\"/\">首页</a> &raquo; <a href=\"/sanwen/\">散文</a> &raquo; <a href=\"/xiangtu/\">乡土</a> &raquo; 正文</div>\n")
    o.append("<div class=\"w1200 clearfix\"><div class=\"main fl\"><div class=\"art\">")
    o.append("<h1>外婆家的老井</h1><div class=\"meta\"><span>作者：<a href=\"/author/dengyiming/\">邓一鸣</a></span>"
             f"<span>发表于 2020-04-05 21:17</span><span>阅读 {r.randint(300, 3000)}</span><span>字数 {sum(len(p) for p in E_LAOJING)}</span>"
             "<a href=\"/txt/2020/0405_2718.txt\">下载TXT</a></div>\n<div class=\"art-body\">\n")
    for p in E_LAOJING:
        o.append(f"<p>{e(p)}</p>\n")
    o.append("</div>\n<div class=\"tags\">标签：<a href=\"/tag/xiangtu/\">乡土</a> <a href=\"/tag/jiyi/\">记忆</a> <a href=\"/tag/waipo/\">外婆</a> "
             "<a href=\"/tag/laojing/\">老井</a></div>\n"
             "<div class=\"author-box\"><img src=\"/avatar/2718.jpg\" alt=\"\"><h4>邓一鸣</h4><p>七十年代生于皖南山村，中学教师，业余写作，作品散见于各地报刊。</p>"
             "<a href=\"/author/dengyiming/\">查看TA的全部作品（23）</a></div>\n"
             "<div class=\"copy\">版权声明：本文由作者授权发布，未经许可不得转载。</div>\n"
             "<div class=\"vote\"><a href=\"#\">好文 (" + str(r.randint(5, 90)) + ")</a><a href=\"#\">感动 (" + str(r.randint(1, 40)) + ")</a>"
             "<a href=\"#\">收藏</a><a href=\"#\">分享到微博</a><a href=\"#\">分享到微信</a></div>\n"
             f"<div class=\"prenext\">上一篇：<a href=\"/sanwen/2718.html\">{r.choice(LIT_TITLES)}</a><br>下一篇：<a href=\"/sanwen/2720.html\">{r.choice(LIT_TITLES)}</a></div>\n"
             "<div class=\"related\"><h3>相关阅读</h3><ul>")
    for t in r.sample(LIT_TITLES, 16):
        o.append(f"<li><a href=\"/sanwen/{r.randint(1000, 9999)}.html\">{t}</a><span>{r.choice(['柳岸', '石上青', '陈北', '叶未央', '老周'])}</span></li>")
    o.append("</ul></div>\n<div class=\"same-author\"><h3>邓一鸣的其他作品</h3><ul>")
    for t in r.sample(LIT_TITLES, 12):
        o.append(f"<li><a href=\"/sanwen/{r.randint(1000, 9999)}.html\">{t}</a><p>{r.choice(LIT_SUMS)}</p><span>{rdate(r, 2016, 2020)}</span></li>")
    o.append("</ul></div>\n<div class=\"comments\"><h3>读者留言（5）</h3><ul>")
    for nm, c in [("南山客", "我外婆家也有一口这样的井，读到最后一句，鼻子一酸。"), ("柳岸", "细节写得真好，井神那一段尤其生动。"),
                  ("过客2020", "现在很多村子都看不到老井了。"), ("阿梅", "文字干净，情感克制。"), ("读者", "想外婆了。")]:
        o.append(f"<li><b>{nm}</b><span>{rdate(r, 2020, 2021)}</span><p>{c}</p><a href=\"#\">回复</a></li>")
    o.append("</ul><form><textarea name=\"c\"></textarea><button>发表留言</button></form></div>\n</div></div>\n" + cw_side(r) + "</div>\n" + cw_foot())
    save(stem, ".html", "".join(o), "gbk", "gbk", url, "外婆家的老井", "邓一鸣", "2020-04-05", E_LAOJING,
         shown=["2020-04-05 21:17"])
    # 4: tag page (listing)
    stem = "p-chunwenben-4"
    r = rng(stem)
    url = CW_HOST + "/tag/xiangtu/"
    o = [cw_head("标签：乡土", "gbk"), cw_top()]
    o.append("<div class=\"crumb w1200\">当前位置：<a href=\"/\">首页</a> &raquo; <a href=\"/tag/\">标签</a> &raquo; 乡土</div>\n"
             "<div class=\"w1200 clearfix\"><div class=\"main fl\"><h2>标签：乡土 <small>共 186 篇</small></h2><ul class=\"tag-list\">")
    items = [("外婆家的老井", "邓一鸣"), ("秋天的稻田", "梁振华")] + [(t, r.choice(["柳岸", "石上青", "陈北", "叶未央", "老周", "南山客"])) for t in r.sample(LIT_TITLES, 18)]
    for t, a in items:
        o.append(f"<li><h3><a href=\"/sanwen/{r.randint(1000, 9999)}.html\">{t}</a></h3><p class=\"info\">作者：<a href=\"/author/{r.randint(10, 99)}/\">{a}</a>　"
                 f"{rdate(r, 2018, 2023)}　阅读 {r.randint(100, 4000)}</p><p>{r.choice(LIT_SUMS)}</p></li>")
    o.append("</ul><div class=\"pages\"><b>1</b>")
    for i in range(2, 11):
        o.append(f"<a href=\"/tag/xiangtu/{i}/\">{i}</a>")
    o.append("<a href=\"/tag/xiangtu/2/\">下一页</a></div></div>\n" + cw_side(r) + "</div>\n" + cw_foot())
    save(stem, ".html", "".join(o), "gbk", "", url, "", "", "", [], kind="listing")


# ===========================================================================
# Site 5: jinshigang — SOE group news centre (金石钢铁集团)
# ===========================================================================

JS_HOST = "http://www.jsgtjt.com.cn"
JS_NAV = ["首页", "集团概况", "新闻中心", "产品中心", "科技创新", "党建工作", "企业文化", "社会责任", "人力资源", "投资者关系",
          "信息公开", "联系我们"]


def js_head(title, meta):
    return ("<!DOCTYPE html>\n<html>\n<head>\n" + f"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={meta}\" />\n"
            f"<title>{e(title)}-金石钢铁集团有限公司</title>\n<meta name=\"keywords\" content=\"金石钢铁,金石集团,钢铁\" />\n"
            "<link rel=\"stylesheet\" href=\"/css/main.css\" />\n<style>" + CSS_GENERIC + ".TRS_Editor p{text-indent:2em;font-size:16px;line-height:2}</style>\n</head>\n")


def js_top(r):
    o = ["<body>\n<div class=\"top\"><div class=\"w1200\"><a href=\"/\">网站首页</a> | <a href=\"/en/\">English</a> | <a href=\"/mail\">企业邮箱</a> | "
         "<a href=\"/oa\">协同办公</a> | <a href=\"/zb\">招标采购</a></div></div>\n<div class=\"header w1200\"><img src=\"/images/logo.png\" alt=\"金石钢铁集团\" />"
         "<form action=\"/search\"><input name=\"kw\" /><input type=\"submit\" value=\"搜索\" /></form></div>\n<div class=\"nav\"><ul class=\"w1200\">"]
    subs = {"新闻中心": ["集团要闻", "基层动态", "媒体聚焦", "图片新闻", "视频新闻", "通知公告"],
            "党建工作": ["党建动态", "纪检监察", "工会工作", "共青团", "学习园地"],
            "集团概况": ["集团简介", "领导团队", "组织机构", "发展历程", "荣誉资质"]}
    for i, t in enumerate(JS_NAV):
        o.append(f"<li><a href=\"/{i:02d}/\">{t}</a>")
        if t in subs:
            o.append("<dl>" + "".join(f"<dd><a href=\"/{i:02d}/{j}/\">{s}</a></dd>" for j, s in enumerate(subs[t])) + "</dl>")
        o.append("</li>")
    o.append("</ul></div>\n")
    subs2 = ["工作动态", "通知公告", "制度文件", "图片新闻", "专题报道", "视频", "数据发布"]
    groups = [(g, [subs2[(i + j) % len(subs2)] for j in range(6)]) for i, g in enumerate(JS_NAV[1:])]
    o.append(sitemap(groups, "", "mega-menu hide"))
    return "".join(o)


def js_payload(r, n):
    items = []
    for i, t in enumerate(titles(r, S_PLACES + ["炼钢厂", "轧钢厂", "焦化厂", "烧结厂", "动力厂", "物流公司"], S_SOE + S_TOPICS, n)):
        items.append({"id": 880000 + i, "title": t, "summary": summ(r, S_SUMS, 2), "channel": r.choice(["集团要闻", "基层动态", "媒体聚焦"]),
                      "pubDate": rdate(r, 2021, 2023), "views": r.randint(50, 9000), "thumb": f"/upload/{r.randint(10 ** 6, 10 ** 7)}.jpg",
                      "author": r.choice(["宣传部", "工会", "团委", "炼钢厂", "轧钢厂"])})
    data = {"site": {"name": "金石钢铁集团", "channelId": 12, "channels": JS_NAV}, "newsList": items,
            "config": {"pageSize": 20, "share": ["wechat", "weibo", "qq"], "stat": True}}
    return json.dumps(data, ensure_ascii=False)


def js_article(n, title, paras, src, author_line, editor, shown, meta, payload_n, related_n, sub=""):
    stem = f"p-jinshigang-{n}"
    r = rng(stem)
    d = shown[:10]
    url = f"{JS_HOST}/news/jtyw/{d[:7]}/{d[8:]}/content_{r.randint(8000, 9999)}.htm"
    o = [js_head(title, meta), js_top(r)]
    o.append(f"<div class=\"crumb w1200\">您现在的位置：<a href=\"/\">首页</a> &gt; <a href=\"/02/\">新闻中心</a> &gt; <a href=\"/02/0/\">集团要闻</a></div>\n")
    o.append("<div class=\"w1200 clearfix\"><div class=\"side-l fl\"><h2>新闻中心</h2><ul>")
    for s in ["集团要闻", "基层动态", "媒体聚焦", "图片新闻", "视频新闻", "通知公告", "专题报道"]:
        o.append(f"<li><a href=\"/02/{s}/\">{s}</a></li>")
    o.append("</ul><div class=\"side-pic\"><h3>图片新闻</h3><ul>")
    for t in titles(r, ["炼钢厂", "轧钢厂", "焦化厂", "动力厂", "集团"], S_SOE, 8):
        o.append(f"<li><a href=\"/02/3/{r.randint(1000, 9999)}.htm\"><img src=\"/upload/pic{r.randint(100, 999)}.jpg\" alt=\"\" /><p>{t}</p></a></li>")
    o.append("</ul></div><div class=\"side-zt\"><h3>专题专栏</h3><ul>")
    for t in ["深化国企改革", "安全生产月", "质量提升年", "学习贯彻专题", "劳模风采", "清廉金石"]:
        o.append(f"<li><a href=\"/zt/{hn(t) % 1000}/\"><img src=\"/zt/{hn(t) % 1000}.jpg\" alt=\"{t}\" /></a></li>")
    o.append("</ul></div><div class=\"hotline\">服务热线：0312-5586000</div></div>\n<div class=\"con fr\">\n")
    if payload_n:
        o.append("<script type=\"text/javascript\">window.__NEWS_DATA__ = " + js_payload(r, payload_n) + ";</script>\n")
    o.append(f"<div class=\"article-title\"><h1>{e(title)}</h1>")
    if sub:
        o.append(f"<h2 class=\"sub\">{e(sub)}</h2>")
    o.append(f"</div><div class=\"article-info\"><span>来源：{src}</span>{author_line}<span>发布时间：{shown}</span>"
             f"<span>浏览次数：<script>document.write({r.randint(300, 5000)})</script></span>"
             "<span>【字体：<a href=\"#\">大</a> <a href=\"#\">中</a> <a href=\"#\">小</a>】</span></div>\n")
    o.append("<div class=\"article-body\"><div class=\"TRS_Editor\">\n")
    for p in paras:
        if p.startswith("##"):
            o.append(f"<p style=\"text-indent:0\"><strong>{e(p[2:])}</strong></p>\n")
        elif p.startswith("@@"):
            o.append(f"<p style=\"text-align:center\"><img src=\"/upload/{hashlib.md5(p.encode()).hexdigest()[:10]}.jpg\" width=\"600\" /></p>\n"
                     f"<p style=\"text-align:center;text-indent:0\"><span style=\"font-family:楷体\">{e(p[2:])}</span></p>\n")
        else:
            o.append(f"<p>{e(p)}</p>\n")
    o.append(f"</div></div>\n<div class=\"editor\">（编辑：{editor}　审核：宣传部）</div>\n")
    o.append("<div class=\"share\">分享到：<a href=\"#\">微信</a> <a href=\"#\">微博</a> <a href=\"#\">QQ</a> <a href=\"javascript:window.print()\">【打印】</a>"
             " <a href=\"javascript:window.close()\">【关闭】</a></div>\n")
    o.append("<div class=\"related\"><h3>相关新闻</h3><ul>")
    for t in titles(r, S_PLACES + ["炼钢厂", "轧钢厂", "焦化厂", "烧结厂", "动力厂", "物流公司", "集团"], S_SOE + S_TOPICS, related_n):
        o.append(f"<li><a href=\"{JS_HOST}/news/jtyw/{rdate(r, 2020, 2023, '{y}-{m:02d}/{d:02d}')}/content_{r.randint(1000, 9999)}.htm\">{t}</a>"
                 f"<span>{rdate(r, 2020, 2023)}</span></li>")
    o.append("</ul></div>\n</div></div>\n")
    o.append(js_foot())
    return stem, url, "".join(o)


def js_foot():
    groups = [(g, [g[:2] + x for x in ["动态", "公告", "制度", "图片", "视频"]]) for g in JS_NAV[1:11]]
    o = [sitemap(groups, "/map", "sitemap w1200"), "<div class=\"flinks w1200\">友情链接："]
    for t in ["国务院国资委", "省国资委", "中国钢铁工业协会", "冶金工业信息网", "金石钢铁股份", "金石物流", "金石矿业", "金石职工学校"]:
        o.append(f"<a href=\"#{hn((t)) % 999}\">{t}</a> ")
    o.append("</div>\n<div class=\"footer\"><p>版权所有：金石钢铁集团有限公司　地址：北溪市钢城路1号　邮编：072150</p>"
             "<p><a href=\"https://beian.miit.gov.cn\">冀ICP备05012345号-1</a>　冀公网安备13060002000123号</p><p>技术支持：金石信息技术公司</p></div>\n"
             "<script>var _hmt=_hmt||[];</script>\n</body>\n</html>\n")
    return "".join(o)


def site_jinshigang():
    stem, url, doc = js_article(1, "深化改革激发活力", E_SANXIANG, "集团公司", "<span>作者：通讯员 王海涛</span>", "许宁",
                                "2023-04-20 10:15", "gbk", 380, 40, sub="——金石钢铁集团三项制度改革纪实")
    save(stem, ".html", doc, "gbk", "gbk", url, "深化改革激发活力", "王海涛", "2023-04-20",
         ["——金石钢铁集团三项制度改革纪实"] + plain(E_SANXIANG), shown=["2023-04-20 10:15"])
    stem, url, doc = js_article(2, "一名老焊工的三十年", E_HANGONG, "设备检修中心", "<span>作者：刘文静</span>", "许宁",
                                "2023-05-04 09:00", "gbk", 420, 170)
    save(stem, ".html", doc, "gbk", "", url, "一名老焊工的三十年", "刘文静", "2023-05-04", plain(E_HANGONG),
         shown=["2023-05-04 09:00"])
    stem, url, doc = js_article(3, "车间里的读书角", E_DUSHUJIAO, "集团工会", "", "许宁", "2023-03-16 15:40", "gbk", 0, 30)
    save(stem, ".html", doc, "gbk", "gbk", url, "车间里的读书角", "", "2023-03-16", E_DUSHUJIAO,
         shown=["2023-03-16 15:40"])
    # 4: monthly archive with a calendar (listing)
    stem = "p-jinshigang-4"
    r = rng(stem)
    url = JS_HOST + "/news/archive/2023-04.htm"
    o = [js_head("2023年4月 新闻归档", "gb2312"), js_top(r)]
    o.append("<div class=\"crumb w1200\">您现在的位置：<a href=\"/\">首页</a> &gt; <a href=\"/02/\">新闻中心</a> &gt; 新闻归档</div>\n"
             "<div class=\"w1200 clearfix\"><div class=\"side-l fl\"><h2>新闻归档</h2><table class=\"calendar\"><caption>"
             "<a href=\"2023-03.htm\">&lt;</a> 2023年4月 <a href=\"2023-05.htm\">&gt;</a></caption><tr>")
    for w in "日一二三四五六":
        o.append(f"<th>{w}</th>")
    o.append("</tr><tr>" + "<td></td>" * 6)
    col = 6
    for day in range(1, 31):
        if col == 7:
            o.append("</tr><tr>")
            col = 0
        if day % 3 == 0 or day == 20:
            o.append(f"<td><a href=\"2023-04-{day:02d}.htm\">{day}</a></td>")
        else:
            o.append(f"<td>{day}</td>")
        col += 1
    o.append("</tr></table><ul class=\"months\">")
    for m in range(12, 0, -1):
        o.append(f"<li><a href=\"2022-{m:02d}.htm\">2022年{m}月</a></li>")
    o.append("</ul></div>\n<div class=\"con fr\"><h2>2023年4月 共 31 篇</h2><ul class=\"archive\">")
    tl = titles(r, ["炼钢厂", "轧钢厂", "焦化厂", "烧结厂", "动力厂", "物流公司", "集团"], S_SOE, 30) + ["深化改革激发活力"]
    days = sorted([r.randint(1, 30) for _ in tl], reverse=True)
    for t, dd in zip(tl, days):
        o.append(f"<li><span>2023-04-{dd:02d}</span><a href=\"/news/jtyw/2023-04/{dd:02d}/content_{r.randint(8000, 9999)}.htm\">{t}</a></li>")
    o.append("</ul></div></div>\n" + js_foot())
    save(stem, ".html", "".join(o), "gb2312", "", url, "", "", "", [], kind="listing")


# ===========================================================================
# Site 6: muyeshuwu — personal literature site (牧野书屋), classic ASP
# ===========================================================================

MY_HOST = "http://www.muyeshuwu.com"


def my_head(title, meta):
    return ("<html>\n<head>\n<title>" + e(title) + "--牧野书屋</title>\n"
            f"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={meta}\">\n"
            "<link href=\"../Skin/DefaultSkin.css\" rel=\"stylesheet\" type=\"text/css\">\n"
            "<script language=\"JavaScript\" src=\"../js/menu.js\"></script>\n</head>\n")


def my_top():
    o = ["<body leftmargin=\"0\" topmargin=\"0\">\n<table width=\"778\" border=\"0\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\"><tr>"
         "<td><img src=\"../Images/top_logo.gif\" width=\"778\" height=\"90\" alt=\"牧野书屋\"></td></tr></table>\n"
         "<table width=\"778\" align=\"center\" class=\"top_nav\"><tr>"]
    for t, h in [("首页", "../index.asp"), ("牧野文集", "ArticleList.asp?ClassID=3"), ("散文", "ArticleList.asp?ClassID=1"),
                 ("随笔", "ArticleList.asp?ClassID=2"), ("诗歌", "ArticleList.asp?ClassID=4"), ("书话", "ArticleList.asp?ClassID=5"),
                 ("友人作品", "ArticleList.asp?ClassID=6"), ("图片", "../Photo/"), ("留言本", "../GuestBook/"), ("论坛", "../bbs/"),
                 ("下载", "../Soft/"), ("关于", "../about.asp")]:
        o.append(f"<td class=\"nav\"><a href=\"{h}\">{t}</a></td><td><img src=\"../Images/nav_line.gif\"></td>")
    o.append("</tr></table>\n<table width=\"778\" align=\"center\"><tr><td class=\"announce\"><marquee scrollamount=\"2\">"
             "欢迎光临牧野书屋！本站所有文章均为原创，转载请注明出处。</marquee></td></tr></table>\n")
    return "".join(o)


def my_left(r):
    o = ["<td width=\"190\" valign=\"top\" class=\"left\">"
         "<table width=\"100%\" class=\"box\"><tr><td class=\"box_title\">作者简介</td></tr><tr><td>"
         "<img src=\"../UploadFiles/muye.jpg\" width=\"80\"><br>牧野，本名周振远，一九六二年生于冀中平原，中学语文教师，著有散文集《北窗》《槐花集》。</td></tr></table>\n"
         "<table width=\"100%\" class=\"box\"><tr><td class=\"box_title\">最新文章</td></tr>"]
    for t in r.sample(LIT_TITLES, 10):
        o.append(f"<tr><td>·<a href=\"ShowArticle.asp?ArticleID={r.randint(100, 400)}\" title=\"{t}\">{t}</a></td></tr>")
    o.append("</table>\n<table width=\"100%\" class=\"box\"><tr><td class=\"box_title\">热门文章</td></tr>")
    for t in r.sample(LIT_TITLES, 10):
        o.append(f"<tr><td>·<a href=\"ShowArticle.asp?ArticleID={r.randint(100, 400)}\">{t}</a> <font color=\"#999999\">({r.randint(300, 9000)})</font></td></tr>")
    o.append("</table>\n<table width=\"100%\" class=\"box\"><tr><td class=\"box_title\">文章分类</td></tr>")
    for t in ["牧野文集", "散文", "随笔", "诗歌", "书话", "友人作品", "旧文重刊", "读者来信"]:
        o.append(f"<tr><td>·<a href=\"ArticleList.asp?ClassID={hn(t) % 20}\">{t}</a></td></tr>")
    o.append("</table>\n<table width=\"100%\" class=\"box\"><tr><td class=\"box_title\">最新评论</td></tr>")
    for t in r.sample(LIT_TITLES, 8):
        o.append(f"<tr><td><a href=\"ShowArticle.asp?ArticleID={r.randint(100, 400)}#comment\">{r.choice(['好文，顶！', '读着心里暖暖的', '问好牧野老师', '写得真细腻', '想家了'])}</a>"
                 f"<br><font color=\"#999999\">《{t}》</font></td></tr>")
    o.append("</table>\n<table width=\"100%\" class=\"box\"><tr><td class=\"box_title\">本站日历</td></tr><tr><td><table class=\"cal\"><tr>")
    for w in "日一二三四五六":
        o.append(f"<th>{w}</th>")
    o.append("</tr>")
    for wk in range(5):
        o.append("<tr>" + "".join(f"<td><a href=\"Search.asp?day={wk * 7 + d + 1}\">{wk * 7 + d + 1}</a></td>" if (wk * 7 + d) % 4 == 1 else f"<td>{wk * 7 + d + 1 if wk * 7 + d < 31 else ''}</td>" for d in range(7)) + "</tr>")
    o.append("</table></td></tr></table>\n<table width=\"100%\" class=\"box\"><tr><td class=\"box_title\">友情链接</td></tr>")
    for t in ["北溪文学网", "青岚诗社", "冀中文苑", "老树书斋", "半山听雨", "南窗随笔", "西岭雪文学", "石头记博客"]:
        o.append(f"<tr><td><a href=\"http://www.{hn((t)) % 100000}.com/\" target=\"_blank\">{t}</a></td></tr>")
    o.append("</table>\n<table width=\"100%\" class=\"box\"><tr><td class=\"box_title\">站内搜索</td></tr><tr><td><form action=\"Search.asp\">"
             "<input name=\"keyword\" size=\"12\"><select name=\"field\"><option>标题</option><option>内容</option></select><input type=\"submit\" value=\"搜\"></form></td></tr></table>\n"
             f"<table width=\"100%\" class=\"box\"><tr><td class=\"box_title\">站点统计</td></tr><tr><td>文章总数：312 篇<br>注册用户：1187 人<br>今日访问：{r.randint(50, 300)}<br>总访问量：{r.randint(200000, 400000)}</td></tr></table></td>\n")
    return "".join(o)


def my_foot():
    return ("<table width=\"778\" align=\"center\" class=\"bottom\"><tr><td align=\"center\"><a href=\"../about.asp\">关于本站</a> | "
            "<a href=\"../GuestBook/\">给我留言</a> | <a href=\"../link.asp\">申请链接</a> | <a href=\"../copyright.asp\">版权声明</a><br>"
            "Copyright &copy; 2003-2005 <a href=\"http://www.muyeshuwu.com\">牧野书屋</a> All Rights Reserved　站长：牧野　建议使用 1024×768 分辨率浏览<br>"
            "<a href=\"http://www.miibeian.gov.cn\" target=\"_blank\">冀ICP备05001234号</a></td></tr></table>\n"
            "<script language=\"javascript\" src=\"../Count.asp?Style=Image\"></script>\n</body>\n</html>\n")


def my_article(n, aid, title, paras, shown, meta, issue, hits, cls="牧野文集"):
    stem = f"p-muyeshuwu-{n}"
    r = rng(stem)
    url = f"{MY_HOST}/wenji/ShowArticle.asp?ArticleID={aid}"
    o = [my_head(title, meta), my_top()]
    o.append("<table width=\"778\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\"><tr>" + my_left(r))
    o.append("<td valign=\"top\" class=\"main\"><table width=\"100%\"><tr><td class=\"position\">您现在的位置： <a href=\"../index.asp\">牧野书屋</a> &gt;&gt; "
             f"<a href=\"ArticleList.asp?ClassID=3\">{cls}</a> &gt;&gt; 正文</td></tr></table>\n")
    o.append(f"<table width=\"100%\" class=\"article\"><tr><td class=\"article_title\" align=\"center\"><font size=\"4\"><b>{e(title)}</b></font></td></tr>"
             f"<tr><td align=\"center\" class=\"article_info\">作者：牧野　　文章来源：本站原创　　点击数：{hits}　　更新时间：{shown}</td></tr>"
             "<tr><td class=\"article_content\" style=\"word-break:break-all\">\n")
    for p in paras:
        o.append(f"&nbsp;&nbsp;&nbsp;&nbsp;{e(p)}<br><br>\n")
    if issue:
        o.append(f"<p align=\"right\">{e(issue)}</p>\n")
    o.append("</td></tr></table>\n")
    o.append("<table width=\"100%\"><tr><td align=\"right\">【<a href=\"../Comment.asp\">发表评论</a>】【<a href=\"javascript:window.external.addFavorite()\">加入收藏</a>】"
             "【<a href=\"../SendMail.asp\">告诉好友</a>】【<a href=\"Print.asp\">打印此文</a>】【<a href=\"javascript:window.close();\">关闭窗口</a>】</td></tr>"
             f"<tr><td>上一篇文章：<a href=\"ShowArticle.asp?ArticleID={aid - 1}\">{r.choice(LIT_TITLES)}</a><br>"
             f"下一篇文章：<a href=\"ShowArticle.asp?ArticleID={aid + 1}\">{r.choice(LIT_TITLES)}</a></td></tr></table>\n")
    o.append("<table width=\"100%\" class=\"box\"><tr><td class=\"box_title\">相关文章</td></tr>")
    for t in r.sample(LIT_TITLES, 8):
        o.append(f"<tr><td>·<a href=\"ShowArticle.asp?ArticleID={r.randint(100, 400)}\">{t}</a></td></tr>")
    o.append("</table>\n<table width=\"100%\" class=\"box\"><tr><td class=\"box_title\">网友评论：（只显示最新5条。评论内容只代表网友观点，与本站立场无关！）</td></tr>")
    for nm, c in [("北溪人", "写得真好，让我想起了自己的童年。"), ("青岚", "文字朴素，感情真挚，问好牧野老师！"), ("游客", "顶一下"),
                  ("老树", "读了好几遍，每次都有新的感受。"), ("冬青", "期待新作。")]:
        m, d, y = r.randint(1, 12), r.randint(1, 28), r.randint(2004, 2006)
        o.append(f"<tr><td><b>{nm}</b> 发表于 {m}/{d}/{y} {r.randint(1, 12)}:{r.randint(10, 59)}:{r.randint(10, 59)} {r.choice(['AM', 'PM'])}<br>{c}</td></tr>")
    o.append("</table>\n<table width=\"100%\" class=\"box\"><tr><td class=\"box_title\" colspan=\"2\">推荐阅读</td></tr>")
    for t in r.sample(LIT_TITLES, 12):
        o.append(f"<tr><td width=\"70%\">·<a href=\"ShowArticle.asp?ArticleID={r.randint(100, 400)}\"><b>{t}</b></a><br><font color=\"#666666\">{r.choice(LIT_SUMS)}</font></td>"
                 f"<td align=\"right\"><font color=\"#999999\">{r.randint(1, 12)}/{r.randint(1, 28)}/{r.randint(2003, 2005)}</font></td></tr>")
    o.append("</table></td></tr></table>\n" + my_foot())
    return stem, url, "".join(o)


def site_muyeshuwu():
    stem, url, doc = my_article(1, 187, "槐花开的时候", E_HUAIHUA, "9/17/2004 5:54:13 AM", "gb2312",
                                "——《北溪文艺》1998年3月号", 2315)
    save(stem, ".html", doc, "gb2312", "", url, "槐花开的时候", "牧野", "2004-09-17", E_HUAIHUA,
         shown=["9/17/2004 5:54:13 AM"])
    stem, url, doc = my_article(2, 203, "山城的雨", E_SHANCHENG, "2/3/2005 10:12:40 PM", "gbk",
                                "——《青岚》2001年第4期", 1468)
    save(stem, ".html", doc, "gbk", "", url, "山城的雨", "牧野", "2005-02-03", E_SHANCHENG,
         shown=["2/3/2005 10:12:40 PM"])
    stem, url, doc = my_article(4, 248, "父亲的渡船", E_DUCHUAN, "11/28/2005 8:03:27 PM", "gb18030", "", 987)
    save(stem, ".html", doc, "gb18030", "", url, "父亲的渡船", "牧野", "2005-11-28", E_DUCHUAN,
         shown=["11/28/2005 8:03:27 PM"])
    # 3: the author's column archive (listing)
    stem = "p-muyeshuwu-3"
    r = rng(stem)
    url = f"{MY_HOST}/wenji/ArticleList.asp?ClassID=3&page=1"
    o = [my_head("牧野文集", "gbk"), my_top()]
    o.append("<table width=\"778\" align=\"center\"><tr>" + my_left(r))
    o.append("<td valign=\"top\" class=\"main\"><table width=\"100%\"><tr><td class=\"position\">您现在的位置： <a href=\"../index.asp\">牧野书屋</a> &gt;&gt; 牧野文集</td></tr></table>\n"
             "<table width=\"100%\" class=\"list\"><tr><td class=\"box_title\" colspan=\"3\">牧野文集 — 作品列表</td></tr>")
    items = [("父亲的渡船", "11/28/2005"), ("山城的雨", "2/3/2005"), ("槐花开的时候", "9/17/2004")]
    for t in r.sample(LIT_TITLES, 27):
        items.append((t, f"{r.randint(1, 12)}/{r.randint(1, 28)}/{r.randint(2003, 2005)}"))
    for t, d in items:
        o.append(f"<tr><td>·<a href=\"ShowArticle.asp?ArticleID={r.randint(100, 300)}\">{t}</a></td><td>牧野</td><td>{d}</td></tr>")
    o.append("<tr><td colspan=\"3\" align=\"center\">共 96 篇文章　首页 上一页 <a href=\"?ClassID=3&page=2\">下一页</a> <a href=\"?ClassID=3&page=4\">尾页</a>"
             "　页次：1/4页　30篇文章/页　转到：<select><option>第1页</option><option>第2页</option><option>第3页</option><option>第4页</option></select></td></tr>"
             "</table></td></tr></table>\n" + my_foot())
    save(stem, ".html", "".join(o), "gbk", "gbk", url, "", "", "", [], kind="listing")


# ===========================================================================
# Self-check
# ===========================================================================

PY_RE = re.compile(r"\([a-zA-Z\u00c0-\u024f]+\)")


def visible(text):
    t = re.sub(r"(?is)<head\b.*?</head>", "", text)
    t = re.sub(r"(?is)<script\b.*?</script>", "", t)
    t = re.sub(r"(?is)<style\b.*?</style>", "", t)
    t = re.sub(r"(?s)<!--.*?-->", "", t)
    t = re.sub(r"(?s)<[^>]+>", "", t)
    t = html.unescape(t)
    return re.sub(r"\s+", "", t)


def check():
    fails = []
    for rec in RECS:
        name = rec["stem"] + rec["ext"]
        raw = open(os.path.join(PAGES, name), "rb").read()
        head = raw.decode("latin-1")
        m = re.search(r"<meta[^>]*charset=[\"']?([A-Za-z0-9_-]+)", head, re.I)
        meta = m.group(1).lower() if m else ""
        hdr = (rec["header"] or "").lower()
        if hdr and meta and hdr != meta:
            fails.append(f"{name}: header {hdr} != meta {meta}")
        cs = hdr or meta
        if not cs:
            fails.append(f"{name}: no charset")
            continue
        text = raw.decode(cs)  # strict
        vis = visible(text)
        if rec["pinyin"]:
            if not PY_RE.search(vis):
                fails.append(f"{name}: no pinyin annotations")
            vis = PY_RE.sub("", vis)
        pos = 0
        for ln in rec["lines"]:
            if PY_RE.search(ln):
                fails.append(f"{name}: gold line carries pinyin")
            k = re.sub(r"\s+", "", ln)
            i = vis.find(k, pos)
            if i < 0:
                fails.append(f"{name}: line not found in order: {ln[:30]}")
                break
            pos = i + len(k)
        if rec["kind"] == "listing":
            if rec["title"] or rec["lines"]:
                fails.append(f"{name}: listing with title or text")
        else:
            if not rec["title"] or rec["title"] not in vis:
                fails.append(f"{name}: title not visible")
            for a in rec["author"].split():
                if a not in vis:
                    fails.append(f"{name}: author {a} not visible")
            for s in rec["shown"]:
                if re.sub(r"\s+", "", s) not in vis:
                    fails.append(f"{name}: date {s} not visible")
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rec["published"]):
                fails.append(f"{name}: bad published")
            n = len(re.findall(r"[\u4e00-\u9fff]", "".join(rec["lines"])))
            if not 400 <= n <= 1500:
                fails.append(f"{name}: essay length {n}")
        rec["n_el"] = len(re.findall(r"<[a-zA-Z][a-zA-Z0-9]*\b", text))
        rec["n_a"] = len(re.findall(r"<a\b", text, re.I))
        rec["bytes"] = len(raw)
        rec["cjk"] = len(re.findall(r"[\u4e00-\u9fff]", "".join(rec["lines"])))
        rec["cs"] = cs
    # the inline JSON payload on the SOE pages is over 50 KB
    for stem in ("p-jinshigang-1", "p-jinshigang-2"):
        raw = open(os.path.join(PAGES, stem + ".html"), "rb").read()
        m = re.search(rb"window.__NEWS_DATA__ = (.*?);</script>", raw, re.S)
        if not m or len(m.group(1)) < 50000:
            fails.append(f"{stem}: JSON payload too small")
    return fails


def main():
    site_duwendang()
    site_mpweixin()
    site_fengxixian()
    site_chunwenben()
    site_jinshigang()
    site_muyeshuwu()
    fails = check()
    for rec in sorted(RECS, key=lambda x: x["stem"]):
        print(f"{rec['stem'] + rec['ext']:24} {rec['cs']:8} {rec['kind'] or 'article':8} elements={rec['n_el']:4} links={rec['n_a']:4} "
              f"bytes={rec['bytes']:6} cjk={rec['cjk']}")
    if fails:
        print("SELF-CHECK FAILED:")
        for f in fails:
            print("  " + f)
        sys.exit(1)
    print(f"SELF-CHECK OK: {len(RECS)} pages")


if __name__ == "__main__":
    main()
