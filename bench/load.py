"""Load and faults: 200 concurrent staff sessions against the production server on loopback.

    .venv/bin/python bench/load.py                                   # SQLite file in a temp folder
    DATABASE_URL=postgres://user@127.0.0.1:5432/postgres .venv/bin/python bench/load.py   # PostgreSQL
    .venv/bin/python bench/load.py --kill-after 15                   # kill the server mid-load

Builds a fresh database (migrations, the demo city with --job-seekers registrations, --sessions staff
accounts with a signed-in session each), starts gunicorn with config.settings.production on 127.0.0.1
(scripts/gunicorn.conf.py, behind no proxy, so requests say X-Forwarded-Proto: https as the proxy would),
and runs one thread per session for --duration seconds or --max-requests requests in all, whichever
comes first: a mix of page and API reads, searches, spreadsheet exports and job-seeker registrations
(POST /api/job-seekers). It prints p50/p95 per kind, the errors, whether the server log ever said
"database is locked", and then checks the database: every registration the server acknowledged is
there, none is partial (each has its audit event, and audit_verify passes). With --kill-after the server
is killed (SIGKILL, every worker) that many seconds in, the load stops, and the same checks run on what
the crash left. Traffic goes to 127.0.0.1 only; every loop is bounded in count and time.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
HOST = "127.0.0.1"
WRITE_NAME = "压测登记"

# (kind, weight, method, path); {q} is a surname, {page} a page number.
MIX = [
    ("read", 15, "GET", "/work/"),
    ("read", 12, "GET", "/job-seekers/"),
    ("read", 12, "GET", "/api/job-seekers?page={page}"),
    ("read", 8, "GET", "/employers/"),
    ("read", 5, "GET", "/vacancies/"),
    ("search", 10, "GET", "/work/search/?q={q}"),
    ("search", 10, "GET", "/api/job-seekers?q={q}"),
    ("export", 2, "GET", "/job-seekers/export.xlsx"),
    ("write", 20, "POST", "/api/job-seekers"),
]
SURNAMES = "王李张刘陈杨赵黄周吴"

SETUP = r"""
import json, sys
from django.core.management import call_command
from careerguide.accounts.models import RoleAssignment, User
from careerguide.organisations.models import Unit
from django.contrib.sessions.backends.db import SessionStore
n, seekers = int(sys.argv[1]), int(sys.argv[2])
call_command("seed_demo", job_seekers=seekers, stdout=open("/dev/null", "w"))
streets = list(Unit.objects.filter(level="street").order_by("pk"))
template = User(username="x"); template.set_password("load-test-password-1")
users = User.objects.bulk_create([User(username=f"load{i:03d}", full_name=f"压测人员{i:03d}", kind="staff",
                                       unit=streets[i % len(streets)], password=template.password) for i in range(n)])
users = list(User.objects.filter(username__startswith="load").order_by("username"))
RoleAssignment.objects.bulk_create([RoleAssignment(user=u, role="counsellor") for u in users])
out = []
for u in users:
    s = SessionStore()
    s["_auth_user_id"] = str(u.pk)
    s["_auth_user_backend"] = "careerguide.accounts.backends.LockoutModelBackend"
    s["_auth_user_hash"] = u.get_session_auth_hash()
    s.create()
    out.append({"session": s.session_key, "unit": u.unit_id})
print("SESSIONS " + json.dumps(out))
"""

VERIFY = r"""
import json, sys
from django.db import connection
from careerguide.audit.models import AuditEvent
from careerguide.audit.verification import audit_chain_verify
from careerguide.job_seekers.models import JobSeeker
acked = set(json.load(open(sys.argv[1])))
rows = set(JobSeeker.objects.filter(full_name__startswith=sys.argv[2]).values_list("pk", flat=True))
audited = set(int(pk) for pk in AuditEvent.objects.filter(object_type="job_seekers.jobseeker", action="create")
              .values_list("object_id", flat=True))
count, problem = audit_chain_verify()
integrity = None
if connection.vendor == "sqlite":
    with connection.cursor() as c:
        c.execute("PRAGMA integrity_check"); integrity = c.fetchone()[0]
print("VERIFY " + json.dumps({"acknowledged": len(acked), "missing": len(acked - rows), "rows": len(rows),
                              "committed_unacknowledged": len(rows - acked), "partial": len(rows - audited),
                              "audit_events": count, "audit_chain": "intact" if problem is None else problem.reason,
                              "sqlite_integrity": integrity}))
