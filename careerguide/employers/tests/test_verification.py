"""Verification, one-time notices and demand registration (services, with the database)."""
import datetime as dt

import pytest
from django.db import connection

from careerguide.accounts.roles import UserKind
from careerguide.accounts.tests.factories import make_user
from careerguide.audit.models import AuditEvent
from careerguide.common.errors import DomainError
from careerguide.employers.models import DefectNotice, DemandRegistration, EmployerAgent, EmployerVerification
from careerguide.employers.selectors import demand_registration_unit
from careerguide.employers.services.employers import employer_register_by_agent
from careerguide.employers.services.registration import demand_registration_create, employer_service_record
from careerguide.employers.services.verification import (
    employer_verification_front_desk,
    employer_verification_review,
    employer_verification_submit,
)
from careerguide.ledgers.selectors import ledger_entries

from .factories import at, documents, make_employer, new_resident_id, new_uscc

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("verified_on, passes", [(dt.date(2026, 6, 30), True), (dt.date(2026, 7, 1), False)])
def test_expired_licence_fails_on_the_day_after_validity(city, staff, verified_on, passes):
    """BJ-35-1, BJ-35-3: valid on the last day of validity; the next day the check fails and nothing is registered."""
    employer = make_employer(staff.s11_officer, city.s11)
    v = employer_verification_front_desk(actor=staff.s11_officer, employer=employer, data_source="shared_data",
                                         now=at(verified_on.year, verified_on.month, verified_on.day),
                                         **documents(employer, licence_valid_until=dt.date(2026, 6, 30)))
    employer.refresh_from_db()
    assert (v.status == "passed") is passes
    assert employer.is_verified is passes
    assert DemandRegistration.objects.filter(employer=employer).exists() is passes
    assert (employer.ledger_opened_on is not None) is passes


def test_pass_registers_demand_and_opens_ledger_in_one_transaction(city, staff):
    """BJ-35-3, BJ-35-4, BJ-36-1: a pass records the verification, registers the demand at the district and
    opens the employer service ledger the same day."""
    employer = make_employer(staff.s11_officer, city.s11)
    docs = documents(employer)
    v = employer_verification_front_desk(actor=staff.s11_officer, employer=employer, data_source="original_document",
                                         now=at(2026, 3, 2), **docs)
    employer.refresh_from_db()
    assert (v.verifier, v.verified_on, v.data_source, v.defects) == (staff.s11_officer, dt.date(2026, 3, 2),
                                                                      "original_document", [])
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT agent_id_number FROM {EmployerVerification._meta.db_table} WHERE id = %s", [v.pk])
        stored = cursor.fetchone()[0]
    assert v.agent_id_number == docs["agent_id_number"] and v.agent_id_index and docs["agent_id_number"] not in stored
    assert employer.verification_status == "verified" and employer.verified_at is not None
    assert employer.licence_valid_until == dt.date(2030, 12, 31)
    assert demand_registration_unit(employer=employer) == city.d1
    assert employer.ledger_opened_on == dt.date(2026, 3, 2)
    assert [e.section for e in ledger_entries(subject=employer)] == ["basic_info", "demand"]


def test_failed_check_lists_every_defect_and_registers_nothing(city, staff):
    """BJ-5-7, BJ-35-2, BJ-35-3: one notice lists all defects (agent ID, power of attorney, reviewer finding)."""
    employer = make_employer(staff.s11_officer, city.s11)
    v = employer_verification_front_desk(
        actor=staff.s11_officer, employer=employer, data_source="shared_data", manual_defects=["licence_data_mismatch"],
        now=at(2026, 3, 2), **documents(employer, agent_id_number="110105194912310021", power_of_attorney_ref=""))
    employer.refresh_from_db()
    assert v.status == "failed" and employer.verification_status == "rejected"
    notice = DefectNotice.objects.get(verification=v)
    assert [i["code"] for i in notice.items] == ["agent_id_invalid", "poa_missing", "licence_data_mismatch"]
    assert not notice.is_quality_exception
    assert not DemandRegistration.objects.filter(employer=employer).exists() and employer.ledger_opened_on is None
    with pytest.raises(DomainError):
        employer_service_record(actor=staff.s11_officer, employer=employer, service_type="hiring_guidance",
                                occurred_on=dt.date(2026, 3, 2), summary="指导", now=at(2026, 3, 2))


