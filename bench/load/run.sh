#!/usr/bin/env bash
# Load benchmark (not a test): the real release binary on SQLite and/or PostgreSQL, driven by
# wrk with 64 connections, rate limits off. Prints requests/s and p50/p99 for API submissions,
# form submissions (with a real CSRF cookie and token), each flat out and paced at the target
# rate, verifications with the real codes from the mail, and status reads, beside /healthz
# from the same run as the ceiling.
#   bench/load/run.sh [sqlite] [postgres]      (default: both; needs wrk: apt-get install wrk)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
duration="${WITHHOLD_BENCH_SECONDS:-10}"
# Submissions are measured twice: flat out (64 connections, no pause: the most it takes, and
# its latency when saturated) and paced at the target rate (the latency people see at it).
target_rate="${WITHHOLD_BENCH_TARGET_RATE:-2000}"
pg_server="${WITHHOLD_BENCH_POSTGRES:-postgres://postgres@127.0.0.1:5432}"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
(cd "$root" && cargo build --release -q -p withhold)
bin="${CARGO_TARGET_DIR:-$root/target}/release/withhold"

run_wrk() { # name url script...
  local name=$1 url=$2; shift 2
  local script; script=$(mktemp --suffix=.lua)
  cat "$@" "$here/pace.lua" "$here/latency.lua" > "$script"
  local line; line=$(WITHHOLD_BENCH_THREADS=2 wrk -t2 -c64 -d"${duration}s" -s "$script" "$url" | grep '^RESULT')
  rm -f "$script"
  echo "$name $line"
}

psql_or_sqlite() { # query: a number from the database under test
  case $backend in
    sqlite) python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$work/withhold.db" "$1" ;;
    postgres) psql "$db" -tAc "$1" ;;
  esac
}

# Prints "N messages, drained in S s": the outbox's backlog now, and how long the mail worker
# took to send it. Each phase starts with an empty outbox, so it is measured with the mail work
# it causes itself, not with the previous phase's.
drain_outbox() {
  local start pending first=""
  start=$(date +%s.%N)
  for _ in $(seq 1200); do
    pending=$(WITHHOLD_DATABASE_URL="$db" WITHHOLD_SECRET_KEY="$key" "$bin" outbox | head -1 | awk '{print $2}')
    first=${first:-$pending}
    [ "$pending" = "0" ] && break
    sleep 0.5
  done
  printf '%s messages, drained in %.1f s' "$first" "$(python3 -c "import time; print(time.time() - $start)")"
}

backends=("$@")
if [ ${#backends[@]} -eq 0 ]; then backends=(sqlite postgres); fi
for backend in "${backends[@]}"; do
  work=$(mktemp -d)
  case $backend in
    sqlite) db="sqlite:$work/withhold.db" ;;
    postgres)
      name="withhold_load_$$"
      psql "$pg_server/postgres" -qc "CREATE DATABASE $name"
      db="$pg_server/$name" ;;
    *) echo "unknown backend $backend" >&2; exit 2 ;;
  esac
  mail_dir="${WITHHOLD_BENCH_MAIL_DIR:-$work}/outbox-$backend-$$"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  key="$(printf '42%.0s' $(seq 32))"
  WITHHOLD_LISTEN="127.0.0.1:$port" WITHHOLD_DATABASE_URL="$db" WITHHOLD_OUTBOX_DIR="$mail_dir" \
    WITHHOLD_SECRET_KEY="$key" WITHHOLD_RATE_LIMITS=off WITHHOLD_LOG=warn \
    "$bin" serve 2> "$work/server.log" &
  server=$!
  base="http://127.0.0.1:$port"
  for _ in $(seq 100); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.1; done

  jar="$work/jar"
  csrf=$(curl -s -c "$jar" "$base/object" | grep -o 'name="csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  cookie="withhold_csrf=$(awk '$6 == "withhold_csrf" { print $7 }' "$jar")"
  status_url=$(curl -s -H 'content-type: application/json' -d '{"country":"DE","email":"reader@example.com"}' "$base/api/v1/objections" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["status_url"])')

  echo "== $backend ($duration s each, 64 connections, 2 wrk threads, same 2 cores as the server)"
  health=$(run_wrk healthz "$base/healthz")
  api=$(run_wrk api_submit "$base" "$here/submit_api.lua")
  api_backlog=$(drain_outbox)
  api_paced=$(WITHHOLD_BENCH_RATE=$target_rate run_wrk "api@$target_rate/s" "$base" "$here/submit_api.lua")
  drain_outbox >/dev/null
  form=$(WITHHOLD_BENCH_COOKIE="$cookie" WITHHOLD_BENCH_CSRF="$csrf" run_wrk form_submit "$base" "$here/submit_form.lua")
  form_backlog=$(drain_outbox)
  form_paced=$(WITHHOLD_BENCH_RATE=$target_rate WITHHOLD_BENCH_COOKIE="$cookie" WITHHOLD_BENCH_CSRF="$csrf" \
    run_wrk "form@$target_rate/s" "$base" "$here/submit_form.lua")
  # Verifications need the codes: wait until every code mail is written, then read them.
  drain_outbox >/dev/null
  codes="$work/codes.txt"
  confirmable=$(python3 "$here/codes.py" "$mail_dir" "$codes")
  verify=$(WITHHOLD_BENCH_CODES="$codes" run_wrk verify "$base" "$here/verify.lua")
  honored=$(psql_or_sqlite "SELECT COUNT(*) FROM objections WHERE status = 'honored'")
  results=("$health" "$api" "$api_paced" "$form" "$form_paced" "$verify" "$(run_wrk status_read "$status_url")")
  health_rps=$(sed 's/.*rps=\([0-9]*\).*/\1/' <<< "$health")
  for r in "${results[@]}"; do
    rps=$(sed 's/.*rps=\([0-9]*\).*/\1/' <<< "$r")
    printf '  %-15s %s   (%.2f of /healthz)\n' "${r%% *}" "${r#* RESULT }" "$(python3 -c "print($rps / $health_rps)")"
  done
  echo "  mail still queued when a phase ended (sent before the next began): api_submit $api_backlog, form_submit $form_backlog"
  echo "  verify: $confirmable codes read from the mail; $honored objections honored after the run"
  kill "$server"; wait "$server" 2>/dev/null || true
  echo "  outbox after the run: $(WITHHOLD_DATABASE_URL="$db" WITHHOLD_SECRET_KEY="$(printf '42%.0s' $(seq 32))" "$bin" outbox | head -1)"
  if [ "$backend" = postgres ]; then psql "$pg_server/postgres" -qc "DROP DATABASE IF EXISTS $name WITH (FORCE)"; fi
  rm -rf "$work" "$mail_dir"
done
