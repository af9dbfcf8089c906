"""Choices of a ledger entry: who started the service and through which channel (BJ-17-2, BJ-50-2)."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class Initiator(models.TextChoices):
    AGENCY = "agency", _("机构主动")
    CLIENT = "client", _("服务对象发起")


class Channel(models.TextChoices):
    FRONT_DESK = "front_desk", _("窗口")
    PHONE = "phone", _("电话")
    ONLINE = "online", _("网络")
    ONSITE_VISIT = "onsite_visit", _("上门")
    JOB_FAIR = "job_fair", _("招聘会")
    BASELINE_SURVEY = "baseline_survey", _("摸底调查")
    OTHER = "other", _("其他")
