"""Choices of market reports that pages and the API need (statuses are in `states.py`)."""
from django.db import models
from django.utils.translation import gettext_lazy as _

from .rules import MONTHLY, QUARTERLY, WAGE_GUIDE


class ReportKind(models.TextChoices):
    MONTHLY = MONTHLY, _("月度职业供求信息分析报告")
    QUARTERLY = QUARTERLY, _("季度人力资源市场供求分析报告")
    WAGE_GUIDE = WAGE_GUIDE, _("市场工资指导价位")


class AnalysisKind(models.TextChoices):
    OCCUPATION = "occupation", _("职业分析报告")
    HR_MARKET = "hr_market", _("人力资源市场分析报告")


class InformationCategory(models.TextChoices):
    """BJ-7-4: what an agency sends in for central publication."""
    EMPLOYMENT = "employment", _("就业信息")
    ENTREPRENEURSHIP = "entrepreneurship", _("创业信息")
