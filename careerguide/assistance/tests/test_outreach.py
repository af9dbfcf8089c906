"""Outreach surveys with the database: worklist, surveys, the ledger and needs archive, follow-up duties, the stop
report, registration and re-entry (BJ-18 to BJ-21)."""
import datetime as dt

import pytest

from careerguide.accounts.roles import Role
from careerguide.accounts.tests.factories import make_user
from careerguide.assistance import duty_kinds
from careerguide.assistance.models import NeedsArchiveVersion, Survey, SurveyTarget
from careerguide.assistance.selectors.outreach import survey_statistics, survey_target_get, survey_worklist
from careerguide.assistance.services.options import option_add
from careerguide.assistance.services.outreach import (
    outreach_daily,
    survey_record,
    survey_stop_report,
    survey_target_assign,
    survey_targets_generate,
)
from careerguide.common.errors import DomainError, NotFound
from careerguide.duties.models import Duty
from careerguide.job_seekers.services.no_contact import no_contact_decision
from careerguide.job_seekers.tests.factories import register_job_seeker
from careerguide.ledgers.models import LedgerEntry

from .helpers import at, certified_target

pytestmark = pytest.mark.django_db
MON = dt.date(2026, 3, 2)


def _survey(staff, target, day, **kw):
    args = {"method": "phone", "reached": True, "willing": True, **kw}
    return survey_record(actor=kw.pop("actor", staff.s12_caseworker), target=target, occurred_on=day,
                         now=at(day, 15), **{k: v for k, v in args.items() if k != "actor"})


def test_the_worklist_lists_each_certified_person_of_the_street_once_with_the_category(city, staff):
    """BJ-18-1 (category stored: urban registered unemployed, rural transfer registrant, other), BJ-18-2 (per
    street, only persons not yet surveyed, none twice)."""
    urban = certified_target(staff, city, 601, MON)
    rural = certified_target(staff, city, 602, MON, registration_type="rural_transfer")
    other = certified_target(staff, city, 603, MON, registration_type="")
    assert (urban.category, rural.category, other.category) == ("1", "2", "3")
    assert survey_targets_generate(actor=staff.s12_caseworker, unit=city.s12, now=at(MON, 12)) == 0
    elsewhere = certified_target(staff, city, 604, MON, unit=city.s11)
    assert elsewhere.unit == city.s11
    rows = survey_worklist(actor=staff.s12_caseworker)
    assert {r.target.pk for r in rows} == {urban.pk, rural.pk, other.pk}
    with pytest.raises(NotFound):
        survey_target_get(actor=staff.s12_caseworker, pk=elsewhere.pk)


def test_a_community_assistant_sees_and_surveys_only_what_the_street_assigned(city, staff):
    """BJ-18-2 (assignable to community labour-security assistants), BJ-21-11 (they record surveys; only the
    street confirms a stop)."""
    target = certified_target(staff, city, 605, MON, unit=city.s11)
    assistant = staff.k111_assistant
    assert survey_worklist(actor=assistant, mine=True) == []
    survey_target_assign(actor=staff.s11_counsellor, target=target, assignee=assistant, now=at(MON, 11))
    assert [r.target for r in survey_worklist(actor=assistant, mine=True)] == [target]
    survey = survey_record(actor=assistant, target=target, occurred_on=MON, method="home_visit", reached=True,
                           willing=True, now=at(MON, 15))
    assert survey.unit == city.k111
    other = make_user("s12-head-x", city.s12, [Role.UNIT_HEAD])
    with pytest.raises(DomainError) as exc:
        survey_target_assign(actor=other, target=target, assignee=assistant, now=at(MON, 16))
    assert exc.value.code == "forbidden"


