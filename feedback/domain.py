"""Domain vocabulary: case kinds, channels and their legal rules (DESIGN.md §2–3).

Labels are lazy translations so they follow the visitor's language.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l

KINDS = ("suggestion", "feedback", "petition", "regulation_feedback", "complaint", "denunciation")
CHANNELS = ("web", "hotline", "email", "walk_in", "post", "suggestion_box", "api", "forwarded")

KIND_LABELS = {
    "suggestion": _l("Suggestion"),
    "feedback": _l("Feedback"),
    "petition": _l("Petition"),
    "regulation_feedback": _l("Feedback on an administrative regulation"),
    "complaint": _l("Complaint"),
    "denunciation": _l("Denunciation"),
}

CHANNEL_LABELS = {
    "web": _l("Online"),
    "hotline": _l("Hotline"),
    "email": _l("Email"),
    "walk_in": _l("In person"),
    "post": _l("Post"),
    "suggestion_box": _l("Suggestion box"),
    "api": _l("Connected system"),
    "forwarded": _l("Forwarded by another body"),
}


ROLE_LABELS = {
    "reception": _l("Reception staff"),
    "officer": _l("Handling officer"),
    "unit_head": _l("Unit head"),
    "leader": _l("Leader"),
    "inspector": _l("Inspector"),
    "admin": _l("Administrator"),
}


@dataclass(frozen=True)
class KindRule:
    """What the law asks of a submission of one kind.

    :ivar anonymous_allowed: the submitter may stay anonymous.
    :ivar required: submitter fields that must be given when not anonymous.
    :ivar contact_required: a phone number or an email/postal contact must be given.
    :ivar needs_signature: an online confirmation stands in for the signature.
    :ivar needs_subject: the decision/act complained about or the person denounced is required.
    :ivar confidential: the submitter's identity is sealed (Denunciations Law 2018).
    """

    anonymous_allowed: bool
    required: tuple[str, ...]
    contact_required: bool
    needs_signature: bool
    needs_subject: bool
    confidential: bool
    summary: object
    law: object


KIND_RULES: dict[str, KindRule] = {
    "suggestion": KindRule(
        True, (), False, False, False, False,
        _l("An idea or opinion to improve our work. You may stay anonymous; leave a contact if you want an answer."),
        _l("Citizen Reception Law 2013"),
    ),
    "feedback": KindRule(
        True, (), False, False, False, False,
        _l("Report a problem you have seen, such as a damaged road, a broken sign or an official's conduct. "
           "You may stay anonymous; leave a contact if you want an answer."),
        _l("Citizen Reception Law 2013"),
    ),
    "petition": KindRule(
        True, (), False, False, False, False,
        _l("Ask us to do something or propose a change. You may stay anonymous; "
           "leave a contact if you want an answer."),
        _l("Citizen Reception Law 2013"),
    ),
    "regulation_feedback": KindRule(
        False, ("full_name", "address"), True, False, False, False,
        _l("Comment on an administrative regulation or procedure. The law requires your name, your address "
           "and a phone number or postal address."),
        _l("Decree 20/2008/NĐ-CP, Article 7"),
    ),
    "complaint": KindRule(
        False, ("full_name", "address"), True, True, True, False,
        _l("Ask for a review of an administrative decision or act that affects your own rights. The law requires "
           "your full name and address, the decision or act you complain about, your reasons and your request, "
           "and your confirmation in place of a signature."),
        _l("Complaints Law 2011, Article 8"),
    ),
    "denunciation": KindRule(
        False, ("full_name", "address"), True, True, True, True,
        _l("Report a violation of the law by an official or a body. The law requires your full name, address and "
           "contact, the violation and who committed it. Your identity is kept confidential and is never shown to "
           "the person you report."),
        _l("Denunciations Law 2018, Articles 23 and 47"),
    ),
}


def kind_label(kind: str) -> str:
    """The translated label of a kind (the code itself if unknown)."""
    return str(KIND_LABELS.get(kind, kind))


def role_label(role: str) -> str:
    """The translated name of a staff role."""
    return str(ROLE_LABELS.get(role, role))


def channel_label(channel: str) -> str:
    """The translated label of a channel."""
    return str(CHANNEL_LABELS.get(channel, channel))
