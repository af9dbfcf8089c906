"""Key enterprises: catalogue precondition, agreement, officer history, team, archive, contacts, follow-ups."""
import datetime as dt

import pytest

from careerguide.accounts.roles import Role
from careerguide.accounts.tests.factories import make_user
from careerguide.common.errors import DomainError
from careerguide.duties.models import Duty
from careerguide.duties.services import duties_send_reminders
from careerguide.employers.models import DailyServiceAgreement, OfficerAssignment
from careerguide.employers.selectors import demand_registration_unit
from careerguide.employers.selectors.catalogue import catalogue_affected_agreements
from careerguide.employers.selectors.key_enterprises import quarterly_contact_report
from careerguide.employers.services.key_enterprises import (
    account_officer_change,
    key_enterprise_designate,
    support_team_member_add,
)
from careerguide.employers.services.lifecycle import (
    agreement_decline_renewal,
    agreement_renew,
    agreement_terminate_by_negotiation,
    agreements_expire,
)
from careerguide.employers.services.quarterly import (
    demand_archive_save,
    enterprise_contact_record,
    key_enterprise_quarter_duties_ensure,
)
from careerguide.employers.services.registration import demand_registration_fulfil, employer_service_record
from careerguide.employers.services.requests import key_enterprise_request_receive
from careerguide.ledgers.selectors import ledger_entries
from careerguide.notifications.models import Notification
from careerguide.workdays.selectors import work_calendar

from .factories import at, make_catalogue, make_key_enterprise, make_verified_employer

pytestmark = pytest.mark.django_db
D = dt.date


@pytest.fixture
def catalogue(city, staff):
    return make_catalogue(staff.city_admin, codes=(("C26", None), ("I65", city.d2)), now=at(2026, 1, 2))


def duties(agreement, kind):
    return Duty.objects.filter(subject_type="employers.dailyserviceagreement", subject_id=str(agreement.pk), kind=kind)


def test_designation_refused_inside_the_catalogue(city, staff, catalogue):
    """BJ-44-1, BJ-44-2: an enterprise whose industry is in the catalogue (city-wide, or in the region) is not a
    key enterprise; outside the region it is."""
    chemical = make_verified_employer(staff.s11_officer, city.s11, industry_code="C2611")
    with pytest.raises(DomainError) as err:
        key_enterprise_designate(actor=staff.s11_officer, employer=chemical, unit=city.s11, on=D(2026, 3, 2))
    assert "C26" in str(err.value) and err.value.clause == "BJ-44-1"
    assert not DailyServiceAgreement.objects.exists()
    software = make_verified_employer(staff.s11_officer, city.s11, industry_code="I6510")
    agreement = key_enterprise_designate(actor=staff.s11_officer, employer=software, unit=city.s11, on=D(2026, 3, 2))
    assert agreement.status == "eligibility_checked" and agreement.catalogue_version == catalogue
    d2_software = make_verified_employer(staff.d2_counsellor, city.s21, industry_code="I6510")
    with pytest.raises(DomainError):
        key_enterprise_designate(actor=staff.d2_counsellor, employer=d2_software, unit=city.s21, on=D(2026, 3, 2))


def test_no_catalogue_in_force_refuses(city, staff):
    """BJ-44-2: without a published edition in force on the date there is nothing to check against."""
    make_catalogue(staff.city_admin, effective_from=D(2026, 4, 1))
    employer = make_verified_employer(staff.s11_officer, city.s11)
    with pytest.raises(DomainError) as err:
        key_enterprise_designate(actor=staff.s11_officer, employer=employer, unit=city.s11, on=D(2026, 3, 31))
    assert err.value.code == "no_catalogue"


def test_city_never_signs_and_serving_area_is_checked(city, staff, catalogue):
    """BJ-44-3, BJ-44-5: the city agency does not sign; the serving agency covers registered or operating address."""
    employer = make_verified_employer(staff.s11_officer, city.s11)
    with pytest.raises(DomainError):
        key_enterprise_designate(actor=staff.city_admin, employer=employer, unit=city.city, on=D(2026, 3, 2))
    with pytest.raises(DomainError):
        key_enterprise_designate(actor=staff.d1_head, employer=employer, unit=city.s12, registered_area=city.s11,
                                 operating_area=city.s21, on=D(2026, 3, 2))
    agreement = key_enterprise_designate(actor=staff.d1_head, employer=employer, unit=city.s11, registered_area=city.s21,
                                         operating_area=city.s11, on=D(2026, 3, 2))
    assert agreement.unit == city.s11


