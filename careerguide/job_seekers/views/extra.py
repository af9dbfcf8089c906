"""Staff pages: the personal service e-archive (BJ-9-1 to BJ-9-3) and difficulty certification (BJ-13-1, BJ-26-2)."""
from django.contrib import messages
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.accounts.access import require
from careerguide.accounts.permissions import can_manage_job_seekers
from careerguide.documents.permissions import can_use_archives
from careerguide.documents.selectors import archive_items
from careerguide.documents.views import archive_item_download, archive_page

from ..forms import CertificationForm
from ..selectors import job_seeker_get
from ..services.certification import difficulty_certification_record
from .records import _form_page, _run


@require(can_use_archives)
def archive_view(request, pk):
    return archive_page(request, job_seeker_get(actor=request.user, pk=pk))


@require(can_use_archives)
def archive_item_view(request, pk, item_pk):
    return archive_item_download(request, job_seeker_get(actor=request.user, pk=pk), item_pk)


@require(can_manage_job_seekers)
def certification_view(request, pk):
    """Record a certification or exit with its date and evidence; routing is then re-run (BJ-13-1)."""
    seeker = job_seeker_get(actor=request.user, pk=pk)
    form = CertificationForm(request.POST or None, items=archive_items(subject=seeker),
                             initial={"decided_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid() and _run(
            request, form, lambda: difficulty_certification_record(actor=request.user, job_seeker=seeker,
                                                                   unit=request.user.unit, **form.cleaned_data),
            _("认定情况已记录，已重新判断服务去向。")):
        return redirect("job_seekers:detail", pk=seeker.pk)
    if request.method == "GET" and not archive_items(subject=seeker).exists():
        messages.info(request, _("可先在电子档案中上传认定材料，再在此选择。"))
    return _form_page(request, seeker, form, _("就业困难人员认定"), clause="BJ-13-1",
                      intro=_("认定由有关部门作出，此处记录认定结果、日期和依据。"))
