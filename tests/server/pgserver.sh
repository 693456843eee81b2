#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A PostgreSQL 15 of the tests' own: ctest starts it before the server tests and stops it after
# (the "pg" fixture in tests/CMakeLists.txt). Runnable by hand too:
#   tests/server/pgserver.sh start DIR    initdb and pg_ctl in a new temporary folder; writes DIR/server.env
#   tests/server/pgserver.sh stop DIR     stops that server and deletes its folder
#   tests/server/pgserver.sh halt DIR     stops that server as an administrator would (fast), keeping it
#   tests/server/pgserver.sh resume DIR   starts it again, same folder, socket and port
# The cluster lives in a mktemp folder (its Unix socket too: a short path), listens on 127.0.0.1
# on a free port, and asks every login for its password (scram-sha-256), the superuser's included.
# PostgreSQL refuses to run as root, and CI runs as root: then the server runs as "nobody".
set -euo pipefail
umask 077 # server.env holds the superuser's password: for this user's eyes only
action=${1:-}
dir=${2:-}
if [ -z "$action" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop|halt|resume DIR" >&2
  exit 2
fi
bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
env_file="$dir/server.env"

as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u nobody -- "$@"
  else
    "$@"
  fi
}

server_options() { # port root
  echo "-p $1 -k $2 -c unix_socket_permissions=0700 -c listen_addresses=127.0.0.1 -c lc_messages=C -c max_connections=60 -c ssl=on"
}

setting() { sed -n "s/^$1=//p" "$env_file"; }

stop() {
  [ -f "$env_file" ] || return 0
  local root
  root=$(sed -n 's/^MEASURES_PG_ROOT=//p' "$env_file")
  if [ -n "$root" ] && [ -d "$root/data" ]; then
    as_server_user "$bin/pg_ctl" -D "$root/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  case "$root" in
    */measures-pg.*) rm -rf "$root" ;;
  esac
  rm -f "$env_file"
}

case "$action" in
  start)
    [ -x "$bin/initdb" ] || { echo "PostgreSQL 15 is not installed ($bin/initdb is missing): run ./dev.sh build" >&2; exit 1; }
    mkdir -p "$dir"
    stop # a server left by an interrupted run
    root=$(mktemp -d "${TMPDIR:-/tmp}/measures-pg.XXXXXX")
    password="admin-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
    # Written while the folder is still ours alone (0700), then handed to the server's user; gone
    # right after initdb, whatever happens. The log goes to DIR (ours), not the server's folder.
    printf '%s\n' "$password" > "$root/pwfile"
    printf 'subjectAltName=DNS:localhost\n' > "$root/san.ext"
    chmod 755 "$root"
    [ "$(id -u)" -ne 0 ] || chown nobody: "$root" "$root/pwfile" "$root/san.ext"
    as_server_user "$bin/initdb" -D "$root/data" -U measures_admin --pwfile="$root/pwfile" \
      --auth-local=scram-sha-256 --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 --no-sync \
      >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; rm -rf "$root"; exit 1; }
    rm -f "$root/pwfile"
    # TLS with a certificate authority of the run's own (for sslmode=verify-full): the server's
    # certificate names localhost; the authority's key is gone once it signed. A second, unrelated
    # authority lets the tests see a certificate refused.
    as_server_user sh -c "cd '$root/data' &&
      openssl req -x509 -new -nodes -newkey rsa:2048 -days 2 -subj '/CN=Measures tests CA' -keyout ca.key -out ca.crt &&
      openssl req -new -nodes -newkey rsa:2048 -subj '/CN=localhost' -keyout server.key -out server.csr &&
      openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 -extfile '$root/san.ext' -out server.crt &&
      chmod 600 server.key && rm -f ca.key server.csr" >"$dir/tls.log" 2>&1 || { cat "$dir/tls.log" >&2; rm -rf "$root"; exit 1; }
    as_server_user cat "$root/data/ca.crt" > "$dir/ca.crt"
    openssl req -x509 -new -nodes -newkey rsa:2048 -days 2 -subj '/CN=Another CA' -keyout "$dir/other-ca.key" \
      -out "$dir/other-ca.crt" >>"$dir/tls.log" 2>&1
    chmod 644 "$dir/ca.crt" "$dir/other-ca.crt"
    # A free port: try random ones until the server binds (another run may hold the first).
    for attempt in $(seq 1 20); do
      port=$((20000 + RANDOM % 30000))
      if as_server_user "$bin/pg_ctl" -D "$root/data" -l "$root/server.log" -w -t 60 \
           -o "$(server_options "$port" "$root")" start >/dev/null 2>&1; then
        {
          echo "MEASURES_PG_ROOT=$root"
          echo "MEASURES_PG_SOCKET=$root"
          echo "MEASURES_PG_PORT=$port"
          echo "MEASURES_PG_USER=measures_admin"
          echo "MEASURES_PG_PASSWORD=$password"
          echo "MEASURES_PG_CA=$dir/ca.crt"
          echo "MEASURES_PG_OTHER_CA=$dir/other-ca.crt"
        } > "$env_file"
        echo "PostgreSQL 15 for the tests: socket $root, port $port"
        exit 0
      fi
      # Read as the server's user: root never follows what that user could have put in its folder.
      as_server_user grep -q "could not bind\|could not create lock file\|Address already in use" "$root/server.log" 2>/dev/null || break
    done
    as_server_user cat "$root/server.log" >&2 || true
    as_server_user "$bin/pg_ctl" -D "$root/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$root"
    exit 1
    ;;
  stop) stop ;;
  halt)
    as_server_user "$bin/pg_ctl" -D "$(setting MEASURES_PG_ROOT)/data" -m fast -w stop >/dev/null
    ;;
  resume)
    root=$(setting MEASURES_PG_ROOT)
    as_server_user "$bin/pg_ctl" -D "$root/data" -l "$root/server.log" -w -t 60 \
      -o "$(server_options "$(setting MEASURES_PG_PORT)" "$root")" start >/dev/null
    ;;
  *) echo "usage: $0 start|stop|halt|resume DIR" >&2; exit 2 ;;
esac
