"""Administration: mail that is stuck or dead in the outbox, with a retry button."""

from __future__ import annotations

import threading
from datetime import timedelta

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf import FlaskForm
from sqlalchemy import func, or_, select

from ..extensions import db
from ..models import OutboxMessage
from ..services import audit
from ..services.outbox import deliver_pending, retry
from ..staff.guards import require
from ..timeutil import utcnow

bp = Blueprint("admin_outbox", __name__, url_prefix="/admin/outbox")

VIEWS = ("problems", "dead", "pending", "sent")


def _deliver_in_background(app) -> None:
    with app.app_context():
        try:
            deliver_pending(batch=20)
        finally:
            db.session.remove()


@bp.after_app_request
def _deliver_after_post(response):
    """Development only (``OUTBOX_DELIVER_AFTER_REQUEST`` with the file backend): write queued mail to
    instance/mail/ right after a form is sent, in a thread, so ``make run`` shows mail without a worker."""
    config = current_app.config
    if request.method == "POST" and config.get("OUTBOX_DELIVER_AFTER_REQUEST") \
            and config.get("MAIL_BACKEND") == "file":
        threading.Thread(target=_deliver_in_background, args=(current_app._get_current_object(),),
                         daemon=True).start()
    return response


class RetryForm(FlaskForm):
    """A CSRF-protected button."""


def _query(view: str):
    stmt = select(OutboxMessage)
    if view == "problems":
        stale = utcnow() - timedelta(minutes=10)
        stmt = stmt.where(or_(OutboxMessage.status == "dead",
                              (OutboxMessage.status == "pending") & (OutboxMessage.attempts > 0),
                              (OutboxMessage.status == "sending") & (OutboxMessage.claimed_at < stale)))
    else:
        stmt = stmt.where(OutboxMessage.status == view)
    return stmt.order_by(OutboxMessage.id.desc()).limit(200)


@bp.get("/")
@require("admin.settings")
def index():
    view = request.args.get("view", "problems")
    if view not in VIEWS:
        view = "problems"
    counts = dict(db.session.execute(
        select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)).all())
    rows = db.session.execute(_query(view)).scalars().all()
    return render_template("admin/outbox.html", rows=rows, counts=counts, view=view, views=VIEWS, form=RetryForm())


@bp.post("/<int:message_id>/retry")
@require("admin.settings")
def retry_message(message_id: int):
    if not RetryForm().validate_on_submit():
        abort(400)
    row = db.session.get(OutboxMessage, message_id)
    if row is None:
        abort(404)
    if row.status == "sent":
        flash(_l("This message was already sent."), "info")
    else:
        retry(row)
        audit.record("outbox.retry", current_user, object_type="outbox_message", object_id=row.id)
        db.session.commit()
        flash(_l("The message is queued again and will be sent by the next worker round."), "success")
    return redirect(url_for(".index", view=request.args.get("view", "problems")))
