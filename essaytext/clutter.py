"""Clutter rules, kept as data: what surrounds an essay on Chinese news and document sites.

Three kinds of rule:
- PRUNE_XPATHS: nodes removed from the page before trafilatura looks for the main block.
- LINE_PATTERNS: a line of the extracted text matching one of these is dropped. Lines are
  matched in simplified script (traditional pages fold through OpenCC first), so a rule is
  written once. Patterns only apply to lines of at most MAX_CLUTTER_LINE characters: an
  essay's own paragraphs are longer, and the rules must never remove one of its sentences.
- TAIL_MARKERS: a line that starts the page's trailer (上一篇, 相关推荐, 文档评论 …) in the
  last part of the text; it and everything after it is dropped.
"""

from __future__ import annotations

import re

from .normalize import to_simplified

# Node classes/ids of page furniture; matched as whole class tokens where possible.
_FURNITURE = (
    "breadcrumb",
    "crumb",
    "share",
    "bdsharebuttonbox",
    "social-share",
    "comment",
    "comments",
    "related",
    "recommend",
    "relate",
    "hot-news",
    "copyright",
    "disclaimer",
    "statement",
    "pager",
    "pagination",
    "prev-next",
    "prevnext",
    "uploader",
    "user-info",
    "doc-info",
    "footer",
    "icp",
)
PRUNE_XPATHS: tuple[str, ...] = (
    *(
        f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {name} ') or @id='{name}']"
        for name in _FURNITURE
    ),
    "//nav",
    "//footer",
    "//aside",
    "//script",
    "//style",
)

MAX_CLUTTER_LINE = 320

LINE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("disclaimer", r"^(版权声明|免责声明|特别声明|郑重声明)[::\s]"),
        (
            "disclaimer",
            r"仅提供信息存储空间|不拥有所有权|不承担相关法律责任|侵权必究|请联系(本站|我们)删除|一经查实.{0,10}删除",
        ),
        ("disclaimer", r"(转载|来源).{0,20}(注明出处|请注明)|未经(授权|许可).{0,20}(转载|复制)"),
        ("prev_next", r"^(上一篇|下一篇|上一页|下一页|上一章|下一章)([::\s]|$)"),
        (
            "related",
            r"^(相关推荐|相关文档|相关阅读|相关文章|相关新闻|推荐阅读|热门推荐|猜你喜欢|延伸阅读|更多精彩)\s*[::]?$",
        ),
        (
            "editor",
            r"^[((\[【]?\s*(责任编辑|编辑|校对|审核|审校|责编|来源|编审|监制)\s*[::\s].{0,30}[))\]】]?$",
        ),
        ("editor", r"^.{0,30}(来源|编辑)[::].{0,30}(编辑|作者)[::].{0,20}$"),
        ("vip_notice", r"^\d{1,2}\s*[.、]\s*(\d{1,2}\s*[.、])?.*(VIP|付费|下载|本站|网站|本文档)"),
        (
            "vip_notice",
            r"VIP(文档|会员|精品|权益)|成为VIP|下载(权益|本文档)|二次下载|版权申诉|举报电话|上传文档|文档贡献者",
        ),
        ("vip_notice", r"^(查看更多|展开全文|阅读全文|点击查看|实名认证|\+ ?关注|该用户很懒.*)$"),
        ("vip_notice", r"^.{1,120}\.(pdf|docx?|pptx?|txt)(VIP)?$"),
        ("doc_comments", r"^文档评论\s*[((]\d+[))]$"),
        ("uploader", r"^\d{3}\*{2,}\d{2,}"),
        ("share", r"^(分享到|分享至|扫一扫|扫描二维码|微信扫一扫|打开微信)"),
        ("counter", r"^[((]?\d{1,6}[))]?$|^(点赞|收藏|评论|阅读|浏览)\s*[((]?\d*[))]?$"),
        ("counter", r"^(阅读|浏览|点击)(量|数|次数)?[::]?\s*\d+"),
        ("breadcrumb", r"^.{0,40}(首页|当前位置|您的位置)[^。!?]{0,60}(>|>|»|/)"),
        ("icp", r"ICP(备|证)\s*\d+|公网安备|增值电信业务"),
        ("page_furniture", r"^(Page|P\.)\s*\d+\b|^(\d{1,4}\s+){3,}\d{1,4}$"),
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
    if "。" in line or len(line) > 200:
        return False
    # Split on commas only: 、 enumerates within an essay's own sentences (…执行、智慧、文化…).
    items = [s for s in re.split(r"[,，|]", line) if s.strip()]
    return len(items) >= 5 and all(_KEYWORD_ITEM.fullmatch(s.strip()) for s in items)


def clutter_rule(line: str) -> str | None:
    """Name of the clutter rule a line matches, or None if it looks like essay text."""
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_CLUTTER_LINE:
        return None
    simplified = to_simplified(stripped)
    if is_spam_keyword_line(simplified):
        return "spam_keywords"
    for name, pattern in LINE_PATTERNS:
        if pattern.search(simplified):
            return name
    return None


def strip_clutter(lines: list[str], extra_patterns: tuple[re.Pattern[str], ...] = ()) -> list[str]:
    """Drop clutter lines and the page trailer from an essay's extracted lines."""
    total = sum(len(line) for line in lines)
    seen = 0
    kept: list[str] = []
    for line in lines:
        stripped = line.strip()
        if total and seen >= total * TAIL_START and TAIL_MARKERS.match(to_simplified(stripped[:8])):
            break
        seen += len(line)
        if (
            not stripped
            or clutter_rule(stripped)
            or any(p.search(stripped) for p in extra_patterns)
        ):
            continue
        kept.append(stripped)
    return kept
