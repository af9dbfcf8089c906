"""The person (one person, one ledger), their collections and registrations, episodes, work history and certificates."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel
from careerguide.privacy.fields import EncryptedTextField

from ..choices import SKILL_LEVEL_CHOICES, Education, Health, RegistrationType, Sex, WorkingPattern
from ..states import EpisodeStatus, JobSeekerStatus


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
    training_need = models.JSONField(_("培训需求"), default=dict, blank=True)  # BJ-54-3: {"skill", "level", "timing"}
    listing_consent = models.BooleanField(_("同意公开求职意向（不公开身份和联系方式）"), default=False)  # BJ-53-3
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
