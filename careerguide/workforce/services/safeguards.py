"""The opinion's safeguards: the responsibility ledger of the key tasks with their due dates as duties (SD-S-1), the
register of work plans and rules (SD-S-4), the "four in place" checklist (SD-S-6) and the periodic results summary
by the four goal systems (SD-S-3, SD-G-12)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, policy_number, refuse, require_in_jurisdiction, require_text, today
from careerguide.duties.services import DutySpec, duties_fulfil_for_subject, duties_reassign_for_subject, duty_schedule

from ..choices import TaskStatus, WorkDocumentKind
from ..duty_kinds import KEY_TASK_KIND
from ..models import FourInPlaceCheck, KeyTaskAssignment, ResultsSummary, WorkDocument
from ..rules.guidance_model import KEY_TASKS, summary_period
from ..selectors.sd import summary_sections


@transaction.atomic
def key_task_assign(*, actor, unit, task: int, responsible_unit, responsible_person, due_date: dt.date,
                    note: str = "", now=None) -> KeyTaskAssignment:
    """SD-S-1: a key task (1–21) given a responsible unit and person and a due date, owed by that person as a duty;
    giving it to someone else moves the open duty."""
    require_in_jurisdiction(actor=actor, unit=unit)
    require_in_jurisdiction(actor=actor, unit=responsible_unit)
    if task not in KEY_TASKS:
        refuse(_("重点任务编号为1至21。"), code=CommonErrorCode.INVALID, clause="SD-S-1", field="task")
    if responsible_person.unit_id is None or not responsible_unit.contains(responsible_person.unit):
        refuse(_("责任人须为责任单位的工作人员。"), code=CommonErrorCode.INVALID, clause="SD-S-1", field="responsible_person")
    row, created = KeyTaskAssignment.objects.get_or_create(unit=unit, task=task, defaults={
        "responsible_unit": responsible_unit, "responsible_person": responsible_person, "due_date": due_date,
        "note": (note or "").strip()})
    event = audit(actor=actor, obj=row, unit=unit, action="create" if created else "reassign", clause="SD-S-1", now=now,
                  after={"task": task, "person": responsible_person.pk, "due_date": due_date})
    if created:
        duty_schedule(actor=actor, subject=row, created_by_event=event, now=now, spec=DutySpec(
            kind=KEY_TASK_KIND, title=_("重点任务%(t)s：%(u)s") % {"t": task, "u": unit.name}, clause="SD-S-1",
            due_date=due_date, unit=responsible_unit, assignee=responsible_person))
    else:
        row.responsible_unit, row.responsible_person = responsible_unit, responsible_person
        row.save(update_fields=["responsible_unit", "responsible_person", "updated_at"])
        duties_reassign_for_subject(actor=actor, subject=row, assignee=responsible_person, kinds=(KEY_TASK_KIND,),
                                    clause="SD-S-1", now=now)
    return row


@transaction.atomic
def key_task_progress(*, actor, assignment: KeyTaskAssignment, status: str, note: str = "",
                      now=None) -> KeyTaskAssignment:
    """SD-S-1: the task's progress; when done, the duty is fulfilled (on time or late, never stored as overdue)."""
    require_in_jurisdiction(actor=actor, unit=assignment.responsible_unit)
    if status not in TaskStatus.values:
        refuse(_("请选择进展。"), code=CommonErrorCode.INVALID, clause="SD-S-1", field="status")
    on = today(now)
    assignment.status, assignment.note = status, (note or assignment.note).strip()
    assignment.done_on = on if status == TaskStatus.DONE else None
    assignment.save(update_fields=["status", "note", "done_on", "updated_at"])
    event = audit(actor=actor, obj=assignment, unit=assignment.unit, action="update", clause="SD-S-1", now=now,
                  after={"status": status})
    if status == TaskStatus.DONE:
        duties_fulfil_for_subject(actor=actor, subject=assignment, kind=KEY_TASK_KIND, on=on, event=event, now=now)
    return assignment


