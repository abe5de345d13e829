"""Every timeline event type the code writes has a translated name (no raw codes on the case page)."""

from __future__ import annotations

import re
from pathlib import Path

from feedback.event_labels import EVENT_LABELS

ROOT = Path(__file__).resolve().parent.parent / "feedback"
PATTERNS = [
    re.compile(r'CaseEvent\([^)]*?type="([a-z_]+)"', re.S),
    re.compile(r'\b(?:add_event|_event)\([^,]+,[^,]+,\s*"([a-z_]+)"'),
    re.compile(r'"(extension_(?:approved|refused))"'),
]


def test_every_event_type_written_has_a_label():
    found = set()
    for path in ROOT.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for pattern in PATTERNS:
            found.update(pattern.findall(text))
        if '"actor_label"' in text and 'CaseEvent' in text:  # Core inserts of case events (bulk recompute)
            found.update(re.findall(r'"type":\s*"([a-z_]+)"', text))
    found -= {"status"}  # shown as "from → to"
    assert found, "the scan found nothing: the patterns are out of date"
    missing = sorted(found - set(EVENT_LABELS))
    assert not missing, f"event types without a label: {missing}"


def test_labels_are_translated(app):
    from flask_babel import force_locale

    from feedback.event_labels import event_label

    with app.test_request_context(), force_locale("vi"):
        assert event_label("note") == "Ghi chú nội bộ"
        assert event_label("unknown_type") == "unknown_type"
