"""Forms of the agency's registers: qualification, management system, sites, references, library, handbooks,
staff, catalogue, training institutions, projects, audits, findings, summaries, evaluations, complaint channels."""
from django import forms
from django.utils.translation import gettext_lazy as _

from ..choices import (
    ActionKind,
    Attestation,
    ComplaintChannelKind,
    DeviceStatus,
    DisplayChannel,
    Education,
    EvaluationType,
    ExperienceKind,
    FindingSource,
    InstitutionAttribute,
    ManagementDocType,
    PolicyCategory,
    PractitionerRoleKind,
    QualificationKind,
    RecipientType,
)
from .base import CqForm, DateField, LinesField, text


def _units(form, units):
    form.fields["unit"].queryset = units


class UnitForm(CqForm):
    unit = forms.ModelChoiceField(label=_("服务机构"), queryset=None)

    def __init__(self, *args, units=None, **kwargs):
        super().__init__(*args, **kwargs)
        _units(self, units)


class QualificationForm(UnitForm):
    """CQ-3.2-1, CQ-4.1-1."""
    kind = forms.ChoiceField(label=_("资质类型"), choices=QualificationKind.choices)
    number = text(_("批准文号或证书编号"), max_length=100)
    authority = text(_("发证（批准）机关"), max_length=200)
    issued_on = DateField(label=_("发证日期"))
    expires_on = DateField(label=_("有效期至"), required=False, help_text=_("长期有效的不填。"))


class ManagementDocumentForm(UnitForm):
    """CQ-4.1-2, CQ-4.3-3."""
    doc_type = forms.ChoiceField(label=_("文件类型"), choices=ManagementDocType.choices)
    type_label = text(_("其他类型名称"), required=False, max_length=100)
    title = text(_("文件名称"), max_length=200)
    version = text(_("版本"), max_length=40)
    effective_from = DateField(label=_("生效日期"))
    approver = text(_("批准人"), max_length=100)
    file = forms.FileField(label=_("文件"))


