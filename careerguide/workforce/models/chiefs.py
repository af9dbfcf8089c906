"""Chief counsellors (SD-5-*), service teams (SD-4-4) and research projects (SD-6-*)."""
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from ..states import SelectionStatus
from .register import Counsellor


class ServiceTeam(BaseModel):
    """SD-4-4: a professional service team; no minimum size is enforced."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("依托机构"), on_delete=models.PROTECT, related_name="+")
    name = models.CharField(_("团队名称"), max_length=100)
    leader = models.ForeignKey(Counsellor, verbose_name=_("负责人"), on_delete=models.PROTECT, related_name="led_teams")
    members = models.ManyToManyField(Counsellor, verbose_name=_("成员"), related_name="service_teams")
    focus = models.CharField(_("服务方向"), max_length=200)
    started_on = models.DateField(_("组建日期"))

    class Meta:
        verbose_name = _("职业指导专业服务团队")
        verbose_name_plural = _("职业指导专业服务团队")

    def __str__(self):
        return self.name


class ChiefSelectionRound(BaseModel):
    """SD-5-2: one locality's (default city) selection round."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("推选地区"), on_delete=models.PROTECT, related_name="+")
    year = models.PositiveSmallIntegerField(_("年度"))
    methods = models.JSONField(_("评价方式"), default=list)
    status = models.CharField(_("状态"), max_length=16, choices=SelectionStatus.choices, default=SelectionStatus.ANNOUNCED)
    status_changed_at = models.DateTimeField(_("状态变更时间"), null=True, blank=True)

    class Meta:
        verbose_name = _("首席职业指导师推选")
        verbose_name_plural = _("首席职业指导师推选")
        constraints = [models.UniqueConstraint(fields=["unit", "year"], name="wf_one_round_per_locality_year")]

    def __str__(self):
        return f"{self.unit} {self.year}"


class ChiefNomination(BaseModel):
    jurisdiction_field = "round__unit"

    round = models.ForeignKey(ChiefSelectionRound, on_delete=models.CASCADE, related_name="nominations")
    counsellor = models.ForeignKey(Counsellor, on_delete=models.PROTECT, related_name="chief_nominations")
    warnings = models.JSONField(_("提示"), default=list)
    selected = models.BooleanField(_("当选"), default=False)

    class Meta:
        verbose_name = _("首席职业指导师推荐")
        verbose_name_plural = _("首席职业指导师推荐")
        constraints = [models.UniqueConstraint(fields=["round", "counsellor"], name="wf_nominated_once")]


class ChiefAppointment(BaseModel):
    """SD-5-3: a term as chief counsellor; ends early if the holder leaves or loses the certificate."""

    jurisdiction_field = "unit"

    counsellor = models.ForeignKey(Counsellor, on_delete=models.PROTECT, related_name="chief_appointments")
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("地区"), on_delete=models.PROTECT, related_name="+")
    round = models.ForeignKey(ChiefSelectionRound, on_delete=models.PROTECT, related_name="appointments")
    starts_on = models.DateField(_("任期开始"))
    ends_on = models.DateField(_("任期结束"))
    ended_early_on = models.DateField(_("提前终止日期"), null=True, blank=True)
    end_reason = models.CharField(_("终止原因"), max_length=24, blank=True, choices=[
        ("left_locality", _("离开本地职业指导工作")), ("certificate_lost", _("不再持有一级证书"))])

    class Meta:
        verbose_name = _("首席职业指导师聘任")
        verbose_name_plural = _("首席职业指导师聘任")
        ordering = ["-starts_on"]


class ChiefActivity(BaseModel):
    """SD-5-4: teams formed, training delivered, guidance and support given."""

    jurisdiction_field = "appointment__unit"

    appointment = models.ForeignKey(ChiefAppointment, on_delete=models.CASCADE, related_name="activities")
    kind = models.CharField(_("类型"), max_length=16, choices=[
        ("team", _("团队组建")), ("training", _("培训授课")), ("support", _("指导和支持"))])
    held_on = models.DateField(_("日期"))
    description = models.CharField(_("内容"), max_length=200)
    team = models.ForeignKey(ServiceTeam, null=True, blank=True, on_delete=models.SET_NULL)
    event = models.ForeignKey("workforce.TrainingEvent", null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        verbose_name = _("首席履职记录")
        verbose_name_plural = _("首席履职记录")


class ResearchProject(BaseModel):
    """SD-6-1: a research project with its lead (头雁) and outputs."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("承担机构"), on_delete=models.PROTECT, related_name="+")
    title = models.CharField(_("课题名称"), max_length=200)
    platform = models.CharField(_("依托平台"), max_length=100, blank=True)
    topic_type = models.CharField(_("课题类型"), max_length=16, choices=[
        ("difficult_issue", _("难点问题")), ("hot_issue", _("热点问题")), ("other", _("其他"))])
    lead = models.ForeignKey(Counsellor, verbose_name=_("负责人"), on_delete=models.PROTECT, related_name="led_projects")
    lead_is_expert = models.BooleanField(_("负责人为专家库成员"), default=False)
    members = models.ManyToManyField(Counsellor, verbose_name=_("成员"), related_name="research_projects", blank=True)
    starts_on = models.DateField(_("开始日期"))
    ends_on = models.DateField(_("结束日期"), null=True, blank=True)
    status = models.CharField(_("状态"), max_length=16, default="ongoing",
                              choices=[("ongoing", _("进行中")), ("completed", _("已结题"))])
    outputs = models.TextField(_("成果"), blank=True)
    warnings = models.JSONField(_("提示"), default=list)

    class Meta:
        verbose_name = _("课题")
        verbose_name_plural = _("课题")
