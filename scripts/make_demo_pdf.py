"""Make the demo document site's PDF (demo/jidian-sikao.pdf) from the bundled essay.

A document-sharing site serves the essay of seed 004 as a PDF: hard-wrapped lines, the
site's watermark line at the top of every page and a page number at the bottom. Uses
reportlab's built-in Adobe CID font (no font file needed). Run once; the result is committed:

    pip install reportlab && python scripts/make_demo_pdf.py
"""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from demo.essays import load_essays

OUT = Path(__file__).resolve().parent.parent / "archive" / "demo" / "jidian-sikao.pdf"
WIDTH = 30  # characters a line
LINES_PER_PAGE = 36


def main() -> None:
    essay = load_essays()["jidian-sikao"]
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    lines = [essay.title, ""]
    for paragraph in essay.paragraphs:
        lines += [paragraph[i : i + WIDTH] for i in range(0, len(paragraph), WIDTH)]
    pdf = canvas.Canvas(str(OUT), pageCompression=1, invariant=1)
    pdf.setTitle(f"{essay.title}.pdf")
    pdf.setAuthor("Administrator")
    for page_number, start in enumerate(range(0, len(lines), LINES_PER_PAGE), 1):
        pdf.setFont("STSong-Light", 9)
        pdf.drawString(72, 800, "原创力文档 max.book118.com 预览与源文档一致,下载高清无水印")
        pdf.setFont("STSong-Light", 12)
        for row, line in enumerate(lines[start : start + LINES_PER_PAGE]):
            pdf.drawString(72, 770 - row * 19, line)
        pdf.setFont("STSong-Light", 9)
        pdf.drawString(290, 40, f"- {page_number} -")
        pdf.showPage()
    pdf.save()
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
