"""Choices of the guidance mechanism that forms, pages and other apps use (BJ-14-*, BJ-37-2)."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class GuidanceType(models.TextChoices):
    SPECIALIZED = "specialized", _("专门指导")
    CATEGORIZED = "categorized", _("分类指导")


class BookingChannel(models.TextChoices):
    COUNTER = "counter", _("窗口预约")
    ONLINE = "online", _("网上预约")


class Tier(models.TextChoices):
    GENERAL = "general", _("一般性指导")
    SPECIALIZED = "specialized", _("专门指导")


class NextStep(models.TextChoices):
    """BJ-14-2: where general guidance sends the person (optional, 'none' allowed)."""
    NONE = "none", _("无需进一步服务")
    SPECIALIZED = "specialized", _("预约专门指导")
    CATEGORIZED = "categorized", _("预约分类指导")
    SELF_SERVICE = "self_service", _("引导自助式服务")
    MATCHING = "matching", _("引导匹配推荐服务")
    PLATFORM_PERMISSION = "platform_permission", _("引导开通互联网服务权限")


class PlanKind(models.TextChoices):
    """BJ-37-2: plans specialized guidance helps an employer draw up."""
    RECRUITMENT_PLAN = "recruitment_plan", _("招聘方案")
    HR_RULES = "hr_rules", _("人力资源管理制度")
    OTHER = "other", _("其他相关方案")
