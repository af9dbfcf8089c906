"""The case page, its ledger exports, the agreement, the case worker, the team and the agreed-circumstance close
(BJ-23, BJ-25-1, BJ-26-1, BJ-32)."""
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from careerguide.accounts.access import require
from careerguide.accounts.permissions import can_reveal_personal_data
from careerguide.accounts.roles import Role
from careerguide.accounts.selectors import staff_list, staff_of_unit_tree
from careerguide.common.views import FAILED, post_action, run_service
from careerguide.documents.categories import LEDGER_CATEGORY
from careerguide.documents.services.items import archive_item_generate
from careerguide.documents.spreadsheets import PDF_TYPE, XLSX_TYPE, file_response, xlsx_bytes
from careerguide.ledgers.exports import LEDGER_HEADERS, ledger_pdf, ledger_rows
from careerguide.ledgers.services import ledger_export_record
from careerguide.privacy.choices import LEDGER_PDF_FIELDS, PERSON_PAGE_FIELDS, ReadPurpose
from careerguide.privacy.masking import mask_phone, mask_resident_id
from careerguide.privacy.services import person_read_log

from .. import duty_kinds
from ..forms import AgreementForm, CloseForm, ReassignForm, TeamMemberForm
from ..ledger_sections import LEDGER
from ..permissions import can_approve_assistance, can_serve_assistance, can_view_assistance
from ..selectors import assistance_case_get, current_assignment_of, team_member_get
from ..selectors.case_file import case_file
from ..selectors.case_ledger import case_ledger_rows
from ..services.cases import agreement_sign, case_close_agreed, case_worker_reassign
from ..services.consultations import consultation_eligibility, panel_access_record
from ..services.team import team_member_add, team_member_end
from ..services.welfare import welfare_eligibility
from ..states import SERVICE_STATUSES
from .common import case_form, case_url

CASE_WORKER_ROLES = (Role.CASE_WORKER, Role.COUNSELLOR)


def _duty_action(duty, case) -> str:
    """The form that does an open duty of the case (the duty's own link opens this page)."""
    kind, pk = duty.kind, case.pk
    if kind == duty_kinds.AGREEMENT_SIGN:
        return reverse("assistance:agreement", args=[pk])
    if kind == duty_kinds.GUIDANCE_FOLLOW_UP:
        return reverse("assistance:follow_up", args=[pk]) + "?kind=guidance"
    if kind == duty_kinds.JOB_START_FOLLOW_UP:
        return reverse("assistance:follow_up", args=[pk]) + "?kind=job_start"
    if kind.startswith(duty_kinds.STABILITY_FOLLOW_UP):
        return reverse("assistance:follow_up", args=[pk]) + f"?kind=stability&months={kind.split('_')[-1][:-1]}"
    if kind.startswith(duty_kinds.PROGRAMME_CHECK):
        return reverse("assistance:progress", args=[duty.subject_id])
    if kind == duty_kinds.PANEL_REPORT:
        return reverse("assistance:panel_report", args=[duty.subject_id])
    if kind == duty_kinds.PLACEMENT_END_REVIEW:
        return reverse("assistance:placement_end", args=[duty.subject_id])
    if kind == duty_kinds.PROGRAMME_READINESS:
        return reverse("assistance:evaluation", args=[pk])
    return reverse("assistance:plan", args=[pk])


@require(can_view_assistance)
def case_view(request, pk):
    """The case: agreement, team, plan versions, follow-ups, recommendations, consultation and a timeline."""
    case = assistance_case_get(actor=request.user, pk=pk)
    panel_access_record(actor=request.user, case=case)  # BJ-28-3: the panel's shared access is logged
    person_read_log(actor=request.user, person=case.job_seeker, fields=PERSON_PAGE_FIELDS,
                    reference=f"A{case.pk:06d}")  # BJ-51-2
    context = case_file(actor=request.user, case=case, today=timezone.localdate())
    user = request.user
    context.update(masked_id=mask_resident_id(case.job_seeker.id_number), masked_phone=mask_phone(case.job_seeker.phone),
                   can_reveal=can_reveal_personal_data(user), can_serve=can_serve_assistance(user)
                   and user.unit_id == case.unit_id, can_approve=can_approve_assistance(user)
                   and user.unit_id == case.unit_id, is_case_worker=getattr(context["assignment"], "worker_id", None)
                   == user.pk)
    if case.status in SERVICE_STATUSES:  # what the system can check of BJ-28-1 and BJ-30-1 (a), (b), (d), (e)
        context["consultation_decision"] = consultation_eligibility(case=case, on=context["today"])
        context["welfare_decision"] = welfare_eligibility(case=case, on=context["today"], obligations_attested=True,
                                                          placement_criteria_met=True)
    for duty in context["duties"]:
        duty.action = _duty_action(duty, case)
        duty.overdue = duty.due_date is not None and duty.due_date < context["today"]
    return render(request, "assistance/case.html", context)


