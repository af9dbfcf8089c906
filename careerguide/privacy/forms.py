"""The auditors' filters over the read log and reveals (BJ-51-2)."""
from django import forms
from django.utils.translation import gettext_lazy as _

from .choices import CorrectableField, ReadPurpose
from .selectors import REVEAL

W = {"class": "form-control form-control-sm"}


class AccessLogFilterForm(forms.Form):
    reader = forms.CharField(label=_("查阅人"), required=False, max_length=64, widget=forms.TextInput(attrs=W))
    subject = forms.CharField(label=_("对象编号"), required=False, max_length=64, widget=forms.TextInput(attrs=W))
    date_from = forms.DateField(label=_("起始日期"), required=False,
                                widget=forms.DateInput(attrs={**W, "type": "date"}),
                                error_messages={"invalid": _("起始日期格式不正确，请填写如 2026-01-31 的日期。")})
    date_to = forms.DateField(label=_("截止日期"), required=False, widget=forms.DateInput(attrs={**W, "type": "date"}),
                              error_messages={"invalid": _("截止日期格式不正确，请填写如 2026-01-31 的日期。")})
    purpose = forms.ChoiceField(label=_("查阅事由"), required=False,
                                choices=[("", _("全部")), *ReadPurpose.choices, (REVEAL, _("查看完整个人信息"))],
                                widget=forms.Select(attrs={"class": "form-select form-select-sm"}),
                                error_messages={"invalid_choice": _("查阅事由无效。")})

    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            self.add_error("date_to", _("截止日期不能早于起始日期。"))
        return data

    def filters(self) -> dict:
        """The valid filters (none when the form is invalid: the page shows its errors, not a guess)."""
        if not self.is_valid():
            return {}
        return {k: self.cleaned_data.get(k) or (None if k.startswith("date") else "") for k in self.fields}


class CorrectionRequestForm(forms.Form):
    """A person's correction request: which item, the corrected value, why (PIPL art. 46)."""
    field = forms.ChoiceField(label=_("要更正的项目"), choices=[("", _("请选择")), *CorrectableField.choices],
                              error_messages={"required": _("请选择要更正的项目。"),
                                              "invalid_choice": _("请选择要更正的项目。")})
    requested_value = forms.CharField(label=_("更正后的信息"), max_length=100,
                                      help_text=_("学历请填写：小学及以下、初中、高中、中专、职高、技校、大学专科或大学本科及以上。"),
                                      error_messages={"required": _("请填写更正后的信息。"),
                                                      "max_length": _("更正后的信息不能超过100个字。")})
    note = forms.CharField(label=_("申请说明（可不填）"), max_length=500, required=False, widget=forms.Textarea(attrs={"rows": 2}),
                           error_messages={"max_length": _("申请说明不能超过500个字。")})


class AccessRequestForm(forms.Form):
    note = forms.CharField(label=_("申请说明（可不填）"), max_length=500, required=False, widget=forms.Textarea(attrs={"rows": 2}),
                           error_messages={"max_length": _("申请说明不能超过500个字。")})


class AnswerForm(forms.Form):
    """Staff answer: provide the copy / accept the correction / refuse with a reason."""
    answer = forms.CharField(label=_("答复意见（不予办理时必须填写理由）"), max_length=500, required=False,
                             widget=forms.Textarea(attrs={"rows": 3}),
                             error_messages={"max_length": _("答复意见不能超过500个字。")})
