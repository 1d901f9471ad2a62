from __future__ import annotations

import htmldate.extractors
import pytest

import essaytext.byline  # noqa: F401  (it gives htmldate its parser)
from essaytext.dates import find_published, parse_chinese_date, parse_issue_month
from essaytext.metadata import clean_author, find_author


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2026年02月08日 10:07:11 來源:呂梁新聞網", "2026-02-08T10:07:11"),
        ("2023年4月5日", "2023-04-05"),  # htmldate reads this as 2023-01-01
        ("发布时间：2019-09-26 10:09", "2019-09-26T10:09:00"),
        ("2020/1/3", "2020-01-03"),
        ("2019.09.07", "2019-09-07"),
        ("2019年13月40日", None),  # not a date: null rather than wrong
        ("第2021号文件", None),
    ],
)
def test_parse_chinese_date(text: str, iso: str | None) -> None:
    assert parse_chinese_date(text) == iso


def test_issue_month() -> None:
    assert parse_issue_month("思想理论版 2021·5") == "2021-05"
    assert parse_issue_month("2025年第6期 第12页") == "2025-06"
    assert parse_issue_month("2021·15") is None


def test_labelled_date_wins_over_an_earlier_one() -> None:
    lines = ["今天是2026年11月21日", "某文章标题", "发布时间：2019-09-26 10:09:11 来源：某网"]
    assert find_published(lines) == "2019-09-26T10:09:11"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("□ 吳新瑋", "吳新瑋"),
        ("作者 陈晓玲", "陈晓玲"),
        ("文/李祝贺", "李祝贺"),
        ("澎湃新闻记者 段彦超 廖艳", "段彦超 廖艳"),
        ("长江网10月4日讯（记者陈智 整合） 国庆中秋长假过半", "陈智"),
        ("文章导航", None),
        ("作者：未知", None),
        (
            "新京报讯（记者 陆一夫）11月25日，新京报记者登录拼多多全球购页面发现。" + "正文" * 40,
            "陆一夫",
        ),
        ("据记者介绍，景区里不" * 10, None),
        ("石佳/中国青年报", "石佳"),
        ("本文仅代表作者个人观点。", None),
    ],
)
def test_find_author(line: str, author: str | None) -> None:
    assert find_author([line]) == author


@pytest.mark.parametrize(
    ("guess", "kept"),
    [
        ("往事随风X", "往事随风X"),
        ("责任编辑：张迪", None),
        ("Name; Email Com", None),
        ("网易上海市杨浦区手机网友 Ip", None),
    ],
)
def test_clean_author_drops_page_furniture(guess: str, kept: str | None) -> None:
    assert clean_author(guess) == kept


def test_htmldate_reads_undated_strings_in_chinese_and_english_only() -> None:
    assert htmldate.extractors.get_external_parser().languages == ["zh", "en"]
    when = htmldate.extractors._external_date("2023年4月5日 12:30")
    assert when is not None and (when.year, when.month, when.day, when.hour) == (2023, 4, 5, 12)
    assert htmldate.extractors._external_date("发布于 2023 年 浏览 12") is None
