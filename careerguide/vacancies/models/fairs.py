"""Job fairs (招聘会, BJ-42, BJ-43): the record, participating employers, attendees and outcomes."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from ..states import AttendeeChannel, FairFormat, FairStatus, FairType, OutcomeKind, PrepublicationCompliance


class JobFair(BaseModel):
    """BJ-43-6: organising agency, format and type, dates and times, venue or URL, pre-publication."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("主办机构"), on_delete=models.PROTECT, related_name="+")
    title = models.CharField(_("招聘会名称"), max_length=120)
    fair_format = models.CharField(_("招聘会形式"), max_length=10, choices=FairFormat.choices)
    fair_type = models.CharField(_("招聘会类型"), max_length=10, choices=FairType.choices)
    focus = models.CharField(_("行业或职业方向"), max_length=120, blank=True)
    fair_date = models.DateField(_("举办日期"))
    starts_at = models.TimeField(_("开始时间"), null=True, blank=True)
    ends_at = models.TimeField(_("结束时间"), null=True, blank=True)
    venue = models.CharField(_("举办地点"), max_length=200, blank=True)
    url = models.URLField(_("网址"), blank=True)
    status = models.CharField(_("状态"), max_length=16, choices=FairStatus.choices, default=FairStatus.PLANNED)
    prepublication_due = models.DateField(_("预发布计划日期"))
    prepublication_last = models.DateField(_("预发布最晚日期"))
    prepublished_at = models.DateTimeField(_("预发布时间"), null=True, blank=True)
    prepublished_on = models.DateField(_("预发布日期"), null=True, blank=True)
    prepublication_compliance = models.CharField(_("预发布合规情况"), max_length=10, choices=PrepublicationCompliance.choices,
                                                 blank=True)
    intake_opened_at = models.DateTimeField(_("开始报名时间"), null=True, blank=True)
    held_at = models.DateTimeField(_("举办时间"), null=True, blank=True)
    follow_up_at = models.DateTimeField(_("进入会后跟踪时间"), null=True, blank=True)
    closed_at = models.DateTimeField(_("结束时间"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("取消时间"), null=True, blank=True)

    class Meta:
        verbose_name = _("招聘会")
        verbose_name_plural = _("招聘会")
        indexes = [models.Index(fields=["unit", "fair_date"], name="job_fair_unit_date_idx")]

    def __str__(self):
        return f"{self.title}（{self.fair_date:%Y-%m-%d}）"


class FairParticipation(BaseModel):
    """An employer listed at a fair with its reviewed, published postings (BJ-43-1)."""

    fair = models.ForeignKey(JobFair, verbose_name=_("招聘会"), on_delete=models.PROTECT, related_name="participations")
    employer = models.ForeignKey("employers.Employer", verbose_name=_("用人单位"), on_delete=models.PROTECT, related_name="+")
    vacancies = models.ManyToManyField("vacancies.Vacancy", verbose_name=_("参会岗位"), related_name="fair_participations")
    signed_up_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("报名人"), on_delete=models.PROTECT, related_name="+")
    online = models.BooleanField(_("线上报名"), default=False)

    class Meta:
        verbose_name = _("参会单位")
        verbose_name_plural = _("参会单位")
        constraints = [models.UniqueConstraint(fields=["fair", "employer"], name="fair_participation_unique")]


class FairAttendee(BaseModel):
    """A job seeker registered at the fair (BJ-43-4).  Paper entries keep the fair date as the
    collection date (BJ-11-4); keying them on a later day is flagged, never refused (OQ 3)."""

    fair = models.ForeignKey(JobFair, verbose_name=_("招聘会"), on_delete=models.PROTECT, related_name="attendees")
    job_seeker = models.ForeignKey("job_seekers.JobSeeker", verbose_name=_("求职者"), on_delete=models.PROTECT, related_name="+")
    channel = models.CharField(_("登记方式"), max_length=10, choices=AttendeeChannel.choices)
    collected_on = models.DateField(_("采集日期"))
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("录入人"), on_delete=models.PROTECT, related_name="+")
    created_late = models.BooleanField(_("录入晚于采集日"), default=False)

    class Meta:
        verbose_name = _("招聘会求职登记")
        verbose_name_plural = _("招聘会求职登记")
        constraints = [models.UniqueConstraint(fields=["fair", "job_seeker"], name="fair_attendee_unique")]


class FairOutcome(BaseModel):
    """After the fair: an intention an employer reached or a job seeker's job start (BJ-43-5)."""

    fair = models.ForeignKey(JobFair, verbose_name=_("招聘会"), on_delete=models.PROTECT, related_name="outcomes")
    kind = models.CharField(_("结果类型"), max_length=20, choices=OutcomeKind.choices)
    employer = models.ForeignKey("employers.Employer", verbose_name=_("用人单位"), on_delete=models.PROTECT, related_name="+")
    job_seeker = models.ForeignKey("job_seekers.JobSeeker", verbose_name=_("求职者"), null=True, blank=True,
                                   on_delete=models.PROTECT, related_name="+")
    vacancy = models.ForeignKey("vacancies.Vacancy", verbose_name=_("岗位"), null=True, blank=True, on_delete=models.PROTECT,
                                related_name="+")
    count = models.PositiveIntegerField(_("人数"), default=1)
    occurred_on = models.DateField(_("日期"))
    note = models.CharField(_("说明"), max_length=200, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("录入人"), on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("招聘会成效")
        verbose_name_plural = _("招聘会成效")
