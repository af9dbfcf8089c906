"""Precision and recall of the vacancy discrimination screening (BJ-38-3).

Run from the project root:  python bench/screening_metrics.py [--rules-version V]

A corpus sentence is predicted positive when the engine reports at least one
finding.  Besides the sentence-level figures the script lists false positives,
false negatives and positives whose set of grounds differs from the label.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from careerguide.vacancies.screening.engine import load_ruleset, screen_text  # noqa: E402

CORPUS = PROJECT_ROOT / "careerguide" / "vacancies" / "tests" / "data" / "screening_corpus.tsv"


def read_corpus(path: Path = CORPUS) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rules-version", default=None, help="rule set version (default: newest)")
    args = parser.parse_args(argv)

    ruleset = load_ruleset(args.rules_version)
    rows = read_corpus()
    tp = fp = fn = tn = 0
    false_positives, false_negatives, wrong_grounds = [], [], []
    per_ground: Counter[str] = Counter()
    for row in rows:
        findings = screen_text(row["sentence"], ruleset)
        predicted = bool(findings)
        actual = row["label"] == "1"
        found = {f.ground for f in findings}
        expected = {g for g in row["ground"].split(",") if g}
        if actual:
            per_ground.update(expected)
        if predicted and actual:
            tp += 1
            if found != expected:
                wrong_grounds.append((row, findings))
        elif predicted:
            fp += 1
            false_positives.append((row, findings))
        elif actual:
            fn += 1
            false_negatives.append((row, findings))
        else:
            tn += 1

    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    print(f"rule set version: {ruleset.version}")
    print(f"sentences: {len(rows)} (positive {tp + fn}, negative {tn + fp})")
    print(f"true positives {tp}, false positives {fp}, false negatives {fn}, true negatives {tn}")
    print(f"precision: {precision:.4f}")
    print(f"recall:    {recall:.4f}")
    print(f"positive rows with a different set of grounds: {len(wrong_grounds)}")
    print("positive labels per ground: " + ", ".join(f"{g} {n}" for g, n in sorted(per_ground.items())))
    for title, items in (
        ("False positives", false_positives),
        ("False negatives", false_negatives),
        ("Wrong grounds", wrong_grounds),
    ):
        print(f"\n{title} ({len(items)}):")
        for row, findings in items:
            detail = "; ".join(f"{f.phrase}[{f.start}:{f.end}] {f.ground} ({f.rule_id})" for f in findings)
            print(f"  {row['sentence']}  expected={row['ground'] or '-'}  found={detail or '-'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
