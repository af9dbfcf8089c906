"""Tables of the CQ guidance process (T/CQTSHRA 002-2024), one module per part of the standard."""
from .agency import AgencyQualification, ManagementDocument, SiteDevice, SiteInspection, StandardEditionNote
from .catalogue import (
    CaseServiceItem,
    CatalogueEntry,
    EmploymentPracticeGuidance,
    InstitutionVerification,
    TrainingInstitution,
    TrainingRecommendation,
)
from .library import DisplayPublication, Handbook, PolicyItem
from .process import (
    ArchiveItem,
    BackupRun,
    DatabaseRecord,
    Disclosure,
    EmploymentPlan,
    FollowUp,
    GroupParticipant,
    GroupSession,
    GuidanceCase,
    HiringNeed,
    PlanAdjustment,
    PlanReview,
    ProcessRecord,
    Referral,
    SafetyConcern,
    SatisfactionResponse,
)
from .quality import ComplaintChannel, CorrectiveAction, ExperienceSummary, Finding, InternalAudit, QualityEvaluation
from .staff import GuidanceProject, Practitioner, PractitionerRole, TrainingRecord

__all__ = [
    "AgencyQualification", "ArchiveItem", "BackupRun", "CaseServiceItem", "CatalogueEntry", "ComplaintChannel",
    "CorrectiveAction", "DatabaseRecord", "Disclosure", "DisplayPublication", "EmploymentPlan",
    "EmploymentPracticeGuidance", "ExperienceSummary", "Finding", "FollowUp", "GroupParticipant", "GroupSession",
    "GuidanceCase", "GuidanceProject", "Handbook", "HiringNeed", "InstitutionVerification", "InternalAudit",
    "ManagementDocument", "PlanAdjustment", "PlanReview", "PolicyItem", "Practitioner", "PractitionerRole",
    "ProcessRecord", "QualityEvaluation", "Referral", "SafetyConcern", "SatisfactionResponse", "SiteDevice",
    "SiteInspection", "StandardEditionNote", "TrainingInstitution", "TrainingRecommendation", "TrainingRecord",
]
