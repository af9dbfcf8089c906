"""Forms of the screening and review steps of an application (CZ-6-9, CZ-6-15, CZ-6-18, CZ-7-1 .. CZ-7-11)."""
from django import forms
from django.utils.translation import gettext_lazy as _

from ..choices import EnterpriseSize, VerificationMethod
from .membership import AREA, DATE, SELECT, TEXT

YES_NO = [("1", _("是")), ("0", _("否"))]
UNKNOWN_YES_NO = [("", _("未认定")), ("1", _("是")), ("0", _("否"))]


def _flag(label, choices=YES_NO, required=True):
    return forms.TypedChoiceField(label=label, choices=choices, coerce=lambda v: v == "1", empty_value=None,
                                  required=required, widget=forms.RadioSelect if required else forms.Select(attrs=SELECT))


def _area(label, required=False):
    return forms.CharField(label=label, required=required, widget=forms.Textarea(attrs=AREA))


class PreliminaryForm(forms.Form):
    recommend = _flag(_("初审意见"), [("1", _("推荐")), ("0", _("不推荐"))])
    reason = _area(_("初审意见说明"), required=True)
    seal = forms.FileField(label=_("盖章意见扫描件"), required=False)


class ReasonForm(forms.Form):
    reason = _area(_("原因"))


class NomineeConfirmForm(forms.Form):
    id_number = forms.CharField(label=_("本人证件号码"), max_length=30, widget=forms.TextInput(attrs=TEXT))


class QualificationForm(forms.Form):
    passed = _flag(_("资格审查结论"), [("1", _("通过")), ("0", _("不通过"))])
    reason = _area(_("理由"))
    age_justification = _area(_("年龄例外说明（超过65周岁时必填）"))
    no_category_reason = _area(_("不符合所列人员组成类别的通过理由"))
    enterprise_size = forms.ChoiceField(label=_("确认企业规模"), required=False, choices=EnterpriseSize.choices,
                                        widget=forms.Select(attrs=SELECT))
    good_operating_condition = _flag(_("企业经营状况良好"), UNKNOWN_YES_NO, required=False)
    high_research_level = _flag(_("前沿领域较高研究水平"), UNKNOWN_YES_NO, required=False)


class VerificationForm(forms.Form):
    method = forms.ChoiceField(label=_("方式"), choices=VerificationMethod.choices, widget=forms.Select(attrs=SELECT))
    on = forms.DateField(label=_("日期"), widget=DATE)
    summary = _area(_("情况摘要"), required=True)
    finding = _area(_("结论"))


class ComprehensiveForm(forms.Form):
    proposed = _flag(_("综合评审结论"), [("1", _("拟聘")), ("0", _("未入选"))])
    reason = _area(_("理由"), required=True)
    score = forms.DecimalField(label=_("得分（可不填）"), required=False, max_digits=6, decimal_places=2,
                               widget=forms.NumberInput(attrs=TEXT))
    rank = forms.IntegerField(label=_("排名（可不填）"), required=False, min_value=1, widget=forms.NumberInput(attrs=TEXT))


class ObjectionDecideForm(forms.Form):
    objection = forms.ModelChoiceField(label=_("异议"), queryset=None, widget=forms.Select(attrs=SELECT))
    substantiated = _flag(_("核查结论"), [("0", _("异议不成立")), ("1", _("异议成立"))])
    finding = _area(_("核查情况"), required=True)

    def __init__(self, *args, objections, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["objection"].queryset = objections


class ObjectionRecordForm(forms.Form):
    """CZ-7-10: an objection city HRSS received by letter, telephone or in person during the notice."""

    channel = forms.ChoiceField(label=_("收到方式"), choices=[("来信", _("来信")), ("电话", _("电话")), ("来访", _("来访")),
                                                          ("电子邮件", _("电子邮件"))], widget=forms.Select(attrs=SELECT))
    content = _area(_("异议内容"), required=True)
    objector_name = forms.CharField(label=_("异议人（可匿名）"), required=False, max_length=40,
                                    widget=forms.TextInput(attrs=TEXT))
    objector_contact = forms.CharField(label=_("异议人联系方式"), required=False, max_length=60,
                                       widget=forms.TextInput(attrs=TEXT))


class RoundForm(forms.Form):
    title = forms.CharField(label=_("名称"), max_length=100, widget=forms.TextInput(attrs=TEXT))
    open_date = forms.DateField(label=_("开始日期"), widget=DATE)
    closing_date = forms.DateField(label=_("申报截止日"), widget=DATE)
    early_reason = forms.CharField(label=_("提前开展理由（距上一批次不足两年时必填）"), required=False, max_length=300,
                                   widget=forms.TextInput(attrs=TEXT))


class PanelForm(forms.Form):
    user = forms.ModelChoiceField(label=_("评审专家账号"), queryset=None, widget=forms.Select(attrs=SELECT))
    unit_name = forms.CharField(label=_("所在单位"), max_length=100, widget=forms.TextInput(attrs=TEXT))

    def __init__(self, *args, accounts, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = accounts
