"""Chinese bylines: publication dates and authors, read before trafilatura's guesses."""

from __future__ import annotations

import re
from datetime import datetime

from lxml.html import HtmlElement

from .normalize import fold

# 2026年02月08日 10:07:11 / 2026-02-08 10:07 / 2026/2/8 / 2026.02.08
DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:年|-|/|\.)\s*(?P<m>\d{1,2})\s*(?:月|-|/|\.)\s*(?P<d>\d{1,2})(?!\d)\s*日?"
    r"(?:\s*(?P<H>\d{1,2})[:：](?P<M>\d{2})(?:[:：](?P<S>\d{2}))?)?"
)
# A magazine issue: 2021·5, 2021年第5期 → the month of the issue.
ISSUE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:·|年第)\s*(?P<m>\d{1,2})(?:\s*期)?(?![\d.·-])"
)
# A reprint's source line at the end of an essay: ——《刊名》1998年3月号, (原载《刊名》2019年第3期)
ISSUE_LINE = re.compile(
    r"^[—\-(（\s]*(?:原载|摘自|选自|转自|刊于|载)?\s*《[^》]{1,30}》\s*"
    r"(?P<y>(?:19|20)\d{2})\s*年\s*(?:第\s*)?(?P<m>\d{1,2})\s*(?:月号|月|期)"
)
LABELLED = re.compile(r"(?:发布|发表|更新|出版)(?:时间|日期|于)|时间[:：]|日期[:：]")

_NAME = r"[\u4e00-\u9fff·]{2,4}"
# Labels that follow a name on a byline line are not more names: 作者：张三 发布时间：…
_LABEL_AHEAD = (
    r"(?!发布|发表|来源|编辑|责编|责任|时间|日期|点击|浏览|阅读|字号|更新|[\u4e00-\u9fff]{1,4}:)"
)
_NAMES = rf"{_NAME}(?:[ 　、,，]{_LABEL_AHEAD}{_NAME}){{0,3}}"
# A whole byline line: 作者 X / 文/X / □ X / 记者 X Y
AUTHOR = re.compile(
    rf"^(?:[(]?\s*)?(?:(?:作者|撰文|记者|□|■)\s*[:/|／]?|文\s*[:/|／])\s*(?P<name>{_NAMES})\s*[)]?$"
)
# A byline inside a longer line: (记者陈智 整合), 澎湃新闻记者 段彦超 廖艳, 作者：张三 来源：…
AUTHOR_IN_LINE = re.compile(
    rf"(?:(?<![\u4e00-\u9fff])作者(?!简介|单位)|作者(?=\s*:)|撰文|记者|文\s*[/／|])\s*[:]?\s*(?P<name>{_NAMES})"
    r"(?=$|[\s　()（）,，。|｜/∕【\[]|来源|编辑|日期|时间|整合|报道|摄)"
)
# A reprint's byline: 石佳/中国青年报
AUTHOR_OUTLET = re.compile(rf"^(?P<name>{_NAMES})\s*/\s*\S{{2,12}}(?:报|网|社|台|客户端|新闻)$")
# The byline in parentheses that opens a news lead: 新京报讯(记者 陆一夫), 本报讯(记者 张三 通讯员 李四)
LEAD_BYLINE = re.compile(
    rf"^.{{0,16}}?[(\[〔【]\s*(?:本报|特约)?记者\s*(?P<name>{_NAMES})"
    r"(?=\s*[)\]〕】]|\s+(?:通讯员|实习生)|\s*[/∕]\S{1,10}?(?:报导|报道|电)\s*[)\]〕】])"
)
# Common Chinese surnames (single, then compound): a name signing an essay starts with one.
# A column or button of the same length (股市行情, 微博, 分享) does not.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶"
    "程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付傅方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛"
    "郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文施洪辛柯庄樊祝兰牛葛齐詹符尤涂甘苗岳阎殷饶倪翟"
    "耿温关申欧包聂焦鲁骆左路池安舒卜邢靳凌单米纪解麻毕管廉巫尚景宗容艾滕宁应阮梅商邬仇邝"
    "曲项柳蒙储胥简喻缪霍封车伍娄成麦翁卓屈刁褚岑吉桂冉丛银巩苟阳晏宫邸郎牟扈湛伏裴闵鄢盛"
    "蓝窦佟敖荣房鲍卫谷宿皮童明连晋桑季井柏边冷查佘华粟栗盖阚来花官狄鞠虞强富蔺晁弓訾"
)
COMPOUND_SURNAMES = frozenset(
    [
        "欧阳",
        "司马",
        "上官",
        "诸葛",
        "东方",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "长孙",
        "宇文",
        "司徒",
        "夏侯",
        "令狐",
        "端木",
        "西门",
        "南宫",
        "独孤",
    ]
)


