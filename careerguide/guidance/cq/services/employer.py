"""The employer guidance process (CQ-6.2-*): needs intake, vacancy analysis, service recommendation, recruiting
and requirement adjustment, HR-management advice, closing."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.errors import DomainError
from careerguide.duties.services import transition

from .. import rules
from ..models import CaseVacancy, VacancyStatus
from ..states import CaseStatus
from .common import audit, ensure_counsellor, move, now_or, policy, today

S = CaseStatus
VACANCY_TRANSITIONS = {
    VacancyStatus.OPEN: {VacancyStatus.OVERDUE_UNFILLED, VacancyStatus.FILLED, VacancyStatus.WITHDRAWN},
    VacancyStatus.OVERDUE_UNFILLED: {VacancyStatus.FILLED, VacancyStatus.WITHDRAWN},
    VacancyStatus.FILLED: set(), VacancyStatus.WITHDRAWN: set(),
}
DECISIONS = ("accepted", "partly_accepted", "declined")


def _in(case, *states, clause):
    if case.status not in states:
        raise DomainError(_("当前阶段不能办理此事项。"), clause=clause)


@transaction.atomic
def vacancy_add(*, actor, case, occupation: str, headcount: int, requirements: str, conditions: str,
                required_by: dt.date, now=None) -> CaseVacancy:
    """CQ-6.2.1-1: hiring needs per vacancy (occupation, number, requirements, conditions, required-by date)."""
    ensure_counsellor(actor, case)
    _in(case, S.NEEDS_INTAKE, clause="CQ-6.2.1-1")
    if not all(str(v).strip() for v in (occupation, requirements, conditions)) or headcount < 1:
        raise DomainError(_("请完整填写岗位、人数、岗位要求和用人条件。"), clause="CQ-6.2.1-1")
    vacancy = CaseVacancy.objects.create(case=case, occupation=occupation.strip(), headcount=headcount,
                                         requirements=requirements.strip(), conditions=conditions.strip(),
                                         required_by=required_by)
    audit(actor, vacancy, "create", case.unit, "CQ-6.2.1-1", now, after={"occupation": vacancy.occupation})
    return vacancy


@transaction.atomic
def employer_case_to_analysis(*, actor, case, basic_situation: str, now=None):
    """CQ-6.2.1-1: the employer's basic situation and at least one vacancy before the analysis."""
    ensure_counsellor(actor, case)
    if not (basic_situation or "").strip() or not case.vacancies.exists():
        raise DomainError(_("请填写用人单位基本情况并登记至少一个空缺岗位。"), clause="CQ-6.2.1-1")
    case.career_info = {"basic_situation": basic_situation.strip()}
    case.save(update_fields=["career_info", "updated_at"])
    move(case, to=S.VACANCY_ANALYSIS, actor=actor, clause="CQ-6.2.1-1", now=now)
    return case


@transaction.atomic
def vacancy_analyse(*, actor, vacancy, analysis: str, indicator: str, source: str, data_date: dt.date, now=None):
    """CQ-6.2.1-2: analysis of the vacancy and the supply-demand position (indicator, source, data date)."""
    ensure_counsellor(actor, vacancy.case)
    if not ((analysis or "").strip() and (indicator or "").strip() and (source or "").strip()):
        raise DomainError(_("请填写岗位分析、供求指标和数据来源。"), clause="CQ-6.2.1-2")
    vacancy.analysis = {"analysis": analysis, "indicator": indicator, "source": source, "data_date": data_date.isoformat()}
    vacancy.save(update_fields=["analysis", "updated_at"])
    audit(actor, vacancy, "update", vacancy.case.unit, "CQ-6.2.1-2", now, after={"analysed": True})
    return vacancy


@transaction.atomic
def employer_case_to_recommendation(*, actor, case, now=None):
    """CQ-6.2.1-2: an analysis for every open vacancy."""
    ensure_counsellor(actor, case)
    if case.vacancies.filter(status=VacancyStatus.OPEN, analysis={}).exists():
        raise DomainError(_("每个空缺岗位都须完成岗位分析。"), clause="CQ-6.2.1-2")
    move(case, to=S.SERVICE_RECOMMENDATION, actor=actor, clause="CQ-6.2.1-2", now=now)
    return case


@transaction.atomic
def employer_recommendations_deliver(*, actor, case, recommendations: dict, given_on: dt.date, now=None):
    """CQ-6.2.2-1, CQ-7.1.4-1: per-vacancy recommendations given to the employer; recruiting starts and needs the
    job-introduction link."""
    ensure_counsellor(actor, case)
    _in(case, S.SERVICE_RECOMMENDATION, clause="CQ-6.2.2-1")
    open_ids = {str(pk) for pk in case.vacancies.filter(status=VacancyStatus.OPEN).values_list("pk", flat=True)}
    if not open_ids or open_ids - {str(k) for k, v in recommendations.items() if str(v).strip()}:
        raise DomainError(_("请为每个空缺岗位填写推荐的职业介绍服务或其他活动安排。"), clause="CQ-6.2.2-1")
    if not case.job_introduction_ref:
        raise DomainError(_("有招聘需求的个案须先关联职业介绍服务。"), clause="CQ-7.1.4-1")
    for vacancy in case.vacancies.filter(status=VacancyStatus.OPEN):
        vacancy.recommendation = {"text": recommendations[str(vacancy.pk)], "given_on": given_on.isoformat()}
        vacancy.recruiting_started_on = given_on
        vacancy.save(update_fields=["recommendation", "recruiting_started_on", "updated_at"])
    move(case, to=S.RECRUITING, actor=actor, clause="CQ-6.2.2-1", now=now)
    return case


