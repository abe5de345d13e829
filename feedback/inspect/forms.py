"""Forms of the inspection pages: the statistics filter (GET), exports, sampling, findings, the report."""

from __future__ import annotations

from datetime import date

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, DateField, IntegerField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional, ValidationError

from ..domain import CHANNEL_LABELS, KIND_LABELS
from ..models.inspect import REVIEW_RATINGS
from ..services.reports import StatsFilter

PERIODS = {
    "q1": (_l("Quarter I"), 1, 3), "q2": (_l("Quarter II"), 4, 6), "q3": (_l("Quarter III"), 7, 9),
    "q4": (_l("Quarter IV"), 10, 12), "m6": (_l("First 6 months"), 1, 6), "m9": (_l("First 9 months"), 1, 9),
    "m12": (_l("Whole year (12 months)"), 1, 12),
}
#: Vietnamese wording of each period in a report title.
PERIOD_WORDS = {"q1": "quý I", "q2": "quý II", "q3": "quý III", "q4": "quý IV", "m6": "6 tháng đầu năm",
                "m9": "9 tháng", "m12": "năm"}


def _optional_int(value):
    return int(value) if value not in (None, "", "None") else None


def period_bounds(period: str, year: int) -> tuple[date, date]:
    """First and last day of a named period of ``year``."""
    _label, first, last = PERIODS[period]
    end = date(year + (last == 12), (last % 12) + 1, 1)
    from datetime import timedelta

    return date(year, first, 1), end - timedelta(days=1)


class StatsForm(FlaskForm):
    """Period and filters of the dashboard (GET, no CSRF token: it changes nothing)."""

    class Meta:
        csrf = False

    period = SelectField(_l("Period"), choices=[("", _l("Dates below"))] + [(k, v[0]) for k, v in PERIODS.items()],
                         validators=[Optional()])
    year = IntegerField(_l("Year"), validators=[Optional(), NumberRange(2000, 2100)])
    start = DateField(_l("From date"), validators=[Optional()])
    end = DateField(_l("To date"), validators=[Optional()])
    kind = SelectField(_l("Kind"), choices=[("", _l("All kinds"))] + list(KIND_LABELS.items()),
                       validators=[Optional()])
    channel = SelectField(_l("Channel"), choices=[("", _l("All channels"))] + list(CHANNEL_LABELS.items()),
                          validators=[Optional()])
    category_id = SelectField(_l("Topic"), coerce=_optional_int, validators=[Optional()], validate_choice=False)
    unit_id = SelectField(_l("Unit"), coerce=_optional_int, validators=[Optional()], validate_choice=False)
    officer_id = SelectField(_l("Officer"), coerce=_optional_int, validators=[Optional()], validate_choice=False)

    def fill_choices(self, units, categories, officers) -> None:
        self.category_id.choices = [("", _l("All topics"))] + [(c.id, c.name) for c in categories]
        self.unit_id.choices = [("", _l("All units"))] + [(u.id, u.name) for u in units]
        self.officer_id.choices = [("", _l("All officers"))] + [(u.id, u.full_name) for u in officers]

    def validate_end(self, field) -> None:
        if field.data and self.start.data and field.data < self.start.data:
            raise ValidationError(_l("The end of the period must not be before its start."))

    def to_filter(self, today: date) -> StatsFilter:
        """The filter chosen (default: from 1 January to today)."""
        if self.period.data in PERIODS:
            start, end = period_bounds(self.period.data, self.year.data or today.year)
        else:
            start = self.start.data or date(today.year, 1, 1)
            end = self.end.data or max(today, start)
        return StatsFilter(start, end, kind=self.kind.data or None, channel=self.channel.data or None,
                           category_id=self.category_id.data, unit_id=self.unit_id.data,
                           officer_id=self.officer_id.data)


class PersonalExportForm(FlaskForm):
    """Asking for personal data in an export, with the reason that is audited."""

    format = SelectField(_l("Format"), choices=[("xlsx", "XLSX"), ("csv", "CSV")])
    reason = TextAreaField(_l("Why do you need the personal data?"),
                           validators=[DataRequired(_l("Give a reason.")), Length(min=10, max=500)],
                           description=_l("The reason is recorded in the audit log. Denouncers' identities are "
                                          "never exported."))
    confirm = BooleanField(_l("I need names and contacts for this purpose"),
                           validators=[DataRequired(_l("Confirm that you need the personal data."))])


class SampleForm(FlaskForm):
    """Draw N closed cases at random from the period and filters shown."""

    size = IntegerField(_l("Number of closed cases to review"), default=10,
                        validators=[InputRequired(_l("Give a number.")), NumberRange(1, 200)])


class ReviewForm(FlaskForm):
    rating = SelectField(_l("Finding"), choices=[("", _l("Choose a finding"))] + list(zip(REVIEW_RATINGS, (
        _l("Handled correctly"), _l("Minor shortcomings"), _l("Serious shortcomings")), strict=True)),
        validators=[DataRequired(_l("Choose a finding."))])
    findings = TextAreaField(_l("Findings"), validators=[DataRequired(_l("Write your findings.")),
                                                         Length(max=5000)])


class ReportForm(FlaskForm):
    """The periodic report: period, number, and the narrative the inspector edits before export."""

    period = SelectField(_l("Period"), choices=[("", _l("Dates below"))] + [(k, v[0]) for k, v in PERIODS.items()],
                         validators=[Optional()])
    year = IntegerField(_l("Year"), validators=[Optional(), NumberRange(2000, 2100)])
    start = DateField(_l("From date"), validators=[Optional()])
    end = DateField(_l("To date"), validators=[Optional()])
    number = StringField(_l("Document number"), validators=[Optional(), Length(max=40)],
                         description=_l("For example 15/BC-SGTVT"))
    narrative = TextAreaField(_l("Summary (generated; edit before exporting)"), validators=[Length(max=20000)])
    overdue_reasons = TextAreaField(_l("Reasons for overdue cases"), validators=[Length(max=10000)])
