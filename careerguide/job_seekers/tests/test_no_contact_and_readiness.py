"""The no-contact stop as a workflow (BJ-13-5, BJ-13-6, BJ-13-7, BJ-13-8, BJ-13-9, BJ-16-3) and readiness with advice (BJ-15-1, BJ-15-3)."""
import datetime as dt

import pytest

from careerguide.common.errors import DomainError
from careerguide.duties.models import Duty
from careerguide.job_seekers.models import ReadinessAssessment
from careerguide.job_seekers.selectors import personal_ledger
from careerguide.job_seekers.services.gradings import job_seeker_grade
from careerguide.job_seekers.services.ledger import contact_record
from careerguide.job_seekers.services.no_contact import REPORT_KIND, no_contact_report, no_contact_scan
from careerguide.job_seekers.services.readiness import readiness_assess
from careerguide.job_seekers.services.registration import job_seeker_register
from careerguide.job_seekers.tests.factories import register_job_seeker
from careerguide.job_seekers.tests.helpers import at, person_id

pytestmark = pytest.mark.django_db
L = dt.date(2024, 1, 31)
STOP = dt.date(2024, 8, 1)  # add_months(2024-01-31, 6) = 2024-07-31, strictly after → 08-01 (BJ-13-6)


def unemployed(staff, city, seed=40, registration_type="urban_unemployment"):
    return register_job_seeker(staff.s11_counsellor, city.s11, id_number=person_id(seed), collected_on=L, now=at(L),
                               profile={"registration_type": registration_type})


def test_stop_duty_is_raised_exactly_on_the_first_day_after_six_months(city, staff):
    """BJ-13-5, BJ-13-6, BJ-13-8: nothing on 07-31, the report duty on 08-01."""
    person = unemployed(staff, city)
    assert no_contact_scan(now=at(STOP - dt.timedelta(days=1))) == 0
    assert no_contact_scan(now=at(STOP)) == 1
    duty = Duty.objects.get(kind=REPORT_KIND)
    assert (duty.due_date, duty.unit, duty.subject_id) == (STOP, city.s11, str(person.pk))
    assert no_contact_scan(now=at(STOP + dt.timedelta(days=1))) == 0  # idempotent


def test_the_report_duty_opens_the_report_page_of_its_kind_and_names_the_months(city, staff):
    """BJ-13-8: the duty's page comes from the kind (the report form); the title uses the jurisdiction's months."""
    person = unemployed(staff, city, seed=44)
    no_contact_scan(now=at(STOP))
    duty = Duty.objects.get(kind=REPORT_KIND)
    assert duty.link == f"/job-seekers/{person.pk}/no-contact-report/"
    assert "超过6个月未联系" in duty.title


def test_unsuccessful_attempts_do_not_reset_but_a_reached_call_does(city, staff):
    """BJ-13-7: only two-way contacts count; BJ-2-4: each contact carries its initiator."""
    person = unemployed(staff, city)
    contact_record(actor=staff.s11_counsellor, job_seeker=person, unit=city.s11, occurred_on=dt.date(2024, 5, 6),
                   initiated_by="agency", reached=False, channel="phone", summary="电话未接通", now=at(dt.date(2024, 5, 6)))
    assert no_contact_scan(now=at(STOP)) == 1
    other = unemployed(staff, city, seed=41)
    contact_record(actor=staff.s11_counsellor, job_seeker=other, unit=city.s11, occurred_on=dt.date(2024, 5, 6),
                   initiated_by="agency", reached=True, channel="phone", summary="电话联系，了解求职进展",
                   now=at(dt.date(2024, 5, 6)))
    assert not Duty.objects.filter(subject_id=str(other.pk), kind=REPORT_KIND).exists()
    entry = personal_ledger(job_seeker=other).get(service_type="contact")
    assert (entry.initiated_by, entry.content["reached"]) == ("agency", True)


def test_rural_transfer_only_and_non_registered_persons_are_never_stopped(city, staff):
    """BJ-13-4, BJ-13-5: the stop names registered unemployed persons only."""
    unemployed(staff, city, seed=42, registration_type="rural_transfer")
    unemployed(staff, city, seed=43, registration_type="")
    assert no_contact_scan(now=at(dt.date(2025, 6, 1))) == 0


