"""Highlighting flagged phrases by their offsets (BJ-38-3)."""
from careerguide.vacancies.presentation import Segment, highlight, screened_field_views


def test_highlight_marks_spans_and_keeps_the_rest():
    """BJ-38-3: the flagged phrase is marked at its offsets."""
    assert highlight("仓库搬运工，限男，能吃苦。", [(6, 8, "性别")]) == [
        Segment("仓库搬运工，"), Segment("限男", True, "性别"), Segment("，能吃苦。")]


def test_overlapping_spans_merge_and_out_of_range_spans_are_ignored():
    assert highlight("abcdef", [(1, 3, "x"), (2, 4, "y"), (9, 12, "z")]) == [
        Segment("a"), Segment("bcd", True, "x；y"), Segment("ef")]
    assert highlight("", []) == []


def test_field_views_skip_resolved_findings():
    """BJ-38-3: an overridden finding is no longer marked."""
    findings = [{"field": "requirements", "start": 0, "end": 2, "ground_label": "性别", "articles": ["第二十七条"]}]
    content = {"requirements": "限男，高中"}
    [req] = [v for v in screened_field_views(content, findings) if v.name == "requirements"]
    assert req.flagged and req.segments[0] == Segment("限男", True, "性别：第二十七条")
    [req] = [v for v in screened_field_views(content, findings, resolved={0}) if v.name == "requirements"]
    assert not req.flagged and req.segments == [Segment("限男，高中")]
