#!/usr/bin/env python3
"""make_u.py - round 11, prefix u: six invented Chinese sites, four pages each.

Writes pages/u-<site>-<n>.html and gold/u-<site>-<n>.txt next to this script,
then self-checks every page.  Deterministic, stdlib only.
"""
import html as htmlmod
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, "pages")
GOLD = os.path.join(HERE, "gold")

ALL = []  # list of page dicts


def add(name, url, enc, hdr, body, title="", author="", published="", shown="",
        text=(), listing=False, ctype=""):
    """enc: the bytes' real encoding; hdr: HTTP header charset ('' = none sent)."""
    ALL.append(dict(name=name, url=url, enc=enc, hdr=hdr, html=body, title=title,
                    author=author, published=published, shown=shown,
                    text=list(text), listing=listing, ctype=ctype))


def lis(items, fmt='<li><a href="{h}" target="_blank">{t}</a></li>'):
    return "\n".join(fmt.format(h=h, t=t) for h, t in items)


def links(base, titles, start=0, ext=".htm"):
    return [("%s%d%s" % (base, 240000 + (start + i) * 137 % 9973 * 7, ext), t)
            for i, t in enumerate(titles)]


# =====================================================================
# Site 1: u-huantai  環台新聞網 (Taiwan news, Big5, traditional script)
# =====================================================================
HT_NAV = ["即時", "政治", "社會", "地方", "國際", "財經", "生活", "娛樂", "體育", "健康",
          "科技", "旅遊", "影音", "評論", "專題", "數位版"]
HT_AREA = ["台北", "新北", "基隆", "桃園", "新竹", "苗栗", "台中", "彰化", "南投", "雲林",
           "嘉義", "台南", "高雄", "屏東", "宜蘭", "花蓮", "台東", "澎湖", "金門", "馬祖"]
HT_HOT = ["颱風外圍環流影響 北部山區嚴防豪雨", "國道三號連環追撞 三車受損無人傷亡",
          "夜市攤商推環保餐具 集點可換好禮", "高鐵春節加開班次 下週二開放訂票",
          "偏鄉診所缺醫師 衛生局祭出獎勵方案", "老字號麵包店熄燈 熟客排隊買最後一天",
          "溪畔發現稀有蝴蝶 研究人員驚喜", "科技業徵才博覽會 釋出三千個職缺",
          "電動機車補助加碼 申請期限延長", "基層員警超時工作 工會呼籲增補人力",
          "百貨週年慶首日 業績創下新高", "市區公車路線調整 十條路線改號"]
HT_PICK = ["週末去哪玩？山城步道賞楓懶人包", "早餐店老闆娘的暖心便當 感動上班族",
           "醫師提醒：秋冬換季 這三種人要小心", "退休教師做志工 二十年陪伴偏鄉孩子",
           "全台十大必吃牛肉麵 網友票選出爐", "租屋族注意！新制上路押金最多兩個月"]


def ht_head(title, meta_cs, desc, pubiso, keywords):
    m = '<meta charset="%s">\n' % meta_cs if meta_cs else ""
    return """<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
%s<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<meta name="keywords" content="%s">
<meta name="description" content="%s">
<meta property="og:site_name" content="環台新聞網">
<meta property="og:title" content="%s">
<meta property="og:type" content="article">
<meta property="article:published_time" content="%s">
<link rel="stylesheet" href="https://static.huantainews.com.tw/css/news.min.css?v=20231101">
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>
window.googletag = window.googletag || {cmd: []};
googletag.cmd.push(function() {
  googletag.defineSlot('/2190331/ht_pc_top_970x90', [970, 90], 'div-gpt-ad-top').addService(googletag.pubads());
  googletag.defineSlot('/2190331/ht_pc_right_300x250', [300, 250], 'div-gpt-ad-r1').addService(googletag.pubads());
  googletag.enableServices();
});
</script>
<style>.news-content p{font-size:18px;line-height:1.9;margin:0 0 1.2em}.ad-label{color:#999;font-size:12px}</style>
</head>
""" % (m, title, keywords, desc, title, pubiso)


def ht_top(cur):
    nav = "".join('<li%s><a href="https://news.huantainews.com.tw/%s/">%s</a></li>' % (
        ' class="active"' if n == cur else "", "c%02d" % i, n) for i, n in enumerate(HT_NAV))
    area = " | ".join('<a href="https://news.huantainews.com.tw/local/%d/">%s</a>' % (i, a)
                      for i, a in enumerate(HT_AREA))
    return """<body class="news-page">
<div id="fb-root"></div>
<div class="topbar"><div class="wrap"><span class="date-today">今日天氣 多雲時晴 22~29℃</span>
<a href="/member/login">登入</a> | <a href="/member/join">加入會員</a> | <a href="/epaper/">訂閱電子報</a> | <a href="/app/">下載APP</a></div></div>
<header class="header"><div class="wrap"><a class="logo" href="https://www.huantainews.com.tw/"><img src="/img/logo.png" alt="環台新聞網"></a>
<form class="search" action="/search/"><input name="q" placeholder="搜尋新聞"><button>搜尋</button></form></div>
<nav><ul class="main-nav">%s</ul></nav>
<div class="sub-nav">地方新聞：%s</div></header>
<div class="ad-top"><span class="ad-label">廣告</span><div id="div-gpt-ad-top" style="width:970px;height:90px"></div></div>
""" % (nav, area)


def ht_side():
    hot = "".join('<li><span class="rank">%d</span><a href="https://news.huantainews.com.tw/hot/%d.htm">%s</a></li>' % (
        i + 1, 2418000 + i * 31, t) for i, t in enumerate(HT_HOT[:10]))
    return """<aside class="side-col">
<div class="side-box hot-news"><h3 class="side-title">熱門新聞</h3><ol>%s</ol></div>
<div class="side-ad"><span class="ad-label">廣告</span><div id="div-gpt-ad-r1" style="width:300px;height:250px"></div></div>
<div class="side-box video"><h3 class="side-title">熱門影音</h3><ul>
<li><a href="/video/88121">【直擊】清晨漁港拍賣 一尾旗魚喊價破萬</a></li>
<li><a href="/video/88125">阿嬤的古早味粉粿 一天只賣三小時</a></li>
<li><a href="/video/88130">空拍山城雲海 美景宛如仙境</a></li></ul></div>
<div class="side-box fans"><h3 class="side-title">追蹤環台新聞網</h3><a href="https://www.facebook.com/huantainews">Facebook</a> <a href="https://line.me/R/ti/p/@huantai">LINE 官方帳號</a> <a href="https://www.youtube.com/@huantainews">YouTube</a></div>
</aside>""" % hot


HT_FOOT = """<footer class="footer"><div class="wrap">
<ul class="foot-links"><li><a href="/about/">關於我們</a></li><li><a href="/ad/">廣告刊登</a></li><li><a href="/privacy/">隱私權政策</a></li><li><a href="/copyright/">著作權聲明</a></li><li><a href="/contact/">聯絡我們</a></li><li><a href="/ethics/">新聞自律規範</a></li></ul>
<p>環台新聞網 版權所有，非經授權，不許轉載本網站內容 &copy; 2023 Huantai News Network. All Rights Reserved.</p>
<p>客服信箱：service@huantainews.com.tw　服務電話：(02)2718-xxxx</p></div></footer>
<script src="https://static.huantainews.com.tw/js/jquery-3.6.0.min.js"></script>
<script>
(function(){var s=document.createElement('script');s.src='https://static.huantainews.com.tw/js/tracker.js?aid='+(window.__AID__||'');document.body.appendChild(s);})();
window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-HT2023XY');
</script>
</body>
</html>
"""

HT_SHARE = """<div class="share-bar"><span>分享</span>
<a class="fb" href="javascript:void(0)" onclick="shareFB()">Facebook</a>
<a class="line" href="javascript:void(0)" onclick="shareLine()">LINE</a>
<a class="copy" href="javascript:void(0)">複製連結</a>
<span class="font-size">字級 <a href="#">小</a> <a href="#">中</a> <a href="#">大</a></span></div>"""


def ht_article(cur, crumb, title, stitle, byline, timestr, pubiso, body_html, tags,
               meta_cs, desc, keywords, more_area):
    pick = "".join('<li><a href="https://news.huantainews.com.tw/life/%d.htm"><img src="/thumb/%d.jpg" alt=""><p>%s</p></a></li>' % (
        2417000 + i * 13, 500 + i, t) for i, t in enumerate(HT_PICK))
    more = "".join('<li><a href="https://news.huantainews.com.tw/local/%d.htm">%s</a></li>' % (2418500 + i * 7, t)
                   for i, t in enumerate(more_area))
    tag_html = " ".join('<a href="/tag/%s">%s</a>' % (t, t) for t in tags)
    return (ht_head(stitle, meta_cs, desc, pubiso, keywords) + ht_top(cur) + """<div class="wrap main-wrap">
<div class="main-col">
<div class="breadcrumb"><a href="https://www.huantainews.com.tw/">首頁</a> &gt; %s</div>
<h1 class="news-title">%s</h1>
<div class="news-info"><span class="reporter">%s</span> <time datetime="%s">%s</time> <span class="view">瀏覽數 <em id="pv">--</em></span></div>
%s
<div class="news-content" itemprop="articleBody">
%s
</div>
<div class="news-tags">相關標籤：%s</div>
<div class="ad-inread"><span class="ad-label">廣告</span><div id="div-gpt-ad-inread"></div></div>
<div class="more-news"><h3>更多環台新聞網報導</h3><ul>%s</ul></div>
<div class="editor-pick"><h3 class="block-title">小編推薦</h3><ul class="pick-list">%s</ul></div>
<div class="comment-box"><h3>留言區</h3><p class="rule">請遵守網路禮儀，勿發表不當言論，違者將刪除留言。</p><div class="fb-comments" data-width="100%%" data-numposts="5"></div></div>
</div>
""" % (crumb, title, byline, pubiso, timestr, HT_SHARE, body_html, tag_html, more, pick)
            + ht_side() + "\n</div>\n" + HT_FOOT)


def ht_ext(items):
    return ('<div class="extend-read"><p><strong>延伸閱讀：</strong></p><ul>' +
            "".join('<li><a href="https://news.huantainews.com.tw/%s.htm" target="_blank">%s</a></li>' % (h, t)
                    for h, t in items) + "</ul></div>\n"
            '<div class="ad-mid"><span class="ad-label">廣告</span><div id="div-gpt-ad-mid"></div></div>\n')


# --- u-huantai-1: local news, header big5 + meta big5
t1 = "百年老街變身文創聚落 山城老屋重新點燈"
p1 = [
    "台中市霧溪區的老街「柑仔巷」，過去曾是山城最熱鬧的米糧集散地，隨著公路改道與人口外移，一度只剩零星幾戶老住戶守著斑駁的木造店屋。近兩年在地青年返鄉，與區公所合作推動老屋修繕計畫，如今巷弄裡重新亮起燈火，週末湧入不少慕名而來的遊客。",
    "修繕完成的老屋保留了原本的檜木門板與商號字樣。",
    "負責統籌計畫的青年團隊召集人蔡宗翰表示，柑仔巷現存的二十三間老屋多半建於日治時期末期，屋主大多已搬到市區，房子長年閒置，屋瓦破損、樑柱蟲蛀。團隊花了半年時間一戶一戶拜訪屋主，說明修繕後的使用方式，才陸續取得十一間老屋的租約。",
    "「我們不想把老街變成千篇一律的觀光夜市。」蔡宗翰說，進駐的店家必須與地方產業有關，例如以在地柿餅入菜的小食堂、修復老式碾米機的工作室，以及專門收藏山城老照片的小型展間。每一間店都保留原本的門牌與檜木門板，連牆上褪色的商號字樣也刻意不重新上漆。",
    "今年八十六歲的老住戶劉阿婆，從小在巷子裡長大，她指著對面一間剛整理好的茶屋說，那裡以前是米店，小時候常常幫忙父親扛米袋，「那時候整條街都是牛車，天還沒亮就有人在喊價。」看到老房子重新有人進出，她覺得很安慰，每天下午都會搬張椅子坐在門口，跟遊客聊聊從前的故事。",
    "區公所觀光課指出，老屋修繕經費由市府文化資產補助款支應一半，其餘由進駐店家自籌，並要求店家至少經營三年。明年起也將規劃導覽路線，串連附近的百年伯公廟與舊糖廠鐵道，讓遊客可以用步行的方式認識山城歷史。",
    "不過也有居民擔心，遊客增加後停車與垃圾問題浮現。對此區長吳明達表示，已在巷口外新設臨時停車場，並與里辦公處合作增設資源回收站，未來假日也會安排志工協助疏導人潮，盡量讓老街的熱鬧不打擾居民的日常生活。",
]
b1 = ('<p>%s</p>\n<figure class="photo"><img src="https://img.huantainews.com.tw/2023/11/08/2418735_1.jpg" alt="%s">'
      '<figcaption>%s</figcaption><span class="photo-credit">（圖／記者林佩君攝）</span></figure>\n'
      '<p>%s</p>\n<p>%s</p>\n' % (p1[0], t1, p1[1], p1[2], p1[3]) +
      ht_ext([("local/2417702", "老眷村變身藝術村 假日市集人潮滿滿"),
              ("life/2416630", "柿餅季開跑 山城農民忙翻天"),
              ("local/2415521", "舊糖廠鐵道修復完成 明年試辦觀光列車")]) +
      "<p>%s</p>\n<p>%s</p>\n<p>%s</p>\n" % (p1[4], p1[5], p1[6]) +
      '<p class="note">&#9654; 環台新聞網關心您：出遊請注意交通安全，老街巷弄狹小，請勿開車進入。</p>\n')
add("u-huantai-1", "https://news.huantainews.com.tw/local/20231108/2418735.htm", "big5", "big5",
    ht_article("地方", '<a href="/local/">地方</a> &gt; <a href="/local/6/">台中</a>', t1,
               t1 + " | 台中 | 環台新聞網", "記者林佩君／台中報導", "2023/11/08 10:42",
               "2023-11-08T10:42:00+08:00", b1, ["老屋", "文創", "霧溪區", "柑仔巷"], "big5",
               p1[0][:60], "老街,老屋,文創,台中,霧溪區,柑仔巷,返鄉青年,新聞,即時新聞",
               ["霧溪區公所辦理長者健檢 名額有限", "台中捷運新路線公聽會 居民意見多", "山城柿餅節下週登場 交通管制看這裡"]),
    title=t1, author="林佩君", published="2023-11-08", shown="2023/11/08", text=p1)

