"""The periodic report: generated narrative edited by the inspector, saved, and built as DOCX and PDF."""

from __future__ import annotations

import io

from docx import Document
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import AuditEntry, ReportDraft
from tests.test_reports_stats import data  # noqa: F401 - the fixed October data set


def _docx_text(content: bytes) -> str:
    document = Document(io.BytesIO(content))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


def test_report_page_generates_a_narrative_from_the_numbers(login, world, data):  # noqa: F811
    client = login(world.inspector)
    html = client.get("/inspect/report", query_string={"start": "2026-10-01", "end": "2026-10-31"}).get_data(
        as_text=True)
    assert "đã tiếp nhận 5 vụ việc" in html and "Đã thụ lý 3 vụ việc" in html
    assert "BÁO CÁO" in html and data["c"].reference in html  # C is open and overdue: listed


def test_saved_report_builds_docx_and_pdf(login, world, data):  # noqa: F811
    client = login(world.inspector)
    saved = client.post("/inspect/report", data={
        "period": "q4", "year": "2026", "number": "15/BC-SGTVT",
        "narrative": "Đoạn tổng kết do thanh tra viết lại.", "overdue_reasons": "Thiếu cán bộ xử lý."})
    assert saved.status_code == 302
    draft = db.session.execute(select(ReportDraft)).scalar_one()
    assert draft.period_label == "quý IV 2026" and str(draft.period_start) == "2026-10-01"
    docx = client.get(f"/inspect/report/{draft.id}.docx")
    assert docx.status_code == 200
    text = _docx_text(docx.data)
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO",
                     "Kết quả công tác tiếp công dân, giải quyết khiếu nại, tố cáo, phản ánh, kiến nghị quý IV 2026",
                     "SỞ GIAO THÔNG VẬN TẢI TỈNH BÌNH ĐỊNH", "Số: 15/BC-SGTVT", "Bình Định, ngày",
                     "Đoạn tổng kết do thanh tra viết lại.", "Thiếu cán bộ xử lý.", data["c"].reference):
        assert expected in text, expected
    pdf = client.get(f"/inspect/report/{draft.id}.pdf")
    assert pdf.status_code == 200 and pdf.data.startswith(b"%PDF") and len(pdf.data) > 2000
    actions = set(db.session.execute(select(AuditEntry.action)).scalars())
    assert {"report.saved", "export.docx", "export.pdf"} <= actions


def test_only_inspectors_and_leaders_prepare_reports(login, world):
    assert login(world.officer).get("/inspect/report").status_code == 403
