"""Pure checks of the composition categories C1A–C5 (CZ art. 5); no Django import.

Each check returns a `CategoryResult` with met / not met / needs reviewer judgement and the
reason codes.  All checks use the round's closing date as the reference date (CZ-5-16).
"""
from __future__ import annotations

from collections.abc import Iterable

from .rules import (
    C2_FIELDS,
    CORE_OCCUPATIONS,
    MET,
    MIN_RANK_BY_SIZE,
    NEEDS_JUDGEMENT,
    NOT_MET,
    POSITION_RANK,
    ApplicantFacts,
    CategoryResult,
    _cert_outcome,
    _holds_position,
    _months,
    years_reached,
)

CATEGORIES = ("C1A", "C1B", "C2", "C3", "C4", "C5")


def check_c1a(f: ApplicantFacts, *, min_years, lowest_level, require_verified=False) -> CategoryResult:
    """CZ-5-2: PES agency staff on the reference date, ≥ 3 years of employment-service work in PES
    agencies, a career-guidance / HR / labour-security-assistant certificate at level 3 or higher."""
    r = CategoryResult("C1A", MET, clause="CZ-5-2")
    if f.unit_type != "pes_agency" or not _holds_position(f):
        r.reasons.append("not_pes_staff")
    if not years_reached(_months(f, lambda w: w.unit_type == "pes_agency" and w.work_field == "employment_service"), min_years):
        r.reasons.append("years_short")
    outcome, reason = _cert_outcome(f.certificates, lowest_level=lowest_level, require_verified=require_verified, core_only=True)
    if outcome != MET:
        r.reasons.append(reason)
    r.outcome = NOT_MET if r.reasons else MET
    return r


def check_c1b(f: ApplicantFacts, *, min_years, lowest_level, require_verified=False,
              relevant: frozenset = frozenset()) -> CategoryResult:
    """CZ-5-5: at a commercial HR agency as person in charge or key staff, ≥ 3 years in such agencies,
    a relevant certificate at level 2 or higher (CZ-5-6: `relevant` is city HRSS's list, by default the three
    occupations art. 5 names; other occupations need the reviewer)."""
    r = CategoryResult("C1B", MET, clause="CZ-5-5")
    if f.unit_type != "commercial_hr_agency" or not _holds_position(f):
        r.reasons.append("not_commercial_agency")
    if not f.is_person_in_charge_or_key_staff:
        r.reasons.append("not_in_charge_or_key_staff")
    if not years_reached(_months(f, lambda w: w.unit_type == "commercial_hr_agency"), min_years):
        r.reasons.append("years_short")
    outcome, reason = _cert_outcome(f.certificates, lowest_level=lowest_level, require_verified=require_verified,
                                    core_only=False, relevant=relevant or CORE_OCCUPATIONS)
    if r.reasons:
        r.outcome = NOT_MET
        if outcome != MET:
            r.reasons.append(reason)
    elif outcome == NEEDS_JUDGEMENT:
        r.outcome, r.reasons = NEEDS_JUDGEMENT, [reason]
    else:
        r.outcome = outcome
        if outcome == NOT_MET:
            r.reasons.append(reason)
    return r


def check_c2(f: ApplicantFacts, *, min_years) -> CategoryResult:
    """CZ-5-7: ≥ 5 years of related work in total, past experience included (CZ-5-17)."""
    ok = years_reached(_months(f, lambda w: w.work_field in C2_FIELDS), min_years)
    return CategoryResult("C2", MET if ok else NOT_MET, [] if ok else ["years_short"], "CZ-5-7")


def check_c3(f: ApplicantFacts, *, min_years) -> CategoryResult:
    """CZ-5-8: position matching the enterprise size, ≥ 5 years managing the current enterprise (any
    management position), and good operating condition attested by the reviewer (CZ-5-10)."""
    r = CategoryResult("C3", MET, clause="CZ-5-8")
    if f.enterprise_size == "small_micro":
        position_ok = f.is_founder
    elif f.enterprise_size in MIN_RANK_BY_SIZE:
        position_ok = POSITION_RANK.get(f.position_rank, 0) >= MIN_RANK_BY_SIZE[f.enterprise_size]
    else:
        position_ok = False
    if not position_ok or f.unit_type != "enterprise" or not _holds_position(f):
        r.reasons.append("position_mismatch")
    months = _months(f, lambda w: w.work_field == "enterprise_management" and w.unit_name == f.unit_name)
    if not years_reached(months, min_years):
        r.reasons.append("years_short")
    if r.reasons or f.good_operating_condition is False:
        if f.good_operating_condition is False:
            r.reasons.append("operating_condition")
        r.outcome = NOT_MET
    elif f.good_operating_condition is None or not f.enterprise_size_confirmed:
        pending = [] if f.good_operating_condition is not None else ["operating_condition_pending"]
        r.outcome = NEEDS_JUDGEMENT
        r.reasons = pending + ([] if f.enterprise_size_confirmed else ["enterprise_size_pending"])
    return r


def check_c4(f: ApplicantFacts, *, min_years) -> CategoryResult:
    """CZ-5-11: (a) ≥ 5 years in a "1028" enterprise or institution, or (b) a high research level in a
    frontier field, judged by reviewers with no years threshold."""
    if years_reached(_months(f, lambda w: w.in_1028_sector), min_years):
        return CategoryResult("C4", MET, [], "CZ-5-11")
    if f.high_research_level is None:
        return CategoryResult("C4", NEEDS_JUDGEMENT, ["research_level_pending"], "CZ-5-11")
    if f.high_research_level:
        return CategoryResult("C4", MET, [], "CZ-5-11")
    return CategoryResult("C4", NOT_MET, ["years_short", "research_level"], "CZ-5-11")


def check_c5(f: ApplicantFacts) -> CategoryResult:
    """CZ-5-13: a 全国十佳 or 全省十佳 star-contestant honour; city honours do not count."""
    ok = any(h.title in ("national_top10", "provincial_top10") for h in f.honours)
    return CategoryResult("C5", MET if ok else NOT_MET, [] if ok else ["no_top10_honour"], "CZ-5-13")


def evaluate_categories(facts: ApplicantFacts, declared: Iterable[str], *, numbers: dict,
                        require_verified: bool = False) -> tuple[list[CategoryResult], str]:
    """CZ-5-1, CZ-5-18: each declared category checked; the overall result is met when any is met,
    needs_judgement when none is met but one is pending, else no_category."""
    n = numbers
    checks = {
        "C1A": lambda: check_c1a(facts, min_years=n["c1a_min_years"], lowest_level=n["c1a_lowest_certificate_level"],
                                 require_verified=require_verified),
        "C1B": lambda: check_c1b(facts, min_years=n["c1b_min_years"], lowest_level=n["c1b_lowest_certificate_level"],
                                 require_verified=require_verified, relevant=frozenset(n.get("relevant_occupations", ()))),
        "C2": lambda: check_c2(facts, min_years=n["c2_min_years"]),
        "C3": lambda: check_c3(facts, min_years=n["c3_min_years"]),
        "C4": lambda: check_c4(facts, min_years=n["c4_min_years"]),
        "C5": lambda: check_c5(facts),
    }
    results = [checks[c]() for c in CATEGORIES if c in set(declared)]
    outcomes = {r.outcome for r in results}
    overall = MET if MET in outcomes else NEEDS_JUDGEMENT if NEEDS_JUDGEMENT in outcomes else "no_category"
    return results, overall
