"""常州市职业指导专家申报表 (Annex 1, `expert_application_form`, CZ-A1-1): one form for every channel, with its
tables as formsets (work history CZ-A1-5, certificates and honours CZ-A1-6, practice cases CZ-A1-8); the channel's
own attachments and the association's fields (CZ-6-6, CZ-6-11 .. CZ-6-14)."""
from django import forms
from django.utils.translation import gettext_lazy as _

from ..choices import (
    AttachmentKind,
    Category,
    CertificateKind,
    Channel,
    Duty,
    EnterpriseSize,
    Ethnicity,
    Gender,
    HonourLevel,
    HonourTitle,
    IdType,
    KeyGroup,
    Mode,
    Occupation,
    PoliticalAffiliation,
    PositionRank,
    UnitType,
    WorkField,
)
from .membership import AREA, DATE, SELECT, TEXT

CHECKS = forms.CheckboxSelectMultiple
DECLARATION_CHOICES = [
    ("conditions", _("本人拥护党的路线方针政策、遵纪守法、公道正派，具有相关政策理论素养和专业知识技能（第四条第一至三项）")),
    ("volunteer", _("本人志愿从事职业指导服务工作，能够积极参与专家团工作")),
    ("health", _("本人身心健康，能够独立开展职业指导工作")),
    ("truthful", _("所填信息和所附材料真实")),
    ("confidentiality", _("保守劳动者个人隐私和用人单位商业秘密")),
    ("processing", _("同意为申报、评审和聘任处理本人个人信息")),
    ("publication", _("单独同意在公示和专家名录中公开姓名、工作单位和擅长领域")),
]
#: CZ-6-6, CZ-6-11 .. CZ-6-13: the file fields of the form and the attachment kind each becomes.
FILE_FIELDS = {
    "resume": AttachmentKind.RESUME, "achievements": AttachmentKind.ACHIEVEMENTS,
    "cases_file": AttachmentKind.PRACTICE_CASES, "unit_opinion": AttachmentKind.UNIT_OPINION,
    "no_unit_declaration": AttachmentKind.NO_UNIT_DECLARATION, "nominee_details": AttachmentKind.NOMINEE_DETAILS,
    "teaching_research": AttachmentKind.TEACHING_RESEARCH, "industry_connections": AttachmentKind.INDUSTRY_CONNECTIONS,
    "profile": AttachmentKind.PROFILE, "qualifications_honours": AttachmentKind.QUALIFICATIONS_HONOURS,
    "expertise_areas": AttachmentKind.EXPERTISE, "operating_evidence": AttachmentKind.OPERATING_EVIDENCE,
}
PERSON = ("name", "gender", "id_type", "birth_date", "ethnicity", "political_affiliation", "education", "institution",
          "major", "professional_title", "email", "postal_address", "work_unit", "unit_type", "no_work_unit", "position",
          "position_rank", "position_started", "is_key_staff", "is_founder", "enterprise_industry",
          "enterprise_employees", "enterprise_revenue", "enterprise_assets", "enterprise_size", "enterprise_size_basis",
          "sector_1028", "expertise", "expertise_detail", "duties_offered", "target_groups", "modes", "availability",
          "photo_consent", "association_member_number", "association_joined_on", "unit_opinion_signer",
          "unit_opinion_on")


def _text(label, required=False, max_length=100):
    return forms.CharField(label=label, required=required, max_length=max_length, widget=forms.TextInput(attrs=TEXT))


def _date(label, required=False):
    return forms.DateField(label=label, required=required, widget=DATE)


def _choice(label, choices, required=False):
    return forms.ChoiceField(label=label, required=required, choices=[("", "—"), *choices],
                             widget=forms.Select(attrs=SELECT))


def _file(label):
    return forms.FileField(label=label, required=False)


