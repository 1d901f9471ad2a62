"""Clutter rules, kept as data: what surrounds an essay on Chinese news and document sites.

Two kinds of rule (nodes removed by class before extraction are in `structure`):
- LINE_PATTERNS: a line of the extracted text matching one of these is dropped. Lines are
  matched in folded form (simplified script, ASCII punctuation: `normalize.fold`), so a rule is
  written once. Patterns only apply to lines of at most MAX_CLUTTER_LINE characters: an
  essay's own paragraphs are longer, and the rules must never remove one of its sentences.
- TAIL_MARKERS: a line that starts the page's trailer (上一篇, 相关推荐, 文档评论 …) in the
  last part of the text; it and everything after it is dropped.
"""

from __future__ import annotations

import re

from .metadata import AUTHOR_OUTLET, is_person_name
from .normalize import fold

MAX_CLUTTER_LINE = 320
# trafilatura writes list items as "- item".
LIST_MARKER = re.compile(r"^[-•·]\s+")

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
            r"(转载|转发|来源).{0,20}(注明出处|请注明)|转载请.{0,12}(联系|授权|许可)|未经(授权|许可).{0,20}(转载|复制)|仅代表作者(本人|个人)?(观点|立场)",
        ),
        ("prev_next", r"^(上一篇|下一篇|上一页|下一页|上一章|下一章)([:\s]|$)"),
        (
            "related",
            r"^(相关推荐|相关文档|相关阅读|相关文章|相关新闻|推荐阅读|热门推荐|猜你喜欢|延伸阅读|更多精彩)\s*[:]?$",
        ),
        (
            "editor",
            r"^[(\[【]?\s*(责任编辑|编辑|校对|审核|审校|责编|来源|编审|监制)\s*[:\s].{0,30}[)\]】]?$",
        ),
        ("editor", r"^.{0,30}(来源|编辑)[:].{0,30}(编辑|作者)[:].{0,20}$"),
        ("vip_notice", r"^\d{1,2}\s*[.、]\s*(\d{1,2}\s*[.、])?.*(VIP|付费|下载|本站|网站|本文档)"),
        (
            "vip_notice",
            r"VIP(文档|会员|精品|权益)|成为VIP|下载(权益|本文档)|二次下载|版权申诉|举报电话|上传文档|文档贡献者",
        ),
        ("vip_notice", r"^(查看更多|展开全文|阅读全文|点击查看|实名认证|\+ ?关注|该用户很懒.*)$"),
        ("vip_notice", r"^.{1,120}\.(pdf|docx?|pptx?|txt)(VIP)?$"),
        ("original_title", r"^\(?原标题[:\s]|^\(?原题(为|是)?[:《]"),
        ("source", r"^\(?(本文|文章|稿件|资料)?(来源|转自|出处|稿源)[:].{0,40}$"),
        (
            "byline",
            r"^原创[:\s].{0,30}$|"
            + AUTHOR_OUTLET.pattern,  # 石佳/中国青年报: metadata reads the name
        ),
        ("byline", r"^\(?.{0,20}对(此|本)文(亦)?有(所)?贡献\)?$"),
        (
            "dateline",
            r"^\(?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(\d{1,2}:\d{2}(:\d{2})?)?\s*(星期|周)?[一二三四五六日天]?\)?$",
        ),
        (
            "tools",
            r"^(字号|字体|打印|关闭窗口|返回顶部|纠错|大|中|小|A\+|A-|T|广告|推广|AD|Advertisement)$|^(关键词|关键字|标签|Tags?)\s*>>",
        ),
        (
            "app_promo",
            r"^.{0,20}(下载|安装).{0,12}(客户端|APP)|【下载地址】|^.{0,20}扫描.{0,10}二维码|^.{0,20}关注.{0,20}(公众号|官方微信)",
        ),
        (
            "copyright",
            r"^Copyright|^All Rights Reserved|^.{0,40}版权所有\S{0,20}$|^(举报邮箱|违法和不良信息举报|举报电话)",
        ),
        (
            "byline",
            r"^\(?[\u4e00-\u9fff]{0,10}(记者|通讯员|实习生)[:\s]*[\u4e00-\u9fff·]{2,4}"
            r"([\s、,][\u4e00-\u9fff·]{2,4}){0,3}\s*(摄影?|报道|整理)?\)?$",
        ),
        ("author_note", r"^\(?\s*作者(单位|系|为|简介)[:\s]"),
        (
            "caption",
            r"^[▲△].{0,80}$|^(图片|图|照片|视频)(来源|来自|源)[:\s]|^\(?(点击|click).{0,8}(大图|看图|图片)",
        ),
        # Link lists of other stories: 【 军事 】 标题…
        ("related", r"^【\s+[\u4e00-\u9fff]{2,4}\s+】"),
        ("doc_comments", r"^文档评论\s*[(]\d+[)]$"),
        ("uploader", r"^\d{3}\*{2,}\d{2,}"),
        ("share", r"^(分享到|分享至|扫一扫|扫描二维码|微信扫一扫|打开微信)"),
        ("counter", r"^[(]?\d{1,6}[)]?$|^(点赞|收藏|评论|阅读|浏览)\s*[(]?\d*[)]?$"),
        ("counter", r"^(阅读|浏览|点击)(量|数|次数)?[:]?\s*\d+"),
        ("breadcrumb", r"^.{0,40}(首页|当前位置|您的位置)[^。!?]{0,60}(>|>|»|/)"),
        # A breadcrumb laid out one step a line: "您所在的位置：", "快讯 >", ">".
        (
            "breadcrumb",
            r"^(当前位置|您的位置|您所在的位置|所在位置|当前栏目)[:]?$|^.{0,12}\s*[>»›]$",
        ),
        ("tags", r"^(标签|关键词|关键字|Tags?)[:]?$"),
        ("dateline", r"^(昨天|今天|前天|刚刚|\d{1,2}\s*(分钟|小时|天)前)$"),
        ("icp", r"ICP(备|证)\s*\d+|公网安备|增值电信业务"),
        (
            "page_furniture",
            r"^(Page|P\.)\s*\d+\b|^(\d{1,4}\s+){3,}\d{1,4}$|"
            r"^第\s*\d+\s*页\s*[/,、]?\s*(共\s*\d+\s*页)?$|^\d{1,4}\s*/\s*\d{1,4}$|"
            r"^[-—–]?\s*\d{1,4}\s*[-—–]$",  # "- 1 -" (a list marker "- " is stripped first)
        ),
    )
)

