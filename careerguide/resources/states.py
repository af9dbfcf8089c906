"""Resource review and publication (SD-17-1)."""
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
