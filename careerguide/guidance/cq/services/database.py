"""The guidance service database (CQ-4.4-*), archives (CQ-7.2.2-*) and satisfaction (CQ-9.2.1-*)."""
from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.accounts.models import User
from careerguide.accounts.roles import Role
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import now_or, policy_number, refuse, refuse_forbidden, today
from careerguide.notifications.services import notify
from careerguide.privacy.choices import CQ_CASE_FIELDS
from careerguide.privacy.services import staff_read_log

from .. import rules
from ..choices import RecipientType
from ..error_codes import CqErrorCode
from ..models import ArchiveItem, BackupRun, DatabaseRecord, Disclosure, SatisfactionResponse
from ..permissions import can_manage_cq, can_read_case, is_management_staff
from ..selectors import archive_missing, case_get, retained_backup_copies
from ..states import WORKER_TERMINAL, CaseStatus
from .steps import audit_standard, disclosure_log, move


@transaction.atomic
def case_read(*, actor, pk: int, now=None):
    """CQ-4.4-6: a scoped, least-privilege read of a case with personal data, logged as an audit event."""
    case = case_get(actor=actor, pk=pk)
    audit_standard(actor=actor, obj=case, action="read", unit=case.unit, clause="CQ-4.4-6", now=now)
    if case.recipient_type == RecipientType.WORKER:  # a person's data: also in the read log (BJ-51-2)
        staff_read_log(actor=actor, subject_type=case.subject_type, subject_id=case.subject_id, unit_id=case.unit_id,
                       fields=CQ_CASE_FIELDS, reference=f"CQ{case.pk:06d}", now=now)
    return case


@transaction.atomic
def database_record_verify(*, actor, family: str, ref: str, label: str, unit, responsible=None,
                           now=None) -> DatabaseRecord:
    """CQ-4.4-2, CQ-4.4-3: register or re-verify a client, staff or project-material record."""
    if family not in DatabaseRecord.Family.values:
        refuse(_("类别无效。"), code=CommonErrorCode.INVALID, clause="CQ-4.4-2", field="family")
    record, created = DatabaseRecord.objects.update_or_create(
        family=family, ref=ref, defaults={"label": label[:200], "unit": unit, "responsible": responsible or actor,
                                          "last_verified_at": now_or(now)})
    audit_standard(actor=actor, obj=record, action="create" if created else "update", unit=unit, clause="CQ-4.4-3",
                   now=now, after={"last_verified_at": record.last_verified_at})
    return record


@transaction.atomic
def backup_log(*, kind: str, scope: str, succeeded: bool, note: str = "", actor=None, now=None) -> BackupRun:
    """CQ-4.4-4: log each backup or restore test (by the system, or from the database page by management staff or
    the agency head); a failure alerts the system administrators the same day."""
    if actor is not None and not can_manage_cq(actor):
        refuse_forbidden(clause="CQ-4.4-4", message=_("只有专业管理人员或机构负责人可以登记备份和恢复测试。"))
    if kind not in BackupRun.Kind.values:
        refuse(_("类型无效。"), code=CommonErrorCode.INVALID, clause="CQ-4.4-4", field="kind")
    if not (scope or "").strip():
        refuse(_("请填写备份或恢复测试的范围。"), code=CommonErrorCode.REQUIRED, clause="CQ-4.4-4", field="scope")
    run = BackupRun.objects.create(kind=kind, ran_at=now_or(now), scope=scope.strip(), succeeded=succeeded, note=note)
    audit_standard(actor=actor, obj=run, action="create", unit=None, clause="CQ-4.4-4", now=now,
                   after={"kind": kind, "succeeded": succeeded})
    if not succeeded:
        for admin in User.objects.filter(is_active=True, role_assignments__role=Role.CITY_ADMIN).distinct():
            notify(recipient=admin, subject=_("指导服务信息数据库%(k)s失败，请立即处理") % {"k": run.get_kind_display()},
                   dedup_key=f"cq-backup-failed:{run.pk}", now=now)
    return run


@transaction.atomic
def backup_copy_dispose(*, run: BackupRun, actor=None, now=None) -> BackupRun:
    """CQ-4.4-4: a daily backup copy is deleted only while at least `cq.backup_retained_copies` successful copies
    remain afterwards."""
    day = today(now)
    if actor is not None and not can_manage_cq(actor):
        refuse_forbidden(clause="CQ-4.4-4", message=_("只有专业管理人员或机构负责人可以删除备份副本。"))
    if run.kind != BackupRun.Kind.BACKUP or not run.succeeded or run.disposed_at is not None:
        refuse(_("只能删除仍保留的成功备份副本。"), code=CommonErrorCode.INVALID, clause="CQ-4.4-4")
    retained = retained_backup_copies()
    minimum = policy_number("cq.backup_retained_copies", unit=None, on=day)
    if not rules.copy_disposal_allowed(retained=retained, minimum=minimum):
        refuse(_("删除后保留的每日备份将少于%(n)s份，不能删除。") % {"n": minimum}, code=CqErrorCode.BACKUP_COPIES_MINIMUM,
               clause="CQ-4.4-4")
    run.disposed_at = now_or(now)
    run.save(update_fields=["disposed_at", "updated_at"])
    audit_standard(actor=actor, obj=run, action="update", unit=None, clause="CQ-4.4-4", now=now,
                   after={"disposed_at": run.disposed_at, "retained": retained - 1})
    return run


