"""Policy-information group guidance: materials at least 2 working days ahead (CQ-7.1.2-*); the deadline is a duty
reminded on its day, compliance is derived from the deliveries."""
import datetime as dt

import pytest

from careerguide.common.errors import DomainError
from careerguide.duties.models import Duty
from careerguide.duties.services import duties_send_reminders
from careerguide.guidance.cq.selectors import session_compliance
from careerguide.guidance.cq.services.sessions import materials_deliver, participant_register, session_plan
from careerguide.guidance.cq.tests.helpers import cq_staff  # noqa: F401  (the shared staff, qualified for CQ)
from careerguide.job_seekers.tests.helpers import at
from careerguide.notifications.models import Notification
from careerguide.workdays.selectors import work_calendar

pytestmark = pytest.mark.django_db
WED = dt.date(2024, 6, 19)   # deadline Monday 17 June
MON = dt.date(2024, 6, 17)


def plan(staff, city, day=dt.date(2024, 6, 3), session_on=WED):
    return session_plan(actor=staff.d1_counsellor, unit=city.d1, title="稳岗政策解读", session_on=session_on,
                        material_version="v1", now=at(day))


def test_deadline_and_duty_on_the_calendar(city, staff):
    """CQ-7.1.2-1, CQ-7.1.2-2: Wednesday session → Monday deadline; Monday session → previous Thursday."""
    s = plan(staff, city)
    assert s.material_deadline == MON
    duty = Duty.objects.get(kind="cq_group_materials")
    assert (duty.due_date, duty.remind_on) == (MON, MON)
    assert plan(staff, city, session_on=dt.date(2024, 6, 24)).material_deadline == dt.date(2024, 6, 20)
    with pytest.raises(DomainError):  # planned after its own deadline
        plan(staff, city, day=dt.date(2024, 6, 18))
    with pytest.raises(DomainError):  # only guidance staff organise group sessions (CQ-4.6.1-4)
        session_plan(actor=staff.d1_head, unit=city.d1, title="x", session_on=WED, material_version="v1",
                     now=at(dt.date(2024, 6, 3)))


@pytest.mark.parametrize("delivered, compliance", [
    (dt.date(2024, 6, 14), "compliant"),      # the working day before the deadline
    (MON, "compliant"),                       # any time on the deadline day
    (dt.date(2024, 6, 18), "non_compliant"),  # the next working day: only 1 working day ahead
])
def test_delivery_before_on_after_deadline(city, staff, delivered, compliance):
    """CQ-7.1.2-1, CQ-7.1.2-3."""
    s = plan(staff, city)
    p = participant_register(actor=staff.d1_counsellor, session=s, name="周文", now=at(dt.date(2024, 6, 5)))
    materials_deliver(actor=staff.d1_counsellor, participant=p, channel="短信链接", version="v1",
                      now=at(delivered, 23 if delivered == MON else 10))
    assert p.delivered_version == "v1" and p.delivery_channel == "短信链接"
    assert session_compliance(session=s, today=MON) == "pending"
    assert session_compliance(session=s, today=dt.date(2024, 6, 18)) == compliance


def reminders(day):
    """The duty engine's daily reminder run, with set reminder dates only (no lead window)."""
    return duties_send_reminders(now=at(day, 8), calendar=work_calendar(), lead_workdays=0)


def test_alert_on_deadline_day_only_when_sending_not_recorded(city, staff):
    """CQ-7.1.2-1: the organiser is alerted on the deadline day while sending is not recorded; not the day before,
    and not once every participant registered by then has the materials."""
    s = plan(staff, city)
    participant_register(actor=staff.d1_counsellor, session=s, name="周文", now=at(dt.date(2024, 6, 5)))
    assert reminders(dt.date(2024, 6, 14)) == 0
    assert reminders(MON) == 1
    assert Notification.objects.filter(recipient=staff.d1_counsellor, subject__contains="待办提醒").count() == 1
    assert session_compliance(session=s, today=dt.date(2024, 6, 18)) == "non_compliant"  # never delivered
    other = plan(staff, city, session_on=dt.date(2024, 6, 26))  # deadline Monday 24 June
    p = participant_register(actor=staff.d1_counsellor, session=other, name="何静", now=at(dt.date(2024, 6, 5)))
    materials_deliver(actor=staff.d1_counsellor, participant=p, channel="邮件", version="v1", now=at(dt.date(2024, 6, 21)))
    assert reminders(dt.date(2024, 6, 24)) == 1  # only the first session's overdue duty is reminded
    assert Duty.objects.get(kind="cq_group_materials", subject_id=str(other.pk)).status == "done"


def test_late_registrant_is_not_a_breach(city, staff):
    """CQ-7.1.2-3."""
    s = plan(staff, city)
    on_time = participant_register(actor=staff.d1_counsellor, session=s, name="周文", now=at(dt.date(2024, 6, 5)))
    materials_deliver(actor=staff.d1_counsellor, participant=on_time, channel="邮件", version="v1",
                      now=at(dt.date(2024, 6, 12)))
    late = participant_register(actor=staff.d1_counsellor, session=s, name="何静", now=at(dt.date(2024, 6, 18)))
    assert late.late_registrant
    materials_deliver(actor=staff.d1_counsellor, participant=late, channel="现场", version="v1",
                      now=at(dt.date(2024, 6, 18)))
    assert late.delivery_status == "late_registrant"
    assert session_compliance(session=s, today=dt.date(2024, 6, 18)) == "compliant"
    assert Duty.objects.get(kind="cq_group_materials").status == "done"