def test_signing_designates_exactly_one_officer_of_the_agency(city, staff, catalogue):
    """BJ-44-4, BJ-44-7, BJ-46-1, BJ-47-1: one officer of the signing agency; ledger, team core and quarter duty."""
    employer = make_verified_employer(staff.s11_officer, city.s11)
    from careerguide.employers.services.key_enterprises import daily_service_agreement_sign
    agreement = key_enterprise_designate(actor=staff.s11_officer, employer=employer, unit=city.s11, on=D(2026, 3, 2))
    with pytest.raises(DomainError):  # an officer of another agency
        daily_service_agreement_sign(actor=staff.s11_officer, agreement=agreement, signed_on=D(2026, 3, 2),
                                     term_start=D(2026, 3, 2), term_end=D(2028, 3, 1), officer=staff.d1_counsellor,
                                     now=at(2026, 3, 2))
    agreement = daily_service_agreement_sign(actor=staff.s11_officer, agreement=agreement, signed_on=D(2026, 3, 2),
                                             term_start=D(2026, 3, 2), term_end=D(2028, 3, 2), officer=staff.s11_officer,
                                             now=at(2026, 3, 2))
    assert agreement.status == "agreement_signed" and agreement.term_end == D(2028, 3, 2)
    assert OfficerAssignment.objects.filter(agreement=agreement, ended_on__isnull=True).count() == 1
    assert [m.team_role for m in agreement.team.all()] == ["account_officer"]
    sections = [e.section for e in ledger_entries(subject=employer)]
    assert {"key_agreement", "key_team"} <= set(sections)
    [duty] = duties(agreement, "employers.quarterly_contact")
    assert (duty.earliest, duty.due_date, duty.assignee) == (D(2026, 4, 1), D(2026, 6, 30), staff.s11_officer)


def test_officer_change_keeps_history(city, staff, catalogue):
    """BJ-5-2: the history keeps officer, agency, from, to and reason; still exactly one current officer."""
    agreement = make_key_enterprise(staff, city)
    second = make_user("s11-officer-2", city.s11, [Role.ACCOUNT_OFFICER], full_name="一街道专员二")
    with pytest.raises(DomainError):
        account_officer_change(actor=staff.s11_officer, agreement=agreement, officer=second, reason=" ", on=D(2026, 3, 10))
    account_officer_change(actor=staff.s11_officer, agreement=agreement, officer=second, reason="岗位调整",
                           on=D(2026, 3, 10), now=at(2026, 3, 10))
    history = list(OfficerAssignment.objects.filter(agreement=agreement).values_list(
        "officer__username", "unit__code", "started_on", "ended_on", "end_reason"))
    assert history == [("s11-officer", "T-S11", D(2026, 3, 2), D(2026, 3, 10), "岗位调整"),
                       ("s11-officer-2", "T-S11", D(2026, 3, 10), None, "")]


def test_officer_change_moves_the_open_duties(city, staff, catalogue):
    """BJ-5-2, BJ-44-4, BJ-47-3: the new officer owes the quarter's contact, the follow-ups and coordinates the
    open requests."""
    agreement = make_key_enterprise(staff, city)
    employer_service_record(actor=staff.s11_officer, employer=agreement.employer, service_type="hiring_guidance",
                            occurred_on=D(2026, 3, 3), summary="服务", now=at(2026, 3, 3))
    request = key_enterprise_request_receive(actor=staff.d2_counsellor, credit_code=agreement.employer.credit_code,
                                             category="policy", content="咨询补贴", now=at(2026, 3, 6))
    second = make_user("s11-officer-2", city.s11, [Role.ACCOUNT_OFFICER], full_name="一街道专员二")
    account_officer_change(actor=staff.s11_officer, agreement=agreement, officer=second, reason="岗位调整",
                           on=D(2026, 3, 10), now=at(2026, 3, 10))
    open_duties = Duty.objects.filter(status="open")
    assert sorted(open_duties.values_list("kind", flat=True)) == [
        "employers.follow_up_guidance", "employers.key_enterprise_request", "employers.quarterly_contact"]
    assert set(open_duties.values_list("assignee", flat=True)) == {second.pk}
    request.refresh_from_db()
    assert request.officer == second


