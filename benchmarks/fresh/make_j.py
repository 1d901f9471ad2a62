#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Part J of the fresh blind set: six invented Chinese sites (j-*), four pages each.

Stdlib only, deterministic. Writes pages/j-*.html and gold/j-*.txt next to this file.
"""
# -*- coding: utf-8 -*-
# Essay texts. Markers: '#' in-text heading, '@' photo caption. Lines starting with —— are subtitles.
E = {}

E['wx1'] = dict(title='一座老厂的第二次出发', author='林晓禾', date='2021-03-05', paras=[
"在城东的工业区，提起“红星机械”，上了年纪的人都知道。这家建于上世纪五十年代的国有企业，曾经造过拖拉机的齿轮，也造过水电站的闸门。十年前，它一度连工资都要分两次发，如今却把订单排到了明年秋天。",
"#一、车间里的新旧交替",
"走进三号车间，老式的龙门刨床还留在角落里，擦得锃亮，旁边是一排新上的数控加工中心。车间主任说，老设备不舍得拆，是想让年轻人知道厂子是从哪里走过来的。",
"@三号车间里，老技工正在给新员工讲解图纸",
"改革最难的不是换设备，而是换思路。过去厂里习惯等计划、等任务，现在销售人员一年有两百多天在外面跑，技术科的人也跟着去现场，客户要什么，回来就改什么。",
"#二、一个老师傅的坚持",
"五十八岁的钳工周建平，是厂里公认的“定海神针”。他带过的徒弟有四十多个，如今不少已经成了班组长。他常说，机器再聪明，也得有人懂它的脾气。去年厂里成立技能大师工作室，他把自己几十年攒下的笔记全部整理出来，印成了薄薄一本小册子。",
"#三、留住人，才能留住厂",
"这几年，厂里在职工宿舍旁建了食堂和托管班，年轻职工下班后可以把孩子接到厂里写作业。一位刚入职两年的大学生说，她原本只打算干一年，现在却开始考虑在附近买房了。",
"一座老厂的第二次出发，靠的不是哪一个人的本事，而是一群人愿意把日子重新过好的那股劲儿。",
])

E['wx2'] = dict(title='支部建在项目上：一位党支部书记的三本笔记', author='陈默然', date='2021-07-16', paras=[
"汪海涛的办公桌上放着三本笔记本，封皮已经磨得发白。他是一家建筑企业项目部的党支部书记，这三本笔记，记的是他在三个工地上度过的六年。",
"#第一本：工地上的“流动党员”",
"项目部里的党员来自五湖四海，工程一结束就各奔东西。汪海涛在第一本笔记里列了一张表，写着每个人的组织关系在哪里、家里有几口人、孩子在哪里上学。他说，党员流动了，组织不能跟着散了。",
"#第二本：安全交底会上的“党员先讲”",
"每天早上七点的班前会，汪海涛定了一个规矩：先由一名党员讲十分钟安全隐患。起初大家觉得是走形式，后来发现，讲的人比听的人还要认真，因为讲之前必须把现场再走一遍。",
"@项目部党员在班前会上讲解高处作业注意事项",
"#第三本：写给农民工兄弟的账",
"第三本笔记最厚，记的是工人的工资发放情况。哪个班组什么时候结算、有没有拖欠，他都一笔一笔核对。他说，支部建在项目上，不是为了挂一块牌子，而是要让工人心里踏实。",
"今年春天，汪海涛又要去一个新的工地了。他在第四本笔记的第一页写下一句话：把根扎下去，把事办实在。",
])

E['wx3'] = dict(title='楼道里的议事会', author='', date='2022-09-23', paras=[
"晚上七点半，幸福里小区三单元的楼道里摆出了六把折叠椅和一张小方桌。这是本周的“楼道议事会”，议题只有一个：一楼那片闲置的空地，到底该用来停电动车，还是给老人们晒太阳。",
"住在一楼的刘阿姨先开口。她说电动车停在楼道里充电太危险，早就该有个地方。三楼的小伙子却不同意，他觉得老人们在楼下坐一坐、聊聊天，比什么都重要。",
"社区网格员小吴没有急着表态，只是把每个人的意见写在一张大白纸上。她说，这种事情社区替大家定了，总会有人不服气；大家自己商量出来的办法，执行起来反而顺当。",
"争论了一个多小时，最后的方案是把空地一分为二：靠墙的一侧装上充电桩，向阳的一侧摆几张长椅，再种两棵桂花树。费用由维修资金出一部分，居民自愿再凑一部分。",
"这样的议事会，幸福里社区已经开了两年多。大到加装电梯，小到垃圾桶摆在哪里，都拿到楼道里来谈。社区书记说，基层治理没有那么多大道理，把门打开，把话说透，很多矛盾自己就化解了。",
"散会的时候，刘阿姨拉着三楼小伙子的手说：等桂花开了，你下来陪我们坐坐。",
])

E['news1'] = dict(title='山区小学的第一支管乐队', kicker='从借来的小号到全县汇演', author='王立峰 赵婷', date='2021-06-18', paras=[
"清晨六点半，青石镇中心小学的操场上已经响起了长号声。十几个孩子站成两排，吹得脸蛋通红。三年前，这所山区小学连一件像样的乐器都没有。",
"管乐队的发起人是音乐教师杨帆。她大学毕业后来到这里支教，发现孩子们唱歌很好听，却从来没有见过真正的乐器。第一年，她从县城的文化馆借来两把小号和一支单簧管，每周三下午带着孩子们轮流摸一摸、吹一吹。",
"后来，学校通过县里的教育帮扶项目陆续添置了三十多件乐器。没有专门的排练室，孩子们就在食堂里练；没有专业老师，杨帆就对着视频一点一点学，再一点一点教。",
"五年级的学生李小雨负责吹圆号。她说，刚开始怎么也吹不响，手指头都磨出了茧子。现在她最大的愿望，是让在外地打工的爸爸妈妈回来听一次演出。",
"去年冬天，这支由四十二名孩子组成的管乐队第一次登上全县中小学艺术汇演的舞台，演奏了一首改编的山歌。台下不少家长红了眼眶。",
"县教育局相关负责人表示，将把这所学校的做法推广到更多乡村学校，让山里的孩子也能拥有自己的音乐课。",
])

E['news2'] = dict(title='老街区改造：既要新面貌，也要留住烟火气', kicker='城市更新·一线观察', author='孙启明', date='2022-05-09', paras=[
"走进南关老街，青砖墙面修补一新，架空的电线已经入地，石板路两旁的早点铺照旧冒着热气。这条有着百余年历史的老街，在去年启动的改造中没有一户居民被整体搬迁。",
"改造之初，街道办曾拿出过一个“推倒重建”的方案，但在入户走访时遭到了不少老住户的反对。一位在老街住了六十多年的居民说，房子旧了可以修，可街坊邻居散了，就再也找不回来了。",
"此后，街道办调整思路，请规划师驻点办公，一户一户听意见。哪家的屋檐要翻修、哪处的下水道常年堵塞、哪个拐角缺一盏路灯，都被列进了清单。最终的方案保留了老街原有的格局，只对管网、消防和公共空间进行改造。",
"街口那家开了三十年的裁缝铺，门脸换成了木格窗，老板娘说生意比以前还好。一些年轻人也在老街开起了书店和咖啡馆，周末常有游客慕名而来。",
"业内专家认为，城市更新不是简单的拆旧建新，更重要的是保留街区的生活肌理和人情味。南关老街的经验说明，只有让居民真正参与进来，改造才能改到群众的心坎上。",
])

E['news3'] = dict(title='非遗竹编走进中学课堂', kicker='', author='', date='2023-11-02', paras=[
"“先把篾片泡软，再一压一挑，手要稳。”在临溪县第二中学的劳动教室里，六十七岁的竹编艺人郑德顺正手把手地教学生起底。十几分钟后，一个小小的竹篮底座在学生手中成形。",
"竹编是当地的传统手艺，已有数百年历史。但随着塑料制品的普及，会这门手艺的人越来越少。前年，县里把竹编列入地方课程，邀请老艺人每周进校授课。",
"学校为竹编课专门开辟了一间教室，墙上挂满了学生的作品：有笔筒、果盘，也有造型别致的灯罩。初二学生王嘉怡说，以前觉得竹编是老人家的玩意儿，自己动手做过之后，才知道里面有这么多讲究。",
"郑德顺说，他年轻时学艺，光劈篾就练了大半年。现在的孩子学得快，也肯动脑筋，有的还把几何课上学到的图形编进了作品里。",
"据了解，该县已有十一所中小学开设了竹编课程。今年暑假，部分学生作品还参加了市里的非遗展览，其中几件被当地博物馆收藏。",
])

E['bbs1'] = dict(title='记忆里的供销社', author='老槐树下', date='2020-11-02', floors=[[
"前几天回老家，路过镇上那座两层的灰楼，门口的牌子早就换成了超市，可我还是一眼认出来，那是当年的供销社。",
"小时候，供销社是镇上最热闹的地方。柜台是木头做的，上面压着一块厚玻璃，玻璃下面是各种颜色的糖果和针头线脑。售货员阿姨坐在高凳子上，算账用的是算盘，噼里啪啦，比现在的收银机还快。",
"我最惦记的是柜台最里头那排玻璃罐子，装着桃酥、江米条和水果糖。过年的时候，母亲会带我去称半斤桃酥，用草纸包好，再用纸绳十字一捆，拎在手里一路香到家。",
],[
"那时候买东西，很多要凭票。布票、糖票、煤油票，母亲都用一个铁皮盒子装着，锁在柜子里。有一年我想要一双白球鞋，攒了一整个冬天，最后还是父亲托人从县城捎回来的。",
"供销社门口还有一个收购站，收鸡蛋、收草药、收废铜烂铁。我们这些孩子放学后满山找金银花和蝉蜕，晒干了拿去换几毛钱，转身又进了供销社买铅笔和橡皮。",
],[
"后来镇上的个体商店多了起来，供销社的生意一年比一年冷清。我上中学那年，它改成了批发部，再后来就没有了消息。",
"如今什么东西都能在手机上买到，送货上门，可我总觉得少了点什么。大概少的是那种攥着几毛钱、隔着玻璃看了又看的心情吧。",
]], replies=[("江南一叶", "楼主写得真好，我们那里叫合作社，桃酥的味道一模一样。"), ("北风吹", "占个座，等楼主继续。"), ("阿土伯", "想起了我妈的那个铁皮盒子，现在还留着呢。")])

E['bbs2'] = dict(title='骑行川西七天，写给自己的一点流水账', author='风过林梢', date='2019-08-26', floors=[[
"今年七月请了年假，一个人骑车走了一趟川西。回来一个多月了，照片一直没整理，今天索性把路上的事写下来，算是给自己一个交代。",
"第一天从成都出发，过雅安，晚上住在天全。路上一直下小雨，雨衣里外都是湿的。晚饭吃了一碗雅鱼面，老板听说我要骑到理塘，摇着头说年轻人胆子真大。",
"第二天翻二郎山，是整趟路里最累的一段。爬到半山腰的时候腿已经不听使唤了，推着车走了差不多两个小时。过了隧道，天突然放晴，大渡河就在脚下，那一刻觉得什么都值了。",
],[
"第三天和第四天在康定和新都桥之间。折多山垭口海拔四千多米，风很大，我在垭口碰到三个从广东来的大学生，一起吃了半包饼干，拍了一张合影，然后各走各的路。",
"新都桥的傍晚特别好看，光线是斜的，河边的白杨树一排排地亮起来。我在一家藏式民宿住了两晚，女主人每天早上给我打酥油茶，临走还塞给我一袋风干牦牛肉。",
],[
"最后三天经雅江到理塘，路况时好时坏，有一段正在修路，尘土大得睁不开眼。到理塘那天正赶上下冰雹，我躲在一户牧民家的屋檐下，主人招呼我进去烤火。",
"七天骑了六百多公里，晒黑了一圈，瘦了四斤。回到城里，生活照旧，可每次加班到深夜，我都会想起折多山垭口的风。",
]], replies=[("骑驴找马", "兄弟厉害，二郎山我是坐车过去的都觉得晕。"), ("小溪流", "新都桥确实美，去年秋天去过，建议楼主秋天再去一次。")])

E['bbs3'] = dict(title='我父亲那一代的工厂生活', author='铁西老张', date='2021-04-11', floors=[[
"我父亲在一家国营纺织机械厂干了三十二年，从学徒干到车间副主任，一直到九十年代末退休。小时候，我们全家的生活都围着那个厂子转。",
"厂里有自己的子弟学校、职工医院、澡堂和电影院。我从幼儿园到初中都在厂里上，同学的父母也都是厂里的职工，谁家里有什么事，第二天整个车间都知道。",
"每天早上七点，厂里的广播准时响起，父亲扒两口饭就骑着那辆二八自行车出门。车把上挂着一个铝饭盒，中午在车间的蒸饭箱里热一热。",
],[
"父亲最得意的事，是八十年代带着几个徒弟搞技术革新，把一台老机床改了，效率提高了一倍，还得了厂里的奖状。那张奖状一直挂在我家墙上，后来搬家，他特意用报纸包好带走。",
"那时候厂里人情味很重。谁家盖房子，工友们下了班就来帮忙；谁家孩子考上大学，车间里要凑份子送一支钢笔。我考上大学那年，收到了七支钢笔。",
],[
"后来厂子改制，很多人下了岗，父亲退休得早，算是赶上了好时候。他常说，厂子没了，可那些年学到的手艺和结下的交情还在。",
"如今父亲已经八十岁了，耳朵不太好，可只要说起厂里的事，眼睛就亮起来。我把这些记下来，是怕有一天，再也没有人记得那样的日子。",
]], replies=[("东风四号", "同是厂子弟，看哭了。"), ("半截烟", "七支钢笔那段太真实了。"), ("老邻居", "顶一下，写得实在。")])

E['edu1'] = dict(title='文学院举办第十期“青年读书会”', author='周雨桐', date='2022-04-12', credit='（撰稿：周雨桐 摄影：李航 审核：孙建国）', paras=[
"4月10日晚，文学院第十期“青年读书会”在人文楼二楼报告厅举行。本期读书会以“重读乡土中国”为主题，吸引了来自文学院、历史学院和社会学系的八十余名师生参加。",
"读书会由文学院现当代文学教研室教师许文澜主持。她首先介绍了本期共读书目的写作背景，指出这本书虽然篇幅不长，却在今天仍然能够帮助我们理解中国社会的基本结构。",
"随后，五位同学分别结合自己的家乡经历进行了分享。汉语言文学专业2020级学生马晓晴谈到，她的外公至今仍习惯按照辈分称呼村里的每一个人，读了这本书之后，她才明白这种“差序格局”背后的逻辑。",
"@读书会现场",
"在自由讨论环节，同学们围绕城镇化进程中乡土社会的变化展开了热烈交流。有同学认为，乡土社会的许多特点正在消失；也有同学提出，人情和礼俗以新的方式留存在城市生活之中。",
"许文澜在总结时表示，读书不只是读文字，更要读身边的社会。希望同学们带着问题去读书，带着书本去观察，把书斋里的思考和脚下的土地联系起来。",
"据悉，“青年读书会”自2019年创办以来，已累计举办十期，参与学生近千人次，成为文学院深受欢迎的学术文化品牌活动。",
])

E['edu2'] = dict(title='文学院师生赴皖南开展暑期社会实践', author='何思远', date='2022-07-21', credit='（撰稿：何思远 摄影：林子涵 审核：孙建国）', paras=[
"7月12日至18日，文学院“寻访徽州文脉”暑期社会实践团一行十二人赴皖南地区开展调研。实践团由文学院副教授唐明川带队，先后走访了三个县的六个古村落。",
"#走进古村，记录方言与民俗",
"在一处保存完好的明清古村落，实践团成员分组走访了二十余位老人，记录当地方言词汇和民间歌谣。一位八十多岁的老人为同学们唱起了小时候学会的采茶调，同学们用录音笔一句一句记下，又请老人逐字解释。",
"@实践团成员在古村落走访老人",
"#走进祠堂，感受乡规民约",
"在另一个村子，实践团参观了村中的宗祠和家训碑刻。当地文化站工作人员介绍了村里如何把传统家训与新时代文明实践结合起来，引导村民移风易俗。同学们对碑刻内容进行了拍照和抄录，准备回校后整理成调研报告。",
"#走进课堂，为留守儿童讲故事",
"实践期间，团队还在当地一所村小开展了为期三天的阅读支教活动，为四十多名留守儿童讲述古诗文和民间故事。不少孩子在活动结束时拉着同学们的手，问明年还来不来。",
"唐明川表示，社会实践是课堂教学的延伸，希望同学们在行走中读懂中国，把专业所学用在最需要的地方。",
])

E['edu3'] = dict(title='文学院学生党支部开展“重温入党初心”主题党日活动', author='', date='2023-06-28', credit='（审核：孙建国）', paras=[
"6月26日下午，文学院本科生第二党支部在校史馆开展“重温入党初心”主题党日活动，支部全体党员和入党积极分子共三十余人参加。",
"活动伊始，全体党员在校史馆序厅面向党旗重温入党誓词。随后，校史馆讲解员带领大家参观了“烽火弦歌”专题展区，讲述了学校早期师生投身救亡运动的历史。",
"参观结束后，支部在校史馆会议室召开了座谈会。预备党员陈一诺说，看到展柜里那些泛黄的油印刊物，她深切感受到前辈们以笔为枪的家国情怀，作为文学院的学生，更应当写好新时代的故事。",
"支部书记在总结时指出，主题党日不是简单的参观学习，而是要把初心落实到学习和服务中去。支部将继续组织党员到社区开展读书辅导和志愿服务，让党员身份在日常中亮出来。",
"据了解，文学院各学生党支部本学期已先后开展主题党日活动十二次，形式包括红色寻访、理论研学和志愿服务等。",
])

E['lit1'] = dict(title='外婆的灶台', author='沈青岚', date='2021-03-05', ustime='3/5/2021 9:20:11 AM', note='本文以一方灶台为线索，写尽了外婆一生的操劳与温情，文字朴素，情感真挚，值得细读。', bio='沈青岚，江南人，中学语文教师，业余写作散文，作品散见于多家报刊。', paras=[
"外婆家的灶台是土砖砌的，刷着一层白灰，灶口被烟熏得乌黑。灶台上有两口大锅，一口煮饭，一口炒菜，中间嵌着一个小汤罐，烧火的时候，罐里的水也跟着热了。",
"小时候每到寒暑假，我都要去外婆家住上一阵。最喜欢的是坐在灶膛前的小板凳上帮外婆烧火。外婆会教我怎么添柴，说柴要架空，火才旺，人也一样，心里要留点空，日子才过得下去。那时我听不懂，只顾着往灶膛里塞松毛，看火苗一下子窜起来。",
"外婆做的菜并不讲究，却样样都香。腊月里她在灶台上熬猪油，满屋子都是油香；锅巴铲下来撒一点白糖，就是我最好的零食。灶台边的墙上挂着一串干辣椒和几把晒干的豆角，那是外婆一年的盼头。",
"后来舅舅家盖了新房，装上了煤气灶，老灶台就拆了。外婆嘴上说方便，可我看见她好几次站在新厨房里发呆，像是不知道手该往哪里放。",
"外婆走了已经八年。每次闻到柴火的烟味，我还是会想起那方灶台，想起火光映在她脸上的样子。原来有些温暖，是要隔着很多年才能慢慢看清的。",
])

E['lit2'] = dict(title='雨中过徽州', author='许知远舟', date='2020-10-19', ustime='10/19/2020 4:05:47 PM', note='', bio='许知远舟，本名许远，自由撰稿人，喜欢旅行与山水。', paras=[
"——写在一次迟到的旅行之后",
"去徽州的念头，在心里放了十几年。真正动身的时候，偏偏赶上一场连绵的秋雨。朋友劝我改期，我说，徽州本就该在雨里看。",
"车过新安江，江面上浮着一层薄雾，远处的山只剩下淡淡的轮廓，像是谁用清水把墨洗过一遍。到了村口，雨下得密了，青石板路湿漉漉的，映着两旁白墙黑瓦的影子。",
"村里的老房子大多还住着人。我在一户人家的天井下躲雨，雨水顺着四面的屋檐流进天井，主人说这叫“四水归堂”，肥水不流外人田。她端来一杯热茶，茶叶是自家山上采的，入口有点涩，回味却很甜。",
"傍晚雨停了，我沿着村后的小溪走了一段。溪边有几个妇人在洗衣服，棒槌的声音一下一下传得很远。炊烟从屋顶升起来，被风吹散，融进还没有散尽的雾气里。",
"第二天离开时，雨又下了起来。回头望去，整座村子都隐在雨幕里，只有马头墙的尖角还依稀可见。我忽然觉得，这一趟来得晚了，却也来得正好。人到中年，才懂得欣赏这样安静的地方。",
])

E['lit3'] = dict(title='教书的第十年', author='顾南星', date='2022-09-10', ustime='9/10/2022 8:00:03 AM', note='教师节特稿。一位乡村中学教师的十年自述，没有豪言壮语，只有平常日子里的坚持。', bio='顾南星，乡村中学语文教师，教龄十年。', paras=[
"今年是我教书的第十年。十年前，我背着一个双肩包来到这所镇中学报到，校长领我看了宿舍，说条件差了点，先将就着住。这一将就，就是十年。",
"刚来的时候，我总想着把城里学来的那一套都搬过来，小组讨论、课本剧、演讲比赛，一样一样地试。学生们起初很新鲜，可没过多久，成绩却掉了下来。那段时间我很沮丧，老教师拍拍我的肩膀说，别急，先认识你的学生。",
"后来我才慢慢明白，这里的孩子很多是留守儿童，他们需要的不只是新鲜的课堂，还有一个愿意听他们说话的人。我开始在每周的作文本上写长长的评语，有时候比学生的作文还长。",
"有个男孩叫小军，作文总是写不满三百字。有一次他写了自己给爷爷放牛的事，我在评语里说，你写的牛比课本里的还生动。从那以后，他的作文越写越长。去年他考上了师范大学，来信说，以后也想回来当老师。",
"十年里，我送走了六届毕业生，也从一个毛头小伙变成了别人口中的老顾。有人问我后不后悔，我想了想，说，每年九月看见新生走进教室的时候，我都觉得自己还是那个刚来报到的年轻人。",
])

E['zm1'] = dict(title='县城里的年轻人，正在重新定义“体面”', author='何远舟', date='2023-07-09', paras=[
"前段时间回了一趟老家县城，和几个高中同学吃饭。饭桌上聊的话题，和几年前已经大不一样了。",
"以前大家比的是谁在大城市混得好，谁的工资高、谁的房子大。这一次，坐在我对面的老同学小周说，他辞掉了省城的工作，回县城开了一家修自行车的店，顺带卖点骑行装备，一个月挣得不多，可每天晚上都能回家吃饭。",
"另一个同学在县医院当护士，业余时间做短视频，教大家怎么照顾家里的老人，粉丝有好几万。她说，在县城也能做点有意思的事，不一定非要挤在大城市里。",
"这种变化，在数据上也能看出来。近几年，返乡创业、就业的年轻人越来越多，县城里的咖啡馆、书店、露营地也多了起来。县城不再只是“出走”的起点，也成了一些人主动选择的归宿。",
"当然，县城的机会依然有限，收入和公共服务也和大城市有差距。回来的人未必都能如愿，也有人回来一年又走了。",
"但我觉得，比起去哪里，更重要的是能不能按自己的意愿去生活。所谓体面，说到底不是别人眼里的样子，而是自己过得踏实、心里舒坦。",
])

E['zm2'] = dict(title='一家老国企食堂的四十年', author='何远舟', date='2023-09-14', paras=[
"在东北一座老工业城市，有一家国企食堂开了四十多年。每天中午十一点半，窗口前排起长队，不只是厂里的职工，附近的居民也会端着饭盒来打饭。",
"食堂的招牌菜是锅包肉和酸菜炖粉条，价格十几年没怎么变。掌勺的老师傅姓黄，十九岁进厂当学徒，今年五十九岁，明年就要退休了。他说，来吃饭的很多是老职工，有的已经退休二十多年，还是习惯每周来吃一顿。",
"#食堂见证了厂子的起落",
"八十年代，厂里有一万多名职工，食堂分成三个大厅，一到饭点人挤人。九十年代效益下滑，职工少了一大半，食堂也一度只开一个窗口。这几年，企业转型做新能源装备，又招了不少年轻人，食堂重新热闹起来。",
"为了照顾年轻人的口味，食堂增加了麻辣烫和轻食窗口，还开通了线上订餐。黄师傅笑着说，年轻人爱吃的东西变了，可吃饱吃好的道理没变。",
"对很多老职工来说，这家食堂早已不只是吃饭的地方。它装着一代人的青春，也见证着一座城市的坚守与新生。",
])

E['zm3'] = dict(title='为什么我们越来越怀念纸质书', author='何远舟', date='2024-01-22', paras=[
"我手机里装着三个读书软件，书架上却还是一年比一年挤。前几天整理书房，翻出一本大学时买的旧书，扉页上写着购书的日期和地点，一下子就想起了那家早已关门的小书店。",
"电子书的好处显而易见：轻便、便宜、随时随地都能读。可不少人和我一样，读着读着，又回到了纸质书身边。",
"一个原因是专注。在手机上读书，消息提醒总会不时跳出来，读不了几页就被打断。纸质书没有这些干扰，翻开它，就像关上了一扇门。",
"另一个原因，是纸质书承载着记忆。书页上的折痕、随手写下的批注、夹在书里的车票和树叶，都是读书时的心情留下的痕迹。这些东西，电子书给不了。",
"还有一点，是实实在在的拥有感。一本书放在书架上，你每天都能看见它，哪怕很久没有翻开，也知道它在那里，等着你。",
"当然，这并不是说电子书不好。两种阅读方式各有所长，重要的是读起来。只是在这个什么都变得很快的时代，一本纸质书能让人慢下来，这本身就很珍贵。",
])

# Extra paragraphs, inserted before each essay's last paragraph (floors: before the last floor's last paragraph).
_X = {
'wx1': ["今年一季度，厂里的新产品销售额第一次超过了老产品。财务科的同事说，账本上的数字不会骗人，这几年大家吃的苦，终于有了回音。"],
'wx2': ["工地上的人都知道，汪书记的手机二十四小时不关机。有一次半夜下暴雨，他第一个冲到基坑边查看排水，身后跟着的是六名党员突击队员。那一夜，他们在雨里守到了天亮。", "有工人说，过去觉得党支部离自己很远，现在才发现，党员就在身边，就在同一个班组里干活。"],
'wx3': ["议事会也不是每次都能谈拢。去年讨论加装电梯时，一楼和六楼的住户意见分歧很大，前后开了五次会才达成一致。为了算清每户该出多少钱，小吴自己学着做了一张表格，楼层越高出资越多，一楼住户不出钱，但要同意施工。", "电梯装好那天，住在六楼、已经三年没下过楼的赵大爷被邻居们扶着坐了第一趟。他说，活了八十多岁，没想到还能在自家楼里坐上电梯。"],
'news1': ["为了让孩子们安心练琴，学校把每天下午的课后服务时间留出一半给管乐队。住得远的学生，家长轮流开三轮车接送。杨帆说，乐队能走到今天，靠的是一村人的支持。", "如今，乐队里的高年级学生已经能够带着低年级的同学练习基本功，学校也准备成立第二支乐队。"],
'news2': ["改造过程中，街道还成立了由居民代表、商户和社区工作者组成的议事小组，每月召开一次协调会。施工噪音、临时停水、车辆绕行等问题，都在会上商量解决，改造期间没有发生一起群体性投诉。", "老街改造完成后，街道又组织居民成立了志愿服务队，轮流负责公共区域的保洁和秩序维护，让改造成果能够长期保持下去。"],
'news3': ["为了让课程更有吸引力，学校还请来美术老师和竹编艺人一起备课，把传统纹样和现代设计结合起来。学生们设计的竹编书签和钥匙扣，在校园义卖活动中很快被抢购一空，所得款项全部捐给了县里的困难学生。", "郑德顺的孙子也在这所学校读书。他说，以前孙子嫌他手上总有竹刺，现在放学回家，常常缠着他要学新花样。"],
'bbs1': ["供销社的售货员里，我印象最深的是管布匹的李阿姨。她扯布从来不用尺子量，两手一拉就是一尺，剪刀一响，分毫不差。镇上的姑娘出嫁前，都要来找她挑一块做嫁衣的料子。"],
'bbs2': ["路上遇到的人，比风景更让我难忘。在雅江的一家小饭馆，老板听说我一个人骑车，硬是不收我的饭钱，只让我到了理塘给他发张照片。后来我发了，他回了一个大拇指。"],
'bbs3': ["厂里每年最热闹的是职工运动会和春节联欢会。父亲年轻时是厂篮球队的主力，母亲说，她就是在一次篮球赛上认识父亲的。那时候谈恋爱，最好的去处就是厂里的电影院，一毛钱一张票。", "我上小学时，最盼望的是父亲发工资那天。他会带我去厂门口的小饭馆吃一碗肉丝面，那是我童年里最好吃的东西。"],
'edu1': ["活动还特别邀请了社会学系教授韩立东作点评。韩立东认为，同学们的分享把经典文本和个人经验结合起来，体现了跨学科阅读的意义。他建议同学们在阅读经典的同时，多做一些田野观察，用自己的眼睛去验证和补充书中的判断。"],
'edu2': ["此外，实践团还走访了当地的徽墨和宣纸作坊，与非遗传承人面对面交流，了解传统手工技艺的现状与困境。同学们在作坊里亲手体验了制墨的几道工序，深切感受到传统技艺的精细与不易。"],
'edu3': ["活动中，支部还为三名新发展的预备党员举行了入党宣誓仪式，并组织党员交流了本学期的学习和志愿服务情况。入党积极分子赵一鸣表示，将以身边的优秀党员为榜样，在学习和工作中严格要求自己，争取早日加入党组织。", "学院党委副书记全程参加活动，并对支部工作提出了具体要求，希望支部进一步加强党员教育管理，把思想引领融入学生成长成才的全过程。"],
'lit1': ["外婆一辈子没有出过远门，她的天地就是那一方灶台。天不亮她就起来生火，一家人的早饭、猪食、鸡食，都从那两口锅里出来。冬天的晚上，她把洗脚水也烧在汤罐里，舀出来的时候还冒着热气。我曾经问她累不累，她说，灶里有火，心里就不慌。"],
'lit2': ["在一座老宅里，我看到墙上挂着一块褪了色的匾，写着“耕读传家”四个字。主人说，祖上出过几个读书人，后来也有人去外面做生意，走得再远，逢年过节总要回来。徽州人的根，大约就扎在这些老房子里。", "夜里住在村中一家民宿，躺在床上听雨打瓦片，一声紧一声慢，竟然很快睡着了。"],
'lit3': ["这些年，学校的条件一天比一天好。宿舍换成了新楼，教室装上了多媒体，操场也铺上了塑胶跑道。也有同事陆续调去了县城，每送走一个，我都会失落好几天，可第二天站上讲台，又觉得这里离不开我。"],
'zm1': ["县城的生活节奏也在变化。过去一到晚上，街上就冷冷清清，现在夜市、健身房、剧本杀店都开到了很晚。年轻人回来了，县城也跟着年轻了起来。", "我问小周，回来会不会觉得可惜。他想了想说，在省城的时候，每天挤地铁上下班，周末只想睡觉；现在店里虽然累，可每个骑车来修车的人他都认识，日子过得有滋有味。"],
'zm2': ["食堂墙上挂着一排老照片，有八十年代职工排队打饭的场景，也有食堂第一次评上先进集体时的合影。很多老职工来吃饭时，都会在照片前站一会儿，找一找当年的自己。", "黄师傅说，他退休以后，徒弟会接着干下去。锅包肉的做法，他已经一点不落地教给了徒弟，连勾芡的火候都写在了本子上。"],
'zm3': ["我身边有不少朋友，开始重新走进实体书店。有的书店办起了读书会和讲座，有的书店把咖啡和文创做得很有特色。人们去书店，不只是为了买书，也是为了找一个安静的角落，和同样喜欢读书的人待在一起。", "我女儿今年上小学，她最喜欢的事，就是每天睡前挑一本绘本让我读给她听。她说，纸做的书有味道。"],
}
_X['news3'].append("课程开设以来，已有三百多名学生学会了基本的竹编技法，其中一些学生还主动报名参加了县里的非遗传承人培训班。")
for _k, _xs in _X.items():
    _e = E[_k]
    _ps = _e['paras'] if 'paras' in _e else _e['floors'][-1 if _k == 'bbs2' else 0]
    for _x in _xs:
        _ps.insert(len(_ps) - 1, _x)

# ---------------------------------------------------------------- page builders
import os, html, calendar, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, 'pages')
GOLD = os.path.join(HERE, 'gold')

def esc(s):
    return html.escape(s, quote=False)

def clean(p):
    return p[1:] if p[:1] in '#@' else p

def ymd(d):
    y, m, dd = d.split('-')
    return int(y), int(m), int(dd)

def epoch(d, hh, mm, ss=0):
    y, m, dd = ymd(d)
    return calendar.timegm(datetime.datetime(y, m, dd, hh, mm, ss).timetuple()) - 8 * 3600

def write(name, text, enc, crlf=False, url='', charset='', title='', author='', published='', lines=(), listing=False, ctype=''):
    if crlf:
        text = text.replace('\r\n', '\n').replace('\n', '\r\n')
    data = text.encode(enc, errors='strict')
    with open(os.path.join(PAGES, name + '.html'), 'wb') as f:
        f.write(data)
    head = ['page: %s.html' % name, 'url: ' + url, 'charset: ' + charset]
    if ctype:
        head.append('content-type: ' + ctype)
    if listing:
        head.append('kind: listing')
        title = author = published = ''
        lines = ()
    head += ['title: ' + title, 'author: ' + author, 'published: ' + published]
    with open(os.path.join(GOLD, name + '.txt'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(head) + '\n\n' + ''.join(l + '\n' for l in lines))

# ------------------------------------------------------------ 1. WeChat account
WX_HOST = 'https://mp.weixun.cn/s/'
WX_IDS = ['Qh3kT8vZ1rLw0pXc5mYs2A', 'bN7fR2dKq9UeHj4LxWz6oQ', 'Zc1VmP8sEa5TyG3nKd0rJw']
WX_RECO = ['一座老厂的第二次出发', '支部建在项目上：一位党支部书记的三本笔记', '楼道里的议事会',
           '乡村夜校里的“新农人”', '社区食堂开张了', '一张网格图背后的民生账']

def wx_para(p):
    if p.startswith('#'):
        return ('<section style="margin-top: 24px;margin-bottom: 12px;"><section style="display: inline-block;border-bottom: 2px solid #2e6b4f;padding-bottom: 4px;">'
                '<p style="margin: 0px;"><strong><span style="font-size: 17px;color: rgb(46, 107, 79);">%s</span></strong></p></section></section>' % esc(p[1:]))
    if p.startswith('@'):
        return ('<section style="text-align: center;margin-bottom: 8px;"><img class="rich_pages wxw-img" data-ratio="0.6667" data-src="https://mmbiz.weixun.cn/mmbiz_jpg/xq8Rk2/640?wx_fmt=jpeg" data-type="jpeg" data-w="1080" style="width: 100%%;" /></section>'
                '<section style="text-align: center;margin-bottom: 20px;"><span style="font-size: 12px;color: rgb(136, 136, 136);letter-spacing: 0.5px;">%s</span></section>' % esc(p[1:]))
    return ('<section style="margin-bottom: 16px;line-height: 1.75em;"><span style="font-size: 15px;letter-spacing: 1px;color: rgb(62, 62, 62);">%s</span></section>' % esc(p))

def wx_page(i, e):
    n = 'j-qingheguancha-%d' % i
    t = e['title']; ct = epoch(e['date'], 9, 20 + i, 11)
    body = []
    body.append('<section style="text-align: center;margin-bottom: 18px;"><span style="font-size: 12px;color: rgb(46, 107, 79);">点击上方蓝字 · 关注青禾观察</span></section>')
    for k, p in enumerate(e['paras']):
        body.append(wx_para(p))
        if p.startswith('@'):
            body.append('<section style="text-align: center;margin-bottom: 16px;"><span style="font-size: 12px;color: rgb(136, 136, 136);">图片来源：受访者供图</span></section>')
    body.append('<section style="margin-top: 30px;margin-bottom: 16px;line-height: 1.75em;"><span style="font-size: 13px;color: rgb(136, 136, 136);">编辑｜唐小舟　审核｜郑远</span></section>')
    body.append('<section style="margin-top: 20px;"><section style="border-left: 4px solid #2e6b4f;padding-left: 8px;"><span style="font-size: 15px;"><strong>往期推荐</strong></span></section>')
    for r in [x for x in WX_RECO if x != t][:3]:
        body.append('<section style="margin-bottom: 8px;line-height: 1.75em;"><span style="font-size: 14px;color: rgb(87, 107, 149);"><a href="%s" target="_blank">%s</a></span></section>' % (WX_HOST + 'Rk' + str(len(r)) + 'xPq', esc(r)))
    body.append('</section>')
    body.append('<section style="text-align: center;margin-top: 24px;"><img data-src="https://mmbiz.weixun.cn/mmbiz_png/qrcode/640?wx_fmt=png" style="width: 140px;" /></section>')
    body.append('<section style="text-align: center;"><span style="font-size: 13px;color: rgb(136, 136, 136);">长按识别二维码　关注我们</span></section>')
    body.append('<section style="text-align: center;margin-top: 8px;"><span style="font-size: 13px;color: rgb(46, 107, 79);">点个“在看”，让更多人看到 👇</span></section>')
    author_html = ('<span class="rich_media_meta rich_media_meta_text">%s</span>\n' % e['author']) if e['author'] else ''
    page = f'''<!DOCTYPE html>
<html class="">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="{esc(t)}" />
<meta property="og:url" content="{WX_HOST + WX_IDS[i-1]}" />
<meta property="og:description" content="{esc(e['paras'][0][:40])}" />
<meta property="og:site_name" content="微讯公众平台" />
<meta property="twitter:card" content="summary" />
<title>{esc(t)}</title>
<link rel="stylesheet" href="//res.weixun.cn/mmbizappmsg/zh_CN/htmledition/js/assets/appmsg.css">
<script type="text/javascript">
var biz = "MzU4NjQ3OTEyMw==";
var sn = "7c1e9d0a8b2f";
var nickname = "青禾观察";
var user_name = "gh_3f2a9c7d1e05";
var msg_title = "{t}".html(false);
var msg_desc = "{e['paras'][0][:30]}";
var ct = "{ct}";
var publish_time = "{e['date']}" || "";
var copyright_stat = "1";
var round_head_img = "http://wx.qlogo.weixun.cn/mmhead/Q3auHgzwzM5/0";
</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg discuss_tab appmsg_skin_default appmsg_style_default">
<div id="js_article" class="rich_media">
<div id="js_top_ad_area" class="top_banner"></div>
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<h1 class="rich_media_title " id="activity-name">
{esc(t)}
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span id="copyright_logo" class="wx_tap_link js_wx_tap_highlight rich_media_meta icon_appmsg_tag appmsg_title_tag weui-wa-hotarea">原创</span>
{author_html}<span class="rich_media_meta rich_media_meta_nickname" id="profileBt">
<a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">青禾观察</a>
</span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">{e['date']} 09:{20+i:02d}</em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">发表于<span id="js_ip_wording">江苏</span></em>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
<section style="padding-left: 12px;padding-right: 12px;"><section style="font-size: 15px;">
{chr(10).join(body)}
</section></section>
<p style="display: none;"><mp-style-type data-value="3"></mp-style-type></p>
</div>
<div class="ct_mpda_wrp" id="js_sponsor_ad_area" style="display:none;"></div>
<div class="rich_media_tool" id="js_toobar3">
<a class="media_tool_meta meta_primary" id="js_view_source" href="https://www.qinghe-news.cn/a/{ct}.html">阅读原文</a>
<div class="media_tool_meta meta_extra">阅读 <span id="readNum3">{2000 + 731 * i}</span></div>
<span class="media_tool_meta meta_extra"><a id="like3">在看</a> <span id="likeNum3">{12 * i + 5}</span></span>
</div>
</div>
</div>
<div class="rich_media_area_extra">
<div class="mpda_bottom_container" id="js_bottom_ad_area"></div>
<div id="js_cmt_area" class="discuss_container">
<div class="discuss_title">留言</div>
<p class="tips">写留言</p>
</div>
</div>
</div>
<div id="js_pc_qr_code" class="qr_code_pc_outer"><div class="qr_code_pc"><img id="js_pc_qr_code_img" class="qr_code_pc_img"><p>微信扫一扫<br>关注该公众号</p></div></div>
</div>
<script type="text/javascript">
(function(){{var el=document.getElementById("js_content");setTimeout(function(){{el.style.visibility="visible";}},30);}})();
</script>
</body>
</html>
'''
    write(n, page, 'utf-8', url=WX_HOST + WX_IDS[i-1], charset='utf-8', title=t, author=e['author'],
          published=e['date'], lines=[clean(p) for p in e['paras']])

def wx_album():
    n = 'j-qingheguancha-4'
    items = WX_RECO + ['老旧小区加装电梯，难在哪里？', '一位村支书的“民情日记”']
    lis = '\n'.join('<li class="album__list-item js_album_item" data-link="%s"><div class="album__item-content"><div class="album__item-title"><span class="album__item-title-wrp">%s</span></div><div class="album__item-info"><span class="album__item-info-time">%s</span></div></div><div class="album__item-img" style="background-image:url(https://mmbiz.weixun.cn/mmbiz_jpg/al%d/300)"></div></li>'
                    % (WX_HOST + 'Al%02dxq' % k, esc(x), '2022-%02d-%02d' % (12 - k, 3 + 2 * k), k) for k, x in enumerate(items))
    page = f'''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0">
<title>基层治理</title>
<script>var album_id = "2411875390127"; var nickname = "青禾观察"; var article_count = "{len(items)}";</script>
</head>
<body class="album_page">
<div class="album js_album_container">
<div class="album__head">
<div class="album__head-cover" style="background-image:url(https://mmbiz.weixun.cn/mmbiz_jpg/cover/0)"></div>
<div class="album__head-info">
<div class="album__head-title">#基层治理</div>
<div class="album__head-desc"><span class="album__head-author">青禾观察</span> · <span>{len(items)}篇内容</span></div>
<div class="album__head-btns"><span class="weui-btn">关注公众号</span><span class="weui-btn">分享</span></div>
</div>
</div>
<div class="album__content">
<div class="album__list-head"><span>正序</span><span>倒序</span></div>
<ul class="album__list js_album_list">
{lis}
</ul>
<div class="album__loading">已无更多</div>
</div>
</div>
</body>
</html>
'''
    write(n, page, 'utf-8', url='https://mp.weixun.cn/mp/appmsgalbum?__biz=MzU4NjQ3OTEyMw==&album_id=2411875390127', charset='utf-8', listing=True)

# ------------------------------------------------------------ 2. national news portal
NEWS_URLS = ['http://edu.huaxiawang.cn/n1/2021/0618/c1006-32133207.html',
             'http://society.huaxiawang.cn/n1/2022/0509/c1008-32417752.html',
             'http://culture.huaxiawang.cn/n1/2023/1102/c1013-40108861.html']
NEWS_CH = ['教育', '社会·法治', '文化']
NEWS_META = [  # (time, source, byline-in-text, editors)
    ('08:31', '<a href="http://paper.huaxiawang.cn/hxrb/" target="_blank">华夏网－华夏日报</a>', 'p', '刘洋、黄昕'),
    ('15:47', '<a href="http://www.huaxiawang.cn/" target="_blank">华夏网</a>', 'div', '李可、王涵'),
    ('10:02', '临溪县融媒体中心', '', '陈雪'),
]

def news_nav():
    ch = ['首页', '时政', '国际', '财经', '台湾', '军事', '观点', '领导', '人事', '理论', '法治', '社会', '产经', '教育', '科普', '体育', '文化', '书画', '健康', '汽车', '房产', '旅游']
    return '\n'.join('<a href="http://www.huaxiawang.cn/%d/" target="_blank">%s</a>' % (k, c) for k, c in enumerate(ch))

def news_footer():
    links = ['华夏日报社概况', '关于华夏网', '报社招聘', '招聘英才', '广告服务', '合作加盟', '供稿服务', '数据服务', '网站声明', '网站律师', '信息保护', '联系我们']
    ls = ' | '.join('<a href="http://www.huaxiawang.cn/about/%d.html" target="_blank">%s</a>' % (k, x) for k, x in enumerate(links))
    sites = ['华夏日报', '华夏日报海外版', '环宇时报', '证券日报网', '华夏周刊', '华夏在线', '新闻战线', '讽刺与幽默', '市场报', '健康时报', '华夏论坛', '国家人文历史', '华夏日报社全媒体平台']
    ss = '\n'.join('<li><a href="http://%d.huaxiawang.cn/" target="_blank">%s</a></li>' % (k, x) for k, x in enumerate(sites))
    return f'''<div class="foot_links w1000"><ul class="clearfix">
{ss}
</ul></div>
<div class="copyright w1000">
<p>{ls}</p>
<p>华夏网服务邮箱：kf@huaxiawang.cn　违法和不良信息举报电话：010-65368888　举报邮箱：jubao@huaxiawang.cn</p>
<p>互联网新闻信息服务许可证10120230001　信息网络传播视听节目许可证0104077　互联网出版许可证（总）网出证（京）字038号</p>
<p>京ICP证000099号　京公网安备11000000000099号　广播电视节目制作经营许可证（京）字第1110号</p>
<p>华夏网版权所有，未经书面授权禁止使用</p>
<p>Copyright &copy; 1997-2024 by www.huaxiawang.cn. all rights reserved</p>
</div>'''

def news_page(i, e):
    n = 'j-huaxiawang-%d' % i
    t = e['title']; y, m, d = ymd(e['date'])
    tm, src, byline, editors = NEWS_META[i-1]
    shown = e['paras'][:-2]
    ps = []
    if byline == 'p':
        ps.append('<p style="text-indent: 2em;">本报记者　%s</p>' % '　'.join(e['author'].split()))
    for p in shown:
        ps.append('<p style="text-indent: 2em;">%s</p>' % esc(clean(p)))
    author_div = ('<div class="author cf">作者：%s</div>\n' % e['author']) if byline == 'div' else ''
    kicker = ('<h3 class="pre">%s</h3>' % esc(e['kicker'])) if e['kicker'] else '<h3 class="pre"></h3>'
    url = NEWS_URLS[i-1]; url2 = url.replace('.html', '-2.html')
    rel = [('%s：“双减”之后的课后服务新样态' % NEWS_CH[i-1], '2021-06-17'), ('多地推进城市更新行动 让老城焕发新活力', '2022-05-08'),
           ('守护乡土文化根脉 非遗传承人走进校园', '2023-11-01'), ('让每一个孩子都能享有公平而有质量的教育', '2023-09-10'),
           ('基层治理“小切口”撬动民生“大变化”', '2022-12-02')]
    rels = '\n'.join('<li><a href="http://www.huaxiawang.cn/n1/r%d.html" target="_blank">%s</a> <i>%s</i></li>' % (k, esc(a), b) for k, (a, b) in enumerate(rel))
    page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="content-type" content="text/html;charset=GB2312"/>
<meta http-equiv="Content-Language" content="utf-8" />
<meta content="all" name="robots" />
<title>{esc(t)}--{NEWS_CH[i-1]}--华夏网</title>
<meta name="keywords" content="{esc(t)}" />
<meta name="description" content="{esc(clean(shown[0])[:60])}" />
<meta name="publishdate" content="{e['date']}">
<meta name="source" content="来源：华夏网" />
<meta name="filetype" content="0">
<meta name="contentid" content="3213320{i}">
<link href="/css/2020newpage.css" type="text/css" rel="stylesheet" media="all" />
<script src="/img/2020wbc/js/jquery-1.7.1.min.js" type="text/javascript"></script>
</head>
<body>
<div class="header">
<div class="w1000 top_nav clearfix">
<span class="fl"><a href="http://www.huaxiawang.cn/" target="_blank">华夏网首页</a> <a href="http://app.huaxiawang.cn/" target="_blank">客户端</a> <a href="http://weibo.huaxiawang.cn/" target="_blank">微博</a> <a href="http://mobile.huaxiawang.cn/" target="_blank">手机看新闻</a></span>
<span class="fr"><a href="http://passport.huaxiawang.cn/login" target="_blank">登录</a> <a href="http://passport.huaxiawang.cn/reg" target="_blank">注册</a></span>
</div>
<div class="w1000 logo_nav clearfix">
<div class="logo fl"><a href="http://www.huaxiawang.cn/"><img src="/img/2020wbc/imgs/logo.png" alt="华夏网" /></a></div>
<div class="nav fl">
{news_nav()}
</div>
</div>
</div>
<div class="w1000 route clearfix"><a href="http://www.huaxiawang.cn/" target="_blank">华夏网</a>&gt;&gt;<a href="http://www.huaxiawang.cn/{NEWS_CH[i-1]}/" target="_blank">{NEWS_CH[i-1]}</a></div>
<div class="main w1000 clearfix">
<div class="layout rm_txt cf">
<div class="col col-1 fl">
<div class="rm_txt_con cf">
{kicker}
<h1>{esc(t)}</h1>
<h4 class="sub"></h4>
{author_div}<div class="channel cf">
<div class="col-1-1 fl">{y}年{m:02d}月{d:02d}日{tm}  |  来源：{src}</div>
<div class="col-1-2 fr"><span>小字号</span></div>
</div>
<div class="rm_txt_con cf" id="rwb_zw">
{chr(10).join(ps)}
<div class="zdfy clearfix"><a class="common_current_page">1</a><a href="{url2}">2</a><a href="{url2}">下一页</a></div>
<center><table border="0" align="center" width="40%"><tr><td width="50%" align="center"><a href="{url2}">下一页</a></td></tr></table></center>
<div class="edit cf">(责任编辑：{editors})</div>
</div>
<div class="share cf">
<span>分享到：</span>
<a class="share_weixin">微信</a> <a class="share_weibo">新浪微博</a> <a class="share_qzone">QQ空间</a> <a class="share_copy">复制链接</a>
</div>
<div class="box_news cf"><h2>相关新闻</h2>
<ul class="list_14">
{rels}
</ul></div>
<div class="box_news cf"><h2>热门排行</h2>
<ol>
<li><a href="http://www.huaxiawang.cn/n1/h1.html">今年以来全国新增城镇就业人数稳步增长</a></li>
<li><a href="http://www.huaxiawang.cn/n1/h2.html">秋冬季传染病防控要点请收好</a></li>
<li><a href="http://www.huaxiawang.cn/n1/h3.html">多部门部署开展粮食安全专项检查</a></li>
</ol></div>
</div>
</div>
<div class="col col-2 fr">
<div class="ad"><img src="/img/ad/300x250.jpg" alt="" /></div>
<div class="ewm"><img src="/img/2020wbc/imgs/app_ewm.png" alt="" /><p>华夏网客户端<br/>扫码下载</p></div>
</div>
</div>
</div>
<div class="footer">
{news_footer()}
</div>
<script src="/img/2020wbc/js/count.js" type="text/javascript"></script>
</body>
</html>
'''
    write(n, page, 'gbk', crlf=True, url=NEWS_URLS[i-1], charset='', title=t, author=e['author'],
          published=e['date'], lines=[clean(p) for p in shown])

def news_video():
    n = 'j-huaxiawang-4'
    t = '老街新貌：走进改造后的南关老街'
    vids = ['山区孩子的管乐梦', '竹编课上的“老先生”', '社区议事会现场直击', '秋收时节的田间课堂', '百年老街的烟火气']
    vl = '\n'.join('<li><a href="http://v.huaxiawang.cn/n1/2022/05%02d/v%d.html"><img src="/img/v/%d.jpg" /><span class="dur">0%d:1%d</span><p>%s</p></a></li>' % (10 + k, k, k, k + 1, k, esc(x)) for k, x in enumerate(vids))
    page = f'''<!DOCTYPE html>
<html>
<head>
<meta http-equiv="content-type" content="text/html;charset=gb2312"/>
<title>{esc(t)}--视频--华夏网</title>
<meta name="keywords" content="老街,城市更新" />
</head>
<body>
<div class="header"><div class="w1000 logo_nav clearfix"><div class="logo fl"><a href="http://v.huaxiawang.cn/"><img src="/img/v/logo_v.png" alt="华夏视频" /></a></div>
<div class="nav fl">{news_nav()}</div></div></div>
<div class="w1000 route"><a href="http://www.huaxiawang.cn/">华夏网</a>&gt;&gt;<a href="http://v.huaxiawang.cn/">视频</a></div>
<div class="w1000 video_box clearfix">
<h1>{esc(t)}</h1>
<div class="video_info">2022年05月10日09:15 | 来源：华夏网-华夏视频</div>
<div class="player" id="hxplayer"><video src="http://vod.huaxiawang.cn/2022/0510/nanguan.mp4" controls poster="/img/v/poster.jpg"></video></div>
<div class="video_desc">南关老街改造后，青石板路、白墙黑瓦依旧，街坊邻居也都留了下来。（时长：3分12秒）</div>
<div class="edit">(责任编辑：李可)</div>
<div class="share"><span>分享到：</span><a>微信</a> <a>微博</a> <a>QQ空间</a></div>
</div>
<div class="w1000 video_list"><h2>更多视频</h2><ul class="clearfix">
{vl}
</ul></div>
<div class="footer">{news_footer()}</div>
</body>
</html>
'''
    write(n, page, 'gbk', crlf=True, url='http://v.huaxiawang.cn/n1/2022/0510/c1008-32418001.html', charset='', listing=True)

# ------------------------------------------------------------ 3. forum thread
BBS_IDS = [4471203, 4473518, 4480072]
BBS_SIG = {'老槐树下': '老家的槐花又开了，可惜人不在。', '风过林梢': '在路上，就是最好的状态。🚲', '铁西老张': '厂子弟，永远的厂子弟。'}
BBS_TIMES = ['21:14:37', '10:02:15', '19:48:50']

def bbs_floor(no, user, when, content_html, host=False):
    return f'''<table class="floor-head{' host' if host else ''}" width="100%" cellspacing="0" cellpadding="0" border="0">
<tr><td class="fl-user">{'楼主' if host else '作者'}：<a href="http://bbs.qiaotou.net/user/{len(user) * 7 + no}" class="uname" uname="{user}">{user}</a></td>
<td class="fl-time">发表于 {when}</td><td class="fl-no" align="right">{'楼主' if no == 1 else str(no) + '楼'}</td></tr>
</table>
<div class="floor-content" id="floor{no}">{content_html}</div>
<div class="floor-tools"><a>举报</a> | <a>引用</a> | <a>回复</a></div>
'''

def bbs_page(i, e):
    n = 'j-qiaotou-%d' % i
    t = e['title']; u = e['author']; tm = BBS_TIMES[i-1]
    y, m, d = ymd(e['date'])
    floors = []; no = 1; hh = int(tm[:2]); mi = int(tm[3:5])
    reps = list(e['replies'])
    for fi, fl in enumerate(e['floors']):
        c = '<br>\n'.join('　　' + esc(p) for p in fl)
        c += '<br>\n<br>\n-----------------------------<br>\n' + esc(BBS_SIG[u])
        when = '%d-%02d-%02d %02d:%02d:%02d' % (y, m, d, (hh + fi) % 24, (mi + 7 * fi) % 60, 10 + fi)
        floors.append(bbs_floor(no, u, when, c, host=True)); no += 1
        if fi < len(e['floors']) - 1 or reps:
            nr = 1 if fi < len(e['floors']) - 1 else len(reps)
            for _ in range(nr):
                if not reps:
                    break
                ru, rt = reps.pop(0)
                when = '%d-%02d-%02d %02d:%02d:%02d' % (y, m, d, (hh + fi) % 24, (mi + 7 * fi + 3) % 60, 20 + no)
                floors.append(bbs_floor(no, ru, when, esc(rt))); no += 1
    page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030">
<title>{esc(t)}_闲话桥头_桥头社区</title>
<meta name="keywords" content="闲话桥头,{esc(t)}">
<link rel="stylesheet" href="http://static.qiaotou.net/bbs/css/thread.css">
</head>
<body>
<div id="top"><a href="http://www.qiaotou.net/">桥头社区</a> | <a href="http://bbs.qiaotou.net/">论坛</a> | <a href="http://blog.qiaotou.net/">博客</a> | <a href="http://bbs.qiaotou.net/login">登录</a> | <a href="http://bbs.qiaotou.net/reg">注册</a></div>
<div id="crumb">桥头社区 &gt; 论坛 &gt; <a href="http://bbs.qiaotou.net/list-xianhua-1.shtml">闲话桥头</a> &gt; 正文</div>
<div id="thread-head">
<h1><span class="s_title">{esc(t)}</span></h1>
<div class="thread-info">楼主：<a href="http://bbs.qiaotou.net/user/{len(u)}">{u}</a>　时间：{y}-{m:02d}-{d:02d} {tm}　点击：{3412 + 1000 * i:,}　回复：{len(e['replies']) + len(e['floors']) - 1 + 40}</div>
<div class="thread-tools"><a>只看楼主</a> <a>倒序阅读</a> <a>收藏</a> <a>分享</a></div>
</div>
<div id="thread-main">
{chr(10).join(floors)}
</div>
<div class="pages">共 1 页 <a class="cur">1</a></div>
<div id="fast-reply"><textarea name="content"></textarea><input type="submit" value="回复"><p>请遵守桥头社区用户守则，文明发言。</p></div>
<div id="foot">关于桥头 | 联系我们 | 用户守则 | 网站地图<br>桥头社区 版权所有 &copy; 2003-2024　湘ICP备05001234号</div>
</body>
</html>
'''
    lines = [p for fl in e['floors'] for p in fl]
    write(n, page, 'gb18030', crlf=True, url='http://bbs.qiaotou.net/post-xianhua-%d-1.shtml' % BBS_IDS[i-1], charset='GB18030',
          title=t, author=u, published=e['date'], lines=lines)

def bbs_board():
    n = 'j-qiaotou-4'
    rows = [('记忆里的供销社', '老槐树下', '2020-11-02', 58), ('骑行川西七天，写给自己的一点流水账', '风过林梢', '2019-08-26', 41),
            ('我父亲那一代的工厂生活', '铁西老张', '2021-04-11', 73), ('小区门口的修鞋摊不见了', '旧巷子', '2021-05-02', 12),
            ('有没有人还记得八十年代的连环画？', '小人书迷', '2021-05-01', 96), ('[求助] 老家宅基地的事情怎么办', '山里人', '2021-04-30', 8),
            ('今天在菜市场遇到了小学班主任', '豆腐西施', '2021-04-29', 25), ('晒晒我家阳台上的月季', '花间一壶酒', '2021-04-28', 31)]
    trs = '\n'.join('<tr><td class="td-title"><a href="http://bbs.qiaotou.net/post-xianhua-%d-1.shtml">%s</a></td><td><a class="author">%s</a></td><td>%d</td><td>%d</td><td>%s</td></tr>'
                    % (4470000 + k * 917, esc(a), b, 500 + 137 * k, c, d) for k, (a, b, d, c) in enumerate(rows))
    page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030">
<title>闲话桥头_桥头社区</title>
</head>
<body>
<div id="top"><a href="http://www.qiaotou.net/">桥头社区</a> | <a href="http://bbs.qiaotou.net/">论坛</a> | <a href="http://bbs.qiaotou.net/login">登录</a></div>
<div id="crumb">桥头社区 &gt; 论坛 &gt; 闲话桥头</div>
<div class="board-head"><h2>闲话桥头</h2><p>版主：<a>桥头老王</a> <a>青石板</a>　今日帖数：128　主题数：41,225</p><p>版规：说家常话，讲身边事。禁止广告，禁止人身攻击。</p></div>
<div class="board-tools"><a class="btn">发帖</a> 排序：<a>最新回复</a> <a>最新发帖</a> <a>精华</a></div>
<table class="tab-bbs-list" width="100%">
<tr><th>标题</th><th>作者</th><th>点击</th><th>回复</th><th>发表时间</th></tr>
{trs}
</table>
<div class="pages"><a class="cur">1</a> <a>2</a> <a>3</a> … <a>下一页</a></div>
<div id="foot">关于桥头 | 联系我们 | 用户守则<br>桥头社区 版权所有 &copy; 2003-2024　湘ICP备05001234号</div>
</body>
</html>
'''
    write(n, page, 'gb18030', crlf=True, url='http://bbs.qiaotou.net/list-xianhua-1.shtml', charset='GB18030', listing=True)

# ------------------------------------------------------------ 4. university school news (VSB-like)
EDU_IDS = [5173, 5298, 5611]

def edu_nav():
    return '\n'.join('<li><a href="../../%s.htm">%s</a></li>' % (a, b) for a, b in
                     [('index', '首页'), ('xygk', '学院概况'), ('szdw', '师资队伍'), ('rcpy', '人才培养'), ('kxyj', '科学研究'), ('djgz', '党建工作'), ('xsgz', '学生工作'), ('xwzx', '新闻中心')])

def edu_shell(title, inner):
    return f'''<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{esc(title)}-江澄大学文学院</title>
<META Name="keywords" Content="江澄大学文学院" />
<link type="text/css" href="../../style/style.css" rel="stylesheet">
<script type="text/javascript" src="../../_sitegray/_sitegray_d.css"></script>
<script language="javascript" src="/system/resource/js/dynclicks.js"></script>
<script language="javascript" src="/system/resource/js/jquery/jquery-latest.min.js"></script>
</head>
<body>
<div class="top"><div class="logo"><img src="../../images/logo.png" alt="江澄大学文学院"></div>
<div class="search"><form action="../../ssjg.jsp?wbtreeid=1001" method="post"><input type="text" name="showkeycode" placeholder="请输入关键字"><input type="submit" value="搜索"></form></div></div>
<div class="nav"><ul>
{edu_nav()}
</ul></div>
<div class="main">
<div class="left"><h2>新闻中心</h2><ul><li><a href="../../xwzx/xyxw.htm">学院新闻</a></li><li><a href="../../xwzx/tzgg.htm">通知公告</a></li><li><a href="../../xwzx/xshd.htm">学术活动</a></li></ul></div>
<div class="right">
<div class="position">当前位置: <a href="../../index.htm">首页</a> &gt;&gt; <a href="../../xwzx.htm">新闻中心</a> &gt;&gt; 学院新闻</div>
{inner}
</div>
</div>
<div class="footer"><p>版权所有：江澄大学文学院　地址：江澄市学府路88号　邮编：214000</p><p>电话：0510-85912345　苏ICP备05012345号-1</p></div>
</body>
</html>
'''

def edu_page(i, e, prev, nxt):
    n = 'j-jcuwxy-%d' % i
    t = e['title']; y, m, d = ymd(e['date'])
    ps = []
    for p in e['paras']:
        if p.startswith('@'):
            ps.append('<p style="text-align: center;"><img src="/__local/8/2F/3A/E1B7C5D%d.jpg" width="600" vsbhref="vurl" vurl="/_vsl/8F2/%d.jpg" orisrc="/__local/E1B7.jpg" class="img_vsb_content"></p>' % (i, i))
            ps.append('<p style="text-align: center;"><span style="font-family: 楷体, 楷体_GB2312, SimKai;">%s</span></p>' % esc(p[1:]))
        elif p.startswith('#'):
            ps.append('<p style="text-indent: 2em;"><strong>%s</strong></p>' % esc(p[1:]))
        else:
            ps.append('<p style="text-indent: 2em; line-height: 1.5em;"><span style="font-family: 宋体, SimSun; font-size: 16px;">%s</span></p>' % esc(p))
    ps.append('<p style="text-align: right;"><span style="font-size: 16px;">%s</span></p>' % esc(e['credit']))
    inner = f'''<form name="_newscontent_fromname">
<div class="content-title">
<h3>{esc(t)}</h3>
<div class="info"><span>发布时间：{y}/{m:02d}/{d:02d}</span>　<span>点击数：<script>_showDynClicks("wbnews", 1626184209, {EDU_IDS[i-1]})</script></span>　<span>来源：文学院</span></div>
</div>
<div id="vsb_content"><div class="v_news_content">
{chr(10).join(ps)}
</div></div><div id="div_vote_id"></div>
<div class="next">
<p>上一条：<a href="{EDU_IDS[i-1] - 7}.htm">{esc(prev)}</a></p>
<p>下一条：<a href="{EDU_IDS[i-1] + 5}.htm">{esc(nxt)}</a></p>
</div>
<div class="close"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</form>'''
    page = edu_shell(t, inner)
    write(n, page, 'utf-8', crlf=True, url='https://wxy.jcu.edu.cn/info/1021/%d.htm' % EDU_IDS[i-1], charset='',
          title=t, author=e['author'], published=e['date'], lines=[clean(p) for p in e['paras']])

def edu_calendar():
    n = 'j-jcuwxy-4'
    ev = {5: '青年读书会（人文楼204）', 12: '“重读乡土中国”读书分享', 14: '研究生学术论坛', 19: '学院教职工大会', 21: '本科生论文开题答辩', 26: '主题党日活动', 28: '诗歌朗诵比赛决赛'}
    rows = []; day = 1
    # April 2022 starts on a Friday
    cells = [''] * 4 + list(range(1, 31))
    while len(cells) % 7:
        cells.append('')
    for r in range(0, len(cells), 7):
        tds = []
        for c in cells[r:r + 7]:
            if c == '':
                tds.append('<td class="empty"></td>')
            else:
                x = ('<div class="ev"><a href="../../info/1031/%d.htm">%s</a></div>' % (6000 + c, esc(ev[c]))) if c in ev else ''
                tds.append('<td><span class="day">%d</span>%s</td>' % (c, x))
        rows.append('<tr>' + ''.join(tds) + '</tr>')
    inner = f'''<div class="cal-head"><a class="prev" href="?m=2022-03">&lt; 上月</a> <h3>2022年4月 学院活动日历</h3> <a class="next" href="?m=2022-05">下月 &gt;</a></div>
<table class="calendar" width="100%">
<tr><th>一</th><th>二</th><th>三</th><th>四</th><th>五</th><th>六</th><th>日</th></tr>
{chr(10).join(rows)}
</table>
<div class="cal-note">注：活动安排如有变动，以学院通知为准。</div>'''
    page = edu_shell('活动日历', inner)
    write(n, page, 'utf-8', crlf=True, url='https://wxy.jcu.edu.cn/hdrl.jsp?m=2022-04', charset='', listing=True)

# ------------------------------------------------------------ 5. literature site
LIT_IDS = [20210305112, 20201019087, 20220910031]
LIT_COMMENTS = [
    [('江城旧客', '3/6/2021 7:12:40 AM', '读到烧火那段，想起了我奶奶。'), ('青青子衿', '3/8/2021 10:31:05 PM', '“灶里有火，心里就不慌”，好句子。')],
    [('行者无疆', '10/20/2020 11:02:19 AM', '徽州确实要在雨天去，写得很有味道。')],
    [('山那边', '9/10/2022 9:45:12 PM', '向乡村老师致敬！'), ('小军他姐', '9/11/2022 6:20:33 AM', '顾老师，我弟弟现在真的在读师范了。'), ('闲云', '9/12/2022 1:08:54 PM', '平实动人。')],
]

def lit_page(i, e, prev, nxt):
    n = 'j-banmuzhai-%d' % i
    t = e['title']
    ps = []
    if e['note']:
        ps.append('<div class="bianzhe"><p><strong>编者按：</strong>%s</p></div>' % esc(e['note']))
    for p in e['paras']:
        if p.startswith('——'):
            ps.append('<p align="right">%s</p>' % esc(p))
        else:
            ps.append('<p>　　%s</p>' % esc(p))
    ps.append('<p>　　<strong>【作者简介】</strong>%s</p>' % esc(e['bio']))
    au = ('作者：%s' % e['author']) if i == 3 else e['author']
    coms = '\n'.join('<li><div class="c-user">%s <span class="c-time">%s</span></div><div class="c-text">%s</div></li>' % (a, b, esc(c)) for a, b, c in LIT_COMMENTS[i-1])
    page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{esc(t)}_{e['author']}_半亩斋散文网</title>
<meta name="keywords" content="散文,随笔,{esc(t)}" />
<meta name="description" content="{esc(clean(e['paras'][1 if e['paras'][0].startswith('——') else 0])[:50])}" />
<link href="/css/article.css" rel="stylesheet" type="text/css" />
</head>
<body>
<form method="post" action="./ArticleShow.aspx?id={LIT_IDS[i-1]}" id="form1">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkK3{i}xQ2b8F" />
<div class="head"><a href="/"><img src="/images/logo.gif" alt="半亩斋散文网" /></a>
<ul class="menu"><li><a href="/">首页</a></li><li><a href="/sanwen/">散文</a></li><li><a href="/suibi/">随笔</a></li><li><a href="/shige/">诗歌</a></li><li><a href="/xiaoshuo/">小说</a></li><li><a href="/zuojia/">作家</a></li><li><a href="/tougao/">投稿</a></li></ul></div>
<div class="place">您现在的位置：<a href="/">半亩斋散文网</a> &gt; <a href="/sanwen/">散文</a> &gt; 正文</div>
<div class="wrap">
<div class="article">
<h1 class="title">{esc(t)}</h1>
<div class="zuozhe">{au}</div>
<div class="info"><span id="lblTime">发布时间：{e['ustime']}</span>　<span>阅读：<span id="lblHits">{1200 + 311 * i}</span></span>　<span>栏目：散文</span></div>
<div class="content" id="article_content">
{chr(10).join(ps)}
</div>
<div class="share">喜欢这篇文章吗？<a class="dig">推荐</a>（{30 + i}）　<a>收藏</a>　<a>打印</a></div>
<div class="prenext">
<p>上一篇：<a href="ArticleShow.aspx?id={LIT_IDS[i-1] - 3}">{esc(prev)}</a></p>
<p>下一篇：<a href="ArticleShow.aspx?id={LIT_IDS[i-1] + 2}">{esc(nxt)}</a></p>
</div>
<div class="comments"><h3>读者留言</h3>
<ul>
{coms}
</ul>
<div class="c-form"><textarea name="txtComment"></textarea><input type="submit" value="发表留言" /></div>
</div>
</div>
<div class="side"><h3>作家推荐</h3><ul><li><a>沈青岚</a></li><li><a>顾南星</a></li><li><a>许知远舟</a></li><li><a>林间鹿</a></li></ul>
<h3>本周热读</h3><ul><li><a>父亲的自行车</a></li><li><a>故乡的老井</a></li><li><a>冬夜读书记</a></li></ul></div>
</div>
<div class="foot">半亩斋散文网 版权所有　投稿邮箱：tougao@banmuzhai.com　浙ICP备09012345号<br />本站作品版权归作者所有，转载请注明出处。</div>
</form>
</body>
</html>
'''
    write(n, page, 'gbk', url='http://www.banmuzhai.com/ArticleShow.aspx?id=%d' % LIT_IDS[i-1], charset='GBK',
          title=t, author=e['author'], published=e['date'], lines=[clean(p) for p in e['paras']])

def lit_search():
    n = 'j-banmuzhai-4'
    res = [('故乡的老井', '林间鹿', '8/2/2019 3:14:22 PM', '村口那口老井，不知养活了几代人。每次回<em>故乡</em>，我总要先去井边站一站……'),
           ('外婆的灶台', '沈青岚', '3/5/2021 9:20:11 AM', '外婆家的灶台是土砖砌的……每次闻到柴火的烟味，就想起<em>故乡</em>……'),
           ('回不去的故乡', '北窗', '1/17/2020 10:05:40 PM', '人到中年，才发现<em>故乡</em>已经变成了一个地名……'),
           ('故乡的秋天', '禾子', '11/3/2018 8:48:09 AM', '<em>故乡</em>的秋天是从稻田开始的，金黄一片……')]
    lis = '\n'.join('<li><h3><a href="ArticleShow.aspx?id=%d">%s</a></h3><p class="meta">作者：%s　%s</p><p class="summary">%s</p></li>' % (20180000000 + k * 7771, esc(a), b, c, d) for k, (a, b, c, d) in enumerate(res))
    page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>“故乡”的搜索结果_半亩斋散文网</title>
</head>
<body>
<div class="head"><a href="/"><img src="/images/logo.gif" alt="半亩斋散文网" /></a></div>
<div class="place">您现在的位置：<a href="/">半亩斋散文网</a> &gt; 搜索</div>
<div class="searchbox"><form action="Search.aspx" method="get"><input name="kw" value="故乡" /><input type="submit" value="搜索" /></form></div>
<div class="result-count">共找到 <b>126</b> 篇与“故乡”相关的作品，用时0.03秒</div>
<ul class="result">
{lis}
</ul>
<div class="pager"><a class="cur">1</a> <a>2</a> <a>3</a> <a>4</a> <a>下一页</a> <a>尾页</a></div>
<div class="foot">半亩斋散文网 版权所有　浙ICP备09012345号</div>
</body>
</html>
'''
    write(n, page, 'gbk', url='http://www.banmuzhai.com/Search.aspx?kw=%B9%CA%CF%E7', charset='GBK', listing=True)

# ------------------------------------------------------------ 6. self-media aggregator
ZM_IDS = ['1770981234567012345', '1777050987654321098', '1788823456712345678']
ZM_TIMES = ['18:42', '07:30', '21:05']
ZM_TOP = ['文｜何远舟', '文 | 何远舟', '文｜何远舟　图｜网络']

def zm_page(i, e):
    n = 'j-jingduhao-%d' % i
    t = e['title']; y, m, d = ymd(e['date']); tm = ZM_TIMES[i-1]
    shown_date = ('%02d-%02d %s' % (m, d, tm)) if i == 2 else ('%d-%02d-%02d %s' % (y, m, d, tm))
    ps = ['<p class="bjh-p"><span class="bjh-p">%s</span></p>' % esc(ZM_TOP[i-1])]
    for p in e['paras']:
        if p.startswith('#'):
            ps.append('<p class="bjh-p"><span class="bjh-strong">%s</span></p>' % esc(p[1:]))
        else:
            ps.append('<p class="bjh-p"><span class="bjh-p">%s</span></p>' % esc(p))
    ps.append('<p class="bjh-p"><span class="bjh-p">声明：本文内容仅代表作者本人观点，不代表鲸读号立场。文中部分图片来源于网络，如有侵权请联系删除。</span></p>')
    recs = [('县城婚礼的彩礼，降下来了吗？', '彩礼降了，可婚礼的排场却没小……', '远舟说'), ('一位00后的返乡创业账本', '开店第一年，他算了三笔账……', '青年志'),
            ('老厂区变身文创园，年轻人来了', '红砖厂房里开起了咖啡馆和书店……', '城市漫步者'), ('纸质书销量回暖的背后', '实体书店正在找回自己的读者……', '书页间')]
    rh = '\n'.join('<div class="rec-item"><a href="https://www.jingduhao.cn/s?id=%d"><div class="rec-img"><img src="https://pic.jingduhao.cn/rec/%d.jpeg"></div><div class="rec-info"><h4>%s</h4><p class="rec-teaser">%s</p><span class="rec-src">%s</span></div></a></div>'
                   % (1780000000000000000 + k, k, esc(a), esc(b), c) for k, (a, b, c) in enumerate(recs) if a != t)
    page = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1.0,maximum-scale=1.0,user-scalable=no">
<title>{esc(t)}</title>
<meta property="og:title" content="{esc(t)}">
<meta property="og:site_name" content="鲸读号">
<meta itemprop="datePublished" content="{e['date']}T{tm}:00+08:00">
<link rel="stylesheet" href="https://static.jingduhao.cn/article/css/index.css">
</head>
<body>
<div id="app"><div class="page-header"><a class="logo" href="https://www.jingduhao.cn/">鲸读号</a><a class="download">打开APP</a></div>
<div class="article-wrap">
<div class="article-title"><h2>{esc(t)}</h2></div>
<div class="author-card">
<a class="avatar" href="https://author.jingduhao.cn/home?id=1603321"><img src="https://avatar.jingduhao.cn/1603321.jpeg"></a>
<div class="author-info"><p class="author-name"><a href="https://author.jingduhao.cn/home?id=1603321">远舟说</a></p>
<div class="article-source"><span class="date">发布时间：{shown_date}</span><span class="ip">辽宁</span><span class="fans">2.3万粉丝</span><span class="tag">优质社会领域创作者</span></div></div>
<div class="follow-btn"><span>+ 关注</span></div>
</div>
<div class="article-content" data-testid="article">
{chr(10).join(ps)}
</div>
<div class="article-tools"><span class="like">赞 {89 * i}</span><span class="share">分享</span><a class="report" href="https://www.jingduhao.cn/report?id={ZM_IDS[i-1]}">举报</a></div>
<div class="comment-area"><h3>评论 {11 * i}</h3><p class="comment-empty">打开鲸读号APP，查看全部评论</p></div>
<div class="recommend"><h3>相关推荐</h3>
{rh}
</div>
</div>
<div class="page-footer">&copy;2024 鲸读号　使用鲸读号前必读　京ICP证030173号</div>
</div>
<script>window.__INITIAL_STATE__={{"articleId":"{ZM_IDS[i-1]}","author":{{"name":"远舟说","id":1603321}},"publishTime":"{e['date']} {tm}"}};</script>
</body>
</html>
'''
    write(n, page, 'utf-8', url='https://www.jingduhao.cn/s?id=%s' % ZM_IDS[i-1], charset='utf-8',
          title=t, author=e['author'], published=e['date'], lines=[clean(p) for p in e['paras']])

def zm_home():
    n = 'j-jingduhao-4'
    items = [('为什么我们越来越怀念纸质书', '2024-01-22'), ('一家老国企食堂的四十年', '2023-09-14'), ('县城里的年轻人，正在重新定义“体面”', '2023-07-09'),
             ('小区门口的早餐摊，藏着一座城的温度', '2023-05-30'), ('退休以后，父亲迷上了拍短视频', '2023-04-11'), ('我们为什么需要一座社区图书馆', '2023-02-20')]
    li = '\n'.join('<div class="feed-item"><a href="https://www.jingduhao.cn/s?id=%d"><h4>%s</h4><div class="feed-meta"><span>%s</span><span>%d阅读</span></div></a></div>' % (1770000000000000000 + k, esc(a), b, 3000 + 411 * k) for k, (a, b) in enumerate(items))
    page = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>远舟说的鲸读号主页</title>
</head>
<body>
<div class="page-header"><a class="logo" href="https://www.jingduhao.cn/">鲸读号</a></div>
<div class="profile">
<img class="avatar" src="https://avatar.jingduhao.cn/1603321.jpeg">
<h1>远舟说</h1>
<p class="intro">优质社会领域创作者｜写县城，写工厂，写普通人的日子</p>
<p class="stat"><span>2.3万 粉丝</span><span>186 关注</span><span>37.5万 获赞</span></p>
<div class="follow-btn">+ 关注</div>
</div>
<div class="tabs"><span class="on">文章</span><span>视频</span><span>动态</span></div>
<div class="feed">
{li}
</div>
<div class="loadmore">加载更多</div>
<div class="page-footer">&copy;2024 鲸读号　京ICP证030173号</div>
</body>
</html>
'''
    write(n, page, 'utf-8', url='https://author.jingduhao.cn/home?id=1603321', charset='utf-8', listing=True)

def main():
    os.makedirs(PAGES, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    for i, k in enumerate(['wx1', 'wx2', 'wx3'], 1):
        wx_page(i, E[k])
    wx_album()
    for i, k in enumerate(['news1', 'news2', 'news3'], 1):
        news_page(i, E[k])
    news_video()
    for i, k in enumerate(['bbs1', 'bbs2', 'bbs3'], 1):
        bbs_page(i, E[k])
    bbs_board()
    edu_t = [E['edu1']['title'], E['edu2']['title'], E['edu3']['title']]
    edu_page(1, E['edu1'], '文学院召开2022年春季学期教学工作会议', edu_t[1])
    edu_page(2, E['edu2'], edu_t[0], edu_t[2])
    edu_page(3, E['edu3'], edu_t[1], '文学院举行2023届毕业典礼暨学位授予仪式')
    edu_calendar()
    lit_t = [E['lit1']['title'], E['lit2']['title'], E['lit3']['title']]
    lit_page(1, E['lit1'], '父亲的自行车', '春天的野菜')
    lit_page(2, E['lit2'], '故乡的老井', '秋夜听雨')
    lit_page(3, E['lit3'], '母亲的针线筐', '冬夜读书记')
    lit_search()
    for i, k in enumerate(['zm1', 'zm2', 'zm3'], 1):
        zm_page(i, E[k])
    zm_home()

if __name__ == '__main__':
    main()
