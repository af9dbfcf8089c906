"""Job seekers (BJ chapter 2): the person and their ledger's structured records.

The free-form service history lives in ``ledgers.LedgerEntry`` (ledger "personal");
the tables here hold what rules read: registrations, episodes, gradings, routings,
advice, readiness assessments and no-contact reports.
"""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel
from careerguide.privacy.fields import EncryptedTextField

from .states import EpisodeStatus, JobSeekerStatus


class Sex(models.TextChoices):
    MALE = "male", _("男")
    FEMALE = "female", _("女")


class Education(models.TextChoices):
    PRIMARY_OR_BELOW = "primary_or_below", _("小学及以下")
    JUNIOR_SECONDARY = "junior_secondary", _("初中")
    SENIOR_SECONDARY = "senior_secondary", _("高中、中专、职高、技校")
    COLLEGE = "college", _("大学专科")
    BACHELOR_OR_ABOVE = "bachelor_or_above", _("大学本科及以上")


class Health(models.TextChoices):
    NO_LIMITATION = "no_limitation", _("无影响就业的健康问题")
    LIMITED = "limited", _("健康状况影响就业")
    DISABILITY = "disability", _("持有残疾人证")


class RegistrationType(models.TextChoices):
    """BJ-13-4."""
    URBAN_UNEMPLOYMENT = "urban_unemployment", _("失业登记")
    RURAL_TRANSFER = "rural_transfer", _("转移就业登记（本市农村劳动力）")


class WorkingPattern(models.TextChoices):
    FULL_TIME = "full_time", _("全日制")
    PART_TIME = "part_time", _("非全日制")
    FLEXIBLE = "flexible", _("灵活就业")
    ANY = "any", _("均可")


SKILL_LEVEL_CHOICES = [(1, _("一级（高级技师）")), (2, _("二级（技师）")), (3, _("三级（高级工）")),
                       (4, _("四级（中级工）")), (5, _("五级（初级工）"))]


class JobSeeker(BaseModel):
    """One person, one ledger: found by the blind index of the ID number (BJ-11-1, BJ-7-3)."""

    jurisdiction_field = "unit"
    protected_fields = ("id_number", "phone")

    # identity and contact
    full_name = models.CharField(_("姓名"), max_length=64)
    id_number = EncryptedTextField(_("身份证号码"))
    id_number_index = models.CharField(max_length=64, unique=True, editable=False)
    phone = EncryptedTextField(_("联系电话"), blank=True)
    phone_index = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    sex = models.CharField(_("性别"), max_length=8, choices=Sex.choices)
    birth_date = models.DateField(_("出生日期"))
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("服务机构"), on_delete=models.PROTECT, related_name="job_seekers")
    portal_user = models.OneToOneField(settings.AUTH_USER_MODEL, verbose_name=_("门户账户"), null=True, blank=True,
                                       on_delete=models.SET_NULL, related_name="job_seeker")
    status = models.CharField(_("服务状态"), max_length=24, choices=JobSeekerStatus.choices, default=JobSeekerStatus.COLLECTED)
    platform_permission = models.BooleanField(_("已开通互联网服务权限"), default=False)
    # household registration and habitual residence
    hukou_location = models.CharField(_("户籍所在地（区、街道）"), max_length=100, blank=True)
    habitual_district = models.ForeignKey("organisations.Unit", verbose_name=_("常住地所在区"), null=True, blank=True,
                                          on_delete=models.PROTECT, related_name="+")
    habitual_street = models.ForeignKey("organisations.Unit", verbose_name=_("常住地所在街道（乡镇）"), null=True, blank=True,
                                        on_delete=models.PROTECT, related_name="+")
    education = models.CharField(_("学历"), max_length=24, choices=Education.choices, blank=True)
    # job-seeking intentions
    sought_occupation = models.ForeignKey("occupations.Occupation", verbose_name=_("求职职业"), null=True, blank=True,
                                          on_delete=models.PROTECT, related_name="+")
    sought_industry = models.CharField(_("求职行业"), max_length=100, blank=True)
    sought_area = models.CharField(_("求职区域"), max_length=100, blank=True)
    salary_min = models.PositiveIntegerField(_("期望月薪下限（元）"), null=True, blank=True)
    salary_max = models.PositiveIntegerField(_("期望月薪上限（元）"), null=True, blank=True)
    working_pattern = models.CharField(_("工作方式"), max_length=16, choices=WorkingPattern.choices, blank=True)
    # refined-service information (BJ-11-3)
    unemployed_since = models.DateField(_("失业开始日期"), null=True, blank=True)
    skill_level = models.PositiveSmallIntegerField(_("职业技能等级"), null=True, blank=True, choices=SKILL_LEVEL_CHOICES)
    zero_employment_household = models.BooleanField(_("零就业家庭"), default=False)
    subsistence_allowance = models.BooleanField(_("享受最低生活保障"), default=False)
    care_responsibilities = models.BooleanField(_("需照料家庭成员"), default=False)
    family_notes = models.CharField(_("其他家庭因素"), max_length=200, blank=True)
    health = models.CharField(_("健康状况"), max_length=16, choices=Health.choices, default=Health.NO_LIMITATION)
    registration_type = models.CharField(_("失业登记/转移就业登记"), max_length=24, choices=RegistrationType.choices, blank=True)
    bj_rural_labour = models.BooleanField(_("本市农村劳动力"), default=False)
    difficulty_certified = models.BooleanField(_("已认定为就业困难人员"), default=False)
    certified_on = models.DateField(_("认定日期"), null=True, blank=True)
    # the ledger (BJ-11-1, BJ-11-4) and the current level (BJ-12-4)
    ledger_opened_on = models.DateField(_("台账建立日期"), null=True, blank=True)
    ledger_created_late = models.BooleanField(_("台账未在采集当天建立"), default=False)
    current_level = models.PositiveSmallIntegerField(_("当前就业困难等级"), null=True, blank=True)

    class Meta:
        verbose_name = _("求职者")
        verbose_name_plural = _("求职者")
        indexes = [models.Index(fields=["unit", "full_name"], name="job_seeker_unit_name_idx"),
                   models.Index(fields=["status", "registration_type"], name="job_seeker_status_idx")]

    def __str__(self):
        return self.full_name


