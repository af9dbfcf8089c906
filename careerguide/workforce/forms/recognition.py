"""Forms of contests, awards, commendations, multi-source evaluation and appraisal (SD-3-*, SD-19-2, SD-20-*,
SD-21-*), chief counsellors, teams and research (SD-4-4, SD-5-*, SD-6-1), tiered training (SD-1-*, SD-2-*) and the
register's records (BJ-60 .. BJ-71, SD-G-1, SD-G-4, SD-18-1)."""
import json

from django import forms
from django.utils.translation import gettext_lazy as _

from ..choices import (
    AWARD_TITLES,
    ORGANISER_LEVELS,
    TIER_CHOICES,
    CertificateKind,
    EvaluationSource,
    EventFormat,
    Occupation,
    OrganisationType,
    PartnerType,
    SeniorEquivalent,
    SpeakerType,
    TrainingCategory,
)
from .widgets import CHECKS, PickForm, area, choice, date, decimal, flag, number, pick, picks, text

CONTEST_TYPES = [("skills_contest", _("技能竞赛")), ("golden_course_contest", _("金课竞赛")), ("other", _("其他"))]
CANDIDATE_KINDS = [("studio", _("工作室")), ("station", _("站")), ("corner", _("角")), ("course", _("课程")),
                   ("individual", _("个人"))]
REASONS = [("workforce_building", _("队伍建设业绩突出")), ("employment_contribution", _("促进就业积极贡献"))]
METHODS = [("competition", _("竞赛")), ("appraisal", _("考核")), ("assessment", _("评定")), ("other", _("其他"))]
TOPICS = [("difficult_issue", _("难点问题")), ("hot_issue", _("热点问题")), ("other", _("其他"))]
ACTIVITY_KINDS = [("team", _("团队组建")), ("training", _("培训授课")), ("support", _("指导和支持"))]
PRACTICE = [("enterprise_visit", _("走访企业")), ("labour_market_survey", _("人力资源市场调查")),
            ("job_fair_service", _("招聘会服务")), ("secondment", _("挂职锻炼")), ("other", _("其他"))]
TITLES = [("star_counsellor", _("星级职业指导师")), ("chief_counsellor", _("首席职业指导师")),
          ("excellent_analyst", _("优秀职业信息分析师")), ("chief_analyst", _("首席职业信息分析师"))]


def _lines(raw: str, *, fields: tuple[str, str], valid: set) -> list[dict]:
    """"名称，类型" lines → [{name, type}] (the types as their codes)."""
    rows = []
    for line in (raw or "").splitlines():
        if not line.strip():
            continue
        name, _sep, kind = line.replace("，", ",").partition(",")
        if kind.strip() not in valid:
            raise forms.ValidationError(_("每行写“名称，类型代码”，类型代码为：%(v)s") % {"v": "、".join(sorted(valid))})
        rows.append({fields[0]: name.strip(), fields[1]: kind.strip()})
    return rows


class ContestForm(forms.Form):
    title = text(_("名称"), max_length=100)
    contest_type = choice(_("类型"), CONTEST_TYPES)
    organiser_level = choice(_("主办层级"), ORGANISER_LEVELS)
    year = number(_("年度"), min_value=2000)


class ContestEntryForm(PickForm):
    entry_title = text(_("参赛作品"))
    team_name = text(_("团队名称（团队参赛）"), required=False, max_length=100)
    members = picks(_("参赛人员"))
    owner_consent = flag(_("作者同意在优秀成果中展示"))


class ContestResultForm(PickForm):
    entry = pick(_("参赛作品"))
    rank = number(_("名次"), required=False, min_value=1)
    award = text(_("奖项"), required=False, max_length=50)


class AwardRoundForm(forms.Form):
    title = choice(_("称号"), AWARD_TITLES)
    year = number(_("年度"), min_value=2021)
    allow_stations_corners = flag(_("通知允许站、角参评"))


class AwardConferForm(PickForm):
    unit = pick(_("所属地区"))
    candidate_kind = choice(_("对象类型"), CANDIDATE_KINDS)
    candidate_key = text(_("对象标识（如工作室登记编号、课程编号）"), required=False, max_length=64)
    candidate_label = text(_("对象名称"))
    counsellor = pick(_("职业指导之星（个人）"), required=False)
    awarded_on = date(_("评定日期"))
    override_reference = text(_("突破名额的文件依据"), required=False, max_length=100)


class CommendationForm(PickForm):
    recipient_type = choice(_("表扬对象"), [("group", _("团体")), ("individual", _("个人"))])
    counsellor = pick(_("个人"), required=False)
    group_name = text(_("团体名称"), required=False, max_length=100)
    reasons = forms.MultipleChoiceField(label=_("表扬事由"), choices=REASONS, widget=CHECKS)
    authority = text(_("表扬机关"), max_length=100)
    issued_on = date(_("日期"))
    document_number = text(_("文号"), max_length=64)


