"""Chapter-3 services with the database: case opening, agreement, case worker, follow-ups, transfers."""
import datetime as dt

import pytest

from careerguide.accounts.roles import Role
from careerguide.accounts.tests.factories import make_user
from careerguide.assistance import duty_kinds
from careerguide.assistance.models import AssistanceAgreement
from careerguide.assistance.selectors import open_case_of, responsible_case_worker
from careerguide.assistance.services.cases import agreement_sign, assistance_case_open, case_worker_reassign
from careerguide.assistance.services.followups import follow_up_record, guidance_service_record, job_start_record
from careerguide.assistance.services.transfers import transfer_decide, transfer_request, transfer_verify
from careerguide.common.errors import DomainError, NotFound
from careerguide.duties.models import Duty
from careerguide.job_seekers.selectors import job_seeker_get
from careerguide.job_seekers.tests.helpers import at

from .helpers import routed, signed

pytestmark = pytest.mark.django_db
DAY = dt.date(2024, 6, 3)


def test_a_routed_person_gets_a_case_with_the_advisory_signing_duty_and_signing_fulfils_it(city, staff):
    """BJ-13-1 (the routing opens the case in its own transaction), BJ-23-1 (10 working days from routing),
    BJ-23-2, BJ-5-1, BJ-30-2 (episode start stored)."""
    person = routed(staff, city)
    case = open_case_of(job_seeker=person)
    assert (case.status, case.routing, case.unit) == ("routed", person.routings.first(), city.s12)
    with pytest.raises(DomainError) as exc:  # the routing opened it already
        assistance_case_open(actor=staff.s12_caseworker, job_seeker=person, now=at(DAY, 12))
    assert exc.value.code == "duplicate"
    duty = Duty.objects.get(kind=duty_kinds.AGREEMENT_SIGN)
    assert duty.due_date == dt.date(2024, 6, 18)  # 10 working days after Mon 2024-06-03 (Dragon Boat 06-10 off)
    agreement_sign(actor=staff.s12_caseworker, case=case, case_worker=staff.s12_caseworker, location_basis="hukou",
                   address="甲区二街道某路1号", rights_obligations="按协议", termination_circumstances="实现稳定就业",
                   now=at(DAY, 14))
    case.refresh_from_db()
    duty.refresh_from_db()
    assert (case.status, case.episode_started_on, duty.status) == ("agreement_signed", DAY, "done")
    assert responsible_case_worker(case=case, on=DAY) == staff.s12_caseworker
    assert responsible_case_worker(case=case, on=DAY - dt.timedelta(days=1)) is None


def test_assistance_duties_open_the_case_page_and_follow_a_new_case_worker(city, staff):
    """BJ-5-1, BJ-27-1: duty pages come from their kinds (the case page); a new case worker takes over the open
    duties."""
    case = signed(staff, city, 306)
    guidance_service_record(actor=staff.s12_caseworker, case=case, occurred_on=DAY, summary="职业指导", now=at(DAY, 15))
    duty = Duty.objects.get(kind=duty_kinds.GUIDANCE_FOLLOW_UP)
    assert (duty.link, duty.assignee) == (f"/assistance/cases/{case.pk}/", staff.s12_caseworker)
    other = make_user("s12-counsellor", city.s12, [Role.COUNSELLOR])
    case_worker_reassign(actor=staff.s12_caseworker, case=case, worker=other, reason="工作调整", on=DAY,
                         now=at(DAY, 16))
    duty.refresh_from_db()
    assert duty.assignee == other


