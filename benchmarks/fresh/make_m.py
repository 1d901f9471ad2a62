#!/usr/bin/env python3
"""Write the m- pages of the fresh blind set and their gold files.

Six invented sites, four pages each.  Stdlib only, deterministic, no network.
Run:  python3 make_m.py        (writes pages/ and gold/, then self-checks)
"""
import html
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, "pages")
GOLD = os.path.join(HERE, "gold")

GREY = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def esc(s):
    return html.escape(s, quote=False)


def fill(tpl, **kw):
    for k, v in kw.items():
        tpl = tpl.replace("{{" + k + "}}", v)
    assert "{{" not in tpl, re.findall(r"\{\{\w+\}\}", tpl)
    return tpl


def gold_lines(paras):
    out = []
    for p in paras:
        if p.startswith("IMG:"):
            continue
        if p.startswith("CAP:") or p.startswith("H:"):
            p = p.split(":", 1)[1]
        out.append(p)
    return out


# ---------------------------------------------------------------------------
# Essays (all people, places, sites and publications invented)
# ---------------------------------------------------------------------------

B1 = dict(
    title="省属企业混改三年：从“一股独大”到“多元共治”",
    paras=[
        "三月的北原化工集团厂区，新落成的智能控制中心里一片安静，大屏上跳动着各条生产线的实时数据。三年前，这家有着六十多年历史的省属老企业还在为连续亏损发愁；如今，引入两家民营战略投资者后，集团去年实现利润总额4.6亿元，同比增长31%。",
        "北原化工的变化，是我省省属企业混合所有制改革的一个缩影。记者从省国资委获悉，2021年以来，全省已有47户省属企业二、三级子企业完成混改，引入各类社会资本超过210亿元，混改企业的资产负债率平均下降5.2个百分点。",
        "CAP:3月12日，北原化工集团智能控制中心内，技术人员正在调试新上线的生产调度系统。",
        "“混改不是简单地把股份卖出去，关键是把机制换过来。”北原化工集团董事长田广平说。混改之初，集团在董事会中为新股东留出了三个席位，重大投资决策必须经过外部董事充分讨论。“一开始大家都不习惯，会开得很长，有时候争得面红耳赤。但正是这种争论，让我们否掉了两个看上去很美、实际风险很大的项目。”",
        "机制变了，人的干劲也跟着变了。集团对中层管理人员全面推行竞聘上岗，三年来共有一百多名干部“起立再坐下”，其中二十三人没能留在原岗位。与此同时，核心技术骨干实施了员工持股，研发人员的收入与项目效益直接挂钩。",
        "在省属另一户企业北原交通建设集团，混改带来的变化同样明显。该集团旗下的路桥养护公司引入一家民营科技企业作为第二大股东后，把无人机巡检、桥梁健康监测等技术用到日常养护中，养护成本下降了近两成。",
        "CAP:北原交通建设集团路桥养护公司的工作人员操作无人机对高速公路桥梁进行巡检。",
        "省国资委有关负责人表示，下一步将坚持“宜混则混、宜独则独”，不搞拉郎配，不设时间表，重点在竞争性领域推进混改，同时加强对混改企业的监督，防止国有资产流失。“混得好更要改得好，真正让企业成为独立的市场主体。”",
    ],
)

B2 = dict(
    title="老菜场“变身”记：城南农贸市场改造后首个周末人气旺",
    paras=[
        "10月21日清早六点多，城南农贸市场的卷帘门刚刚拉起，门口已经排起了十几米的队。经过五个月的封闭改造，这座建于上世纪九十年代的老菜场重新开门迎客。",
        "走进市场，最直观的感受是亮堂、干净。原来坑洼不平的水泥地面换成了防滑地砖，头顶的石棉瓦换成了透光的采光顶，水产区单独隔出，设置了专门的排水沟，再也闻不到过去那股刺鼻的腥味。",
        "CAP:改造后的城南农贸市场内，市民在蔬菜区挑选新鲜蔬菜。",
        "“以前下雨天来买菜，得穿胶鞋。”家住附近的退休职工刘阿姨一边挑着青菜一边说，“现在环境好了，价格也没涨，摊主还是那些老面孔，买起来放心。”",
        "记者注意到，每个摊位上方都挂着一块电子价签，蔬菜、肉类的价格实时显示，扫码就能看到商品的产地和检测结果。市场入口处还设置了一台公平秤和一个农药残留快检室，市民可以免费送检。",
        "据了解，此次改造由区政府和市场经营方共同出资。改造期间，市场在附近的空地上搭建了临时大棚，保证周边居民买菜不受影响。原有的一百二十多户摊主全部回迁，摊位费在三年内保持不变。",
        "市场管理方负责人介绍，下一步还将在二楼开设社区食堂和便民服务点，提供修鞋、配钥匙、缝补衣物等服务，让老菜场成为名副其实的“邻里中心”。",
    ],
)

B3 = dict(
    title="大山里的“走教”老师：一辆摩托车串起五所村小",
    paras=[
        "早上七点，雾还没散，石门乡中心小学的音乐老师杨晓芸已经骑着摩托车出了门。她今天要去的是二十多公里外的岩脚村小学，那里只有十一个学生，却一周都盼着这堂音乐课。",
        "石门乡地处山区，全乡有五所村小，规模最小的只有六个学生。由于学校分散、学生少，音乐、美术、英语等学科一直缺少专职教师。三年前，乡中心小学开始推行“走教”：专职教师按课表轮流到各村小上课，一个老师负责几所学校。",
        "CAP:杨晓芸在岩脚村小学给学生们上音乐课。",
        "杨晓芸是“走教”队伍里最年轻的一个。她大学毕业后考回家乡，每周要跑四所学校，摩托车一年能跑上一万多公里。“路不好走的时候，一趟要一个多小时。下雨天最怕，泥巴会把车轮糊住。”她笑着说，后备箱里常年放着一双雨靴和一把电子琴。",
        "在岩脚村小学，记者见到了等在教室门口的孩子们。四年级学生龙小雨说，以前学校没有音乐课，她唯一会唱的歌是从手机上学的。“现在杨老师教我们唱歌，还教我们认五线谱。”",
        "目前，全乡共有九名“走教”教师，覆盖五所村小的全部学科。县教育局为“走教”教师发放交通补贴和乡村教师生活补助，并在职称评定上给予倾斜。县教育局相关负责人说，接下来将推广石门乡的做法，让山区孩子都能把课程开齐开足。",
        "下午四点，最后一节课结束，杨晓芸收拾好电子琴，又跨上了摩托车。山路弯弯，孩子们一直把她送到了村口。",
    ],
)

B4 = dict(
    title="省国资委：今年将推动十户企业完成经理层任期制契约化管理",
    paras=[
        "1月25日召开的全省国资国企工作会议透露，今年我省将在深化国企改革上再加力度，推动十户省属企业全面完成经理层成员任期制和契约化管理，在更大范围推行职业经理人制度。",
        "会议提出，要以“能上能下、能进能出、能增能减”为目标，深化劳动、人事、分配三项制度改革。对经营业绩考核不达标的经理层成员，坚决予以调整；对表现突出的，在薪酬和职务上给予激励，真正打破“铁交椅”“大锅饭”。",
        "据介绍，过去一年，全省省属企业实现营业收入5820亿元，同比增长8.3%；利润总额312亿元，同比增长11.7%。全年累计完成“两非”剥离、“两资”清理项目136个，压减法人户数89户，管理层级全部控制在三级以内。",
        "在科技创新方面，今年省属企业研发投入强度要达到2.5%以上，重点支持新材料、高端装备、现代农业等领域的关键技术攻关。省国资委将研究设立总规模50亿元的国企创新投资基金，对承担重大科技项目的企业，在考核中实行研发投入视同利润加回。",
        "会议还强调，要加强国有资产监管，完善对“一把手”和领导班子的监督，严控债务风险和投资风险，确保国有资产保值增值。",
    ],
)

S1 = dict(
    title="我院举办“匠心传承”非遗木作技艺进校园活动",
    paras=[
        "11月6日下午，由学院团委、艺术设计系联合主办的“匠心传承”非遗木作技艺进校园活动在图书馆一楼报告厅举行。省级非物质文化遗产项目“榫卯木作技艺”代表性传承人赵宝林先生应邀来校，为三百余名师生作专题讲座并现场演示。",
        "讲座中，赵宝林结合自己五十年的从艺经历，介绍了传统木作从选料、放线、开榫到组装的全部工序。他说，好的榫卯不用一根钉子、一滴胶水，靠的是尺寸上的分毫不差，“木头会说话，你对它用心，它就对你结实”。",
        "现场演示环节，赵宝林带来了一件尚未组装的鲁班锁和一张小板凳的部件。只见他手起刀落，凿、削、刨一气呵成，不到二十分钟，一张严丝合缝的小板凳便摆在了讲台上。台下的同学们纷纷拿出手机拍照，掌声一阵接一阵。",
        "CAP:赵宝林在现场演示榫卯组装。",
        "互动环节，环境设计专业的王思雨同学提问：在机器加工越来越普及的今天，手工木作还有没有前途？赵宝林回答说，机器可以做得又快又多，但每一件手工作品都带着做它的人的温度，“老手艺要活下去，就要有年轻人愿意学，还要让它走进今天的生活”。",
        "据悉，艺术设计系近年来与多位非遗传承人建立了合作关系，开设了传统木作、竹编、蓝印花布等选修课程，并建成了非遗工作坊，让学生在动手实践中感受传统技艺的魅力。",
    ],
)

S2 = dict(
    title="一位老教师的最后一课",
    paras=[
        "六月的最后一个星期三，是我在讲台上的最后一天。四十年前，我站上这个讲台时才二十二岁，头发乌黑，声音洪亮；如今头发白了大半，嗓子也常常哑，但那支粉笔拿在手里，仍旧是熟悉的分量。",
        "那天的课，我没有讲新内容。我在黑板上写了一道很多年前出过的题目，请同学们一起来做。题目不难，讲的是机械传动里齿轮的啮合。我看着他们低头演算，教室里只有笔尖划过纸面的沙沙声，忽然想起第一次上课时紧张得手心出汗，把一个公式写错了，是前排一个学生小声提醒了我。",
        "后来才知道，那个学生叫周建国，毕业后去了一家机床厂，从学徒一直做到总工程师。前几年他回学校开座谈会，握着我的手说：“陈老师，那天您写错的公式，我到现在都记得。”我们都笑了。",
        "教书这些年，我最大的体会是，学生记住的往往不是你讲得最精彩的那一课，而是你对他们说过的某一句话，或者在他们最难的时候帮过的一点小忙。有一年冬天，一个家在外地的学生交不起学费，想要退学，我和几个老师凑了钱，帮他度过了难关。这件事我早已忘记，是他后来写信来，我才想起。",
        "下课铃响的时候，同学们站起来，齐声说“老师再见”。我说，不是再见，是常回来看看。走出教室，走廊里的阳光和四十年前一样亮。",
        "我把那截没用完的粉笔放进了口袋。它会一直陪着我。",
    ],
)

S3 = dict(
    title="从校园到车间：机电学院学生走进国企开展专业实践",
    paras=[
        "4月10日至12日，机电工程学院组织2021级机械设计制造及其自动化专业的八十余名学生，走进北原重型机械集团有限公司开展为期三天的专业实践。",
        "北原重型机械集团是省属重点国有企业，近年来通过深化改革，推进智能制造转型，建成了省内首条大型结构件智能焊接生产线。实践期间，同学们先后参观了集团的装配车间、智能焊接车间和产品试验中心，并在工程师的指导下参与了部分零部件的检测工作。",
        "在智能焊接车间，集团高级工程师、我院2005届校友孙立强向同学们介绍了生产线的改造过程。他说，三年前车间还主要靠人工焊接，一个大型结构件需要十几名焊工连续干上好几天；现在由机器人完成主要焊缝，效率提高了三倍，质量也更加稳定。“国企改革不只是改体制，也是改技术、改观念。你们这一代人，正赶上好时候。”",
        "实践最后一天，企业人力资源部负责人为同学们介绍了集团的人才招聘计划和“青年英才”培养项目。不少同学表示，这次实践让自己对国有企业有了新的认识，也更加明确了今后的学习方向。",
        "机电工程学院党委副书记张海燕表示，学院与北原重型机械集团共建实践教学基地已有十年，今后将进一步深化校企合作，在课程建设、毕业设计、联合培养等方面开展更多合作，助力学生成长成才。",
    ],
)

G1 = dict(
    title="国企改革中的“人”：一位车间主任的十年",
    abstract="本文以一家老国有机械企业车间主任的十年经历为线索，观察剥离办社会职能、全员竞聘、混合所有制改革等举措如何落到具体的人身上，认为改革成败最终取决于人能否在新机制中找到位置。",
    keywords="国有企业；三项制度改革；基层管理；混合所有制",
    paras=[
        "老郑当上车间主任那年，是2014年。那时候厂里的订单一年比一年少，车间里两百多号人，一半的机床常年停着。每天早上开完班前会，他最怕的就是有人来问：这个月的工资能不能按时发？",
        "他所在的这家机械厂建于上世纪五十年代，是省里数得着的老国企。厂里的人习惯把它叫作“大院”，从幼儿园到澡堂、从医务室到电影院，一应俱全。几代人在这里出生、上学、进厂、退休，工作几乎是可以继承的。",
        "改革是从2016年开始的。先是剥离“办社会”职能，幼儿园、医务室移交地方，澡堂关了门；接着是压减层级、撤并机构，厂里的处室从二十四个减到了九个。对老郑来说，最难的是第二年推行的全员竞聘。车间里的班组长全部重新竞争上岗，有干了二十年的老班长落选，当天晚上提着酒到他家里，一句话不说，喝完就走。",
        "“那段时间，我觉得自己像个恶人。”老郑后来对我说。但他也看到了另一面：几个平时不声不响的年轻人在竞聘中脱颖而出，带着班组搞技术革新，把一种关键零件的加工时间缩短了一半。",
        "CAP:改造后的数控加工车间。",
        "变化慢慢显现出来。收入拉开了差距，干得多的人拿得多；车间引进了数控设备，老师傅带着年轻人学编程；厂里和一家民营企业合资成立了新公司，专门做风电设备的配套件，订单一下子排到了第二年。",
        "2023年，老郑五十五岁，从车间主任的岗位上退了下来，转做技术顾问。他说，这十年里最让他感慨的不是厂房变新了、设备变好了，而是人的想法变了。“以前大家觉得进了国企就是端上了铁饭碗，现在都明白了，饭碗要靠自己的本事端稳。”",
        "国企改革常常被讲成一组组数字：资产负债率、利润增速、混改户数。但数字背后，是千千万万个老郑，是他们的犹豫、阵痛和重新出发。改革能不能成功，最终要看这些人能不能在新的机制里找到自己的位置。",
    ],
)

