"""Job seekers (BJ chapter 2): the person and their ledger's structured records, and hand-offs."""
from ..choices import (  # noqa: F401  (the choices live in choices.py; imported here for the fields' users)
    SKILL_LEVEL_CHOICES,
    Education,
    HandOffOutcome,
    Health,
    ProgrammeKind,
    RegistrationType,
    Route,
    Sex,
    SupportTier,
    WorkingPattern,
)
from ..states import CertificationStatus  # noqa: F401
from .handoffs import ProgrammeHandOff
from .people import CollectionChannel, JobSeeker, Registration, ServiceEpisode, SkillCertificate, WorkHistoryItem
from .records import (
    DifficultyCertification,
    Grading,
    InstrumentPublication,
    NoContactReport,
    PolicyAdvice,
    ReadinessAssessment,
    RoutingRecord,
)

__all__ = [
    "CollectionChannel", "DifficultyCertification", "Grading", "InstrumentPublication", "JobSeeker", "NoContactReport",
    "PolicyAdvice", "ProgrammeHandOff", "ReadinessAssessment", "Registration", "RoutingRecord", "ServiceEpisode",
    "SkillCertificate", "WorkHistoryItem",
]
