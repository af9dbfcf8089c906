"""Statuses of the employer records and the allowed moves between them.

Every status change goes through `careerguide.duties.services.transition` with
one of these tables; nothing else assigns a status.
"""
from django.db import models
from django.utils.translation import gettext_lazy as _


class VerificationStatus(models.TextChoices):
    """The employer record's own verification status (BJ-35-3)."""

    PENDING = "pending", _("待核验")
    VERIFIED = "verified", _("已核验")
    REJECTED = "rejected", _("核验未通过")


EMPLOYER_VERIFICATION_TRANSITIONS = {
    VerificationStatus.PENDING: {VerificationStatus.VERIFIED, VerificationStatus.REJECTED},
    VerificationStatus.REJECTED: {VerificationStatus.VERIFIED},
    VerificationStatus.VERIFIED: set(),
}


class VerificationResult(models.TextChoices):
    SUBMITTED = "submitted", _("待审核")
    PASSED = "passed", _("审核合格")
    FAILED = "failed", _("审核不合格")


VERIFICATION_TRANSITIONS = {
    VerificationResult.SUBMITTED: {VerificationResult.PASSED, VerificationResult.FAILED},
    VerificationResult.PASSED: set(),
    VerificationResult.FAILED: set(),
}


class DemandStatus(models.TextChoices):
    ACTIVE = "active", _("招聘中")
    FULFILLED = "fulfilled", _("招聘完成")
    WITHDRAWN = "withdrawn", _("已撤回")


DEMAND_TRANSITIONS = {
    DemandStatus.ACTIVE: {DemandStatus.FULFILLED, DemandStatus.WITHDRAWN},
    DemandStatus.FULFILLED: set(),
    DemandStatus.WITHDRAWN: set(),
}


class RelationshipStatus(models.TextChoices):
    """BJ-44-8: daily service relationship (and its agreement, BJ-44-7)."""

    CANDIDATE = "candidate", _("拟建立")
    ELIGIBILITY_CHECKED = "eligibility_checked", _("已核实目录")
    AGREEMENT_SIGNED = "agreement_signed", _("已签订协议")
    ACTIVE = "active", _("服务中")
    TRANSFER_PENDING = "transfer_pending", _("划转办理中")
    TERMINATED_BY_TRANSFER = "terminated_by_transfer", _("因划转终止")
    TERMINATED_BY_NEGOTIATION = "terminated_by_negotiation", _("协商终止")
    EXPIRED_NOT_RENEWED = "expired_not_renewed", _("期满不再续订")


RELATIONSHIP_OPEN = (RelationshipStatus.CANDIDATE, RelationshipStatus.ELIGIBILITY_CHECKED,
                     RelationshipStatus.AGREEMENT_SIGNED, RelationshipStatus.ACTIVE, RelationshipStatus.TRANSFER_PENDING)
RELATIONSHIP_SERVING = (RelationshipStatus.AGREEMENT_SIGNED, RelationshipStatus.ACTIVE, RelationshipStatus.TRANSFER_PENDING)

_ENDINGS = {RelationshipStatus.TERMINATED_BY_NEGOTIATION, RelationshipStatus.EXPIRED_NOT_RENEWED}
RELATIONSHIP_TRANSITIONS = {
    RelationshipStatus.CANDIDATE: {RelationshipStatus.ELIGIBILITY_CHECKED},
    RelationshipStatus.ELIGIBILITY_CHECKED: {RelationshipStatus.AGREEMENT_SIGNED},
    RelationshipStatus.AGREEMENT_SIGNED: {RelationshipStatus.ACTIVE, RelationshipStatus.TRANSFER_PENDING, *_ENDINGS},
    RelationshipStatus.ACTIVE: {RelationshipStatus.TRANSFER_PENDING, *_ENDINGS},
    RelationshipStatus.TRANSFER_PENDING: {RelationshipStatus.ACTIVE, RelationshipStatus.TERMINATED_BY_TRANSFER},
    RelationshipStatus.TERMINATED_BY_TRANSFER: set(),
    RelationshipStatus.TERMINATED_BY_NEGOTIATION: set(),
    RelationshipStatus.EXPIRED_NOT_RENEWED: set(),
}


class TransferStatus(models.TextChoices):
    """BJ-45-4: key-enterprise transfer."""

    REQUESTED = "requested", _("已提出")
    VERIFIED = "verified", _("专员已核实")
    SUBMITTED = "submitted", _("已提交申请")
    FORWARDED = "forwarded", _("已报市级")
    CATALOGUE_CHECKED = "catalogue_checked", _("已核实目录")
    APPROVED = "approved", _("已批准")
    OLD_AGREEMENT_TERMINATED = "old_agreement_terminated", _("原协议已终止")
    TRANSFERRED = "transferred", _("已划转")
    NEW_AGREEMENT_SIGNED = "new_agreement_signed", _("已签订新协议")
    REJECTED = "rejected", _("未通过")


TRANSFER_TRANSITIONS = {
    TransferStatus.REQUESTED: {TransferStatus.VERIFIED, TransferStatus.REJECTED},
    TransferStatus.VERIFIED: {TransferStatus.SUBMITTED},
    TransferStatus.SUBMITTED: {TransferStatus.FORWARDED, TransferStatus.CATALOGUE_CHECKED, TransferStatus.REJECTED},
    TransferStatus.FORWARDED: {TransferStatus.CATALOGUE_CHECKED, TransferStatus.REJECTED},
    TransferStatus.CATALOGUE_CHECKED: {TransferStatus.APPROVED, TransferStatus.REJECTED},
    TransferStatus.APPROVED: {TransferStatus.OLD_AGREEMENT_TERMINATED},
    TransferStatus.OLD_AGREEMENT_TERMINATED: {TransferStatus.TRANSFERRED},
    TransferStatus.TRANSFERRED: {TransferStatus.NEW_AGREEMENT_SIGNED},
    TransferStatus.NEW_AGREEMENT_SIGNED: set(),
    TransferStatus.REJECTED: set(),
}
TRANSFER_OPEN = (TransferStatus.REQUESTED, TransferStatus.VERIFIED, TransferStatus.SUBMITTED, TransferStatus.FORWARDED,
                 TransferStatus.CATALOGUE_CHECKED)


class RequestStatus(models.TextChoices):
    """A key enterprise's request (BJ-47-3)."""

    OPEN = "open", _("办理中")
    CLOSED = "closed", _("已办结")


REQUEST_TRANSITIONS = {RequestStatus.OPEN: {RequestStatus.CLOSED}, RequestStatus.CLOSED: set()}
