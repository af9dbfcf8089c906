"""Keeping the expert archive (CZ-11-1, CZ-11-2): only city HRSS edits it; the expert updates their own contact
details and expertise and asks city HRSS for any other change; the directory photo is shown only with the expert's
consent (CZ-11-5, CZ-11-6)."""
from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import audit, refuse, refuse_forbidden
from careerguide.duties.services import transition

from ..error_codes import ExpertsErrorCode
from ..models import ArchiveChangeRequest, Membership
from ..permissions import is_city_hrss
from ..states import CHANGE_TRANSITIONS, ChangeStatus
from .access import require_city_hrss

#: CZ-11-2: what the expert may change alone; CZ-11-1: the basic information city HRSS keeps.
SELF_FIELDS = ("phone", "email", "expertise")
ARCHIVE_FIELDS = ("name", "gender", "work_unit", "position", "expertise", "phone", "email", "duties_offered",
                  "target_groups", "modes", "district")


def _own(actor, m: Membership) -> bool:
    return bool(actor and actor.is_authenticated and m.user_id == actor.pk)


def _apply(m: Membership, changes: dict) -> dict:
    before = {k: getattr(m, k) for k in changes}
    for key, value in changes.items():
        setattr(m, key, value)
    m.save()
    return before


@transaction.atomic
def archive_update(*, actor, membership: Membership, changes: dict, now=None) -> Membership:
    """CZ-11-2: city HRSS edits the archive's basic information."""
    require_city_hrss(actor=actor, clause="CZ-11-2")
    unknown = set(changes) - set(ARCHIVE_FIELDS)
    if unknown or not changes:
        refuse(_("请选择要修改的档案信息。"), code=CommonErrorCode.INVALID, clause="CZ-11-2")
    before = _apply(membership, changes)
    audit(actor=actor, obj=membership, unit=membership.unit, action="archive_update", clause="CZ-11-2", now=now,
          before=before, after=changes)
    return membership


@transaction.atomic
def expert_profile_update(*, actor, membership: Membership, phone: str, email: str, expertise: str,
                          now=None) -> Membership:
    """CZ-11-2: the expert updates their own contact details and expertise, nothing else."""
    if not _own(actor, membership):
        refuse_forbidden(clause="CZ-11-2", message=_("只能修改本人的联系方式和擅长领域。"))
    changes = {"phone": (phone or "").strip(), "email": (email or "").strip(), "expertise": (expertise or "").strip()}
    before = _apply(membership, changes)
    audit(actor=actor, obj=membership, unit=membership.unit, action="profile_update", clause="CZ-11-2", now=now,
          before=before, after=changes)
    return membership


@transaction.atomic
def archive_change_request(*, actor, membership: Membership, changes: dict, reason: str = "",
                           now=None) -> ArchiveChangeRequest:
    """CZ-11-2: any other change the expert wants goes to city HRSS for approval."""
    if not _own(actor, membership):
        refuse_forbidden(clause="CZ-11-2")
    changes = {k: v for k, v in changes.items() if k in ARCHIVE_FIELDS and k not in SELF_FIELDS and v not in ("", None)}
    if not changes:
        refuse(_("请填写需要变更的档案信息（联系方式和擅长领域可直接修改）。"), code=CommonErrorCode.REQUIRED,
               clause="CZ-11-2")
    row = ArchiveChangeRequest.objects.create(membership=membership, changes=changes, reason=(reason or "").strip())
    audit(actor=actor, obj=row, unit=membership.unit, action="create", clause="CZ-11-2", now=now, after=changes)
    return row


@transaction.atomic
def archive_change_decide(*, actor, request: ArchiveChangeRequest, approve: bool, now=None) -> ArchiveChangeRequest:
    """CZ-11-2: city HRSS approves (the archive changes) or rejects the request."""
    require_city_hrss(actor=actor, clause="CZ-11-2")
    if request.status != ChangeStatus.PENDING:
        refuse(_("该申请已审核。"), code=ExpertsErrorCode.WRONG_STAGE, clause="CZ-11-2")
    request.decided_by, request.decided_at = actor, now or timezone.now()
    request.save(update_fields=["decided_by", "decided_at", "updated_at"])
    if approve:
        _apply(request.membership, request.changes)
    transition(obj=request, to=ChangeStatus.APPROVED if approve else ChangeStatus.REJECTED, actor=actor,
               table=CHANGE_TRANSITIONS, unit=request.membership.unit, clause="CZ-11-2", now=now)
    return request


@transaction.atomic
def membership_photo_set(*, actor, membership: Membership, photo, consent: bool, now=None) -> Membership:
    """CZ-11-5, CZ-11-6: the directory photo, published only with the expert's separate consent to it."""
    if not (_own(actor, membership) or is_city_hrss(actor)):
        refuse_forbidden(clause="CZ-11-2")
    if not photo:
        refuse(_("请上传照片。"), code=CommonErrorCode.REQUIRED, clause="CZ-11-5", field="photo")
    before = {"photo_consent": membership.photo_consent}
    membership.photo, membership.photo_consent = photo, bool(consent)
    membership.save(update_fields=["photo", "photo_consent", "updated_at"])
    audit(actor=actor, obj=membership, unit=membership.unit, action="photo", clause="CZ-11-6", now=now, before=before,
          after={"photo_consent": membership.photo_consent})
    return membership
