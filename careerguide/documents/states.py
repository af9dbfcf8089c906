from django.db import models
from django.utils.translation import gettext_lazy as _


class CreditStatus(models.TextChoices):
    """BJ-9-3: entered by one staff member, reviewed by another."""
    ENTERED = "entered", _("待复核")
    REVIEWED = "reviewed", _("已复核")
    REJECTED = "rejected", _("复核未通过")


CREDIT_TRANSITIONS = {
    CreditStatus.ENTERED: {CreditStatus.REVIEWED, CreditStatus.REJECTED},
    CreditStatus.REVIEWED: set(),
    CreditStatus.REJECTED: set(),
}
