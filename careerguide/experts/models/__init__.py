"""Models of the expert team, split by area."""
from .activity import (
    ArchiveChangeRequest,
    ConsultationRequest,
    ContentItem,
    Feedback,
    IncentiveEvent,
    Invitation,
    Pairing,
    ServiceLogAttachment,
    ServiceLogEntry,
    TrainingEvent,
)
from .library import LibraryEngagement
from .lookups import ExpertLookup
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
    PracticeCase,
    PublicNotice,
    Recommender,
    VerificationAction,
    WorkPeriodEntry,
)

__all__ = [
    "ArchiveChangeRequest", "ExpertLookup", "PracticeCase", "ServiceLogAttachment",
    "Application", "ApplicationRound", "AppointmentCertificate", "Assignment", "Attachment", "BarRecord",
    "CertificateRecord", "ConsultationRequest", "ContactAttempt", "ContentItem", "ExitCase", "ExitEvidence", "Feedback",
    "HonourRecord", "IncentiveEvent", "Invitation", "LibraryEngagement", "Membership", "Objection", "Pairing", "PanelMember", "PanelOpinion",
    "PublicNotice", "Recommender", "RenewalApplication", "ServiceLogEntry", "TrainingEvent", "VerificationAction",
    "WorkPeriodEntry",
]
