"""Difficulty grading (BJ-12-*), routing (BJ-13-1 to BJ-13-4) and policy advice (BJ-13-2)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.assistance.services.cases import case_open_on_routing
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, now_or, policy_number, refuse, refuse_forbidden, today
from careerguide.organisations.levels import UnitLevel

from ..choices import Route, SupportTier
from ..error_codes import JobSeekerErrorCode
from ..grading import INSTRUMENTS, GradingInputs, explain, grade, tier_for_level
from ..models import Grading, InstrumentPublication, JobSeeker, PolicyAdvice, RoutingRecord
from ..rules import PROCEDURE_LABELS_ZH, route_job_seeker
from ..selectors import current_episode, instrument_for, latest_grading, latest_routing
from ..states import REGISTERED_STATUSES, JobSeekerStatus
from .ledger import ensure_serviceable, job_seeker_set_status, personal_entry_add


@transaction.atomic
def instrument_publish(*, actor, version: str, effective_from: dt.date, now=None) -> InstrumentPublication:
    """Only the city publishes a version of the city-wide instrument (BJ-12-1, BJ-12-3)."""
    if getattr(getattr(actor, "unit", None), "level", None) != UnitLevel.CITY:
        refuse_forbidden(clause="BJ-12-3",
                         message=_("就业困难程度分级工具全市统一，只有市级公共就业服务机构可以发布版本。"))
    if version not in INSTRUMENTS:
        refuse(_("未知的分级工具版本。"), code=CommonErrorCode.INVALID, clause="BJ-12-3", field="version")
    if effective_from < INSTRUMENTS[version].effective_from:
        refuse(_("生效日期早于该版本的最早生效日期。"), code=CommonErrorCode.TOO_EARLY, clause="BJ-12-3",
               field="effective_from")
    publication = InstrumentPublication.objects.create(version=version, effective_from=effective_from, published_by=actor)
    audit(actor=actor, obj=publication, unit=actor.unit, action="publish", clause="BJ-12-3", now=now,
          after={"version": version, "effective_from": effective_from})
    return publication


def grading_inputs(*, job_seeker: JobSeeker, on: dt.date) -> GradingInputs:
    """The refined-service information the instrument reads (BJ-11-3); never sex, ethnicity or hukou."""
    if not job_seeker.education:
        refuse(_("请先在求职登记信息中填写学历，再进行就业困难程度评估。"), code=CommonErrorCode.REQUIRED,
               clause="BJ-12-3", field="education")
    return GradingInputs(assessed_on=on, birth_date=job_seeker.birth_date, education=job_seeker.education,
                         skill_level=job_seeker.skill_level, unemployed_since=job_seeker.unemployed_since,
                         health=job_seeker.health, zero_employment_household=job_seeker.zero_employment_household,
                         subsistence_allowance=job_seeker.subsistence_allowance,
                         care_responsibilities=job_seeker.care_responsibilities)


def key_tier_min_level(*, unit, on: dt.date) -> int:
    """BJ-12-2: the jurisdiction's lowest level of the key-support tier on a date."""
    return policy_number("bj.key_tier_min_level", unit=unit, on=on)


def level_summary(*, level: int, unit, on) -> str:
    """"N级（tier）" with the tier of the jurisdiction on that date (BJ-12-2)."""
    tier = SupportTier(tier_for_level(level, key_tier_min_level(unit=unit, on=on)))
    return _("%(level)s级（%(tier)s）") % {"level": level, "tier": tier.label}


def _not_in_future(value: dt.date, *, field: str, message, now) -> None:
    if value > today(now):
        refuse(message, code=CommonErrorCode.INVALID, field=field)


