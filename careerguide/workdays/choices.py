"""Choices of the calendar tables that pages and commands need."""
from django.db import models
from django.utils.translation import gettext_lazy as _

from .calendar import HOLIDAY, MAKEUP_WORKDAY


class CalendarSource(models.TextChoices):
    PACKAGE = "package", _("软件内置数据")
    MANUAL = "manual", _("手工录入")
    IMPORT = "import", _("文件导入")


class DayKind(models.TextChoices):
    HOLIDAY = HOLIDAY, _("法定节假日")
    MAKEUP_WORKDAY = MAKEUP_WORKDAY, _("调休上班日")
