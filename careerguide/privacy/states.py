"""States of a person's access or correction request (PIPL art. 44–46): moved only through `transition()`."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class SubjectRequestStatus(models.TextChoices):
    SUBMITTED = "submitted", _("待答复")
    PROVIDED = "provided", _("已提供副本")
    ACCEPTED = "accepted", _("已更正")
    REFUSED = "refused", _("不予办理")


TRANSITIONS = {
    SubjectRequestStatus.SUBMITTED: (SubjectRequestStatus.PROVIDED, SubjectRequestStatus.ACCEPTED,
                                     SubjectRequestStatus.REFUSED),
}
