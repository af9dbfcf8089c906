"""Market wage guide prices by occupation, built from the reviewed postings and published through the portal and
the feeds (BJ-53-2)."""
import datetime as dt

import pytest

from careerguide.audit.models import AuditEvent
from careerguide.common.errors import DomainError
from careerguide.labour_market.models import MarketReport
from careerguide.labour_market.rules import nearest_rank, posting_pay, wage_guide_rows
from careerguide.labour_market.services import market_report_generate, market_report_publish
from careerguide.matching.tests.factories import at, published_vacancy
from careerguide.policy.services import policy_override_create
from careerguide.vacancies.services.vacancy import vacancy_submit
from careerguide.vacancies.tests.factories import content, make_agent, make_registered_employer

WAREHOUSE = ("4-02-02-01", "仓库管理员")
DRIVER = ("4-02-01-01", "道路货运汽车驾驶员")


def test_a_posting_counts_with_the_middle_of_its_pay_range():
    """BJ-53-2: a range counts by its middle (rounded up), a single bound by itself, no pay not at all."""
    assert (posting_pay(6000, 8000), posting_pay(6000, 8001), posting_pay(6000, None), posting_pay(None, 9000)) == (
        7000, 7001, 6000, 9000)
    assert posting_pay(None, None) is None


def test_percentiles_by_nearest_rank():
    """BJ-53-2: the 10th, 50th and 90th percentiles of ten figures are the 1st, 5th and 9th; of one figure, itself."""
    ten = [1000 * i for i in range(1, 11)]
    assert (nearest_rank(ten, 10), nearest_rank(ten, 50), nearest_rank(ten, 90)) == (1000, 5000, 9000)
    assert (nearest_rank(ten, 11), nearest_rank(ten, 91)) == (2000, 10000)
    assert nearest_rank([4200], 10) == nearest_rank([4200], 90) == 4200


def test_an_occupation_below_the_sample_minimum_is_left_out():
    """BJ-53-2: with a minimum of 3, two postings are not enough (never a price from one or two employers)."""
    rows, omitted = wage_guide_rows({WAREHOUSE: [7000, 6000, 9000], DRIVER: [9000, 8000]}, minimum=3, low=10, high=90)
    assert rows == [{"code": WAREHOUSE[0], "name": WAREHOUSE[1], "postings": 3, "low": 6000, "median": 7000,
                     "high": 9000}]
    assert omitted == 1
    rows, omitted = wage_guide_rows({DRIVER: [9000, 8000]}, minimum=2, low=10, high=90)
    assert (rows[0]["low"], rows[0]["median"], rows[0]["high"], omitted) == (8000, 8000, 9000, 0)


@pytest.fixture
def postings(db, city, staff):
    """2025 in 甲区: four reviewed warehouse-keeper postings of one employer, one driver posting, one warehouse posting
    still in review and one published in 2026 (both left out)."""
    now = at(2025, 6, 2)
    employer = make_registered_employer(staff.s11_officer, city.s11, name="测试仓储有限公司", now=now)
    agent = make_agent(employer, "agent-wage")
    for low, high in ((5000, 6000), (6000, 7000), (7000, 9000), (9000, 11000)):
        published_vacancy(staff, city, employer=employer, agent=agent, now=now, pay_min=low, pay_max=high,
                          valid_until=dt.date(2025, 8, 1))
    published_vacancy(staff, city, employer=employer, agent=agent, now=now, occupation_code=DRIVER[0],
                      occupation_name=DRIVER[1], pay_min=9000, pay_max=10000, valid_until=dt.date(2025, 8, 1))
    vacancy_submit(actor=agent, employer=employer, now=now,
                   content=content(occupation_code=WAREHOUSE[0], occupation_name=WAREHOUSE[1], pay_min=20000,
                                   pay_max=30000, valid_until=dt.date(2025, 8, 1)))
    published_vacancy(staff, city, employer=employer, agent=agent, now=at(2026, 1, 5), pay_min=30000, pay_max=40000,
                      valid_until=dt.date(2026, 3, 1))
    policy_override_create(actor=staff.city_admin, key="bj.wage_guide_min_postings", unit=city.city, value="3",
                           effective_from=dt.date(2025, 1, 1), reason="本市样本标准", now=at(2025, 1, 1))
    return city


