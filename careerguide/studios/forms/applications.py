"""Forms of the recognition procedure: the studio application form with the HN-7-7 fields (HN-7-2), its people,
rules and copies, the recommender's opinion, the centre's checks, the notice and objections, the vote, and
rounds, host units and recommenders (HN-3-*, HN-5-*, HN-6-*, HN-7-*)."""
import datetime as dt
import re

from django import forms
from django.utils.translation import gettext_lazy as _

from ..choices import TalentAspect
from ..models import (
    AwardLevel,
    BallotChoice,
    CertificateKind,
    CertificateOccupation,
    HostType,
    Item3DocumentKind,
    MaterialItemKind,
    MemberRole,
    RecommenderKind,
)
from ..rules.eligibility import TALENT_ASPECTS
from .operation import FUNCTIONS, _area, _date, _money, _text
from .register import SELECT, TEXT

REPORT_SECTIONS = [("profile", _("领衔大师简介及近年主要业绩")), ("necessity", _("设立工作室的必要性和本单位优势")),
                   ("management", _("工作室管理制度和计划目标")), ("conditions", _("本单位提供的资金、场所和设备")),
                   ("talent_policy", _("本单位大师人才队伍建设的政策措施"))]
ASPECT_LABELS = {code: TalentAspect(code).label for code in TALENT_ASPECTS}
CHECKS = forms.CheckboxSelectMultiple
GENDERS = [("男", _("男")), ("女", _("女"))]
WORK_LINE = re.compile(r"^(?P<unit>.+?)[,，\s]+(?P<start>\d{4}-\d{2}-\d{2})[,，\s]+(?P<end>\d{4}-\d{2}-\d{2}|至今)$")


