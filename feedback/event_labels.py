"""Names of timeline event types, translated (the ``event_label`` template filter)."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

EVENT_LABELS = {
    "received": _l("Received"),
    "note": _l("Internal note"),
    "identity_revealed": _l("Identity revealed"),
    "citizen_email": _l("Email from the citizen"),
    "walk_in_visit": _l("Citizen visit recorded in the register"),
    "transfer": _l("Transferred between units"),
    "split": _l("Split into linked cases"),
    "reply_draft": _l("Reply draft saved"),
    "merged_in": _l("Another case was merged into this one"),
    "extension_requested": _l("Extension requested"),
    "extension_approved": _l("Extension approved"),
    "extension_refused": _l("Extension refused"),
    "deadline_variant": _l("Deadline variant changed"),
    "deadline_met": _l("Notice recorded as sent"),
    "deadline_recomputed": _l("Due dates recomputed"),
    "classified": _l("Classified"),
    "citizen_information": _l("Information added by the citizen"),
    "citizen_answer": _l("The citizen answered a request for information"),
    "attachment": _l("Documents attached"),
    "assigned": _l("Assigned"),
    "linked": _l("Linked to a related case"),
}


def event_label(event_type: str) -> str:
    """The translated name of an event type (the code itself when unknown)."""
    return str(EVENT_LABELS.get(event_type, event_type))
