"""All models, importable from one place."""

from .api import ApiClient, ApiToken, IdempotencyRecord
from .audit import AuditEntry, AuditHead, AuditVerification
from .cases import Attachment, Case, CaseEvent, ReferenceCounter, Submitter
from .channels import BoxOpening, HotlineCall, Letter, ReceptionSession, ReceptionVisit
from .clocks import CalendarException, CaseClock, ClockExtension, DeadlineRule, ReminderSent, RuleSet
from .handling import CannedResponse, CaseLink, CaseSearch, DocumentNumber, ReplyDraft, RoutingRule, UnitHolding
from .inspect import QualityReview, QualitySample, ReportDraft, WorkingDayIndex, WorkingDayIndexState
from .mail import InboundMessage, OutboxMessage
from .org import Agency, AgencyProfile, Category, Unit
from .people import ROLES, User

__all__ = [
    "ROLES", "Agency", "AgencyProfile", "ApiClient", "ApiToken", "Attachment", "AuditEntry", "AuditHead",
    "AuditVerification", "BoxOpening", "CalendarException", "CannedResponse", "Case", "CaseClock", "CaseEvent",
    "CaseLink", "CaseSearch", "Category", "ClockExtension", "DeadlineRule", "DocumentNumber", "HotlineCall",
    "IdempotencyRecord", "InboundMessage", "Letter", "OutboxMessage", "QualityReview", "QualitySample",
    "ReceptionSession", "ReceptionVisit", "ReferenceCounter", "ReminderSent", "ReplyDraft", "ReportDraft",
    "RoutingRule", "RuleSet", "Submitter", "Unit", "UnitHolding", "User", "WorkingDayIndex", "WorkingDayIndexState",
]
