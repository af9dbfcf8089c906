from django import forms
from django.utils.translation import gettext_lazy as _

from careerguide.common.training_needs import TrainingNeedField
from careerguide.common.validators import MAX_MONTHLY_PAY
from careerguide.occupations.widgets import OccupationPicker
from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.naming import area_name
from careerguide.organisations.selectors import public_units_of_level

from .channels import BUILTIN_CHANNELS
from .choices import Education, HandOffOutcome, Health, ProgrammeKind, RegistrationType, WorkingPattern
from .rules import PROCEDURE_LABELS_ZH
from .states import CertificationStatus

T = {"class": "form-control"}
S = {"class": "form-select"}
D = {"class": "form-control", "type": "date"}
C = {"class": "form-check-input"}


def _choices(model_choices, blank=True):
    return ([("", "---------")] if blank else []) + list(model_choices)


class JobSeekerCreateForm(forms.Form):
    """The job-seeking registration form (BJ-11-2, BJ-11-3); only identity is required."""

    full_name = forms.CharField(label=_("姓名"), max_length=64, widget=forms.TextInput(attrs=T))
    id_number = forms.CharField(label=_("身份证号码"), max_length=18, widget=forms.TextInput(attrs={**T, "autocomplete": "off"}))
    phone = forms.CharField(label=_("联系电话"), max_length=20, required=False, widget=forms.TextInput(attrs=T))
    unit = forms.ModelChoiceField(label=_("服务机构"), queryset=None, widget=forms.Select(attrs=S))
    channel = forms.ChoiceField(label=_("采集渠道"), choices=[(c.code, c.label) for c in BUILTIN_CHANNELS], initial="front_desk",
                                required=False,
                                widget=forms.Select(attrs=S))
    collected_on = forms.DateField(label=_("采集日期"), required=False, widget=forms.DateInput(attrs=D),
                                   help_text=_("纸质登记表按表上的实际采集日期填写；不填为今天。"))
    hukou_location = forms.CharField(label=_("户籍所在地（区、街道）"), required=False, widget=forms.TextInput(attrs=T))
    habitual_district = forms.ModelChoiceField(label=_("常住地所在区"), required=False, queryset=None,
                                               widget=forms.Select(attrs=S))
    habitual_street = forms.ModelChoiceField(label=_("常住地所在街道（乡镇）"), required=False, queryset=None,
                                             widget=forms.Select(attrs=S))
    education = forms.ChoiceField(label=_("学历"), required=False, choices=_choices(Education.choices), widget=forms.Select(attrs=S))
    last_employer = forms.CharField(label=_("最近工作单位"), required=False, widget=forms.TextInput(attrs=T))
    last_occupation_code = forms.CharField(label=_("最近从事职业"), required=False, widget=OccupationPicker(attrs=T))
    certificate_name = forms.CharField(label=_("职业资格/技能等级证书"), required=False, widget=forms.TextInput(attrs=T))
    skill_level = forms.TypedChoiceField(label=_("职业技能等级（1级最高）"), required=False, coerce=int, empty_value=None,
                                         choices=[("", _("无"))] + [(i, f"{i}级") for i in range(1, 6)], widget=forms.Select(attrs=S))
    sought_occupation_code = forms.CharField(label=_("求职职业"), required=False, widget=OccupationPicker(attrs=T),
                                             help_text=_("输入职业名称中的字（如“仓库”）或职业代码，从列表中选择。"))
    sought_industry = forms.CharField(label=_("求职行业"), required=False, widget=forms.TextInput(attrs=T))
    sought_area = forms.CharField(label=_("求职区域"), required=False, widget=forms.TextInput(attrs=T))
    salary_min = forms.IntegerField(label=_("期望月薪下限（元）"), required=False, min_value=0, max_value=MAX_MONTHLY_PAY, widget=forms.NumberInput(attrs=T))
    salary_max = forms.IntegerField(label=_("期望月薪上限（元）"), required=False, min_value=0, max_value=MAX_MONTHLY_PAY, widget=forms.NumberInput(attrs=T))
    working_pattern = forms.ChoiceField(label=_("工作方式"), required=False, choices=_choices(WorkingPattern.choices),
                                        widget=forms.Select(attrs=S))
    unemployed_since = forms.DateField(label=_("失业开始日期"), required=False, widget=forms.DateInput(attrs=D))
    zero_employment_household = forms.BooleanField(label=_("零就业家庭"), required=False, widget=forms.CheckboxInput(attrs=C))
    subsistence_allowance = forms.BooleanField(label=_("享受最低生活保障"), required=False, widget=forms.CheckboxInput(attrs=C))
    care_responsibilities = forms.BooleanField(label=_("需照料家庭成员"), required=False, widget=forms.CheckboxInput(attrs=C))
    family_notes = forms.CharField(label=_("其他家庭因素"), required=False, widget=forms.TextInput(attrs=T))
    health = forms.ChoiceField(label=_("健康状况"), choices=Health.choices, initial=Health.NO_LIMITATION, required=False,
                               widget=forms.Select(attrs=S))
    registration_type = forms.ChoiceField(label=_("失业登记/转移就业登记"), required=False,
                                          choices=[("", _("未办理"))] + list(RegistrationType.choices), widget=forms.Select(attrs=S))
    bj_rural_labour = forms.BooleanField(label=_("本市农村劳动力"), required=False, widget=forms.CheckboxInput(attrs=C))
    difficulty_certified = forms.BooleanField(label=_("已认定为就业困难人员"), required=False, widget=forms.CheckboxInput(attrs=C))
    certified_on = forms.DateField(label=_("认定日期"), required=False, widget=forms.DateInput(attrs=D))
    platform_permission = forms.BooleanField(label=_("已开通互联网服务权限"), required=False, widget=forms.CheckboxInput(attrs=C))
    training_need = TrainingNeedField()
    listing_consent = forms.BooleanField(label=_("本人同意在公共服务平台公开求职意向（不公开身份和联系方式）"), required=False,
                                         widget=forms.CheckboxInput(attrs=C))
    append_to_existing = forms.BooleanField(label=_("追加到已有个人服务台账（一人一账，已登记过的人员勾选）"), required=False,
                                            widget=forms.CheckboxInput(attrs=C))

    def __init__(self, *args, units=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units if units is not None else public_units_of_level()
        self.fields["habitual_district"].queryset = public_units_of_level(UnitLevel.DISTRICT)
        self.fields["habitual_street"].queryset = public_units_of_level(UnitLevel.STREET)
        for name in ("habitual_district", "habitual_street"):  # the place, not the agency serving it
            self.fields[name].label_from_instance = lambda unit: area_name(unit.name)

    def service_kwargs(self) -> dict:
        d = dict(self.cleaned_data)
        kwargs = {k: d.pop(k) for k in ("full_name", "id_number", "phone", "unit", "channel", "collected_on",
                                         "append_to_existing")}
        kwargs["channel"] = kwargs["channel"] or "front_desk"
        history = [{"employer_name": d.pop("last_employer"), "occupation_code": d.pop("last_occupation_code")}]
        certs = [{"name": d.pop("certificate_name"), "skill_level": d.get("skill_level")}]
        d["habitual_district"] = d["habitual_district"].pk if d["habitual_district"] else None
        d["habitual_street"] = d["habitual_street"].pk if d["habitual_street"] else None
        return {**kwargs, "profile": d, "work_history": history, "certificates": certs}


class SelfRegistrationForm(JobSeekerCreateForm):
    """The registration form on the portal, without the staff-only fields; the habitual-residence district is required."""

    STAFF_ONLY = ("unit", "channel", "collected_on", "append_to_existing", "difficulty_certified", "certified_on",
                  "platform_permission")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.STAFF_ONLY:
            del self.fields[name]
        self.fields["habitual_district"].required = True

    def service_kwargs(self) -> dict:
        for name in self.STAFF_ONLY:
            self.cleaned_data.setdefault(name, None)
        kwargs = super().service_kwargs()
        district, street = self.cleaned_data["habitual_district"], self.cleaned_data["habitual_street"]
        kwargs.update(unit=street or district, channel="online_registration", collected_on=None, append_to_existing=True)
        kwargs["profile"]["platform_permission"] = True  # registering online activates the permission (BJ-7-2)
        return kwargs


class SignupForm(forms.Form):
    username = forms.CharField(label=_("用户名"), max_length=150, widget=forms.TextInput(attrs=T))
    full_name = forms.CharField(label=_("姓名"), max_length=64, widget=forms.TextInput(attrs=T))
    password = forms.CharField(label=_("密码"), widget=forms.PasswordInput(attrs=T))


class JobSeekerContactForm(forms.Form):
    full_name = forms.CharField(label=_("姓名"), max_length=64, widget=forms.TextInput(attrs=T))
    phone = forms.CharField(label=_("联系电话"), max_length=20, required=False, widget=forms.TextInput(attrs=T))


class OverrideForm(forms.Form):
    level = forms.TypedChoiceField(label=_("调整后的等级"), coerce=int, choices=[(i, f"{i}级") for i in range(1, 5)],
                                   widget=forms.Select(attrs=S))
    reason = forms.CharField(label=_("调整理由"), widget=forms.Textarea(attrs={**T, "rows": 3}))


class ReadinessForm(forms.Form):
    start_lead_days = forms.IntegerField(label=_("收到聘用通知后需要的准备天数"), min_value=0, widget=forms.NumberInput(attrs=T))
    available_from = forms.DateField(label=_("最早可上岗日期（如有限制）"), required=False, widget=forms.DateInput(attrs=D))
    preparation_insufficient = forms.BooleanField(label=_("就业准备不足"), required=False, widget=forms.CheckboxInput(attrs=C))
    basis = forms.CharField(label=_("评估依据"), required=False, widget=forms.Textarea(attrs={**T, "rows": 2}))
    advice = forms.CharField(label=_("咨询意见"), required=False, widget=forms.Textarea(attrs={**T, "rows": 3}),
                             help_text=_("暂时不具备上岗条件或就业准备不足的，必须填写。"))


class PolicyAdviceForm(forms.Form):
    missing_procedures = forms.MultipleChoiceField(label=_("建议办理的手续"), choices=list(PROCEDURE_LABELS_ZH.items()),
                                                   widget=forms.CheckboxSelectMultiple)
    note = forms.CharField(label=_("咨询内容"), required=False, widget=forms.Textarea(attrs={**T, "rows": 3}))


class ContactForm(forms.Form):
    occurred_on = forms.DateField(label=_("日期"), widget=forms.DateInput(attrs=D))
    initiated_by = forms.ChoiceField(label=_("发起方"), choices=[("agency", _("机构主动")), ("client", _("服务对象发起"))],
                                     widget=forms.Select(attrs=S))
    channel = forms.ChoiceField(label=_("方式"), choices=[("phone", _("电话")), ("front_desk", _("窗口")), ("online", _("网络")),
                                                        ("onsite_visit", _("上门"))], widget=forms.Select(attrs=S))
    reached = forms.BooleanField(label=_("已联系上"), required=False, initial=True, widget=forms.CheckboxInput(attrs=C))
    summary = forms.CharField(label=_("内容"), widget=forms.TextInput(attrs=T))


class NoContactReportForm(forms.Form):
    recipient = forms.CharField(label=_("接收部门（就失业登记管理部门）"), widget=forms.TextInput(attrs=T))
    content = forms.CharField(label=_("反馈内容"), required=False, widget=forms.Textarea(attrs={**T, "rows": 3}))


class PeriodForm(forms.Form):
    date_from = forms.DateField(label=_("开始日期"), widget=forms.DateInput(attrs=D))
    date_to = forms.DateField(label=_("结束日期"), widget=forms.DateInput(attrs=D))


class ImportForm(forms.Form):
    file = forms.FileField(label=_("求职登记表（.xlsx）"))


class IntentionsForm(forms.Form):
    sought_occupation_code = forms.CharField(label=_("求职职业"), required=False, widget=OccupationPicker(attrs=T),
                                             help_text=_("输入职业名称中的字或职业代码，从列表中选择。"))
    sought_industry = forms.CharField(label=_("求职行业"), required=False, widget=forms.TextInput(attrs=T))
    sought_area = forms.CharField(label=_("求职区域"), required=False, widget=forms.TextInput(attrs=T))
    salary_min = forms.IntegerField(label=_("期望月薪下限（元）"), required=False, min_value=0, max_value=MAX_MONTHLY_PAY, widget=forms.NumberInput(attrs=T))
    salary_max = forms.IntegerField(label=_("期望月薪上限（元）"), required=False, min_value=0, max_value=MAX_MONTHLY_PAY, widget=forms.NumberInput(attrs=T))
    working_pattern = forms.ChoiceField(label=_("工作方式"), required=False, choices=_choices(WorkingPattern.choices),
                                        widget=forms.Select(attrs=S))


class CertificationForm(forms.Form):
    status = forms.ChoiceField(label=_("认定结果"), choices=CertificationStatus.choices, widget=forms.Select(attrs=S))
    decided_on = forms.DateField(label=_("认定（退出）日期"), widget=forms.DateInput(attrs=D))
    authority = forms.CharField(label=_("认定部门"), max_length=100, widget=forms.TextInput(attrs=T))
    document_ref = forms.CharField(label=_("认定文书编号"), required=False, widget=forms.TextInput(attrs=T))
    evidence = forms.ModelChoiceField(label=_("认定材料（电子档案）"), required=False, queryset=None,
                                      widget=forms.Select(attrs=S))
    note = forms.CharField(label=_("备注"), required=False, widget=forms.TextInput(attrs=T))

    def __init__(self, *args, items=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["evidence"].queryset = items


class HandOffForm(forms.Form):
    kind = forms.ChoiceField(label=_("衔接服务类型"), choices=ProgrammeKind.choices, widget=forms.Select(attrs={"class": "form-select"}))
    programme = forms.CharField(label=_("接收项目"), max_length=200, widget=forms.TextInput(attrs=T),
                                help_text=_("如：某培训机构的育婴员职业技能培训班、某单位就业见习岗位。"))
    provider = forms.CharField(label=_("承办机构"), max_length=200, required=False, widget=forms.TextInput(attrs=T))
    referred_on = forms.DateField(label=_("转介日期"), widget=forms.DateInput(attrs=D))


class HandOffOutcomeForm(forms.Form):
    outcome = forms.ChoiceField(label=_("结果"), choices=[c for c in HandOffOutcome.choices if c[0] != HandOffOutcome.PENDING],
                                widget=forms.Select(attrs={"class": "form-select"}))
    started_on = forms.DateField(label=_("开始日期"), required=False, widget=forms.DateInput(attrs=D))
    ended_on = forms.DateField(label=_("结束日期"), required=False, widget=forms.DateInput(attrs=D))
    note = forms.CharField(label=_("结果说明"), max_length=300, required=False, widget=forms.TextInput(attrs=T))
