"""Time helpers: store UTC, show Asia/Ho_Chi_Minh, dates as dd/mm/yyyy."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def utcnow() -> datetime:
    """The current time, timezone-aware UTC."""
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """Treat naive datetimes (as SQLite returns them) as UTC."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def to_local(moment: datetime) -> datetime:
    """Convert a stored moment to Vietnamese local time."""
    return as_utc(moment).astimezone(LOCAL_TZ)


def local_date(moment: datetime) -> date:
    """The Vietnamese calendar date of a moment."""
    return to_local(moment).date()


def format_date(value: date | datetime | None) -> str:
    """``dd/mm/yyyy``; a datetime is first converted to local time."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = to_local(value)
    return value.strftime("%d/%m/%Y")


def format_datetime(value: datetime | None) -> str:
    """``dd/mm/yyyy HH:MM`` in Asia/Ho_Chi_Minh."""
    if value is None:
        return ""
    return to_local(value).strftime("%d/%m/%Y %H:%M")
