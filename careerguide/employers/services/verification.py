"""Employer verification (BJ-35-*) with one-time defect notices (BJ-5-7).

A submission is reviewed once.  A pass verifies the employer and, in the same
transaction, makes its recruitment demand registration and opens its employer
service ledger (BJ-35-3, BJ-36-1).  A failure issues one notice listing every
defect and registers nothing; the employer corrects and submits again.
"""
from __future__ import annotations

import datetime as dt
import hashlib

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from careerguide.accounts.permissions import can_manage_employers
from careerguide.accounts.roles import UserKind
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.identifiers import normalise_resident_id, normalise_uscc, resident_id_problems, uscc_problems
from careerguide.common.services import audit, now_or, refuse, refuse_forbidden, require_in_jurisdiction, today
from careerguide.duties.services import transition
from careerguide.notifications.services import notify
from careerguide.privacy.crypto import blind_index
from careerguide.privacy.masking import mask_resident_id

from ..choices import DataSource, LicenceType
from ..error_codes import EmployerErrorCode
from ..links import agent_home
from ..models import DefectNotice, Employer, EmployerAgent, EmployerVerification
from ..rules import DEFECT_FIELDS, MANUAL_DEFECT_FIELDS, Submission, late_defects, verification_defects
from ..selectors import is_agent_of
from ..states import (
    EMPLOYER_VERIFICATION_TRANSITIONS,
    VERIFICATION_TRANSITIONS,
    VerificationResult,
    VerificationStatus,
)
from .registration import demand_registration_open

AGENT_ID_PURPOSE = "employer_agent_id"

DEFECT_MESSAGES = {
    "uscc_invalid": gettext_lazy("统一社会信用代码校验不通过。"),
    "uscc_mismatch": gettext_lazy("证照上的统一社会信用代码与登记的单位不一致。"),
    "licence_type_missing": gettext_lazy("未注明证照类型（营业执照或统一社会信用代码证书）。"),
    "licence_number_missing": gettext_lazy("未填写证照号码。"),
    "licence_expired": gettext_lazy("证照已超过有效期。"),
    "agent_name_missing": gettext_lazy("未填写经办人姓名。"),
    "agent_id_invalid": gettext_lazy("经办人身份证号码无效。"),
    "poa_missing": gettext_lazy("缺少经办人的授权委托书。"),
    "poa_expired": gettext_lazy("授权委托书已超过有效期。"),
    "licence_data_mismatch": gettext_lazy("证照信息与信息资源共享数据（或原件）不一致。"),
    "poa_not_sealed": gettext_lazy("授权委托书未加盖单位公章。"),
    "poa_agent_not_named": gettext_lazy("授权委托书未载明该经办人。"),
    "agent_id_not_matching": gettext_lazy("经办人身份证明与本人不符。"),
}
MANUAL_DEFECT_CHOICES = [(code, DEFECT_MESSAGES[code]) for code in MANUAL_DEFECT_FIELDS]


def _defect_message(code: str) -> str:
    return str(DEFECT_MESSAGES.get(code, code))


def _fingerprints(v: EmployerVerification) -> dict[str, str]:
    """A digest of each submitted field, to tell later whether the material changed (BJ-5-7)."""
    values = {
        "credit_code": v.credit_code, "licence_type": v.licence_type, "licence_number": v.licence_number,
        "licence_valid_until": v.licence_valid_until, "agent_name": v.agent_name, "agent_id_number": v.agent_id_index,
        "power_of_attorney_ref": v.power_of_attorney_ref,
        "power_of_attorney_valid_until": v.power_of_attorney_valid_until,
    }
    return {k: hashlib.sha256(str(val or "").encode()).hexdigest()[:16] for k, val in values.items()}


def _may_submit(actor, employer) -> bool:
    if getattr(actor, "kind", None) == UserKind.EMPLOYER_AGENT:
        return is_agent_of(user=actor, employer=employer)
    return can_manage_employers(actor)


