# shellcheck shell=bash
# Starts a throwaway PostgreSQL cluster for the tests and exports its admin connection string as
# WORKFLOWHALL_TEST_POSTGRES. Meant to be SOURCED (it exports a variable):
#
#     . .ci/postgres.sh && trap workflowhall_postgres_stop EXIT
#
# - If WORKFLOWHALL_TEST_POSTGRES is already set, it is used as is and nothing is started.
# - If PostgreSQL's server binaries (initdb, pg_ctl) are missing, installs the distribution's
#   `postgresql` package with apt-get (through sudo when not root).
# - The cluster lives in a temporary directory, trusts every local connection, listens on
#   127.0.0.1:$WORKFLOWHALL_PG_PORT (default 55432) and its unix socket is in that directory. It is
#   tuned for speed, not durability (fsync=off ...). When run as root, the cluster belongs to the
#   `postgres` system user (initdb and postgres refuse to run as root).
# - workflowhall_postgres_stop stops the cluster and deletes its directory (nothing if none was
#   started here). Sourcing twice in one shell reuses the first cluster.
#
# Returns non-zero (without exiting the calling shell) when PostgreSQL cannot be made available.

WORKFLOWHALL_PG_PORT="${WORKFLOWHALL_PG_PORT:-55432}"

_whpg_say() { echo "[postgres.sh] $*" >&2; }

# Runs a command as the cluster's owner: the postgres system user when we are root, else ourselves.
# The working directory is the cluster's temporary directory, which that user can read.
_whpg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    if command -v runuser >/dev/null 2>&1; then
      (cd "${WORKFLOWHALL_PG_DIR:-/}" && runuser -u postgres -- "$@")
    else
      local quoted; quoted="$(printf '%q ' "$@")"
      (cd "${WORKFLOWHALL_PG_DIR:-/}" && su postgres -s /bin/sh -c "$quoted")
    fi
  else
    (cd "${WORKFLOWHALL_PG_DIR:-/}" && "$@")
  fi
}

# Runs a command as root: directly, or through sudo (the one definition, shared with fonts.sh and chromium.sh).
. "$(dirname "${BASH_SOURCE[0]}")/debian-package.sh"
_whpg_as_root() { _whpkg_name=postgres.sh _whpkg_as_root "$@"; }

