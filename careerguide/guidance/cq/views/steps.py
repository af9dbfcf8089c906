"""The step pages of a case: each names its form, the one service it calls and when the case page offers it.
The services decide whether the step is allowed; a refusal shows on the form and saves nothing."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..forms import case_steps as f
from ..forms.base import CqForm
from ..permissions import can_manage_cq, is_guidance_staff
from ..selectors import (
    case_active_plan,
    case_has_concerns,
    case_hiring_needs,
    case_hiring_needs_overdue,
    case_open_concerns,
    case_plans,
    case_referral,
    catalogue_children,
    catalogue_choices,
    guidance_staff_users,
    institution_list,
)
from ..services import cases as c
from ..services import employer as e
from ..services import risk as r
from ..services.catalogue import case_service_item_attach, practice_guidance_record, training_recommend
from ..services.database import archive_item_file, case_archive, disclosure_record, satisfaction_submit
from ..states import EMPLOYER_ACTIVE, WORKER_ACTIVE, WORKER_TERMINAL, CaseStatus, PlanStatus, ReferralStatus

S, R = CaseStatus, ReferralStatus


class ConfirmForm(CqForm):
    """A step with nothing to fill in: the button confirms it."""


def _none(request, case) -> dict:
    return {}


@dataclass(frozen=True)
class Step:
    title: Any
    clause: str
    call: Callable[[Any, Any, dict], Any]
    when: Callable[[Any], bool]
    form: type[forms.Form] = ConfirmForm
    options: Callable = _none
    success: Any = _("已保存。")
    button: Any = ""
    notice: Any = ""
    manager: bool = False  # offered to management staff and the agency head, not to the counsellor


def _status(*states):
    return lambda case: case.status in states


def _referral_in(*states):
    def when(case):
        referral = case_referral(case=case)
        return referral is not None and referral.status in states
    return when


def _referral(case):
    return case_referral(case=case)


def _today():
    return timezone.localdate()


def _record_options(request, case):
    top = catalogue_choices(on=_today(), recipient_type=case.recipient_type)
    # the sub-types of any type: recruitment guidance's four (CQ-5.2-2), job-search guidance's topics (CQ-5.1-2)
    children = set().union(*(catalogue_children(code=code, on=_today()) for code, _label in top))
    subs = [(code, label) for code, label in top if code in children]
    return {"services": top, "sub_types": subs, "goals": case.goals}


def _needs_options(request, case):
    return {"services": catalogue_choices(on=_today(), recipient_type=case.recipient_type, top_level=True)}


def _referral_form_options(request, case):
    """After a receiver declined (CQ-8.1-1) the form asks for another receiver."""
    referral = case_referral(case=case)
    rejected = referral is not None and referral.rejections
    return {"receivers": guidance_staff_users(actor=request.user, exclude=request.user) if rejected else None}


WORKER_STEPS = {
    "start_collection": Step(_("开始搜集职业信息"), "CQ-6.1.1-1", lambda a, k, d: c.case_start_collection(actor=a, case=k),
                             _status(S.APPOINTMENT_REGISTERED), button=_("开始")),
    "career_info": Step(_("搜集职业信息"), "CQ-6.1.1-1",
                        lambda a, k, d: c.case_career_info_set(actor=a, case=k, info={x: y for x, y in d.items() if y}),
                        _status(S.INFO_COLLECTION), form=f.CareerInfoForm),
    "to_needs_analysis": Step(_("进入分析需求"), "CQ-6.1.1-2", lambda a, k, d: c.case_to_needs_analysis(actor=a, case=k),
                              _status(S.INFO_COLLECTION), button=_("确认职业信息已齐全")),
    "needs": Step(_("分析需求"), "CQ-6.1.2-1", lambda a, k, d: c.case_needs_set(actor=a, case=k, needs=d["needs"]),
                  _status(S.NEEDS_ANALYSIS), form=f.NeedsForm, options=_needs_options),
    "confirm_goals": Step(_("与劳动者确认指导目标"), "CQ-6.1.2-2",
                          lambda a, k, d: c.case_goals_confirm(actor=a, case=k, **d), _status(S.NEEDS_ANALYSIS),
                          form=f.GoalsForm),
    "to_plan_drafting": Step(_("进入制定就业计划"), "CQ-6.1.3-1", lambda a, k, d: c.case_to_plan_drafting(actor=a, case=k),
                             _status(S.GUIDANCE_DELIVERY), button=_("确认")),
    "complete_no_plan": Step(_("指导完成（无需就业计划）"), "CQ-6.1-1",
                             lambda a, k, d: c.case_complete_no_plan(actor=a, case=k, **d), _status(S.GUIDANCE_DELIVERY),
                             form=f.ReasonForm),
    "plan": Step(_("制定就业计划"), "CQ-6.1.4-1", lambda a, k, d: c.plan_draft(actor=a, case=k, **d),
                 _status(S.PLAN_DRAFTING, S.PLAN_REVIEW, S.PLAN_FOLLOW_UP), form=f.PlanForm,
                 notice=_("跟进中修改目标、期限或主要行动，须制定新版就业计划并经劳动者同意。")),
    "agree_plan": Step(_("劳动者同意就业计划"), "CQ-6.1.4-2",
                       lambda a, k, d: c.plan_agree(actor=a, plan=d["plan"], method=d["method"]),
                       lambda k: case_plans(case=k, status=PlanStatus.DRAFT).exists(), form=f.PlanAgreeForm,
                       options=lambda q, k: {"plans": case_plans(case=k, status=PlanStatus.DRAFT)}),
    "follow_up": Step(_("跟进就业计划"), "CQ-6.1.5-2", lambda a, k, d: c.follow_up_record(actor=a, case=k, **d),
                      _status(S.PLAN_FOLLOW_UP), form=f.FollowUpForm,
                      options=lambda q, k: {"actions": getattr(case_active_plan(case=k), "actions", [])}),
    "review": Step(_("共同研究分析"), "CQ-6.1.6-2", lambda a, k, d: c.plan_review_record(actor=a, case=k, **d),
                   _status(S.PLAN_REVIEW), form=f.ReviewForm),
    "close_employed": Step(_("已实现就业结案"), "CQ-6.1.5-4", lambda a, k, d: c.case_close_employed(actor=a, case=k, **d),
                           _status(*WORKER_ACTIVE), form=f.CloseEmployedForm),
    "contact_attempt": Step(_("登记联系未果"), "CQ-6.1-4", lambda a, k, d: c.case_contact_attempt(actor=a, case=k, **d),
                            _status(*WORKER_ACTIVE), form=f.ContactAttemptForm),
    "withdraw": Step(_("退出结案"), "CQ-6.1-4", lambda a, k, d: c.case_withdraw(actor=a, case=k, **d),
                     _status(*WORKER_ACTIVE), form=f.WithdrawForm),
    "training": Step(_("推荐培训机构"), "CQ-7.1.5-2", lambda a, k, d: training_recommend(actor=a, case=k, **d),
                     _status(*WORKER_ACTIVE), form=f.TrainingRecommendForm,
                     options=lambda q, k: {"institutions": institution_list(actor=q.user)}),
}

EMPLOYER_STEPS = {
    "hiring_need": Step(_("登记空缺岗位"), "CQ-6.2.1-1", lambda a, k, d: e.hiring_need_add(actor=a, case=k, **d),
                        _status(S.NEEDS_INTAKE), form=f.HiringNeedForm),
    "to_analysis": Step(_("进入空缺岗位分析"), "CQ-6.2.1-1",
                        lambda a, k, d: e.employer_case_to_analysis(actor=a, case=k, **d), _status(S.NEEDS_INTAKE),
                        form=f.BasicSituationForm),
    "analyse": Step(_("分析空缺岗位"), "CQ-6.2.1-2",
                    lambda a, k, d: e.hiring_need_analyse(actor=a, **d), _status(S.HIRING_NEED_ANALYSIS),
                    form=f.AnalyseForm, options=lambda q, k: {"needs": case_hiring_needs(case=k, open_only=True)}),
    "to_recommendation": Step(_("进入提供服务建议"), "CQ-6.2.1-2",
                              lambda a, k, d: e.employer_case_to_recommendation(actor=a, case=k),
                              _status(S.HIRING_NEED_ANALYSIS), button=_("确认")),
    "recommend": Step(_("提供职业介绍服务建议"), "CQ-6.2.2-1",
                      lambda a, k, d: e.employer_recommendations_deliver(actor=a, case=k, **d),
                      _status(S.SERVICE_RECOMMENDATION), form=f.RecommendationsForm,
                      options=lambda q, k: {"needs": case_hiring_needs(case=k, open_only=True)}),
    "to_adjustment": Step(_("建议调整岗位要求"), "CQ-6.2.3-1",
                          lambda a, k, d: e.employer_case_to_adjustment(actor=a, case=k), _status(S.RECRUITING),
                          button=_("确认")),
    "adjustment": Step(_("记录调整建议及用人单位决定"), "CQ-6.2.3-2",
                       lambda a, k, d: e.hiring_need_adjustment_record(actor=a, **d),
                       _status(S.REQUIREMENT_ADJUSTMENT, S.RECRUITING), form=f.AdjustmentForm,
                       options=lambda q, k: {"needs": case_hiring_needs_overdue(case=k, today=_today())}),
    "fill": Step(_("岗位已招满"), "CQ-6.2-1", lambda a, k, d: e.hiring_need_fill(actor=a, **d),
                 _status(S.RECRUITING, S.REQUIREMENT_ADJUSTMENT), form=f.NeedChoiceForm,
                 options=lambda q, k: {"needs": case_hiring_needs(case=k, open_only=True)}),
    "to_hr_advice": Step(_("进入人力资源管理建议"), "CQ-6.2-1", lambda a, k, d: e.employer_case_to_hr_advice(actor=a, case=k),
                         _status(S.RECRUITING), button=_("确认")),
    "close_employer": Step(_("提出人力资源管理建议并结案"), "CQ-6.2.4-1",
                           lambda a, k, d: e.employer_case_close(actor=a, case=k, **d), _status(S.HR_MANAGEMENT_ADVICE),
                           form=f.AdviceForm),
    "practice": Step(_("用工行为指导"), "CQ-7.1.9-1", lambda a, k, d: practice_guidance_record(actor=a, case=k, **d),
                     _status(*EMPLOYER_ACTIVE), form=f.PracticeGuidanceForm),
}

REFERRAL_STEPS = {
    "referral": Step(_("发起个案转介"), "CQ-8.1.1-1",
                     lambda a, k, d: r.referral_initiate(actor=a, case=k, **d), _status(*WORKER_ACTIVE),
                     form=f.ReferralForm, options=lambda q, k: {"receivers": guidance_staff_users(actor=q.user,
                                                                                                  exclude=q.user)}),
    "explain": Step(_("向劳动者说明转介原因"), "CQ-8.1.2-1",
                    lambda a, k, d: r.referral_explain(actor=a, referral=_referral(k), **d), _referral_in(R.INITIATED),
                    form=f.ExplainForm),
    "decide": Step(_("记录劳动者是否同意转介"), "CQ-8.1.2-2",
                   lambda a, k, d: r.referral_decide(actor=a, referral=_referral(k), **d), _referral_in(R.EXPLAINED),
                   form=f.DecideForm),
    "referral_form": Step(_("填写个案转介表"), "CQ-8.1.3-1",
                          lambda a, k, d: r.referral_form_complete(actor=a, referral=_referral(k), **d),
                          _referral_in(R.CONSENTED), form=f.ReferralFormForm, options=_referral_form_options),
    "hand_over": Step(_("移交个案"), "CQ-8.1.3-2", lambda a, k, d: r.referral_hand_over(actor=a, referral=_referral(k)),
                      _referral_in(R.FORM_COMPLETED), button=_("确认移交转介表及指导记录"),
                      success=_("个案已移交，由接受转介的一方继续办理。")),
    "reject": Step(_("拒绝接收转介"), "CQ-8.1-1",
                   lambda a, k, d: r.referral_reject(actor=a, referral=_referral(k), **d), _referral_in(R.HANDED_OVER),
                   form=f.RejectReferralForm, success=_("已拒绝接收，个案退回转介人。"),
                   notice=_("拒绝后个案退回转介的职业指导人员，由其重新指定接收人。")),
    "accept": Step(_("接受转介：了解个案情况"), "CQ-8.1.4-1",
                   lambda a, k, d: r.referral_accept(actor=a, referral=_referral(k), **d), _referral_in(R.HANDED_OVER),
                   form=f.ReviewedForm),
    "interview": Step(_("预约访谈"), "CQ-8.1.4-1",
                      lambda a, k, d: r.referral_schedule_interview(actor=a, referral=_referral(k), **d),
                      _referral_in(R.ACCEPTED), form=f.InterviewForm),
}

RECORD_STEPS = {
    "record": Step(_("记录指导服务"), "CQ-6.1.3-1", lambda a, k, d: c.process_record_add(actor=a, case=k, **d),
                   lambda k: k.status not in (S.ARCHIVED, S.CLOSED, *WORKER_TERMINAL), form=f.ProcessRecordForm,
                   options=_record_options, success=_("过程记录已保存。")),
    "service_item": Step(_("关联公共就业服务事项"), "CQ-7.1.10-1",
                         lambda a, k, d: case_service_item_attach(actor=a, case=k, **d),
                         lambda k: k.status != S.ARCHIVED, form=f.ServiceItemForm),
    "measure": Step(_("记录安全风险处置措施"), "CQ-8.2.2-1",
                    lambda a, k, d: r.safety_measure_add(actor=a, **d), lambda k: case_has_concerns(case=k),
                    form=f.SafetyMeasureForm, options=lambda q, k: {"concerns": case_open_concerns(actor=q.user, case=k)}),
    "disclosure": Step(_("登记信息披露"), "CQ-4.4-5", lambda a, k, d: disclosure_record(actor=a, case=k, **d),
                       lambda k: True, form=f.DisclosureForm),
    "archive_item": Step(_("归档资料"), "CQ-7.2.2-2", lambda a, k, d: archive_item_file(actor=a, case=k, **d),
                         lambda k: k.status != S.ARCHIVED, form=f.ArchiveFileForm, manager=True),
    "archive": Step(_("个案归档"), "CQ-7.2.2-3", lambda a, k, d: case_archive(actor=a, case=k),
                    _status(S.CLOSED, *WORKER_TERMINAL), button=_("确认归档"), manager=True),
    "satisfaction": Step(_("录入满意度反馈"), "CQ-9.2.1-4", lambda a, k, d: satisfaction_submit(actor=a, case=k, **d),
                         lambda k: True, form=f.SatisfactionForm, manager=True,
                         notice=_("由服务对象填写，或由被评价的指导人员以外的人员录入。")),
}

STEPS = {**WORKER_STEPS, **EMPLOYER_STEPS, **REFERRAL_STEPS, **RECORD_STEPS}


def available_steps(*, actor, case) -> list[tuple[str, Any, bool]]:
    """The steps the case page offers the actor now: (name, title, manager step)."""
    own = WORKER_STEPS if case.recipient_type == "worker" else EMPLOYER_STEPS
    offered = []
    for name, step in {**own, **(REFERRAL_STEPS if case.recipient_type == "worker" else {}), **RECORD_STEPS}.items():
        allowed = can_manage_cq(actor) if step.manager else (case.counsellor_id == actor.pk and is_guidance_staff(actor))
        if allowed and step.when(case):
            offered.append((name, step.title, step.manager))
    return offered
