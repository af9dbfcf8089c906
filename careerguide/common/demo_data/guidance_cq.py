"""The CQ guidance service registers of the demo city: the districts' PES qualifications and management-system
documents (the development area has none, so the compliance page flags it), qualified practitioners, a site's
computers, the policy library with a display and a handbook, a verified training institution, a complaint channel,
three worker cases at 滨江街道 (registered; a plan agreed and followed; needs analysed) and an assessment whose
report waits for feedback."""
import datetime as dt

from django.core.files.base import ContentFile

from careerguide.assessments.models import AssessmentInstrument
from careerguide.assessments.services import administration_record, instrument_publish, plan_propose, report_finalise
from careerguide.assessments.services import plan_agree as tool_plan_agree
from careerguide.employers.models import Employer
from careerguide.guidance.cq.choices import PublicServiceItem
from careerguide.guidance.cq.models import (
    AgencyQualification,
    ComplaintChannel,
    GuidanceCase,
    Handbook,
    InternalAudit,
    ManagementDocument,
    PolicyItem,
    Practitioner,
    Referral,
    SiteDevice,
    TrainingInstitution,
)
from careerguide.guidance.cq.services.agency import device_register, management_document_record, qualification_record
from careerguide.guidance.cq.services.cases import (
    case_career_info_set,
    case_goals_confirm,
    case_needs_set,
    case_register,
    case_start_collection,
    case_to_needs_analysis,
    case_to_plan_drafting,
    plan_agree,
    plan_draft,
    process_record_add,
)
from careerguide.guidance.cq.services.catalogue import (
    case_service_item_attach,
    institution_register,
    institution_verify,
)
from careerguide.guidance.cq.services.employer import (
    employer_case_to_analysis,
    employer_case_to_recommendation,
    employer_recommendations_deliver,
    hiring_need_add,
    hiring_need_analyse,
)
from careerguide.guidance.cq.services.library import display_publish, handbook_compile, policy_item_add
from careerguide.guidance.cq.services.quality import audit_open, complaint_channel_add
from careerguide.guidance.cq.services.risk import referral_explain, referral_initiate
from careerguide.guidance.cq.services.staff import (
    practitioner_attest,
    practitioner_profile_set,
    practitioner_role_grant,
)

from .base import Demo
from .job_seekers import featured

QUALIFIED = ("C01", "D01", "D02")
DOCUMENTS = (("guidance_service_rules", "职业指导服务管理制度"), ("trainee_rules", "学员管理制度"),
             ("staff_rules", "职业指导人员管理制度"), ("admin_logistics_rules", "行政后勤服务制度"),
             ("financial_rules", "财务管理制度"), ("emergency_plan", "突发事件应急预案"))
GUIDANCE_STAFF = ("d01.counsellor", "s0101.counsellor", "d02.counsellor", "s0201.counsellor", "s0102.caseworker")
POLICIES = (("失业保险金申领办法", "示范市人力资源和社会保障局", "示人社发〔2023〕12号", "employment_policy",
             "失业后60日内，可在户籍地或常住地就业服务机构申领失业保险金。"),
            ("一次性创业补贴实施办法", "示范市人力资源和社会保障局", "示人社发〔2024〕3号", "employment_policy",
             "首次创办小微企业并正常经营满1年的，可申请一次性创业补贴。"),
            ("中华人民共和国就业促进法", "全国人民代表大会常务委员会", "主席令第70号", "law",
             "国家实行劳动者自主择业、市场调节就业、政府促进就业的方针。"))
CERTIFICATE = {"occupation": "career_guidance", "level": 3, "kind": "skill_level", "number": "ZD-DEMO"}
EXPERIENCE = [{"kind": "guidance", "start": "2012-01-01"}, {"kind": "consulting_training", "start": "2012-01-01"},
              {"kind": "industry", "start": "2010-01-01"}]


def _agencies(demo: Demo, admin) -> None:
    for code in QUALIFIED:
        unit = demo.units[code]
        if not AgencyQualification.objects.filter(unit=unit).exists():
            qualification_record(actor=admin, unit=unit, kind="pes_approval", number=f"示人社函〔2020〕{len(code)}{code[-1]}号",
                                 authority="示范市人力资源和社会保障局", issued_on=dt.date(2020, 1, 1),
                                 expires_on=dt.date(demo.today.year + 2, 12, 31))
            demo.notes.append(f"PES qualification of {unit.name}")
    for doc_type, title in DOCUMENTS:
        if not ManagementDocument.objects.filter(unit=demo.units["D01"], doc_type=doc_type).exists():
            management_document_record(actor=admin, unit=demo.units["D01"], doc_type=doc_type, title=title,
                                       version=f"{demo.today.year}版", effective_from=dt.date(demo.today.year, 1, 1),
                                       approver="中心主任办公会", file=ContentFile(title.encode(), name=f"{doc_type}.txt"))
    for n in range(3):
        if not SiteDevice.objects.filter(unit=demo.units["S0101"], asset_number=f"BJ-PC-{n + 1}").exists():
            device_register(actor=admin, unit=demo.units["S0101"], asset_number=f"BJ-PC-{n + 1}", description="求职信息查询机")
    if not ComplaintChannel.objects.filter(unit=demo.units["D01"]).exists():
        complaint_channel_add(actor=admin, unit=demo.units["D01"], kind="phone", contact="12333",
                              hours="工作日 9:00-17:00")