class CollectionChannel(BaseModel):
    """An extra collection channel an office configures (BJ-10-1: the list is open)."""

    code = models.SlugField(_("渠道代码"), max_length=32, unique=True)
    label = models.CharField(_("渠道名称"), max_length=60)
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("配置机构"), on_delete=models.PROTECT, related_name="+")
    active = models.BooleanField(_("启用"), default=True)

    class Meta:
        verbose_name = _("信息采集渠道")
        verbose_name_plural = _("信息采集渠道")

    def __str__(self):
        return self.label


class ServiceEpisode(BaseModel):
    """One period of service; a new registration after a stop opens the next one (BJ-13-9)."""

    job_seeker = models.ForeignKey(JobSeeker, on_delete=models.PROTECT, related_name="episodes")
    number = models.PositiveSmallIntegerField(_("服务周期序号"))
    opened_on = models.DateField(_("开始日期"))
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("服务机构"), on_delete=models.PROTECT, related_name="+")
    status = models.CharField(_("状态"), max_length=12, choices=EpisodeStatus.choices, default=EpisodeStatus.OPEN)
    ended_at = models.DateTimeField(_("结束时间"), null=True, blank=True)
    end_reason = models.CharField(_("结束原因"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("服务周期")
        verbose_name_plural = _("服务周期")
        constraints = [models.UniqueConstraint(fields=["job_seeker", "number"], name="episode_number_unique")]
        ordering = ["number"]

    def __str__(self):
        return f"{self.job_seeker} #{self.number}"


class Registration(BaseModel):
    """One collection of the person's information (BJ-10-1, BJ-11-1, BJ-11-2)."""

    jurisdiction_field = "unit"

    job_seeker = models.ForeignKey(JobSeeker, on_delete=models.PROTECT, related_name="registrations")
    episode = models.ForeignKey(ServiceEpisode, on_delete=models.PROTECT, related_name="registrations")
    channel = models.CharField(_("采集渠道"), max_length=32)
    channel_label = models.CharField(_("采集渠道名称"), max_length=60)
    collected_on = models.DateField(_("采集日期"))
    recorded_at = models.DateTimeField(_("录入时间"))
    created_late = models.BooleanField(_("未在采集当天录入"), default=False)
    is_job_seeking_registration = models.BooleanField(_("求职登记"), default=True)
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("采集机构"), on_delete=models.PROTECT, related_name="+")
    staff = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("经办人"), null=True, blank=True,
                              on_delete=models.PROTECT, related_name="+")
    form_data = models.JSONField(_("求职登记信息"), default=dict)  # without ID number and phone

    class Meta:
        verbose_name = _("求职登记")
        verbose_name_plural = _("求职登记")
        ordering = ["collected_on", "pk"]