def test_report_stops_services_blocks_entries_and_new_registration_opens_a_new_episode(city, staff):
    """BJ-13-8, BJ-13-9, BJ-16-3: report → stopped, duties done/cancelled, new entries refused; re-registration →
    episode 2 in the same ledger, stop record kept."""
    person = unemployed(staff, city)
    with pytest.raises(DomainError):  # not due yet
        no_contact_report(actor=staff.s11_counsellor, job_seeker=person, recipient="甲区就失业登记管理部门",
                          reported_on=STOP - dt.timedelta(days=1), now=at(STOP - dt.timedelta(days=1)))
    no_contact_scan(now=at(STOP))
    with pytest.raises(DomainError):  # only the holding agency reports
        no_contact_report(actor=staff.s12_caseworker, job_seeker=person, recipient="x", now=at(STOP))
    report = no_contact_report(actor=staff.s11_counsellor, job_seeker=person, recipient="甲区就失业登记管理部门", now=at(STOP))
    person.refresh_from_db()
    assert person.status == "stopped_no_contact" and report.last_contact_on == L
    assert Duty.objects.get(kind=REPORT_KIND).status == "done"
    with pytest.raises(DomainError) as exc:
        job_seeker_grade(actor=staff.s11_counsellor, job_seeker=person, now=at(STOP))
    assert exc.value.clause == "BJ-13-8"
    later = dt.date(2024, 9, 2)
    reg = job_seeker_register(actor=staff.s12_caseworker, unit=city.s12, full_name=person.full_name,
                              id_number=person.id_number, collected_on=later, append_to_existing=True, now=at(later))
    person.refresh_from_db()
    assert (reg.episode.number, person.status, person.unit) == (2, "registered", city.s12)
    assert person.episodes.get(number=1).status == "stopped" and person.no_contact_reports.count() == 1


def test_not_ready_needs_advice(city, staff):
    """BJ-15-1, BJ-15-3: 14 calendar days from the notice; "not ready" is refused without advice, saves nothing."""
    day = dt.date(2024, 6, 3)
    person = register_job_seeker(staff.s11_counsellor, city.s11, collected_on=day, now=at(day))
    ready = readiness_assess(actor=staff.s11_counsellor, job_seeker=person, start_lead_days=14, now=at(day))
    assert ready.job_ready and ready.earliest_start == dt.date(2024, 6, 17)
    with pytest.raises(DomainError) as exc:
        readiness_assess(actor=staff.s11_counsellor, job_seeker=person, start_lead_days=15, advice=" ", now=at(day))
    assert "advice" in exc.value.field_errors and ReadinessAssessment.objects.count() == 1
    not_ready = readiness_assess(actor=staff.s11_counsellor, job_seeker=person, start_lead_days=15,
                                 advice="建议先完成在读课程，再参加匹配推荐", now=at(day))
    assert not not_ready.job_ready
    assert personal_ledger(job_seeker=person).filter(service_type="advice", section="guidance").count() == 1


def test_ledger_entries_are_immutable_with_corrections_as_new_entries(city, staff):
    """BJ-17-3: a correction is a new entry pointing at the corrected one."""
    day = dt.date(2024, 6, 3)
    person = register_job_seeker(staff.s11_counsellor, city.s11, collected_on=day, now=at(day))
    entry = contact_record(actor=staff.s11_counsellor, job_seeker=person, unit=city.s11, occurred_on=day,
                           initiated_by="client", reached=True, channel="phone", summary="来电咨询", now=at(day))
    with pytest.raises(ValueError):
        entry.summary = "改写"
        entry.save()
    from careerguide.job_seekers.services.ledger import personal_entry_add

    fix = personal_entry_add(actor=staff.s11_counsellor, job_seeker=person, unit=city.s11, section="follow_up",
                             service_type="contact", occurred_on=day, summary="更正：来电咨询培训政策", corrects=entry,
                             initiated_by="client", now=at(day))
    assert fix.corrects == entry and personal_ledger(job_seeker=person).filter(service_type="contact").count() == 2