@transaction.atomic
def job_seeker_grade(*, actor, job_seeker: JobSeeker, unit=None, graded_on: dt.date | None = None, now=None) -> Grading:
    """Grade with the instrument in force, store everything needed to explain it, then route (BJ-12-3, BJ-12-4)."""
    now = now_or(now)
    graded_on = graded_on or today(now)
    unit = unit or job_seeker.unit
    ensure_serviceable(job_seeker=job_seeker)
    _not_in_future(graded_on, field="graded_on", message=_("评估日期不能晚于今天。"), now=now)
    instrument = instrument_for(on=graded_on)
    try:
        result = grade(grading_inputs(job_seeker=job_seeker, on=graded_on), instrument,
                       key_tier_min_level(unit=job_seeker.unit, on=graded_on))
    except ValueError as exc:
        raise DomainError(_("求职登记信息不完整或有误，无法评估：%(error)s") % {"error": exc}, clause="BJ-12-3",
                          code=JobSeekerErrorCode.NOT_GRADABLE) from exc
    factor_points = [{"key": r.factor_key, "label": r.label_zh, "value": r.value_zh, "points": r.points}
                     for r in explain(result)]
    grading = Grading.objects.create(
        job_seeker=job_seeker, episode=current_episode(job_seeker=job_seeker), instrument_version=instrument.version,
        graded_on=graded_on, inputs=result.inputs.to_mapping(), factor_points=factor_points, total=result.total,
        computed_level=result.computed_level, level=result.level, tier=result.tier, grader=actor, unit=unit)
    _set_current_level(job_seeker)
    audit(actor=actor, obj=grading, unit=unit, action="create", clause="BJ-12-3", now=now,
          after={"job_seeker": job_seeker.pk, "version": instrument.version, "total": result.total,
                 "level": result.level, "tier": result.tier})
    personal_entry_add(actor=actor, job_seeker=job_seeker, unit=unit, section="registration", service_type="grading",
                       occurred_on=graded_on, summary=_("就业困难程度评估：%(s)s，总分%(t)s") % {
                           "s": level_summary(level=result.level, unit=job_seeker.unit, on=graded_on),
                           "t": result.total},
                       content={"grading": grading.pk, "version": instrument.version}, clause="BJ-12-3", now=now)
    job_seeker_route(actor=actor, job_seeker=job_seeker, grading=grading, unit=unit, on=graded_on, now=now)
    return grading


def _set_current_level(job_seeker) -> None:
    """BJ-12-4: the current level is the level of the most recent grading."""
    latest = latest_grading(job_seeker=job_seeker)
    level = latest.level if latest else None
    if job_seeker.current_level != level:
        job_seeker.current_level = level
        job_seeker.save(update_fields=["current_level", "updated_at"])


def _override_checks(*, grading: Grading, level: int, reason: str) -> None:
    errors = {}
    if level not in (1, 2, 3, 4):
        errors["level"] = [_("就业困难等级只能是1、2、3、4级。")]
    elif level == grading.computed_level and not grading.overridden:
        errors["level"] = [_("调整后的等级与工具计算等级相同，无需调整。")]
    if not reason:
        errors["reason"] = [_("调整等级必须填写书面理由。")]
    if errors:
        raise DomainError(field_errors=errors, clause="BJ-12-3", code=CommonErrorCode.INVALID)


@transaction.atomic
def grading_override(*, actor, grading: Grading, level: int, reason: str, now=None) -> Grading:
    """Staff set another level with a written reason; the computed level stays beside it (BJ-12-3) and
    the tier follows the new level with the threshold of the grading's date (BJ-12-2)."""
    now = now_or(now)
    reason = (reason or "").strip()
    _override_checks(grading=grading, level=level, reason=reason)
    seeker = grading.job_seeker
    ensure_serviceable(job_seeker=seeker)
    before = {"level": grading.level, "tier": grading.tier, "override_reason": grading.override_reason}
    grading.level = level
    grading.tier = tier_for_level(level, key_tier_min_level(unit=seeker.unit, on=grading.graded_on))
    grading.override_reason = reason if level != grading.computed_level else ""
    grading.overridden_by, grading.overridden_at = actor, now
    grading.save()
    audit(actor=actor, obj=grading, unit=grading.unit, action="override", clause="BJ-12-3", reason=reason,
          now=now, before=before, after={"level": level, "tier": grading.tier, "override_reason": grading.override_reason})
    _set_current_level(seeker)
    personal_entry_add(actor=actor, job_seeker=seeker, unit=actor.unit if getattr(actor, "unit", None) else grading.unit,
                       section="registration", service_type="grading_override", occurred_on=today(now),
                       summary=_("调整就业困难等级：工具计算%(c)s级，调整为%(l)s级") % {"c": grading.computed_level, "l": level},
                       outcome=reason, content={"grading": grading.pk, "contact": False}, clause="BJ-12-3", now=now)
    job_seeker_route(actor=actor, job_seeker=seeker, grading=grading, unit=grading.unit, on=today(now), now=now)
    return grading