# --- u-huantai-2: international, 編譯 byline; no header charset, meta big5 decides
t2 = "北歐小鎮試行「四天工作制」一年 員工病假減少近三成"
p2 = [
    "北歐一座人口不到一萬人的小鎮瓦爾斯塔德，去年起在鎮公所與公立托育機構試行「每週四天工作制」，員工在薪資不變的前提下，每週工時從三十七點五小時縮減為三十二小時。根據當地媒體本週公布的評估報告，試行一年後，員工請病假的天數減少將近三成，民眾對公共服務的滿意度也沒有下降。",
    "報導指出，鎮公所為了因應工時減少，先請各部門盤點每天的例行工作，把重複填寫的表單合併，會議時間一律限縮在三十分鐘以內，並開放民眾透過線上系統預約洽公。托育機構則改採排班制，讓每位老師輪流休週五或週一，確保家長接送時間不受影響。",
    "參與試行的托育老師英格麗德受訪時表示，多出來的一天休假讓她能陪伴年邁的母親就醫，也重新拾起擱置多年的陶藝興趣，「回到教室時，我對孩子更有耐心了。」不少員工也提到，通勤次數減少，每月交通支出跟著下降。",
    "不過，評估報告也坦言，試行過程並非沒有問題。部分技術部門因人手原本就吃緊，縮短工時後只能延後非緊急的維修工作，道路養護進度因此落後約兩個月。鎮議會中的反對派議員則質疑，評估由鎮公所自行委託，客觀性仍有待檢驗。",
    "勞動研究學者分析，小型地方政府業務相對單純，容易看出制度調整的效果，但若要推廣到醫療、交通等需要全天候運作的部門，必須搭配更多人力與預算。鎮長表示，試行將再延長一年，並邀請外部研究機構參與評估，再決定是否正式納入鎮公所的人事規章。",
]
b2 = ("<p>%s</p>\n<p>%s</p>\n<p>%s</p>\n" % tuple(p2[:3]) +
      ht_ext([("world/2431188", "週休三日可行嗎？各國試辦經驗一次看"),
              ("world/2430017", "歐洲多國通膨降溫 央行暫緩升息")]) +
      "<p>%s</p>\n<p>%s</p>\n" % tuple(p2[3:]) +
      '<p class="source">（資料來源：綜合外電）</p>\n')
add("u-huantai-2", "https://news.huantainews.com.tw/world/20240315/2431502.htm", "big5", "",
    ht_article("國際", '<a href="/world/">國際</a> &gt; <a href="/world/eu/">歐洲</a>', t2,
               t2 + " - 環台 - 即時新聞", "編譯 陳思妤／綜合外電報導", "2024-03-15 08:20",
               "2024-03-15T08:20:00+08:00", b2, ["四天工作制", "北歐", "勞動"], "big5",
               p2[0][:60], "四天工作制,週休三日,北歐,勞動,工時,國際新聞",
               ["日圓走貶 赴日旅遊買氣升溫", "歐盟新規上路 手機充電孔統一", "澳洲野火季提前 當局示警"]),
    title=t2, author="陳思妤", published="2024-03-15", shown="2024-03-15", text=p2)

# --- u-huantai-3: feature with photo caption; header big5, no meta
t3 = "國中生訪耆老寫社區口述史 阿公阿嬤也「出書」"
p3 = [
    "南投縣溪頂鄉一所偏鄉國中的八年級學生，花了一整個學期走訪社區裡的二十多位長輩，把他們的童年、工作與遷徙經驗寫成一本將近兩百頁的口述歷史，日前在學校圖書館舉辦新書分享會，受訪的阿公阿嬤也受邀到場，現場氣氛溫馨。",
    "學生們拿著錄音筆，在廟埕前訪問社區耆老。",
    "指導老師許雅琪說，這個計畫源自一堂國文課。當時課本談到家族記憶，她請學生回家問問爺爺奶奶小時候的事，沒想到隔週交回來的作業，一篇比一篇精彩，有人寫到祖父年輕時上山扛木材，有人寫到外婆在香蕉園裡工作一整天只領得到幾塊錢。「我發現孩子們其實很想知道家裡的故事，只是沒有機會開口問。」",
    "於是許雅琪與社會科老師合作，把訪談設計成跨科目的學習活動。學生先學習如何擬訪綱、使用錄音設備，再分組到長輩家中訪問，回到學校後逐字整理、查證地名與年代，最後改寫成文章。遇到長輩只會說台語或客語的情況，就請家人幫忙翻譯。",
    "參與訪問的學生林宥辰說，他訪問了住在隔壁的老鄰居，才知道對方年輕時曾經在礦坑工作，歷經一次坍方意外倖存。「以前每天經過他家門口，只覺得他是一個很安靜的老人，現在才知道他經歷過那麼多事情。」",
    "受訪的八十二歲陳阿公拿著印有自己照片的書頁，笑得合不攏嘴。他說自己一輩子沒讀過什麼書，沒想到老了還能「出書」，要帶回去給在外地工作的孫子看。學校表示，這本口述史將贈送給鄉立圖書館與各村活動中心，明年也會持續邀請新一屆學生接手，繼續記錄社區的故事。",
]
b3 = ('<p>%s</p>\n<div class="img-box"><img src="https://img.huantainews.com.tw/2023/12/02/2420114_1.jpg" alt="">'
      '<p class="img-caption">%s</p><p class="img-from">（圖／記者黃詩涵攝）</p></div>\n<p>%s</p>\n<p>%s</p>\n' % tuple(p3[:4]) +
      ht_ext([("edu/2419925", "偏鄉學校推閱讀 志工爸媽週週說故事"),
              ("local/2419001", "溪頂鄉百年老樟樹 列入受保護樹木")]) +
      "<p>%s</p>\n<p>%s</p>\n" % tuple(p3[4:]) +
      '<p class="more-link">&#9658; 更多教育新聞請點<a href="/edu/">這裡</a></p>\n')
add("u-huantai-3", "https://news.huantainews.com.tw/local/20231202/2420114.htm", "big5", "big5",
    ht_article("地方", '<a href="/local/">地方</a> &gt; <a href="/local/8/">南投</a>', t3,
               t3 + " - 環台 - 即時新聞", "記者黃詩涵／南投報導", "2023年12月02日 15:15",
               "2023-12-02T15:15:00+08:00", b3, ["口述歷史", "偏鄉教育", "南投"], "",
               p3[0][:60], "口述史,國中,偏鄉,耆老,南投,溪頂鄉,教育",
               ["南投茶農搶收冬茶 品質佳", "溪頂鄉道路拓寬工程 明年完工", "山區部落通訊改善 基地台啟用"]),
    title=t3, author="黃詩涵", published="2023-12-02", shown="2023年12月02日", text=p3)

# --- u-huantai-4: 即時新聞 listing; header big5 + meta big5
ht_list_items = [
    ("11:58", "社會", "騎士閃避不及撞分隔島 送醫無生命危險", "今天上午市區發生一起機車自撞事故，騎士意識清楚。"),
    ("11:52", "生活", "冷氣團週末南下 北部低溫探十四度", "氣象署表示，週六起東北季風增強，各地早晚溫差大。"),
    ("11:47", "財經", "台股早盤震盪 電子權值股漲跌互見", "加權指數開高走低，成交量較昨日略為縮小。"),
    ("11:40", "地方", "港區環境清掃日 三百名志工撿拾垃圾", "市府環保局號召志工參與，清出廢棄物近兩公噸。"),
    ("11:33", "國際", "東南亞多國豪雨成災 逾萬人撤離", "連日暴雨造成河川暴漲，當局開設臨時收容所。"),
    ("11:25", "體育", "高中籃球聯賽複賽 衛冕軍險勝晉級", "雙方比數一路拉鋸，終場前三秒絕殺。"),
    ("11:18", "健康", "流感疫苗第二階段開打 長者踴躍接種", "衛生所表示疫苗存量充足，民眾可就近施打。"),
    ("11:10", "娛樂", "金曲歌手返鄉開唱 家鄉親友力挺", "演唱會門票開賣五分鐘即完售。"),
    ("11:02", "地方", "鄉公所推長照巴士 接送長輩看診", "新路線每週三天行駛，免費搭乘。"),
    ("10:55", "政治", "議會定期會開議 預算審查成焦點", "議員關注交通建設與社福經費分配。"),
    ("10:48", "科技", "本土新創推農業無人機 噴藥省工一半", "業者表示已與多個農會合作推廣。"),
    ("10:42", "地方", "百年老街變身文創聚落 山城老屋重新點燈", "返鄉青年與區公所合作修繕老屋，週末人潮湧入。"),
    ("10:36", "社會", "詐團假冒客服騙退款 警方逮五車手", "警方呼籲民眾接到可疑電話應撥打反詐騙專線查證。"),
    ("10:29", "生活", "超商推年菜預購 早鳥優惠到月底", "今年主打小家庭份量，價格較去年小幅調整。"),
    ("10:21", "旅遊", "離島跳島行程夯 交通船加開班次", "業者提醒旅客留意海象，提前訂位。"),
    ("10:14", "財經", "央行理監事會下週登場 市場關注利率走向", "學者預估本次維持利率不變機率高。"),
    ("10:05", "地方", "國小百年校慶 校友返校重溫舊時光", "學校展出歷年畢業紀念冊與老照片。"),
    ("09:58", "國際", "歐洲多國通膨降溫 央行暫緩升息", "分析師認為明年上半年可能轉向。"),
    ("09:50", "健康", "醫師提醒：久坐族小心下肢靜脈曲張", "每小時起身活動五分鐘有助血液循環。"),
    ("09:41", "體育", "全國運動會聖火傳遞 今起環島", "聖火將行經二十個縣市，預計十天抵達主場館。"),
]
ht_list_html = "\n".join(
    '<li class="list-item"><span class="time">%s</span><span class="cate">%s</span>'
    '<a href="https://news.huantainews.com.tw/n/%d.htm"><h3>%s</h3></a><p class="summary">%s</p></li>' % (
        tm, c, 2425000 + i * 17, t, s) for i, (tm, c, t, s) in enumerate(ht_list_items))
ht4 = (ht_head("即時新聞總覽 - 環台新聞網", "big5", "環台新聞網即時新聞，24小時掌握最新消息。",
               "2023-11-08T12:00:00+08:00", "即時新聞,新聞,台灣新聞,最新消息") + ht_top("即時") + """<div class="wrap main-wrap">
<div class="main-col">
<div class="breadcrumb"><a href="https://www.huantainews.com.tw/">首頁</a> &gt; 即時新聞</div>
<h2 class="list-title">即時新聞</h2>
<div class="list-tab"><a class="on" href="/realtime/">全部</a> <a href="/realtime/politics/">政治</a> <a href="/realtime/society/">社會</a> <a href="/realtime/local/">地方</a> <a href="/realtime/world/">國際</a> <a href="/realtime/life/">生活</a></div>
<div class="date-line">2023/11/08（三）</div>
<ul class="realtime-list">
%s
</ul>
<div class="pagination"><a class="on">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=4">4</a> <a href="?page=5">5</a> <a href="?page=2">下一頁</a></div>
<div class="ad-inread"><span class="ad-label">廣告</span><div id="div-gpt-ad-list"></div></div>
</div>
""" % ht_list_html + ht_side() + "\n</div>\n" + HT_FOOT)
add("u-huantai-4", "https://news.huantainews.com.tw/realtime/", "big5", "big5", ht4, listing=True)

# =====================================================================
# Site 2: u-cangwen  藏文馆个人图书馆 (360doc-like, utf-8)
# =====================================================================
CW_GUESS = ["人到中年，才懂得父亲的沉默", "汪曾祺笔下的草木人间", "那些年，我们在老厂区的日子",
            "一碗面条里的乡愁", "母亲的针线笋", "冬夜读书记", "故乡的河流正在消失",
            "老师傅说：手艺是磨出来的", "春天来了，去山里看一场杏花", "我家的三代人与一座水电站",
            "读《山居杂忆》札记", "外公的算盘"]


