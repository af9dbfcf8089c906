"""Satisfaction surveys after a service (BJ-57-1): sent online or by SMS link, or asked by phone; each result is
stored against the service, its agency and its staff member, and a dissatisfied answer owes a rectification
follow-up of the agency (proposed)."""
from __future__ import annotations

import secrets

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import (
    audit,
    now_or,
    policy_number,
    refuse,
    refuse_calendar,
    refuse_forbidden,
    require_in_jurisdiction,
    require_text,
    today,
)
from careerguide.duties.services import DutySpec, duties_fulfil_for_subject, duty_schedule
from careerguide.notifications.services import notify
from careerguide.workdays.calendar import CalendarYearNotLoaded
from careerguide.workdays.selectors import work_calendar

from ..choices import SurveyForm, SurveyScore
from ..duty_kinds import DISSATISFACTION_KIND
from ..error_codes import SupervisionErrorCode
from ..links import survey_answer_link
from ..models import SatisfactionSurvey
from ..rules import is_dissatisfied
from ..selectors import survey_respondent


def _create(*, actor, entry, form: str, respondent, now) -> SatisfactionSurvey:
    require_in_jurisdiction(actor=actor, unit=entry.unit)
    if hasattr(entry, "satisfaction_survey"):
        refuse(_("该服务已发起过满意度调查。"), code=CommonErrorCode.DUPLICATE, clause="BJ-57-1")
    survey = SatisfactionSurvey.objects.create(
        ledger_entry=entry, unit=entry.unit, staff=entry.staff, subject_type=entry.subject_type,
        subject_id=entry.subject_id, form=form, token=secrets.token_urlsafe(16)[:22], respondent_user=respondent,
        sent_at=now, sent_by=actor)
    audit(actor=actor, obj=survey, unit=entry.unit, action="create", clause="BJ-57-1", now=now,
          after={"entry": entry.pk, "form": form, "staff": entry.staff_id})
    return survey


@transaction.atomic
def survey_send(*, actor, entry, form: str, now=None) -> SatisfactionSurvey:
    """Ask the person served to rate a service: online (to their platform account) or by an SMS link (BJ-57-1)."""
    now = now_or(now)
    if form not in (SurveyForm.ONLINE, SurveyForm.SMS):
        refuse(_("请选择网上评价或短信链接；电话回访请直接记录结果。"), code=CommonErrorCode.INVALID, clause="BJ-57-1",
               field="form")
    respondent = survey_respondent(entry=entry) if form == SurveyForm.ONLINE else None
    if form == SurveyForm.ONLINE and respondent is None:
        refuse(_("服务对象未开通互联网服务账户，请改用短信链接或电话回访。"), code=SupervisionErrorCode.NO_PORTAL_ACCOUNT,
               clause="BJ-57-1", field="form")
    survey = _create(actor=actor, entry=entry, form=form, respondent=respondent, now=now)
    if respondent is not None:
        notify(recipient=respondent, subject=_("请对%(u)s的服务进行评价") % {"u": entry.unit.name},
               body=entry.summary, link=survey_answer_link(survey), dedup_key=f"survey-{survey.pk}", now=now)
    return survey


def _check_score(score) -> int:
    if score not in SurveyScore.values:
        raise DomainError(field_errors={"score": [_("请选择满意度。")]}, code=CommonErrorCode.REQUIRED, clause="BJ-57-1")
    return score


def _record_answer(*, actor, survey, score: int, comment: str, now) -> SatisfactionSurvey:
    survey.score, survey.comment, survey.responded_at = score, (comment or "").strip(), now
    survey.save(update_fields=["score", "comment", "responded_at", "recorded_by", "updated_at"])
    event = audit(actor=actor, obj=survey, unit=survey.unit, action="answer", clause="BJ-57-1", now=now,
                  after={"score": score})
    if is_dissatisfied(score):
        days = policy_number("bj.dissatisfaction_follow_up_workdays", unit=survey.unit, on=today(now))
        try:
            due = work_calendar().add_workdays(today(now), days)
        except CalendarYearNotLoaded as exc:
            refuse_calendar(exc, clause="BJ-57-1")
        duty_schedule(actor=actor, subject=survey, created_by_event=event, now=now, spec=DutySpec(
            kind=DISSATISFACTION_KIND, title=_("处理服务对象的不满意评价：%(s)s") % {"s": survey.ledger_entry.summary[:60]},
            clause="BJ-57-1", due_date=due, unit=survey.unit))
    return survey


@transaction.atomic
def survey_answer(*, survey: SatisfactionSurvey, score: int, comment: str = "", actor=None,
                  now=None) -> SatisfactionSurvey:
    """The person answers once, online (signed in to the account it was sent to) or from the SMS link."""
    now = now_or(now)
    survey = SatisfactionSurvey.objects.select_for_update().select_related("unit", "ledger_entry").get(pk=survey.pk)
    if survey.form == SurveyForm.ONLINE and (actor is None or actor.pk != survey.respondent_user_id):
        refuse_forbidden(message=_("请登录收到评价邀请的账户后评价。"), clause="BJ-57-1")
    if survey.form == SurveyForm.PHONE:
        refuse_forbidden(clause="BJ-57-1")
    if survey.responded_at is not None:
        refuse(_("您已评价过该次服务，谢谢。"), code=SupervisionErrorCode.ALREADY_ANSWERED, clause="BJ-57-1")
    return _record_answer(actor=actor if getattr(actor, "pk", None) else None, survey=survey,
                          score=_check_score(score), comment=comment, now=now)


@transaction.atomic
def survey_phone_record(*, actor, entry, score: int, comment: str = "", now=None) -> SatisfactionSurvey:
    """A phone survey: the staff member who called records the person's answer (BJ-57-1)."""
    now = now_or(now)
    score = _check_score(score)
    survey = _create(actor=actor, entry=entry, form=SurveyForm.PHONE, respondent=None, now=now)
    survey.recorded_by = actor
    return _record_answer(actor=actor, survey=survey, score=score, comment=comment, now=now)


@transaction.atomic
def survey_follow_up(*, actor, survey: SatisfactionSurvey, note: str, now=None) -> SatisfactionSurvey:
    """The agency records how it dealt with a dissatisfied answer, meeting the follow-up duty (BJ-57-1)."""
    now = now_or(now)
    survey = SatisfactionSurvey.objects.select_for_update().select_related("unit").get(pk=survey.pk)
    require_in_jurisdiction(actor=actor, unit=survey.unit)
    if survey.score is None or not is_dissatisfied(survey.score):
        refuse(_("只有不满意的评价需要整改处理。"), code=SupervisionErrorCode.NOT_DISSATISFIED, clause="BJ-57-1")
    survey.follow_up_note = require_text(note, field="note", label=_("整改处理情况"), clause="BJ-57-1")
    survey.followed_up_at = now
    survey.save(update_fields=["follow_up_note", "followed_up_at", "updated_at"])
    event = audit(actor=actor, obj=survey, unit=survey.unit, action="follow_up", clause="BJ-57-1", now=now,
                  after={"note": survey.follow_up_note[:100]})
    duties_fulfil_for_subject(actor=actor, subject=survey, kind=DISSATISFACTION_KIND, on=today(now), event=event, now=now)
    return survey
