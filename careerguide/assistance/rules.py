"""Pure rules of chapter 3: plain values in, decision with reasons and clause out (no Django)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from careerguide.common.months import add_months, months_reached


@dataclass(frozen=True)
class Decision:
    allowed: bool
    clause: str
    reasons: tuple[str, ...] = field(default_factory=tuple)


def agreement_signing_decision(*, certified: bool, job_seeking_registered: bool, graded: bool,
                               has_active_agreement: bool, location_basis: str) -> Decision:
    """BJ-22-1 (a current grading first), BJ-23-1 (certified and registered, any level, open question 9),
    BJ-23-3 (hukou or habitual residence only), BJ-23-5 (at most one active agreement)."""
    reasons = []
    if not certified:
        reasons.append("未认定为就业困难人员")
    if not job_seeking_registered:
        reasons.append("未进行求职登记")
    if not graded:
        reasons.append("尚未进行就业困难程度分级")
    if has_active_agreement:
        reasons.append("已有履行中的就业援助服务协议")
    if location_basis not in ("hukou", "habitual_residence"):
        reasons.append("就业援助服务地只能选择户籍所在地或常住地")
    return Decision(not reasons, "BJ-23-1", tuple(reasons))


def expert_consultation_decision(*, has_active_agreement: bool, job_ready: bool, failed_recommendations: int,
                                 min_failed: int) -> Decision:
    """BJ-28-1: only under specialized services, currently job-ready and ≥ min_failed ("3次(含)以上",
    BJ-21-10) failed recommendation events (BJ-28-9).  Optional: the caller never files it automatically."""
    reasons = []
    if not has_active_agreement:
        reasons.append("未签订履行中的就业援助服务协议")
    if not job_ready:
        reasons.append("当前未评估为具备上岗条件")
    if failed_recommendations < min_failed:
        reasons.append(f"未成功的匹配推荐{failed_recommendations}次，不足{min_failed}次")
    return Decision(not reasons, "BJ-28-1", tuple(reasons))


def welfare_referral_decision(*, episode_started_on: dt.date | None, today: dt.date, min_months: int,
                              obligations_attested: bool, job_ready: bool, failed_non_attributable: int,
                              min_failed: int, placement_criteria_met: bool) -> Decision:
    """BJ-30-1 (a)–(f); BJ-30-2: "达到6个月以上" is ≥, true from add_months(first signing of the episode, 6)."""
    reasons = []
    if episode_started_on is None:
        reasons.append("未签订就业援助服务协议")
    elif not months_reached(episode_started_on, today, min_months):
        reasons.append(f"专门服务未达到{min_months}个月")
    if not obligations_attested:
        reasons.append("援助专员未确认其积极履行约定义务和行动计划")
    if not job_ready:
        reasons.append("当前未评估为具备上岗条件")
    if failed_non_attributable < min_failed:
        reasons.append(f"非本人原因未成功的匹配推荐{failed_non_attributable}次，不足{min_failed}次")
    if not placement_criteria_met:
        reasons.append("不符合公益性岗位安置条件")
    return Decision(not reasons, "BJ-30-1", tuple(reasons))


def transfer_approving_level(*, from_district_id: int, to_district_id: int) -> str:
    """BJ-23-6, BJ-24-3: the district approves a move inside it, the city a move between districts."""
    return "district" if from_district_id == to_district_id else "city"


def transfer_step(*, status: str, approving_level: str, actor_level: str) -> tuple[str, ...]:
    """BJ-24-3: which decisions an agency of `actor_level` may take on an application in `status`.
    Intermediate levels only forward or return; only the authorised agency approves or rejects."""
    if status == "submitted" and actor_level == "district":
        if approving_level == "district":
            return ("approve", "return", "reject")
        return ("forward", "return")
    if status == "forwarded" and actor_level == "city" and approving_level == "city":
        return ("approve", "return", "reject")
    return ()


def four_eyes_decision(*, verifier_id: int, approver_id: int, approver_unit_id: int, case_unit_id: int,
                       approver_is_head: bool) -> Decision:
    """BJ-29-2 (proposal): the approver differs from the verifying case worker and holds the approval
    role of the same street/township agency."""
    reasons = []
    if verifier_id == approver_id:
        reasons.append("批准人不能是核实的援助专员本人")
    if approver_unit_id != case_unit_id:
        reasons.append("批准人须为本街道（乡镇）公共就业服务机构人员")
    if not approver_is_head:
        reasons.append("批准人须具有机构负责人（审批）角色")
    return Decision(not reasons, "BJ-29-2", tuple(reasons))


# ---- outreach surveys (BJ-21-2 to BJ-21-7) ---------------------------------------------------------------


@dataclass(frozen=True)
class SurveyFact:
    """One recorded survey of a target's episode: the initial one or a follow-up, reached or not."""

    occurred_on: dt.date
    follow_up: bool
    reached: bool
    willing: bool | None


def willing_follow_up_count(surveys) -> int:
    """BJ-21-6 for BJ-21-4: every recorded follow-up attempt counts, reached or not; the initial survey does not."""
    return sum(1 for s in surveys if s.follow_up)


def unwilling_follow_up_dates(surveys) -> list[dt.date]:
    """BJ-21-6 for BJ-21-5: the reached follow-ups at which the person still said no, since the last "yes"
    (a later "yes" restarts the count; an unreached attempt neither counts nor restarts it)."""
    run: list[dt.date] = []
    for s in sorted(surveys, key=lambda s: s.occurred_on):
        if s.reached and s.willing:
            run = []
        elif s.follow_up and s.reached and s.willing is False:
            run.append(s.occurred_on)
    return run