"""


def resident_id(n: int) -> str:
    """A valid, unique resident ID number (GB 11643 check character) for the n-th registration."""
    seq, d = n % 1000, n // 1000
    year, month, day = 1970 + d % 30, 1 + (d // 30) % 12, 1 + (d // 360) % 28
    body = f"110105{year:04d}{month:02d}{day:02d}{seq:03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, weights)) % 11]


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def run_django(env, code: str, *args: str, marker: str, timeout: int):
    boot = "import django, sys; django.setup(); code = sys.argv[1]; sys.argv = sys.argv[1:]; exec(code)"
    result = subprocess.run([PY, "-c", boot, code, *args], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=timeout)
    line = next((x for x in result.stdout.splitlines() if x.startswith(marker + " ")), None)
    if result.returncode != 0 or line is None:
        raise SystemExit(f"{marker} failed:\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}")
    return json.loads(line[len(marker) + 1:])


def database(args, tmp: Path) -> tuple[str, str, callable]:
    """A fresh database: (URL, label, cleanup)."""
    base = os.environ.get("DATABASE_URL", "")
    if not base:
        return f"sqlite:///{tmp}/load.sqlite3", "SQLite (WAL)", lambda: None
    import psycopg

    parts = urlsplit(base)
    admin = urlunsplit(parts._replace(path="/postgres"))
    name = f"careerguide_load_{os.getpid()}"
    with psycopg.connect(admin, autocommit=True) as db:
        db.execute(f'CREATE DATABASE "{name}"')

    def drop():
        with psycopg.connect(admin, autocommit=True) as db:
            db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return urlunsplit(parts._replace(path=f"/{name}")), "PostgreSQL", drop


def production_env(url: str, tmp: Path, port: int, workers: int) -> dict:
    from cryptography.fernet import Fernet

    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "PG"))}
    env.update(DJANGO_SETTINGS_MODULE="config.settings.production", DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
               DJANGO_ALLOWED_HOSTS=HOST, DATABASE_URL=url, PERSONAL_DATA_KEYS=Fernet.generate_key().decode(),
               BLIND_INDEX_KEY=secrets.token_hex(32), DJANGO_STATIC_ROOT=str(tmp / "static"),
               BIND=f"{HOST}:{port}", WEB_CONCURRENCY=str(workers), GUNICORN_ACCESS_LOG="0", DJANGO_LOG_LEVEL="WARNING")
    return env


class Client:
    """One staff session on one keep-alive connection (cookies and CSRF handled by hand: the session cookie is
    Secure, and the client speaks plain HTTP to the loopback as a TLS proxy would)."""

    def __init__(self, port: int, session: str, unit: int):
        self.port, self.unit = port, unit
        self.csrf = secrets.token_hex(16)
        self.headers = {"Host": f"{HOST}:{port}", "X-Forwarded-Proto": "https", "Origin": f"https://{HOST}:{port}",
                        "Referer": f"https://{HOST}:{port}/", "Cookie": f"sessionid={session}; csrftoken={self.csrf}",
                        "X-CSRFToken": self.csrf}
        self.conn = None

    def request(self, method: str, path: str, body: dict | None = None) -> tuple[int, bytes]:
        for attempt in (1, 2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(HOST, self.port, timeout=60)
            headers = dict(self.headers)
            data = None
            if body is not None:
                data = json.dumps(body).encode()
                headers["Content-Type"] = "application/json"
            try:
                self.conn.request(method, path, body=data, headers=headers)
                response = self.conn.getresponse()
                return response.status, response.read()
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                self.conn.close()
                self.conn = None
                if attempt == 2 or method != "GET":
                    raise
        raise AssertionError("unreachable")


def load(port, sessions, args, stop: threading.Event):
    results: list[tuple[str, float, int]] = []     # (kind, seconds, status or -1 for a connection error)
    acked: list[int] = []
    budget = {"left": args.max_requests}
    lock = threading.Lock()
    counter = iter(range(10**9))
    deadline = time.monotonic() + args.duration
    weights = [w for _k, w, _m, _p in MIX]

    def worker(index, session):
        rng = random.Random(index)
        client = Client(port, session["session"], session["unit"])
        while not stop.is_set() and time.monotonic() < deadline:
            with lock:
                if budget["left"] <= 0:
                    return
                budget["left"] -= 1
            kind, _w, method, path = rng.choices(MIX, weights)[0]
            body = None
            if kind == "write":
                with lock:
                    n = next(counter)
                body = {"full_name": f"{WRITE_NAME}{n:06d}", "id_number": resident_id(n + args.id_offset),
                        "phone": f"139{n:08d}"[-11:], "unit_id": client.unit}
            path = path.format(q=quote(rng.choice(SURNAMES)), page=rng.randint(1, 3))
            start = time.monotonic()
            try:
                status, payload = client.request(method, path, body)
            except OSError:
                status, payload = -1, b""
                client.conn = None
                if stop.is_set():   # cut off by the kill: counted as an error, and this session ends
                    with lock:
                        results.append((kind, time.monotonic() - start, status))
                    return
            elapsed = time.monotonic() - start
            with lock:
                results.append((kind, elapsed, status))
                if kind == "write" and status == 201:
                    acked.append(json.loads(payload)["id"])

    threads = [threading.Thread(target=worker, args=(i, s), daemon=True) for i, s in enumerate(sessions)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=args.duration + 120)
    return results, acked


def percentile(values, p):
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def summarise(results, elapsed):
    lines = []
    for kind in ("read", "search", "export", "write", "all"):
        rows = [r for r in results if kind == "all" or r[0] == kind]
        ok = [t for _k, t, s in rows if 200 <= s < 400]
        errors = sum(1 for _k, _t, s in rows if s >= 500 or s == -1)
        refused = sum(1 for _k, _t, s in rows if 400 <= s < 500)
        lines.append(f"  {kind:<7} {len(rows):>6} requests  p50 {percentile(ok, 50) * 1000:7.0f} ms  "
                     f"p95 {percentile(ok, 95) * 1000:7.0f} ms  errors {errors}  4xx {refused}")
    lines.append(f"  throughput {len(results) / elapsed:.0f} requests/s over {elapsed:.0f} s")
    return "\n".join(lines)


def wait_healthy(port, server, timeout=120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("gunicorn exited during start-up")
        try:
            conn = http.client.HTTPConnection(HOST, port, timeout=5)
            conn.request("GET", "/healthz", headers={"Host": f"{HOST}:{port}"})
            if conn.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit("the server did not become healthy")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=200)
    parser.add_argument("--duration", type=float, default=60, help="seconds of load (at most)")
    parser.add_argument("--max-requests", type=int, default=100_000, help="requests in all (at most)")
    parser.add_argument("--job-seekers", type=int, default=2000, help="registrations in the generated city")
    parser.add_argument("--workers", type=int, default=(os.cpu_count() or 1) + 1)
    parser.add_argument("--kill-after", type=float, default=None, help="SIGKILL the server this many seconds in")
    parser.add_argument("--id-offset", type=int, default=0)
    args = parser.parse_args()
    args.duration = min(args.duration, 600)

    with tempfile.TemporaryDirectory(prefix="careerguide-load-") as tmp_name:
        tmp = Path(tmp_name)
        url, label, cleanup = database(args, tmp)
        port = free_port()
        env = production_env(url, tmp, port, args.workers)
        try:
            t0 = time.monotonic()
            subprocess.run([PY, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True, timeout=600)
            subprocess.run([PY, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True,
                           timeout=600)
            sessions = run_django(env, SETUP, str(args.sessions), str(args.job_seekers), marker="SESSIONS", timeout=900)
            print(f"{label}: city generated, {len(sessions)} staff sessions ({time.monotonic() - t0:.0f} s)")
            run(args, env, port, sessions, tmp)
        finally:
            cleanup()


def run(args, env, port, sessions, tmp: Path):
    log = open(tmp / "server.log", "w+")
    server = subprocess.Popen([GUNICORN, "--config", "scripts/gunicorn.conf.py", "config.wsgi:application"], cwd=ROOT,
                              env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_healthy(port, server)
        stop = threading.Event()
        killer = None
        if args.kill_after is not None:
            def kill():
                os.killpg(server.pid, signal.SIGKILL)
                stop.set()
            killer = threading.Timer(args.kill_after, kill)
            killer.start()
        start = time.monotonic()
        results, acked = load(port, sessions, args, stop)
        elapsed = time.monotonic() - start
        if killer is not None:
            killer.cancel()
    finally:
        if server.poll() is None:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
        server.wait(timeout=30)
    log.seek(0)
    server_log = log.read()
    killed = " (server killed mid-load)" if args.kill_after is not None else ""
    print(f"{len(sessions)} sessions, {len(results)} requests{killed}:")
    print(summarise(results, elapsed))
    print(f"  'database is locked' in the server log: {server_log.count('database is locked')}")
    (tmp / "acked.json").write_text(json.dumps(acked))
    report = run_django(env, VERIFY, str(tmp / "acked.json"), WRITE_NAME, marker="VERIFY", timeout=600)
    print(f"  acknowledged writes {report['acknowledged']}, missing afterwards {report['missing']}, "
          f"committed but unacknowledged {report['committed_unacknowledged']}, partial {report['partial']}; "
          f"audit chain {report['audit_chain']} ({report['audit_events']} events)"
          + (f"; SQLite integrity {report['sqlite_integrity']}" if report["sqlite_integrity"] else ""))
    if report["missing"] or report["partial"] or report["audit_chain"] != "intact":
        sys.exit(1)


if __name__ == "__main__":
    main()