G2 = dict(
    title="湿地的黄昏",
    abstract="作者在城市边缘一片由取土坑演变而来的湿地中度过一个初夏黄昏，记录苍鹭、白鹭与蛙鸣，并由此回忆童年村口的水塘。",
    keywords="湿地；黄昏；自然书写；记忆",
    paras=[
        "初夏的傍晚，我沿着河堤走进那片湿地。太阳还挂在西边的杨树梢上，芦苇已经长到齐腰高，风一吹，绿浪一层推着一层，一直涌到水边。",
        "这片湿地原来是一处废弃砖厂的取土坑，十几年前积了水，渐渐长出了芦苇和香蒲，鸟也跟着来了。最早发现这里的是几个钓鱼的老人，后来是拍鸟的人，再后来，城里决定把它保护起来，修了木栈道，立了几块介绍鸟类的牌子，除此之外，几乎什么也没动。",
        "我在栈道尽头的观鸟屋里坐下。水面上浮着几只小䴙䴘，一会儿潜下去，一会儿又在远处冒出头来，像是在和人捉迷藏。一只苍鹭站在浅滩上，一动不动，脖子缩成一团，看上去像一截枯木。我盯着它看了足足十分钟，它才忽然伸长脖子，闪电般地啄进水里，叼起一条小鱼。",
        "太阳落得很快。天边先是橙红，然后变成了紫灰，水面上的光一点点暗下去。成群的白鹭从四面八方飞回来，落在对岸的柳树上，把整棵树点缀得像开满了白花。它们落下时互相推挤，发出粗哑的叫声，过了好一阵才安静下来。",
        "我想起小时候，老家的村口也有一片这样的水塘。夏天的傍晚，大人们在塘边乘凉，我们在水里摸螺蛳，青蛙的叫声一阵高过一阵。后来水塘被填平盖了房子，那样的蛙声也就再没有听到过。",
        "天黑透的时候，我沿着栈道往回走。芦苇丛里传来蛙鸣，起初只有一两声，后来连成了一片。我停下脚步，听了很久。城市的灯光就在不远处，而这里，还保留着一块属于黄昏的地方。",
    ],
)

G3 = dict(
    title="职业教育不该是“次优选择”",
    abstract="职业教育长期被视为“考不上”的退路。本文结合对若干职业院校的走访，分析这一观念的成因与职业教育自身的短板，提出提高办学质量、打通上升通道和转变社会观念三方面建议。",
    keywords="职业教育；教育观念；技能人才",
    paras=[
        "每年中考放榜之后，总有不少家长陷入焦虑：孩子没考上普通高中，只能去读职业学校，这辈子是不是就“输在了起跑线上”？",
        "这种焦虑背后，是一种根深蒂固的观念：职业教育是给“考不上”的孩子准备的，是次一等的教育。在很多家长眼里，读职校意味着将来只能进工厂、当工人，既辛苦又没有前途。",
        "然而现实正在发生变化。我去年走访了几所职业院校，看到的景象与想象中大不相同。在一所职业技术学院的智能制造实训中心，学生们操作的是和企业生产线上一样的工业机器人；在一所卫生职业学校，护理专业的学生还没毕业就被几家医院提前“预订”。一位校长告诉我，他们学校几个热门专业的就业率常年保持在百分之九十五以上，有的毕业生起薪比不少本科生还高。",
        "当然，职业教育自身的问题也不容回避。一些学校专业设置陈旧，与产业需求脱节；一些学校实训设备落后，师资力量薄弱；还有一些学校管理松散，学生在校几年学不到真本事。这些问题，反过来又加深了社会对职业教育的偏见。",
        "要改变这种局面，一方面需要加大投入，提高职业院校的办学质量，让学生真正学到一技之长；另一方面也要打通上升通道，让职校学生同样有机会接受更高层次的教育，在就业、落户、职称评定等方面与普通高校毕业生享有同等待遇。",
        "更重要的，是社会观念的转变。一个国家的发展，既需要科学家和工程师，也需要大量技艺精湛的技术工人。当一名高级技工能够获得与其技能相称的收入和尊重时，职业教育才不会再是家长们无奈的“次优选择”，而会成为许多年轻人主动的人生选择。",
    ],
)

D1 = dict(
    title="在县城开了十年修表铺，我见过太多人的时间",
    paras=[
        "我的修表铺开在县城老街的一个拐角，门面不到六个平方，一张工作台，一盏台灯，一面墙的抽屉里装满了各种零件。十年前我从师傅手里接下这间铺子的时候，很多人劝我：现在谁还戴表？手机上不就有时间吗？",
        "可这些年，来修表的人一直没断过。",
        "IMG:",
        "有一位老大爷，每年都会拿来同一块老牌子的手表。表是他结婚时买的，表壳已经磨得发白，走时也不太准了。我劝他换一块新的，他摇摇头说：“这块表跟了我五十年，它走慢了，我也走慢了，正好。”",
        "还有一个年轻姑娘，拿来一块停了很久的女式表，说是她妈妈留下的。表芯锈得厉害，我花了整整三个晚上才让它重新走起来。她来取表的时候，把表贴在耳边听了很久，眼圈一下子红了。",
        "修表是个慢活。拆开后盖，几十个零件摆在面前，哪一个齿轮缺了个齿，哪一根游丝有些变形，都得一点一点地找。我师傅常说，修表的人眼睛要尖，手要稳，心要静。心一急，镊子一滑，一个小螺丝弹出去就再也找不到了。",
        "IMG:",
        "这十年，老街拆了一半，对面的裁缝铺、修鞋摊都搬走了。我的铺子还在，生意不算好，也不算坏。有时候一整个下午没有一个客人，我就坐在台灯下，听满屋子的表各走各的，嘀嗒嘀嗒，像是很多人在同时说话。",
        "我常想，人们拿来修的其实不是表，是自己舍不得放下的那段时间。",
    ],
)

D2 = dict(
    title="一座老厂区的重生：从锅炉房到文创园，他们做对了什么",
    paras=[
        "五月的一个周末，我去了城东的“红砖里”文创园。停车场满了，园区里到处是拍照的年轻人，咖啡馆门口排着队，一座高高的烟囱下，一支乐队正在试音。",
        "很难想象，五年前这里还是一片荒草丛生的废弃厂区。这里原本是一家国营纺织厂，建于1958年，鼎盛时期有六千多名职工。上世纪九十年代末，工厂经营困难，几经改制后于2012年全面停产，厂房就此闲置。",
        "CAP:由老锅炉房改造而成的展览馆，保留了原有的钢结构和烟囱。",
        "转机出现在2019年。纺织厂的上级单位——市属国企北原城投集团决定对厂区进行整体改造。和许多地方“推倒重来”的做法不同，他们选择了保留：保留老厂房的红砖外墙和锯齿形屋顶，保留锅炉房和那根四十五米高的烟囱，甚至保留了车间里的几台老织布机。",
        "参与项目的一位负责人告诉我，当时内部也有争议。拆了盖新楼，账算得清，来钱快；留下来改造，投入大、周期长，能不能赚钱谁也说不准。“最后说服大家的，是很多老职工的一句话：厂子没了，总得给我们留个念想。”",
        "改造后的园区引进了设计工作室、书店、小剧场和手工作坊，老锅炉房变成了展览馆，原来的职工食堂成了一家网红餐厅。园区去年接待游客超过一百万人次，入驻企业一百二十多家，租金收入已经覆盖了运营成本。",
        "CAP:周末的园区里，不少市民带着孩子前来游玩。",
        "更让我感动的是园区里的那间“厂史馆”。墙上挂着几百张老照片，玻璃柜里摆着职工的工作证、劳模奖状和饭票。讲解员是一位六十多岁的退休女工，她指着一张合影说：“这是我们细纱车间，第二排左数第三个就是我。”",
        "老厂区的重生，说到底是国企在改革中找到了新的活法：不是简单地甩掉包袱，而是把历史变成资产，把记忆变成城市的一部分。",
    ],
)

D3 = dict(
    title="孩子说不想上补习班了，我答应了",
    paras=[
        "上个月的一天晚上，十岁的儿子写完作业，突然很认真地对我说：“妈妈，我不想上周末的补习班了。”",
        "我的第一反应是生气。这个补习班是我托了好几个人才报上的，一学期好几千块，多少家长想进都进不去。我张口就想说“不行”，可看着他的眼睛，我把话咽了回去，问他为什么。",
        "他想了一会儿，说：“我每个星期六都在上课，星期天也在上课，我已经好久没有去河边看鸟了。”",
        "我愣住了。儿子从小喜欢鸟，三四岁的时候就能认出十几种。以前每到周末，我们一家人常去城边的河滩上走走，他拿着一个小望远镜，一看就是半天。可自从上了三年级，周末被各种班排满，这件事不知不觉就停了。",
        "IMG:",
        "那天晚上我想了很久。我问自己，给他报这么多班，到底是为了他，还是为了缓解我自己的焦虑？看到别人家的孩子都在学，我怕他落下；听说某某考上了好初中，我就想着他也不能差。可我好像从来没有问过他，他想要什么。",
        "第二天，我和他约定：补习班可以停，但作业要认真完成，每天读半个小时的书。他高兴得跳了起来。",
        "一个月过去了，他的成绩没有下降，反倒是话多了起来。上个周末，我们又去了河边，他指着芦苇丛里一只灰色的小鸟告诉我，那是一只棕头鸦雀。我不知道这样的选择是不是对的，但那一刻，我觉得他是快乐的。",
    ],
)

D4 = dict(
    title="清晨五点的早市，是一座城市最真实的样子",
    paras=[
        "如果你想认识一座城市，不妨早起一次，去逛逛它的早市。",
        "凌晨五点，天刚蒙蒙亮，城北铁路桥下的那条街已经热闹起来。三轮车、电动车、小货车从四面八方聚过来，摊主们卸货、摆摊、挂灯，动作麻利得像是排练过无数遍。不到半个小时，一条几百米长的早市就铺开了。",
        "卖菜的大多是附近的菜农，菜叶上还带着露水。一位大姐的摊上只有三样东西：豆角、茄子和一小堆刚摘的南瓜花。她说，这些都是自家地里种的，吃不完就拿来卖，“卖完了就回家，不多待”。",
        "IMG:",
        "早点摊是最热闹的。油条在锅里翻滚，豆浆的热气往上冒，煎饼摊前排着长队。一位老师傅做了三十年的糖糕，他的摊子没有招牌，老顾客却从来不会找错。",
        "早市上什么人都有：晨练回来顺便买菜的老人，赶着上班的年轻人，背着书包啃包子的学生，还有专门开车过来、一买就是一后备箱的“囤货族”。大家讨价还价，互相打招呼，说的都是最家常的话。",
        "IMG:",
        "七点半，太阳升起来，摊主们开始收摊。不到一个小时，街道恢复了原样，环卫工人扫去最后一片菜叶，上班的车流从桥下驶过，好像什么都没有发生过。",
        "这就是早市，来得快，去得也快，却把一座城市最朴素的烟火气，留在了每个早起的人心里。",
    ],
)

X1 = dict(
    title="舊區重建不能只剩下推土機",
    paras=[
        "上星期路過土瓜灣，發現又有一排唐樓圍上了綠色的板。板上貼著重建項目的告示，字很小，路人匆匆走過，沒有人停下來看。再過一兩年，這裡會出現一幢三十多層的新樓，樓下是連鎖店和地產代理，和全港任何一個新發展區沒有分別。",
        "舊區需要重建，這一點沒有人反對。很多唐樓樓齡超過六十年，外牆剝落，沒有升降機，住在頂層的長者上落一次要停幾次。問題不在於要不要重建，而在於怎樣重建、為誰重建。",
        "過去二十年的經驗告訴我們，單靠收購、清拆、興建的模式，得到的往往是一個「乾淨」卻沒有記憶的社區。原來的街坊拿了賠償，搬到新界或更遠的地方；原來樓下的茶餐廳、五金舖、裁縫店，因為租金上升而結業。街道還在，街坊卻散了。",
        "其實可以有另一種做法。一些城市在重建時，會盡量保留有特色的街道肌理和建築立面，讓原有的小商戶以可負擔的租金回遷，並在新項目中預留一定比例的單位給原區居民。這樣做成本會高一些，發展商的利潤會少一些，但換來的是社區網絡的延續。",
        "政府在重建中的角色，不應只是審批者，更應是規劃者和協調者。市區更新的目標，除了改善居住環境、增加房屋供應，也應包括保存社區的生活方式。這需要在項目開始之前，就讓居民和商戶真正參與討論，而不是在告示貼出來之後，才發現一切已成定局。",
        "一個城市的性格，不在於它有多少幢玻璃幕牆的高樓，而在於街角那間開了四十年的茶餐廳還在不在，那位每天早上在門口抹檯的老闆娘還認不認得你。舊區重建，不能只剩下推土機。",
    ],
)

X2 = dict(
    title="國企改革的下一步：從「管資產」到「管資本」",
    paras=[
        "近年內地國企改革的一個重要方向，是國有資產監管由「管資產」轉向「管資本」。這句話聽起來有點抽象，但對在港上市的一大批國企來說，影響其實相當具體。",
        "所謂「管資產」，是指國資監管機構直接管理企業的人、事、財，大到投資決策，小到人員編制，事事都要審批。好處是管得住，壞處是管得太細，企業缺乏自主權，經營效率難以提高。「管資本」則是把重點放在資本回報、資本流動和資本安全上，監管機構以股東身份行使權利，不再直接干預企業的日常經營。",
        "這個轉變在資本市場上已經有跡可循。過去一年，不少在港上市的國企提高了派息比率，加大了回購力度，管理層在業績會上談論股本回報率的次數明顯增多。這背後，是考核指標的變化：淨資產收益率、營業現金比率等指標被納入考核體系，企業不能再只看規模，不看效益。",
        "對投資者來說，這是一個值得留意的信號。長期以來，國企股的估值明顯低於同業，市場擔心的正是其經營目標多元、對小股東回報重視不足。若「管資本」的改革能夠真正落實，國企的治理結構和經營效率有望改善，估值差距也可能逐步收窄。",
        "不過，改革從來不是一帆風順。如何在強化資本回報的同時，兼顧國企承擔的公共服務和戰略性任務；如何在放權的同時，防止國有資產流失和內部人控制，都是需要仔細拿捏的難題。政策的方向已經明確，關鍵在於執行的力度和耐心。",
        "香港作為國企重要的融資平台，也可以在這個過程中發揮作用。更成熟的資本市場規則、更嚴格的信息披露要求，本身就是推動國企改善治理的外部力量。",
    ],
)

X3 = dict(
    title="給中學生的一封信：考試之外的功課",
    paras=[
        "文憑試放榜的日子又近了。我知道此刻的你們，心情大概像等待天氣預報一樣，忐忑之中帶點無奈。作為一個讀書時考試成績並不出色的過來人，我想跟你們說幾句話。",
        "首先，分數很重要，但沒有你們想像中那麼重要。我中學會考的成績平平，第一次報讀大學落選，在一間工程公司做了兩年繪圖員，才重新讀書。那兩年，我學會了看圖、跑地盤、跟判頭討價還價，也第一次認真想過自己到底喜歡甚麼。回頭看，那是我人生中最有價值的兩年。",
        "其次，請給自己留一點時間做「沒有用」的事。去圖書館隨便借一本跟考試無關的書，去郊野公園行一次山，跟家裡的長輩聊聊他們年輕時的香港。這些事情不會令你的分數提高，卻會令你成為一個更完整的人。",
        "第三，學會面對失敗。你們這一代人成長在一個處處講求表現的環境，從幼稚園開始就要面試，從小學開始就要比較。但人生的大部分時間，其實都在處理不如意的事。考得不好，不是世界末日；重要的是跌倒之後，怎樣重新站起來。",
        "最後，我想說，這個城市需要你們。不只需要醫生、律師和會計師，也需要技工、廚師、社工、藝術家，需要願意留在社區做事的人。無論你將來選擇哪一條路，只要認真去走，都是有價值的。",
        "祝你們放榜順利。但更希望你們記得，無論結果如何，你們都比一張成績單大得多。",
    ],
)

