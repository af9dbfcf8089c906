"""Vacancies (招聘信息) with immutable versions, their screening and review (BJ-38, BJ-39, BJ-41).

A correction creates a new `VacancyVersion`; a version is never changed after it
is created, so the version that passed review and was published stays exactly as
reviewed.  Job fairs live in `fair_models.py`.
"""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from .states import ExpiryReason, ReviewDecision, VacancyStatus


class ScreeningRuleSetVersion(BaseModel):
    """A city's extension of the shipped screening rules (BJ-38-3, Open question 22).

    Append-only: the newest row is in force; a city retracts additions by saving a
    new version without them.  `extra` has the shape `load_ruleset(extra=…)` takes
    (definitions, grounds, rules, allow, parameters)."""

    name = models.CharField(_("扩展名称"), max_length=40, default="city")
    number = models.PositiveIntegerField(_("版本号"), unique=True)
    base_version = models.CharField(_("基础规则版本"), max_length=20)
    extra = models.JSONField(_("扩展规则"), default=dict, blank=True)
    note = models.CharField(_("修订说明"), max_length=300)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("修订人"), null=True, on_delete=models.PROTECT,
                                   related_name="+")

    class Meta:
        verbose_name = _("歧视性内容筛查规则版本")
        verbose_name_plural = _("歧视性内容筛查规则版本")

    def __str__(self):
        return f"{self.base_version}+{self.name}.{self.number}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("rule set versions are immutable; save a new version instead")
        super().save(*args, **kwargs)


class Vacancy(BaseModel):
    """One posting of an employer.  `unit` is the district agency that reviews it: the district
    of the employer's recruitment demand registration (BJ-39-4)."""

    jurisdiction_field = "unit"

    employer = models.ForeignKey("employers.Employer", verbose_name=_("用人单位"), on_delete=models.PROTECT,
                                 related_name="vacancies")
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("审核机构"), on_delete=models.PROTECT, related_name="+")
    status = models.CharField(_("状态"), max_length=16, choices=VacancyStatus.choices, default=VacancyStatus.DRAFT)
    latest_version = models.ForeignKey("VacancyVersion", verbose_name=_("最新版本"), null=True, on_delete=models.PROTECT,
                                       related_name="+")
    published_version = models.ForeignKey("VacancyVersion", verbose_name=_("发布版本"), null=True, blank=True,
                                          on_delete=models.PROTECT, related_name="+")
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("信息发布人员"), null=True,
                                     on_delete=models.PROTECT, related_name="+")
    submitted_at = models.DateTimeField(_("提交时间"), null=True, blank=True)
    published_at = models.DateTimeField(_("发布时间"), null=True, blank=True)
    expired_at = models.DateTimeField(_("失效时间"), null=True, blank=True)
    archived_at = models.DateTimeField(_("归档时间"), null=True, blank=True)
    expiry_reason = models.CharField(_("失效原因"), max_length=20, choices=ExpiryReason.choices, blank=True)
    filled_count = models.PositiveIntegerField(_("已招用人数"), default=0)

    class Meta:
        verbose_name = _("招聘信息")
        verbose_name_plural = _("招聘信息")
        indexes = [
            models.Index(fields=["unit", "status", "submitted_at"], name="vacancy_queue_idx"),
            models.Index(fields=["status", "published_at"], name="vacancy_public_idx"),
        ]

    def __str__(self):
        version = self.latest_version
        return f"{self.employer.name}：{version.title}" if version else str(self.employer)


