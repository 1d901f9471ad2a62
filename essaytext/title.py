"""A page's titles cleaned: the <title> without its site's name and affixes, split into its
parts; headline candidates tidied (private-use characters, labels, file suffixes, keyword
parentheses). Which candidate is the headline: `headline`."""

from __future__ import annotations

import html as htmllib
import re
from dataclasses import dataclass

from .names import is_person_name
from .normalize import fold
from .template import SiteTemplate, template_key

# "标题_栏目_新华网", "标题 - 新浪新闻", "标题|人民网", "站名--栏目--标题".
# A lone hyphen separates only with spaces around it, or between Chinese characters
# (禾乡日报数字报-标题): a Chinese headline spells no word with one.
TITLE_SEPARATORS = re.compile(
    r"\s*(?:_|\||｜|--+|\s[-–—]\s|(?<=[\u4e00-\u9fff）】》」])-(?=[\u4e00-\u9fff（【《「])|——|\s>\s)\s*"
)
# Flipbook viewers title a page "Page 55 - 刊名": the publication is the title.
_FLIPBOOK_PAGE = re.compile(r"^(?:Page|P\.)\s*\d+\s*[-–—]\s*", re.IGNORECASE)
# "标题-新华网", "标题-思想理论杂志", "标题-站名财经": a short site name after a bare hyphen.
_SITE_SUFFIX = re.compile(
    r"(?<=\S{4})[-–]+(?:[^-–]{1,12}?)"
    r"(?:网|报|刊|杂志|社|台|频道|新闻|文档|在线|中心|官网|平台|论坛|博客|财经|资讯|门户)$"
)
# Labels before a headline: 「原创」, a forum thread's type tag ([杂谈], [经验分享]).
_TITLE_TAG = re.compile(
    r"^(?:[「【\[]\s*(原创|转载|独家|推荐|精选|原創|轉載|獨家)\s*[」】\]]|\[[^\[\]\s]{1,6}\])\s*"
)
# A title followed by SEO keywords in parentheses: 标题(党建工作 业务工作 双向融合)
_TITLE_KEYWORDS = re.compile(r"\s*[(](?:[^()()]{1,12}[ 　,，、]){1,}[^()()]{1,12}[)]\s*$")
# A name in brackets after the headline (标题（王雅琴）): its author, not its title.
_AUTHOR_AFTER = re.compile(r"\s*[（(]([\u4e00-\u9fff·]{2,4})[）)]\s*$")
# The first piece of a page of several, named for all: 外婆的腌菜坛（外三篇）
_AND_OTHERS = re.compile(r"\s*[（(]外[一二三四五六七八九十两\d]{1,3}[篇首章则][）)]\s*$")
_TITLE_FILE = re.compile(r"\.(?:pdf|docx?|pptx?|xlsx?|txt|wps)(?:VIP)?$", re.IGNORECASE)
# A forum's or form's label before the subject: "主题: 标题".
# A column's name set before a page's own headline: 散文 · 父亲的工具箱
_SECTION_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,4}\s*[·•]\s*(?=\S{4})")


def without_section_label(line: str) -> str:
    """A text's headline line without the column name before it (散文 · X → X)."""
    return _SECTION_LABEL.sub("", line.strip())


_LABEL = re.compile(r"^(?:主题|标题|题目|文章标题|帖子|Subject|Re)\s*[:：]\s*", re.IGNORECASE)
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_SPACE = re.compile(r"\s+")
MIN_TITLE = 4
MAX_TITLE = 100


# How far above the essay's first line (in visible lines) its headline may stand.
_NON_WORD = re.compile(r"[\W_]+")


def title_key(text: str) -> str:
    """A title as compared: simplified script, without spaces, punctuation or symbols."""
    return _NON_WORD.sub("", fold(text))


def tidy_title(title: str | None) -> str | None:
    """One candidate cleaned: private-use characters, 「原创」 tags, keyword lists, file suffixes."""
    if not title:
        return None
    title = _SPACE.sub(" ", _PRIVATE_USE.sub("", htmllib.unescape(title))).strip()
    title = _FLIPBOOK_PAGE.sub("", title)
    title = _LABEL.sub("", _TITLE_TAG.sub("", title))
    title = _TITLE_FILE.sub("", _TITLE_KEYWORDS.sub("", _AND_OTHERS.sub("", title)))
    named = _AUTHOR_AFTER.search(title)
    if named and is_person_name(named.group(1)):
        title = title[: named.start()]
    return title.strip() or None


_GAP = re.compile(r"[\W_]+")


def title_affixes(title: str) -> set[str]:
    """Keys of what a <title> may carry around its headline: each start before, and each end
    after, a run of punctuation or space ("标题 ~ 某县人民政府" → "<标题", ">某县人民政府")."""
    found: set[str] = set()
    for gap in _GAP.finditer(title):
        before, after = title[: gap.start()], title[gap.end() :]
        found.update(
            {"<" + template_key(before, digits=False), ">" + template_key(after, digits=False)}
        )
    return {key for key in found if len(key) > 1}


def strip_affixes(title: str, learned: frozenset[str]) -> str:
    """A <title> without the starts and ends its site repeats on every page."""
    for gap in reversed(list(_GAP.finditer(title))):
        if ">" + template_key(title[gap.end() :], digits=False) in learned:
            title = title[: gap.start()]
    for gap in _GAP.finditer(title):
        if "<" + template_key(title[: gap.start()], digits=False) in learned:
            return title[gap.end() :]
    return title


def names_site(title: str, template: SiteTemplate) -> bool:
    """Whether a title is, or carries, what its site repeats in its titles."""
    key = template_key(title, digits=False)
    return key in template.titles or strip_affixes(title, template.titles) != title


def title_parts(
    title: str | None, learned: frozenset[str] = frozenset()
) -> tuple[str | None, list[str]]:
    """A <title> cleaned, and its parts: without its site's affixes (`learned`) and a site
    suffix, split at its separators."""
    whole = tidy_title(title)
    if not whole:
        return None, []
    bare = strip_affixes(whole, learned) if learned else whole
    for _ in range(3):  # "标题-股票频道-和讯网"
        bare = _SITE_SUFFIX.sub("", bare)
    cleaned = (tidy_title(part) for part in TITLE_SEPARATORS.split(bare))
    return whole, list(dict.fromkeys(part for part in cleaned if part))


def clean_title(title: str | None) -> str | None:
    """A title standing alone (PDF metadata, a title line): its first part, or the longest
    when the first is too short to be a title."""
    _, parts = title_parts(title)
    if not parts:
        return None
    return parts[0] if len(parts[0]) >= MIN_TITLE else max(parts, key=len)


@dataclass(frozen=True)
class TitleSources:
    """Where a page's title may come from: its <title>, og:title, headings, own links."""

    title_tag: str | None
    meta: str | None
    headings: tuple[str, ...]
    own_links: tuple[str, ...] = ()

    def keys(self) -> frozenset[str]:
        """What a site may repeat in its titles: keys of the headings, the <title>'s parts
        and its starts and ends, for learning the site's template."""
        whole, parts = title_parts(self.title_tag)
        keys = {template_key(text, digits=False) for text in [*parts, *self.headings]}
        return frozenset(filter(None, keys | (title_affixes(whole) if whole else set())))