def test_the_method_comes_from_the_list_an_agency_may_extend(city, staff):
    """BJ-19-1: telephone, front desk, home visit, other, plus an agency's own method; anything else is refused and
    nothing is saved."""
    target = certified_target(staff, city, 606, MON)
    with pytest.raises(DomainError) as exc:
        _survey(staff, target, MON, method="carrier_pigeon")
    assert "method" in exc.value.field_errors and not Survey.objects.exists()
    option_add(actor=staff.d1_head, list_code="survey_method", code="wechat", label="微信视频")
    survey = _survey(staff, target, MON, method="wechat")
    assert (survey.method, survey.method_label, survey.reached) == ("wechat", "微信视频", True)


def test_an_unwilling_answer_needs_its_coded_reasons_and_extra_questions_are_kept(city, staff):
    """BJ-19-2: willingness yes/no; reasons mandatory when no (coded plus text); other items stored."""
    target = certified_target(staff, city, 607, MON)
    with pytest.raises(DomainError) as exc:
        _survey(staff, target, MON, willing=False)
    assert "reasons" in exc.value.field_errors and not Survey.objects.exists()
    with pytest.raises(DomainError) as exc:
        _survey(staff, target, MON, willing=None)
    assert "willing" in exc.value.field_errors
    survey = _survey(staff, target, MON, willing=False, reasons=["family_care", "other"], reason_note="照顾老人",
                     answers={"household": "夫妻均未就业"})
    target.refresh_from_db()
    assert (survey.reasons, survey.answers, target.status) == (["family_care", "other"], {"household": "夫妻均未就业"},
                                                               "unwilling")


def test_the_survey_day_opens_the_ledger_entry_and_a_needs_archive_version(city, staff):
    """BJ-20-1: on the survey day the ledger and the employment needs archive with the result; keyed later it is
    kept and flagged.  BJ-20-3: each reached follow-up is a new archive version with date and author."""
    target = certified_target(staff, city, 608, MON)
    _survey(staff, target, MON)
    assert LedgerEntry.objects.filter(service_type="survey_initial", occurred_on=MON).exists()
    first = NeedsArchiveVersion.objects.get()
    assert (first.number, first.recorded_on, first.author, first.content["willing"]) == (1, MON, staff.s12_caseworker,
                                                                                         True)
    late = _survey(staff, target, MON + dt.timedelta(days=3), actor=staff.s12_caseworker)
    assert late.recorded_late is False  # keyed on its own day
    day = MON + dt.timedelta(days=7)
    keyed_later = survey_record(actor=staff.s12_caseworker, target=target, occurred_on=day, method="phone",
                                reached=True, willing=False, reasons=["health"], now=at(day + dt.timedelta(days=1)))
    assert keyed_later.recorded_late is True
    assert list(NeedsArchiveVersion.objects.values_list("number", flat=True)) == [1, 2, 3]


def test_the_next_follow_up_is_owed_ten_working_days_after_each_survey(city, staff):
    """BJ-21-2: a willing, unregistered person; the clock starts at the previous survey (first the initial
    survey, then each follow-up).  BJ-21-7: the same cadence for an unwilling person."""
    target = certified_target(staff, city, 609, MON)
    _survey(staff, target, MON)
    duty = Duty.objects.get(kind=duty_kinds.SURVEY_FOLLOW_UP, status="open")
    assert (duty.due_date, duty.clause) == (dt.date(2026, 3, 16), "BJ-21-2")
    follow_day = dt.date(2026, 3, 13)
    _survey(staff, target, follow_day, reached=False)
    duty.refresh_from_db()
    nxt = Duty.objects.get(kind=duty_kinds.SURVEY_FOLLOW_UP, status="open")
    assert (duty.status, nxt.due_date) == ("done", dt.date(2026, 3, 27))
    _survey(staff, target, dt.date(2026, 3, 20), willing=False, reasons=["health"])
    unwilling = Duty.objects.get(kind=duty_kinds.SURVEY_FOLLOW_UP, status="open")
    assert (unwilling.due_date, unwilling.clause) == (dt.date(2026, 4, 3), "BJ-21-7")


