"""Key-enterprise requests at any front desk (BJ-47-3): first receiver responsible, officer notified and owing."""
import datetime as dt

import pytest

from careerguide.common.errors import DomainError
from careerguide.duties.models import Duty
from careerguide.employers.models import EnterpriseRequest
from careerguide.employers.selectors.requests import request_list
from careerguide.employers.services.requests import key_enterprise_request_close, key_enterprise_request_receive
from careerguide.ledgers.models import LedgerEntry
from careerguide.notifications.models import Notification

from .factories import at, make_catalogue, make_key_enterprise, make_verified_employer

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _catalogue(staff):
    """Key enterprises are designated against a published industry catalogue (BJ-44-1)."""
    make_catalogue(staff.city_admin, now=at(2026, 1, 2))


def test_a_request_at_another_districts_desk_is_recorded_and_routed_to_the_account_officer(staff, city):
    """BJ-47-3, BJ-5-6: the receiver (another district's desk) is the first-inquiry responsible; the officer is
    notified and gets a duty due in 2 working days (proposed default)."""
    agreement = make_key_enterprise(staff, city)
    employer = agreement.employer
    request = key_enterprise_request_receive(actor=staff.d2_counsellor, credit_code=employer.credit_code.lower(),
                                             category="recruitment", content="急需招聘20名焊工", now=at(2026, 3, 6))
    assert (request.received_by, request.received_unit, request.officer) == (staff.d2_counsellor, city.d2,
                                                                            staff.s11_officer)
    note = Notification.objects.get(recipient=staff.s11_officer)
    assert employer.name in note.subject and "开发区就业服务中心" in note.subject
    duty = Duty.objects.get(kind="employers.key_enterprise_request")
    assert (duty.assignee, duty.unit, duty.due_date, duty.status) == (staff.s11_officer, city.s11,
                                                                       dt.date(2026, 3, 10), "open")
    assert LedgerEntry.objects.filter(subject_id=str(employer.pk), service_type="key_request").count() == 1
    assert request in request_list(actor=staff.d2_counsellor) and request in request_list(actor=staff.s11_officer)
    assert request not in request_list(actor=staff.s12_caseworker)


def test_only_a_key_enterprise_request_is_taken_and_a_refusal_changes_nothing(staff, city):
    """BJ-47-3: an ordinary employer has no account officer; nothing is recorded."""
    employer = make_verified_employer(staff.s11_officer, city.s11)
    with pytest.raises(DomainError) as exc:
        key_enterprise_request_receive(actor=staff.d2_counsellor, credit_code=employer.credit_code, category="policy",
                                       content="咨询补贴", now=at(2026, 3, 6))
    assert "credit_code" in exc.value.field_errors
    assert not EnterpriseRequest.objects.exists() and not Duty.objects.filter(kind="employers.key_enterprise_request").exists()
    assert not Notification.objects.exists()


def test_the_responsible_or_the_officer_closes_and_the_duty_is_met(staff, city):
    """BJ-5-6: a third person cannot close; the officer closes with a result, meeting the duty."""
    agreement = make_key_enterprise(staff, city)
    request = key_enterprise_request_receive(actor=staff.d2_counsellor, credit_code=agreement.employer.credit_code,
                                             category="training", content="组织岗前培训", now=at(2026, 3, 6))
    with pytest.raises(DomainError):
        key_enterprise_request_close(actor=staff.s12_caseworker, request=request, result="已办", now=at(2026, 3, 9))
    with pytest.raises(DomainError):
        key_enterprise_request_close(actor=staff.s11_officer, request=request, result=" ", now=at(2026, 3, 9))
    request.refresh_from_db()
    assert request.status == "open"
    key_enterprise_request_close(actor=staff.s11_officer, request=request, result="已对接区培训机构", now=at(2026, 3, 9))
    request.refresh_from_db()
    assert (request.status, request.closed_on) == ("closed", dt.date(2026, 3, 9))
    assert Duty.objects.get(kind="employers.key_enterprise_request").status == "done"


def test_requests_page_receives_and_lists(client, staff, city):
    """BJ-47-3 through the page: the desk takes the request and sees itself as responsible."""
    agreement = make_key_enterprise(staff, city)
    client.force_login(staff.s12_caseworker)
    response = client.post("/employers/key-enterprises/requests/", {
        "credit_code": agreement.employer.credit_code, "category": "policy", "channel": "front_desk",
        "content": "咨询稳岗补贴"})
    assert response.status_code == 302
    page = client.get("/employers/key-enterprises/requests/").content.decode()
    assert "咨询稳岗补贴" in page and "二街道援助专员" in page
    bad = client.post("/employers/key-enterprises/requests/", {"credit_code": "91110000000000000X", "category": "policy",
                                                               "channel": "front_desk", "content": "x"}).content.decode()
    assert "未找到该统一社会信用代码对应的重点企业" in bad
