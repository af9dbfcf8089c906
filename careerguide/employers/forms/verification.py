"""Forms of employer verification: the documents (BJ-35-1, BJ-35-2) and their review."""
from django import forms
from django.utils.translation import gettext_lazy as _

from ..choices import DataSource, LicenceType
from ..rules import MANUAL_DEFECT_FIELDS
from .fields import SELECT, TEXT, date_field, text_field


class DocumentsForm(forms.Form):
    """The documents of BJ-35-1 and BJ-35-2."""

    licence_type = forms.ChoiceField(label=_("证照类型"), choices=[("", "—"), *LicenceType.choices], required=False,
                                     widget=forms.Select(attrs=SELECT))
    licence_number = text_field(_("证照号码"), required=False, max_length=60)
    licence_valid_from = date_field(_("证照有效期起"), required=False)
    licence_valid_until = date_field(_("证照有效期至"), required=False)
    agent_name = text_field(_("经办人姓名"), required=False, max_length=64)
    agent_id_number = forms.CharField(label=_("经办人身份证号码"), required=False, max_length=18,
                                      widget=forms.TextInput(attrs={**TEXT, "autocomplete": "off"}))
    power_of_attorney_ref = text_field(_("授权委托书编号"), required=False, max_length=100)
    power_of_attorney_valid_until = date_field(_("授权委托书有效期至"), required=False)


class ReviewForm(forms.Form):
    data_source = forms.ChoiceField(label=_("核验方式"), choices=DataSource.choices, widget=forms.Select(attrs=SELECT))
    manual_defects = forms.MultipleChoiceField(label=_("审核发现的其他问题"), required=False,
                                               choices=[(c, c) for c in MANUAL_DEFECT_FIELDS],
                                               widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, defect_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        if defect_choices:
            self.fields["manual_defects"].choices = defect_choices


class FrontDeskVerificationForm(DocumentsForm, ReviewForm):
    pass