def test_a_circumstance_may_move_the_next_survey_but_not_beyond_thirty_days(city, staff):
    """BJ-21-3: childbirth allows a later follow-up with the reason recorded; more than 30 calendar days after the
    last survey is refused; a survey actually held later is accepted and flagged."""
    target = certified_target(staff, city, 610, MON)
    with pytest.raises(DomainError) as exc:
        _survey(staff, target, MON, next_due=dt.date(2026, 4, 2), circumstance="childbirth", circumstance_note="产假")
    assert "next_due" in exc.value.field_errors and not Survey.objects.exists()
    with pytest.raises(DomainError):
        _survey(staff, target, MON, next_due=dt.date(2026, 3, 25))  # later than 03-16 without a circumstance
    _survey(staff, target, MON, next_due=dt.date(2026, 4, 1), circumstance="childbirth", circumstance_note="产假")
    assert Duty.objects.get(kind=duty_kinds.SURVEY_FOLLOW_UP, status="open").due_date == dt.date(2026, 4, 1)
    on_time = _survey(staff, target, dt.date(2026, 4, 1))
    assert on_time.interval_breach is False
    late = _survey(staff, target, dt.date(2026, 5, 2))
    assert (late.interval_days, late.interval_breach) == (31, True)


def test_registration_closes_the_outreach_and_keeps_its_history(city, staff):
    """BJ-21-1: a surveyed person who registers has their registration information collected into the ledger
    (BJ-11) and leaves the outreach; BJ-21-11: target → surveyed → registered; the follow-up duty is cancelled."""
    target = certified_target(staff, city, 611, MON)
    _survey(staff, target, MON)
    register_job_seeker(staff.s12_caseworker, city.s12, full_name=target.job_seeker.full_name,
                        id_number=target.job_seeker.id_number, collected_on=dt.date(2026, 3, 5),
                        now=at(dt.date(2026, 3, 5)), append_to_existing=True)
    target.refresh_from_db()
    assert (target.status, target.closed_on) == ("registered", dt.date(2026, 3, 5))
    assert not Duty.objects.filter(kind=duty_kinds.SURVEY_FOLLOW_UP, status="open").exists()
    assert LedgerEntry.objects.filter(service_type="registration", subject_id=str(target.job_seeker_id)).exists()
    assert target.surveys.count() == 1


def _unwilling_three_times(staff, target):
    no = {"willing": False, "reasons": ["health"]}
    _survey(staff, target, MON, **no)
    for day in (dt.date(2026, 3, 9), dt.date(2026, 3, 16)):
        _survey(staff, target, day, **no)
    return dt.date(2026, 3, 23)


def test_the_unwilling_stop_is_reported_by_the_street_and_stops_services(city, staff):
    """BJ-21-5: the third reached refusal raises the report duty that day; the street reports to the registration
    authority and services stop; a community assistant may not confirm it (BJ-21-11)."""
    target = certified_target(staff, city, 612, MON)
    third = _unwilling_three_times(staff, target)
    assert not Duty.objects.filter(kind=duty_kinds.SURVEY_STOP_REPORT).exists()
    _survey(staff, target, third, willing=False, reasons=["health"])
    report = Duty.objects.get(kind=duty_kinds.SURVEY_STOP_REPORT)
    assert (report.due_date, report.clause) == (third, "BJ-21-5")
    with pytest.raises(DomainError) as exc:
        survey_stop_report(actor=staff.k111_assistant, target=target, recipient="甲区就失业登记管理部门",
                           now=at(third, 16))
    assert exc.value.code == "forbidden"
    survey_stop_report(actor=staff.s12_caseworker, target=target, recipient="甲区就失业登记管理部门", now=at(third, 16))
    target.refresh_from_db()
    target.job_seeker.refresh_from_db()
    report.refresh_from_db()
    assert (target.status, target.stop_rule, report.status) == ("stopped_reported", "BJ-21-5", "done")
    assert target.job_seeker.status == "services_stopped"
    assert not Duty.objects.filter(kind=duty_kinds.SURVEY_FOLLOW_UP, status="open").exists()