class EvaluationForm(PickForm):
    counsellor = pick(_("被评价人"))
    source = choice(_("评价来源"), EvaluationSource.choices)
    year = number(_("评价年度"), min_value=2000)
    evaluator_label = text(_("评价人（对被评价人不公开）"), required=False, max_length=100)
    integrity = decimal(_("德（0-100）"))
    ability = decimal(_("能力（0-100）"))
    performance = decimal(_("业绩（0-100）"))
    contribution = decimal(_("贡献（0-100）"))
    comment = area(_("评语"), required=False)


class ChiefRoundForm(forms.Form):
    year = number(_("年度"), min_value=2000)
    methods = forms.MultipleChoiceField(label=_("评价方式"), choices=METHODS, widget=CHECKS)


class NominateForm(PickForm):
    counsellor = pick(_("被推选人"))


class AppointForm(PickForm):
    nomination = pick(_("当选人"))
    starts_on = date(_("任期开始"))


class ChiefActivityForm(PickForm):
    appointment = pick(_("首席职业指导师"))
    kind = choice(_("类型"), ACTIVITY_KINDS)
    held_on = date(_("日期"))
    description = text(_("内容"))
    team = pick(_("组建的团队"), required=False)
    event = pick(_("授课的培训活动"), required=False)


class TeamForm(PickForm):
    name = text(_("团队名称"), max_length=100)
    leader = pick(_("负责人"))
    members = picks(_("成员"), required=False)
    focus = text(_("服务方向"))
    started_on = date(_("组建日期"))


class ResearchForm(PickForm):
    title = text(_("课题名称"))
    platform = text(_("依托平台（如中高端人才发展研究平台）"), required=False, max_length=100)
    topic_type = choice(_("课题类型"), TOPICS)
    lead = pick(_("负责人（头雁）"))
    lead_is_expert = flag(_("负责人为专家库成员"))
    members = picks(_("成员"), required=False)
    starts_on = date(_("开始日期"))


class SchemeForm(forms.Form):
    name = text(_("方案名称"), max_length=100)
    indicators = area(_("考核指标（每行“指标，权重”，权重合计100）"))
    period = choice(_("考核周期"), [("year", _("年度")), ("half_year", _("半年"))])
    evaluators = text(_("考核主体"))

    def clean_indicators(self):
        rows = []
        for line in self.cleaned_data["indicators"].splitlines():
            name, _sep, weight = line.replace("，", ",").partition(",")
            if line.strip():
                try:
                    rows.append({"name": name.strip(), "weight": int(weight)})
                except ValueError:
                    raise forms.ValidationError(_("每行写“指标，权重”，权重为整数。")) from None
        return rows


class AppraisalOpenForm(PickForm):
    scheme = pick(_("考核方案"))
    counsellor = pick(_("被考核人"))
    period_label = text(_("考核期"), max_length=32)


class AppraisalAdvanceForm(PickForm):
    cycle = pick(_("考核"))
    to = choice(_("进入阶段"), [("self_report", _("个人述职")), ("assessment", _("考核评价")),
                                ("result_notified", _("结果已告知")), ("closed", _("已结束"))])
    self_report = area(_("个人述职"), required=False)
    scores = text(_("指标得分（JSON，如 {\"服务质量\": 90}）"), required=False, max_length=500)

    def clean_scores(self):
        raw = (self.cleaned_data["scores"] or "").strip()
        try:
            return json.loads(raw) if raw else None
        except ValueError:
            raise forms.ValidationError(_("请填写有效的JSON。")) from None


class PlanForm(forms.Form):
    year = number(_("计划年度（周期开始年）"), min_value=2000)
    tier = forms.TypedChoiceField(label=_("层级"), choices=TIER_CHOICES, coerce=int)
    category = choice(_("类别"), TrainingCategory.choices)
    title = text(_("计划名称"), max_length=100)
    content = area(_("培训内容"))


class EnrolForm(forms.Form):
    year = number(_("周期开始年度"), min_value=2000)


class CourseForm(forms.Form):
    title = text(_("课程名称"), max_length=100)
    partners = area(_("合作开发单位（每行“名称，类型代码”）"), required=False)

    def clean_partners(self):
        return _lines(self.cleaned_data["partners"], fields=("name", "type"), valid=set(PartnerType.values))


class EventForm(PickForm):
    title = text(_("名称"), max_length=100)
    format = choice(_("形式"), EventFormat.choices)
    tier = forms.TypedChoiceField(label=_("层级"), choices=TIER_CHOICES, coerce=int)
    category = choice(_("类别"), TrainingCategory.choices)
    starts_on = date(_("开始日期"))
    ends_on = date(_("结束日期"))
    hours = decimal(_("学时"))
    speakers = area(_("主讲人（每行“姓名，类型代码”）"), required=False)
    series = text(_("系列名称（定期举办）"), required=False, max_length=100)
    course = pick(_("课程"), required=False)
    host_studio = pick(_("承办的工作室（孵化器、训练营）"), required=False)

    def clean_speakers(self):
        return _lines(self.cleaned_data["speakers"], fields=("name", "type"), valid=set(SpeakerType.values))


