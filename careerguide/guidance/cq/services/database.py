"""The guidance service database (CQ-4.4-*), archives (CQ-7.2.2-*) and satisfaction (CQ-9.2.1-*)."""
from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.accounts.models import User
from careerguide.accounts.roles import Role
from careerguide.common.errors import DomainError
from careerguide.notifications.services import notify

from .. import rules
from ..models import ArchiveItem, BackupRun, DatabaseRecord, Disclosure, GroupParticipant, SatisfactionResponse
from ..permissions import can_read_case, is_management_staff
from ..selectors import case_get
from ..states import WORKER_TERMINAL, CaseStatus, ReferralStatus
from .common import audit, move, now_or, policy, today


@transaction.atomic
def case_read(*, actor, pk: int, now=None):
    """CQ-4.4-6: a scoped, least-privilege read of a case with personal data, logged as an audit event."""
    case = case_get(actor=actor, pk=pk)
    audit(actor, case, "read", case.unit, "CQ-4.4-6", now)
    return case


@transaction.atomic
def database_record_verify(*, actor, family: str, ref: str, label: str, unit, responsible=None,
                           now=None) -> DatabaseRecord:
    """CQ-4.4-2, CQ-4.4-3: register or re-verify a client, staff or project-material record."""
    if family not in DatabaseRecord.Family.values:
        raise DomainError(field_errors={"family": [_("类别无效。")]}, clause="CQ-4.4-2")
    record, created = DatabaseRecord.objects.update_or_create(
        family=family, ref=ref, defaults={"label": label[:200], "unit": unit, "responsible": responsible or actor,
                                          "last_verified_at": now_or(now)})
    audit(actor, record, "create" if created else "update", unit, "CQ-4.4-3", now,
          after={"last_verified_at": record.last_verified_at})
    return record


@transaction.atomic
def backup_log(*, kind: str, scope: str, succeeded: bool, note: str = "", now=None) -> BackupRun:
    """CQ-4.4-4: log each backup or restore test; a failure alerts the system administrators the same day."""
    run = BackupRun.objects.create(kind=kind, ran_at=now_or(now), scope=scope, succeeded=succeeded, note=note)
    audit(None, run, "create", None, "CQ-4.4-4", now, after={"kind": kind, "succeeded": succeeded})
    if not succeeded:
        for admin in User.objects.filter(is_active=True, role_assignments__role=Role.CITY_ADMIN).distinct():
            notify(recipient=admin, subject=_("指导服务信息数据库%(k)s失败，请立即处理") % {"k": run.get_kind_display()},
                   dedup_key=f"cq-backup-failed:{run.pk}", now=now)
    return run


def backup_status(*, now=None) -> dict:
    """CQ-4.4-4: whether the daily backup or the quarterly restore test is overdue."""
    from careerguide.common.months import months_exceeded

    from ..selectors import last_successful
    day = today(now)
    backup = last_successful(BackupRun.Kind.BACKUP)
    restore = last_successful(BackupRun.Kind.RESTORE_TEST)
    restore_on = restore and restore.ran_at.date()
    return {"backup_overdue": rules.backup_overdue(backup and backup.ran_at.date(), day,
                                                   policy("cq.backup_interval_days", None, now)),
            "restore_test_overdue": restore_on is None or months_exceeded(
                restore_on, day, policy("cq.restore_test_interval_months", None, now))}


@transaction.atomic
def disclosure_record(*, actor, case, recipient: str, content: str, basis: str, basis_detail: str,
                      now=None) -> Disclosure:
    """CQ-4.4-5: information leaves the agency only with a recorded basis (consent, safety escalation, legal
    obligation); each disclosure is logged."""
    if not can_read_case(actor, case):
        raise DomainError(_("无权披露该个案信息。"), clause="CQ-4.4-6")
    if basis not in rules.DISCLOSURE_BASES or not (basis_detail or "").strip():
        raise DomainError(field_errors={"basis": [_("未经允许不得泄露：请选择披露依据并说明。")]}, clause="CQ-4.4-5")
    d = Disclosure.objects.create(case=case, recipient=recipient.strip(), content=content.strip(), basis=basis,
                                  basis_detail=basis_detail.strip(), disclosed_by=actor, disclosed_at=now_or(now))
    audit(actor, d, "create", case.unit, "CQ-4.4-5", now, after={"basis": basis, "recipient": d.recipient})
    return d


