"""What a recognised studio is owed over its life, as duties and warnings, with the numbers the policy names:
annual assessment (HN-11-3), end-of-term evaluation (HN-11-4), later plans (HN-11-5), target warnings (HN-10-8),
rounds per year (HN-3-2) and the minimum sample (HN-9-2)."""
import datetime as dt

import pytest

from careerguide.common.errors import DomainError
from careerguide.duties.models import Duty
from careerguide.notifications.models import Notification
from careerguide.policy.services import policy_override_create
from careerguide.studios.duty_kinds import ANNUAL_ASSESSMENT_KIND, TERM_EVALUATION_KIND, WORK_PLAN_KIND
from careerguide.studios.services import funds, notice, operation, review, rounds
from careerguide.studios.services.supervision import studio_target_warnings_send

from .factories import bring_to_review, build_world, make_application, vote

pytestmark = pytest.mark.django_db
D = dt.date
EARLY = dt.datetime(2024, 1, 2, 9, tzinfo=dt.timezone.utc)


@pytest.fixture
def world(city, staff):
    return build_world(city, staff)


def confirmed(world, staff, *, on=D(2024, 7, 10)):
    app = bring_to_review(world, staff, make_application(world))
    review.voting_open(actor=staff.city_admin, round=world.round)
    vote(world, staff, app, 7)
    review.voting_close(actor=staff.city_admin, round=world.round)
    app.refresh_from_db()
    notice.notice_publish(actor=staff.city_admin, application=app, published_on=D(2024, 7, 1))
    [studio] = notice.confirmation_record(actor=staff.city_admin, applications=[app], document_number="淮人社秘〔2024〕10号",
                                          document_date=on, now=dt.datetime(on.year, on.month, on.day, tzinfo=dt.timezone.utc))
    return studio


def open_duty(studio, kind):
    return Duty.objects.get(subject_id=str(studio.pk), kind=kind, status="open")


def test_annual_assessment_duty_per_calendar_year(world, staff):
    """HN-11-3: confirmation opens the centre's assessment of the first full calendar year (recognised 2024-07-10,
    so 2025, within 2025); recording it fulfils that duty and opens the next year's; an assessment of another year
    fulfils nothing."""
    studio = confirmed(world, staff)
    duty = open_duty(studio, ANNUAL_ASSESSMENT_KIND)
    assert (duty.earliest, duty.due_date, duty.unit_id) == (D(2025, 1, 1), D(2025, 12, 31), staff.city_admin.unit_id)
    operation.assessment_record(actor=staff.city_admin, studio=studio, kind="annual", period=2024, result="qualified",
                                assessed_on=D(2024, 12, 20))
    assert open_duty(studio, ANNUAL_ASSESSMENT_KIND).pk == duty.pk
    operation.assessment_record(actor=staff.city_admin, studio=studio, kind="annual", period=2025, result="qualified",
                                assessed_on=D(2025, 12, 31))
    duty.refresh_from_db()
    assert duty.status == "done"
    assert open_duty(studio, ANNUAL_ASSESSMENT_KIND).due_date == D(2026, 12, 31)


def test_term_evaluation_due_at_the_end_of_each_term_from_the_policy(world, staff):
    """HN-11-4: the term is `hn.evaluation_term_years` (2): recognised 2024-07-10, the first term ends 2026-07-09
    and its evaluation opens with that quarter (2026-07-01); one day earlier it is refused."""
    studio = confirmed(world, staff)
    duty = open_duty(studio, TERM_EVALUATION_KIND)
    assert (duty.earliest, duty.due_date) == (D(2026, 7, 1), D(2026, 7, 9))
    with pytest.raises(DomainError) as refused:
        operation.assessment_record(actor=staff.city_admin, studio=studio, kind="term_end", period=1,
                                    result="qualified", assessed_on=D(2026, 6, 30))
    assert refused.value.code == "too_early" and not studio.assessments.exists()
    operation.assessment_record(actor=staff.city_admin, studio=studio, kind="term_end", period=1, result="qualified",
                                assessed_on=D(2026, 7, 1))
    duty.refresh_from_db()
    assert duty.status == "done" and open_duty(studio, TERM_EVALUATION_KIND).due_date == D(2028, 7, 9)


