"""Outreach surveys of certified persons: the worklist, surveys and follow-ups on the registry's intervals, the
two stop rules with the report to the registration authority, and registration closing the outreach
(BJ-18-1 to BJ-21-11)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.accounts.roles import Role
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, policy_number, refuse, refuse_forbidden, require_in_jurisdiction, today
from careerguide.duties.selectors import open_duties_for_subject
from careerguide.duties.services import (
    DutySpec,
    duties_cancel_for_subject,
    duties_fulfil_for_subject,
    duty_schedule,
    transition,
)
from careerguide.job_seekers.selectors import current_episode
from careerguide.job_seekers.services.exits import job_seeker_services_stop
from careerguide.job_seekers.services.ledger import personal_entry_add
from careerguide.organisations.models import Unit
from careerguide.organisations.scoping import unit_in_jurisdiction

from .. import duty_kinds
from ..choices import OptionList, SurveyKind
from ..error_codes import AssistanceErrorCode
from ..models import Survey, SurveyTarget
from ..permissions import can_manage_outreach, can_survey
from ..rules import next_survey_schedule, survey_interval_breach, survey_stop_decision
from ..selectors.options import option_label
from ..selectors.outreach import (
    is_listed_in_current_episode,
    last_contact_of,
    open_target_of,
    survey_facts,
    target_category_of,
    target_street_of,
    unlisted_certified,
)
from ..states import OPEN_SURVEY_STATUSES, SURVEY_TRANSITIONS, SurveyStatus
from .archive import needs_archive_record
from .duty_specs import on_calendar, workdays_after


def _move(target, to, *, actor, clause, reason="", now=None):
    return transition(obj=target, to=to, actor=actor, table=SURVEY_TRANSITIONS, unit=target.unit, clause=clause,
                      reason=reason, milestone_field="status_changed_at", now=now)


def _list_one(*, actor, job_seeker, on: dt.date, now=None) -> SurveyTarget | None:
    if open_target_of(job_seeker=job_seeker) or is_listed_in_current_episode(job_seeker=job_seeker):
        return None
    episode = current_episode(job_seeker=job_seeker)
    target = SurveyTarget.objects.create(job_seeker=job_seeker, unit=target_street_of(job_seeker=job_seeker),
                                         category=target_category_of(job_seeker=job_seeker), listed_on=on,
                                         episode=episode.number if episode else 1)
    audit(actor=actor, obj=target, unit=target.unit, action="create", clause="BJ-18-2", now=now,
          after={"job_seeker": job_seeker.pk, "category": target.category, "episode": target.episode})
    return target


@transaction.atomic
def survey_targets_generate(*, actor, unit, now=None) -> int:
    """BJ-18-1, BJ-18-2: put every certified person of the street (or of every street below `unit`) who is not
    yet surveyed in this service episode on the worklist, with their category.  Returns how many were added."""
    if actor is not None:
        require_in_jurisdiction(actor=actor, unit=unit)
    on = today(now)
    return sum(1 for seeker in unlisted_certified(unit=unit).iterator(chunk_size=500)
               if _list_one(actor=actor, job_seeker=seeker, on=on, now=now) is not None)


@transaction.atomic
def survey_target_assign(*, actor, target: SurveyTarget, assignee, now=None) -> SurveyTarget:
    """BJ-18-2, BJ-60-2: the street assigns a target to its own staff or to a community labour-security assistant
    of one of its stations."""
    if not can_manage_outreach(actor) or actor.unit_id != target.unit_id:
        refuse_forbidden(clause="BJ-18-2", message=_("只有摸查对象所在的街道（乡镇）公共就业服务机构可以分派。"))
    if assignee is None or not assignee.unit.path.startswith(target.unit.path) or not can_survey(assignee):
        refuse(_("只能分派给本街道（乡镇）工作人员或其社区劳动保障协理员。"), code=CommonErrorCode.INVALID,
               clause="BJ-18-2", field="assignee")
    before = {"assigned_to": target.assigned_to_id}
    target.assigned_to = assignee
    target.save(update_fields=["assigned_to", "updated_at"])
    audit(actor=actor, obj=target, unit=target.unit, action="assign", clause="BJ-18-2", now=now, before=before,
          after={"assigned_to": assignee.pk})
    duties = open_duties_for_subject(subject=target, kind=duty_kinds.SURVEY_FOLLOW_UP)
    duties.update(assignee=assignee)
    return target


def _may_survey(actor, target) -> bool:
    return can_survey(actor) and (unit_in_jurisdiction(actor, target.unit) or target.assigned_to_id == actor.pk)


def _answers_clean(*, target, method, reached, willing, reasons, reason_note, errors) -> tuple[str, list]:
    """BJ-19-1, BJ-19-2: a method from the list; if reached, the willingness; if not willing, coded reasons."""
    method_label = option_label(list_code=OptionList.SURVEY_METHOD, unit=target.unit, code=method)
    if method_label is None:
        errors["method"] = [_("请选择摸查方式。")]
    if reached and willing is None:
        errors["willing"] = [_("联系到本人的，须记录其是否有就业意愿。")]
    reasons = list(reasons or []) if reached and willing is False else []
    unknown = [r for r in reasons if option_label(list_code=OptionList.UNWILLING_REASON, unit=target.unit, code=r) is None]
    if reached and willing is False and (not reasons or unknown):
        errors["reasons"] = [_("表示暂无就业意愿的，须选择具体原因。")]
    if "other" in reasons and not (reason_note or "").strip():
        errors["reason_note"] = [_("选择“其他原因”的，请说明具体原因。")]
    return method_label or "", reasons


def _schedule_plan(*, target, after_status, occurred_on, next_due, circumstance, errors) -> dt.date | None:
    """BJ-21-2, BJ-21-3, BJ-21-7: the next follow-up's due date (None when no follow-up follows)."""
    if after_status not in (SurveyStatus.WILLING_UNREGISTERED, SurveyStatus.UNWILLING):
        return None
    key = ("bj.follow_up_survey_workdays" if after_status == SurveyStatus.WILLING_UNREGISTERED
           else "bj.unwilling_follow_up_workdays")
    default_due = workdays_after(trigger=occurred_on, key=key, unit=target.unit, clause="BJ-21-2")
    if circumstance and option_label(list_code=OptionList.SPECIAL_CIRCUMSTANCE, unit=target.unit,
                                     code=circumstance) is None:
        errors["circumstance"] = [_("请选择有效的情况。")]
    decision, due = next_survey_schedule(
        default_due=default_due, last=occurred_on, requested=next_due, circumstance=bool(circumstance),
        max_days=policy_number("bj.survey_max_interval_days", unit=target.unit, on=occurred_on))
    if not decision.allowed:
        errors["next_due"] = list(decision.reasons)
    return due


