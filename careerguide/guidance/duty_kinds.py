"""Duty kinds the guidance processes schedule (the CQ service standard); each links to the page where it is done."""
from django.utils.translation import gettext_lazy as _

from careerguide.duties.kinds import DutyKind

from .cq.links import case_link, finding_link, library_link, qualifications_link, quality_link, session_link

KIND_FOLLOW_UP = "cq_plan_follow_up"
KIND_PLAN_REVIEW = "cq_plan_review"
KIND_MATERIALS = "cq_group_materials"
KIND_REFERRAL_APPOINTMENT = "cq_referral_appointment"
KIND_REFERRAL_INITIATION = "cq_referral_initiation"
KIND_HIRING_NEED = "cq_hiring_need_fill"
KIND_QUALIFICATION_RENEWAL = "cq_qualification_renewal"
KIND_DISPLAY_UPDATE = "cq_policy_display_update"
KIND_HANDBOOK_UPDATE = "cq_handbook_update"
KIND_CORRECTIVE_ACTION = "cq_corrective_action"
KIND_EXPERIENCE_SUMMARY = "cq_experience_summary"
KIND_SELF_EVALUATION = "cq_self_evaluation"

KINDS = (
    DutyKind(KIND_FOLLOW_UP, _("就业计划跟进约见"), "CQ-6.1.5-1", link=lambda case: case_link(case.pk)),
    # CQ-6.1.6-1, CQ-6.1.6-2: the plan ended without employment; reminded on the day the review starts
    DutyKind(KIND_PLAN_REVIEW, _("就业计划期满共同研究分析"), "CQ-6.1.6-2", link=lambda case: case_link(case.pk)),
    # CQ-7.1.2-1: reminded on the deadline day while a participant registered by then has no delivery
    DutyKind(KIND_MATERIALS, _("团体指导宣讲材料送达"), "CQ-7.1.2-1",
             link=lambda session: session_link(session.pk)),
    DutyKind(KIND_REFERRAL_APPOINTMENT, _("接受转介后预约访谈"), "CQ-8.1.4-1",
             link=lambda referral: case_link(referral.case_id)),
    DutyKind(KIND_REFERRAL_INITIATION, _("发起个案转介"), "CQ-8.1.1-2", link=lambda case: case_link(case.pk)),
    # CQ-6.2.3-1: a hiring need of an employer case filled in time; once overdue it is the requirement-adjustment task
    DutyKind(KIND_HIRING_NEED, _("协助用人单位及时招聘到人"), "CQ-6.2.3-1", link=lambda need: case_link(need.case_id)),
    # CQ-4.1-1: the agency head is reminded before the qualification expires (unassigned: the unit heads)
    DutyKind(KIND_QUALIFICATION_RENEWAL, _("机构资质到期换证"), "CQ-4.1-1", link=qualifications_link),
    DutyKind(KIND_DISPLAY_UPDATE, _("更新政策宣传展示内容"), "CQ-7.1.1-3", link=library_link),
    DutyKind(KIND_HANDBOOK_UPDATE, _("更新政策读本（手册）"), "CQ-7.1.1-3", link=library_link),
    DutyKind(KIND_CORRECTIVE_ACTION, _("落实纠正和预防措施"), "CQ-9.1.3-1",
             link=lambda action: finding_link(action.finding_id)),
    DutyKind(KIND_EXPERIENCE_SUMMARY, _("总结指导经验并提出改进措施"), "CQ-9.2.1-2", link=quality_link),
    DutyKind(KIND_SELF_EVALUATION, _("开展服务质量自我评价"), "CQ-9.2.2-1", link=quality_link),
)
