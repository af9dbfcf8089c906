"""Choices of the workforce register and training records that pages and the API need (BJ ch.7, SD)."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class EmploymentType(models.TextChoices):
    FULL_TIME = "full_time", _("专职")
    PART_TIME = "part_time", _("兼职")


class WorkforceRole(models.TextChoices):
    """BJ-60-1: roles carried by a register entry."""
    GUIDANCE = "guidance", _("职业指导人员")
    ANALYST = "analyst", _("职业信息分析人员")
    LABOUR_ASSISTANT = "labour_assistant", _("劳动保障协理员")
    HR_SERVICE = "hr_service", _("其他人力资源服务人员")


class TrainingCategory(models.TextChoices):
    """SD-1-1 categories (proposal)."""
    PES_COUNSELLOR = "pes_counsellor", _("公共就业服务机构职业指导人员")
    HEI_COUNSELLOR = "hei_counsellor", _("高校职业指导人员")
    PART_TIME_COUNSELLOR = "part_time_counsellor", _("兼职职业指导师")
    CHIEF_COUNSELLOR = "chief_counsellor", _("首席职业指导师")
    STUDIO_LEAD = "studio_lead", _("工作室领衔人")
    OTHER = "other", _("其他")


class TrainingForm(models.TextChoices):
    """BJ-69-2 ("等形式", open list)."""
    THEMATIC = "thematic", _("专题培训")
    LECTURE = "lecture", _("专家授课")
    ONLINE = "online", _("在线学习")
    VISIT = "visit", _("参观交流")
    OTHER = "other", _("其他")


class AssessmentResult(models.TextChoices):
    PASSED = "passed", _("合格")
    FAILED = "failed", _("不合格")
