"""Qualification and comprehensive review, public notice, objections and appointment (CZ-7-1..7-15,
CZ-4-7, CZ-5-18, CZ-5-19, CZ-9-8)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, policy_number, refuse_calendar, today
from careerguide.duties.services import transition
from careerguide.notifications.services import notify
from careerguide.organisations.selectors import city_name, city_unit
from careerguide.workdays.calendar import CalendarYearNotLoaded
from careerguide.workdays.selectors import work_calendar

from ..deadlines import NoticePeriod, notice_period, retention_until, term_end
from ..error_codes import ExpertsErrorCode
from ..links import expert_home_url
from ..models import (
    Application,
    AppointmentCertificate,
    Membership,
    Objection,
    PanelMember,
    PanelOpinion,
    PublicNotice,
    VerificationAction,
)
from ..rules import MET, RULESET_VERSION, age_check
from ..selectors import person_is_barred
from ..states import APPLICATION_TRANSITIONS, ApplicationStatus
from .access import require_city_hrss
from .eligibility import category_check
from .renewal_duty import renewal_duty_schedule

S = ApplicationStatus


def _move(app, to, actor, clause, *, reason="", now=None, milestone=None):
    transition(obj=app, to=to, actor=actor, table=APPLICATION_TRANSITIONS, unit=app.receiving_unit, clause=clause,
               reason=reason, now=now, milestone_field=milestone)


@transaction.atomic
def qualification_start(*, actor, application: Application, now=None) -> Application:
    """CZ-7-2: submitted_to_city → qualification_review (city_hrss)."""
    require_city_hrss(actor=actor, clause="CZ-7-15")
    app = Application.objects.select_for_update().get(pk=application.pk)
    _move(app, S.QUALIFICATION_REVIEW, actor, "CZ-7-2", now=now, milestone="review_started_at")
    return app


def _city_opinion(app: Application, actor, opinion: str, on) -> None:
    """CZ-A1-10: city HRSS's review opinion block with its signer and date."""
    app.city_review_opinion, app.city_review_by, app.city_review_on = opinion, actor, on


def _age_and_categories(app: Application, today):
    age = age_check(born=app.birth_date, reference_date=app.round.closing_date,
                    max_age=policy_number("cz.max_age", unit=city_unit(), on=today))
    results, overall = category_check(application=app, on=today)
    return age, results, overall


@transaction.atomic
def qualification_decide(*, actor, application: Application, passed: bool, reason: str = "",
                         age_justification: str = "", no_category_reason: str = "", good_operating_condition=None,
                         high_research_level=None, relevance: dict | None = None, enterprise_size: str = "",
                         now=None) -> Application:
    """CZ-7-2 qualification review: art. 4 declarations, the age flag (CZ-4-6, CZ-4-7), the art. 5 result
    (CZ-5-18), the bar (CZ-9-8).  Passing an over-age or no-category candidate needs a written reason."""
    require_city_hrss(actor=actor, clause="CZ-7-15")
    now = now or timezone.now()
    on = today(now)
    app = Application.objects.select_for_update().get(pk=application.pk)
    if app.status != S.QUALIFICATION_REVIEW:
        raise DomainError(_("该申报不在资格审查阶段。"), code=ExpertsErrorCode.WRONG_STAGE, clause="CZ-7-2")
    for pk, confirmed in (relevance or {}).items():
        app.certificates.filter(pk=pk).update(relevance_confirmed=confirmed)
    if good_operating_condition is not None:
        app.good_operating_condition = good_operating_condition
    if enterprise_size:
        app.enterprise_size, app.enterprise_size_confirmed = enterprise_size, True  # CZ-5-9: the reviewer confirms
    if high_research_level is not None:
        app.high_research_level = high_research_level
    age, results, overall = _age_and_categories(app, on)
    app.age_on_reference, app.age_over_limit = age.age, age.over_limit
    app.category_results, app.category_overall = results, overall
    errors = {}
    if passed:
        if person_is_barred(id_index=app.id_index):
            raise DomainError(_("该人员已被解聘，不再被列为聘任对象，任何岗位均不能放行。"), clause="CZ-9-8", code=ExpertsErrorCode.BARRED)
        if age.over_limit and not (age_justification or "").strip():
            errors["age_justification"] = [_("申请人截止日已满%(age)s周岁，超过“原则上不超过65岁”，通过须书面说明理由。")
                                           % {"age": age.age}]
        if overall != MET and not (no_category_reason or "").strip():
            errors["no_category_reason"] = [_("申请人不符合或尚待认定所列人员组成类别，通过须记录理由。")]
    elif not (reason or "").strip():
        errors["reason"] = [_("不通过须填写理由。")]
    if errors:
        raise DomainError(field_errors=errors, code=CommonErrorCode.REQUIRED,
                          clause="CZ-4-7" if "age_justification" in errors else "CZ-5-18")
    app.age_justification = (age_justification or "").strip()
    app.no_category_reason = (no_category_reason or "").strip()
    app.review_reason = (reason or "").strip()
    _city_opinion(app, actor, app.review_reason or _("资格审查通过。"), on)
    app.save()
    _move(app, S.COMPREHENSIVE_REVIEW if passed else S.QUALIFICATION_FAILED, actor, "CZ-7-2", reason=app.review_reason,
          now=now)
    return app