N1 = dict(
    title="山中听雨记",
    paras=[
        "七月中旬，我在城北的山里借住了三天。住处是一户农家的偏房，木窗朝着一片竹林，推开窗就能闻到湿漉漉的泥土味。去之前，朋友说山里这几天有雨，我反倒有些高兴。",
        "H:一、雨来之前",
        "第一天下午，天色一点点暗下来。山风先到，竹林被吹得哗哗作响，竹梢一齐弯向一边，又一齐弹回来。鸟都不叫了，只有几只燕子贴着地面飞得很急。房东大婶把晒在院子里的干菜收进屋，说：“要下大的了。”",
        "我搬了把竹椅坐在屋檐下等雨。远处的山头已经看不见了，一团灰白的云正慢慢压过来，像一块浸了水的棉絮。",
        "H:二、雨中",
        "雨是从竹林那边走过来的。先是零零星星的几点，打在瓦上，叮叮咚咚；接着越来越密，连成一片，瓦沟里的水像一条条细线垂下来。竹叶上的雨声是沙沙的，芭蕉叶上的是噗噗的，落在院子里那口大水缸里的，又是清脆的滴答声。",
        "我闭上眼睛听，慢慢地竟能分辨出好几层声音来：近处的檐水，稍远的竹林，更远处山涧里涨起来的水声，低低的，像是谁在隔着墙说话。在城里，雨只是一种需要躲避的天气；在这里，雨却像是一场有头有尾的演奏。",
        "H:三、雨后",
        "雨下了一个多小时才停。云散开，西边露出一线金色的天光。竹林里升起一层薄雾，山涧的水声更响了。房东大叔扛着锄头出门，说要去看看田里的水口。",
        "我跟着他走了一段。山路上的石头被雨洗得发亮，路边的野花低着头，花瓣上挂满了水珠。大叔说，这场雨下得好，地里的玉米正缺水。他说话时很平静，好像雨本来就是该来的，来了，地就会好。",
        "回城以后，我常常想起那个下午。人在城市里待久了，习惯了一切都有计划，连天气都要提前看好预报。可在山里，人是跟着天过日子的。那种顺应，或许比我们想象的更接近生活本来的样子。",
    ],
)

N2 = dict(
    title="外婆的针线笸箩",
    paras=[
        "外婆有一个针线笸箩，是用细竹篾编的，圆圆的，边上包着一圈蓝布。我记事的时候，它就已经很旧了，竹篾被摩挲得发黄发亮，像是涂过一层油。",
        "笸箩里装着外婆的全部家当：大大小小的针插在一块红布做的针包上，各色线团挤在一起，还有顶针、剪刀、一截划粉、一把木尺，以及一个装纽扣的铁皮糖盒。那个糖盒是我小时候最喜欢的玩具，打开来，黑的、白的、透明的、带花纹的纽扣哗啦一下倒出来，我能在地上摆弄一下午。",
        "外婆的手很巧。家里人的衣服破了，她拿去缝几针，补丁打得方方正正，针脚细密得几乎看不出来。每年入冬前，她都要给全家人做棉鞋。先用浆糊把旧布一层层粘成袼褙，晒干后剪成鞋样，再用麻线一针一针地纳鞋底。纳鞋底要用很大的力气，她把针在头发里蹭一蹭，再用顶针顶过去，最后用牙咬住针头拔出来。那“嗤啦嗤啦”的拉线声，是我童年冬夜里最熟悉的声音。",
        "我上中学以后，家里的衣服破了就直接扔掉，鞋子也都是买现成的。外婆的笸箩渐渐用得少了，被放到了衣柜顶上。偶尔她拿下来，也只是给我钉一颗掉了的扣子。",
        "外婆去世那年，母亲整理遗物，把那个笸箩留了下来。针包上还插着几根针，有一根上面穿着半截白线，大概是外婆最后一次用它时留下的。",
        "如今，那个笸箩放在我的书架上。我不会做针线活，但每次看到它，都会想起冬夜里昏黄的灯光，外婆低着头，一针一针地纳着鞋底，好像时间也被她一针一针地缝进了布里。",
    ],
)

N3 = dict(
    title="在城市里找一块安静的地方",
    paras=[
        "搬到这座城市的第五年，我终于承认，自己是一个需要安静的人。",
        "H:图书馆的角落",
        "最早找到的地方是市图书馆四楼的期刊阅览室。那里人不多，多是退休的老人，戴着老花镜，一页一页地翻报纸。靠窗有一张长桌，下午的阳光斜照进来，桌面上能看到细细的灰尘在光里浮动。我常常在那里坐一整个周六，什么也不干，就是看书，或者发呆。",
        "H:河边的长椅",
        "后来发现了河边的一张长椅。它在一段还没有改造的老河岸上，背后是一排高大的法桐，前面是缓缓流动的河水。傍晚时分，偶尔有人遛狗经过，或者几个钓鱼的人默默守着鱼竿。城市的喧闹被树和水隔开，只剩下远处模模糊糊的车声。",
        "有一次我在那里遇到一位拉二胡的老人。他不是在表演，只是一个人对着河拉，曲子断断续续的。我坐在另一头，听了半个小时，走的时候，我们互相点了点头，谁也没有说话。",
        "H:凌晨的街道",
        "还有一个“地方”，其实是一个时间：凌晨。有段时间我失眠，索性下楼走走。凌晨四点的街道空空荡荡，路灯把影子拉得很长，便利店的灯光是整条街唯一的亮色。环卫工人已经开始工作，扫帚划过地面的声音很有节奏。那是城市一天里最安静的时刻，也是它最诚实的时刻。",
        "H:安静在哪里",
        "这几年，图书馆装修了，期刊阅览室改成了自习室，每天一座难求；河岸也改造成了滨河公园，晚上有广场舞和音乐喷泉。我有些失落，但也慢慢明白，安静并不一定要找一个固定的地方。",
        "它可能是通勤地铁上戴起耳机的十分钟，可能是午饭后在写字楼楼下绕的那一圈，也可能只是睡前关掉手机、在黑暗里躺着的那一会儿。在一座永远不会停下来的城市里，安静不是找到的，而是给自己留出来的。",
    ],
)

# Page list: filled by the site functions below.
# Each entry: name, ext, charset_header, encoding, url, kind, title, author,
# published, lines, html, checks (strings that must be visible)
PAGES_OUT = []


def add(name, enc, header, url, body, title="", author="", published="",
        lines=(), kind="", visible=()):
    PAGES_OUT.append(dict(name=name, enc=enc, header=header, url=url,
                          body=body, title=title, author=author,
                          published=published, lines=list(lines), kind=kind,
                          visible=list(visible)))


# ---------------------------------------------------------------------------
# Site 1: beiyuan, provincial news portal (北原网), UTF-8 modern CMS
# ---------------------------------------------------------------------------

BY_TPL = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{{TITLE}}_{{CHANNEL}}_北原网</title>
<meta name="keywords" content="{{KEYWORDS}}">
<meta name="description" content="{{DESC}}">
<meta name="publishdate" content="{{ISODATE}}">
<meta name="contentid" content="{{CID}}">
<meta property="og:type" content="article">
<meta property="og:title" content="{{TITLE}}">
<meta property="og:site_name" content="北原网">
<link rel="stylesheet" href="//static.beiyuan.com.cn/css/common.v3.2.css">
<link rel="stylesheet" href="//static.beiyuan.com.cn/css/article.v3.2.css">
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"{{TITLE}}","datePublished":"{{ISODATE}}","publisher":{"@type":"Organization","name":"北原网","logo":{"@type":"ImageObject","url":"https://static.beiyuan.com.cn/images/logo.png"}},"image":["https://img.beiyuan.com.cn/{{CID}}/cover.jpg"],"mainEntityOfPage":"{{URL}}"}
</script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.beiyuan-stat.cn/hm.js?8d2f0c6a1e";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
function doZoom(size){ var el=document.getElementById('artibody'); if(!el) return; el.style.fontSize=size+'px'; }
</script>
</head>
<body>
<div class="topbar">
  <div class="w1200">
    <span class="fl">北原网 | 北原日报 | 北原晚报 | 北原新闻客户端</span>
    <span class="fr"><a href="https://passport.beiyuan.com.cn/login">登录</a> <a href="https://passport.beiyuan.com.cn/reg">注册</a> <a href="https://www.beiyuan.com.cn/app/">下载客户端</a></span>
  </div>
</div>
<div class="header w1200">
  <a class="logo" href="https://www.beiyuan.com.cn/"><img src="//static.beiyuan.com.cn/images/logo.png" alt="北原网"></a>
  <form class="search" action="https://search.beiyuan.com.cn/" method="get"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form>
</div>
<div class="nav">
  <ul class="w1200">
    <li><a href="https://www.beiyuan.com.cn/">首页</a></li>
    <li><a href="https://www.beiyuan.com.cn/shizheng/">时政</a></li>
    <li><a href="https://www.beiyuan.com.cn/jingji/">经济</a></li>
    <li><a href="https://www.beiyuan.com.cn/guozi/">国资</a></li>
    <li><a href="https://www.beiyuan.com.cn/shehui/">社会</a></li>
    <li><a href="https://www.beiyuan.com.cn/jiaoyu/">教育</a></li>
    <li><a href="https://www.beiyuan.com.cn/wenhua/">文化</a></li>
    <li><a href="https://www.beiyuan.com.cn/shixian/">市县</a></li>
    <li><a href="https://www.beiyuan.com.cn/pinglun/">评论</a></li>
    <li><a href="https://v.beiyuan.com.cn/">视频</a></li>
    <li><a href="https://www.beiyuan.com.cn/zhuanti/">专题</a></li>
  </ul>
</div>
<div class="w1200 crumbs">当前位置：<a href="https://www.beiyuan.com.cn/">首页</a> &gt; <a href="https://www.beiyuan.com.cn/{{CHPATH}}/">{{CHANNEL}}</a> &gt; 正文</div>
<div class="w1200 main clearfix">
  <div class="main-left">
    <div class="article">
      <h1 class="art-title">{{TITLE}}</h1>
      <div class="art-info clearfix">
        <div class="info-l">
          <span class="time">{{DATESHOWN}}</span>
          <span class="source">来源：{{SOURCE}}</span>
          {{AUTHORSPAN}}
          <span class="editor">编辑：{{EDITOR}}</span>
        </div>
        <div class="info-r">
          <span class="fontsize">字号：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span>
          <span class="share">分享到：<a class="wx" href="javascript:;">微信</a> <a class="wb" href="javascript:;">微博</a> <a class="qz" href="javascript:;">QQ空间</a></span>
        </div>
      </div>
{{VIDEO}}
      <div class="art-content" id="artibody">
{{CONTENT}}
      </div>
      <div class="art-editor">责任编辑：{{EDITOR}}</div>
      <div class="art-tags">关键词：{{TAGS}}</div>
      <div class="art-statement">凡本网注明“来源：北原网”的所有作品，版权均属于北原网，未经授权不得转载、摘编或利用其它方式使用。</div>
    </div>
    <div class="related">
      <div class="hd"><h3>相关新闻</h3></div>
      <ul>
{{RELATED}}
      </ul>
    </div>
    <div class="comment" id="comment">
      <div class="hd"><h3>网友评论</h3><span class="cmt-count">已有<em>{{CMTN}}</em>人参与</span></div>
      <div class="cmt-form"><textarea placeholder="文明上网，理性发言，请遵守新闻评论服务协议"></textarea><button type="button">发表评论</button></div>
      <div class="cmt-list" id="cmtList"><p class="cmt-empty">评论加载中……</p></div>
      <a class="cmt-more" href="https://comment.beiyuan.com.cn/?cid={{CID}}">查看全部评论&gt;&gt;</a>
    </div>
  </div>
  <div class="main-right">
    <div class="box hot">
      <div class="hd"><h3>热点推荐</h3></div>
      <ol>
{{HOT}}
      </ol>
    </div>
    <div class="box ad"><a href="https://ad.beiyuan.com.cn/c?id=2291"><img src="//static.beiyuan.com.cn/ad/300x250_2291.jpg" alt="广告"></a></div>
    <div class="box qr"><img src="//static.beiyuan.com.cn/images/app_qr.png" alt=""><p>扫码下载北原新闻客户端</p><p>随时随地看北原</p></div>
    <div class="box pics">
      <div class="hd"><h3>图片新闻</h3></div>
      <ul>
        <li><a href="https://www.beiyuan.com.cn/tupian/202403/t20240317_4821001.html"><img class="lazy" src="{{GREY}}" data-src="https://img.beiyuan.com.cn/4821001/s.jpg" alt=""><span>春耕时节田野忙</span></a></li>
        <li><a href="https://www.beiyuan.com.cn/tupian/202403/t20240316_4820876.html"><img class="lazy" src="{{GREY}}" data-src="https://img.beiyuan.com.cn/4820876/s.jpg" alt=""><span>古城墙下樱花开</span></a></li>
      </ul>
    </div>
  </div>
</div>
<div class="footer">
  <div class="w1200">
    <div class="f-links">
      <h4>市州频道</h4>
      <a href="https://hb.beiyuan.com.cn/">河北市</a> | <a href="https://ls.beiyuan.com.cn/">临山市</a> | <a href="https://qy.beiyuan.com.cn/">清原市</a> | <a href="https://sg.beiyuan.com.cn/">双沟市</a> | <a href="https://bt.beiyuan.com.cn/">白塔市</a> | <a href="https://ch.beiyuan.com.cn/">长河市</a> | <a href="https://jk.beiyuan.com.cn/">金口市</a> | <a href="https://ly.beiyuan.com.cn/">柳阳市</a>
    </div>
    <div class="f-links">
      <h4>友情链接</h4>
      <a href="#">北原省人民政府</a> | <a href="#">北原省国资委</a> | <a href="#">北原省教育厅</a> | <a href="#">北原日报数字报</a> | <a href="#">北原广播电视台</a> | <a href="#">北原文明网</a>
    </div>
    <div class="f-about">
      <a href="https://www.beiyuan.com.cn/about/">关于我们</a> | <a href="https://www.beiyuan.com.cn/about/contact.html">联系我们</a> | <a href="https://www.beiyuan.com.cn/about/ad.html">广告服务</a> | <a href="https://www.beiyuan.com.cn/about/copyright.html">版权声明</a> | <a href="https://www.beiyuan.com.cn/about/jobs.html">招聘信息</a> | <a href="https://www.beiyuan.com.cn/sitemap.html">网站地图</a>
    </div>
    <p>北原网 版权所有 未经书面授权 不得复制或建立镜像</p>
    <p>互联网新闻信息服务许可证：12320170008　增值电信业务经营许可证：北B2-20050031</p>
    <p><a href="https://beian.miit.gov.cn/">北ICP备05001234号-1</a>　北公网安备 52010202000123号</p>
    <p>违法和不良信息举报电话：0851-86000000　举报邮箱：jubao@beiyuan.com.cn</p>
    <p>Copyright &copy; 2004-2024 www.beiyuan.com.cn All Rights Reserved.</p>
  </div>
