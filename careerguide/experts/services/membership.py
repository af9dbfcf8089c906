"""Renewal, term expiry, exit and the permanent bar (CZ-8-*, CZ-9-*, CZ-11-18)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.accounts.permissions import is_signed_in
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, policy_number, today
from careerguide.duties.services import transition
from careerguide.organisations.selectors import city_unit

from ..choices import Initiator
from ..deadlines import retention_until, term_end
from ..error_codes import ExpertsErrorCode
from ..exit_rules import allowed_initiators, evidence_missing, exit_bars, is_voluntary
from ..models import (
    AppointmentCertificate,
    BarRecord,
    ExitCase,
    ExitEvidence,
    Membership,
    PublicNotice,
    RenewalApplication,
)
from ..permissions import can_remove_bar, is_city_hrss
from ..programmes import programme_spec
from ..rules import RULESET_VERSION, age_check
from ..selectors import person_is_barred
from ..states import REQUEST_TRANSITIONS, MembershipStatus, RequestStatus, membership_transitions
from .access import require_city_hrss
from .renewal_duty import renewal_duty_cancel, renewal_duty_fulfil, renewal_duty_schedule, renewal_window_of
from .review import _certificate_issuer, _certificate_number

M = MembershipStatus
CONFIDENTIALITY_VERSION = "2025-01"
REQUIRED_EVALUATION_ITEMS = ("work_performance", "service_quality", "capability_improvement")  # CZ-8-3


def _move(m, to, actor, clause, *, reason="", now=None):
    transition(obj=m, to=to, actor=actor, table=membership_transitions(m.programme), unit=m.unit, clause=clause,
               reason=reason, now=now,
               milestone_field="status_changed_at")


def _require_feature(m: Membership, feature: str):
    """Programme rules differ: the CZ renewal and exit procedures do not apply to the SD library."""
    if not getattr(programme_spec(m.programme), feature):
        raise DomainError(_("该专家所属项目不适用此程序。"), clause=programme_spec(m.programme).enrol_clause,
                          code=ExpertsErrorCode.NOT_APPLICABLE)


def _is_self(actor, m: Membership) -> bool:
    return is_signed_in(actor) and m.user_id == actor.pk


@transaction.atomic
def confidentiality_accept(*, actor, membership: Membership, now=None) -> Membership:
    """CZ-11-18: before first seeing recipient data the expert accepts the undertaking (version, date)."""
    now = now or timezone.now()
    if not _is_self(actor, membership):
        raise DomainError(_("只能由专家本人确认保密承诺。"), code=CommonErrorCode.FORBIDDEN, clause="CZ-11-18")
    membership.confidentiality_version, membership.confidentiality_accepted_at = CONFIDENTIALITY_VERSION, now
    membership.save(update_fields=["confidentiality_version", "confidentiality_accepted_at", "updated_at"])
    audit(actor=actor, obj=membership, unit=membership.unit, action="confidentiality_accept", clause="CZ-11-18",
          now=now, after={"version": CONFIDENTIALITY_VERSION})
    return membership


@transaction.atomic
def renewal_apply(*, actor, membership: Membership, declarations=(), now=None) -> RenewalApplication:
    """CZ-8-1, CZ-8-2, CZ-8-5: the expert (or staff recording a paper request) applies inside the window,
    repeats the art. 4 declarations; the bar and the age at the new term's first day are checked."""
    now = now or timezone.now()
    on = today(now)
    m = Membership.objects.select_for_update().get(pk=membership.pk)
    _require_feature(m, "renewal_window")
    if not (_is_self(actor, m) or is_city_hrss(actor)):
        raise DomainError(_("只能由专家本人申请续聘。"), code=CommonErrorCode.FORBIDDEN, clause="CZ-8-1")
    w = renewal_window_of(membership=m, on=on)
    if m.status != M.ACTIVE or not w.is_open(on):
        raise DomainError(_("续聘申请期为%(a)s至%(b)s 24:00。") % {"a": w.opens, "b": w.closes},
                          code=ExpertsErrorCode.OUTSIDE_WINDOW, clause="CZ-8-2")
    if m.renewals.filter(term_end=m.term_end).exists():
        raise DomainError(_("本聘期已申请续聘。"), code=CommonErrorCode.DUPLICATE, clause="CZ-8-1")
    if not {"conditions", "health"} <= set(declarations):
        raise DomainError(field_errors={"declarations": [_("续聘须再次确认基本条件并声明身心健康。")]},
                          code=CommonErrorCode.REQUIRED, clause="CZ-8-5")
    if person_is_barred(id_index=m.id_index):
        raise DomainError(_("该人员不再被列为聘任对象。"), clause="CZ-9-8", code=ExpertsErrorCode.BARRED)
    age = age_check(born=m.birth_date, reference_date=m.term_end + dt.timedelta(days=1),
                    max_age=policy_number("cz.max_age", unit=city_unit(), on=on))
    renewal = RenewalApplication.objects.create(membership=m, term_end=m.term_end, applied_at=now,
                                                conditions_declared_at=now, health_declared_at=now,
                                                age_on_reference=age.age, age_over_limit=age.over_limit)
    m.renewal_applied_at = now
    m.save(update_fields=["renewal_applied_at", "updated_at"])
    event = audit(actor=actor, obj=renewal, unit=m.unit, action="create", clause="CZ-8-1", now=now,
                  after={"term_end": m.term_end, "age": age.age, "age_over_limit": age.over_limit})
    renewal_duty_fulfil(actor=actor, membership=m, on=on, event=event, now=now)
    return renewal