@transaction.atomic
def work_document_add(*, actor, unit, kind: str, title: str, effective_from: dt.date, content: str,
                      now=None) -> WorkDocument:
    """SD-S-4: a new version of a work plan, service standard, procedure or rules; earlier versions are kept."""
    require_in_jurisdiction(actor=actor, unit=unit)
    if kind not in WorkDocumentKind.values:
        refuse(_("请选择类别。"), code=CommonErrorCode.INVALID, clause="SD-S-4", field="kind")
    title = require_text(title, field="title", label=_("名称"), clause="SD-S-4")
    latest = WorkDocument.objects.filter(unit=unit, kind=kind, title=title).order_by("-version").first()
    if latest is not None and effective_from <= latest.effective_from:
        refuse(_("新版本的施行日期须晚于上一版本（%(d)s）。") % {"d": latest.effective_from}, code=CommonErrorCode.INVALID,
               clause="SD-S-4", field="effective_from")
    row = WorkDocument.objects.create(unit=unit, kind=kind, title=title, effective_from=effective_from,
                                      version=(latest.version + 1) if latest else 1,
                                      content=require_text(content, field="content", label=_("内容"), clause="SD-S-4"))
    audit(actor=actor, obj=row, unit=unit, action="create", clause="SD-S-4", now=now,
          after={"kind": kind, "title": title, "version": row.version, "effective_from": effective_from})
    return row


@transaction.atomic
def four_in_place_record(*, actor, unit, year: int, now=None, **items) -> FourInPlaceCheck:
    """SD-S-6: institution, personnel, premises and funding, each in place or not; "in place" needs its evidence."""
    require_in_jurisdiction(actor=actor, unit=unit)
    errors = {f"{item}_evidence": [_("到位的项目须写明佐证。")] for item in ("institution", "personnel", "premises", "funding")
              if items.get(item) and not (items.get(f"{item}_evidence") or "").strip()}
    if errors:
        raise DomainError(field_errors=errors, code=CommonErrorCode.REQUIRED, clause="SD-S-6")
    fields = {k: items.get(k) or ("" if k.endswith("_evidence") else False) for k in (
        "institution", "institution_evidence", "personnel", "personnel_evidence", "premises", "premises_evidence",
        "funding", "funding_evidence")}
    row, _created = FourInPlaceCheck.objects.update_or_create(unit=unit, year=year, defaults=fields)
    audit(actor=actor, obj=row, unit=unit, action="update", clause="SD-S-6", now=now,
          after={k: v for k, v in fields.items() if not k.endswith("_evidence")})
    return row


@transaction.atomic
def results_summary_generate(*, actor, unit, on: dt.date, now=None) -> ResultsSummary:
    """SD-S-3: the summary of the period of `sd.results_summary_interval_months` (12 by default; periods counted
    from the start of the target period, SD-G-8) containing `on`, once the period has ended, generated from the system's figures under the four goal systems
    (SD-G-12)."""
    require_in_jurisdiction(actor=actor, unit=unit)
    day = today(now)
    months = policy_number("sd.results_summary_interval_months", unit=unit, on=day)
    anchor = dt.date.fromisoformat(policy_number("sd.target_period_start", unit=unit, on=day))
    start, end = summary_period(on, months=months, anchor=anchor)
    if end >= day:
        refuse(_("总结期间至%(d)s结束，期满后生成。") % {"d": end}, code=CommonErrorCode.TOO_EARLY, clause="SD-S-3")
    if ResultsSummary.objects.filter(unit=unit, period_start=start).exists():
        refuse(_("该期间已生成总结。"), code=CommonErrorCode.DUPLICATE, clause="SD-S-3")
    row = ResultsSummary.objects.create(unit=unit, period_start=start, period_end=end, generated_by=actor,
                                        sections=summary_sections(actor=actor, unit=unit, start=start, end=end))
    audit(actor=actor, obj=row, unit=unit, action="create", clause="SD-S-3", now=now,
          after={"period_start": start, "period_end": end})
    return row
