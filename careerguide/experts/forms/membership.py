"""Staff forms of the CZ team's write steps: renewal decision, dismissal, notice, service-log review,
assignment (CZ-8-3, CZ-9-2, CZ-9-4, CZ-9-5, CZ-A2-7, CZ-10-8)."""
from django import forms
from django.utils.translation import gettext_lazy as _

from ..choices import Duty, ExitGround, Rating
from ..services.membership import REQUIRED_EVALUATION_ITEMS

DATE = forms.DateInput(attrs={"type": "date", "class": "form-control"})
TEXT = {"class": "form-control"}
SELECT = {"class": "form-select"}
AREA = {"class": "form-control", "rows": 3}
ITEM_LABELS = {"work_performance": _("聘期内工作表现"), "service_quality": _("服务质量"),
               "capability_improvement": _("业务能力提升")}
YES_NO = [("yes", _("续聘")), ("no", _("不续聘"))]


class RenewalDecisionForm(forms.Form):
    decision = forms.ChoiceField(label=_("决定"), choices=YES_NO, widget=forms.RadioSelect)
    reasons = forms.CharField(label=_("理由"), required=False, widget=forms.Textarea(attrs=AREA))
    age_justification = forms.CharField(label=_("年龄例外说明"), required=False, widget=forms.Textarea(attrs=AREA))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for item in REQUIRED_EVALUATION_ITEMS:
            self.fields[f"rating_{item}"] = forms.ChoiceField(label=ITEM_LABELS[item], choices=Rating.choices,
                                                              widget=forms.Select(attrs=SELECT))

    def service_kwargs(self) -> dict:
        d = self.cleaned_data
        return {"renew": d["decision"] == "yes", "reasons": d["reasons"], "age_justification": d["age_justification"],
                "evaluation": [{"item": i, "rating": d[f"rating_{i}"]} for i in REQUIRED_EVALUATION_ITEMS]}


class DismissalForm(forms.Form):
    ground = forms.TypedChoiceField(label=_("退出情形"), coerce=int, choices=ExitGround.choices,
                                    widget=forms.Select(attrs=SELECT))
    reason = forms.CharField(label=_("事实和理由"), required=False, widget=forms.Textarea(attrs=AREA))
    effective_date = forms.DateField(label=_("生效日期"), widget=DATE)
    decision_number = forms.CharField(label=_("决定文号"), required=False, max_length=60, widget=forms.TextInput(attrs=TEXT))
    evidence = forms.CharField(label=_("证据"), required=False, widget=forms.Textarea(attrs=AREA),
                               help_text=_("第（二）、（三）项情形须附证据，每行一项。"))
    evidence_file = forms.FileField(label=_("证据文件"), required=False)

    def service_kwargs(self) -> dict:
        d = dict(self.cleaned_data)
        lines = [x.strip() for x in d.pop("evidence").splitlines() if x.strip()]
        upload = d.pop("evidence_file")
        evidence = [{"description": line, "file": upload if i == 0 else None} for i, line in enumerate(lines)]
        return {**d, "evidence": evidence}


class NotificationForm(forms.Form):
    notified_on = forms.DateField(label=_("通知本人日期"), widget=DATE)
    method = forms.CharField(label=_("通知方式"), required=False, max_length=40, widget=forms.TextInput(attrs=TEXT))
    proof = forms.CharField(label=_("送达凭证"), required=False, max_length=200, widget=forms.TextInput(attrs=TEXT))


class ExitGrantForm(forms.Form):
    """CZ-9-3: the expert's own request to leave, granted by city HRSS."""

    effective_date = forms.DateField(label=_("解聘生效日期"), widget=DATE)
    decision_number = forms.CharField(label=_("文号（可不填）"), required=False, max_length=60,
                                      widget=forms.TextInput(attrs=TEXT))


class NoticePublishForm(forms.Form):
    url = forms.URLField(label=_("公示网址"), required=False, assume_scheme="https", widget=forms.URLInput(attrs=TEXT))


class ServiceLogReviewForm(forms.Form):
    decision = forms.ChoiceField(label=_("审核"), choices=[("confirm", _("确认")), ("return", _("退回"))],
                                 widget=forms.RadioSelect)
    reason = forms.CharField(label=_("退回理由"), required=False, max_length=300, widget=forms.TextInput(attrs=TEXT))
    organiser_confirmation = forms.CharField(label=_("邀请单位确认情况（单位邀请的活动必填：确认人、方式、日期）"),
                                             required=False, max_length=200, widget=forms.TextInput(attrs=TEXT))


class AssignmentForm(forms.Form):
    title = forms.CharField(label=_("任务"), max_length=200, widget=forms.TextInput(attrs=TEXT))
    on = forms.DateField(label=_("活动日期"), widget=DATE)
    duty = forms.ChoiceField(label=_("职责"), choices=Duty.choices, initial=Duty.D6, widget=forms.Select(attrs=SELECT))
