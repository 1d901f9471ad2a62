#!/usr/bin/env python3
"""Blind test pages, round 13, prefix z: six invented sites, 24 pages (stdlib only, deterministic)."""
ESSAYS = {}

ESSAYS['bus'] = """
——我市推进城区公交线网优化工作纪实
早上七点，家住东门街道的退休教师邵慧敏在站台上等了不到五分钟，就坐上了新调整的12路公交车。“以前去市第二医院要转一次车，现在一趟直达，车门一开还有踏板放下来，拄着拐杖也能稳稳上去。”她说。
今年以来，市交通运输局会同市公交集团对老城区公交线网开展“微改造”，在不大拆大建的前提下，调整优化12路、27路、35路三条线路，新增站点9个，撤并重复站点6个，对全市四百余个站点的站台高度、盲道和候车座椅逐一进行了改造。
一条线路背后的“算术题”
老城区道路窄、弯道多，线路怎么调，先要算清楚。市公交集团线网规划科科长梁振宇介绍，他们调取了去年全年的刷卡和扫码数据，按小时统计每个站点的上下客量，又组织二十多名驾驶员和调度员分片走访社区，收集意见一千三百余条。
“数据告诉我们，早高峰从东门片区去医院和菜市场的老年乘客特别多，而原来的线路在火车站绕了一大圈。”梁振宇说，调整后的12路截弯取直，全程缩短2.6公里，单程平均节省约11分钟。
小站台上的大讲究
站台改造看似细小，却最见功夫。施工队把部分站台抬高到与低地板公交车踏板齐平，站台边缘加装了黄色警示条，候车亭里增设了带扶手的座椅和电子站牌。在人民路口站，记者看到，电子站牌上滚动显示着下一班车的预计到站时间，字体比原来大了一倍。
“我们还在每个换乘站贴了手绘的换乘示意图，老人看手机不方便，看图就能明白。”市公交集团工作人员说。
据了解，下一步，我市还将根据运行情况开通两条社区微循环线路，重点服务老旧小区和城郊接合部居民，让公交“最后一公里”走得更顺。
"""

ESSAYS['watch'] = """
老街拐角有一家修表铺，门面不过两张桌子宽，玻璃柜台擦得透亮，柜台后面坐着一位戴单眼放大镜的老师傅。我从小就从那里经过，上学时看他低着头，放学时看他还低着头，仿佛那一天的光阴都被他拆开了，又一格一格地装回去。
后来才知道，老师傅姓傅，街坊都叫他傅师傅。他修表用的工具摆得整整齐齐：大小不一的镊子、细得像头发丝的螺丝刀、装零件的小铁盒，每个铁盒盖子上都用毛笔写着字。有人拿来一只停了多年的上海牌手表，他接过去，先放在耳边听一听，再轻轻拧开后盖，那神情像医生在给病人把脉。
我第一次走进那间铺子，是因为父亲留下的一块旧表。表盘已经发黄，秒针卡在九点的位置，怎么也不肯动。傅师傅看了很久，说零件不好配，让我过半个月再来。半个月后，我再去，表在他手心里嘀嗒作响，他说有一个齿轮是自己用旧表上的零件改的，“不一定能走一辈子，走个十年没问题”。
我问他要多少钱，他摆摆手，只收了一个零件钱。他说这样的老表，现在拿来修的人越来越少了，能修好一只，就像帮人把一段日子找回来。
这些年老街改造，许多老铺子都搬走了。去年冬天我回去，修表铺还在，门口多了一块手写的小木牌：“修表、换电池、配表带”。傅师傅的头发全白了，放大镜还架在眼睛上。我站在门外看了一会儿，没有进去打扰他。
父亲的那块表，至今还在我的抽屉里走着。每次给它上弦，我都会想起那个窄窄的铺子，想起一个人可以用一辈子，守着一种安静而耐心的手艺。
"""

ESSAYS['nightmarket'] = """
傍晚六点，滨河路东段的路灯刚亮，一排排统一样式的摊位已经支了起来。烤玉米的香气、炒米粉的锅气和糖水铺子的甜味混在一起，顺着河风飘得很远。
据市商务局统计，滨河夜市自4月12日开市以来，首月累计接待市民和游客超过四十万人次，入驻摊位186个，带动周边餐饮、零售营业额增长约两成。
“夜市要热闹，也要干净、安全。”夜市管理方负责人汤文杰介绍，开市前，街道、城管、市场监管等部门共同划定了经营区域，统一配备了带油烟净化装置的餐车和分类垃圾桶，每晚收市后有专人冲洗路面，第二天早上不影响晨练和通行。
摊主黄月娥原来在菜市场门口卖自制米糕，如今在夜市有了固定摊位。“一个晚上能卖出三百多块米糕，周末要多做一倍。”她说，摊位费每月只有几百元，还能在手机上参加夜市组织的线上推广。
夜市里也不只有吃的。河堤一侧留出了一段“文创角”，手工皮具、竹编小物和本地老照片明信片摆在一起；每周五、周六晚上，市群众艺术馆还组织业余乐队在临时舞台演出，不少市民吃完晚饭专门带着孩子来听歌。
滨河夜市里，市民在摊位前挑选小吃。
也有市民提出，周末人流集中时停车不便。对此，相关部门表示，已在夜市周边增设临时停车泊位二百余个，并协调公交部门将途经滨河路的两条线路末班车延迟至晚上十一点。
"""

ESSAYS['tea'] = """
四月的柏溪县石门村，满山茶垄青翠欲滴。清晨五点多，村党支部书记汪建林已经带着几名党员上了山，帮茶农查看新一轮春茶的长势。
一片叶子富了一方百姓
石门村种茶有上百年历史，但过去家家户户各自采、各自炒，卖不上价钱。2019年，村党支部牵头成立茶叶专业合作社，把分散的茶园集中起来，统一技术标准、统一品牌、统一销售。
“一开始不少村民有顾虑，怕入了社吃亏。”汪建林说，支部班子成员和党员带头入社，把自家茶园拿出来做示范，第一年每亩收入就比散户高出一千多元。看到实实在在的效益，村民们纷纷主动要求加入。如今，合作社社员已达一百二十六户，茶园面积扩大到一千八百亩。
党员就在身边
合作社推行“党员联系户”制度，全村三十一名党员每人联系三到五户茶农，采茶季帮着联系用工，淡季组织学习修剪和病虫害防治技术。老党员朱德厚今年七十岁，仍坚持每周到茶园转一转，“哪家的茶树该施肥了，我心里都有本账”。
村里还把闲置的老村部改造成茶叶加工车间和电商服务站。返乡青年党员邱晓雯负责网店运营，通过直播介绍石门茶的采摘和炒制过程，去年线上销售额突破三百万元。
小茶叶串起产业链
依托茶园，石门村又发展起茶旅融合，开了六家农家乐和一家茶文化民宿。春茶时节，城里来的游客在这里体验采茶、炒茶，住上一两晚。村集体经济收入从五年前的不足五万元增长到去年的六十八万元。
汪建林说，下一步，村党支部打算联合周边三个村成立联合党委，把茶叶品牌做大，让更多群众在家门口增收致富。
"""

ESSAYS['errand'] = """
“小周，我这个月的药又快吃完了，你帮我问问医保能不能再报一点？”一大早，柏溪县城关镇南岭社区的“红色代办员”周海燕就接到了独居老人付桂兰的电话。放下电话，她骑上电动车，先去社区卫生服务站开好处方，又到镇便民服务中心帮老人办理了门诊慢性病报销。
今年以来，城关镇在各村（社区）推行“红色代办”服务，由党员干部、网格员和志愿者组成代办队伍，为高龄、独居、残疾等行动不便的群众免费代办社保认证、医保报销、证件补办等事项。目前全镇已组建代办队伍二十三支，登记代办员一百五十余人。
为让群众找得到、用得上，镇里为每位代办员制作了联系卡，张贴在楼道口和老人家门后，群众打个电话或在微信群里留言，代办员就上门收取材料、办好后送回。镇便民服务中心专门开设了代办窗口，代办员来办事可以优先受理，一般事项当天就能办结。
“以前办个事要跑好几趟，现在在家里等着就行。”家住东岗村的残疾人付长明感慨。据统计，活动开展以来，全镇已累计代办各类事项二千四百余件，群众满意率达百分之九十九以上。
"""

ESSAYS['swim'] = """
四十岁这年夏天，我报了一个成人游泳班。
说出来有点难为情。小时候家门口就有一条河，同龄的男孩子夏天都泡在水里，只有我被母亲拦在岸上。她说河里有暗流，淹死过人。于是我在岸边看了整个童年，长大以后再没找到下水的理由。
班上一共六个人，最小的二十八岁，最大的五十三岁。教练是个晒得很黑的姑娘，第一节课先让我们扶着池边，把脸埋进水里吐泡泡。我憋着气把头沉下去，耳朵里一下子全是闷闷的水声，心怦怦地跳，不到三秒就抬起了头。旁边那位五十三岁的大姐笑着说：“我第一次也是这样，多来几次就好了。”
后来的几节课，我一直学不会漂浮。身体像一块石头，刚松开手就往下沉。教练说，你太紧张了，水是托着人的，你越想抓住什么，越浮不起来。这句话我想了很久。四十岁的人，手里总想抓住点什么：工作、房贷、孩子的成绩、父母的体检报告。一下子让我松手，真是不容易。
第七节课，我终于在水面上漂了起来。那一刻很安静，我看见泳池顶上的灯光在水波里晃动，耳边只剩下自己的呼吸。没有人催我，也没有什么需要马上回复的消息。我忽然想起小时候站在河岸上看别人游泳的样子，原来水里是这样的。
结课那天，我游了二十五米，姿势大概很难看，但一口气没停。上岸后我给母亲打了个电话，告诉她我会游泳了。电话那头沉默了一会儿，她说：“那也要小心，别去野河里。”
我笑着答应了。人到中年，学会一件小事，比想象中更让人高兴。原来有些事情并不算晚，只是我们一直站在岸上，以为自己不需要下水。
"""

ESSAYS['library'] = """
文/陈叙白
我们小区对面有一座社区图书馆，是由一间旧粮站仓库改的。红砖墙没拆，屋顶换成了透光的玻璃，一到周末，里面坐满了人。
我最常去的是周六上午。九点开门，门口已经排着几个背书包的小学生，手里攥着借书卡。管理员是一位退休的中学语文老师，姓卢，说话很轻，谁要是在阅览区大声讲话，她也不批评，只是走过去把食指放在嘴边，笑一笑。
图书馆不大，藏书也就两万来册，可是很有人情味。书架尽头有一块留言板，借书的人可以把读后感写在便利贴上。有人写“这本书让我想给外婆打个电话”，有人写“结局太难过了，建议大家准备纸巾”，还有一个孩子歪歪扭扭地写：“恐龙是真的存在过，我决定以后当科学家。”
靠窗的长桌是大人们的地盘。有备考的年轻人，有带着老花镜读报纸的老人，也有像我这样，什么都不为，只是想找个地方安安静静坐一上午的人。手机调成静音，翻书的声音此起彼伏，阳光从玻璃屋顶洒下来，照得人心里很松快。
去年冬天，图书馆办了一场旧书交换会。我拿去五本书，换回来一本八十年代出版的散文集，扉页上写着一行钢笔字：“赠给秀兰，愿你永远爱读书。”我不知道秀兰是谁，也不知道这本书辗转了多少人家，但捧在手里，总觉得沉甸甸的。
城市越来越大，人和人之间的距离却好像越来越远。好在还有这样一个地方，让不相识的人坐在同一张桌子前，各自读书，互不打扰，又彼此陪伴。
"""

ESSAYS['homework'] = """
晚上九点，女儿的数学作业还剩最后两道题。她咬着铅笔头，眉头皱成一团，我在旁边看着，心里急得不行。
这样的场景，几乎每天都在我们家上演。刚上三年级的时候，我还能心平气和地给她讲题，讲到第三遍，声音就不自觉地大了起来。有一次我说了句“这都不会”，她的眼泪一下子掉在作业本上，把刚写的字洇成了一片蓝色。
那天晚上她睡着以后，我翻开她的作业本，一页一页地看。字写得并不工整，有的地方擦了又写，纸都快擦破了。在一道应用题旁边，她用很小的字写着：“妈妈说要认真审题。”我坐在台灯下，忽然觉得很惭愧。
我想起自己小时候，父母忙着上班，从来没人陪我写作业，我也磕磕绊绊地长大了。现在我坐在女儿旁边，本意是帮她，可我的焦虑好像比题目本身更让她害怕。
后来我和她商量了一个办法：写作业的时候我不坐在旁边，而是在客厅看书，她遇到不会的题先做记号，全部写完再来问我。刚开始几天，她问的题很多，慢慢地，记号越来越少。有一次她拿着作业本跑过来说：“这道题我自己想出来了！”那骄傲的样子，我到现在还记得。
作业本一页页翻过去，孩子也在一点点长大。我开始明白，陪伴不是盯着，而是相信。她需要的也许不是一个随时纠错的老师，而是一个在她回头时，始终坐在那里的人。
"""

