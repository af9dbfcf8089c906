"""Forms of the staff matching pages."""
from django import forms
from django.utils.translation import gettext_lazy as _

from . import rules
from .states import WORKING_PATTERN_CHOICES, ConsentChannel, Outcome

SKILL_CHOICES = [("", _("不限")), (1, _("一级（高级技师）")), (2, _("二级（技师）")), (3, _("三级（高级工）")),
                 (4, _("四级（中级工）")), (5, _("五级（初级工）"))]
DATE = forms.DateInput(attrs={"type": "date", "class": "form-control"})


class RecommendForm(forms.Form):
    """One recommendation with the person's consent (BJ-15-2, BJ-40-1)."""

    consent_channel = forms.ChoiceField(label=_("本人同意方式"), choices=[("", "---------")] + ConsentChannel.choices,
                                        widget=forms.Select(attrs={"class": "form-select form-select-sm"}))
    consent_note = forms.CharField(label=_("同意情况说明"), required=False, max_length=200,
                                   widget=forms.TextInput(attrs={"class": "form-control form-control-sm"}))
    note = forms.CharField(label=_("推荐说明"), required=False, max_length=300,
                           widget=forms.TextInput(attrs={"class": "form-control form-control-sm"}))


class OutcomeForm(forms.Form):
    outcome = forms.ChoiceField(label=_("推荐结果"), choices=[(v, label) for v, label in Outcome.choices if v != "pending"],
                                widget=forms.Select(attrs={"class": "form-select"}))
    outcome_on = forms.DateField(label=_("结果日期"), required=False, widget=DATE)
    not_hired_reason = forms.ChoiceField(
        label=_("未录用原因"), required=False,
        choices=[("", "---------")] + [(code, f"{text}（{'本人原因' if own else '非本人原因'}）")
                                       for code, (text, own) in rules.NOT_HIRED_REASONS.items()],
        widget=forms.Select(attrs={"class": "form-select"}))
    job_start = forms.DateField(label=_("上岗日期（录用时填写）"), required=False, widget=DATE)
    note = forms.CharField(label=_("结果说明"), required=False, max_length=300,
                           widget=forms.TextInput(attrs={"class": "form-control"}))


class MatchProfileForm(forms.Form):
    required_skill_level = forms.TypedChoiceField(label=_("要求的职业技能等级（及以上）"), choices=SKILL_CHOICES, coerce=int,
                                                  empty_value=None, required=False,
                                                  widget=forms.Select(attrs={"class": "form-select"}))
    min_experience_months = forms.IntegerField(label=_("要求的相关工作经验（月）"), required=False, min_value=0,
                                               widget=forms.NumberInput(attrs={"class": "form-control"}))
    working_pattern = forms.ChoiceField(label=_("工作方式"), choices=[("", _("未注明"))] + WORKING_PATTERN_CHOICES,
                                        required=False, widget=forms.Select(attrs={"class": "form-select"}))
    start_within_days = forms.IntegerField(label=_("要求到岗天数"), min_value=0, max_value=365,
                                           widget=forms.NumberInput(attrs={"class": "form-control"}))


class InstrumentForm(forms.Form):
    version = forms.CharField(label=_("版本号"), max_length=40, widget=forms.TextInput(attrs={"class": "form-control"}))
    effective_from = forms.DateField(label=_("生效日期"), widget=DATE)
    min_score = forms.IntegerField(label=_("推荐分数线"), min_value=0, max_value=100, initial=60,
                                   widget=forms.NumberInput(attrs={"class": "form-control"}))
    unknown_credit_percent = forms.IntegerField(label=_("信息不全时的计分比例（%）"), min_value=0, max_value=100, initial=50,
                                                widget=forms.NumberInput(attrs={"class": "form-control"}))
    pay_tolerance_percent = forms.IntegerField(label=_("薪酬容差（%）"), min_value=0, max_value=100, initial=10,
                                               widget=forms.NumberInput(attrs={"class": "form-control"}))
    note = forms.CharField(label=_("说明"), required=False, max_length=300,
                           widget=forms.TextInput(attrs={"class": "form-control"}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for key in rules.CRITERIA:
            self.fields[f"weight_{key}"] = forms.IntegerField(
                label=_("权重：%(c)s") % {"c": rules.CRITERION_LABELS[key]}, min_value=0, max_value=100,
                initial=rules.DEFAULT_INSTRUMENT.weights[key], widget=forms.NumberInput(attrs={"class": "form-control"}))


    def weights(self) -> dict:
        return {key: self.cleaned_data[f"weight_{key}"] for key in rules.CRITERIA}
