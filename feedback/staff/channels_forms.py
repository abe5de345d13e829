"""Forms of the channel pages: hotline, reception register, schedule, post, suggestion box, inbox."""

from __future__ import annotations

from datetime import datetime

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    DateTimeLocalField,
    IntegerField,
    MultipleFileField,
    RadioField,
    SelectField,
    StringField,
    TextAreaField,
    TimeField,
)
from wtforms.validators import (
    DataRequired,
    Email,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    Regexp,
    ValidationError,
)

from ..domain import KINDS, kind_label
from ..formtools import checked_uploads
from ..services.intake import CaseSubmission, SubmitterData
from ..timeutil import LOCAL_TZ
from ..uploads import CheckedFile

PHONE = Regexp(r"^[0-9+() .-]{8,20}$", message=_l("Enter a phone number, e.g. 0912 345 678."))


def _strip(value):
    return value.strip() if isinstance(value, str) else value


def _int_or_none(value):
    try:
        return int(value) if value not in (None, "", "None") else None
    except (TypeError, ValueError):
        return None


def local_aware(value: datetime | None) -> datetime | None:
    """A datetime-local input (Vietnamese time) as an aware datetime."""
    return value.replace(tzinfo=LOCAL_TZ) if value is not None else None


class CaseFieldsMixin:
    """Kind, topic, title and content of the case a channel opens."""

    kind = SelectField(_l("Kind"), choices=[(k, k) for k in KINDS], default="feedback")
    category_id = SelectField(_l("Topic"), coerce=_int_or_none, validators=[Optional()], validate_choice=False)
    title = StringField(_l("Short title"), filters=[_strip], validators=[Length(max=300)])
    content = TextAreaField(_l("Content"), filters=[_strip], validators=[Length(max=20000)])
    subject = TextAreaField(_l("Decision, act or person concerned (complaints and denunciations)"),
                            filters=[_strip], validators=[Length(max=5000)])
    request = TextAreaField(_l("What the citizen requests (complaints)"), filters=[_strip],
                            validators=[Length(max=5000)])
    location = StringField(_l("Place concerned"), filters=[_strip], validators=[Length(max=300)])

    def fill(self, categories) -> None:
        self.kind.choices = [(k, kind_label(k)) for k in KINDS]
        self.category_id.choices = [("", _l("— Choose a topic —"))] + [(str(c.id), c.name) for c in categories]

    def submission(self, people: list[SubmitterData], anonymous: bool = False, files=None) -> CaseSubmission:
        return CaseSubmission(
            kind=self.kind.data, channel="hotline", title=self.title.data or "", content=self.content.data or "",
            category_id=self.category_id.data, subject=self.subject.data, request=self.request.data,
            location=self.location.data, anonymous=anonymous, submitters=people, attachments=files or [],
        )


class PersonMixin:
    full_name = StringField(_l("Full name"), filters=[_strip], validators=[Length(max=200)])
    address = StringField(_l("Address"), filters=[_strip], validators=[Length(max=300)])
    phone = StringField(_l("Phone"), filters=[_strip], validators=[Optional(), PHONE])
    email = StringField(_l("Email"), filters=[_strip],
                        validators=[Optional(), Email(message=_l("Enter an email address like name@example.com."),
                                                      check_deliverability=False)],
                        description=_l("If given, the acknowledgement with the reference is emailed."))

    def person(self) -> SubmitterData:
        return SubmitterData(full_name=self.full_name.data, address=self.address.data, phone=self.phone.data,
                             email=self.email.data)


class ScansMixin:
    scans = MultipleFileField(_l("Scans and documents"))

    def validate_scans(self, field):
        self.checked_files: list[CheckedFile] = []
        self.checked_files = checked_uploads(field)


class HotlineForm(FlaskForm, PersonMixin, CaseFieldsMixin):
    called_at = DateTimeLocalField(_l("Call started"), format="%Y-%m-%dT%H:%M",
                                   validators=[InputRequired(message=_l("Give the time of the call."))])
    duration_minutes = IntegerField(_l("Duration (minutes)"), validators=[Optional(), NumberRange(0, 600)])
    anonymous = BooleanField(_l("The caller did not give a name"))
    content = TextAreaField(_l("What the caller said (recorded faithfully)"), filters=[_strip],
                            validators=[Length(max=20000)])


