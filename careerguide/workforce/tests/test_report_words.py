"""The workforce report pages say counts by code with the codes' Chinese names, never as a printed dict: the team
report's structure and certification lines (SD-G-10, SD-18-2) and the award quota dashboard (SD-20-2)."""
import re

import pytest

from careerguide.workforce.views.pages import counts_text

from .factories import make_counsellor

pytestmark = pytest.mark.django_db
PRINTED = re.compile(r"\{'|\{\d|\bNone\b|full_time|part_time|bachelor|unknown")


def test_counts_are_said_in_the_labels_order_with_a_dash_for_none():
    labels = {"online": "线上", "offline": "线下"}
    assert counts_text({"offline": 1, "online": 3}, labels) == "线上 3、线下 1"
    assert counts_text({"甲区": 2}) == "甲区 2"
    assert counts_text({}, labels) == "—"


def test_the_team_report_names_employment_types_levels_and_age_bands(client, city, staff):
    """SD-G-10: headcount by employment type and age band in words; SD-18-2: the level shares by level name."""
    make_counsellor(staff.d1_head, city.d1, "甲", level=3)
    make_counsellor(staff.d1_head, city.d1, "乙", employment_type="part_time")
    client.force_login(staff.d1_head)
    page = client.get("/workforce/reports/").content.decode()
    notes = " ".join(re.findall(r'data-testid="note">(.*?)</p>', page, flags=re.S))
    assert "专职 1、兼职 1" in notes
    assert "三级 50.0%" in notes
    assert PRINTED.findall(notes) == []


def test_the_quota_dashboard_names_years_and_units(client, city, staff):
    """SD-20-2: the awards counted against the quota are said by year and by unit, not as dictionaries."""
    import datetime as dt

    from careerguide.workforce.services import recognition

    a = make_counsellor(staff.city_admin, city.d1, "甲")
    rnd = recognition.award_round_create(actor=staff.city_admin, unit=city.city, title="guidance_star", year=2025)
    for to in ("nominations", "expert_review", "publicity"):
        recognition.award_round_advance(actor=staff.city_admin, rnd=rnd, to=to)
    recognition.award_confer(actor=staff.city_admin, rnd=rnd, unit=city.d1, candidate_kind="individual", candidate_key="",
                             candidate_label="甲", counsellor=a, awarded_on=dt.date(2025, 6, 1))
    client.force_login(staff.city_admin)
    page = client.get("/workforce/recognition/").content.decode()
    table = page.split('data-testid="quota"', 1)[1].split("</table>", 1)[0]
    assert "2025年 1" in table and f"{city.d1.name} 1" in table
    assert PRINTED.findall(table) == []


def test_the_effectiveness_page_with_nobody_to_count_shows_a_dash(client, city, staff):
    """SD-7-3: with no accepted suggestion in the period the hire rate is "—", not None."""
    client.force_login(staff.city_admin)
    page = client.get("/workforce/platform/report/").content.decode()
    note = page.split('data-testid="note"', 1)[1].split("</p>", 1)[0]
    assert "已录用0人（—%）" in note and "None" not in note
