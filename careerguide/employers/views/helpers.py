"""Shared plumbing for the employer pages: run a service from a valid form, show refusals on the form."""
from django.contrib import messages
from django.shortcuts import redirect, render

from careerguide.common.errors import DomainError
from careerguide.common.forms import apply_domain_error


def handle_form(request, form, call, *, template: str, context: dict, success: str, redirect_to):
    """On a valid POST call `call(form.cleaned_data)`; a refusal lands on the form and nothing is saved."""
    if request.method == "POST" and form.is_valid():
        try:
            call(form.cleaned_data)
        except DomainError as exc:
            apply_domain_error(form, exc)
        else:
            messages.success(request, success)
            return redirect(redirect_to)
    return render(request, template, {**context, "form": form})
