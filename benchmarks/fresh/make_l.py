#!/usr/bin/env python3
"""Writes the l- pages of the fresh blind set (24 pages, 6 invented sites) and their gold files.
Stdlib only, deterministic, no network.  Run: python3 benchmarks/fresh/make_l.py"""
# Original essays for the l- pages (all people, places and outlets invented).
E = {}

E['y1'] = dict(title='一家老厂的“瘦身”三年', author='沈砚秋', paras=[
'2020年春天，城东那家有六十多年历史的重型机械厂贴出了一张不起眼的通知：全厂十四个二级单位合并为六个，管理岗位压减三成。消息传开，厂区门口的早点摊上议论了整整一个星期。',
'我在这家厂里采访过许多次。最早的印象是大、是旧：一排排苏式厂房，墙上还留着褪色的标语，仓库里堆着十几年前的库存件。老职工说，厂子最红火的时候，子弟学校、医院、澡堂一应俱全，“从出生到退休，都不用出厂门”。可正是这种“大而全”，让企业背上了沉重的包袱。',
'改革从剥离办社会职能开始。医院移交给了地方，物业交给了专业公司，三百多名职工重新竞聘上岗。厂长陈国梁后来跟我说，那段时间他最怕接电话，“每个电话背后都是一个家庭”。为此，厂里专门设了转岗培训班，让四十多岁的老师傅学数控编程，学不会的就一对一地带。',
'真正难的是机制。过去干多干少一个样，车间主任也是“铁交椅”。新的办法是经理层任期制和契约化管理，年初签目标，年底看结果，完不成的自动退出。第一年，就有两位中层干部因为考核不达标回到了技术岗。有人说厂里“不讲情面”，但更多年轻人看到了盼头。',
'三年下来，厂里的账本变了样：人员减少了两成，人均产值却翻了一番，一款自主研发的盾构机刀盘打进了海外市场。去年年底，我再去厂区，看到老厂房的屋顶铺上了光伏板，车间里多了机械臂，年轻的技术员在屏幕前调试程序。',
'改革没有终点。陈国梁说，现在最缺的是懂数字化的人才，下一步要和高校共建实验室。走出厂门时，门口的早点摊还在，只是议论的话题换成了“今年奖金能发多少”。'])

E['y2'] = dict(title='父亲的自行车', author='', paras=[
'父亲有一辆二八自行车，黑色的车身，车把上的电镀早已斑驳。那是他一九八六年用半年的工资买下的，比我的年纪还大。',
'小时候，这辆车是我们家最重要的交通工具。每天清晨，父亲骑着它去十里外的砖厂上班，车后座上绑着一个铝饭盒。到了周末，前面的横梁上坐着我，后座上坐着母亲，一家三口晃晃悠悠地去镇上赶集。我坐在横梁上，两手紧紧抓着车把中间，风从耳边呼呼地吹过，觉得自己像在飞。',
'上初中那年，学校离家远，父亲开始骑车送我。冬天的早晨天还没亮，他把我裹进他的旧军大衣里，自己只穿一件毛衣。路上有一段很长的上坡，他从不让我下车，总是弓着背一下一下地蹬，呼出的白气一团一团地散在路灯下。我那时不懂事，只嫌他骑得慢。',
'后来我到外地读书、工作，家里买了电动车，又买了小汽车。那辆自行车被推进了柴房，落满了灰。有一年春节回家，我看见父亲蹲在院子里给它打气、上油，把链条擦得锃亮。我问他还骑它做什么，他笑笑说：“闲着也是闲着，骑着去河边钓鱼正好。”',
'去年父亲做了一次手术，医生嘱咐他不能再骑车了。出院那天，他坐在副驾驶座上，一路上很少说话，快到家时忽然问我，那辆车能不能别卖掉。我说不卖，永远不卖。',
'现在，那辆自行车靠在老家的墙根下，车铃还能响。每次回去，我都会推着它在院子里走一圈，听链条咔嗒咔嗒地转，好像又回到了那些坐在横梁上的早晨。'])

E['y3'] = dict(title='为什么秋天的天空特别蓝？', author='程望舒', paras=[
'每到秋天，朋友圈里总少不了晒蓝天的照片。很多人都有这样的感受：同样是晴天，秋天的天空似乎格外高远、格外蓝。这并不全是心理作用，背后有实实在在的物理道理。',
'天空之所以是蓝色的，要从阳光说起。太阳光看起来是白色，其实是由红、橙、黄、绿、蓝、紫等各种颜色的光混合而成的。当阳光穿过大气层时，会碰到大量的气体分子。这些分子比光的波长小得多，它们对波长较短的蓝光、紫光散射得特别厉害，这种现象叫作瑞利散射。被散射的蓝光布满了整个天空，我们抬头望去，看到的便是一片蓝色。',
'有人会问，紫光的波长更短，为什么天空不是紫色的？一方面，太阳光里紫光的成分本来就少，一部分还被高层大气吸收了；另一方面，人眼对蓝光更敏感，对紫光相对迟钝。几方面因素叠加，我们看到的天空就成了蓝色。',
'那么秋天有什么特别之处呢？关键在于空气里的“杂质”。夏季气温高，空气对流旺盛，水汽多，地面的尘埃也容易被带到空中。这些颗粒比气体分子大，它们对各种颜色的光散射得差不多，会把天空“冲淡”成灰白色。到了秋天，北方的冷空气一次次南下，空气干燥、清洁，水汽和尘埃都少了，瑞利散射的效果就更加纯粹，天空自然显得湛蓝。',
'此外，秋季太阳高度角逐渐变小，阳光斜射穿过的大气路径变长，也会让天顶方向的蓝色显得更深一些。',
'下次抬头看见秋天的蓝天，不妨想一想：这一片蓝，是阳光和空气在几十公里厚的大气层里共同完成的一场“表演”。'])

E['y4'] = dict(title='村口那棵老槐树', author='', paras=[
'我们村口有一棵老槐树，谁也说不清它到底有多少岁。村里最年长的九奶奶说，她嫁过来的时候，这棵树就已经要两个人才能合抱了。',
'老槐树长在两条路交汇的地方，树下有一盘废弃的石磨，被磨得光溜溜的，成了天然的凳子。夏天的傍晚，吃过饭的人们都往这里聚：男人们蹲着抽烟，聊今年的雨水和麦价；女人们手里纳着鞋底，说东家长西家短；孩子们在树下追来跑去，谁也不肯早早回家。',
'五月槐花开的时候，整个村子都是甜丝丝的香味。母亲会用长竹竿绑上镰刀，勾下一串串槐花，拌上面粉蒸成槐花饭，浇一勺蒜汁，那是我童年最盼望的美味。',
'这些年，村里的年轻人大多进城打工了，树下的人渐渐少了。前年，村里修水泥路，有人提议把老槐树砍掉，好让路修得直一些。消息一出，在外打工的人在微信群里吵翻了天，最后村委会决定让路绕开老树，还在树下砌了一圈石栏。',
'今年清明回乡，我看见老槐树又发了新芽，树下的石磨还在，几个老人坐在那里晒太阳。有人指着我跟旁边的人说：“这是老李家的小子，小时候天天爬这棵树。”我忽然觉得，只要这棵树还在，村子就还认得我。'])

E['h1'] = dict(title='“党员中心户”让服务延伸到田间地头', author='周晓岚', paras=[
'今年以来，梧桐县石桥镇在全镇十八个行政村推行“党员中心户”工作法，从农村党员中选出一百二十六名威信高、能力强的党员担任中心户，每户联系十到十五户群众，把党组织的服务送到了群众家门口。',
'在石桥镇柳湾村，党员中心户王德顺家的堂屋里挂着一块小黑板，上面写着近期的农技培训时间、医保缴费提醒和村里的用工信息。“乡亲们有事就来坐坐，能办的我当场办，办不了的我记下来报给村里。”王德顺说。今年夏天，村里几户留守老人的稻田赶上连阴雨，无人收割，他在联系户中组织了二十多个劳力，三天时间抢收了四十多亩稻谷。',
'为了让中心户“有事干、会干事”，镇党委制定了联系群众、政策宣传、矛盾调解、民情收集四项职责清单，每季度开展一次集中培训，并把中心户的履职情况纳入党员积分管理。群众反映的问题，实行“中心户收集、村党支部交办、镇里督办”的闭环处理。截至目前，全镇党员中心户共收集各类诉求三百四十余件，办结率达到百分之九十六。',
'“过去党员在哪里，群众不一定知道；现在家门口就有党员，心里踏实多了。”柳湾村村民刘桂芬说。石桥镇党委书记表示，下一步将把党员中心户与网格化管理结合起来，推动基层治理从“有人管”向“管得好”转变。'])

E['h2'] = dict(title='三尺讲台上的“红色宣讲员”', author='', paras=[
'在梧桐县第二中学，提起历史教研组的赵明远老师，学生们都知道他有个外号：“故事大王”。这位从教二十六年的老党员，把党史故事搬进课堂、带进社区，成了远近闻名的“红色宣讲员”。',
'赵明远的办公桌上，摞着厚厚一叠手写的讲稿。为了讲好本地的革命故事，他利用寒暑假走访了全县十一个乡镇，寻访老党员、老战士的后人，整理出三十多个鲜活的故事。“课本上的历史离学生有点远，身边的故事他们更愿意听。”他说。',
'在课堂上，他常常让学生分角色朗读历史人物的家书，再让大家讨论：如果是你，会作出怎样的选择？这种方式让不少学生第一次对历史课产生了兴趣。高二学生陈雨桐说，听赵老师讲完梧桐山游击队的故事，她专门和同学去了一趟烈士陵园。',
'课堂之外，赵明远还是县委宣讲团的成员。几年来，他走进村部、社区、企业宣讲一百多场，听众从七八岁的孩子到八十多岁的老人都有。遇到不识字的老人，他就放慢语速，用方言讲；给孩子们讲，他就配上自己画的连环画。',
'今年，赵明远被评为全县优秀共产党员。谈起今后的打算，他说，准备把收集到的故事编成一本小册子，送到每一所乡村学校的图书室里去。'])

E['h3'] = dict(title='党建引领改革 县粮食储备公司走出发展新路', author='李振华', paras=[
'走进梧桐县粮食储备有限公司的智能化粮库，温湿度监测屏上的数据实时跳动，几名年轻职工正在操作平台上巡查粮情。很难想象，五年前，这家县属国有企业还因为设施老化、人员冗余、连年亏损，被列为全县国企改革的“硬骨头”。',
'改革怎么改？公司党委首先从班子自身建设抓起。他们把党组织研究讨论作为重大经营管理事项的前置程序，明确了党委会、董事会、经理层的权责清单，解决了过去“议而不决、决而不行”的问题。在此基础上，公司撤并了三个经营不善的库点，盘活闲置仓储用地六十余亩，对外开展代储和烘干服务。',
'人的问题是改革中最敏感的问题。公司党委班子成员分片包干，逐一上门与职工谈心，讲政策、听意见，帮助四十多名富余人员通过转岗、培训、内部退养等方式妥善分流，改革期间没有发生一起上访事件。与此同时，公司推行全员绩效考核，收入向一线保管员和技术骨干倾斜，一批年轻人走上了库区负责人岗位。',
'党建与业务如何“融”起来？公司在每个库区设立党员先锋岗，在夏粮、秋粮收购高峰期组建党员突击队，开设“绿色通道”，为售粮农户提供预约、检验、结算一站式服务。去年秋粮收购期间，党员突击队连续奋战四十余天，收购粮食两万余吨，没有出现一起压级压价现象。',
'改革带来了实实在在的变化。去年，公司实现营业收入一点二亿元，利润较改革前增长三倍多，连续两年被评为全省粮食系统先进集体。公司党委书记表示，将继续以高质量党建引领高质量发展，在保障粮食安全中展现国企担当。'])

E['w1'] = dict(title='难忘外婆的桂花糕', author='林可欣', paras=[
'每年秋天，闻到桂花香，我就会想起外婆，想起她做的桂花糕。',
'外婆家住在江南的一个小镇上，院子里种着一棵老桂花树。每到九月，满树金黄的小花开得密密麻麻，香气能飘出半条街。这时候，外婆就会在树下铺一块干净的白布，轻轻摇动树枝，桂花便像细雨一样落下来。我蹲在布边，把花一捧一捧地收进竹篮里，手上、头发上都沾满了香气。',
'做桂花糕是个细致活。外婆先把糯米粉和粳米粉按比例拌匀，一点点加水，用手搓成松散的粉粒，再过一遍细筛。然后，她在蒸笼里铺上一层粉，撒上一层用白糖腌过的桂花，再铺一层粉，最后用刮板轻轻抹平。我总在一旁着急地问：“外婆，什么时候能吃呀？”外婆笑着说：“心急吃不了热豆腐，做糕和做人一样，要慢慢来。”',
'蒸笼上了锅，不一会儿，厨房里就飘满了甜甜的香味。糕蒸好后，外婆把它切成一个个小方块，先挑最好看的一块递给我。桂花糕软软糯糯，甜而不腻，咬一口，满嘴都是秋天的味道。',
'后来我上了初中，功课越来越忙，很少再去外婆家。去年秋天，外婆生病住进了医院。我去看她时，她拉着我的手说：“等我好了，再给你做桂花糕。”可是，她再也没能回到那个种着桂花树的小院。',
'今年九月，我学着外婆的样子，在家里做了一次桂花糕。糕的形状歪歪扭扭，味道也不如外婆做的好，可我吃着吃着，眼泪就流了下来。我想，外婆说的“慢慢来”，不只是做糕的道理，也是她留给我的最珍贵的话。'])

E['w2'] = dict(title='驻村工作一年的几点体会', author='', paras=[
'去年二月，我作为单位选派的驻村工作队员，来到了白沙乡杨家坪村。一年时间转眼过去，回头看，这一年是我参加工作以来收获最大的一年。现将几点体会总结如下。',
'一、沉下身子，才能摸清底数。刚到村里时，我拿着花名册挨家挨户走访，可很多群众对我客客气气，真话却不多。后来我跟着村干部下地插秧、帮着五保户修屋顶，慢慢地，大家愿意跟我聊家里的难处了。我体会到，驻村不能“驻”在办公室里，只有和群众打成一片，才能知道他们真正需要什么。',
'二、找准路子，才能拓宽增收渠道。杨家坪村山多地少，过去以种玉米为主，收入很低。工作队和村两委反复商量，结合本地气候适合种植高山蔬菜的特点，成立了蔬菜专业合作社，联系县城的超市和学校食堂签订订单。一年下来，合作社带动四十三户农户种植蔬菜二百余亩，户均增收六千多元。',
'三、建强班子，才能留下一支带不走的队伍。工作队走了，村子还要发展，关键是要有一个好的村党支部。这一年，我们帮助村里发展了两名年轻党员，培养了三名后备干部，完善了村务公开和“四议两公开”制度，村干部干事的劲头明显足了。',
'当然，工作中也有不足。比如产业项目刚刚起步，抗风险能力还比较弱；对村里留守儿童的关爱还做得不够。新的一年，我将继续扎根杨家坪，把这些短板一项一项补上，努力让乡亲们的日子越过越红火。'])

