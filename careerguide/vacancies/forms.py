"""Forms of the vacancy pages.  They only shape input; every rule is in the services."""
from django import forms
from django.utils.translation import gettext_lazy as _

from careerguide.common.validators import MAX_HEADCOUNT, MAX_MONTHLY_PAY
from careerguide.occupations.widgets import OccupationPicker

from .rules import FIELD_LABELS, SCREENED_FIELDS
from .states import AttendeeChannel, FairFormat, FairType, FeedbackKind, OutcomeKind

TEXT = {"class": "form-control"}
AREA = {"class": "form-control", "rows": 3}
SELECT = {"class": "form-select"}


class VacancyForm(forms.Form):
    """A posting (BJ-38-2).  There is deliberately no gender or ethnicity field (BJ-38-3)."""

    title = forms.CharField(label=_("岗位名称"), max_length=100, widget=forms.TextInput(attrs=TEXT))
    occupation_name = forms.CharField(label=_("职业"), max_length=100, required=False, widget=forms.TextInput(attrs=TEXT))
    occupation_code = forms.CharField(label=_("职业代码"), max_length=20, required=False,
                                      widget=OccupationPicker(attrs=TEXT, name_field="occupation_name"),
                                      help_text=_("输入职业名称中的字或职业代码，从国家职业分类中选择。"))
    employer_profile = forms.CharField(label=_("用人单位基本情况"), widget=forms.Textarea(attrs=AREA))
    headcount = forms.IntegerField(label=_("招用人数"), min_value=1, max_value=MAX_HEADCOUNT, widget=forms.NumberInput(attrs=TEXT))
    job_content = forms.CharField(label=_("工作内容"), widget=forms.Textarea(attrs=AREA))
    requirements = forms.CharField(label=_("招录条件"), widget=forms.Textarea(attrs=AREA))
    pay_min = forms.IntegerField(label=_("月劳动报酬下限（元）"), min_value=1, max_value=MAX_MONTHLY_PAY, widget=forms.NumberInput(attrs=TEXT))
    pay_max = forms.IntegerField(label=_("月劳动报酬上限（元）"), min_value=1, max_value=MAX_MONTHLY_PAY, required=False, widget=forms.NumberInput(attrs=TEXT))
    pay_note = forms.CharField(label=_("劳动报酬说明"), max_length=200, required=False, widget=forms.TextInput(attrs=TEXT))
    benefits = forms.CharField(label=_("福利待遇"), widget=forms.Textarea(attrs=AREA))
    social_insurance = forms.CharField(label=_("社会保险"), widget=forms.Textarea(attrs=AREA))
    work_district = forms.ModelChoiceField(label=_("工作地点（区）"), queryset=None, required=False,
                                           widget=forms.Select(attrs=SELECT))
    valid_until = forms.DateField(label=_("有效期至"), widget=forms.DateInput(format="%Y-%m-%d", attrs={**TEXT, "type": "date"}))

    def __init__(self, *args, districts, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["work_district"].queryset = districts


class EmployerChoiceForm(forms.Form):
    employer = forms.ModelChoiceField(label=_("用人单位"), queryset=None, widget=forms.Select(attrs=SELECT))

    def __init__(self, *args, employers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["employer"].queryset = employers


PASS_FAIL = [("pass", _("符合")), ("fail", _("不符合"))]


class ReviewForm(forms.Form):
    """A result per criterion (BJ-38-1)."""

    truthfulness = forms.ChoiceField(label=_("真实性"), choices=PASS_FAIL, widget=forms.RadioSelect)
    truthfulness_note = forms.CharField(label=_("真实性意见"), max_length=300, required=False, widget=forms.TextInput(attrs=TEXT))
    legality = forms.ChoiceField(label=_("合法性"), choices=PASS_FAIL, widget=forms.RadioSelect)
    legality_note = forms.CharField(label=_("合法性意见"), max_length=300, required=False, widget=forms.TextInput(attrs=TEXT))
    validity = forms.ChoiceField(label=_("有效性"), choices=PASS_FAIL, widget=forms.RadioSelect)
    validity_note = forms.CharField(label=_("有效性意见"), max_length=300, required=False, widget=forms.TextInput(attrs=TEXT))

    def judgments(self) -> dict:
        data = self.cleaned_data
        return {c: (data[c] == "pass", data[f"{c}_note"]) for c in ("truthfulness", "legality", "validity")}


class OverrideForm(forms.Form):
    index = forms.IntegerField(min_value=0, widget=forms.HiddenInput)
    legal_basis = forms.CharField(label=_("法律依据"), max_length=1000, widget=forms.Textarea(attrs={**AREA, "rows": 2}))


class RuleSetForm(forms.Form):
    extra = forms.CharField(label=_("扩展规则（JSON）"), widget=forms.Textarea(attrs={**AREA, "rows": 14, "class": "form-control font-monospace"}),
                            help_text=_("可包含 definitions、grounds、rules、allow、parameters，格式与内置规则文件相同。"))
    note = forms.CharField(label=_("修订说明"), max_length=300, widget=forms.TextInput(attrs=TEXT))


class HiresForm(forms.Form):
    count = forms.IntegerField(label=_("本次招用人数"), min_value=1, widget=forms.NumberInput(attrs=TEXT))


class FairForm(forms.Form):
    title = forms.CharField(label=_("招聘会名称"), max_length=120, widget=forms.TextInput(attrs=TEXT))
    fair_format = forms.ChoiceField(label=_("招聘会形式"), choices=FairFormat.choices, widget=forms.Select(attrs=SELECT))
    fair_type = forms.ChoiceField(label=_("招聘会类型"), choices=FairType.choices, widget=forms.Select(attrs=SELECT))
    focus = forms.CharField(label=_("行业或职业方向"), max_length=120, required=False, widget=forms.TextInput(attrs=TEXT))
    fair_date = forms.DateField(label=_("举办日期"), widget=forms.DateInput(format="%Y-%m-%d", attrs={**TEXT, "type": "date"}))
    starts_at = forms.TimeField(label=_("开始时间"), required=False, widget=forms.TimeInput(format="%H:%M", attrs={**TEXT, "type": "time"}))
    ends_at = forms.TimeField(label=_("结束时间"), required=False, widget=forms.TimeInput(format="%H:%M", attrs={**TEXT, "type": "time"}))
    venue = forms.CharField(label=_("举办地点"), max_length=200, required=False, widget=forms.TextInput(attrs=TEXT))
    url = forms.URLField(label=_("网址"), required=False, assume_scheme="https", widget=forms.URLInput(attrs=TEXT))
    unit = forms.ModelChoiceField(label=_("主办机构"), queryset=None, widget=forms.Select(attrs=SELECT))

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units


class SignupForm(forms.Form):
    vacancies = forms.ModelMultipleChoiceField(label=_("参会岗位"), queryset=None, widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, vacancies, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["vacancies"].queryset = vacancies
        self.fields["vacancies"].label_from_instance = lambda v: v.published_version.title


class StaffSignupForm(forms.Form):
    employer = forms.IntegerField(label=_("用人单位编号"), min_value=1, widget=forms.NumberInput(attrs=TEXT))


class AttendeeForm(forms.Form):
    full_name = forms.CharField(label=_("姓名"), max_length=64, widget=forms.TextInput(attrs=TEXT))
    id_number = forms.CharField(label=_("身份证号码"), max_length=18, widget=forms.TextInput(attrs={**TEXT, "autocomplete": "off"}))
    phone = forms.CharField(label=_("联系电话"), max_length=20, required=False, widget=forms.TextInput(attrs=TEXT))
    channel = forms.ChoiceField(label=_("登记方式"), choices=AttendeeChannel.choices, widget=forms.Select(attrs=SELECT))


class OutcomeForm(forms.Form):
    kind = forms.ChoiceField(label=_("结果类型"), choices=OutcomeKind.choices, widget=forms.Select(attrs=SELECT))
    participation = forms.ModelChoiceField(label=_("用人单位"), queryset=None, widget=forms.Select(attrs=SELECT))
    attendee = forms.ModelChoiceField(label=_("求职者"), queryset=None, required=False, widget=forms.Select(attrs=SELECT))
    count = forms.IntegerField(label=_("人数"), min_value=1, initial=1, widget=forms.NumberInput(attrs=TEXT))
    occurred_on = forms.DateField(label=_("日期"), widget=forms.DateInput(format="%Y-%m-%d", attrs={**TEXT, "type": "date"}))
    note = forms.CharField(label=_("说明"), max_length=200, required=False, widget=forms.TextInput(attrs=TEXT))

    def __init__(self, *args, participations, attendees, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["participation"].queryset = participations
        self.fields["participation"].label_from_instance = lambda p: p.employer.name
        self.fields["attendee"].queryset = attendees
        self.fields["attendee"].label_from_instance = lambda a: a.job_seeker.full_name


class FairReportForm(forms.Form):
    date_from = forms.DateField(label=_("开始日期"), widget=forms.DateInput(attrs={"class": "form-control", "type": "date"}))
    date_to = forms.DateField(label=_("结束日期"), widget=forms.DateInput(attrs={"class": "form-control", "type": "date"}))

    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            self.add_error("date_to", _("结束日期不能早于开始日期。"))
        return data


class MissFlagForm(forms.Form):
    """A phrase the screening did not find, copied from the posting, with its ground."""

    field = forms.ChoiceField(label=_("字段"), choices=[(f, FIELD_LABELS[f]) for f in SCREENED_FIELDS],
                              widget=forms.Select(attrs=SELECT))
    phrase = forms.CharField(label=_("漏报的词句"), max_length=200, widget=forms.TextInput(attrs=TEXT),
                             help_text=_("请照原文复制，例如“农村户口者不予录用”。"))
    ground = forms.ChoiceField(label=_("歧视类别"), widget=forms.Select(attrs=SELECT))
    note = forms.CharField(label=_("说明"), max_length=500, required=False, widget=forms.Textarea(attrs={**TEXT, "rows": 2}))

    def __init__(self, *args, grounds, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ground"].choices = [(g.code, g.label) for g in grounds]


class FeedbackFilterForm(forms.Form):
    kind = forms.ChoiceField(label=_("反馈类型"), required=False, choices=[("", _("全部"))] + FeedbackKind.choices,
                             widget=forms.Select(attrs=SELECT))
    ground = forms.ChoiceField(label=_("歧视类别"), required=False, widget=forms.Select(attrs=SELECT))

    def __init__(self, *args, grounds, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ground"].choices = [("", _("全部"))] + [(g.code, g.label) for g in grounds]
