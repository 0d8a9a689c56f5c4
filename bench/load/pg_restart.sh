#!/usr/bin/env bash
# A real PostgreSQL restart under load (not a test: it restarts the machine's PostgreSQL, so
# never run it beside the test suite). API submissions with 64 connections for 20 s; the
# cluster is restarted 5 s in. Prints every response status seen, /readyz during and after,
# and whether the server logged anything but 503s. The same process must recover by itself.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
pg_server="${WITHHOLD_BENCH_POSTGRES:-postgres://postgres@127.0.0.1:5432}"
(cd "$root" && cargo build --release -q -p withhold)
bin="${CARGO_TARGET_DIR:-$root/target}/release/withhold"
work=$(mktemp -d)
name="withhold_restart_$$"
psql "$pg_server/postgres" -qc "CREATE DATABASE $name"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
WITHHOLD_LISTEN="127.0.0.1:$port" WITHHOLD_DATABASE_URL="$pg_server/$name" WITHHOLD_OUTBOX_DIR="$work/outbox" \
  WITHHOLD_SECRET_KEY="$(printf '42%.0s' $(seq 32))" WITHHOLD_RATE_LIMITS=off WITHHOLD_LOG=warn \
  "$bin" serve 2> "$work/server.log" &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 100); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.1; done
script=$(mktemp --suffix=.lua)
cat "$here/submit_api.lua" "$here/statuses.lua" > "$script"
wrk -t2 -c64 -d20s -s "$script" "$base" > "$work/wrk.out" &
load=$!
sleep 5
cluster="$(ls /etc/postgresql | head -n 1)"
pg_ctlcluster --skip-systemctl-redirect "$cluster" main stop -m fast
echo "during the outage: /readyz -> $(curl -s -w ' %{http_code}' "$base/readyz")"
echo "a submission     -> $(curl -s -w ' %{http_code}' -H 'content-type: application/json' -d '{"country":"DE","email":"x@example.com"}' "$base/api/v1/objections")"
sleep 2
pg_ctlcluster --skip-systemctl-redirect "$cluster" main start
for _ in $(seq 60); do pg_isready -h 127.0.0.1 -q && break; sleep 0.5; done
wait "$load"
grep STATUSES "$work/wrk.out"
echo "after the restart: /readyz -> $(curl -s -w ' %{http_code}' "$base/readyz")"
echo "a submission      -> $(curl -s -o /dev/null -w '%{http_code}' -H 'content-type: application/json' -d '{"country":"DE","email":"y@example.com"}' "$base/api/v1/objections")"
echo "server log: $(grep -c 'request failed' "$work/server.log") failed requests logged; panics: $(grep -c panicked "$work/server.log" || true)"
kill "$server"; wait "$server" 2>/dev/null || true
psql "$pg_server/postgres" -qc "DROP DATABASE IF EXISTS $name WITH (FORCE)"
rm -rf "$work" "$script"
