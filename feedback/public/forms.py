"""Citizen forms. Field names match :class:`feedback.services.intake.CaseSubmission`."""

from __future__ import annotations

import secrets

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, HiddenField, MultipleFileField, SelectField, StringField, TextAreaField
from wtforms.validators import Email, Length, Optional, Regexp, ValidationError

from ..domain import KIND_RULES
from ..formtools import checked_uploads
from ..services.intake import CaseSubmission, SubmitterData
from ..uploads import CheckedFile

PHONE_PATTERN = r"^[0-9+() .-]{8,20}$"


def _strip(value):
    return value.strip() if isinstance(value, str) else value


class SubmissionForm(FlaskForm):
    """One form for every kind; the view hides the fields a kind does not use."""

    # Public views are exempt from the global CSRF hook: this form checks the token itself (FlaskForm
    # default) so an expired token re-shows the form with everything the citizen typed.

    title = StringField(_l("Title"), filters=[_strip], validators=[Length(max=300)],
                        description=_l("A few words, e.g. “Pothole on Nguyễn Huệ street”."))
    content = TextAreaField(_l("What happened, and what do you ask for?"), filters=[_strip],
                            validators=[Length(max=20000)],
                            description=_l("Say what, where and when. Write as much as you need."))
    category_id = SelectField(_l("Topic"), coerce=lambda v: int(v) if v not in (None, "", "None") else None,
                              validators=[Optional()], validate_choice=False)
    location = StringField(_l("Place concerned (optional)"), filters=[_strip], validators=[Length(max=300)],
                           description=_l("Address, road and kilometre marker, or landmark."))
    subject = TextAreaField(_l("The decision or act you complain about"), filters=[_strip],
                            validators=[Length(max=5000)])
    request = TextAreaField(_l("What you request"), filters=[_strip], validators=[Length(max=5000)])
    anonymous = BooleanField(_l("I want to stay anonymous"))
    full_name = StringField(_l("Full name"), filters=[_strip], validators=[Length(max=200)])
    organisation = StringField(_l("Organisation (if you write for one)"), filters=[_strip],
                               validators=[Length(max=200)])
    id_number = StringField(_l("Citizen ID number (optional)"), filters=[_strip],
                            validators=[Optional(), Regexp(r"^([0-9]{9}|[0-9]{12})$",
                                                           message=_l("An ID number has 9 or 12 digits."))])
    address = StringField(_l("Address"), filters=[_strip], validators=[Length(max=300)])
    phone = StringField(_l("Phone"), filters=[_strip],
                        validators=[Optional(),
                                    Regexp(PHONE_PATTERN, message=_l("Enter a phone number, e.g. 0912 345 678."))])
    email = StringField(_l("Email"), filters=[_strip],
                        validators=[Optional(), Email(message=_l("Enter an email address like name@example.com."),
                                                      check_deliverability=False)])
    attachments = MultipleFileField(_l("Documents and photos (optional)"))
    signature_confirmed = BooleanField(_l("I confirm that the information above is true. This confirmation stands "
                                          "in for my signature."))
    consent = BooleanField(_l("I agree that the agency processes the personal data in this submission to handle it "
                              "(Decree 13/2023/NĐ-CP on personal data protection)."))
    #: Honeypot: hidden from people, filled by bots.
    website = StringField(_l("Leave this field empty"))
    submission_token = HiddenField()

    def __init__(self, kind: str, *args, staged_count: int = 0, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind = kind
        self.staged_count = staged_count
        self.rule = KIND_RULES[kind]
        self.checked_files: list[CheckedFile] = []
        if not self.submission_token.data:
            self.submission_token.data = secrets.token_urlsafe(24)
        if kind == "denunciation":
            self.subject.label.text = _l("Who committed the violation (person or body)")
        if not self.rule.anonymous_allowed:
            del self.anonymous
        if not self.rule.needs_signature:
            del self.signature_confirmed
        if not self.rule.needs_subject:
            del self.subject
        if kind != "complaint":
            del self.request

    def validate_submission_token(self, field):
        if not field.data or len(field.data) < 16 or len(field.data) > 64:
            raise ValidationError(_l("The form is out of date; reload it."))

    def validate_attachments(self, field):
        self.checked_files = checked_uploads(field, already=self.staged_count)

    @property
    def is_bot(self) -> bool:
        return bool((self.website.data or "").strip())

    def to_submission(self, staged: list[CheckedFile], locale: str) -> CaseSubmission:
        """The service's input from the form's data plus files staged by an earlier attempt."""
        def value(name):
            field = getattr(self, name, None)
            return field.data if field is not None else None

        return CaseSubmission(
            kind=self.kind, channel="web", title=value("title") or "", content=value("content") or "",
            category_id=value("category_id"), subject=value("subject"), request=value("request"),
            location=value("location"), anonymous=bool(value("anonymous")),
            submitters=[SubmitterData(**{n: value(n) for n in
                                         ("full_name", "organisation", "id_number", "address", "phone", "email")})],
            attachments=staged + self.checked_files,
            signature_confirmed=bool(value("signature_confirmed")), consent=bool(value("consent")),
            locale=locale, submission_token=self.submission_token.data,
        )


class TrackForm(FlaskForm):
    reference = StringField(_l("Reference"), filters=[_strip], validators=[Length(max=20)],
                            description=_l("For example 2026-000123."))
    access_key = StringField(_l("Secret key"), filters=[_strip], validators=[Length(max=40)],
                             description=_l("The key shown when you submitted; dashes and spaces do not matter."))

    def validate_reference(self, field):
        if not field.data:
            raise ValidationError(_l("Enter the reference."))

    def validate_access_key(self, field):
        if not field.data:
            raise ValidationError(_l("Enter the secret key."))
