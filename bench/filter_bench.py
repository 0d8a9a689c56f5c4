#!/usr/bin/env python3
"""`withhold filter` against DuckDB and Polars on the same files, in the same run.

Usage: bench/filter_bench.py [--rows 20000000] [--data DIR] [--repeat 3] [--as-of 2024-07-01T00:00:00]

Generates the data with shared/bench/gen_content.py (once; reused if present), builds the
release binary, then for each mode (plain, --mentions exclude) runs withhold, DuckDB and Polars
--repeat times in rotating order and reports median wall time and peak memory (max RSS of the
process), the ratio of withhold to the faster peer, and the read-and-decide floor (--dry-run).
Finally it checks that withhold kept exactly the rows each peer kept (by content_id).
Never a timed test: it prints figures for people to read.
"""
import argparse, os, shutil, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "bench")

p = argparse.ArgumentParser()
p.add_argument("--rows", type=int, default=20_000_000)
p.add_argument("--data", default=None)
p.add_argument("--repeat", type=int, default=3)
p.add_argument("--as-of", default="2024-07-01T00:00:00")
a = p.parse_args()
data = a.data or f"/tmp/withhold-bench-{a.rows}"

try:
    import duckdb, polars  # noqa: F401
except ImportError:
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "duckdb", "polars"], check=True)
    import duckdb

if not os.path.isdir(os.path.join(data, "content")):
    print(f"generating {a.rows} rows into {data} ...", flush=True)
    subprocess.run([sys.executable, os.path.join(SHARED, "gen_content.py"), data, "--rows", str(a.rows)], check=True)

subprocess.run(["cargo", "build", "--release", "-q", "-p", "withhold"], cwd=ROOT, check=True)
target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
withhold = os.path.join(target, "release", "withhold")
work = os.path.join(data, "bench-out")


def measure(cmd):
    """Wall seconds and peak RSS (MiB) of one process.

    Peak memory comes from GNU time, which forks the command from its own small process: a
    child forked from this Python process would start with this process's (DuckDB-grown) RSS
    counted in its maximum."""
    if not os.path.exists("/usr/bin/time"):
        sys.exit("GNU time is needed for peak memory: apt-get install time")
    stats = os.path.join(work, ".time")
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", stats] + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{proc.stderr.decode()}")
    with open(stats) as f:
        max_kb = int(f.read().split()[-1])
    return wall, max_kb / 1024


def fresh(path):
    if os.path.isdir(path):
        shutil.rmtree(path)
    elif os.path.exists(path):
        os.remove(path)


def runner(engine, mentions, dry=False):
    def run():
        if engine == "withhold":
            out = os.path.join(work, ("dry-run" if dry else "withhold") + ("-m" if mentions else ""))
            fresh(out)
            cmd = [withhold, "filter", os.path.join(data, "content"), "--out", out,
                   "--registry", os.path.join(data, "registry.parquet"), "--as-of", a.as_of + "Z"]
            if mentions:
                cmd += ["--mentions", "exclude"]
            if dry:
                cmd += ["--dry-run"]
        else:
            out = os.path.join(work, f"{engine}{'-m' if mentions else ''}.parquet")
            fresh(out)
            cmd = [sys.executable, os.path.join(SHARED, "peer_filter.py"), engine, data, out, "--as-of", a.as_of]
            if mentions:
                cmd += ["--mentions"]
        return measure(cmd)
    return run


os.makedirs(work, exist_ok=True)
con = duckdb.connect()
rows_in = con.execute(f"SELECT count(*) FROM read_parquet('{data}/content/*.parquet')").fetchone()[0]
print(f"data: {data} ({rows_in} rows), as of {a.as_of}, {a.repeat} runs each, {os.cpu_count()} cores\n")
ok = True
for mentions in (False, True):
    mode = "--mentions exclude" if mentions else "plain"
    engines = ["withhold", "duckdb", "polars"]
    results = {e: [] for e in engines}
    for i in range(a.repeat):
        order = engines[i % 3:] + engines[:i % 3]
        for e in order:
            results[e].append(runner(e, mentions)())
    floor = [runner("withhold", mentions, dry=True)() for _ in range(a.repeat)]
    med = {e: (statistics.median(w for w, _ in r), statistics.median(m for _, m in r)) for e, r in results.items()}
    fastest = min(("duckdb", "polars"), key=lambda e: med[e][0])
    leanest = min(("duckdb", "polars"), key=lambda e: med[e][1])
    print(f"== {mode}")
    for e in engines:
        print(f"  {e:<9} wall {med[e][0]:6.2f} s   peak {med[e][1]:7.0f} MiB")
    print(f"  floor     wall {statistics.median(w for w, _ in floor):6.2f} s   peak {statistics.median(m for _, m in floor):7.0f} MiB   (withhold --dry-run: read and decide only)")
    ratio = med["withhold"][0] / med[fastest][0]
    print(f"  time ratio withhold / {fastest} (faster peer) = {ratio:.2f}   (must be <= 0.80, aim 0.67)")
    print(f"  memory: withhold {med['withhold'][1]:.0f} MiB vs {leanest} {med[leanest][1]:.0f} MiB (lowest peer) -> {'ok' if med['withhold'][1] <= med[leanest][1] else 'HIGHER'}")
    w_out = os.path.join(work, "withhold" + ("-m" if mentions else ""))
    for peer in ("duckdb", "polars"):
        peer_out = os.path.join(work, f"{peer}{'-m' if mentions else ''}.parquet")
        diff = con.execute(f"""SELECT
            (SELECT count(*) FROM (SELECT content_id FROM read_parquet('{w_out}/*.parquet') EXCEPT SELECT content_id FROM read_parquet('{peer_out}'))),
            (SELECT count(*) FROM (SELECT content_id FROM read_parquet('{peer_out}') EXCEPT SELECT content_id FROM read_parquet('{w_out}/*.parquet'))),
            (SELECT count(*) FROM read_parquet('{w_out}/*.parquet')), (SELECT count(*) FROM read_parquet('{peer_out}'))""").fetchone()
        same = diff[0] == 0 and diff[1] == 0 and diff[2] == diff[3]
        ok &= same
        print(f"  kept rows vs {peer}: {'identical' if same else 'DIFFERENT'} ({diff[2]} vs {diff[3]} rows; {diff[0]} only in withhold, {diff[1]} only in {peer})")
    print()
sys.exit(0 if ok else 1)
