"""Recognised studios: registration, people, plaque, level history, nomination (HN-3-4, HN-3-5, HN-6-17 .. HN-6-22,
HN-11-7 .. HN-11-22)."""
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel
from careerguide.privacy.fields import EncryptedTextField

from ..states import Registration, Scheme, Staffing, Standardisation, Standing, StudioKind
from .applications import Application, MemberRole
from .rounds import HostUnit


class Studio(BaseModel):
    """A recognised studio.  HN scheme: a city-level master studio created by confirmation (HN-6-18).
    SD scheme: a register entry of a studio, station or corner with its standardisation (SD-8-1, SD-8-2)."""

    jurisdiction_field = "host_unit__district"

    scheme = models.CharField(_("认定体系"), max_length=20, choices=Scheme.choices, default=Scheme.HN_MASTER,
                              db_index=True)
    registration_number = models.CharField(_("登记编号"), max_length=20, unique=True)
    application = models.OneToOneField(Application, null=True, blank=True, on_delete=models.PROTECT,
                                       related_name="studio")
    host_unit = models.ForeignKey(HostUnit, verbose_name=_("所在单位"), on_delete=models.PROTECT, related_name="studios")
    name = models.CharField(_("工作室名称"), max_length=80, editable=False)
    recognised_on = models.DateField(_("认定日期"))
    confirmation_number = models.CharField(_("确认文号"), max_length=60)
    registration = models.CharField(_("登记状态"), max_length=20, choices=Registration.choices, default=Registration.ACTIVE)
    standing = models.CharField(_("考核状态"), max_length=20, choices=Standing.choices, default=Standing.GOOD)
    staffing = models.CharField(_("大师状态"), max_length=20, choices=Staffing.choices, default=Staffing.STAFFED)
    master_absent_since = models.DateField(_("领衔大师空缺开始日期"), null=True, blank=True)
    level = models.CharField(_("级别"), max_length=20, default="city")
    ended_on = models.DateField(_("注（撤）销日期"), null=True, blank=True)
    ruleset = models.CharField(_("适用规则"), max_length=40)
    # SD-8-1, SD-8-6, SD-S-7: the SD register entry.
    kind = models.CharField(_("类型"), max_length=10, choices=StudioKind.choices, default=StudioKind.STUDIO)
    area = models.ForeignKey("organisations.Unit", verbose_name=_("所在行政区域"), null=True, blank=True,
                             on_delete=models.PROTECT, related_name="+")
    lead_counsellor = models.CharField(_("领衔职业指导人员"), max_length=50, blank=True)
    opened_on = models.DateField(_("设立日期"), null=True, blank=True)
    standardisation = models.CharField(_("标准化状态"), max_length=20, choices=Standardisation.choices, blank=True)
    legal_entity = models.CharField(_("隶属的法人单位"), max_length=100, blank=True)
    assessment_tools = models.JSONField(_("专业测评工具"), default=list, blank=True)
    service_functions = models.JSONField(_("服务功能"), default=list, blank=True)
    brand = models.CharField(_("专业品牌"), max_length=80, blank=True)
    service_process = models.TextField(_("标准化服务流程"), blank=True)

    class Meta:
        verbose_name = _("职业指导大师工作室")
        verbose_name_plural = _("职业指导大师工作室")
        ordering = ["registration_number"]

    def __str__(self):
        return f"{self.name}（{self.registration_number}）"


class StudioMember(BaseModel):
    protected_fields = ("id_number",)
    jurisdiction_field = "studio__host_unit__district"

    studio = models.ForeignKey(Studio, on_delete=models.CASCADE, related_name="members")
    name = models.CharField(_("姓名"), max_length=50)
    id_number = EncryptedTextField(_("身份证号码"))
    id_index = models.CharField(max_length=64, db_index=True, editable=False)
    post = models.CharField(_("岗位"), max_length=60, blank=True)
    role = models.CharField(_("工作室角色"), max_length=10, choices=MemberRole.choices)
    is_named = models.BooleanField(_("申报个人"), default=False)
    qualified = models.BooleanField(_("符合第五条第（一）项"), default=False)
    qualifications = models.TextField(_("资格"), blank=True)
    started_on = models.DateField(_("加入日期"))
    left_on = models.DateField(_("离开日期（最后工作日）"), null=True, blank=True)
    leave_reason = models.CharField(_("离开原因"), max_length=20, blank=True)

    def __str__(self):
        return self.name


