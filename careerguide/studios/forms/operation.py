"""Forms of a recognised studio's operation and supervision (HN-8-*, HN-9-*, HN-10-*, HN-11-*, SD-S-7)."""
from django import forms
from django.utils.translation import gettext_lazy as _

from ..choices import AuditConclusion, CertificateKind, CertificateOccupation, ExpenditureCategory
from ..rules.eligibility import Certificate
from ..rules.operation import T1, T2, VENUES
from .register import AREA, DATE, SELECT, TEXT

RESULTS = [("qualified", _("合格")), ("unqualified", _("不合格")), ("excellent", _("优秀（仅年度考核）"))]
KINDS = [("annual", _("年度考核")), ("term_end", _("期满评估"))]
FUNCTIONS = [("precise_guidance", _("精准职业指导、就业服务、政策咨询")), ("market_analysis", _("研判人力资源市场形势和趋势")),
             ("good_practice", _("总结和推广先进经验")), ("reserve_talent", _("培养就业指导后备人才"))]
VENUE_LABELS = dict(zip(VENUES, (_("进园区"), _("进校园"), _("进企业"), _("进社区")), strict=True))
LEAVE_REASONS = [("retirement", _("退休")), ("resignation", _("离职")), ("transfer", _("转岗")), ("death", _("死亡")),
                 ("other", _("其他"))]


def _text(label, *, required=True, max_length=200):
    return forms.CharField(label=label, required=required, max_length=max_length, widget=forms.TextInput(attrs=TEXT))


def _area(label, *, required=True):
    return forms.CharField(label=label, required=required, widget=forms.Textarea(attrs=AREA))


def _date(label, *, required=True):
    return forms.DateField(label=label, required=required, widget=DATE)


def _money(label, *, required=True):
    return forms.DecimalField(label=label, required=required, max_digits=12, decimal_places=2,
                              widget=forms.NumberInput(attrs=TEXT))


class AssessmentForm(forms.Form):
    kind = forms.ChoiceField(label=_("类别"), choices=KINDS, widget=forms.Select(attrs=SELECT))
    period = forms.IntegerField(label=_("年度（年度考核）或规划期序号（期满评估）"), min_value=1,
                                widget=forms.NumberInput(attrs=TEXT))
    result = forms.ChoiceField(label=_("结果"), choices=RESULTS, widget=forms.Select(attrs=SELECT))
    assessed_on = _date(_("考核日期"))
    opinion = _area(_("意见"), required=False)


class RecheckForm(forms.Form):
    passed = forms.TypedChoiceField(label=_("复查结论"), choices=[("1", _("整改达标")), ("0", _("仍不达标"))],
                                    coerce=lambda v: v == "1", widget=forms.RadioSelect)
    rechecked_on = _date(_("复查日期"))


class OutcomeEvaluationForm(forms.Form):
    round_title = _text(_("评鉴批次"), max_length=100)
    evaluated_on = _date(_("评鉴日期"))
    outcomes = _area(_("申报成果"))
    grade = _text(_("等次"), max_length=20)
    reward_amount = _money(_("以奖代补金额（元）"), required=False)
    reward_document = _text(_("奖补文号"), required=False, max_length=60)

    def clean_reward_amount(self):
        return self.cleaned_data["reward_amount"] or 0


class SpecialSubsidyForm(forms.Form):
    amount = _money(_("金额（元）"))
    purpose = _text(_("活动或用途"))
    granted_on = _date(_("拨付日期"))


class FundAuditForm(forms.Form):
    period_start = _date(_("审计期间起"))
    period_end = _date(_("审计期间止"))
    funds_covered = _text(_("审计资金"))
    auditors = _text(_("审计人员"))
    findings = _area(_("审计发现"))
    conclusion = forms.ChoiceField(label=_("结论"), choices=AuditConclusion.choices, widget=forms.Select(attrs=SELECT))
    corrections = _area(_("整改要求"), required=False)
    correction_deadline = _date(_("整改期限"), required=False)


class RecoveryForm(forms.Form):
    amount = _money(_("追回金额（元）"))
    reason = _area(_("理由"))
    decided_on = _date(_("决定日期"))


class SampleDrawForm(forms.Form):
    size = forms.IntegerField(label=_("抽取数量"), widget=forms.NumberInput(attrs=TEXT))
    seed = forms.IntegerField(label=_("随机种子"), help_text=_("记录种子，抽取结果可复核。"), widget=forms.NumberInput(attrs=TEXT))
    drawn_on = _date(_("抽取日期"))


class PlaqueRemoveForm(forms.Form):
    removed_on = _date(_("摘牌日期"))


class NominationForm(forms.Form):
    nominated_on = _date(_("推荐日期"))
    rationale = _area(_("推荐理由"))


