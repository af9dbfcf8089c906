"""Duty kinds the e-archives schedule."""
from django.utils.translation import gettext_lazy as _

from careerguide.duties.kinds import DutyKind

from .links import retention_page

RETENTION_REVIEW = "documents.retention_review"

KINDS = (
    DutyKind(RETENTION_REVIEW, _("档案材料保管期满鉴定"), "BJ-9-2", link=retention_page),
)
