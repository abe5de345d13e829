"""The public reception schedule (lịch tiếp công dân)."""

from __future__ import annotations

from flask import Blueprint, render_template

from ..services.channels import upcoming_sessions, weekday_label

bp = Blueprint("schedule", __name__)


@bp.get("/lich-tiep-cong-dan")
@bp.get("/schedule", endpoint="alias")
def index():
    return render_template("public/schedule.html", sessions=upcoming_sessions(), weekday=weekday_label)
