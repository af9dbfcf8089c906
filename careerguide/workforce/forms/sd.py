"""Forms of the Shandong service and HEI model and the safeguards (SD-1-6, SD-7-2, SD-10-1, SD-11-*, SD-13-*,
SD-14-*, SD-S-*): shape only, the services decide."""
from django import forms
from django.utils.translation import gettext_lazy as _

from ..choices import (
    Audience,
    CareerStage,
    CatalogueService,
    Channel,
    ContentKind,
    CourseStatus,
    DeliveryMode,
    GuidanceLevel,
    HandoffOutcome,
    HandoffService,
    RecipientType,
    StudyLevel,
    SupportMeasure,
    TaskStatus,
    WorkDocumentKind,
)
from ..states import CompetitionStatus
from .widgets import CHECKS, PickForm, area, choice, date, decimal, flag, number, pick, text

ACCEPT = [("1", _("采纳")), ("0", _("不采纳"))]


class AttendanceForm(PickForm):
    counsellor = pick(_("参加人员"))
    hours = decimal(_("参加学时"))
    completed = flag(_("完成培训"))
    result = choice(_("考评结果"), [("", "—"), ("passed", _("合格")), ("failed", _("不合格"))], required=False)
    theory_score = decimal(_("理论知识水平（0-100）"), required=False)
    practice_score = decimal(_("实际操作能力（0-100）"), required=False)


class HeiUnitForm(PickForm):
    hei = pick(_("高校"))
    level = choice(_("层级"), GuidanceLevel.choices)
    name = text(_("名称"), max_length=100)
    parent = pick(_("上级（学校层级机构）"), required=False)


class HeiAssignForm(PickForm):
    counsellor = pick(_("高校职业指导人员"))
    guidance_unit = pick(_("所在层级的机构"))


class CoursePlanForm(PickForm):
    hei = pick(_("高校"))
    academic_year = number(_("教学计划年度"), min_value=2000)
    title = text(_("课程名称"), max_length=100)
    course_status = choice(_("课程性质"), CourseStatus.choices)
    programme_years = number(_("学制（年）"), min_value=2, max_value=6)
    delivery_mode = choice(_("授课方式"), DeliveryMode.choices)
    platform = text(_("课程平台"), required=False, max_length=100)
    ideological_content = flag(_("融合课程思政"))
    practice_training = flag(_("融合就业实训"))
    quality_education = flag(_("融合素质教育"))


class CourseSegmentForm(forms.Form):
    year_of_study = number(_("年级"), min_value=1)
    title = text(_("教学内容"), max_length=100)
    credits = decimal(_("学分"))
    safety_risk_awareness = flag(_("就业安全教育：风险防范意识"))
    safety_employment_rights = flag(_("就业安全教育：维护就业权益"))


class CompetitionForm(forms.Form):
    year = number(_("届次年度"), min_value=2000)
    title = text(_("名称"), max_length=100)
    postgraduates_allowed = flag(_("研究生可参赛"))


class AdvanceForm(forms.Form):
    to = choice(_("进入阶段"), ())

    def __init__(self, *args, choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to"].choices = list(choices)


class RegistrationForm(PickForm):
    hei = pick(_("高校"))
    student_name = text(_("姓名"), max_length=50)
    student_number = text(_("学号"), max_length=40)
    study_level = choice(_("层次"), StudyLevel.choices)
    year_of_study = number(_("年级"), min_value=1)
    programme_years = number(_("学制（年）"), min_value=1, max_value=8)
    enrolled = flag(_("在校生"))


COMPETITION_STEPS = [(s.value, s.label) for s in CompetitionStatus]


class ServiceRecordForm(PickForm):
    recipient_type = choice(_("服务对象类型"), RecipientType.choices)
    job_seeker = pick(_("求职者（高校毕业生、援助对象）"), required=False)
    employer = pick(_("用人单位"), required=False)
    service = choice(_("服务项目"), CatalogueService.choices)
    channel = choice(_("服务渠道"), Channel.choices)
    delivered_on = date(_("服务日期"))
    counsellor = pick(_("职业指导人员"), required=False)
    studio = pick(_("提供服务的工作室（站、角）"), required=False)
    career_stage = choice(_("职业发展阶段"), [("", "—"), *CareerStage.choices], required=False)
    support_measures = forms.MultipleChoiceField(label=_("差异化帮扶举措（援助对象）"), choices=SupportMeasure.choices,
                                                 required=False, widget=CHECKS)
    personalised_guidance = area(_("个性化职业指导服务（援助对象）"), required=False)
    note = area(_("服务内容"), required=False)


class HandoffForm(forms.Form):
    to_service = choice(_("衔接服务"), HandoffService.choices)
    handed_on = date(_("衔接日期"))
    receiving = text(_("承接机构或人员"), max_length=100)


class HandoffOutcomeForm(PickForm):
    handoff = pick(_("衔接事项"))
    outcome = choice(_("落实情况"), [c for c in HandoffOutcome.choices if c[0] != "pending"])
    outcome_on = date(_("落实日期"))
    outcome_note = text(_("落实说明"), required=False)


class ActivityPlanForm(forms.Form):
    title = text(_("活动名称"))
    service = choice(_("服务项目"), CatalogueService.choices)
    on = date(_("日期"))
    target_group = choice(_("服务对象"), RecipientType.choices)
    channel = choice(_("渠道"), Channel.choices)
    capacity = number(_("计划人数"), min_value=1)


class ContentForm(forms.Form):
    kind = choice(_("类别"), ContentKind.choices)
    audience = choice(_("面向"), Audience.choices)
    title = text(_("标题"))
    body = area(_("内容"))


class PublishForm(PickForm):
    content = pick(_("待发布内容"))
    published_on = date(_("发布日期"))


class SuggestionForm(PickForm):
    vacancy = pick(_("建议的岗位"))
    accepted = forms.TypedChoiceField(label=_("审核意见"), choices=ACCEPT, coerce=lambda v: v == "1",
                                      widget=forms.RadioSelect)
    reason = text(_("理由（不采纳时必填）"), required=False, max_length=300)


class KeyTaskForm(PickForm):
    task = number(_("重点任务编号（1-21）"), min_value=1, max_value=21)
    responsible_unit = pick(_("责任单位"))
    responsible_person = pick(_("责任人"))
    due_date = date(_("完成时限"))
    note = text(_("说明"), required=False, max_length=300)


class KeyTaskProgressForm(PickForm):
    assignment = pick(_("重点任务"))
    status = choice(_("进展"), TaskStatus.choices)
    note = text(_("说明"), required=False, max_length=300)


class WorkDocumentForm(forms.Form):
    kind = choice(_("类别"), WorkDocumentKind.choices)
    title = text(_("名称"))
    effective_from = date(_("施行日期"))
    content = area(_("内容"))


class FourInPlaceForm(forms.Form):
    year = number(_("年度"), min_value=2000)
    institution = flag(_("机构到位"))
    institution_evidence = text(_("机构佐证"), required=False)
    personnel = flag(_("人员到位"))
    personnel_evidence = text(_("人员佐证"), required=False)
    premises = flag(_("场地到位"))
    premises_evidence = text(_("场地佐证"), required=False)
    funding = flag(_("经费到位"))
    funding_evidence = text(_("经费佐证"), required=False)


class SummaryForm(forms.Form):
    on = date(_("总结期间内的任一日期"))


class PeriodForm(forms.Form):
    start = date(_("开始日期"))
    end = date(_("结束日期"))
