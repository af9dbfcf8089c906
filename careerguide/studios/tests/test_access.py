"""Who acts (role predicates), the application state table, and the host unit's dashboard page."""
import datetime as dt

import pytest

from careerguide.studios.permissions import can_grant_special_subsidy, is_city_hrss, is_county_bureau, is_studio_centre
from careerguide.studios.services import notice, operation, review
from careerguide.studios.states import APPLICATION_TERMINAL, APPLICATION_TRANSITIONS
from careerguide.studios.states import ApplicationStatus as S

from .factories import bring_to_review, build_world, make_application, vote

pytestmark = pytest.mark.django_db


def test_roles(staff):
    """HN-11-1, HN-3-3: city_hrss = city admins/heads; the centre adds city counsellors; district heads recommend
    and grant county subsidies; others none."""
    assert is_city_hrss(staff.city_admin) and not is_city_hrss(staff.d1_head) and not is_city_hrss(staff.city_analyst)
    assert is_studio_centre(staff.city_admin) and not is_studio_centre(staff.d1_counsellor)
    assert is_county_bureau(staff.d1_head) and not is_county_bureau(staff.d1_counsellor)
    assert can_grant_special_subsidy(staff.d1_head) and not can_grant_special_subsidy(staff.seeker_user)


def test_application_state_table():
    """HN-6-23: the fifteen states; terminal ones have no way out; HN-6-24 withdrawal only before the notice."""
    assert len(S) == 15
    assert all(APPLICATION_TRANSITIONS[s] == set() for s in APPLICATION_TERMINAL)
    assert S.WITHDRAWN in APPLICATION_TRANSITIONS[S.PROPOSED]
    assert S.WITHDRAWN not in APPLICATION_TRANSITIONS[S.IN_PUBLIC_NOTICE]


def test_host_dashboard(client, city, staff):
    """HN-10-9: the host unit sees targets, the plan due date and the subsidy balance; HN-4-1 activities carry a
    function; another signed-in user gets 404."""
    world = build_world(city, staff)
    app = bring_to_review(world, staff, make_application(world))
    review.voting_open(actor=staff.city_admin, round=world.round)
    vote(world, staff, app, 7)
    review.voting_close(actor=staff.city_admin, round=world.round)
    app.refresh_from_db()
    notice.notice_publish(actor=staff.city_admin, application=app, published_on=dt.date(2024, 7, 1))
    [studio] = notice.confirmation_record(actor=staff.city_admin, applications=[app], document_number="淮人社秘〔2024〕10号",
                                          document_date=dt.date(2024, 7, 10),
                                          now=dt.datetime(2024, 7, 10, tzinfo=dt.timezone.utc))
    act = operation.activity_record(actor=world.host_user, studio=studio, held_on=dt.date(2024, 10, 9), title="形势研判会",
                                    target="other", function="market_analysis", location="甲区", organisers="陈立衡")
    assert act.get_function_display() == "研判人力资源市场形势和趋势"
    client.force_login(world.host_user)
    page = client.get(f"/public/studios/mine/{studio.pk}/").content.decode()
    assert "50000" in page and "两年工作规划" in page and "2024-08-09" in page
    client.force_login(staff.seeker_user)
    assert client.get(f"/public/studios/mine/{studio.pk}/").status_code == 404
