"""Tiered training, courses, events, attendance and practice (SD-1-*, SD-2-*, BJ-69-*)."""
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from ..choices import (
    TIER_CHOICES,
    AssessmentResult,
    EventFormat,
    PartnerType,
    TrainingCategory,
    TrainingForm,
)
from .register import Counsellor


class TrainingPlan(BaseModel):
    """SD-1-2: a plan for one tier-category pair in one cycle year, with its own content."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("组织机构"), on_delete=models.PROTECT, related_name="+")
    year = models.PositiveSmallIntegerField(_("计划年度"))
    tier = models.PositiveSmallIntegerField(_("层级"), choices=TIER_CHOICES)
    category = models.CharField(_("类别"), max_length=32, choices=TrainingCategory.choices)
    title = models.CharField(_("计划名称"), max_length=100)
    content = models.TextField(_("培训内容"))

    class Meta:
        verbose_name = _("培训计划")
        verbose_name_plural = _("培训计划")
        constraints = [models.UniqueConstraint(fields=["unit", "year", "tier", "category"], name="wf_plan_per_pair")]

    def __str__(self):
        return self.title


class PlanEnrolment(BaseModel):
    """SD-1-2, SD-1-3: a counsellor enrolled in one plan per cycle; lower-tier history is kept."""

    jurisdiction_field = "counsellor__unit"

    plan = models.ForeignKey(TrainingPlan, on_delete=models.PROTECT, related_name="enrolments")
    counsellor = models.ForeignKey(Counsellor, on_delete=models.CASCADE, related_name="plan_enrolments")
    cycle_year = models.PositiveSmallIntegerField(_("周期年度"))
    completed_on = models.DateField(_("完成日期"), null=True, blank=True)

    class Meta:
        verbose_name = _("培训计划参训")
        verbose_name_plural = _("培训计划参训")
        constraints = [models.UniqueConstraint(fields=["counsellor", "cycle_year"], name="wf_one_plan_per_cycle")]


class TrainingCourse(BaseModel):
    """SD-1-4: a course or courseware with its development partners [{name, type}]."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("开发机构"), on_delete=models.PROTECT, related_name="+")
    title = models.CharField(_("课程名称"), max_length=100)
    partners = models.JSONField(_("合作开发单位"), default=list)

    class Meta:
        verbose_name = _("培训课程")
        verbose_name_plural = _("培训课程")

    def __str__(self):
        return self.title