def cw_page(stitle, body_main, user="清风徐来2018", extra_js=""):
    guess = "".join('<li><a href="http://www.cangwen360.com/content/22/%04d/%d.shtml">%s</a></li>' % (
        100 + i * 3, 10411000 + i * 977, t) for i, t in enumerate(CW_GUESS))
    hot = "".join('<li><span class="n%d">%d</span><a href="http://www.cangwen360.com/content/23/%d.shtml">%s</a></li>' % (
        i + 1, i + 1, 10500000 + i * 55, t) for i, t in enumerate(CW_GUESS[::-1][:8]))
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>%s</title>
<meta name="keywords" content="个人图书馆,藏文馆,散文,收藏,网摘" />
<link href="http://css.cangwen360.com/css/article_v3.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="http://js.cangwen360.com/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">var _artid = 0; var _userid = 31870562; var islogin = false;%s</script>
</head>
<body>
<div class="topbox"><div class="top_w"><a href="http://www.cangwen360.com/" class="logo">藏文馆</a>
<div class="topnav"><a href="http://www.cangwen360.com/">首页</a><a href="http://www.cangwen360.com/reading/">阅览室</a><a href="http://www.cangwen360.com/guan/">馆友</a><a href="http://www.cangwen360.com/my/">我的图书馆</a></div>
<div class="topsearch"><input type="text" id="kw" value="搜文章" /><input type="button" value="搜索" /></div>
<div class="toplogin"><a href="/login.aspx">登录</a> | <a href="/reg.aspx">注册</a></div></div></div>
<div class="w1000">
<div class="lf730">
%s
<div class="guesslike"><div class="tit">猜你喜欢</div><ul>%s</ul></div>
<div class="adbox_b"><script type="text/javascript">document.write('<div id="cw_ad_730x90"></div>');</script></div>
</div>
<div class="rt250">
<div class="userbox"><img src="http://pic.cangwen360.com/userhead/31870562.jpg" class="uhead" />
<p class="uname"><a href="http://www.cangwen360.com/userhome/31870562">%s</a></p>
<p class="uinfo">馆藏&nbsp;<span>12345</span>&nbsp;&nbsp;关注&nbsp;<span>86</span>&nbsp;&nbsp;粉丝&nbsp;<span>1027</span></p>
<p class="ubtn"><a href="javascript:void(0)" class="gz">+ 关注</a><a href="javascript:void(0)" class="sx">发私信</a></p></div>
<div class="hotbox"><div class="tit">热门阅读</div><ul>%s</ul></div>
<div class="adbox_r">广告</div>
</div>
</div>
<div class="foot">
<p><a href="/about.html">关于藏文馆</a> | <a href="/help.html">帮助中心</a> | <a href="/copyright.html">版权声明</a> | <a href="/report.html">投诉举报</a> | <a href="/contact.html">联系我们</a></p>
<p>藏文馆是个人知识管理与分享平台，所有内容均由用户收藏，仅供个人学习参考，不代表本站观点。如发现有害或侵权内容，请点击<a href="/report.html">一键举报</a>。</p>
<p>Copyright &copy; 2008-2023 cangwen360.com, All Rights Reserved　<a href="https://beian.miit.gov.cn/" target="_blank">鲁ICP备09031466号-2</a>　鲁公网安备 37010202000518号</p>
</div>
<script type="text/javascript">
var _hmt = _hmt || [];(function() {var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?3a8f0c5e7d1b2c4f6a9e0d1c2b3a4f5e";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();
</script>
</body>
</html>
""" % (stitle, extra_js, body_main, guess, user, hot)


def cw_art(title, user, folder, savedate, reads, zhuan, body):
    return """<div class="a_head">
<h2 id="titiletext">%s</h2>
<div class="a_from"><span class="fromtxt">来自：<a href="http://www.cangwen360.com/userhome/31870562">%s</a> &gt; 《<a href="http://www.cangwen360.com/userhome/31870562/folder/7">%s</a>》</span>
<span class="savetime">%s</span>
<span class="readnum">阅读 %d</span> <span class="zhuan">转藏 %d</span></div>
<div class="a_op"><a href="javascript:void(0)" class="zc">转藏</a><a href="javascript:void(0)" class="fx">分享</a><a href="javascript:void(0)" class="dy">打印</a><a href="javascript:void(0)" class="jb">举报</a></div>
</div>
<div id="artContent" class="a_content">
%s
</div>
<div class="a_foot">
<div class="sharebox">分享到：<a href="javascript:void(0)" class="wx">微信</a><a href="javascript:void(0)" class="qq">QQ空间</a><a href="javascript:void(0)" class="wb">新浪微博</a><a href="javascript:void(0)" class="copy">复制网址</a></div>
<div class="a_tip">本站是提供个人知识管理的网络存储空间，所有内容均由用户发布，不代表本站观点。请注意甄别内容中的联系方式、诱导购买等信息，谨防诈骗。如发现有害或侵权内容，请点击一键举报。</div>
<div class="a_btn"><a class="zc_big" href="javascript:void(0)">转藏到我的图书馆</a><a class="xh" href="javascript:void(0)">献花(0)</a><a class="fx" href="javascript:void(0)">+分享到</a></div>
<div class="prenext"><p>上一篇：<a href="http://www.cangwen360.com/content/23/0410/10411876.shtml">读汪曾祺的《葵花》</a></p><p>下一篇：<a href="http://www.cangwen360.com/content/23/0415/10412233.shtml">春天的野菜</a></p></div>
<div class="comment"><div class="tit">发表评论：</div><textarea disabled="disabled">请登录后发表评论</textarea></div>
</div>""" % (title, user, folder, savedate, reads, zhuan, body)


# --- u-cangwen-1: "文/X" at top, 原文地址 line
c1t = "院子里的老槐树"
c1 = [
    "外婆家的院子不大，东边是灶屋，西边堆着柴草，正中间长着一棵老槐树。那棵树有多少年了，谁也说不清，外婆说她嫁过来的时候，它就已经有碗口那么粗了。",
    "每年四月底，槐花一开，整个院子都是甜丝丝的味道。外婆搬出竹梯，让舅舅爬上去，用长竹竿绑着铁钩把花枝一枝一枝拽下来。我和表妹蹲在树下，把一串串白花从枝上捋进竹篮里，手指被染得黏黏的，偷偷塞一把进嘴里，又香又甜。",
    "槐花最好的吃法是蒸。外婆把洗净的花拌上一层薄薄的面粉，撒一点盐，摊在笼屉上蒸一刻钟，出锅后浇上蒜泥和香油。那时候家里穷，一年到头见不到几回荤腥，这一碗槐花饭，就是我们眼里最好的春天。",
    "夏天，槐树的影子铺满了半个院子。午饭后，外公把竹床搬到树下，摇着蒲扇给我们讲古，讲的多半是他年轻时在码头扛包、在山里烧炭的事。讲着讲着，他自己先打起了呼噜，我们便溜出去捉知了。知了躲在高高的枝桠上，叫得人心烦，却怎么也够不着。",
    "后来我上了中学，去了县城，回外婆家的次数越来越少。有一年暑假回去，发现老槐树的半边枝干枯了，外婆说是前一年夏天被雷劈的。她让人把枯枝锯了，剩下的半边依旧绿着，只是再也撑不起一院子的阴凉。",
    "外婆去世那年，老屋卖给了村里的一户人家，新主人要翻盖楼房，老槐树挡了地基，便被连根刨了。母亲在电话里告诉我这个消息时，语气很平淡，我却在办公室里愣了很久。",
    "如今每到春天，街边的绿化带里也有几棵槐树开花，我常常站在树下闻一闻，却总觉得不是那个味道。也许我想念的，从来不只是一棵树，而是那个有外婆、有竹床、有满院槐香的童年。",
]
c1body = ('<p style="text-align:center;"><span style="font-size:14px;color:#666666;">文/周慕青</span></p>\n' +
          "\n".join('<p style="text-indent:2em;line-height:2;"><span style="font-size:16px;">%s</span></p>' % x for x in c1) +
          '\n<p>&nbsp;</p>\n<p><span style="color:#999999;font-size:12px;">原文地址：<a href="http://blog.huanshu-lit.com/u/zhoumuqing/2019/0412.html">http://blog.huanshu-lit.com/u/zhoumuqing/2019/0412.html</a></span></p>'
          '\n<p><img src="http://image.cangwen360.com/DownloadImg/2021/04/1209/218876_1.jpg" /></p>')
add("u-cangwen-1", "http://www.cangwen360.com/content/21/0412/09/31870562_971254013.shtml", "utf-8", "utf-8",
    cw_page(c1t + "_藏文馆个人图书馆",
            cw_art(c1t, "清风徐来2018", "散文随笔", "2021-04-12", 1203, 36, c1body)),
    title=c1t, author="周慕青", published="2021-04-12", shown="2021-04-12", text=c1)

# --- u-cangwen-2: "作者：X" at the end, 来源 line; no HTTP charset (meta utf-8)
c2t = "老师傅的工具箱"
c2 = [
    "车间东头的工具柜上，摆着一只掉了漆的铁皮工具箱，箱盖上用红油漆写着一个“郑”字。那是郑师傅的箱子，他在厂里当了三十八年钳工，去年秋天退休，箱子却留了下来。",
    "我刚分到检修班那年，郑师傅五十出头，个子不高，说话慢声细气。第一天上班，他打开工具箱给我看：锉刀按粗细排成一排，扳手从小到大挂在箱盖内侧，每一把都擦得锃亮。他说，工具是钳工的脸面，工具乱了，活儿就乱了。",
    "那几年厂里设备老化，夜里经常有人来敲班组的门。不管多晚，郑师傅总是第一个拎着箱子出门。有一次，一台进口磨床的主轴出了故障，厂家的工程师要一个星期后才能到，生产线却等不起。郑师傅带着我们在机床边守了两天两夜，一点点拆、一点点量，最后用自己磨的一把刮刀修好了轴瓦。机床重新转起来的时候，他蹲在地上点了根烟，半天没说话。",
    "他常说，国企的饭碗是铁的，可手艺不能是锈的。厂里推行技能等级评定，他五十六岁还去考高级技师，晚上在宿舍里一页一页啃液压原理。考过的那天，他请全班组吃了一顿羊肉面，说这是他这辈子最得意的一张证书。",
    "郑师傅带出来的徒弟，前前后后有二十多个，如今不少成了车间的技术骨干，有两个还在省里的技能大赛上拿了名次。每次有人夸他，他都摆摆手：“是他们自己肯下功夫。”",
    "退休前一天，他把工具箱里的东西一件件清点好，交给班长，说留给新来的年轻人用。现在那只箱子还放在柜上，谁借了工具，都会按原样放回去。我想，这大概就是郑师傅留给我们最好的东西。",
]
c2body = ('<div style="font-size:16px;line-height:30px;">\n' +
          "<br />\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + x for x in c2) +
          '<br />\n<br />\n<div style="text-align:right;">作者：罗建平</div>\n'
          '<div style="color:#888;">来源：《江城重工报》2022年第15期 第4版</div>\n'
          '<div style="color:#888;">原文地址：<a href="http://szb.jcheavy.com.cn/html/2022-08/26/content_41228.htm">http://szb.jcheavy.com.cn/html/2022-08/26/content_41228.htm</a></div>\n</div>')
add("u-cangwen-2", "http://www.cangwen360.com/content/22/0914/17/31870562_1047766201.shtml", "utf-8", "",
    cw_page(c2t + "_藏文馆个人图书馆",
            cw_art(c2t, "清风徐来2018", "职场人生", "2022-09-14", 587, 19, c2body)),
    title=c2t, author="罗建平", published="2022-09-14", shown="2022-09-14", text=c2)

# --- u-cangwen-3: notice-only page (article set private) -> listing
c3main = """<div class="a_head"><h2 id="titiletext">&nbsp;</h2></div>
<div class="errbox"><img src="http://css.cangwen360.com/img/err_lock.png" />
<p class="errtit">很抱歉，该文章已被馆主设为私有或已删除！</p>
<p>您可以：<a href="http://www.cangwen360.com/">返回首页</a> 或 <a href="http://www.cangwen360.com/userhome/31870562">进入该馆主的图书馆</a> 看看其他文章。</p>
<p class="countdown">页面将在 <span id="sec">5</span> 秒后自动跳转……</p></div>"""
add("u-cangwen-3", "http://www.cangwen360.com/content/20/1103/21/31870562_940812233.shtml", "utf-8", "utf-8",
    cw_page("文章不存在_藏文馆个人图书馆", c3main, extra_js=" var jumpSec = 5;"), listing=True)

# --- u-cangwen-4: a user's folder listing
cw_folder = [
    ("院子里的老槐树", "2021-04-12", 1203), ("春天的野菜", "2021-04-15", 642), ("读汪曾祺的《葵花》", "2021-04-10", 388),
    ("父亲的自行车", "2021-03-28", 975), ("雨夜读书", "2021-03-02", 214), ("故乡的秋收", "2020-11-19", 1530),
    ("母亲的菜园子", "2020-10-07", 822), ("小镇上的理发店", "2020-09-22", 403), ("一封没有寄出的信", "2020-08-30", 2210),
    ("那年冬天的炉火", "2020-01-17", 667), ("老街的早晨", "2019-12-05", 318), ("怀念一条小河", "2019-11-21", 745),
    ("奶奶的针线笸箩", "2019-10-13", 1102), ("夏夜的萤火虫", "2019-07-26", 590), ("山路弯弯", "2019-06-08", 277),
    ("旧书摊上的时光", "2019-05-19", 436), ("乡村教师", "2019-04-02", 1318), ("写给二十年后的自己", "2019-03-11", 3021),
]
cw_rows = "\n".join(
    '<tr><td class="t"><a href="http://www.cangwen360.com/content/%d.shtml" target="_blank">%s</a></td><td class="d">%s</td><td class="r">%d</td><td class="op"><a href="javascript:void(0)">转藏</a></td></tr>' % (
        971254013 - i * 1733, t, d, r) for i, (t, d, r) in enumerate(cw_folder))
c4main = """<div class="uhome_head"><h2>清风徐来2018的图书馆</h2>
<p class="utabs"><a href="/userhome/31870562">首页</a> <a class="on" href="/userhome/31870562/folder/7">文章</a> <a href="/userhome/31870562/album">相册</a> <a href="/userhome/31870562/friend">馆友</a></p></div>
<div class="folderbox"><div class="folder_l"><p class="ft">文件夹</p><ul>
<li><a href="/userhome/31870562/folder/0">全部 (12345)</a></li><li class="on"><a href="/userhome/31870562/folder/7">散文随笔 (862)</a></li>
<li><a href="/userhome/31870562/folder/8">职场人生 (311)</a></li><li><a href="/userhome/31870562/folder/9">历史文化 (1407)</a></li>
<li><a href="/userhome/31870562/folder/10">养生保健 (2290)</a></li><li><a href="/userhome/31870562/folder/11">诗词鉴赏 (735)</a></li></ul></div>
<div class="folder_r"><p class="path">清风徐来2018 &gt; 《散文随笔》 共 862 篇</p>
<table class="artlist" cellpadding="0" cellspacing="0"><tr class="th"><td>标题</td><td>收藏时间</td><td>阅读</td><td>操作</td></tr>
%s
</table>
<div class="pager"><span class="cur">1</span><a href="?p=2">2</a><a href="?p=3">3</a><a href="?p=4">4</a>…<a href="?p=48">48</a><a href="?p=2">下一页</a></div></div></div>""" % cw_rows
add("u-cangwen-4", "http://www.cangwen360.com/userhome/31870562/folder/7", "utf-8", "utf-8",
    cw_page("清风徐来2018的图书馆_散文随笔_藏文馆个人图书馆", c4main), listing=True)

# =====================================================================
# Site 3: u-chuanbao  嵩川日报 理论版 (provincial party newspaper, GBK)
# =====================================================================
CB_NAV = ["首页", "要闻", "时政", "理论", "评论", "经济", "社会", "文化", "教育", "法治", "市县",
          "视觉", "专题", "数字报", "嵩川号"]
CB_LIST = ["深刻把握中国式现代化的科学内涵", "以高质量党建引领国有企业高质量发展",
           "在基层治理中践行全过程人民民主", "让红色资源成为思政课的“活教材”",
           "推动县域经济高质量发展的路径思考", "以新发展理念引领乡村全面振兴",
           "加快构建现代化产业体系的着力点", "坚持和发展新时代“枫桥经验”",
           "深入推进党的自我革命", "把调查研究作为基本功", "以文化繁荣助力强省建设",
           "大力弘扬科学家精神", "做好新时代国企思想政治工作", "发展新质生产力的实践要求",
           "以法治思维推进基层社会治理", "坚持人民至上的价值立场"]


def cb_page(stitle, meta_cs, main, pubdate=""):
    nav = "".join('<li><a href="http://www.scrb.com.cn/%s/"%s>%s</a></li>' % (
        "c%d" % i, ' class="cur"' if n == "理论" else "", n) for i, n in enumerate(CB_NAV))
    side = "".join('<li><a href="http://theory.scrb.com.cn/system/%d.shtml" target="_blank">%s</a></li>' % (
        20230000 + i * 211, t) for i, t in enumerate(CB_LIST[4:14]))
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n' % meta_cs if meta_cs else ""
    pm = '<meta name="publishdate" content="%s">\n' % pubdate if pubdate else ""
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html>
<head>
%s<title>%s</title>
<meta name="keywords" content="嵩川日报,理论,嵩川网">
%s<meta name="source" content="嵩川日报">
<link rel="stylesheet" type="text/css" href="http://www.scrb.com.cn/css/2019/page_v2.css">
<script type="text/javascript" src="http://www.scrb.com.cn/js/jquery.min.js"></script>
</head>
<body>
<div class="top_bar"><div class="w1200"><span class="fl">嵩川日报社主办　嵩川省重点新闻网站</span><span class="fr"><a href="http://www.scrb.com.cn/app/">客户端下载</a> | <a href="http://epaper.scrb.com.cn/">数字报</a> | <a href="http://www.scrb.com.cn/wap/">手机版</a></span></div></div>
<div class="header w1200"><a href="http://www.scrb.com.cn/" class="logo"><img src="http://www.scrb.com.cn/img/logo2019.png" alt="嵩川网"></a><a class="channel_logo" href="http://theory.scrb.com.cn/">理论频道</a></div>
<div class="nav"><ul class="w1200">%s</ul></div>
<div class="w1200 clearfix">
<div class="left_box">
%s
</div>
<div class="right_box">
<div class="r_block"><h3 class="r_tit">理论热点</h3><ul class="r_list">%s</ul></div>
<div class="r_block"><h3 class="r_tit">专题聚焦</h3><a href="http://www.scrb.com.cn/zt/xxgc/"><img src="http://www.scrb.com.cn/img/zt_banner1.jpg" alt="学习贯彻专题"></a><a href="http://www.scrb.com.cn/zt/gqgg/"><img src="http://www.scrb.com.cn/img/zt_banner2.jpg" alt="国企改革深化提升行动"></a></div>
<div class="r_block ewm"><img src="http://www.scrb.com.cn/img/ewm_app.png" alt=""><p>扫码下载嵩川日报客户端</p></div>
</div>
</div>
<div class="footer">
<p><a href="http://www.scrb.com.cn/about/">关于我们</a> | <a href="http://www.scrb.com.cn/contact/">联系我们</a> | <a href="http://www.scrb.com.cn/ad/">广告服务</a> | <a href="http://www.scrb.com.cn/jubao/">违法和不良信息举报</a></p>
<p>嵩川日报社版权所有　未经授权禁止复制或建立镜像</p>
<p>互联网新闻信息服务许可证：43120170003　<a href="https://beian.miit.gov.cn/">嵩ICP备05002371号</a>　嵩公网安备 43010502000211号</p>
</div>
<script type="text/javascript">
var _bdhmProtocol = (("https:" == document.location.protocol) ? " https://" : " http://");
document.write(unescape("%%3Cscript src='" + _bdhmProtocol + "hm.baidu.com/h.js%%3F8c1e3a7b2f' type='text/javascript'%%3E%%3C/script%%3E"));
</script>
</body>
</html>
""" % (meta, stitle, pm, nav, main, side)


def cb_art(title, infoline, body, editor, topbyline=""):
    return """<div class="crumbs">当前位置：<a href="http://www.scrb.com.cn/">首页</a> &gt; <a href="http://theory.scrb.com.cn/">理论</a> &gt; 正文</div>
<div class="article">
<h1>%s</h1>
<div class="info">%s</div>
<div class="share"><span>分享到：</span><a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="qq" href="javascript:;">QQ空间</a><a href="javascript:window.print();">打印</a><span class="fontsize">字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></span></div>
%s<div class="content" id="content">
%s
</div>
<div class="editor">责任编辑：%s</div>
<div class="xgyd"><h3>相关阅读</h3><ul>
<li><a href="http://theory.scrb.com.cn/system/2023/05/22/031877.shtml">【理论】发展新质生产力的实践要求</a></li>
<li><a href="http://theory.scrb.com.cn/system/2023/05/08/031702.shtml">【理论】坚持和发展新时代“枫桥经验”</a></li>
<li><a href="http://theory.scrb.com.cn/system/2023/04/24/031544.shtml">【理论】把调查研究作为基本功</a></li></ul></div>
<div class="copyright_tip">凡注明“来源：嵩川日报”的作品，版权均属嵩川日报社所有，未经书面授权，不得转载、摘编或以其他方式使用。</div>
</div>""" % (title, infoline, topbyline, body, editor)


def cb_body(paras, heads):
    out = []
    for x in paras:
        if x in heads:
            out.append('<p style="text-indent: 2em;"><strong>%s</strong></p>' % x)
        else:
            out.append('<p style="text-indent: 2em;">%s</p>' % x)
    return "\n".join(out)


# --- u-chuanbao-1: header gbk, meta gb2312
b1t = "以高质量党建引领国有企业高质量发展"
b1h = ["一、把党的领导融入公司治理各环节", "二、推动党建工作与生产经营深度融合",
       "三、建设高素质专业化干部人才队伍", "四、持之以恒推进全面从严治党"]
b1p = [
    "国有企业是中国特色社会主义的重要物质基础和政治基础，是党执政兴国的重要支柱和依靠力量。坚持党的领导、加强党的建设，是国有企业的“根”和“魂”。新时代新征程，推动国有企业高质量发展，必须把党建工作的政治优势转化为企业的发展优势和竞争优势。",
    b1h[0],
    "完善中国特色现代企业制度，关键在于明确党组织在公司治理结构中的法定地位。要落实党组织研究讨论作为董事会、经理层决策重大问题前置程序的要求，厘清各治理主体的权责边界，做到各司其职、各负其责、协调运转、有效制衡。实践中，一些企业前置研究清单过于笼统，有的事项“一把抓”，有的事项“管不到”，需要结合企业实际动态调整，使党组织把方向、管大局、保落实的作用落到实处。",
    b1h[1],
    "党建工作做实了就是生产力，做强了就是竞争力。一些企业存在党建与业务“两张皮”的现象，党建活动停留在开会学习、填表留痕上，与生产经营中的难点堵点联系不紧。破解这一问题，要坚持围绕中心抓党建、抓好党建促发展，把党支部建在项目上、车间里、班组中，通过设立党员先锋岗、党员责任区、党员攻关小组等载体，让党员在技术创新、安全生产、提质增效中站排头、当先锋。",
    b1h[2],
    "企业之间的竞争，归根到底是人才的竞争。要坚持党管干部、党管人才原则，健全市场化选人用人机制，推行经理层成员任期制和契约化管理，做到干部能上能下、员工能进能出、收入能增能减。同时，要重视一线技能人才培养，畅通技术工人职业发展通道，让更多“大国工匠”在企业成长起来。",
    b1h[3],
    "国有企业掌握大量公共资源，廉洁风险点多面广。要加强对“一把手”和领导班子的监督，聚焦工程建设、物资采购、资金管理等重点领域开展专项治理，推动监督贯通协同。要坚持严管和厚爱结合、激励和约束并重，落实“三个区分开来”，为敢于担当、踏实做事的干部撑腰鼓劲，营造风清气正的干事创业环境。",
    "总之，国有企业改革发展越是向纵深推进，越要坚持和加强党的全面领导。只有把党建优势转化为发展优势，才能在新一轮国企改革深化提升行动中不断增强核心功能、提高核心竞争力，为推进中国式现代化作出更大贡献。",
]
cb1 = cb_page(b1t + "--理论--嵩川日报网", "gb2312",
              cb_art(b1t, '<span class="date">2023-06-19 08:12:36</span>　<span class="src">来源：嵩川日报</span>　<span class="pv">浏览量：<em id="hits"></em></span>',
                     '<p class="zz">【作者】何立新　梁晓燕</p>\n' + cb_body(b1p, b1h) +
                     '\n<p style="text-indent: 2em;">（作者单位：嵩川大学马克思主义学院）</p>',
                     "周文博"), "2023-06-19")
add("u-chuanbao-1", "http://theory.scrb.com.cn/system/2023/06/19/032011.shtml", "gbk", "gbk", cb1,
    title=b1t, author="何立新 梁晓燕", published="2023-06-19", shown="2023-06-19", text=b1p)

# --- u-chuanbao-2: no header, meta utf-8 (page is utf-8); 作者：X，系…教授 at the end
b2t = "在基层治理中践行全过程人民民主"
b2h = ["（一）畅通民意表达渠道", "（二）规范协商议事程序", "（三）强化基层党组织的引领作用"]
b2p = [
    "基层是国家治理的“最后一公里”，也是人民群众感知公平正义、参与公共事务最直接的场域。推进基层治理现代化，必须把全过程人民民主的理念贯穿到基层治理的各个环节，让群众的事由群众商量着办。",
    b2h[0],
    "民主的前提是听得见群众的声音。近年来，不少地方探索建立“村民议事会”“楼栋议事角”“板凳会”等协商平台，把议事桌搬到田间地头和小区院落。我省东部某县在全县推行“周三议事日”，每周三下午村（社区）干部集中接待群众，收集的意见建议分类登记、限时办结、定期公示，群众的参与热情明显提高。",
    b2h[1],
    "协商不能“议而不决”，也不能“决而不议”。要明确哪些事项需要协商、由谁来协商、怎样协商、结果如何运用，形成“提议—商议—决议—执行—评议”的闭环。对涉及群众切身利益的集体资产处置、公共设施建设、低保评定等事项，必须经过民主协商，并把协商结果作为决策的重要依据。",
    b2h[2],
    "基层党组织是基层治理的领导核心。在协商议事中，党组织既要发挥把关定向作用，防止少数人操纵、宗族势力干扰，又要善于做群众工作，在不同利益诉求之间寻找最大公约数。要选优配强村（社区）党组织书记，加强议事协商能力培训，使其真正成为群众信得过的“主心骨”。",
    "全过程人民民主不是挂在墙上的口号，而是落在群众身边的实践。把民主协商贯穿基层治理全过程，才能把群众的积极性、主动性、创造性充分激发出来，夯实党长期执政的群众基础。",
]
cb2 = cb_page(b2t + "_理论频道_嵩川网", "utf-8",
              cb_art(b2t, '<span class="src">来源：嵩川日报</span>　<span class="date">2023年08月07日 07:55</span>',
                     cb_body(b2p, b2h) +
                     '\n<p style="text-indent: 2em;">作者：石永刚，系嵩川师范大学政法学院教授</p>',
                     "蒋丽"), "2023-08-07")
add("u-chuanbao-2", "http://theory.scrb.com.cn/system/2023/08/07/032390.shtml", "utf-8", "", cb2,
    title=b2t, author="石永刚", published="2023-08-07", shown="2023年08月07日", text=b2p)

# --- u-chuanbao-3: header gbk, meta says utf-8 (stale template) -> header wins
b3t = "让红色资源成为思政课的“活教材”"
b3h = ["一、深挖红色资源的育人内涵", "二、创新红色资源的教学方式", "三、完善红色资源融入的保障机制"]
b3p = [
    "红色资源是中国共产党在革命、建设、改革各个历史时期形成的宝贵精神财富，蕴含着丰富的思想政治教育元素。把红色资源有效融入高校思政课教学，对于引导青年学生坚定理想信念、厚植爱国情怀具有重要意义。",
    b3h[0],
    "红色资源不只是一处处旧址、一件件文物，更是一个个鲜活的故事和一种种精神品格。我省是革命老区，境内留存着大量革命旧址和红色文献。高校要组织教师深入开展地方红色资源研究，梳理革命人物的成长经历、重大事件的来龙去脉，提炼其中蕴含的信仰之力、担当之责和奋斗之志，为思政课教学提供扎实的内容支撑。",
    b3h[1],
    "用好红色资源，关键在于讲活。要推动思政小课堂与社会大课堂相结合，把课堂搬进纪念馆、搬到旧址现场，让学生在实地寻访中感悟历史；也可以组织学生开展红色故事宣讲、情景剧创作、口述史采集等实践活动，变“被动听”为“主动讲”。同时，要善用数字技术，建设红色资源数字化教学平台，让学生随时随地“云端”走进历史现场。",
    b3h[2],
    "红色资源融入思政课不能“一阵风”，需要建立长效机制。高校应与地方党史部门、纪念场馆共建实践教学基地，明确双方职责，定期开展合作；要把红色资源教学纳入教学评价体系，鼓励教师开发特色课程和教学案例，对优秀成果给予表彰和支持。",
    "历史是最好的教科书，也是最好的清醒剂。让红色资源真正“活”起来，思政课就能更有温度、更有深度，在青年学生心中播下红色的种子。",
]
cb3 = cb_page(b3t + "--理论--嵩川日报网", "utf-8",
              cb_art(b3t, '<span class="date">2024-04-15 09:03</span>　<span class="src">来源：嵩川日报</span>',
                     cb_body(b3p, b3h) +
                     '\n<p style="text-indent: 2em;">（作者单位：嵩川理工大学马克思主义学院）</p>',
                     "周文博", topbyline='<div class="author_line">【作者】潘文静</div>\n'))
add("u-chuanbao-3", "http://theory.scrb.com.cn/system/2024/04/15/034117.shtml", "gbk", "gbk", cb3,
    title=b3t, author="潘文静", published="2024-04-15", shown="2024-04-15", text=b3p)

# --- u-chuanbao-4: theory channel listing (gbk header + gbk meta)
cb_dates = ["2024-04-15", "2024-04-08", "2024-03-25", "2024-03-18", "2024-03-11", "2024-02-26",
            "2024-01-22", "2024-01-15", "2023-12-25", "2023-12-18", "2023-11-27", "2023-11-13",
            "2023-10-30", "2023-10-16", "2023-08-07", "2023-06-19"]
cb_rows = "\n".join('<li><span class="time">%s</span><a href="http://theory.scrb.com.cn/system/%s/%06d.shtml" target="_blank">%s</a></li>' % (
    d, d.replace("-", "/"), 34117 - i * 157, t) for i, (d, t) in enumerate(zip(cb_dates, CB_LIST[::-1])))
cb4 = cb_page("理论_嵩川网", "gbk", """<div class="crumbs">当前位置：<a href="http://www.scrb.com.cn/">首页</a> &gt; 理论</div>
<div class="lm_head"><h2>理论</h2><p class="sub"><a href="#">学习园地</a> | <a href="#">理论前沿</a> | <a href="#">党建研究</a> | <a href="#">名家访谈</a></p></div>
<ul class="list_16">
%s
</ul>
<div class="page"><a class="cur">1</a><a href="index_2.shtml">2</a><a href="index_3.shtml">3</a><a href="index_4.shtml">4</a><a href="index_2.shtml">下一页</a><a href="index_36.shtml">尾页</a></div>""" % cb_rows)
add("u-chuanbao-4", "http://theory.scrb.com.cn/", "gbk", "gbk", cb4, listing=True)

# =====================================================================
# Site 4: u-qikan  学苑期刊网 (academic magazine site, utf-8)
# =====================================================================
QK_HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>%s</title>
<meta name="keywords" content="%s">
<meta name="description" content="%s">
<meta name="citation_title" content="%s">
%s<link rel="stylesheet" href="/static/css/qk.css?v=3.2.1">
<script src="/static/js/jquery.min.js"></script>
</head>
<body>
<div class="qk-top"><div class="container"><span>欢迎访问学苑期刊网！</span><a href="/user/login">登录</a><a href="/user/reg">注册</a><a href="/vip/">开通VIP</a><a href="/help/">帮助</a></div></div>
<div class="qk-header container"><a class="logo" href="/"><img src="/static/img/logo.png" alt="学苑期刊网"></a>
<div class="search-box"><select><option>题名</option><option>作者</option><option>关键词</option><option>刊名</option></select><input type="text" placeholder="请输入检索词"><button>检 索</button><a href="/adv_search">高级检索</a></div></div>
<div class="qk-nav"><div class="container"><a href="/">首页</a><a href="/journal/">期刊导航</a><a href="/subject/">学科分类</a><a href="/new/">最新上线</a><a href="/top/">热门下载</a><a href="/submit/">投稿指南</a><a href="/about/">关于我们</a></div></div>
<div class="container clearfix">
"""
QK_SIDE = """<div class="qk-right">
<div class="jn-card"><img src="/cover/jcyj/2023-05.jpg" alt="嵩川教育研究"><h4>嵩川教育研究</h4>
<p>主管单位：嵩川省教育厅</p><p>主办单位：嵩川省教育科学研究院</p><p>ISSN 1671-0xxx　CN 43-1xxx/G4</p><p>出版周期：双月刊</p><a class="btn" href="/journal/jcyj/">进入期刊主页</a></div>
<div class="hot-box"><h4>本刊热门下载</h4><ol>
<li><a href="/article/jcyj202304008.html">“双减”背景下农村初中作业设计的优化</a></li>
<li><a href="/article/jcyj202303002.html">县域高中振兴的现实困境与突破</a></li>
<li><a href="/article/jcyj202305001.html">新时代师德师风建设的长效机制研究</a></li>
<li><a href="/article/jcyj202302011.html">小学科学课堂中的探究式学习设计</a></li>
<li><a href="/article/jcyj202301006.html">劳动教育课程化的实践探索</a></li></ol></div>
<div class="ad-box"><a href="/submit/"><img src="/static/img/ad_tougao.jpg" alt="在线投稿"></a></div>
</div>
</div>
<div class="qk-footer"><p><a href="/about/">关于我们</a> | <a href="/copyright/">版权声明</a> | <a href="/contact/">联系我们</a> | <a href="/sitemap/">网站地图</a></p>
<p>本站所收录文献版权归原作者及期刊所有，仅供学术交流，如有侵权请联系删除。</p>
<p>&copy;2015-2024 学苑期刊网 xueyuanqk.com　<a href="https://beian.miit.gov.cn">豫ICP备15027763号-1</a></p></div>
<script>
$(function(){ $('.btn-dl').click(function(){ if(!window.__login){ layer.msg('请先登录后下载全文'); return false; } }); });
var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?b21f7e0a0d";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();
</script>
</body>
</html>
"""


def qk_article(stitle, title, sub, authors_html, units, abstract, kws, pubdate, issue, doi, fund,
               bio, body_html, refs, cls, meta_extra):
    refs_html = "\n".join("<li>[%d] %s</li>" % (i + 1, r) for i, r in enumerate(refs))
    kw_html = "；".join('<a href="/search?kw=%s">%s</a>' % (k, k) for k in kws)
    subh = '<h2 class="art-subtitle">%s</h2>\n' % sub if sub else ""
    return (QK_HEAD % (stitle, "，".join(kws), abstract[:80], title, meta_extra) + """<div class="qk-left">
<div class="crumb">您的位置：<a href="/">首页</a> &gt; <a href="/journal/jcyj/">嵩川教育研究</a> &gt; <a href="/journal/jcyj/2023-%s/">%s</a> &gt; 正文</div>
<div class="art-head">
<h1 class="art-title">%s</h1>
%s<p class="art-authors">%s</p>
<p class="art-units">%s</p>
<p class="art-src">《嵩川教育研究》%s　　发布日期：%s　　<span>页码：%s</span></p>
<div class="art-btns"><a class="btn-dl" href="/download/pdf/%s">下载PDF</a><a class="btn-dl" href="/download/caj/%s">CAJ下载</a><a class="btn-read" href="/read/%s">在线阅读</a><a class="btn-cite" href="javascript:;">引用</a><a class="btn-fav" href="javascript:;">收藏</a></div>
</div>
<div class="abs-box"><p><strong>【摘要】</strong>%s</p>
<p><strong>【关键词】</strong>%s</p>
<p><strong>【分类号】</strong>%s　　<strong>【DOI】</strong>%s</p>
<p><strong>【基金项目】</strong>%s</p></div>
<div class="art-body">
%s
</div>
<div class="bio-box"><h4>作者简介</h4><p>%s</p></div>
<div class="ref-box"><h4>参考文献</h4><ol class="refs">
%s
</ol></div>
<div class="art-btns bottom"><a class="btn-dl" href="/download/pdf/%s">下载PDF全文</a> <span class="tip">（本文共 %s 页，PDF大小 1.2M）</span></div>
<div class="xg-box"><h4>相似文献</h4><ul>
<li><a href="/article/jcyj202206014.html">乡村学校阅读推广的困境与对策</a></li>
<li><a href="/article/jcyj202109003.html">整本书阅读教学的课程化设计</a></li>
<li><a href="/article/hnjy202301021.html">国有企业思想政治工作创新研究</a></li></ul></div>
</div>
""" % ("%02d" % int(re.search(r"第(\d+)期", issue).group(1)), issue, title, subh, authors_html, units, issue, pubdate, ("23-27" if "05" in doi else "41-46"), doi[-6:], doi[-6:], doi[-6:],
       abstract, kw_html, cls, doi, fund, body_html, bio, refs_html, doi[-6:], "5") + QK_SIDE)


def qk_body(paras, heads):
    return "\n".join(('<h3 class="sec">%s</h3>' % x) if x in heads else ('<p>%s</p>' % x) for x in paras)


# --- u-qikan-1: the 摘要 repeats the lead
q1t = "乡村小学整本书阅读的实践困境与推进路径"
q1h = ["一、乡村小学整本书阅读的主要困境", "二、推进乡村小学整本书阅读的路径", "三、结语"]
q1 = [
    "整本书阅读是语文课程标准提出的重要学习任务群。在乡村小学，由于图书资源匮乏、教师指导能力不足、家庭阅读氛围薄弱等原因，整本书阅读常常流于形式。笔者所在课题组于2022年对嵩川省三个县十二所乡村小学开展问卷调查和课堂观察，共回收学生问卷一千一百余份、教师问卷八十六份，试图厘清乡村学校推进整本书阅读的现实难点。",
    q1h[0],
    "其一，图书资源结构失衡。调查显示，所调查学校生均藏书虽已达到标准，但大量图书为多年前配发的旧书，适合低年级学生阅读的绘本和桥梁书严重不足，部分学校图书室长期上锁，学生借阅不便。",
    "其二，教师指导能力不足。乡村小学语文教师普遍承担多个班级的教学任务，不少教师还兼任其他学科，难以投入时间进行整本书阅读的课程设计。访谈中，有教师坦言“不知道一本书该怎么带着学生读”，阅读课常常变成学生自由看书。",
    "其三，家庭阅读支持薄弱。在所调查的学生中，父母双方或一方外出务工的比例超过四成，不少孩子由祖辈照看，家中藏书不足十本的家庭占比较高，课外阅读很难延伸到家庭。",
    q1h[1],
    "第一，盘活图书资源。学校应打开图书室的“锁”，在教室设立图书角，推行班级图书漂流；县级教育部门可统筹建立流动书库，定期在乡村学校之间轮换图书，以较小的投入提升图书的使用效率。",
    "第二，加强课堂指导。教师可按照“导读—推进—分享”三个阶段设计阅读课程，在导读课上激发兴趣、在推进课上解决阅读障碍、在分享课上交流收获。县级教研部门可组织骨干教师开发适合乡村学生的阅读指导方案，供教师参考使用。",
    "第三，构建家校协同机制。针对留守儿童较多的现实，学校可以通过“亲子共读打卡”“祖孙故事会”等方式，引导家长和祖辈参与阅读，也可以借助村级文化活动室开展周末阅读活动，让阅读走出校园。",
    q1h[2],
    "乡村小学整本书阅读的推进，不能只依靠教师个人的热情，而需要学校、教研部门和家庭形成合力。只有把图书真正送到孩子手中，把方法真正教给教师，整本书阅读才能在乡村学校落地生根。",
]
q1abs = ("整本书阅读是语文课程标准提出的重要学习任务群。在乡村小学，由于图书资源匮乏、教师指导能力不足、家庭阅读氛围薄弱等原因，"
         "整本书阅读常常流于形式。本文基于对嵩川省三个县十二所乡村小学的调查，分析整本书阅读面临的主要困境，并从资源建设、课堂指导和家校协同三个方面提出推进路径。")
add("u-qikan-1", "https://www.xueyuanqk.com/article/jcyj202305012.html", "utf-8", "utf-8",
    qk_article(q1t + " - 嵩川教育研究 - 学苑期刊网", q1t, "",
               '<a href="/author/韩雪梅">韩雪梅</a><sup>1</sup>　<a href="/author/杜志远">杜志远</a><sup>2</sup>',
               "（1.嵩川师范大学 文学院，嵩川 湘平 410081；2.潭溪县实验小学，嵩川 潭溪 414300）",
               q1abs, ["乡村小学", "整本书阅读", "阅读指导", "家校协同"], "2023-09-12", "2023年第5期",
               "10.19xxx/j.cnki.scjy.2023.05.012",
               "嵩川省教育科学规划课题“乡村小学整本书阅读教学策略研究”（编号：SC2022JY117）",
               "韩雪梅（1979—），女，嵩川师范大学文学院副教授，主要研究方向为语文课程与教学论；杜志远（1986—），男，潭溪县实验小学一级教师。",
               qk_body(q1, q1h),
               ["教育部. 义务教育语文课程标准（2022年版）[S]. 北京：北京师范大学出版社，2022.",
                "吴欣歆. 整本书阅读的课程设计[J]. 语文建设，2019（11）：4-8.",
                "郑桂华. 乡村儿童阅读现状调查与思考[J]. 中小学教师培训，2021（3）：55-59.",
                "王荣生. 阅读教学设计的要诀[M]. 上海：华东师范大学出版社，2014.",
                "刘晓东. 留守儿童家庭教育支持研究[J]. 教育研究与实验，2020（6）：71-76."],
               "G623.2", '<meta name="citation_date" content="2023/09/12">\n'),
    title=q1t, author="韩雪梅 杜志远", published="2023-09-12", shown="2023-09-12", text=q1)

# --- u-qikan-2: subtitle; the 摘要 is its own summary (still out, see NOTES); no HTTP charset
q2t = "国有企业青年职工思想动态调查与引导对策"
q2s = "——以嵩川省三家能源企业为例"
q2h = ["一、调查的基本情况", "二、青年职工思想动态的主要特点", "三、加强青年职工思想引导的对策"]
q2 = [
    q2s,
    "青年是企业发展的生力军。近年来，随着国有企业改革不断深化，一大批“90后”“00后”青年走上生产经营一线，他们视野开阔、思维活跃、成长愿望强烈，同时也面临工作压力大、发展路径不清晰等现实问题。准确把握青年职工的思想脉搏，是做好新时代国有企业思想政治工作的重要前提。",
    q2h[0],
    "2023年3月至5月，课题组在嵩川省三家能源类国有企业开展调查，对象为35岁以下青年职工，共发放问卷九百份，回收有效问卷八百三十二份，并分别召开一线青年、青年技术骨干和青年管理人员座谈会六场。",
    q2h[1],
    "调查显示，青年职工对企业发展前景总体认同度较高，百分之八十以上的受访者表示愿意长期在本企业工作，对企业履行社会责任、保障能源供应的作用感到自豪。与此同时，部分青年存在一定的职业焦虑。在基层场站工作的青年中，有相当一部分人认为工作环境偏远、晋升机会有限，担心“一辈子待在站上”；一些技术岗位青年则反映，日常事务性工作挤占了学习钻研的时间。",
    "座谈中，青年职工对“被看见”的诉求十分突出。他们希望自己的想法能够被管理层听到，希望在重大项目和技术攻关中有机会“挑大梁”，也希望企业在评先评优、岗位调整中更加公开透明。",
    q2h[2],
    "一是创新思想引领方式。改变单向灌输的做法，多用青年喜闻乐见的方式开展理论学习，组织青年走进企业展馆、走上重点工程现场，在亲身体验中增强对企业使命的认同。",
    "二是畅通职业成长通道。完善管理、技术、技能三条职业发展通道，建立青年人才库，通过导师带徒、轮岗交流、项目历练等方式加快青年成长，让基层青年看得到方向、摸得到台阶。",
    "三是做实关心关爱工作。关注偏远场站青年的婚恋、住房、子女教育等实际困难，改善基层生活条件，定期开展谈心谈话，及时疏导工作压力，让青年职工在企业安心、舒心、有奔头。",
]
q2abs = ("本文通过问卷调查和座谈访谈，了解国有能源企业青年职工的思想状况、职业诉求和成长困惑，发现青年职工总体思想积极稳定，"
         "但也存在职业发展焦虑、基层岗位认同感不强等问题，进而从思想引领、成长通道、关心关爱三个方面提出对策建议。")
add("u-qikan-2", "https://www.xueyuanqk.com/article/jcyj202306019.html", "utf-8", "",
    qk_article(q2t + "--《嵩川教育研究》2023年第6期--学苑期刊网", q2t, q2s,
               '<a href="/author/卢晓峰">卢晓峰</a>',
               "（嵩川能源集团有限公司 党委党校，嵩川 湘平 410014）",
               q2abs, ["国有企业", "青年职工", "思想政治工作", "职业发展"], "2023-11-20", "2023年第6期",
               "10.19xxx/j.cnki.scjy.2023.06.019",
               "嵩川省国资委党建研究课题（编号：SCGZ2023DJ08）",
               "卢晓峰（1975—），男，嵩川能源集团有限公司党委党校高级政工师，主要从事企业思想政治工作研究。",
               qk_body(q2, q2h),
               ["中共中央办公厅. 关于新时代加强和改进思想政治工作的意见[Z]. 2021.",
                "张建国. 国有企业青年职工思想政治工作的实践探索[J]. 思想政治工作研究，2022（4）：38-40.",
                "李红梅. 新生代员工职业价值观与组织认同研究[J]. 中国人力资源开发，2021（9）：66-79.",
                "陈志强. 能源企业基层一线员工队伍建设研究[J]. 企业文明，2020（11）：52-54."],
               "D412.6", ""),
    title=q2t, author="卢晓峰", published="2023-11-20", shown="2023-11-20", text=q2)

# --- u-qikan-3: an issue's table of contents (listing)
qk_toc = [
    ("专题：乡村教育振兴", [("县域高中振兴的现实困境与突破", "周庆林", "1-6"), ("乡村教师专业发展共同体的构建", "黄丽君 马腾", "7-12"),
                       ("乡村学校小规模化背景下的教学组织变革", "任海波", "13-17")]),
    ("课程与教学", [("乡村小学整本书阅读的实践困境与推进路径", "韩雪梅 杜志远", "23-27"),
               ("大单元教学视域下初中历史作业设计", "孔令红", "28-32"), ("高中物理实验教学中的证据意识培养", "钱明辉", "33-37"),
               ("小学数学“说理课堂”的建构", "谢婉婷", "38-41")]),
    ("德育与心理", [("新时代师德师风建设的长效机制研究", "彭国安", "42-46"), ("初中生网络沉迷的家庭干预策略", "严佳 许晨", "47-51")]),
    ("教师教育", [("师范生教育实习质量保障体系研究", "曾德华", "52-56"), ("“国培计划”送教下乡项目的成效评估", "邓晓红 丁一", "57-61")]),
]
toc_html = ""
for sec, arts in qk_toc:
    toc_html += '<div class="toc-sec"><h3>%s</h3><ul>\n' % sec
    for j, (t, a, pg) in enumerate(arts):
        toc_html += ('<li><a class="t" href="/article/jcyj20230500%d.html">%s</a><span class="au">%s</span>'
                     '<span class="pg">%s</span><a class="pdf" href="/download/pdf/05%03d">PDF</a></li>\n' % (j, t, a, pg, j))
    toc_html += "</ul></div>\n"
qk3 = (QK_HEAD % ("嵩川教育研究 2023年第5期 目录 - 学苑期刊网", "嵩川教育研究,目录,2023年第5期", "嵩川教育研究2023年第5期目录", "嵩川教育研究2023年第5期", "") +
       """<div class="qk-left">
<div class="crumb">您的位置：<a href="/">首页</a> &gt; <a href="/journal/jcyj/">嵩川教育研究</a> &gt; 2023年第5期</div>
<div class="issue-head"><img src="/cover/jcyj/2023-05.jpg" alt=""><h2>嵩川教育研究 2023年第5期</h2><p>出版日期：2023年9月　共收录文章 12 篇</p>
<div class="year-sel">选择年份：<a href="/journal/jcyj/2024/">2024</a> <a class="on" href="/journal/jcyj/2023/">2023</a> <a href="/journal/jcyj/2022/">2022</a> <a href="/journal/jcyj/2021/">2021</a>
<br>期号：<a href="/journal/jcyj/2023-01/">第1期</a> <a href="/journal/jcyj/2023-02/">第2期</a> <a href="/journal/jcyj/2023-03/">第3期</a> <a href="/journal/jcyj/2023-04/">第4期</a> <a class="on" href="/journal/jcyj/2023-05/">第5期</a> <a href="/journal/jcyj/2023-06/">第6期</a></div></div>
<div class="toc">
""" + toc_html + """</div>
</div>
""" + QK_SIDE)
add("u-qikan-3", "https://www.xueyuanqk.com/journal/jcyj/2023-05/", "utf-8", "utf-8", qk3, listing=True)

# --- u-qikan-4: search results (listing)
qk_hits = [
    ("乡村小学整本书阅读的实践困境与推进路径", "韩雪梅 杜志远", "嵩川教育研究", "2023年第5期", "整本书阅读是语文课程标准提出的重要学习任务群。在乡村小学，由于图书资源匮乏……"),
    ("乡村教育振兴视域下的教师队伍建设", "孙立平", "教育发展研究", "2023年第2期", "教师是乡村教育振兴的关键。文章分析了乡村教师补充、培养和留任中存在的问题……"),
    ("乡村教育的文化使命及其实现", "何敏", "当代教育论坛", "2022年第6期", "乡村教育不仅承担着知识传授的任务，也肩负着传承乡土文化的使命……"),
    ("县域乡村教育数字化转型的路径探析", "魏国强 李丹", "中国电化教育研究", "2023年第8期", "数字化为缩小城乡教育差距提供了新的可能……"),
    ("乡村学校劳动教育的资源开发", "吴桂芳", "嵩川教育研究", "2022年第3期", "乡村学校拥有丰富的劳动教育资源，田园、果园、作坊都可以成为课堂……"),
    ("乡村小规模学校复式教学的再认识", "唐建军", "基础教育参考", "2021年第10期", "复式教学是乡村小规模学校常见的教学组织形式……"),
    ("留守儿童阅读习惯培养的家校合作研究", "周颖", "现代教育科学", "2022年第4期", "留守儿童由于缺乏家庭阅读环境，阅读兴趣和习惯普遍较弱……"),
    ("乡村教育振兴中的地方政府责任", "林海涛", "教育学术月刊", "2023年第1期", "地方政府是推进乡村教育振兴的责任主体……"),
]
hits_html = "\n".join(
    '<div class="hit"><h3><a href="/article/s%05d.html">%s</a></h3><p class="meta">作者：%s　　来源：《%s》%s</p><p class="abs">%s</p>'
    '<p class="ops"><a class="btn-dl" href="/download/pdf/s%05d">下载</a> <a href="/read/s%05d">在线阅读</a> <a href="javascript:;">收藏</a></p></div>' % (
        i * 37 + 11, t, a, j, iss, ab, i * 37 + 11, i * 37 + 11) for i, (t, a, j, iss, ab) in enumerate(qk_hits))
qk4 = (QK_HEAD % ("“乡村教育”的检索结果 - 学苑期刊网", "乡村教育,检索", "学苑期刊网检索结果", "检索结果", "") +
       """<div class="qk-left">
<div class="crumb">您的位置：<a href="/">首页</a> &gt; 检索结果</div>
<div class="s-info">检索词：<b>乡村教育</b>　共找到 <b>126</b> 条结果，用时 0.032 秒</div>
<div class="s-filter">排序：<a class="on" href="#">相关度</a> <a href="#">发表时间</a> <a href="#">下载量</a>　　年份：<a href="#">2023(41)</a> <a href="#">2022(38)</a> <a href="#">2021(29)</a> <a href="#">更早(18)</a></div>
<div class="s-list">
""" + hits_html + """
</div>
<div class="pages"><span class="cur">1</span> <a href="?p=2">2</a> <a href="?p=3">3</a> … <a href="?p=16">16</a> <a href="?p=2">下一页&gt;</a></div>
</div>
""" + QK_SIDE)
add("u-qikan-4", "https://www.xueyuanqk.com/search?kw=%E4%B9%A1%E6%9D%91%E6%95%99%E8%82%B2", "utf-8", "utf-8", qk4, listing=True)

# =====================================================================
# Site 5: u-xinghai  星海网 (news portal with photo galleries, utf-8)
# =====================================================================
XH_NAV = ["首页", "新闻", "星海", "国内", "国际", "财经", "图片", "视频", "评论", "房产", "汽车",
          "教育", "健康", "文旅", "专题", "问政"]


def xh_head(title, desc, cs_meta):
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n' % cs_meta if cs_meta else ""
    nav = "".join('<a href="https://www.xinghainews.cn/%s/"%s>%s</a>' % (
        "n%d" % i, ' class="on"' if n == "图片" else "", n) for i, n in enumerate(XH_NAV))
    return """<!DOCTYPE html>
<html>
<head>
%s<title>%s</title>
<meta name="description" content="%s" />
<meta name="renderer" content="webkit" />
<link rel="stylesheet" href="https://static.xinghainews.cn/2022/css/common.css" />
<link rel="stylesheet" href="https://static.xinghainews.cn/2022/css/pic.css" />
<script src="https://static.xinghainews.cn/2022/js/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="xh-topline"><div class="w1200"><span>星海网 - 星海市重点新闻网站</span><div class="r"><a href="https://www.xinghainews.cn/app/">星海新闻APP</a><a href="https://weibo.com/xinghainews">官方微博</a><a href="https://www.xinghainews.cn/wx/">微信公众号</a></div></div></div>
<div class="xh-head w1200"><a class="logo" href="https://www.xinghainews.cn/"><img src="https://static.xinghainews.cn/2022/img/logo.png" alt="星海网"></a><div class="srch"><input type="text" placeholder="搜索"><button>搜索</button></div></div>
<div class="xh-nav"><div class="w1200">%s</div></div>
""" % (meta, title, desc, nav)


XH_FOOT = """<div class="xh-foot"><div class="w1200">
<p><a href="/about/">网站简介</a> | <a href="/ad/">广告服务</a> | <a href="/join/">招聘信息</a> | <a href="/law/">法律顾问</a> | <a href="/contact/">联系我们</a></p>
<p>星海网版权所有，未经书面授权禁止使用　违法和不良信息举报电话：0597-8812xxxx</p>
<p>互联网新闻信息服务许可证编号：35120180012　<a href="https://beian.miit.gov.cn/" target="_blank">闽ICP备11022318号-1</a></p></div></div>
<script>
var picIndex = 0;
function showPic(n){ $('.pic-item').hide().eq(n).show(); $('#cur').text(n+1); }
(function(){var bp=document.createElement('script');bp.src='https://zz.bdstatic.com/linksubmit/push.js';var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(bp,s);})();
</script>
</body>
</html>
"""

XH_MORE = ["组图：海上风电场迎来首批机组吊装", "组图：老城区夜市烟火气回来了", "组图：湿地公园迎来越冬候鸟",
           "组图：中秋前夕月饼工厂赶制订单", "组图：山区孩子的第一堂游泳课", "组图：秋收时节 稻浪翻金",
           "组图：渔港开海 千帆竞发", "组图：高铁站春运首日客流平稳"]


def xh_right():
    return ('<div class="xh-right"><div class="box"><h3>图片排行</h3><ul class="rank">' +
            "".join('<li><em>%d</em><a href="https://pic.xinghainews.cn/%d.html">%s</a></li>' % (i + 1, 8120 + i * 9, t)
                    for i, t in enumerate(XH_MORE)) +
            '</ul></div><div class="box ad"><span class="adtag">广告</span><img src="https://static.xinghainews.cn/ad/300x250_bank.jpg" alt=""></div>'
            '<div class="box"><h3>星海热点</h3><ul><li><a href="/n1/1.html">星海地铁3号线全线进入铺轨阶段</a></li><li><a href="/n1/2.html">市区新增十处口袋公园</a></li>'
            '<li><a href="/n1/3.html">港务集团前三季度吞吐量同比增长</a></li><li><a href="/n1/4.html">今冬首场寒潮来袭 注意保暖</a></li></ul></div></div>\n')


def xh_gallery(title, stitle, info, lead, caps, editor, url_id, pubdate):
    n = len(caps)
    items = "\n".join(
        '<div class="pic-item"%s><div class="pic"><a href="javascript:showPic(%d)"><img src="https://pic.xinghainews.cn/%s/%s_%d.jpg" alt=""></a></div>'
        '<div class="pic-num"><span class="c">%d</span>/<span class="t">%d</span></div><p class="pic-txt">%s</p></div>' % (
            "" if i == 0 else ' style="display:none"', i + 1, pubdate[:7].replace("-", ""), url_id, i + 1, i + 1, n, c)
        for i, c in enumerate(caps))
    thumbs = "".join('<li><a href="javascript:showPic(%d)"><img src="https://pic.xinghainews.cn/%s/%s_%d_s.jpg"></a></li>' % (
        i, pubdate[:7].replace("-", ""), url_id, i + 1) for i in range(n))
    more = "".join('<li><a href="https://pic.xinghainews.cn/%d.html"><img src="/t/%d.jpg"><p>%s</p></a></li>' % (8000 + i * 7, i, t)
                   for i, t in enumerate(XH_MORE[:6]))
    return (xh_head(stitle, lead[0][:70], "utf-8") + """<div class="w1200 clearfix">
<div class="xh-left">
<div class="loc">当前位置：<a href="https://www.xinghainews.cn/">星海网</a> &gt; <a href="https://pic.xinghainews.cn/">图片</a> &gt; <a href="https://pic.xinghainews.cn/zt/">组图</a></div>
<h1 class="pic-title">%s</h1>
<div class="pic-info">%s</div>
<div class="pic-lead">%s</div>
<div class="pic-box">
<a class="prev" href="javascript:;">上一张</a><a class="next" href="javascript:;">下一张</a>
%s
</div>
<div class="pic-thumbs"><ul>%s</ul></div>
<div class="pic-opt"><a href="javascript:;">全部图片</a> | <a href="javascript:;">查看原图</a> | <a href="javascript:;">分享到：微信 微博 QQ</a></div>
<div class="editor">【责任编辑：%s】</div>
<div class="more-pic"><h3>更多精彩图集</h3><ul>%s</ul></div>
</div>
""" % (title, info, "\n".join("<p>%s</p>" % x for x in lead), items, thumbs, editor, more) + xh_right() + "</div>\n" + XH_FOOT)


# --- u-xinghai-1: gallery 1/8..8/8
x1t = "港口夜班人：灯火里的万吨吞吐"
x1lead = [
    "夜里十点，星海港集装箱码头依旧灯火通明。作为区域性枢纽港，这里全年无休，每天有上百艘船舶进出，夜班作业量占到全天的四成以上。桥吊司机、理货员、系缆工、调度员……一群“夜班人”在灯光与海风中轮转，守护着港口的吞吐节奏。",
    "近日，记者跟随星海港务集团第三作业区的夜班班组，记录下他们从傍晚交接到清晨收工的十二个小时。这家老牌国有港口企业近年来加快推进自动化改造，但在许多关键岗位上，经验丰富的老师傅依然不可替代。班组里最年长的职工已经在码头干了三十一年，最年轻的刚刚走出校门，他们用一夜又一夜的坚守，让一只只集装箱准时装船、驶向远方。",
]
x1caps = [
    "晚上七点，第三作业区夜班班组召开班前会，班长逐项交代当晚船期和安全注意事项。",
    "桥吊司机刘海波登上四十多米高的司机室，他已在这个岗位上工作了十六年。",
    "从司机室向下望去，集装箱卡车在堆场间有序穿行。",
    "理货员冒着海风核对箱号，一晚上要走两万多步。",
    "凌晨一点，一艘远洋货轮靠泊，系缆工合力将缆绳套上缆桩。",
    "中央控制室里，调度员紧盯屏幕，实时调整各泊位作业计划。",
    "凌晨三点，食堂为夜班职工送来热腾腾的饺子。",
    "清晨六点，最后一个集装箱落地，夜班职工列队交班，迎着朝阳走出码头。",
]
add("u-xinghai-1", "https://pic.xinghainews.cn/2023/10/18/8233.html", "utf-8", "utf-8",
    xh_gallery(x1t, "【组图】" + x1t + "_图片频道_星海网",
               '<span>2023-10-18 09:30:15</span>　<span>来源：星海日报</span>　<span>记者 孟凡宇 摄影报道</span>',
               x1lead, x1caps, "吴倩", "8233", "2023-10-18"),
    title=x1t, author="孟凡宇", published="2023-10-18", shown="2023-10-18", text=x1lead + x1caps)

# --- u-xinghai-2: plain text article, header utf-8, no meta
x2t = "老旧小区加装电梯 一楼住户从“反对”到“点赞”"
x2 = [
    "9月初，滨江区光明里小区12号楼的电梯正式投入使用。这栋建于上世纪九十年代的六层住宅楼，住着三十六户人家，其中七十岁以上的老人有二十多位。电梯启用当天，住在六楼的八十三岁老人何秀英第一次不用扶着楼梯扶手歇三回，就回到了家门口。",
    "加装电梯的想法，楼里的居民三年前就提过，但一直卡在“意见不统一”上。一楼住户担心电梯井挡住采光、运行有噪音，又用不上电梯，不愿意出钱；高层住户则觉得自己出了大头，低层住户不该反对。几次楼道协商会都不欢而散。",
    "转机出现在去年。社区党委把这件事列入“我为群众办实事”清单，请来设计单位上门测量，把电梯井的位置从单元门正前方挪到了楼梯间北侧，避开了一楼住户的窗户；又请已经加装电梯的兄弟小区居民来“现身说法”，讲电梯的实际噪音有多大、维保怎么安排。",
    "一楼住户老张说，真正让他松口的，是社区组织大家去看了另一个小区的电梯。“站在窗户边，电梯上上下下，几乎听不到声音。再想想楼上那些老邻居，天天爬楼也不容易。”最终，全楼三十六户签字同意，按楼层高低分摊费用，一楼、二楼住户不出资，还能用电梯运送大件物品。",
    "据了解，今年以来滨江区已有四十二部加装电梯完工，另有六十多部正在施工。区住建部门表示，将继续简化审批流程，推行“一站式”服务，并探索引入社会资本参与建设运营，让更多老旧小区居民实现“上楼不难”。",
]
x2html = (xh_head(x2t + "_星海新闻_星海网", x2[0][:70], "").replace(' class="on">图片', '>图片') + """<div class="w1200 clearfix">
<div class="xh-left">
<div class="loc">当前位置：<a href="https://www.xinghainews.cn/">星海网</a> &gt; <a href="https://www.xinghainews.cn/xh/">星海</a> &gt; 社会民生</div>
<div class="art-title"><h1>%s</h1></div>
<div class="art-info"><span class="time">2023-09-05 07:45</span><span class="src">来源：星海日报</span><span class="au">作者：记者 谭静 通讯员 高远</span><span class="fz">字号：<a href="javascript:;">T</a> <a href="javascript:;">T</a></span></div>
<div class="art-con" id="ozoom">
<p style="text-align:center"><img src="https://img.xinghainews.cn/2023/09/05/dt1209.jpg" border="0"></p>
%s
</div>
<div class="art-bottom"><p class="editor">【责任编辑：陈晓】</p>
<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">QQ空间</a></div>
<p class="statement">声明：本网转载内容仅供参考，不代表本网观点。星海网原创稿件，转载请注明出处。</p></div>
<div class="xg"><h3>相关新闻</h3><ul><li><a href="/xh/2023/0712/5531.html">我市出台老旧小区加装电梯新政</a></li><li><a href="/xh/2023/0603/5190.html">加装电梯怎么申请？流程看这里</a></li><li><a href="/xh/2022/1121/4402.html">加梯“最后一公里”如何打通</a></li></ul></div>
</div>
""" % (x2t, "\n".join("<p>　　%s</p>" % x for x in x2)) + xh_right() + "</div>\n" + XH_FOOT)
add("u-xinghai-2", "https://www.xinghainews.cn/xh/2023/0905/6012.html", "utf-8", "utf-8", x2html,
    title=x2t, author="谭静 高远", published="2023-09-05", shown="2023-09-05", text=x2)

# --- u-xinghai-3: gallery 1/6..6/6
x3t = "年画村里的“守艺人”"
x3lead = [
    "腊月将至，凤鸣镇年画村又到了一年中最忙的时候。这里的木版年画已有三百多年历史，鼎盛时期全村有四十多家画坊，逢年过节，十里八乡的人都来挑选门神和灶君。如今，坚持手工刻版、套色印刷的老画坊只剩下七家，六十八岁的钟德顺是其中年纪最大的一位。他十四岁跟着父亲学刻版，一辈子没离开过这门手艺。记者走进他的画坊，记录下一幅年画从刻版到晾晒的过程。",
    "钟德顺说，机器印刷的年画便宜，但颜色是“死”的；手工套印的年画，每一张都有细微的差别，这正是它的味道。这几年，县里把木版年画列入非遗保护项目，每年给老画坊发放传承补贴，还在镇上的中学开设了年画兴趣课。让他高兴的是，来画坊学艺的年轻人渐渐多了起来，去年冬天，他收下了两个从城里回来的徒弟。",
]
x3caps = [
    "钟德顺在梨木板上勾描画稿，一块门神版往往要刻上半个月。",
    "刻刀在木板上游走，木屑纷纷落下。",
    "印制时，每一种颜色都要单独刻一块版，一张年画要套印五六次。",
    "刚印好的年画挂在屋檐下晾干，红绿相间，十分喜庆。",
    "钟德顺的孙女放寒假回家，跟着爷爷学习调色。",
    "画坊门口，前来选购年画的游客络绎不绝。",
]
add("u-xinghai-3", "https://pic.xinghainews.cn/2024/01/22/8870.html", "utf-8", "utf-8",
    xh_gallery(x3t, x3t + "-星海网图片频道", '<span>2024-01-22 16:05</span>　<span>来源：星海网</span>　<span>记者 白露 摄</span>',
               x3lead, x3caps, "吴倩", "8870", "2024-01-22"),
    title=x3t, author="白露", published="2024-01-22", shown="2024-01-22", text=x3lead + x3caps)

# --- u-xinghai-4: 图片 channel listing; this old channel template is GBK (header gbk + meta gbk)
xh_list = [
    ("年画村里的“守艺人”", "2024-01-22", 6), ("组图：高铁站春运首日客流平稳", "2024-01-20", 8),
    ("组图：湿地公园迎来越冬候鸟", "2023-12-09", 9), ("组图：今冬首场寒潮来袭", "2023-11-26", 7),
    ("港口夜班人：灯火里的万吨吞吐", "2023-10-18", 8), ("组图：秋收时节 稻浪翻金", "2023-10-03", 10),
    ("组图：中秋前夕月饼工厂赶制订单", "2023-09-25", 6), ("组图：海上风电场迎来首批机组吊装", "2023-09-12", 8),
    ("组图：老城区夜市烟火气回来了", "2023-08-19", 12), ("组图：渔港开海 千帆竞发", "2023-08-01", 9),
    ("组图：山区孩子的第一堂游泳课", "2023-07-21", 7), ("组图：毕业季 校园里的最后一张合影", "2023-06-28", 10),
]
xh_cells = "\n".join(
    '<li><a href="https://pic.xinghainews.cn/%d.html" target="_blank"><img src="https://pic.xinghainews.cn/thumb/%d.jpg"><p class="t">%s</p></a><p class="d">%s　<span>%d图</span></p></li>' % (
        8870 - i * 53, i, t, d, c) for i, (t, d, c) in enumerate(xh_list))
x4 = (xh_head("图片_星海网", "星海网图片频道，用镜头记录星海。", "gbk") + """<div class="w1200 clearfix">
<div class="xh-left">
<div class="loc">当前位置：<a href="https://www.xinghainews.cn/">星海网</a> &gt; 图片</div>
<div class="pic-tabs"><a class="on" href="/">最新</a> <a href="/zt/">组图</a> <a href="/sy/">摄影</a> <a href="/rw/">人物</a> <a href="/fg/">风光</a></div>
<ul class="pic-grid">
%s
</ul>
<div class="pages"><a class="cur">1</a><a href="index_2.html">2</a><a href="index_3.html">3</a><a href="index_2.html">下一页</a></div>
</div>
""" % xh_cells + xh_right() + "</div>\n" + XH_FOOT)
add("u-xinghai-4", "https://pic.xinghainews.cn/", "gbk", "gbk", x4, listing=True)

# =====================================================================
# Site 6: u-tanxi  潭溪新闻网 (county news site, GB2312, table layout)
# =====================================================================
TX_NAV = ["网站首页", "潭溪要闻", "乡镇动态", "部门动态", "政务公开", "民生热线", "图片新闻", "视频潭溪",
          "专题专栏", "文明创建", "潭溪旅游", "人文潭溪"]
TX_SIDE = ["县委常委会召开会议 研究部署冬季重点工作", "我县召开秋冬季森林防火工作会议",
           "石坪乡开展农村人居环境整治“回头看”", "县人民医院新住院大楼正式启用",
           "全县中小学开展消防安全演练", "清溪镇举办第三届龙舟邀请赛", "县供电公司完成迎峰度夏设备检修",
           "潭溪脐橙获评省级农产品区域公用品牌", "城区两条主干道完成提质改造", "县图书馆开展全民阅读月活动"]


def tx_page(stitle, meta_line, col, main):
    nav = "&nbsp;|&nbsp;".join('<a href="/%s/" class="nav">%s</a>' % ("lm%d" % i, n) for i, n in enumerate(TX_NAV))
    side = "".join('<tr><td height="24" class="lb">・<a href="/html/%d.html" target="_blank" title="%s">%s</a></td></tr>\n' % (
        6100 + i * 11, t, t) for i, t in enumerate(TX_SIDE))
    return """<html>
<head>
%s<title>%s</title>
<meta name="keywords" content="潭溪,潭溪新闻网,潭溪县">
<link href="/css/style.css" rel="stylesheet" type="text/css">
<style type="text/css">
<!--
body { margin: 0px; font-size: 12px; }
.title { font-size: 22px; font-weight: bold; color: #C00000; line-height: 36px; }
.zw { font-size: 14px; line-height: 26px; }
-->
</style>
<script language="javascript" src="/js/common.js"></script>
</head>
<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="28" bgcolor="#F2F2F2">&nbsp;今天是：<script language="javascript">document.write(new Date().toLocaleDateString());</script>&nbsp;&nbsp;<a href="javascript:window.external.addFavorite('http://www.tanxinews.cn','潭溪新闻网')">加入收藏</a> | <a href="#" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.tanxinews.cn');">设为首页</a></td></tr>
<tr><td><img src="/images/top_banner.jpg" width="980" height="120" alt="潭溪新闻网"></td></tr>
<tr><td height="34" bgcolor="#B40000" align="center"><font color="#FFFFFF">%s</font></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="30" bgcolor="#F8F8F8">&nbsp;&nbsp;您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/lm2/">%s</a> &gt;&gt; 正文</td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="700" valign="top">
%s
</td>
<td width="10"></td>
<td width="270" valign="top">
<table width="100%%" border="0" cellspacing="0" cellpadding="0" class="sidebox">
<tr><td height="30" background="/images/side_t.gif">&nbsp;<b>热点新闻</b></td></tr>
%s</table>
<table width="100%%" border="0" cellspacing="0" cellpadding="0"><tr><td><a href="/zt/wmcj/"><img src="/images/zt_wmcj.jpg" width="270" border="0"></a></td></tr>
<tr><td><a href="/zt/djyl/"><img src="/images/zt_djyl.jpg" width="270" border="0"></a></td></tr></table>
</td>
</tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#EEEEEE">
<tr><td height="24" align="center">友情链接：<a href="http://www.scrb.com.cn/">嵩川网</a> | <a href="#">潭溪县人民政府</a> | <a href="#">潭溪党建网</a> | <a href="#">潭溪文明网</a></td></tr>
<tr><td height="70" align="center">主办：中共潭溪县委宣传部　承办：潭溪县融媒体中心<br>
地址：潭溪县城关镇人民路18号　邮编：414300　联系电话：0730-632xxxx<br>
<a href="https://beian.miit.gov.cn/" target="_blank">嵩ICP备08012217号</a>　技术支持：潭溪网络科技</td></tr>
</table>
<script language="javascript">var _cnzz = "1279XXXX";</script>
<script src="https://s9.cnzz.com/z_stat.php?id=1279005511&web_id=1279005511" language="JavaScript"></script>
</body>
</html>
""" % (meta_line, stitle, nav, col, main, side)


TX_META = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n'


def tx_body(paras):
    return "<br>\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + x for x in paras) + "<br>"


def tx_tail(aid):
    return """<tr><td height="30" align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td height="24">上一篇：<a href="/html/%d.html">县委常委会召开会议 研究部署冬季重点工作</a><br>下一篇：<a href="/html/%d.html">全县中小学开展消防安全演练</a></td></tr>
<tr><td height="24"><b>相关文章</b></td></tr>
<tr><td>・<a href="/html/5801.html">我县召开乡村振兴工作推进会</a><br>・<a href="/html/5722.html">潭溪县文明实践志工服务月启动</a><br>・<a href="/html/5630.html">全县党建工作观摩会召开</a></td></tr>
<tr><td height="24" align="center"><font color="#999999">本站所刊登的各种新闻、信息和各种专题专栏资料，均为潭溪新闻网版权所有，未经许可不得转载。</font></td></tr>""" % (aid - 1, aid + 1)


# --- u-tanxi-1: no HTTP charset, meta gb2312; headline in <td class="title">
tx1t = "古街焕新颜 乡愁有处寻"
tx1 = [
    "五月的清溪镇，雨后的青石板路泛着光。沿着镇中心的老街一路走去，修缮一新的木板门面依次排开，打铁铺、豆腐坊、竹编店重新开了张，不少外地游客举着手机拍个不停。",
    "清溪老街始建于清代中期，全长六百余米，曾是潭溪县通往邻县的重要商道。上世纪九十年代以后，随着新街区的建设，老街逐渐冷清，房屋年久失修，部分临街建筑甚至出现了墙体开裂、屋面漏雨等险情。",
    "2021年起，清溪镇将老街保护性修缮列为重点民生项目，坚持“修旧如旧”的原则，邀请专业团队对街区内四十六栋老建筑逐一建档，保留原有的木构架、封火墙和石门槛，同步改造了供水、排污和电力线路，把原来架在空中的“蜘蛛网”全部入地。",
    "在老街经营竹编店的刘德兴今年六十五岁，他家祖上三代都做竹编。“以前老街没人来，竹篮竹筐卖不出去，儿子都劝我别做了。”如今他的店里除了传统的箩筐、簸箕，还摆上了竹编灯罩、茶席等新品，每逢节假日，一天能卖出两三千元。",
    "镇党委负责人介绍，老街修缮后，镇里引导本地居民自主经营，优先安排有传统手艺的家庭入驻，目前已有三十多户居民在家门口开起了店。下一步，清溪镇还将结合端午龙舟赛、中秋灯会等民俗活动，持续擦亮老街文化名片，让老街既有“颜值”又有“人气”。",
]
tx1main = """<table width="100%%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="50" align="center" class="title">%s</td></tr>
<tr><td height="30" align="center" bgcolor="#F6F6F6">作者: 通讯员 张一鸣 李晓燕&nbsp;&nbsp;来源: 潭溪日报&nbsp;&nbsp;时间: 2023-5-6&nbsp;&nbsp;点击:<script language="javascript" src="/inc/hits.asp?id=6218"></script></td></tr>
<tr><td height="10"></td></tr>
<tr><td class="zw"><p align="center"><img src="/uploadfile/2023/0506/20230506091233.jpg" width="550" border="0"></p>
%s
</td></tr>
%s
</table>""" % (tx1t, tx_body(tx1), tx_tail(6218))
add("u-tanxi-1", "http://www.tanxinews.cn/html/6218.html", "gb2312", "",
    tx_page("乡镇动态 - 潭溪新闻网", TX_META, "乡镇动态", tx1main),
    title=tx1t, author="张一鸣 李晓燕", published="2023-05-06", shown="2023-5-6", text=tx1)

# --- u-tanxi-2: header gb2312 + meta gb2312; headline in <font size=5><b>
tx2t = "风雨夜抢修 万家灯火明"
tx2 = [
    "7月18日晚，受强对流天气影响，潭溪县西部山区遭遇短时强降雨并伴有雷暴大风，10千伏石门线、岭下线相继跳闸，沿线五个村两千余户居民用电受到影响。",
    "险情就是命令。县供电公司立即启动应急预案，组织运维检修人员、共产党员服务队共四十余人，分成三个抢修小组连夜出发。山区道路湿滑，部分路段被塌方的泥土阻断，抢修队员只能扛着工具和器材徒步上山。",
    "晚上十一点多，第一小组在岭下村后山找到了故障点：一棵被大风刮倒的杉树压断了导线，两基电杆发生倾斜。队员们冒雨清理倒树、扶正电杆、更换导线，浑身上下没有一处是干的。共产党员服务队队长罗志明已经五十四岁，仍然坚持爬上电杆作业，他说：“老百姓等着用电，早一分钟送上电，大家就少受一分钟罪。”",
    "经过七个多小时的连续奋战，19日凌晨四时许，两条线路全部恢复供电。天亮后，不少村民自发送来热茶和鸡蛋，岭下村村民曹大娘拉着队员的手说：“你们辛苦了，昨晚听着外面的雨声，知道你们在山上，心里一直不踏实。”",
    "据了解，今年入汛以来，县供电公司已累计开展线路隐患排查一百二十多次，清理线路通道树障三千余棵，并在山区供电所储备了应急发电车和抢修物资，全力保障汛期电力可靠供应。",
]
tx2main = """<table width="100%%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="60" align="center"><font size="5" color="#CC0000"><b>%s</b></font></td></tr>
<tr><td height="28" align="center"><font color="#666666">作者: 记者 袁志强&nbsp;&nbsp;来源: 本站原创&nbsp;&nbsp;时间: 2023-7-21&nbsp;&nbsp;点击:<span id="hits"></span></font></td></tr>
<tr><td><hr size="1" color="#DDDDDD"></td></tr>
<tr><td class="zw"><font style="font-size:14px">
%s
</font></td></tr>
%s
</table>""" % (tx2t, tx_body(tx2), tx_tail(6502))
add("u-tanxi-2", "http://www.tanxinews.cn/html/6502.html", "gb2312", "gb2312",
    tx_page("部门动态_潭溪新闻网", TX_META, "部门动态", tx2main),
    title=tx2t, author="袁志强", published="2023-07-21", shown="2023-7-21", text=tx2)

# --- u-tanxi-3: no header, meta gb2312; headline in a <td class="biaoti"><b><font>; full timestamp + count
tx3t = "党建引领荒山变果园 村集体经济年增收三十万"
tx3 = [
    "初冬时节，走进潭溪县石坪乡枫树坳村，漫山遍野的脐橙树挂满了金黄的果实，村民们正忙着采摘、分拣、装箱，一派丰收景象。谁能想到，五年前这里还是一片杂草丛生的荒山。",
    "枫树坳村地处山区，耕地少、山林多，青壮年大多外出务工，村集体经济一度是“空壳”。2018年，村党支部换届，返乡创业的退役军人曹国栋当选村党支部书记。上任后，他带着支部班子挨家挨户走访，和村民一起商量发展路子，最终把目光投向了村后那片闲置多年的荒山。",
    "起初，不少村民心里打鼓：荒山上能种出什么来？为打消顾虑，村党支部决定由党员干部带头试种。六名党员每人认领十亩荒山，自掏腰包购买果苗，请来县农业农村局的技术员现场指导。第三年，试种的脐橙挂果，口感好、个头大，很快被收购商订购一空。",
    "看到了实实在在的收益，村民们纷纷要求入股。村党支部牵头成立了果业专业合作社，采取“党支部＋合作社＋农户”的模式，村民以土地和劳力入股，合作社统一提供果苗、技术和销售服务。目前，全村已种植脐橙一千二百余亩，入社农户一百三十多户。",
    "今年，枫树坳村脐橙预计产量达到八十万斤，村集体经济收入可增加三十余万元。曹国栋说，下一步，村里准备建一座冷库，再搭上电商平台，把脐橙卖到更远的地方，“让荒山真正变成村民的金山银山”。",
]
tx3main = """<table width="100%%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="56" align="center" class="biaoti"><b><font style="font-size:20px;color:#B40000">%s</font></b></td></tr>
<tr><td height="26" align="center" style="border-bottom:1px dashed #CCCCCC">作者: 曹建华&nbsp;&nbsp;&nbsp;来源: 县委组织部&nbsp;&nbsp;&nbsp;时间: 2022-11-9 10:21:33&nbsp;&nbsp;&nbsp;点击: 1236</td></tr>
<tr><td class="zw" style="padding:10px">
%s
</td></tr>
%s
</table>""" % (tx3t, "\n".join('<p style="TEXT-INDENT: 2em">%s</p>' % x for x in tx3), tx_tail(5990))
add("u-tanxi-3", "http://www.tanxinews.cn/html/5990.html", "gb2312", "",
    tx_page("乡镇动态 - 潭溪新闻网", TX_META, "乡镇动态", tx3main),
    title=tx3t, author="曹建华", published="2022-11-09", shown="2022-11-9", text=tx3)

# --- u-tanxi-4: column listing
tx_items = [
    ("古街焕新颜 乡愁有处寻", "2023-5-6"), ("清溪镇举办第三届龙舟邀请赛", "2023-4-28"), ("石坪乡春耕生产忙", "2023-4-12"),
    ("城关镇开展“邻里节”活动", "2023-3-30"), ("白石乡村级光伏电站并网发电", "2023-3-18"), ("河口镇召开人大代表座谈会", "2023-3-2"),
    ("枫树坳村脐橙喜获丰收", "2023-1-9"), ("党建引领荒山变果园 村集体经济年增收三十万", "2022-11-9"),
    ("石坪乡开展农村人居环境整治“回头看”", "2022-10-27"), ("清溪镇老年大学开学", "2022-9-15"),
    ("河口镇举办农民丰收节", "2022-9-23"), ("城关镇完成老旧小区改造三处", "2022-8-30"),
]
tx_rows = "\n".join('<tr><td height="26" class="lb">・<a href="/html/%d.html" target="_blank">%s</a></td><td width="90" align="right"><font color="#999999">%s</font></td></tr>' % (
    6218 - i * 23, t, d) for i, (t, d) in enumerate(tx_items))
tx4main = """<table width="100%%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="32" background="/images/lm_t.gif" colspan="2">&nbsp;<b><font color="#B40000">乡镇动态</font></b></td></tr>
%s
<tr><td height="40" align="center" colspan="2">共 386 条记录 页次：1/33 每页：12 条 <a href="?page=1">首页</a> <a href="?page=1">上一页</a> <a href="?page=2">下一页</a> <a href="?page=33">尾页</a></td></tr>
</table>""" % tx_rows
add("u-tanxi-4", "http://www.tanxinews.cn/lm2/", "gb2312", "",
    tx_page("乡镇动态 - 潭溪新闻网", TX_META, "乡镇动态", tx4main).replace(" &gt;&gt; 正文", ""), listing=True)


# =====================================================================
# write + self-check
# =====================================================================
def gold_text(p):
    lines = ["page: %s.html" % p["name"], "url: %s" % p["url"], "charset: %s" % p["hdr"]]
    if p["ctype"]:
        lines.append("content-type: %s" % p["ctype"])
    if p["listing"]:
        lines.append("kind: listing")
    lines += ["title: %s" % ("" if p["listing"] else p["title"]),
              "author: %s" % ("" if p["listing"] else p["author"]),
              "published: %s" % ("" if p["listing"] else p["published"]), ""]
    if not p["listing"]:
        lines += p["text"]
    return "\n".join(lines) + "\n"


def visible(raw, cs):
    t = raw.decode(cs, errors="strict")
    t = re.sub(r"(?is)<head\b.*?</head>", " ", t)
    t = re.sub(r"(?is)<script\b.*?</script>", " ", t)
    t = re.sub(r"(?is)<style\b.*?</style>", " ", t)
    t = re.sub(r"(?s)<!--.*?-->", " ", t)
    t = re.sub(r"(?s)<[^>]*>", " ", t)
    t = htmlmod.unescape(t)
    return re.sub(r"\s+", "", t)


def meta_charset(raw):
    m = re.search(rb'<meta[^>]+charset=["\']?([A-Za-z0-9_-]+)', raw[:4096], re.I)
    return m.group(1).decode("ascii").lower() if m else ""


def main():
    os.makedirs(PAGES, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    errors = []
    names = set()
    for p in ALL:
        if p["name"] in names:
            errors.append("duplicate %s" % p["name"])
        names.add(p["name"])
        raw = p["html"].encode(p["enc"], errors="strict")
        with open(os.path.join(PAGES, p["name"] + ".html"), "wb") as f:
            f.write(raw)
        g = gold_text(p)
        with open(os.path.join(GOLD, p["name"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(g)
    # check from the files on disk
    n_list = 0
    for p in ALL:
        raw = open(os.path.join(PAGES, p["name"] + ".html"), "rb").read()
        hdr, meta = p["hdr"], meta_charset(raw)
        cs = hdr or meta
        if not cs:
            errors.append("%s: no charset at all" % p["name"])
            continue
        if cs != p["enc"] and not (cs == "gb2312" and p["enc"] == "gb2312"):
            errors.append("%s: deciding charset %s != real %s" % (p["name"], cs, p["enc"]))
        try:
            vis = visible(raw, cs)
        except UnicodeDecodeError as e:
            errors.append("%s: decode %s" % (p["name"], e))
            continue
        if p["listing"]:
            n_list += 1
            continue
        if not p["title"] or p["title"].replace(" ", "") not in vis:
            errors.append("%s: title not visible" % p["name"])
        for a in p["author"].split():
            if a not in vis:
                errors.append("%s: author %s not visible" % (p["name"], a))
        if p["published"] and p["shown"].replace(" ", "") not in vis:
            errors.append("%s: date %s not visible" % (p["name"], p["shown"]))
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", p["published"] or "0000-00-00"):
            errors.append("%s: bad published" % p["name"])
        pos = 0
        total = 0
        for ln in p["text"]:
            k = re.sub(r"\s+", "", ln)
            total += len(k)
            i = vis.find(k, pos)
            if i < 0:
                errors.append("%s: line not found in order: %s" % (p["name"], ln[:30]))
            else:
                pos = i + len(k)
        if not 400 <= total <= 2600:
            errors.append("%s: text length %d" % (p["name"], total))
        # gold header re-read
        g = open(os.path.join(GOLD, p["name"] + ".txt"), encoding="utf-8").read()
        head, _, body = g.partition("\n\n")
        if body.rstrip("\n").split("\n") != p["text"]:
            errors.append("%s: gold body mismatch" % p["name"])
    sites = {}
    for p in ALL:
        sites.setdefault(p["name"].rsplit("-", 1)[0], []).append(p)
    if len(ALL) != 24 or len(sites) != 6 or any(len(v) != 4 for v in sites.values()):
        errors.append("need 6 sites x 4 pages, have %d pages / %d sites" % (len(ALL), len(sites)))
    if n_list < 8:
        errors.append("only %d listings" % n_list)
    for e in errors:
        print("ERROR", e)
    print("pages: %d, sites: %d, listings: %d, articles: %d" % (len(ALL), len(sites), n_list, len(ALL) - n_list))
    if errors:
        print("SELF-CHECK FAILED")
        sys.exit(1)
    print("SELF-CHECK OK")


if __name__ == "__main__":
    main()
