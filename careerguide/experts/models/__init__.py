"""Models of the expert team, split by area."""
from .activity import (
    ConsultationRequest,
    ContentItem,
    Feedback,
    IncentiveEvent,
    Invitation,
    Pairing,
    ServiceLogEntry,
    TrainingEvent,
)
from .library import LibraryEngagement
from .membership import (
    AppointmentCertificate,
    Assignment,
    BarRecord,
    ContactAttempt,
    ExitCase,
    ExitEvidence,
    Membership,
    RenewalApplication,
)
from .selection import (
    Application,
    ApplicationRound,
    Attachment,
    CertificateRecord,
    HonourRecord,
    Objection,
    PanelMember,
    PanelOpinion,
    PublicNotice,
    Recommender,
    VerificationAction,
    WorkPeriodEntry,
)

__all__ = [
    "Application", "ApplicationRound", "AppointmentCertificate", "Assignment", "Attachment", "BarRecord",
    "CertificateRecord", "ConsultationRequest", "ContactAttempt", "ContentItem", "ExitCase", "ExitEvidence", "Feedback",
    "HonourRecord", "IncentiveEvent", "Invitation", "LibraryEngagement", "Membership", "Objection", "Pairing", "PanelMember", "PanelOpinion",
    "PublicNotice", "Recommender", "RenewalApplication", "ServiceLogEntry", "TrainingEvent", "VerificationAction",
    "WorkPeriodEntry",
]
