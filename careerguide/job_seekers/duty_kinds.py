"""Duty kinds the job-seeker chapter schedules."""
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from careerguide.duties.kinds import DutyKind

NO_CONTACT_REPORT = "bj_no_contact_report"

KINDS = (
    DutyKind(NO_CONTACT_REPORT, _("向就失业登记管理部门反馈（超过6个月未联系）"), "BJ-13-8",
             link=lambda seeker: reverse("job_seekers:no_contact_report", args=[seeker.pk])),
)
