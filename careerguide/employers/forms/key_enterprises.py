"""Forms of the employer pages (staff and portal).  Business checks stay in the services."""
from django import forms
from django.utils.translation import gettext_lazy as _

from careerguide.ledgers.models import Channel
from careerguide.organisations.models import Unit

from .models import DataSource, EnterpriseSize, LicenceType, TeamRole
from .rules import MANUAL_DEFECT_FIELDS

TEXT = {"class": "form-control"}
SELECT = {"class": "form-select"}
DATE = {"class": "form-control", "type": "date"}


def _text(label, *, required=True, max_length=200):
    return forms.CharField(label=label, required=required, max_length=max_length, widget=forms.TextInput(attrs=TEXT))


def _date(label, *, required=True):
    return forms.DateField(label=label, required=required, widget=forms.DateInput(attrs=DATE, format="%Y-%m-%d"))


def _units(label):
    return forms.ModelChoiceField(label=label, queryset=Unit.objects.none(), widget=forms.Select(attrs=SELECT))


class EmployerCreateForm(forms.Form):
    name = _text(_("单位名称"))
    credit_code = forms.CharField(label=_("统一社会信用代码"), max_length=18,
                                  widget=forms.TextInput(attrs={**TEXT, "autocomplete": "off"}))
    industry_code = _text(_("所属行业代码"), required=False, max_length=8)
    address = _text(_("地址"), required=False)
    contact_name = _text(_("联系人"), required=False, max_length=64)
    contact_phone = _text(_("联系电话"), required=False, max_length=20)
    unit = _units(_("服务机构"))

    def __init__(self, *args, units=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units if units is not None else Unit.objects.none()


class EmployerUpdateForm(forms.Form):
    industry_code = _text(_("所属行业代码"), required=False, max_length=8)
    address = _text(_("注册地址"), required=False)
    operating_address = _text(_("经营地址"), required=False)
    contact_name = _text(_("联系人"), required=False, max_length=64)
    contact_phone = _text(_("联系电话"), required=False, max_length=20)


class DocumentsForm(forms.Form):
    """The documents of BJ-35-1 and BJ-35-2."""

    licence_type = forms.ChoiceField(label=_("证照类型"), choices=[("", "—"), *LicenceType.choices], required=False,
                                     widget=forms.Select(attrs=SELECT))
    licence_number = _text(_("证照号码"), required=False, max_length=60)
    licence_valid_from = _date(_("证照有效期起"), required=False)
    licence_valid_until = _date(_("证照有效期至"), required=False)
    agent_name = _text(_("经办人姓名"), required=False, max_length=64)
    agent_id_number = forms.CharField(label=_("经办人身份证号码"), required=False, max_length=18,
                                      widget=forms.TextInput(attrs={**TEXT, "autocomplete": "off"}))
    power_of_attorney_ref = _text(_("授权委托书编号"), required=False, max_length=100)
    power_of_attorney_valid_until = _date(_("授权委托书有效期至"), required=False)


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


class ServiceRecordForm(forms.Form):
    service_type = forms.ChoiceField(label=_("服务类型"), choices=(), widget=forms.Select(attrs=SELECT))
    occurred_on = _date(_("服务日期"))
    channel = forms.ChoiceField(label=_("服务渠道"), choices=Channel.choices, widget=forms.Select(attrs=SELECT))
    summary = _text(_("服务内容"), max_length=250)
    outcome = _text(_("结果"), required=False)

    def __init__(self, *args, service_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["service_type"].choices = service_choices


class DemandForm(forms.Form):
    channel = forms.ChoiceField(label=_("采集渠道"), choices=Channel.choices, widget=forms.Select(attrs=SELECT))
    headcount = forms.IntegerField(label=_("招用人数"), required=False, min_value=1,
                                   widget=forms.NumberInput(attrs=TEXT))
    description = _text(_("招聘需求"), required=False, max_length=300)


class DesignateForm(forms.Form):
    unit = _units(_("日常服务机构"))
    registered_area = forms.ModelChoiceField(label=_("注册地所属机构"), queryset=Unit.objects.none(), required=False,
                                             widget=forms.Select(attrs=SELECT))
    operating_area = forms.ModelChoiceField(label=_("经营地所属机构"), queryset=Unit.objects.none(), required=False,
                                            widget=forms.Select(attrs=SELECT))

    def __init__(self, *args, units=None, areas=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units if units is not None else Unit.objects.none()
        for f in ("registered_area", "operating_area"):
            self.fields[f].queryset = areas if areas is not None else Unit.objects.none()


class SignForm(forms.Form):
    signed_on = _date(_("签订日期"))
    term_start = _date(_("协议期限起"))
    term_end = _date(_("协议期限止"))
    officer = forms.ModelChoiceField(label=_("企业服务专员"), queryset=None, widget=forms.Select(attrs=SELECT))
    document_ref = _text(_("协议文书编号"), required=False, max_length=100)

    def __init__(self, *args, people=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["officer"].queryset = people


class OfficerChangeForm(forms.Form):
    officer = forms.ModelChoiceField(label=_("新的企业服务专员"), queryset=None, widget=forms.Select(attrs=SELECT))
    on = _date(_("变更日期"))
    reason = _text(_("变更原因"))

    def __init__(self, *args, people=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["officer"].queryset = people


class TeamMemberForm(forms.Form):
    member = forms.ModelChoiceField(label=_("成员"), queryset=None, widget=forms.Select(attrs=SELECT))
    team_role = forms.ChoiceField(label=_("团队职责"), choices=[c for c in TeamRole.choices if c[0] != "account_officer"],
                                  widget=forms.Select(attrs=SELECT))
    on = _date(_("加入日期"))

    def __init__(self, *args, people=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["member"].queryset = people


class ContactForm(forms.Form):
    contacted_on = _date(_("联系日期"))
    channel = forms.ChoiceField(label=_("联系方式"), choices=Channel.choices, widget=forms.Select(attrs=SELECT))
    two_way = forms.BooleanField(label=_("已取得联系（双向沟通）"), required=False, initial=True)
    summary = _text(_("联系情况"), max_length=300)


class ArchiveForm(forms.Form):
    unit_nature = _text(_("单位性质"), required=False, max_length=40)
    industry = _text(_("所属行业"), required=False, max_length=100)
    economic_type = _text(_("经济类型"), required=False, max_length=40)
    enterprise_size = forms.ChoiceField(label=_("企业规模"), choices=[("", "—"), *EnterpriseSize.choices], required=False,
                                        widget=forms.Select(attrs=SELECT))
    workforce_size = forms.IntegerField(label=_("用人规模（人）"), required=False, min_value=0,
                                        widget=forms.NumberInput(attrs=TEXT))
    joiners_last_quarter = forms.IntegerField(label=_("上季度入职人数"), required=False, min_value=0,
                                              widget=forms.NumberInput(attrs=TEXT))
    leavers_last_quarter = forms.IntegerField(label=_("上季度离职人数"), required=False, min_value=0,
                                              widget=forms.NumberInput(attrs=TEXT))
    turnover_note = _text(_("员工流动情况"), required=False, max_length=300)
    plan_year = forms.IntegerField(label=_("用人计划年度"), required=False, min_value=2000, max_value=2100,
                                   widget=forms.NumberInput(attrs=TEXT))
    plan_quarter = forms.IntegerField(label=_("用人计划季度"), required=False, min_value=1, max_value=4,
                                      widget=forms.NumberInput(attrs=TEXT))
    planned_hires = forms.IntegerField(label=_("计划招用人数"), required=False, min_value=0,
                                       widget=forms.NumberInput(attrs=TEXT))
    hiring_plan = _text(_("未来一个季度的用人计划"), required=False, max_length=500)
    other_info = forms.CharField(label=_("其他相关信息"), required=False, widget=forms.Textarea(attrs={**TEXT, "rows": 2}))
    on = _date(_("更新日期"))


class ReasonDateForm(forms.Form):
    on = _date(_("日期"))
    reason = _text(_("原因"))


class TransferRequestForm(forms.Form):
    to_unit = _units(_("拟调整的日常服务机构"))
    reason = _text(_("划转原因"), max_length=300)

    def __init__(self, *args, units=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_unit"].queryset = units if units is not None else Unit.objects.none()