E['w3'] = dict(title='读《史记》有感：一支笔的坚守', author='', paras=[
'寒假里，我读完了《史记》的选本。合上书，让我久久不能忘怀的，不是项羽的悲歌，也不是张良的谋略，而是写下这一切的那个人——司马迁。',
'司马迁的父亲司马谈是汉朝的太史令，临终前拉着儿子的手，嘱托他完成一部贯通古今的史书。司马迁继承父职后，遍读宫中藏书，又在青年时代游历大江南北，寻访古迹，搜集传闻，为写作打下了坚实的基础。',
'然而，命运给了他沉重的一击。因为替投降匈奴的将军李陵说了几句公道话，司马迁触怒了汉武帝，被判处宫刑。对一个读书人来说，这是莫大的耻辱。他在《报任安书》中写道，自己每每想起这件事，“汗未尝不发背沾衣也”。很多人在这样的处境下会选择一死了之，可司马迁没有。他说：“人固有一死，或重于泰山，或轻于鸿毛。”他要活下去，因为那部书还没有写完。',
'此后的十多年里，司马迁忍辱负重，发愤著书，终于完成了这部五十二万余字的巨著。《史记》记载了上自黄帝、下至汉武帝约三千年的历史，被鲁迅先生称为“史家之绝唱，无韵之离骚”。',
'读到这里，我不禁想起自己。平时做题遇到一点难处就想放弃，考试失利了就垂头丧气，和司马迁经受的苦难相比，这些又算得了什么呢？司马迁告诉我，一个人真正的力量，不在于他遇到了多少挫折，而在于他在挫折面前是否还能握紧手中的笔。',
'两千多年过去了，汉武帝的宫殿早已化为尘土，而《史记》依然在一代又一代读者手中流传。这，也许就是坚持的意义。'])

E['f1'] = dict(title='阿嬤的菜市場', author='雨青', paras=[
'小時候每個星期天早上，阿嬤都會牽著我的手，走十分鐘的路去鎮上的傳統市場。那是我一週裡最期待的時光。',
'市場入口是賣魚的攤子，地上永遠濕濕的，空氣裡有一股海水的鹹味。阿嬤總是先在魚攤前站一會兒，看看今天有什麼新鮮貨，再跟老闆討價還價。老闆每次都說「阿桑，這已經是最便宜的啦」，最後還是會多塞一把蛤蜊給她。',
'再往裡走是菜攤和雜貨店。阿嬤買菜有她自己的規矩：青菜要挑葉子挺的，番茄要捏起來有一點硬的，絲瓜要看蒂頭是不是新鮮。她一邊挑一邊教我，我聽得似懂非懂，只惦記著市場盡頭那攤賣碗粿的阿伯。',
'每次買完菜，阿嬤都會帶我去吃一碗碗粿。阿伯的碗粿上面鋪著滷肉和菜脯，淋上一匙甜甜的醬汁，熱騰騰的，我總是三兩口就吃完了。阿嬤自己從來不吃，只是坐在旁邊，笑著看我吃。',
'後來我到臺北念書、工作，很少回鎮上。阿嬤過世那年，市場也改建成了有冷氣的新大樓，魚攤和菜攤都搬了進去，碗粿阿伯卻退休了。',
'前陣子回鄉，我一個人走進新市場。地板乾乾淨淨，攤位整整齊齊，可我總覺得少了些什麼。走到出口時，一位賣菜的阿婆叫住我：「妹妹，這絲瓜很新鮮喔。」我看了看蒂頭，真的很新鮮。我買了兩條，提著走回家，好像阿嬤還走在我旁邊。'])

E['f2'] = dict(title='油麻地的舊書攤', author='林嘉穎', paras=[
'在油麻地的一條窄巷裡，有一家沒有招牌的舊書攤。攤主是一位六十多歲的陳伯，每天下午兩點開檔，晚上九點收檔，風雨不改。',
'書攤其實只是一條騎樓下的走廊，兩邊釘著木架，從地上一直疊到天花板。書的種類雜得很：有上世紀六七十年代的武俠小說，有發黃的英文教科書，也有不知從哪裡收來的舊雜誌和電影海報。價錢都用鉛筆寫在扉頁上，十元、二十元，最貴的也不過一百元。',
'第一次去，是大學時一位教授介紹的。他說那裡能找到圖書館都沒有的舊版本。我在書架前蹲了整整一個下午，最後買了一本一九六二年出版的散文集，扉頁上還有前主人用鋼筆寫的一行小字：「贈阿芳，願你喜歡海。」我至今不知道阿芳是誰，也不知道她後來有沒有看到海。',
'陳伯話不多，但記性極好。熟客喜歡什麼書，他都記得，收到合適的就先留起來。有一次我隨口提起想找一本絕版的詩集，半年後再去，他從櫃檯底下拿出一個牛皮紙袋，說：「你要的，留了好久。」',
'這些年，租金一直漲，附近的老店一家一家結業。我問陳伯會不會也有一天收檔，他笑了笑，說：「做到做不動為止囉，書總要有個地方落腳。」',
'離開時天已經黑了，騎樓下的燈泡一亮，整條走廊的書脊都泛著暖黃的光。我想，一座城市的記憶，有一部分就藏在這樣的角落裡。'])

E['f3'] = dict(title='颱風眼裡的寧靜', author='', paras=[
'每年夏秋之交，颱風總會準時來「報到」。看氣象新聞時，很多人會注意到衛星雲圖上那個漩渦的正中央，有一個小小的空洞，那就是颱風眼。',
'颱風是在溫暖的海面上形成的。海水蒸發出大量水氣，水氣上升、凝結，釋放出熱量，讓空氣越升越高，周圍的空氣便源源不絕地補充進來。由於地球自轉的影響，這些流入的空氣會偏轉方向，在北半球形成逆時針旋轉的巨大漩渦。',
'越靠近中心，風速越快。可是到了最中心的地方，情況卻完全不同。強烈旋轉產生的離心作用，讓空氣很難再往中心擠進去；同時，高空的一部分空氣會在中心緩緩下沉，下沉的空氣增溫變乾，雲便消散了。於是，在狂風暴雨的包圍之中，出現了一塊風小雨停、甚至可以看見藍天的區域。颱風眼的直徑通常在十到六十公里之間。',
'住在沿海的長輩常說，颱風來時若忽然風平浪靜，千萬不要以為颱風走了。這句話很有道理。颱風眼經過時的寧靜往往只維持幾十分鐘到一兩個小時，緊接著，另一側的眼牆就會帶來方向相反的強風和豪雨，威力一點也不比前半段小。不少意外，就是發生在人們趁著「颱風走了」出門查看的時候。',
'颱風眼的寧靜提醒我們：大自然最平靜的時刻，有時恰恰位於風暴的中心。了解它，才能在它來臨時做出正確的判斷。'])

E['f4'] = dict(title='鐵道旁的日式宿舍', author='許文彬', paras=[
'在我長大的小城，火車站後面有一排日式木造宿舍，黑瓦、雨淋板、小小的庭院，據說是日治時期為鐵道員工興建的。小時候，我們都叫那裡「鐵道宿舍」。',
'宿舍一共有十二戶，沿著鐵軌一字排開。戰後，這些房子由鐵路局接收，分配給站務員、司機員和維修工人居住。我的外公是火車司機，從一九五〇年代開始，就在第三戶住了三十多年。',
'母親說，那時候宿舍區像一個大家庭。誰家煮了好菜，會盛一碗送到隔壁；誰家孩子生病，大人們輪流幫忙照顧。每天清晨五點，第一班火車的汽笛聲就是全區的鬧鐘。外公出車前，外婆會在玄關替他把制服的扣子再扣一次。',
'一九八〇年代以後，鐵路電氣化，人員調動頻繁，老住戶陸續搬走，宿舍慢慢荒廢了。屋頂漏水，庭院長滿雜草，有幾戶甚至在颱風中倒塌。我上高中時經過那裡，只覺得陰森，從來不敢多看一眼。',
'轉機出現在二〇一〇年代。地方文史工作者發起保存運動，蒐集老住戶的照片和口述，縣府最後將宿舍群登錄為歷史建築，並進行修復。如今，修好的宿舍裡開了書店、咖啡館和一間小小的鐵道文物室。',
'前年，我陪母親去了一趟。她站在第三戶的玄關前很久，然後說：「你外公以前就在這裡換鞋。」窗外，一列區間車轟隆隆地駛過，木頭地板輕輕地震了一下，就像很多年前一樣。'])

E['c1'] = dict(title='老码头跑出“加速度”', author='韩松 周立', paras=[
'——沅河港务集团深化改革见闻',
'初秋时节，沅河港三号码头上，一台台桥吊有序作业，集装箱卡车在智能闸口前排队通行，平均每辆车过闸时间不到三十秒。“放在几年前，光是等着人工核对单据，就得排上半个钟头。”在码头工作了二十年的调度员马长江感慨地说。',
'沅河港务集团是我市规模最大的市属国有企业之一。前些年，受管理层级多、业务同质化等问题困扰，集团一度陷入增收不增利的困境。国企改革深化提升行动启动以来，集团把“瘦身健体”作为突破口，将原有的九家港口公司整合为三大业务板块，管理层级由四级压缩到三级，一年节约管理费用两千余万元。',
'机制活了，企业才有活力。集团在所属企业全面推行经理层成员任期制和契约化管理，签订“军令状”，考核结果与薪酬、任免直接挂钩；同时面向社会公开招聘职业经理人，引进物流、信息化等领域专业人才六十余名。“干得好的能拿高薪，干不好的就要让位，大家心里都有一本明白账。”集团人力资源部负责人说。',
'改革还让老码头插上了“数字翅膀”。集团投资建设了智慧港口管理平台，实现船舶调度、堆场管理、闸口通行全流程线上办理，码头作业效率提高了百分之二十五。今年上半年，集团完成货物吞吐量四千三百万吨，同比增长百分之十一点六，实现利润总额同比增长百分之十八。',
'沅河港三号码头，桥吊正在装卸集装箱。',
'站在码头上远眺，江面上货轮往来如织。集团负责人告诉记者，下一步将加快推进江海联运通道建设，力争到二〇二五年把沅河港建成区域性航运物流枢纽。'])

E['c2'] = dict(title='山村夜校灯火明', author='罗佳', paras=[
'入冬以后，地里的农活少了，青石岭村的村委会活动室却一天比一天热闹。每天晚上七点，活动室的灯一亮，二三十位村民就搬着板凳陆续赶来，参加村里办的“农民夜校”。',
'夜校的课程是村民自己“点”出来的。村党支部在开办前挨家挨户征求意见，最后定下了果树冬季修剪、电商直播、家庭用电安全、医保政策解读等十几门课。授课的有县农业农村局的技术员，也有村里在外创业的年轻人。',
'十二月三日晚上，记者走进夜校时，县里的果树专家正在讲脐橙修剪。讲台上放着几根刚剪下的枝条，专家一边比划一边讲解：“这种徒长枝要剪掉，不然养分都被它抢走了。”台下，六十五岁的村民杨秀英戴着老花镜，在小本子上认真地记着。她家有八亩脐橙园，“往年都是凭经验瞎剪，听了课才知道门道这么多。”',
'村民在夜校里学习果树修剪技术。',
'最受年轻人欢迎的是电商课。返乡青年张小峰去年开始在网上卖自家的腊肉和脐橙，一年销售额超过三十万元。在夜校里，他手把手地教大家拍视频、写商品介绍、打包发货。目前，全村已有十七户村民开起了网店。',
'村党支部书记说，夜校开办一个多月来，已经开课二十二次，参加学习的村民达六百多人次。接下来，村里还准备把夜校办到春耕前，让乡亲们带着新技术迎接新一年的农忙。'])

E['c3'] = dict(title='让基层减负真正落地', author='', paras=[
'近日，我市出台整治形式主义为基层减负的若干措施，从精简文件会议、规范督查检查考核、清理政务应用程序等方面提出了十五条具体举措。消息传来，不少基层干部直呼“说到了心坎上”。',
'基层是落实各项政策的“最后一公里”。然而一段时间以来，一些地方文山会海有所反弹，各类工作群、打卡软件层出不穷，“指尖上的形式主义”让基层干部疲于应付。有的村干部一天要在七八个平台上填报数据，有的社区要准备几十本台账迎接检查。精力被牵扯在“痕迹”上，真正用来服务群众的时间就少了。',
'为基层减负，关键在于上级机关带头改作风。文件能合并的就合并，会议能套开的就套开，检查能整合的就整合；考核要多看实绩、少看材料，多听群众评价、少听汇报。只有上面真正“减”下来，基层才能真正“轻”起来。',
'减负不是减责任，更不是减担当。把基层干部从繁琐的事务中解放出来，是为了让他们有更多时间走村入户，解决群众的急难愁盼。各级干部要把腾出来的精力用在抓落实上，用在办实事上。',
'措施的生命力在于执行。有关部门要建立常态化的监测机制，畅通基层反映问题的渠道，对变相增加基层负担的行为及时纠正、严肃问责，让减负的成效真正被基层感受到。'])

E['t1'] = dict(title='说说我们村的老井', author='槐荫老农', paras=[
'我们村有一口老井，在村子正中间的打谷场旁边。井口是一整块青石凿出来的，上面被井绳磨出了好几道深深的槽，最深的能放进去一个指头。',
'听我爷爷说，这口井是清朝光绪年间打的，当时全村凑钱请了外乡的井匠，挖了两个多月才见水。井水清凉甘甜，大旱的年份也没干过。周围几个村子的人遇到天旱，都推着水车到我们村来挑水。',
'我小时候，村里还没有自来水，每家每户吃水都靠这口井。天不亮，井台上就响起了辘轳吱吱呀呀的声音。大人们挑着水桶排队，一边等一边拉家常，谁家娶媳妇、谁家添了孙子，在井台边上一聊就全村都知道了。',
'夏天，井水是最好的“冰箱”。我们把西瓜装进网兜，用绳子吊到井里泡上半天，捞上来切开，凉得牙根发麻。冬天则正好相反，井口往外冒着白气，井水摸上去是温的，妇女们都爱在井边洗衣裳。',
'一九九八年，村里通了自来水，老井慢慢没人用了。后来为了安全，村里用一块水泥板把井口盖上了。前几年搞美丽乡村建设，村里把打谷场修成了小广场，特意把老井保留下来，修了一圈护栏，还立了一块碑，写着老井的来历。',
'现在回村，我常常到井边站一会儿。井台上的槽还在，辘轳已经没有了。我有时候想，这口井养活了村里好几代人，它要是会说话，肯定有讲不完的故事。'])

