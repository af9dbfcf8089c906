"""Forms of the resource library (SD-17-*, SD-3-4) and of the typical cases (SD-15-2, SD-15-3): shape only, the
services decide."""
import re

from django import forms
from django.utils.translation import gettext_lazy as _

from .choices import ResourceType, Sharing

TEXT = {"class": "form-control"}
SELECT = {"class": "form-select"}
AREA = {"class": "form-control", "rows": 5}
DATE = forms.DateInput(attrs={"type": "date", "class": "form-control"})
LINES = [("hrss", _("人社")), ("education", _("教育"))]
MOVES = [("submitted", _("提交审核")), ("published", _("审核通过并发布")), ("returned", _("退回")), ("withdrawn", _("撤回"))]


def _text(label, required=True, max_length=200):
    return forms.CharField(label=label, required=required, max_length=max_length, widget=forms.TextInput(attrs=TEXT))


def _area(label, required=True):
    return forms.CharField(label=label, required=required, widget=forms.Textarea(attrs=AREA))


def _choice(label, choices):
    return forms.ChoiceField(label=label, choices=choices, widget=forms.Select(attrs=SELECT))


class ResourceForm(forms.Form):
    title = _text(_("标题"))
    resource_type = _choice(_("类型"), ResourceType.choices)
    line = _choice(_("条线"), LINES)
    resource_date = forms.DateField(label=_("日期"), widget=DATE)
    tags = _text(_("标签（用顿号或逗号分隔）"), required=False)
    sharing = _choice(_("共享范围"), Sharing.choices)
    licence = _text(_("使用许可"), max_length=100)
    class_hours = forms.DecimalField(label=_("课程学时（课程必填）"), required=False, max_digits=5, decimal_places=1,
                                     min_value=0, widget=forms.NumberInput(attrs=TEXT))
    content = _area(_("内容或地址"))

    def clean_tags(self):
        return [t.strip() for t in re.split(r"[、，,]", self.cleaned_data["tags"]) if t.strip()]


class ReviseForm(forms.Form):
    content = _area(_("新版内容或地址"))
    note = _text(_("修订说明"))


class MoveForm(forms.Form):
    to = _choice(_("操作"), MOVES)
    note = _text(_("审核意见（退回必填）"), required=False)


class LearnForm(forms.Form):
    progress = forms.IntegerField(label=_("学习进度（%）"), min_value=0, max_value=100, widget=forms.NumberInput(attrs=TEXT))


class ShowcaseForm(forms.Form):
    entry = forms.ModelChoiceField(label=_("获奖作品"), queryset=None, widget=forms.Select(attrs=SELECT))
    de_identified = forms.BooleanField(label=_("已删除作品中服务对象的个人信息"), required=False)
    licence = _text(_("使用许可"), max_length=100)

    def __init__(self, *args, entry=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["entry"].queryset = entry


class UtilisationForm(forms.Form):
    start = forms.DateField(label=_("开始日期"), widget=DATE)
    end = forms.DateField(label=_("结束日期"), widget=DATE)


class CaseForm(forms.Form):
    title = _text(_("案例标题"))
    service_area = _text(_("服务领域（如就业指导、生涯规划）"), max_length=100)
    background = _area(_("案例背景"))
    process = _area(_("指导过程"))
    outcome = _area(_("服务成效"))
    reflection = _area(_("经验启示"), required=False)


class DeIdentifyForm(forms.Form):
    identifying_terms = _area(_("需核查的身份信息（服务对象姓名、用人单位、学校等，每行一个；仅用于核查，不保存）"),
                              required=False)
    attested = forms.BooleanField(label=_("本人承诺：已删除服务对象的姓名、身份证号码、电话、地址及可识别的用人单位等信息"),
                                  required=False)


class CaseReviewForm(forms.Form):
    experts = forms.ModelMultipleChoiceField(label=_("评审专家（专家库）"), queryset=None,
                                             widget=forms.CheckboxSelectMultiple)
    on = forms.DateField(label=_("评审日期"), widget=DATE)

    def __init__(self, *args, experts=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["experts"].queryset = experts


class CaseDecideForm(forms.Form):
    selected = forms.TypedChoiceField(label=_("评审结论"), choices=[("yes", _("入选")), ("no", _("退回"))],
                                      coerce=lambda v: v == "yes", widget=forms.Select(attrs=SELECT))
    note = _text(_("评审意见（退回必填）"), max_length=300, required=False)


class CasePublishForm(forms.Form):
    licence = _text(_("使用许可"), max_length=100)
    sharing = _choice(_("共享范围"), Sharing.choices)
