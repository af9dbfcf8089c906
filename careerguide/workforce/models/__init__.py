"""Workforce tables: the counsellor register (BJ ch.7, SD-G-9), training, contests, chiefs, recognition."""
from .catalogue import GuidanceContent, ServiceActivity, ServiceHandoff, ServiceRecord
from .chiefs import ChiefActivity, ChiefAppointment, ChiefNomination, ChiefSelectionRound, ResearchProject, ServiceTeam
from .contests import Contest, ContestEntry, ExemplarMarker
from .hei import CompetitionRegistration, CoursePlan, CourseSegment, HeiGuidanceUnit, StudentCompetition
from .platform import SuggestionDecision
from .recognition import AppraisalCycle, AppraisalScheme, Award, AwardRound, Commendation, Evaluation
from .register import (
                       Counsellor,
                       EmploymentType,
                       IntegrityFinding,
                       OrganisationProfile,
                       OrganisationType,
                       OutputRecord,
                       Qualification,
                       ServicePeriod,
                       StaffFiling,
                       TitleAward,
                       WorkloadYear,
)
from .research import ExchangeActivity, MethodPilot, SpecialSurvey
from .safeguards import FourInPlaceCheck, KeyTaskAssignment, ResultsSummary, WorkDocument
from .training import (
                       CooperationAgreement,
                       PlanEnrolment,
                       PracticeActivity,
                       PracticeParticipation,
                       TrainingCourse,
                       TrainingEvent,
                       TrainingPlan,
                       TrainingRecord,
)

__all__ = [
    "GuidanceContent", "ServiceActivity", "ServiceHandoff", "ServiceRecord", "CompetitionRegistration", "CoursePlan",
    "CourseSegment", "HeiGuidanceUnit", "StudentCompetition", "SuggestionDecision", "FourInPlaceCheck",
    "KeyTaskAssignment", "ResultsSummary", "WorkDocument", "ExchangeActivity", "MethodPilot", "SpecialSurvey",
    "Counsellor", "EmploymentType", "IntegrityFinding", "OrganisationProfile", "OrganisationType", "OutputRecord",
    "Qualification", "ServicePeriod", "StaffFiling", "TitleAward", "WorkloadYear",
    "CooperationAgreement", "PlanEnrolment", "PracticeActivity", "PracticeParticipation", "TrainingCourse",
    "TrainingEvent", "TrainingPlan", "TrainingRecord",
    "Contest", "ContestEntry", "ExemplarMarker",
    "ChiefActivity", "ChiefAppointment", "ChiefNomination", "ChiefSelectionRound", "ResearchProject", "ServiceTeam",
    "AppraisalCycle", "AppraisalScheme", "Award", "AwardRound", "Commendation", "Evaluation",
]
