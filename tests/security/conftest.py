"""Known defects of domain operations, kept visible: each listed case is a strict xfail (it must keep failing
until its owner fixes it, and then the entry goes)."""
import pytest

from .known_defects import API_DEFECTS


def pytest_collection_modifyitems(items):
    for item in items:
        if item.module.__name__.endswith("test_api_fuzz"):
            reason = API_DEFECTS.get(item.callspec.id if hasattr(item, "callspec") else item.name.partition("[")[2][:-1])
            if reason:
                item.add_marker(pytest.mark.xfail(strict=True, reason=reason))