class WithdrawDocumentForm(CqForm):
    document = forms.ModelChoiceField(label=_("制度文件"), queryset=None)
    on = DateField(label=_("废止日期"))

    def __init__(self, *args, documents=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["document"].queryset = documents


class DeviceForm(UnitForm):
    """CQ-4.2-3, CQ-4.3-1."""
    asset_number = text(_("资产编号"), max_length=60)
    description = text(_("设备名称"), max_length=100)
    public_area = forms.BooleanField(label=_("位于公共区域"), required=False, initial=True)
    internet = forms.BooleanField(label=_("联网计算机"), required=False, initial=True)


class DeviceStatusForm(CqForm):
    device = forms.ModelChoiceField(label=_("设备"), queryset=None)
    status = forms.ChoiceField(label=_("状态"), choices=DeviceStatus.choices)
    reason = text(_("原因"), required=False, max_length=200)

    def __init__(self, *args, devices=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["device"].queryset = devices


class InspectionForm(UnitForm):
    """CQ-4.2-1, CQ-4.2-2, CQ-4.2-3."""
    guidance_area = forms.BooleanField(label=_("综合性服务场所内设有职业指导服务区域"), required=False)
    area_suitable = forms.BooleanField(label=_("空间、布局、照明、色彩适合指导规模和内容"), required=False)
    clean_and_fire_safe = forms.BooleanField(label=_("整洁卫生并符合消防安全要求"), required=False)
    note = text(_("说明"), required=False, max_length=300)


class EditionForm(CqForm):
    """CQ-2-1."""
    number = text(_("标准编号"), max_length=40, )
    year = forms.IntegerField(label=_("新版本年份"), min_value=1990, max_value=2100)
    title = text(_("标准名称"), max_length=200)


class PolicyItemForm(UnitForm):
    """CQ-4.3-2."""
    title = text(_("标题"), max_length=200)
    issuer = text(_("发布机关"), max_length=200)
    doc_number = text(_("文号"), required=False, max_length=100)
    category = forms.ChoiceField(label=_("类别"), choices=PolicyCategory.choices)
    effective_on = DateField(label=_("生效日期"))
    summary = text(_("通俗解读"), rows=4)


class AmendForm(CqForm):
    """CQ-7.1.1-3."""
    summary = text(_("修订后的通俗解读"), rows=4)


class PublishForm(UnitForm):
    """CQ-7.1.1-1."""
    channel = forms.ChoiceField(label=_("展示载体"), choices=DisplayChannel.choices)


class HandbookForm(UnitForm):
    """CQ-7.1.1-2."""
    title = text(_("读本名称"), max_length=200)
    introduction = text(_("前言"), required=False, rows=3)
    items = forms.ModelMultipleChoiceField(label=_("收录的政策"), queryset=None, widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, items=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["items"].queryset = items


# the word typed for each kind of experience on a line of the profile form
EXPERIENCE_WORDS = {"职业指导": ExperienceKind.GUIDANCE, "咨询或培训": ExperienceKind.CONSULTING_TRAINING,
                    "相关行业": ExperienceKind.INDUSTRY, "其他": ExperienceKind.OTHER}
EXPERIENCE_WORD_OF = {kind: word for word, kind in EXPERIENCE_WORDS.items()}


class ProfileForm(CqForm):
    """CQ-4.6.1-1, CQ-4.6.1-5, CQ-4.6.1-7: the facts of one practitioner."""
    education = forms.ChoiceField(label=_("最高学历"), choices=Education.choices)
    certificate_level = forms.TypedChoiceField(label=_("职业指导员（师）证书等级"), coerce=int, required=False,
                                               empty_value=None,
                                               choices=[("", _("无")), *[(i, f"{i}级") for i in range(1, 6)]])
    certificate_kind = forms.ChoiceField(label=_("证书类别"), required=False,
                                         choices=[("skill_level", _("职业技能等级证书")),
                                                  ("qualification", _("职业资格证书"))])
    certificate_number = text(_("证书编号"), required=False, max_length=60)
    certificate_valid_until = DateField(label=_("证书有效期至"), required=False)
    experience = LinesField(label=_("工作经历"), required=False,
                            help_text=_("每行一段：类别,开始日期,结束日期,单位（类别填写：职业指导、咨询或培训、相关行业、其他；"
                                        "结束日期可空）"))
    special_talent_statement = text(_("特殊专业才能说明（如适用）"), required=False, rows=2)

    def clean(self):
        data = super().clean()
        certificates = []
        if data.get("certificate_level"):
            certificates.append({"occupation": "career_guidance", "level": data["certificate_level"],
                                 "kind": data.get("certificate_kind") or "skill_level",
                                 "number": data.get("certificate_number", ""),
                                 "valid_until": data["certificate_valid_until"].isoformat()
                                 if data.get("certificate_valid_until") else None})
        experience = []
        for line in data.get("experience") or []:
            parts = [p.strip() for p in line.replace("，", ",").split(",")]
            kind = EXPERIENCE_WORDS.get(parts[0], parts[0])
            if len(parts) < 2 or kind not in ExperienceKind.values:
                raise forms.ValidationError(_("工作经历格式有误：%(l)s") % {"l": line})
            experience.append({"kind": kind, "start": parts[1], "end": parts[2] if len(parts) > 2 else "",
                               "employer": parts[3] if len(parts) > 3 else ""})
        return {"education": data.get("education"), "certificates": certificates, "experience": experience,
                "special_talent_statement": data.get("special_talent_statement", "")}


class PractitionerForm(ProfileForm):
    user = forms.ModelChoiceField(label=_("工作人员"), queryset=None)

    field_order = ["user"]

    def __init__(self, *args, users=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = users

    def clean(self):
        return {**super().clean(), "user": self.cleaned_data.get("user")}


class AttestForm(CqForm):
    attestation = forms.ChoiceField(label=_("确认事项"), choices=Attestation.choices)


class GrantForm(CqForm):
    role = forms.ChoiceField(label=_("角色"), choices=PractitionerRoleKind.choices)


class RevokeForm(CqForm):
    grant = forms.ModelChoiceField(label=_("角色"), queryset=None)
    reason = text(_("免职原因"), max_length=200)

    def __init__(self, *args, grants=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["grant"].queryset = grants


class TrainingForm(CqForm):
    """CQ-4.6.2-4."""
    held_on = DateField(label=_("培训日期"))
    provider = text(_("培训机构"), max_length=200)
    topic = text(_("培训内容"), max_length=200)
    class_hours = forms.DecimalField(label=_("课时"), max_digits=5, decimal_places=1)
    evidence = text(_("证明材料"), max_length=200)


class ProjectForm(UnitForm):
    """CQ-4.4-2, CQ-4.6.1-2."""
    title = text(_("项目名称"), max_length=200)
    objectives = text(_("项目目标"), rows=2)
    target_group = text(_("服务对象"), max_length=200)
    content = text(_("项目内容"), rows=3)
    materials = text(_("项目资料"), rows=2)


class ProjectChoiceForm(CqForm):
    project = forms.ModelChoiceField(label=_("项目"), queryset=None)

    def __init__(self, *args, projects=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["project"].queryset = projects


class CatalogueEntryForm(CqForm):
    """CQ-5.1-6, CQ-5.2-3."""
    code = text(_("代码"), max_length=40, )
    label = text(_("服务名称"), max_length=100)
    recipient_type = forms.ChoiceField(label=_("服务对象"), choices=RecipientType.choices)
    parent_code = forms.ChoiceField(label=_("上级服务"), required=False)
    description = text(_("服务内容"), rows=2)
    effective_from = DateField(label=_("生效日期"))

    def __init__(self, *args, parents=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parent_code"].choices = [("", "—"), *parents]


class DisableForm(CqForm):
    code = forms.ChoiceField(label=_("服务类型"))
    on = DateField(label=_("停用日期"))

    def __init__(self, *args, codes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].choices = list(codes)


class InstitutionForm(UnitForm):
    """CQ-7.1.5-1."""
    name = text(_("机构名称"), max_length=200)
    qualification_type = text(_("资质类型"), max_length=100)
    qualification_number = text(_("资质编号"), max_length=100)
    valid_from = DateField(label=_("资质有效期自"))
    valid_until = DateField(label=_("资质有效期至"))
    courses = text(_("培训项目"), required=False, rows=2)


class VerifyForm(CqForm):
    """CQ-7.1.5-1."""
    attribute = forms.ChoiceField(label=_("核验事项"), choices=InstitutionAttribute.choices)
    evidence = text(_("核验依据"), max_length=300)


class AuditForm(UnitForm):
    """CQ-9.1.2-1."""
    plan = text(_("审核计划"), rows=2)
    period_start = DateField(label=_("审核期间自"))
    period_end = DateField(label=_("审核期间至"))
    scope = text(_("审核范围"), max_length=300)
    auditor = forms.ModelChoiceField(label=_("审核人"), queryset=None)

    def __init__(self, *args, auditors=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["auditor"].queryset = auditors


class SampleForm(CqForm):
    case = forms.ModelChoiceField(label=_("抽查个案"), queryset=None)

    def __init__(self, *args, cases=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["case"].queryset = cases


class FindingForm(UnitForm):
    """CQ-9.1.2-1, CQ-9.1.2-2."""
    source = forms.ChoiceField(label=_("来源"), choices=[c for c in FindingSource.choices
                                                       if c[0] != FindingSource.EXPERIENCE_SUMMARY])
    description = text(_("问题描述"), rows=3)
    received_on = DateField(label=_("收到日期"))
    complainant = text(_("投诉人或来文单位"), required=False, max_length=200)
    handler = forms.ModelChoiceField(label=_("处理人"), queryset=None)

    def __init__(self, *args, handlers=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["handler"].queryset = handlers


class AuditFindingForm(CqForm):
    description = text(_("发现的问题"), rows=3)
    handler = forms.ModelChoiceField(label=_("处理人"), queryset=None)

    def __init__(self, *args, handlers=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["handler"].queryset = handlers


class ResponseForm(CqForm):
    response = text(_("答复投诉人"), rows=3)


class ActionForm(CqForm):
    """CQ-9.1.3-1."""
    kind = forms.ChoiceField(label=_("措施类型"), choices=ActionKind.choices)
    description = text(_("措施内容"), rows=2)
    owner = forms.ModelChoiceField(label=_("责任人"), queryset=None)
    due_on = DateField(label=_("完成期限"))

    def __init__(self, *args, owners=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = owners


class ActionNoteForm(CqForm):
    action = forms.ModelChoiceField(label=_("措施"), queryset=None)
    note = text(_("说明"), rows=2)

    def __init__(self, *args, actions=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["action"].queryset = actions


class SummaryForm(UnitForm):
    """CQ-9.2.1-2."""
    period_start = DateField(label=_("总结期间开始日期"), help_text=_("期间的第一天，如季度首日。"))
    summary = text(_("指导经验"), rows=4)
    measures = LinesField(label=_("改进措施"))


class EvaluationForm(UnitForm):
    """CQ-9.2.1-3, CQ-9.2.2-1."""
    evaluation_type = forms.ChoiceField(label=_("评价类型"), choices=[c for c in EvaluationType.choices
                                                                     if c[0] != EvaluationType.THIRD_PARTY_EVALUATION])
    type_label = text(_("其他评价名称"), required=False, max_length=100)
    period_start = DateField(label=_("评价期间内的任一日"))


class ThirdPartyForm(UnitForm):
    """CQ-9.2.3-1."""
    evaluator = text(_("评价机构"), max_length=200)
    period_start = DateField(label=_("评价期间自"))
    period_end = DateField(label=_("评价期间至"))
    scope = text(_("评价范围"), max_length=300)
    method = text(_("评价方法"), max_length=300)
    results = text(_("评价结果"), rows=3)
    report_ref = text(_("评价报告"), max_length=200)


class SelfAssessForm(CqForm):
    text = text(_("专业管理人员自评"), rows=4)


class SelfInspectForm(CqForm):
    participants = text(_("参加自查的人员"), max_length=300)
    findings = text(_("自查情况"), rows=3)
    appraisal = text(_("考评结论（负责人签署）"), rows=3)


class ComplaintChannelForm(UnitForm):
    """CQ-9.1.1-1."""
    kind = forms.ChoiceField(label=_("渠道"), choices=ComplaintChannelKind.choices)
    contact = text(_("联系方式"), max_length=200)
    hours = text(_("受理时间"), required=False, max_length=100)


class BackupRunForm(CqForm):
    """CQ-4.4-4: a backup or restore test as it was run."""
    kind = forms.ChoiceField(label=_("类型"), choices=[("backup", _("备份")), ("restore_test", _("恢复测试"))])
    scope = text(_("范围"), max_length=200)
    succeeded = forms.TypedChoiceField(label=_("结果"), coerce=lambda v: v == "yes",
                                       choices=[("yes", _("成功")), ("no", _("失败"))])
    note = text(_("说明"), required=False, max_length=300)
