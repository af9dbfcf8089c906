"""Job fairs: pre-publication duty, blocked holding, sign-up, attendees and outcomes (BJ-42-1, BJ-43-1, BJ-43-2,
BJ-43-3, BJ-43-4, BJ-43-5, BJ-43-6)."""
import datetime as dt
import random

import pytest

from careerguide.common.demo import synthetic_resident_id
from careerguide.common.errors import DomainError
from careerguide.duties.models import Duty
from careerguide.ledgers.models import LedgerEntry
from careerguide.vacancies.models import FairAttendee, FairParticipation
from careerguide.vacancies.services import fair as fairs
from careerguide.vacancies.services.review import vacancy_review
from careerguide.vacancies.services.vacancy import vacancy_submit

from .factories import PASS, at, content, make_agent, make_registered_employer

pytestmark = pytest.mark.django_db
ID_A, ID_B = synthetic_resident_id(random.Random(1)), synthetic_resident_id(random.Random(2))
FAIR_DAY = dt.date(2026, 3, 12)  # Thursday: D−3 = Monday 2026-03-09, D−1 = 2026-03-11


def make_fair(staff, city, **kw):
    data = dict(actor=staff.d1_counsellor, unit=city.d1, title="春季专场招聘会", fair_format="onsite", fair_type="special",
                fair_date=FAIR_DAY, venue="区人力资源市场", focus="物流", now=at(2026, 3, 2))
    data.update(kw)
    return fairs.fair_create(**data)


def test_fair_created_with_prepublication_duty(staff, city):
    """BJ-42-1, BJ-43-2, BJ-43-6: format and type recorded; pre-publication owed on D−3."""
    fair = make_fair(staff, city)
    assert (fair.fair_format, fair.fair_type, fair.status) == ("onsite", "special", "planned")
    assert (fair.prepublication_due, fair.prepublication_last) == (dt.date(2026, 3, 9), dt.date(2026, 3, 11))
    duty = Duty.objects.get(kind=fairs.PREPUBLICATION_KIND)
    assert (duty.due_date, duty.clause, duty.unit_id) == (dt.date(2026, 3, 9), "BJ-43-2", city.d1.pk)


def test_fair_needs_a_venue_or_url_and_a_future_date(staff, city):
    """BJ-43-6: onsite fairs have a venue, online fairs a URL."""
    with pytest.raises(DomainError) as exc:
        make_fair(staff, city, venue="", fair_date=dt.date(2026, 3, 2))
    assert set(exc.value.field_errors) == {"venue", "fair_date"}
    with pytest.raises(DomainError):
        make_fair(staff, city, fair_format="online", url="")


@pytest.mark.parametrize(("published", "compliance", "duty_status"), [
    (dt.date(2026, 3, 9), "on_time", "done"),      # D−3
    (dt.date(2026, 3, 10), "warning", "late_done"),  # D−2
    (dt.date(2026, 3, 11), "warning", "late_done"),  # D−1
    (dt.date(2026, 3, 12), "breach", "late_done"),   # the fair day
])
def test_prepublication_compliance(staff, city, published, compliance, duty_status):
    """BJ-43-2: later than D−3 is a warning; nothing live by D−1 is a breach."""
    fair = make_fair(staff, city)
    fairs.fair_open_intake(actor=staff.d1_counsellor, fair=fair, now=at(2026, 3, 3))
    fairs.fair_prepublish(actor=staff.d1_counsellor, fair=fair, now=at(published.year, published.month, published.day))
    fair.refresh_from_db()
    assert (fair.prepublished_on, fair.prepublication_compliance, fair.status) == (published, compliance, "pre_published")
    assert Duty.objects.get(kind=fairs.PREPUBLICATION_KIND).status == duty_status


def test_holding_without_prepublication_is_blocked(staff, city):
    """BJ-43-2, BJ-43-3: the system blocks holding the fair with no pre-publication."""
    fair = make_fair(staff, city)
    fairs.fair_open_intake(actor=staff.d1_counsellor, fair=fair, now=at(2026, 3, 3))
    with pytest.raises(DomainError) as exc:
        fairs.fair_hold(actor=staff.d1_counsellor, fair=fair, now=at(2026, 3, 12))
    assert exc.value.clause == "BJ-43-2"
    fair.refresh_from_db()
    assert fair.status == "employer_intake"


def test_other_district_cannot_run_the_fair(staff, city):
    """BJ-43-3: the organising agency performs all transitions."""
    fair = make_fair(staff, city)
    with pytest.raises(DomainError):
        fairs.fair_open_intake(actor=staff.d2_counsellor, fair=fair, now=at(2026, 3, 3))


