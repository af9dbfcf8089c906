"""Forms of key-enterprise service (BJ-44-* to BJ-48-*).  Business checks stay in the services."""
from django import forms
from django.utils.translation import gettext_lazy as _

from careerguide.ledgers.choices import Channel

from ..choices import EnterpriseSize, TeamRole
from .fields import SELECT, TEXT, date_field, text_field, unit_choice


class DesignateForm(forms.Form):
    unit = unit_choice(_("日常服务机构"))
    registered_area = unit_choice(_("注册地所属机构"), required=False)
    operating_area = unit_choice(_("经营地所属机构"), required=False)

    def __init__(self, *args, units, areas, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units
        for f in ("registered_area", "operating_area"):
            self.fields[f].queryset = areas


class SignForm(forms.Form):
    signed_on = date_field(_("签订日期"))
    term_start = date_field(_("协议期限起"))
    term_end = date_field(_("协议期限止"))
    officer = forms.ModelChoiceField(label=_("企业服务专员"), queryset=None, widget=forms.Select(attrs=SELECT))
    document_ref = text_field(_("协议文书编号"), required=False, max_length=100)

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["officer"].queryset = people


class OfficerChangeForm(forms.Form):
    officer = forms.ModelChoiceField(label=_("新的企业服务专员"), queryset=None, widget=forms.Select(attrs=SELECT))
    on = date_field(_("变更日期"))
    reason = text_field(_("变更原因"))

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["officer"].queryset = people


class TeamMemberForm(forms.Form):
    member = forms.ModelChoiceField(label=_("成员"), queryset=None, widget=forms.Select(attrs=SELECT))
    team_role = forms.ChoiceField(label=_("团队职责"), choices=[c for c in TeamRole.choices if c[0] != "account_officer"],
                                  widget=forms.Select(attrs=SELECT))
    on = date_field(_("加入日期"))

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["member"].queryset = people


class ContactForm(forms.Form):
    contacted_on = date_field(_("联系日期"))
    channel = forms.ChoiceField(label=_("联系方式"), choices=Channel.choices, widget=forms.Select(attrs=SELECT))
    two_way = forms.BooleanField(label=_("已取得联系（双向沟通）"), required=False, initial=True)
    summary = text_field(_("联系情况"), max_length=300)


class ArchiveForm(forms.Form):
    unit_nature = text_field(_("单位性质"), required=False, max_length=40)
    industry = text_field(_("所属行业"), required=False, max_length=100)
    economic_type = text_field(_("经济类型"), required=False, max_length=40)
    enterprise_size = forms.ChoiceField(label=_("企业规模"), choices=[("", "—"), *EnterpriseSize.choices], required=False,
                                        widget=forms.Select(attrs=SELECT))
    workforce_size = forms.IntegerField(label=_("用人规模（人）"), required=False, min_value=0,
                                        widget=forms.NumberInput(attrs=TEXT))
    joiners_last_quarter = forms.IntegerField(label=_("上季度入职人数"), required=False, min_value=0,
                                              widget=forms.NumberInput(attrs=TEXT))
    leavers_last_quarter = forms.IntegerField(label=_("上季度离职人数"), required=False, min_value=0,
                                              widget=forms.NumberInput(attrs=TEXT))
    turnover_note = text_field(_("员工流动情况"), required=False, max_length=300)
    plan_year = forms.IntegerField(label=_("用人计划年度"), required=False, min_value=2000, max_value=2100,
                                   widget=forms.NumberInput(attrs=TEXT))
    plan_quarter = forms.IntegerField(label=_("用人计划季度"), required=False, min_value=1, max_value=4,
                                      widget=forms.NumberInput(attrs=TEXT))
    planned_hires = forms.IntegerField(label=_("计划招用人数"), required=False, min_value=0,
                                       widget=forms.NumberInput(attrs=TEXT))
    hiring_plan = text_field(_("未来一个季度的用人计划"), required=False, max_length=500)
    other_info = forms.CharField(label=_("其他相关信息"), required=False, widget=forms.Textarea(attrs={**TEXT, "rows": 2}))
    on = date_field(_("更新日期"))


class ReasonDateForm(forms.Form):
    on = date_field(_("日期"))
    reason = text_field(_("原因"))


class TransferRequestForm(forms.Form):
    to_unit = unit_choice(_("拟调整的日常服务机构"))
    reason = text_field(_("划转原因"), max_length=300)

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_unit"].queryset = units
