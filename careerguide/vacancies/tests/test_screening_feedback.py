"""Reviewers' feedback on the discrimination screening: false alarms and misses kept with their sentence
and ground, listed for the city's rule maintainers and exported as corpus rows (BJ-38-3)."""
import io
from urllib.parse import unquote

import pytest
import time_machine
from django.urls import reverse

from careerguide.audit.models import AuditEvent
from careerguide.common.errors import DomainError, NotFound
from careerguide.vacancies.models import ScreeningFeedback
from careerguide.vacancies.screening.evaluation import read_corpus
from careerguide.vacancies.screening.feedback import (
    FALSE_ALARM,
    MISS,
    FeedbackItem,
    corpus_rows,
    corpus_tsv,
    sentence_around,
)
from careerguide.vacancies.services.review import finding_override
from careerguide.vacancies.services.screening_feedback import (
    screening_feedback_collect_overrides,
    screening_feedback_record_override,
    screening_miss_flag,
)
from careerguide.vacancies.services.vacancy import vacancy_submit

from .factories import at, content, make_agent, make_registered_employer

pytestmark = pytest.mark.req("BJ-38-3")
NOW = at(2026, 3, 3)
REQUIREMENTS = "井下作业，限男。初中以上学历，家里孩子没人带的请慎重。能适应倒班。"


# ---- pure: sentences and corpus rows ------------------------------------------------------------------


def test_sentence_around_a_phrase():
    text = "负责装配。初中以上学历，农村户口者不予录用。\n能倒班"
    start = text.index("农村")
    assert sentence_around(text, start, start + 9) == "初中以上学历，农村户口者不予录用。"
    assert sentence_around(text, text.index("能倒"), text.index("能倒") + 2) == "能倒班"


def test_feedback_becomes_one_corpus_row_per_sentence():
    items = [
        FeedbackItem(kind=FALSE_ALARM, sentence="孕期不安排夜班。", phrase="孕期", ground="marital_childbearing", note="依法保护"),
        FeedbackItem(kind=MISS, sentence="有小孩的不方便。", phrase="有小孩的不方便", ground="marital_childbearing"),
        FeedbackItem(kind=FALSE_ALARM, sentence="限男，35岁以下。", phrase="限男", ground="sex", standing=frozenset({"age"})),
        FeedbackItem(kind=MISS, sentence="限男，35岁以下。", phrase="外\t地", ground="origin", note="第二条\t说明"),
    ]
    rows = corpus_rows(items)
    assert [(r.sentence, r.label, r.grounds) for r in rows] == [
        ("孕期不安排夜班。", "0", ()),
        ("有小孩的不方便。", "1", ("marital_childbearing",)),
        ("限男，35岁以下。", "1", ("age", "origin")),
    ]
    text = corpus_tsv(rows)
    assert text.splitlines()[0] == "sentence\tlabel\tground\tnote"
    assert text.splitlines()[3] == "限男，35岁以下。\t1\tage,origin\t第二条 说明"


# ---- services -----------------------------------------------------------------------------------------


@pytest.fixture
def posting(db, city, staff):
    employer = make_registered_employer(staff.s11_officer, city.s11)
    agent = make_agent(employer)
    return vacancy_submit(actor=agent, employer=employer, content=content(requirements=REQUIREMENTS), now=NOW)


def test_an_override_is_kept_as_a_false_alarm_with_its_sentence(posting, staff):
    """BJ-38-3: the reviewer's override is stored with the sentence, phrase, ground and legal basis."""
    [finding] = posting.latest_version.findings
    assert (finding["phrase"], finding["ground"]) == ("限男", "sex")
    override = finding_override(actor=staff.d1_counsellor, vacancy=posting, index=0, now=NOW,
                                legal_basis="《女职工劳动保护特别规定》附录：矿山井下作业")
    row = screening_feedback_record_override(actor=staff.d1_counsellor, override=override, now=NOW)
    assert (row.kind, row.sentence, row.phrase, row.ground, row.ground_label, row.field) == (
        FALSE_ALARM, "井下作业，限男。", "限男", "sex", "性别", "requirements")
    assert row.note.startswith("《女职工") and row.ruleset_version == "2" and row.reviewer == staff.d1_counsellor
    assert row.unit == posting.unit and row.standing_grounds == []
    assert screening_feedback_record_override(actor=staff.d1_counsellor, override=override) == row  # idempotent
    assert AuditEvent.objects.filter(action="create", clause="BJ-38-3", object_id=str(row.pk)).exists()


def test_an_override_is_kept_as_a_false_alarm_when_it_is_made(posting, staff):
    """BJ-38-3: the reviewer's override itself records the feedback row (no collection step needed)."""
    override = finding_override(actor=staff.d1_counsellor, vacancy=posting, index=0, legal_basis="依法", now=NOW)
    row = ScreeningFeedback.objects.get()
    assert (row.override, row.kind, row.reviewer) == (override, FALSE_ALARM, staff.d1_counsellor)


def test_maintainers_collect_overrides_made_before_feedback_was_kept(posting, staff):
    finding_override(actor=staff.d1_counsellor, vacancy=posting, index=0, legal_basis="依法", now=NOW)
    ScreeningFeedback.objects.all().delete()  # as an override made before feedback rows were kept
    with pytest.raises(DomainError) as exc:
        screening_feedback_collect_overrides(actor=staff.d1_counsellor)
    assert exc.value.code == "forbidden"
    assert screening_feedback_collect_overrides(actor=staff.city_admin, now=NOW) == 1
    assert screening_feedback_collect_overrides(actor=staff.city_admin, now=NOW) == 0
    row = ScreeningFeedback.objects.get()
    assert row.reviewer == staff.d1_counsellor and row.kind == FALSE_ALARM


