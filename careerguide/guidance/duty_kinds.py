"""Duty kinds the guidance processes schedule (the CQ service standard); each links to the page where it is done."""
from django.utils.translation import gettext_lazy as _

from careerguide.duties.kinds import DutyKind

from .cq.links import case_link, session_link

KIND_FOLLOW_UP = "cq_plan_follow_up"
KIND_MATERIALS = "cq_group_materials"
KIND_REFERRAL_APPOINTMENT = "cq_referral_appointment"
KIND_REFERRAL_INITIATION = "cq_referral_initiation"
KIND_HIRING_NEED = "cq_hiring_need_fill"

KINDS = (
    DutyKind(KIND_FOLLOW_UP, _("就业计划跟进约见"), "CQ-6.1.5-1", link=lambda case: case_link(case.pk)),
    DutyKind(KIND_MATERIALS, _("团体指导宣讲材料送达"), "CQ-7.1.2-1",
             link=lambda session: session_link(session.pk)),
    DutyKind(KIND_REFERRAL_APPOINTMENT, _("接受转介后预约访谈"), "CQ-8.1.4-1",
             link=lambda referral: case_link(referral.case_id)),
    DutyKind(KIND_REFERRAL_INITIATION, _("发起个案转介"), "CQ-8.1.1-2", link=lambda case: case_link(case.pk)),
    # CQ-6.2.3-1: a hiring need of an employer case filled in time; once overdue it is the requirement-adjustment task
    DutyKind(KIND_HIRING_NEED, _("协助用人单位及时招聘到人"), "CQ-6.2.3-1", link=lambda need: case_link(need.case_id)),
)