def test_a_stop_is_refused_before_the_rule_holds(city, staff):
    """BJ-21-5: two refusals after the initial survey are not three; nothing is saved."""
    target = certified_target(staff, city, 613, MON)
    _survey(staff, target, MON, willing=False, reasons=["health"])
    _survey(staff, target, dt.date(2026, 3, 9), willing=False, reasons=["health"])
    with pytest.raises(DomainError) as exc:
        survey_stop_report(actor=staff.s12_caseworker, target=target, recipient="甲区就失业登记管理部门",
                           now=at(dt.date(2026, 3, 9), 16))
    target.refresh_from_db()
    assert exc.value.code == "stop_not_due" and target.status == "unwilling"


def test_after_a_stop_a_new_registration_opens_a_new_episode_and_keeps_the_history(city, staff):
    """BJ-21-11, open question 33: the stop ends the episode; a new job-seeking registration opens the next one and
    the stopped outreach stays on record."""
    target = certified_target(staff, city, 614, MON)
    third = _unwilling_three_times(staff, target)
    _survey(staff, target, third, willing=False, reasons=["health"])
    survey_stop_report(actor=staff.s12_caseworker, target=target, recipient="甲区就失业登记管理部门", now=at(third, 16))
    seeker = target.job_seeker
    later = dt.date(2026, 5, 11)
    register_job_seeker(staff.s12_caseworker, city.s12, full_name=seeker.full_name, id_number=seeker.id_number,
                        collected_on=later, now=at(later), append_to_existing=True)
    seeker.refresh_from_db()
    assert seeker.status == "registered"
    assert list(seeker.episodes.values_list("number", "status")) == [(1, "stopped"), (2, "open")]
    assert SurveyTarget.objects.get(job_seeker=seeker).status == "stopped_reported"


def test_survey_statistics_count_by_willingness_reason_category_method_and_area(city, staff):
    """BJ-20-2."""
    a = certified_target(staff, city, 615, MON)
    b = certified_target(staff, city, 616, MON, registration_type="rural_transfer")
    c = certified_target(staff, city, 617, MON, unit=city.s11)
    _survey(staff, a, MON)
    _survey(staff, b, MON, willing=False, reasons=["family_care"], method="home_visit")
    survey_record(actor=staff.s11_counsellor, target=c, occurred_on=MON, method="phone", reached=False, now=at(MON, 15))
    stats = survey_statistics(actor=staff.d1_head, unit=city.d1, since=MON, until=MON)
    assert stats["total"] == 3
    assert stats["willingness"] == {"willing": 1, "unwilling": 1, "not_reached": 1}
    assert stats["reasons"] == {"family_care": 1}
    assert (stats["categories"]["1"], stats["categories"]["2"]) == (2, 1)
    assert stats["methods"] == {"电话访问": 2, "主动上门": 1}
    assert stats["areas"] == {"甲区一街道": 1, "甲区二街道": 2}
    assert survey_statistics(actor=staff.s12_caseworker, unit=city.s12, since=MON, until=MON)["total"] == 2


def test_the_daily_job_lists_newly_certified_persons(city, staff):
    """BJ-18-2: the worklist is brought up to date every day."""
    certified_target(staff, city, 618, MON)
    SurveyTarget.objects.all().delete()
    assert outreach_daily(now=at(MON + dt.timedelta(days=1), 2)) == (1, 0)


def test_a_willing_unregistered_target_is_not_stopped_by_the_six_month_rule_of_article_13(city, staff):
    """BJ-13-5: the registered-unemployed no-contact stop does not apply to a willing, unregistered survey target;
    BJ-21-4 governs them."""
    target = certified_target(staff, city, 619, MON)
    _survey(staff, target, MON)
    decision = no_contact_decision(job_seeker=target.job_seeker, on=dt.date(2026, 12, 1))
    assert (decision.applies, decision.stop) == (False, False)