def test_term_length_is_read_from_the_policy(world, staff, city):
    """HN-11-4: a district that sets a three-year term gets its first evaluation at the end of year three."""
    policy_override_create(actor=staff.city_admin, key="hn.evaluation_term_years", unit=city.d1, value=3,
                           effective_from=D(2024, 1, 2), reason="试点三年期", now=EARLY)
    studio = confirmed(world, staff)
    assert open_duty(studio, TERM_EVALUATION_KIND).due_date == D(2027, 7, 9)


def test_each_later_plan_is_due_before_the_current_term_ends(world, staff):
    """HN-11-5: the first plan within 30 days of recognition; submitting it opens the second, due on the last day
    of the first term."""
    studio = confirmed(world, staff)
    assert open_duty(studio, WORK_PLAN_KIND).due_date == D(2024, 8, 9)
    operation.work_plan_submit(actor=world.host_user, studio=studio, term_index=1, submitted_on=D(2024, 8, 1),
                               direction="方向", priorities="重点", level="层次", scale="规模", measures="措施")
    assert open_duty(studio, WORK_PLAN_KIND).due_date == D(2026, 7, 9)


def test_host_unit_warned_thirty_days_before_the_period_ends(world, staff):
    """HN-10-8: with the quarter's regional exchange still missing, the host unit's account is told on the 30th day
    before the quarter ends (2024-12-31 → 2024-12-01), not on the 31st, and only once; a period that is not
    measured (the quarter and year of recognition, HN-10-4) gives no warning."""
    studio = confirmed(world, staff)
    at = dict(hour=9, tzinfo=dt.timezone.utc)
    assert studio_target_warnings_send(now=dt.datetime(2024, 9, 1, **at)) == 0  # Q3 2024 is not measured
    assert studio_target_warnings_send(now=dt.datetime(2024, 11, 30, **at)) == 0
    assert studio_target_warnings_send(now=dt.datetime(2024, 12, 1, **at)) == 1
    assert studio_target_warnings_send(now=dt.datetime(2024, 12, 2, **at)) == 0
    message = Notification.objects.get(recipient=world.host_user)
    assert "区域性服务交流" in message.subject and str(studio.pk) in message.link
    operation.activity_record(actor=world.host_user, studio=studio, held_on=D(2025, 12, 1), title="区域交流",
                              target="t1_regional_exchange", function="precise_guidance", location="甲区",
                              organisers="陈立衡", regional=True)
    assert studio_target_warnings_send(now=dt.datetime(2025, 12, 1, **at)) == 2  # the year's T2 and T3 only


def test_rounds_per_year_come_from_the_policy(world, staff, city):
    """HN-3-2: one round a year by default; a city that sets two may open a second round that year."""
    with pytest.raises(DomainError):
        rounds.round_create(actor=staff.city_admin, year=2024, title="第二批", quota=1,
                            recommendation_deadline=D(2024, 9, 1), materials_deadline=D(2024, 9, 30))
    policy_override_create(actor=staff.city_admin, key="hn.rounds_per_year", unit=city.city, value=2,
                           effective_from=D(2024, 1, 2), reason="增加一批", now=EARLY)
    second = rounds.round_create(actor=staff.city_admin, year=2024, title="第二批", quota=1,
                                 recommendation_deadline=D(2024, 9, 1), materials_deadline=D(2024, 9, 30))
    assert second.year == 2024


def test_sample_size_at_least_the_policy_minimum(world, staff):
    """HN-9-2: a draw of 0 is refused (minimum 1) and nothing is stored; a draw of 1 is kept with its seed."""
    confirmed(world, staff)
    with pytest.raises(DomainError) as refused:
        funds.sample_draw(actor=staff.city_admin, size=0, seed=7, drawn_on=D(2025, 3, 1))
    assert refused.value.code == "invalid"
    draw = funds.sample_draw(actor=staff.city_admin, size=1, seed=7, drawn_on=D(2025, 3, 1))
    assert draw.size == 1 and len(draw.selected) == 1
