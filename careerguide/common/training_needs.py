"""The training need recorded on job-seeker and employer records (培训需求, BJ-54-3): the occupation or skill, the level
and the preferred timing, kept as one small JSON value ({} when there is none) so that the monthly aggregation for
the vocational-skills-training department (BJ-54-1) groups it in one query.
"""
from __future__ import annotations

from django import forms
from django.db import models
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy


class TrainingLevel(models.TextChoices):
    ENTRY = "entry", gettext_lazy("初级（五级）")
    INTERMEDIATE = "intermediate", gettext_lazy("中级（四级）")
    ADVANCED = "advanced", gettext_lazy("高级（三级）")
    TECHNICIAN = "technician", gettext_lazy("技师（二级）")
    SENIOR_TECHNICIAN = "senior_technician", gettext_lazy("高级技师（一级）")


class TrainingTiming(models.TextChoices):
    ASAP = "asap", gettext_lazy("尽快")
    WITHIN_3_MONTHS = "within_3_months", gettext_lazy("三个月内")
    WITHIN_6_MONTHS = "within_6_months", gettext_lazy("半年内")
    FLEXIBLE = "flexible", gettext_lazy("时间灵活")


def training_need_clean(value) -> tuple[dict, list[str]]:
    """The stored value and the problems of a training need: nothing at all, or all three parts."""
    value = value or {}
    skill = (value.get("skill") or "").strip()[:100]
    level, timing = value.get("level") or "", value.get("timing") or ""
    if not (skill or level or timing):
        return {}, []
    problems = []
    if not skill:
        problems.append(_("请填写培训需求的职业（工种）或技能。"))
    if level not in TrainingLevel.values:
        problems.append(_("请选择培训需求的等级。"))
    if timing not in TrainingTiming.values:
        problems.append(_("请选择希望的培训时间。"))
    return {"skill": skill, "level": level, "timing": timing}, problems


def training_need_label(value) -> str:
    """"焊工 · 中级（四级） · 三个月内", or "" without a need."""
    if not value:
        return ""
    return " · ".join([value.get("skill", ""), str(dict(TrainingLevel.choices).get(value.get("level"), "")),
                       str(dict(TrainingTiming.choices).get(value.get("timing"), ""))])


class TrainingNeedWidget(forms.MultiWidget):
    def __init__(self, attrs=None):
        text = {"class": "form-control", "placeholder": gettext_lazy("职业（工种）或技能，如：焊工")}
        select = {"class": "form-select"}
        super().__init__([forms.TextInput(attrs=text),
                          forms.Select(attrs=select, choices=[("", gettext_lazy("等级"))] + list(TrainingLevel.choices)),
                          forms.Select(attrs=select, choices=[("", gettext_lazy("培训时间"))] + list(TrainingTiming.choices))],
                         attrs)

    def decompress(self, value):
        value = value or {}
        return [value.get("skill", ""), value.get("level", ""), value.get("timing", "")]


class TrainingNeedField(forms.MultiValueField):
    """The form field of a training need (BJ-54-3); every problem is shown on the field in Chinese."""

    widget = TrainingNeedWidget

    def __init__(self, **kwargs):
        kwargs.setdefault("label", gettext_lazy("培训需求"))
        kwargs.setdefault("help_text", gettext_lazy("职业（工种）或技能、等级和希望的培训时间；没有需求不填。"))
        fields = (forms.CharField(max_length=100, required=False),
                  forms.ChoiceField(choices=TrainingLevel.choices, required=False),
                  forms.ChoiceField(choices=TrainingTiming.choices, required=False))
        super().__init__(fields=fields, require_all_fields=False, required=False, **kwargs)

    def compress(self, data_list):
        skill, level, timing = (list(data_list) + ["", "", ""])[:3] if data_list else ("", "", "")
        value, problems = training_need_clean({"skill": skill, "level": level, "timing": timing})
        if problems:
            raise forms.ValidationError(problems)
        return value
