"""Who has an e-archive (BJ-9-1): record types that register themselves here.

Each subject type supplies its own scoped selector (so the archive is scoped
exactly like the person or employer page, 404 outside), its page addresses and
an index of the records kept elsewhere about it (ledger, gradings, agreements,
guidance ...), so that everything about the subject is retrievable from one
place.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Callable

_SUBJECTS: dict[str, "ArchiveSubject"] = {}


@dataclass(frozen=True)
class IndexRow:
    category: str  # category code (categories.py)
    kind: str  # what the record is, in Chinese
    title: str
    on: dt.date | None
    url: str = ""


@dataclass(frozen=True)
class ArchiveSubject:
    label: str  # model label, e.g. "job_seekers.jobseeker"
    get: Callable[..., Any]  # get(actor=, pk=) -> subject, NotFound outside the actor's scope
    unit_of: Callable[[Any], Any]  # the unit holding the subject (default custody)
    detail_url: Callable[[Any], str]
    index: Callable[[Any], list] = field(default=lambda obj: [])


def register_archive_subject(subject: ArchiveSubject) -> None:
    _SUBJECTS[subject.label] = subject


def archive_subject(label: str) -> ArchiveSubject:
    try:
        return _SUBJECTS[label]
    except KeyError:
        raise LookupError(f"no e-archive subject registered for {label!r}") from None


def archive_subject_of(obj) -> ArchiveSubject:
    return archive_subject(obj._meta.label_lower)
