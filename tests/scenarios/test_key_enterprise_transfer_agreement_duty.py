"""After a key enterprise is transferred, the new agency owes the new daily service agreement "及时" (BJ-45-3)."""
import datetime as dt

import pytest

from careerguide.accounts.roles import Role
from careerguide.accounts.tests.factories import make_user
from careerguide.duties.models import Duty
from careerguide.employers.services.key_enterprises import daily_service_agreement_sign
from careerguide.employers.services.transfers import (
    transfer_approve,
    transfer_catalogue_check,
    transfer_request,
    transfer_submit,
    transfer_verify,
)
from careerguide.employers.tests.factories import at, make_catalogue, make_key_enterprise

pytestmark = pytest.mark.django_db
D = dt.date
KIND = "employers.transfer_new_agreement"


def _approved(staff, city):
    make_catalogue(staff.city_admin, now=at(2026, 1, 2))
    agreement = make_key_enterprise(staff, city)
    t = transfer_request(actor=staff.s11_officer, agreement=agreement, to_unit=city.s12, reason="注册地迁址",
                         on=D(2026, 4, 1), now=at(2026, 4, 1))
    transfer_verify(actor=staff.s11_officer, transfer=t, conditions_met=True, now=at(2026, 4, 1))
    transfer_submit(actor=staff.s11_officer, transfer=t, now=at(2026, 4, 2))
    transfer_catalogue_check(actor=staff.d1_head, transfer=t, on=D(2026, 4, 2), now=at(2026, 4, 2))
    transfer_approve(actor=staff.d1_head, transfer=t, on=D(2026, 4, 3), now=at(2026, 4, 3))
    t.refresh_from_db()
    return t


def test_approval_owes_the_new_agreement_within_ten_working_days_and_signing_meets_it(city, staff):
    """BJ-45-3: approved Friday 2026-04-03; with the Qingming holiday (4–6 April) the 10th working day is 20 April.
    The new agency (二街道) owes it; signing on 7 April meets it on time."""
    t = _approved(staff, city)
    duty = Duty.objects.get(kind=KIND)
    assert (duty.unit, duty.due_date, duty.clause, duty.status) == (city.s12, D(2026, 4, 20), "BJ-45-3", "open")
    assert duty.subject_id == str(t.new_agreement_id)
    officer = make_user("s12-officer", city.s12, [Role.ACCOUNT_OFFICER])
    daily_service_agreement_sign(actor=officer, agreement=t.new_agreement, signed_on=D(2026, 4, 7),
                                 term_start=D(2026, 4, 7), term_end=D(2028, 4, 6), officer=officer, now=at(2026, 4, 7))
    duty.refresh_from_db()
    assert (duty.status, duty.fulfilled_on) == ("done", D(2026, 4, 7))


def test_signing_after_the_tenth_working_day_is_late(city, staff):
    """BJ-45-3: the duty is met late on 21 April, the day after the limit."""
    t = _approved(staff, city)
    officer = make_user("s12-officer", city.s12, [Role.ACCOUNT_OFFICER])
    daily_service_agreement_sign(actor=officer, agreement=t.new_agreement, signed_on=D(2026, 4, 21),
                                 term_start=D(2026, 4, 21), term_end=D(2028, 4, 20), officer=officer,
                                 now=at(2026, 4, 21))
    assert Duty.objects.get(kind=KIND).status == "late_done"
