"""gunicorn settings for config.settings.production (used by scripts/serve-production.sh).

Threaded workers (each thread keeps its own database connection), JSON logs on standard error for both
gunicorn's own messages and the access log, and a graceful timeout so a restart lets requests finish.

The matching pages rank over two in-memory copies per process (`matching.offer_store`, `matching.candidate_store`)
that take seconds to load at city scale.  With MATCHING_WARM=1 (the default) the application is loaded in the
master (`preload_app`), `when_ready` loads both copies there before any worker exists, and every worker
(also one started later by `max_requests`) is forked with them: no request pays the load, and the workers
share the copies' memory pages.  The forked copy is brought up to date by each worker's first call as usual
(one version check, the changed persons and vacancies patched in).  Because the code is loaded in the
master, a HUP does not load new code: restart the service after a deployment.  MATCHING_WARM=0 turns this off
(each worker then loads its copies at its first matching page).
"""
import gc
import multiprocessing
import os

bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() + 1))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", 8))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 60))
graceful_timeout = 30
keepalive = 5
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 5000))
max_requests_jitter = 500
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-" if os.environ.get("GUNICORN_ACCESS_LOG", "1") == "1" else None
errorlog = "-"
matching_warm = os.environ.get("MATCHING_WARM", "1") == "1"
preload_app = matching_warm

logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "careerguide.operations.logs.JsonFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}},
    "loggers": {
        "gunicorn.error": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "gunicorn.access": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}


def when_ready(server):
    """In the master, after the application is loaded and before the workers are forked."""
    if not matching_warm:
        return
    from django.db import connections
    from django.utils import timezone

    from careerguide.matching.selectors import matching_copies_warm

    try:
        took = matching_copies_warm(on=timezone.localdate())
    except Exception:  # the workers then load their copies at their first matching page
        server.log.exception("matching copies not loaded before the workers")
        connections.close_all()
        return
    connections.close_all()  # no database connection is shared with the forked workers
    gc.freeze()  # the copies' objects stay out of the workers' collections, so their pages stay shared
    server.log.info("matching copies loaded before the workers: vacancies %.1f s, candidates %.1f s",
                    took["vacancies"], took["candidates"])
