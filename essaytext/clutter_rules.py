"""Clutter rules, kept as data: what surrounds an essay on Chinese news and document sites.

- LINE_PATTERNS: a line of the extracted text matching one of these is dropped. Lines are
  matched in folded form (simplified script, ASCII punctuation: `normalize.fold`), so a rule is
  written once. Patterns only apply to short lines (`clutter.MAX_CLUTTER_LINE`): an essay's
  own paragraphs are longer, and the rules must never remove one of its sentences.
- TAIL_MARKERS: a line that starts the page's trailer (上一篇, 相关推荐, 文档评论 …) in the
  last part of the text; it and everything after it is dropped.
"""

from __future__ import annotations

import re

from .metadata import AUTHOR_BEFORE_CREDIT, AUTHOR_OUTLET

LINE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("disclaimer", r"^(版权声明|免责声明|特别声明|郑重声明|声明)[:\s]"),
        (
            "disclaimer",
            r"仅提供信息存储空间|不拥有所有权|不承担相关法律责任|侵权必究|请联系(本站|我们)删除|一经查实.{0,10}删除",
        ),
        (
            "disclaimer",
            r"侵权.{0,8}删除|^如有侵权.{0,40}(联系|邮件|邮箱|处理)|不代表本(报|站|网|刊|平台)(的)?(立场|观点)|(转载|转发|来源).{0,20}(注明出处|请注明)|转载请.{0,12}(联系|授权|许可)|未经(授权|许可).{0,20}(转载|复制)|仅代表作者(本人|个人)?(观点|立场)",
        ),
        ("prev_next", r"^(上一篇|下一篇|上一页|下一页|上一章|下一章)([:\s]|$)"),
        (
            "related",
            r"^[▼▽↓]?\s*(相关推荐|相关文档|相关阅读|相关文章|相关新闻|推荐阅读|热门推荐|猜你喜欢|延伸阅读|更多精彩|"
            r"往期推荐|往期精彩|往期回顾|喜欢此内容的人还喜欢)\s*[:]?$",
        ),
        (
            "editor",
            r"^[(\[【]?\s*(责任编辑|编辑|校对|审核|审校|责编|来源|编审|监制|录入|策划|统筹|视频制作|视频编辑|摄像|剪辑|出品)"
            r"\s*[:\s].{0,30}[)\]】]?$",
        ),
        ("editor", r"^.{0,30}(来源|编辑)[:].{0,30}(编辑|作者)[:].{0,20}$"),
        ("vip_notice", r"^\d{1,2}\s*[.、]\s*(\d{1,2}\s*[.、])?.*(VIP|付费|下载|本站|网站|本文档)"),
        (
            "vip_notice",
            r"VIP(文档|会员|精品|权益)|成为VIP|下载(权益|本文档)|二次下载|版权申诉|举报电话|上传文档|文档贡献者",
        ),
        (
            "vip_notice",
            r"^(查看更多|展开全文|阅读全文|阅读原文|点击查看|实名认证|\+ ?关注|该用户很懒.*)$",
        ),
        ("vip_notice", r"^.{1,120}\.(pdf|docx?|pptx?|txt)(VIP)?$"),
        # A document site's preview end, price and upload notes.
        (
            "vip_notice",
            # Anchored alternatives under one ^ (a search then fails at once past the start).
            r"^(.{0,20}(免费|试读|预览|阅读)(预览|阅读)?已结束.{0,30}|.{0,30}(剩余|还剩)\s*\d+\s*页.{0,20}|"
            r"(文档价格|下载积分|下载券|所需积分)\s*:.*|(立即|免费)下载(本文档|文档|全文|word版)?|本文由.{0,24}上传分享.*|"
            r"下载文档到电脑.*|继续阅读|上传者\s*:.{0,20}|格式\s*:\s*\w{2,5}\s*页数\s*:.*)$",
        ),
        (
            "vip_notice",
            r"开通VIP|开通会员|本(站|网)?文档由.{0,12}(上传|提供)|^温馨提示\s*:$|"
            r"^下载(前|后).{0,12}(预览|编辑|WPS|Office)",
        ),
        # An attachment's file name shown as a line: 图片:IMG_0712.JPG, 附件: 名单.xlsx
        (
            "attachment",
            r"(?i)^(图片|附件|下载)?\s*:?\s*[^\s:]{1,80}\.(jpe?g|png|gif|bmp|webp|xlsx?|zip|rar)(\s*\(.{0,20}\))?$",
        ),
        # A forum's edit note (本帖最后由 X 于 2016-2-18 22:03 编辑) and an end mark (—— END ——).
        ("edit_note", r"^本帖最后由.{1,40}于.{4,30}编辑$"),
        ("end_mark", r"^[-—=~\s(]*(END|THE END|完|全文完)[-—=~\s)]*$"),
        ("original_title", r"^\(?原标题[:\s]|^\(?原题(为|是)?[:《]"),
        ("source", r"^\(?(本文|文章|稿件|资料)?(来源|转自|出处|稿源)[:].{0,40}$"),
        ("source", r"^本文由.{1,20}(投稿|上传|发布|整理|提供)$"),
        # Where the essay first appeared: 本文刊于《青溪理论》2021年第3期 (the date is read first)
        (
            "source",
            r"^\(?(本文|原文)?(原载|原载于|刊于|刊载于|载于|发表于|摘自|选自|转自)\s*《[^》]{1,30}》.{0,20}\)?$",
        ),
        # A news opening standing alone, and a byline with the writer's unit in brackets
        ("dateline", r"^[【\[(]?\s*(本报讯|本网讯|本报|本網訊|本報訊)\s*[】\])]?$"),
        ("byline", r"^作者\s*:\s*[\u4e00-\u9fff·]{2,4}\s*\([^()]{2,30}\)$"),
        # A forum post's buttons: 举报 | 引用 | 回复
        (
            "tools",
            r"^((举报|引用|回复|收藏|分享|编辑|删除|顶|踩|支持|反对|只看该作者|回复此楼)\s*[|｜]?\s*){2,}$",
        ),
        # A page's meta line: two labels or more (作者：X 来源：Y 发布时间：… 点击数：23)
        (
            "meta",
            r"^(?=.{0,120}$)(.{0,40}?(作者|来源|发布时间|发布日期|发表时间|更新时间|打印时间|时间|日期|点击数|点击|"
            r"浏览次数|浏览|阅读次数|阅读|编辑|责任编辑|审核|字数)\s*:){2}",
        ),
        (
            "meta",
            r"^(发布时间|发布日期|发表时间|更新时间|打印时间|点击数|点击|浏览次数|阅读次数)\s*:\s*[\d\s:/.年月日-]*$",
        ),
        # A news opening standing alone: 青岚网讯（记者 孙静）
        ("byline", r"^.{2,10}(网讯|报讯)\s*\((本报|本网)?记者[^()]{1,20}\)$"),
        # A school essay's header: 指导老师：X, 字数：约900字
        ("byline", r"指导(老师|教师)\s*:"),
        ("byline", r"^字数\s*:\s*约?\d+"),
        (
            "byline",
            r"^原创[:\s].{0,30}$|"
            + AUTHOR_OUTLET.pattern,  # 石佳/中国青年报: metadata reads the name
        ),
        (
            "byline",
            AUTHOR_BEFORE_CREDIT.pattern,  # 申雅丽/文
        ),
        ("byline", r"^\(?.{0,20}对(此|本)文(亦)?有(所)?贡献\)?$"),
        (
            "dateline",
            r"^\(?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(\d{1,2}:\d{2}(:\d{2})?)?\s*(星期|周)?[一二三四五六日天]?\)?$",
        ),
        (
            "tools",
            r"^([大中小]?字号|字体|打印|关闭窗口|返回顶部|纠错|大|中|小|A\+|A-|T|广告|推广|AD|Advertisement)$|^(关键词|关键字|标签|Tags?)\s*>>|"
            # 【打印本页】【关闭窗口】, 【字体：大 中 小】: a row of tool buttons
            r"^([\[【]?\s*(打印本页|打印此文|打印|关闭窗口|关闭本页|关闭|返回顶部|收藏本页|收藏|"
            r"(字体|字号)\s*:?\s*大\s*中\s*小|大\s*中\s*小)\s*[\]】]?\s*)+$|^预览时标签不可点$",
        ),
        (
            "app_promo",
            r"^(.{0,20}(下载|安装).{0,12}(客户端|APP)|点击\s*(上方|下方)?\s*(蓝字)?\s*[·•,]?\s*关注|.{0,20}扫描.{0,10}二维码|"
            r".{0,10}长按.{0,10}(二维码|识别)|.{0,20}关注.{0,20}(公众号|官方微信))|【下载地址】",
        ),
        (
            "copyright",
            r"^Copyright|^All Rights Reserved|^.{0,40}版权所有\S{0,20}$|^(举报邮箱|违法和不良信息举报|举报电话)",
        ),
        (
            "byline",
            r"^[(\[〔【]?[\u4e00-\u9fff/]{0,10}(记者|通讯员|实习生)[:\s]*[\u4e00-\u9fff·]{2,4}"
            r"([\s、,][\u4e00-\u9fff·]{2,4}){0,3}\s*(摄影?|报道|整理)?(\s*/\s*\S{2,6}(报导|报道|电))?[)\]〕】]?$",
        ),
        ("author_note", r"^\(?\s*作者(单位|简介)[:\s]|^\(\s*作者(系|为)|^作者系"),
        # A flipbook viewer's tool bar, a button a line: 首页, 缩略图, 全屏, / 64
        (
            "viewer",
            r"^(首页|尾页|上一页|下一页|缩略图|全屏|退出全屏|搜索|放大|缩小|自动翻页|单页|双页)$|^/\s*\d{1,4}$",
        ),
        # A periodical's own notice: 2024年度《翠微》征订启事, 邮发代号：66-38
        ("ad", r"^(.{0,12}征订启事|邮发代号)"),
        # A desk's credit: 即時新聞中心／綜合報導, 本报综合报道
        ("byline", r"^\S{2,12}\s*/\s*(综合|编译|联合)?报[导道]$"),
        # An editor's note before a compilation: 编者按：本期选登三篇社员习作…
        ("editor", r"^(编者按|编者的话|编前语)[:\s]"),
        # A credit line of two or more roles: 文 | 沈砚秋 编辑 | 周南, 文｜X 审核｜Y
        (
            "byline",
            r"^((文|图|文字|图片|摄影|作者|编辑|责编|责任编辑|审核|审校|校对|排版|美编|初审|终审|监制)"
            r"\s*[|｜:]\s*[^\s|｜:]{1,20}(\s+[^\s|｜:]{1,20})?\s*){2,}$",
        ),
        # … or one role, as self-media credit text and pictures: 文字 | 周敏, 图片 | 网络（侵删）
        (
            "byline",
            r"^(文|图|图文|文字|图片|摄影|排版|美编|责编|校对|审核|配图)\s*[|｜]\s*[^\s|｜。！？，,]{1,20}$",
        ),
        # An author's bio box (【作者简介】X，…) and the page's own address (本文地址：http…)
        ("author_note", r"^[【\[]?作者简介[】\]]?\s*[:：]?|^本文(地址|链接|网址)\s*:"),
        # Site notes: a 范文 site's lead-in (下面是小编精心整理的…，欢迎大家分享), 更多…请访问,
        # a player's 加载中, an archive's 【录入说明】 and 分类：X
        (
            "site_note",
            r"小编.{0,20}(整理|收集|搜集|精选|带来|推荐|准备|分享)的.{0,60}(欢迎|希望|仅供|供大家)|"
            r"^更多.{0,20}(请|欢迎)?(访问|关注|点击|登录|进入)|^(视频|音频|内容)?(正在)?加载中|"
            r"^[【\[](录入|整理|校注)说明[】\]]|^(分类|栏目|所属栏目|所属分类)\s*:\s*[^\s,.!?;:。，！？]{1,20}$",
        ),
        ("disclaimer", r"版权归(原)?作者(本人)?所有|请勿用于商业用途"),
        # A repost's notice (本文转载自公众号「南湖书事」，已获授权), a label with only an address
        (
            "source_note",
            r"^(本文|文章|此文)(转载自|转自|转载于|来源于|来自|摘自|选自)(微信)?(公众号)?.{0,40}$|"
            r"^[\u4e00-\u9fff]{2,6}\s*:\s*(https?://|www\.)\S+$",
        ),
        # An author's bio (顾南星，绿川市作家协会会员，作品散见于…; a paper's 韩雪梅（1979—），女，…)
        # and a paper's record fields (【分类号】…, 【DOI】…, 基金项目：…, 收稿日期：…)
        (
            "author_note",
            r"^[\u4e00-\u9fff·]{2,4},.{0,60}(作家协会会员|作协会员|作品散见于|散见于|著有)|"
            r"^[\u4e00-\u9fff·]{2,4}\s*\(\d{4}\s*[-—–~]{1,2}\s*\d{0,4}\)\s*,\s*[男女]\s*,|"
            r"^[\[【]?(中图分类号|分类号|文献标识码|文章编号|DOI|基金项目|收稿日期)([\]】]|\s*:)",
        ),
        # A paper's fund note: 本文系国家社科基金项目（21BKS001）的阶段性成果
        ("author_note", r"^\(?本文(系|是|为).{0,60}(项目|基金|课题).{0,30}(成果|资助)\)?$"),
        # An author's affiliation under a paper's title: （澄川师范学院 文学院，澄川 343000）
        ("author_note", r"^\([^()]{2,50}\d{6}\)$"),
        # … or the unit alone, or a post in it: （某省国有资产管理研究中心）, （某县实验中学退休教师）
        (
            "author_note",
            r"^\([^()，。是他她我]{2,30}(大学|学院|研究院|研究所|研究中心|党校|医院|中学|小学|公司|集团|"
            r"教师|教授|讲师|职工|干部|医生|工程师|会员)\)$",
        ),
        # A periodical's colophon: 每期96页，单价12.00元; 邮发代号; 向本刊发行部汇款订阅
        (
            "colophon",
            r"邮发代号|国内统一刊号|每期\d+页|全年\d+(\.\d+)?元|本刊(发行部|编辑部).{0,12}(订阅|汇款|邮购)",
        ),
        # A credit with only names: 文/图 韩子墨, □何 青 (文/X alone closes a compilation's essay)
        (
            "byline",
            r"^((文|图)\s*/\s*(文|图)|图|摄影?)\s*[\s/|:]\s*[\u4e00-\u9fff·]{2,4}(\s+[\u4e00-\u9fff·]{2,4}){0,3}$|"
            r"^□\s*[\u4e00-\u9fff·]{1,4}(\s[\u4e00-\u9fff·]{1,3})?$|"
            r"^((文|图|摄影?)\s*/\s*[\u4e00-\u9fff·]{2,4}\s*){2,3}$|"  # 文/杨帆 图/郑晓东
            r"^[|(\s]*[\u4e00-\u9fff·]{2,4}(\s+[\u4e00-\u9fff·]{2,4}){0,2}\s+摄影?[\s|)]*$",  # | 罗佳 摄 |
        ),
        (
            "caption",
            r"^[▲△].{0,80}$|^\(?(图片|图|照片|视频)(来源|来自|源)[:\s]|^\(?(点击|click).{0,8}(大图|看图|图片)",
        ),
        # Link lists of other stories: 【 军事 】 标题…
        ("related", r"^【\s+[\u4e00-\u9fff]{2,4}\s+】"),
        ("doc_comments", r"^文档评论\s*[(]\d+[)]$"),
        ("uploader", r"^\d{3}\*{2,}\d{2,}"),
        ("share", r"^(分享到|分享至|扫一扫|扫描二维码|微信扫一扫|打开微信)"),
        # WeChat's reaction prompts: 在看, 分享 点赞 在看, 点个在看, 请点赞+在看
        (
            "share",
            r"^(在看|点赞|转发|分享)$|^.{0,12}(点赞|分享|转发)\s*[+、 ]?\s*在看.{0,10}$|^.{0,6}点个在看.{0,10}$",
        ),
        ("counter", r"^[(]?\d{1,6}[)]?$|^(点赞|收藏|评论|阅读|浏览)\s*[(]?\d*[)]?$"),
        ("counter", r"^(阅读|浏览|点击)(量|数|次数)?[:]?\s*\d+"),
        ("counter", r"^(查看|阅读|浏览)\s*:\s*\d+\s*\|?\s*(回复|评论)\s*:\s*\d+$"),
        (
            "breadcrumb",
            r"^.{0,40}(首页|当前位置|您的位置|现在的位置|所在位置)[^。!?]{0,60}(>|>|»|/)",
        ),
        # A breadcrumb laid out one step a line: "您所在的位置：", "快讯 >", ">".
        (
            "breadcrumb",
            r"^(当前位置|您的位置|您所在的位置|所在位置|当前栏目)[:]?$|^.{0,12}\s*[>»›]$",
        ),
        ("tags", r"^(标签|关键词|关键字|Tags?)[:]?$|^\((标签|关键词|关键字|Tags?):.{1,60}\)$"),
        # A document site's keyword line for search engines: 关键词：… 范文 免费下载
        ("spam_keywords", r"^(关键词|关键字|标签)\s*:.{0,80}(下载|范文|免费)"),
        ("dateline", r"^(昨天|今天|前天|刚刚|\d{1,2}\s*(分钟|小时|天)前)$"),
        ("icp", r"ICP(备|证)\s*\d+|公网安备|增值电信业务"),
        (
            "page_furniture",
            r"^(Page|P\.)\s*\d+\b|^(\d{1,4}\s+){3,}\d{1,4}$|"
            r"^第\s*\d+\s*页\s*[/,、]?\s*(共\s*\d+\s*页)?$|^\d{1,4}\s*/\s*\d{1,4}$|"
            r"^[-—–]?\s*\d{1,4}\s*[-—–]$|"  # "- 1 -" (a list marker "- " is stripped first)
            r"^[·•]\s*\d{1,4}\s*[·•]$",  # a journal's page number: ·12·
        ),
    )
)

TAIL_MARKERS = re.compile(
    r"^[▼▽↓◆■●★☆>\s]*(往期精彩|往期推荐|往期回顾|(教师|老师)?(点评|评语)([:]|$)|上一篇|下一篇|相关推荐|相关文档|相关阅读|相关文章|相关新闻|推荐阅读|猜你喜欢|文档评论|"
    r"热门推荐|延伸阅读|网友评论|发表评论|我要评论|更多回答|其他回答|全部回答)"
)