class VacancyVersion(BaseModel):
    """The content of one submission, screened when it is created (BJ-38-2, BJ-38-3).

    There is no gender or ethnicity requirement field (BJ-38-3).  `findings` holds the
    screening findings (`Finding.to_dict()`), `ruleset_version` the rules used."""

    vacancy = models.ForeignKey(Vacancy, verbose_name=_("招聘信息"), on_delete=models.PROTECT, related_name="versions")
    number = models.PositiveSmallIntegerField(_("版本"))
    employer_profile = models.TextField(_("用人单位基本情况"), blank=True)
    title = models.CharField(_("岗位名称"), max_length=100)
    occupation_name = models.CharField(_("职业"), max_length=100, blank=True)
    occupation_code = models.CharField(_("职业代码"), max_length=20, blank=True)
    headcount = models.PositiveIntegerField(_("招用人数"), null=True, blank=True)
    job_content = models.TextField(_("工作内容"), blank=True)
    requirements = models.TextField(_("招录条件"), blank=True)
    pay_min = models.PositiveIntegerField(_("月劳动报酬下限（元）"), null=True, blank=True)
    pay_max = models.PositiveIntegerField(_("月劳动报酬上限（元）"), null=True, blank=True)
    pay_note = models.CharField(_("劳动报酬说明"), max_length=200, blank=True)
    benefits = models.TextField(_("福利待遇"), blank=True)
    social_insurance = models.TextField(_("社会保险"), blank=True)
    work_district = models.ForeignKey("organisations.Unit", verbose_name=_("工作地点（区）"), null=True, blank=True,
                                      on_delete=models.PROTECT, related_name="+")
    valid_until = models.DateField(_("有效期至"), null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("提交人"), null=True, on_delete=models.PROTECT,
                                   related_name="+")
    ruleset_version = models.CharField(_("筛查规则版本"), max_length=60)
    ruleset = models.ForeignKey(ScreeningRuleSetVersion, verbose_name=_("城市扩展规则"), null=True, blank=True,
                                on_delete=models.PROTECT, related_name="+")
    findings = models.JSONField(_("筛查发现"), default=list, blank=True)

    class Meta:
        verbose_name = _("招聘信息版本")
        verbose_name_plural = _("招聘信息版本")
        ordering = ["vacancy", "number"]
        constraints = [models.UniqueConstraint(fields=["vacancy", "number"], name="vacancy_version_unique")]

    def __str__(self):
        return _("%(title)s（第%(n)s版）") % {"title": self.title, "n": self.number}

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("vacancy versions are immutable; a correction is a new version")
        super().save(*args, **kwargs)


class FindingOverride(BaseModel):
    """A reviewer resolving one screening finding as lawful, with the legal basis (BJ-38-3, OQ 22)."""

    version = models.ForeignKey(VacancyVersion, verbose_name=_("招聘信息版本"), on_delete=models.PROTECT,
                                related_name="overrides")
    finding_index = models.PositiveSmallIntegerField(_("筛查发现序号"))
    legal_basis = models.TextField(_("法律依据"))
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("审核人员"), on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("筛查发现排除")
        verbose_name_plural = _("筛查发现排除")
        constraints = [models.UniqueConstraint(fields=["version", "finding_index"], name="finding_override_unique")]


class VacancyReview(BaseModel):
    """The review of one version: reviewer, date, a result per criterion and every defect (BJ-38-1, BJ-39-2).

    `defects` is the one-time notice (BJ-5-7); `repeated_defects` lists the defects an earlier
    notice should already have listed (the quality exception of BJ-5-7)."""

    version = models.OneToOneField(VacancyVersion, verbose_name=_("招聘信息版本"), on_delete=models.PROTECT,
                                   related_name="review")
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("审核机构"), on_delete=models.PROTECT, related_name="+")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("审核人员"), on_delete=models.PROTECT, related_name="+")
    reviewed_on = models.DateField(_("审核日期"))
    completeness_passed = models.BooleanField(_("内容完整性"))
    truthfulness_passed = models.BooleanField(_("真实性"))
    legality_passed = models.BooleanField(_("合法性"))
    validity_passed = models.BooleanField(_("有效性"))
    truthfulness_note = models.CharField(_("真实性意见"), max_length=300, blank=True)
    legality_note = models.CharField(_("合法性意见"), max_length=300, blank=True)
    validity_note = models.CharField(_("有效性意见"), max_length=300, blank=True)
    decision = models.CharField(_("审核结论"), max_length=16, choices=ReviewDecision.choices)
    defects = models.JSONField(_("一次性告知的问题"), default=list, blank=True)
    repeated_defects = models.JSONField(_("应在首次告知而未告知的问题"), default=list, blank=True)

    class Meta:
        verbose_name = _("招聘信息审核")
        verbose_name_plural = _("招聘信息审核")

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("reviews are immutable")
        super().save(*args, **kwargs)

    @property
    def is_quality_exception(self) -> bool:
        return bool(self.repeated_defects)


from .fair_models import FairAttendee, FairOutcome, FairParticipation, JobFair  # noqa: E402,F401  (registered with the app)
from .feedback_models import ScreeningFeedback  # noqa: E402,F401  (registered with the app)
