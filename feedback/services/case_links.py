"""Cases that belong together: merge a duplicate into its original, link related cases, split a letter
with several kinds of content into linked cases (issue 5). Triage rights apply (see :mod:`.triage`)."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from ..domain import KINDS
from ..errors import DomainError, Forbidden, NotFound
from ..extensions import db
from ..lifecycle import OPEN_STATUSES
from ..models import Case, CaseEvent, CaseLink, User
from ..permissions import can
from .handling import add_event, check_version, commit, stale_safe, touch
from .triage import _guard, _links, _outcome, may_triage


def find_case(reference: str) -> Case:
    """A case by reference (for merge and link targets)."""
    case = db.session.execute(select(Case).where(Case.reference == (reference or "").strip())).scalar_one_or_none()
    if case is None:
        raise NotFound(_l("No case has this reference."))
    return case


@stale_safe
def merge(user: User, case: Case, original: Case, reason: str, *, version: int | None = None) -> None:
    """Merge a duplicate into its original; the duplicate's citizen is told and follows the original."""
    _guard(user, case, version)
    if original.id == case.id or original.merged_into_id is not None or original.status not in OPEN_STATUSES:
        raise DomainError(_l("Merge into another open case that was not merged itself."), field="original")
    case.merged_into_id = original.id
    db.session.add(CaseLink(case_id=case.id, other_id=original.id, kind="duplicate", created_by_id=user.id))
    add_event(original, user, "merged_in", reason=case.reference, payload={"case_id": case.id})
    _outcome(user, case, "merged", reason, {"original_id": original.id, "original": original.reference}, None,
             version)


@stale_safe
def link(user: User, case: Case, other: Case, note: str | None = None, *, version: int | None = None) -> None:
    """Link two related cases (both timelines show it)."""
    if not may_triage(user, case) and not can(user, "case.note"):
        raise Forbidden(_l("You may not link cases."))
    check_version(case, version)
    if other.id == case.id:
        raise DomainError(_l("A case cannot be linked to itself."), field="other")
    exists = db.session.execute(select(CaseLink).where(
        ((CaseLink.case_id == case.id) & (CaseLink.other_id == other.id))
        | ((CaseLink.case_id == other.id) & (CaseLink.other_id == case.id)))).first()
    if exists:
        raise DomainError(_l("These cases are already linked."), field="other")
    db.session.add(CaseLink(case_id=case.id, other_id=other.id, kind="related", created_by_id=user.id))
    touch(case)
    add_event(case, user, "linked", reason=note, payload={"other_id": other.id, "other": other.reference})
    add_event(other, user, "linked", reason=note, payload={"other_id": case.id, "other": case.reference})
    commit()


def linked_cases(case: Case) -> list[tuple[str, Case]]:
    """(kind, case) pairs linked to ``case`` in either direction."""
    return ([(link.kind, link.other) for link in _links(case)]
            + [(link.kind, link.case) for link in _links(case, True)])


@stale_safe
def split(user: User, case: Case, kind: str, title: str, content: str, *, version: int | None = None) -> Case:
    """Split off part of a letter with several kinds of content as a new linked case.

    The new case keeps the legal receipt time, the channel, the submitters and the citizen's
    access key (so the same key tracks both references); it starts in ``received``.
    """
    from ..models import Submitter
    from .intake import next_reference

    _guard(user, case, version)
    if kind not in KINDS:
        raise DomainError(_l("Choose a kind."), field="kind")
    if not (title or "").strip() or not (content or "").strip():
        raise DomainError(_l("Give the title and the content of the part split off."), field="content")
    part = Case(reference=next_reference(case.received_at), access_key_hash=case.access_key_hash, kind=kind,
                channel=case.channel, category_id=None, title=title.strip()[:300], content=content.strip(),
                received_at=case.received_at, is_anonymous=case.is_anonymous, is_group=case.is_group,
                status="received", locale=case.locale, created_by_id=user.id, parent_id=case.id)
    columns = ("position", "is_representative", "full_name", "organisation", "id_number", "address", "phone", "email",
               "is_confidential", "sealed_identity", "pseudonym")
    for person in case.submitters:
        part.submitters.append(Submitter(**{c: getattr(person, c) for c in columns}))
    db.session.add(part)
    db.session.flush()
    db.session.add(CaseLink(case_id=part.id, other_id=case.id, kind="split", created_by_id=user.id))
    db.session.add(CaseEvent(case=part, actor=user, actor_label=user.full_name, type="received", to_status="received",
                             citizen_visible=True, payload={"channel": case.channel, "split_from": case.reference}))
    touch(case)
    add_event(case, user, "split", reason=part.reference, citizen_visible=True,
              payload={"new_case_id": part.id, "new_reference": part.reference, "kind": kind})
    commit()
    return part
