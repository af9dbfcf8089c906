"""Reads of the resource library (SD-17-2, SD-17-5) and of the typical cases (SD-15-2)."""
from __future__ import annotations

from django.db.models import Count, Q

from careerguide.common.errors import NotFound
from careerguide.organisations.scoping import jurisdiction_q, visible_to

from .models import LearningRecord, Resource, ResourceAccess, TypicalCase
from .states import ResourceStatus


def _unit_and_above_q(actor) -> Q:
    """An own-organisation resource is visible to its owner organisation and that organisation's subordinates."""
    unit = getattr(actor, "unit", None)
    if unit is None or not getattr(actor, "is_staff_member", False):
        return Q(pk__in=[])
    ancestors = [p for p in unit.path.strip("/").split("/") if p]
    return Q(owner_unit_id__in=[int(p) for p in ancestors])


def resource_list(*, actor, q: str = "", resource_type: str = ""):
    """SD-17-2: published shared resources for every staff member; own-organisation ones inside the owner's tree;
    unpublished ones only to the owner's jurisdiction (for review)."""
    if not getattr(actor, "is_staff_member", False):
        return Resource.objects.none()
    published = Q(status=ResourceStatus.PUBLISHED) & (Q(sharing="shared") | _unit_and_above_q(actor))
    qs = Resource.objects.filter(published | jurisdiction_q(actor, "owner_unit")).select_related("owner_unit")
    if q:
        qs = qs.filter(Q(title__contains=q) | Q(tags__icontains=q))
    if resource_type:
        qs = qs.filter(resource_type=resource_type)
    return qs


def resource_get(*, actor, pk) -> Resource:
    resource = resource_list(actor=actor).filter(pk=pk).first()
    if resource is None:
        raise NotFound()
    return resource


def resource_versions(*, resource: Resource):
    """The resource's versions, newest first (SD-17-1)."""
    return resource.versions.order_by("-number")


def learning_list(*, actor):
    return visible_to(actor, LearningRecord.objects.select_related("resource", "counsellor"), "counsellor__unit")


def utilisation_report(*, actor, start, end):
    """SD-17-5: views, downloads and completions per resource and per organisation."""
    accesses = visible_to(actor, ResourceAccess.objects.filter(on__range=(start, end)), "unit")
    per_resource = {r["resource"]: r for r in accesses.values("resource").annotate(
        views=Count("pk", filter=Q(kind="view")), downloads=Count("pk", filter=Q(kind="download")))}
    completions = {r["resource"]: r["n"] for r in learning_list(actor=actor).filter(completed_on__range=(start, end))
                   .values("resource").annotate(n=Count("pk"))}
    per_unit = list(accesses.values("unit__name").annotate(views=Count("pk", filter=Q(kind="view")),
                                                           downloads=Count("pk", filter=Q(kind="download"))))
    titles = dict(Resource.objects.filter(pk__in=set(per_resource) | set(completions)).values_list("pk", "title"))
    rows = [{"resource": titles[pk], "views": per_resource.get(pk, {}).get("views", 0),
             "downloads": per_resource.get(pk, {}).get("downloads", 0), "completions": completions.get(pk, 0)}
            for pk in titles]
    return {"per_resource": rows, "per_unit": per_unit}


def case_list(*, actor, status: str = ""):
    """SD-15-2: typical cases of the actor's jurisdiction."""
    qs = visible_to(actor, TypicalCase.objects.select_related("owner_unit", "review", "resource"), "owner_unit")
    return qs.filter(status=status) if status else qs


def case_get(*, actor, pk) -> TypicalCase:
    case = case_list(actor=actor).filter(pk=pk).first()
    if case is None:
        raise NotFound()
    return case


def case_review_experts(*, case: TypicalCase):
    """The experts the case's review drew on (SD-9-2)."""
    return list(case.review.experts.order_by("name")) if case.review_id else []


def resource_courses(*, actor):
    """Published courses the actor may study (SD-17-3)."""
    return resource_list(actor=actor, resource_type="course").filter(status=ResourceStatus.PUBLISHED)
