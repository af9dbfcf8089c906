"""Eligibility of the lead master and of the studio (art. 5; HN-5-1 .. HN-5-11, HN-3-1)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from careerguide.workforce.rules.service_years import months_of_service

from .base import MET, NEEDS_JUDGEMENT, NOT_MET, Condition, Decision
from .base import gettext_noop as _

# HN-5-2: occupations whose certificates count at any level; "等" lets a reviewer confirm others.
ROUTE1_OCCUPATIONS = frozenset({"career_guidance", "hr_management", "psych_counselling"})
# HN-5-3: "省级及以上".
ROUTE2_LEVELS = frozenset({"provincial", "national"})
# HN-5-10: the five aspects of master-talent management.
TALENT_ASPECTS = ("training", "evaluation", "selection", "deployment", "incentive")
# HN-3-1: hosts the measures name; others need a reason.
NAMED_HOST_TYPES = frozenset({"pes_agency", "university"})


@dataclass(frozen=True)
class Certificate:
    occupation: str            # career_guidance / hr_management / psych_counselling / other
    kind: str = "qualification"  # qualification (职业资格证书) or skill_level (职业技能等级证书)
    reviewer_confirmed: bool = False


HN_DAYS_PER_MONTH = 30  # HN-5-5: pooled leftover days per month


def service_months(intervals, *, reference: date) -> int:
    """HN-5-5: months of employment-service work up to `reference` (the materials deadline).

    Overlaps are merged; each interval gives whole months from start to end + 1 day, the
    leftover days of all intervals are pooled and every 30 days make one more month.
    An open interval (end None) runs to the reference date."""
    return months_of_service(intervals, until=reference, days_per_month=HN_DAYS_PER_MONTH)


def route1_met(certificates) -> bool:
    """HN-5-2: a certificate of a named occupation at any level, either kind, or one a reviewer confirmed."""
    return any(c.occupation in ROUTE1_OCCUPATIONS or c.reviewer_confirmed for c in certificates)


def route2_met(award_levels) -> bool:
    """HN-5-3: an employment-work award at provincial level or above."""
    return any(level in ROUTE2_LEVELS for level in award_levels)


def master_eligibility(*, intervals, reference: date, certificates=(), award_levels=(), route3_claimed=False,
                       route3_evidence="", min_years: int) -> Decision:
    """HN-5-1, HN-5-5, HN-5-8: the 10-year test AND (route 1 OR route 2 OR route 3 claimed with evidence)."""
    months = service_months(intervals, reference=reference)
    need = min_years * 12
    years_ok = months >= need
    conds = [Condition("years", _("从事就业服务工作年限"), MET if years_ok else NOT_MET,
                       _("截至%(ref)s累计%(m)s个月，要求不少于%(need)s个月。") % {"ref": reference, "m": months, "need": need},
                       "HN-5-5")]
    r1, r2 = route1_met(certificates), route2_met(award_levels)
    conds.append(Condition("route1", _("条件1：相关职业资格（技能等级）证书"), MET if r1 else NOT_MET,
                           _("已提供相关证书。") if r1 else _("未提供职业指导、人力资源或心理咨询类证书。"), "HN-5-2"))
    conds.append(Condition("route2", _("条件2：省级及以上就业工作先进表彰"), MET if r2 else NOT_MET,
                           _("已获省级及以上表彰。") if r2 else _("未获省级及以上表彰（市、县级不计）。"), "HN-5-3"))
    r3 = bool(route3_claimed and (route3_evidence or "").strip())
    conds.append(Condition("route3", _("条件3：工作成绩突出、成果显著"), NEEDS_JUDGEMENT if r3 else NOT_MET,
                           _("由专家评审判断。") if r3 else _("未申报或未提供佐证材料。"), "HN-5-4"))
    blocking = []
    if not years_ok:
        blocking.append("years")
    if not (r1 or r2 or r3):
        blocking.append("routes")
    return Decision(ok=not blocking, conditions=tuple(conds), blocking=tuple(blocking))


def qualified_master(*, intervals, on: date, certificates=(), award_levels=(), route3_claimed=False,
                     route3_evidence="", min_years: int) -> bool:
    """HN-11-9, HN-11-12: meets art. 5(1) on a given day."""
    return master_eligibility(intervals=intervals, reference=on, certificates=certificates, award_levels=award_levels,
                              route3_claimed=route3_claimed, route3_evidence=route3_evidence, min_years=min_years).ok


def studio_eligibility(*, lead_person_ids, staff_person_ids, talent_aspects_covered, funding_source="",
                       funding_annual_amount=None, premises_address="", premises_area=None, equipment="",
                       min_lead_masters: int, min_staff: int) -> Decision:
    """HN-5-7, HN-5-9, HN-5-10, HN-5-11: the studio's computable conditions."""
    leads = set(lead_person_ids)
    staff = set(staff_person_ids) - leads  # HN-5-7: a lead master is not counted as staff
    staffing_ok = len(leads) >= min_lead_masters and len(staff) >= min_staff
    conds = [Condition("staffing", _("人员配置"), MET if staffing_ok else NOT_MET,
                       _("领衔大师%(l)s人、工作人员%(s)s人（要求至少%(ml)s位领衔大师及%(ms)s名工作人员）。")
                       % {"l": len(leads), "s": len(staff), "ml": min_lead_masters, "ms": min_staff}, "HN-5-7")]
    conds.append(Condition("policy_attestations", _("宣传贯彻政策、落实优惠政策"), NEEDS_JUDGEMENT,
                           _("在申请报告中说明，由专家评审判断。"), "HN-5-9"))
    missing = [a for a in TALENT_ASPECTS if a not in set(talent_aspects_covered)]
    conds.append(Condition("talent_rules", _("人才培养、评价、选拔、使用和激励制度"), NOT_MET if missing else MET,
                           (_("缺少以下方面的制度：%(m)s。") % {"m": "、".join(missing)}) if missing
                           else _("五个方面均有制度文件。"), "HN-5-10"))
    absent = [name for name, value in (("funding_source", funding_source), ("funding_annual_amount", funding_annual_amount),
                                       ("premises_address", premises_address), ("premises_area", premises_area),
                                       ("equipment", equipment)) if value in (None, "") or (isinstance(value, str) and not value.strip())]
    conds.append(Condition("conditions", _("资金支持及场所、设备"), NOT_MET if absent else MET,
                           (_("未填写：%(m)s。") % {"m": "、".join(absent)}) if absent else _("已填写。"), "HN-5-11"))
    blocking = [c.code for c in conds if c.outcome == NOT_MET]
    return Decision(ok=not blocking, conditions=tuple(conds), blocking=tuple(blocking))


def application_eligibility(master_decisions, studio_decision: Decision) -> Decision:
    """HN-5-8, HN-5-1: at least one lead master passes, and the studio's conditions hold."""
    any_master = any(d.ok for d in master_decisions)
    conds = list(studio_decision.conditions)
    for d in master_decisions:
        conds.extend(d.conditions)
    blocking = list(studio_decision.blocking)
    if not any_master:
        blocking.append("master")
    return Decision(ok=not blocking, conditions=tuple(conds), blocking=tuple(blocking))


def host_type_warning(host_type: str, reason: str = "") -> tuple[bool, str]:
    """HN-3-1: an "other" host is accepted only with a warning and a recorded reason.

    Returns (accepted, warning)."""
    if host_type in NAMED_HOST_TYPES:
        return True, ""
    warning = _("工作室主要在公共就业服务机构、高校中认定，其他单位须由审核中心记录理由。")
    return bool((reason or "").strip()), warning
