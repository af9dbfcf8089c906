"""Pure eligibility rules (CZ art. 4 and 5): table-driven, boundaries on both sides."""
import datetime as dt

import pytest

from careerguide.common.demo import synthetic_resident_id
from careerguide.experts.categories import (
    check_c1a,
    check_c1b,
    check_c2,
    check_c3,
    check_c4,
    check_c5,
    evaluate_categories,
)
from careerguide.experts.rules import (
    MET,
    NEEDS_JUDGEMENT,
    NOT_MET,
    OLD_TITLE_LEVELS,
    ApplicantFacts,
    Certificate,
    Honour,
    WorkPeriod,
    age_check,
    birth_date_problem,
    experience_months,
    years_reached,
)

D = dt.date

# The document's numbers (CZ-5-2, CZ-5-3, CZ-5-5, CZ-5-7, CZ-5-8, CZ-5-11); the services read them from policy.
C1A = {"min_years": 3, "lowest_level": 3}
C1B = {"min_years": 3, "lowest_level": 2}
NUMBERS = {"c1a_min_years": 3, "c1a_lowest_certificate_level": 3, "c1b_min_years": 3, "c1b_lowest_certificate_level": 2,
           "c2_min_years": 5, "c3_min_years": 5, "c4_min_years": 5}
REF = D(2025, 6, 30)


@pytest.mark.parametrize("born, over, age", [
    (D(1960, 7, 1), False, 64),   # day before the 65th birthday
    (D(1960, 6, 30), False, 65),  # 65th birthday on the reference date: exactly 65 passes
    (D(1959, 7, 1), False, 65),   # day before the 66th birthday
    (D(1959, 6, 30), True, 66),   # 66th birthday on the reference date
    (D(1959, 6, 29), True, 66),   # 66th birthday before it
])
def test_age_ceiling_includes_65_and_flags_from_the_66th_birthday(born, over, age):
    """CZ-4-6: "不超过65岁" includes 65; the flag age_over_65 from the 66th birthday on or before the date."""
    result = age_check(born=born, reference_date=REF, max_age=65)
    assert (result.age, result.over_limit) == (age, over)


def test_birth_date_comes_from_the_resident_id_and_must_match():
    """CZ-4-9: digits 7–14 give the DOB, checksum validated, a differing form DOB blocks."""
    import random
    number = synthetic_resident_id(random.Random(1), region="320402", birth=D(1970, 5, 6))
    assert birth_date_problem(id_type="resident_id", id_number=number, declared=D(1970, 5, 6)) is None
    assert birth_date_problem(id_type="resident_id", id_number=number, declared=D(1970, 5, 7)) == "birth_date_mismatch"
    broken = number[:-1] + ("0" if number[-1] != "0" else "1")
    assert birth_date_problem(id_type="resident_id", id_number=broken, declared=None) == "id_number_invalid"
    assert birth_date_problem(id_type="other", id_number="P1234567", declared=None) == "birth_date_missing"


@pytest.mark.parametrize("end, months, meets", [
    (D(2025, 2, 28), 36, True),   # the catalogue's example: exactly 3 years
    (D(2025, 2, 27), 35, False),  # one day short
    (D(2025, 3, 1), 36, True),
])
def test_years_are_whole_months_to_end_plus_one_day(end, months, meets):
    """CZ-5-15, CZ-5-14: whole months from start to end + 1 day; "3年以上" includes exactly 3 years."""
    total = experience_months([(D(2022, 3, 1), end)], D(2030, 1, 1))
    assert total == months
    assert years_reached(total, 3) is meets


def test_overlaps_are_merged_and_leftover_days_pooled():
    """CZ-5-15: overlapping intervals count once; leftover days pooled at 30 = 1 month."""
    overlapping = [(D(2020, 1, 1), D(2020, 12, 31)), (D(2020, 6, 1), D(2021, 5, 31))]
    assert experience_months(overlapping, D(2030, 1, 1)) == 17
    # two intervals of 15 leftover days each make one month
    pooled = [(D(2020, 1, 1), D(2020, 1, 15)), (D(2021, 1, 1), D(2021, 1, 15))]
    assert experience_months(pooled, D(2030, 1, 1)) == 1
    # an ongoing interval ends on the reference date
    assert experience_months([(D(2020, 7, 1), None)], D(2025, 6, 30)) == 60


