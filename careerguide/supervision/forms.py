"""Forms of the supervision pages.  They only shape input; every rule is in the services."""
from django import forms
from django.utils.translation import gettext_lazy as _

from .choices import (
    CheckResult,
    CommunitySurveyKind,
    ComplaintChannel,
    ComplaintSubject,
    EvaluationGrade,
    RecordType,
    SurveyForm,
    SurveyScore,
)

TEXT = {"class": "form-control"}
AREA = {"class": "form-control", "rows": 3}
SELECT = {"class": "form-select"}
DATE = {"class": "form-control", "type": "date"}


def _date(label, **kwargs):
    return forms.DateField(label=label, widget=forms.DateInput(format="%Y-%m-%d", attrs=DATE), **kwargs)


class IssueForm(forms.Form):
    """A problem found in supervision, for a direct lower-level agency (BJ-56-5)."""

    unit = forms.ModelChoiceField(label=_("整改机构"), queryset=None, widget=forms.Select(attrs=SELECT))
    title = forms.CharField(label=_("问题"), max_length=200, widget=forms.TextInput(attrs=TEXT))
    description = forms.CharField(label=_("问题描述"), required=False, widget=forms.Textarea(attrs=AREA))
    record_ref = forms.CharField(label=_("涉及记录"), max_length=100, required=False, widget=forms.TextInput(attrs=TEXT))

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units


class NoticeForm(forms.Form):
    """BJ-58-3: a notice naming the issue."""

    body = forms.CharField(label=_("通报内容"), widget=forms.Textarea(attrs=AREA))


class MonthlyNoticeForm(forms.Form):
    """BJ-56-4: the monthly notice of a spot check, listing the problems it found."""

    body = forms.CharField(label=_("通报内容"), widget=forms.Textarea(attrs=AREA))


class InterviewForm(forms.Form):
    """BJ-58-4: the warning interview with the principal person in charge."""

    held_on = _date(_("约谈日期"))
    principal = forms.CharField(label=_("约谈对象（主要负责人）"), max_length=64, widget=forms.TextInput(attrs=TEXT))
    notes = forms.CharField(label=_("约谈记录"), required=False, widget=forms.Textarea(attrs=AREA))


class ReferralForm(forms.Form):
    """BJ-58-5: referral for accountability."""

    referred_on = _date(_("移送日期"))
    recipient = forms.CharField(label=_("移送部门"), max_length=100, widget=forms.TextInput(attrs=TEXT))
    materials = forms.CharField(label=_("移送材料"), widget=forms.Textarea(attrs=AREA))


class RectificationForm(forms.Form):
    """BJ-56-5: the lower-level agency's rectification report."""

    report = forms.CharField(label=_("整改情况"), widget=forms.Textarea(attrs=AREA))


class VerifyForm(forms.Form):
    """BJ-56-5 / BJ-58-6: the upper level's judgment of the reported rectification."""

    effective = forms.TypedChoiceField(label=_("核实结论"), coerce=lambda v: v == "yes",
                                       choices=[("yes", _("整改有效")), ("no", _("整改未见成效"))],
                                       widget=forms.Select(attrs=SELECT))
    reason = forms.CharField(label=_("核实意见"), required=False, widget=forms.Textarea(attrs=AREA))


class SpotCheckForm(forms.Form):
    """BJ-56-1, BJ-56-2, BJ-56-6."""

    unit = forms.ModelChoiceField(label=_("被检查机构"), queryset=None, widget=forms.Select(attrs=SELECT))
    record_type = forms.ChoiceField(label=_("检查内容"), choices=RecordType.choices, widget=forms.Select(attrs=SELECT))
    month = _date(_("检查月份"), help_text=_("填写该月任意一天。"))
    sample_size = forms.IntegerField(label=_("抽样数量"), required=False, widget=forms.NumberInput(attrs=TEXT),
                                     help_text=_("不填则按该检查内容的默认数量抽取。"))

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units


class ComplaintForm(forms.Form):
    """BJ-5-4: complainant, channel, subject, content and date."""

    unit = forms.ModelChoiceField(label=_("受理机构"), queryset=None, widget=forms.Select(attrs=SELECT))
    complainant = forms.CharField(label=_("投诉举报人"), max_length=64, widget=forms.TextInput(attrs=TEXT))
    contact = forms.CharField(label=_("联系方式"), max_length=64, required=False, widget=forms.TextInput(attrs=TEXT))
    channel = forms.ChoiceField(label=_("渠道"), choices=ComplaintChannel.choices, widget=forms.Select(attrs=SELECT))
    subject_kind = forms.ChoiceField(label=_("投诉对象类型"), choices=ComplaintSubject.choices, widget=forms.Select(attrs=SELECT))
    subject_label = forms.CharField(label=_("投诉对象"), max_length=200, widget=forms.TextInput(attrs=TEXT))
    content = forms.CharField(label=_("内容"), widget=forms.Textarea(attrs=AREA))
    received_on = _date(_("受理日期"))

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units


