"""Occupation codes in the shape of the national occupational classification
(《中华人民共和国职业分类大典》): pure functions, no Django import.

A code has one to four segments joined by "-":

* major group (大类): one digit 1-8, e.g. ``2``;
* medium group (中类): major + two digits, e.g. ``2-02``;
* minor group (小类): medium + two digits, e.g. ``2-02-10``;
* occupation (细类/职业): minor + two digits, e.g. ``2-02-10-01``.

Every code except a major group has a parent: the code without its last segment.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

MAJOR_GROUPS = ("1", "2", "3", "4", "5", "6", "7", "8")
LEVEL_MAJOR, LEVEL_MEDIUM, LEVEL_MINOR, LEVEL_OCCUPATION = 1, 2, 3, 4
LEVEL_LABELS_ZH = {LEVEL_MAJOR: "大类", LEVEL_MEDIUM: "中类", LEVEL_MINOR: "小类", LEVEL_OCCUPATION: "职业（细类）"}

_CODE = re.compile(r"^[1-8](?:-\d{2}){0,3}$")


class CodeError(ValueError):
    """A code that does not have the classification's shape; the message is Chinese."""


def normalise_code(code) -> str:
    """Strip spaces and accept the full-width hyphen and en dash that spreadsheets produce."""
    text = str(code if code is not None else "").strip()
    for dash in ("－", "–", "—"):
        text = text.replace(dash, "-")
    return text.replace(" ", "")


def code_level(code: str) -> int:
    """1 (major group) to 4 (occupation), or CodeError."""
    if not _CODE.match(code or ""):
        raise CodeError(f"职业代码“{code}”格式不正确，应为“大类-中类-小类-细类”形式，如 2-02-10-01（大类为1至8）。")
    return code.count("-") + 1


def parent_code(code: str) -> str | None:
    """The code of the group one level up, or None for a major group."""
    code_level(code)
    return code.rsplit("-", 1)[0] if "-" in code else None


@dataclass(frozen=True)
class RowProblem:
    line: int
    code: str
    message: str


def check_rows(rows: list[tuple[int, str, str]], *, known_codes: frozenset[str] | set[str]) -> list[RowProblem]:
    """Validate an import: (line, code, name) rows against the codes already stored.

    Each code must have the right shape, appear once in the file, have a name, and
    have its parent either stored already or present in the same file.
    """
    problems: list[RowProblem] = []
    in_file: dict[str, int] = {}
    for line, code, name in rows:
        if code in in_file:
            problems.append(RowProblem(line, code, f"职业代码“{code}”在文件中重复（第{in_file[code]}行已出现）。"))
            continue
        in_file[code] = line
    for line, code, name in rows:
        try:
            parent = parent_code(code)
        except CodeError as exc:
            problems.append(RowProblem(line, code, str(exc)))
            continue
        if not (name or "").strip():
            problems.append(RowProblem(line, code, f"职业代码“{code}”缺少职业名称。"))
        if parent is not None and parent not in in_file and parent not in known_codes:
            problems.append(RowProblem(line, code, f"职业代码“{code}”的上级分类“{parent}”不存在。"))
    return sorted(problems, key=lambda p: (p.line, p.message))
