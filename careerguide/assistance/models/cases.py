"""Cases, case-worker assignments, agreements, transfers, job starts, follow-ups, expert consultations and
welfare referrals (BJ-23 to BJ-30)."""
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from ..choices import PlacementOutcome
from ..states import (
    AgreementStatus,
    CaseStatus,
    ConsultationStatus,
    FollowUpKind,
    LocationBasis,
    TerminationReason,
    TerminationStatus,
    TransferReason,
    TransferStatus,
)


class AssistanceCase(BaseModel):
    """One assistance episode of a person routed to chapter 3 (BJ-13-1, BJ-23-7, BJ-28-9)."""

    jurisdiction_field = "unit"

    job_seeker = models.ForeignKey("job_seekers.JobSeeker", on_delete=models.PROTECT, related_name="assistance_cases")
    routing = models.ForeignKey("job_seekers.RoutingRecord", null=True, blank=True, on_delete=models.PROTECT,
                                related_name="+")
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("援助机构"), on_delete=models.PROTECT, related_name="+")
    status = models.CharField(_("援助状态"), max_length=24, choices=CaseStatus.choices, default=CaseStatus.ROUTED)
    status_changed_at = models.DateTimeField(_("状态变更时间"), null=True, blank=True)
    opened_on = models.DateField(_("转入日期"))
    episode_started_on = models.DateField(_("本援助周期首次签订协议日期"), null=True, blank=True)
    closed_on = models.DateField(_("结案日期"), null=True, blank=True)
    key_group = models.ForeignKey("assistance.KeyGroup", verbose_name=_("参照本章服务的重点帮扶人员类别"), null=True,
                                  blank=True, on_delete=models.PROTECT, related_name="cases")
    predecessor = models.ForeignKey("self", verbose_name=_("上一援助周期"), null=True, blank=True,
                                    on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("就业援助服务")
        verbose_name_plural = _("就业援助服务")
        ordering = ["-opened_on", "-pk"]

    def __str__(self):
        return f"{self.job_seeker.full_name}（{self.get_status_display()}）"


class CaseWorkerAssignment(BaseModel):
    """BJ-5-1, BJ-32-4: who was the responsible case worker from when to when, and why."""

    jurisdiction_field = "unit"

    case = models.ForeignKey(AssistanceCase, on_delete=models.PROTECT, related_name="assignments")
    worker = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("援助专员"), on_delete=models.PROTECT,
                               related_name="+")
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("所在机构"), on_delete=models.PROTECT, related_name="+")
    started_on = models.DateField(_("开始日期"))
    ended_on = models.DateField(_("结束日期"), null=True, blank=True)
    reason = models.CharField(_("指定原因"), max_length=200)
    end_reason = models.CharField(_("结束原因"), max_length=200, blank=True)

    class Meta:
        ordering = ["-started_on", "-pk"]
        constraints = [models.UniqueConstraint(fields=["case"], condition=Q(ended_on__isnull=True),
                                               name="assistance_one_current_case_worker")]


class AssistanceAgreement(BaseModel):
    """BJ-23-4: the employment assistance service agreement (Annex 3 not in the source)."""

    jurisdiction_field = "unit"

    case = models.ForeignKey(AssistanceCase, on_delete=models.PROTECT, related_name="agreements")
    job_seeker = models.ForeignKey("job_seekers.JobSeeker", on_delete=models.PROTECT, related_name="+")
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("签订机构"), on_delete=models.PROTECT, related_name="+")
    signed_on = models.DateField(_("签订日期"))
    location_basis = models.CharField(_("就业援助服务地"), max_length=24, choices=LocationBasis.choices)
    address = models.CharField(_("服务地地址"), max_length=200)
    case_worker = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("援助专员"), on_delete=models.PROTECT,
                                    related_name="+")
    rights_obligations = models.TextField(_("双方权利和义务"))
    termination_circumstances = models.TextField(_("约定的终止服务情形"))
    predecessor = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="+",
                                    verbose_name=_("划转前的协议"))
    status = models.CharField(_("协议状态"), max_length=12, choices=AgreementStatus.choices, default=AgreementStatus.ACTIVE)
    status_changed_at = models.DateTimeField(null=True, blank=True)
    terminated_on = models.DateField(_("终止日期"), null=True, blank=True)
    termination_reason = models.CharField(_("终止原因"), max_length=24, choices=TerminationReason.choices, blank=True)
    staff = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("经办人"), null=True, on_delete=models.PROTECT,
                              related_name="+")

    class Meta:
        ordering = ["-signed_on", "-pk"]
        constraints = [models.UniqueConstraint(fields=["job_seeker"], condition=Q(status="active"),
                                               name="assistance_one_active_agreement")]

    def __str__(self):
        return f"{self.job_seeker.full_name} {self.signed_on:%Y-%m-%d}"


