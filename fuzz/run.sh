#!/usr/bin/env bash
# Runs every fuzz target for FUZZ_SECONDS (default 60) each, from the committed seeds, on the
# machine's stable toolchain (RUSTC_BOOTSTRAP lets cargo-fuzz pass its -Z flags; no sanitizer:
# the parsers are safe Rust, so what we hunt is panics and broken invariants).
# A crash fails the run and leaves the input under fuzz/artifacts/TARGET/.
set -euo pipefail
cd "$(dirname "$0")"
# Relative to the repository root, as cargo reads it there.
case "${CARGO_TARGET_DIR:-}" in /* | "") ;; *) CARGO_TARGET_DIR="$PWD/../$CARGO_TARGET_DIR" ;; esac
seconds="${FUZZ_SECONDS:-60}"
target_dir="${CARGO_TARGET_DIR:-$HOME/.cache/withhold-target}/fuzz"
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked
export RUSTC_BOOTSTRAP=1
cargo fuzz build -s none --target-dir "$target_dir"
for target in $(cargo fuzz list); do
  corpus="$(mktemp -d)"
  echo "fuzz: $target for ${seconds}s"
  log="$corpus.log"
  set +e
  cargo fuzz run -s none --target-dir "$target_dir" "$target" "$corpus" "seeds/$target" -- \
    -max_total_time="$seconds" -print_final_stats=1 >"$log" 2>&1
  status=$?
  set -e
  grep -E "^(stat::number_of_executed_units|Done|thread|SUMMARY)|panicked" "$log" || tail -20 "$log"
  rm -rf "$corpus" "$log"
  if [ "$status" -ne 0 ]; then
    echo "fuzz: $target FAILED (input saved under fuzz/artifacts/$target/)"
    exit 1
  fi
done
echo "fuzz: all targets ran clean for ${seconds}s each"