def _end_certificates(m: Membership, state: str):
    m.certificates.filter(state=AppointmentCertificate.VALID).update(state=state)


@transaction.atomic
def memberships_term_end_sweep(*, now=None) -> dict:
    """Daily (system), on term_end + 1: renewal_pending when an undecided application exists (CZ-8-9),
    else term_expired effective on term_end (CZ-8-10).  Renewal reminders are the renewal duty's (CZ-8-2)."""
    now = now or timezone.now()
    on = today(now)
    counts = {"pending": 0, "expired": 0}
    for m in Membership.objects.select_for_update().filter(status=M.ACTIVE, term_end__lt=on):
        if not programme_spec(m.programme).renewal_window:  # SD-9-1: the library term simply ends
            _expire(m, now, clause=programme_spec(m.programme).expiry_clause)
            counts["expired"] += 1
        elif m.renewals.filter(term_end=m.term_end, decided_at__isnull=True).exists():
            _move(m, M.RENEWAL_PENDING, None, "CZ-8-9", now=now)
            counts["pending"] += 1
        else:
            _expire(m, now)
            counts["expired"] += 1
    return counts


def _expire(m: Membership, now, clause: str = "CZ-8-10"):
    """CZ-8-10, CZ-9-10: term_expired on term_end; not a dismissal, never a bar."""
    m.ended_on = m.term_end
    m.save(update_fields=["ended_on", "updated_at"])
    _end_certificates(m, AppointmentCertificate.EXPIRED)
    renewal_duty_cancel(actor=None, membership=m, now=now)
    _move(m, M.TERM_EXPIRED, None, clause, now=now)


