"""Duty kinds this chapter schedules."""
from django.utils.translation import gettext_lazy as _

from careerguide.duties.kinds import register_kind

NO_CONTACT_REPORT = "bj_no_contact_report"


def register() -> None:
    register_kind(NO_CONTACT_REPORT, _("向就失业登记管理部门反馈（超过6个月未联系）"))