E['t2'] = dict(title='爷爷讲的修水库往事', author='北岭樵夫', paras=[
'我爷爷今年八十六岁，耳朵有点背，但说起年轻时修水库的事，记得比昨天吃了什么还清楚。这个周末回家，又听他讲了一遍，我怕以后听不到了，趁着记得写下来。',
'爷爷说，那是一九五八年冬天，县里决定在北岭山下修一座水库，全县十几个公社都抽调了民工。爷爷那年二十五岁，刚结婚不到半年，背着一床被子、一把铁锹就上了工地。',
'工地上几千人，住的是自己搭的草棚，地上铺一层稻草就是床。没有机器，全靠人力：挖土用锹，运土用扁担和独轮车，打夯靠十几个人喊着号子一起拉石夯。爷爷说，最冷的时候，早上起来被子上结一层霜，手上的冻疮裂开了口子，缠上布条接着干。',
'吃的是玉米面窝头和咸菜，能吃饱就算好的。有一回大坝合龙，连着干了两天两夜，没人喊累。爷爷说，那时候大家心里都憋着一股劲，就想着水库修好了，下游的地就再也不怕旱了。',
'水库修了将近两年才完工。后来，下游几万亩旱地变成了水浇地，粮食产量翻了一番。爷爷每次说到这里，都会把腰板挺得直直的。',
'今年国庆，我开车带爷爷去水库看了看。水面很宽，岸边修了步道，好多人在那里散步、钓鱼。爷爷在大坝上站了很久，指着坝下的一个地方说：“当年我们的草棚就搭在那儿。”风很大，他的眼睛红了，不知道是风吹的，还是别的什么。'])

E['t3'] = dict(title='带孩子在阳台上看了一夜流星雨', author='星河满舟', paras=[
'昨晚是双子座流星雨的极大期，提前一周就答应了儿子，要陪他看流星。他今年八岁，最近迷上了天文，床头堆满了星座图鉴。',
'我们住在城郊，光污染不算太严重。晚上九点多，我们把两张躺椅搬到阳台上，裹着毯子，泡了一壶热可可。我给他讲了流星雨是怎么回事：双子座流星雨的“母体”是一颗叫法厄同的小行星，它在绕太阳运行时留下了一条尘埃带。每年十二月中旬，地球穿过这条尘埃带，那些比沙粒还小的颗粒以每秒几十公里的速度冲进大气层，和空气摩擦燃烧，就成了我们看到的流星。',
'儿子听得很认真，问我：“那么小的沙子，怎么会那么亮？”我说，因为它跑得太快了，比子弹还快几十倍。他“哇”了一声，眼睛一直盯着天空。',
'前半个小时什么也没看到，他有点泄气。十点二十分左右，东边的天空忽然划过一道很亮的光，拖着一条长长的尾巴，足足持续了一两秒。儿子一下子从躺椅上跳了起来，大喊：“爸爸，我看到了！”后来越来越多，有时候几分钟一颗，有时候接连两三颗。我们一颗一颗地数，到十二点，一共数到了四十七颗。',
'快一点的时候，儿子在躺椅上睡着了，手里还攥着那张星座图。我把他抱回床上，自己又回到阳台上坐了一会儿。天很冷，星星很亮，偶尔还有一颗流星悄无声息地划过去。',
'我小时候也是在老家的院子里，跟着我父亲看星星的。那时候不懂什么尘埃带、小行星，只觉得天上的星星又多又近。三十年过去了，我成了那个给孩子讲星星的人。我想，有些东西就是这样一代一代传下去的。'])

# ---------------------------------------------------------------- helpers
import os, json, hashlib

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, 'pages')
GOLD = os.path.join(HERE, 'gold')

def seed(s):
    return int(hashlib.sha256(s.encode('utf-8')).hexdigest()[:8], 16)

OUT = []   # (name, html, encoding, header_charset, url, kind, title, author, published, lines)

def add(name, html, enc, header, url, key=None, published='', listing=False):
    if listing:
        OUT.append((name, html, enc, header, url, 'listing', '', '', '', []))
    else:
        e = E[key]
        OUT.append((name, html, enc, header, url, '', e['title'], e['author'], published, list(e['paras'])))

# ---------------------------------------------------------------- 1. yuedu (WeChat)
def wx_page(key, acct, wxid, intro, pubtime, ct, original, top_byline, ip, head_charset_meta, extra_in_content, recommend, caption_credit=None):
    e = E[key]
    styles = ['font-size: 15px;letter-spacing: 1px;line-height: 1.75em;color: rgb(62, 62, 62);',
              'font-size: 16px;color: rgb(51, 51, 51);letter-spacing: 0.5px;',
              'letter-spacing: 1px;font-size: 15px;font-family: mp-quote, -apple-system-font;']
    body = []
    body.append('<section style="text-align: center;margin-bottom: 16px;"><span style="font-size: 12px;color: rgb(136, 136, 136);">点击上方蓝字 <strong>关注我们</strong></span></section>')
    if top_byline:
        body.append('<section style="margin-bottom: 20px;"><span style="font-size: 13px;color: rgb(160, 160, 160);">%s</span></section>' % top_byline)
    for i, p in enumerate(e['paras']):
        st = styles[i % 3]
        # split a paragraph into two inline spans the way the WeChat editor does
        cut = len(p) // 3
        body.append('<p style="margin-bottom: 16px;text-indent: 0em;"><span style="%s">%s</span><span style="%s"><span leaf="">%s</span></span></p>' % (st, p[:cut], st, p[cut:]))
        if i == 1 and caption_credit:
            body.append('<p style="text-align: center;"><img class="rich_pages wxw-img" data-ratio="0.6667" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/%s/640?wx_fmt=jpeg" data-type="jpeg" data-w="1080" style="width:100%%;"></p>' % hashlib.md5(key.encode()).hexdigest())
            body.append('<p style="text-align: center;"><span style="font-size: 12px;color: rgb(178, 178, 178);">%s</span></p>' % caption_credit)
    body.append(extra_in_content)
    body.append('<section style="text-align:center;margin-top:30px;"><span style="color: rgb(171, 171, 171);font-size: 12px;">— END —</span></section>')
    body.append('<section style="margin-top: 20px;"><p><strong><span style="font-size: 15px;color: rgb(0, 122, 170);">往期推荐</span></strong></p>')
    for t in recommend:
        body.append('<p><a href="https://mp.weixin.qq.com/s?__biz=MzI%s&amp;mid=2247%d&amp;idx=1" target="_blank" data-linktype="2" style="font-size: 14px;">%s</a></p>' % (wxid[-4:], seed(t) % 99999, t))
    body.append('</section>')
    body.append('<section style="text-align: center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/qrcode_%s/0?wx_fmt=png" style="width: 160px;"><p><span style="font-size: 12px;color: #888;">长按识别二维码 关注%s</span></p><p><span style="font-size: 12px;color: #888;">觉得不错，点个“赞”和“在看”吧</span></p></section>' % (wxid, acct))
    content = '\n'.join(body)
    meta_parts = []
    if original:
        meta_parts.append('<span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>')
    if e['author']:
        meta_parts.append('<span class="rich_media_meta rich_media_meta_text">%s</span>' % e['author'])
    meta_parts.append('<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">%s</a></span>' % acct)
    meta_parts.append('<span id="meta_content_hide_info"><em id="publish_time" class="rich_media_meta rich_media_meta_text">%s</em> <em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text"><span id="js_ip_wording">%s</span></em></span>' % (pubtime, ip))
    init = {"biz": "MzI" + wxid[-4:] + "NjQ0Mw==", "mid": seed(key) % 10**10, "idx": 1,
            "nick_name": acct, "title": e['title'], "author": e['author'], "create_time": ct,
            "desc": e['paras'][0][:54], "user_name": "gh_" + hashlib.md5(wxid.encode()).hexdigest()[:12],
            "copyright_stat": 1 if original else 0, "is_care_mode": "", "appmsg_type": 9}
    charset_meta = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">' if head_charset_meta else '<meta charset="utf-8">'
    return '''<!DOCTYPE html>
<html>
<head>
%s
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<link rel="dns-prefetch" href="//res.wx.qq.com">
<link rel="dns-prefetch" href="//mmbiz.qpic.cn">
<script nonce="%d" type="text/javascript">
window.logs = { pagetime: { page_begin: Date.now() } };
</script>
<meta property="og:title" content="%s" />
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=%s&amp;mid=%d&amp;idx=1" />
<meta property="og:image" content="https://mmbiz.qpic.cn/mmbiz_jpg/cover_%s/0?wx_fmt=jpeg" />
<meta property="og:description" content="%s" />
<meta property="og:site_name" content="微信公众平台" />
<meta property="og:type" content="article" />
<meta property="og:article:author" content="%s" />
<meta property="twitter:card" content="summary" />
<meta name="description" content="%s" />
<title>%s</title>
<style>
.rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px}
.rich_media_meta_list{margin-bottom:22px;line-height:20px;font-size:15px;word-wrap:break-word}
.rich_media_meta{display:inline-block;vertical-align:middle;margin:0 10px 10px 0}
.rich_media_meta_nickname a{color:#576b95}
.profile_inner{padding:16px;background:#f7f7f7}
</style>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg comment_feature discuss_tab appmsg_skin_default appmsg_style_default">
<div id="js_article" class="rich_media">
<div id="js_top_ad_area" class="top_banner"></div>
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title " id="activity-name">
%s
</h1>
<div id="meta_content" class="rich_media_meta_list">
%s
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
%s
</div>
<script type="text/javascript" nonce="%d">var first_sceen__time = (+new Date());</script>
<div class="ct_mpda_wrp" id="js_sponsor_ad_area" style="display:none;"></div>
<div class="reward_area tc reward_area_primary" id="js_preview_reward_author" style="display:none;"><p class="reward_tips">喜欢作者</p></div>
<div id="js_tags" class="article-tag__list" style="display:none;"></div>
</div>
<div class="rich_media_tool_area">
<div class="rich_media_tool" id="js_toobar3">
<a class="media_tool_meta meta_primary" id="js_view_source" href="https://%s">阅读原文</a>
<div class="media_tool_meta tips_global_primary meta_primary" id="js_read_area3"><span>阅读 </span><span id="readNum3">%s</span></div>
<span class="media_tool_meta meta_extra meta_praise" id="like_old"><i class="icon_praise_gray"></i><span class="praise_num" id="likeNum3">赞</span></span>
<span class="media_tool_meta meta_extra" id="js_like_btn"><span class="like_num">在看</span></span>
</div>
</div>
</div>
</div>
<div id="js_pc_qr_code" class="qr_code_pc_outer" style="display:none;">
<div class="qr_code_pc_inner"><div class="qr_code_pc"><img id="js_pc_qr_code_img" class="qr_code_pc_img"><p>微信扫一扫<br>关注该公众号</p></div></div>
</div>
<div class="profile_container" id="js_profile_qrcode" style="display:none;">
<div class="profile_inner">
<strong class="profile_nickname">%s</strong>
<img class="profile_avatar" id="js_profile_qrcode_img" src="" alt="">
<p class="profile_meta"><label class="profile_meta_label">微信号</label><span class="profile_meta_value">%s</span></p>
<p class="profile_meta"><label class="profile_meta_label">功能介绍</label><span class="profile_meta_value">%s</span></p>
</div>
</div>
</div>
<div id="js_bottom_opr_right" class="weui-dialog__wrp" style="display:none;">
<div class="weui-dialog"><div class="weui-dialog__bd">继续滑动看下一个</div><div class="weui-dialog__ft"><a class="weui-dialog__btn">知道了</a></div></div>
</div>
<div class="wx_stream_article_slide_tip" style="display:none;">向上滑动看下一个</div>
</div>
<script type="text/javascript" nonce="%d">
var ct = "%d" * 1;
var msg_title = '%s'.html(false);
var nickname = htmlDecode("%s");
var round_head_img = "http://mmbiz.qpic.cn/mmbiz_png/%s/0?wx_fmt=png";
var msg_link = "http://mp.weixin.qq.com/s?__biz=MzI%sNjQ0Mw==&amp;mid=%d&amp;idx=1";
window.__initData = %s;
</script>
<script type="text/javascript" src="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/appmsg/index.js" nonce="%d"></script>
</body>
</html>
''' % (charset_meta, seed(key), e['title'], wxid, seed(key) % 10**10, wxid, e['paras'][0][:54], e['author'], e['paras'][0][:54], e['title'],
       e['title'], '\n'.join(meta_parts), content, seed(key + 'n'),
       'www.%s.com/a/%d.html' % (wxid.split('_')[0], seed(key) % 100000), ['3208', '1.2万', '876', '5641'][seed(key) % 4],
       acct, wxid, intro, seed(key + 'q'), ct, e['title'], acct, wxid, wxid[-4:], seed(key) % 10**10,
       json.dumps(init, ensure_ascii=False), seed(key + 'z'))

def build_yuedu():
    h = wx_page('y1', '鹿鸣财经观察', 'luming_cj', '关注产业变迁，记录企业故事。', '2023-06-18 20:15', 1687090500, True,
                '文 | 沈砚秋　　编辑 | 周南', '浙江', True, '', ['国企混改的三道坎，怎么迈过去？', '一座老工业城市的十年', '专访｜“专精特新”企业的生存之道'],
                caption_credit='图片来源：视觉中国')
    add('l-yuedu-1.html', h, 'utf-8', 'utf-8', 'https://mp.weixin.qq.com/s/Lm3xQp8RtY2vK9wDfA1bZg', 'y1', '2023-06-18')
    h = wx_page('y2', '南窗夜话', 'nanchuang_yehua', '每晚一篇，写给还在路上的你。', '2022年11月3日 07:30', 1667431800, False,
                '', '江苏', False, '<p style="margin-top:24px;"><span style="font-size: 13px;color: rgb(136, 136, 136);">本文来源：读者投稿，作者授权发布，转载请后台联系。</span></p>',
                ['母亲的菜园', '那年冬天的一封信', '我们终将活成父母的样子'])
    add('l-yuedu-2.html', h, 'utf-8', '', 'https://mp.weixin.qq.com/s/nC7hYw0aRzq4pL2eXs9KmA', 'y2', '2022-11-03')
    h = wx_page('y3', '格物小站', 'gewu_xiaozhan', '用好玩的方式讲科学。', '2021-09-27 18:00', 1632736800, True,
                '文｜程望舒　　审核｜中国科普作家协会会员 方立言', '北京', True,
                '<p><span style="font-size: 13px;color: rgb(136, 136, 136);">参考资料：</span></p><p><span style="font-size: 12px;color: rgb(136, 136, 136);">[1] 大气物理学基础（第三版）</span></p><p><span style="font-size: 12px;color: rgb(136, 136, 136);">[2] 瑞利散射与天空颜色的科普问答</span></p>',
                ['彩虹为什么是弯的？', '冬天的静电从哪里来', '月亮为什么总是同一面对着我们'],
                caption_credit='▲ 图片来自网络')
    add('l-yuedu-3.html', h, 'utf-8', 'utf-8', 'https://mp.weixin.qq.com/s?__biz=MzIxNjQ0Mw==&mid=2247483901&idx=1&sn=8f2c1a0b', 'y3', '2021-09-27')
    h = wx_page('y4', '乡野笔记', 'xiangye_biji', '记录乡村，留住乡愁。', '2024年03月12日 21:05', 1710248700, False,
                '', '河南', False, '<p style="margin-top:24px;"><span style="font-size: 13px;color: rgb(136, 136, 136);">图片：乡野笔记 摄　排版：小禾</span></p>',
                ['老屋的门槛', '一碗手擀面', '麦收时节'])
    add('l-yuedu-4.html', h, 'utf-8', '', 'https://mp.weixin.qq.com/s/Vq1dTe5ZfXh0M8sLcB4nPw', 'y4', '2024-03-12')

