"""Pages of the open service catalogue (CQ-5.1-6, CQ-5.2-2, CQ-5.2-3) and the training-institution register
(CQ-7.1.5-1)."""
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from careerguide.accounts.access import require
from careerguide.accounts.permissions import is_staff
from careerguide.organisations.selectors import unit_list

from ..choices import InstitutionAttribute
from ..forms import registers as f
from ..permissions import can_manage_cq, can_work_cq_cases
from ..selectors import (
    catalogue,
    catalogue_choices,
    catalogue_entries,
    institution_get,
    institution_list,
    institution_verifications,
    institution_verified_attributes,
)
from ..services import catalogue as s
from .pages import Link, Section, Table, bound, sections_page

ATTRIBUTES = dict(InstitutionAttribute.choices)


@require(is_staff)
def catalogue_view(request):
    today = timezone.localdate()
    live = catalogue(on=today)
    added = list(catalogue_entries())
    sections = [
        Section("add", _("增加服务类型"), bound(request, "add", f.CatalogueEntryForm,
                                          parents=catalogue_choices(on=today, top_level=True)),
                lambda d: s.catalogue_entry_add(actor=request.user, **d), _("已增加。")),
        Section("disable", _("停用服务类型"), bound(request, "disable", f.DisableForm,
                                              codes=[(i.code, i.label) for i in live]),
                lambda d: s.catalogue_entry_disable(actor=request.user, **d), _("已停用。"))]
    names = {i.code: i.label for i in live}
    rows = [[i.label, "、".join({"worker": str(_("劳动者")), "employer": str(_("用人单位"))}[t]
                                for t in i.recipient_types), names.get(i.parent, i.parent) or "—",
             _("规范列明，不可停用") if i.core else _("增加的服务"), i.since] for i in live]
    return sections_page(request, sections, redirect_to=request.path, context={
        "title": _("职业指导服务目录"), "clause": "CQ-5.1-6、CQ-5.2-2、CQ-5.2-3",
        "notice": _("服务内容包括但不限于规范列明的类型；增加和停用服务类型由市级系统管理员办理。"),
        "tables": [Table(_("现行服务目录"), [_("服务"), _("服务对象"), _("上级服务"), _("类别"), _("生效日期")], rows),
                   Table(_("增加的服务类型"), [_("服务"), _("生效日期"), _("停用日期")],
                         [[e.label, e.effective_from, e.disabled_on] for e in added])]})


@require(can_work_cq_cases)
def institutions_view(request):
    sections = [] if not can_manage_cq(request.user) else [
        Section("add", _("登记培训机构"), bound(request, "add", f.InstitutionForm, units=unit_list(actor=request.user)),
                lambda d: s.institution_register(actor=request.user, **d), _("已登记。"))]
    rows = [[Link(i.name, reverse("guidance:cq:institution", args=[i.pk])), i.qualification_type,
             i.qualification_number, i.valid_until,
             "、".join(str(ATTRIBUTES[a]) for a in sorted(institution_verified_attributes(institution=i))) or "—"]
            for i in institution_list(actor=request.user)]
    return sections_page(request, sections, redirect_to=request.path, context={
        "title": _("人力资源培训机构"), "clause": "CQ-7.1.5-1、CQ-7.1.5-2",
        "notice": _("合法资质、内部管理规范、安全措施健全三项均经核验且资质在有效期内的机构，才能向劳动者推荐。"),
        "tables": [Table(_("培训机构"), [_("机构名称"), _("资质类型"), _("资质编号"), _("有效期至"), _("已核验")], rows)]})


@require(can_work_cq_cases)
def institution_view(request, pk):
    institution = institution_get(actor=request.user, pk=pk)
    sections = [] if not can_manage_cq(request.user) else [
        Section("verify", _("核验"), bound(request, "verify", f.VerifyForm),
                lambda d: s.institution_verify(actor=request.user, institution=institution, **d), _("已核验。"))]
    rows = [[v.get_attribute_display(), v.verified_on, v.verified_by.full_name, v.evidence]
            for v in institution_verifications(institution=institution)]
    return sections_page(request, sections, redirect_to=request.path, context={
        "title": institution.name, "clause": "CQ-7.1.5-1",
        "facts": [(_("资质类型"), institution.qualification_type), (_("资质编号"), institution.qualification_number),
                  (_("有效期"), f"{institution.valid_from} — {institution.valid_until}"),
                  (_("培训项目"), institution.courses)],
        "tables": [Table(_("核验记录"), [_("核验事项"), _("日期"), _("核验人"), _("依据")], rows)]})