@transaction.atomic
def archive_item_file(*, actor, case, code: str, note: str = "", declined: bool = False, now=None) -> ArchiveItem:
    """CQ-7.2.2-1, CQ-7.2.2-2, CQ-7.2.1-1: only management staff (the archive keeper) file items; a group
    recording only when the agreement allows it; 'declined' only for the satisfaction form."""
    if not is_management_staff(actor):
        raise DomainError(_("只有档案管理专人可以归档。"), clause="CQ-7.2.2-1")
    if code not in rules.ARCHIVE_ITEMS:
        raise DomainError(field_errors={"code": [_("归档资料类型无效。")]}, clause="CQ-7.2.2-2")
    if code == "group_session_recording" and not case.recording_allowed:
        raise DomainError(_("服务协议未约定录音录像，影音资料不得上传留存。"), clause="CQ-7.2.1-1")
    if declined and code != "satisfaction_feedback_form":
        raise DomainError(_("只有满意度反馈表可以登记为拒绝填写。"), clause="CQ-7.2.2-3")
    item = ArchiveItem.objects.create(case=case, code=code, note=note, declined=declined, filed_by=actor,
                                      filed_on=today(now))
    audit(actor, item, "create", case.unit, "CQ-7.2.2-2", now, after={"code": code, "declined": declined})
    return item


def archive_missing_for(case) -> list[str]:
    """CQ-7.2.2-3 facts gathered for the pure rule."""
    from careerguide.assessments.selectors import assessed_case_ids
    attended = GroupParticipant.objects.filter(case=case, session__session_on__lte=today(None)).exists()
    return rules.archive_missing(
        present=case.archive_items.values_list("code", flat=True),
        group_recording_expected=attended and case.recording_allowed,
        assessed=case.pk in assessed_case_ids([case.pk]),
        referral_handed_over=case.referrals.filter(
            status__in=[ReferralStatus.HANDED_OVER, ReferralStatus.ACCEPTED,
                        ReferralStatus.APPOINTMENT_SCHEDULED]).exists())


@transaction.atomic
def case_archive(*, actor, case, now=None):
    """CQ-6.1-1, CQ-7.2.2-3: a terminal case is archived only when every required item is filed."""
    if not is_management_staff(actor):
        raise DomainError(_("只有档案管理专人可以归档。"), clause="CQ-7.2.2-1")
    if case.status not in (*WORKER_TERMINAL, CaseStatus.CLOSED):
        raise DomainError(_("个案尚未结案。"), clause="CQ-6.1-1")
    missing = archive_missing_for(case)
    if missing:
        raise DomainError(_("归档资料不完整，缺少：%(m)s") % {"m": "、".join(missing)}, clause="CQ-7.2.2-3",
                          code="archive_incomplete")
    move(case, to=CaseStatus.ARCHIVED, actor=actor, clause="CQ-7.2.2-3", now=now)
    return case


@transaction.atomic
def satisfaction_submit(*, actor, case, score: int, channel: str, comment: str = "", now=None):
    """CQ-9.2.1-4, CQ-7.2.2-2 (g): submitted by the recipient (portal) or entered by someone other than the
    counsellor evaluated; the counsellor evaluated cannot enter responses about themselves."""
    if actor is not None and actor.pk == case.counsellor_id:
        raise DomainError(_("被评价的职业指导人员不能录入对自己的满意度评价。"), clause="CQ-9.2.1-4")
    if not 1 <= int(score) <= 5:
        raise DomainError(field_errors={"score": [_("满意度须为1至5分。")]}, clause="CQ-9.2.1-1")
    response = SatisfactionResponse.objects.create(case=case, counsellor=case.counsellor, entered_by=actor,
                                                   channel=channel, score=int(score), comment=comment,
                                                   submitted_on=today(now))
    audit(actor, response, "create", case.unit, "CQ-9.2.1-1", now, after={"score": response.score})
    return response