def _after_status(target, reached: bool, willing) -> str:
    if not reached:
        return target.status
    return SurveyStatus.WILLING_UNREGISTERED if willing else SurveyStatus.UNWILLING


def _survey_checks(*, actor, target, occurred_on, now) -> dt.date | None:
    if not _may_survey(actor, target):
        refuse_forbidden(clause="BJ-21-11", message=_("只有摸查对象所在街道（乡镇）的工作人员或受分派的协理员可以记录摸查。"))
    if target.status not in OPEN_SURVEY_STATUSES:
        refuse(_("该摸查对象已%(s)s，不再摸查。") % {"s": target.get_status_display()},
               code=CommonErrorCode.INVALID_TRANSITION, clause="BJ-21-11")
    previous = target.surveys.order_by("-occurred_on").values_list("occurred_on", flat=True).first()
    if occurred_on > today(now) or (previous and occurred_on < previous):
        refuse(_("摸查日期不能晚于今天，也不能早于上一次摸查。"), code=CommonErrorCode.INVALID, field="occurred_on")
    return previous


@transaction.atomic
def survey_record(*, actor, target: SurveyTarget, occurred_on: dt.date, method: str, reached: bool,
                  willing: bool | None = None, reasons=(), reason_note: str = "", answers: dict | None = None,
                  circumstance: str = "", circumstance_note: str = "", next_due: dt.date | None = None,
                  now=None) -> Survey:
    """One survey or follow-up survey (BJ-19-1, BJ-19-2); the ledger and the needs archive on the survey day
    (BJ-20-1); the next follow-up on the registry's interval (BJ-21-2, BJ-21-3, BJ-21-7); then the stop rules
    (BJ-21-4, BJ-21-5).  Everything is refused at once and nothing is saved on a refusal."""
    previous = _survey_checks(actor=actor, target=target, occurred_on=occurred_on, now=now)
    errors: dict = {}
    method_label, reasons = _answers_clean(target=target, method=method, reached=reached, willing=willing,
                                           reasons=reasons, reason_note=reason_note, errors=errors)
    after = _after_status(target, reached, willing)
    due = _schedule_plan(target=target, after_status=after, occurred_on=occurred_on, next_due=next_due,
                         circumstance=circumstance, errors=errors)
    if circumstance and not (circumstance_note or "").strip():
        errors["circumstance_note"] = [_("请说明需调整跟踪摸查时间的具体情况。")]
    if errors:
        raise DomainError(field_errors=errors, clause="BJ-19-2", code=CommonErrorCode.INVALID)
    survey = _survey_create(actor=actor, target=target, occurred_on=occurred_on, method=method,
                            method_label=method_label, reached=reached, willing=willing if reached else None,
                            reasons=reasons, reason_note=reason_note, answers=answers, circumstance=circumstance,
                            circumstance_note=circumstance_note, due=due, previous=previous, now=now)
    if after != target.status:
        _move(target, after, actor=actor, clause="BJ-21-11", now=now)
    _survey_duties(actor=actor, target=target, survey=survey, due=due, now=now)
    stop_check(actor=actor, target=target, on=today(now), now=now)
    return survey


