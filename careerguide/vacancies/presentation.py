"""Pure helpers for showing a version with its flagged phrases highlighted (no Django import).

Templates render each segment through autoescaping and wrap marked ones in <mark>, so
the posting text is escaped properly and the offsets of the findings are respected.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from .rules import FIELD_LABELS, SCREENED_FIELDS
from .screening.ruleset import GROUND_KINDS


@dataclass(frozen=True)
class Segment:
    text: str
    marked: bool = False
    title: str = ""


def highlight(text: str, spans: Iterable[tuple[int, int, str]]) -> list[Segment]:
    """Split ``text`` into plain and marked segments; overlapping spans are merged (titles joined)."""
    merged: list[list[Any]] = []
    for start, end, title in sorted((s, e, t) for s, e, t in spans if 0 <= s < e <= len(text)):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            if title and title not in merged[-1][2]:
                merged[-1][2].append(title)
        else:
            merged.append([start, end, [title] if title else []])
    segments, cursor = [], 0
    for start, end, titles in merged:
        if start > cursor:
            segments.append(Segment(text[cursor:start]))
        segments.append(Segment(text[start:end], True, "；".join(titles)))
        cursor = end
    if cursor < len(text):
        segments.append(Segment(text[cursor:]))
    return segments


@dataclass(frozen=True)
class FindingNote:
    """What a reader needs beside a marked phrase: the ground, the law it breaks and the rule in words."""

    phrase: str
    ground_label: str
    legal_basis: str
    basis: str = ""
    kind_label: str = ""


def finding_note(finding: Mapping[str, Any]) -> FindingNote:
    """The note for a stored finding (``Finding.to_dict()``); findings of version 1 have no basis or kind."""
    return FindingNote(phrase=finding.get("phrase") or "", ground_label=finding["ground_label"],
                       legal_basis="、".join(finding.get("articles") or ()), basis=finding.get("basis") or "",
                       kind_label=GROUND_KINDS.get(finding.get("ground_kind") or "", ""))


@dataclass(frozen=True)
class FieldView:
    name: str
    label: str
    segments: list[Segment]
    flagged: bool
    notes: tuple[FindingNote, ...] = ()


def screened_field_views(content: Mapping[str, Any], findings: Iterable[Mapping[str, Any]],
                         resolved: Iterable[int] = ()) -> list[FieldView]:
    """One view per screened text field, with the phrases of unresolved findings marked and noted."""
    skip = set(resolved)
    by_field: dict[str, list[Mapping[str, Any]]] = {}
    for index, finding in enumerate(findings):
        if index not in skip:
            by_field.setdefault(finding["field"], []).append(finding)
    views = []
    for name in SCREENED_FIELDS:
        notes = tuple(finding_note(f) for f in by_field.get(name, []))
        spans = [(f["start"], f["end"], f"{n.ground_label}：{n.legal_basis}") for f, n in zip(by_field.get(name, []), notes)]
        views.append(FieldView(name=name, label=FIELD_LABELS[name], segments=highlight(content.get(name) or "", spans),
                               flagged=bool(notes), notes=notes))
    return views
