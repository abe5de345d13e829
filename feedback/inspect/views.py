"""Inspection pages: dashboard, drill-down lists, exports, audit log, quality review (reports: report_views)."""

from __future__ import annotations

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy import select

from ..errors import DomainError
from ..extensions import db
from ..models import AuditEntry, Category, Unit, User
from ..services import audit, exports, reports
from ..staff.guards import require
from . import drilldown, quality, tables
from .charts import bar_chart
from .forms import PersonalExportForm, ReviewForm, SampleForm, StatsForm

bp = Blueprint("inspect", __name__, url_prefix="/inspect")


@bp.after_request
def _no_store(response):
    """Statistics, case lists and exports are not kept in browser or proxy caches."""
    response.headers["Cache-Control"] = "no-store"
    return response


def _stats_form():
    """The filter form and the filter it yields, unit scoping applied (unit staff: own unit only)."""
    user = current_user._get_current_object()
    units = db.session.execute(select(Unit).order_by(Unit.name)).scalars().all()
    officers_q = select(User).where(User.role.in_(("officer", "unit_head")), User.active.is_(True))
    if user.role in ("officer", "unit_head"):
        units = [u for u in units if u.id == user.unit_id]
        officers_q = officers_q.where(User.unit_id == user.unit_id)
    form = StatsForm(request.args)
    form.fill_choices(units, db.session.execute(select(Category).order_by(Category.position)).scalars().all(),
                      db.session.execute(officers_q.order_by(User.full_name)).scalars().all())
    if request.args and not form.validate():
        abort(_bad_filter(form))
    stats = reports.scoped_filter(user, form.to_filter(quality.today_default()))
    return form, stats


def _bad_filter(form):
    return Response(render_template("inspect/bad_filter.html", form=form), status=400)


@bp.get("/")
@require("reports.view")
def dashboard():
    form, stats = _stats_form()
    sections = tables.all_sections(stats, quality.today_default())
    charts = {s.key: bar_chart(s.title, s.series, s.bars, chart_id=f"chart-{s.key}") for s in sections if s.series}
    return render_template("inspect/dashboard.html", form=form, stats=stats, sections=sections, charts=charts,
                           args=stats.args(), last_run=audit.last_verification() if _full_access() else None)


def _full_access() -> bool:
    return current_user.role in ("inspector", "leader")


@bp.get("/cases")
@require("reports.view")
def cases():
    _form, stats = _stats_form()
    metric, key = request.args.get("metric", ""), request.args.get("key", "")
    try:
        page = drilldown.case_page(current_user, metric, key, stats, quality.today_default(),
                                   page=max(1, request.args.get("page", 1, type=int) or 1))
    except drilldown.UnknownMetric:
        abort(404)
    return render_template("inspect/cases.html", page=page, stats=stats, metric=metric, key=key,
                           args=stats.args(), export_form=PersonalExportForm(),
                           description=drilldown.describe(metric, key))


