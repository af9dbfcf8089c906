"""Supervision tables: issues, notices, spot checks and complaints; record checks and their daily notices;
satisfaction surveys; performance evaluations; community stations' surveys."""
from .checks import PostingCheckNotice, RecordCheck
from .community import CommunitySurvey
from .evaluations import EvaluationRow, PerformanceEvaluation
from .supervision import Complaint, NoticeItem, SpotCheck, SupervisionIssue, SupervisionNotice
from .surveys import SatisfactionSurvey

__all__ = [
    "CommunitySurvey", "Complaint", "EvaluationRow", "NoticeItem", "PerformanceEvaluation", "PostingCheckNotice", "RecordCheck", "SatisfactionSurvey", "SpotCheck",
    "SupervisionIssue", "SupervisionNotice",
]