@transaction.atomic
def job_seeker_route(*, actor, job_seeker: JobSeeker, grading: Grading | None = None, unit=None, on=None,
                     now=None) -> RoutingRecord:
    """Apply Article 13 (BJ-13-1 to BJ-13-4) and record the decision; certified and registered → assistance."""
    now = now_or(now)
    on = on or today(now)
    unit = unit or job_seeker.unit
    grading = grading or latest_grading(job_seeker=job_seeker)
    decision = route_job_seeker(
        job_seeking_registered=job_seeker.status in REGISTERED_STATUSES,
        level=job_seeker.current_level, registration_type=job_seeker.registration_type or None,
        difficulty_certified=job_seeker.difficulty_certified, bj_rural_labour=job_seeker.bj_rural_labour,
        key_tier_min_level=key_tier_min_level(unit=job_seeker.unit, on=on))
    record = RoutingRecord.objects.create(
        job_seeker=job_seeker, grading=grading, decided_on=on, route=decision.route,
        advice_required=decision.policy_advice_required, missing_procedures=list(decision.missing_procedures),
        reasons=list(decision.reasons), clause=decision.clause, unit=unit, staff=actor)
    audit(actor=actor, obj=record, unit=unit, action="create", clause=decision.clause, now=now,
          after={"job_seeker": job_seeker.pk, "route": decision.route, "missing": list(decision.missing_procedures)})
    if decision.route == Route.ASSISTANCE and job_seeker.status != JobSeekerStatus.ROUTED_TO_ASSISTANCE:
        job_seeker_set_status(actor=actor, job_seeker=job_seeker, to=JobSeekerStatus.ROUTED_TO_ASSISTANCE,
                              clause="BJ-13-1", now=now)
        personal_entry_add(actor=actor, job_seeker=job_seeker, unit=unit, section="other", service_type="routing",
                           occurred_on=on, summary=_("转入就业援助服务"), outcome="；".join(decision.reasons),
                           content={"routing": record.pk, "contact": False}, clause="BJ-13-1", now=now)
        case_open_on_routing(actor=actor, job_seeker=job_seeker, now=now)  # same transaction (BJ-13-1, BJ-23-1)
    return record


@transaction.atomic
def policy_advice_record(*, actor, job_seeker: JobSeeker, missing_procedures, note: str = "", given_on=None,
                         unit=None, routing: RoutingRecord | None = None, now=None) -> PolicyAdvice:
    """Policy consultation and the advice to complete the missing procedures (BJ-13-2); services continue (BJ-13-3)."""
    now = now_or(now)
    given_on = given_on or today(now)
    unit = unit or job_seeker.unit
    ensure_serviceable(job_seeker=job_seeker)
    missing = [p for p in (missing_procedures or []) if p in PROCEDURE_LABELS_ZH]
    if not missing:
        refuse(_("请选择建议办理的手续。"), code=CommonErrorCode.REQUIRED, clause="BJ-13-2", field="missing_procedures")
    _not_in_future(given_on, field="given_on", message=_("咨询日期不能晚于今天。"), now=now)
    routing = routing or latest_routing(job_seeker=job_seeker)
    advice = PolicyAdvice.objects.create(job_seeker=job_seeker, routing=routing, given_on=given_on,
                                         missing_procedures=missing, note=(note or "").strip(), unit=unit, staff=actor)
    audit(actor=actor, obj=advice, unit=unit, action="create", clause="BJ-13-2", now=now,
          after={"job_seeker": job_seeker.pk, "missing": missing})
    labels = "、".join(PROCEDURE_LABELS_ZH[p] for p in missing)
    personal_entry_add(actor=actor, job_seeker=job_seeker, unit=unit, section="guidance", service_type="policy_advice",
                       occurred_on=given_on, summary=_("政策咨询：建议到有关部门办理%(p)s手续") % {"p": labels},
                       outcome=advice.note, content={"advice": advice.pk, "missing": missing}, clause="BJ-13-2", now=now)
    return advice


def grading_summaries(*, grading: Grading) -> tuple[str, str]:
    """The level and the computed level as "N级（tier）": the stored tier for the level, the person's
    jurisdiction's threshold on the grading date for the computed level (BJ-12-2, BJ-12-3)."""
    summary = _("%(level)s级（%(tier)s）") % {"level": grading.level, "tier": SupportTier(grading.tier).label}
    return summary, level_summary(level=grading.computed_level, unit=grading.job_seeker.unit, on=grading.graded_on)
