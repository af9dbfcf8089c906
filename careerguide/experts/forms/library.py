"""Forms of the Shandong expert library pages (SD-9-1, SD-9-2, SD-9-4, SD-9-5)."""
from django import forms
from django.utils.translation import gettext_lazy as _

from ..choices import EngagementPurpose, LibraryCategory, LibraryLevel

DATE = forms.DateInput(attrs={"type": "date", "class": "form-control"})
TEXT = {"class": "form-control"}


class LibraryEnrolForm(forms.Form):
    level = forms.ChoiceField(label=_("专家库层级"), choices=LibraryLevel.choices,
                              widget=forms.Select(attrs={"class": "form-select"}))
    name = forms.CharField(label=_("姓名"), max_length=40, widget=forms.TextInput(attrs=TEXT))
    id_number = forms.CharField(label=_("身份证号码"), max_length=18, widget=forms.TextInput(attrs=TEXT))
    organisation = forms.CharField(label=_("所在单位"), max_length=100, widget=forms.TextInput(attrs=TEXT))
    category = forms.ChoiceField(label=_("专家类别"), choices=LibraryCategory.choices,
                                 widget=forms.Select(attrs={"class": "form-select"}))
    fields_text = forms.CharField(label=_("专业领域"), max_length=300, help_text=_("多个领域用顿号或逗号分隔。"),
                                  widget=forms.TextInput(attrs=TEXT))
    title = forms.CharField(label=_("职称或技能等级"), max_length=60, widget=forms.TextInput(attrs=TEXT))
    term_start = forms.DateField(label=_("聘期开始"), widget=DATE)
    term_end = forms.DateField(label=_("聘期结束"), widget=DATE)

    def service_kwargs(self) -> dict:
        d = dict(self.cleaned_data)
        raw = d.pop("fields_text").replace("，", "、").replace(",", "、")
        return {**d, "fields": [f for f in raw.split("、") if f.strip()]}


class LibraryRemoveForm(forms.Form):
    reason = forms.CharField(label=_("出库理由"), max_length=300, widget=forms.Textarea(attrs={**TEXT, "rows": 3}))


class _EngagementBase(forms.Form):
    purpose = forms.ChoiceField(label=_("用途"), choices=EngagementPurpose.choices,
                                widget=forms.Select(attrs={"class": "form-select"}))
    activity = forms.CharField(label=_("活动"), max_length=200, widget=forms.TextInput(attrs=TEXT))
    on = forms.DateField(label=_("日期"), widget=DATE)
    subject_organisation = forms.CharField(label=_("评审或评价对象所在单位"), max_length=100, required=False,
                                           help_text=_("评审、评价时填写，该单位的专家须回避。"),
                                           widget=forms.TextInput(attrs=TEXT))


class EngagementForm(_EngagementBase):
    experts = forms.ModelMultipleChoiceField(label=_("专家"), queryset=None,
                                             widget=forms.SelectMultiple(attrs={"class": "form-select"}))
    output = forms.CharField(label=_("成果"), required=False, widget=forms.Textarea(attrs={**TEXT, "rows": 3}))

    def __init__(self, *args, experts, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["experts"].queryset = experts
        self.fields["experts"].label_from_instance = lambda m: f"{m.name}（{m.get_library_level_display()}，{m.work_unit}）"


class PanelDrawForm(_EngagementBase):
    size = forms.IntegerField(label=_("抽取人数"), min_value=1, max_value=50,
                              widget=forms.NumberInput(attrs=TEXT))


class ReportPeriodForm(forms.Form):
    start = forms.DateField(label=_("开始日期"), widget=DATE)
    end = forms.DateField(label=_("结束日期"), widget=DATE)

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            raise forms.ValidationError(_("结束日期不能早于开始日期。"))
        return data
