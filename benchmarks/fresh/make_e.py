#!/usr/bin/env python3
"""Write part E of the fresh blind set: eight invented Chinese sites `e-*`, four pages each.

    python benchmarks/fresh/make_e.py

Each site has two article pages and two non-essay pages (gold `kind: listing`).
Stdlib only and deterministic: every run writes the same bytes. NOTES-e.md describes the
sites and the judgment calls. Pages are encoded strictly in their declared charset, so a
character the charset lacks stops the script instead of turning into '?'.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

FRESH = Path(__file__).resolve().parent
PAGES = FRESH / "pages"
GOLD = FRESH / "gold"


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def attr(s: str) -> str:
    return html.escape(s, quote=True)


def fill(tpl: str, **kw: str) -> str:
    """Replace {{KEY}} placeholders (templates keep their CSS/JS braces untouched)."""
    for key, value in kw.items():
        tpl = tpl.replace("{{" + key + "}}", value)
    left = re.findall(r"\{\{[A-Z0-9_]+\}\}", tpl)
    if left:
        raise ValueError(f"unfilled placeholders: {left}")
    return tpl


WRITTEN: list[str] = []


def _in_gb2312(c: str) -> bool:
    try:
        c.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def page(
    name: str,
    doc: str,
    *,
    encoding: str,
    url: str,
    charset: str = "",
    title: str = "",
    author: str = "",
    published: str = "",
    text: list[str] | tuple[str, ...] = (),
    listing: bool = False,
    crlf: bool = False,
) -> None:
    """Write pages/<name>.html (bytes in `encoding`) and gold/<name>.txt (UTF-8)."""
    if crlf:
        doc = doc.replace("\r\n", "\n").replace("\n", "\r\n")
    if encoding == "gb2312":
        # Browsers (WHATWG) decode a gb2312 label as GBK, and so do these sites' editors encode:
        # — and · are the GBK bytes A1AA and A1A4, which Python's own gb2312 codec maps to
        # U+2015 and U+30FB. Every other character must be inside GB2312 proper.
        odd = sorted({c for c in doc if ord(c) > 127 and c not in "—·" and not _in_gb2312(c)})
        if odd:
            raise ValueError(f"{name}: not in GB2312: {odd}")
        data = doc.encode("gbk")
    else:
        data = doc.encode(encoding)  # strict on purpose
    if listing:
        assert not title and not text, name
    else:
        assert title and text, name
    PAGES.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    (PAGES / f"{name}.html").write_bytes(data)
    head = [f"page: {name}.html", f"url: {url}", f"charset: {charset}".rstrip()]
    if listing:
        head.append("kind: listing")
    head += [f"title: {title}".rstrip(), f"author: {author}".rstrip(), f"published: {published}".rstrip()]
    body = "".join(line + "\n" for line in text)
    (GOLD / f"{name}.txt").write_text("\n".join(head) + "\n\n" + body, encoding="utf-8", newline="\n")
    WRITTEN.append(name)


# ---------------------------------------------------------------------------------------
# e-difang: 青溪新闻网, a prefecture-level city news site on PHPCMS v9, GBK, CRLF line ends.
# ---------------------------------------------------------------------------------------

QX = "http://www.qxnews.com.cn"

QX_HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<meta http-equiv="X-UA-Compatible" content="IE=7" />
<title>{{TITLE}}</title>
<meta name="keywords" content="{{KEYWORDS}}">
<meta name="description" content="{{DESCRIPTION}}">
{{EXTRAMETA}}<link href="http://www.qxnews.com.cn/statics/css/reset.css" rel="stylesheet" type="text/css" />
<link href="http://www.qxnews.com.cn/statics/css/default_blue.css" rel="stylesheet" type="text/css" />
<link href="http://www.qxnews.com.cn/statics/css/qx2019.css?v=3" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="http://www.qxnews.com.cn/statics/js/jquery.min.js"></script>
<script type="text/javascript" src="http://www.qxnews.com.cn/statics/js/jquery.sgallery.js"></script>
<script type="text/javascript" src="http://www.qxnews.com.cn/statics/js/search_common.js"></script>
</head>
<body>
<div class="body-top">
    <div class="content">
        <div id="announ">
            <ul>
                <li><a href="http://www.qxnews.com.cn/index.php?m=announce&amp;c=index&amp;a=show&amp;aid=21">关于征集2023年度“青溪好人”线索的公告</a></li>
                <li><a href="http://www.qxnews.com.cn/index.php?m=announce&amp;c=index&amp;a=show&amp;aid=20">青溪新闻网通讯员招募启事</a></li>
            </ul>
        </div>
        <script type="text/javascript">
        $(function(){
            startmarquee('announ',22,1,500,3000);
        })
        </script>
        <div class="login lh24 blue"><a href="http://www.qxnews.com.cn/index.php?m=content&amp;c=rss&amp;siteid=1" class="rss ib">rss</a><span class="rt"><script type="text/javascript">document.write('<iframe src="http://www.qxnews.com.cn/index.php?m=member&c=index&a=mini&forward='+encodeURIComponent(location.href)+'&siteid=1" allowTransparency="true" width="500" height="24" frameborder="0" scrolling="no"></iframe>')</script></span>
        </div>
    </div>
</div>
<div class="header">
    <div class="logo lf"><a href="http://www.qxnews.com.cn/"><img src="http://www.qxnews.com.cn/statics/images/v9/logo.png" alt="青溪新闻网" /></a><span class="slogan">青溪日报社主办 &nbsp;青溪市重点新闻网站</span></div>
    <div class="search">
        <div class="tab" id="search">
            <a href="javascript:;" onclick="setmodel(1, $(this), 'typeid', 'search');" class="on">新闻</a><span> | </span>
            <a href="javascript:;" onclick="setmodel(3, $(this), 'typeid', 'search');">图片</a><span> | </span>
            <a href="javascript:;" onclick="setmodel(4, $(this), 'typeid', 'search');">视频</a>
        </div>
        <div class="bd">
            <form action="http://www.qxnews.com.cn/index.php" method="get" target="_blank">
                <input type="hidden" name="m" value="search"/>
                <input type="hidden" name="c" value="index"/>
                <input type="hidden" name="a" value="init"/>
                <input type="hidden" name="typeid" value="1" id="typeid"/>
                <input type="hidden" name="siteid" value="1" id="siteid"/>
                <input type="text" class="text" name="q" id="q" value="{{Q}}"/><input type="submit" value="搜 索" class="button" />
            </form>
        </div>
    </div>
    <div class="banner"><script language="javascript" src="http://www.qxnews.com.cn/index.php?m=poster&amp;c=index&amp;a=show_poster&amp;id=1"></script></div>
    <div class="bk3"></div>
    <div class="nav-bar">
        <map>
            <ul class="nav-site">
                <li><a href="http://www.qxnews.com.cn/"><span>首页</span></a></li>
                <li class="line">|</li>
                <li><a href="http://www.qxnews.com.cn/html/szyw/"><span>时政要闻</span></a></li>
                <li class="line">|</li>
                <li><a href="http://www.qxnews.com.cn/html/bdxw/"><span>本地新闻</span></a></li>
                <li class="line">|</li>
                <li><a href="http://www.qxnews.com.cn/html/xqcz/"><span>县区传真</span></a></li>
                <li class="line">|</li>
                <li><a href="http://www.qxnews.com.cn/html/msrx/"><span>民生热线</span></a></li>
                <li class="line">|</li>
                <li><a href="http://www.qxnews.com.cn/html/sn/"><span>三农</span></a></li>
                <li class="line">|</li>
                <li><a href="http://www.qxnews.com.cn/html/jy/"><span>教育</span></a></li>
                <li class="line">|</li>
                <li><a href="http://www.qxnews.com.cn/html/wl/"><span>文旅</span></a></li>
                <li class="line">|</li>
                <li><a href="http://www.qxnews.com.cn/html/tp/"><span>图片</span></a></li>
                <li class="line">|</li>
                <li><a href="http://www.qxnews.com.cn/html/sp/"><span>视频</span></a></li>
                <li class="line">|</li>
                <li><a href="http://www.qxnews.com.cn/html/zt/"><span>专题</span></a></li>
                <li class="line">|</li>
                <li><a href="http://epaper.qxnews.com.cn/" target="_blank"><span>数字报</span></a></li>
            </ul>
        </map>
        <div class="subnav"><span class="fn"><a href="http://www.qxnews.com.cn/html/pl/">青溪时评</a><span> | </span><a href="http://www.qxnews.com.cn/html/fz/">法治</a><span> | </span><a href="http://www.qxnews.com.cn/html/jk/">健康</a><span> | </span><a href="http://www.qxnews.com.cn/html/ty/">体育</a><span> | </span><a href="http://www.qxnews.com.cn/html/fc/">房产</a><span> | </span><a href="http://www.qxnews.com.cn/html/qc/">汽车</a></span>热门搜索：<a href="http://www.qxnews.com.cn/index.php?m=search&amp;q=%D1%F8%C0%CF">养老</a> <a href="http://www.qxnews.com.cn/index.php?m=search&amp;q=%D5%D0%C6%B8">招聘</a> <a href="http://www.qxnews.com.cn/index.php?m=search&amp;q=%D6%D0%BF%BC">中考</a></div>
    </div>
</div>
"""

QX_FOOT = """<div class="bk10"></div>
<div class="footer">
<p class="info">
<a href="http://www.qxnews.com.cn/index.php?m=content&amp;c=index&amp;a=show&amp;catid=2&amp;id=1" target="_blank">关于我们</a> |
<a href="http://www.qxnews.com.cn/index.php?m=content&amp;c=index&amp;a=show&amp;catid=2&amp;id=2" target="_blank">联系方式</a> |
<a href="http://www.qxnews.com.cn/index.php?m=content&amp;c=index&amp;a=show&amp;catid=2&amp;id=3" target="_blank">广告服务</a> |
<a href="http://www.qxnews.com.cn/index.php?m=content&amp;c=index&amp;a=show&amp;catid=2&amp;id=4" target="_blank">版权声明</a> |
<a href="http://www.qxnews.com.cn/index.php?m=content&amp;c=index&amp;a=show&amp;catid=2&amp;id=5" target="_blank">违法和不良信息举报</a> |
<a href="http://www.qxnews.com.cn/index.php?m=content&amp;c=sitemap" target="_blank">网站地图</a>
</p>
<p>主办：青溪日报社 &nbsp;承办：青溪日报社融媒体中心 &nbsp;地址：青溪市文昌路88号 &nbsp;邮编：336000</p>
<p>新闻热线：0795-8123456 &nbsp;广告热线：0795-8123478 &nbsp;违法和不良信息举报电话：0795-8123400</p>
<p>互联网新闻信息服务许可证编号：36120170003 &nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备12003456号-1</a> &nbsp;<img src="http://www.qxnews.com.cn/statics/images/ghs.png" width="16" /><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=36090202000123" target="_blank">赣公网安备 36090202000123号</a></p>
<p>Copyright &copy; 2008-2023 www.qxnews.com.cn All Rights Reserved &nbsp;青溪新闻网 版权所有 未经授权禁止复制或建立镜像</p>
</div>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?5c1f0a9e2d7b4c3a8e6f1d2b3c4a5e6f";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

QX_SIDE = """    <div class="col-auto">
        <div class="box">
            <h5 class="title-2">频道总排行</h5>
            <ul class="content digg">
                <li><a href="http://www.qxnews.com.cn/html/2023/bdxw_0408/58102.html" target="_blank">清明假期我市接待游客86.3万人次</a></li>
                <li><a href="http://www.qxnews.com.cn/html/2023/msrx_0406/58077.html" target="_blank">城南新区两所新建学校9月开学</a></li>
                <li><a href="http://www.qxnews.com.cn/html/2023/bdxw_0410/58150.html" target="_blank">市二医院新院区门诊10日启用</a></li>
                <li><a href="http://www.qxnews.com.cn/html/2023/bdxw_0403/58011.html" target="_blank">今年首批“青溪好人”名单公布</a></li>
                <li><a href="http://www.qxnews.com.cn/html/2023/xqcz_0405/58046.html" target="_blank">江湾县：千年古村焕发新活力</a></li>
                <li><a href="http://www.qxnews.com.cn/html/2023/msrx_0401/57980.html" target="_blank">4月起这些新规将影响你我生活</a></li>
            </ul>
        </div>
        <div class="bk10"></div>
        <div class="box">
            <h5 class="title-2">本月排行</h5>
            <ul class="content rank">
                <li><span>1</span><a href="http://www.qxnews.com.cn/html/2023/bdxw_0402/57991.html" target="_blank">文昌路地下通道恢复通行</a></li>
                <li><span>2</span><a href="http://www.qxnews.com.cn/html/2023/bdxw_0406/58069.html" target="_blank">青溪湿地迎来候鸟北迁高峰</a></li>
                <li><span>3</span><a href="http://www.qxnews.com.cn/html/2023/jy_0407/58088.html" target="_blank">2023年中考体育考试方案出炉</a></li>
                <li><span>4</span><a href="http://www.qxnews.com.cn/html/2023/msrx_0404/58030.html" target="_blank">社区食堂开到家门口</a></li>
                <li><span>5</span><a href="http://www.qxnews.com.cn/html/2023/bdxw_0403/58019.html" target="_blank">市区新增12条公交线路</a></li>
            </ul>
        </div>
        <div class="bk10"></div>
        <div class="ad-side"><script language="javascript" src="http://www.qxnews.com.cn/index.php?m=poster&amp;c=index&amp;a=show_poster&amp;id=6"></script></div>
        <div class="bk10"></div>
        <div class="box">
            <h5 class="title-2">热门专题</h5>
            <div class="content zt"><a href="http://www.qxnews.com.cn/html/zt/2023lh/" target="_blank"><img src="http://www.qxnews.com.cn/uploadfile/2023/0301/20230301101244512.jpg" width="300" height="100" alt="聚焦2023全国两会" /></a>
            <a href="http://www.qxnews.com.cn/html/zt/wmcs/" target="_blank"><img src="http://www.qxnews.com.cn/uploadfile/2022/1108/20221108154012877.jpg" width="300" height="100" alt="创建全国文明城市" /></a></div>
        </div>
    </div>
"""


def qx_article(*, cat: str, catdir: str, title: str, datetime: str, source: str, author: str,
               summary: str, body: str, editor: str, tags: list[str], prev: tuple[str, str],
               nxt: tuple[str, str], related: list[tuple[str, str, str]], aid: str) -> str:
    author_line = f"作者：{esc(author)}&nbsp;&nbsp;&nbsp;" if author else ""
    tag_html = " ".join(
        f'<a href="{QX}/index.php?m=content&amp;c=tag&amp;a=lists&amp;tag={t}" class="blue">{esc(t)}</a>'
        for t in tags
    )
    rel = "\n".join(
        f'                    <li>·<a href="{u}" target="_blank">{esc(t)}</a><span>({d})</span></li>'
        for u, t, d in related
    )
    return f"""<div class="main">
    <div class="col-left">
        <div class="crumbs"><a href="{QX}">首页</a><span> &gt; </span><a href="{QX}/html/{catdir}/">{cat}</a> &gt;  正文</div>
        <div id="Article">
            <h1>{esc(title)}<br />
