"""Tests of the vacancy discrimination screening engine (BJ-38-3)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from careerguide.vacancies.screening.engine import (
    Finding,
    RuleSetError,
    available_versions,
    load_ruleset,
    screen_fields,
    screen_text,
)

CORPUS = Path(__file__).resolve().parent / "data" / "screening_corpus.tsv"
pytestmark = pytest.mark.req("BJ-38-3")

EPL = "《中华人民共和国就业促进法》"
WRPL = "《中华人民共和国妇女权益保障法》"


@pytest.fixture(scope="module")
def ruleset():
    return load_ruleset()


def _summary(findings: list[Finding]) -> list[tuple[str, str, int, int]]:
    return [(f.phrase, f.ground, f.start, f.end) for f in findings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("仓库搬运工，限男，能吃苦耐劳。", [("限男", "sex", 6, 8)]),
        ("仅招女性，有收银经验。", [("仅招女性", "sex", 0, 4)]),
        ("要求：女，有幼教经验。", [("女", "sex", 3, 4)]),
        ("已婚已育优先，工作稳定。", [("已婚已育优先", "marital_childbearing", 0, 6)]),
        ("入职需承诺两年内不生育。", [("两年内不生育", "marital_childbearing", 5, 11)]),
        ("任职条件：汉族，高中以上学历。", [("汉族", "ethnicity", 5, 7)]),
        ("少数民族勿扰。", [("少数民族勿扰", "ethnicity", 0, 6)]),
        ("招聘白人外教。", [("白人", "race", 2, 4)]),
        ("穆斯林勿扰。", [("穆斯林勿扰", "religion", 0, 5)]),
        ("要求四肢健全。", [("四肢健全", "disability", 2, 6)]),
        ("乙肝携带者勿扯。", [("乙肝携带者", "pathogen_carrier", 0, 5)]),
        ("要求乙肝表面抗原阴性。", [("乙肝表面抗原阴性", "pathogen_carrier", 2, 10)]),
        ("非农户口。", [("非农户口", "rural_hukou", 0, 4)]),
        ("本地户口，有相关经验。", [("本地户口", "hukou_place", 0, 4)]),
        ("京籍优先。", [("京籍优先", "hukou_place", 0, 4)]),
        ("身高165以上。", [("身高165", "appearance", 0, 5)]),
        ("形象气质佳。", [("形象气质佳", "appearance", 0, 5)]),
        ("形象好，有亲和力。", [("形象好", "appearance", 0, 3)]),
        ("年龄35岁以下。", [("35岁以下", "age", 2, 7)]),
        ("35周岁以内。", [("35周岁以内", "age", 0, 6)]),
        ("限25-35岁。", [("25-35岁", "age", 1, 7)]),
        ("三十五岁以下。", [("三十五岁以下", "age", 0, 6)]),
        ("90后优先。", [("90后优先", "age", 0, 5)]),
    ],
)
def test_each_ground_is_detected_with_phrase_and_offsets(ruleset, text, expected):
    """BJ-38-3: free text is screened for each discrimination ground; the finding names the exact phrase and its offsets."""
    assert _summary(screen_text(text, ruleset)) == expected


@pytest.mark.parametrize(
    ("ground", "label", "articles"),
    [
        ("sex", "性别", (EPL + "第二十七条", WRPL + "第四十三条")),
        ("ethnicity", "民族", (EPL + "第三条", EPL + "第二十八条")),
        ("race", "种族", (EPL + "第三条",)),
        ("religion", "宗教信仰", (EPL + "第三条",)),
        ("disability", "残疾", (EPL + "第二十九条",)),
        ("pathogen_carrier", "传染病病原携带者", (EPL + "第三十条",)),
        ("rural_hukou", "农村户籍", (EPL + "第三十一条",)),
        ("marital_childbearing", "婚育状况", (WRPL + "第四十三条", EPL + "第二十七条")),
        ("age", "年龄", (EPL + "第三条", EPL + "第二十六条")),
    ],
)
def test_grounds_carry_label_and_law_articles(ruleset, ground, label, articles):
    """BJ-38-3: the configurable term list covers the Employment Promotion Law grounds and cites the article for each."""
    assert ruleset.grounds[ground].label == label
    assert ruleset.grounds[ground].articles == articles


def test_finding_cites_ground_label_and_articles(ruleset):
    """BJ-38-3: a finding for a gender requirement names the ground and the law articles."""
    [finding] = screen_text("男性优先，需适应夜班。", ruleset)
    assert finding.ground == "sex"
    assert finding.ground_label == "性别"
    assert finding.articles == (EPL + "第二十七条", WRPL + "第四十三条")
    assert finding.rule_id == "sex.gate_suffix"


@pytest.mark.parametrize(
    "text",
    [
        "男女不限，有相关经验者优先。",
        "不限户籍，有经验者优先。",
        "男士护肤品导购，负责专柜销售。",
        "女装店店长，负责门店运营。",
        "招聘女装设计助理，熟悉面料。",
        "提供少数民族清真餐。",
        "民族风服饰设计师。",
        "同等条件下少数民族优先。",
        "残疾人优先。",
        "可协助解决北京户口。",
        "入职体检不查乙肝项目。",
        "仪表整洁，着装得体。",
        "门店顾客以女性为主，需熟悉护肤知识。",
        "需要头脑清楚的明白人统筹项目。",
    ],
)
def test_allow_listed_and_neutral_phrases_are_not_flagged(ruleset, text):
    """BJ-38-3: neutral phrases and lawful positive action are not reported as discriminatory content."""
    assert screen_text(text, ruleset) == []


def test_allow_list_masks_only_the_overlapping_words(ruleset):
    """BJ-38-3: an allow-listed phrase does not hide a discriminatory requirement elsewhere in the same text."""
    text = "男女不限，但需本地户口。"
    assert _summary(screen_text(text, ruleset)) == [("需本地户口", "hukou_place", 6, 11)]


def test_product_allow_list_does_not_hide_a_sex_restriction(ruleset):
    """BJ-38-3: 女装 as a product category is neutral, but 限女性 in the same posting is still a finding."""
    text = "女装店店员，限女性。"
    assert _summary(screen_text(text, ruleset)) == [("限女性", "sex", 6, 9)]


@pytest.mark.parametrize(
    "text",
    [
        "年满18周岁。",
        "16周岁以上。",
        "年龄18-60岁。",
        "年满18周岁，60周岁以下。",
        "本岗位不招用未满16周岁的未成年人。",
        "面向3-12岁儿童的少儿编程讲师。",
    ],
)
def test_age_floors_and_retirement_ceiling_are_not_flagged(ruleset, text):
    """BJ-38-3: minimum working age, a ceiling at retirement age and ages of clients are not age discrimination."""
    assert screen_text(text, ruleset) == []


def test_offsets_point_into_the_original_text(ruleset):
    """BJ-38-3: every finding's offsets slice its phrase out of the screened text, for several findings in one text."""
    text = "招聘行政前台1名，限女性，35岁以下，本地户口。"
    findings = screen_text(text, ruleset)
    assert _summary(findings) == [
        ("限女性", "sex", 9, 12),
        ("35岁以下", "age", 13, 18),
        ("本地户口", "hukou_place", 19, 23),
    ]
    assert all(text[f.start : f.end] == f.phrase for f in findings)


