"""Every write of the expert team, the studios, the workforce and the resource library is reachable: each public
service function is called by a page that the URLconf routes (an API operation alone is not enough), unless it
is listed here with the reason nothing routed calls it (a periodic job, another service, a management command)."""
from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest
from django.urls import URLResolver, get_resolver

APPS = ("experts", "studios", "workforce", "resources")
ROOT = Path(__file__).resolve().parents[1] / "careerguide"

# name -> why no page or API operation calls it
OTHER_SERVICE = "called by other services of its app"
NOT_ROUTED = {
    # the daily jobs of config/periodic_jobs.py
    "memberships_term_end_sweep": "experts daily job: terms that ended (CZ-8-6)",
    "id_copies_purge": "studios daily job: ID-card copies past their retention (HN-7-5)",
    "studio_target_warnings_send": "studios daily job: target warnings (HN-10-8)",
    # guards and steps that the routed services run
    "require_city_hrss": OTHER_SERVICE + " (the city HRSS guard)",
    "require_host": OTHER_SERVICE + " (the host unit guard)",
    "require_active": OTHER_SERVICE + " (the active studio guard)",
    "annex_values": OTHER_SERVICE + " (application_create, Annex 1 values)",
    "annex_rows_create": OTHER_SERVICE + " (application_create, Annex 1 tables)",
    "category_check": OTHER_SERVICE + " (qualification review and appointment)",
    "renewal_window_of": OTHER_SERVICE + " (membership renewal)",
    "renewal_duty_schedule": OTHER_SERVICE + " (appointment and renewal)",
    "renewal_duty_fulfil": OTHER_SERVICE + " (renewal application)",
    "renewal_duty_cancel": OTHER_SERVICE + " (exit and dismissal)",
    "master_decision": OTHER_SERVICE + " (application check and confirmation)",
    "application_eligibility_evaluate": OTHER_SERVICE + " (application_check)",
    "application_materials_evaluate": OTHER_SERVICE + " (application_check)",
    "eligible_voters": OTHER_SERVICE + " (ballots and paper tallies)",
    "studio_target_warnings": OTHER_SERVICE + " (the target-warning job)",
    "annual_assessment_duty_schedule": OTHER_SERVICE + " (confirmation and assessment)",
    "term_evaluation_duty_schedule": OTHER_SERVICE + " (confirmation and assessment)",
    "work_plan_duty_schedule": OTHER_SERVICE + " (work plans)",
    "term_last_day": OTHER_SERVICE + " (term evaluation and its duty)",
    "supervision_duties_open": OTHER_SERVICE + " (confirmation)",
    "assessment_duty_fulfil": OTHER_SERVICE + " (assessment_record)",
    "awards_counted": OTHER_SERVICE + " (award quota, SD-20-2)",
    "title_eligibility": OTHER_SERVICE + " (title_submit)",
    "workload_decision": OTHER_SERVICE + " (title_decide)",
}


def _callbacks(patterns):
    for p in patterns:
        if isinstance(p, URLResolver):
            yield from _callbacks(p.url_patterns)
        else:
            yield p.callback


def _routed_functions():
    """The functions the URLconf routes: page views (unwrapped from their decorators) and API operations."""
    for callback in _callbacks(get_resolver().url_patterns):
        callback = getattr(callback, "func", callback)  # a functools.partial
        cells = [c.cell_contents for c in (callback.__closure__ or ()) if hasattr(c.cell_contents, "operations")]
        if cells:
            yield from (op.view_func for view in cells for op in view.operations)
        else:
            yield getattr(callback, "view_class", None) or inspect.unwrap(callback)


def _names_in(module_name: str) -> set[str]:
    tree = ast.parse(inspect.getsource(importlib.import_module(module_name)))
    return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)} | \
        {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}


def _referenced_by_routes(*, pages_only: bool = False) -> set[str]:
    modules = {getattr(f, "__module__", "") for f in _routed_functions()}
    modules = {m for m in modules if m.startswith("careerguide.") and not (pages_only and ".api" in m)}
    return set().union(*(_names_in(m) for m in modules))


def _service_modules(app: str):
    package = importlib.import_module(f"careerguide.{app}.services")
    yield package.__name__
    if hasattr(package, "__path__"):
        for info in pkgutil.iter_modules(package.__path__):
            yield f"{package.__name__}.{info.name}"


def _public_services(app: str):
    for module_name in _service_modules(app):
        tree = ast.parse(inspect.getsource(importlib.import_module(module_name)))
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                yield module_name, node.name


@pytest.mark.parametrize("app", APPS)
def test_every_service_is_called_by_a_routed_page_or_api_operation(app):
    referenced = _referenced_by_routes()
    unreached = [f"{module}.{name}" for module, name in _public_services(app)
                 if name not in referenced and name not in NOT_ROUTED]
    assert unreached == []


@pytest.mark.parametrize("app", APPS)
def test_every_service_has_a_page_not_only_an_api_operation(app):
    """A step staff or the public can reach only through the API is not done: each service is also called by a page."""
    referenced = _referenced_by_routes(pages_only=True)
    api_only = [f"{module}.{name}" for module, name in _public_services(app)
                if name not in referenced and name not in NOT_ROUTED]
    assert api_only == []


def test_the_exemptions_are_real_and_still_needed():
    """Each listed function exists in one of the apps and is still not called by any routed page or operation."""
    public = {name for app in APPS for _module, name in _public_services(app)}
    referenced = _referenced_by_routes()
    assert sorted(set(NOT_ROUTED) - public) == []
    assert sorted(set(NOT_ROUTED) & referenced) == []
