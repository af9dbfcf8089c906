"""The one way a page runs a write: form → service → refusal on the form → message → redirect.

A view validates the shape of the input with a form, hands the meaning to one service call and
shows the service's Chinese refusal where the user typed (a field message on its field, the rest
above the form).  A refused call has changed nothing: services are atomic.

- `form_page`: a page with one form (GET shows it, a valid POST runs the service and redirects).
- `run_service`: one attempt, for pages with several forms or several actions.
- `post_action`: a button with no form; the outcome is shown as a message on the next page.
- `FormAction` and `form_action_page`: a table of one-form pages about one subject (a studio, a member),
  one view serving them all by name.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
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


@dataclass(frozen=True)
class FormAction:
    """One form about one subject: its heading, form class, the service call on the cleaned data, the success
    message, who may open it (the service still decides) and the form's extra arguments."""

    heading: Any
    form_class: type
    call: Callable[[Any, Any, dict], Any]  # (request, subject, cleaned_data) -> result
    success: Any
    allowed: Callable[[Any], bool] = lambda actor: True
    form_kwargs: Callable[[Any, Any], dict] = lambda request, subject: {}


def form_action_page(request, actions: dict, name: str, subject, *, template: str, back: str, context=None):
    """Serve the action `name` of `actions` for `subject`: 404 for an unknown name, 403 for a user it is not
    for, else `form_page` with the action's form, call and message, back to `back`."""
    action = actions.get(name)
    if action is None:
        raise Http404
    if not action.allowed(request.user):
        raise PermissionDenied
    form = action.form_class(request.POST or None, request.FILES or None, **action.form_kwargs(request, subject))
    return form_page(request, form, lambda: action.call(request, subject, form.cleaned_data), template=template,
                     success=action.success, redirect_to=back,
                     context={**(context or {}), "heading": action.heading, "back": back, "subject": subject,
                              "multipart": form.is_multipart()})
