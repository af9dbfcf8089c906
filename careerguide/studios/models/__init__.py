"""Tables of the master-studio app, one module per stage."""
from .applications import (
    Application, ApplicationMember, AwardLevel, Ballot, BallotChoice, BallotParticipation, CertificateKind,
    CertificateOccupation, Item3Document, Item3DocumentKind, MasterAward, MasterCertificate, MaterialItem,
    MaterialItemKind, MemberRole, Objection, ObjectionFinding, PanelMember, PaperTally, Recusal, TalentRuleDocument,
    WorkHistory,
)
from .operation import (
    Activity, Assessment, AuditConclusion, Expenditure, ExpenditureCategory, FundAudit, OneTimeSubsidy,
    OutcomeEvaluation, RectificationOrder, SampleDraw, SpecialSubsidy, Trainee, WorkPlan,
)
from .rounds import HostType, HostUnit, RecognitionRound, Recommender, RecommenderKind, RoundNamedRecommender, RoundSlot
from .studios import (
    ExitDecision, LevelRecord, NameRecord, Plaque, ProvincialNomination, Recovery, StandardisationAssessment, Studio,
    StudioComment, StudioMember,
)

__all__ = [
    "Activity", "Application", "ApplicationMember", "Assessment", "AuditConclusion", "AwardLevel", "Ballot",
    "BallotChoice", "BallotParticipation", "CertificateKind", "CertificateOccupation", "ExitDecision", "Expenditure",
    "ExpenditureCategory", "FundAudit", "HostType", "HostUnit", "Item3Document", "Item3DocumentKind", "LevelRecord",
    "MasterAward", "MasterCertificate", "MaterialItem", "MaterialItemKind", "MemberRole", "NameRecord", "Objection",
    "ObjectionFinding", "OneTimeSubsidy", "OutcomeEvaluation", "PanelMember", "PaperTally", "Plaque",
    "ProvincialNomination", "RecognitionRound", "Recommender", "RecommenderKind", "RectificationOrder", "Recovery",
    "Recusal", "RoundNamedRecommender", "RoundSlot", "SampleDraw", "SpecialSubsidy", "StandardisationAssessment", "Studio", "StudioComment",
    "StudioMember", "TalentRuleDocument", "Trainee", "WorkHistory", "WorkPlan",
]
