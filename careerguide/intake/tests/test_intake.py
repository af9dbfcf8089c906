"""Front-desk integrated acceptance and back-office categorised processing (BJ-5-9) with first-inquiry
responsibility and recorded hand-overs (BJ-5-6)."""
import datetime as dt

import pytest

from careerguide.accounts.roles import Role
from careerguide.accounts.tests.factories import make_user
from careerguide.common.errors import DomainError, NotFound
from careerguide.duties.models import Duty
from careerguide.employers.tests.factories import make_employer
from careerguide.intake.models import RequestHandover, ServiceRequest
from careerguide.intake.rules import ROUTES, category_fits_client
from careerguide.intake.selectors import queue_for, request_get, request_list
from careerguide.intake.services import request_accept, request_close, request_hand_over, request_receive
from careerguide.job_seekers.tests.factories import register_job_seeker
from careerguide.matching.tests.factories import at
from careerguide.notifications.models import Notification

pytestmark = pytest.mark.django_db
NOW = at(2026, 3, 5)  # Thursday


@pytest.fixture
def person(city, staff):
    return register_job_seeker(staff.s11_counsellor, city.s11, full_name="林小青", now=at(2026, 3, 2))


def test_every_category_has_one_back_office():
    """BJ-5-9: each category is routed to exactly one queue; a person's and an employer's matters differ."""
    assert set(ROUTES) == {"policy_consultation", "job_seeking", "career_guidance", "employment_assistance",
                           "training", "recruitment", "employer_verification", "complaint"}
    assert category_fits_client(category="recruitment", client_kind="employer")
    assert not category_fits_client(category="recruitment", client_kind="person")
    assert not category_fits_client(category="employment_assistance", client_kind="employer")


def test_one_intake_at_another_districts_desk_is_routed_to_the_clients_back_office(city, staff, person):
    """BJ-5-9: 林小青 (served by 甲区一街道) asks at 开发区's desk for employment assistance: one request, routed to
    the case workers of 甲区一街道, told and owing acceptance within 1 working day; BJ-5-6 the receiver is the
    first-inquiry responsible and stays so until the back office accepts."""
    case_worker = make_user("s11-caseworker", city.s11, [Role.CASE_WORKER], full_name="一街道援助专员")
    item = request_receive(actor=staff.d2_counsellor, client_kind="person", identifier=person.id_number,
                           category="employment_assistance", content="希望获得就业援助", now=NOW)
    assert (item.received_by, item.received_unit, item.routed_unit, item.queue_role) == (
        staff.d2_counsellor, city.d2, city.s11, "case_worker")
    assert (item.status, item.responsible, item.client_label) == ("handed_over", staff.d2_counsellor, "林*青")
    duty = Duty.objects.get(kind="intake.handover_accept")
    assert (duty.unit, duty.due_date, duty.clause) == (city.s11, dt.date(2026, 3, 6), "BJ-5-9")
    assert Notification.objects.filter(recipient=case_worker, subject="收到开发区就业服务中心转办的服务请求").exists()
    assert item in queue_for(actor=case_worker)
    assert item in request_list(actor=staff.d2_counsellor) and item in request_list(actor=staff.d1_head)
    with pytest.raises(DomainError) as exc:  # not the queue's role
        request_accept(actor=staff.s11_counsellor, item=item, now=NOW)
    assert exc.value.code == "not_in_queue"
    request_accept(actor=case_worker, item=item, now=at(2026, 3, 6))
    item.refresh_from_db()
    duty.refresh_from_db()
    assert (item.status, item.responsible, duty.status) == ("accepted", case_worker, "done")
    handover = RequestHandover.objects.get()
    assert (handover.from_user, handover.to_unit, handover.accepted_by) == (staff.d2_counsellor, city.s11, case_worker)


def test_the_client_never_submits_the_same_request_twice(city, staff, person):
    """BJ-5-9: while a request is open, the same client's same request at any desk is refused and pointed to it."""
    first = request_receive(actor=staff.d2_counsellor, client_kind="person", identifier=person.id_number,
                            category="career_guidance", content="想转行做电商", now=NOW)
    with pytest.raises(DomainError) as exc:
        request_receive(actor=staff.d1_counsellor, client_kind="person", identifier=person.id_number,
                        category="career_guidance", content="再次咨询转行", now=NOW)
    assert exc.value.code == "already_open" and f"Q{first.pk:06d}" in str(exc.value)
    request_receive(actor=staff.d1_counsellor, client_kind="person", identifier=person.id_number,
                    category="training", content="咨询电工培训", now=NOW)  # another matter is a new request
    assert ServiceRequest.objects.count() == 2