class CooperationForm(forms.Form):
    partner = text(_("合作方"), max_length=100)
    partner_type = choice(_("合作方类型"), [("government", _("政府部门")), ("hei", _("高等院校")), ("other", _("其他"))])
    scope = area(_("合作内容"))
    starts_on = date(_("开始日期"))
    ends_on = date(_("结束日期"), required=False)
    contact = text(_("联系人"), max_length=50)


class PracticeForm(PickForm):
    activity_type = choice(_("活动类型"), PRACTICE)
    host = text(_("承接单位"), max_length=100)
    starts_on = date(_("开始日期"))
    ends_on = date(_("结束日期"))
    hours = decimal(_("时长（小时）"))
    participants = picks(_("参加人员"))


class QualificationForm(forms.Form):
    occupation = choice(_("职业"), Occupation.choices)
    kind = choice(_("证书类型"), CertificateKind.choices)
    level = number(_("等级（1级最高）"), required=False, min_value=1, max_value=5)
    senior_equivalent = choice(_("可视同资格"), [("", "—"), *SeniorEquivalent.choices], required=False)
    number = text(_("证书编号"), max_length=64)
    issuer = text(_("评价或发证机构"), max_length=100)
    issued_on = date(_("发证日期"))


class RevokeForm(PickForm):
    qualification = pick(_("证书"))
    revoked_on = date(_("失效日期"))


class AppraisalCommentForm(PickForm):
    cycle = pick(_("考核"))
    comment = area(_("本人意见"))


class PeriodRecordForm(forms.Form):
    organisation_name = text(_("工作单位"), max_length=100)
    kind = choice(_("工作类型"), [("guidance", _("职业指导")), ("analysis", _("职业信息分析"))])
    in_pes = flag(_("在公共就业服务机构"))
    front_line = flag(_("一线工作"))
    started_on = date(_("开始日期"))
    ended_on = date(_("结束日期"), required=False)


class OutputForm(forms.Form):
    kind = choice(_("成果类型"), [("paper", _("论文")), ("case", _("代表性案例")), ("analysis_report", _("分析报告")),
                                 ("excellent_article", _("优秀文章"))])
    title = text(_("题目"))
    year = number(_("年度"), min_value=2000)
    journal = text(_("刊物"), required=False, max_length=100)
    published_on = date(_("发表日期"), required=False)
    identifier = text(_("刊号或编号"), required=False, max_length=64)
    rating_body = text(_("评定机构"), required=False, max_length=100)


class WorkloadForm(forms.Form):
    year = number(_("年度"), min_value=2000)
    measure = choice(_("计算口径"), [("hours", _("服务时长")), ("roster", _("排班天数"))])
    specialised_hours = decimal(_("专门职业指导服务时长（小时）"), required=False)
    rostered_days = number(_("专门指导排班天数"), required=False)
    leave_days = number(_("经批准的休假天数"), required=False)

    def clean(self):
        d = super().clean()
        for key in ("specialised_hours", "rostered_days", "leave_days"):
            d[key] = d.get(key) or 0
        return d


class IntegrityForm(forms.Form):
    kind = choice(_("类型"), [("ethics", _("职业道德")), ("discipline", _("纪律处分"))])
    found_on = date(_("认定日期"))
    summary = area(_("情况说明"))


class LeaveForm(forms.Form):
    left_on = date(_("离岗日期"))


class TitleSubmitForm(forms.Form):
    title = choice(_("称号"), TITLES)
    year = number(_("称号年度"), min_value=2000)
    outstanding_attested = flag(_("工作业绩突出（经审核）"))
    led_team_attested = flag(_("带领分析团队取得良好成绩（经审核）"))


class TitleDecideForm(PickForm):
    award = pick(_("称号申报"))
    grant = forms.TypedChoiceField(label=_("审核"), choices=[("1", _("评定")), ("0", _("不予评定"))],
                                   coerce=lambda v: v == "1", widget=forms.RadioSelect)
    cutoff = date(_("资格计算截止日"))


class ProfileForm(PickForm):
    unit = pick(_("机构"))
    org_type = choice(_("机构类型"), OrganisationType.choices)
    graduating_students = number(_("应届毕业生人数"), required=False)
    enrolled_students = number(_("在校大学生人数"), required=False)
    active_job_seekers = number(_("在册求职者人数"), required=False)

    def clean(self):
        d = super().clean()
        for key in ("graduating_students", "enrolled_students", "active_job_seekers"):
            d[key] = d.get(key) or 0
        return d