# ---------------------------------------------------------------- 2. hongqi (county party-building portal, tables)
HQ_NAV = ['首页', '党建要闻', '基层动态', '组织建设', '干部工作', '人才工作', '党员教育', '公示公告', '视频点播', '政策法规']
HQ_LATEST = ['县委组织部召开全县组织工作务虚会', '石桥镇开展“党员进网格”志愿服务', '全县村（社区）党组织书记轮训班开班',
             '县直机关工委开展主题党日活动', '梧桐县2022年度考试录用公务员拟录用人员公示', '城关镇“红色物业”破解小区治理难题',
             '县委组织部开展走访慰问困难党员活动', '以党建引领推动乡村振兴见实效']

def hq_frame(title_tag, position, main, charset_meta):
    side = '\n'.join('<tr><td height="24" class="list">&nbsp;&middot;<a href="/Article/ShowArticle.asp?ArticleID=%d" target="_blank" title="%s">%s</a></td></tr>' % (3000 + seed(t) % 900, t, t if len(t) < 16 else t[:15] + '…') for t in HQ_LATEST)
    nav = ' | '.join('<a href="/Article/ShowClass.asp?ClassID=%d" class="nav">%s</a>' % (i + 1, n) for i, n in enumerate(HQ_NAV))
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n' % charset_meta if charset_meta else ''
    return '''<html>
<head>
%s<title>%s</title>
<meta name="keywords" content="梧桐县,党建,组织工作,红旗先锋网">
<link href="/Skin/hongqi/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript" src="/js/menu.js"></script>
<script language="JavaScript">
<!--
function doZoom(size){document.getElementById('fontzoom').style.fontSize=size+'px'}
//-->
</script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="28" bgcolor="#B20000"><table width="100%%" border="0" cellspacing="0" cellpadding="0"><tr>
    <td width="60%%"><font color="#FFFFFF">&nbsp;今天是：<script language="javascript">document.write(new Date().toLocaleDateString())</script></font></td>
    <td align="right"><a href="#" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.wtxdj.gov.cn');"><font color="#FFFFFF">设为首页</font></a> | <a href="javascript:window.external.AddFavorite('http://www.wtxdj.gov.cn','红旗先锋网')"><font color="#FFFFFF">加入收藏</font></a>&nbsp;</td></tr></table></td></tr>
  <tr><td><img src="/Skin/hongqi/banner.jpg" width="1002" height="160" alt="梧桐红旗先锋网"></td></tr>
  <tr><td height="36" align="center" background="/Skin/hongqi/navbg.gif" class="navtd">%s</td></tr>
</table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr><td height="30" class="position">&nbsp;<img src="/Skin/hongqi/arrow.gif"> 您现在的位置：%s</td></tr>
</table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td width="250" valign="top">
      <table width="240" border="0" cellspacing="0" cellpadding="0" class="box">
        <tr><td height="30" background="/Skin/hongqi/tbg.gif" class="boxtitle">&nbsp;&nbsp;最新文章</td></tr>
%s
      </table>
      <table width="240" border="0" cellspacing="0" cellpadding="0" class="box">
        <tr><td height="30" background="/Skin/hongqi/tbg.gif" class="boxtitle">&nbsp;&nbsp;专题专栏</td></tr>
        <tr><td align="center"><a href="/zt/xxjy/"><img src="/UploadFiles/zt1.jpg" width="230" height="60" alt="学习教育专题"></a></td></tr>
        <tr><td align="center"><a href="/zt/xczx/"><img src="/UploadFiles/zt2.jpg" width="230" height="60" alt="乡村振兴"></a></td></tr>
        <tr><td height="28">&nbsp;&middot;<a href="/zt/12380/">12380举报网站</a></td></tr>
      </table>
    </td>
    <td width="752" valign="top">
%s
    </td>
  </tr>
</table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="2" bgcolor="#B20000"></td></tr>
  <tr><td align="center" class="copyright" height="90">
    <a href="/about.asp">关于我们</a> | <a href="/contact.asp">联系我们</a> | <a href="/map.asp">网站地图</a><br>
    主办：中共梧桐县委组织部&nbsp;&nbsp;承办：梧桐县党员教育中心&nbsp;&nbsp;技术支持：梧桐县信息网络中心<br>
    地址：梧桐县城关镇人民路88号&nbsp;&nbsp;邮编：437900&nbsp;&nbsp;电话：0716-5123380<br>
    <a href="https://beian.miit.gov.cn/" target="_blank">鄂ICP备05012345号</a>&nbsp;&nbsp;建议使用1024×768分辨率浏览
  </td></tr>
</table>
<script language="javascript" src="/Count.asp"></script>
</body>
</html>
''' % (meta, title_tag, nav, position, side, main)

def hq_article(key, src, author_cell, date_cell, hits, aid, para_style, prev_t, next_t):
    e = E[key]
    if para_style == 'p':
        body = '\n'.join('<p style="text-indent:2em; line-height:180%%">%s</p>' % p for p in e['paras'])
    else:
        body = '<br>\n'.join('　　' + p + '<br>' for p in e['paras'])
    return '''      <table width="740" border="0" align="center" cellpadding="0" cellspacing="0">
        <tr><td height="60" align="center" class="arttitle"><font size="5" color="#B20000"><strong>%s</strong></font></td></tr>
        <tr><td height="28" align="center" bgcolor="#F5F5F5" class="artinfo">来源：%s&nbsp;&nbsp;&nbsp;&nbsp;作者：%s&nbsp;&nbsp;&nbsp;&nbsp;发布时间：%s&nbsp;&nbsp;&nbsp;&nbsp;点击数：<script language="javascript" src="/Article/GetHits.asp?ArticleID=%d"></script>%d&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
        <tr><td height="10"></td></tr>
        <tr><td class="artcontent" id="fontzoom" style="font-size:14px; line-height:200%%; padding:10px 20px;">
%s
        </td></tr>
        <tr><td height="40" align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】&nbsp;&nbsp;</td></tr>
        <tr><td height="1" bgcolor="#CCCCCC"></td></tr>
        <tr><td height="60" class="prenext">&nbsp;&nbsp;上一篇：<a href="/Article/ShowArticle.asp?ArticleID=%d">%s</a><br>&nbsp;&nbsp;下一篇：<a href="/Article/ShowArticle.asp?ArticleID=%d">%s</a></td></tr>
      </table>''' % (e['title'], src, author_cell, date_cell, aid, hits, body, aid - 1, prev_t, aid + 1, next_t)