def test_support_team_members(city, staff, catalogue):
    """BJ-47-1: the team is the officer plus analysis, employment and talent professionals."""
    agreement = make_key_enterprise(staff, city)
    support_team_member_add(actor=staff.s11_officer, agreement=agreement, member=staff.s11_counsellor,
                            team_role="info_analyst", on=D(2026, 3, 3), now=at(2026, 3, 3))
    with pytest.raises(DomainError):
        support_team_member_add(actor=staff.s11_officer, agreement=agreement, member=staff.s11_counsellor,
                                team_role="account_officer", on=D(2026, 3, 3))
    assert sorted(agreement.team.values_list("team_role", flat=True)) == ["account_officer", "info_analyst"]


def test_archive_activates_and_records_changes(city, staff, catalogue):
    """BJ-48-1, BJ-48-2, BJ-48-3, BJ-48-4, BJ-48-6, BJ-50-3: the archive holds basic data, size and turnover,
    next quarter's plan and other information; a past-quarter plan is refused; changes go to the ledger."""
    agreement = make_key_enterprise(staff, city)
    values = dict(unit_nature="企业", industry="软件和信息技术服务业", economic_type="有限责任公司",
                  enterprise_size="small", workforce_size=80, joiners_last_quarter=6, leavers_last_quarter=4,
                  turnover_note="研发岗流动较大", plan_year=2026, plan_quarter=2, planned_hires=10,
                  hiring_plan="招聘软件工程师10名", other_info="希望参加专场招聘会")
    with pytest.raises(DomainError):
        demand_archive_save(actor=staff.s11_officer, agreement=agreement, on=D(2026, 4, 1),
                            now=at(2026, 4, 1), **{**values, "plan_quarter": 1})
    demand_archive_save(actor=staff.s11_officer, agreement=agreement, on=D(2026, 3, 3), now=at(2026, 3, 3), **values)
    agreement.refresh_from_db()
    assert agreement.status == "active"
    demand_archive_save(actor=staff.s11_officer, agreement=agreement, on=D(2026, 3, 20), now=at(2026, 3, 20),
                        **{**values, "workforce_size": 90})
    archive_entries = [e for e in ledger_entries(subject=agreement.employer) if e.section == "key_archive"]
    assert len(archive_entries) == 2 and archive_entries[1].content["changes"] == {"workforce_size": ["80", "90"]}


def remind(day: dt.date) -> int:
    """The duty engine's daily reminder run (the periodic job's lead time)."""
    return duties_send_reminders(now=at(day.year, day.month, day.day, 8), calendar=work_calendar(), lead_workdays=2)


def test_quarterly_contact_duty_and_warning(city, staff, catalogue):
    """BJ-48-5, BJ-48-7: a two-way contact in the quarter fulfils the duty; without one, the officer is reminded
    through the duty digest from 15 days before quarter end (15 June for Q2, nothing on 12 June, the working day
    before), once; a failed call does not count."""
    agreement = make_key_enterprise(staff, city)
    [duty] = duties(agreement, "employers.quarterly_contact")
    assert duty.remind_on == D(2026, 6, 15)
    assert remind(D(2026, 6, 12)) == 0
    assert remind(D(2026, 6, 15)) == 1
    assert remind(D(2026, 6, 16)) == 0  # once, until the engine's own reminder before the due date
    assert Notification.objects.filter(recipient=staff.s11_officer).count() == 1
    report = quarterly_contact_report(actor=staff.d1_head, today=D(2026, 6, 16))
    assert [(r.agreement, r.days_left, r.warning) for r in report] == [(agreement, 14, True)]
    enterprise_contact_record(actor=staff.s11_officer, agreement=agreement, contacted_on=D(2026, 6, 16), channel="phone",
                              two_way=False, summary="电话无人接听", now=at(2026, 6, 16))
    assert duties(agreement, "employers.quarterly_contact").get(earliest=D(2026, 4, 1)).status == "open"
    enterprise_contact_record(actor=staff.s11_officer, agreement=agreement, contacted_on=D(2026, 6, 17), channel="phone",
                              two_way=True, summary="了解用工变化", now=at(2026, 6, 17))
    assert duties(agreement, "employers.quarterly_contact").get(earliest=D(2026, 4, 1)).status == "done"
    q3 = duties(agreement, "employers.quarterly_contact").get(earliest=D(2026, 7, 1))
    assert (q3.due_date, q3.remind_on) == (D(2026, 9, 30), D(2026, 9, 15))
    assert remind(D(2026, 9, 14)) == 0  # Monday, the day before the warning date
    assert remind(D(2026, 9, 15)) == 1
    assert quarterly_contact_report(actor=staff.d1_head, today=D(2026, 6, 17)) == []
    assert quarterly_contact_report(actor=staff.d2_counsellor, today=D(2026, 6, 16)) == []