</div>
<script src="//static.beiyuan.com.cn/js/jquery-1.12.4.min.js"></script>
<script src="//static.beiyuan.com.cn/js/lazyload.min.js"></script>
<script>
$(function(){ $("img.lazy").lazyload({effect:"fadeIn",threshold:200}); });
$.getJSON("https://comment.beiyuan.com.cn/api/list?cid={{CID}}&callback=?", function(d){ /* render comments */ });
</script>
</body>
</html>
"""

BY_RELATED = [
    ("省属企业一季度经济运行平稳向好", "2024-04-12"),
    ("全省国企改革深化提升行动推进会召开", "2024-03-05"),
    ("北原化工集团新材料产业园一期投产", "2024-02-28"),
    ("城北片区十二个老旧小区改造全面启动", "2023-10-18"),
    ("省教育厅：今年新增乡村教师编制两千名", "2024-08-30"),
    ("我省出台措施支持民营企业参与国企混改", "2023-12-21"),
]
BY_HOT = [
    "全省高速公路春运期间车流量创新高",
    "今年我省将新建改扩建幼儿园一百所",
    "北原机场三期扩建工程开工",
    "省气象台发布大风蓝色预警",
    "新一批省级非遗代表性项目名录公布",
    "白塔市入选全国文明城市提名城市",
    "省博物馆推出夜间开放季",
    "长河流域生态保护修复取得新进展",
]


def by_content(paras, cid, style):
    out = []
    n = 0
    for p in paras:
        if p.startswith("CAP:"):
            n += 1
            img = ('<p style="text-align: center;"><img class="lazy" src="%s" '
                   'data-src="https://img.beiyuan.com.cn/%s/%02d.jpg" alt="" '
                   'width="640" height="427"></p>' % (GREY, cid, n))
            if style == 1:
                cap = '<p class="pictext" style="text-align: center;">%s</p>' % esc(p[4:])
            else:
                cap = ('<p style="text-align: center;"><span style="font-family: 楷体, 楷体_GB2312;">%s</span></p>'
                       % esc(p[4:]))
            out.append("        " + img)
            out.append("        " + cap)
        else:
            out.append('        <p style="text-indent: 2em;">%s</p>' % esc(p))
    return "\n".join(out)


def by_page(i, e, chpath, channel, cid, datepath, dateshown, isodate,
            source, byline, editor, tags, video, header, cmtn):
    url = "https://www.beiyuan.com.cn/%s/%s/t%s_%s.html" % (
        chpath, datepath[:6], datepath, cid)
    authorspan = ('<span class="author">作者：%s</span>' % esc(byline)) if byline else ""
    if video:
        vid = ('      <div class="video-box" id="player_%s">\n'
               '        <div class="video-placeholder" data-vid="bv%s" data-src="https://v.beiyuan.com.cn/m3u8/%s/index.m3u8">\n'
               '          <img class="lazy" src="%s" data-src="https://img.beiyuan.com.cn/%s/poster.jpg" alt="">\n'
               '          <span class="play-btn"></span>\n'
               '          <p class="video-tip">视频加载中，请稍候……</p>\n'
               '        </div>\n'
               '        <script>new BYPlayer({el:"player_%s",vid:"bv%s",autoplay:false});</script>\n'
               '      </div>') % (cid, cid, cid, GREY, cid, cid, cid)
    else:
        vid = ""
    related = "\n".join(
        '        <li><a href="https://www.beiyuan.com.cn/guozi/%d.html">%s</a><span>%s</span></li>'
        % (4700000 + k * 37, esc(t), d) for k, (t, d) in enumerate(BY_RELATED[i - 1:] + BY_RELATED[:i - 1]))
    hot = "\n".join(
        '        <li><em>%d</em><a href="https://www.beiyuan.com.cn/hot/%d.html">%s</a></li>'
        % (k + 1, 4810000 + k * 11, esc(t)) for k, t in enumerate(BY_HOT))
    body = fill(BY_TPL, TITLE=esc(e["title"]), CHANNEL=channel, CHPATH=chpath,
                KEYWORDS=tags.replace(" ", ","), DESC=esc(e["paras"][0][:60]),
                ISODATE=isodate, CID=cid, URL=url, DATESHOWN=dateshown,
                SOURCE=source, AUTHORSPAN=authorspan, EDITOR=editor,
                VIDEO=vid, CONTENT=by_content(e["paras"], cid, i % 2),
                TAGS=" ".join('<a href="https://search.beiyuan.com.cn/?q=%s">%s</a>' % (t, t) for t in tags.split()),
                RELATED=related, HOT=hot, CMTN=str(cmtn), GREY=GREY)
    return url, body


def site_beiyuan():
    rows = [
        (B1, "guozi", "国资", "4821937", "20240318", "2024-03-18 09:12",
         "2024-03-18T09:12:00+08:00", "北原日报", "记者 周启航", "王蕾",
         "混改 省属企业 国企改革", True, "utf-8", 23, "周启航", "2024-03-18"),
        (B2, "shehui", "社会", "4611302", "20231021", "2023年10月21日 08:30",
         "2023-10-21T08:30:00+08:00", "北原晚报", "", "刘畅",
         "农贸市场 城市更新 民生", True, "", 8, "", "2023-10-21"),
        (B3, "jiaoyu", "教育", "4901226", "20240910", "2024-09-10 07:55",
         "2024-09-10T07:55:00+08:00", "北原日报", "记者 孟雪", "赵一鸣",
         "乡村教育 走教 教师节", True, "UTF-8", 56, "孟雪", "2024-09-10"),
        (B4, "guozi", "国资", "4760815", "20240126", "2024/01/26 16:05",
         "2024-01-26T16:05:00+08:00", "北原省国资委网站", "", "王蕾",
         "国资国企 三项制度改革 任期制", False, "", 0, "", "2024-01-26"),
    ]
    for i, r in enumerate(rows, 1):
        (e, chpath, channel, cid, dp, shown, iso, source, byline, editor, tags,
         video, header, cmtn, author, pub) = r
        url, body = by_page(i, e, chpath, channel, cid, dp, shown, iso, source,
                            byline, editor, tags, video, header, cmtn)
        add("m-beiyuan-%d.html" % i, "utf-8", header, url, body, e["title"],
            author, pub, gold_lines(e["paras"]), visible=[shown])


# ---------------------------------------------------------------------------
# Site 2: songxue, college news site (松雪学院新闻网), GB2312/GBK table layout
# ---------------------------------------------------------------------------

SX_HEAD = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={{META}}">
<title>{{HTITLE}}</title>
<meta name="keywords" content="松雪学院,松雪学院新闻网,校园新闻">
<link href="../css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript" src="../js/menu.js"></script>
<style type="text/css">
<!--
body { margin-left: 0px; margin-top: 0px; margin-right: 0px; margin-bottom: 0px; font-size: 12px; }
.title { font-size: 20px; font-weight: bold; color: #A30000; line-height: 36px; }
.info { color: #666666; line-height: 24px; }
.content { font-size: 14px; line-height: 26px; }
.menu a { color: #FFFFFF; font-size: 14px; font-weight: bold; }
-->
</style>
<script language="javascript">
function ContentSize(size){ document.getElementById('fontzoom').style.fontSize=size+'px'; }
</script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><img src="../images/top_banner.jpg" width="1000" height="130" border="0" alt=""></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#A30000" class="menu">
  <tr height="36" align="center">
    <td><a href="../index.asp">首 页</a></td>
    <td><a href="http://www.songxue.edu.cn/">学院主页</a></td>
    <td><a href="../List.asp?ClassID=1">综合新闻</a></td>
    <td><a href="../List.asp?ClassID=2">院系动态</a></td>
    <td><a href="../List.asp?ClassID=3">校园文化</a></td>
    <td><a href="../List.asp?ClassID=4">媒体松雪</a></td>
    <td><a href="../List.asp?ClassID=5">图片新闻</a></td>
    <td><a href="../List.asp?ClassID=6">专题报道</a></td>
    <td><a href="../List.asp?ClassID=7">通知公告</a></td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td width="220" valign="top" bgcolor="#F7F2E8">
      <table width="200" border="0" align="center" cellpadding="0" cellspacing="0">
        <tr><td height="32" background="../images/left_tit.gif"><b>&nbsp;&nbsp;栏目导航</b></td></tr>
        <tr><td height="26">&middot; <a href="../List.asp?ClassID=1">综合新闻</a></td></tr>
        <tr><td height="26">&middot; <a href="../List.asp?ClassID=2">院系动态</a></td></tr>
        <tr><td height="26">&middot; <a href="../List.asp?ClassID=3">校园文化</a></td></tr>
        <tr><td height="26">&middot; <a href="../List.asp?ClassID=4">媒体松雪</a></td></tr>
        <tr><td height="26">&middot; <a href="../List.asp?ClassID=7">通知公告</a></td></tr>
      </table>
      <br>
      <table width="200" border="0" align="center" cellpadding="0" cellspacing="0">
        <tr><td height="32" background="../images/left_tit.gif"><b>&nbsp;&nbsp;热门文章</b></td></tr>
        <tr><td height="24"><a href="../ShowArticle.asp?ArticleID=8790">我院召开2023年秋季学期教学工作会议</a></td></tr>
        <tr><td height="24"><a href="../ShowArticle.asp?ArticleID=8754">我院学子在全省职业技能大赛中获佳绩</a></td></tr>
        <tr><td height="24"><a href="../ShowArticle.asp?ArticleID=8731">图书馆开展“书香松雪”读书月活动</a></td></tr>
        <tr><td height="24"><a href="../ShowArticle.asp?ArticleID=8702">学院举行2023级新生开学典礼</a></td></tr>
        <tr><td height="24"><a href="../ShowArticle.asp?ArticleID=8688">关于2023年国庆节放假安排的通知</a></td></tr>
      </table>
    </td>
    <td width="10">&nbsp;</td>
    <td width="770" valign="top">
"""

SX_FOOT = """    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#A30000">
  <tr><td height="80" align="center" style="color:#FFFFFF; line-height:22px;">
    版权所有：松雪学院党委宣传部&nbsp;&nbsp;地址：北原省清原市松雪路88号&nbsp;&nbsp;邮编：551200<br>
    电话：0851-87650000&nbsp;&nbsp;E-mail：xcb@songxue.edu.cn&nbsp;&nbsp;北ICP备06004567号<br>
    建议使用IE8.0以上浏览器，1024*768分辨率浏览本站&nbsp;&nbsp;技术支持：网络信息中心
  </td></tr>
</table>
</body>
</html>
"""


def sx_content(paras, aid, style):
    out = []
    n = 0
    if style == "p":
        for p in paras:
            if p.startswith("CAP:"):
                n += 1
                out.append('<p align="center"><img src="../UploadFiles/2023%d/%s_%d.jpg" border="0" width="500"></p>' % (11, aid, n))
                out.append('<p align="center"><font color="#0000FF">%s</font></p>' % esc(p[4:]))
            else:
                out.append('<p style="text-indent:2em">%s</p>' % esc(p))
        return "\n".join(out)
    # old editor style: one font block, paragraphs separated by <br><br>
    parts = []
    for p in paras:
        parts.append("&nbsp;&nbsp;&nbsp;&nbsp;" + esc(p))
    return '<font face="宋体" size="3">' + "<br>\n<br>\n".join(parts) + "</font>"


def sx_article(e, aid, authorline, publisher, hits, dateshown, prev, nxt, style):
    mid = """      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="30" class="position">&nbsp;您现在的位置：<a href="../index.asp">松雪学院新闻网</a> &gt;&gt; <a href="../List.asp?ClassID={{CID}}">{{CNAME}}</a> &gt;&gt; 正文</td></tr>
      </table>
      <table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
        <tr><td align="center" class="title">{{TITLE}}</td></tr>
        <tr><td align="center" class="info">{{AUTHORLINE}}发布者：{{PUBLISHER}}&nbsp;&nbsp;点击数：<script language="javascript" src="../Count.asp?ArticleID={{AID}}"></script>{{HITS}}&nbsp;&nbsp;发布时间：{{DATE}}&nbsp;&nbsp;【字体：<a href="javascript:ContentSize(16)">大</a> <a href="javascript:ContentSize(14)">中</a> <a href="javascript:ContentSize(12)">小</a>】</td></tr>
        <tr><td><hr size="1" noshade color="#CCCCCC"></td></tr>
        <tr><td class="content" id="fontzoom">
{{CONTENT}}
        </td></tr>
        <tr><td height="40" align="right">【<a href="javascript:window.print()">打印</a>】&nbsp;【<a href="javascript:window.close()">关闭</a>】</td></tr>
        <tr><td><hr size="1" noshade color="#CCCCCC"></td></tr>
        <tr><td height="24">上一条：<a href="ShowArticle.asp?ArticleID={{PREVID}}">{{PREV}}</a></td></tr>
        <tr><td height="24">下一条：<a href="ShowArticle.asp?ArticleID={{NEXTID}}">{{NEXT}}</a></td></tr>
      </table>
"""
    cid, cname = ("3", "校园文化") if style == "font" else ("1", "综合新闻")
    return fill(mid, CID=cid, CNAME=cname, TITLE=esc(e["title"]),
                AUTHORLINE=authorline, PUBLISHER=publisher, AID=str(aid),
                HITS=str(hits), DATE=dateshown,
                CONTENT=sx_content(e["paras"], aid, style),
                PREVID=str(aid - 1), PREV=prev, NEXTID=str(aid + 1), NEXT=nxt)


SX_LIST = [
    ("我院举办“匠心传承”非遗木作技艺进校园活动", "2023-11-07"),
    ("机电工程学院召开2023届毕业生就业工作推进会", "2023-11-06"),
    ("我院学子在全省大学生英语演讲比赛中获一等奖", "2023-11-03"),
    ("学院开展秋季消防安全疏散演练", "2023-11-01"),
    ("艺术设计系师生作品亮相省工艺美术展", "2023-10-30"),
    ("学院与清原市三家企业签订校企合作协议", "2023-10-27"),
    ("图书馆举办“书香松雪”读书分享会", "2023-10-25"),
    ("学院召开第四届教职工代表大会第二次会议", "2023-10-23"),
    ("我院获评省级文明校园", "2023-10-20"),
    ("经济管理系举办大学生创新创业讲座", "2023-10-18"),
    ("学院举行2023年秋季运动会", "2023-10-16"),
    ("省教育厅专家组来我院开展教学工作检查", "2023-10-12"),
    ("学院党委理论学习中心组开展专题学习", "2023-10-10"),
    ("我院两项课题获省教育科学规划立项", "2023-10-08"),
    ("学院举办2023级新生军训汇报表演", "2023-09-28"),
    ("信息工程系举办网络安全宣传周活动", "2023-09-22"),
    ("学院召开新学期学生工作会议", "2023-09-15"),
    ("我院举行庆祝第39个教师节表彰大会", "2023-09-08"),
    ("学院2023级新生报到工作顺利完成", "2023-09-02"),
    ("学院领导检查新学期开学准备工作", "2023-08-28"),
]


