"""Reviewing a vacancy version: overrides of screening findings, per-criterion results, publication
on approval or return with a one-time notice (BJ-38-1…3, BJ-39-1, BJ-39-2, BJ-5-7)."""
from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import audit, now_or, policy_number, refuse, refuse_forbidden, today
from careerguide.duties.services import transition
from careerguide.employers.services.ledger import ledger_add
from careerguide.matching.services.features import vacancy_features_refresh
from careerguide.notifications.services import notify

from ..links import agent_vacancy_page
from ..models import FindingOverride, Vacancy, VacancyReview, VacancyVersion
from ..permissions import can_review_vacancies
from ..rules import (
    LEGALITY,
    TRUTHFULNESS,
    VALIDITY,
    content_defects,
    finding_defects,
    repeated_defects,
    review_outcome,
    validity_defects,
)
from ..selectors import vacancy_get, version_content
from ..states import VACANCY_TRANSITIONS, ReviewDecision, VacancyStatus
from .screening_feedback import screening_feedback_record_override


def _check_reviewer(actor, vacancy: Vacancy) -> None:
    """Only the district agency holding the employer's demand registration reviews (BJ-39-4)."""
    vacancy_get(actor=actor, pk=vacancy.pk)  # 404 outside the jurisdiction
    if not can_review_vacancies(actor) or actor.unit_id != vacancy.unit_id:
        refuse_forbidden(message=_("该招聘信息由%(unit)s审核，您不能审核。") % {"unit": vacancy.unit.name},
                         clause="BJ-39-4")


def _reviewable_version(vacancy: Vacancy) -> VacancyVersion:
    if vacancy.status != VacancyStatus.UNDER_REVIEW:
        refuse(_("该招聘信息当前不在待审核状态。"), clause="BJ-39-5", code=CommonErrorCode.INVALID_TRANSITION)
    return vacancy.latest_version


def automatic_defects(*, version: VacancyVersion, on, overridden=None):
    """Completeness (BJ-38-2), validity (BJ-41-2, BJ-35-1) and screening findings not overridden (BJ-38-3)."""
    vacancy = version.vacancy
    if overridden is None:
        overridden = set(version.overrides.values_list("finding_index", flat=True))
    max_days = policy_number("bj.posting_max_validity_days", unit=vacancy.unit, on=on)
    return (content_defects(version_content(version=version))
            + validity_defects(valid_until=version.valid_until, today=on, max_validity_days=max_days,
                               licence_valid_until=vacancy.employer.licence_valid_until)
            + finding_defects(version.findings, overridden))


@transaction.atomic
def finding_override(*, actor, vacancy: Vacancy, index: int, legal_basis: str, now=None) -> FindingOverride:
    """The reviewer resolves one finding as lawful; only with the legal basis recorded (BJ-38-3, OQ 22)."""
    now = now_or(now)
    vacancy = Vacancy.objects.select_for_update(of=("self",)).select_related("unit", "latest_version").get(pk=vacancy.pk)
    _check_reviewer(actor, vacancy)
    version = _reviewable_version(vacancy)
    legal_basis = (legal_basis or "").strip()
    if not legal_basis:
        refuse(_("排除筛查发现必须填写法律依据。"), field="legal_basis", clause="BJ-38-3", code=CommonErrorCode.REQUIRED)
    if not isinstance(index, int) or not 0 <= index < len(version.findings):
        refuse(_("筛查发现不存在。"), clause="BJ-38-3", code=CommonErrorCode.INVALID)
    if version.overrides.filter(finding_index=index).exists():
        refuse(_("该筛查发现已排除。"), clause="BJ-38-3", code=CommonErrorCode.DUPLICATE)
    override = FindingOverride.objects.create(version=version, finding_index=index, legal_basis=legal_basis, reviewer=actor)
    finding = version.findings[index]
    audit(actor=actor, obj=vacancy, unit=vacancy.unit, action="finding_override", clause="BJ-38-3", now=now,
          reason=legal_basis, after={"version": version.number, "finding": index, "field": finding["field"],
                                     "phrase": finding["phrase"], "ground": finding["ground"]})
    screening_feedback_record_override(actor=actor, override=override, now=now)
    return override