class LevelRecord(BaseModel):
    """HN-3-5: level history; provincial recognition keeps the city record."""

    studio = models.ForeignKey(Studio, on_delete=models.CASCADE, related_name="levels")
    level = models.CharField(_("级别"), max_length=20)
    since = models.DateField(_("起始日期"))
    document = models.CharField(_("文号"), max_length=60)


class NameRecord(BaseModel):
    """HN-11-12: former names are kept."""

    studio = models.ForeignKey(Studio, on_delete=models.CASCADE, related_name="names")
    name = models.CharField(_("名称"), max_length=80)
    since = models.DateField(_("起始日期"))
    until = models.DateField(_("截止日期"), null=True, blank=True)


class Plaque(BaseModel):
    """HN-6-19, HN-11-12, HN-11-7: plaque made to the standard spec, presented, reissued, removed."""

    studio = models.ForeignKey(Studio, on_delete=models.CASCADE, related_name="plaques")
    number = models.CharField(_("牌匾编号"), max_length=40, unique=True)
    spec_version = models.CharField(_("统一规格版本"), max_length=40)
    name_on_plaque = models.CharField(_("牌匾名称"), max_length=80)
    presented_on = models.DateField(_("授牌日期"))
    recipient = models.CharField(_("接收人"), max_length=60)
    removed_on = models.DateField(_("摘牌日期"), null=True, blank=True)


class ProvincialNomination(BaseModel):
    """HN-3-4."""

    studio = models.ForeignKey(Studio, on_delete=models.CASCADE, related_name="nominations")
    nominated_on = models.DateField(_("推荐日期"))
    rationale = models.TextField(_("推荐理由"))
    outcome = models.CharField(_("省级结果"), max_length=20, default="pending")
    provincial_document = models.CharField(_("省级文号"), max_length=60, blank=True)
    provincial_date = models.DateField(_("省级发文日期"), null=True, blank=True)


class ExitDecision(BaseModel):
    """HN-11-7, HN-11-20: a deregistration or revocation document."""

    studio = models.OneToOneField(Studio, on_delete=models.CASCADE, related_name="exit_decision")
    ground = models.CharField(_("退出情形"), max_length=40)
    registration = models.CharField(_("结果"), max_length=20, choices=Registration.choices)
    document_number = models.CharField(_("文号"), max_length=60)
    document_date = models.DateField(_("发文日期"))
    reason = models.TextField(_("理由"))
    evidence = models.TextField(_("证据"), blank=True)
    ruleset = models.CharField(_("适用规则"), max_length=40)


class Recovery(BaseModel):
    """HN-11-17: a separate decision to recover unspent or misused subsidy."""

    studio = models.ForeignKey(Studio, on_delete=models.CASCADE, related_name="recoveries")
    amount = models.DecimalField(_("追回金额（元）"), max_digits=12, decimal_places=2)
    reason = models.TextField(_("理由"))
    decided_on = models.DateField(_("决定日期"))


class StudioComment(BaseModel):
    """HN-11-2: the centre views and comments."""

    studio = models.ForeignKey(Studio, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")
    text = models.TextField(_("意见"))


class StandardisationAssessment(BaseModel):
    """SD-8-2: one assessment against the checklist; the conclusion follows the rule."""

    studio = models.ForeignKey(Studio, on_delete=models.CASCADE, related_name="standardisation_assessments")
    assessed_on = models.DateField(_("评估日期"))
    checklist = models.JSONField(_("评估清单"), default=dict)
    missing = models.JSONField(_("未达标项"), default=list, blank=True)
    concluded = models.BooleanField(_("已作出结论"), default=False)
    assessor = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")
    note = models.TextField(_("说明"), blank=True)

    class Meta:
        verbose_name = _("标准化评估")
        verbose_name_plural = _("标准化评估")
        ordering = ["-assessed_on", "-pk"]


class StudioBudget(BaseModel):
    """SD-S-7: for each budget year, whether the studio's daily operating funds are in the annual budget of its
    affiliated legal entity, and the amount."""

    jurisdiction_field = "studio__host_unit__district"

    studio = models.ForeignKey(Studio, on_delete=models.CASCADE, related_name="budgets")
    year = models.PositiveSmallIntegerField(_("预算年度"))
    included = models.BooleanField(_("已纳入年度预算"))
    amount = models.DecimalField(_("日常业务经费（元）"), max_digits=12, decimal_places=2, null=True, blank=True)
    note = models.CharField(_("说明"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("工作室经费预算")
        verbose_name_plural = _("工作室经费预算")
        ordering = ["-year"]
        constraints = [models.UniqueConstraint(fields=["studio", "year"], name="studio_budget_once_per_year")]