class ExpertApplicationForm(forms.Form):
    """CZ-A1-2 personal, CZ-A1-3 contact and location, CZ-A1-4 employment, CZ-A1-7 categories and expertise,
    CZ-A1-8 narratives, CZ-A1-9 declarations, CZ-A1-10 the work unit's opinion block."""

    round = forms.ModelChoiceField(label=_("集中申请批次"), queryset=None, widget=forms.Select(attrs=SELECT))
    name = _text(_("姓名"), True, 40)
    gender = forms.ChoiceField(label=_("性别"), choices=Gender.choices, widget=forms.Select(attrs=SELECT))
    id_type = forms.ChoiceField(label=_("证件类型"), choices=IdType.choices, widget=forms.Select(attrs=SELECT))
    id_number = _text(_("证件号码"), True, 30)
    birth_date = _date(_("出生日期（居民身份证自动读取）"))
    ethnicity = _choice(_("民族"), Ethnicity.choices)
    political_affiliation = _choice(_("政治面貌"), PoliticalAffiliation.choices)
    education = _text(_("最高学历学位"), max_length=40)
    institution = _text(_("毕业院校"))
    major = _text(_("所学专业"), max_length=60)
    professional_title = _text(_("职称"), max_length=40)
    photo = _file(_("照片"))
    photo_consent = forms.BooleanField(label=_("同意在专家名录中公开照片"), required=False)
    phone = _text(_("手机号码"), True, 20)
    email = forms.EmailField(label=_("电子邮箱"), required=False, widget=forms.EmailInput(attrs=TEXT))
    postal_address = _text(_("通讯地址"), max_length=200)
    home_district = forms.ModelChoiceField(label=_("所在辖市、区（报送该地公共就业服务机构）"), queryset=None, required=False,
                                           widget=forms.Select(attrs=SELECT))
    work_unit = _text(_("工作单位"))
    unit_type = forms.ChoiceField(label=_("单位性质"), choices=UnitType.choices, widget=forms.Select(attrs=SELECT))
    no_work_unit = forms.BooleanField(label=_("目前无工作单位（如退休）"), required=False)
    position = _text(_("职务"), max_length=60)
    position_rank = forms.ChoiceField(label=_("企业职务层级"), required=False, choices=PositionRank.choices,
                                      widget=forms.Select(attrs=SELECT))
    position_started = _date(_("任现职日期"))
    is_key_staff = forms.BooleanField(label=_("经营性人力资源服务机构负责人或业务骨干"), required=False)
    is_founder = forms.BooleanField(label=_("企业创办人"), required=False)
    enterprise_industry = forms.ChoiceField(label=_("企业所属行业（大中小微型企业划分标准）"), required=False, choices=(),
                                            widget=forms.Select(attrs=SELECT))
    enterprise_employees = forms.IntegerField(label=_("企业从业人员（人）"), required=False, min_value=0,
                                              widget=forms.NumberInput(attrs=TEXT))
    enterprise_revenue = forms.DecimalField(label=_("企业营业收入（万元）"), required=False, min_value=0,
                                            widget=forms.NumberInput(attrs=TEXT))
    enterprise_assets = forms.DecimalField(label=_("企业资产总额（万元）"), required=False, min_value=0,
                                           widget=forms.NumberInput(attrs=TEXT))
    enterprise_size = forms.ChoiceField(label=_("企业规模（本人填报）"), required=False, choices=EnterpriseSize.choices,
                                        widget=forms.Select(attrs=SELECT))
    enterprise_size_basis = _text(_("企业规模依据"), max_length=200)
    sector_1028 = forms.ChoiceField(label=_("所属“1028”产业"), required=False, choices=(), widget=forms.Select(attrs=SELECT))
    categories = forms.MultipleChoiceField(label=_("人员组成类别"), choices=Category.choices, widget=CHECKS)
    expertise = _text(_("擅长领域"), True, 300)
    expertise_detail = forms.CharField(label=_("擅长领域补充说明"), required=False, widget=forms.Textarea(attrs=AREA))
    duties_offered = forms.MultipleChoiceField(label=_("可提供的服务"), choices=Duty.choices, required=False, widget=CHECKS)
    target_groups = forms.MultipleChoiceField(label=_("服务对象"), choices=KeyGroup.choices, required=False, widget=CHECKS)
    modes = forms.MultipleChoiceField(label=_("服务方式"), choices=Mode.choices, required=False, widget=CHECKS)
    service_districts = forms.ModelMultipleChoiceField(label=_("服务区域"), queryset=None, required=False, widget=CHECKS)
    availability = _text(_("可服务时间"), max_length=200)
    association_member_number = _text(_("会员编号（社团组织推荐）"), max_length=40)
    association_joined_on = _date(_("入会日期（社团组织推荐）"))
    unit_opinion_signer = _text(_("所在单位意见签署人"), max_length=40)
    unit_opinion_on = _date(_("所在单位意见日期"))
    declarations = forms.MultipleChoiceField(label=_("承诺和同意（每项单独勾选）"), choices=DECLARATION_CHOICES,
                                             required=False, widget=CHECKS)
    resume = _file(_("个人简历"))
    achievements = _file(_("专业成就"))
    cases_file = _file(_("职业指导相关实践案例（附件）"))
    unit_opinion = _file(_("所在单位意见（盖章扫描件）"))
    no_unit_declaration = _file(_("无工作单位声明"))
    nominee_details = _file(_("被推荐人详细资料（机构推荐）"))
    teaching_research = _file(_("教学科研成果（高校推荐）"))
    industry_connections = _file(_("行业联系资源（高校推荐）"))
    profile = _file(_("个人简介（社团组织推荐）"))
    qualifications_honours = _file(_("行业资质与荣誉（社团组织推荐）"))
    expertise_areas = _file(_("擅长领域（社团组织推荐）"))
    operating_evidence = _file(_("企业经营状况证明"))

    def __init__(self, *args, rounds, districts, industries, sectors, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["round"].queryset, self.fields["home_district"].queryset = rounds, districts
        self.fields["service_districts"].queryset = districts
        self.fields["enterprise_industry"].choices = [("", "—"), *industries]
        self.fields["sector_1028"].choices = [("", "—"), *sectors]

    def person(self) -> dict:
        d = self.cleaned_data
        values = {k: d[k] for k in PERSON if d.get(k) not in (None, "")}
        values["service_districts"] = [u.pk for u in d["service_districts"]]
        return values

    def attachments(self) -> list[dict]:
        d = self.cleaned_data
        return [{"kind": kind, "title": str(AttachmentKind(kind).label), "file": d[name]}
                for name, kind in FILE_FIELDS.items() if d.get(name)]


class _RowForm(forms.Form):
    """A table row: a browser sends an untouched row with each select at its first option, so a select still at its
    first option does not make the row an entry."""

    def has_changed(self):
        for name in self.changed_data:
            field = self.fields[name]
            first = next(iter(field.choices), ("", ""))[0] if isinstance(field, forms.ChoiceField) else None
            if not (isinstance(field, forms.ChoiceField) and self[name].value() in ("", None, first)):
                return True
        return False


class WorkRowForm(_RowForm):
    unit_name = _text(_("单位"))
    unit_type = forms.ChoiceField(label=_("单位性质"), choices=UnitType.choices, widget=forms.Select(attrs=SELECT))
    position = _text(_("职务"), max_length=60)
    work_field = forms.ChoiceField(label=_("从事领域"), choices=WorkField.choices, widget=forms.Select(attrs=SELECT))
    start = _date(_("开始日期"))
    end = _date(_("结束日期"))
    in_1028_sector = forms.BooleanField(label=_("属“1028”产业"), required=False)

    def clean(self):
        d = super().clean()
        if self.has_changed() and not (d.get("unit_name") and d.get("start")):
            raise forms.ValidationError(_("工作经历须填写单位和开始日期。"))
        return d


class CertificateRowForm(_RowForm):
    occupation = _choice(_("职业"), Occupation.choices)
    title = _text(_("原证书名称（如“职业指导师”）"), max_length=60)
    kind = forms.ChoiceField(label=_("证书类型"), choices=CertificateKind.choices, widget=forms.Select(attrs=SELECT))
    level = forms.TypedChoiceField(label=_("等级（1级最高）"), required=False, coerce=int, empty_value=None,
                                   choices=[("", "—"), *[(i, str(i)) for i in range(1, 6)]],
                                   widget=forms.Select(attrs=SELECT))
    number = _text(_("证书编号"), max_length=60)
    issuing_body = _text(_("发证机构"))
    issued_on = _date(_("发证日期"))

    def clean(self):
        d = super().clean()
        if self.has_changed() and not (d.get("title") or (d.get("occupation") and d.get("level"))):
            raise forms.ValidationError(_("证书须填写原证书名称，或职业和等级。"))
        return d


class HonourRowForm(_RowForm):
    title = forms.ChoiceField(label=_("荣誉类别"), choices=HonourTitle.choices, widget=forms.Select(attrs=SELECT))
    name = _text(_("荣誉名称"))
    level = _choice(_("级别"), HonourLevel.choices)
    awarding_body = _text(_("授予单位"))
    competition = _text(_("竞赛名称"))
    year = forms.IntegerField(label=_("年份"), required=False, min_value=1980, widget=forms.NumberInput(attrs=TEXT))
    scan = _file(_("证书扫描件"))


class CaseRowForm(_RowForm):
    title = _text(_("案例名称"), max_length=200)
    background = forms.CharField(label=_("背景"), required=False, widget=forms.Textarea(attrs={**AREA, "rows": 2}))
    method = forms.CharField(label=_("指导方法"), required=False, widget=forms.Textarea(attrs={**AREA, "rows": 2}))
    outcome = forms.CharField(label=_("成效"), required=False, widget=forms.Textarea(attrs={**AREA, "rows": 2}))


WorkFormSet = forms.formset_factory(WorkRowForm, extra=3)
CertificateFormSet = forms.formset_factory(CertificateRowForm, extra=2)
HonourFormSet = forms.formset_factory(HonourRowForm, extra=1)
CaseFormSet = forms.formset_factory(CaseRowForm, extra=2)
FORMSETS = {"work": WorkFormSet, "certificates": CertificateFormSet, "honours": HonourFormSet, "cases": CaseFormSet}


def rows_of(formset) -> list[dict]:
    """The rows a person filled in (blank rows are skipped), without empty values."""
    return [{k: v for k, v in f.cleaned_data.items() if v not in (None, "")} for f in formset.forms
            if f.has_changed() and f.cleaned_data]


# Headings name the configured city: `CHANNEL_HEADINGS[channel] % {"city": city_name()}`.
CHANNEL_HEADINGS = {Channel.SELF_NOMINATION: _("%(city)s职业指导专家申报表（个人自荐）"),
                    Channel.AGENCY: _("%(city)s职业指导专家申报表（公共就业服务机构推荐）"),
                    Channel.UNIVERSITY: _("%(city)s职业指导专家申报表（高校推荐）"),
                    Channel.ASSOCIATION: _("职业指导教师推荐表（社团组织）")}
