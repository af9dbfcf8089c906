"""Funds, audits, activities, trainees, plans, assessments and evaluations (HN-8-*, HN-9-*, HN-10-*, HN-11-3 .. HN-11-6)."""
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel
from careerguide.privacy.fields import EncryptedTextField

from ..choices import AuditConclusion, ExpenditureCategory
from .studios import Studio


class OneTimeSubsidy(BaseModel):
    """HN-8-1, HN-8-2: one per studio for its whole life (unique)."""

    studio = models.OneToOneField(Studio, on_delete=models.PROTECT, related_name="one_time_subsidy")
    amount = models.DecimalField(_("金额（元）"), max_digits=12, decimal_places=2)
    fund = models.CharField(_("资金来源"), max_length=40, default="市就业补助资金")
    granted_on = models.DateField(_("核定日期"))
    ruleset = models.CharField(_("适用规则"), max_length=40)


class Expenditure(BaseModel):
    """HN-8-3."""

    subsidy = models.ForeignKey(OneTimeSubsidy, on_delete=models.PROTECT, related_name="expenditures")
    spent_on = models.DateField(_("日期"))
    amount = models.DecimalField(_("金额（元）"), max_digits=12, decimal_places=2)
    category = models.CharField(_("类别"), max_length=20, choices=ExpenditureCategory.choices)
    description = models.CharField(_("说明"), max_length=200, blank=True)
    voucher = models.CharField(_("凭证号"), max_length=60)


class SpecialSubsidy(BaseModel):
    """HN-8-5: granted by the city or a county; any number, no fixed amount."""

    studio = models.ForeignKey(Studio, on_delete=models.PROTECT, related_name="special_subsidies")
    granting_level = models.CharField(_("拨付层级"), max_length=10, choices=[("city", _("市级")), ("county", _("县（区）级"))])
    granting_unit = models.ForeignKey("organisations.Unit", on_delete=models.PROTECT, related_name="+")
    fund = models.CharField(_("资金来源"), max_length=40, default="本级就业补助资金")
    amount = models.DecimalField(_("金额（元）"), max_digits=12, decimal_places=2)
    purpose = models.CharField(_("活动或用途"), max_length=200)
    granted_on = models.DateField(_("拨付日期"))


class SampleDraw(BaseModel):
    """HN-9-2: pool, size, seed and the studios drawn."""

    drawn_on = models.DateField(_("抽取日期"))
    pool = models.JSONField(_("抽检范围"))
    size = models.PositiveIntegerField(_("抽取数量"))
    seed = models.BigIntegerField(_("随机种子"))
    selected = models.JSONField(_("抽中工作室"))


class FundAudit(BaseModel):
    """HN-9-3."""

    studio = models.ForeignKey(Studio, on_delete=models.PROTECT, related_name="fund_audits")
    draw = models.ForeignKey(SampleDraw, null=True, blank=True, on_delete=models.PROTECT, related_name="audits")
    period_start = models.DateField(_("审计期间起"))
    period_end = models.DateField(_("审计期间止"))
    funds_covered = models.CharField(_("审计资金"), max_length=200)
    auditors = models.CharField(_("审计人员"), max_length=200)
    findings = models.TextField(_("审计发现"))
    conclusion = models.CharField(_("结论"), max_length=20, choices=AuditConclusion.choices)
    corrections = models.TextField(_("整改要求"), blank=True)
    correction_deadline = models.DateField(_("整改期限"), null=True, blank=True)


class Activity(BaseModel):
    """HN-10-6: one activity counts for the one target declared on it (HN-10-5)."""

    studio = models.ForeignKey(Studio, on_delete=models.CASCADE, related_name="activities")
    held_on = models.DateField(_("日期"))
    title = models.CharField(_("活动名称"), max_length=200)
    target = models.CharField(_("指标类型"), max_length=30, choices=[
        ("t1_regional_exchange", _("区域性服务交流指导（每季度）")),
        ("t2_four_into", _("“四进”主题活动（每年）")),
        ("other", _("其他活动"))])
    function = models.CharField(_("工作室功能"), max_length=30, choices=[
        ("precise_guidance", _("精准职业指导、就业服务、政策咨询")),
        ("market_analysis", _("研判人力资源市场形势和趋势")),
        ("good_practice", _("总结和推广先进经验")),
        ("reserve_talent", _("培养就业指导后备人才"))])
    venue = models.CharField(_("“四进”场所"), max_length=20, blank=True, choices=[
        ("park", _("进园区")), ("campus", _("进校园")), ("enterprise", _("进企业")), ("community", _("进社区"))])
    location = models.CharField(_("地点"), max_length=200)
    regional = models.BooleanField(_("区域性"), default=False)
    organisers = models.CharField(_("组织者"), max_length=200)
    participants = models.PositiveIntegerField(_("参与人数"), default=0)
    summary = models.TextField(_("内容摘要"), blank=True)
    evidence = models.CharField(_("佐证（照片、签到表、新闻链接）"), max_length=300, blank=True)


