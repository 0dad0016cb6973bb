#!/usr/bin/env bash
# Crash-consistency stress: N kill-and-reopen trials of dossier-crashtest (default 500).
#
#   Benchmarks/crash-stress.sh [TRIALS] [--debug]
#
# DOSSIER_SCRATCH=DIR builds in DIR instead of .build (so a release build need not wait for,
# or block, debug builds in the same tree).
#
# Each trial starts `dossier-crashtest run DB` (which commits numbered transactions and prints
# `ack N` after each), SIGKILLs it after a random 20-500 ms, then runs `dossier-crashtest verify DB
# --acked N`, which reopens the database and checks it holds exactly transactions 1..K with
# K = N or N + 1 (the one in flight). Every fourth trial starts a fresh database; the others
# continue the recovered one. Checkpoint thresholds alternate between 16 KiB (so that kills
# land inside checkpoints) and 1 MiB. Exits 1 if any trial fails.
set -euo pipefail
cd "$(dirname "$0")/.."
trials=${1:-500}
config=release
[ "${2:-}" = "--debug" ] && config=debug
scratch=${DOSSIER_SCRATCH:-.build}
swift build -c "$config" --scratch-path "$scratch" --product dossier-crashtest >/dev/null
bin="$scratch/$config/dossier-crashtest"
work=$(mktemp -d "${TMPDIR:-/tmp}/dossier-crash.XXXXXX")
trap 'rm -rf "$work"' EXIT

failures=0; torn=0; total_acked=0; previous=0; db=""
for ((i = 0; i < trials; i++)); do
  if (( i % 4 == 0 )); then
    rm -rf "$work/db"; db="$work/db"; previous=0
  fi
  threshold=$(( i % 2 == 0 ? 16384 : 1048576 ))
  "$bin" run "$db" --checkpoint-threshold "$threshold" > "$work/out" &
  pid=$!
  sleep "0.$(printf '%03d' $(( 20 + RANDOM % 480 )))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if grep -q '^FAIL' "$work/out"; then
    echo "trial $i: writer failed: $(grep '^FAIL' "$work/out")"; failures=$((failures + 1)); continue
  fi
  acked=$(grep '^ack ' "$work/out" | tail -1 | cut -d' ' -f2 || true)
  acked=${acked:-0}
  (( acked < previous )) && acked=$previous
  if result=$("$bin" verify "$db" --acked "$acked"); then
    k=$(echo "$result" | grep '^ok ' | cut -d' ' -f2)
    grep -q '^warning' <<< "$result" && torn=$((torn + 1))
    previous=$k
    total_acked=$((total_acked + acked))
  else
    echo "trial $i: $result"; failures=$((failures + 1)); previous=0; rm -rf "$db"
  fi
done
echo "trials: $trials  failures: $failures  torn tails cut off: $torn  mean acknowledged per database state: $(( total_acked / trials ))"
(( failures == 0 ))