@transaction.atomic
def vacancies_check_overdue(*, now=None) -> int:
    """CQ-6.2.3-1 (daily job): an open vacancy still unfilled at the earlier of its required-by date and 30 days
    after recruiting started becomes overdue_unfilled, and its case moves to requirement_adjustment."""
    day = today(now)
    count = 0
    for vacancy in CaseVacancy.objects.filter(status=VacancyStatus.OPEN, recruiting_started_on__isnull=False,
                                              case__status=S.RECRUITING).select_related("case", "case__unit"):
        limit = policy("cq.vacancy_overdue_days", vacancy.case.unit, now)
        if not rules.vacancy_overdue(required_by=vacancy.required_by, recruiting_started_on=vacancy.recruiting_started_on,
                                     today=day, overdue_days=limit):
            continue
        transition(obj=vacancy, to=VacancyStatus.OVERDUE_UNFILLED, actor=None, table=VACANCY_TRANSITIONS,
                   unit=vacancy.case.unit, clause="CQ-6.2.3-1", milestone_field="status_changed_at", now=now_or(now))
        if vacancy.case.status == S.RECRUITING:
            move(vacancy.case, to=S.REQUIREMENT_ADJUSTMENT, actor=None, clause="CQ-6.2.3-1", now=now)
        count += 1
    return count


@transaction.atomic
def vacancy_adjustment_record(*, actor, vacancy, consulted_on: dt.date, employer_contact: str, suggestion: str,
                              decision: str, new_requirements: str = "", new_conditions: str = "", now=None):
    """CQ-6.2.3-2: a suggestion for an overdue vacancy after consultation (again while recruiting if declined);
    requirements change (as a new vacancy version) only on the
    employer's recorded acceptance; the case returns to recruiting."""
    case = vacancy.case
    ensure_counsellor(actor, case)
    _in(case, S.REQUIREMENT_ADJUSTMENT, S.RECRUITING, clause="CQ-6.2.3-2")
    if vacancy.status != VacancyStatus.OVERDUE_UNFILLED:
        raise DomainError(_("只有未能及时招聘到人的岗位才建议调整。"), clause="CQ-6.2.3-1")
    if decision not in DECISIONS or not (employer_contact or "").strip() or not (suggestion or "").strip():
        raise DomainError(_("请填写协商日期、单位联系人、调整建议和用人单位的决定。"), clause="CQ-6.2.3-2")
    vacancy.adjustments = [*vacancy.adjustments, {"consulted_on": consulted_on.isoformat(), "contact": employer_contact,
                                                  "suggestion": suggestion, "decision": decision}]
    vacancy.save(update_fields=["adjustments", "updated_at"])
    audit(actor, vacancy, "update", case.unit, "CQ-6.2.3-2", now, after={"decision": decision})
    result = vacancy
    if decision != "declined":
        transition(obj=vacancy, to=VacancyStatus.WITHDRAWN, actor=actor, table=VACANCY_TRANSITIONS, unit=case.unit,
                   clause="CQ-6.2.3-2", reason="replaced_by_new_version", milestone_field="status_changed_at",
                   now=now_or(now))
        result = CaseVacancy.objects.create(
            case=case, occupation=vacancy.occupation, headcount=vacancy.headcount,
            requirements=(new_requirements or vacancy.requirements).strip(),
            conditions=(new_conditions or vacancy.conditions).strip(), required_by=vacancy.required_by,
            analysis=vacancy.analysis, recommendation=vacancy.recommendation, recruiting_started_on=today(now),
            version=vacancy.version + 1, previous=vacancy)
        audit(actor, result, "create", case.unit, "CQ-6.2.3-2", now, after={"version": result.version})
    if case.status == S.REQUIREMENT_ADJUSTMENT:
        move(case, to=S.RECRUITING, actor=actor, clause="CQ-6.2.3-2", now=now)
    return result


@transaction.atomic
def vacancy_fill(*, actor, vacancy, now=None):
    ensure_counsellor(actor, vacancy.case)
    transition(obj=vacancy, to=VacancyStatus.FILLED, actor=actor, table=VACANCY_TRANSITIONS, unit=vacancy.case.unit,
               clause="CQ-6.2-1", milestone_field="status_changed_at", now=now_or(now))
    return vacancy


@transaction.atomic
def employer_case_to_hr_advice(*, actor, case, now=None):
    """CQ-6.2-1: recruiting ends when no vacancy is still open or overdue."""
    ensure_counsellor(actor, case)
    if case.vacancies.filter(status__in=[VacancyStatus.OPEN, VacancyStatus.OVERDUE_UNFILLED]).exists():
        raise DomainError(_("仍有未招满的空缺岗位。"), clause="CQ-6.2-1")
    move(case, to=S.HR_MANAGEMENT_ADVICE, actor=actor, clause="CQ-6.2-1", now=now)
    return case


@transaction.atomic
def employer_case_close(*, actor, case, advice: str, now=None):
    """CQ-6.2.4-1: problems found and suggestions, or "no significant problem" with reasons, before closing."""
    ensure_counsellor(actor, case)
    _in(case, S.HR_MANAGEMENT_ADVICE, clause="CQ-6.2.4-1")
    if not (advice or "").strip():
        raise DomainError(field_errors={"advice": [_("请填写人力资源管理问题与建议（未发现明显问题须说明理由）。")]},
                          clause="CQ-6.2.4-1")
    case.hr_advice, case.closed_on = advice.strip(), today(now)
    case.save(update_fields=["hr_advice", "closed_on", "updated_at"])
    move(case, to=S.CLOSED, actor=actor, clause="CQ-6.2.4-1", now=now)
    return case
