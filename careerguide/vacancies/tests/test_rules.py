"""Pure rules of vacancy review and expiry, table-driven with boundaries."""
from datetime import date

import pytest

from careerguide.vacancies.rules import (
    COMPLETENESS,
    LEGALITY,
    TRUTHFULNESS,
    VALIDITY,
    Defect,
    content_defects,
    expiry_reason,
    finding_defects,
    repeated_defects,
    review_outcome,
    validity_defects,
)

COMPLETE = {"employer_profile": "一家物流企业", "headcount": 3, "job_content": "仓库分拣", "requirements": "高中以上学历",
            "pay_min": 6000, "pay_max": 8000, "benefits": "包午餐", "social_insurance": "五险一金", "valid_until": date(2026, 5, 1)}
PASS_ALL = {TRUTHFULNESS: (True, ""), LEGALITY: (True, ""), VALIDITY: (True, "")}


def test_complete_posting_has_no_content_defects():
    """BJ-38-2: a posting with every required item passes the completeness check."""
    assert content_defects(COMPLETE) == []


@pytest.mark.parametrize("field", ["employer_profile", "headcount", "job_content", "requirements", "pay_min", "benefits",
                                   "social_insurance", "valid_until"])
def test_each_missing_item_is_a_defect(field):
    """BJ-38-2: a posting missing any required item cannot pass review; the notice names the item."""
    content = dict(COMPLETE, **{field: None})
    [defect] = content_defects(content)
    assert (defect.criterion, defect.field, defect.code, defect.clause) == (COMPLETENESS, field, "missing", "BJ-38-2")


@pytest.mark.parametrize(("headcount", "defects"), [(0, 1), (1, 0)])
def test_headcount_must_be_positive(headcount, defects):
    """BJ-38-2: 招用人数 of zero is missing."""
    assert len(content_defects(dict(COMPLETE, headcount=headcount))) == defects


@pytest.mark.parametrize(("pay_max", "defects"), [(5999, 1), (6000, 0), (None, 0)])
def test_pay_range_ordered(pay_max, defects):
    """BJ-38-2: the pay range is a range."""
    assert len(content_defects(dict(COMPLETE, pay_max=pay_max))) == defects


@pytest.mark.parametrize(("valid_until", "codes"), [
    (date(2026, 2, 28), ["validity_passed"]),   # the day before today
    (date(2026, 3, 1), []),                     # today
    (date(2026, 5, 30), []),                    # today + 90
    (date(2026, 5, 31), ["validity_too_long"]),  # today + 91
])
def test_validity_end_date_bounds(valid_until, codes):
    """BJ-41-2 / Open question 21: an end date not passed and at most 90 calendar days ahead."""
    defects = validity_defects(valid_until=valid_until, today=date(2026, 3, 1), max_validity_days=90, licence_valid_until=None)
    assert [d.code for d in defects] == codes


@pytest.mark.parametrize(("licence", "codes"), [(date(2026, 2, 28), ["licence_expired"]), (date(2026, 3, 1), []), (None, [])])
def test_expired_licence_fails_validity(licence, codes):
    """BJ-35-1: a certificate expired on the review date makes the posting invalid."""
    defects = validity_defects(valid_until=date(2026, 3, 10), today=date(2026, 3, 1), max_validity_days=90,
                               licence_valid_until=licence)
    assert [d.code for d in defects] == codes


FINDINGS = [
    {"field": "requirements", "phrase": "限男", "start": 0, "end": 2, "ground": "sex", "ground_label": "性别",
     "articles": ["《中华人民共和国就业促进法》第二十七条"], "rule_id": "sex.only", "ruleset_version": "1"},
    {"field": "requirements", "phrase": "35岁以下", "start": 3, "end": 8, "ground": "age", "ground_label": "年龄",
     "articles": ["x"], "rule_id": "age.ceiling", "ruleset_version": "1"},
]