def test_a_desk_answer_is_closed_by_its_receiver_without_hand_over(city, staff, person):
    """BJ-5-9 policy consultation is answered at the desk; BJ-5-6 only the responsible person closes."""
    item = request_receive(actor=staff.d1_counsellor, client_kind="person", identifier=person.id_number,
                           category="policy_consultation", content="咨询灵活就业社保补贴", now=NOW)
    assert (item.status, item.routed_unit) == ("received", city.d1) and not RequestHandover.objects.exists()
    with pytest.raises(DomainError) as exc:
        request_close(actor=staff.s11_counsellor, item=item, result="已答复")
    assert exc.value.code == "not_responsible"
    request_close(actor=staff.d1_counsellor, item=item, result="已当场告知申领条件", now=NOW)
    item.refresh_from_db()
    assert item.status == "closed" and not Duty.objects.filter(kind="intake.handover_accept").exists()


def test_an_employers_request_goes_to_its_account_officers_and_can_be_handed_on(city, staff):
    """BJ-5-9: recruitment goes to the account officers of the employer's agency; BJ-5-6 a further hand-over is
    explicit, needs a note, is recorded and owes acceptance again."""
    employer = make_employer(staff.s11_officer, city.s11, name="测试物流有限公司")
    item = request_receive(actor=staff.d1_counsellor, client_kind="employer", identifier=employer.credit_code.lower(),
                           category="recruitment", content="招聘叉车司机10名", now=NOW)
    assert (item.routed_unit, item.queue_role, item.client_label) == (city.s11, "account_officer", "测试物流有限公司")
    request_accept(actor=staff.s11_officer, item=item, now=NOW)
    with pytest.raises(DomainError) as exc:
        request_hand_over(actor=staff.s11_officer, item=item, to_unit=city.d1, to_role="counsellor", note=" ")
    assert list(exc.value.field_errors) == ["note"]
    request_hand_over(actor=staff.s11_officer, item=item, to_unit=city.d1, to_role="counsellor",
                      note="需区级组织专场招聘会", now=at(2026, 3, 6))
    item.refresh_from_db()
    assert (item.status, item.responsible, item.routed_unit) == ("handed_over", staff.s11_officer, city.d1)
    assert RequestHandover.objects.filter(request=item).count() == 2
    assert Duty.objects.filter(kind="intake.handover_accept", status="open").get().unit == city.d1


def test_unknown_clients_and_wrong_categories_are_refused_and_nothing_is_saved(city, staff, person):
    """BJ-5-9: the client must be registered; the category must suit the client; the content is required."""
    with pytest.raises(DomainError) as exc:
        request_receive(actor=staff.d1_counsellor, client_kind="person", identifier="110101199001011234",
                        category="job_seeking", content="登记", now=NOW)
    assert list(exc.value.field_errors) == ["identifier"]
    with pytest.raises(DomainError) as exc:
        request_receive(actor=staff.d1_counsellor, client_kind="person", identifier=person.id_number,
                        category="recruitment", content="", now=NOW)
    assert set(exc.value.field_errors) == {"category", "content"}
    assert not ServiceRequest.objects.exists()


def test_desk_pages_and_api(client, city, staff, person):
    """BJ-5-9 through the page (a refusal in Chinese, saving nothing) and the API; scoped like everything else."""
    client.force_login(staff.d2_counsellor)
    bad = client.post("/intake/", {"client_kind": "person", "identifier": "110101199001011234",
                                   "category": "job_seeking", "channel": "front_desk", "content": "登记"})
    assert bad.status_code == 400 and "请先办理登记" in bad.content.decode()
    response = client.post("/intake/", {"client_kind": "person", "identifier": person.id_number,
                                        "category": "job_seeking", "channel": "phone", "content": "办理失业登记"})
    assert response.status_code == 302
    item = ServiceRequest.objects.get()
    page = client.get(response.url).content.decode()
    assert "甲区一街道" in page and "待接收" in page and person.full_name not in page
    client.force_login(staff.s11_counsellor)
    assert [r["reference"] for r in client.get("/api/intake/queue").json()] == [f"Q{item.pk:06d}"]
    assert client.post(f"/api/intake/requests/{item.pk}/accept").json()["responsible"] == "一街道指导员"
    client.force_login(make_user("s21-counsellor", city.s21, [Role.COUNSELLOR]))
    assert client.get(f"/intake/{item.pk}/").status_code == 404
    with pytest.raises(NotFound):
        request_get(actor=staff.s12_caseworker, pk=item.pk)
