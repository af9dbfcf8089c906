"""Tables of chapter 3, one module per area."""
from .cases import (
    AssistanceAgreement,
    AssistanceCase,
    CaseWorkerAssignment,
    ExpertConsultation,
    FollowUp,
    JobStart,
    KeyGroup,
    Termination,
    Transfer,
    WelfareReferral,
)
from .consultations import ConsultationOpinion, PanelMember, PanelReport
from .outreach import AssistanceOption, NeedsArchive, NeedsArchiveVersion, Survey, SurveyTarget
from .plans import CaseEvaluation, PlanVersion, Programme, ProgrammeProgress, StageReview, TeamMember

__all__ = [
    "AssistanceAgreement", "AssistanceCase", "AssistanceOption", "CaseEvaluation", "CaseWorkerAssignment",
    "ConsultationOpinion", "ExpertConsultation", "FollowUp", "JobStart", "KeyGroup", "NeedsArchive",
    "NeedsArchiveVersion", "PanelMember", "PanelReport", "PlanVersion", "Programme", "ProgrammeProgress",
    "StageReview", "Survey", "SurveyTarget", "TeamMember", "Termination", "Transfer", "WelfareReferral",
]
