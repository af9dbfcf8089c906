"""Every service of the guidance (with CQ) and assessment apps is reached from a page, an API operation or a
periodic job: the URLconf is walked for the views and API operations of these apps, and a service counts as
reached when one of them (or a service already reached) names it. A service left out is listed with a reason."""
import ast
import importlib
from pathlib import Path

import pytest
from django.urls import URLResolver, get_resolver

from config.periodic_jobs import PERIODIC_JOBS

APPS = ("careerguide.guidance", "careerguide.assessments")
ROOT = Path(__file__).resolve().parents[3]
SERVICE_MODULES = ("careerguide/guidance/services.py", "careerguide/guidance/cq/services",
                   "careerguide/assessments/services.py")
# a service that no page, API operation or job calls, with the reason it may stay so
NOT_REACHED: dict[str, str] = {}
# a service that only an API operation calls, with the reason it has no page yet
API_ONLY: dict[str, str] = {}


def _patterns(patterns):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _patterns(pattern.url_patterns)
        else:
            yield pattern


def _callbacks():
    """The functions behind every URL: Django views, and for a django-ninja path its operations' functions."""
    for pattern in _patterns(get_resolver().url_patterns):
        callback = getattr(pattern.callback, "func", pattern.callback)  # a functools.partial names its function
        path_views = [c.cell_contents for c in (getattr(callback, "__closure__", None) or ()) if hasattr(c.cell_contents, "operations")]
        if path_views:
            yield from (operation.view_func for view in path_views for operation in view.operations)
        else:
            yield getattr(callback, "view_class", callback)


def _is_api(module: str) -> bool:
    return "api" in module.split(".")


def _entry_modules(*, pages_only: bool = False) -> set[Path]:
    """The source files of the views, API operations and periodic jobs of these apps, with the files of the
    package each lives in (a step table or a page helper that the view module imports); when `pages_only`, the
    pages and jobs of every app without any API operation."""
    callers = [*_callbacks(), *(task.func for _, task, _ in PERIODIC_JOBS)]
    files = set()
    for func in callers:
        module = getattr(func, "__module__", "") or ""
        # the pages of other apps count for a write they take (the employer's plans page, BJ-37-2)
        if pages_only and (_is_api(module) or not module.startswith("careerguide.")):
            continue
        if not pages_only and not module.startswith(APPS):
            continue
        path = Path(importlib.import_module(module).__file__)
        files |= set(path.parent.glob("*.py")) if path.name == "__init__.py" or "views" in path.parts or \
            "api" in path.parts else {path}
    return files


def _names(node) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)} | \
        {n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)}


def _services() -> dict[str, ast.FunctionDef]:
    found = {}
    for entry in SERVICE_MODULES:
        path = ROOT / entry
        for file in sorted(path.glob("*.py")) if path.is_dir() else [path]:
            for node in ast.parse(file.read_text()).body:
                if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                    found[f"{file.relative_to(ROOT)}:{node.name}"] = node
    return found


def _private_helpers() -> dict[str, ast.FunctionDef]:
    """Module-private functions of the service modules, whose calls count for the service that uses them."""
    helpers = {}
    for entry in SERVICE_MODULES:
        path = ROOT / entry
        for file in sorted(path.glob("*.py")) if path.is_dir() else [path]:
            for node in ast.parse(file.read_text()).body:
                if isinstance(node, ast.FunctionDef) and node.name.startswith("_"):
                    helpers[node.name] = node
    return helpers


def _called(node, helpers) -> set[str]:
    """The names a function uses, through the private helpers it calls."""
    names, todo = set(), [node]
    while todo:
        found = _names(todo.pop())
        todo += [helpers[h] for h in (found & helpers.keys()) - names]
        names |= found
    return names


def _reached(services, *, pages_only: bool = False) -> set[str]:
    seen = set().union(*(_names(ast.parse(f.read_text())) for f in _entry_modules(pages_only=pages_only)))
    helpers = _private_helpers()
    reached, grew = set(), True
    while grew:
        grew = False
        for key, node in services.items():
            if key not in reached and node.name in seen:
                reached.add(key)
                seen |= _called(node, helpers)
                grew = True
    return reached


@pytest.mark.django_db
def test_every_guidance_and_assessment_service_is_reached_from_a_page_an_api_operation_or_a_job():
    services = _services()
    assert len(services) > 100  # the walk found the service modules
    missing = sorted(set(services) - _reached(services) - set(NOT_REACHED))
    assert missing == []


def test_the_walk_sees_the_pages_and_the_api_of_these_apps():
    """The check above cannot pass vacuously: the step table and the JSON API are among the files walked."""
    names = {p.relative_to(ROOT).as_posix() for p in _entry_modules()}
    assert {"careerguide/guidance/cq/views/steps.py", "careerguide/guidance/cq/api/process.py",
            "careerguide/assessments/views.py", "careerguide/guidance/cq/tasks.py"} <= names


@pytest.mark.django_db
def test_no_write_of_these_apps_is_reachable_only_through_the_api():
    """A step staff can only take through the JSON API is not done (issue: a page for every step): every service
    the API reaches is reached from a page (or a job) too, unless it is listed here with its reason."""
    services = _services()
    api_only = sorted(_reached(services) - _reached(services, pages_only=True) - set(API_ONLY))
    assert api_only == []
