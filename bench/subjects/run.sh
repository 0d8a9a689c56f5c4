#!/usr/bin/env bash
# Subject-check benchmark (not a test): the real release binary answering
# POST /api/v1/subjects/check with 10,000 keys a call, from a registry of WITHHOLD_BENCH_OBJECTORS
# objectors among WITHHOLD_BENCH_ACCOUNTS accounts (imported with `withhold accounts import`).
# Prints keys checked per second (target: 50,000) and latency, beside /healthz.
#   bench/subjects/run.sh [sqlite] [postgres]      (default: sqlite; needs wrk)
#
# Fixture: the objections are inserted as the journey leaves them (honored, verified), one per
# tenth mailbox, straight into the database: the journey itself is measured by bench/load.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
duration="${WITHHOLD_BENCH_SECONDS:-10}"
accounts="${WITHHOLD_BENCH_ACCOUNTS:-200000}"
pg_server="${WITHHOLD_BENCH_POSTGRES:-postgres://postgres@127.0.0.1:5432}"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
(cd "$root" && cargo build --release -q -p withhold)
bin="${CARGO_TARGET_DIR:-$root/target}/release/withhold"
key="$(printf '42%.0s' $(seq 32))"

backends=("$@")
if [ ${#backends[@]} -eq 0 ]; then backends=(sqlite); fi
for backend in "${backends[@]}"; do
  work=$(mktemp -d)
  case $backend in
    sqlite) db="sqlite:$work/withhold.db" ;;
    postgres)
      name="withhold_subjects_$$"
      psql "$pg_server/postgres" -qc "CREATE DATABASE $name"
      db="$pg_server/$name" ;;
    *) echo "unknown backend $backend" >&2; exit 2 ;;
  esac
  export WITHHOLD_DATABASE_URL="$db" WITHHOLD_SECRET_KEY="$key"
  python3 - "$accounts" > "$work/accounts.jsonl" <<'PY'
import json, sys
for i in range(int(sys.argv[1])):
    print(json.dumps({"account_id": i, "email": f"person{i}@example.com", "country": "DE"}))
PY
  "$bin" init >/dev/null
  "$bin" accounts import "$work/accounts.jsonl" >/dev/null
  fixture="INSERT INTO objections (id, status, country, jurisdiction, email_key, email_sealed, received_at, due_at,
      verified_at, decided_at, updated_at, decision_rule, legal_basis)
    SELECT 'bench-' || account_id, 'honored', 'DE', 'eu-gdpr', email_key, email_sealed, 1700000000000, 1702600000000,
      1700000001000, 1700000002000, 1700000002000, 'eu-gdpr/auto-honor', 'GDPR Art. 21(1)'
    FROM accounts WHERE CAST(account_id AS BIGINT) % 10 = 0;
    UPDATE registry_state SET version = version + 1 WHERE id = 1;"
  case $backend in
    sqlite) python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.commit()' "$work/withhold.db" "$fixture" ;;
    postgres) psql "$db" -qc "$fixture" ;;
  esac
  token=$("$bin" token create --name bench --scope subjects:read 2>/dev/null)
  # 10,000 keys: known accounts, a tenth of them objectors, and some unknown ones.
  python3 - "$accounts" > "$work/body.json" <<'PY'
import json, random, sys
random.seed(7)
n = int(sys.argv[1])
print(json.dumps({"keys": [str(random.randrange(0, n + n // 4)) for _ in range(10_000)]}))
PY
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  WITHHOLD_LISTEN="127.0.0.1:$port" WITHHOLD_OUTBOX_DIR="$work/outbox" WITHHOLD_RATE_LIMITS=off WITHHOLD_LOG=warn \
    "$bin" serve 2> "$work/server.log" &
  server=$!
  base="http://127.0.0.1:$port"
  for _ in $(seq 100); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.1; done
  # The first call builds the index; the benchmark measures answers from it.
  excluded=$(curl -sf -H "Authorization: Bearer $token" -H 'content-type: application/json' \
    --data-binary "@$work/body.json" "$base/api/v1/subjects/check" | python3 -c 'import json,sys; print(json.load(sys.stdin)["excluded"])')
  script=$(mktemp --suffix=.lua)
  cat "$here/check.lua" "$root/bench/load/latency.lua" > "$script"
  result=$(WITHHOLD_BENCH_BODY="$work/body.json" WITHHOLD_BENCH_TOKEN="$token" \
    wrk -t2 -c4 -d"${duration}s" -s "$script" "$base" | grep '^RESULT')
  health=$(wrk -t2 -c64 -d"${duration}s" -s "$root/bench/load/latency.lua" "$base/healthz" | grep '^RESULT')
  rm -f "$script"
  requests=$(sed 's/.*requests=\([0-9]*\).*/\1/' <<< "$result")
  keys_per_second=$(python3 -c "print(round($requests * 10000 / $duration))")
  echo "== $backend: $accounts accounts, $((accounts / 10)) objectors; 10,000 keys a call ($excluded excluded), 4 connections, ${duration}s"
  echo "  check    ${result#RESULT }"
  echo "  keys/s   $keys_per_second   ($(python3 -c "print(f'{$keys_per_second / 50000:.1f}')") x the 50,000 target)"
  echo "  healthz  ${health#RESULT }"
  kill "$server"; wait "$server" 2>/dev/null || true
  if [ "$backend" = postgres ]; then psql "$pg_server/postgres" -qc "DROP DATABASE IF EXISTS $name WITH (FORCE)"; fi
  rm -rf "$work"
done
