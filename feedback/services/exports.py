"""CSV and XLSX exports of any list or statistic, pseudonymised by default, every export audited.

No denouncer identity is ever exported (sealed identities stay sealed; the pseudonym is shown). Other
personal data (names, contacts, titles and content a citizen wrote) only when the user asks for it with a
reason, which is audited as ``export.personal_data``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from ..domain import channel_label, kind_label
from ..errors import DomainError
from ..extensions import db
from ..lifecycle import STAFF_LABELS
from ..models import Case, User
from ..timeutil import format_date, format_datetime, utcnow
from . import audit

FORMATS = {"csv": "text/csv; charset=utf-8",
           "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class ExportTable:
    """One table: a title, column headers and rows of plain values."""

    title: str
    headers: list[str]
    rows: list[list[Any]] = field(default_factory=list)


def _safe(value: Any) -> Any:
    """Plain value for a cell; text that a spreadsheet would run as a formula is quoted."""
    if value is None:
        return ""
    if isinstance(value, bool | int | float):
        return value
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_csv(tables: Sequence[ExportTable]) -> bytes:
    """UTF-8 with a BOM (Excel opens Vietnamese text correctly); tables one after another, a title row each."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for index, table in enumerate(tables):
        if index:
            writer.writerow([])
        if len(tables) > 1:
            writer.writerow([_safe(table.title)])
        writer.writerow([_safe(h) for h in table.headers])
        writer.writerows([[_safe(v) for v in row] for row in table.rows])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_xlsx(tables: Sequence[ExportTable]) -> bytes:
    """One worksheet per table, bold headers, frozen header row, readable column widths."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    used: set[str] = set()
    for table in tables:
        name = "".join(ch for ch in table.title if ch not in '[]:*?/\\')[:28] or "Sheet"
        while name in used:
            name = name[:26] + str(len(used))
        used.add(name)
        sheet = book.create_sheet(name)
        sheet.append([str(h) for h in table.headers])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append([_safe(v) for v in row])
        sheet.freeze_panes = "A2"
        for column in sheet.columns:
            width = max((len(str(c.value or "")) for c in column), default=8)
            sheet.column_dimensions[column[0].column_letter].width = min(max(width + 2, 8), 60)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def case_table(cases: Iterable[Case], *, personal_data: bool = False, title: str | None = None) -> ExportTable:
    """The case list as exported: pseudonymised unless ``personal_data``; denouncers always pseudonymous."""
    headers = [_("Reference"), _("Date received"), _("Kind"), _("Channel"), _("Topic"), _("Unit"), _("Status"),
               _("Due"), _("Officer")]
    if personal_data:
        headers += [_("Title"), _("Submitters"), _("Contacts")]
    table = ExportTable(title or _("Cases"), headers)
    for case in cases:
        row = [case.reference, format_date(case.received_at), kind_label(case.kind), channel_label(case.channel),
               case.category.name if case.category else "", case.unit.code if case.unit else "",
               str(STAFF_LABELS.get(case.status, case.status)), format_date(getattr(case, "due_date", None)),
               case.assignee.full_name if case.assignee else ""]
        if personal_data:
            people = [s.pseudonym if s.is_confidential else (s.full_name or s.organisation or "")
                      for s in case.submitters]
            contacts = ["" if s.is_confidential else " ".join(filter(None, (s.phone, s.email, s.address)))
                        for s in case.submitters]
            row += [case.title, "; ".join(p for p in people if p), "; ".join(c for c in contacts if c)]
        table.rows.append(row)
    return table


def audit_table(limit: int = 200_000) -> ExportTable:
    """The audit log with its chain fields (newest last), for checking and archiving."""
    import json

    from sqlalchemy import select

    from ..models import AuditEntry

    table = ExportTable(_("Audit log"), ["seq", _("When"), _("Who"), _("Action"), _("Object"), _("Details"),
                                          "prev_hash", "entry_hash"])
    rows = db.session.execute(select(AuditEntry).order_by(AuditEntry.seq).limit(limit)).scalars()
    for entry in rows:
        table.rows.append([entry.seq, format_datetime(entry.created_at), entry.actor_label or "",
                           entry.action, f"{entry.object_type or ''} {entry.object_id or ''}".strip(),
                           json.dumps(entry.details, ensure_ascii=False, sort_keys=True), entry.prev_hash,
                           entry.entry_hash])
    return table


def export(user: User, tables: Sequence[ExportTable], fmt: str, *, what: str, criteria: dict | None = None,
           personal_data: bool = False, reason: str | None = None) -> tuple[bytes, str, str]:
    """Build an export and audit it (one commit). Returns (content, MIME type, file name).

    :param what: short code of what is exported (``stats``, ``cases:outcome:accepted`` …).
    :raises DomainError: unknown format, or personal data asked for without a reason.
    """
    if fmt not in FORMATS:
        raise DomainError(_l("Choose CSV or XLSX."), field="format")
    reason = (reason or "").strip()
    if personal_data and len(reason) < 10:
        raise DomainError(_l("Say why you need the personal data (at least 10 characters)."), field="reason")
    content = to_csv(tables) if fmt == "csv" else to_xlsx(tables)
    rows = sum(len(t.rows) for t in tables)
    details = {"what": what[:80], "format": fmt, "rows": rows, "personal_data": personal_data,
               "criteria": {k: str(v)[:40] for k, v in (criteria or {}).items()}}
    audit.record(f"export.{fmt}", user, object_type="export", object_id=what[:60], details=details)
    if personal_data:
        audit.record("export.personal_data", user, object_type="export", object_id=what[:60],
                     details={"reason": reason[:500], "rows": rows})
    db.session.commit()
    stamp = format_datetime(utcnow()).replace("/", "").replace(" ", "-").replace(":", "")
    return content, FORMATS[fmt], f"nghedan-{what.split(':')[0]}-{stamp}.{fmt}"