<span>{datetime}&nbsp;&nbsp;&nbsp;来源：{esc(source)}&nbsp;&nbsp;&nbsp;{author_line}评论：<a href="#comment_iframe" id="comment">0</a> 点击：<span id="hits"></span></span></h1>
            <div class="summary">{esc(summary)}</div>
            <div class="content">
{body}
            </div>
            <div class="editor" style="text-align:right">（责任编辑：{esc(editor)}）</div>
            <div id="pages" class="text-c"></div>
            <p style="margin-bottom:10px"><strong>相关热词搜索：</strong>{tag_html}</p>
            <p class="f14">
                <strong>上一篇：</strong><a href="{prev[0]}">{esc(prev[1])}</a><br />
                <strong>下一篇：</strong><a href="{nxt[0]}">{esc(nxt[1])}</a>
            </p>
            <div class="bk15"></div>
            <div class="share"><span class="lf">分享到：</span>
                <div class="bdsharebuttonbox"><a href="#" class="bds_more" data-cmd="more"></a><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div>
                <script>window._bd_share_config={{"common":{{"bdSnsKey":{{}},"bdText":"","bdMini":"2","bdMiniList":false,"bdPic":"","bdStyle":"0","bdSize":"16"}},"share":{{}}}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='http://bdimg.share.baidu.com/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];</script>
                <span class="rt"><a href="javascript:window.print();">[打印本页]</a> <a href="javascript:window.close();">[关闭窗口]</a></span>
            </div>
            <div class="bk15"></div>
            <div class="related">
                <h5 class="blue">延伸阅读：</h5>
                <ul class="list blue lh24 f14">
{rel}
                </ul>
            </div>
            <div class="bk15"></div>
            <a name="comment_iframe"></a>
            <div class="comment-box">
                <h5>网友评论 <span class="rt">已有<em id="comment_count">0</em>条评论</span></h5>
                <iframe src="{QX}/index.php?m=comment&amp;c=index&amp;a=init&amp;commentid=content_12-{aid}-1&amp;iframe=1" width="100%" height="100%" id="comment_iframe" frameborder="0" scrolling="no"></iframe>
                <p class="tips">网友评论仅供其表达个人看法，并不表明青溪新闻网同意其观点或证实其描述。</p>
            </div>
        </div>
    </div>
{QX_SIDE}</div>
<script language="JavaScript" src="{QX}/api.php?op=count&amp;id={aid}&amp;modelid=1"></script>
"""


def qx_paras(paras: list[str], *, strong: set[str] = frozenset(), images: dict[str, str] | None = None) -> str:
    """PHPCMS editor output: full-width indent, bold subheads, centred image + caption."""
    out = []
    images = images or {}
    for p in paras:
        if p in images:
            out.append(f'<p style="text-align: center;"><img alt="" src="{images[p]}" style="width: 600px; height: 400px;" /></p>')
            out.append(f'<p style="text-align: center;"><span style="font-family:楷体,楷体_GB2312;">{esc(p)}</span></p>')
        elif p in strong:
            out.append(f"<p><strong>{esc(p)}</strong></p>")
        else:
            out.append(f"<p>　　{esc(p)}</p>")
    return "\n".join(out)


QX1_TITLE = "老城区12条背街小巷完成改造 居民家门口多了“口袋公园”"
QX1_TEXT = [
    "清晨六点半，家住老城区槐荫巷的退休教师沈玉芬照例拎着竹篮出门买菜。走在新铺的青石板路上，她指着巷口一块不大的空地说：“以前这里堆满了杂物，一下雨积水能没过脚踝。现在种上了桂花树，摆了几张石凳，傍晚街坊们都爱来坐坐。”",
    "记者从市住建局获悉，今年以来，我市把老城区背街小巷改造列入民生实事项目，先后对槐荫巷、米市街、打铜巷等12条街巷实施“微改造”，累计改造路面2.3万平方米，改造雨污管网4.6公里，新增和改造“口袋公园”9处，目前已全部完工并投入使用。",
    "与以往“大拆大建”不同，此次改造坚持“一巷一策”。施工前，街道和社区工作人员挨家挨户上门征求意见，共收集居民建议300余条。米市街居民反映老人出行不便，改造中便增设了连续扶手和休息座椅；打铜巷保留着不少清末民初的老宅，设计团队就放弃了统一的仿古立面，只对破损墙面进行修补，尽量留住老街原有的肌理。",
    "改造后的槐荫巷“口袋公园”成了街坊们傍晚纳凉的好去处。",
    "“小巷子改造，难的不是修路，而是管线。”项目负责人、市城投公司工程部副经理黄建军告诉记者，老城区地下管线多是几十年前铺设的，图纸缺失，雨水、污水、燃气、通信线路交错在一起。为此，施工方先用探测设备逐段“摸底”，再分段开挖，每段施工不超过一周，最大限度减少对居民生活的影响。",
    "架空线“蜘蛛网”的整治也是居民关心的事。改造中，电力、通信等部门联合行动，将原本杂乱的线缆统一入地或规整捆扎，共清理废弃线缆1.8万米。走在打铜巷，抬头已看不到横七竖八的电线，取而代之的是一整片干净的天空。",
    "改造完成后，如何管好用好同样考验治理能力。老城区各社区成立了由居民代表、物业人员和志愿者组成的“巷长”队伍，每条街巷确定一名“巷长”，负责日常巡查和问题收集。槐荫巷的“巷长”是62岁的居民刘福生，他笑着说：“巷子是大家的，修好了更要护好，谁家门口乱堆东西，我第一个去劝。”",
    "据了解，明年我市将继续推进第二批23条背街小巷改造，并同步开展沿街店招店牌规范提升，让更多老街巷既有“面子”又有“里子”。",
]

QX2_TITLE = "春耕时节走进白沙镇：种粮大户的“智慧账本”"
QX2_HEADS = {"一块屏幕管住千亩田", "账本里的“加减法”", "带着乡亲一起干"}
QX2_TEXT = [
    "春分过后，白沙镇的田野一天一个样。在镇东的千亩连片农田里，一架植保无人机正贴着麦苗低空飞行，喷洒叶面肥。田埂边，种粮大户王永强盯着手机屏幕，上面实时跳动着飞行轨迹和作业面积。",
    "今年48岁的王永强种了一辈子地，流转的土地从最初的80亩扩大到现在的1260亩。说起这些年的变化，他掏出手机，翻出一个农事管理小程序：“以前算账靠脑子记、靠本子写，现在哪块地哪天施的肥、用了多少药、花了多少钱，手机上一查就清清楚楚。”",
    "一块屏幕管住千亩田",
    "在王永强的合作社里，有一间不大的“田间指挥室”。墙上的大屏分成几块，分别显示土壤墒情、气象预报和虫情监测数据。这些数据来自田间布设的12个物联网监测点，每隔半小时更新一次。",
    "“去年小麦赤霉病预警，就是系统先报出来的。”王永强回忆，当时监测点显示连续阴雨、湿度偏高，县农技站第一时间发来提醒，合作社抢在扬花期统一防治，最后亩产比周边农户高出七八十斤。",
    "账本里的“加减法”",
    "翻开王永强的“智慧账本”，有加也有减。加的是投入：近三年，合作社先后购置了无人机、北斗导航拖拉机和烘干设备，累计投入近300万元，其中三分之一来自农机购置补贴。减的是成本：统一测土配方施肥后，每亩化肥用量减少了约15%；无人机植保一天能作业600多亩，人工成本降了一大半。",
    "“算下来，一亩地一年能多挣一百五六十元。”王永强说，钱是一方面，更重要的是种地没那么“看天吃饭”了。",
    "带着乡亲一起干",
    "合作社发展起来后，王永强开始琢磨怎么带动周边农户。他牵头为附近5个村的小农户提供代耕代种、统防统治等托管服务，农户可以选择“菜单式”托管，也可以“全托管”。目前，合作社托管服务面积已超过4000亩。",
    "白沙镇农业服务中心主任李红梅介绍，全镇像王永强这样的新型经营主体已有37家，高标准农田面积占耕地总面积的七成以上。下一步，镇里将依托这些主体推广“数字农田”管理模式，让更多农户用上“新农具”。",
    "夕阳西下，无人机完成了当天的作业。王永强把数据导出，存进账本：“今年的目标是亩产再提五十斤，到时候你们再来看。”",
]

QX_LIST = [
    ("58150", "0411", "青溪市第二人民医院新院区启用 门诊搬迁分三步走", "2023-04-11",
     "4月10日起，市第二人民医院城东新院区门诊部正式开诊。按照“分批搬迁、平稳过渡”的原则，内科、外科、儿科等12个临床科室首批入驻，老院区保留急诊和部分住院病区，预计年底前完成全部搬迁…"),
    ("58141", "0410", "米市街菜场“变身”智慧农贸市场 摊位价格一屏可查", "2023-04-10",
     "走进改造后的米市街农贸市场，入口处的大屏滚动显示着当天蔬菜、肉类和水产的均价。市场管理方介绍，全部112个摊位都接入了电子秤溯源系统，市民扫码就能查看商品来源和检测结果…"),
    ("58133", "0410", "我市启动2023年度城乡居民医保集中参保缴费", "2023-04-10",
     "记者从市医疗保障局了解到，2023年度城乡居民基本医疗保险集中参保缴费工作已经启动，个人缴费标准为每人每年380元。市民可通过银行网点、手机银行、微信小程序等多种渠道办理…"),
    ("58120", "0409", "文昌路地下通道改造完工 盲道和无障碍坡道同步到位", "2023-04-09",
     "经过三个月的封闭施工，文昌路与人民大道交叉口的地下通道日前恢复通行。改造后的通道增设了无障碍坡道和连续盲道，照明全部更换为节能灯具，墙面还绘上了展现青溪老城风貌的彩绘…"),
    ("58112", "0408", "青溪一中学子在全省青少年科技创新大赛中获佳绩", "2023-04-08",
     "在日前闭幕的第三十七届全省青少年科技创新大赛上，青溪一中选送的《基于图像识别的校园垃圾分类辅助装置》等4个项目分获一、二等奖，指导教师同时获评优秀科技辅导员…"),
    ("58097", "0407", "市区新开和调整12条公交线路 覆盖城南新区多个小区", "2023-04-07",
     "为方便城南新区居民出行，市公交公司自4月1日起新开和优化调整公交线路12条，新增站点46个，其中3条线路实行早晚高峰加密发车，高峰时段发车间隔缩短至8分钟…"),
    ("58083", "0406", "清明期间全市文明祭扫氛围浓厚", "2023-04-06",
     "清明假期，全市各公墓、骨灰堂共接待祭扫群众18.6万人次。各地通过网上祭扫、鲜花换纸钱、集中共祭等方式倡导文明节俭祭扫，森林防火和交通疏导工作有序开展，未发生安全事故…"),
    ("58069", "0406", "青溪湿地公园迎来候鸟北迁高峰", "2023-04-06",
     "近日，青溪湿地公园迎来候鸟北迁高峰，白琵鹭、小天鹅、鸿雁等数千只候鸟在这里停歇觅食。公园管理处提醒市民观鸟时保持安全距离，不要投喂，更不要使用无人机近距离拍摄…"),
    ("58030", "0404", "社区食堂开到家门口 老年人吃上“暖心饭”", "2023-04-04",
     "中午十一点，城北街道幸福里社区食堂里已经坐满了前来就餐的老人。两荤两素一汤，老年人只需花12元，80岁以上老人还能再享受补贴。目前全市已建成社区食堂和老年助餐点67个…"),
    ("58021", "0403", "市消防救援支队开展高层建筑灭火救援实战演练", "2023-04-03",
     "4月3日上午，市消防救援支队在城南新区一栋32层住宅楼开展高层建筑灭火救援实战演练。演练模拟该楼21层住户厨房起火，消防员利用室内消火栓、移动排烟设备等开展救援…"),
]

QX_SEARCH = [
    ("bdxw", "58062", "0405", "我市新增3家普惠<em>养老</em>机构 新增床位420张", "本地新闻", "2023-04-05",
     "记者从市民政局获悉，今年一季度我市新增普惠<em>养老</em>机构3家，新增床位420张，全市普惠型<em>养老</em>床位占比提高到65%以上，收费标准低于同地段市场化机构…"),
    ("msrx", "58030", "0404", "社区食堂开到家门口 老年人吃上“暖心饭”", "民生热线", "2023-04-04",
     "目前全市已建成社区食堂和老年助餐点67个，并与居家<em>养老</em>服务中心联动，为行动不便的老人提供送餐上门服务，让“一碗热饭”成为居家<em>养老</em>的重要支撑…"),
    ("szyw", "57944", "0329", "【政策解读】个人<em>养老</em>金制度十问十答", "时政要闻", "2023-03-29",
     "个人<em>养老</em>金怎么开户？每年最多缴多少？能享受哪些税收优惠？什么时候可以领取？针对市民关心的问题，记者采访了市人社局相关负责人，逐一进行解答…"),
    ("xqcz", "57902", "0327", "江湾县建成农村互助<em>养老</em>点126个", "县区传真", "2023-03-27",
     "江湾县依托闲置村小、祠堂等场所建设农村互助<em>养老</em>点，由村集体提供场地、低龄老人结对照顾高龄老人，目前已覆盖全县八成以上行政村，惠及留守老人4000余人…"),
    ("bdxw", "57851", "0323", "我市开展<em>养老</em>服务机构消防安全专项检查", "本地新闻", "2023-03-23",
     "3月以来，市民政局会同消防救援部门对全市86家<em>养老</em>服务机构开展消防安全专项检查，重点检查疏散通道、消防设施和夜间值守情况，发现问题隐患112处，已督促整改到位…"),
    ("pl", "57820", "0321", "青溪时评：让“时间银行”成为互助<em>养老</em>的新选项", "青溪时评", "2023-03-21",
     "年轻时为老人服务，存下“时间”，年老时再兑换别人的服务。这种互助<em>养老</em>模式在一些城市已有探索，关键在于建立可信的记录和通兑机制，让存进去的时间取得出来…"),
    ("sn", "57766", "0316", "白沙镇敬老院里的“银发课堂”", "三农", "2023-03-16",
     "每周三下午，白沙镇敬老院的活动室就会变成教室，镇中心小学的老师和志愿者轮流给老人们上书法、唱歌和智能手机使用课，让农村<em>养老</em>从“吃饱穿暖”走向“老有所乐”…"),
    ("msrx", "57703", "0310", "城乡居民基本<em>养老</em>保险缴费档次如何选？记者帮你算一笔账", "民生热线", "2023-03-10",
     "城乡居民基本<em>养老</em>保险设有多个缴费档次，缴得越多、缴费年限越长，将来领取的<em>养老</em>金就越多。记者以一名45岁参保人为例，按不同档次测算了到龄后的待遇水平…"),
]


def site_difang() -> None:
    # --- article 1: 本地新闻, byline with 作者, a photo caption
    body1 = qx_paras(QX1_TEXT, images={QX1_TEXT[3]: f"{QX}/uploadfile/2023/0412/20230412084512345.jpg"})
    doc1 = fill(QX_HEAD, TITLE=esc(QX1_TITLE) + "_本地新闻_青溪新闻网",
                KEYWORDS="背街小巷,口袋公园,老城区,改造", Q="",
                DESCRIPTION=attr("今年以来，我市把老城区背街小巷改造列入民生实事项目，先后对槐荫巷、米市街、打铜巷等12条街巷实施“微改造”。"),
                EXTRAMETA="") + qx_article(
        cat="本地新闻", catdir="bdxw", title=QX1_TITLE, datetime="2023-04-12 08:46:17",
        source="青溪日报", author="周晓岚",
        summary="今年以来，我市把老城区背街小巷改造列入民生实事项目，先后对槐荫巷、米市街、打铜巷等12条街巷实施“微改造”。",
        body=body1, editor="方琳", tags=["背街小巷", "口袋公园", "城市更新"],
        prev=(f"{QX}/html/2023/bdxw_0411/58150.html", "青溪市第二人民医院新院区启用 门诊搬迁分三步走"),
        nxt=(f"{QX}/html/2023/bdxw_0412/58239.html", "全市“双随机、一公开”监管工作会议召开"),
        related=[(f"{QX}/html/2023/bdxw_0402/57991.html", "文昌路地下通道改造完工 盲道和无障碍坡道同步到位", "2023-04-02"),
                 (f"{QX}/html/2022/bdxw_1115/55102.html", "老城区背街小巷改造方案公示 12条街巷列入首批", "2022-11-15"),
                 (f"{QX}/html/2022/pl_1116/55121.html", "青溪时评：小巷改造要多听居民的", "2022-11-16")],
        aid="58231") + QX_FOOT
    page("e-difang-1", doc1, encoding="gbk", crlf=True,
         url=f"{QX}/html/2023/bdxw_0412/58231.html", charset="",
         title=QX1_TITLE, author="周晓岚", published="2023-04-12", text=QX1_TEXT)

    # --- article 2: 三农, no author (source is an account), subheads in <strong>
    body2 = qx_paras(QX2_TEXT, strong=QX2_HEADS)
    doc2 = fill(QX_HEAD, TITLE=esc(QX2_TITLE) + "_三农_青溪新闻网",
                KEYWORDS="春耕,种粮大户,智慧农业,白沙镇", Q="",
                DESCRIPTION=attr("春分过后，白沙镇的田野一天一个样。种粮大户王永强的“智慧账本”里，有加也有减。"),
                EXTRAMETA="") + qx_article(
        cat="三农", catdir="sn", title=QX2_TITLE, datetime="2023-03-24 16:05:42",
        source="青溪发布", author="",
        summary="春分过后，白沙镇的田野一天一个样。种粮大户王永强的“智慧账本”里，有加也有减。",
        body=body2, editor="刘畅", tags=["春耕", "智慧农业", "社会化服务"],
        prev=(f"{QX}/html/2023/sn_0323/57866.html", "全市早稻集中育秧工作启动"),
        nxt=(f"{QX}/html/2023/sn_0325/57913.html", "江湾县油菜花节将于3月下旬开幕"),
        related=[(f"{QX}/html/2023/sn_0316/57766.html", "白沙镇敬老院里的“银发课堂”", "2023-03-16"),
                 (f"{QX}/html/2023/sn_0302/57588.html", "我市今年将新建高标准农田12万亩", "2023-03-02")],
        aid="57890") + QX_FOOT
    page("e-difang-2", doc2, encoding="gbk", crlf=True,
         url=f"{QX}/html/2023/sn_0324/57890.html", charset="GBK",
         title=QX2_TITLE, author="", published="2023-03-24", text=QX2_TEXT)

    # --- listing 3: 栏目 list, thumbnail + title link + date + teaser outside the link
    items = []
    for aid, md, t, d, teaser in QX_LIST:
        u = f"{QX}/html/2023/bdxw_{md}/{aid}.html"
        items.append(f"""            <div class="news-item">
                <a href="{u}" class="pic" target="_blank"><img src="{QX}/uploadfile/2023/{md}/thumb_160_120_2023{md}09{aid[-3:]}12.jpg" width="160" height="120" alt="{attr(t)}" /></a>
                <div class="txt">
                    <h3><a href="{u}" target="_blank">{esc(t)}</a></h3>
                    <p class="intro">{esc(teaser)}</p>
                    <p class="info"><span class="date">{d}</span><a href="{u}" class="more" target="_blank">[详细]</a></p>
                </div>
            </div>""")
    body3 = f"""<div class="main">
    <div class="col-left">
        <div class="crumbs"><a href="{QX}">首页</a><span> &gt; </span><a href="{QX}/html/bdxw/">本地新闻</a> &gt;  列表</div>
        <div class="list-box">
            <h2 class="cat-title">本地新闻</h2>
{chr(10).join(items)}
        </div>
        <div id="pages" class="text-c"><a class="a1">1862条</a> <a href="{QX}/html/bdxw/list_12_2.html" class="a1">上一页</a> <a href="{QX}/html/bdxw/">1</a> <a href="{QX}/html/bdxw/list_12_2.html">2</a> <span>3</span> <a href="{QX}/html/bdxw/list_12_4.html">4</a> <a href="{QX}/html/bdxw/list_12_5.html">5</a> <a href="{QX}/html/bdxw/list_12_6.html">6</a> <a href="{QX}/html/bdxw/list_12_7.html">7</a> <a href="{QX}/html/bdxw/list_12_8.html">8</a> <a href="{QX}/html/bdxw/list_12_9.html">9</a> <a href="{QX}/html/bdxw/list_12_10.html">10</a> ..<a href="{QX}/html/bdxw/list_12_187.html">187</a> <a href="{QX}/html/bdxw/list_12_4.html" class="a1">下一页</a></div>
    </div>
{QX_SIDE}</div>
"""
    doc3 = fill(QX_HEAD, TITLE="本地新闻_青溪新闻网", KEYWORDS="青溪新闻,本地新闻,青溪", Q="",
                DESCRIPTION="青溪新闻网本地新闻频道，及时报道青溪市城市建设、民生服务、社会热点等本地新闻。",
                EXTRAMETA="") + body3 + QX_FOOT
    page("e-difang-3", doc3, encoding="gbk", crlf=True,
         url=f"{QX}/html/bdxw/list_12_3.html", charset="", listing=True)

    # --- listing 4: search results with <em> in titles and teasers
    res = []
    for cat, aid, md, t, catname, d, teaser in QX_SEARCH:
        u = f"{QX}/html/2023/{cat}_{md}/{aid}.html"
        res.append(f"""            <li>
                <h5><a href="{u}" target="_blank">{t}</a></h5>
                <p>{teaser}</p>
                <div class="adds">栏目：<a href="{QX}/html/{cat}/">{catname}</a> &nbsp; 发布时间：{d} &nbsp; <a href="{u}" class="url" target="_blank">{u}</a></div>
            </li>""")
    body4 = f"""<div class="main">
    <div class="col-left sr-main">
        <div class="crumbs"><a href="{QX}">首页</a><span> &gt; </span>站内搜索</div>
        <div class="sr-head">
            <form action="{QX}/index.php" method="get">
                <input type="hidden" name="m" value="search"/><input type="hidden" name="c" value="index"/><input type="hidden" name="a" value="init"/>
                <input type="text" name="q" value="养老" class="ipt" /><input type="submit" value="搜索" class="btn" />
            </form>
            <div class="sr-type"><a href="{QX}/index.php?m=search&amp;typeid=1&amp;q=%D1%F8%C0%CF" class="on">新闻</a> <a href="{QX}/index.php?m=search&amp;typeid=3&amp;q=%D1%F8%C0%CF">图片</a> <a href="{QX}/index.php?m=search&amp;typeid=4&amp;q=%D1%F8%C0%CF">视频</a></div>
        </div>
        <div class="sr-count">找到与 <em>养老</em> 相关的结果约 126 条，用时 0.0213 秒</div>
        <ul class="sr-list">
{chr(10).join(res)}
        </ul>
        <div id="pages" class="text-c"><span>1</span> <a href="{QX}/index.php?m=search&amp;c=index&amp;a=init&amp;typeid=1&amp;siteid=1&amp;q=%D1%F8%C0%CF&amp;page=2">2</a> <a href="{QX}/index.php?m=search&amp;c=index&amp;a=init&amp;typeid=1&amp;siteid=1&amp;q=%D1%F8%C0%CF&amp;page=3">3</a> <a href="{QX}/index.php?m=search&amp;c=index&amp;a=init&amp;typeid=1&amp;siteid=1&amp;q=%D1%F8%C0%CF&amp;page=16">16</a> <a href="{QX}/index.php?m=search&amp;c=index&amp;a=init&amp;typeid=1&amp;siteid=1&amp;q=%D1%F8%C0%CF&amp;page=2" class="a1">下一页</a></div>
        <div class="sr-related"><strong>相关搜索：</strong><a href="{QX}/index.php?m=search&amp;q=%D1%F8%C0%CF%B1%A3%CF%D5">养老保险</a> <a href="{QX}/index.php?m=search&amp;q=%BE%D3%BC%D2%D1%F8%C0%CF">居家养老</a> <a href="{QX}/index.php?m=search&amp;q=%D1%F8%C0%CF%D4%BA">养老院</a> <a href="{QX}/index.php?m=search&amp;q=%D1%F8%C0%CF%BD%F0">养老金</a></div>
    </div>
    <div class="col-auto">
        <div class="box">
            <h5 class="title-2">搜索排行</h5>
            <ul class="content rank">
                <li><span>1</span><a href="{QX}/index.php?m=search&amp;q=%D6%D0%BF%BC">中考</a></li>
                <li><span>2</span><a href="{QX}/index.php?m=search&amp;q=%D1%F8%C0%CF">养老</a></li>
                <li><span>3</span><a href="{QX}/index.php?m=search&amp;q=%D5%D0%C6%B8">招聘</a></li>
                <li><span>4</span><a href="{QX}/index.php?m=search&amp;q=%B9%AB%BD%BB">公交</a></li>
                <li><span>5</span><a href="{QX}/index.php?m=search&amp;q=%D2%BD%B1%A3">医保</a></li>
            </ul>
        </div>
    </div>
</div>
"""
    doc4 = fill(QX_HEAD, TITLE="养老 - 站内搜索 - 青溪新闻网", KEYWORDS="养老", Q="养老",
                DESCRIPTION="青溪新闻网站内搜索", EXTRAMETA='<meta name="robots" content="noindex,follow">\n') + body4 + QX_FOOT
    page("e-difang-4", doc4, encoding="gbk", crlf=True,
         url=f"{QX}/index.php?m=search&c=index&a=init&typeid=1&siteid=1&q=%D1%F8%C0%CF",
         charset="GBK", listing=True)


# ---------------------------------------------------------------------------------------
# e-yuanxi: 东陵大学化学与材料学院, a university school site on VSB (博达), UTF-8.
# ---------------------------------------------------------------------------------------

DL = "http://chem.dlu.edu.cn"

DL_HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<HTML><HEAD><TITLE>{{TITLE}}</TITLE><META Name="keywords" Content="{{KEYWORDS}}" />
{{DESCMETA}}
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=1200" />
<link rel="stylesheet" type="text/css" href="{{UP}}css/style.css" />
<link rel="stylesheet" type="text/css" href="{{UP}}css/inner.css" />
<script type="text/javascript" src="{{UP}}js/jquery.min.js"></script>
<script type="text/javascript" src="{{UP}}js/jquery.SuperSlide.2.1.1.js"></script>

<!--Announced by Visual SiteBuilder 9-->
<link rel="stylesheet" type="text/css" href="{{UP}}_sitegray/_sitegray_d.css" />
<script language="javascript" src="{{UP}}_sitegray/_sitegray.js"></script>
<!-- CustomerNO:77656262657232307e7847565350544703090006 -->
<link rel="stylesheet" type="text/css" href="{{UP}}{{VSBCSS}}" />
<script type="text/javascript" src="/system/resource/js/vsbscreen.min.js" id="_vsbscreen" devices="pc|mobile|pad"></script>
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
<script type="text/javascript">_jsq_({{JSQ}})</script>
</HEAD>
<BODY>
<div class="top">
    <div class="wrap">
        <div class="logo"><a href="{{UP}}index.htm"><img src="{{UP}}images/logo.png" alt="东陵大学化学与材料学院" /></a></div>
        <div class="top-r">
            <div class="toplink"><a href="http://www.dlu.edu.cn" target="_blank">学校首页</a> | <a href="{{UP}}English/Home.htm">English</a> | <a href="https://mail.dlu.edu.cn" target="_blank">电子邮件</a></div>
            <div class="search">
<script type="text/javascript">
    function _nl_ys_check(){
        var keyword = document.getElementById('showkeycode1043').value;
        if(keyword==null||keyword==""){ alert("请填写您要搜索的关键词"); return false; }
        if(window.toFF==1){ document.getElementById("lucenenewssearchkey1043").value = Simplized(keyword ); }else{ document.getElementById("lucenenewssearchkey1043").value = keyword; }
        var base64 = new Base64();
        document.getElementById("lucenenewssearchkey1043").value = base64.encode(document.getElementById("lucenenewssearchkey1043").value);
        new VsbFormFunc().disableAutoEnable(document.getElementById("showkeycode1043"));
        return true;
    }
</script>
<form action="{{UP}}ssjg.jsp?wbtreeid=1001" method="post" id="au1a" name="au1a" onsubmit="return _nl_ys_check()" style="display: inline">
 <input type="hidden" id="lucenenewssearchkey1043" name="lucenenewssearchkey" value=""><input type="hidden" id="_lucenesearchtype1043" name="_lucenesearchtype" value="1"><input type="hidden" id="searchScope1043" name="searchScope" value="0">
 <input name="showkeycode" id="showkeycode1043" type="text" class="ss-text" placeholder="请输入关键字" />
 <input type="image" src="{{UP}}images/ss.png" class="ss-btn" align="absmiddle" style="cursor: hand" />
</form>
<script language="javascript" src="/system/resource/js/base64.js"></script><script language="javascript" src="/system/resource/js/formfunc.js"></script>
            </div>
        </div>
    </div>
</div>
<div class="nav">
    <ul class="wrap">
        <li><a href="{{UP}}index.htm">首页</a></li>
        <li><a href="{{UP}}xygk.htm">学院概况</a>
            <ul class="sub"><li><a href="{{UP}}xygk/xyjj.htm">学院简介</a></li><li><a href="{{UP}}xygk/xrld.htm">现任领导</a></li><li><a href="{{UP}}xygk/jgsz.htm">机构设置</a></li><li><a href="{{UP}}xygk/lsyg.htm">历史沿革</a></li></ul></li>
        <li><a href="{{UP}}szdw.htm">师资队伍</a></li>
        <li><a href="{{UP}}xwzx.htm">新闻中心</a>
            <ul class="sub"><li><a href="{{UP}}xwzx/xyxw.htm">学院新闻</a></li><li><a href="{{UP}}xwzx/tzgg.htm">通知公告</a></li><li><a href="{{UP}}xwzx/jsfc.htm">教师风采</a></li><li><a href="{{UP}}xwzx/mtgz.htm">媒体关注</a></li></ul></li>
        <li><a href="{{UP}}rcpy.htm">人才培养</a></li>
        <li><a href="{{UP}}kxyj.htm">科学研究</a>
            <ul class="sub"><li><a href="{{UP}}kxyj/kypt.htm">科研平台</a></li><li><a href="{{UP}}kxyj/kycg.htm">科研成果</a></li><li><a href="{{UP}}kxyj/xshd.htm">学术活动</a></li></ul></li>
        <li><a href="{{UP}}xsgz.htm">学生工作</a></li>
        <li><a href="{{UP}}djgz.htm">党建工作</a></li>
        <li><a href="{{UP}}zsjy.htm">招生就业</a></li>
        <li><a href="{{UP}}xyfc.htm">校友风采</a></li>
    </ul>
</div>
<div class="inner-banner" style="background-image:url({{UP}}images/nybanner.jpg)"></div>
<div class="wrap inner-main">
    <div class="inner-left">
        <div class="lm-name"><h3>{{SECTION}}</h3></div>
        <ul class="lm-list">
{{LEFTNAV}}
        </ul>
        <div class="left-contact">
            <h4>联系我们</h4>
            <p>地址：东陵市大学城文澜路1号化学楼</p>
            <p>电话：025-58131200</p>
            <p>邮编：211816</p>
        </div>
    </div>
    <div class="inner-right">
        <div class="position"><span>{{COLNAME}}</span><div class="pos-r">当前位置：
                <a href="{{UP}}index.htm">首页</a>
                &gt;&gt;
                <a href="{{UP}}{{SECHREF}}">{{SECTION}}</a>
                &gt;&gt;
                <a href="{{UP}}{{COLHREF}}">{{COLNAME}}</a>
                &gt;&gt;
                正文
</div></div>
"""

DL_FOOT = """    </div>
</div>
<div class="footer">
    <div class="wrap">
        <div class="flinks">
            <select onchange="if(this.value!='')window.open(this.value)">
                <option value="">---校内链接---</option>
                <option value="http://www.dlu.edu.cn">东陵大学</option>
                <option value="http://jwc.dlu.edu.cn">教务处</option>
                <option value="http://yjsy.dlu.edu.cn">研究生院</option>
                <option value="http://kyc.dlu.edu.cn">科学技术研究院</option>
            </select>
        </div>
        <p>版权所有 &copy; 东陵大学化学与材料学院 &nbsp;地址：东陵市大学城文澜路1号 &nbsp;邮编：211816</p>
        <p>电话：025-58131200 &nbsp;传真：025-58131201 &nbsp;E-mail：chem@dlu.edu.cn &nbsp;<a href="https://beian.miit.gov.cn" target="_blank">苏ICP备05007521号</a></p>
        <p>您是第<script type="text/javascript" src="/system/resource/js/dynclicks.js"></script><script>_showDynClickBatch(['dynclicks_u9_site'],['site'],'wbsite', 1733012345)</script><span id="dynclicks_u9_site"></span>位访客 &nbsp;技术支持：博达软件</p>
    </div>
</div>
<script type="text/javascript">
$(function(){ $(".nav li").hover(function(){ $(this).find(".sub").stop(true,true).slideDown(200); },function(){ $(this).find(".sub").stop(true,true).slideUp(200); }); });
</script>
</BODY></HTML>
"""

DL_NEWSNAV = """            <li><a href="../../xwzx/xyxw.htm"{{A}}>学院新闻</a></li>
            <li><a href="../../xwzx/tzgg.htm">通知公告</a></li>
            <li><a href="../../xwzx/jsfc.htm"{{B}}>教师风采</a></li>
            <li><a href="../../xwzx/mtgz.htm">媒体关注</a></li>"""


def dl_article(*, treeid: str, newsid: str, title: str, info: str, body: str, prev: tuple[str, str] | None,
               nxt: tuple[str, str] | None) -> str:
    prev_html = f'<a href="{prev[0]}">{esc(prev[1])}</a>' if prev else "没有了"
    next_html = f'<a href="{nxt[0]}">{esc(nxt[1])}</a>' if nxt else "没有了"
    return f"""<script language="javascript" src="/system/resource/js/dynclicks.js"></script><script language="javascript" src="/system/resource/js/news/justclicks.js"></script>
<form name="_newscontent_fromname"><script language="javascript" src="/system/resource/js/jquery/jquery-latest.min.js"></script>
<div class="article">
    <h1 class="arti-title">{esc(title)}</h1>
    <div class="arti-info">{info}点击数：<script>_showDynClicks("wbnews", 1733012345, {newsid})</script></div>
    <div id="vsb_content"><div class="v_news_content">
{body}
</div></div><div id="div_vote_id"></div>
    <div class="arti-tools"><a href="javascript:window.print()">【打印此页】</a> <a href="javascript:window.opener=null;window.open('','_self');window.close();">【关闭窗口】</a></div>
    <div class="arti-page">
        <p>上一条：{prev_html}</p>
        <p>下一条：{next_html}</p>
    </div>
</div>
</form>
"""


def dl_paras(paras: list[str], *, heads: set[str] = frozenset(), images: dict[str, str] | None = None) -> str:
    images = images or {}
    out = []
    for i, p in enumerate(paras):
        cls = ' class="vsbcontent_start"' if i == 0 else ""
        if p in images:
            out.append(f'<p class="vsbcontent_img" style="text-align:center"><img width="600" src="{images[p]}" vsbhref="vurl" vurl="{images[p]}" vheight="" vwidth="600" orisrc="{images[p]}" class="img_vsb_content"></p>')
            out.append(f'<p style="text-align: center; line-height: 1.5em;"><span style="font-family: 楷体, 楷体_GB2312, SimKai; font-size: 14px;">{esc(p)}</span></p>')
        elif p in heads:
            out.append(f'<p{cls} style="text-indent: 2em; line-height: 1.75em;"><strong><span style="font-family: 宋体, SimSun; font-size: 16px;">{esc(p)}</span></strong></p>')
        else:
            out.append(f'<p{cls} style="text-indent: 2em; line-height: 1.75em;"><span style="font-family: 宋体, SimSun; font-size: 16px;">{esc(p)}</span></p>')
    return "\n".join(out)


DL1_TITLE = "我院举办第十届研究生学术论坛"
DL1_TEXT = [
    "11月18日，由我院研究生会主办的第十届研究生学术论坛在化学楼报告厅举行。学院副院长孙立群教授出席开幕式并致辞，来自化学、材料科学与工程、化学工程与技术三个学科的90余名研究生参加了本次论坛。",
    "孙立群在致辞中回顾了论坛十年来的发展历程。他说，研究生学术论坛从最初只有十几人参加的小型报告会，逐渐成长为学院研究生展示科研成果、交流学术思想的重要平台。他勉励同学们珍惜交流机会，敢于提出问题，也乐于接受质疑，在思想碰撞中找到新的研究方向。",
    "本届论坛共收到学术报告申请46份，经专家初审，最终遴选出18名研究生进行口头报告，另有24项成果以墙报形式展出。报告内容涵盖新能源材料、绿色催化、生物传感、高分子功能材料等多个前沿领域。",
    "在口头报告环节，2021级博士研究生周楠介绍了她在锂硫电池正极材料方面的工作，通过在多孔碳骨架中引入单原子催化位点，有效抑制了多硫化物的穿梭效应；2022级硕士研究生韩宇则分享了利用荧光探针快速检测水体中重金属离子的研究进展，其设计的便携式检测装置引起了在场师生的浓厚兴趣。每场报告结束后，评审教师都从研究思路、实验设计和表达方式等方面进行了细致点评。",
    "墙报展示区同样气氛热烈。不少本科生也慕名前来，围在展板前向师兄师姐请教。大三学生林晓表示，自己正在准备申报大学生创新训练项目，通过与研究生面对面交流，对科研选题有了更具体的认识。",
    "经过一天的交流与角逐，论坛评出一等奖3名、二等奖6名、三等奖9名，优秀墙报奖8项。闭幕式上，与会教师为获奖同学颁发了证书。",
    "据悉，学院研究生学术论坛每年举办一次，旨在营造浓厚的学术氛围，提升研究生的科研创新能力和学术表达能力。",
]

DL2_TITLE = "扎根实验台的“慢功夫”"
DL2_HEADS = {"“数据不会骗人，但人会偷懒”", "把课堂搬进实验室", "“慢一点，才能走得远”"}
DL2_TEXT = [
    "——记分析化学教研室副教授陈静",
    "早上七点四十分，化学楼三楼的仪器分析实验室已经亮起了灯。陈静习惯比学生早到二十分钟，先检查液相色谱仪的压力曲线，再把当天要用的标准溶液一一核对。二十年来，这个习惯几乎没有变过。",
    "“数据不会骗人，但人会偷懒”",
    "2003年博士毕业后，陈静来到学院任教，一直从事食品中痕量污染物的检测方法研究。这个方向出成果慢，一个新方法从建立到验证往往要一两年时间。有人劝她换个“热门”方向，她却觉得，检测方法是食品安全的第一道关口，总要有人沉下心来做。",
    "在学生们眼里，陈老师最“较真”。一组平行样的相对偏差超过规定范围，她一定要求重做；实验记录本上漏写了一个温度参数，她会用红笔圈出来，在旁边写上“为什么”。她常说：“数据不会骗人，但人会偷懒。实验室里的每一个数字，都要经得起别人重复。”",
    "正是这份较真，让她的团队建立的多种农药残留快速检测方法被多家检测机构采用。近五年，她主持国家自然科学基金项目2项，以第一作者或通讯作者发表论文30余篇，获授权发明专利6项。",
    "为了验证一种新的前处理方法，她曾带着学生从全市12个农贸市场采集了300多份蔬菜样品，逐一比对检测结果。那段时间，实验室的灯常常亮到深夜。",
    "把课堂搬进实验室",
    "除了科研，陈静把大量精力花在教学上。她主讲的《仪器分析》是学院的专业核心课，内容多、概念抽象，不少学生觉得“难啃”。为此，她把课程中的重点仪器拍成了操作短视频，还设计了一系列“问题导向”的实验，让学生带着问题进实验室，在动手中理解原理。",
    "在课堂上，她常给学生讲自己“翻车”的经历：有一次为了赶进度，省略了一步样品净化，结果连续三个月的数据全部作废。“我把这个教训讲给每一届学生听，就是希望他们少走弯路。”",
    "陈静（左二）在实验室指导学生进行样品前处理。",
    "2019年起，她又牵头开设了面向低年级本科生的开放实验项目，每学期接收十多名本科生进入课题组。几年下来，这些学生中有人在全国大学生化学实验创新设计竞赛中获奖，有人继续攻读研究生，走上了科研道路。",
    "已经在一家检测公司担任技术主管的毕业生吴昊至今记得，大二那年第一次走进陈老师的实验室，连移液枪都拿不稳。“陈老师没有批评我，而是手把手教了我一个下午。后来我才明白，她教的不只是操作，更是一种对待工作的态度。”",
    "“慢一点，才能走得远”",
    "谈到未来的打算，陈静说，团队正在尝试把检测方法与便携式设备结合起来，让基层监管人员在现场就能完成初筛。“这件事可能又要做好几年，不过没关系，慢一点，才能走得远。”",
    "窗外，梧桐叶在风里沙沙作响。陈静又低下头，在实验记录本上写下了新的一行数据。",
]

DL_LEADERS = [
    ("李国栋", "党委书记", "主持学院党委全面工作；分管组织、宣传、统战、工会、离退休工作", "化学楼A201", "58131202"),
    ("郑海川", "院长", "主持学院行政全面工作；分管人事、财务、学科建设与发展规划", "化学楼A203", "58131203"),
    ("王晓燕", "党委副书记、纪委书记", "分管学生工作、共青团、就业创业、研究生思想政治教育、纪检", "化学楼A205", "58131205"),
    ("孙立群", "副院长", "分管研究生教育、学术交流与国际合作", "化学楼A207", "58131207"),
    ("张卫东", "副院长", "分管本科教学、实验室建设与管理、实验室安全", "化学楼A209", "58131209"),
    ("何嘉", "副院长", "分管科学研究、科研平台、成果转化与产学研合作", "化学楼A211", "58131211"),
]

DL_DEPTS = [
    ("无机化学系", "许文涛"), ("有机化学系", "梁青"), ("分析化学系", "宋一鸣"), ("物理化学系", "顾恒"),
    ("材料科学与工程系", "潘志远"), ("化学工程系", "邱志华"), ("化学实验教学中心", "方晓东"), ("分析测试中心", "叶红"),
]

DL_EVENTS = {
    5: ("14:30", "金属有机框架材料的可控合成与催化应用", "许文博 教授（南江大学）", "化学楼B305", "5702"),
    8: ("09:30", "高分子材料的循环利用：机遇与挑战", "Peter Hansen 教授（丹麦技术大学）", "线上（腾讯会议）", "5708"),
    12: ("15:00", "单分子荧光成像技术及其在生命分析中的应用", "陆明 研究员（东陵材料研究所）", "化学楼A101报告厅", "5715"),
    14: ("14:00", "研究生学术沙龙第12期：科研论文写作中的常见问题", "郑海川 教授", "化学楼B210", "5719"),
    19: ("10:00", "电催化二氧化碳还原的界面化学", "唐远 教授（西岭大学）", "化学楼B305", "5726"),
    21: ("14:30", "实验室安全专题讲座：危险化学品的规范管理", "方晓东 高级实验师", "化学楼A101报告厅", "5731"),
    27: ("15:00", "面向柔性电子的有机半导体材料", "林嘉怡 副教授（海州科技大学）", "化学楼B305", "5740"),
}


def dl_calendar_table() -> str:
    import calendar

    cal = calendar.Calendar(firstweekday=6)  # 日 一 二 … 六
    rows = []
    for week in cal.monthdayscalendar(2023, 12):
        cells = []
        for day in week:
            if day == 0:
                cells.append('<td class="empty">&nbsp;</td>')
            elif day in DL_EVENTS:
                t, topic, _, _, nid = DL_EVENTS[day]
                cells.append(f'<td class="has-event"><span class="day">{day}</span><a href="../info/1031/{nid}.htm" title="{attr(topic)}">{t} 学术报告</a></td>')
            else:
                cells.append(f'<td><span class="day">{day}</span></td>')
        rows.append("                <tr>" + "".join(cells) + "</tr>")
    return "\n".join(rows)


def site_yuanxi() -> None:
    # --- article 1: 学院新闻, VSB info line with 作者, sign-off inside the content
    body1 = dl_paras(DL1_TEXT) + '\n<p style="text-align: right; line-height: 1.75em;"><span style="font-family: 宋体, SimSun; font-size: 16px;">（撰稿：刘思远　摄影：黄一鸣　审核：张卫东）</span></p>'
    head1 = fill(DL_HEAD, TITLE=f"{DL1_TITLE}-东陵大学化学与材料学院", KEYWORDS="东陵大学化学与材料学院,学院新闻,研究生,学术论坛",
                 DESCMETA=f'<META Name="description" Content="{attr(DL1_TEXT[0][:60])}" />', UP="../../",
                 VSBCSS="content.vsb.css", JSQ="1023,'/content.jsp',5678,1733012345", SECTION="新闻中心",
                 SECHREF="xwzx.htm", COLNAME="学院新闻", COLHREF="xwzx/xyxw.htm",
                 LEFTNAV=fill(DL_NEWSNAV, A=' class="on"', B=""))
    doc1 = head1 + dl_article(
        treeid="1023", newsid="5678", title=DL1_TITLE,
        info="作者：刘思远&nbsp;&nbsp;&nbsp;&nbsp;来源：研究生会&nbsp;&nbsp;&nbsp;&nbsp;发布时间：2023-11-20&nbsp;&nbsp;&nbsp;&nbsp;",
        body=body1, prev=("5681.htm", "学院召开2023年秋季学期实验室安全工作会议"),
        nxt=("5673.htm", "我院教师在全国高校化学实验教学研讨会上作交流报告")) + DL_FOOT
    page("e-yuanxi-1", doc1, encoding="utf-8", url=f"{DL}/info/1023/5678.htm", charset="utf-8",
         title=DL1_TITLE, author="刘思远", published="2023-11-20", text=DL1_TEXT)

    # --- article 2: 教师风采, subtitle line, bold subheads, a photo caption
    body2 = dl_paras(DL2_TEXT, heads=DL2_HEADS, images={"陈静（左二）在实验室指导学生进行样品前处理。": "/__local/8/3C/1A/E94F2B6C4D0A7E5F1B2C3D4E5F6_7A8B9C0D_2E1F4.jpg"})
    head2 = fill(DL_HEAD, TITLE=f"{DL2_TITLE}-东陵大学化学与材料学院", KEYWORDS="东陵大学化学与材料学院,教师风采,陈静,分析化学",
                 DESCMETA=f'<META Name="description" Content="{attr(DL2_TEXT[1][:64])}" />', UP="../../",
                 VSBCSS="content.vsb.css", JSQ="1025,'/content.jsp',5412,1733012345", SECTION="新闻中心",
                 SECHREF="xwzx.htm", COLNAME="教师风采", COLHREF="xwzx/jsfc.htm",
                 LEFTNAV=fill(DL_NEWSNAV, A="", B=' class="on"'))
    doc2 = head2 + dl_article(
        treeid="1025", newsid="5412", title=DL2_TITLE,
        info="作者：赵一帆&nbsp;&nbsp;&nbsp;&nbsp;来源：党委宣传部&nbsp;&nbsp;&nbsp;&nbsp;发布时间：2023-05-09&nbsp;&nbsp;&nbsp;&nbsp;",
        body=body2, prev=("5436.htm", "青春在三尺讲台上闪光——记青年教师教学竞赛一等奖获得者顾晨"),
        nxt=("5390.htm", "潘志远教授：做“顶天立地”的材料研究")) + DL_FOOT
    page("e-yuanxi-2", doc2, encoding="utf-8", url=f"{DL}/info/1025/5412.htm", charset="",
         title=DL2_TITLE, author="赵一帆", published="2023-05-09", text=DL2_TEXT)

    # --- listing 3: 现任领导 (a table of names, roles and portfolios) + 机构设置
    rows = "\n".join(
        f'<tr><td style="text-align:center">{n}</td><td style="text-align:center">{r}</td><td>{w}</td><td style="text-align:center">{o}</td><td style="text-align:center">025-{t}</td></tr>'
        for n, r, w, o, t in DL_LEADERS)
    depts = "\n".join(f'<tr><td style="text-align:center">{d}</td><td style="text-align:center">{h}</td></tr>' for d, h in DL_DEPTS)
    leftnav = """            <li><a href="xyjj.htm">学院简介</a></li>
            <li><a href="xrld.htm" class="on">现任领导</a></li>
            <li><a href="jgsz.htm">机构设置</a></li>
            <li><a href="lsyg.htm">历史沿革</a></li>"""
    head3 = fill(DL_HEAD, TITLE="现任领导-东陵大学化学与材料学院", KEYWORDS="东陵大学化学与材料学院,现任领导",
                 DESCMETA="", UP="../", VSBCSS="xygk.vsb.css", JSQ="1008,'/list.jsp',0,1733012345",
                 SECTION="学院概况", SECHREF="xygk.htm", COLNAME="现任领导", COLHREF="xygk/xrld.htm",
                 LEFTNAV=leftnav).replace("                &gt;&gt;\n                正文\n", "")
    doc3 = head3 + f"""<div class="article">
    <h1 class="arti-title">现任领导</h1>
    <div class="arti-info">更新时间：2023-09-01</div>
    <div class="v_news_content">
<p style="text-align:center"><strong>学院党政领导班子</strong></p>
<table class="ld-table" border="1" cellspacing="0" cellpadding="6" width="100%" style="border-collapse:collapse">
<thead><tr><th width="12%">姓名</th><th width="18%">职务</th><th>分管工作</th><th width="12%">办公室</th><th width="14%">办公电话</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<p style="text-align:center;margin-top:20px"><strong>系（中心）负责人</strong></p>
<table class="ld-table" border="1" cellspacing="0" cellpadding="6" width="60%" align="center" style="border-collapse:collapse">
<thead><tr><th>系（中心）</th><th>主任</th></tr></thead>
<tbody>
{depts}
</tbody>
</table>
<p>注：以上信息如有变动，以学校正式任免文件为准。</p>
    </div>
</div>
""" + DL_FOOT
    page("e-yuanxi-3", doc3, encoding="utf-8", url=f"{DL}/xygk/xrld.htm", charset="utf-8", listing=True)

    # --- listing 4: 学术活动日历 (month grid + schedule)
    week = ["日", "一", "二", "三", "四", "五", "六"]
    sched = []
    import datetime as _dt
    for day, (t, topic, who, where, nid) in sorted(DL_EVENTS.items()):
        wd = "一二三四五六日"[_dt.date(2023, 12, day).weekday()]
        sched.append(f"""            <li>
                <div class="xs-date"><span class="d">{day:02d}</span><span class="m">2023-12</span></div>
                <div class="xs-txt">
                    <h4><a href="../info/1031/{nid}.htm" target="_blank">{esc(topic)}</a></h4>
                    <p>时间：12月{day}日（周{wd}）{t}</p>
                    <p>报告人：{esc(who)}</p>
                    <p>地点：{esc(where)}</p>
                </div>
            </li>""")
    leftnav4 = """            <li><a href="kypt.htm">科研平台</a></li>
            <li><a href="kycg.htm">科研成果</a></li>
            <li><a href="xshd.htm" class="on">学术活动</a></li>"""
    head4 = fill(DL_HEAD, TITLE="学术活动-东陵大学化学与材料学院", KEYWORDS="东陵大学化学与材料学院,学术活动,学术报告",
                 DESCMETA="", UP="../", VSBCSS="list.vsb.css", JSQ="1031,'/list.jsp',0,1733012345",
                 SECTION="科学研究", SECHREF="kxyj.htm", COLNAME="学术活动", COLHREF="kxyj/xshd.htm",
                 LEFTNAV=leftnav4).replace("                &gt;&gt;\n                正文\n", "")
    doc4 = head4 + f"""<div class="xs-calendar">
        <div class="cal-head"><a href="xshd/11.htm" class="prev">&lt; 上月</a><span class="cur">2023年12月</span><a href="xshd/13.htm" class="next">下月 &gt;</a></div>
        <table class="cal-table" width="100%" cellspacing="0">
            <thead><tr>{"".join(f"<th>{w}</th>" for w in week)}</tr></thead>
            <tbody>
{dl_calendar_table()}
            </tbody>
        </table>
        <div class="cal-legend"><span class="has-event-dot"></span>有学术活动 &nbsp; 点击日期查看当日安排</div>
    </div>
    <div class="xs-list">
        <h3>本月学术活动安排</h3>
        <ul>
{chr(10).join(sched)}
        </ul>
    </div>
    <div class="pb_sys_common pb_sys_normal pb_sys_style1" style="text-align:center"><span class="p_pages"><span class="p_first_d p_fun_d">首页</span><span class="p_prev_d p_fun_d">上页</span><span class="p_no_d">1</span><span class="p_no"><a href="xshd/2.htm">2</a></span><span class="p_no"><a href="xshd/3.htm">3</a></span><span class="p_next p_fun"><a href="xshd/2.htm">下页</a></span><span class="p_last p_fun"><a href="xshd/3.htm">尾页</a></span></span></div>
""" + DL_FOOT
    page("e-yuanxi-4", doc4, encoding="utf-8", url=f"{DL}/kxyj/xshd.htm", charset="", listing=True)


# ---------------------------------------------------------------------------------------
# e-xiehui: 江州市建筑装饰协会, an industry association on DedeCMS 5.7, GB2312.
# ---------------------------------------------------------------------------------------

JZ = "http://www.jzzsxh.org.cn"

JZ_HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{{TITLE}}</title>
<meta name="keywords" content="{{KEYWORDS}}" />
<meta name="description" content="{{DESCRIPTION}}" />
<link href="/templets/jzxh/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
<link href="/templets/jzxh/style/xh.css" rel="stylesheet" type="text/css" />
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
<script language="javascript" type="text/javascript" src="/templets/jzxh/js/jquery-1.8.3.min.js"></script>
<script language="javascript" type="text/javascript">
<!--
function CheckLogin(){
  var taget_obj = document.getElementById('_ajax_feedback');
  myajax = new DedeAjax(taget_obj,false,false,'','','');
  myajax.SendGet2("/member/ajax_feedback.php");
  DedeXHTTP = null;
}
-->
</script>
</head>
<body class="{{BODYCLASS}}">
<div class="header_top">
    <div class="w960 center">
        <span class="time">欢迎访问江州市建筑装饰协会官方网站！</span>
        <div class="toplinks"><a href="/member/index.php" target="_blank">会员中心</a> | <a href="/member/reg_new.php" target="_blank">会员注册</a> | <a href="javascript:void(0)" onclick="window.external.AddFavorite(location.href,document.title);">加入收藏</a> | <a href="/data/sitemap.html" target="_blank">网站地图</a></div>
    </div>
</div>
<div class="header">
    <div class="top w960 center">
        <div class="title"><h1><a href="http://www.jzzsxh.org.cn"><img src="/templets/jzxh/images/logo.gif" height="64" width="420" alt="江州市建筑装饰协会"/></a></h1></div>
        <div class="tel">服务热线：<b>0571-86012388</b></div>
    </div>
    <div class="module blue mT10 wrapper w963">
        <div class="top">
            <div id="navMenu">
                <ul>
                    <li><a href='/'><span>首页</span></a></li>
                    <li><a href='/a/xhgk/' rel='dropmenu1'><span>协会概况</span></a></li>
                    <li><a href='/a/xhdt/' rel='dropmenu2'><span>协会动态</span></a></li>
                    <li><a href='/a/tzgg/'><span>通知公告</span></a></li>
                    <li><a href='/a/hyzx/'><span>行业资讯</span></a></li>
                    <li><a href='/a/zcfg/'><span>政策法规</span></a></li>
                    <li><a href='/a/bzgf/'><span>标准规范</span></a></li>
                    <li><a href='/a/hyfw/'><span>会员服务</span></a></li>
                    <li><a href='/a/pxkp/'><span>培训考评</span></a></li>
                    <li><a href='/a/xzzx/'><span>下载中心</span></a></li>
                    <li><a href='/a/lxwm/'><span>联系我们</span></a></li>
                </ul>
            </div>
            <div class="search">
                <form name="formsearch" action="/plus/search.php">
                    <input type="hidden" name="kwtype" value="0" />
                    <input name="q" type="text" class="search-keyword" id="search-keyword" value="在这里搜索..." onfocus="if(this.value=='在这里搜索...'){this.value='';}" onblur="if(this.value==''){this.value='在这里搜索...';}" />
                    <select name="searchtype" class="search-option" id="search-option">
                        <option value="title" selected='1'>检索标题</option>
                        <option value="titlekeyword">智能模糊</option>
                    </select>
                    <button type="submit" class="search-submit">搜索</button>
                </form>
            </div>
        </div>
    </div>
</div>
<div class="w960 center clear mt1">
"""

JZ_SIDE = """    <div class="pright">
        <div class="commend mt1">
            <dl class="tbox light">
                <dt class='light'><strong>通知公告</strong><span class="more"><a href="/a/tzgg/">更多</a></span></dt>
                <dd class='light'>
                    <ul class="c1 ico2">
                        <li><a href="/a/tzgg/2022/0810/892.html">关于举办2022年度住宅装饰装修质量管理培训班的通知</a></li>
                        <li><a href="/a/tzgg/2022/0726/884.html">关于开展2022年度会员单位信用评价工作的通知</a></li>
                        <li><a href="/a/tzgg/2022/0718/879.html">关于征求《住宅室内装饰装修工程施工质量验收导则》意见的函</a></li>
                        <li><a href="/a/tzgg/2022/0705/866.html">关于举办第五届江州市建筑装饰职业技能竞赛的预通知</a></li>
                    </ul>
                </dd>
            </dl>
        </div>
        <div class="hot mt1">
            <dl class="tbox light">
                <dt class='light'><strong>热点内容</strong></dt>
                <dd class='light'>
                    <ul class="c1 ico2">
                        <li><a href="/a/hyzx/2022/0712/872.html">全市建筑装饰业上半年完成产值186亿元</a></li>
                        <li><a href="/a/zcfg/2022/0630/862.html">住宅室内装饰装修管理办法（2022年修订）</a></li>
                        <li><a href="/a/xhdt/2022/0527/843.html">协会走访调研城南新区装配式装修项目</a></li>
                        <li><a href="/a/hyzx/2022/0519/839.html">绿色建材下乡活动在我市启动</a></li>
                    </ul>
                </dd>
            </dl>
        </div>
        <div class="mt1"><a href="/a/hyfw/rhzn/" target="_blank"><img src="/uploads/allimg/220301/1-220301094512.jpg" width="240" height="90" alt="会员入会指南" border="0" /></a></div>
        <div class="mt1 flink">
            <dl class="tbox light">
                <dt class='light'><strong>友情链接</strong></dt>
                <dd class='light'>
                    <select onchange="window.open(this.options[this.selectedIndex].value)">
                        <option value="">-- 相关部门 --</option>
                        <option value="http://jsj.jz.gov.cn">江州市住房和城乡建设局</option>
                        <option value="http://www.cbda.cn">中国建筑装饰协会</option>
                        <option value="http://www.zjzsxh.org">省建筑装饰行业协会</option>
                    </select>
                </dd>
            </dl>
        </div>
    </div>
"""

JZ_FOOT = """</div>
<div class="footer w960 center mt1 clear">
    <p class="powered">
        <a href="/a/xhgk/">协会简介</a> | <a href="/a/lxwm/">联系我们</a> | <a href="/a/hyfw/rhzn/">入会指南</a> | <a href="/data/sitemap.html">网站地图</a> | <a href="/data/rssmap.html">RSS订阅</a>
    </p>
    <div class="copyright">
        版权所有：江州市建筑装饰协会&nbsp;&nbsp;地址：江州市建设路56号建设大厦12楼&nbsp;&nbsp;邮编：310009<br />
        电话：0571-86012388&nbsp;&nbsp;传真：0571-86012389&nbsp;&nbsp;邮箱：jzzsxh@163.com<br />
        <a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备09012345号</a>&nbsp;&nbsp;技术支持：江州星网科技&nbsp;&nbsp;Powered by <a href="http://www.dedecms.com" title="织梦内容管理系统(DedeCMS)" target="_blank"><strong>DedeCMS</strong></a>
    </div>
</div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?9a0e1f2d3c4b5a69788796a5b4c3d2e1";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""


def jz_article(*, typedir: str, typename: str, title: str, time: str, source: str, writer: str, aid: str,
               intro: str, body: str, prev: tuple[str, str] | None, nxt: tuple[str, str] | None) -> str:
    prev_html = f"<a href='{prev[0]}'>{esc(prev[1])}</a> " if prev else "没有了 "
    next_html = f"<a href='{nxt[0]}'>{esc(nxt[1])}</a> " if nxt else "没有了 "
    return f"""    <div class="pleft">
        <div class="place">
            <strong>当前位置:</strong> <a href='http://www.jzzsxh.org.cn/'>主页</a> > <a href='/a/{typedir}/'>{typename}</a> >
        </div>
        <div class="viewbox">
            <div class="title">
                <h2>{esc(title)}</h2>
            </div>
            <div class="info">
                <small>时间:</small>{time}<small>来源:</small>{esc(source)} <small>作者:</small>{esc(writer)} <small>点击:</small>
                <script src="/plus/count.php?view=yes&aid={aid}&mid=1" type='text/javascript' language="javascript"></script>次
            </div>
            <div class="intro">{esc(intro)}</div>
            <div class="content">
                <table width='100%'>
                    <tr>
                        <td>
{body}
                        </td>
                    </tr>
                </table>
            </div>
            <div class="dede_pages">
                <ul class="pagelist">
                </ul>
            </div>
            <div class="boxoff">
                <strong>------分隔线----------------------------</strong>
            </div>
            <div class="handle">
                <div class="context">
                    <ul>
                        <li>上一篇：{prev_html}</li>
                        <li>下一篇：{next_html}</li>
                    </ul>
                </div>
                <div class="actbox">
                    <ul>
                        <li id="act-fav"><a href="/plus/stow.php?aid={aid}" target="_blank">收藏</a></li>
                        <li id="act-err"><a href="/plus/erraddsave.php?aid={aid}&title={attr(title)}" target="_blank">挑错</a></li>
                        <li id="act-pus"><a href="/plus/recommend.php?aid={aid}" target="_blank">推荐</a></li>
                        <li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li>
                    </ul>
                </div>
            </div>
        </div>
        <div class="mt1">
            <dl class="tbox">
                <dt><strong>最新评论</strong><span class="more"><a href="/plus/feedback.php?aid={aid}">进入详细评论页&gt;&gt;</a></span></dt>
                <script language='javascript'>
                function LoadCommets(page)
                {{
                    var taget_obj = document.getElementById('commetcontentNew');
                    waithtml = "<div style='line-height:50px'><img src='/images/loadinglit.gif' />评论加载中...</div>";
                    myajax = new DedeAjax(taget_obj, true, true, '', 'x', waithtml);
                    myajax.SendGet2("/plus/feedback_ajax.php?dopost=getlist&aid={aid}&page="+page);
                    DedeXHTTP = null;
                }}
                </script>
                <a name='commettop'></a>
                <div class="dede_comment">
                    <div class="decmt-box1"><div id='commetcontentNew'></div></div>
                </div>
                <script language='javascript'>LoadCommets(1);</script>
            </dl>
        </div>
        <div class="mt1">
            <dl class="tbox">
                <dt><strong>发表评论</strong></dt>
                <dd>
                    <div class="dede_comment_post">
                        <form action="#" method="post" name="feedback">
                            <input type="hidden" name="dopost" value="send" /><input type="hidden" name="comtype" value="comments"><input type="hidden" name="aid" value="{aid}" />
                            <div class="dcmp-title"><small>请自觉遵守互联网相关的政策法规，严禁发布色情、暴力、反动的言论。</small></div>
                            <div class="dcmp-stand">
                                <strong>评价:</strong>
                                <input type="radio" name="feedbacktype" checked="1" value="feedback" id="dcmp-stand-neu" /><label for="dcmp-stand-neu"><img src="/templets/images/cmt-neu.gif" />中立</label>
                                <input type="radio" name="feedbacktype" value="good" id="dcmp-stand-good" /><label for="dcmp-stand-good"><img src="/templets/images/cmt-good.gif" />好评</label>
                                <input type="radio" name="feedbacktype" value="bad" id="dcmp-stand-bad" /><label for="dcmp-stand-bad"><img src="/templets/images/cmt-bad.gif" />差评</label>
                            </div>
                            <div class="dcmp-content"><textarea cols="60" name="msg" rows="5" class="ipt-txt"></textarea></div>
                            <div class="dcmp-post">
                                <div class="dcmp-userinfo" id="_ajax_feedback">验证码:<input type="text" name="validate" size="4" class="ipt-txt" style="text-transform:uppercase;" /><img src="/include/vdimgck.php" align="absmiddle" /> <input type="checkbox" name="notuser" id="dcmp-submit-guest" /><label for="dcmp-submit-guest" />匿名? </label></div>
                                <div class="dcmp-submit"><button type="button" onclick="PostComment()">发表评论</button></div>
                            </div>
                        </form>
                    </div>
                </dd>
            </dl>
        </div>
    </div>
"""


JZ1_TITLE = "协会召开第三届理事会第四次会议"
JZ1_TEXT = [
    "6月14日下午，江州市建筑装饰协会第三届理事会第四次会议在市建设大厦十二楼会议室召开。协会会长、副会长、理事及监事共58人出席会议，市住房和城乡建设局建筑业处有关负责同志应邀到会指导。会议由协会常务副会长徐国平主持。",
    "会议审议通过了《协会2022年上半年工作报告》。报告指出，上半年协会围绕“服务会员、规范行业、促进发展”的工作主线，组织开展了住宅装饰装修质量提升专项调研，举办各类技术培训班6期，培训从业人员1100余人次；编制完成《住宅室内装饰装修工程施工质量验收导则》团体标准征求意见稿；协助主管部门开展行业信用评价，完成了首批87家企业的评价工作。",
    "会议审议通过了关于增补理事、吸收新会员的议案。经理事会表决，同意增补理事4名，吸收江州华筑装饰工程有限公司等23家企业为协会会员单位。",
    "市住建局建筑业处负责同志在讲话中充分肯定了协会上半年的工作，希望协会继续发挥好政府与企业之间的桥梁纽带作用，在推动装配式装修、绿色建材应用和工人技能提升等方面多做探索，引导会员企业守住质量安全底线。",
    "徐国平在总结时要求，下半年协会要重点抓好三项工作：一是加快团体标准的修改完善，力争年内正式发布；二是办好第五届全市建筑装饰职业技能竞赛；三是加强会员服务，建立会员企业诉求快速响应机制，切实帮助企业解决发展中的困难。",
    "会前，与会人员参观了位于城南新区的装配式装修示范项目。",
]

JZ2_TITLE = "装配式装修在既有住宅改造中的应用：机遇与瓶颈"
JZ2_HEADS = {"一、既有住宅改造为何需要装配式装修", "二、当前推广面临的主要瓶颈", "三、几点建议"}
JZ2_TEXT = [
    "近年来，装配式装修在新建保障性住房和长租公寓项目中发展较快，但在数量更为庞大的既有住宅改造领域，应用仍处于起步阶段。结合协会专家委员会今年上半年对全市23个改造项目的调研，本文就装配式装修在既有住宅改造中的机遇与瓶颈谈几点看法。",
    "需要说明的是，本次调研的23个项目中，采用装配式装修的有7个，其余为传统装修或局部采用干式工法。样本数量有限，以下观点仅供业内同仁参考。",
    "一、既有住宅改造为何需要装配式装修",
    "我市城区建成于上世纪八九十年代的住宅约有4200万平方米，其中相当一部分存在管线老化、卫生间渗漏、厨房空间局促等问题。这类改造有一个共同特点：住户往往“住着改”，或者只能短期外出周转，对工期、噪声和粉尘极为敏感。",
    "传统湿作业装修一套60平方米左右的住宅，工期通常在两个月以上；而采用干式工法的装配式装修，在设计深化到位、部品提前生产的前提下，现场施工时间可压缩到三周左右。调研中，某老旧小区卫生间改造试点项目采用整体防水底盘和集成墙板，单个卫生间现场安装仅用了两天，住户满意度明显高于同期的传统改造项目。",
    "“以前邻居家装修，电钻声一响就是一两个月。这次楼上改卫生间，我们几乎没察觉。”一位参与试点项目的居民这样评价。",
    "此外，装配式装修的部品部件在工厂标准化生产，质量更加稳定，后期维修时也可以局部拆换，这对于管线维护需求较多的老旧住宅尤为重要。",
    "从全生命周期看，装配式装修还有助于减少建筑垃圾。调研的试点项目中，干式工法产生的现场垃圾比传统做法减少了六成以上，这对于场地狭窄、垃圾清运困难的老旧小区尤其有现实意义。",
    "二、当前推广面临的主要瓶颈",
    "一是尺寸适配难。既有住宅的墙体垂直度、楼板平整度偏差普遍较大，同一栋楼不同户型之间也常有差异。部品标准化程度越高，现场适配的难度就越大，不少企业不得不“一户一测、一户一设计”，规模效应难以体现。",
    "二是综合成本偏高。调研显示，目前装配式装修的综合造价比传统装修高出约15%至25%。以一个4平方米左右的卫生间为例，采用整体卫浴的材料和安装费用约为2.2万元，而传统做法约为1.7万元。虽然工期缩短带来了一定的间接收益，但在以政府补助和居民自筹为主要资金来源的改造项目中，前期投入增加仍是不小的门槛。",
    "三是产业配套不足。本地能够提供集成卫浴、集成厨房等核心部品的企业数量有限，部分部品需从外地采购，运输和售后服务都受到制约。与此同时，熟悉干式工法的产业工人也相对短缺。",
    "四是居民认知有待提高。不少居民对“墙板”“架空地面”等新做法心存疑虑，担心不够结实、不耐用。个别项目因沟通不充分，在施工过程中出现了居民要求改回传统做法的情况。",
    "五是标准体系不健全。目前针对既有住宅改造的装配式装修，尚缺少统一的设计、施工和验收标准，部品接口尺寸各企业自成体系，不同品牌之间难以互换，给后期维修更换带来麻烦。",
    "三、几点建议",
    "第一，推动既有住宅改造专用部品的研发。建议由行业龙头企业牵头，针对本地常见的老旧住宅户型，开发具有一定调节余量的模块化部品，形成可复制的产品库。",
    "第二，完善政策支持。可考虑将装配式装修纳入老旧小区改造的补助范围，对采用干式工法的项目给予适当的造价补贴或审批便利。",
    "第三，加强人才培养。协会将联合职业院校开设装配式装修安装工培训课程，并将相关工种纳入全市职业技能竞赛项目。",
    "第四，做好示范引导。选择条件较好的小区开展集中示范，组织居民实地参观样板间，用看得见、摸得着的效果消除顾虑。",
    "第五，加快标准建设。协会将结合正在编制的团体标准，研究增加既有住宅装配式装修的专门章节，推动部品接口尺寸统一，并适时向主管部门提出地方标准立项建议。",
    "第六，畅通沟通渠道。改造前应通过样板间、宣传手册、入户讲解等方式向居民说明干式工法的特点和维护方法，施工中设立现场联络员，及时回应居民关切，避免因信息不对称产生误解。",
    "既有住宅改造是一项长期工作，装配式装修不可能“一步到位”。只有在标准、成本、产业和认知等方面持续发力，才能让这项技术真正走进千家万户。",
    "协会专家委员会将在下半年继续跟踪试点项目的使用情况，适时发布调研报告，为会员企业开展相关业务提供参考。",
]

JZ_NOTICES = [
    ("892", "0810", "关于举办2022年度住宅装饰装修质量管理培训班的通知", "2022-08-10",
     "为提升会员企业项目管理人员的质量管理水平，协会定于8月下旬在市建设大厦举办住宅装饰装修质量管理培训班，请各会员单位积极组织人员报名参加。"),
    ("884", "0726", "关于开展2022年度会员单位信用评价工作的通知", "2022-07-26",
     "根据《江州市建筑装饰行业信用评价管理办法》，协会将于8月至10月开展2022年度会员单位信用评价工作，请有意参评的会员单位于8月31日前提交申报材料。"),
    ("879", "0718", "关于征求《住宅室内装饰装修工程施工质量验收导则》（征求意见稿）意见的函", "2022-07-18",
     "协会组织编制的《住宅室内装饰装修工程施工质量验收导则》已形成征求意见稿，现面向会员单位和社会各界公开征求意见，截止日期为2022年8月15日。"),
    ("866", "0705", "关于举办第五届江州市建筑装饰职业技能竞赛的预通知", "2022-07-05",
     "第五届全市建筑装饰职业技能竞赛拟于10月举行，设镶贴工、木工、涂裱工三个比赛项目，请各单位提前做好选手选拔和赛前训练工作。"),
    ("861", "0628", "关于缴纳2022年度会费的通知", "2022-06-28",
     "请各会员单位按照协会章程和会费标准，于7月31日前将2022年度会费汇至协会指定账户，并注明单位名称和“2022年会费”字样。"),
    ("858", "0620", "关于做好汛期施工安全工作的提醒", "2022-06-20",
     "入汛以来我市降雨偏多，请各会员企业加强在建项目的用电、脚手架和高处作业安全检查，遇强降雨、大风等恶劣天气要及时停止室外作业。"),
    ("857", "0616", "关于公布协会第三届理事会增补理事名单的公告", "2022-06-16",
     "经协会第三届理事会第四次会议审议通过，增补4名同志为协会第三届理事会理事，现将名单予以公告。"),
    ("846", "0601", "关于推荐2022年度江州市建筑装饰优质工程的通知", "2022-06-01",
     "为发挥优质工程的示范引领作用，协会决定开展2022年度江州市建筑装饰优质工程评选活动，申报工程应为近两年竣工并通过验收的项目。"),
    ("841", "0523", "关于组织参观第十二届江南建筑装饰材料博览会的通知", "2022-05-23",
     "第十二届江南建筑装饰材料博览会将于6月9日至11日在江州国际会展中心举行，协会将组织会员单位集中参观，请于6月5日前报名。"),
    ("835", "0510", "关于开展装配式装修技术交流活动的通知", "2022-05-10",
     "协会专家委员会定于5月下旬组织装配式装修技术交流活动，邀请部品生产企业和施工企业介绍典型案例，欢迎会员单位派员参加。"),
    ("829", "0429", "关于调整协会秘书处办公时间的通知", "2022-04-29",
     "自5月1日起，协会秘书处办公时间调整为周一至周五上午8:30至12:00、下午13:30至17:30，法定节假日休息。"),
    ("820", "0412", "关于进一步规范以协会名义开展活动的通知", "2022-04-12",
     "近期发现个别单位未经批准以协会名义举办评比和培训活动，请各会员单位严格遵守相关规定，如有疑问请及时与秘书处联系。"),
]

JZ_FILES = [
    ("江州市建筑装饰协会入会申请表", "doc", "56 KB", "2022-06-20", 1243),
    ("会员单位年度信息变更登记表", "xls", "38 KB", "2022-06-20", 687),
    ("2022年度会员单位信用评价申报材料清单", "pdf", "212 KB", "2022-07-26", 455),
    ("住宅室内装饰装修工程施工质量验收导则（征求意见稿）", "pdf", "1.86 MB", "2022-07-18", 902),
    ("《验收导则》征求意见反馈表", "doc", "29 KB", "2022-07-18", 318),
    ("第五届江州市建筑装饰职业技能竞赛报名表", "doc", "64 KB", "2022-07-05", 529),
    ("江州市建筑装饰优质工程申报表", "doc", "95 KB", "2022-06-01", 774),
    ("江州市建筑装饰行业信用评价管理办法", "pdf", "356 KB", "2022-03-15", 1106),
    ("江州市建筑装饰协会章程（2019年修订）", "pdf", "428 KB", "2019-11-28", 1530),
    ("住宅装饰装修质量管理培训班报名回执", "doc", "31 KB", "2022-08-10", 266),
    ("装配式装修技术交流会资料汇编", "zip", "24.5 MB", "2022-06-02", 381),
    ("会费标准及缴纳说明", "pdf", "147 KB", "2022-06-28", 498),
]


def site_xiehui() -> None:
    # --- article 1: 协会动态; DedeCMS writer is the default account "admin"; <br />-separated paragraphs
    body1 = "<br />\n".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}" for p in JZ1_TEXT) + "<br />\n"
    body1 += '<p align="center"><img alt="" src="/uploads/allimg/220615/1-220615102G3592.jpg" style="width: 580px; height: 386px;" /></p>'
    doc1 = fill(JZ_HEAD, TITLE=f"江州市建筑装饰协会-{JZ1_TITLE}", KEYWORDS="理事会,协会动态",
                DESCRIPTION=attr(JZ1_TEXT[0][:74]), BODYCLASS="articleview") + jz_article(
        typedir="xhdt", typename="协会动态", title=JZ1_TITLE, time="2022-06-15 10:21", source="协会秘书处",
        writer="admin", aid="856", intro=JZ1_TEXT[0][:74], body=body1,
        prev=("/a/xhdt/2022/0608/851.html", "协会组织召开住宅装饰装修质量提升调研座谈会"), nxt=None) + JZ_SIDE + JZ_FOOT
    page("e-xiehui-1", doc1, encoding="gb2312", url=f"{JZ}/a/xhdt/2022/0615/856.html", charset="",
         title=JZ1_TITLE, author="", published="2022-06-15", text=JZ1_TEXT)

    # --- article 2: 行业观察; one <div> per paragraph, 作者单位 note at the end
    parts = []
    for p in JZ2_TEXT:
        if p in JZ2_HEADS:
            parts.append(f'<div style="text-indent: 2em;"><strong>{esc(p)}</strong></div>')
        else:
            parts.append(f'<div style="text-indent: 2em;">{esc(p)}</div>')
    parts.append('<div style="text-align: right;">（作者单位：江州市建筑装饰协会专家委员会）</div>')
    doc2 = fill(JZ_HEAD, TITLE=f"江州市建筑装饰协会-{JZ2_TITLE}", KEYWORDS="装配式装修,既有住宅,老旧小区改造",
                DESCRIPTION=attr(JZ2_TEXT[0][:70]), BODYCLASS="articleview") + jz_article(
        typedir="hyzx", typename="行业资讯", title=JZ2_TITLE, time="2022-08-03 15:47", source="本站原创",
        writer="孙建国", aid="887", intro=JZ2_TEXT[0][:70], body="\n".join(parts),
        prev=("/a/hyzx/2022/0712/872.html", "全市建筑装饰业上半年完成产值186亿元"),
        nxt=("/a/hyzx/2022/0819/895.html", "住建部门部署开展住宅装修工程质量常见问题专项治理")) + JZ_SIDE + JZ_FOOT
    page("e-xiehui-2", doc2, encoding="gb2312", url=f"{JZ}/a/hyzx/2022/0803/887.html", charset="gb2312",
         title=JZ2_TITLE, author="孙建国", published="2022-08-03", text=JZ2_TEXT)

    # --- listing 3: 通知公告 as <dl><dt><a>title</a></dt><dd>teaser sentence。</dd></dl>
    dls = "\n".join(
        f"""                <dl>
                    <dt><a href="/a/tzgg/2022/{md}/{aid}.html" target="_blank">{esc(t)}</a><span class="date">{d}</span></dt>
                    <dd>{esc(teaser)}</dd>
                </dl>""" for aid, md, t, d, teaser in JZ_NOTICES)
    body3 = f"""    <div class="pleft">
        <div class="place">
            <strong>当前位置:</strong> <a href='http://www.jzzsxh.org.cn/'>主页</a> > <a href='/a/tzgg/'>通知公告</a> >
        </div>
        <div class="listbox notice-list">
{dls}
        </div>
        <div class="dede_pages">
            <ul class="pagelist">
                <li><a href='list_3_1.html'>首页</a></li>
                <li><a href='list_3_1.html'>上一页</a></li>
                <li><a href='list_3_1.html'>1</a></li>
                <li class="thisclass">2</li>
                <li><a href='list_3_3.html'>3</a></li>
                <li><a href='list_3_4.html'>4</a></li>
                <li><a href='list_3_3.html'>下一页</a></li>
                <li><a href='list_3_4.html'>末页</a></li>
                <li><span class="pageinfo">共 <strong>4</strong>页<strong>46</strong>条</span></li>
            </ul>
        </div>
    </div>
"""
    doc3 = fill(JZ_HEAD, TITLE="江州市建筑装饰协会-通知公告", KEYWORDS="通知公告",
                DESCRIPTION="江州市建筑装饰协会通知公告", BODYCLASS="articlelist") + body3 + JZ_SIDE + JZ_FOOT
    page("e-xiehui-3", doc3, encoding="gb2312", url=f"{JZ}/a/tzgg/list_3_2.html", charset="", listing=True)

    # --- listing 4: 下载中心 (file table with sizes)
    rows = "\n".join(
        f"""                <tr>
                    <td class="fname"><img src="/templets/jzxh/images/ico_{ext}.gif" align="absmiddle" /> <a href="/a/xzzx/{2000 + i}.html" target="_blank">{esc(n)}</a></td>
                    <td align="center">{ext.upper()}</td>
                    <td align="center">{size}</td>
                    <td align="center">{d}</td>
                    <td align="center">{hits}</td>
                    <td align="center"><a href="/plus/download.php?open=0&aid={2000 + i}&cid=3" class="dl-btn">下载</a></td>
                </tr>""" for i, (n, ext, size, d, hits) in enumerate(JZ_FILES))
    body4 = f"""    <div class="pleft">
        <div class="place">
            <strong>当前位置:</strong> <a href='http://www.jzzsxh.org.cn/'>主页</a> > <a href='/a/xzzx/'>下载中心</a> >
        </div>
        <div class="xz-tip">温馨提示：部分文件需安装 WPS 或 Adobe Reader 方可打开；如遇下载问题请致电秘书处 0571-86012388。</div>
        <table class="xz-table" width="100%" border="0" cellspacing="1" cellpadding="4">
            <thead>
                <tr><th>文件名称</th><th width="60">格式</th><th width="80">大小</th><th width="90">更新日期</th><th width="70">下载次数</th><th width="60">下载</th></tr>
            </thead>
            <tbody>
{rows}
            </tbody>
        </table>
        <div class="dede_pages">
            <ul class="pagelist">
                <li class="thisclass">1</li>
                <li><a href='list_9_2.html'>2</a></li>
                <li><a href='list_9_2.html'>下一页</a></li>
                <li><span class="pageinfo">共 <strong>2</strong>页<strong>19</strong>条</span></li>
            </ul>
        </div>
    </div>
"""
    doc4 = fill(JZ_HEAD, TITLE="江州市建筑装饰协会-下载中心", KEYWORDS="下载中心,表格下载",
                DESCRIPTION="江州市建筑装饰协会下载中心：入会申请表、申报表格、标准文件下载", BODYCLASS="softlist") + body4 + JZ_SIDE + JZ_FOOT
    page("e-xiehui-4", doc4, encoding="gb2312", url=f"{JZ}/a/xzzx/", charset="", listing=True)


