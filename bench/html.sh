#!/usr/bin/env bash
# Times `teikit html` (pages, indexes, search index, assets; written atomically) on the FRUS
# corpus against merely parsing the same files (Python's expat, no tree), and prints the ratio.
# Usage: bench/html.sh [runs]   (default 5; the median is reported)
# Needs: python3 and /usr/bin/time. Output goes to bench/out/ (ignored by git).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
corpus=../shared/corpora/frus
out=bench/out/html
mapfile -t files < <(find "$corpus" -name '*.xml' | sort)
mb=$(du -cb "${files[@]}" | tail -1 | awk '{printf "%.1f", $1/1048576}')

[ -f target/teikit.jar ] || mvn -q -DskipTests package
./teikit html -q "$corpus" -o "$out" >/dev/null 2>&1 || true   # CDS archive, warm file cache

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
wall() { /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1; }
parse='import sys, xml.parsers.expat
for f in sys.argv[1:]:
    p = xml.parsers.expat.ParserCreate(namespace_separator=" ")
    with open(f, "rb") as s: p.ParseFile(s)'

echo "corpus: ${#files[@]} files, $mb MB; $(nproc) cores; runs: $runs"
for tool in parse html html-1job; do
  times=(); mem=0
  for ((i = 0; i < runs; i++)); do
    case $tool in
      parse)     r=$(wall python3 -c "$parse" "${files[@]}") ;;
      html)      r=$(wall ./teikit html -q "$corpus" -o "$out") ;;
      html-1job) r=$(wall ./teikit html -q --jobs 1 "$corpus" -o "$out") ;;
    esac
    times+=("${r% *}"); m="${r#* }"; ((m > mem)) && mem=$m
  done
  t=$(printf '%s\n' "${times[@]}" | median)
  printf '%-10s %6.2f s  peak %4d MB\n' "$tool" "$t" $((mem / 1024))
  declare "t_${tool//-/_}=$t"
done
pages=$(find "$out" -name '*.html' | wc -l)
size=$(du -sm "$out" | cut -f1)
echo "site: $pages pages, $size MB"
awk -v t="$t_html" -v p="$t_parse" 'BEGIN {printf "ratio html/parse: %.1f (target: html under 3 s wall)\n", t / p}'
