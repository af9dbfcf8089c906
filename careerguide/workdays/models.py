"""The statutory working-day calendar as data (BJ-21-8, CZ-7-9).

One ``CalendarYear`` row per loaded year -- its existence is what makes a year
"loaded" -- and one ``CalendarDay`` per statutory holiday or make-up working
day (调休上班日) of that year.  Ordinary weekdays and weekends are not stored:
the pure ``WorkCalendar`` derives them.  ``CalendarVersion`` is a single row
whose token changes with every write to the calendar, so each process can tell
cheaply whether its cached ``WorkCalendar`` is still current (see
``selectors.work_calendar``).
"""
import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from .choices import CalendarSource, DayKind


class CalendarYear(BaseModel):
    """A calendar year whose holiday schedule (the State Council's annual notice) is loaded."""

    year = models.PositiveSmallIntegerField(_("年度"), unique=True)
    source = models.CharField(_("数据来源"), max_length=16, choices=CalendarSource.choices)
    loaded_at = models.DateTimeField(_("载入时间"))
    loaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("载入人"), null=True, blank=True,
                                  on_delete=models.PROTECT, related_name="+")
    notice = models.TextField(_("依据文件"), blank=True,
                              help_text=_("如：国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕×号）"))

    class Meta:
        verbose_name = _("日历年度")
        verbose_name_plural = _("日历年度")
        ordering = ["year"]

    def __str__(self):
        return str(self.year)


class CalendarDay(models.Model):
    """A statutory holiday (including in-lieu days and weekend days inside a holiday period)
    or a make-up working day (a weekend day that is worked)."""

    year = models.ForeignKey(CalendarYear, verbose_name=_("年度"), on_delete=models.CASCADE, related_name="days")
    date = models.DateField(_("日期"), unique=True)
    kind = models.CharField(_("类型"), max_length=16, choices=DayKind.choices)
    name = models.CharField(_("名称"), max_length=64)

    class Meta:
        verbose_name = _("节假日安排")
        verbose_name_plural = _("节假日安排")
        ordering = ["date"]

    def __str__(self):
        return f"{self.date.isoformat()} {self.get_kind_display()} {self.name}"


class CalendarVersion(models.Model):
    """Single row (pk=1): a fresh random token is written in the same transaction as every
    change to the calendar tables.  A random token (not a counter) never repeats, so a
    process that cached a calendar built inside a transaction that was later rolled back
    can never mistake it for a committed version."""

    token = models.UUIDField(_("版本标识"), default=uuid.uuid4)
    changed_at = models.DateTimeField(_("变更时间"), auto_now=True)

    class Meta:
        verbose_name = _("工作日历版本")
        verbose_name_plural = _("工作日历版本")

    def __str__(self):
        return str(self.token)