def test_full_width_characters_are_matched_with_original_offsets(ruleset):
    """BJ-38-3: full-width digits are screened and the phrase is reported as written."""
    text = "年龄１８－３５岁，身高１６８ｃｍ以上。"
    assert _summary(screen_text(text, ruleset)) == [
        ("１８－３５岁", "age", 2, 8),
        ("身高１６８ｃｍ", "appearance", 9, 16),
    ]


def test_version_is_recorded_on_every_finding(ruleset):
    """BJ-38-3: findings record the version of the rule list that produced them."""
    assert ruleset.version == "1"
    findings = screen_text("限男，35岁以下。", ruleset)
    assert [f.ruleset_version for f in findings] == ["1", "1"]
    assert findings[0].to_dict() == {
        "field": None,
        "phrase": "限男",
        "start": 0,
        "end": 2,
        "ground": "sex",
        "ground_label": "性别",
        "ground_kind": "",
        "articles": [EPL + "第二十七条", WRPL + "第四十三条"],
        "basis": "",
        "rule_id": "sex.limit_prefix",
        "ruleset_version": "1",
    }
    json.dumps(findings[0].to_dict(), ensure_ascii=False)


def test_shipped_versions_and_unknown_version(ruleset):
    """BJ-38-3: the term list is versioned data; an unknown version is refused."""
    assert "1" in available_versions()
    assert load_ruleset("1").version == "1"
    with pytest.raises(LookupError):
        load_ruleset("999")


CITY_EXTRA = {
    "name": "haidian",
    "version": "2",
    "grounds": {
        "school_tier": {"label": "院校层次", "articles": [EPL + "第三条"]},
    },
    "rules": [
        {"id": "city.school_tier", "ground": "school_tier", "pattern": r"(?:985|211)(?:院校|高校)?{{GATE_AFTER}}"},
    ],
    "allow": [{"id": "city.allow.hukou_transfer", "pattern": r"户口迁移"}],
}