def sx_listing():
    rows = []
    for k, (t, d) in enumerate(SX_LIST):
        rows.append('        <tr><td height="26" class="listbg">&nbsp;<img src="../images/arrow.gif" border="0">&nbsp;<a href="ShowArticle.asp?ArticleID=%d" target="_blank" title="%s">%s</a></td><td width="90" align="center">[%s]</td></tr>'
                    % (8823 - k * 3, esc(t), esc(t), d))
        if k % 5 == 4:
            rows.append('        <tr><td colspan="2" height="1" background="../images/dot_line.gif"></td></tr>')
    mid = """      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="30" class="position">&nbsp;您现在的位置：<a href="../index.asp">松雪学院新闻网</a> &gt;&gt; 综合新闻</td></tr>
      </table>
      <table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
        <tr><td height="34" colspan="2" background="../images/list_tit.gif"><b><font color="#A30000">综合新闻</font></b></td></tr>
{{ROWS}}
        <tr><td colspan="2" height="40" align="center">共 356 条记录&nbsp;&nbsp;首页&nbsp;上一页&nbsp;<a href="List.asp?ClassID=1&page=2">下一页</a>&nbsp;<a href="List.asp?ClassID=1&page=18">尾页</a>&nbsp;&nbsp;页次：<b><font color="red">1</font>/18</b>页&nbsp;&nbsp;20条记录/页&nbsp;&nbsp;转到：<select name="page" onchange="location.href='List.asp?ClassID=1&page='+this.value"><option value="1" selected>第1页</option><option value="2">第2页</option><option value="3">第3页</option></select></td></tr>
      </table>
"""
    return fill(mid, ROWS="\n".join(rows))


def site_songxue():
    base = "http://news.songxue.edu.cn/"
    pages = [
        # e, aid, meta, enc, header, authorline, author, publisher, hits, date, pub, style, prev, next
        (S1, 8823, "gb2312", "gb2312", "gbk", "作者：刘晓&nbsp;&nbsp;", "刘晓",
         "xcb", 1263, "2023-11-07", "2023-11-07", "p",
         "机电工程学院召开2023届毕业生就业工作推进会", "学院开展“宪法宣传周”系列活动"),
        (S2, 8342, "gb2312", "gb2312", "", "作者：陈守义&nbsp;&nbsp;", "陈守义",
         "xyw", 3087, "2023年6月28日", "2023-06-28", "font",
         "“我的大学”主题征文获奖作品选登", "毕业季｜写给母校的一封信"),
        (S3, 9011, "gb2312", "gb2312", "gb2312", "", "",
         "xcb", 512, "2024-04-15 10:32:07", "2024-04-15", "p",
         "学院召开2024年党风廉政建设工作会议", "我院在省大学生机械创新设计大赛中获佳绩"),
    ]
    for i, (e, aid, meta, enc, header, al, author, pubr, hits, shown, pub,
            style, prev, nxt) in enumerate(pages, 1):
        body = fill(SX_HEAD, META=meta, HTITLE=esc(e["title"]) + "--松雪学院新闻网") \
            + sx_article(e, aid, al, pubr, hits, shown, prev, nxt, style) + SX_FOOT
        add("m-songxue-%d.html" % i, enc, header,
            base + "ShowArticle.asp?ArticleID=%d" % aid, body, e["title"],
            author, pub, gold_lines(e["paras"]), visible=[shown])
    body = fill(SX_HEAD, META="gbk", HTITLE="综合新闻--松雪学院新闻网") + sx_listing() + SX_FOOT
    add("m-songxue-4.html", "gbk", "", base + "List.asp?ClassID=1", body,
        kind="listing")


# ---------------------------------------------------------------------------
# Site 3: guanlan, magazine (《观澜》杂志), UTF-8 current CMS
# ---------------------------------------------------------------------------

GL_TOC = [
    ("卷首语", [("改革是一场长跑", "本刊编辑部", 1)]),
    ("社会观察", [("国企改革中的“人”：一位车间主任的十年", "苏明远", 4),
              ("县城青年的返乡与离乡", "许知远山", 12),
              ("菜市场里的城市学", "方可", 18)]),
    ("教育论坛", [("职业教育不该是“次优选择”", "唐伯钧", 24),
              ("当“双减”走进第三年", "宋怡", 30)]),
    ("自然笔记", [("湿地的黄昏", "葛青禾", 36),
              ("一棵老槐树的四季", "林素", 41)]),
    ("匠人", [("最后的箍桶匠", "何川", 46),
            ("铜器街上的敲打声", "白露", 52)]),
    ("书评", [("在历史的褶皱里读懂一座城", "韦然", 58)]),
]

GL_HEAD = """<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{HTITLE}}</title>
<meta name="description" content="{{DESC}}">
{{CITATION}}<link rel="canonical" href="{{URL}}">
<link rel="stylesheet" id="guanlan-style-css" href="https://www.guanlan-mag.cn/wp-content/themes/guanlan/style.css?ver=2.3.1" media="all">
<link rel="stylesheet" href="https://www.guanlan-mag.cn/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3" media="all">
{{JSONLD}}<script src="https://www.guanlan-mag.cn/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="{{BODYCLASS}}">
<a class="skip-link screen-reader-text" href="#content">跳至内容</a>
<header class="site-header">
  <div class="container">
    <div class="site-branding"><a href="https://www.guanlan-mag.cn/" rel="home"><img src="https://www.guanlan-mag.cn/wp-content/uploads/2021/03/logo.svg" alt="观澜"></a><p class="site-description">观澜 · 看见时代的细部</p></div>
    <nav id="site-navigation" class="main-navigation">
      <ul id="primary-menu" class="menu">
        <li class="menu-item"><a href="https://www.guanlan-mag.cn/">首页</a></li>
        <li class="menu-item"><a href="https://www.guanlan-mag.cn/issue/2024-05/">本期</a></li>
        <li class="menu-item"><a href="https://www.guanlan-mag.cn/issues/">过刊浏览</a></li>
        <li class="menu-item"><a href="https://www.guanlan-mag.cn/column/">栏目</a></li>
        <li class="menu-item"><a href="https://www.guanlan-mag.cn/submit/">投稿须知</a></li>
        <li class="menu-item"><a href="https://www.guanlan-mag.cn/subscribe/">订阅</a></li>
        <li class="menu-item"><a href="https://www.guanlan-mag.cn/about/">关于我们</a></li>
      </ul>
    </nav>
  </div>
</header>
<div id="content" class="site-content container">
"""

GL_SIDEBAR = """  <aside id="secondary" class="widget-area">
    <section class="widget widget-issue-toc">
      <h2 class="widget-title">本期目录</h2>
      <p class="issue-name">{{ISSUE}}</p>
      <ul>
{{ITEMS}}
      </ul>
    </section>
    <section class="widget widget-cover"><img loading="lazy" src="https://www.guanlan-mag.cn/wp-content/uploads/{{COVERPATH}}/cover-300x400.jpg" alt="本期封面" width="300" height="400"><p><a href="https://www.guanlan-mag.cn/subscribe/">订阅本刊</a></p></section>
    <section class="widget widget-past">
      <h2 class="widget-title">往期回顾</h2>
      <ul><li><a href="https://www.guanlan-mag.cn/issue/2024-04/">2024年第4期</a></li><li><a href="https://www.guanlan-mag.cn/issue/2024-03/">2024年第3期</a></li><li><a href="https://www.guanlan-mag.cn/issue/2024-02/">2024年第2期</a></li></ul>
    </section>
  </aside>
</div>
<footer class="site-footer">
  <div class="container">
    <p>主管：北原省文化发展集团　主办：观澜杂志社　出版：《观澜》编辑部</p>
    <p>国内统一连续出版物号：CN 52-1999/C　国际标准连续出版物号：ISSN 1000-0000　邮发代号：66-123</p>
    <p>地址：北原省清原市文华路18号　电话：0851-85550000　投稿邮箱：tougao@guanlan-mag.cn</p>
    <p>&copy; 2024 观澜杂志社 版权所有　<a href="https://beian.miit.gov.cn/">北ICP备18001234号-2</a></p>
  </div>
</footer>
<script id="guanlan-navigation-js" src="https://www.guanlan-mag.cn/wp-content/themes/guanlan/js/navigation.js?ver=2.3.1"></script>
<script>document.querySelectorAll('img[loading=lazy]').forEach(function(i){i.decoding='async';});</script>
</body>
</html>
"""


def gl_sidebar(issue, coverpath, current):
    items = []
    for sec, arts in GL_TOC:
        for t, a, pg in arts:
            cls = ' class="current"' if t == current else ""
            items.append('        <li%s><a href="https://www.guanlan-mag.cn/article/2024-05/%d.html">%s</a><span class="toc-author">%s</span></li>'
                         % (cls, 1050 + pg, esc(t), esc(a)))
    return fill(GL_SIDEBAR, ISSUE=issue, COVERPATH=coverpath, ITEMS="\n".join(items))


def gl_article(e, author, column, issue, timehtml, iso, url, editor, bio, prevt, nextt, coverpath):
    citation = ('<meta name="citation_title" content="%s">\n<meta name="citation_author" content="%s">\n'
                '<meta name="citation_journal_title" content="观澜">\n<meta name="citation_publication_date" content="%s">\n'
                % (esc(e["title"]), author, iso.replace("-", "/")))
    jsonld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"%s",'
              '"author":{"@type":"Person","name":"%s"},"datePublished":"%s","isPartOf":{"@type":"PublicationIssue","issueNumber":"%s"},'
              '"publisher":{"@type":"Organization","name":"观澜杂志社"}}</script>\n'
              % (e["title"].replace('"', '\\"'), author, iso, issue))
    content = []
    n = 0
    for p in e["paras"]:
        if p.startswith("CAP:"):
            n += 1
            content.append('<figure class="wp-block-image size-large"><img loading="lazy" decoding="async" width="1024" height="683" src="https://www.guanlan-mag.cn/wp-content/uploads/%s/img-%d-1024x683.jpg" alt="" class="wp-image-88%02d" srcset="https://www.guanlan-mag.cn/wp-content/uploads/%s/img-%d-1024x683.jpg 1024w, https://www.guanlan-mag.cn/wp-content/uploads/%s/img-%d-300x200.jpg 300w" sizes="(max-width: 1024px) 100vw, 1024px"><figcaption class="wp-element-caption">%s</figcaption></figure>'
                           % (coverpath, n, n, coverpath, n, coverpath, n, esc(p[4:])))
        else:
            content.append("<p>%s</p>" % esc(p))
    art = """  <main id="primary" class="site-main">
    <nav class="breadcrumbs"><a href="https://www.guanlan-mag.cn/">首页</a> / <a href="https://www.guanlan-mag.cn/issue/{{ISSUEPATH}}/">{{ISSUE}}</a> / <a href="https://www.guanlan-mag.cn/column/{{COLSLUG}}/">{{COLUMN}}</a></nav>
    <article class="post type-post status-publish format-standard hentry">
      <header class="entry-header">
        <span class="entry-column">{{COLUMN}}</span>
        <h1 class="entry-title">{{TITLE}}</h1>
        <div class="entry-meta"><span class="byline">文｜<span class="author vcard">{{AUTHOR}}</span></span><span class="issue-no">{{ISSUE}}</span>{{TIMEHTML}}</div>
      </header>
      <div class="abstract-box">
        <p><strong>摘要：</strong>{{ABSTRACT}}</p>
        <p><strong>关键词：</strong>{{KEYWORDS}}</p>
      </div>
      <div class="entry-content">
{{CONTENT}}
<p class="editor-note">【责任编辑】{{EDITOR}}</p>
<div class="author-bio"><h4>作者简介</h4><p>{{BIO}}</p></div>
      </div>
      <footer class="entry-footer">
        <div class="share-links">分享：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">复制链接</a></div>
        <nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="https://www.guanlan-mag.cn/article/2024-05/1049.html" rel="prev"><span class="meta-nav">上一篇</span> {{PREV}}</a></div><div class="nav-next"><a href="https://www.guanlan-mag.cn/article/2024-05/1061.html" rel="next"><span class="meta-nav">下一篇</span> {{NEXT}}</a></div></div></nav>
      </footer>
    </article>
  </main>
"""
    colslug = {"社会观察": "shehui", "自然笔记": "ziran", "教育论坛": "jiaoyu"}[column]
    issuepath = coverpath.replace("/", "-")
    head = fill(GL_HEAD, HTITLE=esc(e["title"]) + " - 《观澜》杂志", DESC=esc(e["abstract"][:70]),
                CITATION=citation, URL=url, JSONLD=jsonld,
                BODYCLASS="post-template-default single single-post postid-10%d" % len(e["title"]))
    mid = fill(art, ISSUEPATH=issuepath, ISSUE=issue, COLSLUG=colslug, COLUMN=column,
               TITLE=esc(e["title"]), AUTHOR=author, TIMEHTML=timehtml,
               ABSTRACT=esc(e["abstract"]), KEYWORDS=esc(e["keywords"]),
               CONTENT="\n".join(content), EDITOR=editor, BIO=esc(bio),
               PREV=esc(prevt), NEXT=esc(nextt))
    return head + mid + gl_sidebar(issue, coverpath, e["title"])


def site_guanlan():
    rows = [
        (G1, "苏明远", "社会观察", "2024年第5期", '<time class="entry-date published" datetime="2024-05-15T09:00:00+08:00">2024-05-15</time>',
         "2024-05-15", "https://www.guanlan-mag.cn/article/2024-05/1054.html", "许岚",
         "苏明远，1979年生，北原省社会科学院研究员，长期关注国有企业与产业工人问题，著有《厂区记忆》等。",
         "改革是一场长跑", "县城青年的返乡与离乡", "2024/05", "utf-8", "2024-05-15", "2024-05-15"),
        (G2, "葛青禾", "自然笔记", "2024年5月号", "",
         "2024-05", "https://www.guanlan-mag.cn/article/2024-05/1086.html", "陈默",
         "葛青禾，自然观察者、散文作者，现居清原，业余从事鸟类调查。",
         "当“双减”走进第三年", "一棵老槐树的四季", "2024/05", "", "2024-05", "2024年5月号"),
        (G3, "唐伯钧", "教育论坛", "2024年第5期", '<time class="entry-date published" datetime="2024-05-15T09:00:00+08:00">2024年05月15日</time>',
         "2024-05-15", "https://www.guanlan-mag.cn/article/2024-05/1074.html", "许岚",
         "唐伯钧，北原师范大学教育学院副教授，研究方向为职业教育政策。",
         "菜市场里的城市学", "当“双减”走进第三年", "2024/05", "utf-8", "2024-05-15", "2024年05月15日"),
    ]
    for i, (e, author, col, issue, timehtml, iso, url, editor, bio, prevt, nextt,
            cover, header, pub, shown) in enumerate(rows, 1):
        body = gl_article(e, author, col, issue, timehtml, iso, url, editor, bio,
                          prevt, nextt, cover)
        add("m-guanlan-%d.html" % i, "utf-8", header, url, body, e["title"],
            author, pub, gold_lines(e["paras"]), visible=[shown, author])
    # page 4: the issue's table of contents
    secs = []
    for sec, arts in GL_TOC:
        lis = "\n".join('          <li class="toc-item"><a href="https://www.guanlan-mag.cn/article/2024-05/%d.html">%s</a><span class="toc-author">%s</span><span class="toc-page">%d</span></li>'
                        % (1050 + pg, esc(t), esc(a), pg) for t, a, pg in arts)
        secs.append('      <section class="toc-section">\n        <h2>%s</h2>\n        <ul>\n%s\n        </ul>\n      </section>' % (sec, lis))
    url = "https://www.guanlan-mag.cn/issue/2024-05/"
    main = """  <main id="primary" class="site-main issue-toc">
    <nav class="breadcrumbs"><a href="https://www.guanlan-mag.cn/">首页</a> / <a href="https://www.guanlan-mag.cn/issues/">过刊浏览</a> / 2024年第5期</nav>
    <header class="page-header">
      <h1 class="page-title">2024年第5期 目录</h1>
      <div class="issue-meta">出版日期：2024-05-15　总第268期　<a href="https://www.guanlan-mag.cn/issue/2024-05/pdf/">下载整期PDF</a></div>
    </header>
    <div class="issue-cover"><img loading="lazy" src="https://www.guanlan-mag.cn/wp-content/uploads/2024/05/cover-600x800.jpg" alt="2024年第5期封面" width="300" height="400"></div>
{{SECS}}
  </main>
"""
    head = fill(GL_HEAD, HTITLE="2024年第5期 目录 - 《观澜》杂志", DESC="《观澜》2024年第5期目录",
                CITATION="", URL=url, JSONLD="", BODYCLASS="archive tax-issue term-2024-05")
    body = head + fill(main, SECS="\n".join(secs)) + gl_sidebar("2024年第5期", "2024/05", "")
    add("m-guanlan-4.html", "utf-8", "utf-8", url, body, kind="listing")


