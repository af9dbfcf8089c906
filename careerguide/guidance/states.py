from django.db import models
from django.utils.translation import gettext_lazy as _


class AppointmentStatus(models.TextChoices):
    """BJ-14-3."""
    REQUESTED = "requested", _("已预约")
    ASSIGNED = "assigned", _("已指定指导人员")
    HELD = "held", _("已提供指导")
    NO_SHOW = "no_show", _("未到场")
    CANCELLED = "cancelled", _("已取消")


A = AppointmentStatus
APPOINTMENT_TRANSITIONS = {
    A.REQUESTED: {A.ASSIGNED, A.CANCELLED},
    A.ASSIGNED: {A.HELD, A.NO_SHOW, A.CANCELLED},
    A.HELD: set(),
    A.NO_SHOW: set(),
    A.CANCELLED: set(),
}