def test_city_rules_extend_the_shipped_set(ruleset):
    """BJ-38-3: a city can extend the configurable list with its own ground and term; findings carry the combined version."""
    text = "985院校优先，有实习经历。"
    assert screen_text(text, ruleset) == []
    extended = load_ruleset(extra=CITY_EXTRA)
    assert extended.version == "1+haidian.2"
    [finding] = screen_text(text, extended)
    assert (finding.phrase, finding.ground, finding.ground_label, finding.rule_id) == (
        "985院校优先",
        "school_tier",
        "院校层次",
        "city.school_tier",
    )
    assert finding.ruleset_version == "1+haidian.2"
    # The shipped rules still apply in the extended set.
    assert [f.ground for f in screen_text("限男。", extended)] == ["sex"]


def test_city_allow_list_entry_suppresses_a_shipped_rule(ruleset):
    """BJ-38-3: a city can add allow-list entries to the configurable list."""
    text = "负责本地户口迁移业务咨询。"
    assert [f.ground for f in screen_text(text, ruleset)] == ["hukou_place"]
    assert screen_text(text, load_ruleset(extra=CITY_EXTRA)) == []


def test_city_parameters_change_the_age_ceiling_threshold(ruleset):
    """BJ-38-3: the age-ceiling threshold is configuration a city can change."""
    assert [f.phrase for f in screen_text("年龄18-55岁。", ruleset)] == ["18-55岁"]
    lowered = load_ruleset(extra={"name": "test", "version": "1", "parameters": {"age_ceiling_exempt_from": 55}})
    assert screen_text("年龄18-55岁。", lowered) == []
    assert [f.phrase for f in screen_text("年龄18-54岁。", lowered)] == ["18-54岁"]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"version": "1"}, "name"),
        ({"name": "x", "version": "1", "rules": [{"id": "sex.limit_prefix", "ground": "sex", "pattern": "x"}]}, "duplicate"),
        ({"name": "x", "version": "1", "rules": [{"id": "x.1", "ground": "nope", "pattern": "x"}]}, "unknown ground"),
        ({"name": "x", "version": "1", "rules": [{"id": "x.1", "ground": "sex", "pattern": "("}]}, "invalid regular expression"),
        ({"name": "x", "version": "1", "rules": [{"id": "x.1", "ground": "sex", "pattern": "{{NOPE}}"}]}, "unknown definition"),
        ({"name": "x", "version": "1", "grounds": {"sex": {"label": "性别", "articles": ["x"]}}}, "already exists"),
    ],
)
def test_malformed_city_rules_are_refused(extra, message):
    """BJ-38-3: a malformed extension of the configurable list is refused rather than silently screening less."""
    with pytest.raises(RuleSetError, match=message):
        load_ruleset(extra=extra)


def test_screen_fields_screens_every_text_field(ruleset):
    """BJ-38-3: every free-text field of a posting is screened and each finding names its field."""
    result = screen_fields(
        {
            "title": "仓库管理员",
            "job_content": "负责货物出入库，男女不限。",
            "requirements": "限男，身高170以上。",
            "benefits": None,
        },
        ruleset,
    )
    assert list(result) == ["title", "job_content", "requirements", "benefits"]
    assert result["title"] == [] and result["job_content"] == [] and result["benefits"] == []
    assert [(f.field, f.phrase, f.ground, f.start, f.end) for f in result["requirements"]] == [
        ("requirements", "限男", "sex", 0, 2),
        ("requirements", "身高170", "appearance", 3, 8),
    ]


def _read_corpus() -> list[dict[str, str]]:
    with CORPUS.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_corpus_is_large_and_balanced():
    """BJ-38-3: the labelled corpus used to measure screening has at least 300 rows, roughly half positive, all grounds known."""
    rows = _read_corpus()
    assert len(rows) >= 300
    positives = [r for r in rows if r["label"] == "1"]
    assert {r["label"] for r in rows} == {"0", "1"}
    assert 0.4 <= len(positives) / len(rows) <= 0.6
    known = set(load_ruleset().grounds)
    for row in rows:
        grounds = {g for g in row["ground"].split(",") if g}
        assert grounds <= known, row
        assert bool(grounds) == (row["label"] == "1"), row


def test_corpus_precision_recall_and_grounds(ruleset):
    """BJ-38-3: on the labelled corpus, screening reaches precision and recall of at least 0.95 and names the expected grounds."""
    tp = fp = fn = 0
    wrong_grounds = []
    for row in _read_corpus():
        findings = screen_text(row["sentence"], ruleset)
        predicted, actual = bool(findings), row["label"] == "1"
        tp += predicted and actual
        fp += predicted and not actual
        fn += actual and not predicted
        expected = {g for g in row["ground"].split(",") if g}
        if actual and {f.ground for f in findings} != expected:
            wrong_grounds.append((row["sentence"], expected, [(f.phrase, f.ground) for f in findings]))
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    assert precision >= 0.95, precision
    assert recall >= 0.95, recall
    assert wrong_grounds == []
