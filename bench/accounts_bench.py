#!/usr/bin/env python3
"""`withhold accounts import` of N accounts into a fresh SQLite database (the embedded default).

Usage: bench/accounts_bench.py [--accounts 1000000] [--format csv|jsonl]
Prints the wall time, the rate, and the time of a second import of the same file (idempotent
upserts). A benchmark, never a timed test.
"""
import argparse, json, os, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
p = argparse.ArgumentParser()
p.add_argument("--accounts", type=int, default=1_000_000)
p.add_argument("--format", choices=["csv", "jsonl"], default="csv")
a = p.parse_args()

subprocess.run(["cargo", "build", "--release", "-q", "-p", "withhold"], cwd=ROOT, check=True)
target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
withhold = os.path.join(target, "release", "withhold")
countries = ["DE", "FR", "GB", "BR", "US", "IT", "ES", "PL", "CH", "JP"]

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, f"accounts.{a.format}")
    with open(path, "w") as f:
        if a.format == "csv":
            f.write("account_id,email,country,handles,names\n")
            for i in range(a.accounts):
                f.write(f"{i},user{i}@example{i % 97}.com,{countries[i % 10]},user{i};u{i},User {i}\n")
        else:
            for i in range(a.accounts):
                f.write(json.dumps({"account_id": i, "email": f"user{i}@example{i % 97}.com", "country": countries[i % 10],
                                    "handles": [f"user{i}"], "names": [f"User {i}"]}) + "\n")
    env = dict(os.environ, WITHHOLD_DATABASE_URL=f"sqlite:{tmp}/withhold.db", WITHHOLD_SECRET_KEY="ab" * 32)
    # Only init and serve create a database and its key.
    subprocess.run([withhold, "init"], env=env, cwd=tmp, check=True, capture_output=True)
    for label in ("first import", "same file again"):
        start = time.perf_counter()
        out = subprocess.run([withhold, "accounts", "import", path], env=env, capture_output=True, text=True)
        wall = time.perf_counter() - start
        if out.returncode != 0:
            sys.exit(out.stderr)
        print(f"{label:>16}: {a.accounts:,} accounts ({a.format}, {os.path.getsize(path) / 1e6:.0f} MB) in {wall:.1f} s "
              f"= {a.accounts / wall:,.0f}/s   (target: 1,000,000 in under 30 s)")