class Transfer(BaseModel):
    """BJ-24-1 to BJ-24-7: a service-relationship transfer request and its approval path."""

    jurisdiction_field = "from_unit"

    case = models.ForeignKey(AssistanceCase, on_delete=models.PROTECT, related_name="transfers")
    from_unit = models.ForeignKey("organisations.Unit", verbose_name=_("原服务机构"), on_delete=models.PROTECT,
                                  related_name="+")
    to_unit = models.ForeignKey("organisations.Unit", verbose_name=_("新服务地街道（乡镇）"), on_delete=models.PROTECT,
                                related_name="+")
    reason = models.CharField(_("变更原因"), max_length=24, choices=TransferReason.choices)
    new_address = models.CharField(_("新服务地地址"), max_length=200)
    requested_on = models.DateField(_("申请日期"))
    approving_level = models.CharField(_("审批层级"), max_length=12)
    status = models.CharField(_("状态"), max_length=28, choices=TransferStatus.choices, default=TransferStatus.REQUESTED)
    status_changed_at = models.DateTimeField(null=True, blank=True)
    verification_note = models.CharField(_("核实情况"), max_length=300, blank=True)
    decision_note = models.CharField(_("审批意见"), max_length=300, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                   related_name="+")
    approved_on = models.DateField(_("批准日期"), null=True, blank=True)

    class Meta:
        ordering = ["-requested_on", "-pk"]


class JobStart(BaseModel):
    """The first working day at a new employer of a person under assistance (BJ-27-6, open question 14)."""

    jurisdiction_field = "unit"

    case = models.ForeignKey(AssistanceCase, on_delete=models.PROTECT, related_name="job_starts")
    unit = models.ForeignKey("organisations.Unit", on_delete=models.PROTECT, related_name="+")
    employer_name = models.CharField(_("就业单位"), max_length=100)
    started_on = models.DateField(_("上岗日期"))
    left_on = models.DateField(_("离职日期"), null=True, blank=True)

    class Meta:
        ordering = ["-started_on", "-pk"]
        verbose_name = _("上岗记录")

    def __str__(self):
        return f"{self.case.job_seeker.full_name} {self.employer_name} {self.started_on:%Y-%m-%d}"


class FollowUp(BaseModel):
    """A follow-up visit or attempt (BJ-27-1, BJ-27-6 to BJ-27-8); only reached ones fulfil a duty."""

    jurisdiction_field = "unit"

    case = models.ForeignKey(AssistanceCase, on_delete=models.PROTECT, related_name="follow_ups")
    job_start = models.ForeignKey(JobStart, null=True, blank=True, on_delete=models.PROTECT, related_name="follow_ups")
    kind = models.CharField(_("回访类型"), max_length=16, choices=FollowUpKind.choices)
    occurred_on = models.DateField(_("回访日期"))
    reached = models.BooleanField(_("已联系到本人"))
    job_ready = models.BooleanField(_("具备上岗条件"), null=True, blank=True)
    readiness_ready = models.BooleanField(_("已做好就业准备"), null=True, blank=True)
    measure_effect = models.TextField(_("帮扶措施效果评估"), blank=True)
    unwilling_statement = models.BooleanField(_("明确表示无就业意愿或拒绝接受公共就业服务"), default=False)
    note = models.TextField(_("回访情况"), blank=True)
    unit = models.ForeignKey("organisations.Unit", on_delete=models.PROTECT, related_name="+")
    staff = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-occurred_on", "-pk"]


