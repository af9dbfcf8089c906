"""The health endpoint for load balancers and monitoring: no login, JSON, 503 when unhealthy."""
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from careerguide.accounts.access import public

from .selectors import health_status


@public
@never_cache
@require_GET
def healthz(request):
    status = health_status(today=timezone.localdate())
    return JsonResponse(status, status=200 if status["status"] == "ok" else 503)
