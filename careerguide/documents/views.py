"""The e-archive page and item download of any registered subject (BJ-9-1 to BJ-9-3).

Routed in `urls.py` by subject type and id: the subject is loaded through its own type's scoped
selector (404 outside the actor's reach), so the archive is scoped exactly like the subject's page.
"""
from django.core.exceptions import PermissionDenied
from django.http import FileResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from careerguide.accounts.access import require
from careerguide.audit.services import object_label
from careerguide.common.errors import NotFound
from careerguide.common.views import post_action, run_service
from careerguide.privacy.choices import ARCHIVE_FIELDS, ReadPurpose
from careerguide.privacy.services import person_read_log

from .choices import UseAction
from .forms import ArchiveForm, CreditForm, RetentionReviewForm, ReviewForm, UploadForm
from .links import retention_page
from .permissions import can_dispose_archive_items, can_file_archive_items, can_review_credit_records, can_use_archives
from .selectors import (
    archive_disposals,
    archive_index,
    archive_item_get,
    archive_items,
    archive_subject_get,
    archive_uses,
    credit_record_get,
    credit_records,
    pending_disposal_review,
    person_timeline,
    retention_due_items,
    retention_item_get,
)
from .services.credit import credit_record_enter, credit_record_review
from .services.items import archive_item_archive, archive_item_upload, archive_use_record
from .services.retention import archive_item_dispose, retention_review_record
from .subjects import archive_subject_of

# E-archive subjects that are people (their archive is personal data, BJ-51-2); employers' are not.
PERSON_SUBJECTS = frozenset({"job_seekers.jobseeker"})

SUCCESS = {
    "upload": _("材料已归入电子档案。"),
    "archive": _("已归档。"),
    "credit": _("就业诚信记录已录入，待另一名工作人员复核。"),
    "review": _("复核结论已保存。"),
}


def _call(request, subject, action, form):
    """The one service call of a POST action (the item or record it names is loaded first, 404 if absent)."""
    actor = request.user
    if action == "upload":
        return lambda: archive_item_upload(actor=actor, subject=subject, **form.cleaned_data)
    if action == "archive":
        item = archive_item_get(subject=subject, pk=request.POST.get("item"))
        return lambda: archive_item_archive(actor=actor, item=item, **form.cleaned_data)
    if action == "credit":
        return lambda: credit_record_enter(actor=actor, subject=subject, **form.cleaned_data)
    record = credit_record_get(subject=subject, pk=request.POST.get("record"))
    return lambda: credit_record_review(actor=actor, record=record, **form.cleaned_data)


def _post(request, subject, action, forms) -> bool:
    """Run one POST action; True when it succeeded (then redirect)."""
    if action not in forms:
        return False
    allowed = can_review_credit_records if action == "review" else can_file_archive_items
    if not allowed(request.user):
        raise PermissionDenied
    form = forms[action]
    call = _call(request, subject, action, form)
    return form.is_valid() and bool(run_service(request, call, form=form, success=SUCCESS[action]))


def _archive_page(request, subject):
    """The subject's e-archive: index of everything about it, filed items, integrity records, use log."""
    label = object_label(obj=subject)
    action = request.POST.get("action") if request.method == "POST" else None
    bound = lambda name: request.POST if action == name else None  # noqa: E731
    forms = {
        "upload": UploadForm(bound("upload"), request.FILES if action == "upload" else None, subject_type=label),
        "archive": ArchiveForm(bound("archive")),
        "credit": CreditForm(bound("credit"), items=archive_items(subject=subject),
                             initial={"occurred_on": timezone.localdate()}),
        "review": ReviewForm(bound("review")),
    }
    if action and _post(request, subject, action, forms):
        return redirect(request.path)
    archive_use_record(actor=request.user, subject=subject, action=UseAction.BROWSE)  # every rendering shows the index
    if label in PERSON_SUBJECTS:  # a person's e-archive is personal data: the read is logged (BJ-51-2)
        person_read_log(actor=request.user, person=subject, fields=ARCHIVE_FIELDS, purpose=ReadPurpose.ARCHIVE)
    return render(request, "documents/archive.html", {
        "subject": subject, "subject_type": label, "back_url": archive_subject_of(subject).detail_url(subject),
        "index": archive_index(subject=subject), "items": archive_items(subject=subject),
        "credit": credit_records(subject=subject), "uses": archive_uses(subject=subject)[:50], "forms": forms,
        "can_file": can_file_archive_items(request.user), "can_review": can_review_credit_records(request.user),
    })


