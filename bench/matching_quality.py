"""The matching instrument's ranking quality on the labelled quality set (nDCG@10, precision@5).

    .venv/bin/python bench/matching_quality.py
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from careerguide.matching.quality import evaluate  # noqa: E402

SET = ROOT / "careerguide/matching/tests/data/quality_set.json"


def main():
    data = json.loads(SET.read_text(encoding="utf-8"))
    ndcg, precision = evaluate(data)
    judged = sum(any(g >= 2 for g in labels.values()) for labels in data["relevance"].values())
    print(f"{len(data['job_seekers'])} job seekers x {len(data['vacancies'])} vacancies ({judged} with a relevant "
          f"vacancy): nDCG@10 {ndcg:.2f}, precision@5 {precision:.2f}")


if __name__ == "__main__":
    main()
