"""Helpers shared by the Flask-WTF forms of every blueprint."""

from __future__ import annotations

from flask import current_app
from flask_babel import lazy_gettext as _l
from wtforms.validators import ValidationError

from .uploads import CheckedFile, UploadRejected, check_upload


def checked_uploads(field, *, already: int = 0) -> list[CheckedFile]:
    """Check the files of a ``MultipleFileField`` (count, size, type by content).

    :param already: files attached earlier (kept from a previous attempt) that count towards the limit.
    :raises ValidationError: with every problem, translated, so the form shows them by the field.
    """
    files = [f for f in (field.data or []) if getattr(f, "filename", "")]
    limit = current_app.config["MAX_ATTACHMENTS"]
    if len(files) + already > limit:
        raise ValidationError(_l("You can attach at most %(n)d files.", n=limit))
    checked, problems = [], []
    for upload in files:
        try:
            checked.append(check_upload(upload.stream, upload.filename))
        except UploadRejected as exc:
            problems.append(str(exc.message))
    if problems:
        raise ValidationError(" ".join(problems))
    return checked