# ---------------------------------------------------------------------------
# Site 4: dianhao, self-media platform (点号), UTF-8, Baijiahao-like
# ---------------------------------------------------------------------------

DH_TPL = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="referrer" content="always">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<title>{{TITLE}}</title>
<meta name="description" content="{{DESC}}">
<meta itemprop="datePublished" content="{{ISO}}">
<meta property="og:type" content="article">
<meta property="og:title" content="{{TITLE}}">
<link rel="shortcut icon" href="https://dianhao.cn/favicon.ico">
<link rel="stylesheet" href="https://s.dianhao-cdn.com/static/article/css/app.8f3c21.css">
<script>window.__DH_DATA__={"article":{"id":"{{AID}}","title":"{{JTITLE}}","publishTime":"{{PUBTIME}}","author":{"name":"{{ACCOUNT}}","id":"{{UID}}"},"commentNum":{{CMT}},"likeNum":{{LIKE}}},"env":"pc"};</script>
</head>
<body>
<div id="app">
  <div class="_3sT4k topbar"><a class="_1mCdp logo" href="https://dianhao.cn/">点号</a><div class="_2nJ9q"><a href="https://dianhao.cn/">首页</a><a href="https://dianhao.cn/app">下载点号App</a><a href="https://dianhao.cn/author/apply">入驻点号</a></div></div>
  <div class="_2jN0Z article-wrap">
    <div class="_18p7x article-title"><h2>{{TITLE}}</h2></div>
    <div class="_2gGWi author-box">
      <a class="_1_Ikn avatar" href="https://dianhao.cn/u/{{UID}}"><img src="https://s.dianhao-cdn.com/avatar/{{UID}}.jpg" alt=""></a>
      <div class="_3rB7v">
        <p class="_7y5nA author-name"><a href="https://dianhao.cn/u/{{UID}}">{{ACCOUNT}}</a><span class="_2u3Jf v-tag">{{VTAG}}</span></p>
        <div class="_2sjh9 article-source"><span class="_2sjh9 date">{{DATESHOWN}}</span><span class="_1u2RF src">{{SOURCEEXTRA}}</span></div>
      </div>
      <a class="_3b1Ma follow-btn" href="javascript:;" data-uid="{{UID}}">+ 关注</a>
    </div>
    <div class="_18p7x article-content" data-testid="article">
{{CONTENT}}
    </div>
    <div class="_2ooYy article-op">
      <span class="like">赞 {{LIKE}}</span><span class="cmt">评论 {{CMT}}</span><a class="_1Vd5x report" href="https://dianhao.cn/feedback?aid={{AID}}">举报</a>
    </div>
    <div class="_3DHd4 copyright">{{DISCLAIMER}}</div>
    <div class="_2kqLT comment-area">
      <div class="hd">全部评论（{{CMT}}）</div>
      <div class="cmt-input">写评论...</div>
      <p class="cmt-open">打开点号App，查看更多精彩评论</p>
    </div>
    <div class="_1v9J2 recommend">
      <div class="_2eY5d hd">推荐阅读</div>
{{RECS}}
    </div>
  </div>
  <div class="_1p8dS sidebar">
    <div class="_3xG0o author-card"><p class="name">{{ACCOUNT}}</p><p class="desc">{{ACCDESC}}</p><p class="stat">{{FANS}}粉丝 · {{POSTS}}作品</p><a href="javascript:;" class="follow-btn">+ 关注</a></div>
    <div class="_3xG0o app-qr"><img src="https://s.dianhao-cdn.com/static/qr-app.png" alt=""><p>扫码下载点号App</p></div>
  </div>
  <div class="_1bZsn footer">&copy;2024 Dianhao 使用点号前必读 意见反馈 京ICP证030173号 京公网安备11000002000001号</div>
</div>
<script src="https://s.dianhao-cdn.com/static/article/js/vendor.2c1a7e.js"></script>
<script src="https://s.dianhao-cdn.com/static/article/js/app.8f3c21.js"></script>
</body>
</html>
"""

DH_RECS = [
    ("县城里的最后一家照相馆，老板坚守了三十年", "从胶片到数码，从证件照到全家福，这家照相馆记录了小城几代人的面孔。如今来拍照的人越来越少，老板却说，只要还有人", "小城慢生活", 312),
    ("为什么越来越多的年轻人开始逛菜市场？", "周末早上八点，菜市场里出现了不少年轻的面孔。他们拿着手机比价，和摊主聊天，有人说，这是一种对抗焦虑的方式，也有人", "城市观察者老周", 1208),
    ("老国企的“二次创业”：一家轴承厂的转型样本", "十年前，这家轴承厂濒临破产；十年后，它成了细分领域的隐形冠军。回看这段历程，最关键的一步其实是在", "产业前沿", 87),
    ("孩子沉迷短视频怎么办？一位班主任的三条建议", "作为一名带了十五年班的小学老师，我发现很多家长在这个问题上的做法恰恰适得其反。第一条建议，也是最重要的", "三个孩子的妈", 2451),
    ("凌晨四点的菜市场，藏着普通人的坚持", "他们是这座城市醒得最早的一群人。天还没亮，批发市场里已经灯火通明，一车车蔬菜从郊县运来，", "北原吃货地图", 655),
    ("修了四十年自行车的老王，终于退休了", "老王的修车摊在十字路口的梧桐树下摆了四十年，从凤凰、永久到共享单车，他修过的车", "小城慢生活", 143),
]


def dh_page(i, e, aid, uid, account, vtag, accdesc, fans, posts, dateshown,
            pubtime, iso, srcextra, byline, disclaimer, cmt, like):
    content = []
    n = 0
    if byline:
        content.append('      <div class="dpu8C _2kCxD"><p><span class="bjh-p">%s</span></p></div>' % esc(byline))
    for p in e["paras"]:
        if p.startswith("IMG:") or p.startswith("CAP:"):
            n += 1
            content.append('      <div class="_1NCGf"><img class="_1g4Ex _1i_Oe" src="https://pics.dianhao-cdn.com/feed/%s_%d.jpeg?token=9a%d" width="640"></div>' % (aid, n, n))
            if p.startswith("CAP:"):
                content.append('      <div class="dpu8C _2kCxD"><p><span class="bjh-image-caption">%s</span></p></div>' % esc(p[4:]))
        else:
            content.append('      <div class="dpu8C _2kCxD"><p><span class="bjh-p">%s</span></p></div>' % esc(p))
    recs = []
    for k in range(4):
        t, s, acc, c = DH_RECS[(i + k) % len(DH_RECS)]
        recs.append('      <div class="_3bCxz rec-item"><a href="https://dianhao.cn/a/%d"><h3>%s</h3><p class="summary">%s…</p><p class="meta"><span>%s</span><span>%d评论</span></p></a></div>'
                    % (1790000000 + i * 1000 + k, esc(t), esc(s), esc(acc), c))
    body = fill(DH_TPL, TITLE=esc(e["title"]), DESC=esc(gold_lines(e["paras"])[0][:60]),
                ISO=iso, AID=aid, JTITLE=e["title"].replace('"', '\\"'),
                PUBTIME=pubtime, ACCOUNT=account, UID=uid, CMT=str(cmt),
                LIKE=str(like), VTAG=vtag, DATESHOWN=dateshown,
                SOURCEEXTRA=srcextra, CONTENT="\n".join(content),
                DISCLAIMER=disclaimer, RECS="\n".join(recs), ACCDESC=accdesc,
                FANS=fans, POSTS=str(posts))
    return body


def site_dianhao():
    rows = [
        (D1, "1793412207566201", "4010225", "小城慢生活", "生活领域创作者",
         "记录小城里的人和事", "12.6万", 418, "2024-03-12 10:23",
         "2024-03-12 10:23:41", "2024-03-12T10:23:41+08:00", "来源：小城慢生活",
         "", "声明：本文为点号作者原创，内容仅代表作者观点，不代表点号立场。未经授权，禁止转载。", 86, 1320,
         "utf-8", "", "2024-03-12"),
        (D2, "1798436650912877", "3318870", "城市观察者老周", "城市领域优质创作者",
         "用脚步丈量城市", "38.2万", 1203, "05-08 17:45",
         "2024-05-08 17:45:09", "2024-05-08T17:45:09+08:00", "北原省 · 来源：城市观察者老周",
         "文/周砚", "本文为作者原创，图片由作者拍摄。点号平台仅提供信息存储空间服务。", 214, 3056,
         "utf-8", "周砚", "2024-05-08"),
        (D3, "1784106528830425", "5562019", "三个孩子的妈", "教育领域创作者",
         "三个孩子的妈妈，聊聊育儿那些事", "5.1万", 286, "2023-12-02 21:15",
         "2023-12-02 21:15:33", "2023-12-02T21:15:33+08:00", "来源：三个孩子的妈",
         "", "本文由作者原创，仅代表个人观点。举报/反馈请点击文末“举报”。部分图片来源于网络，如有侵权请联系删除。", 532, 8871,
         "", "", "2023-12-02"),
        (D4, "1807699134025113", "6025531", "北原吃货地图", "美食领域创作者",
         "跟着我吃遍北原的大街小巷", "21.7万", 760, "昨天 07:40",
         "2024-08-17 07:40:02", "2024-08-17T07:40:02+08:00", "来源：北原吃货地图",
         "", "免责声明：本文内容由点号作者发布，不代表点号观点。如有侵权，请联系删除。", 97, 1574,
         "", "", "2024-08-17"),
    ]
    for i, (e, aid, uid, acc, vtag, accdesc, fans, posts, shown, pubtime, iso,
            srcx, byline, disc, cmt, like, header, author, pub) in enumerate(rows, 1):
        body = dh_page(i, e, aid, uid, acc, vtag, accdesc, fans, posts, shown,
                       pubtime, iso, srcx, byline, disc, cmt, like)
        vis = [shown] + ([author] if author else [])
        add("m-dianhao-%d.html" % i, "utf-8", header,
            "https://dianhao.cn/a/%s" % aid, body, e["title"], author, pub,
            gold_lines(e["paras"]), visible=vis)


# ---------------------------------------------------------------------------
# Site 5: xiping, Hong Kong commentary site (析評), Big5
# ---------------------------------------------------------------------------

XP_HEAD = """<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{HTITLE}}</title>
{{METAS}}<link rel="stylesheet" href="https://www.xiping.hk/assets/css/site.css?v=20240301">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XP00000000"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-XP00000000');</script>
</head>
<body>
<header id="masthead">
  <div class="inner">
    <a class="logo" href="https://www.xiping.hk/">析評 XIPING</a>
    <nav><ul>
      <li><a href="https://www.xiping.hk/news/">時事</a></li>
      <li><a href="https://www.xiping.hk/opinion/">評論</a></li>
      <li><a href="https://www.xiping.hk/finance/">財經</a></li>
      <li><a href="https://www.xiping.hk/education/">教育</a></li>
      <li><a href="https://www.xiping.hk/columnists/">專欄作家</a></li>
      <li><a href="https://www.xiping.hk/video/">視頻</a></li>
      <li><a href="https://www.xiping.hk/subscribe/">訂閱通訊</a></li>
    </ul></nav>
    <div class="lang-switch"><a href="?lang=hant" class="on">繁</a> | <a href="?lang=hans">簡</a></div>
  </div>
</header>
<div class="container">
"""

XP_FOOT = """  <aside class="side">
    <section class="most-read">
      <h3>最多人讀</h3>
      <ol>
        <li><a href="https://www.xiping.hk/news/20240304/mtr-fare">港鐵票價調整方案出爐　市民反應不一</a></li>
        <li><a href="https://www.xiping.hk/opinion/20240302/housing-supply">公營房屋供應能否追上輪候需求？</a></li>
        <li><a href="https://www.xiping.hk/finance/20240301/hsi-outlook">恆指三月展望：估值修復仍需耐心</a></li>
        <li><a href="https://www.xiping.hk/education/20240228/dse-stress">文憑試壓力下的學生情緒支援</a></li>
        <li><a href="https://www.xiping.hk/news/20240227/old-shops">老舖結業潮背後的租金問題</a></li>
      </ol>
    </section>
    <section class="columnists">
      <h3>專欄作家</h3>
      <ul>
        <li><a href="https://www.xiping.hk/columnists/leung-king-man/">梁敬文｜城事筆記</a></li>
        <li><a href="https://www.xiping.hk/columnists/ho-wai-sze/">何慧思｜資本觀察</a></li>
        <li><a href="https://www.xiping.hk/columnists/chan-chi-hang/">陳志恆｜教室以外</a></li>
        <li><a href="https://www.xiping.hk/columnists/lam-yuk-ling/">林玉玲｜書房夜話</a></li>
      </ul>
    </section>
    <section class="newsletter"><p>訂閱《析評》每周通訊，第一時間收到最新評論。</p><form><input type="email" placeholder="電郵地址"><button>訂閱</button></form></section>
  </aside>
</div>
<footer id="colophon">
  <div class="inner">
    <p><a href="https://www.xiping.hk/about/">關於我們</a> | <a href="https://www.xiping.hk/contact/">聯絡我們</a> | <a href="https://www.xiping.hk/privacy/">私隱政策</a> | <a href="https://www.xiping.hk/terms/">使用條款</a> | <a href="https://www.xiping.hk/ads/">廣告查詢</a> | <a href="https://www.xiping.hk/submit/">投稿</a></p>
    <p>&copy; 2024 析評 XIPING Media Limited. 版權所有，不得轉載。</p>
  </div>