# ---------------------------------------------------------------------------------------
# e-qiye: 恒岳新能源科技股份有限公司, a listed company's site with a 新闻中心, UTF-8.
# ---------------------------------------------------------------------------------------

HY = "https://www.hengyue-energy.com"

HY_HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<meta name="renderer" content="webkit">
<title>{{TITLE}}</title>
<meta name="keywords" content="{{KEYWORDS}}">
<meta name="description" content="{{DESCRIPTION}}">
<meta property="og:type" content="{{OGTYPE}}">
<meta property="og:site_name" content="恒岳新能源">
<meta property="og:title" content="{{OGTITLE}}">
<meta property="og:description" content="{{DESCRIPTION}}">
<meta property="og:image" content="{{OGIMAGE}}">
<meta property="og:url" content="{{URL}}">
<link rel="canonical" href="{{URL}}">
<link rel="shortcut icon" href="/favicon.ico">
<link rel="stylesheet" href="/static/css/bootstrap.min.css">
<link rel="stylesheet" href="/static/css/swiper-bundle.min.css">
<link rel="stylesheet" href="/static/css/animate.min.css">
<link rel="stylesheet" href="/static/css/common.css?v=1.3.2">
<link rel="stylesheet" href="/static/css/{{PAGECSS}}.css?v=1.3.2">
<script src="/static/js/jquery-3.6.0.min.js"></script>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</head>
<body>
<header class="header" id="header">
    <div class="container-fluid">
        <a class="logo" href="/"><img src="/static/images/logo.svg" alt="恒岳新能源"><img class="logo-w" src="/static/images/logo-white.svg" alt="恒岳新能源"></a>
        <nav class="nav">
            <ul>
                <li><a href="/">首页</a></li>
                <li><a href="/about/">关于恒岳</a>
                    <div class="subnav"><a href="/about/">公司简介</a><a href="/about/culture.html">企业文化</a><a href="/about/history.html">发展历程</a><a href="/about/honor.html">荣誉资质</a></div></li>
                <li><a href="/product/">产品与解决方案</a>
                    <div class="subnav"><a href="/product/module/">光伏组件</a><a href="/product/ess/">储能系统</a><a href="/product/station/">电站开发</a><a href="/product/om/">智慧运维</a></div></li>
                <li><a href="/case/">工程案例</a></li>
                <li class="{{NEWSON}}"><a href="/news/">新闻中心</a>
                    <div class="subnav"><a href="/news/qydt/">企业动态</a><a href="/news/hyxw/">行业资讯</a><a href="/news/video/">视频中心</a><a href="/news/mtbd/">媒体报道</a></div></li>
                <li><a href="/investor/">投资者关系</a></li>
                <li><a href="/esg/">可持续发展</a></li>
                <li><a href="/join/">加入我们</a></li>
                <li class="{{CONTACTON}}"><a href="/contact.html">联系我们</a></li>
            </ul>
        </nav>
        <div class="h-right">
            <a href="javascript:;" class="h-search" id="hSearch"><i class="iconfont icon-search"></i></a>
            <a href="https://en.hengyue-energy.com" class="lang">EN</a>
            <span class="hotline"><i class="iconfont icon-tel"></i>400-826-8899</span>
        </div>
        <div class="search-pop" id="searchPop"><form action="/search/" method="get"><input type="text" name="keyword" placeholder="请输入关键词"><button type="submit">搜索</button></form></div>
    </div>
