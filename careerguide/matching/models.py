"""Matching (BJ-15, BJ-16, BJ-40, BJ-41): instrument versions, vacancy matching profiles and
recommendations with their consent, match result and outcome."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from .states import OPEN_OUTCOMES, WORKING_PATTERN_CHOICES, ConsentChannel, Direction, Outcome


class MatchingInstrument(BaseModel):
    """One version of the precise occupational matching tool (BJ-6-2, BJ-15-4).

    Immutable: a change is a new version.  The newest version effective on a date is used."""

    version = models.CharField(_("版本"), max_length=40, unique=True)
    name = models.CharField(_("名称"), max_length=100)
    purpose = models.CharField(_("用途"), max_length=200)
    weights = models.JSONField(_("各匹配条件权重"))
    min_score = models.PositiveSmallIntegerField(_("推荐分数线"))
    unknown_credit_percent = models.PositiveSmallIntegerField(_("信息不全时的计分比例（%）"))
    pay_tolerance_percent = models.PositiveSmallIntegerField(_("薪酬容差（%）"))
    output_scale = models.CharField(_("结果刻度"), max_length=20, default="0-100")
    effective_from = models.DateField(_("生效日期"))
    published_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("发布人"), null=True, blank=True,
                                     on_delete=models.PROTECT, related_name="+")
    note = models.CharField(_("说明"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("精准职业匹配工具版本")
        verbose_name_plural = _("精准职业匹配工具版本")
        ordering = ["-effective_from", "-pk"]

    def __str__(self):
        return f"{self.name} {self.version}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("instrument versions are immutable; publish a new version instead")
        super().save(*args, **kwargs)


class VacancyMatchProfile(BaseModel):
    """The requirements of a vacancy as the matching tool reads them, recorded by staff in the
    employer's demand assessment (BJ-40-1).  Append-only: the newest row of a vacancy applies."""

    jurisdiction_field = "unit"

    vacancy = models.ForeignKey("vacancies.Vacancy", verbose_name=_("招聘信息"), on_delete=models.PROTECT,
                                related_name="match_profiles")
    required_skill_level = models.PositiveSmallIntegerField(_("要求的职业技能等级（及以上）"), null=True, blank=True)
    min_experience_months = models.PositiveSmallIntegerField(_("要求的相关工作经验（月）"), null=True, blank=True)
    working_pattern = models.CharField(_("工作方式"), max_length=16, choices=WORKING_PATTERN_CHOICES, blank=True)
    start_within_days = models.PositiveSmallIntegerField(_("要求到岗天数"))
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("记录机构"), on_delete=models.PROTECT, related_name="+")
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("记录人"), null=True,
                                    on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("岗位匹配条件")
        verbose_name_plural = _("岗位匹配条件")
        ordering = ["-created_at", "-pk"]


class Recommendation(BaseModel):
    """One person recommended for one vacancy, in either direction, with the match result, the
    person's consent and the outcome (BJ-15-2, BJ-40-1, BJ-16-1, BJ-41-1, BJ-30-8).  The follow-up date is
    the due date of its outcome duty, kept only there."""

    jurisdiction_field = "unit"

    job_seeker = models.ForeignKey("job_seekers.JobSeeker", verbose_name=_("求职者"), on_delete=models.PROTECT,
                                   related_name="recommendations")
    vacancy = models.ForeignKey("vacancies.Vacancy", verbose_name=_("岗位"), on_delete=models.PROTECT,
                                related_name="recommendations")
    employer = models.ForeignKey("employers.Employer", verbose_name=_("用人单位"), on_delete=models.PROTECT,
                                 related_name="recommendations")
    direction = models.CharField(_("推荐方向"), max_length=16, choices=Direction.choices)
    recommended_on = models.DateField(_("推荐日期"))
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("推荐机构"), on_delete=models.PROTECT, related_name="+")
    staff = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("经办人"), on_delete=models.PROTECT,
                              related_name="+")
    note = models.CharField(_("推荐说明"), max_length=300, blank=True)
    # the match result (BJ-15-4, BJ-6-2)
    instrument = models.ForeignKey(MatchingInstrument, verbose_name=_("匹配工具版本"), on_delete=models.PROTECT,
                                   related_name="+")
    score = models.PositiveSmallIntegerField(_("匹配得分"))
    explanation = models.JSONField(_("各条件匹配说明"))
    inputs = models.JSONField(_("匹配依据"))
    # the person's consent (BJ-15-2 “根据其意愿”; BJ-40-1 proposal)
    consent_channel = models.CharField(_("同意方式"), max_length=16, choices=ConsentChannel.choices)
    consent_on = models.DateField(_("同意日期"))
    consent_note = models.CharField(_("同意情况说明"), max_length=200, blank=True)
    # the outcome (BJ-16-1, BJ-41-1, BJ-30-8)
    status = models.CharField(_("推荐结果"), max_length=16, choices=Outcome.choices, default=Outcome.PENDING)
    status_changed_at = models.DateTimeField(_("结果变更时间"), null=True, blank=True)
    outcome_on = models.DateField(_("结果日期"), null=True, blank=True)
    not_hired_reason = models.CharField(_("未录用原因"), max_length=32, blank=True)
    person_attributable = models.BooleanField(_("本人原因"), null=True, blank=True)
    outcome_note = models.CharField(_("结果说明"), max_length=300, blank=True)
    outcome_recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("结果记录人"), null=True,
                                            blank=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("匹配推荐")
        verbose_name_plural = _("匹配推荐")
        ordering = ["-recommended_on", "-pk"]
        indexes = [models.Index(fields=["unit", "status"], name="recommendation_follow_up_idx"),
                   models.Index(fields=["employer", "direction", "status"], name="recommendation_employer_idx")]
        constraints = [
            models.UniqueConstraint(fields=["job_seeker", "vacancy"], condition=models.Q(status__in=OPEN_OUTCOMES),
                                    name="recommendation_one_open_per_pair"),
            models.CheckConstraint(condition=~models.Q(status=Outcome.NOT_HIRED) | models.Q(person_attributable__isnull=False),
                                   name="recommendation_not_hired_has_attribution"),
        ]

    def __str__(self):
        return f"{self.job_seeker} → {self.vacancy}"

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_OUTCOMES


