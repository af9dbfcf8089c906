import datetime as dt

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .choices import GuidanceType, NextStep

T = {"class": "form-control"}
S = {"class": "form-select"}
D = {"class": "form-control", "type": "date"}


class GeneralGuidanceForm(forms.Form):
    need = forms.CharField(label=_("指导需求"), required=False, widget=forms.TextInput(attrs=T))
    summary = forms.CharField(label=_("指导内容"), widget=forms.Textarea(attrs={**T, "rows": 3}))
    next_step = forms.ChoiceField(label=_("后续引导"), choices=NextStep.choices, initial=NextStep.NONE, widget=forms.Select(attrs=S))


class BookingForm(forms.Form):
    need = forms.CharField(label=_("指导需求"), widget=forms.Textarea(attrs={**T, "rows": 2}))
    guidance_type = forms.ChoiceField(label=_("指导类型"), choices=GuidanceType.choices, widget=forms.Select(attrs=S))


class SpecializedGuidanceForm(forms.Form):
    appointment = forms.ModelChoiceField(label=_("对应预约"), required=False, queryset=None, widget=forms.Select(attrs=S))
    assessment_instrument = forms.CharField(label=_("职业素质测评工具及版本"), widget=forms.TextInput(attrs=T))
    assessment_result = forms.CharField(label=_("测评结果"), widget=forms.Textarea(attrs={**T, "rows": 2}))
    occupational_info = forms.CharField(label=_("职业信息分析"), widget=forms.Textarea(attrs={**T, "rows": 2}))
    advice = forms.CharField(label=_("咨询意见"), widget=forms.Textarea(attrs={**T, "rows": 3}))

    def __init__(self, *args, appointments=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["appointment"].queryset = appointments


class AssignForm(forms.Form):
    officer = forms.ModelChoiceField(label=_("指导人员"), queryset=None, widget=forms.Select(attrs=S))
    scheduled_at = forms.DateTimeField(label=_("预约时间"), required=False,
                                       widget=forms.DateTimeInput(attrs={**T, "type": "datetime-local"}))

    def __init__(self, *args, officers=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["officer"].queryset = officers


class SlotsForm(forms.Form):
    """CQ-7.1.11-1: an officer's free slots, one date and time a line (2027-01-05 09:30)."""
    officer = forms.ModelChoiceField(label=_("指导人员"), queryset=None, widget=forms.Select(attrs=S))
    slots = forms.CharField(label=_("可预约时段"), widget=forms.Textarea(attrs={**T, "rows": 5}),
                            help_text=_("每行一个时段，格式如 2027-01-05 09:30；就业援助对象的预约优先获得最早的时段。"))

    def __init__(self, *args, officers=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["officer"].queryset = officers

    def clean_slots(self):
        parsed, wrong = [], []
        for line in (self.cleaned_data["slots"] or "").splitlines():
            text = line.strip()
            if not text:
                continue
            try:
                parsed.append(timezone.make_aware(dt.datetime.strptime(text, "%Y-%m-%d %H:%M")))
            except ValueError:
                wrong.append(text)
        if wrong:
            raise forms.ValidationError(_("以下时段格式不正确（应为 2027-01-05 09:30）：%(l)s") % {"l": "、".join(wrong[:5])})
        if not parsed:
            raise forms.ValidationError(_("请至少填写一个可预约时段。"))
        return parsed


class AppointmentCloseForm(forms.Form):
    """BJ-14-3: a no-show, or a cancellation with its reason."""
    to = forms.ChoiceField(label=_("登记为"), choices=[("no_show", _("未到场")), ("cancelled", _("已取消"))],
                           widget=forms.Select(attrs=S))
    reason = forms.CharField(label=_("原因"), required=False, max_length=200, widget=forms.TextInput(attrs=T),
                             help_text=_("取消预约须填写原因。"))


class GroupForm(forms.Form):
    subject_type = forms.ChoiceField(label=_("服务对象类型"), required=False, widget=forms.Select(attrs=S))
    title = forms.CharField(label=_("小组名称"), widget=forms.TextInput(attrs=T))
    common_problem = forms.CharField(label=_("共性问题"), widget=forms.Textarea(attrs={**T, "rows": 2}))

    def __init__(self, *args, kinds=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["subject_type"].choices = [(k.label, k.noun or k.label) for k in kinds]

    def clean_subject_type(self):
        return self.cleaned_data.get("subject_type") or "job_seekers.jobseeker"  # BJ-14-5 groups by default


class PlanForm(forms.Form):
    occupational_info = forms.CharField(label=_("职业信息分析"), required=False, widget=forms.Textarea(attrs={**T, "rows": 3}))
    plan = forms.CharField(label=_("指导方案"), widget=forms.Textarea(attrs={**T, "rows": 4}))


class SessionForm(forms.Form):
    held_on = forms.DateField(label=_("活动日期"), widget=forms.DateInput(attrs=D))
    content = forms.CharField(label=_("活动内容"), widget=forms.Textarea(attrs={**T, "rows": 3}))
    attendees = forms.ModelMultipleChoiceField(label=_("参加人员"), queryset=None, widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, members=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["attendees"].queryset = members
