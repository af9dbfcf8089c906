"""Forms of the chapter-3 pages: they check the shape of the input; the services decide its meaning."""
from django import forms
from django.utils.translation import gettext_lazy as _

from .choices import (
    GUIDANCE_SERVICES,
    AssistanceService,
    BarrierCause,
    EvaluationKind,
    OptionList,
    PlacementOutcome,
    ProgressSource,
    StageStatus,
    TeamRole,
    TransferDecision,
)
from .states import FollowUpKind, LocationBasis, TransferReason

_W = {"class": "form-control"}
_S = {"class": "form-select"}
_C = {"class": "form-check-input"}
TRI = [("", _("未评估")), ("yes", _("是")), ("no", _("否"))]
YES_NO = [("yes", _("是")), ("no", _("否"))]


def _text(label, required=True, max_length=300):
    return forms.CharField(label=label, required=required, max_length=max_length, widget=forms.TextInput(attrs=_W))


def _area(label, required=True):
    return forms.CharField(label=label, required=required, widget=forms.Textarea(attrs={**_W, "rows": 3}))


def _date(label, required=True):
    return forms.DateField(label=label, required=required,
                           widget=forms.DateInput(attrs={**_W, "type": "date"}, format="%Y-%m-%d"))


def _pick(label, required=True):
    return forms.ModelChoiceField(label=label, queryset=None, required=required, widget=forms.Select(attrs=_S))


def _choice(label, choices, required=True):
    return forms.ChoiceField(label=label, choices=choices, required=required, widget=forms.Select(attrs=_S))


def _check(label):
    return forms.BooleanField(label=label, required=False, widget=forms.CheckboxInput(attrs=_C))


def _many(label, choices, required=False):
    return forms.MultipleChoiceField(label=label, choices=choices, required=required,
                                     widget=forms.CheckboxSelectMultiple)


def tri(value):
    """"yes"/"no"/"" → True/False/None."""
    return {"yes": True, "no": False}.get(value)


class PickForm(forms.Form):
    """A form whose pick fields get their querysets (from scoped selectors) from the view."""

    def __init__(self, *args, querysets=None, options=None, **kwargs):
        super().__init__(*args, **kwargs)
        for name, qs in (querysets or {}).items():
            self.fields[name].queryset = qs
        for name, choices in (options or {}).items():
            self.fields[name].choices = ([("", "---------")] if not self.fields[name].required else []) + list(choices)


# ---- outreach ------------------------------------------------------------------------------------------

class SurveyForm(PickForm):
    occurred_on = _date(_("摸查日期"))
    method = _choice(_("摸查方式"), ())
    reached = _choice(_("是否联系到本人"), YES_NO)
    willing = _choice(_("是否有就业意愿"), TRI, required=False)
    reasons = _many(_("暂无就业意愿的具体原因"), ())
    reason_note = _text(_("原因说明"), required=False)
    circumstance = _choice(_("生育、陪护家人等情况（推迟跟踪摸查时填写）"), (), required=False)
    circumstance_note = _text(_("情况说明"), required=False)
    next_due = _date(_("下次跟踪摸查日期（不填则按规定期限）"), required=False)

    def __init__(self, *args, questions=(), **kwargs):
        super().__init__(*args, **kwargs)
        for code, label in questions:
            self.fields[f"q_{code}"] = _text(label, required=False)

    def service_kwargs(self) -> dict:
        d = self.cleaned_data
        answers = {k[2:]: v for k, v in d.items() if k.startswith("q_") and v}
        return {"occurred_on": d["occurred_on"], "method": d["method"], "reached": d["reached"] == "yes",
                "willing": tri(d["willing"]), "reasons": d["reasons"], "reason_note": d["reason_note"],
                "answers": answers, "circumstance": d["circumstance"], "circumstance_note": d["circumstance_note"],
                "next_due": d["next_due"]}


class AssignForm(PickForm):
    assignee = _pick(_("摸查人员"))