class WorkHistoryItem(BaseModel):
    job_seeker = models.ForeignKey(JobSeeker, on_delete=models.CASCADE, related_name="work_history")
    employer_name = models.CharField(_("工作单位"), max_length=100, blank=True)
    occupation = models.ForeignKey("occupations.Occupation", verbose_name=_("职业"), null=True, blank=True,
                                   on_delete=models.PROTECT, related_name="+")
    started_on = models.DateField(_("开始日期"), null=True, blank=True)
    ended_on = models.DateField(_("结束日期"), null=True, blank=True)

    class Meta:
        ordering = ["-started_on", "pk"]


class SkillCertificate(BaseModel):
    job_seeker = models.ForeignKey(JobSeeker, on_delete=models.CASCADE, related_name="certificates")
    name = models.CharField(_("证书名称"), max_length=100)
    occupation = models.ForeignKey("occupations.Occupation", verbose_name=_("职业"), null=True, blank=True,
                                   on_delete=models.PROTECT, related_name="+")
    skill_level = models.PositiveSmallIntegerField(_("技能等级"), null=True, blank=True, choices=SKILL_LEVEL_CHOICES)
    issued_on = models.DateField(_("发证日期"), null=True, blank=True)

    class Meta:
        ordering = ["skill_level", "pk"]


class InstrumentPublication(BaseModel):
    """A version of the city-wide grading instrument published by the city (BJ-12-1, BJ-12-3)."""

    version = models.CharField(_("版本"), max_length=60)
    effective_from = models.DateField(_("生效日期"))
    published_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("发布人"), null=True,
                                     on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("分级工具版本发布")
        verbose_name_plural = _("分级工具版本发布")
        ordering = ["-effective_from", "-pk"]


class Grading(BaseModel):
    """One grading (BJ-12-3): version, inputs, per-factor points, total, computed level and any override."""

    jurisdiction_field = "unit"

    job_seeker = models.ForeignKey(JobSeeker, on_delete=models.PROTECT, related_name="gradings")
    episode = models.ForeignKey(ServiceEpisode, on_delete=models.PROTECT, related_name="+")
    instrument_version = models.CharField(_("分级工具版本"), max_length=60)
    graded_on = models.DateField(_("评估日期"))
    inputs = models.JSONField(_("评估输入"))
    factor_points = models.JSONField(_("各因素得分"))  # [{"key", "label", "value", "points"}]
    total = models.PositiveIntegerField(_("总分"))
    computed_level = models.PositiveSmallIntegerField(_("工具计算等级"))
    level = models.PositiveSmallIntegerField(_("就业困难等级"))
    override_reason = models.TextField(_("调整理由"), blank=True)
    overridden_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("调整人"), null=True, blank=True,
                                      on_delete=models.PROTECT, related_name="+")
    overridden_at = models.DateTimeField(_("调整时间"), null=True, blank=True)
    grader = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("评估人"), null=True, on_delete=models.PROTECT,
                               related_name="+")
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("评估机构"), on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("就业困难程度评估")
        verbose_name_plural = _("就业困难程度评估")
        ordering = ["-graded_on", "-pk"]
        constraints = [
            models.CheckConstraint(condition=models.Q(level__gte=1, level__lte=4, computed_level__gte=1, computed_level__lte=4),
                                   name="grading_level_1_to_4"),
        ]

    @property
    def overridden(self) -> bool:
        return bool(self.override_reason)


class Route(models.TextChoices):
    ASSISTANCE = "assistance", _("转入就业援助服务（第三章）")
    CHAPTER2 = "chapter2", _("继续提供求职者服务（第二章）")


class RoutingRecord(BaseModel):
    """Where a graded person goes and why (BJ-13-1 to BJ-13-3)."""

    jurisdiction_field = "unit"

    job_seeker = models.ForeignKey(JobSeeker, on_delete=models.PROTECT, related_name="routings")
    grading = models.ForeignKey(Grading, null=True, blank=True, on_delete=models.PROTECT, related_name="routings")
    decided_on = models.DateField(_("日期"))
    route = models.CharField(_("去向"), max_length=16, choices=Route.choices)
    advice_required = models.BooleanField(_("需提供政策咨询"), default=False)
    missing_procedures = models.JSONField(_("未办理的手续"), default=list)
    reasons = models.JSONField(_("理由"), default=list)
    clause = models.CharField(_("依据条款"), max_length=32)
    unit = models.ForeignKey("organisations.Unit", on_delete=models.PROTECT, related_name="+")
    staff = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-decided_on", "-pk"]


