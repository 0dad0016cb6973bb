#!/usr/bin/env bash
# Builds the libFuzzer target and runs it: Fuzz/LibFuzzer/run.sh [query|snapshot|wal] [SECONDS] [libFuzzer options...]
# The query corpus starts from the TCK's queries and queries/*.cypher; crashes land in Fuzz/LibFuzzer/artifacts/.
set -eu
cd "$(dirname "$0")"
mode=${1:-query}; seconds=${2:-300}; shift 2 || true
nice -n 10 swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >&2
bin=$(swift build -c release --show-bin-path)/DossierLibFuzz
corpus=corpus/$mode
mkdir -p "$corpus" artifacts
if [ "$mode" = query ] && [ -z "$(ls -A "$corpus")" ]; then
  python3 - "$corpus" <<'PY'
import glob, hashlib, os, sys
out = sys.argv[1]
def save(q):
    q = q.strip()
    if q: open(os.path.join(out, hashlib.sha1(q.encode()).hexdigest()), "w").write(q)
for f in glob.glob("../../../shared/tck/features/**/*.feature", recursive=True):
    block = None
    for line in open(f, encoding="utf-8"):
        if line.strip() == '"""':
            if block is None: block = []
            else: save("\n".join(block)); block = None
        elif block is not None: block.append(line.strip())
for f in glob.glob("../../queries/*.cypher"): save(open(f, encoding="utf-8").read())
PY
fi
DOSSIER_LIBFUZZ=$mode nice -n 10 "$bin" "$corpus" -artifact_prefix=artifacts/ -max_total_time="$seconds" \
  -timeout=10 -rss_limit_mb=3072 -max_len=4096 -print_final_stats=1 "$@"
