"""Forms of the labour-market pages.  They only shape input; every rule is in the services."""
from django import forms
from django.utils.translation import gettext_lazy as _

from .choices import AnalysisKind, ReportKind


class ReportForm(forms.Form):
    """A periodic report to generate: kind, year and month or quarter, and the analyst's text (BJ-52-2, BJ-52-3)."""

    kind = forms.ChoiceField(choices=ReportKind.choices)
    year = forms.IntegerField()
    number = forms.IntegerField()
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
    occupation_code = forms.CharField(label=_("职业代码（职业分析报告）"), required=False, max_length=20,
                                      widget=forms.TextInput(attrs=T), help_text=_("如 4-02-02-01，可在“职业分类”中查询。"))
    topic = forms.CharField(label=_("热点难点问题（市场分析报告）"), required=False, max_length=200,
                            widget=forms.TextInput(attrs=T))
    field_order = ["kind", "title", "occupation_code", "topic", "period_start", "period_end"]


class AnalysisReviseForm(AnalysisSectionsForm):
    change_note = forms.CharField(label=_("修订说明"), required=False, max_length=200, widget=forms.TextInput(attrs=T))
