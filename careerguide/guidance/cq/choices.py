"""Choices of the CQ guidance process that forms and pages use (CQ-3.1-1, CQ-4.5-1, CQ-5.1-*, CQ-8.2-*)."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class RecipientType(models.TextChoices):
    """CQ-3.1-1."""
    WORKER = "worker", _("劳动者")
    EMPLOYER = "employer", _("用人单位")


class Channel(models.TextChoices):
    """CQ-4.5-1."""
    ONLINE = "online", _("线上")
    OFFLINE = "offline", _("线下")


class ServiceType(models.TextChoices):
    """CQ-5.1-1..5, CQ-5.2-1..2: the fixed core of the catalogue."""
    POLICY_INFO_CONSULTING = "policy_info_consulting", _("政策信息咨询指导")
    JOB_SEARCH_GUIDANCE = "job_search_guidance", _("求职指导")
    VOCATIONAL_ASSESSMENT_GUIDANCE = "vocational_assessment_guidance", _("职业测评指导")
    TRAINING_GUIDANCE = "training_guidance", _("职业培训指导")
    SPECIFIC_GROUP_GUIDANCE = "specific_group_guidance", _("特定群体指导")
    RECRUITMENT_GUIDANCE = "recruitment_guidance", _("招聘用人指导")
    PREVENTIVE_GUIDANCE = "preventive_guidance", _("预防性指导")


class ServiceMode(models.TextChoices):
    """CQ-3.1-1."""
    CONSULTING = "consulting", _("咨询")
    GUIDANCE = "guidance", _("指导")
    ASSESSMENT = "assessment", _("测评")


class SafetyConcernKind(models.TextChoices):
    """CQ-8.2.1-1, CQ-8.2.2-1."""
    SELF_HARM = "self_harm", _("危害自身（含自杀可能）")
    HARM_TO_OTHERS = "harm_to_others", _("危害他人或他物")