def is_person_name(text: str) -> bool:
    """A Chinese personal name: two to four characters after a common surname."""
    name = fold(text.strip()).replace("·", "")
    if not 2 <= len(name) <= 4 or not re.fullmatch(r"[\u4e00-\u9fff]+", name):
        return False
    return name[0] in SURNAMES or (len(name) >= 3 and name[:2] in COMPOUND_SURNAMES)


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
}
# trafilatura's author guesses that are page furniture, not people.
JUNK_AUTHOR = re.compile(
    r"编辑|网友|授权|email|name|\bip\b|来源|未知|佚名|评论|登录|\d", re.IGNORECASE
)


def _date_iso(parts: dict[str, int]) -> str | None:
    try:
        moment = datetime(
            parts["y"],
            parts["m"],
            parts["d"],
            parts.get("H", 0),
            parts.get("M", 0),
            parts.get("S", 0),
        )
    except ValueError:
        return None
    return moment.isoformat() if "H" in parts else moment.date().isoformat()


def parse_chinese_date(text: str) -> str | None:
    """First valid full date in a string as ISO 8601 (date, or local date-time without zone)."""
    for match in DATE.finditer(text):
        found = _date_iso({k: int(v) for k, v in match.groupdict().items() if v is not None})
        if found:
            return found
    return None


def parse_issue_month(text: str) -> str | None:
    """A magazine issue's year and month (2021·5 → 2021-05), or None."""
    match = ISSUE.search(text)
    if match and 1 <= int(match.group("m")) <= 12:
        return f"{match.group('y')}-{int(match.group('m')):02d}"
    return None


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


def find_issue_line(lines: list[str]) -> str | None:
    """The issue month of a reprint's source line among the last lines of an essay."""
    for line in reversed(lines[-5:]):
        match = ISSUE_LINE.match(fold(line.strip()))
        if match and 1 <= int(match.group("m")) <= 12:
            return f"{match.group('y')}-{int(match.group('m')):02d}"
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


def find_published(lines: list[str], max_lines: int = 40, *, labelled: bool = False) -> str | None:
    """Publication date from the byline area: a labelled date first, then (unless `labelled`)
    the first dated line."""
    window = [line for line in lines[:max_lines] if len(line) <= 120]
    for line in window:
        label = LABELLED.search(fold(line))
        if label:
            found = parse_chinese_date(line[label.start() :])
            if found:
                return found
    if labelled:
        return None
    for line in window:
        found = parse_chinese_date(line)
        if found:
            return found
    return None


def find_author(lines: list[str], max_lines: int = 40) -> str | None:
    """Author from a byline (作者 X, 文/X, □ X, 记者 X) among the first lines."""
    for line in lines[:max_lines]:
        stripped = line.strip()
        simplified = fold(stripped)
        if len(simplified) > 80:
            # A news lead opens with its byline: 新京报讯(记者 陆一夫)11月25日,…
            match = LEAD_BYLINE.match(simplified)
        else:
            match = (
                AUTHOR.match(simplified) or AUTHOR_OUTLET.match(simplified)
                if len(simplified) <= 40
                else None
            )
            match = match or AUTHOR_IN_LINE.search(simplified)
        if match:
            # Report the names as the page writes them (traditional stays traditional).
            written = stripped[match.start("name") : match.end("name")]
            names = [
                n for n in re.split(r"[ 　、,，]+", written) if n and fold(n) not in NOT_A_NAME
            ]
            # A unit beside the name (文/运维中心 马骁, 陈思远 市中医院): the person's names only.
            people = [n for n in names if is_person_name(n)]
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
