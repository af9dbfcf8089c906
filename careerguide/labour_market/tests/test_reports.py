import pytest

from careerguide.audit.models import AuditEvent
from careerguide.common.errors import DomainError, NotFound
from careerguide.labour_market.models import MarketReport
from careerguide.labour_market.selectors import market_statistics
from careerguide.labour_market.services import market_report_generate, market_report_publish
from careerguide.matching.tests.factories import at, published_vacancy, ready_job_seeker
from careerguide.vacancies.services.vacancy import vacancy_submit
from careerguide.vacancies.tests.factories import content, make_agent, make_registered_employer

pytestmark = pytest.mark.django_db


@pytest.fixture
def market(city, staff):
    """March 2026 in 甲区: two warehouse-keeper seekers, one posting for 3, one posting still under review."""
    ready_job_seeker(staff, city, ready=None, full_name="林小青", now=at(2026, 3, 3))
    ready_job_seeker(staff, city, ready=None, full_name="周明远", now=at(2026, 3, 4))
    ready_job_seeker(staff, city, ready=None, full_name="吴晓晴", now=at(2026, 4, 1))  # April: outside March
    published_vacancy(staff, city, now=at(2026, 3, 5), headcount=3)
    employer = make_registered_employer(staff.s11_officer, city.s11, name="测试仓储有限公司", now=at(2026, 3, 5))
    vacancy_submit(actor=make_agent(employer, "agent-2"), employer=employer,
                   content=content(occupation_code="4-02-02-01", occupation_name="仓库管理员", headcount=50), now=at(2026, 3, 6))
    return city


def test_ratio_counts_only_registrations_and_reviewed_postings_in_period(market):
    """BJ-52-2 求人倍率 by occupation; BJ-51-1 only reviewed postings feed statistics (the one in review is left out)."""
    stats = market_statistics(unit=market.city, start=at(2026, 3, 1).date(), end=at(2026, 3, 31).date())
    row = next(r for r in stats["ratios"] if r["code"] == "4-02-02-01")
    assert (row["supply"], row["demand"], row["ratio"]) == (2, 3, "1.50")
    assert stats["totals"]["demand"] == 3
    assert {r["district"]: r["count"] for r in stats["supply_by_district"]} == {"甲区就业服务中心": 2}
    assert {r["district"]: r["count"] for r in stats["demand_by_district"]} == {"甲区就业服务中心": 3}
    assert sum(r["count"] for r in stats["supply_by_education"]) == 2
    assert stats["wages"][0]["pay_low"] == 6000 and stats["wages"][0]["pay_high"] == 8000


def test_demand_is_counted_by_industry_section(market, staff, city):
    """BJ-52-2 statistics by industry: postings and headcount per section of the national classification, by the
    employer's industry code (I6510 and i6420 are both section I); an employer without a code is "未注明行业"."""
    from careerguide.employers.tests.factories import make_verified_employer

    software = make_verified_employer(staff.s11_officer, city.s11, name="测试软件有限公司", industry_code="i6420",
                                      now=at(2026, 3, 9))
    published_vacancy(staff, city, employer=software, agent=make_agent(software, "agent-3"), now=at(2026, 3, 9),
                      headcount=2)
    unknown = make_verified_employer(staff.s11_officer, city.s11, name="测试服务有限公司", industry_code="",
                                     now=at(2026, 3, 9))
    published_vacancy(staff, city, employer=unknown, agent=make_agent(unknown, "agent-4"), now=at(2026, 3, 10),
                      headcount=4)
    stats = market_statistics(unit=market.city, start=at(2026, 3, 1).date(), end=at(2026, 3, 31).date())
    assert stats["demand_by_industry"] == [
        {"section": "", "industry": "未注明行业", "count": 4, "postings": 1},
        {"section": "I", "industry": "信息传输、软件和信息技术服务业", "count": 5, "postings": 2}]


def test_statistics_of_another_district_exclude_its_neighbours(market):
    stats = market_statistics(unit=market.d2, start=at(2026, 3, 1).date(), end=at(2026, 3, 31).date())
    assert stats["totals"] == {"supply": 0, "demand": 0, "ratio": None}


def test_quarterly_report_snapshot_and_publication(market, staff, client):
    """BJ-52-3 quarterly dataset; BJ-53-2 published to the portal; BJ-51-3 no personal data in published output."""
    report = market_report_generate(actor=staff.city_analyst, unit=market.city, kind="quarterly", year=2026, number=1,
                                    analysis="仓储岗位需求旺盛。", now=at(2026, 4, 2))
    assert report.data["totals"]["supply"] == 2 and report.period_end.isoformat() == "2026-03-31"
    assert report.data["trend"] == [{"month": "2026-01", "supply": 0, "demand": 0},  # BJ-52-2 trend, month by month
                                    {"month": "2026-02", "supply": 0, "demand": 0},
                                    {"month": "2026-03", "supply": 2, "demand": 3}]
    assert client.get(f"/labour-market/public/{report.pk}/").status_code == 404  # draft stays private
    market_report_publish(actor=staff.city_analyst, report=report, now=at(2026, 4, 3))
    report.refresh_from_db()
    assert report.status == "published" and report.published_at == at(2026, 4, 3)
    assert AuditEvent.objects.filter(object_type__icontains="marketreport", action="transition").exists()
    page = client.get(f"/labour-market/public/{report.pk}/").content.decode()
    assert "仓库管理员" in page and "1.50" in page and 'id="market-stats"' in page
    assert 'data-testid="chart-trend"' in page and 'data-testid="industries"' in page and "信息传输、软件和信息技术服务业" in page  # BJ-52-2 by industry
    for personal in ("林小青", "周明远", "吴晓晴"):
        assert personal not in page
    assert "林小青" not in str(report.data)
    api = client.get("/api/labour-market/public/reports").json()
    assert [r["id"] for r in api] == [report.pk]


def test_report_for_future_period_refused(market, staff):
    with pytest.raises(DomainError):
        market_report_generate(actor=staff.city_analyst, unit=market.city, kind="monthly", year=2026, number=5,
                               now=at(2026, 4, 30))
    assert MarketReport.objects.count() == 0


def test_district_cannot_report_on_another_district(market, staff):
    with pytest.raises(NotFound):
        market_report_generate(actor=staff.d1_head, unit=market.d2, kind="monthly", year=2026, number=3, now=at(2026, 4, 2))
    assert MarketReport.objects.count() == 0


def test_dashboard_requires_analyst_role(market, staff, client):
    """BJ-65-1: statistics for the information-analyst role; a counsellor is refused."""
    client.force_login(staff.d1_counsellor)
    assert client.get("/labour-market/").status_code == 403
    client.force_login(staff.city_analyst)
    page = client.get("/labour-market/?from=2026-03-01&to=2026-03-31")
    assert page.status_code == 200 and "vendor/echarts/echarts.min.js" in page.content.decode()
    export = client.get("/labour-market/export.xlsx?from=2026-03-01&to=2026-03-31")
    assert export.status_code == 200 and export.content[:2] == b"PK"