# ---- match features: what the instrument reads, kept in step by the services that change it ---------------


class JobSeekerMatchFeatures(models.Model):
    """What the instrument reads of one person (`facts`, the instrument's input) and the same as flat columns.
    Written by `services.features.job_seeker_features_refresh` in the transaction of every change to the
    person's profile, readiness, work history or certificates.  The candidate ranking reads `facts` into each
    process's copy (`candidate_store`); the flat columns and `JobSeekerMatchKey` serve the rebuild's drift
    count and ad-hoc queries."""

    job_seeker = models.OneToOneField("job_seekers.JobSeeker", primary_key=True, on_delete=models.CASCADE,
                                      related_name="match_features")
    facts = models.JSONField()
    sought_major = models.CharField(max_length=16, blank=True)  # major group of the sought occupation ("" for none)
    has_codes = models.BooleanField()  # any occupation code at all (sought, work history, certificate)
    skill_level = models.PositiveSmallIntegerField(null=True)
    cert_level_any = models.PositiveSmallIntegerField(null=True)  # best certificate level, whatever its occupation
    exp_closed_months = models.PositiveIntegerField(default=0)  # every work-history item (vacancies without a code)
    exp_open_count = models.PositiveSmallIntegerField(default=0)
    exp_open_start_sum = models.PositiveIntegerField(default=0)  # month numbers (year × 12 + month) of open items
    exp_open_start_max = models.PositiveIntegerField(null=True)
    salary_min = models.PositiveIntegerField(null=True)
    working_pattern = models.CharField(max_length=16, blank=True)
    habitual_district_id = models.IntegerField(null=True)
    has_area = models.BooleanField()
    area_any = models.BooleanField()
    area_districts = models.CharField(max_length=400, blank=True)  # ",3,5,": districts named in the sought area
    job_ready = models.BooleanField(null=True)
    earliest_start = models.DateField(null=True)
    refreshed_at = models.DateTimeField()

    class Meta:
        verbose_name = _("求职者匹配特征")
        verbose_name_plural = _("求职者匹配特征")
        indexes = [models.Index(fields=["job_ready", "has_codes"], name="seeker_features_ready_idx"),
                   models.Index(fields=["exp_open_start_max"], name="seeker_features_open_idx")]


class JobSeekerMatchKey(models.Model):
    """One occupation code or group (major, medium, minor, occupation) of a job-ready person, with what the
    instrument reads for vacancies of that group: the best certificate level and the work-history months
    (the same grouping `candidate_pool` keeps in memory)."""

    job_seeker = models.ForeignKey("job_seekers.JobSeeker", on_delete=models.CASCADE, related_name="+",
                                   db_index=False)
    code_group = models.CharField(max_length=16)
    cert_level = models.PositiveSmallIntegerField(null=True)
    exp_closed_months = models.PositiveIntegerField(default=0)
    exp_open_count = models.PositiveSmallIntegerField(default=0)
    exp_open_start_sum = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("求职者匹配职业键")
        verbose_name_plural = _("求职者匹配职业键")
        indexes = [models.Index(fields=["code_group", "job_seeker"], name="seeker_key_group_idx")]
        constraints = [models.UniqueConstraint(fields=["job_seeker", "code_group"], name="seeker_key_one_per_group")]