class AssignForm(forms.Form):
    handler = forms.ModelChoiceField(label=_("承办人"), queryset=None, widget=forms.Select(attrs=SELECT))

    def __init__(self, *args, handlers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["handler"].queryset = handlers
        self.fields["handler"].label_from_instance = lambda u: f"{u.full_name}（{u.unit.name}）"


class ComplaintCloseForm(forms.Form):
    result = forms.CharField(label=_("处理结果"), widget=forms.Textarea(attrs=AREA))
    reply = forms.CharField(label=_("答复内容"), widget=forms.Textarea(attrs=AREA))
    replied_on = _date(_("答复日期"))


class RecordCheckForm(forms.Form):
    """BJ-56-1, BJ-56-2: one verification check of one record of a lower-level agency."""

    record_type = forms.ChoiceField(label=_("核查内容"), choices=RecordType.choices, widget=forms.Select(attrs=SELECT))
    record_id = forms.IntegerField(label=_("记录编号"), min_value=1, widget=forms.NumberInput(attrs=TEXT),
                                   help_text=_("求职者、用人单位、招聘信息或用人需求档案的编号。"))
    result = forms.ChoiceField(label=_("核查结果"), choices=CheckResult.choices, widget=forms.Select(attrs=SELECT))
    finding = forms.CharField(label=_("发现的问题"), required=False, widget=forms.Textarea(attrs=AREA))


class PostingNoticeForm(forms.Form):
    """BJ-56-3: an optional remark added to the composed daily notice."""

    note = forms.CharField(label=_("补充说明"), required=False, widget=forms.Textarea(attrs=AREA))


class SurveySendForm(forms.Form):
    """BJ-57-1: ask the person served to rate a service, online or by SMS link."""

    entry_id = forms.IntegerField(label=_("服务记录编号"), min_value=1, widget=forms.NumberInput(attrs=TEXT))
    form = forms.ChoiceField(label=_("调查方式"), choices=[(SurveyForm.ONLINE, SurveyForm.ONLINE.label),
                                                         (SurveyForm.SMS, SurveyForm.SMS.label)],
                             widget=forms.Select(attrs=SELECT))


class PhoneSurveyForm(forms.Form):
    """BJ-57-1: the answer given on a phone survey."""

    entry_id = forms.IntegerField(label=_("服务记录编号"), min_value=1, widget=forms.NumberInput(attrs=TEXT))
    score = forms.TypedChoiceField(label=_("满意度"), coerce=int, choices=SurveyScore.choices,
                                   widget=forms.Select(attrs=SELECT))
    comment = forms.CharField(label=_("意见建议"), required=False, widget=forms.Textarea(attrs=AREA))


class SurveyAnswerForm(forms.Form):
    score = forms.TypedChoiceField(label=_("您对本次服务是否满意"), coerce=int, choices=SurveyScore.choices,
                                   widget=forms.RadioSelect)
    comment = forms.CharField(label=_("意见建议"), required=False, widget=forms.Textarea(attrs=AREA))


class SurveyFollowUpForm(forms.Form):
    note = forms.CharField(label=_("整改处理情况"), widget=forms.Textarea(attrs=AREA))


class AppealForm(forms.Form):
    """BJ-59-2: the agency that did not give the assistance, and what happened."""

    agency = forms.ModelChoiceField(label=_("被申诉的公共就业服务机构"), queryset=None, widget=forms.Select(attrs=SELECT))
    content = forms.CharField(label=_("申诉的事实和理由"), widget=forms.Textarea(attrs=AREA))

    def __init__(self, *args, agencies, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = agencies


class EvaluationForm(forms.Form):
    """BJ-55-1: a year, or one of its quarters, that has ended."""

    year = forms.IntegerField(label=_("年度"), min_value=2018, max_value=2100, widget=forms.NumberInput(attrs=TEXT))
    quarter = forms.TypedChoiceField(label=_("季度"), required=False, coerce=int, empty_value=None,
                                     choices=[("", _("全年"))] + [(q, _("第%(q)s季度") % {"q": q}) for q in range(1, 5)],
                                     widget=forms.Select(attrs=SELECT))
    title = forms.CharField(label=_("名称（可不填）"), required=False, max_length=200, widget=forms.TextInput(attrs=TEXT))


class GradeForm(forms.Form):
    grade = forms.ChoiceField(label=_("评定等次"), choices=EvaluationGrade.choices, widget=forms.Select(attrs=SELECT))
    comment = forms.CharField(label=_("评估意见"), required=False, widget=forms.TextInput(attrs=TEXT))


class PublishEvaluationForm(forms.Form):
    summary = forms.CharField(label=_("评估总结"), required=False, widget=forms.Textarea(attrs=AREA))


class CommunitySizeForm(forms.Form):
    """BJ-60-2: a community station's size and grids."""

    resident_households = forms.IntegerField(label=_("社区（村）户数"), required=False, min_value=0,
                                             widget=forms.NumberInput(attrs=TEXT))
    grid_count = forms.IntegerField(label=_("网格数"), required=False, min_value=0, widget=forms.NumberInput(attrs=TEXT))


class CommunitySurveyForm(forms.Form):
    """BJ-60-2: one grid's labour-resource or employment/unemployment monitoring survey."""

    unit = forms.ModelChoiceField(label=_("社区（村）就业服务站"), queryset=None, widget=forms.Select(attrs=SELECT))
    kind = forms.ChoiceField(label=_("调查类型"), choices=CommunitySurveyKind.choices, widget=forms.Select(attrs=SELECT))
    surveyed_on = forms.DateField(label=_("调查日期"), widget=forms.DateInput(attrs=DATE))
    grid = forms.CharField(label=_("网格"), max_length=40, widget=forms.TextInput(attrs=TEXT))
    households = forms.IntegerField(label=_("调查户数"), widget=forms.NumberInput(attrs=TEXT))
    working_age = forms.IntegerField(label=_("劳动年龄人口"), widget=forms.NumberInput(attrs=TEXT))
    employed = forms.IntegerField(label=_("就业人数"), widget=forms.NumberInput(attrs=TEXT))
    unemployed = forms.IntegerField(label=_("失业人数"), widget=forms.NumberInput(attrs=TEXT))
    note = forms.CharField(label=_("情况说明"), required=False, widget=forms.Textarea(attrs=AREA))

    def __init__(self, *args, stations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = stations
