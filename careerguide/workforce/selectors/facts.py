"""Facts the pure rules need, gathered from the register (no scoping: callers pass scoped rows)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db.models import Count, Q

from ..models import Counsellor, OutputRecord, TrainingRecord
from ..rules.common import Period
from ..rules.titles import TitleFacts, YearOutput
from ..rules.training import HoursEntry
from ..states import TitleStatus


def periods_of(*, counsellor: Counsellor) -> tuple[Period, ...]:
    return tuple(Period(start=p.started_on, end=p.ended_on, in_pes=p.in_pes, front_line=p.front_line, kind=p.kind)
                 for p in counsellor.service_periods.all())


def valid_qualifications(*, counsellor: Counsellor, on: dt.date):
    return [q for q in counsellor.qualifications.all() if q.issued_on <= on and (q.revoked_on is None or q.revoked_on > on)]


def best_guidance_level(*, counsellor: Counsellor, on: dt.date) -> int | None:
    """SD-18-1: the highest (lowest-numbered) valid career-guidance level, None when uncertified."""
    levels = [q.level for q in valid_qualifications(counsellor=counsellor, on=on) if q.occupation == "career_guidance" and q.level]
    return min(levels) if levels else None


def title_facts(*, counsellor: Counsellor, cutoff: dt.date, outstanding: bool, led_team: bool = False) -> TitleFacts:
    codes: set[str] = set()
    for q in valid_qualifications(counsellor=counsellor, on=cutoff):
        codes |= q.codes()
    earlier = frozenset((t.title, t.year) for t in counsellor.titles.filter(status=TitleStatus.GRANTED))
    return TitleFacts(periods=periods_of(counsellor=counsellor), qualifications=frozenset(codes),
                      outstanding_attested=outstanding,
                      earlier_titles=earlier, led_team_attested=led_team)


def year_output(*, counsellor: Counsellor, year: int) -> YearOutput:
    counts = OutputRecord.objects.filter(counsellor=counsellor, year=year).aggregate(
        papers=Count("pk", filter=Q(kind="paper", journal__gt="")), cases=Count("pk", filter=Q(kind="case")),
        reports=Count("pk", filter=Q(kind="analysis_report")), excellent=Count("pk",
                      filter=Q(kind="excellent_article")))
    return YearOutput(published_papers=counts["papers"], representative_cases=counts["cases"],
                      analysis_reports=counts["reports"], excellent_articles=counts["excellent"])


def hours_entries(*, records) -> list[HoursEntry]:
    return [HoursEntry(hours=Decimal(r.hours), completed_on=r.completed_on, assessed=bool(r.result),
                       passed=r.result == "passed") for r in records]


def training_entries(*, counsellor: Counsellor, year: int) -> list[HoursEntry]:
    return hours_entries(records=TrainingRecord.objects.filter(counsellor=counsellor, completed_on__year=year))
