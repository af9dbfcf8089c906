"""Exploration and exchange (SD-15-1, SD-15-4, SD-16-1): special surveys with their report, pilots of new
technologies and methods and their evaluation, and exchange activities hosted or attended."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, require_in_jurisdiction, today

from ..choices import ExchangeKind, ExchangeRole, ExchangeScope, PilotResult, SurveyMethod
from ..models import ExchangeActivity, MethodPilot, SpecialSurvey


def _check(clause: str, *, texts: dict, choices: dict, starts_on=None, ends_on=None) -> dict:
    """Every missing text, unknown choice and reversed period at once; nothing is saved when any is found."""
    errors = {f: [_("请填写%(f)s。") % {"f": label}] for f, (value, label) in texts.items() if not (value or "").strip()}
    errors |= {f: [_("请选择%(f)s。") % {"f": label}] for f, (value, allowed, label) in choices.items()
               if value not in allowed}
    if starts_on and ends_on and ends_on < starts_on:
        errors["ends_on"] = [_("结束日期不能早于开始日期。")]
    if errors:
        raise DomainError(field_errors=errors, code=CommonErrorCode.INVALID, clause=clause)
    return {f: value.strip() for f, (value, _label) in texts.items()}


@transaction.atomic
def special_survey_record(*, actor, unit, topic: str, organiser: str, starts_on: dt.date, method: str, sample: str,
                          ends_on: dt.date | None = None, sample_size: int | None = None, report_file=None,
                          findings: str = "", now=None) -> SpecialSurvey:
    """SD-15-1: a special survey with its topic, organiser, period, method, sample and report file."""
    require_in_jurisdiction(actor=actor, unit=unit)
    clean = _check("SD-15-1", texts={"topic": (topic, _("调研主题")), "organiser": (organiser, _("组织单位")),
                                     "sample": (sample, _("调研样本"))},
                   choices={"method": (method, SurveyMethod.values, _("调研方法"))}, starts_on=starts_on, ends_on=ends_on)
    survey = SpecialSurvey.objects.create(unit=unit, starts_on=starts_on, ends_on=ends_on, method=method,
                                          sample_size=sample_size, findings=(findings or "").strip(), **clean)
    if report_file:
        survey.report_file.save(report_file.name, report_file, save=True)
    audit(actor=actor, obj=survey, unit=unit, action="create", clause="SD-15-1", now=now,
          after={"topic": survey.topic, "method": method, "report": bool(report_file)})
    return survey


@transaction.atomic
def survey_report_attach(*, actor, survey: SpecialSurvey, report_file, findings: str = "", now=None) -> SpecialSurvey:
    """SD-15-1: the survey's report file, when it is finished after the survey was recorded."""
    require_in_jurisdiction(actor=actor, unit=survey.unit)
    if not report_file:
        raise DomainError(field_errors={"report_file": [_("请上传调研报告。")]}, code=CommonErrorCode.REQUIRED,
                          clause="SD-15-1")
    survey.report_file.save(report_file.name, report_file, save=False)
    survey.findings = (findings or survey.findings).strip()
    survey.save(update_fields=["report_file", "findings", "updated_at"])
    audit(actor=actor, obj=survey, unit=survey.unit, action="update", clause="SD-15-1", now=now,
          after={"report": survey.report_file.name})
    return survey


@transaction.atomic
def method_pilot_record(*, actor, unit, title: str, description: str, organisation: str, starts_on: dt.date,
                        ends_on: dt.date | None = None, now=None) -> MethodPilot:
    """SD-15-4: a pilot of a new technology or method with its description, organisation and period; its
    evaluation result is recorded when it is evaluated."""
    require_in_jurisdiction(actor=actor, unit=unit)
    clean = _check("SD-15-4", texts={"title": (title, _("试点名称")), "description": (description, _("新技术新方法说明")),
                                     "organisation": (organisation, _("实施单位"))},
                   choices={}, starts_on=starts_on, ends_on=ends_on)
    pilot = MethodPilot.objects.create(unit=unit, starts_on=starts_on, ends_on=ends_on, **clean)
    audit(actor=actor, obj=pilot, unit=unit, action="create", clause="SD-15-4", now=now, after={"title": pilot.title})
    return pilot


@transaction.atomic
def method_pilot_evaluate(*, actor, pilot: MethodPilot, result: str, evaluation: str, evaluated_on=None,
                          now=None) -> MethodPilot:
    """SD-15-4: the pilot's evaluation result with the reasons."""
    require_in_jurisdiction(actor=actor, unit=pilot.unit)
    allowed = [v for v in PilotResult.values if v != PilotResult.PENDING]
    clean = _check("SD-15-4", texts={"evaluation": (evaluation, _("评估意见"))},
                   choices={"result": (result, allowed, _("评估结果"))})
    before = {"result": pilot.result}
    pilot.result, pilot.evaluation, pilot.evaluated_on = result, clean["evaluation"], evaluated_on or today(now)
    pilot.save(update_fields=["result", "evaluation", "evaluated_on", "updated_at"])
    audit(actor=actor, obj=pilot, unit=pilot.unit, action="update", clause="SD-15-4", now=now, before=before,
          after={"result": result, "evaluated_on": pilot.evaluated_on})
    return pilot


@transaction.atomic
def exchange_record(*, actor, unit, title: str, kind: str, role: str, scope: str, held_on: dt.date, participants: str,
                    participant_count: int | None = None, outputs: str = "", now=None) -> ExchangeActivity:
    """SD-16-1: an exchange activity (academic exchange, symposium or special survey) the organisation hosted or
    attended, domestic or international, with its date, participants and outputs."""
    require_in_jurisdiction(actor=actor, unit=unit)
    clean = _check("SD-16-1", texts={"title": (title, _("活动名称")), "participants": (participants, _("参加人员"))},
                   choices={"kind": (kind, ExchangeKind.values, _("形式")),
                            "role": (role, ExchangeRole.values, _("举办或参加")),
                            "scope": (scope, ExchangeScope.values, _("范围"))})
    activity = ExchangeActivity.objects.create(unit=unit, kind=kind, role=role, scope=scope, held_on=held_on,
                                               participant_count=participant_count, outputs=(outputs or "").strip(),
                                               **clean)
    audit(actor=actor, obj=activity, unit=unit, action="create", clause="SD-16-1", now=now,
          after={"title": activity.title, "kind": kind, "role": role, "scope": scope})
    return activity
