"""Loading the classification: our seed list and an office's official list (CSV)."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from django.db import transaction

from careerguide.common.services import audit

from .codes import RowProblem, check_rows, code_level, normalise_code, parent_code
from .models import Occupation, OccupationImport
from .seed import SEED

CODE_HEADERS = ("code", "职业代码", "代码")
NAME_HEADERS = ("name", "职业名称", "名称")


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def parse_occupation_csv(*, data: bytes | str) -> tuple[list[tuple[int, str, str]], list[RowProblem]]:
    """(line, code, name) rows of a CSV with a header naming the code and name columns (UTF-8, BOM allowed)."""
    text = data.decode("utf-8-sig") if isinstance(data, bytes) else data.lstrip("\ufeff")
    reader = csv.reader(io.StringIO(text))
    header = [h.strip().lower() for h in next(reader, [])]
    code_col = next((header.index(h) for h in CODE_HEADERS if h in header), None)
    name_col = next((header.index(h) for h in NAME_HEADERS if h in header), None)
    if code_col is None or name_col is None:
        return [], [RowProblem(1, "", "表头应包含“职业代码”（code）和“职业名称”（name）两列。")]
    rows = []
    for line, values in enumerate(reader, start=2):
        if not any(v.strip() for v in values):
            continue
        get = lambda i: values[i].strip() if i < len(values) else ""  # noqa: E731
        rows.append((line, normalise_code(get(code_col)), get(name_col)))
    return rows, []


def _store(rows, *, source: str) -> tuple[int, int]:
    """Upsert rows ordered parent-first (the rows are already validated)."""
    created = updated = 0
    by_code = {o.code: o for o in Occupation.objects.all()}
    for _line, code, name in sorted(rows, key=lambda r: (code_level(r[1]), r[1])):
        existing = by_code.get(code)
        if existing is None:
            by_code[code] = Occupation.objects.create(code=code, name=name.strip(), level=code_level(code),
                                                      parent=by_code.get(parent_code(code)), source=source)
            created += 1
        elif existing.name != name.strip():
            existing.name = name.strip()
            existing.source = source
            existing.save(update_fields=["name", "source", "updated_at"])
            updated += 1
    return created, updated


@transaction.atomic
def occupations_import(*, actor, data: bytes | str, file_name: str = "", now=None) -> ImportReport:
    """Import an office's full list. Any problem in any row: nothing is saved and every problem is reported."""
    rows, problems = parse_occupation_csv(data=data)
    if not problems:
        problems = check_rows(rows, known_codes=set(Occupation.objects.values_list("code", flat=True)))
    if problems:
        return ImportReport(problems=problems)
    created, updated = _store(rows, source="import")
    record = OccupationImport.objects.create(file_name=file_name[:200], created=created, updated=updated)
    audit(actor=actor, obj=record, action="import", unit=None, clause="", now=now,
          after={"file_name": file_name, "created": created, "updated": updated})
    return ImportReport(created=created, updated=updated)


@transaction.atomic
def occupations_seed_defaults() -> int:
    """Load the seed list where missing (used by the data migration's twin in tests that wipe tables)."""
    rows = [(0, code, name) for code, name in SEED]
    known = set(Occupation.objects.values_list("code", flat=True))
    created, _updated = _store([r for r in rows if r[1] not in known], source="seed")
    return created