class StopReportForm(forms.Form):
    recipient = _text(_("接收反馈的就失业登记管理部门"), max_length=100)
    content = _area(_("反馈内容（不填则写明停止服务的依据）"), required=False)
    reported_on = _date(_("反馈日期"))


class OptionForm(forms.Form):
    list_code = _choice(_("清单"), OptionList.choices)
    code = _text(_("代码（英文字母、数字、下划线）"), max_length=32)
    label = _text(_("名称"), max_length=60)


# ---- agreement, case worker, team ----------------------------------------------------------------------

class AgreementForm(PickForm):
    case_worker = _pick(_("就业援助服务专员"))
    location_basis = _choice(_("就业援助服务地"), LocationBasis.choices)
    address = _text(_("服务地地址"), max_length=200)
    rights_obligations = _area(_("双方权利和义务"))
    termination_circumstances = _area(_("约定的终止服务情形"))
    signed_on = _date(_("签订日期"))


class ReassignForm(PickForm):
    worker = _pick(_("新的就业援助服务专员"))
    reason = _text(_("更换原因"), max_length=200)


class TeamMemberForm(PickForm):
    member = _pick(_("成员"))
    role = _choice(_("团队角色"), [c for c in TeamRole.choices if c[0] != TeamRole.CASE_WORKER])


# ---- evaluations, plans, services ----------------------------------------------------------------------

class EvaluationForm(PickForm):
    kind = _choice(_("评估类型"), EvaluationKind.choices)
    evaluated_on = _date(_("评估日期"))
    instrument = _pick(_("测评工具版本"), required=False)
    instrument_version = _text(_("或填写所用工具及版本"), required=False, max_length=100)
    causes = _many(_("就业障碍原因"), BarrierCause.choices)
    start_lead_days = forms.IntegerField(label=_("收到聘用通知后需要的准备天数（评估上岗条件时填写）"), required=False,
                                         min_value=0, widget=forms.NumberInput(attrs=_W))
    readiness_ready = _choice(_("是否做好就业准备"), TRI, required=False)
    result = _area(_("评估结果"))
    advice = _area(_("咨询意见（不具备上岗条件时必填）"), required=False)
    programme = _pick(_("评估的培训、见习项目（项目结束后评估时选择）"), required=False)

    def service_kwargs(self) -> dict:
        d = dict(self.cleaned_data)
        d["readiness_ready"] = tri(d["readiness_ready"])
        return d


class PlanForm(forms.Form):
    barriers = _area(_("主要就业障碍及原因"))
    causes = _many(_("障碍原因类别"), BarrierCause.choices, required=True)
    measures = _area(_("帮扶措施"))
    stage_1_goal = _text(_("阶段一目标"))
    stage_1_date = _date(_("阶段一目标日期"))
    stage_1_owner = _text(_("阶段一负责人"), required=False, max_length=64)
    stage_2_goal = _text(_("阶段二目标"), required=False)
    stage_2_date = _date(_("阶段二目标日期"), required=False)
    stage_2_owner = _text(_("阶段二负责人"), required=False, max_length=64)
    stage_3_goal = _text(_("阶段三目标"), required=False)
    stage_3_date = _date(_("阶段三目标日期"), required=False)
    stage_3_owner = _text(_("阶段三负责人"), required=False, max_length=64)
    action_1 = _text(_("行动一"), required=False)
    action_1_owner = _text(_("行动一负责人"), required=False, max_length=64)
    action_1_due = _date(_("行动一完成期限"), required=False)
    action_2 = _text(_("行动二"), required=False)
    action_2_owner = _text(_("行动二负责人"), required=False, max_length=64)
    action_2_due = _date(_("行动二完成期限"), required=False)
    person_agreed = _check(_("已会同本人共同制定，本人同意"))
    agreement_note = _text(_("本人参与和同意情况"))
    reason = _text(_("修改原因（修改方案时必填）"), required=False)

    @staticmethod
    def initial_from(plan) -> dict:
        if plan is None:
            return {}
        data = {"barriers": plan.barriers, "causes": plan.causes, "measures": plan.measures}
        for i, stage in enumerate(plan.stages[:3], start=1):
            data.update({f"stage_{i}_goal": stage["goal"], f"stage_{i}_date": stage["target_date"],
                         f"stage_{i}_owner": stage.get("owner", "")})
        for i, action in enumerate(plan.actions[:2], start=1):
            data.update({f"action_{i}": action["action"], f"action_{i}_owner": action.get("owner", ""),
                         f"action_{i}_due": action.get("due", "")})
        return data

    def service_kwargs(self) -> dict:
        d = self.cleaned_data
        stages = [{"goal": d[f"stage_{i}_goal"], "target_date": d[f"stage_{i}_date"], "owner": d[f"stage_{i}_owner"]}
                  for i in (1, 2, 3)]
        actions = [{"action": d[f"action_{i}"], "owner": d[f"action_{i}_owner"], "due": d[f"action_{i}_due"],
                    "status": "planned"} for i in (1, 2)]
        return {"barriers": d["barriers"], "causes": d["causes"], "measures": d["measures"], "stages": stages,
                "actions": actions, "person_agreed": d["person_agreed"], "agreement_note": d["agreement_note"],
                "reason": d["reason"]}


