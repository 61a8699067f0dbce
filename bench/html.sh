#!/usr/bin/env bash
# Times `teikit html` on the FRUS corpus (102 documents, 17.5 MB; pages, indexes, search index,
# assets, written atomically), in one run of this script:
#   parse      merely parsing the same files (Python's expat, no tree)
#   clean      a full build (--clean: every document parsed and rendered), all cores
#   clean-1job the same with --jobs 1
#   same       a rebuild with nothing changed: every document taken from the previous site
#   one        a rebuild of frus-history/documents (63 documents, copied to a temporary folder)
#              after one of them changed: that one rendered, the edition-wide pages rebuilt
#   saxon      (with --saxon, minutes) the Saxon-HE command line once per file with our own
#              stylesheets, default JVM flags: what a Makefile does
#   warm       (with --warm) the clean build eight times in one JVM (bench/WarmRuns.java, the
#              launcher's JVM flags): the later runs cost what the work itself does, with the JIT
#              and Saxon's compiler warm, no start-up; the floor under the clean build's time
# Each line: median wall, median user+sys CPU, peak memory; the load average when it started
# (the machine is shared: CPU time is the steadier figure under load).
#   clean-old  (with OLD_JAR=path/to/teikit.jar) a full build by that older jar, run alternately
#              with "clean" in the same loop, so that both see the same load
# Usage: [OLD_JAR=jar] bench/html.sh [runs] [--saxon] [--warm]   (default 3 runs; the median is reported)
# Needs: python3 and /usr/bin/time. Output goes to bench/out/ (ignored by git).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
saxon=""
warm=""
for flag in "${@:2}"; do
  case $flag in
    --saxon) saxon=--saxon ;;
    --warm) warm=--warm ;;
    *) echo "unknown option: $flag" >&2; exit 2 ;;
  esac
done
corpus=../shared/corpora/frus
out=bench/out/html
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mapfile -t files < <(find "$corpus" -name '*.xml' | sort)
mb=$(du -cb "${files[@]}" | tail -1 | awk '{printf "%.1f", $1/1048576}')

[ -f target/teikit.jar ] || mvn -q -DskipTests package
./teikit html -q --clean "$corpus" -o "$out" >/dev/null 2>&1 || true   # CDS archive, warm file cache
cp -r "$corpus/frus-history/documents" "$work/documents"
chmod -R u+w "$work/documents"
./teikit html -q "$work/documents" -o "$work/site" >/dev/null 2>&1
changed="$work/documents/$(ls "$work/documents" | head -1)"
tools="parse clean clean-1job same one"
if [ -n "${OLD_JAR:-}" ]; then
  # the old jar behind a copy of this launcher (same JVM flags, its own class-data archive)
  mkdir -p "$work/old/target" "$work/old/src/launcher"
  cp teikit "$work/old/teikit"
  cp "$OLD_JAR" "$work/old/target/teikit.jar"
  cp src/launcher/teikit.classlist "$work/old/src/launcher/"
  "$work/old/teikit" html -q --clean "$corpus" -o "$work/old-out" >/dev/null 2>&1 || true
  tools="parse clean+old clean-1job same one"
fi

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
measure() { /usr/bin/time -o "$work/time" -f "%e %U %S %M" "$@" >/dev/null 2>&1 || true; tail -1 "$work/time"; }
parse='import sys, xml.parsers.expat
for f in sys.argv[1:]:
    p = xml.parsers.expat.ParserCreate(namespace_separator=" ")
    with open(f, "rb") as s: p.ParseFile(s)'

echo "corpus: ${#files[@]} files, $mb MB; $(nproc) cores; runs: $runs"
# report NAME WALLS CPUS MEM: the medians of the runs kept in the arrays named WALLS and CPUS
report() {
  local -n rw=$2 rc=$3
  w=$(printf '%s\n' "${rw[@]}" | median)
  c=$(printf '%s\n' "${rc[@]}" | median)
  printf '%-11s %6.2f s wall %6.2f s cpu  peak %4d MB  (load %s)\n' "$1" "$w" "$c" $(($4 / 1024)) "$load"
}
# add "WALL USER SYS RSS" WALLS CPUS MEM: one run into the arrays and the peak named
add() {
  local -n aw=$2 ac=$3 am=$4
  read -r wall user sys rss <<< "$1"
  aw+=("$wall"); ac+=("$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')")
  ((rss > am)) && am=$rss
  return 0
}
for tool in $tools; do
  load=$(cut -d' ' -f1 /proc/loadavg)
  if [ "$tool" = clean+old ]; then
    walls=(); cpus=(); mem=0; old_walls=(); old_cpus=(); old_mem=0
    for ((i = 0; i < runs; i++)); do
      add "$(measure "$work/old/teikit" html -q --clean "$corpus" -o "$work/old-out")" old_walls old_cpus old_mem
      add "$(measure ./teikit html -q --clean "$corpus" -o "$out")" walls cpus mem
    done
    report clean walls cpus "$mem"
    t_clean=$w
    report clean-old old_walls old_cpus "$old_mem"
    continue
  fi
  walls=(); cpus=(); mem=0
  for ((i = 0; i < runs; i++)); do
    case $tool in
      parse)      r=$(measure python3 -c "$parse" "${files[@]}") ;;
      clean)      r=$(measure ./teikit html -q --clean "$corpus" -o "$out") ;;
      clean-1job) r=$(measure ./teikit html -q --clean --jobs 1 "$corpus" -o "$out") ;;
      same)       r=$(measure ./teikit html -q "$corpus" -o "$out") ;;
      one)        echo "<!-- bench run $i -->" >> "$changed"
                  r=$(measure ./teikit html -q "$work/documents" -o "$work/site") ;;
    esac
    add "$r" walls cpus mem
  done
  report "$tool" walls cpus "$mem"
  declare "t_${tool//-/_}=$w"
done
pages=$(find "$out" -name '*.html' | wc -l)
size=$(du -sm "$out" | cut -f1)
echo "site: $pages pages, $size MB"
awk -v t="$t_clean" -v p="$t_parse" 'BEGIN {printf "ratio clean/parse: %.1f (target: clean under 3 s wall)\n", t / p}'

if [ "$saxon" = "--saxon" ]; then
  ns='https://teikit.org/ns/xslt'
  load=$(cut -d' ' -f1 /proc/loadavg)
  start=$(date +%s.%N)
  for f in "${files[@]}"; do
    abs=$(realpath "$f")
    java -cp target/teikit.jar net.sf.saxon.Transform -s:"$abs" -xsl:xslt/html/edition.xsl "-im:{$ns}document" \
      "?{$ns}source=doc('file://$abs')" "{$ns}document-name=$(basename "$f")" -o:"$work/saxon.html" >/dev/null 2>&1
  done
  t=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {print e - s}')
  printf 'saxon      %7.1f s wall, once per file (load %s)\n' "$t" "$load"
  awk -v t="$t_clean" -v s="$t" 'BEGIN {printf "ratio saxon-per-file/clean: %.0fx (target: at least 10x)\n", s / t}'
fi

if [ "$warm" = "--warm" ]; then
  javac -d "$work/warm" -cp target/teikit.jar bench/WarmRuns.java
  echo "warm runs, one JVM (load $(cut -d' ' -f1 /proc/loadavg)):"
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss4m -cp "target/teikit.jar:$work/warm" WarmRuns 8 \
    html -q --clean "$corpus" -o "$work/warm-site" 2>/dev/null
fi