# Sets _whpg_bin to a directory holding initdb, pg_ctl and pg_isready of PostgreSQL 13 or later
# (DROP DATABASE ... WITH (FORCE) needs 13), preferring 15 (Debian 12's), then the newest.
_whpg_find_bin() {
  _whpg_bin=""
  local dir candidates=() major
  [ -n "${WORKFLOWHALL_PG_BIN:-}" ] && candidates+=("$WORKFLOWHALL_PG_BIN")
  candidates+=(/usr/lib/postgresql/15/bin)
  # Other versions installed side by side, newest first.
  while IFS= read -r dir; do candidates+=("$dir"); done \
    < <(ls -d /usr/lib/postgresql/*/bin /usr/pgsql-*/bin 2>/dev/null | sort -V -r)
  if command -v initdb >/dev/null 2>&1; then
    candidates+=("$(dirname "$(readlink -f "$(command -v initdb)")")")
  fi
  for dir in "${candidates[@]}"; do
    [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/pg_isready" ] || continue
    major="$("$dir/initdb" --version 2>/dev/null | sed -n 's/.* \([0-9][0-9]*\)\(\.[0-9]*\)*.*/\1/p' | head -n 1)"
    if [ -n "$major" ] && [ "$major" -ge 13 ]; then
      _whpg_bin="$dir"
      return 0
    fi
  done
  return 1
}

_whpg_install() {
  if ! command -v apt-get >/dev/null 2>&1; then
    _whpg_say "PostgreSQL is not installed and there is no apt-get to install it"
    return 1
  fi
  _whpg_say "PostgreSQL server binaries not found: installing the postgresql package with apt-get"
  local started=$SECONDS
  # Don't let the package create and start its own 'main' cluster on port 5432: we make our own.
  # (Only when the file is absent; --force-confold then keeps it if the package ships one.)
  if [ ! -e /etc/postgresql-common/createcluster.conf ]; then
    _whpg_as_root mkdir -p /etc/postgresql-common &&
      echo "create_main_cluster = false" | _whpg_as_root tee /etc/postgresql-common/createcluster.conf >/dev/null
  fi
  _whpg_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq || return 1
  _whpg_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
    postgresql || return 1
  _whpg_say "installed in $((SECONDS - started)) s"
}

# Stops a cluster we started (if any) and removes its directory.
workflowhall_postgres_stop() {
  [ -n "${WORKFLOWHALL_PG_DIR:-}" ] || return 0
  local dir="$WORKFLOWHALL_PG_DIR"
  if [ -f "$dir/data/postmaster.pid" ]; then
    _whpg_say "stopping the cluster in $dir"
    local pid tries=0
    pid="$(sed -n 1p "$dir/data/postmaster.pid" 2>/dev/null)"
    _whpg_as_owner "$WORKFLOWHALL_PG_BIN_USED/pg_ctl" stop -D "$dir/data" -m fast -w -t 30 >/dev/null ||
      _whpg_as_owner "$WORKFLOWHALL_PG_BIN_USED/pg_ctl" stop -D "$dir/data" -m immediate -w -t 30 >/dev/null
    # pg_ctl returns once the pid file is gone; wait for the postmaster itself to be gone too.
    while [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null &&
          [ "$(sed -n 's/^State:[[:space:]]*\(.\).*/\1/p' "/proc/$pid/status" 2>/dev/null)" != Z ] &&
          [ "$tries" -lt 100 ]; do
      sleep 0.1; tries=$((tries + 1))
    done
  fi
  rm -rf "$dir"
  unset WORKFLOWHALL_PG_DIR
  # The variable pointed at the cluster we just stopped.
  [ "${WORKFLOWHALL_PG_STARTED_HERE:-}" = 1 ] && unset WORKFLOWHALL_TEST_POSTGRES WORKFLOWHALL_PG_STARTED_HERE
  return 0
}

# Stops clusters left on our port by earlier runs that were killed before their trap ran.
_whpg_stop_stale() {
  local pidfile dir
  for pidfile in "${TMPDIR:-/tmp}"/workflowhall-pg.*/data/postmaster.pid; do
    [ -f "$pidfile" ] || continue
    # Line 4 of postmaster.pid is the port.
    [ "$(sed -n 4p "$pidfile" 2>/dev/null)" = "$WORKFLOWHALL_PG_PORT" ] || continue
    dir="$(dirname "$(dirname "$pidfile")")"
    _whpg_say "stopping a stale cluster left in $dir"
    (WORKFLOWHALL_PG_DIR="$dir"; _whpg_as_owner "$_whpg_bin/pg_ctl" stop -D "$dir/data" -m immediate -w -t 30 >/dev/null)
    rm -rf "$dir"
  done
}

_whpg_main() {
  if [ -n "${WORKFLOWHALL_TEST_POSTGRES:-}" ]; then
    _whpg_say "WORKFLOWHALL_TEST_POSTGRES is set: using it, starting nothing"
    return 0
  fi
  local started=$SECONDS

  if ! _whpg_find_bin; then
    _whpg_install || { _whpg_say "could not install PostgreSQL"; return 1; }
    _whpg_find_bin || { _whpg_say "PostgreSQL installed but initdb/pg_ctl not found"; return 1; }
  fi
  _whpg_say "using $("$_whpg_bin/initdb" --version) from $_whpg_bin"

  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    _whpg_say "creating the postgres system user"
    useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin postgres ||
      { _whpg_say "could not create the postgres user"; return 1; }
  fi

  if "$_whpg_bin/pg_isready" -q -h 127.0.0.1 -p "$WORKFLOWHALL_PG_PORT" -t 1; [ $? -ne 2 ]; then
    _whpg_stop_stale
    if "$_whpg_bin/pg_isready" -q -h 127.0.0.1 -p "$WORKFLOWHALL_PG_PORT" -t 1; [ $? -ne 2 ]; then
      _whpg_say "port $WORKFLOWHALL_PG_PORT is in use by something else; set WORKFLOWHALL_PG_PORT or WORKFLOWHALL_TEST_POSTGRES"
      return 1
    fi
  fi

  local dir
  dir="$(mktemp -d "${TMPDIR:-/tmp}/workflowhall-pg.XXXXXX")" || return 1
  chmod 755 "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  WORKFLOWHALL_PG_DIR="$dir"; WORKFLOWHALL_PG_BIN_USED="$_whpg_bin"

  # C.UTF-8 when the system has it (Debian does), else C; UTF8 either way.
  local locale=C
  locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$' && locale=C.UTF-8

  _whpg_say "initdb in $dir/data (trust, UTF8, locale $locale)"
  if ! _whpg_as_owner "$_whpg_bin/initdb" -D "$dir/data" -U postgres --auth=trust \
       --encoding=UTF8 --locale="$locale" --no-sync >"$dir/initdb.log" 2>&1; then
    cat "$dir/initdb.log" >&2
    workflowhall_postgres_stop
    return 1
  fi
  cat >>"$dir/data/postgresql.conf" <<EOF

# WorkflowHall CI: a throwaway cluster for tests; speed over durability.
listen_addresses = '127.0.0.1'
port = $WORKFLOWHALL_PG_PORT
unix_socket_directories = '$dir'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
wal_level = minimal
max_wal_senders = 0
max_parallel_workers_per_gather = 0
EOF

  _whpg_say "starting on 127.0.0.1:$WORKFLOWHALL_PG_PORT (log: $dir/server.log)"
  if ! _whpg_as_owner "$_whpg_bin/pg_ctl" start -D "$dir/data" -l "$dir/server.log" -w -t 60 >/dev/null; then
    _whpg_say "the server did not start:"
    cat "$dir/server.log" >&2
    workflowhall_postgres_stop
    return 1
  fi
  local tries=0
  until "$_whpg_bin/pg_isready" -q -h 127.0.0.1 -p "$WORKFLOWHALL_PG_PORT" -U postgres -d postgres; do
    tries=$((tries + 1))
    if [ "$tries" -ge 60 ]; then
      _whpg_say "the server is not ready after 30 s:"
      cat "$dir/server.log" >&2
      workflowhall_postgres_stop
      return 1
    fi
    sleep 0.5
  done

  export WORKFLOWHALL_TEST_POSTGRES="Host=127.0.0.1;Port=$WORKFLOWHALL_PG_PORT;Username=postgres;Database=postgres"
  WORKFLOWHALL_PG_STARTED_HERE=1
  _whpg_say "ready in $((SECONDS - started)) s: WORKFLOWHALL_TEST_POSTGRES=$WORKFLOWHALL_TEST_POSTGRES"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  echo "source this script (. .ci/postgres.sh): it exports WORKFLOWHALL_TEST_POSTGRES" >&2
  exit 2
fi
_whpg_main
