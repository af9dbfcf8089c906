"""Statuses and allowed transitions of the CQ guidance process (CQ-6.1-1, CQ-6.1.4-1, CQ-6.2-1, CQ-8.1-1)."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class CaseStatus(models.TextChoices):
    # worker process (6.1)
    APPOINTMENT_REGISTERED = "appointment_registered", _("已预约登记")
    INFO_COLLECTION = "info_collection", _("搜集职业信息")
    NEEDS_ANALYSIS = "needs_analysis", _("分析需求")
    GUIDANCE_DELIVERY = "guidance_delivery", _("开展职业指导与服务")
    PLAN_DRAFTING = "plan_drafting", _("制定就业计划")
    PLAN_FOLLOW_UP = "plan_follow_up", _("跟进就业计划")
    PLAN_REVIEW = "plan_review", _("共同研究分析")
    CLOSED_EMPLOYED = "closed_employed", _("已实现就业结案")
    CLOSED_WITHDRAWN = "closed_withdrawn", _("退出结案")
    REFERRED_EXTERNAL = "referred_external", _("已转介有关机构")
    TERMINATED = "terminated", _("已终止指导关系")
    COMPLETED_NO_PLAN = "completed_no_plan", _("指导完成（无需就业计划）")
    # employer process (6.2)
    NEEDS_INTAKE = "needs_intake", _("了解用人需求")
    HIRING_NEED_ANALYSIS = "hiring_need_analysis", _("分析空缺岗位")
    SERVICE_RECOMMENDATION = "service_recommendation", _("提供服务建议")
    RECRUITING = "recruiting", _("招聘中")
    REQUIREMENT_ADJUSTMENT = "requirement_adjustment", _("建议调整岗位要求")
    HR_MANAGEMENT_ADVICE = "hr_management_advice", _("人力资源管理建议")
    CLOSED = "closed", _("已结案")
    ARCHIVED = "archived", _("已归档")


S = CaseStatus
WORKER_ACTIVE = (S.APPOINTMENT_REGISTERED, S.INFO_COLLECTION, S.NEEDS_ANALYSIS, S.GUIDANCE_DELIVERY, S.PLAN_DRAFTING,
                 S.PLAN_FOLLOW_UP, S.PLAN_REVIEW)
WORKER_TERMINAL = (S.CLOSED_EMPLOYED, S.CLOSED_WITHDRAWN, S.REFERRED_EXTERNAL, S.TERMINATED, S.COMPLETED_NO_PLAN)
_EXITS = {S.CLOSED_EMPLOYED, S.CLOSED_WITHDRAWN, S.REFERRED_EXTERNAL, S.TERMINATED}

# CQ-6.1-1: no forward step may be skipped; the only backward moves are CQ-6.1.6-3's.
WORKER_TRANSITIONS = {
    S.APPOINTMENT_REGISTERED: {S.INFO_COLLECTION} | _EXITS,
    S.INFO_COLLECTION: {S.NEEDS_ANALYSIS} | _EXITS,
    S.NEEDS_ANALYSIS: {S.GUIDANCE_DELIVERY} | _EXITS,
    S.GUIDANCE_DELIVERY: {S.PLAN_DRAFTING, S.COMPLETED_NO_PLAN} | _EXITS,
    S.PLAN_DRAFTING: {S.PLAN_FOLLOW_UP} | _EXITS,
    S.PLAN_FOLLOW_UP: {S.PLAN_REVIEW} | _EXITS,
    S.PLAN_REVIEW: {S.PLAN_FOLLOW_UP, S.GUIDANCE_DELIVERY} | _EXITS,
    **{t: {S.ARCHIVED} for t in WORKER_TERMINAL},
    S.ARCHIVED: set(),
}

EMPLOYER_ACTIVE = (S.NEEDS_INTAKE, S.HIRING_NEED_ANALYSIS, S.SERVICE_RECOMMENDATION, S.RECRUITING,
                   S.REQUIREMENT_ADJUSTMENT, S.HR_MANAGEMENT_ADVICE)
# CQ-6.2-1
EMPLOYER_TRANSITIONS = {
    S.NEEDS_INTAKE: {S.HIRING_NEED_ANALYSIS},
    S.HIRING_NEED_ANALYSIS: {S.SERVICE_RECOMMENDATION},
    S.SERVICE_RECOMMENDATION: {S.RECRUITING},
    S.RECRUITING: {S.REQUIREMENT_ADJUSTMENT, S.HR_MANAGEMENT_ADVICE},
    S.REQUIREMENT_ADJUSTMENT: {S.RECRUITING},
    S.HR_MANAGEMENT_ADVICE: {S.CLOSED},
    S.CLOSED: {S.ARCHIVED},
    S.ARCHIVED: set(),
}


class ReferralStatus(models.TextChoices):
    INITIATED = "initiated", _("已发起")
    EXPLAINED = "explained", _("已说明转介原因")
    DECLINED = "declined", _("劳动者不同意转介")
    CONSENTED = "consented", _("劳动者同意转介")
    FORM_COMPLETED = "form_completed", _("已填写转介表")
    HANDED_OVER = "handed_over", _("已移交")
    ACCEPTED = "accepted", _("接收人已了解个案")
    APPOINTMENT_SCHEDULED = "appointment_scheduled", _("已预约访谈")


R = ReferralStatus
# CQ-8.1-1; a receiver's rejection returns the referral to consented.
REFERRAL_TRANSITIONS = {
    R.INITIATED: {R.EXPLAINED},
    R.EXPLAINED: {R.DECLINED, R.CONSENTED},
    R.CONSENTED: {R.FORM_COMPLETED},
    R.FORM_COMPLETED: {R.HANDED_OVER},
    R.HANDED_OVER: {R.ACCEPTED, R.CONSENTED},
    R.ACCEPTED: {R.APPOINTMENT_SCHEDULED},
    R.DECLINED: set(),
    R.APPOINTMENT_SCHEDULED: set(),
}
REFERRAL_OPEN = (R.INITIATED, R.EXPLAINED, R.CONSENTED, R.FORM_COMPLETED)


class SessionCompliance(models.TextChoices):
    PENDING = "pending", _("待核查")
    COMPLIANT = "compliant", _("材料按时送达")
    NON_COMPLIANT = "non_compliant", _("材料未按时送达（不合规）")


class PlanStatus(models.TextChoices):
    """CQ-6.1.4-1: an employment plan version."""
    DRAFT = "draft", _("草案")
    ACTIVE = "active", _("执行中")
    SUPERSEDED = "superseded", _("已被新版本替代")


class HiringNeedStatus(models.TextChoices):
    """CQ-6.2-1: each hiring need's sub-state.  "Not filled in time" (CQ-6.2.3-1) is not a status: it is an open
    hiring need whose fill-in-time duty is overdue, derived in the selectors."""
    OPEN = "open", _("招聘中")
    FILLED = "filled", _("已招满")
    WITHDRAWN = "withdrawn", _("已撤回")


H = HiringNeedStatus
HIRING_NEED_TRANSITIONS = {
    H.OPEN: {H.FILLED, H.WITHDRAWN},
    H.FILLED: set(),
    H.WITHDRAWN: set(),
}


# CQ-4.2-3: a site device goes out of service and back, or is retired.
DEVICE_TRANSITIONS = {
    "in_service": {"out_of_service", "retired"},
    "out_of_service": {"in_service", "retired"},
    "retired": set(),
}

# CQ-4.3-2, CQ-7.1.1-3: a policy item is amended (again and again) or repealed.
POLICY_ITEM_TRANSITIONS = {
    "in_force": {"amended", "repealed"},
    "amended": {"amended", "repealed"},
    "repealed": set(),
}
