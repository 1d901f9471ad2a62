"""Chinese personal names: the surnames a name starts with, and the page words, places and
columns of a name's length that are no name."""

from __future__ import annotations

import re

from .normalize import fold

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


# Words of a magazine's page furniture that read like names (封 and 目 are surnames).
# Page words and buttons that read like a surname and a given name (关 注, 关 闭, 贺 卡)
PAGE_WORDS = frozenset(
    [
        "封面",
        "封底",
        "封二",
        "封三",
        "目录",
        "卷首",
        "卷首语",
        "首页",
        "尾页",
        "关注",
        "关闭",
        "关注我们",
        "加关注",
        "已关注",
        "贺卡",
        "顶部",
        "尚未",
        "于是",
        "高级",
        "严重",
        "向上",
        "江湖",
        "方便",
        "康复",
        "常用",
        "包邮",
        "齐全",
        "宁可",
    ]
)


# Provinces and regions a page shows alone (a poster's IP location): 江西 reads like a name.
PLACES = frozenset(
    [
        "北京",
        "天津",
        "上海",
        "重庆",
        "河北",
        "山西",
        "辽宁",
        "吉林",
        "江苏",
        "浙江",
        "安徽",
        "福建",
        "江西",
        "山东",
        "河南",
        "湖北",
        "湖南",
        "广东",
        "海南",
        "四川",
        "贵州",
        "云南",
        "陕西",
        "甘肃",
        "青海",
        "台湾",
        "西藏",
        "广西",
        "宁夏",
        "新疆",
        "香港",
        "澳门",
        "内蒙古",
        "黑龙江",
    ]
)


def is_person_name(text: str) -> bool:
    """A Chinese personal name: two or three characters after a common surname, or three
    or four after a compound one (four after a single surname is rarely a name, and often
    a column such as 文化传承 or 管理视野)."""
    name = fold(text.strip()).replace("·", "")
    if not 2 <= len(name) <= 4 or not re.fullmatch(r"[\u4e00-\u9fff]+", name):
        return False
    if name in PAGE_WORDS or name in PLACES:
        return False
    if len(name) >= 3 and name[:2] in COMPOUND_SURNAMES:
        return True
    return len(name) <= 3 and name[0] in SURNAMES


# A signature's label: 文/, 作者：
_BY = re.compile(r"^(?:文\s*[/／]|作者\s*[:：])\s*")


# What stands before a name on a byline line: 城东供电公司, 变电运维二班, 七年级（3）班, 县长
_UNIT = re.compile(
    r"(公司|集团|[一二三四五六七八九十\d]?班|部|中心|站|所|厂|局|院|校|委|处|科|室|队|车间|小学|中学|大学"
    r"|组|书记|[省市县区镇乡厅局处科部院校]长|主任|主席|董事长|总?经理)$"
)
_NAMES = re.compile(r"[\s　、，,]+")


def named_alone(line: str) -> str | None:
    """The author a short line names alone (文/ or 作者： before it allowed): a name, two or three
    co-authors (陈立新　刘珊), or units and then a name (江宸市实验中学　七年级（3）班　唐一诺)."""
    text = _BY.sub("", line.strip())
    if is_person_name(text):
        return text
    names = [n.rstrip("0123456789") for n in _NAMES.split(text)]  # 韩雪梅1　杜志远2
    if 2 <= len(names) <= 3 and all(map(is_person_name, names)):
        return " ".join(names)
    if 2 <= len(names) <= 4 and all(map(_UNIT.search, names[:-1])) and is_person_name(names[-1]):
        return names[-1]
    return None
