"""Memberships, certificates, renewals, exits and the permanent bar (CZ art. 7–9, 11)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel
from careerguide.privacy.fields import EncryptedTextField

from ..choices import Duty, ExitGround, Gender, Initiator, LibraryCategory, LibraryLevel, Origin, Programme
from ..states import MembershipStatus, RequestStatus

USER = settings.AUTH_USER_MODEL


class Membership(BaseModel):
    """One appointment to the team, from appointment to dismissal or term expiry (CZ-9-13).
    A person has at most one live membership (CZ-2-3); a new appointment is a new membership."""

    jurisdiction_field = "unit"
    protected_fields = ("id_number", "phone")

    programme = models.CharField(_("项目"), max_length=20, choices=Programme.choices, default=Programme.CZ_TEAM,
                                 db_index=True)
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("聘任机构"), on_delete=models.PROTECT, related_name="+")
    # CZ: every appointment comes from an application (CZ-7-13); the SD library enrols directly (SD-9-1).
    application = models.OneToOneField("experts.Application", verbose_name=_("申报"), null=True, blank=True,
                                       on_delete=models.PROTECT, related_name="membership")
    user = models.ForeignKey(USER, verbose_name=_("专家账号"), null=True, blank=True, on_delete=models.PROTECT,
                             related_name="expert_memberships")
    status = models.CharField(_("状态"), max_length=20, choices=MembershipStatus.choices, default=MembershipStatus.ACTIVE)
    name = models.CharField(_("姓名"), max_length=40)
    gender = models.CharField(_("性别"), max_length=8, choices=Gender.choices)
    id_number = EncryptedTextField(_("证件号码"))
    id_index = models.CharField(_("证件号码索引"), max_length=64, db_index=True, editable=False)
    birth_date = models.DateField(_("出生日期"))
    phone = EncryptedTextField(_("手机号码"), blank=True)
    email = models.EmailField(_("电子邮箱"), blank=True)
    work_unit = models.CharField(_("工作单位"), max_length=100, blank=True)
    position = models.CharField(_("职务或职称"), max_length=60, blank=True)
    categories = models.JSONField(_("人员组成类别"), default=list)
    expertise = models.CharField(_("擅长领域"), max_length=300, blank=True)
    duties_offered = models.JSONField(_("可提供的服务"), default=list, blank=True)
    target_groups = models.JSONField(_("服务对象"), default=list, blank=True)
    modes = models.JSONField(_("服务方式"), default=list, blank=True)
    district = models.ForeignKey("organisations.Unit", verbose_name=_("所在市、区"), null=True, blank=True,
                                 on_delete=models.PROTECT, related_name="+")
    photo_consent = models.BooleanField(_("同意公开照片"), default=False)
    photo = models.FileField(_("照片"), upload_to="experts/photos/%Y/", blank=True)
    term_start = models.DateField(_("聘期开始"))
    term_end = models.DateField(_("聘期结束"))
    appointed_at = models.DateTimeField(_("聘任时间"))
    renewal_applied_at = models.DateTimeField(_("申请续聘时间"), null=True, blank=True)
    possibly_unreachable = models.BooleanField(_("可能长期无法联系"), default=False)
    confidentiality_version = models.CharField(_("保密承诺版本"), max_length=20, blank=True)
    confidentiality_accepted_at = models.DateTimeField(_("保密承诺时间"), null=True, blank=True)
    ended_on = models.DateField(_("离团日期"), null=True, blank=True)
    retain_until = models.DateField(_("档案保存至"), null=True, blank=True)
    ruleset_version = models.CharField(_("适用规程版本"), max_length=30)
    status_changed_at = models.DateTimeField(_("状态变更时间"), null=True, blank=True)
    # SD-9-1: the library record (level, category, fields of expertise, title or skill level).
    library_level = models.CharField(_("专家库层级"), max_length=10, choices=LibraryLevel.choices, blank=True)
    library_category = models.CharField(_("专家类别"), max_length=24, choices=LibraryCategory.choices, blank=True)
    library_fields = models.JSONField(_("专业领域"), default=list, blank=True)

    class Meta:
        verbose_name = _("专家团成员")
        verbose_name_plural = _("专家团成员")
        constraints = [models.UniqueConstraint(
            fields=["programme", "id_index"], condition=models.Q(status__in=["active", "renewal_pending", "exit_requested",
                                                                "dismissal_decided"]),
            name="expert_one_live_membership")]

    def __str__(self):
        return self.name


class AppointmentCertificate(BaseModel):
    """聘书 (CZ-7-13, CZ-8-7): unique number; superseded by a renewal, revoked by a dismissal."""

    KIND_INITIAL, KIND_RENEWAL = "initial", "renewal"
    VALID, SUPERSEDED, REVOKED, EXPIRED = "valid", "superseded", "revoked", "expired"

    membership = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="certificates")
    number = models.CharField(_("证书编号"), max_length=32, unique=True)
    kind = models.CharField(_("类别"), max_length=10, choices=[(KIND_INITIAL, _("初次聘任")), (KIND_RENEWAL, _("续聘"))])
    issuer = models.CharField(_("颁发机关"), max_length=60)  # the configured city's bureau, named at issue
    issue_date = models.DateField(_("颁发日期"))
    term_start = models.DateField(_("聘期开始"))
    term_end = models.DateField(_("聘期结束"))
    state = models.CharField(_("证书状态"), max_length=12, default=VALID, choices=[
        (VALID, _("有效")), (SUPERSEDED, _("已被新证书替代")), (REVOKED, _("已作废")), (EXPIRED, _("已到期"))])
    ruleset_version = models.CharField(_("适用规程版本"), max_length=30)

    class Meta:
        verbose_name = _("聘书")
        verbose_name_plural = _("聘书")
        ordering = ["-term_start"]

    def __str__(self):
        return self.number


class RenewalApplication(BaseModel):
    """续聘 (CZ-8-1..8-9): applied inside the window, evaluated after expiry, decided by city_hrss."""

    membership = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="renewals")
    term_end = models.DateField(_("原聘期结束"))
    applied_at = models.DateTimeField(_("申请时间"))
    conditions_declared_at = models.DateTimeField(_("基本条件承诺时间"))
    health_declared_at = models.DateTimeField(_("身心健康声明时间"))
    age_on_reference = models.PositiveSmallIntegerField(_("新聘期首日年龄"))
    age_over_limit = models.BooleanField(_("年龄超过65周岁"), default=False)
    age_justification = models.TextField(_("年龄例外说明"), blank=True)
    evaluation = models.JSONField(_("综合评估"), default=list, blank=True)
    renew = models.BooleanField(_("决定续聘"), null=True)
    reasons = models.TextField(_("理由"), blank=True)
    decided_at = models.DateTimeField(_("决定时间"), null=True, blank=True)
    decided_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    ruleset_version = models.CharField(_("适用规程版本"), max_length=30, blank=True)

    class Meta:
        verbose_name = _("续聘申请")
        verbose_name_plural = _("续聘申请")


class ExitCase(BaseModel):
    """退出 (CZ-9-1..9-6, CZ-9-12): one ground, who initiated it, notice to the person, public notice."""

    membership = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="exits")
    ground = models.PositiveSmallIntegerField(_("退出情形"), choices=ExitGround.choices)
    initiated_by = models.CharField(_("发起方"), max_length=12, choices=Initiator.choices)
    voluntary = models.BooleanField(_("主动申请退出"))
    reason = models.TextField(_("说明"), blank=True)
    requested_at = models.DateTimeField(_("申请时间"), null=True, blank=True)
    decision_number = models.CharField(_("决定文号"), max_length=60, blank=True)
    decided_at = models.DateTimeField(_("决定时间"), null=True, blank=True)
    decided_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    effective_date = models.DateField(_("生效日期"), null=True, blank=True)
    person_notified_on = models.DateField(_("通知本人日期"), null=True, blank=True)
    notification_method = models.CharField(_("通知方式"), max_length=40, blank=True)
    delivery_proof = models.CharField(_("送达凭证"), max_length=200, blank=True)
    notice = models.ForeignKey("experts.PublicNotice", null=True, blank=True, on_delete=models.PROTECT, related_name="exits")
    bars = models.BooleanField(_("不再列为聘任对象"), default=False)
    completed_at = models.DateTimeField(_("解聘完成时间"), null=True, blank=True)
    ruleset_version = models.CharField(_("适用规程版本"), max_length=30, blank=True)

    class Meta:
        verbose_name = _("退出")
        verbose_name_plural = _("退出")


class ExitEvidence(BaseModel):
    exit_case = models.ForeignKey(ExitCase, on_delete=models.CASCADE, related_name="evidence")
    description = models.CharField(_("证据说明"), max_length=300)
    file = models.FileField(_("文件"), upload_to="experts/exits/%Y/", blank=True)

    class Meta:
        verbose_name = _("退出证据")
        verbose_name_plural = _("退出证据")


class BarRecord(BaseModel):
    """不再被列为聘任对象 (CZ-9-7..9-9, CZ-11-3): kept permanently, matched by ID number."""

    id_index = models.CharField(_("证件号码索引"), max_length=64, db_index=True)
    name = models.CharField(_("姓名"), max_length=40)
    id_number = EncryptedTextField(_("证件号码"))
    decision_number = models.CharField(_("决定文号"), max_length=60, blank=True)
    decided_on = models.DateField(_("决定日期"))
    exit_case = models.OneToOneField(ExitCase, on_delete=models.PROTECT, related_name="bar")
    removed_at = models.DateTimeField(_("更正移除时间"), null=True, blank=True)
    removed_reason = models.TextField(_("更正理由"), blank=True)

    class Meta:
        verbose_name = _("不再聘任名单")
        verbose_name_plural = _("不再聘任名单")


class Assignment(BaseModel):
    """CZ-10-8: a D6 task or unified arrangement; accepted or declined with a reason (CZ-9-11)."""

    membership = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="assignments")
    title = models.CharField(_("任务"), max_length=200)
    duty = models.CharField(_("职责"), max_length=4, choices=Duty.choices, default=Duty.D6)
    origin = models.CharField(_("来源"), max_length=24, choices=Origin.choices, default=Origin.UNIFIED)
    on = models.DateField(_("活动日期"))
    status = models.CharField(_("状态"), max_length=12, choices=RequestStatus.choices, default=RequestStatus.OPEN)
    decline_reason = models.CharField(_("谢绝理由"), max_length=300, blank=True)
    responded_at = models.DateTimeField(_("答复时间"), null=True, blank=True)

    class Meta:
        verbose_name = _("工作安排")
        verbose_name_plural = _("工作安排")


class ContactAttempt(BaseModel):
    """CZ-9-11: every contact attempt, failed or successful."""

    membership = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="contact_attempts")
    on = models.DateField(_("日期"))
    channel = models.CharField(_("方式"), max_length=40)
    successful = models.BooleanField(_("联系成功"))
    note = models.CharField(_("备注"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("联系记录")
        verbose_name_plural = _("联系记录")