</header>
<div class="inner-banner" style="background-image:url(/uploads/banner/{{BANNER}}.jpg)">
    <div class="container"><div class="txt wow fadeInUp"><h2>{{BANNERCN}}</h2><p>{{BANNEREN}}</p></div></div>
</div>
<div class="sub-nav">
    <div class="container">
        <div class="sub-nav-l">{{SUBNAV}}</div>
        <div class="crumbs"><i class="iconfont icon-home"></i><a href="/">首页</a>{{CRUMBS}}</div>
    </div>
</div>
"""

HY_FOOT = """<footer class="footer">
    <div class="container">
        <div class="f-top">
            <div class="f-logo"><img src="/static/images/logo-white.svg" alt="恒岳新能源"><p>让每一缕阳光都被珍惜</p></div>
            <dl><dt>关于恒岳</dt><dd><a href="/about/">公司简介</a></dd><dd><a href="/about/culture.html">企业文化</a></dd><dd><a href="/about/history.html">发展历程</a></dd><dd><a href="/about/honor.html">荣誉资质</a></dd></dl>
            <dl><dt>产品与解决方案</dt><dd><a href="/product/module/">光伏组件</a></dd><dd><a href="/product/ess/">储能系统</a></dd><dd><a href="/product/station/">电站开发</a></dd><dd><a href="/product/om/">智慧运维</a></dd></dl>
            <dl><dt>新闻中心</dt><dd><a href="/news/qydt/">企业动态</a></dd><dd><a href="/news/hyxw/">行业资讯</a></dd><dd><a href="/news/video/">视频中心</a></dd><dd><a href="/news/mtbd/">媒体报道</a></dd></dl>
            <dl><dt>投资者关系</dt><dd><a href="/investor/notice/">公司公告</a></dd><dd><a href="/investor/report/">定期报告</a></dd><dd><a href="/investor/governance/">公司治理</a></dd></dl>
            <div class="f-contact">
                <p class="tel">400-826-8899</p>
                <p>工作日 8:30-17:30</p>
                <div class="qrcode"><img src="/static/images/qr-wechat.png" alt="官方微信"><span>官方微信</span></div>
                <div class="qrcode"><img src="/static/images/qr-video.png" alt="官方视频号"><span>官方视频号</span></div>
            </div>
        </div>
        <div class="f-bottom">
            <p>Copyright &copy; 2024 恒岳新能源科技股份有限公司 版权所有 &nbsp;<a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">浙ICP备17012345号-1</a> &nbsp;<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33050202000789" target="_blank" rel="nofollow"><img src="/static/images/gongan.png" alt="">浙公网安备 33050202000789号</a></p>
            <p><a href="/legal.html">法律声明</a> | <a href="/privacy.html">隐私政策</a> | <a href="/sitemap.html">网站地图</a></p>
        </div>
    </div>
</footer>
<div class="float-bar">
    <a href="javascript:;" class="fb-kf" onclick="openKf()"><i class="iconfont icon-kefu"></i><span>在线咨询</span></a>
    <a href="javascript:;" class="fb-tel"><i class="iconfont icon-tel"></i><span>400-826-8899</span></a>
    <a href="javascript:;" class="fb-top" id="goTop"><i class="iconfont icon-top"></i></a>
</div>
<script src="/static/js/bootstrap.bundle.min.js"></script>
<script src="/static/js/swiper-bundle.min.js"></script>
<script src="/static/js/wow.min.js"></script>
<script src="/static/js/common.js?v=1.3.2"></script>
<script>
function openKf(){ window.open('https://kefu.hengyue-energy.com/chat?channel=pc','kf','width=800,height=600'); }
new WOW().init();
</script>
</body>
</html>
"""

HY_NEWS_SUBNAV = ('<a href="/news/qydt/"{{Q}}>企业动态</a><a href="/news/hyxw/">行业资讯</a>'
                  '<a href="/news/video/"{{V}}>视频中心</a><a href="/news/mtbd/">媒体报道</a>')

HY1_TITLE = "恒岳新能源与青川州签署200MW光储一体化项目合作协议"
HY1_TEXT = [
    "8月18日，恒岳新能源科技股份有限公司与青川州人民政府举行200MW光储一体化项目合作协议签约仪式。公司董事长赵恒岳、总裁林国庆，青川州政府及发改、自然资源、林草等部门负责人出席签约仪式。",
    "根据协议，项目规划建设200MW光伏电站，配套建设40MW/80MWh储能系统，总投资约9.6亿元，选址位于青川州北部的荒漠化土地。项目建成后，预计年均发电量约3.4亿千瓦时，每年可节约标准煤约10万吨，减少二氧化碳排放约27万吨。",
    "在签约仪式上，赵恒岳表示，青川州光照资源丰富、土地条件优越，发展新能源产业的基础扎实。公司将发挥在高效组件、储能系统集成和智慧运维方面的技术优势，高标准、高质量推进项目建设，力争项目早日并网发电，为当地能源结构转型和经济社会发展贡献力量。",
    "青川州方面表示，将在项目用地、电网接入、审批服务等方面提供全方位保障，并希望双方以此次签约为契机，在光伏组件制造、储能装备、绿电消纳等领域开展更深层次的合作。",
    "值得一提的是，该项目将采用“板上发电、板下修复”的复合开发模式，在光伏阵列下方种植耐旱固沙植物，在发电的同时改善区域生态环境。公司技术团队已与当地林草部门就植被选种和养护方案进行了多轮对接。",
    "近年来，恒岳新能源持续加大在西北地区的布局。截至目前，公司在西北五省区累计建成和在建的新能源电站装机规模已超过1.2GW。此次合作是公司深耕西部市场、推进“源网荷储”一体化发展的又一重要举措。",
]

HY2_TITLE = "零下三十度的除夕夜"
HY2_HEADS = {"寒夜里的“体检”", "一顿迟到的年夜饭", "风停了，人还在"}
HY2_TEXT = [
    "除夕下午四点，内蒙古北部的草原上已经开始起风。恒岳新能源白音塔拉风电场的值班室里，值长郭建伟把最后一份巡检记录归档，抬头看了一眼墙上的温度计：零下三十一度。",
    "这是郭建伟在风电场度过的第六个春节。风电场离最近的镇子有八十多公里，场站里常驻的运维人员只有9个人，负责66台风机的日常运行和维护。“过年用电负荷高，风机一台都不能掉链子。”他说。",
    "寒夜里的“体检”",
    "晚上七点，气温继续下降。监控系统显示，23号风机的偏航电机温度出现异常波动。郭建伟和同事于浩立即穿上厚重的防寒服，带上工具包出发。",
    "从值班室到23号风机有十几公里，越野车在积雪的土路上颠簸了四十多分钟。风机塔筒高约九十米，里面没有暖气，爬到机舱要沿着爬梯一步步往上攀。于浩说，最冷的时候，手套冻得发硬，扳手贴在手上能粘掉一层皮。",
    "排查发现，是一处接线端子因低温收缩出现松动。两人在机舱里忙了一个多小时，重新紧固、测试，确认风机恢复正常后才返回。回到值班室时，春节联欢晚会已经开始了。",
    "除夕夜，运维人员在23号风机机舱内排查故障。",
    "一顿迟到的年夜饭",
    "场站食堂的厨师老杨是当地牧民，年前特意宰了一只羊。手把肉、炸馓子、奶茶，再加上大家从老家带来的腊肠和饺子馅，一张长桌摆得满满当当。",
    "年纪最小的运维员小王是去年刚毕业的大学生，第一次在外过年。他举着手机和家人视频，镜头一转，对准了窗外的风机：“妈，你看，那些亮着红灯的就是我们守着的风机。”",
    "零点钟声响起时，大家一起举杯。郭建伟没喝酒，他还要守夜。他说，过年守在这里的人，心里其实都挺踏实的，“我们多守一夜，千家万户的灯就能多亮一夜。”",
    "风停了，人还在",
    "春节七天，白音塔拉风电场累计发电量1260万千瓦时，设备可利用率保持在99%以上。在公司分布于全国的120多个新能源场站里，还有600多名运维人员和郭建伟他们一样，在岗位上度过了这个春节。",
    "正月初三，天放晴了。阳光照在雪原上，一排排白色风机缓缓转动。郭建伟站在值班室门口看了一会儿，转身又走进了机房。",
]

HY_VIDEOS = [
    ("1688", "储能系统智能制造基地航拍", "02:36", "2023-08-02"),
    ("1671", "恒岳新能源2022年度ESG报告解读", "04:12", "2023-06-30"),
    ("1650", "走进恒岳：一块光伏组件的诞生", "05:48", "2023-05-18"),
    ("1633", "西北某100MW光伏电站并网纪实", "03:20", "2023-04-09"),
    ("1602", "恒岳智慧运维平台功能演示", "06:05", "2023-02-21"),
    ("1587", "2023年新春致辞", "02:58", "2023-01-20"),
    ("1559", "第十五届光伏产业博览会现场直击", "03:47", "2022-11-26"),
    ("1536", "员工微纪录片：风电场的守夜人", "07:32", "2022-10-14"),
]

HY_OFFICES = [
    ("华东区域", "上海市浦东新区张江路1188号恒岳大厦9楼", "021-58896600"),
    ("西北区域", "甘肃省兰州市城关区雁滩路2966号", "0931-8867700"),
    ("华北区域", "北京市朝阳区望京东路8号B座15层", "010-64738800"),
    ("华南区域", "广东省深圳市南山区科技南十路6号", "0755-86339900"),
]


def hy_share(title: str) -> str:
    return f"""        <div class="share-box">
            <span>分享到：</span>
            <a href="javascript:;" class="s-wx" data-qrcode="{attr(title)}" title="微信"><i class="iconfont icon-weixin"></i></a>
            <a href="javascript:;" class="s-wb" onclick="shareTo('weibo')" title="微博"><i class="iconfont icon-weibo"></i></a>
            <a href="javascript:;" class="s-qq" onclick="shareTo('qzone')" title="QQ空间"><i class="iconfont icon-qzone"></i></a>
            <a href="javascript:;" class="s-link" onclick="copyLink()" title="复制链接"><i class="iconfont icon-link"></i></a>
        </div>
        <script src="/static/js/qrcode.min.js"></script>
        <script>
        function shareTo(t){{var u=encodeURIComponent(location.href),ti=encodeURIComponent(document.title);if(t=='weibo'){{window.open('https://service.weibo.com/share/share.php?url='+u+'&title='+ti);}}else{{window.open('https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?url='+u+'&title='+ti);}}}}
        function copyLink(){{navigator.clipboard.writeText(location.href);alert('链接已复制');}}
        </script>
