#!/usr/bin/env bash
# Times `teikit validate` (RELAX NG + embedded Schematron + references) on the FRUS corpus against
# `jing` (RELAX NG alone) on the same files, in the same run, and prints the ratio.
# Usage: bench/validate.sh [runs]   (default 5; the median is reported)
# Needs: the Debian packages jing and time (/usr/bin/time). Results: see bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
schema=../shared/corpora/tei-schema/tei_all.rng
corpus=../shared/corpora/frus
mapfile -t files < <(find "$corpus" -name '*.xml' | sort)
mb=$(du -cb "${files[@]}" | tail -1 | awk '{printf "%.1f", $1/1048576}')

[ -f target/teikit.jar ] || mvn -q -DskipTests package
./teikit validate --schema "$schema" "${files[0]}" >/dev/null 2>&1 || true   # CDS archive, Schematron cache

. bench/turns.sh

echo "corpus: ${#files[@]} files, $mb MB; $(nproc) cores; runs: $runs; load average $(cut -d' ' -f1-3 /proc/loadavg)"
run() {
  case $1 in
    jing)   wall jing "$schema" "${files[@]}" ;;
    teikit) wall ./teikit validate -q --schema "$schema" "$corpus" ;;
    teikit-1job) wall ./teikit validate -q --jobs 1 --schema "$schema" "$corpus" ;;
    cold)   wall ./teikit validate -q editions ;;
  esac
}
take_turns "$runs" jing teikit teikit-1job cold
awk -v t="$t_teikit" -v j="$t_jing" 'BEGIN {printf "ratio teikit/jing: %.2f (target <= 1.0, aim 0.5)\n", t / j}'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
