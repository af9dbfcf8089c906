"""Where a person's data requests are seen and answered (the only module here that knows the URLconf)."""
from django.urls import reverse


def my_data_page() -> str:
    return reverse("privacy_portal:home")


def request_page(request) -> str:
    return reverse("privacy:request", args=[request.pk])
