"""Community stations are staffed with full-time labour-security assistants by community size and grid management;
the staffing report shows each station's assistants against what it needs (BJ-60-2)."""
import datetime as dt

import pytest

from careerguide.accounts.roles import Role
from careerguide.accounts.tests.factories import make_user
from careerguide.common.errors import DomainError
from careerguide.matching.tests.factories import at
from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.rules import required_assistants
from careerguide.organisations.services import community_size_update, unit_create
from careerguide.policy.services import policy_override_create
from careerguide.supervision.selectors import community_staffing

pytestmark = pytest.mark.django_db
TODAY = dt.date(2026, 3, 10)


@pytest.mark.parametrize("households, grids, per_households, per_grids, expected", [
    (None, None, None, None, 1),   # size not recorded: the minimum
    (1200, 3, None, None, 1),      # no norm set by the city: the minimum
    (1000, 3, 500, None, 2),       # exactly two assistants' worth of households
    (1001, 3, 500, None, 3),       # one household more needs a third
    (800, 5, 500, 2, 3),           # five grids at two per assistant need three
])
def test_assistants_needed_by_size_and_grids(households, grids, per_households, per_grids, expected):
    """BJ-60-2: staffed according to community size and grid management, never below the minimum."""
    assert required_assistants(households=households, grids=grids, minimum=1, households_per_assistant=per_households,
                               grids_per_assistant=per_grids) == expected


def test_staffing_report_per_station_and_street(city, staff):
    """BJ-60-2: 一街道甲社区 (1,200 households, 3 grids) has one assistant; with the city's norm of 500 households per
    assistant it needs three; 一街道乙社区 has none and needs the minimum one."""
    k112 = unit_create(actor=None, name="一街道乙社区", code="T-K112", level=UnitLevel.COMMUNITY, parent=city.s11)
    community_size_update(actor=staff.d1_head, unit=city.k111, resident_households=1200, grid_count=3, now=at(2026, 3, 2))
    policy_override_create(actor=staff.city_admin, key="bj.community_assistant_households_per_assistant",
                           unit=city.city, value="500", effective_from=dt.date(2026, 3, 1), reason="市级配备标准",
                           now=at(2026, 3, 1))
    departed = make_user("k111-assistant-2", city.k111, [Role.COMMUNITY_ASSISTANT])
    type(departed).objects.filter(pk=departed.pk).update(is_active=False)  # a departed assistant does not count
    report = community_staffing(actor=staff.d1_head, on=TODAY)
    rows = {r["unit"].name: (r["households"], r["grids"], r["assistants"], r["required"], r["shortfall"])
            for r in report["rows"]}
    assert rows == {"一街道甲社区": (1200, 3, 1, 3, 2), "一街道乙社区": (None, None, 0, 1, 1)}
    assert [(s["street"], s["stations"], s["assistants"], s["required"], s["shortfall"]) for s in report["streets"]] == [
        (city.s11, 2, 1, 4, 3)]
    assert report["norms"] == {"minimum": 1, "households": 500, "grids": None}
    assert community_staffing(actor=make_user("d2-head", city.d2, [Role.UNIT_HEAD]), on=TODAY)["rows"] == []
    assert k112.pk in [r["unit"].pk for r in report["rows"]]


def test_community_size_is_recorded_for_community_stations_only(city, staff):
    """BJ-60-2: a street has no households of its own to record; a negative count is refused."""
    with pytest.raises(DomainError) as exc:
        community_size_update(actor=staff.d1_head, unit=city.s11, resident_households=10, grid_count=1)
    assert exc.value.code == "not_community"
    with pytest.raises(DomainError) as exc:
        community_size_update(actor=staff.d1_head, unit=city.k111, resident_households=-1, grid_count=2)
    assert list(exc.value.field_errors) == ["resident_households"]
    city.k111.refresh_from_db()
    assert city.k111.resident_households is None


def test_staffing_page_and_api(client, city, staff):
    client.force_login(staff.d1_head)
    assert client.post("/supervision/staffing/", {"unit": city.k111.pk, "resident_households": "900",
                                                  "grid_count": "2"}).status_code == 302
    page = client.get("/supervision/staffing/").content.decode()
    assert "一街道甲社区" in page and "900" in page
    bad = client.post("/supervision/staffing/", {"unit": city.k111.pk, "resident_households": "-5"})
    assert bad.status_code == 400
    api = client.get("/api/supervision/staffing").json()
    assert api["rows"][0]["assistants"] == 1 and api["rows"][0]["households"] == 900
    client.force_login(staff.k111_assistant)
    assert client.get("/supervision/staffing/").status_code == 403
