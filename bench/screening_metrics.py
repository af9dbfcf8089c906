"""Precision and recall of the vacancy discrimination screening (BJ-38-3), overall and per ground.

Run from the project root:

    python bench/screening_metrics.py [--corpus PATH ...] [--rules-version V] [--quiet]

Default corpus: the tuning corpus ``careerguide/vacancies/tests/data/screening_corpus.tsv``.
A sentence is predicted positive when the engine reports at least one finding; a
ground is scored on the sentences labelled with it or found with it (see
``careerguide/vacancies/screening/evaluation.py``).  The script prints the table,
then every false positive, false negative and positive sentence whose set of
grounds differs from its label.  It also prints the screening time per sentence
(processor time of ``screen_text`` alone, rules loaded once beforehand); BJ-38-3's
budget is 1 ms a sentence.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from careerguide.vacancies.screening.engine import load_ruleset, screen_text  # noqa: E402
from careerguide.vacancies.screening.evaluation import evaluate, read_corpus, report_lines  # noqa: E402

CORPUS = PROJECT_ROOT / "careerguide" / "vacancies" / "tests" / "data" / "screening_corpus.tsv"


def _print_cases(title: str, outcomes) -> None:
    print(f"\n{title} ({len(outcomes)}):")
    for outcome in outcomes:
        row = outcome.row
        expected = ",".join(sorted(row.grounds)) or "-"
        print(f"  {row.sentence}  expected={expected}  found={'; '.join(outcome.details) or '-'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="append", type=Path, metavar="PATH",
                        help="corpus TSV (repeat for several; default: the tuning corpus)")
    parser.add_argument("--rules-version", default=None, help="rule set version (default: newest)")
    parser.add_argument("--quiet", action="store_true", help="print the table only, not the cases")
    args = parser.parse_args(argv)

    ruleset = load_ruleset(args.rules_version)
    paths = args.corpus or [CORPUS]
    rows = [row for path in paths for row in read_corpus(path)]
    elapsed = [0.0]

    def screen(text: str):
        start = time.process_time()
        findings = screen_text(text, ruleset)
        elapsed[0] += time.process_time() - start
        return findings

    for row in rows[:50]:  # the segmentation dictionary loads on first use: warm up outside the measurement
        screen_text(row.sentence, ruleset)
    result = evaluate(rows, screen)
    positives = sum(row.positive for row in rows)
    print(f"rule set version: {ruleset.version}")
    print(f"corpus: {', '.join(str(p) for p in paths)}")
    print(f"sentences: {len(rows)} (positive {positives}, negative {len(rows) - positives}); "
          f"true negatives {result.true_negatives}")
    if rows:
        print(f"screening time: {elapsed[0] / len(rows) * 1000:.2f} ms per sentence (processor time)")
    print()
    for line in report_lines(result, {code: g.label for code, g in ruleset.grounds.items()}):
        print(line)
    if not args.quiet:
        _print_cases("False positives", result.false_positives)
        _print_cases("False negatives", result.false_negatives)
        _print_cases("Wrong grounds", result.wrong_grounds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