class NominationOutcomeForm(forms.Form):
    nomination = forms.ModelChoiceField(label=_("省级推荐"), queryset=None, widget=forms.Select(attrs=SELECT))
    recognised = forms.TypedChoiceField(label=_("省级结果"), choices=[("1", _("认定为省级")), ("0", _("未获认定"))],
                                        coerce=lambda v: v == "1", widget=forms.RadioSelect)
    document = _text(_("省级文号"), max_length=60)
    date = _date(_("省级发文日期"))

    def __init__(self, *args, nominations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["nomination"].queryset = nominations


class CommentForm(forms.Form):
    text = _area(_("意见"))


class MemberLeaveForm(forms.Form):
    member = forms.ModelChoiceField(label=_("人员"), queryset=None, widget=forms.Select(attrs=SELECT))
    last_working_day = _date(_("最后工作日"))
    reason = forms.ChoiceField(label=_("离开原因"), choices=LEAVE_REASONS, widget=forms.Select(attrs=SELECT))

    def __init__(self, *args, members, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["member"].queryset = members


class LeadInstallForm(forms.Form):
    name = _text(_("姓名"), max_length=50)
    id_number = _text(_("身份证号码"), max_length=18)
    post = _text(_("岗位"), required=False, max_length=60)
    on = _date(_("更换日期"))
    named = forms.BooleanField(label=_("作为申报个人（工作室随之更名）"), required=False, initial=True)
    employer = _text(_("就业服务工作单位"), max_length=100)
    worked_from = _date(_("就业服务工作开始日期"))
    worked_until = _date(_("就业服务工作结束日期（在岗不填）"), required=False)
    certificate_occupation = forms.ChoiceField(label=_("相关证书职业"), required=False,
                                               choices=[("", "—"), *CertificateOccupation.choices],
                                               widget=forms.Select(attrs=SELECT))
    certificate_kind = forms.ChoiceField(label=_("证书类别"), required=False, choices=[("", "—"), *CertificateKind.choices],
                                         widget=forms.Select(attrs=SELECT))
    award_level = forms.ChoiceField(label=_("就业工作先进表彰级别"), required=False,
                                    choices=[("", "—"), ("provincial", _("省级")), ("national", _("国家级"))],
                                    widget=forms.Select(attrs=SELECT))
    route3_claimed = forms.BooleanField(label=_("以工作成绩突出、成果显著申报"), required=False)
    route3_evidence = _area(_("成绩和成果佐证"), required=False)

    @staticmethod
    def kwargs_of(d: dict) -> dict:
        """The installation service's arguments from the cleaned data."""
        certificates = [Certificate(occupation=d["certificate_occupation"], kind=d["certificate_kind"] or "qualification",
                                    reviewer_confirmed=True)] if d["certificate_occupation"] else []
        return {"name": d["name"], "id_number": d["id_number"], "post": d["post"], "on": d["on"], "named": d["named"],
                "work_history": [(d["worked_from"], d["worked_until"])], "certificates": certificates,
                "award_levels": [d["award_level"]] if d["award_level"] else [],
                "route3_claimed": d["route3_claimed"], "route3_evidence": d["route3_evidence"]}


class ActivityForm(forms.Form):
    held_on = _date(_("日期"))
    title = _text(_("活动名称"))
    target = forms.ChoiceField(label=_("指标类型"), widget=forms.Select(attrs=SELECT), choices=[
        (T1, _("区域性服务交流指导（每季度）")), (T2, _("“四进”主题活动（每年）")), ("other", _("其他活动"))])
    function = forms.ChoiceField(label=_("工作室功能"), choices=FUNCTIONS, widget=forms.Select(attrs=SELECT))
    venue = forms.ChoiceField(label=_("“四进”场所"), required=False, choices=[("", "—"), *VENUE_LABELS.items()],
                              widget=forms.Select(attrs=SELECT))
    regional = forms.BooleanField(label=_("区域性活动"), required=False)
    location = _text(_("地点"))
    organisers = _text(_("组织者"))
    participants = forms.IntegerField(label=_("参与人数"), min_value=0, initial=0, widget=forms.NumberInput(attrs=TEXT))
    summary = _area(_("内容摘要"), required=False)
    evidence = _text(_("佐证（照片、签到表、新闻链接）"), required=False, max_length=300)


class TraineeForm(forms.Form):
    name = _text(_("姓名"), max_length=50)
    id_number = _text(_("身份证号码"), max_length=18)
    unit_name = _text(_("单位"), max_length=100)
    post = _text(_("岗位"), max_length=60)
    content = _text(_("培养内容"))
    started_on = _date(_("开始日期"))
    completed_on = _date(_("完成日期"), required=False)
    result = _text(_("培养结果"), required=False, max_length=100)


class ExpenditureForm(forms.Form):
    spent_on = _date(_("日期"))
    amount = _money(_("金额（元）"))
    category = forms.ChoiceField(label=_("类别"), choices=ExpenditureCategory.choices, widget=forms.Select(attrs=SELECT))
    voucher = _text(_("凭证号"), max_length=60)
    description = _text(_("说明"), required=False)


class WorkPlanForm(forms.Form):
    term_index = forms.IntegerField(label=_("规划期"), min_value=1, initial=1, widget=forms.NumberInput(attrs=TEXT))
    submitted_on = _date(_("提交日期"))
    direction = _area(_("方向"), required=False)
    priorities = _area(_("重点"), required=False)
    level = _area(_("层次"), required=False)
    scale = _area(_("规模"), required=False)
    measures = _area(_("保障措施"), required=False)


class MemberAddForm(forms.Form):
    name = _text(_("姓名"), max_length=50)
    id_number = _text(_("身份证号码"), max_length=18)
    post = _text(_("岗位"), required=False, max_length=60)
    started_on = _date(_("加入日期"))
    qualifications = _text(_("资格"), required=False)


class BudgetForm(forms.Form):
    year = forms.IntegerField(label=_("预算年度"), min_value=2000, widget=forms.NumberInput(attrs=TEXT))
    included = forms.BooleanField(label=_("日常业务经费已纳入隶属法人单位年度预算"), required=False)
    amount = _money(_("预算金额（元）"), required=False)
    note = _text(_("说明"), required=False)
