"""Key enterprises: the daily service relationship and agreement (BJ-44-*), its
account officer (BJ-44-4, BJ-5-2), support team (BJ-47-1), employment demand
archive (BJ-48-*), quarterly contacts (BJ-48-5) and transfers (BJ-45-*)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel
from careerguide.ledgers.choices import Channel

from ..choices import EnterpriseSize, NoRenewalRoute, TeamRole
from ..states import RelationshipStatus, TransferStatus


class DailyServiceAgreement(BaseModel):
    """A daily service relationship with one serving agency and its agreement (BJ-44-7, BJ-44-8).

    A transfer ends this record and opens a new one at the new agency."""

    jurisdiction_field = "unit"

    employer = models.ForeignKey("employers.Employer", verbose_name=_("重点企业"), on_delete=models.PROTECT,
                                 related_name="service_agreements")
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("日常服务机构"), on_delete=models.PROTECT, related_name="+")
    status = models.CharField(_("状态"), max_length=32, choices=RelationshipStatus.choices,
                              default=RelationshipStatus.CANDIDATE)
    status_changed_at = models.DateTimeField(_("状态变更时间"), null=True, blank=True)
    registered_area = models.ForeignKey("organisations.Unit", verbose_name=_("注册地所属机构"), null=True, blank=True,
                                        on_delete=models.PROTECT, related_name="+")
    operating_area = models.ForeignKey("organisations.Unit", verbose_name=_("经营地所属机构"), null=True, blank=True,
                                       on_delete=models.PROTECT, related_name="+")
    industry_code = models.CharField(_("核实时的行业代码"), max_length=8)
    catalogue_version = models.ForeignKey("employers.IndustryCatalogueVersion", verbose_name=_("核实所依据的目录"),
                                          null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    checked_on = models.DateField(_("目录核实日期"))
    signed_on = models.DateField(_("签订日期"), null=True, blank=True)
    term_start = models.DateField(_("协议期限起"), null=True, blank=True)
    term_end = models.DateField(_("协议期限止"), null=True, blank=True)
    document_ref = models.CharField(_("协议文书编号"), max_length=100, blank=True)
    no_renewal = models.CharField(_("不再续订"), max_length=16, choices=NoRenewalRoute.choices, blank=True, default="")
    no_renewal_reason = models.CharField(_("不再续订原因"), max_length=200, blank=True)
    ended_on = models.DateField(_("终止日期"), null=True, blank=True)
    end_reason = models.CharField(_("终止原因"), max_length=200, blank=True)
    transferred_from = models.ForeignKey("self", verbose_name=_("划转前的服务关系"), null=True, blank=True,
                                         on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("日常服务协议")
        verbose_name_plural = _("日常服务协议")
        ordering = ["-checked_on", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["employer"], name="one_open_daily_service_relationship",
                condition=models.Q(status__in=["candidate", "eligibility_checked", "agreement_signed", "active",
                                               "transfer_pending"])),
        ]

    def __str__(self):
        return f"{self.employer} · {self.unit}"


class OfficerAssignment(BaseModel):
    """Who was the enterprise account officer, for which agency, from when to when and why (BJ-5-2)."""

    jurisdiction_field = "unit"

    agreement = models.ForeignKey(DailyServiceAgreement, verbose_name=_("日常服务协议"), on_delete=models.PROTECT,
                                  related_name="officer_assignments")
    officer = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("企业服务专员"), on_delete=models.PROTECT,
                                related_name="+")
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("所在机构"), on_delete=models.PROTECT, related_name="+")
    started_on = models.DateField(_("起始日期"))
    ended_on = models.DateField(_("结束日期"), null=True, blank=True)
    reason = models.CharField(_("指定或变更原因"), max_length=200)
    end_reason = models.CharField(_("结束原因"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("企业服务专员指定记录")
        verbose_name_plural = _("企业服务专员指定记录")
        ordering = ["agreement", "started_on", "pk"]
        constraints = [models.UniqueConstraint(fields=["agreement"], condition=models.Q(ended_on__isnull=True),
                                               name="one_current_account_officer")]


class SupportTeamMember(BaseModel):
    """A member of the enterprise's service support team (BJ-47-1)."""

    jurisdiction_field = "agreement__unit"

    agreement = models.ForeignKey(DailyServiceAgreement, verbose_name=_("日常服务协议"), on_delete=models.PROTECT,
                                  related_name="team")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("成员"), on_delete=models.PROTECT, related_name="+")
    team_role = models.CharField(_("团队职责"), max_length=24, choices=TeamRole.choices)
    joined_on = models.DateField(_("加入日期"))
    left_on = models.DateField(_("退出日期"), null=True, blank=True)

    class Meta:
        verbose_name = _("服务支持团队成员")
        verbose_name_plural = _("服务支持团队成员")
        ordering = ["agreement", "joined_on", "pk"]


