"""The one way a page runs a write: form → service → refusal on the form → message → redirect.

A view validates the shape of the input with a form, hands the meaning to one service call and
shows the service's Chinese refusal where the user typed (a field message on its field, the rest
above the form).  A refused call has changed nothing: services are atomic.

- `form_page`: a page with one form (GET shows it, a valid POST runs the service and redirects).
- `run_service`: one attempt, for pages with several forms or several actions.
- `post_action`: a button with no form; the outcome is shown as a message on the next page.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.shortcuts import redirect, render

from .errors import DomainError
from .forms import apply_domain_error


class _Failed:
    """The result of a refused call (falsy, so `if run_service(...)` reads naturally)."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "FAILED"


FAILED = _Failed()


def refusal_text(error: DomainError) -> str:
    return "；".join(str(m) for m in error.messages)


def run_service(request, call: Callable[[], Any], *, form=None, success=None):
    """Run `call()`; return its result (or True for None), or FAILED after showing the refusal.

    With a form the refusal lands on it; without one it becomes an error message."""
    try:
        result = call()
    except DomainError as error:
        if form is not None:
            apply_domain_error(form, error)
        else:
            messages.error(request, refusal_text(error))
        return FAILED
    if success:
        messages.success(request, success(result) if callable(success) else success)
    return True if result is None else result


def _target(redirect_to, result):
    return redirect_to(result) if callable(redirect_to) else redirect_to


def form_page(request, form, call: Callable[[], Any], *, template: str, success, redirect_to,
              context: dict | None = None):
    """Show `form` on `template`; on a valid POST run `call()` and redirect to `redirect_to`
    (a URL, a URL name, or a function of the service's result)."""
    if request.method == "POST" and form.is_valid():
        result = run_service(request, call, form=form, success=success)
        if result is not FAILED:
            return redirect(_target(redirect_to, result))
    return render(request, template, {**(context or {}), "form": form})


def post_action(request, call: Callable[[], Any], *, success, redirect_to: str, on_success=None):
    """Run `call()` for a button with no form and redirect to `redirect_to` (to `on_success(result)`
    when given and the call succeeded); the outcome is shown as a message."""
    result = run_service(request, call, success=success)
    if result is not FAILED and on_success is not None:
        return redirect(on_success(result))
    return redirect(redirect_to)
