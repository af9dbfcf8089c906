"""Taking and loading a consistent copy of the database: SQLite through its online backup API,
PostgreSQL through pg_dump/pg_restore. Each snapshot counts every table's rows inside the copy it
takes, so the counts and the copy describe the same moment."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path
from urllib.parse import quote

import psycopg
from django.db import connection, connections

SQLITE, POSTGRESQL = "sqlite", "postgresql"


class EngineError(Exception):
    pass


def vendor() -> str:
    return connection.vendor


# ---- SQLite -------------------------------------------------------------------------------------

def sqlite_table_counts(db: sqlite3.Connection) -> dict[str, int]:
    names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                      "ORDER BY name")]
    return {name: db.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0] for name in names}


def sqlite_snapshot(target: Path) -> dict[str, int]:
    """Copy the live database into `target` (pages copied while writers wait on the busy timeout)."""
    connection.ensure_connection()
    copy = sqlite3.connect(target)
    try:
        connection.connection.backup(copy)
        return sqlite_table_counts(copy)
    finally:
        copy.close()


def sqlite_load(source: Path) -> None:
    """Replace the live database's content with the copy in `source`."""
    connection.ensure_connection()
    copy = sqlite3.connect(source)
    try:
        copy.backup(connection.connection)
    finally:
        copy.close()


def sqlite_counts_of_file(path: Path) -> dict[str, int]:
    db = sqlite3.connect(path)
    try:
        return sqlite_table_counts(db)
    finally:
        db.close()


# ---- PostgreSQL ---------------------------------------------------------------------------------

def _pg_settings(name: str | None = None) -> dict:
    s = connections["default"].settings_dict
    return {"dbname": name or s["NAME"], "user": s.get("USER") or "", "password": s.get("PASSWORD") or "",
            "host": s.get("HOST") or "", "port": str(s.get("PORT") or "")}


def _pg_env(params: dict) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    for var, key in (("PGDATABASE", "dbname"), ("PGUSER", "user"), ("PGPASSWORD", "password"), ("PGHOST", "host"),
                     ("PGPORT", "port")):
        if params[key]:
            env[var] = params[key]
    return env


def _pg_tool(name: str) -> str:
    """The newest installed server version's tool (Debian's /usr/bin wrapper needs a cluster list)."""
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0)
    for bin_dir in reversed(versions):
        if (bin_dir / name).exists():
            return str(bin_dir / name)
    found = shutil.which(name)
    if not found:
        raise EngineError(f"{name} not found")
    return found


def _pg_connect(params: dict, **kwargs) -> psycopg.Connection:
    return psycopg.connect(**{k: v for k, v in params.items() if v}, **kwargs)


def pg_table_counts(cur) -> dict[str, int]:
    cur.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
    names = [r[0] for r in cur.fetchall()]
    counts = {}
    for name in names:
        cur.execute(f'SELECT COUNT(*) FROM "{name}"')
        counts[name] = cur.fetchone()[0]
    return counts


def pg_snapshot(target: Path) -> dict[str, int]:
    """pg_dump (custom format) of the database, in the snapshot the counts were taken in."""
    params = _pg_settings()
    with _pg_connect(params) as db, db.cursor() as cur:
        cur.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cur.execute("SELECT pg_export_snapshot()")
        snapshot = cur.fetchone()[0]
        counts = pg_table_counts(cur)
        result = subprocess.run([_pg_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges",
                                 f"--snapshot={snapshot}", f"--file={target}"],
                                env=_pg_env(params), capture_output=True, text=True)
        db.rollback()
    if result.returncode != 0:
        raise EngineError(result.stderr.strip()[-500:])
    return counts


def pg_load(source: Path, *, name: str | None = None) -> None:
    """pg_restore into the database (the live one, or `name`) in one transaction: all or nothing."""
    params = _pg_settings(name)
    if name is None:
        connections.close_all()
    result = subprocess.run([_pg_tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--no-privileges",
                             "--single-transaction", "--exit-on-error", f"--dbname={params['dbname']}", str(source)],
                            env=_pg_env(params), capture_output=True, text=True)
    if result.returncode != 0:
        raise EngineError(result.stderr.strip()[-500:])


def pg_counts(*, name: str | None = None) -> dict[str, int]:
    with _pg_connect(_pg_settings(name)) as db, db.cursor() as cur:
        return pg_table_counts(cur)


def pg_scratch_create(name: str) -> None:
    with _pg_connect(_pg_settings("postgres"), autocommit=True) as db:
        db.execute(f'DROP DATABASE IF EXISTS "{name}"')
        db.execute(f'CREATE DATABASE "{name}"')


def pg_scratch_drop(name: str) -> None:
    with _pg_connect(_pg_settings("postgres"), autocommit=True) as db:
        db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def pg_url(name: str) -> str:
    p = _pg_settings(name)
    auth = quote(p["user"], safe="") + (f":{quote(p['password'], safe='')}" if p["password"] else "")
    return f"postgres://{auth}@{p['host'] or 'localhost'}:{p['port'] or 5432}/{name}"
