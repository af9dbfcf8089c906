"""Staff forms of the studio register: shape only; the services decide (HN-6-19, HN-11-7, SD-8-1, SD-8-2)."""
from django import forms
from django.utils.translation import gettext_lazy as _

from ..rules.sd import STANDARDISATION_CHECKLIST
from ..states import SdLevel, StudioKind

DATE = forms.DateInput(attrs={"type": "date", "class": "form-control"})
TEXT = {"class": "form-control"}
SELECT = {"class": "form-select"}
AREA = {"class": "form-control", "rows": 3}
EXIT_GROUNDS = [
    ("n1_legal_person_ended", _("所在单位法人资格终止且工作室停止履职（自然退出）")),
    ("n2_master_absent", _("领衔大师空缺满一年且不适合存续（自然退出）")),
    ("n3_voluntary", _("所在单位申请注销（自然退出）")),
    ("f1_rectification_failed", _("限期整改不合格（强制退出）")),
    ("f2_falsification", _("弄虚作假（强制退出）")),
    ("f3_fund_misuse", _("违规使用资金（强制退出）")),
]


class PlaqueForm(forms.Form):
    number = forms.CharField(label=_("牌匾编号"), max_length=40, widget=forms.TextInput(attrs=TEXT))
    spec_version = forms.CharField(label=_("统一规格版本"), max_length=40, widget=forms.TextInput(attrs=TEXT))
    presented_on = forms.DateField(label=_("授牌日期"), widget=DATE)
    recipient = forms.CharField(label=_("接收人"), max_length=60, widget=forms.TextInput(attrs=TEXT))


class ExitForm(forms.Form):
    ground = forms.ChoiceField(label=_("退出情形"), choices=EXIT_GROUNDS, widget=forms.Select(attrs=SELECT))
    document_number = forms.CharField(label=_("文号"), max_length=60, required=False, widget=forms.TextInput(attrs=TEXT))
    document_date = forms.DateField(label=_("发文日期"), widget=DATE)
    reason = forms.CharField(label=_("理由"), required=False, widget=forms.Textarea(attrs=AREA))
    evidence = forms.CharField(label=_("证据"), required=False, widget=forms.Textarea(attrs=AREA))
    lost_legal_person = forms.BooleanField(label=_("所在单位法人资格已终止"), required=False)
    stopped_functions = forms.BooleanField(label=_("工作室已停止履职"), required=False)
    unfit_to_continue = forms.BooleanField(label=_("经研究不宜继续"), required=False)
    host_applied = forms.BooleanField(label=_("所在单位已申请注销"), required=False)
    serious = forms.BooleanField(label=_("情节严重"), required=False)


class SdRegisterForm(forms.Form):
    host_unit = forms.ModelChoiceField(label=_("所在单位"), queryset=None, widget=forms.Select(attrs=SELECT))
    name = forms.CharField(label=_("名称"), max_length=80, widget=forms.TextInput(attrs=TEXT))
    kind = forms.ChoiceField(label=_("类型"), choices=StudioKind.choices, widget=forms.Select(attrs=SELECT))
    level = forms.ChoiceField(label=_("级别"), choices=SdLevel.choices, widget=forms.Select(attrs=SELECT))
    area = forms.ModelChoiceField(label=_("所在行政区域"), queryset=None, widget=forms.Select(attrs=SELECT))
    lead_counsellor = forms.CharField(label=_("领衔职业指导人员"), max_length=50, widget=forms.TextInput(attrs=TEXT))
    opened_on = forms.DateField(label=_("设立日期"), widget=DATE)
    legal_entity = forms.CharField(label=_("隶属的法人单位"), max_length=100, widget=forms.TextInput(attrs=TEXT))
    assessment_tools = forms.CharField(label=_("专业测评工具（高校）"), required=False, widget=forms.TextInput(attrs=TEXT),
                                       help_text=_("多项用顿号分隔。"))
    service_functions = forms.CharField(label=_("服务功能（高校）"), required=False, widget=forms.TextInput(attrs=TEXT),
                                        help_text=_("多项用顿号分隔。"))
    brand = forms.CharField(label=_("专业品牌（高校）"), required=False, max_length=80, widget=forms.TextInput(attrs=TEXT))
    service_process = forms.CharField(label=_("标准化服务流程（高校）"), required=False, widget=forms.Textarea(attrs=AREA))

    def __init__(self, *args, host_units, areas, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["host_unit"].queryset = host_units
        self.fields["area"].queryset = areas

    def service_kwargs(self) -> dict:
        d = dict(self.cleaned_data)
        for key in ("assessment_tools", "service_functions"):
            d[key] = [x for x in d[key].replace("，", "、").replace(",", "、").split("、") if x.strip()]
        return d


class StandardisationForm(forms.Form):
    assessed_on = forms.DateField(label=_("评估日期"), widget=DATE)
    note = forms.CharField(label=_("说明"), required=False, widget=forms.Textarea(attrs=AREA))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for key, label in STANDARDISATION_CHECKLIST.items():
            self.fields[f"item_{key}"] = forms.ChoiceField(label=_(label), choices=[("yes", _("达标")), ("no", _("未达标"))],
                                                           widget=forms.RadioSelect)

    def service_kwargs(self) -> dict:
        d = self.cleaned_data
        return {"assessed_on": d["assessed_on"], "note": d["note"],
                "checklist": {k: d[f"item_{k}"] == "yes" for k in STANDARDISATION_CHECKLIST}}
