"""Statuses and allowed transitions of chapter 3 (BJ-23-7, BJ-24-7, BJ-23-4)."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class CaseStatus(models.TextChoices):
    ROUTED = "routed", _("已转入，待签订援助协议")
    AGREEMENT_SIGNED = "agreement_signed", _("已签订援助协议，待评估")
    ASSESSED = "assessed", _("已评估，待制定援助方案")
    IN_SERVICE = "in_service", _("按援助方案专门服务中")
    EMPLOYED = "employed", _("已就业，跟踪回访中")
    TRANSFER_PENDING = "transfer_pending", _("服务关系划转中")
    WELFARE_PLACED = "welfare_placed", _("公益性岗位托底安置中")
    PLACEMENT_ENDED = "placement_ended", _("托底安置期满，另行援助")
    CLOSED_EMPLOYED = "closed_employed", _("已就业结案")
    TERMINATED_UNWILLING = "terminated_unwilling", _("无就业意愿，已终止援助")
    STOPPED_NO_CONTACT = "stopped_no_contact", _("超过6个月未联系，已停止服务")
    CLOSED = "closed", _("已结案")


C = CaseStatus
#: Exits from every stage of specialized services (BJ-23-7, BJ-29-1, BJ-13-5, BJ-30-4, BJ-24-4).
_EXITS = {C.EMPLOYED, C.TRANSFER_PENDING, C.WELFARE_PLACED, C.TERMINATED_UNWILLING, C.STOPPED_NO_CONTACT, C.CLOSED}
#: BJ-23-7: registered/graded (routed) → agreement_signed → assessed → plan_agreed (in_service) → employed →
#: closed_employed; job_ready, matching and expert consultation are read from their records, never stored.
#: BJ-27-9: a job lost before the 6-month follow-up returns the case to in_service.  Open question 32:
#: closed_employed after the 6-month follow-up.  BJ-30-7, open question 31: after an unsuccessful placement the
#: case ends as placement_ended and a new case (a new episode) is opened.
CASE_TRANSITIONS = {
    C.ROUTED: {C.AGREEMENT_SIGNED, C.CLOSED},
    C.AGREEMENT_SIGNED: {C.ASSESSED, *_EXITS},
    C.ASSESSED: {C.IN_SERVICE, *_EXITS},
    C.IN_SERVICE: _EXITS,
    C.EMPLOYED: {C.CLOSED_EMPLOYED, C.IN_SERVICE, C.CLOSED},
    C.TRANSFER_PENDING: {C.AGREEMENT_SIGNED, C.CLOSED},
    C.WELFARE_PLACED: {C.PLACEMENT_ENDED, C.CLOSED_EMPLOYED, C.CLOSED},
    C.PLACEMENT_ENDED: set(),
    C.CLOSED_EMPLOYED: set(),
    C.TERMINATED_UNWILLING: set(),
    C.STOPPED_NO_CONTACT: set(),
    C.CLOSED: set(),
}
OPEN_CASE_STATUSES = frozenset({C.ROUTED, C.AGREEMENT_SIGNED, C.ASSESSED, C.IN_SERVICE, C.EMPLOYED,
                                C.TRANSFER_PENDING, C.WELFARE_PLACED})
#: Under specialized services with an active agreement, before employment (BJ-25-1, BJ-27-1).
SERVICE_STATUSES = frozenset({C.AGREEMENT_SIGNED, C.ASSESSED, C.IN_SERVICE})


class AgreementStatus(models.TextChoices):
    ACTIVE = "active", _("履行中")
    TERMINATED = "terminated", _("已终止")


AGREEMENT_TRANSITIONS = {AgreementStatus.ACTIVE: {AgreementStatus.TERMINATED}, AgreementStatus.TERMINATED: set()}


class TerminationReason(models.TextChoices):
    """BJ-23-4."""

    TRANSFER = "transfer", _("服务关系划转")
    EMPLOYED = "employed", _("实现就业")
    UNWILLING = "unwilling", _("无就业意愿或拒绝接受服务")
    WELFARE_PLACEMENT = "welfare_placement", _("公益性岗位托底安置")
    AGREED_CIRCUMSTANCE = "agreed_circumstance", _("协议约定的终止服务情形")
    NO_CONTACT_6M = "no_contact_6m", _("超过6个月未联系")


class LocationBasis(models.TextChoices):
    """BJ-23-3: only these two options."""

    HUKOU = "hukou", _("户籍所在地")
    HABITUAL_RESIDENCE = "habitual_residence", _("常住地")


class TransferStatus(models.TextChoices):
    REQUESTED = "requested", _("已申请")
    VERIFIED = "verified", _("专员已核实")
    REJECTED_BY_CASE_WORKER = "rejected_by_case_worker", _("专员核实不予受理")
    SUBMITTED = "submitted", _("街道（乡镇）已上报")
    FORWARDED = "forwarded", _("区级已转报市级")
    APPROVED = "approved", _("已批准，已划转")
    RETURNED = "returned", _("已退回")
    REJECTED = "rejected", _("不予批准")
    NEW_AGREEMENT_SIGNED = "new_agreement_signed", _("新服务地已签订协议")


T = TransferStatus
#: BJ-24-7; "returned" goes back to the street/township, which may submit again.
TRANSFER_TRANSITIONS = {
    T.REQUESTED: {T.VERIFIED, T.REJECTED_BY_CASE_WORKER},
    T.VERIFIED: {T.SUBMITTED},
    T.SUBMITTED: {T.FORWARDED, T.APPROVED, T.RETURNED, T.REJECTED},
    T.FORWARDED: {T.APPROVED, T.RETURNED, T.REJECTED},
    T.RETURNED: {T.SUBMITTED},
    T.APPROVED: {T.NEW_AGREEMENT_SIGNED},
    T.REJECTED_BY_CASE_WORKER: set(),
    T.REJECTED: set(),
    T.NEW_AGREEMENT_SIGNED: set(),
}
OPEN_TRANSFER_STATUSES = frozenset({T.REQUESTED, T.VERIFIED, T.SUBMITTED, T.FORWARDED, T.RETURNED})


class TransferReason(models.TextChoices):
    HUKOU_CHANGED = "hukou_changed", _("户籍所在地变更")
    RESIDENCE_CHANGED = "residence_changed", _("常住地变更")


class SurveyStatus(models.TextChoices):
    """BJ-21-11; "follow_up_due" is the open follow-up duty, never a stored status."""

    TARGET = "target", _("待摸查")
    WILLING_UNREGISTERED = "willing_unregistered", _("有就业意愿，暂未求职登记")
    UNWILLING = "unwilling", _("暂无就业意愿")
    REGISTERED = "registered", _("已求职登记")
    STOPPED_REPORTED = "stopped_reported", _("已反馈就失业登记管理部门，停止服务")


SV = SurveyStatus
SURVEY_TRANSITIONS = {
    SV.TARGET: {SV.WILLING_UNREGISTERED, SV.UNWILLING, SV.REGISTERED},
    SV.WILLING_UNREGISTERED: {SV.UNWILLING, SV.REGISTERED, SV.STOPPED_REPORTED},
    SV.UNWILLING: {SV.WILLING_UNREGISTERED, SV.REGISTERED, SV.STOPPED_REPORTED},
    SV.REGISTERED: set(),
    SV.STOPPED_REPORTED: set(),
}
OPEN_SURVEY_STATUSES = frozenset({SV.TARGET, SV.WILLING_UNREGISTERED, SV.UNWILLING})


class TerminationStatus(models.TextChoices):
    """BJ-29-1, BJ-29-2: verified by the case worker, approved by another head of the street/township."""

    PENDING = "pending", _("专员已核实，待审批")
    APPROVED = "approved", _("已批准，已终止援助")
    REJECTED = "rejected", _("不予批准")


TERMINATION_TRANSITIONS = {
    TerminationStatus.PENDING: {TerminationStatus.APPROVED, TerminationStatus.REJECTED},
    TerminationStatus.APPROVED: set(),
    TerminationStatus.REJECTED: set(),
}


class ConsultationStatus(models.TextChoices):
    OPEN = "open", _("会诊中")
    CLOSED = "closed", _("已结束")


CONSULTATION_TRANSITIONS = {ConsultationStatus.OPEN: {ConsultationStatus.CLOSED}, ConsultationStatus.CLOSED: set()}


class FollowUpKind(models.TextChoices):
    GUIDANCE = "guidance", _("就业指导服务后跟踪（5个工作日内）")
    JOB_START = "job_start", _("上岗后适应性回访（10个工作日内）")
    STABILITY = "stability", _("上岗后稳定性回访（1、3、6个月左右）")
