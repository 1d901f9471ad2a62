from __future__ import annotations

import pytest

from essaytext.clutter import clutter_rule, is_spam_keyword_line, strip_clutter

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
