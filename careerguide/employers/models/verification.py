"""Employer verification (BJ-35-*), one-time defect notices (BJ-5-7) and the
recruitment demand registration (BJ-36-*)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel
from careerguide.ledgers.choices import Channel
from careerguide.privacy.fields import EncryptedTextField

from ..choices import AgentIdType, DataSource, LicenceType
from ..states import DemandStatus, VerificationResult


class EmployerVerification(BaseModel):
    """One submission of an employer's documents and its review (BJ-35-4).

    A failed review is never edited: the employer corrects and submits again,
    which makes a new record (`round` counts them)."""

    jurisdiction_field = "employer__unit"
    protected_fields = ("agent_id_number",)

    employer = models.ForeignKey("employers.Employer", verbose_name=_("用人单位"), on_delete=models.PROTECT,
                                 related_name="verifications")
    round = models.PositiveSmallIntegerField(_("提交次数"), default=1)
    credit_code = models.CharField(_("统一社会信用代码"), max_length=18)
    licence_type = models.CharField(_("证照类型"), max_length=24, choices=LicenceType.choices)
    licence_number = models.CharField(_("证照号码"), max_length=60, blank=True)
    licence_valid_from = models.DateField(_("证照有效期起"), null=True, blank=True)
    licence_valid_until = models.DateField(_("证照有效期至"), null=True, blank=True,
                                           help_text=_("长期有效的证照不填。"))
    data_source = models.CharField(_("核验方式"), max_length=24, choices=DataSource.choices, blank=True)
    agent_name = models.CharField(_("经办人姓名"), max_length=64)
    agent_id_type = models.CharField(_("经办人证件类型"), max_length=16, choices=AgentIdType.choices,
                                     default=AgentIdType.RESIDENT_ID)
    agent_id_number = EncryptedTextField(_("经办人证件号码"))
    agent_id_index = models.CharField(max_length=64, db_index=True, editable=False)
    power_of_attorney_ref = models.CharField(_("授权委托书编号"), max_length=100, blank=True)
    power_of_attorney_valid_until = models.DateField(_("授权委托书有效期至"), null=True, blank=True)
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("提交人"), on_delete=models.PROTECT,
                                     related_name="+")
    submitted_at = models.DateTimeField(_("提交时间"))
    status = models.CharField(_("审核结果"), max_length=16, choices=VerificationResult.choices,
                              default=VerificationResult.SUBMITTED)
    verifier = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("审核人"), null=True, blank=True,
                                 on_delete=models.PROTECT, related_name="+")
    verified_on = models.DateField(_("审核日期"), null=True, blank=True)
    reviewed_at = models.DateTimeField(_("审核时间"), null=True, blank=True)
    defects = models.JSONField(_("缺陷"), default=list, blank=True)
    fingerprints = models.JSONField(_("材料指纹"), default=dict, blank=True)

    class Meta:
        verbose_name = _("用人单位资格核验")
        verbose_name_plural = _("用人单位资格核验")
        ordering = ["employer", "round"]
        constraints = [models.UniqueConstraint(fields=["employer", "round"], name="employer_verification_round")]

    def __str__(self):
        return f"{self.employer}（第{self.round}次）"


class DefectNotice(BaseModel):
    """A one-time notice listing every defect found in one review (BJ-5-7).

    `late_items` are the defects this notice raises that were already present,
    unchanged, at the first review but were not notified then: a quality exception."""

    jurisdiction_field = "unit"

    verification = models.OneToOneField(EmployerVerification, verbose_name=_("资格核验"), on_delete=models.PROTECT,
                                        related_name="notice")
    employer = models.ForeignKey("employers.Employer", verbose_name=_("用人单位"), on_delete=models.PROTECT,
                                 related_name="defect_notices")
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("告知机构"), on_delete=models.PROTECT, related_name="+")
    issued_on = models.DateField(_("告知日期"))
    issued_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("告知人"), on_delete=models.PROTECT,
                                  related_name="+")
    items = models.JSONField(_("告知事项"), default=list)
    late_items = models.JSONField(_("首次审核时已存在而未告知的事项"), default=list, blank=True)
    is_quality_exception = models.BooleanField(_("质量异常"), default=False)

    class Meta:
        verbose_name = _("一次性告知书")
        verbose_name_plural = _("一次性告知书")
        ordering = ["employer", "issued_on", "pk"]


class DemandRegistration(BaseModel):
    """A recruitment demand registration (招聘需求登记, BJ-35-3, BJ-36-1).

    `unit` is the district agency where the demand is registered (the agency
    that reviews online postings, BJ-39-2, and keeps serving a former key
    enterprise, BJ-45-6); `registering_unit` is the agency that did it."""

    jurisdiction_field = "unit"

    employer = models.ForeignKey("employers.Employer", verbose_name=_("用人单位"), on_delete=models.PROTECT,
                                 related_name="demand_registrations")
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("招聘需求登记地"), on_delete=models.PROTECT,
                             related_name="+")
    registering_unit = models.ForeignKey("organisations.Unit", verbose_name=_("办理机构"), on_delete=models.PROTECT,
                                         related_name="+")
    verification = models.ForeignKey(EmployerVerification, verbose_name=_("资格核验"), null=True, blank=True,
                                     on_delete=models.PROTECT, related_name="+")
    registered_on = models.DateField(_("登记日期"))
    channel = models.CharField(_("采集渠道"), max_length=20, choices=Channel.choices, default=Channel.FRONT_DESK)
    headcount = models.PositiveIntegerField(_("招用人数"), null=True, blank=True)
    description = models.CharField(_("招聘需求"), max_length=300, blank=True)
    status = models.CharField(_("状态"), max_length=16, choices=DemandStatus.choices, default=DemandStatus.ACTIVE)
    fulfilled_on = models.DateField(_("招聘完成日期"), null=True, blank=True)
    status_changed_at = models.DateTimeField(_("状态变更时间"), null=True, blank=True)
    registered_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("经办人"), on_delete=models.PROTECT,
                                      related_name="+")

    class Meta:
        verbose_name = _("招聘需求登记")
        verbose_name_plural = _("招聘需求登记")
        ordering = ["-registered_on", "-pk"]

    def __str__(self):
        return f"{self.employer}（{self.registered_on:%Y-%m-%d}）"
