"""Policy-information group guidance: materials at least 2 working days ahead (CQ-7.1.2-*)."""
import datetime as dt

import pytest

from careerguide.common.errors import DomainError
from careerguide.duties.models import Duty
from careerguide.guidance.cq.services.sessions import (
    materials_deliver,
    participant_register,
    session_plan,
    sessions_check_materials,
)
from careerguide.job_seekers.tests.helpers import at
from careerguide.notifications.models import Notification

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
    assert Duty.objects.get(kind="cq_group_materials").due_date == MON
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
    sessions_check_materials(now=at(dt.date(2024, 6, 18), 1))
    s.refresh_from_db()
    assert s.compliance == compliance


def test_alert_on_deadline_day_only_when_sending_not_recorded(city, staff):
    """CQ-7.1.2-1: the organiser is alerted on the deadline day; not the day before."""
    s = plan(staff, city)
    participant_register(actor=staff.d1_counsellor, session=s, name="周文", now=at(dt.date(2024, 6, 5)))
    assert sessions_check_materials(now=at(dt.date(2024, 6, 14))) == 0
    assert sessions_check_materials(now=at(MON)) == 1
    assert Notification.objects.filter(recipient=staff.d1_counsellor, subject__contains="截止日").count() == 1
    sessions_check_materials(now=at(dt.date(2024, 6, 18)))
    s.refresh_from_db()
    assert s.compliance == "non_compliant"  # never delivered


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
    sessions_check_materials(now=at(dt.date(2024, 6, 18)))
    s.refresh_from_db()
    assert s.compliance == "compliant"
    assert Duty.objects.get(kind="cq_group_materials").status == "done"