def test_a_reviewer_flags_a_missed_phrase(posting, staff):
    """BJ-38-3: a phrase the screening missed is kept with its sentence and the ground the reviewer names."""
    row = screening_miss_flag(actor=staff.d1_counsellor, vacancy=posting, field="requirements", phrase="孩子没人带的请慎重",
                              ground="marital_childbearing", note="以有无子女设限", now=NOW)
    assert (row.kind, row.sentence, row.start, row.end, row.ground_label) == (
        MISS, "初中以上学历，家里孩子没人带的请慎重。", REQUIREMENTS.index("孩子没人带"), REQUIREMENTS.index("孩子没人带") + 9,
        "婚育状况")
    with pytest.raises(DomainError) as exc:
        screening_miss_flag(actor=staff.d1_counsellor, vacancy=posting, field="requirements", phrase="孩子没人带的请慎重",
                            ground="marital_childbearing")
    assert exc.value.code == "duplicate"


@pytest.mark.parametrize(
    ("field", "phrase", "ground", "code", "error_field"),
    [
        ("requirements", "不在原文里", "sex", "invalid", "phrase"),
        ("requirements", "  ", "sex", "required", "phrase"),
        ("requirements", "限男", "nope", "invalid", "ground"),
        ("pay_min", "限男", "sex", "invalid", "field"),
    ],
)
def test_a_miss_must_be_in_the_text_with_a_known_ground(posting, staff, field, phrase, ground, code, error_field):
    with pytest.raises(DomainError) as exc:
        screening_miss_flag(actor=staff.d1_counsellor, vacancy=posting, field=field, phrase=phrase, ground=ground)
    assert exc.value.code == code and error_field in exc.value.field_errors
    assert ScreeningFeedback.objects.count() == 0


def test_only_the_reviewing_district_flags_misses(posting, staff):
    with pytest.raises(DomainError) as exc:
        screening_miss_flag(actor=staff.city_admin, vacancy=posting, field="requirements", phrase="限男", ground="sex")
    assert exc.value.code == "forbidden"
    with pytest.raises(NotFound):
        screening_miss_flag(actor=staff.d2_counsellor, vacancy=posting, field="requirements", phrase="限男", ground="sex")


# ---- pages --------------------------------------------------------------------------------------------


def test_reviewer_flags_a_miss_from_the_review_page(client, posting, staff):
    client.force_login(staff.d1_counsellor)
    detail = client.get(reverse("vacancies:detail", args=[posting.pk])).content.decode()
    assert reverse("vacancies:screening_miss", args=[posting.pk]) in detail
    url = reverse("vacancies:screening_miss", args=[posting.pk])
    assert "漏报的词句" in client.get(url).content.decode()
    bad = client.post(url, {"field": "requirements", "phrase": "原文没有", "ground": "sex"})
    assert bad.status_code == 200 and "不在" in bad.content.decode()
    response = client.post(url, {"field": "requirements", "phrase": "孩子没人带的请慎重", "ground": "marital_childbearing"})
    assert response.status_code == 302 and ScreeningFeedback.objects.filter(kind=MISS).count() == 1


def test_maintainers_list_and_export_the_feedback_as_corpus_rows(client, posting, staff):
    """BJ-38-3: the city's rule maintainers see every override and miss and download them as corpus rows."""
    override = finding_override(actor=staff.d1_counsellor, vacancy=posting, index=0, legal_basis="井下作业依法", now=NOW)
    screening_feedback_record_override(actor=staff.d1_counsellor, override=override, now=NOW)
    screening_miss_flag(actor=staff.d1_counsellor, vacancy=posting, field="requirements", phrase="孩子没人带的请慎重",
                        ground="marital_childbearing", now=NOW)
    client.force_login(staff.d1_counsellor)
    assert client.get(reverse("vacancies:screening_feedback")).status_code == 403
    client.force_login(staff.city_admin)
    page = client.get(reverse("vacancies:screening_feedback")).content.decode()
    assert "孩子没人带的请慎重" in page and "井下作业依法" in page and "误报" in page and "漏报" in page
    only_misses = client.get(reverse("vacancies:screening_feedback"), {"kind": MISS}).content.decode()
    assert "井下作业依法" not in only_misses
    with time_machine.travel(NOW, tick=False):
        export = client.get(reverse("vacancies:screening_feedback_export"))
    assert export["Content-Type"].startswith("text/tab-separated-values")
    assert "筛查反馈语料_20260303.tsv" in unquote(export["Content-Disposition"])
    body = export.content.decode("utf-8")
    path = io.StringIO(body)
    rows = [line.split("\t") for line in path.read().splitlines()[1:]]
    assert rows == [["井下作业，限男。", "0", "", "井下作业依法"], ["初中以上学历，家里孩子没人带的请慎重。", "1", "marital_childbearing", ""]]


def test_exported_rows_read_back_as_a_corpus(tmp_path):
    rows = corpus_rows([FeedbackItem(kind=MISS, sentence="不要河南的。", phrase="不要河南的", ground="origin")])
    target = tmp_path / "screening_heldout_x.tsv"
    target.write_text(corpus_tsv(rows), encoding="utf-8")
    [row] = read_corpus(target)
    assert (row.sentence, row.positive, row.grounds) == ("不要河南的。", True, frozenset({"origin"}))
