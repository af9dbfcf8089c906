"""Public notice, objections and confirmation (HN-6-13 .. HN-6-18, HN-6-2, HN-8-1, HN-11-5)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import (
    audit,
    policy_number,
    refuse,
    refuse_calendar,
    refuse_forbidden,
    require_text,
    today,
)
from careerguide.duties.services import DutySpec, duty_schedule, transition
from careerguide.workdays.calendar import CalendarYearNotLoaded
from careerguide.workdays.selectors import work_calendar

from ..deadlines import notice_period_end, notice_running, objection_is_late, work_plan_due
from ..duty_kinds import WORK_PLAN_KIND
from ..error_codes import StudiosErrorCode
from ..models import Application, LevelRecord, NameRecord, Objection, OneTimeSubsidy, Studio, StudioMember
from ..permissions import is_city_hrss, is_studio_centre
from ..rules.base import RULESET
from ..rules.review import quota_allows
from ..selectors import open_objections
from ..states import APPLICATION_TRANSITIONS
from ..states import ApplicationStatus as S
from .applications import master_decision
from .supervision import supervision_duties_open


def _unit(app):
    return app.host_unit.district


@transaction.atomic
def notice_publish(*, actor, application: Application, published_on: dt.date, now=None) -> Application:
    """HN-6-13, HN-6-14, HN-6-15: proposed → in_public_notice for 5 working days, publication day not counted."""
    if not is_city_hrss(actor):
        refuse_forbidden(clause="HN-3-3")
    workdays = policy_number("hn.notice_period_workdays", unit=_unit(application), on=published_on)
    try:
        ends = notice_period_end(work_calendar(), published_on, workdays)
    except CalendarYearNotLoaded as exc:
        refuse_calendar(exc, clause="HN-6-15")
    application.notice_published_on, application.notice_ends_on = published_on, ends
    application.save(update_fields=["notice_published_on", "notice_ends_on", "updated_at"])
    transition(obj=application, to=S.IN_PUBLIC_NOTICE, actor=actor, table=APPLICATION_TRANSITIONS,
               unit=_unit(application),
               clause="HN-6-13", now=now)
    return application


@transaction.atomic
def objection_record(*, actor, application: Application, received_on: dt.date, channel: str, content: str,
                     objector: str = "", now=None) -> Objection:
    """HN-6-16: an objection during the period moves the candidate to objection_review; a late one
    is recorded as late and does not block."""
    if not (is_city_hrss(actor) or is_studio_centre(actor)):
        refuse_forbidden(clause="HN-6-16")
    if application.status not in (S.IN_PUBLIC_NOTICE, S.OBJECTION_REVIEW, S.CONFIRMED):
        refuse(_("该申报未进行公示。"), code=StudiosErrorCode.WRONG_STAGE, clause="HN-6-16")
    require_text(content, field="content", label=_("异议内容"), clause="HN-6-16")
    late = objection_is_late(application.notice_ends_on, received_on)
    row = Objection.objects.create(application=application, received_on=received_on, channel=channel, content=content,
                                   objector=objector, finding="late" if late else "open")
    audit(actor=actor, obj=row, action="create", unit=_unit(application), clause="HN-6-16", now=now,
          after={"received_on": received_on, "late": late})
    if not late and application.status == S.IN_PUBLIC_NOTICE:
        transition(obj=application, to=S.OBJECTION_REVIEW, actor=actor, table=APPLICATION_TRANSITIONS,
                   unit=_unit(application), clause="HN-6-16", now=now)
    return row


@transaction.atomic
def objection_decide(*, actor, objection: Objection, substantiated: bool, reason: str, now=None) -> Objection:
    """HN-6-16: unfounded → back to in_public_notice (when no other objection is open); substantiated → rejected."""
    if not is_city_hrss(actor):
        refuse_forbidden(clause="HN-3-3")
    require_text(reason, field="reason", label=_("核查说明"), clause="HN-6-16")
    if objection.finding != "open":
        refuse(_("该异议已核查。"), code=StudiosErrorCode.WRONG_STAGE, clause="HN-6-16")
    objection.finding = "substantiated" if substantiated else "unfounded"
    objection.finding_reason = reason.strip()
    objection.save(update_fields=["finding", "finding_reason", "updated_at"])
    app = objection.application
    audit(actor=actor, obj=objection, action="decide", unit=_unit(app), clause="HN-6-16",
          after={"finding": objection.finding}, reason=reason,
          now=now)
    if substantiated:
        app.decision_reason = reason.strip()
        app.save(update_fields=["decision_reason", "updated_at"])
        transition(obj=app, to=S.REJECTED_AFTER_NOTICE, actor=actor, table=APPLICATION_TRANSITIONS, unit=_unit(app),
                   clause="HN-6-16", reason=reason, milestone_field="decided_at", now=now)
    elif not open_objections(application=app).exists():
        transition(obj=app, to=S.IN_PUBLIC_NOTICE, actor=actor, table=APPLICATION_TRANSITIONS, unit=_unit(app),
                   clause="HN-6-16", now=now)
    return objection


def _next_registration_number(year: int) -> str:
    prefix = f"HNDS{year}"
    count = Studio.objects.filter(registration_number__startswith=prefix).count()
    return f"{prefix}{count + 1:03d}"


@transaction.atomic
def confirmation_record(*, actor, applications, document_number: str, document_date: dt.date, now=None) -> list[Studio]:
    """HN-6-17, HN-6-18, HN-6-2, HN-8-1: city_hrss confirms by document; each studio listed must have finished its
    notice period with no open objection; the round quota holds; confirmation creates the studio (active), its
    one-time subsidy and the duty to submit the two-year plan."""
    if not is_city_hrss(actor):
        refuse_forbidden(clause="HN-3-3")
    require_text(document_number, field="document_number", label=_("文号"), clause="HN-6-17")
    applications = list(applications)
    if not applications:
        refuse(_("请选择要确认的工作室。"), code=CommonErrorCode.REQUIRED, clause="HN-6-17")
    for app in applications:
        if app.status != S.IN_PUBLIC_NOTICE:
            refuse(_("%(n)s不在公示中，不能确认。") % {"n": app.studio_name}, code=StudiosErrorCode.WRONG_STAGE, clause="HN-6-17")
        if notice_running(app.notice_ends_on, document_date) or notice_running(app.notice_ends_on, today(now)):
            refuse(_("%(n)s的公示期至%(d)s 24时结束，期满后方可发文确认。") % {"n": app.studio_name, "d": app.notice_ends_on},
                   code=CommonErrorCode.TOO_EARLY, clause="HN-6-14")
        if open_objections(application=app).exists():
            refuse(_("%(n)s有尚未核查的异议。") % {"n": app.studio_name},
                   code=StudiosErrorCode.OBJECTIONS_OPEN, clause="HN-6-17")
    for rnd in {a.round for a in applications}:
        confirmed = Application.objects.filter(round=rnd, status=S.CONFIRMED).count()
        adding = sum(1 for a in applications if a.round_id == rnd.pk)
        if not quota_allows(confirmed, adding, rnd.quota):
            refuse(_("确认后将超过本批次名额（%(q)s个）。") % {"q": rnd.quota}, code=StudiosErrorCode.QUOTA_FULL, clause="HN-6-2")
    return [_confirm_one(actor, app, document_number.strip(), document_date, now) for app in applications]


def _confirm_one(actor, app, document_number, document_date, now) -> Studio:
    unit = _unit(app)
    transition(obj=app, to=S.CONFIRMED, actor=actor, table=APPLICATION_TRANSITIONS, unit=unit, clause="HN-6-17",
               milestone_field="decided_at", now=now)
    studio = Studio.objects.create(
        registration_number=_next_registration_number(document_date.year), application=app, host_unit=app.host_unit,
        name=app.studio_name, recognised_on=document_date, confirmation_number=document_number, ruleset=RULESET)
    min_years = policy_number("hn.lead_master_min_years", unit=unit, on=document_date)
    for m in app.members.all():
        StudioMember.objects.create(studio=studio, name=m.name, id_number=m.id_number, id_index=m.id_index, post=m.post,
                                    role=m.role, is_named=m.is_named, qualifications=m.qualifications,
                                    started_on=m.started_on or document_date,
                                    qualified=m.role == "lead" and _lead_ok(m, document_date, min_years))
    LevelRecord.objects.create(studio=studio, level="city", since=document_date, document=document_number)
    NameRecord.objects.create(studio=studio, name=studio.name, since=document_date)
    amount = Decimal(policy_number("hn.one_time_subsidy_yuan", unit=unit, on=document_date))
    OneTimeSubsidy.objects.create(studio=studio, amount=amount, granted_on=document_date, ruleset=RULESET)
    event = audit(actor=actor, obj=studio, action="create", unit=unit, clause="HN-6-18", now=now,
                  after={"name": studio.name, "registration_number": studio.registration_number,
                         "document": document_number, "subsidy": amount, "ruleset": RULESET})
    supervision_duties_open(actor=actor, studio=studio, event=event, now=now)
    due = work_plan_due(document_date, policy_number("hn.work_plan_due_days", unit=unit, on=document_date))
    duty_schedule(actor=actor, subject=studio, now=now, spec=DutySpec(
        kind=WORK_PLAN_KIND, title=_("提交%(n)s两年工作规划") % {"n": studio.name}, clause="HN-11-5", due_date=due,
        unit=unit))
    return studio


def _lead_ok(member, on, min_years) -> bool:
    return master_decision(member=member, reference=on, min_years=min_years).ok
