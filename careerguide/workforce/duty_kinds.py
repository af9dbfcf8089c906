"""Duty kinds the workforce module schedules."""
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from careerguide.duties.kinds import DutyKind

FILING_KIND = "workforce.filing"

KINDS = (
    DutyKind(FILING_KIND, _("人员信息报市级备案"), "BJ-71-1",
             link=lambda counsellor: reverse("workforce:detail", args=[counsellor.pk])),
)
