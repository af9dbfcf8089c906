"""Structured logs: one JSON object per line (time, level, logger, message, and the request's facts)."""
import json
import logging
import time

_REQUEST_FIELDS = ("status_code",)
# gunicorn's access log passes its request atoms as the record's args.
_ACCESS_ATOMS = {"m": "method", "U": "path", "s": "status", "D": "duration_us", "b": "bytes", "h": "remote"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "process": record.process,
        }
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "method"):
            entry["method"] = request.method
            entry["path"] = request.path
        for field in _REQUEST_FIELDS:
            if hasattr(record, field):
                entry[field] = getattr(record, field)
        if record.name == "gunicorn.access" and isinstance(record.args, dict):
            entry.update({name: record.args.get(atom) for atom, name in _ACCESS_ATOMS.items()})
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)
