"""Supervision tables: issues, notices, spot checks and complaints; record checks and their daily notices;
satisfaction surveys; performance evaluations."""
from .checks import PostingCheckNotice, RecordCheck
from .supervision import Complaint, NoticeItem, SpotCheck, SupervisionIssue, SupervisionNotice
from .surveys import SatisfactionSurvey

__all__ = [
    "Complaint", "NoticeItem", "PostingCheckNotice", "RecordCheck", "SatisfactionSurvey", "SpotCheck",
    "SupervisionIssue", "SupervisionNotice",
]