"""


def hy_article(*, title: str, date: str, source: str, views: str, body: str, prev: tuple[str, str], nxt: tuple[str, str],
               related: list[tuple[str, str, str]]) -> str:
    rel = "\n".join(f'                <li><a href="/news/qydt/{i}.html"><span class="t">{esc(t)}</span><span class="d">{d}</span></a></li>'
                    for i, t, d in related)
    return f"""<div class="news-detail">
    <div class="container">
        <div class="nd-head">
            <h1>{esc(title)}</h1>
            <div class="nd-info"><span>发布时间：{date}</span><span>来源：{esc(source)}</span><span>浏览量：<em id="hits">{views}</em></span></div>
        </div>
        <div class="nd-content">
{body}
        </div>
{hy_share(title)}        <div class="nd-page">
            <p class="prev"><span>上一篇：</span><a href="{prev[0]}">{esc(prev[1])}</a></p>
            <p class="next"><span>下一篇：</span><a href="{nxt[0]}">{esc(nxt[1])}</a></p>
            <a href="/news/qydt/" class="back-list">返回列表</a>
        </div>
        <div class="nd-related">
            <h3>相关新闻</h3>
            <ul>
{rel}
            </ul>
        </div>
    </div>
</div>
<script>$.get('/api/hits?id=' + $('#hits').data('id'));</script>
"""


def site_qiye() -> None:
    # --- article 1: 企业动态, plain <p>, source only
    body1 = "\n".join(f"            <p>{esc(p)}</p>" for p in HY1_TEXT[:2])
    body1 += '\n            <p style="text-align:center"><img src="/uploads/news/2023/08/21/64e2c1a8b5f3d.jpg" alt=""></p>\n'
    body1 += "\n".join(f"            <p>{esc(p)}</p>" for p in HY1_TEXT[2:])
    url1 = f"{HY}/news/qydt/1689.html"
    doc1 = fill(HY_HEAD, TITLE=f"{esc(HY1_TITLE)} | 恒岳新能源", KEYWORDS="恒岳新能源,光储一体化,签约,青川州",
                DESCRIPTION=attr(HY1_TEXT[0][:80]), OGTYPE="article", OGTITLE=attr(HY1_TITLE),
                OGIMAGE=f"{HY}/uploads/news/2023/08/21/64e2c1a8b5f3d.jpg", URL=url1, PAGECSS="news",
                NEWSON="active", CONTACTON="", BANNER="news", BANNERCN="新闻中心", BANNEREN="NEWS CENTER",
                SUBNAV=fill(HY_NEWS_SUBNAV, Q=' class="on"', V=""),
                CRUMBS=' &gt; <a href="/news/">新闻中心</a> &gt; <a href="/news/qydt/">企业动态</a>') + hy_article(
        title=HY1_TITLE, date="2023-08-21", source="恒岳新能源品牌中心", views="2316", body=body1,
        prev=("/news/qydt/1693.html", "恒岳新能源荣获“2023年度光伏行业领军企业”称号"),
        nxt=("/news/qydt/1684.html", "公司2023年半年度业绩说明会顺利召开"),
        related=[("1684", "公司2023年半年度业绩说明会顺利召开", "2023-08-15"),
                 ("1662", "恒岳新能源西北储能系统集成基地开工", "2023-06-12"),
                 ("1640", "恒岳新能源参与省级电网储能调峰示范项目", "2023-04-27")]) + HY_FOOT
    page("e-qiye-1", doc1, encoding="utf-8", url=url1, charset="utf-8",
         title=HY1_TITLE, author="", published="2023-08-21", text=HY1_TEXT)

    # --- article 2: 员工故事 pasted from the WeChat account (135editor <section>s), 文/ byline in the body
    parts = ['<section style="margin:0 8px;"><p style="text-align:left;font-size:14px;color:#888888;"><span>文/运维中心 马骁</span></p>',
             '<p style="text-align:left;font-size:14px;color:#888888;"><span>图/马骁 冯一鸣</span></p></section>']
    for p in HY2_TEXT:
        if p in HY2_HEADS:
            parts.append(f'<section style="margin:24px 8px 12px;border-left:4px solid #1a6fd8;padding-left:10px;"><p><strong><span style="font-size:17px;color:#1a6fd8;">{esc(p)}</span></strong></p></section>')
        elif p == HY2_TEXT[6]:
            parts.append('<section style="margin:10px 0;text-align:center;"><img src="/uploads/news/2024/02/15/65cd8e0f1a2b3.jpg" style="width:100%;" data-ratio="0.66"></section>')
            parts.append(f'<section style="text-align:center;"><p style="font-size:13px;color:#999999;"><span>{esc(p)}</span></p></section>')
        else:
            parts.append(f'<section style="margin:0 8px;"><p style="line-height:1.75;letter-spacing:1px;font-size:15px;"><span>{esc(p)}</span></p></section>')
    parts.append('<section style="margin-top:20px;"><p style="font-size:13px;color:#888888;">编辑：许言　审核：周岚</p></section>')
    url2 = f"{HY}/news/qydt/1721.html"
    doc2 = fill(HY_HEAD, TITLE=f"{HY2_TITLE} | 恒岳新能源", KEYWORDS="恒岳新能源,风电场,春节,运维",
                DESCRIPTION=attr(HY2_TEXT[0][:70]), OGTYPE="article", OGTITLE=HY2_TITLE,
                OGIMAGE=f"{HY}/uploads/news/2024/02/15/65cd8e0f1a2b3.jpg", URL=url2, PAGECSS="news",
                NEWSON="active", CONTACTON="", BANNER="news", BANNERCN="新闻中心", BANNEREN="NEWS CENTER",
                SUBNAV=fill(HY_NEWS_SUBNAV, Q=' class="on"', V=""),
                CRUMBS=' &gt; <a href="/news/">新闻中心</a> &gt; <a href="/news/qydt/">企业动态</a>') + hy_article(
        title=HY2_TITLE, date="2024-02-15", source="恒岳新能源微信公众号", views="1187",
        body="\n".join("            " + x for x in parts),
        prev=("/news/qydt/1725.html", "公司召开2024年度经营工作会议"),
        nxt=("/news/qydt/1716.html", "恒岳新能源开展春节前安全生产大检查"),
        related=[("1716", "恒岳新能源开展春节前安全生产大检查", "2024-02-05"),
                 ("1536", "员工微纪录片：风电场的守夜人", "2022-10-14")]) + HY_FOOT
    page("e-qiye-2", doc2, encoding="utf-8", url=url2, charset="",
         title=HY2_TITLE, author="马骁", published="2024-02-15", text=HY2_TEXT)

    # --- listing 3: 视频 page (player, two-sentence description, related videos)
    rel = "\n".join(f"""                <li>
                    <a href="/news/video/{i}.html">
                        <div class="pic"><img src="/uploads/video/cover/{i}.jpg" alt="{attr(t)}"><span class="dur">{dur}</span><i class="play"></i></div>
                        <p class="t">{esc(t)}</p>
                        <p class="d">{d}</p>
                    </a>
                </li>""" for i, t, dur, d in HY_VIDEOS)
    url3 = f"{HY}/news/video/1702.html"
    body3 = f"""<div class="video-detail">
    <div class="container">
        <div class="vd-main">
            <div class="vd-player" id="vdPlayer">
                <video id="video1" controls preload="none" poster="/uploads/video/cover/1702.jpg" width="100%" playsinline webkit-playsinline x5-video-player-type="h5">
                    <source src="https://video.hengyue-energy.com/2023/0912/hengyue-brand-2023.mp4" type="video/mp4">
                    您的浏览器不支持视频播放，请升级浏览器。
                </video>
            </div>
            <div class="vd-info">
                <h1>恒岳新能源2023品牌宣传片《追光》</h1>
                <div class="vd-meta"><span>发布时间：2023-09-12</span><span>时长：04:58</span><span>播放：<em>8,642</em>次</span></div>
                <div class="vd-desc">
                    <p>从第一块电池片下线，到遍布全国的新能源电站，恒岳人用十五年时间把阳光和风变成了千家万户的光与热。本片记录了公司在研发、制造和运维一线的真实场景，献给每一位与恒岳同行的伙伴。</p>
                </div>
{hy_share("恒岳新能源2023品牌宣传片《追光》")}            </div>
        </div>
        <div class="vd-related">
            <h3>相关视频</h3>
            <ul class="video-list">
{rel}
            </ul>
        </div>
    </div>
</div>
"""
    doc3 = fill(HY_HEAD, TITLE="恒岳新能源2023品牌宣传片《追光》 | 视频中心 | 恒岳新能源", KEYWORDS="恒岳新能源,宣传片,视频",
                DESCRIPTION="恒岳新能源2023品牌宣传片《追光》", OGTYPE="video.other", OGTITLE="恒岳新能源2023品牌宣传片《追光》",
                OGIMAGE=f"{HY}/uploads/video/cover/1702.jpg", URL=url3, PAGECSS="video",
                NEWSON="active", CONTACTON="", BANNER="news", BANNERCN="新闻中心", BANNEREN="NEWS CENTER",
                SUBNAV=fill(HY_NEWS_SUBNAV, Q="", V=' class="on"'),
                CRUMBS=' &gt; <a href="/news/">新闻中心</a> &gt; <a href="/news/video/">视频中心</a>') + body3 + HY_FOOT
    page("e-qiye-3", doc3, encoding="utf-8", url=url3, charset="utf-8", listing=True)

    # --- listing 4: 联系我们 (address, phones, map, message form)
    offices = "\n".join(f"""                <div class="col-md-3 col-6"><div class="office"><h4>{n}</h4><p>{esc(a)}</p><p>电话：{t}</p></div></div>""" for n, a, t in HY_OFFICES)
    url4 = f"{HY}/contact.html"
    body4 = f"""<div class="contact-page">
    <div class="container">
        <div class="ct-head"><h2>联系我们</h2><p>CONTACT US</p></div>
        <div class="row ct-main">
            <div class="col-md-5">
                <div class="ct-info">
                    <h3>恒岳新能源科技股份有限公司</h3>
                    <ul>
                        <li><i class="iconfont icon-addr"></i><span>总部地址：</span>浙江省湖州市南太湖新区恒岳路8号</li>
                        <li><i class="iconfont icon-post"></i><span>邮政编码：</span>313000</li>
                        <li><i class="iconfont icon-tel"></i><span>服务热线：</span>400-826-8899</li>
                        <li><i class="iconfont icon-phone"></i><span>总机：</span>0572-2219000</li>
                        <li><i class="iconfont icon-fax"></i><span>传真：</span>0572-2219001</li>
                        <li><i class="iconfont icon-mail"></i><span>商务合作：</span>bd@hengyue-energy.com</li>
                        <li><i class="iconfont icon-mail"></i><span>投资者关系：</span>ir@hengyue-energy.com</li>
                        <li><i class="iconfont icon-mail"></i><span>招聘邮箱：</span>hr@hengyue-energy.com</li>
                    </ul>
                </div>
            </div>
            <div class="col-md-7">
                <div class="ct-map" id="allmap" style="width:100%;height:400px;"></div>
            </div>
        </div>
        <div class="ct-offices">
            <h3>区域分支机构</h3>
            <div class="row">
{offices}
            </div>
        </div>
        <div class="ct-form">
            <h3>在线留言</h3>
            <form id="msgForm" action="/api/message" method="post">
                <div class="row">
                    <div class="col-md-4"><input type="text" name="name" placeholder="您的姓名 *" required></div>
                    <div class="col-md-4"><input type="tel" name="phone" placeholder="联系电话 *" required></div>
                    <div class="col-md-4"><input type="email" name="email" placeholder="电子邮箱"></div>
                    <div class="col-md-12"><textarea name="content" rows="5" placeholder="请输入您的需求或建议"></textarea></div>
                    <div class="col-md-12"><label><input type="checkbox" name="agree" checked> 我已阅读并同意<a href="/privacy.html" target="_blank">《隐私政策》</a></label></div>
                    <div class="col-md-12"><button type="submit" class="btn-submit">提交留言</button></div>
                </div>
            </form>
        </div>
    </div>
</div>
<script type="text/javascript" src="https://api.map.baidu.com/api?v=3.0&ak=hYx7Qm2Lk9Pz4Rt8Wv1Bn6Cs3Df5Ga0E"></script>
<script type="text/javascript">
var map = new BMap.Map("allmap");
var point = new BMap.Point(120.0868, 30.8942);
map.centerAndZoom(point, 15);
map.enableScrollWheelZoom(true);
var marker = new BMap.Marker(point);
map.addOverlay(marker);
var infoWindow = new BMap.InfoWindow("地址：浙江省湖州市南太湖新区恒岳路8号", {{title: "恒岳新能源科技股份有限公司"}});
marker.addEventListener("click", function(){{ map.openInfoWindow(infoWindow, point); }});
</script>
""".replace("{{", "{").replace("}}", "}")
    doc4 = fill(HY_HEAD, TITLE="联系我们 | 恒岳新能源", KEYWORDS="恒岳新能源,联系方式,地址,电话",
                DESCRIPTION="恒岳新能源科技股份有限公司联系方式：总部地址、服务热线、区域分支机构。", OGTYPE="website",
                OGTITLE="联系我们", OGIMAGE=f"{HY}/static/images/share-logo.png", URL=url4, PAGECSS="contact",
                NEWSON="", CONTACTON="active", BANNER="contact", BANNERCN="联系我们", BANNEREN="CONTACT US",
                SUBNAV='<a href="/contact.html" class="on">联系方式</a><a href="/join/">人才招聘</a>',
                CRUMBS=' &gt; <a href="/contact.html">联系我们</a>') + body4 + HY_FOOT
    page("e-qiye-4", doc4, encoding="utf-8", url=url4, charset="", listing=True)


# ---------------------------------------------------------------------------------------
# e-wenxue: 《溪山》文学月刊 online edition, an old ASP site, GBK.
# ---------------------------------------------------------------------------------------

XS = "http://www.xishanwx.com"

XS_HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{{TITLE}}</title>
<meta name="keywords" content="溪山,溪山文学,文学月刊,散文,小说,诗歌,{{KEYWORDS}}" />
<meta name="description" content="《溪山》文学月刊官方网站：在线阅读、往期目录、投稿须知、订阅指南。" />
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<link href="/css/read.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/common.js"></script>
<script type="text/javascript">
function fontZoom(size){ document.getElementById('artBody').style.fontSize = size + 'px'; }
</script>
</head>
<body>
<div id="topbar">
  <div class="w980">
    <span class="lf">欢迎光临溪山文学网！今天是：<script type="text/javascript">showDate();</script></span>
    <span class="rt">{{USERBAR}} | <a href="/dy/">订阅本刊</a> | <a href="javascript:void(0)" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.xishanwx.com');">设为首页</a></span>
  </div>
</div>
<div id="header" class="w980">
  <div class="logo"><a href="/"><img src="/images/logo.gif" width="300" height="80" alt="溪山文学" border="0" /></a></div>
  <div class="hd-ad"><a href="/hd/show.asp?id=88" target="_blank"><img src="/images/ad/xswxj2023.gif" width="640" height="80" alt="第三届溪山文学奖征文启事" border="0" /></a></div>
</div>
<div id="nav" class="w980">
  <ul>
    <li><a href="/">首 页</a></li>
    <li><a href="/bkdt/">本刊动态</a></li>
    <li><a href="/zxyd/" class="cur">在线阅读</a></li>
    <li><a href="/wqml/">往期目录</a></li>
    <li><a href="/zjzp/">作家作品</a></li>
    <li><a href="/czt/">创作谈</a></li>
    <li><a href="/wxhd/">文学活动</a></li>
    <li><a href="/tgxz/">投稿须知</a></li>
    <li><a href="/dy/">订阅指南</a></li>
    <li><a href="/gy/">关于我们</a></li>
  </ul>
</div>
<div id="main" class="w980">
  <div id="left">
    <div class="box cover">
      <h3>本期封面</h3>
      <a href="/wqml/2023-04.asp"><img src="/upload/cover/202304.jpg" width="180" height="250" alt="《溪山》2023年第4期" border="0" /></a>
      <p>《溪山》2023年第4期</p>
    </div>
    <div class="box mulu">
      <h3>本期目录</h3>
      <dl><dt>【小说】</dt>
        <dd><a href="/zxyd/show.asp?id=3121">河湾的春天（中篇）</a> <span>周启明</span></dd>
        <dd><a href="/zxyd/show.asp?id=3122">修表匠</a> <span>韩露</span></dd>
        <dd><a href="/zxyd/show.asp?id=3123">雨落在铁皮屋顶上</a> <span>方远</span></dd></dl>
      <dl><dt>【散文】</dt>
        <dd><a href="/zxyd/show.asp?id=3127">外婆的腌菜坛子</a> <span>林秋禾</span></dd>
        <dd><a href="/zxyd/show.asp?id=3128">山中记</a> <span>吕清源</span></dd></dl>
      <dl><dt>【诗歌】</dt>
        <dd><a href="/zxyd/show.asp?id=3130">春分（组诗）</a> <span>向晚</span></dd>
        <dd><a href="/zxyd/show.asp?id=3131">在渡口</a> <span>杜若</span></dd></dl>
      <dl><dt>【评论】</dt>
        <dd><a href="/zxyd/show.asp?id=3133">乡土书写的新可能</a> <span>陈默</span></dd></dl>
    </div>
    <div class="box dy">
      <h3>订阅信息</h3>
      <p>邮发代号：26-118</p>
      <p>定价：每期15元，全年180元</p>
      <p>订阅电话：0551-62813370</p>
    </div>
  </div>
  <div id="right">
    <div class="position">您现在的位置：<a href="/">首页</a> &gt;&gt; {{CRUMBS}}</div>
"""

XS_FOOT = """  </div>
</div>
<div id="footer" class="w980">
  <p><a href="/gy/">关于我们</a> | <a href="/tgxz/">投稿须知</a> | <a href="/dy/">订阅指南</a> | <a href="/gy/lxwm.asp">联系我们</a> | <a href="/gy/bqsm.asp">版权声明</a></p>
  <p>《溪山》文学月刊社 版权所有 &nbsp;地址：溪山市文化路12号文联大楼4楼 &nbsp;邮编：230061</p>
  <p>投稿邮箱：xishanwx@126.com &nbsp;编辑部电话：0551-62813366 &nbsp;国内统一连续出版物号：CN 34-1290/I</p>
  <p><a href="https://beian.miit.gov.cn/" target="_blank">皖ICP备08004567号</a> &nbsp;本站所刊作品版权归原作者及本刊所有，未经书面许可不得转载</p>
</div>
<script type="text/javascript" src="/js/tongji.js"></script>
</body>
</html>
"""


XS1_TITLE = "外婆的腌菜坛子"
XS1_TEXT = [
    "外婆家的灶屋角落里，常年摆着三只腌菜坛子。坛子是粗陶的，肚子圆鼓鼓的，釉色一半褐一半黄，像是烧窑的时候火候没匀开。坛口有一圈水槽，扣着一只倒过来的碗，槽里的水要天天添。外婆说，这叫“封口”，水干了，坛子就要“漏气”，菜就酸得不对了。",
    "我小时候不明白菜怎么会“酸得不对”。酸就是酸，还有对错吗？外婆不解释，只是每天早上起来，先去灶屋看一眼坛子，用葫芦瓢舀一点井水，沿着碗边慢慢倒进去。那动作很轻，像是怕吵醒了谁。",
    "三只坛子各有分工。最大的那只腌芥菜，中间那只泡豆角和辣椒，最小的那只专门腌萝卜条，是留给我的零嘴。萝卜条切得细细的，拌上辣椒粉和一点白糖，放学回来抓一把，酸甜辣脆，能一直嚼到吃晚饭。",
    "腌菜的日子多半在深秋。地里的芥菜长到齐膝高，叶子肥厚，边缘泛着紫。外婆带着我去菜园，一棵一棵连根拔起，抖掉泥，码在竹筐里。回来后要先晒，晒到叶子发软、菜梗能弯成一个圈而不断，才算好。那几天，院子里的竹竿上、矮墙上、柴垛上，到处挂满了芥菜，风一吹，满院子都是青涩的草气。",
    "晒好的菜要洗、要切、要揉。外婆坐在小板凳上，面前一只大木盆，手里一把盐，一把一把地撒，一遍一遍地揉。她的手背上青筋凸起，指节粗大，揉菜的时候却很有耐心，仿佛在给婴儿洗澡。揉出的菜汁绿莹莹的，带着一股辛辣，熏得我直揉眼睛。外婆就笑，说这是菜在“哭”，哭过了，才能入味。",
    "入坛是最要紧的一步。菜要一层一层地压实，压到没有一点缝隙，最上面再盖一层干稻草，用竹片卡住。外婆压菜的时候总要我帮忙，让我站在小凳上，用拳头往下捣。“使劲，再使劲。”她在旁边说，“菜压不实，里面有了空气，就要烂。”我捣得满头大汗，她才点点头，把碗扣上，往槽里添水。",
    "那之后，就是等。",
    "坛子在灶屋的角落里静静地待着，一待就是一个冬天。灶膛里的火一天天地烧，烟一天天地熏，坛子的肚皮越来越黑。有时候夜里起来，我能听见坛口的水槽里“咕”的一声，冒出一个气泡。外婆说，那是菜在“说话”，说明它们活着呢。",
    "有一年开春，坛子出了岔子。那几天连着下雨，灶屋里潮得厉害，外婆又病了几天，槽里的水干了也没人添。等她病好了去看，揭开碗，一股怪味扑出来，最上面一层菜已经发黑。",
    "外婆没说话，把坏掉的菜一把一把掏出来，倒进猪食桶里。掏到底下，剩下的菜倒还好好的，只是颜色暗了些。她尝了一口，皱了皱眉，说：“酸得不对了。”那时我只记住了外婆皱眉的样子，并没有真正懂得这句话。",
    "开坛的时候往往已经是年根了。外婆揭开碗，拨开稻草，一股酸香猛地冲出来，直往鼻子里钻。腌好的菜变成了金黄色，捞出来切碎，用猪油一炒，撒一把干辣椒，就是一碗下饭的好菜。那一年的年夜饭，桌上有鸡有鱼，可我最惦记的，还是那碗炒腌菜。",
    "外婆的腌菜不光自家吃。开坛那几天，她总要装上几碗，让我挨家挨户送给左邻右舍。隔壁的王奶奶牙口不好，外婆就把给她的那一份切得格外碎；村口的五保户李爷爷一个人过年，外婆会多放一勺猪油。送完回来，我的衣兜里常常装满了邻居们塞的花生和糖。",
    "那时候我以为，腌菜坛子会一直摆在灶屋的角落里，就像外婆会一直坐在那张小板凳上一样。",
    "后来我去城里读书、工作，离外婆家越来越远。超市里也能买到真空包装的酸菜，颜色鲜亮，味道齐整，却总觉得少了点什么。有一年冬天，外婆托人捎来一罐腌菜，用旧报纸裹了好几层。我打开时，那股熟悉的酸香一下子涌出来，我站在出租屋的厨房里，忽然就红了眼眶。",
    "工作以后，我搬过好几次家，每次都想在新的厨房里找一个角落，有一天也摆上一只坛子，可一直没有动手。城里的房子没有灶屋，阳台上晒不了几棵菜，下班回来累得只想点外卖。腌菜这件事，好像离我的生活越来越远了。",
    "外婆是前年冬天走的。收拾老屋的时候，舅舅问我想要点什么留个念想。我指了指灶屋角落里那只最小的坛子。坛子已经空了，槽里的水也早干了，碗边结着一圈白色的水渍。",
    "我把它带回了城里，放在阳台上。去年秋天，我学着外婆的样子，买了几棵芥菜，晒、洗、揉、压，最后扣上碗，往槽里添了水。一个冬天过去，开坛的时候，味道到底不一样——盐放多了，菜也没压实，有几片已经发软。",
    "可我还是把它炒了，撒了一把干辣椒。吃第一口的时候，我好像终于明白了外婆说的“酸得不对”是什么意思。菜的味道里，藏着压菜的人用了多少力气、等了多少日子，少一分都不行。",
    "坛子还在阳台上。每天早上，我都会去看一眼，往槽里添一点水。",
]

XS2_TITLE = "在小镇的褶皱里写作"
XS2_TEXT = [
    "——关于短篇小说《夜渡》",
    "《夜渡》的最初念头，来自十几年前的一次夜行。那年我在县城的中学教书，周末回乡下老家，错过了末班车，只好沿着河堤走到渡口。渡船已经停了，艄公住在岸边的小屋里，窗户透出一点昏黄的光。我站在岸上喊了几声，门开了，一个瘦小的老人披着棉袄出来，什么也没问，解开缆绳就把我送过了河。",
    "船到对岸，我要给他钱，他摆摆手，说夜里不收钱。我问为什么，他说，夜里过河的人，都是有急事的。",
    "这句话我记了很多年。",
    "后来渡口修了桥，艄公不知去向，老屋也拆了。我一直想写点什么，却迟迟找不到下笔的地方。直到前年，我回老家参加一个远房亲戚的葬礼，夜里坐在灵堂外面，听几个老人聊起从前渡口的事，才忽然意识到，那个艄公身上承载的，不只是一段个人记忆，而是一个小镇曾经的夜晚——那时候的夜晚是真正的黑，人和人之间靠着一盏灯、一声喊，就能建立起信任。",
    "小说里的老秦，就是从那个艄公生发出来的。但我没有把他写成一个完美的好人。他脾气古怪，跟儿子多年不说话，对镇上的变化充满抵触。我想写的是一个普通人在时代挪动时的笨拙与固执，以及这种固执里藏着的某种尊严。",
    "写作过程中，最难的是结尾。初稿里，我让老秦在大桥通车那天最后一次摆渡，送一个夜归的孕妇过河。写完以后觉得太满了，像是刻意要给读者一个感动的理由。改了七八稿，最后只留下一个很淡的场景：桥上灯火通明，老秦坐在船头抽烟，河面上什么也没有。",
    "有朋友说这个结尾太冷。我倒觉得，冷一点，才对得起那些真实存在过、又悄无声息消失的东西。",
    "我生活的小镇并不特别，它和中国千千万万个小镇一样，正在变得越来越相像。但每个小镇都有自己的褶皱，藏在渡口、老街、祠堂和一些人的记忆里。写作对我来说，就是把这些褶皱一点点抚开，看看里面还留着什么。",
    "感谢《溪山》的编辑老师，在小说修改过程中给了我很多中肯的意见。也感谢每一位读到这篇小说的读者，愿你们在某个夜晚，也遇见一条愿意为你解开缆绳的船。",
]

