"""Labour-resource and employment/unemployment monitoring surveys recorded by the community stations (BJ-60-2)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.accounts.roles import Role
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, now_or, refuse, refuse_forbidden, require_in_jurisdiction, today
from careerguide.organisations.levels import UnitLevel

from ..choices import CommunitySurveyKind
from ..error_codes import SupervisionErrorCode
from ..models import CommunitySurvey

COUNT_FIELDS = ("households", "working_age", "employed", "unemployed")


def may_record_community_survey(*, actor, unit) -> bool:
    """The station's own labour-security assistants, or the staff of the street (township) it belongs to."""
    if actor.unit_id == unit.pk:
        return actor.has_role(Role.COMMUNITY_ASSISTANT)
    return actor.unit_id == unit.parent_id


def _errors(*, kind: str, surveyed_on, grid: str, counts: dict, on: dt.date) -> dict:
    errors: dict[str, list] = {}
    if kind not in CommunitySurveyKind.values:
        errors["kind"] = [_("请选择调查类型。")]
    if surveyed_on is None or surveyed_on > on:
        errors["surveyed_on"] = [_("调查日期不能晚于今天。")]
    if not (grid or "").strip():
        errors["grid"] = [_("请填写调查的网格。")]
    for name, value in counts.items():
        if value is None or value < 0:
            errors[name] = [_("请填写0以上的整数。")]
    if not errors and counts["employed"] + counts["unemployed"] > counts["working_age"]:
        errors["employed"] = [_("就业人数与失业人数之和不能超过劳动年龄人口。")]
    return errors


@transaction.atomic
def community_survey_record(*, actor, unit, kind: str, surveyed_on: dt.date, grid: str, households: int,
                            working_age: int, employed: int, unemployed: int, note: str = "",
                            now=None) -> CommunitySurvey:
    """Record one grid's labour-resource or employment/unemployment monitoring survey (BJ-60-2)."""
    now = now_or(now)
    require_in_jurisdiction(actor=actor, unit=unit)
    if unit.level != UnitLevel.COMMUNITY:
        refuse(_("社区调查须记在社区（村）就业服务站名下。"), code=SupervisionErrorCode.NOT_COMMUNITY_STATION,
               clause="BJ-60-2", field="unit")
    if not may_record_community_survey(actor=actor, unit=unit):
        refuse_forbidden(message=_("只有本社区（村）的劳动保障协理员或所属街道（乡镇）的工作人员可以记录社区调查。"),
                         clause="BJ-60-2")
    counts = {"households": households, "working_age": working_age, "employed": employed, "unemployed": unemployed}
    errors = _errors(kind=kind, surveyed_on=surveyed_on, grid=grid, counts=counts, on=today(now))
    if errors:
        raise DomainError(field_errors=errors, code=CommonErrorCode.INVALID, clause="BJ-60-2")
    survey = CommunitySurvey.objects.create(unit=unit, kind=kind, surveyed_on=surveyed_on, grid=grid.strip(),
                                            note=(note or "").strip(), recorded_by=actor, **counts)
    audit(actor=actor, obj=survey, action="create", unit=unit, clause="BJ-60-2", now=now,
          after={"kind": kind, "surveyed_on": surveyed_on, "grid": survey.grid, **counts})
    return survey
