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


def test_field_views_note_the_legal_basis_of_each_finding():
    """BJ-38-3: beside the marked phrase the page shows the ground, the law articles and the rule in words."""
    findings = [{"field": "requirements", "start": 0, "end": 9, "phrase": "农村户口者不予录用", "ground_label": "农村户籍",
                 "ground_kind": "statutory", "articles": ["《中华人民共和国就业促进法》第三十一条", "《就业服务与就业管理规定》第五条"],
                 "basis": "农村劳动者进城就业享有与城镇劳动者平等的劳动权利。"}]
    [req] = [v for v in screened_field_views({"requirements": "农村户口者不予录用，高中以上学历。"}, findings)
             if v.name == "requirements"]
    [note] = req.notes
    assert note.phrase == "农村户口者不予录用" and note.ground_label == "农村户籍" and note.kind_label == "法定禁止事项"
    assert note.legal_basis == "《中华人民共和国就业促进法》第三十一条、《就业服务与就业管理规定》第五条"
    assert note.basis.startswith("农村劳动者")
    assert req.segments[0].title == "农村户籍：" + note.legal_basis


def test_field_views_of_version_one_findings_have_no_kind():
    findings = [{"field": "requirements", "start": 0, "end": 2, "phrase": "限男", "ground_label": "性别", "articles": ["第二十七条"]}]
    [req] = [v for v in screened_field_views({"requirements": "限男"}, findings) if v.name == "requirements"]
    assert req.notes[0].kind_label == "" and req.notes[0].basis == "" and req.notes[0].legal_basis == "第二十七条"