class TrainingEvent(BaseModel):
    """SD-1-1, SD-1-5: an event tagged with tier and category; ``series`` groups a recurring series."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("举办机构"), on_delete=models.PROTECT, related_name="+")
    title = models.CharField(_("名称"), max_length=100)
    format = models.CharField(_("形式"), max_length=16, choices=EventFormat.choices)
    tier = models.PositiveSmallIntegerField(_("层级"), choices=TIER_CHOICES)
    category = models.CharField(_("类别"), max_length=32, choices=TrainingCategory.choices)
    course = models.ForeignKey(TrainingCourse, verbose_name=_("课程"), null=True, blank=True, on_delete=models.SET_NULL)
    speakers = models.JSONField(_("主讲人"), default=list)
    series = models.CharField(_("系列名称"), max_length=100, blank=True, help_text=_("定期举办的系列活动填写同一名称。"))
    starts_on = models.DateField(_("开始日期"))
    ends_on = models.DateField(_("结束日期"))
    hours = models.DecimalField(_("学时"), max_digits=5, decimal_places=1)
    delivered_by = models.ForeignKey(Counsellor, verbose_name=_("授课的队伍人员"), null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="delivered_events")
    host_studio = models.ForeignKey("studios.Studio", verbose_name=_("承办的工作室"), null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="training_events",
                                    help_text=_("工作室作为人才“孵化器”“训练营”承办的活动（SD-8-3）。"))

    class Meta:
        verbose_name = _("培训活动")
        verbose_name_plural = _("培训活动")
        ordering = ["-starts_on"]

    def __str__(self):
        return self.title

    @property
    def has_external(self) -> bool:
        """SD-1-7: an external partner (course) or an external speaker."""
        partners = self.course.partners if self.course_id else []
        return any(p.get("type") != PartnerType.IN_HOUSE for p in partners) or bool(self.speakers)


class TrainingRecord(BaseModel):
    """BJ-69-2, SD-1-6: one person's completed training with its mandatory assessment."""

    jurisdiction_field = "counsellor__unit"

    counsellor = models.ForeignKey(Counsellor, on_delete=models.CASCADE, related_name="training_records")
    event = models.ForeignKey(TrainingEvent, null=True, blank=True, on_delete=models.PROTECT,
                              related_name="attendances")
    form = models.CharField(_("培训形式"), max_length=16, choices=TrainingForm.choices)
    provider = models.CharField(_("培训机构"), max_length=100)
    started_on = models.DateField(_("开始日期"))
    completed_on = models.DateField(_("结束日期"))
    hours = models.DecimalField(_("学时"), max_digits=5, decimal_places=1)
    assessment_method = models.CharField(_("考评方式"), max_length=16,
                                         choices=[("exam", _("考试")), ("paper", _("论文")), ("other", _("其他"))])
    completed = models.BooleanField(_("完成培训"), default=True)
    result = models.CharField(_("考评结果"), max_length=8, choices=AssessmentResult.choices, blank=True)
    theory_score = models.DecimalField(_("理论知识水平"), max_digits=5, decimal_places=1, null=True, blank=True)
    practice_score = models.DecimalField(_("实际操作能力"), max_digits=5, decimal_places=1, null=True, blank=True)
    source = models.CharField(_("来源"), max_length=64, blank=True, help_text=_("如在线学习记录编号（SD-17-4）。"))

    class Meta:
        verbose_name = _("培训记录")
        verbose_name_plural = _("培训记录")
        ordering = ["-completed_on"]
        constraints = [
            models.CheckConstraint(condition=models.Q(hours__gt=0), name="wf_training_hours_positive"),
            models.CheckConstraint(condition=models.Q(completed_on__gte=models.F("started_on")),
                                   name="wf_training_dates"),
            models.UniqueConstraint(fields=["counsellor", "event"], condition=models.Q(event__isnull=False),
                                    name="wf_attendance_once"),
            models.UniqueConstraint(fields=["source"], condition=~models.Q(source=""), name="wf_training_source_once"),
        ]


class CooperationAgreement(BaseModel):
    """SD-2-1: cooperation with government departments and HEIs."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("本方机构"), on_delete=models.PROTECT, related_name="+")
    partner = models.CharField(_("合作方"), max_length=100)
    partner_type = models.CharField(_("合作方类型"), max_length=24, choices=[
        ("government", _("政府部门")), ("hei", _("高等院校")), ("other", _("其他"))])
    scope = models.TextField(_("合作内容"))
    starts_on = models.DateField(_("开始日期"))
    ends_on = models.DateField(_("结束日期"), null=True, blank=True)
    contact = models.CharField(_("联系人"), max_length=50)

    class Meta:
        verbose_name = _("合作联动协议")
        verbose_name_plural = _("合作联动协议")


class PracticeActivity(BaseModel):
    """SD-2-2: scenario practice opportunities."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("组织机构"), on_delete=models.PROTECT, related_name="+")
    activity_type = models.CharField(_("活动类型"), max_length=24, choices=[
        ("enterprise_visit", _("走访企业")), ("labour_market_survey", _("人力资源市场调查")),
        ("job_fair_service", _("招聘会服务")), ("secondment", _("挂职锻炼")), ("other", _("其他"))])
    host = models.CharField(_("承接单位"), max_length=100)
    starts_on = models.DateField(_("开始日期"))
    ends_on = models.DateField(_("结束日期"))
    hours = models.DecimalField(_("时长（小时）"), max_digits=6, decimal_places=1)

    class Meta:
        verbose_name = _("场景式实践")
        verbose_name_plural = _("场景式实践")


class PracticeParticipation(BaseModel):
    jurisdiction_field = "counsellor__unit"

    activity = models.ForeignKey(PracticeActivity, on_delete=models.CASCADE, related_name="participations")
    counsellor = models.ForeignKey(Counsellor, on_delete=models.CASCADE, related_name="practice")
    front_line = models.BooleanField(_("一线职业指导人员"))

    class Meta:
        verbose_name = _("实践参与")
        verbose_name_plural = _("实践参与")
        constraints = [models.UniqueConstraint(fields=["activity", "counsellor"], name="wf_practice_once")]
