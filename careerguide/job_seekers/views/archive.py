"""Staff pages: the personal service e-archive (BJ-9-1 to BJ-9-3)."""
from careerguide.accounts.access import require
from careerguide.documents.permissions import can_use_archives
from careerguide.documents.views import archive_item_download, archive_page

from ..selectors import job_seeker_get


@require(can_use_archives)
def archive_view(request, pk):
    return archive_page(request, job_seeker_get(actor=request.user, pk=pk))


@require(can_use_archives)
def archive_item_view(request, pk, item_pk):
    return archive_item_download(request, job_seeker_get(actor=request.user, pk=pk), item_pk)
