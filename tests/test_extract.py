from __future__ import annotations

from demo.site import build_sites
from essaytext.encoding import decode_html
from essaytext.extract import extract
from essaytext.title import clean_title

SITES = build_sites()


def _extract(host: str, path: str):
    page = SITES[host][path]
    html, _ = decode_html(page.body, "big5" if "big5" in page.content_type else None)
    result = extract(html, f"http://127.0.0.1:1{path}")
    assert result is not None
    return result


def test_news_page_keeps_essay_and_drops_clutter(essays) -> None:
    result = _extract("news", "/sxll/2026-02/08/content_10071.html")
    essay = essays["jizhi-chuangxin"]
    assert result.title == essay.title and result.author == "吳新瑋"
    assert result.published == "2026-02-08T10:07:11" and result.script == "hant"
    assert result.text.splitlines()[0] == essay.paragraphs[0]
    for clutter in ("国产在线", "首頁", "來源", "ICP"):
        assert clutter not in result.text


def test_blog_page_drops_tags_disclaimer_and_navigation(essays) -> None:
    result = _extract("blog", "/p/1001.html")
    essay = essays["shuangxiang-ronghe"]
    assert result.title == essay.title and result.author == "陈晓玲"
    assert essay.paragraphs[-1] in result.text
    for clutter in ("原创", "版权声明", "上一篇", "下一篇", "相关推荐", "责任编辑", "作者 "):
        assert clutter not in result.text


def test_docs_page_drops_vip_notices_and_uploader(essays) -> None:
    result = _extract("docs", "/doc/2025061887654321.html")
    assert result.title == essays["zhengjiguan-yinling"].title
    assert essays["zhengjiguan-yinling"].paragraphs[-1] in result.text
    for clutter in ("VIP", "下载", "文档评论", "133****", "相关文档", "查看更多", "国产在线"):
        assert clutter not in result.text


def test_page_without_text_gives_none() -> None:
    assert extract("<html><body><script>var a = 1;</script></body></html>") is None
    assert extract("") is None


def test_malformed_html_does_not_raise() -> None:
    extract("<html><body><p>未闭合的段落<div><table><tr><td>" + "断开的" * 200)


def test_clean_title() -> None:
    assert clean_title("「原创」推进党建(党建工作 业务工作 双向融合)") == "推进党建"
    assert clean_title("标题文字_思想理論_呂梁新聞網") == "标题文字"
    assert clean_title("几点思考.pdfVIP") == "几点思考"
    assert clean_title("2025年第6期 第12页-思想理论杂志") == "2025年第6期 第12页"
    assert clean_title("新冠-19疫情防控要点") == "新冠-19疫情防控要点"
    assert clean_title("Page 55 - 实践理论版202105") == "实践理论版202105"
    assert clean_title(None) is None


GBK_TEXT = "国有企业党建工作与生产经营深度融合。"


def test_gbk_without_any_declaration_is_detected() -> None:
    body = f"<html><body><p>{GBK_TEXT * 20}</p></body></html>".encode("gbk")
    html, encoding = decode_html(body, None)
    assert GBK_TEXT in html and encoding == "gb18030"


def test_gbk_under_a_wrong_utf8_header_is_recovered() -> None:
    body = (
        f"<html><head><meta charset='gbk'></head><body><p>{GBK_TEXT * 20}</p></body></html>".encode(
            "gbk"
        )
    )
    html, _ = decode_html(body, "utf-8")
    assert GBK_TEXT in html


def test_big5_page_and_site_override() -> None:
    text = "國有企業黨建工作與生產經營深度融合。" * 20
    body = f"<html><body><p>{text}</p></body></html>".encode("big5")
    assert text in decode_html(body, "big5")[0]
    assert text in decode_html(body, None, site_encoding="big5")[0]


def test_utf8_page_with_wrong_gbk_header_stays_utf8() -> None:
    body = f"<p>{GBK_TEXT * 5}</p>".encode()
    assert GBK_TEXT in decode_html(body, "gbk")[0]


def test_cut_short_meta_title_is_completed_from_the_heading() -> None:
    # 163.com's og:title is cut at a quotation mark inside the attribute.
    body = "<p>" + "龙湖集团的业绩会上，业主前来维权，现场一度混乱。" * 8 + "</p>"
    html = (
        '<html><head><meta property="og:title" content="多地项目连环爆雷 狂奔的龙湖集团">'
        '<title>多地项目连环爆雷 狂奔的龙湖集团"暗伤"曝露？_网易财经</title></head><body>'
        f'<h1>多地项目连环爆雷 狂奔的龙湖集团"暗伤"曝露？</h1><div class="post">{body}</div></body></html>'
    )
    result = extract(html)
    assert result is not None and result.title == '多地项目连环爆雷 狂奔的龙湖集团"暗伤"曝露？'


def test_commenter_is_not_taken_for_the_author() -> None:
    # trafilatura reads the comment box's user name as the author (163.com).
    body = "".join(
        f"<p>第{i}段：龙湖集团的业绩会上，业主前来维权，现场一度混乱。</p>" for i in range(20)
    )
    comments = (
        '<div class="tie"><span class="author">往事随风X</span><p>房地产公司开始完蛋了</p></div>'
    )
    html = (
        "<html><head><title>标题文字很长的一篇</title></head><body><h1>标题文字很长的一篇</h1>"
        f"<p>2019-09-07 13:43:45　来源: 证券市场红周刊</p><article>{body}</article>{comments}</body></html>"
    )
    result = extract(html)
    assert result is not None and result.author is None