XS_COMMENTS = [
    ("青柠微凉", "2023-05-06 21:14", "读到“菜在哭”那里，想起我奶奶也这么说过。原来不同地方的老人，说的话竟然这么像。", 12),
    ("老梁头", "2023-05-06 22:40", "文章写得朴素，没有一句煽情的话，却让人鼻子发酸。好散文大概就是这样。", 9),
    ("北方的雪", "2023-05-07 08:03", "我们东北也腌酸菜，不过是大白菜，用大缸。看到扣碗加水那段，才知道南方的坛子是这样封口的，长见识了。", 15),
    ("一棵树", "2023-05-07 10:26", "结尾那句添水，比任何议论都有力量。", 21),
    ("阿紫", "2023-05-07 13:58", "作者能不能出个散文集？在《溪山》上读过她好几篇写外婆的文章，每一篇都舍不得读完。", 7),
    ("读书人甲", "2023-05-08 09:11", "前文说外婆不解释，后文又写终于明白了“酸得不对”是什么意思。这个呼应挺巧妙，不知道是不是有意为之。", 4),
    ("溪边人", "2023-05-08 19:45", "我是作者的老乡，文中写的芥菜就是我们那儿的“高脚青”，晒菜的场景一模一样。", 6),
    ("晚风", "2023-05-09 07:52", "在地铁上读完的，差点没忍住。", 3),
    ("木子李", "2023-05-10 23:17", "想起小时候偷吃坛子里的腌菜，被外婆追着打。现在想被追都没人追了。", 11),
    ("溪山编辑部", "2023-05-11 16:30", "感谢各位读者的留言！林秋禾的新作将刊发于本刊2023年第7期，敬请关注。", 5),
]


def xs_article(*, title: str, info: str, body: str, after: str) -> str:
    return f"""    <div class="artTitle"><h1>{esc(title)}</h1></div>
    <div class="artInfo">{info}</div>
    <div class="artTool">字体：<a href="javascript:fontZoom(18)">大</a> <a href="javascript:fontZoom(16)">中</a> <a href="javascript:fontZoom(14)">小</a> &nbsp; <a href="javascript:window.print()">打印</a> &nbsp; <a href="javascript:window.external.AddFavorite(location.href,document.title)">收藏</a></div>
    <div class="artBody" id="artBody">
{body}
    </div>
{after}"""


def site_wenxue() -> None:
    userbar = '<a href="/user/login.asp">会员登录</a> | <a href="/user/reg.asp">免费注册</a>'
    # --- article 1: 散文 in an issue; <title> is only the site name; the page shows the issue, not a day
    body1 = "\n".join(f"<p>　　{esc(p)}</p>" for p in XS1_TEXT)
    after1 = """    <div class="artEnd">（原载《溪山》2023年第4期 &nbsp;责任编辑：苏晴）</div>
    <div class="authorBox">
      <h4>作者简介</h4>
      <p><img src="/upload/author/linqiuhe.jpg" width="80" height="100" align="left" alt="林秋禾" />林秋禾，1986年生，安徽歙县人，中学语文教师。作品散见于《溪山》《散文选刊》等刊物，著有散文集《灶火》。</p>
    </div>
    <div class="artNav">
      <p>上一篇：<a href="/zxyd/show.asp?id=3123">雨落在铁皮屋顶上</a></p>
      <p>下一篇：<a href="/zxyd/show.asp?id=3128">山中记</a></p>
    </div>
    <div class="artComment">
      <h4>读者评论 <span>（共38条）</span> <a href="/comment.asp?id=3127">查看全部评论&gt;&gt;</a></h4>
      <ul>
        <li><b>风吹麦浪</b> <span>2023-05-03 20:16</span><p>看完给我妈打了个电话，问她还会不会腌菜。</p></li>
        <li><b>梧桐雨</b> <span>2023-05-04 11:02</span><p>“菜的味道里，藏着压菜的人用了多少力气”，写得真好。</p></li>
      </ul>
      <div class="cmtForm">请先 <a href="/user/login.asp">登录</a> 后发表评论</div>
    </div>
"""
    doc1 = fill(XS_HEAD, TITLE="溪山文学网", KEYWORDS="外婆的腌菜坛子,林秋禾,散文", USERBAR=userbar,
                CRUMBS='<a href="/zxyd/">在线阅读</a> &gt;&gt; <a href="/wqml/2023-04.asp">2023年第4期</a> &gt;&gt; 散文') + xs_article(
        title=XS1_TITLE,
        info='作者：<a href="/zjzp/author.asp?name=%C1%D6%C7%EF%BA%CC">林秋禾</a>　　栏目：散文　　刊期：2023年04月号　　阅读：<span id="hits">1862</span> 次',
        body=body1, after=after1) + XS_FOOT
    page("e-wenxue-1", doc1, encoding="gbk", url=f"{XS}/zxyd/show.asp?id=3127", charset="",
         title=XS1_TITLE, author="林秋禾", published="2023-04", text=XS1_TEXT)

    # --- article 2: 创作谈 with a ——subtitle inside the body, a posting date
    body2 = f'<p align="center"><strong>{esc(XS2_TEXT[0])}</strong></p>\n' + "\n".join(f"<p>　　{esc(p)}</p>" for p in XS2_TEXT[1:])
    after2 = """    <div class="artEnd">（本文为短篇小说《夜渡》创作谈，小说刊于《溪山》2022年第9期 &nbsp;责任编辑：何远）</div>
    <div class="artNav">
      <p>上一篇：<a href="/czt/show.asp?id=2979">写诗是一种慢</a></p>
      <p>下一篇：<a href="/czt/show.asp?id=2990">我为什么一直写县城</a></p>
    </div>
    <div class="related">
      <h4>相关阅读</h4>
      <ul>
        <li><a href="/zxyd/show.asp?id=3140">夜渡（短篇小说）</a> <span>曹远舟</span></li>
        <li><a href="/zjzp/author.asp?name=%B2%DC%D4%B6%D6%DB">曹远舟作品集</a></li>
      </ul>
    </div>
"""
    doc2 = fill(XS_HEAD, TITLE=f"{XS2_TITLE} - 溪山·创作谈", KEYWORDS="夜渡,曹远舟,创作谈", USERBAR=userbar,
                CRUMBS='<a href="/czt/">创作谈</a>') + xs_article(
        title=XS2_TITLE,
        info='作者：<a href="/zjzp/author.asp?name=%B2%DC%D4%B6%D6%DB">曹远舟</a>　　栏目：创作谈　　发布时间：2022-09-08　　阅读：<span id="hits">734</span> 次',
        body=body2, after=after2) + XS_FOOT
    page("e-wenxue-2", doc2, encoding="gbk", url=f"{XS}/czt/show.asp?id=2984", charset="GBK",
         title=XS2_TITLE, author="曹远舟", published="2022-09-08", text=XS2_TEXT)

    # --- listing 3: members-only story, only its first sentence visible
    locked = """    <div class="artTitle"><h1>夜渡（短篇小说）</h1></div>
    <div class="artInfo">作者：<a href="/zjzp/author.asp?name=%B2%DC%D4%B6%D6%DB">曹远舟</a>　　栏目：小说　　刊期：2022年09月号　　阅读：<span id="hits">2208</span> 次</div>
    <div class="artBody" id="artBody">
<p>　　入冬以后，老秦的渡船每天只在早晚各摆两趟。</p>
    </div>
    <div class="lockBox">
      <div class="lockIcon"><img src="/images/lock.png" width="48" height="48" alt="" /></div>
      <h4>本文需登录后查看</h4>
      <p>本刊电子版全文仅向注册会员开放，请 <a href="/user/login.asp?from=%2Fzxyd%2Fshow.asp%3Fid%3D3140">登录</a> 或 <a href="/user/reg.asp">免费注册</a> 后继续阅读。</p>
      <p>已订阅纸质刊物的读者，可凭订阅单号在“会员中心”绑定账户，免费阅读当年全部作品。</p>
      <form action="/user/chklogin.asp" method="post" class="quickLogin">
        用户名：<input type="text" name="username" size="14" /> 密码：<input type="password" name="password" size="14" />
        <input type="hidden" name="from" value="/zxyd/show.asp?id=3140" /><input type="submit" value="登 录" class="btn" />
      </form>
    </div>
    <div class="artNav">
      <p>上一篇：<a href="/zxyd/show.asp?id=3139">第九期卷首语：秋水长</a></p>
      <p>下一篇：<a href="/zxyd/show.asp?id=3141">磨刀人</a></p>
    </div>
"""
    doc3 = fill(XS_HEAD, TITLE="夜渡（短篇小说） - 溪山文学网", KEYWORDS="夜渡,曹远舟,短篇小说", USERBAR=userbar,
                CRUMBS='<a href="/zxyd/">在线阅读</a> &gt;&gt; <a href="/wqml/2022-09.asp">2022年第9期</a> &gt;&gt; 小说') + locked + XS_FOOT
    page("e-wenxue-3", doc3, encoding="gbk", url=f"{XS}/zxyd/show.asp?id=3140", charset="", listing=True)

    # --- listing 4: page 2 of the comments on article 1
    cmts = "\n".join(f"""      <div class="cmtItem">
        <div class="cmtHead"><span class="floor">{11 + i}楼</span><b class="user">{esc(u)}</b><span class="time">{t}</span></div>
        <div class="cmtText">{esc(c)}</div>
        <div class="cmtAct"><a href="javascript:digg({4410 + i},1)">支持(<em>{up}</em>)</a> <a href="javascript:digg({4410 + i},0)">反对(<em>0</em>)</a> <a href="javascript:reply({4410 + i})">回复</a></div>
      </div>""" for i, (u, t, c, up) in enumerate(XS_COMMENTS))
    body4 = f"""    <div class="cmtTop">
      <h2>读者评论</h2>
      <p>评论文章：<a href="/zxyd/show.asp?id=3127">外婆的腌菜坛子</a>　作者：林秋禾　共 <b>38</b> 条评论</p>
    </div>
    <div class="cmtList">
{cmts}
    </div>
    <div class="pager">共38条 &nbsp;<a href="/comment.asp?id=3127&amp;page=1">首页</a> <a href="/comment.asp?id=3127&amp;page=1">上一页</a> <a href="/comment.asp?id=3127&amp;page=1">1</a> <b>2</b> <a href="/comment.asp?id=3127&amp;page=3">3</a> <a href="/comment.asp?id=3127&amp;page=4">4</a> <a href="/comment.asp?id=3127&amp;page=3">下一页</a> <a href="/comment.asp?id=3127&amp;page=4">尾页</a></div>
    <div class="cmtForm">
      <h4>发表评论</h4>
      <p>请先 <a href="/user/login.asp">登录</a> 后发表评论。评论须遵守国家法律法规，文明发言，本站有权删除违规评论。</p>
    </div>
"""
    doc4 = fill(XS_HEAD, TITLE="读者评论：外婆的腌菜坛子 - 溪山文学网", KEYWORDS="读者评论", USERBAR=userbar,
                CRUMBS='<a href="/zxyd/">在线阅读</a> &gt;&gt; 读者评论') + body4 + XS_FOOT
    page("e-wenxue-4", doc4, encoding="gbk", url=f"{XS}/comment.asp?id=3127&page=2", charset="GBK", listing=True)


# ---------------------------------------------------------------------------------------
# e-rongmei: 云岭县融媒体中心 (app 爱云岭), a mobile-first county media site, UTF-8.
# ---------------------------------------------------------------------------------------

YL = "http://www.ylxrmt.cn"

YL_HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
{{CHARSETMETA}}<meta name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no,viewport-fit=cover">
<meta name="format-detection" content="telephone=no">
<meta name="apple-mobile-web-app-capable" content="yes">
<meta name="apple-mobile-web-app-status-bar-style" content="black">
<title>{{TITLE}}</title>
<meta name="keywords" content="{{KEYWORDS}}">
<meta name="description" content="{{DESCRIPTION}}">
{{EXTRAMETA}}<link rel="apple-touch-icon" href="/static/img/app-icon-180.png">
<link rel="stylesheet" href="/static/css/swiper-4.5.min.css">
<link rel="stylesheet" href="/static/css/m-base.css?v=20231102">
<link rel="stylesheet" href="/static/css/{{PAGECSS}}.css?v=20231102">
<script>
(function(doc,win){var docEl=doc.documentElement,resizeEvt='orientationchange' in window?'orientationchange':'resize',recalc=function(){var w=docEl.clientWidth;if(!w)return;docEl.style.fontSize=(w>750?200:100*(w/375))+'px';};if(!doc.addEventListener)return;win.addEventListener(resizeEvt,recalc,false);doc.addEventListener('DOMContentLoaded',recalc,false);})(document,window);
</script>
<script src="https://res.wx.qq.com/open/js/jweixin-1.6.0.js"></script>
</head>
<body class="{{BODYCLASS}}">
<div class="open-app" id="openApp">
    <img class="oa-logo" src="/static/img/app-icon-180.png" alt="">
    <div class="oa-txt"><b>爱云岭</b><span>打开APP，看更多云岭新闻</span></div>
    <a class="oa-btn" href="https://a.app.qq.com/o/simple.jsp?pkgname=cn.ylxrmt.aiyunling">打开</a>
    <a class="oa-close" href="javascript:;" onclick="this.parentNode.style.display='none'">&times;</a>
</div>
<header class="m-header">
    {{BACK}}<a class="logo" href="/"><img src="/static/img/logo-m.png" alt="云岭融媒"></a>
    <a class="h-search" href="/search/"><i class="icon-search"></i></a>
    <a class="h-menu" href="javascript:;" id="menuBtn"><i class="icon-menu"></i></a>
</header>
<nav class="m-nav" id="mNav">
    <div class="nav-scroll">
        <a href="/"{{NAVHOME}}>首页</a><a href="/ylyw/">云岭要闻</a><a href="/xzdt/">乡镇动态</a><a href="/msfw/">民生服务</a><a href="/tpxw/"{{NAVPIC}}>图片新闻</a><a href="/rmst/">融媒视听</a><a href="/wlyl/">文旅云岭</a><a href="/zwgk/">政务公开</a><a href="/zt/">专题</a>
    </div>
</nav>
"""

YL_FOOT = """<footer class="m-footer">
    <p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/jubao/">违法和不良信息举报</a></p>
    <p>云岭县融媒体中心 主办 &nbsp;版权所有</p>
    <p>举报电话：0888-5121234 &nbsp;邮箱：ylxrmt@163.com</p>
    <p><a href="https://beian.miit.gov.cn/">滇ICP备2021003456号-1</a></p>
    <p><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=53072302000118">滇公网安备 53072302000118号</a></p>
</footer>
<div class="tabbar">
    <a href="/" class="tb-home"><i></i><span>首页</span></a>
    <a href="/rmst/" class="tb-video"><i></i><span>视听</span></a>
    <a href="/fuwu/" class="tb-serv"><i></i><span>服务</span></a>
    <a href="https://a.app.qq.com/o/simple.jsp?pkgname=cn.ylxrmt.aiyunling" class="tb-my"><i></i><span>我的</span></a>
</div>
<script src="/static/js/zepto.min.js"></script>
<script src="/static/js/swiper-4.5.min.js"></script>
<script src="/static/js/m-common.js?v=20231102"></script>
<script>
$.getJSON('/api/wxconfig?url=' + encodeURIComponent(location.href.split('#')[0]), function (r) {
    wx.config({debug: false, appId: r.appId, timestamp: r.timestamp, nonceStr: r.nonceStr, signature: r.signature,
        jsApiList: ['updateAppMessageShareData', 'updateTimelineShareData']});
    wx.ready(function () {
        var d = {title: document.title, desc: $('meta[name=description]').attr('content'), link: location.href, imgUrl: 'http://www.ylxrmt.cn/static/img/share.png'};
        wx.updateAppMessageShareData(d); wx.updateTimelineShareData(d);
    });
});
</script>
</body>
</html>
"""


def yl_paras(paras: list[str], captions: dict[str, str]) -> str:
    out = []
    for p in paras:
        if p in captions:
            out.append(f'<p style="text-align:center"><img src="{captions[p]}" data-src="{captions[p]}" class="lazy" alt=""></p>')
            out.append(f'<p class="img-desc" style="text-align:center;color:#666;font-size:.28rem">{esc(p)}</p>')
        else:
            out.append(f"<p>{esc(p)}</p>")
    return "\n".join("        " + x for x in out)


def yl_article(*, title: str, source: str, time: str, byline: str, body: str, editors: str, likes: str,
               related: list[tuple[str, str, str]]) -> str:
    rel = "\n".join(f"""        <li><a href="{u}"><div class="r-txt"><h4>{esc(t)}</h4><span>{d}</span></div></a></li>""" for u, t, d in related)
    return f"""<article class="article">
    <h1 class="art-title">{esc(title)}</h1>
    <div class="art-meta"><span class="source">{esc(source)}</span><span class="time">{time}</span></div>
    <div class="art-author">{byline}</div>
    <div class="art-content" id="artContent">
{body}
    </div>
    <div class="art-editor">{editors}</div>
    <div class="art-read">阅读 <span id="readNum">--</span></div>
    <div class="art-tools">
        <a href="javascript:;" class="like" id="likeBtn"><i class="icon-like"></i><span>{likes}</span></a>
        <a href="javascript:;" class="share-wx" onclick="showShareTip()"><i class="icon-wx"></i>微信</a>
        <a href="javascript:;" class="share-pyq" onclick="showShareTip()"><i class="icon-pyq"></i>朋友圈</a>
    </div>
</article>
<div class="app-guide"><a href="https://a.app.qq.com/o/simple.jsp?pkgname=cn.ylxrmt.aiyunling">下载“爱云岭”APP，参与互动赢好礼 &gt;</a></div>
<section class="recommend">
    <h3 class="sec-tit">相关推荐</h3>
    <ul>
{rel}
    </ul>
</section>
<section class="comments">
    <h3 class="sec-tit">评论</h3>
    <div class="cmt-empty">暂无评论，快来抢沙发吧~</div>
    <div class="cmt-input"><a href="https://a.app.qq.com/o/simple.jsp?pkgname=cn.ylxrmt.aiyunling">写评论...</a></div>
</section>
<script>$.get('/api/read?id=' + location.pathname.replace(/\\D+/g, ''), function (n) {{ $('#readNum').text(n); }});</script>
"""


YL1_TITLE = "云岭县首届“村晚”开锣 18支乡村队伍同台比拼"
YL1_TEXT = [
    "1月27日晚，云岭县首届乡村春节联欢晚会在县文化广场开锣。来自全县9个乡镇的18支乡村文艺队伍轮番登台，用歌舞、花灯、快板、山歌等群众喜闻乐见的形式，唱出了乡村新变化，演出了百姓好日子。现场3000多名群众冒着寒风观看演出，网络直播累计观看量突破42万人次。",
    "晚会在热闹的彝族打歌《欢聚一堂》中拉开帷幕。来自河西乡的30多名村民身着节日盛装，围成圆圈踏歌起舞，台下观众也跟着节拍拍手应和。紧接着，龙泉镇的花灯小戏《借牛》以诙谐的唱词讲述了村里互帮互助搞生产的故事，引得观众阵阵大笑。",
    "与专业晚会不同，“村晚”的演员全是土生土长的农民。他们白天下地干活，晚上聚在村活动室排练，有的节目一练就是两个多月。松坪村文艺队队长李桂芬今年56岁，她带领的12名“农民演员”表演了原创歌舞《茶山新歌》。“我们唱的都是自己家的事，茶叶卖得好了，路修通了，年轻人也愿意回来了，心里高兴就想唱出来。”李桂芬说。",
    "晚会中，快板《说说咱村的新变化》、情景剧《婆媳之间》等节目把移风易俗、乡村治理等内容融入其中，让观众在欢笑中受到启发。不少节目还融入了本地非物质文化遗产元素，傈僳族的三弦舞、白族的霸王鞭同台亮相，展现了多民族共居的云岭风情。",
    "“以前过年看电视里的晚会，现在看自己村里人演的晚会，更有味道！”专程从城关镇赶来的村民杨大爷说。",
    "据了解，此次“村晚”由县委宣传部、县文化和旅游局主办，县融媒体中心全程直播。活动前期共征集到群众自编自导节目56个，经过乡镇初选和县级复选，最终18个节目登上舞台。接下来，优秀节目还将走进乡镇、村组开展巡演，把欢乐送到群众家门口。",
]

YL2_TITLE = "这个冬天，高山茶园里的“守护者”"
YL2_TEXT = [
    "清晨的大雪山脚下，雾气还没有散尽。海拔1900米的老寨村茶园里，茶农罗兴华已经背着喷壶走进了茶垄。和往年不同，这个冬天，他不是来打农药的，而是给茶树喷洒石硫合剂清园，为来年的春茶“打底”。",
    "“冬管做得好，春茶才能采得早、采得好。”罗兴华一边干活一边说。他家有28亩茶园，是村里的茶叶种植大户。前几年，他管理茶园全凭经验，施肥多、打药勤，茶叶产量上去了，品质却一直上不去，价格也卖不高。",
    "转机发生在2021年。那一年，县里在老寨村开展生态茶园建设试点，县农业农村局派出技术员驻村指导，教茶农用有机肥替代化肥、用黄板和杀虫灯防治病虫害，在茶园里套种桂花和樱花，给害虫的天敌留出栖息地。",
    "茶农在老寨村生态茶园里修剪茶树。",
    "一开始，不少茶农心里打鼓：“不打农药，虫子来了怎么办？”罗兴华是第一批“吃螃蟹”的人。头一年，他的茶园产量降了一成多，村里有人说风凉话，他自己也动摇过。到了第二年，茶园里的瓢虫、草蛉多了起来，小绿叶蝉明显少了，茶叶的香气也更足了。",
    "2022年春天，罗兴华的生态茶第一次通过有机认证，鲜叶收购价从每公斤40多元涨到了120元。看到实实在在的效益，村里的茶农纷纷跟着干。目前，老寨村已有生态茶园1600多亩，占全村茶园面积的八成以上。",
    "老寨村党总支书记和永明介绍，村里还成立了茶叶专业合作社，统一技术标准、统一品牌销售，注册了“雪山老寨”茶叶商标。去年，全村茶叶产值达到2300万元，茶农人均增收4000多元。",
    "合作社工作人员在初制所检修制茶设备，为明年春茶加工做准备。",
    "眼下正是茶园冬管的关键时期，县里组织了12支农技服务队深入各茶区，指导茶农开展修剪、施肥、清园和防冻工作。罗兴华也当起了“土专家”，经常被邻村请去讲课。",
    "说起明年的打算，罗兴华说，他想在茶园边上建几间民宿，让城里人来采茶、品茶、住山里。“茶园守护好了，就是我们的‘金饭碗’。”",
]

YL_SLIDES = [
    ("/content/2024-01/28/content_20876.html", "云岭县首届“村晚”开锣 18支乡村队伍同台比拼", "/uploads/2024/01/28/s1.jpg"),
    ("/content/2024-01/26/content_20851.html", "县十七届人大三次会议隆重开幕", "/uploads/2024/01/26/s2.jpg"),
    ("/content/2024-01/25/content_20833.html", "雪后大雪山：银装素裹美如画", "/uploads/2024/01/25/s3.jpg"),
    ("/content/2024-01/24/content_20817.html", "年货节开市 土特产走俏", "/uploads/2024/01/24/s4.jpg"),
]

YL_YAOWEN = [
    ("/content/2024-01/26/content_20851.html", "县十七届人大三次会议隆重开幕", "会议听取和审议了县人民政府工作报告，明确了今年全县经济社会发展的主要目标。"),
    ("/content/2024-01/26/content_20848.html", "县委常委会召开会议研究部署春节前后重点工作", "会议强调要统筹抓好安全生产、市场保供和困难群众帮扶工作。"),
    ("/content/2024-01/25/content_20840.html", "全县返乡人员就业服务月活动启动", "活动期间将举办专场招聘会12场，提供就业岗位3200余个。"),
    ("/content/2024-01/25/content_20836.html", "我县开展春节前食品安全专项检查", "检查组重点对商超、农贸市场和农村集体聚餐场所进行了抽查。"),
    ("/content/2024-01/24/content_20822.html", "云岭至河西二级公路全线贯通", "公路通车后两地车程由一个半小时缩短至四十分钟。"),
    ("/content/2024-01/23/content_20805.html", "县人民医院远程会诊中心投入使用", "乡镇卫生院患者在家门口就能享受到州级医院专家的诊疗服务。"),
]

YL_COLUMNS = [
    ("乡镇动态", "/xzdt/", [
        ("/content/2024-01/27/content_20862.html", "龙泉镇：冬春农田水利建设正当时"),
        ("/content/2024-01/26/content_20855.html", "河西乡召开2024年乡村振兴工作推进会"),
        ("/content/2024-01/25/content_20839.html", "松坪乡为200余名留守老人送去新春慰问"),
        ("/content/2024-01/24/content_20820.html", "城关镇开展燃放烟花爆竹安全宣传"),
        ("/content/2024-01/23/content_20808.html", "石门乡核桃产业合作社分红38万元"),
    ]),
    ("民生服务", "/msfw/", [
        ("/content/2024-01/26/content_20850.html", "春节期间县城公交运营时间调整"),
        ("/content/2024-01/25/content_20842.html", "2024年城乡居民医保缴费截止日期延长"),
        ("/content/2024-01/24/content_20819.html", "县政务服务中心春节假期办事指南"),
        ("/content/2024-01/22/content_20797.html", "低温雨雪天气出行提示"),
    ]),
    ("文旅云岭", "/wlyl/", [
        ("/content/2024-01/25/content_20833.html", "雪后大雪山：银装素裹美如画"),
        ("/content/2024-01/20/content_20771.html", "跟着节气游云岭·大寒"),
        ("/content/2024-01/18/content_20752.html", "老寨村入选省级乡村旅游重点村"),
    ]),
]

YL_PICS = [
    ("20871", "2024-01-28", "1月27日晚，云岭县首届乡村春节联欢晚会在县文化广场举行，河西乡村民表演彝族打歌。"),
    ("20857", "2024-01-26", "1月26日，城南小学的学生在老师指导下学习剪纸，迎接龙年春节。"),
    ("20833", "2024-01-25", "连日降雪过后，大雪山银装素裹，吸引不少市民和游客前来赏雪。"),
    ("20817", "2024-01-24", "1月24日，县城年货节开市，市民在展位前选购核桃、火腿等本地土特产。"),
    ("20790", "2024-01-21", "龙泉镇农民在田间修筑灌溉沟渠，抢抓冬闲时节加快农田水利建设。"),
    ("20768", "2024-01-19", "县消防救援大队消防员在商场内开展春节前消防安全检查。"),
    ("20741", "2024-01-16", "松坪乡茶农在茶园内铺设防冻草帘，为茶树过冬做准备。"),
    ("20715", "2024-01-13", "志愿者走进县敬老院，为老人们写春联、送福字。"),
    ("20688", "2024-01-10", "云岭至河西二级公路建设现场，施工人员正在进行路面沥青摊铺。"),
    ("20652", "2024-01-06", "县第一中学高三学生在图书馆内复习备考。"),
]


def site_rongmei() -> None:
    # --- article 1: two reporters in the byline, HTTP charset only (no <meta charset>)
    url1 = f"{YL}/content/2024-01/28/content_20876.html"
    meta1 = f"""<meta property="og:type" content="article">
