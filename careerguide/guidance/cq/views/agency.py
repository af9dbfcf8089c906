"""Pages of the agency's basic requirements: qualifications (CQ-3.2-1, CQ-4.1-1), the management-system register
(CQ-4.1-2), sites (CQ-4.2-*), the compliance dashboard (CQ-4.1-3), the dated references (CQ-2-1) and the guidance
service database with its backups (CQ-4.4-*)."""
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from careerguide.accounts.access import require
from careerguide.common.views import post_action
from careerguide.organisations.selectors import unit_list

from ..choices import ManagementDocType
from ..forms import registers as f
from ..permissions import can_manage_cq
from ..selectors import (
    backup_run_get,
    backup_run_list,
    backup_status,
    compliance_dashboard,
    database_records,
    device_list,
    inspection_list,
    management_document_list,
    normative_references,
    qualification_list,
    training_rows,
)
from ..services import agency as s
from ..services.database import backup_copy_dispose, backup_log
from .pages import Section, Table, bound, sections_page


def _units(request):
    return unit_list(actor=request.user)


@require(can_manage_cq)
def qualifications_view(request):
    form = bound(request, "q", f.QualificationForm, units=_units(request))
    rows = [[q.unit.name, q.get_kind_display(), q.number, q.authority, q.issued_on, q.expires_on or _("长期")]
            for q in qualification_list(actor=request.user)]
    return sections_page(request, [Section("q", _("登记资质"), form, lambda d: s.qualification_record(
        actor=request.user, **d), _("资质已登记。"))], redirect_to=request.path, context={
        "title": _("机构资质"), "clause": "CQ-3.2-1、CQ-4.1-1",
        "tables": [Table(_("公共就业服务资质"), [_("服务机构"), _("资质类型"), _("编号"), _("发证机关"), _("发证日期"),
                                         _("有效期至")], rows)]})


@require(can_manage_cq)
def management_system_view(request):
    docs = management_document_list(actor=request.user)
    add = bound(request, "doc", f.ManagementDocumentForm, units=_units(request))
    withdraw = bound(request, "withdraw", f.WithdrawDocumentForm, documents=management_document_list(
        actor=request.user, active_only=True))
    rows = [[d.unit.name, d.type_label or d.get_doc_type_display(), d.title, d.version, d.effective_from,
             d.withdrawn_on, d.approver] for d in docs]
    return sections_page(request, [
        Section("doc", _("登记制度文件"), add, lambda d: s.management_document_record(actor=request.user, **d),
                _("制度文件已登记。"), multipart=True),
        Section("withdraw", _("废止制度文件"), withdraw, lambda d: s.management_document_withdraw(
            actor=request.user, **d), _("已废止。"))], redirect_to=request.path, context={
        "title": _("管理体系文件"), "clause": "CQ-4.1-2、CQ-4.3-3",
        "notice": _("至少包括：%(t)s。") % {"t": "、".join(str(t.label) for t in list(ManagementDocType)[:6])},
        "tables": [Table(_("制度文件"), [_("服务机构"), _("类型"), _("名称"), _("版本"), _("生效日期"), _("废止日期"),
                                     _("批准人")], rows)]})


@require(can_manage_cq)
def sites_view(request):
    devices = device_list(actor=request.user)
    sections = [
        Section("device", _("登记设备"), bound(request, "device", f.DeviceForm, units=_units(request)),
                lambda d: s.device_register(actor=request.user, **d), _("设备已登记。")),
        Section("status", _("变更设备状态"), bound(request, "status", f.DeviceStatusForm, devices=devices),
                lambda d: s.device_status_set(actor=request.user, **d), _("状态已变更。")),
        Section("inspect", _("场所检查"), bound(request, "inspect", f.InspectionForm, units=_units(request)),
                lambda d: s.site_inspection_record(actor=request.user, **d), _("检查已记录。"))]
    return sections_page(request, sections, redirect_to=request.path, context={
        "title": _("服务场所与设施"), "clause": "CQ-4.2-1、CQ-4.2-2、CQ-4.2-3",
        "tables": [Table(_("设备"), [_("服务场所"), _("资产编号"), _("设备名称"), _("公共区域"), _("联网"), _("状态")],
                         [[d.unit.name, d.asset_number, d.description, _("是") if d.public_area else _("否"),
                           _("是") if d.internet else _("否"), d.get_status_display()] for d in devices]),
                   Table(_("检查记录"), [_("服务场所"), _("日期"), _("指导服务区域"), _("在用公共联网计算机"), _("要求")],
                         [[i.unit.name, i.inspected_on, _("有") if i.guidance_area else _("无"), i.computers_counted,
                           i.computers_required] for i in inspection_list(actor=request.user)[:100]])]})


@require(can_manage_cq)
def compliance_view(request):
    """CQ-4.1-3, CQ-4.1-1, CQ-4.2-3, CQ-4.4-4, CQ-4.6.2-4: what each agency lacks today."""
    today = timezone.localdate()
    return render(request, "guidance/cq/compliance.html", {
        "rows": compliance_dashboard(actor=request.user, today=today), "backup": backup_status(today=today),
        "training": [r for r in training_rows(actor=request.user, year=today.year, today=today) if r["flagged"]],
        "labels": dict(ManagementDocType.choices)})


@require(can_manage_cq)
def references_view(request):
    """CQ-2-1: the dated references and later editions noted (never applied)."""
    rows = [[r["number"], r["title"], r["applies"], "、".join(f"{n.number}-{n.year}" for n in r["later"]) or "—"]
            for r in normative_references()]
    return sections_page(request, [Section("edition", _("登记新发布的版本"), bound(request, "edition", f.EditionForm),
                                           lambda d: s.standard_edition_note(actor=request.user, **d),
                                           _("已登记；本规范仍适用所引用的版本。"))], redirect_to=request.path, context={
        "title": _("规范性引用文件"), "clause": "CQ-2-1",
        "notice": _("注日期的引用文件，仅该日期对应的版本适用；新版本只作登记，不自动替代。"),
        "tables": [Table(_("引用文件"), [_("编号"), _("名称"), _("适用版本"), _("已登记的新版本")], rows)]})


@require(can_manage_cq)
def database_view(request):
    """CQ-4.4-1, CQ-4.4-2, CQ-4.4-4: the one store of clients, staff and project materials; backups."""
    today = timezone.localdate()
    if request.method == "POST" and request.POST.get("dispose"):
        run = backup_run_get(pk=request.POST["dispose"])
        return post_action(request, lambda: backup_copy_dispose(run=run, actor=request.user), success=_("备份副本已删除。"),
                           redirect_to=request.path)
    sections = [Section("backup", _("登记备份或恢复测试"), bound(request, "backup", f.BackupRunForm),
                        lambda d: backup_log(actor=request.user, **d), _("已登记。"))]
    return sections_page(request, sections, template="guidance/cq/database.html", redirect_to=request.path, context={
        "records": database_records(actor=request.user)[:500], "backup": backup_status(today=today),
        "runs": backup_run_list()})