ESSAYS['balcony'] = """
家里的老房子是九十年代单位分的，南面有个六平米左右的阳台，这些年一直堆杂物，夏天晒得人进不去，冬天窗缝漏风。今年春节后下决心自己动手改造，前后折腾了一个多月，花了不到八千块，效果自己还挺满意，写出来给有同样想法的坛友参考。
一、先说拆旧
原来的钢窗已经锈得关不严，找了小区门口的师傅上门拆，连同旧的铁护栏一起拉走，拆装加清运一共六百块。拆完以后发现窗台下面的墙体有几处裂缝，用水泥砂浆补了两遍，干透以后刷了一层防水涂料。这一步千万别省，不然以后墙皮会一直起鼓。
二、窗户和地面
窗户换的是断桥铝推拉窗，中空玻璃，量尺寸、下单、安装都是窗厂负责，大概二十天到货。地面原来是水磨石，我没有砸，直接买了防滑的仿木纹地砖自己铺。之前在网上看了很多视频，第一块砖铺了快一个小时，后面越铺越顺，两个周末铺完。缝隙有点不均匀，但放上东西基本看不出来。
三、收纳和植物
阳台一侧做了一排到顶的储物柜，柜门刷成浅灰色，把原来堆在地上的工具箱、换季被褥都收了进去。另一侧靠窗装了一条实木台面，下面放洗衣机，上面可以叠衣服。窗边挂了几个铁艺花架，种了薄荷、绿萝和两盆月季，家里老人每天早上都去浇浇水。
四、几点体会
一是能自己干的尽量自己干，铺砖、刷漆这些活并不难，多看几遍教程就行；二是涉及防水、电路的一定要找专业的人，我阳台的插座就是请电工师傅重新走的线；三是预算留出一成的余量，中间总会冒出意想不到的开销。
现在傍晚坐在阳台上喝杯茶，看看楼下的梧桐树，感觉这一个多月的辛苦很值得。后面几楼我再补几张完工的照片。
"""

ESSAYS['movie'] = """
前几天整理老家的东西，翻出一张八几年的电影票，上面印着“桃花潭公社放映队”，一下子勾起了好多回忆，跟大家聊聊我们小时候的露天电影。
那时候村里放电影，是比过年还热闹的事。放映队一般提前两三天通知，消息像长了腿一样，一个下午就传遍了周围几个村。到了放映那天，孩子们放学书包一扔，就扛着家里的长条凳去打谷场占位置，谁占到正中间，能得意一整晚。
天一擦黑，放映员把白色的幕布挂在两根竹竿之间，发电机突突地响起来。放映机的光柱一打出去，飞蛾和小虫子在光里乱舞，我们就伸手在光里比划，幕布上出现一只只手影，引得大人骂，小孩笑。
放的片子多半是战斗片和戏曲片。我记得有一回放《地道战》，放到一半下起了小雨，没有一个人走，大家把草帽、塑料布顶在头上继续看。还有一次胶片烧断了，放映员在台上接片子，底下的人也不急，嗑着瓜子聊着天，等了二十多分钟接着看。
最有意思的是跑片。一部电影几个村轮着放，我们村放完第一本，骑自行车的小伙子就赶紧把胶片送到下一个村，再把下一本带回来。有时候等片子等到半夜，孩子们在大人怀里睡着了，醒来电影已经放完，只记得一片星星。
现在家家有电视、人人有手机，想看什么电影点一下就有，可再也找不到那种全村人坐在一起，仰着脖子看一块白布的感觉了。不知道坛友们小时候有没有类似的经历？
"""

ESSAYS['garden'] = """
雨是半夜落下来的。清早推开后门，菜园里的一切都湿漉漉的，空心菜的叶子上顶着水珠，一碰就滚下去，落进泥土里不见了。
母亲已经戴着斗笠在地里了。她说雨天好移苗，苗子不容易蔫。我蹲在田埂上看她把辣椒苗一棵一棵栽下去，指头在泥里按两下，苗就站稳了。雨丝细细地斜过来，打在斗笠上沙沙作响。
那一刻我忽然觉得，这块菜园就是母亲的一本书，她每天都在里面读一点，写一点，从来不嫌慢。
"""

ESSAYS['bicycle'] = """
楼道里那辆旧自行车，已经放了快二十年。车把上的漆掉光了，车铃早就不响，可谁也舍不得扔。
那是父亲当年用第一个月的奖金买的。他骑着它上下班，后座上驮过米面，驮过煤球，也驮过上学的我。冬天的早晨，我把脸贴在他的棉袄后背上，听车链子咔嗒咔嗒地响，觉得那就是世界上最安稳的声音。
前些天父亲说要把车修一修，给它换上新的轮胎。我问他修好了骑去哪儿，他笑着说，骑到菜市场，再骑回来。
"""

ESSAYS['persimmon'] = """
老屋门前有一棵柿子树，是祖父年轻时栽下的。每到深秋，叶子落尽了，满树的柿子像一盏盏小灯笼，挂在灰蓝的天空下。
祖母从不让我们把柿子摘光。她说树梢上要留几个，给过冬的鸟雀吃。于是每年冬天，总有喜鹊落在枝头，啄一口，抬头看看，再啄一口。
祖母走后，柿子树依旧年年结果。我们仍照她的规矩，在树上留几个最红的。
"""

ESSAYS['station'] = """
那个小站在山脚下，一天只停两趟慢车。站台很短，水泥地面的缝隙里长着车前草，站房的墙上刷着早已褪色的站名。
我上中学那几年，每周日傍晚都在这里等车回学校。值班的老站长总是提前十分钟拎着信号灯走出来，看一眼铁轨的尽头，再看一眼我们这些背着干粮袋的孩子。
后来通了高铁，小站停办了。听说站房改成了护林点，老站长的那盏信号灯，还挂在墙上。
"""

ESSAYS['market'] = """
冬天的早市，是一天里最先醒来的地方。
天还没亮透，菜场门口的路灯下已经停满了三轮车。卖菜的人呵着白气，把一筐筐萝卜、白菜、芥菜搬下来，码得整整齐齐。青菜上还挂着霜，叶尖有一点发白，摸上去冰凉，却格外脆嫩。
我喜欢在这个时候去买菜。人不多，摊主们有空闲聊天，也愿意多让你挑一挑。卖豆腐的大婶总是裹着一件枣红色的棉袄，豆腐盛在木板上，冒着一缕缕热气。她切豆腐的时候刀很稳，一刀下去，方方正正，从不用秤，说多少就是多少。
菜场最里面是卖干货的老郭。他的摊位上摆着几十个竹筐，香菇、木耳、红枣、花椒，样样都有。老郭是个爱讲古的人，你买二两花椒，他能跟你讲半天哪个山里的花椒最麻。有一回我问他在这里摆摊多少年了，他掰着指头算了算，说：“你小时候跟你妈来买东西，我就在了。”
临近年关，菜场一天比一天热闹。卖春联的、卖腊肉的、卖糖瓜的，把过道挤得满满当当。人们手里拎着大包小包，说话的声音也比平时高了几分，好像要把一年的日子都装进菜篮子里带回家。
我有时候想，一座城市的性格，藏在它的菜场里。这里没有什么惊天动地的事，只有一棵菜、一块豆腐、一句家常话。可正是这些琐碎的东西，把清冷的冬天捂得热乎乎的。
买完菜出来，天已经大亮。我拎着一兜青菜往家走，回头看看，早市的灯还亮着，人声还在，像一锅刚刚烧开的水。
"""

ESSAYS['photo'] = """
家里有一张老照片，是一九七九年在县城照相馆拍的全家福。
照片是黑白的，边缘已经泛黄，右下角印着照相馆的名字。祖父坐在正中间，穿着一件洗得发白的中山装，双手放在膝盖上，腰板挺得笔直。祖母坐在他旁边，头发梳得一丝不乱。父亲和两个叔叔站在后排，年轻得让我几乎认不出来。最前面蹲着的小姑娘是我的姑姑，那年她才六岁，扎着两个小辫子，眼睛瞪得圆圆的，大概是被照相师傅的镁光灯吓着了。
听父亲说，拍这张照片是因为大叔叔要去外地当兵。全家人天不亮就出发，走了二十多里山路赶到县城，在照相馆门口排了一上午的队。照相师傅让大家别眨眼，数到三，“咔嚓”一声，一家人的样子就留在了那一天。
后来，大叔叔在部队里干了十几年，转业后留在了北方；二叔叔考上了师范，在邻县教了一辈子书；姑姑嫁到了省城。一家人天南地北，再也没有像照片上那样整整齐齐地坐在一起过。
祖父去世那年，我们在整理遗物时发现，这张照片一直压在他床头的玻璃板下面。玻璃板上有一小块地方被摸得特别亮，正好是照片上大叔叔站的位置。
去年春节，大叔叔回老家过年。父亲把照片拿出来，兄弟三个凑在一起看了很久。大叔叔指着照片上的自己说：“那时候真瘦啊。”说完大家都笑了，笑着笑着，姑姑的眼圈红了。
我用手机把这张照片翻拍下来，发到了家族群里。不一会儿，群里的侄子侄女们纷纷问：这是谁？那是谁？我一个一个地告诉他们。我想，只要还有人问，还有人讲，这张照片里的日子就不会真正过去。
"""

# traditional-script news (dongpu)
ESSAYS['soe'] = """
今年一季度，東浦機械廠新簽訂單金額同比增長三成以上，產品首次批量出口東南亞市場。這家有著六十多年歷史的國有企業，正在以深化改革激發新的活力。
東浦機械廠始建於一九六二年，主要生產農業機械和小型工程機械。前些年，由於產品更新慢、管理層級多，企業一度陷入虧損。二〇二一年起，廠裏按照全縣國有企業改革的統一部署，推行任期制和契約化管理，壓減管理層級，將原來的十二個科室整合為六個部門。
「過去一張採購單要簽五六個字，現在兩天就能走完流程。」廠長蔣正和告訴記者，改革後廠裏把更多資源投向研發，與省內兩所高校共建了技術中心，近三年開發新產品十一個，其中小型履帶式收割機填補了省內空白。
在生產車間，記者看到，新上的焊接機器人正在有序作業。車間主任杜衛國說，這條生產線投用後，焊接效率提高了近一倍，產品合格率穩定在百分之九十九以上。
企業效益好了，職工收入也跟著增長。去年廠裏職工人均收入同比增長百分之十二，還新招收了三十多名大中專畢業生。
縣國資委有關負責人表示，下一步將繼續推進國有企業改革深化提升行動，支持企業加快轉型升級，做強做優主業。
"""

ESSAYS['road'] = """
「以前下雨天出門，一腳泥一腳水，現在水泥路修到了家門口，騎電動車十分鐘就能到鎮上。」東浦縣青崗鄉楊柳村村民邢桂芳說起村裏的變化，臉上滿是笑容。
今年以來，東浦縣繼續實施農村公路提檔升級工程，計劃新建和改造鄉村公路一百二十公里，重點解決自然村和較大居民點之間的「斷頭路」問題。截至五月底，已完工六十八公里，惠及群眾兩萬餘人。
楊柳村地處山區，全村九個自然村分散在三條山溝裏。過去只有一條砂石路通往鄉裏，村民賣菜、孩子上學都很不方便。今年三月，連接楊柳村各自然村的環村公路動工，路面寬四點五米，沿線還安裝了防護欄和太陽能路燈。
路通了，產業也跟著活起來。村裏的高山蔬菜基地過去靠肩挑背扛運出山，現在貨車可以直接開到田邊，收購價每斤提高了兩三毛錢。
村黨支部書記邢大勇告訴記者，修路期間，村民們主動讓出宅前屋後的邊角地，有的還義務幫施工隊搬運材料、燒水做飯。「大家盼這條路盼了幾十年，誰都想出一份力。」如今，村裏正在籌劃沿路發展農家樂，讓城裏人週末也能進山看看。
縣交通運輸局表示，將同步建立農村公路管護制度，每條路都明確鄉村道員，做到有路必養、養必到位。
"""

ESSAYS['canteen'] = """
中午十一點半，東浦縣城南街道和平社區老年食堂裏飄出了飯菜香。紅燒豆腐、清炒時蔬、番茄蛋湯，一葷兩素一湯，七十五歲的獨居老人譚秀蘭只花了八元錢。
「自己做飯嫌麻煩，一個人吃也沒胃口，現在走幾步路就能吃上熱乎飯，還能和老姐妹們聊聊天。」譚秀蘭說。
和平社區老年食堂於上月正式開張，由社區提供場地，引入專業餐飲企業運營，面向轄區六十歲以上老人供應午餐和晚餐。八十歲以上老人和低保、特困老人就餐可享受不同程度的補貼，行動不便的老人還可以預約送餐上門。
食堂負責人龔志明介紹，菜品每週更換一次，少油少鹽，軟爛適口，還專門為患有糖尿病的老人準備了低糖餐。開張一個月來，每天就餐人數穩定在一百二十人左右。
記者在現場看到，食堂大廳寬敞明亮，桌椅的邊角都做了圓弧處理，地面鋪設了防滑地磚，取餐窗口旁還放著老花鏡和放大鏡。幾位老人吃完飯並不急著走，坐在一旁的休息區下棋、看報，志願者則在一旁幫忙量血壓。
據了解，今年東浦縣計劃新建老年食堂和助餐點十五個，基本實現城區社區全覆蓋，讓老年人在家門口享受便利的養老服務。
"""

# ---------------------------------------------------------------- machinery
import os
import re
import sys
import html as _html

OUT = sys.argv[1] if len(sys.argv) > 1 else '.'
PAGES = []  # (name, bytes, gold_text)


def lines(key):
    return [l.strip() for l in ESSAYS[key].strip().split('\n') if l.strip()]


def esc(s, quotes=False):
    s = s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    if quotes:
        s = s.replace('\u201c', '&ldquo;').replace('\u201d', '&rdquo;')
        s = s.replace('\u2014', '&mdash;').replace('\u00b7', '&middot;')
    return s


def numesc(s, chars='\u201c\u201d\u3001'):
    """escape some characters as numeric entities, as some e-paper CMSs do"""
    s = esc(s)
    return ''.join('&#%d;' % ord(c) if c in chars else c for c in s)


