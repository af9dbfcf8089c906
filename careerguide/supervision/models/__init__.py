"""Supervision tables: issues, notices, spot checks and complaints; record checks and their daily notices;
satisfaction surveys; performance evaluations."""
from .checks import PostingCheckNotice, RecordCheck
from .evaluations import EvaluationRow, PerformanceEvaluation
from .supervision import Complaint, NoticeItem, SpotCheck, SupervisionIssue, SupervisionNotice
from .surveys import SatisfactionSurvey

__all__ = [
    "Complaint", "EvaluationRow", "NoticeItem", "PerformanceEvaluation", "PostingCheckNotice", "RecordCheck", "SatisfactionSurvey", "SpotCheck",
    "SupervisionIssue", "SupervisionNotice",
]
