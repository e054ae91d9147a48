#!/usr/bin/env bash
# Throwaway PostgreSQL 15 cluster for the test suite.
#
#   Tests/Scripts/postgres.sh start   initialise (if needed) and start; prints the URL on stdout
#   Tests/Scripts/postgres.sh url     prints the URL of the running cluster (exit 1 if none)
#   Tests/Scripts/postgres.sh stop    stops the server and deletes every file it made (always exits 0)
#
# The cluster lives under .build/test-postgres/ (state files, data, unix socket), listens on a free
# loopback port with trust authentication, and has one database. Diagnostics go to stderr, so
#   export PROFESSOR_LOCK_TEST_DATABASE_URL="$(Tests/Scripts/postgres.sh start)"
# is the intended use. PostgreSQL refuses to run as root, so when run as root the server runs as the
# `postgres` OS user, which owns the data directory. Binaries come from $PG_BIN, then
# /usr/lib/postgresql/15/bin, then PATH.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE_DIR="$ROOT/.build/test-postgres"
DB_USER="professor_lock"
DB_NAME="professor_lock_test"
SERVICE_USER="postgres"

log() { echo "postgres.sh: $*" >&2; }
die() { log "$*"; exit 1; }

find_bin_dir() {
    local candidate
    for candidate in "${PG_BIN:-}" /usr/lib/postgresql/15/bin; do
        if [[ -n "$candidate" && -x "$candidate/initdb" && -x "$candidate/pg_ctl" && -x "$candidate/postgres" ]]; then
            echo "$candidate"; return 0
        fi
    done
    local initdb
    initdb="$(command -v initdb || true)"
    [[ -n "$initdb" ]] || die "initdb not found (set PG_BIN, or install postgresql-15)"
    dirname "$(readlink -f "$initdb")"
}

# Runs a command as the user that owns the cluster: `postgres` when we are root, ourselves otherwise.
as_owner() {
    if [[ "$(id -u)" == 0 ]]; then
        runuser -u "$SERVICE_USER" -- "$@"
    else
        "$@"
    fi
}

# The cluster directory: inside STATE_DIR unless the service user cannot reach it or the socket
# path would exceed the kernel's 107-byte limit; then a private directory under /tmp.
choose_cluster_dir() {
    local preferred="$STATE_DIR/cluster"
    local socket_path="$preferred/.s.PGSQL.65535"
    if (( ${#socket_path} <= 100 )) && as_owner test -x "$STATE_DIR"; then
        echo "$preferred"
    else
        mktemp -d /tmp/professor-lock-pg.XXXXXX
    fi
}

free_port() {
    if command -v python3 >/dev/null 2>&1; then
        python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
        return
    fi
    local port
    for _ in $(seq 1 50); do
        port=$(( 20000 + RANDOM % 30000 ))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
    done
    die "no free loopback port found"
}

url_for_port() { echo "postgres://$DB_USER@127.0.0.1:$1/$DB_NAME"; }

is_running() {
    [[ -n "$BIN" && -f "$STATE_DIR/cluster_dir" ]] || return 1
    local cluster
    cluster="$(cat "$STATE_DIR/cluster_dir")"
    [[ -d "$cluster/data" ]] || return 1
    as_owner "$BIN/pg_ctl" status -D "$cluster/data" >/dev/null 2>&1
}

start() {
    [[ -n "$BIN" ]] || find_bin_dir >/dev/null   # reports the missing binaries
    if is_running && [[ -f "$STATE_DIR/url" ]]; then
        cat "$STATE_DIR/url"; return 0
    fi
    stop_quietly   # a half-made or crashed cluster is thrown away, never reused

    mkdir -p "$STATE_DIR"
    chmod 755 "$STATE_DIR"
    local cluster
    cluster="$(choose_cluster_dir)"
    echo "$cluster" > "$STATE_DIR/cluster_dir"
    mkdir -p "$cluster"
    chmod 700 "$cluster"
    if [[ "$(id -u)" == 0 ]]; then chown "$SERVICE_USER:" "$cluster"; fi

    as_owner "$BIN/initdb" --pgdata="$cluster/data" --username="$DB_USER" --auth=trust \
        --encoding=UTF8 --locale=C --no-sync >"$cluster/initdb.log" 2>&1 \
        || { cat "$cluster/initdb.log" >&2; die "initdb failed"; }
    # The test database is created in single-user mode, so no client binaries are needed.
    echo "CREATE DATABASE $DB_NAME;" | as_owner "$BIN/postgres" --single -D "$cluster/data" postgres \
        >"$cluster/createdb.log" 2>&1 || { cat "$cluster/createdb.log" >&2; die "creating the database failed"; }

    local attempt port
    for attempt in 1 2 3 4 5; do
        port="$(free_port)"
        # Durability is pointless for a throwaway cluster; these make the test suite faster.
        if as_owner "$BIN/pg_ctl" start -D "$cluster/data" -l "$cluster/server.log" -w -t 30 -o \
            "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$cluster -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
            >/dev/null 2>&1; then
            echo "$port" > "$STATE_DIR/port"
            url_for_port "$port" > "$STATE_DIR/url"
            log "started on 127.0.0.1:$port (data in $cluster)"
            cat "$STATE_DIR/url"
            return 0
        fi
        log "start on port $port failed (attempt $attempt); retrying on another port"
    done
    tail -n 20 "$cluster/server.log" >&2 || true
    die "could not start PostgreSQL"
}

# Stops the server if any and removes everything; never fails.
stop_quietly() {
    [[ -d "$STATE_DIR" ]] || return 0
    local cluster=""
    [[ -f "$STATE_DIR/cluster_dir" ]] && cluster="$(cat "$STATE_DIR/cluster_dir")"
    if [[ -n "$cluster" && -d "$cluster/data" ]]; then
        [[ -n "$BIN" ]] && as_owner "$BIN/pg_ctl" stop -D "$cluster/data" -m immediate -w -t 10 >/dev/null 2>&1 || true
        if [[ -f "$cluster/data/postmaster.pid" ]]; then
            local pid
            pid="$(head -n 1 "$cluster/data/postmaster.pid" 2>/dev/null || true)"
            if [[ "$pid" =~ ^[0-9]+$ ]]; then kill -KILL "$pid" 2>/dev/null || true; fi
        fi
    fi
    if [[ -n "$cluster" && "$cluster" != "$STATE_DIR/cluster" ]]; then rm -rf "$cluster"; fi
    rm -rf "$STATE_DIR"
}

BIN="$(find_bin_dir 2>/dev/null || true)"
case "${1:-}" in
    start) start ;;
    url)
        is_running && [[ -f "$STATE_DIR/url" ]] || die "no test cluster is running (run: $0 start)"
        cat "$STATE_DIR/url" ;;
    stop) stop_quietly; log "stopped" ;;
    *) die "usage: $0 start|stop|url" ;;
esac
