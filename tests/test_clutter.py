from __future__ import annotations

import pytest

from essaytext.clutter import clutter_rule, cut_trailer, is_spam_keyword_line, strip_clutter

# Clutter lines as they stand on the seed pages (one per kind of rule).
SEED_CLUTTER = [
    "国产在线一二三区,午夜精品亚洲,男草女视频,一级毛片a,国产精彩视频一区,国产第91页,黄色av毛片",
    "呂梁新聞網首頁  > 首頁  > 思想理論",
    "2026年02月08日 10:07:11 來源:呂梁新聞網 編輯:成柏",
    "(责任编辑 苏宇箫)",
    "责任编辑:张晶",
    "版权声明:本文内容由互联网用户自发贡献,该文观点仅代表作者本人。本站仅提供信息存储空间服务,不拥有所有权,不承担相关法律责任。",
    "(1)",
    "上一篇 2023年1月28日 上午9:14",
    "相关推荐",
    "推进国有企业基层党建工作与生产经营深度融合的几点思考.pdfVIP",
    "1、本文档共4页,可阅读全部内容。",
    "5、该文档为VIP文档,如果想要下载,成为VIP会员后,下载免费。",
    "查看更多",
    "文档评论(0)",
    "133****8893 + 关注",
    "该用户很懒,什么也没介绍",
    "Page 55 - 实践理论版202105",
    "50   51   52   53   54   55   56   57   58   59   60",
    "分享到:",
    "晉ICP備05001234號",
]


@pytest.mark.parametrize("line", SEED_CLUTTER)
def test_seed_clutter_lines_are_recognised(line: str) -> None:
    assert clutter_rule(line) is not None


def test_no_sentence_of_any_seed_essay_is_removed(essays) -> None:
    for essay in essays.values():
        lines = list(essay.paragraphs)
        assert strip_clutter(lines) == lines, essay.slug
        for paragraph in lines:
            assert clutter_rule(paragraph) is None, paragraph[:40]


def test_trailer_is_cut_from_its_marker_on() -> None:
    body = [
        "正文第一段,很长的内容。" * 5,
        "正文第二段。" * 5,
        "上一篇 某文章",
        "下一篇 另一文章",
        "推荐的文章标题一篇",
    ]
    assert strip_clutter(body) == body[:2]


def test_spam_keyword_line_needs_many_short_items_and_no_sentence() -> None:
    assert is_spam_keyword_line("甲乙,丙丁,戊己,庚辛,壬癸")
    assert not is_spam_keyword_line("首先,其次,再次,最后,我们要坚持。")
    assert not is_spam_keyword_line("一,二")


# News-page furniture as real Chinese sites print it: full-width punctuation, list markers.
NEWS_CLUTTER = [
    "来源：无锡交警",
    "责任编辑：杨倩_NF4425",
    "- 责任编辑: 刘响",
    "本文来源：证券市场红周刊",
    "（原标题：“黑五”战役打响 亚马逊海外购登陆拼多多）",
    "（原题为《是“收割韭菜”还是“回归理性”》）",
    "新京报记者 陆一夫",
    "（实习生王金茹对此文亦有贡献）",
    "（资料来源：参考消息、海外网等）",
    "（作者單位：山西焦煤汾西礦業洗煤廠）",
    "▲图片来自视频截图。",
    "图片来源：未来科学大奖官网",
    "（点击看清晰大图）",
    "石佳/中国青年报",
    "2019-09-24 09:10",
    "字号",
    "关键词 >> 共享充电宝",
    "安装新浪财经客户端第一时间接收最全面的市场资讯→【下载地址】",
    "更多猛料！欢迎扫描左方二维码关注新浪新闻官方微信（xinlang-xinwen）",
    "Copyright © 1996-2019 SINA Corporation",
    "【 军事 】 出鞘：国庆阅兵坦克真的“简配”了？",
    "本文仅代表作者个人观点。",
]


@pytest.mark.parametrize("line", NEWS_CLUTTER)
def test_news_furniture_is_recognised(line: str) -> None:
    assert clutter_rule(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        # A sentence with many commas is not a keyword list.
        "最终，汪勇辗转关系，联系上了武湖街道的办事处，对方了解情况以后，上报说明，上头领导最终批复：",
        # An enumeration ending in an ellipsis is not a cut-short headline.
        "换眼镜片、修手机屏幕、买拖鞋、指甲钳、充电器、秋衣秋裤、生日蛋糕...",
        # A paper's keywords belong to it.
        "关键词:国有企业;党建工作;生产经营;深度融合",
        "记者注意到，今年3月27日，国际密码协会公布了2019年当选会士人员名单。",
    ],
)
def test_essay_lines_that_look_like_furniture_stay(line: str) -> None:
    assert clutter_rule(line) is None


def test_trailing_promotion_is_cut_from_the_paragraph_not_the_paragraph() -> None:
    line = "因此加入新的症状，对疾控至关重要。(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)"
    assert strip_clutter([line]) == ["因此加入新的症状，对疾控至关重要。"]


def test_page_trailer_of_short_lines_is_cut() -> None:
    essay = ["正文第一段，内容很长很长。" * 6, "正文最后一段，说完了。" * 4]
    trailer = ["点击进入专题：", "聚焦香港局势", "新浪新闻公众号", "公司资本论"]
    assert cut_trailer(essay + trailer) == essay
    # A last paragraph cut off mid-sentence and an author's signature stay; share buttons
    # of a signature's length do not.
    cut = [*essay, "2.2体制机制上要互“融”。国有企业基层组织发挥着把方"]
    assert cut_trailer(cut) == cut
    assert cut_trailer([*essay, "李方明"]) == [*essay, "李方明"]
    assert cut_trailer([*essay, "微信", "微博"]) == essay
