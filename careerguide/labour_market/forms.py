"""Forms of the labour-market pages.  They only shape input; every rule is in the services."""
from django import forms
from django.utils.translation import gettext_lazy as _

from careerguide.common.training_needs import TrainingLevel
from careerguide.occupations.widgets import OccupationPicker

from .choices import AnalysisKind, InformationCategory, ReportKind


class ReportForm(forms.Form):
    """A report to generate: kind, year and month or quarter (none for a year's wage guide prices), and the
    analyst's text (BJ-52-2, BJ-52-3, BJ-53-2)."""

    kind = forms.ChoiceField(choices=ReportKind.choices)
    year = forms.IntegerField()
    number = forms.IntegerField(required=False)
    analysis = forms.CharField(required=False)


T = {"class": "form-control"}
A = {"class": "form-control", "rows": 4}
D = {"class": "form-control", "type": "date"}


class AnalysisSectionsForm(forms.Form):
    """The text of one version: the period, the occupation's four dimensions (BJ-52-1) or the analysis (BJ-52-4)."""

    period_start = forms.DateField(label=_("统计期起"), widget=forms.DateInput(format="%Y-%m-%d", attrs=D))
    period_end = forms.DateField(label=_("统计期止"), widget=forms.DateInput(format="%Y-%m-%d", attrs=D))
    work_content = forms.CharField(label=_("工作内容"), required=False, widget=forms.Textarea(attrs=A))
    skill_requirements = forms.CharField(label=_("技能要求"), required=False, widget=forms.Textarea(attrs=A))
    knowledge_requirements = forms.CharField(label=_("知识要求"), required=False, widget=forms.Textarea(attrs=A))
    vocational_interests = forms.CharField(label=_("职业兴趣"), required=False, widget=forms.Textarea(attrs=A))
    body = forms.CharField(label=_("分析正文"), required=False, widget=forms.Textarea(attrs={**A, "rows": 8}))

    SECTION_FIELDS = ("work_content", "skill_requirements", "knowledge_requirements", "vocational_interests", "body")

    def sections(self) -> dict:
        return {name: self.cleaned_data.get(name, "") for name in self.SECTION_FIELDS}


class AnalysisCreateForm(AnalysisSectionsForm):
    kind = forms.ChoiceField(label=_("报告类型"), choices=AnalysisKind.choices, widget=forms.Select(attrs={"class": "form-select"}))
    title = forms.CharField(label=_("标题（可不填）"), required=False, max_length=200, widget=forms.TextInput(attrs=T))
    occupation_code = forms.CharField(label=_("职业（职业分析报告）"), required=False, max_length=20,
                                      widget=OccupationPicker(attrs=T), help_text=_("输入职业名称的一部分或职业代码后选择。"))
    topic = forms.CharField(label=_("热点难点问题（市场分析报告）"), required=False, max_length=200,
                            widget=forms.TextInput(attrs=T))
    field_order = ["kind", "title", "occupation_code", "topic", "period_start", "period_end"]


class AnalysisReviseForm(AnalysisSectionsForm):
    change_note = forms.CharField(label=_("修订说明"), required=False, max_length=200, widget=forms.TextInput(attrs=T))


class InformationForm(forms.Form):
    """BJ-7-4: employment or entrepreneurship information sent in for central publication."""

    category = forms.ChoiceField(label=_("信息类别"), choices=InformationCategory.choices,
                                 widget=forms.Select(attrs={"class": "form-select"}))
    title = forms.CharField(label=_("标题"), max_length=200, widget=forms.TextInput(attrs=T))
    body = forms.CharField(label=_("内容"), widget=forms.Textarea(attrs={**A, "rows": 6}))
    link = forms.URLField(label=_("原文链接（可不填）"), required=False, widget=forms.URLInput(attrs=T))


class InformationReviewForm(forms.Form):
    publish = forms.TypedChoiceField(label=_("审核结论"), coerce=lambda v: v == "yes",
                                     choices=[("yes", _("发布")), ("no", _("不予发布"))],
                                     widget=forms.Select(attrs={"class": "form-select"}))
    note = forms.CharField(label=_("审核意见"), required=False, max_length=300, widget=forms.TextInput(attrs=T))


class TrainingClassForm(forms.Form):
    """BJ-54-2: a class opening as the training department sends it."""

    source_ref = forms.CharField(label=_("培训部门编号"), max_length=64, widget=forms.TextInput(attrs=T))
    title = forms.CharField(label=_("培训班名称"), max_length=200, widget=forms.TextInput(attrs=T))
    skill = forms.CharField(label=_("职业（工种）或技能"), max_length=100, widget=forms.TextInput(attrs=T))
    level = forms.ChoiceField(label=_("培训等级"), choices=TrainingLevel.choices,
                              widget=forms.Select(attrs={"class": "form-select"}))
    provider = forms.CharField(label=_("培训机构"), max_length=200, widget=forms.TextInput(attrs=T))
    district = forms.ModelChoiceField(label=_("开班地区"), queryset=None, required=False,
                                      widget=forms.Select(attrs={"class": "form-select"}))
    location = forms.CharField(label=_("培训地点"), max_length=200, required=False, widget=forms.TextInput(attrs=T))
    starts_on = forms.DateField(label=_("开班日期"), widget=forms.DateInput(format="%Y-%m-%d", attrs=D))
    ends_on = forms.DateField(label=_("结业日期"), required=False, widget=forms.DateInput(format="%Y-%m-%d", attrs=D))
    capacity = forms.IntegerField(label=_("招生人数"), required=False, min_value=1, widget=forms.NumberInput(attrs=T))
    enrol_contact = forms.CharField(label=_("报名咨询电话"), max_length=40, required=False, widget=forms.TextInput(attrs=T))

    def __init__(self, *args, districts, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["district"].queryset = districts