def _practitioners(demo: Demo, admin) -> None:
    for username in GUIDANCE_STAFF:
        user = demo.staff[username]
        if Practitioner.objects.filter(user=user).exists():
            continue
        p = practitioner_profile_set(actor=admin, user=user, education="bachelor", certificates=[CERTIFICATE],
                                     experience=EXPERIENCE)
        for attestation in ("knowledge", "local_economy"):
            practitioner_attest(actor=admin, practitioner=p, attestation=attestation)
        practitioner_role_grant(actor=admin, practitioner=p, role="guidance_staff")
        demo.notes.append(f"guidance staff {user.full_name}")
    head = demo.staff["d01.head"]
    if not Practitioner.objects.filter(user=head).exists():
        p = practitioner_profile_set(actor=admin, user=head, education="master", experience=EXPERIENCE[:1])
        practitioner_attest(actor=admin, practitioner=p, attestation="competence")
        practitioner_role_grant(actor=admin, practitioner=p, role="management_staff")


def _library(demo: Demo, admin) -> None:
    if PolicyItem.objects.exists():
        return
    items = [policy_item_add(actor=admin, unit=demo.units["D01"], title=t, issuer=i, doc_number=n, category=c,
                             effective_on=dt.date(demo.today.year - 1, 1, 1), summary=s) for t, i, n, c, s in POLICIES]
    display_publish(actor=admin, unit=demo.units["S0101"], item=items[0], channel="e_screen")
    if not Handbook.objects.exists():
        handbook_compile(actor=admin, unit=demo.units["D01"], title="求职者政策明白卡", items=items[:2],
                         introduction="常用就业政策的通俗解读。")
    demo.notes.append("policy library, a display and a handbook")


def _institution(demo: Demo, admin) -> None:
    if TrainingInstitution.objects.exists():
        return
    inst = institution_register(actor=admin, unit=demo.units["D01"], name="东湖区职业技能培训学校",
                                qualification_type="民办学校办学许可证", qualification_number="教民1101050000001号",
                                valid_from=dt.date(2021, 7, 1), valid_until=dt.date(demo.today.year + 3, 6, 30),
                                courses="电工、育婴员、中式面点师")
    for attribute in ("lawful_qualification", "internal_management", "safety_measures"):
        institution_verify(actor=admin, institution=inst, attribute=attribute, evidence="现场核查及材料审查")
    demo.notes.append("a verified training institution")


def _case(demo: Demo) -> None:
    seeker = featured("ready")
    counsellor = demo.staff["s0101.counsellor"]
    if seeker is None or GuidanceCase.objects.filter(subject_id=str(seeker.pk)).exists():
        return
    case_register(actor=counsellor, subject=seeker, unit=demo.units["S0101"], topic="明确求职方向，准备面试",
                  preferred_channel="offline", preferred_time="工作日上午", job_search_need=True)
    demo.notes.append(f"a CQ guidance case for {seeker.full_name}")


INFO = {"basic_situation": "高中毕业，已婚", "work_experience": "仓库理货8年", "job_search_intention": "仓储主管",
        "job_search_difficulty": "年龄偏大，不熟悉网上求职"}


def _case_to_needs(counsellor, seeker, unit, topic):
    case = case_register(actor=counsellor, subject=seeker, unit=unit, topic=topic, preferred_channel="offline")
    case_start_collection(actor=counsellor, case=case)
    case_career_info_set(actor=counsellor, case=case, info=INFO)
    case_to_needs_analysis(actor=counsellor, case=case)
    case_needs_set(actor=counsellor, case=case, needs=[{"service_type": "job_search_guidance",
                                                       "rationale": "不熟悉网上求职渠道"}])
    return case


def _followed_case(demo: Demo) -> None:
    """A case with an agreed plan in follow-up, and one whose needs are analysed and an assessment reported."""
    counsellor, unit = demo.staff["s0101.counsellor"], demo.units["S0101"]
    seeker, other = featured("grade-b"), featured("grade-a")
    if seeker is None or other is None or GuidanceCase.objects.filter(subject_id=str(seeker.pk)).exists():
        return
    case = _case_to_needs(counsellor, seeker, unit, "转岗做仓储管理")
    goal = "三个月内找到仓储主管岗位"
    case_goals_confirm(actor=counsellor, case=case, goals=[goal], method="signature")
    process_record_add(actor=counsellor, case=case, held_on=demo.today, channel="offline",
                       service_type="job_search_guidance", summary="讲解网上求职平台的使用", goal_indexes=[0])
    case_to_plan_drafting(actor=counsellor, case=case)
    plan = plan_draft(actor=counsellor, case=case, goals=[goal], targets="仓储主管、物流调度",
                      actions=["每周投递5份简历", "参加本月招聘会"], start_on=demo.today)
    plan_agree(actor=counsellor, plan=plan, method="signature")
    second = _case_to_needs(counsellor, other, unit, "不清楚适合的职业方向")
    _assessment(demo, counsellor, second)
    demo.notes.append(f"CQ cases for {seeker.full_name} (plan in follow-up) and {other.full_name} (assessed)")


