"""The auditors' page over the read log and the reveal audit events, and its CSV export (BJ-51-2, BJ-51-3)."""
import csv
import io

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from careerguide.accounts.access import require
from careerguide.common.views import FAILED, run_service

from .forms import AccessLogFilterForm
from .permissions import can_export_personal_data, can_view_read_log
from .selectors import AUDIT_LIMIT, access_log
from .services import read_log_export_record

PAGE_SIZE = 50


def _filtered(request):
    form = AccessLogFilterForm(request.GET or None)
    filters = form.filters() if form.is_bound else {}
    rows = access_log(actor=request.user, **filters) if not form.is_bound or form.is_valid() else []
    return form, filters, rows


@require(can_view_read_log)
def read_log_view(request):
    form, _filters, rows = _filtered(request)
    params = request.GET.copy()
    params.pop("page", None)
    return render(request, "privacy/read_log.html", {
        "form": form, "page": Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page")), "limit": AUDIT_LIMIT,
        "params": params.urlencode(), "can_export": can_export_personal_data(request.user)})


CSV_HEADERS = (_lazy("类别"), _lazy("时间"), _lazy("查阅人"), _lazy("查阅人所属机构"), _lazy("用人单位"), _lazy("查阅事由"),
               _lazy("对象类型"), _lazy("对象编号"), _lazy("服务机构"), _lazy("查阅内容"), _lazy("关联记录"), _lazy("用途说明"))


@require(can_view_read_log)
def read_log_export_view(request):
    """The filtered view as CSV (UTF-8 with BOM, for spreadsheet programs); the export and its stated purpose are
    audited first (BJ-51-3).  A refusal goes back to the page with its message."""
    params = request.GET.copy()
    reason = params.pop("purpose_text", [""])[-1]
    form, filters, rows = _filtered(request)
    back = f"{reverse('privacy:reads')}?{params.urlencode()}"
    if form.is_bound and not form.is_valid():
        return redirect(back)
    if run_service(request, lambda: read_log_export_record(actor=request.user, reason=reason, filters=filters,
                                                           rows=len(rows))) is FAILED:
        return redirect(back)
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow([str(h) for h in CSV_HEADERS])
    kinds = {"read": _("查阅"), "reveal": _("查看完整信息")}
    for r in rows:
        writer.writerow([kinds[r.kind], timezone.localtime(r.at).strftime("%Y-%m-%d %H:%M:%S"), r.reader, r.reader_unit,
                         r.reader_org, r.purpose_label, r.subject_type, r.subject_id, r.subject_unit,
                         "、".join(r.fields), r.reference, r.reason])
    response = HttpResponse(out.getvalue().encode("utf-8"), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = "attachment; filename*=UTF-8''%E4%B8%AA%E4%BA%BA%E4%BF%A1%E6%81%AF%E6%9F%A5%E9%98%85%E8%AE%B0%E5%BD%95.csv"
    return response