<meta property="og:title" content="{attr(YL1_TITLE)}">
<meta property="og:description" content="{attr(YL1_TEXT[0][:60])}">
<meta property="og:image" content="{YL}/uploads/2024/01/28/s1.jpg">
<meta property="og:url" content="{url1}">
<meta name="publishdate" content="2024-01-28 19:32">
<meta name="contentid" content="20876">
<meta name="source" content="云岭县融媒体中心">
"""
    doc1 = fill(YL_HEAD, CHARSETMETA="", TITLE=f"{esc(YL1_TITLE)}_云岭融媒", KEYWORDS="村晚,春节联欢晚会,云岭县",
                DESCRIPTION=attr(YL1_TEXT[0][:60]), EXTRAMETA=meta1, PAGECSS="m-article", BODYCLASS="page-article",
                BACK='<a class="back" href="javascript:history.back()"><i class="icon-back"></i></a>', NAVHOME="", NAVPIC="") + yl_article(
        title=YL1_TITLE, source="云岭县融媒体中心", time="2024-01-28 19:32", byline="记者：杨帆 李思雨",
        body=yl_paras(YL1_TEXT, {}).replace("        <p>" + esc(YL1_TEXT[1]), '        <p style="text-align:center"><img src="/uploads/2024/01/28/s1.jpg" class="lazy" alt=""></p>\n        <p>' + esc(YL1_TEXT[1]), 1),
        editors="<p>编辑：赵琳　责任编辑：胡涛　审核：段明亮</p>", likes="126",
        related=[("/content/2024-01/26/content_20857.html", "剪纸迎新春 童心绘龙年", "2024-01-26"),
                 ("/content/2024-01/19/content_20760.html", "“村晚”节目复选结束 18个节目入围", "2024-01-19"),
                 ("/content/2023-12/29/content_20533.html", "云岭县首届“村晚”节目征集启事", "2023-12-29")]) + YL_FOOT
    page("e-rongmei-1", doc1, encoding="utf-8", url=url1, charset="utf-8",
         title=YL1_TITLE, author="杨帆 李思雨", published="2024-01-28", text=YL1_TEXT)

    # --- article 2: reporter in the meta line, two photo captions
    url2 = f"{YL}/content/2023-12/12/content_19544.html"
    meta2 = f"""<meta property="og:type" content="article">
<meta property="og:title" content="{attr(YL2_TITLE)}">
<meta property="og:image" content="{YL}/uploads/2023/12/12/cha1.jpg">
<meta property="og:url" content="{url2}">
<meta name="publishdate" content="2023-12-12 08:15">
<meta name="contentid" content="19544">
"""
    doc2 = fill(YL_HEAD, CHARSETMETA='<meta charset="utf-8">\n', TITLE=f"{esc(YL2_TITLE)}_云岭融媒", KEYWORDS="生态茶园,冬管,老寨村",
                DESCRIPTION=attr(YL2_TEXT[0][:56]), EXTRAMETA=meta2, PAGECSS="m-article", BODYCLASS="page-article",
                BACK='<a class="back" href="javascript:history.back()"><i class="icon-back"></i></a>', NAVHOME="", NAVPIC="") + yl_article(
        title=YL2_TITLE, source="云岭县融媒体中心", time="2023-12-12 08:15", byline="融媒记者　丁卓　文/图",
        body=yl_paras(YL2_TEXT, {YL2_TEXT[3]: "/uploads/2023/12/12/cha1.jpg", YL2_TEXT[7]: "/uploads/2023/12/12/cha2.jpg"}),
        editors="<p>编辑：和丽娟　责任编辑：胡涛　审核：段明亮</p>", likes="88",
        related=[("/content/2023-12/08/content_19490.html", "全县茶园冬季管理技术培训班开班", "2023-12-08"),
                 ("/content/2023-11/30/content_19402.html", "“雪山老寨”茶亮相省农博会", "2023-11-30")]) + YL_FOOT
    page("e-rongmei-2", doc2, encoding="utf-8", url=url2, charset="",
         title=YL2_TITLE, author="丁卓", published="2023-12-12", text=YL2_TEXT)

    # --- listing 3: home page (slideshow, 要闻 with one-sentence summaries, column boxes)
    slides = "\n".join(f"""            <div class="swiper-slide"><a href="{u}"><img src="{img}" alt=""><p class="s-tit">{esc(t)}</p></a></div>""" for u, t, img in YL_SLIDES)
    yaowen = "\n".join(f"""        <li><a href="{u}"><h3>{esc(t)}</h3><p>{esc(s)}</p></a></li>""" for u, t, s in YL_YAOWEN)
    cols = []
    for name, href, items in YL_COLUMNS:
        lis = "\n".join(f'            <li><a href="{u}">{esc(t)}</a></li>' for u, t in items)
        cols.append(f"""<section class="col-box">
    <div class="col-head"><h2>{name}</h2><a href="{href}" class="more">更多 &gt;</a></div>
    <ul class="col-list">
{lis}
    </ul>
</section>""")
    body3 = f"""<section class="focus">
    <div class="swiper-container" id="focusSwiper">
        <div class="swiper-wrapper">
{slides}
        </div>
        <div class="swiper-pagination"></div>
    </div>
</section>
<section class="quick-serv">
    <a href="/fuwu/shebao/"><i class="qs-1"></i><span>社保查询</span></a>
    <a href="/fuwu/gjj/"><i class="qs-2"></i><span>公积金</span></a>
    <a href="https://zwfw.yn.gov.cn"><i class="qs-3"></i><span>政务服务</span></a>
    <a href="/fuwu/bus/"><i class="qs-4"></i><span>公交查询</span></a>
    <a href="/baoliao/"><i class="qs-5"></i><span>我要爆料</span></a>
</section>
<section class="yaowen">
    <div class="col-head"><h2>云岭要闻</h2><a href="/ylyw/" class="more">更多 &gt;</a></div>
    <ul>
{yaowen}
    </ul>
</section>
<section class="zt-banner"><a href="/zt/2024lh/"><img src="/uploads/zt/2024lh-m.jpg" alt="聚焦2024年县两会"></a></section>
{chr(10).join(cols)}
<section class="col-box video-box">
    <div class="col-head"><h2>融媒视听</h2><a href="/rmst/" class="more">更多 &gt;</a></div>
    <div class="v-grid">
        <a href="/content/2024-01/27/content_20866.html"><img src="/uploads/2024/01/27/v1.jpg" alt=""><span class="dur">03:12</span><p>【新春走基层】大山里的年货集市</p></a>
        <a href="/content/2024-01/22/content_20800.html"><img src="/uploads/2024/01/22/v2.jpg" alt=""><span class="dur">01:45</span><p>云岭方言说节气：大寒</p></a>
    </div>
</section>
<script>new Swiper('#focusSwiper', {{loop: true, autoplay: {{delay: 4000}}, pagination: {{el: '.swiper-pagination'}}}});</script>
"""
    meta3 = f"""<meta property="og:type" content="website">
<meta property="og:title" content="云岭融媒">
<meta property="og:image" content="{YL}/static/img/share.png">
<meta property="og:url" content="{YL}/">
"""
    doc3 = fill(YL_HEAD, CHARSETMETA='<meta charset="utf-8">\n', TITLE="云岭融媒-云岭县融媒体中心", KEYWORDS="云岭,云岭新闻,云岭融媒,爱云岭",
                DESCRIPTION="云岭县融媒体中心官方网站，权威发布云岭县新闻资讯、政务信息和便民服务。", EXTRAMETA=meta3,
                PAGECSS="m-index", BODYCLASS="page-index", BACK="", NAVHOME=' class="on"', NAVPIC="") + body3 + YL_FOOT
    page("e-rongmei-3", doc3, encoding="utf-8", url=f"{YL}/", charset="utf-8", listing=True)

    # --- listing 4: 图片新闻 list, captions as whole sentences
    pics = "\n".join(f"""        <li class="pic-item">
            <a href="/content/{d[:7]}/{d[8:]}/content_{i}.html">
                <div class="pic"><img src="/uploads/{d[:4]}/{d[5:7]}/{d[8:]}/tp_{i}.jpg" class="lazy" alt=""></div>
                <p class="cap">{esc(c)}</p>
            </a>
            <div class="p-meta"><span class="time">{d}</span><span class="views">阅读 {(int(i) * 7) % 900 + 100}</span></div>
        </li>""" for i, d, c in YL_PICS)
    body4 = f"""<div class="list-head"><h2>图片新闻</h2></div>
<ul class="pic-list">
{pics}
</ul>
<div class="load-more" id="loadMore" data-page="2" data-node="105">加载更多</div>
<script>
$('#loadMore').on('click', function () {{
    var p = $(this).data('page');
    $.get('/api/list?node=105&page=' + p, function (html) {{ $('.pic-list').append(html); }});
    $(this).data('page', p + 1);
}});
</script>
"""
    meta4 = """<meta property="og:type" content="website">
<meta property="og:title" content="图片新闻_云岭融媒">
"""
    doc4 = fill(YL_HEAD, CHARSETMETA='<meta charset="utf-8">\n', TITLE="图片新闻_云岭融媒", KEYWORDS="图片新闻,云岭",
                DESCRIPTION="云岭融媒图片新闻", EXTRAMETA=meta4, PAGECSS="m-list", BODYCLASS="page-list",
                BACK='<a class="back" href="javascript:history.back()"><i class="icon-back"></i></a>', NAVHOME="", NAVPIC=' class="on"') + body4 + YL_FOOT
    page("e-rongmei-4", doc4, encoding="utf-8", url=f"{YL}/tpxw/", charset="", listing=True)


# ---------------------------------------------------------------------------------------
# e-gangao: 濠江時報, a Macau daily's site in traditional script, Big5.
# ---------------------------------------------------------------------------------------

HK = "http://www.houkongtimes.com.mo"

HK_HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-Hant">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5" />
<meta http-equiv="Content-Language" content="zh-TW" />
<title>{{TITLE}}</title>
<meta name="keywords" content="{{KEYWORDS}}" />
<meta name="description" content="{{DESCRIPTION}}" />
{{EXTRAMETA}}<link rel="stylesheet" type="text/css" href="/css/hk_main.css?v=2022" />
<link rel="stylesheet" type="text/css" href="/css/hk_{{PAGECSS}}.css?v=2022" />
<script type="text/javascript" src="/js/jquery-1.12.4.min.js"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-HKT2023MO1"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-HKT2023MO1');
</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>
  window.googletag = window.googletag || {cmd: []};
  googletag.cmd.push(function() {
    googletag.defineSlot('/21800912345/hkt_lb_top', [[728, 90], [970, 90]], 'div-gpt-ad-lb-top').addService(googletag.pubads());
    googletag.defineSlot('/21800912345/hkt_mrec_side', [300, 250], 'div-gpt-ad-mrec-side').addService(googletag.pubads());
    googletag.enableServices();
  });
</script>
</head>
<body>
<div id="topbar">
    <div class="wrap">
        <span class="today">{{TODAY}}</span>
        <span class="weather">澳門天氣：<img src="/images/wx/cloud.png" width="16" alt="" /> {{WEATHER}}</span>
        <span class="links"><a href="http://gb.houkongtimes.com.mo/">簡體版</a> | <a href="http://epaper.houkongtimes.com.mo/" target="_blank">電子報</a> | <a href="/rss/">RSS</a> | <a href="https://www.facebook.com/houkongtimes" target="_blank">Facebook</a></span>
    </div>
</div>
<div id="header">
    <div class="wrap">
        <div class="logo"><a href="/"><img src="/images/logo_hkt.png" width="260" height="70" alt="濠江時報" /></a></div>
        <div class="ad-lb" id="div-gpt-ad-lb-top" style="width:728px;height:90px;"><script>googletag.cmd.push(function() { googletag.display('div-gpt-ad-lb-top'); });</script></div>
    </div>
</div>
<div id="nav">
    <ul class="wrap">
        <li><a href="/">首頁</a></li>
        <li{{MACAU}}><a href="/macau/">澳聞</a></li>
        <li><a href="/hongkong/">港聞</a></li>
        <li><a href="/china/">兩岸</a></li>
        <li><a href="/world/">國際</a></li>
        <li><a href="/finance/">經濟</a></li>
        <li><a href="/sports/">體育</a></li>
        <li><a href="/ent/">娛樂</a></li>
        <li{{OPINION}}><a href="/opinion/">評論</a></li>
        <li><a href="/supplement/">副刊</a></li>
        <li><a href="/photo/">圖片</a></li>
        <li><a href="/video/">視頻</a></li>
    </ul>
</div>
<div id="container" class="wrap">
"""

HK_SIDE = """    <div id="side">
        <div class="side-search">
            <form action="/search/" method="get"><input type="text" name="q" placeholder="搜尋新聞" /><input type="submit" value="搜尋" /></form>
        </div>
        <div class="ad-mrec" id="div-gpt-ad-mrec-side" style="width:300px;height:250px;"><script>googletag.cmd.push(function() { googletag.display('div-gpt-ad-mrec-side'); });</script></div>
        <div class="side-box">
            <h3>即時新聞</h3>
            <ul>
                <li><span>16:42</span><a href="/news/2023-10/18/content_88240.htm">輕軌石排灣線最新進度公布</a></li>
                <li><span>15:20</span><a href="/news/2023-10/18/content_88236.htm">本澳上季失業率維持低位</a></li>
                <li><span>13:05</span><a href="/news/2023-10/18/content_88229.htm">國際美食節下月初揭幕</a></li>
                <li><span>11:48</span><a href="/news/2023-10/18/content_88221.htm">氣象局：周末受東北季候風影響</a></li>
            </ul>
        </div>
        <div class="side-box">
            <h3>熱門點擊</h3>
            <ol>
                <li><a href="/news/2023-10/17/content_88190.htm">新一份施政報告下月發表</a></li>
                <li><a href="/news/2023-10/16/content_88152.htm">經屋申請明年首季開放</a></li>
                <li><a href="/news/2023-10/15/content_88120.htm">大賽車周門票周五開售</a></li>
                <li><a href="/news/2023-10/14/content_88093.htm">跨境巴士新增兩條路線</a></li>
                <li><a href="/news/2023-10/13/content_88061.htm">十月首兩周入境旅客逾百萬人次</a></li>
            </ol>
        </div>
    </div>
"""

HK_FOOT = """</div>
<div id="footer">
    <div class="wrap">
        <p class="f-links"><a href="/about/">關於我們</a> | <a href="/contact/">聯絡我們</a> | <a href="/ad/">廣告查詢</a> | <a href="/privacy/">私隱政策</a> | <a href="/copyright/">版權聲明</a> | <a href="/sitemap/">網站地圖</a></p>
        <p>濠江時報有限公司 版權所有 &copy; 2023 Hou Kong Times Ltd. All Rights Reserved.</p>
        <p>地址：澳門新馬路128號濠江大廈8樓 &nbsp;電話：(853) 2833 6688 &nbsp;傳真：(853) 2833 6699 &nbsp;電郵：news@houkongtimes.com.mo</p>
        <p>未經許可，不得轉載或複製本網站任何內容。</p>
    </div>
</div>
<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/zh_HK/sdk.js#xfbml=1&version=v17.0"></script>
</body>
</html>
"""


def hk_article(*, section: str, secdir: str, title: str, date: str, byline: str, body: str, tags: list[str],
               related: list[tuple[str, str]], url: str) -> str:
    tag_html = "".join(f'<a href="/tag/{t[1]}.htm">{t[0]}</a>' for t in tags)
    rel = "\n".join(f'                <li><a href="{u}">{t}</a></li>' for u, t in related)
    return f"""    <div id="main">
        <div class="crumb"><a href="/">首頁</a> &gt; <a href="/{secdir}/">{section}</a> &gt; 正文</div>
        <h1 class="news-title">{title}</h1>
        <div class="news-info">
            <span class="date">{date}</span>
            <span class="reporter">{byline}</span>
            <span class="fsize">字體：<a href="javascript:setFont(20)">大</a> <a href="javascript:setFont(17)">中</a> <a href="javascript:setFont(15)">小</a></span>
        </div>
        <div class="share-bar">
            <span>分享：</span>
            <a class="s-fb" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank">Facebook</a>
            <a class="s-wa" href="https://api.whatsapp.com/send?text={url}" target="_blank">WhatsApp</a>
            <a class="s-wx" href="javascript:showQR();">微信</a>
            <a class="s-wb" href="https://service.weibo.com/share/share.php?url={url}" target="_blank">微博</a>
            <a class="s-pr" href="javascript:window.print();">列印</a>
        </div>
        <div class="news-content" id="newsContent">
{body}
        </div>
        <div class="news-tags">標籤：{tag_html}</div>
        <div class="ad-inread"><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-1234509876543210" data-ad-slot="5566778899" data-ad-format="auto"></ins></div>
        <div class="related">
            <h3>相關新聞</h3>
            <ul>
{rel}
            </ul>
        </div>
        <div class="comment-area">
            <h3>讀者留言</h3>
            <div class="fb-comments" data-href="{url}" data-width="100%" data-numposts="5"></div>
        </div>
    </div>
"""


HK1_TITLE = "舊區老餅家迎來「新掌櫃」 年輕人接棒傳統手藝"
HK1_TEXT = [
    "清晨六時，下環街一間開業逾五十年的老餅家已飄出陣陣麥香。三十一歲的店主黃子晴戴上口罩和頭巾，熟練地把搓好的麵團放進木模，輕輕一敲，一個印有「喜」字的老婆餅胚便落在烤盤上。兩年前，她從父親手中接過這間小店，成為家族第三代「掌櫃」。",
    "黃子晴大學修讀酒店管理，畢業後曾在酒店從事餐飲工作。「小時候放學就在店裡幫忙，聞慣了這股味道。」她說，父親年紀漸大，身體大不如前，曾打算把店舖結業，「我捨不得，就決定回來試試。」",
    "接手之初並不順利。老餅家的手藝全靠經驗，配方沒有寫在紙上，火候多少、糖油比例全憑父親一句「差不多」。她花了大半年時間跟在父親身邊，逐樣記錄、反覆試做，才把十多款招牌餅食的做法整理成冊。",
    "黃子晴（右）與父親在店內製作老婆餅。",
    "在保留傳統風味的同時，黃子晴也嘗試作出改變。她把部分產品改為小包裝，方便旅客作手信；又推出減糖版本的杏仁餅，照顧注重健康的顧客。店舖原本只收現金，如今已接入多種電子支付方式，並開設社交平台專頁，定期分享製餅過程。",
    "改變帶來了新客源。不少年輕人看到網上分享後專程前來，周末店門外經常排起長龍。黃子晴表示，現時店舖營業額較接手前增長約三成，「最開心的是聽到老街坊說，味道同以前一樣。」",
    "不過，經營老店仍面對不少挑戰。近年舊區租金上升，原材料價格亦持續上漲，加上請人難，店內除了她和父親，只有兩名兼職員工。她坦言，最擔心的是手藝後繼無人，「做餅要早起、要捱熱，願意入行的年輕人不多。」",
    "有社區團體負責人指出，舊區老店是澳門社區記憶的重要組成部分，建議當局在租金補貼、人才培訓等方面加大支援力度，並透過社區導賞、文化活動等方式，讓更多市民和旅客認識老店故事，為傳統行業注入新動力。",
    "傍晚時分，最後一爐餅出爐。黃子晴把熱騰騰的老婆餅逐個裝盒，抬頭望向門口那塊褪了色的招牌：「希望再過五十年，這塊招牌還掛在這裡。」",
]

HK2_TITLE = "從一條小巷看社區營造"
HK2_HEADS = {"小巷的價值在於「人」", "讓居民成為主角", "政策需要更細緻"}
HK2_TEXT = [
    "在澳門半島的舊城區，有不少這樣的小巷：寬不過兩米，兩旁是兩三層高的舊樓，樓下開有士多、涼茶舖和修鞋檔，樓上晾滿衣服。這些小巷不在旅遊地圖的重點位置，卻承載了許多居民數十年的日常生活。",
    "小巷的價值在於「人」",
    "過去談舊區活化，焦點往往放在建築本身：外牆是否翻新、路面是否平整、有沒有打卡點。這些固然重要，但小巷真正的價值，是在其中生活和工作的人。一間開了四十年的涼茶舖，老闆記得每個熟客的體質；一個修鞋師傅，見證了整條街幾代人的腳步。正是這些看似平凡的關係，構成了社區的肌理。",
    "如果活化的結果是租金上升、老店被迫遷出，取而代之的是千篇一律的手信店和咖啡店，那麼小巷或許變得更漂亮，卻失去了原本的靈魂。",
    "讓居民成為主角",
    "近年，一些社團和青年組織在舊區嘗試推動社區營造，例如組織居民共同繪製社區地圖、收集老照片和口述歷史、在小巷舉辦街坊市集等。這些活動規模不大，卻讓居民重新認識自己的社區，也讓外來者看到小巷的另一面。",
    "社區營造的關鍵，在於讓居民從被動的「受益者」變成主動的「參與者」。當局在規劃舊區改造時，應建立更有效的居民參與機制，在方案設計階段就聽取街坊意見，而不是在工程開展後才作諮詢。",
    "政策需要更細緻",
    "此外，對於具有社區價值的老店，可以研究更具針對性的支援措施，例如為經營超過一定年期的傳統店舖提供租金補貼或稅務優惠，鼓勵業主與租戶簽訂較長期的租約，以穩定經營預期。",
    "小巷雖小，卻是觀察城市治理的一扇窗。城市的溫度，不在於有多少地標建築，而在於普通人能否在熟悉的街巷裡安居樂業。守護好一條小巷，就是守護一種生活方式。",
]

HK_TAGS = [
    ("施政報告", 1021, 128), ("輕軌", 1034, 96), ("旅遊業", 1002, 152), ("橫琴", 1088, 87), ("粵港澳大灣區", 1090, 64),
    ("經濟房屋", 1110, 58), ("公共交通", 1035, 71), ("颱風", 1201, 45), ("教育", 1300, 110), ("醫療", 1310, 93),
    ("舊區活化", 1402, 22), ("社區營造", 1403, 9), ("中小企", 1150, 37), ("消費補貼", 1155, 41), ("就業", 1160, 76),
    ("青年創業", 1162, 18), ("文化遺產", 1420, 33), ("大賽車", 1501, 52), ("國際美食節", 1505, 14), ("港珠澳大橋", 1092, 29),
    ("治安", 1601, 68), ("食品安全", 1620, 25), ("長者服務", 1330, 31), ("環保", 1700, 27), ("垃圾分類", 1702, 11),
    ("天氣", 1200, 83), ("立法會", 1010, 102), ("智慧城市", 1810, 19), ("體育", 1500, 61), ("藝術節", 1430, 16),
    ("電影", 1440, 24), ("老店", 1405, 12), ("傳統手藝", 1406, 8), ("跨境通關", 1095, 47), ("博彩業", 1005, 79),
    ("會展", 1008, 26), ("房屋政策", 1111, 35), ("人才引進", 1170, 21), ("疫後復甦", 1009, 39), ("社會保障", 1335, 28),
]


def hk_tag_size(count: int) -> int:
    return 12 + min(count, 150) // 12


def site_gangao() -> None:
    # --- article 1: 澳聞 with a reporter byline and a figure caption
    url1 = f"{HK}/news/2023-10/18/content_88213.htm"
    fig = f"""            <div class="news-pic"><img src="/uploadfiles/2023/10/18/p88213_01.jpg" width="620" alt="" /><p class="pic-cap">{esc(HK1_TEXT[3])}</p></div>"""
    body1 = "\n".join(fig if p == HK1_TEXT[3] else f"            <p>{esc(p)}</p>" for p in HK1_TEXT)
    meta1 = f"""<meta property="og:type" content="article" />
<meta property="og:title" content="{attr(HK1_TITLE)}" />
<meta property="og:url" content="{url1}" />
<meta property="og:image" content="{HK}/uploadfiles/2023/10/18/p88213_01.jpg" />
<meta property="og:site_name" content="濠江時報" />
<meta property="article:published_time" content="2023-10-18T06:30:00+08:00" />
"""
    doc1 = fill(HK_HEAD, TITLE=f"{esc(HK1_TITLE)} - 濠江時報", KEYWORDS="老餅家,舊區,傳統手藝,老店,澳門",
                DESCRIPTION=attr(HK1_TEXT[0][:60]), EXTRAMETA=meta1, PAGECSS="article",
                TODAY="2023年10月18日 星期三 &nbsp;農曆癸卯年九月初四", WEATHER="多雲 24-29°C", MACAU=' class="on"', OPINION="") + hk_article(
        section="澳聞", secdir="macau", title=esc(HK1_TITLE), date="2023年10月18日 星期三", byline="記者 梁詠欣",
        body=body1, tags=[("舊區活化", 1402), ("老店", 1405), ("傳統手藝", 1406)], url=url1,
        related=[("/news/2023-09/02/content_86120.htm", "評論：從一條小巷看社區營造"),
                 ("/news/2023-08/21/content_85377.htm", "經濟局推老店支援計劃 首批三十間受惠"),
                 ("/news/2023-07/30/content_84102.htm", "下環街社區導賞團周末開團")]) + HK_SIDE + HK_FOOT
    page("e-gangao-1", doc1, encoding="big5", url=url1, charset="big5",
         title=HK1_TITLE, author="梁詠欣", published="2023-10-18", text=HK1_TEXT)

    # --- article 2: 評論 with bold subheads and an author note at the end
    url2 = f"{HK}/news/2023-09/02/content_86120.htm"
    parts = []
    for p in HK2_TEXT:
        parts.append(f"            <p><b>{esc(p)}</b></p>" if p in HK2_HEADS else f"            <p>{esc(p)}</p>")
    parts.append('            <p class="author-note">（作者為本地社區工作者，文章觀點不代表本報立場）</p>')
    meta2 = f"""<meta property="og:type" content="article" />
<meta property="og:title" content="{attr(HK2_TITLE)}" />
<meta property="og:url" content="{url2}" />
<meta property="article:published_time" content="2023-09-02T07:00:00+08:00" />
"""
    doc2 = fill(HK_HEAD, TITLE=f"{esc(HK2_TITLE)} - 評論 - 濠江時報", KEYWORDS="社區營造,舊區,小巷,評論",
                DESCRIPTION=attr(HK2_TEXT[0][:60]), EXTRAMETA=meta2, PAGECSS="article",
                TODAY="2023年9月2日 星期六 &nbsp;農曆癸卯年七月十八", WEATHER="驟雨 27-31°C", MACAU="", OPINION=' class="on"') + hk_article(
        section="評論", secdir="opinion", title=esc(HK2_TITLE), date="2023年9月2日 星期六", byline="文／何家豪",
        body="\n".join(parts), tags=[("社區營造", 1403), ("舊區活化", 1402)], url=url2,
        related=[("/news/2023-08/26/content_85690.htm", "評論：公共空間應回歸市民"),
                 ("/news/2023-08/19/content_85211.htm", "評論：讓長者在社區安心終老")]) + HK_SIDE + HK_FOOT
    page("e-gangao-2", doc2, encoding="big5", url=url2, charset="",
         title=HK2_TITLE, author="何家豪", published="2023-09-02", text=HK2_TEXT)

    # --- listing 3: tag cloud
    cloud = "\n".join(f'            <a href="/tag/{i}.htm" style="font-size:{hk_tag_size(n)}px" title="{n}篇">{t}</a><sup>{n}</sup>'
                      for t, i, n in HK_TAGS)
    body3 = f"""    <div id="main">
        <div class="crumb"><a href="/">首頁</a> &gt; 熱門標籤</div>
        <h2 class="page-title">熱門標籤</h2>
        <div class="tag-sort">排序：<a href="/tag/?sort=hot" class="on">按熱度</a> | <a href="/tag/?sort=az">按筆畫</a> | <a href="/tag/?sort=new">最近更新</a></div>
        <div class="tag-cloud">
{cloud}
        </div>
        <div class="tag-tip">點擊標籤可查看相關新聞。標籤右上角數字為相關報道篇數。</div>
    </div>
"""
    doc3 = fill(HK_HEAD, TITLE="熱門標籤 - 濠江時報", KEYWORDS="標籤,熱門話題,澳門新聞",
                DESCRIPTION="濠江時報熱門新聞標籤", EXTRAMETA="", PAGECSS="tag",
                TODAY="2023年11月8日 星期三 &nbsp;農曆癸卯年九月廿五", WEATHER="晴 20-26°C", MACAU="", OPINION="") + body3 + HK_SIDE + HK_FOOT
    page("e-gangao-3", doc3, encoding="big5", url=f"{HK}/tag/", charset="big5", listing=True)

    # --- listing 4: soft 404 served with 200 at an old article address
    body4 = """    <div id="main">
        <div class="err-box">
            <div class="err-img"><img src="/images/404.png" width="200" height="150" alt="" /></div>
            <h2>對不起，您要訪問的頁面不存在或已被刪除。</h2>
            <p>可能原因：網址輸入有誤、新聞已超過保存期限，或頁面已移至其他位置。</p>
            <p>系統將在 <span id="sec">5</span> 秒後自動返回<a href="/">首頁</a>。</p>
            <form action="/search/" method="get" class="err-search"><input type="text" name="q" placeholder="搜尋新聞" /><input type="submit" value="搜尋" /></form>
        </div>
        <div class="err-hot">
            <h3>您可能感興趣的新聞</h3>
            <ul>
                <li><a href="/news/2023-11/06/content_89520.htm">新一份施政報告：推多項惠民措施</a></li>
                <li><a href="/news/2023-11/06/content_89514.htm">國際美食節開幕首日人流旺</a></li>
                <li><a href="/news/2023-11/05/content_89488.htm">大賽車周交通安排公布</a></li>
                <li><a href="/news/2023-11/05/content_89471.htm">輕軌石排灣線年底前通車</a></li>
                <li><a href="/news/2023-11/04/content_89430.htm">本澳十月旅客量創新高</a></li>
            </ul>
        </div>
    </div>
<script>
var s = 5, t = setInterval(function(){ s--; document.getElementById('sec').innerHTML = s; if (s <= 0) { clearInterval(t); location.href = '/'; } }, 1000);
</script>
"""
    doc4 = fill(HK_HEAD, TITLE="找不到頁面 - 濠江時報", KEYWORDS="濠江時報", DESCRIPTION="濠江時報",
                EXTRAMETA='<meta name="robots" content="noindex" />\n', PAGECSS="error",
                TODAY="2023年11月6日 星期一 &nbsp;農曆癸卯年九月廿三", WEATHER="晴 21-27°C", MACAU="", OPINION="") + body4 + HK_SIDE + HK_FOOT
    page("e-gangao-4", doc4, encoding="big5", url=f"{HK}/news/2023-06/05/content_77102.htm", charset="", listing=True)


