"""Duty kinds the guidance processes schedule (the CQ service standard)."""
from django.utils.translation import gettext_lazy as _

from careerguide.duties.kinds import DutyKind

KIND_FOLLOW_UP = "cq_plan_follow_up"
KIND_MATERIALS = "cq_group_materials"
KIND_REFERRAL_APPOINTMENT = "cq_referral_appointment"
KIND_REFERRAL_INITIATION = "cq_referral_initiation"

KINDS = (
    DutyKind(KIND_FOLLOW_UP, _("就业计划跟进约见"), "CQ-6.1.5-1"),
    DutyKind(KIND_MATERIALS, _("团体指导宣讲材料送达"), "CQ-7.1.2-1"),
    DutyKind(KIND_REFERRAL_APPOINTMENT, _("接受转介后预约访谈"), "CQ-8.1.4-1"),
    DutyKind(KIND_REFERRAL_INITIATION, _("发起个案转介"), "CQ-8.1.1-2"),
)