def build_hongqi():
    pos = '<a href="/">首页</a> &gt;&gt; <a href="/Article/ShowClass.asp?ClassID=3">基层动态</a> &gt;&gt; 正文'
    m = hq_article('h1', '石桥镇党委', '周晓岚', '2022-09-15 16:42:08', 1632, 3815, 'p', '县委组织部开展走访慰问困难党员活动', '城关镇“红色物业”破解小区治理难题')
    add('l-hongqi-1.html', hq_frame(E['h1']['title'] + '-梧桐红旗先锋网', pos, m, 'gb2312'), 'gb2312', 'gbk', 'http://www.wtxdj.gov.cn/Article/ShowArticle.asp?ArticleID=3815', 'h1', '2022-09-15')
    pos2 = '<a href="/">首页</a> &gt;&gt; <a href="/Article/ShowClass.asp?ClassID=7">党员教育</a> &gt;&gt; 正文'
    m = hq_article('h2', '梧桐县委宣传部', '佚名', '2021/7/8 10:21:36', 947, 2960, 'br', '县直机关工委开展主题党日活动', '全县村（社区）党组织书记轮训班开班')
    add('l-hongqi-2.html', hq_frame(E['h2']['title'] + '-梧桐红旗先锋网', pos2, m, 'gb2312'), 'gb2312', '', 'http://www.wtxdj.gov.cn/Article/ShowArticle.asp?ArticleID=2960', 'h2', '2021-07-08')
    pos3 = '<a href="/">首页</a> &gt;&gt; <a href="/Article/ShowClass.asp?ClassID=2">党建要闻</a> &gt;&gt; 正文'
    m = hq_article('h3', '县国资局', '李振华', '2023年04月20日', 2215, 4102, 'p', '以党建引领推动乡村振兴见实效', '梧桐县2022年度考试录用公务员拟录用人员公示')
    add('l-hongqi-3.html', hq_frame(E['h3']['title'] + '-梧桐红旗先锋网', pos3, m, 'gbk'), 'gbk', '', 'http://www.wtxdj.gov.cn/Article/ShowArticle.asp?ArticleID=4102', 'h3', '2023-04-20')
    # column listing
    items = ['石桥镇开展“党员进网格”志愿服务', '城关镇“红色物业”破解小区治理难题', '“党员中心户”让服务延伸到田间地头',
             '柳湾村党支部召开党员大会', '白沙乡举办农村实用人才培训班', '青石岭村“农民夜校”开课', '县交通运输局党支部开展结对共建活动',
             '杨家坪村合作社带动群众增收', '双河镇推行村级小微权力清单', '县人民医院党委开展义诊进乡村活动', '龙潭社区打造“红色驿站”',
             '高桥镇召开软弱涣散村党组织整顿推进会', '县供电公司党员服务队走进田间', '马鞍村退役军人党员当好护林员',
             '新塘镇开展村干部履职述职评议', '梧桐县第二中学党支部开展“师德师风”教育', '河口乡“一村一品”党建品牌创建纪实',
             '县市场监管局党支部开展主题党日', '城南社区“邻里议事会”解民忧', '大坪村党员带头修建产业路']
    rows = []
    for i, t in enumerate(items):
        d = '2022-%02d-%02d' % (9 - i // 8, 28 - (i * 3) % 27)
        rows.append('        <tr><td height="26" class="listbg">&nbsp;<img src="/Skin/hongqi/li.gif" align="absmiddle"> <a href="/Article/ShowArticle.asp?ArticleID=%d" target="_blank">%s</a></td><td width="90" align="center" class="date">[%s]</td></tr>' % (3830 - i, t, d))
    m = '''      <table width="740" border="0" cellpadding="0" cellspacing="0">
        <tr><td height="32" colspan="2" background="/Skin/hongqi/tbg2.gif" class="coltitle">&nbsp;&nbsp;<strong>基层动态</strong></td></tr>
%s
        <tr><td height="40" colspan="2" align="center">共 <b>236</b> 篇文章&nbsp;&nbsp;首页 上一页 <a href="/Article/ShowClass.asp?ClassID=3&page=2">下一页</a> <a href="/Article/ShowClass.asp?ClassID=3&page=12">尾页</a>&nbsp;&nbsp;页次：<strong><font color="red">1</font>/12</strong>页&nbsp;&nbsp;<b>20</b>篇文章/页&nbsp;&nbsp;转到：<select name="page" onchange="javascript:window.location='/Article/ShowClass.asp?ClassID=3&page='+this.options[this.selectedIndex].value;"><option value="1" selected>第1页</option><option value="2">第2页</option><option value="3">第3页</option></select></td></tr>
      </table>''' % '\n'.join(rows)
    add('l-hongqi-4.html', hq_frame('基层动态-梧桐红旗先锋网', '<a href="/">首页</a> &gt;&gt; 基层动态', m, 'gb2312'), 'gb2312', 'gb2312', 'http://www.wtxdj.gov.cn/Article/ShowClass.asp?ClassID=3', listing=True)

# ---------------------------------------------------------------- 3. wenfan (essay-sample site)
WF_HOT = ['我的老师作文600字', '国企改革三年行动心得体会', '难忘的一件事作文', '党史学习教育个人总结', '乡村振兴调研报告范文',
          '我的妈妈作文400字', '入党积极分子思想汇报2023', '读《红岩》有感800字']

def wf_frame(head_meta, title_tag, crumb, main):
    hot = '\n'.join('<li><span class="num">%d</span><a href="/fanwen/%d.html" target="_blank">%s</a></li>' % (i + 1, 500000 + seed(t) % 99999, t) for i, t in enumerate(WF_HOT))
    return '''<!DOCTYPE html>
<html>
<head>
%s
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>%s</title>
<meta name="keywords" content="范文,作文,心得体会,工作总结,演讲稿,文范网">
<meta name="description" content="文范网提供各类优秀范文、作文、心得体会、工作总结、演讲稿，是您写作的好帮手。">
<link rel="stylesheet" href="//static.wenfan8.com/css/main.css?v=20230315">
<script>
var _hmt = _hmt || [];
(function() { var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?4f2a8e1c0d9b7a6e5c3b2a1f0e9d8c7b"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();
</script>
</head>
<body>
<div class="topbar"><div class="w1200"><span class="fl">欢迎来到文范网！</span><span class="fr"><a href="/user/login.html" rel="nofollow">登录</a> | <a href="/user/reg.html" rel="nofollow">注册</a> | <a href="/vip/" class="vip-link" rel="nofollow">开通VIP</a> | <a href="/app/">手机版</a></span></div></div>
<div class="header w1200"><a href="/" class="logo"><img src="//static.wenfan8.com/images/logo.png" alt="文范网"></a>
<form class="search" action="/search.php" method="get"><input type="text" name="q" placeholder="请输入要搜索的范文标题"><button type="submit">搜索</button></form></div>
<div class="nav"><div class="w1200"><a href="/">首页</a><a href="/zuowen/">作文大全</a><a href="/xindetihui/">心得体会</a><a href="/zongjie/">工作总结</a><a href="/jianghua/">讲话稿</a><a href="/sixianghuibao/">思想汇报</a><a href="/duhougan/">读后感</a><a href="/jihua/">工作计划</a><a href="/hetong/">合同范本</a></div></div>
<div class="w1200 crumb">当前位置：%s</div>
<div class="w1200 main clearfix">
<div class="left">
%s
</div>
<div class="right">
<div class="box vipbox"><p>开通VIP会员</p><p>海量范文免费下载 · 无广告阅读</p><a href="/vip/" rel="nofollow" class="btn">立即开通</a></div>
<div class="box"><h3>热门范文</h3><ul class="hot">
%s
</ul></div>
<div class="box"><h3>热门标签</h3><p class="tagcloud"><a href="/tag/xindetihui/">心得体会</a> <a href="/tag/zuowen800/">800字作文</a> <a href="/tag/dushu/">读书笔记</a> <a href="/tag/dangjian/">党建</a> <a href="/tag/qinqing/">亲情作文</a></p></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p><a href="/about.html" rel="nofollow">关于我们</a> | <a href="/copyright.html" rel="nofollow">版权声明</a> | <a href="/contact.html" rel="nofollow">联系我们</a> | <a href="/sitemap.html">网站地图</a></p>
<p>&copy; 2012-2024 wenfan8.com 文范网 版权所有　<a href="https://beian.miit.gov.cn/" rel="nofollow">苏ICP备13045678号-2</a></p>
<p>本站部分内容来自网友投稿，如有侵权请联系删除。</p>
</div></div>
<script src="//static.wenfan8.com/js/jquery.min.js"></script>
<script src="//static.wenfan8.com/js/common.js?v=20230315"></script>
</body>
</html>
''' % (head_meta, title_tag, crumb, main, hot)

def wf_article(key, info, spam, uploader, related, aid, pdata_extra, cut_words=None):
    e = E[key]
    paras = '\n'.join('<p>%s</p>' % p for p in e['paras'])
    rel = '\n'.join('<li><a href="/fanwen/%d.html" target="_blank">%s</a><span>%s</span></li>' % (aid - 7 * (i + 1), t, d) for i, (t, d) in enumerate(related))
    pdata = {"id": aid, "title": e['title'], "cid": 12, "is_vip": 1, "price": 0, "word": pdata_extra}
    return '''<div class="article">
<h1 class="title">%s</h1>
<div class="info">%s</div>
<div class="keywords-line">%s</div>
<div class="vip-tip"><span class="ico">VIP</span>本文共1页，会员可免费下载Word文档，<a href="/vip/?from=art%d" rel="nofollow">立即开通VIP会员</a>，下载更多优质范文！</div>
<div class="content" id="article-content">
%s
</div>
<div class="upload-note">本文由 %s 上传，版权归原作者所有。转载请注明出处。</div>
<div class="download"><a href="/down/%d.html" rel="nofollow" class="btn-word">下载Word文档</a><a href="/down/%d.html?t=pdf" rel="nofollow" class="btn-pdf">下载PDF</a><span>会员专享，非会员需支付3元</span></div>
<div class="disclaimer">免责声明：本站所有范文均来源于网友投稿或互联网，仅供学习交流参考，不代表本站观点，如涉及版权问题，请联系我们删除。</div>
<div class="related"><h3>相关范文</h3><ul>
%s
</ul></div>
<script>var pageData = %s;</script>
</div>''' % (e['title'], info, spam, aid, paras, uploader, aid, aid, rel, json.dumps(pdata, ensure_ascii=False))

def build_wenfan():
    m = wf_article('w1', '时间：2019-10-12　来源：文范网　作者：林可欣　字数：约850字　阅读：<span id="hits">12,486</span>次',
                   '难忘外婆的桂花糕作文800字 外婆的桂花糕作文 关于外婆的作文初二 写外婆的作文600字 桂花糕作文开头结尾 亲情作文素材',
                   '用户 ke***xin', [('外婆的小院作文600字', '2019-09-30'), ('我的外婆作文800字初二', '2019-10-03'), ('难忘的味道作文', '2019-10-08'), ('桂花飘香作文500字', '2019-10-10'), ('写亲情的作文800字初中', '2019-10-11')],
                   530118, 850)
    add('l-wenfan-1.html', wf_frame('<meta charset="gbk">', '难忘外婆的桂花糕_初二作文800字_文范网', '<a href="/">文范网</a> &gt; <a href="/zuowen/">作文大全</a> &gt; <a href="/zuowen/chuer/">初二作文</a> &gt; 正文', m),
        'gbk', '', 'https://www.wenfan8.com/zuowen/chuer/530118.html', 'w1', '2019-10-12')
    m = wf_article('w2', '发布时间：2023-02-11 09:36:12　栏目：心得体会　浏览：<span id="hits">3,702</span>次',
                   '驻村工作心得体会 驻村第一书记工作总结 驻村工作队员个人总结范文 驻村帮扶心得体会2023 乡村振兴驻村工作体会精选',
                   '用户 zhucun_2023', [('驻村第一书记个人工作总结', '2023-01-06'), ('驻村工作队员心得体会范文（通用5篇）', '2023-01-18'), ('乡村振兴工作心得体会', '2023-02-02'), ('驻村工作年度述职报告', '2023-02-07')],
                   611902, 900)
    add('l-wenfan-2.html', wf_frame('<meta http-equiv="Content-Type" content="text/html; charset=gbk">', '驻村工作一年的几点体会_心得体会_文范网', '<a href="/">文范网</a> &gt; <a href="/xindetihui/">心得体会</a> &gt; 正文', m),
        'gbk', 'gbk', 'https://www.wenfan8.com/xindetihui/611902.html', 'w2', '2023-02-11')
    # served as UTF-8 by the HTTP header while the old template still declares gb2312
    m = wf_article('w3', '更新时间：2020年05月06日　栏目：读后感　阅读：<span id="hits">8,153</span>次',
                   '读史记有感800字 史记读后感 司马迁读后感作文 读《史记》有感600字 史记读书笔记初中 高中生读史记心得',
                   '用户 shiji_fan', [('《史记》读后感1000字', '2020-04-21'), ('读《项羽本纪》有感', '2020-04-28'), ('司马迁的故事读后感', '2020-05-01'), ('读《报任安书》有感', '2020-05-03'), ('《史记》读书笔记摘抄', '2020-05-05')],
                   402277, 980)
    add('l-wenfan-3.html', wf_frame('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', '读《史记》有感：一支笔的坚守_读后感_文范网', '<a href="/">文范网</a> &gt; <a href="/duhougan/">读后感</a> &gt; 正文', m),
        'utf-8', 'utf-8', 'https://www.wenfan8.com/duhougan/402277.html', 'w3', '2020-05-06')
    # search results page
    res = [('国企改革三年行动心得体会（精选6篇）', '国企改革三年行动是落实国有企业改革“1+N”政策体系的具体施工图。通过学习，我深刻认识到……', '2022-11-02', '2.3万'),
           ('国企改革学习心得体会范文', '近期，公司组织全体党员干部深入学习国企改革相关文件精神，本人结合工作实际，谈几点体会……', '2021-06-15', '1.8万'),
           ('深化国企改革心得体会3篇', '国有企业是中国特色社会主义的重要物质基础和政治基础，深化国企改革……', '2023-03-27', '9,612'),
           ('国企改革专题研讨发言材料', '按照会议安排，我围绕“如何推动国企改革走深走实”这一主题，谈几点认识……', '2022-08-19', '7,405'),
           ('关于国企改革的心得体会1500字', '改革是国有企业发展的动力之源。回顾近年来的改革历程，我们有以下几点体会……', '2020-12-01', '6,230'),
           ('国企改革深化提升行动学习心得', '国企改革深化提升行动是新时代新征程国有企业改革的重要部署……', '2023-09-08', '5,118'),
           ('国企职工谈改革心得体会', '作为一名在国企工作了二十年的老职工，我亲身经历了企业改革的全过程……', '2019-07-22', '4,987'),
           ('国企改革三年行动总结报告范文', '三年来，公司坚决贯彻落实国企改革三年行动部署，聚焦重点任务……', '2022-12-29', '4,326')]
    items = '\n'.join('''<div class="result-item">
<h3><a href="/xindetihui/%d.html" target="_blank">%s</a></h3>
<p class="summary">%s</p>
<p class="meta"><span>%s</span><span>浏览 %s</span><span class="vip">VIP可下载</span></p>
</div>''' % (600000 + seed(t) % 99999, t.replace('国企改革', '<em>国企改革</em>'), s.replace('国企改革', '<em>国企改革</em>'), d, v) for t, s, d, v in res)
    m = '''<div class="search-result">
<div class="search-head">搜索“<em>国企改革 心得</em>”共找到 <b>1,254</b> 篇相关范文，用时0.032秒</div>
<div class="filter">排序：<a href="?q=%%E5%%9B%%BD&amp;o=1" class="on">相关度</a> <a href="?o=2">最新发布</a> <a href="?o=3">最多浏览</a></div>
%s
<div class="pages"><span class="cur">1</span><a href="/search.php?q=%%E5%%9B%%BD%%E4%%BC%%81&amp;p=2">2</a><a href="/search.php?p=3">3</a><a href="/search.php?p=4">4</a>…<a href="/search.php?p=157">157</a><a href="/search.php?p=2">下一页</a></div>
<div class="hot-search">大家都在搜：<a href="/search.php?q=1">国企改革三年行动总结</a> <a href="/search.php?q=2">党建引领国企改革</a> <a href="/search.php?q=3">混合所有制改革心得</a></div>
</div>''' % items
    add('l-wenfan-4.html', wf_frame('<meta charset="utf-8">', '国企改革 心得_搜索结果_文范网', '<a href="/">文范网</a> &gt; 搜索结果', m),
        'utf-8', '', 'https://www.wenfan8.com/search.php?q=%E5%9B%BD%E4%BC%81%E6%94%B9%E9%9D%A9+%E5%BF%83%E5%BE%97', listing=True)

# ---------------------------------------------------------------- 4. fengyu (Taiwan / Hong Kong traditional-script blog and column)
def fy_big5_blog(key, blogname, date_line, tags, related, comments, cat, meta_charset, bio=None, column=False):
    e = E[key]
    paras = '\n'.join('<p>%s</p>' % p for p in e['paras'])
    rel = '\n'.join('<li><a href="/post/%d">%s</a></li>' % (seed(t) % 90000 + 10000, t) for t in related)
    com = '\n'.join('''<div class="comment"><div class="c-head"><b>%s</b> 於 %s 留言：</div><div class="c-body">%s</div>%s</div>''' % (n, d, t, ('<div class="c-reply"><b>版主回覆：</b>%s</div>' % r) if r else '') for n, d, t, r in comments)
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=big5">\n' if meta_charset else ''
    byline = '<div class="post-author">作者：<a href="/author/%s">%s</a></div>' % (hashlib.md5(e['author'].encode('utf-8')).hexdigest()[:6], e['author']) if e['author'] else ''
    biobox = '<div class="author-bio"><img src="/img/col_%s.jpg" align="left"><b>作者簡介</b><br>%s</div>' % (key, bio) if bio else ''
    head_title = ('%s｜%s專欄｜%s' % (e['title'], e['author'], blogname)) if column else ('%s @ %s' % (e['title'], blogname))
    return '''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
%s<title>%s</title>
<meta name="description" content="%s">
<link rel="stylesheet" type="text/css" href="/theme/fengyu/style.css">
<script type="text/javascript" src="/js/jquery-1.7.2.min.js"></script>
</head>
<body>
<table width="960" border="0" cellspacing="0" cellpadding="0" align="center" id="wrapper">
<tr><td colspan="2" id="banner"><h2 class="blog-title"><a href="/">%s</a></h2><div class="blog-desc">%s</div></td></tr>
<tr><td colspan="2" id="menu"><a href="/">首頁</a> ｜ <a href="/category/%d">%s</a> ｜ <a href="/archive">文章彙整</a> ｜ <a href="/about">關於我</a> ｜ <a href="/guestbook">留言板</a></td></tr>
<tr>
<td width="680" valign="top" id="main">
<div class="post">
<div class="post-date">%s</div>
<h1 class="post-title">%s</h1>
%s
<div class="post-body">
%s
</div>
%s
<div class="post-tags">標籤：%s</div>
<div class="post-share">分享：<a href="https://www.facebook.com/sharer.php?u=x" target="_blank">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url=x" target="_blank">LINE</a> <a href="https://twitter.com/intent/tweet?url=x" target="_blank">Twitter</a> <a href="javascript:window.print()">列印</a></div>
<div class="post-footer">分類：<a href="/category/%d">%s</a> ｜ 瀏覽 <span id="views">%d</span> ｜ <a href="#comments">留言(%d)</a> ｜ <a href="/trackback/%d">引用</a></div>
</div>
<div class="related"><h3>延伸閱讀</h3><ul>
%s
</ul></div>
<div id="comments"><h3>留言</h3>
%s
<form class="comment-form" method="post" action="/comment"><p>暱稱：<input name="name"> 電子郵件：<input name="mail"></p><p><textarea name="body" rows="5" cols="60"></textarea></p><p><input type="submit" value="送出留言"> <label><input type="checkbox" name="secret">悄悄話</label></p></form>
</div>
</td>
<td width="280" valign="top" id="sidebar">
<div class="side-box"><h4>最新文章</h4><ul><li><a href="/post/1">秋天的柿子</a></li><li><a href="/post/2">夜車上的少年</a></li><li><a href="/post/3">巷口的麵攤</a></li></ul></div>
<div class="side-box"><h4>文章分類</h4><ul><li><a href="/category/1">生活隨筆 (86)</a></li><li><a href="/category/2">城市散步 (41)</a></li><li><a href="/category/3">讀書筆記 (29)</a></li></ul></div>
<div class="side-box"><h4>參觀人氣</h4><p>本日人氣：128<br>累積人氣：356,204</p></div>
</td>
</tr>
<tr><td colspan="2" id="footer">Copyright &copy; %s All Rights Reserved. 本站文章未經同意請勿轉載。</td></tr>
</table>
</body>
</html>
''' % (meta, head_title, e['paras'][0][:60], blogname, '寫字、散步、慢慢生活' if not column else '城市．人文．專欄', 1, cat, date_line, e['title'], byline, paras, biobox,
       ' '.join('<a href="/tag/%s">%s</a>' % (hashlib.md5(t.encode('utf-8')).hexdigest()[:8], t) for t in tags), 1, cat, 1000 + seed(key) % 5000, len(comments), seed(key) % 9999, rel, com, blogname)

def fy_wp(key, date_line, tags, related, comments, lead_byline):
    e = E[key]
    paras = '\n'.join('<p>%s</p>' % p for p in e['paras'])
    ld = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": e['title'], "datePublished": date_line.replace('/', '-') + "T09:00:00+08:00",
          "publisher": {"@type": "Organization", "name": "風雨讀書室"}}
    if e['author']:
        ld["author"] = {"@type": "Person", "name": e['author']}
    rel = '\n'.join('<div class="jp-relatedposts-post"><a href="/%d/">%s</a><span class="jp-relatedposts-post-date">%s</span></div>' % (seed(t) % 9000, t, d) for t, d in related)
    com = '\n'.join('<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">%s</b> <time>%s</time> <span class="says">說：</span></footer><div class="comment-content"><p>%s</p></div><div class="reply"><a class="comment-reply-link" href="#respond">回覆</a></div></article></li>' % c for c in comments)
    return '''<!doctype html>
<html lang="zh-TW">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s &#8211; 風雨讀書室</title>
<meta property="og:type" content="article" />
<meta property="og:title" content="%s" />
<meta property="og:site_name" content="風雨讀書室" />
<meta property="article:published_time" content="%sT09:00:00+08:00" />
<script type="application/ld+json">%s</script>
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.0.2' media='all' />
<script>window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/","ext":".png"};</script>
</head>
<body class="post-template-default single single-post single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">跳至主要內容</a>
<header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">風雨讀書室</a></p><p class="site-description">在風雨裡讀書，在書裡看風雨</p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/">首頁</a></li><li><a href="/category/science/">科普小品</a></li><li><a href="/category/history/">地方記憶</a></li><li><a href="/about/">關於</a></li></ul></nav></header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
<article id="post-%d" class="post type-post status-publish format-standard hentry">
<header class="entry-header"><h1 class="entry-title">%s</h1>
<div class="entry-meta"><span class="posted-on">發表於 <time class="entry-date published" datetime="%sT09:00:00+08:00">%s</time></span></div>
</header>
<div class="entry-content">
%s%s
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">分享此文：</h3><ul><li><a class="share-facebook" href="?share=facebook">Facebook</a></li><li><a class="share-line" href="?share=line">LINE</a></li><li><a class="share-twitter" href="?share=twitter">Twitter</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>延伸閱讀</em></h3>
%s
</div>
</div>
<footer class="entry-footer"><span class="cat-links">分類：<a href="/category/x/" rel="category tag">%s</a></span><span class="tags-links">標籤：%s</span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="/prev/" rel="prev"><span class="meta-nav">上一篇</span> 秋天的柿子</a></div><div class="nav-next"><a href="/next/" rel="next"><span class="meta-nav">下一篇</span> 夜車上的少年</a></div></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">「%s」有 %d 則留言</h2><ol class="comment-list">
%s
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">發表留言</h3><form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-form-comment"><textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" value="發佈留言"></p></form></div>
</div>
</main>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">近期文章</h2><ul><li><a href="/1/">秋天的柿子</a></li><li><a href="/2/">夜車上的少年</a></li><li><a href="/3/">巷口的麵攤</a></li></ul></section>
<section class="widget"><h2 class="widget-title">彙整</h2><ul><li><a href="/2022/10/">2022 年 10 月</a></li><li><a href="/2022/09/">2022 年 9 月</a></li><li><a href="/2021/05/">2021 年 5 月</a></li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2024 風雨讀書室 ｜ 採用 WordPress 建置</div></footer>
</div>
<script src='/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js?ver=11.4' id='sharing-js-js'></script>
</body>
</html>
''' % (e['title'], e['title'], date_line.replace('/', '-'), json.dumps(ld, ensure_ascii=False), seed(key) % 9000, e['title'], date_line.replace('/', '-'), date_line,
       lead_byline, paras, rel, '科普小品' if key == 'f3' else '地方記憶', '、'.join('<a href="/tag/%d/" rel="tag">%s</a>' % (seed(t) % 999, t) for t in tags),
       e['title'], len(comments), com)