</footer>
<script src="https://www.xiping.hk/assets/js/share.js?v=20240301"></script>
</body>
</html>
"""

XP_SHARE = """      <div class="share-bar{{POS}}">分享：<a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={{URL}}">Facebook</a> <a class="wa" href="https://api.whatsapp.com/send?text={{URL}}">WhatsApp</a> <a class="tg" href="https://t.me/share/url?url={{URL}}">Telegram</a> <a class="cp" href="javascript:copyLink()">複製連結</a></div>
"""

XP_ARCHIVE = [
    ("給中學生的一封信：考試之外的功課", "2024年5月30日", "文憑試放榜的日子又近了。我知道此刻的你們，心情大概像等待天氣預報一樣……", "20240530/letter-to-students"),
    ("街市搬上樓之後", "2024年5月14日", "新街市開幕那天，我特意去逛了一圈。冷氣很足，地面很乾，卻少了一點甚麼……", "20240514/market-upstairs"),
    ("一條後巷的三種用法", "2024年4月23日", "如果你在下午三點走進灣仔某條後巷，會看到廚房工人在抽煙、速遞員在分貨……", "20240423/back-lane"),
    ("舊區重建不能只剩下推土機", "2024年3月5日", "上星期路過土瓜灣，發現又有一排唐樓圍上了綠色的板……", "20240305/old-district"),
    ("天橋底下的球場", "2024年2月6日", "城市規劃的教科書不會告訴你，天橋底下也可以是一個社區的客廳……", "20240206/flyover-court"),
    ("為甚麼我們需要更多長椅", "2024年1月16日", "一張長椅的價錢不過幾千元，卻可能決定一位長者願不願意出門……", "20240116/more-benches"),
    ("從九龍城的餐廳說起", "2023年12月19日", "九龍城的泰國菜館，是這個城市移民史的一個注腳……", "20231219/kowloon-city"),
    ("樓梯街的坡度", "2023年11月28日", "港島西區的樓梯街，每一級都是一段歷史。我帶學生去走過幾次……", "20231128/stairs"),
]


def xp_article(e, columnist, colslug, colname, bio, dateshown, iso, slug, tags, further):
    url = "https://www.xiping.hk/opinion/column/%s" % slug
    metas = ('<meta name="author" content="%s">\n<meta property="og:title" content="%s">\n'
             '<meta property="og:type" content="article">\n<meta property="article:published_time" content="%s">\n'
             '<meta property="og:url" content="%s">\n' % (columnist, esc(e["title"]), iso, url))
    paras = "\n".join("        <p>%s</p>" % esc(p) for p in e["paras"])
    share = fill(XP_SHARE, URL=url, POS="")
    share2 = fill(XP_SHARE, URL=url, POS=" bottom")
    tagh = " ".join('<a href="https://www.xiping.hk/tag/%s">#%s</a>' % (t, t) for t in tags)
    fur = "\n".join('          <li><a href="https://www.xiping.hk/opinion/%d">%s</a></li>' % (900 + k, esc(t)) for k, t in enumerate(further))
    mid = """  <main class="main">
    <article class="opinion">
      <div class="section-label"><a href="https://www.xiping.hk/opinion/">評論</a> &gt; <a href="https://www.xiping.hk/columnists/{{COLSLUG}}/">{{COLNAME}}</a></div>
      <h1 class="headline">{{TITLE}}</h1>
      <div class="byline"><img class="avatar" src="https://www.xiping.hk/uploads/columnists/{{COLSLUG}}.jpg" alt=""><a class="columnist" href="https://www.xiping.hk/columnists/{{COLSLUG}}/">{{COLUMNIST}}</a><time datetime="{{ISO}}">{{DATE}}</time></div>
{{SHARE}}      <div class="article-body">
{{PARAS}}
        <p class="author-bio">作者簡介：{{BIO}}</p>
        <p class="disclaimer">（本文僅代表作者個人觀點，不代表本網立場。）</p>
      </div>
      <div class="tags">標籤：{{TAGS}}</div>
{{SHARE2}}      <section class="further-reading">
        <h3>延伸閱讀</h3>
        <ul>
{{FUR}}
        </ul>
      </section>
    </article>
  </main>
"""
    body = fill(XP_HEAD, HTITLE=esc(e["title"]) + "｜析評", METAS=metas) + \
        fill(mid, COLSLUG=colslug, COLNAME=colname, TITLE=esc(e["title"]),
             COLUMNIST=columnist, ISO=iso, DATE=dateshown, SHARE=share,
             PARAS=paras, BIO=esc(bio), TAGS=tagh, SHARE2=share2, FUR=fur) + XP_FOOT
    return url, body


def site_xiping():
    lkm_bio = "梁敬文，資深城市規劃師，香港某大學建築學院客席講師，著有《街角的城市》。"
    rows = [
        (X1, "梁敬文", "leung-king-man", "城事筆記", lkm_bio, "2024年3月5日",
         "2024-03-05T08:00:00+08:00", "20240305/old-district",
         ["舊區重建", "市區更新", "土瓜灣", "社區"],
         ["重建後的街坊去了哪裡？", "唐樓活化：保育與民生之間", "市建局新項目引發的三個疑問", "茶餐廳的租金困局"],
         "big5", "2024-03-05"),
        (X2, "何慧思", "ho-wai-sze", "資本觀察",
         "何慧思，前投資銀行分析員，現為獨立財經評論人，專注內地國企及中資股研究。",
         "2024-04-22", "2024-04-22T07:30:00+08:00", "20240422/soe-capital",
         ["國企改革", "中資股", "估值", "派息"],
         ["國企股估值修復還有多少空間？", "央企考核新指標的市場含義", "高息國企股的風險", "港股通資金流向觀察"],
         "", "2024-04-22"),
        (X3, "梁敬文", "leung-king-man", "城事筆記", lkm_bio, "2024年5月30日 星期四",
         "2024-05-30T08:00:00+08:00", "20240530/letter-to-students",
         ["文憑試", "教育", "青年"],
         ["文憑試壓力下的學生情緒支援", "職業專才教育的出路", "我的中學老師", "放榜之後可以做甚麼？"],
         "big5", "2024-05-30"),
    ]
    for i, (e, col, slug_c, colname, bio, shown, iso, slug, tags, fur, header,
            pub) in enumerate(rows, 1):
        url, body = xp_article(e, col, slug_c, colname, bio, shown, iso, slug, tags, fur)
        add("m-xiping-%d.html" % i, "big5", header, url, body, e["title"], col,
            pub, gold_lines(e["paras"]), visible=[shown, col])
    # page 4: columnist archive
    items = "\n".join(
        '        <li class="arc-item"><h2><a href="https://www.xiping.hk/opinion/column/%s">%s</a></h2><time>%s</time><p>%s</p></li>'
        % (s, esc(t), d, esc(x)) for t, d, x, s in XP_ARCHIVE)
    mid = """  <main class="main columnist-archive">
    <div class="section-label"><a href="https://www.xiping.hk/columnists/">專欄作家</a> &gt; 梁敬文</div>
    <div class="columnist-profile">
      <img class="avatar-lg" src="https://www.xiping.hk/uploads/columnists/leung-king-man.jpg" alt="">
      <h1>梁敬文｜城事筆記</h1>
      <p class="profile">作者簡介：{{BIO}}逢周二刊出。</p>
      <a class="follow" href="https://www.xiping.hk/columnists/leung-king-man/rss">訂閱專欄</a>
    </div>
    <ul class="archive-list">
{{ITEMS}}
    </ul>
    <div class="pager"><span class="current">1</span> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">下一頁 &raquo;</a></div>
  </main>
"""
    url = "https://www.xiping.hk/columnists/leung-king-man/"
    body = fill(XP_HEAD, HTITLE="梁敬文｜城事筆記｜析評", METAS='<meta property="og:type" content="profile">\n') + \
        fill(mid, BIO=esc(lkm_bio), ITEMS=items) + XP_FOOT
    add("m-xiping-4.html", "big5", "", url, body, kind="listing")


# ---------------------------------------------------------------------------
# Site 6: nanchuang, personal Hexo blog (南窗小记), UTF-8, NexT-like theme
# ---------------------------------------------------------------------------

NC_HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=2">
<meta name="theme-color" content="#222">
<meta name="generator" content="Hexo 6.3.0">
  <link rel="apple-touch-icon" sizes="180x180" href="/images/apple-touch-icon-next.png">
  <link rel="icon" type="image/png" sizes="32x32" href="/images/favicon-32x32-next.png">
<link rel="stylesheet" href="/css/main.css">
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/@fortawesome/fontawesome-free@6.4.0/css/all.min.css">
<script class="next-config" data-name="main" type="application/json">{"hostname":"nanchuang.me","root":"/","images":"/images","scheme":"Gemini","darkmode":false,"version":"8.18.0","sidebar":{"position":"left","display":"post","padding":18,"offset":12},"copycode":{"enable":false},"fold":{"enable":false},"lazyload":true,"pangu":false,"comments":{"style":"tabs","active":null,"storage":true,"lazyload":false,"nav":null}}</script>
{{METAS}}<title>{{HTITLE}}</title>
<noscript><link rel="stylesheet" href="/css/noscript.css"></noscript>
</head>
<body itemscope itemtype="http://schema.org/WebPage" class="use-motion">
  <div class="headband"></div>
  <main class="main">
    <div class="column">
      <header class="header" itemscope itemtype="http://schema.org/WPHeader"><div class="site-brand-container">
  <div class="site-meta">
    <a href="/" class="brand" rel="start"><i class="logo-line"></i><p class="site-title">南窗小记</p><i class="logo-line"></i></a>
    <p class="site-subtitle" itemprop="description">写给自己的慢时光</p>
  </div>
</div>
<nav class="site-nav">
  <ul class="main-menu menu"><li class="menu-item menu-item-home"><a href="/" rel="section"><i class="fa fa-home fa-fw"></i>首页</a></li><li class="menu-item menu-item-about"><a href="/about/" rel="section"><i class="fa fa-user fa-fw"></i>关于</a></li><li class="menu-item menu-item-tags"><a href="/tags/" rel="section"><i class="fa fa-tags fa-fw"></i>标签</a></li><li class="menu-item menu-item-categories"><a href="/categories/" rel="section"><i class="fa fa-th fa-fw"></i>分类</a></li><li class="menu-item menu-item-archives"><a href="/archives/" rel="section"><i class="fa fa-archive fa-fw"></i>归档</a></li>
  </ul>
</nav>
      </header>
      <aside class="sidebar">
        <div class="sidebar-inner {{SBCLASS}}">
{{TOC}}          <div class="sidebar-panel-container">
            <div class="site-overview-wrap sidebar-panel">
              <div class="site-author animated" itemprop="author" itemscope itemtype="http://schema.org/Person">
                <img class="site-author-image" itemprop="image" alt="林晚" src="/images/avatar.jpg">
                <p class="site-author-name" itemprop="name">林晚</p>
                <div class="site-description" itemprop="description">在南窗下读书、写字、发呆</div>
              </div>
              <div class="site-state-wrap animated">
                <nav class="site-state">
                  <div class="site-state-item site-state-posts"><a href="/archives/"><span class="site-state-item-count">86</span><span class="site-state-item-name">日志</span></a></div>
                  <div class="site-state-item site-state-categories"><a href="/categories/"><span class="site-state-item-count">7</span><span class="site-state-item-name">分类</span></a></div>
                  <div class="site-state-item site-state-tags"><a href="/tags/"><span class="site-state-item-count">42</span><span class="site-state-item-name">标签</span></a></div>
                </nav>
              </div>
              <div class="links-of-author animated"><span class="links-of-author-item"><a href="mailto:linwan@nanchuang.me" title="E-Mail"><i class="fa fa-envelope fa-fw"></i>E-Mail</a></span><span class="links-of-author-item"><a href="/atom.xml" title="RSS"><i class="fa fa-rss fa-fw"></i>RSS</a></span></div>
            </div>
          </div>
        </div>
      </aside>
    </div>
    <div class="main-inner {{MAINCLASS}}">
"""

NC_FOOT = """    </div>
  </main>
  <footer class="footer">
    <div class="footer-inner">
<div class="copyright">
  &copy; 2019 &ndash; <span itemprop="copyrightYear">2024</span>
  <span class="with-love"><i class="fa fa-heart"></i></span>
  <span class="author" itemprop="copyrightHolder">林晚</span>
</div>
<div class="wordcount"><span class="post-meta-item"><span class="post-meta-item-icon"><i class="fa fa-chart-line"></i></span><span title="站点总字数">162k</span></span></div>
<div class="busuanzi-count"><span class="post-meta-item" id="busuanzi_container_site_uv">本站访客数 <span id="busuanzi_value_site_uv"></span> 人</span></div>
  <div class="powered-by">由 <a href="https://hexo.io/" rel="noopener" target="_blank">Hexo</a> &amp; <a href="https://theme-next.js.org/" rel="noopener" target="_blank">NexT.Gemini</a> 强力驱动
  </div>
    </div>
  </footer>
  <div class="back-to-top" role="button" aria-label="返回顶部"><i class="fa fa-arrow-up fa-lg"></i><span>0%</span></div>
<script src="https://cdn.jsdelivr.net/npm/animejs@3.2.1/lib/anime.min.js"></script>
<script src="/js/comments.js"></script><script src="/js/utils.js"></script><script src="/js/motion.js"></script><script src="/js/next-boot.js"></script>
<script async src="https://busuanzi.ibruce.info/busuanzi/2.3/busuanzi.pure.mini.js"></script>
</body>
</html>
"""


