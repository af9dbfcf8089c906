from django import forms
from django.utils.translation import gettext_lazy as _

from .categories import RETENTION_CHOICES, categories_for
from .choices import CreditType, RetentionDecision

T = {"class": "form-control"}
S = {"class": "form-select"}
D = {"class": "form-control", "type": "date"}


class UploadForm(forms.Form):
    category = forms.ChoiceField(label=_("档案分类"), widget=forms.Select(attrs=S))
    title = forms.CharField(label=_("题名"), max_length=200, widget=forms.TextInput(attrs=T))
    upload = forms.FileField(label=_("文件（PDF、JPG、PNG、DOCX、XLSX）"), widget=forms.ClearableFileInput(attrs=T))
    document_date = forms.DateField(label=_("形成日期"), required=False, widget=forms.DateInput(attrs=D))
    retention = forms.ChoiceField(label=_("保管期限（默认按分类）"), required=False,
                                  choices=[("", _("按分类默认"))] + RETENTION_CHOICES, widget=forms.Select(attrs=S))
    custody_location = forms.CharField(label=_("纸质原件存放位置"), required=False, widget=forms.TextInput(attrs=T))
    note = forms.CharField(label=_("备注"), required=False, widget=forms.TextInput(attrs=T))

    def __init__(self, *args, subject_type="", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].choices = [(c.code, f"{c.code} {c.label}") for c in categories_for(subject_type)]


class ArchiveForm(forms.Form):
    retention = forms.ChoiceField(label=_("保管期限"), choices=RETENTION_CHOICES, widget=forms.Select(attrs=S))
    archived_on = forms.DateField(label=_("归档日期"), required=False, widget=forms.DateInput(attrs=D))


class CreditForm(forms.Form):
    record_type = forms.ChoiceField(label=_("记录类型"), choices=CreditType.choices, widget=forms.Select(attrs=S))
    fact = forms.CharField(label=_("事实"), widget=forms.Textarea(attrs={**T, "rows": 3}))
    evidence = forms.ModelChoiceField(label=_("证据材料（电子档案）"), queryset=None, widget=forms.Select(attrs=S))
    occurred_on = forms.DateField(label=_("记录日期"), required=False, widget=forms.DateInput(attrs=D))

    def __init__(self, *args, items=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["evidence"].queryset = items


class ReviewForm(forms.Form):
    approve = forms.TypedChoiceField(label=_("复核结论"), coerce=lambda v: v == "yes",
                                     choices=[("yes", _("通过")), ("no", _("不予通过"))], widget=forms.Select(attrs=S))
    note = forms.CharField(label=_("复核意见"), required=False, widget=forms.TextInput(attrs=T))


class RetentionReviewForm(forms.Form):
    """BJ-9-2: the appraisal of an item past its keep-until date."""

    decision = forms.ChoiceField(label=_("鉴定结论"), choices=RetentionDecision.choices, widget=forms.Select(attrs=S))
    new_retain_until = forms.DateField(label=_("继续保管至"), required=False, widget=forms.DateInput(attrs=D))
    reason = forms.CharField(label=_("鉴定意见"), widget=forms.Textarea(attrs={**T, "rows": 2}))
