"""Choices of front-desk requests that pages, forms and the API need (statuses are in `states.py`)."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class RequestCategory(models.TextChoices):
    """BJ-5-9: the categories by which the back office is chosen (routing in `rules.py`)."""
    POLICY_CONSULTATION = "policy_consultation", _("政策咨询（窗口当场答复）")
    JOB_SEEKING = "job_seeking", _("求职登记与就业失业登记")
    CAREER_GUIDANCE = "career_guidance", _("职业指导")
    EMPLOYMENT_ASSISTANCE = "employment_assistance", _("就业援助")
    TRAINING = "training", _("职业培训")
    RECRUITMENT = "recruitment", _("招聘用工与岗位发布")
    EMPLOYER_VERIFICATION = "employer_verification", _("用人单位资格核验")
    COMPLAINT = "complaint", _("意见与投诉")


class ClientKind(models.TextChoices):
    PERSON = "person", _("个人")
    EMPLOYER = "employer", _("用人单位")


class IntakeChannel(models.TextChoices):
    FRONT_DESK = "front_desk", _("窗口")
    PHONE = "phone", _("电话")
    ONLINE = "online", _("网上")