@pytest.mark.django_db
def test_the_years_guide_prices_come_from_its_reviewed_postings(postings, staff):
    """BJ-53-2: 2025's warehouse-keeper pay 5500/6500/8000/10000 gives low 5500, median 6500, high 10000; the driver
    (one posting) is left out by the city's minimum of 3; the posting in review and the 2026 one do not count."""
    report = market_report_generate(actor=staff.city_analyst, unit=postings.city, kind="wage_guide", year=2025,
                                    now=at(2026, 1, 10))
    assert (report.period_start, report.period_end, report.title) == (
        dt.date(2025, 1, 1), dt.date(2025, 12, 31), "测试市就业服务中心2025年市场工资指导价位")
    assert report.data["wage_guide"] == [{"code": WAREHOUSE[0], "name": WAREHOUSE[1], "postings": 4, "low": 5500,
                                          "median": 6500, "high": 10000}]
    assert (report.data["omitted_occupations"], report.data["min_postings"], report.data["percentiles"]) == (1, 3,
                                                                                                           [10, 50, 90])
    assert AuditEvent.objects.filter(object_type="labour_market.marketreport", action="create",
                                     clause="BJ-53-2").exists()


@pytest.mark.django_db
def test_a_guide_for_a_year_not_begun_is_refused(postings, staff):
    """BJ-53-2: no guide for a year that has not started; nothing is stored."""
    with pytest.raises(DomainError) as exc:
        market_report_generate(actor=staff.city_analyst, unit=postings.city, kind="wage_guide", year=2027,
                               now=at(2026, 1, 10))
    assert (exc.value.code, exc.value.clause) == ("too_early", "BJ-53-2")
    with pytest.raises(DomainError) as exc:
        market_report_generate(actor=staff.city_analyst, unit=postings.city, kind="monthly", year=2025,
                               now=at(2026, 1, 10))
    assert exc.value.code == "bad_period"  # a monthly report still needs its month
    assert not MarketReport.objects.exists()


@pytest.mark.django_db
def test_guide_prices_through_the_pages_the_api_and_the_feeds(postings, staff, client):
    """BJ-53-2: generated on the page, published, then on the public page and in the reports feed with its rows;
    BJ-51-3 no employer or person on the public page."""
    client.force_login(staff.city_analyst)
    response = client.post("/labour-market/reports/", {"kind": "wage_guide", "year": "2026", "number": "",
                                                        "analysis": "样本为本市经审核发布的招聘岗位。"})
    report = MarketReport.objects.get()
    assert response.status_code == 302 and report.kind == "wage_guide" and report.data["wage_guide"] == []
    created = client.post("/api/labour-market/reports", {"kind": "wage_guide", "year": 2025},
                          content_type="application/json").json()
    assert created["data"]["wage_guide"][0]["median"] == 6500
    staff_page = client.get(f"/labour-market/reports/{created['id']}/").content.decode()
    assert 'data-testid="wage-guide"' in staff_page and "6500" in staff_page and "第10百分位" in staff_page
    market_report_publish(actor=staff.city_analyst, report=MarketReport.objects.get(pk=created["id"]),
                          now=at(2026, 1, 12))
    client.logout()
    page = client.get(f"/labour-market/public/{created['id']}/").content.decode()
    assert "市场工资指导价位" in page and "10000" in page and "测试仓储有限公司" not in page
    feed = client.get("/labour-market/feeds/reports.json").json()
    item = next(i for i in feed["items"] if i["title"] == created["title"])
    assert item["_careerguide"]["wage_guide"][0]["high"] == 10000 and "市场工资指导价位" in item["tags"]
