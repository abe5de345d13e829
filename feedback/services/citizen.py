"""What the citizen does on a tracked case (issue 5): add information or documents, answer a request
for information (the clock resumes through the lifecycle hook), withdraw. Each becomes an event the officer sees."""

from __future__ import annotations

from collections.abc import Callable

from flask_babel import lazy_gettext as _l

from ..errors import DomainError
from ..lifecycle import OPEN_STATUSES, apply_transition
from ..models import Case
from ..timeutil import utcnow
from ..uploads import CheckedFile
from .handling import _store_files, add_event, check_version, commit, notify, open_holding, stale_safe, touch

#: Actor label recorded on the citizen's own events (data, in the agency's language, like a name).
CITIZEN = "Công dân"


def _citizen_change(case: Case, version: int | None, change: Callable[[], None]) -> None:
    check_version(case, version)
    change()
    commit()


@stale_safe
def add_information(case: Case, text: str, files: list[CheckedFile], *, version: int | None = None) -> None:
    """The citizen adds information or documents to an open case."""
    if case.status not in OPEN_STATUSES:
        raise DomainError(_l("This case is no longer open; it cannot receive more information."))
    if not (text or "").strip() and not files:
        raise DomainError(_l("Write something or attach a document."), field="text")

    def change():
        names = _store_files(case, files, None)
        touch(case)
        add_event(case, None, "citizen_information", reason=text, citizen_visible=True,
                  payload={"attachments": names}, actor_label=CITIZEN)

    _citizen_change(case, version, change)


@stale_safe
def answer(case: Case, text: str, files: list[CheckedFile], *, version: int | None = None) -> None:
    """The citizen answers a request for information: ``awaiting_citizen`` → ``in_progress`` (the clock resumes)."""
    if case.status != "awaiting_citizen":
        raise DomainError(_l("No answer is awaited on this case."))
    if not (text or "").strip():
        raise DomainError(_l("Write your answer."), field="text")

    def change():
        names = _store_files(case, files, None)
        add_event(case, None, "citizen_answer", reason=text, citizen_visible=True,
                  payload={"attachments": names}, actor_label=CITIZEN)
        apply_transition(case, "in_progress", None, actor_label=CITIZEN, payload={"answered": True})

    _citizen_change(case, version, change)


@stale_safe
def withdraw(case: Case, reason: str | None, *, version: int | None = None) -> None:
    """The citizen withdraws the case (rút đơn)."""
    if case.status not in OPEN_STATUSES:
        raise DomainError(_l("This case is no longer open; it cannot be withdrawn."))

    def change():
        holding = open_holding(case)
        if holding is not None:
            holding.released_at = utcnow()
        apply_transition(case, "withdrawn", None, reason=reason,
                         actor_label=CITIZEN, payload={"by": "citizen"})
        notify(case, "case_outcome", {"status": "withdrawn", "reason": reason})

    _citizen_change(case, version, change)
