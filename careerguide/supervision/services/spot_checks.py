"""Monthly spot checks of the direct lower level (BJ-56-1, BJ-56-2, BJ-56-4, BJ-56-6)."""
from __future__ import annotations

import datetime as dt
import secrets

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import NotFound
from careerguide.common.services import audit, policy_number, refuse, today
from careerguide.duties.services import DutySpec, duty_schedule
from careerguide.workdays.selectors import work_calendar

from ..choices import RecordType
from ..deadlines import monthly_notice_due
from ..duty_kinds import MONTHLY_NOTICE_KIND
from ..models import SpotCheck
from ..rules import SAMPLE_SIZE_KEY, draw_sample
from ..selectors import spot_check_population_ids


def _sample_size(*, record_type: str, sample_size: int | None, unit, on: dt.date) -> int:
    """The size asked for, else the checking agency's setting for the record type (BJ-56-6); at least one record."""
    size = sample_size if sample_size is not None else policy_number(SAMPLE_SIZE_KEY.format(record_type), unit=unit, on=on)
    if size < 1:
        refuse(_("抽样数量至少为1。"), code=CommonErrorCode.INVALID, clause="BJ-56-6")
    return size


@transaction.atomic
def spot_check_create(*, actor, unit, record_type: str, month: dt.date, sample_size: int | None = None,
                      seed: int | None = None, now=None) -> SpotCheck:
    """Draw a recorded random sample of `unit`'s records and schedule the monthly notice duty."""
    if unit.parent_id != actor.unit_id:
        raise NotFound()  # BJ-56-1: checks cover the direct lower level only
    if record_type not in RecordType.values:
        refuse(_("检查内容不正确。"), code=CommonErrorCode.INVALID, clause="BJ-56-2")
    month = month.replace(day=1)
    if month > today(now):
        refuse(_("不能抽查尚未开始的月份。"), code=CommonErrorCode.TOO_EARLY, clause="BJ-56-4")
    size = _sample_size(record_type=record_type, sample_size=sample_size, unit=actor.unit, on=month)
    seed = seed if seed is not None else secrets.randbelow(2**62)
    population = spot_check_population_ids(unit=unit, record_type=record_type)
    sample = draw_sample(population, size, seed)
    check = SpotCheck.objects.create(upper_unit=actor.unit, unit=unit, record_type=record_type, month=month,
                                     sample_size=size, seed=seed, population=len(population), sample=sample, created_by=actor)
    event = audit(actor=actor, obj=check, action="create", unit=unit, clause="BJ-56-6",
                  after={"record_type": record_type, "month": month, "seed": seed, "sample": sample}, now=now)
    workdays = policy_number("bj.monthly_spot_check_notice_workdays", unit=actor.unit, on=month)
    due = monthly_notice_due(month, work_calendar(), workdays)
    duty_schedule(actor=actor, subject=check, created_by_event=event, now=now, spec=DutySpec(
        kind=MONTHLY_NOTICE_KIND, title=_("发布%(m)s月度抽查通报：%(u)s") % {"m": f"{month:%Y-%m}", "u": unit.name},
        clause="BJ-56-4", due_date=due, unit=actor.unit, assignee=actor))
    return check
