"""Supervision tables: issues, notices, spot checks and complaints; record checks and their daily notices;
satisfaction surveys; performance evaluations."""
from .checks import PostingCheckNotice, RecordCheck
from .supervision import Complaint, NoticeItem, SpotCheck, SupervisionIssue, SupervisionNotice

__all__ = ["Complaint", "PostingCheckNotice", "RecordCheck", "NoticeItem", "SpotCheck", "SupervisionIssue", "SupervisionNotice"]
