"""The employment needs archive: created on the survey day, a new version on every change (BJ-20-1, BJ-20-3,
BJ-32-2)."""
from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from careerguide.common.services import audit
from careerguide.job_seekers.services.ledger import personal_entry_add

from ..models import NeedsArchive, NeedsArchiveVersion

SOURCES = {
    "survey": gettext_lazy("就业意愿摸查"), "follow_up_survey": gettext_lazy("跟踪摸查"),
    "registration": gettext_lazy("求职登记"), "evaluation": gettext_lazy("评估"), "stop": gettext_lazy("停止服务"),
    "transfer": gettext_lazy("服务关系划转"),
}


def needs_archive_record(*, actor, job_seeker, unit, on: dt.date, source: str, content: dict, note: str = "",
                         now=None) -> NeedsArchiveVersion:
    """Append a version that carries the whole archive: the previous content updated with `content`."""
    archive, _created = NeedsArchive.objects.get_or_create(job_seeker=job_seeker, defaults={"opened_on": on})
    previous = archive.versions.order_by("-number").first()
    merged = {**(previous.content if previous else {}), **content}
    version = NeedsArchiveVersion.objects.create(
        archive=archive, number=(previous.number if previous else 0) + 1, recorded_on=on, source=source,
        content=merged, note=note[:300], unit=unit, author=actor if getattr(actor, "pk", None) else None)
    audit(actor=actor, obj=archive, unit=unit, action="version", clause="BJ-20-3", now=now,
          after={"version": version.number, "source": source})
    personal_entry_add(actor=actor, job_seeker=job_seeker, unit=unit, section="basic_info", service_type="needs_archive",
                       occurred_on=on, clause="BJ-32-2", content={"needs_archive_version": version.pk, "contact": False},
                       summary=_("就业需求档案第%(n)s版（%(s)s）") % {"n": version.number, "s": SOURCES.get(source, source)},
                       outcome=note[:200], check_serviceable=False, now=now)
    return version
