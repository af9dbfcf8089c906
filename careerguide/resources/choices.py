"""Choices of the resource library that pages and the API need (SD-17-1, SD-17-2)."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class ResourceType(models.TextChoices):
    """SD-17-1: at least course, book, research report and case analysis."""
    COURSE = "course", _("课程")
    BOOK = "book", _("书籍")
    RESEARCH_REPORT = "research_report", _("研究报告")
    CASE_ANALYSIS = "case_analysis", _("案例分析")
    TOOL = "tool", _("工具")
    OTHER = "other", _("其他")


class Sharing(models.TextChoices):
    """SD-17-2: shared province-wide across both lines, or restricted to the owner organisation."""
    SHARED = "shared", _("全省共享")
    OWN = "own", _("仅本机构")
