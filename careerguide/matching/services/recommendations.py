"""Recommending a vacancy to a job seeker (BJ-15-2) or a job seeker to an employer (BJ-40-1)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, policy_number, refuse, refuse_forbidden, today
from careerguide.duties.services import DutySpec, duty_schedule
from careerguide.job_seekers.services.ledger import job_seeker_set_status
from careerguide.job_seekers.states import JobSeekerStatus
from careerguide.organisations.scoping import unit_in_jurisdiction
from careerguide.vacancies.states import VacancyStatus
from careerguide.workdays.selectors import work_calendar

from .. import rules
from ..duty_kinds import EMPLOYER_OUTCOME, JOB_SEEKER_OUTCOME
from ..error_codes import MatchingErrorCode
from ..models import Recommendation
from ..selectors import (
    MATCHABLE_STATUSES,
    candidate_facts,
    definition_of,
    facts_snapshot,
    is_key_enterprise,
    vacancy_facts,
)
from ..states import OPEN_OUTCOMES, ConsentChannel, Direction
from .instruments import instrument_for
from .ledger_entries import CONSENT_TO_LEDGER_CHANNEL, employer_ledger_add, personal_ledger_add


def follow_up_rule(*, direction: str, job_seeker, employer, unit, on: dt.date) -> tuple[str, int, str]:
    """(clause, working days, policy key) of the follow-up on a recommendation's result.

    For job seekers “及时” is the advisory 5 working days of BJ-16-1, and the hard 5 working days of
    BJ-27-5 for persons under assistance; for employers the advisory limit of BJ-41-1, and the hard
    limit of BJ-49-2 for key enterprises with a daily service agreement."""
    if direction == Direction.TO_EMPLOYER:
        if is_key_enterprise(employer=employer):
            key, clause = "bj.key_enterprise_recommendation_follow_up_workdays", "BJ-49-2"
        else:
            key, clause = "bj.employer_recommendation_outcome_check_workdays", "BJ-41-1"
    elif job_seeker.status == JobSeekerStatus.ROUTED_TO_ASSISTANCE:
        key, clause = "bj.recommendation_follow_up_workdays", "BJ-27-5"
    else:
        key, clause = "bj.recommendation_outcome_check_workdays", "BJ-16-1"
    return clause, policy_number(key, unit=unit, on=on), key


def _check(*, actor, job_seeker, vacancy, direction, consent_channel, consent_on, recommended_on, result, note, min_score,
           now) -> None:
    errors: dict = {}
    if direction not in Direction.values:
        errors["direction"] = [_("推荐方向无效。")]
    if not unit_in_jurisdiction(actor, job_seeker.unit):
        refuse_forbidden(clause="BJ-4-5", message=_("该求职者不在本机构辖区内。"))
    if job_seeker.status not in MATCHABLE_STATUSES:
        refuse(_("求职者当前状态为“%(s)s”，不在匹配推荐范围内。") % {"s": job_seeker.get_status_display()},
               clause="BJ-16-2", code=MatchingErrorCode.NOT_MATCHABLE)
    if vacancy.status != VacancyStatus.PUBLISHED:
        refuse(_("只能推荐已发布的招聘信息。"), clause="BJ-39-1", code=MatchingErrorCode.NOT_PUBLISHED)
    if not result.eligible:
        refuse(_("只能为具备上岗条件的求职者提供匹配推荐，请先进行上岗条件评估。"), clause="BJ-15-2",
               code=MatchingErrorCode.NOT_JOB_READY)
    if consent_channel not in ConsentChannel.values:
        errors["consent_channel"] = [_("必须记录求职者本人同意推荐的方式。")]
    if recommended_on > today(now):
        errors["recommended_on"] = [_("推荐日期不能晚于今天。")]
    if consent_on is not None and consent_on > recommended_on:
        errors["consent_on"] = [_("同意日期不能晚于推荐日期。")]
    if result.score < min_score and not (note or "").strip():
        errors["note"] = [_("匹配得分%(s)s低于推荐分数线%(m)s，按求职者意愿推荐的，请填写推荐说明。") % {
            "s": result.score, "m": min_score}]
    if Recommendation.objects.filter(job_seeker=job_seeker, vacancy=vacancy, status__in=OPEN_OUTCOMES).exists():
        errors["vacancy"] = [_("该求职者已被推荐到此岗位，尚未反馈结果。")]
    if errors:
        _refuse_fields(errors, clause="BJ-40-1" if direction == Direction.TO_EMPLOYER else "BJ-15-2")


def _refuse_fields(errors: dict, *, clause: str):
    """One refusal with every field's message; its code names the first rule broken."""
    if "consent_channel" in errors:
        raise DomainError(field_errors=errors, clause=clause, code=MatchingErrorCode.CONSENT_MISSING)
    if "vacancy" in errors:
        raise DomainError(field_errors=errors, clause=clause, code=MatchingErrorCode.ALREADY_RECOMMENDED)
    if "note" in errors:
        raise DomainError(field_errors=errors, clause=clause, code=MatchingErrorCode.NOTE_REQUIRED)
    raise DomainError(field_errors=errors, clause=clause, code=CommonErrorCode.INVALID)