def _pes(years_end=D(2025, 6, 30), level=3, occupation="career_guidance", verified=True, unit_type="pes_agency"):
    return ApplicantFacts(reference_date=REF, unit_type=unit_type, position_started=D(2020, 1, 1),
                          work_history=[WorkPeriod(D(2022, 7, 1), years_end, "甲区就业服务中心", "pes_agency",
                                                   "employment_service")],
                          certificates=[Certificate(occupation, level, verified=verified)])


@pytest.mark.parametrize("level, outcome", [(4, NOT_MET), (3, MET), (2, MET), (1, MET)])
def test_c1a_accepts_level_3_or_higher_meaning_level_number_at_most_3(level, outcome):
    """CZ-5-2, CZ-5-3: "三级以上" = levels 3, 2, 1 (level number ≤ 3)."""
    assert check_c1a(_pes(level=level), **C1A).outcome == outcome


def test_c1a_needs_three_years_of_pes_work_and_current_staff():
    """CZ-5-2: 2022-07-01..2025-06-30 is exactly 3 years; a day less is not; ex-staff do not qualify (CZ-5-17)."""
    assert check_c1a(_pes(), **C1A).outcome == MET
    assert "years_short" in check_c1a(_pes(years_end=D(2025, 6, 29)), **C1A).reasons
    assert "not_pes_staff" in check_c1a(_pes(unit_type="enterprise"), **C1A).reasons


def test_c1a_only_core_occupations_and_verified_at_appointment():
    """CZ-5-2, CZ-5-19: other occupations do not count for C1A; unverified certificates fail at appointment."""
    assert check_c1a(_pes(occupation="other"), **C1A).outcome == NOT_MET
    assert check_c1a(_pes(verified=False), **C1A).outcome == MET
    assert check_c1a(_pes(verified=False), **C1A, require_verified=True).outcome == NOT_MET


def _c1b(level=2, occupation="hr_management", key=True, relevance=None, kind="skill_level"):
    return ApplicantFacts(reference_date=REF, unit_type="commercial_hr_agency", is_person_in_charge_or_key_staff=key,
                          work_history=[WorkPeriod(D(2020, 1, 1), None, "某人力资源公司", "commercial_hr_agency", "other")],
                          certificates=[Certificate(occupation, level, kind=kind, relevance_confirmed=relevance)])


@pytest.mark.parametrize("level, outcome", [(3, NOT_MET), (2, MET), (1, MET)])
def test_c1b_bar_is_level_2_or_higher_one_stricter_than_c1a(level, outcome):
    """CZ-5-5, CZ-5-3: "二级以上" = levels 2 and 1; level 3 passes C1A but not C1B."""
    assert check_c1b(_c1b(level=level), **C1B).outcome == outcome


def test_c1b_old_qualification_counts_and_other_occupations_need_the_reviewer():
    """CZ-5-5 (old 职业资格证书 at level 2 counts), CZ-5-6 (other occupations need confirmation)."""
    assert check_c1b(_c1b(kind="qualification"), **C1B).outcome == MET
    assert check_c1b(_c1b(occupation="other"), **C1B).outcome == NEEDS_JUDGEMENT
    assert check_c1b(_c1b(occupation="other", relevance=True), **C1B).outcome == MET
    assert check_c1b(_c1b(occupation="other", relevance=False), **C1B).outcome == NOT_MET
    assert "not_in_charge_or_key_staff" in check_c1b(_c1b(key=False), **C1B).reasons


def test_old_titles_map_to_levels():
    """CZ-5-4: 助理职业指导师 = 3, 企业人力资源管理师 = 2."""
    assert OLD_TITLE_LEVELS["助理职业指导师"] == ("career_guidance", 3)
    assert OLD_TITLE_LEVELS["企业人力资源管理师"] == ("hr_management", 2)


