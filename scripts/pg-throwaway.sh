# Sourced by scripts/test.sh: a throwaway PostgreSQL server in the temp folder.
# pg_start sets PG_URL; pg_stop stops the server and removes its files.
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
PG_DIR=""

_pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_start() {
  PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/careerguide-pg.XXXXXX")
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  mkdir -p "$PG_DIR/data" "$PG_DIR/sock"
  [ "$(id -u)" -eq 0 ] && chown -R postgres "$PG_DIR"
  _pg_as_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log"
  _pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -o \
    "-p $port -k $PG_DIR/sock -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
  "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres careerguide
  PG_URL="postgres://postgres@127.0.0.1:$port/careerguide"
  export PG_URL
}

pg_stop() {
  if [ -n "$PG_DIR" ] && [ -d "$PG_DIR" ]; then
    _pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}