def _assessment(demo: Demo, counsellor, case) -> None:
    inst = AssessmentInstrument.objects.filter(name="职业兴趣测验").first() or instrument_publish(
        actor=demo.staff["d01.head"], name="职业兴趣测验", version="2024.1", kind="psychometric", licence="机构授权使用",
        purpose="了解职业兴趣类型", target_group="求职劳动者", effective_from=dt.date(demo.today.year, 1, 1))
    plan = plan_propose(actor=counsellor, unit=case.unit, subject_label=case.subject_label, case_id=case.pk,
                        purpose="明确职业方向", instruments=[inst], tool_reasons={inst.pk: "适用于初次求职者"},
                        schedule="工作日上午", mode="线下机测", result_use="当面反馈并用于就业计划")
    tool_plan_agree(actor=counsellor, plan=plan, method="signature")
    result = administration_record(actor=counsellor, plan=plan, method="tool", instrument=inst,
                                   result={"summary": "社会型（S）得分最高"}, administered_on=demo.today)
    report_finalise(actor=counsellor, plan=plan, analysis="适合从事客户服务、社区服务类岗位", cites=[result])


def _employer_case(demo: Demo) -> None:
    """A district's guidance case for an employer: its hiring need analysed and recommendations given (CQ-6.2)."""
    counsellor, unit = demo.staff["d01.counsellor"], demo.units["D01"]
    employer = Employer.objects.filter(unit__path__startswith=unit.path).order_by("pk").first()
    if employer is None or GuidanceCase.objects.filter(subject_id=str(employer.pk), recipient_type="employer").exists():
        return
    case = case_register(actor=counsellor, subject=employer, unit=unit, topic="夜班分拣员长期招不满",
                         preferred_channel="offline", recipient_type="employer")
    need = hiring_need_add(actor=counsellor, case=case, occupation="分拣员", headcount=6, requirements="能适应夜班",
                           conditions="月薪5500元，包住宿", required_by=demo.today + dt.timedelta(days=30))
    employer_case_to_analysis(actor=counsellor, case=case, basic_situation="物流仓储，员工约120人，夜班流失较多")
    hiring_need_analyse(actor=counsellor, need=need, analysis="夜班岗位薪酬低于本区同类岗位中位数",
                        indicator="分拣员求人倍率1.8", source="区人力资源市场供求统计", data_date=demo.today)
    case_service_item_attach(actor=counsellor, case=case, item=PublicServiceItem.JOB_INTRODUCTION,
                             reference=f"ZJ{demo.today:%Y%m}0001", note="夜班分拣员岗位登记并推介")
    employer_case_to_recommendation(actor=counsellor, case=case)
    employer_recommendations_deliver(actor=counsellor, case=case, given_on=demo.today,
                                     recommendations={str(need.pk): "提高夜班津贴，参加本月夜班岗位专场招聘会"})
    demo.notes.append(f"a CQ employer case for {employer.name}")


def _referral(demo: Demo) -> None:
    """A worker's case referred to a psychological counselling institution, reasons explained (CQ-8.1)."""
    seeker = featured("ready")
    case = GuidanceCase.objects.filter(subject_id=str(seeker.pk)).first() if seeker else None
    if case is None or Referral.objects.filter(case=case).exists():
        return
    referral = referral_initiate(actor=demo.staff["s0101.counsellor"], case=case, trigger="beyond_guidance_scope",
                                 description="求职受挫后情绪低落，需要专业心理咨询", institution="区心理健康服务中心")
    referral_explain(actor=demo.staff["s0101.counsellor"], referral=referral, on=demo.today, channel="offline",
                     reasons="情绪问题超出职业指导范围，由专业机构提供心理咨询")
    demo.notes.append("a CQ referral awaiting the person's decision")


def _internal_audit(demo: Demo, admin) -> None:
    """The street agency's internal audit of last quarter's guidance (CQ-9.1.2-1)."""
    unit = demo.units["S0101"]
    if InternalAudit.objects.filter(unit=unit).exists():
        return
    end = demo.today.replace(day=1) - dt.timedelta(days=1)
    audit_open(actor=admin, unit=unit, plan="按季度抽查职业指导个案的过程记录与就业计划", period_start=end.replace(day=1),
               period_end=end, scope="个案登记、需求分析、就业计划与跟踪服务", auditor=demo.staff["d01.head"])
    demo.notes.append("a CQ internal audit")


def build(demo: Demo) -> None:
    admin = demo.staff["city.admin"]
    _agencies(demo, admin)
    _practitioners(demo, admin)
    _library(demo, admin)
    _institution(demo, admin)
    _case(demo)
    _followed_case(demo)
    _employer_case(demo)
    _referral(demo)
    _internal_audit(demo, admin)
