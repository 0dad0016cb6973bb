#!/usr/bin/env bash
# Loops dossier-fuzz (release build, one process, nice 10) for a total time; whenever it dies
# (crash, hang past the watchdog, memory blow-up) keeps the input it was running in
# Tests/DossierTests/Fuzz/crashers/ for triage, then starts again with a new seed.
#
#   Benchmarks/fuzz.sh [SECONDS] [extra dossier-fuzz options...]     (default 600 s)
#
# Findings that did not kill the process (internal errors, errors without a location, slow
# cancellation, DOT that Graphviz refuses) are appended to $FUZZ_WORK/findings.log.
set -u
cd "$(dirname "$0")/.."
total=${1:-600}
shift || true
work=${FUZZ_WORK:-/tmp/dossier-fuzz}
crashers=Tests/DossierTests/Fuzz/crashers
mkdir -p "$work" "$crashers"

if [ -z "${FUZZ_NO_BUILD:-}" ]; then
  nice -n 10 swift build -c release --product dossier-fuzz >&2 || exit 1
  nice -n 10 swift build -c release --product dossier >&2 || exit 1
fi
bin=$(swift build -c release --show-bin-path)/dossier-fuzz

start=$(date +%s)
runs=0 deaths=0
while :; do
  now=$(date +%s)
  left=$((total - (now - start)))
  [ "$left" -le 0 ] && break
  seed=$(( (RANDOM << 16) ^ RANDOM ^ now ))
  runs=$((runs + 1))
  nice -n 10 "$bin" --seed "$seed" --time "$left" --root "$PWD" --last "$work/last" \
    --findings "$work/findings.log" --scratch "$work/scratch" "$@" 2> >(tee -a "$work/fuzz.log" >&2)
  status=$?
  [ "$status" -eq 0 ] && continue
  deaths=$((deaths + 1))
  kind=$(cat "$work/last.kind" 2>/dev/null || echo unknown)
  case $status in
    3) why=hang ;;
    4) why=memory ;;
    *) why=crash$status ;;
  esac
  name="$crashers/$(date +%Y%m%d-%H%M%S)-$why-$kind-$seed"
  cp "$work/last" "$name.input"
  [ "$kind" = storage ] && cp "$work/last.wal" "$name.wal" 2>/dev/null
  echo "fuzz.sh: process died ($why, status $status) on a $kind input; kept $name.input" | tee -a "$work/fuzz.log" >&2
done
echo "fuzz.sh: $runs runs, $deaths deaths in $total s; findings in $work/findings.log" >&2