def _archive_item_download(request, subject, item_pk):
    """Download one item; the use is logged first (BJ-9-2)."""
    item = archive_item_get(subject=subject, pk=item_pk)
    if item.disposed_on is not None:
        raise NotFound()  # destroyed on an audited disposal; its record stays on the archive page
    archive_use_record(actor=request.user, subject=subject, item=item, action=UseAction.DOWNLOAD)
    if object_label(obj=subject) in PERSON_SUBJECTS:
        person_read_log(actor=request.user, person=subject, fields=(item.category,), reference=f"I{item.pk:06d}",
                        purpose=ReadPurpose.ARCHIVE)
    return FileResponse(item.file.open("rb"), as_attachment=True, filename=item.original_name,
                        content_type=item.content_type)


@require(can_use_archives)
def archive_view(request, subject_type, subject_id):
    return _archive_page(request, archive_subject_get(actor=request.user, subject_type=subject_type,
                                                     subject_id=subject_id))


@require(can_use_archives)
def archive_item_view(request, subject_type, subject_id, item_pk):
    return _archive_item_download(request, archive_subject_get(actor=request.user, subject_type=subject_type,
                                                              subject_id=subject_id), item_pk)


# ---- retention (BJ-9-2) ------------------------------------------------------------------------------------------


def _retention_page(request, *, form=None, form_item=None, status=200):
    items = list(retention_due_items(actor=request.user, today=timezone.localdate())[:200])
    proposals = {i.pk: pending_disposal_review(item=i) for i in items if i.disposal_proposed}
    return render(request, "documents/retention.html", {
        "items": [(i, proposals.get(i.pk), form if form_item == i.pk else RetentionReviewForm()) for i in items],
        "disposals": archive_disposals(actor=request.user)[:50], "can_review": can_file_archive_items(request.user),
        "can_dispose": can_dispose_archive_items(request.user)}, status=status)


@require(can_use_archives)
def retention_view(request):
    """Items past their keep-until date, flagged for appraisal; proposed disposals; the disposal register."""
    return _retention_page(request)


@require(can_file_archive_items)
@require_POST
def retention_review_view(request, pk):
    item = retention_item_get(actor=request.user, pk=pk)
    form = RetentionReviewForm(request.POST)
    if form.is_valid() and run_service(request, lambda: retention_review_record(
            actor=request.user, item=item, **form.cleaned_data), form=form, success=_("鉴定结论已记录。")):
        return redirect(retention_page())
    return _retention_page(request, form=form, form_item=item.pk, status=400)


@require(can_dispose_archive_items)
@require_POST
def retention_dispose_view(request, pk):
    item = retention_item_get(actor=request.user, pk=pk)
    return post_action(request, lambda: archive_item_dispose(actor=request.user, item=item),
                       success=_("已销毁并登记。"), redirect_to=retention_page())


# ---- one information space (BJ-8-1) ------------------------------------------------------------------------------


@require(can_use_archives)
def timeline_view(request, subject_id):
    """A person's services, registrations and training from every module on one timeline (BJ-8-1); reading it is a
    use of the person's archive (BJ-9-2)."""
    seeker = archive_subject_get(actor=request.user, subject_type="job_seekers.jobseeker", subject_id=subject_id)
    archive_use_record(actor=request.user, subject=seeker, action=UseAction.BROWSE)
    return render(request, "documents/timeline.html", {
        "subject": seeker, "timeline": person_timeline(actor=request.user, seeker=seeker),
        "back_url": archive_subject_of(seeker).detail_url(seeker)})
