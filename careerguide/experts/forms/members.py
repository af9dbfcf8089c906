"""Forms of a serving expert's archive and work: the service log with the Annex 2 fields (CZ-A2-2 .. CZ-A2-6), the
archive, photo and change requests (CZ-11-1, CZ-11-2, CZ-11-5), invitations (CZ-11-15), pairings (CZ-11-16),
courses and micro-videos (CZ-10-7), training (CZ-11-11), incentives (CZ-12-1), contact attempts (CZ-9-11),
feedback replies (CZ-11-9), the lookups (CZ-5-4, CZ-5-6, CZ-5-9, CZ-5-12) and renewal or exit requests."""
import json

from django import forms
from django.utils.translation import gettext_lazy as _

from ..choices import (
    ActivityForm,
    Duty,
    ExitGround,
    FeedbackKind,
    Gender,
    IncentiveKind,
    KeyGroup,
    LogAttachmentKind,
    LookupKind,
    Mode,
    Occupation,
    Origin,
    RecipientType,
    TrainingContent,
)
from ..taxonomy import DUTY_CATEGORIES
from .membership import AREA, DATE, SELECT, TEXT

CHECKS = forms.CheckboxSelectMultiple
TIME = forms.TimeInput(attrs={"type": "time", "class": "form-control"})
CATEGORY_LABELS = {
    "policy_consultation": _("政策咨询"), "career_counselling": _("职业辅导"), "vocational_assessment": _("职业测评"),
    "career_planning": _("职业规划"), "psychological_counselling": _("心理咨询"), "recruitment_method": _("招聘方式指导"),
    "workforce_guidance": _("用工指导"), "survey_supply_demand": _("供求调查"), "survey_pay": _("薪酬待遇调查"),
    "survey_workforce_structure": _("人员结构调查"), "survey_employment_status": _("就业状况调查"),
    "symposium": _("座谈会"), "research_meeting": _("研究会"), "decision_consulting": _("决策咨询"),
    "guidance_studio": _("职业指导工作室建设"), "cloud_classroom": _("云课堂"), "premium_course": _("精品课程"),
    "micro_video": _("微视频"), "remote_guidance_tutor": _("远程职业指导老师"), "online_diagnosis": _("线上诊断和咨询"),
    "personalised_guidance": _("个性化职业指导"), "trainer_class": _("求职能力实训师资培训班"),
    "trainee_class": _("求职能力实训学员班"), "theory_tutoring": _("理论辅导"), "case_analysis": _("案例剖析"),
    "changzhidao_brand": _("推广“常指导”服务品牌"), "pro_bono_activity": _("其他公益性职业指导服务活动"),
}
CATEGORY_CHOICES = [(c, CATEGORY_LABELS[c]) for cats in DUTY_CATEGORIES.values() for c in cats]
TRI = [("", _("不适用")), ("1", _("是")), ("0", _("否"))]


def _tri(label):
    return forms.TypedChoiceField(label=label, choices=TRI, required=False, coerce=lambda v: v == "1", empty_value=None,
                                  widget=forms.Select(attrs=SELECT))


def _text(label, required=False, max_length=200):
    return forms.CharField(label=label, required=required, max_length=max_length, widget=forms.TextInput(attrs=TEXT))


def _area(label, required=False):
    return forms.CharField(label=label, required=required, widget=forms.Textarea(attrs=AREA))


def _date(label, required=True):
    return forms.DateField(label=label, required=required, widget=DATE)


def _choice(label, choices, required=True):
    return forms.ChoiceField(label=label, required=required, choices=choices, widget=forms.Select(attrs=SELECT))


def _optional(queryset_label):
    return forms.ModelChoiceField(label=queryset_label, queryset=None, required=False, widget=forms.Select(attrs=SELECT))


