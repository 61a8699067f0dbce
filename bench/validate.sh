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

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# wall seconds, CPU seconds (user + sys: on a shared machine the steadier figure), peak KB
wall() { { /usr/bin/time -f "%e %U %S %M" "$@" 2>&1 >/dev/null || true; } | tail -1 | awk '{print $1, $2 + $3, $4}'; }

echo "corpus: ${#files[@]} files, $mb MB; $(nproc) cores; runs: $runs; load average $(cut -d' ' -f1-3 /proc/loadavg)"
tools=(jing teikit teikit-1job cold)
declare -A times cpus mem
# the tools take turns run by run, so that a change in the machine's load falls on all of them
for ((i = 0; i < runs; i++)); do
  for tool in "${tools[@]}"; do
    case $tool in
      jing)   r=$(wall jing "$schema" "${files[@]}") ;;
      teikit) r=$(wall ./teikit validate -q --schema "$schema" "$corpus") ;;
      teikit-1job) r=$(wall ./teikit validate -q --jobs 1 --schema "$schema" "$corpus") ;;
      cold)   r=$(wall ./teikit validate -q editions) ;;
    esac
    read -r w c m <<< "$r"
    times[$tool]+="$w "; cpus[$tool]+="$c "; (( m > ${mem[$tool]:-0} )) && mem[$tool]=$m
  done
done
for tool in "${tools[@]}"; do
  t=$(printf '%s\n' ${times[$tool]} | median)
  c=$(printf '%s\n' ${cpus[$tool]} | median)
  printf '%-12s %6.2f s wall  %6.2f s CPU  peak %4d MB\n' "$tool" "$t" "$c" $((mem[$tool] / 1024))
  declare "t_${tool//-/_}=$t"
done
awk -v t="$t_teikit" -v j="$t_jing" 'BEGIN {printf "ratio teikit/jing: %.2f (target <= 1.0, aim 0.5)\n", t / j}'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
