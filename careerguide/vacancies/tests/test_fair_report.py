"""The job-fair report by format and type (BJ-42-1) and the follow-up duty after a fair (BJ-43-5)."""
import datetime as dt

import pytest

from careerguide.duties.models import Duty
from careerguide.vacancies.selectors import fair_report
from careerguide.vacancies.services import fair as fairs

from .factories import at
from .test_fairs import ID_A, ID_B, _held_fair, make_fair

pytestmark = pytest.mark.django_db
MARCH = {"date_from": dt.date(2026, 3, 1), "date_to": dt.date(2026, 3, 31)}


def _row(rows, fmt, typ):
    return next(r for r in rows if (r["format"], r["type"]) == (fmt, typ))


def test_report_counts_fairs_employers_vacancies_attendees_and_outcomes_by_format_and_type(staff, city):
    """BJ-42-1: counts by type and format in a period; BJ-43-5 intentions and job starts beside them."""
    fair, employer, vacancy = _held_fair(staff, city)
    a = fairs.fair_attendee_register(actor=staff.d1_counsellor, fair=fair, full_name="现场求职者甲", id_number=ID_A,
                                     now=at(2026, 3, 12, 15))
    fairs.fair_attendee_register(actor=staff.d1_counsellor, fair=fair, full_name="现场求职者乙", id_number=ID_B,
                                 now=at(2026, 3, 12, 16))
    fairs.fair_outcome_record(actor=staff.d1_counsellor, fair=fair, kind="intention_reached", employer=employer, count=3,
                              occurred_on=dt.date(2026, 3, 12), now=at(2026, 3, 13))
    fairs.fair_outcome_record(actor=staff.d1_counsellor, fair=fair, kind="job_start", employer=employer,
                              job_seeker=a.job_seeker, occurred_on=dt.date(2026, 3, 16), now=at(2026, 3, 16))
    make_fair(staff, city, title="网络定向招聘会", fair_format="online", fair_type="targeted", venue="",
              url="https://jobs.example.cn/f1")
    cancelled = make_fair(staff, city, title="已取消的专场")
    fairs.fair_cancel(actor=staff.d1_counsellor, fair=cancelled, now=at(2026, 3, 3))

    rows = fair_report(actor=staff.d1_head, **MARCH)
    onsite_special = _row(rows, "onsite", "special")
    assert (onsite_special["fairs"], onsite_special["employers"], onsite_special["vacancies"],
            onsite_special["attendees"], onsite_special["intentions"], onsite_special["job_starts"]) == (1, 1, 1, 2, 3, 1)
    assert _row(rows, "online", "targeted")["fairs"] == 1
    assert sum(r["fairs"] for r in rows) == 2  # the cancelled fair is not counted
    assert sum(r["fairs"] for r in fair_report(actor=staff.d1_head, date_from=dt.date(2026, 4, 1),
                                               date_to=dt.date(2026, 4, 30))) == 0
    assert sum(r["fairs"] for r in fair_report(actor=staff.d2_counsellor, **MARCH)) == 0  # another district's fairs


def test_report_page_and_api(client, staff, city):
    """BJ-42-1: the report page and API operation answer for staff; a bad period is refused in Chinese."""
    make_fair(staff, city)
    client.force_login(staff.d1_head)
    page = client.get("/vacancies/fairs/report/", {"date_from": "2026-03-01", "date_to": "2026-03-31"}).content.decode()
    assert "现场招聘会" in page and "专场招聘会" in page and 'data-testid="fair-report"' in page
    assert "结束日期不能早于开始日期" in client.get("/vacancies/fairs/report/", {
        "date_from": "2026-03-31", "date_to": "2026-03-01"}).content.decode()
    rows = client.get("/api/vacancies/fairs/report", {"date_from": "2026-03-01", "date_to": "2026-03-31"}).json()
    assert _row(rows, "onsite", "special")["fairs"] == 1


def test_holding_a_fair_owes_the_follow_up_and_closing_meets_it(staff, city):
    """BJ-43-5: holding the fair schedules the follow-up duty (10 working days, proposed); closing the follow-up
    in time meets it."""
    fair, _employer, _vacancy = _held_fair(staff, city)
    duty = Duty.objects.get(kind=fairs.FOLLOW_UP_KIND)
    assert (duty.status, duty.due_date, duty.unit, duty.clause) == ("open", dt.date(2026, 3, 26), city.d1, "BJ-43-5")
    fairs.fair_start_follow_up(actor=staff.d1_counsellor, fair=fair, now=at(2026, 3, 13))
    fairs.fair_close(actor=staff.d1_counsellor, fair=fair, now=at(2026, 3, 26))
    duty.refresh_from_db()
    assert (duty.status, duty.fulfilled_on) == ("done", dt.date(2026, 3, 26))


def test_a_follow_up_closed_after_its_due_date_is_late(staff, city):
    """BJ-43-5: closed the working day after the due date → late."""
    fair, _employer, _vacancy = _held_fair(staff, city)
    fairs.fair_start_follow_up(actor=staff.d1_counsellor, fair=fair, now=at(2026, 3, 13))
    fairs.fair_close(actor=staff.d1_counsellor, fair=fair, now=at(2026, 3, 27))
    assert Duty.objects.get(kind=fairs.FOLLOW_UP_KIND).status == "late_done"
