"""Pure helpers for showing a version with its flagged phrases highlighted (no Django import).

Templates render each segment through autoescaping and wrap marked ones in <mark>, so
the posting text is escaped properly and the offsets of the findings are respected.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from .rules import FIELD_LABELS, SCREENED_FIELDS


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
class FieldView:
    name: str
    label: str
    segments: list[Segment]
    flagged: bool


def screened_field_views(content: Mapping[str, Any], findings: Iterable[Mapping[str, Any]],
                         resolved: Iterable[int] = ()) -> list[FieldView]:
    """One view per screened text field, with the phrases of unresolved findings marked."""
    skip = set(resolved)
    by_field: dict[str, list[tuple[int, int, str]]] = {}
    for index, finding in enumerate(findings):
        if index not in skip:
            by_field.setdefault(finding["field"], []).append(
                (finding["start"], finding["end"], f"{finding['ground_label']}：{'、'.join(finding.get('articles') or ())}"))
    views = []
    for name in SCREENED_FIELDS:
        text = content.get(name) or ""
        views.append(FieldView(name=name, label=FIELD_LABELS[name], segments=highlight(text, by_field.get(name, [])),
                               flagged=bool(by_field.get(name))))
    return views