class VisitForm(FlaskForm, CaseFieldsMixin):
    visited_at = DateTimeLocalField(_l("Date and time of the visit"), format="%Y-%m-%dT%H:%M",
                                    validators=[InputRequired(message=_l("Give the date of the visit."))])
    full_name = StringField(_l("Full name"), filters=[_strip],
                            validators=[DataRequired(message=_l("Write the citizen's name.")), Length(max=200)])
    address = StringField(_l("Address"), filters=[_strip], validators=[Length(max=300)])
    id_number = StringField(_l("ID number (CCCD) or identity paper"), filters=[_strip], validators=[Length(max=30)])
    phone = StringField(_l("Phone"), filters=[_strip], validators=[Optional(), PHONE])
    content = TextAreaField(_l("Content of the matter"), filters=[_strip],
                            validators=[DataRequired(message=_l("Write what the citizen said.")),
                                        Length(max=20000)])
    prior_handling = TextAreaField(_l("Handling so far by competent bodies"), filters=[_strip],
                                   validators=[Length(max=5000)])
    requests = TextAreaField(_l("Requests of the citizen"), filters=[_strip], validators=[Length(max=5000)])
    people_count = IntegerField(_l("Number of people"), default=1, validators=[InputRequired(),
                                                                                NumberRange(1, 1000)])
    handling = TextAreaField(_l("How it was received and handled"), filters=[_strip], validators=[Length(max=5000)])
    receiving_leader = StringField(_l("Leader who received (if a leader did)"), filters=[_strip],
                                   validators=[Length(max=200)])
    documents = TextAreaField(_l("Documents handed over (one per line)"), filters=[_strip],
                              validators=[Length(max=5000)], description=_l("Printed on the receipt."))
    outcome = RadioField(_l("Case"), default="open", choices=[
        ("open", _l("Open a new case")), ("attach", _l("Add to an existing case")),
        ("none", _l("Register only (guidance given, no case)"))])
    reference = StringField(_l("Reference of the existing case"), filters=[_strip], validators=[Length(max=20)])

    def validate_reference(self, field):
        if self.outcome.data == "attach" and not field.data:
            raise ValidationError(_l("Give the reference of the case."))


class SessionForm(FlaskForm):
    day = DateField(_l("Day"), validators=[InputRequired(message=_l("Choose the day."))])
    start_time = TimeField(_l("From"), validators=[InputRequired(message=_l("Give the start time."))])
    end_time = TimeField(_l("To"), validators=[InputRequired(message=_l("Give the end time."))])
    place = StringField(_l("Place"), filters=[_strip], validators=[DataRequired(message=_l("Give the place.")),
                                                                    Length(max=300)])
    leader = StringField(_l("Receiving leader (name and title)"), filters=[_strip],
                         validators=[DataRequired(message=_l("Name the leader who receives.")), Length(max=200)])
    note = TextAreaField(_l("Note for citizens"), filters=[_strip], validators=[Length(max=2000)])


class LetterForm(FlaskForm, PersonMixin, CaseFieldsMixin, ScansMixin):
    received_on = DateField(_l("Received on"), validators=[Optional()])
    postmark_date = DateField(_l("Postmark date"), validators=[Optional()])
    pages = IntegerField(_l("Pages"), validators=[Optional(), NumberRange(1, 10000)])
    anonymous = BooleanField(_l("The letter is not signed"))
    email = StringField(_l("Email"), filters=[_strip],
                        validators=[Optional(), Email(message=_l("Enter an email address like name@example.com."),
                                                      check_deliverability=False)])


class BoxOpeningForm(FlaskForm):
    opened_at = DateTimeLocalField(_l("Opened at"), format="%Y-%m-%dT%H:%M",
                                   validators=[InputRequired(message=_l("Give the time of the opening."))])
    location = StringField(_l("Where the box is"), filters=[_strip],
                           validators=[DataRequired(message=_l("Say where the box is.")), Length(max=300)])
    members = TextAreaField(_l("Members present (one per line: name, position)"), filters=[_strip],
                            validators=[DataRequired(message=_l("List the members present.")), Length(max=3000)])
    notes = TextAreaField(_l("Remarks (state of the seal, number of letters …)"), filters=[_strip],
                          validators=[Length(max=5000)])


class InboxCaseForm(FlaskForm, PersonMixin, CaseFieldsMixin):
    anonymous = BooleanField(_l("The sender gave no name"))


class InboxAttachForm(FlaskForm):
    reference = StringField(_l("Reference of the case"), filters=[_strip],
                            validators=[DataRequired(message=_l("Give the reference of the case.")),
                                        Length(max=20)])


class ButtonForm(FlaskForm):
    """A CSRF-protected button."""