TAIL_MARKERS = re.compile(
    r"^(上一篇|下一篇|相关推荐|相关文档|相关阅读|相关文章|相关新闻|推荐阅读|猜你喜欢|文档评论|"
    r"热门推荐|延伸阅读|网友评论|发表评论|我要评论)"
)
# A tail marker only cuts when it comes after this share of the text.
TAIL_START = 0.5

_KEYWORD_ITEM = re.compile(r"[^,，|\s]{1,12}")


def is_spam_keyword_line(line: str) -> bool:
    """SEO keyword lines: many short comma-separated items and no sentence."""
    # A sentence that runs over many commas ends a clause or holds a stop or a colon.
    if len(line) > 200 or re.search(r"[。!?:;]|[,、]$", line):
        return False
    # Split on commas only: 、 enumerates within an essay's own sentences (…执行、智慧、文化…).
    items = [s for s in re.split(r"[,，|]", line) if s.strip()]
    return len(items) >= 5 and all(_KEYWORD_ITEM.fullmatch(s.strip()) for s in items)


def clutter_rule(line: str) -> str | None:
    """Name of the clutter rule a line matches, or None if it looks like essay text."""
    stripped = LIST_MARKER.sub("", line.strip())
    if not stripped or len(stripped) > MAX_CLUTTER_LINE:
        return None
    simplified = fold(stripped)
    if is_spam_keyword_line(simplified):
        return "spam_keywords"
    for name, pattern in LINE_PATTERNS:
        if pattern.search(simplified):
            return name
    return None


# The trailer: short lines holding no sentence (link lists, footers, app promotions) after
# the essay's last sentence. Cut only while it stays a small share of the text; a last
# paragraph cut short mid-sentence ("…。国有企业基层组织发挥着把方") holds one and stays.
TRAILER_LINE = 60
TRAILER_SHARE = 0.3
_SENTENCE_MARK = re.compile(r"[。！？!?…;；]|[”」』)）》]$")
# A short note wholly in brackets ends no sentence: （此件公开发布）, （完）.
_BRACKET_NOTE = re.compile(r"^[(（][^()（）]{1,30}[)）]$")


# A note closing a paragraph that is not the essay's: 对疾控至关重要。(本文来自澎湃新闻,更多原创资讯请下载…APP)
TRAILING_NOTE = re.compile(r"\s*[(（](?:本文|文章)(?:来自|来源|转自|转载自)[^()（）]{0,60}[)）]$")


def trailer_start(lines: list[str]) -> int:
    """Index of the first line of the page trailer, or len(lines) when there is none."""
    start = len(lines)
    while start > 0:
        line = lines[start - 1]
        if len(line) >= TRAILER_LINE or is_person_name(line):
            break
        if _SENTENCE_MARK.search(line) and not _BRACKET_NOTE.match(line):
            break
        start -= 1
    total = sum(len(line) for line in lines)
    trailer = sum(len(line) for line in lines[start:])
    return start if start > 0 and trailer <= total * TRAILER_SHARE else len(lines)


_WORD = re.compile(r"[^\W_]")


def _table_row(line: str, extra: tuple[re.Pattern[str], ...]) -> str:
    """A markdown table row without its furniture cells ("" when none is left)."""
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
    kept = [c for c in cells if c and not clutter_rule(c) and not any(p.search(c) for p in extra)]
    return f"| {' | '.join(kept)} |" if kept else ""


def strip_clutter(lines: list[str], extra_patterns: tuple[re.Pattern[str], ...] = ()) -> list[str]:
    """Drop clutter lines from an essay's extracted lines (list markers too), and all from a
    trailer marker (上一篇, 相关推荐 …) on."""
    total = sum(len(line) for line in lines)
    seen = 0
    kept: list[str] = []
    for line in lines:
        stripped = LIST_MARKER.sub("", line.strip())
        if total and seen >= total * TAIL_START and TAIL_MARKERS.match(fold(stripped[:8])):
            break
        seen += len(line)
        if stripped.startswith("|") and stripped.endswith("|"):
            stripped = _table_row(stripped, extra_patterns)
        if (
            not _WORD.search(stripped)  # a lone "-" or ">": no text
            or clutter_rule(stripped)
            or any(p.search(stripped) for p in extra_patterns)
        ):
            continue
        kept.append(TRAILING_NOTE.sub("", stripped))
    return kept


def cut_trailer(lines: list[str]) -> list[str]:
    """The lines without the page trailer (after hard-wrapped lines are joined again, so the
    last fragment of a wrapped paragraph is part of it, not a short trailer line)."""
    return lines[: trailer_start(lines)]
