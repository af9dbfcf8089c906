"""The instrument's ranking quality on the labelled quality set may not fall below what README states."""
import json
import re
from pathlib import Path

from careerguide.matching.quality import evaluate

ROOT = Path(__file__).resolve().parents[3]


def test_quality_figures_hold_what_readme_states():
    """BJ-15-4: nDCG@10 and precision@5 of the default instrument on tests/data/quality_set.json."""
    stated = re.search(r"nDCG@10 (\d\.\d\d), precision@5 (\d\.\d\d)", (ROOT / "README.md").read_text(encoding="utf-8"))
    assert stated, "README states the quality figures"
    data = json.loads((Path(__file__).parent / "data" / "quality_set.json").read_text(encoding="utf-8"))
    assert len(data["job_seekers"]) >= 60 and len(data["vacancies"]) >= 40
    assert {p["sought_occupation_code"][0] for p in data["job_seekers"]} == set("12345678")
    ndcg, precision = evaluate(data)
    assert round(ndcg, 2) >= float(stated.group(1)) and round(precision, 2) >= float(stated.group(2))