def _survey_create(*, actor, target, occurred_on, method, method_label, reached, willing, reasons, reason_note, answers,
                   circumstance, circumstance_note, due, previous, now) -> Survey:
    on = today(now)
    kind = SurveyKind.INITIAL if target.status == SurveyStatus.TARGET else SurveyKind.FOLLOW_UP
    max_days = policy_number("bj.survey_max_interval_days", unit=target.unit, on=occurred_on)
    lag = policy_number("bj.survey_ledger_creation_days", unit=target.unit, on=occurred_on)
    survey = Survey.objects.create(
        target=target, kind=kind, occurred_on=occurred_on, method=method, method_label=method_label, reached=reached,
        willing=willing, reasons=reasons, reason_note=(reason_note or "").strip(), answers=dict(answers or {}),
        circumstance=circumstance or "", circumstance_note=(circumstance_note or "").strip(), next_due=due,
        interval_days=(occurred_on - previous).days if previous else None,
        interval_breach=survey_interval_breach(previous=previous, occurred_on=occurred_on, max_days=max_days),
        recorded_late=(on - occurred_on).days > lag,
        unit=actor.unit if actor.unit.path.startswith(target.unit.path) else target.unit,
        staff=actor)
    audit(actor=actor, obj=survey, unit=target.unit, action="create", clause="BJ-19-1", now=now,
          after={"kind": kind, "reached": reached, "willing": willing, "interval_breach": survey.interval_breach})
    _survey_ledger(actor=actor, target=target, survey=survey, now=now)
    return survey


def _survey_ledger(*, actor, target, survey, now) -> None:
    """BJ-20-1: on the survey day, the person's ledger (if none exists) and needs archive, with the result."""
    seeker = target.job_seeker
    if seeker.ledger_opened_on is None:
        seeker.ledger_opened_on = survey.occurred_on
        seeker.save(update_fields=["ledger_opened_on", "updated_at"])
        personal_entry_add(actor=actor, job_seeker=seeker, unit=target.unit, section="basic_info",
                           service_type="ledger_opened", occurred_on=survey.occurred_on, summary=_("建立个人服务台账"),
                           clause="BJ-20-1", content={"contact": False}, now=now)
    verdict = (_("未联系到本人") if not survey.reached else _("有就业意愿") if survey.willing else _("暂无就业意愿"))
    channel = {"phone": "phone", "home_visit": "onsite_visit", "front_desk": "front_desk"}.get(survey.method, "other")
    personal_entry_add(actor=actor, job_seeker=seeker, unit=target.unit, channel=channel,
                       section="other" if survey.kind == SurveyKind.INITIAL else "follow_up",
                       service_type=f"survey_{survey.kind}", occurred_on=survey.occurred_on, clause="BJ-20-1",
                       summary=_("%(k)s（%(m)s）：%(v)s") % {"k": survey.get_kind_display(), "m": survey.method_label,
                                                          "v": verdict},
                       outcome=survey.reason_note, content={"survey": survey.pk, "reached": survey.reached}, now=now)
    if survey.kind == SurveyKind.INITIAL or survey.reached:
        needs_archive_record(actor=actor, job_seeker=seeker, unit=target.unit, on=survey.occurred_on,
                             source="survey" if survey.kind == SurveyKind.INITIAL else "follow_up_survey",
                             content={"category": target.category, "willing": survey.willing,
                                      "reasons": survey.reasons, "reason_note": survey.reason_note,
                                      "answers": survey.answers, "circumstance": survey.circumstance}, now=now)


