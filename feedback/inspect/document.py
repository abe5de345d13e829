"""The periodic report as DOCX (python-docx) and PDF (fpdf2 with a Unicode TrueType font).

Layout of a Vietnamese administrative report (Decree 30/2020/NĐ-CP, Appendix I): agency header on the
left (governing body, agency, number), national name and motto on the right with place and date, the title
"BÁO CÁO" and its subject, numbered sections with tables, then recipients and the signature block.
The PDF needs a TrueType font with Vietnamese glyphs: DejaVu Serif (apt ``fonts-dejavu-core``), or a
Liberation Serif recent enough to have them (apt ``fonts-liberation``); ``REPORT_FONT_DIR`` may point to a
folder holding ``regular.ttf``, ``bold.ttf`` and ``italic.ttf`` (e.g. Times New Roman).
"""

from __future__ import annotations

import io
from pathlib import Path

from flask import current_app

from .report import ReportData

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
FONT_CANDIDATES = (
    ("/usr/share/fonts/truetype/dejavu", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
    ("/usr/share/fonts/truetype/liberation", "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
     "LiberationSerif-Italic.ttf"),
)
#: Letters a font must have to print Vietnamese (some Liberation versions lack the precomposed ones).
VIETNAMESE_SAMPLE = "ẠảẤầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĐđƠơƯư"
SECTION_HEADINGS = {
    "overview": "I. KẾT QUẢ TIẾP NHẬN, XỬ LÝ",
    "by_channel": "1. Tiếp nhận theo kênh",
    "by_kind": "2. Tiếp nhận theo loại việc",
    "by_unit": "3. Tiếp nhận theo đơn vị",
    "timeliness": "II. THỜI HẠN GIẢI QUYẾT",
    "durations": "Số ngày làm việc đã dùng (không tính thời gian tạm dừng)",
    "holdings": "IV. THỜI GIAN CÁC ĐƠN VỊ GIỮ VỤ VIỆC",
    "extensions": "Gia hạn giải quyết",
}


def _header_lines(data: ReportData) -> tuple[list[str], list[str], str]:
    profile = data.profile
    left = [(profile.parent_name or "").upper(), (profile.name or "").upper()] if profile else ["", ""]
    place = (profile.place_name if profile and profile.place_name else "……")
    when = f"{place}, ngày {data.issued_on.day:02d} tháng {data.issued_on.month:02d} năm {data.issued_on.year}"
    return left, [NATION, MOTTO], when


def _number(data: ReportData) -> str:
    short = data.profile.short_name if data.profile and data.profile.short_name else "……"
    return f"Số: {data.number}" if data.number else f"Số:      /BC-{short}"


def _table_rows(section) -> list[list[str]]:
    return [[str(h) for h in section.headers]] + [["" if c.value is None else str(c.value) for c in row]
                                                  for row in section.rows]


def _overdue_rows(data: ReportData) -> list[list[str]]:
    head = ["Số hồ sơ", "Đơn vị", "Thời hạn", "Hạn", "Số ngày quá hạn", "Tình trạng"]
    return [head] + [[r.reference, r.unit, r.clock, r.due.strftime("%d/%m/%Y"), str(r.days_late),
                      "Chưa giải quyết" if r.still_open else "Đã giải quyết"] for r in data.overdue]


def _blocks(data: ReportData):
    """The body as ("heading"|"para"|"table", content) blocks, shared by both formats."""
    for section in data.sections:
        yield "heading", SECTION_HEADINGS.get(section.key, section.title)
        if section.key == "timeliness":
            yield "para", "Thời hạn đến hạn trong kỳ; vụ việc chưa giải quyết đã quá hạn được tính là quá hạn."
        yield "table", _table_rows(section) if section.rows else [["Không có số liệu"]]
        if section.key == "durations":
            yield "heading", "III. CÁC TRƯỜNG HỢP QUÁ HẠN VÀ NGUYÊN NHÂN"
            yield "table", _overdue_rows(data) if data.overdue else [["Không có trường hợp quá hạn"]]
            yield "para", data.overdue_reasons or "Nguyên nhân quá hạn: ……"
    yield "heading", "V. ĐÁNH GIÁ CHUNG"
    for paragraph in data.narrative.split("\n\n"):
        if paragraph.strip():
            yield "para", paragraph.strip()


def to_docx(data: ReportData) -> bytes:
    """The report as a Word document."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name, style.font.size = "Times New Roman", Pt(13)
    left, right, when = _header_lines(data)
    header = doc.add_table(rows=3, cols=2)
    cells = [(left[0], False), (right[0], True), (left[1], True), (right[1], True), (_number(data), False),
             (when, False)]
    for index, (text, bold) in enumerate(cells):
        paragraph = header.cell(index // 2, index % 2).paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run(text)
        run.bold, run.font.size = bold, Pt(12)
        run.italic = text == when
        run.underline = text == MOTTO
    for text, size in (("BÁO CÁO", 14), (data.title, 13)):
        paragraph = doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run(text)
        run.bold, run.font.size = True, Pt(size)
    for kind, content in _blocks(data):
        if kind == "heading":
            doc.add_paragraph().add_run(content).bold = True
        elif kind == "para":
            doc.add_paragraph(content).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        else:
            table = doc.add_table(rows=0, cols=len(content[0]))
            table.style = "Table Grid"
            for row_index, row in enumerate(content):
                cells = table.add_row().cells
                for cell, value in zip(cells, row, strict=False):
                    cell.text = value
                    if row_index == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
    closing = doc.add_table(rows=1, cols=2)
    closing.cell(0, 0).text = "Nơi nhận:\n- Như trên;\n- Lưu: VT, TTr."
    signer = closing.cell(0, 1).paragraphs[0]
    signer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    signer.add_run("THỦ TRƯỞNG CƠ QUAN\n").bold = True
    signer.add_run("(Ký, ghi rõ họ tên, đóng dấu)").italic = True
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _font_files() -> tuple[Path, Path, Path]:
    configured = current_app.config.get("REPORT_FONT_DIR")
    candidates = list(FONT_CANDIDATES)
    if configured:
        candidates.insert(0, (configured, "regular.ttf", "bold.ttf", "italic.ttf"))
    for folder, *names in candidates:
        paths = [Path(folder) / name for name in names]
        if all(p.exists() for p in paths) and all(_has_vietnamese(p) for p in paths):
            return paths[0], paths[1], paths[2]
    raise RuntimeError("No TrueType font with Vietnamese glyphs: apt-get install fonts-dejavu-core, "
                       "or set REPORT_FONT_DIR.")


def _has_vietnamese(path: Path) -> bool:
    from fontTools.ttLib import TTFont

    cmap = TTFont(str(path), lazy=True).getBestCmap() or {}
    return all(ord(ch) in cmap for ch in VIETNAMESE_SAMPLE)


def to_pdf(data: ReportData) -> bytes:
    """The report as PDF (A4, the same blocks as the DOCX)."""
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    regular, bold, italic = _font_files()
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 15, 15)
    pdf.add_font("Report", "", str(regular))
    pdf.add_font("Report", "B", str(bold))
    pdf.add_font("Report", "I", str(italic))
    pdf.add_page()
    left, right, when = _header_lines(data)
    half = (pdf.w - pdf.l_margin - pdf.r_margin) / 2
    y = pdf.get_y()
    for column, lines in ((0, [(left[0], ""), (left[1], "B"), (_number(data), "")]),
                          (1, [(right[0], "B"), (right[1], "BU"), (when, "I")])):
        pdf.set_xy(pdf.l_margin + column * half, y)
        for text, style in lines:
            pdf.set_font("Report", style, 10)
            pdf.set_x(pdf.l_margin + column * half)
            pdf.multi_cell(half, 6, text, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    pdf.set_font("Report", "B", 14)
    pdf.cell(0, 8, "BÁO CÁO", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Report", "B", 12)
    pdf.multi_cell(0, 6, data.title, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    for kind, content in _blocks(data):
        if kind == "heading":
            pdf.set_font("Report", "B", 12)
            pdf.multi_cell(0, 7, content, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif kind == "para":
            pdf.set_font("Report", "", 12)
            pdf.multi_cell(0, 6, content, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            pdf.set_font("Report", "", 9)
            with pdf.table(first_row_as_headings=len(content) > 1, line_height=5) as table:
                for row in content:
                    table.row(row)
        pdf.ln(2)
    pdf.ln(6)
    pdf.set_font("Report", "B", 12)
    pdf.set_x(pdf.l_margin + half)
    pdf.cell(half, 6, "THỦ TRƯỞNG CƠ QUAN", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Report", "I", 11)
    pdf.set_x(pdf.l_margin + half)
    pdf.cell(half, 6, "(Ký, ghi rõ họ tên, đóng dấu)", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    return bytes(pdf.output())
