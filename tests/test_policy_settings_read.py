"""Every policy setting is read by the rule it names: a key no code reads is a number nobody applies."""
from __future__ import annotations

import re
from pathlib import Path

from careerguide.policy.registry import defaults

ROOT = Path(__file__).resolve().parents[1] / "careerguide"
REGISTRY = ROOT / "policy" / "registry.py"


def _source_text() -> str:
    parts = []
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT).parts
        if "tests" in rel or "migrations" in rel or path == REGISTRY:
            continue
        parts.append(path.read_text(encoding="utf-8"))
    return "\n".join(parts)


def test_every_policy_setting_is_read_somewhere():
    """A key counts as read when its full name appears as a string in the code outside the registry
    (services read numbers with `policy_number("bj.…", …)`; a rule that reads several keys names them), or
    when it fits a key template the code formats (`"bj.spot_check_sample_size_{}"`)."""
    text = _source_text()
    templates = [re.compile(re.escape(t).replace(r"\{\}", "[a-z0-9_]+") + "$")
                 for t in re.findall(r"[\"']([a-z]{2}\.[a-z0-9_]*\{\}[a-z0-9_]*)[\"']", text)]
    unread = sorted(key for key in defaults() if f'"{key}"' not in text and f"'{key}'" not in text
                    and not any(t.match(key) for t in templates))
    assert unread == []
