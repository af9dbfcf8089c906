"""The pages of front-desk requests (the only place that knows the URLconf)."""
from django.urls import reverse


def request_page(service_request) -> str:
    return reverse("intake:request", args=[service_request.pk])


def queue_page() -> str:
    return reverse("intake:queue")