def test_quarter_duty_created_by_daily_job_when_missing(city, staff, catalogue):
    """BJ-48-5: the daily job makes sure every relationship in force owes this quarter's contact."""
    agreement = make_key_enterprise(staff, city)
    duties(agreement, "employers.quarterly_contact").delete()
    assert key_enterprise_quarter_duties_ensure(now=at(2026, 3, 20)) == 0  # signing contact counts for Q1
    assert key_enterprise_quarter_duties_ensure(now=at(2026, 4, 2)) == 1
    assert key_enterprise_quarter_duties_ensure(now=at(2026, 4, 3)) == 0


@pytest.mark.parametrize("service, kind, clause_due", [
    ("hiring_guidance", "employers.follow_up_guidance", D(2026, 3, 10)),
    ("matching_recommendation", "employers.follow_up_recommendation", D(2026, 3, 10)),
])
def test_five_working_day_follow_ups_for_key_enterprises_only(city, staff, catalogue, service, kind, clause_due):
    """BJ-49-1, BJ-49-2, BJ-36-2: after hiring guidance or a matching recommendation on Tue 3 March, a key enterprise
    is followed up within 5 working days (due Tue 10 March); a general employer gets no such duty."""
    agreement = make_key_enterprise(staff, city)
    employer_service_record(actor=staff.s11_officer, employer=agreement.employer, service_type=service,
                            occurred_on=D(2026, 3, 3), summary="服务", now=at(2026, 3, 3))
    [duty] = duties(agreement, kind)
    assert duty.due_date == clause_due and duty.clause in ("BJ-49-1", "BJ-49-2")
    follow = {"employers.follow_up_guidance": "follow_up_guidance",
              "employers.follow_up_recommendation": "follow_up_recommendation"}[kind]
    employer_service_record(actor=staff.s11_officer, employer=agreement.employer, service_type=follow,
                            occurred_on=D(2026, 3, 10), summary="回访：问题已解决", now=at(2026, 3, 10))
    duty.refresh_from_db()
    assert duty.status == "done"
    general = make_verified_employer(staff.s11_officer, city.s11)
    before = Duty.objects.count()
    employer_service_record(actor=staff.s11_officer, employer=general, service_type=service, occurred_on=D(2026, 3, 3),
                            summary="服务", now=at(2026, 3, 3))
    assert Duty.objects.count() == before


def test_recruitment_completed_follow_up_ten_working_days(city, staff, catalogue):
    """BJ-49-3, BJ-50-2: recruitment completed on Mon 23 March: job starts checked by Mon 6 April (Qingming on
    Mon 6 April 2026 is a holiday, so the 10th working day is Tue 7 April)."""
    agreement = make_key_enterprise(staff, city)
    registration = agreement.employer.demand_registrations.get()
    demand_registration_fulfil(actor=staff.s11_officer, registration=registration, on=D(2026, 3, 23), now=at(2026, 3, 23))
    [duty] = duties(agreement, "employers.follow_up_recruitment")
    assert duty.due_date == D(2026, 4, 7) and duty.clause == "BJ-49-3"
    assert "fulfilment" in [e.section for e in ledger_entries(subject=agreement.employer)]