def _earlier_notices(vacancy: Vacancy, version: VacancyVersion):
    """Keys of every defect notified for earlier versions and the content of the first reviewed version (BJ-5-7)."""
    reviews = list(VacancyReview.objects.filter(version__vacancy=vacancy, version__number__lt=version.number)
                   .select_related("version").order_by("version__number"))
    keys = [d["key"] for review in reviews for d in review.defects]
    return keys, (version_content(version=reviews[0].version) if reviews else None)


def _record_review(actor, vacancy, version, outcome, repeated, judgments, on, now) -> VacancyReview:
    """The immutable review of the version, a result per criterion and every defect (BJ-38-1, BJ-5-7)."""
    notes = {c: (judgments[c][1] or "").strip()[:300] for c in (TRUTHFULNESS, LEGALITY, VALIDITY)}
    review = VacancyReview.objects.create(
        version=version, unit=vacancy.unit, reviewer=actor, reviewed_on=on,
        completeness_passed=outcome.results["completeness"], truthfulness_passed=outcome.results[TRUTHFULNESS],
        legality_passed=outcome.results[LEGALITY], validity_passed=outcome.results[VALIDITY],
        truthfulness_note=notes[TRUTHFULNESS], legality_note=notes[LEGALITY], validity_note=notes[VALIDITY],
        decision=ReviewDecision.APPROVED if outcome.approved else ReviewDecision.RETURNED,
        defects=[d.to_dict() for d in outcome.defects], repeated_defects=[d.to_dict() for d in repeated],
    )
    audit(actor=actor, obj=vacancy, unit=vacancy.unit, action="review", clause="BJ-38-1", now=now,
          after={"version": version.number, "decision": review.decision, "results": outcome.results,
                 "defects": len(outcome.defects), "quality_exception": bool(repeated)})
    return review


def _publish(actor, vacancy, version, on, now) -> str:
    vacancy.published_version = version
    vacancy.save(update_fields=["published_version", "updated_at"])
    transition(obj=vacancy, to=VacancyStatus.PUBLISHED, actor=actor, table=VACANCY_TRANSITIONS, unit=vacancy.unit,
               clause="BJ-39-1", milestone_field="published_at", now=now)
    ledger_add(actor=actor, employer=vacancy.employer, unit=vacancy.unit, section="demand",
               service_type="vacancy_published", occurred_on=on, clause="BJ-39-1", now=now, channel="online",
               summary=_("审核通过并发布招聘信息“%(title)s”（第%(n)s版）") % {"title": version.title, "n": version.number})
    return _("招聘信息“%(title)s”已审核通过并发布") % {"title": version.title}


def _return(actor, vacancy, version, now) -> str:
    transition(obj=vacancy, to=VacancyStatus.RETURNED, actor=actor, table=VACANCY_TRANSITIONS, unit=vacancy.unit,
               clause="BJ-39-2", now=now)
    return _("招聘信息“%(title)s”未通过审核，请按一次性告知的问题修改") % {"title": version.title}


@transaction.atomic
def vacancy_review(*, actor, vacancy: Vacancy, judgments: dict, now=None) -> VacancyReview:
    """Review the latest version.  `judgments` maps truthfulness, legality and validity to
    (passed, note).  Approval publishes at once (BJ-39-1); otherwise the posting is returned
    with every defect in one notice (BJ-39-2, BJ-5-7).  A failed version is never published."""
    now = now_or(now)
    on = today(now)
    vacancy = (Vacancy.objects.select_for_update(of=("self",)).select_related("unit", "employer", "latest_version", "submitted_by")
               .get(pk=vacancy.pk))
    _check_reviewer(actor, vacancy)
    version = _reviewable_version(vacancy)
    outcome = review_outcome(automatic=automatic_defects(version=version, on=on), judgments=judgments)
    earlier_keys, earlier_content = _earlier_notices(vacancy, version)
    repeated = repeated_defects(defects=outcome.defects, earlier_keys=earlier_keys, earlier_content=earlier_content,
                                content=version_content(version=version))
    review = _record_review(actor, vacancy, version, outcome, repeated, judgments, on, now)
    subject = _publish(actor, vacancy, version, on, now) if outcome.approved else _return(actor, vacancy, version, now)
    vacancy_features_refresh(vacancy=vacancy, now=now)
    if vacancy.submitted_by_id:
        notify(recipient=vacancy.submitted_by, subject=subject, link=agent_vacancy_page(vacancy), now=now,
               dedup_key=f"vacancy-review:{vacancy.pk}:{version.number}")
    return review
