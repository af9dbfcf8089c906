"""Pages of the CQ staff register (CQ-4.6.1-*), training hours (CQ-4.6.2-4) and guidance projects (CQ-4.4-2,
CQ-4.6.1-2)."""
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from careerguide.accounts.access import require
from careerguide.accounts.selectors import staff_list
from careerguide.common.views import post_action
from careerguide.organisations.selectors import unit_list

from ..choices import ExperienceKind
from ..forms import registers as f
from ..permissions import can_manage_cq, can_work_cq_cases
from ..selectors import practitioner_active_grants, practitioner_get, project_list, training_rows
from ..services import staff as s
from .pages import Link, Section, Table, bound, sections_page


def _roles(practitioner) -> str:
    return "、".join(f"{g.get_role_display()}{'（特殊专业人才）' if g.special_talent_exception else ''}"
                     for g in practitioner_active_grants(practitioner=practitioner)) or "—"


@require(can_manage_cq)
def practitioners_view(request):
    today = timezone.localdate()
    rows = [[Link(r["practitioner"].user.full_name, reverse("guidance:cq:practitioner", args=[r["practitioner"].pk])),
             r["practitioner"].user.unit.name, _roles(r["practitioner"]), r["hours"], r["minimum"],
             _("不足") if r["flagged"] else ""] for r in training_rows(actor=request.user, year=today.year, today=today)]
    form = bound(request, "new", f.PractitionerForm, users=staff_list(actor=request.user))
    section = Section("new", _("登记从业人员"), form, lambda d: s.practitioner_profile_set(actor=request.user, **d),
                      _("已登记，请确认任职条件后任命角色。"))
    return sections_page(request, [section], redirect_to=request.path, context={
        "title": _("职业指导从业人员"), "clause": "CQ-4.6.1-1、CQ-4.6.2-4",
        "tables": [Table(_("从业人员（%(y)s年业务培训）") % {"y": today.year},
                         [_("姓名"), _("机构"), _("角色"), _("培训课时"), _("每年要求"), _("提示")], rows)]})


def _profile_initial(p) -> dict:
    cert = (p.certificates or [{}])[0]
    return {"education": p.education, "certificate_level": cert.get("level"), "certificate_kind": cert.get("kind"),
            "certificate_number": cert.get("number"), "certificate_valid_until": cert.get("valid_until"),
            "experience": "\n".join(",".join([f.EXPERIENCE_WORD_OF.get(e.get("kind"), e.get("kind") or ""),
                                              *(str(e.get(k) or "") for k in ("start", "end", "employer"))])
                                    for e in p.experience),
            "special_talent_statement": p.special_talent_statement}


@require(can_manage_cq)
def practitioner_view(request, pk):
    p = practitioner_get(actor=request.user, pk=pk)
    if request.method == "POST" and request.POST.get("section") == "approve":
        return post_action(request, lambda: s.practitioner_special_talent_approve(actor=request.user, practitioner=p),
                           success=_("已批准。"), redirect_to=request.path)
    profile = bound(request, "profile", f.ProfileForm, initial=_profile_initial(p))
    sections = [
        Section("grant", _("任命角色"), bound(request, "grant", f.GrantForm),
                lambda d: s.practitioner_role_grant(actor=request.user, practitioner=p, **d), _("已任命。")),
        Section("attest", _("任职确认"), bound(request, "attest", f.AttestForm),
                lambda d: s.practitioner_attest(actor=request.user, practitioner=p, **d), _("已确认。")),
        Section("training", _("登记业务培训"), bound(request, "training", f.TrainingForm),
                lambda d: s.training_record_add(actor=request.user, practitioner=p, **d), _("培训已登记。")),
        Section("profile", _("任职条件资料"), profile,
                lambda d: s.practitioner_profile_set(actor=request.user, user=p.user, **d), _("已保存。")),
        Section("revoke", _("免去角色"), bound(request, "revoke", f.RevokeForm,
                                            grants=practitioner_active_grants(practitioner=p)),
                lambda d: s.practitioner_role_revoke(actor=request.user, **d), _("已免去。"))]
    return sections_page(request, sections, template="guidance/cq/practitioner.html", redirect_to=request.path,
                         context={"title": p.user.full_name, "p": p, "roles": _roles(p),
                                  "experience": [{**e, "label": EXPERIENCE_LABELS.get(e.get("kind"), "")}
                                                 for e in p.experience]})


EXPERIENCE_LABELS = dict(ExperienceKind.choices)


@require(can_work_cq_cases)
def projects_view(request):
    projects = project_list(actor=request.user)
    sections = [
        Section("project", _("研发职业指导项目"), bound(request, "project", f.ProjectForm, units=unit_list(actor=request.user)),
                lambda d: s.project_create(actor=request.user, **d), _("项目已登记。")),
        Section("approve", _("批准项目"), bound(request, "approve", f.ProjectChoiceForm,
                                            projects=project_list(actor=request.user, pending_only=True)),
                lambda d: s.project_approve(actor=request.user, **d), _("项目已批准。"))]
    rows = [[p.title, p.unit.name, p.target_group, p.owner.full_name, p.approved_on or _("待批准")] for p in projects]
    return sections_page(request, sections, redirect_to=request.path, context={
        "title": _("职业指导项目"), "clause": "CQ-4.4-2、CQ-4.6.1-2",
        "notice": _("职业指导需求分析、项目研发、方案制定、考核评估由专业管理人员负责。"),
        "tables": [Table(_("项目"), [_("项目名称"), _("机构"), _("服务对象"), _("负责人"), _("批准")], rows)]})
