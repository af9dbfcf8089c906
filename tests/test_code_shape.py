"""The house rules of the code, checked on the source (docs/architecture.md, "House rules").

Each check runs per app, so a failure names the app it is in:
- every refusal (`DomainError(...)`, `refuse(...)`) carries a member of an error-code enum;
- public services and selectors take keyword-only arguments;
- pages and the API never query models' managers (they read through selectors);
- no function is longer than 60 lines;
- services never build URLs (`reverse()`); a duty's page comes from its kind.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "careerguide"
MAX_FUNCTION_LINES = 60
REFUSALS = {"DomainError", "refuse"}


def _apps() -> list[str]:
    return sorted(p.name for p in ROOT.iterdir() if (p / "apps.py").exists())


def _sources(app: str):
    for path in sorted((ROOT / app).rglob("*.py")):
        parts = path.relative_to(ROOT).parts
        if "migrations" in parts or "tests" in parts:
            continue
        yield path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _is_layer(path: Path, *names: str) -> bool:
    """Whether the module belongs to one of the named layers (`services.py` or `services/…`)."""
    parts = path.relative_to(ROOT).with_suffix("").parts
    return any(part in names for part in parts[1:])


def _where(path: Path, node) -> str:
    return f"{path.relative_to(ROOT.parent)}:{node.lineno}"


def _call_name(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


@pytest.mark.parametrize("app", _apps())
def test_every_refusal_carries_an_error_code(app):
    """`code=` is a member of an enum (`XErrorCode.NAME`), never missing and never a bare string."""
    bad = []
    for path, tree in _sources(app):
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _call_name(node) in REFUSALS:
                code = next((k.value for k in node.keywords if k.arg == "code"), None)
                passed_through = isinstance(code, ast.Name) and code.id == "code"  # a helper forwarding its own `code`
                if not (isinstance(code, ast.Attribute) or passed_through):
                    bad.append(_where(path, node))
    assert bad == []


@pytest.mark.parametrize("app", [a for a in _apps() if a != "common"])
def test_public_services_and_selectors_take_keyword_arguments(app):
    """`common/services.py` is exempt: its helpers (`today(now)`, `refuse(message, code=…)`) read as steps."""
    bad = []
    for path, tree in _sources(app):
        if not _is_layer(path, "services", "selectors"):
            continue
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                if node.args.args or node.args.posonlyargs:
                    bad.append(f"{_where(path, node)} {node.name}")
    assert bad == []


@pytest.mark.parametrize("app", _apps())
def test_pages_and_api_read_through_selectors(app):
    """No `Model.objects…` in views or API modules."""
    bad = []
    for path, tree in _sources(app):
        if not _is_layer(path, "views", "api"):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr == "objects":
                bad.append(_where(path, node))
    assert bad == []


@pytest.mark.parametrize("app", _apps())
def test_functions_are_short(app):
    bad = []
    for path, tree in _sources(app):
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = node.end_lineno - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    bad.append(f"{_where(path, node)} {node.name} ({length} lines)")
    assert bad == []


@pytest.mark.parametrize("app", _apps())
def test_services_build_no_urls(app):
    bad = []
    for path, tree in _sources(app):
        if not _is_layer(path, "services"):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _call_name(node) == "reverse":
                bad.append(_where(path, node))
    assert bad == []