@transaction.atomic
def recommendation_create(*, actor, job_seeker, vacancy, direction: str, consent_channel: str,
                          consent_on: dt.date | None = None, consent_note: str = "", note: str = "",
                          recommended_on: dt.date | None = None, now=None) -> Recommendation:
    """Score the pair with the instrument in force, record the person's consent, the result and the staff,
    schedule the follow-up on the outcome, and write both ledgers.

    Refused unless the person is job-ready (BJ-15-2) and in active matching (BJ-16-2), the vacancy is
    published, and the person's consent is recorded (BJ-15-2 “根据其意愿”; BJ-40-1 proposal)."""
    now = now or timezone.now()
    recommended_on = recommended_on or today(now)
    instrument = instrument_for(on=recommended_on)
    definition = definition_of(instrument=instrument)
    candidate = candidate_facts(job_seeker=job_seeker, on=recommended_on)
    offer = vacancy_facts(vacancy=vacancy, on=recommended_on)
    result = rules.match(candidate, offer, instrument=definition, on=recommended_on)
    _check(actor=actor, job_seeker=job_seeker, vacancy=vacancy, direction=direction, consent_channel=consent_channel,
           consent_on=consent_on, recommended_on=recommended_on, result=result, note=note,
           min_score=definition.min_score, now=now)
    unit = actor.unit
    clause, workdays, _key = follow_up_rule(direction=direction, job_seeker=job_seeker, employer=vacancy.employer,
                                            unit=unit, on=recommended_on)
    due = work_calendar().add_workdays(recommended_on, workdays)
    rec = Recommendation.objects.create(
        job_seeker=job_seeker, vacancy=vacancy, employer=vacancy.employer, direction=direction,
        recommended_on=recommended_on, unit=unit, staff=actor, note=(note or "").strip()[:300], instrument=instrument,
        score=result.score, explanation=result.explanation(), inputs=facts_snapshot(candidate=candidate, vacancy=offer),
        consent_channel=consent_channel, consent_on=consent_on or recommended_on,
        consent_note=(consent_note or "").strip()[:200])
    rec.follow_up_due = due  # kept in the duty only; set here for the caller's message
    origin = "BJ-40-1" if direction == Direction.TO_EMPLOYER else "BJ-15-2"
    audit(actor=actor, obj=rec, unit=unit, action="create", clause=origin, now=now,
                 after={"job_seeker": job_seeker.pk, "vacancy": vacancy.pk, "direction": direction,
                        "instrument": instrument.version, "score": result.score, "consent": consent_channel,
                        "follow_up_due": due})
    kind = EMPLOYER_OUTCOME if direction == Direction.TO_EMPLOYER else JOB_SEEKER_OUTCOME
    title = (vacancy.published_version or vacancy.latest_version).title
    duty_schedule(actor=actor, subject=rec, now=now, spec=DutySpec(
        kind=kind, title=_("了解匹配推荐结果：%(e)s“%(t)s”") % {"e": vacancy.employer.name, "t": title}, clause=clause,
        due_date=due, unit=unit, assignee=actor))
    summary = _("匹配推荐：%(e)s“%(t)s”（匹配得分%(s)s，工具版本%(v)s）") % {
        "e": vacancy.employer.name, "t": title, "s": result.score, "v": instrument.version}
    content = {"recommendation": rec.pk, "vacancy": vacancy.pk, "direction": direction, "score": result.score,
               "instrument": instrument.version, "consent": consent_channel}
    personal_ledger_add(actor=actor, job_seeker=job_seeker, unit=unit, service_type="recommendation",
                        occurred_on=recommended_on, summary=summary, content=content,
                        outcome=_("本人同意（%(c)s）") % {"c": rec.get_consent_channel_display()},
                        channel=CONSENT_TO_LEDGER_CHANNEL[consent_channel], clause=origin, now=now)
    employer_ledger_add(actor=actor, employer=vacancy.employer, unit=unit, section="guidance",
                        service_type="candidate_recommendation", occurred_on=recommended_on,
                        summary=_("推荐求职者（推荐编号R%(n)06d）：岗位“%(t)s”，匹配得分%(s)s") % {
                            "n": rec.pk, "t": title, "s": result.score},
                        content={k: v for k, v in content.items() if k != "consent"}, clause=origin, now=now)
    if job_seeker.status == JobSeekerStatus.REGISTERED:
        job_seeker_set_status(actor=actor, job_seeker=job_seeker, to=JobSeekerStatus.IN_SERVICE, clause="BJ-16-3",
                              reason=_("开始提供匹配推荐服务"), now=now)
    return rec
