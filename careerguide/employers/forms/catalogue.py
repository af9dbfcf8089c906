"""Forms of the prohibited and restricted industry catalogue (BJ-44-2, BJ-45-7): shape only, the services decide."""
from django import forms
from django.utils.translation import gettext_lazy as _

from ..choices import CatalogueMeasure
from .fields import SELECT, date_field, text_field, unit_choice


class CatalogueVersionForm(forms.Form):
    title = text_field(_("目录名称"))
    edition = text_field(_("版本（如2026年版）"), max_length=50)
    effective_from = date_field(_("施行日期"))


class _VersionPick(forms.Form):
    version = forms.ModelChoiceField(label=_("目录版本（未发布）"), queryset=None, widget=forms.Select(attrs=SELECT))

    def __init__(self, *args, versions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["version"].queryset = versions.filter(published_at__isnull=True)


class CatalogueEntryForm(_VersionPick):
    industry_code = text_field(_("行业代码（国民经济行业分类，如C26）"), max_length=8)
    industry_name = text_field(_("行业名称"), required=False, max_length=100)
    measure = forms.ChoiceField(label=_("管理措施"), choices=CatalogueMeasure.choices, widget=forms.Select(attrs=SELECT))
    region = unit_choice(_("适用区域（不填为全市适用）"), required=False)

    def __init__(self, *args, regions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].queryset = regions


class CataloguePublishForm(_VersionPick):
    confirm = forms.BooleanField(label=_("确认发布：发布后本版本不能再修改，自施行日期起取代上一版本"))