class Trainee(BaseModel):
    """HN-10-7: a backbone trainee."""

    protected_fields = ("id_number",)
    jurisdiction_field = "studio__host_unit__district"

    studio = models.ForeignKey(Studio, on_delete=models.CASCADE, related_name="trainees")
    name = models.CharField(_("姓名"), max_length=50)
    id_number = EncryptedTextField(_("身份证号码"))
    id_index = models.CharField(max_length=64, db_index=True, editable=False)
    unit_name = models.CharField(_("单位"), max_length=100)
    post = models.CharField(_("岗位"), max_length=60)
    content = models.CharField(_("培养内容"), max_length=200)
    started_on = models.DateField(_("开始日期"))
    completed_on = models.DateField(_("完成日期"), null=True, blank=True)
    result = models.CharField(_("培养结果"), max_length=100, blank=True)
    counted_before = models.BooleanField(_("以前年度已计入"), default=False)


class WorkPlan(BaseModel):
    """HN-11-5."""

    studio = models.ForeignKey(Studio, on_delete=models.CASCADE, related_name="work_plans")
    term_index = models.PositiveSmallIntegerField(_("规划期"))
    submitted_on = models.DateField(_("提交日期"))
    direction = models.TextField(_("方向"))
    priorities = models.TextField(_("重点"))
    level = models.TextField(_("层次"))
    scale = models.TextField(_("规模"))
    measures = models.TextField(_("保障措施"))


class Assessment(BaseModel):
    """HN-11-3 (annual) and HN-11-4 (end-of-term)."""

    studio = models.ForeignKey(Studio, on_delete=models.CASCADE, related_name="assessments")
    kind = models.CharField(_("类别"), max_length=20, choices=[("annual", _("年度考核")), ("term_end", _("期满评估"))])
    period = models.PositiveIntegerField(_("年度或规划期"))
    result = models.CharField(_("结果"), max_length=20, choices=[
        ("excellent", _("优秀")), ("qualified", _("合格")), ("unqualified", _("不合格"))])
    opinion = models.TextField(_("意见"), blank=True)
    assessed_on = models.DateField(_("考核日期"))
    target_report = models.JSONField(_("指标完成情况"), default=list)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["studio", "kind", "period"], name="studio_assessment_once")]


class RectificationOrder(BaseModel):
    """HN-11-14."""

    studio = models.ForeignKey(Studio, on_delete=models.CASCADE, related_name="rectifications")
    assessment = models.ForeignKey(Assessment, on_delete=models.PROTECT, related_name="+")
    ordered_on = models.DateField(_("下达日期"))
    deadline = models.DateField(_("整改期限"))
    rechecked_on = models.DateField(_("复查日期"), null=True, blank=True)
    passed = models.BooleanField(_("复查达标"), null=True)


class OutcomeEvaluation(BaseModel):
    """HN-11-6: a grade per studio in an evaluation round; the reward in lieu of subsidy."""

    studio = models.ForeignKey(Studio, on_delete=models.CASCADE, related_name="evaluations")
    round_title = models.CharField(_("评鉴批次"), max_length=100)
    evaluated_on = models.DateField(_("评鉴日期"))
    outcomes = models.TextField(_("申报成果"))
    grade = models.CharField(_("等次"), max_length=20)
    reward_amount = models.DecimalField(_("以奖代补金额（元）"), max_digits=12, decimal_places=2, default=0)
    reward_document = models.CharField(_("奖补文号"), max_length=60, blank=True)
