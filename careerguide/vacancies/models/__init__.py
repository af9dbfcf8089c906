"""Vacancy tables (BJ-38, BJ-39, BJ-41) and job-fair tables (BJ-42, BJ-43), one module per area."""
from .fairs import FairAttendee, FairOutcome, FairParticipation, JobFair
from .feedback import ScreeningFeedback
from .vacancies import FindingOverride, ScreeningRuleSetVersion, Vacancy, VacancyReview, VacancyVersion

__all__ = [
    "FairAttendee", "FairOutcome", "FairParticipation", "FindingOverride", "JobFair", "ScreeningFeedback",
    "ScreeningRuleSetVersion",
    "Vacancy", "VacancyReview", "VacancyVersion",
]