class StageReviewForm(PickForm):
    stage = forms.TypedChoiceField(label=_("阶段"), coerce=int, choices=(), widget=forms.Select(attrs=_S))
    status = _choice(_("达成情况"), StageStatus.choices)
    reviewed_on = _date(_("评估日期"))
    note = _text(_("说明"), required=False)


class GuidanceForm(forms.Form):
    service = _choice(_("服务类型"), [(s.value, s.label) for s in GUIDANCE_SERVICES])
    occurred_on = _date(_("服务日期"))
    summary = _text(_("服务内容"))


class FollowUpForm(forms.Form):
    kind = _choice(_("回访类型"), FollowUpKind.choices)
    stability_months = forms.TypedChoiceField(label=_("稳定性回访节点"), coerce=int, required=False, empty_value=None,
                                              choices=[("", "---------"), (1, _("1个月")), (3, _("3个月")),
                                                       (6, _("6个月"))], widget=forms.Select(attrs=_S))
    occurred_on = _date(_("回访日期"))
    reached = _choice(_("是否联系到本人"), YES_NO)
    readiness_ready = _choice(_("是否做好就业准备"), TRI, required=False)
    job_ready = _choice(_("是否具备上岗条件"), TRI, required=False)
    measure_effect = _area(_("帮扶措施效果评估"), required=False)
    unwilling_statement = _check(_("本人明确表示无就业意愿或拒绝接受公共就业服务"))
    note = _area(_("回访情况"), required=False)

    def service_kwargs(self) -> dict:
        d = dict(self.cleaned_data)
        d.update(reached=d["reached"] == "yes", readiness_ready=tri(d["readiness_ready"]), job_ready=tri(d["job_ready"]))
        return d


class ProgrammeForm(PickForm):
    kind = _choice(_("项目类型"), ())
    name = _text(_("项目名称"), max_length=200)
    provider = _text(_("培训机构或见习单位"), max_length=200)
    partner_department = _text(_("配合的相关部门"), required=False, max_length=100)
    starts_on = _date(_("开始日期"))
    planned_end_on = _date(_("计划结束日期"))


class ProgressForm(forms.Form):
    occurred_on = _date(_("了解日期"))
    source = _choice(_("信息来源"), ProgressSource.choices)
    source_name = _text(_("来源单位或人员"), max_length=100)
    reached = _choice(_("是否联系到本人或承办方"), YES_NO)
    note = _area(_("进展情况"))
    late_reason = _text(_("未在窗口内了解的原因（超出窗口时填写）"), required=False)

    def service_kwargs(self) -> dict:
        return {**self.cleaned_data, "reached": self.cleaned_data["reached"] == "yes"}


