from django import forms
from django.utils.translation import gettext_lazy as _

MAX_UPLOAD_BYTES = 100 * 1024


class CalendarImportForm(forms.Form):
    """A year's schedule as an uploaded CSV file or pasted CSV text (format in workdays.services)."""

    year = forms.IntegerField(label=_("年度"), min_value=2000, max_value=2100,
                              widget=forms.NumberInput(attrs={"class": "form-control"}))
    notice = forms.CharField(label=_("依据文件"), max_length=500, required=False,
                             help_text=_("如：国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕×号）"),
                             widget=forms.TextInput(attrs={"class": "form-control"}))
    file = forms.FileField(label=_("CSV文件"), required=False,
                           help_text=_("UTF-8编码，第一行为表头 date,kind,name；kind 为 holiday（法定节假日）或 makeup_workday（调休上班日）。"),
                           widget=forms.ClearableFileInput(attrs={"class": "form-control", "accept": ".csv,text/csv"}))
    text = forms.CharField(label=_("或直接粘贴内容"), required=False,
                           widget=forms.Textarea(attrs={"class": "form-control font-monospace", "rows": 12,
                                                        "placeholder": "date,kind,name\n2027-01-01,holiday,元旦"}))
    replace = forms.BooleanField(label=_("该年度已载入时，用本次内容替换"), required=False,
                                 widget=forms.CheckboxInput(attrs={"class": "form-check-input ms-2"}))

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("文件过大（上限100KB），一个年度的节假日安排不会超过几十行。"))
        return upload

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("file") and (cleaned.get("text") or "").strip():
            raise forms.ValidationError(_("请上传文件或粘贴内容，二者只选其一。"))
        if not cleaned.get("file") and not (cleaned.get("text") or "").strip() and not self.errors:
            raise forms.ValidationError(_("请上传CSV文件或粘贴节假日安排。"))
        return cleaned
