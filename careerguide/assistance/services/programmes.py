"""Training, internship and similar programmes: the referral, the initial, middle and final progress checkpoints
in their windows, and the readiness assessment after the end (BJ-26-7, BJ-27-2 to BJ-27-4, BJ-27-8)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, policy_number, refuse, today
from careerguide.duties.selectors import open_duties_for_subject
from careerguide.duties.services import DutySpec, duties_cancel_for_subject, duty_cancel, duty_fulfil, duty_schedule

from .. import duty_kinds
from ..choices import OptionList, ProgressSource
from ..deadlines import programme_checkpoints
from ..models import Programme, ProgrammeProgress
from ..selectors import responsible_case_worker
from ..selectors.options import option_label
from ..states import SERVICE_STATUSES, CaseStatus
from .case_ledger import case_ledger_add
from .duty_specs import on_calendar, workday_spec
from .followups import not_future


def _enrol_checks(*, case, kind, name, provider, starts_on, planned_end_on) -> str:
    errors = {}
    label = option_label(list_code=OptionList.PROGRAMME_KIND, unit=case.unit, code=kind)
    if label is None:
        errors["kind"] = [_("请选择项目类型。")]
    for field, value, text in (("name", name, _("项目名称")), ("provider", provider, _("培训机构或见习单位"))):
        if not (value or "").strip():
            errors[field] = [_("请填写%(f)s。") % {"f": text}]
    if starts_on is None or planned_end_on is None or planned_end_on < starts_on:
        errors["planned_end_on"] = [_("请填写开始日期和计划结束日期，结束日期不能早于开始日期。")]
    if case.status not in (*SERVICE_STATUSES, CaseStatus.WELFARE_PLACED):
        errors["__all__"] = [_("该援助个案当前不在专门服务中。")]
    if errors:
        raise DomainError(field_errors=errors, clause="BJ-27-2", code=CommonErrorCode.INVALID)
    return str(label)


@transaction.atomic
def programme_enrol(*, actor, case, kind: str, name: str, provider: str, starts_on: dt.date, planned_end_on: dt.date,
                    partner_department: str = "", now=None) -> Programme:
    """BJ-26-7: a skills or knowledge gap leads to a training, entrepreneurship training or internship referral;
    BJ-27-2: three progress checkpoints owed in their windows (open question 12, the registry's window width)."""
    label = _enrol_checks(case=case, kind=kind, name=name, provider=provider, starts_on=starts_on,
                          planned_end_on=planned_end_on)
    programme = Programme.objects.create(
        case=case, kind=kind, kind_label=label, name=name.strip(), provider=provider.strip(),
        partner_department=(partner_department or "").strip(), starts_on=starts_on, planned_end_on=planned_end_on,
        unit=case.unit, staff=actor)
    event = audit(actor=actor, obj=programme, unit=case.unit, action="create", clause="BJ-27-2", now=now,
                  after={"kind": kind, "starts_on": starts_on, "planned_end_on": planned_end_on})
    width = policy_number("bj.programme_checkpoint_window_workdays", unit=case.unit, on=starts_on)
    worker = responsible_case_worker(case=case, on=today(now))
    windows = on_calendar(compute=lambda calendar: programme_checkpoints(calendar, starts_on, planned_end_on, width),
                          clause="BJ-27-2")
    for window in windows:
        duty_schedule(actor=actor, subject=programme, created_by_event=event, now=now, spec=DutySpec(
            kind=duty_kinds.checkpoint_kind(window.checkpoint), clause="BJ-27-2", due_date=window.due,
            earliest=window.earliest, unit=case.unit, assignee=worker, remind_on=(window.earliest,),
            title=_("了解%(p)s%(c)s进展：%(n)s") % {"p": programme.name, "c": duty_kinds.CHECKPOINTS[window.checkpoint],
                                               "n": case.job_seeker.full_name}))
    case_ledger_add(actor=actor, case=case, section="guidance", service_type="assistance_training_referral",
                    occurred_on=min(starts_on, today(now)), clause="BJ-32-5", content={"programme": programme.pk},
                    summary=_("推荐参加%(k)s：%(p)s（%(v)s）") % {"k": label, "p": programme.name, "v": programme.provider},
                    now=now)
    return programme


def _meet_checkpoints(*, actor, programme, on: dt.date, late_reason: str, now) -> list[str]:
    """A reached contact meets each checkpoint whose window holds it, or, with a recorded reason, one whose window
    has passed ("一般", open question 12: a miss is a warning with its reason, recorded late)."""
    met = []
    for code in duty_kinds.CHECKPOINTS:
        for duty in open_duties_for_subject(subject=programme, kind=duty_kinds.checkpoint_kind(code)):
            if duty.earliest and on < duty.earliest:
                continue
            if duty.due_date is None or on <= duty.due_date or late_reason:
                duty_fulfil(actor=actor, duty=duty, on=on, now=now)
                met.append(code)
    return met


@transaction.atomic
def programme_progress_record(*, actor, programme: Programme, occurred_on: dt.date, source: str, source_name: str,
                              reached: bool, note: str, late_reason: str = "", now=None) -> ProgrammeProgress:
    """BJ-27-4: progress with its source (the team itself, the provider or a department); BJ-27-8: only a reached
    contact meets a checkpoint, an attempt is recorded and leaves it open."""
    not_future(on=occurred_on, now=now, field="occurred_on")
    errors = {}
    if source not in ProgressSource.values:
        errors["source"] = [_("请选择信息来源。")]
    if not (source_name or "").strip():
        errors["source_name"] = [_("请填写来源单位或人员。")]
    if not (note or "").strip():
        errors["note"] = [_("请填写进展情况。")]
    if occurred_on < programme.starts_on:
        errors["occurred_on"] = [_("了解日期不能早于项目开始日期。")]
    if errors:
        raise DomainError(field_errors=errors, clause="BJ-27-4", code=CommonErrorCode.INVALID)
    met = _meet_checkpoints(actor=actor, programme=programme, on=occurred_on, late_reason=(late_reason or "").strip(),
                            now=now) if reached else []
    row = ProgrammeProgress.objects.create(
        programme=programme, occurred_on=occurred_on, source=source, source_name=source_name.strip(), reached=reached,
        note=note.strip(), checkpoints=met, late_reason=(late_reason or "").strip(), unit=programme.unit, staff=actor)
    audit(actor=actor, obj=row, unit=programme.unit, action="create", clause="BJ-27-4", now=now,
          after={"source": source, "reached": reached, "checkpoints": met})
    case_ledger_add(actor=actor, case=programme.case, section="follow_up", service_type="assistance_programme_progress",
                    occurred_on=occurred_on, clause="BJ-32-5", outcome=row.note[:200],
                    content={"programme": programme.pk, "reached": reached}, contact=source == ProgressSource.TEAM,
                    summary=_("了解%(p)s进展（%(s)s：%(n)s）") % {"p": programme.name, "s": row.get_source_display(),
                                                          "n": row.source_name}, now=now)
    return row


@transaction.atomic
def programme_end_record(*, actor, programme: Programme, ended_on: dt.date, note: str = "", now=None) -> Programme:
    """BJ-27-3: after the programme the team assesses the readiness change, due a set number of working days after
    the end; checkpoints whose window had not opened by an early end are no longer owed."""
    not_future(on=ended_on, now=now, field="ended_on")
    if programme.ended_on is not None or ended_on < programme.starts_on:
        refuse(_("该项目已结束，或结束日期早于开始日期。"), code=CommonErrorCode.INVALID, field="ended_on",
               clause="BJ-27-3")
    programme.ended_on = ended_on
    programme.save(update_fields=["ended_on", "updated_at"])
    event = audit(actor=actor, obj=programme, unit=programme.unit, action="update", clause="BJ-27-3", now=now,
                  after={"ended_on": ended_on})
    for code in duty_kinds.CHECKPOINTS:
        for duty in open_duties_for_subject(subject=programme, kind=duty_kinds.checkpoint_kind(code)):
            if duty.earliest and duty.earliest > ended_on:
                duty_cancel(actor=actor, duty=duty, reason=_("项目已提前结束。"), now=now)
    case = programme.case
    duties_cancel_for_subject(actor=actor, subject=programme, kind=duty_kinds.PROGRAMME_READINESS,
                              reason=_("重新安排评估。"), now=now)
    duty_schedule(actor=actor, subject=programme, created_by_event=event, now=now, spec=workday_spec(
        kind=duty_kinds.PROGRAMME_READINESS, clause="BJ-27-3", key="bj.programme_readiness_assessment_workdays",
        trigger=ended_on, unit=case.unit, assignee=responsible_case_worker(case=case, on=ended_on),
        title=_("%(p)s结束后评估就业准备改善情况：%(n)s") % {"p": programme.name, "n": case.job_seeker.full_name}))
    case_ledger_add(actor=actor, case=case, section="follow_up", service_type="assistance_programme_end",
                    occurred_on=ended_on, clause="BJ-32-5", outcome=(note or "").strip(), contact=False,
                    summary=_("%(p)s结束") % {"p": programme.name}, content={"programme": programme.pk}, now=now)
    return programme
