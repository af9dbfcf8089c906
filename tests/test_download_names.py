"""Every file a page hands out is named in Chinese (issue: "every label, file name and message a user sees is
Chinese"): each call that names a download (`file_response`, `content_disposition_header`, `FileResponse`) in the
views of every app gives a name whose written part holds no Latin word (the extension aside), and no view writes a
Content-Disposition header by hand. The variable parts (a report's title, a person's name) are Chinese records; a
name taken whole from a stored upload has no written part and is the uploader's own."""
from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "careerguide"
LATIN = re.compile(r"[A-Za-z]")
EXTENSION = re.compile(r"\.[a-z]+$")
PLACEHOLDER = re.compile(r"%\(\w+\)s")
NAMING_CALLS = {"file_response": "filename", "content_disposition_header": 1, "FileResponse": "filename"}


def _view_files():
    for path in sorted(ROOT.rglob("*.py")):
        parts = path.relative_to(ROOT).parts
        if "tests" not in parts and (path.name.startswith("views") or "views" in parts[:-1]):
            yield path


def _written(node) -> list[str]:
    """The literal text of a name expression: plain strings, the fixed parts of f-strings, translated templates."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return [v.value for v in node.values if isinstance(v, ast.Constant)]
    if isinstance(node, ast.BinOp):  # _("…%(x)s…") % {...}
        return _written(node.left)
    if isinstance(node, ast.Call) and getattr(node.func, "id", "") in {"_", "gettext", "gettext_lazy"} and node.args:
        return _written(node.args[0])
    return []


def _named(call: ast.Call):
    name = getattr(call.func, "id", None) or getattr(call.func, "attr", None)
    where = NAMING_CALLS.get(name)
    if where is None:
        return None
    if isinstance(where, int):
        return call.args[where] if len(call.args) > where else None
    return next((k.value for k in call.keywords if k.arg == where), None)


def _names_in(tree, assigned):
    for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
        node = _named(call)
        if isinstance(node, ast.Name):  # filename = f"…"; file_response(…, filename=filename)
            node = assigned.get(node.id, node)
        if node is not None:
            yield call.lineno, _written(node)


def _problems(path: Path) -> list[str]:
    tree = ast.parse(path.read_text())
    assigned = {t.id: n.value for n in ast.walk(tree) if isinstance(n, ast.Assign)
                for t in n.targets if isinstance(t, ast.Name)}
    found = [f"{path.relative_to(ROOT)}:{line}" for line, text in _names_in(tree, assigned)
             if any(LATIN.search(EXTENSION.sub("", PLACEHOLDER.sub("", t))) for t in text)]
    found += [f"{path.relative_to(ROOT)}:{n.lineno} writes the header by hand" for n in ast.walk(tree)
              if isinstance(n, ast.Constant) and isinstance(n.value, str) and "filename=" in n.value]
    return sorted(found)


def test_every_download_is_named_in_chinese():
    assert [p for path in _view_files() for p in _problems(path)] == []


def test_the_check_sees_the_downloads_and_would_catch_an_english_name(tmp_path):
    """The check cannot pass vacuously: it finds the named downloads of the views, and flags an English name, a
    name assigned before the call and a header written by hand."""
    named = sum(1 for path in _view_files() for _line, text in _names_in(ast.parse(path.read_text()), {}) if text)
    assert named >= 10
    # 'report-{pk}.pdf' and '…-v{n}.pdf' are English; '{title}.pdf' and '…-第{n}版.pdf' are not
    bad = tmp_path / "views.py"
    bad.write_text('name = f"report-{pk}.pdf"\n'
                   'file_response(b"", filename=f"{title}-v{n}.pdf", content_type="application/pdf")\n'
                   'file_response(b"", filename=f"{title}.pdf", content_type="application/pdf")\n'
                   'file_response(b"", filename=name, content_type="application/pdf")\n'
                   'r["Content-Disposition"] = f\'attachment; filename="x-{pk}.pdf"\'\n'
                   'content_disposition_header(True, _("%(t)s-第%(v)s版.pdf") % {"t": t, "v": v})\n')
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        assert _problems(bad) == ["views.py:2", "views.py:4", "views.py:5 writes the header by hand"]
    finally:
        ROOT = saved
