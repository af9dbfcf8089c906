"""Forms of the case pages: intake, the worker steps (6.1), the employer steps (6.2), referral (8.1) and the
records a case carries (service items, training recommendations, employment-practice guidance, archive,
satisfaction)."""
from django import forms
from django.utils.translation import gettext_lazy as _

from ..choices import (
    ARCHIVE_ITEM_LABELS,
    AdjustmentTarget,
    CareerInfoGroup,
    Channel,
    PublicServiceItem,
    RecipientType,
    SafetyConcernKind,
)
from ..models.process import PlanReview
from ..rules import DISCLOSURE_BASES, PRACTICE_DATA_TOPICS, REFERRAL_TRIGGERS
from .base import CqForm, DateField, LinesField, text

METHODS = [("signature", _("签字确认")), ("online", _("线上确认")), ("verbal", _("口头同意（由指导人员记录）"))]
SPECIFIC_GROUPS = [("college_graduate", _("高校毕业生")), ("employment_assistance_target", _("就业援助对象")),
                   ("rural_migrant_labour", _("农村转移劳动力"))]
TRIGGERS = list(zip(REFERRAL_TRIGGERS, (_("出现不利于指导进行的因素"), _("问题超出职业指导范围"), _("本人无法完成指导"))))
BASES = list(zip(DISCLOSURE_BASES, (_("服务对象同意"), _("安全升级"), _("法定义务或主管部门要求"))))
ARCHIVE_CHOICES = list(ARCHIVE_ITEM_LABELS.items())
TOPIC_LABELS = dict(zip(PRACTICE_DATA_TOPICS, (_("当地经济状况"), _("工资水平"), _("人力资源结构"))))


