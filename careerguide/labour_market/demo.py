"""The demo city's labour-market reports: last month's supply-demand report, generated from the year of history
and published (BJ-52-2, BJ-53-2). Registered with `seed_demo` from `LabourMarketConfig.ready`."""
from .choices import ReportKind
from .models import MarketReport
from .services import market_report_generate, market_report_publish
from .states import ReportStatus


def build(demo) -> None:
    city, analyst = demo.units["C01"], demo.staff["city.analyst"]
    year, month = (demo.today.year, demo.today.month - 1) if demo.today.month > 1 else (demo.today.year - 1, 12)
    if MarketReport.objects.filter(kind=ReportKind.MONTHLY, unit=city, period_start__year=year,
                                   period_start__month=month).exists():
        return
    report = market_report_generate(actor=analyst, unit=city, kind=ReportKind.MONTHLY, year=year, number=month,
                                    analysis="上月求职人数与招聘需求总体平稳，仓储物流、餐饮服务岗位需求较多。",
                                    now=demo.at(demo.today.replace(day=1)))
    if report.status != ReportStatus.PUBLISHED:
        market_report_publish(actor=analyst, report=report, now=demo.at(demo.today.replace(day=1), hour=11))
    demo.notes.append(f"market report {report.title}, published")
