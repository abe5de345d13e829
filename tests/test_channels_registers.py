"""Register views per channel: printable, CSV with BOM for Excel, exports audited, identities sealed."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

from sqlalchemy import select

from feedback.models import AuditEntry
from feedback.services import channels, intake
from feedback.services.inbound import ingest_bytes
from feedback.timeutil import local_date, utcnow
from tests.test_inbound import plain


def _visits(world):
    now = utcnow() - timedelta(minutes=30)
    channels.record_visit(world.reception, channels.VisitData(
        visited_at=now, full_name="Đặng Văn Lâm", address="8 Trần Hưng Đạo", id_number="052080001234",
        content="Khiếu nại thu hồi GPLX", prior_handling="Chưa", requests="Xem xét lại", people_count=3,
        handling="Tiếp nhận đơn"))
    channels.record_visit(world.reception, channels.VisitData(
        visited_at=now, full_name="Phạm Văn Tố", address="1 Trần Phú", content="Tố cáo cán bộ nhận tiền"),
        open_case=intake.CaseSubmission(kind="denunciation", channel="walk_in", title="Tố cáo",
                                        content="Tố cáo cán bộ nhận tiền", subject="Cán bộ X"))


def test_walk_in_register_in_serial_order_with_the_legal_columns(client, login, world):
    _visits(world)
    login(world.reception)
    body = client.get("/staff/registers/walk_in").get_data(as_text=True)
    assert body.index("1/") < body.index("2/")
    assert "Đặng Văn Lâm; 8 Trần Hưng Đạo; 052080001234" in body and "Khiếu nại thu hồi GPLX" in body
    assert "Phạm Văn Tố" not in body and "TC-" in body  # the denouncer appears under a pseudonym


def test_csv_export_has_a_bom_is_audited_and_keeps_identities_sealed(client, login, world, db):
    _visits(world)
    login(world.reception)
    today = local_date(utcnow()).isoformat()
    response = client.get(f"/staff/registers/walk_in?from={today}&to={today}&format=csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    raw = response.get_data()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 3 and len(rows[0]) == 10
    assert rows[1][6] == "3" and "Đặng Văn Lâm" in rows[1][2]
    assert "Phạm Văn Tố" not in raw.decode("utf-8-sig")
    entry = db.session.execute(select(AuditEntry).where(AuditEntry.action == "export.register")).scalar_one()
    assert entry.object_id == "walk_in" and entry.details["rows"] == 2 and entry.actor_id == world.reception.id


def test_date_range_filters_rows(client, login, world):
    _visits(world)
    login(world.reception)
    yesterday = (local_date(utcnow()) - timedelta(days=1)).isoformat()
    body = client.get(f"/staff/registers/walk_in?from={yesterday}&to={yesterday}").get_data(as_text=True)
    assert "Đặng Văn Lâm" not in body
    assert client.get("/staff/registers/walk_in?from=nonsense").status_code == 400
    assert client.get("/staff/registers/nonsense").status_code == 404


def test_hotline_email_post_and_box_registers(client, login, world, db):
    sub = intake.CaseSubmission(kind="feedback", channel="hotline", title="Đèn hỏng", content="Đèn đường hỏng",
                                submitters=[intake.SubmitterData(full_name="Võ Thị Hoa", phone="0905222333")])
    channels.log_hotline_call(world.reception, sub, utcnow() - timedelta(minutes=10), 6)
    ingest_bytes(plain())
    letter = intake.CaseSubmission(kind="petition", channel="post", title="Biển báo", content="Lắp biển báo",
                                   submitters=[intake.SubmitterData(full_name="Huỳnh Văn Sơn", address="Tuy Phước")])
    channels.log_letter(world.reception, letter, local_date(utcnow()))
    opening = channels.record_box_opening(world.reception, utcnow() - timedelta(hours=1), "Sảnh", "A\nB")
    note = intake.CaseSubmission(kind="suggestion", channel="suggestion_box", title="Góp ý", content="Giờ làm việc",
                                 anonymous=True)
    channels.log_letter(world.reception, note, local_date(utcnow()), box_opening=opening)
    login(world.inspector)
    expectations = {"hotline": ["Võ Thị Hoa", "0905222333", "Đèn đường hỏng"], "email": ["dan@example.vn"],
                    "post": ["Huỳnh Văn Sơn", "Lắp biển báo"], "suggestion_box": ["Sảnh", "Giờ làm việc"]}
    for channel, texts in expectations.items():
        body = client.get(f"/staff/registers/{channel}").get_data(as_text=True)
        for text in texts:
            assert text in body, (channel, text)


def test_registers_are_not_for_administrators(client, login, world):
    login(world.admin)
    assert client.get("/staff/registers/walk_in").status_code == 403
