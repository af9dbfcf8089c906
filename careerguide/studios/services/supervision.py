"""What the centre and the host unit owe a recognised studio over its life, as duties: the annual assessment
(HN-11-3), the end-of-term evaluation (HN-11-4) and each later two-year plan (HN-11-5); and the warning to
the host unit before a period ends with a target still unmet (HN-10-8)."""
from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _

from careerguide.common.services import policy_number, today
from careerguide.duties.selectors import open_duties_for_subject
from careerguide.duties.services import DutySpec, duty_fulfil, duty_schedule
from careerguide.notifications.services import notify
from careerguide.organisations.selectors import city_unit

from ..deadlines import annual_assessment_window, first_assessment_year, term_end, term_evaluation_opens
from ..duty_kinds import ANNUAL_ASSESSMENT_KIND, TERM_EVALUATION_KIND, WORK_PLAN_KIND
from ..links import studio_host_url
from ..models import Studio
from ..rules import operation as op
from ..rules.operation import T1, T2, T3
from ..states import Registration, Scheme

TARGET_LABELS = {T1: _("每季度区域性服务交流指导"), T2: _("每年“四进”主题活动"), T3: _("每年培养公共就业服务骨干")}


def _target_inputs(studio, on: dt.date):
    """The thresholds in force for the studio's district and its activities and trainees as rule inputs."""
    unit = studio.host_unit.district
    thresholds = {op.T1: policy_number("hn.min_regional_exchanges_per_quarter", unit=unit, on=on),
                  op.T2: policy_number("hn.min_theme_activities_per_year", unit=unit, on=on),
                  op.T3: policy_number("hn.min_backbone_trainees_per_year", unit=unit, on=on)}
    activities = [op.Activity(on=a.held_on, target=a.target, regional=a.regional, venue=a.venue)
                  for a in studio.activities.all()]
    trainees = [op.Trainee(person_key=t.id_index, completed_on=t.completed_on) for t in studio.trainees.all()]
    return thresholds, activities, trainees


def studio_target_report(*, studio, until: dt.date) -> list[dict]:
    """HN-10-4, HN-10-8: target, actual, met per measured period."""
    thresholds, activities, trainees = _target_inputs(studio, until)
    return op.target_report(recognised_on=studio.recognised_on, until=until, ended_on=studio.ended_on,
                            activities=activities, trainees=trainees, thresholds=thresholds)


def studio_target_warnings(*, studio, on: dt.date) -> list[dict]:
    """HN-10-8: unmet targets within the warning window before the period ends."""
    thresholds, activities, trainees = _target_inputs(studio, on)
    warnings = op.unmet_warnings(today=on, activities=activities, trainees=trainees, thresholds=thresholds,
                                 warning_days=policy_number("hn.target_warning_days", unit=studio.host_unit.district, on=on))
    return [w for w in warnings if w["period"][0] >= studio.recognised_on]  # HN-10-4: only measured periods


def _term_years(studio, on: dt.date) -> int:
    """HN-11-4: the evaluation term (2 years by default, aligned with the two-year plan)."""
    return policy_number("hn.evaluation_term_years", unit=studio.host_unit.district, on=on)


def annual_assessment_duty_schedule(*, actor, studio: Studio, year: int, event=None, now=None):
    """HN-11-3: the centre assesses every active studio once per calendar year (within that year)."""
    opens, due = annual_assessment_window(year)
    return duty_schedule(actor=actor, subject=studio, created_by_event=event, now=now, spec=DutySpec(
        kind=ANNUAL_ASSESSMENT_KIND, title=_("%(n)s %(y)s年度考核") % {"n": studio.name, "y": year}, clause="HN-11-3",
        due_date=due, earliest=opens, unit=city_unit()))