def build_fengyu():
    h = fy_big5_blog('f1', '雨青的慢活小屋', '2023.08.14 星期一', ['阿嬤', '傳統市場', '碗粿', '童年回憶'],
                     ['外公的腳踏車', '夏天的冬瓜茶', '鎮上的老戲院'],
                     [('小蝸牛', '2023/08/14 22:31', '看到碗粿那段好想哭，我阿嬤也是這樣，自己不吃都留給我。', '謝謝你，阿嬤們都一樣疼孫。'),
                      ('路過的旅人', '2023/08/15 09:12', '請問是哪個鎮的市場呢？下次回南部想去走走。', ''),
                      ('Amy', '2023/08/16 13:45', '寫得好溫暖，已分享給我媽看。', '')],
                     '生活隨筆', False)
    add('l-fengyu-1.html', h, 'big5', 'big5', 'http://blog.fengyu.com.tw/yuqing/post/20230814', 'f1', '2023-08-14')
    h = fy_big5_blog('f2', '城南筆記', '2019年4月9日 星期二', ['香港', '油麻地', '舊書', '城市記憶'],
                     ['旺角的最後一家唱片行', '天星小輪上的早晨', '茶餐廳的奶茶哲學'],
                     [('書蟲阿Ken', '2019/04/09 23:05', '陳伯的書攤我也去過，真的好多寶。', ''),
                      ('Winnie', '2019/04/10 08:40', '「願你喜歡海」這句好美。', ''),
                      ('老街坊', '2019/04/11 17:22', '希望陳伯身體健康，書攤可以一直開下去。', '')],
                     '城市散步', True, bio='林嘉穎，香港土生土長，曾任報館編輯，現為自由撰稿人，喜歡在舊區散步、逛舊書攤。', column=True)
    add('l-fengyu-2.html', h, 'big5', '', 'http://blog.fengyu.com.tw/column/lin/20190409.html', 'f2', '2019-04-09')
    h = fy_wp('f3', '2022/10/02', ['颱風', '氣象', '科普'],
              [('雷聲為什麼總是比閃電晚到？', '2022/09/18'), ('梅雨季的空氣為什麼黏黏的', '2022/06/05'), ('看雲識天氣', '2022/04/30')],
              [('阿德', '2022 年 10 月 2 日 下午 3:12', '小時候真的以為颱風走了跑出去，被我爸罵到臭頭。'),
               ('Jessica', '2022 年 10 月 3 日 上午 10:48', '講得很清楚，想拿去給學生當補充教材，可以嗎？'),
               ('風雨讀書室', '2022 年 10 月 3 日 下午 8:02', '可以的，註明出處即可，謝謝！')],
              '')
    add('l-fengyu-3.html', h, 'utf-8', 'utf-8', 'https://fengyu.com.tw/2022/10/02/typhoon-eye/', 'f3', '2022-10-02')
    h = fy_wp('f4', '2021/05/23', ['鐵道', '日式宿舍', '歷史建築', '外公'],
              [('舊車站的木頭長椅', '2021/03/14'), ('糖廠小火車', '2020/12/06'), ('老街的亭仔腳', '2020/08/22')],
              [('火車迷小林', '2021 年 5 月 23 日 下午 9:40', '這排宿舍我去過，書店的老闆人很好。'),
               ('月娥', '2021 年 5 月 24 日 上午 7:15', '我爸以前也是鐵路局的，看了好有感觸。')],
              '<p class="guest-byline"><strong>文／許文彬</strong>（本文為讀者投稿）</p>\n')
    add('l-fengyu-4.html', h, 'utf-8', '', 'https://fengyu.com.tw/2021/05/23/railway-dorm/', 'f4', '2021-05-23')

# ---------------------------------------------------------------- 5. chenbao (e-paper)
CB_PAGES = [('A01', '头版'), ('A02', '要闻'), ('A03', '要闻'), ('A04', '综合'), ('A05', '区县'), ('A06', '乡村振兴'), ('A07', '评论'), ('A08', '副刊')]

def cb_frame(charset_meta, date_cn, ymd, ban, ban_name, page_titles, main, title_tag):
    y, m, d = ymd
    nav = '\n'.join('<tr><td class="default"><a id="pageLink" href="node_%d.htm">第%s版：%s</a></td><td><a href="../../../page/%04d-%02d/%02d/%s/%s.pdf"><img src="../../../images/pdf.gif" border="0"></a></td></tr>' % (i + 1, b, n, y, m, d, b, b) for i, (b, n) in enumerate(CB_PAGES))
    idx = [b for b, n in CB_PAGES].index(ban)
    prev_b = CB_PAGES[idx - 1][0] if idx > 0 else None
    next_b = CB_PAGES[idx + 1][0] if idx + 1 < len(CB_PAGES) else None
    pn = ('<a href="node_%d.htm">上一版</a>' % idx if prev_b else '<span class="gray">上一版</span>') + '&nbsp;&nbsp;' + ('<a href="node_%d.htm">下一版</a>' % (idx + 2) if next_b else '<span class="gray">下一版</span>')
    areas = '\n'.join('<area shape="polygon" coords="%d,%d,%d,%d,%d,%d,%d,%d" href="content_%d.htm">' % (10, 20 + 90 * i, 330, 20 + 90 * i, 330, 100 + 90 * i, 10, 100 + 90 * i, 40000 + seed(t) % 9999) for i, t in enumerate(page_titles))
    lst = '\n'.join('<tr><td class="default"><img src="../../../images/dot.gif"> <a href="content_%d.htm">%s</a></td></tr>' % (40000 + seed(t) % 9999, t) for t in page_titles)
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n' % charset_meta if charset_meta else ''
    return '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
%s<title>%s</title>
<link href="../../../style/epaper.css" rel="stylesheet" type="text/css">
<script language="javascript" src="../../../script/prototype.js"></script>
<script language="javascript" src="../../../script/ajax.js"></script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top">
  <tr><td width="300"><img src="../../../images/logo_chenbao.gif" alt="沅河晨报"></td>
      <td align="right" class="date">%s&nbsp;&nbsp;<a href="../../../html/%04d-%02d/%02d/node_1.htm">首页</a> | <a href="javascript:void(0)" onclick="showCalendar()">往期回顾</a> | <a href="http://www.yhcb.com.cn/" target="_blank">沅河新闻网</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="360" valign="top" class="left">
      <table width="100%%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="bantitle">第%s版：%s&nbsp;&nbsp;&nbsp;&nbsp;%s</td></tr>
        <tr><td><img src="../../../page/%04d-%02d/%02d/%s/%04d%02d%02d%s_b.jpg" usemap="#PagePicMap" width="340" border="0"><map name="PagePicMap">
%s
</map></td></tr>
      </table>
      <table width="100%%" border="0" cellspacing="0" cellpadding="0" class="bannav">
        <tr><td colspan="2" class="navtitle">版面导航</td></tr>
%s
      </table>
    </td>
    <td width="640" valign="top" class="right">
%s
      <table width="100%%" border="0" cellspacing="0" cellpadding="0" class="titlelist">
        <tr><td class="navtitle">本版标题导航</td></tr>
%s
      </table>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom">
  <tr><td align="center">沅河晨报社版权所有 未经书面授权不得复制或建立镜像<br>地址：沅河市滨江大道168号　邮编：418000　广告热线：0745-2236688　<a href="https://beian.miit.gov.cn/">湘ICP备10023456号</a></td></tr>
</table>
</body>
</html>
''' % (meta, title_tag, date_cn, y, m, d, ban, ban_name, pn, y, m, d, ban, y, m, d, ban, areas, nav, main, lst)

def cb_article(key, kicker, subtitle, byline, caption, credit, cap_after, prev_t, next_t):
    e = E[key]
    body = []
    paras = [p for p in e['paras'] if p != caption and p != subtitle]
    for i, p in enumerate(paras):
        body.append('<P>　　%s</P>' % p)
        if i == cap_after:
            body.append('<table class="pic" align="center"><tr><td align="center"><img src="../../../res/1/20/pic_%s.jpg" width="500"></td></tr><tr><td class="picintro" align="center">%s</td></tr><tr><td class="picauthor" align="right">%s</td></tr></table>' % (key, caption, credit))
    head = ''
    if kicker:
        head += '<tr><td class="font02" align="center">%s</td></tr>\n' % kicker
    head += '<tr><td class="font01" align="center">%s</td></tr>\n' % e['title']
    if subtitle:
        head += '<tr><td class="font02" align="center">%s</td></tr>\n' % subtitle
    return '''      <table width="100%%" border="0" cellspacing="0" cellpadding="0" class="article">
%s        <tr><td class="byline" align="center">%s</td></tr>
        <tr><td class="content"><div id="ozoom" style="font-size:14px;"><!--enpcontent-->%s<!--/enpcontent--></div></td></tr>
        <tr><td class="artnav" align="center"><a href="javascript:history.back()">返回目录</a>&nbsp;&nbsp;上一篇：<a href="#">%s</a>&nbsp;&nbsp;下一篇：<a href="#">%s</a>&nbsp;&nbsp;<a href="javascript:window.print()">打印</a>&nbsp;&nbsp;<a href="javascript:window.close()">关闭</a></td></tr>
      </table>''' % (head, byline, '\n'.join(body), prev_t, next_t)

def build_chenbao():
    a02 = ['老码头跑出“加速度”', '全市重点项目建设推进会召开', '秋季招聘会提供岗位一万两千余个', '沅河大桥主桥合龙']
    m = cb_article('c1', '聚焦国企改革深化提升行动', '——沅河港务集团深化改革见闻', '本报记者　韩松　周立',
                   '沅河港三号码头，桥吊正在装卸集装箱。', '本报记者　韩松　摄', 3, '全市重点项目建设推进会召开', '秋季招聘会提供岗位一万两千余个')
    add('l-chenbao-1.html', cb_frame('utf-8', '2023年09月21日 星期四', (2023, 9, 21), 'A02', '要闻', a02, m, '沅河晨报'), 'utf-8', 'utf-8',
        'http://epaper.yhcb.com.cn/html/2023-09/21/content_%d.htm' % (40000 + seed(a02[0]) % 9999), 'c1', '2023-09-21')
    a06 = ['山村夜校灯火明', '高山蔬菜走出大山', '新塘镇：小院经济带富一方', '冬修水利正当时']
    m = cb_article('c2', '', '', '记者　罗佳', '村民在夜校里学习果树修剪技术。', '罗佳　摄', 2, '高山蔬菜走出大山', '新塘镇：小院经济带富一方')
    add('l-chenbao-2.html', cb_frame('gb2312', '2022年12月05日 星期一', (2022, 12, 5), 'A06', '乡村振兴', a06, m, '沅河晨报'), 'gb2312', '',
        'http://epaper.yhcb.com.cn/html/2022-12/05/content_%d.htm' % (40000 + seed(a06[0]) % 9999), 'c2', '2022-12-05')
    a07 = ['让基层减负真正落地', '“小切口”撬动大民生', '读者来信：小区停车难何时解', '漫画：层层加码']
    m = cb_article('c3', '', '', '本报评论员', '', '', -1, '读者来信：小区停车难何时解', '“小切口”撬动大民生')
    add('l-chenbao-3.html', cb_frame('utf-8', '2024年01月16日 星期二', (2024, 1, 16), 'A07', '评论', a07, m, '沅河晨报'), 'utf-8', 'utf-8',
        'http://epaper.yhcb.com.cn/html/2024-01/16/content_%d.htm' % (40000 + seed(a07[0]) % 9999), 'c3', '2024-01-16')
    a01 = ['市委常委会召开会议', '沅河港务集团上半年利润增长百分之十八', '全市秋粮收购全面启动', '今日关注：城区新增三条公交线路',
           '我市两项目入选省级重点工程', '图片新闻：江畔秋色']
    m = '''      <table width="100%" border="0" cellspacing="0" cellpadding="0" class="overview">
        <tr><td class="navtitle">本版概览　第A01版：头版</td></tr>
        <tr><td align="center"><img src="../../../page/2023-09/21/A01/20230921A01_b.jpg" width="600" alt="A01版"></td></tr>
        <tr><td class="tip">点击版面图中的热区或右侧标题可阅读全文</td></tr>
      </table>'''
    add('l-chenbao-4.html', cb_frame('gb2312', '2023年09月21日 星期四', (2023, 9, 21), 'A01', '头版', a01, m, '沅河晨报-第A01版：头版'), 'gb2312', 'gbk',
        'http://epaper.yhcb.com.cn/html/2023-09/21/node_1.htm', listing=True)

# ---------------------------------------------------------------- 6. chaguan (forum)
def dz_user(name, uid, posts, credits, group, regdate, frm):
    return '''<td class="pls" rowspan="2">
