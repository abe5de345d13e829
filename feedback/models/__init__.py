"""All models, importable from one place."""

from .api import ApiClient, ApiToken, IdempotencyRecord
from .audit import AuditEntry, AuditHead, AuditVerification
from .cases import Attachment, Case, CaseEvent, ReferenceCounter, Submitter
from .channels import BoxOpening, HotlineCall, Letter, ReceptionSession, ReceptionVisit
from .handling import CannedResponse, CaseLink, CaseSearch, DocumentNumber, ReplyDraft, RoutingRule, UnitHolding
from .inspect import QualityReview, QualitySample, ReportDraft, WorkingDayIndex, WorkingDayIndexState
from .clocks import CalendarException, CaseClock, ClockExtension, DeadlineRule, ReminderSent, RuleSet
from .mail import InboundMessage, OutboxMessage
from .org import Agency, AgencyProfile, Category, Unit
from .people import ROLES, User

__all__ = [
    "ROLES", "Agency", "AgencyProfile", "Attachment", "AuditEntry", "CalendarException", "Case", "CaseClock",
    "CaseEvent", "Category", "ClockExtension", "DeadlineRule", "ReminderSent", "RuleSet",
    "ReferenceCounter", "Submitter", "Unit", "User",
]
__all__ += ["InboundMessage", "OutboxMessage"]
__all__ += ["BoxOpening", "HotlineCall", "Letter", "ReceptionSession", "ReceptionVisit"]
__all__ += ["CannedResponse", "CaseLink", "CaseSearch", "DocumentNumber", "ReplyDraft", "RoutingRule", "UnitHolding"]
__all__ += ["AuditHead", "AuditVerification"]
__all__ += ["ApiClient", "ApiToken", "IdempotencyRecord"]
__all__ += ["QualityReview", "QualitySample", "ReportDraft", "WorkingDayIndex", "WorkingDayIndexState"]
