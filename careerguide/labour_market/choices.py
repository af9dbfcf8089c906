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


class IndustrySection(models.TextChoices):
    """The sections (门类) of the national industrial classification GB/T 4754-2017, by the letter an employer's
    industry code starts with; demand is counted by section (BJ-52-2)."""
    A = "A", _("农、林、牧、渔业")
    B = "B", _("采矿业")
    C = "C", _("制造业")
    D = "D", _("电力、热力、燃气及水生产和供应业")
    E = "E", _("建筑业")
    F = "F", _("批发和零售业")
    G = "G", _("交通运输、仓储和邮政业")
    H = "H", _("住宿和餐饮业")
    I = "I", _("信息传输、软件和信息技术服务业")  # noqa: E741 (the classification's own letter)
    J = "J", _("金融业")
    K = "K", _("房地产业")
    L = "L", _("租赁和商务服务业")
    M = "M", _("科学研究和技术服务业")
    N = "N", _("水利、环境和公共设施管理业")
    O = "O", _("居民服务、修理和其他服务业")  # noqa: E741
    P = "P", _("教育")
    Q = "Q", _("卫生和社会工作")
    R = "R", _("文化、体育和娱乐业")
    S = "S", _("公共管理、社会保障和社会组织")
    T = "T", _("国际组织")
