"""Statistics at scale: ``BENCH_CASES`` cases (default 1,000,000) in a scratch SQLite database, with events,
clocks and unit holdings; times each statistic, the whole dashboard page, and shows the query plans.

Run: ``make bench`` or ``BENCH_CASES=200000 python -m bench reports``. Bulk loading uses Core executemany
in batches (the audit hook and ORM listeners are not involved); the database is deleted afterwards unless
``BENCH_KEEP=1``.
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

BATCH = 50_000
KINDS = ("suggestion", "feedback", "petition", "regulation_feedback", "complaint", "denunciation")
CHANNELS = ("web", "hotline", "email", "walk_in", "post", "suggestion_box")
OUTCOMES = ("resolved", "resolved", "resolved", "forwarded", "guided", "rejected", "filed", "withdrawn")
OPEN = ("received", "triage", "accepted", "in_progress", "awaiting_citizen")
FIRST = datetime(2025, 1, 1, 2)  # naive UTC, as SQLite stores it


def _timed(label: str, fn):
    started = time.perf_counter()
    result = fn()
    print(f"   {label:<34} {1000 * (time.perf_counter() - started):9.1f} ms", flush=True)
    return result


def _load(db, n: int, unit_ids: list[int], category_ids: list[int], officer_ids: list[int]) -> None:
    from feedback.models import Case, CaseClock, CaseEvent, UnitHolding

    rng = random.Random(6)
    span = (datetime(2026, 11, 20) - FIRST).total_seconds()

    def fmt(moment: datetime) -> str:
        return moment.isoformat(" ", "microseconds")

    conn = db.session.connection()
    conn.exec_driver_sql("PRAGMA synchronous=OFF")
    number = 0
    for offset in range(0, n, BATCH):
        cases, events, clocks, holdings = [], [], [], []
        for i in range(offset + 1, min(n, offset + BATCH) + 1):
            received = FIRST + timedelta(seconds=int(rng.random() * span))
            rec = fmt(received)
            is_open = rng.random() < 0.12
            status = rng.choice(OPEN) if is_open else rng.choice(OUTCOMES)
            unit = rng.choice(unit_ids)
            number += 1
            cases.append({
                "id": i, "reference": f"B{number:09d}", "access_key_hash": "0" * 64, "kind": rng.choice(KINDS),
                "channel": rng.choice(CHANNELS), "category_id": rng.choice(category_ids), "title": "t",
                "content": "c", "received_at": rec, "unit_id": unit, "assignee_id": rng.choice(officer_ids),
                "status": status, "is_anonymous": False, "is_group": False, "locale": "vi", "version": 1,
                "created_at": rec, "updated_at": rec})
            start = received.date()
            start_s = start.isoformat()
            triage_days = rng.randint(1, 16)
            events.append({"case_id": i, "created_at": rec, "type": "received", "to_status": "received",
                           "citizen_visible": True, "payload": "{}"})
            clocks.append({"case_id": i, "clock": "triage", "duration": 10, "unit": "working", "start_date": start_s,
                           "due_date": (start + timedelta(days=14)).isoformat(),
                           "state": "running" if status == "received" else "stopped",
                           "stopped_at": None if status == "received" else fmt(received + timedelta(days=triage_days)),
                           "paused_days": 0, "pauses": "[]",
                           "extension_count": 0, "extension_days": 0, "variant": "", "created_at": rec})
            done = fmt(received + timedelta(days=rng.randint(3, 60)))
            if not is_open:
                events.append({"case_id": i, "created_at": done, "type": "status", "from_status": "reply_approved",
                               "to_status": status, "citizen_visible": True, "payload": "{}"})
            if status in ("resolved",) or is_open and status != "received":
                clocks.append({"case_id": i, "clock": "resolution", "duration": 30, "unit": "calendar",
                               "start_date": start_s, "due_date": (start + timedelta(days=30)).isoformat(),
                               "state": "stopped" if not is_open else "running",
                               "stopped_at": done if not is_open else None, "paused_days": rng.choice((0, 0, 2)),
                               "pauses": "[]", "extension_count": 0, "extension_days": 0, "variant": "",
                               "created_at": rec})
            holdings.append({"case_id": i, "unit_id": unit, "received_at": rec,
                             "released_at": None if is_open else done})
        for table, rows in ((Case.__table__, cases), (CaseEvent.__table__, events), (CaseClock.__table__, clocks),
                            (UnitHolding.__table__, holdings)):
            _insert(conn, table.name, rows)
        db.session.commit()
        conn = db.session.connection()
        conn.exec_driver_sql("PRAGMA synchronous=OFF")
        print(f"   loaded {min(n, offset + BATCH):>9} cases", flush=True)
    db.session.execute(db.text("ANALYZE"))
    db.session.commit()


def _insert(conn, table: str, rows: list[dict]) -> None:
    """Plain DB-API executemany; values are already in SQLite's storage format (naive UTC text, ISO dates, JSON)."""
    columns = sorted({key for row in rows for key in row})
    sql = (f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({", ".join("?" for _ in columns)})')
    conn.exec_driver_sql(sql, [tuple(row.get(c) for c in columns) for row in rows])


def main() -> None:
    n = int(os.environ.get("BENCH_CASES", "1000000"))
    folder = Path(tempfile.mkdtemp(prefix="nghedan-bench-reports-"))
    os.environ["INSTANCE_PATH"] = str(folder)
    os.environ["DATABASE_URL"] = f"sqlite:///{folder / 'bench.sqlite3'}"
    from feedback import create_app
    from feedback.extensions import db
    from feedback.inspect import tables
    from feedback.inspect.workdays import ensure_index
    from feedback.models import Category, Unit, User
    from feedback.services import reports
    from feedback.services.reports import StatsFilter

    app = create_app("testing", {"WTF_CSRF_ENABLED": False})
    with app.app_context():
        db.create_all()
        units = [Unit(code=f"U{i}", name=f"Phòng {i}") for i in range(8)]
        categories = [Category(code=f"c{i}", name=f"Lĩnh vực {i}", position=i) for i in range(12)]
        db.session.add_all(units + categories)
        db.session.flush()
        from feedback.security import hash_password

        inspector = User(email="inspector@bench.vn", full_name="Thanh tra", role="inspector",
                         password_hash=hash_password("bench-password-1"))
        officers = [User(email=f"o{i}@bench.vn", full_name=f"Cán bộ {i}", role="officer", unit=units[i % 8],
                         password_hash="x") for i in range(40)]
        db.session.add_all([inspector, *officers])
        db.session.commit()
        print(f"   loading {n} cases into {folder}", flush=True)
        started = time.perf_counter()
        _load(db, n, [u.id for u in units], [c.id for c in categories], [o.id for o in officers])
        print(f"   load: {time.perf_counter() - started:.1f} s", flush=True)
        ensure_index()
        today = date(2026, 11, 27)
        period = StatsFilter(date(2026, 1, 1), date(2026, 9, 30))
        one_unit = StatsFilter(date(2026, 1, 1), date(2026, 9, 30), unit_id=units[0].id)
        _timed("counts (9 months)", lambda: reports.counts(period))
        _timed("counts (one unit)", lambda: reports.counts(one_unit))
        _timed("received by channel", lambda: reports.received_by(period, db.metadata.tables["case"].c.channel))
        _timed("timeliness (incl. open overdue)", lambda: reports.timeliness(period, today))
        _timed("durations median/p90", lambda: reports.durations(period))
        _timed("backlog by age", lambda: reports.backlog(period, today))
        _timed("unit holdings", lambda: reports.unit_holdings(period, today))
        _timed("all dashboard sections", lambda: tables.all_sections(period, today))
        client = app.test_client()
        client.post("/staff/login", data={"email": "inspector@bench.vn", "password": "bench-password-1"})
        response = _timed("GET /inspect/ (whole page)",
                          lambda: client.get("/inspect/?start=2026-01-01&end=2026-09-30"))
        print(f"   page status {response.status_code}, {len(response.data)} bytes")
        _plans(db, period, today)
    if os.environ.get("BENCH_KEEP") != "1":
        for path in folder.iterdir():
            path.unlink()
        folder.rmdir()


def _plans(db, period, today) -> None:
    from sqlalchemy import func, select

    from feedback.models import Case, CaseEvent
    from feedback.services import reports

    queries = {
        "received": select(func.count(Case.id)).where(*reports.received_conditions(period)),
        "outcomes": select(CaseEvent.to_status, func.count()).where(
            CaseEvent.type == "status", CaseEvent.to_status.in_(reports.OUTCOMES),
            CaseEvent.created_at >= period.start_utc, CaseEvent.created_at < period.end_utc)
        .group_by(CaseEvent.to_status),
        "backlog": select(func.count(Case.id)).where(*reports.backlog_conditions(period, "0-5", today)),
    }
    for name, stmt in queries.items():
        compiled = stmt.compile(db.engine, compile_kwargs={"literal_binds": True})
        plan = db.session.execute(db.text(f"EXPLAIN QUERY PLAN {compiled}")).all()
        print(f"   plan {name}: " + " | ".join(row[-1] for row in plan))