@transaction.atomic
def employer_verification_submit(*, actor, employer: Employer, licence_type: str, licence_number: str,
                                 agent_name: str, agent_id_number: str, credit_code: str | None = None,
                                 licence_valid_from: dt.date | None = None, licence_valid_until: dt.date | None = None,
                                 power_of_attorney_ref: str = "", power_of_attorney_valid_until: dt.date | None = None,
                                 now=None) -> EmployerVerification:
    """The employer's documents for verification (BJ-35-1, BJ-35-2), from its agent online or
    from staff at the front desk.  Defects are not refused here: the review lists them all."""
    employer = Employer.objects.select_for_update().get(pk=employer.pk)
    if not _may_submit(actor, employer):
        refuse_forbidden(message=_("您不是该单位的经办人，不能提交核验材料。"), clause="BJ-35-4")
    if actor.kind == UserKind.STAFF:
        require_in_jurisdiction(actor=actor, unit=employer.unit)
    if employer.verifications.filter(status=VerificationResult.SUBMITTED).exists():
        refuse(_("上一次提交的材料尚未审核，请等待审核结果。"), clause="BJ-35-3",
               code=EmployerErrorCode.VERIFICATION_PENDING)
    if licence_type and licence_type not in LicenceType.values:
        refuse(_("证照类型无效。"), field="licence_type", code=CommonErrorCode.INVALID)
    credit_code = normalise_uscc(credit_code if credit_code is not None else employer.credit_code)
    agent_id = normalise_resident_id(agent_id_number or "")
    if len(credit_code) > 18 or len(agent_id) > 18:
        refuse(_("证照号码或证件号码过长。"), code=CommonErrorCode.INVALID)
    now = now_or(now)
    verification = EmployerVerification.objects.create(
        employer=employer, round=employer.verifications.count() + 1, credit_code=credit_code,
        licence_type=licence_type or "", licence_number=(licence_number or "").strip(),
        licence_valid_from=licence_valid_from, licence_valid_until=licence_valid_until,
        agent_name=(agent_name or "").strip(), agent_id_number=agent_id,
        agent_id_index=blind_index(agent_id, purpose=AGENT_ID_PURPOSE) if agent_id else "",
        power_of_attorney_ref=(power_of_attorney_ref or "").strip(),
        power_of_attorney_valid_until=power_of_attorney_valid_until, submitted_by=actor, submitted_at=now)
    audit(actor=actor, obj=employer, unit=employer.unit, action="verification_submit", clause="BJ-35-4", now=now,
          after={"verification": verification.pk, "round": verification.round, "licence_type": licence_type,
                 "licence_number": verification.licence_number, "licence_valid_until": licence_valid_until,
                 "agent_id_number": mask_resident_id(agent_id)})
    return verification


@transaction.atomic
def employer_verification_review(*, actor, verification: EmployerVerification, data_source: str,
                                 manual_defects=(), on: dt.date | None = None, channel: str | None = None,
                                 now=None) -> EmployerVerification:
    """Review one submission: pass (verify, register the demand, open the ledger) or fail with one
    notice listing every defect (BJ-35-1 to BJ-35-4, BJ-36-1, BJ-5-7)."""
    verification = EmployerVerification.objects.select_for_update(of=("self",)).select_related("employer").get(pk=verification.pk)
    employer = verification.employer
    if not can_manage_employers(actor):
        refuse_forbidden(message=_("您的岗位无权审核用人单位资格。"), clause="BJ-35-3")
    require_in_jurisdiction(actor=actor, unit=employer.unit)
    if data_source not in DataSource.values:
        refuse(_("请选择核验方式。"), field="data_source", code=CommonErrorCode.REQUIRED)
    on = on or today(now)
    facts = Submission(
        credit_code_problems=tuple(uscc_problems(verification.credit_code)),
        credit_code_matches_employer=verification.credit_code == employer.credit_code,
        licence_type=verification.licence_type, licence_number=verification.licence_number,
        licence_valid_until=verification.licence_valid_until, agent_name=verification.agent_name,
        agent_id_problems=tuple(resident_id_problems(verification.agent_id_number)),
        power_of_attorney_ref=verification.power_of_attorney_ref,
        power_of_attorney_valid_until=verification.power_of_attorney_valid_until)
    try:
        defects = verification_defects(facts, on=on, manual=list(manual_defects))
    except ValueError:
        refuse(_("审核发现的问题无效。"), field="manual_defects", code=CommonErrorCode.INVALID)
    verification.data_source = data_source
    verification.verifier = actor
    verification.verified_on = on
    verification.defects = [{"code": c, "message": _defect_message(c), "fields": list(DEFECT_FIELDS[c])} for c in defects]
    verification.fingerprints = _fingerprints(verification)
    verification.save(update_fields=["data_source", "verifier", "verified_on", "defects", "fingerprints", "updated_at"])
    if defects:
        _fail(actor, verification, defects, on, now)
    else:
        _pass(actor, verification, on, channel, now)
    return verification