def test_signup_needs_verification_registration_and_reviewed_postings(staff, city):
    """BJ-43-1: listed only after verification, demand registration and posting review; agents sign up online."""
    employer = make_registered_employer(staff.s11_officer, city.s11)
    agent = make_agent(employer)
    fair = make_fair(staff, city)
    fairs.fair_open_intake(actor=staff.d1_counsellor, fair=fair, now=at(2026, 3, 3))
    vacancy = vacancy_submit(actor=agent, employer=employer, content=content(), now=at(2026, 3, 3))
    with pytest.raises(DomainError) as exc:  # still under review
        fairs.fair_signup(actor=agent, fair=fair, employer=employer, vacancies=[vacancy], now=at(2026, 3, 3))
    assert "vacancies" in exc.value.field_errors and FairParticipation.objects.count() == 0
    vacancy_review(actor=staff.d1_counsellor, vacancy=vacancy, judgments=PASS, now=at(2026, 3, 3))
    vacancy.refresh_from_db()
    participation = fairs.fair_signup(actor=agent, fair=fair, employer=employer, vacancies=[vacancy], now=at(2026, 3, 4))
    assert participation.online and list(participation.vacancies.all()) == [vacancy]
    assert LedgerEntry.objects.filter(service_type="job_fair_signup").count() == 1


def _held_fair(staff, city):
    employer = make_registered_employer(staff.s11_officer, city.s11)
    agent = make_agent(employer)
    vacancy = vacancy_submit(actor=agent, employer=employer, content=content(), now=at(2026, 3, 3))
    vacancy_review(actor=staff.d1_counsellor, vacancy=vacancy, judgments=PASS, now=at(2026, 3, 3))
    vacancy.refresh_from_db()
    fair = make_fair(staff, city)
    fairs.fair_open_intake(actor=staff.d1_counsellor, fair=fair, now=at(2026, 3, 3))
    fairs.fair_signup(actor=staff.d1_counsellor, fair=fair, employer=employer, vacancies=[vacancy], now=at(2026, 3, 4))
    fairs.fair_prepublish(actor=staff.d1_counsellor, fair=fair, now=at(2026, 3, 9))
    with pytest.raises(DomainError):  # not before the fair date
        fairs.fair_hold(actor=staff.d1_counsellor, fair=fair, now=at(2026, 3, 11))
    fairs.fair_hold(actor=staff.d1_counsellor, fair=fair, now=at(2026, 3, 12))
    return fair, employer, vacancy


def test_paper_registration_keeps_the_fair_date(staff, city):
    """BJ-43-4, BJ-11-4: a paper registration keyed later keeps the fair date and is flagged late."""
    fair, _employer, _vacancy = _held_fair(staff, city)
    on_day = fairs.fair_attendee_register(actor=staff.d1_counsellor, fair=fair, full_name="现场求职者甲",
                                          id_number=ID_A, now=at(2026, 3, 12, 15))
    later = fairs.fair_attendee_register(actor=staff.d1_counsellor, fair=fair, full_name="现场求职者乙",
                                         id_number=ID_B, now=at(2026, 3, 16))
    assert (on_day.collected_on, on_day.created_late) == (FAIR_DAY, False)
    assert (later.collected_on, later.created_late) == (FAIR_DAY, True)
    entries = LedgerEntry.objects.filter(ledger="personal", subject_id=str(later.job_seeker_id))
    assert {(e.occurred_on, e.channel) for e in entries} == {(FAIR_DAY, "job_fair")}
    with pytest.raises(DomainError):
        fairs.fair_attendee_register(actor=staff.d1_counsellor, fair=fair, full_name="现场求职者乙",
                                     id_number=ID_B, now=at(2026, 3, 16))
    assert FairAttendee.objects.count() == 2


def test_outcomes_recorded_after_the_fair(staff, city):
    """BJ-43-5: intentions reached and job starts recorded in follow-up, then the fair closes."""
    fair, employer, vacancy = _held_fair(staff, city)
    attendee = fairs.fair_attendee_register(actor=staff.d1_counsellor, fair=fair, full_name="现场求职者甲",
                                            id_number=ID_A, now=at(2026, 3, 12, 15))
    fairs.fair_start_follow_up(actor=staff.d1_counsellor, fair=fair, now=at(2026, 3, 13))
    fairs.fair_outcome_record(actor=staff.d1_counsellor, fair=fair, kind="intention_reached", employer=employer, count=4,
                              occurred_on=dt.date(2026, 3, 12), now=at(2026, 3, 13))
    with pytest.raises(DomainError) as exc:
        fairs.fair_outcome_record(actor=staff.d1_counsellor, fair=fair, kind="job_start", employer=employer,
                                  occurred_on=dt.date(2026, 3, 11), now=at(2026, 3, 13))
    assert set(exc.value.field_errors) == {"occurred_on", "job_seeker"}
    start = fairs.fair_outcome_record(actor=staff.d1_counsellor, fair=fair, kind="job_start", employer=employer,
                                      job_seeker=attendee.job_seeker, vacancy=vacancy, occurred_on=dt.date(2026, 3, 20),
                                      now=at(2026, 3, 20))
    assert start.count == 1
    fairs.fair_close(actor=staff.d1_counsellor, fair=fair, now=at(2026, 3, 31))
    fair.refresh_from_db()
    assert fair.status == "closed" and fair.outcomes.count() == 2


def test_cancel_cancels_the_prepublication_duty(staff, city):
    fair = make_fair(staff, city)
    fairs.fair_cancel(actor=staff.d1_counsellor, fair=fair, now=at(2026, 3, 3))
    assert Duty.objects.get(kind=fairs.PREPUBLICATION_KIND).status == "cancelled"
