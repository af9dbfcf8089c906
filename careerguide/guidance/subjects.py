"""Who guidance can be given to: any record type that registers itself here.

Guidance (BJ-14-*) is one mechanism for job seekers now and employers later
(BJ-37): records name their subject by model label and primary key, like
ledger entries and duties, and each subject type supplies the few things the
mechanism needs through a ``SubjectKind``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

_KINDS: dict[str, "SubjectKind"] = {}


@dataclass(frozen=True)
class SubjectKind:
    label: str  # model label, e.g. "job_seekers.jobseeker"
    unit_field: str  # the field scoping rows of this type (visible_to)
    #: district-level unit responsible for an online booking (BJ-14-6), or None when it cannot be routed
    home_district: Callable[[Any], Any]
    #: may this subject book online (platform permission, BJ-7-2)?
    can_book_online: Callable[[Any], bool]
    #: raise DomainError when no service may be recorded for the subject (e.g. stopped, BJ-13-8)
    ensure_serviceable: Callable[[Any], None]
    #: append a ledger entry: add_entry(actor=, subject=, unit=, service_type=, occurred_on=, summary=, outcome=,
    #: content=, initiated_by=, channel=, clause=, now=)
    add_entry: Callable[..., Any]
    #: the staff page of a subject, where guidance pages return to
    detail_url: Callable[[Any], str] = lambda obj: "/work/"
    #: the subject type's own scoped getter, get(actor=, pk=) raising NotFound outside the actor's reach
    #: (with any grant it allows, e.g. BJ-4-3); None scopes by ``unit_field``
    get: Callable[..., Any] | None = None
    #: what the subject is called in Chinese (group pages, forms)
    noun: str = ""


def register_subject(kind: SubjectKind) -> None:
    _KINDS[kind.label] = kind


def subject_kind(label: str) -> SubjectKind:
    try:
        return _KINDS[label]
    except KeyError:
        raise LookupError(f"no guidance subject kind registered for {label!r}") from None


def subject_kind_of(obj) -> SubjectKind:
    return subject_kind(obj._meta.label_lower)


def subject_kinds() -> list[SubjectKind]:
    return list(_KINDS.values())
