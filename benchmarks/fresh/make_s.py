#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Round-10 blind pages, prefix s-.  Deterministic, stdlib only.

Writes pages/s-<site>-<n>.html and gold/s-<site>-<n>.txt next to this script,
then self-checks every page against its gold.
"""
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES_DIR = os.path.join(HERE, 'pages')
GOLD_DIR = os.path.join(HERE, 'gold')

PAGES = []


def esc(s):
    return html.escape(s, quote=False)


def add(name, url, enc, header_cs, markup, title='', author='', published='',
        shown_date='', text=(), listing=False, ctype=None):
    PAGES.append(dict(name=name, url=url, enc=enc, header_cs=header_cs, html=markup,
                      title=title, author=author, published=published,
                      shown_date=shown_date, text=list(text), listing=listing,
                      ctype=ctype))


# ---------------------------------------------------------------------------
# Essays (all written for this set; names and places invented)
# ---------------------------------------------------------------------------

E_DOC1 = [
    ['参加工作已经整整四年了。从走出校门时的青涩懵懂，到如今能够独立负责一个班组的设备维护工作，我深深体会到，一名青年员工的成长离不开企业搭建的平台，离不开师傅们的言传身教，更离不开自己在岗位上一点一滴的积累。借这次青年座谈会的机会，我把几年来的体会梳理如下。',
     '一、把岗位当作课堂，在实践中学真本领',
     '刚到车间时，我自认为在学校里学过不少理论，看图纸、算参数都不在话下。可第一次跟着师傅检修空压机，我连拆卸顺序都记不清，手忙脚乱中还差点把密封垫装反。师傅没有批评我，只是让我把每一步都写在小本子上，第二天再对着设备复述一遍。那个巴掌大的本子，我到现在已经记满了七本。正是这种笨功夫，让我明白了书本上的知识只有放到设备上、放到现场里，才算真正变成自己的东西。'],
    ['二、把困难当作机遇，在攻关中长才干',
     '去年冬天，厂里一台进口循环泵频繁跳停，外方技术人员一时无法到场。车间成立了青年攻关小组，我有幸成为其中一员。我们连续十几个晚上守在泵房，调出三个月的运行数据逐条比对，最终发现问题出在一只老化的温度传感器上。更换之后，设备稳定运行至今。这次经历让我懂得，越是难啃的骨头，越能锻炼人，青年人就应该主动往前站，到急难险重的任务中去经受考验。'],
    ['三、把责任当作动力，在担当中见初心',
     '作为一名入党积极分子，我时常提醒自己，国企员工的身上担着一份沉甸甸的责任。设备安全关系到全线生产，也关系到每一位工友的平安。每次巡检，我都坚持多看一眼、多摸一下、多问一句，宁可自己多跑几趟，也不让隐患留到下一班。',
     '这几年，车间先后有十一名青年员工走上了班组长岗位，其中三人获得了集团“青年岗位能手”称号。他们身上有一个共同点：肯吃苦，不怕累，遇到问题不绕着走。这些身边的榜样，让我看到了努力的方向。'],
    ['回顾这几年，我最大的收获是找到了成长的方向。今后，我将继续扎根一线，虚心向老师傅学习，努力把自己锻炼成一名既懂技术又能吃苦的新时代产业工人，用实实在在的业绩回报企业的培养。'],
]

E_DOC2 = [
    ['我出生的那条老街，在县城的东头，长不过三百米，却挤着几十户人家。青石板铺成的路面被几代人的脚步磨得发亮，下过雨后，能照出屋檐的影子。',
     '街口是王家的豆腐坊。天还没亮，磨盘就吱呀吱呀地转起来，豆香顺着门缝飘出去，半条街都能闻到。小时候我常被母亲打发去买豆腐，端着一只搪瓷碗，站在热气腾腾的灶台边等。王婶总会多舀一勺豆花给我，说小孩子长身体，要多吃点。',
     '再往里走，是一家修鞋铺。修鞋的老周话不多，整天低着头，手里的锥子和麻线上下翻飞。街坊们的鞋坏了都送到他那里，他收钱从不多要，遇到家里困难的，干脆就不收。有一年冬天，我的棉鞋开了口，他连夜给我补好，第二天一早放在我家门口的石阶上。'],
    ['老街最热闹的时候是傍晚。各家各户把小桌搬到门口，一边吃饭一边聊天，谁家炒了辣椒，呛得隔壁直咳嗽，大家就笑成一团。孩子们端着碗串门，这家夹一筷子，那家尝一口，吃着吃着就跑到街尾的大槐树下玩去了。',
     '那棵槐树据说有一百多年了，树干要两个大人才能合抱。夏天的夜里，老人们摇着蒲扇坐在树下讲古，讲这条街从前是怎样的码头，讲哪一年发过大水，讲谁家的祖上中过秀才。我们听得似懂非懂，却总舍不得回家。'],
    ['后来我去外地读书、工作，回老街的次数越来越少。前几年听说县里要改造老城，心里一直惦记着。去年春节回去，发现老街保留了下来，石板路重新铺过，豆腐坊还在，只是掌磨的换成了王婶的儿子。',
     '我站在街口，闻着熟悉的豆香，忽然想起老周。打听之下才知道，他前年已经过世了，修鞋铺的门面租给了一家奶茶店。'],
]

E_FW1 = [
    '——基层党建工作经验交流材料',
    '近年来，我公司党委坚持把党的建设与生产经营深度融合，以建强基层党组织为抓手，以服务职工群众为落脚点，探索出一条“党建引领、融合发展”的工作路子，基层组织的凝聚力和战斗力明显增强。现将有关做法汇报如下。',
    '一、夯实基础，让支部建设“强起来”',
    '公司现有基层党支部二十三个，党员四百一十六名。我们对照标准化规范化建设要求，逐个支部开展“体检”，查找在组织设置、党员管理、制度执行等方面存在的短板，列出问题清单四十七条，明确整改时限和责任人。同时，推行支部书记“双向进入、交叉任职”，让懂业务的干部抓党建，让抓党建的干部懂业务，有效破解了党建与业务“两张皮”的问题。',
    '二、创新载体，让党员作用“亮起来”',
    '我们在生产一线设立党员先锋岗六十余个，组建党员突击队九支，在重点项目攻坚、设备检修、安全隐患排查中，党员冲在前、干在先。开展“我为群众办实事”活动，党员与困难职工结对帮扶，累计解决职工食堂就餐、班车线路调整、子女入托等实际问题一百三十余件。一位老职工说：“有事找支部，心里踏实。”',
    '三、融合发展，让生产经营“实起来”',
    '坚持把支部建在项目上、把党小组建在班组里，围绕降本增效、技术创新等中心任务，开展党建课题攻关。去年，各支部共提出合理化建议二百余条，采纳实施八十余条，创造经济效益一千二百多万元。党建工作的成效，实实在在体现在了企业发展的成绩单上。',
    '四、存在的不足和下一步打算',
    '在取得成绩的同时，我们也清醒地看到，部分支部在活动形式上仍有创新不足的问题，少数党员的先锋意识还需进一步增强。下一步，我们将继续深化“一支部一品牌”创建，加强党务干部培训，推动基层党建工作再上新台阶。',
]

E_FW2 = [
    '为期两周的新员工入职培训结束了。这短短的十几天里，我们听了公司领导的专题讲座，参观了生产车间和企业展厅，还在老员工的带领下进行了岗位实操演练。回想起来，收获满满，感触良多。',
    '首先，我对公司有了更加全面的认识。过去我只是从招聘简章里了解到公司的一些基本情况，这次培训让我知道了公司从一家只有几十人的小厂发展到今天的曲折历程。展厅里那张泛黄的建厂老照片，几位老师傅站在简陋的厂房前，笑容里满是干劲，让我久久不能忘怀。',
    '其次，我认识到安全是一切工作的前提。培训中，安全科的老师给我们播放了几起事故案例的视频，血的教训触目惊心。我在笔记本的第一页写下了“安全第一”四个字，提醒自己无论什么时候，都不能心存侥幸。',
    '再次，我体会到了团队的力量。在拓展训练中，我们十个人要在规定时间内共同完成一项搭桥任务。一开始大家各说各的，进展很慢，后来推选出一名组长统一指挥，分工协作，终于在最后一分钟完成了任务。这让我明白，在一个集体里，只有心往一处想、劲往一处使，才能把事情办好。',
    '最后，我也看到了自身的不足。和老员工相比，我在专业技能和实践经验上还有很大差距。今后我会把培训当作起点，多向师傅请教，多到现场锻炼，尽快完成从学生到职业人的转变。',
    '我相信，只要脚踏实地、勤学肯干，就一定能在新的岗位上实现自己的价值。',
]

E_FW3 = [
    '六月是全国“安全生产月”。今年我们车间围绕“人人讲安全、个个会应急”的主题，组织开展了安全知识竞赛、应急疏散演练、隐患随手拍等一系列活动。作为一名从事设备操作工作的普通职工，我在参与中受到了深刻的教育。',
    '一是安全意识必须时刻绷紧。过去我总觉得自己干了十多年，操作流程闭着眼睛都能背下来，出不了什么问题。可在隐患随手拍活动中，我和工友们一下午就在车间里找出了十几处隐患，有的就在我天天走过的地方。这让我出了一身冷汗，也让我明白，麻痹大意才是最大的隐患。',
    '二是应急本领必须真正过硬。在应急疏散演练中，警报一响，有的同事慌了手脚，连最近的安全出口在哪里都想不起来。演练结束后，车间组织大家复盘，重新熟悉疏散路线和灭火器的使用方法。只有平时多练，关键时刻才能不慌。',
    '三是安全责任必须落实到人。安全不是哪一个人的事，而是每个人的事。我们班组把安全职责细化到每个岗位、每个环节，实行交接班安全确认制度，谁的岗位谁负责，谁签字谁担责。',
    '安全生产月虽然结束了，但安全生产没有终点。我将把这次活动中学到的知识和养成的习惯坚持下去，守护好自己，也守护好身边的每一位工友。',
]

# Big5 commentary.  ('H', text) = in-text subheading, ('R', [...]) = 延伸閱讀 card,
# ('C', text) = photo caption, ('X', text) = image credit (out)
E_HK1 = [
    ('P', '每次經過石塘坊的老街，總會看到新的圍板。圍板後面，原來是一幢幢樓齡超過六十年的唐樓，樓下是五金舖、涼茶舖和車房，樓上住著幾代人。圍板拆下之日，這些地方往往已經變成了簇新的住宅大廈，名字取得很洋氣，呎價則讓原來的街坊望而卻步。'),
    ('H', '重建不只是換樓'),
    ('P', '近年舊區重建的步伐明顯加快。從政策角度看，改善居住環境、消除樓宇安全隱患，都是無可厚非的理由。然而，重建的代價往往由最弱勢的一群承擔。不少租住板間房的基層家庭，在收樓通知發出後只能另覓居所，搬到更遠的地區，孩子要轉校，大人上班的車程多了一個鐘頭。'),
    ('P', '一位在舊區經營洗衣舖三十多年的老闆娘告訴我，她最捨不得的不是舖位，而是熟客。「街坊拿衣服來，順便坐下聊幾句，誰家孩子考上大學，誰家老人入了醫院，我都知道。」這種鄰里之間的連繫，是任何賠償方案都無法計算的。'),
    ('R', ['板間房租金管制一年：成效與隱憂', '老店結業潮背後的租金困局']),
    ('H', '社區網絡值得保留'),
    ('P', '其實，外國不少城市在推動舊區更新時，已經嘗試把原區安置和社區網絡的保存納入規劃。例如讓原有租戶優先租住重建後的單位，或在新發展項目中預留一定比例的地舖給老字號以較低租金經營。這些做法未必可以照搬，但至少提醒我們，城市更新的目標不應只是樓宇的更新，而應是生活的延續。'),
    ('H', '讓街坊參與規劃'),
    ('P', '更重要的是，規劃過程需要讓居民真正參與。現時的諮詢往往流於形式，居民收到厚厚的文件，卻看不懂專業術語，會議安排在工作日的下午，基層街坊根本無法出席。如果能夠在社區中心設立常駐的規劃工作坊，用街坊聽得懂的語言解釋方案，並認真回應他們的意見，重建的阻力或許會小得多。'),
    ('P', '城市總要向前走，但向前走的時候，別忘了回頭看看那些曾經撐起這條街的人。'),
]

E_HK2 = [
    ('P', '每到晚上七八點，海晏街和寶慶道一帶的商業大廈裡依然燈火通明。一間間補習社擠在狹小的單位內，穿著校服的學生排隊等電梯，手上拿著剛派發的筆記。這個畫面，幾乎成了本地教育的一張名片。'),
    ('H', '家長的焦慮從何而來'),
    ('P', '不少家長坦言，替孩子報補習班並非出於真心認同，而是害怕「輸在起跑線」。當身邊的同學都在補，自己的孩子不補，心裡總是不踏實。這種集體焦慮層層傳遞，結果是補習的年齡越來越小，有的幼稚園學生已經開始上面試班。'),
    ('P', '一位任教中學二十年的老師說，課堂上常見學生昏昏欲睡，一問才知道前一晚補習到十點多，回家還要做功課。「他們不是不努力，是太累了。」'),
    ('R', ['學童每日睡眠不足八小時　調查：逾半受影響', '小一派位放榜前夕　家長的一百種準備']),
    ('H', '學習應該有留白'),
    ('P', '教育學者一再提醒，學習需要留白。孩子在自由玩耍、閱讀閒書、和朋友聊天的時間裡，同樣在成長。把每一分鐘都填滿，看似爭取了優勢，其實可能扼殺了好奇心和自主學習的能力。'),
    ('H', '學校和社會可以做甚麼'),
    ('P', '要紓緩補習之風，單靠勸喻家長並不足夠。學校可以檢討功課量和測驗次數，讓評估更重視理解而非操練；社會也需要反思，是否過分以分數衡量一個人的價值。只有當升學不再是唯一的出路，家長才有底氣讓孩子慢下來。'),
    ('P', '孩子的童年只有一次。與其讓他們在補習社的燈光下度過，不如多給他們一些看天空的時間。'),
]

E_HK3 = [
    ('P', '在城西的海旁，有一座不起眼的舊碼頭。今天它只是附近居民晨運和垂釣的地方，很少有人知道，它曾經是這座城市最繁忙的貨運口岸之一。'),
    ('H', '從漁村到商埠'),
    ('P', '翻查舊地圖，十九世紀中葉，這一帶還只是零散的漁村。隨著開埠後貿易日益興旺，商人在海邊興建貨倉，木船和帆船在這裡停泊，卸下來自南洋的米、糖和藤器。碼頭附近的街道因此商號林立，苦力在石階上來回搬運，吆喝聲從清晨響到黃昏。'),
    ('H', '戰火與重建'),
    ('P', '上世紀四十年代，碼頭在戰火中受到嚴重破壞，部分貨倉被焚毀。戰後百廢待興，一批從內地南來的商人在此重新設立辦館，碼頭一度再現繁華。老居民憶述，當年每逢船期，整條街都堆滿貨物，小孩子最愛在麻包袋之間捉迷藏。'),
    ('C', '上世紀五十年代的碼頭一帶，貨物堆滿街道。'),
    ('X', '圖片來源：讀者提供'),
    ('H', '貨櫃時代的沒落'),
    ('P', '七十年代以後，貨櫃運輸興起，大型貨櫃碼頭在北岸落成，舊碼頭的角色迅速式微。貨倉一間間改建成住宅，辦館也相繼結業。到了今天，只剩下碼頭邊那排鐵環和刻有年份的石柱，默默記錄著昔日的光景。'),
    ('R', ['石塘海旁的最後一間辦館', '舊街名裡的城市密碼']),
    ('P', '歷史不一定寫在教科書裡，也寫在這些不起眼的角落。下次走過海旁，不妨停下腳步，看看那些被海浪磨圓了稜角的石階。'),
]

E_BLOG1 = [
    '早上出门，刚走到楼道口，就闻到一股甜香。抬头一看，楼下那两棵桂花树不知什么时候已经开了，细碎的小花藏在叶子中间，不仔细看根本发现不了，可香气却一点也藏不住。',
    '这两棵桂花是小区刚建成时种下的，算起来也有十来年了。每年这个时候，住在一楼的张阿姨都会在树下铺一块旧床单，等花落下来，收起来晒干，做成桂花糖。去年她送了我一小罐，冲一杯开水，放一勺进去，整个屋子都是秋天的味道。',
    '张阿姨今年七十多了，腿脚不如从前利索，捡花的活儿就交给了放学回来的孙女。小姑娘蹲在树下，一朵一朵地往小碗里拾，拾满了就端回屋里，过一会儿又跑出来。',
    '我站在树下看了一会儿，上班差点迟到。路上一直在想，城市里的季节其实很容易被忽略，天天低头看手机，等想起来抬头，叶子已经黄了。好在还有这些花，年年准时，提醒我们秋天来了。',
    '晚上回来，树下果然已经铺上了床单，路灯照在上面，星星点点的一层金黄。我没有去打扰，只是在心里盘算着，今年的桂花糖，大概又可以蹭到一罐了。',
]

E_BLOG2 = [
    '收拾老房子的时候，在储藏间的角落里发现了父亲那辆二八自行车。车把上的镀铬早已斑驳，车座裂了几道口子，用胶布缠了又缠。我推着它在院子里走了两步，链条哗啦哗啦地响，像是在跟我打招呼。',
    '这辆车是父亲刚参加工作那年买的。那时候买自行车要凭票，父亲攒了大半年的工资，又托人弄到一张票，才把它从百货商店推回家。母亲说，那天父亲高兴得一晚上没睡着，半夜起来好几回，就为了看看车还在不在。',
    '我小的时候，这辆车是家里最重要的交通工具。父亲在前面的横梁上绑了一个小木座，我就坐在上面，两只手握着车把中间，觉得自己也在骑车。每天早上，他先送我去幼儿园，再骑车去厂里上班，风雨无阻。下雨天，他把雨衣的后摆撩起来罩住我，我在雨衣里只能看见他的两只手和前面一小块湿漉漉的路。',
    '后来我上了中学，学校离家远，父亲就把车给了我骑。那时候我嫌它又旧又笨，远不如同学们的山地车好看，总是故意把它停在车棚最里面。父亲知道了，什么也没说，只是每个周末都把它擦得干干净净，链条上好油，第二天早上放在门口。',
    '再后来，家里买了摩托车，又买了汽车，这辆自行车就被推进了储藏间，一放就是二十多年。父亲退休以后，偶尔还会进去看看，用抹布擦擦上面的灰。',
    '我问父亲要不要把它卖了，他摆摆手说，留着吧，占不了多大地方。',
    '现在我终于明白，他留着的不是一辆车，而是那些年我们一起走过的路。',
]

E_SOE1 = [
    ('P', '2月16日，集团公司召开2023年党风廉政建设和反腐败工作会议，深入学习贯彻上级纪委全会精神，总结2022年集团党风廉政建设和反腐败工作，部署2023年重点任务。集团公司党委书记、董事长赵振东出席会议并讲话，党委副书记、总经理钱立新主持会议。'),
    ('P', '会议指出，过去一年，集团各级党组织认真落实全面从严治党主体责任，持续深化作风建设，扎实开展廉洁风险排查，重点领域监督不断加强，全集团风清气正的政治生态进一步巩固。'),
    ('P', '会议强调，2023年是全面贯彻落实党的二十大精神的开局之年，集团上下要坚定不移推进全面从严治党向纵深发展。一要压紧压实管党治党政治责任，各级党组织书记要切实履行第一责任人职责，做到重要工作亲自部署、重大问题亲自过问。二要聚焦工程招投标、物资采购、分包管理等关键环节，健全制度、堵塞漏洞，推动监督向项目一线延伸。三要驰而不息纠治“四风”，严防享乐主义、奢靡之风反弹回潮，坚决整治形式主义、官僚主义。四要加强廉洁文化建设，用身边事教育身边人，筑牢干部职工拒腐防变的思想防线。'),
    ('IMG', '图为会议现场'),
    ('P', '会上，集团公司纪委书记孙海燕作工作报告，各二级单位党组织主要负责人签订了党风廉政建设责任书。'),
    ('P', '会议以视频形式召开，集团公司领导班子成员在主会场参会，各二级单位领导班子成员及纪检干部在分会场参会。'),
]

E_SOE2 = [
    '早上六点半，天刚蒙蒙亮，青石岭隧道的出口已经响起了机械的轰鸣声。五十二岁的开挖班班长郑国富戴好安全帽，拿着手电筒，照例先到掌子面转了一圈。“围岩有点渗水，今天的支护要再加强。”他一边说，一边在随身带的本子上记下一行字。',
    '这个习惯，郑国富已经坚持了二十八年。从十八岁进入公司当学徒算起，他先后参加了十多座隧道的建设，走过的洞子加起来有四十多公里。工友们都叫他“老班长”，说他闭着眼睛摸一摸岩壁，就能判断出围岩的好坏。',
    '青石岭隧道地质条件复杂，断层多、涌水大，是整条线路的控制性工程。去年雨季，隧道内出现一次较大涌水，郑国富带着班组连续奋战三十多个小时，排水、加固、清淤，硬是保住了工期。项目部要给他请功，他却说：“活是大家一起干的，功劳也该是大家的。”',
    '老班长对自己要求严，对徒弟更严。班组里的年轻人刚来时，他总要先带着在洞里走上一个星期，一边走一边讲，哪里容易掉块，哪里要注意通风，哪台设备有什么脾气。有个小伙子嫌他啰嗦，他就把自己当年亲眼见过的一次塌方讲给他听。从那以后，小伙子再也没有嫌他啰嗦过。',
    '这几年，他带出来的徒弟中，已经有六人当上了班长，两人成了项目上的技术骨干。说起这些，郑国富脸上露出了难得的笑容：“看着他们成长起来，比自己拿奖还高兴。”',
    '再过几个月，青石岭隧道就要贯通了。郑国富说，等贯通那天，他要在洞口拍一张照片，寄给远在老家的老伴看看：“这些年不常回家，总得让她知道，我在外面干了些啥。”',
]

E_SOE3 = [
    '3月28日，集团公司党委理论学习中心组举行今年第二次集体学习，围绕“以高质量党建引领企业高质量发展”开展专题研讨。集团公司党委书记、董事长赵振东主持学习并作总结讲话。',
    '学习会上，中心组成员集中学习了上级有关文件精神，观看了专题辅导片。五位中心组成员结合分管工作作了交流发言，大家一致认为，要把学习成果转化为推动改革发展的实际成效，在市场开拓、科技创新、项目管理等方面拿出更多硬招实招。',
    '赵振东指出，理论学习中心组学习是领导干部加强理论武装的重要途径，要坚持学用结合、知行合一，带着问题学、针对问题改。他强调，一要在深学细悟上下功夫，把学习成果体现到谋划工作的思路上；二要在调查研究上下功夫，领导班子成员要深入项目一线，摸清基层实情，帮助解决实际困难；三要在推动落实上下功夫，对照年度目标任务，倒排工期、挂图作战，确保各项工作落地见效。',
    '会议要求，各级党组织要结合实际，及时传达学习精神，组织开展形式多样的学习研讨活动，推动学习往深里走、往实里走，切实把学习成效转化为攻坚克难、干事创业的强大动力。',
    '集团公司领导班子成员，总部各部门负责人参加学习。',
]

# news portal article over two pages.  ('H', ...) subheading, ('C', ...) caption
E_NEWS_P1 = [
    ('P', '从县城驱车往西四十分钟，就到了青岚镇。这里曾是远近闻名的煤矿重镇，上世纪八十年代，镇上的矿工加家属有两万多人，街上的饭馆通宵营业，电影院一周要换三部片子。'),
    ('P', '随着资源逐渐枯竭，矿井在十多年前陆续关停。年轻人外出打工，老工人守着空荡荡的家属院，镇上最热闹的，反倒成了每年清明回乡扫墓的车流。“那几年，走在街上都觉得冷清。”在镇上开了二十年小卖部的周大姐说。'),
    ('P', '转机出现在三年前。县里决定把废弃的老矿区改造成工业遗址公园，保留井架、选煤楼、运煤铁轨等标志性设施，同时引入文创、研学、民宿等业态。'),
    ('H', '井架还在，故事也在'),
    ('P', '走进遗址公园，最先映入眼帘的是那座高高的红色井架。井架下方的老绞车房被改成了矿山记忆展馆，展柜里陈列着矿灯、安全帽、工作证，还有一本本泛黄的班组记录。'),
    ('C', '改造后的老绞车房成了矿山记忆展馆。'),
    ('P', '展馆的讲解员刘师傅今年六十三岁，在井下干了整整三十年。退休后，他主动报名当起了义务讲解员。“我讲的都是自己经历过的事，哪一年冒顶，哪一年评上先进，哪个工友救过我的命，都记得清清楚楚。”刘师傅说，来参观的孩子们最爱听井下的故事，常常围着他问个不停。'),
]
E_NEWS_P2 = [
    ('H', '老厂房里长出新业态'),
    ('P', '选煤楼旁边的几排老厂房，如今成了文创街区。红砖墙保留了原样，屋顶换上了透光的玻璃，里面开起了咖啡馆、陶艺工坊和书店。'),
    ('P', '在一家名为“矿灯”的咖啡馆里，店主小韩正在给客人拉花。他是土生土长的矿工子弟，大学毕业后在省城工作了几年，去年回到家乡开了这家店。“以前总想着往外走，现在发现家门口也有机会。”小韩说，周末店里的客人大多来自周边城市，有时候一天能卖出两三百杯。'),
    ('P', '据镇里介绍，遗址公园开园两年来，累计接待游客四十多万人次，带动周边开办民宿、农家乐六十余家，直接或间接提供就业岗位八百多个。不少外出的年轻人陆续回到镇上创业。'),
    ('H', '留住记忆，也要留住人'),
    ('P', '改造过程中，并非没有争议。有老工人担心，商业开发会冲淡矿区原有的味道。为此，镇里专门成立了由老矿工、居民代表和设计师组成的议事小组，重大改造方案都要经过小组讨论。运煤铁轨要不要拆、老浴室改成什么，都是在一次次讨论中定下来的。'),
    ('P', '“改造不是为了把过去抹掉，而是让过去和现在接上。”青岚镇党委书记陈立群说，下一步，镇里还将推出矿山研学线路，把老矿工的口述历史整理出版，让更多人了解这段历史。'),
    ('P', '傍晚时分，井架上的灯亮了起来。广场上，几位老人在下象棋，孩子们沿着铁轨追逐嬉戏。这座沉寂多年的老矿镇，正在以另一种方式重新热闹起来。'),
]


def flat(blocks, keep=('P', 'H', 'C', 'IMG')):
    return [t for k, t in blocks if k in keep]


# ---------------------------------------------------------------------------
# Site 1: s-dingwen  document sharing (docin-like)
# ---------------------------------------------------------------------------

DW_HEAD_CSS = '''<style type="text/css">
body{margin:0;font:12px/1.5 "Microsoft YaHei",SimSun;background:#f2f2f2}
.dw-top{height:32px;background:#222;color:#ccc}.dw-hd{background:#fff;height:70px}
.reader-wrap{width:860px;float:left}.page-box{background:#fff;margin:10px 0;padding:60px 70px;box-shadow:0 0 4px #ccc}
.page-txt{font-size:15px;line-height:28px;color:#333}.pg-mark{text-align:center;color:#999;font-size:12px}
.side-col{width:300px;float:right}.vip-bar{background:#fff8e6;border:1px solid #f5d9a0;padding:12px}
</style>'''


def dw_wrap(par, seed):
    """Hard-wrap a paragraph as a PDF text layer does: ~30 chars a line."""
    widths = [30, 29, 31, 30, 28, 32, 30, 29]
    s = '\u3000\u3000' + par
    out, i, k = [], 0, seed
    while i < len(s):
        w = widths[k % len(widths)]
        out.append(s[i:i + w])
        i += w
        k += 1
    return out


def dw_header(crumb_cat):
    return '''<div class="dw-top"><div class="w1200"><span class="fl">欢迎来到鼎文网！</span>
<span class="fr"><a href="/login.html" rel="nofollow">登录</a> | <a href="/reg.html" rel="nofollow">免费注册</a> | <a href="/upload.html">上传文档</a> | <a href="/vip/" class="vip-link">开通VIP</a> | <a href="/app/">客户端</a> | <a href="/help/">帮助中心</a></span></div></div>
<div class="dw-hd"><div class="w1200"><a href="https://www.dingwendoc.com/" class="logo"><img src="//static.dingwendoc.com/img/logo.png" alt="鼎文网"></a>
<form action="/search.do" method="get" class="sch"><input type="text" name="q" value="" placeholder="搜索海量文档"><select name="fmt"><option>全部</option><option>DOC</option><option>PDF</option><option>PPT</option><option>TXT</option></select><button type="submit">搜 索</button></form>
<div class="hot-words">热搜：<a href="/search.do?q=%E5%BF%83%E5%BE%97">心得体会</a> <a href="/search.do?q=%E5%85%9A%E8%AF%BE">党课讲稿</a> <a href="/search.do?q=%E8%BF%B0%E8%81%8C">述职报告</a> <a href="/search.do?q=%E6%95%99%E6%A1%88">教案</a></div></div></div>
<div class="dw-nav"><ul><li><a href="/">首页</a></li><li><a href="/c/jingpin/">精品文档</a></li><li><a href="/c/hangye/">行业资料</a></li><li><a href="/c/kaoshi/">考试资料</a></li><li><a href="/c/jiaoxue/">教学课件</a></li><li><a href="/c/xueshu/">学术论文</a></li><li><a href="/c/jishu/">技术资料</a></li><li><a href="/c/bangong/">办公文档</a></li><li><a href="/c/shenghuo/">生活休闲</a></li><li><a href="/c/wenxue/">文学作品</a></li><li><a href="/vip/">VIP专区</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">鼎文网</a> &gt; ''' + crumb_cat + '''</div>
'''


def dw_footer():
    return '''<div class="dw-ft"><p><a href="/about/">关于鼎文</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/copyright.html">版权声明</a> | <a href="/about/agreement.html">用户协议</a> | <a href="/about/privacy.html">隐私政策</a> | <a href="/help/">帮助中心</a> | <a href="/about/jubao.html">侵权投诉</a></p>
<p>鼎文网是一个在线文档分享平台。用户上传的文档仅代表其个人观点，不代表本站立场。</p>
<p>Copyright &copy; 2012-2023 dingwendoc.com All Rights Reserved　<a href="https://beian.miit.gov.cn/" target="_blank">苏ICP备13052871号-3</a>　苏公网安备 32010202011583号</p></div>
<script type="text/javascript">var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?8d2f0a4c61";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
'''


def dw_side(uploader, docs, fans, related):
    rel = '\n'.join('<li><a href="/p-%d.html" title="%s"><i class="ico-%s"></i>%s</a><span>%d页</span></li>'
                    % (pid, esc(t), ext, esc(t), pg) for pid, t, ext, pg in related)
    return '''<div class="side-col">
<div class="up-card"><img src="//static.dingwendoc.com/avatar/%s.jpg" class="avatar"><div class="up-name"><a href="/u/%s/">%s</a><i class="lv">LV.6</i></div>
<ul class="up-stat"><li><b>%d</b>文档</li><li><b>%d</b>粉丝</li><li><b>4.7</b>评分</li></ul><a class="btn-follow" href="javascript:;">+ 关注</a> <a class="btn-msg" href="javascript:;">私信</a></div>
<div class="side-box"><h3>相关文档</h3><ul class="rel-list">
%s
</ul></div>
<div class="side-box ad"><a href="/vip/"><img src="//static.dingwendoc.com/ad/vip300.jpg" alt="开通VIP 海量文档免费下载"></a></div>
</div>''' % (uploader, uploader, esc(uploader), docs, fans, rel)


def make_dingwen():
    # ---- page 1: 精品 .docx, 4 pages all in the HTML, VIP bar between p2 and p3
    title = '国企青年员工岗位成才心得体会'
    pages_html = []
    seed = 0
    for pi, pars in enumerate(E_DOC1, 1):
        lines = []
        for par in pars:
            lines.extend(dw_wrap(par, seed))
            seed += 3
        body = '<br>\n'.join(esc(l).replace('\u3000', '&#12288;') for l in lines)
        pages_html.append('<div class="page-box" id="page%d" data-page="%d">\n<div class="page-txt">%s<br>\n</div>\n<div class="pg-mark">第%d页 共%d页</div>\n</div>'
                          % (pi, pi, body, pi, len(E_DOC1)))
    vip = '''<div class="vip-bar"><p class="remain">剩余2页未读，<a href="javascript:;" class="btn-more" onclick="loadMore()">继续阅读</a></p>
<p>开通VIP，本文档可免费下载　<a href="/vip/" class="btn-vip">立即开通</a>　<a href="javascript:;" class="btn-down">下载文档（3.00元）</a></p></div>'''
    reader = pages_html[0] + '\n' + pages_html[1] + '\n' + vip + '\n' + pages_html[2] + '\n' + pages_html[3]
    related = [(2384711033, '青年员工座谈会发言稿（精选6篇）.docx', 'doc', 12),
               (2384700271, '国企新员工转正工作总结.doc', 'doc', 3),
               (2384622810, '岗位练兵心得体会范文.docx', 'doc', 4),
               (2384590014, '青年岗位能手事迹材料.pdf', 'pdf', 6),
               (2384577702, '2022年青年工作总结及2023年工作计划.docx', 'doc', 8),
               (2384560016, '师带徒心得体会（徒弟篇）.doc', 'doc', 2),
               (2384533319, '国企青年干部成长成才的思考.pdf', 'pdf', 11),
               (2384500872, '入党积极分子思想汇报（2022年第四季度）.docx', 'doc', 3),
               (2384499015, '设备维护岗位职责及考核标准.xls', 'xls', 5),
               (2384470026, '班组长培训心得体会3篇.docx', 'doc', 7)]
    markup = '''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>精品国企青年员工岗位成才心得体会.docx - 鼎文网</title>
<meta name="keywords" content="国企,青年员工,岗位成才,心得体会">
<meta name="description" content="参加工作已经整整四年了。从走出校门时的青涩懵懂，到如今能够独立负责一个班组的设备维护工作，我深深体会到……">
<link rel="stylesheet" href="//static.dingwendoc.com/css/doc_v3.css?v=20221028">
''' + DW_HEAD_CSS + '''
<script type="text/javascript">var pageConfig={docId:2384719650,pageCount:4,previewCount:2,format:"docx",price:3.00,isVip:0,uid:"bangongdaren_li"};</script>
</head>
<body>
''' + dw_header('<a href="/c/bangong/">办公文档</a> &gt; <a href="/c/bangong/xinde/">心得体会</a> &gt; <span>国企青年员工岗位成才心得体会.docx</span>') + '''
<div class="w1200 clearfix">
<div class="reader-wrap">
<div class="doc-head">
<h1 class="doc-title"><span class="tag-jp">精品</span>国企青年员工岗位成才心得体会.docx</h1>
<div class="doc-info"><span class="fmt docx">docx</span><span>4页</span><span>1.2万阅读</span><span>356下载</span><span>上传时间：2022-11-03</span><span>大小：26.5KB</span></div>
<div class="doc-opt"><a href="javascript:;" class="btn-down">下载文档</a><a href="javascript:;" class="btn-fav">收藏</a><a href="javascript:;" class="btn-share">分享</a><a href="javascript:;" class="btn-report">举报</a></div>
<div class="doc-tip">温馨提示：本文档由用户上传，版权归原作者所有。下载前请先预览，预览内容与下载文档一致。</div>
</div>
<div class="reader" id="reader">
''' + reader + '''
</div>
<div class="doc-end"><p>本文档共4页，已全部加载完毕</p><a href="javascript:;" class="btn-down big">下载文档</a><span class="price">¥3.00</span><a href="/vip/">VIP免费下载</a></div>
<div class="doc-comment"><h3>文档评论（0）</h3><div class="cmt-empty">暂无评论，快来抢沙发吧！</div><textarea placeholder="发表你的评论"></textarea><button>发表评论</button></div>
<div class="guess"><h3>猜你喜欢</h3><ul><li><a href="/p-2384400127.html">新入职员工心得体会</a></li><li><a href="/p-2384401129.html">技术工人成长之路演讲稿</a></li><li><a href="/p-2384402132.html">企业青年读书分享会发言</a></li><li><a href="/p-2384403135.html">师徒结对总结</a></li></ul></div>
</div>
''' + dw_side('bangongdaren_li', 3521, 268, related) + '''
</div>
''' + dw_footer() + '''
</body>
</html>
'''
    text = [p for pars in E_DOC1 for p in pars]
    add('s-dingwen-1.html', 'https://www.dingwendoc.com/p-2384719650.html', 'utf-8', 'utf-8', markup,
        title=title, author='', published='2022-11-03', shown_date='2022-11-03', text=text)

    # ---- page 2: .doc of 5 pages, 3 in the preview, one <p> per hard line; byline 文/何静
    seed = 2
    pages_html = []
    for pi, pars in enumerate(E_DOC2, 1):
        lines = []
        if pi == 1:
            lines.append('文/何静')
        for par in pars:
            lines.extend(dw_wrap(par, seed))
            seed += 5
        body = '\n'.join('<p class="p_line" style="top:%dpx">%s</p>' % (96 + 28 * j, esc(l).replace('\u3000', '&#12288;'))
                         for j, l in enumerate(lines))
        pages_html.append('<div class="page-box" id="pageNo-%d">\n<div class="page-txt" style="position:relative;height:1040px">\n%s\n</div>\n<div class="pg-mark">- 第%d页 共5页 -</div>\n</div>'
                          % (pi, body, pi))
    related = [(3390011472, '老屋（散文）.doc', 'doc', 3), (3390000131, '故乡的小巷.docx', 'doc', 4),
               (3389871120, '散文写作技巧十讲.pdf', 'pdf', 36), (3389800023, '记忆中的年味儿.doc', 'doc', 2),
               (3389770911, '县城记忆（散文集）.pdf', 'pdf', 58), (3389700365, '乡愁主题作文素材汇编.docx', 'doc', 15)]
    markup = '''<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>老街的烟火气.doc_鼎文网</title>
<meta name="keywords" content="老街的烟火气,散文,乡愁">
<link rel="stylesheet" href="//static.dingwendoc.com/css/doc_v3.css?v=20230311">
''' + DW_HEAD_CSS + '''
<script>var pageConfig={docId:3390027518,pageCount:5,previewCount:3,format:"doc",price:0,vipOnly:1};</script>
</head>
<body>
''' + dw_header('<a href="/c/wenxue/">文学作品</a> &gt; <a href="/c/wenxue/sanwen/">散文随笔</a> &gt; <span>老街的烟火气.doc</span>') + '''
<div class="w1200 clearfix">
<div class="reader-wrap">
<div class="doc-head">
<h1 class="doc-title">老街的烟火气.doc</h1>
<div class="doc-info"><span class="fmt doc">doc</span><span>5页</span><span>2856阅读</span><span>VIP专享</span><span>上传时间：2023-03-15</span><span>大小：31KB</span></div>
<div class="doc-opt"><a href="javascript:;" class="btn-down">下载文档</a><a href="javascript:;">收藏</a><a href="javascript:;">举报</a></div>
</div>
<div class="reader" id="reader">
''' + '\n'.join(pages_html) + '''
<div class="vip-bar preview-end"><p class="remain">剩余2页未读，<a href="/vip/?from=doc3390027518">继续阅读</a></p>
<ul class="vip-rights"><li>VIP专享文档，开通VIP免费下载</li><li>海量文档免费阅读</li><li>下载不限速、无广告</li></ul>
<a href="/vip/" class="btn-vip">开通VIP 下载文档阅读全文</a></div>
</div>
<div class="doc-comment"><h3>文档评论（2）</h3>
<div class="cmt"><span class="u">用户8827****</span>写得很有画面感，想起了我家那条街。<span class="t">2023-04-02</span></div>
<div class="cmt"><span class="u">xiaoyu_1990</span>请问有完整版吗？<span class="t">2023-05-19</span></div></div>
</div>
''' + dw_side('wenxuefang', 862, 1204, related) + '''
</div>
''' + dw_footer() + '''
</body>
</html>
'''
    text = [p for pars in E_DOC2 for p in pars]
    add('s-dingwen-2.html', 'https://www.dingwendoc.com/p-3390027518.html', 'utf-8', 'utf-8', markup,
        title='老街的烟火气', author='何静', published='2023-03-15', shown_date='2023-03-15', text=text)

    # ---- page 3: document removed / under review notice (no essay)
    rec = [('党支部书记抓基层党建工作述职报告.docx', 5), ('2023年党建工作要点.doc', 6), ('党员组织生活会个人对照检查材料.docx', 4),
           ('主题党日活动方案（12篇）.doc', 21), ('基层党建工作存在的问题及整改措施.docx', 3), ('党建品牌创建实施方案.pdf', 9),
           ('支部委员会议记录范本.doc', 2), ('党课讲稿：做新时代合格党员.docx', 8)]
    markup = '''<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>文档不存在或已删除 - 鼎文网</title>
<link rel="stylesheet" href="//static.dingwendoc.com/css/error.css">
''' + DW_HEAD_CSS + '''
</head>
<body>
''' + dw_header('<span>提示信息</span>') + '''
<div class="w1200 err-wrap">
<div class="err-box"><img src="//static.dingwendoc.com/img/err_doc.png" alt="">
<h2>抱歉，该文档已被删除或正在审核中</h2>
<p>可能的原因：文档涉嫌侵权已被上传者或管理员删除；文档正在审核，审核通过后即可正常浏览。</p>
<p>您可以：<a href="/">返回首页</a>　<a href="javascript:history.back()">返回上一页</a>　<a href="/search.do?q=%E5%85%9A%E5%BB%BA">搜索相关文档</a></p>
<p class="countdown"><span id="sec">5</span>秒后自动跳转到首页</p></div>
<div class="rec-box"><h3>为您推荐</h3><ul>
''' + '\n'.join('<li><a href="/p-%d.html">%s</a><span>%d页</span></li>' % (4400120000 + i * 7771, esc(t), n) for i, (t, n) in enumerate(rec)) + '''
</ul></div>
</div>
<script>var s=5;setInterval(function(){s--;if(s<=0){location.href="/";}document.getElementById("sec").innerHTML=s;},1000);</script>
''' + dw_footer() + '''
</body>
</html>
'''
    add('s-dingwen-3.html', 'https://www.dingwendoc.com/p-4401872391.html', 'utf-8', '', markup, listing=True)

    # ---- page 4: search results
    results = [
        ('国企党建工作心得体会（精选10篇）.docx', '……坚持把党的建设与生产经营深度融合，以建强基层<em>党组织</em>为抓手……<em>心得</em>体会……', 18, 'dangjian_wk', '2023-05-06'),
        ('2023年基层<em>党建</em>工作<em>心得</em>.doc', '……作为一名基层支部书记，我深刻认识到抓好<em>党建</em>是最大的政绩……', 3, '用户6630****', '2023-04-21'),
        ('青年党员学习<em>心得</em>体会.pdf', '……通过这次集中学习，我对新时代青年的使命担当有了更深的理解……', 4, 'qingnianhui', '2023-03-30'),
        ('主题教育读书班学习<em>心得</em>（3篇）.docx', '……读原著、学原文、悟原理，在学思践悟中坚定理想信念……', 9, '公文写作室', '2023-06-02'),
        ('企业<em>党建</em>与生产经营融合的实践与思考.pdf', '……破解<em>党建</em>与业务“两张皮”问题，关键在于找准结合点……', 7, 'lunwenku2019', '2022-12-14'),
        ('“三会一课”制度落实<em>心得</em>.doc', '……严格落实“三会一课”制度，是加强党员教育管理的重要抓手……', 2, '用户1187****', '2022-10-09'),
        ('<em>党建</em>工作经验交流材料范文.docx', '……我们坚持以品牌创建为引领，推动支部建设标准化……', 6, 'fanwenjia', '2023-02-27'),
        ('党员干部廉洁自律<em>心得</em>体会.docx', '……以案为鉴、以案促改，筑牢拒腐防变的思想防线……', 3, 'dangjian_wk', '2023-03-08'),
        ('支部书记培训班学习<em>心得</em>.doc', '……三天的培训时间虽短，但内容丰富、收获颇丰……', 4, '用户2091****', '2023-05-23'),
        ('国企<em>党建</em>论文：新时代国有企业党建工作创新路径.pdf', '……国有企业是中国特色社会主义的重要物质基础和政治基础……', 12, 'lunwenku2019', '2022-11-30'),
    ]
    items = []
    for i, (t, snip, n, up, d) in enumerate(results):
        ext = t.rsplit('.', 1)[1]
        items.append('''<div class="s-item"><h3><i class="ico-%s"></i><a href="/p-%d.html" target="_blank">%s</a></h3>
<p class="s-abs">%s</p>
<p class="s-meta"><span>%d页</span><span>上传者：%s</span><span>%s</span><span>%d次阅读</span></p></div>''' % (ext, 4500000000 + i * 13579, t, snip, n, esc(up), d, 300 + i * 117))
    markup = '''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>党建心得_搜索结果_鼎文网</title>
<meta name="robots" content="noindex,follow">
''' + DW_HEAD_CSS + '''
</head>
<body>
''' + dw_header('<span>搜索结果</span>') + '''
<div class="w1200 clearfix">
<div class="s-main">
<div class="s-filter">格式：<a class="on">全部</a> <a>DOC</a> <a>PDF</a> <a>PPT</a> <a>TXT</a>　页数：<a>1-5页</a> <a>6-20页</a> <a>20页以上</a>　排序：<a class="on">综合</a> <a>最新</a> <a>最热</a></div>
<div class="s-count">搜索“党建心得”，共找到 12,836 个相关文档</div>
''' + '\n'.join(items) + '''
<div class="pager"><span class="cur">1</span><a href="?q=%E5%85%9A%E5%BB%BA%E5%BF%83%E5%BE%97&amp;p=2">2</a><a href="?p=3">3</a><a href="?p=4">4</a><a href="?p=5">5</a>…<a href="?p=100">100</a><a href="?p=2">下一页</a></div>
<div class="s-rel">相关搜索：<a>党建工作心得体会</a> <a>基层党建心得</a> <a>党建论文</a> <a>党员学习心得</a> <a>支部书记心得</a></div>
</div>
<div class="side-col"><div class="side-box"><h3>热门搜索</h3><ol><li>述职报告</li><li>工作总结</li><li>心得体会</li><li>党课讲稿</li><li>民主生活会</li><li>演讲稿</li></ol></div></div>
</div>
''' + dw_footer() + '''
</body>
</html>
'''
    add('s-dingwen-4.html', 'https://www.dingwendoc.com/search.do?q=%E5%85%9A%E5%BB%BA%E5%BF%83%E5%BE%97', 'utf-8', 'utf-8', markup, listing=True)


# ---------------------------------------------------------------------------
# Site 2: s-xiezuoba  范文/公文 writing site (dedecms-like, GBK/GB2312)
# ---------------------------------------------------------------------------

def xz_shell(title_tag, meta_cs, crumb, main, side_extra=''):
    nav = ['首页', '心得体会', '工作总结', '党建材料', '述职报告', '演讲稿', '思想汇报', '入党申请书', '调研报告', '策划方案', '讲话稿', '作文大全']
    navh = ''.join('<li><a href="/%s/">%s</a></li>' % (['', 'xinde', 'zongjie', 'dangjian', 'shuzhi', 'yanjiang', 'sixiang', 'rudang', 'diaoyan', 'cehua', 'jianghua', 'zuowen'][i], t) for i, t in enumerate(nav))
    hot = ['2023年主题教育心得体会', '党员个人检视剖析材料', '组织生活会发言提纲', '安全生产月总结', '青年干部座谈会发言', '述职述廉报告', '七一党课讲稿', '工会工作总结',
           '班组长竞聘演讲稿', '国企改革心得体会']
    hoth = '\n'.join('<li><span class="n%d">%d</span><a href="/dangjian/%d.html">%s</a></li>' % (i + 1, i + 1, 228400 + i * 37, t) for i, t in enumerate(hot))
    return '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=''' + meta_cs + '''" />
<title>''' + title_tag + '''</title>
<meta name="keywords" content="心得体会,党建材料,工作总结,范文,公文写作" />
<meta name="description" content="写作吧提供各类心得体会、工作总结、党建材料等范文参考。" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
<style>.kw-line{color:#999;font-size:12px;line-height:20px;padding:4px 0}.content p{text-indent:2em;line-height:2}</style>
</head>
<body class="articleview">
<div class="header_top"><div class="w960 center"><span class="time">写作吧 - 范文写作参考平台</span><span class="toplogin"><a href="/member/login.php">登录</a> | <a href="/member/reg_new.php">注册</a> | <a href="javascript:addfav()">加入收藏</a> | <a href="/m/">手机版</a></span></div></div>
<div class="header"><div class="top w960 center"><div class="title"><h2><a href="/"><img src="/templets/default/images/logo.gif" alt="写作吧" height="56" width="216" /></a></h2></div>
<div class="search"><form name="formsearch" action="/plus/search.php"><input type="hidden" name="kwtype" value="0" /><input name="q" type="text" class="search-keyword" value="在这里搜索..." /><button type="submit" class="search-submit">搜索</button></form></div></div>
<div class="nav w960 center clear"><ul>''' + navh + '''</ul></div></div>
<div class="w960 center clear mt1">
<div class="pleft">
<div class="place"><strong>当前位置:</strong> ''' + crumb + '''</div>
''' + main + '''
</div>
<div class="pright">
<div class="commend mt1"><dl class="tbox light"><dt class="light"><strong>热门范文</strong></dt><dd class="light"><ul class="d4">
''' + hoth + '''
</ul></dd></dl></div>
''' + side_extra + '''
<div class="ad_r"><script type="text/javascript" src="/plus/ad_js.php?aid=3"></script></div>
</div>
</div>
<div class="footer w960 center mt1 clear">
<div class="footer_left"></div><div class="footer_body"><p class="powered">
<a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a> | <a href="/shengming.html">免责声明</a> | <a href="/sitemap.html">网站地图</a> | <a href="/tougao.html">投稿须知</a><br />
本站部分文章来自网友投稿，仅供学习参考，如有侵权请联系删除。<br />
Copyright &copy; 2014-2023 xiezuoba.com 写作吧 版权所有 <a href="https://beian.miit.gov.cn/" rel="nofollow">豫ICP备14020931号-2</a></p>
<div class="copyright">联系邮箱：kefu#xiezuoba.com（#换成@）</div></div><div class="footer_right"></div></div>
<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?c1a77e3b02";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
</body>
</html>
'''


def xz_article(h1, info, kw_top, kw_bottom, paras, related, prevnext, subtitle_first=False):
    body = []
    for i, p in enumerate(paras):
        if subtitle_first and i == 0:
            body.append('<p style="text-align:right;text-indent:0"><strong>%s</strong></p>' % esc(p))
        elif re.match('^[一二三四五六七八九十]、', p) and len(p) < 30:
            body.append('<p><strong>%s</strong></p>' % esc(p))
        else:
            body.append('<p>%s</p>' % esc(p))
    rel = '\n'.join('<li><a href="/%s.html">%s</a><span>%s</span></li>' % (u, esc(t), d) for u, t, d in related)
    return '''<div class="viewbox">
<div class="title"><h1>''' + esc(h1) + '''</h1></div>
<div class="info"><small>''' + info + '''</small></div>
<div class="kw-line">''' + esc(kw_top) + '''</div>
<div class="intro">导读：以下是写作吧小编为大家整理的范文，仅供参考，欢迎阅读。</div>
<div class="content"><table width="100%"><tr><td>
<div id="contentMidPicAD" style="float:right; clear:both; top:0; vertical-align:top;"><script src="/plus/ad_js.php?aid=5" language="javascript"></script></div>
''' + '\n'.join(body) + '''
</td></tr></table></div>
<div class="kw-line">''' + esc(kw_bottom) + '''</div>
<div class="statement" style="color:#c00;border:1px dashed #f99;padding:6px">本文由用户上传，如有侵权请联系删除。本站仅提供信息存储空间服务，不拥有所有权。</div>
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle"><div class="context"><ul>''' + prevnext + '''</ul></div>
<div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid=1" target="_blank">收藏</a></li><li id="act-err"><a href="/plus/erraddsave.php" target="_blank">挑错</a></li><li id="act-pus"><a href="/plus/recommend.php" target="_blank">推荐</a></li><li id="act-pnt"><a href="#" onclick="window.print();">打印</a></li></ul></div></div>
</div>
<div class="xgfw mt1"><dl class="tbox"><dt><strong>相关范文</strong></dt><dd><ul class="c2 ico1">
''' + rel + '''
</ul></dd></dl></div>
<div class="feedback mt1"><dl class="tbox"><dt><strong>发表评论</strong></dt><dd><textarea name="msg"></textarea><p>请自觉遵守互联网相关的政策法规，严禁发布色情、暴力、反动的言论。</p><button>发表评论</button></dd></dl></div>'''


def make_xiezuoba():
    # ---- page 1: keyword-stuffed <title>, subtitle line, header GBK / meta gb2312
    h1 = '以党建引领激发基层组织活力'
    kw_top = '国企党建论文 党建工作心得 基层党建经验材料 党支部工作总结 党建品牌创建 支部书记述职 党建工作亮点 党建引领发展 国企党建经验交流'
    kw_bottom = '基层党建工作经验交流材料范文 党建工作经验材料 国企党建论文范文 党建心得体会 基层党组织建设经验 党建业务融合 党员先锋岗事迹'
    related = [('dangjian/228711', '国企党建与生产经营深度融合经验材料', '2023-04-11'),
               ('dangjian/228650', '党支部标准化规范化建设工作总结', '2023-04-06'),
               ('dangjian/228601', '“一支部一品牌”创建工作汇报材料', '2023-03-30'),
               ('dangjian/228577', '基层党建工作存在的问题及对策思考', '2023-03-27'),
               ('dangjian/228520', '党员先锋岗创建活动方案', '2023-03-20'),
               ('dangjian/228488', '2023年党建工作要点（国企版）', '2023-03-16'),
               ('dangjian/228430', '支部书记抓党建述职报告', '2023-03-09'),
               ('dangjian/228402', '我为群众办实事典型案例材料', '2023-03-05')]
    prevnext = '<li>上一篇：<a href="/dangjian/228731.html">党委书记在年度党建工作会议上的讲话</a></li><li>下一篇：<a href="/dangjian/228762.html">党员组织生活会个人发言材料</a></li>'
    info = '时间:2023-04-18 09:12　来源:用户投稿　作者:网友　点击:<script src="/plus/count.php?view=yes&amp;aid=228745&amp;mid=1" type=\'text/javascript\' language="javascript"></script> 次'
    main = xz_article(h1, info, kw_top, kw_bottom, E_FW1, related, prevnext, subtitle_first=True)
    title_tag = '以党建引领激发基层组织活力基层党建工作经验交流材料范文_国企党建论文_党建工作心得体会(通用5篇)_写作吧'
    crumb = '<a href="/">写作吧</a> &gt; <a href="/dangjian/">党建材料</a> &gt; <a href="/dangjian/jingyan/">经验材料</a> &gt;'
    markup = xz_shell(title_tag, 'gb2312', crumb, main)
    add('s-xiezuoba-1.html', 'http://www.xiezuoba.com/dangjian/228745.html', 'gbk', 'GBK', markup,
        title=h1, author='', published='2023-04-18', shown_date='2023-04-18', text=E_FW1)

    # ---- page 2: no header charset, meta gbk; named author
    h1 = '新员工入职培训心得体会'
    kw_top = '新员工入职培训心得体会 入职培训心得 新员工培训总结 企业新员工感想 岗前培训心得体会范文 新入职员工心得 培训心得800字'
    kw_bottom = '入职培训心得体会范文 新员工心得体会 公司培训心得 新员工转正总结 实习心得体会 岗位培训心得 职场新人感悟'
    related = [('xinde/187322', '新员工入职培训心得体会（通用15篇）', '2023-07-02'),
               ('xinde/187301', '岗前培训心得体会范文', '2023-06-28'),
               ('xinde/187255', '新入职教师培训心得', '2023-06-20'),
               ('xinde/187210', '企业文化培训心得体会', '2023-06-15'),
               ('xinde/187188', '拓展训练心得体会', '2023-06-11'),
               ('xinde/187120', '银行新员工培训心得', '2023-06-03')]
    prevnext = '<li>上一篇：<a href="/xinde/187339.html">参观红色教育基地心得体会</a></li><li>下一篇：没有了 </li>'
    info = '发布时间：2023-07-06　作者：陈晓雨　来源：写作吧　浏览：<span id="hits">1872</span>'
    main = xz_article(h1, info, kw_top, kw_bottom, E_FW2, related, prevnext)
    markup = xz_shell('新员工入职培训心得体会_心得体会_写作吧', 'gbk', '<a href="/">写作吧</a> &gt; <a href="/xinde/">心得体会</a> &gt; <a href="/xinde/peixun/">培训心得</a> &gt; 正文', main)
    add('s-xiezuoba-2.html', 'http://www.xiezuoba.com/xinde/187345.html', 'gbk', '', markup,
        title=h1, author='陈晓雨', published='2023-07-06', shown_date='2023-07-06', text=E_FW2)

    # ---- page 3: gb2312 header + meta (strict gb2312 bytes)
    h1 = '安全生产月活动心得体会'
    kw_top = '安全生产月心得体会 安全生产心得 安全月活动总结 车间安全心得 安全教育心得体会 应急演练心得 安全生产月活动感悟'
    kw_bottom = '安全生产心得体会范文 安全生产月活动总结 企业安全心得 班组安全心得 安全知识竞赛心得 安全警示教育心得'
    related = [('xinde/anquan/96512', '2023年安全生产月活动总结', '2023-06-30'),
               ('xinde/anquan/96488', '安全生产警示教育片观后感', '2023-06-26'),
               ('xinde/anquan/96430', '班组长安全培训心得体会', '2023-06-19'),
               ('xinde/anquan/96401', '应急演练总结报告范文', '2023-06-14'),
               ('xinde/anquan/96377', '安全生产责任制学习心得', '2023-06-09')]
    prevnext = '<li>上一篇：<a href="/xinde/anquan/96520.html">安全生产月启动仪式主持词</a></li><li>下一篇：<a href="/xinde/anquan/96541.html">安全生产演讲稿：安全伴我行</a></li>'
    info = '时间:2023-06-30 16:47　来源:未知　作者:admin　点击:<script src="/plus/count.php?view=yes&amp;aid=96533&amp;mid=1" type=\'text/javascript\' language="javascript"></script> 次'
    main = xz_article(h1, info, kw_top, kw_bottom, E_FW3, related, prevnext)
    markup = xz_shell('安全生产月活动心得体会 - 安全心得 - 写作吧范文网', 'gb2312', '<a href="/">写作吧</a> &gt; <a href="/xinde/">心得体会</a> &gt; <a href="/xinde/anquan/">安全心得</a> &gt;', main)
    add('s-xiezuoba-3.html', 'http://www.xiezuoba.com/xinde/anquan/96533.html', 'gb2312', 'gb2312', markup,
        title=h1, author='', published='2023-06-30', shown_date='2023-06-30', text=E_FW3)

    # ---- page 4: category listing
    ents = [('党员个人对照检查材料（通用12篇）', '对照党章党规，从理想信念、政治纪律、作风建设等方面查找自身存在的问题……', '2023-07-12', 3822),
            ('主题党日活动心得体会', '本次主题党日活动形式新颖、内容丰富，让我深受教育……', '2023-07-11', 2105),
            ('七一建党节党课讲稿', '同志们：今天是党的生日，我们在这里集中学习……', '2023-07-10', 5431),
            ('基层党支部书记述职报告', '一年来，在上级党委的正确领导下，我认真履行支部书记职责……', '2023-07-09', 4219),
            ('国企党建工作经验交流材料', '近年来，公司党委坚持围绕中心抓党建、抓好党建促发展……', '2023-07-08', 3307),
            ('党员干部廉洁自律心得体会', '通过学习典型案例，我深刻认识到廉洁自律的重要性……', '2023-07-07', 1987),
            ('入党积极分子培训心得', '参加入党积极分子培训班，让我对党的认识更加深刻……', '2023-07-06', 2650),
            ('支部委员会会议记录范文', '时间：某月某日；地点：支部活动室；出席人员……', '2023-07-05', 1432),
            ('党建引领基层治理调研报告', '为深入了解基层党组织在社区治理中的作用，课题组……', '2023-07-04', 2876),
            ('“两优一先”先进事迹材料', '他扎根基层二十年，始终把群众冷暖放在心上……', '2023-07-03', 3140),
            ('党风廉政建设责任书（范本）', '为落实党风廉政建设责任制，明确责任主体……', '2023-07-02', 1209),
            ('组织生活会发言提纲', '按照组织生活会的要求，我认真查摆了自身问题……', '2023-07-01', 4788),
            ('青年党员座谈会发言稿', '作为一名青年党员，我感到责任重大、使命光荣……', '2023-06-30', 2233),
            ('党建品牌创建工作方案', '以打造特色党建品牌为抓手，推动党建工作提质增效……', '2023-06-29', 1876)]
    lis = '\n'.join('''<li><h3><a href="/dangjian/%d.html" class="title">%s</a></h3><span class="info"><small>日期：</small>%s <small>点击：</small>%d <small>好评：</small>0</span><p class="intro">%s</p></li>'''
                    % (228900 - i * 13, esc(t), d, c, esc(s)) for i, (t, s, d, c) in enumerate(ents))
    main = '''<div class="listbox"><ul class="e2">
''' + lis + '''
</ul></div>
<div class="dede_pages"><ul class="pagelist"><li><a>首页</a></li><li class="thisclass">1</li><li><a href="list_7_2.html">2</a></li><li><a href="list_7_3.html">3</a></li><li><a href="list_7_4.html">4</a></li><li><a href="list_7_5.html">5</a></li><li><a href="list_7_2.html">下一页</a></li><li><a href="list_7_418.html">末页</a></li><li><span class="pageinfo">共 <strong>418</strong>页<strong>5842</strong>条</span></li></ul></div>'''
    markup = xz_shell('党建材料_党建工作心得体会_国企党建论文范文大全_写作吧', 'gbk', '<a href="/">写作吧</a> &gt; <a href="/dangjian/">党建材料</a> &gt;', main)
    add('s-xiezuoba-4.html', 'http://www.xiezuoba.com/dangjian/', 'gbk', 'gbk', markup, listing=True)


# ---------------------------------------------------------------------------
# Site 3: s-shiping  Hong Kong commentary, Big5
# ---------------------------------------------------------------------------

HK_HOT = ['樓市回暖是假象還是轉機？', '港鐵新線通車後的社區變化', '青年北上工作的真實處境', '教育局新政下的中學校長們', '茶餐廳還能撐多久',
          '公立醫院輪候時間再創新高', '一個退休公務員的城市散步', '舊區重建之後，街坊去了哪裡？', '本地漁業的最後一代', '從渡海小輪看這座城的慢']


def hk_shell(title_tag, meta, main, hot_skip=None):
    hot = '\n'.join('<li><span class="rank">%d</span><a href="/article/%d">%s</a></li>' % (i + 1, 20230900 + i * 11, esc(t))
                    for i, t in enumerate(h for h in HK_HOT if h != hot_skip))
    return '''<!DOCTYPE html>
<html lang="zh-HK">
<head>
''' + meta + '''
<title>''' + title_tag + '''</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="時評網">
<link rel="stylesheet" href="/assets/css/main.min.css?v=3.2.1">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-SP8X2K"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-SP8X2K');</script>
</head>
<body class="single">
<div class="topbar"><span>香港獨立評論平台</span><a href="/subscribe">訂閱通訊</a> <a href="/donate">支持我們</a> <a href="/en">English</a></div>
<header class="site-header"><a class="brand" href="/"><img src="/assets/img/logo.svg" alt="時評網"></a>
<nav class="main-nav"><ul><li><a href="/">首頁</a></li><li><a href="/cat/news">時事</a></li><li><a href="/cat/politics">政經</a></li><li><a href="/cat/society">社會</a></li><li><a href="/cat/education">教育</a></li><li><a href="/cat/culture">文化</a></li><li><a href="/columns">專欄</a></li><li><a href="/cat/opinion">評論</a></li><li><a href="/video">影片</a></li></ul></nav>
<form class="search" action="/search"><input name="s" placeholder="搜尋"></form></header>
<div class="container"><div class="row">
<main class="col-main">
''' + main + '''
</main>
<aside class="col-side">
<div class="widget hot"><h4>熱門文章</h4><ol>
''' + hot + '''
</ol></div>
<div class="widget newsletter"><h4>訂閱時評網通訊</h4><p>每週精選評論，直送你的電郵信箱。</p><input type="email" placeholder="電郵地址"><button>訂閱</button></div>
<div class="widget fb"><div class="fb-page" data-href="https://www.facebook.com/shipinghk"></div></div>
</aside>
</div></div>
<footer class="site-footer"><ul><li><a href="/about">關於我們</a></li><li><a href="/contact">聯絡我們</a></li><li><a href="/contribute">投稿須知</a></li><li><a href="/privacy">私隱政策</a></li><li><a href="/terms">使用條款</a></li></ul>
<p>&copy; 2023 時評網 Shiping Media Limited. 版權所有，不得轉載。</p><p>本網站文章僅代表作者個人意見，不代表本網立場。</p></footer>
<script src="/assets/js/main.min.js?v=3.2.1"></script>
</body>
</html>
'''


def hk_share():
    return '''<div class="share-bar"><span>分享到：</span><a class="fb" href="https://www.facebook.com/sharer/sharer.php?u=">Facebook</a><a class="wa" href="https://api.whatsapp.com/send?text=">WhatsApp</a><a class="tg" href="https://t.me/share/url?url=">Telegram</a><a class="cp" href="javascript:;">複製連結</a></div>'''


def hk_body(blocks, hstyle):
    out = []
    for k, t in blocks:
        if k == 'P':
            out.append('<p>%s</p>' % esc(t))
        elif k == 'H':
            out.append(hstyle % esc(t))
        elif k == 'R':
            out.append('<div class="related-inline"><div class="ri-label">延伸閱讀</div>' + ''.join(
                '<a class="ri-card" href="/article/%d"><img src="/uploads/thumb_%d.jpg" alt=""><span>%s</span></a>' % (20230700 + i, i, esc(x)) for i, x in enumerate(t)) + '</div>')
        elif k == 'C':
            out.append('<figure class="wp-caption"><img src="/uploads/2023/08/pier1950s.jpg" alt="" width="760"><figcaption>%s</figcaption></figure>' % esc(t))
        elif k == 'X':
            out.append('<p class="img-credit"><small>（%s）</small></p>' % esc(t))
    return '\n'.join(out)


def make_shiping():
    # ---- page 1
    title = '舊區重建之後，街坊去了哪裡？'
    main = '''<div class="breadcrumb"><a href="/">首頁</a> &rsaquo; <a href="/cat/opinion">評論</a> &rsaquo; <a href="/cat/society">社會</a></div>
<div class="post-head"><span class="kicker">城市觀察</span>
<h1 class="post-title">''' + esc(title) + '''</h1>
<div class="byline"><span class="author">作者：<a href="/author/leungmanhim">梁文謙</a></span><span class="sep">｜</span><span class="date">2023年9月12日 星期二</span><span class="sep">｜</span><span class="read">閱讀時間約 5 分鐘</span></div>
''' + hk_share() + '''</div>
<div class="post-content">
<figure class="cover"><img src="/uploads/2023/09/shek-tong.jpg" alt=""></figure>
''' + hk_body(E_HK1, '<h2 class="sub">%s</h2>') + '''
<p class="author-note"><em>（作者為城市研究學者）</em></p>
</div>
<div class="post-tags">標籤：<a href="/tag/舊區重建">舊區重建</a> <a href="/tag/石塘坊">石塘坊</a> <a href="/tag/板間房">板間房</a> <a href="/tag/社區">社區</a></div>
''' + hk_share() + '''
<div class="author-box"><img src="/uploads/avatar/leung.jpg" alt=""><div><b>梁文謙</b><p>城市研究學者，關注舊區更新與社區保育。</p><a href="/author/leungmanhim">更多文章</a></div></div>
<div class="more-posts"><h4>相關文章</h4><ul><li><a href="/article/20230812">唐樓的最後一個夏天</a></li><li><a href="/article/20230726">市區重建的另一種可能</a></li><li><a href="/article/20230611">街市消失之後</a></li></ul></div>
<div class="comments-closed">留言功能已關閉</div>'''
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=big5">'
    markup = hk_shell('舊區重建之後，街坊去了哪裡？ | 評論 | 時評網', meta, main, hot_skip=title)
    add('s-shiping-1.html', 'https://www.shiping.hk/article/20230912-jiu-qu-chong-jian', 'big5', 'big5', markup,
        title=title, author='梁文謙', published='2023-09-12', shown_date='2023年9月12日',
        text=flat(E_HK1))

    # ---- page 2: no header charset, meta big5; <p><strong> subheadings
    title = '補習文化的另一面：孩子需要留白'
    main = '''<div class="breadcrumb"><a href="/">首頁</a> &rsaquo; <a href="/cat/education">教育</a></div>
<div class="post-head">
<h1 class="post-title">''' + esc(title) + '''</h1>
<div class="byline">文／<a href="/author/hoyeeman">何綺雯</a>　<time datetime="2023-10-03T08:00:00+08:00">2023-10-03</time></div>
''' + hk_share() + '''</div>
<div class="post-content">
''' + hk_body(E_HK2, '<p><strong>%s</strong></p>') + '''
</div>
<div class="post-tags">標籤：<a href="/tag/補習">補習</a> <a href="/tag/教育">教育</a> <a href="/tag/家長">家長</a></div>
''' + hk_share() + '''
<div class="more-posts"><h4>你可能也喜歡</h4><ul><li><a href="/article/20230920">DSE之後的那個暑假</a></li><li><a href="/article/20230905">一位小學老師的開學日記</a></li><li><a href="/article/20230818">功課政策十年回顧</a></li></ul></div>'''
    meta = '<meta charset="big5">'
    markup = hk_shell('時評網 - 補習文化的另一面：孩子需要留白', meta, main)
    add('s-shiping-2.html', 'https://www.shiping.hk/article/20231003-bu-xi-wen-hua', 'big5', '', markup,
        title=title, author='何綺雯', published='2023-10-03', shown_date='2023-10-03',
        text=flat(E_HK2))

    # ---- page 3: header Big5, meta (wrongly) utf-8; <h3> subheadings; kicker in <title>
    title = '一座碼頭的百年浮沉'
    main = '''<div class="breadcrumb"><a href="/">首頁</a> &rsaquo; <a href="/cat/culture">文化</a> &rsaquo; <a href="/columns/city-memory">城市記憶</a></div>
<div class="post-head"><span class="kicker">【城市記憶】</span>
<h1 class="post-title">''' + esc(title) + '''</h1>
<div class="byline"><span>撰文：蘇立行</span> <span>發佈：2023/08/27 10:30</span> <span>更新：2023/08/28 09:12</span></div>
''' + hk_share() + '''</div>
<div class="post-content">
''' + hk_body(E_HK3, '<h3>%s</h3>') + '''
</div>
<div class="post-tags">標籤：<a>石塘</a> <a>碼頭</a> <a>香港歷史</a> <a>城市記憶</a></div>
''' + hk_share() + '''
<div class="more-posts"><h4>城市記憶 系列</h4><ul><li><a href="/article/20230813">電車路上的老字號</a></li><li><a href="/article/20230730">一條消失了的河</a></li><li><a href="/article/20230716">戰前唐樓的騎樓</a></li></ul></div>'''
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
    markup = hk_shell('【城市記憶】一座碼頭的百年浮沉 - 時評網 Shiping', meta, main)
    add('s-shiping-3.html', 'https://www.shiping.hk/article/20230827-ma-tou', 'big5', 'Big5', markup,
        title=title, author='蘇立行', published='2023-08-27', shown_date='2023/08/27',
        text=flat(E_HK3))

    # ---- page 4: column (專欄) index
    cols = [('城市觀察', '梁文謙', [('舊區重建之後，街坊去了哪裡？', '2023-09-12'), ('市區重建的另一種可能', '2023-07-26'), ('街市消失之後', '2023-06-11')]),
            ('教室以外', '何綺雯', [('補習文化的另一面：孩子需要留白', '2023-10-03'), ('一位小學老師的開學日記', '2023-09-05'), ('功課政策十年回顧', '2023-08-18')]),
            ('城市記憶', '蘇立行', [('一座碼頭的百年浮沉', '2023-08-27'), ('電車路上的老字號', '2023-08-13'), ('一條消失了的河', '2023-07-30')]),
            ('經濟短評', '鄭家朗', [('零售業的寒冬還有多長', '2023-09-28'), ('息口見頂了嗎', '2023-09-14')]),
            ('山海之間', '區敏儀', [('郊野公園的週末', '2023-09-30'), ('吐露港的紅樹林', '2023-09-02')])]
    blocks = []
    for ci, (cname, au, arts) in enumerate(cols):
        lis = ''.join('<li><a href="/article/%d">%s</a><time>%s</time></li>' % (20231000 + ci * 100 + j, esc(t), d) for j, (t, d) in enumerate(arts))
        blocks.append('<section class="col-card"><div class="col-head"><img src="/uploads/avatar/c%d.jpg" alt=""><h3><a href="/columns/c%d">%s</a></h3><span class="col-author">%s</span></div><ul>%s</ul><a class="more" href="/columns/c%d">更多 &raquo;</a></section>'
                      % (ci, ci, esc(cname), esc(au), lis, ci))
    main = '''<div class="breadcrumb"><a href="/">首頁</a> &rsaquo; 專欄</div>
<h1 class="page-title">專欄</h1>
<p class="page-desc">時評網專欄作者來自學界、傳媒及不同專業，每週定期更新。</p>
''' + '\n'.join(blocks) + '''
<div class="pagination"><span class="current">1</span><a href="/columns/page/2">2</a><a href="/columns/page/2">下一頁 &raquo;</a></div>'''
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=big5">'
    markup = hk_shell('專欄 | 時評網', meta, main)
    add('s-shiping-4.html', 'https://www.shiping.hk/columns', 'big5', 'big5', markup, listing=True)


# ---------------------------------------------------------------------------
# Site 4: s-xiaochuang  personal WordPress-like blog, GB2312 meta, no header
# ---------------------------------------------------------------------------

def wp_calendar(year, month, first_wd, ndays, linked, caption):
    # first_wd: 0 = Monday
    cells = [''] * first_wd + [str(d) for d in range(1, ndays + 1)]
    while len(cells) % 7:
        cells.append('')
    rows = []
    for r in range(0, len(cells), 7):
        tds = []
        for c in cells[r:r + 7]:
            if not c:
                tds.append('<td class="pad">&nbsp;</td>')
            elif int(c) in linked:
                tds.append('<td><a href="/%d/%02d/%02d/" aria-label="文章发布于%d年%d月%d日">%s</a></td>' % (year, month, int(c), year, month, int(c), c))
            else:
                tds.append('<td>%s</td>' % c)
        rows.append('<tr>' + ''.join(tds) + '</tr>')
    return '''<div id="calendar_wrap" class="calendar_wrap"><table id="wp-calendar" class="wp-calendar-table">
<caption>''' + caption + '''</caption>
<thead><tr><th scope="col" title="星期一">一</th><th scope="col" title="星期二">二</th><th scope="col" title="星期三">三</th><th scope="col" title="星期四">四</th><th scope="col" title="星期五">五</th><th scope="col" title="星期六">六</th><th scope="col" title="星期日">日</th></tr></thead>
<tbody>
''' + '\n'.join(rows) + '''
</tbody></table><nav aria-label="上个月及下个月" class="wp-calendar-nav"><span class="wp-calendar-nav-prev"><a href="/%d/%02d/">&laquo; 上个月</a></span></nav></div>''' % (year, month - 1)


def wp_shell(title_tag, main, cal):
    tags = [('桂花', 3), ('秋天', 6), ('小区', 4), ('父亲', 5), ('老房子', 3), ('散步', 9), ('读书', 12), ('随手拍', 8), ('菜市场', 2), ('旧物', 4), ('童年', 7), ('雨天', 3), ('上班路上', 5), ('周末', 6)]
    tagh = ' '.join('<a href="/tag/%s/" class="tag-cloud-link" style="font-size:%.1fpt;" aria-label="%s (%d个项目)">%s</a>' % (t, 8 + n * 0.9, t, n, t) for t, n in tags)
    return '''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>''' + title_tag + '''</title>
<link rel="profile" href="http://gmpg.org/xfn/11" />
<link rel="stylesheet" id="twentyten-style" href="/wp-content/themes/xiaochuang/style.css?ver=4.9.8" type="text/css" media="all" />
<link rel="alternate" type="application/rss+xml" title="小窗闲话 &raquo; Feed" href="/feed/" />
<script type="text/javascript" src="/wp-includes/js/jquery/jquery.js?ver=1.12.4"></script>
<script type="text/javascript">window._wpemojiSettings={"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/11\\/72x72\\/","ext":".png"};</script>
<meta name="generator" content="WordPress 4.9.8" />
</head>
<body class="single single-post">
<div id="wrapper" class="hfeed">
<div id="header"><div id="masthead"><div id="branding" role="banner">
<div id="site-title"><span><a href="/" title="小窗闲话" rel="home">小窗闲话</a></span></div>
<div id="site-description">一扇小窗，看看日子</div>
<img src="/wp-content/uploads/2019/04/header-window.jpg" width="940" height="198" alt="" /></div>
<div id="access" role="navigation"><div class="menu-header"><ul id="menu-main" class="menu"><li><a href="/">首页</a></li><li><a href="/category/suibi/">随笔</a></li><li><a href="/category/dushu/">读书</a></li><li><a href="/category/sheying/">随手拍</a></li><li><a href="/guanyu/">关于</a></li><li><a href="/liuyan/">留言板</a></li></ul></div></div>
</div></div>
<div id="main">
<div id="container"><div id="content" role="main">
''' + main + '''
</div></div>
<div id="primary" class="widget-area" role="complementary"><ul class="xoxo">
<li id="search-2" class="widget-container widget_search"><form role="search" method="get" id="searchform" action="/"><label class="screen-reader-text" for="s">搜索：</label><input type="text" value="" name="s" id="s" /><input type="submit" id="searchsubmit" value="搜索" /></form></li>
<li id="calendar-2" class="widget-container widget_calendar">''' + cal + '''</li>
<li id="recent-posts-2" class="widget-container widget_recent_entries"><h3 class="widget-title">近期文章</h3><ul>
<li><a href="/2023/10/08/guihua/">楼下的桂花开了</a></li><li><a href="/2023/09/24/fuqin-zixingche/">父亲的自行车</a></li><li><a href="/2023/09/16/dushu-biji/">读《城南旧事》随记</a></li><li><a href="/2023/09/16/yuhou/">雨后的河堤</a></li><li><a href="/2023/09/03/caishichang/">早上的菜市场</a></li></ul></li>
<li id="recent-comments-2" class="widget-container widget_recent_comments"><h3 class="widget-title">近期评论</h3><ul id="recentcomments">
<li class="recentcomments"><span class="comment-author-link">山间明月</span>发表在《<a href="/2023/10/08/guihua/#comment-1203">楼下的桂花开了</a>》</li>
<li class="recentcomments"><span class="comment-author-link">老周</span>发表在《<a href="/2023/10/08/guihua/#comment-1201">楼下的桂花开了</a>》</li>
<li class="recentcomments"><span class="comment-author-link">青梅煮酒</span>发表在《<a href="/2023/09/24/fuqin-zixingche/#comment-1188">父亲的自行车</a>》</li></ul></li>
<li id="archives-2" class="widget-container widget_archive"><h3 class="widget-title">文章归档</h3><ul>
<li><a href="/2023/10/">2023年十月</a>&nbsp;(2)</li><li><a href="/2023/09/">2023年九月</a>&nbsp;(6)</li><li><a href="/2023/08/">2023年八月</a>&nbsp;(4)</li><li><a href="/2023/07/">2023年七月</a>&nbsp;(5)</li><li><a href="/2023/06/">2023年六月</a>&nbsp;(3)</li><li><a href="/2023/05/">2023年五月</a>&nbsp;(7)</li><li><a href="/2023/04/">2023年四月</a>&nbsp;(4)</li><li><a href="/2023/03/">2023年三月</a>&nbsp;(6)</li><li><a href="/2022/">更早</a></li></ul></li>
<li id="categories-2" class="widget-container widget_categories"><h3 class="widget-title">分类目录</h3><ul><li><a href="/category/suibi/">随笔</a> (86)</li><li><a href="/category/dushu/">读书</a> (31)</li><li><a href="/category/sheying/">随手拍</a> (44)</li><li><a href="/category/weifenlei/">未分类</a> (5)</li></ul></li>
<li id="tag_cloud-2" class="widget-container widget_tag_cloud"><h3 class="widget-title">标签</h3><div class="tagcloud">''' + tagh + '''</div></li>
<li id="linkcat-2" class="widget-container widget_links"><h3 class="widget-title">友情链接</h3><ul class="xoxo blogroll"><li><a href="http://www.shanjianyue.net/">山间月</a></li><li><a href="http://laozhou.blog.example.cn/">老周的杂货铺</a></li><li><a href="http://www.qingmei.cc/">青梅煮酒</a></li><li><a href="http://www.yeduren.com/">夜读人</a></li></ul></li>
<li id="meta-2" class="widget-container widget_meta"><h3 class="widget-title">功能</h3><ul><li><a href="/wp-login.php">登录</a></li><li><a href="/feed/">文章<abbr title="Really Simple Syndication">RSS</abbr></a></li><li><a href="/comments/feed/">评论<abbr title="Really Simple Syndication">RSS</abbr></a></li></ul></li>
</ul></div>
</div>
<div id="footer" role="contentinfo"><div id="colophon"><div id="site-info"><a href="/" title="小窗闲话" rel="home">小窗闲话</a></div>
<div id="site-generator">自豪地采用 <a href="https://cn.wordpress.org/">WordPress</a>　<a href="http://www.beian.miit.gov.cn/" rel="nofollow">浙ICP备17035526号-1</a>　本站已运行 <span id="runtime">1620</span> 天</div></div></div>
</div>
<script type="text/javascript" src="/wp-includes/js/comment-reply.min.js?ver=4.9.8"></script>
<script type="text/javascript" src="/wp-includes/js/wp-embed.min.js?ver=4.9.8"></script>
</body>
</html>
'''


def wp_comment(cid, author, date, text, children=(), url=None, byuser=False):
    a = '<a href="%s" rel="external nofollow" class="url">%s</a>' % (url, author) if url else author
    cls = 'comment byuser comment-author-suwan bypostauthor' if byuser else 'comment'
    kids = ''
    if children:
        kids = '<ul class="children">\n' + '\n'.join(children) + '\n</ul>'
    return '''<li class="%s" id="li-comment-%d"><div id="comment-%d">
<div class="comment-author vcard"><img alt="" src="https://cravatar.cn/avatar/%08x?s=40&amp;d=mm" class="avatar avatar-40" height="40" width="40" /><cite class="fn">%s</cite> <span class="says">说道：</span></div>
<div class="comment-meta commentmetadata"><a href="#comment-%d">%s</a></div>
<div class="comment-body"><p>%s</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom=%d#respond">回复</a></div>
</div>%s</li>''' % (cls, cid, cid, cid * 2654435761 % 0xFFFFFFFF, a, cid, date, text, cid, kids)


WP_FORM = '''<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">发表评论</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">电子邮件地址不会被公开。</span> 必填项已用<span class="required">*</span>标注</p>
<p class="comment-form-comment"><label for="comment">评论</label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p>
<p class="comment-form-author"><label for="author">名称 <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" /></p>
<p class="comment-form-email"><label for="email">电子邮件 <span class="required">*</span></label> <input id="email" name="email" type="text" value="" size="30" /></p>
<p class="comment-form-url"><label for="url">站点</label> <input id="url" name="url" type="text" value="" size="30" /></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="发表评论" /></p></form></div>'''


def make_xiaochuang():
    cal10 = wp_calendar(2023, 10, 6, 31, {8}, '2023年十月')
    # ---- page 1: short post under a long comment thread
    title = '楼下的桂花开了'
    c = wp_comment
    comments = [
        c(1190, '山间明月', '2023年10月8日 下午9:12', '我们这边的桂花上个礼拜就开了，今年好像比往年晚了半个月。读你的文字，仿佛又闻到了那股香味。', url='http://www.shanjianyue.net/',
          children=[c(1191, '苏晚', '2023年10月8日 下午9:40', '是晚了一些，前阵子太热了。你那边的桂花是金桂还是银桂？', byuser=True,
                      children=[c(1193, '山间明月', '2023年10月8日 下午10:05', '金桂，颜色深一点，香味也更浓。', url='http://www.shanjianyue.net/')])]),
        c(1192, '老周', '2023年10月8日 下午9:58', '张阿姨的桂花糖做法能不能打听一下？我家楼下也有一棵，每年都白白落了。', url='http://laozhou.blog.example.cn/',
          children=[c(1195, '苏晚', '2023年10月9日 上午7:31', '听她说过，花要挑干净，用盐水稍微泡一下去涩味，晒干以后和白糖一层一层压进瓶子里，放一个月就能吃了。', byuser=True,
                      children=[c(1196, '老周', '2023年10月9日 上午8:20', '记下了，周末试试！', url='http://laozhou.blog.example.cn/')])]),
        c(1194, '青梅煮酒', '2023年10月8日 下午11:46', '“城市里的季节其实很容易被忽略”，这句说得真好。我也是好久没有抬头看看树了。', url='http://www.qingmei.cc/'),
        c(1197, '路过的小鱼', '2023年10月9日 上午9:03', '第一次来，文字很干净，收藏了。'),
        c(1198, '夜读人', '2023年10月9日 上午11:15', '小时候外婆家门口也有一棵桂花树，每年中秋前后，外婆都会摘一些放在枕头边，说能睡得香。', url='http://www.yeduren.com/',
          children=[c(1199, '苏晚', '2023年10月9日 中午12:02', '外婆的办法真好，今晚我也去捡一点回来。', byuser=True)]),
        c(1200, '阿杰', '2023年10月9日 下午2:37', '看标题还以为是广告，点进来发现是一篇小文章，哈哈。'),
        c(1201, '老周', '2023年10月9日 下午6:50', '补充一句，桂花糖冲藕粉也很好吃。', url='http://laozhou.blog.example.cn/',
          children=[c(1202, '苏晚', '2023年10月9日 下午7:14', '藕粉加桂花糖，这是江南的标配了。', byuser=True)]),
        c(1203, '山间明月', '2023年10月10日 上午8:26', '今天路过公园，特意停下来闻了闻，谢谢你的提醒。', url='http://www.shanjianyue.net/'),
        c(1204, '小满', '2023年10月10日 上午10:41', '博主的小区在哪里呀？听起来很有生活气息。',
          children=[c(1205, '苏晚', '2023年10月10日 上午11:09', '一个很普通的老小区，没什么特别的，就是树种得多。', byuser=True)]),
    ]
    main = '''<div id="nav-above" class="navigation"><div class="nav-previous"><a href="/2023/09/24/fuqin-zixingche/" rel="prev"><span class="meta-nav">&larr;</span> 父亲的自行车</a></div><div class="nav-next"></div></div>
<div id="post-318" class="post-318 post type-post status-publish format-standard hentry category-suibi tag-guihua tag-qiutian tag-xiaoqu">
<h1 class="entry-title">''' + title + '''</h1>
<div class="entry-meta"><span class="meta-prep meta-prep-author">发表于</span> <a href="/2023/10/08/guihua/" rel="bookmark"><span class="entry-date">2023年10月8日</span></a> <span class="meta-sep">由</span> <span class="author vcard"><a class="url fn n" href="/author/suwan/">苏晚</a></span></div>
<div class="entry-content">
''' + '\n'.join('<p>%s</p>' % p for p in E_BLOG1) + '''
<p><img class="aligncenter size-large wp-image-319" src="/wp-content/uploads/2023/10/guihua-1024x683.jpg" alt="" width="640" height="427" /></p>
</div>
<div class="entry-utility">此条目发表在<a href="/category/suibi/" rel="category tag">随笔</a>分类目录，贴了<a href="/tag/桂花/" rel="tag">桂花</a>、<a href="/tag/秋天/" rel="tag">秋天</a>、<a href="/tag/小区/" rel="tag">小区</a>标签。将<a href="/2023/10/08/guihua/" rel="bookmark">固定链接</a>加入收藏夹。</div>
<div class="post-views">阅读(<span id="views">386</span>)　<a href="javascript:;" class="dingzan">赞(17)</a></div>
</div>
<div id="nav-below" class="navigation"><div class="nav-previous"><a href="/2023/09/24/fuqin-zixingche/" rel="prev"><span class="meta-nav">&larr;</span> 父亲的自行车</a></div></div>
<div id="comments">
<h3 id="comments-title">《<em>楼下的桂花开了</em>》上有16条评论</h3>
<ol class="commentlist">
''' + '\n'.join(comments) + '''
</ol>
''' + WP_FORM + '''
</div>'''
    markup = wp_shell('楼下的桂花开了 | 小窗闲话', main, cal10)
    add('s-xiaochuang-1.html', 'http://www.xiaochuang.net/2023/10/08/guihua/', 'gb2312', '', markup,
        title=title, author='苏晚', published='2023-10-08', shown_date='2023年10月8日', text=E_BLOG1)

    # ---- page 2: longer post, a few comments
    title = '父亲的自行车'
    cal9 = wp_calendar(2023, 9, 4, 30, {3, 10, 16, 24}, '2023年九月')
    comments = [
        c(1185, '青梅煮酒', '2023年9月24日 下午10:31', '看哭了。我爸也有一辆永久牌，后来被人偷了，他心疼了好几年。', url='http://www.qingmei.cc/',
          children=[c(1186, '苏晚', '2023年9月24日 下午11:02', '那个年代，一辆自行车差不多就是一个家的全部家当了。', byuser=True)]),
        c(1187, '夜读人', '2023年9月25日 上午8:15', '最后一句写得好。', url='http://www.yeduren.com/'),
        c(1188, '青梅煮酒', '2023年9月25日 下午1:40', '转给我爸看了，他说下次回家要把自己那辆也擦一擦。', url='http://www.qingmei.cc/'),
    ]
    main = '''<div id="nav-above" class="navigation"><div class="nav-previous"><a href="/2023/09/16/dushu-biji/" rel="prev"><span class="meta-nav">&larr;</span> 读《城南旧事》随记</a></div><div class="nav-next"><a href="/2023/10/08/guihua/" rel="next">楼下的桂花开了 <span class="meta-nav">&rarr;</span></a></div></div>
<div id="post-305" class="post-305 post type-post status-publish format-standard hentry category-suibi tag-fuqin tag-laofangzi tag-jiuwu">
<h1 class="entry-title">''' + title + '''</h1>
<div class="entry-meta"><span class="meta-prep meta-prep-author">发表于</span> <a href="/2023/09/24/fuqin-zixingche/" rel="bookmark"><span class="entry-date">2023年9月24日</span></a> <span class="meta-sep">由</span> <span class="author vcard"><a class="url fn n" href="/author/suwan/">苏晚</a></span></div>
<div class="entry-content">
''' + '\n'.join('<p>%s</p>' % p for p in E_BLOG2) + '''
</div>
<div class="entry-utility">此条目发表在<a href="/category/suibi/" rel="category tag">随笔</a>分类目录，贴了<a href="/tag/父亲/" rel="tag">父亲</a>、<a href="/tag/老房子/" rel="tag">老房子</a>、<a href="/tag/旧物/" rel="tag">旧物</a>标签。将<a href="/2023/09/24/fuqin-zixingche/" rel="bookmark">固定链接</a>加入收藏夹。</div>
<div class="post-views">阅读(<span id="views">512</span>)　<a href="javascript:;" class="dingzan">赞(33)</a></div>
</div>
<div id="nav-below" class="navigation"><div class="nav-previous"><a href="/2023/09/16/dushu-biji/" rel="prev"><span class="meta-nav">&larr;</span> 读《城南旧事》随记</a></div><div class="nav-next"><a href="/2023/10/08/guihua/" rel="next">楼下的桂花开了 <span class="meta-nav">&rarr;</span></a></div></div>
<div id="comments"><h3 id="comments-title">《<em>父亲的自行车</em>》上有4条评论</h3>
<ol class="commentlist">
''' + '\n'.join(comments) + '''
</ol>
''' + WP_FORM + '''
</div>'''
    markup = wp_shell('父亲的自行车 &#8211; 小窗闲话', main, cal9)
    add('s-xiaochuang-2.html', 'http://www.xiaochuang.net/2023/09/24/fuqin-zixingche/', 'gb2312', '', markup,
        title=title, author='苏晚', published='2023-09-24', shown_date='2023年9月24日', text=E_BLOG2)

    # ---- page 3: tag archive (excerpts only)
    posts = [('雨后的河堤', '2023年9月16日', '/2023/09/16/yuhou/', '雨停了，河堤上的水洼里映着一块一块的天。沿着堤岸往下游走，草丛里的蟋蟀叫得比平时响……'),
             ('早上的菜市场', '2023年9月3日', '/2023/09/03/caishichang/', '周末起得早，去了趟菜市场。卖豆芽的大叔还是那样，一边称秤一边跟隔壁摊位聊天……'),
             ('夜跑的人', '2023年8月19日', '/2023/08/19/yepao/', '晚饭后沿着小区外面的绿道走一圈，总能遇到几个固定的夜跑者，大家彼此不认识，却会点点头……'),
             ('老街口的修车铺', '2023年7月22日', '/2023/07/22/xiuchepu/', '那家修车铺开了快三十年了，门口挂着一块手写的牌子：补胎五元，打气免费……'),
             ('河边的芦苇', '2023年6月10日', '/2023/06/10/luwei/', '初夏的芦苇还是青的，风一吹，整片都在晃，像是有人在里面走动……')]
    arts = '\n'.join('''<div class="post type-post hentry tag-sanbu">
<h2 class="entry-title"><a href="%s" rel="bookmark">%s</a></h2>
<div class="entry-meta"><span class="meta-prep">发表于</span> <span class="entry-date">%s</span> <span class="meta-sep">由</span> <span class="author vcard">苏晚</span></div>
<div class="entry-summary"><p>%s <a href="%s">继续阅读 <span class="meta-nav">&rarr;</span></a></p></div>
<div class="entry-utility"><span class="cat-links">发表在 <a href="/category/suibi/">随笔</a></span> | <span class="comments-link"><a href="%s#comments">%d条评论</a></span></div>
</div>''' % (u, t, d, s, u, u, i + 2) for i, (t, d, u, s) in enumerate(posts))
    main = '''<h1 class="page-title">标签归档：<span>散步</span></h1>
''' + arts + '''
<div id="nav-below" class="navigation"><div class="nav-previous"><a href="/tag/散步/page/2/"><span class="meta-nav">&larr;</span> 早期文章</a></div></div>'''
    markup = wp_shell('散步 | 小窗闲话', main, cal10)
    add('s-xiaochuang-3.html', 'http://www.xiaochuang.net/tag/%E6%95%A3%E6%AD%A5/', 'gb2312', '', markup, listing=True)

    # ---- page 4: calendar-day archive, two excerpts
    posts = [('读《城南旧事》随记', '/2023/09/16/dushu-biji/', '重读《城南旧事》，比小时候读出了更多的惆怅。英子眼里的北京城，是井窝子、骆驼队和惠安馆……'),
             ('雨后的河堤', '/2023/09/16/yuhou/', '雨停了，河堤上的水洼里映着一块一块的天。沿着堤岸往下游走，草丛里的蟋蟀叫得比平时响……')]
    arts = '\n'.join('''<div class="post type-post hentry">
<h2 class="entry-title"><a href="%s" rel="bookmark">%s</a></h2>
<div class="entry-meta"><span class="meta-prep">发表于</span> <span class="entry-date">2023年9月16日</span> <span class="meta-sep">由</span> <span class="author vcard">苏晚</span></div>
<div class="entry-summary"><p>%s <a href="%s">继续阅读 <span class="meta-nav">&rarr;</span></a></p></div>
<div class="entry-utility"><span class="cat-links">发表在 <a href="/category/suibi/">随笔</a></span> | <span class="comments-link"><a href="%s#comments">%d条评论</a></span></div>
</div>''' % (u, t, s, u, u, 3 + i) for i, (t, u, s) in enumerate(posts))
    main = '''<h1 class="page-title">日归档：<span>2023年9月16日</span></h1>
''' + arts
    markup = wp_shell('2023年9月16日 | 小窗闲话', main, cal9)
    add('s-xiaochuang-4.html', 'http://www.xiaochuang.net/2023/09/16/', 'gb2312', '', markup, listing=True)


# ---------------------------------------------------------------------------
# Site 5: s-jiangong  SOE news centre, table-layout CMS
# ---------------------------------------------------------------------------

def jg_shell(meta_cs, title_tag, col_name, inner):
    left = ['公司要闻', '基层动态', '媒体聚焦', '通知公告', '图片新闻', '视频新闻']
    lefth = '\n'.join('<tr><td height="30" class="leftmenu">&nbsp;&nbsp;<img src="/images/arrow.gif" width="7" height="7">&nbsp;<a href="/news/class.asp?ClassID=%d">%s</a></td></tr>' % (10 + i, t) for i, t in enumerate(left))
    return '''<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=''' + meta_cs + '''">
<title>''' + title_tag + '''</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="/js/menu.js"></script>
<style type="text/css">
<!--
.title14 {font-size:14px;color:#333333}
.content {font-size:14px;line-height:28px;color:#333333}
.leftmenu {border-bottom:1px dashed #cccccc}
-->
</style>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><img src="/images/top_banner.jpg" width="1002" height="128" border="0" usemap="#Map"></td></tr>
</table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#B30000">
  <tr><td height="36" align="center" class="nav"><a href="/index.asp">网站首页</a> | <a href="/about/">集团概况</a> | <a href="/news/">新闻中心</a> | <a href="/dangjian/">党建工作</a> | <a href="/jijian/">纪检监察</a> | <a href="/culture/">企业文化</a> | <a href="/project/">工程业绩</a> | <a href="/hr/">人力资源</a> | <a href="/contact/">联系我们</a></td></tr>
</table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td width="220" valign="top" background="/images/left_bg.gif">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="40" background="/images/left_title.jpg" class="white14"><b>&nbsp;&nbsp;新闻中心</b></td></tr>
''' + lefth + '''
      </table>
      <table width="100%" border="0" cellspacing="0" cellpadding="0" style="margin-top:10px">
        <tr><td height="32" background="/images/left_title2.jpg"><b>&nbsp;&nbsp;联系方式</b></td></tr>
        <tr><td style="padding:8px;line-height:22px">地址：江州市滨湖区建设大道188号<br>电话：0571-8806XXXX<br>邮编：310052<br>邮箱：hyjg@hyjiangong.com.cn</td></tr>
      </table>
    </td>
    <td width="10">&nbsp;</td>
    <td valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="36" background="/images/tiao.jpg" class="title14">&nbsp;&nbsp;<b>''' + col_name + '''</b></td>
            <td align="right" background="/images/tiao.jpg">您现在的位置：<a href="/index.asp">首页</a> &gt;&gt; <a href="/news/">新闻中心</a> &gt;&gt; ''' + col_name + '''&nbsp;&nbsp;</td></tr>
      </table>
''' + inner + '''
    </td>
  </tr>
</table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#EEEEEE">
  <tr><td height="30" align="center">友情链接：<select onchange="window.open(this.value)"><option>----国资监管----</option><option value="#">省国资委</option><option value="#">市国资委</option></select>&nbsp;<select><option>----行业网站----</option><option>中国建筑业协会</option></select></td></tr>
  <tr><td height="80" align="center" style="line-height:22px">版权所有：华宇建工集团有限公司　地址：江州市滨湖区建设大道188号　邮编：310052<br>
  <a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备09017762号-1</a>　<img src="/images/gongan.png" width="14">浙公网安备 33010802003915号　技术支持：江州网联科技<br>
  建议使用IE8.0以上浏览器，1024*768分辨率浏览本站</td></tr>
</table>
</body>
</html>
'''


def jg_article(title, info, body_rows, prev, nxt):
    return '''      <table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
        <tr><td height="20"></td></tr>
        <tr><td align="center" height="50"><font size="4" color="#C00000"><b>''' + esc(title) + '''</b></font></td></tr>
        <tr><td align="center" height="30" style="border-bottom:1px solid #dddddd;color:#666666">''' + info + '''</td></tr>
        <tr><td height="15"></td></tr>
        <tr><td class="content" id="fontzoom">
''' + body_rows + '''
        </td></tr>
        <tr><td height="30" align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】【<a href="#top">返回顶部</a>】</td></tr>
        <tr><td style="border-top:1px dashed #cccccc;line-height:26px;padding-top:6px">上一条：''' + prev + '''<br>下一条：''' + nxt + '''</td></tr>
      </table>
'''


def make_jiangong():
    # ---- page 1: header GBK / meta gb2312; <p style> with <font>, a photo with caption
    title = '集团公司召开2023年党风廉政建设和反腐败工作会议'
    rows = []
    for k, t in E_SOE1:
        if k == 'IMG':
            rows.append('<p align="center"><img src="/UploadFiles/202302/2023021710215861.jpg" width="560" border="0"></p>\n<p align="center"><font face="楷体_GB2312" size="2">%s</font></p>' % esc(t))
        else:
            rows.append('<p style="text-indent:2em;line-height:200%%;margin:0"><font face="仿宋_GB2312" style="font-size:12pt">%s</font></p>' % esc(t))
    info = '信息来源：集团党委工作部&nbsp;&nbsp;&nbsp;作者：刘洋&nbsp;&nbsp;&nbsp;审核：周建平&nbsp;&nbsp;&nbsp;编辑：李婷&nbsp;&nbsp;&nbsp;点击数：1326&nbsp;&nbsp;&nbsp;更新时间：2023-2-17 10:32:15'
    inner = jg_article(title, info, '\n'.join(rows),
                       '<a href="ShowArticle.asp?ArticleID=3519">集团公司召开2023年安全生产工作会议</a>',
                       '<a href="ShowArticle.asp?ArticleID=3523">集团公司开展“安全生产月”启动仪式</a>')
    markup = jg_shell('gb2312', '华宇建工集团--集团公司召开2023年党风廉政建设和反腐败工作会议', '公司要闻', inner)
    add('s-jiangong-1.html', 'http://www.hyjiangong.com.cn/news/ShowArticle.asp?ArticleID=3521', 'gbk', 'GBK', markup,
        title=title, author='刘洋', published='2023-02-17', shown_date='2023-2-17',
        text=flat(E_SOE1))

    # ---- page 2: utf-8 both; <font> with <br> paragraphs inside one <p>; counter by script
    title = '隧道里的“老班长”'
    body = '<p style="line-height:2;font-family:宋体">' + '<br>\n'.join(
        '<font style="font-size:16px">&nbsp;&nbsp;&nbsp;&nbsp;%s</font>' % esc(p) for p in E_SOE2) + '</p>'
    info = '信息来源：第三工程公司&nbsp;&nbsp;作者：王晓丽&nbsp;&nbsp;审核：何平&nbsp;&nbsp;编辑：李婷&nbsp;&nbsp;点击数：<script language="javascript" src="/news/GetHits.asp?ArticleID=3604"></script>&nbsp;&nbsp;更新时间：2023-5-9'
    inner = jg_article(title, info, body,
                       '<a href="ShowArticle.asp?ArticleID=3601">第二工程公司召开一季度经济活动分析会</a>',
                       '<a href="ShowArticle.asp?ArticleID=3607">路桥公司开展防汛应急演练</a>')
    markup = jg_shell('utf-8', '隧道里的“老班长” - 基层动态 - 华宇建工集团有限公司', '基层动态', inner)
    add('s-jiangong-2.html', 'http://www.hyjiangong.com.cn/news/ShowArticle.asp?ArticleID=3604', 'utf-8', 'utf-8', markup,
        title=title, author='王晓丽', published='2023-05-09', shown_date='2023-5-9', text=E_SOE2)

    # ---- page 3: no header, meta gbk; empty 作者 field, department as source
    title = '集团公司党委理论学习中心组开展专题学习'
    rows = '\n'.join('<p style="text-indent:32px;margin:0 0 6px 0"><span style="font-family:仿宋;font-size:16pt">%s</span></p>' % esc(p) for p in E_SOE3)
    info = '信息来源：党群工作部&nbsp;&nbsp;&nbsp;作者：&nbsp;&nbsp;&nbsp;审核：周建平&nbsp;&nbsp;&nbsp;编辑：张欣&nbsp;&nbsp;&nbsp;点击数：687&nbsp;&nbsp;&nbsp;更新时间：2023-3-29 16:05:40'
    inner = jg_article(title, info, rows,
                       '<a href="ShowArticle.asp?ArticleID=3560">集团公司与江州理工大学签订校企合作协议</a>',
                       '<a href="ShowArticle.asp?ArticleID=3566">集团公司召开一季度安全生产例会</a>')
    markup = jg_shell('gbk', '集团公司党委理论学习中心组开展专题学习_华宇建工集团', '公司要闻', inner)
    add('s-jiangong-3.html', 'http://www.hyjiangong.com.cn/news/ShowArticle.asp?ArticleID=3563', 'gbk', '', markup,
        title=title, author='', published='2023-03-29', shown_date='2023-3-29', text=E_SOE3)

    # ---- page 4: 公司要闻 listing, 20 entries + pagination
    heads = ['集团公司开展“安全生产月”启动仪式', '集团公司召开二季度经济运行分析会', '集团公司与江州城投集团签署战略合作协议', '集团公司党委开展“七一”走访慰问活动',
             '集团公司中标江州东站综合枢纽配套工程', '集团公司举办2023年新员工入职培训班', '集团公司召开2023年安全生产工作会议', '集团公司党风廉政建设和反腐败工作会议召开',
             '集团公司荣获省建筑业“鲁班奖”两项', '集团公司党委理论学习中心组开展专题学习', '集团公司召开一季度安全生产例会', '集团公司与江州理工大学签订校企合作协议',
             '集团公司2022年度工作会议暨职代会隆重召开', '集团公司领导春节前夕慰问一线职工', '青石岭隧道项目顺利通过省级标准化工地验收', '集团公司召开2022年度领导班子民主生活会',
             '集团公司开展冬季消防安全大检查', '集团公司荣获“省级文明单位”称号', '集团公司召开科技创新大会', '集团公司工会开展“送温暖”活动']
    dates = ['2023-6-01', '2023-5-26', '2023-5-18', '2023-5-10', '2023-4-27', '2023-4-19', '2023-4-06', '2023-2-17', '2023-4-02', '2023-3-29',
             '2023-3-30', '2023-3-25', '2023-2-10', '2023-1-18', '2023-1-12', '2023-1-06', '2022-12-28', '2022-12-20', '2022-12-13', '2022-12-05']
    rows = '\n'.join('''        <tr><td width="20" height="28" align="center"><img src="/images/dot.gif" width="5" height="5"></td><td class="leftmenu"><a href="ShowArticle.asp?ArticleID=%d" target="_blank" title="%s">%s</a></td><td width="90" align="center" class="leftmenu"><font color="#999999">[%s]</font></td></tr>'''
                     % (3620 - i * 3, esc(h), esc(h), d) for i, (h, d) in enumerate(zip(heads, dates)))
    inner = '''      <table width="96%" border="0" align="center" cellpadding="0" cellspacing="0" style="margin-top:10px">
''' + rows + '''
      </table>
      <table width="96%" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="40" align="center">共 <b>412</b> 条记录&nbsp;&nbsp;页次：<b><font color="red">1</font>/21</b>&nbsp;&nbsp;每页：<b>20</b> 条&nbsp;&nbsp;首页 上一页 <a href="class.asp?ClassID=10&amp;page=2">下一页</a> <a href="class.asp?ClassID=10&amp;page=21">尾页</a>&nbsp;&nbsp;转到第<select name="page" onchange="location.href=this.value"><option selected>1</option><option value="class.asp?ClassID=10&amp;page=2">2</option><option value="class.asp?ClassID=10&amp;page=3">3</option></select>页</td></tr></table>
'''
    markup = jg_shell('gb2312', '华宇建工集团--公司要闻', '公司要闻', inner)
    add('s-jiangong-4.html', 'http://www.hyjiangong.com.cn/news/class.asp?ClassID=10', 'gbk', 'gbk', markup, listing=True)


# ---------------------------------------------------------------------------
# Site 6: s-lianyun  news portal, article over two pages + print version
# ---------------------------------------------------------------------------

LY_TITLE = '老矿区的新生——青岚镇工业遗址改造见闻'


def ly_shell(title_tag, main, meta='<meta charset="utf-8">'):
    chans = ['首页', '新闻', '本地', '国内', '国际', '财经', '房产', '汽车', '教育', '健康', '文旅', '视频', '图片', '专题', '评论', '问政']
    chh = ''.join('<a href="/%s/">%s</a>' % (['', 'news', 'local', 'china', 'world', 'finance', 'house', 'auto', 'edu', 'health', 'travel', 'video', 'photo', 'zt', 'pinglun', 'wenzheng'][i], t)
                  for i, t in enumerate(chans))
    hot = ['青岚镇工业遗址公园入选省级研学基地', '连云至江州城际铁路今日开工', '暑期文旅消费季启动 百余项活动等你来', '市区新增12处口袋公园', '中考成绩今日可查',
           '老旧小区改造今年再推进86个', '夜市经济点亮小城烟火气', '高温来袭 户外劳动者防暑指南', '市民服务中心新增“周末不打烊”窗口', '连云港湾湿地迎来候鸟']
    hoth = '\n'.join('<li><em>%d</em><a href="/local/2023/06/%d.html">%s</a></li>' % (i + 1, 1800 + i * 7, t) for i, t in enumerate(hot))
    return '''<!DOCTYPE html>
<html>
<head>
''' + meta + '''
<title>''' + title_tag + '''</title>
<meta name="keywords" content="青岚镇,工业遗址,老矿区,转型">
<meta name="description" content="从县城驱车往西四十分钟，就到了青岚镇。这里曾是远近闻名的煤矿重镇……">
<link rel="stylesheet" href="//static.lianyunnews.cn/css/article.css">
<script src="//static.lianyunnews.cn/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div class="topnav"><div class="w1100"><span class="date" id="today"></span><a href="/app/">客户端下载</a> | <a href="/m/">手机版</a> | <a href="/about/tougao.html">投稿</a> | <a href="/rss/">RSS</a></div></div>
<div class="header w1100"><a class="logo" href="/"><img src="//static.lianyunnews.cn/img/logo.png" alt="连云网"></a><div class="banner-ad"><script src="//ad.lianyunnews.cn/js/top_728.js"></script></div></div>
<div class="channel w1100">''' + chh + '''</div>
<div class="w1100 clearfix">
<div class="main-l">
''' + main + '''
</div>
<div class="main-r">
<div class="box"><h3>热点排行</h3><ul class="rank">
''' + hoth + '''
</ul></div>
<div class="box"><h3>图片新闻</h3><ul class="pic"><li><img src="/upload/pic1.jpg"><p>湿地公园荷花盛开</p></li><li><img src="/upload/pic2.jpg"><p>老街夜市人气旺</p></li></ul></div>
<div class="box qr"><img src="//static.lianyunnews.cn/img/qrcode.png"><p>扫码关注连云网微信公众号</p></div>
</div>
</div>
<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/about/ad.html">广告服务</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/law.html">法律声明</a> | <a href="/about/jubao.html">违法和不良信息举报</a></p>
<p>连云网版权所有，未经书面授权禁止使用　Copyright &copy; 2008-2023 www.lianyunnews.cn All Rights Reserved</p>
<p>互联网新闻信息服务许可证：32120190017　<a href="https://beian.miit.gov.cn/">苏ICP备08104417号</a>　举报电话：0518-8566XXXX</p></div>
<script>document.getElementById("today").innerHTML=new Date().toLocaleDateString();</script>
</body>
</html>
'''


def ly_body(blocks):
    out = []
    for k, t in blocks:
        if k == 'P':
            out.append('<p>%s</p>' % esc(t))
        elif k == 'H':
            out.append('<p style="text-align:center"><strong>%s</strong></p>' % esc(t))
        elif k == 'C':
            out.append('<p style="text-align:center"><img src="/upload/2023/06/18/jiaocheng.jpg" width="600" /></p>\n<p style="text-align:center;color:#666;font-size:14px">%s</p>' % esc(t))
    return '\n'.join(out)


def ly_article(blocks, pageno):
    pg = ('<div class="pages"><a class="prev disabled">上一页</a><a class="cur">1</a><a href="/local/2023/06/18/1852_2.html">2</a><a href="/local/2023/06/18/1852_2.html" class="next">下一页</a></div>'
          if pageno == 1 else
          '<div class="pages"><a href="/local/2023/06/18/1852.html" class="prev">上一页</a><a href="/local/2023/06/18/1852.html">1</a><a class="cur">2</a><a class="next disabled">下一页</a></div>')
    tail = ''
    if pageno == 2:
        tail = '<p class="editor">责任编辑：赵敏</p>'
    return '''<div class="crumb"><a href="/">连云网</a> &gt; <a href="/news/">新闻</a> &gt; <a href="/local/">本地新闻</a> &gt; 正文</div>
<div class="art-hd">
<h1>''' + esc(LY_TITLE) + '''</h1>
<div class="art-info"><span class="time">2023-06-18 08:30:12</span><span class="source">来源：连云网</span><span class="author">作者：孙海波</span>
<span class="fontsize">字号：<a href="javascript:setsize(18)">大</a> <a href="javascript:setsize(16)">中</a> <a href="javascript:setsize(14)">小</a></span>
<a href="/print.php?contentid=1852" target="_blank" class="print">打印</a></div>
<div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a></div>
</div>
<div class="art-con" id="artContent">
''' + ly_body(blocks) + '''
</div>
''' + pg + tail + '''
<div class="art-ft"><p class="statement">凡注明“来源：连云网”的作品，版权均属连云网所有，转载请注明出处。</p></div>
<div class="relate"><h3>相关新闻</h3><ul>
<li><a href="/local/2023/05/1733.html">青岚镇：矿山记忆展馆免费开放</a><span>05-21</span></li>
<li><a href="/local/2023/04/1610.html">我市三处工业遗产入选省级名录</a><span>04-12</span></li>
<li><a href="/local/2023/03/1544.html">资源型城镇转型发展座谈会召开</a><span>03-28</span></li>
<li><a href="/local/2023/02/1488.html">返乡创业青年：把咖啡馆开进老厂房</a><span>02-16</span></li></ul></div>
<div class="comment-box"><h3>网友评论</h3><p>已有<em>6</em>人参与</p><textarea placeholder="文明上网，理性发言"></textarea><button>发表</button></div>'''


def make_lianyun():
    markup = ly_shell(LY_TITLE + '_本地新闻_连云网', ly_article(E_NEWS_P1, 1))
    add('s-lianyun-1.html', 'https://www.lianyunnews.cn/local/2023/06/18/1852.html', 'utf-8', 'utf-8', markup,
        title=LY_TITLE, author='孙海波', published='2023-06-18', shown_date='2023-06-18', text=flat(E_NEWS_P1))

    markup = ly_shell(LY_TITLE + '(2)_本地新闻_连云网', ly_article(E_NEWS_P2, 2))
    add('s-lianyun-2.html', 'https://www.lianyunnews.cn/local/2023/06/18/1852_2.html', 'utf-8', 'utf-8', markup,
        title=LY_TITLE, author='孙海波', published='2023-06-18', shown_date='2023-06-18', text=flat(E_NEWS_P2))

    # print version: GBK header, no meta
    markup = '''<html>
<head>
<title>''' + esc(LY_TITLE) + ''' - 打印版</title>
<style>body{width:680px;margin:20px auto;font-size:16px;line-height:1.9}h2{text-align:center}.info{text-align:center;color:#666;border-bottom:1px solid #999;padding-bottom:8px}.op{text-align:right}</style>
</head>
<body>
<div class="op"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
<h2>''' + esc(LY_TITLE) + '''</h2>
<div class="info">2023-06-18 08:30　来源：连云网　作者：孙海波</div>
''' + ly_body(E_NEWS_P1 + E_NEWS_P2) + '''
<div class="op" style="border-top:1px solid #999;margin-top:20px">www.lianyunnews.cn</div>
</body>
</html>
'''
    add('s-lianyun-3.html', 'https://www.lianyunnews.cn/print.php?contentid=1852', 'gbk', 'GBK', markup,
        title=LY_TITLE, author='孙海波', published='2023-06-18', shown_date='2023-06-18',
        text=flat(E_NEWS_P1 + E_NEWS_P2))

    # listing: 本地新闻 channel page
    items = [('老矿区的新生——青岚镇工业遗址改造见闻', '从县城驱车往西四十分钟，就到了青岚镇。这里曾是远近闻名的煤矿重镇……', '2023-06-18 08:30'),
             ('市区新增12处口袋公园', '记者从市园林部门获悉，今年上半年市区新建改建口袋公园12处……', '2023-06-17 17:42'),
             ('暑期文旅消费季启动 百余项活动等你来', '6月16日，我市暑期文旅消费季在滨海广场启动……', '2023-06-16 20:15'),
             ('连云至江州城际铁路今日开工', '经过前期充分准备，连云至江州城际铁路于今日正式开工建设……', '2023-06-16 09:03'),
             ('中考成绩今日可查', '今天上午9时起，考生可通过以下渠道查询中考成绩……', '2023-06-15 07:50'),
             ('老旧小区改造今年再推进86个', '今年我市计划改造老旧小区86个，涉及居民1.2万户……', '2023-06-14 18:21'),
             ('夜市经济点亮小城烟火气', '夜幕降临，老城区的步行街上灯光亮起，各色小吃摊前排起了长队……', '2023-06-13 21:06'),
             ('高温来袭 户外劳动者防暑指南', '近日我市持续高温，市人社局提醒用人单位合理安排户外作业时间……', '2023-06-12 11:34'),
             ('市民服务中心新增“周末不打烊”窗口', '从本周起，市民服务中心在周六、周日开设综合受理窗口……', '2023-06-11 10:08'),
             ('连云港湾湿地迎来候鸟', '近日，一批黑脸琵鹭飞抵连云港湾湿地，吸引不少摄影爱好者……', '2023-06-10 16:47'),
             ('全市乡村振兴现场推进会召开', '6月9日，全市乡村振兴现场推进会在青岚镇召开……', '2023-06-09 19:30'),
             ('图书馆新馆试运行 首日接待读者三千人次', '市图书馆新馆今日起试运行，首日接待读者三千余人次……', '2023-06-08 17:12')]
    lis = '\n'.join('<li><h3><a href="/local/2023/06/%d.html" target="_blank">%s</a></h3><p>%s</p><span class="t">%s</span></li>' % (1852 - i * 4, esc(t), esc(s), d) for i, (t, s, d) in enumerate(items))
    main = '''<div class="crumb"><a href="/">连云网</a> &gt; <a href="/news/">新闻</a> &gt; 本地新闻</div>
<div class="focus"><a href="/local/2023/06/1852.html"><img src="/upload/2023/06/18/focus.jpg"><span>老矿区的新生</span></a></div>
<ul class="newslist">
''' + lis + '''
</ul>
<div class="pages"><a class="cur">1</a><a href="/local/index_2.html">2</a><a href="/local/index_3.html">3</a><a href="/local/index_4.html">4</a><a href="/local/index_5.html">5</a><span>…</span><a href="/local/index_86.html">86</a><a href="/local/index_2.html">下一页</a></div>'''
    markup = ly_shell('本地新闻_连云网', main, meta='<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />')
    add('s-lianyun-4.html', 'https://www.lianyunnews.cn/local/', 'utf-8', 'utf-8', markup, listing=True)


# ---------------------------------------------------------------------------
# write + self-check
# ---------------------------------------------------------------------------

def gold_file(p):
    lines = ['page: ' + p['name'], 'url: ' + p['url'], 'charset: ' + p['header_cs']]
    if p['ctype']:
        lines.append('content-type: ' + p['ctype'])
    if p['listing']:
        lines.append('kind: listing')
        lines += ['title: ', 'author: ', 'published: ']
    else:
        lines += ['title: ' + p['title'], 'author: ' + p['author'], 'published: ' + p['published']]
    out = '\n'.join(l.rstrip() for l in lines) + '\n\n'
    if not p['listing']:
        out += '\n'.join(p['text']) + '\n'
    return out


META_RE = re.compile(rb'<meta[^>]+charset=["\']?([A-Za-z0-9_-]+)', re.I)


def visible(raw, cs):
    s = raw.decode(cs, errors='strict')
    s = re.sub(r'(?is)<head\b.*?</head>', ' ', s)
    s = re.sub(r'(?is)<script\b.*?</script>', ' ', s)
    s = re.sub(r'(?is)<style\b.*?</style>', ' ', s)
    s = re.sub(r'(?s)<!--.*?-->', ' ', s)
    s = re.sub(r'(?s)<[^>]+>', ' ', s)
    s = html.unescape(s)
    return re.sub(r'\s+', '', s)


def nows(s):
    return re.sub(r'\s+', '', s)


def _enc_ok(ch, enc):
    try:
        ch.encode(enc)
        return True
    except UnicodeEncodeError:
        return False


def main():
    make_dingwen()
    make_xiezuoba()
    make_shiping()
    make_xiaochuang()
    make_jiangong()
    make_lianyun()
    os.makedirs(PAGES_DIR, exist_ok=True)
    os.makedirs(GOLD_DIR, exist_ok=True)
    for p in PAGES:
        bad = sorted(set(ch for ch in p['html'] if not _enc_ok(ch, p['enc'])))
        if bad:
            sys.exit('%s: not encodable in %s: %r' % (p['name'], p['enc'], bad))
        raw = p['html'].encode(p['enc'], errors='strict')
        with open(os.path.join(PAGES_DIR, p['name']), 'wb') as f:
            f.write(raw)
        gname = p['name'].rsplit('.', 1)[0] + '.txt'
        with open(os.path.join(GOLD_DIR, gname), 'w', encoding='utf-8', newline='\n') as f:
            f.write(gold_file(p))

    # self-check, reading back the files as written
    errors = []
    n_list = 0
    sites = set()
    for p in PAGES:
        name = p['name']
        sites.add(name.rsplit('-', 1)[0])
        raw = open(os.path.join(PAGES_DIR, name), 'rb').read()
        gtxt = open(os.path.join(GOLD_DIR, name.rsplit('.', 1)[0] + '.txt'), encoding='utf-8').read()
        head, _, body = gtxt.partition('\n\n')
        hdr = dict(l.split(': ', 1) if ': ' in l else (l.rstrip(':'), '') for l in head.split('\n'))
        cs = hdr.get('charset', '').strip()
        if not cs:
            m = META_RE.search(raw)
            if not m:
                errors.append('%s: no charset anywhere' % name)
                continue
            cs = m.group(1).decode('ascii')
        try:
            vis = visible(raw, cs)
        except UnicodeDecodeError as e:
            errors.append('%s: strict decode with %s failed: %s' % (name, cs, e))
            continue
        if hdr.get('kind') == 'listing':
            n_list += 1
            if hdr.get('title') or body.strip():
                errors.append('%s: listing with title or text' % name)
            continue
        for key in ('title',):
            if nows(hdr[key]) not in vis:
                errors.append('%s: title not visible: %s' % (name, hdr[key]))
        for a in hdr.get('author', '').split():
            if a not in vis:
                errors.append('%s: author not visible: %s' % (name, a))
        if nows(p['shown_date']) not in vis:
            errors.append('%s: date as shown not visible: %s' % (name, p['shown_date']))
        if not re.match(r'^\d{4}-\d{2}-\d{2}$', hdr.get('published', '')):
            errors.append('%s: bad published' % name)
        pos = 0
        lines = [l for l in body.split('\n') if l.strip()]
        if not lines:
            errors.append('%s: article without text' % name)
        for l in lines:
            i = vis.find(nows(l), pos)
            if i < 0:
                errors.append('%s: gold line not found in order: %s' % (name, l[:40]))
                break
            pos = i + len(nows(l))
        nchar = sum(len(nows(l)) for l in lines)
        print('%-24s %-7s hdr=%-7s lines=%2d chars=%4d' % (name, p['enc'], p['header_cs'] or '-', len(lines), nchar))
    print('pages: %d, sites: %d, listings: %d' % (len(PAGES), len(sites), n_list))
    if len(PAGES) != 24 or len(sites) != 6 or n_list < 8:
        errors.append('counts wrong')
    if errors:
        print('SELF-CHECK FAILED')
        for e in errors:
            print('  ' + e)
        sys.exit(1)
    print('SELF-CHECK OK')


if __name__ == '__main__':
    main()
