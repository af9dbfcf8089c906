"""Submitting, correcting, withdrawing and expiring vacancies (BJ-38-3, BJ-39-2…5, BJ-41-2)."""
from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError, NotFound
from careerguide.common.services import audit, now_or, refuse, today
from careerguide.duties.services import transition
from careerguide.employers import selectors as employer_selectors
from careerguide.employers.services.ledger import ledger_add
from careerguide.matching.services.features import vacancy_features_refresh
from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.scoping import unit_in_jurisdiction

from ..error_codes import VacancyErrorCode
from ..models import Vacancy, VacancyVersion
from ..permissions import can_review_vacancies
from ..rules import SCREENED_FIELDS, expiry_reason
from ..screening.engine import screen_fields
from ..selectors import CONTENT_FIELDS, agent_link, screening_ruleset
from ..states import VACANCY_TRANSITIONS, ExpiryReason, VacancyStatus


def _clean_content(content: dict) -> dict:
    cleaned = {name: content.get(name) for name in CONTENT_FIELDS}
    for name, value in cleaned.items():
        if isinstance(value, str):
            cleaned[name] = value.strip()
        elif value is None and name not in ("headcount", "pay_min", "pay_max", "work_district", "valid_until"):
            cleaned[name] = ""
    errors = {}
    if not cleaned["title"]:
        errors["title"] = [_("请填写岗位名称。")]
    district = cleaned["work_district"]
    if district is not None and getattr(district, "level", None) != UnitLevel.DISTRICT:
        errors["work_district"] = [_("请选择一个区。")]
    if errors:
        raise DomainError(field_errors=errors, code=CommonErrorCode.INVALID)
    return cleaned


def _check_agent(actor, employer) -> None:
    """Online submission only by an active agent of a verified, registered employer with real-name
    authentication (BJ-39-3, BJ-35-3, BJ-43-1); anyone else does not see the employer at all."""
    link = agent_link(actor=actor, employer=employer)
    if link is None:
        raise NotFound()
    if not link.real_name_verified:
        refuse(_("您的账户尚未通过实名认证，不能在线发布招聘信息。请先到服务机构办理实名认证。"),
               clause="BJ-39-3", code=VacancyErrorCode.REAL_NAME_REQUIRED)
    if not employer.is_verified:
        refuse(_("用人单位资格尚未核验通过，不能发布招聘信息。"), clause="BJ-35-3", code=VacancyErrorCode.EMPLOYER_NOT_VERIFIED)


def review_unit_for(*, employer):
    """The district agency that reviews the employer's online postings (BJ-39-4), or None."""
    return employer_selectors.demand_registration_unit(employer=employer)


def _create_version(*, actor, vacancy: Vacancy, content: dict, number: int, now) -> VacancyVersion:
    """Store the content as a new immutable version, screened before review (BJ-38-3)."""
    ruleset, row = screening_ruleset()
    found = screen_fields({name: content.get(name) or "" for name in SCREENED_FIELDS}, ruleset)
    findings = [f.to_dict() for name in SCREENED_FIELDS for f in found[name]]
    version = VacancyVersion.objects.create(vacancy=vacancy, number=number, created_by=actor, ruleset_version=ruleset.version,
                                            ruleset=row, findings=findings, **content)
    vacancy.latest_version = version
    vacancy.save(update_fields=["latest_version", "updated_at"])
    audit(actor=actor, obj=vacancy, unit=vacancy.unit, action="version_create", clause="BJ-38-3", now=now,
          after={"version": number, "title": version.title, "ruleset_version": ruleset.version,
                 "findings": [f"{f['field']}:{f['phrase']}" for f in findings]})
    return version


def _same_submission_under_review(*, actor, employer, content: dict) -> Vacancy | None:
    """The agent's posting for the employer still under review whose only version has exactly this content."""
    rows = (Vacancy.objects.select_for_update(of=("self",)).filter(employer=employer, submitted_by=actor,
                                                       status=VacancyStatus.UNDER_REVIEW)
            .select_related("latest_version").order_by("pk"))
    for vacancy in rows:
        version = vacancy.latest_version
        if version is not None and version.number == 1 and all(
                getattr(version, name) == value for name, value in content.items()):
            return vacancy
    return None


@transaction.atomic
def vacancy_submit(*, actor, employer, content: dict, now=None) -> Vacancy:
    """An employer agent submits a posting online; it is screened and goes to the reviewing district."""
    now = now_or(now)
    _check_agent(actor, employer)
    unit = review_unit_for(employer=employer)
    if unit is None:
        refuse(_("该单位尚未办理招聘需求登记，不能发布招聘信息。请先到服务机构办理招聘需求登记。"),
               clause="BJ-39-4", code=VacancyErrorCode.NO_DEMAND_REGISTRATION)
    content = _clean_content(content)
    repeated = _same_submission_under_review(actor=actor, employer=employer, content=content)
    if repeated is not None:
        return repeated  # the same posting sent again (a double click): the first one stands
    vacancy = Vacancy.objects.create(employer=employer, unit=unit, submitted_by=actor)
    audit(actor=actor, obj=vacancy, unit=unit, action="create", clause="BJ-39-5", now=now,
          after={"employer": employer.pk, "unit": unit.pk})
    _create_version(actor=actor, vacancy=vacancy, content=content, number=1, now=now)
    transition(obj=vacancy, to=VacancyStatus.UNDER_REVIEW, actor=actor, table=VACANCY_TRANSITIONS, unit=unit, clause="BJ-39-5",
               milestone_field="submitted_at", now=now)
    return vacancy


