"""Pure rules of chapter 3: plain values in, decision with reasons and clause out (no Django)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from careerguide.common.months import months_reached


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