@transaction.atomic
def verification_record(*, actor, application: Application, method: str, on: dt.date, summary: str, finding: str = "",
                        now=None) -> VerificationAction:
    """CZ-7-3: any number of 函询/面试/电话咨询/实地走访 in either stage, including none."""
    require_city_hrss(actor=actor, clause="CZ-7-15")
    application = Application.objects.get(pk=application.pk)
    if application.status not in (S.QUALIFICATION_REVIEW, S.COMPREHENSIVE_REVIEW):
        raise DomainError(_("只能在资格审查或综合评审阶段记录考察。"), code=ExpertsErrorCode.WRONG_STAGE, clause="CZ-7-3")
    if not (summary or "").strip():
        raise DomainError(field_errors={"summary": [_("请填写情况摘要。")]}, code=CommonErrorCode.REQUIRED, clause="CZ-7-3")
    action = VerificationAction.objects.create(application=application, stage=application.status, method=method, on=on,
                                               staff=actor, summary=summary.strip(), finding=(finding or "").strip())
    audit(actor=actor, obj=action, unit=application.receiving_unit, action="create", clause="CZ-7-3", now=now,
          after={"method": method, "on": on})
    return action


@transaction.atomic
def panel_member_add(*, actor, round, user, unit_name: str, now=None) -> PanelMember:
    """CZ-7-1: city_hrss records the review panel of the round."""
    require_city_hrss(actor=actor, clause="CZ-7-1")
    member = PanelMember.objects.create(round=round, user=user, unit_name=unit_name.strip())
    audit(actor=actor, obj=member, unit=round.unit, action="create", clause="CZ-7-1", now=now,
          after={"user": user.pk, "unit_name": member.unit_name})
    return member


def panel_recuses(*, member: PanelMember, application: Application) -> bool:
    """CZ-7-1: a member from the candidate's unit or from the nominating unit recuses."""
    own = member.unit_name.strip()
    if application.recommender_id:
        nominating = application.recommender.name
    else:
        nominating = application.receiving_unit.name if application.channel != "self_nomination" else ""
    return bool(own) and own in {application.work_unit.strip(), nominating}


