"""Front-desk request states (BJ-5-6, BJ-5-9)."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class RequestStatus(models.TextChoices):
    RECEIVED = "received", _("已受理（首问负责）")
    HANDED_OVER = "handed_over", _("已转办，待后台接收")
    ACCEPTED = "accepted", _("后台办理中")
    CLOSED = "closed", _("已办结")


S = RequestStatus
# Received at the desk, answered there or handed over to the back office, which accepts it, may hand it on, and
# closes it.
REQUEST_TRANSITIONS = {
    S.RECEIVED: {S.HANDED_OVER, S.CLOSED},
    S.HANDED_OVER: {S.ACCEPTED},
    S.ACCEPTED: {S.HANDED_OVER, S.CLOSED},
}
OPEN_STATUSES = (S.RECEIVED, S.HANDED_OVER, S.ACCEPTED)