@transaction.atomic
def renewal_decide(*, actor, renewal: RenewalApplication, renew: bool, evaluation: list[dict], reasons: str,
                   age_justification: str = "", now=None) -> RenewalApplication:
    """CZ-8-3, CZ-8-6..8-8: evaluated after expiry (renewal_pending); renewed terms start on the old
    term_end + 1 whenever decided; a new certificate, the old one superseded; no cap on renewals."""
    require_city_hrss(actor=actor, clause="CZ-2-1")
    now = now or timezone.now()
    on = today(now)
    r = RenewalApplication.objects.select_for_update().get(pk=renewal.pk)
    m = Membership.objects.select_for_update().get(pk=r.membership_id)
    if r.decided_at is not None or m.status != M.RENEWAL_PENDING:
        raise DomainError(_("聘期届满后方可综合评估并作出续聘决定。"), code=ExpertsErrorCode.WRONG_STAGE, clause="CZ-8-6")
    items = {e.get("item") for e in evaluation if e.get("rating") in ("good", "adequate", "inadequate")}
    errors = {}
    if not set(REQUIRED_EVALUATION_ITEMS) <= items:
        errors["evaluation"] = [_("综合评估至少包括聘期内工作表现、服务质量、业务能力提升三项，每项须评定等级。")]
    if not (reasons or "").strip():
        errors["reasons"] = [_("请填写续聘或不续聘的理由。")]
    if renew and r.age_over_limit and not (age_justification or "").strip():
        errors["age_justification"] = [_("新聘期首日已超过65周岁，续聘须书面说明。")]
    if errors:
        raise DomainError(field_errors=errors, code=CommonErrorCode.REQUIRED, clause="CZ-8-3")
    if renew and person_is_barred(id_index=m.id_index):
        raise DomainError(_("该人员不再被列为聘任对象。"), clause="CZ-9-8", code=ExpertsErrorCode.BARRED)
    r.renew, r.evaluation, r.reasons, r.decided_at, r.decided_by = bool(renew), evaluation, reasons.strip(), now, actor
    r.age_justification, r.ruleset_version = (age_justification or "").strip(), RULESET_VERSION
    r.save()
    audit(actor=actor, obj=r, unit=m.unit, action="decide", clause="CZ-8-3", now=now,
          after={"renew": r.renew, "ruleset": RULESET_VERSION}, reason=r.reasons)
    if not renew:
        _expire(m, now)
        return r
    start = m.term_end + dt.timedelta(days=1)
    end = term_end(start, policy_number("cz.term_years", unit=city_unit(), on=on))
    _end_certificates(m, AppointmentCertificate.SUPERSEDED)
    cert = AppointmentCertificate.objects.create(membership=m, number=_certificate_number(on.year),
                                                 kind=AppointmentCertificate.KIND_RENEWAL, issue_date=on,
                                                 issuer=_certificate_issuer(),
                                                 term_start=start, term_end=end, ruleset_version=RULESET_VERSION)
    m.term_start, m.term_end, m.renewal_applied_at = start, end, None
    m.retain_until = retention_until(end, policy_number("cz.archive_retention_years", unit=city_unit(), on=on))
    m.save(update_fields=["term_start", "term_end", "renewal_applied_at", "retain_until", "updated_at"])
    event = audit(actor=actor, obj=m, unit=m.unit, action="renew", clause="CZ-8-7", now=now,
                  after={"certificate": cert.number, "term_start": start, "term_end": end})
    _move(m, M.ACTIVE, actor, "CZ-8-6", now=now)
    renewal_duty_schedule(actor=actor, membership=m, on=on, event=event, now=now)
    return r


# ---- exit -------------------------------------------------------------------------------------

@transaction.atomic
def exit_request(*, actor, membership: Membership, ground: int, reason: str = "", now=None) -> ExitCase:
    """CZ-9-3, CZ-9-6: the expert asks to leave (G5, or G6 on health grounds); no details of health
    are collected (CZ-4-5)."""
    now = now or timezone.now()
    m = Membership.objects.select_for_update().get(pk=membership.pk)
    _require_feature(m, "exit_grounds")
    if not (_is_self(actor, m) or is_city_hrss(actor)):
        raise DomainError(_("只能由专家本人申请退出（纸质申请由市人社局代为录入）。"), code=CommonErrorCode.FORBIDDEN, clause="CZ-9-3")
    if Initiator.EXPERT not in allowed_initiators(ground):
        raise DomainError(field_errors={"ground": [_("本人申请退出只能选择第（五）项或第（六）项情形。")]},
                          code=ExpertsErrorCode.EXIT_GROUND_NOT_ALLOWED, clause="CZ-9-6")
    case = ExitCase.objects.create(membership=m, ground=ground, initiated_by=Initiator.EXPERT, voluntary=True,
                                   reason=(reason or "").strip(), requested_at=now, ruleset_version=RULESET_VERSION)
    audit(actor=actor, obj=case, unit=m.unit, action="create", clause="CZ-9-3", now=now,
          after={"ground": ground, "initiated_by": Initiator.EXPERT})
    _move(m, M.EXIT_REQUESTED, actor, "CZ-9-3", now=now)
    return case