@transaction.atomic
def panel_opinion_record(*, actor, application: Application, opinion: str, score=None, now=None) -> PanelOpinion:
    """CZ-7-15: a panel member enters opinions only on candidates they do not recuse from."""
    application = Application.objects.get(pk=application.pk)
    member = PanelMember.objects.filter(round=application.round, user=actor).first()
    if member is None or application.status != S.COMPREHENSIVE_REVIEW:
        raise DomainError(_("您不是本批次评审专家，或该申报不在综合评审阶段。"), code=CommonErrorCode.FORBIDDEN, clause="CZ-7-15")
    if panel_recuses(member=member, application=application):
        raise DomainError(_("您与该候选人同一单位或为其推荐单位人员，应当回避。"), clause="CZ-7-1", code=ExpertsErrorCode.RECUSAL)
    row, _created = PanelOpinion.objects.update_or_create(member=member, application=application,
                                                          defaults={"opinion": opinion.strip(), "score": score})
    audit(actor=actor, obj=row, unit=application.receiving_unit, action="panel_opinion", clause="CZ-7-1", now=now)
    return row


@transaction.atomic
def comprehensive_decide(*, actor, application: Application, proposed: bool, reason: str = "", score=None, rank=None,
                         now=None) -> Application:
    """CZ-7-4: proposed (拟聘) or not_selected, with reasons; optional score and rank, no cut-off."""
    require_city_hrss(actor=actor, clause="CZ-7-15")
    app = Application.objects.select_for_update().get(pk=application.pk)
    if app.status != S.COMPREHENSIVE_REVIEW:
        raise DomainError(_("该申报不在综合评审阶段。"), code=ExpertsErrorCode.WRONG_STAGE, clause="CZ-7-2")
    if not (reason or "").strip():
        raise DomainError(field_errors={"reason": [_("请填写综合评审理由。")]}, code=CommonErrorCode.REQUIRED, clause="CZ-7-4")
    app.proposed, app.review_reason, app.score, app.rank = bool(proposed), reason.strip(), score, rank
    _city_opinion(app, actor, app.review_reason, today(now))
    app.save(update_fields=["proposed", "review_reason", "score", "rank", "city_review_opinion", "city_review_by",
                            "city_review_on", "updated_at"])
    audit(actor=actor, obj=app, unit=app.receiving_unit, action="comprehensive_review", clause="CZ-7-4", now=now,
          after={"proposed": app.proposed, "score": score, "rank": rank}, reason=app.review_reason)
    if not proposed:
        _move(app, S.NOT_SELECTED, actor, "CZ-7-4", reason=app.review_reason, now=now)
    return app


@transaction.atomic
def notice_publish(*, actor, round, url: str = "", now=None) -> PublicNotice:
    """CZ-7-5, CZ-7-8, CZ-7-9: publish the proposed candidates; the period is computed over the statutory
    calendar and shown as explicit dates."""
    require_city_hrss(actor=actor, clause="CZ-7-15")
    now = now or timezone.now()
    on = today(now)
    apps = list(Application.objects.select_for_update().filter(round=round, status=S.COMPREHENSIVE_REVIEW, proposed=True))
    if not apps:
        raise DomainError(_("没有拟聘任人选可以公示。"), code=ExpertsErrorCode.NOTHING_TO_PUBLISH, clause="CZ-7-5")
    try:
        period = notice_period(on, work_calendar(), policy_number("cz.notice_period_workdays", unit=city_unit(), on=on))
    except CalendarYearNotLoaded as exc:
        refuse_calendar(exc, clause="CZ-7-9")
    notice = PublicNotice.objects.create(kind=PublicNotice.KIND_APPOINTMENT, round=round, published_at=now, url=url,
                                         title=_("%(city)s职业指导专家拟聘任人选公示（%(title)s）") % {"city": city_name(),
                                                                                       "title": round.title},
                                         first_day=period.first_day, last_day=period.last_day)
    audit(actor=actor, obj=notice, unit=round.unit, action="publish", clause="CZ-7-5", now=now,
          after={"first_day": period.first_day, "last_day": period.last_day, "count": len(apps)})
    for app in apps:
        app.notice = notice
        app.save(update_fields=["notice", "updated_at"])
        _move(app, S.IN_PUBLIC_NOTICE, actor, "CZ-7-5", now=now)
    return notice


