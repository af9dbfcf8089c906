"""Duty kinds the workforce module schedules."""
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from careerguide.duties.kinds import DutyKind

FILING_KIND = "workforce.filing"
KEY_TASK_KIND = "workforce.key_task"

KINDS = (
    DutyKind(FILING_KIND, _("人员信息报市级备案"), "BJ-71-1",
             link=lambda counsellor: reverse("workforce:detail", args=[counsellor.pk])),
    DutyKind(KEY_TASK_KIND, _("职业指导队伍建设重点任务"), "SD-S-1",
             link=lambda assignment: reverse("workforce:key_tasks")),
)
