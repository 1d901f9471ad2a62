"""Chinese bylines: authors, read before trafilatura's guesses (dates: `dates`)."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .names import is_person_name
from .normalize import fold

# A name's characters; none starts a label run on after it (钟岚发布时间 is 钟岚, then a label)
_NAME = r"(?:(?!发布|发表|来源|编辑|责编|时间|日期|浏览|阅读|点击)[\u4e00-\u9fff·]){2,4}"
# Labels that follow a name on a byline line are not more names: 作者：张三 发布时间：…
_LABEL_AHEAD = (
    r"(?!发布|发表|来源|编辑|责编|责任|时间|日期|点击|浏览|阅读|字号|更新|[\u4e00-\u9fff]{1,4}:)"
)
# A byline's name is no label (作者：　发布时间：… names nobody)
_NO_LABEL = r"(?!发布|发表|来源|编辑|责编|责任|时间|日期|点击|浏览|阅读|字号|更新)"
# Co-authors, a paper's affiliation marks between them (龙清源1，何晓岚2)
_NAMES = rf"{_NO_LABEL}{_NAME}(?:[\d,]*[ 　、,，]{_LABEL_AHEAD}{_NAME}){{0,3}}"
# A whole byline line: 作者 X / 文/X / □ X (◎ ● ○ as newspapers mark it) / 记者 X Y
# 作者 then a page's word, no name: 作者索引, 作者专栏, 作者简介
_NOT_AFTER_AUTHOR = "简介|单位|索引|专栏|列表|主页|文集|其他|更多|推荐|介绍|排行"
AUTHOR = re.compile(
    rf"^(?:[(]?\s*)?(?:(?:[【\[]?作者(?!{_NOT_AFTER_AUTHOR})[】\]]?|撰文|记者|□|■|◎|●|○)\s*[:/|／]?|文\s*[:/|／])\s*(?P<name>{_NAMES})\s*[)]?$"
)
# A byline inside a longer line: (记者陈智 整合), 澎湃新闻记者 段彦超 廖艳, 作者：张三 来源：…
AUTHOR_IN_LINE = re.compile(
    rf"(?:(?<![\u4e00-\u9fff])作者(?!{_NOT_AFTER_AUTHOR})|作者(?=\s*:)|楼主(?=\s*:)|撰文|撰稿|记者|编译|[文图]\s*/\s*[文图]|(?<![\u4e00-\u9fff])文\s*[/／|]|(?<=\))班)"
    rf"\s*[】\]]?\s*[:]?\s*(?:(?:文字|采写|执笔|文)\s*[/／|:]\s*)?(?P<name>{_NAMES})"
    r"(?=$|[\s　()（）,，。|｜/∕【\[\d]|来源|编辑|日期|时间|发布|发表|更新|整合|报道|摄|指导|浏览|阅读|点击|字数)"
)
# A magazine's byline after the name (申雅丽/文), a diarist's dated signature (周立新 记于2012年4月)
AUTHOR_BEFORE_CREDIT = re.compile(rf"^(?P<name>{_NAMES})\s*/\s*(?:文|文图|图文)$")
# A blog's or forum's post line: 周建国 发表于 2008-03-22 20:15:36
AUTHOR_POSTED = re.compile(rf"^(?P<name>{_NAME})\s*(?:发表于|发布于)\s*(?:19|20)\d{{2}}")
AUTHOR_SIGNED = re.compile(rf"^(?P<name>{_NAME})[\s　]*(?:记|写|草|作)于\s*\S{{2,20}}$")
# A reprint's byline: 石佳/中国青年报
AUTHOR_OUTLET = re.compile(rf"^(?P<name>{_NAMES})\s*/\s*\S{{2,12}}(?:报|网|社|台|客户端|新闻)$")
# The byline in parentheses that opens a news lead: 新京报讯(记者 陆一夫), 本报讯(记者 张三 通讯员 李四)
LEAD_BYLINE = re.compile(
    rf"^[【\[]?本报讯[】\]]?\s*记者\s*(?P<name>{_NAMES})(?=\s*(?:报道|报导)?\s*[:])|"
    rf"^.{{0,16}}?[(\[〔【]\s*(?:本报|特约)?记者\s*(?P<name2>{_NAMES})"
    r"(?=\s*[)\]〕】]|\s+(?:通讯员|实习生)|\s*[/∕]\S{1,10}?(?:报导|报道|电)\s*[)\]〕】])"
)
# A two-character name set with a space between its characters, ending a byline line
_SPACED_NAME = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ 　]([\u4e00-\u9fff])$")
_PHOTO_CREDIT = re.compile(r"摄影?\s*[)\]〕】|]?$")
NOT_A_NAME = {
    "编辑",
    "来源",
    "作者",
    "记者",
    "本文",
    "本报",
    "通讯员",
    "未知",
    "佚名",
    "整合",
    "报道",
    "单位",
    "个人",
    "个人观点",
    "本人",
    "楼主",  # a forum's floor badges: 楼主 发表于 2024-05-02
    "沙发",
    "板凳",
}
# trafilatura's author guesses that are page furniture, not people.
JUNK_AUTHOR = re.compile(
    r"编辑|网友|授权|email|name|\bip\b|来源|未知|佚名|评论|登录|\d", re.IGNORECASE
)


# A sign-off closing a news story: 采写：南都见习记者 林子沛, （作者：张三）; not a photo credit.
SIGNOFF = re.compile(
    rf"^[(（]?\s*(?:采写|撰文|作者|文)\s*[:：/／]\s*(?:\S{{0,8}}记者\s*)?(?P<name>{_NAMES})\s*[)）]?$"
)


def find_signoff(lines: list[str]) -> str | None:
    """The author named by a sign-off line at the very end of a text."""
    for line in lines[-2:]:
        match = SIGNOFF.match(fold(line.strip()))
        if match and fold(match.group("name")) not in NOT_A_NAME:
            return line.strip()[match.start("name") : match.end("name")]
    return None


# Elements that name the writer: class or id author/byline, WeChat's profile meta line.
_AUTHOR_CLASS = re.compile(r"author|byline|writer|rich_media_meta_text", re.IGNORECASE)
_NOT_WRITER = re.compile(r"\d|昨天|今天|前天|原创|小时|分钟|来源|编辑")


def classed_author(tree: HtmlElement) -> str | None:
    """A person's name alone in an element classed as the page's author or byline."""
    for element in tree.iter("span", "em", "a", "div", "p", "strong"):
        named = f"{element.get('class', '')} {element.get('id', '')}"
        if not _AUTHOR_CLASS.search(named) or len(element) > 2:
            continue
        text = re.sub(r"^(?:作者|文|撰文)\s*[:：/]?\s*", "", element.text_content().strip())
        if (
            is_person_name(text)
            and not _NOT_WRITER.search(text)
            and fold(text) not in NOT_A_NAME
            and not JUNK_AUTHOR.search(text)
        ):
            return text
    return None


def meta_author(tree: HtmlElement) -> str | None:
    """A person's name as the page's <meta name="author"> (or article:author); a site's
    name or an account there is no author."""
    for value in tree.xpath(
        "//meta[@name='author' or @property='article:author' or @name='article:author']/@content"
    ):
        text = str(value).strip()
        if is_person_name(text) and fold(text) not in NOT_A_NAME:
            return text
    return None


def find_author(lines: list[str], max_lines: int = 40) -> str | None:
    """Author from a byline (作者 X, 文/X, □ X, 记者 X) among the first lines."""
    for line in lines[:max_lines]:
        stripped = _SPACED_NAME.sub(r"\1\2", line.strip())  # 本报记者　周　敏
        simplified = fold(stripped)
        if _PHOTO_CREDIT.search(simplified):
            continue  # (记者林佳蓉摄): who took the photo, not who wrote
        if len(simplified) > 80:
            # A news lead opens with its byline: 新京报讯(记者 陆一夫)11月25日,…
            match = LEAD_BYLINE.match(simplified)
        else:
            match = (
                AUTHOR.match(simplified)
                or AUTHOR_BEFORE_CREDIT.match(simplified)
                or AUTHOR_SIGNED.match(simplified)
                or AUTHOR_OUTLET.match(simplified)
                if len(simplified) <= 40
                else None
            )
            match = match or AUTHOR_POSTED.match(simplified) or AUTHOR_IN_LINE.search(simplified)
        if match:
            # Report the names as the page writes them (traditional stays traditional).
            group = "name" if match.group("name") else "name2"
            written = stripped[match.start(group) : match.end(group)]
            names = [
                n for n in re.split(r"[\d ,　、，]+", written) if n and fold(n) not in NOT_A_NAME
            ]
            # A unit beside the name (文/运维中心 马骁, 陈思远 市中医院): the person's names only.
            people = [n for n in names if is_person_name(n)]
            if not people and "记者" in simplified[match.start() : match.start(group)]:
                continue  # a reporter has a person's name: 口袋公园记者实地探访 is a headline
            if names:
                return " ".join(people or names[:1])
    return None


def clean_author(value: str | None) -> str | None:
    """trafilatura's author, unless it is an editor credit or other page furniture."""
    if not value:
        return None
    value = re.sub(r"^(作者|文|记者)[:/]\s*", "", value.strip())
    if len(value) > 24 or JUNK_AUTHOR.search(value):
        return None
    return value or None
