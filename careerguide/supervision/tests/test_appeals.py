"""A person with employment difficulties appeals online when an agency failed them; the appeal follows the complaint
workflow at the district (BJ-59-2)."""
import datetime as dt

import pytest

from careerguide.common.errors import DomainError
from careerguide.job_seekers.models import JobSeeker
from careerguide.job_seekers.tests.factories import register_job_seeker
from careerguide.matching.tests.factories import at
from careerguide.notifications.models import Notification
from careerguide.supervision.models import Complaint
from careerguide.supervision.services.complaints import appeal_submit, complaint_assign, complaint_close

pytestmark = pytest.mark.django_db
NOW = at(2026, 3, 3)


@pytest.fixture
def person(city, staff):
    seeker = register_job_seeker(staff.s11_counsellor, city.s11, full_name="申诉人", now=NOW,
                                 profile={"difficulty_certified": True, "certified_on": dt.date(2026, 3, 1),
                                          "habitual_district": city.d1.pk})
    JobSeeker.objects.filter(pk=seeker.pk).update(portal_user=staff.seeker_user)
    seeker.refresh_from_db()
    return seeker


def test_the_appeal_goes_to_the_persons_district_and_follows_the_complaint_workflow(city, staff, person):
    """BJ-59-2: filed online about a street agency, received by the district of habitual residence (所在区), its head
    told; assigned, closed with a reply that the person reads on their own page."""
    appeal = appeal_submit(actor=staff.seeker_user, seeker=person, district=city.d1, agency=city.s11,
                           content="多次预约未安排就业援助服务", now=NOW)
    assert (appeal.unit, appeal.channel, appeal.subject_kind, appeal.subject_label, appeal.is_appeal) == (
        city.d1, "online", "agency", "甲区一街道", True)
    assert Notification.objects.filter(recipient=staff.d1_head, subject="收到就业困难人员网上申诉").count() == 1
    complaint_assign(actor=staff.d1_head, complaint=appeal, handler=staff.d1_counsellor, now=NOW)
    complaint_close(actor=staff.d1_counsellor, complaint=appeal, result="责令街道限期提供援助", reply="已督促甲区一街道三日内联系您",
                    replied_on=dt.date(2026, 3, 5), now=at(2026, 3, 5))
    appeal.refresh_from_db()
    assert appeal.status == "closed"


def test_only_a_certified_person_appeals_online_about_an_agency_of_their_district(city, staff, person):
    """BJ-59-2: the online appeal is for persons with employment difficulties; refusals name what is wrong and save
    nothing."""
    with pytest.raises(DomainError) as exc:
        appeal_submit(actor=staff.seeker_user, seeker=person, district=city.d1, agency=city.s21, content=" ", now=NOW)
    assert set(exc.value.field_errors) == {"agency", "content"}
    JobSeeker.objects.filter(pk=person.pk).update(difficulty_certified=False, certified_on=None)
    person.refresh_from_db()
    with pytest.raises(DomainError) as exc:
        appeal_submit(actor=staff.seeker_user, seeker=person, district=city.d1, agency=city.s11, content="未提供服务",
                      now=NOW)
    assert (exc.value.code, exc.value.clause) == ("not_difficulty_certified", "BJ-59-2")
    assert not Complaint.objects.exists()


def test_appeal_page_shows_the_right_and_whom_to_contact(client, city, staff, person):
    """BJ-59-2 (proposal): the platform shows the right to appeal and the district department's contact."""
    city.d1.phone = "010-12345678"
    city.d1.save(update_fields=["phone"])
    client.force_login(staff.seeker_user)
    page = client.get("/supervision/appeal/").content.decode()
    assert "有权向所在区人力资源和社会保障行政部门申诉" in page and "010-12345678" in page
    bad = client.post("/supervision/appeal/", {"agency": city.s11.pk, "content": ""})
    assert bad.status_code == 400 and not Complaint.objects.exists()
    assert client.post("/supervision/appeal/", {"agency": city.s11.pk, "content": "未安排专门服务"}).status_code == 302
    assert "甲区一街道" in client.get("/supervision/appeal/").content.decode()
    assert client.get("/api/supervision/appeals").json()[0]["status"] == "recorded"
    client.force_login(staff.d1_head)
    complaint = Complaint.objects.get()
    assert "就业困难人员申诉" in client.get(f"/supervision/complaints/{complaint.pk}/").content.decode()
    client.force_login(staff.s11_counsellor)
    assert client.get("/supervision/appeal/").status_code == 403