def _survey_duties(*, actor, target, survey, due, now) -> None:
    """Any follow-up survey, reached or not, meets the follow-up duty (BJ-21-6: every attempt counts); the next one
    is owed from this survey's date (BJ-21-2)."""
    if survey.kind == SurveyKind.FOLLOW_UP:
        duties_fulfil_for_subject(actor=actor, subject=target, kind=duty_kinds.SURVEY_FOLLOW_UP, on=survey.occurred_on,
                                  now=now)
    duties_cancel_for_subject(actor=actor, subject=target, kind=duty_kinds.SURVEY_FOLLOW_UP,
                              reason=_("已另行安排跟踪摸查。"), now=now)
    if due is None:
        return
    clause = "BJ-21-2" if target.status == SurveyStatus.WILLING_UNREGISTERED else "BJ-21-7"
    duty_schedule(actor=actor, subject=target, now=now, spec=DutySpec(
        kind=duty_kinds.SURVEY_FOLLOW_UP, title=_("跟踪摸查：%(n)s") % {"n": target.job_seeker.full_name},
        clause=clause, due_date=due, unit=target.unit, assignee=target.assigned_to or actor))


def stop_decision(*, target: SurveyTarget, on: dt.date):
    """BJ-21-4, BJ-21-5, BJ-21-6 on `on`, with the jurisdiction's numbers."""
    unit = target.unit
    return survey_stop_decision(
        status=target.status, surveys=survey_facts(target=target), last_contact=last_contact_of(target=target, on=on),
        on=on, willing_min=policy_number("bj.willing_stop_min_follow_up_surveys", unit=unit, on=on),
        unwilling_min=policy_number("bj.unwilling_stop_min_follow_up_surveys", unit=unit, on=on),
        no_contact_months=policy_number("bj.no_contact_stop_months", unit=unit, on=on))


def stop_check(*, actor, target: SurveyTarget, on: dt.date, now=None) -> bool:
    """When both conditions of a stop rule hold, the report to the registration authority becomes a duty of the
    street/township, due promptly: on the first working day on or after the day the rule holds."""
    if target.status not in (SurveyStatus.WILLING_UNREGISTERED, SurveyStatus.UNWILLING):
        return False
    decision = stop_decision(target=target, on=on)
    if not decision.stop or open_duties_for_subject(subject=target, kind=duty_kinds.SURVEY_STOP_REPORT).exists():
        return False
    due = on_calendar(compute=lambda calendar: calendar.workday_on_or_after(max(decision.stop_from, on)),
                      clause=decision.clause)
    duty_schedule(actor=actor, subject=target, now=now, spec=DutySpec(
        kind=duty_kinds.SURVEY_STOP_REPORT, clause=decision.clause, due_date=due, unit=target.unit,
        title=_("向就失业登记管理部门反馈并停止服务：%(n)s") % {"n": target.job_seeker.full_name}))
    return True


@transaction.atomic
def outreach_daily(*, now=None) -> tuple[int, int]:
    """Daily: every street's worklist is brought up to date (BJ-18-2) and every open target whose stop rule now
    holds gets its report duty (BJ-21-4, BJ-21-5).  Returns (targets listed, report duties raised)."""
    on = today(now)
    listed = sum(survey_targets_generate(actor=None, unit=street, now=now)
                 for street in Unit.objects.filter(level="street"))
    raised = sum(stop_check(actor=None, target=t, on=on, now=now)
                 for t in SurveyTarget.objects.filter(status__in=[SurveyStatus.WILLING_UNREGISTERED,
                                                                  SurveyStatus.UNWILLING]).select_related("unit"))
    return listed, raised