def nc_post(e, slug, datepath, created, created_full, updated, category, tags,
            prev, nxt, comments):
    url = "https://nanchuang.me/%s/%s/" % (datepath, slug)
    heads = [p[2:] for p in e["paras"] if p.startswith("H:")]
    chars = sum(len(x) for x in gold_lines(e["paras"]))
    wc = "%.1fk" % (chars / 1000.0)
    mins = max(1, int(math.ceil(chars / 300.0)))
    if heads:
        lis = "".join('<li class="nav-item nav-level-2"><a class="nav-link" href="#%s"><span class="nav-number">%d.</span> <span class="nav-text">%s</span></a></li>'
                      % (h, k + 1, h) for k, h in enumerate(heads))
        toc = ('          <ul class="sidebar-nav"><li class="sidebar-nav-toc">文章目录</li><li class="sidebar-nav-overview">站点概览</li></ul>\n'
               '          <div class="post-toc-wrap sidebar-panel"><div class="post-toc animated"><ol class="nav">%s</ol></div></div>\n' % lis)
        sbclass = "sidebar-nav-active sidebar-toc-active"
    else:
        toc = ""
        sbclass = "sidebar-overview-active"
    body_parts = []
    for p in e["paras"]:
        if p.startswith("H:"):
            h = p[2:]
            body_parts.append('<h2 id="%s"><a href="#%s" class="headerlink" title="%s"></a>%s</h2>' % (h, h, h, h))
        else:
            body_parts.append("<p>%s</p>" % esc(p))
    metas = ('<meta name="description" content="%s">\n<meta property="og:type" content="article">\n'
             '<meta property="og:title" content="%s">\n<meta property="og:url" content="%s">\n'
             '<meta property="og:site_name" content="南窗小记">\n<meta property="article:published_time" content="%s">\n'
             '<meta property="article:modified_time" content="%s">\n<meta property="article:author" content="林晚">\n'
             % (esc(gold_lines(e["paras"])[0][:80]), esc(e["title"]), url, created_full, updated[1]))
    upd = ""
    if updated[0] != created:
        upd = ('<span class="post-meta-item"><span class="post-meta-item-icon"><i class="far fa-calendar-check"></i></span>'
               '<span class="post-meta-item-text">更新于</span> <time title="修改时间：%s" itemprop="dateModified" datetime="%s">%s</time></span>'
               % (updated[0], updated[1], updated[0][:10]))
    cm = []
    for nick, when, text, reply in comments:
        r = ""
        if reply:
            r = ('<div class="wl-quote"><div class="wl-card-item"><div class="wl-user"><img class="wl-user-avatar" src="https://weavatar.com/avatar/lw?d=mp"></div>'
                 '<div class="wl-card"><div class="wl-head"><span class="wl-nick">林晚</span><span class="wl-badge">博主</span></div><div class="wl-content"><p>%s</p></div></div></div></div>' % esc(reply))
        cm.append('          <div class="wl-card-item"><div class="wl-user"><img class="wl-user-avatar" src="https://weavatar.com/avatar/%d?d=mp"></div>'
                  '<div class="wl-card"><div class="wl-head"><span class="wl-nick">%s</span><span class="wl-time">%s</span><button class="wl-reply">回复</button></div>'
                  '<div class="wl-meta"><span>Chrome</span><span>Windows</span></div><div class="wl-content"><p>%s</p></div>%s</div></div>'
                  % (len(nick) * 7 + len(text), esc(nick), when, esc(text), r))
    art = """<div class="post-block">
<article itemscope itemtype="http://schema.org/Article" class="post-block" lang="zh-CN">
    <link itemprop="mainEntityOfPage" href="{{URL}}">
    <span hidden itemprop="author" itemscope itemtype="http://schema.org/Person"><meta itemprop="name" content="林晚"></span>
    <header class="post-header">
      <h1 class="post-title" itemprop="name headline">{{TITLE}}</h1>
      <div class="post-meta-container"><div class="post-meta">
    <span class="post-meta-item"><span class="post-meta-item-icon"><i class="far fa-calendar"></i></span><span class="post-meta-item-text">发表于</span> <time title="创建时间：{{CREATEDFULL}}" itemprop="dateCreated datePublished" datetime="{{CREATEDISO}}">{{CREATED}}</time></span>{{UPD}}
    <span class="post-meta-item"><span class="post-meta-item-icon"><i class="far fa-folder"></i></span><span class="post-meta-item-text">分类于</span> <span itemprop="about" itemscope itemtype="http://schema.org/Thing"><a href="/categories/{{CAT}}/" itemprop="url" rel="index"><span itemprop="name">{{CAT}}</span></a></span></span>
    <span class="post-meta-break"></span>
    <span class="post-meta-item" title="本文字数"><span class="post-meta-item-icon"><i class="far fa-file-word"></i></span><span class="post-meta-item-text">本文字数：</span><span>{{WC}}</span></span>
    <span class="post-meta-item" title="阅读时长"><span class="post-meta-item-icon"><i class="far fa-clock"></i></span><span class="post-meta-item-text">阅读时长 &asymp;</span><span>{{MINS}} 分钟</span></span>
    <span id="busuanzi_container_page_pv" class="post-meta-item"><span class="post-meta-item-text">阅读次数：</span><span id="busuanzi_value_page_pv"></span></span>
      </div></div>
    </header>
    <div class="post-body" itemprop="articleBody">{{BODY}}</div>
    <div class="reward-container"><div>如果觉得写得还行，请我喝杯茶吧</div><button>赞赏</button></div>
    <div>
      <ul class="post-copyright">
        <li class="post-copyright-author"><strong>本文作者： </strong>林晚</li>
        <li class="post-copyright-link"><strong>本文链接：</strong><a href="{{URL}}" title="{{TITLE}}">{{URL}}</a></li>
        <li class="post-copyright-license"><strong>版权声明： </strong>本博客所有文章除特别声明外，均采用 <a href="https://creativecommons.org/licenses/by-nc-sa/4.0/zh-CN" rel="noopener" target="_blank"><i class="fab fa-fw fa-creative-commons"></i>BY-NC-SA</a> 许可协议。转载请注明出处！</li>
      </ul>
    </div>
    <footer class="post-footer">
      <div class="post-tags">{{TAGS}}</div>
      <div class="post-nav">
        <div class="post-nav-item"><a href="/{{PREVPATH}}/" rel="prev" title="{{PREV}}"><i class="fa fa-angle-left"></i> 上一篇：{{PREV}}</a></div>
        <div class="post-nav-item"><a href="/{{NEXTPATH}}/" rel="next" title="{{NEXT}}">下一篇：{{NEXT}} <i class="fa fa-angle-right"></i></a></div>
      </div>
    </footer>
</article>
</div>
<div class="comments" id="waline">
  <div data-waline class="wl-panel-wrap">
    <div class="wl-panel"><div class="wl-header"><input class="wl-input" placeholder="昵称"><input class="wl-input" placeholder="邮箱"><input class="wl-input" placeholder="网址"></div><textarea class="wl-editor" placeholder="欢迎留言，说说你的想法～"></textarea><div class="wl-footer"><span class="wl-text-number">0 字</span><button class="wl-btn primary">提交</button></div></div>
    <div class="wl-meta-head"><div class="wl-count"><span>{{NCM}}</span> 评论</div><ul class="wl-sort"><li class="active">按正序</li><li>按倒序</li><li>按热度</li></ul></div>
    <div class="wl-cards">
{{COMMENTS}}
    </div>
    <div class="wl-power">Powered by <a href="https://waline.js.org" target="_blank">Waline</a> v2.15.8</div>
  </div>
</div>
"""
    tagh = "".join('<a href="/tags/%s/" rel="tag"># %s</a> ' % (t, t) for t in tags)
    mid = fill(art, URL=url, TITLE=esc(e["title"]), CREATEDFULL=created_full.replace("T", " ")[:19],
               CREATEDISO=created_full, CREATED=created, UPD=upd, CAT=category,
               WC=wc, MINS=str(mins), BODY="".join(body_parts), TAGS=tagh,
               PREVPATH=prev[1], PREV=esc(prev[0]), NEXTPATH=nxt[1], NEXT=esc(nxt[0]),
               NCM=str(len(comments)), COMMENTS="\n".join(cm))
    head = fill(NC_HEAD, METAS=metas, HTITLE=esc(e["title"]) + " | 南窗小记",
                SBCLASS=sbclass, TOC=toc, MAINCLASS="post posts-expand")
    return url, head + mid + NC_FOOT


NC_ARCHIVE = [
    ("2024", [("04-02", "春天的第一场风筝", "2024/04/02/fengzheng"),
              ("02-11", "在城市里找一块安静的地方", "2024/02/11/anjing"),
              ("01-20", "冬夜读书记", "2024/01/20/dongye-dushu")]),
    ("2023", [("11-18", "父亲的自行车", "2023/11/18/fuqin-zixingche"),
              ("09-03", "秋天的菜园", "2023/09/03/caiyuan"),
              ("07-14", "山中听雨记", "2023/07/14/shanzhong-tingyu"),
              ("06-30", "一个人的博物馆", "2023/06/30/bowuguan"),
              ("04-09", "老街上的铁匠铺", "2023/04/09/tiejiangpu")]),
    ("2022", [("12-03", "外婆的针线笸箩", "2022/12/03/zhenxian-poluo"),
              ("10-22", "搬家记", "2022/10/22/banjia"),
              ("08-15", "夏夜的萤火虫", "2022/08/15/yinghuochong")]),
]


def site_nanchuang():
    c1 = [
        ("山月", "2023-07-15 09:12", "读完仿佛也听了一场雨。城里的雨确实只剩下“躲”了。", "是呀，山里的雨是可以坐下来听的。"),
        ("木子李", "2023-07-15 21:40", "请问是城北哪座山？也想去住几天。", "就不说具体地方啦，怕打扰到房东一家，城北往山里开一个多小时那一带都差不多。"),
        ("路过的猫", "2023-07-16 08:03", "“人是跟着天过日子的”，这句写得真好。", ""),
        ("阿青", "2023-07-20 13:27", "想起小时候在外婆家，下雨天就坐在门槛上看雨，一看一下午。", ""),
        ("Evan", "2023-08-02 22:15", "博主的文字好安静，收藏了。", "谢谢喜欢～"),
        ("一棵树", "2023-09-11 10:50", "芭蕉叶上的雨声是噗噗的，形容得太准了。", ""),
    ]
    c2 = [
        ("小满", "2022-12-04 10:21", "看哭了。我外婆也有一个这样的笸箩，里面也有一个装纽扣的铁盒子。", "好像那一代的外婆都有这样一个盒子。"),
        ("南山", "2022-12-04 19:05", "纳鞋底前把针在头发里蹭一蹭，这个细节太真实了。", ""),
        ("匿名", "2022-12-06 23:48", "“时间也被她一针一针地缝进了布里”，好句子。", ""),
        ("晴川", "2022-12-10 08:30", "袼褙这个词好多年没听到了。", "我也是写的时候专门问了我妈才确定怎么写。"),
        ("陈小二", "2023-01-02 16:12", "新年快乐！一直在看你的博客。", "新年快乐！"),
    ]
    c3 = [
        ("Leo", "2024-02-12 00:31", "凌晨四点的街道，我也走过，确实是城市最诚实的时刻。", ""),
        ("若水", "2024-02-12 11:09", "我的安静角落是单位楼梯间的窗台，哈哈。", "楼梯间也是好地方！"),
        ("一只鱼", "2024-02-13 18:44", "最后一段很有共鸣，安静是给自己留出来的。", ""),
        ("k", "2024-02-15 09:20", "图书馆改自习室这件事，我们那里也一样，期刊室没了。", ""),
        ("路人甲", "2024-02-20 22:02", "拉二胡的老人那段好有画面感。", "那天的曲子我到现在也不知道叫什么。"),
        ("阿九", "2024-03-01 07:58", "换了城市之后一直没找到自己的角落，看完打算周末去河边走走。", ""),
        ("MJ", "2024-03-09 14:36", "写得真好，已推荐给朋友。", ""),
    ]
    rows = [
        (N1, "shanzhong-tingyu", "2023/07/14", "2023-07-14", "2023-07-14T16:21:05+08:00",
         ("2023-07-14 16:21:05", "2023-07-14T16:21:05+08:00"), "随笔", ["山居", "雨", "自然"],
         ("一个人的博物馆", "2023/06/30/bowuguan"), ("秋天的菜园", "2023/09/03/caiyuan"), c1, ""),
        (N2, "zhenxian-poluo", "2022/12/03", "2022-12-03", "2022-12-03T20:47:33+08:00",
         ("2022-12-03 20:47:33", "2022-12-03T20:47:33+08:00"), "旧事", ["外婆", "手艺", "记忆"],
         ("搬家记", "2022/10/22/banjia"), ("一个人的博物馆", "2023/06/30/bowuguan"), c2, "utf-8"),
        (N3, "anjing", "2024/02/11", "2024-02-11", "2024-02-11T22:05:18+08:00",
         ("2024-02-20 09:14:52", "2024-02-20T09:14:52+08:00"), "城市", ["城市", "生活"],
         ("冬夜读书记", "2024/01/20/dongye-dushu"), ("春天的第一场风筝", "2024/04/02/fengzheng"), c3, ""),
    ]
    for i, (e, slug, dp, created, cfull, upd, cat, tags, prev, nxt, cm, header) in enumerate(rows, 1):
        url, body = nc_post(e, slug, dp, created, cfull, upd, cat, tags, prev, nxt, cm)
        add("m-nanchuang-%d.html" % i, "utf-8", header, url, body, e["title"],
            "林晚", created, gold_lines(e["paras"]), visible=[created, "林晚"])
    # page 4: archive
    blocks = []
    for year, posts in NC_ARCHIVE:
        blocks.append('<div class="collection-year"><span class="collection-header">%s</span></div>' % year)
        for md, t, p in posts:
            blocks.append('<article itemscope itemtype="http://schema.org/Article"><header class="post-header"><div class="post-meta-container"><time itemprop="dateCreated" datetime="%s-%s">%s</time></div>'
                          '<div class="post-title"><a class="post-title-link" href="/%s/" itemprop="url"><span itemprop="name">%s</span></a></div></header></article>'
                          % (year, md, md, p, esc(t)))
    mid = ('<div class="post-block">\n<div class="post-content">\n<div class="collection-title"><span class="collection-header">嗯..! 目前共计 86 篇日志。 继续努力。</span></div>\n'
           + "\n".join(blocks) +
           '\n</div>\n</div>\n<nav class="pagination"><span class="page-number current">1</span><a class="page-number" href="/archives/page/2/">2</a><span class="space">&hellip;</span><a class="page-number" href="/archives/page/9/">9</a><a class="extend next" rel="next" href="/archives/page/2/"><i class="fa fa-angle-right" aria-label="下一页"></i></a></nav>\n')
    head = fill(NC_HEAD, METAS='<meta property="og:type" content="website">\n<meta property="og:title" content="归档">\n',
                HTITLE="归档 | 南窗小记", SBCLASS="sidebar-overview-active", TOC="",
                MAINCLASS="page posts-collapse")
    add("m-nanchuang-4.html", "utf-8", "", "https://nanchuang.me/archives/",
        head + mid + NC_FOOT, kind="listing")


# ---------------------------------------------------------------------------
# Writing and self-check
# ---------------------------------------------------------------------------

def gold_text(p):
    h = ["page: " + p["name"], "url: " + p["url"], "charset: " + p["header"]]
    if p["kind"]:
        h.append("kind: " + p["kind"])
    h += ["title: " + p["title"], "author: " + p["author"], "published: " + p["published"]]
    return "\n".join(h) + "\n\n" + "".join(l + "\n" for l in p["lines"])


def visible_text(s):
    s = re.sub(r"(?is)<head\b.*?</head>", " ", s)
    s = re.sub(r"(?is)<script\b.*?</script>", " ", s)
    s = re.sub(r"(?is)<style\b.*?</style>", " ", s)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    s = html.unescape(s)
    return re.sub(r"\s+", "", s)


def squash(s):
    return re.sub(r"\s+", "", s)


def check(p):
    errs = []
    raw = open(os.path.join(PAGES, p["name"]), "rb").read()
    text = raw.decode(p["enc"], errors="strict")
    meta = re.search(r'charset="?([\w-]+)', text, re.I)
    if not meta or meta.group(1).lower() != p["enc"].replace("utf-8", "utf-8").lower():
        errs.append("meta charset %r != %s" % (meta and meta.group(1), p["enc"]))
    vis = visible_text(text)
    pos = 0
    for line in p["lines"]:
        k = vis.find(squash(line), pos)
        if k < 0:
            errs.append("line not found in order: " + line[:30])
        else:
            pos = k + len(squash(line))
    for s in [p["title"]] + p["author"].split() + p["visible"]:
        if s and squash(html.unescape(s)) not in vis:
            errs.append("not visible: " + s)
    n = sum(len(squash(l)) for l in p["lines"])
    if p["kind"] == "listing":
        if p["lines"] or p["title"]:
            errs.append("listing with text")
    elif not 400 <= n <= 1500:
        errs.append("essay length %d" % n)
    return errs, n


def main():
    site_beiyuan()
    site_songxue()
    site_guanlan()
    site_dianhao()
    site_xiping()
    site_nanchuang()
    os.makedirs(PAGES, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    for p in PAGES_OUT:
        assert p["name"].startswith("m-")
        with open(os.path.join(PAGES, p["name"]), "wb") as f:
            f.write(p["body"].encode(p["enc"], errors="strict"))
        base = p["name"].rsplit(".", 1)[0]
        with open(os.path.join(GOLD, base + ".txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write(gold_text(p))
    bad = 0
    for p in PAGES_OUT:
        errs, n = check(p)
        print("%-22s %-7s hdr=%-7s %-8s chars=%4d %s" % (
            p["name"], p["enc"], p["header"] or "-", p["kind"] or "article", n,
            "OK" if not errs else "FAIL"))
        for e in errs:
            print("    " + e)
        bad += bool(errs)
    print("%d pages, %d failing" % (len(PAGES_OUT), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