def _period(app: Application) -> NoticePeriod:
    n = app.notice
    return NoticePeriod(published_on=timezone.localdate(n.published_at), first_day=n.first_day, last_day=n.last_day)


@transaction.atomic
def objection_lodge(*, actor, application: Application, content: str, channel: str = "网站", objector_name: str = "",
                    objector_contact: str = "", now=None) -> Objection:
    """CZ-7-10: anyone, anonymous allowed; a late objection is recorded and flagged, and does not hold
    up the appointment.  One in time moves the candidate to objection_under_review (CZ-7-11)."""
    now = now or timezone.now()
    app = Application.objects.select_for_update().get(pk=application.pk)
    if app.notice_id is None:
        raise DomainError(_("该人选未在公示中。"), code=ExpertsErrorCode.WRONG_STAGE, clause="CZ-7-10")
    if not (content or "").strip():
        raise DomainError(field_errors={"content": [_("请填写异议内容。")]}, code=CommonErrorCode.REQUIRED, clause="CZ-7-10")
    late = not _period(app).is_in_time(today(now))
    obj = Objection.objects.create(application=app, received_at=now, channel=channel[:40], content=content.strip(),
                                   objector_name=objector_name.strip(), objector_contact=objector_contact.strip(), late=late)
    audit(actor=actor, obj=obj, unit=app.receiving_unit, action="create", clause="CZ-7-10", now=now,
          after={"late": late, "anonymous": not obj.objector_name})
    if not late and app.status == S.IN_PUBLIC_NOTICE:
        _move(app, S.OBJECTION_UNDER_REVIEW, actor, "CZ-7-11", now=now)
    return obj


@transaction.atomic
def objection_decide(*, actor, objection: Objection, substantiated: bool, finding: str, now=None) -> Objection:
    """CZ-7-11: substantiated → not_appointed (this round only, no bar); unfounded → back to the notice."""
    require_city_hrss(actor=actor, clause="CZ-7-15")
    now = now or timezone.now()
    obj = Objection.objects.select_for_update().get(pk=objection.pk)
    if obj.decided_at is not None:
        raise DomainError(_("该异议已有核查结论。"), code=ExpertsErrorCode.WRONG_STAGE, clause="CZ-7-11")
    if not (finding or "").strip():
        raise DomainError(field_errors={"finding": [_("请填写核查结论。")]}, code=CommonErrorCode.REQUIRED, clause="CZ-7-11")
    obj.substantiated, obj.finding, obj.decided_at = bool(substantiated), finding.strip(), now
    obj.save(update_fields=["substantiated", "finding", "decided_at", "updated_at"])
    app = Application.objects.select_for_update().get(pk=obj.application_id)
    audit(actor=actor, obj=obj, unit=app.receiving_unit, action="decide", clause="CZ-7-11", now=now,
          after={"substantiated": obj.substantiated}, reason=obj.finding)
    if app.status == S.OBJECTION_UNDER_REVIEW:
        if substantiated:
            _move(app, S.NOT_APPOINTED, actor, "CZ-7-11", reason=obj.finding, now=now)
        elif not app.objections.filter(late=False, decided_at__isnull=True).exists():
            _move(app, S.IN_PUBLIC_NOTICE, actor, "CZ-7-11", now=now)
    return obj


def _certificate_issuer() -> str:
    """The issuing authority printed on a certificate: the configured city's human-resources bureau (CZ-7-13)."""
    return _("%(city)s人力资源和社会保障局") % {"city": city_name()}


def _certificate_number(year: int) -> str:
    prefix = f"CZZJ{year}"
    count = AppointmentCertificate.objects.filter(number__startswith=prefix).count()
    return f"{prefix}{count + 1:04d}"