class PolicyAdvice(BaseModel):
    """Policy consultation and advice to complete missing procedures (BJ-13-2)."""

    jurisdiction_field = "unit"

    job_seeker = models.ForeignKey(JobSeeker, on_delete=models.PROTECT, related_name="policy_advice")
    routing = models.ForeignKey(RoutingRecord, null=True, blank=True, on_delete=models.PROTECT, related_name="advice")
    given_on = models.DateField(_("咨询日期"))
    missing_procedures = models.JSONField(_("建议办理的手续"), default=list)
    note = models.TextField(_("咨询内容"), blank=True)
    unit = models.ForeignKey("organisations.Unit", on_delete=models.PROTECT, related_name="+")
    staff = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-given_on", "-pk"]


class ReadinessAssessment(BaseModel):
    """A dated job-readiness assessment (BJ-15-1) with its advice when not ready (BJ-15-3)."""

    jurisdiction_field = "unit"

    job_seeker = models.ForeignKey(JobSeeker, on_delete=models.PROTECT, related_name="readiness_assessments")
    assessed_on = models.DateField(_("评估日期"))
    start_lead_days = models.PositiveSmallIntegerField(_("收到聘用通知后需要的准备天数"))
    available_from = models.DateField(_("最早可上岗日期"), null=True, blank=True)
    preparation_insufficient = models.BooleanField(_("就业准备不足"), default=False)
    max_start_days = models.PositiveSmallIntegerField(_("上岗天数标准"))
    job_ready = models.BooleanField(_("具备上岗条件"))
    earliest_start = models.DateField(_("最早上岗日期"))
    basis = models.TextField(_("评估依据"), blank=True)
    advice = models.TextField(_("咨询意见"), blank=True)
    unit = models.ForeignKey("organisations.Unit", on_delete=models.PROTECT, related_name="+")
    assessor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-assessed_on", "-pk"]


class NoContactReport(BaseModel):
    """The report to the registration authority after >6 months without contact (BJ-13-5, BJ-13-8)."""

    jurisdiction_field = "unit"

    job_seeker = models.ForeignKey(JobSeeker, on_delete=models.PROTECT, related_name="no_contact_reports")
    episode = models.ForeignKey(ServiceEpisode, on_delete=models.PROTECT, related_name="+")
    last_contact_on = models.DateField(_("最近一次联系日期"))
    stop_from = models.DateField(_("停止服务起始日"))
    recipient = models.CharField(_("接收部门"), max_length=100)
    reported_on = models.DateField(_("反馈日期"))
    content = models.TextField(_("反馈内容"))
    unit = models.ForeignKey("organisations.Unit", on_delete=models.PROTECT, related_name="+")
    staff = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-reported_on", "-pk"]


class CertificationStatus(models.TextChoices):
    CERTIFIED = "certified", _("认定为就业困难人员")
    EXITED = "exited", _("退出就业困难人员认定")


class DifficultyCertification(BaseModel):
    """A difficulty certification or exit decided by the competent department and recorded here
    (BJ-13-1, BJ-13-2, BJ-26-2, open question 34): the case rules read only the resulting status."""

    jurisdiction_field = "unit"

    job_seeker = models.ForeignKey(JobSeeker, on_delete=models.PROTECT, related_name="certifications")
    status = models.CharField(_("认定结果"), max_length=12, choices=CertificationStatus.choices)
    decided_on = models.DateField(_("认定（退出）日期"))
    authority = models.CharField(_("认定部门"), max_length=100)
    document_ref = models.CharField(_("认定文书编号"), max_length=100, blank=True)
    evidence = models.ForeignKey("documents.ArchiveItem", verbose_name=_("认定材料（电子档案）"), null=True, blank=True,
                                 on_delete=models.PROTECT, related_name="+")
    note = models.CharField(_("备注"), max_length=200, blank=True)
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("录入机构"), on_delete=models.PROTECT, related_name="+")
    staff = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("录入人"), null=True, on_delete=models.PROTECT,
                              related_name="+")

    class Meta:
        verbose_name = _("就业困难人员认定记录")
        verbose_name_plural = _("就业困难人员认定记录")
        ordering = ["-decided_on", "-pk"]

from .models_handoff import ProgrammeHandOff  # noqa: E402,F401  (registers the model with the app)