def term_evaluation_duty_schedule(*, actor, studio: Studio, term_index: int, event=None, now=None):
    """HN-11-4: the centre evaluates the studio at the end of every term of `hn.evaluation_term_years` years,
    counted from the recognition date; the evaluation is due on the term's last day."""
    due = term_last_day(studio=studio, term_index=term_index)
    return duty_schedule(actor=actor, subject=studio, created_by_event=event, now=now, spec=DutySpec(
        kind=TERM_EVALUATION_KIND, title=_("%(n)s第%(i)s个规划期期满评估") % {"n": studio.name, "i": term_index},
        clause="HN-11-4", due_date=due, earliest=term_evaluation_opens(due), unit=city_unit()))


def term_last_day(*, studio: Studio, term_index: int) -> dt.date:
    """HN-11-4: the last day of the studio's `term_index`-th term of `hn.evaluation_term_years` years."""
    return term_end(studio.recognised_on, term_index, _term_years(studio, studio.recognised_on))


def work_plan_duty_schedule(*, actor, studio: Studio, term_index: int, event=None, now=None):
    """HN-11-5: each later two-year plan is due before the current period ends (the first one within 30 days
    of recognition is scheduled at confirmation)."""
    due = term_last_day(studio=studio, term_index=term_index - 1)
    return duty_schedule(actor=actor, subject=studio, created_by_event=event, now=now, spec=DutySpec(
        kind=WORK_PLAN_KIND, title=_("提交%(n)s第%(i)s个两年工作规划") % {"n": studio.name, "i": term_index},
        clause="HN-11-5", due_date=due, unit=studio.host_unit.district))


def supervision_duties_open(*, actor, studio: Studio, event=None, now=None) -> None:
    """At confirmation: the first annual assessment and the first end-of-term evaluation."""
    annual_assessment_duty_schedule(actor=actor, studio=studio, year=first_assessment_year(studio.recognised_on),
                                    event=event, now=now)
    term_evaluation_duty_schedule(actor=actor, studio=studio, term_index=1, event=event, now=now)


def assessment_duty_fulfil(*, actor, studio: Studio, kind: str, period: int, on: dt.date, event=None, now=None) -> bool:
    """An assessment of `period` fulfils the open duty for that year (annual) or term (term_end) and opens the
    next one; an assessment of another period fulfils nothing."""
    duty_kind = ANNUAL_ASSESSMENT_KIND if kind == "annual" else TERM_EVALUATION_KIND
    for duty in open_duties_for_subject(subject=studio, kind=duty_kind):
        matches = duty.due_date.year == period if kind == "annual" else duty.due_date == term_last_day(
            studio=studio, term_index=period)
        if matches:
            duty_fulfil(actor=actor, duty=duty, on=max(on, duty.earliest or on), event=event, now=now)
            if kind == "annual":
                annual_assessment_duty_schedule(actor=actor, studio=studio, year=period + 1, event=event, now=now)
            else:
                term_evaluation_duty_schedule(actor=actor, studio=studio, term_index=period + 1, event=event, now=now)
            return True
    return False


def studio_target_warnings_send(*, now=None) -> int:
    """HN-10-8 (daily job): the host unit is warned `hn.target_warning_days` before a period ends while a
    target is still unmet; one message per studio, target and period to each of the host unit's accounts."""
    on = today(now)
    sent = 0
    studios = Studio.objects.filter(scheme=Scheme.HN_MASTER, registration=Registration.ACTIVE).select_related("host_unit")
    for studio in studios.prefetch_related("host_unit__accounts", "activities", "trainees"):
        for warning in studio_target_warnings(studio=studio, on=on):
            subject = _("%(n)s：%(t)s尚未完成（%(a)s/%(r)s），期间至%(e)s结束") % {
                "n": studio.name, "t": TARGET_LABELS[warning["target"]], "a": warning["actual"],
                "r": warning["required"], "e": warning["period"][1]}
            for account in studio.host_unit.accounts.all():
                sent += notify(recipient=account, subject=subject, link=studio_host_url(studio), now=now,
                               dedup_key=f"studio-target:{studio.pk}:{warning['target']}:{warning['period'][1]}:{account.pk}")
    return sent
