"""Reviewing a vacancy version: overrides of screening findings, per-criterion results, publication
on approval or return with a one-time notice (BJ-38-1…3, BJ-39-1, BJ-39-2, BJ-5-7)."""
from __future__ import annotations

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.audit.services import audit_record
from careerguide.common.errors import DomainError
from careerguide.duties.services import transition
from careerguide.ledgers.services import ledger_entry_add
from careerguide.matching.services.features import vacancy_features_refresh
from careerguide.notifications.services import notify
from careerguide.policy.selectors import policy_value

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


def _check_reviewer(actor, vacancy: Vacancy) -> None:
    """Only the district agency holding the employer's demand registration reviews (BJ-39-4)."""
    vacancy_get(actor=actor, pk=vacancy.pk)  # 404 outside the jurisdiction
    if not can_review_vacancies(actor) or actor.unit_id != vacancy.unit_id:
        raise DomainError(_("该招聘信息由%(unit)s审核，您不能审核。") % {"unit": vacancy.unit.name}, clause="BJ-39-4",
                          code="forbidden")


def _reviewable_version(vacancy: Vacancy) -> VacancyVersion:
    if vacancy.status != VacancyStatus.UNDER_REVIEW:
        raise DomainError(_("该招聘信息当前不在待审核状态。"), clause="BJ-39-5", code="invalid_transition")
    return vacancy.latest_version


def automatic_defects(version: VacancyVersion, *, today, overridden=None):
    """Completeness (BJ-38-2), validity (BJ-41-2, BJ-35-1) and screening findings not overridden (BJ-38-3)."""
    vacancy = version.vacancy
    if overridden is None:
        overridden = set(version.overrides.values_list("finding_index", flat=True))
    max_days = policy_value("bj.posting_max_validity_days", unit=vacancy.unit, on=today)
    return (content_defects(version_content(version))
            + validity_defects(valid_until=version.valid_until, today=today, max_validity_days=max_days,
                               licence_valid_until=vacancy.employer.licence_valid_until)
            + finding_defects(version.findings, overridden))


@transaction.atomic
def finding_override(*, actor, vacancy: Vacancy, index: int, legal_basis: str, now=None) -> FindingOverride:
    """The reviewer resolves one finding as lawful; only with the legal basis recorded (BJ-38-3, OQ 22)."""
    now = now or timezone.now()
    vacancy = Vacancy.objects.select_for_update(of=("self",)).select_related("unit", "latest_version").get(pk=vacancy.pk)
    _check_reviewer(actor, vacancy)
    version = _reviewable_version(vacancy)
    legal_basis = (legal_basis or "").strip()
    if not legal_basis:
        raise DomainError(field_errors={"legal_basis": [_("排除筛查发现必须填写法律依据。")]}, clause="BJ-38-3")
    if not isinstance(index, int) or not 0 <= index < len(version.findings):
        raise DomainError(_("筛查发现不存在。"))
    if version.overrides.filter(finding_index=index).exists():
        raise DomainError(_("该筛查发现已排除。"), code="duplicate")
    override = FindingOverride.objects.create(version=version, finding_index=index, legal_basis=legal_basis, reviewer=actor)
    finding = version.findings[index]
    audit_record(actor=actor, obj=vacancy, unit=vacancy.unit, action="finding_override", clause="BJ-38-3", now=now,
                 reason=legal_basis, after={"version": version.number, "finding": index, "field": finding["field"],
                                            "phrase": finding["phrase"], "ground": finding["ground"]})
    return override


def _earlier_notices(vacancy: Vacancy, version: VacancyVersion):
    """Keys of every defect notified for earlier versions and the content of the first reviewed version (BJ-5-7)."""
    reviews = list(VacancyReview.objects.filter(version__vacancy=vacancy, version__number__lt=version.number)
                   .select_related("version").order_by("version__number"))
    keys = [d["key"] for review in reviews for d in review.defects]
    return keys, (version_content(reviews[0].version) if reviews else None)


@transaction.atomic
def vacancy_review(*, actor, vacancy: Vacancy, judgments: dict, now=None) -> VacancyReview:
    """Review the latest version.  `judgments` maps truthfulness, legality and validity to
    (passed, note).  Approval publishes at once (BJ-39-1); otherwise the posting is returned
    with every defect in one notice (BJ-39-2, BJ-5-7).  A failed version is never published."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    vacancy = (Vacancy.objects.select_for_update(of=("self",)).select_related("unit", "employer", "latest_version", "submitted_by")
               .get(pk=vacancy.pk))
    _check_reviewer(actor, vacancy)
    version = _reviewable_version(vacancy)
    outcome = review_outcome(automatic=automatic_defects(version, today=today), judgments=judgments)
    earlier_keys, earlier_content = _earlier_notices(vacancy, version)
    repeated = repeated_defects(defects=outcome.defects, earlier_keys=earlier_keys, earlier_content=earlier_content,
                                content=version_content(version))
    notes = {c: (judgments[c][1] or "").strip()[:300] for c in (TRUTHFULNESS, LEGALITY, VALIDITY)}
    review = VacancyReview.objects.create(
        version=version, unit=vacancy.unit, reviewer=actor, reviewed_on=today,
        completeness_passed=outcome.results["completeness"], truthfulness_passed=outcome.results[TRUTHFULNESS],
        legality_passed=outcome.results[LEGALITY], validity_passed=outcome.results[VALIDITY],
        truthfulness_note=notes[TRUTHFULNESS], legality_note=notes[LEGALITY], validity_note=notes[VALIDITY],
        decision=ReviewDecision.APPROVED if outcome.approved else ReviewDecision.RETURNED,
        defects=[d.to_dict() for d in outcome.defects], repeated_defects=[d.to_dict() for d in repeated],
    )
    audit_record(actor=actor, obj=vacancy, unit=vacancy.unit, action="review", clause="BJ-38-1", now=now,
                 after={"version": version.number, "decision": review.decision, "results": outcome.results,
                        "defects": len(outcome.defects), "quality_exception": bool(repeated)})
    link = reverse("vacancy_portal:detail", args=[vacancy.pk])
    if outcome.approved:
        vacancy.published_version = version
        vacancy.save(update_fields=["published_version", "updated_at"])
        transition(obj=vacancy, to=VacancyStatus.PUBLISHED, actor=actor, table=VACANCY_TRANSITIONS, unit=vacancy.unit,
                   clause="BJ-39-1", milestone_field="published_at", now=now)
        ledger_entry_add(actor=actor, ledger="employer", subject=vacancy.employer, unit=vacancy.unit, section="demand",
                         service_type="vacancy_published", occurred_on=today, clause="BJ-39-1", now=now, channel="online",
                         summary=_("审核通过并发布招聘信息“%(title)s”（第%(n)s版）") % {"title": version.title, "n": version.number})
        subject = _("招聘信息“%(title)s”已审核通过并发布") % {"title": version.title}
    else:
        transition(obj=vacancy, to=VacancyStatus.RETURNED, actor=actor, table=VACANCY_TRANSITIONS, unit=vacancy.unit,
                   clause="BJ-39-2", now=now)
        subject = _("招聘信息“%(title)s”未通过审核，请按一次性告知的问题修改") % {"title": version.title}
    vacancy_features_refresh(vacancy=vacancy, now=now)
    if vacancy.submitted_by_id:
        notify(recipient=vacancy.submitted_by, subject=subject, link=link, now=now,
               dedup_key=f"vacancy-review:{vacancy.pk}:{version.number}")
    return review
