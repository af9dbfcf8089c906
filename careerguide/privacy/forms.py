"""The auditors' filters over the read log and reveals (BJ-51-2)."""
from django import forms
from django.utils.translation import gettext_lazy as _

from .choices import ReadPurpose
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