<div class="pi"><div class="authi"><a href="space-uid-%d.html" target="_blank" class="xw1">%s</a></div></div>
<div class="p_pop blk bui card_gender_0" style="display:none;"></div>
<div><div class="avatar"><a href="space-uid-%d.html" class="avtm" target="_blank"><img src="uc_server/avatar.php?uid=%d&amp;size=middle"></a></div></div>
<div class="tns xg2"><table cellspacing="0" cellpadding="0"><tr><th><p><a href="home.php?mod=space&amp;uid=%d&amp;do=thread" class="xi2">%d</a></p>主题</th><th><p><a href="home.php?mod=space&amp;uid=%d&amp;do=thread&amp;type=reply" class="xi2">%d</a></p>帖子</th><td><p><a class="xi2">%d</a></p>积分</td></tr></table></div>
<p><em><a href="home.php?mod=spacecp&amp;ac=usergroup&amp;gid=%d" target="_blank">%s</a></em></p>
<dl class="pil cl"><dt>积分</dt><dd>%d</dd><dt>注册时间</dt><dd>%s</dd><dt>来自</dt><dd>%s</dd></dl>
</td>''' % (uid, name, uid, uid, uid, posts // 20, uid, posts, credits, 10 + uid % 9, group, credits, regdate, frm)

def dz_post(pid, n, user, when, message, sign):
    label = {1: '楼主', 2: '沙发', 3: '板凳', 4: '地板'}.get(n, '%d<sup>#</sup>' % n)
    return '''<div id="post_%d">
<table id="pid%d" class="plhin" summary="pid%d" cellspacing="0" cellpadding="0">
<tr>
%s
<td class="plc">
<div class="pi"><strong><a href="forum.php?mod=redirect&amp;goto=findpost&amp;ptid=%d&amp;pid=%d" id="postnum%d">%s</a></strong>
<div class="pti"><div class="authi"><img class="authicn vm" src="static/image/common/online_member.gif"> <em id="authorposton%d">发表于 %s</em><span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid=%d&amp;page=1&amp;authorid=%d" rel="nofollow">只看该作者</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz">
<table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_%d">
%s</td></tr></table>
</div></div></div>
</td></tr>
<tr><td class="plc plm">%s</td></tr>
<tr><td class="pls"></td><td class="plc"><div class="po hin"><div class="pob cl"><em><a class="fastre" href="forum.php?mod=post&amp;action=reply&amp;repquote=%d">回复</a><a href="javascript:;" class="replyadd">支持</a><a href="javascript:;" class="replysubtract">反对</a></em><p><a href="javascript:;">举报</a></p></div></div></td></tr>
</table>
</div>''' % (pid, pid, pid, user, pid // 100, pid, pid, label, pid, when, pid // 100, pid % 9973, pid, message, ('<div class="sign">%s</div>' % sign) if sign else '', pid)

def dz_quote(name, when, text):
    return '<div class="quote"><blockquote><font size="2"><a href="forum.php?mod=redirect&amp;goto=findpost" target="_blank"><font color="#999999">%s 发表于 %s</font></a></font><br />\n%s</blockquote></div><br />\n' % (name, when, text)

def dz_thread(key, charset, forum, fid, tid, views, op, when, replies, lm_charset_meta=True):
    e = E[key]
    opmsg = '<br />\n<br />\n'.join('　　' + p for p in e['paras']) + '<br />\n'
    users = {}
    posts = []
    def uinfo(u):
        name, uid, cnt, cr, grp, reg, frm, sign = u
        return dz_user(name, uid, cnt, cr, grp, reg, frm), sign
    ui, sg = uinfo(op)
    posts.append(dz_post(tid * 100 + 1, 1, ui, when, opmsg, sg))
    for i, (u, w, msg) in enumerate(replies):
        ui, sg = uinfo(u)
        posts.append(dz_post(tid * 100 + 2 + i, i + 2, ui, w, msg, sg))
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n' % charset if lm_charset_meta else ''
    return '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
%s<title>%s - %s - 茶馆论坛 -  Powered by Discuz!</title>
<meta name="keywords" content="%s" />
<meta name="description" content=" %s ,茶馆论坛" />
<meta name="generator" content="Discuz! X3.4" />
<meta name="MSSmartTagsPreventParsing" content="True" />
<meta http-equiv="MSThemeCompatible" content="Yes" />
<base href="https://bbs.chaguan.net/" />
<link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?Xz9" />
<link rel="stylesheet" type="text/css" href="data/cache/style_1_forum_viewthread.css?Xz9" />
<script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'Xz9', charset = '%s', discuz_uid = '0', cookiepre = 'cg_2132_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = 'newthread', creditnotice = '1|威望|,2|金钱|,3|贡献|', defaultstyle = '', REPORTURL = 'aHR0cHM6Ly9iYnMuY2hhZ3Vhbi5uZXQv', SITEURL = 'https://bbs.chaguan.net/', JSPATH = 'static/js/', CSSPATH = 'data/cache/style_', DYNAMICURL = '';</script>
<script src="static/js/common.js?Xz9" type="text/javascript"></script>
</head>
<body id="nv_forum" class="pg_viewthread" onkeydown="if(event.keyCode==27) return false;">
<div id="append_parent"></div><div id="ajaxwaitid"></div>
<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="javascript:;" onclick="setHomepage('https://bbs.chaguan.net/');">设为首页</a><a href="https://bbs.chaguan.net/" onclick="addFavorite(this.href, '茶馆论坛');return false;">收藏本站</a></div>
<div class="y"><a href="member.php?mod=logging&amp;action=login">登录</a><span class="pipe">|</span><a href="member.php?mod=register">立即注册</a><span class="pipe">|</span><a href="member.php?mod=logging&amp;action=login&amp;viewlostpw=1">找回密码</a></div></div></div>
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="茶馆论坛"><img src="static/image/common/logo.png" alt="茶馆论坛" border="0" /></a></h2></div>
<div id="nv"><ul><li id="mn_portal"><a href="portal.php" hidefocus="true">门户</a></li><li class="a" id="mn_forum"><a href="forum.php" hidefocus="true">论坛</a></li><li id="mn_group"><a href="group.php" hidefocus="true">群组</a></li><li id="mn_home"><a href="home.php" hidefocus="true">家园</a></li><li id="mn_ranklist"><a href="misc.php?mod=ranklist" hidefocus="true">排行榜</a></li></ul></div></div></div>
<div id="wp" class="wp">
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">茶馆论坛</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum.php?gid=1">乡土人文</a> <em>&rsaquo;</em> <a href="forum-%d-1.html">%s</a> <em>&rsaquo;</em> <a href="thread-%d-1-1.html">%s</a></div></div>
<div class="wp a_t"><a href="plugin.php?id=ad" target="_blank">【公告】论坛十五周年征文活动火热进行中，欢迎踊跃投稿！</a></div>
<div id="ct" class="wp cl">
<div id="pgt" class="pgs mbm cl "><div class="pgt"></div><span class="y pgb"><a href="forum-%d-1.html">返回列表</a></span><a id="newspecial" href="forum.php?mod=post&amp;action=newthread&amp;fid=%d" title="发新帖"><img src="static/image/common/pn_post.png" alt="发新帖" /></a><a id="post_reply" href="forum.php?mod=post&amp;action=reply&amp;fid=%d&amp;tid=%d" title="回复"><img src="static/image/common/pn_reply.png" alt="回复" /></a></div>
<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr>
<td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">%d</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">%d</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><a href="forum.php?mod=forumdisplay&amp;fid=%d&amp;filter=typeid&amp;typeid=3">[原创]</a> <span id="thread_subject">%s</span></h1>
<span class="xg1"><a href="thread-%d-1-1.html" onclick="return copyThreadUrl(this, '茶馆论坛')">[复制链接]</a></span></td>
</tr></table>
%s
</div>
<div class="pgs mtm mbm cl"><span class="pgb y"><a href="forum-%d-1.html">返回列表</a></span></div>
<div id="f_pst" class="pl bm bmw"><form method="post" id="fastpostform" action="forum.php?mod=post&amp;action=reply&amp;fid=%d&amp;tid=%d"><div class="pls"></div><div class="plc"><div class="hm">您需要登录后才可以回帖 <a href="member.php?mod=logging&amp;action=login">登录</a> | <a href="member.php?mod=register">立即注册</a></div></div></form></div>
</div>
</div>
<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="archiver/">Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes">手机版</a><span class="pipe">|</span><a href="forum.php?mod=misc&amp;action=showdarkroom">小黑屋</a><span class="pipe">|</span><strong><a href="https://bbs.chaguan.net/" target="_blank">茶馆论坛</a></strong> ( <a href="https://beian.miit.gov.cn/" target="_blank">豫ICP备11022334号</a> )</p><p class="xs0">GMT+8, 2024-1-8 10:15 <span id="debuginfo">, Processed in 0.061240 second(s), 24 queries .</span></p></div>
<div id="frt"><p>Powered by <strong><a href="https://www.discuz.vip" target="_blank">Discuz!</a></strong> <em>X3.4</em></p><p class="xs0">&copy; 2001-2024 <a href="https://www.comsenz.com" target="_blank">Comsenz Inc.</a></p></div></div>
</body>
</html>
''' % (meta, e['title'], forum, e['title'], e['paras'][0][:70], charset, fid, forum, tid, e['title'], fid, fid, fid, tid, views, len(replies), fid, e['title'], tid,
       '\n'.join(posts), fid, fid, tid)

U_OP1 = ('槐荫老农', 20512, 2580, 6123, '论坛元老', '2012-4-8', '河南周口', '<font color="#666666">老家的一草一木，都是心头的念想。</font>')
U = {
 'a': ('麦田守望者', 31877, 860, 1420, '中级会员', '2015-7-21', '山东', '人生如茶，慢慢品。'),
 'b': ('江南布衣', 18830, 4120, 9032, '版主', '2011-3-2', '浙江湖州', '<a href="forum-12-1.html">【乡土记忆】版块欢迎投稿</a>'),
 'c': ('小院青苔', 40211, 132, 260, '注册会员', '2019-10-5', '河北', ''),
 'd': ('老枪', 26534, 2230, 4105, '高级会员', '2013-12-30', '河南', '不忘初心'),
 'e': ('云中漫步', 38890, 510, 980, '中级会员', '2017-4-16', '四川', '走过的路都算数。'),
 'f': ('北岭樵夫', 22001, 1024, 2300, '高级会员', '2012-9-1', '辽宁', '<i>山里人，说山里话。</i>'),
 'g': ('阿木', 45120, 66, 120, '新手上路', '2018-1-9', '江西', ''),
 'h': ('半亩方塘', 29876, 1780, 3561, '高级会员', '2014-5-20', '安徽', '问渠那得清如许'),
 'i': ('星河满舟', 36672, 742, 1633, '中级会员', '2016-8-8', '湖北武汉', '仰望星空，脚踏实地。'),
 'j': ('天文爱好者老周', 27310, 3310, 7020, '论坛元老', '2013-2-14', '云南', '<font color="#336699">晴天观星，雨天读书</font>'),
 'k': ('风吹麦浪', 41005, 210, 388, '注册会员', '2018-12-1', '江苏', ''),
}

