"""Duty statuses and the allowed moves between them."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class DutyStatus(models.TextChoices):
    OPEN = "open", _("待办")
    DONE = "done", _("按时完成")
    LATE_DONE = "late_done", _("逾期完成")
    CANCELLED = "cancelled", _("已取消")


DUTY_TRANSITIONS = {
    DutyStatus.OPEN: {DutyStatus.DONE, DutyStatus.LATE_DONE, DutyStatus.CANCELLED},
    # A duty met while its deadline was pending the calendar is judged again once the deadline is known.
    DutyStatus.DONE: {DutyStatus.LATE_DONE},
    DutyStatus.LATE_DONE: set(),
    DutyStatus.CANCELLED: set(),
}