@transaction.atomic
def disclosure_record(*, actor, case, recipient: str, content: str, basis: str, basis_detail: str,
                      now=None) -> Disclosure:
    """CQ-4.4-5: information leaves the agency only with a recorded basis (consent, safety escalation, legal
    obligation); each disclosure is logged."""
    if not can_read_case(actor, case):
        refuse_forbidden(clause="CQ-4.4-6", message=_("无权披露该个案信息。"))
    if basis not in rules.DISCLOSURE_BASES or not (basis_detail or "").strip():
        refuse(_("未经允许不得泄露：请选择披露依据并说明。"), code=CqErrorCode.DISCLOSURE_BASIS_MISSING, clause="CQ-4.4-5",
               field="basis")
    return disclosure_log(actor=actor, case=case, recipient=recipient, content=content, basis=basis,
                          basis_detail=basis_detail, clause="CQ-4.4-5", now=now)


@transaction.atomic
def archive_item_file(*, actor, case, code: str, note: str = "", declined: bool = False, now=None) -> ArchiveItem:
    """CQ-7.2.2-1, CQ-7.2.2-2, CQ-7.2.1-1: only management staff (the archive keeper) file items; a group
    recording only when the agreement allows it; 'declined' only for the satisfaction form."""
    if not is_management_staff(actor):
        refuse_forbidden(clause="CQ-7.2.2-1", message=_("只有档案管理专人可以归档。"))
    if code not in rules.ARCHIVE_ITEMS:
        refuse(_("归档资料类型无效。"), code=CommonErrorCode.INVALID, clause="CQ-7.2.2-2", field="code")
    if code == "group_session_recording" and not case.recording_allowed:
        refuse(_("服务协议未约定录音录像，影音资料不得上传留存。"), code=CqErrorCode.RECORDING_NOT_AGREED,
               clause="CQ-7.2.1-1")
    if declined and code != "satisfaction_feedback_form":
        refuse(_("只有满意度反馈表可以登记为拒绝填写。"), code=CqErrorCode.DECLINE_NOT_ALLOWED, clause="CQ-7.2.2-3")
    item = ArchiveItem.objects.create(case=case, code=code, note=note, declined=declined, filed_by=actor,
                                      filed_on=today(now))
    audit_standard(actor=actor, obj=item, action="create", unit=case.unit, clause="CQ-7.2.2-2", now=now,
                   after={"code": code, "declined": declined})
    return item


@transaction.atomic
def case_archive(*, actor, case, now=None):
    """CQ-6.1-1, CQ-7.2.2-3: a terminal case is archived only when every required item is filed."""
    if not is_management_staff(actor):
        refuse_forbidden(clause="CQ-7.2.2-1", message=_("只有档案管理专人可以归档。"))
    if case.status not in (*WORKER_TERMINAL, CaseStatus.CLOSED):
        refuse(_("个案尚未结案。"), code=CqErrorCode.WRONG_STAGE, clause="CQ-6.1-1")
    missing = archive_missing(case=case, today=today(now))
    if missing:
        refuse(_("归档资料不完整，缺少：%(m)s") % {"m": "、".join(missing)}, code=CqErrorCode.ARCHIVE_INCOMPLETE,
               clause="CQ-7.2.2-3")
    move(case=case, to=CaseStatus.ARCHIVED, actor=actor, clause="CQ-7.2.2-3", now=now)
    return case


@transaction.atomic
def satisfaction_submit(*, actor, case, score: int, channel: str, comment: str = "", now=None):
    """CQ-9.2.1-4, CQ-7.2.2-2 (g): submitted by the recipient (portal) or entered by someone other than the
    counsellor evaluated; the counsellor evaluated cannot enter responses about themselves."""
    if actor is not None and actor.pk == case.counsellor_id:
        refuse_forbidden(clause="CQ-9.2.1-4", message=_("被评价的职业指导人员不能录入对自己的满意度评价。"))
    if not 1 <= int(score) <= 5:
        refuse(_("满意度须为1至5分。"), code=CommonErrorCode.INVALID, clause="CQ-9.2.1-1", field="score")
    response = SatisfactionResponse.objects.create(case=case, counsellor=case.counsellor, entered_by=actor,
                                                   channel=channel, score=int(score), comment=comment,
                                                   submitted_on=today(now))
    audit_standard(actor=actor, obj=response, action="create", unit=case.unit, clause="CQ-9.2.1-1", now=now,
                   after={"score": response.score})
    return response
