"""The action forms of the case page: which forms a user sees for a case, and what each one calls.

``ACTIONS`` maps an action name to (form class, permission guard, service call). The case page
asks :func:`panel` for the forms and facts it shows (``templates/staff/_actions.html``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from flask import g, request
from sqlalchemy import select

from ..errors import DomainError
from ..extensions import db
from ..lifecycle import OPEN_STATUSES
from ..models import Agency, Case, Category, Unit, User
from ..permissions import can, can_see_case
from ..services import case_links, handling, replies, similarity, triage
from . import handling_forms as f

TRIAGE = ("received", "triage")


def _triage(user: User, case: Case) -> bool:
    return triage.may_triage(user, case)


def _unit(action: str) -> Callable[[User, Case], bool]:
    return lambda user, case: can(user, action) and can_see_case(user, case) and handling.in_unit(user, case)


def _agency(form) -> Agency:
    agency = db.session.get(Agency, form.agency_id.data or 0)
    if agency is None:
        raise DomainError("?", field="agency_id")
    return agency


def _unit_of(form) -> Unit:
    unit = db.session.get(Unit, form.unit_id.data or 0)
    if unit is None:
        raise DomainError("?", field="unit_id")
    return unit


def _user_of(form) -> User:
    user = db.session.get(User, form.assignee_id.data or 0)
    if user is None:
        raise DomainError("?", field="assignee_id")
    return user


@dataclass
class Action:
    form: type
    allowed: Callable[[User, Case], bool]
    statuses: tuple[str, ...]
    run: Callable


ACTIONS: dict[str, Action] = {
    "start": Action(f.VersionOnlyForm, _triage, ("received",), lambda u, c, fm, v: triage.start(u, c, version=v)),
    "classify": Action(f.ClassifyForm, _triage, TRIAGE, lambda u, c, fm, v: triage.classify(u, c, triage.Classification(
        kind=fm.kind.data, category_id=fm.category_id.data, processable=fm.processable.data,
        competent=fm.competent.data, is_group=fm.is_group.data, representative_id=fm.representative_id.data,
        note=fm.note.data), version=v)),
    "route": Action(f.RouteForm, _triage, (*TRIAGE, "accepted"),
                    lambda u, c, fm, v: triage.route(u, c, _unit_of(fm), fm.legal_basis.data, version=v)),
    "forward": Action(f.ForwardForm, _triage, TRIAGE,
                      lambda u, c, fm, v: triage.forward(u, c, _agency(fm), fm.reason.data, version=v)),
    "guide": Action(f.GuideForm, _triage, TRIAGE,
                    lambda u, c, fm, v: triage.guide(u, c, fm.guidance.data, version=v)),
    "reject": Action(f.RejectForm, _triage, TRIAGE,
                     lambda u, c, fm, v: triage.reject(u, c, fm.reasons.data, version=v)),
    "file": Action(f.FileForm, _triage, TRIAGE,
                   lambda u, c, fm, v: triage.file(u, c, fm.code.data, fm.reason.data, version=v)),
    "merge": Action(f.MergeForm, _triage, TRIAGE, lambda u, c, fm, v: case_links.merge(
        u, c, case_links.find_case(fm.original.data), fm.reason.data, version=v)),
    "split": Action(f.SplitForm, _triage, TRIAGE, lambda u, c, fm, v: case_links.split(
        u, c, fm.kind.data, fm.title.data, fm.content.data, version=v)),
    "link": Action(f.LinkForm, lambda u, c: _triage(u, c) or (can(u, "case.note") and can_see_case(u, c)),
                   OPEN_STATUSES, lambda u, c, fm, v: case_links.link(u, c, case_links.find_case(fm.other.data),
                                                                  fm.note.data, version=v)),
    "withdraw": Action(f.ReasonForm, lambda u, c: _triage(u, c) or (can(u, "case.note") and can_see_case(u, c)),
                       OPEN_STATUSES, lambda u, c, fm, v: triage.withdraw_on_request(u, c, fm.reason.data, version=v)),
    "acknowledge": Action(f.VersionOnlyForm, _unit("case.acknowledge"), ("accepted",),
                          lambda u, c, fm, v: handling.acknowledge(u, c, version=v)),
    "return": Action(f.ReasonForm, _unit("case.acknowledge"), ("accepted", "in_progress"),
                     lambda u, c, fm, v: handling.return_to_reception(u, c, fm.reason.data, version=v)),
    "assign": Action(f.AssignForm, _unit("case.assign"), ("accepted", "in_progress", "awaiting_citizen", "suspended",
                                                          "reply_drafted"),
                     lambda u, c, fm, v: handling.assign(u, c, _user_of(fm), version=v)),
    "request_info": Action(f.RequestInfoForm, _unit("case.note"), ("in_progress",),
                           lambda u, c, fm, v: handling.request_information(u, c, fm.question.data, version=v)),
    "attach": Action(f.AttachForm, _unit("case.note"), OPEN_STATUSES,
                     lambda u, c, fm, v: handling.attach_documents(u, c, fm.checked, fm.note.data, version=v)),
    "suspend": Action(f.SuspendForm, handling.may_approve, ("in_progress",),
                      lambda u, c, fm, v: handling.suspend(u, c, fm.decision.data, version=v)),
    "resume": Action(f.ReasonForm, handling.may_approve, ("suspended",),
                     lambda u, c, fm, v: handling.resume(u, c, fm.reason.data, version=v)),
    "draft": Action(f.DraftForm, _unit("case.draft_reply"), ("in_progress",), lambda u, c, fm, v: replies.save_draft(
        u, c, fm.body.data or "", canned_id=fm.canned_id.data, submit=fm.submit_for_approval.data, version=v)),
    "submit_draft": Action(f.VersionOnlyForm, _unit("case.draft_reply"), ("in_progress",),
                           lambda u, c, fm, v: replies.submit(u, c, version=v)),
    "approve": Action(f.VersionOnlyForm, handling.may_approve, ("reply_drafted",),
                      lambda u, c, fm, v: replies.approve(u, c, version=v)),
    "return_draft": Action(f.ReturnDraftForm, handling.may_approve, ("reply_drafted",),
                           lambda u, c, fm, v: replies.return_draft(u, c, fm.comments.data, version=v)),
}


def build_form(name: str, case: Case):
    """The form of action ``name``: the one that just failed (kept in ``g``) or a fresh one."""
    failed = g.get("handling_failed")
    if failed and failed[0] == name:
        return failed[1]
    form = ACTIONS[name].form(prefix=name, formdata=None, version=case.version)
    return form


def fill_choices(name: str, form, case: Case, user: User) -> None:
    """Set the select choices that come from the database."""
    if name == "classify":
        cats = db.session.execute(select(Category).where(Category.active.is_(True)).order_by(Category.position))
        form.category_id.choices = [("", "—")] + [(c.id, c.name) for c in cats.scalars()]
        form.representative_id.choices = [("", "—")] + [(s.id, s.display_name or "—") for s in case.submitters]
        if request.method == "GET":
            form.kind.data, form.category_id.data, form.is_group.data = case.kind, case.category_id, case.is_group
            form.processable.data = form.competent.data = True
    elif name == "route":
        units = db.session.execute(select(Unit).where(Unit.active.is_(True)).order_by(Unit.name)).scalars()
        form.unit_id.choices = [("", "—")] + [(u.id, u.name) for u in units]
    elif name == "forward":
        agencies = db.session.execute(select(Agency).where(Agency.active.is_(True)).order_by(Agency.name)).scalars()
        form.agency_id.choices = [("", "—")] + [(a.id, a.name) for a in agencies]
    elif name == "assign":
        form.assignee_id.choices = [("", "—")] + [(u.id, u.full_name) for u in handling.unit_officers(case)]
        if request.method == "GET":
            form.assignee_id.data = case.assignee_id
    elif name == "draft":
        form.canned_id.choices = [("", "—")] + [(c.id, c.title) for c in replies.canned_for(case)]
        chosen = f.optional_int(request.args.get("canned"))
        if request.method == "GET" and chosen:
            from ..models import CannedResponse

            canned = db.session.get(CannedResponse, chosen)
            if canned is not None:
                form.canned_id.data = chosen
                form.body.data = replies.fill(canned.body, case, user)


def panel(user: User, case: Case) -> dict:
    """What ``templates/staff/_actions.html`` shows for ``user`` on ``case``."""
    forms = {}
    for name, action in ACTIONS.items():
        if case.status in action.statuses and action.allowed(user, case):
            form = build_form(name, case)
            fill_choices(name, form, case, user)
            forms[name] = form
    facts: dict = {"forms": forms, "links": case_links.linked_cases(case), "holding": handling.open_holding(case),
                   "drafts": replies.drafts(case), "classification": triage.latest_classification(case)}
    if case.status in TRIAGE and (forms.get("route") or forms.get("classify")):
        facts["suggestions"] = triage.suggest_units(case)
        route = forms.get("route")
        if route is not None and route.unit_id.data is None and facts["suggestions"] and request.method == "GET":
            route.unit_id.data = facts["suggestions"][0].unit.id
        facts["duplicates"] = similarity.duplicates(case)
    if case.merged_into_id:
        facts["merged_into"] = db.session.get(Case, case.merged_into_id)
    return facts