class IntakeForm(CqForm):
    """CQ-6.1-2, CQ-6.2-1: the appointment registration (worker) or needs intake (employer)."""
    recipient_type = forms.ChoiceField(label=_("服务对象类别"), choices=RecipientType.choices)
    subject_id = text(_("服务对象"), max_length=100)
    subject_id.help_text = _("求职者填写身份证号码或姓名，用人单位填写统一社会信用代码或单位名称；也可填写本系统中的编号。")
    topic = text(_("咨询主题"), max_length=200)
    preferred_channel = forms.ChoiceField(label=_("希望的服务方式"), choices=Channel.choices)
    preferred_time = text(_("希望的时间"), required=False, max_length=100)
    contact = text(_("联系方式"), required=False, max_length=100)
    specific_groups = forms.MultipleChoiceField(label=_("特定群体"), choices=SPECIFIC_GROUPS, required=False,
                                                widget=forms.CheckboxSelectMultiple)
    job_search_need = forms.BooleanField(label=_("有求职或招聘需求（须关联职业介绍服务）"), required=False)
    counsellor = forms.ModelChoiceField(label=_("职业指导人员"), queryset=None, required=False,
                                        help_text=_("不选即由本人担任。"))

    def __init__(self, *args, counsellors=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["counsellor"].queryset = counsellors


class BookingIntakeForm(CqForm):
    """CQ-6.1-2: a case opened from a guidance appointment with its counsellor assigned."""
    topic = text(_("咨询主题"), max_length=200)
    preferred_channel = forms.ChoiceField(label=_("希望的服务方式"), choices=Channel.choices)
    specific_groups = forms.MultipleChoiceField(label=_("特定群体"), choices=SPECIFIC_GROUPS, required=False,
                                                widget=forms.CheckboxSelectMultiple)
    job_search_need = forms.BooleanField(label=_("有求职需求（须关联职业介绍服务）"), required=False)


class CareerInfoForm(CqForm):
    """CQ-6.1.1-1: the four groups of career information; "无" counts as filled."""
    basic_situation = text(CareerInfoGroup.BASIC_SITUATION.label, required=False, rows=2)
    work_experience = text(CareerInfoGroup.WORK_EXPERIENCE.label, required=False, rows=2)
    job_search_intention = text(CareerInfoGroup.JOB_SEARCH_INTENTION.label, required=False, rows=2)
    job_search_difficulty = text(CareerInfoGroup.JOB_SEARCH_DIFFICULTY.label, required=False, rows=2)


class NeedsForm(CqForm):
    """CQ-6.1.2-1: the services needed, from the catalogue, each with its rationale."""

    def __init__(self, *args, services=(), **kwargs):
        super().__init__(*args, **kwargs)
        for code, label in services:
            self.fields[f"rationale_{code}"] = forms.CharField(
                label=_("%(s)s：需求理由") % {"s": label}, required=False, widget=forms.Textarea(attrs={"rows": 1}))

    def clean(self):
        needs = [{"service_type": name.removeprefix("rationale_"), "rationale": value.strip()}
                 for name, value in self.cleaned_data.items() if name.startswith("rationale_") and (value or "").strip()]
        if not needs:
            raise forms.ValidationError(_("请至少为一项需要的服务填写理由。"))
        return {"needs": needs}


class GoalsForm(CqForm):
    """CQ-6.1.2-2: the goals confirmed with the worker and how."""
    goals = LinesField(label=_("指导目标"))
    method = forms.ChoiceField(label=_("确认方式"), choices=METHODS)


class ProcessRecordForm(CqForm):
    """CQ-6.1.3-1, CQ-7.1.10-2: one entry of the guidance process record."""
    held_on = DateField(label=_("日期"))
    channel = forms.ChoiceField(label=_("服务方式"), choices=Channel.choices)
    service_type = forms.ChoiceField(label=_("服务类型"))
    sub_type = forms.ChoiceField(label=_("服务子类"), required=False)
    goal_indexes = forms.TypedMultipleChoiceField(label=_("对应指导目标"), coerce=int, required=False,
                                                  widget=forms.CheckboxSelectMultiple)
    summary = text(_("摘要"), rows=3)
    outcome = text(_("结果"), required=False, max_length=200)
    referral_trigger = forms.ChoiceField(label=_("转介情形（如有）"), choices=[("", "—"), *TRIGGERS], required=False)

    def __init__(self, *args, services=(), sub_types=(), goals=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["service_type"].choices = list(services)
        self.fields["sub_type"].choices = [("", "—"), *sub_types]
        self.fields["goal_indexes"].choices = list(enumerate(goals))


class ReasonForm(CqForm):
    reason = text(_("原因"), max_length=200)


class PlanForm(CqForm):
    """CQ-6.1.4-1: an employment plan version."""
    goals = LinesField(label=_("目标"))
    targets = text(_("目标职业或岗位"), rows=2)
    actions = LinesField(label=_("行动（求职活动、职业介绍服务、培训等）"))
    start_on = DateField(label=_("开始日期"))
    end_on = DateField(label=_("结束日期"), required=False, help_text=_("不填则按默认期限计算。"))


class PlanAgreeForm(CqForm):
    """CQ-6.1.4-2: the worker agrees one draft version."""
    plan = forms.ModelChoiceField(label=_("就业计划版本"), queryset=None)
    method = forms.ChoiceField(label=_("同意方式"), choices=METHODS)

    def __init__(self, *args, plans=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["plan"].queryset = plans


class FollowUpForm(CqForm):
    """CQ-6.1.5-2, CQ-6.1.5-3: the follow-up, execution per plan action and the adjustments made."""
    held_on = DateField(label=_("日期"))
    channel = forms.ChoiceField(label=_("服务方式"), choices=Channel.choices)
    adjustment_target = forms.ChoiceField(label=_("调整对象"), choices=[("", "—"), *AdjustmentTarget.choices],
                                          required=False)
    adjustment_change = text(_("调整内容"), required=False, rows=2)
    next_on = DateField(label=_("下次约见日期"), required=False, help_text=_("不填则按最长间隔安排。"))

    def __init__(self, *args, actions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.actions = list(actions)
        for index, action in enumerate(self.actions):
            self.fields[f"exec_{index}"] = forms.CharField(label=_("执行情况：%(a)s") % {"a": action}, max_length=300)

    def clean(self):
        data = super().clean()
        if bool(data.get("adjustment_target")) != bool((data.get("adjustment_change") or "").strip()):
            raise forms.ValidationError(_("调整对象和调整内容须同时填写。"))
        adjustments = ([{"target": data["adjustment_target"], "change": data["adjustment_change"]}]
                       if data.get("adjustment_target") else [])
        execution = {a: data.get(f"exec_{i}", "") for i, a in enumerate(self.actions)}
        return {"held_on": data.get("held_on"), "channel": data.get("channel"), "execution": execution,
                "adjustments": adjustments, "next_on": data.get("next_on")}


class ReviewForm(CqForm):
    """CQ-6.1.6-2, CQ-6.1.6-3: the joint review and its outcome."""
    held_on = DateField(label=_("日期"))
    channel = forms.ChoiceField(label=_("服务方式"), choices=Channel.choices)
    participant = text(_("参与的劳动者"), max_length=100)
    problems = text(_("共同研究分析的问题"), rows=3)
    outcome = forms.ChoiceField(label=_("结论"), choices=PlanReview.Outcome.choices)


class CloseEmployedForm(CqForm):
    """CQ-6.1.5-4."""
    employer = text(_("就业单位"), max_length=200)
    post = text(_("岗位"), max_length=100)
    start_on = DateField(label=_("入职日期"))
    via_job_introduction = forms.BooleanField(label=_("通过职业介绍实现就业"), required=False)


class ContactAttemptForm(CqForm):
    """CQ-6.1-4."""
    on = DateField(label=_("联系日期"))


class WithdrawForm(CqForm):
    """CQ-6.1-4."""
    reason = forms.ChoiceField(label=_("退出原因"), choices=[("worker_withdrew", _("劳动者主动退出")),
                                                           ("unreachable", _("多次联系无法取得联系"))])


class ServiceItemForm(CqForm):
    """CQ-7.1.10-1."""
    item = forms.ChoiceField(label=_("公共就业服务事项"), choices=PublicServiceItem.choices)
    label = text(_("其他事项名称"), required=False, max_length=100)
    reference = text(_("服务记录编号"), required=False, max_length=100, )
    note = text(_("说明"), required=False, max_length=300)


class TrainingRecommendForm(CqForm):
    """CQ-7.1.5-2."""
    institution = forms.ModelChoiceField(label=_("培训机构"), queryset=None)
    training_info = text(_("提供的培训信息"), rows=2)
    need = text(_("对应的劳动者需求"), max_length=300)

    def __init__(self, *args, institutions=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["institution"].queryset = institutions


class PracticeGuidanceForm(CqForm):
    """CQ-7.1.9-1: the data used (each with source and date) and the recommendations."""
    held_on = DateField(label=_("日期"))
    channel = forms.ChoiceField(label=_("服务方式"), choices=Channel.choices)
    development_goals = text(_("用人单位发展目标"), rows=2)
    pay_recommendations = text(_("薪酬待遇建议"), rows=2)
    reserve_recommendations = text(_("人力资源储备建议"), rows=2)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for topic, label in TOPIC_LABELS.items():
            self.fields[f"data_{topic}"] = forms.CharField(label=label, required=False, max_length=300)
            self.fields[f"source_{topic}"] = forms.CharField(label=_("%(l)s：数据来源") % {"l": label}, required=False,
                                                             max_length=200)
            self.fields[f"date_{topic}"] = DateField(label=_("%(l)s：数据日期") % {"l": label}, required=False)
            self.fields[f"date_{topic}"].widget.attrs["class"] = "form-control"

    def clean(self):
        data = super().clean()
        rows = [{"topic": t, "figures": data.get(f"data_{t}", ""), "source": data.get(f"source_{t}", ""),
                 "date": data[f"date_{t}"].isoformat() if data.get(f"date_{t}") else ""} for t in TOPIC_LABELS]
        return {k: data.get(k) for k in ("held_on", "channel", "development_goals", "pay_recommendations",
                                         "reserve_recommendations")} | {"data_used": rows}


class HiringNeedForm(CqForm):
    """CQ-6.2.1-1."""
    occupation = text(_("职业（工种）"), max_length=100)
    headcount = forms.IntegerField(label=_("人数"), min_value=1)
    requirements = text(_("岗位要求"), rows=2)
    conditions = text(_("用人条件"), rows=2)
    required_by = DateField(label=_("要求到岗日期"))


class BasicSituationForm(CqForm):
    """CQ-6.2.1-1."""
    basic_situation = text(_("用人单位基本情况"), rows=3)


class NeedChoiceForm(CqForm):
    need = forms.ModelChoiceField(label=_("空缺岗位"), queryset=None)

    def __init__(self, *args, needs=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["need"].queryset = needs


class AnalyseForm(NeedChoiceForm):
    """CQ-6.2.1-2."""
    analysis = text(_("岗位及用人要求分析"), rows=3)
    indicator = text(_("供求指标"), max_length=200)
    source = text(_("数据来源"), max_length=200)
    data_date = DateField(label=_("数据日期"))


class RecommendationsForm(CqForm):
    """CQ-6.2.2-1: per open hiring need, the recommended job-introduction services and other activities."""
    given_on = DateField(label=_("提供给用人单位的日期"))

    def __init__(self, *args, needs=(), **kwargs):
        super().__init__(*args, **kwargs)
        for need in needs:
            self.fields[f"rec_{need.pk}"] = forms.CharField(label=_("%(n)s：服务建议") % {"n": need},
                                                            widget=forms.Textarea(attrs={"rows": 2, "class": "form-control"}))

    def clean(self):
        data = super().clean()
        return {"given_on": data.get("given_on"),
                "recommendations": {k.removeprefix("rec_"): v for k, v in data.items() if k.startswith("rec_")}}


class AdjustmentForm(NeedChoiceForm):
    """CQ-6.2.3-2."""
    consulted_on = DateField(label=_("协商日期"))
    employer_contact = text(_("用人单位联系人"), max_length=100)
    suggestion = text(_("调整建议"), rows=2)
    decision = forms.ChoiceField(label=_("用人单位的决定"), choices=[("accepted", _("接受")),
                                                               ("partly_accepted", _("部分接受")),
                                                               ("declined", _("不接受"))])
    new_requirements = text(_("调整后的岗位要求"), required=False, rows=2)
    new_conditions = text(_("调整后的用人条件"), required=False, rows=2)


class AdviceForm(CqForm):
    """CQ-6.2.4-1."""
    advice = text(_("人力资源管理问题与建议（未发现明显问题须说明理由）"), rows=4)


class ReferralForm(CqForm):
    """CQ-8.1.1-1, CQ-8.1.1-2."""
    trigger = forms.ChoiceField(label=_("转介情形"), choices=TRIGGERS)
    description = text(_("情况说明"), rows=3)
    receiver = forms.ModelChoiceField(label=_("接受转介的职业指导人员"), queryset=None, required=False)
    institution = text(_("或：接收的有关机构"), required=False, max_length=200)

    def __init__(self, *args, receivers=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["receiver"].queryset = receivers


class ExplainForm(CqForm):
    """CQ-8.1.2-1."""
    on = DateField(label=_("说明日期"))
    channel = forms.ChoiceField(label=_("说明方式"), choices=Channel.choices)
    reasons = text(_("向劳动者说明的转介原因"), rows=3)


class DecideForm(CqForm):
    """CQ-8.1.2-2: the worker's voluntary decision."""
    consented = forms.TypedChoiceField(label=_("劳动者的意愿"), coerce=lambda v: v == "yes",
                                       choices=[("yes", _("自愿同意转介")), ("no", _("不同意转介"))])
    method = forms.ChoiceField(label=_("确认方式"), choices=METHODS)
    data_sharing = forms.BooleanField(label=_("同意向接收机构提供个案资料"), required=False)


class ReferralFormForm(CqForm):
    """CQ-8.1.3-1: the case referral form, every field in detail."""
    LABELS = {"worker_identity": _("劳动者身份及联系方式"), "referring_counsellor": _("转介的职业指导人员"),
              "receiver": _("接受转介的人员或机构"), "trigger": _("转介情形及说明"), "case_summary": _("个案概况"),
              "services_delivered": _("已提供的服务"), "current_step": _("当前阶段及执行中的就业计划"),
              "assessment_results": _("已有测评结果"), "known_risks": _("已知风险"), "consent": _("劳动者同意的日期和方式"),
              "handover_date": _("移交日期")}

    def __init__(self, *args, receivers=None, **kwargs):
        super().__init__(*args, **kwargs)
        for name, label in self.LABELS.items():
            self.fields[name] = forms.CharField(label=label, widget=forms.Textarea(attrs={"rows": 1,
                                                                                           "class": "form-control"}))
        if receivers is not None:  # the previous receiver declined: name another (CQ-8.1-1)
            self.fields["new_receiver"] = forms.ModelChoiceField(
                label=_("重新指定接受转介的职业指导人员"), queryset=receivers, required=False,
                widget=forms.Select(attrs={"class": "form-select"}))
            self.fields["new_institution"] = forms.CharField(
                label=_("或：接收的有关机构"), required=False, max_length=200,
                widget=forms.TextInput(attrs={"class": "form-control"}))

    def clean(self):
        data = dict(super().clean())
        receiver, institution = data.pop("new_receiver", None), data.pop("new_institution", "") or ""
        return {"form": data, "receiver": receiver, "institution": institution}


class RejectReferralForm(CqForm):
    """CQ-8.1-1: the receiving counsellor declines the referral."""
    reason = text(_("拒绝接收的理由"), rows=2)


class ReviewedForm(CqForm):
    """CQ-8.1.4-1."""
    reviewed_note = text(_("了解个案情况"), rows=3)


class InterviewForm(CqForm):
    """CQ-8.1.4-1."""
    on = DateField(label=_("预约访谈日期"))


class SafetyConcernForm(CqForm):
    """CQ-8.2.1-1, CQ-8.2.2-1."""
    kind = forms.ChoiceField(label=_("情形"), choices=SafetyConcernKind.choices)
    description = text(_("情况"), rows=3)


class SafetyMeasureForm(CqForm):
    """CQ-8.2.1-1, CQ-8.2.2-1, CQ-8.2-1."""
    concern = forms.ModelChoiceField(label=_("安全风险记录"), queryset=None)
    measure = text(_("采取的措施"), rows=2)
    parties = text(_("联系的有关部门或人员"), max_length=200)
    disclosed = text(_("提供的信息（如有）"), required=False, max_length=300)

    def __init__(self, *args, concerns=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["concern"].queryset = concerns


class DisclosureForm(CqForm):
    """CQ-4.4-5."""
    recipient = text(_("接收方"), max_length=200)
    content = text(_("披露内容"), max_length=300)
    basis = forms.ChoiceField(label=_("披露依据"), choices=BASES)
    basis_detail = text(_("依据说明"), max_length=300)


class ArchiveFileForm(CqForm):
    """CQ-7.2.2-2."""
    code = forms.ChoiceField(label=_("归档资料类型"), choices=ARCHIVE_CHOICES)
    note = text(_("说明"), required=False, max_length=300)
    declined = forms.BooleanField(label=_("服务对象拒绝填写（仅满意度反馈表）"), required=False)


class SatisfactionForm(CqForm):
    """CQ-9.2.1-1, CQ-9.2.1-4: entered by someone other than the counsellor evaluated."""
    score = forms.TypedChoiceField(label=_("满意度"), coerce=int, choices=[(i, str(i)) for i in range(5, 0, -1)])
    channel = forms.ChoiceField(label=_("填写方式"), choices=[("paper", _("纸质反馈表录入")), ("kiosk", _("自助终端")),
                                                           ("online", _("线上填写"))])
    comment = text(_("意见"), required=False, rows=2)
