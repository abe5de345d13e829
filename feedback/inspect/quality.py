"""Quality review: a random sample of closed cases and the inspector's findings on each (one commit each)."""

from __future__ import annotations

from datetime import date

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from ..errors import DomainError, Forbidden, NotFound
from ..extensions import db
from ..lifecycle import OUTCOME_STATUSES
from ..models import Case, QualityReview, QualitySample, User
from ..models.inspect import REVIEW_RATINGS
from ..services import audit, reports
from ..services.reports import StatsFilter
from ..timeutil import utcnow

#: Roles that sample and review (read-only otherwise).
REVIEWERS = ("inspector", "leader")
FINAL = tuple(OUTCOME_STATUSES | {"closed"})


def _check(user: User) -> None:
    if user.role not in REVIEWERS:
        raise Forbidden(_l("Only inspectors and leaders review handling quality."))


def draw_sample(user: User, stats: StatsFilter, size: int) -> QualitySample:
    """Pick ``size`` closed cases received in the period (filters applied) at random, in SQL."""
    _check(user)
    if not 1 <= size <= 200:
        raise DomainError(_l("Choose between 1 and 200 cases."), field="size")
    ids = list(db.session.execute(
        select(Case.id).where(*reports.received_conditions(stats), Case.status.in_(FINAL))
        .order_by(func.random()).limit(size)).scalars())
    if not ids:
        raise DomainError(_l("No closed case matches this period and these filters."), field="size")
    sample = QualitySample(created_by_id=user.id, size=size, criteria=stats.args())
    sample.reviews = [QualityReview(case_id=case_id) for case_id in sorted(ids)]
    db.session.add(sample)
    db.session.flush()
    audit.record("quality.sample_drawn", user, object_type="quality_sample", object_id=sample.id,
                 details={"size": size, "drawn": len(ids), **stats.args()})
    db.session.commit()
    return sample


def get_sample(user: User, sample_id: int) -> QualitySample:
    _check(user)
    sample = db.session.get(QualitySample, sample_id)
    if sample is None:
        raise NotFound(_l("No such sample."))
    return sample


def samples(user: User) -> list[QualitySample]:
    _check(user)
    return list(db.session.execute(select(QualitySample).order_by(QualitySample.id.desc()).limit(50)).scalars())


def record_finding(user: User, sample_id: int, review_id: int, rating: str, findings: str) -> QualityReview:
    """Record (or correct) the findings on one sampled case; audited."""
    _check(user)
    review = db.session.get(QualityReview, review_id)
    if review is None or review.sample_id != sample_id:
        raise NotFound(_l("No such case in this sample."))
    if rating not in REVIEW_RATINGS or not (findings or "").strip():
        raise DomainError(_l("Choose a finding and describe it."), field="findings")
    review.rating, review.findings = rating, findings.strip()
    review.reviewed_by_id, review.reviewed_at = user.id, utcnow()
    audit.record("quality.finding_recorded", user, object_type="case", object_id=review.case.reference,
                 details={"sample": sample_id, "rating": rating})
    db.session.commit()
    return review


def summary(sample: QualitySample) -> dict[str, int]:
    counts = dict.fromkeys((*REVIEW_RATINGS, "pending"), 0)
    for review in sample.reviews:
        counts[review.rating or "pending"] += 1
    return counts


def today_default() -> date:
    from ..deadlines import today

    return today()
