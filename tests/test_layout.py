from __future__ import annotations

from essaytext.layout import reflow, wrap_width

# As a document site's PDF text layer gives it (seed 004): 35 characters a line.
WRAPPED = """摘要:国有企业基层组织是其国民经济重要支柱作用发挥的基本单元,基层
党建工作与生产经营深度融合是其政治责任落实、战斗堡垒作用发挥、持续健康
发展的重要基础。本文试从理论与实践结合上,阐述国有企业基层党建工作与生
产经营深度融合的方法举措,以便为国有企业推进和加强党建工作与生产经营深
度融合提供思路。
关键词:国有企业;党建工作;生产经营;深度融合
0引言
推进国有企业基层党建工作与生产经营深度融合,是新形势新时期下国有企
业加强党的建设的永恒课题,是国有企业坚持党的领导、加强党的建设总的要求
的重要内容。
2.1思想认识上要先“融”。“坚持党的领导、加强党的建设,是国有企业""".splitlines()


def test_hard_wrapped_lines_are_reflowed_into_paragraphs() -> None:
    assert wrap_width(WRAPPED) == 35
    assert reflow(WRAPPED) == [
        "".join(WRAPPED[0:5]),
        WRAPPED[5],
        "0引言",
        "".join(WRAPPED[7:10]),
        WRAPPED[10],
    ]


def test_paragraph_text_is_left_alone(essays) -> None:
    for essay in essays.values():
        assert reflow(list(essay.paragraphs)) == list(essay.paragraphs), essay.slug


def test_demo_document_page_comes_back_as_the_original_paragraphs(essays, sites) -> None:
    from essaytext.encoding import decode_html
    from essaytext.extract import extract

    html, _ = decode_html(sites["docs"]["/doc/2023091512345678.html"].body)
    result = extract(html, "http://127.0.0.1:1/doc/2023091512345678.html")
    assert result is not None
    assert result.text.splitlines() == list(essays["jidian-sikao"].paragraphs)


def test_two_column_text_layer_is_read_left_column_then_right() -> None:
    from demo.essays import flipbook_page
    from essaytext.clutter import clutter_rule
    from essaytext.layout import deinterleave_columns

    paragraphs = deinterleave_columns(flipbook_page(), lambda s: clutter_rule(s) is not None)
    assert paragraphs is not None
    first = paragraphs[0]
    assert first.startswith("“四个自信”、做到“两个维护”")
    assert "建立健全工作规划,从绩效、执行、智慧、文化、团队、信仰六个角度着手" in first
    # The left column's last sentence runs on at the top of the right column.
    assert first.endswith("实效性,真正实现强党建、促发展、优服务。")
    assert paragraphs[1].startswith("党建品牌创建,要始终聚焦企业高质量发展")
    assert paragraphs[2].startswith(
        "创新基层党建工作,使战斗堡垒更加坚固。一方面,国有企业党组织要从经营管理工作"
    )
    assert paragraphs[-1].startswith("2020年,国电联合动力技术有限公司") and paragraphs[-1].endswith(
        "供图"
    )  # caption last
    text = "\n".join(paragraphs)
    for furniture in ("Page 55", "P. 55", "责任编辑", "50", "思想理论版"):
        assert furniture not in text


def test_single_column_and_code_are_not_columns() -> None:
    from essaytext.extract import extract
    from essaytext.layout import deinterleave_columns

    assert deinterleave_columns("\n".join(WRAPPED)) is None
    code = "\n".join(f"x{i} = compute({i})          # 第{i}步的说明文字写在这里" for i in range(20))
    html = f"<html><body><h1>代码示例</h1><p>{'正文段落。' * 40}</p><pre>{code}</pre></body></html>"
    result = extract(html)
    assert result is not None and "正文段落" in result.text