@transaction.atomic
def exit_grant(*, actor, exit_case: ExitCase, effective_date: dt.date, decision_number: str = "", now=None) -> ExitCase:
    """CZ-9-3: "报市人社局后予以解聘" — no reject transition, no public notice."""
    require_city_hrss(actor=actor, clause="CZ-2-1")
    now = now or timezone.now()
    case = ExitCase.objects.select_for_update().get(pk=exit_case.pk)
    if not case.voluntary or case.completed_at:
        raise DomainError(_("该退出不是本人申请或已办结。"), code=ExpertsErrorCode.WRONG_STAGE, clause="CZ-9-3")
    case.decided_at, case.decided_by, case.effective_date = now, actor, effective_date
    case.decision_number = decision_number.strip()
    case.save()
    _complete(actor, case, now)
    return case


@transaction.atomic
def dismissal_decide(*, actor, membership: Membership, ground: int, reason: str, effective_date: dt.date,
                     decision_number: str = "", evidence=(), now=None) -> ExitCase:
    """CZ-9-4: city_hrss decides an involuntary exit; G2/G3 need evidence (CZ-9-2)."""
    require_city_hrss(actor=actor, clause="CZ-2-1")
    now = now or timezone.now()
    m = Membership.objects.select_for_update().get(pk=membership.pk)
    _require_feature(m, "exit_grounds")
    if Initiator.CITY not in allowed_initiators(ground):
        raise DomainError(field_errors={"ground": [_("第（五）项情形须由本人申请。")]},
                          code=ExpertsErrorCode.EXIT_GROUND_NOT_ALLOWED, clause="CZ-9-3")
    errors = {}
    if evidence_missing(ground, len([e for e in evidence if (e.get("description") or "").strip()])):
        errors["evidence"] = [_("第（二）、（三）项情形须附证明“严重负面影响”或“较大经济损失或不良影响”的证据。")]
    if not (reason or "").strip():
        errors["reason"] = [_("请填写解聘决定的事实和理由。")]
    if errors:
        raise DomainError(field_errors=errors,
                          code=CommonErrorCode.REQUIRED, clause="CZ-9-2" if "evidence" in errors else "CZ-9-4")
    case = ExitCase.objects.create(membership=m, ground=ground, initiated_by=Initiator.CITY,
                                   voluntary=is_voluntary(ground, Initiator.CITY), reason=reason.strip(),
                                   decided_at=now, decided_by=actor, effective_date=effective_date,
                                   decision_number=decision_number.strip(), ruleset_version=RULESET_VERSION)
    for e in evidence:
        ExitEvidence.objects.create(exit_case=case, description=e["description"].strip()[:300],
                                    file=e.get("file") or "")
    audit(actor=actor, obj=case, unit=m.unit, action="decide", clause="CZ-9-4", now=now,
          after={"ground": ground, "effective_date": effective_date, "ruleset": RULESET_VERSION},
          reason=case.reason)
    _move(m, M.DISMISSAL_DECIDED, actor, "CZ-9-4", now=now)
    return case


@transaction.atomic
def dismissal_record_notification(*, actor, exit_case: ExitCase, notified_on: dt.date, method: str, proof: str,
                                  now=None) -> ExitCase:
    """CZ-9-4(a): 通知本人 — date, method, proof of delivery."""
    require_city_hrss(actor=actor, clause="CZ-9-4")
    case = ExitCase.objects.select_for_update().get(pk=exit_case.pk)
    if case.voluntary or case.completed_at:
        raise DomainError(_("该退出无需通知本人或已办结。"), code=ExpertsErrorCode.WRONG_STAGE, clause="CZ-9-4")
    if not (method or "").strip() or not (proof or "").strip():
        raise DomainError(field_errors={"proof": [_("请填写通知方式和送达凭证。")]}, code=CommonErrorCode.REQUIRED, clause="CZ-9-4")
    case.person_notified_on, case.notification_method, case.delivery_proof = notified_on, method.strip(), proof.strip()
    case.save()
    audit(actor=actor, obj=case, unit=case.membership.unit, action="notify_person", clause="CZ-9-4", now=now,
          after={"notified_on": notified_on, "method": case.notification_method})
    _complete_if_ready(actor, case, now)
    return case