class ApplicationForm(forms.Form):
    """HN-7-7: the studio-level fields of 职业指导大师工作室申报表; the name is generated from the named master."""

    round = forms.ModelChoiceField(label=_("评审认定批次"), queryset=None, widget=forms.Select(attrs=SELECT))
    host_unit = forms.ModelChoiceField(label=_("申报单位"), queryset=None, widget=forms.Select(attrs=SELECT))
    recommender = forms.ModelChoiceField(label=_("推荐单位"), queryset=None, widget=forms.Select(attrs=SELECT))
    specialisation = _text(_("专业方向"))
    premises_address = _text(_("场所地址"))
    premises_area = forms.DecimalField(label=_("场所面积（平方米）"), max_digits=8, decimal_places=2,
                                       widget=forms.NumberInput(attrs=TEXT))
    equipment = _area(_("设备清单"))
    funding_source = _text(_("资金来源"))
    funding_annual_amount = _money(_("年度资金（元）"))
    planned_functions = forms.MultipleChoiceField(label=_("拟开展的功能"), choices=FUNCTIONS, widget=CHECKS)
    two_year_targets = _area(_("两年目标"))
    report_sections = forms.MultipleChoiceField(label=_("申请报告已具备的内容"), choices=REPORT_SECTIONS, required=False,
                                                widget=CHECKS)

    def __init__(self, *args, rounds, host_units, recommenders, editing=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["round"].queryset, self.fields["host_unit"].queryset = rounds, host_units
        self.fields["recommender"].queryset = recommenders
        if editing:
            for name in ("round", "host_unit", "recommender"):
                del self.fields[name]


class MemberForm(forms.Form):
    """HN-5-12, HN-7-7: a person of the proposed studio; a lead master with routes and evidence."""

    role = forms.ChoiceField(label=_("工作室角色"), choices=MemberRole.choices, widget=forms.Select(attrs=SELECT))
    is_named = forms.BooleanField(label=_("申报个人（工作室以其姓名命名）"), required=False)
    name = _text(_("姓名"), max_length=50)
    id_number = _text(_("身份证号码"), max_length=18)
    gender = forms.ChoiceField(label=_("性别"), choices=GENDERS, widget=forms.Select(attrs=SELECT))
    birth_date = _date(_("出生日期"), required=False)
    education = _text(_("学历"), required=False, max_length=40)
    title = _text(_("职称"), required=False, max_length=60)
    post = _text(_("岗位"), required=False, max_length=60)
    started_on = _date(_("加入日期"), required=False)
    qualifications = _text(_("资格"), required=False)
    work_history = forms.CharField(
        label=_("就业服务工作经历"), required=False, widget=forms.Textarea(attrs={"class": "form-control", "rows": 3}),
        help_text=_("每行一段：单位，开始日期，结束日期（在岗写“至今”），如：某区就业服务中心，2010-01-01，至今"))
    certificate_occupation = forms.ChoiceField(label=_("相关证书职业"), required=False,
                                               choices=[("", "—"), *CertificateOccupation.choices],
                                               widget=forms.Select(attrs=SELECT))
    certificate_kind = forms.ChoiceField(label=_("证书类别"), choices=CertificateKind.choices, required=False,
                                         widget=forms.Select(attrs=SELECT))
    certificate_title = _text(_("证书名称及等级"), required=False, max_length=100)
    award_level = forms.ChoiceField(label=_("就业工作先进表彰级别"), required=False, choices=[("", "—"), *AwardLevel.choices],
                                    widget=forms.Select(attrs=SELECT))
    award_title = _text(_("表彰名称"), required=False)
    route3_claimed = forms.BooleanField(label=_("以工作成绩突出、成果显著申报（条件3）"), required=False)
    route3_evidence = _area(_("条件3佐证"), required=False)

    def clean_work_history(self):
        rows = []
        for line in (self.cleaned_data["work_history"] or "").splitlines():
            if not line.strip():
                continue
            m = WORK_LINE.match(line.strip())
            if m is None:
                raise forms.ValidationError(_("请按“单位，开始日期，结束日期”填写每行：%(l)s") % {"l": line.strip()})
            end = None if m["end"] == "至今" else dt.date.fromisoformat(m["end"])
            rows.append((m["unit"].strip(), dt.date.fromisoformat(m["start"]), end))
        return rows

    @staticmethod
    def kwargs_of(cleaned: dict) -> dict:
        """The member service's arguments: one certificate and one award row from the flat fields."""
        d = dict(cleaned)
        occupation, kind, title = d.pop("certificate_occupation"), d.pop("certificate_kind"), d.pop("certificate_title")
        level, award = d.pop("award_level"), d.pop("award_title")
        d["certificates"] = [{"occupation": occupation, "kind": kind or "qualification", "title": title or occupation}] \
            if occupation else []
        d["awards"] = [{"level": level, "title": award or level}] if level else []
        return d


class TalentDocumentForm(forms.Form):
    title = _text(_("制度名称"))
    aspects = forms.MultipleChoiceField(label=_("涵盖方面"), choices=list(ASPECT_LABELS.items()), widget=CHECKS)


class Item3Form(forms.Form):
    kind = forms.ChoiceField(label=_("类别"), choices=Item3DocumentKind.choices, widget=forms.Select(attrs=SELECT))
    file = forms.FileField(label=_("复印件扫描件"))


class RecommendForm(forms.Form):
    recommend = forms.TypedChoiceField(label=_("遴选结果"), choices=[("1", _("推荐")), ("0", _("不推荐"))],
                                       coerce=lambda v: v == "1", widget=forms.RadioSelect)
    opinion = _area(_("推荐单位意见"))
    seal = forms.FileField(label=_("盖章意见扫描件"), required=False)


class MaterialForm(forms.Form):
    item = forms.ChoiceField(label=_("材料"), choices=MaterialItemKind.choices, widget=forms.Select(attrs=SELECT))
    paper_copies = forms.IntegerField(label=_("收到纸质份数"), min_value=0, widget=forms.NumberInput(attrs=TEXT))
    electronic_copy = forms.FileField(label=_("电子版"), required=False)


class CheckForm(forms.Form):
    opinion = _area(_("中心审核意见"), required=False)


class ReasonForm(forms.Form):
    reason = _area(_("原因"))


class NoticeForm(forms.Form):
    published_on = _date(_("公示发布日期"))


class ObjectionForm(forms.Form):
    received_on = _date(_("收到日期"))
    channel = _text(_("渠道"), max_length=50)
    objector = _text(_("异议人（可不填）"), required=False, max_length=100)
    content = _area(_("异议内容"))


class ObjectionDecideForm(forms.Form):
    objection = forms.ModelChoiceField(label=_("异议"), queryset=None, widget=forms.Select(attrs=SELECT))
    substantiated = forms.TypedChoiceField(label=_("核查结论"), choices=[("0", _("异议不成立")), ("1", _("异议成立"))],
                                           coerce=lambda v: v == "1", widget=forms.RadioSelect)
    reason = _area(_("核查说明"))

    def __init__(self, *args, objections, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["objection"].queryset = objections


class PaperTallyForm(forms.Form):
    approve = forms.IntegerField(label=_("同意"), min_value=0, widget=forms.NumberInput(attrs=TEXT))
    disapprove = forms.IntegerField(label=_("不同意"), min_value=0, widget=forms.NumberInput(attrs=TEXT))
    abstain = forms.IntegerField(label=_("弃权（含空白、废票）"), min_value=0, widget=forms.NumberInput(attrs=TEXT))


class BallotForm(forms.Form):
    choice = forms.ChoiceField(label=_("表决意见"), choices=BallotChoice.choices, widget=forms.RadioSelect)


class RecusalForm(forms.Form):
    reason = _text(_("回避理由"))


class RoundForm(forms.Form):
    year = forms.IntegerField(label=_("年度"), min_value=2019, max_value=2100, widget=forms.NumberInput(attrs=TEXT))
    title = _text(_("通知标题"))
    quota = forms.IntegerField(label=_("名额"), widget=forms.NumberInput(attrs=TEXT))
    recommendation_deadline = _date(_("推荐截止日期"))
    materials_deadline = _date(_("材料报送截止日期"))
    notice_text = _area(_("通知内容"), required=False)
    conditions = _area(_("申报条件（含本轮增加条件）"), required=False)
    requirements = _area(_("有关要求"), required=False)


class RoundStepForm(forms.Form):
    """Publish, close or cancel a round (the date is the publication or closing date)."""

    step = forms.ChoiceField(label=_("操作"), widget=forms.Select(attrs=SELECT), choices=[
        ("publish", _("发布通知")), ("close", _("结束批次")), ("cancel", _("取消批次（尚无申报）"))])
    on = _date(_("日期"))
    reason = _text(_("取消原因"), required=False)


class SlotForm(forms.Form):
    recommender = forms.ModelChoiceField(label=_("推荐单位"), queryset=None, widget=forms.Select(attrs=SELECT))
    slots = forms.IntegerField(label=_("推荐名额"), min_value=0, widget=forms.NumberInput(attrs=TEXT))

    def __init__(self, *args, recommenders, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["recommender"].queryset = recommenders


class NamedRecommenderForm(forms.Form):
    host_unit = forms.ModelChoiceField(label=_("市级申报单位"), queryset=None, widget=forms.Select(attrs=SELECT))
    recommender = forms.ModelChoiceField(label=_("指定推荐单位"), queryset=None, widget=forms.Select(attrs=SELECT))

    def __init__(self, *args, host_units, recommenders, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["host_unit"].queryset, self.fields["recommender"].queryset = host_units, recommenders


class PanelMemberForm(forms.Form):
    user = forms.ModelChoiceField(label=_("评审专家账号"), queryset=None, widget=forms.Select(attrs=SELECT))
    affiliation = _text(_("所在单位"), required=False, max_length=100)

    def __init__(self, *args, accounts, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = accounts


class PresenceForm(forms.Form):
    member = forms.ModelChoiceField(label=_("评审专家"), queryset=None, widget=forms.Select(attrs=SELECT))
    present = forms.BooleanField(label=_("到会"), required=False)

    def __init__(self, *args, members, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["member"].queryset = members


class ConfirmForm(forms.Form):
    applications = forms.ModelMultipleChoiceField(label=_("确认的工作室"), queryset=None, widget=CHECKS)
    document_number = _text(_("确认文号"), max_length=60)
    document_date = _date(_("发文日期"))

    def __init__(self, *args, applications, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["applications"].queryset = applications


class HostUnitForm(forms.Form):
    name = _text(_("单位名称"), max_length=100)
    host_type = forms.ChoiceField(label=_("单位类型"), choices=HostType.choices, widget=forms.Select(attrs=SELECT))
    host_type_reason = _area(_("其他类型单位的受理理由"), required=False)
    credit_code = _text(_("统一社会信用代码"), max_length=18)
    address = _text(_("地址"))
    legal_representative = _text(_("法定代表人"), max_length=50)
    contact_person = _text(_("联系人"), max_length=50)
    district = forms.ModelChoiceField(label=_("所在区县"), queryset=None, widget=forms.Select(attrs=SELECT))
    university = forms.ModelChoiceField(label=_("所属高校"), queryset=None, required=False,
                                        widget=forms.Select(attrs=SELECT))
    is_city_level = forms.BooleanField(label=_("市级单位"), required=False)
    accounts = forms.ModelMultipleChoiceField(label=_("经办账号"), queryset=None, required=False,
                                              widget=forms.SelectMultiple(attrs=SELECT))

    def __init__(self, *args, districts, universities, accounts, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["district"].queryset, self.fields["university"].queryset = districts, universities
        self.fields["accounts"].queryset = accounts


class RecommenderForm(forms.Form):
    kind = forms.ChoiceField(label=_("类别"), choices=RecommenderKind.choices, widget=forms.Select(attrs=SELECT))
    name = _text(_("名称"), max_length=100)
    unit = forms.ModelChoiceField(label=_("对应区县机构（县区人社局）"), queryset=None, required=False,
                                  widget=forms.Select(attrs=SELECT))
    accounts = forms.ModelMultipleChoiceField(label=_("经办账号（高校）"), queryset=None, required=False,
                                              widget=forms.SelectMultiple(attrs=SELECT))

    def __init__(self, *args, districts, accounts, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset, self.fields["accounts"].queryset = districts, accounts
