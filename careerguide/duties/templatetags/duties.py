"""Showing a duty's deadline, which may still be waiting for a year's statutory calendar."""
from django import template
from django.utils.formats import date_format
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def due_text(duty) -> str:
    """"2026-03-10", or the pending form "2026-12-28后5个工作日（待导入日历）"."""
    if duty is None:
        return ""
    if duty.due_date is not None:
        return date_format(duty.due_date, "Y-m-d")
    return _("%(s)s后%(n)s个工作日（待导入日历）") % {"s": date_format(duty.pending_start, "Y-m-d"),
                                                  "n": duty.pending_workdays}