@transaction.atomic
def dismissal_publish_notice(*, actor, exit_case: ExitCase, url: str = "", now=None) -> ExitCase:
    """CZ-9-4(b), CZ-9-5: the dismissal notice names the person, the former certificate number, the fact
    and the effective date — never the ground or health information."""
    require_city_hrss(actor=actor, clause="CZ-9-4")
    now = now or timezone.now()
    case = ExitCase.objects.select_for_update().get(pk=exit_case.pk)
    if case.voluntary or case.notice_id:
        raise DomainError(_("该退出无需公示或已公示。"), code=ExpertsErrorCode.WRONG_STAGE, clause="CZ-9-4")
    m = case.membership
    cert = m.certificates.order_by("-term_start").first()
    notice = PublicNotice.objects.create(kind=PublicNotice.KIND_DISMISSAL, published_at=now, url=url,
                                         title=_("关于解聘%(name)s（原聘书编号%(n)s）职业指导专家的公示，自%(d)s起生效")
                                         % {"name": m.name, "n": cert.number if cert else "—", "d": case.effective_date})
    case.notice = notice
    case.save(update_fields=["notice", "updated_at"])
    audit(actor=actor, obj=notice, unit=m.unit, action="publish", clause="CZ-9-5", now=now)
    _complete_if_ready(actor, case, now)
    return case


def _complete_if_ready(actor, case: ExitCase, now):
    if case.person_notified_on and case.notice_id:
        _complete(None, case, now)  # the system completes it once both are recorded (CZ-9-13)


def _complete(actor, case: ExitCase, now):
    """CZ-9-12: dismissed; certificate revoked; out of the directory; open assignments, invitations and
    consultations cancelled; the bar set when the ground is a barring ground (CZ-9-7)."""
    m = Membership.objects.select_for_update().get(pk=case.membership_id)
    on = today(now)
    case.bars = exit_bars(case.ground, policy_number("cz.barring_exit_grounds", unit=city_unit(), on=on))
    case.completed_at = now
    case.save(update_fields=["bars", "completed_at", "updated_at"])
    m.ended_on = case.effective_date
    m.retain_until = retention_until(case.effective_date,
                                     policy_number("cz.archive_retention_years", unit=city_unit(), on=on))
    m.save(update_fields=["ended_on", "retain_until", "updated_at"])
    _end_certificates(m, AppointmentCertificate.REVOKED)
    renewal_duty_cancel(actor=actor, membership=m, now=now)
    for related in (m.assignments, m.consultations, m.invitations):
        for item in related.filter(status__in=[RequestStatus.OPEN, RequestStatus.ACCEPTED]):
            transition(obj=item, to=RequestStatus.CANCELLED, actor=actor, table=REQUEST_TRANSITIONS, unit=m.unit,
                       clause="CZ-9-12", reason=_("专家已解聘"), now=now)
    if case.bars:
        BarRecord.objects.create(id_index=m.id_index, name=m.name, id_number=m.id_number, exit_case=case,
                                 decision_number=case.decision_number, decided_on=timezone.localdate(case.decided_at))
    _move(m, M.DISMISSED, actor, "CZ-9-12", now=now)


@transaction.atomic
def bar_remove(*, actor, bar: BarRecord, reason: str, now=None) -> BarRecord:
    """CZ-9-9: only a system administrator correcting a data error, with a reason, audited."""
    if not can_remove_bar(actor):
        raise DomainError(_("只有系统管理员更正数据错误时可以移除。"), code=CommonErrorCode.FORBIDDEN, clause="CZ-9-9")
    if not (reason or "").strip():
        raise DomainError(field_errors={"reason": [_("请填写更正理由。")]}, code=CommonErrorCode.REQUIRED, clause="CZ-9-9")
    bar = BarRecord.objects.select_for_update().get(pk=bar.pk)
    bar.removed_at, bar.removed_reason = now or timezone.now(), reason.strip()
    bar.save(update_fields=["removed_at", "removed_reason", "updated_at"])
    audit(actor=actor, obj=bar, unit=None, action="bar_remove", clause="CZ-9-9", now=now, reason=bar.removed_reason)
    return bar

