from __future__ import annotations

from importlib import resources

import pytest

from essaytext.pdf import drop_page_furniture, extract_pdf, is_pdf

PDF = (resources.files("demo") / "jidian-sikao.pdf").read_bytes()


def test_pdf_essay_comes_back_as_its_paragraphs(essays) -> None:
    result = extract_pdf(PDF)
    assert result is not None
    essay = essays["jidian-sikao"]
    assert result.title == essay.title  # from the PDF's metadata, ".pdf" removed
    assert result.author is None  # "Administrator" is the producer's placeholder
    assert result.text.splitlines() == list(essay.paragraphs)
    for furniture in ("原创力文档", "max.book118.com", "- 1 -", "- 2 -"):
        assert furniture not in result.text


def test_repeated_running_lines_and_page_numbers_are_dropped() -> None:
    pages = [
        ["某某文库 内部资料", "正文第一页。", "1"],
        ["某某文库 内部资料", "正文第二页。", "第2页"],
    ]
    assert drop_page_furniture(pages) == ["正文第一页。", "正文第二页。"]


def test_broken_pdf_is_a_clear_error() -> None:
    assert is_pdf(b"%PDF-1.4\n1 0 obj")
    with pytest.raises(ValueError, match="unreadable PDF"):
        extract_pdf(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")


def test_non_pdf_bytes() -> None:
    assert not is_pdf(b"<html>")
