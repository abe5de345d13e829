"""Staff forms."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import HiddenField, IntegerField, SelectField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from ..domain import CHANNELS, KINDS, channel_label, kind_label
from ..lifecycle import STAFF_LABELS, STATUSES


def _optional_int(value):
    try:
        return int(value) if value not in (None, "", "None") else None
    except (TypeError, ValueError):
        return None


class QueueFilterForm(FlaskForm):
    """GET filters of the queue (no CSRF: it changes nothing)."""

    class Meta:
        csrf = False

    kind = SelectField(_l("Kind"), validators=[Optional()], validate_choice=False)
    channel = SelectField(_l("Channel"), validators=[Optional()], validate_choice=False)
    status = SelectField(_l("Status"), validators=[Optional()], validate_choice=False)
    unit_id = SelectField(_l("Unit"), coerce=_optional_int, validators=[Optional()], validate_choice=False)
    category_id = SelectField(_l("Topic"), coerce=_optional_int, validators=[Optional()], validate_choice=False)
    #: deadlines: due-date flags and order.
    due = SelectField(_l("Deadline"), validators=[Optional()], validate_choice=False,
                      choices=[("", _l("All")), ("overdue", _l("Overdue")), ("due_soon", _l("Due soon"))])
    sort = SelectField(_l("Order"), validators=[Optional()], validate_choice=False,
                       choices=[("", _l("Newest received first")), ("due", _l("Earliest due date first"))])

    def fill_choices(self, units, categories) -> None:
        any_ = ("", _l("All"))
        self.kind.choices = [any_] + [(k, kind_label(k)) for k in KINDS]
        self.channel.choices = [any_] + [(c, channel_label(c)) for c in CHANNELS]
        self.status.choices = [any_] + [(s, STAFF_LABELS[s]) for s in STATUSES]
        self.unit_id.choices = [any_] + [(str(u.id), u.name) for u in units]
        self.category_id.choices = [any_] + [(str(c.id), c.name) for c in categories]

    def cleaned(self, name: str, allowed) -> str | None:
        value = getattr(self, name).data
        return value if value in allowed else None


class NoteForm(FlaskForm):
    text = TextAreaField(_l("Internal note"), validators=[DataRequired(message=_l("Write the note.")),
                                                          Length(max=10000)],
                         description=_l("Only staff see notes; the citizen never does."))
    version = HiddenField()


class RevealForm(FlaskForm):
    submitter_id = IntegerField(validators=[DataRequired()])
    reason = TextAreaField(_l("Why do you need the identity?"),
                           validators=[DataRequired(message=_l("A reason is required; it is logged.")),
                                       Length(min=10, max=2000,
                                              message=_l("Give a reason of at least 10 characters."))])