def _send(content: bytes, mimetype: str, filename: str) -> Response:
    return Response(content, mimetype=mimetype, headers={
        "Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "no-store"})


@bp.get("/export")
@require("reports.view")
def export_stats():
    _form, stats = _stats_form()
    wanted = request.args.get("section", "all")
    sections = [s for s in tables.all_sections(stats, quality.today_default()) if wanted in ("all", s.key)]
    if not sections:
        abort(404)
    fmt = request.args.get("format", "xlsx")
    try:
        content, mimetype, name = exports.export(current_user, [s.export_table() for s in sections], fmt,
                                                 what=f"stats:{wanted}", criteria=stats.args())
    except DomainError:
        abort(400)
    return _send(content, mimetype, name)


@bp.route("/cases/export", methods=["GET", "POST"])
@require("reports.view")
def export_cases():
    _form, stats = _stats_form()
    metric, key = request.args.get("metric", ""), request.args.get("key", "")
    if metric not in drilldown.METRICS:
        abort(404)
    personal = request.method == "POST"
    form = PersonalExportForm()
    if personal and not form.validate():
        try:
            page = drilldown.case_page(current_user, metric, key, stats, quality.today_default())
        except drilldown.UnknownMetric:
            abort(404)
        return render_template("inspect/cases.html", page=page, stats=stats, metric=metric, key=key,
                               args=stats.args(), export_form=form, description=drilldown.describe(metric, key)), 422
    try:
        rows = drilldown.all_cases(current_user, metric, key, stats, quality.today_default())
        table = exports.case_table(rows, personal_data=personal)
        content, mimetype, name = exports.export(
            current_user, [table], form.format.data if personal else request.args.get("format", "xlsx"),
            what=f"cases:{metric}:{key}", criteria=stats.args(), personal_data=personal,
            reason=form.reason.data if personal else None)
    except drilldown.UnknownMetric:
        abort(404)
    except DomainError:
        abort(400)
    return _send(content, mimetype, name)


@bp.get("/audit")
@require("reports.view")
def audit_log():
    if not _full_access():
        abort(403)
    before = request.args.get("before", type=int)
    stmt = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(50)
    action = (request.args.get("action") or "").strip()[:60]
    if action:
        stmt = stmt.where(AuditEntry.action.startswith(action))
    if before:
        stmt = stmt.where(AuditEntry.seq < before)
    entries = db.session.execute(stmt).scalars().all()
    return render_template("inspect/audit.html", entries=entries, last_run=audit.last_verification(),
                           action=action)


@bp.get("/audit/export")
@require("reports.view")
def audit_export():
    if not _full_access():
        abort(403)
    fmt = request.args.get("format", "xlsx")
    if fmt not in exports.FORMATS:
        abort(400)
    content, mimetype, name = exports.export(current_user, [exports.audit_table()], fmt, what="audit_log")
    return _send(content, mimetype, name)


@bp.post("/audit/verify")
@require("reports.view")
def audit_verify():
    if not _full_access():
        abort(403)
    run = audit.verify(current_user._get_current_object())
    if run.ok:
        flash(_l("The audit log is intact: %(n)s entries checked.", n=run.entries_checked), "success")
    else:
        flash(_l("The audit log is BROKEN at entry %(seq)s.", seq=run.first_bad_seq), "error")
    return redirect(url_for(".audit_log"))


@bp.route("/samples", methods=["GET", "POST"])
@require("reports.view")
def samples():
    if not _full_access():
        abort(403)
    form = SampleForm()
    _filter_form, stats = _stats_form()
    if request.method == "POST":
        if form.validate():
            try:
                sample = quality.draw_sample(current_user, stats, form.size.data)
                return redirect(url_for(".sample", sample_id=sample.id))
            except DomainError as exc:
                form.size.errors = [str(exc.message)]
        return render_template("inspect/samples.html", form=form, samples=quality.samples(current_user),
                               args=stats.args(), summary=quality.summary), 422
    return render_template("inspect/samples.html", form=form, samples=quality.samples(current_user),
                           args=stats.args(), summary=quality.summary)


@bp.get("/samples/<int:sample_id>")
@require("reports.view")
def sample(sample_id: int):
    item = quality.get_sample(current_user, sample_id)
    return render_template("inspect/sample.html", sample=item, summary=quality.summary(item), form_for=ReviewForm)


@bp.post("/samples/<int:sample_id>/reviews/<int:review_id>")
@require("reports.view")
def review(sample_id: int, review_id: int):
    form = ReviewForm(prefix=f"r{review_id}")
    item = quality.get_sample(current_user, sample_id)
    if not form.validate():
        return render_template("inspect/sample.html", sample=item, summary=quality.summary(item),
                               form_for=ReviewForm, failed=(review_id, form)), 422
    quality.record_finding(current_user, sample_id, review_id, form.rating.data, form.findings.data)
    flash(_l("Findings saved."), "success")
    return redirect(url_for(".sample", sample_id=sample_id) + f"#review-{review_id}")


from . import report_views  # noqa: E402,F401  (routes of the periodic report on the same blueprint)
