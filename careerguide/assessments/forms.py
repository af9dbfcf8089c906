"""Forms of the assessment pages (CQ-4.3-4, CQ-5.1-3, CQ-7.1.6-*, CQ-7.1.7-*)."""
from django import forms
from django.utils.translation import gettext_lazy as _

from careerguide.guidance.cq.forms.base import CqForm, DateField, text
from careerguide.guidance.cq.forms.case_steps import METHODS

from .models import Administration, InstrumentKind


class InstrumentForm(CqForm):
    """CQ-4.3-4."""
    name = text(_("名称"), max_length=100)
    version = text(_("版本"), max_length=40)
    kind = forms.ChoiceField(label=_("类型"), choices=InstrumentKind.choices)
    licence = text(_("授权许可"), max_length=200)
    purpose = text(_("用途"), max_length=300)
    target_group = text(_("适用对象"), max_length=200)
    effective_from = DateField(label=_("生效日期"))


class InstrumentChoice(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        """CQ-7.1.6-2: each tool with its documented purpose and target group, shown at selection."""
        return _("%(n)s（用途：%(p)s；适用对象：%(t)s）") % {"n": obj, "p": obj.purpose, "t": obj.target_group}


class PlanForm(CqForm):
    """CQ-7.1.6-1, CQ-7.1.6-2: the implementation plan agreed with the recipient; each selected tool with the reason
    it is appropriate."""
    case = forms.ModelChoiceField(label=_("职业指导个案"), queryset=None, required=False)
    subject_label = text(_("服务对象（无个案时填写）"), required=False, max_length=200)
    purpose = text(_("测评目的"), max_length=300)
    instruments = InstrumentChoice(label=_("选用的测评工具"), queryset=None, required=False,
                                   widget=forms.CheckboxSelectMultiple)
    schedule = text(_("时间安排"), max_length=200)
    mode = text(_("实施方式"), max_length=100)
    result_use = text(_("结果使用与反馈"), max_length=300)

    def __init__(self, *args, cases=None, instruments=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["case"].queryset = cases
        self.fields["instruments"].queryset = instruments
        for inst in instruments or ():
            self.fields[f"reason_{inst.pk}"] = forms.CharField(
                label=_("选用“%(n)s”的理由") % {"n": inst}, required=False, max_length=300,
                widget=forms.TextInput(attrs={"class": "form-control"}))

    def clean(self):
        data = super().clean()
        case = data.get("case")
        if case is None and not (data.get("subject_label") or "").strip():
            raise forms.ValidationError(_("请选择个案或填写服务对象。"))
        chosen = list(data.get("instruments") or [])
        return {"case_id": case.pk if case else None,
                "subject_label": case.subject_label if case else data.get("subject_label"),
                "purpose": data.get("purpose"), "instruments": chosen,
                "tool_reasons": {str(i.pk): data.get(f"reason_{i.pk}", "") for i in chosen},
                "schedule": data.get("schedule"), "mode": data.get("mode"), "result_use": data.get("result_use")}


class AgreeForm(CqForm):
    method = forms.ChoiceField(label=_("服务对象同意方式"), choices=METHODS)


class AdministrationForm(CqForm):
    """CQ-5.1-3, CQ-7.1.6-1."""
    method = forms.ChoiceField(label=_("方法"), choices=Administration.Method.choices)
    instrument = forms.ModelChoiceField(label=_("测评工具"), queryset=None, required=False)
    administered_on = DateField(label=_("测评日期"))
    result = text(_("测评结果"), rows=3)

    def __init__(self, *args, instruments=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["instrument"].queryset = instruments

    def clean(self):
        data = super().clean()
        return {**data, "result": {"summary": data.get("result", "")}}


class ReportForm(CqForm):
    """CQ-7.1.7-1."""
    analysis = text(_("综合分析（职业倾向分析）"), rows=5)
    cites = forms.ModelMultipleChoiceField(label=_("引用的测评结果"), queryset=None, widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, administrations=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cites"].queryset = administrations


class FeedbackForm(CqForm):
    """CQ-7.1.7-2."""
    channel = forms.ChoiceField(label=_("反馈方式"), choices=[("offline", _("线下当面反馈")), ("online", _("线上反馈"))])
    acknowledgement = text(_("劳动者确认"), max_length=200)