def _header(case):
    assignment = current_assignment_of(case=case)
    return [(_("姓名"), case.job_seeker.full_name), (_("身份证号码"), mask_resident_id(case.job_seeker.id_number)),
            (_("援助机构"), case.unit.name), (_("援助状态"), case.get_status_display()),
            (_("本援助周期首次签订协议日期"), case.episode_started_on or "—"),
            (_("就业援助服务专员"), assignment.worker.full_name if assignment else "—")]


@require(can_view_assistance)
def ledger_pdf_view(request, pk):
    """BJ-32-1 to BJ-32-5: the difficult person's ledger as a PDF, filed in the person's e-archive (BJ-9-1)."""
    case = assistance_case_get(actor=request.user, pk=pk)
    content = ledger_pdf(ledger=LEDGER, title=_("就业困难人员个人服务台账"), header_rows=_header(case),
                         entries=case_ledger_rows(case=case))
    person_read_log(actor=request.user, person=case.job_seeker, fields=LEDGER_PDF_FIELDS, reference=f"A{case.pk:06d}",
                    purpose=ReadPurpose.LEDGER_PDF)  # BJ-51-2
    filename = f"就业困难人员个人服务台账-{case.job_seeker.full_name}.pdf"
    archive_item_generate(actor=request.user, subject=case.job_seeker, category=LEDGER_CATEGORY["job_seekers.jobseeker"],
                          title=_("就业困难人员个人服务台账（%(d)s导出）") % {"d": timezone.localdate().isoformat()},
                          content=content, filename=filename)
    return file_response(content, filename=filename, content_type=PDF_TYPE)


@require(can_view_assistance)
def ledger_xlsx_view(request, pk):
    case = assistance_case_get(actor=request.user, pk=pk)
    recorded = run_service(request, lambda: ledger_export_record(
        actor=request.user, ledger=LEDGER, subject=case, unit=case.unit, purpose=request.GET.get("purpose"),
        person=case.job_seeker))
    if recorded is FAILED:
        return redirect(case_url(case))
    content = xlsx_bytes(title=str(_("就业困难人员个人服务台账")), headers=[str(h) for h in LEDGER_HEADERS],
                         rows=ledger_rows(ledger=LEDGER, entries=case_ledger_rows(case=case)))
    return file_response(content, filename=f"就业困难人员个人服务台账-{case.job_seeker.full_name}.xlsx",
                         content_type=XLSX_TYPE)


@require(can_serve_assistance)
def agreement_view(request, pk):
    case = assistance_case_get(actor=request.user, pk=pk)
    workers = staff_list(actor=request.user, roles=CASE_WORKER_ROLES, unit=request.user.unit)
    form = AgreementForm(request.POST or None, querysets={"case_worker": workers},
                         initial={"signed_on": timezone.localdate(), "case_worker": request.user.pk})
    return case_form(request, case, form, lambda: agreement_sign(actor=request.user, case=case, **form.cleaned_data),
                     title=_("签订就业援助服务协议"), clause="BJ-23-1 · BJ-23-4", anchor="agreement",
                     success=_("已签订就业援助服务协议，并指定就业援助服务专员。"))


@require(can_serve_assistance)
def reassign_view(request, pk):
    case = assistance_case_get(actor=request.user, pk=pk)
    form = ReassignForm(request.POST or None, querysets={
        "worker": staff_list(actor=request.user, roles=CASE_WORKER_ROLES, unit=request.user.unit)})
    return case_form(request, case, form, lambda: case_worker_reassign(actor=request.user, case=case, **form.cleaned_data),
                     title=_("更换就业援助服务专员"), clause="BJ-5-1", anchor="team", success=_("已更换援助专员。"))


@require(can_serve_assistance)
def team_add_view(request, pk):
    case = assistance_case_get(actor=request.user, pk=pk)
    form = TeamMemberForm(request.POST or None, querysets={"member": staff_of_unit_tree(unit=case.unit.parent)})
    return case_form(request, case, form, lambda: team_member_add(actor=request.user, case=case, **form.cleaned_data),
                     title=_("专门服务团队加入成员"), clause="BJ-26-1", anchor="team", success=_("已加入专门服务团队。"))


@require(can_serve_assistance)
@require_POST
def team_end_view(request, pk):
    row = team_member_get(actor=request.user, pk=pk)
    return post_action(request, lambda: team_member_end(actor=request.user, row=row), success=_("成员已退出团队。"),
                       redirect_to=case_url(row.case, "team"))


@require(can_approve_assistance)
def close_view(request, pk):
    case = assistance_case_get(actor=request.user, pk=pk)
    form = CloseForm(request.POST or None)
    return case_form(request, case, form, lambda: case_close_agreed(actor=request.user, case=case, **form.cleaned_data),
                     title=_("出现协议约定的终止服务情形，终止就业援助"), clause="BJ-23-4 · BJ-28-8", anchor="agreement",
                     success=_("已终止就业援助服务。"))
