"""Star/chief counsellor and excellent/chief analyst titles (BJ-63-*, BJ-64-*, BJ-67-*, BJ-68-1)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import audit, refuse, require_in_jurisdiction
from careerguide.duties.services import transition
from careerguide.policy.selectors import policy_snapshot
from careerguide.workdays.selectors import work_calendar

from ..error_codes import WorkforceErrorCode
from ..models import Counsellor, TitleAward, WorkloadYear
from ..permissions import can_decide_titles
from ..rules import titles as rules
from ..selectors.facts import title_facts, year_output
from ..states import TITLE_TRANSITIONS, TitleStatus


@transaction.atomic
def title_submit(*, actor, counsellor: Counsellor, title: str, year: int, outstanding_attested: bool = False,
                 led_team_attested: bool = False, now=None) -> TitleAward:
    """BJ-68-1: the district (or the city itself) submits a candidate in its consolidated submission."""
    require_in_jurisdiction(actor=actor, unit=counsellor.unit)
    if title in rules.COUNSELLOR_TITLES and "guidance" not in counsellor.roles:
        refuse(_("只有职业指导人员可评星级或首席职业指导师。"), code=WorkforceErrorCode.NOT_ELIGIBLE, clause="BJ-63-1")
    if title in rules.ANALYST_TITLES and "analyst" not in counsellor.roles:
        refuse(_("只有职业信息分析人员可评优秀或首席职业信息分析师。"), code=WorkforceErrorCode.NOT_ELIGIBLE, clause="BJ-67-6")
    if TitleAward.objects.filter(counsellor=counsellor, title=title, year=year).exists():
        refuse(_("该人员本年度已上报此称号。"), code=CommonErrorCode.DUPLICATE, clause="BJ-68-1")
    award = TitleAward.objects.create(counsellor=counsellor, title=title, year=year, submitted_by_unit=actor.unit,
                                      outstanding_attested=outstanding_attested, led_team_attested=led_team_attested)
    audit(actor=actor, obj=award, unit=counsellor.unit, action="create", clause="BJ-68-1", now=now,
          after={"title": title, "year": year})
    return award


def title_eligibility(*, award: TitleAward, cutoff: dt.date):
    """The BJ-63/BJ-67 decision for a submitted title, with numbers from policy for the person's unit."""
    c = award.counsellor
    p = policy_snapshot(unit=c.unit, on=cutoff)
    facts = title_facts(counsellor=c, cutoff=cutoff, outstanding=award.outstanding_attested,
                        led_team=award.led_team_attested)
    if award.title == rules.STAR:
        return rules.star_counsellor_eligibility(facts, cutoff=cutoff, min_years=p["bj.star_counsellor_min_years"])
    if award.title == rules.CHIEF:
        return rules.chief_counsellor_eligibility(facts, cutoff=cutoff, min_years=p["bj.chief_counsellor_min_years"])
    outside = p["bj.analyst_outside_pes_work_counts"]
    if award.title == rules.EXCELLENT_ANALYST:
        return rules.excellent_analyst_eligibility(facts, cutoff=cutoff, min_years=p["bj.excellent_analyst_min_years"],
                                                   outside_pes_counts=outside)
    return rules.chief_analyst_eligibility(facts, cutoff=cutoff, min_years=p["bj.chief_analyst_min_years"],
                                           outside_pes_counts=outside)


@transaction.atomic
def title_decide(*, actor, award: TitleAward, grant: bool, cutoff: dt.date, now=None) -> TitleAward:
    """BJ-68-1: the city reviews; a grant is refused when the eligibility rule fails (nothing saved)."""
    if not can_decide_titles(actor):
        refuse(_("称号须经市级机构审核后方可记录。"), code=CommonErrorCode.FORBIDDEN, clause="BJ-68-1")
    decision = title_eligibility(award=award, cutoff=cutoff)
    if grant and not decision.ok:
        raise_clause = decision.clauses[0] if decision.clauses else "BJ-68-1"
        refuse("；".join(decision.reasons), code=WorkforceErrorCode.NOT_ELIGIBLE, clause=raise_clause)
    award.reasons = list(decision.reasons)
    award.save(update_fields=["reasons", "updated_at"])
    transition(obj=award, to=TitleStatus.GRANTED if grant else TitleStatus.REFUSED, actor=actor,
               table=TITLE_TRANSITIONS,
               unit=award.counsellor.unit, clause="BJ-68-1", milestone_field="decided_at", now=now)
    return award


def workload_decision(*, award: TitleAward):
    """BJ-64-1/BJ-64-2 for counsellor titles, BJ-67-3 for analyst titles, over the title's calendar year."""
    c, year = award.counsellor, award.year
    p = policy_snapshot(unit=c.unit, on=dt.date(year, 12, 31))
    output = year_output(counsellor=c, year=year)
    if award.title in rules.ANALYST_TITLES:
        return rules.chief_excellent_analyst_workload(
            output=output, min_reports=p["bj.chief_excellent_analyst_min_reports_per_year"],
            min_excellent=p["bj.chief_excellent_analyst_min_excellent_articles_per_year"])
    row = WorkloadYear.objects.filter(counsellor=c, year=year).first()
    workdays = work_calendar().workdays_between(dt.date(year - 1, 12, 31), dt.date(year, 12, 31))
    equivalents = rules.workday_equivalents(
        measure=row.measure if row else "hours", specialised_hours=row.specialised_hours if row else Decimal(0),
        rostered_days=row.rostered_days if row else 0, daily_hours=Decimal(p["bj.standard_working_day_hours"]))
    per_week = rules.specialised_workdays_per_week(workday_equivalents=equivalents, workdays_in_year=workdays,
                                                   leave_days=row.leave_days if row else 0)
    return rules.chief_star_workload(per_week=per_week, output=output,
                                     min_per_week=p["bj.chief_star_min_specialised_workdays_per_week"],
                                     min_papers=p["bj.chief_star_min_papers_per_year"],
                                     min_cases=p["bj.chief_star_min_cases_per_year"])


@transaction.atomic
def title_year_review(*, actor, award: TitleAward, now=None) -> TitleAward:
    """BJ-64-4, BJ-67-5: after the title year, a shortfall means the person is not rated for that year."""
    if not can_decide_titles(actor):
        refuse(_("称号须经市级机构审核后方可记录。"), code=CommonErrorCode.FORBIDDEN, clause="BJ-68-1")
    if award.status != TitleStatus.GRANTED:
        refuse(_("只有已评定的称号需要年度复核。"), code=WorkforceErrorCode.WRONG_STAGE, clause="BJ-64-4")
    decision = workload_decision(award=award)
    if not decision.ok:
        award.reasons = list(decision.reasons)
        award.save(update_fields=["reasons", "updated_at"])
        clause = "BJ-67-5" if award.title in rules.ANALYST_TITLES else "BJ-64-4"
        transition(obj=award, to=TitleStatus.LAPSED, actor=actor, table=TITLE_TRANSITIONS, unit=award.counsellor.unit,
                   clause=clause, reason="；".join(decision.reasons), now=now)
    return award