def test_c2_counts_past_experience_of_five_years():
    """CZ-5-7, CZ-5-17: past related work counts (a retiree); exactly 5 years passes, a day less fails."""
    facts = ApplicantFacts(reference_date=REF, unit_type="none",
                           work_history=[WorkPeriod(D(2010, 1, 1), D(2014, 12, 31), "某高校", "university", "education_training")])
    assert check_c2(facts, min_years=5).outcome == MET
    short = ApplicantFacts(reference_date=REF, work_history=[
        WorkPeriod(D(2010, 1, 1), D(2014, 12, 29), "某高校", "university", "education_training")])
    assert check_c2(short, min_years=5).outcome == NOT_MET


def _c3(size, rank="", founder=False, good=True, start=D(2020, 1, 1)):
    return ApplicantFacts(reference_date=REF, unit_name="甲公司", unit_type="enterprise", position_rank=rank,
                          is_founder=founder, enterprise_size=size, good_operating_condition=good,
                          work_history=[WorkPeriod(start, None, "甲公司", "enterprise", "enterprise_management")])


@pytest.mark.parametrize("facts, outcome", [
    (_c3("large", "department_head"), MET),
    (_c3("medium", "department_head"), NOT_MET),  # a department head of a medium enterprise does not qualify
    (_c3("medium", "deputy_general_manager"), MET),
    (_c3("small_micro", "general_manager"), NOT_MET),  # a manager of a small firm who is not its founder
    (_c3("small_micro", founder=True), MET),
    (_c3("large", "department_head", good=None), NEEDS_JUDGEMENT),
    (_c3("large", "department_head", start=D(2020, 7, 2)), NOT_MET),  # one day short of 5 years
])
def test_c3_position_by_size_years_and_operating_condition(facts, outcome):
    """CZ-5-8, CZ-5-10: position must match the size; 5 years managing the current enterprise; the
    reviewer attests good operating condition."""
    assert check_c3(facts, min_years=5).outcome == outcome


def test_c4_branch_b_has_no_years_test():
    """CZ-5-11: (a) 5 years in a "1028" unit, or (b) research level judged by reviewers, no years."""
    a = ApplicantFacts(reference_date=REF, work_history=[WorkPeriod(D(2020, 7, 1), None, in_1028_sector=True)])
    assert check_c4(a, min_years=5).outcome == MET
    b = ApplicantFacts(reference_date=REF, high_research_level=True)
    assert check_c4(b, min_years=5).outcome == MET
    assert check_c4(ApplicantFacts(reference_date=REF), min_years=5).outcome == NEEDS_JUDGEMENT


def test_c5_only_national_or_provincial_top10():
    """CZ-5-13: city-level honours do not count."""
    assert check_c5(ApplicantFacts(reference_date=REF, honours=[Honour("provincial_top10")])).outcome == MET
    assert check_c5(ApplicantFacts(reference_date=REF, honours=[Honour("other", "city")])).outcome == NOT_MET


def test_any_declared_category_is_enough_and_none_flags_no_category():
    """CZ-5-1, CZ-5-18: met when any declared category is met; pending when only judgement remains;
    otherwise no_category.  Undeclared categories are not tested.  All use one reference date (CZ-5-16)."""
    facts = ApplicantFacts(reference_date=REF, honours=[Honour("national_top10")])
    assert evaluate_categories(facts, ["C2", "C5"], numbers=NUMBERS)[1] == MET
    assert evaluate_categories(facts, ["C2"], numbers=NUMBERS)[1] == "no_category"
    assert evaluate_categories(ApplicantFacts(reference_date=REF), ["C4"], numbers=NUMBERS)[1] == NEEDS_JUDGEMENT
    results, _ = evaluate_categories(facts, ["C2"], numbers=NUMBERS)
    assert [r.category for r in results] == ["C2"]
