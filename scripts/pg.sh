#!/usr/bin/env bash
# Throwaway PostgreSQL for development and tests (never for production data).
#
#   scripts/pg.sh start DIR PORT   initdb into DIR (if needed), start on 127.0.0.1:PORT, create database
#                                  "exchange"; the last line on stdout is the Npgsql connection string.
#   scripts/pg.sh stop DIR         fast shutdown; nothing to do is not an error.
#   scripts/pg.sh status DIR       exit 0 when a server runs on DIR.
#
# Both start and stop are idempotent. Diagnostics go to stderr so callers can take stdout's last line.
# initdb/pg_ctl refuse to run as root, so as root every server command runs as "postgres" via runuser;
# as any other user (postgres included) they run directly.
set -euo pipefail

readonly DATABASE=exchange
readonly SUPERUSER=postgres

die() { echo "pg.sh: $*" >&2; exit 1; }
log() { echo "pg.sh: $*" >&2; }

usage() {
  cat >&2 <<'EOF'
usage: scripts/pg.sh start DIR PORT
       scripts/pg.sh stop DIR
       scripts/pg.sh status DIR
EOF
  exit 2
}

# Binaries live in /usr/lib/postgresql/<major>/bin and are not on PATH. PG_BIN overrides; otherwise the
# newest installed major wins (15 on this machine).
find_bin() {
  if [[ -n "${PG_BIN:-}" ]]; then
    [[ -x "$PG_BIN/pg_ctl" ]] || die "PG_BIN=$PG_BIN has no pg_ctl; PostgreSQL server binaries are needed: apt-get install -y postgresql"
    echo "$PG_BIN"; return
  fi
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -z "$dir" || ! -x "$dir/initdb" || ! -x "$dir/pg_ctl" ]]; then
    die "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin; run: apt-get install -y postgresql"
  fi
  echo "$dir"
}

# Run a command as the database owner: runuser when we are root, directly otherwise.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u "$SUPERUSER" -- "$@"
  else
    "$@"
  fi
}

absolute() {
  local d=$1
  [[ "$d" = /* ]] || d="$PWD/$d"
  echo "${d%/}"
}

is_running() {
  local bin=$1 dir=$2
  [[ -f "$dir/PG_VERSION" ]] || return 1
  (cd / && as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1)
}

prepare_dir() {
  local dir=$1
  mkdir -p "$dir"
  if [[ $(id -u) -eq 0 ]]; then
    id -u "$SUPERUSER" >/dev/null 2>&1 || die "user '$SUPERUSER' does not exist; run: apt-get install -y postgresql"
    chown "$SUPERUSER:" "$dir"
    # The server refuses data directories readable by others.
    chmod 0700 "$dir"
    # Every parent must be traversable by postgres, or initdb fails with a confusing error.
    runuser -u "$SUPERUSER" -- test -w "$dir" \
      || die "user '$SUPERUSER' cannot reach $dir: make its parent folders traversable (chmod o+x)"
  else
    chmod 0700 "$dir"
  fi
}

init_cluster() {
  local bin=$1 dir=$2
  [[ -f "$dir/PG_VERSION" ]] && return 0
  log "initdb $dir"
  (cd / && as_owner "$bin/initdb" -D "$dir" -U "$SUPERUSER" --auth-local=trust --auth-host=trust \
      --encoding=UTF8 --locale=C.UTF-8 --no-instructions --no-sync >&2) \
    || die "initdb failed for $dir"
  # Throwaway server: loopback only, no Unix socket (avoids socket-path and /var/run permission issues),
  # and durability traded for speed. Appending keeps initdb's defaults visible above our overrides.
  as_owner tee -a "$dir/postgresql.conf" >/dev/null <<'EOF'

# --- scripts/pg.sh (throwaway server) ---
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
EOF
}

start() {
  [[ $# -eq 2 ]] || usage
  local dir port bin
  dir=$(absolute "$1"); port=$2
  [[ "$port" =~ ^[0-9]+$ && "$port" -gt 0 && "$port" -lt 65536 ]] || die "invalid port '$port'"
  bin=$(find_bin)

  prepare_dir "$dir"
  init_cluster "$bin" "$dir"

  if is_running "$bin" "$dir"; then
    log "already running on $dir"
    # Reuse the port the running server actually listens on, whatever the caller passed this time.
    local running_port
    running_port=$(sed -n '4p' "$dir/postmaster.pid" 2>/dev/null || true)
    [[ -n "$running_port" ]] && port=$running_port
  else
    log "starting on 127.0.0.1:$port"
    (cd / && as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 -o "-p $port" start >&2) \
      || { tail -n 20 "$dir/server.log" >&2 2>/dev/null || true; die "server did not start (see $dir/server.log)"; }
  fi

  local psql=("$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U "$SUPERUSER")
  local exists
  exists=$(cd / && as_owner "${psql[@]}" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")
  if [[ "$exists" != "1" ]]; then
    # Two concurrent starts may both get here; losing the race is fine.
    (cd / && as_owner "${psql[@]}" -d postgres -c "CREATE DATABASE $DATABASE" >&2) \
      || [[ $(cd / && as_owner "${psql[@]}" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'") == "1" ]] \
      || die "could not create database $DATABASE"
  fi

  echo "Host=127.0.0.1;Port=$port;Username=$SUPERUSER;Database=$DATABASE"
}

stop() {
  [[ $# -eq 1 ]] || usage
  local dir bin
  dir=$(absolute "$1")
  if [[ ! -f "$dir/PG_VERSION" ]]; then
    log "no cluster in $dir; nothing to stop"
    return 0
  fi
  bin=$(find_bin)
  if is_running "$bin" "$dir"; then
    (cd / && as_owner "$bin/pg_ctl" -D "$dir" -m fast -w -t 60 stop >&2) || die "could not stop server on $dir"
  else
    log "not running on $dir"
  fi
}

status() {
  [[ $# -eq 1 ]] || usage
  local dir bin
  dir=$(absolute "$1")
  bin=$(find_bin)
  is_running "$bin" "$dir"
}

[[ $# -ge 1 ]] || usage
cmd=$1; shift
case "$cmd" in
  start) start "$@" ;;
  stop) stop "$@" ;;
  status) status "$@" ;;
  *) usage ;;
esac
