"""Scoring the screening against a labelled corpus, overall and per ground (BJ-38-3).

Pure Python, shared by ``bench/screening_metrics.py`` and the corpus tests.

A corpus is a TSV file with the columns ``sentence``, ``label`` (``1`` when the
sentence holds discriminatory content, ``0`` otherwise), ``ground`` (the ground
codes of a positive sentence, comma-separated) and ``note``.

* Overall (sentence level): a sentence is predicted positive when the engine
  reports at least one finding.
* Per ground: a sentence counts as a true positive for a ground when the ground
  is both labelled and found, a false positive when found but not labelled, a
  false negative when labelled but not found.  A finding of the right ground is
  all that counts; where in the sentence it was found does not.
"""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

COLUMNS = ("sentence", "label", "ground", "note")


@dataclass(frozen=True)
class CorpusRow:
    sentence: str
    positive: bool
    grounds: frozenset[str]
    note: str = ""
    source: str = ""
    line: int = 0


@dataclass
class Score:
    """Counts for one ground (or for sentences overall)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.support if self.support else None


@dataclass(frozen=True)
class Outcome:
    """What the engine found for one corpus row."""

    row: CorpusRow
    found: frozenset[str]
    details: tuple[str, ...]

    @property
    def predicted(self) -> bool:
        return bool(self.found)


@dataclass
class Evaluation:
    overall: Score = field(default_factory=Score)
    true_negatives: int = 0
    grounds: dict[str, Score] = field(default_factory=dict)
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def false_positives(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.predicted and not o.row.positive]

    @property
    def false_negatives(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.row.positive and not o.predicted]

    @property
    def wrong_grounds(self) -> list[Outcome]:
        """Sentences flagged on the right side but with a different set of grounds."""
        return [o for o in self.outcomes if o.row.positive and o.predicted and o.found != o.row.grounds]

    def below(self, floor: float) -> list[str]:
        """Each ground (and ``overall``) whose precision or recall is below ``floor``."""
        failing = []
        for name, score in (("overall", self.overall), *sorted(self.grounds.items())):
            for measure in ("precision", "recall"):
                value = getattr(score, measure)
                if value is not None and value < floor:
                    failing.append(f"{name} {measure} {value:.2f}")
                elif value is None and measure == "precision" and score.support:
                    failing.append(f"{name} precision - (nothing found)")
        return failing


def read_corpus(path: Path) -> list[CorpusRow]:
    """Read a corpus file; malformed rows raise ``ValueError`` naming the line."""
    with Path(path).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = set(COLUMNS[:3]) - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
        rows = []
        for line, item in enumerate(reader, start=2):
            label = (item.get("label") or "").strip()
            grounds = frozenset(g.strip() for g in (item.get("ground") or "").split(",") if g.strip())
            if label not in ("0", "1") or (label == "1") != bool(grounds) or not (item.get("sentence") or "").strip():
                raise ValueError(f"{path}:{line}: a row needs a sentence, label 0 or 1, and grounds exactly when 1")
            rows.append(CorpusRow(sentence=item["sentence"], positive=label == "1", grounds=grounds,
                                  note=item.get("note") or "", source=str(path), line=line))
    return rows


def _count(evaluation: Evaluation, outcome: Outcome) -> None:
    row, found = outcome.row, outcome.found
    if outcome.predicted and row.positive:
        evaluation.overall.tp += 1
    elif outcome.predicted:
        evaluation.overall.fp += 1
    elif row.positive:
        evaluation.overall.fn += 1
    else:
        evaluation.true_negatives += 1
    for ground in row.grounds | found:
        score = evaluation.grounds.setdefault(ground, Score())
        if ground in row.grounds and ground in found:
            score.tp += 1
        elif ground in found:
            score.fp += 1
        else:
            score.fn += 1


def evaluate(rows: Iterable[CorpusRow], screen: Callable[[str], Sequence]) -> Evaluation:
    """Screen every row with ``screen(text) -> findings`` and score the result."""
    evaluation = Evaluation()
    for row in rows:
        findings = screen(row.sentence)
        outcome = Outcome(row=row, found=frozenset(f.ground for f in findings),
                          details=tuple(f"{f.phrase}[{f.start}:{f.end}] {f.ground} ({f.rule_id})" for f in findings))
        evaluation.outcomes.append(outcome)
        _count(evaluation, outcome)
    return evaluation


def _pad(text: str, width: int) -> str:
    """Left-align ``text`` in ``width`` columns, counting wide (CJK) characters as two."""
    used = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(width - used, 0)


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def report_lines(evaluation: Evaluation, labels: Mapping[str, str] | None = None) -> list[str]:
    """A plain-text table: overall, then one line per ground."""
    labels = labels or {}
    overall = evaluation.overall
    lines = [f"{'ground':<22}{'label':<18}{'support':>8}{'tp':>6}{'fp':>6}{'fn':>6}{'precision':>11}{'recall':>8}",
             f"{'overall (sentences)':<22}{'':<18}{overall.support:>8}{overall.tp:>6}{overall.fp:>6}{overall.fn:>6}"
             f"{_figure(overall.precision):>11}{_figure(overall.recall):>8}"]
    for code, score in sorted(evaluation.grounds.items()):
        lines.append(f"{code:<22}{_pad(labels.get(code, ''), 18)}{score.support:>8}{score.tp:>6}{score.fp:>6}{score.fn:>6}"
                     f"{_figure(score.precision):>11}{_figure(score.recall):>8}")
    return lines
