"""The counsellor register: every guidance officer and information analyst (BJ-60-1, BJ-61-1, SD-G-9)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from ..choices import (
    CertificateKind,
    Education,
    EmploymentType,
    Occupation,
    OrganisationType,
    SeniorEquivalent,
    TrainingCategory,
    WorkforceRole,
)
from ..states import TitleStatus


class OrganisationProfile(BaseModel):
    """SD-G-1, SD-4-2: what kind of organisation a unit is and the numbers its staffing is judged against."""

    jurisdiction_field = "unit"

    unit = models.OneToOneField("organisations.Unit", verbose_name=_("机构"), on_delete=models.CASCADE,
                                related_name="workforce_profile")
    org_type = models.CharField(_("机构类型"), max_length=32, choices=OrganisationType.choices)
    graduating_students = models.PositiveIntegerField(_("应届毕业生人数"), default=0)
    enrolled_students = models.PositiveIntegerField(_("在校大学生人数"), default=0)
    active_job_seekers = models.PositiveIntegerField(_("在册求职者人数"), default=0)

    class Meta:
        verbose_name = _("机构类型设置")
        verbose_name_plural = _("机构类型设置")

    def __str__(self):
        return f"{self.unit} {self.get_org_type_display()}"


class Counsellor(BaseModel):
    """One person in the guidance workforce (BJ-60-1, SD-G-9, SD-4-1)."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("所在机构"), on_delete=models.PROTECT,
                             related_name="counsellors")
    user = models.OneToOneField(settings.AUTH_USER_MODEL, verbose_name=_("系统账号"), null=True, blank=True,
                                on_delete=models.SET_NULL, related_name="counsellor_profile")
    full_name = models.CharField(_("姓名"), max_length=50)
    employment_type = models.CharField(_("专(兼)职"), max_length=16, choices=EmploymentType.choices)
    roles = models.JSONField(_("岗位"), default=list)
    training_category = models.CharField(_("培训类别"), max_length=32, choices=TrainingCategory.choices,
                                         default=TrainingCategory.PES_COUNSELLOR)
    education = models.CharField(_("最高学历"), max_length=16, choices=Education.choices, blank=True)
    birth_date = models.DateField(_("出生日期"), null=True, blank=True)
    joined_on = models.DateField(_("入职日期"))
    front_line = models.BooleanField(_("一线职业指导人员"), default=True)
    skills_attestation = models.TextField(_("职业技能说明"), blank=True,
                                          help_text=_("无国家职业资格证书时，说明具备的相应职业技能（BJ-61-1）。"))
    left_on = models.DateField(_("离岗日期"), null=True, blank=True)
    hei_guidance_unit = models.ForeignKey("workforce.HeiGuidanceUnit", verbose_name=_("高校职业指导机构"), null=True,
                                          blank=True, on_delete=models.SET_NULL, related_name="counsellors")

    class Meta:
        verbose_name = _("职业指导队伍人员")
        verbose_name_plural = _("职业指导队伍人员")
        ordering = ["unit__path", "full_name"]
        indexes = [models.Index(fields=["unit", "employment_type"], name="wf_counsellor_unit_idx")]

    def __str__(self):
        return self.full_name

    @property
    def active(self) -> bool:
        return self.left_on is None

    def role_labels(self) -> str:
        labels = dict(WorkforceRole.choices)
        return "、".join(str(labels.get(r, r)) for r in self.roles)


class ServicePeriod(BaseModel):
    """A dated stretch of guidance or analysis work (BJ-63-4; SD-G-9 work history)."""

    jurisdiction_field = "counsellor__unit"

    counsellor = models.ForeignKey(Counsellor, on_delete=models.CASCADE, related_name="service_periods")
    organisation_name = models.CharField(_("工作单位"), max_length=100)
    kind = models.CharField(_("工作类型"), max_length=16,
                            choices=[("guidance", _("职业指导")), ("analysis", _("职业信息分析"))], default="guidance")
    in_pes = models.BooleanField(_("在公共就业服务机构"), default=True)
    front_line = models.BooleanField(_("一线工作"), default=True)
    started_on = models.DateField(_("开始日期"))
    ended_on = models.DateField(_("结束日期"), null=True, blank=True)

    class Meta:
        verbose_name = _("工作经历")
        verbose_name_plural = _("工作经历")
        ordering = ["started_on"]
        constraints = [models.CheckConstraint(condition=models.Q(ended_on__isnull=True) | models.Q(ended_on__gte=models.F("started_on")),
                                              name="wf_period_end_after_start")]


class Qualification(BaseModel):
    """A certificate (BJ-61-1, SD-18-1): level 5–1, 1 the highest; old titles map per SD-18-1."""

    jurisdiction_field = "counsellor__unit"

    counsellor = models.ForeignKey(Counsellor, on_delete=models.CASCADE, related_name="qualifications")
    occupation = models.CharField(_("职业"), max_length=24, choices=Occupation.choices)
    kind = models.CharField(_("证书类型"), max_length=32, choices=CertificateKind.choices)
    level = models.PositiveSmallIntegerField(_("等级"), null=True, blank=True, help_text=_("1级最高，5级最低。"))
    senior_equivalent = models.CharField(_("可视同资格"), max_length=40, choices=SeniorEquivalent.choices, blank=True)
    number = models.CharField(_("证书编号"), max_length=64)
    issuer = models.CharField(_("评价或发证机构"), max_length=100)
    issued_on = models.DateField(_("发证日期"))
    revoked_on = models.DateField(_("失效日期"), null=True, blank=True)

    class Meta:
        verbose_name = _("资格证书")
        verbose_name_plural = _("资格证书")
        ordering = ["level", "-issued_on"]
        constraints = [models.CheckConstraint(condition=models.Q(level__isnull=True) | models.Q(level__gte=1, level__lte=5),
                                              name="wf_qualification_level_1_5")]

    def codes(self) -> set[str]:
        """Qualification codes the title rules understand."""
        codes = {self.senior_equivalent} if self.senior_equivalent else set()
        if self.occupation == Occupation.CAREER_GUIDANCE and self.level == 1:
            codes.add("senior_career_counsellor")
        return codes


