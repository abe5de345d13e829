"""The intake service itself: rules that hold on every channel."""

from __future__ import annotations

import pytest

from feedback.services.intake import CaseSubmission, SubmitterData, ValidationFailed, submit_case


def submission(**overrides) -> CaseSubmission:
    data = dict(kind="denunciation", channel="post", title="Thư tố cáo", content="Nội dung tố cáo",
                subject="Cán bộ X", anonymous=True, submitters=[])
    data.update(overrides)
    return CaseSubmission(**data)


def test_an_anonymous_letter_is_recorded_never_lost(world, db):
    receipt = submit_case(submission(), actor=world.reception)
    assert receipt.case.is_anonymous and receipt.case.status == "received"
    assert receipt.case.created_by_id == world.reception.id


def test_online_anonymous_denunciation_is_refused(world, db):
    with pytest.raises(ValidationFailed) as info:
        submit_case(submission(channel="web", consent=True, signature_confirmed=True))
    assert "anonymous" in info.value.errors


def test_named_hotline_regulation_feedback_needs_name_address_and_contact(world, db):
    with pytest.raises(ValidationFailed) as info:
        submit_case(submission(kind="regulation_feedback", channel="hotline", anonymous=False,
                               submitters=[SubmitterData(full_name="Lê Văn Tám")]), actor=world.reception)
    assert "address" in info.value.errors


def test_group_case_has_five_or_more_submitters(world, db):
    people = [SubmitterData(full_name=f"Người ký {n}", address="Tây Sơn") for n in range(5)]
    receipt = submit_case(submission(kind="petition", channel="post", anonymous=False, submitters=people),
                          actor=world.reception)
    assert receipt.case.is_group and len(receipt.case.submitters) == 5
    assert receipt.case.submitters[0].is_representative


def test_rows_added_with_the_case_commit_together_or_not_at_all(world, db):
    from sqlalchemy import func, select

    from feedback.models import Case

    def broken_register_line(case):
        raise RuntimeError("register unavailable")

    with pytest.raises(RuntimeError):
        submit_case(submission(kind="feedback", channel="hotline", anonymous=True), actor=world.reception,
                    also=broken_register_line)
    assert db.session.execute(select(func.count(Case.id))).scalar_one() == 0

    seen = []
    receipt = submit_case(submission(kind="feedback", channel="hotline", anonymous=True), actor=world.reception,
                          also=seen.append)
    assert seen == [receipt.case] and receipt.case.id is not None