def test_termination_keeps_general_services_at_registration_agency(city, staff, catalogue):
    """BJ-45-5, BJ-45-6: ending by negotiation cancels key duties; the demand registration agency keeps serving."""
    agreement = make_key_enterprise(staff, city)
    agreement_terminate_by_negotiation(actor=staff.s11_officer, agreement=agreement, on=D(2026, 3, 20),
                                       reason="产业目录调整后不再作为重点企业", now=at(2026, 3, 20))
    agreement.refresh_from_db()
    assert agreement.status == "terminated_by_negotiation" and agreement.ended_on == D(2026, 3, 20)
    assert not duties(agreement, "employers.quarterly_contact").filter(status="open").exists()
    assert demand_registration_unit(employer=agreement.employer) == city.d1
    employer_service_record(actor=staff.s11_officer, employer=agreement.employer, service_type="hiring_guidance",
                            occurred_on=D(2026, 3, 20), summary="一般用人单位服务", now=at(2026, 3, 20))
    assert not duties(agreement, "employers.follow_up_guidance").exists()


def test_no_renewal_blocks_renewal_and_expiry_ends(city, staff, catalogue):
    """BJ-45-5, BJ-44-7, BJ-44-8: after a no-renewal decision renewal is blocked; the term's end expires it."""
    agreement = make_key_enterprise(staff, city, term_end=D(2026, 9, 30))
    agreement_decline_renewal(actor=staff.s11_officer, agreement=agreement, reason="不再符合产业方向", now=at(2026, 3, 5))
    with pytest.raises(DomainError) as err:
        agreement_renew(actor=staff.s11_officer, agreement=agreement, new_term_end=D(2029, 3, 1), on=D(2026, 3, 5))
    assert err.value.code == "no_renewal"
    assert agreements_expire(now=at(2026, 9, 30)) == 0  # the last day of the term
    assert agreements_expire(now=at(2026, 10, 1)) == 1
    agreement.refresh_from_db()
    assert agreement.status == "expired_not_renewed" and agreement.ended_on == D(2026, 10, 1)


def test_catalogue_change_lists_affected_enterprises_and_blocks_renewal(city, staff, catalogue):
    """BJ-45-7, BJ-45-5: a new edition covering the enterprise's industry lists it; renewal is then refused."""
    agreement = make_key_enterprise(staff, city)
    new = make_catalogue(staff.city_admin, edition="2026修订版", effective_from=D(2026, 7, 1),
                         codes=(("I65", None),), now=at(2026, 6, 1))
    affected = catalogue_affected_agreements(actor=staff.d1_head, version=new)
    assert [(a, [h.industry_code for h in hits]) for a, hits in affected] == [(agreement, ["I65"])]
    assert catalogue_affected_agreements(actor=staff.d2_counsellor, version=new) == []
    agreement_renew(actor=staff.s11_officer, agreement=agreement, new_term_end=D(2029, 3, 1), on=D(2026, 6, 30))
    with pytest.raises(DomainError):
        agreement_renew(actor=staff.s11_officer, agreement=agreement, new_term_end=D(2030, 3, 1), on=D(2026, 7, 1))


def test_key_enterprise_ledger_records_support_and_stage_needs_without_registration(city, staff, catalogue):
    """BJ-46-2, BJ-47-2, BJ-46-1: a key enterprise without a demand registration gets its ledger at signing; its
    stage needs, tool use, talent support and effect evaluations go to the key-enterprise support section."""
    from .factories import make_employer
    employer = make_employer(staff.s11_officer, city.s11, name="未登记重点企业")
    agreement = make_key_enterprise(staff, city, employer=employer)
    assert demand_registration_unit(employer=employer) is None and agreement.employer.ledger_opened_on == D(2026, 3, 2)
    for service in ("stage_needs", "assessment_tools", "talent_support", "service_evaluation"):
        employer_service_record(actor=staff.s11_officer, employer=employer, service_type=service,
                                occurred_on=D(2026, 3, 4), summary="记录", now=at(2026, 3, 4))
    support = [e.service_type for e in ledger_entries(subject=employer) if e.section == "key_support"]
    assert support == ["stage_needs", "assessment_tools", "talent_support", "service_evaluation"]