def add(name, body, enc, url, charset, title='', author='', published='',
        text=None, kind=None, ctype=None):
    if isinstance(body, str):
        body = body.encode(enc)
    head = ['page: %s' % name, 'url: %s' % url, 'charset: %s' % charset]
    if ctype:
        head.append('content-type: %s' % ctype)
    if kind:
        head.append('kind: %s' % kind)
    head += ['title: %s' % title, 'author: %s' % author, 'published: %s' % published]
    gold = '\n'.join(head) + '\n\n' + ('\n'.join(text or []) + '\n' if text else '')
    PAGES.append((name, body, gold))


def crlf(s):
    return s.replace('\r\n', '\n').replace('\n', '\r\n')


# ============================================================ 1. yunzhourb
# 云州日报 数字报 (Founder-like e-paper)

YZ_PAGES = [
    ('01', '要闻'), ('02', '要闻'), ('03', '民生'), ('04', '经济'),
    ('05', '云水间'), ('06', '文体'), ('07', '专版'), ('08', '广告'),
]
YZ_BANMIAN_TITLES = {
    '01': ['公交“微改造”让老城出行更顺畅', '全市一季度经济运行稳中向好', '云州港集装箱吞吐量创同期新高', '市政府召开常务会议'],
    '03': ['滨河夜市开市首月客流超四十万人次', '十二个老旧小区加装电梯开工', '我市新增三处口袋公园', '医保服务进社区活动启动'],
    '05': ['老街的修表铺', '槐花饭', '在父亲的菜地里', '江边听雨（外一首）', '春日随笔三则'],
}


def yz_page(date, ver, verName, arts, body_html, meta_cs, title_tag, cur_pid):
    y, m, d = date
    nav = '\n'.join(
        '      <li%s><a href="node_%d.html" id="pageLink">第%s版：%s</a></li>' % (
            ' class="cur"' if v == ver else '', 10 + int(v), v, n) for v, n in YZ_PAGES)
    artlist = '\n'.join(
        '      <li><a href="content_%d.html"><div style="display:inline">%s</div></a></li>' % (
            cur_pid + i, esc(t)) for i, t in enumerate(arts))
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={meta_cs}" />
<title>{title_tag}</title>
<meta name="keywords" content="云州日报,数字报,电子版" />
<link href="../../../resource/css/epaper.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="../../../resource/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">
var currentPage = "{ver}"; var paperDate = "{y}-{m:02d}-{d:02d}";
function showArea(id){{ $("#area_"+id).addClass("hover"); }}
</script>
</head>
<body>
<!-- 顶部 -->
<div class="header">
  <div class="logo"><img src="../../../resource/images/logo_yzrb.png" alt="云州日报" /></div>
  <div class="date-bar">{y}年{m:02d}月{d:02d}日 星期{"一二三四五六日"[__import__("datetime").date(y, m, d).weekday()]} &nbsp; 第{ver}版：{verName}</div>
  <div class="tools"><a href="../../../html/{y}-{m:02d}/{d:02d}/node_11.html">返回首版</a> | <a href="../../../period.html">往期回顾</a> | <a href="http://www.yunzhou.com.cn/">云州新闻网</a> | <a href="../../../pdf/{y}{m:02d}{d:02d}.pdf">PDF下载</a></div>
</div>
<div class="main clearfix">
  <div class="left">
    <div class="bm-title">版面导航</div>
    <ul class="bm-list">
{nav}
    </ul>
    <div class="search"><form action="../../../search.jsp" method="get"><input type="text" name="q" value="" /><input type="submit" value="检索" /></form></div>
  </div>
{body_html}
  <div class="right">
    <div class="bm-title">本版新闻</div>
    <ul class="art-list">
{artlist}
    </ul>
    <div class="calendar" id="calendar"><script type="text/javascript">document.write(showCalendar("{y}-{m:02d}"));</script></div>
  </div>
</div>
<!-- 底部 -->
<div class="footer">
  <p>云州日报社主办 &nbsp; 版权所有 &copy; 云州日报社 &nbsp; 未经书面授权禁止转载</p>
  <p>地址：云州市迎宾大道88号 &nbsp; 邮编：418000 &nbsp; <a href="https://beian.miit.gov.cn/">湘ICP备09031876号-1</a></p>
</div>
<script type="text/javascript" src="https://hm.baidu.com/hm.js?7b2f0c11e4a8d9"></script>
</body>
</html>
'''


def yz_article(name, date, ver, verName, pid, yinti, zhuti, futi, byline, paras,
               meta_cs, enc, charset, author, img=None, prevnext=('', '')):
    y, m, d = date
    rows = []
    for p in paras:
        if img and p == img[0]:
            rows.append('<founder-content><!--enpcontent--></founder-content>'
                        '<table class="pic" align="center"><tr><td><img src="../../../res/1/{0}/{1:02d}/{2:02d}/{3}.jpg" width="480" /></td></tr>'
                        '<tr><td class="pic-desc">{4}</td></tr><tr><td class="pic-author">{5}</td></tr></table>'.format(
                            y, m, d, pid, numesc(p), esc(img[1])))
            continue
        if p.startswith('——') and futi:
            continue
        rows.append('<p>&nbsp;&nbsp;&nbsp;&nbsp;%s</p>' % numesc(p))
    head = ''
    if yinti:
        head += '      <h3 class="yinti">%s</h3>\n' % numesc(yinti)
    head += '      <h1 class="zhuti">%s</h1>\n' % numesc(zhuti)
    if futi:
        head += '      <h2 class="futi">%s</h2>\n' % numesc(futi)
    body = f'''  <div class="center">
    <div class="article">
{head}      <div class="byline">{byline}</div>
      <div class="content" id="ozoom">
<!--enpproperty <articleid>{pid}</articleid><date>{y}-{m:02d}-{d:02d} 00:00:00:0</date><author>{author}</author><title>{zhuti}</title><introtitle>{yinti}</introtitle><subtitle>{futi.lstrip('—')}</subtitle><pagenumber>{ver}</pagenumber><pagename>{verName}</pagename>/enpproperty--><!--enpcontent-->
{chr(10).join(rows)}
<!--/enpcontent-->
      </div>
      <div class="prevnext">{prevnext[0]}{prevnext[1]}</div>
      <div class="share">分享到：<a class="wx" href="javascript:void(0)">微信</a> <a class="wb" href="javascript:void(0)">微博</a> <a href="javascript:window.print()">打印</a></div>
    </div>
  </div>'''
    arts = YZ_BANMIAN_TITLES[ver]
    html_ = yz_page(date, ver, verName, arts, body, meta_cs,
                    '%s - 云州日报数字报' % zhuti, pid)
    url = 'https://www.yunzhourb.com/html/%d-%02d/%02d/content_%d.html' % (y, m, d, pid)
    gold = [p for p in paras if not (p.startswith('——') and not futi)]
    if futi:
        gold = [futi] + [p for p in paras if not p.startswith('——')]
    add(name, html_, enc, url, charset, zhuti, author, '%d-%02d-%02d' % date, gold)


def yz_build():
    bus = lines('bus')
    yz_article('z-yunzhourb-1.html', (2024, 5, 14), '01', '要闻', 1186420,
               '三条线路调整优化 四百余个站点实现无障碍上下车',
               '公交“微改造”让老城出行更顺畅', bus[0], '本报记者 孙一帆',
               bus[1:], 'utf-8', 'utf-8', 'utf-8', '孙一帆',
               prevnext=('', '<a href="content_1186421.html">下一篇：全市一季度经济运行稳中向好 &gt;&gt;</a>'))
    # 副刊 essay, GB2312 with no header charset
    yz_article('z-yunzhourb-2.html', (2024, 5, 14), '05', '云水间', 1186452,
               '', '老街的修表铺', '', '&#9633; 何望舒', lines('watch'),
               'gb2312', 'gb2312', '', '何望舒',
               prevnext=('<a href="content_1186451.html">&lt;&lt; 上一篇：春日随笔三则</a> ', '<a href="content_1186453.html">下一篇：槐花饭 &gt;&gt;</a>'))
    nm = lines('nightmarket')
    cap = '滨河夜市里，市民在摊位前挑选小吃。'
    yz_article('z-yunzhourb-3.html', (2024, 5, 14), '03', '民生', 1186431,
               '夜市烟火气 城市新活力', '滨河夜市开市首月客流超四十万人次', '',
               '本报记者 唐蕾 文/图', nm, 'gbk', 'utf-8', 'utf-8', '唐蕾',
               img=(cap, '本报记者 唐蕾 摄'),
               prevnext=('<a href="content_1186430.html">&lt;&lt; 上一篇：医保服务进社区活动启动</a> ', '<a href="content_1186432.html">下一篇：十二个老旧小区加装电梯开工 &gt;&gt;</a>'))
    # listing: 版面 page of 05 with image map
    areas = []
    coords = ['32,40,300,410', '310,40,560,260', '310,270,560,410', '32,420,300,700', '310,420,560,700']
    for i, (t, c) in enumerate(zip(YZ_BANMIAN_TITLES['05'], coords)):
        areas.append('<area shape="rect" coords="%s" href="content_%d.html" alt="%s" onmouseover="showArea(%d)" />' % (c, 1186452 + i, esc(t), i))
    body = '''  <div class="center">
    <div class="paper-img">
      <img src="../../../res/1/2024/05/14/05/b_05.jpg" usemap="#PagePicMap" width="600" border="0" alt="第05版：云水间" />
      <map name="PagePicMap" id="PagePicMap">
        %s
      </map>
    </div>
    <div class="page-turn"><a href="node_14.html">上一版</a> <a href="node_16.html">下一版</a> <a href="../../../pdf/20240514/05.pdf">本版PDF</a></div>
  </div>''' % '\n        '.join(areas)
    html_ = yz_page((2024, 5, 14), '05', '云水间', YZ_BANMIAN_TITLES['05'], body, 'utf-8',
                    '云州日报数字报-第05版：云水间', 1186452)
    add('z-yunzhourb-4.html', html_, 'utf-8',
        'https://www.yunzhourb.com/html/2024-05/14/node_15.html', 'utf-8', kind='listing')


# ============================================================ 2. baixidj
# 柏溪先锋网 (county party-building portal, table layout, GBK)

BX_NAV = ['首页', '工作动态', '基层党建', '组工信息', '干部队伍', '人才工作', '先锋风采', '专题专栏', '党员教育', '政策法规', '网上党校', '联系我们']


def bx_frame(title_tag, meta_cs, crumb, main, left_extra=''):
    nav = '<td width="2" bgcolor="#ffd200"></td>'.join(
        '<td align="center" class="nav"><a href="/%s/" class="navlink">%s</a></td>' % ('index' if i == 0 else 'col%02d' % i, n)
        for i, n in enumerate(BX_NAV))
    left = '\n'.join('<tr><td height="26" class="lk">&middot; <a href="/col%02d/">%s</a></td></tr>' % (i + 1, n) for i, n in enumerate(
        ['县委组织部简介', '领导之窗', '机构设置', '党员发展', '组织关系转接', '党费收缴', '农村党建', '社区党建', '两新组织党建', '机关党建', '表格下载', '组工信箱']))
    return f'''<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={meta_cs}">
