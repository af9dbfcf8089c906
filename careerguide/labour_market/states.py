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


class InformationStatus(models.TextChoices):
    """BJ-7-4: sent in by an agency, published (or returned) by the city."""
    SUBMITTED = "submitted", _("待审核")
    PUBLISHED = "published", _("已发布")
    REJECTED = "rejected", _("未予发布")
    WITHDRAWN = "withdrawn", _("已撤回")


INFORMATION_TRANSITIONS = {
    InformationStatus.SUBMITTED: {InformationStatus.PUBLISHED, InformationStatus.REJECTED},
    InformationStatus.PUBLISHED: {InformationStatus.WITHDRAWN},
}


class TrainingClassStatus(models.TextChoices):
    """BJ-54-2: published on receipt; withdrawn when the training department cancels it."""
    PUBLISHED = "published", _("已发布")
    WITHDRAWN = "withdrawn", _("已撤回")


TRAINING_CLASS_TRANSITIONS = {TrainingClassStatus.PUBLISHED: {TrainingClassStatus.WITHDRAWN}}