class TitleAward(BaseModel):
    """A title nomination and, once granted by the city, the title for one year (BJ-63-1, BJ-67-6, BJ-68-1)."""

    jurisdiction_field = "counsellor__unit"

    counsellor = models.ForeignKey(Counsellor, on_delete=models.PROTECT, related_name="titles")
    title = models.CharField(_("称号"), max_length=24, choices=[
        ("star_counsellor", _("星级职业指导师")), ("chief_counsellor", _("首席职业指导师")),
        ("excellent_analyst", _("优秀职业信息分析师")), ("chief_analyst", _("首席职业信息分析师"))])
    year = models.PositiveSmallIntegerField(_("称号年度"))
    status = models.CharField(_("状态"), max_length=12, choices=TitleStatus.choices, default=TitleStatus.SUBMITTED)
    submitted_by_unit = models.ForeignKey("organisations.Unit", verbose_name=_("上报机构"), on_delete=models.PROTECT,
                                          related_name="+")
    outstanding_attested = models.BooleanField(_("工作业绩突出（经审核）"), default=False)
    led_team_attested = models.BooleanField(_("带领分析团队取得良好成绩（经审核）"), default=False)
    reasons = models.JSONField(_("审核意见"), default=list)
    decided_at = models.DateTimeField(_("审核时间"), null=True, blank=True)

    class Meta:
        verbose_name = _("称号评定")
        verbose_name_plural = _("称号评定")
        ordering = ["-year", "title"]
        constraints = [models.UniqueConstraint(fields=["counsellor", "title", "year"], name="wf_title_once_per_year")]

    def __str__(self):
        return f"{self.counsellor} {self.get_title_display()} {self.year}"


class OutputRecord(BaseModel):
    """A paper, representative case, analysis report or excellent-article rating (BJ-64-5, BJ-67-3)."""

    jurisdiction_field = "counsellor__unit"

    counsellor = models.ForeignKey(Counsellor, on_delete=models.CASCADE, related_name="outputs")
    kind = models.CharField(_("成果类型"), max_length=24, choices=[
        ("paper", _("论文")), ("case", _("代表性案例")), ("analysis_report", _("分析报告")),
        ("excellent_article", _("优秀文章"))])
    title = models.CharField(_("题目"), max_length=200)
    year = models.PositiveSmallIntegerField(_("年度"))
    journal = models.CharField(_("刊物"), max_length=100, blank=True)
    published_on = models.DateField(_("发表日期"), null=True, blank=True)
    identifier = models.CharField(_("刊号或编号"), max_length=64, blank=True)
    rating_body = models.CharField(_("评定机构"), max_length=100, blank=True)

    class Meta:
        verbose_name = _("工作成果")
        verbose_name_plural = _("工作成果")
        ordering = ["-year", "kind"]


class WorkloadYear(BaseModel):
    """Specialised-guidance time and approved leave for one title year (BJ-64-1)."""

    jurisdiction_field = "counsellor__unit"

    counsellor = models.ForeignKey(Counsellor, on_delete=models.CASCADE, related_name="workload_years")
    year = models.PositiveSmallIntegerField(_("年度"))
    measure = models.CharField(_("计算口径"), max_length=8, choices=[("hours", _("服务时长")), ("roster", _("排班天数"))],
                               default="hours")
    specialised_hours = models.DecimalField(_("专门职业指导服务时长（小时）"), max_digits=7, decimal_places=1, default=0)
    rostered_days = models.PositiveSmallIntegerField(_("专门指导排班天数"), default=0)
    leave_days = models.PositiveSmallIntegerField(_("经批准的休假天数"), default=0)

    class Meta:
        verbose_name = _("专门指导工作量")
        verbose_name_plural = _("专门指导工作量")
        constraints = [models.UniqueConstraint(fields=["counsellor", "year"], name="wf_workload_once_per_year")]


class IntegrityFinding(BaseModel):
    """SD-G-4: ethics or disciplinary findings on the counsellor record."""

    jurisdiction_field = "counsellor__unit"

    counsellor = models.ForeignKey(Counsellor, on_delete=models.CASCADE, related_name="integrity_findings")
    kind = models.CharField(_("类型"), max_length=16, choices=[("ethics", _("职业道德")), ("discipline", _("纪律处分"))])
    found_on = models.DateField(_("认定日期"))
    summary = models.TextField(_("情况说明"))

    class Meta:
        verbose_name = _("思想政治与职业道德记录")
        verbose_name_plural = _("思想政治与职业道德记录")


class StaffFiling(BaseModel):
    """BJ-71-1: a district's filing of its guidance officers and analysts with the city."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("报备机构"), on_delete=models.PROTECT, related_name="+")
    submitted_on = models.DateField(_("报备日期"))
    headcount = models.PositiveIntegerField(_("报备人数"))
    snapshot = models.JSONField(_("报备名单"), default=list)

    class Meta:
        verbose_name = _("人员备案")
        verbose_name_plural = _("人员备案")
        ordering = ["-submitted_on"]
