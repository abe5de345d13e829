"""Letters by post (postmark, receipt date, scans) and suggestion-box openings (minutes, letters found)."""

from __future__ import annotations

import io
from datetime import timedelta

from sqlalchemy import select

from feedback.models import BoxOpening, Case, Letter
from feedback.timeutil import LOCAL_TZ, local_date, utcnow
from tests.helpers import PDF, reference_and_key


def _letter(**overrides) -> dict:
    today = local_date(utcnow())
    data = {"received_on": (today - timedelta(days=1)).isoformat(),
            "postmark_date": (today - timedelta(days=3)).isoformat(), "pages": "2",
            "full_name": "Huỳnh Văn Sơn", "address": "3 Bạch Đằng, Tuy Phước", "phone": "", "email": "",
            "kind": "petition", "title": "Đề nghị lắp biển báo", "category_id": "",
            "content": "Đề nghị lắp biển báo giảm tốc trước trường tiểu học xã Phước Sơn."}
    data.update(overrides)
    return data


def test_a_letter_by_post_becomes_a_case_with_its_scan(client, login, world, db):
    login(world.reception)
    assert client.get("/staff/log/post").status_code == 200
    data = _letter()
    data["scans"] = [(io.BytesIO(PDF), "thu-scan.pdf")]
    response = client.post("/staff/log/post", data=data, content_type="multipart/form-data")
    assert response.status_code == 200, response.get_data(as_text=True)[:3000]
    reference, _key = reference_and_key(response.get_data(as_text=True))
    case = db.session.execute(select(Case).where(Case.reference == reference)).scalar_one()
    assert case.channel == "post" and [a.original_name for a in case.attachments] == ["thu-scan.pdf"]
    assert local_date(case.received_at) == local_date(utcnow()) - timedelta(days=1)
    letter = db.session.execute(select(Letter)).scalar_one()
    assert letter.postmark_date == local_date(utcnow()) - timedelta(days=3) and letter.pages == 2


def test_a_scan_of_the_wrong_type_is_refused_and_the_text_kept(client, login, world, db):
    login(world.reception)
    data = _letter()
    data["scans"] = [(io.BytesIO(b"MZ\x90\x00 executable"), "virus.exe")]
    response = client.post("/staff/log/post", data=data, content_type="multipart/form-data")
    assert response.status_code == 422
    body = response.get_data(as_text=True)
    assert 'id="scans-error"' in body and "trường tiểu học xã Phước Sơn" in body
    assert db.session.execute(select(Case)).first() is None


def test_postmark_after_receipt_is_refused(client, login, world, db):
    login(world.reception)
    today = local_date(utcnow())
    response = client.post("/staff/log/post", data=_letter(postmark_date=today.isoformat(),
                                                           received_on=(today - timedelta(days=2)).isoformat()))
    assert response.status_code == 422 and 'id="postmark_date-error"' in response.get_data(as_text=True)


def test_box_opening_minutes_then_each_letter_becomes_a_suggestion_box_case(client, login, world, db):
    login(world.reception)
    opened = (utcnow().astimezone(LOCAL_TZ) - timedelta(hours=2)).replace(second=0, microsecond=0)
    form = {"opened_at": opened.strftime("%Y-%m-%dT%H:%M"), "location": "Sảnh tầng 1, 07 Nguyễn Huệ",
            "members": "Nguyễn Văn A, Chánh Văn phòng", "notes": "Niêm phong còn nguyên."}
    refused = client.post("/staff/box", data=form)
    assert refused.status_code == 422 and 'id="members-error"' in refused.get_data(as_text=True)
    form["members"] = "Nguyễn Văn A, Chánh Văn phòng\nTrần Thị B, Thanh tra viên"
    response = client.post("/staff/box", data=form)
    assert response.status_code == 302
    opening = db.session.execute(select(BoxOpening)).scalar_one()
    for title in ("Thái độ cán bộ một cửa", "Góp ý giờ làm việc"):
        added = client.post(f"/staff/box/{opening.id}", data=_letter(title=title, anonymous="y", full_name="",
                                                                      address="", kind="suggestion"))
        assert added.status_code == 200, added.get_data(as_text=True)[:2000]
    cases = db.session.execute(select(Case).order_by(Case.id)).scalars().all()
    assert [c.channel for c in cases] == ["suggestion_box", "suggestion_box"]
    assert all(c.received_at == opened for c in cases) and all(c.is_anonymous for c in cases)
    page = client.get(f"/staff/box/{opening.id}").get_data(as_text=True)
    assert "Thái độ cán bộ một cửa" in page and "Trần Thị B, Thanh tra viên" in page
    letters = db.session.execute(select(Letter)).scalars().all()
    assert {letter.box_opening_id for letter in letters} == {opening.id}
    assert {letter.received_on for letter in letters} == {opened.date()}
