"""Priority service when booking times are given out (CQ-7.1.11-1): the rule on its own, then through the page."""
import datetime as dt

import pytest

from careerguide.guidance.models import GuidanceAppointment
from careerguide.guidance.rules import Waiting, slot_allocation
from careerguide.guidance.services import appointment_request
from careerguide.guidance.tests.test_guidance import DAY, person
from careerguide.job_seekers.tests.helpers import at

D = dt.date(2026, 3, 2)
SLOTS = [dt.datetime(2027, 6, 1, h, 0) for h in (9, 10, 11)]


@pytest.mark.req("CQ-7.1.11-1")
def test_a_priority_booking_gets_the_earliest_slot_ahead_of_ordinary_bookings_of_the_same_day_or_later():
    """CQ-7.1.11-1: the day before, the day of and the day after an ordinary booking: a priority booking made the
    same day or earlier is offered the earliest free slot; one made a day later comes after the earlier ordinary
    booking; slots are handed out earliest first, bookings beyond them wait; the same slot is not given twice."""
    ordinary = Waiting(pk=1, requested_on=D, priority=False)
    for day, first in ((D - dt.timedelta(days=1), 2), (D, 2), (D + dt.timedelta(days=1), 1)):
        given = slot_allocation([ordinary, Waiting(pk=2, requested_on=day, priority=True)], reversed(SLOTS))
        assert min(given, key=given.get) == first, day
    later_ordinary = Waiting(pk=3, requested_on=D + dt.timedelta(days=1), priority=False)
    given = slot_allocation([later_ordinary, ordinary, Waiting(pk=2, requested_on=D, priority=True)], SLOTS[:2] * 2)
    assert given == {2: SLOTS[0], 1: SLOTS[1]}  # two distinct slots: the later ordinary booking keeps waiting


@pytest.mark.req("CQ-7.1.11-1")
def test_the_reception_gives_out_an_officers_slots_with_priority_service_and_refuses_bad_lines(client, city, staff):
    """CQ-7.1.11-1: on the allocation page the street's free slots go to the waiting bookings, an employment-assistance
    target's booking ahead of an ordinary one made the same day; a malformed line or a past slot is refused with a
    Chinese message and nothing is assigned."""
    from careerguide.job_seekers.services.certification import difficulty_certification_record

    early, same_day, target = person(staff, city, seed=71), person(staff, city, seed=72), person(staff, city, seed=73)
    booked = {}
    for day, p, name in ((DAY, early, "early"), (DAY + dt.timedelta(days=1), same_day, "same_day"),
                         (DAY + dt.timedelta(days=1), target, "target")):
        booked[name] = appointment_request(actor=staff.s11_counsellor, subject=p, need="求职", guidance_type="specialized",
                                           channel="counter", now=at(day))
    difficulty_certification_record(actor=staff.s11_counsellor, job_seeker=target, status="certified", decided_on=DAY,
                                    authority="一街道社会保障事务所", document_ref="认定〔2024〕2号",
                                    now=at(DAY + dt.timedelta(days=1)))
    client.force_login(staff.s11_counsellor)
    assert "/guidance/appointments/slots/" in client.get("/guidance/appointments/").content.decode()
    officer = staff.s11_counsellor.pk
    for bad, message in (("2027-06-01 09:00\n6月1日上午", "格式不正确"), ("2020-01-06 09:00", "不能早于现在")):
        page = client.post("/guidance/appointments/slots/", {"officer": officer, "slots": bad}).content.decode()
        assert message in page
        assert not GuidanceAppointment.objects.filter(scheduled_at__isnull=False).exists()
    lines = "2027-06-01 11:00\n2027-06-01 09:00\n\n2027-06-01 10:00"
    assert client.post("/guidance/appointments/slots/", {"officer": officer, "slots": lines}).status_code == 302
    times = {name: GuidanceAppointment.objects.get(pk=a.pk) for name, a in booked.items()}
    assert [times[n].scheduled_at.astimezone().hour for n in ("early", "target", "same_day")] == [9, 10, 11]
    assert {a.status for a in times.values()} == {"assigned"} and {a.officer_id for a in times.values()} == {officer}


@pytest.mark.req("CQ-7.1.11-1")
def test_the_api_gives_out_slots_with_priority_service_and_refuses_a_past_slot(client, city, staff):
    """CQ-7.1.11-1 through the API: a past slot is a 400 naming the field and assigns nothing; free slots go to the
    target's booking first among bookings of the same day."""
    from careerguide.job_seekers.services.certification import difficulty_certification_record

    ordinary, target = person(staff, city, seed=81), person(staff, city, seed=82)
    booked = [appointment_request(actor=staff.s11_counsellor, subject=p, need="求职", guidance_type="specialized",
                                  channel="counter", now=at(DAY)) for p in (ordinary, target)]
    difficulty_certification_record(actor=staff.s11_counsellor, job_seeker=target, status="certified", decided_on=DAY,
                                    authority="一街道社会保障事务所", document_ref="认定〔2024〕3号", now=at(DAY))
    client.force_login(staff.s11_counsellor)
    url = "/api/guidance/appointments/slots"
    past = client.post(url, {"officer_id": staff.s11_counsellor.pk, "slots": ["2020-01-06T09:00:00"]},
                       content_type="application/json")
    assert past.status_code == 400 and "slots" in past.content.decode()
    assert not GuidanceAppointment.objects.filter(scheduled_at__isnull=False).exists()
    r = client.post(url, {"officer_id": staff.s11_counsellor.pk, "slots": ["2027-06-01T10:00:00", "2027-06-01T09:00:00"]},
                    content_type="application/json")
    assert r.status_code == 200
    assert [row["id"] for row in r.json()] == [booked[1].pk, booked[0].pk]