class ProgrammeEndForm(forms.Form):
    ended_on = _date(_("实际结束日期"))
    note = _text(_("结束情况"), required=False)


class JobStartForm(forms.Form):
    employer_name = _text(_("就业单位"), max_length=100)
    started_on = _date(_("上岗日期（到新单位的第一个工作日）"))


class JobLeftForm(forms.Form):
    left_on = _date(_("离职日期"))
    note = _text(_("离职情况"), required=False)


# ---- consultation --------------------------------------------------------------------------------------

class ConsultationForm(forms.Form):
    issues = _area(_("需会诊的疑难问题"))


class PanelForm(PickForm):
    members = forms.ModelMultipleChoiceField(label=_("专家小组成员（两级机构的职业指导人员）"), queryset=None,
                                             widget=forms.CheckboxSelectMultiple)


class OpinionForm(forms.Form):
    held_on = _date(_("会诊日期"))
    issues = _area(_("研讨的疑难问题"))
    advice = _area(_("咨询意见和建议"))


class PanelReportForm(forms.Form):
    reported_on = _date(_("反馈日期"))
    content = _area(_("指导、匹配推荐及跟踪回访情况"))


# ---- transfers, termination, welfare, key groups ------------------------------------------------------

class TransferForm(PickForm):
    reason = _choice(_("变更原因"), TransferReason.choices)
    to_unit = _pick(_("新服务地街道（乡镇）"))
    new_address = _text(_("新服务地地址"), max_length=200)


class TransferVerifyForm(forms.Form):
    accept = _choice(_("核实结果"), [("yes", _("符合条件，提出划转申请")), ("no", _("不予受理"))])
    note = _text(_("核实情况或不予受理的理由"))


class TransferDecideForm(forms.Form):
    decision = _choice(_("审批意见"), TransferDecision.choices)
    note = _text(_("理由（退回或不予批准时必填）"), required=False)


class TerminationForm(PickForm):
    follow_up = _pick(_("本人明确表示的跟踪回访"))
    statement = _area(_("本人明确表示的内容"))
    verification_note = _area(_("核实情况"))


class TerminationDecideForm(forms.Form):
    approve = _choice(_("审批意见"), [("yes", _("批准终止")), ("no", _("不予批准"))])
    reported_to = _text(_("告知的就失业登记管理部门（批准时必填）"), required=False, max_length=100)
    note = _text(_("审批意见说明（不予批准时必填）"), required=False)


class CloseForm(forms.Form):
    circumstance = _area(_("出现的协议约定终止服务情形"))


class WelfareReferForm(forms.Form):
    organisation = _text(_("社会公益性就业组织"), max_length=100)
    obligations_attested = _check(_("援助专员确认：期间积极履行约定义务、执行行动计划"))
    obligations_evidence = _text(_("台账依据"), required=False)
    placement_criteria_met = _check(_("符合公益性岗位安置条件"))
    criteria_document = _text(_("安置条件依据文件"), required=False)


class PlacementForm(forms.Form):
    post = _text(_("安置岗位"), max_length=100)
    placed_on = _date(_("安置日期"))
    placement_ends_on = _date(_("安置期满日期"))


class PlacementEndForm(forms.Form):
    outcome = _choice(_("安置结果"), PlacementOutcome.choices)
    ended_on = _date(_("结束日期"))
    resume = _check(_("安置期满未实现市场就业，仍符合就业援助条件，继续提供援助服务"))
    note = _text(_("情况说明"), required=False)


class KeyGroupForm(forms.Form):
    name = _text(_("人员类别"), max_length=100)
    description = _area(_("认定范围"))
    effective_from = _date(_("生效日期"))
    effective_to = _date(_("失效日期"), required=False)


class KeyGroupCaseForm(PickForm):
    group = _pick(_("人员类别"))
    id_number = _text(_("求职者身份证号码"), max_length=18)


SERVICE_LABELS = dict(AssistanceService.choices)