class VacancyMatchFeatures(models.Model):
    """What the instrument reads of one published vacancy (its published version and newest matching profile).
    The row exists while the vacancy is published; written by `services.features.vacancy_features_refresh`."""

    vacancy = models.OneToOneField("vacancies.Vacancy", primary_key=True, on_delete=models.CASCADE,
                                   related_name="match_features")
    facts = models.JSONField()
    code = models.CharField(max_length=20, blank=True)
    g1 = models.CharField(max_length=16, blank=True)  # the code's major group ("" when malformed)
    g2 = models.CharField(max_length=16, blank=True)
    g3 = models.CharField(max_length=16, blank=True)
    g4 = models.CharField(max_length=16, blank=True)
    pay_min = models.PositiveIntegerField(null=True)
    pay_max = models.PositiveIntegerField(null=True)
    offered = models.PositiveIntegerField(null=True)  # pay_max or pay_min, as the instrument compares it
    district_id = models.IntegerField(null=True)
    required_skill_level = models.PositiveSmallIntegerField(null=True)
    min_experience_months = models.PositiveSmallIntegerField(null=True)
    working_pattern = models.CharField(max_length=16, blank=True)
    start_within_days = models.PositiveSmallIntegerField(null=True)  # none: the BJ-15-1 standard applies
    refreshed_at = models.DateTimeField()

    class Meta:
        verbose_name = _("岗位匹配特征")
        verbose_name_plural = _("岗位匹配特征")
        indexes = [models.Index(fields=["g4"], name="vacancy_features_g4_idx"),
                   models.Index(fields=["g3"], name="vacancy_features_g3_idx"),
                   models.Index(fields=["g2"], name="vacancy_features_g2_idx"),
                   models.Index(fields=["g1"], name="vacancy_features_g1_idx"),
                   models.Index(fields=["code"], name="vacancy_features_code_idx")]


class StoredVacancyList(models.Model):
    """A person's top 20 published vacancies as the nightly refresh ranked them (`services.nightly`), for the
    work that reads many persons' lists at once.  The matching page ranks on request and never reads it."""

    job_seeker = models.OneToOneField("job_seekers.JobSeeker", primary_key=True, on_delete=models.CASCADE,
                                      related_name="+")
    ranked_on = models.DateField()
    instrument_version = models.CharField(max_length=40)
    vacancies = models.JSONField()  # [[vacancy pk, score], …], best first
    refreshed_at = models.DateTimeField()

    class Meta:
        verbose_name = _("求职者岗位推荐清单（每日更新）")
        verbose_name_plural = _("求职者岗位推荐清单（每日更新）")


class VacancyFeaturesVersion(models.Model):
    """The version of the published vacancies' match features as a whole: one row, its `seq` raised in the
    transaction of every feature write (the row lock orders the writers, so versions follow commit order).
    A bulk rewrite draws a new `token`.  Each process keeps the vacancies' features in memory
    (`offer_store`) and checks this row on every read, so a change is matchable at once."""

    seq = models.BigIntegerField(default=0)
    token = models.CharField(max_length=32)

    class Meta:
        verbose_name = _("岗位匹配特征版本")
        verbose_name_plural = _("岗位匹配特征版本")


class VacancyFeatureStamp(models.Model):
    """The version in which a vacancy's match features last changed (written, replaced or removed): a process
    whose copy is at version n reloads the vacancies stamped after n."""

    vacancy_id = models.IntegerField(primary_key=True)
    seq = models.BigIntegerField(db_index=True)

    class Meta:
        verbose_name = _("岗位匹配特征变更")
        verbose_name_plural = _("岗位匹配特征变更")


class JobSeekerFeaturesVersion(models.Model):
    """The version of the job seekers' match features as a whole (as `VacancyFeaturesVersion` for vacancies): one
    row, its `seq` raised in the transaction of every write of a person's features, status or unit.  A bulk
    rewrite draws a new `token`.  Each process keeps the matchable persons' features in memory
    (`candidate_store`) and checks this row on every read."""

    seq = models.BigIntegerField(default=0)
    token = models.CharField(max_length=32)

    class Meta:
        verbose_name = _("求职者匹配特征版本")
        verbose_name_plural = _("求职者匹配特征版本")


class JobSeekerFeatureStamp(models.Model):
    """The version in which a person's match features, status or unit last changed: a process whose copy is at
    version n reloads the persons stamped after n."""

    job_seeker_id = models.IntegerField(primary_key=True)
    seq = models.BigIntegerField(db_index=True)

    class Meta:
        verbose_name = _("求职者匹配特征变更")
        verbose_name_plural = _("求职者匹配特征变更")