class DemandArchive(BaseModel):
    """The key enterprise's employment demand archive (用人需求档案, BJ-48-1 to BJ-48-4).

    The current values live here; every change is also a ledger entry in the
    "key_archive" section with the values before and after (BJ-50-3)."""

    jurisdiction_field = "employer__unit"

    employer = models.OneToOneField("employers.Employer", verbose_name=_("重点企业"), on_delete=models.PROTECT,
                                    related_name="demand_archive")
    unit_nature = models.CharField(_("单位性质"), max_length=40, blank=True)
    industry = models.CharField(_("所属行业"), max_length=100, blank=True)
    economic_type = models.CharField(_("经济类型"), max_length=40, blank=True)
    enterprise_size = models.CharField(_("企业规模"), max_length=16, choices=EnterpriseSize.choices, blank=True)
    workforce_size = models.PositiveIntegerField(_("用人规模（人）"), null=True, blank=True)
    joiners_last_quarter = models.PositiveIntegerField(_("上季度入职人数"), null=True, blank=True)
    leavers_last_quarter = models.PositiveIntegerField(_("上季度离职人数"), null=True, blank=True)
    turnover_note = models.CharField(_("员工流动情况"), max_length=300, blank=True)
    plan_year = models.PositiveSmallIntegerField(_("用人计划年度"), null=True, blank=True)
    plan_quarter = models.PositiveSmallIntegerField(_("用人计划季度"), null=True, blank=True)
    planned_hires = models.PositiveIntegerField(_("计划招用人数"), null=True, blank=True)
    hiring_plan = models.CharField(_("未来一个季度的用人计划"), max_length=500, blank=True)
    other_info = models.TextField(_("其他相关信息"), blank=True)
    updated_on = models.DateField(_("最近更新日期"))

    class Meta:
        verbose_name = _("用人需求档案")
        verbose_name_plural = _("用人需求档案")


class EnterpriseContact(BaseModel):
    """A contact with a key enterprise.  Only a two-way exchange counts towards the
    quarterly contact (BJ-48-5, open question 19)."""

    jurisdiction_field = "unit"

    agreement = models.ForeignKey(DailyServiceAgreement, verbose_name=_("日常服务协议"), on_delete=models.PROTECT,
                                  related_name="contacts")
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("服务机构"), on_delete=models.PROTECT, related_name="+")
    contacted_on = models.DateField(_("联系日期"))
    channel = models.CharField(_("联系方式"), max_length=20, choices=Channel.choices)
    two_way = models.BooleanField(_("已取得联系（双向沟通）"), default=True)
    summary = models.CharField(_("联系情况"), max_length=300)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("记录人"), on_delete=models.PROTECT,
                                    related_name="+")

    class Meta:
        verbose_name = _("重点企业联系记录")
        verbose_name_plural = _("重点企业联系记录")
        ordering = ["agreement", "contacted_on", "pk"]
        indexes = [models.Index(fields=["agreement", "contacted_on"], name="enterprise_contact_idx")]


class KeyEnterpriseTransfer(BaseModel):
    """A change of daily service location (BJ-44-6, BJ-45-1 to BJ-45-4).

    `approving_unit` is the district for a move within one district and the
    city for a move between districts."""

    jurisdiction_field = "from_unit"

    agreement = models.ForeignKey(DailyServiceAgreement, verbose_name=_("原日常服务协议"), on_delete=models.PROTECT,
                                  related_name="transfers")
    employer = models.ForeignKey("employers.Employer", verbose_name=_("重点企业"), on_delete=models.PROTECT,
                                 related_name="transfers")
    from_unit = models.ForeignKey("organisations.Unit", verbose_name=_("原服务机构"), on_delete=models.PROTECT, related_name="+")
    to_unit = models.ForeignKey("organisations.Unit", verbose_name=_("拟调整的服务机构"), on_delete=models.PROTECT,
                                related_name="+")
    approving_unit = models.ForeignKey("organisations.Unit", verbose_name=_("审批机构"), on_delete=models.PROTECT,
                                       related_name="+")
    reason = models.CharField(_("划转原因"), max_length=300)
    status = models.CharField(_("状态"), max_length=32, choices=TransferStatus.choices, default=TransferStatus.REQUESTED)
    status_changed_at = models.DateTimeField(_("状态变更时间"), null=True, blank=True)
    requested_on = models.DateField(_("提出日期"))
    catalogue_version = models.ForeignKey("employers.IndustryCatalogueVersion", verbose_name=_("核实所依据的目录"),
                                          null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    decided_on = models.DateField(_("办结日期"), null=True, blank=True)
    decision_note = models.CharField(_("审核意见"), max_length=300, blank=True)
    new_agreement = models.ForeignKey(DailyServiceAgreement, verbose_name=_("新的日常服务关系"), null=True, blank=True,
                                      on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("重点企业服务关系划转")
        verbose_name_plural = _("重点企业服务关系划转")
        ordering = ["-requested_on", "-pk"]