def test_each_finding_not_overridden_is_a_legality_defect():
    """BJ-38-3: any hit blocks approval until the reviewer resolves it; an override removes only that one."""
    defects = finding_defects(FINDINGS)
    assert [(d.criterion, d.field, d.phrase) for d in defects] == [(LEGALITY, "requirements", "限男"), (LEGALITY, "requirements", "35岁以下")]
    assert "性别" in defects[0].message and "第二十七条" in defects[0].message
    assert [d.phrase for d in finding_defects(FINDINGS, overridden={1})] == ["限男"]


def test_review_outcome_needs_every_criterion():
    """BJ-38-1: a result per criterion; approved only when all pass."""
    outcome = review_outcome(automatic=[], judgments=PASS_ALL)
    assert outcome.approved and outcome.results == {COMPLETENESS: True, TRUTHFULNESS: True, LEGALITY: True, VALIDITY: True}
    with pytest.raises(ValueError):
        review_outcome(automatic=[], judgments={TRUTHFULNESS: (True, "")})


def test_reviewer_cannot_pass_over_an_automatic_defect_and_lists_every_defect():
    """BJ-39-2, BJ-5-7: one notice lists every defect, automatic and the reviewer's own."""
    outcome = review_outcome(automatic=finding_defects(FINDINGS[:1]) + content_defects(dict(COMPLETE, benefits="")),
                             judgments=dict(PASS_ALL, **{TRUTHFULNESS: (False, "单位名称与执照不符")}))
    assert not outcome.approved
    assert outcome.results == {COMPLETENESS: False, TRUTHFULNESS: False, LEGALITY: False, VALIDITY: True}
    assert len(outcome.defects) == 3
    assert any("单位名称与执照不符" in m for m in outcome.reasons)


def test_repeated_defect_is_one_an_earlier_notice_missed():
    """BJ-5-7: a later notice raising an item already defective at the first review is a quality exception."""
    earlier = dict(COMPLETE, requirements="限男，能吃苦", benefits="")
    first_keys = [d.key for d in content_defects(earlier)]  # only "benefits" was listed
    later = dict(earlier, benefits="包吃住")  # benefits corrected, requirements unchanged
    defects = finding_defects([dict(FINDINGS[0], field="requirements")])
    assert [d.field for d in repeated_defects(defects=defects, earlier_keys=first_keys, earlier_content=earlier,
                                               content=later)] == ["requirements"]
    # Listed the first time: not an exception.
    assert repeated_defects(defects=defects, earlier_keys=[defects[0].key], earlier_content=earlier, content=later) == []
    # The field changed since: a new defect, not an exception.
    assert repeated_defects(defects=defects, earlier_keys=first_keys, earlier_content=earlier,
                            content=dict(later, requirements="限男，新写法")) == []
    assert repeated_defects(defects=defects, earlier_keys=[], earlier_content=None, content=later) == []


def test_defect_key_is_stable():
    d = Defect(LEGALITY, "requirements", "discrimination:sex", "m", "BJ-38-3", phrase="限男")
    assert d.key == "legality|requirements|discrimination:sex|限男" and d.to_dict()["key"] == d.key


@pytest.mark.parametrize(("today", "filled", "licence", "reason"), [
    (date(2026, 4, 30), 0, None, None),                        # the last valid day
    (date(2026, 5, 1), 0, None, "validity_ended"),             # the day after
    (date(2026, 4, 1), 2, None, None),                         # one short of the headcount
    (date(2026, 4, 1), 3, None, "filled"),
    (date(2026, 4, 10), 0, date(2026, 4, 10), None),           # licence valid on its last day
    (date(2026, 4, 11), 0, date(2026, 4, 10), "licence_expired"),
])
def test_expiry_reason(today, filled, licence, reason):
    """BJ-41-2: validity end date passed, headcount filled or the employer's certificate ended."""
    assert expiry_reason(today=today, valid_until=date(2026, 4, 30), headcount=3, filled=filled,
                         licence_valid_until=licence) == reason