<title>{title_tag}</title>
<meta name="keywords" content="柏溪先锋网,柏溪县委组织部,党建">
<link href="/images/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/date.js"></script>
<style type="text/css">
<!--
body {{ margin:0px; background:#f3f3f3; font-size:12px; }}
.nav {{ font-size:14px; font-weight:bold; }}
.navlink {{ color:#fff; text-decoration:none; }}
.lk {{ padding-left:10px; }}
.content {{ font-size:14px; line-height:28px; }}
-->
</style>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr><td height="28" bgcolor="#b40000" style="color:#fff;padding-left:10px">今天是：<script>writeDate();</script> &nbsp; <a href="/" style="color:#fff">设为首页</a> | <a href="javascript:window.external.AddFavorite(location.href,'柏溪先锋网')" style="color:#fff">加入收藏</a></td></tr>
  <tr><td><img src="/images/banner.jpg" width="1000" height="150" alt="柏溪先锋网"></td></tr>
  <tr><td height="36" bgcolor="#c00000"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>{nav}</tr></table></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td width="220" valign="top" style="border-right:1px solid #e5e5e5">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="32" background="/images/left_t.gif" class="lt">&nbsp;&nbsp;<b>组织工作</b></td></tr>
{left}
        <tr><td height="10"></td></tr>
        <tr><td align="center"><a href="http://www.12371.cn/" target="_blank"><img src="/images/gcdyw.jpg" width="200" height="60" border="0" alt="共产党员网"></a></td></tr>
        <tr><td align="center"><a href="/col12/"><img src="/images/zgxx.jpg" width="200" height="60" border="0" alt="组工信箱"></a></td></tr>
{left_extra}
      </table>
    </td>
    <td width="780" valign="top">
      <table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
        <tr><td height="32" class="crumb">当前位置：<a href="/">首页</a> &gt;&gt; {crumb}</td></tr>
      </table>
{main}
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#b40000" style="color:#fff">
  <tr><td height="24" align="center">主办：中共柏溪县委组织部 &nbsp;&nbsp; 承办：柏溪县融媒体中心 &nbsp;&nbsp; 联系电话：0736-5521345</td></tr>
  <tr><td height="24" align="center">版权所有：柏溪先锋网 &nbsp; <a href="https://beian.miit.gov.cn/" style="color:#fff">赣ICP备12004573号-2</a> &nbsp; 技术支持：柏溪县信息中心</td></tr>
  <tr><td height="24" align="center"><script language="javascript" src="/count/count.asp?id=1"></script></td></tr>
</table>
</body>
</html>
'''


def bx_article(name, aid, date, title, author, source, editor, paras, headings, meta_cs, enc,
               charset, related, hits):
    rows = []
    for p in paras:
        if p in headings:
            rows.append('<p style="text-indent:2em"><strong>%s</strong></p>' % esc(p, True))
        else:
            rows.append('<p style="text-indent:2em">%s</p>' % esc(p, True))
    auth_cell = ('作者：%s&nbsp;&nbsp;' % author) if author else ''
    rel = '\n'.join('<tr><td height="24" class="lk">&middot; <a href="/col02/%d.html" target="_blank">%s</a></td><td width="90" align="right">%s</td></tr>' % (
        aid - 7 * (i + 1), esc(t, True), dd) for i, (t, dd) in enumerate(related))
    main = f'''      <table width="96%" border="0" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #e0e0e0">
        <tr><td height="60" align="center" style="font-size:22px;font-weight:bold;color:#b40000;padding-top:10px">{esc(title, True)}</td></tr>
        <tr><td height="30" align="center" style="border-bottom:1px dashed #ccc;color:#666">{auth_cell}来源：{source}&nbsp;&nbsp;发布时间：{date} &nbsp;&nbsp;点击数：<span id="hits">{hits}</span>&nbsp;&nbsp;【字体：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】</td></tr>
        <tr><td class="content" style="padding:15px 20px" id="fontzoom">
<!--正文开始-->
{chr(10).join(rows)}
<!--正文结束-->
        </td></tr>
        <tr><td align="right" style="padding-right:20px;color:#666">责任编辑：{editor}</td></tr>
        <tr><td align="right" height="30" style="padding-right:20px">【<a href="javascript:window.print()">打印本页</a>】 【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
        <tr><td height="10"></td></tr>
      </table>
      <table width="96%" border="0" align="center" cellpadding="0" cellspacing="0" style="margin-top:10px">
        <tr><td height="30" colspan="2" style="border-bottom:2px solid #b40000"><b style="color:#b40000">相关阅读</b></td></tr>
{rel}
      </table>'''
    html_ = bx_frame('%s_柏溪先锋网' % title, meta_cs,
                     '<a href="/col02/">基层党建</a> &gt;&gt; 正文', main)
    add(name, html_, enc, 'https://www.baixidj.com/col02/%d.html' % aid, charset,
        title, author, date[:10], paras)


def bx_build():
    tea = lines('tea')
    bx_article('z-baixidj-1.html', 5318, '2024-04-23 09:16:42', '茶山上的党支部', '江文涛', '柏溪县委组织部', '邹凯',
               tea, {'一片叶子富了一方百姓', '党员就在身边', '小茶叶串起产业链'}, 'gb2312', 'gbk', 'gbk',
               [('我县召开2024年基层党建工作推进会', '2024-04-19'), ('“党建+合作社”激活乡村振兴一池春水', '2024-04-12'),
                ('白石镇：党员志愿服务队助力春耕生产', '2024-04-08'), ('县委书记调研村级集体经济发展工作', '2024-03-29'),
                ('柏溪县开展农村党员冬春集中轮训', '2024-03-15')], 3127)
    bx_article('z-baixidj-2.html', 5342, '2024-05-08 16:02:10', '“红色代办员”跑出为民服务加速度', '', '柏溪县融媒体中心', '黎晓芸',
               lines('errand'), set(), 'gbk', 'gbk', '',
               [('城关镇：网格化管理让服务更贴心', '2024-04-30'), ('南岭社区开展“党员进小区”活动', '2024-04-26'),
                ('我县评选表彰一批优秀网格员', '2024-04-17')], 1864)
    # listing: calendar archive
    cal = []
    import datetime
    first = datetime.date(2024, 4, 1)
    has = {1: 2, 3: 1, 8: 3, 12: 2, 15: 1, 19: 2, 23: 4, 26: 1, 30: 2}
    cells = ['<td class="empty">&nbsp;</td>'] * first.weekday()
    for day in range(1, 31):
        if day in has:
            cells.append('<td class="has"><a href="/archive/2024-04-%02d.html" title="%d篇文章">%d</a><br><span class="n">%d篇</span></td>' % (day, has[day], day, has[day]))
        else:
            cells.append('<td class="none"><a href="/archive/2024-04-%02d.html" title="当日无文章">%d</a><br><span class="n">无</span></td>' % (day, day))
    while len(cells) % 7:
        cells.append('<td class="empty">&nbsp;</td>')
    for i in range(0, len(cells), 7):
        cal.append('<tr align="center" height="48">' + ''.join(cells[i:i + 7]) + '</tr>')
    main = '''      <table width="96%%" border="0" align="center" cellpadding="0" cellspacing="0">
        <tr><td height="40" align="center"><a href="/archive/2024-03.html">&lt;&lt; 2024年3月</a> &nbsp;&nbsp; <b style="font-size:18px">2024年4月 文章日历</b> &nbsp;&nbsp; <a href="/archive/2024-05.html">2024年5月 &gt;&gt;</a></td></tr>
      </table>
      <table width="96%%" border="1" bordercolor="#e0e0e0" align="center" cellpadding="0" cellspacing="0" style="border-collapse:collapse" class="calendar">
        <tr bgcolor="#fbeaea" height="30" align="center"><th>一</th><th>二</th><th>三</th><th>四</th><th>五</th><th>六</th><th>日</th></tr>
        %s
      </table>
      <table width="96%%" border="0" align="center" cellpadding="0" cellspacing="0">
        <tr><td height="40" style="color:#999">说明：点击日期查看当日发布的文章；标注“无”的日期暂无文章。本月共发布文章18篇。</td></tr>
      </table>''' % '\n        '.join(cal)
    add('z-baixidj-3.html', bx_frame('2024年4月文章日历_柏溪先锋网', 'gb2312', '文章归档', main), 'gb2312',
        'https://www.baixidj.com/archive/2024-04.html', 'gb2312', kind='listing')
    # listing: 专题 page
    cols = [
        ('产业兴旺', ['茶山上的党支部', '石门村茶叶合作社入社农户突破一百二十户', '柏溪高山蔬菜走上粤港澳餐桌', '“一村一品”让村集体腰包鼓起来', '白石镇油茶基地迎来丰收']),
        ('生态宜居', ['青崗河流域综合治理取得阶段性成效', '我县推进农村人居环境整治提升', '美丽庭院评选活动启动', '垃圾分类进农家']),
        ('乡风文明', ['新时代文明实践站点实现全覆盖', '移风易俗倡议书', '“好媳妇”“好婆婆”评选结果公示', '农家书屋里的读书声']),
        ('人才振兴', ['返乡青年邱晓雯：把家乡茶卖向全国', '我县举办乡村振兴带头人培训班', '百名科技特派员下乡服务']),
    ]
    blocks = []
    for cname, items in cols:
        lis = '\n'.join('<tr><td height="24" class="lk">&middot; <a href="/zt/xczx/%d.html">%s</a></td><td width="80" align="right" style="color:#999">2024-0%d-%02d</td></tr>' % (
            6000 + i * 3 + len(cname), esc(t, True), 3 + i % 3, 5 + i * 4) for i, t in enumerate(items))
        blocks.append('''      <table width="96%%" border="0" align="center" cellpadding="0" cellspacing="0" style="margin-top:8px">
        <tr><td height="30" style="border-bottom:2px solid #b40000"><b style="color:#b40000">%s</b></td><td align="right" style="border-bottom:2px solid #b40000"><a href="/zt/xczx/list_%s.html">更多&gt;&gt;</a></td></tr>
%s
      </table>''' % (cname, len(cname), lis))
    main = '''      <table width="96%%" border="0" align="center" cellpadding="0" cellspacing="0">
        <tr><td><img src="/zt/xczx/images/zt_banner.jpg" width="740" height="120" alt="专题：乡村振兴在柏溪"></td></tr>
        <tr><td height="50" style="background:#fff7e6;padding:8px;line-height:22px">【专题导语】全面推进乡村振兴，柏溪在行动。本专题集中展示全县各级党组织引领产业发展、改善人居环境、培育文明乡风的经验做法。</td></tr>
      </table>
%s''' % '\n'.join(blocks)
    add('z-baixidj-4.html', bx_frame('专题：乡村振兴在柏溪_柏溪先锋网', 'gb2312', '<a href="/col08/">专题专栏</a> &gt;&gt; 乡村振兴在柏溪', main).encode('gb18030'),
        'gb18030', 'https://www.baixidj.com/zt/xczx/', 'gb18030', kind='listing')


# ============================================================ 3. yuedian
# 阅点 (WeChat-like article pages, mp.yuedian.com)

YD_COMMENT_POOL = [
    ('一棵树', '写得真好，看哭了。'), ('阿May', '同款经历，感同身受。'), ('老周', '收藏了，晚上慢慢再看一遍。'),
    ('小满', '好温暖的文字。'), ('行者无疆', '作者的文笔越来越好了。'), ('Lemon🍋', '转给我妈看了。'),
    ('青青子衿', '最后一段太戳心了。'), ('木子李', '每期必看，支持！'), ('向日葵', '想起了我自己小时候。'),
    ('风过留痕', '文字朴素，却很打动人。'), ('陈陈', '点赞在看，一键三连。'), ('北方的狼', '希望多写写这样的生活。'),
    ('糖糖妈', '说出了我们的心声。'), ('清风徐来', '读完心里暖暖的。'),
]


def yd_comments(offset, n):
    items = []
    for i in range(n):
        nick, txt = YD_COMMENT_POOL[(offset + i) % len(YD_COMMENT_POOL)]
        likes = (offset * 7 + i * 13) % 97 + 1
        reply = ''
        if i in (0, 4):
            reply = '''
          <div class="discuss_reply"><span class="reply_tag">作者</span><div class="discuss_reply_content">谢谢你的留言{0}</div></div>'''.format('，一起加油！' if i == 0 else '。')
        items.append(f'''        <li class="discuss_item">
          <div class="user_info"><img class="avatar" src="https://mmbiz.yuedian.com/avatar/{offset}{i}.png"><strong class="nickname">{esc(nick)}</strong><span class="discuss_ip">{['浙江', '湖南', '四川', '广东', '江苏'][i % 5]}</span></div>
          <div class="discuss_message"><div class="discuss_message_content">{esc(txt)}</div></div>
          <div class="discuss_extra_info"><span class="praise_num">{likes}</span></div>{reply}
        </li>''')
    return '\n'.join(items)


def yd_page(name, sn, title, author, account, date_shown, create_time, paras, enc, meta, charset,
            original=True, reprint=None, first_is_byline=False, wangqi=(), ncom=12, coff=0, captions=()):
    body = []
    for p in paras:
        if p in captions:
            body.append('<section style="text-align:center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.yuedian.com/mmbiz_jpg/%s/640" style="width:100%%;"></section>\n'
                        '<p style="text-align:center;"><span style="font-size:12px;color:rgb(136,136,136);">%s</span></p>' % (sn[:8], esc(p)))
            continue
        body.append('<p style="margin-bottom:16px;line-height:1.75em;letter-spacing:1px;"><span style="font-size:15px;color:rgb(62,62,62);" leaf="">%s</span></p>' % esc(p))
        body.append('<p><br></p>') if len(p) > 120 else None
    orig = '<span id="copyright_logo" class="rich_media_meta rich_media_meta_text meta_original_tag">原创</span>\n' if original else ''
    auth = '<span class="rich_media_meta rich_media_meta_text">%s</span>\n' % esc(author) if (author and not first_is_byline) else ''
    rp = ''
    if reprint:
        rp = '<section class="reprint_notice" style="padding:8px 12px;background:#f7f7f7;font-size:14px;color:#888;">本文转载自公众号「%s」，已获授权。</section>\n' % reprint
    wq = '\n'.join('<li><a href="https://mp.yuedian.com/s/%s">%s</a></li>' % (s, esc(t)) for s, t in wangqi)
    meta_tag = '<meta charset="%s">' % meta if meta else ''
    html_ = f'''<!DOCTYPE html>
<html>
<head>
{meta_tag}
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{account}">
<meta name="author" content="{esc(author or account)}">
<title>{esc(title)}</title>
<link rel="stylesheet" href="https://res.yuedian.com/mmbizappmsg/zh_CN/htmledition/js/assets/appmsg.css">
<script type="text/javascript">
var msg_title = '{title}'.html(false);
var nickname = "{account}";
var ct = "{create_time[1]}";
var createTime = '{create_time[0]}';
var user_name = "gh_{sn[:12]}";
var msg_link = "https://mp.yuedian.com/s/{sn}";
</script>
</head>
<body id="activity-detail" class="zh_CN mm_appmsg">
<div class="rich_media_wrp" id="js_article">
  <div class="rich_media_area_primary">
    <div class="rich_media_area_primary_inner">
      <div id="img-content" class="rich_media_wrp">
        <h1 class="rich_media_title" id="activity-name">
          {esc(title)}
        </h1>
        <div id="meta_content" class="rich_media_meta_list">
          {orig}          {auth}          <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">{account}</a></span>
          <em id="publish_time" class="rich_media_meta rich_media_meta_text">{date_shown}</em>
          <em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">发表于{['浙江', '江苏', '湖南'][len(title) % 3]}</em>
        </div>
        {rp}<div class="rich_media_content js_underline_content" id="js_content" style="visibility:visible;">
<section style="margin:0px 8px;">
{chr(10).join(x for x in body if x)}
<section style="text-align:center;"><span style="font-size:13px;color:#b2b2b2;">- END -</span></section>
<section style="text-align:center;"><img data-src="https://mmbiz.yuedian.com/qrcode/{sn[:6]}.jpg" style="width:40%;"></section>
<p style="text-align:center;"><span style="font-size:12px;color:#888;">长按识别二维码 关注{account}</span></p>
</section>
        </div>
        <div class="original_area_primary">喜欢此内容的人还喜欢</div>
        <div id="js_read_area3" class="read-more__area">
          <a id="js_view_source" href="https://mp.yuedian.com/s/{sn}_src">阅读原文</a>
          <span class="read_num">阅读 <span id="readNum3">{3000 + len(sn) * 97}</span></span>
          <span class="like_btn">赞</span> <span class="share_btn">分享</span> <span class="looking_btn">在看</span>
        </div>
        <div class="wangqi" id="js_related_area">
          <h3 class="wangqi_title">往期推荐</h3>
          <ul>
{wq}
          </ul>
        </div>
      </div>
    </div>
  </div>
  <div class="rich_media_area_extra">
    <div class="discuss_container" id="js_cmt_area">
      <div class="discuss_container_title">留言 {ncom}</div>
      <ul class="discuss_list" id="js_cmt_list">
{yd_comments(coff, ncom)}
      </ul>
      <div class="discuss_more">以上留言由公众号筛选后显示</div>
    </div>
  </div>
</div>
<div id="js_pc_qr_code" class="qr_code_pc"><img class="qr_code_pc_img" src="/mp/qrcode?scene=10000004&size=102&__biz=MzA{sn[:6]}"><p>微信扫一扫<br>关注该公众号</p></div>
<script type="text/javascript">
if (document.getElementById("publish_time").innerHTML == "") {{ document.getElementById("publish_time").innerHTML = createTime.substr(0, 10); }}
</script>
</body>
</html>
'''
    gold = [p for p in paras]
    if first_is_byline:
        gold = gold[1:]
    add(name, html_, enc, 'https://mp.yuedian.com/s/%s' % sn, charset, title, author,
        create_time[0][:10], gold)


def yd_build():
    yd_page('z-yuedian-1.html', 'Kq3vT8xLmW2pNa7cRf0e', '四十岁学游泳', '林晚舟', '晚舟随笔', '2024-03-02 07:30',
            ('2024-03-02 07:30', '1709335800'), lines('swim'), 'utf-8', 'utf-8', 'utf-8',
            wangqi=[('b7Hd2kQp', '父亲的老花镜'), ('c9Jm4rTz', '凌晨四点的菜市场'), ('d1Lx6sVw', '那些年我们写过的信')],
            ncom=12, coff=0)
    yd_page('z-yuedian-2.html', 'Pz8wQ1yHn4Ks6Ud3Ve5g', '社区图书馆里的周末', '陈叙白', '城事笔记', '2024-04-06 20:15',
            ('2024-04-06 20:15', '1712405700'), lines('library'), 'utf-8', 'utf-8', '',
            original=False, reprint='南湖书事', first_is_byline=True,
            wangqi=[('e2Nq8tXa', '城里最后一家老书店'), ('f4Pr0uYb', '地铁上读书的人'), ('g6Rs2vZc', '旧城改造里的一棵树'), ('h8Tu4wAd', '周末去哪儿：城南文化街区')],
            ncom=13, coff=5)
    yd_page('z-yuedian-3.html', 'Wm5eR7tYu9Io1Pa3Sd4f', '孩子的作业本', '苏禾', '禾田家书', '',
            ('2024-04-18 21:05', '1713445500'), lines('homework'), 'utf-8', 'utf-8', 'utf-8',
            wangqi=[('i1Vw6xBe', '别急着纠正孩子'), ('j3Xy8zCf', '陪孩子读完一本书')],
            ncom=12, coff=9)
    # listing: album page
    items = ['四十岁学游泳', '父亲的老花镜', '凌晨四点的菜市场', '那些年我们写过的信', '外公的收音机', '搬家记',
             '我家楼下的理发店', '一个人的春节', '在小城看雪', '母亲学用智能手机', '毕业二十年', '秋天的第一碗汤']
    lis = '\n'.join(f'''      <li class="album__list-item js_album_item" data-link="https://mp.yuedian.com/s/alb{i:02d}x" data-title="{t}">
        <div class="album__item-content"><div class="album__item-title"><span class="album__item-title-index">{23 - i}.</span>{esc(t)}</div>
        <div class="album__item-info"><span class="js_article_create_time">2024-0{3 - i // 6}-{28 - i * 2:02d}</span></div></div>
        <div class="album__item-img" style="background-image:url(https://mmbiz.yuedian.com/thumb/{i}.jpg)"></div>
      </li>''' for i, t in enumerate(items))
    html_ = f'''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>#生活随笔</title>
<link rel="stylesheet" href="https://res.yuedian.com/mmbizappmsg/zh_CN/htmledition/js/assets/album.css">
<script>var albumId = "2850173649258725377"; var nickname = "晚舟随笔"; var articleCount = "23";</script>
</head>
<body class="album_page">
<div class="album">
  <div class="album__head">
    <div class="album__head-cover" style="background-image:url(https://mmbiz.yuedian.com/album/cover.jpg)"></div>
    <div class="album__head-info">
      <div class="album__label-title">#生活随笔</div>
      <div class="album__author-name"><img src="https://mmbiz.yuedian.com/avatar/wzsb.png"><span>晚舟随笔</span></div>
      <div class="album__head-num"><span>23篇内容</span> · <span>1.2万人在看</span></div>
      <div class="album__desc">记录普通人的日常，写给每一个认真生活的人。</div>
    </div>
  </div>
  <div class="album__sort"><span class="sort_active">正序</span> | <span>倒序</span></div>
  <ul class="album__list js_album_list">
{lis}
  </ul>
  <div class="album__loading">正在加载...</div>
  <div class="album__footer"><a href="javascript:;">关注公众号</a></div>
</div>
</body>
</html>
'''
    add('z-yuedian-4.html', html_, 'utf-8',
        'https://mp.yuedian.com/mp/appmsgalbum?__biz=MzA5Nzc4&action=getalbum&album_id=2850173649258725377',
        'utf-8', kind='listing')


# ============================================================ 4. taohuatan
# 桃花潭论坛 (Discuz! X3.4, UTF-8)

TH_USERS = {
    '青石板路': (10384, '中级会员', 1260, '业余木匠，专业折腾。'),
    '老郑头': (2231, '金牌会员', 5873, '桃花潭人，记录桃花潭的旧时光。'),
    '小鱼儿爱吃鱼': (21903, '注册会员', 210, ''),
    '潭边人家': (8812, '高级会员', 3042, '家在桃花潭，心在桃花潭。'),
    '装修小白': (23071, '新手上路', 35, ''),
    '云中漫步': (15520, '中级会员', 988, '人生如逆旅，我亦是行人。'),
    '阿强师傅': (19877, '中级会员', 1502, '水电安装 防水补漏 电话138****6620'),
    '桃花潭小编': (3, '管理员', 99999, '桃花潭论坛官方微信：taohuatanbbs'),
    '风吹麦浪': (12008, '高级会员', 2466, ''),
    '红枫': (9915, '中级会员', 1107, '心若向阳，无畏悲伤。'),
}


def th_post(pid, floor, user, when, msg_html, is_op=False, comments=(), edited=None, when_span=None):
    uid, grp, pts, sign = TH_USERS[user]
    floorname = {1: '楼主', 2: '沙发', 3: '板凳', 4: '地板'}.get(floor, '')
    numtxt = ('<em>%d</em><sup>#</sup>' % floor) if floor > 4 else floorname
    if when_span:
        posted = '发表于 <span title="%s">%s</span>' % when_span
    else:
        posted = '发表于 %s' % when
    ed = '<i class="pstatus"> 本帖最后由 %s 于 %s 编辑 </i><br />\r\n' % (user, edited) if edited else ''
    cm = ''
    if comments:
        cms = '\n'.join(f'''<div class="pstl xs1 cl"><div class="psta vm"><a href="home.php?mod=space&amp;uid={TH_USERS[u][0]}" class="xi2 xw1">{u}</a></div><div class="psti">{esc(t)}&nbsp;<span class="xg1">发表于 {w}</span></div></div>''' for u, t, w in comments)
        cm = f'''<div id="comment_{pid}" class="cm">
<h3 class="psth xs1"><span class="icon_ring vm"></span>点评</h3>
{cms}
</div>'''
    sg = '<div class="sign" style="max-height:100px;maxHeightIE:100px;">%s</div>' % esc(sign) if sign else ''
    return f'''<div id="post_{pid}" >
<table id="pid{pid}" class="plhin" summary="pid{pid}" cellspacing="0" cellpadding="0">
<tr>
<td class="pls" rowspan="2">
<div id="favatar{pid}" class="pls favatar">
<div class="pi"><div class="authi"><a href="home.php?mod=space&amp;uid={uid}" target="_blank" class="xw1">{user}</a></div></div>
<div><div class="avatar"><a href="home.php?mod=space&amp;uid={uid}" class="avtm" target="_blank"><img src="uc_server/avatar.php?uid={uid}&size=middle" /></a></div></div>
<div class="tns xg2"><table cellspacing="0" cellpadding="0"><th><p><a href="home.php?mod=space&uid={uid}&do=thread&type=thread&view=me&from=space" class="xi2">{pts // 37}</a></p>主题</th><th><p><a href="#" class="xi2">{pts // 5}</a></p>帖子</th><td><p><a href="#" class="xi2">{pts}</a></p>积分</td></table></div>
<p><em><a href="home.php?mod=spacecp&amp;ac=usergroup&amp;gid=12" target="_blank">{grp}</a></em></p>
</div>
</td>
<td class="plc">
<div class="pi">
<strong><a href="forum.php?mod=redirect&goto=findpost&ptid=20931&pid={pid}" id="postnum{pid}" onclick="setCopy(this.href, '帖子地址复制成功');return false;">{numtxt}</a></strong>
{'<span class="y">电梯直达 <input type="text" class="px p_fre vm" size="2" /></span>' if is_op else ''}
<div class="pti">
<div class="pdbt"></div>
<div class="authi">
<img class="authicn vm" id="authicon{pid}" src="static/image/common/online_member.gif" />
<em id="authorposton{pid}">{posted}</em>
<span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid=20931&amp;page=1&amp;authorid={uid}" rel="nofollow">只看该作者</a>
{'<span class="pipe">|</span><a href="#" onclick="showMenu()">倒序浏览</a><span class="pipe">|</span><a href="#" class="show">阅读模式</a>' if is_op else ''}
</div>
</div>
</div><div class="pct"><div class="pcb">
<div class="t_fsz">
<table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{pid}">
{ed}{msg_html}</td></tr></table>
</div>
{cm}
</div>
</div>
</td></tr>
<tr><td class="plc plm">
{sg}
</td>
</tr>
<tr>
<td class="pls"></td>
<td class="plc" style="overflow:visible;"><div class="po hin"><div class="pob cl"><em><a class="fastre" href="forum.php?mod=post&amp;action=reply&amp;fid=36&amp;tid=20931&amp;repquote={pid}">回复</a></em><p><a href="javascript:;" onclick="showWindow('miscreport{pid}')">举报</a></p></div></div></td>
</tr>
</table>
</div>'''


def th_frame(title_tag, meta, crumb, main, fid, fname):
    metatag = '<meta http-equiv="Content-Type" content="text/html; charset=%s" />' % meta if meta else ''
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{metatag}
<title>{title_tag}</title>
<meta name="keywords" content="{fname},桃花潭论坛" />
<meta name="generator" content="Discuz! X3.4" />
<meta name="author" content="Discuz! Team and Comsenz UI Team" />
<meta name="copyright" content="2001-2021 Tencent Cloud." />
<meta name="MSSmartTagsPreventParsing" content="True" />
<base href="https://www.taohuatan.com/" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?Qx8" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_forum_viewthread.css?Qx8" /><script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'Qx8', charset = 'utf-8', discuz_uid = '0', cookiepre = 'thT5_2132_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = 'newthread', creditnotice = '1|威望|,2|金钱|,3|贡献|', defaultstyle = '', REPORTURL = 'aHR0cHM6Ly93d3cudGFvaHVhdGFuLmNvbS8=', SITEURL = 'https://www.taohuatan.com/', JSPATH = 'data/cache/';</script>
<script src="data/cache/common.js?Qx8" type="text/javascript"></script>
</head>
<body id="nv_forum" class="pg_viewthread" onkeydown="if(event.keyCode==27) return false;">
<div id="append_parent"></div><div id="ajaxwaitid"></div>
<div id="toptb" class="cl">
<div class="wp">
<div class="z"><a href="javascript:;" onclick="setHomepage('https://www.taohuatan.com/');">设为首页</a><a href="https://www.taohuatan.com/" onclick="addFavorite(this.href, '桃花潭论坛');return false;">收藏本站</a></div>
<div class="y"><a href="member.php?mod=logging&amp;action=login">登录</a> <a href="member.php?mod=register">立即注册</a></div>
</div>
</div>
<div id="hd">
<div class="wp">
<div class="hdc cl"><h2><a href="./" title="桃花潭论坛"><img src="static/image/common/logo.png" alt="桃花潭论坛" border="0" /></a></h2></div>
<div id="nv">
<ul><li id="mn_portal" ><a href="portal.php" hidefocus="true" title="Portal"  >门户</a></li><li class="a" id="mn_forum" ><a href="forum.php" hidefocus="true" title="BBS"  >论坛</a></li><li id="mn_N5a3c" ><a href="forum-12-1.html" hidefocus="true"  >桃花潭新闻</a></li><li id="mn_N8c1f" ><a href="forum-36-1.html" hidefocus="true"  >家居装修</a></li><li id="mn_N0e2d" ><a href="forum-41-1.html" hidefocus="true"  >往事如烟</a></li><li id="mn_home" ><a href="home.php" hidefocus="true" title="Space"  >家园</a></li></ul>
</div>
<div id="scbar" class="cl"><form id="scbar_form" method="post" autocomplete="off" action="search.php?searchsubmit=yes" target="_blank"><input type="text" name="srchtxt" id="scbar_txt" value="请输入搜索内容" autocomplete="off" x-webkit-speech speech /><button type="submit" name="searchsubmit" id="scbar_btn" sc="1" class="pn pnc" value="true"><strong class="xi2">搜索</strong></button></form></div>
</div>
</div>
<div id="wp" class="wp">
<div id="pt" class="bm cl">
<div class="z"><a href="./" class="nvhm" title="首页">桃花潭论坛</a><em>&raquo;</em><a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum.php?gid=1">生活频道</a> <em>&rsaquo;</em> <a href="forum-{fid}-1.html">{fname}</a>{crumb}</div>
</div>
<div class="wp a_t"><script type="text/javascript" src="https://cpro.taohuatan.com/ad/tonglan_960.js"></script></div>
{main}
</div>
<div id="ft" class="wp cl">
<div id="flk" class="y">
<p><a href="archiver/" >Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes" >手机版</a><span class="pipe">|</span><a href="forum.php?mod=misc&action=showdarkroom" >小黑屋</a><span class="pipe">|</span><strong><a href="https://www.taohuatan.com/" target="_blank">桃花潭论坛</a></strong> ( <a href="https://beian.miit.gov.cn/" target="_blank">皖ICP备15008832号-1</a> )</p>
<p class="xs0">GMT+8, 2024-5-4 22:41<span id="debuginfo">, Processed in 0.061372 second(s), 27 queries .</span></p>
</div>
<div id="frt"><p>Powered by <strong><a href="https://www.discuz.vip/" target="_blank">Discuz!</a></strong> <em>X3.4</em></p><p class="xs0">&copy; 2001-2024 <a href="https://www.tencent.com/" target="_blank">Tencent Cloud</a>.</p></div>
</div>
<script src="home.php?mod=misc&ac=sendmail&rand=1714833660" type="text/javascript"></script>
<div id="scrolltop"><span hidefocus="true"><a title="返回顶部" onclick="window.scrollTo('0','0')" class="scrolltopa" ><b>返回顶部</b></a></span><span hidefocus="true"><a title="返回列表" href="forum-{fid}-1.html" class="returnboard"><b>返回列表</b></a></span></div>
</body>
</html>
'''


def th_msg(paras, indent=True, font=False):
    out = []
    for p in paras:
        t = esc(p)
        if indent:
            t = '&nbsp; &nbsp; ' + t
        out.append(t)
    s = '<br />\r\n<br />\r\n'.join(out) + '<br />\r\n'
    if font:
        s = '<font size="3">' + s + '</font>'
    return s


def th_thread_page(tid, subject, typ, fid, fname, posts, page, pages, views, replies):
    pg = ''
    if pages > 1:
        links = ''.join(('<strong>%d</strong>' % i) if i == page else '<a href="thread-%d-%d-1.html">%d</a>' % (tid, i, i) for i in range(1, pages + 1))
        pg = '<div class="pgs mtm mbm cl"><div class="pg">%s<label><input type="text" name="custompage" class="px" size="2" value="%d" /><span title="共 %d 页"> / %d 页</span></label>%s</div><span class="pgb y"><a href="forum-%d-1.html">返回列表</a></span></div>' % (
            links, page, pages, pages, ('<a href="thread-%d-%d-1.html" class="nxt">下一页</a>' % (tid, page + 1)) if page < pages else '', fid)
    head = f'''<div id="pgt" class="pgs mbm cl ">{pg}<a id="newspecial" href="forum.php?mod=post&amp;action=newthread&amp;fid={fid}" title="发新帖"><img src="static/image/common/pn_post.png" alt="发新帖" /></a><a id="post_reply" href="forum.php?mod=post&amp;action=reply&amp;fid={fid}&amp;tid={tid}" title="回复"><img src="static/image/common/pn_reply.png" alt="回复" /></a></div>
<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0">
<tr>
<td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">{views}</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">{replies}</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><a href="forum.php?mod=forumdisplay&amp;fid={fid}&amp;filter=typeid&amp;typeid=8">[{typ}]</a> <span id="thread_subject">{esc(subject)}</span></h1><span class="xg1"><a href="thread-{tid}-1-1.html" onclick="return copyThreadUrl(this, '桃花潭论坛')" >[复制链接]</a></span></td>
</tr>
</table>
<table cellspacing="0" cellpadding="0" class="ad"><tr><td class="pls"></td><td class="plc"></td></tr></table>'''
    foot = f'''<div id="postlistreply" class="pl"><div id="post_new" class="viewthread_table" style="display: none"></div></div>
</div>
<div class="pgs mtm mbm cl">{pg}</div>
<div id="f_pst" class="pl bm bmw"><div class="pbt cl">您需要登录后才可以回帖 <a href="member.php?mod=logging&amp;action=login" class="xi2">登录</a> | <a href="member.php?mod=register" class="xi2">立即注册</a></div></div>'''
    main = head + '\n' + '\n'.join(posts) + '\n' + foot
    crumb = ' <em>&rsaquo;</em> <a href="thread-%d-1-1.html">%s</a>' % (tid, esc(subject))
    tt = '%s - %s%s - 桃花潭论坛 - Powered by Discuz!' % (subject, fname, (' - 第%d页' % page) if page > 1 else '')
    return main, crumb, tt


def th_build():
    bal = lines('balcony')
    heads = {'一、先说拆旧', '二、窗户和地面', '三、收纳和植物', '四、几点体会'}
    msg = []
    for p in bal:
        if p in heads:
            msg.append('<strong>%s</strong>' % esc(p))
        else:
            msg.append('&nbsp; &nbsp; ' + esc(p))
    op_html = '<br />\r\n<br />\r\n'.join(msg) + '<br />\r\n<ignore_js_op><img id="aimg_58112" aid="58112" src="static/image/common/none.gif" zoomfile="data/attachment/forum/202403/09/211422x2kk7p.jpg" file="data/attachment/forum/202403/09/211422x2kk7p.jpg" class="zoom" width="600" alt="阳台改造前.jpg" title="阳台改造前.jpg" /><div class="tip tip_4 aimg_tip" id="aimg_58112_menu" style="position: absolute; display: none" disautofocus="true"><div class="xs0"><p><strong>阳台改造前.jpg</strong> <em class="xg1">(235.12 KB, 下载次数: 12)</em></p><p><a href="forum.php?mod=attachment&amp;aid=NTgxMTI" target="_blank">下载附件</a></p><p class="xg1 y">2024-3-9 21:14 上传</p></div></div></ignore_js_op><br />\r\n'
    replies1 = [
        (2, '小鱼儿爱吃鱼', '2024-3-9 21:30', '沙发！楼主动手能力太强了，坐等完工图。', []),
        (3, '装修小白', '2024-3-9 21:47', '请问断桥铝窗户大概多少钱一平？我家也是老房子，正在纠结。',
         [('青石板路', '我这个是四百五一平，含安装，各地价格不一样。', '2024-3-9 22:05'), ('装修小白', '谢谢楼主！', '2024-3-9 22:11')]),
        (4, '潭边人家', '2024-3-10 07:12', '水磨石上直接铺砖要注意找平，不然容易空鼓。楼主做得很细致，赞一个。', []),
        (5, '阿强师傅', '2024-3-10 08:03', '防水确实不能省，好多老房子阳台渗水就是这个原因。有需要的可以找我。',
         [('桃花潭小编', '广告请发到便民信息版块哦。', '2024-3-10 08:40')]),
        (6, '云中漫步', '2024-3-10 09:26', '看完心动了，我家阳台也堆满了杂物，周末先去收拾收拾。', []),
        (7, '风吹麦浪', '2024-3-10 10:48', '储物柜是定做的还是买的成品？', [('青石板路', '找小区附近的木工做的，板材自己挑的。', '2024-3-10 11:02')]),
        (8, '红枫', '2024-3-10 12:15', '顶一个，实用帖。', []),
        (9, '小鱼儿爱吃鱼', '2024-3-10 19:33', '楼主什么时候上完工图啊？', []),
    ]
    posts = [th_post(318821, 1, '青石板路', '2024-3-9 21:14', op_html, is_op=True, edited='2024-3-10 08:12')]
    for i, (fl, u, w, t, cms) in enumerate(replies1):
        posts.append(th_post(318821 + 3 * fl + i, fl, u, w, esc(t) + '<br />\r\n', comments=cms))
    main, crumb, tt = th_thread_page(20931, '自己动手改造老房子阳台的全过程', '经验分享', 36, '家居装修', posts, 1, 2, 3521, 16)
    add('z-taohuatan-1.html', th_frame(tt, 'utf-8', crumb, main, 36, '家居装修'), 'utf-8',
        'https://www.taohuatan.com/thread-20931-1-1.html', 'utf-8', '自己动手改造老房子阳台的全过程', '青石板路', '2024-03-09', bal)

    # page 2: only replies
    replies2 = [
        (11, '青石板路', '2024-3-16 20:05', '补几张完工的照片，大家凑合看。晚上开灯的效果比白天还好一些。', [('云中漫步', '真不错，像换了个房子。', '2024-3-16 20:30')]),
        (12, '潭边人家', '2024-3-16 20:22', '漂亮！这个花架在哪里买的？', []),
        (13, '装修小白', '2024-3-16 21:40', '已经照着楼主的思路开始拆了，到时候也来发帖。', []),
        (14, '风吹麦浪', '2024-3-17 09:10', '收藏了，明年准备弄。', []),
        (15, '桃花潭小编', '2024-3-17 10:00', '优质经验帖，已加精华并推荐到首页，感谢分享！', []),
        (16, '红枫', '2024-3-18 18:47', '楼主的地砖是什么牌子？颜色很好看。', [('青石板路', '建材市场买的杂牌，六十多一片，不贵。', '2024-3-18 19:20')]),
    ]
    posts = []
    for i, (fl, u, w, t, cms) in enumerate(replies2):
        extra = ''
        if fl == 11:
            extra = '<ignore_js_op><img id="aimg_58297" aid="58297" src="static/image/common/none.gif" file="data/attachment/forum/202403/16/200433.jpg" class="zoom" width="600" alt="完工1.jpg" /></ignore_js_op><br />\r\n'
        posts.append(th_post(320100 + fl * 5, fl, u, w, esc(t) + '<br />\r\n' + extra, comments=cms))
    main, crumb, tt = th_thread_page(20931, '自己动手改造老房子阳台的全过程', '经验分享', 36, '家居装修', posts, 2, 2, 3521, 16)
    add('z-taohuatan-2.html', th_frame(tt, '', crumb, main, 36, '家居装修'), 'utf-8',
        'https://www.taohuatan.com/thread-20931-2-1.html', 'utf-8', kind='listing')

    # board list
    rows = []
    threads = [
        (20931, '经验分享', '自己动手改造老房子阳台的全过程', '青石板路', '2024-3-9', 16, 3521, '红枫', '2024-3-18 18:47', True),
        (21044, '求助', '老房子卫生间漏水到楼下，怎么处理？', '装修小白', '2024-3-14', 23, 1877, '阿强师傅', '2024-3-19 09:12', False),
        (20877, '晒家', '小户型两室一厅，预算十二万的装修效果', '风吹麦浪', '2024-3-6', 41, 6630, '潭边人家', '2024-3-18 22:05', True),
        (21102, '建材', '县城哪家瓷砖店性价比高？', '云中漫步', '2024-3-17', 9, 512, '小鱼儿爱吃鱼', '2024-3-18 17:40', False),
        (20790, '求助', '墙面返潮发霉，有没有好办法', '红枫', '2024-3-2', 18, 2209, '青石板路', '2024-3-17 21:33', False),
        (21090, '经验分享', '全屋定制踩过的坑，一一说给大家听', '潭边人家', '2024-3-16', 27, 3310, '装修小白', '2024-3-17 20:58', False),
        (20655, '晒家', '老房翻新：四十年的老屋换了新颜', '老郑头', '2024-2-25', 35, 5102, '风吹麦浪', '2024-3-17 11:26', False),
        (21067, '招聘', '诚聘水电工两名（桃花潭镇）', '阿强师傅', '2024-3-15', 3, 401, '阿强师傅', '2024-3-16 08:00', False),
        (20998, '建材', '地暖还是暖气片？北方的坛友说说', '小鱼儿爱吃鱼', '2024-3-12', 52, 4478, '红枫', '2024-3-16 22:19', False),
        (20512, '经验分享', '厨房改造记：从昏暗到明亮', '云中漫步', '2024-2-18', 12, 1930, '潭边人家', '2024-3-15 07:45', False),
        (21012, '求助', '装修合同要注意哪些条款？', '装修小白', '2024-3-13', 15, 1208, '风吹麦浪', '2024-3-14 21:36', False),
        (20433, '晒家', '阳台小花园，一年四季都有花', '红枫', '2024-2-12', 30, 4015, '云中漫步', '2024-3-14 19:02', False),
    ]
    for tid, typ, sub, au, d, rp, vw, lu, lt, dig in threads:
        rows.append(f'''<tbody id="normalthread_{tid}">
<tr>
<td class="icn"><a href="thread-{tid}-1-1.html" title="有新回复 - 新窗口打开" target="_blank"><img src="static/image/common/folder_new.gif" /></a></td>
<th class="new"><em>[<a href="forum.php?mod=forumdisplay&fid=36&amp;filter=typeid&amp;typeid=8">{typ}</a>]</em> <a href="thread-{tid}-1-1.html" onclick="atarget(this)" class="s xst">{esc(sub)}</a>{' <img src="static/image/common/digest_1.gif" align="absmiddle" alt="digest" title="精华 1" />' if dig else ''}</th>
<td class="by"><cite><a href="space-username-{au}.html" c="1">{au}</a></cite><em><span>{d}</span></em></td>
<td class="num"><a href="thread-{tid}-1-1.html" class="xi2">{rp}</a><em>{vw}</em></td>
<td class="by"><cite><a href="space-username-{lu}.html" c="1">{lu}</a></cite><em><a href="forum.php?mod=redirect&tid={tid}&goto=lastpost#lastpost">{lt}</a></em></td>
</tr>
</tbody>''')
    main = f'''<div class="boardnav"><div id="ct" class="wp cl">
<div class="bm bml pbn"><div class="bm_h cl"><h1 class="xs2"><a href="forum-36-1.html">家居装修</a> <span class="xs1 xw0 i">今日: <strong class="xi1">14</strong><span class="pipe">|</span>主题: <strong class="xi1">2875</strong><span class="pipe">|</span>排名: <strong class="xi1">3</strong></span></h1></div>
<div class="bm_c cl pbn"><div>版主: <span class="xi2"><a href="space-username-潭边人家.html" class="notabs" c="1">潭边人家</a></span></div><div class="pbn">装修经验、建材选购、晒家交流，欢迎分享你的家。</div></div></div>
<ul id="thread_types" class="ttp bm cl"><li id="ttp_all" class="xw1 a"><a href="forum-36-1.html">全部</a></li><li><a href="forum.php?mod=forumdisplay&fid=36&filter=typeid&typeid=8">经验分享</a></li><li><a href="forum.php?mod=forumdisplay&fid=36&filter=typeid&typeid=9">求助</a></li><li><a href="forum.php?mod=forumdisplay&fid=36&filter=typeid&typeid=10">晒家</a></li><li><a href="forum.php?mod=forumdisplay&fid=36&filter=typeid&typeid=11">建材</a></li></ul>
<div id="threadlist" class="tl bm bmw">
<div class="th"><table cellspacing="0" cellpadding="0"><tr><th colspan="2"><div class="tf">筛选: <a href="#">全部主题</a> <a href="#">最新</a> <a href="#">热门</a> <a href="#">热帖</a> <a href="#">精华</a></div></th><td class="by">作者</td><td class="num">回复/查看</td><td class="by">最后发表</td></tr></table></div>
<div class="bm_c"><form method="post" autocomplete="off" name="moderate" id="moderate" action="forum.php?mod=topicadmin&amp;action=moderate&amp;fid=36&amp;infloat=yes&amp;nopost=yes">
<table summary="forum_36" cellspacing="0" cellpadding="0" id="threadlisttableid">
<tbody id="separatorline" class="emptb"><tr class="ts"><td>&nbsp;</td><th><a href="javascript:;" onclick="hideStickThread()" class="showhide y" title="隐藏置顶帖">隐藏置顶帖</a>版块主题</th><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr></tbody>
{chr(10).join(rows)}
</table></form></div></div>
<div class="bm bw0 pgs cl"><span id="fd_page_bottom"><div class="pg"><strong>1</strong><a href="forum-36-2.html">2</a><a href="forum-36-3.html">3</a><a href="forum-36-4.html">4</a><a href="forum-36-240.html" class="last">... 240</a><label><input type="text" name="custompage" class="px" size="2" value="1" /><span title="共 240 页"> / 240 页</span></label><a href="forum-36-2.html" class="nxt">下一页</a></div></span></div>
</div></div>'''
    add('z-taohuatan-3.html', th_frame('家居装修 - 桃花潭论坛 - Powered by Discuz!', 'utf-8', '', main, 36, '家居装修'), 'utf-8',
        'https://www.taohuatan.com/forum-36-1.html', 'utf-8', kind='listing')

    # thread B
    mov = lines('movie')
    op_html = '<font size="3">' + '<br />\r\n'.join('　　' + esc(p) for p in mov) + '<br />\r\n</font>'
    posts = [th_post(401233, 1, '老郑头', '', op_html, is_op=True, when_span=('2024-5-2 10:03', '前天&nbsp;10:03'))]
    rb = [
        (2, '潭边人家', '前天&nbsp;10:25', '太有画面感了！我们村是在小学操场放，我每次都坐在幕布背面看，字都是反的。', [('老郑头', '哈哈，背面看的人不少。', '前天 10:40')]),
        (3, '红枫', '前天&nbsp;11:02', '跑片这个我记得，有一回等到半夜一点多。', []),
        (4, '风吹麦浪', '前天&nbsp;13:47', '那张电影票还有吗？拍个照片看看。', []),
        (5, '云中漫步', '昨天&nbsp;08:16', '小时候最盼的就是放电影，带着小板凳提前两个小时去占位置。', [('小鱼儿爱吃鱼', '同款童年', '昨天 09:00')]),
        (6, '小鱼儿爱吃鱼', '昨天&nbsp;09:05', '我爸说他当年就是在看露天电影的时候认识我妈的😂', []),
        (7, '桃花潭小编', '昨天&nbsp;15:30', '好帖！论坛正在征集“桃花潭老记忆”主题稿件，欢迎老郑头投稿。', []),
    ]
    for i, (fl, u, w, t, cms) in enumerate(rb):
        posts.append(th_post(401233 + fl * 11, fl, u, '', esc(t) + '<br />\r\n', comments=cms,
                             when_span=('2024-5-%d %s' % (2 if '前天' in w else 3, w.split(';')[1]), w)))
    main, crumb, tt = th_thread_page(21877, '说说我们小时候的露天电影', '往事', 41, '往事如烟', posts, 1, 1, 962, 6)
    main = main.replace('tid=20931', 'tid=21877').replace('ptid=20931', 'ptid=21877')
    add('z-taohuatan-4.html', th_frame(tt, 'utf-8', crumb, main, 41, '往事如烟'), 'utf-8',
        'https://www.taohuatan.com/thread-21877-1-1.html', '', '说说我们小时候的露天电影', '老郑头', '2024-05-02', mov)


# ============================================================ 5. lvyuan
# 《绿原》文学月刊 website (www.lvyuan.com)

LV_NAV = ['首页', '本期目录', '往期回顾', '小说', '散文', '诗歌', '评论', '网络原创', '投稿须知', '订阅']


def lv_frame(title_tag, meta_cs, crumb, main, issue_note='2024年第3期（总第417期）'):
    nav = ''.join('<li><a href="/%s/">%s</a></li>' % (['', 'bqml', 'wqhg', 'xs', 'sw', 'sg', 'pl', 'wlyc', 'tgxz', 'dy'][i], n) for i, n in enumerate(LV_NAV))
    metatag = '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % meta_cs if meta_cs else ''
    return f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
{metatag}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title_tag}</title>
<meta name="description" content="《绿原》文学月刊创刊于1956年，由绿川市文学艺术界联合会主办。">
<link rel="stylesheet" href="/static/css/lvyuan.css?v=20231108">
<script src="/static/js/jquery.min.js"></script>
</head>
<body>
<!-- header start -->
<div class="topbar"><div class="w1200"><span>欢迎访问《绿原》文学月刊官方网站</span><span class="fr"><a href="/login/">作者登录</a> | <a href="/tougao/">在线投稿</a></span></div></div>
<div class="header w1200"><a href="/" class="logo"><img src="/static/img/logo.png" alt="绿原"></a><div class="issue-note">{issue_note}</div></div>
<ul class="mainnav w1200">{nav}</ul>
<!-- header end -->
<div class="w1200 crumbs">您的位置：<a href="/">首页</a> &gt; {crumb}</div>
<div class="w1200 clearfix">
{main}
  <div class="sidebar fr">
    <div class="side-box"><h4>本期封面</h4><a href="/bqml/"><img src="/static/upload/cover/2024-03.jpg" width="220" alt="《绿原》2024年第3期封面"></a></div>
    <div class="side-box"><h4>热门阅读</h4><ol>
      <li><a href="/sw/2024/0318/3151.html">冬日菜场</a></li><li><a href="/xs/2024/0318/3149.html">渡口</a></li><li><a href="/sg/2024/0318/3155.html">春天的几种写法（组诗）</a></li><li><a href="/wlyc/2024/0516/3307.html">一张老照片</a></li><li><a href="/pl/2024/0318/3160.html">从乡土经验到城市书写</a></li>
    </ol></div>
    <div class="side-box"><h4>订阅本刊</h4><p>邮发代号：42-118<br>定价：每期15元，全年180元</p><img src="/static/img/wx_qr.png" width="120" alt="扫码关注"><p>扫码关注《绿原》微信公众号</p></div>
  </div>
</div>
<div class="footer">
  <p><a href="/about/">关于我们</a> | <a href="/tgxz/">投稿须知</a> | <a href="/contact/">联系我们</a> | <a href="/copyright/">版权声明</a></p>
  <p>主管：绿川市文学艺术界联合会 &nbsp; 主办：《绿原》杂志社 &nbsp; 国内统一连续出版物号：CN 43-1120/I</p>
  <p>Copyright &copy; 2012-2024 lvyuan.com All Rights Reserved &nbsp; <a href="https://beian.miit.gov.cn/">湘ICP备13007265号</a></p>
</div>
<script>var _hmt = _hmt || [];(function(){{var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?a91c3f";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);}})();</script>
</body>
</html>
'''


def lv_paras(ps):
    return '\n'.join('      <p>　　%s</p>' % esc(p) for p in ps)


def lv_build():
    parts = [('雨中的菜园', 'garden', '杜若溪'), ('旧自行车', 'bicycle', '孟秋'),
             ('柿子树', 'persimmon', '白晓岚'), ('小站', 'station', '钟离山')]
    blocks = []
    gold = []
    for i, (t, k, a) in enumerate(parts):
        ps = lines(k)
        blocks.append('''    <div class="sub-essay">
      <h3 class="sub-title">%s</h3>
%s
      <p style="text-align:right">%s</p>
    </div>''' % (t, lv_paras(ps), a))
        if i:
            gold.append(t)
        gold += ps
    main = f'''  <div class="article fl">
    <div class="art-head">
      <h1>人间小景</h1>
      <div class="art-info">栏目：散文 &nbsp;&nbsp; 期号：2024年第3期 &nbsp;&nbsp; 浏览：<script src="/plus/count.php?aid=3153"></script></div>
    </div>
    <div class="art-body" id="artBody">
{chr(10).join(blocks)}
    </div>
    <div class="art-foot">
      <p class="editor">（责任编辑：夏知秋）</p>
      <p class="pn"><span>上一篇：<a href="/sw/2024/0318/3152.html">河流记</a></span><span>下一篇：<a href="/sw/2024/0318/3154.html">外婆的针线笸箩</a></span></p>
      <p class="copy">本刊所发作品版权归《绿原》杂志社及作者所有，未经许可不得转载。</p>
    </div>
  </div>'''
    add('z-lvyuan-1.html', lv_frame('人间小景_散文_《绿原》文学月刊', 'utf-8', '<a href="/sw/">散文</a> &gt; 正文', main), 'utf-8',
        'https://www.lvyuan.com/sw/2024/0318/3153.html', 'utf-8', '人间小景', '-', '2024-03', gold)

    mk = lines('market')
    main = f'''  <div class="article fl">
    <div class="art-head">
      <h1>冬日菜场</h1>
      <div class="art-info">作者：顾南星 &nbsp;&nbsp; 栏目：散文 &nbsp;&nbsp; 来源：《绿原》2024年第3期</div>
    </div>
    <div class="art-body" id="artBody">
{lv_paras(mk)}
      <p class="bio" style="color:#888;font-size:13px">顾南星，绿川市作家协会会员，作品散见于多家文学期刊。</p>
    </div>
    <div class="art-foot">
      <p class="editor">（责任编辑：夏知秋）</p>
      <p class="pn"><span>上一篇：<a href="/sw/2024/0318/3150.html">母亲的灶台</a></span><span>下一篇：<a href="/sw/2024/0318/3152.html">河流记</a></span></p>
      <div class="related"><h4>相关文章</h4><ul><li><a href="/sw/2023/1120/2987.html">早市</a></li><li><a href="/sw/2023/0915/2871.html">老街的秋天</a></li><li><a href="/sw/2024/0120/3062.html">腊月</a></li></ul></div>
    </div>
  </div>'''
    add('z-lvyuan-2.html', lv_frame('冬日菜场_散文_《绿原》文学月刊', 'gbk', '<a href="/sw/">散文</a> &gt; 正文', main), 'gbk',
        'https://www.lvyuan.com/sw/2024/0318/3151.html', 'gbk', '冬日菜场', '顾南星', '2024-03', mk)

    ph = lines('photo')
    main = f'''  <div class="article fl">
    <div class="art-head">
      <h1>一张老照片</h1>
      <div class="art-info">作者：简一苇 &nbsp;&nbsp; 栏目：网络原创 &nbsp;&nbsp; 发布日期：2024-05-16 &nbsp;&nbsp; 浏览：1286</div>
    </div>
    <div class="art-body" id="artBody">
{lv_paras(ph)}
    </div>
    <div class="art-foot">
      <p class="pn"><span>上一篇：<a href="/wlyc/2024/0514/3301.html">槐花开了</a></span><span>下一篇：没有了</span></p>
      <p class="copy">声明：网络原创栏目作品由作者投稿，文责自负，不代表本刊观点。</p>
      <div class="comment-box"><h4>读者留言（2）</h4><ul><li><b>鹿鸣</b>：看得眼睛湿了。<span>2024-05-16</span></li><li><b>远山</b>：老照片是一个家的根。<span>2024-05-17</span></li></ul><textarea placeholder="登录后发表留言"></textarea></div>
    </div>
  </div>'''
    add('z-lvyuan-3.html', lv_frame('一张老照片_网络原创_《绿原》文学月刊', 'gb18030', '<a href="/wlyc/">网络原创</a> &gt; 正文', main,
                                    '网络原创 · 每周更新').encode('gb18030'), 'gb18030',
        'https://www.lvyuan.com/wlyc/2024/0516/3307.html', '', '一张老照片', '简一苇', '2024-05-16', ph)

    toc = [('小说', [('渡口', '柳长风', 4), ('二舅的船', '梅子青', 21), ('夜班车', '伍思远', 38)]),
           ('散文', [('冬日菜场', '顾南星', 52), ('河流记', '欧阳雪', 57), ('人间小景', '杜若溪 等', 63), ('外婆的针线笸箩', '葛春燕', 68)]),
           ('诗歌', [('春天的几种写法（组诗）', '冷月', 73), ('山中', '秦朗', 78), ('给女儿', '宁静', 80)]),
           ('评论', [('从乡土经验到城市书写', '闻道', 84), ('读《渡口》札记', '方舟', 91)])]
    secs = []
    for col, items in toc:
        lis = '\n'.join('        <li><a href="/%s/2024/0318/%d.html">%s</a><span class="au">%s</span><span class="pg">%d</span></li>' % (
            {'小说': 'xs', '散文': 'sw', '诗歌': 'sg', '评论': 'pl'}[col], 3140 + pg, esc(t), a, pg) for t, a, pg in items)
        secs.append('      <h3 class="toc-col">%s</h3>\n      <ul class="toc-list">\n%s\n      </ul>' % (col, lis))
    main = f'''  <div class="toc fl">
    <div class="toc-head"><img src="/static/upload/cover/2024-03.jpg" width="160" alt="封面"><div><h2>《绿原》2024年第3期目录</h2><p>出版日期：2024年3月15日</p><p>总第417期</p><a href="/pdf/2024-03.pdf">下载PDF</a></div></div>
{chr(10).join(secs)}
    <div class="staff">社长：韩冬 &nbsp; 主编：陆离 &nbsp; 副主编：夏知秋 &nbsp; 编辑：王一凡 朱晴</div>
    <div class="issues">往期：<a href="/wqhg/2024-02/">2024年第2期</a> <a href="/wqhg/2024-01/">2024年第1期</a> <a href="/wqhg/2023-12/">2023年第12期</a></div>
  </div>'''
    add('z-lvyuan-4.html', lv_frame('2024年第3期目录_《绿原》文学月刊', 'utf-8', '本期目录', main), 'utf-8',
        'https://www.lvyuan.com/bqml/2024-03/', 'utf-8', kind='listing')


# ============================================================ 6. dongpu
# 東浦新聞網 (GBK, page run through a simplified->traditional converter that adds pinyin)

SPAM_TITLE = '澳门葡京赌场_网上真人百家乐_足球投注平台_棋牌游戏大全_东浦新闻网'
SPAM_KEYS = ['熱門搜索：百家樂 真人娛樂 體育投注 棋牌遊戲 老虎機 澳門賭場 網上博彩',
             '相關標籤：足球投注平台 網上賭場 真人視訊 彩票計劃 時時彩']


def py_note(text, notes, style):
    out = []
    for ch in text:
        out.append(esc(ch))
        if ch in notes:
            n = notes[ch]
            if style == 'plain':
                out.append('(%s)' % n)
            elif style == 'span':
                out.append('<span class="py">(%s)</span>' % n)
            else:
                out.append('<font color="#999999">（%s）</font>' % n)
    return ''.join(out)


def dp_frame(title_tag, meta_cs, main, crumb):
    nav = ' | '.join('<a href="/%s/">%s</a>' % (u, n) for u, n in [
        ('', '首頁'), ('news', '本地新聞'), ('xz', '鄉鎮動態'), ('ms', '民生'), ('jj', '經濟'), ('ty', '文體'),
        ('zt', '專題'), ('sp', '視頻'), ('ts', '投訴')])
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={meta_cs}" />
<title>{title_tag}</title>
<meta name="keywords" content="澳门葡京,百家乐,真人娱乐,足球投注,东浦新闻网" />
<meta name="description" content="澳门葡京赌场官网，真人百家乐、体育投注，东浦新闻网" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
<script type="text/javascript" src="/js/jft.js"></script><!-- 簡繁轉換 -->
</head>
<body class="articleview">
<div class="header_top"><div class="w960 center"><span class="time">簡體 | <a href="javascript:StranBody()">繁體</a></span><span class="rss"><a href="/data/rss/1.xml">RSS訂閱</a></span></div></div>
<div class="header"><div class="top w960 center"><div class="title"><h2><a href="/"><img src="/templets/default/images/logo.gif" height="54" width="216" alt="東浦新聞網"/></a></h2></div></div></div>
<div class="module blue mT10 wrapper w963"><div id="navMenu"><ul><li>{nav}</li></ul></div>
<div class="search"><form name="formsearch" action="/plus/search.php"><input type="hidden" name="kwtype" value="0" /><input name="q" type="text" class="search-keyword" id="search-keyword" value="在這裡搜索..." /><button type="submit" class="search-submit">搜索</button></form></div></div>
<div class="w960 center clear mt1">
<div class="pleft">
<div class="place"><strong>當前位置:</strong> <a href="/">主頁</a> &gt; {crumb}</div>
{main}
</div>
<div class="pright">
<div class="commend mt1"><dl class="tbox light"><dt class="light"><strong>推薦內容</strong></dt><dd class="light"><ul class="d4">
<li><a href="/news/2024/0412/8811.html">東浦縣召開一季度經濟形勢分析會</a></li><li><a href="/news/2024/0409/8790.html">青崗鄉茶葉採摘進入高峰期</a></li><li><a href="/ms/2024/0405/8772.html">城南街道舉辦社區鄰里節</a></li><li><a href="/jj/2024/0401/8760.html">縣工業園區新簽約項目六個</a></li>
</ul></dd></dl></div>
<div class="hot mt1"><dl class="tbox light"><dt class="light"><strong>熱點內容</strong></dt><dd class="light"><ul class="c1 ico2">
<li><a href="/news/2024/0321/8702.html">東浦二中新校區九月投用</a></li><li><a href="/ms/2024/0318/8690.html">一季度全縣新增就業一千二百人</a></li><li><a href="/ty/2024/0315/8681.html">縣第十屆全民運動會開幕</a></li>
</ul></dd></dl></div>
<div class="ad"><a href="http://www.pj8866.com/" target="_blank"><img src="/uploads/allimg/ad/pj_300x250.gif" alt="葡京娛樂" /></a></div>
</div>
</div>
<div class="footer w960 center mt1 clear">
<p class="powered">Powered by <a href="http://www.dedecms.com" title="織夢內容管理系統(DedeCms)"><strong>DedeCMS</strong></a> &copy; 2004-2024 <a href="http://www.dongpu.com/">東浦新聞網</a></p>
<div class="copyright">版權所有 東浦縣融媒體中心 &nbsp; <a href="https://beian.miit.gov.cn/">贛ICP備11003098號</a> &nbsp; 聯繫電話：0797-6612345</div>
</div>
<div style="display:none"><a href="http://www.pj8866.com/">澳门葡京</a><a href="http://www.bjl5566.com/">百家乐</a><a href="http://www.ty88bet.com/">体育投注</a></div>
</body>
</html>
'''


def dp_article(name, aid, col, colname, title, date, author_line, author, source, editor, key, notes, style,
               meta_cs, charset, prev, nxt):
    ps = lines(key)
    body = '\n'.join('<p>　　%s</p>' % py_note(p, notes, style) for p in ps)
    main = f'''<div class="viewbox">
<div class="title"><h2>{esc(title)}</h2></div>
<div class="info"><small>時間:</small>{date}<small>來源:</small>{source}<small>作者:</small>{author_line or '佚名'}<small>點擊:</small><script src="/plus/count.php?view=yes&aid={aid}&mid=1" type="text/javascript"></script>次</div>
<div class="keys" style="color:#c00;font-size:12px">{SPAM_KEYS[0]}</div>
<div class="keys" style="color:#c00;font-size:12px">{SPAM_KEYS[1]}</div>
<div class="content"><table width="100%"><tr><td>
{body}
<p style="text-align:right">（責任編輯：{editor}）</p>
</td></tr></table></div>
<div class="boxoff"><strong>------分隔線----------------------------</strong></div>
<div class="handle">
<div class="context"><ul><li>上一篇：<a href="/{col}/{prev[0]}.html">{prev[1]}</a> </li><li>下一篇：<a href="/{col}/{nxt[0]}.html">{nxt[1]}</a> </li></ul></div>
<div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid={aid}" target="_blank">收藏</a></li><li id="act-err"><a href="/plus/erraddsave.php?aid={aid}&title={esc(title)}" target="_blank">挑錯</a></li><li id="act-pus"><a href="/plus/recommend.php?aid={aid}" target="_blank">推薦</a></li><li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li></ul></div>
</div>
</div>
<div class="xiangguan"><dl class="tbox"><dt><strong>相關文章</strong></dt><dd><ul>
<li><a href="/{col}/{aid - 31}.html">{colname}：東浦縣召開專題會議部署相關工作</a></li><li><a href="/{col}/{aid - 57}.html">百家樂真人娛樂官網</a></li><li><a href="/{col}/{aid - 70}.html">縣領導調研督導重點項目建設</a></li>
</ul></dd></dl></div>'''
    crumb = '<a href="/%s/">%s</a> &gt; ' % (col, colname)
    html_ = dp_frame(SPAM_TITLE, meta_cs, main, crumb)
    add(name, html_.encode('gbk'), 'gbk', 'https://www.dongpu.com/%s/2024/%s/%d.html' % (col, date[5:10].replace('-', ''), aid),
        charset, title, author, date[:10], ps)


def dp_build():
    dp_article('z-dongpu-1.html', 8852, 'jj', '經濟', '國有企業深化改革見成效 東浦機械廠訂單同比增長三成',
               '2024-04-16 10:22', '記者 王立誠', '王立誠', '東浦縣融媒體中心', '程曉',
               'soe', {'國': 'guó', '業': 'yè', '廠': 'chǎng', '訂': 'dìng', '職': 'zhí'}, 'plain', 'gbk', 'gbk',
               (8849, '縣工業園區舉辦春季招聘會'), (8857, '東浦縣一季度外貿進出口穩中有升'))
    dp_article('z-dongpu-2.html', 8903, 'xz', '鄉鎮動態', '鄉村公路通到家門口',
               '2024-06-03 15:40', '', '', '東浦縣交通運輸局', '程曉',
               'road', {'鄉': 'xiāng', '斷': 'duàn', '護': 'hù', '運': 'yùn'}, 'span', 'utf-8', 'gbk',
               (8899, '青崗鄉開展防汛應急演練'), (8908, '白石鎮油茶基地迎來採摘季'))
    dp_article('z-dongpu-3.html', 8877, 'ms', '民生', '社區老年食堂開張 老人吃上熱乎飯',
               '2024-05-09 09:05', '記者 沈婉清', '沈婉清', '東浦新聞網', '邵丹',
               'canteen', {'齡': 'líng', '飯': 'fàn', '餐': 'cān', '堂': 'táng'}, 'font', 'gbk', '',
               (8871, '城南街道開展義診進社區活動'), (8880, '東浦縣新增公共充電樁一百個'))
    items = [('國有企業深化改革見成效 東浦機械廠訂單同比增長三成', 'jj', 8852, '04-16'),
             ('社區老年食堂開張 老人吃上熱乎飯', 'ms', 8877, '05-09'), ('鄉村公路通到家門口', 'xz', 8903, '06-03'),
             ('縣工業園區舉辦春季招聘會', 'jj', 8849, '04-15'), ('東浦縣一季度外貿進出口穩中有升', 'jj', 8857, '04-18'),
             ('青崗鄉開展防汛應急演練', 'xz', 8899, '05-31'), ('白石鎮油茶基地迎來採摘季', 'xz', 8908, '06-05'),
             ('城南街道開展義診進社區活動', 'ms', 8871, '05-07'), ('東浦縣新增公共充電樁一百個', 'ms', 8880, '05-10'),
             ('真人百家樂官方網站', 'jj', 8860, '04-20'), ('縣融媒體中心舉辦新聞業務培訓', 'news', 8866, '04-28'),
             ('東浦縣召開安全生產工作會議', 'news', 8869, '05-06'), ('暑期防溺水安全提示', 'ms', 8911, '06-07'),
             ('縣圖書館推出夜間開放服務', 'ty', 8890, '05-20'), ('東浦籍運動員獲全省游泳錦標賽金牌', 'ty', 8894, '05-25')]
    lis = '\n'.join('<li><span class="info"><small>日期：</small>2024-%s<small>點擊：</small>%d</span><a href="/%s/%d.html" class="title">%s</a><p class="intro">%s</p></li>' % (
        d, 100 + (aid * 7) % 900, c, aid, esc(t), '……') for t, c, aid, d in items)
    main = f'''<div class="listbox"><div class="keys" style="color:#c00;font-size:12px">{SPAM_KEYS[0]}</div>
<ul class="e2">
{lis}
</ul>
<div class="dede_pages"><ul class="pagelist"><li><a>首頁</a></li><li class="thisclass">1</li><li><a href="list_1_2.html">2</a></li><li><a href="list_1_3.html">3</a></li><li><a href="list_1_2.html">下一頁</a></li><li><a href="list_1_58.html">末頁</a></li><li><span class="pageinfo">共 <strong>58</strong>頁<strong>866</strong>條</span></li></ul></div>
</div>'''
    add('z-dongpu-4.html', dp_frame(SPAM_TITLE, 'gbk', main, '<a href="/news/">本地新聞</a> &gt; ').encode('gbk'), 'gbk',
        'https://www.dongpu.com/news/', 'gbk', kind='listing')


# ---------------------------------------------------------------- main
def main():
    yz_build()
    bx_build()
    yd_build()
    th_build()
    lv_build()
    dp_build()
    os.makedirs(os.path.join(OUT, 'pages'), exist_ok=True)
    os.makedirs(os.path.join(OUT, 'gold'), exist_ok=True)
    for name, body, gold in PAGES:
        with open(os.path.join(OUT, 'pages', name), 'wb') as f:
            f.write(body)
        with open(os.path.join(OUT, 'gold', name.rsplit('.', 1)[0] + '.txt'), 'w', encoding='utf-8', newline='\n') as f:
            f.write(gold)
    print('wrote %d pages into %s' % (len(PAGES), OUT))


if __name__ == '__main__':
    main()
