"""The e-archive page and item download, shared by every subject type (BJ-9-1 to BJ-9-3).

These are not routed themselves: each subject's app routes a view that loads the
subject through its own scoped selector (404 outside) and calls these.
"""
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from careerguide.audit.services import object_label
from careerguide.common.errors import DomainError
from careerguide.common.forms import apply_domain_error

from .forms import ArchiveForm, CreditForm, ReviewForm, UploadForm
from .models import UseAction
from .permissions import can_file_archive_items, can_review_credit_records
from .selectors import archive_index, archive_item_get, archive_items, archive_uses, credit_record_get, credit_records
from .services.credit import credit_record_enter, credit_record_review
from .services.items import archive_item_archive, archive_item_upload, archive_use_record
from .subjects import archive_subject_of


def _attempt(request, form, call, success) -> bool:
    try:
        call()
    except DomainError as exc:
        apply_domain_error(form, exc)
        return False
    messages.success(request, success)
    return True


def _post(request, subject, action, forms):
    """Handle one POST action; True when it succeeded (then redirect)."""
    actor = request.user
    if action in ("upload", "archive", "credit") and not can_file_archive_items(actor):
        raise PermissionDenied
    if action == "review" and not can_review_credit_records(actor):
        raise PermissionDenied
    if action == "upload":
        form = forms["upload"]
        return form.is_valid() and _attempt(request, form, lambda: archive_item_upload(
            actor=actor, subject=subject, **form.cleaned_data), _("材料已归入电子档案。"))
    if action == "archive":
        form, item = forms["archive"], archive_item_get(subject, request.POST.get("item"))
        return form.is_valid() and _attempt(request, form, lambda: archive_item_archive(
            actor=actor, item=item, **form.cleaned_data), _("已归档。"))
    if action == "credit":
        form = forms["credit"]
        return form.is_valid() and _attempt(request, form, lambda: credit_record_enter(
            actor=actor, subject=subject, **form.cleaned_data), _("就业诚信记录已录入，待另一名工作人员复核。"))
    if action == "review":
        form, record = forms["review"], credit_record_get(subject, request.POST.get("record"))
        return form.is_valid() and _attempt(request, form, lambda: credit_record_review(
            actor=actor, record=record, **form.cleaned_data), _("复核结论已保存。"))
    return False


def archive_page(request, subject, *, download_url_name: str):
    """The subject's e-archive: index of everything about it, filed items, integrity records, use log."""
    label = object_label(obj=subject)
    action = request.POST.get("action") if request.method == "POST" else None
    bound = lambda name: request.POST if action == name else None  # noqa: E731
    forms = {
        "upload": UploadForm(bound("upload"), request.FILES if action == "upload" else None, subject_type=label),
        "archive": ArchiveForm(bound("archive")),
        "credit": CreditForm(bound("credit"), items=archive_items(subject), initial={"occurred_on": timezone.localdate()}),
        "review": ReviewForm(bound("review")),
    }
    if action and _post(request, subject, action, forms):
        return redirect(request.path)
    archive_use_record(actor=request.user, subject=subject, action=UseAction.BROWSE)  # every rendering shows the index
    return render(request, "documents/archive.html", {
        "subject": subject, "back_url": archive_subject_of(subject).detail_url(subject),
        "index": archive_index(subject), "items": archive_items(subject), "credit": credit_records(subject),
        "uses": archive_uses(subject)[:50], "forms": forms, "download_url_name": download_url_name,
        "can_file": can_file_archive_items(request.user), "can_review": can_review_credit_records(request.user),
    })


def archive_item_download(request, subject, item_pk):
    """Download one item; the use is logged first (BJ-9-2)."""
    item = archive_item_get(subject, item_pk)
    archive_use_record(actor=request.user, subject=subject, item=item, action=UseAction.DOWNLOAD)
    return FileResponse(item.file.open("rb"), as_attachment=True, filename=item.original_name,
                        content_type=item.content_type)
