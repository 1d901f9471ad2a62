#!/usr/bin/env python3
"""Write the k- pages of the fresh blind set and their gold files.

Six invented sites, four pages each: a magazine flipbook (huakan), a document
site (dangku), a Big5 traditional-script news site (minxun), a personal blog
(xiaozhu), a literary essay site (yunjian) and a city news portal (jiangcheng).
Stdlib only, deterministic, no network.
"""
import os
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, "pages")
GOLD = os.path.join(HERE, "gold")

ALL = []


def paras(s):
    return [ln.strip() for ln in s.strip().split("\n") if ln.strip()]


def add(name, html, enc, header, url, title="", author="", published="",
        text=(), listing=False, shown=()):
    """enc: codec for the bytes; header: charset of the HTTP header ('' none)."""
    ALL.append(dict(name=name, html=html, enc=enc, header=header, url=url,
                    title=title, author=author, published=published,
                    text=list(text), listing=listing, shown=list(shown)))


def write_all():
    os.makedirs(PAGES, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    for p in ALL:
        data = p["html"].encode(p["enc"])  # strict
        with open(os.path.join(PAGES, p["name"] + ".html"), "wb") as f:
            f.write(data)
        head = ["page: " + p["name"] + ".html", "url: " + p["url"],
                "charset: " + p["header"]]
        if p["listing"]:
            head += ["kind: listing", "title: ", "author: ", "published: "]
            body = ""
        else:
            head += ["title: " + p["title"], "author: " + p["author"],
                     "published: " + p["published"]]
            body = "\n".join(p["text"]) + "\n"
        with open(os.path.join(GOLD, p["name"] + ".txt"), "w",
                  encoding="utf-8", newline="\n") as f:
            f.write("\n".join(head) + "\n\n" + body)


def wrap(text, width):
    return [text[i:i + width] for i in range(0, len(text), width)]


def ps(lines, indent="    "):
    return "\n".join(indent + "<p>" + escape(x, quote=False) + "</p>"
                     for x in lines)


# ---------------------------------------------------------------------------
# essays
# ---------------------------------------------------------------------------

F1 = paras("""
我们村东头有一口老井，井口是整块青石凿出来的，被绳子磨出了七八道深槽。小时候我总以为那些槽是井自己长出来的，后来才知道，那是几代人打水时一寸一寸勒出来的。
夏天最热的时候，井边是全村最热闹的地方。大人们挑着水桶来，顺便在槐树底下歇一歇脚，说说今年的雨水和麦价。女人们把洗好的衣裳搭在井台边的石头上，不一会儿就晒干了。我们这些孩子不用干活，就趴在井沿上往下看，井水黑幽幽的，映出一小块天，还有几张挤在一起的脸。
祖父常常在傍晚把一个西瓜装进网兜，用麻绳吊到井里去。第二天中午提上来，瓜皮上挂着细细的水珠，一刀切下去，凉气直往脸上扑。那种凉和冰箱里拿出来的不一样，是带着泥土和青苔味道的凉，吃进嘴里，整个夏天都安静下来了。
井也让人害怕。母亲从不许我们单独去井边，她说井里住着龙王的小儿子，专拉不听话的孩子。我半信半疑，有一回故意往井里扔了块石头，听见很久才传来一声闷响，吓得一溜烟跑回了家，好几天不敢再靠近。
后来村里通了自来水，家家户户装上了水龙头，再没有人去井边挑水了。井口先是盖了一块水泥板，后来修村路的时候，干脆被填平了，上面铺了柏油。有一年回乡，我在那段路上来回走了好几趟，想找到它原来的位置，却怎么也找不准了。
可我知道它还在那里，在柏油路底下，在我们这一代人的记忆底下。每到夏天，我还会想起那股从井口往上冒的凉气，想起祖父提起网兜时那一声满足的叹息。
""")

F2 = paras("""
县城十字街口的新华书店，今年整整二十岁了。说是二十岁，其实是指它现在这栋楼，老店的历史还要更早，早到我父亲念中学的时候。
我第一次一个人进书店是在小学三年级。那时的书店还是柜台式的，书都摆在玻璃柜后面的木架子上，想看哪一本，要踮着脚指给营业员，她取下来递给你，看完了再还回去。我指了一本《十万个为什么》，翻了不到十分钟就被父亲叫走了，心里惦记了整整一个学期。
二〇〇三年书店搬进新楼，改成了开架售书。开业那天，门口排起了长队，很多人不是来买书的，只是想进去看看能自己拿书是什么感觉。我记得二楼靠窗的地方有一排矮凳，放学后总坐满了学生，店员也不赶，只在打烊前轻轻说一声“明天再来”。
这些年，网上买书越来越方便，县城里的年轻人又大多去了外地，书店的日子并不好过。最困难的时候，一楼租出去一半卖文具和手机壳，二楼的矮凳也撤掉了。有人说，县城书店迟早要关门。
去年秋天我回去，发现书店又变了样子。一楼辟出了一块阅读区，摆着几张长桌，墙上贴着本地作者的新书海报；周末有给孩子们讲绘本的活动，还有退休老师义务辅导作文。店长是个三十出头的姑娘，她说，书店不光卖书，还得让人愿意来、待得住。
那天傍晚，我在长桌边坐了很久。窗外是熟悉的十字街口，车来车往，屋里有翻书的声音，也有孩子压低了嗓子的笑声。我忽然觉得，一座县城只要还有这样一个地方亮着灯，就还有人愿意在这里慢慢长大。
""")

F3 = paras("""
去年九月，我作为支教老师来到海拔三千六百米的一所乡村小学。学校只有六个年级、九十多个学生，我负责五年级的数学，兼带全校的科学课。
第一节科学课，我问孩子们：天上的星星离我们有多远？教室里安静了好一会儿，一个叫扎西的男孩站起来说：“比县城还远。”大家都笑了，他自己也笑，脸红得像熟透的沙棘果。
高原的夜空干净得不像真的。没有路灯，没有高楼，银河从这边山头一直铺到那边山头，亮得能照出人影。可孩子们天天看，却说不出一颗星星的名字。我想，这样的天空，不该只是一块黑幕。
我用支教补贴买了一架入门级的天文望远镜，又从网上下载了星图，打印出来贴在教室后墙上。每周五晚上，只要天气好，我就带着住校的孩子们到操场上去。先认北斗七星，再顺着勺口找北极星，后来是织女、牛郎，是冬天的猎户座。
最难忘的是看月亮那一次。孩子们排着队，一个一个凑到目镜前，每个人看完都要“啊”地叫一声。一个平时不爱说话的女孩看了很久，回头问我：“老师，月亮上的坑是谁挖的？”我给她讲陨石，讲几十亿年，她听得很认真，第二天交来一篇作文，题目叫《月亮的脸》。
孩子们在操场上轮流用望远镜观察月亮
支教快结束的时候，我把望远镜留给了学校，也把观星的事托付给了一位本地老师。临走那天晚上，扎西跑来告诉我，他长大了想去造火箭。我不知道他将来会走多远，但我相信，一个见过星星真正样子的孩子，心里会一直有一片很大的天空。
""")

D1 = paras("""
混合所有制改革是深化国有企业改革的重要突破口。近年来，各地国有企业通过引入战略投资者、员工持股、整体上市等方式推进混改，在完善治理结构、增强市场活力方面取得了积极进展。但从基层实践看，一些问题仍然比较突出，需要认真研究解决。
一、当前混改中存在的主要问题
一是“混而不改”的现象依然存在。部分企业引入了非公资本，但董事会构成、经营决策方式没有实质变化，民营股东难以发挥作用，参与积极性逐步下降。
二是国有资产定价和流转程序较为复杂。评估、审批、进场交易等环节耗时较长，一些项目错过了最佳合作窗口，合作方对此意见较大。
三是员工持股的激励效果有待提升。个别企业持股范围过宽，平均化倾向明显，没有真正向关键岗位和核心骨干倾斜，激励作用被稀释。
二、推进混改走深走实的几点建议
第一，坚持“因企施策”，不搞一刀切。对处于充分竞争领域的企业，可以积极稳妥降低国有股比例；对关系国计民生的重要企业，要在保持控制力的前提下有序引入各类资本。
第二，切实转换经营机制。要按照现代企业制度要求，依法落实董事会职权，推行经理层任期制和契约化管理，让非公股东“有位置、有声音”。
第三，优化审批流程，提高交易效率。在严格防止国有资产流失的前提下，可以探索分级授权、并联审批，缩短项目周期。
第四，完善中长期激励机制。员工持股应当坚持“以岗定股、动态调整”，与企业业绩和个人贡献紧密挂钩，做到能进能出。
总之，混合所有制改革不是简单的股权调整，而是一场深层次的体制机制变革。只有把“混”和“改”结合起来，国有企业才能真正成为具有活力和竞争力的市场主体。
""")

D2 = paras("""
为了解我县乡村小学教师队伍的稳定情况，今年三月至五月，课题组对全县十四个乡镇的三十二所乡村小学进行了问卷调查和实地走访，共回收有效问卷四百一十二份，访谈校长、教师及家长六十余人。现将调查情况报告如下。
一、基本情况
近五年来，全县乡村小学共流失教师一百三十七人，其中调往县城学校的占百分之五十八，考取公务员或转行的占百分之二十一，其余为辞职外出务工或随家属迁移。流失教师中，三十五岁以下的青年教师占七成以上，且多为语文、数学、英语等主科教师。
二、流失原因分析
一是生活条件较差。部分学校地处偏远，周转宿舍简陋，交通不便，年轻教师周末往返县城要花去大量时间和路费。
二是专业发展机会少。乡村学校规模小，教研活动难以开展，外出培训名额有限，不少教师感到“越教越没有底气”。
三是个人问题难以解决。受访的未婚青年教师中，有近一半表示在乡镇“找对象难”，这成为他们申请调动的重要原因。
三、对策建议
一要落实乡村教师生活补助，按照学校偏远程度分档发放，拉开差距，让越偏远的地方待遇越好。
二要加快建设教师周转宿舍，配齐热水、网络等基本生活设施。
三要建立城乡学校结对帮扶机制，通过送教下乡、网络教研等方式，为乡村教师提供成长平台。
四要在职称评聘、评优评先中向乡村教师倾斜，让扎根乡村的教师有奔头、有盼头。
""")

D3 = paras("""
随着智能电网建设的不断推进，电力系统中的数据采集点大幅增加，智能电表、配电终端、巡检无人机等设备每天产生海量数据。这些数据在提升电网运行效率的同时，也带来了新的安全风险。
1 智能电网数据安全面临的主要风险
一是终端设备数量多、分布广，部分设备安全防护能力薄弱，容易成为攻击入口。二是数据在采集、传输、存储和使用等环节流转频繁，任何一个环节出现漏洞都可能造成信息泄露。三是用户用电数据具有较强的隐私属性，通过分析用电曲线，可以推断出家庭作息规律甚至人员在家情况。
2 数据安全防护的技术措施
在终端层面，应推广使用具备安全芯片的智能终端，实现设备身份认证和数据加密。在传输层面，可采用专用通道与加密隧道相结合的方式，防止数据被窃取或篡改。在平台层面，要建立分级分类的数据访问控制策略，做到最小授权、全程留痕。
此外，还可以引入数据脱敏和隐私计算技术，在不暴露原始数据的前提下，开展负荷预测、故障分析等业务应用。
3 管理层面的几点思考
技术手段只是数据安全的一部分，管理制度同样重要。电力企业应明确数据安全责任主体，定期开展风险评估和应急演练，加强对运维人员和外包队伍的安全培训。同时，要密切关注国家有关数据安全的法律法规，及时修订内部管理规定。
4 结语
数据安全是智能电网健康发展的基础。只有把技术防护和制度管理结合起来，才能在充分释放数据价值的同时，守住安全底线。
""")

N1_LEAD = "〔記者林佳蓉／嘉義報導〕"
N1 = paras("""
嘉義市東區一條不到三百公尺的老街上，有一間開業超過一百年的米店。去年店主決定轉型，把祖父留下的碾米機和木造米櫃保留下來，改裝成一間文創咖啡館，開幕半年來吸引不少年輕人專程造訪，也讓沉寂多年的老街重新熱鬧起來。
第四代店主許文彥表示，米店最興盛的時候，一天要賣出上千斤白米，附近的餐館和學校都是老主顧。後來超市和網購興起，生意一年比一年差，父親年紀大了，曾經考慮把店面租出去。「可是我從小在米櫃旁邊長大，實在捨不得讓它就這樣消失。」
許文彥花了將近一年時間整理老屋，請老師傅修復屋頂的檜木樑，原本堆放米袋的倉庫改成座位區，牆上掛著泛黃的帳本和老照片。店裡除了咖啡，也賣自家研發的米布丁和米餅，米都來自雲林和嘉義的契作農家。
不少客人特地來拍照打卡。來自台北的大學生陳小姐說，走進店裡就像回到阿嬤家，「每一個角落都有故事」。也有老街坊帶著孫子來，指著牆上的照片說起當年排隊買米的情景。
地方文史工作者指出，老街過去因人口外移逐漸沒落，近幾年陸續有青年返鄉開店，從米店、布莊到中藥行，老店新開的模式為街區注入新活力。市府文化局也表示，將持續推動老屋修繕補助，並規劃老街散步路線，希望讓更多人認識這段城市記憶。
""")

N2 = paras("""
疫情期間遠距教學暴露出偏鄉學童的數位落差問題。一群來自中部大學的志工學生，利用寒假走訪南投縣山區五所國小，送上募集而來的八十台平板電腦，並為學童開設程式設計與網路安全課程。
志工團隊召集人、資訊工程系三年級學生吳承翰表示，去年參加課輔活動時發現，部分學童家中只有一支手機，兄弟姊妹輪流使用，遇到線上作業常常無法準時完成。「我們能做的不多，但至少可以讓孩子有一台自己的設備。」
團隊透過社群網站發起募集，半年內收到企業與民眾捐贈的平板和筆電共一百二十多台。志工們逐一檢查、重灌系統，並安裝適合兒童使用的學習軟體，再依學校需求分配。
在信義鄉一所國小，志工用積木式程式教材帶學童設計小遊戲。五年級的小潔第一次讓畫面裡的小貓跑起來，興奮得大叫。校長表示，山上學校師資有限，很難開設資訊相關課程，志工帶來的不只是設備，更讓孩子看到外面的世界。
不過，也有老師提醒，偏鄉網路訊號不穩定，部分部落至今仍無法穩定上網，設備送到之後，後續的維修和網路費用更需要長期支持。吳承翰說，團隊已和兩所學校約定，每學期回訪一次，並爭取與在地電信業者合作，希望讓孩子們真正用得上這些平板。
""")

N3 = paras("""
中度颱風挾帶強風豪雨掃過東部，花蓮縣瑞穗、玉里一帶文旦產區災情慘重。正值中秋前採收旺季，大量即將成熟的果實被強風吹落，果農連日搶收，初步估計損失超過三成。
在瑞穗鄉種植文旦近四十年的果農潘先生，一早就帶著家人到果園撿拾落果。他說，颱風夜整晚都是風聲，心裡七上八下，天亮一看，樹下滿地都是文旦，「一年的心血，一個晚上就沒了一大半」。
潘先生表示，落果只要外皮沒有破損，還可以低價賣給加工廠做果醬或蜜餞，但價格只有正常收購價的三分之一左右。部分果樹枝幹被吹斷，明年的產量恐怕也會受到影響。
鄉公所農業課指出，目前已派員到各村里勘查，統計受災面積，並協助農民申請現金救助。農業單位也呼籲消費者多多支持在地農產，不少果農已在網路上推出「惜福文旦」，以較優惠的價格銷售外觀略有瑕疵、但品質不受影響的果實。
當地農會總幹事表示，近年氣候變化劇烈，颱風路徑和強度越來越難預測，農會將持續推廣防風網和果樹修剪技術，並鼓勵農民投保農業保險，降低天災帶來的衝擊。
""")

B1 = paras("""
父亲有一辆二八自行车，是他结婚那年托人从省城买回来的。车子又高又重，黑漆车架上印着金色的字，车把上挂一只铃铛，一拨就“叮铃铃”响好半天。
在我们那个小镇上，这辆车算得上是家里最值钱的东西。父亲每天骑着它去十几里外的机械厂上班，下雨天就用一块塑料布把车座包起来，回到家第一件事是拿旧毛巾把车身擦干净。我小时候最羡慕的，是坐在车前梁上，由父亲带着穿过镇上的石板街，风从耳边呼呼地吹过去。
后来我上了中学，学校离家远，父亲开始教我骑车。他在后面扶着车座，我在前面歪歪扭扭地蹬，摔了不知道多少次，膝盖上总是青一块紫一块。有一天我骑出去很远，回头一看，父亲站在路口冲我挥手，原来他早就松开了手。那一刻我又高兴又害怕，差点又摔一跤。
上大学以后，我很少再骑那辆车了。父亲退休后也换了电动车，二八车就一直靠在院子的墙角，链条生了锈，轮胎也瘪了。母亲几次说要卖给收废品的，父亲都不肯，说“放着又不占地方”。
前年父亲生病住院，我回家照顾他。有天晚上收拾院子，我把那辆车推出来，上了油，打了气，骑着在巷子里转了一圈。铃铛还能响，只是声音哑了许多。回到病房说起这事，父亲笑了，说那铃铛是他后来换过的，原来的早就丢了。
我没有告诉他，我骑车的时候，一直觉得后面有人在扶着。
""")

B2 = paras("""
五一假期没有去人挤人的景点，一个人买了张车票去了泉州，在老城里慢慢走了三天。
住的地方在西街附近的一条小巷里，推开窗就能看见东西塔的塔尖。早上六点多，巷子里就有了动静，卖面线糊的小摊支起了炉子，老人们端着碗坐在门口的矮凳上吃早饭，讲的闽南话我一句也听不懂，但听着很舒服。
泉州老城最让我意外的是它的“杂”。一条街上，前面是香火旺盛的关帝庙，拐个弯就是一座清真寺的石门，再往前走，又能看到教堂的尖顶。当地朋友说，这里宋元时候是大港口，各地的商人都来，庙和寺就这样挨着盖起来，一挨就是几百年。
第二天我去了开元寺。寺里的古树很多，树下有几只猫懒洋洋地躺着，游客从旁边走过，它们眼睛都不睁一下。大殿的柱子上雕着一排飞天，据说是别处很少见的样式，我仰着头看了半天，脖子都酸了。
傍晚最适合在老街上闲逛。骑楼下的店铺陆续亮起灯，有卖海蛎煎的，有卖石花膏的，也有年轻人开的咖啡馆和书店。我在一家老字号买了一包贡糖，老板娘特地多塞了两块给我，说“外地来的，尝尝”。
第三天下了一场雨，我躲在一家茶馆里，听隔壁桌的老人喝着茶讲古。雨停以后，石板路亮晶晶的，屋檐还在滴水。我突然有点舍不得走。
回来以后，朋友问我泉州有什么好玩的，我想了想，说不出哪一个景点特别出名，只记得那里的人过日子很从容，好像时间在那座城里走得比别处慢一点。
""")

B3 = paras("""
上个月，我做了一个小小的决定：把手机上的短视频应用全部卸载了，晚上九点以后把手机放在客厅充电，不带进卧室。
起因很简单。有一天我打开手机里的屏幕使用时间统计，发现自己每天平均要看手机七个多小时，其中将近四个小时花在刷短视频上。我算了一笔账，一年下来，差不多是两个月的清醒时间。这个数字把我吓了一跳。
刚开始的几天很不习惯。吃饭的时候手总想去摸口袋，等公交车的时候不知道眼睛该看哪里，睡前躺在床上，脑子里空落落的。有两次我差点又把应用装回来，最后还是忍住了。
大概一周以后，变化慢慢出现了。最明显的是睡眠，以前总要折腾到一点多才睡着，现在十一点左右就困了，早上醒来也不再头昏脑涨。我把书架上落灰的几本书重新翻出来，一个月读完了三本，虽然不算多，但比过去一年加起来还多。
我也开始重新注意身边的人和事。下班路上会留意街角新开了什么店，周末给父母打电话能聊上半个小时，而不是匆匆说几句就挂。有一次女儿拉着我下跳棋，我们下了一整个晚上，她说：“爸爸，你好久没有这样陪我玩了。”这句话让我难受了很久。
我并不认为手机和网络是坏东西。工作要用，联系朋友要用，查资料也离不开它。问题在于，那些被精心设计出来的应用太懂得怎样留住人的注意力，而我们常常意识不到自己交出了什么。
放下手机以后，我才发现，原来一天可以这么长。
""")

B4 = paras("""
我们厂的锅炉房在厂区最北边，一根红砖烟囱立在那里几十年，是全厂最高的建筑。每年十一月供暖开始，烟囱里冒出白烟，大家就知道，冬天真的来了。
老刘是锅炉房的班长，一九八○年顶替父亲进厂，在锅炉房一干就是三十多年。他个子不高，嗓门很大，脸上总有洗不干净的煤灰。我刚进厂那年冬天，宿舍暖气不热，去锅炉房找他，他二话不说，披上棉袄就跟我去查管道，一直忙到半夜。
二○一五年，厂里开始推进改制。先是分离办社会职能，职工医院、子弟学校陆续移交给地方，接着是“三供一业”改造，厂区和家属区的供暖要并入城市热网。这意味着，锅炉房要关了。
消息传来的那天，老刘在锅炉房门口蹲了一下午，烟一根接一根地抽。有人劝他，说厂里会安排转岗，工资也不会少。他摆摆手说：“我不是担心这个，就是舍不得。”
最后一个供暖季结束，是二○一六年三月十五日。那天早上，老刘把锅炉房里里外外打扫了一遍，把工具一件件擦干净，挂回墙上。关炉之前，他在记录本上写下最后一行字：“设备运行正常，交接完毕。”
后来老刘转到了厂里的物业公司，负责小区的设备巡检。改制之后，厂里的主业轻装上阵，效益一年比一年好，职工收入也涨了，大家都说这一步走对了。只是那根烟囱一直没拆，听说要留下来做个纪念。
前些天路过厂区，我又看见了它，孤零零地立在新盖的厂房后面，不再冒烟了。我想起老刘说过的一句话：“烧了一辈子锅炉，就图大家屋里暖和。”
""")

L1A = paras("""
外婆家的灶屋角落里，一溜儿摆着五六只腌菜坛，大的齐我腰高，小的只有两个拳头大。坛子是粗陶的，外面挂着酱色的釉，坛口有一圈水槽，盖上盖子，再往槽里倒水，外面的空气就进不去了。
每年立冬前后，外婆要腌一次菜。她把晒蔫的芥菜一棵棵洗净、切碎，撒上盐，用手使劲揉，揉出绿色的汁水来，再一层一层压进坛子里。我在旁边帮忙，揉不了几下就喊手疼，外婆笑着说，腌菜要用力气，力气越大，菜越香。
外婆腌菜有许多讲究。坛子要提前用开水烫过，晾得一滴水也没有；揉菜的手不能沾油；封坛那天不许小孩子在旁边乱说话。我问为什么，她只说老辈人都是这样做的。现在想来，那些规矩里藏着的，是一个主妇对一冬饭食的郑重。
过了一个月，坛子开封，一股酸香扑鼻而来。外婆用筷子夹出一碗，切点肉末一炒，就是冬天饭桌上最下饭的菜。那时候家里穷，一碗腌菜能吃好几顿，可我从来不觉得腻。
外婆去世以后，那些坛子被舅舅们分走了。我要了最小的一只，放在城里的阳台上，也学着腌过几次菜，可怎么也腌不出那个味道。后来我想明白了，少的不是盐，也不是力气，是外婆站在灶屋里，回头叫我吃饭的那一声。
""")

L1B = paras("""
十九岁那年，我第一次坐夜行火车，去两千公里外的城市上大学。
车厢里挤满了人，过道上坐着提编织袋的民工，行李架上塞得满满当当。我买的是硬座，对面是一位去南方打工的大姐，旁边是一个抱着孩子的年轻母亲。火车开动的时候，站台上的父亲越来越小，我把脸贴在车窗上，直到什么也看不见了。
夜里，车厢的灯调暗了，大多数人都睡着了。火车穿过一个又一个小站，窗外偶尔闪过几点灯火，很快又被黑暗吞没。我睡不着，听着车轮撞击铁轨的声音，一下，又一下，好像有人在很远的地方敲门。
半夜，那个孩子哭了起来，年轻母亲怎么哄也哄不住。对面的大姐从包里摸出一个苹果，用小刀削成一小块一小块的，递给孩子。孩子不哭了，大姐又削了一块递给我，说：“学生娃，吃点，路还长呢。”
天快亮的时候，火车驶过一条大江。晨光从江面上升起来，整个车厢一下子亮了。我看着窗外，忽然意识到，我的人生也像这列火车一样，已经驶离了熟悉的站台，开往一个完全陌生的地方。
后来我坐过很多次火车，也坐过飞机和高铁，可再也没有哪一段路，像那个夜晚一样漫长，又一样温暖。
""")

L1C = paras("""
村子中央有一块平整的晒谷场，是当年生产队时用石碾子一遍遍压出来的。平时它空着，孩子们在上面跳房子、打陀螺，到了秋收，它就成了全村最忙的地方。
稻子割回来，先在晒谷场上脱粒。打谷机轰隆隆地响，金黄的稻粒从出口哗哗地流出来，谷壳和灰尘飞得满天都是。大人们戴着草帽，脖子上搭着毛巾，汗水顺着脸往下淌，可没有一个人喊累。
晒谷要看天。太阳好的日子，天刚亮就要把稻谷摊开，用木耙子耙成一垄一垄的，隔一两个小时翻一遍。最怕的是午后突然变天，远处一声雷响，全村人都往晒谷场跑，扫帚、簸箕、麻袋一齐上阵，跟雨点抢时间。
傍晚收谷的时候，晒谷场上堆起一座座谷堆，像一个个小山包。我们躺在谷堆旁边，闻着稻谷被晒透的香味，看天边的晚霞一点点变暗，谁家的母亲在村口喊孩子回家吃饭，声音拖得老长。那是一年里最踏实的时候，仓里有粮，心里就不慌。
如今村里用上了烘干机，晒谷场也铺成了水泥地，成了村民跳广场舞的地方。每次回去，我都要在那里站一会儿，脚下好像还能感觉到稻谷的温度。
""")

L2 = paras("""
母亲有一只针线筐，是用竹篾编的，圆圆的，边上缠着一圈褪了色的红布条。筐里装着顶针、剪刀、大大小小的线团，还有一沓剪好的鞋样，用旧报纸夹着。
小时候，家里兄妹四个的衣服鞋子，几乎都是从这只筐里出来的。冬天的晚上，一家人围着火盆，母亲就着一盏昏黄的灯纳鞋底。锥子扎进厚厚的布层，她把针在头发里蹭一蹭，再用顶针顶过去，“哧啦”一声把线拉紧。那声音一下一下，我常常听着听着就睡着了。
我上初中那年，班里流行穿白色的运动鞋。我回家跟母亲闹，说不要再穿布鞋了，同学会笑话。母亲没说什么，第二天赶集回来，给我买了一双便宜的球鞋。那双鞋穿了不到两个月就开了胶，母亲拿去，在鞋帮上细细地缝了一圈，又穿了一个冬天。
后来日子好了，商场里什么样的衣服鞋子都买得到，母亲的针线筐渐渐用得少了。可她还是舍不得扔，放在衣柜顶上，隔一段时间拿下来擦一擦。孙子的扣子掉了，裤脚开了线，她总是第一个去拿针线筐。
去年冬天，母亲的眼睛不太好了，穿针要试很多次。我接过针帮她穿好，她笑着说：“老了，不中用了。”我看着她手里的针线筐，竹篾已经发黑，红布条也快看不出颜色，可它还是圆圆的，稳稳的，就像这么多年来的母亲。
""")

L3 = paras("""
我读书的那所中学，操场边上有一棵老槐树。据说建校的时候它就在那里，到现在少说也有七八十岁了。树干要两个人才能合抱，树皮裂成一道道深沟，摸上去粗糙得扎手。
每年五月，槐花开了，一串一串白生生地挂在枝头，整个校园都是甜丝丝的香味。课间的时候，男生们爬到矮一点的树杈上摘槐花，女生在下面用手帕兜着，一边接一边喊“小心”。被老师看见了，免不了一顿批评，可第二天照样有人去爬。
老槐树下是我们的露天课堂。语文老师喜欢在天气好的时候把我们带到树下上课，让我们坐在树荫里读课文。她说，读书要有风，有树，有阳光，才能读出味道来。我至今记得在树下读课文的那个下午，风吹过来，槐花落了一地，落在书页上，也落在同学们的头发上。
毕业那年，我们班在树下拍了合影。照片里每个人都笑得很灿烂，好像未来只有好事在等着我们。后来大家各奔东西，有的当了医生，有的去了外地打工，有的回到家乡当了老师，有的再也联系不上了。
前年学校翻新，我听说要砍掉老槐树修停车场，心里一阵难过。好在很多校友联名写信，最后树保住了，周围还砌了一圈护栏，挂上了古树保护的牌子。今年回母校，我又在树下站了很久。树还是那棵树，只是树下坐着的，换成了一群我不认识的孩子。
""")

L4 = paras("""
山村的雪，来得总是悄无声息。头天晚上还是干冷的北风，第二天早上推开门，院子里、屋顶上、远处的山坡上，已经白茫茫一片了。
雪天是孩子们的节日。我们顾不上吃早饭，穿上棉鞋就往外跑，在雪地里踩出一串串脚印。堆雪人要找最干净的雪，打雪仗要躲在柴垛后面，手冻得通红也不肯回家。大人们站在屋檐下喊，喊一次没人理，喊第二次就要拿扫帚出来了。
下雪的日子，大人们也难得清闲。男人们聚在谁家的火塘边，煮一壶茶，烤几个红薯，天南海北地聊。女人们在一旁做针线，时不时插一句嘴，引得一屋子人大笑。火塘里的柴噼噼啪啪地响，屋外的雪一直下，好像要把整个村子都藏起来。
雪停以后，村里最要紧的事是扫雪。家家户户扫干净自家门口，再一起去扫通往村外的那条山路。那条路是村里和外面唯一的联系，孩子上学、老人看病、年货进山，都要靠它。大家扫着扫着就连成了一条线，扫帚声此起彼伏，在山谷里传得很远。
这些年，村里的年轻人大多去了城里，很多老屋空着，雪落在屋顶上，一个冬天也没人扫。去年春节我回了一趟家，正赶上下雪。我拿起扫帚，从老屋门口一直扫到村口，回头看时，身后是一条干干净净的路，路两边是没人踩过的雪。
""")

C1 = paras("""
4月18日，江城城市发展控股集团有限公司正式揭牌成立。新集团由原市城建投资集团、市交通投资集团和市水务集团整合重组而成，注册资本100亿元，资产总额超过1200亿元，成为我市资产规模最大的市属国有企业。
据介绍，此次重组是我市深化国资国企改革的重要举措。过去，三家集团在城市基础设施投资、建设和运营方面存在业务交叉、资源分散等问题，有的项目多头投资，有的领域又缺乏统筹。整合后，新集团将按照“投资、建设、运营”一体化的思路，重点布局城市更新、综合交通、水务环保和产业园区四大板块。
市国资委有关负责人表示，重组不是简单的“物理相加”，而要实现“化学反应”。下一步，新集团将同步推进内部管理体制改革，压缩管理层级，原三家集团的二级子公司将由58家整合为31家，管理人员职数精简约两成，同时全面推行经理层成员任期制和契约化管理。
在职工安置方面，新集团明确提出“不裁员、不降薪”，通过内部竞聘、岗位交流等方式妥善安排人员。据了解，揭牌前已完成首批中层岗位竞聘，共有126名员工参加竞聘，其中35岁以下的年轻干部占比超过四成。
业内人士认为，通过重组整合，新集团的融资能力和抗风险能力将显著增强，有利于降低城市建设的融资成本。按照计划，到2025年，新集团营业收入力争突破150亿元，并推动旗下至少一家企业在资本市场上市。
""")

C2 = paras("""
近日，随着最后一部电梯通过验收，鼓楼街道12个老旧小区的加装电梯工程全部完工，共新增电梯47部，惠及居民1100余户。
青石巷小区3号楼新装的电梯投入使用
家住青石巷小区6楼的王阿姨今年72岁，膝盖不好，以前每次下楼买菜都要歇好几次。“电梯装好以后，我每天早上都下去转一圈，跟老姐妹们聊聊天，心情都好多了。”王阿姨说。
老旧小区加装电梯，难点往往不在技术，而在协调。一栋楼里，高层住户盼电梯，低层住户担心采光、噪音和房价，意见很难统一。鼓楼街道在推进过程中，组织社区干部、楼栋长和志愿者挨家挨户上门沟通，召开协调会60多场，通过调整电梯位置、给予低层住户适当补偿等办法，逐一化解矛盾。
资金方面，我市对既有住宅加装电梯给予每部最高20万元的财政补贴，其余部分由业主按楼层分摊，也可以提取住房公积金。为减轻居民负担，部分小区还引入了“企业代建、按次付费”的模式，居民不需要一次性出资。
市住建局相关负责人介绍，今年全市计划完成老旧小区加装电梯300部，目前已开工186部。下一步将进一步简化审批流程，推广标准化设计方案，让更多老年居民早日告别“爬楼难”。
""")

C3 = paras("""
5月20日，位于滨江新区的江城科技馆新馆正式对公众开放。开馆首周，科技馆累计接待观众4.2万人次，不少家长带着孩子早早来排队，周末的预约名额一放出就被抢光。
新馆建筑面积约3.6万平方米，设有“宇宙与地球”“智能生活”“交通与未来”“儿童科学乐园”等8个常设展区，展品总数超过500件，其中七成以上可以动手互动。
观众在“智能生活”展区与机械臂对弈
在“智能生活”展区，一台会下棋的机械臂前围满了观众。来自实验小学的四年级学生小宇和机械臂连下了三盘，全部输掉，他不服气地说：“下次我要多学点套路再来。”一旁的讲解员告诉记者，这台机械臂背后是一套图像识别和决策算法，展区想让孩子们直观感受人工智能是怎样“思考”的。
“交通与未来”展区则展示了我市轨道交通的发展历程，观众可以坐进模拟驾驶舱，体验驾驶地铁列车的感觉。在穹幕影院，一部介绍长江生态的科普影片也吸引了不少观众。
科技馆负责人表示，新馆实行免费预约参观，每周一闭馆。暑假期间，馆方还将联合高校和科研院所推出“科学家进场馆”系列讲座，并面向中小学生开设机器人、航模等科学营活动。
""")


# ---------------------------------------------------------------------------
# 1. huakan: flipbook viewer of the magazine 《山岚》 (UTF-8)
# ---------------------------------------------------------------------------

HK_ISSUE = "2023年6月号"
HK_TOC = [
    ("卷首语", "夏至", "林远山", 4),
    ("人间烟火", "老井边的夏天", "周明远", 12),
    ("人间烟火", "夜市里的修表摊", "马一鸣", 16),
    ("城乡记", "一座县城书店的二十年", "韩青", 20),
    ("城乡记", "回乡记：菜园与无人机", "石磊", 26),
    ("行走", "在高原上教孩子们看星星", "苏晓禾", 34),
    ("行走", "沿着运河去看桥", "柯梦", 40),
    ("读书", "慢读一本旧书", "钟文", 46),
    ("诗页", "六月的风（组诗）", "庄小荷", 52),
    ("编读往来", "读者来信选登", "", 60),
]


def hk_head(title_tag, start):
    tools = "".join(
        '<li><a href="javascript:void(0);" class="fb-btn fb-%s" title="%s">'
        '<i></i><span>%s</span></a></li>\n' % (c, t, t)
        for c, t in [("home", "首页"), ("prev", "上一页"), ("next", "下一页"),
                     ("end", "末页"), ("thumb", "缩略图"), ("toc", "目录"),
                     ("search", "搜索"), ("zoom", "放大"), ("full", "全屏"),
                     ("sound", "翻页声音"), ("share", "分享"),
                     ("down", "下载PDF")])
    return """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>%s</title>
<meta name="keywords" content="山岚,山岚杂志,电子杂志,在线阅读,翻页杂志,华刊云阅读">
<meta name="description" content="《山岚》%s 电子版在线翻阅，华刊云阅读提供海量电子期刊在线阅读。">
<link rel="stylesheet" href="//static.huakan.com.cn/viewer/3.2.7/css/flipbook.min.css">
<script>
var bookConfig = {"bookId":"SL202306","title":"山岚 %s","totalPages":64,"startPage":%d,
  "pageWidth":595,"pageHeight":842,"bgSound":true,"textLayer":true,
  "cdn":"//img.huakan.com.cn/books/SL202306/pages/"};
var _hkq = _hkq || []; _hkq.push(['book', 'SL202306']);
</script>
</head>
<body class="fb-body fb-skin-dark">
<div id="fbLoading" class="fb-loading" style="display:none">正在加载，请稍候……</div>
<div id="fbToolbar" class="fb-toolbar">
  <a class="fb-logo" href="https://www.huakan.com.cn/">华刊云阅读</a>
  <span class="fb-bookname">山岚 · %s · 总第218期</span>
  <ul class="fb-tools">
%s  </ul>
  <div class="fb-pagebox"><input type="text" id="fbPageInput" value="%d"> / 64</div>
  <a class="fb-login" href="/user/login">登录</a> <a class="fb-sub" href="/mag/shanlan/subscribe">订阅本刊</a>
</div>
""" % (title_tag, HK_ISSUE, HK_ISSUE, start, HK_ISSUE, tools, start)


def hk_layer(page, items):
    """items: list of (cls, text); each becomes a positioned span of the layer."""
    out = ['    <div class="fb-page fb-%s" data-page="%d">' %
           ("left" if page % 2 == 0 else "right", page),
           '      <img class="fb-bg" src="//img.huakan.com.cn/books/SL202306/pages/%d.jpg" alt="">' % page,
           '      <div class="textLayer">']
    top = 40
    for cls, t in items:
        out.append('        <span class="%s" style="left:56px;top:%dpx">%s</span>'
                   % (cls, top, escape(t, quote=False)))
        top += 24 if cls == "ln" else 32
    out.append('      </div>\n    </div>')
    return "\n".join(out)


def hk_tail():
    thumbs = "\n".join('    <li><a href="#p=%d"><img data-src="//img.huakan.com.cn/books/SL202306/thumbs/%d.jpg" alt=""><em>%d</em></a></li>'
                       % (i, i, i) for i in range(1, 65, 2))
    toc = "\n".join('    <li><a href="#p=%d"><span class="c">%s</span>%s<b>%d</b></a></li>'
                    % (p, c, escape(t), p) for c, t, a, p in HK_TOC)
    return """<div id="fbThumbs" class="fb-thumbs">
  <div class="fb-strip-title">缩略图</div>
  <ul>
%s
  </ul>
</div>
<div id="fbTocStrip" class="fb-toc-strip">
  <div class="fb-strip-title">目录</div>
  <ul>
%s
  </ul>
</div>
<div class="fb-foot">本刊所有内容版权归《山岚》杂志社所有　华刊云阅读 huakan.com.cn　浙ICP备16029481号-2</div>
<script src="//static.huakan.com.cn/viewer/3.2.7/js/jquery.min.js"></script>
<script src="//static.huakan.com.cn/viewer/3.2.7/js/turn.min.js"></script>
<script>
$(function(){ HKFlip.init(bookConfig); HKFlip.bindKeys(); });
document.addEventListener('contextmenu', function(e){ e.preventDefault(); });
</script>
</body>
</html>
""" % (thumbs, toc)


def hk_essay_page(n, start, column, title, author, paras_, extra_end,
                  caption=None):
    lines = []
    for i, p in enumerate(paras_):
        if p == caption:
            lines.append(("cap", p))
        else:
            lines += [("ln", x) for x in wrap("　　" + p, 24)]
    half = len(lines) // 2 + 1
    left = [("rh", "山岚 · " + HK_ISSUE), ("col", column), ("tt", title),
            ("au", "文/" + author)] + lines[:half] + [("pn", str(start))]
    right = [("rh", column + " | 山岚")] + lines[half:] + \
        [("ln", x) for x in extra_end] + [("pn", str(start + 1))]
    html = hk_head("%s - 山岚%s - 华刊云阅读" % (title, HK_ISSUE), start)
    html += ('<div id="fbStage" class="fb-stage">\n  <div class="fb-spread">\n'
             + hk_layer(start, left) + "\n" + hk_layer(start + 1, right)
             + "\n  </div>\n</div>\n" + hk_tail())
    add("k-huakan-%d" % n, html, "utf-8", "utf-8",
        "https://www.huakan.com.cn/book/shanlan/202306/index.html?page=%d" % start,
        title, author, "2023-06", paras_, shown=[HK_ISSUE])


hk_essay_page(1, 12, "人间烟火", "老井边的夏天", "周明远", F1,
              ["（作者系河南省某县退休教师）", "责任编辑　梅子"])
hk_essay_page(2, 20, "城乡记", "一座县城书店的二十年", "韩青", F2,
              ["责任编辑　梅子"])
hk_essay_page(3, 34, "行走", "在高原上教孩子们看星星", "苏晓禾", F3,
              ["责任编辑　程远"], caption="孩子们在操场上轮流用望远镜观察月亮")

# page 4: the table of contents spread (no essay)
toc_items = [("rh", "山岚 · " + HK_ISSUE), ("tt", "目录 CONTENTS")]
last = None
for c, t, a, p in HK_TOC:
    if c != last:
        toc_items.append(("col", c))
        last = c
    toc_items.append(("ln", "%s　%s　……　%d" % (t, a, p) if a else "%s　……　%d" % (t, p)))
toc_right = [("rh", "山岚 · " + HK_ISSUE),
             ("ln", "主管：某省文学艺术界联合会"),
             ("ln", "主办：山岚杂志社"),
             ("ln", "社长：许光明　主编：林远山"),
             ("ln", "编辑部主任：梅子"),
             ("ln", "地址：某市文华路18号　邮编：310012"),
             ("ln", "国内统一连续出版物号：CN 33-0000/I"),
             ("ln", "定价：12.00元"),
             ("ln", "封面摄影：雨后的村口"),
             ("pn", "3")]
html = hk_head("目录 - 山岚%s - 华刊云阅读" % HK_ISSUE, 2)
html += ('<div id="fbStage" class="fb-stage">\n  <div class="fb-spread">\n'
         + hk_layer(2, toc_items + [("pn", "2")]) + "\n" + hk_layer(3, toc_right)
         + "\n  </div>\n</div>\n" + hk_tail())
add("k-huakan-4", html, "utf-8", "",
    "https://www.huakan.com.cn/book/shanlan/202306/index.html?page=2",
    listing=True)


# ---------------------------------------------------------------------------
# 2. dangku: document-sharing site (GBK)
# ---------------------------------------------------------------------------

DK_RELATED = [
    ("国企改革三年行动实施方案解读.ppt", 36), ("混合所有制企业公司治理研究.pdf", 58),
    ("国有企业员工持股试点工作总结.doc", 7), ("关于深化国有企业改革的调研报告.docx", 12),
    ("地方国有资本投资运营公司改组探析.pdf", 9), ("乡村教师队伍建设调研报告范文.doc", 6),
    ("农村学校教师流动问题研究（开题报告）.doc", 4), ("智能电网信息安全防护体系设计.pdf", 41),
    ("电力营销数据隐私保护措施.docx", 5), ("2021年国资委工作要点（全文）.doc", 11),
]


def dk_page(n, fname, ext, uploader, date, pages, price, cat, layer, url):
    vip = ext in ("pdf",)
    pages = len(layer)
    nav = " | ".join('<a href="/%s/">%s</a>' % (a, b) for a, b in [
        ("", "首页"), ("jiaoyu", "教育专区"), ("zhiye", "行业资料"),
        ("gongwen", "党政公文"), ("fanwen", "实用范文"), ("lunwen", "论文"),
        ("ppt", "PPT模板"), ("vip", "VIP专区"), ("app", "客户端")])
    out = ["""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>%s.%s - 档库网</title>
<meta name="keywords" content="%s,%s下载,%s免费下载" />
<meta name="description" content="档库网提供%s.%s在线阅读与下载，%s" />
<link href="/css/common.css?v=20210601" rel="stylesheet" type="text/css" />
<link href="/css/reader.css?v=20210601" rel="stylesheet" type="text/css" />
<script type="text/javascript">
var docInfo = {pid:'%s', ext:'%s', pageCount:%d, freePage:2, price:%d, vip:%s};
var _hmt = _hmt || [];
</script>
</head>
<body>
<div id="topbar"><div class="w1200"><span class="fl">欢迎来到档库网！</span><span class="fr"><a href="/login.html">登录</a> | <a href="/reg.html">免费注册</a> | <a href="/upload.html">上传文档</a> | <a href="/vip.html" class="red">开通VIP</a> | <a href="/help.html">帮助中心</a></span></div></div>
<div id="header"><div class="w1200"><a href="/" class="logo"><img src="/images/logo.png" alt="档库网" /></a>
<form action="/search.php" method="get" class="sobox"><input type="text" name="q" value="" placeholder="搜索文档、PPT、范文" /><input type="submit" value="搜 索" /></form></div></div>
<div id="nav"><div class="w1200">%s</div></div>
<div class="w1200 crumb">当前位置：<a href="/">档库网</a> &gt; <a href="/zhiye/">行业资料</a> &gt; <a href="#">%s</a></div>
<div class="w1200 clearfix">
<div class="main fl">
  <div class="doc-head">
    <h1><i class="ico ico-%s"></i>%s.%s</h1>
    <div class="doc-meta">上传者：<a href="/u/%s/">%s</a>　上传时间：%s　浏览：%d次　下载：%d次　页数：%d页　格式：%s　<span class="price">%d下载券</span></div>
""" % (fname, ext, fname, fname, fname, fname, ext, fname[:20], url.split("-")[-1][:-5],
       ext, pages, price, "true" if vip else "false", nav, cat, ext, fname, ext,
       uploader, uploader, date, 1000 + n * 1371, 17 + n * 29, pages,
       ext.upper(), price)]
    if vip:
        out.append("""    <div class="vip-tip"><b>VIP专享文档</b>　本文档为VIP用户专享，开通VIP可免费下载全文，同时享有海量文档免费下载特权。<a href="/vip.html">立即开通&gt;&gt;</a></div>
""")
    else:
        out.append("""    <div class="vip-tip">本文档需要<b>%d下载券</b>下载，VIP用户可免费下载。温馨提示：在线预览仅显示前%d页，如需完整阅读请下载。</div>
""" % (price, 2))
    out.append("""  </div>
  <div class="reader" id="reader">
""")
    for i, page_lines in enumerate(layer):
        out.append('    <div class="page" id="page_%d" style="width:794px;height:1123px">\n      <div class="pageText">\n' % (i + 1))
        top = 96
        for cls, t in page_lines:
            out.append('        <div class="%s" style="top:%dpx;left:%dpx">%s</div>\n'
                       % (cls, top, 300 if cls == "tl" else 90, escape(t, quote=False)))
            top += 28
        out.append('      </div>\n      <div class="page-num">第 %d 页 共 %d 页</div>\n    </div>\n' % (i + 1, pages))
    out.append("""    <div class="read-more"><p>全文阅读已结束，共%d页</p><p class="gray">下载文档到电脑，查找使用更方便</p></div>
  </div>
  <div class="down-bar"><a class="btn-down" href="/download/%s.html">下载文档（%d下载券）</a><a class="btn-fav" href="javascript:;">收藏</a><a class="btn-share" href="javascript:;">分享</a><a class="btn-report" href="/report.html">举报</a></div>
  <div class="vip-box"><h4>开通VIP，享受以下特权</h4><ul><li>海量文档免费下载</li><li>百万VIP专享文档任意下</li><li>下载券每月赠送</li><li>无广告纯净阅读</li></ul><a href="/vip.html">￥9.9开通VIP</a></div>
  <div class="comments"><h3>文档评论（3）</h3>
    <div class="cmt"><span class="u">kk20180306</span>：写得很实在，正好用得上，谢谢分享！<span class="t">2021-09-02</span></div>
    <div class="cmt"><span class="u">夏日微凉</span>：下载券有点贵，格式还行。<span class="t">2021-11-17</span></div>
    <div class="cmt"><span class="u">一只小书虫</span>：第二部分的建议可以参考，不过数据有点旧了。<span class="t">2022-03-05</span></div>
    <div class="cmt-form"><textarea placeholder="登录后才能发表评论"></textarea><input type="button" value="发表评论" /></div>
  </div>
</div>
<div class="side fr">
  <div class="uploader-box"><img src="/avatar/%s.jpg" alt="" /><p class="name">%s</p><p>文档数：<b>%d</b>　粉丝：<b>%d</b></p><p>认证：个人用户</p><a class="btn-follow" href="javascript:;">+ 关注</a></div>
  <div class="related"><h3>相关文档</h3><ul>
""" % (pages, url.split("-")[-1][:-5], price, uploader,
       uploader, 100 + n * 73, 12 + n * 9))
    for t, pg in DK_RELATED:
        out.append('    <li><a href="/p-%d.html" title="%s">%s</a><span>%d页</span></li>\n'
                   % (88160000 + pg * 131, t, t, pg))
    out.append("""  </ul></div>
  <div class="hot"><h3>热门搜索</h3><a href="#">工作总结</a> <a href="#">述职报告</a> <a href="#">心得体会</a> <a href="#">党课讲稿</a> <a href="#">调研报告</a></div>
</div>
</div>
<div id="footer"><p><a href="/about.html">关于我们</a> | <a href="/copyright.html">版权声明</a> | <a href="/contact.html">联系我们</a> | <a href="/jubao.html">侵权投诉</a></p>
<p>本站所有文档均由用户上传，仅供学习交流，如有侵权请联系删除。</p>
<p>Copyright &copy; 2012-2022 dangku.net 档库网 版权所有　鄂ICP备13008472号-1</p></div>
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/js/reader.js?v=20210601"></script>
</body>
</html>
""")
    return "".join(out)


def dk_layer(title, byline, unit, body, width, per_page, heading_test):
    lines = [("tl", title)]
    if byline:
        lines.append(("au", byline))
    if unit:
        lines.append(("au", unit))
    for p in body:
        if heading_test(p):
            lines.append(("ln", p))
        else:
            lines += [("ln", x) for x in wrap("　　" + p, width)]
    return [lines[i:i + per_page] for i in range(0, len(lines), per_page)]


def is_head(p):
    return len(p) < 24 and not p.endswith("。")


lay = dk_layer("国有企业混合所有制改革中的几个问题与对策", "王建平", "（某省国有资产管理研究中心）",
               D1, 38, 26, is_head)
add("k-dangku-1",
    dk_page(1, "国有企业混合所有制改革中的几个问题与对策", "doc", "xinghe_2019",
            "2021-08-13", 3, 5, "企业管理", lay, "http://www.dangku.net/p-8816372540913.html"),
    "gbk", "", "http://www.dangku.net/p-8816372540913.html",
    "国有企业混合所有制改革中的几个问题与对策", "王建平", "2021-08-13", D1,
    shown=["2021-08-13"])

lay = dk_layer("乡村小学教师流失现状调查报告", "", "", D2, 38, 24, is_head)
add("k-dangku-2",
    dk_page(2, "乡村小学教师流失现状调查报告", "pdf", "教育资料铺",
            "2020-06-02", 4, 3, "教育管理", lay, "http://www.dangku.net/p-7730519864205.html"),
    "gbk", "gbk", "http://www.dangku.net/p-7730519864205.html",
    "乡村小学教师流失现状调查报告", "", "2020-06-02", D2, shown=["2020-06-02"])

lay = dk_layer("浅谈智能电网建设中的数据安全", "陈立新　刘珊", "（国网某市供电公司，某省某市 441000）",
               D3, 40, 25, lambda p: p[0].isdigit() and len(p) < 24)
add("k-dangku-3",
    dk_page(3, "浅谈智能电网建设中的数据安全", "doc", "电力人小周",
            "2022-03-27", 3, 2, "电力/水利", lay, "http://www.dangku.net/p-9902648137752.html"),
    "gbk", "", "http://www.dangku.net/p-9902648137752.html",
    "浅谈智能电网建设中的数据安全", "陈立新 刘珊", "2022-03-27", D3,
    shown=["2022-03-27"])

# page 4: search results (no essay)
results = [
    ("国有企业混合所有制改革中的几个问题与对策.doc", "混合所有制改革是深化国有企业改革的重要突破口。近年来，各地国有企业通过引入战略投资者……", 3, "2021-08-13"),
    ("国企改革三年行动实施方案解读.ppt", "一、总体要求 二、重点任务 三、组织保障……", 36, "2020-12-01"),
    ("关于深化国有企业改革的调研报告.docx", "根据市委安排，调研组先后深入12家市属企业开展调研……", 12, "2019-05-21"),
    ("国企改革背景下的人力资源管理创新.pdf", "摘要：随着国企改革的不断深入，人力资源管理面临新的挑战……", 8, "2021-03-09"),
    ("国有企业员工持股试点工作总结.doc", "按照试点工作部署，我公司于去年启动员工持股试点……", 7, "2020-10-30"),
    ("地方国企改革典型案例汇编（2021版）.pdf", "本汇编收录了地方国有企业改革典型案例30个……", 96, "2021-11-15"),
    ("国企改革中的党建工作思考.doc", "坚持党的领导、加强党的建设，是国有企业的光荣传统……", 5, "2022-01-07"),
    ("国企改革心得体会范文（精选10篇）.docx", "通过学习国企改革相关文件精神，我深刻认识到……", 18, "2022-06-18"),
    ("国企改革与公司治理（课件）.ppt", "第一讲 现代企业制度 第二讲 董事会建设……", 44, "2018-09-26"),
    ("国企混改中的国有资产流失风险防范.pdf", "摘要：国有资产流失是混合所有制改革中必须守住的底线……", 10, "2021-07-02"),
    ("国有企业三项制度改革实施方案.doc", "为深化劳动、人事、分配三项制度改革，特制定本方案……", 9, "2020-04-14"),
    ("国企改革政策汇编.docx", "目录 一、中央文件 二、部委文件 三、地方文件……", 122, "2022-02-28"),
]
rs = "".join("""  <div class="result">
    <h3><i class="ico ico-%s"></i><a href="/p-%d.html" target="_blank">%s</a></h3>
    <p class="abs">%s</p>
    <p class="info">%d页　上传时间：%s　<span class="price">%d下载券</span></p>
  </div>
""" % (t.rsplit(".", 1)[1], 77000000 + i * 4711, t.replace("国企改革", "<em>国企改革</em>"),
       a, pg, d, i % 5 + 1) for i, (t, a, pg, d) in enumerate(results))
html = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>国企改革_相关文档搜索结果 - 档库网</title>
<link href="/css/common.css?v=20210601" rel="stylesheet" type="text/css" />
<link href="/css/search.css?v=20210601" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="topbar"><div class="w1200"><span class="fl">欢迎来到档库网！</span><span class="fr"><a href="/login.html">登录</a> | <a href="/reg.html">免费注册</a> | <a href="/upload.html">上传文档</a> | <a href="/vip.html" class="red">开通VIP</a></span></div></div>
<div id="header"><div class="w1200"><a href="/" class="logo"><img src="/images/logo.png" alt="档库网" /></a>
<form action="/search.php" method="get" class="sobox"><input type="text" name="q" value="国企改革" /><input type="submit" value="搜 索" /></form></div></div>
<div class="w1200 filter">格式：<a class="on" href="#">全部</a> <a href="#">DOC</a> <a href="#">PDF</a> <a href="#">PPT</a> <a href="#">TXT</a>　　排序：<a class="on" href="#">相关度</a> <a href="#">最新上传</a> <a href="#">下载最多</a>　　价格：<a href="#">免费</a> <a href="#">VIP专享</a></div>
<div class="w1200 clearfix">
<div class="main fl">
  <div class="stat">与“<b>国企改革</b>”相关的文档，共找到 <b>1,286</b> 个结果</div>
%s  <div class="pager"><span class="cur">1</span> <a href="?q=国企改革&amp;p=2">2</a> <a href="?q=国企改革&amp;p=3">3</a> <a href="?q=国企改革&amp;p=4">4</a> <a href="?q=国企改革&amp;p=5">5</a> … <a href="?q=国企改革&amp;p=108">108</a> <a href="?q=国企改革&amp;p=2">下一页</a></div>
</div>
<div class="side fr">
  <div class="hot"><h3>相关搜索</h3><a href="#">国企改革心得体会</a> <a href="#">混合所有制改革</a> <a href="#">三项制度改革</a> <a href="#">国资监管</a> <a href="#">员工持股</a></div>
  <div class="vip-ad"><a href="/vip.html"><img src="/images/vip-side.png" alt="开通VIP 免费下载" /></a></div>
</div>
</div>
<div id="footer"><p>Copyright &copy; 2012-2022 dangku.net 档库网 版权所有　鄂ICP备13008472号-1</p></div>
</body>
</html>
""" % rs
add("k-dangku-4", html, "gbk", "gbk",
    "http://www.dangku.net/search.php?q=%B9%FA%C6%F3%B8%C4%B8%EF", listing=True)


# ---------------------------------------------------------------------------
# 3. minxun: traditional-script news site, Big5, table layout
# ---------------------------------------------------------------------------

MX_NAV = ["首頁", "即時", "政治", "社會", "生活", "地方", "財經", "國際", "兩岸",
          "娛樂", "體育", "健康", "科技", "教育", "旅遊", "評論", "影音", "專題"]
MX_RELATED = [
    "台南老屋民宿遭檢舉違規經營 業者喊冤", "嘉義市推老街散步地圖 串聯十二間百年老店",
    "返鄉青年開早餐店 賣阿嬤的古早味", "南投山區小學獲贈電子白板 師生樂開懷",
    "花蓮文旦今年產量估減 農會籲提早預購", "颱風外圍環流影響 東部山區防豪雨",
]


def mx_page(title_tag, meta_ct, kw_line, crumb, head_html, body_html, editor, date):
    nav = "".join('<td><a href="/%s/">%s</a></td>' % (i, t) for i, t in enumerate(MX_NAV))
    rel = "".join('<li>•<a href="/news/%d.htm">%s</a></li>\n' % (2080000 + i * 317, t)
                  for i, t in enumerate(MX_RELATED))
    hot = "".join('<tr><td class="num">%d</td><td><a href="/news/%d.htm">%s</a></td></tr>\n'
                  % (i + 1, 2090000 + i * 97, t) for i, t in enumerate(MX_RELATED[::-1]))
    return """<html>
<head>
%s<title>%s</title>
<meta name="keywords" content="%s">
<link rel="stylesheet" href="/css/style2011.css" type="text/css">
<script language="javascript" src="/js/ad.js"></script>
</head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="28" class="top">%s　<a href="/member/login.asp">會員登入</a>｜<a href="/rss/">RSS</a>｜<a href="/app/">下載APP</a></td></tr>
<tr><td><a href="/"><img src="/images/logo_minxun.gif" width="220" height="60" border="0" alt="民訊網"></a><img src="/ad/banner_728x90.gif" width="728" height="90"></td></tr>
<tr><td><table class="nav" cellspacing="0" cellpadding="0"><tr>%s</tr></table></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr valign="top">
<td width="660">
<div class="crumb">%s</div>
%s
%s
<div class="editor">責任編輯：%s</div>
<div class="share"><a href="#">分享到Facebook</a>｜<a href="#">LINE</a>｜<a href="#">列印</a>｜<a href="#">轉寄好友</a>｜<a href="#">回報錯誤</a></div>
<div class="related"><h3>相關新聞</h3><ul>
%s</ul></div>
<div class="disclaimer">免責聲明：本網站所刊載之新聞內容僅供參考，不代表本網立場；未經授權，不得轉載、改作或以任何方式重製。如有侵權，請與本網聯繫，將於查證後立即處理。</div>
</td>
<td width="20"></td>
<td width="300">
<table class="box" width="300"><tr><th>即時熱門</th></tr><tr><td><table>
%s</table></td></tr></table>
<table class="box" width="300"><tr><th>廣告</th></tr><tr><td><img src="/ad/300x250.gif" width="300" height="250"></td></tr></table>
</td>
</tr>
</table>
<table width="980" align="center" class="footer"><tr><td>
<a href="/about/">關於我們</a>｜<a href="/ad/">廣告服務</a>｜<a href="/privacy/">隱私權政策</a>｜<a href="/contact/">聯絡我們</a><br>
民訊網 版權所有 &copy; 2008-2023 Minxun News All Rights Reserved.</td></tr></table>
<script type="text/javascript">
var gaq = gaq || []; gaq.push(['_trackPageview']);
</script>
</body>
</html>
""" % (meta_ct, title_tag, kw_line.replace("關鍵字：", "").replace(" ", ","), date,
       nav, crumb, head_html, body_html, editor, rel, hot)


def mx_body(ps_):
    return '<div id="newsText" class="text">\n' + "\n".join(
        "<p>" + escape(x, quote=False) + "</p>" for x in ps_) + "\n</div>"


# N1: header big5 + meta big5; byline inline at the start of the first paragraph
kw = "關鍵字：嘉義 老街 米店 文創咖啡 老屋活化 網紅打卡"
head = """<div class="kw">%s</div>
<h1 class="title">老街區活化 百年米店轉型文創咖啡館</h1>
<div class="info">2022/09/05 14:32　｜　民訊網 地方中心</div>
<div class="pic"><img src="/photo/2022/09/05/2081734_1.jpg" width="600"><p class="cap">店內保留了老米店的木造米櫃與碾米機。（記者林佳蓉攝）</p></div>""" % kw
body = mx_body([N1_LEAD + N1[0]] + N1[1:])
N1_GOLD = ["店內保留了老米店的木造米櫃與碾米機。"] + N1  # caption without its credit
html = mx_page("老街區活化 百年米店轉型文創咖啡館,嘉義新聞,嘉義美食,嘉義咖啡廳推薦,老屋咖啡,文創,網紅打卡-民訊網",
               '<meta http-equiv="Content-Type" content="text/html; charset=big5">\n',
               kw, '<a href="/">首頁</a> &gt; <a href="/5/">地方</a> &gt; 嘉義', head, body,
               "王素珍", "2022年9月5日 星期一")
add("k-minxun-1", html, "big5", "big5",
    "https://news.minxun.com.tw/local/20220905/2081734.htm",
    "老街區活化 百年米店轉型文創咖啡館", "林佳蓉", "2022-09-05", N1_GOLD,
    shown=["2022/09/05"])

# N2: no header charset, meta big5; byline in its own line
kw = "關鍵字：偏鄉教育 數位落差 平板電腦 志工 南投 程式設計"
head = """<div class="kw">%s</div>
<h1 class="title">偏鄉學童數位落差 志工團隊送平板上山</h1>
<div class="info"><span class="reporter">記者陳冠宇／南投報導</span>　2022-11-18 07:50</div>""" % kw
html = mx_page("偏鄉學童數位落差 志工團隊送平板上山,平板電腦,偏鄉教育,數位落差,南投,信義鄉,程式設計,志工,寒假營隊|民訊網",
               '<meta http-equiv="Content-Type" content="text/html; charset=big5">\n',
               kw, '<a href="/">首頁</a> &gt; <a href="/13/">教育</a>', head, mx_body(N2),
               "蔡明哲", "2022年11月18日 星期五")
add("k-minxun-2", html, "big5", "", "https://news.minxun.com.tw/edu/20221118/2093356.htm",
    "偏鄉學童數位落差 志工團隊送平板上山", "陳冠宇", "2022-11-18", N2,
    shown=["2022-11-18"])

# N3: header big5 while the template's meta still says utf-8; bracket byline paragraph
kw = "關鍵字：颱風 文旦 花蓮 瑞穗 農損 惜福文旦"
head = """<div class="kw">%s</div>
<h1 class="title">颱風過後 果農搶收文旦損失逾三成</h1>
<div class="info">發佈時間：2023年8月30日 上午10:15　來源：民訊網</div>""" % kw
body = mx_body(["【記者黃志明／花蓮報導】"] + N3 + ["（相關新聞請見生活版）"])
html = mx_page("颱風過後 果農搶收文旦損失逾三成,颱風,文旦,花蓮文旦,瑞穗,農損,中秋節,柚子,宅配,惜福-民訊網",
               '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n',
               kw, '<a href="/">首頁</a> &gt; <a href="/4/">生活</a>', head, body,
               "林宜君", "2023年8月30日 星期三")
add("k-minxun-3", html, "big5", "big5", "https://news.minxun.com.tw/life/20230830/2150982.htm",
    "颱風過後 果農搶收文旦損失逾三成", "黃志明", "2023-08-30", N3,
    shown=["2023年8月30日"])

# N4: the 地方 category index (no essay); header none, <meta charset=big5>
items = [
    ("嘉義", "老街區活化 百年米店轉型文創咖啡館", "2022/09/05"),
    ("台南", "府城古蹟夜間開放 延長至晚間九點", "2022/09/05"),
    ("高雄", "旗津渡輪票價調整 在地居民維持半價", "2022/09/04"),
    ("屏東", "東港黑鮪魚季落幕 拍賣總額創三年新高", "2022/09/04"),
    ("台東", "池上秋收稻穗藝術節 門票今起開賣", "2022/09/04"),
    ("花蓮", "太魯閣步道整修完成 下月重新開放", "2022/09/03"),
    ("宜蘭", "礁溪溫泉區停車位不足 縣府規劃接駁車", "2022/09/03"),
    ("新竹", "竹北高鐵特區新設公托 明年啟用", "2022/09/03"),
    ("苗栗", "三義木雕街人潮回流 業者推DIY體驗", "2022/09/02"),
    ("台中", "綠川水岸整治二期 沿岸增設自行車道", "2022/09/02"),
    ("彰化", "鹿港老街週末交通管制 遊客請多利用公車", "2022/09/02"),
    ("雲林", "西螺果菜市場改建 攤商陸續進駐", "2022/09/01"),
    ("南投", "日月潭纜車年度維修 暫停營運十天", "2022/09/01"),
    ("基隆", "廟口夜市攤位重新編號 防疫動線調整", "2022/09/01"),
    ("澎湖", "跨海大橋夜間點燈 吸引遊客拍照", "2022/08/31"),
    ("金門", "古厝修復再利用 三棟老屋變身民宿", "2022/08/31"),
]
lst = "".join('<tr><td class="area">[%s]</td><td><a href="/local/%d.htm">%s</a></td><td class="date">%s</td></tr>\n'
              % (a, 2081734 - i * 211, t, d) for i, (a, t, d) in enumerate(items))
nav = "".join('<td><a href="/%s/">%s</a></td>' % (i, t) for i, t in enumerate(MX_NAV))
html = """<html>
<head>
<meta charset="big5">
<title>地方新聞,台灣地方新聞,縣市新聞,即時新聞,嘉義新聞,台南新聞,花蓮新聞-民訊網</title>
<link rel="stylesheet" href="/css/style2011.css" type="text/css">
</head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><a href="/"><img src="/images/logo_minxun.gif" width="220" height="60" border="0" alt="民訊網"></a></td></tr>
<tr><td><table class="nav" cellspacing="0" cellpadding="0"><tr>%s</tr></table></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr valign="top"><td width="660">
<div class="crumb"><a href="/">首頁</a> &gt; 地方</div>
<h2 class="cat">地方新聞</h2>
<table class="list" width="100%%">
%s</table>
<div class="pages">第 1 / 86 頁　<a href="?page=2">下一頁</a>　<a href="?page=86">最末頁</a></div>
</td><td width="20"></td><td width="300"><table class="box" width="300"><tr><th>廣告</th></tr><tr><td><img src="/ad/300x250.gif" width="300" height="250"></td></tr></table></td></tr>
</table>
<table width="980" align="center" class="footer"><tr><td>民訊網 版權所有 &copy; 2008-2023 Minxun News All Rights Reserved.</td></tr></table>
</body>
</html>
""" % (nav, lst)
add("k-minxun-4", html, "big5", "", "https://news.minxun.com.tw/local/", listing=True)


# ---------------------------------------------------------------------------
# 4. xiaozhu: a personal blog (GB2312), old table/div template, long comments
# ---------------------------------------------------------------------------

XZ_POSTS = [
    ("父亲的自行车", "往事", 124), ("在泉州老城走了三天", "行走", 131),
    ("我为什么放下了手机", "杂感", 158), ("厂里的最后一个锅炉工", "往事", 203),
]


def xz_page(idx, body, date_html, meta_extra, comments, tags, reads):
    title, cat, pid = XZ_POSTS[idx]
    prev_ = XZ_POSTS[idx - 1] if idx > 0 else ("新年随想", "杂感", 118)
    next_ = XZ_POSTS[idx + 1] if idx + 1 < len(XZ_POSTS) else ("秋天的第一场雨", "杂感", 211)
    cm = []
    for i, (who, when, txt, reply) in enumerate(comments):
        r = ('\n      <div class="reply"><b>砚秋</b> 回复：%s</div>' % escape(reply)) if reply else ""
        cm.append("""    <li class="comment" id="comment-%d">
      <div class="c-head"><span class="floor">%d楼</span> <a class="c-name" href="#">%s</a> <span class="c-date">%s</span></div>
      <div class="c-body">%s</div>%s
    </li>""" % (9000 + pid * 20 + i, i + 1, escape(who), when, escape(txt), r))
    side_recent = "".join('<li><a href="/archives/%d.html">%s</a></li>' % (p, t) for t, c, p in XZ_POSTS[::-1])
    cats = "".join('<li><a href="/category/%s/">%s</a> (%d)</li>' % (c, c, n) for c, n in [("往事", 46), ("行走", 21), ("杂感", 63), ("读书", 17), ("未分类", 5)])
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
%s<title>%s - 砚秋的小筑 - 小筑博客</title>
<link rel="stylesheet" type="text/css" href="/themes/inkwash/style.css" />
<script type="text/javascript" src="/js/blog.js"></script>
</head>
<body>
<div id="wrap">
<div id="header">
  <h1><a href="http://yanqiu.xiaozhu.cn/">砚秋的小筑</a></h1>
  <p class="desc">一盏灯，一杯茶，慢慢写字。</p>
  <div id="menu"><a href="/">首页</a> <a href="/category/往事/">往事</a> <a href="/category/行走/">行走</a> <a href="/category/杂感/">杂感</a> <a href="/category/读书/">读书</a> <a href="/album/">相册</a> <a href="/guestbook/">留言板</a> <a href="/about/">关于</a></div>
</div>
<table width="960" border="0" cellspacing="0" cellpadding="0"><tr valign="top">
<td width="700" id="content">
  <div class="post">
    <h2 class="post-title">%s</h2>
    <div class="post-meta">作者：砚秋　发表于 %s　分类：<a href="/category/%s/">%s</a>　阅读(%d)　<a href="#comments">评论(%d)</a></div>
    <div class="post-body">
%s
    </div>
    <div class="post-tags">标签：%s</div>
    <div class="post-copy">转载请注明出处：砚秋的小筑 http://yanqiu.xiaozhu.cn/archives/%d.html</div>
    <div class="post-nav">上一篇：<a href="/archives/%d.html">%s</a><br />下一篇：<a href="/archives/%d.html">%s</a></div>
  </div>
  <div id="comments"><h3>%d 条评论</h3>
  <ol class="commentlist">
%s
  </ol>
  <div id="respond"><h3>发表评论</h3>
    <form action="/comment.php" method="post"><p>昵称：<input type="text" name="author" /> 邮箱：<input type="text" name="email" /> 网址：<input type="text" name="url" /></p>
    <p><textarea name="comment" rows="6" cols="70"></textarea></p><p>验证码：<input type="text" name="code" size="4" /> <img src="/code.php" alt="" /> <input type="submit" value="提交评论" /></p></form>
  </div>
  </div>
</td>
<td width="20"></td>
<td width="240" id="sidebar">
  <div class="widget"><h4>博主资料</h4><img src="/upload/avatar.jpg" width="80" alt="" /><p>砚秋，七零后，机械厂子弟，现居江南小城，业余写点字。</p><p><a href="/guestbook/">给我留言</a></p></div>
  <div class="widget"><h4>日历</h4><div id="calendar"><script type="text/javascript">showCalendar();</script></div></div>
  <div class="widget"><h4>文章分类</h4><ul>%s</ul></div>
  <div class="widget"><h4>最新文章</h4><ul>%s</ul></div>
  <div class="widget"><h4>最新评论</h4><ul><li>清风徐来：写得真好，想起了我爸。</li><li>阿岚：泉州真的很值得去。</li><li>老K：握手，我也卸载了。</li></ul></div>
  <div class="widget"><h4>友情链接</h4><ul><li><a href="#">听雨轩</a></li><li><a href="#">南山下</a></li><li><a href="#">一苇渡江</a></li><li><a href="#">老树的博客</a></li></ul></div>
  <div class="widget"><h4>博客统计</h4><p>文章：152篇<br />评论：2317条<br />访问：386,214次</p></div>
</td>
</tr></table>
<div id="footer">Copyright &copy; 2009-2019 砚秋的小筑　Powered by 小筑博客 xiaozhu.cn　<script type="text/javascript">var cnzz_protocol = "http://";</script></div>
</div>
</body>
</html>
""" % (meta_extra, title, title, date_html, cat, cat, reads, len(comments), body,
       tags, pid, prev_[2], prev_[0], next_[2], next_[0], len(comments),
       "\n".join(cm), cats, side_recent)


CM1 = [
    ("清风徐来", "2012-04-05 22:10", "写得真好，看到最后一句眼睛湿了，想起了我爸。", "谢谢，父亲们大概都是这样。"),
    ("阿岚", "2012-04-05 22:41", "我家也有一辆，现在还在老家的柴房里。", ""),
    ("老K", "2012-04-06 08:03", "沙发没抢到，板凳吧。二八车是我们那一代人的集体记忆。", ""),
    ("南山下", "2012-04-06 09:17", "我小时候学车也是这样，我爸在后面扶着，扶着扶着就不见了。那时候觉得自己特别了不起，后来才明白，他就是在后面一直跟着跑，跑不动了才松的手。现在他自己走路都要拄拐杖了，我每次回家都想陪他多走一走，可总是待不了几天就得回城里上班。看了你的文章，决定这个周末回去一趟。", "去吧，多陪陪老人家。"),
    ("一苇渡江", "2012-04-06 11:30", "文字很干净，不煽情，却很打动人。", ""),
    ("小鱼儿", "2012-04-06 13:52", "铃铛换过的那一段好细节。", ""),
    ("听雨轩主人", "2012-04-06 20:15", "拜读。建议砚秋兄把这些写父亲的文章攒成一个集子，一定有很多人愿意看。", "哈哈，写着玩的，不敢当。"),
    ("路人甲", "2012-04-07 00:22", "顶一个。", ""),
    ("Maggie", "2012-04-07 10:08", "我爸也是厂里的，每天骑车上下班，冬天手上全是冻疮。我们家那辆车后来被偷了，他心疼了好久，还去派出所报了案，当然最后也没找回来。那是我第一次看到他那么沮丧，比厂里不发奖金的时候还难受。现在想想，那辆车对他来说可能不仅仅是一个交通工具，是他年轻时候的一个念想吧。", ""),
    ("老树", "2012-04-07 18:44", "结尾收得好。", ""),
    ("江南雨", "2012-04-08 09:31", "转走了，已注明出处。", "好的，谢谢。"),
    ("晓风残月", "2012-04-09 21:05", "读了三遍。祝叔叔身体健康！", ""),
]
add("k-xiaozhu-1", xz_page(0, ps(B1, "      "), "2012-04-05 21:33", "", CM1, "父亲 自行车 往事", 1203),
    "gb2312", "", "http://yanqiu.xiaozhu.cn/archives/124.html",
    "父亲的自行车", "砚秋", "2012-04-05", B1, shown=["2012-04-05 21:33"])

CM2 = [
    ("阿岚", "2013-05-06 22:31", "泉州真的很值得去，我去年也去了，面线糊太好吃了。", "对，每天早上一碗。"),
    ("老K", "2013-05-06 23:02", "开元寺的猫！我也拍过。", ""),
    ("背包客小周", "2013-05-07 08:45", "补充一个：西街晚上人很多，早上去拍东西塔光线最好。另外清源山也可以去爬一下，不高，山顶能看到整个老城。还有一家卖土笋冻的小店在中山路上，本地人排队，很推荐，不过第一次吃可能接受不了。", "谢谢，下次去试试。"),
    ("清风徐来", "2013-05-07 10:20", "时间走得慢一点，这句话说得太对了。", ""),
    ("小鱼儿", "2013-05-07 12:13", "收藏了，十一准备去。", ""),
    ("南山下", "2013-05-07 19:48", "写得像一幅画。", ""),
    ("泉州人在北京", "2013-05-08 09:12", "作为泉州人看得很亲切，离家十年了，最想的就是那一口面线糊和巷子里的南音。每次回去都觉得老城又变了一点，有些老房子拆了，有些修得太新，反而没了味道。希望老城能一直保持这个样子。", "说得是，老城的好就在于它不着急。"),
    ("Maggie", "2013-05-08 15:37", "贡糖好吃！", ""),
    ("路人甲", "2013-05-09 10:01", "顶。", ""),
    ("一苇渡江", "2013-05-10 22:19", "一个人旅行，反而看得更细。", ""),
]
add("k-xiaozhu-2", xz_page(1, ps(B2, "      "), "2013年5月6日 星期一 22:10", "", CM2, "泉州 旅行 老城", 2467),
    "gb2312", "gbk", "http://yanqiu.xiaozhu.cn/archives/131.html",
    "在泉州老城走了三天", "砚秋", "2013-05-06", B2, shown=["2013年5月6日"])

CM3 = [
    ("老K", "10-12 09:20", "握手，我也卸载了，坚持了半个月。", "加油！"),
    ("小鱼儿", "10-12 10:05", "说得我好惭慢……不对，是好惭愧。", ""),
    ("数码控阿杰", "10-12 11:47", "其实可以用系统自带的屏幕时间限制，每天给短视频设一个小时的额度，到时间自动锁住。完全卸载对很多人来说太难了，循序渐进可能更容易坚持。我自己试了三个月，现在每天平均下来一个多小时，比以前好多了。", "这个办法也不错，适合大多数人。"),
    ("清风徐来", "10-12 13:30", "女儿那句话看得我心里一酸。", ""),
    ("阿岚", "10-12 18:02", "我做不到……", ""),
    ("南山下", "10-12 20:44", "一天可以这么长，说得太好了。", ""),
    ("Maggie", "10-13 08:15", "我现在睡前看纸书，确实睡得好。", ""),
    ("程序员老王", "10-13 09:38", "作为一个做应用的人，说句实话，很多产品的目标就是让你停不下来，我们内部开会讨论的指标就是用户每天用多长时间、打开多少次。所以真的不能怪自己意志力不够，是对手太强了。能意识到这一点，已经赢了一半。", ""),
    ("路人甲", "10-13 12:00", "mark", ""),
    ("晓风残月", "10-14 21:26", "准备从今天开始试试。", "一起！"),
]
add("k-xiaozhu-3", xz_page(2, ps(B3, "      "), "10-12 08:45",
                           '<meta property="article:published_time" content="2014-10-12T08:45:00+08:00" />\n',
                           CM3, "手机 生活 自律", 3518),
    "gb2312", "gb2312", "http://yanqiu.xiaozhu.cn/archives/158.html",
    "我为什么放下了手机", "砚秋", "2014-10-12", B3, shown=["10-12 08:45"])

CM4 = [
    ("老树", "2019-11-03 20:11", "我们厂的锅炉房也是那年关的，看得我想哭。", "都是一个时代的事。"),
    ("南山下", "2019-11-03 20:36", "“交接完毕”四个字，太有分量了。", ""),
    ("红星厂老职工", "2019-11-03 21:50", "我在厂里干了三十一年，从学徒干到车间主任，改制那几年心里也七上八下的，担心厂子没了，担心饭碗没了。后来看，改是对的，医院学校交出去以后，厂里轻松多了，设备也更新了，年轻人愿意来了。可每次路过老家属区，看到那些老楼，还是会想起当年一起加班、一起排队打饭的日子。那种感情，不是现在的年轻人能理解的。", "老师傅说得好，改是对的，情也是真的。"),
    ("清风徐来", "2019-11-03 22:14", "老刘这样的人，值得被记住。", ""),
    ("阿岚", "2019-11-04 07:58", "烟囱留着挺好的。", ""),
    ("Maggie", "2019-11-04 09:26", "我爸就是锅炉工，看到这篇转给他看了，他说写得真。", "替我问叔叔好。"),
    ("一苇渡江", "2019-11-04 12:40", "写改制而不写口号，难得。", ""),
    ("厂二代", "2019-11-04 16:05", "三供一业那段我太熟悉了，我们家属区改造的时候，暖气、水、电都换了一遍，墙上挖得到处是洞，老人们抱怨了好几个月。可改完以后确实好了，暖气比以前热，也不用再找厂里报修，打个电话物业就来了。就是那种全家属区的人都认识的感觉，慢慢没有了。", ""),
    ("老K", "2019-11-05 08:30", "好文，转了。", ""),
    ("路人甲", "2019-11-05 10:17", "顶！", ""),
    ("江南雨", "2019-11-06 19:22", "最后一句话，让人暖和。", ""),
    ("晓风残月", "2019-11-08 22:03", "希望老刘一切都好。", "他挺好的，现在天天带孙子。"),
    ("小鱼儿", "2019-11-10 14:45", "读完去搜了“三供一业”，长知识了。", ""),
]
add("k-xiaozhu-4", xz_page(3, ps(B4, "      "), "2019-11-03 19:20", "", CM4, "国企改制 工厂 往事", 5120),
    "gb2312", "", "http://yanqiu.xiaozhu.cn/archives/203.html",
    "厂里的最后一个锅炉工", "砚秋", "2019-11-03", B4, shown=["2019-11-03 19:20"])


# ---------------------------------------------------------------------------
# 5. yunjian: literary essay site (GBK; the compilation page UTF-8)
# ---------------------------------------------------------------------------

YJ_HOT = ["春天的声音", "母亲的背影", "那年的槐花", "故乡的小河", "一碗阳春面",
          "人生如茶", "雨中的老街", "父爱无言", "秋天的落叶", "灯下读书"]


def yj_page(charset_meta, title_tag, crumb, article, related):
    nav = "".join('<li><a href="/%s/">%s</a></li>' % (a, b) for a, b in [
        ("", "首页"), ("sanwen", "散文"), ("meiwen", "美文"), ("suibi", "随笔"),
        ("shige", "诗歌"), ("xiaoshuo", "小说"), ("zuowen", "作文"),
        ("jingxuan", "每周精选"), ("mingjia", "名家散文"), ("tougao", "投稿")])
    rel = "".join('<li><a href="/sanwen/%d.html">%s</a></li>' % (8000 + i * 13, t)
                  for i, t in enumerate(related))
    hot = "".join('<li><span>%d</span><a href="/sanwen/%d.html">%s</a></li>' % (i + 1, 7000 + i * 7, t)
                  for i, t in enumerate(YJ_HOT))
    return """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s" />
<title>%s</title>
<meta name="keywords" content="散文,美文,散文精选,优美散文,抒情散文,经典美文" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
</head>
<body class="articleview">
<div class="header"><div class="top w960 center"><div class="title"><h2><a href="/">云笺美文网</a></h2><span>品读美文 温暖人心</span></div>
<div class="search"><form action="/plus/search.php"><input name="q" type="text" /><button type="submit">搜索</button></form></div></div>
<div class="nav w960 center"><ul>%s</ul></div></div>
<div class="w960 center clear mt1">
<div class="pleft">
  <div class="place"><strong>当前位置:</strong> %s</div>
  <div class="viewbox">
%s
  </div>
  <div class="boxoff"><strong>------分隔线----------------------------</strong></div>
  <div class="handle"><div class="context"><ul><li>上一篇：<a href="/sanwen/7988.html">岁月深处的老屋</a></li><li>下一篇：<a href="/sanwen/8012.html">一个人的黄昏</a></li></ul></div>
  <div class="actbox"><ul><li id="act-fav"><a href="#">收藏</a></li><li id="act-err"><a href="#">挑错</a></li><li id="act-pus"><a href="#">推荐</a></li><li id="act-pnt"><a href="#">打印</a></li></ul></div></div>
  <div class="xgyd"><h3>相关阅读</h3><ul>%s</ul></div>
</div>
<div class="pright">
  <div class="commend"><dl class="tbox"><dt><strong>热门美文</strong></dt><dd><ul class="hot">%s</ul></dd></dl></div>
  <div class="ad300"><script type="text/javascript">document.write('<div id="ad_r1"></div>');</script></div>
</div>
</div>
<div class="footer w960 center mt1 clear"><p>本站部分文章来源于网友投稿，版权归原作者所有，如有侵权请联系删除。</p>
<p>Copyright &copy; 2015-2022 云笺美文网 www.yunjian8.com 版权所有　豫ICP备15009327号</p></div>
</body>
</html>
""" % (charset_meta, title_tag, nav, crumb, article, rel, hot)


# L1: compilation page, three essays of different authors (UTF-8, header utf-8)
parts = ['    <div class="jx-head">每周美文 · 第36期　<span>发布时间：2018-11-30　来源：云笺美文网　阅读：4126次</span></div>',
         '    <div class="content">']
for t, a, body in [("外婆的腌菜坛", "宋雨晴", L1A), ("夜行火车", "邓一凡", L1B), ("晒谷场", "罗秀英", L1C)]:
    parts.append('    <div class="essay">\n      <h2 class="essay-title">%s</h2>\n      <div class="essay-author">文 / %s</div>\n%s\n    </div>'
                 % (t, a, ps(body, "      ")))
parts.append('    <p class="jx-note">（本期美文由读者投稿，编辑：小笺）</p>\n    </div>')
L1_GOLD = L1A + ["夜行火车"] + L1B + ["晒谷场"] + L1C
add("k-yunjian-1",
    yj_page("utf-8", "外婆的腌菜坛 夜行火车 晒谷场_每周美文精选_云笺美文网",
            '<a href="/">主页</a> &gt; <a href="/jingxuan/">每周精选</a> &gt;', "\n".join(parts),
            ["外婆的菜园", "绿皮火车上的年", "稻花香里说丰年", "老家的灶台", "远行"]),
    "utf-8", "utf-8", "https://www.yunjian8.com/jingxuan/20181130/5521.html",
    "外婆的腌菜坛", "-", "2018-11-30", L1_GOLD, shown=["2018-11-30"])


def yj_single(title, author_html, date_html, kw, body, editor):
    return """    <div class="title"><h2>%s</h2></div>
    <div class="info"><small>时间:</small>%s<small>来源:</small>云笺美文网 <small>%s</small> <small>点击:</small><script src="/plus/count.php?view=yes&amp;aid=8843&amp;mid=1" type='text/javascript' language="javascript"></script>次</div>
    <div class="kwline">%s</div>
    <div class="content">
      <table width="100%%"><tr><td>
%s
      <p>（编辑：%s）</p>
      </td></tr></table>
    </div>""" % (title, date_html, author_html, kw, ps(body, "      "), editor)


kw = "关键词：母亲散文 亲情美文 感人散文 写母亲的散文 散文精选 优美散文摘抄大全"
add("k-yunjian-2",
    yj_page("gbk", "母亲的针线筐_亲情散文_云笺美文网",
            '<a href="/">主页</a> &gt; <a href="/sanwen/">散文</a> &gt; <a href="/sanwen/qinqing/">亲情散文</a> &gt;',
            yj_single("母亲的针线筐", "作者:林晚秋", "2019-06-21", kw, L2, "小笺"),
            ["写给母亲的信", "母亲的手", "娘的老棉袄", "灯下缝衣的母亲", "母爱是一碗热汤"]),
    "gbk", "", "https://www.yunjian8.com/sanwen/qinqing/20190621/8843.html",
    "母亲的针线筐", "林晚秋", "2019-06-21", L2, shown=["2019-06-21"])

kw = "关键词：校园散文 老槐树 回忆母校 青春美文 校园美文精选"
add("k-yunjian-3",
    yj_page("gbk", "校园里的那棵老槐树_校园散文_云笺美文网",
            '<a href="/">主页</a> &gt; <a href="/sanwen/">散文</a> &gt; <a href="/sanwen/xiaoyuan/">校园散文</a> &gt;',
            yj_single("校园里的那棵老槐树", "作者:赵知远", "2020年01月08日", kw, L3, "青禾"),
            ["母校的梧桐", "那年夏天的毕业照", "老师的粉笔字", "操场上的黄昏", "我的同桌"]),
    "gbk", "gbk", "https://www.yunjian8.com/sanwen/xiaoyuan/20200108/9127.html",
    "校园里的那棵老槐树", "赵知远", "2020-01-08", L3, shown=["2020年01月08日"])

kw = "关键词：写雪的散文 乡村散文 故乡的雪 冬天美文 抒情散文"
add("k-yunjian-4",
    yj_page("gb2312", "山村的雪_乡土散文_云笺美文网",
            '<a href="/">主页</a> &gt; <a href="/sanwen/">散文</a> &gt; <a href="/sanwen/xiangtu/">乡土散文</a> &gt;',
            yj_single("山村的雪", "", "2021-12-15", kw, L4, "小笺"),
            ["故乡的冬天", "雪落无声", "围炉夜话", "山路弯弯", "炊烟"]),
    "gb2312", "", "https://www.yunjian8.com/sanwen/xiangtu/20211215/10364.html",
    "山村的雪", "", "2021-12-15", L4, shown=["2021-12-15"])


# ---------------------------------------------------------------------------
# 6. jiangcheng: city news portal (UTF-8) with a 150+ link menu
# ---------------------------------------------------------------------------

JC_TOP = ["首页", "新闻", "要闻", "本地", "国内", "国际", "财经", "房产", "汽车", "教育",
          "健康", "文旅", "体育", "娱乐", "科技", "视频", "图片", "专题", "评论", "政务",
          "问政", "便民"]
JC_MENU = [
    ("新闻", "江城要闻 区县新闻 民生热点 社会法治 国内新闻 国际新闻 图片新闻 视频新闻 新闻发布 辟谣平台"),
    ("政务", "领导之窗 政务公开 政策解读 人事任免 公示公告 政府采购 招考信息 建议提案 网上办事 12345热线"),
    ("区县", "江岸区 江北区 鼓楼区 滨江新区 高新区 东湖区 临江县 青山县 石桥县 梅溪县"),
    ("财经", "财经要闻 金融 证券 产业 国资国企 民营经济 招商引资 消费 农业农村 开发区"),
    ("房产", "楼市动态 新房 二手房 租房 土地市场 家居 装修 物业 房产政策 看房团"),
    ("汽车", "车市 新车 试驾 用车 二手车 新能源车 车展 降价 驾考 违章查询"),
    ("教育", "教育动态 中考 高考 考研 留学 职业教育 校园 家长课堂 培训 招生信息"),
    ("健康", "健康资讯 名医 医院 养生 母婴 心理 食品安全 疫苗 医保 健康问答"),
    ("文旅", "文化 旅游 非遗 老江城 美食 节庆 展览 演出 读书 摄影"),
    ("体育", "本地体育 足球 篮球 马拉松 全民健身 赛事 彩票 户外 棋牌 电竞"),
    ("科技", "科技资讯 互联网 数码 通信 人工智能 科创企业 科普 航天 新能源 智慧城市"),
    ("生活", "天气 交通 招聘 求职 失物招领 分类信息 便民电话 公交查询 停水停电 预约挂号"),
    ("专题", "两会专题 城市更新 文明城市 乡村振兴 营商环境 长江大保护 平安江城 清廉江城 学习园地 热点回顾"),
    ("服务", "网站导航 爆料 投稿 广告服务 联系我们 关于我们 人才招聘 版权声明 网站地图 手机版"),
]
JC_REC = ["江城地铁6号线二期工程全线贯通", "今年首批保障性租赁住房开始配租",
          "滨江绿道全线贯通 骑行一圈约42公里", "我市新增3家国家级专精特新企业",
          "五一假期全市接待游客超600万人次", "市民之家推出“周末不打烊”服务"]


def jc_nav():
    top = "".join('<li><a href="/%s/">%s</a></li>' % (i, t) for i, t in enumerate(JC_TOP))
    mega = []
    for i, (ch, subs) in enumerate(JC_MENU):
        mega.append('  <dl class="m%d"><dt><a href="/ch%d/">%s</a></dt><dd>%s</dd></dl>' % (
            i, i, ch, " ".join('<a href="/ch%d/s%d/">%s</a>' % (i, j, s)
                               for j, s in enumerate(subs.split()))))
    return """<div class="topbar"><div class="w1200"><span>今天是 <script>document.write(jcToday());</script></span><a href="/m/">手机版</a> | <a href="/app/">客户端</a> | <a href="/user/login">登录</a> | <a href="/user/reg">注册</a></div></div>
<div class="logo-row w1200"><a href="/"><img src="/images/logo_jc.png" alt="江城网"></a><form class="s" action="/search/"><input name="kw"><button>搜索</button></form></div>
<ul class="mainnav w1200">%s</ul>
<div class="megamenu w1200">
%s
</div>""" % (top, "\n".join(mega))


def jc_frame(title_tag, meta_ct, crumb, main, extra_head=""):
    rec = "".join('<li><a href="/news/jcyw/202405/t2024050%d_56%04d.html">%s</a></li>' % (i + 1, i * 37, t)
                  for i, t in enumerate(JC_REC))
    return """<!DOCTYPE html>
<html>
<head>
%s<meta name="viewport" content="width=1200">
<title>%s</title>
%s<link rel="stylesheet" href="/res/css/jc2019.css">
<script src="/res/js/jquery-1.12.4.min.js"></script>
<script>function jcToday(){var d=new Date();return d.getFullYear()+'年'+(d.getMonth()+1)+'月'+d.getDate()+'日';}</script>
</head>
<body>
%s
<div class="w1200 clearfix">
<div class="crumb">当前位置：%s</div>
<div class="left">
%s
</div>
<div class="right">
  <div class="box"><h3>今日推荐</h3><ul>%s</ul></div>
  <div class="box"><h3>江城微博</h3><iframe src="/widget/weibo.html" width="300" height="400" frameborder="0"></iframe></div>
  <div class="box"><h3>图片新闻</h3><a href="/pic/"><img src="/pic/2024/05/focus1.jpg" alt=""><p>长江边的初夏</p></a></div>
</div>
</div>
<div class="footer">
<p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/ad/">广告服务</a> | <a href="/copyright/">版权声明</a> | <a href="/sitemap/">网站地图</a></p>
<p>江城网 版权所有　未经授权禁止复制或建立镜像　违法和不良信息举报电话：027-88880000</p>
<p>互联网新闻信息服务许可证编号：42120190012　鄂ICP备09004123号　鄂公网安备 42010202000123号</p>
</div>
<script>var _jcstat = {site:'jiangcheng', ch:'news'};</script>
</body>
</html>
""" % (meta_ct, title_tag, extra_head, jc_nav(), crumb, main, rec)


def jc_article(title, source, author, date, body_html, editor, related):
    rel = "".join('<li><a href="/news/%d.html">%s</a><span>%s</span></li>' % (560000 + i * 91, t, d)
                  for i, (t, d) in enumerate(related))
    au = "　作者：%s" % author if author else ""
    return """<div class="article">
  <h1>%s</h1>
  <div class="info">来源：%s%s　发布时间：%s　<span class="zh">【字号：<a href="javascript:fs(18)">大</a> <a href="javascript:fs(16)">中</a> <a href="javascript:fs(14)">小</a>】</span>　<a href="javascript:window.print()">【打印】</a>　<a href="javascript:window.close()">【关闭】</a></div>
  <div class="TRS_Editor" id="zoom">
%s
  </div>
  <div class="editor">责任编辑：%s</div>
  <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
  <div class="box xgbd"><h3>相关报道</h3><ul>%s</ul></div>
</div>""" % (title, source, au, date, body_html, editor, rel)


def jc_body(lines, captions):
    out = []
    for x in lines:
        if x in captions:
            out.append('<p style="text-align:center"><img src="/news/images/2024/%s.jpg" border="0"></p>\n<p style="text-align:center">%s</p>'
                       % (captions[x], escape(x, quote=False)))
        else:
            out.append('<p style="text-indent:2em">%s</p>' % escape(x, quote=False))
    return "\n".join(out)


add("k-jiangcheng-1",
    jc_frame("市属国企重组整合迈出关键一步 三家集团合并组建城发控股_江城要闻_江城网",
             '<meta charset="utf-8">\n',
             '<a href="/">首页</a> &gt; <a href="/ch0/">新闻</a> &gt; <a href="/ch0/s0/">江城要闻</a>',
             jc_article("市属国企重组整合迈出关键一步 三家集团合并组建城发控股", "江城日报", "刘振华",
                        "2024-04-19 08:30", jc_body(C1, {}), "钱晓",
                        [("市国资委：今年将完成市属企业战略性重组", "2024-03-02"),
                         ("城投集团发行绿色债券 募资20亿元", "2024-01-18"),
                         ("国企改革深化提升行动推进会召开", "2023-12-07")])),
    "utf-8", "utf-8", "http://www.jiangcheng.com.cn/news/jcyw/202404/t20240419_562817.html",
    "市属国企重组整合迈出关键一步 三家集团合并组建城发控股", "刘振华", "2024-04-19", C1,
    shown=["2024-04-19 08:30"])

add("k-jiangcheng-2",
    jc_frame("老城区12个小区完成加装电梯 居民出行不再“爬楼难”_民生热点_江城网",
             '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n',
             '<a href="/">首页</a> &gt; <a href="/ch0/">新闻</a> &gt; <a href="/ch0/s2/">民生热点</a>',
             jc_article("老城区12个小区完成加装电梯 居民出行不再“爬楼难”", "市住建局", "",
                        "2024-05-07", jc_body(C2, {C2[1]: "dt0507"}), "孙倩",
                        [("既有住宅加装电梯补贴政策问答", "2024-02-26"),
                         ("鼓楼街道老旧小区改造启动", "2023-09-11")])),
    "utf-8", "", "http://www.jiangcheng.com.cn/news/mszx/202405/t20240507_564102.html",
    "老城区12个小区完成加装电梯 居民出行不再“爬楼难”", "", "2024-05-07", C2,
    shown=["2024-05-07"])

add("k-jiangcheng-3",
    jc_frame("江城科技馆新馆开放 首周接待观众超四万人次_江城要闻_江城网", "",
             '<a href="/">首页</a> &gt; <a href="/ch0/">新闻</a> &gt; <a href="/ch0/s0/">江城要闻</a>',
             jc_article("江城科技馆新馆开放 首周接待观众超四万人次", "江城晚报", "赵磊 周婷",
                        "2024年05月27日 16:02", jc_body(C3, {C3[2]: "kjg0527"}), "钱晓",
                        [("江城科技馆新馆5月20日起免费开放", "2024-05-15"),
                         ("科技馆新馆展陈设计方案公示", "2023-08-22"),
                         ("暑期科普活动预约指南", "2024-05-25")])),
    "utf-8", "utf-8", "http://www.jiangcheng.com.cn/news/jcyw/202405/t20240527_566930.html",
    "江城科技馆新馆开放 首周接待观众超四万人次", "赵磊 周婷", "2024-05-27", C3,
    shown=["2024年05月27日"])

# page 4: 江城要闻 listing, page 2 of 48 (no essay)
heads = ["市政府常务会议研究部署防汛工作", "江城科技馆新馆开放 首周接待观众超四万人次",
         "老城区12个小区完成加装电梯 居民出行不再“爬楼难”", "我市出台支持民营经济发展二十条措施",
         "长江江城段水质连续三年保持Ⅱ类", "2024年江城马拉松报名启动", "城市更新项目集中开工 总投资186亿元",
         "全市中考体育考试顺利结束", "江北区新建5所中小学 秋季开学投用", "第十届江城读书节开幕",
         "滨江新区获批省级数字经济示范区", "市属国企重组整合迈出关键一步 三家集团合并组建城发控股",
         "汉江路综合改造工程完工通车", "我市启动夏季治安巡防集中行动", "江城至梅溪城际公交开通",
         "一季度全市GDP同比增长5.8%", "市民之家推出“周末不打烊”服务", "东湖区老年食堂实现社区全覆盖",
         "首届江城非遗购物节举办", "全市新增城市绿地120公顷"]
lst = "".join('<li><a href="/news/jcyw/2024%02d/t_%d.html">%s</a><span>2024-%02d-%02d</span></li>\n'
              % (6 - i // 7, 567000 - i * 83, escape(t, quote=False), 6 - i // 7, 28 - i % 7 * 3)
              for i, t in enumerate(heads))
pager = ('<div class="page">共48页　<a href="index.html">首页</a> <a href="index.html">上一页</a> '
         '<a href="index.html">1</a> <span class="cur">2</span> '
         + " ".join('<a href="index_%d.html">%d</a>' % (i - 1, i) for i in range(3, 9))
         + ' … <a href="index_2.html">下一页</a> <a href="index_47.html">尾页</a> 转到第<input size="2">页</div>')
main = '<div class="listbox"><h2>江城要闻</h2><ul class="list">\n%s</ul>\n%s</div>' % (lst, pager)
add("k-jiangcheng-4",
    jc_frame("江城要闻_江城网", '<meta charset="utf-8">\n',
             '<a href="/">首页</a> &gt; <a href="/ch0/">新闻</a> &gt; 江城要闻', main),
    "utf-8", "", "http://www.jiangcheng.com.cn/news/jcyw/index_1.html", listing=True)


def visible(html):
    import re
    from html import unescape
    h = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", html)
    h = re.sub(r"(?s)<!--.*?-->", "", h)
    h = re.sub(r"(?s)<[^>]+>", "", h)
    return re.sub(r"\s+", "", unescape(h))


def find_line(vis, line, pos):
    """Position after line in vis from pos; allow page furniture inside a line
    (a paragraph continued across text-layer pages), chunks of 8+ chars."""
    i = vis.find(line, pos)
    if i >= 0:
        return i + len(line)
    rest, p = line, pos
    while rest:
        n = len(rest)
        while n >= 8 and vis.find(rest[:n], p, p + 400 + n) < 0:
            n -= 1
        if n < 8:
            return -1
        p = vis.find(rest[:n], p, p + 400 + n) + n
        rest = rest[n:]
    return p


def check():
    import re
    bad = 0
    listings = 0
    for p in ALL:
        raw = open(os.path.join(PAGES, p["name"] + ".html"), "rb").read()
        vis = visible(raw.decode(p["enc"]))
        gold = open(os.path.join(GOLD, p["name"] + ".txt"), encoding="utf-8").read()
        head, _, body = gold.partition("\n\n")
        errs = []
        if p["listing"]:
            listings += 1
            if body.strip():
                errs.append("listing has text")
        else:
            pos = 0
            for ln in body.strip().split("\n"):
                k = find_line(vis, re.sub(r"\s+", "", ln), pos)
                if k < 0:
                    errs.append("line not found in order: " + ln[:30])
                else:
                    pos = k
            if re.sub(r"\s+", "", p["title"]) not in vis:
                errs.append("title not visible")
            if p["author"] not in ("", "-"):
                for a in p["author"].split():
                    if a not in vis:
                        errs.append("author not visible: " + a)
            for d in p["shown"]:
                if re.sub(r"\s+", "", d) not in vis:
                    errs.append("date not visible: " + d)
            n = len(re.sub(r"\s+", "", body))
            if not 400 <= n <= 4000:
                errs.append("text length %d" % n)
        if p["name"].startswith("k-jiangcheng"):
            links = len(re.findall(r"<a\s", raw.decode(p["enc"])))
            if links < 150:
                errs.append("only %d links" % links)
        print("%-16s %-7s hdr=%-7s %s lines=%d %s" % (
            p["name"], p["enc"], p["header"] or "-", "LIST" if p["listing"] else "art ",
            len(body.strip().split("\n")) if body.strip() else 0,
            "OK" if not errs else "FAIL " + "; ".join(errs)))
        bad += bool(errs)
    print("listings: %d, failures: %d" % (listings, bad))
    return bad


if __name__ == "__main__":
    import sys
    write_all()
    print("wrote %d pages" % len(ALL))
    if "--check" in sys.argv:
        sys.exit(1 if check() else 0)