@transaction.atomic
def application_appoint(*, actor, application: Application, now=None) -> Membership:
    """CZ-7-12..7-14: after the notice period with no open objection, city_hrss appoints: membership,
    certificate (5-year term), archive.  Bar (CZ-9-8) and verified certificates (CZ-5-19) re-checked."""
    require_city_hrss(actor=actor, clause="CZ-2-1")
    now = now or timezone.now()
    on = today(now)
    app = Application.objects.select_for_update().get(pk=application.pk)
    if app.status != S.IN_PUBLIC_NOTICE:
        raise DomainError(_("只有公示中且无异议的人选可以聘任。"), code=ExpertsErrorCode.WRONG_STAGE, clause="CZ-7-12")
    if not _period(app).has_ended(on):
        raise DomainError(_("公示期至%(d)s 24:00结束，期满后方可聘任。") % {"d": app.notice.last_day},
                          code=CommonErrorCode.TOO_EARLY, clause="CZ-7-12")
    if app.objections.filter(late=False, decided_at__isnull=True).exists():
        raise DomainError(_("尚有异议未核查完毕。"), code=ExpertsErrorCode.OBJECTIONS_OPEN, clause="CZ-7-12")
    if person_is_barred(id_index=app.id_index):
        raise DomainError(_("该人员已被解聘，不再被列为聘任对象。"), clause="CZ-9-8", code=ExpertsErrorCode.BARRED)
    if app.age_over_limit and not app.age_justification:
        raise DomainError(_("年龄超过65周岁须有书面说明。"), code=CommonErrorCode.REQUIRED, clause="CZ-4-7")
    _results, overall = category_check(application=app, on=on, require_verified=True)
    if overall != MET and not app.no_category_reason:
        raise DomainError(_("聘任时资格证书须经核验（C1A、C1B类别），或记录不属于所列类别的理由。"),
                          code=ExpertsErrorCode.CERTIFICATES_UNVERIFIED, clause="CZ-5-19")
    start = on
    end = term_end(start, policy_number("cz.term_years", unit=city_unit(), on=on))
    district = app.receiving_unit if app.receiving_unit.level == "district" else None
    membership = Membership.objects.create(
        unit=city_unit(), application=app, user=app.applicant_user, name=app.name, gender=app.gender,
        id_number=app.id_number, id_index=app.id_index, birth_date=app.birth_date, phone=app.phone, email=app.email,
        work_unit=app.work_unit, position=app.position or app.professional_title, categories=app.categories,
        expertise=app.expertise, duties_offered=app.duties_offered, target_groups=app.target_groups, modes=app.modes,
        district=district, photo_consent=app.photo_consent, term_start=start, term_end=end, appointed_at=now,
        confidentiality_accepted_at=None, ruleset_version=RULESET_VERSION,
        retain_until=retention_until(end, policy_number("cz.archive_retention_years", unit=city_unit(), on=on)))
    cert = AppointmentCertificate.objects.create(membership=membership, number=_certificate_number(start.year),
                                                 kind=AppointmentCertificate.KIND_INITIAL, issue_date=start,
                                                 issuer=_certificate_issuer(),
                                                 term_start=start, term_end=end, ruleset_version=RULESET_VERSION)
    audit(actor=actor, obj=membership, unit=membership.unit, action="appoint", clause="CZ-7-13", now=now,
          after={"certificate": cert.number, "term_start": start, "term_end": end, "ruleset": RULESET_VERSION})
    _move(app, S.APPOINTED, actor, "CZ-7-12", now=now, milestone="decided_at")
    renewal_duty_schedule(actor=actor, membership=membership, on=on, now=now)
    if app.applicant_user_id:
        notify(recipient=app.applicant_user, subject=_("您已被聘任为%(city)s职业指导专家") % {"city": city_name()},
               body=_("聘书编号%(n)s，聘期%(a)s至%(b)s。") % {"n": cert.number, "a": start, "b": end},
               link=expert_home_url(), dedup_key=f"expert-appointed:{membership.pk}", now=now)
    return membership
