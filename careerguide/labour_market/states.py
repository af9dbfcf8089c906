"""Report publication states (BJ-52-4, BJ-53-2)."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class ReportStatus(models.TextChoices):
    DRAFT = "draft", _("草稿")
    PUBLISHED = "published", _("已发布")
    WITHDRAWN = "withdrawn", _("已撤回")


REPORT_TRANSITIONS = {
    ReportStatus.DRAFT: {ReportStatus.PUBLISHED},
    ReportStatus.PUBLISHED: {ReportStatus.WITHDRAWN},
    ReportStatus.WITHDRAWN: {ReportStatus.PUBLISHED},
}