class ExpertConsultation(BaseModel):
    """BJ-28-1 to BJ-28-8: a request to the next-higher-level agency and the panel's opinion."""

    jurisdiction_field = "unit"

    case = models.ForeignKey(AssistanceCase, on_delete=models.PROTECT, related_name="consultations")
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("申请机构"), on_delete=models.PROTECT, related_name="+")
    higher_unit = models.ForeignKey("organisations.Unit", verbose_name=_("上一级公共就业服务机构"),
                                    on_delete=models.PROTECT, related_name="+")
    requested_on = models.DateField(_("申请日期"))
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    failed_recommendations = models.PositiveSmallIntegerField(_("申请时未成功的匹配推荐次数"))
    issues = models.TextField(_("疑难问题"))
    closed_on = models.DateField(_("结束日期"), null=True, blank=True)
    close_reason = models.CharField(_("结束原因"), max_length=200, blank=True)
    status = models.CharField(_("状态"), max_length=8, choices=ConsultationStatus.choices, default=ConsultationStatus.OPEN)
    status_changed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-requested_on", "-pk"]
        verbose_name = _("专家会诊")

    def __str__(self):
        return f"{self.case.job_seeker.full_name} {self.requested_on:%Y-%m-%d}"


class WelfareReferral(BaseModel):
    """BJ-30-3: a referral to a social public-welfare employment organisation with its evidence."""

    jurisdiction_field = "unit"

    case = models.ForeignKey(AssistanceCase, on_delete=models.PROTECT, related_name="welfare_referrals")
    unit = models.ForeignKey("organisations.Unit", on_delete=models.PROTECT, related_name="+")
    organisation = models.CharField(_("社会公益性就业组织"), max_length=100)
    referred_on = models.DateField(_("推荐日期"))
    staff = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    evidence = models.JSONField(_("各项条件依据"))
    post = models.CharField(_("安置岗位"), max_length=100, blank=True)
    placed_on = models.DateField(_("安置日期"), null=True, blank=True)
    placement_ends_on = models.DateField(_("安置期满日期"), null=True, blank=True)
    outcome = models.CharField(_("安置结果"), max_length=20, choices=PlacementOutcome.choices, blank=True)
    ended_on = models.DateField(_("安置结束日期"), null=True, blank=True)
    end_note = models.CharField(_("安置结束情况"), max_length=300, blank=True)

    class Meta:
        ordering = ["-referred_on", "-pk"]

    def __str__(self):
        return f"{self.case.job_seeker.full_name} {self.organisation}"


class Termination(BaseModel):
    """BJ-29-1 to BJ-29-3: the follow-up with the explicit statement, the case worker's verification, the
    approval by another head of the street/township and the report to the registration authority."""

    jurisdiction_field = "unit"

    case = models.ForeignKey(AssistanceCase, on_delete=models.PROTECT, related_name="terminations")
    unit = models.ForeignKey("organisations.Unit", on_delete=models.PROTECT, related_name="+")
    follow_up = models.ForeignKey(FollowUp, verbose_name=_("明确表示的跟踪回访"), on_delete=models.PROTECT,
                                  related_name="+")
    statement = models.TextField(_("本人明确表示的内容"))
    verified_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("核实的援助专员"), on_delete=models.PROTECT,
                                    related_name="+")
    verified_on = models.DateField(_("核实日期"))
    verification_note = models.TextField(_("核实情况"))
    status = models.CharField(_("状态"), max_length=12, choices=TerminationStatus.choices,
                              default=TerminationStatus.PENDING)
    status_changed_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("审批人"), null=True, blank=True,
                                   on_delete=models.PROTECT, related_name="+")
    decided_on = models.DateField(_("审批日期"), null=True, blank=True)
    decision_note = models.CharField(_("审批意见"), max_length=300, blank=True)
    reported_to = models.CharField(_("告知的就失业登记管理部门"), max_length=100, blank=True)
    reported_on = models.DateField(_("告知日期"), null=True, blank=True)

    class Meta:
        ordering = ["-verified_on", "-pk"]

    def __str__(self):
        return f"{self.case.job_seeker.full_name} {self.get_status_display()}"


class KeyGroup(BaseModel):
    """BJ-33-1: other groups the city or a district designates for key employment assistance, served by
    reference to chapter 3 ("可参照"), in the scope of the designating unit and between its dates."""

    jurisdiction_field = "unit"

    name = models.CharField(_("人员类别"), max_length=100)
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("确定机构（全市或本区）"), on_delete=models.PROTECT,
                             related_name="+")
    effective_from = models.DateField(_("生效日期"))
    effective_to = models.DateField(_("失效日期"), null=True, blank=True)
    description = models.TextField(_("认定范围"))
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("其他重点帮扶人员类别")
        verbose_name_plural = _("其他重点帮扶人员类别")
        ordering = ["-effective_from", "name"]

    def __str__(self):
        return self.name