def test_later_notice_raising_an_old_defect_is_a_quality_exception(city, staff):
    """BJ-5-7: the second notice raises 'power of attorney not sealed' on the same document as at the first
    review: flagged as a quality exception; correcting it passes."""
    employer = make_employer(staff.s11_officer, city.s11)
    agent_id = new_resident_id()
    docs = documents(employer, agent_id_number=agent_id, licence_number="")
    employer_verification_front_desk(actor=staff.s11_officer, employer=employer, data_source="shared_data",
                                     now=at(2026, 3, 2), **docs)
    second = employer_verification_front_desk(actor=staff.s11_officer, employer=employer, data_source="shared_data",
                                              manual_defects=["poa_not_sealed"], now=at(2026, 3, 4),
                                              **{**docs, "licence_number": employer.credit_code})
    notice = second.notice
    assert notice.is_quality_exception and notice.late_items == ["poa_not_sealed"]
    third = employer_verification_front_desk(actor=staff.s11_officer, employer=employer, data_source="shared_data",
                                             now=at(2026, 3, 5), **{**docs, "licence_number": employer.credit_code,
                                                                    "power_of_attorney_ref": "委托-002"})
    assert third.status == "passed" and third.round == 3


def test_changed_document_defect_is_not_a_quality_exception(city, staff):
    """BJ-5-7: a defect in a newly submitted document was not defective at the first review."""
    employer = make_employer(staff.s11_officer, city.s11)
    docs = documents(employer, licence_number="")
    employer_verification_front_desk(actor=staff.s11_officer, employer=employer, data_source="shared_data",
                                     now=at(2026, 3, 2), **docs)
    second = employer_verification_front_desk(actor=staff.s11_officer, employer=employer, data_source="shared_data",
                                              manual_defects=["poa_not_sealed"], now=at(2026, 3, 4),
                                              **{**docs, "licence_number": "N1", "power_of_attorney_ref": "委托-新"})
    assert second.notice.is_quality_exception is False


def test_agent_registers_submits_and_resubmits(city, staff):
    """BJ-34-1, BJ-35-2, BJ-35-3: an agent registers online, submits, fails, corrects, passes; the agent is
    then real-name verified and the demand registration's channel is online."""
    agent = make_user("agent-a", None, (), kind=UserKind.EMPLOYER_AGENT, full_name="经办人乙")
    employer = employer_register_by_agent(actor=agent, name="在线登记有限公司", credit_code=new_uscc(), unit=city.s11,
                                          now=at(2026, 3, 2))
    assert EmployerAgent.objects.get(employer=employer, user=agent).real_name_verified is False
    first = employer_verification_submit(actor=agent, employer=employer, now=at(2026, 3, 2),
                                         **documents(employer, power_of_attorney_ref=""))
    with pytest.raises(DomainError):
        employer_verification_submit(actor=agent, employer=employer, now=at(2026, 3, 2), **documents(employer))
    employer_verification_review(actor=staff.s11_officer, verification=first, data_source="shared_data", now=at(2026, 3, 3))
    second = employer_verification_submit(actor=agent, employer=employer, now=at(2026, 3, 4), **documents(employer))
    employer_verification_review(actor=staff.s11_officer, verification=second, data_source="shared_data", now=at(2026, 3, 4))
    assert EmployerAgent.objects.get(employer=employer, user=agent).real_name_verified is True
    assert DemandRegistration.objects.get(employer=employer).channel == "online"


def test_other_agent_and_other_district_cannot_act(city, staff):
    """BJ-4-5, BJ-35-2: only the employer's own agent submits; another district cannot review; nothing saved."""
    employer = make_employer(staff.s11_officer, city.s11)
    stranger = make_user("agent-b", None, (), kind=UserKind.EMPLOYER_AGENT)
    with pytest.raises(DomainError):
        employer_verification_submit(actor=stranger, employer=employer, **documents(employer))
    v = employer_verification_submit(actor=staff.s11_officer, employer=employer, **documents(employer))
    events = AuditEvent.objects.count()
    with pytest.raises(DomainError):
        employer_verification_review(actor=staff.d2_counsellor, verification=v, data_source="shared_data")
    v.refresh_from_db()
    assert v.status == "submitted" and AuditEvent.objects.count() == events


def test_new_demand_needs_verified_employer(city, staff):
    """BJ-36-1: only a verified employer gets a recruitment demand registration."""
    employer = make_employer(staff.s11_officer, city.s11)
    with pytest.raises(DomainError):
        demand_registration_create(actor=staff.s11_officer, employer=employer, channel="front_desk")
    assert demand_registration_unit(employer=employer) is None