@dataclass(frozen=True)
class SurveyStopDecision:
    stop: bool
    clause: str
    follow_ups: int
    stop_from: dt.date | None
    reasons: tuple[str, ...]


def _willing_stop(surveys, *, last_contact, on, minimum, months) -> SurveyStopDecision:
    follow_ups = sorted(s.occurred_on for s in surveys if s.follow_up)
    silent_from = add_months(last_contact, months) + dt.timedelta(days=1)  # "超过6个月" is strict (BJ-21-10)
    count_from = follow_ups[minimum - 1] if len(follow_ups) >= minimum else None
    stop_from = max(silent_from, count_from) if count_from else None
    reasons = [f"已跟踪摸查{len(follow_ups)}次（须{minimum}次及以上）",
               f"最近一次联系为{last_contact.isoformat()}，{'已' if on >= silent_from else '未'}超过{months}个月未联系"]
    return SurveyStopDecision(stop_from is not None and on >= stop_from, "BJ-21-4", len(follow_ups), stop_from,
                              tuple(reasons))


def survey_stop_decision(*, status: str, surveys, last_contact: dt.date, on: dt.date, willing_min: int,
                         unwilling_min: int, no_contact_months: int) -> SurveyStopDecision:
    """BJ-21-4: willing but unregistered, ≥ willing_min follow-ups AND more than no_contact_months without any
    two-way contact (both required, open question 4); BJ-21-5: unwilling, ≥ unwilling_min reached follow-ups
    saying no, no time condition.  Only surveys up to `on` are read."""
    surveys = [s for s in surveys if s.occurred_on <= on]
    if status == "willing_unregistered":
        return _willing_stop(surveys, last_contact=last_contact, on=on, minimum=willing_min, months=no_contact_months)
    if status == "unwilling":
        run = unwilling_follow_up_dates(surveys)
        stop_from = run[unwilling_min - 1] if len(run) >= unwilling_min else None
        return SurveyStopDecision(stop_from is not None, "BJ-21-5", len(run), stop_from,
                                  (f"跟踪摸查仍表示无就业意愿{len(run)}次（须{unwilling_min}次及以上）",))
    return SurveyStopDecision(False, "BJ-21-11", 0, None, ("该摸查对象不适用停止服务的规定",))


def next_survey_schedule(*, default_due: dt.date, last: dt.date, requested: dt.date | None, circumstance: bool,
                         max_days: int) -> tuple[Decision, dt.date]:
    """BJ-21-2, BJ-21-3, BJ-21-7: the next follow-up is due by `default_due` (N working days after the last
    survey), never later than `max_days` calendar days after it; a later date needs a recorded special
    circumstance (childbirth, family care …) and still stays within `max_days`.  Returns the decision and the
    due date."""
    cap = last + dt.timedelta(days=max_days)
    due = requested or min(default_due, cap)
    reasons = []
    if due < last:
        reasons.append("下次跟踪摸查日期不能早于本次摸查日期")
    if due > cap:
        reasons.append(f"两次摸查间隔最长不超过{max_days}天，下次跟踪摸查最晚为{cap.isoformat()}")
    elif due > default_due and not circumstance:
        reasons.append(f"推迟到{default_due.isoformat()}之后须记录生育、陪护家人等情况")
    return Decision(not reasons, "BJ-21-3", tuple(reasons)), due


def survey_interval_breach(*, previous: dt.date | None, occurred_on: dt.date, max_days: int) -> bool:
    """BJ-21-3: a survey actually held more than `max_days` calendar days after the previous one is accepted and
    flagged as a breach."""
    return previous is not None and (occurred_on - previous).days > max_days


# ---- services that follow the cause (BJ-26-7, BJ-26-9), the panel (BJ-28-4), key groups (BJ-33-1) --------

_CAUSE_SERVICES = {
    "attitude": ("psychological_adjustment",),
    "skills": ("training_referral",),
    "job_ready": ("matching", "interview_guidance"),
    "entitlement": ("procedure_help",),
}


def suggested_services(*, causes, job_ready: bool, unmet_stages: int) -> tuple[str, ...]:
    """BJ-26-7: attitude → psychological adjustment; knowledge or skills → training, entrepreneurship training
    or an internship; job-ready → matching with interview guidance; preferential policies → help with the
    procedures.  BJ-26-9: a stage goal not (fully) achieved suggests revising the plan.  Staff decide."""
    out: list[str] = []
    for cause in [*causes, *(["job_ready"] if job_ready else [])]:
        for service in _CAUSE_SERVICES.get(cause, ()):
            if service not in out:
                out.append(service)
    if unmet_stages:
        out.append("plan_revision")
    return tuple(out)


def panel_composition_decision(*, member_levels) -> Decision:
    """BJ-28-4 (proposal): guidance officers of both levels, at least one from each."""
    levels = set(member_levels)
    reasons = []
    if "street" not in levels:
        reasons.append("专家小组须有街道（乡镇）公共就业服务机构的职业指导人员")
    if "district" not in levels:
        reasons.append("专家小组须有上一级（区级）公共就业服务机构的职业指导人员")
    return Decision(not reasons, "BJ-28-4", tuple(reasons))


def key_group_applies(*, group_unit_path: str, person_unit_path: str, effective_from: dt.date,
                      effective_to: dt.date | None, on: dt.date) -> bool:
    """BJ-33-1: a group designated by the city applies city-wide, one designated by a district only inside it,
    and only between its dates (both inclusive)."""
    return (person_unit_path.startswith(group_unit_path) and effective_from <= on
            and (effective_to is None or on <= effective_to))