def build_chaguan():
    w = '2021-3-5 14:22'
    q = dz_quote('槐荫老农', w, '我们村有一口老井，在村子正中间的打谷场旁边。井口是一整块青石凿出来的，上面被井绳磨出了好几道深深的槽 ...')
    q2 = dz_quote('槐荫老农', w, '夏天，井水是最好的“冰箱”。我们把西瓜装进网兜，用绳子吊到井里泡上半天 ...')
    reps = [
     (U['a'], '2021-3-5 14:40', '写得真好，我们村以前也有一口，后来填了，可惜了。'),
     (U['b'], '2021-3-5 15:03', '版主推荐，已加精。欢迎大家多写写自己村里的老物件。'),
     (U['c'], '2021-3-5 15:21', q + '看到这儿想起我姥姥家的井，井绳也把石头磨出了槽。'),
     (U['d'], '2021-3-5 16:08', '辘轳那个声音，现在想起来都觉得亲切。'),
     (U['e'], '2021-3-5 18:30', q2 + '哈哈，井水镇西瓜，小时候最盼的就是这个！'),
     (U['g'], '2021-3-5 20:11', '支持楼主，顶一个'),
     (U_OP1, '2021-3-5 21:47', '谢谢各位捧场！补充一句，碑上的字是我们村的老支书写的，他今年八十九了，身体还硬朗。'),
     (U['h'], '2021-3-6 08:15', '现在很多村都把老井保护起来了，这是好事。'),
     (U['k'], '2021-3-6 09:42', '楼主文笔不错，有画面感。'),
     (U['a'], '2021-3-6 11:20', '想问一下，光绪年间的井，当时是怎么挖的？全靠人工吗？'),
     (U['d'], '2021-3-6 12:05', '回楼上，那时候就是人工挖，井匠下去一筐一筐往上吊土。'),
     (U['e'], '2021-3-7 19:33', '收藏了，等回老家也拍拍我们村的老井。'),
    ]
    h = dz_thread('t1', 'gbk', '乡土记忆', 12, 88214, 3287, U_OP1, w, reps, True)
    add('l-chaguan-1.html', h, 'gbk', '', 'https://bbs.chaguan.net/thread-88214-1-1.html', 't1', '2021-03-05')

    # t2: phpwind-style thread
    e = E['t2']
    OP = U['f']
    def pw_floor(n, u, when, msg, subject=''):
        name, uid, cnt, cr, grp, reg, frm, sign = u
        fl = '楼主' if n == 0 else '%d楼' % n
        subj = '<h1 id="subject_tpc" class="read_h1">%s</h1>\n' % subject if subject else ''
        return '''<div class="read_t">
<table width="100%%" class="floot" cellspacing="0" cellpadding="0"><tr>
<td class="floot_left"><div class="readName b"><a href="u.php?uid=%d" target="_blank">%s</a></div>
<div class="floot_leftdiv"><a href="u.php?uid=%d" class="userCard face_img"><img src="images/face/%d.jpg" width="120" height="120" border="0" /></a>
<ul class="user-info"><li>级别: %s</li><li>精华主题: %d 篇</li><li>发帖: %d</li><li>威望: %d 点</li><li>金钱: %d RMB</li><li>注册时间: %s</li><li>来自: %s</li></ul></div></td>
<td class="floot_right" id="td_%d">
<div class="tipTop s6"><span class="fr"><a href="javascript:;" onclick="return pwCopy('read.php?tid=5521&amp;page=e#a');">%s</a></span><span class="gray">发表于: </span><span title="%s">%s</span> <a href="read.php?tid=5521&amp;uid=%d" title="只看该作者">只看该作者</a></div>
%s<div class="tpc_content do_not_catch"><div class="f14 mb10" id="read_%d">%s</div></div>
<div class="signature" style="max-height:200px;">%s</div>
<div class="tipBottom cc"><div class="readbot"><a class="r-quote" href="post.php?action-quote-fid-7-tid-5521.html">引用</a><a class="r-reply" href="javascript:;">回复</a></div><div class="fr"><a href="javascript:;">举报</a> | <a href="#">顶端</a></div></div>
</td></tr></table></div>''' % (uid, name, uid, uid % 40, grp, cr // 2000, cnt, cr // 100, cr, reg, frm, n, fl, when, when, uid, subj, n, msg, sign)
    opmsg = ''.join('<p style="text-indent:2em;">%s</p>' % p for p in e['paras'])
    pq = '<blockquote class="blockquote"><span class="b">引用第0楼北岭樵夫于2019-11-20 08:47发表的 爷爷讲的修水库往事 :</span><br />工地上几千人，住的是自己搭的草棚，地上铺一层稻草就是床。</blockquote>'
    reps = [
     (U['h'], '2019-11-20 09:15', '致敬老一辈！那时候的水利工程真是拿命干出来的。'),
     (U['d'], '2019-11-20 09:40', '我们县的水库也是五八年修的，我姥爷也去过。'),
     (U['c'], '2019-11-20 10:22', pq + '<br />难以想象那种条件，冬天睡稻草。'),
     (U['a'], '2019-11-20 11:03', '楼主有心了，老人的记忆要赶紧记下来。'),
     (U['b'], '2019-11-20 12:30', '好帖，推荐到首页。'),
     (U['k'], '2019-11-20 14:18', '最后一段看得眼眶湿了。'),
     (OP, '2019-11-20 20:05', '看到这么多朋友回复，很感动。爷爷让我代他谢谢大家，说以后有空再讲讲当年的号子怎么喊。'),
     (U['e'], '2019-11-21 07:51', '期待楼主再写写号子！'),
     (U['g'], '2019-11-21 09:09', '顶'),
     (U['j'], '2019-11-21 13:26', '这种亲历者的口述很有史料价值，建议多录点音频。'),
     (U['h'], '2019-11-22 16:45', '祝老人家身体健康！'),
    ]
    floors = [pw_floor(0, OP, '2019-11-20 08:47', opmsg, e['title'])] + [pw_floor(i + 1, u, w2, m) for i, (u, w2, m) in enumerate(reps)]
    h = '''<!doctype html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>%s|岁月留痕 - 茶馆论坛 - powered by phpwind.net</title>
<meta name="generator" content="phpwind 8.7" />
<meta name="description" content="%s" />
<link rel="stylesheet" href="images/pw_core.css?101128" />
<script type="text/javascript" src="js/core/core.js"></script>
<script type="text/javascript">var imgpath = 'images';var verifyhash = '7a1b2c3d';var modeimg = '';var winduid = '';var windid = '';var groupid = 'guest';var basename = '';</script>
</head>
<body>
<div id="header"><div class="top"><div class="bdbA"><span class="fr"><a href="login.php">登录</a> | <a href="register.php">注册</a></span>欢迎来到茶馆论坛</div></div>
<div class="nav"><ul><li><a href="index.php">论坛首页</a></li><li><a href="search.php">搜索</a></li><li><a href="hack.php?H_name=medal">勋章</a></li><li><a href="faq.php">帮助</a></li></ul></div></div>
<div id="main">
<div id="breadCrumb" class="cc"><img src="images/pwicon/home.gif" align="absmiddle" /> <a href="index.php">茶馆论坛</a><em>&gt;</em><a href="thread.php?fid=7">岁月留痕</a><em>&gt;</em><a href="read.php?tid=5521">%s</a></div>
<div class="t3 cc"><span class="fl"><a href="post.php?fid=7" class="post"><img src="images/post.png"></a></span><span class="fr">本帖被 江南布衣 设置为精华(2019-11-20)，阅读 2061 次，回复 11 次</span></div>
%s
<div class="t3 cc"><div class="pages"><b>1</b><a href="read.php?tid=5521&amp;page=2">2</a><a href="read.php?tid=5521&amp;page=2">下一页</a></div></div>
<div class="t" id="quickpost">快速回复：您需要 <a href="login.php">登录</a> 后才能回复</div>
</div>
<div id="footer">Total 0.043155(s) query 8, Gzip enabled <br />Powered by <a href="http://www.phpwind.net">phpwind</a> v8.7 Certificate &copy; 2003-2011 phpwind.com　<a href="https://beian.miit.gov.cn/">豫ICP备11022334号</a></div>
</body>
</html>
''' % (e['title'], e['paras'][0][:60], e['title'], '\n'.join(floors))
    add('l-chaguan-2.html', h, 'gbk', 'gbk', 'https://bbs.chaguan.net/read.php?tid=5521', 't2', '2019-11-20')

    # t3: UTF-8 Discuz, quoted replies
    w = '2023-12-15 22:03'
    q = dz_quote('星河满舟', w, '我们一颗一颗地数，到十二点，一共数到了四十七颗。')
    q2 = dz_quote('星河满舟', w, '三十年过去了，我成了那个给孩子讲星星的人。')
    reps = [
     (U['j'], '2023-12-15 22:20', '双子座是三大流星雨里最稳定的，今年条件确实不错。我在郊外数了一百多颗。'),
     (U['k'], '2023-12-15 22:36', q + '城郊能数到四十七颗很可以了，市区我只看到三颗。'),
     (U['e'], '2023-12-15 23:01', '好温馨的父子时光！'),
     (U['h'], '2023-12-16 07:45', q2 + '这句戳中我了。'),
     (U['i'], '2023-12-16 08:12', '补充一下：昨晚用手机拍了几张，全糊了，就不上图了，哈哈。谢谢大家捧场。'),
     (U['g'], '2023-12-16 09:30', '请问法厄同是怎么回事？小行星也能产生流星雨？'),
     (U['j'], '2023-12-16 10:02', '回楼上：法厄同是一颗“岩石彗星”，轨道离太阳很近，被烤出来的碎屑形成了尘埃带。'),
     (U['a'], '2023-12-16 12:48', '下次带孩子去山里看，效果更好。'),
     (U['c'], '2023-12-16 15:20', '已经开始计划明年的英仙座了。'),
     (U['d'], '2023-12-17 20:06', '楼主是个好爸爸。'),
    ]
    h = dz_thread('t3', 'utf-8', '天文与自然', 21, 102577, 1845, U['i'], w, reps, True)
    add('l-chaguan-3.html', h, 'utf-8', '', 'https://bbs.chaguan.net/thread-102577-1-1.html', 't3', '2023-12-15')

    # t4: board index
    groups = [('乡土人文', [('乡土记忆', 12, 3288, 41256, '说说我们村的老井'), ('岁月留痕', 7, 1920, 25110, '爷爷讲的修水库往事'), ('方言民俗', 15, 876, 9120, '你们那里管“玉米”叫什么？')]),
              ('生活百科', [('天文与自然', 21, 1104, 13377, '带孩子在阳台上看了一夜流星雨'), ('亲子教育', 23, 2566, 30982, '孩子不爱写作业怎么办'), ('美食厨房', 25, 4310, 52768, '家常红烧肉的三个诀窍')]),
              ('站务管理', [('公告与建议', 2, 210, 1688, '论坛十五周年征文活动启事'), ('新人报到', 3, 5521, 9940, '新人报到，请多关照')])]
    blocks = []
    for gname, boards in groups:
        rows = '\n'.join('''<tr class="fl_row"><td class="fl_icn"><a href="forum-%d-1.html"><img src="static/image/common/forum.gif" alt="%s" /></a></td>
<td><h2><a href="forum-%d-1.html">%s</a><em class="xw0 xi1" title="今日"> (%d)</em></h2><p class="xg2">版主: <span class="xi2"><a href="space-username-x.html" class="notabs">江南布衣</a></span></p></td>
<td class="fl_i"><span class="xi2">%d</span><span class="xg1"> / %d</span></td>
<td class="fl_by"><div><a href="forum.php?mod=redirect&amp;tid=1&amp;goto=lastpost#lastpost" class="xi2">%s</a> <cite>2024-1-8 09:%02d <a href="space-username-y.html">游客</a></cite></div></td></tr>''' % (fid, name, fid, name, (fid * 7) % 30, th, po, last, fid) for name, fid, th, po, last in boards)
        blocks.append('<div class="bm bmw  flg cl"><div class="bm_h cl"><h2><a href="forum.php?gid=1" style="">%s</a></h2></div><div class="bm_c"><table cellspacing="0" cellpadding="0" class="fl_tb">\n%s\n</table></div></div>' % (gname, rows))
    h = '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>茶馆论坛 -  Powered by Discuz!</title>
<meta name="keywords" content="茶馆论坛,乡土记忆,天文,亲子" />
<meta name="generator" content="Discuz! X3.4" />
<script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'Xz9', charset = 'gbk', discuz_uid = '0', cookiepre = 'cg_2132_';</script>
</head>
<body id="nv_forum" class="pg_index">
<div id="toptb" class="cl"><div class="wp"><div class="y"><a href="member.php?mod=logging&amp;action=login">登录</a><span class="pipe">|</span><a href="member.php?mod=register">立即注册</a></div></div></div>
<div id="hd"><div class="wp"><h2><a href="./" title="茶馆论坛"><img src="static/image/common/logo.png" alt="茶馆论坛" /></a></h2>
<div id="nv"><ul><li><a href="portal.php">门户</a></li><li class="a"><a href="forum.php">论坛</a></li><li><a href="group.php">群组</a></li><li><a href="home.php">家园</a></li></ul></div></div></div>
<div id="wp" class="wp">
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">茶馆论坛</a><em>&raquo;</em><a href="forum.php">论坛</a></div><div class="z"></div></div>
<div id="ct" class="wp cl">
<div id="chart" class="bm bw0 cl"><p class="chart z">今日: <em>96</em><span class="pipe">|</span>昨日: <em>132</em><span class="pipe">|</span>帖子: <em>184241</em><span class="pipe">|</span>会员: <em>45133</em><span class="pipe">|</span>欢迎新会员: <em><a href="space-username-z.html" target="_blank" class="xi2">风吹麦浪</a></em></p></div>
<div class="mn">
%s
</div>
<div id="online" class="bm oll"><div class="bm_h"><h3><strong><a href="forum.php?showoldetails=yes">在线会员</a></strong><span class="xs1">- 总计 <strong>318</strong> 人在线 - 最高记录是 <strong>2104</strong> 于 2020-2-3.</span></h3></div></div>
<div class="bm lk"><div class="bm_h"><h3>友情链接</h3></div><div class="bm_c"><ul class="x cl"><li><a href="http://www.example-xiangtu.cn/" target="_blank">乡土文学网</a></li><li><a href="http://www.example-tianwen.cn/" target="_blank">星空之家</a></li></ul></div></div>
</div></div>
<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="archiver/">Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes">手机版</a><span class="pipe">|</span><strong><a href="https://bbs.chaguan.net/">茶馆论坛</a></strong> ( <a href="https://beian.miit.gov.cn/">豫ICP备11022334号</a> )</p></div><div id="frt"><p>Powered by <strong>Discuz!</strong> <em>X3.4</em></p></div></div>
</body>
</html>
''' % '\n'.join(blocks)
    add('l-chaguan-4.html', h, 'gbk', '', 'https://bbs.chaguan.net/forum.php', listing=True)

# ---------------------------------------------------------------- writing and self-check
import re, html as htmlmod

def visible(text):
    t = re.sub(r'(?is)<head\b.*?</head>', ' ', text)
    t = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', t)
    t = re.sub(r'(?s)<!--.*?-->', ' ', t)
    t = re.sub(r'(?s)<[^>]+>', ' ', t)
    t = htmlmod.unescape(t)
    return re.sub(r'\s+', '', t)

def meta_charset(raw):
    m = re.search(rb'charset\s*=\s*["\']?([A-Za-z0-9_-]+)', raw[:2048])
    return m.group(1).decode('ascii').lower() if m else None

def main():
    for b in (build_yuedu, build_hongqi, build_wenfan, build_fengyu, build_chenbao, build_chaguan):
        b()
    os.makedirs(PAGES, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    problems = []
    for name, page, enc, header, url, kind, title, author, pub, lines in OUT:
        assert name.startswith('l-')
        raw = page.encode(enc)  # strict: fails on any character outside the charset
        with open(os.path.join(PAGES, name), 'wb') as f:
            f.write(raw)
        hdr = ['page: ' + name, 'url: ' + url, 'charset: ' + header]
        if kind:
            hdr.append('kind: ' + kind)
        hdr += ['title: ' + title, 'author: ' + author, 'published: ' + pub]
        with open(os.path.join(GOLD, name.rsplit('.', 1)[0] + '.txt'), 'w', encoding='utf-8', newline='\n') as f:
            f.write('\n'.join(hdr) + '\n\n' + ''.join(l + '\n' for l in lines))
        # self-check: decode as a client would (HTTP header first, else meta)
        dec = header or meta_charset(raw)
        if dec is None:
            problems.append(name + ": no charset"); continue
        if dec != enc and not (enc == 'gb2312' and dec == 'gbk'):
            problems.append('%s: decodes as %s, written as %s' % (name, dec, enc))
        vis = visible(raw.decode(dec))
        pos = 0
        for l in lines:
            k = vis.find(re.sub(r'\s+', '', l), pos)
            if k < 0:
                problems.append('%s: line not found in order: %s' % (name, l[:30]))
            else:
                pos = k + len(re.sub(r'\s+', '', l))
        if kind != 'listing':
            n = sum(len(l) for l in lines)
            if not 400 <= n <= 1600:
                problems.append('%s: essay length %d' % (name, n))
            for fld in [title] + author.split():
                if re.sub(r'\s+', '', fld) not in vis:
                    problems.append('%s: not visible: %s' % (name, fld))
            y, mo, d = pub.split('-')
            pats = [r'%s[-/.年]0?%d[-/.月]0?%d' % (y, int(mo), int(d))]
            if not any(re.search(p, vis) for p in pats):
                problems.append('%s: date not visible: %s' % (name, pub))
    print('%d pages written' % len(OUT))
    print('\n'.join(problems) if problems else 'self-check: all gold lines found in order; titles, authors, dates visible')
    return 1 if problems else 0

if __name__ == '__main__':
    raise SystemExit(main())