@transaction.atomic
def vacancy_correct(*, actor, vacancy: Vacancy, content: dict, now=None) -> VacancyVersion:
    """The employer corrects a returned posting: a new version, screened and reviewed again (BJ-39-2)."""
    now = now_or(now)
    vacancy = Vacancy.objects.select_for_update(of=("self",)).select_related("employer").get(pk=vacancy.pk)
    _check_agent(actor, vacancy.employer)
    if vacancy.status != VacancyStatus.RETURNED:
        refuse(_("只有被退回修改的招聘信息可以修改后重新提交。"), clause="BJ-39-2", code=CommonErrorCode.INVALID_TRANSITION)
    content = _clean_content(content)
    version = _create_version(actor=actor, vacancy=vacancy, content=content, number=vacancy.versions.count() + 1, now=now)
    transition(obj=vacancy, to=VacancyStatus.UNDER_REVIEW, actor=actor, table=VACANCY_TRANSITIONS, unit=vacancy.unit,
               clause="BJ-39-2", milestone_field="submitted_at", now=now)
    return version


def _expire(vacancy: Vacancy, *, reason: str, actor, now) -> Vacancy:
    """失效 and archived at once: unpublished and read-only from now on (BJ-41-2)."""
    vacancy.expiry_reason = reason
    vacancy.save(update_fields=["expiry_reason", "updated_at"])
    transition(obj=vacancy, to=VacancyStatus.EXPIRED, actor=actor, table=VACANCY_TRANSITIONS, unit=vacancy.unit, clause="BJ-41-2",
               reason=str(ExpiryReason(reason).label), milestone_field="expired_at", now=now)
    transition(obj=vacancy, to=VacancyStatus.ARCHIVED, actor=actor, table=VACANCY_TRANSITIONS, unit=vacancy.unit,
               clause="BJ-41-2", milestone_field="archived_at", now=now)
    vacancy_features_refresh(vacancy=vacancy, now=now)
    if vacancy.published_version_id:
        ledger_add(actor=actor, employer=vacancy.employer, unit=vacancy.unit, section="demand",
                   service_type="vacancy_archived", occurred_on=today(now), clause="BJ-41-2", now=now,
                   summary=_("招聘信息“%(title)s”失效归档（%(reason)s）") % {
                       "title": vacancy.published_version.title, "reason": ExpiryReason(reason).label})
    return vacancy


@transaction.atomic
def vacancy_withdraw(*, actor, vacancy: Vacancy, now=None) -> Vacancy:
    """The employer withdraws its posting; it expires and is archived (BJ-41-2)."""
    now = now_or(now)
    vacancy = Vacancy.objects.select_for_update(of=("self",)).select_related("employer", "published_version").get(pk=vacancy.pk)
    if agent_link(actor=actor, employer=vacancy.employer) is None:
        raise NotFound()
    if vacancy.status not in (VacancyStatus.UNDER_REVIEW, VacancyStatus.RETURNED, VacancyStatus.PUBLISHED):
        refuse(_("该招聘信息已失效，不能撤回。"), clause="BJ-41-2", code=CommonErrorCode.INVALID_TRANSITION)
    return _expire(vacancy, reason=ExpiryReason.WITHDRAWN, actor=actor, now=now)


@transaction.atomic
def vacancy_record_hires(*, actor, vacancy: Vacancy, count: int, now=None) -> Vacancy:
    """Record people hired for a published posting; when the headcount is filled it expires (BJ-41-2)."""
    now = now_or(now)
    vacancy = Vacancy.objects.select_for_update(of=("self",)).select_related("employer", "published_version").get(pk=vacancy.pk)
    is_agent = agent_link(actor=actor, employer=vacancy.employer) is not None
    if not is_agent and not (can_review_vacancies(actor) and unit_in_jurisdiction(actor, vacancy.unit)):
        raise NotFound()
    if vacancy.status != VacancyStatus.PUBLISHED:
        refuse(_("只有已发布的招聘信息可以登记招用人数。"), clause="BJ-41-2", code=VacancyErrorCode.NOT_PUBLISHED)
    if not isinstance(count, int) or count < 1:
        refuse(_("招用人数至少为1。"), field="count", code=CommonErrorCode.INVALID)
    before = vacancy.filled_count
    vacancy.filled_count = before + count
    vacancy.save(update_fields=["filled_count", "updated_at"])
    audit(actor=actor, obj=vacancy, unit=vacancy.unit, action="hires", clause="BJ-41-2", now=now,
          before={"filled_count": before}, after={"filled_count": vacancy.filled_count})
    if vacancy.filled_count >= vacancy.published_version.headcount:
        _expire(vacancy, reason=ExpiryReason.FILLED, actor=actor, now=now)
    return vacancy


def vacancies_expire(*, now=None) -> int:
    """The daily job: expire and archive every published posting whose validity end date has passed,
    whose headcount is filled or whose employer's certificate has ended (BJ-41-2).  Idempotent."""
    now = now_or(now)
    on = today(now)
    expired = 0
    published = (Vacancy.objects.filter(status=VacancyStatus.PUBLISHED)
                 .select_related("employer", "published_version").order_by("pk"))
    for vacancy in published.iterator(chunk_size=500):
        version = vacancy.published_version
        reason = expiry_reason(today=on, valid_until=version.valid_until, headcount=version.headcount,
                               filled=vacancy.filled_count, licence_valid_until=vacancy.employer.licence_valid_until)
        if reason is None:
            continue
        with transaction.atomic():
            locked = Vacancy.objects.select_for_update(of=("self",)).select_related("employer", "published_version").get(pk=vacancy.pk)
            if locked.status == VacancyStatus.PUBLISHED:
                _expire(locked, reason=reason, actor=None, now=now)
                expired += 1
    return expired