def test_a_second_agreement_and_a_case_worker_from_another_agency_are_refused(city, staff):
    """BJ-23-2 (own agency's guidance officer), BJ-23-3 (hukou/habitual only), BJ-23-5 (one active agreement)."""
    case = open_case_of(job_seeker=routed(staff, city, 301))
    with pytest.raises(DomainError) as exc:
        agreement_sign(actor=staff.s12_caseworker, case=case, case_worker=staff.s11_counsellor, location_basis="work",
                       address="x", rights_obligations="x", termination_circumstances="x", now=at(DAY, 14))
    assert "case_worker" in exc.value.field_errors and not AssistanceAgreement.objects.exists()
    case = signed(staff, city, 302)
    with pytest.raises(DomainError) as exc:
        agreement_sign(actor=staff.s12_caseworker, case=case, case_worker=staff.s12_caseworker, location_basis="hukou",
                       address="x", rights_obligations="x", termination_circumstances="x", now=at(DAY, 15))
    assert exc.value.code == "not_eligible" and "已有履行中的就业援助服务协议" in str(exc.value)
    assert AssistanceAgreement.objects.filter(job_seeker=case.job_seeker).count() == 1
    with pytest.raises(DomainError) as exc:
        assistance_case_open(actor=staff.s12_caseworker, job_seeker=case.job_seeker, now=at(DAY, 16))
    assert (exc.value.code, exc.value.clause) == ("duplicate", "BJ-23-5")


def test_job_start_schedules_the_10_day_and_stability_checks_and_the_6_month_one_closes_the_case(city, staff):
    """BJ-27-6, BJ-27-7, BJ-27-8 (an attempt leaves the duty open), open question 32."""
    case = signed(staff, city, 303)
    start = dt.date(2024, 6, 17)
    job = job_start_record(actor=staff.s12_caseworker, case=case, employer_name="某物流公司", started_on=start,
                           now=at(start))
    ten = Duty.objects.get(kind=duty_kinds.JOB_START_FOLLOW_UP)
    one = Duty.objects.get(kind=duty_kinds.stability_kind(1))
    assert ten.due_date == dt.date(2024, 7, 1)
    assert (one.earliest, one.due_date) == (dt.date(2024, 7, 10), dt.date(2024, 7, 24))
    follow_up_record(actor=staff.s12_caseworker, case=case, kind="job_start", occurred_on=dt.date(2024, 6, 28),
                     reached=False, now=at(dt.date(2024, 6, 28)))
    ten.refresh_from_db()
    assert ten.status == "open"
    follow_up_record(actor=staff.s12_caseworker, case=case, kind="job_start", occurred_on=dt.date(2024, 7, 1),
                     reached=True, now=at(dt.date(2024, 7, 1)))
    ten.refresh_from_db()
    assert ten.status == "done"
    six_day = dt.date(2024, 12, 17)
    follow_up_record(actor=staff.s12_caseworker, case=case, kind="stability", stability_months=6, occurred_on=six_day,
                     reached=True, now=at(six_day))
    case.refresh_from_db()
    assert case.status == "closed_employed" and job.case.agreements.get().termination_reason == "employed"


def test_transfer_inside_a_district_is_approved_by_the_district_and_ends_the_agreement(city, staff):
    """BJ-24-2 (accepted and submitted), BJ-24-3 (the district approves a move inside it, the city may not),
    BJ-24-4 (the agreement ends on the approval date, no case worker after it), BJ-24-6 (the new street signs),
    BJ-24-7 (submitted → approved → new_agreement_signed), BJ-28-9 (episode kept across the transfer)."""
    case = signed(staff, city, 304)
    d1_head = staff.d1_head
    t = transfer_request(actor=staff.s12_caseworker, case=case, reason="residence_changed", to_unit=city.s11,
                         new_address="甲区一街道某路2号", now=at(DAY + dt.timedelta(days=1)))
    transfer_verify(actor=staff.s12_caseworker, transfer=t, accept=True, note="已核实居住证", now=at(DAY + dt.timedelta(days=1)))
    city_head = make_user("city-head", city.city, [Role.UNIT_HEAD])
    with pytest.raises(DomainError):
        transfer_decide(actor=city_head, transfer=t, decision="approve", now=at(DAY + dt.timedelta(days=2)))
    transfer_decide(actor=d1_head, transfer=t, decision="approve", now=at(DAY + dt.timedelta(days=2)))
    case.refresh_from_db()
    old = case.agreements.get()
    assert (case.status, case.unit, old.status, old.terminated_on) == ("transfer_pending", city.s11, "terminated",
                                                                        DAY + dt.timedelta(days=2))
    assert responsible_case_worker(case=case, on=DAY + dt.timedelta(days=3)) is None
    agreement_sign(actor=staff.s11_counsellor, case=case, case_worker=staff.s11_counsellor, location_basis="habitual_residence",
                   address="甲区一街道某路2号", rights_obligations="按协议", termination_circumstances="实现稳定就业",
                   now=at(DAY + dt.timedelta(days=3)))
    case.refresh_from_db()
    t.refresh_from_db()
    assert (t.status, case.episode_started_on) == ("new_agreement_signed", DAY)