def _report_checks(*, actor, target, reported_on, recipient, now):
    if not can_manage_outreach(actor) or actor.unit_id != target.unit_id or not actor.has_role(
            Role.CASE_WORKER, Role.COUNSELLOR, Role.UNIT_HEAD):
        refuse_forbidden(clause="BJ-21-11", message=_("只有摸查对象所在的街道（乡镇）公共就业服务机构可以确认停止服务并反馈。"))
    if reported_on > today(now):
        refuse(_("反馈日期不能晚于今天。"), code=CommonErrorCode.INVALID, field="reported_on")
    decision = stop_decision(target=target, on=reported_on)
    if not decision.stop:
        refuse(_("尚不符合停止服务的条件：%(r)s。") % {"r": "；".join(decision.reasons)},
               code=AssistanceErrorCode.STOP_NOT_DUE, clause=decision.clause)
    if not (recipient or "").strip():
        refuse(_("请填写接收反馈的就失业登记管理部门。"), code=CommonErrorCode.REQUIRED, field="recipient",
               clause=decision.clause)
    return decision


@transaction.atomic
def survey_stop_report(*, actor, target: SurveyTarget, recipient: str, content: str = "",
                       reported_on: dt.date | None = None, now=None) -> SurveyTarget:
    """BJ-21-4, BJ-21-5: the street reports to the registration authority and services stop; refused before the
    rule holds.  The outreach episode ends (open question 33); the history is kept."""
    reported_on = reported_on or today(now)
    decision = _report_checks(actor=actor, target=target, reported_on=reported_on, recipient=recipient, now=now)
    text = (content or "").strip() or "；".join(decision.reasons)
    target.stop_rule, target.reported_to, target.reported_on = decision.clause, recipient.strip(), reported_on
    target.report_content, target.reported_by, target.closed_on = text, actor, reported_on
    target.save(update_fields=["stop_rule", "reported_to", "reported_on", "report_content", "reported_by",
                               "closed_on", "updated_at"])
    seeker = target.job_seeker
    personal_entry_add(actor=actor, job_seeker=seeker, unit=target.unit, section="follow_up",
                       service_type="survey_stop_report", occurred_on=reported_on, clause=decision.clause, outcome=text,
                       summary=_("向%(r)s反馈摸查情况，不再提供相关公共就业服务") % {"r": target.reported_to},
                       content={"survey_target": target.pk, "contact": False}, now=now)
    needs_archive_record(actor=actor, job_seeker=seeker, unit=target.unit, on=reported_on, source="stop",
                         content={"stopped": decision.clause, "stopped_on": reported_on.isoformat()}, now=now)
    _move(target, SurveyStatus.STOPPED_REPORTED, actor=actor, clause=decision.clause, reason=text, now=now)
    duties_fulfil_for_subject(actor=actor, subject=target, kind=duty_kinds.SURVEY_STOP_REPORT, on=reported_on, now=now)
    duties_cancel_for_subject(actor=actor, subject=target, kind=duty_kinds.SURVEY_FOLLOW_UP,
                              reason=_("已停止服务。"), now=now)
    job_seeker_services_stop(actor=actor, job_seeker=seeker, reason=text, clause=decision.clause, now=now)
    return target


@transaction.atomic
def survey_target_registered(*, actor, job_seeker, on: dt.date, now=None) -> SurveyTarget | None:
    """BJ-21-1, BJ-21-11: a surveyed person who does job-seeking registration leaves the outreach; the registration
    itself collects the information into the ledger (BJ-11)."""
    target = open_target_of(job_seeker=job_seeker)
    if target is None:
        return None
    target.closed_on = on
    target.save(update_fields=["closed_on", "updated_at"])
    _move(target, SurveyStatus.REGISTERED, actor=actor, clause="BJ-21-1", now=now)
    for kind in (duty_kinds.SURVEY_FOLLOW_UP, duty_kinds.SURVEY_STOP_REPORT):
        duties_cancel_for_subject(actor=actor, subject=target, kind=kind, reason=_("已进行求职登记。"), now=now)
    needs_archive_record(actor=actor, job_seeker=job_seeker, unit=target.unit, on=on, source="registration",
                         content={"registered_on": on.isoformat()}, now=now)
    return target
