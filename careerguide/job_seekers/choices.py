"""Choices of the job-seeker chapter that pages, forms, the API and rules need (not statuses: see states.py)."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class Sex(models.TextChoices):
    MALE = "male", _("男")
    FEMALE = "female", _("女")


class Education(models.TextChoices):
    PRIMARY_OR_BELOW = "primary_or_below", _("小学及以下")
    JUNIOR_SECONDARY = "junior_secondary", _("初中")
    SENIOR_SECONDARY = "senior_secondary", _("高中、中专、职高、技校")
    COLLEGE = "college", _("大学专科")
    BACHELOR_OR_ABOVE = "bachelor_or_above", _("大学本科及以上")


class Health(models.TextChoices):
    NO_LIMITATION = "no_limitation", _("无影响就业的健康问题")
    LIMITED = "limited", _("健康状况影响就业")
    DISABILITY = "disability", _("持有残疾人证")


class RegistrationType(models.TextChoices):
    """BJ-13-4."""
    URBAN_UNEMPLOYMENT = "urban_unemployment", _("失业登记")
    RURAL_TRANSFER = "rural_transfer", _("转移就业登记（本市农村劳动力）")


class WorkingPattern(models.TextChoices):
    FULL_TIME = "full_time", _("全日制")
    PART_TIME = "part_time", _("非全日制")
    FLEXIBLE = "flexible", _("灵活就业")
    ANY = "any", _("均可")


SKILL_LEVEL_CHOICES = [(1, _("一级（高级技师）")), (2, _("二级（技师）")), (3, _("三级（高级工）")),
                       (4, _("四级（中级工）")), (5, _("五级（初级工）"))]


class Route(models.TextChoices):
    ASSISTANCE = "assistance", _("转入就业援助服务（第三章）")
    CHAPTER2 = "chapter2", _("继续提供求职者服务（第二章）")


class ProgrammeKind(models.TextChoices):
    VOCATIONAL_SKILLS_TRAINING = "vocational_skills_training", _("职业技能培训")
    EMPLOYMENT_INTERNSHIP = "employment_internship", _("就业见习")
    ENTREPRENEURSHIP_SERVICE = "entrepreneurship_service", _("创业服务")


class HandOffOutcome(models.TextChoices):
    PENDING = "pending", _("待反馈")
    COMPLETED = "completed", _("已完成")
    EMPLOYED = "employed", _("已实现就业")
    DROPPED = "dropped", _("中途退出")
    NOT_ADMITTED = "not_admitted", _("未被接收")


class SupportTier(models.TextChoices):
    """BJ-12-2: derived from the level with the jurisdiction's key-tier minimum, never entered."""

    GENERAL = "general", _("一般帮扶对象等级")
    KEY = "key", _("重点帮扶对象等级")
