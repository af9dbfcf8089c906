"""Reviewers' feedback on the screening as new corpus rows (BJ-38-3).

Pure helpers: the sentence around a phrase, and the rows a set of feedback items
adds to a corpus in the format of ``tests/data/screening_corpus.tsv`` (columns
sentence, label, ground, note).

* A false alarm (a finding the reviewer overrode) makes its sentence negative for
  that ground.
* A miss (a phrase the reviewer flagged by hand) makes its sentence positive for
  the ground named.
* Findings in the same sentence that the reviewer left standing keep it positive
  for their grounds.  Several items on one sentence become one row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

FALSE_ALARM = "false_alarm"
MISS = "miss"
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
_CELL_BREAK = re.compile(r"[\t\r\n]+")
HEADER = ("sentence", "label", "ground", "note")


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The ``[start, end)`` of the sentence holding ``text[start:end]``, its closing mark included."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    closing = _SENTENCE_END.search(text, max(end, left))
    right = closing.end() if closing else len(text)
    if closing and closing.group() == "\n":
        right -= 1
    return left, right


def sentence_around(text: str, start: int, end: int) -> str:
    left, right = sentence_span(text, start, end)
    return text[left:right].strip()


@dataclass(frozen=True)
class FeedbackItem:
    """One recorded override or manual flag; ``standing`` are the grounds of findings left standing in the sentence."""

    kind: str
    sentence: str
    phrase: str
    ground: str
    standing: frozenset[str] = frozenset()
    note: str = ""


@dataclass(frozen=True)
class CorpusRowOut:
    sentence: str
    grounds: tuple[str, ...]
    note: str

    @property
    def label(self) -> str:
        return "1" if self.grounds else "0"

    def cells(self) -> tuple[str, str, str, str]:
        return tuple(_CELL_BREAK.sub(" ", value).strip() for value in (self.sentence, self.label, ",".join(self.grounds),
                                                                       self.note))


def corpus_rows(items: Iterable[FeedbackItem]) -> list[CorpusRowOut]:
    """One row per sentence, in the order the sentences first appear."""
    grouped: dict[str, list[FeedbackItem]] = {}
    for item in items:
        if item.sentence.strip():
            grouped.setdefault(item.sentence.strip(), []).append(item)
    rows = []
    for sentence, group in grouped.items():
        missed = {i.ground for i in group if i.kind == MISS}
        overridden = {i.ground for i in group if i.kind == FALSE_ALARM}
        standing = set().union(*(i.standing for i in group)) - (overridden - missed)
        rows.append(CorpusRowOut(sentence=sentence, grounds=tuple(sorted(missed | standing)),
                                 note="；".join(dict.fromkeys(i.note for i in group if i.note))))
    return rows


def corpus_tsv(rows: Iterable[CorpusRowOut]) -> str:
    """The rows as a corpus file, header first, one line per row."""
    lines = ["\t".join(HEADER)] + ["\t".join(row.cells()) for row in rows]
    return "\n".join(lines) + "\n"
