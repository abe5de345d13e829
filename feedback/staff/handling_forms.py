"""Forms of the handling actions (issue 5). Each carries the case ``version`` (optimistic locking)
and has its own prefix so several live on the case page."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, HiddenField, MultipleFileField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional, ValidationError

from ..domain import KIND_LABELS, KINDS
from ..services.triage import FILING_REASONS


def optional_int(value):
    try:
        return int(value) if value not in (None, "", "None") else None
    except (TypeError, ValueError):
        return None


def _required(message):
    return [DataRequired(message=message), Length(max=10000)]


class ActionForm(FlaskForm):
    """Base: the case version the form was built from."""

    version = HiddenField()

    def validate_version(self, field):
        if optional_int(field.data) is None:
            raise ValidationError(_l("The form is out of date; reload the page."))

    @property
    def version_value(self) -> int | None:
        return optional_int(self.version.data)


class VersionOnlyForm(ActionForm):
    pass


class ClassifyForm(ActionForm):
    kind = SelectField(_l("Kind"), choices=[(k, KIND_LABELS[k]) for k in KINDS])
    category_id = SelectField(_l("Topic"), coerce=optional_int, validate_choice=False)
    processable = BooleanField(_l("Processable (meets the legal conditions to be handled)"))
    competent = BooleanField(_l("Within our competence"))
    is_group = BooleanField(_l("Group case (five or more signatories)"))
    representative_id = SelectField(_l("Representative"), coerce=optional_int, validate_choice=False)
    note = TextAreaField(_l("Reasons and notes"), validators=[Length(max=5000)],
                         description=_l("Required when the case is not processable: give the legal reason."))


class RouteForm(ActionForm):
    unit_id = SelectField(_l("Unit"), coerce=optional_int, validate_choice=False,
                          validators=[DataRequired(message=_l("Choose the unit."))])
    legal_basis = TextAreaField(_l("Legal basis of acceptance"), validators=[Length(max=5000)],
                                description=_l("Required for complaints and denunciations, e.g. "
                                               "“Điều 27 Luật Khiếu nại 2011”."))


class ForwardForm(ActionForm):
    agency_id = SelectField(_l("Competent agency"), coerce=optional_int, validate_choice=False,
                            validators=[DataRequired(message=_l("Choose the agency."))])
    reason = TextAreaField(_l("Why it goes there"), validators=_required(_l("Give the reason.")))


class GuideForm(ActionForm):
    guidance = TextAreaField(_l("Where and how the citizen should submit it"),
                             validators=_required(_l("Write the guidance.")))


class RejectForm(ActionForm):
    reasons = TextAreaField(_l("Reasons for not accepting"), validators=_required(_l("Give the reasons.")),
                            description=_l("The citizen reads these reasons; cite the legal ground."))


class FileForm(ActionForm):
    code = SelectField(_l("Reason for filing"), choices=list(FILING_REASONS.items()))
    reason = TextAreaField(_l("Details"), validators=[Length(max=5000)])


class MergeForm(ActionForm):
    original = StringField(_l("Reference of the original case"), validators=_required(_l("Enter a reference.")))
    reason = TextAreaField(_l("Why they are the same matter"), validators=_required(_l("Give the reason.")))


class LinkForm(ActionForm):
    other = StringField(_l("Reference of the related case"), validators=_required(_l("Enter a reference.")))
    note = TextAreaField(_l("Note"), validators=[Length(max=2000)])


class ReasonForm(ActionForm):
    reason = TextAreaField(_l("Reason"), validators=_required(_l("Give the reason.")))


class AssignForm(ActionForm):
    assignee_id = SelectField(_l("Officer"), coerce=optional_int, validate_choice=False,
                              validators=[DataRequired(message=_l("Choose an officer."))])


class RequestInfoForm(ActionForm):
    question = TextAreaField(_l("What do you need from the citizen?"),
                             validators=_required(_l("Write the question.")),
                             description=_l("The citizen reads this on the tracking page and by email; "
                                            "the deadline pauses until they answer."))


class SuspendForm(ActionForm):
    decision = TextAreaField(_l("Suspension decision (number, date, grounds)"),
                             validators=_required(_l("Give the decision.")))


class DraftForm(ActionForm):
    canned_id = SelectField(_l("Start from a canned response"), coerce=optional_int, validate_choice=False,
                            validators=[Optional()])
    body = TextAreaField(_l("Reply"), validators=[Length(max=50000)],
                         description=_l("Placeholders such as {name} and {reference} are filled in when saved."))
    submit_for_approval = BooleanField(_l("Send for approval now"))


class ReturnDraftForm(ActionForm):
    comments = TextAreaField(_l("What must change"), validators=_required(_l("Write your comments.")))



class SplitForm(ActionForm):
    kind = SelectField(_l("Kind of the part split off"), choices=[(k, KIND_LABELS[k]) for k in KINDS])
    title = StringField(_l("Title of the new case"), validators=_required(_l("Give a title.")))
    content = TextAreaField(_l("The part of the letter it covers"), validators=_required(_l("Copy the part here.")))


class AttachForm(ActionForm):
    files = MultipleFileField(_l("Documents"))
    note = TextAreaField(_l("What these are"), validators=[Length(max=2000)])

    def validate_files(self, field):
        from ..formtools import checked_uploads

        self.checked = []
        self.checked = checked_uploads(field)
