"""Recording reviewers' feedback on the discrimination screening for the city's rule maintainers (BJ-38-3).

A reviewer's override of a finding is a false alarm; a phrase the reviewer flags by hand is a
miss.  Each is stored with its sentence and ground; the maintainers list them and export
them as corpus rows (see ``screening.feedback``).
"""
from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import audit, refuse, refuse_forbidden, require_text

from ..models import FindingOverride, ScreeningFeedback, VacancyVersion
from ..permissions import can_manage_screening_rules, can_review_vacancies
from ..rules import FIELD_LABELS, SCREENED_FIELDS
from ..screening.feedback import sentence_around, sentence_span
from ..selectors import overrides_without_feedback, screening_ruleset, vacancy_get
from ..states import FeedbackKind

CLAUSE = "BJ-38-3"


def _standing_grounds(version: VacancyVersion, field: str, text: str, start: int, end: int, *, skip: int | None) -> list[str]:
    """Grounds of the version's other findings in the same sentence that no reviewer has overridden."""
    left, right = sentence_span(text, start, end)
    overridden = set(version.overrides.values_list("finding_index", flat=True))
    return sorted({f["ground"] for i, f in enumerate(version.findings)
                   if i != skip and i not in overridden and f["field"] == field and left <= f["start"] < right})


def _record(*, actor, reviewer, version: VacancyVersion, kind: str, field: str, start: int, end: int, ground: str,
            ground_label: str, ruleset_version: str, note: str, override=None, now=None) -> ScreeningFeedback:
    text = getattr(version, field) or ""
    row = ScreeningFeedback.objects.create(
        kind=kind, version=version, unit=version.vacancy.unit, override=override, field=field,
        sentence=sentence_around(text, start, end), phrase=text[start:end][:200], start=start, end=end, ground=ground,
        ground_label=ground_label, ruleset_version=ruleset_version, note=note, reviewer=reviewer,
        standing_grounds=_standing_grounds(version, field, text, start, end,
                                           skip=override.finding_index if override else None))
    audit(actor=actor, obj=row, action="create", unit=row.unit, clause=CLAUSE, now=now, reason=note,
          after={"kind": kind, "vacancy": version.vacancy_id, "version": version.number, "field": field,
                 "phrase": row.phrase, "ground": ground, "ruleset_version": ruleset_version})
    return row


@transaction.atomic
def screening_feedback_record_override(*, actor, override: FindingOverride, now=None) -> ScreeningFeedback:
    """Keep a reviewer's override as a false alarm (called where the override is made; idempotent)."""
    existing = ScreeningFeedback.objects.filter(override=override).first()
    if existing is not None:
        return existing
    version = override.version
    finding = version.findings[override.finding_index]
    return _record(actor=actor, reviewer=override.reviewer, version=version, kind=FeedbackKind.FALSE_ALARM, field=finding["field"],
                   start=finding["start"], end=finding["end"], ground=finding["ground"],
                   ground_label=finding["ground_label"], ruleset_version=finding.get("ruleset_version") or version.ruleset_version,
                   note=override.legal_basis, override=override, now=now)


@transaction.atomic
def screening_feedback_collect_overrides(*, actor, now=None) -> int:
    """The maintainers take in every override not yet kept as feedback; returns how many were added."""
    if not can_manage_screening_rules(actor):
        refuse_forbidden(clause=CLAUSE, message=_("只有市级系统管理员可以整理筛查反馈。"))
    added = 0
    for override in overrides_without_feedback(actor=actor):
        screening_feedback_record_override(actor=actor, override=override, now=now)
        added += 1
    return added


def _check_reviewer(actor, vacancy) -> None:
    if not can_review_vacancies(actor) or actor.unit_id != vacancy.unit_id:
        refuse_forbidden(clause="BJ-39-4", message=_("该招聘信息由%(unit)s审核，您不能标注漏报。") % {"unit": vacancy.unit.name})


def _locate(version: VacancyVersion, field: str, phrase: str) -> tuple[int, int]:
    if field not in SCREENED_FIELDS:
        refuse(_("请选择招聘信息的文字字段。"), code=CommonErrorCode.INVALID, clause=CLAUSE, field="field")
    start = (getattr(version, field) or "").find(phrase)
    if start < 0:
        refuse(_("“%(p)s”不在“%(f)s”中，请照原文填写词句。") % {"p": phrase, "f": FIELD_LABELS[field]},
               code=CommonErrorCode.INVALID, clause=CLAUSE, field="phrase")
    return start, start + len(phrase)


@transaction.atomic
def screening_miss_flag(*, actor, vacancy, field: str, phrase: str, ground: str, note: str = "",
                        now=None) -> ScreeningFeedback:
    """A reviewer flags a discriminatory phrase of the latest version that the screening did not find."""
    vacancy = vacancy_get(actor=actor, pk=vacancy.pk)  # 404 outside the jurisdiction
    _check_reviewer(actor, vacancy)
    phrase = require_text(phrase, field="phrase", label=_("词句"), clause=CLAUSE)[:200]
    ruleset, _row = screening_ruleset()
    if ground not in ruleset.grounds:
        refuse(_("请选择歧视类别。"), code=CommonErrorCode.INVALID, clause=CLAUSE, field="ground")
    version = vacancy.latest_version
    start, end = _locate(version, field, phrase)
    if ScreeningFeedback.objects.filter(version=version, kind=FeedbackKind.MISS, field=field, start=start,
                                        ground=ground).exists():
        refuse(_("该词句已标注为漏报。"), code=CommonErrorCode.DUPLICATE, clause=CLAUSE)
    return _record(actor=actor, reviewer=actor, version=version, kind=FeedbackKind.MISS, field=field, start=start, end=end,
                   ground=ground, ground_label=ruleset.grounds[ground].label, ruleset_version=ruleset.version,
                   note=(note or "").strip(), now=now)