# ---------------------------------------------------------------------------------------
# e-dangjian: 清风临江网, a city discipline-inspection commission's site on TRS WCM, GB2312.
# ---------------------------------------------------------------------------------------

LJ = "http://www.ljlz.gov.cn"

LJ_HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{{TITLE}}</title>
<meta name="SiteName" content="清风临江网" />
<meta name="SiteDomain" content="www.ljlz.gov.cn" />
<meta name="SiteIDCode" content="LJJW000001" />
<meta name="ColumnName" content="{{COLUMN}}" />
<meta name="ColumnType" content="{{COLUMN}}" />
{{ARTMETA}}<meta name="keywords" content="{{KEYWORDS}}" />
<meta name="description" content="{{DESCRIPTION}}" />
<link href="../../images/qf_common.css" rel="stylesheet" type="text/css" />
<link href="../../images/qf_{{PAGECSS}}.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="../../images/jquery-1.7.2.min.js"></script>
<script type="text/javascript" src="../../images/qf_common.js"></script>
</head>
<body>
<div class="top-bar">
    <div class="w1000">
        <span class="lf">今天是：<script type="text/javascript">showToday();</script></span>
        <span class="rt"><a href="../../">网站首页</a> | <a href="http://www.ccdi.gov.cn" target="_blank">中央纪委国家监委网站</a> | <a href="http://www.hnlz.gov.cn" target="_blank">三湘风纪</a> | <a href="javascript:void(0)" id="wza">无障碍浏览</a></span>
    </div>
</div>
<div class="header">
    <div class="w1000">
        <div class="logo"><a href="../../"><img src="../../images/qf_logo.png" alt="清风临江网" /></a></div>
        <div class="jb-box"><a href="http://www.12388.gov.cn" target="_blank"><img src="../../images/12388.png" alt="12388" /></a><p>举报电话：0731-12388</p></div>
    </div>
</div>
<div class="nav">
    <ul class="w1000">
        <li><a href="../../">首页</a></li>
        <li{{NAV1}}><a href="../../gzdt/">工作动态</a></li>
        <li><a href="../../scdc/">审查调查</a></li>
        <li><a href="../../xsxc/">巡视巡察</a></li>
        <li{{NAV2}}><a href="../../ljwh/">廉政文化</a></li>
        <li><a href="../../jsjy/">警示教育</a></li>
        <li><a href="../../djfg/">党纪法规</a></li>
        <li{{NAV3}}><a href="../../ztzl/">专题专栏</a></li>
        <li{{NAV4}}><a href="../../lzxx/">廉政信箱</a></li>
        <li><a href="../../xfjb/">信访举报</a></li>
    </ul>
</div>
<div class="main w1000">
    <div class="location">当前位置：<a href="../../" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;{{CRUMBS}}</div>
"""

LJ_FOOT = """</div>
<div class="footer">
    <div class="w1000">
        <div class="f-links"><a href="../../gywm/">关于我们</a> | <a href="../../lxwm/">联系我们</a> | <a href="../../wzdt/">网站地图</a> | <a href="../../syxz/">使用帮助</a></div>
        <div class="f-info">
            <span id="_ideConac" class="f-conac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=4A3B2C1D0E9F8A7B" target="_blank"><img src="../../images/red.png" width="50" height="60" alt="党政机关" /></a></span>
            <p>主办：中共临江市纪律检查委员会 临江市监察委员会 &nbsp;地址：临江市人民东路1号 &nbsp;邮编：410100</p>
            <p>网站标识码：LJJW000001 &nbsp;<a href="https://beian.miit.gov.cn" target="_blank">湘ICP备05001234号</a> &nbsp;<img src="../../images/gongan.png" alt="" /><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=43010202000456" target="_blank">湘公网安备 43010202000456号</a></p>
            <p>建议使用1280&times;800以上分辨率，IE9以上或Chrome浏览器浏览本站</p>
            <span class="f-jiucuo"><script id="_jiucuo_" sitecode="LJJW000001" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></span>
        </div>
    </div>
</div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

LJ_TRS_STYLE = """<style type="text/css">
.TRS_Editor P{margin-top:5px;margin-bottom:5px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor DIV{margin-top:5px;margin-bottom:5px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor TD{margin-top:5px;margin-bottom:5px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor TH{margin-top:5px;margin-bottom:5px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor SPAN{margin-top:5px;margin-bottom:5px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor FONT{margin-top:5px;margin-bottom:5px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor LI{margin-top:5px;margin-bottom:5px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor TEXTAREA{margin-top:5px;margin-bottom:5px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor H1{margin-top:5px;margin-bottom:5px;line-height:2;font-family:宋体;font-size:12pt;}
</style>"""


def lj_article(*, title: str, subtitle: str, date: str, source: str, author: str, body: str,
               prev: tuple[str, str], nxt: tuple[str, str]) -> str:
    sub = f"\n        <h3 class=\"sub-title\">{esc(subtitle)}</h3>" if subtitle else ""
    auth = f"<span>作者：{esc(author)}</span>" if author else ""
    return f"""    <div class="article">
        <h1>{esc(title)}</h1>{sub}
        <div class="info"><span>发布时间：{date}</span><span>来源：{esc(source)}</span>{auth}<span>【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span></div>
        <div class="content" id="zoom">
<!--<$[信息内容]>begin--><div class=TRS_Editor>{LJ_TRS_STYLE}
<div class="Custom_UnionStyle">
{body}
</div></div><!--<$[信息内容]>end-->
        </div>
        <div class="share-box">
            <span>分享到：</span><a href="javascript:void(0)" class="wx" title="微信"></a><a href="javascript:void(0)" class="wb" title="新浪微博"></a><a href="javascript:void(0)" class="qq" title="QQ空间"></a>
        </div>
        <div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
        <div class="pre-next">
            <p>上一篇：<a href="{prev[0]}">{esc(prev[1])}</a></p>
            <p>下一篇：<a href="{nxt[0]}">{esc(nxt[1])}</a></p>
        </div>
    </div>
"""


LJ1_TITLE = "家风如镜照初心"
LJ1_SUB = "——读《颜氏家训》札记"
LJ1_HEADS = {"一、“俭而不吝”：治家之本", "二、“积财千万，不如薄伎在身”：教子之要", "三、“风化者，自上而行于下者也”：以身作则"}
LJ1_BODY = [
    "《颜氏家训》是南北朝时期颜之推所作，被后人誉为“古今家训之祖”。全书二十篇，从教子、兄弟、治家到勉学、涉务、止足，几乎涵盖了一个家庭处世立身的方方面面。近日重读此书，掩卷沉思，颇多感触。",
    "一、“俭而不吝”：治家之本",
    "颜之推在《治家》篇中说：“俭者，省约为礼之谓也；吝者，穷急不恤之谓也。”在他看来，节俭是按照礼制有所节制，吝啬则是对困急之人不予体恤，二者有本质区别。一个家庭既要戒奢以俭，又不能刻薄寡恩。",
    "这对今天的党员干部同样有启示意义。从近年来查处的一些案件看，不少干部的蜕变，恰恰是从生活上追求排场、家庭中攀比享乐开始的。守住一个“俭”字，才能守住清廉的底色。",
    "二、“积财千万，不如薄伎在身”：教子之要",
    "颜之推重视教育，主张让子女掌握真才实学，而不是依靠祖上的财富和权势。他说：“积财千万，不如薄伎在身。”这句话放在今天，仍然振聋发聩。",
    "现实中，个别领导干部把手中权力当作为子女铺路的工具，为子女经商办企业提供便利，甚至亲自充当“掮客”，最终害了子女也毁了自己。真正爱子女，就应该教他们自立自强，靠本事吃饭。",
    "三、“风化者，自上而行于下者也”：以身作则",
    "《颜氏家训》强调：“夫风化者，自上而行于下者也，自先而施于后者也。”家长的言行举止，对子女有着潜移默化的影响。父母清正，家风自然端正；父母贪婪，子女也难免耳濡目染。",
    "党员干部的家风，不仅关系自己的家庭，也关系党风政风和社会风气。领导干部要带头修身律己、廉洁齐家，管好配偶、子女和身边工作人员，以良好家风涵养清风正气。",
    "家风如镜，照见的是一个人的初心。读《颜氏家训》，既是一次与古人的对话，也是一次自我审视。唯有时时对照、常常反省，才能让清廉家风代代相传。",
]
LJ1_TEXT = [LJ1_SUB] + LJ1_BODY

LJ2_TITLE = "市纪委监委对新任职领导干部开展集体廉政谈话"
LJ2_TEXT = [
    "7月3日，市纪委监委对今年以来新提拔任用的68名市管领导干部开展集体廉政谈话。市委常委、市纪委书记、市监委主任张建明出席并讲话。",
    "谈话会上，与会人员观看了警示教育片《贪欲之祸》。该片选取近年来我市查处的4起新任职领导干部违纪违法典型案例，以案释纪、以案说法，深刻剖析了当事人思想蜕变的轨迹。",
    "张建明指出，新任职领导干部是全市各项事业发展的骨干力量，肩负着重要责任。走上新的领导岗位，既是组织的信任，也是新的考验。要把握好人生的“新起点”，树立正确的权力观、政绩观、事业观，始终做到心有所畏、言有所戒、行有所止。",
    "张建明强调，要坚定理想信念，筑牢思想根基，把学习贯彻党的创新理论作为终身课题。要严守纪律规矩，坚决贯彻中央八项规定及其实施细则精神，时刻警惕“四风”问题隐形变异，自觉抵制各种诱惑。要主动担当作为，聚焦主责主业，以实干实绩诠释对党忠诚。要管好“身边人”，重视家庭家教家风建设，严防“枕边风”“亲情腐败”。",
    "会上，新任职领导干部代表作了表态发言，全体人员签订了《廉洁从政承诺书》。",
    "据悉，近年来市纪委监委坚持把新任职领导干部廉政谈话作为日常监督的重要抓手，推动谈话提醒常态化、制度化，累计开展集体廉政谈话23场次，覆盖领导干部1400余人次。",
]

LJ_ZT_SECTIONS = [
    ("工作部署", [
        ("t20230904_855102", "市纪委监委部署开展2023年警示教育月活动", "09-04"),
        ("t20230906_855190", "全市警示教育大会召开", "09-06"),
        ("t20230908_855263", "关于开展2023年警示教育月活动的实施方案", "09-08"),
        ("t20230911_855331", "市直机关工委召开警示教育月动员会", "09-11"),
    ]),
    ("典型案例", [
        ("t20230912_855380", "市纪委监委通报5起违反中央八项规定精神典型问题", "09-12"),
        ("t20230915_855466", "市纪委监委通报3起群众身边不正之风和腐败问题典型案例", "09-15"),
        ("t20230919_855537", "以案为鉴：一名“95后”出纳的挪用之路", "09-19"),
        ("t20230922_855610", "深度剖析：从“能吏”到“阶下囚”", "09-22"),
        ("t20230926_855702", "市纪委监委通报4起违规收送礼品礼金典型问题", "09-26"),
    ]),
    ("忏悔实录", [
        ("t20230914_855420", "“我把权力当成了谋私的工具”", "09-14"),
        ("t20230921_855588", "“温水煮青蛙，等我发觉时已经来不及了”", "09-21"),
        ("t20230928_855760", "“一顿饭、一张卡，让我一步步滑向深渊”", "09-28"),
    ]),
    ("各地动态", [
        ("t20230913_855401", "江北区：组织新任职干部旁听庭审", "09-13"),
        ("t20230918_855512", "临江县：廉政教育基地迎来参观高峰", "09-18"),
        ("t20230920_855560", "市教育局：以案说纪进校园", "09-20"),
        ("t20230925_855677", "城西区：制作警示教育微视频6部", "09-25"),
        ("t20230927_855731", "市卫健委：开展医疗领域腐败问题案例研讨", "09-27"),
    ]),
]

LJ_LETTERS = [
    ("王**", "2023-10-16", "我是一名普通党员，想了解实名举报和匿名举报在处理上有什么区别？",
     "纪检监察机关对实名举报优先受理、优先办理，并将处理情况向举报人反馈；匿名举报同样会依规依纪处置。", "市纪委监委信访室"),
    ("李**", "2023-10-14", "单位同事结婚，作为科长随礼多少合适？有没有具体标准？",
     "党员干部参与亲友之间正常礼尚往来应符合当地风俗习惯，不得借机敛财或收受管理服务对象的礼金。具体可参照本地区移风易俗相关规定。", "市纪委监委党风政风监督室"),
    ("张**", "2023-10-12", "退休干部到企业兼职取酬，需要审批吗？",
     "退休领导干部到企业兼职须按干部管理权限报批，并遵守兼职取酬的有关规定。其他退休人员请咨询原单位组织人事部门。", "市纪委监委党风政风监督室"),
    ("刘**", "2023-10-11", "网上有人自称“纪委工作人员”，要求加微信处理问题，这是真的吗？",
     "纪检监察机关不会通过私人微信联系群众处理问题，请提高警惕，谨防诈骗。如有疑问，可拨打12388核实。", "市纪委监委信访室"),
    ("陈**", "2023-10-09", "村干部把低保名额给了自己的亲戚，应该向哪里反映？",
     "可向所在县（市、区）纪委监委或乡镇纪委反映，也可登录12388举报网站提交问题线索，请尽量提供具体事实和相关证据。", "市纪委监委信访室"),
    ("杨**", "2023-09-27", "公职人员周末用公车接送孩子上学，算违规吗？",
     "公务用车私用属于违反中央八项规定精神的问题，一经查实将依规依纪严肃处理。", "市纪委监委党风政风监督室"),
    ("赵**", "2023-09-25", "我举报后多长时间能收到回复？",
     "对实名举报，纪检监察机关一般在受理后15个工作日内告知受理情况，并在办结后反馈处理结果。", "市纪委监委信访室"),
    ("黄**", "2023-09-21", "党员干部能不能在微信群里抢红包？",
     "亲友之间小额红包往来属于正常人情交往，但不得收受管理服务对象、下属等发送的红包，也不得借红包变相赌博。", "市纪委监委党风政风监督室"),
    ("周**", "2023-09-18", "孩子考上大学，亲戚朋友想办升学宴，我是公务员，可以办吗？",
     "党员干部不得违规操办或参加升学宴、谢师宴，可以通过其他方式表达祝贺。", "市纪委监委党风政风监督室"),
    ("吴**", "2023-09-14", "怎样查询举报件的办理进度？",
     "通过12388网站举报的，可凭查询码在网站“查询”栏目查看办理进度；来信来访的，可向受理机关咨询。", "市纪委监委信访室"),
    ("徐**", "2023-09-11", "领导干部的配偶经商，需要向组织报告吗？",
     "按照领导干部报告个人有关事项的规定，配偶、共同生活的子女经商办企业情况应当如实报告。", "市委组织部干部监督科"),
    ("孙**", "2023-09-07", "单位食堂招待上级检查组吃饭，有没有标准？",
     "公务接待应严格执行接待标准，安排工作餐，不得提供高档菜肴和酒水，具体按本地公务接待管理办法执行。", "市纪委监委党风政风监督室"),
    ("马**", "2023-09-04", "发现有人冒充纪委干部向企业索要钱财，该怎么办？",
     "请立即向公安机关报案，同时可向当地纪委监委反映。纪检监察机关工作人员办案不会向企业索要任何财物。", "市纪委监委信访室"),
    ("朱**", "2023-08-30", "市廉政教育基地对外开放吗？怎么预约？",
     "市廉政教育基地每周二至周日对外开放，单位组织参观需提前3个工作日电话预约，个人参观凭有效证件登记入内。", "市纪委监委宣传部"),
    ("胡**", "2023-08-28", "对处分决定不服，可以申诉吗？",
     "受到处分的党员或公职人员对处分决定不服的，可以依照有关规定在规定期限内提出复审、复核或申诉。", "市纪委监委案件审理室"),
]


def site_dangjian() -> None:
    navs = dict(NAV1="", NAV2="", NAV3="", NAV4="")
    # --- article 1: 廉政文化 with a ——subtitle under the headline, numbered subheads, 作者单位 at the end
    body1 = []
    for p in LJ1_BODY:
        if p in LJ1_HEADS:
            body1.append(f'<p style="text-indent: 2em;"><strong><font face="黑体">{esc(p)}</font></strong></p>')
        else:
            body1.append(f'<p style="text-indent: 2em;">{esc(p)}</p>')
    body1.append('<p style="text-align: right;">（作者单位：临江市纪委监委第三监督检查室）</p>')
    artmeta1 = f"""<meta name="ArticleTitle" content="{attr(LJ1_TITLE)}" />
<meta name="PubDate" content="2023-05-16 09:30" />
<meta name="ContentSource" content="临江市纪委监委" />
"""
    doc1 = fill(LJ_HEAD, TITLE=f"清风临江网 - {LJ1_TITLE}", COLUMN="廉政文化", ARTMETA=artmeta1,
                KEYWORDS="家风,颜氏家训,廉政文化", DESCRIPTION=attr(LJ1_BODY[0][:60]), PAGECSS="article",
                CRUMBS='<a href="../" title="廉政文化" class="CurrChnlCls">廉政文化</a>', **{**navs, "NAV2": ' class="on"'}) + lj_article(
        title=LJ1_TITLE, subtitle=LJ1_SUB, date="2023-05-16 09:30", source="临江市纪委监委", author="吴敏",
        body="\n".join(body1),
        prev=("./t20230512_845106.html", "清风诗词｜于谦《石灰吟》赏析"),
        nxt=("./t20230519_845390.html", "廉洁文化进万家 书画作品展开幕")) + LJ_FOOT
    page("e-dangjian-1", doc1, encoding="gb2312", url=f"{LJ}/ljwh/202305/t20230516_845231.html", charset="",
         title=LJ1_TITLE, author="吴敏", published="2023-05-16", text=LJ1_TEXT)

    # --- article 2: 工作动态, no author
    artmeta2 = f"""<meta name="ArticleTitle" content="{attr(LJ2_TITLE)}" />
<meta name="PubDate" content="2023-07-04 17:12" />
<meta name="ContentSource" content="市纪委监委宣传部" />
"""
    body2 = "\n".join(f'<p style="text-indent: 2em;">{esc(p)}</p>' for p in LJ2_TEXT[:2])
    body2 += '\n<p style="text-align: center;"><img src="./W020230704571236541203.jpg" oldsrc="W020230704571236541203.jpg" alt="" /></p>\n'
    body2 += "\n".join(f'<p style="text-indent: 2em;">{esc(p)}</p>' for p in LJ2_TEXT[2:])
    doc2 = fill(LJ_HEAD, TITLE=f"清风临江网 - {LJ2_TITLE}", COLUMN="工作动态", ARTMETA=artmeta2,
                KEYWORDS="廉政谈话,新任职领导干部", DESCRIPTION=attr(LJ2_TEXT[0][:60]), PAGECSS="article",
                CRUMBS='<a href="../" title="工作动态" class="CurrChnlCls">工作动态</a>', **{**navs, "NAV1": ' class="on"'}) + lj_article(
        title=LJ2_TITLE, subtitle="", date="2023-07-04 17:12", source="市纪委监委宣传部", author="",
        body=body2,
        prev=("./t20230703_851150.html", "市纪委监委召开七月份委务会议"),
        nxt=("./t20230706_851288.html", "市纪委监委开展“七一”走访慰问老党员活动")) + LJ_FOOT
    page("e-dangjian-2", doc2, encoding="gb2312", url=f"{LJ}/gzdt/202307/t20230704_851207.html", charset="gb2312",
         title=LJ2_TITLE, author="", published="2023-07-04", text=LJ2_TEXT)

    # --- listing 3: 专题 page (three-sentence intro, link sections)
    secs = []
    for name, items in LJ_ZT_SECTIONS:
        lis = "\n".join(f'                <li><a href="./{name_id[1:7]}/{name_id}.html" target="_blank" title="{attr(t)}">{esc(t)}</a><span>{d}</span></li>'
                        for name_id, t, d in items)
        secs.append(f"""        <div class="zt-col">
            <div class="zt-col-hd"><h3>{name}</h3><a href="./{'gzbs' if name == '工作部署' else 'dxal' if name == '典型案例' else 'chsl' if name == '忏悔实录' else 'gddt'}/" class="more">更多&gt;&gt;</a></div>
            <ul>
{lis}
            </ul>
        </div>""")
    body3 = f"""    <div class="zt-banner"><img src="./images/zt_banner_jsjy2023.jpg" width="1000" height="200" alt="以案为鉴 警钟长鸣" /></div>
    <div class="zt-intro">
        <h2>以案为鉴 警钟长鸣——临江市2023年警示教育月</h2>
        <p>为深化以案促改、以案促治，市纪委监委在全市部署开展2023年警示教育月活动。活动期间，各级党组织将通过召开警示教育大会、观看警示教育片、参观廉政教育基地、开展案例研讨等形式，引导党员干部知敬畏、存戒惧、守底线。本专题集中展示活动部署、典型案例通报、忏悔录摘编以及各地各单位的经验做法，欢迎广大党员干部和群众关注。</p>
    </div>
    <div class="zt-body">
{chr(10).join(secs)}
        <div class="zt-col zt-down">
            <div class="zt-col-hd"><h3>学习资料</h3></div>
            <ul>
                <li><a href="./P020230908612345678901.pdf">警示教育月学习资料汇编（PDF）</a></li>
                <li><a href="./P020230908612345678902.doc">案例研讨发言提纲参考（DOC）</a></li>
                <li><a href="../../jsjy/jsp/">警示教育片在线观看</a></li>
            </ul>
        </div>
    </div>
"""
    doc3 = fill(LJ_HEAD, TITLE="清风临江网 - 以案为鉴 警钟长鸣——2023年警示教育月专题", COLUMN="专题专栏", ARTMETA="",
                KEYWORDS="警示教育月,以案为鉴,专题", DESCRIPTION="临江市2023年警示教育月专题", PAGECSS="zt",
                CRUMBS='<a href="../" title="专题专栏" class="CurrChnlCls">专题专栏</a>&nbsp;&gt;&nbsp;<a href="./" title="警示教育月" class="CurrChnlCls">警示教育月</a>',
                **{**navs, "NAV3": ' class="on"'}) + body3 + LJ_FOOT
    page("e-dangjian-3", doc3, encoding="gb2312", url=f"{LJ}/ztzl/jsjy2023/", charset="", listing=True)

    # --- listing 4: 廉政信箱 答复公开, 15 questions with short official replies
    letters = "\n".join(f"""        <div class="xx-item">
            <div class="xx-q"><span class="tag-q">问</span><div class="q-body"><p class="q-meta">咨询人：{who} &nbsp; 时间：{d}</p><p>{esc(q)}</p></div></div>
            <div class="xx-a"><span class="tag-a">答</span><div class="a-body"><p>{esc(a)}</p><p class="a-meta">答复单位：{unit}</p></div></div>
        </div>""" for who, d, q, a, unit in LJ_LETTERS)
    body4 = f"""    <div class="xx-top">
        <h2>廉政信箱 · 答复公开</h2>
        <div class="xx-btns"><a href="./wyzx/" class="btn-ask">我要咨询</a> <a href="http://www.12388.gov.cn" target="_blank" class="btn-jb">我要举报</a></div>
        <p class="xx-tip">本栏目只受理有关党纪政纪政策法规的咨询，不受理信访举报。对咨询问题，我们将在10个工作日内答复，涉及个人隐私的内容不予公开。</p>
    </div>
    <div class="xx-list">
{letters}
    </div>
    <div class="page"><script type="text/javascript">
var currentPage = 1; var countPage = 9;
createPageHTML(countPage, currentPage, "index", "html");
</script><a href="index.html">首页</a> <a href="index.html">上一页</a> <a href="index.html">1</a> <span class="cur">2</span> <a href="index_2.html">3</a> <a href="index_2.html">下一页</a> <a href="index_8.html">尾页</a></div>
"""
    doc4 = fill(LJ_HEAD, TITLE="清风临江网 - 廉政信箱", COLUMN="廉政信箱", ARTMETA="",
                KEYWORDS="廉政信箱,咨询,答复", DESCRIPTION="清风临江网廉政信箱答复公开", PAGECSS="xx",
                CRUMBS='<a href="../" title="廉政信箱" class="CurrChnlCls">廉政信箱</a>',
                **{**navs, "NAV4": ' class="on"'}) + body4 + LJ_FOOT
    page("e-dangjian-4", doc4, encoding="gb2312", url=f"{LJ}/lzxx/index_1.html", charset="", listing=True)


def main() -> None:
    site_difang()
    site_yuanxi()
    site_xiehui()
    site_qiye()
    site_wenxue()
    site_rongmei()
    site_gangao()
    site_dangjian()
    print(f"wrote {len(WRITTEN)} pages: {', '.join(WRITTEN)}")


if __name__ == "__main__":
    main()
