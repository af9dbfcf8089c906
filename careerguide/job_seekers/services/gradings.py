"""Difficulty grading (BJ-12-*), routing (BJ-13-1 to BJ-13-4) and policy advice (BJ-13-2)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.audit.services import audit_record
from careerguide.common.errors import DomainError
from careerguide.organisations.levels import UnitLevel
from careerguide.policy.selectors import policy_value

from ..grading import INSTRUMENTS, GradingInputs, explain, grade
from ..models import Grading, InstrumentPublication, JobSeeker, PolicyAdvice, Route, RoutingRecord
from ..rules import PROCEDURE_LABELS_ZH, route_job_seeker
from ..selectors import instrument_for
from ..states import REGISTERED_STATUSES, JobSeekerStatus
from .ledger import ensure_serviceable, job_seeker_set_status, personal_entry_add
from .registration import current_episode


@transaction.atomic
def instrument_publish(*, actor, version: str, effective_from: dt.date, now=None) -> InstrumentPublication:
    """Only the city publishes a version of the city-wide instrument (BJ-12-1, BJ-12-3)."""
    if getattr(getattr(actor, "unit", None), "level", None) != UnitLevel.CITY:
        raise DomainError(_("就业困难程度分级工具全市统一，只有市级公共就业服务机构可以发布版本。"), clause="BJ-12-3",
                          code="forbidden")
    if version not in INSTRUMENTS:
        raise DomainError(field_errors={"version": [_("未知的分级工具版本。")]}, clause="BJ-12-3")
    if effective_from < INSTRUMENTS[version].effective_from:
        raise DomainError(field_errors={"effective_from": [_("生效日期早于该版本的最早生效日期。")]}, clause="BJ-12-3")
    publication = InstrumentPublication.objects.create(version=version, effective_from=effective_from, published_by=actor)
    audit_record(actor=actor, obj=publication, unit=actor.unit, action="publish", clause="BJ-12-3", now=now,
                 after={"version": version, "effective_from": effective_from})
    return publication


def grading_inputs(job_seeker: JobSeeker, on: dt.date) -> GradingInputs:
    """The refined-service information the instrument reads (BJ-11-3); never sex, ethnicity or hukou."""
    if not job_seeker.education:
        raise DomainError(field_errors={"education": [_("请先在求职登记信息中填写学历，再进行就业困难程度评估。")]},
                          clause="BJ-12-3")
    return GradingInputs(assessed_on=on, birth_date=job_seeker.birth_date, education=job_seeker.education,
                         skill_level=job_seeker.skill_level, unemployed_since=job_seeker.unemployed_since,
                         health=job_seeker.health, zero_employment_household=job_seeker.zero_employment_household,
                         subsistence_allowance=job_seeker.subsistence_allowance,
                         care_responsibilities=job_seeker.care_responsibilities)


def level_summary(level: int, unit, on) -> str:
    key = level >= policy_value(key="bj.key_tier_min_level", unit=unit, on=on)
    return _("%(level)s级（%(tier)s）") % {"level": level, "tier": _("重点帮扶对象等级") if key else _("一般帮扶对象等级")}


@transaction.atomic
def job_seeker_grade(*, actor, job_seeker: JobSeeker, unit=None, graded_on: dt.date | None = None, now=None) -> Grading:
    """Grade with the instrument in force, store everything needed to explain it, then route (BJ-12-3, BJ-12-4)."""
    now = now or timezone.now()
    graded_on = graded_on or timezone.localdate(now)
    unit = unit or job_seeker.unit
    ensure_serviceable(job_seeker)
    if graded_on > timezone.localdate(now):
        raise DomainError(field_errors={"graded_on": [_("评估日期不能晚于今天。")]})
    instrument = instrument_for(graded_on)
    try:
        result = grade(grading_inputs(job_seeker, graded_on), instrument)
    except ValueError as exc:
        raise DomainError(_("求职登记信息不完整或有误，无法评估：%(error)s") % {"error": exc}, clause="BJ-12-3") from exc
    factor_points = [{"key": r.factor_key, "label": r.label_zh, "value": r.value_zh, "points": r.points}
                     for r in explain(result)]
    grading = Grading.objects.create(
        job_seeker=job_seeker, episode=current_episode(job_seeker), instrument_version=instrument.version,
        graded_on=graded_on, inputs=result.inputs.to_mapping(), factor_points=factor_points, total=result.total,
        computed_level=result.computed_level, level=result.level, grader=actor, unit=unit)
    _set_current_level(actor, job_seeker, now=now)
    audit_record(actor=actor, obj=grading, unit=unit, action="create", clause="BJ-12-3", now=now,
                 after={"job_seeker": job_seeker.pk, "version": instrument.version, "total": result.total,
                        "level": result.level})
    personal_entry_add(actor=actor, job_seeker=job_seeker, unit=unit, section="registration", service_type="grading",
                       occurred_on=graded_on, summary=_("就业困难程度评估：%(s)s，总分%(t)s") % {
                           "s": level_summary(result.level, unit, graded_on), "t": result.total},
                       content={"grading": grading.pk, "version": instrument.version}, clause="BJ-12-3", now=now)
    job_seeker_route(actor=actor, job_seeker=job_seeker, grading=grading, unit=unit, on=graded_on, now=now)
    return grading


def _set_current_level(actor, job_seeker, *, now) -> None:
    """BJ-12-4: the current level is the level of the most recent grading."""
    latest = job_seeker.gradings.order_by("-graded_on", "-pk").first()
    level = latest.level if latest else None
    if job_seeker.current_level != level:
        job_seeker.current_level = level
        job_seeker.save(update_fields=["current_level", "updated_at"])


@transaction.atomic
def grading_override(*, actor, grading: Grading, level: int, reason: str, now=None) -> Grading:
    """Staff set another level with a written reason; the computed level stays beside it (BJ-12-3)."""
    now = now or timezone.now()
    reason = (reason or "").strip()
    errors = {}
    if level not in (1, 2, 3, 4):
        errors["level"] = [_("就业困难等级只能是1、2、3、4级。")]
    elif level == grading.computed_level and not grading.overridden:
        errors["level"] = [_("调整后的等级与工具计算等级相同，无需调整。")]
    if not reason:
        errors["reason"] = [_("调整等级必须填写书面理由。")]
    if errors:
        raise DomainError(field_errors=errors, clause="BJ-12-3")
    ensure_serviceable(grading.job_seeker)
    before = {"level": grading.level, "override_reason": grading.override_reason}
    grading.level = level
    grading.override_reason = reason if level != grading.computed_level else ""
    grading.overridden_by, grading.overridden_at = actor, now
    grading.save()
    audit_record(actor=actor, obj=grading, unit=grading.unit, action="override", clause="BJ-12-3", reason=reason,
                 now=now, before=before, after={"level": level, "override_reason": grading.override_reason})
    seeker = grading.job_seeker
    _set_current_level(actor, seeker, now=now)
    today = timezone.localdate(now)
    personal_entry_add(actor=actor, job_seeker=seeker, unit=actor.unit if getattr(actor, "unit", None) else grading.unit,
                       section="registration", service_type="grading_override", occurred_on=today,
                       summary=_("调整就业困难等级：工具计算%(c)s级，调整为%(l)s级") % {"c": grading.computed_level, "l": level},
                       outcome=reason, content={"grading": grading.pk, "contact": False}, clause="BJ-12-3", now=now)
    job_seeker_route(actor=actor, job_seeker=seeker, grading=grading, unit=grading.unit, on=today, now=now)
    return grading


@transaction.atomic
def job_seeker_route(*, actor, job_seeker: JobSeeker, grading: Grading | None = None, unit=None, on=None,
                     now=None) -> RoutingRecord:
    """Apply Article 13 (BJ-13-1 to BJ-13-4) and record the decision; certified and registered → assistance."""
    now = now or timezone.now()
    on = on or timezone.localdate(now)
    unit = unit or job_seeker.unit
    if grading is None:
        grading = job_seeker.gradings.order_by("-graded_on", "-pk").first()
    decision = route_job_seeker(
        job_seeking_registered=job_seeker.status in REGISTERED_STATUSES,
        level=job_seeker.current_level, registration_type=job_seeker.registration_type or None,
        difficulty_certified=job_seeker.difficulty_certified, bj_rural_labour=job_seeker.bj_rural_labour,
        key_tier_min_level=policy_value(key="bj.key_tier_min_level", unit=unit, on=on))
    record = RoutingRecord.objects.create(
        job_seeker=job_seeker, grading=grading, decided_on=on, route=decision.route,
        advice_required=decision.policy_advice_required, missing_procedures=list(decision.missing_procedures),
        reasons=list(decision.reasons), clause=decision.clause, unit=unit, staff=actor)
    audit_record(actor=actor, obj=record, unit=unit, action="create", clause=decision.clause, now=now,
                 after={"job_seeker": job_seeker.pk, "route": decision.route,
                        "missing": list(decision.missing_procedures)})
    if decision.route == Route.ASSISTANCE and job_seeker.status != JobSeekerStatus.ROUTED_TO_ASSISTANCE:
        job_seeker_set_status(actor=actor, job_seeker=job_seeker, to=JobSeekerStatus.ROUTED_TO_ASSISTANCE,
                              clause="BJ-13-1", now=now)
        personal_entry_add(actor=actor, job_seeker=job_seeker, unit=unit, section="other", service_type="routing",
                           occurred_on=on, summary=_("转入就业援助服务"), outcome="；".join(decision.reasons),
                           content={"routing": record.pk, "contact": False}, clause="BJ-13-1", now=now)
    return record


@transaction.atomic
def policy_advice_record(*, actor, job_seeker: JobSeeker, missing_procedures, note: str = "", given_on=None,
                         unit=None, routing: RoutingRecord | None = None, now=None) -> PolicyAdvice:
    """Policy consultation and the advice to complete the missing procedures (BJ-13-2); services continue (BJ-13-3)."""
    now = now or timezone.now()
    given_on = given_on or timezone.localdate(now)
    unit = unit or job_seeker.unit
    ensure_serviceable(job_seeker)
    missing = [p for p in (missing_procedures or []) if p in PROCEDURE_LABELS_ZH]
    if not missing:
        raise DomainError(field_errors={"missing_procedures": [_("请选择建议办理的手续。")]}, clause="BJ-13-2")
    if given_on > timezone.localdate(now):
        raise DomainError(field_errors={"given_on": [_("咨询日期不能晚于今天。")]})
    routing = routing or job_seeker.routings.order_by("-decided_on", "-pk").first()
    advice = PolicyAdvice.objects.create(job_seeker=job_seeker, routing=routing, given_on=given_on,
                                         missing_procedures=missing, note=(note or "").strip(), unit=unit, staff=actor)
    audit_record(actor=actor, obj=advice, unit=unit, action="create", clause="BJ-13-2", now=now,
                 after={"job_seeker": job_seeker.pk, "missing": missing})
    labels = "、".join(PROCEDURE_LABELS_ZH[p] for p in missing)
    personal_entry_add(actor=actor, job_seeker=job_seeker, unit=unit, section="guidance", service_type="policy_advice",
                       occurred_on=given_on, summary=_("政策咨询：建议到有关部门办理%(p)s手续") % {"p": labels},
                       outcome=advice.note, content={"advice": advice.pk, "missing": missing}, clause="BJ-13-2", now=now)
    return advice
