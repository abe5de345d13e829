"""The periodic report pages: choose the period, edit the generated narrative, download DOCX or PDF."""

from __future__ import annotations

from datetime import date

from flask import Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from ..extensions import db
from ..models import ReportDraft
from ..services import audit, reports
from ..services.reports import StatsFilter
from ..staff.guards import require
from . import document, quality, report
from .forms import PERIOD_WORDS, PERIODS, ReportForm
from .views import bp


def _author_only() -> None:
    if current_user.role not in report.AUTHORS:
        audit.record("auth.permission_denied", current_user._get_current_object(),
                     details={"action": "report.prepare", "path": request.path[:200]})
        db.session.commit()
        abort(403)


def _filter(form: ReportForm, today: date) -> tuple[StatsFilter, str]:
    if form.period.data in PERIODS:
        from .forms import period_bounds

        year = form.year.data or today.year
        start, end = period_bounds(form.period.data, year)
        return StatsFilter(start, end), f"{PERIOD_WORDS[form.period.data]} {year}"
    start = form.start.data or date(today.year, 1, 1)
    end = form.end.data or max(today, start)
    if end < start:
        start, end = end, start
    stats = StatsFilter(start, end)
    return stats, report.default_period_label(stats)


def _draft() -> ReportDraft | None:
    draft_id = request.args.get("draft", type=int)
    return db.session.get(ReportDraft, draft_id) if draft_id else None


@bp.route("/report", methods=["GET", "POST"])
@require("reports.view")
def report_page():
    _author_only()
    today = quality.today_default()
    draft = _draft()
    if request.method == "POST":
        form = ReportForm()
        if form.validate():
            stats, label = _filter(form, today)
            saved = report.save_draft(current_user, stats, number=form.number.data or "", period_label=label,
                                      narrative=form.narrative.data or "",
                                      overdue_reasons=form.overdue_reasons.data or "",
                                      draft_id=draft.id if draft else None)
            flash(_l("Report saved. Download it below."), "success")
            return redirect(url_for(".report_page", draft=saved.id))
        status = 422
    else:
        form = ReportForm(request.args) if draft is None else ReportForm(
            start=draft.period_start, end=draft.period_end, number=draft.number, narrative=draft.narrative,
            overdue_reasons=draft.overdue_reasons)
        status = 200
    stats, label = ((StatsFilter(draft.period_start, draft.period_end), draft.period_label) if draft
                    else _filter(form, today))
    data = report.build(stats, today, number=form.number.data or "", period_label=label,
                        narrative=form.narrative.data or None, overdue_reasons=form.overdue_reasons.data or "")
    if not form.narrative.data:
        form.narrative.data = data.narrative
    return render_template("inspect/report.html", form=form, data=data, draft=draft), status


@bp.get("/report/<int:draft_id>.<fmt>")
@require("reports.view")
def report_download(draft_id: int, fmt: str):
    _author_only()
    draft = db.session.get(ReportDraft, draft_id)
    if draft is None or fmt not in ("docx", "pdf"):
        abort(404)
    stats = StatsFilter(draft.period_start, draft.period_end)
    data = report.build(stats, quality.today_default(), number=draft.number, period_label=draft.period_label,
                        narrative=draft.narrative, overdue_reasons=draft.overdue_reasons)
    content = document.to_docx(data) if fmt == "docx" else document.to_pdf(data)
    audit.record(f"export.{fmt}", current_user._get_current_object(), object_type="report", object_id=draft.id,
                 details={"what": "periodic_report", **reports.StatsFilter.args(stats)})
    db.session.commit()
    mimetype = ("application/pdf" if fmt == "pdf" else
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    return Response(content, mimetype=mimetype, headers={
        "Content-Disposition": f'attachment; filename="bao-cao-{draft.period_start}-{draft.period_end}.{fmt}"',
        "Cache-Control": "no-store"})