def _fail(actor, verification, defects, on, now) -> None:
    employer = verification.employer
    transition(obj=verification, to=VerificationResult.FAILED, actor=actor, table=VERIFICATION_TRANSITIONS,
               unit=employer.unit, clause="BJ-35-3", milestone_field="reviewed_at", now=now,
               reason="；".join(_defect_message(c) for c in defects))
    first = (EmployerVerification.objects.filter(employer=employer, round__lt=verification.round)
             .exclude(status=VerificationResult.SUBMITTED).order_by("round").first())
    late = []
    if first is not None:
        first_notified = [d["code"] for d in first.defects]
        late = late_defects(current=defects, current_fingerprints=verification.fingerprints,
                            first_notified=first_notified, first_fingerprints=first.fingerprints)
    notice = DefectNotice.objects.create(
        verification=verification, employer=employer, unit=actor.unit, issued_on=on, issued_by=actor,
        items=[{"code": c, "message": _defect_message(c)} for c in defects], late_items=late,
        is_quality_exception=bool(late))
    audit(actor=actor, obj=employer, unit=employer.unit, action="defect_notice", clause="BJ-5-7", now=now,
          after={"notice": notice.pk, "items": defects, "late_items": late})
    if employer.verification_status == VerificationStatus.PENDING:
        transition(obj=employer, to=VerificationStatus.REJECTED, actor=actor, table=EMPLOYER_VERIFICATION_TRANSITIONS, unit=employer.unit,
                   field="verification_status", clause="BJ-35-3", now=now)
    if verification.submitted_by.kind == UserKind.EMPLOYER_AGENT:
        notify(recipient=verification.submitted_by, subject=_("资格核验未通过：请按一次性告知书补正材料"),
               body="\n".join(_defect_message(c) for c in defects), link=agent_home(),
               dedup_key=f"employer-notice:{notice.pk}", now=now)


def _pass(actor, verification, on, channel, now) -> None:
    employer = Employer.objects.select_for_update().get(pk=verification.employer_id)
    transition(obj=verification, to=VerificationResult.PASSED, actor=actor, table=VERIFICATION_TRANSITIONS,
               unit=employer.unit, clause="BJ-35-3", milestone_field="reviewed_at", now=now)
    before = {"licence_type": employer.licence_type, "licence_number": employer.licence_number,
              "licence_valid_until": employer.licence_valid_until}
    employer.licence_type = verification.licence_type
    employer.licence_number = verification.licence_number
    employer.licence_valid_until = verification.licence_valid_until
    employer.save(update_fields=["licence_type", "licence_number", "licence_valid_until", "updated_at"])
    audit(actor=actor, obj=employer, unit=employer.unit, action="update", clause="BJ-35-4", now=now, before=before,
          after={"licence_type": employer.licence_type, "licence_number": employer.licence_number,
                 "licence_valid_until": employer.licence_valid_until})
    if employer.verification_status != VerificationStatus.VERIFIED:
        transition(obj=employer, to=VerificationStatus.VERIFIED, actor=actor, table=EMPLOYER_VERIFICATION_TRANSITIONS, unit=employer.unit,
                   field="verification_status", milestone_field="verified_at", clause="BJ-35-3", now=now)
    EmployerAgent.objects.filter(employer=employer, user=verification.submitted_by).update(real_name_verified=True)
    from_portal = verification.submitted_by.kind == UserKind.EMPLOYER_AGENT
    demand_registration_open(actor=actor, employer=employer, on=on, verification=verification,
                             channel=channel or ("online" if from_portal else "front_desk"), now=now)
    if from_portal:
        notify(recipient=verification.submitted_by, subject=_("资格核验已通过，已办理招聘需求登记"), link=agent_home(),
               dedup_key=f"employer-verified:{verification.pk}", now=now)


@transaction.atomic
def employer_verification_front_desk(*, actor, employer: Employer, data_source: str, manual_defects=(),
                                     channel: str = "front_desk", now=None, **documents) -> EmployerVerification:
    """Front-desk verification: staff enter the documents and review them in one step."""
    verification = employer_verification_submit(actor=actor, employer=employer, now=now, **documents)
    return employer_verification_review(actor=actor, verification=verification, data_source=data_source,
                                        manual_defects=manual_defects, channel=channel, now=now)
