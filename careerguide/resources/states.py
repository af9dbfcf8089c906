"""Resource review and publication (SD-17-1); typical cases from draft to publication (SD-15-2)."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class ResourceStatus(models.TextChoices):
    DRAFT = "draft", _("草稿")
    SUBMITTED = "submitted", _("待审核")
    PUBLISHED = "published", _("已发布")
    RETURNED = "returned", _("已退回")
    WITHDRAWN = "withdrawn", _("已撤回")


S = ResourceStatus
RESOURCE_TRANSITIONS = {
    S.DRAFT: {S.SUBMITTED}, S.SUBMITTED: {S.PUBLISHED, S.RETURNED}, S.RETURNED: {S.SUBMITTED},
    S.PUBLISHED: {S.WITHDRAWN}, S.WITHDRAWN: set(),
}


class CaseStatus(models.TextChoices):
    """SD-15-2: a typical case from draft to publication in the resource library."""
    DRAFT = "draft", _("草稿")
    DE_IDENTIFIED = "de_identified", _("已去标识化")
    SUBMITTED = "submitted", _("已报送")
    UNDER_REVIEW = "under_review", _("专家评审中")
    SELECTED = "selected", _("已入选")
    RETURNED = "returned", _("已退回")
    PUBLISHED = "published", _("已发布")


C = CaseStatus
CASE_TRANSITIONS = {
    C.DRAFT: {C.DE_IDENTIFIED}, C.DE_IDENTIFIED: {C.DRAFT, C.SUBMITTED}, C.SUBMITTED: {C.UNDER_REVIEW},
    C.UNDER_REVIEW: {C.SELECTED, C.RETURNED}, C.RETURNED: {C.DRAFT}, C.SELECTED: {C.PUBLISHED}, C.PUBLISHED: set(),
}
EDITABLE_CASE_STATUSES = (C.DRAFT, C.DE_IDENTIFIED, C.RETURNED)
