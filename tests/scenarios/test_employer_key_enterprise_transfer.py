"""Scenario: a key enterprise moves within a district and between districts (BJ-44-6, BJ-45-1, BJ-45-2, BJ-45-3,
BJ-45-4)."""
import datetime as dt

import pytest

from careerguide.accounts.roles import Role
from careerguide.accounts.tests.factories import make_user
from careerguide.common.errors import DomainError
from careerguide.employers.models import DailyServiceAgreement
from careerguide.employers.services.key_enterprises import daily_service_agreement_sign
from careerguide.employers.services.transfers import (
    transfer_approve,
    transfer_catalogue_check,
    transfer_forward,
    transfer_request,
    transfer_submit,
    transfer_verify,
)
from careerguide.employers.tests.factories import at, make_catalogue, make_key_enterprise

pytestmark = pytest.mark.django_db
D = dt.date


def _to_submitted(staff, agreement, to_unit):
    t = transfer_request(actor=staff.s11_officer, agreement=agreement, to_unit=to_unit, reason="注册地迁址",
                         on=D(2026, 4, 1), now=at(2026, 4, 1))
    transfer_verify(actor=staff.s11_officer, transfer=t, conditions_met=True, now=at(2026, 4, 1))
    return transfer_submit(actor=staff.s11_officer, transfer=t, now=at(2026, 4, 2))


def test_within_district_transfer_approved_by_district_and_new_agreement_signed(city, staff):
    """BJ-44-6, BJ-45-1, BJ-45-3, BJ-45-4: s11 → s12 is approved by district d1; the old agreement ends by transfer,
    the new agency signs with its own officer and the transfer completes."""
    make_catalogue(staff.city_admin, now=at(2026, 1, 2))
    agreement = make_key_enterprise(staff, city)
    t = _to_submitted(staff, agreement, city.s12)
    assert t.approving_unit == city.d1
    agreement.refresh_from_db()
    assert agreement.status == "transfer_pending"
    with pytest.raises(DomainError):  # the city does not approve a move inside one district
        transfer_catalogue_check(actor=staff.city_admin, transfer=t, on=D(2026, 4, 2))
    transfer_catalogue_check(actor=staff.d1_head, transfer=t, on=D(2026, 4, 2), now=at(2026, 4, 2))
    transfer_approve(actor=staff.d1_head, transfer=t, on=D(2026, 4, 3), now=at(2026, 4, 3))
    agreement.refresh_from_db()
    t.refresh_from_db()
    assert agreement.status == "terminated_by_transfer" and t.status == "transferred"
    new = t.new_agreement
    assert new.unit == city.s12 and new.status == "eligibility_checked" and new.transferred_from == agreement
    s12_officer = make_user("s12-officer", city.s12, [Role.ACCOUNT_OFFICER], full_name="二街道企业专员")
    daily_service_agreement_sign(actor=s12_officer, agreement=new, signed_on=D(2026, 4, 7), term_start=D(2026, 4, 7),
                                 term_end=D(2028, 4, 6), officer=s12_officer, now=at(2026, 4, 7))
    t.refresh_from_db()
    assert t.status == "new_agreement_signed"
    assert DailyServiceAgreement.objects.get(pk=new.pk).officer_assignments.get().officer == s12_officer


def test_cross_district_transfer_goes_to_city_and_catalogue_blocks_it(city, staff):
    """BJ-44-6, BJ-45-1, BJ-45-2, BJ-45-4: s11 → s21 (another district) is forwarded by d1 and checked by the city;
    the target region's catalogue covers the industry, so the transfer is rejected before approval and the old
    agreement stays in force (open question 17)."""
    make_catalogue(staff.city_admin, codes=(("I65", city.d2),), now=at(2026, 1, 2))
    agreement = make_key_enterprise(staff, city)
    t = _to_submitted(staff, agreement, city.s21)
    assert t.approving_unit == city.city
    with pytest.raises(DomainError):  # must be forwarded level by level first
        transfer_catalogue_check(actor=staff.city_admin, transfer=t, on=D(2026, 4, 2))
    transfer_forward(actor=staff.d1_head, transfer=t, now=at(2026, 4, 2))
    transfer_catalogue_check(actor=staff.city_admin, transfer=t, on=D(2026, 4, 3), now=at(2026, 4, 3))
    t.refresh_from_db()
    agreement.refresh_from_db()
    assert t.status == "rejected" and "I65" in t.decision_note
    assert agreement.status == "active"
    with pytest.raises(DomainError):
        transfer_approve(actor=staff.city_admin, transfer=t, on=D(2026, 4, 3))