def test_a_case_worker_rejects_a_transfer_request_only_with_a_recorded_reason(city, staff, client):
    """BJ-24-2: a rejection without a reason (empty or blank) is refused on the reason's field and changes nothing,
    on the page as in the service; with a reason the request ends rejected_by_case_worker, the reason kept on the
    request and in the audited transition, and nothing is submitted upwards."""
    from django.urls import reverse

    from careerguide.assistance.models import Transfer
    from careerguide.audit.models import AuditEvent

    case = signed(staff, city, 307)
    t = transfer_request(actor=staff.s12_caseworker, case=case, reason="residence_changed", to_unit=city.s11,
                         new_address="甲区一街道某路4号", now=at(DAY + dt.timedelta(days=1)))
    events = AuditEvent.objects.filter(object_type="assistance.transfer", object_id=str(t.pk))
    before = events.count()
    for note in ("", "   "):
        with pytest.raises(DomainError) as exc:
            transfer_verify(actor=staff.s12_caseworker, transfer=t, accept=False, note=note,
                            now=at(DAY + dt.timedelta(days=1)))
        assert (exc.value.clause, list(exc.value.field_errors)) == ("BJ-24-2", ["note"])
        assert "请填写核实情况" in str(exc.value)
    client.force_login(staff.s12_caseworker)
    page = client.post(reverse("assistance:transfer_verify", args=[t.pk]), {"accept": "no", "note": ""})
    assert page.status_code == 200 and "这个字段是必填项。" in page.content.decode()
    t.refresh_from_db()
    assert (t.status, t.verification_note, events.count()) == ("requested", "", before)

    response = client.post(reverse("assistance:transfer_verify", args=[t.pk]), {"accept": "no", "note": "未提供居住证明"})
    assert response.status_code == 302
    t.refresh_from_db()
    assert (t.status, t.verification_note) == ("rejected_by_case_worker", "未提供居住证明")
    moved = events.get(action="transition")
    assert (moved.clause, moved.reason) == ("BJ-24-2", "未提供居住证明")
    assert moved.changes["after"]["status"] == "rejected_by_case_worker"
    assert not Transfer.objects.filter(pk=t.pk, status="submitted").exists()


def test_an_approved_transfer_moves_the_person_to_the_new_agency_too(city, staff):
    """BJ-24-5: after approval the receiving street holds the person as well as the case, so it can sign (BJ-24-6)."""
    case = signed(staff, city, 305)
    t = transfer_request(actor=staff.s12_caseworker, case=case, reason="residence_changed", to_unit=city.s11,
                         new_address="甲区一街道某路3号", now=at(DAY + dt.timedelta(days=1)))
    transfer_verify(actor=staff.s12_caseworker, transfer=t, accept=True, note="已核实居住证", now=at(DAY + dt.timedelta(days=1)))
    transfer_decide(actor=staff.d1_head, transfer=t, decision="approve", now=at(DAY + dt.timedelta(days=2)))
    case.job_seeker.refresh_from_db()
    assert case.job_seeker.unit == city.s11
    assert job_seeker_get(actor=staff.s11_counsellor, pk=case.job_seeker_id) == case.job_seeker
    with pytest.raises(NotFound):
        job_seeker_get(actor=staff.s12_caseworker, pk=case.job_seeker_id)