class ServiceLogForm(forms.Form):
    """常州市职业指导专家服务日志 (Annex 2): header, classification, recipients, content and outcome, evidence."""

    on = _date(_("服务日期"))
    start_time = forms.TimeField(label=_("开始时间"), required=False, widget=TIME)
    end_time = forms.TimeField(label=_("结束时间"), required=False, widget=TIME)
    hours = forms.DecimalField(label=_("服务时长（小时）"), max_digits=5, decimal_places=1, min_value=0,
                               widget=forms.NumberInput(attrs=TEXT))
    location = _text(_("地点或线上平台"), True)
    mode = _choice(_("服务方式"), Mode.choices)
    origin = _choice(_("活动来源"), Origin.choices)
    arranging_unit = _text(_("安排或邀请单位"), max_length=100)
    inviting_contact = _text(_("邀请单位联系人"), max_length=50)
    form = _choice(_("服务形式"), ActivityForm.choices)
    duty = _choice(_("工作职责"), Duty.choices)
    category = _choice(_("服务类别"), CATEGORY_CHOICES)
    invitation = _optional(_("关联的单位邀请"))
    pairing = _optional(_("关联的结对帮扶"))
    consultation = _optional(_("关联的咨询申请"))
    recipient_types = forms.MultipleChoiceField(label=_("服务对象类型"), choices=RecipientType.choices, widget=CHECKS)
    job_seeking_intent = _tri(_("劳动者有求职意愿"))
    key_groups = forms.MultipleChoiceField(label=_("重点群体"), choices=KeyGroup.choices, required=False, widget=CHECKS)
    hiring_needs = _tri(_("用人单位有招聘用工需求"))
    persons_served = forms.IntegerField(label=_("服务人数（单位数）"), min_value=1, widget=forms.NumberInput(attrs=TEXT))
    employer_name = _text(_("用人单位名称"), max_length=100)
    trade_secret = forms.BooleanField(label=_("含用人单位商业秘密"), required=False)
    named_recipients = _text(_("服务对象姓名（可不填）"), max_length=300)
    recipients_consented = forms.BooleanField(label=_("服务对象同意记录姓名"), required=False)
    topic = _text(_("服务主题"), True)
    summary = _area(_("指导内容摘要"), True)
    problems_found = _area(_("发现的问题"))
    advice = _area(_("指导建议"))
    follow_up_plan = _area(_("跟进计划"))
    follow_up_result = _text(_("跟进结果（如已就业、参加培训）"))
    satisfaction = forms.TypedChoiceField(label=_("满意度"), required=False, coerce=int, empty_value=None,
                                          choices=[("", "—"), *[(i, str(i)) for i in range(1, 6)]],
                                          widget=forms.Select(attrs=SELECT))
    remuneration_payer = _text(_("劳务报酬支付单位（评审、论证、评价、授课等）"), max_length=100)
    remuneration_amount = forms.DecimalField(label=_("劳务报酬金额"), required=False, max_digits=10, decimal_places=2,
                                             widget=forms.NumberInput(attrs=TEXT))
    photo = forms.FileField(label=_("照片"), required=False)
    sign_in_sheet = forms.FileField(label=_("签到表"), required=False)
    material = forms.FileField(label=_("相关材料"), required=False)

    def __init__(self, *args, invitations, pairings, consultations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["invitation"].queryset, self.fields["pairing"].queryset = invitations, pairings
        self.fields["consultation"].queryset = consultations

    @staticmethod
    def split(d: dict) -> tuple[dict, list]:
        """The log's data and its attachments as (kind, file) pairs."""
        data = {k: v for k, v in d.items() if k not in LogAttachmentKind.values}
        files = [(kind, d[kind]) for kind in LogAttachmentKind.values if d.get(kind)]
        return data, files


class LogAttachmentForm(forms.Form):
    entry = forms.ModelChoiceField(label=_("服务日志"), queryset=None, widget=forms.Select(attrs=SELECT))
    kind = _choice(_("类别"), LogAttachmentKind.choices)
    file = forms.FileField(label=_("文件"))

    def __init__(self, *args, entries, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["entry"].queryset = entries


class ArchiveForm(forms.Form):
    name = _text(_("姓名"), True, 40)
    gender = _choice(_("性别"), Gender.choices)
    work_unit = _text(_("工作单位"), max_length=100)
    position = _text(_("职务或职称"), max_length=60)
    expertise = _text(_("擅长领域"), max_length=300)
    email = forms.EmailField(label=_("电子邮箱"), required=False, widget=forms.EmailInput(attrs=TEXT))
    duties_offered = forms.MultipleChoiceField(label=_("可提供的服务"), choices=Duty.choices, required=False, widget=CHECKS)
    modes = forms.MultipleChoiceField(label=_("服务方式"), choices=Mode.choices, required=False, widget=CHECKS)


class PhotoForm(forms.Form):
    photo = forms.FileField(label=_("照片"))
    consent = forms.BooleanField(label=_("本人单独同意在专家名录中公开照片"), required=False)


class ProfileForm(forms.Form):
    phone = _text(_("手机号码"), max_length=20)
    email = forms.EmailField(label=_("电子邮箱"), required=False, widget=forms.EmailInput(attrs=TEXT))
    expertise = _text(_("擅长领域"), True, 300)


class ChangeRequestForm(forms.Form):
    work_unit = _text(_("新的工作单位"), max_length=100)
    position = _text(_("新的职务或职称"), max_length=60)
    reason = _text(_("变更理由"), True, 300)

    @staticmethod
    def kwargs_of(d: dict) -> dict:
        return {"changes": {"work_unit": d["work_unit"], "position": d["position"]}, "reason": d["reason"]}


class InvitationForm(forms.Form):
    inviting_unit = _text(_("邀请单位"), True, 100)
    contact_person = _text(_("联系人"), True, 40)
    contact = _text(_("联系方式"), True, 40)
    topic = _text(_("活动内容"), True, 300)
    form = _choice(_("服务形式"), ActivityForm.choices)
    on = _date(_("活动日期"))


class ConsultationRequestForm(forms.Form):
    """CZ-11-8: anyone asks a listed expert for a consultation, free of charge."""

    requester_type = _choice(_("您是"), RecipientType.choices)
    requester_name = _text(_("姓名或单位名称"), True, 100)
    contact = _text(_("联系方式"), True, 60)
    topic = _text(_("咨询内容"), True, 300)
    preferred_mode = _choice(_("希望方式"), Mode.choices)
    preferred_time = _text(_("希望时间"), max_length=100)
    job_seeking_intent = forms.NullBooleanField(label=_("有求职意愿（劳动者填写）"), required=False, widget=forms.Select(
        attrs=SELECT, choices=[("unknown", "—"), ("true", _("是")), ("false", _("否"))]))
    key_groups = forms.MultipleChoiceField(label=_("所属重点群体（劳动者填写）"), required=False, choices=KeyGroup.choices,
                                           widget=CHECKS)
    hiring_needs = forms.NullBooleanField(label=_("有招聘用工需求（用人单位填写）"), required=False, widget=forms.Select(
        attrs=SELECT, choices=[("unknown", "—"), ("true", _("是")), ("false", _("否"))]))


class FeedbackSubmitForm(forms.Form):
    """CZ-11-9: praise, a comment or a complaint about the team or one expert."""

    kind = _choice(_("类别"), FeedbackKind.choices)
    content = _area(_("内容"), True)
    submitter_name = _text(_("您的姓名（可不填）"), max_length=40)
    submitter_contact = _text(_("联系方式（需要答复时填写）"), max_length=60)


class AssignExpertForm(forms.Form):
    membership = forms.ModelChoiceField(label=_("指定专家"), queryset=None, widget=forms.Select(attrs=SELECT))

    def __init__(self, *args, members, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["membership"].queryset = members


class RespondForm(forms.Form):
    accept = forms.TypedChoiceField(label=_("答复"), choices=[("1", _("接受")), ("0", _("谢绝"))],
                                    coerce=lambda v: v == "1", widget=forms.RadioSelect)
    reason = _text(_("谢绝理由"), max_length=300)


class PairingForm(forms.Form):
    recipient_name = _text(_("帮扶对象"), True, 100)
    recipient_type = _choice(_("对象类型"), RecipientType.choices)
    start = _date(_("开始日期"))
    end = _date(_("结束日期"), required=False)
    goal = _text(_("帮扶目标"), True, 300)


class ContentItemForm(forms.Form):
    title = _text(_("标题"), True)
    item_type = _choice(_("类型"), [("premium_course", _("精品课程")), ("micro_video", _("微视频"))])
    minutes = forms.IntegerField(label=_("时长（分钟）"), min_value=1, widget=forms.NumberInput(attrs=TEXT))
    channel = _text(_("发布渠道"), True, 100)
    url = forms.URLField(label=_("网址"), required=False, assume_scheme="https", widget=forms.URLInput(attrs=TEXT))
    published_on = _date(_("发布日期"))


class TrainingEventForm(forms.Form):
    on = _date(_("日期"))
    title = _text(_("名称"), True)
    organiser = _text(_("组织单位"), True, 100)
    hours = forms.DecimalField(label=_("学时"), max_digits=5, decimal_places=1, min_value=0,
                               widget=forms.NumberInput(attrs=TEXT))
    content = _choice(_("内容类别"), TrainingContent.choices)
    attendees = forms.ModelMultipleChoiceField(label=_("参加的专家"), queryset=None, required=False, widget=CHECKS)

    def __init__(self, *args, members, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["attendees"].queryset = members


class IncentiveForm(forms.Form):
    kind = _choice(_("类别"), IncentiveKind.choices)
    on = _date(_("日期"))
    title = _text(_("内容"), True)
    channel = _text(_("渠道"), max_length=100)
    link = forms.URLField(label=_("链接"), required=False, assume_scheme="https", widget=forms.URLInput(attrs=TEXT))
    remuneration_payer = _text(_("劳务报酬支付单位"), max_length=100)
    remuneration_amount = forms.DecimalField(label=_("劳务报酬金额"), required=False, max_digits=10, decimal_places=2,
                                             widget=forms.NumberInput(attrs=TEXT))


class ContactAttemptForm(forms.Form):
    on = _date(_("日期"))
    channel = _text(_("方式"), True, 40)
    successful = forms.BooleanField(label=_("联系成功"), required=False)
    note = _text(_("备注"), max_length=300)


class FeedbackReplyForm(forms.Form):
    feedback = forms.ModelChoiceField(label=_("反馈意见"), queryset=None, widget=forms.Select(attrs=SELECT))
    reply = _area(_("答复"), True)
    outcome = _area(_("处理结果"))

    def __init__(self, *args, feedback, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["feedback"].queryset = feedback


class RenewalApplyForm(forms.Form):
    declarations = forms.MultipleChoiceField(label=_("再次承诺"), widget=CHECKS, choices=[
        ("conditions", _("本人仍符合第四条第一至三项基本条件")), ("health", _("本人身心健康，能够独立开展职业指导工作"))])


class ExitRequestForm(forms.Form):
    ground = forms.TypedChoiceField(label=_("退出情形"), coerce=int, widget=forms.Select(attrs=SELECT),
                                    choices=[(g.value, g.label) for g in (ExitGround.G5, ExitGround.G6)])
    reason = _text(_("说明"), max_length=300)


class ConfirmForm(forms.Form):
    accept = forms.BooleanField(label=_("本人承诺保守劳动者的个人隐私和用人单位的商业秘密"))


class LookupForm(forms.Form):
    kind = _choice(_("类别"), LookupKind.choices)
    code = _text(_("代码或名称"), True, 60)
    label = _text(_("显示名称"), max_length=100)
    occupation = _choice(_("职业（原证书名称）"), [("", "—"), *Occupation.choices], required=False)
    level = forms.IntegerField(label=_("等级（原证书名称，1级最高）"), required=False, min_value=1, max_value=5,
                               widget=forms.NumberInput(attrs=TEXT))
    data = forms.CharField(label=_("划分标准指标（JSON）"), required=False, widget=forms.Textarea(attrs=AREA),
                           help_text=_('如 {"large": {"employees": 1000, "revenue": 40000}, "medium": {...}}'))
    active = forms.BooleanField(label=_("启用"), required=False, initial=True)

    def clean_data(self):
        raw = (self.cleaned_data["data"] or "").strip()
        try:
            return json.loads(raw) if raw else {}
        except ValueError:
            raise forms.ValidationError(_("请填写有效的JSON。")) from None


class ReportPeriodForm(forms.Form):
    start = _date(_("开始日期"))
    end = _date(_("结束日期"))


class LogCorrectForm(forms.Form):
    """CZ-A2-7: a returned entry corrected by the expert; empty fields keep what the entry holds."""

    entry = forms.ModelChoiceField(label=_("被退回的服务日志"), queryset=None, widget=forms.Select(attrs=SELECT))
    topic = _text(_("服务主题"), True)
    summary = _area(_("服务内容"), True)
    hours = forms.DecimalField(label=_("服务时长（小时）"), required=False, max_digits=5, decimal_places=1, min_value=0,
                               widget=forms.NumberInput(attrs=TEXT))
    persons_served = forms.IntegerField(label=_("服务人数"), required=False, min_value=0,
                                        widget=forms.NumberInput(attrs=TEXT))
    problems_found = _area(_("发现的问题"))
    advice = _area(_("指导建议"))
    follow_up_plan = _area(_("后续跟进安排"))

    def __init__(self, *args, entries=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["entry"].queryset = entries

    @staticmethod
    def split(d: dict):
        """(entry, the corrected values without the empty ones)."""
        data = {k: v for k, v in d.items() if k != "entry" and v not in (None, "")}
        return d["entry"], data


class BarRemoveForm(forms.Form):
    reason = _area(_("更正理由（数据录入错误的情况）"), True)


class PanelOpinionForm(forms.Form):
    opinion = _area(_("评审意见"), True)
    score = forms.DecimalField(label=_("评分（可不填）"), required=False, max_digits=5, decimal_places=1, min_value=0,
                               max_value=100, widget=forms.NumberInput(attrs=TEXT))


class LogCorrectionRequestForm(forms.Form):
    """CZ-A2-7: a correction request on a confirmed entry."""

    entry = forms.ModelChoiceField(label=_("已确认的服务日志"), queryset=None, widget=forms.Select(attrs=SELECT))
    reason = _area(_("需要更正的内容和理由"), True)

    def __init__(self, *args, entries=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["entry"].queryset = entries


class LogCorrectionDecideForm(forms.Form):
    """CZ-A2-7: city HRSS decides a correction request."""

    entry = forms.ModelChoiceField(label=_("提出更正申请的服务日志"), queryset=None, widget=forms.Select(attrs=SELECT))
    decision = forms.ChoiceField(label=_("审核"), choices=[("approve", _("同意，退回专家修改")), ("reject", _("不同意"))],
                                 widget=forms.RadioSelect)

    def __init__(self, *args, entries=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["entry"].queryset = entries
