"""The labour-resource and employment/unemployment monitoring surveys a community station's labour-security assistants
carry out (BJ-60-2), with the totals per station for the street and the upper levels."""
import datetime as dt

import pytest

from careerguide.accounts.roles import Role
from careerguide.accounts.tests.factories import make_user
from careerguide.audit.models import AuditEvent
from careerguide.common.errors import DomainError, NotFound
from careerguide.matching.tests.factories import at
from careerguide.supervision.models import CommunitySurvey
from careerguide.supervision.selectors import community_stations_for_survey, community_survey_totals
from careerguide.supervision.services.community import community_survey_record

pytestmark = pytest.mark.django_db
NOW = at(2026, 3, 10)
ROUND = {"kind": "labour_resource", "surveyed_on": dt.date(2026, 3, 9), "grid": "第3网格", "households": 40,
         "working_age": 62, "employed": 50, "unemployed": 4}


def test_the_stations_assistant_and_its_street_record_surveys(city, staff):
    """BJ-60-2: the assistant of 一街道甲社区 records a labour-resource round and a monitoring round; the street's
    counsellor records one too; the totals per station and type add them up, and the district reads them."""
    community_survey_record(actor=staff.k111_assistant, unit=city.k111, **ROUND, now=NOW)
    community_survey_record(actor=staff.s11_counsellor, unit=city.k111, **{**ROUND, "grid": "第4网格", "households": 10,
                                                                          "working_age": 15, "employed": 12,
                                                                          "unemployed": 1}, now=NOW)
    survey = community_survey_record(actor=staff.k111_assistant, unit=city.k111, now=NOW,
                                     **{**ROUND, "kind": "employment_monitoring", "unemployed": 5})
    assert (survey.recorded_by, survey.unit, survey.get_kind_display()) == (staff.k111_assistant, city.k111,
                                                                            "就业失业监测调查")
    assert AuditEvent.objects.filter(object_type="supervision.communitysurvey", action="create",
                                     clause="BJ-60-2").count() == 3
    totals = community_survey_totals(actor=staff.d1_head, start=dt.date(2026, 3, 1), end=dt.date(2026, 3, 31))
    assert [(t["unit"], t["kind"], t["rounds"], t["households"], t["working_age"], t["employed"], t["unemployed"])
            for t in totals] == [("一街道甲社区", "就业失业监测调查", 1, 40, 62, 50, 5),
                                 ("一街道甲社区", "劳动力资源调查", 2, 50, 77, 62, 5)]
    assert community_survey_totals(actor=staff.d2_counsellor, start=dt.date(2026, 3, 1),
                                   end=dt.date(2026, 3, 31)) == []
    assert list(community_stations_for_survey(actor=staff.k111_assistant)) == [city.k111]


def test_only_the_station_and_its_street_record_and_bad_counts_save_nothing(city, staff):
    """BJ-60-2: another district's staff cannot reach the station, the district above it is not its street, a survey
    belongs to a community station, and the employed and unemployed cannot outnumber the working-age residents."""
    with pytest.raises(NotFound):
        community_survey_record(actor=staff.d2_counsellor, unit=city.k111, **ROUND, now=NOW)
    with pytest.raises(DomainError) as exc:
        community_survey_record(actor=staff.d1_counsellor, unit=city.k111, **ROUND, now=NOW)
    assert (exc.value.code, exc.value.clause) == ("forbidden", "BJ-60-2")
    with pytest.raises(DomainError) as exc:
        community_survey_record(actor=staff.s11_counsellor, unit=city.s11, **ROUND, now=NOW)
    assert exc.value.code == "not_community_station"
    with pytest.raises(DomainError) as exc:
        community_survey_record(actor=staff.k111_assistant, unit=city.k111, now=NOW,
                                **{**ROUND, "employed": 60, "unemployed": 3, "grid": " "})
    assert set(exc.value.field_errors) == {"grid"}  # the grid first; counts are compared once all are valid
    with pytest.raises(DomainError) as exc:
        community_survey_record(actor=staff.k111_assistant, unit=city.k111, now=NOW,
                                **{**ROUND, "employed": 60, "unemployed": 3, "surveyed_on": dt.date(2026, 3, 11)})
    assert set(exc.value.field_errors) == {"surveyed_on"}
    with pytest.raises(DomainError) as exc:
        community_survey_record(actor=staff.k111_assistant, unit=city.k111, now=NOW,
                                **{**ROUND, "employed": 59, "unemployed": 4})
    assert list(exc.value.field_errors) == ["employed"]
    community_survey_record(actor=staff.k111_assistant, unit=city.k111, now=NOW,
                            **{**ROUND, "employed": 58, "unemployed": 4})  # exactly the working-age count
    assert CommunitySurvey.objects.count() == 1
    other = make_user("k111-counsellor", city.k111, [Role.COUNSELLOR])
    with pytest.raises(DomainError):  # at the station, but not a labour-security assistant
        community_survey_record(actor=other, unit=city.k111, **ROUND, now=NOW)


def test_community_survey_page_and_api(client, city, staff):
    """BJ-60-2 through the page (a refusal in Chinese, saving nothing) and the API."""
    client.force_login(staff.k111_assistant)
    form = {"unit": city.k111.pk, "kind": "labour_resource", "surveyed_on": "2026-03-09", "grid": "第3网格",
            "households": "40", "working_age": "10", "employed": "9", "unemployed": "2", "note": ""}
    bad = client.post("/supervision/community-surveys/", form)
    assert bad.status_code == 400 and "就业人数与失业人数之和不能超过劳动年龄人口" in bad.content.decode()
    assert not CommunitySurvey.objects.exists()
    assert client.post("/supervision/community-surveys/", {**form, "unemployed": "1"}).status_code == 302
    page = client.get("/supervision/community-surveys/?from=2026-03-01&to=2026-03-31").content.decode()
    assert "第3网格" in page and "劳动力资源调查" in page
    created = client.post("/api/supervision/community-surveys", {
        "unit_id": city.k111.pk, "kind": "employment_monitoring", "surveyed_on": "2026-03-09", "grid": "第5网格",
        "households": 8, "working_age": 12, "employed": 10, "unemployed": 1}, content_type="application/json")
    assert created.status_code == 200 and created.json()["recorded_by"] == staff.k111_assistant.full_name
    client.force_login(staff.d1_head)
    listed = client.get("/api/supervision/community-surveys?start=2026-03-01&end=2026-03-31").json()
    assert sorted(s["grid"] for s in listed["surveys"]) == ["第3网格", "第5网格"]
    client.force_login(staff.d2_counsellor)
    assert client.get("/api/supervision/community-surveys?start=2026-03-01&end=2026-03-31").json()["surveys"] == []
    response = client.post("/api/supervision/community-surveys", {
        "unit_id": city.k111.pk, "kind": "labour_resource", "surveyed_on": "2026-03-09", "grid": "x",
        "households": 1, "working_age": 1, "employed": 1, "unemployed": 0}, content_type="application/json")
    assert response.status_code == 404 and CommunitySurvey.objects.count() == 2
